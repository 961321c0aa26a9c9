-- Alliance schema, migration 18: the agreements' own records of
-- migration 17 (training, invitations, step-backs, papers, requests,
-- decisions on positions...) join the tables whose rows each audit entry
-- vouches for (the ledger, src/store/ledger.c).  Rows written before
-- this migration were vouched for by no entry: the first audit entry
-- after it vouches for them as they are, once, for each table listed
-- here that the ledger holds nothing of yet; then the list is emptied.
CREATE TABLE IF NOT EXISTS ledger_adopt (
  tbl             TEXT PRIMARY KEY
);
INSERT OR IGNORE INTO ledger_adopt (tbl) VALUES ('term_renewal'),
  ('meeting_report'), ('appointment_stepback'), ('training'),
  ('training_invite'), ('paper'), ('appointment_reason'),
  ('position_decision'), ('group_origin'), ('invitation'),
  ('request_route');
