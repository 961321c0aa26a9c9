/*
 * Actions committed in groups (core_grouped): votes that wait for the
 * writer are committed together, in one transaction, each in a
 * savepoint of its own.  A second vote for an organisation (SA-8.3) and
 * an action that fails after writing change nothing, and do not undo
 * or block the others; the audit chain and the ledger still verify.
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

#define VOTERS	8	/* organisations, each one thread */

static char	 path[300];
static int64_t	 poll;

struct voter {
	struct core	 c;
	char		 org[16];
	int		 fail_after;	/* cast, then fail: rolled back */
	int		 blocker;	/* holds the writer until all wait */
	const void	*st;		/* the connection it ran on */
	int		 rc;
	pthread_t	 th;
};

static int
cast(struct core *c, void *arg)
{
	struct voter	*v = arg;
	int		 rc;

	v->st = c->st;
	if (v->blocker) {
		/* The others queue behind this group, to form the next. */
		while (core_grouped_waiting() < VOTERS - 1)
			usleep(1000);
		return CORE_OK;
	}
	rc = core_motion_cast(c, &viewer_system, poll, v->org, "for");
	if (rc == CORE_OK && v->fail_after)
		return core_fail(c, CORE_EINVAL, "test", "failed after "
		    "writing");
	return rc;
}

static void *
run(void *arg)
{
	struct voter *v = arg;

	v->rc = core_grouped(&v->c, cast, v);
	return NULL;
}

static void
setup_poll(void)
{
	struct core		c;

	setenv("ALLIANCE_TODAY", "2025-01-06", 1);
	OK(&c, core_open(&c, path, 1));
	c.actor = "group commit test";
	OK(&c, core_init(&c, "staffordshire-alliance", NULL));
	OK(&c, core_use(&c, NULL));
	add_signed_voters(&c, "southwest", VOTERS, "2025-01-06");
	OK(&c, core_poll_open(&c, &viewer_system, "southwest", "Endorse the letter",
	    "2025-01-06T09:00", "2025-01-10T17:00", &poll));
	core_close(&c);
}

/* SA-8.3: one vote per organisation, kept in a group or refused. */
static void
test_SA_8_3_votes_waiting_are_committed_together(void **state)
{
	struct voter	 v[VOTERS];
	struct core	 c;
	struct motion_result res;
	struct rec_ledger_problems bad;
	int64_t		 entries = 0;
	int		 i;

	(void)state;
	setup_poll();
	setenv("ALLIANCE_NOW", "2025-01-07T10:00", 1);
	memset(v, 0, sizeof(v));
	for (i = 0; i < VOTERS; i++) {
		OK(&v[i].c, core_open(&v[i].c, path, 0));
		OK(&v[i].c, core_use(&v[i].c, NULL));
		v[i].c.actor = "a member";
		snprintf(v[i].org, sizeof(v[i].org), "v%02d", i);
	}
	v[0].blocker = 1;
	/* v02 votes twice: the second is refused; v03's fails after its
	 * vote was written, so its vote and audit entry go with it. */
	snprintf(v[1].org, sizeof(v[1].org), "v02");
	v[3].fail_after = 1;
	assert_int_equal(pthread_create(&v[0].th, NULL, run, &v[0]), 0);
	while (core_grouped_waiting() > 0 || v[0].st == NULL)
		usleep(1000);
	for (i = 1; i < VOTERS; i++)
		assert_int_equal(pthread_create(&v[i].th, NULL, run, &v[i]),
		    0);
	for (i = 0; i < VOTERS; i++)
		pthread_join(v[i].th, NULL);
	/* The seven that waited ran on one connection: one transaction. */
	for (i = 2; i < VOTERS; i++)
		assert_ptr_equal(v[i].st, v[1].st);
	assert_int_equal(v[0].rc, CORE_OK);
	assert_int_equal(v[3].rc, CORE_EINVAL);
	assert_string_equal(v[3].c.err, "failed after writing");
	/* Of v02's two, exactly one is kept and the other refused. */
	assert_true((v[1].rc == CORE_OK) != (v[2].rc == CORE_OK));
	assert_int_equal(v[1].rc == CORE_OK ? v[2].rc : v[1].rc,
	    CORE_EINVAL);
	for (i = 4; i < VOTERS; i++)
		assert_int_equal(v[i].rc, CORE_OK);
	for (i = 0; i < VOTERS; i++)
		core_close(&v[i].c);
	/* Counted: v02 and v04..v07; not v00 (it never voted) or v03. */
	setenv("ALLIANCE_NOW", "2025-01-11T10:00", 1);
	OK(&c, core_open(&c, path, 0));
	OK(&c, core_use(&c, NULL));
	c.actor = "group commit test";
	OK(&c, core_motion_close(&c, &viewer_system, poll, &res));
	assert_int_equal(res.votes_for, 5);
	/* Each vote its own entry, the chain whole, every row vouched. */
	OK(&c, core_audit_verify(&c, &bad, &entries));
	assert_int_equal(bad.n, 0);
	rec_ledger_problems_free(&bad);
	core_close(&c);
	unsetenv("ALLIANCE_NOW");
}

