-- user_version 20
CREATE TABLE action (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  meeting_id      INTEGER REFERENCES meeting(id),
  body            TEXT NOT NULL,
  owner           TEXT,
  due             TEXT,
  done            TEXT
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
CREATE TABLE agreement (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  version         TEXT NOT NULL,
  title           TEXT NOT NULL,
  in_force_from   TEXT NOT NULL,
  in_force_to     TEXT,
  UNIQUE (arrangement_id, version)
);
CREATE TABLE api_token (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  hash            TEXT NOT NULL UNIQUE,
  created_by      TEXT NOT NULL,
  created         TEXT NOT NULL,
  revoked         TEXT
, scope TEXT NOT NULL DEFAULT 'members'
  CHECK (scope IN ('public', 'members', 'write')), expires TEXT, last_used TEXT);
CREATE TABLE app_user (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER NOT NULL UNIQUE REFERENCES person(id),
  officer         INTEGER NOT NULL DEFAULT 0,
  password        TEXT,              -- Argon2id, officers only
  created         TEXT NOT NULL,
  disabled        TEXT
, totp_secret TEXT, totp_confirmed TEXT, totp_step INTEGER);
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
CREATE TABLE appointment_reason (
  id              INTEGER PRIMARY KEY,
  appointment_id  INTEGER NOT NULL REFERENCES appointment(id),
  reason          TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);
CREATE TABLE appointment_stepback (
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
CREATE TABLE arrangement (
  id          INTEGER PRIMARY KEY,
  slug        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  template    TEXT NOT NULL,
  created     TEXT NOT NULL
);
CREATE TABLE assessment (
  id              INTEGER PRIMARY KEY,
  cycle_id        INTEGER NOT NULL REFERENCES assessment_cycle(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  submitted       TEXT,
  submitted_by    TEXT,
  UNIQUE (cycle_id, organisation_id)
);
CREATE TABLE assessment_cycle (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  year            INTEGER NOT NULL,
  due             TEXT NOT NULL,
  opened_by       TEXT NOT NULL,
  opened_at       TEXT NOT NULL,
  UNIQUE (arrangement_id, year)
);
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
CREATE TABLE attendance (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  kind            TEXT NOT NULL,            -- present, apologies, absent, deputy
  people          TEXT,
  deputy_agreed   INTEGER NOT NULL DEFAULT 0, -- SA-6.3, recorded
  UNIQUE (meeting_id, organisation_id)
);
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
, vouched TEXT, sig TEXT);
CREATE TABLE audit_redaction (
  seq             INTEGER PRIMARY KEY REFERENCES audit(seq),
  by_seq          INTEGER NOT NULL,
  reason          TEXT NOT NULL CHECK (reason IN ('erasure','retention'))
);
CREATE TABLE ballot_box (
  receipt         TEXT PRIMARY KEY,
  election_id     INTEGER NOT NULL REFERENCES election(id),
  nomination_id   INTEGER NOT NULL REFERENCES nomination(id)
) WITHOUT ROWID;
CREATE TABLE ballot_sealed (
  id              INTEGER PRIMARY KEY,
  election_id     INTEGER NOT NULL REFERENCES election(id),
  sealed          BLOB NOT NULL
);
CREATE TABLE ballot_voter (
  election_id     INTEGER NOT NULL REFERENCES election(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  voted_on        TEXT NOT NULL,
  PRIMARY KEY (election_id, organisation_id)
);
CREATE TABLE board_meeting (
  id              INTEGER PRIMARY KEY,
  position_id     INTEGER NOT NULL REFERENCES position(id),
  day             TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  UNIQUE (position_id, day)
);
CREATE TABLE commitment (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  code            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  heading         TEXT,
  body            TEXT NOT NULL, party TEXT
  CHECK (party IN ('public', 'vcse', 'all')),
  UNIQUE (arrangement_id, code)
);
CREATE TABLE concern (
  id              INTEGER PRIMARY KEY,
  position_id     INTEGER NOT NULL REFERENCES position(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  body            TEXT NOT NULL,
  raised          TEXT NOT NULL,
  recorded_by     TEXT NOT NULL
);
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
CREATE TABLE criterion_evidence (
  id              INTEGER PRIMARY KEY,
  membership_id   INTEGER NOT NULL REFERENCES membership(id),
  criterion       TEXT NOT NULL,
  evidence        TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_on     TEXT NOT NULL,
  UNIQUE (membership_id, criterion)
);
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
CREATE TABLE dispute_event (
  id              INTEGER PRIMARY KEY,
  case_id         INTEGER NOT NULL REFERENCES dispute_case(id),
  day             TEXT NOT NULL,
  step            TEXT NOT NULL,
  detail          TEXT NOT NULL,
  actor           TEXT NOT NULL,
  at              TEXT NOT NULL
);
CREATE TABLE dispute_panel (
  id              INTEGER PRIMARY KEY,
  case_id         INTEGER NOT NULL REFERENCES dispute_case(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  drawn_by        TEXT NOT NULL,
  drawn_at        TEXT NOT NULL,
  UNIQUE (case_id, person_id)
);
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
CREATE TABLE group_origin (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  forum_id        INTEGER REFERENCES grp(id),
  agreed_on       TEXT NOT NULL,
  note            TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  UNIQUE (group_id, forum_id)
);
CREATE TABLE group_place (
  group_id        INTEGER PRIMARY KEY REFERENCES grp(id),
  place_id        INTEGER NOT NULL REFERENCES place(id)
);
CREATE TABLE group_seat (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  seat            TEXT NOT NULL,
  since           TEXT NOT NULL,
  ended           TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
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
CREATE TABLE invitation (
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
CREATE TABLE ledger_adopt (
  tbl             TEXT PRIMARY KEY
);
CREATE TABLE ledger_row (
  seq             INTEGER NOT NULL,         -- the audit entry vouching
  tbl             TEXT NOT NULL,            -- a governed table
  row             TEXT NOT NULL,            -- its rowid, or its key
  digest          TEXT,                     -- BLAKE2b of the row; NULL: deleted
  -- the digest of what the row held before the action rewrote it, when
  -- that was not vouched for (it had been altered outside the program)
  prior           TEXT,
  PRIMARY KEY (seq, tbl, row)
) WITHOUT ROWID;
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
CREATE TABLE meeting_report (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
  to_body         TEXT NOT NULL,
  reported_on     TEXT NOT NULL,
  summary         TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);
CREATE TABLE membership (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES grp(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  kind            TEXT NOT NULL,
  status          TEXT NOT NULL,
  side            TEXT,
  since           TEXT NOT NULL,
  status_until    TEXT, excluded INTEGER NOT NULL DEFAULT 0,              -- end of a notice period
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
CREATE TABLE "motion_vote" (
  motion_id       INTEGER NOT NULL REFERENCES motion(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  choice          TEXT NOT NULL CHECK (choice = 'for' OR
                  choice = 'against' OR choice = 'abstain'),
  cast_by         TEXT NOT NULL,
  cast_at         TEXT NOT NULL,
  PRIMARY KEY (motion_id, organisation_id)
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
CREATE TABLE org_coverage (
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  aim             TEXT NOT NULL,
  PRIMARY KEY (organisation_id, arrangement_id, aim)
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
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER REFERENCES arrangement(id),
  kind            TEXT NOT NULL,
  once_key        TEXT UNIQUE,     -- reminders: sent once
  recipient       TEXT NOT NULL,
  recipient_name  TEXT,
  subject         TEXT NOT NULL,
  body_text       TEXT NOT NULL,
  body_html       TEXT NOT NULL,
  ical            TEXT,            -- a text/calendar part
  ical_method     TEXT,            -- REQUEST or CANCEL
  status          TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued','sending','sent','failed',
                  'uncertain')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt    TEXT NOT NULL,
  last_error      TEXT,
  created         TEXT NOT NULL,
  sent            TEXT
, digest INTEGER NOT NULL DEFAULT 0);
CREATE TABLE paper (
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
CREATE TABLE person (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  email           TEXT UNIQUE COLLATE NOCASE,
  phone           TEXT,
  organisation_id INTEGER REFERENCES organisation(id),
  job_title       TEXT
, digest INTEGER NOT NULL DEFAULT 0, restricted TEXT, erased TEXT);
CREATE TABLE person_role (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER NOT NULL REFERENCES person(id),
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  role            TEXT NOT NULL,
  area            TEXT,
  UNIQUE (person_id, arrangement_id, role, area)
);
CREATE TABLE place (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  slug            TEXT NOT NULL,
  name            TEXT NOT NULL,
  UNIQUE (arrangement_id, slug)
);
CREATE TABLE place_area (
  place_id        INTEGER NOT NULL REFERENCES place(id),
  area            TEXT NOT NULL,
  UNIQUE (place_id, area)
);
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
CREATE TABLE position_decision (
  id              INTEGER PRIMARY KEY,
  position_id     INTEGER NOT NULL REFERENCES position(id),
  electing_group_id INTEGER NOT NULL REFERENCES grp(id),
  decided_by_group_id INTEGER NOT NULL REFERENCES grp(id),
  decided_on      TEXT NOT NULL,
  note            TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);
CREATE TABLE position_place (
  position_id     INTEGER PRIMARY KEY REFERENCES position(id),
  place_id        INTEGER NOT NULL REFERENCES place(id)
);
CREATE TABLE rep_exchange (
  id              INTEGER PRIMARY KEY,
  board_meeting_id INTEGER NOT NULL REFERENCES board_meeting(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  direction       TEXT NOT NULL CHECK (direction IN ('views','feedback')),
  summary         TEXT NOT NULL,
  on_date         TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);
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
CREATE TABLE representation_exception (
  position_id     INTEGER PRIMARY KEY REFERENCES position(id),
  justification   TEXT NOT NULL,
  agreed_by       TEXT NOT NULL,
  agreed_on       TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);
CREATE TABLE request_route (
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
CREATE TABLE scheduled_status (
  id              INTEGER PRIMARY KEY,
  membership_id   INTEGER NOT NULL REFERENCES membership(id),
  status          TEXT NOT NULL,
  effective       TEXT NOT NULL,
  reason          TEXT NOT NULL,
  decided_by      TEXT NOT NULL
);
CREATE TABLE session (
  hash            TEXT PRIMARY KEY,
  user_id         INTEGER NOT NULL REFERENCES app_user(id),
  csrf            TEXT NOT NULL,
  created         TEXT NOT NULL,
  seen            TEXT NOT NULL      -- idle expiry counts from here
, officer INTEGER NOT NULL DEFAULT 0, enrol INTEGER NOT NULL DEFAULT 0, verified TEXT);
CREATE TABLE signin_failure (
  email           TEXT NOT NULL COLLATE NOCASE,
  at              TEXT NOT NULL
);
CREATE TABLE signin_link (
  hash            TEXT PRIMARY KEY,
  user_id         INTEGER NOT NULL REFERENCES app_user(id),
  expires         TEXT NOT NULL,     -- YYYY-MM-DDTHH:MM:SS
  used            TEXT
);
CREATE TABLE signin_request (
  email_hash      TEXT NOT NULL,     -- BLAKE2b of the address, lower case
  client          TEXT NOT NULL,     -- the client's IP address
  at              TEXT NOT NULL
);
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
CREATE TABLE system_matter (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
  subject         TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);
CREATE TABLE term_renewal (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  renewed_on      TEXT NOT NULL,
  until           TEXT,                     -- NULL: with no end date
  decided_by      TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL
);
CREATE TABLE training (
  id              INTEGER PRIMARY KEY,
  arrangement_id  INTEGER NOT NULL REFERENCES arrangement(id),
  title           TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('induction','training',
                  'networking')),
  day             TEXT NOT NULL,
  recorded_by     TEXT NOT NULL
);
CREATE TABLE training_invite (
  id              INTEGER PRIMARY KEY,
  training_id     INTEGER NOT NULL REFERENCES training(id),
  person_id       INTEGER NOT NULL REFERENCES person(id),
  attended        INTEGER,                  -- NULL: not yet recorded
  UNIQUE (training_id, person_id)
);
CREATE INDEX agenda_meeting ON agenda_item(meeting_id, pos);
CREATE INDEX appointment_position ON appointment(position_id);
CREATE INDEX attendance_meeting ON attendance(meeting_id);
CREATE INDEX ballot_box_count ON ballot_box(election_id, nomination_id);
CREATE INDEX ballot_sealed_election ON ballot_sealed(election_id);
CREATE INDEX contact_arr ON partner_contact(arrangement_id, organisation_id);
CREATE INDEX declaration_signer ON declaration(signer_name COLLATE NOCASE);
CREATE INDEX dispute_case_arr ON dispute_case(arrangement_id);
CREATE INDEX dispute_event_case ON dispute_event(case_id);
CREATE INDEX election_group ON election(group_id);
CREATE INDEX funding_arr ON funding(arrangement_id, awarded);
CREATE INDEX ledger_row_by_row ON ledger_row(tbl, row, seq);
CREATE INDEX meeting_group ON meeting(group_id, day);
CREATE INDEX membership_notice ON membership(status_until)
  WHERE status = 'under notice';
CREATE INDEX membership_org ON membership(organisation_id);
CREATE INDEX membership_status_m ON membership_status(membership_id);
CREATE INDEX motion_group ON motion(group_id);
CREATE INDEX office_group ON office(group_id);
CREATE INDEX organisation_short_name ON organisation(short_name COLLATE NOCASE);
CREATE INDEX outbox_digest ON outbox(digest, status, recipient);
CREATE INDEX outbox_due ON outbox(status, next_attempt);
CREATE INDEX person_email ON person(email);
CREATE INDEX person_email_nocase ON person(email COLLATE NOCASE);
CREATE INDEX person_name ON person(name COLLATE NOCASE);
CREATE INDEX person_org ON person(organisation_id);
CREATE INDEX plan_arr ON plan_action(arrangement_id, organisation_id);
CREATE INDEX scheduled_status_effective ON scheduled_status(effective);
CREATE INDEX session_seen ON session(seen);
CREATE INDEX signin_failure_email ON signin_failure(email, at);
CREATE INDEX signin_request_client ON signin_request(client, at);
CREATE INDEX signin_request_email ON signin_request(email_hash, at);
CREATE TRIGGER restricted_appointment BEFORE INSERT ON appointment
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_mail BEFORE INSERT ON outbox
WHEN EXISTS (SELECT 1 FROM person WHERE email = NEW.recipient
  AND restricted IS NOT NULL)
BEGIN SELECT RAISE(IGNORE); END;
CREATE TRIGGER restricted_nomination BEFORE INSERT ON nomination
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_office BEFORE INSERT ON office
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_panel BEFORE INSERT ON dispute_panel
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_role BEFORE INSERT ON person_role
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
CREATE TRIGGER restricted_user BEFORE INSERT ON app_user
WHEN (SELECT restricted FROM person WHERE id = NEW.person_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'this person is restricted (processing of their data is stopped); lift it first with ''alliance person restrict PERSON --lift'''); END;
