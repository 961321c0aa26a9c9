-- Alliance schema, migration 13: personal data (UK GDPR).
--
-- A person may be restricted (processing stopped: no mail, no new
-- roles) or erased (their name replaced by "Erased person N", their
-- contact details, sign-in records and mail removed; the governance
-- record kept under the placeholder).
ALTER TABLE person ADD COLUMN restricted TEXT;   -- since when; NULL: not
ALTER TABLE person ADD COLUMN erased TEXT;       -- when; NULL: not

-- Audit entries whose content was redacted (a name replaced, on erasure
-- or when its retention ran out).  Their hash no longer matches their
-- content, so `audit verify` checks their place in the chain, and that
-- the later audit entry by_seq (itself intact) names them as redacted;
-- it checks their content no further.
CREATE TABLE audit_redaction (
  seq             INTEGER PRIMARY KEY REFERENCES audit(seq),
  by_seq          INTEGER NOT NULL,
  reason          TEXT NOT NULL CHECK (reason IN ('erasure','retention'))
);

-- A restricted person is not chosen for anything new.  The message is
-- the one the user reads (core_store_fail adds what was being done).
CREATE TRIGGER restricted_role BEFORE INSERT ON person_role
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_office BEFORE INSERT ON office
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_appointment BEFORE INSERT ON appointment
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_nomination BEFORE INSERT ON nomination
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_panel BEFORE INSERT ON dispute_panel
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_user BEFORE INSERT ON app_user
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;

-- No mail is queued for a restricted person: the insert is skipped,
-- and the action that caused it goes on.
CREATE TRIGGER restricted_mail BEFORE INSERT ON outbox
WHEN EXISTS (SELECT 1 FROM person WHERE email = NEW.recipient
  AND restricted IS NOT NULL)
BEGIN SELECT RAISE(IGNORE); END;
