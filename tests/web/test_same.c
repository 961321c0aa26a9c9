/*
 * The API and the pages reveal the same records to the same viewer
 * (issue 12): every API path the router lists, read with a token, is
 * paired with the pages that show its records, read by the viewer the
 * token stands for; every record the API names is on those pages.  And
 * across every API path and every page, each marker planted where only
 * some may see it (draft notes, members-only notes, a VCSE-only item,
 * a person's and an organisation's address...) is revealed by both or
 * by neither.  The viewers, routes and arrangement are the security
 * matrix's (roles.c), with a few records more (below).
 *
 * Environment: ALLIANCE, FIXTURE, OPENAPI (harness.h); SAME_SHOW=1
 * prints each comparison.
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

/* Records the matrix's arrangement lacks: public notes, an agenda item
 * every member may read, an organisation's address, a consultation and
 * evidence of influence, a member's own request on the agenda. */
static const char *const more =
    "export ALLIANCE_BY=officer; A=\"$ALLIANCE --db $DB\"; "
    "ALLIANCE_TODAY=2025-06-02 $A meeting schedule --group southwest "
    "--date 2025-06-12 --time 10:00 --end 12:00 --place 'Same Hall' && "
    "ALLIANCE_TODAY=2025-06-13 $A meeting notes 4 --text 'SAME-PUBLIC-NOTE "
    "agreed' && ALLIANCE_TODAY=2025-06-13 $A meeting publish 4 --public && "
    "ALLIANCE_TODAY=2025-06-25 $A agenda add 1 --title 'SAME-AGENDA-ITEM' && "
    "ALLIANCE_TODAY=2025-06-25 $A org update ll --name 'Leek Lions' "
    "--sector vcse --email same-hidden@ll.example.org && "
    "ALLIANCE_TODAY=2025-06-25 $A consultation add --organisation ICB "
    "--title 'SAME-CONSULTATION' --opens 2025-06-01 --closes 2025-08-31 && "
    "ALLIANCE_TODAY=2025-06-25 $A influence add --date 2025-06-20 --body "
    "'ICB board' --decision 'SAME-INFLUENCE' --change 'a fairer bid' "
    "--commitment c --source minutes && "
    "ALLIANCE_TODAY=2025-06-25 $A plan add --organisation ICB --action "
    "'SAME-PLAN-ACTION' --owner 'ICB board' --due 2025-12-31 && "
    /* A partner's named contact, with an address no member page shows
     * (the arrangement names no contacts, so it is written as a record
     * an older constitution left). */
    "sqlite3 $DB \"INSERT INTO partner_contact (arrangement_id, "
    "organisation_id, kind, name, email, since, recorded_by, recorded_at) "
    "SELECT arrangement_id, organisation_id, 'champion', 'Sam Champion', "
    "'same-contact@icb.example.org', '2025-06-01', 'officer', "
    "'2025-06-01T00:00:00Z' FROM consultation LIMIT 1\"";

/*
 * Each API path and the pages that show its records to the viewer the
 * token stands for: the JSON keys whose text those pages must show.
 * Every API route the router lists must be named here.
 */
