/*
 * The annual report (core_report.h) as JSON, for --json and the page
 * and PDF's blocks: the field names it has always had.
 */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "report.h"

static json_t *
entries(const struct core_report *r)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; i < r->nreports; i++)
		json_array_append_new(a, json_pack("{s:s, s:s, s:s?}", "text",
		    r->reports[i].text, "title", r->reports[i].title,
		    "recipient", r->reports[i].recipient));
	return a;
}

static json_t *
presenter(const struct report_presenter *p)
{
	if (p->group == NULL)
		return json_null();
	return json_pack("{s:s, s:s?, s:s?, s:s, s:b}", "group", p->group,
	    "person", p->person, "organisation", p->person != NULL ?
	    p->organisation : NULL, "office", "chair", "interim",
	    p->person != NULL && p->interim);
}

static json_t *
pace(const struct report_pace *g)
{
	json_t	*row, *sides;
	size_t	 i;

	row = json_pack("{s:s, s:s, s:s, s:i, s:i, s:i, s:i, s:i, s:i, "
	    "s:i, s:s, s:b, s:b, s:b, s:s?, s:s}",
	    "group", g->group, "slug", g->slug, "kind", g->kind, "held",
	    g->held, "planned", g->planned, "cancelled", g->cancelled,
	    "min_per_year", g->min_per_year, "expected", g->expected,
	    "max_gap", g->max_gap, "gap", g->gap, "gap_when", g->gap_when,
	    "behind", g->behind, "gap_exceeded", g->gap_exceeded, "met",
	    g->met, "rule", g->rule, "verdict", g->verdict);
	if (row != NULL && g->nsides > 0) {
		sides = json_object();
		for (i = 0; i < g->nsides; i++)
			json_object_set_new(sides, g->sides[i].side,
			    json_integer(g->sides[i].n));
		json_object_set_new(row, "chair_sides", sides);
		json_object_set_new(row, "chair_repeats", json_integer(
		    g->chair_repeats));
	}
	return row;
}

/* An integer column, or null where none was recorded. */
static json_t *
maybe(int has, int64_t v)
{
	return has ? json_integer((json_int_t)v) : json_null();
}

static json_t *
motions(const struct rec_report_motion_list *l)
{
	const struct rec_report_motion	*m;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; i < l->n; i++) {
		m = &l->v[i];
		json_array_append_new(a, json_pack("{s:I, s:s, s:s, s:I, s:s, "
		    "s:s?, s:o, s:o, s:o, s:s?, s:s?, s:s?}", "id",
		    (json_int_t)m->id, "body", m->body, "method", m->method,
		    "round", (json_int_t)m->round, "status", m->status,
		    "outcome", m->outcome, "votes_for", maybe(m->has_for,
		    m->votes_for), "votes_against", maybe(m->has_against,
		    m->votes_against), "votes_abstain", maybe(m->has_abstain,
		    m->votes_abstain), "grp", m->grp, "group_name",
		    m->group_name, "decided_on", m->decided_on));
	}
	return a;
}

static json_t *
elections(const struct rec_report_election_list *l)
{
	const struct rec_report_election *e;
	const struct election_result	*res;
	json_t				*a = json_array(), *counts;
	char				*won;
	size_t				 i, k;

	for (i = 0; i < l->n; i++) {
		e = &l->v[i];
		res = &e->result;
		counts = json_null();
		if (res->present) {
			counts = json_array();
			for (k = 0; k < res->ncounts; k++)
				json_array_append_new(counts, json_pack("{s:s, "
				    "s:i}", "candidate", res->counts[k].candidate,
				    "votes", res->counts[k].votes));
		}
		won = report_names(&res->winners);
		json_array_append_new(a, json_pack("{s:I, s:s, s:I, s:s, s:I, "
		    "s:s?, s:s?, s:s?, s:s?, s:s, s:I, s:s, s:o}", "id",
		    (json_int_t)e->id, "office", e->office, "round",
		    (json_int_t)e->round, "status", e->status, "seats",
		    (json_int_t)e->seats, "closed_on", e->closed_on,
		    "position", e->position, "grp", e->grp, "group_name",
		    e->group_name, "winners", won != NULL ? won : "",
		    "ballots", (json_int_t)res->ballots, "outcome",
		    res->outcome != NULL ? res->outcome : "not counted",
		    "counts", counts));
		free(won);
	}
	return a;
}

static json_t *
positions(const struct rec_position_list *l)
{
	const struct rec_position_entry	*p;
	json_t				*a = json_array();
	char				*reps, *deps;
	size_t				 i;

	for (i = 0; i < l->n; i++) {
		p = &l->v[i];
		/* The same cell text as 'alliance register positions'. */
		reps = report_holders(&p->reps);
		deps = report_holders(&p->deps);
		json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:s?, "
		    "s:s?, s:s, s:s, s:s, s:b}", "name", p->p.name,
		    "section", p->p.section, "method", p->p.method,
		    "electing_group", p->p.electing_group,
		    "appointed_by", p->p.appointed_by,
		    "representatives", reps != NULL ? reps : "",
		    "deputies", deps != NULL ? deps : "", "term", p->term,
		    "vacant", p->reps.n == 0));
		free(reps);
		free(deps);
	}
	return a;
}

/* x, or null when it could not be made. */
static json_t *
or_null(json_t *x)
{
	return x != NULL ? x : json_null();
}

/* MS-2-eval, MS-5: the ratings (or the totals) by the scale's names. */
static json_t *
by_rating(const struct report_assessment *a, const int *by)
{
	json_t	*o = json_object();
	size_t	 k;

	for (k = 0; o != NULL && k < a->nscale; k++)
		json_object_set_new(o, a->scale[k], json_integer(by[k]));
	return o;
}

