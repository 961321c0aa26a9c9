/*
 * Actions committed in groups.  A burst of ballots costs one synced
 * commit per ballot when each is its own transaction; here the actions
 * waiting for the writer are run by one leader in one transaction with
 * one commit, each in a savepoint of its own.  Each action still writes
 * its own audit entry and vouches for its own rows; one that fails (a
 * second ballot for an organisation) is rolled back to its savepoint
 * and changes nothing, while the others go on.  Every caller is
 * answered only after the commit that holds its action (or with that
 * commit's failure).
 *
 * Two kinds of caller share the queue.  One that waits (core_grouped)
 * may lead a group itself, on its own connection; its action runs on
 * its own struct core (its actor, clock, arrangement, constitution, key
 * and error message) with the leader's connection put in its place for
 * the time.  One that hands its action over (core_writer_submit: the
 * server, whose request threads must not wait) is answered by a call
 * back; its action runs on the leader's core with the actor and clock
 * copied into the job, as the caller's core may serve others meanwhile.
 * The server's writer thread, on a connection of its own, leads; but a
 * lone action, met with the writer idle and nothing queued, is run at
 * once on its caller's thread and core (core_writer_now), which saves
 * two hand-overs between threads (the server asks for it only for a
 * ballot cast alone while the machine has a core to spare: request.c).
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "group_commit.h"
#include "store/store.h"

static struct {
	pthread_mutex_t	 lock;
	pthread_cond_t	 cv;
	struct core_job	*head, **tail;
	int		 leading;	/* a leader is running a group */
	size_t		 waiting;	/* actions queued for the next group */
} q = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, &q.head,
	0, 0 };

/* The writer thread (under q.lock). */
static struct {
	pthread_t	 th;
	int		 running, stopping;
	struct core	 c;		/* its own connection */
	char		 slug[64];	/* the arrangement, or "" */
} w;

size_t
core_grouped_waiting(void)
{
	size_t n;

	pthread_mutex_lock(&q.lock);
	n = q.waiting;
	pthread_mutex_unlock(&q.lock);
	return n;
}

void
core_job_init(struct core_job *j, const struct core *c, core_action_fn fn,
    void *arg, void (*done)(struct core_job *))
{
	memset(j, 0, sizeof(*j));
	j->fn = fn;
	j->arg = arg;
	j->done = done;
	snprintf(j->actor, sizeof(j->actor), "%s", c->actor != NULL ?
	    c->actor : "");
	memcpy(j->today, c->today, sizeof(j->today));
	memcpy(j->now, c->now, sizeof(j->now));
	j->arr = c->arr;
}

/* The job's result rc with the message of the core that made it. */
static void
job_result(struct core_job *j, const struct core *from, int rc)
{
	j->rc = rc;
	if (j->c != NULL && j->c != from) {
		memcpy(j->c->err, from->err, sizeof(from->err));
		memcpy(j->c->field, from->field, sizeof(from->field));
	} else if (j->c == NULL) {
		memcpy(j->err, from->err, sizeof(j->err));
		memcpy(j->field, from->field, sizeof(j->field));
	}
}

