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
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <cmocka.h>
#include <curl/curl.h>

#include "harness.h"

#define BOUNDARY	"alliance-test-boundary"
#define MULTIPART	"Content-Type: multipart/form-data; boundary=" BOUNDARY

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

/* A digest of every row but the count of sign-in link requests. */
static void
business(char out[64])
{
	char cmd[300];

	snprintf(cmd, sizeof(cmd), "sqlite3 %s .dump | grep -v '^INSERT INTO "
	    "signin_request' | md5sum", db);
	sh(cmd, out, 64);
}

/* How many rows a query counts. */
static int
count(const char *sql)
{
	char cmd[600], n[32];

	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"%s\"", db, sql);
	sh(cmd, n, sizeof(n));
	return atoi(n);
}

/* The path of the newest sign-in link mailed to email (n = 0), or the
 * one before it (n = 1); out 128 bytes, "" when there is none. */
static void
link_of(const char *email, int n, char *out)
{
	char cmd[500];

	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"SELECT body_text FROM outbox "
	    "WHERE kind = 'sign-in' AND recipient = '%s' ORDER BY id DESC "
	    "LIMIT 1 OFFSET %d\" | grep -o '/sign-in/[A-Za-z0-9_-]*' | "
	    "head -1", db, email, n);
	sh(cmd, out, 128);
}

/* Asks for a sign-in link for email as client (X-Forwarded-For, which
 * the server believes with --trust-proxy); the answer's time in us. */
static long
ask_link(const char *email, const char *client)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[300], xff[100];
	curl_off_t	 us = 0;

	snprintf(xff, sizeof(xff), "X-Forwarded-For: %s", client);
	csrf_of(h, "/sign-in", csrf);
	snprintf(body, sizeof(body), "csrf=%s&email=%s", csrf, email);
	http(h, "/sign-in", body, xff, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "Check your email"));
	resp_free(&r);
	curl_easy_getinfo(h, CURLINFO_TOTAL_TIME_T, &us);
	curl_easy_cleanup(h);
	return (long)us;
}

/* A TCP connection to the server from the loopback address src. */
static int
tcp_from(const char *src)
{
	struct sockaddr_in	 a, b;
	int			 fd;

	assert_true((fd = socket(AF_INET, SOCK_STREAM, 0)) >= 0);
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	inet_pton(AF_INET, src, &a.sin_addr);
	assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof(a)), 0);
	memset(&b, 0, sizeof(b));
	b.sin_family = AF_INET;
	inet_pton(AF_INET, "127.0.0.1", &b.sin_addr);
	b.sin_port = htons((uint16_t)atoi(strrchr(base, ':') + 1));
	assert_int_equal(connect(fd, (struct sockaddr *)&b, sizeof(b)), 0);
	return fd;
}

/* 1 when the server has closed fd (or reset it). */
static int
closed(int fd)
{
	char	c;
	ssize_t	n = recv(fd, &c, 1, MSG_DONTWAIT);

	return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

static int
by_value(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
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
	/* Every form field that is not UTF-8 is refused by its name,
	 * before any page handles it. */
	assert_non_null(strstr(r.body, "Constitution: not valid UTF-8"));
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
	business(before);
	csrf_of(h, "/sign-in", csrf);
	snprintf(body, sizeof(body), "csrf=%s&email=nobody@example.org", csrf);
	http(h, "/sign-in", body, NULL, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "Check your email"));
	resp_free(&r);
	business(after);
	assert_string_equal(before, after);
	digest(before);
	snprintf(body, sizeof(body), "csrf=%s&email=not-an-address", csrf);
	http(h, "/sign-in", body, NULL, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "govuk-error-summary"));
	assert_non_null(strstr(r.body, "href=\"#email\""));
	assert_non_null(strstr(r.body, "value=\"not-an-address\""));
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
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
	officer_sign_in(h);
	curl_easy_cleanup(h);
}

