/*
 * The partners' records as typed records (rec_partners.h), each read
 * by a column map in the order of its statement's SELECT (colmap.h).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "colmap.h"
#include "rec_partners.h"
#include "store_int.h"

#define Q	store_int_query

static const struct col contact_cols[] = {
	I(rec_contact, id), T(rec_contact, kind), T(rec_contact, area),
	T(rec_contact, organisation), T(rec_contact, name),
	T(rec_contact, job_title), T(rec_contact, email),
	T(rec_contact, since), T(rec_contact, ended),
};
static const struct map contact_map = MAP(rec_contact, contact_cols);

static const struct col partner_cols[] = {
	I(rec_partner, id), T(rec_partner, name),
	E(C_SECTOR, rec_partner, sector),
};
static const struct map partner_map = MAP(rec_partner, partner_cols);

static const struct col plan_cols[] = {
	I(rec_plan, id), IN(rec_plan, org_id, "organisation_id"),
	T(rec_plan, organisation), T(rec_plan, commitment),
	T(rec_plan, action), T(rec_plan, owner), T(rec_plan, due),
	T(rec_plan, progress), T(rec_plan, done_on),
};
static const struct map plan_map = MAP(rec_plan, plan_cols);

static const struct col met_cols[] = {
	T(rec_milestone, due), T(rec_milestone, label),
	T(rec_milestone, met_on), T(rec_milestone, note),
};
static const struct map met_map = MAP(rec_milestone, met_cols);

static const struct col influence_cols[] = {
	I(rec_influence, id), T(rec_influence, on_date),
	T(rec_influence, body), T(rec_influence, decision),
	T(rec_influence, change), T(rec_influence, commitment),
	T(rec_influence, source),
};
static const struct map influence_map = MAP(rec_influence, influence_cols);

static const struct col pattend_cols[] = {
	T(rec_partner_attendance, grp),
	T(rec_partner_attendance, group_name),
	T(rec_partner_attendance, organisation),
	I(rec_partner_attendance, held), I(rec_partner_attendance, attended),
};
static const struct map pattend_map = MAP(rec_partner_attendance,
    pattend_cols);

static const struct col pship_cols[] = {
	I(rec_partnership, id), T(rec_partnership, slug),
	T(rec_partnership, section), T(rec_partnership, name),
	I(rec_partnership, representatives),
	T(rec_partnership, justification), T(rec_partnership, agreed_by),
	T(rec_partnership, agreed_on),
};
static const struct map pship_map = MAP(rec_partnership, pship_cols);

static const struct col cref_cols[] = {
	I(rec_commitment_ref, id), T(rec_commitment_ref, code),
	T(rec_commitment_ref, kind), T(rec_commitment_ref, heading),
	T(rec_commitment_ref, party),
};
static const struct map cref_map = MAP(rec_commitment_ref, cref_cols);

static const struct col funding_cols[] = {
	I(rec_funding, id), T(rec_funding, kind), T(rec_funding, funder),
	T(rec_funding, funder_identifier), T(rec_funding, recipient),
	T(rec_funding, recipient_identifier), I(rec_funding, funder_id),
	I(rec_funding, recipient_id), T(rec_funding, title),
	T(rec_funding, description), I(rec_funding, amount_pence),
	T(rec_funding, awarded), T(rec_funding, starts),
	T(rec_funding, ends), T(rec_funding, reference),
};
static const struct map funding_map = MAP(rec_funding, funding_cols);

static const struct col aim_cols[] = {
	T(rec_spend_aim, organisation), I(rec_spend_aim, amount_pence),
	T(rec_spend_aim, plan),
};
static const struct map aim_map = MAP(rec_spend_aim, aim_cols);

static const struct col cycle_cols[] = {
	I(rec_cycle, id), I(rec_cycle, arrangement_id), I(rec_cycle, year),
	T(rec_cycle, due), T(rec_cycle, opened_by), T(rec_cycle, opened_at),
};
static const struct map cycle_map = MAP(rec_cycle, cycle_cols);

static const struct col rating_cols[] = {
	T(rec_rating, code), T(rec_rating, heading), T(rec_rating, body),
	T(rec_rating, rating), T(rec_rating, evidence), T(rec_rating, links),
	T(rec_rating, sector_view),
};
static const struct map rating_map = MAP(rec_rating, rating_cols);

static const struct col assess_cols[] = {
	I(rec_assessment, id), IN(rec_assessment, org_id, "organisation_id"),
	T(rec_assessment, organisation), E(C_SECTOR, rec_assessment, sector),
	T(rec_assessment, submitted), I(rec_assessment, rated),
};
static const struct map assess_map = MAP(rec_assessment, assess_cols);

static const struct col code_cols[] = { T(rec_code, code) };
static const struct map code_map = MAP(rec_code, code_cols);

static const struct col consult_cols[] = {
	I(rec_consult, id), T(rec_consult, organisation),
	IN(rec_consult, org_id, "organisation_id"), T(rec_consult, title),
	T(rec_consult, opens), T(rec_consult, closes),
	F(rec_consult, significant), T(rec_consult, short_reason),
	T(rec_consult, feedback_on),
};
static const struct map consult_map = MAP(rec_consult, consult_cols);

#define D(f)	T(rec_dispute, f)
static const struct col dispute_cols[] = {
	I(rec_dispute, id), I(rec_dispute, arrangement_id), D(kind),
	I(rec_dispute, org_a_id), I(rec_dispute, org_b_id), D(subject),
	D(first_contact), I(rec_dispute, stage), D(problem), D(handled),
	D(unresolved), D(outcome_sought), D(statement_on), D(due),
	D(third_party), D(signposted), D(resolved), D(outcome),
	D(resolved_by), D(recorded_by), D(recorded_at), D(org_a),
	D(sector_a), D(legal_form_a), D(org_b), D(sector_b), D(legal_form_b),
};
static const struct map dispute_map = MAP(rec_dispute, dispute_cols);

static const struct col dispute_list_cols[] = {
	I(rec_dispute, id), D(kind), D(subject), D(org_a), D(org_b),
	D(first_contact), I(rec_dispute, stage), D(due), D(resolved),
	D(signposted),
};
static const struct map dispute_list_map = MAP(rec_dispute,
    dispute_list_cols);
#undef D

static const struct col event_cols[] = {
	T(rec_dispute_event, day), T(rec_dispute_event, step),
	T(rec_dispute_event, detail), T(rec_dispute_event, actor),
	T(rec_dispute_event, at),
};
static const struct map event_map = MAP(rec_dispute_event, event_cols);

static const struct col panellist_cols[] = {
	I(rec_panellist, id), T(rec_panellist, name),
	T(rec_panellist, organisation), T(rec_panellist, sector),
	T(rec_panellist, drawn_by), T(rec_panellist, drawn_at),
};
static const struct map panellist_map = MAP(rec_panellist, panellist_cols);

static const struct col candidate_cols[] = {
	I(rec_candidate, id), T(rec_candidate, name), T(rec_candidate, email),
	T(rec_candidate, organisation), T(rec_candidate, sector),
	F(rec_candidate, employed), T(rec_candidate, roles),
	T(rec_candidate, interests), F(rec_candidate, drawn),
};
static const struct map candidate_map = MAP(rec_candidate, candidate_cols);

static const struct col figure_cols[] = {
	T(rec_dispute_figure, kind), I(rec_dispute_figure, stage),
	T(rec_dispute_figure, first_contact), T(rec_dispute_figure, due),
	T(rec_dispute_figure, resolved), F(rec_dispute_figure, signposted),
};
static const struct map figure_map = MAP(rec_dispute_figure, figure_cols);

/* --- freeing --- */

