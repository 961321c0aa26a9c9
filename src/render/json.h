/*
 * JSON made at the edge, for the API and --json, from core's typed
 * records: each domain's builders, with the field names the API and
 * --json have always given (doc/openapi.json).  Each returns a new
 * reference, or NULL for no memory.
 */
#ifndef RENDER_JSON_H
#define RENDER_JSON_H

#include <jansson.h>

#include "core/core.h"
#include "core/records.h"
#include "store/rec_registry.h"
#include "core/core_report.h"

/* Each of the n records of size bytes at v made by one(rec), in a new
 * array (json_registry.c). */
json_t *json_array_of(const void *v, size_t n, size_t size,
    json_t *(*one)(const void *));
#define JSON_ARRAY(l, fn) json_array_of((l)->v, (l)->n, sizeof(*(l)->v), fn)
/* Defines fn, the JSON of a struct list: an array of its records, each
 * made by one. */
#define JSON_LIST(fn, list, one) \
	json_t *fn(const struct list *l) { return JSON_ARRAY(l, one); }
/* A string, or null for none; an id, or null for none (0); lines of
 * text (names) as an array of strings (json_registry.c). */
json_t *json_str_null(const char *);
json_t *json_id_null(int64_t);
json_t *json_lines(const struct rec_lines *);

/* --- the registry (json_registry.c) --- */
json_t *json_org(const struct rec_org *);
json_t *json_org_list(const struct rec_org_list *);
json_t *json_person(const struct rec_person *, const struct rec_role_list *);
json_t *json_person_list(const struct rec_person_list *);
json_t *json_group(const struct rec_group *, const struct rec_office_list *);
json_t *json_group_list(const struct rec_group_list *);
/* with_signed: the register's, with each organisation's signing date. */
json_t *json_membership_list(const struct rec_membership_list *,
    int with_signed);
json_t *json_membership_detail(const struct rec_membership_detail *);
json_t *json_forum_list(const struct rec_forum_list *);
json_t *json_position_list(const struct rec_position_list *);
json_t *json_signatory_list(const struct rec_signatory_list *);
json_t *json_commitment_list(const struct rec_commitment_list *);
json_t *json_concern_list(const struct rec_concern_list *);

/* --- meetings (json_meeting.c) --- */
/* One meeting as its viewer sees it: the parts the viewer may not see
 * (SA-11.1, SA-3.1-assoc) are absent, not null. */
json_t *json_meeting(const struct meeting_view *);
/* The list of meetings (no notes, no link). */
json_t *json_meeting_list(const struct rec_meeting_list *);
json_t *json_action_list(const struct rec_action_list *);
/* --- decisions (json_meeting.c) --- */
json_t *json_motion(const struct motion_view *);
json_t *json_motion_list(const struct rec_motion_list *);
/* What a count found: {outcome, for, against, abstain, referred_to?,
 * effect?, motion, tie}. */
json_t *json_motion_result(const struct motion_result *);

/* --- elections (json_election.c) --- */
/* An election as its viewer sees it: result and ballots are null and
 * absent until the viewer may read them (SA-9.4). */
json_t *json_election(const struct election_view *);
json_t *json_election_list(const struct rec_election_list *);
/* A count: {counts, winners, tied, ballots, outcome, runoff?}. */
json_t *json_election_result(const struct election_result *);
/* A verification: {voters, ballots, turnout, ineligible, problems, ok}. */
json_t *json_election_check(const struct election_check *);

/* --- each agreement's own records (json_own.c) --- */
struct rec_stepback_list;
struct rec_train_session_list;
struct rec_pos_decision_list;
struct rec_paper_list;
struct rec_mreport_list;
json_t *json_stepback_list(const struct rec_stepback_list *);
json_t *json_train_session_list(const struct rec_train_session_list *);
json_t *json_pos_decision_list(const struct rec_pos_decision_list *);
json_t *json_paper_list(const struct rec_paper_list *);
json_t *json_mreport_list(const struct rec_mreport_list *);
struct rec_arrangement_list;
struct rec_constitution_version_list;
json_t *json_arrangement_list(const struct rec_arrangement_list *);
json_t *json_constitution_versions(
    const struct rec_constitution_version_list *);
struct rec_origin_list;
struct rec_invite_list;
struct rec_request_list;
json_t *json_origin_list(const struct rec_origin_list *);
json_t *json_invite_list(const struct rec_invite_list *);
json_t *json_request_list(const struct rec_request_list *);
/* The agreement's term: {starts, ends, renewals, runs_to, lapsed}. */
struct term_view;
json_t *json_term(const struct term_view *);
/* An import's problems: [{line, field, message}]. */
json_t *json_import_problems(const struct import_report *);

/* --- the audit log and the ledger (json_audit.c) --- */
/* Every entry: {seq, at, actor, action, entity, entity_id, detail,
 * prev_hash, hash, vouched, sig}. */
json_t *json_audit_list(const struct rec_audit_list *);
/* Each problem: {seq, problem} for an entry, {table, row, label,
 * problem, election?, seq?, action?} for a row. */
json_t *json_ledger_problems(const struct rec_ledger_problems *);
/* {seq, at, hash, sig, key, head}. */
json_t *json_audit_head(const struct audit_head *);
/* {checked, rows, vouched_from {seq, at} or null, head ({...},
 * {unchecked} or null), problems, intact}. */
