/*
 * pages_public: what anyone may read: the arrangement's home, the
 * registers of forums (appendix B), representatives (appendix C),
 * members and signatories, and meetings with their published notes.
 * Every register comes from live data through the same core functions
 * as `alliance register`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* The signed-in person's own business (none for a visitor). */
static int
me_of(struct req *r, struct core_me *me)
{
	memset(me, 0, sizeof(*me));
	if (!r->signed_in)
		return -1;
	return page_me_read(r, me) == CORE_OK ? 0 : -1;
}

void
page_home(struct req *r)
{
	struct html	*h = &r->body;
	struct core_me	 me;

	snprintf(r->nav, sizeof(r->nav), "home");
	page_begin(r, "Home");
	page_banner(r);
	html_fmt(h, "<h1 class=\"govuk-heading-xl\">%s</h1>\n",
	    r->c->arr_name);
	if (me_of(r, &me) == 0)
		me_open_ballots(r, &me, " - your organisation has voted");
	core_me_free(&me);
	html_raw(h, "<p class=\"govuk-body-l\">The registers, meetings and "
	    "decisions of the partnership, kept by its own rules.</p>\n"
	    "<ul class=\"govuk-list govuk-list--bullet\">\n"
	    "<li><a class=\"govuk-link\" href=\"/forums\">Register of forums "
	    "and groups</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/representatives\">Register "
	    "of representatives</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/members\">Members</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/signatories\">Signatories of "
	    "the agreement</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/meetings\">Meetings and "
	    "published notes</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/partners\">Partners and "
	    "their promises</a></li>\n");
	if (constitution_bool(&r->c->cons, "funding.publish_spend"))
		html_raw(h, "<li><a class=\"govuk-link\" href=\"/spend\">"
		    "Spend with the sector</a></li>\n");
	html_raw(h, "<li><a class=\"govuk-link\" href=\"/reports\">Annual "
	    "reports</a></li>\n</ul>\n");
	if (!r->signed_in)
		html_raw(h, "<p class=\"govuk-body\">Members, chairs and "
		    "officers: <a class=\"govuk-link\" href=\"/sign-in\">sign "
		    "in</a> to sign the agreement, vote and run meetings.</p>\n");
	page_end(r);
}

static const char *const forum_heads[] = { "Forum or group", "Kind",
    "Area", "Chair / vice-chair", "Supported by", "Members" };

static void
forum_cells(const void *p, struct page_cell *c)
{
	const struct rec_forum *f = p;

	c[0] = CELL_T(f->name);
	c[1] = CELL_NAME(group_kind_names, f->kind);
	c[2] = CELL_T(f->geography);
	c[3] = CELL_T(f->chair_label);
	c[4] = CELL_T(f->support);
	c[5] = CELL_N(f->members);
}
static const struct page_cols forum_cols = { forum_heads, 6, forum_cells };

