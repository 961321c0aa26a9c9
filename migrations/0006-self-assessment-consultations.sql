-- Alliance schema, migration 6: the annual self-assessment of the
-- commitments by signatory public bodies (MS-2-eval, MS-5, SC-annual,
-- TP-3) and consultations by public bodies (SC-consult).
CREATE TABLE assessment_cycle (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  year            INTEGER NOT NULL,
  due             TEXT NOT NULL,
  opened_by       TEXT NOT NULL,
  opened_at       TEXT NOT NULL,
  UNIQUE (arrangement_id, year)
);

-- One per signatory public body and year.
CREATE TABLE assessment (
  id              INTEGER PRIMARY KEY,
  cycle_id        INTEGER NOT NULL REFERENCES assessment_cycle(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  submitted       TEXT,
  submitted_by    TEXT,
  UNIQUE (cycle_id, organisation_id)
);

-- A rating of one commitment, with evidence; the sector's own view is
-- kept beside it.
CREATE TABLE assessment_rating (
  assessment_id   INTEGER NOT NULL REFERENCES assessment(id),
  commitment_id   INTEGER NOT NULL REFERENCES commitment(id),
  rating          TEXT,
  evidence        TEXT,
  links           TEXT,
  sector_view     TEXT,
  rated_by        TEXT,
  rated_at        TEXT,
  PRIMARY KEY (assessment_id, commitment_id)
);

CREATE TABLE consultation (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  title           TEXT NOT NULL,
  opens           TEXT NOT NULL,
  closes          TEXT NOT NULL,
  significant     INTEGER NOT NULL,
  short_reason    TEXT,
  feedback        TEXT,
  feedback_on     TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);
