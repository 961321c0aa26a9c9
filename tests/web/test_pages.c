/*
 * What the pages decide for the people who use them: a chair's times
 * typed in London's time and kept in UTC; every field at fault named at
 * once; the API's own description served; news mail left in one click
 * without signing in; the audit log paged and filtered; a member's
 * forum page.
 *
 * Against the real server, with the harness of tests/web/harness.h:
 * `alliance serve` on a free loopback port over the arrangement of
 * tests/web/fixture.sh, driven with libcurl.  Environment: ALLIANCE,
 * FIXTURE, OPENAPI, and VALGRIND (a prefix for the server) if set.
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

/* The first line sqlite3 prints for q, into out. */
static void
query(const char *q, char *out, size_t sz)
{
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"%s\"", db, q);
	sh(cmd, out, sz);
}

static void
has(const struct resp *r, const char *want)
{
	if (strstr(r->body, want) == NULL)
		fail_msg("no \"%s\" in the answer", want);
}

/* --- the tests --- */

/*
 * SA-8.4: the chair types when a poll opens and closes in London's
 * time, as the date input and a time of day; in summer 5pm is 16:00
 * UTC.  Missing parts are each named and linked, and nothing changes.
 */
static void
test_SA_8_4_poll_times_typed_in_london_time(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[600], before[64], after[64], row[128];

	(void)state;
	sign_in(h, "lead@ww.example.org");
	csrf_of(h, "/groups/southwest", csrf);
	/* SA-8.4: counting is not offered while voting is open. */
	http(h, "/groups/southwest", NULL, NULL, &r);
	has(&r, "Poll: Endorse the winter letter");
	has(&r, "Voting closes 30 June 2025 at 6pm");
	assert_null(strstr(r.body, "Close and count"));
	resp_free(&r);
	/* The question missing, the opening's year and the closing's
	 * time missing: three faults, each in the summary. */
	digest(before);
	snprintf(body, sizeof(body), "csrf=%s&poll-text=&poll-opens-day=25&"
	    "poll-opens-month=6&poll-opens-year=&poll-opens-time=1pm&"
	    "poll-closes-day=28&poll-closes-month=6&poll-closes-year=2025&"
	    "poll-closes-time=", csrf);
	http(h, "/groups/southwest/polls", body, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<a href=\"#poll-text\">Enter the question members vote on");
	has(&r, "<a href=\"#poll-opens-year\">The date and time the poll "
	    "opens must include a year");
	has(&r, "<a href=\"#poll-closes-time\">The date and time the poll "
	    "closes must include a time");
	/* What was typed is kept, and only the parts at fault marked. */
	has(&r, "id=\"poll-opens-time\" name=\"poll-opens-time\" type=\"text\" "
	    "value=\"1pm\"");
	has(&r, "govuk-input--width-4 govuk-input--error\" id=\"poll-opens-"
	    "year\"");
	assert_null(strstr(r.body, "govuk-input--width-2 govuk-input--error\" "
	    "id=\"poll-opens-day\""));
	assert_null(strstr(r.body, "YYYY"));
	resp_free(&r);
	/* Closing before opening. */
	snprintf(body, sizeof(body), "csrf=%s&poll-text=Adopt+the+plan&"
	    "poll-opens-day=28&poll-opens-month=6&poll-opens-year=2025&"
	    "poll-opens-time=5pm&poll-closes-day=27&poll-closes-month=6&"
	    "poll-closes-year=2025&poll-closes-time=5pm", csrf);
	http(h, "/groups/southwest/polls", body, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<a href=\"#poll-closes-day\">Voting must close after it opens");
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	/* London's 1pm and 5pm in June are 12:00 and 16:00 UTC. */
	snprintf(body, sizeof(body), "csrf=%s&poll-text=Adopt+the+plan&"
	    "poll-opens-day=25&poll-opens-month=6&poll-opens-year=2025&"
	    "poll-opens-time=1pm&poll-closes-day=28&poll-closes-month=6&"
	    "poll-closes-year=2025&poll-closes-time=17%%3A00", csrf);
	http(h, "/groups/southwest/polls", body, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	query("SELECT opens || ' ' || closes FROM motion WHERE body = "
	    "'Adopt the plan'", row, sizeof(row));
	assert_string_equal(row, "2025-06-25T12:00 2025-06-28T16:00");
	/* And shown, and written to members, in London's time. */
	query("SELECT subject FROM outbox WHERE kind = 'poll' ORDER BY id "
	    "DESC LIMIT 1", row, sizeof(row));
	assert_non_null(strstr(row, "28 June 2025 at 5pm"));
	curl_easy_cleanup(h);
}

/*
 * SA-9.3, SA-13.2: the chair's other forms name every field at fault
 * at once, dates in the form's own terms, and change nothing.
 */
static void
test_chair_forms_name_every_fault(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[400], before[64], after[64];

	(void)state;
	sign_in(h, "lead@ww.example.org");
	csrf_of(h, "/groups/southwest", csrf);
	digest(before);
	snprintf(body, sizeof(body), "csrf=%s&el-closes-day=20&el-closes-"
	    "month=&el-closes-year=", csrf);
	http(h, "/groups/southwest/elections", body, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<li><a href=\"#el-office\">Select the office the election "
	    "is for</a></li>\n<li><a href=\"#el-closes-month\">The date "
	    "nominations close must include a month and a year</a></li>");
	resp_free(&r);
	snprintf(body, sizeof(body), "csrf=%s&ms-organisation=Penkridge+"
	    "Pantry&ms-status=suspended&ms-reason=&ms-date-day=31&ms-date-"
	    "month=6&ms-date-year=2025", csrf);
	http(h, "/groups/southwest/membership", body, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<li><a href=\"#ms-reason\">Enter the reason");
	has(&r, "<li><a href=\"#ms-date-day\">The date the change takes "
	    "effect must be a real date");
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	curl_easy_cleanup(h);
}

/* The API's description is served as committed, to anyone, with no
 * token; it is read, never written. */
static void
test_openapi_document_served(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	json_t		*got, *doc;
	json_error_t	 e;

	(void)state;
	http(h, "/api/v1/openapi.json", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.headers, "Content-Type: application/json"));
	got = json_loads(r.body, 0, &e);
	doc = json_load_file(getenv("OPENAPI"), 0, &e);
	assert_non_null(got);
	assert_non_null(doc);
	assert_true(json_equal(got, doc));
	json_decref(got);
	json_decref(doc);
	resp_free(&r);
	http(h, "/api/v1/openapi.json", "x=1", NULL, &r);
	assert_int_equal(r.status, 405);
	assert_non_null(strstr(r.headers, "Allow: GET"));
	resp_free(&r);
	curl_easy_cleanup(h);
}

