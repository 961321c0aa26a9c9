/*
 * Sign-in for officers and API tokens, against the real server over
 * the arrangement of tests/web/fixture.sh: a sign-in link gives a
 * member's rights only; officer rights need the password and a TOTP
 * code, each code once; an officer with no second factor sets one up
 * first; the most dangerous actions ask again after ten minutes; API
 * tokens read with their scope's view, until they expire or are
 * revoked.  The OWASP ASVS 5.0 requirement each test shows is named
 * beside it.
 *
 * The server and browser are those of tests/web/harness.h.
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
#include <time.h>

#include <cmocka.h>
#include <curl/curl.h>
#include <jansson.h>

#include "harness.h"
#include "totp.h"

/* Runs the command line on the test database as on 2025-06-25. */
static void
cli(const char *args, char *out, size_t outsz)
{
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-06-25 %s --db %s %s",
	    getenv("ALLIANCE"), db, args);
	sh(cmd, out, outsz);
}

/* POSTs the officer's sign-in form; code may be NULL (left empty). */
static void
password_signin(CURL *h, const char *email, const char *pw,
    const char *code, struct resp *r)
{
	char	csrf[64], body[400];
	char	*e;

	csrf_of(h, "/sign-in", csrf);
	e = curl_easy_escape(h, pw, 0);
	snprintf(body, sizeof(body), "csrf=%s&officer-email=%s&password=%s"
	    "&code=%s", csrf, email, e, code != NULL ? code : "");
	curl_free(e);
	http(h, "/sign-in-password", body, NULL, r);
}

/* Olive signs in with her password and a fresh code, and is taken to
 * the officer's pages. */
static void
officer(CURL *h)
{
	struct resp	r;
	char		code[7];

	totp_next(code);
	password_signin(h, "olive@sus.example.org",
	    "correct horse battery staple", code, &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "Location: /officer"));
	resp_free(&r);
}

/* --- the tests --- */

/* ASVS 6.3.3, 8.2.1: a sign-in link signs an officer in as a member
 * only: the officer's pages are refused. */
