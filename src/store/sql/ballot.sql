-- Sealed ballots (migration 16): written at the vote, read and deleted at
-- the count (store/ballot.c; core/ballot_box.c seals and opens them).

-- name: STMT_BALLOT_SEAL (2): keeps one sealed ballot of an election
INSERT INTO ballot_sealed (election_id, sealed) VALUES (?, ?);

-- name: STMT_BALLOT_SEALED (1): every sealed ballot of an election
SELECT sealed FROM ballot_sealed WHERE election_id = ?;

-- name: STMT_BALLOT_UNSEAL (1): deletes an election's sealed ballots
DELETE FROM ballot_sealed WHERE election_id = ?;
