/*
 * pages_outcome: a poll or an election once voting has closed, for
 * whoever signed in opens its address (the one its email gave): the
 * outcome in words, the figures as a chart with its table for screen
 * readers, and for an election every ballot by its receipt.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/chart.h"
#include "rules/date.h"
#include "web.h"

/* 1 when the day of stamp (YYYY-MM-DD...) is within 90 days of today. */
static int
recent(struct req *r, const char *stamp)
{
	int a, b;

	if (strlen(stamp) < 10)
		return 0;
	{
		char day[11];

		snprintf(day, sizeof(day), "%.10s", stamp);
		if (date_parse(day, &a) != 0 || date_parse(r->c->today, &b) != 0)
			return 0;
	}
	return b - a <= 90;
}

static void
figures(struct req *r, const char *id, const char *title,
    const char *const *labels, const double *values, size_t n)
{
	static const char *const series[] = { "Votes" };
	struct chart c;

	memset(&c, 0, sizeof(c));
	c.id = id;
	c.title = title;
	c.labels = labels;
	c.nbars = n;
	c.series = series;
	c.nseries = 1;
	c.values = values;
	chart_svg(&r->body, &c);
}

int
outcome_poll(struct req *r, int64_t id)
{
	static const char *const labels[] = { "For", "Against", "Abstain" };
	struct html	*h = &r->body;
	json_t		*m = NULL;
	double		 v[3];
	char		 when[WHEN_LEN], title[300], word[32];

	if (core_motion_get(r->c, id, &m) != CORE_OK ||
	    strcmp(web_str(m, "method"), "poll") != 0 ||
	    strcmp(web_str(m, "status"), "open") == 0 ||
	    *web_str(m, "outcome") == '\0') {
		json_decref(m);
		return 0;
	}
	/* "carried" as a heading: "Carried". */
	snprintf(word, sizeof(word), "%s", web_str(m, "outcome"));
	if (word[0] >= 'a' && word[0] <= 'z')
		word[0] = (char)(word[0] - 'a' + 'A');
	page_begin_of(r, 0, "Poll result", web_str(m, "body"));
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">%s</h1>\n<div class=\"govuk-panel govuk-panel--"
	    "confirmation app-outcome\"><h2 class=\"govuk-panel__title\">%s"
	    "</h2>\n<div class=\"govuk-panel__body\">%lld for, %lld against, "
	    "%lld abstaining</div></div>\n<p class=\"govuk-body\">The poll "
	    "closed on %s. One vote counted for each member organisation."
	    "</p>\n", web_str(m, "group_name"), web_str(m, "body"),
	    word, web_num(m, "votes_for"), web_num(m, "votes_against"),
	    web_num(m, "votes_abstain"), web_when_utc(m, "closes", when));
	v[0] = (double)web_num(m, "votes_for");
	v[1] = (double)web_num(m, "votes_against");
	v[2] = (double)web_num(m, "votes_abstain");
	snprintf(title, sizeof(title), "Votes in the poll: %s",
	    web_str(m, "body"));
	figures(r, "chart-poll", title, labels, v, 3);
	page_end(r);
	json_decref(m);
	return 1;
}

