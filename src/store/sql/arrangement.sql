-- The arrangement, its constitution and agreement, and the audit log.

-- name: STMT_ARR_INSERT (5): records a new arrangement row
INSERT INTO arrangement (slug, name, kind, template, created)
VALUES (?, ?, ?, ?, ?);

-- name: STMT_ARR_BY_SLUG (1): reads arrangement by slug
SELECT id, slug, name, kind, template, created
FROM arrangement
WHERE slug = ?;

-- name: STMT_ARR_LIST (0): every arrangement in the database
SELECT id, slug, name, kind, template, created FROM arrangement ORDER BY id;

-- name: STMT_DATA_VERSION (0): moves when another connection commits
PRAGMA data_version;

-- name: STMT_CONST_INSERT (5): records a new constitution_version row
INSERT INTO constitution_version (arrangement_id, version, effective_from,
  body, applied_by, applied_at)
VALUES (?, (SELECT COALESCE(MAX(version), 0) + 1
FROM constitution_version
WHERE arrangement_id = ?1), ?, ?, ?, ?);

-- name: STMT_CONST_CLOSE (2): sets effective_to of a constitution_version row
--   by arrangement_id
UPDATE constitution_version
SET effective_to = ?
WHERE arrangement_id = ? AND effective_to IS NULL;

-- part: CONSTITUTION_VERSION: a version of the constitution, as
--   store/arrangement.c reads it
SELECT id, version, effective_from, effective_to, body, applied_by,
  applied_at
FROM constitution_version

-- name: STMT_CONST_CURRENT (1): the constitution in force now
{CONSTITUTION_VERSION}
WHERE arrangement_id = ? AND effective_to IS NULL;

-- part: IN_FORCE_ON: the version in force on the date ?2
WHERE arrangement_id = ? AND effective_from <= ?2 AND (effective_to IS NULL
  OR effective_to > ?2)
ORDER BY version DESC
LIMIT 1;

-- name: STMT_CONST_AT (2): the version in force on a date
{CONSTITUTION_VERSION}
{IN_FORCE_ON}

-- name: STMT_CONST_ID_AT (2): which version STMT_CONST_AT gives, without its text
SELECT id
FROM constitution_version
{IN_FORCE_ON}

-- name: STMT_CONST_LIST (1): every version of the constitution, oldest first
SELECT version, effective_from, effective_to, applied_by, applied_at
FROM constitution_version
WHERE arrangement_id = ?
ORDER BY version;

-- name: STMT_AGREEMENT_INSERT (4): records a new agreement row
INSERT INTO agreement (arrangement_id, version, title, in_force_from)
VALUES (?, ?, ?, ?);

-- name: STMT_AGREEMENT_CURRENT (1): the agreement in force now
SELECT id, version, title, in_force_from
FROM agreement
WHERE arrangement_id = ? AND in_force_to IS NULL
ORDER BY id DESC
LIMIT 1;

-- name: STMT_AUDIT_INSERT (11): appends an entry to the audit log (its chain
--   hash given)
INSERT INTO audit (seq, at, actor, action, entity, entity_id, detail,
  prev_hash, hash, vouched, sig)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_AUDIT_LAST (0): the newest audit entry (the head of the chain)
SELECT seq, hash, vouched, sig FROM audit ORDER BY seq DESC LIMIT 1;

-- name: STMT_AUDIT_ALL (0): every audit entry, oldest first
SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash,
  vouched, sig
FROM audit
ORDER BY seq;
