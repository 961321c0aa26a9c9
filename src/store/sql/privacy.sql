-- Personal data (core/privacy.c, migration 13): what is held about a
-- person, erasure, restriction, and the retention of old records.

-- name: STMT_PRIV_PERSON (1): reads person by id
SELECT p.id, p.name, p.email, p.phone, p.job_title, p.organisation_id,
  o.name AS organisation, p.digest, p.restricted, p.erased
FROM person p
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE p.id = ?;

-- name: STMT_PRIV_ROLES (1): reads person_role by person_id
SELECT a.slug AS arrangement, r.role, r.area
FROM person_role r
JOIN arrangement a ON a.id = r.arrangement_id
WHERE r.person_id = ?
ORDER BY r.id;

-- name: STMT_PRIV_DECLS (2): declarations signed by name (in the person's
--   organisation)
SELECT d.id, ag.title AS agreement, ag.version, o.name AS organisation,
  d.signer_name, d.signer_role, d.signed_on, d.authority, d.recorded_by,
  d.recorded_at
FROM declaration d
JOIN agreement ag ON ag.id = d.agreement_id
JOIN organisation o ON o.id = d.organisation_id
WHERE d.signer_name = ?1 COLLATE NOCASE AND (?2 IS NULL OR d.organisation_id
  = ?2)
ORDER BY d.id;

-- name: STMT_PRIV_NOMS (1): reads nomination by person_id
SELECT n.id, n.election_id, e.office, g.slug AS grp, n.details, n.why,
  n.skills, n.interests, n.guidance, n.nominated_on
FROM nomination n
JOIN election e ON e.id = n.election_id
JOIN grp g ON g.id = e.group_id
WHERE n.person_id = ?
ORDER BY n.id;

-- name: STMT_PRIV_OFFICES (1): reads office by person_id
SELECT f.id, g.slug AS grp, f.office, f.interim, f.term_start, f.term_end,
  f.ended
FROM office f
JOIN grp g ON g.id = f.group_id
WHERE f.person_id = ?
ORDER BY f.id;

-- name: STMT_PRIV_POSITIONS (1): reads appointment by person_id
SELECT a.id, p.slug AS position, p.name, a.role, a.interim, a.scope,
  a.term_start, a.term_end, a.ended
FROM appointment a
JOIN position p ON p.id = a.position_id
WHERE a.person_id = ?
ORDER BY a.id;

-- name: STMT_PRIV_INTERESTS (1): declarations of interest, by name
SELECT i.id, i.meeting_id, m.day, o.name AS organisation, i.person,
  i.nature, i.declared, i.recorded_by
FROM interest i
JOIN meeting m ON m.id = i.meeting_id
JOIN organisation o ON o.id = i.organisation_id
WHERE i.person = ? COLLATE NOCASE
ORDER BY i.id;

-- name: STMT_PRIV_OTHER (2): other records naming the person (?1 id, ?2 name)
SELECT 'concern' AS record, c.id, c.raised AS day, c.body AS detail
FROM concern c
WHERE c.person_id = ?1
UNION ALL SELECT 'dispute panel', dp.case_id, dp.drawn_at, NULL
FROM dispute_panel dp
WHERE dp.person_id = ?1
UNION ALL SELECT 'chaired meeting', m.id, m.day, NULL
FROM meeting m
WHERE m.chair_person_id = ?1
UNION ALL SELECT 'attendance', at.meeting_id, NULL, at.people
FROM attendance at
WHERE instr(at.people, ?2) > 0
UNION ALL SELECT 'action', ac.id, ac.due, ac.body
FROM action ac
WHERE ac.owner = ?2 COLLATE NOCASE;