/*
 * ASVS 5.0 16.2.5 (sensitive data kept out of logs) and 16.4.1 (log
 * injection): the access log shows a sign-in link's path with its
 * secret replaced, and what a client sends (a %0a, an escape sequence)
 * is written escaped, one request a line.
 */
static void
test_access_log_hides_links_and_escapes(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 cmd[400], n[32];

	(void)state;
	sign_in(h, "lead@bb.example.org");
	http(h, "/x%0a2025-01-01T00:00:00Z%20127.0.0.1%20GET%20/forged%1b[2J",
	    NULL, NULL, &r);
	assert_int_equal(r.status, 404);
	resp_free(&r);
	snprintf(cmd, sizeof(cmd), "grep -cE '/sign-in/[A-Za-z0-9_-]{43}' "
	    "%s/serve.log || true", dir);
	sh(cmd, n, sizeof(n));
	assert_string_equal(n, "0");
	snprintf(cmd, sizeof(cmd), "grep -c 'POST /sign-in/\\[link\\] 303' "
	    "%s/serve.log || true", dir);
	sh(cmd, n, sizeof(n));
	assert_string_not_equal(n, "0");
	snprintf(cmd, sizeof(cmd), "grep -c '^2025-01-01T00:00:00Z' "
	    "%s/serve.log || true", dir);
	sh(cmd, n, sizeof(n));
	assert_string_equal(n, "0");
	snprintf(cmd, sizeof(cmd), "grep -c \"$(printf '\\033')\" %s/serve.log "
	    "|| true", dir);
	sh(cmd, n, sizeof(n));
	assert_string_equal(n, "0");
	snprintf(cmd, sizeof(cmd), "grep -cF 'GET /x\\x0a2025-01-01T00:00:00Z"
	    "\\x20127.0.0.1\\x20GET\\x20/forged\\x1b[2J 404' %s/serve.log || "
	    "true", dir);
	sh(cmd, n, sizeof(n));
	assert_string_equal(n, "1");
	curl_easy_cleanup(h);
}

/* ASVS 5.0 6.6 (out-of-band sign-in): a new link ends the older ones,
 * and a link used ends any other. */
static void
test_newer_link_ends_older_ones(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[128], older[128], newer[128];

	(void)state;
	ask_link("lead@kyt.example.org", "127.0.0.1");
	ask_link("lead@kyt.example.org", "127.0.0.1");
	link_of("lead@kyt.example.org", 1, older);
	link_of("lead@kyt.example.org", 0, newer);
	assert_int_equal(strlen(older), strlen("/sign-in/") + 43);
	assert_string_not_equal(older, newer);
	csrf_of(h, older, csrf);
	snprintf(body, sizeof(body), "csrf=%s", csrf);
	http(h, older, body, NULL, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "has been used or has expired"));
	resp_free(&r);
	http(h, newer, body, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	curl_easy_cleanup(h);
}

/* ASVS 5.0 8.2.2 (data-specific access): a member suspended, or one
 * whose declaration is not signed yet (pending), sees neither the
 * members-only agenda nor the notes; a member in good standing does. */
static void
test_suspended_and_pending_members_see_no_members_only_papers(void **state)
{
	static const char *const who[] = { "asha@bct.example.org",
	    "lead@kyt.example.org", "lead@pp.example.org" };
	CURL		*h;
	struct resp	 r;
	char		 cmd[600];
	size_t		 i;

	(void)state;
	snprintf(cmd, sizeof(cmd), "export ALLIANCE_BY=officer; A='%s --db %s';"
	    " ALLIANCE_TODAY=2025-06-25 $A meeting circulate 1 && "
	    "ALLIANCE_TODAY=2025-07-15 $A meeting notes 1 --text 'The members "
	    "agreed the bid' && ALLIANCE_TODAY=2025-07-15 $A meeting publish 1"
	    " && ALLIANCE_TODAY=2025-06-25 $A member suspend --group southwest "
	    "--organisation kyt --reason 'Fees unpaid'", getenv("ALLIANCE"), db);
	sh(cmd, NULL, 0);
	for (i = 0; i < sizeof(who) / sizeof(who[0]); i++) {
		h = browser();
		sign_in(h, who[i]);
		http(h, "/meetings/1", NULL, NULL, &r);
		assert_int_equal(r.status, 200);
		if (i < 2) {
			assert_null(strstr(r.body, "Sector position"));
			assert_null(strstr(r.body, "agreed the bid"));
		} else {
			assert_non_null(strstr(r.body, "Sector position"));
			assert_non_null(strstr(r.body, "agreed the bid"));
		}
		resp_free(&r);
		curl_easy_cleanup(h);
	}
}

