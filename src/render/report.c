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
doc_about(json_t *doc, const struct core_report *r)
{
	const struct report_presenter *by = &r->presented_by;
	const struct report_entry *e;
	json_t		*list = json_array();
	char		 gen[WHEN_LEN], from[WHEN_LEN], to[WHEN_LEN];
	size_t		 i;

	h(doc, 2, "About this report");
	for (i = 0; i < r->nreports; i++) {
		e = &r->reports[i];
		json_array_append_new(list, e->recipient != NULL ?
		    sprintf_j("%s, to %s.", e->title, e->recipient) :
		    sprintf_j("%s.", e->title));
	}
	if (json_array_size(list) > 0)
		json_array_append_new(doc, json_pack("{s:o}", "list", list));
	else {
		json_decref(list);
		p(doc, json_string("The partnership's annual report."));
	}
	/* MC-chair: the chair presents it. */
	if (by->group != NULL && by->person != NULL)
		p(doc, sprintf_j("Presented by %s%s%s%s, %schair of %s.",
		    by->person, *S(by->organisation) ? " (" : "",
		    S(by->organisation), *S(by->organisation) ? ")" : "",
		    by->interim ? "interim " : "", by->group));
	else if (by->group != NULL)
		p(doc, sprintf_j("%s has no chair to present this report.",
		    by->group));
	render_when(r->generated, gen, sizeof(gen));
	render_when(r->from, from, sizeof(from));
	render_when(r->as_of, to, sizeof(to));
	note(doc, sprintf_j("Drawn from the partnership's live records on %s, "
	    "covering %s to %s%s.", gen, from, to, r->complete ? "" :
	    ": the year is not over, so its figures are so far"));
}

static void
doc_summary(json_t *doc, const struct core_report *r)
{
	const struct report_assessment *a = &r->assessment;
	json_t		*list = json_array();
	long long	 n;

	h(doc, 2, "The year in figures");
	json_array_append_new(list, sprintf_j("%d %s held across %zu %s.",
	    r->meetings_held, plural(r->meetings_held, "meeting", "meetings"),
	    r->nmeetings, plural((long long)r->nmeetings, "group",
	    "groups")));
	n = (long long)r->decisions.n;
	json_array_append_new(list, sprintf_j("%lld %s put, %d made.", n,
	    plural(n, "decision", "decisions"), r->decisions_made));
	n = (long long)r->elections.n;
	json_array_append_new(list, sprintf_j("%lld %s.", n, plural(n,
	    "election", "elections")));
	n = (long long)r->positions.n;
	json_array_append_new(list, sprintf_j("%lld representative %s, %d "
	    "vacant.", n, plural(n, "position", "positions"),
	    r->positions_vacant));
	if (r->has_assessment)
		json_array_append_new(list, sprintf_j("%d of %zu public "
		    "bodies submitted their self-assessment, %d late.",
		    a->submitted, a->nbodies, a->late));
	n = r->consultation_counts.total;
	json_array_append_new(list, sprintf_j("%lld %s by public bodies, "
	    "%d shorter than the minimum.", n, plural(n, "consultation",
	    "consultations"), r->consultation_counts.shorter));
	json_array_append_new(doc, json_pack("{s:o}", "list", list));
}

/* MC-mou: the chair alternates between the sides. */
static void
doc_sides(json_t *doc, const struct report_pace *g)
{
	char	list[300] = "";
	size_t	len = 0, k;

	if (g->nsides == 0)
		return;
	for (k = 0; k < g->nsides; k++)
		if (len < sizeof(list))
			len += (size_t)snprintf(list + len, sizeof(list) - len,
			    "%s%s %d %s", k == 0 ? "" : k + 1 == g->nsides ?
			    " and " : ", ", g->sides[k].side, g->sides[k].n,
			    plural(g->sides[k].n, "time", "times"));
	if (g->chair_repeats == 0)
		p(doc, sprintf_j("%s was chaired by %s; the chair alternated "
		    "between the sides every time.", g->group, list));
	else
		p(doc, sprintf_j("%s was chaired by %s; %d %s chaired by the "
		    "same side as the meeting before.", g->group, list,
		    g->chair_repeats, plural(g->chair_repeats, "meeting was",
		    "meetings were")));
}

