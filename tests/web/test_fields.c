/*
 * One router (issue 12): every field a form sends is declared by the
 * route it posts to, and checked before any handler runs.  Fields named
 * after a record are declared as a family: the register's rows, "att-"
 * and an organisation's id (SA-6.3), and the constitution's settings,
 * "set." and a setting's name.  A row or setting refused is named and
 * nothing changes; a field nothing declares is the 400 naming it.
 *
 * Against the real server, with the harness of tests/web/harness.h.
 * Environment: ALLIANCE, FIXTURE, OPENAPI, and VALGRIND (a prefix for
 * the server) if set.
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

#include "harness.h"

static void
has(const struct resp *r, const char *want)
{
	if (strstr(r->body, want) == NULL)
		fail_msg("no \"%s\" in the answer: %.600s", want,
		    strstr(r->body, "summary__list") != NULL ?
		    strstr(r->body, "summary__list") : r->body);
}

/* The first line sqlite3 prints for q, into out. */
static void
query(const char *q, char *out, size_t sz)
{
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"%s\"", db, q);
	sh(cmd, out, sz);
}

/* POSTs body to path; the answer must be status and hold want. */
static void
post_refused(CURL *h, const char *path, const char *body, long status,
    const char *want)
{
	struct resp r;

	http(h, path, body, NULL, &r);
	if (r.status != status)
		fail_msg("%s: %ld, not %ld: %.600s", path, r.status, status,
		    strstr(r.body, "summary__list") != NULL ?
		    strstr(r.body, "summary__list") : r.body);
	has(&r, want);
	resp_free(&r);
}

/*
 * SA-6.3: the register's rows are a family of fields, "att-" and a
 * member organisation's id.  A row whose value is not a way to attend is
 * named on the meeting's page at the register; a row of an organisation
 * that is not a member, or a field of no row, records nothing either.
 */
static void
test_SA_6_3_register_rows_refused_naming_the_row(void **state)
{
	CURL		*h = browser();
	char		 csrf[64], body[400], ww[16], kyt[16], want[200];
	char		 before[64], after[64], n[16];

	(void)state;
	sign_in(h, "lead@ww.example.org");	/* the chair of southwest */
	csrf_of(h, "/groups/southwest", csrf);
	query("SELECT id FROM organisation WHERE short_name = 'ww'", ww,
	    sizeof(ww));
	query("SELECT id FROM organisation WHERE short_name = 'kyt'", kyt,
	    sizeof(kyt));
	digest(before);
	/* A value no radio offers: the row named, at the register. */
	snprintf(body, sizeof(body), "csrf=%s&att-%s=present&att-%s=late",
	    csrf, ww, kyt);
	snprintf(want, sizeof(want), "Field att-%s was not accepted: "
	    "expected one of present, apologies, absent or deputy", kyt);
	post_refused(h, "/meetings/1/register", body, 400, want);
	post_refused(h, "/meetings/1/register", body, 400,
	    "<a href=\"#register\">");
	/* A row of no member organisation (an id, but not one of the
	 * group's): named, and the other rows not recorded either. */
	snprintf(body, sizeof(body), "csrf=%s&att-%s=present&att-999999="
	    "present", csrf, ww);
	post_refused(h, "/meetings/1/register", body, 400, "(att-999999) is "
	    "not a member of this group: nothing was recorded");
	/* A row that is no record's id: not a field of this form. */
	snprintf(body, sizeof(body), "csrf=%s&att-%s=present&att-ww=present",
	    csrf, ww);
	post_refused(h, "/meetings/1/register", body, 400, "att-ww: not a "
	    "field of this form");
	/* A field beside the rows that nothing declares. */
	snprintf(body, sizeof(body), "csrf=%s&att-%s=present&note=late+bus",
	    csrf, ww);
	post_refused(h, "/meetings/1/register", body, 400, "note: not a field "
	    "of this form");
	digest(after);
	assert_string_equal(before, after);
	query("SELECT count(*) FROM attendance WHERE meeting_id = 1", n,
	    sizeof(n));
	assert_string_equal(n, "0");
	/* The rows as the form sends them are recorded. */
	snprintf(body, sizeof(body), "csrf=%s&att-%s=present&att-%s=apologies",
	    csrf, ww, kyt);
	post_refused(h, "/meetings/1/register", body, 303, "");
	query("SELECT count(*) FROM attendance WHERE meeting_id = 1", n,
	    sizeof(n));
	assert_string_equal(n, "2");
	curl_easy_cleanup(h);
}

/*
 * The constitution's form: one field per setting, "set." and the
 * setting's name from the settings table.  A name the table does not
 * have is the 400 naming it (it was silently left out, and a new
 * version applied); a value too long shows the form again at the
 * setting.  Nothing is applied.  And a member's form with a field
 * nothing declares changes nothing.
 */
static void
test_constitution_settings_refused_naming_the_setting(void **state)
{
	CURL		*h = browser(), *m = browser();
	char		 csrf[64], *body, before[64], after[64], n[16];
	size_t		 k;

	(void)state;
	officer_sign_in(h);
	csrf_of(h, "/officer/constitution", csrf);
	sign_in(m, "lead@cc.example.org");
	digest(before);
	assert_non_null(body = malloc(30000));
	snprintf(body, 30000, "csrf=%s&set.agenda.notice_days=10&set.agenda."
	    "notice_weeks=2", csrf);
	post_refused(h, "/officer/constitution", body, 400, "set.agenda."
	    "notice_weeks: not a field of this form");
	/* A per-kind setting with a kind of group there is not. */
	snprintf(body, 30000, "csrf=%s&set.meetings.min_per_year.book-club=4",
	    csrf);
	post_refused(h, "/officer/constitution", body, 400, "set.meetings."
	    "min_per_year.book-club: not a field of this form");
	/* A value too long: the form again, at the setting. */
	k = (size_t)snprintf(body, 30000, "csrf=%s&set.arrangement.name=",
	    csrf);
	memset(body + k, 'x', 20001);
	body[k + 20001] = '\0';
	post_refused(h, "/officer/constitution", body, 400,
	    "<a href=\"#set-arrangement-name\">Field set.arrangement.name is "
	    "too long: at most 20000 characters are accepted");
	post_refused(h, "/officer/constitution", body, 400,
	    "action=\"/officer/constitution\"");
	/* A member's form: a field beside its own that nothing declares. */
	csrf_of(m, "/me", csrf);
	snprintf(body, 30000, "csrf=%s&digest=none&also=digest", csrf);
	post_refused(m, "/me/digest", body, 400, "also: not a field of this "
	    "form");
	free(body);
	digest(after);
	assert_string_equal(before, after);
	query("SELECT count(*) FROM constitution_version", n, sizeof(n));
	assert_string_equal(n, "1");
	curl_easy_cleanup(h);
	curl_easy_cleanup(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_6_3_register_rows_refused_naming_the_row),
		cmocka_unit_test(
		    test_constitution_settings_refused_naming_the_setting),
	};

	if (getenv("ALLIANCE") == NULL || getenv("FIXTURE") == NULL) {
		fprintf(stderr, "set ALLIANCE and FIXTURE\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
