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

/* Everything cmd prints, from malloc(). */
static char *
output_of(const char *cmd)
{
	FILE	*f = popen(cmd, "r");
	char	*out = NULL;
	size_t	 n = 0, cap = 0, k;

	assert_non_null(f);
	do {
		if (n + 4096 + 1 > cap) {
			cap = (n + 4096 + 1) * 2;
			assert_non_null(out = realloc(out, cap));
		}
		k = fread(out + n, 1, 4096, f);
		n += k;
	} while (k > 0);
	out[n] = '\0';
	assert_int_equal(pclose(f), 0);
	return out;
}

/* Every setting with its value in force at the end of the year (after
 * every version the test applies), as the command line gives them
 * (--json), from malloc(). */
static char *
settings_now(void)
{
	char cmd[600];

	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-06-02 %s --db %s "
	    "--json constitution settings --date 2025-12-31",
	    getenv("ALLIANCE"), db);
	return output_of(cmd);
}

/* Appends the n bytes of html text at s to the form body *b, as the
 * browser sends them: entities read, then URL-encoded. */
static void
put_value(CURL *h, char **b, const char *s, size_t n)
{
	static const char *const ent[] = { "&amp;", "&", "&lt;", "<", "&gt;",
	    ">", "&quot;", "\"", "&#39;", "'", NULL };
	char	*raw, *enc;
	size_t	 i, k = 0, e;

	assert_non_null(raw = malloc(n + 1));
	for (i = 0; i < n; ) {
		for (e = 0; ent[e] != NULL; e += 2)
			if (strncmp(s + i, ent[e], strlen(ent[e])) == 0)
				break;
		if (ent[e] != NULL) {
			raw[k++] = ent[e + 1][0];
			i += strlen(ent[e]);
		} else
			raw[k++] = s[i++];
	}
	raw[k] = '\0';		/* (a length of 0 is read as strlen) */
	assert_non_null(enc = curl_easy_escape(h, raw, (int)k));
	assert_non_null(*b = realloc(*b, strlen(*b) + strlen(enc) + 1));
	strcat(*b, enc);
	curl_free(enc);
	free(raw);
}

/*
 * The body a browser sends for the constitution's form of settings in
 * html, every field as shown but those of edit (pairs of a name and
 * the value typed, then NULL); *nset gets how many settings ("set.")
 * it sends.  From malloc().
 */
static char *
settings_form_sent(CURL *h, const char *html, const char *const *edit,
    size_t *nset)
{
	const char	*p, *end, *tag, *name, *v, *stop;
	char		*b = NULL;
	size_t		 k, e;
	int		 area;

	assert_non_null(p = strstr(html, "action=\"/officer/constitution\""));
	assert_non_null(end = strstr(p, "</form>"));
	assert_non_null(b = calloc(1, 1));
	*nset = 0;
	while ((tag = strstr(p, "<")) != NULL && tag < end) {
		p = tag + 1;
		area = strncmp(tag, "<textarea ", 10) == 0;
		if (!area && strncmp(tag, "<input ", 7) != 0)
			continue;
		stop = strchr(tag, '>');
		if ((name = strstr(tag, " name=\"")) == NULL || name > stop)
			continue;
		name += 7;
		k = strcspn(name, "\"");
		assert_non_null(b = realloc(b, strlen(b) + k + 3));
		strcat(b, *b ? "&" : "");
		strncat(b, name, k);
		strcat(b, "=");
		*nset += strncmp(name, "set.", 4) == 0;
		for (e = 0; edit[e] != NULL; e += 2)
			if (strlen(edit[e]) == k && strncmp(name, edit[e], k) ==
			    0)
				break;
		if (edit[e] != NULL) {
			put_value(h, &b, edit[e + 1], strlen(edit[e + 1]));
			continue;
		}
		if (area) {
			v = stop + 1;
			assert_non_null(stop = strstr(v, "</textarea>"));
		} else if ((v = strstr(tag, " value=\"")) != NULL && v < stop) {
			v += 8;
			stop = v + strcspn(v, "\"");
		} else
			continue;
		put_value(h, &b, v, (size_t)(stop - v));
	}
	return b;
}

