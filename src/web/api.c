/*
 * api: the JSON API under /api/v1/ for the systems around an
 * arrangement.  Reads only, through the same core functions as the
 * pages and the command line; described by doc/openapi.json, which the
 * tests hold against the routes' table (route.c; GET /api/v1/ lists it).
 *
 * Each route names the scope a token needs (ASVS 8.2.1).  A token's
 * viewer is made from its scope: a public token sees what an anonymous
 * visitor sees, a members token what a member sees.  A token speaks for
 * no organisation, so neither sees VCSE-only business (SA-3.1-assoc),
 * draft notes or an agenda not yet circulated; only a members token
 * sees members-only notes.  Core decides it (core_meeting_get), for the
 * pages and the API alike.
 */
#include <string.h>

#include "web.h"
#include "embedded.h"
#include "render/json.h"

/* Each route's document (the table is route.c's; its parameters are
 * checked and typed before these run). */

/* A document made, or no memory. */
static int
made(struct req *r, json_t *o)
{
	return o != NULL ? CORE_OK : core_fail(r->c, CORE_EFAULT, NULL,
	    "out of memory");
}

/*
 * The registry's lists, read by core for the token's viewer and made
 * into JSON by render.
 */
#define API_LIST(fn, list, read, json) \
	WEB_LIST(, fn, list, read, json, web_viewer_token, )

/* The compliance report, as core gives it to the token's viewer: a
 * members token reads the flags about the arrangement, none naming a
 * person or a member's possible breach (core_check_sees). */
int
api_check(struct req *r, json_t **o)
{
	struct check_flag_list	l;
	struct viewer		v;
	int			rc;

	viewer_of_scope(&v, r->scope);
	*o = NULL;
	if ((rc = core_check(r->c, &v, NULL, NULL, &l)) == CORE_OK)
		rc = made(r, *o = json_check_list(&l));
	check_flag_list_free(&l);
	return rc;
}

/* The register of members carries each organisation's signing date. */
static json_t *
json_register(const struct rec_membership_list *l)
{
	return json_membership_list(l, 1);
}

API_LIST(api_org_list, rec_org_list, core_org_list, json_org_list)
API_LIST(api_group_list, rec_group_list, core_group_list, json_group_list)
API_LIST(api_memberships, rec_membership_list, core_register_members,
    json_register)
API_LIST(api_forums, rec_forum_list, core_register_forums, json_forum_list)
API_LIST(api_positions, rec_position_list, core_register_positions,
    json_position_list)
API_LIST(api_signatories, rec_signatory_list, core_register_signatories,
    json_signatory_list)

/* The partners' records: every kind of contact, every partner's plan,
 * all the evidence.  A contact's address goes to officers only. */
static int
contacts_all(struct core *c, const struct viewer *v,
    struct rec_contact_list *l)
{ return core_contact_list(c, v, NULL, l); }
static int
plan_all(struct core *c, const struct viewer *v, struct rec_plan_list *l)
{ return core_plan_read(c, v, NULL, l); }
static int
influence_all(struct core *c, const struct viewer *v,
    struct rec_influence_list *l)
{ return core_influence_read(c, v, 0, l); }
API_LIST(api_contacts, rec_contact_list, contacts_all, json_contact_list)
API_LIST(api_plan, rec_plan_list, plan_all, json_plan_list)
API_LIST(api_milestones, rec_milestone_list, core_milestones,
    json_milestone_list)
API_LIST(api_influence, rec_influence_list, influence_all,
    json_influence_list)
API_LIST(api_partnerships, rec_partnership_list, core_partnerships,
    json_partnership_list)

API_LIST(api_consults, rec_consult_list, core_consults, json_consult_list)
API_LIST(api_assess_list, rec_cycle_list, core_assess_cycles,
    json_cycle_list)

int
api_assess_one(struct req *r, json_t **o)
{
	struct assess_year	y;
	struct viewer		v;
	int			rc;

	viewer_of_scope(&v, r->scope);
	*o = NULL;
	if ((rc = core_assess_year(r->c, &v, (int)web_int(r, "year"), &y)) !=
	    CORE_OK)
		return rc;
	rc = made(r, *o = json_assess_year(&y));
	assess_year_free(&y);
	return rc;
}

