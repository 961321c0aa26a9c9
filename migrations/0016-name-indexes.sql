-- Alliance schema, migration 16: indexes for every look-up by name, and
-- for counting.
--
-- An organisation, a person or a signer is found by name or short name
-- (case-insensitive, as `--organisation NAME` and a CSV import's
-- "organisation" column find them): without an index each look-up read
-- the whole table, and an import of N rows took N^2 steps.  A count
-- groups an election's ballots by candidate.  Settling ended notice
-- periods and dated changes, done as the program starts and as the day
-- changes, reads the few due rather than every membership.
CREATE INDEX IF NOT EXISTS organisation_short_name ON organisation(short_name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS person_name ON person(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS person_email ON person(email);
CREATE INDEX IF NOT EXISTS person_email_nocase ON person(email COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS declaration_signer ON declaration(signer_name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS ballot_box_count ON ballot_box(election_id, nomination_id);
CREATE INDEX IF NOT EXISTS motion_vote_count ON motion_vote(motion_id, choice);
CREATE INDEX IF NOT EXISTS session_seen ON session(seen);
CREATE INDEX IF NOT EXISTS membership_notice ON membership(status_until)
  WHERE status = 'under notice';
CREATE INDEX IF NOT EXISTS scheduled_status_effective ON scheduled_status(effective);
