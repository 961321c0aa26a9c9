-- Alliance schema, migration 20: votes cost less to cast.
-- - A vote's choice is checked by three comparisons instead of a list:
--   SQLite builds a small table for a list of three or more values
--   each time it checks one, which was a twentieth of the work of
--   casting a ballot.  The same rule (a vote is for, against or an
--   abstention), the same rows and row numbers (the audit log's ledger
--   names votes by their row number).
-- - The index of votes by choice (migration 16) goes: every vote wrote
--   a page of it, synced with the vote, for a count made once a motion
--   closes; the count finds a motion's votes by the table's own key
--   (motion, organisation): a few milliseconds for 2,000 votes among
--   200,000.
-- A vote whose motion or organisation is gone (the file edited outside
-- the program) is copied as it is, for `alliance audit verify` to
-- report: the foreign keys are checked at the end, and the old table's
-- rows, dropped, take back what their copies counted.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE motion_vote_new (
  motion_id       INTEGER NOT NULL REFERENCES motion(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  choice          TEXT NOT NULL CHECK (choice = 'for' OR
                  choice = 'against' OR choice = 'abstain'),
  cast_by         TEXT NOT NULL,
  cast_at         TEXT NOT NULL,
  PRIMARY KEY (motion_id, organisation_id)
);
INSERT INTO motion_vote_new (rowid, motion_id, organisation_id, choice,
  cast_by, cast_at)
  SELECT rowid, motion_id, organisation_id, choice, cast_by, cast_at
  FROM motion_vote ORDER BY rowid;
DROP TABLE motion_vote;
ALTER TABLE motion_vote_new RENAME TO motion_vote;