/*
 * RFC 8058: news emails carry List-Unsubscribe with a link signed for
 * their person, and List-Unsubscribe-Post.  A POST of it, with no
 * sign-in and no form token, stops that person's news; a link altered
 * by one digit stops nothing.  Agendas and ballots still come.
 */
static void
test_news_stopped_in_one_click(void **state)
{
	CURL		*anon = browser();
	struct resp	 r;
	char		 cmd[1024], line[512], path[160], bad[160], n[32];
	char		 before[64], after[64], here[256];
	const char	*p, *q;

	(void)state;
	/* mail_headers.py is beside the fixture. */
	snprintf(here, sizeof(here), "%s", getenv("FIXTURE"));
	if (strrchr(here, '/') != NULL)
		*strrchr(here, '/') = '\0';
	else
		snprintf(here, sizeof(here), ".");
	snprintf(cmd, sizeof(cmd), "A=\"%s --db %s\"; export ALLIANCE_TODAY="
	    "2025-07-15; $A meeting notes 1 --text 'The forum met.' >/dev/null "
	    "&& $A meeting publish 1 >/dev/null 2>&1 && /usr/bin/python3 "
	    "%s/mail_headers.py %s %s lead@cc.example.org Notes "
	    "List-Unsubscribe List-Unsubscribe-Post | tr '\\n' '|'",
	    getenv("ALLIANCE"), db, here, getenv("ALLIANCE"), db);
	sh(cmd, line, sizeof(line));
	if (strstr(line, "|List-Unsubscribe-Post: List-Unsubscribe=One-Click|")
	    == NULL)
		fail_msg("the notes' headers: %s", line);
	p = strstr(line, "/unsubscribe/");
	assert_non_null(p);
	q = strchr(p, '>');
	assert_non_null(q);
	snprintf(path, sizeof(path), "%.*s", (int)(q - p), p);
	/* Opening the link changes nothing: mail scanners open links. */
	digest(before);
	http(anon, path, NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, "Stop news emails");
	resp_free(&r);
	/* A link altered by one digit is refused, and changes nothing. */
	snprintf(bad, sizeof(bad), "%s", path);
	bad[strlen(bad) - 1] = bad[strlen(bad) - 1] == '0' ? '1' : '0';
	http(anon, bad, "List-Unsubscribe=One-Click", NULL, &r);
	assert_int_equal(r.status, 404);
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	/* The mail program's POST: no cookie, no form token. */
	http(anon, path, "List-Unsubscribe=One-Click", NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, "News emails stopped");
	has(&r, "Lead cc will get no more published notes");
	resp_free(&r);
	/* No news is queued for them after; others still get it. */
	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-07-16 %s --db %s "
	    "meeting publish 1 --public >/dev/null 2>&1; sqlite3 %s \"SELECT "
	    "count(*) FROM outbox WHERE kind = 'notes' AND recipient = "
	    "'lead@cc.example.org'\"", getenv("ALLIANCE"), db, db);
	sh(cmd, n, sizeof(n));
	assert_string_equal(n, "1");
	query("SELECT count(*) FROM outbox WHERE kind = 'notes' AND "
	    "recipient = 'lead@kyt.example.org'", n, sizeof(n));
	assert_string_equal(n, "2");
	/* The link acts without a sign-in: its secret stays out of the
	 * server's access log. */
	snprintf(cmd, sizeof(cmd), "echo $(grep -c -F -e '%s' %s/serve.log) "
	    "$(grep -c -F '/unsubscribe/[link]' %s/serve.log)",
	    strrchr(path, '-') + 1, dir, dir);
	sh(cmd, line, sizeof(line));
	if (strncmp(line, "0 ", 2) != 0 || strtol(line + 2, NULL, 10) < 3)
		fail_msg("the access log and the link: %s", line);
	curl_easy_cleanup(anon);
}

