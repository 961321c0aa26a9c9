/*
 * A lone action met with the writer idle (core_writer_now): run at once
 * on its caller's own core and connection as one transaction, with its
 * own audit entry and actor, one vote per organisation kept (SA-8.3).
 * Whenever it cannot run at once (the database's write lock held by
 * another program, another group being led, the writer stopped) it
 * changes nothing and says so without waiting, and the action handed
 * to the writer instead is recorded once the lock is let go.  Nothing
 * here asserts a speed.
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

#include <sqlite3.h>

#include "core/core.h"
#include "core/group_commit.h"
#include "fresh.h"

#define ORGS	4

static char	 path[300];
static int64_t	 poll;

struct cast {
	char		 org[16];
	const void	*st;	/* the connection it ran on */
};

static int
cast(struct core *c, void *arg)
{
	struct cast *v = arg;

	v->st = c->st;
	return core_motion_cast(c, &viewer_system, poll, v->org, "for");
}

/* The arrangement with ORGS signed members of southwest and a poll. */
static void
setup_poll(void)
{
	struct core		c;

	fresh_alliance(&c, path, sizeof(path));
	c.actor = "writer test";
	add_signed_voters(&c, "southwest", ORGS, "2025-06-01");
	OK(&c, core_poll_open(&c, &viewer_system, "southwest", "Endorse the letter",
	    "2025-06-01T09:00", "2025-06-10T17:00", &poll));
	core_close(&c);
}

static int
count(const char *sql)
{
	sqlite3		*db;
	sqlite3_stmt	*st;
	int		 n = -1;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL),
	    SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

static int
votes(void)
{
	return count("SELECT count(*) FROM motion_vote");
}

/* The vote entries written by actor. */
static int
entries_by(const char *actor)
{
	char sql[200];

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM audit WHERE action "
	    "= 'motion.vote' AND actor = '%s'", actor);
	return count(sql);
}

/* Answers of jobs handed to the writer. */
static struct {
	pthread_mutex_t	 lock;
	pthread_cond_t	 cv;
	int		 done;
} answered = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0 };

static void
on_done(struct core_job *j)
{
	(void)j;
	pthread_mutex_lock(&answered.lock);
	answered.done++;
	pthread_cond_broadcast(&answered.cv);
	pthread_mutex_unlock(&answered.lock);
}

/* A group led by another caller, held open until let go. */
static struct {
	pthread_mutex_t	 lock;
	pthread_cond_t	 cv;
	int		 in, go;
} held = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0 };

static int
hold(struct core *c, void *arg)
{
	(void)c; (void)arg;
	pthread_mutex_lock(&held.lock);
	held.in = 1;
	pthread_cond_broadcast(&held.cv);
	while (!held.go)
		pthread_cond_wait(&held.cv, &held.lock);
	pthread_mutex_unlock(&held.lock);
	return CORE_OK;
}

static void *
leader(void *arg)
{
	struct core *c = arg;

	c->actor = "another leader";
	if (core_grouped(c, hold, NULL) != CORE_OK)
		c->actor = "failed";
	return NULL;
}

/*
 * SA-8.3: with the writer idle, a vote runs at once on its caller's
 * core, as its own actor, and is kept; a second from the organisation
 * is refused with its message and changes nothing; the audit chain
 * verifies.
 */
static void
test_SA_8_3_lone_vote_cast_at_once_on_its_own_core(void **state)
{
	struct core			 rq, chk;
	struct cast			 v = { "v00", NULL }, again = { "v00", NULL };
	struct rec_ledger_problems	 bad;
	char				 err[320];
	int64_t				 n = 0;
	int				 rc = -1;

	(void)state;
	setup_poll();
	setenv("ALLIANCE_NOW", "2025-06-02T10:00", 1);
	OK(&rq, core_open(&rq, path, 0));
	OK(&rq, core_use(&rq, NULL));
	rq.actor = "Lead of v00";
	assert_int_equal(core_writer_start(path, NULL, err, sizeof(err)),
	    CORE_OK);
	assert_int_equal(core_writer_now(&rq, cast, &v, &rc), 1);
	assert_int_equal(rc, CORE_OK);
	assert_ptr_equal(v.st, rq.st);
	assert_int_equal(rq.depth, 0);
	assert_int_equal(votes(), 1);
	assert_int_equal(entries_by("Lead of v00"), 1);
	rc = -1;
	assert_int_equal(core_writer_now(&rq, cast, &again, &rc), 1);
	assert_int_equal(rc, CORE_EINVAL);
	assert_true(strlen(rq.err) > 0);
	assert_int_equal(votes(), 1);
	core_writer_stop();
	/* Stopped: nothing runs at once any more. */
	snprintf(v.org, sizeof(v.org), "v01");
	assert_int_equal(core_writer_now(&rq, cast, &v, &rc), 0);
	assert_int_equal(votes(), 1);
	core_close(&rq);
	OK(&chk, core_open(&chk, path, 0));
	OK(&chk, core_use(&chk, NULL));
	OK(&chk, core_audit_verify(&chk, &bad, &n));
	assert_int_equal(bad.n, 0);
	rec_ledger_problems_free(&bad);
	core_close(&chk);
	unsetenv("ALLIANCE_NOW");
}

