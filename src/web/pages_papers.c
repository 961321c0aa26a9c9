/*
 * The papers page (SA-11.1): agenda papers, reports and briefings,
 * each shown to whom it is for.  Information shared in the Alliance is
 * for members unless it is marked for sharing: a visitor sees only the
 * papers marked public; a member sees them all, each saying whether
 * the public may read it.  What a viewer may read is core's answer.
 */
#include <stdio.h>
#include <string.h>

#include "web.h"
#include "core/own.h"
#include "render/when.h"

/* The kind of paper in plain words. */
static const char *
kind_words(const char *kind)
{
	static const char *const words[][2] = {
		{ "agenda-paper", "Agenda paper" }, { "report", "Report" },
		{ "briefing", "Briefing" }, { "other", "Paper" },
	};
	size_t i;

	for (i = 0; kind != NULL && i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(kind, words[i][0]) == 0)
			return words[i][1];
	return "Paper";
}

/* A link is shown as one only when it is a web address. */
static int
web_address(const char *s)
{
	return s != NULL && (strncmp(s, "https://", 8) == 0 ||
	    strncmp(s, "http://", 7) == 0);
}

static void
paper_row(struct req *r, const struct rec_paper *p)
{
	struct html	*h = &r->body;
	char		 when[WHEN_LEN];

	html_raw(h, "<tr class=\"govuk-table__row\"><th scope=\"row\" "
	    "class=\"govuk-table__header\">");
	if (web_address(p->link))
		html_fmt(h, "<a class=\"govuk-link\" href=\"%s\">%s</a>",
		    p->link, p->title);
	else
		html_text(h, p->title);
	if (p->body != NULL && p->body[0] != '\0') {
		html_raw(h, "<details class=\"govuk-details app-paper\">"
		    "<summary class=\"govuk-details__summary\"><span "
		    "class=\"govuk-details__summary-text\">Read it here"
		    "</span></summary><div class=\"govuk-details__text\">");
		html_lines(h, p->body);
		html_raw(h, "</div></details>");
	}
	html_fmt(h, "</th><td class=\"govuk-table__cell\" data-label=\"Kind\">"
	    "%s</td><td class=\"govuk-table__cell\" data-label=\"For\">",
	    kind_words(p->kind));
	if (p->meeting_id > 0 && p->meeting_day != NULL &&
	    render_when(p->meeting_day, when, sizeof(when)) == 0)
		html_fmt(h, "<a class=\"govuk-link\" href=\"/meetings/%lld\">"
		    "%s meeting of %s</a>", (long long)p->meeting_id,
		    p->grp_name != NULL ? p->grp_name : "The", when);
	else
		html_text(h, p->grp_name);
	html_raw(h, "</td><td class=\"govuk-table__cell\" "
	    "data-label=\"Added\">");
	if (p->added_on != NULL &&
	    render_when(p->added_on, when, sizeof(when)) == 0)
		html_text(h, when);
	/* SA-11.1: the per-item flag, in words. */
	html_fmt(h, "</td><td class=\"govuk-table__cell\" data-label=\"Who "
	    "can read it\"><strong class=\"govuk-tag govuk-tag--%s\">%s"
	    "</strong></td></tr>\n", p->visibility != NULL &&
	    strcmp(p->visibility, "public") == 0 ? "green" : "grey",
	    p->visibility != NULL && strcmp(p->visibility, "public") == 0 ?
	    "Anyone" : "Members only");
}

void
page_papers(struct req *r)
{
	struct html		*h = &r->body;
	struct rec_paper_list	 l = { NULL, 0 };
	struct viewer		 v;
	size_t			 i;
	int			 rc, member;

	viewer_of_who(&v, &r->who);
	member = viewer_is_member(&v);
	if ((rc = core_paper_list(r->c, &v, 0, &l)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	snprintf(r->nav, sizeof(r->nav), "papers");
	page_begin(r, "Papers");
	html_raw(h, "<h1 class=\"govuk-heading-l\">Papers</h1>\n");
	if (member)
		html_raw(h, "<p class=\"govuk-body\">Agenda papers, reports "
		    "and briefings. Papers are for members only unless they "
		    "are marked for anyone to read.</p>\n");
	else
		html_raw(h, "<p class=\"govuk-body\">Agenda papers, reports "
		    "and briefings that anyone may read. Members see more: "
		    "<a class=\"govuk-link\" href=\"/sign-in?next=/papers\">"
		    "sign in</a> to read the papers shared with members."
		    "</p>\n");
	if (l.n == 0)
		html_raw(h, "<p class=\"govuk-body\">There are no papers to "
		    "show yet.</p>\n");
	else {
		html_raw(h, "<table class=\"govuk-table app-table\">\n"
		    "<caption class=\"govuk-visually-hidden\">Papers, newest "
		    "first</caption>\n<thead class=\"govuk-table__head\"><tr "
		    "class=\"govuk-table__row\"><th scope=\"col\" class=\""
		    "govuk-table__header\">Paper</th><th scope=\"col\" class="
		    "\"govuk-table__header\">Kind</th><th scope=\"col\" class="
		    "\"govuk-table__header\">For</th><th scope=\"col\" class="
		    "\"govuk-table__header\">Added</th><th scope=\"col\" class="
		    "\"govuk-table__header\">Who can read it</th></tr></thead>"
		    "\n<tbody class=\"govuk-table__body\">\n");
		/* The store lists them oldest first. */
		for (i = l.n; i > 0; i--)
			paper_row(r, &l.v[i - 1]);
		html_raw(h, "</tbody>\n</table>\n");
	}
	page_end(r);
	rec_paper_list_free(&l);
}
