/*
 * pages_officer: the chair's group dashboard and the officer's pages:
 * compliance for every group, users, the CSV import with its
 * row-by-row report, and the audit log with its chain checked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "web.h"

/* What needs attention, in words; the group named when the list covers
 * more than one, and the rule for officers. */
static void
flags_list(struct req *r, const struct check_flag_list *flags, int groups)
{
	struct html		*h = &r->body;
	const struct check_flag	*f;
	size_t			 i;

	if (flags->n == 0) {
		html_raw(h, "<p class=\"govuk-body\"><strong class=\""
		    "govuk-tag govuk-tag--green\">All rules met</strong></p>\n");
		return;
	}
	html_raw(h, "<h2 class=\"govuk-heading-m\">Needs attention</h2>\n"
	    "<ul class=\"govuk-list govuk-list--bullet\">\n");
	for (i = 0; i < flags->n; i++) {
		f = &flags->v[i];
		html_raw(h, "<li>");
		if (groups && f->group != NULL && *f->group != '\0')
			html_fmt(h, "<strong>%s</strong>: ", f->group);
		html_fmt(h, "%s\n", f->fact);
		page_rule(r, f->rule);
		html_raw(h, "</li>\n");
	}
	html_raw(h, "</ul>\n");
}

void
page_group(struct req *r)
{
	group_render(r, NULL, NULL);
}