static const struct pair {
	const char	*api, *keys, *pages;
	unsigned	 not;	/* viewers whose pages the API is not */
} pair[] = {
	{ "/api/v1/organisations", "name",
	    "/members /signatories /representatives /partners /forums", 0 },
	{ "/api/v1/organisations/ww", "name", "/members /signatories", 0 },
	{ "/api/v1/groups", "name", "/forums", 0 },
	{ "/api/v1/groups/southwest", "name person", "/forums", 0 },
	{ "/api/v1/memberships", "organisation group_name", "/members", 0 },
	{ "/api/v1/registers/forums", "name", "/forums", 0 },
	{ "/api/v1/registers/representatives", "name person",
	    "/representatives", 0 },
	{ "/api/v1/registers/signatories", "organisation signer_name",
	    "/signatories", 0 },
	{ "/api/v1/meetings", "place",
	    "/meetings/1 /meetings/2 /meetings/3 /meetings/4", 0 },
	{ "/api/v1/meetings/1", "place title notes link", "/meetings/1", 0 },
	{ "/api/v1/meetings/2", "place title notes link", "/meetings/2", 0 },
	{ "/api/v1/meetings/3", "place title notes link", "/meetings/3", 0 },
	{ "/api/v1/meetings/4", "place title notes link", "/meetings/4", 0 },
	/* A poll or a ballot is for those who vote in it; a members token
	 * reads them as a full member (an associate votes in neither). */
	{ "/api/v1/decisions", "body", "/me /polls/1", BIT(ASSOC) },
	{ "/api/v1/decisions/1", "body", "/me /polls/1", BIT(ASSOC) },
	{ "/api/v1/elections", "", "/me", BIT(ASSOC) },
	{ "/api/v1/elections/1", "person", "/elections/1", BIT(ASSOC) },
	/* A members token reads the report's flags about how the
	 * arrangement keeps its rules, which no member's page lists; the
	 * flags naming a person or a member's possible breach reach
	 * neither (core_check_sees, the markers below). */
	{ "/api/v1/check", "fact", "/officer", BIT(ASSOC) | BIT(FULL) },
	{ "/api/v1/assessments", "", "", 0 },
	{ "/api/v1/assessments/2025", "", "", 0 },
	{ "/api/v1/consultations", "title", "/partners", 0 },
	{ "/api/v1/contacts", "name", "/partners", 0 },
	{ "/api/v1/plan", "action owner", "/partners", 0 },
	{ "/api/v1/milestones", "label", "/partners", 0 },
	{ "/api/v1/influence", "decision", "/partners", 0 },
	{ "/api/v1/partnerships", "name", "/partners", 0 },
	{ "/api/v1/funding/2025", "title", "/spend", 0 },
	{ "/api/v1/spend/2025", "", "", 0 },
	{ "/api/v1/grants/2025", "title", "/spend", 0 },
	{ "/api/v1/disputes/stats", "", "/reports", 0 },
};
#define NPAIRS	(sizeof(pair) / sizeof(pair[0]))

/* Text kept from some viewers: each revealed by both or neither. */
static const struct marker {
	const char	*text;
	unsigned	 differs;	/* pairs whose page may show it */
} marker[] = {
	{ "MATRIX-MEMBERS-NOTE", 0 },	/* members-only notes */
	{ "MATRIX-DRAFT-NOTE", 0 },	/* draft notes */
	{ "matrix-secret-link", 0 },	/* a meeting's online link */
	{ "SAME-PUBLIC-NOTE", 0 },	/* public notes */
	{ "SAME-AGENDA-ITEM", 0 },	/* a circulated item */
	/* SA-3.1-assoc: a token speaks for no organisation, so never
	 * sees VCSE-only business; a full member's session does. */
	{ "Sector position on the ICB bid", BIT(FULL) },
	{ "MATRIX-DISPUTE-SUBJECT", 0 },
	{ "same-hidden@ll.example.org", 0 },	/* an organisation's */
	{ "lena@ll.example.org", 0 },		/* a person's */
	{ "same-contact@icb.example.org", 0 },	/* a partner's contact's */
	{ "lead@ww.example.org", 0 },		/* the chair's */
	{ "SAME-CONSULTATION", 0 },
	{ "SAME-INFLUENCE", 0 },
	{ "SAME-PLAN-ACTION", 0 },
	{ "Leek Lions", 0 },	/* an organisation in no group */
	/* The compliance report's flags that name a person (SA-9.1's
	 * ended terms, SA-7.1 and SA-7.2's chairs) or a member's possible
	 * breach (SA-13.2): the officers' only. */
	{ "the seat is no longer theirs", 0 },
	{ "the chair's term (Garry Jones) ended", 0 },
	{ "Stone Scouts is suspended", 0 },
};
#define NMARKERS	(sizeof(marker) / sizeof(marker[0]))