/* The constitution form sent as body (then freed), which must save:
 * the page's errors if not. */
static void
saved(CURL *h, char *body, const char *what)
{
	struct resp	r;

	http(h, "/officer/constitution", body, NULL, &r);
	if (r.status != 303)
		fail_msg("%s: %ld: %.600s", what, r.status,
		    strstr(r.body, "summary__list") != NULL ?
		    strstr(r.body, "summary__list") : r.body);
	resp_free(&r);
	free(body);
}

/*
 * Every setting of the constitution is on its form: the make-up of
 * groups and the milestones too (32 were missing, and the form could
 * not have sent them: a request held 128 fields at most).  The form
 * sent as shown applies a version whose settings are all as they were;
 * one make-up setting edited on it is the one that changes.  One value
 * is 10,000 characters: it reaches the server in pieces, joined whole.
 */
static void
test_constitution_form_keeps_every_setting(void **state)
{
	static const char *const none[] = { NULL };
	/* From the next day: the version of the day is the form's own. */
	static const char *const edit[] = {
		"set.makeup.from_parent.working-group", "5",
		"effective-day", "26", "effective-month", "6",
		"effective-year", "2025", NULL };
	CURL		*h = browser();
	struct resp	 r;
	char		*before, *after, *body, *want, cmd[1200], n[16];
	const char	*at;
	size_t		 nset, settings = 0;

	(void)state;
	/* A version with make-up settings and two milestones set. */
	snprintf(cmd, sizeof(cmd), "cd %s && A='%s --db %s' && "
	    "ALLIANCE_TODAY=2025-06-02 && export ALLIANCE_TODAY && "
	    "$A constitution show > c.txt && printf '%%s\\n' "
	    "'makeup.from_parent.working-group = 3' "
	    "'makeup.parent_chair.working-group = yes' "
	    "'makeup.seats.working-group = Chief executive of Support "
	    "Staffordshire' 'makeup.seats.working-group = A \"lead\" & a "
	    "deputy' \"makeup.reports_to.working-group = The Board$(printf "
	    "' and its committee%%.0s' $(seq 500))\" "
	    "'milestones = 2026-03-31 The first annual report' >> c.txt && "
	    "$A constitution apply c.txt >/dev/null", dir, getenv("ALLIANCE"),
	    db);
	assert_int_equal(system(cmd), 0);
	before = settings_now();
	assert_non_null(strstr(before, "The Board and its committee and its"));
	assert_true(strlen(before) > 10000);
	for (at = before; (at = strstr(at, "\"setting\":")) != NULL; at++)
		settings++;
	assert_true(settings >= 145);
	officer_sign_in(h);
	http(h, "/officer/constitution", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	body = settings_form_sent(h, r.body, none, &nset);
	resp_free(&r);
	assert_int_equal(nset, settings);
	saved(h, body, "the form as shown");
	query("SELECT count(*) FROM constitution_version", n, sizeof(n));
	assert_string_equal(n, "3");
	after = settings_now();
	assert_string_equal(before, after);
	free(after);

	/* One make-up setting edited on the form: that one changes. */
	http(h, "/officer/constitution", NULL, NULL, &r);
	body = settings_form_sent(h, r.body, edit, &nset);
	resp_free(&r);
	saved(h, body, "one setting edited");
	after = settings_now();
	assert_non_null(want = strdup(before));
	assert_non_null(at = strstr(want, "\"makeup.from_parent."
	    "working-group\""));
	assert_non_null(at = strstr(at, "\"value\": \"3\""));
	want[at - want + strlen("\"value\": \"")] = '5';
	assert_string_equal(after, want);
	free(want);
	free(after);
	free(before);
	curl_easy_cleanup(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_6_3_register_rows_refused_naming_the_row),
		cmocka_unit_test(
		    test_constitution_settings_refused_naming_the_setting),
		cmocka_unit_test(test_constitution_form_keeps_every_setting),
	};

	if (getenv("ALLIANCE") == NULL || getenv("FIXTURE") == NULL) {
		fprintf(stderr, "set ALLIANCE and FIXTURE\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
