/*
 * The web at the scale of many organisations: a burst of votes and
 * ballots at once (committed in groups: every one counted, each
 * organisation's second refused, the receipts valid and the audit
 * chain whole), and long lists a page at a time, in the pages (GOV.UK
 * pagination) and in the API (as doc/openapi.json says).  Nothing here
 * asserts a timing.
 *
 * Environment: as test_http.c (ALLIANCE, FIXTURE, OPENAPI, VALGRIND).
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <curl/curl.h>
#include <jansson.h>

#include "harness.h"

#define ORGS	24	/* organisations added to the forum */
#define VOTERS	12	/* of them, each voting twice at once (the server
			   keeps 32 connections from one client) */

struct voter {
	CURL	*h;
	char	 csrf[64];
	char	 cand[16];	/* the person voted for */
	long	 vote, ballot;	/* the answers' statuses */
	char	 receipt[17];
};

static size_t
keep(char *p, size_t sz, size_t n, void *arg)
{
	char	*buf = arg;
	size_t	 have = strlen(buf);

	if (have + sz * n < 16384) {
		memcpy(buf + have, p, sz * n);
		buf[have + sz * n] = '\0';
	}
	return sz * n;
}

/* POSTs body to path; its status (0: no answer).  No assertion here:
 * it runs on a thread of its own. */
static long
post(CURL *h, const char *path, const char *body, char *out)
{
	char	url[256];
	long	status = 0;

	out[0] = '\0';
	snprintf(url, sizeof(url), "%s%s", base, path);
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, keep);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, out);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, NULL);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, NULL);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
	if (curl_easy_perform(h) == CURLE_OK)
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	return status;
}

static void *
cast(void *arg)
{
	struct voter	*v = arg;
	char		 body[200], *out;
	const char	*p;

	if ((out = malloc(16384)) == NULL)
		return NULL;
	snprintf(body, sizeof(body), "csrf=%s&choice=for&confirm=yes",
	    v->csrf);
	v->vote = post(v->h, "/polls/1", body, out);
	snprintf(body, sizeof(body), "csrf=%s&candidate=%s&confirm=yes",
	    v->csrf, v->cand);
	v->ballot = post(v->h, "/elections/1", body, out);
	if ((p = strstr(out, "alliance-receipt\">")) != NULL)
		snprintf(v->receipt, sizeof(v->receipt), "%.16s",
		    p + strlen("alliance-receipt\">"));
	free(out);
	return NULL;
}

static int
count(const char *sql)
{
	char cmd[600], out[32];

	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"%s\"", db, sql);
	sh(cmd, out, sizeof(out));
	return atoi(out);
}

/* SA-8.3, SA-E2.2: a burst of votes and ballots, two at once from
 * each organisation: one of each kept, the other refused. */
