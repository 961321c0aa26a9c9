/*
 * pages_me: a member's home page: their organisation's memberships and
 * whether each votes, the polls and ballots open to it, recent results,
 * self-assessments, nominations open, the positions and chairs the
 * person holds, and their choice of news.  Core decides what they see
 * (core_me).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

int
page_me_read(struct req *r, struct core_me *me)
{
	struct viewer v;

	viewer_of_who(&v, &r->who);
	return core_me(r->c, &v, me);
}

/*
 * Why a membership does not vote, in people's words: the reason as the
 * rules give it, without the rule ids and settings the command line
 * names in brackets at its end ("associate members never vote").
 */
static void
reason_plain(struct html *h, const char *why)
{
	const char	*cut = strrchr(why, '(');
	size_t		 n = strlen(why);
	char		 plain[256];	/* the rules' sentences are short */

	if (cut != NULL && cut > why && cut[-1] == ' ' && n > 0 &&
	    why[n - 1] == ')')
		n = (size_t)(cut - 1 - why);
	snprintf(plain, sizeof(plain), "%.*s", (int)n, why);
	html_fmt(h, "%s", plain);
}

/* The organisation's memberships, whether each votes, and the way to
 * sign when one waits for the declaration (SA-3.2). */
static void
me_memberships(struct req *r, const struct core_me *me)
{
	struct html				*h = &r->body;
	const struct core_me_membership		*m;
	size_t					 i;
	int					 pending = 0;

	html_raw(h, "<h2 class=\"govuk-heading-m\">Memberships</h2>\n");
	if (me->memberships.n == 0)
		html_raw(h, "<p class=\"govuk-body\">None yet.</p>\n");
	html_raw(h, "<dl class=\"govuk-summary-list\">\n");
	for (i = 0; i < me->memberships.n; i++) {
		m = &me->memberships.v[i];
		html_fmt(h, "<div class=\"govuk-summary-list__row\"><dt class="
		    "\"govuk-summary-list__key\"><a class=\"govuk-link\" href="
		    "\"/forums/%s\">%s</a></dt><dd class=\"govuk-summary-list__"
		    "value\">%s member ", WEB_S(m->m.grp), WEB_S(m->m.group_name),
		    (int)m->m.kind >= 0 ? memb_kind_names[m->m.kind] : "");
		page_tag(r, (int)m->m.status >= 0 ?
		    memb_status_names[m->m.status] : "");
		if (!m->may_vote) {
			html_raw(h, "<p class=\"govuk-body-s govuk-!-margin-top-2 "
			    "govuk-!-margin-bottom-0\">Does not vote: ");
			reason_plain(h, m->why_not);
			html_raw(h, "</p>");
		}
		html_raw(h, "</dd></div>\n");
		pending |= m->m.status == MS_PENDING;
	}
	html_raw(h, "</dl>\n");
	if (pending)
		html_raw(h, "<p class=\"govuk-body\"><a class=\"govuk-link\" "
		    "href=\"/me/sign\">Sign the agreement for your "
		    "organisation</a>: its membership starts when it signs.</p>\n");
}

void
me_open_ballots(struct req *r, const struct core_me *me, const char *voted)
{
	char				 when[WHEN_LEN];
	struct html			*h = &r->body;
	const struct core_me_ballot	*b;
	size_t				 i;
	int				 poll;

	if (me->ballots.n == 0)
		return;
	html_raw(h, "<h2 class=\"govuk-heading-m\">Open for your vote</h2>\n"
	    "<ul class=\"govuk-list\">\n");
	for (i = 0; i < me->ballots.n; i++) {
		b = &me->ballots.v[i];
		poll = b->kind == CORE_ME_POLL;
		html_fmt(h, "<li><a class=\"govuk-link\" href=\"/%s/%lld\">%s%s"
		    "</a> (%s), closes %s%s</li>\n", poll ? "polls" :
		    "elections", (long long)b->id, poll ? "Poll: " :
		    "Election of ", WEB_S(b->what), WEB_S(b->group),
		    web_when_utc_of(b->closes, when), b->voted ? voted : "");
	}
	html_raw(h, "</ul>\n");
}

/* MS-2-eval: a public body's self-assessments. */
static void
me_assessments(struct req *r)
{
	char			 when[WHEN_LEN];
	struct rec_cycle_list	 cycles = { NULL, 0 };
	struct assess_year	 y;
	struct viewer		 v;
	size_t			 i, k;

	viewer_of_who(&v, &r->who);
	if (r->who.org == 0 || core_assess_cycles(r->c, &v, &cycles) !=
	    CORE_OK)
		return;
	for (i = 0; i < cycles.n; i++) {
		if (core_assess_year(r->c, &v, (int)cycles.v[i].year, &y) !=
		    CORE_OK)
			continue;
		for (k = 0; k < y.assessments.n; k++) {
			if (y.assessments.v[k].org_id != r->who.org)
				continue;
			render_when(cycles.v[i].due != NULL ? cycles.v[i].due :
			    "", when, WHEN_LEN);
			html_fmt(&r->body, "<p class=\"govuk-body\"><a class=\""
			    "govuk-link\" href=\"/assessment/%lld\">Self-"
			    "assessment %lld</a>, due by %s</p>\n", (long long)
			    cycles.v[i].year, (long long)cycles.v[i].year, when);
		}
		assess_year_free(&y);
	}
	rec_cycle_list_free(&cycles);
}