static void
test_link_gives_member_rights_only(void **state)
{
	CURL		*h = browser();
	struct resp	 r;

	(void)state;
	sign_in(h, "olive@sus.example.org");
	http(h, "/me", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	http(h, "/officer", NULL, NULL, &r);
	assert_int_equal(r.status, 403);
	resp_free(&r);
	http(h, "/officer/import", NULL, NULL, &r);
	assert_int_equal(r.status, 403);
	resp_free(&r);
	curl_easy_cleanup(h);
}

/* ASVS 6.3.3, 6.6.3: the password alone, a wrong code and a code of
 * another time are each refused with one message naming nothing; the
 * right code opens the officer's pages. */
static void
test_officer_needs_password_and_code(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 old[7];

	(void)state;
	password_signin(h, "olive@sus.example.org",
	    "correct horse battery staple", NULL, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "email address, password or code is "
	    "not right"));
	resp_free(&r);
	password_signin(h, "olive@sus.example.org",
	    "correct horse battery staple", "000000", &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	/* Outside the window of a step either side. */
	totp_code_at(TOTP_SECRET, (int64_t)time(NULL) / 30 - 4, old);
	password_signin(h, "olive@sus.example.org",
	    "correct horse battery staple", old, &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	http(h, "/officer", NULL, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	officer(h);
	http(h, "/officer", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	/* The failures above count against the address: clear them. */
	{
		char cmd[300];

		snprintf(cmd, sizeof(cmd), "sqlite3 %s \"DELETE FROM "
		    "signin_failure\"", db);
		sh(cmd, NULL, 0);
	}
	curl_easy_cleanup(h);
}

/* ASVS 6.5.1: a code once used is not accepted again, not even in
 * another browser. */
static void
test_code_is_accepted_once(void **state)
{
	CURL		*h = browser(), *other = browser();
	struct resp	 r;
	char		 code[7];

	(void)state;
	totp_next(code);
	password_signin(h, "olive@sus.example.org",
	    "correct horse battery staple", code, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	password_signin(other, "olive@sus.example.org",
	    "correct horse battery staple", code, &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	http(other, "/officer", NULL, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	curl_easy_cleanup(h);
	curl_easy_cleanup(other);
}

/* The secret shown on the enrolment page, spaces taken out; out 40. */
static void
secret_of(const char *body, char *out)
{
	const char	*p = strstr(body, "<code id=\"totp-secret\">");
	size_t		 n = 0;

	assert_non_null(p);
	for (p += strlen("<code id=\"totp-secret\">"); *p != '<' && n < 39;
	    p++)
		if (*p != ' ')
			out[n++] = *p;
	out[n] = '\0';
	assert_int_equal(n, 32);
}

/* ASVS 6.4.2 (enrolment), 6.4.3 (reset): an officer with no second
 * factor is taken to set one up after the password, and has no officer
 * rights until one code confirms it; the command line's reset ends
 * their sessions and they set up a new one. */
static void
test_officer_enrols_a_second_factor(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[200], secret[40], first[40], code[7];
	int64_t		 now = (int64_t)time(NULL) / 30;

	(void)state;
	cli("person add --name 'Nia New' --email nia@sus.example.org "
	    "--organisation 'Support Staffordshire'", NULL, 0);
	cli("user add 'Nia New' --officer", NULL, 0);
	cli("user password 'Nia New' <<'.'\nanother long password\n.", NULL, 0);
	password_signin(h, "nia@sus.example.org", "another long password",
	    NULL, &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "Location: /two-factor"));
	resp_free(&r);
	/* No officer rights yet: the officer's pages lead to the set-up. */
	http(h, "/officer", NULL, NULL, &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "Location: /two-factor"));
	resp_free(&r);
	http(h, "/two-factor", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "<img src=\"data:image/svg+xml;"
	    "base64,"));
	secret_of(r.body, secret);
	resp_free(&r);
	/* A reload shows the same secret: a scan made is not undone. */
	http(h, "/two-factor", NULL, NULL, &r);
	secret_of(r.body, first);
	assert_string_equal(first, secret);
	resp_free(&r);
	csrf_of(h, "/two-factor", csrf);
	snprintf(body, sizeof(body), "csrf=%s&code=12345", csrf);
	http(h, "/two-factor", body, NULL, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "href=\"#code\""));
	resp_free(&r);
	totp_code_at(secret, now, code);
	snprintf(body, sizeof(body), "csrf=%s&code=%s", csrf, code);
	http(h, "/two-factor", body, NULL, &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "Location: /officer"));
	resp_free(&r);
	http(h, "/officer", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	cli("audit list --json | grep -c user.totp-enrol", body,
	    sizeof(body));
	assert_string_equal(body, "1");
	/* Reset: her sessions end; the next sign-in sets up a new one. */
	cli("user totp 'Nia New' --reset", NULL, 0);
	http(h, "/officer", NULL, NULL, &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "Location: /sign-in"));
	resp_free(&r);
	totp_code_at(secret, now + 1, code);
	password_signin(h, "nia@sus.example.org", "another long password",
	    code, &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "Location: /two-factor"));
	resp_free(&r);
	http(h, "/two-factor", NULL, NULL, &r);
	secret_of(r.body, first);
	assert_string_not_equal(first, secret);
	resp_free(&r);
	curl_easy_cleanup(h);
}

/* Makes every session's last sign-in an hour old. */
static void
sessions_age(void)
{
	char cmd[300];

	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"UPDATE session SET "
	    "verified = '2025-06-25T11:00:00Z', created = "
	    "'2025-06-25T11:00:00Z'\"", db);
	sh(cmd, NULL, 0);
}

/* ASVS 7.5.3: applying a constitution and importing ask an officer
 * whose sign-in is older than ten minutes for the password and a code
 * again, changing nothing until then; terminating a membership asks a
 * chair to sign in again. */
