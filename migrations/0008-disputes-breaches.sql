-- Alliance schema, migration 8: disputes between partners and breaches
-- of the agreement (SC-resolve-1..3, SC-monitor, SA-12, SA-13.1).

-- One case: a dispute between two organisations, or a breach by one.
-- The four parts of the written statement are kept apart (SC-resolve-2).
CREATE TABLE dispute_case (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  kind            TEXT NOT NULL CHECK (kind IN ('dispute','breach')),
  org_a_id        INTEGER NOT NULL REFERENCES organisation(id),
  org_b_id        INTEGER REFERENCES organisation(id),
  subject         TEXT NOT NULL,
  first_contact   TEXT NOT NULL,
  stage           INTEGER NOT NULL DEFAULT 1,
  problem         TEXT,
  handled         TEXT,
  unresolved      TEXT,
  outcome_sought  TEXT,
  statement_on    TEXT,              -- logged complete (SC-resolve-2)
  due             TEXT,              -- NULL: no clock (SA-12)
  third_party     TEXT,              -- SA-12: agreed by both
  signposted      TEXT,              -- SC-resolve-3: where to
  resolved        TEXT,
  outcome         TEXT,              -- in writing (SA-13.1)
  resolved_by     TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  CHECK (org_b_id IS NULL OR org_b_id <> org_a_id),
  CHECK (kind = 'breach' OR org_b_id IS NOT NULL)
);

-- Every step of a case in writing, with who and when (SA-13.1).
CREATE TABLE dispute_event (
  id              INTEGER PRIMARY KEY,
  case_id         INTEGER NOT NULL REFERENCES dispute_case(id),
  day             TEXT NOT NULL,
  step            TEXT NOT NULL,
  detail          TEXT NOT NULL,
  actor           TEXT NOT NULL,
  at              TEXT NOT NULL
);

-- The panel drawn from the working group (SC-resolve-2).
CREATE TABLE dispute_panel (
  id              INTEGER PRIMARY KEY,
  case_id         INTEGER NOT NULL REFERENCES dispute_case(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  drawn_by        TEXT NOT NULL,
  drawn_at        TEXT NOT NULL,
  UNIQUE (case_id, person_id)
);

CREATE INDEX dispute_case_arr ON dispute_case(arrangement_id);
CREATE INDEX dispute_event_case ON dispute_event(case_id);
