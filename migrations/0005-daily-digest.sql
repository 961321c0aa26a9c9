-- Alliance schema, migration 5: a person's choice of a daily digest.
--
-- Messages that can wait (published notes, announced results) to a
-- person who chose the digest are held (outbox.digest = 1) and go out
-- once a day bundled in one message; everything with a deadline or a
-- legal weight (sign-in links, agendas with invitations, ballots,
-- letters, reminders) still goes at once.
ALTER TABLE person ADD COLUMN digest INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN digest INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_digest ON outbox(digest, status, recipient);
