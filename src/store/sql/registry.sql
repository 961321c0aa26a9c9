-- The register: organisations, people and their roles, groups, memberships,
-- declarations and the evidence for membership criteria.

-- name: STMT_ORG_INSERT (8): records a new organisation row
INSERT INTO organisation (name, short_name, sector, legal_form, identifier,
  geography, email, infrastructure)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_ORG_UPDATE (9): sets name, short_name, sector ... of an
--   organisation row by id
UPDATE organisation
SET name = ?, short_name = ?, sector = ?, legal_form = ?, identifier = ?,
  geography = ?, email = ?, infrastructure = ?
WHERE id = ?;

-- part: ORGANISATION: an organisation, as store/registry.c's
--   organisation map reads it
SELECT id, name, short_name, sector, legal_form, identifier, geography,
  email, infrastructure
FROM organisation

-- name: STMT_ORG_BY_ID (1): reads organisation by id
{ORGANISATION}
WHERE id = ?;

-- name: STMT_ORG_BY_NAME (1): reads organisation by name, short_name
{ORGANISATION}
WHERE name = ? OR short_name = ?1 COLLATE NOCASE
ORDER BY name = ?1 DESC
LIMIT 2;

-- name: STMT_ORG_BY_IDENTIFIER (1): reads organisation by identifier
{ORGANISATION}
WHERE identifier = ?;

-- name: STMT_ORG_LIST (0): every organisation, by name
{ORGANISATION}
ORDER BY name;

-- name: STMT_ORG_LIST_SEEN (0): the organisations the registers name (a
--   member of a group, a signatory, a group's support, or one whose person
--   holds an office or a position), by name, without their contact address:
--   what any viewer but an officer may read
SELECT id, name, short_name, sector, legal_form, identifier, geography,
  NULL AS email, infrastructure
FROM organisation o
WHERE EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id)
  OR EXISTS (SELECT 1 FROM declaration d WHERE d.organisation_id = o.id)
  OR EXISTS (SELECT 1 FROM grp g WHERE g.support_org_id = o.id)
  OR EXISTS (SELECT 1 FROM office f JOIN person p ON p.id = f.person_id
    WHERE p.organisation_id = o.id AND f.ended IS NULL)
  OR EXISTS (SELECT 1 FROM appointment a JOIN person p ON p.id = a.person_id
    WHERE p.organisation_id = o.id AND a.ended IS NULL)
ORDER BY name;

-- name: STMT_PERSON_INSERT (5): records a new person row
INSERT INTO person (name, email, phone, organisation_id, job_title)
VALUES (?, ?, ?, ?, ?);

-- part: PERSON: a person and the name of their organisation
SELECT p.id, p.name, p.email, p.phone, p.job_title, p.organisation_id,
  o.name AS organisation, p.restricted
FROM person p
LEFT JOIN organisation o ON o.id = p.organisation_id

-- name: STMT_PERSON_BY_ID (1): reads person by id
{PERSON}
WHERE p.id = ?;

-- name: STMT_PERSON_BY_EMAIL (1): reads person by email
{PERSON}
WHERE p.email = ?;

-- name: STMT_PERSON_BY_NAME (1): two rows mean the name is ambiguous
{PERSON}
WHERE p.name = ? COLLATE NOCASE
LIMIT 2;

-- name: STMT_PERSON_LIST (1): every person, with their organisation and their
--   roles in the arrangement
SELECT p.id, p.name, p.email, p.phone, p.job_title, p.organisation_id,
  o.name AS organisation, p.restricted, (SELECT group_concat(r.role ||
  COALESCE(' (' || r.area || ')', ''), ', ')
FROM person_role r
WHERE r.person_id = p.id AND r.arrangement_id = ?) AS roles
FROM person p
LEFT JOIN organisation o ON o.id = p.organisation_id
ORDER BY p.name;

-- name: STMT_ROLE_INSERT (4): records a new person_role row
INSERT INTO person_role (person_id, arrangement_id, role, area)
VALUES (?, ?, ?, ?);

