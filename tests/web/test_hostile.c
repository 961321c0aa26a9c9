/*
 * Hostile input and sudden death, against the real server over
 * tests/web/fixture.sh: every form every page offers every kind of
 * viewer (roles.h) is sent back with hostile values, a few to a field;
 * then the server is killed with SIGKILL in the middle of writes, 30
 * times, and must have kept each write it acknowledged.  Beside each
 * test, the OWASP ASVS 5.0 requirement it shows.
 *
 * Environment: ALLIANCE, FIXTURE, OPENAPI (harness.h).
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <curl/curl.h>

#include "harness.h"
#include "roles.h"

#define PER_FIELD	3	/* hostile values sent to each field */
#define KILLS		30
#define BURST		40	/* writes at most between two kills */

/* What an attacker types; [LONG] is made at run time. */
static const char *payload[] = {
	"<script>alert('hostile')</script>",
	"\"'><img src=x onerror=alert(2)>",
	NULL,			/* LONG: 20,000 bytes, markup at the end */
	"\x01\x02\x1b[31mred\x7f\tbell\x07",
	"line one\nline two\r\nX-Injected: yes",
	"'); DROP TABLE person; --",
	"1 OR 1=1",
	"=HYPERLINK(\"http://evil.example\",\"x\")",
	"+cmd|' /C calc'!A0",
	"@SUM(1+1)",
	"-99999999999999999999",
	"1e309",
	"2025-02-30",
	"13",
	"24:61",
	"</textarea><b>hostile</b>",
};
#define LONG		2
#define NPAYLOADS	(sizeof(payload) / sizeof(payload[0]))

static char	 longest[19980 + 12];
static int	 sent, fields, forms, kept;

/* Markup an attacker would want the page to carry as markup. */
static int
is_markup(const char *p)
{
	return strpbrk(p, "<>\"'") != NULL;
}

/*
 * ASVS 1.2.1 (output encoded for HTML), 2.2.1 (input validated),
 * chapter V16 (errors handled safely) and V1 for the headers:
 * each field of each form, a few hostile values each, sent by the
 * viewer whose page offered the form: never a fault, the server still
 * answers, no payload back as markup, no header of the attacker's.
 */
static void
test_every_form_with_hostile_values(void **state)
{
	char		 (*path)[256] = calloc(MAXROUTES, 256), *b, *at;
	struct resp	 r;
	size_t		 i, n, k, j, p;
	int		 ro;

	(void)state;
	assert_non_null(path);
	n = page_paths(path, MAXROUTES);
	for (ro = 0; ro < TPUB; ro++)
		for (i = 0; i < n; i++) {
			as(ro, path[i], NULL, &r);
			if (r.status == 200)
				forms_of(ro, r.body);
			resp_free(&r);
		}
	for (i = 0; i < nform; i++) {
		/* The sign-out ends the session the crawl is in. */
		if (strcmp(form[i].action, "/sign-out") == 0)
			continue;
		forms++;
		for (k = 0; k < form[i].n; k++, fields++)
			for (j = 0; j < PER_FIELD; j++) {
				p = (fields * PER_FIELD + j) % NPAYLOADS;
				b = form_body(&form[i],
				    viewer[form[i].who].csrf, k, payload[p]);
				as(form[i].who, form[i].action, b, &r);
				free(b);
				sent++;
				if (r.status >= 500 || strstr(r.body,
				    "This form has expired") != NULL)
					fail_msg("%s field %s as %s: %ld",
					    form[i].action, form[i].name[k],
					    viewer[form[i].who].name, r.status);
				if (is_markup(payload[p]) && strstr(r.body,
				    payload[p] + (p == LONG ? 19980 : 0)) !=
				    NULL)
					fail_msg("%s field %s: the payload "
					    "came back as markup",
					    form[i].action, form[i].name[k]);
				at = strstr(r.headers, "X-Injected");
				assert_null(at);
				resp_free(&r);
			}
	}
	/* Still standing. */
	as(ANON, "/", NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	free(path);
}

/*
 * ASVS 1.2.1 (stored values encoded where shown): what the crawl left
 * in the database is shown as text on every page, to every viewer.
 */
static void
test_what_was_stored_is_shown_as_text(void **state)
{
	char		 (*path)[256] = calloc(MAXROUTES, 256);
	struct resp	 r;
	size_t		 i, n;
	int		 ro, shown = 0;

	(void)state;
	assert_non_null(path);
	n = page_paths(path, MAXROUTES);
	for (ro = 0; ro < TPUB; ro++)
		for (i = 0; i < n; i++) {
			as(ro, path[i], NULL, &r);
			assert_true(r.status < 500);
			shown += strstr(r.body, "&lt;script&gt;alert(") != NULL;
			if (strstr(r.body, "<script>alert") != NULL ||
			    strstr(r.body, "<img src=x") != NULL ||
			    strstr(r.body, "<b>hostile</b>") != NULL)
				fail_msg("%s as %s carries a stored payload as "
				    "markup", path[i], viewer[ro].name);
			resp_free(&r);
		}
	/* Some were stored, and are shown: as text. */
	assert_true(shown > 0);
	free(path);
}

/* One write as the officer: 1 when it was acknowledged (303), 0 when
 * refused, -1 when the server was gone. */
static int
write_one(CURL *h, int kill, int k)
{
	char	body[200], url[100];
	long	status = 0;

	snprintf(url, sizeof(url), "%s/officer/organisations", base);
	snprintf(body, sizeof(body), "csrf=%s&name=Durable+%d-%d&sector=vcse&"
	    "short_name=&identifier=&email=", viewer[OFFICER].csrf, kill, k);
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L);
	if (curl_easy_perform(h) != CURLE_OK)
		return -1;
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	return status == 303;
}

