-- Mail: the schedule of reminders, the outbox, each person's digest and
-- the addresses of a group or an organisation.

-- name: STMT_SCHED_INSERT (5): records a new scheduled_status row
INSERT INTO scheduled_status (membership_id, status, effective, reason,
  decided_by)
VALUES (?, ?, ?, ?, ?);

-- name: STMT_SCHED_DUE (2): dated changes whose day has come
SELECT s.id AS sched_id, s.status AS to_status, s.effective, s.reason,
  s.decided_by, m.id, m.group_id, m.organisation_id, m.kind, m.status,
  m.side, m.since, m.status_until, m.excluded, o.name AS organisation,
  o.sector, o.identifier, g.slug AS grp, g.name AS group_name, g.kind AS
  group_kind
FROM membership m
JOIN organisation o ON o.id = m.organisation_id
JOIN grp g ON g.id = m.group_id
JOIN scheduled_status s ON s.membership_id = m.id
WHERE g.arrangement_id = ? AND s.effective <= ?
ORDER BY s.effective, s.id;

-- name: STMT_SCHED_DELETE (1): deletes scheduled_status rows by id
DELETE FROM scheduled_status WHERE id = ?;

-- name: STMT_OUT_INSERT (13): OR IGNORE so a once_key is sent once
INSERT OR IGNORE INTO outbox (arrangement_id, kind, once_key, recipient,
  recipient_name, subject, body_text, body_html, ical, ical_method,
  next_attempt, created, digest)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_OUT_DUE (1): messages to try now, oldest first
SELECT id, recipient, recipient_name, subject, body_text, body_html, ical,
  ical_method, attempts, created, kind
FROM outbox
WHERE status = 'queued' AND digest = 0 AND next_attempt <= ?
ORDER BY id
LIMIT 100;

-- name: STMT_OUT_CLAIM (1): sets status of an outbox row by id
UPDATE outbox SET status = 'sending' WHERE id = ? AND status = 'queued';

-- name: STMT_OUT_SENT (2): sets status, sent, attempts ... of an outbox row
--   by id
UPDATE outbox
SET status = 'sent', sent = ?, attempts = attempts + 1, last_error = NULL
WHERE id = ?;

-- name: STMT_OUT_RETRY (4): sets status, attempts, next_attempt ... of an
--   outbox row by id
UPDATE outbox
SET status = ?, attempts = attempts + 1, next_attempt = ?, last_error = ?
WHERE id = ?;

-- name: STMT_OUT_UNCERTAIN (0): left 'sending' by a stopped sender
UPDATE outbox
SET status = 'uncertain', last_error =
  'the sender stopped while sending; it may or may not have gone'
WHERE status = 'sending';

-- name: STMT_OUT_LIST (1): reads outbox by status
SELECT id, kind, recipient, subject, status, attempts, next_attempt,
  last_error, created, sent
FROM outbox
WHERE (?1 = '' OR status = ?1)
ORDER BY id;

-- name: STMT_OUT_GET (1): reads outbox by id
SELECT id, arrangement_id, kind, once_key, recipient, recipient_name,
  subject, body_text, body_html, ical, ical_method, status, attempts,
  next_attempt, last_error, created, sent, digest
FROM outbox
WHERE id = ?;

-- name: STMT_OUT_REQUEUE (2): an officer sends a failed message again
UPDATE outbox
SET status = 'queued', next_attempt = ?, last_error = NULL
WHERE id = ? AND status IN ('failed', 'uncertain');

-- name: STMT_GROUP_CONTACTS (2): people of a group's members in good standing
SELECT DISTINCT p.name, p.email, o.name AS organisation
FROM membership m
JOIN organisation o ON o.id = m.organisation_id
JOIN person p ON p.organisation_id = o.id
WHERE m.group_id = ? AND m.status IN ('active', 'under notice') AND p.email
  IS NOT NULL AND (?2 = 0 OR m.kind <> 'associate')
ORDER BY p.email;

-- name: STMT_ORG_CONTACTS (1): an organisation's people, and its own email
SELECT p.name, p.email
FROM person p
WHERE p.organisation_id = ?1 AND p.email IS NOT NULL
UNION SELECT o.name, o.email
FROM organisation o
WHERE o.id = ?1 AND o.email IS NOT NULL;

-- name: STMT_OUT_ONCE_SENT (1): a reminder queued already, to anyone (its
--   keys are "once:address")
SELECT 1 AS sent
FROM outbox
WHERE once_key >= ?1 || ':' AND once_key < ?1 || ';'
LIMIT 1;

-- name: STMT_PERSON_DIGEST_GET (1): a person's id and choice of news, by email
SELECT id, digest FROM person WHERE email = ? COLLATE NOCASE;

-- name: STMT_PERSON_DIGEST_SET (2): sets digest of a person row by id
UPDATE person SET digest = ? WHERE id = ?;

-- name: STMT_OUT_HELD (1): messages held for the digest, by recipient
SELECT id, recipient, recipient_name, subject, body_text
FROM outbox
WHERE digest = 1 AND status = 'queued' AND (arrangement_id IS ?1 OR ?1 IS
  NULL)
ORDER BY recipient, id;

-- name: STMT_OUT_BUNDLED (3): a held message went in digest message ?2
UPDATE outbox
SET status = 'sent', sent = ?3, last_error = 'sent in digest ' || ?2
WHERE id = ?1 AND digest = 1 AND status = 'queued';
