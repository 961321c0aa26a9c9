/*
 * api: the JSON API under /api/v1/ for the systems around an
 * arrangement.  Reads only, through the same core functions as the
 * pages and the command line; described by doc/openapi.json, which the
 * tests hold against the routes' table (route.c; GET /api/v1/ lists it).
 *
 * Each route names the scope a token needs (ASVS 8.2.1), and what a
 * route answers follows the pages' viewer rules for that scope: a
 * public token sees what an anonymous visitor sees, a members token
 * what a member sees.  A token speaks for no organisation, so neither
 * sees VCSE-only business (SA-3.1-assoc), draft notes or an agenda not
 * yet circulated; only a members token sees members-only notes.
 */
#include <string.h>

#include "render/json.h"
#include "web.h"

/* *o = j, or a fault when render had no memory. */
static int
api_made(struct core *c, json_t **o, json_t *j)
{
	if ((*o = j) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	return CORE_OK;
}

/*
 * The registry's lists, read by core for the token's viewer and made
 * into JSON by render.
 */
#define API_LIST(fn, list, read, json) \
int \
fn(struct req *r, json_t **o) \
{ \
	struct viewer	v; \
	struct list	l; \
	int		rc; \
\
	viewer_of_scope(&v, r->scope); \
	memset(&l, 0, sizeof(l)); \
	if ((rc = read(r->c, &v, &l)) == CORE_OK) \
		rc = api_made(r->c, o, json(&l)); \
	list##_free(&l); \
	return rc; \
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

int
api_org_one(struct req *r, json_t **o)
{
	struct viewer	v;
	struct rec_org	org;
	int		rc;

	viewer_of_scope(&v, r->scope);
	if ((rc = core_org_find(r->c, &v, r->arg[0], &org)) == CORE_OK)
		rc = api_made(r->c, o, json_org(&org));
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
	if ((rc = core_group_find(r->c, &v, r->arg[0], &g, &offs)) == CORE_OK)
		rc = api_made(r->c, o, json_group(&g, &offs));
	rec_group_clear(&g);
	rec_office_list_free(&offs);
	return rc;
}

/* The other domains' documents (the table is route.c's; its parameters
 * are checked and typed before these run). */
int api_meeting_list(struct req *r, json_t **o)
{ return core_meeting_list(r->c, NULL, o); }
int api_decision_list(struct req *r, json_t **o)
{ return core_motion_list(r->c, NULL, o); }
int api_decision_one(struct req *r, json_t **o)
{ return core_motion_get(r->c, web_int(r, "id"), o); }
int api_election_list(struct req *r, json_t **o)
{ return core_election_list(r->c, o); }
int api_election_one(struct req *r, json_t **o)
{ return core_election_get(r->c, web_int(r, "id"), o); }
int api_check(struct req *r, json_t **o)
{ return core_check(r->c, NULL, NULL, o); }
int api_consults(struct req *r, json_t **o)
{ return core_consult_list(r->c, o); }
int api_assess_list(struct req *r, json_t **o)
{ return core_assess_list(r->c, o); }
int api_assess_one(struct req *r, json_t **o)
{ return core_assess_get(r->c, (int)web_int(r, "year"), o); }
int api_contacts(struct req *r, json_t **o)
{ return core_contact_list(r->c, NULL, o); }
int api_plan(struct req *r, json_t **o)
{ return core_plan_list(r->c, NULL, o); }
int api_milestones(struct req *r, json_t **o)
{ return core_milestone_list(r->c, o); }
int api_influence(struct req *r, json_t **o)
{ return core_influence_list(r->c, 0, o); }
int api_partnerships(struct req *r, json_t **o)
{ return core_partnership_register(r->c, o); }
int api_funding(struct req *r, json_t **o)
{ return core_funding_list(r->c, (int)web_int(r, "year"), o); }
int api_spend(struct req *r, json_t **o)
{ return core_spend(r->c, (int)web_int(r, "year"), o); }
int api_grants(struct req *r, json_t **o)
{ return core_funding_360(r->c, (int)web_int(r, "year"), NULL, o); }
int api_dispute_stats(struct req *r, json_t **o)
{ return core_dispute_stats(r->c, 0, o); }

/*
 * A meeting as a token of scope sees it, as meeting_render() shows it
 * to a visitor or a member of an associate organisation (ASVS 8.2.2):
 * draft notes never; members-only notes, the agenda (once circulated)
 * and who attends only to a members token; VCSE-only items to neither.
 */
static void
api_meeting_view(json_t *m, enum core_scope scope)
{
	static const char *const members_only[] = { "agenda", "attendance",
	    "interests", "link", NULL };
	const char	*vis = web_str(m, "notes_visibility");
	json_t		*items, *it;
	size_t		 i;

	if (json_string_value(json_object_get(m, "notes_published")) == NULL ||
	    (scope == SCOPE_PUBLIC && strcmp(vis, "public") != 0))
		json_object_del(m, "notes");
	if (scope == SCOPE_PUBLIC ||
	    json_string_value(json_object_get(m, "circulated")) == NULL)
		json_object_del(m, "agenda");
	if (scope == SCOPE_PUBLIC)
		for (i = 0; members_only[i] != NULL; i++)
			json_object_del(m, members_only[i]);
	if ((items = json_object_get(m, "agenda")) != NULL)
		for (i = json_array_size(items); i-- > 0; ) {
			it = json_array_get(items, i);
			if (web_num(it, "vcse_only"))
				json_array_remove(items, i);
		}
}

int
api_meeting_one(struct req *r, json_t **o)
{
	int rc = core_meeting_get(r->c, web_int(r, "id"), o);

	if (rc == CORE_OK && *o != NULL)
		api_meeting_view(*o, r->scope);
	return rc;
}
