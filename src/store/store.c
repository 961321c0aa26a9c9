/*
 * store: SQLite behind a fixed table of statements (after openradtool's
 * sqlbox).  Nothing outside this file sees SQL text or sqlite3 handles.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "embedded.h"
#include "rules/text.h"
#include "store.h"
#include "store_int.h"


/* Columns shared by the organisation lookups. */
#define ORG_COLS "id, name, short_name, sector, legal_form, identifier, " \
	"geography, email, infrastructure"
#define PERSON_COLS "p.id, p.name, p.email, p.phone, p.job_title, " \
	"p.organisation_id, o.name AS organisation, p.restricted"
#define MEMB_COLS "m.id, m.group_id, m.organisation_id, m.kind, m.status, " \
	"m.side, m.since, m.status_until, m.excluded, o.name AS organisation, " \
	"o.sector, o.identifier, g.slug AS grp, g.name AS group_name, " \
	"g.kind AS group_kind"
#define MEMB_FROM " FROM membership m JOIN organisation o " \
	"ON o.id = m.organisation_id JOIN grp g ON g.id = m.group_id "

static const char *const stmts[] = {
	/* STMT_ARR_INSERT */
	"INSERT INTO arrangement (slug, name, kind, template, created) "
	"VALUES (?, ?, ?, ?, ?)",
	/* STMT_ARR_BY_SLUG */
	"SELECT id, slug, name, kind, template, created FROM arrangement "
	"WHERE slug = ?",
	/* STMT_ARR_LIST */
	"SELECT id, slug, name, kind, template, created FROM arrangement "
	"ORDER BY id",
	/* STMT_DATA_VERSION: moves when another connection commits */
	"PRAGMA data_version",
	/* STMT_CONST_INSERT */
	"INSERT INTO constitution_version (arrangement_id, version, "
	"effective_from, body, applied_by, applied_at) "
	"VALUES (?, (SELECT COALESCE(MAX(version), 0) + 1 FROM "
	"constitution_version WHERE arrangement_id = ?1), ?, ?, ?, ?)",
	/* STMT_CONST_CLOSE */
	"UPDATE constitution_version SET effective_to = ? "
	"WHERE arrangement_id = ? AND effective_to IS NULL",
	/* STMT_CONST_CURRENT */
	"SELECT id, version, effective_from, effective_to, body, applied_by, "
	"applied_at FROM constitution_version WHERE arrangement_id = ? "
	"AND effective_to IS NULL",
	/* STMT_CONST_AT: the version in force on a date */
	"SELECT id, version, effective_from, effective_to, body, applied_by, "
	"applied_at FROM constitution_version WHERE arrangement_id = ? "
	"AND effective_from <= ?2 AND (effective_to IS NULL OR "
	"effective_to > ?2) ORDER BY version DESC LIMIT 1",
	/* STMT_CONST_LIST */
	"SELECT version, effective_from, effective_to, applied_by, applied_at "
	"FROM constitution_version WHERE arrangement_id = ? ORDER BY version",
	/* STMT_AGREEMENT_INSERT */
	"INSERT INTO agreement (arrangement_id, version, title, "
	"in_force_from) VALUES (?, ?, ?, ?)",
	/* STMT_AGREEMENT_CURRENT */
	"SELECT id, version, title, in_force_from FROM agreement "
	"WHERE arrangement_id = ? AND in_force_to IS NULL "
	"ORDER BY id DESC LIMIT 1",
	/* STMT_ORG_INSERT */
	"INSERT INTO organisation (name, short_name, sector, legal_form, "
	"identifier, geography, email, infrastructure) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_ORG_UPDATE */
	"UPDATE organisation SET name = ?, short_name = ?, sector = ?, "
	"legal_form = ?, identifier = ?, geography = ?, email = ?, "
	"infrastructure = ? WHERE id = ?",
	/* STMT_ORG_BY_ID */
	"SELECT " ORG_COLS " FROM organisation WHERE id = ?",
	/* STMT_ORG_BY_NAME */
	"SELECT " ORG_COLS " FROM organisation WHERE name = ? "
	"OR short_name = ?1 COLLATE NOCASE ORDER BY name = ?1 DESC LIMIT 2",
	/* STMT_ORG_BY_IDENTIFIER */
	"SELECT " ORG_COLS " FROM organisation WHERE identifier = ?",
	/* STMT_ORG_LIST */
	"SELECT " ORG_COLS " FROM organisation ORDER BY name",
	/* STMT_PERSON_INSERT */
	"INSERT INTO person (name, email, phone, organisation_id, job_title) "
	"VALUES (?, ?, ?, ?, ?)",
	/* STMT_PERSON_BY_ID */
	"SELECT " PERSON_COLS " FROM person p LEFT JOIN organisation o "
	"ON o.id = p.organisation_id WHERE p.id = ?",
	/* STMT_PERSON_BY_EMAIL */
	"SELECT " PERSON_COLS " FROM person p LEFT JOIN organisation o "
	"ON o.id = p.organisation_id WHERE p.email = ?",
	/* STMT_PERSON_BY_NAME: two rows mean the name is ambiguous */
	"SELECT " PERSON_COLS " FROM person p LEFT JOIN organisation o "
	"ON o.id = p.organisation_id WHERE p.name = ? COLLATE NOCASE LIMIT 2",
	/* STMT_PERSON_LIST */
	"SELECT " PERSON_COLS ", (SELECT group_concat(r.role || "
	"COALESCE(' (' || r.area || ')', ''), ', ') FROM person_role r "
	"WHERE r.person_id = p.id AND r.arrangement_id = ?) AS roles "
	"FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
	"ORDER BY p.name",
	/* STMT_ROLE_INSERT */
	"INSERT INTO person_role (person_id, arrangement_id, role, area) "
	"VALUES (?, ?, ?, ?)",
	/* STMT_ROLE_LIST */
	"SELECT role, area FROM person_role WHERE person_id = ? "
	"AND arrangement_id = ? ORDER BY role",
	/* STMT_GROUP_INSERT */
	"INSERT INTO grp (arrangement_id, slug, name, kind, description, "
	"geography, parent_id, support_org_id, support_officer, recognised) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_GROUP_BY_SLUG */
	"SELECT id, slug, name, kind, description, geography, parent_id, "
	"support_org_id, support_officer, recognised FROM grp "
	"WHERE arrangement_id = ? AND (slug = ?2 OR name = ?2 COLLATE NOCASE)",
	/* STMT_GROUP_BY_ID */
	"SELECT id, slug, name, kind, description, geography, parent_id, "
	"support_org_id, support_officer, recognised FROM grp WHERE id = ?",
	/* STMT_GROUP_LIST */
	"SELECT g.id, g.slug, g.name, g.kind, g.geography, "
	"(SELECT count(*) FROM membership m WHERE m.group_id = g.id AND "
	"m.status IN ('active', 'under notice')) AS members "
	"FROM grp g WHERE g.arrangement_id = ? ORDER BY g.id",
	/* STMT_MEMB_INSERT */
	"INSERT INTO membership (group_id, organisation_id, kind, status, "
	"side, since) VALUES (?, ?, ?, ?, ?, ?)",
	/* STMT_MEMB_GET */
	"SELECT " MEMB_COLS MEMB_FROM
	"WHERE m.group_id = ? AND m.organisation_id = ?",
	/* STMT_MEMB_BY_ID */
	"SELECT " MEMB_COLS MEMB_FROM "WHERE m.id = ?",
	/* STMT_MEMB_SET_STATUS: a new status clears an exclusion */
	"UPDATE membership SET status = ?, status_until = ?, excluded = 0 "
	"WHERE id = ?",
	/* STMT_MEMB_HISTORY_INSERT */
	"INSERT INTO membership_status (membership_id, status, effective, "
	"until, reason, recorded_by, recorded_at) "
	"VALUES (?, ?, ?, ?, ?, ?, ?)",
	/* STMT_MEMB_HISTORY */
	"SELECT status, effective, until, reason, recorded_by, recorded_at "
	"FROM membership_status WHERE membership_id = ? ORDER BY id",
	/* STMT_MEMB_LIST_GROUP */
	"SELECT " MEMB_COLS MEMB_FROM "WHERE m.group_id = ? ORDER BY o.name",
	/* STMT_MEMB_REGISTER: the central record of members (SA-3.2) */
	"SELECT " MEMB_COLS ", (SELECT d.signed_on FROM declaration d "
	"JOIN agreement a ON a.id = d.agreement_id WHERE "
	"d.organisation_id = m.organisation_id AND a.arrangement_id = "
	"g.arrangement_id AND a.in_force_to IS NULL) AS signed_on"
	MEMB_FROM "WHERE g.arrangement_id = ? ORDER BY o.name, g.id",
	/* STMT_MEMB_ACTIVE_FOR_PERSON: the person's organisation in a group */
	"SELECT " MEMB_COLS MEMB_FROM "JOIN person p ON p.organisation_id = "
	"m.organisation_id WHERE m.group_id = ? AND p.id = ?",
	/* STMT_MEMB_OF_ORG: an organisation's memberships in an arrangement */
	"SELECT " MEMB_COLS MEMB_FROM "WHERE g.arrangement_id = ? AND "
	"m.organisation_id = ? ORDER BY g.id",
	/* STMT_MEMB_NOTICE_DUE: notice periods ended by a date (SA-14.1);
	 * by the index of the few under notice, not every membership */
	"SELECT " MEMB_COLS " FROM membership m INDEXED BY membership_notice "
	"JOIN organisation o ON o.id = m.organisation_id JOIN grp g ON "
	"g.id = m.group_id WHERE g.arrangement_id = ? AND "
	"m.status = 'under notice' AND m.status_until <= ?",
	/* STMT_DECL_INSERT */
	"INSERT INTO declaration (agreement_id, organisation_id, signer_name, "
	"signer_role, signed_on, authority, recorded_by, recorded_at) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_DECL_GET */
	"SELECT id, signer_name, signer_role, signed_on, authority "
	"FROM declaration WHERE agreement_id = ? AND organisation_id = ?",
	/* STMT_DECL_LIST: the signatories of the agreement in force */
	"SELECT o.name AS organisation, o.sector, d.signer_name, "
	"d.signer_role, d.signed_on, a.version AS agreement_version "
	"FROM declaration d JOIN agreement a ON a.id = d.agreement_id "
	"JOIN organisation o ON o.id = d.organisation_id WHERE "
	"a.arrangement_id = ? AND a.in_force_to IS NULL ORDER BY o.name",
	/* STMT_CRIT_UPSERT */
	"INSERT INTO criterion_evidence (membership_id, criterion, evidence, "
	"recorded_by, recorded_on) VALUES (?, ?, ?, ?, ?) "
	"ON CONFLICT (membership_id, criterion) DO UPDATE SET "
	"evidence = excluded.evidence, recorded_by = excluded.recorded_by, "
	"recorded_on = excluded.recorded_on",
	/* STMT_CRIT_LIST */
	"SELECT criterion, evidence, recorded_by, recorded_on "
	"FROM criterion_evidence WHERE membership_id = ? ORDER BY id",
	/* STMT_OFFICE_INSERT */
	"INSERT INTO office (group_id, person_id, office, interim, "
	"term_start, term_end) VALUES (?, ?, ?, ?, ?, ?)",
	/* STMT_OFFICE_CURRENT */
	"SELECT f.id, f.office, f.interim, f.term_start, f.term_end, "
	"p.id AS person_id, p.name AS person, o.name AS organisation, "
	"o.short_name FROM office f JOIN person p ON p.id = f.person_id "
	"LEFT JOIN organisation o ON o.id = p.organisation_id "
	"WHERE f.group_id = ? AND f.ended IS NULL ORDER BY f.office, f.id",
	/* STMT_OFFICE_END */
	"UPDATE office SET ended = ? WHERE group_id = ? AND office = ? "
	"AND ended IS NULL",
	/* STMT_POS_INSERT */
	"INSERT INTO position (arrangement_id, slug, section, name, method, "
	"appointed_by, electing_group_id, seats, note) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_POS_BY_SLUG */
	"SELECT id, slug, section, name, method, appointed_by, "
	"electing_group_id, seats, note FROM position "
	"WHERE arrangement_id = ? AND (slug = ?2 OR name = ?2 COLLATE NOCASE)",
	/* STMT_POS_LIST */
	"SELECT p.id, p.slug, p.section, p.name, p.method, p.appointed_by, "
	"g.name AS electing_group, p.seats, p.note FROM position p "
	"LEFT JOIN grp g ON g.id = p.electing_group_id "
	"WHERE p.arrangement_id = ? ORDER BY p.id",
	/* STMT_APPT_INSERT */
	"INSERT INTO appointment (position_id, person_id, role, interim, "
	"scope, term_start, term_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
	/* STMT_APPT_CURRENT */
	"SELECT a.id, a.role, a.interim, a.scope, a.term_start, a.term_end, "
	"p.name AS person, o.name AS organisation, o.short_name "
	"FROM appointment a JOIN person p ON p.id = a.person_id "
	"LEFT JOIN organisation o ON o.id = p.organisation_id "
	"WHERE a.position_id = ? AND a.ended IS NULL ORDER BY a.role DESC, a.id",
	/* STMT_APPT_COUNT */
	"SELECT count(*) AS n FROM appointment WHERE position_id = ? "
	"AND role = ? AND ended IS NULL",
	/* STMT_COMMIT_INSERT */
	"INSERT INTO commitment (arrangement_id, code, kind, heading, body, "
	"party) VALUES (?, ?, ?, ?, ?, ?)",
	/* STMT_COMMIT_LIST */
	"SELECT code, kind, heading, body, party FROM commitment "
	"WHERE arrangement_id = ? ORDER BY id",
	/* STMT_AUDIT_INSERT */
	"INSERT INTO audit (seq, at, actor, action, entity, entity_id, "
	"detail, prev_hash, hash, vouched, sig) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_AUDIT_LAST */
	"SELECT seq, hash, vouched, sig FROM audit ORDER BY seq DESC LIMIT 1",
	/* STMT_AUDIT_ALL */
	"SELECT seq, at, actor, action, entity, entity_id, detail, "
	"prev_hash, hash, vouched, sig FROM audit ORDER BY seq",
	/* STMT_FORUM_REGISTER: appendix B, from live data (SA-5.6) */
	"SELECT g.id, g.slug, g.name, g.kind, g.description, g.geography, "
	"so.name AS support_organisation, so.short_name AS support_short, "
	"g.support_officer, (SELECT count(*) FROM membership m WHERE "
	"m.group_id = g.id AND m.status IN ('active', 'under notice')) "
	"AS members FROM grp g LEFT JOIN organisation so "
	"ON so.id = g.support_org_id WHERE g.arrangement_id = ? ORDER BY g.id",
	/* STMT_POSITION_REGISTER: appendix C positions (SA-9.1) */
	"SELECT p.id, p.slug, p.section, p.name, p.method, p.appointed_by, "
	"g.name AS electing_group, p.seats, p.note FROM position p "
	"LEFT JOIN grp g ON g.id = p.electing_group_id "
	"WHERE p.arrangement_id = ? ORDER BY p.id",
	/* STMT_MEET_INSERT */
	"INSERT INTO meeting (group_id, day, starts, ends, place, link, "
	"created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
	/* STMT_MEET_GET: a meeting of the arrangement in use */
	"SELECT m.*, g.slug AS grp, g.name AS group_name, g.kind AS "
	"group_kind, p.name AS chair FROM meeting m JOIN grp g ON g.id = "
	"m.group_id LEFT JOIN person p ON p.id = m.chair_person_id "
	"WHERE m.id = ? AND g.arrangement_id = ?",
	/* STMT_MEET_LIST: a group's meetings, or all (group 0) */
	"SELECT m.id, m.day, m.starts, m.ends, m.place, m.status, "
	"m.circulated, m.notes_published, m.chair_side, g.slug AS grp, "
	"g.name AS group_name, g.kind AS group_kind, m.group_id, "
	"m.chair_person_id, p.name AS chair "
	"FROM meeting m JOIN grp g ON g.id = m.group_id "
	"LEFT JOIN person p ON p.id = m.chair_person_id "
	"WHERE g.arrangement_id = ? AND (?2 = 0 OR g.id = ?2) "
	"ORDER BY m.day, m.starts",
	/* STMT_MEET_SET_CIRCULATED */
	"UPDATE meeting SET circulated = ?, sequence = sequence + 1 "
	"WHERE id = ?",
	/* STMT_MEET_SET_NOTES */
	"UPDATE meeting SET notes = ? WHERE id = ?",
	/* STMT_MEET_PUBLISH */
	"UPDATE meeting SET notes_published = ?, notes_visibility = ? "
	"WHERE id = ?",
	/* STMT_MEET_CANCEL */
	"UPDATE meeting SET status = 'cancelled', sequence = sequence + 1 "
	"WHERE id = ?",
	/* STMT_MEET_SET_CHAIR */
	"UPDATE meeting SET chair_person_id = ?, chair_side = ? WHERE id = ?",
	/* STMT_ITEM_INSERT */
	"INSERT INTO agenda_item (meeting_id, pos, title, mandatory, "
	"vcse_only, visibility, requested_by) VALUES (?, (SELECT "
	"COALESCE(MAX(pos), 0) + 1 FROM agenda_item WHERE meeting_id = ?1), "
	"?, ?, ?, ?, ?)",
	/* STMT_ITEM_LIST */
	"SELECT id, pos, title, mandatory, vcse_only, visibility, "
	"requested_by FROM agenda_item WHERE meeting_id = ? ORDER BY pos",
	/* STMT_ITEM_GET */
	"SELECT id, pos, title, mandatory, vcse_only, visibility, "
	"requested_by FROM agenda_item WHERE meeting_id = ? AND pos = ?",
	/* STMT_ITEM_DELETE */
	"DELETE FROM agenda_item WHERE meeting_id = ? AND pos = ?",
	/* STMT_ITEM_RENUMBER */
	"UPDATE agenda_item SET pos = pos - 1 WHERE meeting_id = ? AND pos > ?",
	/* STMT_ATT_UPSERT */
	"INSERT INTO attendance (meeting_id, organisation_id, kind, people, "
	"deputy_agreed) VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id, "
	"organisation_id) DO UPDATE SET kind = excluded.kind, people = "
	"excluded.people, deputy_agreed = excluded.deputy_agreed",
	/* STMT_ATT_LIST: attendance with each organisation's membership */
	"SELECT a.organisation_id, a.kind AS attend, a.people, "
	"a.deputy_agreed, o.name AS organisation, o.sector, mb.kind, "
	"mb.status, mb.side FROM attendance a JOIN organisation o ON o.id = "
	"a.organisation_id JOIN meeting m ON m.id = a.meeting_id LEFT JOIN "
	"membership mb ON mb.group_id = m.group_id AND mb.organisation_id = "
	"a.organisation_id WHERE a.meeting_id = ? ORDER BY o.name",
	/* STMT_ATT_GROUP: every recorded attendance of a group, in order */
	"SELECT m.id AS meeting_id, m.day, a.organisation_id, a.kind "
	"FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
	"WHERE m.group_id = ? AND m.status = 'scheduled' AND m.day <= ? "
	"ORDER BY m.day, m.starts",
	/* STMT_INTEREST_INSERT */
	"INSERT INTO interest (meeting_id, item_id, organisation_id, person, "
	"nature, declared, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
	/* STMT_INTEREST_LIST */
	"SELECT i.item_id, ai.pos AS item, i.organisation_id, o.name AS "
	"organisation, i.person, i.nature, i.declared FROM interest i JOIN "
	"organisation o ON o.id = i.organisation_id JOIN agenda_item ai ON "
	"ai.id = i.item_id WHERE i.meeting_id = ? ORDER BY ai.pos, o.name",
	/* STMT_ACTION_INSERT */
	"INSERT INTO action (group_id, meeting_id, body, owner, due) "
	"VALUES (?, ?, ?, ?, ?)",
	/* STMT_ACTION_DONE */
	"UPDATE action SET done = ? WHERE id = ? AND done IS NULL AND "
	"group_id IN (SELECT id FROM grp WHERE arrangement_id = ?)",
	/* STMT_ACTION_LIST: the action log, open first, carried forward */
	"SELECT a.id, a.body, a.owner, a.due, a.done, m.day AS raised "
	"FROM action a LEFT JOIN meeting m ON m.id = a.meeting_id "
	"WHERE a.group_id = ? AND (?2 = 0 OR a.done IS NULL) "
	"ORDER BY a.done IS NOT NULL, a.due, a.id",
	/* STMT_MOTION_INSERT */
	"INSERT INTO motion (group_id, meeting_id, item_id, body, method, "
	"opens, closes, round, previous_id, effect, proposed_by, proposed_at) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_MOTION_GET */
	"SELECT mo.*, g.slug AS grp, g.name AS group_name, g.kind AS "
	"group_kind, ai.pos AS item FROM motion mo JOIN grp g ON g.id = "
	"mo.group_id LEFT JOIN agenda_item ai ON ai.id = mo.item_id "
	"WHERE mo.id = ? AND g.arrangement_id = ?",
	/* STMT_MOTION_CLOSE */
	"UPDATE motion SET status = 'closed', outcome = ?, votes_for = ?, "
	"votes_against = ?, votes_abstain = ?, decided_at = ? WHERE id = ?",
	/* STMT_MOTION_LIST */
	"SELECT mo.id, mo.body, mo.method, mo.round, mo.status, mo.outcome, "
	"mo.votes_for, mo.votes_against, mo.votes_abstain, mo.decided_at, "
	"mo.meeting_id, g.slug AS grp FROM motion mo JOIN grp g ON g.id = "
	"mo.group_id WHERE g.arrangement_id = ? AND (?2 = 0 OR g.id = ?2) "
	"ORDER BY mo.id",
	/* STMT_MVOTE_INSERT */
	"INSERT INTO motion_vote (motion_id, organisation_id, choice, "
	"cast_by, cast_at) VALUES (?, ?, ?, ?, ?)",
	/* STMT_MVOTE_LIST */
	"SELECT v.organisation_id, o.name AS organisation, v.choice, "
	"v.cast_by, v.cast_at FROM motion_vote v JOIN organisation o ON "
	"o.id = v.organisation_id WHERE v.motion_id = ? ORDER BY o.name",
	/* STMT_MVOTE_HAS: one vote per organisation (SA-8.3), by the key */
	"SELECT 1 AS voted FROM motion_vote WHERE motion_id = ? AND "
	"organisation_id = ?",
	/* STMT_MVOTE_TALLY: the votes of each choice */
	"SELECT choice, count(*) AS n FROM motion_vote WHERE motion_id = ? "
	"GROUP BY choice",
	/* STMT_ELEC_INSERT */
	"INSERT INTO election (group_id, office, position_id, seats, "
	"nominations_open, nominations_close, short_reason, round, "
	"previous_id, status, voting_opens, voting_closes, created_by) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_ELEC_GET */
	"SELECT e.*, g.slug AS grp, g.name AS group_name, g.kind AS "
	"group_kind, p.name AS position, p.slug AS position_slug "
	"FROM election e JOIN grp g ON g.id = e.group_id LEFT JOIN "
	"position p ON p.id = e.position_id WHERE e.id = ? AND "
	"g.arrangement_id = ?",
	/* STMT_ELEC_SET_STATUS */
	"UPDATE election SET status = ?, result = ? WHERE id = ?",
	/* STMT_ELEC_SET_VOTING */
	"UPDATE election SET status = 'voting', voting_opens = ?, "
	"voting_closes = ? WHERE id = ?",
	/* STMT_ELEC_VERIFY */
	"UPDATE election SET verified_by = ? WHERE id = ?",
	/* STMT_ELEC_ANNOUNCE */
	"UPDATE election SET status = 'announced', announced_by = ? "
	"WHERE id = ?",
	/* STMT_ELEC_LIST */
	"SELECT e.id, e.office, p.name AS position, e.seats, e.round, "
	"e.status, e.nominations_close, e.voting_closes, g.slug AS grp "
	"FROM election e JOIN grp g ON g.id = e.group_id LEFT JOIN position p "
	"ON p.id = e.position_id WHERE g.arrangement_id = ? ORDER BY e.id",
	/* STMT_NOM_INSERT */
	"INSERT INTO nomination (election_id, person_id, details, why, skills, "
	"interests, guidance, nominated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_NOM_LIST: every nomination, shown to voters (SA-9.4) */
	"SELECT n.id, n.person_id, p.name AS person, o.name AS organisation, "
	"p.organisation_id, n.details, n.why, n.skills, n.interests, "
	"n.guidance, n.nominated_on FROM nomination n JOIN person p ON "
	"p.id = n.person_id LEFT JOIN organisation o ON o.id = "
	"p.organisation_id WHERE n.election_id = ? ORDER BY n.id",
	/* STMT_VOTER_INSERT */
	"INSERT INTO ballot_voter (election_id, organisation_id, voted_on) "
	"VALUES (?, ?, ?)",
	/* STMT_VOTER_LIST: turnout, without choices */
	"SELECT v.organisation_id, o.name AS organisation, v.voted_on "
	"FROM ballot_voter v JOIN organisation o ON o.id = v.organisation_id "
	"WHERE v.election_id = ? ORDER BY o.name",
	/* STMT_VOTER_HAS: one ballot per organisation (SA-E2.2), by the key */
	"SELECT 1 AS voted FROM ballot_voter WHERE election_id = ? AND "
	"organisation_id = ?",
	/* STMT_BOX_INSERT */
	"INSERT INTO ballot_box (receipt, election_id, nomination_id) "
	"VALUES (?, ?, ?)",
	/* STMT_BOX_LIST: every counted ballot by receipt, for a recount */
	"SELECT b.receipt, b.nomination_id, p.name AS candidate FROM "
	"ballot_box b JOIN nomination n ON n.id = b.nomination_id JOIN person "
	"p ON p.id = n.person_id WHERE b.election_id = ? ORDER BY b.receipt",
	/* STMT_BOX_TALLY: the ballots of each nomination */
	"SELECT nomination_id, count(*) AS n FROM ballot_box WHERE "
	"election_id = ? GROUP BY nomination_id",
	/* STMT_POS_BY_ID */
	"SELECT id, slug, section, name, method, appointed_by, "
	"electing_group_id, seats, note FROM position WHERE id = ?",
	/* STMT_APPT_END */
	"UPDATE appointment SET ended = ? WHERE position_id = ? AND role = ? "
	"AND ended IS NULL",
	/* STMT_APPT_END_PERSON: SA-9.5 removal of one holder */
	"UPDATE appointment SET ended = ? WHERE position_id = ? AND "
	"person_id = ? AND ended IS NULL",
	/* STMT_CONCERN_INSERT */
	"INSERT INTO concern (position_id, person_id, organisation_id, body, "
	"raised, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
	/* STMT_CONCERN_LIST */
	"SELECT c.id, p.name AS position, pe.name AS person, o.name AS "
	"raised_by, c.body, c.raised FROM concern c JOIN position p ON p.id = "
	"c.position_id JOIN person pe ON pe.id = c.person_id JOIN "
	"organisation o ON o.id = c.organisation_id WHERE p.arrangement_id = ? "
	"ORDER BY c.id",
	/* STMT_COVER_INSERT */
	"INSERT INTO org_coverage (organisation_id, arrangement_id, aim) "
	"VALUES (?, ?, ?)",
	/* STMT_COVER_LIST: aims met by active members of a group */
	"SELECT cv.aim, o.name AS organisation FROM org_coverage cv JOIN "
	"organisation o ON o.id = cv.organisation_id JOIN membership m ON "
	"m.organisation_id = cv.organisation_id WHERE cv.arrangement_id = ? "
	"AND m.group_id = ? AND m.status IN ('active', 'under notice')",
	/* STMT_MEMB_EXCLUDE */
	"UPDATE membership SET excluded = 1 WHERE id = ?",
	/* STMT_SCHED_INSERT */
	"INSERT INTO scheduled_status (membership_id, status, effective, "
	"reason, decided_by) VALUES (?, ?, ?, ?, ?)",
	/* STMT_SCHED_DUE: dated changes whose day has come */
	"SELECT s.id AS sched_id, s.status AS to_status, s.effective, "
	"s.reason, s.decided_by, " MEMB_COLS MEMB_FROM "JOIN scheduled_status "
	"s ON s.membership_id = m.id WHERE g.arrangement_id = ? AND "
	"s.effective <= ? ORDER BY s.effective, s.id",
	/* STMT_SCHED_DELETE */
	"DELETE FROM scheduled_status WHERE id = ?",
	/* STMT_OUT_INSERT: OR IGNORE so a once_key is sent once */
	"INSERT OR IGNORE INTO outbox (arrangement_id, kind, once_key, "
	"recipient, recipient_name, subject, body_text, body_html, ical, "
	"ical_method, next_attempt, created, digest) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_OUT_DUE: messages to try now, oldest first */
	"SELECT id, recipient, recipient_name, subject, body_text, body_html, "
	"ical, ical_method, attempts, created, kind FROM outbox WHERE status = "
	"'queued' AND digest = 0 AND next_attempt <= ? ORDER BY id LIMIT 100",
	/* STMT_OUT_CLAIM */
	"UPDATE outbox SET status = 'sending' WHERE id = ? AND status = "
	"'queued'",
	/* STMT_OUT_SENT */
	"UPDATE outbox SET status = 'sent', sent = ?, attempts = attempts + 1, "
	"last_error = NULL WHERE id = ?",
	/* STMT_OUT_RETRY */
	"UPDATE outbox SET status = ?, attempts = attempts + 1, "
	"next_attempt = ?, last_error = ? WHERE id = ?",
	/* STMT_OUT_UNCERTAIN: left 'sending' by a stopped sender */
	"UPDATE outbox SET status = 'uncertain', last_error = 'the sender "
	"stopped while sending; it may or may not have gone' WHERE status = "
	"'sending'",
	/* STMT_OUT_LIST */
	"SELECT id, kind, recipient, subject, status, attempts, next_attempt, "
	"last_error, created, sent FROM outbox WHERE (?1 = '' OR status = ?1) "
	"ORDER BY id",
	/* STMT_OUT_GET */
	"SELECT * FROM outbox WHERE id = ?",
	/* STMT_OUT_REQUEUE: an officer sends a failed message again */
	"UPDATE outbox SET status = 'queued', next_attempt = ?, last_error = "
	"NULL WHERE id = ? AND status IN ('failed', 'uncertain')",
	/* STMT_GROUP_CONTACTS: people of a group's members in good standing */
	"SELECT DISTINCT p.name, p.email, o.name AS organisation FROM "
	"membership m JOIN organisation o ON o.id = m.organisation_id JOIN "
	"person p ON p.organisation_id = o.id WHERE m.group_id = ? AND "
	"m.status IN ('active', 'under notice') AND p.email IS NOT NULL "
	"AND (?2 = 0 OR m.kind <> 'associate') ORDER BY p.email",
	/* STMT_ORG_CONTACTS: an organisation's people, and its own email */
	"SELECT p.name, p.email FROM person p WHERE p.organisation_id = ?1 "
	"AND p.email IS NOT NULL UNION SELECT o.name, o.email FROM "
	"organisation o WHERE o.id = ?1 AND o.email IS NOT NULL",
	/* STMT_USER_INSERT */
	"INSERT INTO app_user (person_id, officer, created) VALUES (?, ?, ?)",
	/* STMT_USER_BY_PERSON */
	"SELECT u.id, u.person_id, u.officer, u.password, u.disabled, p.name, "
	"p.email FROM app_user u JOIN person p ON p.id = u.person_id "
	"WHERE u.person_id = ?",
	/* STMT_USER_BY_EMAIL */
	"SELECT u.id, u.person_id, u.officer, u.password, u.disabled, p.name, "
	"p.email FROM app_user u JOIN person p ON p.id = u.person_id "
	"WHERE p.email = ? COLLATE NOCASE",
	/* STMT_USER_SET_PASSWORD */
	"UPDATE app_user SET password = ? WHERE id = ?",
	/* STMT_USER_LIST */
	"SELECT u.id, p.name, p.email, o.name AS organisation, u.officer, "
	"u.password IS NOT NULL AS has_password, u.totp_confirmed IS NOT NULL "
	"AS second_factor, u.created FROM app_user u "
	"JOIN person p ON p.id = u.person_id LEFT JOIN organisation o ON "
	"o.id = p.organisation_id ORDER BY p.name",
	/* STMT_LINK_INSERT */
	"INSERT INTO signin_link (hash, user_id, expires) VALUES (?, ?, ?)",
	/* STMT_LINK_CLAIM: single use, and only before it expires */
	"UPDATE signin_link SET used = ?2 WHERE hash = ?1 AND used IS NULL "
	"AND expires > ?2 RETURNING user_id",
	/* STMT_SESSION_INSERT */
	"INSERT INTO session (hash, user_id, csrf, created, seen) "
	"VALUES (?, ?, ?, ?, ?)",
	/* STMT_SESSION_GET: officer rights only when the session was
	 * opened with password and code and the user is still an officer */
	"SELECT s.user_id, s.csrf, s.seen, s.created, s.officer AND u.officer "
	"AS officer, s.enrol AND u.officer AS enrol, coalesce(s.verified, "
	"s.created) AS verified, u.person_id, u.disabled, p.name, p.email, p.organisation_id, o.name AS org_name "
	"FROM session s JOIN app_user u ON u.id = s.user_id JOIN person p "
	"ON p.id = u.person_id LEFT JOIN organisation o ON o.id = "
	"p.organisation_id WHERE s.hash = ?",
	/* STMT_SESSION_TOUCH */
	"UPDATE session SET seen = ? WHERE hash = ?",
	/* STMT_SESSION_DELETE */
	"DELETE FROM session WHERE hash = ?",
	/* STMT_SESSION_PURGE: idle sessions and spent links go */
	"DELETE FROM session WHERE seen < ?1",
	/* STMT_TOKEN_INSERT */
	"INSERT INTO api_token (name, hash, created_by, created, scope, "
	"expires) VALUES (?, ?, ?, ?, ?, ?)",
	/* STMT_TOKEN_GET: neither revoked nor past its last day (?2) */
	"SELECT id, name, scope, expires, last_used FROM api_token WHERE "
	"hash = ?1 AND revoked IS NULL AND expires >= ?2",
	/* STMT_TOKEN_LIST */
	"SELECT id, name, scope, expires, last_used, created_by, created, "
	"revoked FROM api_token ORDER BY id",
	/* STMT_ACCESS_OFFICES: the groups a person chairs today */
	"SELECT g.id AS group_id, g.slug, g.name, o.office FROM office o "
	"JOIN grp g ON g.id = o.group_id WHERE o.person_id = ?1 AND "
	"g.arrangement_id = ?2 AND o.ended IS NULL AND o.term_start <= ?3 "
	"AND (o.term_end IS NULL OR o.term_end >= ?3) ORDER BY g.name",
	/* STMT_ACCESS_MEMBERSHIPS: an organisation's memberships */
	"SELECT g.id AS group_id, g.slug, g.name AS group_name, g.kind AS "
	"group_kind, m.kind, m.status, m.side, m.since, m.status_until, "
	"m.excluded FROM membership m JOIN grp g ON g.id = m.group_id "
	"WHERE m.organisation_id = ?1 AND g.arrangement_id = ?2 "
	"ORDER BY g.name",
	/* STMT_OPEN_POLLS: electronic polls open now in a group, with
	 * whether the organisation has voted */
	"SELECT mo.id, mo.body AS text, mo.opens, mo.closes, EXISTS (SELECT 1 FROM "
	"motion_vote v WHERE v.motion_id = mo.id AND v.organisation_id = ?2) "
	"AS voted FROM motion mo WHERE mo.group_id = ?1 AND mo.method = "
	"'poll' AND mo.status = 'open' AND mo.opens <= substr(?3, 1, 16) AND "
	"mo.closes > substr(?3, 1, 16) "
	"ORDER BY mo.closes",
	/* STMT_OPEN_ELECTIONS: elections whose ballot is open now */
	"SELECT e.id, e.office, e.voting_opens, e.voting_closes, "
	"EXISTS (SELECT 1 FROM ballot_voter b WHERE b.election_id = e.id AND "
	"b.organisation_id = ?2) AS voted FROM election e WHERE e.group_id = "
	"?1 AND e.voting_opens <= substr(?3, 1, 16) AND e.voting_closes > "
	"substr(?3, 1, 16) AND e.status "
	"= 'voting' ORDER BY e.voting_closes",
	/* STMT_OUT_ONCE_SENT: a reminder queued already, to anyone (its
	 * keys are "once:address") */
	"SELECT 1 AS sent FROM outbox WHERE once_key >= ?1 || ':' AND "
	"once_key < ?1 || ';' LIMIT 1",
	/* STMT_PERSON_DIGEST_GET */
	"SELECT digest FROM person WHERE email = ? COLLATE NOCASE",
	/* STMT_PERSON_DIGEST_SET */
	"UPDATE person SET digest = ? WHERE id = ?",
	/* STMT_OUT_HELD: messages held for the digest, by recipient */
	"SELECT id, recipient, recipient_name, subject, body_text FROM outbox "
	"WHERE digest = 1 AND status = 'queued' AND (arrangement_id IS ?1 OR "
	"?1 IS NULL) ORDER BY recipient, id",
	/* STMT_OUT_BUNDLED: a held message went in digest message ?2 */
	"UPDATE outbox SET status = 'sent', sent = ?3, last_error = 'sent in "
	"digest ' || ?2 WHERE id = ?1 AND digest = 1 AND status = 'queued'",
	/* STMT_CYCLE_INSERT */
	"INSERT INTO assessment_cycle (arrangement_id, year, due, opened_by, "
	"opened_at) VALUES (?, ?, ?, ?, ?)",
	/* STMT_CYCLE_GET */
	"SELECT * FROM assessment_cycle WHERE arrangement_id = ? AND year = ?",
	/* STMT_CYCLE_LIST */
	"SELECT * FROM assessment_cycle WHERE arrangement_id = ? ORDER BY year",
	/* STMT_ASSESS_INSERT_SIGNATORIES: every signatory of the agreement
	 * in force with a commitment of its side to rate: the public
	 * bodies (MS-2-eval), the VCS signatories (MS-4), every partner
	 * (SC-annual) */
	"INSERT INTO assessment (cycle_id, organisation_id) SELECT DISTINCT "
	"?1, d.organisation_id FROM declaration d JOIN agreement a ON a.id = "
	"d.agreement_id JOIN organisation o ON o.id = d.organisation_id "
	"WHERE a.arrangement_id = ?2 AND a.in_force_to IS NULL AND EXISTS "
	"(SELECT 1 FROM commitment c WHERE c.arrangement_id = ?2 AND "
	"(c.party = 'all' OR c.party = o.sector))",
	/* STMT_ASSESS_GET */
	"SELECT s.*, o.name AS organisation, o.sector FROM assessment s JOIN "
	"organisation o ON o.id = s.organisation_id WHERE s.cycle_id = ? AND "
	"s.organisation_id = ?",
	/* STMT_ASSESS_LIST: with how many commitments each has rated */
	"SELECT s.id, s.organisation_id, o.name AS organisation, o.sector, "
	"s.submitted, "
	"(SELECT count(*) FROM assessment_rating r WHERE r.assessment_id = "
	"s.id AND r.rating IS NOT NULL) AS rated FROM assessment s JOIN "
	"organisation o ON o.id = s.organisation_id WHERE s.cycle_id = ? "
	"ORDER BY o.name",
	/* STMT_ASSESS_SUBMIT */
	"UPDATE assessment SET submitted = ?, submitted_by = ? WHERE id = ? "
	"AND submitted IS NULL",
	/* STMT_RATING_UPSERT */
	"INSERT INTO assessment_rating (assessment_id, commitment_id, rating, "
	"evidence, links, rated_by, rated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
	"?7) ON CONFLICT (assessment_id, commitment_id) DO UPDATE SET "
	"rating = ?3, evidence = ?4, links = ?5, rated_by = ?6, rated_at = ?7",
	/* STMT_RATING_VIEW: the sector's view beside a rating */
	"INSERT INTO assessment_rating (assessment_id, commitment_id, "
	"sector_view) VALUES (?1, ?2, ?3) ON CONFLICT (assessment_id, "
	"commitment_id) DO UPDATE SET sector_view = ?3",
	/* STMT_RATING_LIST */
	"SELECT c.code, c.heading, c.body, r.rating, r.evidence, r.links, "
	"r.sector_view FROM commitment c LEFT JOIN assessment_rating r ON "
	"r.commitment_id = c.id AND r.assessment_id = ?2 WHERE "
	"c.arrangement_id = ?1 AND (c.party = 'all' OR c.party = ?3) "
	"ORDER BY c.id",
	/* STMT_RATING_MISSING: commitments not yet rated */
	"SELECT c.code FROM commitment c WHERE c.arrangement_id = ?1 AND "
	"(c.party = 'all' OR c.party = ?3) AND NOT EXISTS (SELECT 1 FROM "
	"assessment_rating r WHERE r.commitment_id = c.id AND "
	"r.assessment_id = ?2 AND r.rating IS NOT NULL) ORDER BY c.id",
	/* STMT_COMMIT_BY_CODE */
	"SELECT id, code, kind, heading, party FROM commitment WHERE "
	"arrangement_id "
	"= ? AND code = ?",
	/* STMT_CONSULT_INSERT */
	"INSERT INTO consultation (arrangement_id, organisation_id, title, "
	"opens, closes, significant, short_reason, recorded_by, recorded_at) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_CONSULT_GET */
	"SELECT k.*, o.name AS organisation FROM consultation k JOIN "
	"organisation o ON o.id = k.organisation_id WHERE k.id = ? AND "
	"k.arrangement_id = ?",
	/* STMT_CONSULT_FEEDBACK */
	"UPDATE consultation SET feedback = ?, feedback_on = ? WHERE id = ?",
	/* STMT_CONSULT_LIST */
	"SELECT k.id, o.name AS organisation, k.organisation_id, k.title, "
	"k.opens, k.closes, k.significant, k.short_reason, k.feedback_on "
	"FROM consultation k JOIN organisation o ON o.id = k.organisation_id "
	"WHERE k.arrangement_id = ? ORDER BY k.opens, k.id",
	/* STMT_SESSION_DELETE_USER */
	"DELETE FROM session WHERE user_id = ?",
	/* STMT_APPT_OF_PERSON: the positions a person holds (SA-9.1) */
	"SELECT p.name AS position, p.section, a.role, a.interim, a.scope, "
	"a.term_start, a.term_end FROM appointment a JOIN position p ON "
	"p.id = a.position_id WHERE a.person_id = ?1 AND p.arrangement_id = "
	"?2 AND a.ended IS NULL ORDER BY p.section, p.name",
	/* STMT_CONTACT_INSERT */
	"INSERT INTO partner_contact (arrangement_id, organisation_id, kind, "
	"area, name, job_title, email, since, recorded_by, recorded_at) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_CONTACT_GET */
	"SELECT pc.*, o.name AS organisation FROM partner_contact pc JOIN "
	"organisation o ON o.id = pc.organisation_id WHERE pc.id = ? AND "
	"pc.arrangement_id = ?",
	/* STMT_CONTACT_END */
	"UPDATE partner_contact SET ended = ?2 WHERE id = ?1 AND ended IS NULL",
	/* STMT_CONTACT_LIST: the named contacts in post */
	"SELECT pc.id, pc.kind, pc.area, o.name AS organisation, pc.name, "
	"pc.job_title, pc.email, pc.since FROM partner_contact pc JOIN "
	"organisation o ON o.id = pc.organisation_id WHERE "
	"pc.arrangement_id = ?1 AND pc.ended IS NULL AND (?2 IS NULL OR "
	"pc.kind = ?2) ORDER BY pc.kind, pc.area, o.name, pc.name",
	/* STMT_PARTNERS_WITHOUT_CONTACT: the partners (signatories of the
	 * agreement in force, active members of a partnership) with no
	 * named contact of kind ?2 in post (SC-champion, TP-5) */
	"SELECT o.id, o.name, o.sector FROM organisation o WHERE (o.id IN "
	"(SELECT d.organisation_id FROM declaration d JOIN agreement a ON "
	"a.id = d.agreement_id WHERE a.arrangement_id = ?1 AND "
	"a.in_force_to IS NULL) OR o.id IN (SELECT m.organisation_id FROM "
	"membership m JOIN grp g ON g.id = m.group_id WHERE "
	"g.arrangement_id = ?1 AND g.kind = 'partnership' AND m.status IN "
	"('active', 'pending', 'suspended'))) AND NOT EXISTS (SELECT 1 FROM partner_contact pc WHERE "
	"pc.arrangement_id = ?1 AND pc.organisation_id = o.id AND pc.kind = "
	"?2 AND pc.ended IS NULL) ORDER BY o.name",
	/* STMT_PLAN_INSERT */
	"INSERT INTO plan_action (arrangement_id, organisation_id, "
	"commitment_id, action, owner, due, recorded_by, recorded_at) VALUES "
	"(?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_PLAN_GET */
	"SELECT p.*, o.name AS organisation FROM plan_action p JOIN "
	"organisation o ON o.id = p.organisation_id WHERE p.id = ? AND "
	"p.arrangement_id = ?",
	/* STMT_PLAN_PROGRESS */
	"UPDATE plan_action SET progress = ?2 WHERE id = ?1",
	/* STMT_PLAN_DONE */
	"UPDATE plan_action SET done_on = ?2 WHERE id = ?1 AND done_on IS NULL",
	/* STMT_PLAN_LIST: ?2 one organisation, or NULL for all */
	"SELECT p.id, p.organisation_id, o.name AS organisation, c.code AS "
	"commitment, p.action, "
	"p.owner, p.due, p.progress, p.done_on FROM plan_action p JOIN "
	"organisation o ON o.id = p.organisation_id LEFT JOIN commitment c "
	"ON c.id = p.commitment_id WHERE p.arrangement_id = ?1 AND (?2 IS "
	"NULL OR p.organisation_id = ?2) ORDER BY p.due, p.id",
	/* STMT_MILESTONE_MET_INSERT */
	"INSERT INTO milestone_met (arrangement_id, due, label, met_on, note, "
	"recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
	/* STMT_MILESTONE_MET_LIST */
	"SELECT due, label, met_on, note FROM milestone_met WHERE "
	"arrangement_id = ?",
	/* STMT_INFLUENCE_INSERT */
	"INSERT INTO influence (arrangement_id, on_date, body, decision, "
	"change, commitment_id, source, recorded_by, recorded_at) VALUES "
	"(?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_INFLUENCE_LIST: between two dates, inclusive */
	"SELECT i.id, i.on_date, i.body, i.decision, i.change, c.code AS "
	"commitment, i.source FROM influence i LEFT JOIN commitment c ON "
	"c.id = i.commitment_id WHERE i.arrangement_id = ?1 AND i.on_date "
	"BETWEEN ?2 AND ?3 ORDER BY i.on_date, i.id",
	/* STMT_EXCEPTION_UPSERT: TP-2a's agreed justification */
	"INSERT INTO representation_exception (position_id, justification, "
	"agreed_by, agreed_on, recorded_by, recorded_at) VALUES (?1, ?2, ?3, "
	"?4, ?5, ?6) ON CONFLICT (position_id) DO UPDATE SET justification "
	"= ?2, agreed_by = ?3, agreed_on = ?4, recorded_by = ?5, "
	"recorded_at = ?6",
	/* STMT_PARTNERSHIP_REGISTER: each position, its representatives in
	 * post and any agreed exception (TP-2a) */
	"SELECT p.id, p.slug, p.section, p.name, (SELECT count(*) FROM "
	"appointment a WHERE a.position_id = p.id AND a.ended IS NULL AND "
	"a.role = 'representative') AS representatives, e.justification, "
	"e.agreed_by, e.agreed_on FROM position p LEFT JOIN "
	"representation_exception e ON e.position_id = p.id WHERE "
	"p.arrangement_id = ? ORDER BY p.section, p.name",
	/* STMT_FUNDING_INSERT */
	"INSERT INTO funding (arrangement_id, kind, funder_id, recipient_id, "
	"title, description, amount_pence, awarded, starts, ends, reference, "
	"recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	"?, ?)",
	/* STMT_FUNDING_LIST: awarded between two dates, inclusive */
	"SELECT f.id, f.kind, fo.name AS funder, fo.identifier AS "
	"funder_identifier, ro.name AS recipient, ro.identifier AS "
	"recipient_identifier, f.funder_id, f.recipient_id, f.title, "
	"f.description, f.amount_pence, f.awarded, f.starts, f.ends, "
	"f.reference FROM funding f JOIN organisation fo ON fo.id = f.funder_id JOIN "
	"organisation ro ON ro.id = f.recipient_id WHERE f.arrangement_id = "
	"?1 AND f.awarded BETWEEN ?2 AND ?3 ORDER BY f.awarded, f.id",
	/* STMT_AIM_UPSERT: TP-3a's aspiration and plan */
	"INSERT INTO spend_aim (arrangement_id, organisation_id, year, "
	"amount_pence, plan, recorded_by, recorded_at) VALUES (?1, ?2, ?3, "
	"?4, ?5, ?6, ?7) ON CONFLICT (arrangement_id, organisation_id, year) "
	"DO UPDATE SET amount_pence = ?4, plan = ?5, recorded_by = ?6, "
	"recorded_at = ?7",
	/* STMT_AIM_LIST */
	"SELECT o.name AS organisation, s.amount_pence, s.plan FROM spend_aim "
	"s JOIN organisation o ON o.id = s.organisation_id WHERE "
	"s.arrangement_id = ? AND s.year = ? ORDER BY o.name",
	/* STMT_ATTENDANCE_BY_PARTNER: each partner of each partnership
	 * with the meetings held ?2..?3 and those it was at (SC-quarterly) */
	"SELECT g.slug AS grp, g.name AS group_name, o.name AS organisation, "
	"(SELECT count(*) FROM meeting t WHERE t.group_id = g.id AND "
	"t.status = 'scheduled' AND t.day BETWEEN ?2 AND ?3) AS held, "
	"(SELECT count(*) FROM attendance a JOIN meeting t ON t.id = "
	"a.meeting_id WHERE t.group_id = g.id AND a.organisation_id = o.id "
	"AND t.status = 'scheduled' AND a.kind IN ('present', 'deputy') AND "
	"t.day BETWEEN ?2 AND ?3) AS attended FROM membership m JOIN grp g "
	"ON g.id = m.group_id JOIN organisation o ON o.id = "
	"m.organisation_id WHERE g.arrangement_id = ?1 AND g.kind = "
	"'partnership' AND m.status IN ('active', 'pending', 'suspended') "
	"ORDER BY g.name, o.name",
	/* STMT_SIGNIN_FAIL_INSERT */
	"INSERT INTO signin_failure (email, at) VALUES (?, ?)",
	/* STMT_SIGNIN_FAIL_COUNT: failures for an address since ?2 */
	"SELECT count(*) AS n FROM signin_failure WHERE email = ?1 AND at >= "
	"?2",
	/* STMT_SIGNIN_FAIL_CLEAR */
	"DELETE FROM signin_failure WHERE email = ?",
	/* STMT_SIGNIN_FAIL_PRUNE: none older than ?1 is needed */
	"DELETE FROM signin_failure WHERE at < ?",
	/* STMT_LINK_END_USER: a user's links not yet used end at ?2 */
	"UPDATE signin_link SET used = ?2 WHERE user_id = ?1 AND used IS NULL",
	/* STMT_SIGNIN_REQ_INSERT */
	"INSERT INTO signin_request (email_hash, client, at) VALUES (?, ?, ?)",
	/* STMT_SIGNIN_REQ_COUNT: requests for an address and from a client
	 * since ?3 */
	"SELECT (SELECT count(*) FROM signin_request WHERE email_hash = ?1 AND "
	"at >= ?3) AS by_email, (SELECT count(*) FROM signin_request WHERE "
	"client = ?2 AND at >= ?3) AS by_client",
	/* STMT_SIGNIN_REQ_PRUNE: none older than ?1 is needed */
	"DELETE FROM signin_request WHERE at < ?",
	/* --- disputes and breaches (SC-resolve, SA-12, SA-13.1) --- */
	/* STMT_DISPUTE_INSERT */
	"INSERT INTO dispute_case (arrangement_id, kind, org_a_id, org_b_id, "
	"subject, first_contact, due, recorded_by, recorded_at) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* STMT_DISPUTE_GET: the case with both parties */
	"SELECT d.*, a.name AS org_a, a.sector AS sector_a, a.legal_form AS "
	"legal_form_a, b.name AS org_b, b.sector AS sector_b, b.legal_form AS "
	"legal_form_b FROM dispute_case d JOIN organisation a ON a.id = "
	"d.org_a_id LEFT JOIN organisation b ON b.id = d.org_b_id WHERE "
	"d.id = ? AND d.arrangement_id = ?",
	/* STMT_DISPUTE_LIST */
	"SELECT d.id, d.kind, d.subject, a.name AS org_a, b.name AS org_b, "
	"d.first_contact, d.stage, d.due, d.resolved, d.signposted FROM "
	"dispute_case d JOIN organisation a ON a.id = d.org_a_id LEFT JOIN "
	"organisation b ON b.id = d.org_b_id WHERE d.arrangement_id = ? "
	"ORDER BY d.resolved IS NOT NULL, d.first_contact, d.id",
	/* STMT_DISPUTE_STATEMENT: the parts given replace those kept */
	"UPDATE dispute_case SET problem = COALESCE(?, problem), handled = "
	"COALESCE(?, handled), unresolved = COALESCE(?, unresolved), "
	"outcome_sought = COALESCE(?, outcome_sought) WHERE id = ? AND "
	"resolved IS NULL",
	/* STMT_DISPUTE_STAGE */
	"UPDATE dispute_case SET stage = ?, statement_on = COALESCE(?, "
	"statement_on), third_party = COALESCE(?, third_party), signposted = "
	"COALESCE(?, signposted) WHERE id = ? AND resolved IS NULL",
	/* STMT_DISPUTE_RESOLVE */
	"UPDATE dispute_case SET resolved = ?, outcome = ?, resolved_by = ? "
	"WHERE id = ? AND resolved IS NULL",
	/* STMT_DISPUTE_EVENT_INSERT */
	"INSERT INTO dispute_event (case_id, day, step, detail, actor, at) "
	"VALUES (?, ?, ?, ?, ?, ?)",
	/* STMT_DISPUTE_EVENTS */
	"SELECT day, step, detail, actor, at FROM dispute_event WHERE "
	"case_id = ? ORDER BY id",
	/* STMT_DISPUTE_CANDIDATES: the people of the active member
	 * organisations of group ?1, with what links each to a party
	 * (?2, ?3): employment, a role naming a party, an interest
	 * declared naming one (SC-resolve-2) */
	"SELECT p.id, p.name, p.email, o.name AS organisation, o.sector, "
	"p.organisation_id IN (?2, ?3) AS employed, "
	"(SELECT group_concat(r.role || ' (' || r.area || ')', ', ') FROM "
	"person_role r WHERE r.person_id = p.id AND r.arrangement_id = ?4 "
	"AND r.area IS NOT NULL AND EXISTS (SELECT 1 FROM organisation x "
	"WHERE x.id IN (?2, ?3) AND (instr(lower(r.area), lower(x.name)) > 0 "
	"OR (x.short_name IS NOT NULL AND lower(r.area) = "
	"lower(x.short_name))))) AS roles, "
	"(SELECT group_concat(i.nature, '; ') FROM interest i WHERE "
	"i.person IS NOT NULL AND instr(lower(i.person), lower(p.name)) > 0 "
	"AND (i.organisation_id IN (?2, ?3) OR EXISTS (SELECT 1 FROM "
	"organisation x WHERE x.id IN (?2, ?3) AND (instr(lower(i.nature), "
	"lower(x.name)) > 0 OR (x.short_name IS NOT NULL AND "
	"instr(lower(i.nature), lower(x.short_name)) > 0))))) AS interests, "
	"EXISTS (SELECT 1 FROM dispute_panel dp WHERE dp.case_id = ?5 AND "
	"dp.person_id = p.id) AS drawn "
	"FROM person p JOIN organisation o ON o.id = p.organisation_id JOIN "
	"membership m ON m.organisation_id = o.id AND m.group_id = ?1 AND "
	"m.status = 'active' ORDER BY o.name, p.name",
	/* STMT_DISPUTE_PANEL_INSERT */
	"INSERT INTO dispute_panel (case_id, person_id, drawn_by, drawn_at) "
	"VALUES (?, ?, ?, ?)",
	/* STMT_DISPUTE_PANEL */
	"SELECT p.id, p.name, o.name AS organisation, o.sector, dp.drawn_by, "
	"dp.drawn_at FROM dispute_panel dp JOIN person p ON p.id = "
	"dp.person_id LEFT JOIN organisation o ON o.id = p.organisation_id "
	"WHERE dp.case_id = ? ORDER BY dp.id",
	/* STMT_DISPUTE_FIGURES: no names, for the annual review
	 * (SC-monitor); ?2 a year, or NULL for every year */
	"SELECT kind, stage, first_contact, due, resolved, signposted IS NOT "
	"NULL AS signposted FROM dispute_case WHERE arrangement_id = ?1 AND "
	"(?2 IS NULL OR substr(first_contact, 1, 4) = ?2) ORDER BY id",
	/* --- annual reports (core/report.c) --- */
	/* STMT_REPORT_YEARS: years in which anything was held or done */
	"SELECT DISTINCT y AS year FROM ("
	"SELECT substr(m.day, 1, 4) AS y FROM meeting m JOIN grp g ON g.id = "
	"m.group_id WHERE g.arrangement_id = ?1 UNION "
	"SELECT substr(coalesce(mo.closes, mo.decided_at, mo.proposed_at), 1, "
	"4) FROM motion mo JOIN grp g ON g.id = mo.group_id WHERE "
	"g.arrangement_id = ?1 UNION "
	"SELECT substr(coalesce(e.voting_closes, e.nominations_close), 1, 4) "
	"FROM election e JOIN grp g ON g.id = e.group_id WHERE "
	"g.arrangement_id = ?1 UNION "
	"SELECT CAST(year AS TEXT) FROM assessment_cycle WHERE "
	"arrangement_id = ?1 UNION "
	"SELECT substr(opens, 1, 4) FROM consultation WHERE arrangement_id = "
	"?1) ORDER BY y DESC",
	/* STMT_REPORT_MOTIONS: decisions of a period, dated by their
	 * meeting, or by when a poll closed or the decision was made */
	"SELECT mo.id, mo.body, mo.method, mo.round, mo.status, mo.outcome, "
	"mo.votes_for, mo.votes_against, mo.votes_abstain, g.slug AS grp, "
	"g.name AS group_name, coalesce(m.day, substr(mo.closes, 1, 10), "
	"substr(mo.decided_at, 1, 10), substr(mo.proposed_at, 1, 10)) AS "
	"decided_on FROM motion mo JOIN grp g ON g.id = mo.group_id LEFT JOIN "
	"meeting m ON m.id = mo.meeting_id WHERE g.arrangement_id = ?1 AND "
	"decided_on >= ?2 AND decided_on <= ?3 ORDER BY decided_on, mo.id",
	/* STMT_REPORT_ELECTIONS: elections whose ballot (or nominations)
	 * closed in a period, with the count */
	"SELECT e.id, e.office, e.round, e.status, e.seats, e.result, "
	"substr(coalesce(e.voting_closes, e.nominations_close), 1, 10) AS "
	"closed_on, p.name AS position, g.slug AS grp, g.name AS group_name "
	"FROM election e JOIN grp g ON g.id = e.group_id LEFT JOIN position p "
	"ON p.id = e.position_id WHERE g.arrangement_id = ?1 AND "
	"closed_on >= ?2 AND closed_on <= ?3 ORDER BY closed_on, e.id",
	/* STMT_REPORT_RESPONSE_INSERT (MC-mou) */
	"INSERT INTO report_response (arrangement_id, year, responder, body, "
	"responded_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
	/* STMT_REPORT_RESPONSE_GET */
	"SELECT responder, body, responded_on, recorded_by, recorded_at FROM "
	"report_response WHERE arrangement_id = ? AND year = ?",
	/* STMT_USER_TOTP_GET */
	"SELECT id, officer, password, disabled, totp_secret, totp_confirmed, "
	"totp_step FROM app_user WHERE id = ?",
	/* STMT_USER_TOTP_SET: a new secret (NULL: none), confirmed or not */
	"UPDATE app_user SET totp_secret = ?2, totp_confirmed = ?3, "
	"totp_step = NULL WHERE id = ?1",
	/* STMT_USER_TOTP_STEP: a step is spent once, and only forward */
	"UPDATE app_user SET totp_step = ?2 WHERE id = ?1 AND (totp_step IS "
	"NULL OR totp_step < ?2) RETURNING id",
	/* STMT_USER_TOTP_CONFIRM */
	"UPDATE app_user SET totp_confirmed = ?2 WHERE id = ?1",
	/* STMT_SESSION_LEVEL: officer rights, enrolment, last verified */
	"UPDATE session SET officer = ?2, enrol = ?3, verified = ?4 WHERE "
	"hash = ?1",
	/* STMT_TOKEN_BY_ID */
	"SELECT id, name, scope, revoked FROM api_token WHERE id = ?",
	/* STMT_TOKEN_REVOKE */
	"UPDATE api_token SET revoked = ?2 WHERE id = ?1 AND revoked IS NULL",
	/* STMT_TOKEN_USED */
	"UPDATE api_token SET last_used = ?2 WHERE id = ?1",
	/* STMT_PRIV_PERSON */
	"SELECT p.id, p.name, p.email, p.phone, p.job_title, "
	"p.organisation_id, o.name AS organisation, p.digest, p.restricted, "
	"p.erased FROM person p LEFT JOIN organisation o "
	"ON o.id = p.organisation_id WHERE p.id = ?",
	/* STMT_PRIV_ROLES */
	"SELECT a.slug AS arrangement, r.role, r.area FROM person_role r "
	"JOIN arrangement a ON a.id = r.arrangement_id WHERE r.person_id = ? "
	"ORDER BY r.id",
	/* STMT_PRIV_DECLS: declarations signed by name (in the person's organisation) */
	"SELECT d.id, ag.title AS agreement, ag.version, o.name AS "
	"organisation, d.signer_name, d.signer_role, d.signed_on, d.authority, "
	"d.recorded_by, d.recorded_at FROM declaration d JOIN agreement ag ON "
	"ag.id = d.agreement_id JOIN organisation o ON o.id = "
	"d.organisation_id WHERE d.signer_name = ?1 COLLATE NOCASE AND "
	"(?2 IS NULL OR d.organisation_id = ?2) ORDER BY d.id",
	/* STMT_PRIV_NOMS */
	"SELECT n.id, n.election_id, e.office, g.slug AS grp, n.details, "
	"n.why, n.skills, n.interests, n.guidance, n.nominated_on FROM "
	"nomination n JOIN election e ON e.id = n.election_id JOIN grp g ON "
	"g.id = e.group_id WHERE n.person_id = ? ORDER BY n.id",
	/* STMT_PRIV_OFFICES */
	"SELECT f.id, g.slug AS grp, f.office, f.interim, f.term_start, "
	"f.term_end, f.ended FROM office f JOIN grp g ON g.id = f.group_id "
	"WHERE f.person_id = ? ORDER BY f.id",
	/* STMT_PRIV_POSITIONS */
	"SELECT a.id, p.slug AS position, p.name, a.role, a.interim, "
	"a.scope, a.term_start, a.term_end, a.ended FROM appointment a JOIN "
	"position p ON p.id = a.position_id WHERE a.person_id = ? "
	"ORDER BY a.id",
	/* STMT_PRIV_INTERESTS: declarations of interest, by name */
	"SELECT i.id, i.meeting_id, m.day, o.name AS organisation, i.person, "
	"i.nature, i.declared, i.recorded_by FROM interest i JOIN meeting m "
	"ON m.id = i.meeting_id JOIN organisation o ON o.id = "
	"i.organisation_id WHERE i.person = ? COLLATE NOCASE ORDER BY i.id",
	/* STMT_PRIV_OTHER: other records naming the person (?1 id, ?2 name) */
	"SELECT 'concern' AS record, c.id, c.raised AS day, c.body AS detail "
	"FROM concern c WHERE c.person_id = ?1 UNION ALL "
	"SELECT 'dispute panel', dp.case_id, dp.drawn_at, NULL FROM "
	"dispute_panel dp WHERE dp.person_id = ?1 UNION ALL "
	"SELECT 'chaired meeting', m.id, m.day, NULL FROM meeting m WHERE "
	"m.chair_person_id = ?1 UNION ALL "
	"SELECT 'attendance', at.meeting_id, NULL, at.people FROM attendance "
	"at WHERE instr(at.people, ?2) > 0 UNION ALL "
	"SELECT 'action', ac.id, ac.due, ac.body FROM action ac WHERE "
	"ac.owner = ?2 COLLATE NOCASE",
	/* STMT_PRIV_USER: the sign-in account, without its secrets */
	"SELECT u.id, u.officer, u.created, u.disabled, u.password IS NOT "
	"NULL AS has_password, (SELECT count(*) FROM session s WHERE "
	"s.user_id = u.id) AS sessions, (SELECT max(seen) FROM session s "
	"WHERE s.user_id = u.id) AS last_seen, (SELECT count(*) FROM "
	"signin_link l WHERE l.user_id = u.id) AS signin_links, (SELECT "
	"max(expires) FROM signin_link l WHERE l.user_id = u.id) AS "
	"last_link FROM app_user u WHERE u.person_id = ?",
	/* STMT_PRIV_SIGNIN_FAILS */
	"SELECT at FROM signin_failure WHERE email = ? ORDER BY at",
	/* STMT_PRIV_MAIL */
	"SELECT id, kind, recipient, recipient_name, subject, body_text, "
	"status, created, sent FROM outbox WHERE recipient = ? COLLATE NOCASE "
	"ORDER BY id",
	/* STMT_PRIV_AUDIT: entries naming a person (?1 name, ?2 email, ?3 id) */
	"SELECT seq, at, actor, action, entity, entity_id, detail FROM audit "
	"WHERE (entity = 'person' AND entity_id = ?3) OR actor = ?1 OR "
	"instr(detail, ?1) > 0 OR (?2 IS NOT NULL AND instr(detail, ?2) > 0) "
	"ORDER BY seq",
	/* STMT_PRIV_ERASE_PERSON */
	"UPDATE person SET name = ?2, email = NULL, phone = NULL, job_title = "
	"NULL, digest = 0, restricted = coalesce(restricted, ?3), erased = ?3 "
	"WHERE id = ?1",
	/* STMT_PRIV_ERASE_ROLES */
	"DELETE FROM person_role WHERE person_id = ?",
	/* STMT_PRIV_ERASE_NOMS: a candidate's statements go; that they stood stays */
	"UPDATE nomination SET details = '(erased)', why = '(erased)', "
	"skills = '(erased)', interests = '(erased)' WHERE person_id = ?",
	/* STMT_PRIV_ERASE_DECLS: ?1 name, ?2 organisation or NULL, ?3 placeholder */
	"UPDATE declaration SET signer_name = ?3, signer_role = NULL WHERE "
	"signer_name = ?1 COLLATE NOCASE AND (?2 IS NULL OR organisation_id = "
	"?2)",
	/* STMT_PRIV_ERASE_INTERESTS */
	"UPDATE interest SET person = ?2 WHERE person = ?1 COLLATE NOCASE",
	/* STMT_PRIV_ERASE_ATTENDANCE */
	"UPDATE attendance SET people = replace(people, ?1, ?2) WHERE "
	"instr(people, ?1) > 0",
	/* STMT_PRIV_ERASE_ACTIONS */
	"UPDATE action SET owner = ?2 WHERE owner = ?1 COLLATE NOCASE",
	/* STMT_PRIV_ERASE_SESSIONS */
	"DELETE FROM session WHERE user_id IN (SELECT id FROM app_user WHERE "
	"person_id = ?)",
	/* STMT_PRIV_ERASE_LINKS */
	"DELETE FROM signin_link WHERE user_id IN (SELECT id FROM app_user "
	"WHERE person_id = ?)",
	/* STMT_PRIV_ERASE_USER */
	"DELETE FROM app_user WHERE person_id = ?",
	/* STMT_PRIV_ERASE_FAILS */
	"DELETE FROM signin_failure WHERE email = ?",
	/* STMT_PRIV_ERASE_MAIL */
	"DELETE FROM outbox WHERE recipient = ? COLLATE NOCASE",
	/* STMT_PRIV_AUDIT_REDACT */
	"UPDATE audit SET actor = ?2, detail = ?3 WHERE seq = ?1",
	/* STMT_PRIV_REDACTION_INSERT */
	"INSERT OR REPLACE INTO audit_redaction (seq, by_seq, reason) "
	"VALUES (?, ?, ?)",
	/* STMT_PRIV_REDACTIONS: each redaction with the detail of the entry vouching for it */
	"SELECT r.seq, r.by_seq, r.reason, a.detail AS by_detail FROM "
	"audit_redaction r LEFT JOIN audit a ON a.seq = r.by_seq ORDER BY r.seq",
	/* STMT_PRIV_RESTRICT: ?2 NULL lifts */
	"UPDATE person SET restricted = ?2 WHERE id = ?1",
	/* STMT_PRIV_HOLD_MAIL */
	"UPDATE outbox SET status = 'failed', last_error = 'held: the "
	"recipient''s data is restricted' WHERE recipient = ? COLLATE NOCASE "
	"AND status = 'queued'",
	/* STMT_RET_SIGNIN_FAILS */
	"DELETE FROM signin_failure WHERE at < ?",
	/* STMT_RET_SESSIONS */
	"DELETE FROM session WHERE seen < ?",
	/* STMT_RET_LINKS */
	"DELETE FROM signin_link WHERE expires < ?",
	/* STMT_RET_MAIL: mail delivered or given up, of the arrangement */
	"DELETE FROM outbox WHERE status IN ('sent', 'failed') AND created "
	"< ?1 AND (arrangement_id = ?2 OR arrangement_id IS NULL)",
	/* STMT_RET_AUDIT: entries older than ?1 naming a person not erased */
	"SELECT a.seq, a.actor, a.detail FROM audit a WHERE a.at < ?1 AND "
	"EXISTS (SELECT 1 FROM person p WHERE p.erased IS NULL AND "
	"(a.actor = p.name OR instr(a.detail, p.name) > 0 OR "
	"instr(a.detail, p.email) > 0)) ORDER BY a.seq",
	/* STMT_RET_PEOPLE_IN: people named in an entry (?1 detail, ?2 actor) */
	"SELECT id, name, email FROM person WHERE erased IS NULL AND "
	"(name = ?2 OR instr(?1, name) > 0 OR instr(?1, email) > 0) "
	"ORDER BY length(name) DESC",
	/* STMT_MEMB_REGISTER_PAGE: one page of STMT_MEMB_REGISTER (?2 rows
	 * from the ?3rd on) */
	"SELECT " MEMB_COLS ", (SELECT d.signed_on FROM declaration d "
	"JOIN agreement a ON a.id = d.agreement_id WHERE "
	"d.organisation_id = m.organisation_id AND a.arrangement_id = "
	"g.arrangement_id AND a.in_force_to IS NULL) AS signed_on"
	MEMB_FROM "WHERE g.arrangement_id = ?1 ORDER BY o.name, g.id "
	"LIMIT ?2 OFFSET ?3",
	/* STMT_MEMB_REGISTER_COUNT: the rows of STMT_MEMB_REGISTER */
	"SELECT count(*) AS n FROM membership m JOIN grp g ON g.id = "
	"m.group_id WHERE g.arrangement_id = ?",
	/* STMT_CONST_ID_AT: which version STMT_CONST_AT would give, without
	 * its text */
	"SELECT id FROM constitution_version WHERE arrangement_id = ? "
	"AND effective_from <= ?2 AND (effective_to IS NULL OR "
	"effective_to > ?2) ORDER BY version DESC LIMIT 1",
};

