-- Offices (chairs and vice-chairs), representative positions and the
-- appointments to them, concerns about representatives, and the aims
-- organisations cover.

-- name: STMT_OFFICE_INSERT (6): records a new office row
INSERT INTO office (group_id, person_id, office, interim, term_start,
  term_end)
VALUES (?, ?, ?, ?, ?, ?);

-- name: STMT_OFFICE_CURRENT (1): a group's office holders now, with their
--   organisations
SELECT f.id, f.office, f.interim, f.term_start, f.term_end, p.id AS
  person_id, p.name AS person, o.name AS organisation, o.short_name
FROM office f
JOIN person p ON p.id = f.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE f.group_id = ? AND f.ended IS NULL
ORDER BY f.office, f.id;

-- name: STMT_OFFICE_END (3): sets ended of an office row by group_id, office
UPDATE office
SET ended = ?
WHERE group_id = ? AND office = ? AND ended IS NULL;

-- name: STMT_POS_INSERT (9): records a new position row
INSERT INTO position (arrangement_id, slug, section, name, method,
  appointed_by, electing_group_id, seats, note)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_POS_BY_SLUG (2): reads position by arrangement_id, slug, name
SELECT id, slug, section, name, method, appointed_by, electing_group_id,
  seats, note
FROM position
WHERE arrangement_id = ? AND (slug = ?2 OR name = ?2 COLLATE NOCASE);

-- name: STMT_APPT_INSERT (7): records a new appointment row
INSERT INTO appointment (position_id, person_id, role, interim, scope,
  term_start, term_end)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: STMT_APPT_CURRENT (1): a position's holders now, with their
--   organisations
SELECT a.id, a.role, a.interim, a.scope, a.term_start, a.term_end, p.name AS
  person, o.name AS organisation, o.short_name
FROM appointment a
JOIN person p ON p.id = a.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE a.position_id = ? AND a.ended IS NULL
ORDER BY a.role DESC, a.id;

-- name: STMT_APPT_COUNT (2): how many hold a position in a role now
SELECT count(*) AS n
FROM appointment
WHERE position_id = ? AND role = ? AND ended IS NULL;

-- name: STMT_POSITION_REGISTER (1): appendix C positions (SA-9.1)
SELECT p.id, p.slug, p.section, p.name, p.method, p.appointed_by, g.name AS
  electing_group, p.seats, p.note
FROM position p
LEFT JOIN grp g ON g.id = p.electing_group_id
WHERE p.arrangement_id = ?
ORDER BY p.id;

-- name: STMT_POS_BY_ID (1): reads position by id
SELECT id, slug, section, name, method, appointed_by, electing_group_id,
  seats, note
FROM position
WHERE id = ?;

-- name: STMT_APPT_END (3): sets ended of an appointment row by position_id,
--   role
UPDATE appointment
SET ended = ?
WHERE position_id = ? AND role = ? AND ended IS NULL;

-- name: STMT_APPT_END_PERSON (3): SA-9.5 removal of one holder
UPDATE appointment
SET ended = ?
WHERE position_id = ? AND person_id = ? AND ended IS NULL;

-- name: STMT_CONCERN_INSERT (6): records a new concern row
INSERT INTO concern (position_id, person_id, organisation_id, body, raised,
  recorded_by)
VALUES (?, ?, ?, ?, ?, ?);

-- name: STMT_CONCERN_LIST (1): concerns raised about the arrangement's
--   representatives
SELECT c.id, p.name AS position, pe.name AS person, o.name AS raised_by,
  c.body, c.raised
FROM concern c
JOIN position p ON p.id = c.position_id
JOIN person pe ON pe.id = c.person_id
JOIN organisation o ON o.id = c.organisation_id
WHERE p.arrangement_id = ?
ORDER BY c.id;

-- name: STMT_COVER_INSERT (3): records a new org_coverage row
INSERT INTO org_coverage (organisation_id, arrangement_id, aim)
VALUES (?, ?, ?);

-- name: STMT_COVER_LIST (2): aims met by active members of a group
SELECT cv.aim, o.name AS organisation
FROM org_coverage cv
JOIN organisation o ON o.id = cv.organisation_id
JOIN membership m ON m.organisation_id = cv.organisation_id
WHERE cv.arrangement_id = ? AND m.group_id = ? AND m.status IN ('active',
  'under notice');

-- name: STMT_APPT_OF_PERSON (2): the positions a person holds (SA-9.1)
SELECT p.name AS position, p.section, a.role, a.interim, a.scope,
  a.term_start, a.term_end
FROM appointment a
JOIN position p ON p.id = a.position_id
WHERE a.person_id = ?1 AND p.arrangement_id = ?2 AND a.ended IS NULL
ORDER BY p.section, p.name;
