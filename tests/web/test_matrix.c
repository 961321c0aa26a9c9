/*
 * The route-by-role matrix and the CSRF checks, against the real server
 * over tests/web/fixture.sh: every route the router's tables list
 * (`alliance serve --routes`), asked by every kind of viewer (roles.h),
 * must answer what its declared access level and the rules below say,
 * and no page may show a viewer what is kept from them.  Then every
 * POST route refuses a form without its session's token.  Beside each
 * test, the OWASP ASVS 5.0 requirement it shows.
 *
 * Environment: ALLIANCE, FIXTURE, OPENAPI (harness.h); MATRIX_SHOW=1
 * prints each cell.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <curl/curl.h>
#include <jansson.h>

#include "harness.h"
#include "roles.h"

#define BIT(ro)		(1u << (ro))
#define MEMBERS		(BIT(ASSOC) | BIT(FULL) | BIT(CHAIR) | BIT(OFFICER))
#define VOTERS		(BIT(FULL) | BIT(CHAIR) | BIT(OFFICER))
#define TOKENS		(BIT(TPUB) | BIT(TMEM) | BIT(TWRITE))
#define ALL		0xffffu

/*
 * What each viewer may read: text the fixture (roles.c) put where only
 * some may see it.  Every answer to a viewer not named is searched for
 * it; each viewer named sees it on its home.
 */
static const struct secret {
	const char	*text, *home, *api;
	unsigned	 may;
} secret[] = {
	/* SA-3.1-assoc: VCSE-only items, from associates and tokens. */
	{ "Sector position on the ICB bid", "/meetings/1", NULL,
	    BIT(FULL) | BIT(CHAIR) | BIT(OFFICER) },
	/* Members-only notes: members in good standing and their token. */
	{ "MATRIX-MEMBERS-NOTE", "/meetings/2", "/api/v1/meetings/2",
	    MEMBERS | BIT(TMEM) | BIT(TWRITE) },
	/* Draft notes: whoever writes them. */
	{ "MATRIX-DRAFT-NOTE", "/meetings/3", NULL, BIT(CHAIR) | BIT(OFFICER) },
	/* A meeting's online link: members. */
	{ "matrix-secret-link", NULL, "/api/v1/meetings/2",
	    MEMBERS | BIT(TMEM) | BIT(TWRITE) },
	/* Disputes: the officers. */
	{ "MATRIX-DISPUTE-SUBJECT", "/officer/disputes/1", NULL, BIT(OFFICER) },
	/* The compliance report (core_check_sees): a flag naming a person
	 * (SA-9.1's ended term) is the officers'; a member's possible
	 * breach (SA-13.2) the officers' and its group's chair's; how the
	 * arrangement keeps its rules (SA-9.3) reaches a members token. */
	{ "the seat is no longer theirs", "/officer", NULL, BIT(OFFICER) },
	{ "Stone Scouts is suspended", "/groups/southwest", NULL,
	    BIT(CHAIR) | BIT(OFFICER) },
	{ "Staffordshire (ICB Place Boards) is vacant", "/officer",
	    "/api/v1/check", BIT(OFFICER) | BIT(TMEM) | BIT(TWRITE) },
};
#define NSECRETS	(sizeof(secret) / sizeof(secret[0]))

/*
 * The pages' own answers once the access level lets a viewer through,
 * where it is not 200 (GET) or any 2xx-4xx but a sign-in (POST): first
 * rule that names the route and the viewer wins.
 */
static const struct rule {
	const char	*method, *pattern;
	unsigned	 who;
	long		 status;
} rules[] = {
	/* A signed-in viewer is sent on from the sign-in page, and from
	 * the second factor's once it is set up (officers) or not theirs. */
	{ "GET", "/sign-in", ALL & ~BIT(ANON) & ~TOKENS, 303 },
	{ "GET", "/two-factor", ALL, 303 },
	/* A poll's address from older emails sends on to the poll. */
	{ "GET", "/decisions/:id", ALL, 303 },
	/* Elections are run by the chair of their group and the officers;
	 * so is the group's own page. */
	{ "GET", "/elections/:id/manage", BIT(CHAIR) | BIT(OFFICER), 200 },
	{ "GET", "/elections/:id/manage", ALL, 403 },
	{ "GET", "/groups/:slug", BIT(CHAIR) | BIT(OFFICER), 200 },
	{ "GET", "/groups/:slug", ALL, 403 },
	/* A poll or a ballot is for those who vote in it: to anyone else
	 * it does not exist (an associate reads, never votes). */
	{ "GET", "/polls/:id", VOTERS, 200 },
	{ "GET", "/polls/:id", ALL, 404 },
	{ "GET", "/elections/:id", VOTERS, 200 },
	{ "GET", "/elections/:id", ALL, 404 },
	/* Nominations closed when the ballot opened. */
	{ "GET", "/elections/:id/nominate", ALL, 404 },
	/* Only a signatory of a compact has a self-assessment, and this
	 * arrangement publishes no spend. */
	{ "GET", "/assessment/:year", ALL, 404 },
	{ "GET", "/assessment/:year/:code", ALL, 404 },
	{ "GET", "/api/v1/assessments/{year}", ALL, 404 },
	{ "GET", "/spend", ALL, 404 },
	/* Nor has it a grant in the year: no 360Giving file of it. */
	{ "GET", "/api/v1/grants/{year}", ALL, 404 },
	/* A made-up one-click link stops no one's news. */
	{ "POST", "/unsubscribe/:token", ALL, 404 },
};
#define NRULES	(sizeof(rules) / sizeof(rules[0]))