_Static_assert(sizeof(stmts) / sizeof(stmts[0]) == STMT__MAX,
    "one statement for each enum stmt");

/*
 * Numbered migrations.  Each runs once, in order, in one exclusive
 * transaction with the user_version bump that records it.
 */
static const char *const migrations[] = {
	"src/store/schema.sql",		/* 1: the registry */
	"src/store/schema2.sql",	/* 2: meetings, decisions, elections */
	"src/store/schema3.sql",	/* 3: the outbox */
	"src/store/schema4.sql",	/* 4: users, sign-in, API tokens */
	"src/store/schema5.sql",	/* 5: the daily digest */
	"src/store/schema6.sql",	/* 6: self-assessment, consultations */
	"src/store/schema7.sql",	/* 7: partners and money */
	"src/store/schema8.sql",	/* 8: disputes and breaches */
	"src/store/schema9.sql",	/* 9: responses to annual reports */
	"src/store/schema10.sql",	/* 10: failed password sign-ins */
	"src/store/schema11.sql",	/* 11: sign-in link requests */
	"src/store/schema12.sql",	/* 12: second factor, token scopes */
	"src/store/schema13.sql",	/* 13: personal data (UK GDPR) */
	"src/store/schema14.sql",	/* 14: each arrangement's own rules */
	"src/store/schema15.sql",	/* 15: ledger, sealed ballots */
	"src/store/schema16.sql",	/* 16: indexes for names and counts */
};
#define MIGRATIONS (int)(sizeof(migrations) / sizeof(migrations[0]))

