/*
 * pages_partners: what the partners of a compact, framework or pact
 * keep between them, in the browser.  The public page /partners shows
 * the named contacts, the plan, the milestones, the partnerships and
 * the evidence of influence; /spend the year's spend beside each
 * aspiration (TP-3a).  The officer keeps each under /officer/partners/
 * with one form per page, the table of what is recorded below it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"
#include "pages_partners.h"
#include "rules/compact.h"
#include "rules/date.h"

/* --- reading records for the tables --- */

/*
 * The records of an area or a section, read by core for the viewer:
 * one of the lists, and the table's rows (v, n of size bytes) in it.
 */
struct rows {
	struct rec_contact_list		 contacts;
	struct rec_plan_list		 plan;
	struct rec_milestone_list	 milestones;
	struct rec_influence_list	 influence;
	struct rec_partnership_list	 partnerships;
	struct rec_funding_list		 funding;
	struct rec_consult_list		 consults;
	struct spend_view		 spend;
	const void			*v;
	size_t				 n, size;
};

static void
rows_free(struct rows *w)
{
	rec_contact_list_free(&w->contacts);
	rec_plan_list_free(&w->plan);
	rec_milestone_list_free(&w->milestones);
	rec_influence_list_free(&w->influence);
	rec_partnership_list_free(&w->partnerships);
	rec_funding_list_free(&w->funding);
	rec_consult_list_free(&w->consults);
	spend_view_free(&w->spend);
}

/* The year asked for (?year=), else this one. */
static int
year_asked(struct req *r)
{
	int v = (int)web_int(r, "year"), d;

	if (v == 0 && date_parse(r->c->today, &d) == 0)
		v = date_year(d);
	return v;
}

/* Defines fn(r, w): read (core, viewer, arguments..., list) into w's
 * list, the table's rows. */
#define READ(fn, list, read, ...) \
static int \
fn(struct req *r, struct rows *w) \
{ \
	struct viewer	v; \
	int		rc; \
\
	web_viewer_page(&v, r); \
	if ((rc = read(r->c, &v, __VA_ARGS__ &w->list)) == CORE_OK) { \
		w->v = w->list.v; \
		w->n = w->list.n; \
		w->size = sizeof(*w->list.v); \
	} \
	return rc; \
}
READ(read_contacts, contacts, core_contact_list, NULL,)
READ(read_plan, plan, core_plan_read, NULL,)
READ(read_milestones, milestones, core_milestones)
READ(read_influence, influence, core_influence_read, 0,)
READ(read_partnerships, partnerships, core_partnerships)
READ(read_funding, funding, core_funding_read, year_asked(r),)
READ(read_consultations, consults, core_consults)

/* The year's spend by partner, as the public sees it (TP-3a). */
static int
read_aims(struct req *r, struct rows *w)
{
	int rc;

	if ((rc = core_spend_read(r->c, &viewer_public, year_asked(r),
	    &w->spend)) == CORE_OK) {
		w->v = w->spend.partners;
		w->n = w->spend.npartners;
		w->size = sizeof(*w->spend.partners);
	}
	return rc;
}

/* --- the actions of the forms --- */

/*
 * An area's action reads its form through these: TEXT(name) as typed,
 * DATE(name) a GOV.UK date's three parts as one date (NULL when left
 * empty, so core takes today), each into a slot of d.
 */
struct dates {
	char	v[3][32];	/* the most date fields a form has */
	size_t	n;
};

static const char *
date_of(struct req *r, const char *name, struct dates *d)
{
	char *buf;

	if (d->n == sizeof(d->v) / sizeof(d->v[0]))
		abort();	/* a form with more dates than slots */
	buf = d->v[d->n++];
	page_date_value(r, name, buf);
	return buf[0] != '\0' ? buf : NULL;
}
#define TEXT(name)	web_form(r, name)
#define DATE(name)	date_of(r, name, &d)

/* Defines fn(r), an area's action: the call to core (...) with the
 * form's fields read as above.  A record added gives its id (id) and
 * some actions the flags they raised (flags); the page shows neither
 * (the flags are the compliance check's). */
#define ACTION(fn, ...) \
static int \
fn(struct req *r) \
{ \
	struct dates		d = { .n = 0 }; \
	struct check_flag_list	flags = { NULL, 0 }; \
	int64_t			id; \
	int			rc = __VA_ARGS__; \
\
	(void)id; \
	check_flag_list_free(&flags); \
	return rc; \
}

