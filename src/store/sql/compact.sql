-- Compacts and frameworks: commitments, assessment cycles, self-assessment
-- ratings and consultations.

-- name: STMT_COMMIT_INSERT (6): records a new commitment row
INSERT INTO commitment (arrangement_id, code, kind, heading, body, party)
VALUES (?, ?, ?, ?, ?, ?);

-- name: STMT_COMMIT_LIST (1): the agreement's commitments, in order
SELECT code, kind, heading, body, party
FROM commitment
WHERE arrangement_id = ?
ORDER BY id;

-- name: STMT_CYCLE_INSERT (5): records a new assessment_cycle row
INSERT INTO assessment_cycle (arrangement_id, year, due, opened_by,
  opened_at)
VALUES (?, ?, ?, ?, ?);

-- name: STMT_CYCLE_GET (2): reads assessment_cycle by arrangement_id, year
SELECT id, arrangement_id, year, due, opened_by, opened_at
FROM assessment_cycle
WHERE arrangement_id = ? AND year = ?;

-- name: STMT_CYCLE_LIST (1): the arrangement's self-assessment years
SELECT id, arrangement_id, year, due, opened_by, opened_at
FROM assessment_cycle
WHERE arrangement_id = ?
ORDER BY year;

-- name: STMT_ASSESS_INSERT_SIGNATORIES (2): every signatory of the agreement
--   in force with a commitment of its side to rate: the public bodies
--   (MS-2-eval), the VCS signatories (MS-4), every partner (SC-annual)
INSERT INTO assessment (cycle_id, organisation_id) SELECT DISTINCT ?1,
  d.organisation_id
FROM declaration d
JOIN agreement a ON a.id = d.agreement_id
JOIN organisation o ON o.id = d.organisation_id
WHERE a.arrangement_id = ?2 AND a.in_force_to IS NULL AND EXISTS (SELECT 1
FROM commitment c
WHERE c.arrangement_id = ?2 AND (c.party = 'all' OR c.party = o.sector));

-- part: ASSESSMENT: an organisation's self-assessment, with how
--   many commitments it has rated
SELECT s.id, s.organisation_id, o.name AS organisation, o.sector,
  s.submitted, (SELECT count(*)
FROM assessment_rating r
WHERE r.assessment_id = s.id AND r.rating IS NOT NULL) AS rated
FROM assessment s
JOIN organisation o ON o.id = s.organisation_id

-- name: STMT_ASSESS_GET (2): reads assessment by cycle_id, organisation_id
{ASSESSMENT}
WHERE s.cycle_id = ? AND s.organisation_id = ?;

-- name: STMT_ASSESS_LIST (1): a cycle's self-assessments, by organisation
{ASSESSMENT}
WHERE s.cycle_id = ?
ORDER BY o.name;

-- name: STMT_ASSESS_SUBMIT (3): sets submitted, submitted_by of an assessment
--   row by id
UPDATE assessment
SET submitted = ?, submitted_by = ?
WHERE id = ? AND submitted IS NULL;

-- name: STMT_RATING_UPSERT (7): records an assessment_rating row, or replaces
--   the one there
INSERT INTO assessment_rating (assessment_id, commitment_id, rating,
  evidence, links, rated_by, rated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (assessment_id, commitment_id) DO UPDATE
SET rating = ?3, evidence = ?4, links = ?5, rated_by = ?6, rated_at = ?7;

-- name: STMT_RATING_VIEW (3): the sector's view beside a rating
INSERT INTO assessment_rating (assessment_id, commitment_id, sector_view)
VALUES (?1, ?2, ?3)
ON CONFLICT (assessment_id, commitment_id) DO UPDATE
SET sector_view = ?3;

-- name: STMT_RATING_LIST (3): the commitments a party rates (?3), with an
--   assessment's ratings (?2)
SELECT c.code, c.heading, c.body, r.rating, r.evidence, r.links,
  r.sector_view
FROM commitment c
LEFT JOIN assessment_rating r ON r.commitment_id = c.id AND r.assessment_id
  = ?2
WHERE c.arrangement_id = ?1 AND (c.party = 'all' OR c.party = ?3)
ORDER BY c.id;

-- name: STMT_RATING_MISSING (3): commitments not yet rated
SELECT c.code
FROM commitment c
WHERE c.arrangement_id = ?1 AND (c.party = 'all' OR c.party = ?3) AND NOT
  EXISTS (SELECT 1
FROM assessment_rating r
WHERE r.commitment_id = c.id AND r.assessment_id = ?2 AND r.rating IS NOT
  NULL)
ORDER BY c.id;

-- name: STMT_COMMIT_BY_CODE (2): reads commitment by arrangement_id, code
SELECT id, code, kind, heading, party
FROM commitment
WHERE arrangement_id = ? AND code = ?;

-- name: STMT_CONSULT_INSERT (9): records a new consultation row
INSERT INTO consultation (arrangement_id, organisation_id, title, opens,
  closes, significant, short_reason, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- part: CONSULTATION: a consultation and the name of its
--   organisation
SELECT k.id, o.name AS organisation, k.organisation_id, k.title, k.opens,
  k.closes, k.significant, k.short_reason, k.feedback_on
FROM consultation k
JOIN organisation o ON o.id = k.organisation_id

-- name: STMT_CONSULT_GET (2): reads consultation by id, arrangement_id
{CONSULTATION}
WHERE k.id = ? AND k.arrangement_id = ?;

-- name: STMT_CONSULT_FEEDBACK (3): sets feedback, feedback_on of a
--   consultation row by id
UPDATE consultation SET feedback = ?, feedback_on = ? WHERE id = ?;

-- name: STMT_CONSULT_LIST (1): reads consultation by arrangement_id
{CONSULTATION}
WHERE k.arrangement_id = ?
ORDER BY k.opens, k.id;
