-- Annual reports (core/report.c) and the responses to them.

-- name: STMT_REPORT_YEARS (1): years in which anything was held or done
SELECT DISTINCT y AS year
FROM (SELECT substr(m.day, 1, 4) AS y
FROM meeting m
JOIN grp g ON g.id = m.group_id
WHERE g.arrangement_id = ?1
UNION SELECT substr(coalesce(mo.closes, mo.decided_at, mo.proposed_at), 1,
  4)
FROM motion mo
JOIN grp g ON g.id = mo.group_id
WHERE g.arrangement_id = ?1
UNION SELECT substr(coalesce(e.voting_closes, e.nominations_close), 1, 4)
FROM election e
JOIN grp g ON g.id = e.group_id
WHERE g.arrangement_id = ?1
UNION SELECT CAST(year AS TEXT)
FROM assessment_cycle
WHERE arrangement_id = ?1
UNION SELECT substr(opens, 1, 4)
FROM consultation
WHERE arrangement_id = ?1)
ORDER BY y DESC;

-- name: STMT_REPORT_MOTIONS (3): decisions of a period, dated by their
--   meeting, or by when a poll closed or the decision was made
SELECT mo.id, mo.body, mo.method, mo.round, mo.status, mo.outcome,
  mo.votes_for, mo.votes_against, mo.votes_abstain, g.slug AS grp, g.name AS
  group_name, coalesce(m.day, substr(mo.closes, 1, 10),
  substr(mo.decided_at, 1, 10), substr(mo.proposed_at, 1, 10)) AS decided_on,
  mo.votes_for IS NOT NULL AS has_for, mo.votes_against IS NOT NULL AS
  has_against, mo.votes_abstain IS NOT NULL AS has_abstain
FROM motion mo
JOIN grp g ON g.id = mo.group_id
LEFT JOIN meeting m ON m.id = mo.meeting_id
WHERE g.arrangement_id = ?1 AND decided_on >= ?2 AND decided_on <= ?3
ORDER BY decided_on, mo.id;

-- name: STMT_REPORT_ELECTIONS (3): elections whose ballot (or nominations)
--   closed in a period, with the count
SELECT e.id, e.office, e.round, e.status, e.seats, e.result,
  substr(coalesce(e.voting_closes, e.nominations_close), 1, 10) AS
  closed_on, p.name AS position, g.slug AS grp, g.name AS group_name
FROM election e
JOIN grp g ON g.id = e.group_id
LEFT JOIN position p ON p.id = e.position_id
WHERE g.arrangement_id = ?1 AND closed_on >= ?2 AND closed_on <= ?3
ORDER BY closed_on, e.id;

-- name: STMT_REPORT_RESPONSE_INSERT (7): (MC-mou)
INSERT INTO report_response (arrangement_id, year, responder, body,
  responded_on, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: STMT_REPORT_RESPONSE_GET (2): reads report_response by
--   arrangement_id, year
SELECT responder, body, responded_on, recorded_by, recorded_at
FROM report_response
WHERE arrangement_id = ? AND year = ?;