ACTION(post_contact, core_contact_add(r->c, &(struct contact_in){
    .organisation = TEXT("organisation"), .area = TEXT("area"),
    .name = TEXT("name"), .job_title = TEXT("job-title"),
    .email = TEXT("email"), .since = DATE("since") }, &id))
ACTION(post_plan, core_plan_add(r->c, &(struct plan_in){
    .organisation = TEXT("organisation"), .commitment = TEXT("commitment"),
    .action = TEXT("action"), .owner = TEXT("owner"), .due = DATE("due") },
    &id))
ACTION(post_progress, core_plan_progress(r->c, web_int(r, "action"),
    TEXT("progress"), DATE("done")))
ACTION(post_milestone, core_milestone_met(r->c, (int)web_int(r,
    "milestone"), DATE("date"), TEXT("note")))
ACTION(post_influence, core_influence_add(r->c, &(struct influence_in){
    .date = DATE("date"), .body = TEXT("body"), .decision =
    TEXT("decision"), .change = TEXT("change"), .commitment =
    TEXT("commitment"), .source = TEXT("source") }, &id))
ACTION(post_partnership, core_partnership_except(r->c, TEXT("position"),
    TEXT("justification"), TEXT("agreed-by"), DATE("agreed-on")))
ACTION(post_funding, core_funding_add(r->c, &(struct funding_in){
    .kind = TEXT("kind"), .funder = TEXT("funder"), .recipient =
    TEXT("recipient"), .title = TEXT("title"), .description =
    TEXT("description"), .amount = TEXT("amount"), .awarded =
    DATE("awarded"), .starts = DATE("starts"), .ends = DATE("ends"),
    .reference = TEXT("reference") }, &id, &flags))
ACTION(post_consultation, core_consult_add(r->c, &(struct consult_in){
    .organisation = TEXT("organisation"), .title = TEXT("title"), .opens =
    DATE("opens"), .closes = DATE("closes"), .reason = TEXT("reason"),
    .significant = TEXT("significant") != NULL }, &id, &flags))
ACTION(post_feedback, core_consult_feedback(r->c, web_int(r,
    "consultation"), TEXT("feedback"), DATE("date")))
static int
post_aim(struct req *r)
{
	int year = 0;

	/* Typed by the officer: a year that is not one reaches core as 0,
	 * which names the field on the form. */
	if (parse_year(web_form(r, "year"), &year) != 0)
		year = 0;
	return core_spend_aim(r->c, web_form(r, "organisation"), year,
	    web_form(r, "amount"), web_form(r, "plan"));
}

/* --- the areas --- */

/* Forms whose first field chooses from the rows: filled per request. */
enum choose { CHOOSE_NONE, CHOOSE_ACTION, CHOOSE_MILESTONE,
    CHOOSE_POSITION, CHOOSE_CONSULTATION };

struct area {
	const char			*slug, *title, *intro;
	const char			*form_title, *button, *rule;
	const struct area_field		*fields;
	enum choose			 choose;
	int				(*read)(struct req *, struct rows *);
	const struct page_cols		*cols;
	int				(*post)(struct req *);
};

/* The areas in the order of areas[], each with its own page and form
 * (AREA_PAGES, route.c). */
enum area_id { AREA_CONTACTS, AREA_PLAN, AREA_PROGRESS, AREA_MILESTONES,
    AREA_INFLUENCE, AREA_PARTNERSHIPS, AREA_FUNDING, AREA_AIMS,
    AREA_CONSULTATIONS, AREA_FEEDBACK, AREA__MAX };

