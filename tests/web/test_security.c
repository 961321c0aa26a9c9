/*
 * Security tests against the real server (harness.c starts it over the
 * arrangement of tests/web/fixture.sh): each input an attacker was
 * found to send, sent again, with the answer that keeps the server
 * standing and the database as it was.  Beside each test, the OWASP
 * ASVS 5.0 requirement it shows.
 *
 * Environment: ALLIANCE (the binary), FIXTURE (fixture.sh), OPENAPI
 * (doc/openapi.json), and VALGRIND (a prefix for the server) if set.
 */
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

#include "harness.h"

#define BOUNDARY	"alliance-test-boundary"
#define MULTIPART	"Content-Type: multipart/form-data; boundary=" BOUNDARY

/* An officer signed in with the password; the session stays in h. */
static void
officer_sign_in(CURL *h)
{
	struct resp	 r;
	char		 csrf[64], body[300];

	csrf_of(h, "/sign-in", csrf);
	snprintf(body, sizeof(body), "csrf=%s&officer-email=olive@sus.example"
	    ".org&password=correct+horse+battery+staple", csrf);
	http(h, "/sign-in-password", body, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
}

/* The server still answers: it did not fall over. */
static void
still_serving(void)
{
	CURL		*h = browser();
	struct resp	 r;

	http(h, "/forums", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	curl_easy_cleanup(h);
}

/* --- the tests --- */

/*
 * ASVS 1.2 (injection) and 2.2.1 (input validated): a multipart part
 * with no name in its Content-Disposition reached the form parser with
 * a NULL name and crashed the server, signed in or not, before any
 * route was chosen.  Now the whole form is refused.
 */
static void
test_multipart_part_without_a_name_is_refused(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 before[64], after[64];

	(void)state;
	digest(before);
	http(h, "/sign-in", "--" BOUNDARY "\r\nContent-Disposition: "
	    "form-data\r\n\r\nhello\r\n--" BOUNDARY "--\r\n", MULTIPART, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "This form cannot be read"));
	resp_free(&r);
	/* A file part without a name, on the officers' import. */
	http(h, "/officer/import", "--" BOUNDARY "\r\nContent-Disposition: "
	    "form-data; filename=\"a.csv\"\r\n\r\nname\r\nx\r\n--" BOUNDARY
	    "--\r\n", MULTIPART, &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	still_serving();
	curl_easy_cleanup(h);
}

/*
 * ASVS 2.2.1, 3.5.1 (CSRF): a field given twice was joined, so
 * "csrf=&csrf=TOKEN" read as TOKEN.  Now a form or a query that names
 * a field twice is refused whole and changes nothing.
 */
static void
test_duplicate_fields_are_refused(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[300], before[64], after[64];

	(void)state;
	sign_in(h, "lead@pp.example.org");
	csrf_of(h, "/polls/1", csrf);
	digest(before);
	snprintf(body, sizeof(body), "csrf=&csrf=%s&choice=for", csrf);
	http(h, "/polls/1", body, NULL, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "sent twice"));
	resp_free(&r);
	snprintf(body, sizeof(body), "csrf=%s&choice=against&choice=for",
	    csrf);
	http(h, "/polls/1", body, NULL, &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	http(h, "/polls/1", "--" BOUNDARY "\r\nContent-Disposition: form-data; "
	    "name=\"choice\"\r\n\r\nfor\r\n--" BOUNDARY "\r\nContent-"
	    "Disposition: form-data; name=\"choice\"\r\n\r\nagainst\r\n--"
	    BOUNDARY "--\r\n", MULTIPART, &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	http(h, "/meetings?a=1&a=2", NULL, NULL, &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	/* Once each, the same vote is taken. */
	snprintf(body, sizeof(body), "csrf=%s&choice=for", csrf);
	http(h, "/polls/1", body, NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	curl_easy_cleanup(h);
}

/*
 * ASVS 1.4 (memory safety): a header column name of about 360 bytes
 * overflowed the message buffer of the CSV import.  Now the file is
 * refused with a problem naming the column, and nothing is imported.
 */
static void
test_import_long_header_name_is_refused(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[2048], name[400], before[64], after[64];

	(void)state;
	officer_sign_in(h);
	csrf_of(h, "/officer/import", csrf);
	memset(name, 'x', 360);
	name[360] = '\0';
	snprintf(body, sizeof(body), "--" BOUNDARY "\r\nContent-Disposition: "
	    "form-data; name=\"csrf\"\r\n\r\n%s\r\n--" BOUNDARY "\r\n"
	    "Content-Disposition: form-data; name=\"kind\"\r\n\r\n"
	    "organisations\r\n--" BOUNDARY "\r\nContent-Disposition: "
	    "form-data; name=\"file\"; filename=\"orgs.csv\"\r\nContent-Type: "
	    "text/csv\r\n\r\nname,%s\r\nNew Org,x\r\n--" BOUNDARY "--\r\n",
	    csrf, name);
	digest(before);
	http(h, "/officer/import", body, MULTIPART, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "olumn 2 has a name that is not "
	    "known"));
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	still_serving();
	curl_easy_cleanup(h);
}

/*
 * ASVS 2.2.1: the officer's constitution form without its text, or
 * with text that is not UTF-8, crashed the server.  Now it is refused,
 * naming the field, and nothing changes.
 */
static void
test_constitution_missing_or_not_utf8_is_refused(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[300], before[64], after[64];

	(void)state;
	officer_sign_in(h);
	csrf_of(h, "/officer/constitution", csrf);
	digest(before);
	snprintf(body, sizeof(body), "csrf=%s&effective-day=1&effective-month="
	    "9&effective-year=2025", csrf);
	http(h, "/officer/constitution", body, NULL, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "href=\"#constitution\""));
	resp_free(&r);
	snprintf(body, sizeof(body), "csrf=%s&constitution=quorum+%%3D+%%FF"
	    "%%FE&effective-day=1&effective-month=9&effective-year=2025",
	    csrf);
	http(h, "/officer/constitution", body, NULL, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "href=\"#constitution\""));
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	still_serving();
	curl_easy_cleanup(h);
}

static void
test_security_headers_on_every_answer(void **state)
{
	static const char *const paths[] = { "/", "/forums", "/nope",
	    "/assets/govuk-frontend.min.css", "/api/v1/organisations" };
	CURL		*h = browser();
	struct resp	 r;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		http(h, paths[i], NULL, NULL, &r);
		assert_non_null(strstr(r.headers, "Content-Security-Policy: "
		    "default-src 'self'; script-src 'self'"));
		assert_non_null(strstr(r.headers, "frame-ancestors 'none'"));
		assert_null(strstr(r.headers, "unsafe-inline"));
		assert_non_null(strstr(r.headers,
		    "X-Content-Type-Options: nosniff"));
		assert_non_null(strstr(r.headers, "Referrer-Policy: "));
		resp_free(&r);
	}
	curl_easy_cleanup(h);
}

/* X-Forwarded-Proto is believed only with --trust-proxy. */
static void
test_proxy_header_not_trusted_by_default(void **state)
{
	CURL		*h = browser();
	struct resp	 r;

	(void)state;
	http(h, "/sign-in", NULL, "X-Forwarded-Proto: https", &r);
	assert_non_null(strstr(r.headers, "alliance_csrf="));
	assert_null(strstr(r.headers, "Secure"));
	resp_free(&r);
	curl_easy_cleanup(h);
}

static void
test_unknown_email_gets_the_same_answer(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[200], before[64], after[64];

	(void)state;
	digest(before);
	csrf_of(h, "/sign-in", csrf);
	snprintf(body, sizeof(body), "csrf=%s&email=nobody@example.org", csrf);
	http(h, "/sign-in", body, NULL, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "Check your email"));
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	snprintf(body, sizeof(body), "csrf=%s&email=not-an-address", csrf);
	http(h, "/sign-in", body, NULL, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "govuk-error-summary"));
	assert_non_null(strstr(r.body, "href=\"#email\""));
	assert_non_null(strstr(r.body, "value=\"not-an-address\""));
	resp_free(&r);
	curl_easy_cleanup(h);
}