/* One waiting action on the leader L's open transaction. */
static void
run_one(struct core *L, struct core_job *j)
{
	struct store_savepoint	 sp;
	struct store		*own;
	const char		*actor = L->actor;
	char			 today[DATE_LEN], now[32];
	int			 depth, handed = j->c == NULL;

	if (handed) {
		/* Handed over: run on L as the caller, its clock too. */
		if (j->arr != L->arr) {
			j->rc = core_fail(L, CORE_EBUSY, NULL, "The service "
			    "changed the arrangement it serves; try again.");
			job_result(j, L, j->rc);
			return;
		}
		memcpy(today, L->today, sizeof(today));
		memcpy(now, L->now, sizeof(now));
		memcpy(L->today, j->today, sizeof(L->today));
		memcpy(L->now, j->now, sizeof(L->now));
		L->actor = j->actor;
		L->err[0] = L->field[0] = '\0';
		j->c = L;
	}
	own = j->c->st;
	depth = j->c->depth;
	if (store_savepoint(L->st, &sp) != STORE_OK) {
		j->rc = core_store_fail(j->c, STORE_ERROR, "starting a change");
		goto out;
	}
	j->c->st = L->st;
	j->c->depth = 1;	/* inside the group's transaction */
	j->rc = j->fn(j->c, j->arg);
	/* Rows written without an entry of their own are vouched for,
	 * as core_end does for an action on its own. */
	if (j->rc == CORE_OK && store_ledger_pending(L->st) > 0)
		j->rc = core_auditf(j->c, "ledger.vouch", "ledger", 0, "{}");
	j->c->depth = depth;
	j->c->st = own;
	if (store_savepoint_end(L->st, &sp, j->rc == CORE_OK) != STORE_OK &&
	    j->rc == CORE_OK)
		j->rc = core_store_fail(j->c, STORE_ERROR, "saving the change");
out:
	if (handed) {
		j->c = NULL;
		job_result(j, L, j->rc);
		memcpy(L->today, today, sizeof(L->today));
		memcpy(L->now, now, sizeof(L->now));
		L->actor = actor;
	}
}

/* The leader: runs the group g in one transaction on L's connection;
 * the writer's own core first takes up the clock and the arrangement. */
static void
run_group(struct core *L, struct core_job *g, int writer)
{
	struct core_job	*j;
	int		 rc, kept = 0;

	if (writer && ((rc = core_clock(L)) != CORE_OK ||
	    (rc = core_use(L, w.slug[0] != '\0' ? w.slug : NULL)) !=
	    CORE_OK)) {
		for (j = g; j != NULL; j = j->next)
			job_result(j, L, rc);
		return;
	}
	if ((rc = core_begin(L)) != CORE_OK) {
		for (j = g; j != NULL; j = j->next)
			job_result(j, L, rc);
		return;
	}
	for (j = g; j != NULL; j = j->next) {
		run_one(L, j);
		kept += j->rc == CORE_OK;
	}
	rc = core_end(L, CORE_OK);
	if (rc == CORE_OK || kept == 0)
		return;
	/* The commit failed: none of the group was kept. */
	for (j = g; j != NULL; j = j->next)
		if (j->rc == CORE_OK) {
			job_result(j, L, rc);
			if (j->c != NULL)
				j->c->field[0] = '\0';
			else
				j->field[0] = '\0';
		}
}

/*
 * With q.lock held and no group running: L leads every action waiting,
 * then answers them (a waiting caller is woken; a handed-over job's
 * done is called, outside the lock).  Returns with q.lock held.
 */
static void
lead(struct core *L, int writer)
{
	struct core_job	*g, *j, *next, *calls = NULL, **ct = &calls;

	q.leading = 1;
	g = q.head;
	q.head = NULL;
	q.tail = &q.head;
	q.waiting = 0;
	pthread_mutex_unlock(&q.lock);
	run_group(L, g, writer);
	pthread_mutex_lock(&q.lock);
	for (j = g; j != NULL; j = next) {
		next = j->next;	/* j may be gone once over is seen */
		if (j->done != NULL) {
			j->by = writer ? L : NULL;
			j->next = NULL;
			*ct = j;
			ct = &j->next;
		} else
			j->over = 1;
	}
	q.leading = 0;
	pthread_cond_broadcast(&q.cv);
	pthread_mutex_unlock(&q.lock);
	for (j = calls; j != NULL; j = next) {
		next = j->next;
		j->done(j);	/* j is the caller's again */
	}
	pthread_mutex_lock(&q.lock);
}

int
core_grouped(struct core *c, core_action_fn fn, void *arg)
{
	struct core_job	 me;

	if (c->depth > 0)	/* inside a change already: part of it */
		return fn(c, arg);
	core_read_end(c);	/* a change starts afresh */
	memset(&me, 0, sizeof(me));
	me.c = c;
	me.fn = fn;
	me.arg = arg;
	pthread_mutex_lock(&q.lock);
	*q.tail = &me;
	q.tail = &me.next;
	q.waiting++;
	pthread_cond_broadcast(&q.cv);	/* the writer, if it waits */
	while (!me.over && q.leading)
		pthread_cond_wait(&q.cv, &q.lock);
	/* No group is running: this thread runs every action waiting. */
	if (!me.over)
		lead(c, 0);
	pthread_mutex_unlock(&q.lock);
	return me.rc;
}

