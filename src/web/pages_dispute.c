/*
 * pages_dispute: the officers' pages for disputes between partners and
 * breaches of the agreement.  /officer/disputes lists the cases and
 * opens one (SC-resolve-1, SA-12, SA-13.1); /officer/disputes/N shows
 * a case with its written statement (SC-resolve-2), the panel proposal
 * with the people who may sit and those who may not and why, the
 * stages (SC-resolve-2, SC-resolve-3, SA-12), the resolution and the
 * case's written record.  Every action is a core function, as on the
 * command line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

static const char *const kind_choices[] = { "dispute", "A dispute between "
    "two organisations", "breach", "A breach of the agreement",
    NULL };

static const struct form_field open_form[] = {
	{ "kind", "What kind of case", NULL, FIELD_RADIOS, kind_choices, 0 },
	{ "organisation", "Organisation", "The organisation raising it, or "
	    "in breach: name, short name or org-id", FIELD_TEXT, NULL, 0 },
	{ "against", "With", "The other organisation in a dispute",
	    FIELD_TEXT, NULL, 0 },
	{ "subject", "Subject", "What it is about, in a line, with no "
	    "personal details", FIELD_TEXT, NULL, 0 },
	{ "first-contact", "First contact", "The day it was first raised. "
	    "For example, 27 3 2026", FIELD_DATE, NULL, 0 },
	{ "detail", "The first contact, in writing", "Optional",
	    FIELD_TEXTAREA, NULL, 0 },
	{ NULL, NULL, NULL, 0, NULL, 0 },
};

/* A case as the officer sees it (core refuses anyone else). */
static int
case_read(struct req *r, int64_t id, struct dispute_view *dv)
{
	struct viewer vw;

	viewer_of_who(&vw, &r->who);
	return core_dispute_read(r->c, &vw, id, dv);
}

static void
status_tag(struct req *r, const char *status)
{
	const char *colour;

	status = WEB_S(status);
	colour = strcmp(status, "resolved") == 0 ? "green" :
	    strcmp(status, "overdue") == 0 ? "red" : "blue";

	html_fmt(&r->body, "<strong class=\"govuk-tag govuk-tag--%s\">%s"
	    "</strong>", colour, status);
}

/* The list of cases: each links to its case, with its status. */
static void
case_link(struct req *r, const void *p)
{
	const struct rec_dispute *d = p;

	html_fmt(&r->body, "<a class=\"govuk-link\" href=\"/officer/disputes/"
	    "%lld\">%lld: %s</a>", (long long)d->id, (long long)d->id,
	    WEB_S(d->subject));
}

static void
case_parties(struct req *r, const void *p)
{
	const struct rec_dispute *d = p;

	html_fmt(&r->body, "%s%s%s", WEB_S(d->org_a), WEB_S(d->org_b)[0] ?
	    " and " : "", WEB_S(d->org_b));
}

static void
case_status(struct req *r, const void *p)
{
	status_tag(r, ((const struct rec_dispute *)p)->status);
}

static const char *const case_heads[] = { "Case", "Organisations",
    "Stage", "Due", "Status" };

static void
case_cells(const void *p, struct page_cell *c)
{
	const struct rec_dispute *d = p;

	c[0] = CELL_DRAW(case_link, d);
	c[1] = CELL_DRAW(case_parties, d);
	c[2] = CELL_T(d->stage_name);
	c[3] = CELL_T(d->due);
	c[4] = CELL_DRAW(case_status, d);
}
static const struct page_cols case_cols = { case_heads, 5, case_cells };

