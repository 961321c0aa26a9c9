-- Alliance schema, migration 15: tamper-evident data and sealed ballots.
--
-- Each audit entry vouches for the rows its action wrote: ledger_row
-- keeps, for every entry, the digest of each governed row's after-image
-- (NULL: the action deleted it), and the entry's hash covers a digest
-- of that list (audit.vouched), so `audit verify` can compare the live
-- rows with the latest digest vouched for each.  Every entry's hash is
-- signed (audit.sig) with the installation's Ed25519 key, which is kept
-- outside the database.  Entries older than the ledger have NULL in both.
ALTER TABLE audit ADD COLUMN vouched TEXT;
ALTER TABLE audit ADD COLUMN sig TEXT;

CREATE TABLE ledger_row (
  seq             INTEGER NOT NULL,         -- the audit entry vouching
  tbl             TEXT NOT NULL,            -- a governed table
  row             TEXT NOT NULL,            -- its rowid, or its key
  digest          TEXT,                     -- BLAKE2b of the row; NULL: deleted
  -- the digest of what the row held before the action rewrote it, when
  -- that was not vouched for (it had been altered outside the program)
  prior           TEXT,
  PRIMARY KEY (seq, tbl, row)
) WITHOUT ROWID;
CREATE INDEX ledger_row_by_row ON ledger_row(tbl, row, seq);

-- Secret ballot: a ballot is sealed (libsodium sealed box) to the
-- election's counting key, derived from the installation's key kept
-- outside the database, so the order of these rows (their casting
-- order) shows nothing a reader of the file can open.  At the count
-- they are opened, shuffled, written to ballot_box with their receipts
-- and deleted (secure_delete zeroes them).
CREATE TABLE ballot_sealed (
  id              INTEGER PRIMARY KEY,
  election_id     INTEGER NOT NULL REFERENCES election(id),
  sealed          BLOB NOT NULL
);
CREATE INDEX ballot_sealed_election ON ballot_sealed(election_id);

-- Ballots already in the box were written in the order they were cast;
-- write them again in a random order (their old cells are zeroed).
CREATE TEMP TABLE ballot_shuffle AS
  SELECT receipt, election_id, nomination_id FROM ballot_box
  ORDER BY random();
DELETE FROM ballot_box WHERE 1;
INSERT INTO ballot_box (receipt, election_id, nomination_id)
  SELECT receipt, election_id, nomination_id FROM ballot_shuffle
  ORDER BY rowid;
DROP TABLE temp.ballot_shuffle;
