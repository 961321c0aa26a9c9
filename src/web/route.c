/*
 * route: the table of every route of the web application and its JSON
 * API (route.h), and the router that checks a request against it
 * before any handler runs: the route, then who is asking (the form
 * token, the role), then every declared parameter, typed once.
 *
 * An action of a page is a route of its own ("/meetings/:id/vote"),
 * with the parameters that action reads: no handler routes again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "request.h"
#include "route.h"
#include "rules/text.h"

/* --- the kinds of parameter --- */
#define ID(n, in, req)	{ n, in, { PARSE_ID, NULL, 0, 0 }, req, NULL }
#define POS(n)		{ n, IN_FORM, \
			    { PARSE_INT, NULL, 1, 2147483647 }, 0, NULL }
#define YEAR(n, in)	{ n, in, { PARSE_YEAR, NULL, 0, 0 }, 0, NULL }
#define SLUG(n, in)	{ n, in, { PARSE_SLUG, NULL, 0, 0 }, 0, NULL }
#define TEXT(n, in, max) { n, in, { PARSE_TEXT, NULL, 0, max }, 0, NULL }
#define ENUM(n, v)	{ n, IN_FORM, { PARSE_ENUM, v, 0, 0 }, 0, NULL }
#define NUM(n, in, max)	{ n, in, { PARSE_INT, NULL, 1, max }, 0, NULL }
#define END		{ NULL, IN_PATH, { PARSE__MAX, NULL, 0, 0 }, 0, \
			    NULL }

/* Every page may say what was just done (?done=, page_banner). */
static const struct web_param p_page[] = { SLUG("done", IN_QUERY), END };
static const struct web_param p_id[] = { ID("id", IN_PATH, 1),
    SLUG("done", IN_QUERY), END };
static const struct web_param p_slug[] = { SLUG("slug", IN_PATH),
    SLUG("done", IN_QUERY), END };
static const struct web_param p_token[] = {
	{ "token", IN_PATH, { PARSE_TOKEN, NULL, 0, 0 }, 1, NULL },
	TEXT("next", IN_QUERY, 200), END };
static const struct web_param p_next[] = { TEXT("next", IN_QUERY, 200),
    END };
static const struct web_param p_back[] = { TEXT("back", IN_QUERY, 200),
    END };
static const struct web_param p_spend[] = { YEAR("year", IN_QUERY), END };
/* A meeting's page: the register's banner says how many it recorded. */
static const struct web_param p_meeting[] = { ID("id", IN_PATH, 1),
    SLUG("done", IN_QUERY), { "n", IN_QUERY, { PARSE_INT, NULL, 1, 9999 },
    0, NULL }, END };
/* The audit log: a page of it, filtered by what and who. */
static const struct web_param p_audit[] = { { "page", IN_QUERY,
    { PARSE_INT, NULL, 1, 1000000 }, 0, NULL }, TEXT("what", IN_QUERY, 40),
    TEXT("who", IN_QUERY, 200), SLUG("done", IN_QUERY),
    TEXT("from-day", IN_QUERY, 10), TEXT("from-month", IN_QUERY, 10),
    TEXT("from-year", IN_QUERY, 10), TEXT("to-day", IN_QUERY, 10),
    TEXT("to-month", IN_QUERY, 10), TEXT("to-year", IN_QUERY, 10), END };
/* The constitution: its settings as a form, or ?as=text. */
static const struct web_param p_constitution[] = { SLUG("as", IN_QUERY),
    SLUG("done", IN_QUERY), END };
/* A news email's one-click link: "ID-MAC", checked by core. */
static const struct web_param p_news[] = { TEXT("token", IN_PATH, 64),
    END };
static const struct web_param p_year[] = { YEAR("year", IN_PATH),
    SLUG("done", IN_QUERY), END };
static const struct web_param p_year_code[] = { YEAR("year", IN_PATH),
    TEXT("code", IN_PATH, 32), END };
static const struct web_param p_report[] = {
	{ "year", IN_PATH, { PARSE_YEAR, NULL, 0, 0 }, 1, ".pdf" },
	SLUG("done", IN_QUERY), END };
/* The meeting's forms: agenda items by their number on it. */
static const struct web_param p_interest[] = { ID("id", IN_PATH, 1),
    POS("interest-item"), END };
static const struct web_param p_decide[] = { ID("id", IN_PATH, 1),
    POS("item"), END };
static const struct web_param p_propose[] = { ID("id", IN_PATH, 1),
    POS("motion-item"), END };