int
outcome_election(struct req *r, int64_t id)
{
	struct html			*h = &r->body;
	struct election_view		 v;
	struct viewer			 vw;
	const struct election_result	*res = &v.e.result;
	const char			*labels[CHART_MAXBARS];
	double				 n[CHART_MAXBARS];
	char				 title[300];
	size_t				 i, k = 0;

	viewer_of_who(&vw, &r->who);
	if (core_election_get(r->c, &vw, id, &v) != CORE_OK)
		return 0;
	if (v.e.status != ELECTION_COUNTED &&
	    v.e.status != ELECTION_ANNOUNCED) {
		election_view_free(&v);
		return 0;
	}
	page_begin_of(r, 0, "Election result", WEB_S(v.e.office));
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">Election of %s</h1>\n", WEB_S(v.e.group_name),
	    WEB_S(v.e.office));
	/* SA-9.4: the chair verifies and announces before anyone reads
	 * the figures (core shows them to no one else before). */
	if (v.e.status != ELECTION_ANNOUNCED || !v.results || !res->present) {
		html_raw(h, "<p class=\"govuk-body\">Voting has closed and the "
		    "ballots are counted. The result is shown here once the "
		    "chair has checked the turnout and announced it.</p>\n");
		page_end(r);
		election_view_free(&v);
		return 1;
	}
	if (res->tied.n > 0)
		html_raw(h, "<div class=\"govuk-inset-text\">The top candidates "
		    "tied: a run-off between them decides.</div>\n");
	else {
		html_raw(h, "<div class=\"govuk-panel govuk-panel--confirmation"
		    "\"><h2 class=\"govuk-panel__title\">Elected</h2>\n<div "
		    "class=\"govuk-panel__body\">");
		for (i = 0; i < res->winners.n; i++)
			html_fmt(h, "%s%s", i ? ", " : "", res->winners.v[i]);
		html_raw(h, "</div></div>\n");
	}
	html_fmt(h, "<p class=\"govuk-body\">%lld %s cast, one for each "
	    "member organisation that voted.</p>\n", (long long)res->ballots,
	    res->ballots == 1 ? "ballot" : "ballots");
	for (i = 0; i < res->ncounts && k < CHART_MAXBARS; i++) {
		labels[k] = WEB_S(res->counts[i].candidate);
		n[k++] = (double)res->counts[i].votes;
	}
	snprintf(title, sizeof(title), "Votes for each candidate for %s",
	    WEB_S(v.e.office));
	figures(r, "chart-election", title, labels, n, k);
	/* The receipt promises this: every ballot, findable by its own. */
	html_raw(h, "<h2 class=\"govuk-heading-m\">Every ballot, by its "
	    "receipt</h2>\n<p class=\"govuk-body\">Find your organisation's "
	    "receipt to see that its ballot was counted as cast.</p>\n"
	    "<ul class=\"govuk-list\">\n");
	for (i = 0; i < v.ballots.n; i++)
		html_fmt(h, "<li><span class=\"alliance-receipt-s\">%s</span>: "
		    "%s</li>\n", WEB_S(v.ballots.v[i].receipt),
		    WEB_S(v.ballots.v[i].candidate));
	html_raw(h, "</ul>\n");
	page_end(r);
	election_view_free(&v);
	return 1;
}

/* 1 when slug is one of the groups of the member's memberships. */
static int
in_groups(json_t *me, const char *slug)
{
	json_t	*m;
	size_t	 i;

	json_array_foreach(json_object_get(me, "memberships"), i, m)
		if (strcmp(web_str(m, "slug"), slug) == 0)
			return 1;
	return 0;
}

void
outcome_recent(struct req *r, json_t *me)
{
	struct html	*h = &r->body;
	struct rec_election_list	 els;
	struct viewer			 vw;
	json_t		*m, *list, *items = NULL, *e;
	size_t		 i, j, n = 0, n_el = 0;
	char		 done[8][64];
	int		 seen;

	/* Results of the last 90 days, of the groups the member is in. */
	json_array_foreach(json_object_get(me, "memberships"), i, m) {
		seen = 0;
		for (j = 0; j < n; j++)
			seen |= strcmp(done[j], web_str(m, "slug")) == 0;
		if (seen || n == 8)
			continue;
		snprintf(done[n++], sizeof(done[0]), "%s", web_str(m, "slug"));
		if (core_motion_list(r->c, web_str(m, "slug"), &list) != CORE_OK)
			list = NULL;
		json_array_foreach(list, j, e)
			if (strcmp(web_str(e, "method"), "poll") == 0 &&
			    *web_str(e, "outcome") != '\0' &&
			    recent(r, web_str(e, "decided_at"))) {
				if (items == NULL)
					items = json_array();
				json_array_append(items, e);
			}
		json_decref(list);
	}
	viewer_of_who(&vw, &r->who);
	if (core_election_list(r->c, &vw, &els) != CORE_OK)
		memset(&els, 0, sizeof(els));
	for (i = 0; i < els.n; i++)
		if (els.v[i].status != ELECTION_ANNOUNCED ||
		    !in_groups(me, WEB_S(els.v[i].grp)) ||
		    !recent(r, WEB_S(els.v[i].voting_closes)))
			els.v[i].id = 0;	/* not shown */
		else
			n_el++;
	if (json_array_size(items) > 0 || n_el > 0) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Recent results</h2>"
		    "\n<ul class=\"govuk-list\">\n");
		json_array_foreach(items, i, e)
			html_fmt(h, "<li><a class=\"govuk-link\" href=\""
			    "/polls/%lld\">Poll: %s</a>: %s, %lld for, "
			    "%lld against</li>\n", web_num(e, "id"),
			    web_str(e, "body"), web_str(e, "outcome"),
			    web_num(e, "votes_for"), web_num(e,
			    "votes_against"));
		for (i = 0; i < els.n; i++)
			if (els.v[i].id != 0)
				html_fmt(h, "<li><a class=\"govuk-link\" href=\""
				    "/elections/%lld\">Election of %s</a>: "
				    "result announced</li>\n",
				    (long long)els.v[i].id,
				    WEB_S(els.v[i].office));
		html_raw(h, "</ul>\n");
	}
	json_decref(items);
	rec_election_list_free(&els);
}
