/*
 * guard: what keeps `alliance serve` standing and its log honest, apart
 * from the request's own checks in server.c: a deadline for a
 * request's headers that trickling cannot extend, the client's address
 * behind a trusted proxy, a query that names a parameter twice, and the
 * access log's escaping.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <arpa/inet.h>
#include <sys/queue.h>
#include <sys/socket.h>

#include <microhttpd.h>

#include "guard.h"

#define HEADER_SECONDS	10	/* for a request's headers, whole */

/*
 * The headers' deadline.
 *
 * libmicrohttpd's timeout is for silence, so a client that trickles a
 * header byte now and then keeps its connection for ever.  Each
 * connection is watched from when it opens, and again from each
 * answer: if the next request's headers are not all in within
 * HEADER_SECONDS, the socket is shut down and the library closes it.
 * (With the per-client limit this keeps one client from taking every
 * connection.)
 */
struct conn_watch {
	TAILQ_ENTRY(conn_watch)	 entry;
	int			 fd;
	struct timespec		 since;		/* monotonic */
	int			 busy;		/* headers in: a request */
	int			 cut;		/* shut down already */
};

static struct {
	pthread_mutex_t			 lock;
	pthread_cond_t			 cv;
	TAILQ_HEAD(, conn_watch)	 all;
	int				 stop;
	pthread_t			 th;
} watch = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER,
    TAILQ_HEAD_INITIALIZER(watch.all), 0, 0 };

void
guard_notify(void *cls, struct MHD_Connection *conn, void **socket_context,
    enum MHD_ConnectionNotificationCode toe)
{
	const union MHD_ConnectionInfo	*ci;
	struct conn_watch		*w;

	(void)cls;
	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		ci = MHD_get_connection_info(conn,
		    MHD_CONNECTION_INFO_CONNECTION_FD);
		if (ci == NULL || (w = calloc(1, sizeof(*w))) == NULL)
			return;
		w->fd = ci->connect_fd;
		clock_gettime(CLOCK_MONOTONIC, &w->since);
		pthread_mutex_lock(&watch.lock);
		TAILQ_INSERT_TAIL(&watch.all, w, entry);
		pthread_mutex_unlock(&watch.lock);
		*socket_context = w;
	} else if ((w = *socket_context) != NULL) {
		/* Closed: the socket is still open until this returns. */
		pthread_mutex_lock(&watch.lock);
		TAILQ_REMOVE(&watch.all, w, entry);
		pthread_mutex_unlock(&watch.lock);
		free(w);
		*socket_context = NULL;
	}
}

/* A request's headers are in (busy), or its answer is sent (!busy). */
void
guard_mark(struct MHD_Connection *conn, int busy)
{
	const union MHD_ConnectionInfo	*ci = MHD_get_connection_info(conn,
	    MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	struct conn_watch		*w;

	if (ci == NULL || (w = ci->socket_context) == NULL)
		return;
	pthread_mutex_lock(&watch.lock);
	w->busy = busy;
	clock_gettime(CLOCK_MONOTONIC, &w->since);
	pthread_mutex_unlock(&watch.lock);
}

static void *
watcher(void *arg)
{
	struct conn_watch	*w;
	struct timespec		 now, ts;

	(void)arg;
	pthread_mutex_lock(&watch.lock);
	while (!watch.stop) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		TAILQ_FOREACH(w, &watch.all, entry)
			if (!w->busy && !w->cut && now.tv_sec - w->since.tv_sec
			    >= HEADER_SECONDS) {
				shutdown(w->fd, SHUT_RDWR);
				w->cut = 1;
			}
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += 1;
		pthread_cond_timedwait(&watch.cv, &watch.lock, &ts);
	}
	pthread_mutex_unlock(&watch.lock);
	return NULL;
}

int
guard_start(void)
{
	pthread_mutex_lock(&watch.lock);
	watch.stop = 0;
	pthread_mutex_unlock(&watch.lock);
	return pthread_create(&watch.th, NULL, watcher, NULL) == 0 ? 0 : -1;
}

void
guard_stop(void)
{
	pthread_mutex_lock(&watch.lock);
	watch.stop = 1;
	pthread_cond_signal(&watch.cv);
	pthread_mutex_unlock(&watch.lock);
	pthread_join(watch.th, NULL);
}

/*
 * Behind a proxy we were told to trust, the client is the last address
 * the proxy added to X-Forwarded-For (earlier ones are the client's own
 * say).  ip is left as it is unless that is an IP address.
 */
void
guard_forwarded_for(struct MHD_Connection *conn, char *ip, size_t ipsz)
{
	const char	*v = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
	    "X-Forwarded-For"), *last;
	char		 a[64];
	unsigned char	 bin[16];
	size_t		 n;

	if (v == NULL)
		return;
	last = strrchr(v, ',') != NULL ? strrchr(v, ',') + 1 : v;
	last += strspn(last, " \t");
	n = strcspn(last, " \t");
	if (n == 0 || n >= sizeof(a) || n >= ipsz)
		return;
	memcpy(a, last, n);
	a[n] = '\0';
	if (inet_pton(AF_INET, a, bin) == 1 || inet_pton(AF_INET6, a, bin) == 1)
		memcpy(ip, a, n + 1);
}

/*
 * What the client sent, made safe for a log line: a byte outside
 * printable ASCII, a backslash or a quote is written \xNN, so a %0a or
 * an escape sequence in a path cannot forge a line or drive a
 * terminal; long text is cut.  path != 0: a sign-in link's secret is
 * replaced (mail scanners fetch links early; the log's readers could
 * use them).
 */
void
guard_log_text(char *out, size_t outsz, const char *s, int path)
{
	/* Links that act without a sign-in: their secret stays out of
	 * the log. */
	static const char *const links[] = { "/sign-in/", "/unsubscribe/",
	    NULL };
	size_t			 n = 0, i, len;
	unsigned char		 ch;

	if (s == NULL)
		s = "-";
	for (i = 0; path && links[i] != NULL; i++) {
		len = strlen(links[i]);
		if (strncmp(s, links[i], len) == 0 && s[len] != '\0') {
			snprintf(out, outsz, "%s[link]", links[i]);
			return;
		}
	}
	for (; *s != '\0' && n + 8 < outsz; s++) {
		ch = (unsigned char)*s;
		if (ch < 0x21 || ch > 0x7e || ch == '\\' || ch == '"')
			n += (size_t)snprintf(out + n, outsz - n, "\\x%02x",
			    ch);
		else
			out[n++] = (char)ch;
	}
	if (*s != '\0')
		n += (size_t)snprintf(out + n, outsz - n, "...");
	out[n] = '\0';
}

/* The query's names so far, to refuse one given twice (or more than
 * 32 parameters: no page takes so many). */
struct query_seen {
	const char	*key[32];
	size_t		 n;
	int		 bad;
};

static enum MHD_Result
query_key(void *cls, enum MHD_ValueKind kind, const char *key,
    const char *value)
{
	struct query_seen	*q = cls;
	size_t			 i;

	(void)kind; (void)value;
	for (i = 0; i < q->n; i++)
		if (strcmp(q->key[i], key) == 0)
			break;
	if (i < q->n || q->n == sizeof(q->key) / sizeof(q->key[0])) {
		q->bad = 1;
		return MHD_NO;
	}
	q->key[q->n++] = key;
	return MHD_YES;
}

int
guard_query_repeats(struct MHD_Connection *conn)
{
	struct query_seen q = { { NULL }, 0, 0 };

	MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, query_key, &q);
	return q.bad;
}