/* The choices the forms offer (radios): nothing else is read. */
static const char *const choices[] = { "for", "against", "abstain", NULL };
static const char *const attend_as[] = { "present", "apologies", "absent",
    "deputy", NULL };
static const char *const visible_to[] = { "members", "public", NULL };
static const struct web_param p_motion[] = { ID("id", IN_PATH, 1),
    ID("motion", IN_FORM, 0), END };
static const struct web_param p_vote[] = { ID("id", IN_PATH, 1),
    ID("motion", IN_FORM, 0), ENUM("choice", choices), END };
static const struct web_param p_poll[] = { ID("id", IN_PATH, 1),
    ENUM("choice", choices), END };
static const struct web_param p_attend[] = { ID("id", IN_PATH, 1),
    ENUM("as", attend_as), END };
static const struct web_param p_publish[] = { ID("id", IN_PATH, 1),
    ENUM("visibility", visible_to), END };
static const struct web_param p_draw[] = { ID("id", IN_PATH, 1),
    ID("person", IN_FORM, 0), END };
static const struct web_param p_progress[] = { ID("action", IN_FORM, 0),
    END };
static const struct web_param p_milestone[] = { POS("milestone"), END };
static const struct web_param p_feedback[] = { ID("consultation", IN_FORM,
    0), END };

/* A long list's page (paging.c). */
static const struct web_param p_list[] = { SLUG("done", IN_QUERY),
    NUM("page", IN_QUERY, 1000000), END };
/* The API's lists, a page at a time: ?page= and ?limit= (paging.c). */
static const struct web_param a_list[] = { NUM("page", IN_QUERY, 1000000),
    NUM("limit", IN_QUERY, 500), END };
/* The API's: {id}, {ref} and {year}. */
static const struct web_param a_id[] = { ID("id", IN_PATH, 1), END };
static const struct web_param a_ref[] = { TEXT("ref", IN_PATH, 200), END };
static const struct web_param a_year[] = { YEAR("year", IN_PATH), END };

#define PAGE(m, pat, role, fn, par) \
	{ m, pat, role, fn, NULL, par, GROUP_NONE, NULL }
#define ACT(m, pat, role, fn, par, grp, op) \
	{ m, pat, role, fn, NULL, par, grp, op }
#define API(pat, role, fn, par) \
	{ "GET", "/api/v1" pat, role, NULL, fn, par, GROUP_NONE, NULL }
#define MEETING(op, par) ACT("POST", "/meetings/:id/" op, ROLE_MEMBER, \
	page_meeting_post, par, GROUP_NONE, op)