static void
test_forged_csrf_is_refused(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 before[64], after[64];

	(void)state;
	sign_in(h, "lead@pp.example.org");
	digest(before);
	http(h, "/polls/1", "csrf=forged-token-forged-token-forged-token-123"
	    "&choice=for", NULL, &r);
	assert_int_equal(r.status, 403);
	assert_non_null(strstr(r.body, "This form has expired"));
	resp_free(&r);
	http(h, "/polls/1", "choice=for", NULL, &r);
	assert_int_equal(r.status, 403);
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	curl_easy_cleanup(h);
}

static void
test_tampered_session_is_not_signed_in(void **state)
{
	CURL		*h = browser();
	struct resp	 r;

	(void)state;
	http(h, "/me", NULL, "Cookie: alliance_session="
	    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "Location: /sign-in"));
	resp_free(&r);
	http(h, "/me", NULL, "Cookie: alliance_session=../../etc", &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	curl_easy_cleanup(h);
}

static void
test_overlong_body_is_refused(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		*big, before[64], after[64];

	(void)state;
	digest(before);
	big = malloc(200 * 1024);
	memset(big, 'a', 200 * 1024 - 1);
	memcpy(big, "email=", 6);
	big[200 * 1024 - 1] = '\0';
	http(h, "/sign-in", big, NULL, &r);
	assert_int_equal(r.status, 413);
	resp_free(&r);
	free(big);
	digest(after);
	assert_string_equal(before, after);
	curl_easy_cleanup(h);
}

