-- Alliance schema, migration 2: meetings, decisions, elections.

-- SA-14.1: the chair may exclude a member during its notice.
ALTER TABLE membership ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0;

CREATE TABLE meeting (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  day             TEXT NOT NULL,            -- YYYY-MM-DD
  starts          TEXT NOT NULL,            -- HH:MM, Europe/London
  ends            TEXT NOT NULL,
  place           TEXT,
  link            TEXT,
  status          TEXT NOT NULL DEFAULT 'scheduled'
                  CHECK (status IN ('scheduled','cancelled')),
  circulated      TEXT,                     -- date the agenda went out
  notes           TEXT,
  notes_published TEXT,                     -- date the notes went out
  notes_visibility TEXT,
  chair_person_id INTEGER REFERENCES person(id),
  chair_side      TEXT,                     -- MC-mou alternation
  sequence        INTEGER NOT NULL DEFAULT 0, -- iCalendar SEQUENCE
  created_by      TEXT NOT NULL
);

CREATE TABLE agenda_item (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
  pos             INTEGER NOT NULL,
  title           TEXT NOT NULL,
  mandatory       INTEGER NOT NULL DEFAULT 0,
  vcse_only       INTEGER NOT NULL DEFAULT 0, -- SA-3.1-assoc
  visibility      TEXT NOT NULL DEFAULT 'members', -- SA-11.1
  requested_by    TEXT                        -- SA-10.2
);

-- One row per organisation: it counts once however many people come.
CREATE TABLE attendance (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  kind            TEXT NOT NULL,            -- present, apologies, absent, deputy
  people          TEXT,
  deputy_agreed   INTEGER NOT NULL DEFAULT 0, -- SA-6.3, recorded
  UNIQUE (meeting_id, organisation_id)
);

-- The register of interests (SA-11.2).
CREATE TABLE interest (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
  item_id         INTEGER NOT NULL REFERENCES agenda_item(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  person          TEXT,
  nature          TEXT NOT NULL,
  declared        TEXT NOT NULL,
  recorded_by     TEXT NOT NULL
);

CREATE TABLE action (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  meeting_id      INTEGER REFERENCES meeting(id),
  body            TEXT NOT NULL,
  owner           TEXT,
  due             TEXT,
  done            TEXT
);

-- A decision: by consensus (SA-8.1), by a vote at a meeting (SA-8.3),
-- or urgently by electronic poll or email consensus (SA-8.4).
CREATE TABLE motion (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  meeting_id      INTEGER REFERENCES meeting(id),
  item_id         INTEGER REFERENCES agenda_item(id),
  body            TEXT NOT NULL,
  method          TEXT NOT NULL
                  CHECK (method IN ('consensus','vote','poll','email')),
  opens           TEXT,                     -- poll: ISO timestamps
  closes          TEXT,
  round           INTEGER NOT NULL DEFAULT 1,
  previous_id     INTEGER REFERENCES motion(id), -- SA-8.3 second vote
  status          TEXT NOT NULL DEFAULT 'open',  -- open, closed
  outcome         TEXT,                     -- carried, lost, tie, no votes, agreed
  votes_for       INTEGER, votes_against INTEGER, votes_abstain INTEGER,
  effect          TEXT,                     -- JSON: what a carried motion does
  proposed_by     TEXT NOT NULL,
  proposed_at     TEXT NOT NULL,
  decided_at      TEXT
);

-- One vote per organisation (SA-8.3).  Open votes: who and how.
CREATE TABLE motion_vote (
  motion_id       INTEGER NOT NULL REFERENCES motion(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  choice          TEXT NOT NULL CHECK (choice IN ('for','against','abstain')),
  cast_by         TEXT NOT NULL,
  cast_at         TEXT NOT NULL,
  PRIMARY KEY (motion_id, organisation_id)
);

-- Elections of chairs, vice-chairs and representatives (SA-7, SA-9,
-- SA-E).  A run-off is a new round that points at the one it follows.
CREATE TABLE election (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  office          TEXT NOT NULL,            -- chair, vice-chair, representative
  position_id     INTEGER REFERENCES position(id),
  seats           INTEGER NOT NULL DEFAULT 1,
  nominations_open  TEXT NOT NULL,
  nominations_close TEXT NOT NULL,
  short_reason    TEXT,                     -- SA-9.3 window under 21 days
  voting_opens    TEXT,
  voting_closes   TEXT,
  round           INTEGER NOT NULL DEFAULT 1,
  previous_id     INTEGER REFERENCES election(id),
  status          TEXT NOT NULL DEFAULT 'nominations',
                  -- nominations, voting, counted, tied, announced
  result          TEXT,                     -- JSON of the count
  verified_by     TEXT,
  announced_by    TEXT,
  created_by      TEXT NOT NULL
);

CREATE TABLE nomination (
  id              INTEGER PRIMARY KEY,
  election_id     INTEGER NOT NULL REFERENCES election(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  details         TEXT NOT NULL,
  why             TEXT NOT NULL,
  skills          TEXT NOT NULL,
  interests       TEXT NOT NULL,
  guidance        INTEGER NOT NULL,
  nominated_on    TEXT NOT NULL,
  UNIQUE (election_id, person_id)
);

-- Secret ballot: who voted is kept apart from what was voted.  The box
-- has no rowid, no time and no link to the voter: rows sort by their
-- random receipt, so insertion order tells nothing.
CREATE TABLE ballot_voter (
  election_id     INTEGER NOT NULL REFERENCES election(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  voted_on        TEXT NOT NULL,
  PRIMARY KEY (election_id, organisation_id)
);
CREATE TABLE ballot_box (
  receipt         TEXT PRIMARY KEY,
  election_id     INTEGER NOT NULL REFERENCES election(id),
  nomination_id   INTEGER NOT NULL REFERENCES nomination(id)
) WITHOUT ROWID;

CREATE INDEX meeting_group ON meeting(group_id, day);
CREATE INDEX agenda_meeting ON agenda_item(meeting_id, pos);
CREATE INDEX attendance_meeting ON attendance(meeting_id);
CREATE INDEX motion_group ON motion(group_id);
CREATE INDEX election_group ON election(group_id);

-- SA-D5.3: a statutory body's concern about a representative, reported
-- to the co-ordination group chair; it removes no one by itself.
CREATE TABLE concern (
  id              INTEGER PRIMARY KEY,
  position_id     INTEGER NOT NULL REFERENCES position(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  body            TEXT NOT NULL,
  raised          TEXT NOT NULL,
  recorded_by     TEXT NOT NULL
);

-- MC-diversity: which coverage aims an organisation meets.
CREATE TABLE org_coverage (
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  aim             TEXT NOT NULL,
  PRIMARY KEY (organisation_id, arrangement_id, aim)
);

-- A status change decided now to take effect later (SA-14.3: a
-- termination voted with a date); applied when the day comes.
CREATE TABLE scheduled_status (
  id              INTEGER PRIMARY KEY,
  membership_id   INTEGER NOT NULL REFERENCES membership(id),
  status          TEXT NOT NULL,
  effective       TEXT NOT NULL,
  reason          TEXT NOT NULL,
  decided_by      TEXT NOT NULL
);