static int
store_code(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return STORE_OK;
	case SQLITE_CONSTRAINT:
		return STORE_CONSTRAINT;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return STORE_BUSY;
	default:
		return STORE_ERROR;
	}
}

static int
store_migrate(struct store *s, char *err, size_t errsz)
{
	sqlite3_stmt	*q = NULL;
	char		 sql[64];
	char		*msg = NULL;
	int		 have, i, rc;

	rc = sqlite3_exec(s->db, s->readonly ? "BEGIN" : "BEGIN EXCLUSIVE",
	    NULL, NULL, &msg);
	if (rc != SQLITE_OK)
		goto out;
	rc = sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &q, NULL);
	if (rc != SQLITE_OK || sqlite3_step(q) != SQLITE_ROW)
		goto out;
	have = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	q = NULL;
	for (i = have; i < MIGRATIONS; i++) {
		/* Each migration is a built-in file. */
		const char *body = embedded_get(migrations[i], NULL);

		if (body == NULL) {
			rc = SQLITE_ERROR;
			goto out;
		}
		rc = sqlite3_exec(s->db, body, NULL, NULL, &msg);
		if (rc != SQLITE_OK)
			goto out;
		snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", i + 1);
		rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
		if (rc != SQLITE_OK)
			goto out;
	}
	if (s->readonly && have < MIGRATIONS) {
		snprintf(err, errsz, "the database is read-only for this user "
		    "and needs its schema brought up to date; open it once as "
		    "its owner");
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return STORE_ERROR;
	}
	if (have > MIGRATIONS) {
		snprintf(err, errsz, "the database was made by a newer Alliance "
		    "(schema %d; this program knows %d)", have, MIGRATIONS);
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return STORE_ERROR;
	}
	rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, &msg);
