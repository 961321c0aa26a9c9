-- Meetings: agenda items, attendance, declared interests and actions.

-- name: STMT_MEET_INSERT (7): records a new meeting row
INSERT INTO meeting (group_id, day, starts, ends, place, link, created_by)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: STMT_MEET_GET (2): a meeting of the arrangement in use, in the
--   columns store/meeting.c fills, its chair's organisation last
SELECT m.id, m.group_id, g.slug, g.name, g.kind, m.day, m.starts, m.ends,
  m.place, m.link, m.status, m.circulated, m.notes, m.notes_published,
  m.notes_visibility, m.chair_person_id, p.name, m.chair_side, m.sequence,
  m.created_by, p.organisation_id
FROM meeting m
JOIN grp g ON g.id = m.group_id
LEFT JOIN person p ON p.id = m.chair_person_id
WHERE m.id = ? AND g.arrangement_id = ?;

-- name: STMT_MEET_LIST (2): a group's meetings, or all (group 0); the
--   columns of STMT_MEET_GET without the notes
SELECT m.id, m.group_id, g.slug, g.name, g.kind, m.day, m.starts, m.ends,
  m.place, m.link, m.status, m.circulated, NULL AS notes, m.notes_published,
  m.notes_visibility, m.chair_person_id, p.name, m.chair_side, m.sequence,
  m.created_by, p.organisation_id
FROM meeting m
JOIN grp g ON g.id = m.group_id
LEFT JOIN person p ON p.id = m.chair_person_id
WHERE g.arrangement_id = ? AND (?2 = 0 OR g.id = ?2)
ORDER BY m.day, m.starts;

-- name: STMT_MEET_SET_CIRCULATED (2): sets circulated, sequence of a meeting
--   row by id
UPDATE meeting SET circulated = ?, sequence = sequence + 1 WHERE id = ?;

-- name: STMT_MEET_SET_NOTES (2): sets notes of a meeting row by id
UPDATE meeting SET notes = ? WHERE id = ?;

-- name: STMT_MEET_PUBLISH (3): sets notes_published, notes_visibility of a
--   meeting row by id
UPDATE meeting SET notes_published = ?, notes_visibility = ? WHERE id = ?;

-- name: STMT_MEET_CANCEL (1): sets status, sequence of a meeting row by id
UPDATE meeting
SET status = 'cancelled', sequence = sequence + 1
WHERE id = ?;

-- name: STMT_MEET_SET_CHAIR (3): sets chair_person_id, chair_side of a
--   meeting row by id
UPDATE meeting SET chair_person_id = ?, chair_side = ? WHERE id = ?;

-- name: STMT_ITEM_INSERT (6): records a new agenda_item row
INSERT INTO agenda_item (meeting_id, pos, title, mandatory, vcse_only,
  visibility, requested_by)
VALUES (?, (SELECT COALESCE(MAX(pos), 0) + 1
FROM agenda_item
WHERE meeting_id = ?1), ?, ?, ?, ?, ?);

-- name: STMT_ITEM_LIST (1): reads agenda_item by meeting_id
SELECT id, pos, title, mandatory, vcse_only, visibility, requested_by
FROM agenda_item
WHERE meeting_id = ?
ORDER BY pos;

-- name: STMT_ITEM_GET (2): reads agenda_item by meeting_id, pos
SELECT id, pos, title, mandatory, vcse_only, visibility, requested_by
FROM agenda_item
WHERE meeting_id = ? AND pos = ?;

-- name: STMT_ITEM_DELETE (2): deletes agenda_item rows by meeting_id, pos
DELETE FROM agenda_item WHERE meeting_id = ? AND pos = ?;

-- name: STMT_ITEM_RENUMBER (2): sets pos of an agenda_item row by meeting_id,
--   pos
UPDATE agenda_item SET pos = pos - 1 WHERE meeting_id = ? AND pos > ?;

-- name: STMT_ATT_UPSERT (5): records an attendance row, or replaces the one
--   there
INSERT INTO attendance (meeting_id, organisation_id, kind, people,
  deputy_agreed)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (meeting_id, organisation_id) DO UPDATE