void
page_forums(struct req *r)
{
	struct rec_forum_list	 l = { NULL, 0 };
	struct viewer		 v;
	int			 rc;

	viewer_of_who(&v, &r->who);
	if ((rc = core_register_forums(r->c, &v, &l)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open(r, "forums", "Register of forums",
	    "Register of forums and groups");
	PAGE_TABLE(r, "Forums and groups", &forum_cols, &l);
	page_end(r);
	rec_forum_list_free(&l);
}

/* Who holds a position, one a line, or a tag saying it is vacant. */
static void
position_holders(struct req *r, const void *q)
{
	const struct rec_position_entry	*p = q;
	size_t				 j;

	if (p->reps.n == 0)
		html_raw(&r->body, "<strong class=\"govuk-tag govuk-tag--"
		    "yellow\">Vacant</strong>");
	for (j = 0; j < p->reps.n; j++) {
		if (j > 0)
			html_raw(&r->body, "<br>");
		html_fmt(&r->body, "%s%s", p->reps.v[j].holder,
		    p->reps.v[j].interim ? " (interim)" : "");
	}
}

static const char *const position_heads[] = { "Position", "Section",
    "How filled", "Held by" };

static void
position_cells(const void *q, struct page_cell *c)
{
	const struct rec_position_entry *p = q;

	c[0] = CELL_T(p->p.name);
	c[1] = CELL_T(p->p.section);
	c[2] = CELL_T(p->p.method);
	c[3] = CELL_DRAW(position_holders, p);
}
static const struct page_cols position_cols = { position_heads, 4,
    position_cells };

void
page_representatives(struct req *r)
{
	struct rec_position_list	 l = { NULL, 0 };
	struct viewer			 v;
	int				 rc;

	viewer_of_who(&v, &r->who);
	if ((rc = core_register_positions(r->c, &v, &l)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open(r, "representatives", "Register of representatives",
	    "Register of representatives");
	/* The register shows its headings even with no position yet. */
	page_table_even_empty(r, "Positions and who holds them",
	    &position_cols, l.v, l.n, sizeof(*l.v));
	page_end(r);
	rec_position_list_free(&l);
}

/* Rows of the register a page: a phone reads 25 without tiring. */
#define MEMBERS_PAGE	25

static const char *const membership_heads[] = { "Organisation",
    "Forum or group", "Membership", "Status", "Agreement signed" };

static void
membership_cells(const void *p, struct page_cell *c)
{
	const struct rec_membership *m = p;

	c[0] = CELL_T(m->organisation);
	c[1] = CELL_T(m->group_name);
	c[2] = CELL_NAME(memb_kind_names, m->kind);
	c[3] = CELL_NAME(memb_status_names, m->status);
	c[4] = CELL_T(m->signed_on);
}
static const struct page_cols membership_cols = { membership_heads, 5,
    membership_cells };

void
page_members(struct req *r)
{
	struct rec_membership_list	 l = { NULL, 0 };
	struct viewer			 v;
	struct paging			 pg;
	char				 msg[200];
	int64_t				 total;
	int				 rc;

	if (web_paging(r, MEMBERS_PAGE, 0, &pg, msg, sizeof(msg)) != 0) {
		page_error(r, 400, "There is a problem with the address", msg);
		return;
	}
	viewer_of_who(&v, &r->who);
	if ((rc = core_register_members_page(r->c, &v, pg.page, pg.size, &l,
	    &total)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	if (web_paging_total(&pg, total, msg, sizeof(msg)) != 0) {
		page_past_the_end(r, "/members", &pg);
		rec_membership_list_free(&l);
		return;
	}
	snprintf(r->nav, sizeof(r->nav), "members");
	if (pg.pages > 1) {
		snprintf(msg, sizeof(msg), "Members (page %lld of %lld)",
		    (long long)pg.page, (long long)pg.pages);
		page_begin(r, msg);
	} else
		page_begin(r, "Members");
	html_raw(&r->body, "<h1 class=\"govuk-heading-l\">Members</h1>\n");
	page_paging_summary(r, &pg, "memberships");
	PAGE_TABLE(r, "Members of each forum and group", &membership_cols, &l);
	page_pagination(r, "/members", &pg);
	page_end(r);
	rec_membership_list_free(&l);
}

static const char *const signatory_heads[] = { "Organisation", "Sector",
    "Signed by", "Role", "Date" };

static void
signatory_cells(const void *p, struct page_cell *c)
{
	const struct rec_signatory *s = p;

	c[0] = CELL_T(s->organisation);
	c[1] = CELL_NAME(sector_names, s->sector);
	c[2] = CELL_T(s->signer_name);
	c[3] = CELL_T(s->signer_role);
	c[4] = CELL_T(s->signed_on);
}
static const struct page_cols signatory_cols = { signatory_heads, 5,
    signatory_cells };

void
page_signatories(struct req *r)
{
	struct rec_signatory_list	 l;
	struct viewer			 v;
	int				 rc;

	memset(&l, 0, sizeof(l));
	viewer_of_who(&v, &r->who);
	if ((rc = core_register_signatories(r->c, &v, &l)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open(r, "signatories", "Signatories",
	    "Signatories of the agreement");
	PAGE_TABLE(r, "Declarations signed", &signatory_cols, &l);
	page_end(r);
	rec_signatory_list_free(&l);
}

/* A meeting's date and time in words, linking to the meeting. */
static void
meeting_link(struct req *r, const void *p)
{
	const struct rec_meeting	*m = p;
	char				 when[WHEN_LEN];

	html_fmt(&r->body, "<a class=\"govuk-link\" href=\"/meetings/%lld\">"
	    "%s</a>", (long long)m->id, web_when_of(m->day, m->starts, when));
}

static const char *const meeting_heads[] = { "Date", "Forum or group",
    "Status", "Notes" };

static void
meeting_cells(const void *p, struct page_cell *c)
{
	const struct rec_meeting *m = p;

	c[0] = CELL_DRAW(meeting_link, m);
	c[1] = CELL_T(m->group_name);
	c[2] = CELL_T(meeting_status_names[m->status]);
	c[3] = CELL_T(m->notes_published ? "published" : "not yet");
}
static const struct page_cols meeting_cols = { meeting_heads, 4,
    meeting_cells };

void
page_meetings(struct req *r)
{
	struct html		*h = &r->body;
	struct rec_meeting_list	 l;
	int			 rc;

	if ((rc = core_meeting_list(r->c, NULL, &l)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open(r, "meetings", "Meetings", "Meetings");
	if (l.n == 0)
		html_raw(h, "<p class=\"govuk-body\">No meetings yet.</p>\n");
	else
		PAGE_TABLE(r, "Meetings of every forum and group",
		    &meeting_cols, &l);
	page_end(r);
	rec_meeting_list_free(&l);
}

void
page_meeting(struct req *r)
{
	meeting_render(r, NULL, NULL);
}

/*
 * A meeting as its viewer may see it: core_meeting_get decides what
 * (SA-11.1, SA-3.1-assoc), as it does for the API.
 */
void
meeting_render(struct req *r, const char *field, const char *err)
{
	struct html		*h = &r->body;
	struct meeting_view	 v;
	struct viewer		 who;
	const struct rec_meeting *m;
	const struct rec_item	*it;
	int64_t			 id = web_int(r, "id");
	char			 when[WHEN_LEN];
	size_t			 i;
	int			 runs, member, chairs, mb = 0;

	page_hold(r, &field, &err);
	viewer_of_who(&who, &r->who);
	if (id <= 0 || core_meeting_get(r->c, &who, id, &v) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such "
		    "meeting.");
		return;
	}
	m = &v.m;
	/* The members' forms: for an organisation in the group (of any
	 * standing). */
	if (core_group_member(r->c, &who, m->group_id, &mb) != CORE_OK)
		mb = 0;
	runs = v.reader == READER_RUNS;
	/* Members-only agendas and notes are for members in good
	 * standing: not while suspended, nor before the declaration is
	 * signed (pending). */
	member = v.reader != READER_PUBLIC;
	chairs = r->signed_in && core_chairs(r->c, &r->who, m->group_id);
	snprintf(r->nav, sizeof(r->nav), "meetings");
	page_begin_of(r, err != NULL, "Meeting", m->group_name);
	page_banner(r);
	if (err != NULL)
		page_error_summary(r, field, err);
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">Meeting on %s</h1>\n", m->group_name,
	    web_when_of(m->day, m->starts, when));
	html_raw(h, "<dl class=\"govuk-summary-list\">\n");
	html_fmt(h, "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-"
	    "summary-list__key\">Place</dt><dd class=\"govuk-summary-list__"
	    "value\">%s</dd></div>\n<div class=\"govuk-summary-list__row\"><dt "
	    "class=\"govuk-summary-list__key\">Status</dt><dd class=\"govuk-"
	    "summary-list__value\">%s</dd></div>\n",
	    m->place != NULL ? m->place : "to be confirmed",
	    meeting_status_names[m->status]);
	/* The online link: for those who may join, as in their invitation
	 * and as a members token reads it in the API. */
	if (v.sight.link && m->link != NULL) {
		html_raw(h, "<div class=\"govuk-summary-list__row\"><dt class="
		    "\"govuk-summary-list__key\">Online</dt><dd class=\"govuk-"
		    "summary-list__value govuk-!-text-break-word\">");
		/* Only a web address becomes a link (never javascript:). */
		if (strncmp(m->link, "https://", 8) == 0 || strncmp(m->link,
		    "http://", 7) == 0)
			html_fmt(h, "<a class=\"govuk-link\" href=\"%s\">%s</a>",
			    m->link, m->link);
		else
			html_fmt(h, "%s", m->link);
		html_raw(h, "</dd></div>\n");
	}
	html_raw(h, "</dl>\n");
	if (runs)
		;	/* the chair's agenda builder below shows it */
	else if (v.sight.agenda) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Agenda</h2>\n<ol "
		    "class=\"govuk-list govuk-list--number\">\n");
		for (i = 0; i < v.agenda.n; i++) {
			it = &v.agenda.v[i];
			html_fmt(h, "<li>%s%s</li>\n", it->title,
			    it->vcse_only ? " (VCSE members only)" : "");
		}
		html_raw(h, "</ol>\n");
	} else if (!member)
		html_raw(h, "<p class=\"govuk-body\">The agenda is for the "
		    "group's members.</p>\n");
	else
		html_raw(h, "<p class=\"govuk-body\">The agenda has not been "
		    "circulated yet.</p>\n");
	/* Published notes, where this viewer may read them. */
	if (m->notes_published != NULL && v.sight.notes) {
		html_fmt(h, "<h2 class=\"govuk-heading-m\">Notes</h2>\n<p class="
		    "\"govuk-body-s\">Published %s</p>\n<div class=\"govuk-"
		    "body\">", m->notes_published);
		html_lines(h, m->notes);
		html_raw(h, "</div>\n");
	} else
		html_raw(h, "<p class=\"govuk-body\">No notes published "
		    "yet.</p>\n");
	/* The members' forms name the agenda's items: theirs too. */
	if (mb && !chairs && (v.reader == READER_MEMBER ||
	    v.reader == READER_FULL_MEMBER || r->who.officer))
		meeting_member_forms(r, &v, field, err);
	if (runs)
		meeting_chair_forms(r, &v, field, err);
	page_end(r);
	meeting_view_free(&v);
}