/* SC-monitor: the figures of every year, with no names. */
int
api_dispute_stats(struct req *r, json_t **o)
{
	struct dispute_stats	st;
	struct viewer		v;
	int			rc;

	viewer_of_scope(&v, r->scope);
	*o = NULL;
	if ((rc = core_dispute_figures(r->c, &v, 0, &st)) != CORE_OK)
		return rc;
	return made(r, *o = json_dispute_stats(&st));
}

/* The year's funding, spend and grants (route.c checks the year). */
int
api_funding(struct req *r, json_t **o)
{
	struct rec_funding_list	l;
	struct viewer		v;
	int			rc;

	viewer_of_scope(&v, r->scope);
	*o = NULL;
	if ((rc = core_funding_read(r->c, &v, (int)web_int(r, "year"), &l)) ==
	    CORE_OK)
		rc = made(r, *o = json_funding_list(&l));
	rec_funding_list_free(&l);
	return rc;
}

int
api_spend(struct req *r, json_t **o)
{
	struct spend_view	sv;
	struct viewer		v;
	int			rc;

	viewer_of_scope(&v, r->scope);
	*o = NULL;
	if ((rc = core_spend_read(r->c, &v, (int)web_int(r, "year"), &sv)) !=
	    CORE_OK)
		return rc;
	rc = made(r, *o = json_spend(&sv));
	spend_view_free(&sv);
	return rc;
}

int
api_grants(struct req *r, json_t **o)
{
	struct rec_funding_list	l;
	struct viewer		v;
	char			pre[120];
	int			rc;

	viewer_of_scope(&v, r->scope);
	*o = NULL;
	if ((rc = core_funding_grants(r->c, &v, (int)web_int(r, "year"), NULL,
	    &l, pre)) == CORE_OK)
		rc = made(r, *o = json_grants_360(&l, pre));
	rec_funding_list_free(&l);
	return rc;
}

int
api_org_one(struct req *r, json_t **o)
{
	struct viewer	v;
	struct rec_org	org;
	int		rc;

	viewer_of_scope(&v, r->scope);
	*o = NULL;
	if ((rc = core_org_find(r->c, &v, r->arg[0], &org)) == CORE_OK)
		rc = made(r, *o = json_org(&org));
	rec_org_clear(&org);
	return rc;
}

int
api_group_one(struct req *r, json_t **o)
{
	struct viewer		v;
	struct rec_group	g;
	struct rec_office_list	offs;
	int			rc;

	viewer_of_scope(&v, r->scope);
	*o = NULL;
	if ((rc = core_group_find(r->c, &v, r->arg[0], &g, &offs)) == CORE_OK)
		rc = made(r, *o = json_group(&g, &offs));
	rec_group_clear(&g);
	rec_office_list_free(&offs);
	return rc;
}

int
api_meeting_list(struct req *r, json_t **o)
{
	struct rec_meeting_list	l;
	int			rc;

	*o = NULL;
	if ((rc = core_meeting_list(r->c, NULL, &l)) != CORE_OK)
		return rc;
	*o = json_meeting_list(&l);
	rec_meeting_list_free(&l);
	return made(r, *o);
}

/* A meeting as the token's viewer may see it (SA-11.1, SA-3.1-assoc:
 * core_meeting_get decides, as it does for the pages; ASVS 8.2.2). */
int
api_meeting_one(struct req *r, json_t **o)
{
	struct meeting_view	m;
	struct viewer		v;
	int			rc;

	*o = NULL;
	viewer_of_scope(&v, r->scope);
	if ((rc = core_meeting_get(r->c, &v, web_int(r, "id"), &m)) !=
	    CORE_OK)
		return rc;
	*o = json_meeting(&m);
	meeting_view_free(&m);
	return made(r, *o);
}

