/*
 * request_write: a change of a request handed to the writer, or run at
 * once on the request's own thread when it is alone (web_write), and
 * its answer (request.h).
 */
#include <fcntl.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

#include "request.h"
#include "route.h"
#include "rules/parse.h"

/* The state of the request r (conn_state's first member). */
static struct conn_state *
state_of(struct req *r)
{
	return (struct conn_state *)(void *)((char *)r -
	    offsetof(struct conn_state, r));
}

/*
 * Whether a change is run at once on its request's thread (when the
 * writer is idle) or handed to the writer.  At once saves two hand-overs
 * between threads, but only while the machine has a core to spare: with
 * more threads ready to run than cores, a thread woken when the disk's
 * synced commit is done waits for a core, and the scheduler favours the
 * writer's thread, which mostly sleeps, over a request's, which has
 * just parsed the request and read the session (measured at a load of 7
 * to 9 on two cores: the commit's sync took 2-3 ms on a request's
 * thread against 0.3-0.5 ms on the writer's; without the sync, on a
 * file system in memory, at once was the faster by 0.1 ms a ballot).
 * A core is spare when the threads ready to run at this moment, this
 * one among them, are no more than the cores (web_core_spare): not the
 * one-minute load, which stays over the cores for a minute after a
 * burst of work has ended (after `make bench`'s pages, 2 to 3.5 on an
 * idle machine, so every lone ballot went through the writer).  It is
 * read again at most every SPARE_NS, with one system call.
 * A change is alone when no other is in flight (web_write until its
 * answer is sent) and the last one answered was its own connection's
 * or is QUIET_NS old: one among others (a burst of ballots) waits for
 * the writer to commit it in a group with them.
 */
#define QUIET_NS	(20 * 1000000LL)
#define SPARE_NS	(5 * 1000000LL)	/* the count read again */
static atomic_int		 writes_in_flight;
static _Atomic(const void *)	 last_write_conn;
static atomic_llong		 last_write_ns;
static atomic_llong		 spare_ns;	/* when the count was read */
static atomic_int		 spare;		/* a core to spare */
static atomic_int		 loadavg_fd = -1;
static atomic_long		 online;	/* cores, counted once */

static long long
mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int
web_core_spare(const char *loadavg, long cores)
{
	const char	*p = loadavg;
	char		 num[16];
	size_t		 n;
	int64_t		 running;
	int		 i;

	/* "0.52 0.58 0.59 2/456 12345": the fourth field's first half. */
	for (i = 0; i < 3 && p != NULL; i++)
		if ((p = strchr(p, ' ')) != NULL)
			p++;
	if (p == NULL || (n = strspn(p, "0123456789")) == 0 ||
	    n >= sizeof(num) || p[n] != '/')
		return 0;
	memcpy(num, p, n);
	num[n] = '\0';
	return parse_int(num, 0, INT64_MAX, &running) == 0 &&
	    running <= (cores > 0 ? cores : 1);
}

/* Whether the machine has a core to spare now (web_core_spare); none
 * when it cannot tell. */
static int
core_spare(long long now)
{
	char	buf[128];
	ssize_t	n;
	int	fd, none = -1;

	if (now - atomic_load(&spare_ns) <= SPARE_NS)
		return atomic_load(&spare);
	if ((fd = atomic_load(&loadavg_fd)) < 0) {
		fd = open("/proc/loadavg", O_RDONLY | O_CLOEXEC);
		if (fd >= 0 && !atomic_compare_exchange_strong(&loadavg_fd,
		    &none, fd)) {
			close(fd);	/* another thread's is kept */
			fd = atomic_load(&loadavg_fd);
		}
	}
	/* Read from its start, the kernel writes the line afresh; the
	 * cores are counted once (sysconf reads a file each time). */
	if (atomic_load(&online) == 0)
		atomic_store(&online, sysconf(_SC_NPROCESSORS_ONLN));
	n = fd >= 0 ? pread(fd, buf, sizeof(buf) - 1, 0) : -1;
	buf[n > 0 ? n : 0] = '\0';
	atomic_store(&spare, n > 0 && web_core_spare(buf,
	    atomic_load(&online)));
	atomic_store(&spare_ns, now);
	return atomic_load(&spare);
}