static void
test_dangerous_actions_need_a_recent_sign_in(void **state)
{
	CURL		*h = browser(), *chair = browser();
	struct resp	 r;
	char		 csrf[64], body[600], before[64], after[64];
	char		 code[7];

	(void)state;
	officer(h);
	sign_in(chair, "lead@ww.example.org");
	sessions_age();
	csrf_of(h, "/officer/constitution", csrf);
	digest(before);
	snprintf(body, sizeof(body), "csrf=%s&constitution=quorum.fraction+"
	    "%%3D+1%%2F3", csrf);
	http(h, "/officer/constitution", body, NULL, &r);
	assert_int_equal(r.status, 403);
	assert_non_null(strstr(r.body, "Confirm it is you"));
	resp_free(&r);
	snprintf(body, sizeof(body), "csrf=%s&kind=people", csrf);
	http(h, "/officer/import", body, NULL, &r);
	assert_int_equal(r.status, 403);
	resp_free(&r);
	csrf_of(chair, "/groups/southwest", csrf);
	snprintf(body, sizeof(body), "csrf=%s&ms-organisation=cc&ms-status="
	    "terminated&ms-reason=Closed", csrf);
	http(chair, "/groups/southwest/membership", body, NULL, &r);
	assert_int_equal(r.status, 403);
	assert_non_null(strstr(r.body, "Sign in again"));
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	/* A wrong code does not confirm. */
	csrf_of(h, "/confirm?back=/officer/constitution", csrf);
	snprintf(body, sizeof(body), "csrf=%s&back=/officer/constitution&"
	    "password=correct+horse+battery+staple&code=000000", csrf);
	http(h, "/confirm", body, NULL, &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	/* Somewhere else is not a way back. */
	totp_next(code);
	snprintf(body, sizeof(body), "csrf=%s&back=//evil.example&password="
	    "correct+horse+battery+staple&code=%s", csrf, code);
	http(h, "/confirm", body, NULL, &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "Location: /officer\r\n"));
	resp_free(&r);
	/* Fresh again: the same request is no longer held back. */
	csrf_of(h, "/officer/constitution", csrf);
	snprintf(body, sizeof(body), "csrf=%s&kind=people", csrf);
	http(h, "/officer/import", body, NULL, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "Select a CSV file"));
	resp_free(&r);
	curl_easy_cleanup(h);
	curl_easy_cleanup(chair);
}

/* GET path with a bearer token. */
static void
api(const char *tok, const char *path, struct resp *r)
{
	CURL	*h = browser();
	char	 auth[200];

	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", tok);
	http(h, path, NULL, auth, r);
	curl_easy_cleanup(h);
}

/* ASVS 8.2.1, 8.2.2: a public token reads what an anonymous visitor
 * sees, a members token what a member sees: no draft notes, no
 * VCSE-only item, members-only notes and the agenda for members only. */
static void
test_token_scopes_follow_the_viewer_rules(void **state)
{
	struct resp	 r;
	char		 pub[128], mem[128];

	(void)state;
	cli("token create --name site --scope public", pub, sizeof(pub));
	cli("token create --name crm --scope members", mem, sizeof(mem));
	api(pub, "/api/v1/organisations", &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	api(pub, "/api/v1/contacts", &r);
	assert_int_equal(r.status, 403);
	assert_non_null(strstr(r.body, "\"field\": \"scope\""));
	resp_free(&r);
	api(mem, "/api/v1/contacts", &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	/* The agenda circulated, notes drafted and not yet sent. */
	cli("meeting circulate 1", NULL, 0);
	cli("meeting notes 1 --text 'Draft: the bid is weak'", NULL, 0);
	api(pub, "/api/v1/meetings/1", &r);
	assert_int_equal(r.status, 200);
	assert_null(strstr(r.body, "\"agenda\""));
	assert_null(strstr(r.body, "Draft: the bid"));
	assert_null(strstr(r.body, "Sector position"));
	resp_free(&r);
	api(mem, "/api/v1/meetings/1", &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "\"agenda\""));
	assert_null(strstr(r.body, "Draft: the bid"));
	assert_null(strstr(r.body, "Sector position"));
	resp_free(&r);
	/* Sent to members: a members token reads them, a public one not. */
	{
		char cmd[300];

		snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-07-15 %s --db "
		    "%s meeting publish 1", getenv("ALLIANCE"), db);
		sh(cmd, NULL, 0);
	}
	api(mem, "/api/v1/meetings/1", &r);
	assert_non_null(strstr(r.body, "Draft: the bid"));
	resp_free(&r);
	api(pub, "/api/v1/meetings/1", &r);
	assert_null(strstr(r.body, "Draft: the bid"));
	resp_free(&r);
}

/* ASVS 8.3.1, 7.4.1: a revoked or expired token reads nothing; its
 * last use is recorded. */
static void
test_token_revoked_or_expired_is_refused(void **state)
{
	struct resp	 r;
	char		 tok[128], old[128], out[200], cmd[300];

	(void)state;
	cli("token create --name feed --scope public --expires 2025-12-31",
	    tok, sizeof(tok));
	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-06-01 %s --db %s "
	    "token create --name old --expires 2025-06-24", getenv("ALLIANCE"),
	    db);
	sh(cmd, old, sizeof(old));
	api(tok, "/api/v1/organisations", &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	/* Past its last day (the server's today is 2025-06-25). */
	api(old, "/api/v1/organisations", &r);
	assert_int_equal(r.status, 401);
	resp_free(&r);
	cli("--json token list | grep -o '\"last_used\": \"2025-06-25[^\"]*\"'"
	    " | head -1", out, sizeof(out));
	assert_non_null(strstr(out, "2025-06-25T12:00"));
	cli("--json token list | python3 -c \"import json,sys; print([t['id'] "
	    "for t in json.load(sys.stdin) if t['name'] == 'feed'][0])\"", out,
	    sizeof(out));
	snprintf(cmd, sizeof(cmd), "token revoke %s", out);
	cli(cmd, NULL, 0);
	api(tok, "/api/v1/organisations", &r);
	assert_int_equal(r.status, 401);
	resp_free(&r);
}