static void *
writer_main(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&q.lock);
	for (;;) {
		while (q.head == NULL ? !w.stopping : q.leading)
			pthread_cond_wait(&q.cv, &q.lock);
		if (q.head == NULL)
			break;	/* stopping, and nothing is left */
		lead(&w.c, 1);
	}
	pthread_mutex_unlock(&q.lock);
	return NULL;
}

int
core_writer_start(const char *path, const char *slug, char *err,
    size_t errsz)
{
	int rc;

	snprintf(w.slug, sizeof(w.slug), "%s", slug != NULL ? slug : "");
	if ((rc = core_open(&w.c, path, 0)) != CORE_OK ||
	    (rc = core_use(&w.c, slug)) != CORE_OK) {
		snprintf(err, errsz, "%s", w.c.err);
		core_close(&w.c);
		return rc;
	}
	w.c.actor = "alliance serve";
	pthread_mutex_lock(&q.lock);
	w.running = 1;
	w.stopping = 0;
	if (pthread_create(&w.th, NULL, writer_main, NULL) != 0) {
		w.running = 0;
		pthread_mutex_unlock(&q.lock);
		snprintf(err, errsz, "cannot start the writer's thread");
		core_close(&w.c);
		return CORE_EFAULT;
	}
	pthread_mutex_unlock(&q.lock);
	return CORE_OK;
}

int
core_writer_running(void)
{
	int on;

	pthread_mutex_lock(&q.lock);
	on = w.running && !w.stopping;
	pthread_mutex_unlock(&q.lock);
	return on;
}

int
core_writer_now(struct core *c, core_action_fn fn, void *arg, int *rc)
{
	int ran = 0;

	pthread_mutex_lock(&q.lock);
	if (!w.running || w.stopping || q.leading || q.head != NULL ||
	    c->depth > 0) {
		pthread_mutex_unlock(&q.lock);
		return 0;
	}
	/* This thread leads a group of one: the writer and any core_grouped
	 * caller wait for it, as for any leader. */
	q.leading = 1;
	pthread_mutex_unlock(&q.lock);
	if (core_begin_now(c) == CORE_OK) {
		*rc = core_end(c, fn(c, arg));
		ran = 1;
	}
	pthread_mutex_lock(&q.lock);
	q.leading = 0;
	/* Only those queued meanwhile wait for this group to end: the
	 * writer, idle, is not woken for nothing. */
	if (q.head != NULL)
		pthread_cond_broadcast(&q.cv);
	pthread_mutex_unlock(&q.lock);
	return ran;
}

void
core_writer_submit(struct core_job *j)
{
	j->c = NULL;
	j->over = 0;
	j->next = NULL;
	pthread_mutex_lock(&q.lock);
	if (!w.running || w.stopping) {
		pthread_mutex_unlock(&q.lock);
		j->rc = CORE_EBUSY;
		snprintf(j->err, sizeof(j->err), "The service is stopping, "
		    "so this was not recorded. Try again in a few minutes.");
		j->field[0] = '\0';
		j->done(j);
		return;
	}
	*q.tail = j;
	q.tail = &j->next;
	q.waiting++;
	pthread_cond_broadcast(&q.cv);
	pthread_mutex_unlock(&q.lock);
}

void
core_writer_stop(void)
{
	pthread_mutex_lock(&q.lock);
	if (!w.running || w.stopping) {
		pthread_mutex_unlock(&q.lock);
		return;
	}
	w.stopping = 1;
	pthread_cond_broadcast(&q.cv);
	pthread_mutex_unlock(&q.lock);
	pthread_join(w.th, NULL);
	core_close(&w.c);
	pthread_mutex_lock(&q.lock);
	w.running = 0;
	w.stopping = 0;
	pthread_mutex_unlock(&q.lock);
}
