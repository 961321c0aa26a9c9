-- Disputes and breaches (SC-resolve, SA-12, SA-13.1).

-- name: STMT_DISPUTE_INSERT (9): records a new dispute_case row
INSERT INTO dispute_case (arrangement_id, kind, org_a_id, org_b_id, subject,
  first_contact, due, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_DISPUTE_GET (2): the case with both parties
SELECT d.id, d.arrangement_id, d.kind, d.org_a_id, d.org_b_id, d.subject,
  d.first_contact, d.stage, d.problem, d.handled, d.unresolved,
  d.outcome_sought, d.statement_on, d.due, d.third_party, d.signposted,
  d.resolved, d.outcome, d.resolved_by, d.recorded_by, d.recorded_at, a.name
  AS org_a, a.sector AS sector_a, a.legal_form AS legal_form_a, b.name AS
  org_b, b.sector AS sector_b, b.legal_form AS legal_form_b
FROM dispute_case d
JOIN organisation a ON a.id = d.org_a_id
LEFT JOIN organisation b ON b.id = d.org_b_id
WHERE d.id = ? AND d.arrangement_id = ?;

-- name: STMT_DISPUTE_LIST (1): the arrangement's cases, open ones first
SELECT d.id, d.kind, d.subject, a.name AS org_a, b.name AS org_b,
  d.first_contact, d.stage, d.due, d.resolved, d.signposted
FROM dispute_case d
JOIN organisation a ON a.id = d.org_a_id
LEFT JOIN organisation b ON b.id = d.org_b_id
WHERE d.arrangement_id = ?
ORDER BY d.resolved IS NOT NULL, d.first_contact, d.id;

-- name: STMT_DISPUTE_STATEMENT (5): the parts given replace those kept
UPDATE dispute_case
SET problem = COALESCE(?, problem), handled = COALESCE(?, handled),
  unresolved = COALESCE(?, unresolved), outcome_sought = COALESCE(?,
  outcome_sought)
WHERE id = ? AND resolved IS NULL;

-- name: STMT_DISPUTE_STAGE (5): sets stage, statement_on, third_party ... of
--   a dispute_case row by id
UPDATE dispute_case
SET stage = ?, statement_on = COALESCE(?, statement_on), third_party =
  COALESCE(?, third_party), signposted = COALESCE(?, signposted)
WHERE id = ? AND resolved IS NULL;

-- name: STMT_DISPUTE_RESOLVE (4): sets resolved, outcome, resolved_by of a
--   dispute_case row by id
UPDATE dispute_case
SET resolved = ?, outcome = ?, resolved_by = ?
WHERE id = ? AND resolved IS NULL;

-- name: STMT_DISPUTE_EVENT_INSERT (6): records a new dispute_event row
INSERT INTO dispute_event (case_id, day, step, detail, actor, at)
VALUES (?, ?, ?, ?, ?, ?);

-- name: STMT_DISPUTE_EVENTS (1): reads dispute_event by case_id
SELECT day, step, detail, actor, at
FROM dispute_event
WHERE case_id = ?
ORDER BY id;

-- name: STMT_DISPUTE_CANDIDATES (5): the people of the active member
--   organisations of group ?1, with what links each to a party (?2, ?3):
--   employment, a role naming a party, an interest declared naming one
--   (SC-resolve-2)
SELECT p.id, p.name, p.email, o.name AS organisation, o.sector,
  p.organisation_id IN (?2, ?3) AS employed, (SELECT group_concat(r.role ||
  ' (' || r.area || ')', ', ')
FROM person_role r
WHERE r.person_id = p.id AND r.arrangement_id = ?4 AND r.area IS NOT NULL
  AND EXISTS (SELECT 1
FROM organisation x
WHERE x.id IN (?2, ?3) AND (instr(lower(r.area), lower(x.name)) > 0 OR
  (x.short_name IS NOT NULL AND lower(r.area) = lower(x.short_name))))) AS
  roles, (SELECT group_concat(i.nature, '; ')
FROM interest i
WHERE i.person IS NOT NULL AND instr(lower(i.person), lower(p.name)) > 0 AND
  (i.organisation_id IN (?2, ?3) OR EXISTS (SELECT 1
FROM organisation x
WHERE x.id IN (?2, ?3) AND (instr(lower(i.nature), lower(x.name)) > 0 OR
  (x.short_name IS NOT NULL AND instr(lower(i.nature), lower(x.short_name))
  > 0))))) AS interests, EXISTS (SELECT 1
FROM dispute_panel dp
WHERE dp.case_id = ?5 AND dp.person_id = p.id) AS drawn
FROM person p
JOIN organisation o ON o.id = p.organisation_id
JOIN membership m ON m.organisation_id = o.id AND m.group_id = ?1 AND
  m.status = 'active'
ORDER BY o.name, p.name;

-- name: STMT_DISPUTE_PANEL_INSERT (4): records a new dispute_panel row
INSERT INTO dispute_panel (case_id, person_id, drawn_by, drawn_at)
VALUES (?, ?, ?, ?);

-- name: STMT_DISPUTE_PANEL (1): reads dispute_panel by case_id
SELECT p.id, p.name, o.name AS organisation, o.sector, dp.drawn_by,
  dp.drawn_at
FROM dispute_panel dp
JOIN person p ON p.id = dp.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE dp.case_id = ?
ORDER BY dp.id;

-- name: STMT_DISPUTE_FIGURES (2): no names, for the annual review
--   (SC-monitor); ?2 a year, or NULL for every year
SELECT kind, stage, first_contact, due, resolved, signposted IS NOT NULL AS
  signposted
FROM dispute_case
WHERE arrangement_id = ?1 AND (?2 IS NULL OR substr(first_contact, 1, 4) =
  ?2)
ORDER BY id;