static void
test_SA_8_3_SA_E2_2_burst_of_ballots_each_counted_once(void **state)
{
	struct voter	 v[2 * VOTERS];
	pthread_t	 th[2 * VOTERS];
	char		 email[64], pid[16], cmd[600], out[64];
	int		 i, j, votes = 0, ballots = 0;

	(void)state;
	add_signed_members(ORGS, "Burst Charity", "bc");
	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"SELECT id FROM person WHERE "
	    "name = 'Lead cc'\"", db);
	sh(cmd, pid, sizeof(pid));
	memset(v, 0, sizeof(v));
	for (i = 0; i < VOTERS; i++) {
		v[2 * i].h = browser();
		snprintf(email, sizeof(email), "lead@bc%02d.example.org", i);
		sign_in(v[2 * i].h, email);
		csrf_of(v[2 * i].h, "/polls/1", v[2 * i].csrf);
		v[2 * i + 1].h = same_person(v[2 * i].h);
		memcpy(v[2 * i + 1].csrf, v[2 * i].csrf, sizeof(v->csrf));
		snprintf(v[2 * i].cand, sizeof(v->cand), "%s", pid);
		snprintf(v[2 * i + 1].cand, sizeof(v->cand), "%s", pid);
	}
	for (i = 0; i < 2 * VOTERS; i++)
		assert_int_equal(pthread_create(&th[i], NULL, cast, &v[i]), 0);
	for (i = 0; i < 2 * VOTERS; i++)
		pthread_join(th[i], NULL);
	for (i = 0; i < VOTERS; i++) {
		struct voter *a = &v[2 * i], *b = &v[2 * i + 1];

		/* One of the two is kept and the other refused, for the
		 * vote and for the ballot. */
		if (!((a->vote == 200 && b->vote == 409) || (a->vote == 409 &&
		    b->vote == 200)))
			fail_msg("bc%02d: votes answered %ld and %ld", i,
			    a->vote, b->vote);
		if (!((a->ballot == 200 && b->ballot == 409) ||
		    (a->ballot == 409 && b->ballot == 200)))
			fail_msg("bc%02d: ballots answered %ld and %ld", i,
			    a->ballot, b->ballot);
		votes += (a->vote == 200) + (b->vote == 200);
		ballots += (a->ballot == 200) + (b->ballot == 200);
	}
	assert_int_equal(votes, VOTERS);
	assert_int_equal(ballots, VOTERS);
	/* Every one counted, once. */
	assert_int_equal(count("SELECT count(*) FROM motion_vote v JOIN "
	    "organisation o ON o.id = v.organisation_id WHERE v.motion_id = 1 "
	    "AND o.short_name LIKE 'bc%'"), VOTERS);
	assert_int_equal(count("SELECT count(*) FROM ballot_voter b JOIN "
	    "organisation o ON o.id = b.organisation_id WHERE b.election_id = "
	    "1 AND o.short_name LIKE 'bc%'"), VOTERS);
	/* The audit chain and every row it vouches for. */
	snprintf(cmd, sizeof(cmd), "%s --db %s audit verify >/dev/null",
	    getenv("ALLIANCE"), db);
	assert_int_equal(system(cmd), 0);
	/* Each receipt is a ballot in the count, each once. */
	snprintf(cmd, sizeof(cmd), "ALLIANCE_NOW=2025-07-01T09:00 %s --db %s "
	    "election count 1 >/dev/null", getenv("ALLIANCE"), db);
	assert_int_equal(system(cmd), 0);
	for (i = 0; i < 2 * VOTERS; i++) {
		if (v[i].ballot != 200)
			continue;
		assert_int_equal(strspn(v[i].receipt, "0123456789abcdef"), 16);
		for (j = 0; j < i; j++)
			assert_string_not_equal(v[i].receipt, v[j].receipt);
		snprintf(cmd, sizeof(cmd), "%s --db %s election receipts 1 "
		    "--receipt %s | grep -c %s", getenv("ALLIANCE"), db,
		    v[i].receipt, v[i].receipt);
		sh(cmd, out, sizeof(out));
		assert_string_equal(out, "1");
	}
	snprintf(cmd, sizeof(cmd), "%s --db %s audit verify >/dev/null",
	    getenv("ALLIANCE"), db);
	assert_int_equal(system(cmd), 0);
	for (i = 0; i < 2 * VOTERS; i++)
		curl_easy_cleanup(v[i].h);
}

/* The names of the organisations in a page of /members, appended to
 * seen (one a line). */
static int
rows_of(const char *body, char *seen, size_t seensz)
{
	const char	*p = body, *e;
	int		 n = 0;

	while ((p = strstr(p, "Burst Charity ")) != NULL) {
		e = p + strlen("Burst Charity 00");
		if (strlen(seen) + 20 < seensz) {
			strncat(seen, p, (size_t)(e - p));
			strcat(seen, "\n");
		}
		n++;
		p = e;
	}
	return n;
}