-- name: STMT_ROLE_LIST (2): reads person_role by person_id, arrangement_id
SELECT role, area
FROM person_role
WHERE person_id = ? AND arrangement_id = ?
ORDER BY role;

-- name: STMT_GROUP_INSERT (10): records a new grp row
INSERT INTO grp (arrangement_id, slug, name, kind, description, geography,
  parent_id, support_org_id, support_officer, recognised)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- part: GROUP: a group, as store/registry.c's group map reads it
SELECT id, slug, name, kind, description, geography, parent_id,
  support_org_id, support_officer, recognised
FROM grp

-- name: STMT_GROUP_BY_SLUG (2): reads grp by arrangement_id, slug, name
{GROUP}
WHERE arrangement_id = ? AND (slug = ?2 OR name = ?2 COLLATE NOCASE);

-- name: STMT_GROUP_BY_ID (1): reads grp by id
{GROUP}
WHERE id = ?;

-- part: GROUP_MEMBERS: how many active members the group g has
(SELECT count(*)
FROM membership m
WHERE m.group_id = g.id AND m.status IN ('active', 'under notice')) AS
  members

-- name: STMT_GROUP_LIST (1): the arrangement's groups, with how many active
--   members each has
SELECT g.id, g.slug, g.name, g.kind, g.geography, {GROUP_MEMBERS}
FROM grp g
WHERE g.arrangement_id = ?
ORDER BY g.id;

-- name: STMT_MEMB_INSERT (6): records a new membership row
INSERT INTO membership (group_id, organisation_id, kind, status, side,
  since)
VALUES (?, ?, ?, ?, ?, ?);

-- part: MEMBERSHIP_COLUMNS: a membership's columns, with its organisation's
--   and group's, as store/registry.c's membership maps read them
SELECT m.id, m.group_id, m.organisation_id, m.kind, m.status, m.side,
  m.since, m.status_until, m.excluded, o.name AS organisation, o.sector,
  o.identifier, g.slug AS grp, g.name AS group_name, g.kind AS group_kind

-- part: MEMBERSHIP_FROM: a membership joined to its organisation and group
FROM membership m
JOIN organisation o ON o.id = m.organisation_id
JOIN grp g ON g.id = m.group_id

-- part: MEMBERSHIP: a membership, as every read of one but the register's
{MEMBERSHIP_COLUMNS}
{MEMBERSHIP_FROM}

-- part: MEMBERSHIP_REGISTER: a membership as the central record of members
--   has it (SA-3.2), with the day its organisation signed the agreement in
--   force
{MEMBERSHIP_COLUMNS},
  (SELECT d.signed_on
FROM declaration d
JOIN agreement a ON a.id = d.agreement_id
WHERE d.organisation_id = m.organisation_id AND a.arrangement_id =
  g.arrangement_id AND a.in_force_to IS NULL) AS signed_on
{MEMBERSHIP_FROM}

-- name: STMT_MEMB_GET (2): reads membership by group_id, organisation_id
{MEMBERSHIP}
WHERE m.group_id = ? AND m.organisation_id = ?;

-- name: STMT_MEMB_BY_ID (1): reads membership by id
{MEMBERSHIP}
WHERE m.id = ?;

-- name: STMT_MEMB_SET_STATUS (3): a new status clears an exclusion
UPDATE membership
SET status = ?, status_until = ?, excluded = 0
WHERE id = ?;

