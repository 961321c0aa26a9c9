-- Elections: nominations, who has voted, and the ballot box.

-- name: STMT_ELEC_INSERT (13): records a new election row
INSERT INTO election (group_id, office, position_id, seats,
  nominations_open, nominations_close, short_reason, round, previous_id,
  status, voting_opens, voting_closes, created_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_ELEC_GET (2): reads election by id, arrangement_id
SELECT e.id, e.group_id, e.office, e.position_id, e.seats,
  e.nominations_open, e.nominations_close, e.short_reason, e.voting_opens,
  e.voting_closes, e.round, e.previous_id, e.status, e.result, e.verified_by,
  e.announced_by, e.created_by, g.slug AS grp, g.name AS group_name,
  g.kind AS group_kind, p.name AS position, p.slug AS position_slug
FROM election e
JOIN grp g ON g.id = e.group_id
LEFT JOIN position p ON p.id = e.position_id
WHERE e.id = ? AND g.arrangement_id = ?;

-- name: STMT_ELEC_SET_STATUS (3): sets status, result of an election row by
--   id
UPDATE election SET status = ?, result = ? WHERE id = ?;

-- name: STMT_ELEC_SET_VOTING (3): sets status, voting_opens, voting_closes of
--   an election row by id
UPDATE election
SET status = 'voting', voting_opens = ?, voting_closes = ?
WHERE id = ?;

-- name: STMT_ELEC_VERIFY (2): records who verified an election's count
UPDATE election SET verified_by = ? WHERE id = ?;

-- name: STMT_ELEC_ANNOUNCE (2): sets status, announced_by of an election row
--   by id
UPDATE election SET status = 'announced', announced_by = ? WHERE id = ?;

-- name: STMT_ELEC_LIST (1): the arrangement's elections, with their group and
--   position
SELECT e.id, e.office, p.name AS position, e.seats, e.round, e.status,
  e.nominations_close, e.voting_closes, g.slug AS grp, e.group_id
FROM election e
JOIN grp g ON g.id = e.group_id
LEFT JOIN position p ON p.id = e.position_id
WHERE g.arrangement_id = ?
ORDER BY e.id;

-- name: STMT_NOM_INSERT (8): records a new nomination row
INSERT INTO nomination (election_id, person_id, details, why, skills,
  interests, guidance, nominated_on)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_NOM_LIST (1): every nomination, shown to voters (SA-9.4)
SELECT n.id, n.person_id, p.name AS person, o.name AS organisation,
  p.organisation_id, n.details, n.why, n.skills, n.interests, n.guidance,
  n.nominated_on
FROM nomination n
JOIN person p ON p.id = n.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE n.election_id = ?
ORDER BY n.id;

-- name: STMT_VOTER_INSERT (3): records a new ballot_voter row
INSERT INTO ballot_voter (election_id, organisation_id, voted_on)
VALUES (?, ?, ?);

-- name: STMT_VOTER_LIST (1): turnout, without choices
SELECT v.organisation_id, o.name AS organisation, v.voted_on
FROM ballot_voter v
JOIN organisation o ON o.id = v.organisation_id
WHERE v.election_id = ?
ORDER BY o.name;

-- name: STMT_VOTER_HAS (2): one ballot per organisation (SA-E2.2), by the key
SELECT 1 AS voted
FROM ballot_voter
WHERE election_id = ? AND organisation_id = ?;

-- name: STMT_BOX_INSERT (3): records a new ballot_box row
INSERT INTO ballot_box (receipt, election_id, nomination_id)
VALUES (?, ?, ?);

-- name: STMT_BOX_LIST (1): every counted ballot by receipt, for a recount
SELECT b.receipt, b.nomination_id, p.name AS candidate
FROM ballot_box b
JOIN nomination n ON n.id = b.nomination_id
JOIN person p ON p.id = n.person_id
WHERE b.election_id = ?
ORDER BY b.receipt;

-- name: STMT_BOX_TALLY (1): the ballots of each nomination
SELECT nomination_id AS key, count(*) AS n
FROM ballot_box
WHERE election_id = ?
GROUP BY nomination_id;

-- name: STMT_OPEN_ELECTIONS (3): elections whose ballot is open now
SELECT e.id, e.office, e.voting_opens, e.voting_closes, EXISTS (SELECT 1
FROM ballot_voter b
WHERE b.election_id = e.id AND b.organisation_id = ?2) AS voted
FROM election e
WHERE e.group_id = ?1 AND e.voting_opens <= substr(?3, 1, 16) AND
  e.voting_closes > substr(?3, 1, 16) AND e.status = 'voting'
ORDER BY e.voting_closes;

-- name: STMT_ELEC_GROUP (2): reads the group_id of election by id,
--   arrangement_id (the router's chair check)
SELECT e.group_id
FROM election e
JOIN grp g ON g.id = e.group_id
WHERE e.id = ? AND g.arrangement_id = ?;
