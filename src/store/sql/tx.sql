-- A change's transaction: begun, committed, and a request's read
-- snapshot begun, by statements prepared once like the others rather
-- than parsed again for every action (store.c).

-- name: STMT_TX_BEGIN (0): begins a change, taking the write lock at once
BEGIN IMMEDIATE;

-- name: STMT_TX_BEGIN_READ (0): begins a read snapshot
BEGIN;

-- name: STMT_TX_COMMIT (0): commits the change or ends the snapshot
COMMIT;
