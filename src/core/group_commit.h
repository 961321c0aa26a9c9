/*
 * The writer: actions handed over to be committed in groups, answered
 * later (group_commit.c).  The server's ballots and votes use it, so
 * that a request waiting for the commit holds no thread of the server.
 * core_grouped (core.h) is the same queue for a caller that waits.
 */
#ifndef CORE_GROUP_COMMIT_H
#define CORE_GROUP_COMMIT_H

#include "core.h"
#include "core_auth.h"

/*
 * An action handed to the writer.  What it needs of its caller's core
 * (who acts, the clock, the arrangement) is copied in, as that core may
 * serve others meanwhile; the writer runs it on its own connection in a
 * savepoint of the group's transaction, with its own audit entry.
 */
struct core_job {
	core_action_fn		 fn;
	void			*arg;
	/* Called once, on the writer's thread, after the commit that
	 * holds the action (or its failure): rc, err and field are set. */
	void			(*done)(struct core_job *);
	char			 actor[sizeof(((struct core_who *)0)->name)];
	char			 today[DATE_LEN];
	char			 now[32];
	int64_t			 arr;
	int			 rc;
	char			 err[640];	/* the user's message */
	char			 field[64];	/* the field at fault */
	/* During done, when the writer thread ran it: the writer's core,
	 * with the group's clock and arrangement, free for done to read
	 * with (in a read transaction of its own) until done returns. */
	struct core		*by;
	/* The queue's own. */
	struct core		*c;		/* a waiting caller's, or NULL */
	int			 over;
	struct core_job		*next;
};

/* Fills j from c's actor, clock and arrangement. */
void core_job_init(struct core_job *j, const struct core *c,
    core_action_fn fn, void *arg, void (*done)(struct core_job *));
/*
 * Starts the writer thread on its own connection to the database at
 * path, using the arrangement slug (as core_use).  CORE_OK, or the
 * error (its message in err, errsz bytes).
 */
int core_writer_start(const char *path, const char *slug, char *err,
    size_t errsz) WUR;
/*
 * Hands j to the writer.  j->done is always called, once: at once
 * (on this thread) when no writer runs or it is stopping.
 */
void core_writer_submit(struct core_job *j);
/*
 * Runs fn(c, arg) at once as its own transaction on c (its caller's
 * thread and core), when the writer runs, is idle, has nothing queued
 * and the write lock is free at this moment: returns 1 with fn's
 * result in *rc, as core_grouped would give it.  Otherwise returns 0
 * having changed nothing (not waiting for anyone), and the caller hands
 * the action over (core_writer_submit).
 */
int core_writer_now(struct core *c, core_action_fn fn, void *arg, int *rc)
    WUR;
/* 1 while the writer thread runs and takes actions. */
int core_writer_running(void);
/*
 * Stops taking actions, runs those queued, and stops the thread; every
 * job handed over has had its done called when this returns.
 */
void core_writer_stop(void);

#endif