static int	 cells, post_routes, checks, wrong;

/* A wrong answer: all are listed, then the test fails. */
static void
wrong_answer(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprint_error(fmt, ap);
	va_end(ap);
	wrong++;
}

static int
level(const char *s)
{
	return strcmp(s, "write") == 0 ? 2 : strcmp(s, "members") == 0;
}

/*
 * The gate's answer (server.c dispatch, api.c) from the route's access
 * level alone: 0 when the page itself answers.
 */
static long
gate(const struct route *rt, enum role ro)
{
	if (strncmp(rt->access, "token-", 6) == 0) {
		if (!IS_TOKEN(ro))
			return 401;	/* a session is no API token */
		return (int)(ro - TPUB) < level(rt->access + 6) ? 403 : 0;
	}
	/* An email's signed link is its own proof: no session, no form
	 * token (RFC 8058); the page judges the link. */
	if (strcmp(rt->access, "link") == 0)
		return 0;
	/* A token is no session, and sends no form token. */
	if (strcmp(rt->method, "POST") == 0 && IS_TOKEN(ro))
		return 403;
	if (strcmp(rt->access, "public") == 0)
		return 0;
	if (!SIGNED_IN(ro))
		return 303;
	if (strcmp(rt->access, "officer") == 0 && ro != OFFICER)
		return 403;
	return 0;
}

static long
expect(const struct route *rt, enum role ro)
{
	long	 g = gate(rt, ro);
	size_t	 i;

	if (g != 0)
		return g;
	for (i = 0; i < NRULES; i++)
		if (strcmp(rules[i].method, rt->method) == 0 &&
		    strcmp(rules[i].pattern, rt->pattern) == 0 &&
		    (rules[i].who & BIT(ro)))
			return rules[i].status;
	return strcmp(rt->method, "GET") == 0 ? 200 : 0;
}

/* Nothing in r is kept from ro. */
static void
no_secret(enum role ro, const char *path, const struct resp *r)
{
	size_t i;

	/* Nor anyone else's address, but to the officers. */
	for (i = 0; ro != OFFICER && i < NROLES; i++)
		if (viewer[i].email != NULL && i != (size_t)ro &&
		    strstr(r->body, viewer[i].email) != NULL)
			wrong_answer("%s shows the %s the address of the %s\n",
			    path, viewer[ro].name, viewer[i].name);
	for (i = 0; i < NSECRETS; i++)
		if (!(secret[i].may & BIT(ro)) && strstr(r->body,
		    secret[i].text) != NULL)
			wrong_answer("%s shows the %s '%s'\n", path,
			    viewer[ro].name, secret[i].text);
}

/* One cell: the route asked by ro, answered as expected. */
static void
cell(const struct route *rt, enum role ro, const char *body)
{
	struct resp	 r;
	char		 path[256];
	long		 want = expect(rt, ro);
	int		 to_sign_in;

	fill(rt->pattern, path);
	as(ro, path, body, &r);
	/* To sign in, and back to the page after (?next=). */
	to_sign_in = r.status == 303 && (strstr(r.headers,
	    "Location: /sign-in\r") != NULL || strstr(r.headers,
	    "Location: /sign-in?next=") != NULL);
	if (getenv("MATRIX_SHOW") != NULL)
		printf("%-4s %-36s %-24s %ld (want %ld)\n", rt->method, path,
		    viewer[ro].name, r.status, want);
	if (want == 0) {
		/* The page answers: never a fault, nor a sign-in. */
		if (r.status >= 500 || r.status < 200 || to_sign_in)
			wrong_answer("%s %s as %s: %ld\n", rt->method, path,
			    viewer[ro].name, r.status);
	} else if (r.status != want || (want == 303 && !to_sign_in &&
	    gate(rt, ro) == 303))
		wrong_answer("%s %s as %s: %ld, expected %ld\n", rt->method,
		    path, viewer[ro].name, r.status, want);
	if (r.status == 200)
		no_secret(ro, path, &r);
	resp_free(&r);
	cells++;
}