/* The viewer pairs: a token and the sessions it stands for. */
static const struct { enum role token, page; } vp[] = {
	{ TPUB, ANON }, { TMEM, ASSOC }, { TMEM, FULL },
};
#define NVP	(sizeof(vp) / sizeof(vp[0]))

/* Every answer read, once: path, viewer, body (NULL unless 200). */
#define MAXSEEN	600
static struct seen {
	char		 path[256];
	enum role	 ro;
	char		*body;
} seen[MAXSEEN];
static size_t	 nseen;
static int	 compared, wrong;

static void
wrong_answer(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprint_error(fmt, ap);
	va_end(ap);
	wrong++;
}

/* What ro is answered at path (NULL: not 200). */
static const char *
read_as(enum role ro, const char *path)
{
	struct resp	 r;
	size_t		 i;

	for (i = 0; i < nseen; i++)
		if (seen[i].ro == ro && strcmp(seen[i].path, path) == 0)
			return seen[i].body;
	assert_true(nseen < MAXSEEN);
	as(ro, path, NULL, &r);
	snprintf(seen[nseen].path, sizeof(seen[0].path), "%s", path);
	seen[nseen].ro = ro;
	seen[nseen].body = r.status == 200 ? r.body : NULL;
	if (r.status != 200)
		resp_free(&r);
	return seen[nseen++].body;
}

/* s as the pages' escaper writes it (render/html.c); out 1024. */
static void
escaped(const char *s, char *out)
{
	size_t	 n = 0;

	for (; *s != '\0' && n < 1000; s++) {
		const char *e = *s == '&' ? "&amp;" : *s == '<' ? "&lt;" :
		    *s == '>' ? "&gt;" : *s == '"' ? "&quot;" : *s == '\'' ?
		    "&#39;" : NULL;

		if (e != NULL)
			n += (size_t)snprintf(out + n, 1024 - n, "%s", e);
		else
			out[n++] = *s;
	}
	out[n] = '\0';
}

/* 1 when key is one of the words of keys. */
static int
named(const char *keys, const char *key)
{
	size_t len = strlen(key);

	for (; *keys != '\0'; keys += strspn(keys, " ")) {
		size_t w = strcspn(keys, " ");

		if (w == len && strncmp(keys, key, len) == 0)
			return 1;
		keys += w;
	}
	return 0;
}

/* Every text under one of keys in j must be on one of pages, as ro
 * reads them. */
static void
shown(const struct pair *pr, enum role tok, enum role ro, json_t *j)
{
	const char	*key, *p;
	char		 want[1024], path[256];
	json_t		*v;
	size_t		 i, w;
	int		 found;

	if (json_is_array(j))
		json_array_foreach(j, i, v)
			shown(pr, tok, ro, v);
	if (!json_is_object(j))
		return;
	json_object_foreach(j, key, v) {
		if (!json_is_string(v) || !named(pr->keys, key)) {
			shown(pr, tok, ro, v);
			continue;
		}
		escaped(json_string_value(v), want);
		found = 0;
		for (p = pr->pages; !found && *p != '\0'; p += w) {
			p += strspn(p, " ");
			w = strcspn(p, " ");
			snprintf(path, sizeof(path), "%.*s", (int)w, p);
			const char *b = read_as(ro, path);

			found = b != NULL && strstr(b, want) != NULL;
		}
		if (getenv("SAME_SHOW") != NULL)
			printf("%-34s %-6s %s: %s\n", pr->api, key, found ?
			    "on the page" : "MISSING", json_string_value(v));
		compared++;
		if (!found)
			wrong_answer("%s shows the %s %s '%s'; %s do not show "
			    "it to the %s\n", pr->api, viewer[tok].name, key,
			    json_string_value(v), pr->pages, viewer[ro].name);
	}
}

/* 1 when any answer read by ro holds text. */
static int
reveals(enum role ro, const char *text)
{
	size_t i;

	for (i = 0; i < nseen; i++)
		if (seen[i].ro == ro && seen[i].body != NULL &&
		    strstr(seen[i].body, text) != NULL)
			return 1;
	return 0;
}