-- name: STMT_MEMB_HISTORY_INSERT (7): records a new membership_status row
INSERT INTO membership_status (membership_id, status, effective, until,
  reason, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: STMT_MEMB_HISTORY (1): reads membership_status by membership_id
SELECT status, effective, until, reason, recorded_by, recorded_at
FROM membership_status
WHERE membership_id = ?
ORDER BY id;

-- name: STMT_MEMB_LIST_GROUP (1): a group's memberships, by organisation name
{MEMBERSHIP}
WHERE m.group_id = ?
ORDER BY o.name;

-- name: STMT_MEMB_REGISTER (1): the central record of members (SA-3.2)
{MEMBERSHIP_REGISTER}
WHERE g.arrangement_id = ?
ORDER BY o.name, g.id;

-- name: STMT_MEMB_ACTIVE_FOR_PERSON (2): the person's organisation in a group
{MEMBERSHIP}
JOIN person p ON p.organisation_id = m.organisation_id
WHERE m.group_id = ? AND p.id = ?;

-- name: STMT_MEMB_OF_ORG (2): an organisation's memberships in an arrangement
{MEMBERSHIP}
WHERE g.arrangement_id = ? AND m.organisation_id = ?
ORDER BY g.id;

-- name: STMT_MEMB_NOTICE_DUE (2): notice periods ended by a date (SA-14.1);
--   by the index of the few under notice, not every membership
SELECT m.id, m.group_id, m.organisation_id, m.kind, m.status, m.side,
  m.since, m.status_until, m.excluded, o.name AS organisation, o.sector,
  o.identifier, g.slug AS grp, g.name AS group_name, g.kind AS group_kind
FROM membership m INDEXED BY membership_notice
JOIN organisation o ON o.id = m.organisation_id
JOIN grp g ON g.id = m.group_id
WHERE g.arrangement_id = ? AND m.status = 'under notice' AND m.status_until
  <= ?;

-- name: STMT_DECL_INSERT (8): records a new declaration row
INSERT INTO declaration (agreement_id, organisation_id, signer_name,
  signer_role, signed_on, authority, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_DECL_GET (2): reads declaration by agreement_id, organisation_id
SELECT id, signer_name, signer_role, signed_on, authority
FROM declaration
WHERE agreement_id = ? AND organisation_id = ?;

-- name: STMT_DECL_LIST (1): the signatories of the agreement in force
SELECT o.name AS organisation, o.sector, d.signer_name, d.signer_role,
  d.signed_on, a.version AS agreement_version
FROM declaration d
JOIN agreement a ON a.id = d.agreement_id
JOIN organisation o ON o.id = d.organisation_id
WHERE a.arrangement_id = ? AND a.in_force_to IS NULL
ORDER BY o.name;

-- name: STMT_CRIT_UPSERT (5): records a criterion_evidence row, or replaces
--   the one there
INSERT INTO criterion_evidence (membership_id, criterion, evidence,
  recorded_by, recorded_on)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (membership_id, criterion) DO UPDATE
SET evidence = excluded.evidence, recorded_by = excluded.recorded_by,
  recorded_on = excluded.recorded_on;

-- name: STMT_CRIT_LIST (1): reads criterion_evidence by membership_id
SELECT criterion, evidence, recorded_by, recorded_on
FROM criterion_evidence
WHERE membership_id = ?
ORDER BY id;

-- name: STMT_FORUM_REGISTER (1): appendix B, from live data (SA-5.6)
SELECT g.id, g.slug, g.name, g.kind, g.description, g.geography, so.name AS
  support_organisation, so.short_name AS support_short, g.support_officer,
  {GROUP_MEMBERS}
FROM grp g
LEFT JOIN organisation so ON so.id = g.support_org_id
WHERE g.arrangement_id = ?
ORDER BY g.id;

-- name: STMT_MEMB_EXCLUDE (1): sets excluded of a membership row by id
UPDATE membership SET excluded = 1 WHERE id = ?;

-- name: STMT_MEMB_REGISTER_PAGE (3): one page of STMT_MEMB_REGISTER (?2 rows from the ?3rd on)
{MEMBERSHIP_REGISTER}
WHERE g.arrangement_id = ?1
ORDER BY o.name, g.id
LIMIT ?2 OFFSET ?3;

-- name: STMT_MEMB_REGISTER_COUNT (1): the rows of STMT_MEMB_REGISTER
SELECT count(*) AS n
FROM membership m
JOIN grp g ON g.id = m.group_id
WHERE g.arrangement_id = ?;
