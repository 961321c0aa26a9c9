/*
 * guard: the server's defences that are not a request's own checks
 * (guard.c).  server.c calls these; nothing else does.
 */
#ifndef GUARD_H
#define GUARD_H
#include <stddef.h>
#include <microhttpd.h>

/* MHD_OPTION_NOTIFY_CONNECTION: watches each connection while open. */
void	guard_notify(void *cls, struct MHD_Connection *, void **socket_context,
	    enum MHD_ConnectionNotificationCode);
/* A request's headers are all in (busy 1), or its answer is sent (0):
 * the deadline for the next request's headers starts again. */
void	guard_mark(struct MHD_Connection *, int busy);
/* The thread that shuts down connections past the deadline. */
int	guard_start(void);
void	guard_stop(void);
/* Behind a trusted proxy: the client's address from X-Forwarded-For
 * into ip (left as it is unless the header gives an IP address). */
void	guard_forwarded_for(struct MHD_Connection *, char *ip, size_t ipsz);
/* 1 when the query names a parameter twice (or has too many). */
int	guard_query_repeats(struct MHD_Connection *);
/* s made safe for the access log into out (path != 0: a sign-in
 * link's secret replaced). */
void	guard_log_text(char *out, size_t outsz, const char *s, int path);

#endif
