-- Alliance schema, migration 1.  Applied inside one exclusive
-- transaction by store_open(); later migrations are the files after it
-- in migrations/, never an edit of this text.

CREATE TABLE arrangement (
  id          INTEGER PRIMARY KEY,
  slug        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  template    TEXT NOT NULL,
  created     TEXT NOT NULL
);

-- Every version of the constitution is kept with its dates, so that a
-- past decision is judged by the rules then in force.
CREATE TABLE constitution_version (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  version         INTEGER NOT NULL,
  effective_from  TEXT NOT NULL,
  effective_to    TEXT,              -- NULL while in force
  body            TEXT NOT NULL,
  applied_by      TEXT NOT NULL,
  applied_at      TEXT NOT NULL,
  UNIQUE (arrangement_id, version)
);

CREATE TABLE agreement (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  version         TEXT NOT NULL,
  title           TEXT NOT NULL,
  in_force_from   TEXT NOT NULL,
  in_force_to     TEXT,
  UNIQUE (arrangement_id, version)
);

CREATE TABLE organisation (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
  short_name      TEXT,
  sector          TEXT NOT NULL CHECK (sector IN ('vcse','public','private')),
  legal_form      TEXT,
  identifier      TEXT UNIQUE,
  geography       TEXT,
  email           TEXT,
  infrastructure  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE person (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  email           TEXT UNIQUE COLLATE NOCASE,
  phone           TEXT,
  organisation_id INTEGER REFERENCES organisation(id),
  job_title       TEXT
);

-- A person's roles in an arrangement: named contact, deputy contact,
-- officer, champion, single point of contact, representative...
CREATE TABLE person_role (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER NOT NULL REFERENCES person(id),
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  role            TEXT NOT NULL,
  area            TEXT,
  UNIQUE (person_id, arrangement_id, role, area)
);

CREATE TABLE grp (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  slug            TEXT NOT NULL,
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  description     TEXT,
  geography       TEXT,
  parent_id       INTEGER REFERENCES grp(id),
  support_org_id  INTEGER REFERENCES organisation(id),
  support_officer TEXT,
  recognised      TEXT,
  UNIQUE (arrangement_id, slug)
);

CREATE TABLE membership (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  kind            TEXT NOT NULL,
  status          TEXT NOT NULL,
  side            TEXT,
  since           TEXT NOT NULL,
  status_until    TEXT,              -- end of a notice period
  UNIQUE (group_id, organisation_id)
);

CREATE TABLE membership_status (
  id              INTEGER PRIMARY KEY,
  membership_id   INTEGER NOT NULL REFERENCES membership(id),
  status          TEXT NOT NULL,
  effective       TEXT NOT NULL,
  until           TEXT,
  reason          TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- The electronic declaration (SA-3.2, SA-15.1, SC-partners).
CREATE TABLE declaration (
  id              INTEGER PRIMARY KEY,
  agreement_id    INTEGER NOT NULL REFERENCES agreement(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  signer_name     TEXT NOT NULL,
  signer_role     TEXT,
  signed_on       TEXT NOT NULL,
  authority       INTEGER NOT NULL DEFAULT 0,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  UNIQUE (agreement_id, organisation_id)
);

-- MC-criteria: each criterion with its evidence, per membership.
CREATE TABLE criterion_evidence (
  id              INTEGER PRIMARY KEY,
  membership_id   INTEGER NOT NULL REFERENCES membership(id),
  criterion       TEXT NOT NULL,
  evidence        TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_on     TEXT NOT NULL,
  UNIQUE (membership_id, criterion)
);

CREATE TABLE office (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  office          TEXT NOT NULL CHECK (office IN ('chair','vice-chair')),
  interim         INTEGER NOT NULL DEFAULT 0,
  term_start      TEXT NOT NULL,
  term_end        TEXT,
  ended           TEXT
);

CREATE TABLE position (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  slug            TEXT NOT NULL,
  section         TEXT NOT NULL,
  name            TEXT NOT NULL,
  method          TEXT NOT NULL CHECK (method IN ('elected','appointed')),
  appointed_by    TEXT,
  electing_group_id INTEGER REFERENCES grp(id),
  seats           INTEGER NOT NULL DEFAULT 1,
  note            TEXT,
  UNIQUE (arrangement_id, slug)
);

CREATE TABLE appointment (
  id              INTEGER PRIMARY KEY,
  position_id     INTEGER NOT NULL REFERENCES position(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  role            TEXT NOT NULL CHECK (role IN ('representative','deputy')),
  interim         INTEGER NOT NULL DEFAULT 0,
  scope           TEXT,
  term_start      TEXT,
  term_end        TEXT,
  ended           TEXT
);

-- Principles and numbered commitments of an agreement (TP-5, MS-3).
CREATE TABLE commitment (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  code            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  heading         TEXT,
  body            TEXT NOT NULL,
  UNIQUE (arrangement_id, code)
);

-- Append-only, hash-chained (BLAKE2b): see core/audit.c.
CREATE TABLE audit (
  seq             INTEGER PRIMARY KEY,
  at              TEXT NOT NULL,
  actor           TEXT NOT NULL,
  action          TEXT NOT NULL,
  entity          TEXT NOT NULL,
  entity_id       INTEGER,
  detail          TEXT NOT NULL,
  prev_hash       TEXT NOT NULL,
  hash            TEXT NOT NULL
);

CREATE INDEX membership_org ON membership(organisation_id);
CREATE INDEX membership_status_m ON membership_status(membership_id);
CREATE INDEX office_group ON office(group_id);
CREATE INDEX appointment_position ON appointment(position_id);
CREATE INDEX person_org ON person(organisation_id);
