/*
 * Text is UTF-8 everywhere, on the web: a form field (public, member,
 * officer, the constitution) or an API reference that is not UTF-8 is
 * refused by its name and changes nothing; a stored value that is not
 * (an older database, an outside edit) still reads, with U+FFFD.
 *
 * Against the real server, with the harness of tests/web/harness.h:
 * `alliance serve` on a free loopback port over the arrangement of
 * tests/web/fixture.sh, driven with libcurl.  Environment: ALLIANCE,
 * FIXTURE, and VALGRIND (a prefix for the server) if set.
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

static char	 auth[200];	/* the header with the harness's token */

/* POSTs body to path and expects the form refused, naming label, with
 * the database as it was. */
static void
refused(CURL *h, const char *path, const char *body, const char *label)
{
	struct resp	r;
	char		before[64], after[64], want[128];

	digest(before);
	http(h, path, body, NULL, &r);
	assert_int_equal(r.status, 400);
	snprintf(want, sizeof(want), "%s: not valid UTF-8 text", label);
	if (strstr(r.body, want) == NULL)
		fail_msg("%s: no \"%s\" in the answer", path, want);
	assert_non_null(strstr(r.body, "Nothing was changed"));
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
}

/* Olive signed in; csrf: a token of the officer's forms. */
static void
officer(CURL *h, char csrf[64])
{
	officer_sign_in(h);
	csrf_of(h, "/officer/organisations", csrf);
}

/* --- the tests --- */

/* A visitor's sign-in address: no message is queued. */
static void
test_public_form_refuses_bad_text(void **state)
{
	CURL	*h = browser();
	char	 csrf[64], body[200];

	(void)state;
	csrf_of(h, "/sign-in", csrf);
	snprintf(body, sizeof(body), "csrf=%s&email=lead%%FF@ww.example.org",
	    csrf);
	refused(h, "/sign-in", body, "Email");
	curl_easy_cleanup(h);
}

/* A member signing the declaration, with a name in Windows-1252. */
static void
test_member_form_refuses_bad_text(void **state)
{
	CURL	*h = browser();
	char	 csrf[64], body[300];

	(void)state;
	sign_in(h, "asha@bct.example.org");
	csrf_of(h, "/me/sign", csrf);
	snprintf(body, sizeof(body), "csrf=%s&name=Asha+Patel&role=Caf%%E9+"
	    "Chair&date-day=25&date-month=6&date-year=2025&authority=yes",
	    csrf);
	refused(h, "/me/sign", body, "Role");
	curl_easy_cleanup(h);
}

/* The officer's forms: an organisation's name and short name. */
static void
test_officer_form_refuses_bad_text(void **state)
{
	CURL	*h = browser();
	char	 csrf[64], body[300];

	(void)state;
	officer(h, csrf);
	snprintf(body, sizeof(body), "csrf=%s&name=%%FF&sector=vcse", csrf);
	refused(h, "/officer/organisations", body, "Name");
	snprintf(body, sizeof(body), "csrf=%s&name=Stone+Shed&short_name="
	    "S%%C3&sector=vcse", csrf);
	refused(h, "/officer/organisations", body, "Short name");
	curl_easy_cleanup(h);
}

/* The constitution the officer uploads (pastes) on its page. */
static void
test_constitution_upload_refuses_bad_text(void **state)
{
	CURL	*h = browser();
	char	 csrf[64], body[300];

	(void)state;
	officer(h, csrf);
	snprintf(body, sizeof(body), "csrf=%s&constitution=arrangement.name"
	    "+%%3D+Caf%%E9+Alliance%%0A&effective-day=1&effective-month=9&"
	    "effective-year=2025", csrf);
	refused(h, "/officer/constitution", body, "Constitution");
	curl_easy_cleanup(h);
}

/* The API: a reference that is not UTF-8 is named. */
static void
test_api_refuses_bad_ref(void **state)
{
	CURL		*h = browser();
	struct resp	 r;

	(void)state;
	http(h, "/api/v1/organisations/Caf%E9", NULL, auth, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "\"field\": \"ref\""));
	assert_non_null(strstr(r.body, "ref: not valid UTF-8 text"));
	resp_free(&r);
	curl_easy_cleanup(h);
}

/* A value stored before the check (or edited outside) still reads:
 * the list, the record and the register show U+FFFD in its place.  (A
 * member's name: a token reads only the organisations the registers
 * name.) */
static void
test_stored_bad_text_reads_with_replacement(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	json_t		*j;
	char		 cmd[300];

	(void)state;
	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"UPDATE organisation SET "
	    "name = CAST(X'427265776F6F6420FF4265667269656E64657273' AS TEXT) "
	    "WHERE short_name = 'bb'\"", db);
	sh(cmd, NULL, 0);
	http(h, "/api/v1/organisations", NULL, auth, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(j = json_loads(r.body, 0, NULL));
	assert_true(json_array_size(j) > 5);
	json_decref(j);
	assert_non_null(strstr(r.body, "Brewood \xef\xbf\xbd" "Befrienders"));
	resp_free(&r);
	http(h, "/api/v1/organisations/bb", NULL, auth, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "Brewood \xef\xbf\xbd" "Befrienders"));
	resp_free(&r);
	curl_easy_cleanup(h);
}

/* The harness's setup, and the token's header for the API. */
static int
text_setup(void **state)
{
	if (setup(state) != 0)
		return -1;
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_public_form_refuses_bad_text),
		cmocka_unit_test(test_member_form_refuses_bad_text),
		cmocka_unit_test(test_officer_form_refuses_bad_text),
		cmocka_unit_test(test_constitution_upload_refuses_bad_text),
		cmocka_unit_test(test_api_refuses_bad_ref),
		/* Last: it edits a row behind the audit log's back. */
		cmocka_unit_test(test_stored_bad_text_reads_with_replacement),
	};

	if (getenv("ALLIANCE") == NULL || getenv("FIXTURE") == NULL) {
		fprintf(stderr, "set ALLIANCE and FIXTURE\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, text_setup, teardown);
}
