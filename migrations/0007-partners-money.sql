-- Alliance schema, migration 7: partners and money.  Who rates which
-- commitment (MS-4), named contacts (SC-champion, TP-5, MS-3.7.1),
-- implementation plans (SC-plan), milestones met (MS-5), evidence of
-- influence (TP-2b), agreed exceptions to representation (TP-2a), and
-- contracts and grants with the aspiration for spend (SC-contract,
-- MS-3.4.2, MS-3.6.3, TP-3a).

-- The side that rates a commitment in the self-assessment: the public
-- bodies (MS-3), the VCS signatories (MS-4) or every partner
-- (SC-annual); NULL for headings that are not rated.
ALTER TABLE commitment ADD COLUMN party TEXT
  CHECK (party IN ('public', 'vcse', 'all'));
UPDATE commitment SET party = 'public' WHERE kind = 'commitment';
-- Arrangements made from the templates before this migration: the
-- Framework's VCS commitments (MS-4) and the Compact's principles, which
-- every partner reviews (SC-annual).
UPDATE commitment SET party = 'vcse' WHERE kind = 'commitment'
  AND code GLOB '4.*' AND arrangement_id IN
  (SELECT id FROM arrangement WHERE template = 'medway-swale-framework');
UPDATE commitment SET party = 'all' WHERE kind = 'principle'
  AND arrangement_id IN
  (SELECT id FROM arrangement WHERE template = 'staffordshire-compact');

-- A partner's named contact: the Compact Champion (SC-champion), the
-- PACT's named officer (TP-5) or a single point of contact for a policy
-- area or procurement process (MS-3.7.1).
CREATE TABLE partner_contact (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  kind            TEXT NOT NULL
                  CHECK (kind IN ('champion', 'officer', 'single-point')),
  area            TEXT,
  name            TEXT NOT NULL,
  job_title       TEXT,
  email           TEXT,
  since           TEXT NOT NULL,
  ended           TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- An action of the implementation plan (SC-plan): a partner's, with an
-- owner and a due date, tracked to done.
CREATE TABLE plan_action (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  commitment_id   INTEGER REFERENCES commitment(id),
  action          TEXT NOT NULL,
  owner           TEXT NOT NULL,
  due             TEXT NOT NULL,
  progress        TEXT,
  done_on         TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- A dated milestone of the constitution (MS-5) recorded as met.
CREATE TABLE milestone_met (
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  due             TEXT NOT NULL,
  label           TEXT NOT NULL,
  met_on          TEXT NOT NULL,
  note            TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  PRIMARY KEY (arrangement_id, due, label)
);

-- Evidence of the sector's influence on a decision or policy, gathered
-- through the year for the annual report (TP-2b).
CREATE TABLE influence (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  on_date         TEXT NOT NULL,
  body            TEXT NOT NULL,
  decision        TEXT NOT NULL,
  change          TEXT NOT NULL,
  commitment_id   INTEGER REFERENCES commitment(id),
  source          TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- TP-2a: the agreed justification for a partnership without sector
-- representation.
CREATE TABLE representation_exception (
  position_id     INTEGER PRIMARY KEY REFERENCES position(id),
  justification   TEXT NOT NULL,
  agreed_by       TEXT NOT NULL,
  agreed_on       TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- A contract, grant or small grant from a partner to a sector
-- organisation (SC-contract, MS-3.4.2, MS-3.6.3, TP-3a).  Amounts are
-- whole pence.
CREATE TABLE funding (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  kind            TEXT NOT NULL
                  CHECK (kind IN ('contract', 'grant', 'small-grant')),
  funder_id       INTEGER NOT NULL REFERENCES organisation(id),
  recipient_id    INTEGER NOT NULL REFERENCES organisation(id),
  title           TEXT NOT NULL,
  description     TEXT,
  amount_pence    INTEGER NOT NULL CHECK (amount_pence > 0),
  awarded         TEXT NOT NULL,
  starts          TEXT NOT NULL,
  ends            TEXT NOT NULL,
  reference       TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  CHECK (ends >= starts)
);

-- TP-3a: a partner's aspiration for its spend with the sector in a
-- year, and its plan to meet it.
CREATE TABLE spend_aim (
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  year            INTEGER NOT NULL,
  amount_pence    INTEGER NOT NULL CHECK (amount_pence >= 0),
  plan            TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  PRIMARY KEY (arrangement_id, organisation_id, year)
);

CREATE INDEX funding_arr ON funding(arrangement_id, awarded);
CREATE INDEX contact_arr ON partner_contact(arrangement_id, organisation_id);
CREATE INDEX plan_arr ON plan_action(arrangement_id, organisation_id);
