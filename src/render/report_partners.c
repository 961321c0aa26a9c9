/*
 * The annual report's sections on partners and money (core's
 * report_more() gathers their figures): spend with the sector beside
 * the aspiration, funding by length, evidence of influence, the
 * register of partnerships, attendance by partner, the plan, the
 * milestones and disputes without names.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "json.h"
#include "report.h"
#include "report_int.h"
#include "rules/compact.h"

/* pence as "£12,500.50". */
static json_t *
money_j(long long pence)
{
	char b[48];

	rules_money_format(pence, b, sizeof(b));
	return sprintf_j("\xc2\xa3%s", b);
}

/* SC-contract: counted, not published (funding.publish_spend = no). */
static void
spend_counted(json_t *doc, const struct spend_view *s)
{
	long long n = (long long)s->funding.n;

	p(doc, sprintf_j("%lld %s awarded to sector organisations in the "
	    "year: %lld within the aimed-for length, %lld shorter and %lld "
	    "longer. Amounts are not published under this constitution.", n,
	    plural(n, "contract or grant was", "contracts and grants were"),
	    (long long)s->lengths[0], (long long)s->lengths[1],
	    (long long)s->lengths[2]));
}

/* TP-3a: the figures, and by length against the aim. */
static void
spend_figures(json_t *doc, const struct spend_view *s)
{
	long long	 n = (long long)s->funding.n;
	json_t		*t = money_j(s->total_pence),
			*c = money_j(s->by_kind[0]),
			*g = money_j(s->by_kind[1]),
			*sg = money_j(s->by_kind[2]);

	p(doc, sprintf_j("%lld %s awarded to sector organisations in the "
	    "year, %s in all: contracts %s, grants %s, small grants %s.", n,
	    plural(n, "contract or grant was", "contracts and grants were"),
	    json_string_value(t), json_string_value(c), json_string_value(g),
	    json_string_value(sg)));
	json_decref(t);
	json_decref(c);
	json_decref(g);
	json_decref(sg);
	if (s->min_years > 0 && s->max_years > 0)
		p(doc, sprintf_j("By length against the aim of %d to %d "
		    "years: %lld within it, %lld shorter, %lld longer.",
		    s->min_years, s->max_years, (long long)s->lengths[0],
		    (long long)s->lengths[1], (long long)s->lengths[2]));
	else if (s->min_years > 0)
		p(doc, sprintf_j("By length against the aim of %d years or "
		    "more: %lld within it, %lld shorter.", s->min_years,
		    (long long)s->lengths[0], (long long)s->lengths[1]));
}

/* TP-3a: each partner's spend against its aspiration. */
static void
spend_aspiration(json_t *doc, const struct spend_view *s)
{
	const struct spend_partner	*x;
	json_t				*labels = json_array(), *values;
	size_t				 i;

	values = json_array();
	for (i = 0; i < s->npartners; i++) {
		x = &s->partners[i];
		if (!x->has_aim)
			continue;
		json_array_append_new(labels, sprintf_j("%s: spend",
		    S(x->organisation)));
		json_array_append_new(values, json_pack("[f, f]",
		    (double)x->total_pence / 100, 0.0));
		json_array_append_new(labels, sprintf_j("%s: aspiration",
		    S(x->organisation)));
		json_array_append_new(values, json_pack("[f, f]", 0.0,
		    (double)x->aim_pence / 100));
	}
	/* Spend and aspiration in colours of their own, with a key:
	 * blue, and a dark grey for the aim. */
	if (json_array_size(labels) > 0)
		json_array_append_new(doc, json_pack("{s:{s:s, s:s, s:s, s:o, "
		    "s:[s, s], s:o, s:[s, s], s:b}}", "chart", "id",
		    "chart-aspiration", "title", "Each partner's spend against "
		    "its aspiration", "unit", "Pounds", "labels", labels,
		    "series", "Spend", "Aspiration", "values", values,
		    "colours", "#1d70b8", "#505a5f", "keyed", 1));
	else {
		json_decref(labels);
		json_decref(values);
	}
}

/* TP-3a, SC-contract, MS-3.4.2 / MS-3.6.3. */
static void
doc_spend(json_t *doc, const struct core_report *r)
{
	const struct spend_view		*s = &r->spend;
	const struct spend_partner	*x;
	json_t				*rows, *labels, *values, *v;
	size_t				 i, k;

	if (!s->published && s->funding.n == 0)
		return;
	h(doc, 2, "Spend with the sector");
	if (!s->published) {
		spend_counted(doc, s);
		return;
	}
	spend_figures(doc, s);
	rows = json_array();
	labels = json_array();
	values = json_array();
	for (i = 0; i < s->npartners; i++) {
		x = &s->partners[i];
		v = json_array();
		for (k = 0; k < 3; k++)
			json_array_append_new(v, json_real((double)
			    x->by_kind[k] / 100));
		json_array_append_new(labels, json_string(S(x->organisation)));
		json_array_append_new(values, v);
		json_array_append_new(rows, json_pack("[s, o, o, o, o, o, s]",
		    S(x->organisation), money_j(x->by_kind[0]),
		    money_j(x->by_kind[1]), money_j(x->by_kind[2]),
		    money_j(x->total_pence), x->has_aim ? money_j(x->aim_pence)
		    : json_string(""), x->has_aim ? S(x->plan) : ""));
	}
	if (json_array_size(labels) > 0)
		json_array_append_new(doc, json_pack("{s:{s:s, s:s, s:s, s:o, "
		    "s:[s, s, s], s:o}}", "chart", "id", "chart-spend", "title",
		    "Spend with the sector by partner and kind", "unit",
		    "Pounds", "labels", labels, "series", "Contracts", "Grants",
		    "Small grants", "values", values));
	else {
		json_decref(labels);
		json_decref(values);
	}
	spend_aspiration(doc, s);
	table(doc, "Spend by partner beside the aspiration", heads("Partner",
	    "Contracts", "Grants", "Small grants", "Total", "Aspiration",
	    "Plan to meet it", NULL), rows);
}