void
rec_contact_clear(struct rec_contact *r)
{
	if (r != NULL)
		store_map_clear(&contact_map, r);
}

void
rec_plan_clear(struct rec_plan *r)
{
	if (r != NULL)
		store_map_clear(&plan_map, r);
}

void
rec_funding_clear(struct rec_funding *r)
{
	if (r != NULL)
		store_map_clear(&funding_map, r);
}

void
rec_commitment_ref_clear(struct rec_commitment_ref *r)
{
	if (r != NULL)
		store_map_clear(&cref_map, r);
}

LIST_FREE(rec_contact_list_free, rec_contact_list, contact_map)
LIST_FREE(rec_partner_list_free, rec_partner_list, partner_map)
LIST_FREE(rec_plan_list_free, rec_plan_list, plan_map)
LIST_FREE(rec_milestone_list_free, rec_milestone_list, met_map)
LIST_FREE(rec_influence_list_free, rec_influence_list, influence_map)
LIST_FREE(rec_partner_attendance_list_free, rec_partner_attendance_list,
    pattend_map)
LIST_FREE(rec_partnership_list_free, rec_partnership_list, pship_map)
LIST_FREE(rec_funding_list_free, rec_funding_list, funding_map)
LIST_FREE(rec_spend_aim_list_free, rec_spend_aim_list, aim_map)
LIST_FREE(rec_cycle_list_free, rec_cycle_list, cycle_map)
LIST_FREE(rec_rating_list_free, rec_rating_list, rating_map)
LIST_FREE(rec_code_list_free, rec_code_list, code_map)
LIST_FREE(rec_consult_list_free, rec_consult_list, consult_map)
LIST_FREE(rec_dispute_list_free, rec_dispute_list, dispute_map)
LIST_FREE(rec_dispute_event_list_free, rec_dispute_event_list, event_map)
LIST_FREE(rec_panellist_list_free, rec_panellist_list, panellist_map)
LIST_FREE(rec_dispute_figure_list_free, rec_dispute_figure_list,
    figure_map)

