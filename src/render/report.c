/*
 * report: the annual report's blocks, and their HTML and PDF (see
 * report.h).  What the report says is decided once, in report_doc().
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "pdf.h"
#include "report.h"
#include "when.h"
#include "rules/compact.h"

static const char *
str(const json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));

	return s != NULL ? s : "";
}

static long long
num(const json_t *o, const char *k)
{
	return (long long)json_integer_value(json_object_get(o, k));
}

static json_t *
sprintf_j(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static json_t *
sprintf_j(const char *fmt, ...)
{
	char	buf[2048];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return json_string(buf);
}

static void
h(json_t *doc, int level, const char *text)
{
	json_array_append_new(doc, json_pack("{s:i, s:s}", "h", level, "text",
	    text));
}

/* text (stolen) with its dates in words. */
static json_t *
in_words(json_t *text)
{
	char	 buf[4096];
	json_t	*w;

	if (!json_is_string(text))
		return text;
	render_when_text(json_string_value(text), buf, sizeof(buf));
	if ((w = json_string(buf)) == NULL)
		return text;
	json_decref(text);
	return w;
}

static void
p(json_t *doc, json_t *text)
{
	json_array_append_new(doc, json_pack("{s:o}", "p", in_words(text)));
}

static void
note(json_t *doc, json_t *text)
{
	json_array_append_new(doc, json_pack("{s:o}", "note",
	    in_words(text)));
}

/* A table block; rows is stolen. */
static void
table(json_t *doc, const char *caption, json_t *heads, json_t *rows)
{
	json_array_append_new(doc, json_pack("{s:{s:s, s:o, s:o}}", "table",
	    "caption", caption, "heads", heads, "rows", rows));
}

static json_t *
heads(const char *first, ...)
{
	json_t		*a = json_array();
	const char	*s;
	va_list		 ap;

	va_start(ap, first);
	for (s = first; s != NULL; s = va_arg(ap, const char *))
		json_array_append_new(a, json_string(s));
	va_end(ap);
	return a;
}