/*
 * ASVS 5.0 6.3.8 (no account deduced from response times): a sign-in
 * link asked for a registered address and for a stranger's takes the
 * same work, so the same time.  The medians of interleaved requests
 * are compared with each other, never with a clock figure.
 */
static void
test_signin_answer_takes_the_same_time(void **state)
{
	static const char *const known[] = { "lead@ww.example.org",
	    "lead@cc.example.org", "lead@pp.example.org",
	    "lead@bb.example.org", "asha@bct.example.org",
	    "ian.board@example.org", "lena@ll.example.org" };
	enum { N = 24 };
	long	 k[N], u[N], mk, mu;
	char	 email[64], client[32];
	int	 i;

	(void)state;
	assert_int_equal(stop_server(), 0);
	trust = 1;
	start_server("2025-06-27T09:00");
	trust = 0;
	(void)ask_link("nobody@example.org", "10.8.1.1");	/* warm */
	/* In pairs, each taking the lead in turn, so that a change in
	 * the machine's load falls on both alike. */
	for (i = 0; i < N; i++) {
		snprintf(email, sizeof(email), "stranger%d@example.org", i);
		snprintf(client, sizeof(client), "10.8.0.%d", 2 * i + 1);
		if (i % 2)
			u[i] = ask_link(email, client);
		snprintf(client, sizeof(client), "10.8.0.%d", 2 * i);
		k[i] = ask_link(known[i % 7], client);	/* 4 each at most */
		snprintf(client, sizeof(client), "10.8.0.%d", 2 * i + 1);
		if (i % 2 == 0)
			u[i] = ask_link(email, client);
	}
	qsort(k, N, sizeof(k[0]), by_value);
	qsort(u, N, sizeof(u[0]), by_value);
	mk = (k[N / 2 - 1] + k[N / 2]) / 2;
	mu = (u[N / 2 - 1] + u[N / 2]) / 2;
	print_message("sign-in answer, median of %d: registered %ld us, "
	    "stranger %ld us\n", N, mk, mu);
	/* Before, a stranger's answer took half the time.  The figures
	 * are printed for a reader (and `make bench`), never judged: a
	 * test that asserts a timing fails on a busy machine.  What is
	 * judged is that both did the same work: each asked and each was
	 * recorded. */
	assert_int_equal(count("SELECT count(*) FROM signin_request "
	    "WHERE client LIKE '10.8.0.%'"), 2 * N);
}

/*
 * ASVS 5.0 2.4.1 (anti-automation): an address gets five links an hour
 * and a client thirty requests; past that the page is the same and no
 * mail goes.  Behind a trusted proxy the client is the address it
 * forwards; every answer then carries HSTS (ASVS 5.0 3.4.1), and every
 * private one, errors and redirects too, Cache-Control: no-store
 * (ASVS 5.0 14.3.2).
 */