static void
list_render(struct req *r, const char *field, const char *err)
{
	struct html		*h = &r->body;
	struct viewer		 vw;
	struct rec_dispute_list	 l;
	int			 rc;

	page_hold(r, &field, &err);
	viewer_of_who(&vw, &r->who);
	if ((rc = core_dispute_cases(r->c, &vw, &l)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open_officer(r, "Disputes and breaches", field, err);
	html_raw(h, "<p class=\"govuk-body\">Each case keeps every step in writing. "
	    "The figures for the annual review carry no names"
	    ".</p>\n");
	PAGE_TABLE(r, "Cases", &case_cols, &l);
	page_form(r, "/officer/disputes", "Open a case", open_form,
	    "Open the case", field, err);
	page_end(r);
	rec_dispute_list_free(&l);
}

void
page_disputes(struct req *r)
{
	list_render(r, NULL, NULL);
}

void
page_disputes_post(struct req *r)
{
	struct dispute_in	in;
	char			day[32], to[64];
	int64_t			id;
	int			rc;

	/* Every field at fault at once, in the form's own terms (#17);
	 * core is asked only when none is. */
	in.kind = web_form(r, "kind");
	if (in.kind == NULL)
		page_err_add(r, "kind", NULL, 0, "Select whether it is a "
		    "dispute or a breach");
	if (web_form(r, "organisation") == NULL)
		page_err_add(r, "organisation", NULL, 0, "Enter the "
		    "organisation %s", in.kind != NULL && strcmp(in.kind,
		    "breach") == 0 ? "in breach" : "raising it");
	if (in.kind != NULL && strcmp(in.kind, "dispute") == 0 &&
	    web_form(r, "against") == NULL)
		page_err_add(r, "against", NULL, 0, "Enter the other "
		    "organisation: a dispute is between two organisations");
	if (web_form(r, "subject") == NULL)
		page_err_add(r, "subject", NULL, 0, "Enter the subject, in a "
		    "line, with no personal details");
	if (page_date_check(r, "first-contact", "the day it was first "
	    "raised", 1, day) != 0 || r->nerrs > 0) {
		r->status = 400;
		list_render(r, NULL, NULL);
		return;
	}
	memset(&in, 0, sizeof(in));
	in.kind = web_form(r, "kind");
	in.organisation = web_form(r, "organisation");
	in.against = web_form(r, "against");
	in.subject = web_form(r, "subject");
	in.first_contact = day[0] ? day : NULL;
	in.detail = web_form(r, "detail");
	if ((rc = core_dispute_open(r->c, &in, &id)) != CORE_OK) {
		r->status = rc == CORE_EFAULT || rc == CORE_EBUSY ? 503 : 400;
		list_render(r, r->c->field[0] ? r->c->field : NULL, r->c->err);
		return;
	}
	snprintf(to, sizeof(to), "/officer/disputes/%lld?done=case-opened",
	    (long long)id);
	web_redirect(r, to);
}

/* One row of a summary list, left out when the value is empty. */
static void
row(struct req *r, const char *key, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	html_fmt(&r->body, "<div class=\"govuk-summary-list__row\"><dt class="
	    "\"govuk-summary-list__key\">%s</dt><dd class=\"govuk-summary-"
	    "list__value\">", key);
	html_lines(&r->body, value);
	html_raw(&r->body, "</dd></div>\n");
}

static const char *const excluded_heads[] = { "Name", "Organisation",
    "Why they may not sit" };

static void
excluded_cells(const void *p, struct page_cell *c)
{
	const struct rec_candidate *x = p;

	c[0] = CELL_T(x->name);
	c[1] = CELL_T(x->organisation);
	c[2] = CELL_T(x->reason);
}
static const struct page_cols excluded_cols = { excluded_heads, 3,
    excluded_cells };

static const char *const event_heads[] = { "Day", "Step", "In writing",
    "By" };

static void
event_cells(const void *p, struct page_cell *c)
{
	const struct rec_dispute_event *e = p;

	c[0] = CELL_T(e->day);
	c[1] = CELL_T(e->step);
	c[2] = CELL_T(e->detail);
	c[3] = CELL_T(e->actor);
}
static const struct page_cols event_cols = { event_heads, 4, event_cells };

/* The panel proposal: who may sit, with a button each, and who may
 * not and why (SC-resolve-2). */
static void
panel_render(struct req *r, const struct rec_dispute *d, int open)
{
	struct html			*h = &r->body;
	struct viewer			 vw;
	struct panel_view		 pv;
	const struct rec_panellist	*p;
	const struct rec_candidate	*e;
	size_t				 i;
	int				 can_draw;

	viewer_of_who(&vw, &r->who);
	if (core_dispute_proposal(r->c, &vw, d->id, &pv) != CORE_OK)
		return;
	can_draw = open && d->stage >= 2;
	html_fmt(h, "<h2 class=\"govuk-heading-m\" id=\"person\">The panel"
	    "</h2>\n<p class=\"govuk-body\">Drawn from the %s: people who "
	    "are objective, cross-sector and have no links with either "
	    "organisation.%s</p>\n", WEB_S(pv.group),
	    can_draw ? "" : " The panel is drawn at stage two, once the "
	    "written statement is logged.");
	if (pv.panel.n > 0) {
		html_raw(h, "<ul class=\"govuk-list govuk-list--bullet\">\n");
		for (i = 0; i < pv.panel.n; i++) {
			p = &pv.panel.v[i];
			html_fmt(h, "<li>%s, %s (%s sector)</li>\n",
			    WEB_S(p->name), WEB_S(p->organisation),
			    WEB_S(p->sector));
		}
		html_raw(h, "</ul>\n");
		if (pv.cross_sector)
			html_raw(h, "<p class=\"govuk-body\"><strong class=\""
			    "govuk-tag govuk-tag--green\">Cross-sector</strong>"
			    "</p>\n");
		else
			html_raw(h, "<div class=\"govuk-warning-text\"><span "
			    "class=\"govuk-warning-text__icon\" aria-hidden=\""
			    "true\">!</span><strong class=\"govuk-warning-text__"
			    "text\"><span class=\"govuk-visually-hidden\">"
			    "Warning</span>The panel is not cross-sector yet: "
			    "draw someone from another sector.</strong></div>\n");
	}
	html_raw(h, "<table class=\"govuk-table app-table\">\n<caption "
	    "class=\"govuk-table__caption govuk-table__caption--s\">Who may "
	    "sit on the "
	    "panel</caption>\n<thead class=\"govuk-table__head\"><tr class=\""
	    "govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header"
	    "\">Name</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Organisation</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Sector</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "<span class=\"govuk-visually-hidden\">Action</span></th></tr>"
	    "</thead>\n<tbody class=\"govuk-table__body\">\n");
	for (i = 0; i < pv.eligible.n; i++) {
		e = &pv.eligible.v[i];
		html_fmt(h, "<tr class=\"govuk-table__row\"><th scope=\"row\" "
		    "class=\"govuk-table__header\">%s</th><td class=\"govuk-"
		    "table__cell\" data-label=\"Organisation\">%s</td><td "
		    "class=\"govuk-table__cell\" data-label=\"Sector\">%s"
		    "</td><td class=\"govuk-table__cell\">", WEB_S(e->name),
		    WEB_S(e->organisation), WEB_S(e->sector));
		if (e->drawn)
			html_raw(h, "On the panel");
		else if (can_draw) {
			html_fmt(h, "<form method=\"post\" action=\"/officer/"
			    "disputes/%lld/draw\" novalidate>",
			    (long long)d->id);
			page_csrf(r);
			html_fmt(h, "<input type=\"hidden\" name=\"person\" "
			    "value=\"%lld\"><button type=\"submit\" class=\""
			    "govuk-button govuk-button--secondary govuk-!-margin"
			    "-bottom-0\" data-module=\"govuk-button\">Draw<span "
			    "class=\"govuk-visually-hidden\"> %s</span></button>"
			    "</form>", (long long)e->id, WEB_S(e->name));
		}
		html_raw(h, "</td></tr>\n");
	}
	html_raw(h, "</tbody>\n</table>\n");
	if (pv.excluded.n > 0)
		PAGE_TABLE(r, "Who may not sit on the panel, and why",
		    &excluded_cols, &pv.excluded);
	panel_view_free(&pv);
}

/* The case's written statement (SC-resolve-2): a form while the case
 * is open, else what was recorded. */
static void
case_statement(struct req *r, const struct rec_dispute *d, int open,
    int three,
    const char *field, const char *err)
{
	static const struct form_field sf[] = {
		{ "problem", "What the problem is", NULL,
		    FIELD_TEXTAREA, NULL, 0 },
		{ "handled", "How it has been dealt with so far", NULL,
		    FIELD_TEXTAREA, NULL, 0 },
		{ "unresolved", "Why it is not resolved", NULL,
		    FIELD_TEXTAREA, NULL, 0 },
		{ "outcome", "What a good outcome would be", NULL,
		    FIELD_TEXTAREA, NULL, 0 },
		{ NULL, NULL, NULL, 0, NULL, 0 },
	};
	const char	*said[4] = { d->problem, d->handled, d->unresolved,
			    d->outcome_sought };
	struct html	*h = &r->body;
	char		 action[96];
	size_t		 i;

	/* Show what is recorded unless the person typed something. */
	for (i = 0; i < 4; i++)
		web_field_default(r, sf[i].name, WEB_S(said[i]));
	if (open) {
		snprintf(action, sizeof(action), "/officer/disputes/"
		    "%lld/statement", (long long)d->id);
		page_form(r, action, three ? "The written statement" :
		    "A written statement", sf,
		    "Save the statement", field, err);
	} else {
		html_raw(h, "<h2 class=\"govuk-heading-m\">The written "
		    "statement</h2>\n<dl class=\"govuk-summary-list\">"
		    "\n");
		for (i = 0; i < 4; i++)
			row(r, sf[i].label, said[i]);
		html_raw(h, "</dl>\n");
	}
}

static void
case_render(struct req *r, const struct dispute_view *dv, const char *field,
    const char *err)
{
	char			 when2[WHEN_LEN];
	char			 when[WHEN_LEN];
	struct html		*h = &r->body;
	const struct rec_dispute *d = &dv->d;
	char			 action[96], title[120];
	int			 open = WEB_S(d->resolved)[0] == '\0';
	int			 breach = strcmp(WEB_S(d->kind), "breach") == 0;
	int			 three = strcmp(WEB_S(dv->procedure),
				    "three-stage") == 0;
	long long		 id = d->id, stage = d->stage;

	page_hold(r, &field, &err);
	snprintf(r->nav, sizeof(r->nav), "officer");
	snprintf(title, sizeof(title), "%sCase %lld", err != NULL ||
	    r->nerrs > 0 ? "Error: " : "", id);
	page_begin(r, title);
	page_banner(r);
	if (err != NULL || r->nerrs > 0)
		page_error_summary(r, field, err);
	html_fmt(h, "<span class=\"govuk-caption-l\">Case %lld, %s</span>\n"
	    "<h1 class=\"govuk-heading-l\">%s</h1>\n<p class=\"govuk-body\">",
	    id, breach ? "a breach" : "a dispute", WEB_S(d->subject));
	status_tag(r, d->status);
	html_raw(h, "</p>\n<dl class=\"govuk-summary-list\">\n");
	row(r, breach ? "In breach" : "Raised by", d->org_a);
	row(r, "With", d->org_b);
	row(r, "First contact", web_when_of(d->first_contact, NULL, when));
	row(r, "Stage", d->stage_name);
	row(r, "Resolution due by", web_when_of(d->due, NULL, when2));
	row(r, "Independent third party", d->third_party);
	row(r, "Signposted to", d->signposted);
	row(r, "Resolved", d->resolved);
	row(r, "Outcome", d->outcome);
	html_raw(h, "</dl>\n");

	if (!breach)
		case_statement(r, d, open, three, field, err);
	if (!breach && three)
		panel_render(r, d, open);
	if (open && !breach && ((three && stage < 3) || (!three &&
	    stage < 2))) {
		struct form_field	 tf[] = {
			{ "third-party", "The independent third party",
			    "Chosen by mutual agreement", FIELD_TEXT,
			    NULL, 0 },
			{ "agreed", "Both organisations agree to the third "
			    "party", NULL, FIELD_CHECK, NULL, 0 },
			{ "note", "What was done, in writing", "Optional",
			    FIELD_TEXTAREA, NULL, 0 },
			{ NULL, NULL, NULL, 0, NULL, 0 },
		};
		char heading[120], button[64];

		snprintf(action, sizeof(action), "/officer/disputes/%lld/stage",
		    id);
		snprintf(heading, sizeof(heading), "Move to stage %lld%s",
		    stage + 1, three ? "" : ": an independent third party");
		snprintf(button, sizeof(button), "Move to stage %lld",
		    stage + 1);
		page_form(r, action, heading, three ? tf + 2 : tf, button,
		    field, err);
	}
	if (open) {
		static const struct form_field rf[] = {
			{ "text", "A step of the case, in writing", "A meeting, "
			    "a call or a letter", FIELD_TEXTAREA,
			    NULL, 0 },
			{ NULL, NULL, NULL, 0, NULL, 0 },
		};
		static const struct form_field xf[] = {
			{ "resolve-outcome", "The outcome, in writing", "Sent "
			    "to the organisations", FIELD_TEXTAREA, NULL, 0 },
			{ NULL, NULL, NULL, 0, NULL, 0 },
		};

		snprintf(action, sizeof(action), "/officer/disputes/%lld/record",
		    id);
		page_form(r, action, "Record a step", rf, "Record the step",
		    field, err);
		snprintf(action, sizeof(action), "/officer/disputes/%lld/"
		    "resolve", id);
		page_form(r, action, breach ? "Resolve the breach" :
		    "Resolve the case", xf, "Resolve", field, err);
	}
	PAGE_TABLE(r, "The written record", &event_cols, &dv->events);
	page_end(r);
}

void
page_dispute(struct req *r)
{
	struct dispute_view	dv;
	int			rc;

	if ((rc = case_read(r, web_int(r, "id"), &dv)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	case_render(r, &dv, NULL, NULL);
	dispute_view_free(&dv);
}

/*
 * One action on a case, its own route: the fields at fault first,
 * every one at once (#17), with core asked only when none is; then
 * the case again with core's error, or on to the case.
 */
typedef int case_step(struct req *, int64_t id, struct check_flag_list *flags);

static void
case_again(struct req *r, int64_t id, const char *field, const char *err)
{
	struct dispute_view	dv;
	int			rc;

	if ((rc = case_read(r, id, &dv)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	case_render(r, &dv, field, err);
	dispute_view_free(&dv);
}

void
dispute_case_form(struct req *r, const char *field, const char *err)
{
	page_hold(r, &field, &err);
	case_again(r, web_int(r, "id"), field, err);
}

void
disputes_form(struct req *r, const char *field, const char *err)
{
	list_render(r, field, err);
}

/* A step: required, the written field it cannot go without (NULL:
 * none), and missing, what to say when it is left empty. */
static void
case_act(struct req *r, const char *done, const char *required,
    const char *missing, case_step *run)
{
	struct check_flag_list	 flags = { NULL, 0 };
	char			 to[96];
	int64_t			 id = web_int(r, "id");
	int			 rc;

	if (required != NULL && web_form(r, required) == NULL)
		page_err_add(r, required, NULL, 0, "%s", missing);
	if (r->nerrs > 0) {
		r->status = 400;
		case_again(r, id, NULL, NULL);
		return;
	}
	rc = run(r, id, &flags);
	check_flag_list_free(&flags);
	if (rc == CORE_ENOTFOUND && strcmp(r->c->field, "case") == 0) {
		page_core_error(r, rc);
		return;
	}
	if (rc != CORE_OK) {
		const char *field = r->c->field[0] ? r->c->field : NULL;
		const char *err = r->c->err;

		r->status = rc == CORE_EFAULT || rc == CORE_EBUSY ? 503 : 400;
		page_hold(r, &field, &err);
		if (strcmp(field != NULL ? field : "", "case") == 0)
			field = NULL;
		case_again(r, id, field, err);
		return;
	}
	snprintf(to, sizeof(to), "/officer/disputes/%lld?done=case-%s",
	    (long long)id, done);
	web_redirect(r, to);
}

static int
statement_run(struct req *r, int64_t id, struct check_flag_list *flags)
{
	struct statement_in st;

	(void)flags;
	st.problem = web_form(r, "problem");
	st.handled = web_form(r, "handled");
	st.unresolved = web_form(r, "unresolved");
	st.outcome = web_form(r, "outcome");
	return core_dispute_statement(r->c, id, &st);
}

static int
stage_run(struct req *r, int64_t id, struct check_flag_list *flags)
{
	struct dispute_view	dv;
	int			rc;

	if ((rc = case_read(r, id, &dv)) == CORE_OK) {
		rc = core_dispute_stage(r->c, id, (int)dv.d.stage + 1,
		    web_form(r, "third-party"), web_form(r, "agreed") != NULL,
		    web_form(r, "note"), flags);
		dispute_view_free(&dv);
	}
	if (rc != CORE_OK && strcmp(r->c->field, "to") == 0)
		r->c->field[0] = '\0';
	return rc;
}

static int
draw_run(struct req *r, int64_t id, struct check_flag_list *flags)
{
	char who[32];

	snprintf(who, sizeof(who), "%lld", (long long)web_int(r, "person"));
	return core_dispute_draw(r->c, id, who, flags);
}

static int
record_run(struct req *r, int64_t id, struct check_flag_list *flags)
{
	(void)flags;
	return core_dispute_record(r->c, id, web_form(r, "text"));
}

static int
resolve_run(struct req *r, int64_t id, struct check_flag_list *flags)
{
	int rc;

	rc = core_dispute_resolve(r->c, id, web_form(r, "resolve-outcome"),
	    NULL, flags);
	if (rc != CORE_OK && strcmp(r->c->field, "outcome") == 0)
		snprintf(r->c->field, sizeof(r->c->field), "resolve-outcome");
	return rc;
}

/* Each step its own route (routes.c); SA-12's third party is core's
 * to require (core_dispute_stage names the field). */
#define CASE_STEP(step, required, missing) \
	void page_dispute_##step(struct req *r) \
	{ case_act(r, #step, required, missing, step##_run); }
CASE_STEP(statement, NULL, NULL)
CASE_STEP(stage, NULL, NULL)
CASE_STEP(draw, NULL, NULL)
CASE_STEP(record, "text", "Enter the step of the case, in writing")
CASE_STEP(resolve, "resolve-outcome", "Enter the outcome, in writing: it "
    "is sent to the organisations")