out:
	if (q != NULL)
		sqlite3_finalize(q);
	if (rc != SQLITE_OK) {
		snprintf(err, errsz, "%s", msg != NULL ? msg :
		    sqlite3_errmsg(s->db));
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	}
	sqlite3_free(msg);
	return store_code(rc);
}

/*
 * A database this user may not write (its file mode, a read-only disk)
 * is read as immutable when no WAL is pending: an ordinary read-only
 * connection would leave -wal and -shm files behind, in this user's
 * name, that then stand in the owner's way.  Writes are refused
 * (store_readonly).  Returns 1 with the URI in uri, else 0.
 */
static int
store_readonly_uri(const char *path, char *uri, size_t urisz)
{
	char	 wal[PATH_MAX + 8];
	size_t	 n;

	if (access(path, W_OK) == 0 || errno == ENOENT)
		return 0;
	snprintf(wal, sizeof(wal), "%s-wal", path);
	if (access(wal, F_OK) == 0 || strlen(path) * 3 + 32 > urisz)
		return 0;
	n = (size_t)snprintf(uri, urisz, "file:");
	for (; *path != '\0'; path++)
		if (isalnum((unsigned char)*path) ||
		    strchr("/._-~", *path) != NULL)
			uri[n++] = *path;
		else
			n += (size_t)snprintf(uri + n, urisz - n, "%%%02X",
			    (unsigned char)*path);
	snprintf(uri + n, urisz - n, "?immutable=1");
	return 1;
}