static const char *
plural(long long n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* --- the sections --- */

static void
doc_about(json_t *doc, const json_t *r)
{
	const json_t	*e, *by = json_object_get(r, "presented_by");
	json_t		*list = json_array();
	char		 gen[WHEN_LEN], from[WHEN_LEN], to[WHEN_LEN];
	size_t		 i;

	h(doc, 2, "About this report");
	json_array_foreach(json_object_get(r, "reports"), i, e)
		json_array_append_new(list, json_object_get(e, "recipient") &&
		    !json_is_null(json_object_get(e, "recipient")) ?
		    sprintf_j("%s, to %s.", str(e, "title"), str(e,
		    "recipient")) : sprintf_j("%s.", str(e, "title")));
	if (json_array_size(list) > 0)
		json_array_append_new(doc, json_pack("{s:o}", "list", list));
	else {
		json_decref(list);
		p(doc, json_string("The partnership's annual report."));
	}
	/* MC-chair: the chair presents it. */
	if (json_is_object(by) && json_string_value(json_object_get(by,
	    "person")) != NULL)
		p(doc, sprintf_j("Presented by %s%s%s%s, %schair of %s.",
		    str(by, "person"), *str(by, "organisation") ? " (" : "",
		    str(by, "organisation"), *str(by, "organisation") ? ")" :
		    "", json_is_true(json_object_get(by, "interim")) ?
		    "interim " : "", str(by, "group")));
	else if (json_is_object(by))
		p(doc, sprintf_j("%s has no chair to present this report.",
		    str(by, "group")));
	render_when(str(r, "generated"), gen, sizeof(gen));
	render_when(str(r, "from"), from, sizeof(from));
	render_when(str(r, "as_of"), to, sizeof(to));
	note(doc, sprintf_j("Drawn from the partnership's live records on %s, "
	    "covering %s to %s%s.", gen, from, to,
	    json_is_true(json_object_get(r, "complete")) ?
	    "" : ": the year is not over, so its figures are so far"));
}

static void
doc_summary(json_t *doc, const json_t *r)
{
	const json_t	*a = json_object_get(r, "assessment");
	const json_t	*k = json_object_get(r, "consultation_counts");
	json_t		*list = json_array();
	long long	 n;

	h(doc, 2, "The year in figures");
	json_array_append_new(list, sprintf_j("%lld %s held across %zu %s.",
	    num(r, "meetings_held"), plural(num(r, "meetings_held"),
	    "meeting", "meetings"), json_array_size(json_object_get(r,
	    "meetings")), plural((long long)json_array_size(json_object_get(r,
	    "meetings")), "group", "groups")));
	n = (long long)json_array_size(json_object_get(r, "decisions"));
	json_array_append_new(list, sprintf_j("%lld %s put, %lld made.", n,
	    plural(n, "decision", "decisions"), num(r, "decisions_made")));
	n = (long long)json_array_size(json_object_get(r, "elections"));
	json_array_append_new(list, sprintf_j("%lld %s.", n, plural(n,
	    "election", "elections")));
	n = (long long)json_array_size(json_object_get(r, "positions"));
	json_array_append_new(list, sprintf_j("%lld representative %s, %lld "
	    "vacant.", n, plural(n, "position", "positions"), num(r,
	    "positions_vacant")));
	if (json_is_object(a))
		json_array_append_new(list, sprintf_j("%lld of %zu public "
		    "bodies submitted their self-assessment, %lld late.",
		    num(a, "submitted"), json_array_size(json_object_get(a,
		    "bodies")), num(a, "late")));
	n = num(k, "total");
	json_array_append_new(list, sprintf_j("%lld %s by public bodies, "
	    "%lld shorter than the minimum.", n, plural(n, "consultation",
	    "consultations"), num(k, "short")));
	json_array_append_new(doc, json_pack("{s:o}", "list", list));
}

/* SA-6.2, SC-quarterly, MC-meet, MC-mou. */
static void
doc_meetings(json_t *doc, const json_t *r)
{
	const json_t	*g;
	json_t		*rows = json_array(), *labels = json_array();
	json_t		*values = json_array();
	char		 pace[160], gap[120];
	size_t		 i;

	h(doc, 2, "Meetings");
	p(doc, json_string("Each group's meetings in the year, against the "
	    "pace its constitution requires."));
	json_array_foreach(json_object_get(r, "meetings"), i, g) {
		json_array_append_new(labels, json_string(str(g, "group")));
		json_array_append_new(values, json_pack("[I]", (json_int_t)
		    num(g, "held")));
		if (num(g, "min_per_year") > 0 && num(g, "max_gap") > 0)
			snprintf(pace, sizeof(pace), "at least %lld a year, at "
			    "most %lld days apart", num(g, "min_per_year"),
			    num(g, "max_gap"));
		else if (num(g, "min_per_year") > 0)
			snprintf(pace, sizeof(pace), "at least %lld a year",
			    num(g, "min_per_year"));
		else if (num(g, "max_gap") > 0)
			snprintf(pace, sizeof(pace), "at most %lld days apart",
			    num(g, "max_gap"));
		else
			snprintf(pace, sizeof(pace), "none set");
		/* A year in progress is judged pro rata. */
		if (num(g, "min_per_year") > 0 && !json_is_true(
		    json_object_get(r, "complete")))
			snprintf(pace + strlen(pace), sizeof(pace) -
			    strlen(pace), "; %lld by now", num(g, "expected"));
		snprintf(gap, sizeof(gap), "%lld days%s%s%s", num(g, "gap"),
		    *str(g, "gap_when") ? " (" : "", str(g, "gap_when"),
		    *str(g, "gap_when") ? ")" : "");
		json_array_append_new(rows, json_pack("[s, o, o, s, o]",
		    str(g, "group"), sprintf_j("%lld", num(g, "held")),
		    json_string(pace), num(g, "max_gap") == 0 ? "" :
		    num(g, "gap") > 0 ? gap : "none",
		    json_string(str(g, "verdict"))));
	}
	if (json_array_size(labels) > 0)
		json_array_append_new(doc, json_pack("{s:{s:s, s:s, s:o, s:[s], "
		    "s:o}}", "chart", "id", "chart-meetings", "title",
		    "Meetings held in the year, by group", "labels", labels,
		    "series", "Meetings held", "values", values));
	else {
		json_decref(labels);
		json_decref(values);
	}
	table(doc, "Meetings against the pace", heads("Group", "Held",
	    "Pace required", "Longest gap", "Verdict", NULL), rows);
	/* MC-mou: the chair alternates between the sides. */
	json_array_foreach(json_object_get(r, "meetings"), i, g) {
		const json_t	*sides = json_object_get(g, "chair_sides"), *v;
		const char	*side;
		char		 list[300] = "";
		size_t		 len = 0, k = 0;

		if (!json_is_object(sides))
			continue;
		json_object_foreach((json_t *)sides, side, v) {
			if (len < sizeof(list))
				len += (size_t)snprintf(list + len,
				    sizeof(list) - len, "%s%s %lld %s", k == 0 ?
				    "" : k + 1 == json_object_size(sides) ?
				    " and " : ", ", side, (long long)
				    json_integer_value(v), plural(
				    json_integer_value(v), "time", "times"));
			k++;
		}
		if (num(g, "chair_repeats") == 0)
			p(doc, sprintf_j("%s was chaired by %s; the chair "
			    "alternated between the sides every time.",
			    str(g, "group"), list));
		else
			p(doc, sprintf_j("%s was chaired by %s; %lld %s chaired "
			    "by the same side as the meeting before.",
			    str(g, "group"), list, num(g, "chair_repeats"),
			    plural(num(g, "chair_repeats"), "meeting was",
			    "meetings were")));
	}
}

static const char *
method_label(const char *m)
{
	if (strcmp(m, "consensus") == 0)
		return "by consensus";
	if (strcmp(m, "vote") == 0)
		return "by vote at a meeting";
	if (strcmp(m, "poll") == 0)
		return "by electronic poll";
	if (strcmp(m, "email") == 0)
		return "by email consensus";
	return m;
}

/* "carried: 3 for, 0 against, 1 abstaining". */
static json_t *
outcome(const json_t *m)
{
	if (json_object_get(m, "votes_for") == NULL ||
	    json_is_null(json_object_get(m, "votes_for")))
		return json_string(*str(m, "outcome") ? str(m, "outcome") :
		    "open");
	return sprintf_j("%s: %lld for, %lld against, %lld abstaining",
	    *str(m, "outcome") ? str(m, "outcome") : "open", num(m,
	    "votes_for"), num(m, "votes_against"), num(m, "votes_abstain"));
}

/* SA-8.1, SA-8.3, SA-8.4, SA-7.1, SA-9.4. */
static void
doc_decisions(json_t *doc, const json_t *r)
{
	static const char *const methods[] = { "consensus", "vote", "poll",
	    "email", NULL };
	const json_t	*m, *e, *by = json_object_get(r, "decision_methods");
	json_t		*rows = json_array(), *polls = json_array();
	json_t		*labels = json_array(), *values = json_array();
	json_t		*erows = json_array();
	char		 what[300];
	size_t		 i, k;

	h(doc, 2, "Decisions");
	p(doc, sprintf_j("%zu %s put in the year; %lld made (carried or "
	    "agreed).", json_array_size(json_object_get(r, "decisions")),
	    plural((long long)json_array_size(json_object_get(r, "decisions")),
	    "decision was", "decisions were"), num(r, "decisions_made")));
	for (k = 0; methods[k] != NULL; k++) {
		json_array_append_new(labels, json_string(method_label(
		    methods[k])));
		json_array_append_new(values, json_pack("[I]", (json_int_t)
		    num(by, methods[k])));
	}
	/* No decisions, no chart of them. */
	if (json_array_size(json_object_get(r, "decisions")) > 0)
		json_array_append_new(doc, json_pack("{s:{s:s, s:s, s:O, s:[s], "
		    "s:O}}", "chart", "id", "chart-decisions", "title",
		    "Decisions in the year, by how they were made", "labels",
		    labels, "series", "Decisions", "values", values));
	json_decref(labels);
	json_decref(values);
	json_array_foreach(json_object_get(r, "decisions"), i, m) {
		json_array_append_new(rows, json_pack("[s, s, s, s, o]",
		    str(m, "decided_on"), str(m, "group_name"), str(m, "body"),
		    method_label(str(m, "method")), outcome(m)));
		if (strcmp(str(m, "method"), "poll") == 0)
			json_array_append_new(polls, json_pack("[s, s, s, o]",
			    str(m, "decided_on"), str(m, "group_name"),
			    str(m, "body"), outcome(m)));
	}
	table(doc, "Decisions", heads("Date", "Group", "Decision", "How",
	    "Outcome", NULL), rows);
	h(doc, 2, "Polls and elections");
	table(doc, "Electronic polls", heads("Closed", "Group", "Question",
	    "Result", NULL), polls);
	json_array_foreach(json_object_get(r, "elections"), i, e) {
		snprintf(what, sizeof(what), "%s%s%s%s", str(e, "office"),
		    *str(e, "position") ? ": " : "", str(e, "position"),
		    num(e, "round") > 1 ? " (run-off)" : "");
		json_array_append_new(erows, json_pack("[s, s, s, o, o]",
		    str(e, "closed_on"), str(e, "group_name"), what,
		    *str(e, "winners") ? sprintf_j("elected: %s",
		    str(e, "winners")) : json_string(str(e, "outcome")),
		    sprintf_j("%lld", num(e, "ballots"))));
	}
	table(doc, "Elections", heads("Closed", "Group", "Office", "Result",
	    "Ballots", NULL), erows);
}

/* SA-9.1 / App. C. */
static void
doc_positions(json_t *doc, const json_t *r)
{
	const json_t	*x;
	json_t		*rows = json_array();
	char		 how[300];
	size_t		 i;

	h(doc, 2, "Representatives and positions");
	note(doc, sprintf_j("The register of representatives as it stands on "
	    "%s.", str(r, "generated")));
	json_array_foreach(json_object_get(r, "positions"), i, x) {
		if (strcmp(str(x, "method"), "elected") == 0 &&
		    *str(x, "electing_group"))
			snprintf(how, sizeof(how), "elected by %s",
			    str(x, "electing_group"));
		else if (*str(x, "appointed_by"))
			snprintf(how, sizeof(how), "%s by %s", str(x, "method"),
			    str(x, "appointed_by"));
		else
			snprintf(how, sizeof(how), "%s", str(x, "method"));
		json_array_append_new(rows, json_pack("[s, s, s, s, s, s]",
		    str(x, "name"), str(x, "section"), how,
		    json_is_true(json_object_get(x, "vacant")) ? "vacant" :
		    str(x, "representatives"), str(x, "deputies"),
		    str(x, "term")));
	}
	table(doc, "The register of representatives", heads("Position",
	    "Section", "How filled", "Representatives", "Deputies", "Term",
	    NULL), rows);
	/* A register is not of the year: say so plainly when empty. */
	json_object_set_new(json_object_get(json_array_get(doc,
	    json_array_size(doc) - 1), "table"), "empty", json_string(
	    "No positions are in the register."));
}

/* Rating colours: the last of the scale green, the first red, the
 * middle blue, not rated grey. */
static const char *
rating_colour(size_t k, size_t n)
{
	if (k + 1 == n)
		return "#505a5f";
	if (k + 2 == n)
		return "#00703c";
	if (k == 0)
		return "#d4351c";
	return "#1d70b8";
}

/* MS-2-eval, MS-5. */
static void
doc_assessment(json_t *doc, const json_t *r)
{
	const json_t	*a = json_object_get(r, "assessment"), *b, *cm, *s;
	json_t		*rows, *labels, *values, *v, *hd, *colours, *row;
	size_t		 i, k, ns;

	h(doc, 2, "Self-assessment of the commitments");
	if (!json_is_object(a)) {
		p(doc, sprintf_j("No self-assessment was opened for %lld.",
		    num(r, "year")));
		return;
	}
	s = json_object_get(a, "scale");
	ns = json_array_size(s);
	p(doc, sprintf_j("Each signatory public body rates how it meets every "
	    "commitment, with evidence; due by %s. %lld of %zu submitted, "
	    "%lld late.", str(a, "due"), num(a, "submitted"),
	    json_array_size(json_object_get(a, "bodies")), num(a, "late")));
	rows = json_array();
	json_array_foreach(json_object_get(a, "bodies"), i, b)
		json_array_append_new(rows, json_pack("[s, o, s, s]",
		    str(b, "organisation"), sprintf_j("%lld", num(b, "rated")),
		    *str(b, "submitted") ? str(b, "submitted") :
		    "not submitted", json_is_true(json_object_get(b, "late")) ?
		    "late" : ""));
	table(doc, "Public bodies", heads("Public body", "Commitments rated",
	    "Submitted", "Late", NULL), rows);
	labels = json_array();
	values = json_array();
	colours = json_array();
	hd = heads("Commitment", NULL);
	for (k = 0; k < ns; k++) {
		json_array_append(hd, json_array_get(s, k));
		json_array_append_new(colours, json_string(rating_colour(k,
		    ns)));
	}
	rows = json_array();
	json_array_foreach(json_object_get(a, "commitments"), i, cm) {
		json_array_append_new(labels, sprintf_j("%s %s", str(cm,
		    "code"), str(cm, "heading")));
		v = json_array();
		row = json_array();
		json_array_append_new(row, sprintf_j("%s %s", str(cm, "code"),
		    str(cm, "heading")));
		for (k = 0; k < ns; k++) {
			long long n = num(json_object_get(cm, "ratings"),
			    json_string_value(json_array_get(s, k)));

			json_array_append_new(v, json_integer(n));
			json_array_append_new(row, sprintf_j("%lld", n));
		}
		json_array_append_new(values, v);
		json_array_append_new(rows, row);
	}
	json_array_append_new(doc, json_pack("{s:{s:s, s:s, s:s, s:o, s:O, "
	    "s:o, s:o}}", "chart", "id", "chart-ratings", "title",
	    "Ratings of each commitment by the signatories", "unit",
	    "Bodies", "labels", labels, "series", s, "values", values,
	    "colours", colours));
	table(doc, "Ratings by commitment", hd, rows);
}

/* SC-consult. */
static void
doc_consultations(json_t *doc, const json_t *r)
{
	const json_t	*k = json_object_get(r, "consultation_counts"), *x;
	json_t		*rows = json_array();
	size_t		 i;

	h(doc, 2, "Consultations");
	p(doc, sprintf_j("%lld %s by public bodies opened or closed in the "
	    "year: %lld significantly affecting the sector, %lld shorter than "
	    "the minimum (each with its reason), %lld with the outcome fed "
	    "back, %lld still owing feedback.", num(k, "total"),
	    plural(num(k, "total"), "consultation", "consultations"),
	    num(k, "significant"), num(k, "short"), num(k, "fed_back"),
	    num(k, "feedback_owed")));
	json_array_foreach(json_object_get(r, "consultations"), i, x)
		json_array_append_new(rows, json_pack("[s, s, s, o, s, o, s]",
		    str(x, "organisation"), str(x, "title"), str(x, "opens"),
		    sprintf_j("%lld", num(x, "weeks")), num(x, "significant") ?
		    "yes" : "no", json_is_true(json_object_get(x, "short")) ?
		    sprintf_j("short: %s", str(x, "short_reason")) :
		    json_string(""), *str(x, "feedback_on") ? str(x,
		    "feedback_on") : "not yet"));
	table(doc, "Consultations", heads("Public body", "Consultation",
	    "Opens", "Weeks", "Significant", "Short", "Feedback", NULL), rows);
}

/* MC-mou: the recipient's formal response. */
static void
doc_response(json_t *doc, const json_t *r)
{
	const json_t	*x = json_object_get(r, "response"), *e;
	size_t		 i;
	int		 asked = 0;

	json_array_foreach(json_object_get(r, "reports"), i, e)
		if (strstr(str(e, "text"), "response") != NULL)
			asked = 1;
	if (!json_is_object(x) && !asked)
		return;
	h(doc, 2, "Formal response");
	if (!json_is_object(x)) {
		p(doc, json_string("No formal response to this report has been "
		    "recorded yet."));
		return;
	}
	p(doc, sprintf_j("The response of %s, given on %s:", str(x,
	    "responder"), str(x, "responded_on")));
	p(doc, json_string(str(x, "body")));
}

/*
 * The place for the sections whose figures core's report_more() adds
 * (spend with the sector, evidence of influence, the register of
 * partnerships): each becomes blocks here, after the consultations.
 */
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
doc_spend(json_t *doc, const json_t *r)
{
	static const char *const kinds[] = { "contract", "grant",
	    "small-grant" };
	const json_t	*s = json_object_get(r, "spend"), *x, *len;
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
doc_partners(json_t *doc, const json_t *r)
{
	const json_t	*x, *d = json_object_get(r, "disputes");
	json_t		*rows;
	size_t		 i;
	long long	 done = 0, overdue = 0;

	/* SC-quarterly: only where partnerships met. */
	rows = json_array();
	json_array_foreach(json_object_get(r, "attendance"), i, x)
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
	if (json_array_size(json_object_get(r, "influence")) > 0) {
		h(doc, 2, "Evidence of influence");
		p(doc, sprintf_j("%lld %s of the sector's influence on decisions "
		    "and policy gathered in the year.", (long long)
		    json_array_size(json_object_get(r, "influence")), plural(
		    (long long)json_array_size(json_object_get(r, "influence")),
		    "piece", "pieces")));
		rows = json_array();
		json_array_foreach(json_object_get(r, "influence"), i, x)
			json_array_append_new(rows, json_pack("[s, s, s, s, s]",
			    str(x, "on_date"), str(x, "body"), str(x,
			    "decision"), str(x, "change"), str(x,
			    "commitment")));
		table(doc, "Evidence of influence", heads("Date", "Where",
		    "Decision or policy", "What the sector changed",
		    "Commitment", NULL), rows);
	}
	if (json_is_array(json_object_get(r, "partnerships"))) {
		h(doc, 2, "Partnerships and representation");
		rows = json_array();
		json_array_foreach(json_object_get(r, "partnerships"), i, x)
			json_array_append_new(rows, json_pack("[s, o, s, s]",
			    str(x, "name"), sprintf_j("%lld", num(x,
			    "representatives")), str(x, "status"), str(x,
			    "justification")));
		table(doc, "Sector representation on each partnership",
		    heads("Partnership", "Representatives", "Status",
		    "Agreed justification", NULL), rows);
	}
	if (json_array_size(json_object_get(r, "plan")) > 0) {
		rows = json_array();
		json_array_foreach(json_object_get(r, "plan"), i, x) {
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
		    json_object_get(r, "plan")), plural((long long)
		    json_array_size(json_object_get(r, "plan")), "action",
		    "actions"), done, overdue));
		table(doc, "Actions due in the year", heads("Partner", "Action",
		    "Due", "Status", "Done", NULL), rows);
	}
	if (json_array_size(json_object_get(r, "milestones")) > 0) {
		rows = json_array();
		json_array_foreach(json_object_get(r, "milestones"), i, x)
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

static void
report_doc_more(json_t *doc, const json_t *r)
{
	doc_spend(doc, r);
	doc_partners(doc, r);
}

json_t *
report_doc(const json_t *r)
{
	json_t	*doc = json_array();
	char	 title[400];

	snprintf(title, sizeof(title), "%s: annual report %lld",
	    str(r, "arrangement"), num(r, "year"));
	h(doc, 1, title);
	doc_about(doc, r);
	doc_summary(doc, r);
	doc_meetings(doc, r);
	doc_decisions(doc, r);
	doc_positions(doc, r);
	doc_assessment(doc, r);
	doc_consultations(doc, r);
	report_doc_more(doc, r);
	doc_response(doc, r);
	report_doc_record(doc, r);
	return doc;
}

/* --- charts from blocks --- */

struct chart_buf {
	struct chart	 c;
	const char	*labels[CHART_MAXBARS];
	const char	*series[CHART_MAXSERIES];
	const char	*colours[CHART_MAXSERIES];
	double		 values[CHART_MAXBARS * CHART_MAXSERIES];
};

/* Fills b from a chart block; -1 when it is too large to draw. */
static int
chart_of(const json_t *x, struct chart_buf *b)
{
	const json_t	*l = json_object_get(x, "labels");
	const json_t	*s = json_object_get(x, "series");
	const json_t	*v = json_object_get(x, "values");
	const json_t	*col = json_object_get(x, "colours");
	size_t		 i, j;

	memset(b, 0, sizeof(*b));
	b->c.nbars = json_array_size(l);
	b->c.nseries = json_array_size(s);
	if (b->c.nbars == 0 || b->c.nbars > CHART_MAXBARS ||
	    b->c.nseries == 0 || b->c.nseries > CHART_MAXSERIES)
		return -1;
	b->c.id = str(x, "id");
	b->c.title = str(x, "title");
	b->c.unit = json_string_value(json_object_get(x, "unit"));
	for (i = 0; i < b->c.nbars; i++) {
		b->labels[i] = json_string_value(json_array_get(l, i));
		if (b->labels[i] == NULL)
			b->labels[i] = "";
		for (j = 0; j < b->c.nseries; j++)
			b->values[i * b->c.nseries + j] = json_number_value(
			    json_array_get(json_array_get(v, i), j));
	}
	for (j = 0; j < b->c.nseries; j++) {
		b->series[j] = json_string_value(json_array_get(s, j));
		if (b->series[j] == NULL)
			b->series[j] = "";
		b->colours[j] = json_string_value(json_array_get(col, j));
	}
	b->c.labels = b->labels;
	b->c.series = b->series;
	b->c.values = b->values;
	b->c.colours = json_is_array(col) ? b->colours : NULL;
	b->c.keyed = json_is_true(json_object_get(x, "keyed"));
	return 0;
}

/* --- HTML --- */

/* An amount in pounds: right-aligned in its column. */
static int
is_money(const json_t *cell)
{
	const char *s = json_string_value(cell);

	return s != NULL && (strncmp(s, "\xc2\xa3", 2) == 0 ||
	    strncmp(s, "-\xc2\xa3", 3) == 0);
}

static void
html_table(struct html *w, const json_t *t)
{
	const json_t	*row, *cell, *hd, *heads, *first;
	char		 when[WHEN_LEN];
	size_t		 i, j;

	if (json_array_size(json_object_get(t, "rows")) == 0) {
		if (*str(t, "empty"))
			html_fmt(w, "<p class=\"govuk-body\">%s</p>\n",
			    str(t, "empty"));
		else
			html_fmt(w, "<p class=\"govuk-body\">%s: none in the "
			    "year.</p>\n", str(t, "caption"));
		return;
	}
	heads = json_object_get(t, "heads");
	first = json_array_get(json_object_get(t, "rows"), 0);
	html_fmt(w, "<table class=\"govuk-table app-table app-report__table\">"
	    "\n<caption class=\"govuk-table__caption govuk-table__caption--s\">"
	    "%s</caption>\n<thead class=\"govuk-table__head\"><tr class=\""
	    "govuk-table__row\">", str(t, "caption"));
	json_array_foreach(heads, i, hd)
		html_fmt(w, "<th scope=\"col\" class=\"govuk-table__header%s\">"
		    "%s</th>", is_money(json_array_get(first, i)) ?
		    " govuk-table__header--numeric" : "",
		    json_string_value(hd));
	html_raw(w, "</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
	json_array_foreach(json_object_get(t, "rows"), i, row) {
		html_raw(w, "<tr class=\"govuk-table__row\">");
		json_array_foreach(row, j, cell) {
			if (j == 0)
				html_fmt(w, "<th scope=\"row\" class=\"govuk-"
				    "table__header\">%s</th>",
				    render_when(json_string_value(cell), when,
				    sizeof(when)) == 0 ? when :
				    json_string_value(cell));
			else
				html_fmt(w, "<td class=\"govuk-table__cell%s\" "
				    "data-label=\"%s\">%s</td>",
				    is_money(json_array_get(first, j)) ?
				    " govuk-table__cell--numeric" : "",
				    json_string_value(json_array_get(heads,
				    j)), render_when(json_string_value(cell),
				    when, sizeof(when)) == 0 ? when :
				    json_string_value(cell));
		}
		html_raw(w, "</tr>\n");
	}
	html_raw(w, "</tbody>\n</table>\n");
}

static void
html_blocks(struct html *w, const json_t *doc)
{
	static const char *const hc[] = { "govuk-heading-xl",
	    "govuk-heading-l", "govuk-heading-m" };
	struct chart_buf	*cb;
	const json_t		*b, *x, *li;
	size_t			 i, j;
	int			 lv;

	cb = malloc(sizeof(*cb));
	json_array_foreach(doc, i, b) {
		if ((x = json_object_get(b, "h")) != NULL) {
			lv = (int)json_integer_value(x);
			lv = lv < 1 ? 1 : lv > 3 ? 3 : lv;
			html_fmt(w, "<h%d class=\"%s\">%s</h%d>\n", lv,
			    hc[lv - 1], str(b, "text"), lv);
		} else if ((x = json_object_get(b, "p")) != NULL)
			html_fmt(w, "<p class=\"govuk-body\">%s</p>\n",
			    json_string_value(x));
		else if ((x = json_object_get(b, "note")) != NULL)
			html_fmt(w, "<p class=\"govuk-body-s app-report__note\">"
			    "%s</p>\n", json_string_value(x));
		else if ((x = json_object_get(b, "list")) != NULL) {
			html_raw(w, "<ul class=\"govuk-list govuk-list--bullet"
			    "\">\n");
			json_array_foreach(x, j, li)
				html_fmt(w, "<li>%s</li>\n",
				    json_string_value(li));
			html_raw(w, "</ul>\n");
		} else if ((x = json_object_get(b, "table")) != NULL)
			html_table(w, x);
		else if ((x = json_object_get(b, "chart")) != NULL &&
		    cb != NULL && chart_of(x, cb) == 0)
			chart_svg(w, &cb->c);
	}
	free(cb);
}

void
report_html(struct html *w, const json_t *r)
{
	json_t *doc = report_doc(r);

	html_raw(w, "<div class=\"app-report\">\n");
	html_blocks(w, doc);
	html_raw(w, "</div>\n");
	json_decref(doc);
}

void
report_html_file(struct html *w, const json_t *r, const char *css)
{
	html_fmt(w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
	    "charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width="
	    "device-width, initial-scale=1\">\n<title>%s: annual report %lld"
	    "</title>\n", str(r, "arrangement"), num(r, "year"));
	/* The program's own stylesheet, not data. */
	html_raw(w, "<style>\nbody { font-family: arial, sans-serif; color: "
	    "#0b0c0c; max-width: 60em; margin: 2em auto; padding: 0 1em; "
	    "line-height: 1.4; }\n.govuk-visually-hidden { position: absolute "
	    "!important; width: 1px !important; height: 1px !important; "
	    "margin: 0 !important; padding: 0 !important; overflow: hidden "
	    "!important; clip: rect(0 0 0 0) !important; border: 0 "
	    "!important; white-space: nowrap !important; }\n"
	    ".govuk-table { border-collapse: collapse; width: 100%; margin: "
	    "0 0 1.5em; }\n.govuk-table__header, .govuk-table__cell { "
	    "text-align: left; vertical-align: top; border-bottom: 1px solid "
	    "#b1b4b6; padding: .4em .6em .4em 0; }\n.govuk-table__caption { "
	    "text-align: left; font-weight: 700; margin-bottom: .4em; }\n"
	    ".app-report__note, .govuk-body-s { color: #505a5f; font-size:"
	    ".9em; }\n");
	if (css != NULL)
		html_raw(w, css);
	html_raw(w, "</style>\n</head>\n<body>\n<main>\n");
	report_html(w, r);
	html_raw(w, "</main>\n</body>\n</html>\n");
}

/* --- PDF --- */

#define PDF_MAXCOLS	12

static void
pdf_tab(struct pdf *d, const json_t *t)
{
	const json_t	*hd = json_object_get(t, "heads");
	const json_t	*rows = json_object_get(t, "rows");
	const char	*heads_[PDF_MAXCOLS], **cells;
	char		 none[300];
	size_t		 nc = json_array_size(hd), nr = json_array_size(rows);
	size_t		 i, j;

	if (nr == 0) {
		if (*str(t, "empty"))
			snprintf(none, sizeof(none), "%s", str(t, "empty"));
		else
			snprintf(none, sizeof(none), "%s: none in the year.",
			    str(t, "caption"));
		pdf_para(d, none);
		return;
	}
	if (nc == 0 || nc > PDF_MAXCOLS ||
	    (cells = calloc(nr * nc, sizeof(*cells))) == NULL)
		return;
	for (j = 0; j < nc; j++)
		heads_[j] = json_string_value(json_array_get(hd, j));
	for (i = 0; i < nr; i++)
		for (j = 0; j < nc; j++)
			cells[i * nc + j] = json_string_value(json_array_get(
			    json_array_get(rows, i), j));
	pdf_table(d, str(t, "caption"), nc, heads_, cells, nr);
	free(cells);
}

int
report_pdf(const json_t *r, char **out, size_t *len)
{
	struct chart_buf	*cb = NULL;
	struct pdf		*d;
	json_t			*doc;
	const json_t		*b, *x, *li;
	char			 title[400], item[2100];
	size_t			 i, j;
	int			 rc = -1;

	*out = NULL;
	*len = 0;
	snprintf(title, sizeof(title), "%s: annual report %lld",
	    str(r, "arrangement"), num(r, "year"));
	if ((d = pdf_new(title, str(r, "arrangement"))) == NULL)
		return -1;
	doc = report_doc(r);
	if ((cb = malloc(sizeof(*cb))) == NULL)
		goto out;
	json_array_foreach(doc, i, b) {
		if ((x = json_object_get(b, "h")) != NULL)
			pdf_heading(d, (int)json_integer_value(x),
			    str(b, "text"));
		else if ((x = json_object_get(b, "p")) != NULL)
			pdf_para(d, json_string_value(x));
		else if ((x = json_object_get(b, "note")) != NULL)
			pdf_note(d, json_string_value(x));
		else if ((x = json_object_get(b, "list")) != NULL)
			json_array_foreach(x, j, li) {
				snprintf(item, sizeof(item), "\xe2\x80\xa2 %s",
				    json_string_value(li));
				pdf_para(d, item);
			}
		else if ((x = json_object_get(b, "table")) != NULL)
			pdf_tab(d, x);
		else if ((x = json_object_get(b, "chart")) != NULL &&
		    chart_of(x, cb) == 0)
			pdf_chart(d, &cb->c);
	}
	rc = pdf_finish(d, out, len);
out:
	free(cb);
	json_decref(doc);
	pdf_free(d);
	return rc;
}