static size_t
discard(char *p, size_t sz, size_t n, void *arg)
{
	(void)p; (void)arg;
	return sz * n;
}

/*
 * ASVS chapters V14 (Data Protection) and V16 (the audit log kept
 * intact): writes while the server is killed at a random moment, 30
 * times; after each restart every write it acknowledged is there, the
 * database passes its integrity check and the audit log its
 * verification.
 */
static void
test_kill_9_keeps_what_was_acknowledged(void **state)
{
	CURL	*h = viewer[OFFICER].h;
	char	 cmd[4096], out[64];
	size_t	 n;
	int	 kill_no, k, acked, rc, st, kills;
	pid_t	 killer;

	(void)state;
	/* Under valgrind the server is checked for memory errors, not
	 * durability (the sanitizer run kills it all 30 times): a few
	 * restarts, each of which valgrind makes slow, are enough. */
	kills = getenv("VALGRIND") != NULL ? 3 : KILLS;
	srand((unsigned)getpid());
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, discard);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
	for (kill_no = 0; kill_no < kills; kill_no++) {
		if ((killer = fork()) == 0) {
			usleep((useconds_t)(2000 + rand() % 60000));
			kill(server_pid(), SIGKILL);
			_exit(0);
		}
		assert_true(killer > 0);
		/* Acknowledged writes: names Durable KILL-0 ... KILL-(acked-1)
		 * (a refused one would end the burst: none is expected). */
		for (acked = 0, k = 0; k < BURST; k++) {
			if ((rc = write_one(h, kill_no, k)) <= 0)
				break;
			acked++;
		}
		assert_int_not_equal(rc, 0);
		waitpid(killer, &st, 0);
		kill_server(SIGKILL);
		start_server("2025-06-25T12:00");
		n = (size_t)snprintf(cmd, sizeof(cmd), "sqlite3 %s \"SELECT "
		    "count(*) FROM organisation WHERE name IN (''", db);
		for (k = 0; k < acked; k++)
			n += (size_t)snprintf(cmd + n, sizeof(cmd) - n, ", "
			    "'Durable %d-%d'", kill_no, k);
		snprintf(cmd + n, sizeof(cmd) - n, ")\"");
		sh(cmd, out, sizeof(out));
		assert_int_equal(atoi(out), acked);
		kept += acked;
		snprintf(cmd, sizeof(cmd), "sqlite3 %s 'PRAGMA integrity_check'",
		    db);
		sh(cmd, out, sizeof(out));
		assert_string_equal(out, "ok");
		snprintf(cmd, sizeof(cmd), "%s --db %s audit verify", getenv(
		    "ALLIANCE"), db);
		sh(cmd, NULL, 0);
	}
	print_message("hostile: %d forms, %d fields, %d hostile submissions; "
	    "%d kills, %d acknowledged writes all kept\n", forms, fields,
	    sent, kills, kept);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_form_with_hostile_values),
		cmocka_unit_test(test_what_was_stored_is_shown_as_text),
		cmocka_unit_test(test_kill_9_keeps_what_was_acknowledged),
	};

	memset(longest, 'A', 19980);
	memcpy(longest + 19980, "<i>long</i>", 12);
	payload[LONG] = longest;
	return cmocka_run_group_tests(tests, roles_setup, roles_teardown);
}