void
rec_dispute_clear(struct rec_dispute *r)
{
	if (r != NULL)
		store_map_clear(&dispute_map, r);
}

/* A candidate holds core's reason beside the row's fields. */
void
rec_candidate_list_free(struct rec_candidate_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		free(l->v[i].reason);
	store_map_list_free(&candidate_map, l->v, l->n);
	l->v = NULL;
	l->n = 0;
}

void
rec_cycle_clear(struct rec_cycle *r)
{
	if (r != NULL)
		store_map_clear(&cycle_map, r);
}

void
rec_consult_clear(struct rec_consult *r)
{
	if (r != NULL)
		store_map_clear(&consult_map, r);
}

/* An assessment holds its ratings beside the row's fields. */
void
rec_assessment_clear(struct rec_assessment *r)
{
	if (r == NULL)
		return;
	rec_rating_list_free(&r->ratings);
	store_map_clear(&assess_map, r);
}

void
rec_assessment_list_free(struct rec_assessment_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		rec_rating_list_free(&l->v[i].ratings);
	store_map_list_free(&assess_map, l->v, l->n);
	l->v = NULL;
	l->n = 0;
}

/* --- reads --- */

int
store_contact_get(struct store *s, int64_t arr, int64_t id,
    struct rec_contact *k, int *found)
{
	return store_map_one(Q(s, STMT_CONTACT_GET, "ll", id, arr), &contact_map, k,
	    found);
}

int
store_contact_list(struct store *s, int64_t arr, const char *kind,
    struct rec_contact_list *l)
{
	return store_map_rows(Q(s, STMT_CONTACT_LIST, "ls", arr, kind),
	    &contact_map, &l->v, &l->n, 0);
}

int
store_partners_without_contact(struct store *s, int64_t arr,
    const char *kind, struct rec_partner_list *l)
{
	return store_map_rows(Q(s, STMT_PARTNERS_WITHOUT_CONTACT, "ls", arr, kind),
	    &partner_map, &l->v, &l->n, 0);
}