SET kind = excluded.kind, people = excluded.people, deputy_agreed =
  excluded.deputy_agreed;

-- name: STMT_ATT_LIST (1): attendance with each organisation's membership
SELECT a.organisation_id, a.kind AS attend, a.people, a.deputy_agreed,
  o.name AS organisation, o.sector, mb.kind, mb.status, mb.side
FROM attendance a
JOIN organisation o ON o.id = a.organisation_id
JOIN meeting m ON m.id = a.meeting_id
LEFT JOIN membership mb ON mb.group_id = m.group_id AND mb.organisation_id =
  a.organisation_id
WHERE a.meeting_id = ?
ORDER BY o.name;

-- name: STMT_ATT_GROUP (2): every recorded attendance of a group, in order
SELECT m.id AS meeting_id, m.day, a.organisation_id, a.kind, a.people
FROM attendance a
JOIN meeting m ON m.id = a.meeting_id
WHERE m.group_id = ? AND m.status = 'scheduled' AND m.day <= ?
ORDER BY m.day, m.starts;

-- name: STMT_INTEREST_INSERT (7): records a new interest row
INSERT INTO interest (meeting_id, item_id, organisation_id, person, nature,
  declared, recorded_by)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: STMT_INTEREST_LIST (1): reads interest by meeting_id
SELECT i.item_id, ai.pos AS item, i.organisation_id, o.name AS organisation,
  i.person, i.nature, i.declared
FROM interest i
JOIN organisation o ON o.id = i.organisation_id
JOIN agenda_item ai ON ai.id = i.item_id
WHERE i.meeting_id = ?
ORDER BY ai.pos, o.name;

-- name: STMT_ACTION_INSERT (5): records a new action row
INSERT INTO action (group_id, meeting_id, body, owner, due)
VALUES (?, ?, ?, ?, ?);

-- name: STMT_ACTION_DONE (3): sets done of an action row by id,
--   arrangement_id
UPDATE action
SET done = ?
WHERE id = ? AND done IS NULL AND group_id IN (SELECT id
FROM grp
WHERE arrangement_id = ?);

-- name: STMT_ACTION_LIST (2): the action log, open first, carried forward
SELECT a.id, a.body, a.owner, a.due, a.done, m.day AS raised
FROM action a
LEFT JOIN meeting m ON m.id = a.meeting_id
WHERE a.group_id = ? AND (?2 = 0 OR a.done IS NULL)
ORDER BY a.done IS NOT NULL, a.due, a.id;

-- name: STMT_MEET_STANDING (2): an organisation's membership of a group,
--   as a meeting asks it (store/meeting.c)
SELECT kind, status, side FROM membership
WHERE group_id = ? AND organisation_id = ?;

-- name: STMT_MEET_INVITEES (1): the people with an email of a group's
--   members in good standing or under notice, by organisation
SELECT p.name, p.email
FROM membership m
JOIN organisation o ON o.id = m.organisation_id
JOIN person p ON p.organisation_id = m.organisation_id
WHERE m.group_id = ? AND m.status IN ('active', 'under notice')
  AND p.email IS NOT NULL
ORDER BY o.name, p.name;

-- name: STMT_MEET_OFFICERS (1): a group's chair and vice-chair today,
--   with their organisation
SELECT f.office, p.name, p.organisation_id
FROM office f
JOIN person p ON p.id = f.person_id
WHERE f.group_id = ? AND f.ended IS NULL
  AND f.office IN ('chair', 'vice-chair')
ORDER BY f.office, f.id;

-- name: STMT_MEET_VOTERS (1): every member of a group with what its vote
--   turns on: kind, status, side, sector, exclusion (store/meeting.c)
SELECT m.organisation_id, m.kind, m.status, m.side, o.sector, m.excluded
FROM membership m
JOIN organisation o ON o.id = m.organisation_id
WHERE m.group_id = ?
ORDER BY o.name;

-- name: STMT_MEET_VOTER (2): the same for one organisation of a group
SELECT m.organisation_id, m.kind, m.status, m.side, o.sector, m.excluded
FROM membership m
JOIN organisation o ON o.id = m.organisation_id
WHERE m.group_id = ? AND m.organisation_id = ?;