/* ASVS 8.1.1: doc/openapi.json names the scope of every path, and the
 * server holds a public token to it. */
static void
test_openapi_names_each_scope(void **state)
{
	json_t		*doc, *item, *op;
	const char	*path, *scope;
	struct resp	 r;
	char		 pub[128], url[300];

	(void)state;
	doc = json_load_file(getenv("OPENAPI"), 0, NULL);
	assert_non_null(doc);
	cli("token create --name scopes --scope public", pub, sizeof(pub));
	json_object_foreach(json_object_get(doc, "paths"), path, item) {
		op = json_object_get(item, "get");
		scope = json_string_value(json_object_get(op, "x-scope"));
		assert_non_null(scope);
		if (strchr(path, '{') != NULL)
			continue;
		snprintf(url, sizeof(url), "/api/v1%s", path);
		api(pub, url, &r);
		if (strcmp(scope, "members") == 0)
			assert_int_equal(r.status, 403);
		else
			assert_int_not_equal(r.status, 403);
		resp_free(&r);
	}
	json_decref(doc);
}

/*
 * What a meeting's answer reveals: bit i when marks[i] is in it.  The
 * marks are put by test_SA_11_1_page_and_api_reveal_the_same below.
 */
static const char *const marks[] = {
	"MEET-ITEM-FOR-MEMBERS",	/* an item circulated to members */
	"MEET-ITEM-VCSE-ONLY",		/* SA-3.1-assoc */
	"MEET-VCSE-INTEREST",		/* an interest declared in it */
	"MEET-DRAFT-NOTE",		/* SA-11.1: notes not published */
	"MEET-MEMBERS-NOTE",		/* notes published to members */
};
#define NMARKS	(sizeof(marks) / sizeof(marks[0]))
enum { M_ITEM = 1, M_VCSE = 2, M_INTEREST = 4, M_DRAFT = 8, M_NOTE = 16 };

static unsigned
revealed(CURL *h, const char *tok, const char *path)
{
	struct resp	r;
	unsigned	bits = 0;
	size_t		i;

	if (tok != NULL)
		api(tok, path, &r);
	else
		http(h, path, NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	for (i = 0; i < NMARKS; i++)
		if (strstr(r.body, marks[i]) != NULL)
			bits |= 1u << i;
	resp_free(&r);
	return bits;
}

/* A meeting scheduled by the command line; its number. */
static int
schedule(const char *date)
{
	char cmd[600], out[32];

	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-06-01 %s --db %s "
	    "meeting schedule --group southwest --date %s --time 10:00 "
	    "--place Hall --link https://meet.example/x | sed -n "
	    "'s/.*(#\\([0-9]*\\)).*/\\1/p'", getenv("ALLIANCE"), db, date);
	sh(cmd, out, sizeof(out));
	assert_true(atoi(out) > 0);
	return atoi(out);
}

/*
 * SA-11.1, SA-3.1-assoc: one decision of what a viewer sees of a
 * meeting (core_meeting_get), so the page and the API reveal the same
 * for the same viewer.  The API answers tokens only: a public token is
 * the anonymous visitor; a members token speaks for no organisation, so
 * sees what a member of an associate sees.  A session gets nothing from
 * the API, and each page viewer sees what the rule gives it.
 */