static int
same_setup(void **state)
{
	char cmd[2048];

	if (roles_setup(state) != 0)
		return -1;
	snprintf(cmd, sizeof(cmd), "ALLIANCE='%s' DB='%s'; (%s) >/dev/null",
	    getenv("ALLIANCE"), db, more);
	return system(cmd) == 0 ? 0 : -1;
}

static int
same_teardown(void **state)
{
	size_t i;

	for (i = 0; i < nseen; i++)
		free(seen[i].body);
	return roles_teardown(state);
}

/* Every API route the router lists is paired with its pages. */
static void
test_every_api_route_has_its_pages(void **state)
{
	size_t i, k;

	(void)state;
	wrong = 0;
	for (i = 0; i < nroute; i++) {
		if (strncmp(route[i].access, "token-", 6) != 0)
			continue;
		for (k = 0; k < NPAIRS && !matches(route[i].pattern,
		    pair[k].api); k++)
			;
		if (k == NPAIRS)
			wrong_answer("%s: no pages paired with it\n",
			    route[i].pattern);
	}
	assert_int_equal(wrong, 0);
}

/*
 * ASVS 8.2.2 (data-specific access) and 8.3.1 (decided at one trusted
 * layer): what each API path tells a token, its pages tell the viewer
 * the token stands for.
 */
static void
test_api_records_are_on_the_pages(void **state)
{
	json_error_t	 e;
	json_t		*j;
	const char	*b;
	size_t		 i, k;

	(void)state;
	wrong = 0;
	for (i = 0; i < NVP; i++)
		for (k = 0; k < NPAIRS; k++) {
			if ((pair[k].not & BIT(vp[i].page)) ||
			    (b = read_as(vp[i].token, pair[k].api)) == NULL)
				continue;
			j = json_loads(b, 0, &e);
			assert_non_null(j);
			shown(&pair[k], vp[i].token, vp[i].page, j);
			json_decref(j);
		}
	assert_int_equal(wrong, 0);
}

/*
 * Every API path and every page, for each viewer pair: each marker is
 * revealed by both or by neither.
 */
static void
test_every_path_reveals_the_same(void **state)
{
	char		 (*path)[256] = calloc(MAXROUTES + 8, 256);
	size_t		 i, k, n;
	int		 a, p;

	(void)state;
	wrong = 0;
	assert_non_null(path);
	n = page_paths(path, MAXROUTES);
	for (i = 0; i < 4; i++)
		snprintf(path[n++], 256, "/meetings/%zu", i + 1);
	for (i = 0; i < NVP; i++) {
		for (k = 0; k < n; k++)
			read_as(vp[i].page, path[k]);
		for (k = 0; k < nroute; k++)
			if (strncmp(route[k].access, "token-", 6) == 0) {
				char api[256];

				fill(route[k].pattern, api);
				read_as(vp[i].token, api);
			}
		for (k = 0; k < NPAIRS; k++)
			read_as(vp[i].token, pair[k].api);
		for (k = 0; k < NMARKERS; k++) {
			a = reveals(vp[i].token, marker[k].text);
			p = reveals(vp[i].page, marker[k].text);
			compared++;
			if (a != p && !(p && (marker[k].differs &
			    BIT(vp[i].page))))
				wrong_answer("'%s': the API %s it to the %s, "
				    "the pages %s it to the %s\n",
				    marker[k].text, a ? "shows" : "does not "
				    "show", viewer[vp[i].token].name, p ?
				    "show" : "do not show",
				    viewer[vp[i].page].name);
		}
	}
	free(path);
	print_message("same: %zu answers read, %d comparisons\n", nseen,
	    compared);
	assert_int_equal(wrong, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_api_route_has_its_pages),
		cmocka_unit_test(test_api_records_are_on_the_pages),
		cmocka_unit_test(test_every_path_reveals_the_same),
	};

	return cmocka_run_group_tests(tests, same_setup, same_teardown);
}
