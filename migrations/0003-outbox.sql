-- Alliance schema, migration 3: the outbox.
--
-- Every message is written here in the same transaction as the action
-- that causes it; a sender then delivers it.  A message is claimed
-- (queued -> sending) before it goes and marked sent after, so a
-- restart never sends it twice: one left 'sending' by a crash is marked
-- 'uncertain' for an officer to look at, not sent again.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER REFERENCES arrangement(id),
  kind            TEXT NOT NULL,
  once_key        TEXT UNIQUE,     -- reminders: sent once
  recipient       TEXT NOT NULL,
  recipient_name  TEXT,
  subject         TEXT NOT NULL,
  body_text       TEXT NOT NULL,
  body_html       TEXT NOT NULL,
  ical            TEXT,            -- a text/calendar part
  ical_method     TEXT,            -- REQUEST or CANCEL
  status          TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued','sending','sent','failed',
                  'uncertain')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt    TEXT NOT NULL,
  last_error      TEXT,
  created         TEXT NOT NULL,
  sent            TEXT
);
CREATE INDEX outbox_due ON outbox(status, next_attempt);