#define PARTNERS(area, par) \
	PAGE("GET", "/officer/partners/" #area, ROLE_OFFICER, \
	    page_partners_##area, p_page), \
	PAGE("POST", "/officer/partners/" #area, ROLE_OFFICER, \
	    page_partners_##area##_post, par)

const struct web_route web_routes[] = {
	PAGE("GET", "/", ROLE_ANYONE, page_home, p_page),
	PAGE("GET", "/forums", ROLE_ANYONE, page_forums, p_page),
	PAGE("GET", "/forums/:slug", ROLE_ANYONE, page_forum, p_slug),
	PAGE("GET", "/representatives", ROLE_ANYONE, page_representatives,
	    p_page),
	PAGE("GET", "/members", ROLE_ANYONE, page_members, p_list),
	PAGE("GET", "/signatories", ROLE_ANYONE, page_signatories, p_page),
	PAGE("GET", "/meetings", ROLE_ANYONE, page_meetings, p_page),
	PAGE("GET", "/meetings/:id", ROLE_ANYONE, page_meeting, p_meeting),
	/* The register: every organisation's attendance at once
	 * (pages_register.c checks the chair). */
	PAGE("POST", "/meetings/:id/register", ROLE_MEMBER,
	    page_meeting_register_post, p_id),
	/* A member's and a chair's forms on a meeting (pages_chair.c). */
	MEETING("apologies", p_id),
	MEETING("request", p_id),
	MEETING("interest", p_interest),
	MEETING("agenda", p_id),
	MEETING("circulate", p_id),
	MEETING("attend", p_attend),
	MEETING("decide", p_decide),
	MEETING("propose", p_propose),
	MEETING("vote", p_vote),
	MEETING("close-vote", p_motion),
	MEETING("notes", p_id),
	MEETING("publish", p_publish),
	/* A group's chair runs its business (pages_admin.c). */
	ACT("POST", "/groups/:slug/meetings", ROLE_CHAIR, page_group_schedule,
	    p_slug, GROUP_SLUG, NULL),
	ACT("POST", "/groups/:slug/polls", ROLE_CHAIR, page_group_poll,
	    p_slug, GROUP_SLUG, NULL),
	ACT("POST", "/groups/:slug/elections", ROLE_CHAIR, page_group_election,
	    p_slug, GROUP_SLUG, NULL),
	ACT("POST", "/groups/:slug/membership", ROLE_CHAIR,
	    page_group_membership, p_slug, GROUP_SLUG, NULL),
	ACT("POST", "/polls/:id/close", ROLE_CHAIR, page_poll_close, p_id,
	    GROUP_POLL, NULL),
	ACT("GET", "/elections/:id/manage", ROLE_CHAIR, page_election_manage,
	    p_id, GROUP_ELECTION, NULL),
	ACT("POST", "/elections/:id/manage/ballot", ROLE_CHAIR,
	    page_election_ballot, p_id, GROUP_ELECTION, NULL),
	ACT("POST", "/elections/:id/manage/count", ROLE_CHAIR,
	    page_election_count, p_id, GROUP_ELECTION, NULL),
	ACT("POST", "/elections/:id/manage/verify", ROLE_CHAIR,
	    page_election_verify, p_id, GROUP_ELECTION, NULL),
	ACT("POST", "/elections/:id/manage/announce", ROLE_CHAIR,
	    page_election_announce, p_id, GROUP_ELECTION, NULL),
	PAGE("GET", "/elections/:id/receipts", ROLE_ANYONE,
	    page_election_receipts, p_id),
	PAGE("GET", "/elections/:id/nominate", ROLE_MEMBER, page_nominate,
	    p_id),
	PAGE("POST", "/elections/:id/nominate", ROLE_MEMBER,
	    page_nominate_post, p_id),
	PAGE("GET", "/sign-in", ROLE_ANYONE, page_signin, p_next),
	PAGE("POST", "/sign-in", ROLE_ANYONE, page_signin_post, p_next),
	PAGE("GET", "/sign-in/:token", ROLE_ANYONE, page_signin_link,
	    p_token),
	PAGE("POST", "/sign-in/:token", ROLE_ANYONE, page_signin_link,
	    p_token),
	PAGE("POST", "/sign-in-password", ROLE_ANYONE, page_signin_password,
	    p_next),
	PAGE("POST", "/sign-out", ROLE_ANYONE, page_signout, NULL),
	PAGE("GET", "/unsubscribe/:token", ROLE_LINK, page_unsubscribe,
	    p_news),
	PAGE("POST", "/unsubscribe/:token", ROLE_LINK, page_unsubscribe_post,
	    p_news),
	PAGE("GET", "/two-factor", ROLE_MEMBER, page_totp, NULL),
	PAGE("POST", "/two-factor", ROLE_MEMBER, page_totp_post, NULL),
	PAGE("GET", "/confirm", ROLE_OFFICER, page_confirm, p_back),
	PAGE("POST", "/confirm", ROLE_OFFICER, page_confirm_post, NULL),
	PAGE("GET", "/me", ROLE_MEMBER, page_me, p_page),
	PAGE("GET", "/me/sign", ROLE_MEMBER, page_sign, p_page),
	PAGE("POST", "/me/digest", ROLE_MEMBER, page_digest_post, NULL),
	PAGE("POST", "/me/sign", ROLE_MEMBER, page_sign_post, NULL),
	PAGE("GET", "/polls/:id", ROLE_MEMBER, page_poll, p_id),
	PAGE("GET", "/decisions/:id", ROLE_ANYONE, page_decision, p_id),
	PAGE("POST", "/polls/:id", ROLE_MEMBER, page_poll_post, p_poll),
	PAGE("GET", "/elections/:id", ROLE_MEMBER, page_election, p_id),
	PAGE("POST", "/elections/:id", ROLE_MEMBER, page_election_post, p_id),
	ACT("GET", "/groups/:slug", ROLE_CHAIR, page_group, p_slug, GROUP_SLUG,
	    NULL),
	PAGE("GET", "/assessment/:year", ROLE_MEMBER, page_assessment, p_year),
	PAGE("GET", "/assessment/:year/:code", ROLE_MEMBER,
	    page_assessment_item, p_year_code),
	PAGE("POST", "/assessment/:year/:code", ROLE_MEMBER,
	    page_assessment_post, p_year_code),
	PAGE("GET", "/officer", ROLE_OFFICER, page_officer, p_page),
	PAGE("GET", "/officer/import", ROLE_OFFICER, page_import, p_page),
	PAGE("POST", "/officer/import", ROLE_OFFICER, page_import_post, NULL),
	PAGE("GET", "/officer/audit", ROLE_OFFICER, page_audit, p_audit),
	PAGE("GET", "/officer/organisations", ROLE_OFFICER, page_orgs, p_page),
	PAGE("POST", "/officer/organisations", ROLE_OFFICER, page_orgs_post,
	    NULL),
	PAGE("GET", "/officer/people", ROLE_OFFICER, page_people, p_page),
	PAGE("POST", "/officer/people", ROLE_OFFICER, page_people_post, NULL),
	PAGE("GET", "/officer/constitution", ROLE_OFFICER, page_constitution,
	    p_constitution),
	PAGE("POST", "/officer/constitution", ROLE_OFFICER,
	    page_constitution_post, NULL),
	PAGE("GET", "/officer/positions", ROLE_OFFICER, page_positions,
	    p_page),
	PAGE("POST", "/officer/positions/appoint", ROLE_OFFICER,
	    page_positions_appoint, NULL),
	PAGE("POST", "/officer/positions/role", ROLE_OFFICER,
	    page_positions_role, NULL),
	PAGE("GET", "/partners", ROLE_ANYONE, page_partners, p_page),
	PAGE("GET", "/spend", ROLE_ANYONE, page_spend, p_spend),
	/* The partners' records, an area a page (pages_partners.c). */
	PARTNERS(contacts, NULL),
	PARTNERS(plan, NULL),
	PARTNERS(progress, p_progress),
	PARTNERS(milestones, p_milestone),
	PARTNERS(influence, NULL),
	PARTNERS(partnerships, NULL),
	PARTNERS(funding, NULL),
	PARTNERS(aims, NULL),
	PARTNERS(consultations, NULL),
	PARTNERS(feedback, p_feedback),
	/* disputes and breaches (pages_dispute.c) */
	PAGE("GET", "/officer/disputes", ROLE_OFFICER, page_disputes, p_page),
	PAGE("POST", "/officer/disputes", ROLE_OFFICER, page_disputes_post,
	    NULL),
	PAGE("GET", "/officer/disputes/:id", ROLE_OFFICER, page_dispute, p_id),
	PAGE("POST", "/officer/disputes/:id/statement", ROLE_OFFICER,
	    page_dispute_statement, p_id),
	PAGE("POST", "/officer/disputes/:id/stage", ROLE_OFFICER,
	    page_dispute_stage, p_id),
	PAGE("POST", "/officer/disputes/:id/draw", ROLE_OFFICER,
	    page_dispute_draw, p_draw),
	PAGE("POST", "/officer/disputes/:id/record", ROLE_OFFICER,
	    page_dispute_record, p_id),
	PAGE("POST", "/officer/disputes/:id/resolve", ROLE_OFFICER,
	    page_dispute_resolve, p_id),
	/* annual reports (pages_report.c) */
	PAGE("GET", "/reports", ROLE_ANYONE, page_reports, p_page),
	PAGE("GET", "/reports/annual/:year", ROLE_ANYONE, page_report_annual,
	    p_report),
	PAGE("POST", "/reports/annual/:year/response", ROLE_OFFICER,
	    page_report_respond, p_year),

	/* The JSON API (api.c), read with a token of the scope named. */
	API("/organisations", ROLE_TOKEN_PUBLIC, api_org_list, a_list),
	API("/organisations/:ref", ROLE_TOKEN_PUBLIC, api_org_one, a_ref),
	API("/groups", ROLE_TOKEN_MEMBERS, api_group_list, a_list),
	API("/groups/:ref", ROLE_TOKEN_MEMBERS, api_group_one, a_ref),
	API("/memberships", ROLE_TOKEN_PUBLIC, api_memberships, a_list),
	API("/registers/forums", ROLE_TOKEN_PUBLIC, api_forums, a_list),
	API("/registers/representatives", ROLE_TOKEN_PUBLIC, api_positions,
	    a_list),
	API("/registers/signatories", ROLE_TOKEN_PUBLIC, api_signatories,
	    a_list),
	API("/meetings", ROLE_TOKEN_PUBLIC, api_meeting_list, a_list),
	API("/meetings/:id", ROLE_TOKEN_PUBLIC, api_meeting_one, a_id),
	API("/decisions", ROLE_TOKEN_MEMBERS, api_decision_list, a_list),
	API("/decisions/:id", ROLE_TOKEN_MEMBERS, api_decision_one, a_id),
	API("/elections", ROLE_TOKEN_MEMBERS, api_election_list, a_list),
	API("/elections/:id", ROLE_TOKEN_MEMBERS, api_election_one, a_id),
	API("/check", ROLE_TOKEN_MEMBERS, api_check, a_list),
	API("/assessments", ROLE_TOKEN_MEMBERS, api_assess_list, a_list),
	API("/assessments/:year", ROLE_TOKEN_MEMBERS, api_assess_one, a_year),
	API("/consultations", ROLE_TOKEN_PUBLIC, api_consults, a_list),
	API("/contacts", ROLE_TOKEN_MEMBERS, api_contacts, a_list),
	API("/plan", ROLE_TOKEN_PUBLIC, api_plan, a_list),
	API("/milestones", ROLE_TOKEN_PUBLIC, api_milestones, a_list),
	API("/influence", ROLE_TOKEN_PUBLIC, api_influence, a_list),
	API("/partnerships", ROLE_TOKEN_PUBLIC, api_partnerships, a_list),
	API("/funding/:year", ROLE_TOKEN_PUBLIC, api_funding, a_year),
	API("/spend/:year", ROLE_TOKEN_PUBLIC, api_spend, a_year),
	API("/grants/:year", ROLE_TOKEN_PUBLIC, api_grants, a_year),
	API("/disputes/stats", ROLE_TOKEN_MEMBERS, api_dispute_stats, NULL),
	{ NULL, NULL, ROLE_ANYONE, NULL, NULL, NULL, GROUP_NONE, NULL },
};

static const char *const role_name[ROLE__MAX] = { "public", "signed-in",
    "chair", "officer", "token-public", "token-members", "link" };
static const char *const kind_name[PARSE__MAX] = { "id", "int", "year",
    "date", "slug", "enum", "text", "token" };

#define IS_API(rt)	((rt)->api != NULL)

/* The route's pattern as people read it: the API's segments written
 * {x} as doc/openapi.json writes them, without "/api/v1"; the pages'
 * as they are (":x"). */
static const char *
route_pattern(const struct web_route *rt, char *buf, size_t n)
{
	const char	*s = rt->pattern;
	size_t		 used = 0, len;

	if (!IS_API(rt)) {
		snprintf(buf, n, "%s", s);
		return buf;
	}
	for (s += 7; *s != '\0' && used + 1 < n; s++)
		if (*s == ':') {
			len = strcspn(s + 1, "/");
			used += (size_t)snprintf(buf + used, n - used, "{%.*s}",
			    (int)len, s + 1);
			s += len;
		} else
			buf[used++] = *s;
	buf[used < n ? used : n - 1] = '\0';
	return buf;
}

/*
 * The table, one route a line: "METHOD PATTERN ROLE" and then each
 * parameter as name=kind (where, when not the path).  The API's
 * segments are written {x}, as doc/openapi.json writes them.  The
 * security tests build their route-by-role matrix from this list.
 */
void
web_routes_print(FILE *f)
{
	static const char *const where[] = { "", "(query)", "(form)" };
	const struct web_route	*rt;
	const struct web_param	*p;
	char			 pat[128];

	/* The API's description, to anyone (api_document). */
	fprintf(f, "GET /api/v1/openapi.json public\n");
	for (rt = web_routes; rt->method != NULL; rt++) {
		fprintf(f, "%s %s%s %s", rt->method, IS_API(rt) ? "/api/v1" :
		    "", route_pattern(rt, pat, sizeof(pat)),
		    role_name[rt->role]);
		for (p = rt->params; p != NULL && p->name != NULL; p++)
			fprintf(f, " %s=%s%s", p->name, kind_name[p->spec.kind],
			    where[p->in]);
		fputc('\n', f);
	}
}

/* Matches path against pattern, each capture into store; 1 on a match. */
static int
route_match(const char *pat, const char *path, const char **arg,
    char *store, size_t storesz)
{
	size_t	 used = 0, len;
	int	 k = 0;

	while (*pat != '\0' && *path != '\0') {
		if (*pat == ':') {
			len = strcspn(path, "/");
			if (len == 0 || k >= WEB_ARGS || used + len + 1 >
			    storesz)
				return 0;
			memcpy(store + used, path, len);
			store[used + len] = '\0';
			arg[k++] = store + used;
			used += len + 1;
			path += len;
			pat += strcspn(pat, "/");
			continue;
		}
		if (*pat != *path)
			return 0;
		pat++;
		path++;
	}
	return *pat == '\0' && *path == '\0';
}

/* The route for r's method and path; else NULL with the methods the
 * path has in r->allow ("" when it has none). */
static const struct web_route *
route_find(struct req *r, int api, char *caps, size_t capsz)
{
	const struct web_route	*rt;

	for (rt = web_routes; rt->method != NULL; rt++) {
		if (IS_API(rt) != api)
			continue;
		memset(r->arg, 0, sizeof(r->arg));
		if (!route_match(rt->pattern, r->path, r->arg, caps, capsz))
			continue;
		if (strcmp(rt->method, r->method) == 0)
			return rt;
		if (strstr(r->allow, rt->method) == NULL)
			snprintf(r->allow + strlen(r->allow), sizeof(r->allow) -
			    strlen(r->allow), "%s%s", r->allow[0] ? ", " : "",
			    rt->method);
	}
	return NULL;
}

/* A refused parameter: 400, naming it and what is accepted. */
static void
refuse(struct req *r, int api, const struct web_param *p, const char *s)
{
	char accepts[200], msg[400];

	parse_accepts(&p->spec, accepts, sizeof(accepts));
	if (s != NULL && p->spec.kind == PARSE_TEXT && !text_utf8(s,
	    strlen(s)))
		snprintf(msg, sizeof(msg), "%s: not valid UTF-8 text",
		    p->name);
	else if (s == NULL)
		snprintf(msg, sizeof(msg), "%s: missing; expected %s",
		    p->name, accepts);
	else
		snprintf(msg, sizeof(msg), "%s: not accepted; expected %s",
		    p->name, accepts);
	if (api) {
		web_json(r, 400, json_pack("{s:{s:s, s:s, s:s}}", "error",
		    "code", "invalid", "field", p->name, "message", msg));
		return;
	}
	html_free(&r->body);
	r->status = 400;
	r->type = "text/html; charset=utf-8";
	/* The GOV.UK error summary, naming the parameter as it is sent
	 * (not made a sentence: "id", not "Id"). */
	page_begin_of(r, 1, "This address or form is not right", NULL);
	html_raw(&r->body, "<div class=\"govuk-error-summary\" data-module="
	    "\"govuk-error-summary\">\n<div role=\"alert\">\n<h2 class=\""
	    "govuk-error-summary__title\">There is a problem</h2>\n<div class="
	    "\"govuk-error-summary__body\">\n<ul class=\"govuk-list govuk-"
	    "error-summary__list\">\n<li>");
	html_text(&r->body, msg);
	html_raw(&r->body, "</li>\n</ul>\n</div>\n</div>\n</div>\n<h1 class="
	    "\"govuk-heading-l\">This address or form is not right</h1>\n"
	    "<p class=\"govuk-body\">Nothing was changed. If you typed the "
	    "web address, check it is correct; if you used a link or a form "
	    "of this site, go back and try again.</p>\n");
	page_end(r);
}

/*
 * Every parameter the route declares, from the path, the query or the
 * form, checked by its kind and kept typed in r->val; 0, or -1 after
 * the 400.  Only declared parameters are read by web_int and
 * web_query: what was not declared is not seen.
 */
static int
route_params(struct req *r, const struct web_route *rt,
    struct MHD_Connection *conn, int api)
{
	const struct web_param	*p;
	struct web_val		*v;
	const char		*s;
	char			*cut;
	size_t			 n, sl;
	int			 k = 0;

	r->nval = 0;
	for (p = rt->params; p != NULL && p->name != NULL; p++) {
		if (p->in == IN_PATH)
			s = r->arg[k++];
		else if (p->in == IN_QUERY)
			s = MHD_lookup_connection_value(conn,
			    MHD_GET_ARGUMENT_KIND, p->name);
		else
			s = web_field(r, p->name);
		/* A field or query parameter sent empty is one not sent. */
		if (s == NULL || (p->in != IN_PATH && *s == '\0')) {
			if (p->required) {
				refuse(r, api, p, NULL);
				return -1;
			}
			continue;
		}
		if (r->nval == WEB_PARAMS) {	/* the table is wrong: fail
						   closed */
			page_error(r, 500, "Sorry, there is a problem with the "
			    "service", "This page declares too many "
			    "parameters.");
			return -1;
		}
		v = &r->val[r->nval];
		v->name = p->name;
		v->in = p->in;
		/* "2025.pdf": the year, and that the PDF is asked for. */
		n = strlen(s);
		sl = p->suffix != NULL ? strlen(p->suffix) : 0;
		if (sl > 0 && n > sl && strcmp(s + n - sl, p->suffix) == 0 &&
		    p->in == IN_PATH && (cut = (char *)s) != NULL) {
			cut[n - sl] = '\0';	/* our copy (route_match) */
			r->suffixed = 1;
		}
		if (parse_value(&p->spec, s, &v->v) != 0) {
			refuse(r, api, p, s);
			return -1;
		}
		r->nval++;
	}
	return 0;
}

/* For ROLE_CHAIR: 1 when the visitor chairs the route's group or is an
 * officer; else the 403 (or the 404 of a thing that is not there).  A
 * poll's or an election's group is looked up alone: the handler reads
 * the record itself. */
static int
route_chair(struct req *r, const struct web_route *rt)
{
	struct rec_group	 g;
	struct viewer		 who;
	int64_t			 group = 0;
	int			 rc = CORE_OK, ok = 0;

	if (r->who.officer)
		return 1;
	memset(&g, 0, sizeof(g));
	viewer_of_who(&who, &r->who);
	if (rt->group == GROUP_POLL)
		rc = core_motion_group(r->c, web_int(r, "id"), &group);
	else if (rt->group == GROUP_ELECTION)
		rc = core_election_group(r->c, web_int(r, "id"), &group);
	else if ((rc = core_group_find(r->c, &who, r->arg[0], &g, NULL)) ==
	    CORE_OK)
		group = g.id;
	if (rc != CORE_OK)
		page_core_error(r, rc);
	else if (!(ok = core_chairs(r->c, &r->who, group)))
		page_error(r, 403, "Only the chair can do that", "This is for "
		    "the group's chair and vice-chair, and officers.");
	rec_group_clear(&g);
	return ok;
}

static void api_error(struct req *, int, const char *, const char *,
    const char *);

/* The API's answer: the document, or its error shape. */
static void
route_api(struct req *r, const struct web_route *rt)
{
	json_t	*out = NULL;
	int	 rc;

	rc = rt->api(r, &out);
	if (rc == CORE_OK) {
		/* A list: the page asked for (api_page answers a page past
		 * the last itself). */
		if (rt->params == a_list && json_is_array(out) &&
		    api_page(r, &out) != 0)
			return;
		web_json(r, 200, out != NULL ? out : json_null());
		return;
	}
	json_decref(out);
	/* Core refused this viewer: as the token's scope is refused. */
	if (rc == CORE_EPERM) {
		api_error(r, 403, "forbidden", "scope", r->c->err);
		return;
	}
	web_json(r, rc == CORE_ENOTFOUND ? 404 : rc == CORE_EINVAL ? 400 : 503,
	    json_pack("{s:{s:s, s:s?, s:s}}", "error", "code",
	    rc == CORE_ENOTFOUND ? "not_found" : rc == CORE_EINVAL ? "invalid" :
	    "unavailable", "field", r->c->field[0] ? r->c->field : NULL,
	    "message", r->c->err));
}

static void
api_error(struct req *r, int status, const char *code, const char *field,
    const char *msg)
{
	web_json(r, status, json_pack("{s:{s:s, s:s?, s:s}}", "error", "code",
	    code, "field", field, "message", msg));
}

/* The API's gate: a token, reading only; 1 when the route may run. */
static int
route_api_gate(struct MHD_Connection *conn, struct req *r,
    const struct web_route **rt, char *caps, size_t capsz)
{
	const struct web_route	*t;
	json_t			*idx;
	char			 pat[128];

	r->c->actor = "api";
	if (!session_api_auth(conn, r, &r->scope)) {
		api_error(r, 401, "unauthorised", NULL, "send 'Authorization: "
		    "Bearer TOKEN' with a token made by 'alliance token "
		    "create'");
		return 0;
	}
	if (strcmp(r->method, "GET") != 0) {
		snprintf(r->allow, sizeof(r->allow), "GET");
		api_error(r, 405, "method", NULL, "the API reads only; use "
		    "GET");
		return 0;
	}
	if (strcmp(r->path, "/api/v1") == 0 || strcmp(r->path, "/api/v1/") ==
	    0) {
		idx = json_array();
		for (t = web_routes; t->method != NULL; t++)
			if (IS_API(t))
				json_array_append_new(idx, json_string(
				    route_pattern(t, pat, sizeof(pat))));
		web_json(r, 200, json_pack("{s:s, s:s, s:o}", "arrangement",
		    r->c->arr_slug, "openapi", "/api/v1/openapi.json", "paths",
		    idx));
		return 0;
	}
	if ((*rt = route_find(r, 1, caps, capsz)) == NULL) {
		api_error(r, 404, "not_found", NULL, "no such API path; GET "
		    "/api/v1/ lists them");
		return 0;
	}
	if ((*rt)->role == ROLE_TOKEN_MEMBERS && r->scope < SCOPE_MEMBERS) {
		api_error(r, 403, "forbidden", "scope", "this path needs a "
		    "token of scope members; this token's scope is public");
		return 0;
	}
	return 1;
}

/* The pages' gate: the form token, then the role; 1 when it may run. */
static int
route_page_gate(struct req *r, const struct web_route *rt)
{
	char back[256];

	/* A signed link from an email is its own proof (RFC 8058: a mail
	 * program posts it with no form of ours). */
	if (strcmp(r->method, "POST") == 0 && rt->role != ROLE_LINK &&
	    !session_csrf_ok(r)) {
		page_error(r, 403, "This form has expired", "The page you "
		    "sent was out of date or did not come from this "
		    "service. Go back, reload the page and try again. "
		    "Nothing was changed.");
		return 0;
	}
	if (rt->role != ROLE_ANYONE && rt->role != ROLE_LINK &&
	    !r->signed_in) {
		/* A page opened from an email: back to it once signed in. */
		if (strcmp(r->method, "GET") == 0 && web_next_ok(r->path)) {
			snprintf(back, sizeof(back), "/sign-in?next=%s", r->path);
			web_redirect(r, back);
		} else
			web_redirect(r, "/sign-in");
		return 0;
	}
	/* An officer past the password sets up the second factor first. */
	if (rt->role == ROLE_OFFICER && r->who.enrol) {
		web_redirect(r, "/two-factor");
		return 0;
	}
	if (rt->role == ROLE_OFFICER && !r->who.officer) {
		page_error(r, 403, "You cannot see this page", "This page is "
		    "for the secretariat's officers.");
		return 0;
	}
	return 1;
}

void
route_dispatch(struct MHD_Connection *conn, struct conn_state *cs)
{
	struct req		*r = &cs->r;
	const struct web_route	*rt = NULL;
	int			 api;

	/* Who acts, in the audit log: no one until identified. */
	r->c->actor = "a visitor to the web site";
	if (core_clock(r->c) != CORE_OK || core_use(r->c,
	    web_conf->arrangement) != CORE_OK) {
		page_error(r, 500, "Sorry, there is a problem with the "
		    "service", r->c->err);
		return;
	}
	/* The API's description needs no token. */
	if (strcmp(r->path, "/api/v1/openapi.json") == 0) {
		api_document(r);
		return;
	}
	api = strncmp(r->path, "/api/v1/", 8) == 0 ||
	    strcmp(r->path, "/api/v1") == 0;
	if (api) {
		if (!route_api_gate(conn, r, &rt, cs->caps, sizeof(cs->caps)))
			return;
	} else {
		session_identify(conn, r);
		if ((rt = route_find(r, 0, cs->caps, sizeof(cs->caps))) ==
		    NULL) {
			if (r->allow[0] != '\0')
				page_error(r, 405, "This page cannot do that",
				    "The page exists, but not for this kind "
				    "of request.");
			else
				page_error(r, 404, "Page not found", "If you "
				    "typed the web address, check it is "
				    "correct.");
			return;
		}
		if (!route_page_gate(r, rt))
			return;
	}
	r->route = rt;
	r->op = rt->op;
	if (route_params(r, rt, conn, api) != 0)
		return;
	if (!api && r->bad_text[0] != '\0') {
		page_bad_text(r);
		return;
	}
	/* One snapshot for the checks and the handler's reads (a change
	 * ends it). */
	core_read_begin(r->c);
	if (api)
		route_api(r, rt);
	else if (rt->role != ROLE_CHAIR || route_chair(r, rt))
		request_cached(conn, cs, rt->role == ROLE_ANYONE, rt->page);
	core_read_end(r->c);
}

/* --- the typed values, for the handlers --- */
static const struct web_val *
val_of(const struct req *r, const char *name)
{
	int i;

	for (i = 0; i < r->nval; i++)
		if (strcmp(r->val[i].name, name) == 0)
			return &r->val[i];
	return NULL;
}

int64_t
web_int(const struct req *r, const char *name)
{
	const struct web_val *v = val_of(r, name);

	return v != NULL ? v->v.n : 0;
}

const char *
web_query(const struct req *r, const char *name)
{
	const struct web_val *v = val_of(r, name);

	return v != NULL && v->in == IN_QUERY ? v->v.s : NULL;
}