static void
test_SA_11_1_page_and_api_reveal_the_same(void **state)
{
	CURL		*anon = browser(), *full = browser(), *assoc = browser();
	CURL		*chair = browser(), *off = browser(), *none = browser();
	struct resp	 r;
	char		 pub[128], mem[128], args[300], a[64], b[64];
	char		 api_a[64], api_b[64];
	unsigned	 got;
	int		 ma, mb;

	(void)state;
	cli("token create --name page-same-pub --scope public", pub,
	    sizeof(pub));
	cli("token create --name page-same-mem --scope members", mem,
	    sizeof(mem));
	/* Meeting A, to come: circulated, an interest in its VCSE-only
	 * item, its notes drafted. */
	ma = schedule("2025-07-21");
	snprintf(args, sizeof(args), "agenda add %d --title "
	    "MEET-ITEM-FOR-MEMBERS", ma);
	cli(args, NULL, 0);
	snprintf(args, sizeof(args), "agenda add %d --title "
	    "MEET-ITEM-VCSE-ONLY --vcse-only", ma);
	cli(args, NULL, 0);
	snprintf(args, sizeof(args), "meeting circulate %d", ma);
	cli(args, NULL, 0);
	snprintf(args, sizeof(args), "meeting interest %d --item 10 "
	    "--organisation cc --nature MEET-VCSE-INTEREST", ma);
	cli(args, NULL, 0);
	snprintf(args, sizeof(args), "meeting interest %d --item 10 "
	    "--organisation ww --nature MEET-VCSE-INTEREST", ma);
	cli(args, NULL, 0);
	snprintf(args, sizeof(args), "meeting notes %d --text "
	    "MEET-DRAFT-NOTE", ma);
	cli(args, NULL, 0);
	/* Meeting B, held: its notes published to members. */
	mb = schedule("2025-06-10");
	snprintf(args, sizeof(args), "meeting notes %d --text "
	    "MEET-MEMBERS-NOTE", mb);
	cli(args, NULL, 0);
	snprintf(args, sizeof(args), "meeting publish %d --date 2025-06-20",
	    mb);
	cli(args, NULL, 0);
	snprintf(a, sizeof(a), "/meetings/%d", ma);
	snprintf(b, sizeof(b), "/meetings/%d", mb);
	snprintf(api_a, sizeof(api_a), "/api/v1/meetings/%d", ma);
	snprintf(api_b, sizeof(api_b), "/api/v1/meetings/%d", mb);
	sign_in(full, "lead@cc.example.org");
	sign_in(assoc, "ian.board@example.org");
	sign_in(chair, "lead@ww.example.org");
	officer(off);
	cli("person add --name 'Nora None' --email nora@none.example.org",
	    NULL, 0);
	sign_in(none, "nora@none.example.org");

	/* The public: nothing of either meeting, page and API alike. */
	got = revealed(anon, NULL, a) | revealed(anon, NULL, b);
	assert_int_equal(got, 0);
	assert_int_equal(revealed(NULL, pub, api_a) | revealed(NULL, pub,
	    api_b), got);
	/* Signed in, but for no organisation: the public's view. */
	assert_int_equal(revealed(none, NULL, a) | revealed(none, NULL, b), 0);
	/* A member of an associate, and a members token: the circulated
	 * agenda and the members' notes; no VCSE-only item, nor the
	 * interests declared in one; no draft. */
	got = revealed(assoc, NULL, a) | revealed(assoc, NULL, b);
	assert_int_equal(got, M_ITEM | M_NOTE);
	assert_int_equal(revealed(NULL, mem, api_a) | revealed(NULL, mem,
	    api_b), got);
	/* A member of a full member: the VCSE-only item too. */
	assert_int_equal(revealed(full, NULL, a) | revealed(full, NULL, b),
	    M_ITEM | M_VCSE | M_NOTE);
	/* The chair and an officer, who run it: the draft and the
	 * register of interests as well. */
	assert_int_equal(revealed(chair, NULL, a) | revealed(chair, NULL, b),
	    M_ITEM | M_VCSE | M_INTEREST | M_DRAFT | M_NOTE);
	assert_int_equal(revealed(off, NULL, a) | revealed(off, NULL, b),
	    M_ITEM | M_VCSE | M_INTEREST | M_DRAFT | M_NOTE);
	/* A session is no API token: the API reveals nothing to it. */
	http(full, api_a, NULL, NULL, &r);
	assert_int_equal(r.status, 401);
	resp_free(&r);
	curl_easy_cleanup(anon);
	curl_easy_cleanup(full);
	curl_easy_cleanup(assoc);
	curl_easy_cleanup(chair);
	curl_easy_cleanup(off);
	curl_easy_cleanup(none);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_link_gives_member_rights_only),
		cmocka_unit_test(test_officer_needs_password_and_code),
		cmocka_unit_test(test_code_is_accepted_once),
		cmocka_unit_test(test_officer_enrols_a_second_factor),
		cmocka_unit_test(test_dangerous_actions_need_a_recent_sign_in),
		cmocka_unit_test(test_token_scopes_follow_the_viewer_rules),
		cmocka_unit_test(test_token_revoked_or_expired_is_refused),
		cmocka_unit_test(test_openapi_names_each_scope),
		cmocka_unit_test(test_SA_11_1_page_and_api_reveal_the_same),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
