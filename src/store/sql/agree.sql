-- Each agreement's own records, continued (migration 19, issue 16):
-- places and remits (SA-5.3), boards' meetings and the representatives'
-- exchanges (SA-D2.7, MS-board-reps), system-wide matters and the local
-- forums' timetables (SA-6.2-timetable), and seats on a group (MC-wg).

-- name: STMT_PLACE_INSERT (3): records a place of an arrangement
INSERT INTO place (arrangement_id, slug, name) VALUES (?, ?, ?);

-- name: STMT_PLACE_AREA_INSERT (2): an area a place covers
INSERT OR IGNORE INTO place_area (place_id, area) VALUES (?, ?);

-- name: STMT_PLACE_BY_SLUG (2): a place of an arrangement by its slug
SELECT id, slug, name FROM place WHERE arrangement_id = ? AND slug = ?;

-- name: STMT_PLACE_AREAS (1): the areas a place covers
SELECT area FROM place_area WHERE place_id = ? ORDER BY area;

-- name: STMT_GROUP_PLACE_SET (2): a group's remit is a place
INSERT OR REPLACE INTO group_place (group_id, place_id) VALUES (?, ?);

-- name: STMT_POSITION_PLACE_SET (2): the place a position serves
INSERT OR REPLACE INTO position_place (position_id, place_id) VALUES (?, ?);

-- name: STMT_GROUP_PLACE (1): a group's remit (no row: none recorded)
SELECT pl.id, pl.slug, pl.name
FROM group_place gp JOIN place pl ON pl.id = gp.place_id
WHERE gp.group_id = ?;

-- name: STMT_POSITION_PLACE (1): the place a position serves
SELECT pl.id, pl.slug, pl.name
FROM position_place pp JOIN place pl ON pl.id = pp.place_id
WHERE pp.position_id = ?;

-- name: STMT_PLACE_ELECTORS (1): each position that serves a place and
-- has an electing group, with the group's remit (0: none recorded)
SELECT ps.name AS position, g.name AS grp, pp.place_id AS serves,
  COALESCE(gp.place_id, 0) AS remit, sp.name AS serves_name,
  rp.name AS remit_name
FROM position ps
JOIN position_place pp ON pp.position_id = ps.id
JOIN place sp ON sp.id = pp.place_id
JOIN grp g ON g.id = ps.electing_group_id
LEFT JOIN group_place gp ON gp.group_id = g.id
LEFT JOIN place rp ON rp.id = gp.place_id
WHERE ps.arrangement_id = ?
ORDER BY ps.id;

-- name: STMT_FORUM_NO_PLACE (1): local forums with no place as remit
SELECT g.name FROM grp g
WHERE g.arrangement_id = ? AND g.kind = 'local-forum'
  AND NOT EXISTS (SELECT 1 FROM group_place gp WHERE gp.group_id = g.id)
ORDER BY g.id;

-- name: STMT_BOARD_MEETING_INSERT (4): a meeting of a position's board
INSERT OR IGNORE INTO board_meeting (position_id, day, recorded_by,
  recorded_at)
VALUES (?, ?, ?, ?);

-- name: STMT_BOARD_MEETING_ID (2): a board meeting by position and day
SELECT id FROM board_meeting WHERE position_id = ? AND day = ?;

