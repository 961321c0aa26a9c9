/*
 * Actions committed in groups.  A burst of ballots costs one synced
 * commit per ballot when each is its own transaction; here the actions
 * waiting for the writer are run by one of their threads (the leader),
 * on its connection, in one transaction with one commit, each in a
 * savepoint of its own.  Each action still writes its own audit entry
 * and vouches for its own rows; one that fails (a second ballot for an
 * organisation) is rolled back to its savepoint and changes nothing,
 * while the others go on.  Every caller is answered only after the
 * commit that holds its action (or with that commit's failure).
 *
 * The leader runs a waiting action on the waiter's own struct core
 * (its actor, clock, arrangement, constitution, key and error message)
 * with the leader's connection put in its place for the time.
 */
#include <pthread.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

struct job {
	struct core		*c;
	core_action_fn		 fn;
	void			*arg;
	int			 rc;
	int			 done;
	struct job		*next;
};

static struct {
	pthread_mutex_t	 lock;
	pthread_cond_t	 cv;
	struct job	*head, **tail;
	int		 leading;	/* a leader is running a group */
	size_t		 waiting;	/* actions queued for the next group */
} q = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, &q.head,
	0, 0 };

size_t
core_grouped_waiting(void)
{
	size_t n;

	pthread_mutex_lock(&q.lock);
	n = q.waiting;
	pthread_mutex_unlock(&q.lock);
	return n;
}

/* One waiting action on the leader L's open transaction. */
static void
run_one(struct core *L, struct job *j)
{
	struct store_savepoint	 sp;
	struct store		*own = j->c->st;
	int			 depth = j->c->depth;

	if (store_savepoint(L->st, &sp) != STORE_OK) {
		j->rc = core_store_fail(j->c, STORE_ERROR, "starting a change");
		return;
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
}

/* The leader: runs the group g in one transaction on L's connection. */
static void
run_group(struct core *L, struct job *g)
{
	struct job	*j;
	int		 rc, kept = 0;

	if ((rc = core_begin(L)) != CORE_OK) {
		for (j = g; j != NULL; j = j->next) {
			j->rc = rc;
			if (j->c != L)
				memcpy(j->c->err, L->err, sizeof(L->err));
		}
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
			j->rc = rc;
			memcpy(j->c->err, L->err, sizeof(L->err));
			j->c->field[0] = '\0';
		}
}

int
core_grouped(struct core *c, core_action_fn fn, void *arg)
{
	struct job	 me = { c, fn, arg, CORE_OK, 0, NULL }, *g, *j, *next;

	if (c->depth > 0)	/* inside a change already: part of it */
		return fn(c, arg);
	core_read_end(c);	/* a change starts afresh */
	pthread_mutex_lock(&q.lock);
	*q.tail = &me;
	q.tail = &me.next;
	q.waiting++;
	while (!me.done && q.leading)
		pthread_cond_wait(&q.cv, &q.lock);
	if (me.done) {
		pthread_mutex_unlock(&q.lock);
		return me.rc;
	}
	/* No group is running: this thread runs every action waiting. */
	q.leading = 1;
	g = q.head;
	q.head = NULL;
	q.tail = &q.head;
	q.waiting = 0;
	pthread_mutex_unlock(&q.lock);
	run_group(c, g);
	pthread_mutex_lock(&q.lock);
	for (j = g; j != NULL; j = next) {
		next = j->next;	/* j may be gone once done is seen */
		j->done = 1;
	}
	q.leading = 0;
	pthread_cond_broadcast(&q.cv);
	pthread_mutex_unlock(&q.lock);
	return me.rc;
}