int
store_readonly(const struct store *s)
{
	return s->readonly;
}

int
store_open(const char *path, int create, struct store **out, char *err,
    size_t errsz)
{
	struct store	*s;
	char		 uri[PATH_MAX * 3 + 32];
	int		 rc, flags;

	*out = NULL;
	if (!create && access(path, F_OK) != 0) {
		snprintf(err, errsz, "no database at %s (create one with "
		    "'alliance --db %s init --template NAME')", path, path);
		return STORE_ERROR;
	}
	if ((s = calloc(1, sizeof(*s))) == NULL) {
		snprintf(err, errsz, "out of memory");
		return STORE_ERROR;
	}
	/* A connection serves one thread at a time (the server lends each
	 * request its own): SQLite need not lock it on every call. */
	flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
	    (create ? SQLITE_OPEN_CREATE : 0);
	if (!create && store_readonly_uri(path, uri, sizeof(uri))) {
		s->readonly = 1;
		rc = sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY |
		    SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	} else
		rc = sqlite3_open_v2(path, &s->db, flags, NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errsz, "cannot open database %s: %s", path,
		    s->db != NULL ? sqlite3_errmsg(s->db) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 1);
	/* Another writer gets a few seconds before we give up. */
	sqlite3_busy_timeout(s->db, 3000);
	/* secure_delete: what is deleted or overwritten is zeroed in the
	 * file, not left in free space for a reader of the file. */
	rc = sqlite3_exec(s->db, s->readonly ? "PRAGMA foreign_keys = ON; "
	    "PRAGMA secure_delete = ON" :
	    "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
	    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL",
	    NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errsz, "cannot use database %s: %s", path,
		    sqlite3_errmsg(s->db));
		goto fail;
	}
	if ((rc = store_migrate(s, err, errsz)) != STORE_OK) {
		if (rc == STORE_BUSY)
			snprintf(err, errsz, "database %s is locked by another "
			    "program; try again when it has finished", path);
		goto fail;
	}
	if (!s->readonly && (rc = store_ledger_track(s)) != STORE_OK) {
		snprintf(err, errsz, "out of memory");
		goto fail;
	}
	*out = s;
	return STORE_OK;
