-- Alliance schema, migration 9: annual reports.  The report itself is
-- drawn from live data whenever it is asked for (SC-annual, MS-2-eval,
-- MC-chair, TP-3); what is kept is the recipient's formal response to a
-- year's report, recorded once (MC-mou).
CREATE TABLE report_response (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  year            INTEGER NOT NULL,
  responder       TEXT NOT NULL,            -- the Board that responded
  body            TEXT NOT NULL,
  responded_on    TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  UNIQUE (arrangement_id, year)
);
