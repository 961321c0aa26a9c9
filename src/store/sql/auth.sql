-- Signing in: users, one-time links, sessions, API tokens, what a person
-- may reach, and the limits on attempts.

-- name: STMT_USER_INSERT (3): records a new app_user row
INSERT INTO app_user (person_id, officer, created) VALUES (?, ?, ?);

-- name: STMT_USER_BY_PERSON (1): reads app_user by person_id
SELECT u.id, u.person_id, u.officer, u.password, u.disabled, p.name, p.email
FROM app_user u
JOIN person p ON p.id = u.person_id
WHERE u.person_id = ?;

-- name: STMT_USER_BY_EMAIL (1): reads app_user by email
SELECT u.id, u.person_id, u.officer, u.password, u.disabled, p.name, p.email
FROM app_user u
JOIN person p ON p.id = u.person_id
WHERE p.email = ? COLLATE NOCASE;

-- name: STMT_USER_SET_PASSWORD (2): sets password of an app_user row by id
UPDATE app_user SET password = ? WHERE id = ?;

-- name: STMT_USER_LIST (0): who may sign in: officer, password, second factor
SELECT u.id, p.name, p.email, o.name AS organisation, u.officer, u.password
  IS NOT NULL AS has_password, u.totp_confirmed IS NOT NULL AS
  second_factor, u.created
FROM app_user u
JOIN person p ON p.id = u.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id
ORDER BY p.name;

-- name: STMT_LINK_INSERT (3): records a new signin_link row
INSERT INTO signin_link (hash, user_id, expires) VALUES (?, ?, ?);

-- name: STMT_LINK_CLAIM (2): single use, and only before it expires
UPDATE signin_link
SET used = ?2
WHERE hash = ?1 AND used IS NULL AND expires > ?2
RETURNING user_id;

-- name: STMT_SESSION_INSERT (5): records a new session row
INSERT INTO session (hash, user_id, csrf, created, seen)
VALUES (?, ?, ?, ?, ?);

-- name: STMT_SESSION_GET (1): officer rights only when the session was opened
--   with password and code and the user is still an officer
SELECT s.user_id, s.csrf, s.seen, s.created, s.officer AND u.officer AS
  officer, s.enrol AND u.officer AS enrol, coalesce(s.verified, s.created)
  AS verified, u.person_id, u.disabled, p.name, p.email, p.organisation_id,
  o.name AS org_name
FROM session s
JOIN app_user u ON u.id = s.user_id
JOIN person p ON p.id = u.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE s.hash = ?;

-- name: STMT_SESSION_TOUCH (2): sets seen of a session row by hash
UPDATE session SET seen = ? WHERE hash = ?;

-- name: STMT_SESSION_DELETE (1): deletes session rows by hash
DELETE FROM session WHERE hash = ?;

-- name: STMT_SESSION_PURGE (1): idle sessions and spent links go
DELETE FROM session WHERE seen < ?1;

-- name: STMT_TOKEN_INSERT (6): records a new api_token row
INSERT INTO api_token (name, hash, created_by, created, scope, expires)
VALUES (?, ?, ?, ?, ?, ?);

-- name: STMT_TOKEN_GET (2): neither revoked nor past its last day (?2)
SELECT id, name, scope, expires, last_used
FROM api_token
WHERE hash = ?1 AND revoked IS NULL AND expires >= ?2;

-- name: STMT_TOKEN_LIST (0): every API token, revoked ones too
SELECT id, name, scope, expires, last_used, created_by, created, revoked
FROM api_token
ORDER BY id;

-- name: STMT_ACCESS_OFFICES (3): the groups a person chairs today
SELECT g.id AS group_id, g.slug, g.name, o.office
FROM office o
JOIN grp g ON g.id = o.group_id
WHERE o.person_id = ?1 AND g.arrangement_id = ?2 AND o.ended IS NULL AND
  o.term_start <= ?3 AND (o.term_end IS NULL OR o.term_end >= ?3)
ORDER BY g.name;

-- name: STMT_ACCESS_MEMBERSHIPS (2): an organisation's memberships
SELECT g.id AS group_id, g.slug, g.name AS group_name, g.kind AS group_kind,
  m.kind, m.status, m.side, m.since, m.status_until, m.excluded
