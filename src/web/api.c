/*
 * api: the JSON API under /api/v1/ for the systems around an
 * arrangement.  Reads only, through the same core functions as the
 * pages and the command line; described by doc/openapi.json, which the
 * tests hold against the table below (GET /api/v1/ lists it).
 *
 * Each route names the scope a token needs (ASVS 8.2.1), and what a
 * route answers follows the pages' viewer rules for that scope: a
 * public token sees what an anonymous visitor sees, a members token
 * what a member sees.  A token speaks for no organisation, so neither
 * sees VCSE-only business (SA-3.1-assoc), draft notes or an agenda not
 * yet circulated; only a members token sees members-only notes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

enum api_arg { ARG_NONE, ARG_ID, ARG_REF };

struct api_route {
	const char	*path;		/* OpenAPI form: {id} / {ref} */
	enum api_arg	 arg;
	enum core_scope	 scope;		/* the least a token needs */
	int		(*list)(struct core *, json_t **);
	int		(*one)(struct core *, const char *, json_t **);
};

static int org_list(struct core *c, json_t **o) { return core_org_list(c, o); }
static int org_one(struct core *c, const char *r, json_t **o)
{ return core_org_find(c, r, o); }
static int grp_list(struct core *c, json_t **o) { return core_group_list(c, o); }
static int grp_one(struct core *c, const char *r, json_t **o)
{ return core_group_find(c, r, o); }
static int memb_list(struct core *c, json_t **o)
{ return core_register_members(c, o); }
static int forums(struct core *c, json_t **o)
{ return core_register_forums(c, o); }
static int positions(struct core *c, json_t **o)
{ return core_register_positions(c, o); }
static int signatories(struct core *c, json_t **o)
{ return core_register_signatories(c, o); }
static int meet_list(struct core *c, json_t **o)
{ return core_meeting_list(c, NULL, o); }
static int meet_one(struct core *c, const char *r, json_t **o)
{ return core_meeting_get(c, strtoll(r, NULL, 10), o); }
static int dec_list(struct core *c, json_t **o)
{ return core_motion_list(c, NULL, o); }
static int dec_one(struct core *c, const char *r, json_t **o)
{ return core_motion_get(c, strtoll(r, NULL, 10), o); }
static int el_list(struct core *c, json_t **o)
{ return core_election_list(c, o); }
static int el_one(struct core *c, const char *r, json_t **o)
{ return core_election_get(c, strtoll(r, NULL, 10), o); }
static int check(struct core *c, json_t **o)
{ return core_check(c, NULL, NULL, o); }
static int consults(struct core *c, json_t **o)
{ return core_consult_list(c, o); }
static int assess_list(struct core *c, json_t **o)
{ return core_assess_list(c, o); }
static int assess_one(struct core *c, const char *r, json_t **o)
{ return core_assess_get(c, atoi(r), o); }
static int contacts(struct core *c, json_t **o)
{ return core_contact_list(c, NULL, o); }
static int plan(struct core *c, json_t **o)
{ return core_plan_list(c, NULL, o); }
static int milestones(struct core *c, json_t **o)
{ return core_milestone_list(c, o); }
static int influence(struct core *c, json_t **o)
{ return core_influence_list(c, 0, o); }
static int partnerships(struct core *c, json_t **o)
{ return core_partnership_register(c, o); }
static int funding(struct core *c, const char *r, json_t **o)
{ return core_funding_list(c, atoi(r), o); }
static int spend(struct core *c, const char *r, json_t **o)
{ return core_spend(c, atoi(r), o); }
static int grants(struct core *c, const char *r, json_t **o)
{ return core_funding_360(c, atoi(r), NULL, o); }

static int dispute_stats(struct core *c, json_t **o)
{ return core_dispute_stats(c, 0, o); }