/* SA-9.3, SA-E1: elections taking nominations where the organisation
 * may stand. */
static void
me_nominations(struct req *r, const struct core_me *me)
{
	char				 when[WHEN_LEN];
	struct html			*h = &r->body;
	const struct rec_election	*e;
	size_t				 i;

	if (me->nominations.n == 0)
		return;
	html_raw(h, "<h2 class=\"govuk-heading-m\">Nominations open</h2>\n"
	    "<ul class=\"govuk-list\">\n");
	for (i = 0; i < me->nominations.n; i++) {
		e = me->nominations.v[i].e;
		render_when(WEB_S(e->nominations_close), when, WHEN_LEN);
		html_fmt(h, "<li><a class=\"govuk-link\" href=\"/elections/%lld"
		    "/nominate\">Stand for %s%s%s</a> (%s), nominations close "
		    "%s</li>\n", (long long)e->id, WEB_S(e->office),
		    e->position != NULL && *e->position ? ": " : "",
		    WEB_S(e->position), WEB_S(me->nominations.v[i].group), when);
	}
	html_raw(h, "</ul>\n");
}

/* SA-9.1: a representative's positions and terms; the groups the
 * person chairs. */
static void
me_offices(struct req *r, const struct core_me *me)
{
	char				 ends[WHEN_LEN];
	struct html			*h = &r->body;
	const struct rec_position_held	*p;
	const struct rec_office_held	*o;
	size_t				 i;

	if (me->positions.n > 0) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Positions you hold"
		    "</h2>\n<dl class=\"govuk-summary-list\">\n");
		for (i = 0; i < me->positions.n; i++) {
			p = &me->positions.v[i];
			render_when(WEB_S(p->term_end), ends, WHEN_LEN);
			html_fmt(h, "<div class=\"govuk-summary-list__row\"><dt "
			    "class=\"govuk-summary-list__key\">%s</dt><dd class="
			    "\"govuk-summary-list__value\">%s%s (%s)%s%s</dd>"
			    "</div>\n", WEB_S(p->position), WEB_S(p->role),
			    p->interim ? ", interim" : "", WEB_S(p->section),
			    p->term_end != NULL && *p->term_end ?
			    ", term ends " : "", ends);
		}
		html_raw(h, "</dl>\n");
	}
	if (me->offices.n > 0) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Groups you chair</h2>"
		    "\n<ul class=\"govuk-list\">\n");
		for (i = 0; i < me->offices.n; i++) {
			o = &me->offices.v[i];
			html_fmt(h, "<li><a class=\"govuk-link\" href=\"/groups/"
			    "%s\">%s</a> (%s)</li>\n", WEB_S(o->slug),
			    WEB_S(o->name), WEB_S(o->office));
		}
		html_raw(h, "</ul>\n");
	}
}

/* The person's choice of news, as a form. */
static void
me_news_form(struct req *r, const struct core_me *me)
{
	static const char *const how[] = { "now", "Each message as it "
	    "happens", "digest", "News once a day: published notes and "
	    "results in one email", "none", "No news: only what needs "
	    "you or your organisation", NULL };
	const struct form_field f[] = {
		{ "digest", "How you get news", "Sign-in links, agendas, "
		    "ballots, reminders and letters always come at once",
		    FIELD_RADIOS, how, 0 },
		{ NULL, NULL, NULL, 0, NULL, 0 },
	};

	web_field_default(r, "digest", me->news == CORE_NEWS_NONE ? "none" :
	    me->news == CORE_NEWS_DIGEST ? "digest" : "now");
	page_form(r, "/me/digest", "Your emails", f, "Save the choice", NULL,
	    NULL);
}

void
page_me(struct req *r)
{
	struct core_me	me;
	struct html	*h = &r->body;
	int		 rc;

	if ((rc = page_me_read(r, &me)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	snprintf(r->nav, sizeof(r->nav), "me");
	page_begin(r, "Your organisation");
	page_banner(r);
	if (r->who.org == 0)
		html_raw(h, "<h1 class=\"govuk-heading-l\">Your account</h1>\n"
		    "<p class=\"govuk-body\">You are not recorded as working "
		    "for a member organisation.</p>\n");
	else {
		html_fmt(h, "<h1 class=\"govuk-heading-l\">%s</h1>\n",
		    r->who.org_name);
		me_memberships(r, &me);
	}
	me_open_ballots(r, &me, ": your organisation has voted");
	outcome_recent(r, &me);
	me_assessments(r);
	me_nominations(r, &me);
	me_offices(r, &me);
	me_news_form(r, &me);
	page_end(r);
	core_me_free(&me);
}

void
page_digest_post(struct req *r)
{
	const char	*v = web_form(r, "digest");
	char		 ref[32];
	int		 rc;

	snprintf(ref, sizeof(ref), "%lld", (long long)r->who.person);
	if (v == NULL) {
		page_error(r, 400, "Choose how you get news", "Select each "
		    "message as it happens, news once a day, or no news.");
		return;
	}
	if ((rc = core_person_digest(r->c, ref, strcmp(v, "digest") == 0 ?
	    CORE_NEWS_DIGEST : strcmp(v, "none") == 0 ? CORE_NEWS_NONE :
	    CORE_NEWS_NOW)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	web_redirect(r, "/me?done=digest");
}
