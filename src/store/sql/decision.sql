-- Decisions: motions, polls and the votes cast on them.

-- name: STMT_MOTION_INSERT (12): records a new motion row
INSERT INTO motion (group_id, meeting_id, item_id, body, method, opens,
  closes, round, previous_id, effect, proposed_by, proposed_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- part: MOTION: a motion, its group and agenda item, in the
--   columns store/decision.c fills; counted: the votes are set
SELECT mo.id, mo.group_id, mo.meeting_id, mo.item_id, mo.body, mo.method,
  mo.opens, mo.closes, mo.round, mo.previous_id, mo.status, mo.outcome,
  mo.votes_for IS NOT NULL AS counted, mo.votes_for, mo.votes_against,
  mo.votes_abstain, mo.effect,
  mo.proposed_by, mo.proposed_at, mo.decided_at, g.slug, g.name, g.kind,
  ai.pos, ai.vcse_only
FROM motion mo
JOIN grp g ON g.id = mo.group_id
LEFT JOIN agenda_item ai ON ai.id = mo.item_id

-- name: STMT_MOTION_GET (2): reads motion by id, arrangement_id
{MOTION}
WHERE mo.id = ? AND g.arrangement_id = ?;

-- name: STMT_MOTION_CLOSE (6): sets status, outcome, votes_for ... of a
--   motion row by id
UPDATE motion
SET status = 'closed', outcome = ?, votes_for = ?, votes_against = ?,
  votes_abstain = ?, decided_at = ?
WHERE id = ?;

-- name: STMT_MOTION_LIST (2): the motions of an arrangement, or of its group
--   ?2 (0: all)
{MOTION}
WHERE g.arrangement_id = ? AND (?2 = 0 OR g.id = ?2)
ORDER BY mo.id;

-- name: STMT_MVOTE_INSERT (5): records a new motion_vote row
INSERT INTO motion_vote (motion_id, organisation_id, choice, cast_by,
  cast_at)
VALUES (?, ?, ?, ?, ?);

-- name: STMT_MVOTE_LIST (1): reads motion_vote by motion_id
SELECT v.organisation_id, o.name AS organisation, v.choice, v.cast_by,
  v.cast_at
FROM motion_vote v
JOIN organisation o ON o.id = v.organisation_id
WHERE v.motion_id = ?
ORDER BY o.name;

-- name: STMT_MVOTE_HAS (2): one vote per organisation (SA-8.3), by the key
SELECT 1 AS voted
FROM motion_vote
WHERE motion_id = ? AND organisation_id = ?;

-- name: STMT_MVOTE_TALLY (1): the votes of each choice, the key 0 for, 1
--   against, 2 abstain
SELECT CASE choice WHEN 'for' THEN 0 WHEN 'against' THEN 1 ELSE 2 END AS key,
  count(*) AS n
FROM motion_vote
WHERE motion_id = ?
GROUP BY choice;

-- name: STMT_OPEN_POLLS (3): electronic polls open now in a group, with
--   whether the organisation has voted
SELECT mo.id, mo.body AS text, mo.opens, mo.closes, EXISTS (SELECT 1
FROM motion_vote v
WHERE v.motion_id = mo.id AND v.organisation_id = ?2) AS voted
FROM motion mo
WHERE mo.group_id = ?1 AND mo.method = 'poll' AND mo.status = 'open' AND
  mo.opens <= substr(?3, 1, 16) AND mo.closes > substr(?3, 1, 16)
ORDER BY mo.closes;

-- name: STMT_MOTION_GROUP (2): reads the group_id of motion by id,
--   arrangement_id (the router's chair check)
SELECT mo.group_id
FROM motion mo
JOIN grp g ON g.id = mo.group_id
WHERE mo.id = ? AND g.arrangement_id = ?;