static json_t *
assessment(const struct core_report *r)
{
	const struct report_assessment	*a = &r->assessment;
	const struct report_body	*b;
	const struct report_commitment	*cm;
	json_t				*scale, *bodies, *cms;
	size_t				 i;

	if (!r->has_assessment)
		return json_null();
	scale = json_array();
	for (i = 0; i < a->nscale; i++)
		json_array_append_new(scale, json_string(a->scale[i]));
	bodies = json_array();
	for (i = 0; i < a->nbodies; i++) {
		b = &a->bodies[i];
		json_array_append_new(bodies, json_pack("{s:s, s:s?, s:b, "
		    "s:i}", "organisation", b->organisation, "submitted",
		    b->submitted, "late", b->late, "rated", b->rated));
	}
	cms = json_array();
	for (i = 0; i < a->ncommitments; i++) {
		cm = &a->commitments[i];
		json_array_append_new(cms, json_pack("{s:s, s:s?, s:o}", "code",
		    cm->code, "heading", cm->heading, "ratings", by_rating(a,
		    cm->by)));
	}
	return or_null(json_pack("{s:s, s:o, s:o, s:o, s:o, s:i, s:i}", "due",
	    a->due, "scale", scale, "bodies", bodies, "commitments", cms,
	    "totals", by_rating(a, a->totals), "submitted", a->submitted,
	    "late", a->late));
}

/* SC-consult: each with its length in days (the partner's id left
 * out). */
static json_t *
consultations(const struct report_consult_list *l)
{
	const struct rec_consult	*k;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; i < l->n; i++) {
		k = &l->v[i].k;
		json_array_append_new(a, json_pack("{s:I, s:s?, s:s?, s:s?, "
		    "s:s?, s:i, s:s?, s:s?, s:i, s:b, s:i}", "id",
		    (json_int_t)k->id, "organisation", k->organisation, "title",
		    k->title, "opens", k->opens, "closes", k->closes,
		    "significant", k->significant, "short_reason",
		    k->short_reason, "feedback_on", k->feedback_on, "weeks",
		    k->weeks, "short", k->is_short, "days", l->v[i].days));
	}
	return a;
}

/* The sections on partners (report_others.c). */
static void
partners(json_t *j, const struct core_report *r)
{
	const struct report_consult_counts *n = &r->consultation_counts;

	json_object_set_new(j, "assessment", assessment(r));
	json_object_set_new(j, "consultations", consultations(
	    &r->consultations));
	json_object_set_new(j, "consultation_counts", json_pack("{s:i, s:i, "
	    "s:i, s:i, s:i}", "total", n->total, "significant",
	    n->significant, "short", n->shorter, "fed_back", n->fed_back,
	    "feedback_owed", n->feedback_owed));
	json_object_set_new(j, "spend", or_null(json_spend(&r->spend)));
	json_object_set_new(j, "influence", or_null(json_influence_list(
	    &r->influence)));
	if (r->has_partnerships)
		json_object_set_new(j, "partnerships", or_null(
		    json_partnership_list(&r->partnerships)));
	json_object_set_new(j, "attendance", or_null(
	    json_partner_attendance_list(&r->attendance)));
	json_object_set_new(j, "plan", or_null(json_plan_list(&r->plan)));
	json_object_set_new(j, "milestones", or_null(json_milestone_list(
	    &r->milestones)));
	if (r->has_disputes)
		json_object_set_new(j, "disputes", or_null(json_dispute_stats(
		    &r->disputes)));
}

json_t *
json_report(const struct core_report *r)
{
	const struct report_methods *m = &r->methods;
	const struct rec_report_response *resp = &r->response;
	json_t	*j;

	j = json_pack("{s:i, s:s, s:s, s:s, s:b, s:s, s:s, s:s}", "year",
	    r->year, "from", r->from, "to", r->to, "as_of", r->as_of,
	    "complete", r->complete, "generated", r->generated,
	    "arrangement", r->arrangement, "slug", r->slug);
	if (j == NULL)
		return NULL;
	json_object_set_new(j, "reports", entries(r));
	json_object_set_new(j, "presented_by", presenter(&r->presented_by));
	{
		json_t	*rows = json_array();
		size_t	 i;

		for (i = 0; i < r->nmeetings; i++)
			json_array_append_new(rows, pace(&r->meetings[i]));
		json_object_set_new(j, "meetings", rows);
	}
	json_object_set_new(j, "meetings_held", json_integer(
	    r->meetings_held));
	json_object_set_new(j, "decisions", motions(&r->decisions));
	json_object_set_new(j, "decision_methods", json_pack("{s:i, s:i, "
	    "s:i, s:i}", "consensus", m->consensus, "vote", m->vote, "poll",
	    m->poll, "email", m->email));
	json_object_set_new(j, "decisions_made", json_integer(
	    r->decisions_made));
	json_object_set_new(j, "elections", elections(&r->elections));
	json_object_set_new(j, "positions", positions(&r->positions));
	json_object_set_new(j, "positions_vacant", json_integer(
	    r->positions_vacant));
	partners(j, r);
	json_object_set_new(j, "response", r->has_response ? json_pack(
	    "{s:s?, s:s?, s:s?, s:s?, s:s?}", "responder", resp->responder,
	    "body", resp->body, "responded_on", resp->responded_on,
	    "recorded_by", resp->recorded_by, "recorded_at",
	    resp->recorded_at) : json_null());
	json_object_set_new(j, "audit_head", r->has_audit_head ? or_null(
	    json_audit_head(&r->audit_head)) : json_null());
	if (r->online != NULL)
		json_object_set_new(j, "online", json_string(r->online));
	return j;
}

json_t *
json_report_years(const int *years, size_t n)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; i < n; i++)
		json_array_append_new(a, json_integer(years[i]));
	return a;
}
