/*
 * pages_forum: a forum's own page, /forums/SLUG, for anyone: what it
 * is, who chairs it, its meetings and its members.  A member's home
 * links each of its forums here (the chair's dashboard is for the chair
 * alone); its chair finds the way to the dashboard on it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

static void
row(struct req *r, const char *key, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	html_fmt(&r->body, "<div class=\"govuk-summary-list__row\"><dt class=\""
	    "govuk-summary-list__key\">%s</dt><dd class=\"govuk-summary-list__"
	    "value\">%s</dd></div>\n", key, value);
}

void
page_forum(struct req *r)
{
	static const char *const mcols[] = { "organisation", "kind", "status",
	    "since", NULL };
	static const char *const mheads[] = { "Organisation", "Membership",
	    "Status", "Since" };
	struct html	*h = &r->body;
	struct rec_meeting_list	 ms = { NULL, 0 };
	json_t		*g = NULL, *forums = NULL, *members = NULL;
	json_t		*f, *reg = NULL;
	char		 when[WHEN_LEN];
	size_t		 i;
	int		 rc;

	if ((rc = core_group_find(r->c, r->arg[0], &g)) != CORE_OK ||
	    (rc = core_register_forums(r->c, &forums)) != CORE_OK ||
	    (rc = core_member_list(r->c, r->arg[0], &members)) != CORE_OK ||
	    (rc = core_meeting_list(r->c, r->arg[0], &ms)) != CORE_OK) {
		page_core_error(r, rc);
		goto out;
	}
	json_array_foreach(forums, i, f)
		if (strcmp(web_str(f, "slug"), web_str(g, "slug")) == 0)
			reg = f;
	snprintf(r->nav, sizeof(r->nav), "forums");
	page_begin_of(r, 0, "Forum", web_str(g, "name"));
	html_raw(h, "<a href=\"/forums\" class=\"govuk-back-link\">All forums "
	    "and groups</a>\n");
	html_fmt(h, "<span class=\"govuk-caption-l\">Forum or group</span>\n"
	    "<h1 class=\"govuk-heading-l\">%s</h1>\n", web_str(g, "name"));
	if (reg != NULL && *web_str(reg, "description") != '\0')
		html_fmt(h, "<p class=\"govuk-body\">%s</p>\n", web_str(reg,
		    "description"));
	html_raw(h, "<dl class=\"govuk-summary-list\">\n");
	if (reg != NULL) {
		row(r, "Area", web_str(reg, "geography"));
		row(r, "Chair", web_str(reg, "chair"));
		row(r, "Vice-chair", web_str(reg, "vice_chair"));
		row(r, "Supported by", web_str(reg, "support_organisation"));
	}
	html_raw(h, "</dl>\n");
	if (r->signed_in && (r->who.officer || core_chairs(r->c, &r->who,
	    web_num(g, "id"))))
		html_fmt(h, "<p class=\"govuk-body\"><a class=\"govuk-link\" "
		    "href=\"/groups/%s\">Run the forum: the chair's dashboard"
		    "</a></p>\n", web_str(g, "slug"));
	html_raw(h, "<h2 class=\"govuk-heading-m\">Meetings</h2>\n");
	if (ms.n == 0)
		html_raw(h, "<p class=\"govuk-body\">No meetings yet.</p>\n");
	else {
		html_raw(h, "<ul class=\"govuk-list\">\n");
		for (i = 0; i < ms.n; i++)
			html_fmt(h, "<li><a class=\"govuk-link\" href=\"/meetings/"
			    "%lld\">%s</a>%s%s</li>\n", (long long)ms.v[i].id,
			    web_when_of(ms.v[i].day, ms.v[i].starts, when),
			    ms.v[i].place != NULL ? ", " : "", ms.v[i].place !=
			    NULL ? ms.v[i].place : "");
		html_raw(h, "</ul>\n");
	}
	page_table(r, "Members", members, mcols, mheads);
	page_end(r);
out:
	json_decref(g);
	json_decref(forums);
	json_decref(members);
	rec_meeting_list_free(&ms);
}