/* Votes handed to the writer (the server's way): answered by a call. */
static struct {
	pthread_mutex_t	 lock;
	pthread_cond_t	 cv;
	int		 done;
} answered = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0 };

struct handed {
	struct core_job	 job;
	char		 org[16];
};

static int
cast_handed(struct core *c, void *arg)
{
	struct handed *h = arg;

	return core_motion_cast(c, &viewer_system, poll, h->org, "for");
}

static void
on_done(struct core_job *j)
{
	pthread_mutex_lock(&answered.lock);
	answered.done++;
	pthread_cond_broadcast(&answered.cv);
	pthread_mutex_unlock(&answered.lock);
	(void)j;
}

/* The actor of the vote entry whose detail holds org, or "". */
static void
vote_actor(const char *org, char *out, size_t outsz)
{
	sqlite3		*db;
	sqlite3_stmt	*st;

	out[0] = '\0';
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT actor FROM audit "
	    "WHERE action = 'motion.vote' AND detail LIKE '%' || ? || '%'",
	    -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, org, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(out, outsz, "%s", sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/*
 * SA-8.3: votes handed to the writer thread each run as their own
 * actor, with what the caller's core held when handed over (the core
 * is used for other things at once); one per organisation is kept,
 * the second refused with its message; stopping runs those queued and
 * answers every one; once stopped, a vote handed over is refused.
 */
static void
test_SA_8_3_votes_handed_to_the_writer_each_as_its_actor(void **state)
{
	struct handed	 h[VOTERS + 1], late;
	struct core	 rq;
	char		 actors[VOTERS + 1][32], err[320], got[64];
	int		 i, kept = 0;

	(void)state;
	/* A database of its own. */
	memcpy(err, path, sizeof(path) < sizeof(err) ? sizeof(path) :
	    sizeof(err));
	err[sizeof(err) - 1] = '\0';
	snprintf(path, sizeof(path), "%s2", err);
	setup_poll();
	setenv("ALLIANCE_NOW", "2025-01-07T10:00", 1);
	OK(&rq, core_open(&rq, path, 0));
	OK(&rq, core_use(&rq, NULL));
	assert_int_equal(core_writer_start(path, NULL, err, sizeof(err)),
	    CORE_OK);
	assert_int_equal(core_writer_running(), 1);
	memset(h, 0, sizeof(h));
	/* v00..v07, and v02 a second time (the last). */
	for (i = 0; i <= VOTERS; i++) {
		snprintf(h[i].org, sizeof(h[i].org), "v%02d", i < VOTERS ? i :
		    2);
		snprintf(actors[i], sizeof(actors[i]), "Lead of %s",
		    h[i].org);
		rq.actor = actors[i];
		core_job_init(&h[i].job, &rq, cast_handed, &h[i], on_done);
		/* The caller's core goes on to other things. */
		rq.actor = "someone else";
		memcpy(rq.today, "1999-01-01", 11);
	}
	for (i = 0; i <= VOTERS; i++)
		core_writer_submit(&h[i].job);
	pthread_mutex_lock(&answered.lock);
	while (answered.done < VOTERS + 1)
		pthread_cond_wait(&answered.cv, &answered.lock);
	pthread_mutex_unlock(&answered.lock);
	for (i = 0; i < VOTERS; i++) {
		assert_int_equal(h[i].job.rc, CORE_OK);
		snprintf(err, sizeof(err), "\"Voter %02d\"", i);
		vote_actor(err, got, sizeof(got));
		assert_string_equal(got, actors[i]);
	}
	assert_int_equal(h[VOTERS].job.rc, CORE_EINVAL);
	assert_true(strlen(h[VOTERS].job.err) > 0);
	/* Handed over and stopped at once: each still answered. */
	core_close(&rq);
	answered.done = 0;
	memset(h, 0, sizeof(h));
	OK(&rq, core_open(&rq, path, 0));
	OK(&rq, core_use(&rq, NULL));
	rq.actor = "a member";
	for (i = 0; i < VOTERS; i++) {
		snprintf(h[i].org, sizeof(h[i].org), "v%02d", i);
		core_job_init(&h[i].job, &rq, cast_handed, &h[i], on_done);
		core_writer_submit(&h[i].job);
	}
	core_writer_stop();
	assert_int_equal(answered.done, VOTERS);
	for (i = 0; i < VOTERS; i++)	/* each voted already: refused */
		kept += h[i].job.rc == CORE_OK;
	assert_int_equal(kept, 0);
	assert_int_equal(core_writer_running(), 0);
	core_job_init(&late.job, &rq, cast_handed, &late, on_done);
	snprintf(late.org, sizeof(late.org), "v00");
	core_writer_submit(&late.job);
	assert_int_equal(answered.done, VOTERS + 1);
	assert_int_equal(late.job.rc, CORE_EBUSY);
	core_close(&rq);
	unsetenv("ALLIANCE_NOW");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_SA_8_3_votes_waiting_are_committed_together),
		cmocka_unit_test(
		    test_SA_8_3_votes_handed_to_the_writer_each_as_its_actor),
	};
	char dir[] = "/tmp/alliance-group.XXXXXX";

	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(path, sizeof(path), "%s/test.db", dir);
	unsetenv("ALLIANCE_KEY");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