/* The register of members, 25 rows a page, with GOV.UK's pagination. */
static void
test_SA_3_2_members_register_a_page_at_a_time(void **state)
{
	static const char *const bad[] = { "0", "-1", "abc", "1.5", "2x",
	    "01", "99999999999", "%20" };
	CURL		*h = browser();
	struct resp	 r;
	char		 path[64], seen[4096] = "", name[32];
	int		 total, pages, i, n = 0;

	(void)state;
	total = count("SELECT count(*) FROM membership");
	pages = (total + 24) / 25;
	assert_true(pages >= 2);
	http(h, "/members", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "class=\"govuk-pagination\""));
	assert_non_null(strstr(r.body, "href=\"/members?page=2\" rel=\"next\""));
	assert_null(strstr(r.body, "rel=\"prev\""));
	assert_non_null(strstr(r.body, "aria-current=\"page\">1</a>"));
	n += rows_of(r.body, seen, sizeof(seen));
	resp_free(&r);
	for (i = 2; i <= pages; i++) {
		snprintf(path, sizeof(path), "/members?page=%d", i);
		http(h, path, NULL, NULL, &r);
		assert_int_equal(r.status, 200);
		snprintf(path, sizeof(path), "aria-current=\"page\">%d</a>", i);
		assert_non_null(strstr(r.body, path));
		snprintf(path, sizeof(path), "href=\"/members?page=%d\" "
		    "rel=\"prev\"", i - 1);
		assert_non_null(strstr(r.body, path));
		n += rows_of(r.body, seen, sizeof(seen));
		resp_free(&r);
	}
	/* Every burst member once, over the pages. */
	assert_int_equal(n, ORGS);
	for (i = 0; i < ORGS; i++) {
		snprintf(name, sizeof(name), "Burst Charity %02d\n", i);
		assert_non_null(strstr(seen, name));
	}
	/* A page that is not a whole number from 1: 400 naming it. */
	for (i = 0; i < (int)(sizeof(bad) / sizeof(bad[0])); i++) {
		snprintf(path, sizeof(path), "/members?page=%s", bad[i]);
		http(h, path, NULL, NULL, &r);
		if (r.status != 400 || strstr(r.body, "page") == NULL ||
		    strstr(r.body, "Burst Charity") != NULL)
			fail_msg("%s answered %ld", path, r.status);
		resp_free(&r);
	}
	/* Past the last: 404, with the way to the last. */
	snprintf(path, sizeof(path), "/members?page=%d", pages + 1);
	http(h, path, NULL, NULL, &r);
	assert_int_equal(r.status, 404);
	snprintf(path, sizeof(path), "href=\"/members?page=%d\"", pages);
	assert_non_null(strstr(r.body, path));
	resp_free(&r);
	curl_easy_cleanup(h);
}

/* The value of header name in r, or "". */
static void
header(const struct resp *r, const char *name, char *out, size_t outsz)
{
	const char	*p = strcasestr(r->headers, name);
	size_t		 n;

	out[0] = '\0';
	if (p == NULL)
		return;
	p += strlen(name);
	n = strcspn(p, "\r\n");
	snprintf(out, outsz, "%.*s", (int)n, p);
}

/* Every list of the API a page at a time, as doc/openapi.json says;
 * every list that is paged is documented so. */
