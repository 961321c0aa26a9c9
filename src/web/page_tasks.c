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
problems(struct req *r, json_t *flags, int n)
{
	struct html	*h = &r->body;
	json_t		*f;
	size_t		 i, k;
	char		 hint[160];

	html_raw(h, "<h2 class=\"govuk-heading-m\">Needs attention</h2>\n");
	if (json_array_size(flags) == 0) {
		html_raw(h, "<p class=\"govuk-body\"><strong class=\""
		    "govuk-tag govuk-tag--green\">All rules met</strong></p>\n");
		return n;
	}
	html_raw(h, "<ul class=\"govuk-task-list\">\n");
	json_array_foreach(flags, i, f) {
		const char *rule = web_str(f, "rule");

		for (k = 0; k < sizeof(fixes) / sizeof(fixes[0]); k++)
			if (strncmp(rule, fixes[k].rule,
			    strlen(fixes[k].rule)) == 0)
				break;
		hint[0] = '\0';
		if (k < sizeof(fixes) / sizeof(fixes[0]))
			snprintf(hint, sizeof(hint), "To fix: %s",
			    fixes[k].label);
		task(r, ++n, k < sizeof(fixes) / sizeof(fixes[0]) ?
		    fixes[k].href : NULL, web_str(f, "fact"), hint, "yellow",
		    "Needs attention");
	}
	html_raw(h, "</ul>\n");
	/* The rule ids, for officers, under one details element. */
	if (r->who.officer) {
		char ids[400];
		size_t len = 0;

		ids[0] = '\0';
		json_array_foreach(flags, i, f)
			len += (size_t)snprintf(ids + len, len < sizeof(ids) ?
			    sizeof(ids) - len : 0, "%s%s", i ? ", " : "",
			    web_str(f, "rule"));
		page_rule(r, ids);
	}
	return n;
}

/* A meeting's state in words. */
static const char *
meeting_state(json_t *m, const char **colour)
{
	const char *st = web_str(m, "status");

	*colour = "grey";
	if (strcmp(st, "minuted") == 0) {
		*colour = "green";
		return "Notes published";
	}
	if (strcmp(st, "held") == 0) {
		*colour = "blue";
		return "Held: notes to write";
	}
	if (strcmp(st, "cancelled") == 0)
		return "Cancelled";
	if (*web_str(m, "circulated") != '\0') {
		*colour = "blue";
		return "Agenda sent";
	}
	*colour = "yellow";
	return "Agenda to send";
}

void
group_tasks(struct req *r, json_t *g, json_t *flags, json_t *meetings)
{
	struct html	*h = &r->body;
	json_t		*m, *mo = NULL, *el = NULL, *d, *poll;
	const char	*colour, *state;
	char		 when[WHEN_LEN], href[96], name[300], hint[160];
	size_t		 i;
	int		 n = 0, ready = 0;

	n = problems(r, flags, n);
	html_raw(h, "<h2 class=\"govuk-heading-m\" id=\"meetings\">The "
	    "group's business</h2>\n<ul class=\"govuk-task-list\">\n");
	json_array_foreach(meetings, i, m) {
		snprintf(href, sizeof(href), "/meetings/%lld", web_num(m, "id"));
		snprintf(name, sizeof(name), "Meeting on %s", web_when_at(m,
		    "day", "starts", when));
		state = meeting_state(m, &colour);
		task(r, ++n, href, name, web_str(m, "place"), colour, state);
	}
	if (core_motion_list(r->c, web_str(g, "slug"), &mo) == CORE_OK)
		json_array_foreach(mo, i, d) {
			int closed;

			if (strcmp(web_str(d, "method"), "poll") != 0 ||
			    strcmp(web_str(d, "status"), "open") != 0 ||
			    core_motion_get(r->c, web_num(d, "id"), &poll) !=
			    CORE_OK)
				continue;
			/* Voting closes at a moment in UTC, as now is. */
			closed = strncmp(r->c->now, web_str(poll, "closes"),
			    16) >= 0;
			snprintf(href, sizeof(href), "/polls/%lld", web_num(d,
			    "id"));
			snprintf(name, sizeof(name), "Poll: %s", web_str(d,
			    "body"));
			snprintf(hint, sizeof(hint), "Voting %s %s", closed ?
			    "closed" : "closes", web_when_utc(poll, "closes",
			    when));
			task(r, ++n, closed ? "#count" : href, name, hint,
			    closed ? "blue" : NULL, closed ? "Ready to count" :
			    "Voting open");
			ready += closed;
			json_decref(poll);
		}
	if (core_election_list(r->c, &el) == CORE_OK)
		json_array_foreach(el, i, d) {
			const char *st = web_str(d, "status");

			if (strcmp(web_str(d, "grp"), web_str(g, "slug")) != 0 ||
			    strcmp(st, "announced") == 0)
				continue;
			snprintf(href, sizeof(href), "/elections/%lld/manage",
			    web_num(d, "id"));
			snprintf(name, sizeof(name), "Election of %s%s%s%s",
			    web_str(d, "office"), *web_str(d, "position") ?
			    ": " : "", web_str(d, "position"), web_num(d,
			    "round") > 1 ? " (run-off)" : "");
			task(r, ++n, href, name, NULL, strcmp(st, "voting") ==
			    0 ? NULL : "blue", strcmp(st, "nominations") == 0 ?
			    "Taking nominations" : strcmp(st, "voting") == 0 ?
			    "Voting open" : strcmp(st, "tied") == 0 ?
			    "Tied: run-off" : strcmp(st, "counted") == 0 ?
			    "Counted: to verify" : strcmp(st, "verified") == 0 ?
			    "Verified: to announce" : st);
		}
	if (n == 0 || (json_array_size(meetings) == 0 && ready == 0))
		task(r, ++n, "#schedule", "Schedule a meeting", NULL, NULL,
		    "No meetings yet");
	html_raw(h, "</ul>\n");
	/* Counting is offered only for polls whose voting has closed. */
	if (ready > 0) {
		html_raw(h, "<h2 class=\"govuk-heading-m\" id=\"count\">Count a "
		    "closed poll</h2>\n");
		json_array_foreach(mo, i, d) {
			if (strcmp(web_str(d, "method"), "poll") != 0 ||
			    strcmp(web_str(d, "status"), "open") != 0 ||
			    core_motion_get(r->c, web_num(d, "id"), &poll) !=
			    CORE_OK)
				continue;
			if (strncmp(r->c->now, web_str(poll, "closes"), 16) >= 0) {
				html_fmt(h, "<form method=\"post\" action=\"/"
				    "polls/%lld/close\" novalidate>\n<p class=\""
				    "govuk-body\">%s</p>\n", web_num(d, "id"),
				    web_str(d, "body"));
				page_csrf(r);
				html_raw(h, "<button type=\"submit\" class=\""
				    "govuk-button\" data-module=\"govuk-button"
				    "\">Close and count</button>\n</form>\n");
			}
			json_decref(poll);
		}
	}
	json_decref(mo);
	json_decref(el);
}