int
store_plan_get(struct store *s, int64_t arr, int64_t id, struct rec_plan *p,
    int *found)
{
	return store_map_one(Q(s, STMT_PLAN_GET, "ll", id, arr), &plan_map, p,
	    found);
}

int
store_plan_list(struct store *s, int64_t arr, int64_t org,
    struct rec_plan_list *l)
{
	return store_map_rows(Q(s, STMT_PLAN_LIST, "ln", arr, org), &plan_map,
	    &l->v, &l->n, 0);
}

int
store_milestone_met_list(struct store *s, int64_t arr,
    struct rec_milestone_list *l)
{
	return store_map_rows(Q(s, STMT_MILESTONE_MET_LIST, "l", arr), &met_map,
	    &l->v, &l->n, 0);
}

int
store_influence_list(struct store *s, int64_t arr, const char *from,
    const char *to, struct rec_influence_list *l)
{
	return store_map_rows(Q(s, STMT_INFLUENCE_LIST, "lss", arr, from, to),
	    &influence_map, &l->v, &l->n, 0);
}

int
store_partner_attendance(struct store *s, int64_t arr, const char *from,
    const char *to, struct rec_partner_attendance_list *l)
{
	return store_map_rows(Q(s, STMT_ATTENDANCE_BY_PARTNER, "lss", arr, from,
	    to), &pattend_map, &l->v, &l->n, 0);
}

int
store_partnership_register(struct store *s, int64_t arr,
    struct rec_partnership_list *l)
{
	return store_map_rows(Q(s, STMT_PARTNERSHIP_REGISTER, "l", arr), &pship_map,
	    &l->v, &l->n, 0);
}

int
store_commitment_by_code(struct store *s, int64_t arr, const char *code,
    struct rec_commitment_ref *c, int *found)
{
	return store_map_one(Q(s, STMT_COMMIT_BY_CODE, "ls", arr, code), &cref_map,
	    c, found);
}

int
store_funding_list(struct store *s, int64_t arr, const char *from,
    const char *to, struct rec_funding_list *l)
{
	return store_map_rows(Q(s, STMT_FUNDING_LIST, "lss", arr, from, to),
	    &funding_map, &l->v, &l->n, 0);
}

int
store_spend_aims(struct store *s, int64_t arr, int year,
    struct rec_spend_aim_list *l)
{
	return store_map_rows(Q(s, STMT_AIM_LIST, "li", arr, year), &aim_map,
	    &l->v, &l->n, 0);
}

int
store_cycle_get(struct store *s, int64_t arr, int year, struct rec_cycle *c,
    int *found)
{
	return store_map_one(Q(s, STMT_CYCLE_GET, "li", arr, year), &cycle_map, c,
	    found);
}

int
store_cycle_list(struct store *s, int64_t arr, struct rec_cycle_list *l)
{
	return store_map_rows(Q(s, STMT_CYCLE_LIST, "l", arr), &cycle_map, &l->v,
	    &l->n, 0);
}

int
store_assessment_get(struct store *s, int64_t cycle, int64_t org,
    struct rec_assessment *a, int *found)
{
	return store_map_one(Q(s, STMT_ASSESS_GET, "ll", cycle, org), &assess_map,
	    a, found);
}

int
store_assessment_list(struct store *s, int64_t cycle,
    struct rec_assessment_list *l)
{
	return store_map_rows(Q(s, STMT_ASSESS_LIST, "l", cycle), &assess_map,
	    &l->v, &l->n, 0);
}

int
store_rating_list(struct store *s, int64_t arr, int64_t assessment,
    const char *party, struct rec_rating_list *l)
{
	return store_map_rows(Q(s, STMT_RATING_LIST, "lls", arr, assessment, party),
	    &rating_map, &l->v, &l->n, 0);
}

int
store_rating_missing(struct store *s, int64_t arr, int64_t assessment,
    const char *party, struct rec_code_list *l)
{
	return store_map_rows(Q(s, STMT_RATING_MISSING, "lls", arr, assessment,
	    party), &code_map, &l->v, &l->n, 0);
}

