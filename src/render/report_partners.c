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

/* TP-3a, SC-contract, MS-3.4.2 / MS-3.6.3. */
static void
doc_spend(json_t *doc, const struct core_report *r)
{
	static const char *const kinds[] = { "contract", "grant",
	    "small-grant" };
	const json_t	*s = r->spend, *x, *len;
	json_t		*rows, *labels, *values, *v;
	size_t		 i, k;
	long long	 aim;

	if (!json_is_object(s) || (!json_is_true(json_object_get(s,
	    "published")) && json_array_size(json_object_get(s,
	    "funding")) == 0))
		return;
	len = json_object_get(s, "lengths");
	h(doc, 2, "Spend with the sector");
	if (!json_is_true(json_object_get(s, "published"))) {
		/* SC-contract: counted, not published (funding.publish_spend
		 * = no). */
		p(doc, sprintf_j("%lld %s awarded to sector organisations in "
		    "the year: %lld within the aimed-for length, %lld shorter "
		    "and %lld longer. Amounts "
		    "are not published under this constitution.", (long long)
		    json_array_size(json_object_get(s, "funding")), plural(
		    (long long)json_array_size(json_object_get(s, "funding")),
		    "contract or grant was", "contracts and grants were"),
		    num(len, "aim"), num(len, "short"), num(len, "long")));
		return;
	}
	{
		json_t	*t = money_j(num(s, "total_pence")),
			*c = money_j(num(json_object_get(s, "by_kind"),
			    "contract")),
			*g = money_j(num(json_object_get(s, "by_kind"),
			    "grant")),
			*sg = money_j(num(json_object_get(s, "by_kind"),
			    "small-grant"));

		p(doc, sprintf_j("%lld %s awarded to sector organisations in "
		    "the year, %s in all: contracts %s, grants %s, small "
		    "grants %s.", (long long)json_array_size(
		    json_object_get(s, "funding")), plural((long long)
		    json_array_size(json_object_get(s, "funding")),
		    "contract or grant was", "contracts and grants were"),
		    json_string_value(t), json_string_value(c),
		    json_string_value(g), json_string_value(sg)));
		json_decref(t);
		json_decref(c);
		json_decref(g);
		json_decref(sg);
	}
	if (num(s, "min_years") > 0 && num(s, "max_years") > 0)
		p(doc, sprintf_j("By length against the aim of %lld to %lld "
		    "years: %lld within it, %lld shorter, %lld longer"
		    ".", num(s, "min_years"), num(s,
		    "max_years"), num(len, "aim"), num(len, "short"),
		    num(len, "long")));
	else if (num(s, "min_years") > 0)
		p(doc, sprintf_j("By length against the aim of %lld years or "
		    "more: %lld within it, %lld shorter.",
		    num(s, "min_years"), num(len, "aim"), num(len, "short")));
	rows = json_array();
	labels = json_array();
	values = json_array();
	json_array_foreach(json_object_get(s, "partners"), i, x) {
		v = json_array();
		for (k = 0; k < 3; k++)
			json_array_append_new(v, json_real((double)num(x,
			    kinds[k]) / 100));
		json_array_append_new(labels, json_string(str(x,
		    "organisation")));
		json_array_append_new(values, v);
		aim = num(x, "aim_pence");
		json_array_append_new(rows, json_pack("[s, o, o, o, o, o, s]",
		    str(x, "organisation"), money_j(num(x, "contract")),
		    money_j(num(x, "grant")), money_j(num(x, "small-grant")),
		    money_j(num(x, "total_pence")), json_object_get(x,
		    "aim_pence") != NULL ? money_j(aim) : json_string(""),
		    str(x, "plan")));
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
	/* TP-3a: each partner's spend against its aspiration. */
	labels = json_array();
	values = json_array();
	json_array_foreach(json_object_get(s, "partners"), i, x) {
		if (json_object_get(x, "aim_pence") == NULL)
			continue;
		json_array_append_new(labels, sprintf_j("%s: spend",
		    str(x, "organisation")));
		json_array_append_new(values, json_pack("[f, f]", (double)num(x,
		    "total_pence") / 100, 0.0));
		json_array_append_new(labels, sprintf_j("%s: aspiration",
		    str(x, "organisation")));
		json_array_append_new(values, json_pack("[f, f]", 0.0,
		    (double)num(x, "aim_pence") / 100));
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
	table(doc, "Spend by partner beside the aspiration", heads("Partner",
	    "Contracts", "Grants", "Small grants", "Total", "Aspiration",
	    "Plan to meet it", NULL), rows);
}

/* TP-2b, TP-2a, SC-plan, MS-5, SC-monitor. */
static void
doc_partners(json_t *doc, const struct core_report *r)
{
	const json_t	*x, *d = r->disputes;
	json_t		*rows;
	size_t		 i;
	long long	 done = 0, overdue = 0;

	/* SC-quarterly: only where partnerships met. */
	rows = json_array();
	json_array_foreach(r->attendance, i, x)
		if (num(x, "held") > 0)
			json_array_append_new(rows, json_pack("[s, s, o]",
			    str(x, "group_name"), str(x, "organisation"),
			    sprintf_j("%lld of %lld", num(x, "attended"),
			    num(x, "held"))));
	if (json_array_size(rows) > 0) {
		h(doc, 2, "Attendance by partner");
		table(doc, "Each partner at its partnership's meetings", heads("Partnership", "Partner",
		    "Meetings attended", NULL), rows);
	} else
		json_decref(rows);
	if (json_array_size(r->influence) > 0) {
		h(doc, 2, "Evidence of influence");
		p(doc, sprintf_j("%lld %s of the sector's influence on decisions "
		    "and policy gathered in the year.", (long long)
		    json_array_size(r->influence), plural(
		    (long long)json_array_size(r->influence),
		    "piece", "pieces")));
		rows = json_array();
		json_array_foreach(r->influence, i, x)
			json_array_append_new(rows, json_pack("[s, s, s, s, s]",
			    str(x, "on_date"), str(x, "body"), str(x,
			    "decision"), str(x, "change"), str(x,
			    "commitment")));
		table(doc, "Evidence of influence", heads("Date", "Where",
		    "Decision or policy", "What the sector changed",
		    "Commitment", NULL), rows);
	}
	if (json_is_array(r->partnerships)) {
		h(doc, 2, "Partnerships and representation");
		rows = json_array();
		json_array_foreach(r->partnerships, i, x)
			json_array_append_new(rows, json_pack("[s, o, s, s]",
			    str(x, "name"), sprintf_j("%lld", num(x,
			    "representatives")), str(x, "status"), str(x,
			    "justification")));
		table(doc, "Sector representation on each partnership",
		    heads("Partnership", "Representatives", "Status",
		    "Agreed justification", NULL), rows);
	}
	if (json_array_size(r->plan) > 0) {
		rows = json_array();
		json_array_foreach(r->plan, i, x) {
			if (strcmp(str(x, "status"), "done") == 0)
				done++;
			else if (strcmp(str(x, "status"), "overdue") == 0)
				overdue++;
			json_array_append_new(rows, json_pack("[s, s, s, s, s]",
			    str(x, "organisation"), str(x, "action"), str(x,
			    "due"), str(x, "status"), str(x, "done_on")));
		}
		h(doc, 2, "Implementation plan");
		p(doc, sprintf_j("%lld %s due in the year: %lld done, %lld "
		    "overdue.", (long long)json_array_size(
		    r->plan), plural((long long)
		    json_array_size(r->plan), "action",
		    "actions"), done, overdue));
		table(doc, "Actions due in the year", heads("Partner", "Action",
		    "Due", "Status", "Done", NULL), rows);
	}
	if (json_array_size(r->milestones) > 0) {
		rows = json_array();
		json_array_foreach(r->milestones, i, x)
			json_array_append_new(rows, json_pack("[s, s, s, s]",
			    str(x, "due"), str(x, "label"), str(x, "status"),
			    str(x, "met_on")));
		h(doc, 2, "Milestones");
		table(doc, "Milestones due in the year", heads("Due",
		    "Milestone", "Status", "Met", NULL), rows);
	}
	if (json_is_object(d)) {
		h(doc, 2, "Disputes and complaints");
		p(doc, sprintf_j("%lld %s opened in the year (%lld %s, %lld "
		    "%s); %lld resolved, %lld within the time and %lld late; "
		    "%lld still open, %lld overdue; %lld signposted to the "
		    "Ombudsman. No personal details are given.",
		    num(d, "cases"), plural(num(d, "cases"), "case was",
		    "cases were"), num(json_object_get(d, "by_kind"),
		    "dispute"), plural(num(json_object_get(d, "by_kind"),
		    "dispute"), "dispute", "disputes"), num(json_object_get(d,
		    "by_kind"), "breach"), plural(num(json_object_get(d,
		    "by_kind"), "breach"), "breach", "breaches"), num(d,
		    "resolved"), num(d, "resolved_in_time"), num(d,
		    "resolved_late"), num(d, "open"), num(d, "overdue"),
		    num(d, "signposted")));
	}
}

void
report_doc_partners(json_t *doc, const struct core_report *r)
{
	doc_spend(doc, r);
	doc_partners(doc, r);
}