void
group_render(struct req *r, const char *field, const char *err)
{
	struct html			*h = &r->body;
	struct rec_group		 g;
	struct rec_membership_list	 members = { NULL, 0 };
	struct rec_meeting_list		 ms = { NULL, 0 };
	struct viewer			 v;
	struct check_flag_list		 flags = { NULL, 0 };
	int				 rc;

	page_hold(r, &field, &err);
	viewer_of_who(&v, &r->who);
	if ((rc = core_group_find(r->c, &v, r->arg[0], &g, NULL)) !=
	    CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	/* Every route to the dashboard is ROLE_CHAIR: the router checked
	 * the chair (route_chair). */
	if ((rc = core_check(r->c, &v, r->arg[0], NULL, &flags)) != CORE_OK ||
	    (rc = core_member_list(r->c, &v, r->arg[0], &members)) !=
	    CORE_OK ||
	    (rc = core_meeting_list(r->c, r->arg[0], &ms)) != CORE_OK) {
		page_core_error(r, rc);
		goto out;
	}
	page_begin_of(r, err != NULL || r->nerrs > 0, "Dashboard", g.name);
	page_banner(r);
	if (err != NULL || r->nerrs > 0) {
		/* A date input's error links to its day field. */
		char anchor[80];

		snprintf(anchor, sizeof(anchor), "%s%s", field != NULL ? field :
		    "", field != NULL && (strcmp(field, "date") == 0 ||
		    strcmp(field, "el-closes") == 0 || strcmp(field,
		    "ms-date") == 0 || strcmp(field, "poll-opens") == 0 ||
		    strcmp(field, "poll-closes") == 0) ? "-day" : "");
		page_error_summary(r, anchor, err);
	}
	html_fmt(h, "<span class=\"govuk-caption-l\">Group dashboard</span>\n"
	    "<h1 class=\"govuk-heading-l\">%s</h1>\n", g.name);
	group_tasks(r, &g, &flags, &ms);
	html_raw(h, "<div id=\"members\">\n");
	group_members_table(r, &members);
	html_raw(h, "</div>\n");
	/* SA-6.2, SA-6.4: schedule the next meeting. */
	html_fmt(h, "<h2 class=\"govuk-heading-m\" id=\"schedule\">Schedule a "
	    "meeting</h2>\n"
	    "<form method=\"post\" action=\"/groups/%s/meetings\" "
	    "novalidate>\n", g.slug);
	page_csrf(r);
	page_moment_input(r, "date", "Date and start time", "For example, 14 "
	    "7 2025 and 10am", field != NULL && (strcmp(field, "date") == 0 ||
	    strcmp(field, "time") == 0), err);
	html_raw(h, "<div class=\"app-narrow\">");
	page_input(r, "end", "Ends (optional)", "For example, 12pm or 12:00",
	    web_field(r, "end"), "text", field, err);
	html_raw(h, "</div>");
	page_input(r, "place", "Where", NULL, web_field(r, "place"), "text",
	    field, err);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Schedule the meeting</button>\n</form>\n");
	group_chair_forms(r, &g, &members, field, err);
	page_end(r);
out:
	rec_group_clear(&g);
	check_flag_list_free(&flags);
	rec_membership_list_free(&members);
	rec_meeting_list_free(&ms);
}

static const char *const user_heads[] = { "Name", "Email",
    "Organisation", "Officer" };

static void
user_cells(const void *p, struct page_cell *c)
{
	const struct rec_user *u = p;

	c[0] = CELL_T(u->name);
	c[1] = CELL_T(u->email);
	c[2] = CELL_T(u->organisation);
	c[3] = CELL_N(u->officer);
}
static const struct page_cols user_cols = { user_heads, 4, user_cells };

void
page_officer(struct req *r)
{
	struct html		*h = &r->body;
	struct check_flag_list	 flags = { NULL, 0 };
	struct rec_user_list	 ul = { 0 };
	struct viewer		 v;
	int			 rc;

	viewer_of_who(&v, &r->who);
	if ((rc = core_check_today(r->c, &v, &flags)) != CORE_OK ||
	    (rc = core_user_list(r->c, &ul)) != CORE_OK) {
		page_core_error(r, rc);
		goto out;
	}
	snprintf(r->nav, sizeof(r->nav), "officer");
	page_begin(r, "Officer");
	page_banner(r);
	html_raw(h, "<h1 class=\"govuk-heading-l\">Officer</h1>\n<ul class=\""
	    "govuk-list\">\n<li><a class=\"govuk-link\" href=\"/officer/"
	    "organisations\">Organisations</a></li>\n<li><a class=\"govuk-"
	    "link\" href=\"/officer/people\">People and who may sign in</a>"
	    "</li>\n<li><a class=\"govuk-link\" href=\"/officer/positions\">"
	    "Roles and representatives</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/officer/disputes\">"
	    "Disputes and breaches</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/officer/constitution"
	    "\">The constitution in force</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/officer/"
	    "import\">Import organisations or people from a CSV file</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/officer/audit\">Audit log"
	    "</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/officer/partners/contacts\">"
	    "Partners: named contacts, the plan, milestones, partnerships, "
	    "evidence of influence</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/officer/partners/funding\">"
	    "Contracts, grants and spend</a></li>\n"
	    "<li><a class=\"govuk-link\" href=\"/officer/partners/"
	    "consultations\">Consultations by public bodies</a></li>\n</ul>\n"
	    "<h2 class=\"govuk-heading-m\">Compliance of "
	    "every group</h2>\n");
	flags_list(r, &flags, 1);
	PAGE_TABLE(r, "Users", &user_cols, &ul);
	page_end(r);
out:
	rec_user_list_free(&ul);
	check_flag_list_free(&flags);
}

void
import_form(struct req *r, const char *field, const char *err)
{
	struct html	*h = &r->body;
	const char	*kind = web_field(r, "kind");
	int		 people = kind != NULL && strcmp(kind, "people") == 0;
	int		 bad_file = field != NULL && strcmp(field, "file") == 0;

	page_open_officer(r, "Import from a CSV file", field, err);
	html_raw(h, "<p class=\"govuk-body\">Save the spreadsheet as CSV. The first "
	    "row names the columns. Nothing is imported unless every row is "
	    "right; each problem is listed with its line.</p>\n<form method=\""
	    "post\" action=\"/officer/import\" enctype=\"multipart/form-data\" "
	    "novalidate>\n");
	page_csrf(r);
	html_fmt(h, "<div class=\"govuk-form-group\">\n<fieldset class=\""
	    "govuk-fieldset\">\n<legend class=\"govuk-fieldset__legend govuk-"
	    "fieldset__legend--s\">What the file holds</legend>\n<div class=\""
	    "govuk-radios\" data-module=\"govuk-radios\">\n<div class=\"govuk-"
	    "radios__item\"><input class=\"govuk-radios__input\" id=\"kind\" "
	    "name=\"kind\" type=\"radio\" value=\"organisations\"%s><label "
	    "class=\"govuk-label govuk-radios__label\" for=\"kind\">"
	    "Organisations</label></div>\n<div class=\"govuk-radios__item\">"
	    "<input class=\"govuk-radios__input\" id=\"kind-people\" name=\""
	    "kind\" type=\"radio\" value=\"people\"%s><label class=\"govuk-"
	    "label govuk-radios__label\" for=\"kind-people\">People</label>"
	    "</div>\n</div>\n</fieldset>\n</div>\n", people ? "" : " checked",
	    people ? " checked" : "");
	html_fmt(h, "<div class=\"govuk-form-group%s\">\n<label class=\"govuk-"
	    "label govuk-label--s\" for=\"file\">CSV file</label>\n",
	    bad_file ? " govuk-form-group--error" : "");
	if (bad_file)
		page_field_error(r, "file", err);
	html_fmt(h, "<input class=\"govuk-file-upload%s\" id=\"file\" name=\""
	    "file\" type=\"file\" accept=\".csv,text/csv\"%s>\n</div>\n",
	    bad_file ? " govuk-file-upload--error" : "", bad_file ?
	    " aria-describedby=\"file-error\"" : "");
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Check and import</button>\n</form>\n");
	page_end(r);
}

void
page_import(struct req *r)
{
	import_form(r, NULL, NULL);
}

static const char *const problem_heads[] = { "Line", "Column", "Problem" };

static void
problem_cells(const void *p, struct page_cell *c)
{
	const struct import_problem *x = p;

	c[0] = CELL_N((int64_t)x->line);
	c[1] = CELL_T(x->field);
	c[2] = CELL_T(x->message);
}
static const struct page_cols problem_cols = { problem_heads, 3,
    problem_cells };

void
page_import_post(struct req *r)
{
	struct import_report	 rep;
	struct html		*h = &r->body;
	const char		*kind = web_form(r, "kind");
	char			 path[] = "/tmp/alliance-import-XXXXXX";
	int			 fd, rc;
	enum import_kind	 k;

	memset(&rep, 0, sizeof(rep));
	if (!page_fresh(r, "/officer/import"))
		return;
	if (kind == NULL || (strcmp(kind, "organisations") &&
	    strcmp(kind, "people"))) {
		r->status = 400;
		import_form(r, "kind", "Select organisations or people");
		return;
	}
	k = strcmp(kind, "people") == 0 ? IMPORT_PEOPLE : IMPORT_ORGANISATIONS;
	if (r->upload == NULL || r->upload_len == 0) {
		r->status = 400;
		import_form(r, "file", "Select a CSV file");
		return;
	}
	if ((fd = mkstemp(path)) < 0 ||
	    write(fd, r->upload, r->upload_len) != (ssize_t)r->upload_len) {
		if (fd >= 0) {
			close(fd);
			unlink(path);
		}
		page_error(r, 503, "Sorry, there is a problem with the service",
		    "The file could not be saved for checking.");
		return;
	}
	close(fd);
	rc = core_import_csv(r->c, k, path, 0, &rep, NULL, NULL);
	unlink(path);
	if (rc != CORE_OK && rep.bad == 0) {
		/* A bad header: its problem is the one to show. */
		const char *why = rep.nproblems > 0 ?
		    rep.problems[0].message : "";

		r->status = 400;
		import_form(r, "file", why[0] != '\0' ? why : r->c->err);
		core_import_report_free(&rep);
		return;
	}
	snprintf(r->nav, sizeof(r->nav), "officer");
	if (rep.bad > 0) {
		r->status = 400;
		page_begin(r, "Error: Import");
		page_error_summary(r, "problems", "The file has problems. "
		    "Nothing was imported.");
		html_fmt(h, "<h1 class=\"govuk-heading-l\">Nothing was imported"
		    "</h1>\n<p class=\"govuk-body\">%zu rows read, %zu with "
		    "problems. Correct the file and import it again.</p>\n<div "
		    "id=\"problems\">\n", rep.rows, rep.bad);
		page_table(r, "Problems by row", &problem_cols, rep.problems,
		    rep.nproblems, sizeof(*rep.problems));
		html_raw(h, "</div>\n<p class=\"govuk-body\"><a class=\"govuk-"
		    "link\" href=\"/officer/import\">Import another file</a>"
		    "</p>\n");
	} else {
		page_begin(r, "Imported");
		html_fmt(h, "<div class=\"govuk-panel govuk-panel--confirmation"
		    "\"><h1 class=\"govuk-panel__title\">Imported</h1><div "
		    "class=\"govuk-panel__body\">%zu %s</div></div>\n",
		    rep.imported, k == IMPORT_PEOPLE ? "people" :
		    "organisations");
	}
	page_end(r);
	core_import_report_free(&rep);
}


/* --- organisations, people and the constitution --- */

static const char *const sectors[] = { "vcse", "VCSE", "public",
    "Public body", "private", "Private", NULL };
static const struct form_field org_form[] = {
	{ "name", "Name", NULL, FIELD_TEXT, NULL, 0 },
	{ "short_name", "Short name", "Optional, for example SuS",
	    FIELD_TEXT, NULL, 0 },
	{ "sector", "Sector", NULL, FIELD_RADIOS, sectors, 0 },
	{ "identifier", "Identifier", "Optional org-id, such as GB-CHC-1234567 "
	    "for a charity or GB-COH-01234567 for a company", FIELD_TEXT,
	    NULL, 0 },
	{ "email", "Email address", "Optional: letters to the organisation go "
	    "here", FIELD_TEXT, NULL, 0 },
	{ NULL, NULL, NULL, 0, NULL, 0 },
};
static const struct form_field person_form[] = {
	{ "name", "Name", NULL, FIELD_TEXT, NULL, 0 },
	{ "email", "Email address", "Sign-in links and notices go here",
	    FIELD_TEXT, NULL, 0 },
	{ "organisation", "Organisation", "Its name or short name",
	    FIELD_TEXT, NULL, 0 },
	{ "job_title", "Job title", "Optional", FIELD_TEXT, NULL, 0 },
	{ "officer", "An officer of the secretariat (may sign in with a "
	    "password and administer)", NULL, FIELD_CHECK, NULL, 0 },
	{ NULL, NULL, NULL, 0, NULL, 0 },
};

static const char *const org_heads[] = { "Name", "Short name", "Sector",
    "Identifier" };

static void
org_cells(const void *p, struct page_cell *c)
{
	const struct rec_org *o = p;

	c[0] = CELL_T(o->name);
	c[1] = CELL_T(o->short_name);
	c[2] = CELL_NAME(sector_names, o->sector);
	c[3] = CELL_T(o->identifier);
}
static const struct page_cols org_cols = { org_heads, 4, org_cells };

void
orgs_render(struct req *r, const char *field, const char *err)
{
	struct rec_org_list	 l = { NULL, 0 };
	struct viewer		 v;
	int			 rc;

	viewer_of_who(&v, &r->who);
	if ((rc = core_org_list(r->c, &v, &l)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open_officer(r, "Organisations", field, err);
	page_form(r, "/officer/organisations", "Add an organisation", org_form,
	    "Add the organisation", field, err);
	PAGE_TABLE(r, "Every organisation", &org_cols, &l);
	page_end(r);
	rec_org_list_free(&l);
}

void
page_orgs(struct req *r)
{
	orgs_render(r, NULL, NULL);
}

void
page_orgs_post(struct req *r)
{
	struct org_in	in;
	int64_t		id;
	int		rc;

	memset(&in, 0, sizeof(in));
	in.name = web_form(r, "name");
	in.short_name = web_form(r, "short_name");
	in.sector = web_form(r, "sector");
	in.identifier = web_form(r, "identifier");
	in.email = web_form(r, "email");
	in.infrastructure = 0;
	if ((rc = core_org_add(r->c, &in, &id)) != CORE_OK) {
		r->status = rc == CORE_EINVAL || rc == CORE_EEXIST ? 400 : 503;
		orgs_render(r, r->c->field[0] ? r->c->field : "name",
		    r->c->err);
		return;
	}
	web_redirect(r, "/officer/organisations?done=added");
}

static const char *const person_heads[] = { "Name", "Email",
    "Organisation", "Roles" };

static void
person_cells(const void *p, struct page_cell *c)
{
	const struct rec_person *o = p;

	c[0] = CELL_T(o->name);
	c[1] = CELL_T(o->email);
	c[2] = CELL_T(o->organisation);
	c[3] = CELL_T(o->roles);
}
static const struct page_cols person_cols = { person_heads, 4,
    person_cells };

void
people_render(struct req *r, const char *field, const char *err)
{
	struct rec_person_list	 l = { NULL, 0 };
	struct viewer		 v;
	int			 rc;

	viewer_of_who(&v, &r->who);
	if ((rc = core_person_list(r->c, &v, &l)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open_officer(r, "People", field, err);
	page_form(r, "/officer/people", "Add a person", person_form,
	    "Add the person", field, err);
	PAGE_TABLE(r, "Everyone in the registry", &person_cols, &l);
	page_end(r);
	rec_person_list_free(&l);
}

void
page_people(struct req *r)
{
	people_render(r, NULL, NULL);
}

/* Adding the person and, for an officer, the user: one transaction. */
void
page_people_post(struct req *r)
{
	struct person_in	in;
	char			ref[32];
	int64_t			id;
	int			rc;

	memset(&in, 0, sizeof(in));
	in.name = web_form(r, "name");
	in.email = web_form(r, "email");
	in.organisation = web_form(r, "organisation");
	in.job_title = web_form(r, "job_title");
	if ((rc = core_begin(r->c)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	rc = core_person_add(r->c, &in, &id);
	if (rc == CORE_OK && web_form(r, "officer") != NULL) {
		snprintf(ref, sizeof(ref), "%lld", (long long)id);
		if ((rc = core_user_add(r->c, ref, 1)) != CORE_OK &&
		    strcmp(r->c->field, "person") == 0)
			snprintf(r->c->field, sizeof(r->c->field), "email");
	}
	if ((rc = core_end(r->c, rc)) != CORE_OK) {
		r->status = rc == CORE_EINVAL || rc == CORE_EEXIST ||
		    rc == CORE_ENOTFOUND ? 400 : 503;
		people_render(r, r->c->field[0] ? r->c->field : "name",
		    r->c->err);
		return;
	}
	web_redirect(r, "/officer/people?done=added");
}

/*
 * The constitution in force, and a new version applied from a date:
 * checked whole first, so a mistake changes nothing and is named by its
 * line and setting.
 */
/* --- roles and representatives (SA-9.1, SA-D) --- */

static const char *const role_choices[] = { "contact", "Named contact",
    "deputy-contact", "Deputy contact", "officer", "Officer", "champion",
    "Champion", "single-point", "Single point of contact",
    "support-officer", "Support officer", "secretariat", "Secretariat",
    NULL };
static const char *const appoint_roles[] = { "representative",
    "Representative", "deputy", "Deputy", NULL };
static const struct form_field role_form[] = {
	{ "role-person", "Person", "Name or email address", FIELD_TEXT, NULL, 0 },
	{ "role", "Role", NULL, FIELD_SELECT, role_choices, 0 },
	{ "area", "For", "Optional: the group or area the role is for",
	    FIELD_TEXT, NULL, 0 },
	{ NULL, NULL, NULL, 0, NULL, 0 },
};

void
positions_render(struct req *r, const char *field, const char *err)
{
	struct rec_position_list	 l = { NULL, 0 };
	struct viewer			 v;
	const char			**choices;
	size_t				 i, n = 0;
	int				 rc;

	page_hold(r, &field, &err);
	viewer_of_who(&v, &r->who);
	if ((rc = core_register_positions(r->c, &v, &l)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open_officer(r, "Roles and representatives", field, err);
	html_raw(&r->body, "<p class=\"govuk-body\">Vacant positions "
	    "show in the <a class=\"govuk-link\" href=\"/representatives\">"
	    "register of representatives</a>; elected positions are filled by "
	    "their group's election.</p>\n");
	choices = calloc(2 * l.n + 1, sizeof(*choices));
	if (choices != NULL) {
		struct form_field appoint_form[] = {
			{ "position", "Position", NULL, FIELD_SELECT, NULL, 0 },
			{ "appoint-person", "Person", "Name or email address",
			    FIELD_TEXT, NULL, 0 },
			{ "appoint-role", "As", NULL, FIELD_RADIOS,
			    appoint_roles, 0 },
			{ "interim", "An interim appointment", NULL,
			    FIELD_CHECK, NULL, 0 },
			{ NULL, NULL, NULL, 0, NULL, 0 },
		};

		for (i = 0; i < l.n; i++) {
			choices[n++] = l.v[i].p.slug;
			choices[n++] = l.v[i].p.name;
		}
		appoint_form[0].choices = choices;
		page_form(r, "/officer/positions/appoint", "Appoint a "
		    "representative or deputy", appoint_form, "Appoint", field,
		    err);
	}
	free(choices);
	page_form(r, "/officer/positions/role", "Give a person a role",
	    role_form, "Give the role", field, err);
	page_end(r);
	rec_position_list_free(&l);
}

void
page_positions(struct req *r)
{
	positions_render(r, NULL, NULL);
}

/* A position's or a role's form answered: the register again, or the
 * form with core's error on its field. */
static void
positions_done(struct req *r, int rc)
{
	if (rc != CORE_OK) {
		r->status = rc == CORE_EFAULT || rc == CORE_EBUSY ? 503 : 400;
		positions_render(r, r->c->field[0] ? r->c->field : NULL,
		    r->c->err);
		return;
	}
	web_redirect(r, "/officer/positions?done=added");
}

void
page_positions_appoint(struct req *r)
{
	char	f[64];
	int	rc;

	rc = core_position_appoint(r->c, web_form(r, "position"),
	    web_form(r, "appoint-person"), web_form(r, "appoint-role"),
	    web_form(r, "interim") != NULL, NULL, NULL, NULL);
	if (rc != CORE_OK && (strcmp(r->c->field, "person") == 0 ||
	    strcmp(r->c->field, "role") == 0)) {
		snprintf(f, sizeof(f), "appoint-%s", r->c->field);
		snprintf(r->c->field, sizeof(r->c->field), "%s", f);
	}
	positions_done(r, rc);
}

void
page_positions_role(struct req *r)
{
	int rc;

	rc = core_person_role(r->c, web_form(r, "role-person"), web_form(r,
	    "role"), web_form(r, "area"));
	if (rc != CORE_OK && strcmp(r->c->field, "person") == 0)
		snprintf(r->c->field, sizeof(r->c->field), "role-person");
	positions_done(r, rc);
}