static const struct area areas[] = {
	{ "contacts", "Named contacts", "Each partner's Compact Champion "
	  "or named officer, and the single points of "
	  "contact for each policy area.", "Name a contact",
	  "Name the contact", "SC-champion, TP-5, MS-3.7.1", contact_fields,
	  CHOOSE_NONE, read_contacts, &cols_contact,
	  post_contact },
	{ "plan", "Implementation plan", "The actions each partner will "
	  "deliver, with owners and due dates, tracked to done.",
	  "Add an action", "Add the action", "SC-plan", plan_fields,
	  CHOOSE_NONE, read_plan, &cols_plan, post_plan },
	{ "progress", "Progress on the plan", "Record what has been done on "
	  "an action, or that it is done.", "Record progress",
	  "Save progress", "SC-plan", progress_fields, CHOOSE_ACTION, read_plan,
	  &cols_plan, post_progress },
	{ "milestones", "Milestones", "The dated milestones of the "
	  "constitution; those not met by their date are flagged.",
	  "Record a milestone as met", "Record as met", "MS-5",
	  milestone_fields, CHOOSE_MILESTONE, read_milestones,
	  &cols_milestone, post_milestone },
	{ "influence", "Evidence of influence", "How the sector's voice "
	  "changed decisions and policy, gathered through the year for the "
	  "annual report.", "Record evidence", "Record the evidence",
	  "TP-2b", influence_fields, CHOOSE_NONE, read_influence,
	  &cols_influence, post_influence },
	{ "partnerships", "Partnerships and representation", "Every "
	  "decision-making partnership has sector representation, or an "
	  "agreed justification recorded here.", "Record an agreed "
	  "justification", "Record the justification", "TP-2a",
	  partnership_fields,
	  CHOOSE_POSITION, read_partnerships, &cols_partnership,
	  post_partnership },
	{ "funding", "Contracts and grants", "Funding from the partners to "
	  "sector organisations, with its length against the aim, "
	  "and published as spend.", "Record funding", "Record the funding",
	  "SC-contract, TP-3a", funding_fields, CHOOSE_NONE, read_funding,
	  &cols_funding, post_funding },
	{ "aims", "Spend and aspiration", "Each partner's spend with the "
	  "sector in a year beside its aspiration and its plan to meet it"
	  ".", "Record an aspiration and plan", "Record the "
	  "aspiration", "TP-3a", aim_fields, CHOOSE_NONE, read_aims,
	  &cols_spend, post_aim },
	{ "consultations", "Consultations", "Public bodies' consultations: "
	  "one that significantly affects the sector runs at least the "
	  "constitution's minimum, or its reason is recorded and flagged"
	  ".", "Record a consultation", "Record the consultation",
	  "SC-consult", consult_fields, CHOOSE_NONE, read_consultations,
	  &cols_consult, post_consultation },
	{ "feedback", "Feedback on consultations", "The outcome of each "
	  "consultation fed back to the sector, after it closes"
	  ".", "Record the feedback", "Record the feedback",
	  "SC-consult", feedback_fields, CHOOSE_CONSULTATION,
	  read_consultations,
	  &cols_consult, post_feedback },
};
#define NAREAS (sizeof(areas) / sizeof(areas[0]))
_Static_assert(NAREAS == AREA__MAX, "an area for each of enum area_id");
/*
 * The choices of a chooser form from its records: value, label pairs
 * (labels point into the records; numbers are printed into nums, one
 * for each of w->n).
 */
static const char **
choices_of(const struct area *a, const struct rows *w, char (*nums)[16])
{
	const char	**ch;
	size_t		  i, n = 0;

	ch = calloc(2 * w->n + 1, sizeof(*ch));
	for (i = 0; ch != NULL && i < w->n; i++) {
		switch (a->choose) {
		case CHOOSE_ACTION:
			if (w->plan.v[i].status == PLAN_DONE)
				continue;
			snprintf(nums[i], 16, "%lld", (long long)
			    w->plan.v[i].id);
			ch[n++] = nums[i];
			ch[n++] = WEB_S(w->plan.v[i].action);
			break;
		case CHOOSE_MILESTONE:
			if (WEB_S(w->milestones.v[i].met_on)[0] != '\0')
				continue;
			snprintf(nums[i], 16, "%d", w->milestones.v[i].n);
			ch[n++] = nums[i];
			ch[n++] = WEB_S(w->milestones.v[i].label);
			break;
		case CHOOSE_POSITION:
			ch[n++] = WEB_S(w->partnerships.v[i].slug);
			ch[n++] = WEB_S(w->partnerships.v[i].name);
			break;
		case CHOOSE_CONSULTATION:
			if (WEB_S(w->consults.v[i].feedback_on)[0] != '\0')
				continue;
			snprintf(nums[i], 16, "%lld", (long long)
			    w->consults.v[i].id);
			ch[n++] = nums[i];
			ch[n++] = WEB_S(w->consults.v[i].title);
			break;
		case CHOOSE_NONE:
			break;
		}
	}
	return ch;
}

/* The area's form from its fields; a chooser's first field offers the
 * records waiting for it, or the form says none is. */
