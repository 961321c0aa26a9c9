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
	struct chart c = { .id = id, .title = title, .labels = labels,
	    .nbars = n, .series = series, .nseries = 1, .values = values };

	chart_svg(&r->body, &c);
}

int
outcome_poll(struct req *r, int64_t id)
{
	static const char *const labels[] = { "For", "Against", "Abstain" };
	struct html		*h = &r->body;
	struct motion_view	 mv;
	const struct rec_motion	*m = &mv.mo;
	struct viewer		 who;
	double			 v[3];
	char			 when[WHEN_LEN], title[300], word[32];

	viewer_of_who(&who, &r->who);
	if (core_motion_get(r->c, &who, id, &mv) != CORE_OK)
		return 0;
	if (m->method != METHOD_POLL || m->status == MOTION_OPEN ||
	    m->outcome == NULL || *m->outcome == '\0') {
		motion_view_free(&mv);
		return 0;
	}
	/* "carried" as a heading: "Carried". */
	snprintf(word, sizeof(word), "%s", m->outcome);
	if (word[0] >= 'a' && word[0] <= 'z')
		word[0] = (char)(word[0] - 'a' + 'A');
	page_begin_of(r, 0, "Poll result", m->body);
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">%s</h1>\n<div class=\"govuk-panel govuk-panel--"
	    "confirmation app-outcome\"><h2 class=\"govuk-panel__title\">%s"
	    "</h2>\n<div class=\"govuk-panel__body\">%d for, %d against, "
	    "%d abstaining</div></div>\n<p class=\"govuk-body\">The poll "
	    "closed on %s. One vote counted for each member organisation."
	    "</p>\n", m->group_name, m->body, word, m->votes_for,
	    m->votes_against, m->votes_abstain, web_when_utc_of(m->closes,
	    when));
	v[0] = (double)m->votes_for;
	v[1] = (double)m->votes_against;
	v[2] = (double)m->votes_abstain;
	snprintf(title, sizeof(title), "Votes in the poll: %s", m->body);
	figures(r, "chart-poll", title, labels, v, 3);
	page_end(r);
	motion_view_free(&mv);
	return 1;
}

/* The counts of a round, as a chart with its table. */
static void
round_figures(struct req *r, const struct election_result *res,
    const char *id, const char *title)
{
	const char	*labels[CHART_MAXBARS];
	double		 v[CHART_MAXBARS];
	size_t		 i, n = 0;

	for (i = 0; i < res->ncounts && n < CHART_MAXBARS; i++) {
		labels[n] = WEB_S(res->counts[i].candidate);
		v[n++] = (double)res->counts[i].votes;
	}
	figures(r, id, title, labels, v, n);
}

/* The names of the tied, "A and B". */
static void
tied_names(const struct election_result *res, char *out, size_t sz)
{
	size_t	i, k = res->tied.n, n = 0;

	out[0] = '\0';
	for (i = 0; i < k; i++)
		n += (size_t)snprintf(out + n, n < sz ? sz - n : 0, "%s%s", i ==
		    0 ? "" : i + 1 == k ? " and " : ", ", res->tied.v[i]);
}

/*
 * SA-E2.2: a round that tied.  Its figures wait for the announcement
 * (SA-9.4); that it tied, and the run-off that decides, are shown (who
 * tied, to those core shows the count).
 */
static void
outcome_tied(struct req *r, const struct rec_election *e)
{
	char	names[400];

	tied_names(&e->result, names, sizeof(names));
	html_fmt(&r->body, "<div class=\"govuk-inset-text\" id=\"tied\">Round "
	    "%d ended in a tie%s%s. A run-off %sdecides.</div>\n", e->round,
	    names[0] ? " between " : "", names, names[0] ? "between them " :
	    "");
	if (e->result.runoff != 0)
		html_fmt(&r->body, "<p class=\"govuk-body\"><a class=\""
		    "govuk-link\" href=\"/elections/%lld\">The run-off</a></p>\n",
		    (long long)e->result.runoff);
}