/* Five wrong passwords for an address hold it back for fifteen
 * minutes, whether or not it has an account; other addresses are not
 * held back. */
static void
test_password_attempts_are_limited(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[300];
	int		 i;

	(void)state;
	csrf_of(h, "/sign-in", csrf);
	for (i = 0; i < 5; i++) {
		snprintf(body, sizeof(body), "csrf=%s&officer-email=nobody@"
		    "example.org&password=guess-%d", csrf, i);
		http(h, "/sign-in-password", body, NULL, &r);
		assert_int_equal(r.status, 400);
		assert_non_null(strstr(r.body, "not right"));
		resp_free(&r);
	}
	snprintf(body, sizeof(body), "csrf=%s&officer-email=NOBODY@example"
	    ".org&password=guess-6", csrf);
	http(h, "/sign-in-password", body, NULL, &r);
	assert_int_equal(r.status, 429);
	assert_non_null(strstr(r.body, "oo many attempts"));
	resp_free(&r);
	/* Another address is not held back by them. */
	snprintf(body, sizeof(body), "csrf=%s&officer-email=olive@sus.example"
	    ".org&password=correct+horse+battery+staple", csrf);
	http(h, "/sign-in-password", body, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	curl_easy_cleanup(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_security_headers_on_every_answer),
		cmocka_unit_test(test_proxy_header_not_trusted_by_default),
		cmocka_unit_test(test_unknown_email_gets_the_same_answer),
		cmocka_unit_test(test_forged_csrf_is_refused),
		cmocka_unit_test(test_tampered_session_is_not_signed_in),
		cmocka_unit_test(test_overlong_body_is_refused),
		cmocka_unit_test(test_password_attempts_are_limited),
		cmocka_unit_test(test_multipart_part_without_a_name_is_refused),
		cmocka_unit_test(test_duplicate_fields_are_refused),
		cmocka_unit_test(test_import_long_header_name_is_refused),
		cmocka_unit_test(test_constitution_missing_or_not_utf8_is_refused),
	};

	if (getenv("ALLIANCE") == NULL || getenv("FIXTURE") == NULL ||
	    getenv("OPENAPI") == NULL) {
		fprintf(stderr, "set ALLIANCE, FIXTURE and OPENAPI\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
