/*
 * page_tasks: the chair's dashboard as a GOV.UK task list.  What needs
 * attention comes first, each problem linking to the form that fixes
 * it; then the group's business (meetings, polls, elections), each with
 * its state in words.  A poll is offered for counting only once its
 * voting has closed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* Where a problem is fixed, by the start of its rule's id: the form on
 * the dashboard (or the list) that puts it right. */
static const struct {
	const char	*rule, *href, *label;
} fixes[] = {
	{ "SA-6.", "#schedule", "Schedule a meeting" },
	{ "SA-5.", "#meetings", "Record attendance at a meeting" },
	{ "SA-10.", "#meetings", "Open the meeting" },
	{ "SA-13.", "#membership", "Change a membership" },
	{ "SA-14.", "#membership", "Change a membership" },
	{ "SA-7.", "#nominations", "Seek nominations" },
	{ "SA-9.", "#nominations", "Seek nominations" },
	{ "SA-D2.", "#nominations", "Seek nominations" },
	{ "SA-3.", "#members", "See the members" },
};

static void
task(struct req *r, int n, const char *href, const char *name,
    const char *hint, const char *colour, const char *status)
{
	struct html *h = &r->body;

	html_fmt(h, "<li class=\"govuk-task-list__item%s\">\n<div class=\""
	    "govuk-task-list__name-and-hint\">", href != NULL ?
	    " govuk-task-list__item--with-link" : "");
	if (href != NULL)
		html_fmt(h, "<a class=\"govuk-link govuk-task-list__link\" "
		    "href=\"%s\" aria-describedby=\"task-%d-status\">%s</a>",
		    href, n, name);
	else
		html_fmt(h, "<div>%s</div>", name);
	if (hint != NULL && *hint != '\0')
		html_fmt(h, "<div class=\"govuk-task-list__hint\">%s</div>",
		    hint);
	html_fmt(h, "</div>\n<div class=\"govuk-task-list__status\" id=\""
	    "task-%d-status\">", n);
	if (colour != NULL)
		html_fmt(h, "<strong class=\"govuk-tag govuk-tag--%s\">%s"
		    "</strong>", colour, status);
	else
		html_text(h, status);
	html_raw(h, "</div>\n</li>\n");
}

/* The problems, each with the way to its fix. */
static int
problems(struct req *r, const struct check_flag_list *flags, int n)
{
	struct html	*h = &r->body;
	size_t		 i, k;
	char		 hint[160];

	html_raw(h, "<h2 class=\"govuk-heading-m\">Needs attention</h2>\n");
	if (flags->n == 0) {
		html_raw(h, "<p class=\"govuk-body\"><strong class=\""
		    "govuk-tag govuk-tag--green\">All rules met</strong></p>\n");
		return n;
	}
	html_raw(h, "<ul class=\"govuk-task-list\">\n");
	for (i = 0; i < flags->n; i++) {
		const char *rule = flags->v[i].rule;

		for (k = 0; k < sizeof(fixes) / sizeof(fixes[0]); k++)
			if (strncmp(rule, fixes[k].rule,
			    strlen(fixes[k].rule)) == 0)
				break;
		hint[0] = '\0';
		if (k < sizeof(fixes) / sizeof(fixes[0]))
			snprintf(hint, sizeof(hint), "To fix: %s",
			    fixes[k].label);
		task(r, ++n, k < sizeof(fixes) / sizeof(fixes[0]) ?
		    fixes[k].href : NULL, flags->v[i].fact, hint, "yellow",
		    "Needs attention");
	}
	html_raw(h, "</ul>\n");
	/* The rule ids, for officers, under one details element. */
	if (r->who.officer) {
		char ids[400];
		size_t len = 0;

		ids[0] = '\0';
		for (i = 0; i < flags->n; i++)
			len += (size_t)snprintf(ids + len, len < sizeof(ids) ?
			    sizeof(ids) - len : 0, "%s%s", i ? ", " : "",
			    flags->v[i].rule);
		page_rule(r, ids);
	}
	return n;
}

/* A meeting's state in words. */
static const char *
meeting_state(const struct rec_meeting *m, const char **colour)
{
	*colour = "grey";
	if (m->status == MEETING_MINUTED) {
		*colour = "green";
		return "Notes published";
	}
	if (m->status == MEETING_HELD) {
		*colour = "blue";
		return "Held: notes to write";
	}
	if (m->status == MEETING_CANCELLED)
		return "Cancelled";
	if (m->circulated != NULL) {
		*colour = "blue";
		return "Agenda sent";
	}
	*colour = "yellow";
	return "Agenda to send";
}

