-- Alliance schema, migration 19 (issue 16): places, so that a forum's
-- remit is a place and not free text (SA-5.3); a board's meetings and
-- what its representatives brought to them and back (SA-D2.7,
-- MS-board-reps); a system-wide matter raised at a meeting, for the
-- local forums' timetables (SA-6.2-timetable); and the people seated on
-- a group by what they sit for (MC-wg).  Safe to run again (IF NOT
-- EXISTS), as migrations 16 and 17.

-- SA-5.3: a place is the areas (districts) it covers; one place lies
-- within another when all its areas are the other's.
CREATE TABLE IF NOT EXISTS place (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  slug            TEXT NOT NULL,
  name            TEXT NOT NULL,
  UNIQUE (arrangement_id, slug)
);
CREATE TABLE IF NOT EXISTS place_area (
  place_id        INTEGER NOT NULL REFERENCES place(id),
  area            TEXT NOT NULL,
  UNIQUE (place_id, area)
);
-- A group's remit, and the place a position serves.
CREATE TABLE IF NOT EXISTS group_place (
  group_id        INTEGER PRIMARY KEY REFERENCES grp(id),
  place_id        INTEGER NOT NULL REFERENCES place(id)
);
CREATE TABLE IF NOT EXISTS position_place (
  position_id     INTEGER PRIMARY KEY REFERENCES position(id),
  place_id        INTEGER NOT NULL REFERENCES place(id)
);

-- SA-D2.7, MS-board-reps: a meeting of the board a position sits on,
-- and each representative's views sought before it and feedback after.
CREATE TABLE IF NOT EXISTS board_meeting (
  id              INTEGER PRIMARY KEY,
  position_id     INTEGER NOT NULL REFERENCES position(id),
  day             TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  UNIQUE (position_id, day)
);
CREATE TABLE IF NOT EXISTS rep_exchange (
  id              INTEGER PRIMARY KEY,
  board_meeting_id INTEGER NOT NULL REFERENCES board_meeting(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  direction       TEXT NOT NULL CHECK (direction IN ('views','feedback')),
  summary         TEXT NOT NULL,
  on_date         TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- SA-6.2-timetable: a system-wide matter discussed at a meeting.
CREATE TABLE IF NOT EXISTS system_matter (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
  subject         TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- MC-wg: who sits on a group and for what ("member" of the parent
-- group, or a named seat such as "Macc Chief Executive").
CREATE TABLE IF NOT EXISTS group_seat (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  seat            TEXT NOT NULL,
  since           TEXT NOT NULL,
  ended           TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);

-- These tables join the ledger's governed list (src/store/ledger.c), as
-- migration 18 had migration 17's join it: the first audit entry after
-- this migration vouches for any rows they already hold, once.
INSERT OR IGNORE INTO ledger_adopt (tbl) VALUES ('place'), ('place_area'),
  ('group_place'), ('position_place'), ('board_meeting'), ('rep_exchange'),
  ('system_matter'), ('group_seat');