/*
 * A member's home links each of its forums to the forum's own page,
 * which anyone may read (not the chair's dashboard, a 403 to them);
 * the chair finds the dashboard from it.
 */
static void
test_member_forum_page(void **state)
{
	CURL		*h = browser(), *chair = browser(), *anon = browser();
	struct resp	 r;

	(void)state;
	sign_in(h, "lead@bb.example.org");
	http(h, "/me", NULL, NULL, &r);
	has(&r, "<a class=\"govuk-link\" href=\"/forums/southwest\">Southwest "
	    "Staffordshire VCSE Healthy Communities Forum</a>");
	resp_free(&r);
	http(h, "/forums/southwest", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, "Brewood Befrienders");
	has(&r, "14 July 2025 at 10am");
	assert_null(strstr(r.body, "chair's dashboard"));
	resp_free(&r);
	http(anon, "/forums/southwest", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	http(anon, "/forums/nowhere", NULL, NULL, &r);
	assert_int_equal(r.status, 404);
	resp_free(&r);
	sign_in(chair, "lead@ww.example.org");
	http(chair, "/forums/southwest", NULL, NULL, &r);
	has(&r, "href=\"/groups/southwest\">Run the forum: the chair's "
	    "dashboard");
	resp_free(&r);
	curl_easy_cleanup(h);
	curl_easy_cleanup(chair);
	curl_easy_cleanup(anon);
}

/*
 * SA-9.3: the nominations email links the election; while it takes
 * nominations that address opens the nomination form, through sign-in
 * for one not signed in.
 */
static void
test_SA_9_3_nominations_link_opens_the_form(void **state)
{
	CURL		*h = browser(), *anon = browser();
	struct resp	 r;
	char		 cmd[512], id[32], path[64], want[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-06-25 %s --db %s "
	    "election open --group southwest --office chair --closes "
	    "2025-07-20 >/dev/null && sqlite3 %s \"SELECT max(id) FROM "
	    "election\"", getenv("ALLIANCE"), db, db);
	sh(cmd, id, sizeof(id));
	snprintf(path, sizeof(path), "/elections/%s", id);
	snprintf(cmd, sizeof(cmd), "SELECT count(*) > 0 FROM outbox WHERE "
	    "kind = 'nominations' AND body_text LIKE '%%%s\n%%'", path);
	query(cmd, want, sizeof(want));
	assert_string_equal(want, "1");
	http(anon, path, NULL, NULL, &r);
	assert_int_equal(r.status, 303);
	snprintf(want, sizeof(want), "Location: /sign-in?next=%s\r", path);
	assert_non_null(strstr(r.headers, want));
	resp_free(&r);
	sign_in(h, "lead@bb.example.org");
	http(h, path, NULL, NULL, &r);
	assert_int_equal(r.status, 303);
	snprintf(want, sizeof(want), "Location: %s/nominate\r", path);
	assert_non_null(strstr(r.headers, want));
	resp_free(&r);
	snprintf(want, sizeof(want), "%s/nominate", path);
	http(h, want, NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, "Stand for chair");
	resp_free(&r);
	curl_easy_cleanup(h);
	curl_easy_cleanup(anon);
}

/*
 * SA-6.3: the chair records the whole register in one submit, in one
 * change: a wrong choice for one organisation keeps none of them.
 */
static void
test_SA_6_3_register_in_one_submit(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[400], ww[16], cc[16], kyt[16], n[16];
	char		 before[64], after[64];

	(void)state;
	sign_in(h, "lead@ww.example.org");
	csrf_of(h, "/groups/southwest", csrf);
	query("SELECT id FROM organisation WHERE short_name = 'ww'", ww,
	    sizeof(ww));
	query("SELECT id FROM organisation WHERE short_name = 'cc'", cc,
	    sizeof(cc));
	query("SELECT id FROM organisation WHERE short_name = 'kyt'", kyt,
	    sizeof(kyt));
	digest(before);
	snprintf(body, sizeof(body), "csrf=%s&att-%s=present&att-%s=present&"
	    "att-%s=maybe", csrf, ww, cc, kyt);
	http(h, "/meetings/1/register", body, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<a href=\"#register\">");
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	snprintf(body, sizeof(body), "csrf=%s&att-%s=present&att-%s=present&"
	    "att-%s=apologies", csrf, ww, cc, kyt);
	http(h, "/meetings/1/register", body, NULL, &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "done=register&n=3"));
	resp_free(&r);
	query("SELECT count(*) FROM attendance WHERE meeting_id = 1", n,
	    sizeof(n));
	assert_string_equal(n, "3");
	http(h, "/meetings/1?done=register&n=3", NULL, NULL, &r);
	has(&r, "Attendance recorded for 3 organisations.");
	has(&r, "id=\"att-");
	resp_free(&r);
	curl_easy_cleanup(h);
}

/* The audit log: newest first, 25 a page, filtered by what and who,
 * each entry a sentence. */