-- name: STMT_PRIV_USER (1): the sign-in account, without its secrets
SELECT u.id, u.officer, u.created, u.disabled, u.password IS NOT NULL AS
  has_password, (SELECT count(*)
FROM session s
WHERE s.user_id = u.id) AS sessions, (SELECT max(seen)
FROM session s
WHERE s.user_id = u.id) AS last_seen, (SELECT count(*)
FROM signin_link l
WHERE l.user_id = u.id) AS signin_links, (SELECT max(expires)
FROM signin_link l
WHERE l.user_id = u.id) AS last_link
FROM app_user u
WHERE u.person_id = ?;

-- name: STMT_PRIV_SIGNIN_FAILS (1): reads signin_failure by email
SELECT at FROM signin_failure WHERE email = ? ORDER BY at;

-- name: STMT_PRIV_MAIL (1): reads outbox by recipient
SELECT id, kind, recipient, recipient_name, subject, body_text, status,
  created, sent
FROM outbox
WHERE recipient = ? COLLATE NOCASE
ORDER BY id;

-- name: STMT_PRIV_AUDIT (3): entries naming a person (?1 name, ?2 email, ?3
--   id)
SELECT seq, at, actor, action, entity, entity_id, detail
FROM audit
WHERE (entity = 'person' AND entity_id = ?3) OR actor = ?1 OR instr(detail,
  ?1) > 0 OR (?2 IS NOT NULL AND instr(detail, ?2) > 0)
ORDER BY seq;

-- name: STMT_PRIV_ERASE_PERSON (3): sets name, email, phone ... of a person
--   row by id
UPDATE person
SET name = ?2, email = NULL, phone = NULL, job_title = NULL, digest = 0,
  restricted = coalesce(restricted, ?3), erased = ?3
WHERE id = ?1;

-- name: STMT_PRIV_ERASE_ROLES (1): deletes person_role rows by person_id
DELETE FROM person_role WHERE person_id = ?;

-- name: STMT_PRIV_ERASE_NOMS (1): a candidate's statements go; that they
--   stood stays
UPDATE nomination
SET details = '(erased)', why = '(erased)', skills = '(erased)', interests =
  '(erased)'
WHERE person_id = ?;

-- name: STMT_PRIV_ERASE_DECLS (3): ?1 name, ?2 organisation or NULL, ?3
--   placeholder
UPDATE declaration
SET signer_name = ?3, signer_role = NULL
WHERE signer_name = ?1 COLLATE NOCASE AND (?2 IS NULL OR organisation_id =
  ?2);

-- name: STMT_PRIV_ERASE_INTERESTS (2): sets person of an interest row by
--   person
UPDATE interest SET person = ?2 WHERE person = ?1 COLLATE NOCASE;

-- name: STMT_PRIV_ERASE_ATTENDANCE (2): sets people of an attendance row
UPDATE attendance
SET people = replace(people, ?1, ?2)
WHERE instr(people, ?1) > 0;

-- name: STMT_PRIV_ERASE_ACTIONS (2): sets owner of an action row by owner
UPDATE action SET owner = ?2 WHERE owner = ?1 COLLATE NOCASE;

-- name: STMT_PRIV_ERASE_SESSIONS (1): deletes session rows by person_id
DELETE
FROM session
WHERE user_id IN (SELECT id
FROM app_user
WHERE person_id = ?);

-- name: STMT_PRIV_ERASE_LINKS (1): deletes signin_link rows by person_id
DELETE
FROM signin_link
WHERE user_id IN (SELECT id
FROM app_user
WHERE person_id = ?);

-- name: STMT_PRIV_ERASE_USER (1): deletes app_user rows by person_id
DELETE FROM app_user WHERE person_id = ?;

-- name: STMT_PRIV_ERASE_MAIL (1): deletes outbox rows by recipient
DELETE FROM outbox WHERE recipient = ? COLLATE NOCASE;

-- name: STMT_PRIV_AUDIT_REDACT (3): sets actor, detail of an audit row by seq
UPDATE audit SET actor = ?2, detail = ?3 WHERE seq = ?1;

