-- Alliance schema, migration 14: each arrangement is judged by its own
-- agreement.  The built-in templates of the Compact, the Framework, the
-- Leaders Group and the PACT carried numbers their founding documents
-- never state (the Compact's 7-day agenda notice, 21-day notes and yearly
-- self-assessment; the Framework's and the PACT's 12-week consultation;
-- the Leaders Group's 3-year chair term; the PACT's 3-year funding aim).
-- A constitution made from one of those templates, with those passages
-- as the template wrote them, has each passage replaced by the corrected
-- one, so the setting reads "none" and its rule is silent
-- (doc/own-rules.md).  A passage an officer has changed is left alone.

-- staffordshire-compact
UPDATE constitution_version SET body = replace(replace(replace(body,
  '# is a sensible default that the partners may change.  Settings the Compact
# does not use are set to their "none" value so no default applies unseen.
',
  '# is how the program works until the partners choose otherwise (a quorum,
# who votes), and nothing is flagged because of it.  A number the Compact
# never states is "none": its rule is silent (doc/own-rules.md).
'),
  '# --- Agendas and notes (default) ---
agenda.notice_days = 7
notes.due_days = 21
',
  '# --- Agendas and notes: the Compact states no notice for an agenda and
# no deadline for notes, so no Compact agenda or note is ever "late" ---
agenda.notice_days = none
notes.due_days = none
'),
  '# commitments; each partner reviews its delivery yearly (default); an
# annual report is produced on the state of the relationship ---
commitments.self_assessment = yearly
',
  '# commitments; the plan tracks each partner''s delivery (SC-plan) and an
# annual report is produced on the state of the relationship.  The
# Compact asks no yearly self-assessment of each partner ---
commitments.self_assessment = none
')
WHERE body LIKE '%arrangement.kind = compact%';

-- medway-swale-framework
UPDATE constitution_version SET body = replace(replace(replace(body,
  '# Rule ids (MS-...) are those of RULES.md.  A value marked "(default)" is
# not written in the framework: it is a sensible default that may be
# changed.  Settings the framework does not use are set to their "none"
# value so no default applies unseen.
',
  '# Rule ids (MS-...) are those of RULES.md.  A number the framework never
# states is "none": its rule is silent (doc/own-rules.md).  Settings the
# framework does not use are set to their "none" value so no default
# applies unseen.
'),
  '# agenda.notice_days, agenda.mandatory, notes.due_days, notes.visibility,
# vote.*, election.*: not used by the framework (program defaults).
',
  '# The framework states no agenda notice and no deadline for notes.
agenda.notice_days = none
notes.due_days = none
# agenda.mandatory, notes.visibility, vote.*, election.*: not used by the
# framework (program defaults, which flag nothing).
'),
  '# --- Consultation: 12 weeks (default; the framework asks commissioners to
# consult the VCSE at all stages, 3.3.2, 3.3.5, 3.3.7) ---
consultation.min_weeks = 12
',
  '# --- Consultation: the framework asks commissioners to consult the VCSE
# at all stages (3.3.2, 3.3.5, 3.3.7) but sets no length: the Compact''s
# twelve weeks (SC-consult) are not the framework''s ---
consultation.min_weeks = none
')
WHERE body LIKE '%arrangement.kind = framework%';

-- manchester-leaders
UPDATE constitution_version SET body = replace(replace(replace(replace(body,
  '# a sensible default that the group may change.
',
  '# how the program works until the group chooses otherwise, and nothing is
# flagged because of it.  A number the terms never state is "none": its
# rule is silent (doc/own-rules.md).
'),
  '# Chair''s term (default).
chair.term_years = 3
',
  '# The terms of reference set no term for the chair.
chair.term_years = none
'),
  '# the Manchester Community Central website (MC-meet); notice and deadline
# (default) ---
agenda.notice_days = 7
notes.due_days = 21
',
  '# the Manchester Community Central website (MC-meet); the terms set no
# agenda notice and no deadline for the notes ---
agenda.notice_days = none
notes.due_days = none
'),
  '# --- Representation on boards, steering groups and committees: a
# nomination window of 21 days (default) ---
nomination.window_days = 21
',
  '# --- Representation on boards, steering groups and committees: the terms
# set no nomination window ---
nomination.window_days = none
')
WHERE body LIKE '%arrangement.kind = leaders-group%';

-- tameside-pact
UPDATE constitution_version SET body = replace(replace(replace(replace(body,
  '# not written in the PACT: it is a sensible default that may be changed.
',
  '# not written in the PACT: it is how the program works until the partners
# choose otherwise, and nothing is flagged because of it.  A number the
# PACT never states is "none": its rule is silent (doc/own-rules.md).
'),
  'agenda.notice_days = 7
notes.due_days = 21
',
  '# The PACT states no agenda notice and no deadline for notes.
agenda.notice_days = none
notes.due_days = none
'),
  '# --- 1a: engagement at the earliest possible point; 12 weeks (default) ---
consultation.min_weeks = 12
',
  '# --- 1a: engagement at the earliest possible point; the PACT sets no
# length (the Compact''s twelve weeks are not the PACT''s) ---
consultation.min_weeks = none
'),
  '# --- 3b: strategic, long term investment; at least 3 years (default) ---
funding.min_years = 3
',
  '# --- 3b: strategic, long term investment; the PACT sets no length, so
# no contract or grant is "short" ---
funding.min_years = none
')
WHERE body LIKE '%arrangement.kind = pact%';

-- A meeting given no end was stored with its start as its end; no end is
-- now stored as '' and shown as none (an end is always after the start).
UPDATE meeting SET ends = '' WHERE ends = starts;