/* Once announced, the rounds before the last, each with its figures. */
static void
earlier_rounds(struct req *r, const struct viewer *vw,
    const struct rec_election *e)
{
	struct election_view	 prev;
	char			 id[48], title[300], names[400];
	int64_t			 at = e->previous_id;
	int			 any = 0, rounds;

	for (rounds = 0; at != 0 && rounds < 32; rounds++) {
		if (core_election_get(r->c, vw, at, &prev) != CORE_OK)
			break;
		if (!any++)
			html_raw(&r->body, "<h2 class=\"govuk-heading-m\">Earlier "
			    "rounds</h2>\n");
		tied_names(&prev.e.result, names, sizeof(names));
		html_fmt(&r->body, "<h3 class=\"govuk-heading-s\">Round %d"
		    "%s%s</h3>\n", prev.e.round, names[0] ?
		    ": a tie between " : "", names);
		snprintf(id, sizeof(id), "chart-round-%d", prev.e.round);
		snprintf(title, sizeof(title), "Votes for each candidate in "
		    "round %d", prev.e.round);
		if (prev.results && prev.e.result.present)
			round_figures(r, &prev.e.result, id, title);
		at = prev.e.previous_id;
		election_view_free(&prev);
	}
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
	if (v.e.status == ELECTION_TIED) {
		page_begin_of(r, 0, "Election result", WEB_S(v.e.office));
		html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 "
		    "class=\"govuk-heading-l\">Election of %s</h1>\n",
		    WEB_S(v.e.group_name), WEB_S(v.e.office));
		outcome_tied(r, &v.e);
		page_end(r);
		election_view_free(&v);
		return 1;
	}
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
	snprintf(title, sizeof(title), "Votes for each candidate for %s%s",
	    WEB_S(v.e.office), v.e.round > 1 ? ", in the run-off" : "");
	figures(r, "chart-election", title, labels, n, k);
	earlier_rounds(r, &vw, &v.e);
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
in_groups(const struct core_me *me, const char *slug)
{
	size_t i;

	for (i = 0; i < me->memberships.n; i++)
		if (strcmp(WEB_S(me->memberships.v[i].m.grp), slug) == 0)
			return 1;
	return 0;
}

/* The list's heading, before its first entry. */
static void
recent_head(struct html *h, size_t shown)
{
	if (shown == 0)
		html_raw(h, "<h2 class=\"govuk-heading-m\">Recent results</h2>"
		    "\n<ul class=\"govuk-list\">\n");
}

void
outcome_recent(struct req *r, const struct core_me *me)
{
	struct html			*h = &r->body;
	struct rec_motion_list		 polls[8];
	struct rec_election_list	 els;
	const struct rec_motion		*p;
	const struct rec_election	*e;
	struct viewer			 who;
	const char			*slug;
	size_t				 i, j, n = 0, shown = 0;
	int				 seen;

	/* Results of the last 90 days, of the groups the member is in:
	 * each group's polls, then the elections announced. */
	viewer_of_who(&who, &r->who);
	for (i = 0; i < me->memberships.n; i++) {
		slug = WEB_S(me->memberships.v[i].m.grp);
		seen = 0;
		for (j = 0; j < n; j++)
			seen |= polls[j].n > 0 && strcmp(polls[j].v[0].grp,
			    slug) == 0;
		if (seen || n == 8)
			continue;
		if (core_motion_list(r->c, &who, slug, &polls[n]) != CORE_OK)
			memset(&polls[n], 0, sizeof(polls[n]));
		n++;
	}
	for (j = 0; j < n; j++)
		for (i = 0; i < polls[j].n; i++) {
			p = &polls[j].v[i];
			if (p->method != METHOD_POLL || p->outcome == NULL ||
			    *p->outcome == '\0' || !recent(r, p->decided_at != NULL ?
			    p->decided_at : ""))
				continue;
			recent_head(h, shown++);
			html_fmt(h, "<li><a class=\"govuk-link\" href=\""
			    "/polls/%lld\">Poll: %s</a>: %s, %d for, %d "
			    "against</li>\n", (long long)p->id, p->body,
			    p->outcome, p->votes_for, p->votes_against);
		}
	if (core_election_list(r->c, &who, &els) != CORE_OK)
		memset(&els, 0, sizeof(els));
	for (i = 0; i < els.n; i++) {
		e = &els.v[i];
		if (e->status != ELECTION_ANNOUNCED ||
		    !in_groups(me, WEB_S(e->grp)) ||
		    !recent(r, WEB_S(e->voting_closes)))
			continue;
		recent_head(h, shown++);
		html_fmt(h, "<li><a class=\"govuk-link\" href=\""
		    "/elections/%lld\">Election of %s</a>: result "
		    "announced</li>\n", (long long)e->id, WEB_S(e->office));
	}
	if (shown > 0)
		html_raw(h, "</ul>\n");
	for (j = 0; j < n; j++)
		rec_motion_list_free(&polls[j]);
	rec_election_list_free(&els);
}