static const struct api_route api_routes[] = {
	{ "/organisations", ARG_NONE, SCOPE_PUBLIC, org_list, NULL },
	{ "/organisations/{ref}", ARG_REF, SCOPE_PUBLIC, NULL, org_one },
	{ "/groups", ARG_NONE, SCOPE_MEMBERS, grp_list, NULL },
	{ "/groups/{ref}", ARG_REF, SCOPE_MEMBERS, NULL, grp_one },
	{ "/memberships", ARG_NONE, SCOPE_PUBLIC, memb_list, NULL },
	{ "/registers/forums", ARG_NONE, SCOPE_PUBLIC, forums, NULL },
	{ "/registers/representatives", ARG_NONE, SCOPE_PUBLIC, positions, NULL },
	{ "/registers/signatories", ARG_NONE, SCOPE_PUBLIC, signatories, NULL },
	{ "/meetings", ARG_NONE, SCOPE_PUBLIC, meet_list, NULL },
	{ "/meetings/{id}", ARG_ID, SCOPE_PUBLIC, NULL, meet_one },
	{ "/decisions", ARG_NONE, SCOPE_MEMBERS, dec_list, NULL },
	{ "/decisions/{id}", ARG_ID, SCOPE_MEMBERS, NULL, dec_one },
	{ "/elections", ARG_NONE, SCOPE_MEMBERS, el_list, NULL },
	{ "/elections/{id}", ARG_ID, SCOPE_MEMBERS, NULL, el_one },
	{ "/check", ARG_NONE, SCOPE_MEMBERS, check, NULL },
	{ "/assessments", ARG_NONE, SCOPE_MEMBERS, assess_list, NULL },
	{ "/assessments/{year}", ARG_ID, SCOPE_MEMBERS, NULL, assess_one },
	{ "/consultations", ARG_NONE, SCOPE_MEMBERS, consults, NULL },
	{ "/contacts", ARG_NONE, SCOPE_MEMBERS, contacts, NULL },
	{ "/plan", ARG_NONE, SCOPE_MEMBERS, plan, NULL },
	{ "/milestones", ARG_NONE, SCOPE_MEMBERS, milestones, NULL },
	{ "/influence", ARG_NONE, SCOPE_MEMBERS, influence, NULL },
	{ "/partnerships", ARG_NONE, SCOPE_PUBLIC, partnerships, NULL },
	{ "/funding/{year}", ARG_ID, SCOPE_PUBLIC, NULL, funding },
	{ "/spend/{year}", ARG_ID, SCOPE_PUBLIC, NULL, spend },
	{ "/grants/{year}", ARG_ID, SCOPE_PUBLIC, NULL, grants },
	{ "/disputes/stats", ARG_NONE, SCOPE_MEMBERS, dispute_stats, NULL },
};
#define API_ROUTES (sizeof(api_routes) / sizeof(api_routes[0]))

/* "GET /api/v1/PATH token-SCOPE" for each route (web_routes_print). */
void
api_routes_print(FILE *f)
{
	static const char *const scope[] = { "public", "members", "write" };
	size_t i;

	for (i = 0; i < API_ROUTES; i++)
		fprintf(f, "GET /api/v1%s token-%s\n", api_routes[i].path,
		    scope[api_routes[i].scope]);
}

static void
api_error(struct req *r, int status, const char *code, const char *field,
    const char *msg)
{
	web_json(r, status, json_pack("{s:{s:s, s:s?, s:s}}", "error", "code",
	    code, "field", field != NULL && *field ? field : NULL, "message",
	    msg));
}

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

static void
api_core_error(struct req *r, int rc)
{
	api_error(r, rc == CORE_ENOTFOUND ? 404 : rc == CORE_EINVAL ? 400 :
	    503, rc == CORE_ENOTFOUND ? "not_found" : rc == CORE_EINVAL ?
	    "invalid" : "unavailable", r->c->field, r->c->err);
}

/* Rows a page of a list, unless ?limit= says (up to LIST_MAX). */
#define LIST_PAGE	100
#define LIST_MAX	500

/*
 * A list, a page at a time: ?page=N (from 1) and ?limit=N; the body is
 * the page's rows, X-Total-Count the length of the whole list, and
 * Link the first, previous, next and last pages (RFC 8288).
 */
