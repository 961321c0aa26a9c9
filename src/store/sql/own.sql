-- Each agreement's own records (migration 17, issue 16): chairs over
-- time (SA-7.2), the agreement's term renewed (SC-term), meetings'
-- reports (SC-report), stepping back for a conflict (SA-D2.8),
-- induction and training (SA-D3.6), and papers (SA-11.1).

-- name: STMT_OFFICE_HISTORY (1): every chair and vice-chair a group has had
SELECT office, interim, term_start, term_end, ended
FROM office
WHERE group_id = ?
ORDER BY term_start, id;

-- name: STMT_TERM_RENEW_INSERT (6): records a renewal of the agreement's term
INSERT INTO term_renewal (arrangement_id, renewed_on, until, decided_by,
  recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?);

-- name: STMT_TERM_RENEW_LIST (1): the renewals of an arrangement's term
SELECT id, renewed_on, until, decided_by, recorded_by, recorded_at
FROM term_renewal
WHERE arrangement_id = ?
ORDER BY renewed_on, id;

-- name: STMT_MREPORT_INSERT (6): records a meeting's report
INSERT INTO meeting_report (meeting_id, to_body, reported_on, summary,
  recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?);

-- name: STMT_MREPORT_LIST (1): the reports of an arrangement's meetings
SELECT r.id, r.meeting_id, m.day, g.slug AS grp, r.to_body, r.reported_on,
  r.summary
FROM meeting_report r
JOIN meeting m ON m.id = r.meeting_id
JOIN grp g ON g.id = m.group_id
WHERE g.arrangement_id = ?
ORDER BY m.day, r.id;

-- name: STMT_APPT_HELD (2): a person's current appointment to a position
SELECT a.id, a.role, a.term_start, a.term_end, p.name AS person, ps.name AS
  position
FROM appointment a
JOIN person p ON p.id = a.person_id
JOIN position ps ON ps.id = a.position_id
WHERE a.position_id = ? AND a.person_id = ? AND a.ended IS NULL
ORDER BY a.id DESC
LIMIT 1;