/* --- the tests --- */

/*
 * ASVS V4 (API and Web Service) and 8.1.1 (authorization documented):
 * the API's table and doc/openapi.json name the same paths, each with
 * the same scope.
 */
static void
test_api_table_is_the_documented_one(void **state)
{
	json_t		*doc, *p;
	json_error_t	 e;
	size_t		 i, n = 0;
	const char	*s;

	(void)state;
	doc = json_load_file(getenv("OPENAPI"), 0, &e);
	assert_non_null(doc);
	for (i = 0; i < nroute; i++) {
		if (strncmp(route[i].access, "token-", 6) != 0)
			continue;
		p = json_object_get(json_object_get(json_object_get(doc,
		    "paths"), route[i].pattern + 7), "get");
		s = json_string_value(json_object_get(p, "x-scope"));
		if (s == NULL || strcmp(s, route[i].access + 6) != 0)
			fail_msg("%s: x-scope %s, the table %s",
			    route[i].pattern, s ? s : "none", route[i].access);
		n++;
	}
	assert_int_equal(n, json_object_size(json_object_get(doc, "paths")));
	json_decref(doc);
}

/*
 * ASVS 8.2.1 (function-level access), 8.2.2 (data-specific access),
 * 8.3.1 (enforced at a trusted service layer), and chapters V4 and V8
 * for the API's scopes: every GET route for every viewer.
 */
static void
test_every_get_route_every_role(void **state)
{
	struct resp	 r;
	size_t		 i, k;
	int		 ro;

	(void)state;
	for (i = 0; i < nroute; i++)
		if (strcmp(route[i].method, "GET") == 0)
			for (ro = 0; ro < NROLES; ro++)
				cell(&route[i], ro, NULL);
	/* Each secret is there for those who may see it, on its home. */
	for (k = 0; k < NSECRETS; k++)
		for (ro = 0; ro < NROLES; ro++) {
			const char *home = IS_TOKEN(ro) ? secret[k].api :
			    secret[k].home;

			if (home == NULL)
				continue;
			as(ro, home, NULL, &r);
			if ((secret[k].may & BIT(ro)) && strstr(r.body,
			    secret[k].text) == NULL)
				wrong_answer("%s: the %s does not see '%s' "
				    "(%ld)\n",
				    home, viewer[ro].name, secret[k].text,
				    r.status);
			no_secret(ro, home, &r);
			resp_free(&r);
		}
	assert_int_equal(wrong, 0);
}

/*
 * ASVS 8.2.1, 3.5.1 (CSRF): every POST route for every viewer with its
 * own form token and an empty form.  Those the access level refuses
 * change nothing (first, over one digest); the rest never fault.  The
 * sign-out comes last: it ends the session.
 */
static void
test_every_post_route_every_role(void **state)
{
	char		 before[64], after[64], body[100];
	size_t		 i;
	int		 ro, pass, out;

	(void)state;
	digest(before);
	for (pass = 0; pass < 3; pass++) {
		for (i = 0; i < nroute; i++) {
			out = strcmp(route[i].pattern, "/sign-out") == 0;
			if (strcmp(route[i].method, "POST") != 0 ||
			    (pass == 1 && out) || (pass == 2 && !out))
				continue;
			for (ro = 0; ro < NROLES; ro++) {
				if ((pass == 0) != (gate(&route[i], ro) != 0))
					continue;
				snprintf(body, sizeof(body), "csrf=%s",
				    viewer[ro].csrf);
				cell(&route[i], ro, body);
			}
		}
		assert_int_equal(wrong, 0);
		if (pass == 0) {
			digest(after);
			assert_string_equal(before, after);
		}
	}
	print_message("matrix: %zu routes x %d roles = %d cells; %d POST "
	    "routes refused %d forged forms; %zu forms found\n", nroute,
	    NROLES, cells, post_routes, checks, nform);
}

/* Forms on every page, for every viewer: test_every_post's fields. */
static void
collect_forms(void)
{
	char		 (*path)[256] = calloc(MAXROUTES, 256);
	struct resp	 r;
	size_t		 i, n;
	int		 ro;

	assert_non_null(path);
	n = page_paths(path, MAXROUTES);
	for (ro = 0; ro < TPUB; ro++)
		for (i = 0; i < n; i++) {
			as(ro, path[i], NULL, &r);
			if (r.status == 200)
				forms_of(ro, r.body);
			resp_free(&r);
		}
	free(path);
}

/*
 * ASVS 3.5.1 (CSRF tokens on state changes): every POST route, in the
 * session of a viewer it is for, with the fields of its form if a page
 * offers one: without a token, with a made-up one, and with another
 * session's: each refused with 403, and nothing changes.
 */
