/*
 * Ballots and votes handed to the writer (web_write): a request waiting
 * for its commit holds no thread of the server, so the server goes on
 * answering others while the database's write lock is held elsewhere;
 * every ballot is still recorded exactly once and each organisation's
 * second refused (SA-8.3, SA-E2.2); and a server stopped with ballots
 * in flight answers or refuses each of them, exits cleanly, and records
 * only those it answered as cast.  Nothing here asserts a speed: the
 * pages asked for while the lock is held need only be answered before
 * it is let go.
 *
 * Environment: as test_http.c (ALLIANCE, FIXTURE, OPENAPI, VALGRIND).
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <curl/curl.h>
#include <sqlite3.h>

#include "harness.h"

#define ORGS	16	/* organisations added to the forum */
#define FIRST	8	/* of them, those voting in the first test */

struct voter {
	CURL	*h;
	char	 csrf[64];
	char	 cand[16];
	long	 vote, ballot;	/* the answers' statuses; 0 none */
};

static size_t
drop(char *p, size_t sz, size_t n, void *arg)
{
	(void)p; (void)arg;
	return sz * n;
}

/* POSTs body to path; its status (0: no answer in 60 s).  No
 * assertion: it runs on a thread of its own. */
static long
post(CURL *h, const char *path, const char *body)
{
	char	url[256];
	long	status = 0;

	snprintf(url, sizeof(url), "%s%s", base, path);
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, drop);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, NULL);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 60L);
	if (curl_easy_perform(h) == CURLE_OK)
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	return status;
}

static void *
cast(void *arg)
{
	struct voter	*v = arg;
	char		 body[200];

	snprintf(body, sizeof(body), "csrf=%s&choice=for&confirm=yes",
	    v->csrf);
	v->vote = post(v->h, "/polls/1", body);
	snprintf(body, sizeof(body), "csrf=%s&candidate=%s&confirm=yes",
	    v->csrf, v->cand);
	v->ballot = post(v->h, "/elections/1", body);
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

/* Ballots and votes recorded for the organisations wo00 to woNN. */
static int
ballots(void)
{
	return count("SELECT count(*) FROM ballot_voter b JOIN organisation "
	    "o ON o.id = b.organisation_id WHERE b.election_id = 1 AND "
	    "o.short_name LIKE 'wo%'");
}

static int
votes(void)
{
	return count("SELECT count(*) FROM motion_vote v JOIN organisation o "
	    "ON o.id = v.organisation_id WHERE v.motion_id = 1 AND "
	    "o.short_name LIKE 'wo%'");
}

/* Voters for the organisations from, .. from + n - 1, signed in. */
static void
voters(struct voter *v, int from, int n)
{
	char	email[64], pid[16], cmd[300];
	int	i;

	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"SELECT id FROM person WHERE "
	    "name = 'Lead cc'\"", db);
	sh(cmd, pid, sizeof(pid));
	memset(v, 0, sizeof(*v) * (size_t)n);
	for (i = 0; i < n; i++) {
		v[i].h = browser();
		snprintf(email, sizeof(email), "lead@wo%02d.example.org",
		    from + i);
		sign_in(v[i].h, email);
		csrf_of(v[i].h, "/polls/1", v[i].csrf);
		snprintf(v[i].cand, sizeof(v[i].cand), "%s", pid);
	}
}

/* The database's write lock, taken as another program would. */
static sqlite3 *
lock_db(void)
{
	sqlite3 *s = NULL;

	assert_int_equal(sqlite3_open(db, &s), SQLITE_OK);
	assert_int_equal(sqlite3_exec(s, "BEGIN IMMEDIATE", NULL, NULL, NULL),
	    SQLITE_OK);
	return s;
}