static void
area_form(struct req *r, const struct area *a, const struct rows *w,
    const char *field, const char *err)
{
	struct form_field	 f[16];	/* more than any form has */
	const char		**ch = NULL;
	char			(*nums)[16] = NULL, action[80];
	size_t			 i;

	if (a->choose != CHOOSE_NONE) {
		nums = calloc(w->n + 1, sizeof(*nums));
		ch = nums != NULL ? choices_of(a, w, nums) : NULL;
		if (ch == NULL)
			goto out;
		if (ch[0] == NULL) {
			html_raw(&r->body, "<p class=\"govuk-body\">Nothing is "
			    "waiting to be recorded.</p>\n");
			goto out;
		}
	}
	memset(f, 0, sizeof(f));
	for (i = 0; i + 1 < sizeof(f) / sizeof(f[0]) &&
	    a->fields[i].shown.name != NULL; i++) {
		f[i] = a->fields[i].shown;
		if (f[i].kind == FIELD_SELECT)
			f[i].choices = ch;
	}
	snprintf(action, sizeof(action), "/officer/partners/%s", a->slug);
	page_form(r, action, a->form_title, f, a->button, field, err);
out:
	free(ch);
	free(nums);
}

/* 1 when the funding holds a grant or small grant (not only
 * contracts). */
static int
has_grant(const struct rec_funding_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].kind != NULL && strcmp(l->v[i].kind,
		    "contract") != 0)
			return 1;
	return 0;
}

static void
area_render(struct req *r, const struct area *a, const char *field,
    const char *err)
{
	struct html	*h = &r->body;
	struct rows	 w;
	size_t		 i;
	int		 rc;

	page_hold(r, &field, &err);
	memset(&w, 0, sizeof(w));
	if ((rc = a->read(r, &w)) != CORE_OK) {
		page_core_error(r, rc);
		rows_free(&w);
		return;
	}
	snprintf(r->nav, sizeof(r->nav), "officer");
	{
		char t[120];

		snprintf(t, sizeof(t), "%s%s", err != NULL || r->nerrs > 0 ?
		    "Error: " : "", a->title);
		page_begin(r, t);
	}
	page_banner(r);
	if (err != NULL || r->nerrs > 0)
		page_error_summary(r, field, err);
	html_fmt(h, "<span class=\"govuk-caption-l\">Partners</span>\n<h1 "
	    "class=\"govuk-heading-l\">%s</h1>\n<p class=\"govuk-body\">%s"
	    "</p>\n", a->title, a->intro);
	page_rule(r, a->rule);
	html_raw(h, "<nav aria-label=\"Partners' records\"><ul class=\"govuk-"
	    "list\">\n");
	for (i = 0; i < NAREAS; i++)
		if (&areas[i] != a)
			html_fmt(h, "<li><a class=\"govuk-link\" href=\"/officer/"
			    "partners/%s\">%s</a></li>\n", areas[i].slug,
			    areas[i].title);
	html_raw(h, "</ul></nav>\n");
	area_form(r, a, &w, field, err);
	if (strcmp(a->slug, "funding") == 0 && !has_grant(&w.funding))
		/* 360Giving: no file for a year without a grant. */
		html_fmt(h, "<p class=\"govuk-body\">Showing %d. Other years: "
		    "add <code>?year=YYYY</code> to the address. No grants or "
		    "small grants were recorded for %d, so there is no "
		    "360Giving data for it.</p>\n", year_asked(r),
		    year_asked(r));
	else if (strcmp(a->slug, "funding") == 0 ||
	    strcmp(a->slug, "aims") == 0)
		html_fmt(h, "<p class=\"govuk-body\">Showing %d. Other years: "
		    "add <code>?year=YYYY</code> to the address. The grants "
		    "as 360Giving data: <a class=\"govuk-link\" href=\"/api/v1/"
		    "grants/%d\">JSON</a> (with an API token).</p>\n",
		    year_asked(r), year_asked(r));
	page_table(r, a->title, a->cols, w.v, w.n, w.size);
	page_end(r);
	rows_free(&w);
}

/* An area's form answered: every field at fault at once; core is
 * asked only when none is. */
static void
area_post(struct req *r, const struct area *a)
{
	char	to[80];
	int	rc;

	needs_check(r, a->fields);
	if (r->nerrs > 0) {
		r->status = 400;
		area_render(r, a, NULL, NULL);
		return;
	}
	if ((rc = a->post(r)) != CORE_OK) {
		r->status = rc == CORE_EFAULT || rc == CORE_EBUSY ? 503 : 400;
		area_render(r, a, r->c->field[0] ? r->c->field : NULL,
		    r->c->err);
		return;
	}
	snprintf(to, sizeof(to), "/officer/partners/%s?done=added", a->slug);
	web_redirect(r, to);
}

/* The area whose form was posted (/officer/partners/AREA) shown again
 * with the field at fault. */