/* SA-6.2, SC-quarterly, MC-meet, MC-mou. */
static void
doc_meetings(json_t *doc, const struct core_report *r)
{
	const struct report_pace *g;
	json_t		*rows = json_array(), *labels = json_array();
	json_t		*values = json_array();
	char		 pace[160], gap[120];
	size_t		 i;

	h(doc, 2, "Meetings");
	p(doc, json_string("Each group's meetings in the year, against the "
	    "pace its constitution requires."));
	for (i = 0; i < r->nmeetings; i++) {
		g = &r->meetings[i];
		json_array_append_new(labels, json_string(g->group));
		json_array_append_new(values, json_pack("[I]", (json_int_t)
		    g->held));
		if (g->min_per_year > 0 && g->max_gap > 0)
			snprintf(pace, sizeof(pace), "at least %d a year, at "
			    "most %d days apart", g->min_per_year, g->max_gap);
		else if (g->min_per_year > 0)
			snprintf(pace, sizeof(pace), "at least %d a year",
			    g->min_per_year);
		else if (g->max_gap > 0)
			snprintf(pace, sizeof(pace), "at most %d days apart",
			    g->max_gap);
		else
			snprintf(pace, sizeof(pace), "none set");
		/* A year in progress is judged pro rata. */
		if (g->min_per_year > 0 && !r->complete)
			snprintf(pace + strlen(pace), sizeof(pace) -
			    strlen(pace), "; %d by now", g->expected);
		snprintf(gap, sizeof(gap), "%d days%s%s%s", g->gap,
		    *g->gap_when ? " (" : "", g->gap_when, *g->gap_when ? ")" :
		    "");
		json_array_append_new(rows, json_pack("[s, o, o, s, o]",
		    g->group, sprintf_j("%d", g->held), json_string(pace),
		    g->max_gap == 0 ? "" : g->gap > 0 ? gap : "none",
		    json_string(g->verdict)));
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
	for (i = 0; i < r->nmeetings; i++)
		doc_sides(doc, &r->meetings[i]);
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
outcome(const struct rec_report_motion *m)
{
	const char *o = *S(m->outcome) ? m->outcome : "open";

	if (!m->has_for)
		return json_string(o);
	return sprintf_j("%s: %lld for, %lld against, %lld abstaining", o,
	    (long long)m->votes_for, (long long)m->votes_against,
	    (long long)m->votes_abstain);
}

char *
report_names(const struct rec_lines *l)
{
	size_t	 i, len = 1;
	char	*s;

	for (i = 0; i < l->n; i++)
		len += strlen(l->v[i]) + 5;
	if ((s = malloc(len)) == NULL)
		return NULL;
	s[0] = '\0';
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			strcat(s, i + 1 == l->n ? " and " : ", ");
		strcat(s, l->v[i]);
	}
	return s;
}

/* "elected: A and B", else how the count ended. */
static json_t *
elected(const struct rec_report_election *e)
{
	char	*won = report_names(&e->result.winners);
	json_t	*j;

	if (won == NULL || *won == '\0')
		j = json_string(e->result.outcome != NULL ?
		    e->result.outcome : "not counted");
	else
		j = sprintf_j("elected: %s", won);
	free(won);
	return j;
}

/* SA-8.1, SA-8.3, SA-8.4, SA-7.1, SA-9.4. */
static void
doc_decisions(json_t *doc, const struct core_report *r)
{
	static const char *const methods[] = { "consensus", "vote", "poll",
	    "email" };
	const int	 counts[] = { r->methods.consensus, r->methods.vote,
	    r->methods.poll, r->methods.email };
	const struct rec_report_motion	 *m;
	const struct rec_report_election *e;
	json_t		*rows = json_array(), *polls = json_array();
	json_t		*labels = json_array(), *values = json_array();
	json_t		*erows = json_array();
	char		 what[300];
	size_t		 i, k;

	h(doc, 2, "Decisions");
	p(doc, sprintf_j("%zu %s put in the year; %d made (carried or "
	    "agreed).", r->decisions.n, plural((long long)r->decisions.n,
	    "decision was", "decisions were"), r->decisions_made));
	for (k = 0; k < sizeof(methods) / sizeof(methods[0]); k++) {
		json_array_append_new(labels, json_string(method_label(
		    methods[k])));
		json_array_append_new(values, json_pack("[i]", counts[k]));
	}
	/* No decisions, no chart of them. */
	if (r->decisions.n > 0)
		json_array_append_new(doc, json_pack("{s:{s:s, s:s, s:O, s:[s], "
		    "s:O}}", "chart", "id", "chart-decisions", "title",
		    "Decisions in the year, by how they were made", "labels",
		    labels, "series", "Decisions", "values", values));
	json_decref(labels);
	json_decref(values);
	for (i = 0; i < r->decisions.n; i++) {
		m = &r->decisions.v[i];
		json_array_append_new(rows, json_pack("[s, s, s, s, o]",
		    S(m->decided_on), S(m->group_name), m->body,
		    method_label(m->method), outcome(m)));
		if (strcmp(m->method, "poll") == 0)
			json_array_append_new(polls, json_pack("[s, s, s, o]",
			    S(m->decided_on), S(m->group_name), m->body,
			    outcome(m)));
	}
	table(doc, "Decisions", heads("Date", "Group", "Decision", "How",
	    "Outcome", NULL), rows);
	h(doc, 2, "Polls and elections");
	table(doc, "Electronic polls", heads("Closed", "Group", "Question",
	    "Result", NULL), polls);
	for (i = 0; i < r->elections.n; i++) {
		e = &r->elections.v[i];
		snprintf(what, sizeof(what), "%s%s%s%s", e->office,
		    *S(e->position) ? ": " : "", S(e->position),
		    e->round > 1 ? " (run-off)" : "");
		json_array_append_new(erows, json_pack("[s, s, s, o, o]",
		    S(e->closed_on), S(e->group_name), what, elected(e),
		    sprintf_j("%lld", (long long)e->result.ballots)));
	}
	table(doc, "Elections", heads("Closed", "Group", "Office", "Result",
	    "Ballots", NULL), erows);
}

char *
report_holders(const struct rec_appointment_list *l)
{
	size_t	 i, len = 1;
	char	*buf;

	for (i = 0; i < l->n; i++)
		len += strlen(S(l->v[i].holder)) + 2;
	if ((buf = malloc(len)) == NULL)
		return NULL;
	buf[0] = '\0';
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			strcat(buf, "; ");
		strcat(buf, S(l->v[i].holder));
	}
	return buf;
}