-- name: STMT_STEPBACK_INSERT (7): records a representative stepping back
INSERT INTO appointment_stepback (appointment_id, conflict, from_day,
  until_day, permanent, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: STMT_STEPBACK_LIFT (2): the representative steps back in
UPDATE appointment_stepback
SET lifted = ?
WHERE appointment_id = ? AND permanent = 0 AND lifted IS NULL;

-- name: STMT_STEPBACK_LIST (1): every stepping back in an arrangement
SELECT s.id, s.appointment_id, s.conflict, s.from_day, s.until_day,
  s.permanent, s.lifted, p.name AS person, ps.slug AS position, ps.name AS
  position_name, a.role
FROM appointment_stepback s
JOIN appointment a ON a.id = s.appointment_id
JOIN person p ON p.id = a.person_id
JOIN position ps ON ps.id = a.position_id
WHERE ps.arrangement_id = ?
ORDER BY s.from_day, s.id;

-- name: STMT_TRAIN_INSERT (5): records an induction or training session
INSERT INTO training (arrangement_id, title, kind, day, recorded_by)
VALUES (?, ?, ?, ?, ?);

-- name: STMT_TRAIN_GET (2): a session of the arrangement
SELECT id, title, kind, day
FROM training
WHERE id = ? AND arrangement_id = ?;

-- name: STMT_TRAIN_LIST (1): each session with who was invited and came
SELECT t.id, t.title, t.kind, t.day,
  (SELECT count(*) FROM training_invite i WHERE i.training_id = t.id)
    AS invited,
  (SELECT count(*) FROM training_invite i WHERE i.training_id = t.id
    AND i.attended = 1) AS attended,
  (SELECT group_concat(p.name || CASE i.attended WHEN 1 THEN ' (came)'
    WHEN 0 THEN ' (did not come)' ELSE '' END, '; ')
    FROM training_invite i JOIN person p ON p.id = i.person_id
    WHERE i.training_id = t.id) AS people
FROM training t
WHERE t.arrangement_id = ?
ORDER BY t.day, t.id;

-- name: STMT_TRAIN_INVITE (2): invites a person to a session, once
INSERT INTO training_invite (training_id, person_id)
VALUES (?, ?)
ON CONFLICT (training_id, person_id) DO NOTHING;

-- name: STMT_TRAIN_ATTEND (3): whether an invited person came
UPDATE training_invite
SET attended = ?
WHERE training_id = ? AND person_id = ?;

-- name: STMT_TRAIN_RECORD (2): each current representative's invitations
-- to sessions held by a day, oldest first (SA-D3.6)
SELECT i.person_id, p.name AS person, t.day, t.title,
  COALESCE(i.attended, 0) AS attended
FROM training_invite i
JOIN training t ON t.id = i.training_id
JOIN person p ON p.id = i.person_id
WHERE t.arrangement_id = ?1 AND t.day <= ?2
  AND EXISTS (SELECT 1 FROM appointment a JOIN position ps
    ON ps.id = a.position_id WHERE a.person_id = i.person_id
    AND ps.arrangement_id = ?1 AND a.ended IS NULL)
ORDER BY i.person_id, t.day, t.id;

-- name: STMT_PAPER_INSERT (10): records a paper of a group or meeting
INSERT INTO paper (arrangement_id, group_id, meeting_id, title, kind,
  visibility, link, body, added_on, recorded_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: STMT_PAPER_LIST (3): papers of an arrangement; ?2 a meeting or
-- NULL for all; ?3 1 for public papers only
SELECT pa.id, pa.title, pa.kind, pa.visibility, pa.link, pa.body,
  pa.added_on, pa.meeting_id, m.day AS meeting_day, g.slug AS grp,
  g.name AS grp_name
FROM paper pa
LEFT JOIN meeting m ON m.id = pa.meeting_id
LEFT JOIN grp g ON g.id = COALESCE(pa.group_id, m.group_id)
WHERE pa.arrangement_id = ?1 AND (?2 IS NULL OR pa.meeting_id = ?2)
  AND (?3 = 0 OR pa.visibility = 'public')
ORDER BY pa.added_on, pa.id;

-- name: STMT_APPT_REASON_INSERT (4): why an elected seat was filled
-- without an election (SA-9.1)
INSERT INTO appointment_reason (appointment_id, reason, recorded_by,
  recorded_at)
VALUES (?, ?, ?, ?);

-- name: STMT_APPT_HOW_FILLED (1): each current representative of a
-- position: whether it is elected, interim, chosen by an announced
-- election of the position, or given a recorded reason (SA-9.1)
SELECT a.id, p.name AS person, ps.name AS position, ps.slug,
  ps.method = 'elected' AS elected, a.interim,
  EXISTS (SELECT 1 FROM election e WHERE e.position_id = ps.id
    AND e.status = 'announced'
    AND instr(e.result, '"' || p.name || '"') > 0) AS by_election,
  EXISTS (SELECT 1 FROM appointment_reason r
    WHERE r.appointment_id = a.id) AS reason
FROM appointment a
JOIN person p ON p.id = a.person_id
JOIN position ps ON ps.id = a.position_id
WHERE ps.arrangement_id = ? AND a.ended IS NULL
  AND a.role = 'representative'
ORDER BY ps.id, a.id;

-- name: STMT_POS_DECISION_INSERT (7): the co-ordination group's decision
-- of which forum elects a position (SA-9.2)
INSERT INTO position_decision (position_id, electing_group_id,
  decided_by_group_id, decided_on, note, recorded_by, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: STMT_POS_SET_ELECTING (2): the forum that elects a position
UPDATE position
SET electing_group_id = ?
WHERE id = ?;

-- name: STMT_POS_DECISIONS (1): the decisions of which forum elects
SELECT d.id, ps.slug AS position, ps.name AS position_name, g.name AS
  electing_group, b.name AS decided_by, d.decided_on, d.note
FROM position_decision d
JOIN position ps ON ps.id = d.position_id
JOIN grp g ON g.id = d.electing_group_id
JOIN grp b ON b.id = d.decided_by_group_id
WHERE ps.arrangement_id = ?
ORDER BY d.decided_on, d.id;

-- name: STMT_POS_HOW_ELECTED (1): each position, whether elected and
-- whether a forum is named to elect it (SA-9.2)
SELECT id, slug, name, section, method = 'elected' AS elected,
  electing_group_id IS NOT NULL AS has_group
FROM position
WHERE arrangement_id = ?
ORDER BY id;

-- name: STMT_GROUP_OF_KIND (2): the arrangement's group of a kind
SELECT id, slug, name
FROM grp
WHERE arrangement_id = ? AND kind = ?
ORDER BY id
LIMIT 1;

-- name: STMT_ORIGIN_INSERT (6): a forum that formed a group, or (forum
-- NULL) the joint agreement that convened it (SA-5.4, SA-5.5)
INSERT INTO group_origin (group_id, forum_id, agreed_on, note, recorded_by,
  recorded_at)
VALUES (?, ?, ?, ?, ?, ?);

-- name: STMT_ORIGIN_LIST (1): each group's origin: the forums that
-- formed it (its parent among them) and whether a joint agreement
-- convened it
SELECT g.id, g.slug, g.name, g.kind, g.parent_id IS NOT NULL AS has_parent,
  (SELECT count(DISTINCT f) FROM (SELECT g.parent_id AS f WHERE
    g.parent_id IS NOT NULL UNION SELECT o.forum_id FROM group_origin o
    WHERE o.group_id = g.id AND o.forum_id IS NOT NULL)) AS forums,
  (SELECT group_concat(fg.name, '; ') FROM grp fg WHERE fg.id = g.parent_id
    OR fg.id IN (SELECT o.forum_id FROM group_origin o
    WHERE o.group_id = g.id)) AS formed_by,
  EXISTS (SELECT 1 FROM group_origin o WHERE o.group_id = g.id
    AND o.forum_id IS NULL) AS convened,
  (SELECT o.agreed_on FROM group_origin o WHERE o.group_id = g.id
    AND o.forum_id IS NULL ORDER BY o.id DESC LIMIT 1) AS convened_on
FROM grp g
WHERE g.arrangement_id = ?
ORDER BY g.id;

-- name: STMT_INVITE_INSERT (5): an invitation to send a representative
INSERT INTO invitation (arrangement_id, from_body, board, received_on,
  recorded_by)
VALUES (?, ?, ?, ?, ?);

-- name: STMT_INVITE_DECIDE (7): the Alliance's decision on it, once
UPDATE invitation
SET decision = ?, person_id = ?, reason = ?, tokenistic = ?, decided_on = ?
WHERE id = ? AND arrangement_id = ? AND decision IS NULL;

-- name: STMT_INVITE_LIST (1): the invitations and their decisions
SELECT i.id, i.from_body, i.board, i.received_on, i.decision, p.name AS
  person, i.reason, i.tokenistic, i.decided_on
FROM invitation i
LEFT JOIN person p ON p.id = i.person_id
WHERE i.arrangement_id = ?
ORDER BY i.received_on, i.id;

-- name: STMT_REQUEST_INSERT (5): a request to the co-ordination group
INSERT INTO request_route (arrangement_id, from_body, subject, received_on,
  recorded_by)
VALUES (?, ?, ?, ?, ?);

-- name: STMT_REQUEST_ROUTE (5): where it went, once
UPDATE request_route
SET group_id = ?, kept_reason = ?, routed_on = ?
WHERE id = ? AND arrangement_id = ? AND routed_on IS NULL;

-- name: STMT_REQUEST_LIST (1): the requests and where each went
SELECT r.id, r.from_body, r.subject, r.received_on, g.name AS passed_to,
  r.kept_reason, r.routed_on
FROM request_route r
LEFT JOIN grp g ON g.id = r.group_id
WHERE r.arrangement_id = ?
ORDER BY r.received_on, r.id;