-- name: STMT_PRIV_REDACTION_INSERT (3): records an audit_redaction row, or
--   replaces the one there
INSERT OR REPLACE INTO audit_redaction (seq, by_seq, reason)
VALUES (?, ?, ?);

-- name: STMT_PRIV_REDACTIONS (0): each redaction, vouched for when the later
--   entry by_seq lists its seq among those it redacted
SELECT r.seq, r.by_seq, r.by_seq > r.seq AND CASE WHEN json_valid(a.detail)
  AND json_type(a.detail, '$.redacted') = 'array' THEN EXISTS (SELECT 1
FROM json_each(a.detail, '$.redacted') j
WHERE j.type = 'integer' AND j.value = r.seq) ELSE 0 END AS vouched
FROM audit_redaction r
LEFT JOIN audit a ON a.seq = r.by_seq
ORDER BY r.seq;

-- name: STMT_PRIV_RESTRICT (2): ?2 NULL lifts
UPDATE person SET restricted = ?2 WHERE id = ?1;

-- name: STMT_PRIV_HOLD_MAIL (1): sets status, last_error of an outbox row by
--   recipient
UPDATE outbox
SET status = 'failed', last_error =
  'held: the recipient''s data is restricted'
WHERE recipient = ? COLLATE NOCASE AND status = 'queued';

-- name: STMT_RET_SESSIONS (1): deletes session rows by seen
DELETE FROM session WHERE seen < ?;

-- name: STMT_RET_LINKS (1): deletes signin_link rows by expires
DELETE FROM signin_link WHERE expires < ?;

-- name: STMT_RET_MAIL (2): mail delivered or given up, of the arrangement
DELETE
FROM outbox
WHERE status IN ('sent', 'failed') AND created < ?1 AND (arrangement_id = ?2
  OR arrangement_id IS NULL);

-- name: STMT_RET_AUDIT (1): entries older than ?1 naming a person not erased
SELECT a.seq, a.actor, a.detail
FROM audit a
WHERE a.at < ?1 AND EXISTS (SELECT 1
FROM person p
WHERE p.erased IS NULL AND (a.actor = p.name OR instr(a.detail, p.name) > 0
  OR instr(a.detail, p.email) > 0))
ORDER BY a.seq;

-- name: STMT_RET_PEOPLE_IN (2): people named in an entry (?1 detail, ?2
--   actor)
SELECT id, name, email
FROM person
WHERE erased IS NULL AND (name = ?2 OR instr(?1, name) > 0 OR instr(?1,
  email) > 0)
ORDER BY length(name) DESC;

-- name: STMT_PRIV_TRAINING (1): the sessions a person was invited to, and
--   whether they came (SA-D3.6)
SELECT ti.id, t.title, t.kind, t.day, ti.attended
FROM training_invite ti
JOIN training t ON t.id = ti.training_id
WHERE ti.person_id = ?
ORDER BY t.day, ti.id;

-- name: STMT_PRIV_INVITATIONS (1): invitations to send a representative that
--   name the person (SA-D2.2)
SELECT id, from_body, board, received_on, decision, reason, tokenistic,
  decided_on, recorded_by
FROM invitation
WHERE person_id = ?
ORDER BY id;

-- name: STMT_PRIV_STEPBACKS (1): the person's steps back from a position for
--   a conflict (SA-D2.8)
SELECT s.id, p.slug AS position, s.conflict, s.from_day, s.until_day,
  s.permanent, s.lifted, s.recorded_by, s.recorded_at
FROM appointment_stepback s
JOIN appointment a ON a.id = s.appointment_id
JOIN position p ON p.id = a.position_id
WHERE a.person_id = ?
ORDER BY s.id;

-- name: STMT_PRIV_ERASE_STEPBACKS (2): the person's name (?1) in a step
--   back's conflict becomes the placeholder (?2)
UPDATE appointment_stepback
SET conflict = replace(conflict, ?1, ?2)
WHERE instr(conflict, ?1) > 0;