/* SA-9.1 / App. C. */
static void
doc_positions(json_t *doc, const struct core_report *r)
{
	const struct rec_position_entry	*x;
	json_t				*rows = json_array();
	char				 how[300], *reps, *deps;
	size_t				 i;

	h(doc, 2, "Representatives and positions");
	note(doc, sprintf_j("The register of representatives as it stands on "
	    "%s.", r->generated));
	for (i = 0; i < r->positions.n; i++) {
		x = &r->positions.v[i];
		if (strcmp(S(x->p.method), "elected") == 0 &&
		    *S(x->p.electing_group))
			snprintf(how, sizeof(how), "elected by %s",
			    x->p.electing_group);
		else if (*S(x->p.appointed_by))
			snprintf(how, sizeof(how), "%s by %s", S(x->p.method),
			    x->p.appointed_by);
		else
			snprintf(how, sizeof(how), "%s", S(x->p.method));
		reps = report_holders(&x->reps);
		deps = report_holders(&x->deps);
		json_array_append_new(rows, json_pack("[s, s, s, s, s, s]",
		    S(x->p.name), S(x->p.section), how, x->reps.n == 0 ?
		    "vacant" : S(reps), S(deps), S(x->term)));
		free(reps);
		free(deps);
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
doc_assessment(json_t *doc, const struct core_report *r)
{
	const struct report_assessment	*a = &r->assessment;
	const struct report_body	*b;
	const struct report_commitment	*cm;
	json_t		*rows, *labels, *values, *v, *hd, *colours, *row, *s;
	size_t		 i, k, ns = a->nscale;

	h(doc, 2, "Self-assessment of the commitments");
	if (!r->has_assessment) {
		p(doc, sprintf_j("No self-assessment was opened for %d.",
		    r->year));
		return;
	}
	p(doc, sprintf_j("Each signatory public body rates how it meets every "
	    "commitment, with evidence; due by %s. %d of %zu submitted, "
	    "%d late.", S(a->due), a->submitted, a->nbodies, a->late));
	rows = json_array();
	for (i = 0; i < a->nbodies; i++) {
		b = &a->bodies[i];
		json_array_append_new(rows, json_pack("[s, o, s, s]",
		    S(b->organisation), sprintf_j("%d", b->rated),
		    *S(b->submitted) ? b->submitted : "not submitted",
		    b->late ? "late" : ""));
	}
	table(doc, "Public bodies", heads("Public body", "Commitments rated",
	    "Submitted", "Late", NULL), rows);
	labels = json_array();
	values = json_array();
	colours = json_array();
	s = json_array();
	hd = heads("Commitment", NULL);
	for (k = 0; k < ns; k++) {
		json_array_append_new(s, json_string(a->scale[k]));
		json_array_append_new(hd, json_string(a->scale[k]));
		json_array_append_new(colours, json_string(rating_colour(k,
		    ns)));
	}
	rows = json_array();
	for (i = 0; i < a->ncommitments; i++) {
		cm = &a->commitments[i];
		json_array_append_new(labels, sprintf_j("%s %s", S(cm->code),
		    S(cm->heading)));
		v = json_array();
		row = json_array();
		json_array_append_new(row, sprintf_j("%s %s", S(cm->code),
		    S(cm->heading)));
		for (k = 0; k < ns; k++) {
			json_array_append_new(v, json_integer(cm->by[k]));
			json_array_append_new(row, sprintf_j("%d", cm->by[k]));
		}
		json_array_append_new(values, v);
		json_array_append_new(rows, row);
	}
	json_array_append_new(doc, json_pack("{s:{s:s, s:s, s:s, s:o, s:o, "
	    "s:o, s:o}}", "chart", "id", "chart-ratings", "title",
	    "Ratings of each commitment by the signatories", "unit",
	    "Bodies", "labels", labels, "series", s, "values", values,
	    "colours", colours));
	table(doc, "Ratings by commitment", hd, rows);
}

/* SC-consult. */
static void
doc_consultations(json_t *doc, const struct core_report *r)
{
	const struct report_consult_counts *n = &r->consultation_counts;
	const struct rec_consult	*x;
	json_t				*rows = json_array();
	size_t				 i;

	h(doc, 2, "Consultations");
	p(doc, sprintf_j("%d %s by public bodies opened or closed in the "
	    "year: %d significantly affecting the sector, %d shorter than "
	    "the minimum (each with its reason), %d with the outcome fed "
	    "back, %d still owing feedback.", n->total,
	    plural(n->total, "consultation", "consultations"),
	    n->significant, n->shorter, n->fed_back, n->feedback_owed));
	for (i = 0; i < r->consultations.n; i++) {
		x = &r->consultations.v[i].k;
		json_array_append_new(rows, json_pack("[s, s, s, o, s, o, s]",
		    S(x->organisation), S(x->title), S(x->opens),
		    sprintf_j("%d", x->weeks), x->significant ? "yes" : "no",
		    x->is_short ? sprintf_j("short: %s", S(x->short_reason)) :
		    json_string(""), *S(x->feedback_on) ? x->feedback_on :
		    "not yet"));
	}
	table(doc, "Consultations", heads("Public body", "Consultation",
	    "Opens", "Weeks", "Significant", "Short", "Feedback", NULL), rows);
}

/* MC-mou: the recipient's formal response. */
static void
doc_response(json_t *doc, const struct core_report *r)
{
	const struct rec_report_response *x = &r->response;
	size_t		 i;
	int		 asked = 0;

	for (i = 0; i < r->nreports; i++)
		if (strstr(r->reports[i].text, "response") != NULL)
			asked = 1;
	if (!r->has_response && !asked)
		return;
	h(doc, 2, "Formal response");
	if (!r->has_response) {
		p(doc, json_string("No formal response to this report has been "
		    "recorded yet."));
		return;
	}
	p(doc, sprintf_j("The response of %s, given on %s:", S(x->responder),
	    S(x->responded_on)));
	p(doc, json_string(S(x->body)));
}

json_t *
report_doc(const struct core_report *r)
{
	json_t	*doc = json_array();
	char	 title[400];

	snprintf(title, sizeof(title), "%s: annual report %d",
	    r->arrangement, r->year);
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