fail:
	rc = store_code(rc) == STORE_OK ? STORE_ERROR : store_code(rc);
	store_ledger_free(s);
	sqlite3_close(s->db);
	free(s);
	return rc;
}

void
store_close(struct store *s)
{
	int i;

	if (s == NULL)
		return;
	for (i = 0; i < STMT__MAX; i++)
		sqlite3_finalize(s->st[i]);
	store_ledger_free(s);
	sqlite3_close(s->db);
	free(s);
}

int
store_begin(struct store *s)
{
	return store_code(sqlite3_exec(s->db, "BEGIN IMMEDIATE",
	    NULL, NULL, NULL));
}

int
store_begin_read(struct store *s)
{
	return store_code(sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL));
}

int
store_commit(struct store *s)
{
	return store_code(sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL));
}

void
store_rollback(struct store *s)
{
	store_ledger_forget(s);
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Prepares (once) and binds; returns NULL on a fault. */
static sqlite3_stmt *
store_bind(struct store *s, enum stmt id, const char *fmt, va_list ap)
{
	sqlite3_stmt	*q;
	const char	*str;
	int		 i, rc = SQLITE_OK;

	if (s->st[id] == NULL &&
	    sqlite3_prepare_v3(s->db, stmts[id], -1,
	    SQLITE_PREPARE_PERSISTENT, &s->st[id], NULL) != SQLITE_OK) {
		fprintf(stderr, "alliance: internal error preparing "
		    "statement %d: %s\n", (int)id, sqlite3_errmsg(s->db));
		return NULL;
	}
	q = s->st[id];
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	for (i = 0; fmt[i] != '\0' && rc == SQLITE_OK; i++) {
		switch (fmt[i]) {
		case 's':
			str = va_arg(ap, const char *);
			rc = str == NULL ? sqlite3_bind_null(q, i + 1) :
			    sqlite3_bind_text(q, i + 1, str, -1,
			    SQLITE_TRANSIENT);
			break;
		case 'i':
			rc = sqlite3_bind_int(q, i + 1, va_arg(ap, int));
			break;
		case 'l':
			rc = sqlite3_bind_int64(q, i + 1, va_arg(ap, int64_t));
			break;
		case 'n': {
			int64_t v = va_arg(ap, int64_t);

			rc = v == 0 ? sqlite3_bind_null(q, i + 1) :
			    sqlite3_bind_int64(q, i + 1, v);
			break;
		}
		default:
			abort();
		}
	}
	return rc == SQLITE_OK ? q : NULL;
}

int
store_exec(struct store *s, enum stmt id, const char *fmt, ...)
{
	sqlite3_stmt	*q;
	va_list		 ap;
	int		 rc;

	va_start(ap, fmt);
	q = store_bind(s, id, fmt, ap);
	va_end(ap);
	if (q == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		continue;
	sqlite3_reset(q);
	return store_code(rc);
}

int64_t
store_last_id(const struct store *s)
{
	return sqlite3_last_insert_rowid(s->db);
}

int
store_changes(const struct store *s)
{
	return sqlite3_changes(s->db);
}

int
store_version(struct store *s, uint64_t *out)
{
	sqlite3_stmt	*q;
	int		 rc;

	*out = 0;
	if (s->st[STMT_DATA_VERSION] == NULL && sqlite3_prepare_v2(s->db,
	    stmts[STMT_DATA_VERSION], -1, &s->st[STMT_DATA_VERSION], NULL) !=
	    SQLITE_OK)
		return STORE_ERROR;
	q = s->st[STMT_DATA_VERSION];
	rc = sqlite3_step(q);
	/* Others' commits in the high bits, this connection's rows in the
	 * low ones. */
	if (rc == SQLITE_ROW)
		*out = (uint64_t)sqlite3_column_int64(q, 0) << 40 ^
		    (uint64_t)sqlite3_total_changes64(s->db);
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? STORE_OK : store_code(rc);
}

/*
 * A text column as a JSON string.  A value that is not UTF-8 (from an
 * older database or an outside edit: every entrance refuses it now)
 * is shown with U+FFFD in its place, so that it cannot make a list
 * unreadable.
 */
static json_t *
store_text_json(sqlite3_stmt *q, int i)
{
	const char	*t = (const char *)sqlite3_column_text(q, i);
	char		*fixed;
	json_t		*v;

	if (t == NULL)
		return NULL;
	if (text_utf8(t, strlen(t)))
		return json_string(t);
	if ((fixed = text_utf8_repair(t, strlen(t))) == NULL)
		return NULL;
	v = json_string(fixed);
	free(fixed);
	return v;
}

static json_t *
store_row_json(sqlite3_stmt *q)
{
	json_t	*o;
	int	 i, n = sqlite3_column_count(q);

	if ((o = json_object()) == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		json_t *v;

		switch (sqlite3_column_type(q, i)) {
		case SQLITE_INTEGER:
			v = json_integer(sqlite3_column_int64(q, i));
			break;
		case SQLITE_NULL:
			v = json_null();
			break;
		default:
			v = store_text_json(q, i);
			break;
		}
		if (v == NULL || json_object_set_new(o,
		    sqlite3_column_name(q, i), v) != 0) {
			json_decref(o);
			return NULL;
		}
	}
	return o;
}

static int
store_vquery(struct store *s, json_t **out, int one, enum stmt id,
    const char *fmt, va_list ap)
{
	sqlite3_stmt	*q;
	json_t		*rows = NULL, *row;
	int		 rc;

	*out = NULL;
	if ((q = store_bind(s, id, fmt, ap)) == NULL)
		return STORE_ERROR;
	if (!one && (rows = json_array()) == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((row = store_row_json(q)) == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		if (one) {
			*out = row;
			rc = SQLITE_DONE;
			break;
		}
		json_array_append_new(rows, row);
	}
	sqlite3_reset(q);
	if (store_code(rc) != STORE_OK) {
		json_decref(rows);
		json_decref(*out);
		*out = NULL;
		return store_code(rc) == STORE_OK ? STORE_ERROR :
		    store_code(rc);
	}
	if (!one)
		*out = rows;
	return STORE_OK;
}

sqlite3_stmt *
store_int_query(struct store *s, enum stmt id, const char *fmt, ...)
{
	sqlite3_stmt	*q;
	va_list		 ap;

	va_start(ap, fmt);
	q = store_bind(s, id, fmt, ap);
	va_end(ap);
	return q;
}

int
store_int_each(sqlite3_stmt *q, int (*fill)(sqlite3_stmt *, void *),
    void *arg)
{
	int	rc;

	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		if (fill(q, arg) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
	sqlite3_reset(q);
	return rc == SQLITE_NOMEM ? STORE_ERROR : store_code(rc);
}

char *
store_int_text(sqlite3_stmt *q, int i, int *nomem)
{
	const char	*t = (const char *)sqlite3_column_text(q, i);
	char		*copy;

	if (t == NULL)
		return NULL;
	copy = text_utf8(t, strlen(t)) ? strdup(t) :
	    text_utf8_repair(t, strlen(t));
	if (copy == NULL)
		*nomem = 1;
	return copy;
}

int
store_rows(struct store *s, json_t **out, enum stmt id, const char *fmt, ...)
{
	va_list	ap;
	int	rc;

	va_start(ap, fmt);
	rc = store_vquery(s, out, 0, id, fmt, ap);
	va_end(ap);
	return rc;
}

int
store_row(struct store *s, json_t **out, enum stmt id, const char *fmt, ...)
{
	va_list	ap;
	int	rc;

	va_start(ap, fmt);
	rc = store_vquery(s, out, 1, id, fmt, ap);
	va_end(ap);
	return rc;
}

const char *
store_errmsg(const struct store *s)
{
	return sqlite3_errmsg(s->db);
}