/*
 * SA-8.3: while another program holds the write lock, or another
 * caller leads a group, a vote is not run at once: nothing changes,
 * the caller's core is as it was, and the vote handed to the writer
 * instead is recorded once the lock is let go.
 */
static void
test_SA_8_3_vote_not_run_at_once_while_another_writes(void **state)
{
	struct core	 rq, other;
	struct cast	 v = { "v01", NULL };
	struct core_job	 job;
	pthread_t	 th;
	sqlite3		*lock;
	char		 err[320];
	int		 rc = -1;

	(void)state;
	setenv("ALLIANCE_NOW", "2025-06-02T10:00", 1);
	OK(&rq, core_open(&rq, path, 0));
	OK(&rq, core_use(&rq, NULL));
	rq.actor = "Lead of v01";
	assert_int_equal(core_writer_start(path, NULL, err, sizeof(err)),
	    CORE_OK);
	/* Another program's write lock. */
	assert_int_equal(sqlite3_open(path, &lock), SQLITE_OK);
	assert_int_equal(sqlite3_exec(lock, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL), SQLITE_OK);
	rq.err[0] = '\0';
	assert_int_equal(core_writer_now(&rq, cast, &v, &rc), 0);
	assert_int_equal(rc, -1);
	assert_null(v.st);
	assert_int_equal(rq.depth, 0);
	/* Not waited for: no "database is locked" after the busy wait. */
	assert_string_equal(rq.err, "");
	/* Handed over instead: kept once the lock is let go. */
	core_job_init(&job, &rq, cast, &v, on_done);
	core_writer_submit(&job);
	assert_int_equal(sqlite3_exec(lock, "COMMIT", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(lock);
	pthread_mutex_lock(&answered.lock);
	while (answered.done < 1)
		pthread_cond_wait(&answered.cv, &answered.lock);
	pthread_mutex_unlock(&answered.lock);
	assert_int_equal(job.rc, CORE_OK);
	assert_int_equal(entries_by("Lead of v01"), 1);
	assert_int_equal(votes(), 2);
	/* Another caller leading a group: not run at once either. */
	OK(&other, core_open(&other, path, 0));
	OK(&other, core_use(&other, NULL));
	assert_int_equal(pthread_create(&th, NULL, leader, &other), 0);
	pthread_mutex_lock(&held.lock);
	while (!held.in)
		pthread_cond_wait(&held.cv, &held.lock);
	pthread_mutex_unlock(&held.lock);
	snprintf(v.org, sizeof(v.org), "v02");
	v.st = NULL;
	rc = -1;
	assert_int_equal(core_writer_now(&rq, cast, &v, &rc), 0);
	assert_null(v.st);
	pthread_mutex_lock(&held.lock);
	held.go = 1;
	pthread_cond_broadcast(&held.cv);
	pthread_mutex_unlock(&held.lock);
	pthread_join(th, NULL);
	/* The group over and the writer idle: at once again. */
	assert_int_equal(core_writer_now(&rq, cast, &v, &rc), 1);
	assert_int_equal(rc, CORE_OK);
	assert_int_equal(votes(), 3);
	core_writer_stop();
	core_close(&other);
	core_close(&rq);
	unsetenv("ALLIANCE_NOW");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_8_3_lone_vote_cast_at_once_on_its_own_core),
		cmocka_unit_test(
		    test_SA_8_3_vote_not_run_at_once_while_another_writes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