/* With this change counted in flight: whether it is run at once. */
static int
write_alone(void)
{
	long long now;

	if (atomic_fetch_add(&writes_in_flight, 1) != 0)
		return 0;
	now = mono_ns();
	return (atomic_load(&last_write_conn) == (const void *)request_conn() ||
	    now - atomic_load(&last_write_ns) > QUIET_NS) &&
	    core_spare(now);
}

/*
 * The change's answer, as route_dispatch would have made it, on core c
 * (the writer's, or one of the pool), with the job's result.  The
 * change is made (or refused) whatever this says.
 */
static void
change_answer(struct req *r, struct web_write *ww, struct core *c)
{
	const char *actor = c->actor;

	r->c = c;
	c->actor = r->signed_in ? r->who.name : "a visitor to the web site";
	memcpy(c->err, ww->job.err, sizeof(c->err));
	memcpy(c->field, ww->job.field, sizeof(c->field));
	core_read_begin(c);
	ww->then(r, ww->arg, ww->job.rc);
	core_read_end(c);
	c->actor = actor;
	ww->state = WRITE_ANSWERED;
}

/* On the writer's thread: the commit is done.  The answer is made here
 * on the writer's core, which has the group's clock and arrangement,
 * so the request's thread only sends it (no core of the pool, no
 * reading the arrangement again); the connection resumes to send it. */
static void
write_done(struct core_job *j)
{
	struct web_write *ww = (struct web_write *)(void *)((char *)j -
	    offsetof(struct web_write, job));

	if (j->by != NULL) {
		change_answer(ww->r, ww, j->by);
		ww->r->c = NULL;
	} else
		ww->state = WRITE_DONE;
	MHD_resume_connection(ww->conn);
}

void
web_write(struct req *r, core_action_fn fn, const void *arg, size_t len,
    void (*then)(struct req *, void *, int))
{
	struct conn_state	*cs = state_of(r);
	struct web_write	*ww;
	int			 rc, alone;

	if (cs->write != NULL ||
	    (ww = calloc(1, sizeof(*ww) + len)) == NULL) {
		page_core_error(r, core_fail(r->c, CORE_EFAULT, NULL, "out of "
		    "memory"));
		return;
	}
	memcpy(ww->arg, arg, len);
	ww->then = then;
	ww->r = r;
	cs->write = ww;
	alone = write_alone();
	if (!core_writer_running()) {
		/* No writer (a daemon without the pool): made at once. */
		rc = core_grouped(r->c, fn, ww->arg);
		ww->state = WRITE_ANSWERED;
		then(r, ww->arg, rc);
		return;
	}
	/* Alone, the writer idle and the lock free: made at once on this
	 * thread (one writer at a time still), and answered here, with no
	 * hand-over.  A change's answer reads nothing when it is made (a
	 * refusal's may read a little, each read on its own): no
	 * transaction is begun for it. */
	if (alone && core_writer_now(r->c, fn, ww->arg, &rc)) {
		ww->state = WRITE_ANSWERED;
		then(r, ww->arg, rc);
		return;
	}
	/* Handed over once the handler is done (answer()): the request's
	 * core goes back to the pool and the connection is suspended. */
	core_job_init(&ww->job, r->c, fn, ww->arg, write_done);
	ww->state = WRITE_ASKED;
}

/* The connection resumed with its change refused unrun (the writer
 * stopping): the answer, on a core of the pool. */
void
request_write_answer(struct conn_state *cs)
{
	struct req *r = &cs->r;

	/* The frame of the core's last use, if need be. */
	if (core_clock(r->c) != CORE_OK || core_use(r->c,
	    web_conf->arrangement) != CORE_OK)
		fprintf(stderr, "alliance: answering a change: %s\n",
		    r->c->err);
	change_answer(r, cs->write, r->c);
}

/* The change's answer is sent (request_completed): the next may be
 * alone. */
void
request_write_sent(struct MHD_Connection *conn)
{
	atomic_store(&last_write_conn, (const void *)conn);
	atomic_store(&last_write_ns, mono_ns());
	atomic_fetch_sub(&writes_in_flight, 1);
}