static void
test_link_requests_limited_per_address_and_client(void **state)
{
	static const char *const paths[] = { "/", "/nope", "/me",
	    "/officer" };
	CURL		*h = browser();
	struct resp	 r;
	char		 email[64];
	int		 i, before;

	(void)state;
	assert_int_equal(stop_server(), 0);
	trust = 1;
	start_server("2025-06-28T09:00");
	trust = 0;
	before = count("SELECT count(*) FROM outbox WHERE recipient = "
	    "'lena@ll.example.org'");
	for (i = 0; i < 6; i++) {
		snprintf(email, sizeof(email), "10.7.0.%d", i);
		(void)ask_link("lena@ll.example.org", email);
	}
	assert_int_equal(count("SELECT count(*) FROM outbox WHERE recipient "
	    "= 'lena@ll.example.org'"), before + 5);
	for (i = 0; i < 30; i++) {
		snprintf(email, sizeof(email), "many%d@example.org", i);
		(void)ask_link(email, "10.7.1.1");
	}
	before = count("SELECT count(*) FROM outbox WHERE recipient = "
	    "'lead@ww.example.org'");
	(void)ask_link("lead@ww.example.org", "10.7.1.1");
	assert_int_equal(count("SELECT count(*) FROM outbox WHERE recipient "
	    "= 'lead@ww.example.org'"), before);
	(void)ask_link("lead@ww.example.org", "10.7.1.2");
	assert_int_equal(count("SELECT count(*) FROM outbox WHERE recipient "
	    "= 'lead@ww.example.org'"), before + 1);
	for (i = 0; i < (int)(sizeof(paths) / sizeof(paths[0])); i++) {
		http(h, paths[i], NULL, NULL, &r);
		assert_non_null(strstr(r.headers, "Strict-Transport-Security: "
		    "max-age="));
		assert_non_null(strstr(r.headers, "Cache-Control: no-store"));
		resp_free(&r);
	}
	curl_easy_cleanup(h);
}

/*
 * Denial of service: 600 connections from one client that trickle
 * their headers leave the server answering another; those past the
 * per-client limit are closed at once, and the rest when the headers'
 * deadline passes, however they trickle.
 */
static void
test_slow_connections_from_one_client(void **state)
{
	enum { SLOW = 600 };
	static int	 fd[SLOW];
	char		 buf[64];
	int		 i, open, other, t;
	ssize_t		 n;

	(void)state;
	assert_int_equal(stop_server(), 0);
	start_server("2025-06-25T12:00");
	for (i = 0; i < SLOW; i++) {
		fd[i] = tcp_from("127.0.0.1");
		(void)send(fd[i], "GET / HTTP/1.1\r\nHost: x\r\n", 25,
		    MSG_NOSIGNAL);
	}
	other = tcp_from("127.0.0.2");
	assert_int_equal(send(other, "GET /forums HTTP/1.0\r\n\r\n", 24,
	    MSG_NOSIGNAL), 24);
	n = recv(other, buf, sizeof(buf) - 1, MSG_WAITALL);
	assert_true(n > 12);
	buf[n] = '\0';
	assert_non_null(strstr(buf, " 200 "));
	close(other);
	sleep(1);
	for (i = 0, open = 0; i < SLOW; i++)
		open += !closed(fd[i]);
	print_message("of %d slow connections, %d kept\n", SLOW, open);
	assert_true(open > 0 && open <= 64);
	/* A header byte a second does not keep a connection past the
	 * deadline. */
	for (t = 0; t < 20 && open > 0; t++) {
		sleep(1);
		for (i = 0, open = 0; i < SLOW; i++)
			if (!closed(fd[i])) {
				(void)send(fd[i], "X", 1, MSG_NOSIGNAL);
				open++;
			}
	}
	print_message("all closed after %d s more\n", t);
	assert_int_equal(open, 0);
	assert_true(t >= 5);
	for (i = 0; i < SLOW; i++)
		close(fd[i]);
	still_serving();
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
		cmocka_unit_test(test_access_log_hides_links_and_escapes),
		cmocka_unit_test(test_newer_link_ends_older_ones),
		cmocka_unit_test(
		    test_suspended_and_pending_members_see_no_members_only_papers),
		cmocka_unit_test(test_signin_answer_takes_the_same_time),
		cmocka_unit_test(test_link_requests_limited_per_address_and_client),
		cmocka_unit_test(test_slow_connections_from_one_client),
	};

	if (getenv("ALLIANCE") == NULL || getenv("FIXTURE") == NULL ||
	    getenv("OPENAPI") == NULL) {
		fprintf(stderr, "set ALLIANCE, FIXTURE and OPENAPI\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
