/*
 * server: `alliance serve` (serve.h): the daemon, its signals, and the
 * pool of cores.
 *
 * libmicrohttpd runs a pool of threads.  Each request borrows a core
 * (one SQLite connection) from a pool of the same size, so that
 * handlers never share a connection.  A request's life is request.c's,
 * its routing route.c's, and who is asking session.c's.
 */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <curl/curl.h>
#include <microhttpd.h>
#include <sodium.h>

#include "assets.h"
#include "cache.h"
#include "core/group_commit.h"
#include "guard.h"
#include "request.h"
#include "schedule.h"

#define IDLE_SECONDS	30	/* silence (guard.c: the headers' deadline) */
#define CONNECTIONS	512
#define PER_CLIENT	32	/* connections at once from one address */

/* --- the pool of cores --- */
static struct {
	pthread_mutex_t	 lock;
	pthread_cond_t	 free_cv;
	struct core	*cores;
	char		*busy;
	int		 n;
	const void	*watch;		/* the data's stamp, read by all */
} pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL,
    0, NULL };

const struct web_config *web_conf;

struct core *
pool_get(void)
{
	struct core	*c = NULL;
	int		 i;

	pthread_mutex_lock(&pool.lock);
	while (c == NULL) {
		for (i = 0; i < pool.n && c == NULL; i++)
			if (!pool.busy[i]) {
				pool.busy[i] = 1;
				c = &pool.cores[i];
			}
		if (c == NULL)
			pthread_cond_wait(&pool.free_cv, &pool.lock);
	}
	pthread_mutex_unlock(&pool.lock);
	return c;
}

void
pool_put(struct core *c)
{
	c->actor = "alliance serve";	/* never a freed request's name */
	pthread_mutex_lock(&pool.lock);
	pool.busy[c - pool.cores] = 0;
	pthread_cond_signal(&pool.free_cv);
	pthread_mutex_unlock(&pool.lock);
}

const void *
pool_watch(void)
{
	return pool.watch;
}

struct MHD_Daemon *
web_daemon_external(const struct web_config *cf, struct core *cores, int n)
{
	web_conf = cf;
	if (sodium_init() < 0 || n < 1 ||
	    (pool.busy = calloc((size_t)n, 1)) == NULL)
		return NULL;
	pool.cores = cores;
	pool.n = n;
	return MHD_start_daemon(MHD_USE_NO_LISTEN_SOCKET, 0, NULL, NULL,
	    request_handler, NULL,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_SECONDS,
	    MHD_OPTION_NOTIFY_CONNECTION, guard_notify, NULL,
	    MHD_OPTION_NOTIFY_COMPLETED, request_completed, NULL,
	    MHD_OPTION_END);
}

static int
parse_listen(const char *s, struct sockaddr_in *sa)
{
	char		 host[64];
	const char	*colon = strrchr(s, ':');
	int64_t		 port;

	memset(sa, 0, sizeof(*sa));
	sa->sin_family = AF_INET;
	if (colon == NULL || (size_t)(colon - s) >= sizeof(host))
		return -1;
	memcpy(host, s, (size_t)(colon - s));
	host[colon - s] = '\0';
	if (parse_int(colon + 1, 0, 65535, &port) != 0)
		return -1;
	if (inet_pton(AF_INET, host[0] ? host : "0.0.0.0",
	    &sa->sin_addr) != 1)
		return -1;
	sa->sin_port = htons((uint16_t)port);
	return 0;
}

/* The pool of cores, each with its pages kept, and the writer: 0, or
 * -1 with the reason told. */
static int
pool_open(const struct web_config *cf)
{
	int i;

	pool.n = cf->threads;
	pool.cores = calloc((size_t)pool.n, sizeof(*pool.cores));
	pool.busy = calloc((size_t)pool.n, 1);
	if (pool.cores == NULL || pool.busy == NULL)
		return -1;
	/* Every statement is checked against the schema before the first
	 * request, rather than found wrong when some page first needs it:
	 * on a connection of its own (about 5 ms), as the pool's see the
	 * same schema, closed after, as every statement kept prepared
	 * would hold about 1.6 MB that the pages never need. */
	if (core_open(&pool.cores[0], cf->db, 0) != CORE_OK ||
	    core_selftest(&pool.cores[0]) != CORE_OK) {
		fprintf(stderr, "alliance: %s\n", pool.cores[0].err);
		return -1;
	}
	core_close(&pool.cores[0]);
	for (i = 0; i < pool.n; i++) {
		if (core_open(&pool.cores[i], cf->db, 0) != CORE_OK ||
		    core_use(&pool.cores[i], cf->arrangement) != CORE_OK) {
			fprintf(stderr, "alliance: %s\n", pool.cores[i].err);
			return -1;
		}
	}
	/* The pages kept by the threads that answer (cache.c) are known
	 * by the data's stamp, read from SQLite's WAL index as the first
	 * core's connection maps it, open until the daemon has stopped. */
	pool.watch = core_watch(&pool.cores[0]);
	if (cache_start() != 0)
		return -1;
	/* Ballots and votes are committed by the writer, on a connection
	 * of its own, while the request that asked is put aside. */
	if (core_writer_start(cf->db, cf->arrangement, pool.cores[0].err,
	    sizeof(pool.cores[0].err)) != CORE_OK) {
		fprintf(stderr, "alliance: %s\n", pool.cores[0].err);
		return -1;
	}
	return 0;
}