FROM membership m
JOIN grp g ON g.id = m.group_id
WHERE m.organisation_id = ?1 AND g.arrangement_id = ?2
ORDER BY g.name;

-- name: STMT_SESSION_DELETE_USER (1): deletes session rows by user_id
DELETE FROM session WHERE user_id = ?;

-- name: STMT_SIGNIN_FAIL_INSERT (2): records a new signin_failure row
INSERT INTO signin_failure (email, at) VALUES (?, ?);

-- name: STMT_SIGNIN_FAIL_COUNT (2): failures for an address since ?2
SELECT count(*) AS n FROM signin_failure WHERE email = ?1 AND at >= ?2;

-- name: STMT_SIGNIN_FAIL_CLEAR (1): forgets an address's failed sign-ins
--   (a good sign-in; erasing the person)
DELETE FROM signin_failure WHERE email = ?;

-- name: STMT_SIGNIN_FAIL_PRUNE (1): forgets failed sign-ins before ?1
--   (a day's are kept for the limit; retention)
DELETE FROM signin_failure WHERE at < ?;

-- name: STMT_LINK_END_USER (2): a user's links not yet used end at ?2
UPDATE signin_link SET used = ?2 WHERE user_id = ?1 AND used IS NULL;

-- name: STMT_SIGNIN_REQ_INSERT (3): records a new signin_request row
INSERT INTO signin_request (email_hash, client, at) VALUES (?, ?, ?);

-- name: STMT_SIGNIN_REQ_COUNT (3): requests for an address and from a client
--   since ?3
SELECT (SELECT count(*)
FROM signin_request
WHERE email_hash = ?1 AND at >= ?3) AS by_email, (SELECT count(*)
FROM signin_request
WHERE client = ?2 AND at >= ?3) AS by_client;

-- name: STMT_SIGNIN_REQ_PRUNE (1): none older than ?1 is needed
DELETE FROM signin_request WHERE at < ?;

-- name: STMT_USER_TOTP_GET (1): reads app_user by id
SELECT id, officer, password, disabled, totp_secret, totp_confirmed,
  totp_step
FROM app_user
WHERE id = ?;

-- name: STMT_USER_TOTP_SET (3): a new secret (NULL: none), confirmed or not
UPDATE app_user
SET totp_secret = ?2, totp_confirmed = ?3, totp_step = NULL
WHERE id = ?1;

-- name: STMT_USER_TOTP_STEP (2): a step is spent once, and only forward
UPDATE app_user
SET totp_step = ?2
WHERE id = ?1 AND (totp_step IS NULL OR totp_step < ?2)
RETURNING id;

-- name: STMT_USER_TOTP_CONFIRM (2): sets totp_confirmed of an app_user row by
--   id
UPDATE app_user SET totp_confirmed = ?2 WHERE id = ?1;

-- name: STMT_SESSION_LEVEL (4): officer rights, enrolment, last verified
UPDATE session SET officer = ?2, enrol = ?3, verified = ?4 WHERE hash = ?1;

-- name: STMT_TOKEN_BY_ID (1): reads api_token by id
SELECT id, name, scope, revoked FROM api_token WHERE id = ?;

-- name: STMT_TOKEN_REVOKE (2): sets revoked of an api_token row by id
UPDATE api_token SET revoked = ?2 WHERE id = ?1 AND revoked IS NULL;

-- name: STMT_TOKEN_USED (2): sets last_used of an api_token row by id
UPDATE api_token SET last_used = ?2 WHERE id = ?1;

-- name: STMT_ACCESS_CHAIRS (4): 1 when the person (?1) holds an office of
--   the group (?4) of the arrangement (?2) today (?3)
SELECT EXISTS (SELECT 1
FROM office o
JOIN grp g ON g.id = o.group_id
WHERE o.person_id = ?1 AND g.arrangement_id = ?2 AND o.group_id = ?4 AND
  o.ended IS NULL AND o.term_start <= ?3 AND (o.term_end IS NULL OR
  o.term_end >= ?3)) AS chairs;