static void
api_list(struct req *r, const struct api_route *rt)
{
	struct paging	 pg;
	json_t		*out = NULL, *page;
	char		 msg[200];
	size_t		 i, len;
	int64_t		 from;
	int		 rc;

	/* The register of members is read a page at a time; the others
	 * are short enough to read whole and cut. */
	if (rt->list != memb_list) {
		if ((rc = rt->list(r->c, &out)) != CORE_OK) {
			api_core_error(r, rc);
			return;
		}
		if (!json_is_array(out)) {	/* one record, not a list */
			web_json(r, 200, out != NULL ? out : json_null());
			return;
		}
	}
	if (web_paging(r, LIST_PAGE, LIST_MAX, &pg, msg, sizeof(msg)) != 0) {
		json_decref(out);
		api_error(r, 400, "invalid", pg.field, msg);
		return;
	}
	if (rt->list == memb_list) {
		int64_t total;

		if ((rc = core_register_members_page(r->c, pg.page, pg.size,
		    &page, &total)) != CORE_OK) {
			api_core_error(r, rc);
			return;
		}
		pg.total = total;
	} else {
		pg.total = (int64_t)json_array_size(out);
		page = json_array();
		from = (pg.page - 1) * pg.size;
		for (i = 0; (int64_t)i < pg.size && from + (int64_t)i <
		    pg.total; i++)
			json_array_append(page, json_array_get(out,
			    (size_t)from + i));
		json_decref(out);
	}
	if (web_paging_total(&pg, pg.total, msg, sizeof(msg)) != 0) {
		json_decref(page);
		api_error(r, 404, "not_found", "page", msg);
		return;
	}
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
	web_json(r, 200, page);
}

/* Matches rest against a route path; *arg receives the segment. */
static int
match(const char *pat, const char *rest, char *arg, size_t argsz)
{
	const char	*brace = strchr(pat, '{');
	size_t		 pre, len;

	if (brace == NULL)
		return strcmp(pat, rest) == 0;
	pre = (size_t)(brace - pat);
	if (strncmp(pat, rest, pre) != 0)
		return 0;
	rest += pre;
	len = strlen(rest);
	if (len == 0 || len >= argsz || strchr(rest, '/') != NULL)
		return 0;
	memcpy(arg, rest, len + 1);
	return 1;
}

void
api_route(struct req *r, const char *rest, enum core_scope scope)
{
	const struct api_route	*rt;
	json_t			*out = NULL, *idx;
	char			 arg[256];
	size_t			 i;
	int			 rc;

	if (strcmp(rest, "") == 0 || strcmp(rest, "/") == 0) {
		idx = json_array();
		for (i = 0; i < API_ROUTES; i++)
			json_array_append_new(idx, json_string(
			    api_routes[i].path));
		web_json(r, 200, json_pack("{s:s, s:s, s:o}", "arrangement",
		    r->c->arr_slug, "openapi", "/api/v1/openapi.json",
		    "paths", idx));
		return;
	}
	for (i = 0; i < API_ROUTES; i++) {
		rt = &api_routes[i];
		if (!match(rt->path, rest, arg, sizeof(arg)))
			continue;
		if (scope < rt->scope) {
			api_error(r, 403, "forbidden", "scope", "this path needs "
			    "a token of scope members; this token's scope is "
			    "public");
			return;
		}
		if (rt->arg == ARG_ID && strtoll(arg, NULL, 10) <= 0) {
			const char *name = strstr(rt->path, "{year}") ? "year" :
			    "id";

			api_error(r, 400, "invalid", name, strcmp(name, "year") ==
			    0 ? "year must be a year such as 2026" : "id must "
			    "be a whole number above 0");
			return;
		}
		/* A reference is text, and text is UTF-8. */
		if (rt->arg == ARG_REF && !text_utf8(arg, strlen(arg))) {
			api_error(r, 400, "invalid", "ref", "ref: not valid "
			    "UTF-8 text");
			return;
		}
		if (rt->list != NULL) {
			api_list(r, rt);
			return;
		}
		rc = rt->one(r->c, arg, &out);
		if (rc == CORE_OK) {
			if (rt->one == meet_one && out != NULL)
				api_meeting_view(out, scope);
			web_json(r, 200, out != NULL ? out : json_null());
			return;
		}
		api_core_error(r, rc);
		return;
	}
	api_error(r, 404, "not_found", NULL, "no such API path; GET /api/v1/ "
	    "lists them");
}