int
web_serve(const struct web_config *cf)
{
	struct MHD_Daemon		*d = NULL;
	struct sockaddr_in		 sa;
	sigset_t			 sigs;
	int				 sig, lfd = -1, sched_on = 0, watch_on = 0;
	const union MHD_DaemonInfo	*di;
	int				 i, rc = 1, waited;

	web_conf = cf;
	if (cf->routes != NULL) {
		web_routes_print(cf->routes);
		return 0;
	}
	/* London's zone for dates in words, set before any thread runs. */
	render_when_init();
	/* Two malloc arenas, not one per thread: the threads take turns
	 * at the writer and the pool anyway, and each arena keeps memory
	 * of its own (about 2 MB of peak RSS under a storm of sign-ins). */
	mallopt(M_ARENA_MAX, 2);
	if (parse_listen(cf->listen, &sa) != 0) {
		fprintf(stderr, "alliance: --listen '%s' is not accepted; "
		    "expected ADDRESS:PORT such as 127.0.0.1:8080\n",
		    cf->listen);
		return 1;
	}
	if (sodium_init() < 0 || assets_load(cf->assets) != 0)
		goto out;
	/* libcurl starts with the first message sent (smtp.c). */
	if (pool_open(cf) != 0)
		goto out;
	/* The signals wait for the main thread: the daemon's threads,
	 * started after this, inherit the mask. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);
	d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
	    MHD_USE_ITC | MHD_USE_ERROR_LOG |
	    MHD_ALLOW_SUSPEND_RESUME, 0, NULL, NULL, request_handler,
	    NULL,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)cf->threads,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_SECONDS,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNECTIONS,
	    /* Behind a trusted proxy every connection is the proxy's: it
	     * is the one to hold each client back. */
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)(cf->trust_proxy ?
	    0 : PER_CLIENT),
	    MHD_OPTION_NOTIFY_CONNECTION, guard_notify, NULL,
	    MHD_OPTION_NOTIFY_COMPLETED, request_completed, NULL,
	    MHD_OPTION_END);
	if (d == NULL) {
		fprintf(stderr, "alliance: cannot listen on %s (in use, or "
		    "not allowed)\n", cf->listen);
		goto out;
	}
	di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	fprintf(stderr, "alliance: serving %s on http://%s:%u/\n",
	    pool.cores[0].arr_slug, inet_ntoa(sa.sin_addr),
	    di != NULL ? di->port : 0);
	if (cf->port_file != NULL) {
		FILE *f = fopen(cf->port_file, "w");

		if (f != NULL) {
			fprintf(f, "%u\n", di != NULL ? di->port : 0);
			fclose(f);
		}
	}
	sched_on = cf->every > 0 && schedule_start(cf) == 0;
	watch_on = guard_start() == 0;
	while (sigwait(&sigs, &sig) != 0)
		;
	if (sched_on)
		schedule_stop();
	/* Graceful: stop accepting, let requests under way finish. */
	fprintf(stderr, "alliance: stopping; finishing requests under way\n");
	/* The listening socket is closed once the daemon has stopped: its
	 * threads take it out of their epoll sets in their own time, and
	 * one that found it closed would stop the process (libmicrohttpd:
	 * "Failed to remove listen FD from epoll set"). */
	lfd = MHD_quiesce_daemon(d);
	for (waited = 0; waited < 100; waited++) {
		di = MHD_get_daemon_info(d,
		    MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
		if (di == NULL || di->num_connections == 0)
			break;
		usleep(50000);
	}
	rc = 0;
out:
	if (watch_on)
		guard_stop();
	/* Before the daemon: the changes still queued are committed and
	 * every connection put aside for one is resumed (the daemon may
	 * not stop with one suspended). */
	core_writer_stop();
	if (d != NULL)
		MHD_stop_daemon(d);
	if (lfd >= 0)
		close(lfd);
	pool.watch = NULL;
	cache_stop();
	for (i = 0; pool.cores != NULL && i < pool.n; i++)
		core_close(&pool.cores[i]);
	free(pool.cores);
	free(pool.busy);
	assets_free();
	curl_global_cleanup();
	return rc;
}
