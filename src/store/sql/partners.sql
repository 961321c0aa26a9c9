-- Partners and money (migration 7): named contacts, the implementation plan,
-- milestones, evidence of influence, partnerships, funding and spend.

-- name: STMT_CONTACT_INSERT (10): records a new partner_contact row
INSERT INTO partner_contact (arrangement_id, organisation_id, kind, area,
  name, job_title, email, since, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- part: PARTNER_CONTACT: a named contact and the name of their
--   organisation
SELECT pc.id, pc.kind, pc.area, o.name AS organisation, pc.name,
  pc.job_title, pc.email, pc.since, pc.ended
FROM partner_contact pc
JOIN organisation o ON o.id = pc.organisation_id

-- name: STMT_CONTACT_GET (2): reads partner_contact by id, arrangement_id
{PARTNER_CONTACT}
WHERE pc.id = ? AND pc.arrangement_id = ?;

-- name: STMT_CONTACT_END (2): sets ended of a partner_contact row by id
UPDATE partner_contact SET ended = ?2 WHERE id = ?1 AND ended IS NULL;

-- name: STMT_CONTACT_LIST (2): the named contacts in post
{PARTNER_CONTACT}
WHERE pc.arrangement_id = ?1 AND pc.ended IS NULL AND (?2 IS NULL OR pc.kind
  = ?2)
ORDER BY pc.kind, pc.area, o.name, pc.name;

-- name: STMT_PARTNERS_WITHOUT_CONTACT (2): the partners (signatories of the
--   agreement in force, active members of a partnership) with no named
--   contact of kind ?2 in post (SC-champion, TP-5)
SELECT o.id, o.name, o.sector
FROM organisation o
WHERE (o.id IN (SELECT d.organisation_id
FROM declaration d
JOIN agreement a ON a.id = d.agreement_id
WHERE a.arrangement_id = ?1 AND a.in_force_to IS NULL) OR o.id IN (SELECT
  m.organisation_id
FROM membership m
JOIN grp g ON g.id = m.group_id
WHERE g.arrangement_id = ?1 AND g.kind = 'partnership' AND m.status IN
  ('active', 'pending', 'suspended'))) AND NOT EXISTS (SELECT 1
FROM partner_contact pc
WHERE pc.arrangement_id = ?1 AND pc.organisation_id = o.id AND pc.kind = ?2
  AND pc.ended IS NULL)
ORDER BY o.name;

-- name: STMT_PLAN_INSERT (8): records a new plan_action row
INSERT INTO plan_action (arrangement_id, organisation_id, commitment_id,
  action, owner, due, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- part: PLAN_ACTION: an action of the plan, its organisation and
--   the code of its commitment
SELECT p.id, p.organisation_id, o.name AS organisation, c.code AS
  commitment, p.action, p.owner, p.due, p.progress, p.done_on
FROM plan_action p
JOIN organisation o ON o.id = p.organisation_id
LEFT JOIN commitment c ON c.id = p.commitment_id

-- name: STMT_PLAN_GET (2): reads plan_action by id, arrangement_id
{PLAN_ACTION}
WHERE p.id = ? AND p.arrangement_id = ?;

-- name: STMT_PLAN_PROGRESS (2): sets progress of a plan_action row by id
UPDATE plan_action SET progress = ?2 WHERE id = ?1;

-- name: STMT_PLAN_DONE (2): sets done_on of a plan_action row by id
UPDATE plan_action SET done_on = ?2 WHERE id = ?1 AND done_on IS NULL;

-- name: STMT_PLAN_LIST (2): ?2 one organisation, or NULL for all
{PLAN_ACTION}
WHERE p.arrangement_id = ?1 AND (?2 IS NULL OR p.organisation_id = ?2)
ORDER BY p.due, p.id;

-- name: STMT_MILESTONE_MET_INSERT (7): records a new milestone_met row
INSERT INTO milestone_met (arrangement_id, due, label, met_on, note,
  recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: STMT_MILESTONE_MET_LIST (1): reads milestone_met by arrangement_id
SELECT due, label, met_on, note FROM milestone_met WHERE arrangement_id = ?;

-- name: STMT_INFLUENCE_INSERT (9): records a new influence row
INSERT INTO influence (arrangement_id, on_date, body, decision, change,
  commitment_id, source, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_INFLUENCE_LIST (3): between two dates, inclusive
SELECT i.id, i.on_date, i.body, i.decision, i.change, c.code AS commitment,
  i.source
FROM influence i
LEFT JOIN commitment c ON c.id = i.commitment_id
WHERE i.arrangement_id = ?1 AND i.on_date BETWEEN ?2 AND ?3
ORDER BY i.on_date, i.id;

-- name: STMT_EXCEPTION_UPSERT (6): TP-2a's agreed justification
INSERT INTO representation_exception (position_id, justification, agreed_by,
  agreed_on, recorded_by, recorded_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT (position_id) DO UPDATE
SET justification = ?2, agreed_by = ?3, agreed_on = ?4, recorded_by = ?5,
  recorded_at = ?6;

-- name: STMT_PARTNERSHIP_REGISTER (1): each position, its representatives in
--   post and any agreed exception (TP-2a)
SELECT p.id, p.slug, p.section, p.name, (SELECT count(*)
FROM appointment a
WHERE a.position_id = p.id AND a.ended IS NULL AND a.role =
  'representative') AS representatives, e.justification, e.agreed_by,
  e.agreed_on
FROM position p
LEFT JOIN representation_exception e ON e.position_id = p.id
WHERE p.arrangement_id = ?
ORDER BY p.section, p.name;

-- name: STMT_FUNDING_INSERT (13): records a new funding row
INSERT INTO funding (arrangement_id, kind, funder_id, recipient_id, title,
  description, amount_pence, awarded, starts, ends, reference, recorded_by,
  recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_FUNDING_LIST (3): awarded between two dates, inclusive
SELECT f.id, f.kind, fo.name AS funder, fo.identifier AS funder_identifier,
  ro.name AS recipient, ro.identifier AS recipient_identifier, f.funder_id,
  f.recipient_id, f.title, f.description, f.amount_pence, f.awarded,
  f.starts, f.ends, f.reference
FROM funding f
JOIN organisation fo ON fo.id = f.funder_id
JOIN organisation ro ON ro.id = f.recipient_id
WHERE f.arrangement_id = ?1 AND f.awarded BETWEEN ?2 AND ?3
ORDER BY f.awarded, f.id;

-- name: STMT_AIM_UPSERT (7): TP-3a's aspiration and plan
INSERT INTO spend_aim (arrangement_id, organisation_id, year, amount_pence,
  plan, recorded_by, recorded_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (arrangement_id, organisation_id, year) DO UPDATE
SET amount_pence = ?4, plan = ?5, recorded_by = ?6, recorded_at = ?7;

-- name: STMT_AIM_LIST (2): reads spend_aim by arrangement_id, year
SELECT o.name AS organisation, s.amount_pence, s.plan
FROM spend_aim s
JOIN organisation o ON o.id = s.organisation_id
WHERE s.arrangement_id = ? AND s.year = ?
ORDER BY o.name;

-- name: STMT_ATTENDANCE_BY_PARTNER (3): each partner of each partnership with
--   the meetings held ?2..?3 and those it was at (SC-quarterly)
SELECT g.slug AS grp, g.name AS group_name, o.name AS organisation, (SELECT
  count(*)
FROM meeting t
WHERE t.group_id = g.id AND t.status = 'scheduled' AND t.day BETWEEN ?2 AND
  ?3) AS held, (SELECT count(*)
FROM attendance a
JOIN meeting t ON t.id = a.meeting_id
WHERE t.group_id = g.id AND a.organisation_id = o.id AND t.status =
  'scheduled' AND a.kind IN ('present', 'deputy') AND t.day BETWEEN ?2 AND
  ?3) AS attended
FROM membership m
JOIN grp g ON g.id = m.group_id
JOIN organisation o ON o.id = m.organisation_id
WHERE g.arrangement_id = ?1 AND g.kind = 'partnership' AND m.status IN
  ('active', 'pending', 'suspended')
ORDER BY g.name, o.name;