static void
test_audit_log_paged_and_filtered(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 top[32], want[160], n[32];
	const char	*first, *second;

	(void)state;
	officer_sign_in(h);
	http(h, "/officer/audit", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, "Chain intact");
	query("SELECT max(seq) FROM audit", top, sizeof(top));
	/* The newest entry comes first. */
	snprintf(want, sizeof(want), "Entry %s.", top);
	first = strstr(r.body, "app-audit__entry");
	assert_non_null(first);
	assert_true(strstr(first, want) != NULL && strstr(first, want) <
	    strstr(first + 1, "app-audit__entry"));
	/* 25 a page, and a way to the next. */
	{
		int k = 0;

		for (second = r.body; (second = strstr(second,
		    "class=\"app-audit__entry\"")) != NULL; second++)
			k++;
		assert_int_equal(k, 25);
	}
	has(&r, "href=\"/officer/audit?page=2\" rel=\"next\"");
	resp_free(&r);
	/* What: memberships only, in sentences. */
	http(h, "/officer/audit?what=membership.&who=fixture+officer", NULL,
	    NULL, &r);
	query("SELECT count(*) FROM audit WHERE action LIKE "
	    "'membership.%' AND actor = 'fixture officer'", n, sizeof(n));
	snprintf(want, sizeof(want), "<p class=\"govuk-body\" id=\"audit-"
	    "count\">%s entries", n);
	has(&r, want);
	has(&r, "Fixture officer</span> added the membership of Wombourne "
	    "Wellbeing on 2 June 2025 at 1pm.");
	assert_null(strstr(r.body, "signed in on"));
	assert_null(strstr(r.body, "membership.add"));
	resp_free(&r);
	/* A page past the end is the first. */
	http(h, "/officer/audit?page=999", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	snprintf(want, sizeof(want), "Entry %s.", top);
	has(&r, want);
	resp_free(&r);
	curl_easy_cleanup(h);
}

/*
 * The audit log names what an entry was done to in at most 80
 * characters, cut between two characters, never inside one: an
 * organisation named with 85 two-byte letters shows 80 and "...".
 */
static void
test_audit_log_cuts_names_between_characters(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 name[200], want[200], cmd[600];
	size_t		 i;

	(void)state;
	for (i = 0; i < 85; i++)
		memcpy(name + 2 * i, "\xc3\xa9", 2);	/* é */
	name[170] = '\0';
	snprintf(cmd, sizeof(cmd), "%s --db %s org add --name '%s' --sector "
	    "vcse >/dev/null", getenv("ALLIANCE"), db, name);
	assert_int_equal(system(cmd), 0);
	snprintf(want, sizeof(want), "%.160s...", name);
	officer_sign_in(h);
	http(h, "/officer/audit", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, want);
	curl_easy_cleanup(h);
	resp_free(&r);
}

/* The number of entries the page counts, as the database has them
 * between two moments in UTC ("" for no bound). */
static void
audit_count_between(const char *lo, const char *hi, char *out, size_t sz)
{
	char q[300];

	snprintf(q, sizeof(q), "SELECT count(*) FROM audit WHERE ('%s' = '' "
	    "OR at >= '%s') AND ('%s' = '' OR at < '%s')", lo, lo, hi, hi);
	query(q, out, sz);
}

/* The audit log filtered by when: the first and last day as typed in
 * GOV.UK date inputs, days of London's calendar (summer time: a day
 * begins at 23:00 UTC the day before); a date that is not one, a part
 * missing, or a last day before the first is a 400 whose error summary
 * names the field, with what was typed kept. */
static void
test_audit_log_filtered_by_when(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 n[32], want[200];

	(void)state;
	officer_sign_in(h);
	/* Up to the last day: 2 June 2025, London. */
	http(h, "/officer/audit?to-day=2&to-month=6&to-year=2025", NULL, NULL,
	    &r);
	assert_int_equal(r.status, 200);
	audit_count_between("", "2025-06-02T23:00", n, sizeof(n));
	assert_true(strtol(n, NULL, 10) > 25);
	snprintf(want, sizeof(want), "id=\"audit-count\">%s entries to 2 "
	    "June 2025, 25 a page.", n);
	has(&r, want);
	/* The next page keeps the filter. */
	has(&r, "href=\"/officer/audit?page=2&amp;to-day=2&amp;to-month=6&amp;to-year="
	    "2025\" rel=\"next\"");
	/* What was typed is kept in the form. */
	has(&r, "id=\"to-month\" name=\"to-month\" type=\"text\"");
	has(&r, "value=\"6\"");
	resp_free(&r);
	/* One day, typed with spaces, from and to. */
	http(h, "/officer/audit?from-day=+24&from-month=06&from-year=2025&"
	    "to-day=24&to-month=6&to-year=2025", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	audit_count_between("2025-06-23T23:00", "2025-06-24T23:00", n,
	    sizeof(n));
	assert_true(strtol(n, NULL, 10) > 0);
	snprintf(want, sizeof(want), "id=\"audit-count\">%s entr%s from 24 "
	    "June 2025 to 24 June 2025", n, strtol(n, NULL, 10) == 1 ? "y" : "ies");
	has(&r, want);
	has(&r, "on 24 June 2025 at");
	assert_null(strstr(r.body, "on 2 June 2025 at"));
	assert_null(strstr(r.body, "on 25 June 2025 at"));
	resp_free(&r);
	/* Not a real date: 400, the error summary linking the day. */
	http(h, "/officer/audit?from-day=31&from-month=2&from-year=2025", NULL,
	    NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<title>Error: Audit log");
	has(&r, "There is a problem");
	has(&r, "<a href=\"#from-day\">The first day must be a real date");
	has(&r, "value=\"31\"");
	assert_null(strstr(r.body, "app-audit__entry"));
	resp_free(&r);
	/* A part missing: named, and linked to that part. */
	http(h, "/officer/audit?to-day=5&to-year=2025", NULL, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<a href=\"#to-month\">The last day must include a month");
	resp_free(&r);
	/* The last day before the first. */
	http(h, "/officer/audit?from-day=24&from-month=6&from-year=2025&"
	    "to-day=2&to-month=6&to-year=2025", NULL, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<a href=\"#to-day\">The last day must be the same as or "
	    "after the first day");
	resp_free(&r);
	/* Letters in a part: a date that is not one, not a crash. */
	http(h, "/officer/audit?from-day=first&from-month=6&from-year=2025",
	    NULL, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "The first day must be a real date");
	resp_free(&r);
	curl_easy_cleanup(h);
}

/*
 * SA-E2.2: a tie goes to a run-off.  The tied round's page says who
 * tied and links the run-off; once the run-off is announced, its page
 * shows every round with its figures.
 */
static void
test_SA_E2_2_runoff_rounds_on_the_outcome(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 cmd[1600], run[32], want[160];

	(void)state;
	snprintf(cmd, sizeof(cmd), "A=\"%s --db %s\"; set -e; "
	    "export ALLIANCE_NOW=2025-06-25T12:00; "
	    "$A election vote 1 --organisation ww --candidate 'Lead cc'; "
	    "$A election vote 1 --organisation pp --candidate 'Lead kyt'; "
	    "export ALLIANCE_NOW=2025-07-01T09:00; $A election count 1; "
	    "R=$(sqlite3 %s 'SELECT id FROM election WHERE previous_id = 1'); "
	    "$A election ballot $R --opens 2025-07-01T10:00 --closes "
	    "2025-07-02T17:00; export ALLIANCE_NOW=2025-07-01T11:00; "
	    "$A election vote $R --organisation ww --candidate 'Lead cc'; "
	    "export ALLIANCE_NOW=2025-07-03T09:00; $A election count $R; "
	    "$A election verify $R; $A election announce $R; ) >/dev/null "
	    "2>&1; sqlite3 %s 'SELECT id FROM election WHERE previous_id = 1'",
	    getenv("ALLIANCE"), db, db, db);
	/* The subshell keeps set -e to the commands. */
	memmove(cmd + 1, cmd, strlen(cmd) + 1);
	cmd[0] = '(';
	sh(cmd, run, sizeof(run));
	assert_true(atoi(run) > 1);
	sign_in(h, "lead@bb.example.org");
	http(h, "/elections/1", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, "Round 1 ended in a tie between Lead cc and Lead kyt");
	snprintf(want, sizeof(want), "href=\"/elections/%s\">The run-off", run);
	has(&r, want);
	resp_free(&r);
	snprintf(want, sizeof(want), "/elections/%s", run);
	http(h, want, NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, "Elected");
	has(&r, "Earlier rounds");
	has(&r, "Round 1: a tie between Lead cc and Lead kyt");
	has(&r, "id=\"chart-round-1\"");
	resp_free(&r);
	curl_easy_cleanup(h);
}

/*
 * The annual report's PDF is tagged (its headings, paragraphs, tables,
 * figures and a link to the report online in its structure), and its
 * text still reads in order.
 */
static void
test_SC_annual_pdf_is_tagged(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 path[256], cmd[600], out[256];
	FILE		*f;

	(void)state;
	http(h, "/reports/annual/2025.pdf", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	snprintf(path, sizeof(path), "%s/report.pdf", dir);
	assert_non_null(f = fopen(path, "wb"));
	assert_int_equal(fwrite(r.body, 1, r.len, f), r.len);
	fclose(f);
	resp_free(&r);
	snprintf(cmd, sizeof(cmd), "pdfinfo %s | grep '^Tagged:'", path);
	sh(cmd, out, sizeof(out));
	assert_string_equal(out, "Tagged:          yes");
	/* The structure's elements, by their types. */
	snprintf(cmd, sizeof(cmd), "for t in H1 H2 P Table TH TD Figure "
	    "Link; do printf '%%s=%%s ' $t $(grep -ac \"/S /$t\\b\" %s); "
	    "done", path);
	sh(cmd, out, sizeof(out));
	if (strstr(out, "H1=1 ") == NULL || strstr(out, "H2=0 ") != NULL ||
	    strstr(out, "Table=0 ") != NULL || strstr(out, "TD=0 ") != NULL ||
	    strstr(out, "Figure=0 ") != NULL || strstr(out, "Link=1 ") ==
	    NULL)
		fail_msg("the structure: %s", out);
	snprintf(cmd, sizeof(cmd), "pdftotext %s - | grep -c 'Read this "
	    "report online'", path);
	sh(cmd, out, sizeof(out));
	assert_string_equal(out, "1");
	curl_easy_cleanup(h);
}

/*
 * 360Giving: a year with no grants has no 360Giving file.  The API
 * refuses it naming the year (never an empty, invalid package), and the
 * officers' funding page says so instead of linking to it.
 */
static void
test_360giving_year_without_grants(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 auth[200];

	(void)state;
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	http(h, "/api/v1/grants/2024", NULL, auth, &r);
	assert_int_equal(r.status, 404);
	has(&r, "2024 has no grants or small grants to publish as 360Giving "
	    "data");
	assert_null(strstr(r.body, "\"grants\""));
	resp_free(&r);
	officer_sign_in(h);
	/* The fixture's year, 2025, has none either. */
	http(h, "/officer/partners/funding", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, "No grants or small grants were recorded for 2025, so there "
	    "is no 360Giving data for it.");
	assert_null(strstr(r.body, "/api/v1/grants/"));
	resp_free(&r);
	curl_easy_cleanup(h);
}

/*
 * The constitution as a form of its settings, the day it came into
 * force in words: a setting changed on the form is written into the
 * text in force (its notes kept) as a new version; a wrong value is
 * named by what the setting means, linked to its field, and changes
 * nothing.
 */
static void
test_constitution_edited_as_a_form(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[300], before[64], after[64], n[32];

	(void)state;
	officer_sign_in(h);
	http(h, "/officer/constitution", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	has(&r, "<h2 class=\"govuk-heading-m\" id=\"group-agenda\">Agendas");
	has(&r, "name=\"set.agenda.notice_days\"");
	has(&r, "href=\"/officer/constitution?as=text\"");
	assert_null(strstr(r.body, "id=\"constitution\""));
	/* The day in words; each setting's name apart from its rule. */
	has(&r, "in force since 1 April 2022.");
	has(&r, "Rule SA-10.2. <code>agenda.notice_days</code>");
	resp_free(&r);
	csrf_of(h, "/officer/constitution", csrf);
	digest(before);
	snprintf(body, sizeof(body), "csrf=%s&set.agenda.notice_days=ten",
	    csrf);
	http(h, "/officer/constitution", body, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<a href=\"#set-agenda-notice_days\">");
	assert_null(strstr(r.body, "Line "));
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	snprintf(body, sizeof(body), "csrf=%s&set.agenda.notice_days=10",
	    csrf);
	http(h, "/officer/constitution", body, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	query("SELECT count(*) FROM constitution_version WHERE effective_to "
	    "IS NULL AND body LIKE '%agenda.notice_days = 10%' AND body LIKE "
	    "'# Constitution of%'", n, sizeof(n));
	assert_string_equal(n, "1");
	/* The text, for experts, as before; beside it the table of
	 * settings gives a list's entries too. */
	http(h, "/officer/constitution?as=text", NULL, NULL, &r);
	has(&r, "id=\"constitution\"");
	has(&r, "data-label=\"Value\">Welcome, apologies and introductions; "
	    "Declarations of interests; Action log/tracker");
	resp_free(&r);
	curl_easy_cleanup(h);
}

/*
 * SC-plan, SA-12: the officers' partners and disputes forms name every
 * field at fault at once, in the form's own terms, each linked to its
 * field, keep what was typed, and change nothing.
 */
static void
test_SC_plan_SA_12_officer_forms_name_every_fault(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	char		 csrf[64], body[400], before[64], after[64];

	(void)state;
	officer_sign_in(h);
	csrf_of(h, "/officer/disputes", csrf);
	digest(before);
	snprintf(body, sizeof(body), "csrf=%s&owner=Sam+Jones&due-day=31&"
	    "due-month=2&due-year=2027", csrf);
	http(h, "/officer/partners/plan", body, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<title>Error: ");
	has(&r, "<li><a href=\"#organisation\">Enter the partner delivering "
	    "the action</a></li>\n<li><a href=\"#action\">Enter the action"
	    "</a></li>\n<li><a href=\"#due-day\">The date the action is due "
	    "by must be a real date");
	has(&r, "value=\"Sam Jones\"");
	resp_free(&r);
	snprintf(body, sizeof(body), "csrf=%s&kind=grant&title=Warm+rooms&"
	    "starts-day=1&starts-month=4&starts-year=2026&ends-day=31",
	    csrf);
	http(h, "/officer/partners/funding", body, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<li><a href=\"#funder\">Enter the funder");
	has(&r, "<li><a href=\"#recipient\">Enter the recipient");
	has(&r, "<li><a href=\"#amount\">Enter the amount in pounds");
	has(&r, "<li><a href=\"#ends-month\">The last day of the funding "
	    "must include a month and a year");
	has(&r, "value=\"Warm rooms\"");
	resp_free(&r);
	snprintf(body, sizeof(body), "csrf=%s&kind=dispute&subject=Shared+"
	    "credit&first-contact-day=40&first-contact-month=1&first-contact-"
	    "year=2026", csrf);
	http(h, "/officer/disputes", body, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "<title>Error: ");
	has(&r, "<li><a href=\"#organisation\">Enter the organisation "
	    "raising it</a></li>\n<li><a href=\"#against\">Enter the other "
	    "organisation: a dispute is between two organisations</a></li>\n<li><a href=\"#first-"
	    "contact-day\">The day it was first raised must be a real date");
	has(&r, "value=\"Shared credit\"");
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	curl_easy_cleanup(h);
}

/*
 * One router (issue 12): every field of the officers' and chairs' forms
 * is declared by the route the form posts to, with its kind, as
 * `serve --routes` lists them; a field refused by its kind changes
 * nothing and is named: text too long shows the form again with the
 * GOV.UK error summary linking to the field, a choice the form does not
 * offer is the 400 naming it.
 */
static const char *const form_pages[][2] = {
	{ "c", "/meetings/1" }, { "c", "/groups/southwest" },
	{ "c", "/elections/1/manage" }, { "o", "/officer/organisations" },
	{ "o", "/officer/people" }, { "o", "/officer/positions" },
	{ "o", "/officer/import" }, { "o", "/officer/disputes" },
	{ "o", "/officer/partners/contacts" }, { "o", "/officer/partners/plan" },
	{ "o", "/officer/partners/progress" },
	{ "o", "/officer/partners/milestones" },
	{ "o", "/officer/partners/influence" },
	{ "o", "/officer/partners/partnerships" },
	{ "o", "/officer/partners/funding" }, { "o", "/officer/partners/aims" },
	{ "o", "/officer/partners/consultations" },
	{ "o", "/officer/partners/feedback" }, { "o", "/reports/annual/2025" },
	{ "c", "/me" }, { "c", "/polls/1" }, { "c", "/elections/1" },
	{ "c", "/me/sign" }, { "o", "/officer/constitution" },
	{ "o", "/officer/constitution?as=text" },
};

/*
 * 1 when line (a route of `serve --routes`) declares the field name:
 * by its name, or as one of a family of fields ("att-{id}=": "att-" and
 * a record's id; "set.{setting}=": "set." and a name).
 */
static int
declares(const char *line, const char *name)
{
	char		 want[80];
	const char	*p, *open, *close;
	size_t		 n;

	snprintf(want, sizeof(want), " %s=", name);
	if (strstr(line, want) != NULL)
		return 1;
	for (p = line; (open = strchr(p, '{')) != NULL; p = open + 1) {
		if ((close = strchr(open, '}')) == NULL || close[1] != '=')
			continue;
		for (n = 0; open - n > line && open[-(long)n - 1] != ' '; n++)
			;
		if (strncmp(name, open - n, n) != 0 || name[n] == '\0')
			continue;
		if (strncmp(open, "{id}", 4) != 0 || strspn(name + n,
		    "0123456789") == strlen(name + n))
			return 1;
	}
	return 0;
}

/* The POST route's line of `serve --routes` for action, into out. */
static int
post_route(char (*lines)[600], size_t n, const char *action, char *out)
{
	char	pat[200];
	size_t	i;

	for (i = 0; i < n; i++)
		if (sscanf(lines[i], "POST %199s", pat) == 1 &&
		    matches(pat, action)) {
			snprintf(out, 600, "%s", lines[i]);
			return 1;
		}
	return 0;
}

/* Every field of the constitution's settings form (html) declared by
 * POST /officer/constitution; how many settings there are. */
static size_t
settings_declared(char (*lines)[600], size_t n, const char *html)
{
	char		 line[600], name[80];
	const char	*p, *end = NULL;
	size_t		 k, settings = 0;

	if (!post_route(lines, n, "/officer/constitution", line))
		fail_msg("/officer/constitution: no POST route");
	/* The form's own fields, not the page's (<meta name=...>). */
	if ((html = strstr(html, "action=\"/officer/constitution\"")) == NULL ||
	    (end = strstr(html, "</form>")) == NULL)
		fail_msg("/officer/constitution: no form of settings");
	for (p = html; (p = strstr(p, " name=\"")) != NULL && p < end;
	    p += k) {
		p += 7;
		k = strcspn(p, "\"");
		snprintf(name, sizeof(name), "%.*s", (int)k, p);
		if (strcmp(name, "csrf") == 0)
			continue;
		if (!declares(line, name))
			fail_msg("/officer/constitution: field %s is not "
			    "declared: %s", name, line);
		settings += strncmp(name, "set.", 4) == 0;
	}
	return settings;
}

static void
test_forms_declare_every_field_and_refuse_naming_it(void **state)
{
	static const struct { int officer; const char *path, *form, *field,
	    *shown, *says; } bad[] = {
		{ 0, "/groups/southwest/polls", "poll-text", "poll-text",
		  "action=\"/groups/southwest/polls\"", "is too long; at most "
		  "20000 characters are accepted" },
		{ 0, "/meetings/1/decide", "item=1&decision", "decision",
		  "action=\"/meetings/1/decide\"", "is too long; at most 4000" },
		{ 1, "/officer/organisations", "sector=vcse&name", "name",
		  "action=\"/officer/organisations\"", "is too long; at most "
		  "1000" },
		{ 1, "/officer/partners/plan", "action", "action",
		  "action=\"/officer/partners/plan\"", "is too long" },
		{ 1, "/officer/disputes", "kind=breach&subject", "subject",
		  "action=\"/officer/disputes\"", "is too long" },
		{ 0, "/me/sign", "role=Chair&name", "name",
		  "action=\"/me/sign\"", "is too long; at most 1000" },
	};
	static char	 lines[200][600];
	size_t		 family = 0;
	CURL		*h[2] = { browser(), browser() };
	struct resp	 r;
	FILE		*f;
	char		 cmd[400], csrf[2][64], line[600], *body, before[64],
			 after[64], want[80];
	size_t		 n = 0, i, k, checked = 0;
	int		 o;

	(void)state;
	sign_in(h[0], "lead@ww.example.org");	/* the chair of southwest */
	officer_sign_in(h[1]);
	csrf_of(h[0], "/me", csrf[0]);
	csrf_of(h[1], "/officer", csrf[1]);
	snprintf(cmd, sizeof(cmd), "%s --db %s serve --routes",
	    getenv("ALLIANCE"), db);
	assert_non_null(f = popen(cmd, "r"));
	while (n < 200 && fgets(lines[n], sizeof(lines[n]), f) != NULL)
		n++;
	pclose(f);
	for (i = 0; i < sizeof(form_pages) / sizeof(form_pages[0]); i++) {
		o = form_pages[i][0][0] == 'o';
		http(h[o], form_pages[i][1], NULL, NULL, &r);
		if (r.status != 200)
			fail_msg("%s: %ld", form_pages[i][1], r.status);
		forms_of(o ? OFFICER : CHAIR, r.body);
		/* The settings' form has more fields than forms_of keeps:
		 * each of them here. */
		if (strcmp(form_pages[i][1], "/officer/constitution") == 0)
			family += settings_declared(lines, n, r.body);
		resp_free(&r);
	}
	for (i = 0; i < nform; i++) {
		/* Not these pages' own: signing out. */
		if (strncmp(form[i].action, "/sign-out", 9) == 0)
			continue;
		if (!post_route(lines, n, form[i].action, line))
			fail_msg("%s: no POST route", form[i].action);
		for (k = 0; k < form[i].n; k++) {
			/* The register's rows ("att-12") and the
			 * constitution's settings ("set.quorum") are
			 * declared as families. */
			if (strcmp(form[i].name[k], "csrf") == 0)
				continue;
			if (!declares(line, form[i].name[k]))
				fail_msg("%s: field %s is not declared: %s",
				    form[i].action, form[i].name[k], line);
			family += strncmp(form[i].name[k], "att-", 4) == 0;
			checked++;
		}
	}
	print_message("%zu fields of %zu forms declared, %zu of them in "
	    "families\n", checked, nform, family);
	assert_true(checked > 100);
	/* The register's rows, and the settings on their form. */
	assert_true(family > 100);
	digest(before);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		o = bad[i].officer;
		assert_non_null(body = malloc(30000));
		k = (size_t)snprintf(body, 30000, "csrf=%s&%s=", csrf[o],
		    bad[i].form);
		memset(body + k, 'x', 20001);
		body[k + 20001] = '\0';
		http(h[o], bad[i].path, body, NULL, &r);
		free(body);
		snprintf(want, sizeof(want), "<a href=\"#%s\">", bad[i].field);
		if (r.status != 400 || strstr(r.body, "govuk-error-summary") ==
		    NULL || strstr(r.body, want) == NULL || strstr(r.body,
		    bad[i].says) == NULL || strstr(r.body, bad[i].shown) ==
		    NULL)
			fail_msg("%s: %ld, %.400s", bad[i].path, r.status,
			    strstr(r.body, "summary__list") != NULL ?
			    strstr(r.body, "summary__list") : r.body);
		resp_free(&r);
	}
	/* A choice the form does not offer: the 400 naming it. */
	snprintf(cmd, sizeof(cmd), "csrf=%s&name=Leek+Larder&sector=charity",
	    csrf[1]);
	http(h[1], "/officer/organisations", cmd, NULL, &r);
	assert_int_equal(r.status, 400);
	has(&r, "sector: not accepted; expected one of vcse, public or "
	    "private");
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
	curl_easy_cleanup(h[0]);
	curl_easy_cleanup(h[1]);
}

static int
pages_setup(void **state)
{
	return setup(state);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_SA_8_4_poll_times_typed_in_london_time),
		cmocka_unit_test(test_openapi_document_served),
		cmocka_unit_test(test_chair_forms_name_every_fault),
		cmocka_unit_test(
		    test_SC_plan_SA_12_officer_forms_name_every_fault),
		cmocka_unit_test(test_news_stopped_in_one_click),
		cmocka_unit_test(test_member_forum_page),
		cmocka_unit_test(test_SA_6_3_register_in_one_submit),
		cmocka_unit_test(test_audit_log_paged_and_filtered),
		cmocka_unit_test(test_audit_log_filtered_by_when),
		cmocka_unit_test(test_audit_log_cuts_names_between_characters),
		cmocka_unit_test(test_SA_E2_2_runoff_rounds_on_the_outcome),
		cmocka_unit_test(test_SC_annual_pdf_is_tagged),
		cmocka_unit_test(test_360giving_year_without_grants),
		cmocka_unit_test(test_constitution_edited_as_a_form),
		cmocka_unit_test(test_SA_9_3_nominations_link_opens_the_form),
		cmocka_unit_test(
		    test_forms_declare_every_field_and_refuse_naming_it),
	};

	if (getenv("ALLIANCE") == NULL || getenv("FIXTURE") == NULL) {
		fprintf(stderr, "set ALLIANCE and FIXTURE\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, pages_setup, teardown);
}