static void
test_api_lists_paged_as_documented(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 auth[200], path[256], total[32], link[400];
	json_t		*doc, *paths, *v, *body, *params;
	const char	*k;
	size_t		 all;

	(void)state;
	doc = json_load_file(getenv("OPENAPI"), 0, NULL);
	assert_non_null(doc);
	paths = json_object_get(doc, "paths");
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	json_object_foreach(paths, k, v) {
		if (strchr(k, '{') != NULL)
			continue;
		params = json_object_get(json_object_get(v, "get"),
		    "parameters");
		snprintf(path, sizeof(path), "/api/v1%s?limit=500", k);
		http(h, path, NULL, auth, &r);
		assert_int_equal(r.status, 200);
		body = json_loads(r.body, 0, NULL);
		header(&r, "X-Total-Count: ", total, sizeof(total));
		resp_free(&r);
		if (!json_is_array(body)) {
			/* A record, not a list: not paged, not said to be. */
			assert_int_equal(json_array_size(params), 0);
			assert_string_equal(total, "");
			json_decref(body);
			continue;
		}
		if (json_array_size(params) != 2)
			fail_msg("%s is paged but its parameters are not "
			    "documented", k);
		all = json_array_size(body);
		json_decref(body);
		assert_int_equal(atoi(total), (int)all);
		/* One a page: the first row, the count of all, the links. */
		snprintf(path, sizeof(path), "/api/v1%s?limit=1", k);
		http(h, path, NULL, auth, &r);
		assert_int_equal(r.status, 200);
		body = json_loads(r.body, 0, NULL);
		assert_int_equal(json_array_size(body), all > 0 ? 1 : 0);
		json_decref(body);
		header(&r, "X-Total-Count: ", total, sizeof(total));
		assert_int_equal(atoi(total), (int)all);
		header(&r, "Link: ", link, sizeof(link));
		assert_non_null(strstr(link, "?page=1&limit=1>; rel=\"first\""));
		if (all > 1)
			assert_non_null(strstr(link, "?page=2&limit=1>; "
			    "rel=\"next\""));
		resp_free(&r);
		/* Refusals name the parameter. */
		snprintf(path, sizeof(path), "/api/v1%s?page=abc", k);
		http(h, path, NULL, auth, &r);
		assert_int_equal(r.status, 400);
		assert_non_null(strstr(r.body, "\"field\": \"page\""));
		resp_free(&r);
		snprintf(path, sizeof(path), "/api/v1%s?limit=501", k);
		http(h, path, NULL, auth, &r);
		assert_int_equal(r.status, 400);
		assert_non_null(strstr(r.body, "\"field\": \"limit\""));
		resp_free(&r);
		snprintf(path, sizeof(path), "/api/v1%s?page=%zu&limit=1", k,
		    all + 1 + (all == 0));
		http(h, path, NULL, auth, &r);
		assert_int_equal(r.status, 404);
		assert_non_null(strstr(r.body, "\"field\": \"page\""));
		resp_free(&r);
	}
	json_decref(doc);
	curl_easy_cleanup(h);
}

/* A member's own page is kept for their session alone, and made again
 * when the data changes. */
static void
test_own_page_kept_per_session_until_the_data_changes(void **state)
{
	CURL		*a = browser(), *b = browser();
	struct resp	 r;
	char		 cmd[600];
	int		 i;

	(void)state;
	sign_in(a, "lead@kyt.example.org");
	sign_in(b, "lead@pp.example.org");
	/* Asked in turn, the answers come from the same connection of the
	 * server's pool, and from its kept pages the second time. */
	for (i = 0; i < 3; i++) {
		http(a, "/me", NULL, NULL, &r);
		assert_int_equal(r.status, 200);
		assert_non_null(strstr(r.body, "Kinver Youth Trust"));
		assert_null(strstr(r.body, "Penkridge Pantry"));
		assert_null(strstr(r.body, "Kept for a session"));
		resp_free(&r);
		http(b, "/me", NULL, NULL, &r);
		assert_int_equal(r.status, 200);
		assert_non_null(strstr(r.body, "Penkridge Pantry"));
		assert_null(strstr(r.body, "Kinver Youth Trust"));
		resp_free(&r);
	}
	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-06-25 %s --db %s "
	    "decision poll --group southwest --text 'Kept for a session' "
	    "--opens 2025-06-25T09:00 --closes 2025-06-30T17:00 >/dev/null",
	    getenv("ALLIANCE"), db);
	assert_int_equal(system(cmd), 0);
	http(a, "/me", NULL, NULL, &r);
	assert_non_null(strstr(r.body, "Kept for a session"));
	resp_free(&r);
	/* Signed out, the page is not there to be had. */
	curl_easy_setopt(a, CURLOPT_COOKIELIST, "ALL");
	http(a, "/me", NULL, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	curl_easy_cleanup(a);
	curl_easy_cleanup(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_8_3_SA_E2_2_burst_of_ballots_each_counted_once),
		cmocka_unit_test(test_SA_3_2_members_register_a_page_at_a_time),
		cmocka_unit_test(test_api_lists_paged_as_documented),
		cmocka_unit_test(
		    test_own_page_kept_per_session_until_the_data_changes),
	};

	if (getenv("ALLIANCE") == NULL || getenv("FIXTURE") == NULL ||
	    getenv("OPENAPI") == NULL) {
		fprintf(stderr, "set ALLIANCE, FIXTURE and OPENAPI\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
