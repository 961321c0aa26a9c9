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

static const char *const member_heads[] = { "Organisation", "Membership",
    "Status", "Since" };

static void
member_cells(const void *p, struct page_cell *c)
{
	const struct rec_membership *mb = p;

	c[0] = CELL_T(mb->organisation);
	c[1] = CELL_NAME(memb_kind_names, mb->kind);
	c[2] = CELL_NAME(memb_status_names, mb->status);
	c[3] = CELL_T(mb->since);
}
static const struct page_cols member_cols = { member_heads, 4,
    member_cells };

void
group_members_table(struct req *r, const struct rec_membership_list *members)
{
	PAGE_TABLE(r, "Members", &member_cols, members);
}

void
page_forum(struct req *r)
{
	struct html			*h = &r->body;
	struct rec_meeting_list		 ms = { NULL, 0 };
	struct rec_forum_list		 forums = { NULL, 0 };
	struct rec_membership_list	 members = { NULL, 0 };
	const struct rec_forum		*reg = NULL;
	struct viewer			 v;
	char				 when[WHEN_LEN];
	size_t				 i;
	int				 rc;

	/* The register of forums is public (App. B): the forum is found
	 * there, whoever asks. */
	viewer_of_who(&v, &r->who);
	if ((rc = core_register_forums(r->c, &v, &forums)) != CORE_OK) {
		page_core_error(r, rc);
		goto out;
	}
	for (i = 0; i < forums.n; i++)
		if (forums.v[i].slug != NULL &&
		    strcmp(forums.v[i].slug, r->arg[0]) == 0)
			reg = &forums.v[i];
	if (reg == NULL) {
		page_error(r, 404, "Page not found", "There is no such forum "
		    "or group.");
		goto out;
	}
	if ((rc = core_member_list(r->c, &v, reg->slug, &members)) !=
	    CORE_OK || (rc = core_meeting_list(r->c, reg->slug, &ms)) !=
	    CORE_OK) {
		page_core_error(r, rc);
		goto out;
	}
	snprintf(r->nav, sizeof(r->nav), "forums");
	page_begin_of(r, 0, "Forum", reg->name);
	html_raw(h, "<a href=\"/forums\" class=\"govuk-back-link\">All forums "
	    "and groups</a>\n");
	html_fmt(h, "<span class=\"govuk-caption-l\">Forum or group</span>\n"
	    "<h1 class=\"govuk-heading-l\">%s</h1>\n", reg->name);
	if (reg->description != NULL && *reg->description != '\0')
		html_fmt(h, "<p class=\"govuk-body\">%s</p>\n",
		    reg->description);
	html_raw(h, "<dl class=\"govuk-summary-list\">\n");
	row(r, "Area", WEB_S(reg->geography));
	row(r, "Chair", WEB_S(reg->chair));
	row(r, "Vice-chair", WEB_S(reg->vice_chair));
	row(r, "Supported by", WEB_S(reg->support_organisation));
	html_raw(h, "</dl>\n");
	if (r->signed_in && (r->who.officer || core_chairs(r->c, &r->who,
	    reg->id)))
		html_fmt(h, "<p class=\"govuk-body\"><a class=\"govuk-link\" "
		    "href=\"/groups/%s\">Run the forum: the chair's dashboard"
		    "</a></p>\n", reg->slug);
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
	group_members_table(r, &members);
	page_end(r);
out:
	rec_forum_list_free(&forums);
	rec_membership_list_free(&members);
	rec_meeting_list_free(&ms);
}
