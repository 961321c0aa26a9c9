/*
 * request: the state of one request while libmicrohttpd hands it over
 * (request.c), the pool of cores it borrows from (server.c), and who
 * is asking (session.c).  Internal to src/web.
 */
#ifndef WEB_REQUEST_H
#define WEB_REQUEST_H

#include <stddef.h>
#include <time.h>

#include <microhttpd.h>

#include "cache.h"
#include "core/group_commit.h"
#include "web.h"

/* A form field's raw bytes while the body arrives: the post processor
 * may cut a field anywhere, even inside a UTF-8 character. */
struct raw_field {
	char	*key, *val;	/* from malloc() */
	size_t	 len;
};
/* Sets the form's field name to value (len bytes, valid UTF-8), in
 * place of one of that name; 0, or -1 out of memory (nothing set). */
int req_form_set(struct req_form *, const char *name, const char *value,
    size_t len);
/* Frees the form's fields: it is empty again. */
void req_form_free(struct req_form *);

/*
 * The most fields a form may send.  The largest form, the
 * constitution's of every setting, sends 149 (145 settings, the form
 * token and the three parts of a date).  The fields are kept in an
 * array grown as they arrive (16, 32 ... RAW_FIELDS entries of 24
 * bytes: at most 6 KB, for that form alone) and freed once the body is
 * in: a request without a form holds none.
 */
#define RAW_FIELDS	256

/*
 * A change handed to the writer (web_write): the connection is
 * suspended from when it is handed over until its commit is done and
 * its answer made (on the writer's thread, or on the request's when
 * resumed: WRITE_DONE), then resumed to send it.
 */
enum write_state { WRITE_ASKED, WRITE_QUEUED, WRITE_DONE, WRITE_ANSWERED };
struct web_write {
	struct core_job		 job;
	struct req		*r;
	struct MHD_Connection	*conn;
	void			(*then)(struct req *, void *arg, int rc);
	enum write_state	 state;
	_Alignas(max_align_t) unsigned char arg[];	/* web_write's */
};

struct conn_state {
	struct req			 r;
	struct raw_field		*raw;	/* nraw of raw_cap, from
						   realloc() */
	size_t				 nraw, raw_cap;
	struct MHD_PostProcessor	*pp;
	size_t				 body;	/* bytes received */
	int				 too_big;
	int				 bad_form;	/* a field unnamed
							   or sent twice */
	int				 had_file;
	char				 caps[512];	/* the path's
							   captures */
	struct timespec			 t0;
	size_t				 sent;
	char				 ip[64];
	uint64_t			 stamp;	/* the data's when the
						   request began, 0: unknown */
	int				 keep;	/* the page is to be kept
						   (request_cached) as: */
	char				 key[512], owner[48], when[24];
	struct web_write		*write;	/* a change for the writer,
						   or NULL */
};

/* --- server.c --- */
extern const struct web_config *web_conf;
/* A core of the pool, waiting for one to be free; and back. */
struct core *pool_get(void);
void pool_put(struct core *);
/* What the data's stamp is read from (core_watch_stamp), or NULL. */
const void *pool_watch(void);

/* --- request.c: libmicrohttpd's callbacks --- */
enum MHD_Result request_handler(void *cls, struct MHD_Connection *,
    const char *url, const char *method, const char *version,
    const char *upload, size_t *upload_size, void **req_cls);
void request_completed(void *cls, struct MHD_Connection *, void **req_cls,
    enum MHD_RequestTerminationCode);
/*
 * Runs fn, and has its page kept when it is the same for every reader
 * of the data and the minute (cache.c): a public page asked for by a
 * visitor who is not signed in, or a person's own page for their
 * session.
 */
void request_cached(struct MHD_Connection *, struct conn_state *,
    int public, void (*fn)(struct req *));
/* The connection of the request this thread is handling. */
struct MHD_Connection *request_conn(void);

/* --- request_write.c: a change for the writer --- */
/* The connection resumed with its change refused unrun (the writer
 * stopping): the answer, on a core of the pool. */
void request_write_answer(struct conn_state *);
/* The change's answer is sent: the next change may be alone. */
void request_write_sent(struct MHD_Connection *);
/* 1 when /proc/loadavg's line says no more threads are ready to run
 * than cores: a change may run at once (request_write.c). */
int web_core_spare(const char *loadavg, long cores);

/* --- session.c: who is asking --- */
/* The session's person, or the anonymous visitor's form token. */
void session_identify(struct MHD_Connection *, struct req *);
/* 1 when a POST carries the visitor's form token (ASVS 3.5.1). */
int session_csrf_ok(const struct req *);
/* 1 and *scope when a valid API token is sent (ASVS 8.3.1). */
int session_api_auth(struct MHD_Connection *, struct req *,
    enum core_scope *scope);
/* The session cookie sent, or "": whose own pages may be kept. */
const char *session_owner(struct MHD_Connection *);
/* The anonymous visitor's form-token cookie, when it is new. */
void session_headers(struct MHD_Response *, const struct req *);

#endif