json_t *json_audit_check(const struct audit_check *);
/* {file, pages, bytes, ms, steps, restarts, integrity, audit_entries}. */
json_t *json_backup_report(const struct backup_report *);

/* --- mail (json_mail.c) --- */
/* The outbox as listed: {id, kind, recipient, subject, status,
 * attempts, next_attempt, last_error, created, sent}. */
json_t *json_mail_list(const struct rec_mail_list *);
/* One message, every column of the outbox. */
json_t *json_mail(const struct rec_mail *);
/* {sent, not_sent}. */
json_t *json_mail_sent(const struct mail_sent *);
/* {digests, messages}. */
json_t *json_mail_digest(const struct mail_digest *);
/* The reminders: {kind, to, about} each. */
json_t *json_remind_list(const struct remind_list *);

/* --- users, tokens and personal data (json_auth.c) --- */
struct person_export;
struct retention;
json_t *json_user_list(const struct rec_user_list *);
json_t *json_token_list(const struct rec_token_list *);
/* An access request: the person's row, then each section's rows with
 * the columns held (an audit entry's detail as the JSON it is kept as). */
json_t *json_person_export(const struct person_export *);
/* {person, placeholder, removed, kept, redacted, removed_records,
 * kept_records}: the sums, then the counts by kind. */
json_t *json_erasure(const struct rec_erasure *);
/* {signin, mail, audit} */
json_t *json_retention(const struct retention *);

/* --- the annual report (json_report.c) --- */
json_t *json_report(const struct core_report *);
/* The years with a report: [2025, 2026]. */
json_t *json_report_years(const int *years, size_t n);

/* --- the constitution (json_constitution.c) --- */
struct rec_constitution_version;
struct constitution_setting_list;
/* {id, version, effective_from, effective_to, body, applied_by,
 * applied_at}: null where absent. */
json_t *json_constitution_version(const struct rec_constitution_version *);
/* [{setting, rule, meaning, value}]: value a string, or an array of
 * strings for a list. */
json_t *json_constitution_settings(
    const struct constitution_setting_list *);

/* --- compliance (json_check.c) --- */
/* The flags as [{rule, group, fact}], group null for the arrangement's. */
json_t *json_check_list(const struct check_flag_list *);
/* The flags an action returns, each said as one line, "rule fact":
 * ["SC-resolve-2 resolved 3 days after the due date (...)"]. */
json_t *json_flag_lines(const struct check_flag_list *);

/* --- the partners' records (json_partners.c) --- */
/* A contact's email is present (null) where core blanked it. */
json_t *json_contact_list(const struct rec_contact_list *);
json_t *json_plan_list(const struct rec_plan_list *);
json_t *json_milestone_list(const struct rec_milestone_list *);
json_t *json_influence_list(const struct rec_influence_list *);
json_t *json_partner_attendance_list(
    const struct rec_partner_attendance_list *);
json_t *json_partnership_list(const struct rec_partnership_list *);
/* The statuses' names, as the API and --json give them (and the annual
 * report shows them): enum plan_status, milestone_status,
 * partnership_status. */
extern const char *const json_plan_status[3];
extern const char *const json_milestone_status[4];
extern const char *const json_partnership_status[3];
/* --- funding (json_partners.c) --- */
json_t *json_funding_list(const struct rec_funding_list *);
/* A funding's length against the aim, by enum funding_band. */
extern const char *const json_funding_length[3];
/* {year, total_pence, by_kind, partners, lengths, funding, min_years,
 * max_years, published, rules?} */
json_t *json_spend(const struct spend_view *);
/* The 360Giving Data Standard package {"grants": [...]}. */
json_t *json_grants_360(const struct rec_funding_list *, const char *pre);
/* --- the self-assessment and consultations (json_partners.c) --- */
json_t *json_cycle_list(const struct rec_cycle_list *);
/* The cycle's fields with its "assessments". */
json_t *json_assess_year(const struct assess_year *);
json_t *json_consult_list(const struct rec_consult_list *);
/* --- disputes and breaches (json_partners.c) --- */
json_t *json_dispute_list(const struct rec_dispute_list *);
json_t *json_dispute(const struct dispute_view *);
json_t *json_panel_view(const struct panel_view *);
json_t *json_dispute_stats(const struct dispute_stats *);

/* --- the web's own documents (json_web.c) --- */
/* An API error: {"error": {code, field, message}}; field NULL: none. */
json_t *json_web_error(const char *code, const char *field,
    const char *message);
/* Up to n items of array from the index from, in a new array. */
json_t *json_web_slice(const json_t *array, size_t from, size_t n);
/* An audit entry's detail (its JSON text): a copy of the first of keys
 * (NULL-ended) that holds text, or NULL when none does (or the detail
 * is not JSON, or no memory). */
char *json_detail_text(const char *detail, const char *const *keys);

/* --- the API's routes (json_routes.c) --- */
/* GET /api/v1/: the arrangement, the description's address and the n
 * paths, as doc/openapi.json writes them ("/meetings/{id}"). */
json_t *json_routes_index(const char *arrangement, const char *const *paths,
    size_t n);

#endif