static void
unlock_db(sqlite3 *s)
{
	assert_int_equal(sqlite3_exec(s, "COMMIT", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(s);
}

/* SA-8.3, SA-E2.2: with the writer held up, ballots and votes from
 * FIRST organisations wait without holding the server's two threads:
 * pages are still answered.  Let go, each is recorded once; a second
 * ballot from one of them is refused and changes nothing. */
static void
test_SA_8_3_SA_E2_2_ballots_waiting_for_the_writer_hold_no_thread(
    void **state)
{
	struct voter	 v[FIRST];
	pthread_t	 th[FIRST];
	struct resp	 r;
	sqlite3		*lock;
	CURL		*other;
	char		 body[200];
	int		 i;

	(void)state;
	add_signed_members(ORGS, "Writer Trust", "wo");
	voters(v, 0, FIRST);
	other = browser();
	lock = lock_db();
	for (i = 0; i < FIRST; i++)
		assert_int_equal(pthread_create(&th[i], NULL, cast, &v[i]), 0);
	/* Let them reach the server and wait there (the database waits up
	 * to three seconds for its lock; this is well within it). */
	usleep(400000);
	/* Another visitor's pages, a cached one and one made afresh, are
	 * answered while the ballots wait: with a thread held by each
	 * ballot, neither would be until the lock is let go. */
	curl_easy_setopt(other, CURLOPT_TIMEOUT_MS, 1500L);
	http(other, "/", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	http(other, "/forums", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	assert_int_equal(votes() + ballots(), 0);
	unlock_db(lock);
	for (i = 0; i < FIRST; i++)
		pthread_join(th[i], NULL);
	for (i = 0; i < FIRST; i++) {
		if (v[i].vote != 200 || v[i].ballot != 200)
			fail_msg("wo%02d: vote answered %ld, ballot %ld", i,
			    v[i].vote, v[i].ballot);
	}
	assert_int_equal(votes(), FIRST);
	assert_int_equal(ballots(), FIRST);
	/* A second ballot and a second vote are refused, as before. */
	snprintf(body, sizeof(body), "csrf=%s&candidate=%s&confirm=yes",
	    v[0].csrf, v[0].cand);
	assert_int_equal(post(v[0].h, "/elections/1", body), 409);
	snprintf(body, sizeof(body), "csrf=%s&choice=against&confirm=yes",
	    v[0].csrf);
	assert_int_equal(post(v[0].h, "/polls/1", body), 409);
	assert_int_equal(votes(), FIRST);
	assert_int_equal(ballots(), FIRST);
	for (i = 0; i < FIRST; i++)
		curl_easy_cleanup(v[i].h);
	curl_easy_cleanup(other);
}

struct refused {
	struct voter	*v;
	const char	*path, *body;
	struct resp	 r;
};

static void *
send_refused(void *arg)
{
	struct refused *x = arg;

	curl_easy_setopt(x->v->h, CURLOPT_TIMEOUT, 60L);
	http(x->v->h, x->path, x->body, NULL, &x->r);
	return NULL;
}

/* SA-8.3, SA-E2.2: refusals made by the writer are answered as before,
 * their pages made on the writer's own connection: a second vote and a
 * second ballot from an organisation get 409; a ballot for someone not
 * standing asks again with the form and its error, 400.  Nothing
 * changes. */
static void
test_SA_8_3_SA_E2_2_refusals_by_the_writer_answered_with_their_pages(
    void **state)
{
	struct voter	 v[1], w[1];
	struct refused	 x[3];
	pthread_t	 th[3];
	sqlite3		*lock;
	char		 cmd[300], other[16], body[3][200];
	int		 i;

	(void)state;
	voters(v, 0, 1);	/* wo00: voted and cast in the first test */
	voters(w, FIRST, 1);	/* wo08: not yet */
	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"SELECT id FROM person WHERE "
	    "id NOT IN (SELECT person_id FROM nomination WHERE election_id = "
	    "1) LIMIT 1\"", db);
	sh(cmd, other, sizeof(other));
	snprintf(body[0], sizeof(body[0]), "csrf=%s&choice=against&confirm=yes",
	    v[0].csrf);
	snprintf(body[1], sizeof(body[1]), "csrf=%s&candidate=%s&confirm=yes",
	    v[0].csrf, v[0].cand);
	snprintf(body[2], sizeof(body[2]), "csrf=%s&candidate=%s&confirm=yes",
	    w[0].csrf, other);
	memset(x, 0, sizeof(x));
	/* Each waits for the writer, which waits for the lock. */
	for (i = 0; i < 3; i++) {
		x[i].v = i < 2 ? &v[0] : &w[0];
		x[i].path = i == 0 ? "/polls/1" : "/elections/1";
		x[i].body = body[i];
		lock = lock_db();
		assert_int_equal(pthread_create(&th[i], NULL, send_refused,
		    &x[i]), 0);
		usleep(300000);
		unlock_db(lock);
		pthread_join(th[i], NULL);
	}
	assert_int_equal(x[0].r.status, 409);
	assert_int_equal(x[1].r.status, 409);
	assert_int_equal(x[2].r.status, 400);
	assert_non_null(strstr(x[2].r.body, "is not a candidate"));
	assert_non_null(strstr(x[2].r.body, "name=\"candidate\""));
	for (i = 0; i < 3; i++)
		resp_free(&x[i].r);
	assert_int_equal(votes(), FIRST);
	assert_int_equal(ballots(), FIRST);
	curl_easy_cleanup(v[0].h);
	curl_easy_cleanup(w[0].h);
}

/* SA-8.4, SA-E2.2: a confirmed vote or ballot is cast with the core's
 * checks deciding, and only one refused is looked at again: one not
 * open to the organisation (a body that does not vote, a poll or an
 * election that does not exist) gets the page saying so, as when it
 * was looked for before casting; a second vote gets the core's reason.
 * Nothing changes. */
static void
test_SA_8_4_confirmed_vote_not_open_refused_with_its_page(void **state)
{
	struct voter	 v[1];
	struct resp	 r;
	CURL		*h = browser();
	char		 csrf[64], body[200];
	int		 before = votes() + ballots();

	(void)state;
	sign_in(h, "ian.board@example.org");	/* the board: no vote */
	csrf_of(h, "/me/sign", csrf);
	snprintf(body, sizeof(body), "csrf=%s&choice=for&confirm=yes", csrf);
	http(h, "/polls/1", body, NULL, &r);
	assert_int_equal(r.status, 409);
	assert_non_null(strstr(r.body, "No ballot for your organisation"));
	resp_free(&r);
	voters(v, 0, 1);	/* wo00: voted in the first test */
	snprintf(body, sizeof(body), "csrf=%s&choice=for&confirm=yes",
	    v[0].csrf);
	http(v[0].h, "/polls/999", body, NULL, &r);
	assert_int_equal(r.status, 409);
	assert_non_null(strstr(r.body, "No ballot for your organisation"));
	resp_free(&r);
	snprintf(body, sizeof(body), "csrf=%s&candidate=%s&confirm=yes",
	    v[0].csrf, v[0].cand);
	http(v[0].h, "/elections/999", body, NULL, &r);
	assert_int_equal(r.status, 409);
	assert_non_null(strstr(r.body, "No ballot for your organisation"));
	resp_free(&r);
	/* Open to it, but cast already: the core's reason. */
	snprintf(body, sizeof(body), "csrf=%s&choice=against&confirm=yes",
	    v[0].csrf);
	http(v[0].h, "/polls/1", body, NULL, &r);
	assert_int_equal(r.status, 409);
	assert_null(strstr(r.body, "No ballot for your organisation"));
	assert_non_null(strstr(r.body, "already voted"));
	resp_free(&r);
	assert_int_equal(votes() + ballots(), before);
	curl_easy_cleanup(v[0].h);
	curl_easy_cleanup(h);
}

/* A server stopped while ballots wait for the writer answers each one
 * (cast, or refused with a page) or closes its connection, exits with
 * status 0, and records exactly the ones it answered as cast. */
static void
test_SA_8_3_stopped_with_ballots_in_flight_answers_them_cleanly(
    void **state)
{
	struct voter	 v[ORGS - FIRST];
	pthread_t	 th[ORGS - FIRST];
	sqlite3		*lock;
	char		 cmd[300];
	int		 i, n = ORGS - FIRST, cast_ok = 0, voted = 0;

	(void)state;
	voters(v, FIRST, n);
	lock = lock_db();
	for (i = 0; i < n; i++)
		assert_int_equal(pthread_create(&th[i], NULL, cast, &v[i]), 0);
	usleep(400000);
	/* Stopped while every vote waits; the lock is let go a moment
	 * later, so some of what follows may be cast before the end. */
	kill(server_pid(), SIGTERM);
	usleep(300000);
	unlock_db(lock);
	for (i = 0; i < n; i++)
		pthread_join(th[i], NULL);
	assert_int_equal(kill_server(0), 0);
	for (i = 0; i < n; i++) {
		/* Each answered, or its connection closed (0): never a
		 * fault page, never a hang. */
		if (v[i].vote != 200 && v[i].vote != 409 && v[i].vote != 0)
			fail_msg("wo%02d: vote answered %ld", FIRST + i,
			    v[i].vote);
		if (v[i].ballot != 200 && v[i].ballot != 409 &&
		    v[i].ballot != 0)
			fail_msg("wo%02d: ballot answered %ld", FIRST + i,
			    v[i].ballot);
		voted += v[i].vote == 200;
		cast_ok += v[i].ballot == 200;
	}
	/* What was answered as cast is what is recorded. */
	assert_int_equal(votes(), FIRST + voted);
	assert_int_equal(ballots(), FIRST + cast_ok);
	snprintf(cmd, sizeof(cmd), "%s --db %s audit verify >/dev/null",
	    getenv("ALLIANCE"), db);
	assert_int_equal(system(cmd), 0);
	for (i = 0; i < n; i++)
		curl_easy_cleanup(v[i].h);
	/* The group's teardown stops it again. */
	start_server("2025-06-25T12:00");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_8_3_SA_E2_2_ballots_waiting_for_the_writer_hold_no_thread),
		cmocka_unit_test(
		    test_SA_8_3_SA_E2_2_refusals_by_the_writer_answered_with_their_pages),
		cmocka_unit_test(
		    test_SA_8_4_confirmed_vote_not_open_refused_with_its_page),
		cmocka_unit_test(
		    test_SA_8_3_stopped_with_ballots_in_flight_answers_them_cleanly),
	};

	if (getenv("ALLIANCE") == NULL || getenv("FIXTURE") == NULL ||
	    getenv("OPENAPI") == NULL) {
		fprintf(stderr, "set ALLIANCE, FIXTURE and OPENAPI\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
