-- Alliance schema, migration 17: what the agreements ask to be kept of
-- their own rules (issue 16): an agreement's term renewed (SC-term); a
-- meeting's report to the body it reports into (SC-report); a
-- representative stepping back for a conflict (SA-D2.8); induction and
-- training offered to representatives, and who came (SA-D3.6); and the
-- papers of a group or meeting with who may read them (SA-11.1); why an
-- elected seat was filled without an election (SA-9.1); and which forum
-- elects a position, as the co-ordination group decided (SA-9.2).
-- Safe to run again (IF NOT EXISTS), as migration 16.

-- SC-term: each renewal of the agreement's term, as decided.
CREATE TABLE IF NOT EXISTS term_renewal (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  renewed_on      TEXT NOT NULL,
  until           TEXT,                     -- NULL: with no end date
  decided_by      TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- SC-report: a meeting's report into the body it reports to.
CREATE TABLE IF NOT EXISTS meeting_report (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
  to_body         TEXT NOT NULL,
  reported_on     TEXT NOT NULL,
  summary         TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- SA-D2.8: a representative declares a conflict and steps back from
-- the position, for a time or for good.
CREATE TABLE IF NOT EXISTS appointment_stepback (
  id              INTEGER PRIMARY KEY,
  appointment_id  INTEGER NOT NULL REFERENCES appointment(id),
  conflict        TEXT NOT NULL,
  from_day        TEXT NOT NULL,
  until_day       TEXT,                     -- NULL: until it is lifted
  permanent       INTEGER NOT NULL DEFAULT 0,
  lifted          TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- SA-D3.6: induction, training and networking for representatives.
CREATE TABLE IF NOT EXISTS training (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  title           TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('induction','training',
                  'networking')),
  day             TEXT NOT NULL,
  recorded_by     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS training_invite (
  id              INTEGER PRIMARY KEY,
  training_id     INTEGER NOT NULL REFERENCES training(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  attended        INTEGER,                  -- NULL: not yet recorded
  UNIQUE (training_id, person_id)
);

-- SA-11.1: papers (agenda papers, reports, briefings) of a group or a
-- meeting, each members-only unless marked for sharing.
CREATE TABLE IF NOT EXISTS paper (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  group_id        INTEGER REFERENCES grp(id),
  meeting_id      INTEGER REFERENCES meeting(id),
  title           TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('agenda-paper','report',
                  'briefing','other')),
  visibility      TEXT NOT NULL CHECK (visibility IN ('members','public')),
  link            TEXT,
  body            TEXT,
  added_on        TEXT NOT NULL,
  recorded_by     TEXT NOT NULL
);

-- SA-9.1: why an elected seat was filled without an election.
CREATE TABLE IF NOT EXISTS appointment_reason (
  id              INTEGER PRIMARY KEY,
  appointment_id  INTEGER NOT NULL REFERENCES appointment(id),
  reason          TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- SA-9.2: where it is not obvious which forum elects, the co-ordination
-- group decides; its decision is kept on the position.
CREATE TABLE IF NOT EXISTS position_decision (
  id              INTEGER PRIMARY KEY,
  position_id     INTEGER NOT NULL REFERENCES position(id),
  electing_group_id INTEGER NOT NULL REFERENCES grp(id),
  decided_by_group_id INTEGER NOT NULL REFERENCES grp(id),
  decided_on      TEXT NOT NULL,
  note            TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- SA-5.4, SA-5.5: how a group came to be: each forum that formed it
-- (a joint forum, a local thematic or task group), or the joint
-- agreement of the local forums and the co-ordination group that
-- convened a system-level one (forum_id NULL).
CREATE TABLE IF NOT EXISTS group_origin (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  forum_id        INTEGER REFERENCES grp(id),
  agreed_on       TEXT NOT NULL,
  note            TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  UNIQUE (group_id, forum_id)
);

-- SA-D2.2, SA-D2.3: each invitation to send a representative, with the
-- Alliance's decision: accepted with the person, or declined with the
-- reason (representation deemed tokenistic is declined).
CREATE TABLE IF NOT EXISTS invitation (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  from_body       TEXT NOT NULL,
  board           TEXT NOT NULL,
  received_on     TEXT NOT NULL,
  decision        TEXT CHECK (decision IN ('accepted','declined')),
  person_id       INTEGER REFERENCES person(id),
  reason          TEXT,
  tokenistic      INTEGER NOT NULL DEFAULT 0,
  decided_on      TEXT,
  recorded_by     TEXT NOT NULL
);

-- SA-5.7: each request for consultation, engagement or action that
-- comes to the co-ordination group, and where it went: passed down to a
-- local forum, or kept with the reason.
CREATE TABLE IF NOT EXISTS request_route (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  from_body       TEXT NOT NULL,
  subject         TEXT NOT NULL,
  received_on     TEXT NOT NULL,
  group_id        INTEGER REFERENCES grp(id),
  kept_reason     TEXT,
  routed_on       TEXT,
  recorded_by     TEXT NOT NULL
);