-- name: STMT_REP_EXCHANGE_INSERT (7): views sought before, or feedback
-- after, a board meeting
INSERT INTO rep_exchange (board_meeting_id, person_id, direction, summary,
  on_date, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: STMT_REP_FEEDBACK_DUE (2): each current representative and each
-- board meeting of their position held in their term before ?2, with
-- whether they fed back from it
SELECT a.id AS appointment, ps.name AS position, p.name AS person, b.day,
  EXISTS (SELECT 1 FROM rep_exchange x WHERE x.board_meeting_id = b.id
    AND x.person_id = a.person_id AND x.direction = 'feedback') AS fed_back
FROM appointment a
JOIN position ps ON ps.id = a.position_id
JOIN person p ON p.id = a.person_id
JOIN board_meeting b ON b.position_id = ps.id
WHERE ps.arrangement_id = ?1 AND a.role = 'representative'
  AND (a.ended IS NULL OR a.ended > ?2) AND b.day < ?2
  AND (a.term_start IS NULL OR b.day >= a.term_start)
  AND (a.term_end IS NULL OR b.day <= a.term_end)
ORDER BY a.id, b.day;

-- name: STMT_REP_EXCHANGES (1): every exchange of an arrangement's
-- representatives with their members
SELECT x.id, ps.slug AS position, ps.name AS position_name, b.day AS board_day,
  p.name AS person, x.direction, x.summary, x.on_date
FROM rep_exchange x
JOIN board_meeting b ON b.id = x.board_meeting_id
JOIN position ps ON ps.id = b.position_id
JOIN person p ON p.id = x.person_id
WHERE ps.arrangement_id = ?
ORDER BY b.day, x.id;

-- name: STMT_SYSTEM_MATTER_INSERT (4): a system-wide matter discussed at
-- a meeting
INSERT INTO system_matter (meeting_id, subject, recorded_by, recorded_at)
VALUES (?, ?, ?, ?);

-- name: STMT_TIMETABLE_GAPS (2): each system-wide matter a local forum
-- discussed by ?2, and each other local forum with no meeting that month
SELECT sm.subject, m.day, g.name AS raised_by, o.name AS other
FROM system_matter sm
JOIN meeting m ON m.id = sm.meeting_id
JOIN grp g ON g.id = m.group_id
JOIN grp o ON o.arrangement_id = g.arrangement_id
  AND o.kind = 'local-forum' AND o.id <> g.id
WHERE g.arrangement_id = ?1 AND g.kind = 'local-forum' AND m.day <= ?2
  AND m.status <> 'cancelled'
  AND NOT EXISTS (SELECT 1 FROM meeting om WHERE om.group_id = o.id
    AND om.status <> 'cancelled'
    AND substr(om.day, 1, 7) = substr(m.day, 1, 7))
ORDER BY m.day, sm.id, o.id;

-- name: STMT_TIMETABLE (2): the local forums' meetings of a year (?2 as
-- YYYY), side by side by month
SELECT g.name AS grp, m.day, m.status
FROM meeting m JOIN grp g ON g.id = m.group_id
WHERE g.arrangement_id = ?1 AND g.kind = 'local-forum'
  AND substr(m.day, 1, 4) = ?2
ORDER BY m.day, g.id;

-- name: STMT_SEAT_INSERT (6): a person seated on a group for a seat
INSERT INTO group_seat (group_id, person_id, seat, since, recorded_by,
  recorded_at)
VALUES (?, ?, ?, ?, ?, ?);

-- name: STMT_SEATS_ON (2): a group's seats on ?2, each with whether its
-- holder's organisation is an active member of the parent group and
-- whether they chair it
SELECT s.seat, p.name AS person,
  EXISTS (SELECT 1 FROM membership mb WHERE mb.group_id = g.parent_id
    AND mb.organisation_id = p.organisation_id
    AND mb.status = 'active') AS parent_member,
  EXISTS (SELECT 1 FROM office f WHERE f.group_id = g.parent_id
    AND f.person_id = p.id AND f.office = 'chair' AND f.ended IS NULL
    AND f.term_start <= ?2
    AND (f.term_end IS NULL OR f.term_end >= ?2)) AS parent_chair
FROM group_seat s
JOIN grp g ON g.id = s.group_id
JOIN person p ON p.id = s.person_id
WHERE s.group_id = ?1 AND s.since <= ?2
  AND (s.ended IS NULL OR s.ended > ?2)
ORDER BY s.id;

-- name: STMT_REPORTS_ALONG (4): reports of group ?1's meetings to ?2 made
-- from ?3 to ?4
SELECT COUNT(*) FROM meeting_report r JOIN meeting m ON m.id = r.meeting_id
WHERE m.group_id = ?1 AND r.to_body = ?2 AND r.reported_on >= ?3
  AND r.reported_on <= ?4;