/* Voting has closed: its closing (UTC) is now or past. */
static int
closed(struct req *r, const struct rec_motion *mo)
{
	return mo->closes != NULL && strncmp(r->c->now, mo->closes, 16) >= 0;
}

/* Where an election stands, for its chair. */
static const char *
election_task(const struct rec_election *x)
{
	switch (x->status) {
	case ELECTION_NOMINATIONS:
		return "Taking nominations";
	case ELECTION_VOTING:
		return "Voting open";
	case ELECTION_TIED:
		return "Tied: run-off";
	case ELECTION_COUNTED:
		return x->verified_by != NULL ? "Verified: to announce" :
		    "Counted: to verify";
	default:
		return election_status_names[x->status];
	}
}

void
group_tasks(struct req *r, const struct rec_group *g,
    const struct check_flag_list *flags,
    const struct rec_meeting_list *ms)
{
	struct html		*h = &r->body;
	struct rec_motion_list	 mo = { NULL, 0 };
	const struct rec_motion	*p;
	struct viewer		 who;
	struct rec_election_list el = { NULL, 0 };
	const char		*colour, *state;
	char			 when[WHEN_LEN], href[96], name[300], hint[160];
	size_t			 i;
	int			 n = 0, ready = 0;

	n = problems(r, flags, n);
	html_raw(h, "<h2 class=\"govuk-heading-m\" id=\"meetings\">The "
	    "group's business</h2>\n<ul class=\"govuk-task-list\">\n");
	for (i = 0; i < ms->n; i++) {
		snprintf(href, sizeof(href), "/meetings/%lld",
		    (long long)ms->v[i].id);
		snprintf(name, sizeof(name), "Meeting on %s", web_when_of(
		    ms->v[i].day, ms->v[i].starts, when));
		state = meeting_state(&ms->v[i], &colour);
		task(r, ++n, href, name, ms->v[i].place, colour, state);
	}
	viewer_of_who(&who, &r->who);
	if (core_motion_list(r->c, &who, g->slug, &mo) != CORE_OK)
		mo.n = 0;
	for (i = 0; i < mo.n; i++) {
		p = &mo.v[i];
		if (p->method != METHOD_POLL || p->status != MOTION_OPEN)
			continue;
		/* Voting closes at a moment in UTC, as now is. */
		snprintf(href, sizeof(href), "/polls/%lld", (long long)p->id);
		snprintf(name, sizeof(name), "Poll: %s", p->body);
		snprintf(hint, sizeof(hint), "Voting %s %s", closed(r, p) ?
		    "closed" : "closes", web_when_utc_of(p->closes != NULL ?
		    p->closes : "", when));
		task(r, ++n, closed(r, p) ? "#count" : href, name, hint,
		    closed(r, p) ? "blue" : NULL, closed(r, p) ?
		    "Ready to count" : "Voting open");
		ready += closed(r, p);
	}
	if (core_election_list(r->c, &who, &el) == CORE_OK)
		for (i = 0; i < el.n; i++) {
			const struct rec_election *x = &el.v[i];

			if (strcmp(WEB_S(x->grp), WEB_S(g->slug)) != 0 ||
			    x->status == ELECTION_ANNOUNCED)
				continue;
			snprintf(href, sizeof(href), "/elections/%lld/manage",
			    (long long)x->id);
			snprintf(name, sizeof(name), "Election of %s%s%s%s",
			    WEB_S(x->office), x->position != NULL ? ": " : "",
			    WEB_S(x->position), x->round > 1 ? " (run-off)" :
			    "");
			task(r, ++n, href, name, NULL, x->status ==
			    ELECTION_VOTING ? NULL : "blue", election_task(x));
		}
	if (n == 0 || (ms->n == 0 && ready == 0))
		task(r, ++n, "#schedule", "Schedule a meeting", NULL, NULL,
		    "No meetings yet");
	html_raw(h, "</ul>\n");
	/* Counting is offered only for polls whose voting has closed. */
	if (ready > 0) {
		html_raw(h, "<h2 class=\"govuk-heading-m\" id=\"count\">Count a "
		    "closed poll</h2>\n");
		for (i = 0; i < mo.n; i++) {
			p = &mo.v[i];
			if (p->method != METHOD_POLL || p->status !=
			    MOTION_OPEN || !closed(r, p))
				continue;
			html_fmt(h, "<form method=\"post\" action=\"/polls/%lld/"
			    "close\" novalidate>\n<p class=\"govuk-body\">%s"
			    "</p>\n", (long long)p->id, p->body);
			page_csrf(r);
			html_raw(h, "<button type=\"submit\" class=\"govuk-"
			    "button\" data-module=\"govuk-button\">Close and "
			    "count</button>\n</form>\n");
		}
	}
	rec_motion_list_free(&mo);
	rec_election_list_free(&el);
}