/* SC-quarterly: only where partnerships met; TP-2b. */
static void
doc_attendance(json_t *doc, const struct core_report *r)
{
	const struct rec_partner_attendance	*a;
	const struct rec_influence		*x;
	json_t					*rows = json_array();
	long long				 n;
	size_t					 i;

	for (i = 0; i < r->attendance.n; i++) {
		a = &r->attendance.v[i];
		if (a->held > 0)
			json_array_append_new(rows, json_pack("[s, s, o]",
			    S(a->group_name), S(a->organisation),
			    sprintf_j("%lld of %lld", (long long)a->attended,
			    (long long)a->held)));
	}
	if (json_array_size(rows) > 0) {
		h(doc, 2, "Attendance by partner");
		table(doc, "Each partner at its partnership's meetings",
		    heads("Partnership", "Partner", "Meetings attended", NULL),
		    rows);
	} else
		json_decref(rows);
	if ((n = (long long)r->influence.n) == 0)
		return;
	h(doc, 2, "Evidence of influence");
	p(doc, sprintf_j("%lld %s of the sector's influence on decisions and "
	    "policy gathered in the year.", n, plural(n, "piece", "pieces")));
	rows = json_array();
	for (i = 0; i < r->influence.n; i++) {
		x = &r->influence.v[i];
		json_array_append_new(rows, json_pack("[s, s, s, s, s]",
		    S(x->on_date), S(x->body), S(x->decision), S(x->change),
		    S(x->commitment)));
	}
	table(doc, "Evidence of influence", heads("Date", "Where",
	    "Decision or policy", "What the sector changed", "Commitment",
	    NULL), rows);
}

/* TP-2a, SC-plan, MS-5. */
static void
doc_partners(json_t *doc, const struct core_report *r)
{
	const struct rec_partnership	*s;
	const struct rec_plan		*a;
	const struct rec_milestone	*m;
	json_t				*rows;
	size_t				 i;
	long long			 n, done = 0, overdue = 0;

	if (r->has_partnerships) {
		h(doc, 2, "Partnerships and representation");
		rows = json_array();
		for (i = 0; i < r->partnerships.n; i++) {
			s = &r->partnerships.v[i];
			json_array_append_new(rows, json_pack("[s, o, s, s]",
			    S(s->name), sprintf_j("%lld", (long long)
			    s->representatives), json_partnership_status[
			    s->status], S(s->justification)));
		}
		table(doc, "Sector representation on each partnership",
		    heads("Partnership", "Representatives", "Status",
		    "Agreed justification", NULL), rows);
	}
	if ((n = (long long)r->plan.n) > 0) {
		rows = json_array();
		for (i = 0; i < r->plan.n; i++) {
			a = &r->plan.v[i];
			done += a->status == PLAN_DONE;
			overdue += a->status == PLAN_OVERDUE;
			json_array_append_new(rows, json_pack("[s, s, s, s, s]",
			    S(a->organisation), S(a->action), S(a->due),
			    json_plan_status[a->status], S(a->done_on)));
		}
		h(doc, 2, "Implementation plan");
		p(doc, sprintf_j("%lld %s due in the year: %lld done, %lld "
		    "overdue.", n, plural(n, "action", "actions"), done,
		    overdue));
		table(doc, "Actions due in the year", heads("Partner", "Action",
		    "Due", "Status", "Done", NULL), rows);
	}
	if (r->milestones.n > 0) {
		rows = json_array();
		for (i = 0; i < r->milestones.n; i++) {
			m = &r->milestones.v[i];
			json_array_append_new(rows, json_pack("[s, s, s, s]",
			    S(m->due), S(m->label), json_milestone_status[
			    m->status], S(m->met_on)));
		}
		h(doc, 2, "Milestones");
		table(doc, "Milestones due in the year", heads("Due",
		    "Milestone", "Status", "Met", NULL), rows);
	}
}

/* SC-monitor: the year's cases, without names. */
static void
doc_disputes(json_t *doc, const struct core_report *r)
{
	const struct dispute_stats *d = &r->disputes;

	if (!r->has_disputes)
		return;
	h(doc, 2, "Disputes and complaints");
	p(doc, sprintf_j("%d %s opened in the year (%d %s, %d %s); %d "
	    "resolved, %d within the time and %d late; %d still open, %d "
	    "overdue; %d signposted to the Ombudsman. No personal details "
	    "are given.", d->cases, plural(d->cases, "case was",
	    "cases were"), d->disputes, plural(d->disputes, "dispute",
	    "disputes"), d->breaches, plural(d->breaches, "breach",
	    "breaches"), d->resolved, d->in_time, d->late, d->open,
	    d->overdue, d->signposted));
}

void
report_doc_partners(json_t *doc, const struct core_report *r)
{
	doc_spend(doc, r);
	doc_attendance(doc, r);
	doc_partners(doc, r);
	doc_disputes(doc, r);
}