static void
test_every_post_route_wants_its_token(void **state)
{
	static const struct form none;
	const struct form	*fm;
	struct resp		 r;
	char			 before[64], after[64], path[256], *b, made[64];
	const char		*tok[3];
	size_t			 i, j, t;
	enum role		 who, other;

	(void)state;
	collect_forms();
	memset(made, 'Q', 43);
	made[43] = '\0';
	for (i = 0; i < nroute; i++) {
		/* A signed link asks no form token: its own is checked
		 * (test_pages). */
		if (strcmp(route[i].method, "POST") != 0 ||
		    strcmp(route[i].access, "link") == 0)
			continue;
		fm = &none;
		fill(route[i].pattern, path);
		for (j = 0; j < nform; j++)
			if (matches(route[i].pattern, form[j].action)) {
				fm = &form[j];
				snprintf(path, sizeof(path), "%s",
				    form[j].action);
				break;
			}
		who = fm != &none ? fm->who : strcmp(route[i].access,
		    "officer") == 0 ? OFFICER : strcmp(route[i].access,
		    "public") == 0 ? ANON : CHAIR;
		other = who == FULL ? CHAIR : who == ANON ? FULL : FULL;
		tok[0] = NULL;
		tok[1] = made;
		tok[2] = viewer[other].csrf;
		digest(before);
		for (t = 0; t < 3; t++) {
			b = form_body(fm, tok[t], SIZE_MAX, NULL);
			as(who, path, b, &r);
			if (r.status != 403 || strstr(r.body, "This form has "
			    "expired") == NULL)
				fail_msg("POST %s as %s with token %zu: %ld",
				    path, viewer[who].name, t, r.status);
			resp_free(&r);
			free(b);
			checks++;
		}
		digest(after);
		assert_string_equal(before, after);
		post_routes++;
	}
}

/* POST path as ro with the fields body (the session's token put
 * first): the answer's status and a text its page must show. */
static void
refused_with(enum role ro, const char *path, const char *fields,
    long status, const char *text)
{
	struct resp	r;
	char		body[512];

	snprintf(body, sizeof(body), "csrf=%s&%s", viewer[ro].csrf, fields);
	as(ro, path, body, &r);
	if (r.status != status || strstr(r.body, text) == NULL)
		fail_msg("POST %s as %s: %ld, not %ld \"%s\"", path,
		    viewer[ro].name, r.status, status, text);
	resp_free(&r);
}

/*
 * SA-7.3, SA-6.3, SA-11.2, SA-3.1-assoc: a meeting's actions refused by
 * core (meeting_who.c) show the pages' own refusals: the chair's
 * business to a member, a member's to another forum's chair, a
 * VCSE-only item to an associate, another meeting's vote; nothing
 * changes.
 */
static void
test_meeting_refusals_SA_7_3_SA_3_1_assoc_as_pages_show(void **state)
{
	struct resp	 r;
	char		 before[64], after[64], item[64];
	const char	*at, *opt;

	(void)state;
	/* The VCSE-only item's number, from the agenda a full member sees. */
	as(FULL, "/meetings/1", NULL, &r);
	assert_int_equal(r.status, 200);
	at = strstr(r.body, "Sector position on the ICB bid</option>");
	assert_non_null(at);
	for (opt = at; opt > r.body && strncmp(opt, "<option value=\"", 15)
	    != 0; opt--)
		;
	snprintf(item, sizeof(item), "interest-item=%d&nature=Bidder",
	    atoi(opt + 15));
	resp_free(&r);
	digest(before);
	refused_with(FULL, "/meetings/1/agenda", "title=Ours", 403,
	    "Only the chair can do that");
	refused_with(ASSOC, "/meetings/1/notes", "notes=Ours", 403,
	    "Only the chair can do that");
	refused_with(OCHAIR, "/meetings/1/apologies", "", 403,
	    "Only the group");
	refused_with(OCHAIR, "/meetings/1/request", "request-title=Ours", 403,
	    "Only the group");
	refused_with(ASSOC, "/meetings/1/interest", item, 403,
	    "That item is not on your agenda");
	refused_with(CHAIR, "/meetings/1/vote", "motion=1&voter=ww&choice=for",
	    404, "No such vote");
	refused_with(CHAIR, "/meetings/99/notes", "notes=Ours", 404,
	    "There is no such meeting.");
	digest(after);
	assert_string_equal(before, after);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_api_table_is_the_documented_one),
		cmocka_unit_test(test_every_get_route_every_role),
		cmocka_unit_test(test_every_post_route_wants_its_token),
		cmocka_unit_test(
		    test_meeting_refusals_SA_7_3_SA_3_1_assoc_as_pages_show),
		cmocka_unit_test(test_every_post_route_every_role),
	};

	return cmocka_run_group_tests(tests, roles_setup, roles_teardown);
}