/* Decisions, for the token's viewer (core refuses the public). */
int
api_decision_list(struct req *r, json_t **o)
{
	struct rec_motion_list	l;
	struct viewer		v;
	int			rc;

	*o = NULL;
	viewer_of_scope(&v, r->scope);
	if ((rc = core_motion_list(r->c, &v, NULL, &l)) != CORE_OK)
		return rc;
	*o = json_motion_list(&l);
	rec_motion_list_free(&l);
	return made(r, *o);
}

int
api_decision_one(struct req *r, json_t **o)
{
	struct motion_view	m;
	struct viewer		v;
	int			rc;

	*o = NULL;
	viewer_of_scope(&v, r->scope);
	if ((rc = core_motion_get(r->c, &v, web_int(r, "id"), &m)) !=
	    CORE_OK)
		return rc;
	*o = json_motion(&m);
	motion_view_free(&m);
	return made(r, *o);
}

/* Rows a page of a list, unless ?limit= says (route.c allows 1-500). */
#define LIST_PAGE	100
#define LIST_MAX	500

/*
 * A list, a page at a time: ?page=N (from 1) and ?limit=N.  *out
 * becomes the page's rows; X-Total-Count says the length of the whole
 * list, and Link the first, previous, next and last pages (RFC 8288).
 * 0, or -1 after answering (400 for a page or limit refused, 404 for a
 * page past the last).
 */
int
api_page(struct req *r, json_t **out)
{
	struct paging	 pg;
	json_t		*page;
	char		 msg[200];
	size_t		 len;
	int		 bad;

	if ((bad = web_paging(r, LIST_PAGE, LIST_MAX, &pg, msg,
	    sizeof(msg)) != 0) || web_paging_total(&pg,
	    (int64_t)json_array_size(*out), msg, sizeof(msg)) != 0) {
		json_decref(*out);
		*out = NULL;
		web_json(r, bad ? 400 : 404, json_web_error(bad ? "invalid" :
		    "not_found", pg.field, msg));
		return -1;
	}
	page = json_web_slice(*out, (size_t)((pg.page - 1) * pg.size),
	    (size_t)pg.size);
	json_decref(*out);
	*out = page;
	r->total = pg.total;
#define LINK(rel, n) do { \
	len = strlen(r->link); \
	snprintf(r->link + len, sizeof(r->link) - len, "%s<%s?page=%lld&" \
	    "limit=%lld>; rel=\"%s\"", len > 0 ? ", " : "", r->path, \
	    (long long)(n), (long long)pg.size, rel); \
} while (0)
	LINK("first", 1);
	if (pg.page > 1)
		LINK("prev", pg.page - 1);
	if (pg.page < pg.pages)
		LINK("next", pg.page + 1);
	LINK("last", pg.pages);
#undef LINK
	return 0;
}

/* Elections for the token's viewer: the count and the ballots once
 * announced (SA-9.4: core_election_get decides, as for the pages). */
int
api_election_list(struct req *r, json_t **o)
{
	struct rec_election_list	l;
	struct viewer			v;
	int				rc;

	*o = NULL;
	viewer_of_scope(&v, r->scope);
	if ((rc = core_election_list(r->c, &v, &l)) != CORE_OK)
		return rc;
	*o = json_election_list(&l);
	rec_election_list_free(&l);
	return made(r, *o);
}

int
api_election_one(struct req *r, json_t **o)
{
	struct election_view	e;
	struct viewer		v;
	int			rc;

	*o = NULL;
	viewer_of_scope(&v, r->scope);
	if ((rc = core_election_get(r->c, &v, web_int(r, "id"), &e)) !=
	    CORE_OK)
		return rc;
	*o = json_election(&e);
	election_view_free(&e);
	return made(r, *o);
}

void
api_document(struct req *r)
{
	const char *doc = embedded_get("doc/openapi.json", NULL);

	if (strcmp(r->method, "GET") != 0 || doc == NULL) {
		snprintf(r->allow, sizeof(r->allow), "GET");
		web_json(r, doc == NULL ? 404 : 405, json_web_error(doc ==
		    NULL ? "not_found" : "method", NULL, doc == NULL ?
		    "no description built in" : "the API reads only; use GET"));
		return;
	}
	r->status = 200;
	r->type = "application/json";
	html_raw(&r->body, doc);	/* JSON, not markup: sent as is */
}