int
store_consult_get(struct store *s, int64_t arr, int64_t id,
    struct rec_consult *k, int *found)
{
	return store_map_one(Q(s, STMT_CONSULT_GET, "ll", id, arr), &consult_map, k,
	    found);
}

int
store_consult_list(struct store *s, int64_t arr, struct rec_consult_list *l)
{
	return store_map_rows(Q(s, STMT_CONSULT_LIST, "l", arr), &consult_map,
	    &l->v, &l->n, 0);
}

int
store_dispute_get(struct store *s, int64_t arr, int64_t id,
    struct rec_dispute *d, int *found)
{
	return store_map_one(Q(s, STMT_DISPUTE_GET, "ll", id, arr), &dispute_map, d,
	    found);
}

int
store_dispute_list(struct store *s, int64_t arr, struct rec_dispute_list *l)
{
	return store_map_rows(Q(s, STMT_DISPUTE_LIST, "l", arr), &dispute_list_map,
	    &l->v, &l->n, 0);
}

int
store_dispute_events(struct store *s, int64_t id,
    struct rec_dispute_event_list *l)
{
	return store_map_rows(Q(s, STMT_DISPUTE_EVENTS, "l", id), &event_map,
	    &l->v, &l->n, 0);
}

int
store_dispute_panel(struct store *s, int64_t id,
    struct rec_panellist_list *l)
{
	return store_map_rows(Q(s, STMT_DISPUTE_PANEL, "l", id), &panellist_map,
	    &l->v, &l->n, 0);
}

int
store_dispute_candidates(struct store *s, int64_t arr, int64_t group,
    int64_t org_a, int64_t org_b, int64_t id, struct rec_candidate_list *l)
{
	return store_map_rows(Q(s, STMT_DISPUTE_CANDIDATES, "lnnll", group, org_a,
	    org_b, arr, id), &candidate_map, &l->v, &l->n, 0);
}

int
store_dispute_figures(struct store *s, int64_t arr, const char *year,
    struct rec_dispute_figure_list *l)
{
	return store_map_rows(Q(s, STMT_DISPUTE_FIGURES, "ls", arr, year),
	    &figure_map, &l->v, &l->n, 0);
}

/* --- the maps held to their statements --- */

static const struct map_check checks[] = {
	{ STMT_CONTACT_GET, &contact_map }, { STMT_CONTACT_LIST, &contact_map },
	{ STMT_PARTNERS_WITHOUT_CONTACT, &partner_map },
	{ STMT_PLAN_GET, &plan_map }, { STMT_PLAN_LIST, &plan_map },
	{ STMT_MILESTONE_MET_LIST, &met_map },
	{ STMT_INFLUENCE_LIST, &influence_map },
	{ STMT_ATTENDANCE_BY_PARTNER, &pattend_map },
	{ STMT_PARTNERSHIP_REGISTER, &pship_map },
	{ STMT_COMMIT_BY_CODE, &cref_map },
	{ STMT_FUNDING_LIST, &funding_map }, { STMT_AIM_LIST, &aim_map },
	{ STMT_CYCLE_GET, &cycle_map }, { STMT_CYCLE_LIST, &cycle_map },
	{ STMT_ASSESS_GET, &assess_map }, { STMT_ASSESS_LIST, &assess_map },
	{ STMT_RATING_LIST, &rating_map }, { STMT_RATING_MISSING, &code_map },
	{ STMT_CONSULT_GET, &consult_map }, { STMT_CONSULT_LIST, &consult_map },
	{ STMT_DISPUTE_GET, &dispute_map },
	{ STMT_DISPUTE_LIST, &dispute_list_map },
	{ STMT_DISPUTE_EVENTS, &event_map },
	{ STMT_DISPUTE_PANEL, &panellist_map },
	{ STMT_DISPUTE_CANDIDATES, &candidate_map },
	{ STMT_DISPUTE_FIGURES, &figure_map },
};

const struct map_checks store_partners_maps = MAP_CHECKS(checks);