void
partners_area_form(struct req *r, const char *field, const char *err)
{
	const char	*slug = strrchr(r->path, '/');
	size_t		 i;

	for (i = 0; slug != NULL && i < AREA__MAX; i++)
		if (strcmp(areas[i].slug, slug + 1) == 0) {
			area_render(r, &areas[i], field, err);
			return;
		}
	page_error(r, 404, "Page not found", "There is no such area.");
}

/* Each area's page and form, routes of their own (routes.c). */
#define AREA_PAGES(name, i)						\
	void page_partners_##name(struct req *r)			\
	{ area_render(r, &areas[i], NULL, NULL); }			\
	void page_partners_##name##_post(struct req *r)			\
	{ area_post(r, &areas[i]); }
AREA_PAGES(contacts, AREA_CONTACTS)
AREA_PAGES(plan, AREA_PLAN)
AREA_PAGES(progress, AREA_PROGRESS)
AREA_PAGES(milestones, AREA_MILESTONES)
AREA_PAGES(influence, AREA_INFLUENCE)
AREA_PAGES(partnerships, AREA_PARTNERSHIPS)
AREA_PAGES(funding, AREA_FUNDING)
AREA_PAGES(aims, AREA_AIMS)
AREA_PAGES(consultations, AREA_CONSULTATIONS)
AREA_PAGES(feedback, AREA_FEEDBACK)

/* --- public pages --- */

static void
section(struct req *r, const char *title, const char *intro,
    int (*read)(struct req *, struct rows *), const struct page_cols *cols)
{
	struct rows w;

	memset(&w, 0, sizeof(w));
	if (read(r, &w) == CORE_OK) {
		html_fmt(&r->body, "<h2 class=\"govuk-heading-m\">%s</h2>\n"
		    "<p class=\"govuk-body\">%s</p>\n", title, intro);
		page_table_under(r, title, cols, w.v, w.n, w.size);
	}
	rows_free(&w);
}

void
page_partners(struct req *r)
{
	page_open(r, "partners", "Partners", "Partners and their promises");
	section(r, "Named contacts", "Each partner's named contact and the "
	    "single points of contact.", read_contacts, &cols_contact_public);
	section(r, "Implementation plan", "What each partner will deliver, "
	    "tracked to done.", read_plan, &cols_plan_public);
	section(r, "Milestones", "The agreement's dated milestones.",
	    read_milestones, &cols_milestone);
	section(r, "Partnerships and representation", "Sector representation "
	    "on each partnership, or the agreed justification.",
	    read_partnerships, &cols_partnership);
	section(r, "Evidence of influence", "How the sector's voice changed "
	    "decisions and policy.", read_influence, &cols_influence);
	section(r, "Consultations", "Public bodies' consultations, their "
	    "length and the feedback given.", read_consultations,
	    &cols_consult);
	page_end(r);
}

/* TP-3a: the year's spend, published when the constitution says so. */
void
page_spend(struct req *r)
{
	struct html		*h = &r->body;
	struct spend_view	 sv;
	char			 tot[40];
	int			 year = year_asked(r), rc;

	if ((rc = core_spend_read(r->c, &viewer_public, year, &sv)) !=
	    CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	if (!sv.published) {
		spend_view_free(&sv);
		page_error(r, 404, "Spend is not published", "The "
		    "agreement does not publish spend with the sector: "
		    "the amounts are counted in the annual report.");
		return;
	}
	snprintf(r->nav, sizeof(r->nav), "spend");
	page_begin(r, "Spend with the sector");
	rules_money_format(sv.total_pence, tot, sizeof(tot));
	html_fmt(h, "<span class=\"govuk-caption-l\">%d</span>\n<h1 class=\""
	    "govuk-heading-l\">Spend with the sector</h1>\n<p class=\"govuk-"
	    "body\">The partners' contracts, grants and small grants to "
	    "voluntary, community, faith and social enterprise organisations "
	    "awarded in %d, beside each partner's aspiration and its plan to "
	    "meet it.</p>\n<p class=\"govuk-body-l\">Total: "
	    "\xc2\xa3%s</p>\n", year, year, tot);
	page_table(r, "Spend by partner", &cols_spend, sv.partners,
	    sv.npartners, sizeof(*sv.partners));
	html_fmt(h, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\""
	    "/spend?year=%d\">%d</a> &middot; <a class=\"govuk-link\" href=\""
	    "/spend?year=%d\">%d</a></p>\n", year - 1, year - 1, year + 1,
	    year + 1);
	page_end(r);
	spend_view_free(&sv);
}
