/*
 * report: the annual report's blocks (see report.h).  What the report
 * says is decided once, in report_doc(): the sections on meetings,
 * decisions, representatives, self-assessment and consultations here,
 * partners and money in report_partners.c, the signed head in
 * report_record.c; report_draw.c draws the blocks as HTML and PDF.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "report_int.h"

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
	report_doc_partners(doc, r);
	doc_response(doc, r);
	report_doc_record(doc, r);
	return doc;
}
