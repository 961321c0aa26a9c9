/*
 * request: one request's life in libmicrohttpd (request.h).  The first
 * call only allocates its state (answering then would cost the
 * keep-alive); a POST body is fed to a post processor with a hard cap;
 * the answer is queued on the last call, after the router (route.c)
 * has run its handler.  Every answer carries the security headers, set
 * here and nowhere else, and one access-log line is written per
 * request.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <microhttpd.h>

#include "assets.h"
#include "guard.h"
#include "request.h"
#include "route.h"

#define FORM_MAX	(64u * 1024u)		/* a form's body */
#define UPLOAD_MAX	(5u * 1024u * 1024u)	/* a CSV file */
#define POST_BUFFER	4096u			/* the form parser's buffer */
#define FIELD_MAX	(32u * 1024u)		/* one form field */

/* One answer's security headers (STYLE: set in one place). */
static const char *const sec_headers[][2] = {
	{ "Content-Security-Policy", "default-src 'self'; script-src 'self'; "
	    "style-src 'self'; img-src 'self' data:; font-src 'self'; "
	    "object-src 'none'; base-uri 'none'; form-action 'self'; "
	    "frame-ancestors 'none'" },
	{ "X-Content-Type-Options", "nosniff" },
	{ "Referrer-Policy", "same-origin" },
	{ "X-Frame-Options", "DENY" },
	{ "Cross-Origin-Opener-Policy", "same-origin" },
	{ "Permissions-Policy", "camera=(), microphone=(), geolocation=()" },
};

void
web_redirect(struct req *r, const char *path)
{
	r->status = 303;
	snprintf(r->location, sizeof(r->location), "%s", path);
}

void
web_json(struct req *r, int status, json_t *j)
{
	char *s = json_dumps(j, JSON_INDENT(1) | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(15));

	r->status = status;
	r->type = "application/json";
	if (s == NULL)
		r->body.oom = 1;
	else {
		html_raw(&r->body, s);	/* JSON, not markup: sent as is */
		html_raw(&r->body, "\n");
	}
	free(s);
	json_decref(j);
}

/* Room for more fields: twice as many (16 at first), up to
 * RAW_FIELDS; -1 when out of memory. */
static int
raw_grow(struct conn_state *cs)
{
	struct raw_field	*p;
	size_t			 cap = cs->raw_cap * 2;

	if (cap < 16)
		cap = 16;
	if (cap > RAW_FIELDS)
		cap = RAW_FIELDS;
	if ((p = reallocarray(cs->raw, cap, sizeof(*p))) == NULL)
		return -1;
	cs->raw = p;
	cs->raw_cap = cap;
	return 0;
}

static enum MHD_Result
post_iter(void *cls, enum MHD_ValueKind kind, const char *key,
    const char *filename, const char *ctype, const char *enc,
    const char *data, uint64_t off, size_t size)
{
	struct conn_state	*cs = cls;
	struct req		*r = &cs->r;
	struct raw_field	*f;
	char			*buf;
	size_t			 have, i;

	(void)kind; (void)ctype; (void)enc;
	if (cs->bad_form)
		return MHD_NO;
	/* A multipart part without a name, or a field sent twice (which
	 * would otherwise be joined, "csrf=&csrf=T" reading as "T"): the
	 * form is refused whole.  off is 0 only at a value's start. */
	if (key == NULL || (filename != NULL && off == 0 && cs->had_file)) {
		cs->bad_form = 1;
		return MHD_NO;
	}
	if (filename != NULL) {
		/* A file field: only the CSV import has one. */
		cs->had_file = 1;
		if (r->upload_len + size > UPLOAD_MAX)
			return MHD_NO;
		if ((buf = realloc(r->upload, r->upload_len + size + 1)) ==
		    NULL)
			return MHD_NO;
		memcpy(buf + r->upload_len, data, size);
		r->upload = buf;
		r->upload_len += size;
		r->upload[r->upload_len] = '\0';
		snprintf(r->upload_name, sizeof(r->upload_name), "%s",
		    filename);
		return MHD_YES;
	}
	for (i = 0; i < cs->nraw; i++)
		if (strcmp(cs->raw[i].key, key) == 0)
			break;
	if (i < cs->nraw && off == 0) {
		cs->bad_form = 1;
		return MHD_NO;
	}
	if (i == cs->nraw) {
		if (cs->nraw == RAW_FIELDS || (cs->nraw == cs->raw_cap &&
		    raw_grow(cs) != 0) || (cs->raw[i].key = strdup(key)) ==
		    NULL)
			return MHD_NO;
		cs->raw[i].val = NULL;
		cs->raw[i].len = 0;
		cs->nraw++;
	}
	f = &cs->raw[i];
	have = f->len;
	if (have + size > FIELD_MAX)
		return MHD_NO;
	if ((buf = realloc(f->val, have + size + 1)) == NULL)
		return MHD_NO;
	memcpy(buf + have, data, size);
	buf[have + size] = '\0';
	f->val = buf;
	f->len = have + size;
	return MHD_YES;
}

/* The whole body is in: each field becomes a string of the form.  One
 * that is not UTF-8 text is left out and named in bad_text: dispatch
 * refuses the form before any page sees it. */
static void
raw_finish(struct conn_state *cs)
{
	const char	*v;
	size_t		 i;

	for (i = 0; i < cs->nraw; i++) {
		v = cs->raw[i].val != NULL ? cs->raw[i].val : "";
		if (text_utf8(cs->raw[i].key, strlen(cs->raw[i].key)) &&
		    text_utf8(v, cs->raw[i].len))
			(void)req_form_set(&cs->r.form, cs->raw[i].key, v,
			    cs->raw[i].len);
		else if (cs->r.bad_text[0] == '\0')
			snprintf(cs->r.bad_text, sizeof(cs->r.bad_text), "%s",
			    text_utf8(cs->raw[i].key, strlen(cs->raw[i].key)) ?
			    cs->raw[i].key : "a field's name");
		free(cs->raw[i].key);
		free(cs->raw[i].val);
		cs->raw[i].key = cs->raw[i].val = NULL;
		cs->raw[i].len = 0;
	}
	free(cs->raw);
	cs->raw = NULL;
	cs->nraw = cs->raw_cap = 0;
}

/* The connection of the request being handled by this thread. */
static __thread struct MHD_Connection *tl_conn;

struct MHD_Connection *
request_conn(void)
{
	return tl_conn;
}

const char *
web_cookie(const struct req *r, const char *name)
{
	(void)r;
	return MHD_lookup_connection_value(tl_conn, MHD_COOKIE_KIND, name);
}

int
web_next_ok(const char *p)
{
	size_t n = p != NULL ? strlen(p) : 0;

	return n > 1 && n < 200 && p[0] == '/' && p[1] != '/' &&
	    strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "0123456789/_.-") == n && strstr(p, "..") == NULL &&
	    strncmp(p, "/sign-", 6) != 0;
}

static void
add_headers(struct MHD_Response *resp, const struct req *r)
{
	size_t	i;

	for (i = 0; i < sizeof(sec_headers) / sizeof(sec_headers[0]); i++)
		MHD_add_response_header(resp, sec_headers[i][0],
		    sec_headers[i][1]);
	if (r->type != NULL)
		MHD_add_response_header(resp, "Content-Type", r->type);
	if (r->location[0] != '\0')
		MHD_add_response_header(resp, "Location", r->location);
	if (r->cookie[0] != '\0')
		MHD_add_response_header(resp, "Set-Cookie", r->cookie);
	if (r->cookie2[0] != '\0')
		MHD_add_response_header(resp, "Set-Cookie", r->cookie2);
	if (r->link[0] != '\0')
		MHD_add_response_header(resp, "Link", r->link);
	if (r->total >= 0) {
		char n[24];

		snprintf(n, sizeof(n), "%lld", r->total);
		MHD_add_response_header(resp, "X-Total-Count", n);
	}
	/* RFC 9110: a 405 names the methods the resource has, and a 401
	 * the scheme that would be accepted (RFC 6750 for the API). */
	if (r->status == 405 && r->allow[0] != '\0')
		MHD_add_response_header(resp, "Allow", r->allow);
	if (r->status == 401)
		MHD_add_response_header(resp, "WWW-Authenticate",
		    "Bearer realm=\"alliance\"");
	session_headers(resp, r);
	/* Every answer but the static files, errors and redirects too:
	 * none is for a shared cache, nor the browser's history. */
	if (strncmp(r->path, "/assets/", 8) != 0 || r->status >= 300)
		MHD_add_response_header(resp, "Cache-Control", "no-store");
	/* Behind a proxy that speaks TLS: browsers are to use nothing
	 * else (HTTP answers are not sent it; browsers ignore it there). */
	if (web_conf->trust_proxy)
		MHD_add_response_header(resp, "Strict-Transport-Security",
		    "max-age=31536000");
}

/* The signed-in pages kept per session: the same for one session
 * while the data and the clock stay the same, and opened often. */
static int
per_session(const char *path)
{
	return strcmp(path, "/me") == 0 || strcmp(path, "/officer") == 0;
}

/*
 * The key a page may be kept under: its path, or with ?page=N alone (a
 * long list's page); 0, 1 with ?page=, or -1 when its query is any
 * other (then it is always made afresh).
 */
static int
page_key(struct MHD_Connection *conn, const char *path, char *key,
    size_t keysz)
{
	const char	*page = MHD_lookup_connection_value(conn,
	    MHD_GET_ARGUMENT_KIND, "page");
	int		 args = MHD_get_connection_values(conn,
	    MHD_GET_ARGUMENT_KIND, NULL, NULL);

	if (strlen(path) > keysz - 64)
		return -1;
	if (args == 0) {
		snprintf(key, keysz, "%s", path);
		return 0;
	}
	if (args == 1 && page != NULL && strlen(page) < 10 &&
	    strspn(page, "0123456789") == strlen(page)) {
		snprintf(key, keysz, "%s?page=%s", path, page);
		return 1;
	}
	return -1;
}

/*
 * Runs fn, and keeps its page when it is the same for every reader of
 * this data at this minute (cache.c): a public page that a visitor who
 * is not signed in asks for without a query (or with only ?page= of a
 * long list), holding no form token of the visitor's.  A signed-in
 * person's own pages (per_session), which carry their session's token,
 * are kept for that session alone, and only as they stand (a banner
 * after an action comes with a query).  The answer, headers and all, is
 * made and kept by answer().  The stamp is the one read before this
 * request read anything, so the page holds at least what it names.
 */
void
request_cached(struct MHD_Connection *conn, struct conn_state *cs,
    int public, void (*fn)(struct req *))
{
	struct req	*r = &cs->r;
	int		 mine = r->signed_in && r->sid != NULL &&
	    per_session(r->path);
	int		 q;

	fn(r);
	if (cs->stamp == 0 || cache_mine() == NULL ||
	    strcmp(r->method, "GET") != 0 ||
	    (!mine && (!public || r->signed_in)) ||
	    (q = page_key(conn, r->path, cs->key, sizeof(cs->key))) < 0 ||
	    (mine && q != 0))
		return;
	if ((r->status == 0 || r->status == 200) && r->location[0] == '\0' &&
	    r->cookie[0] == '\0' && r->cookie2[0] == '\0' && !r->set_csrf &&
	    !r->body.oom && r->body.p != NULL && (mine ||
	    r->csrf[0] == '\0' || strstr(r->body.p, r->csrf) == NULL)) {
		cs->keep = 1;
		snprintf(cs->owner, sizeof(cs->owner), "%s", mine ? r->sid :
		    "");
		/* A public page for the minute; a person's own for the
		 * second, as their session's expiry is read to it. */
		snprintf(cs->when, sizeof(cs->when), "%.*s", mine ? 19 : 16,
		    r->c->now);
	}
}

/*
 * The page kept for this request, queued at once, before any core is
 * taken or the database read: 1 and *ret then.  The data's stamp is
 * read here first, for request_cached.
 */
static int
answer_kept(struct MHD_Connection *conn, struct conn_state *cs,
    enum MHD_Result *ret)
{
	struct req		*r = &cs->r;
	struct MHD_Response	*resp;
	const char		*owner;
	char			 key[512], now[32], when[24];
	size_t			 len;
	int			 gz, q;

	cs->stamp = core_watch_stamp(pool_watch());
	if (cs->stamp == 0 || strcmp(r->method, "GET") != 0 ||
	    (q = page_key(conn, r->path, key, sizeof(key))) < 0 ||
	    core_now(now) != CORE_OK)
		return 0;
	owner = session_owner(conn);
	if (owner[0] != '\0' && (q != 0 || !per_session(r->path)))
		return 0;
	snprintf(when, sizeof(when), "%.*s", owner[0] != '\0' ? 19 : 16,
	    now);
	if ((resp = cache_find(cache_mine(), key, owner, cs->stamp, when,
	    MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_ACCEPT_ENCODING), &len, &gz)) == NULL)
		return 0;
	r->status = 200;
	cs->sent = len;
	*ret = MHD_queue_response(conn, 200, resp);
	return 1;
}

/* 1 for a type worth compressing. */
static int
text_type(const char *type)
{
	return strncmp(type, "text/", 5) == 0 ||
	    strncmp(type, "application/json", 16) == 0;
}

/* An answer with r's headers for body (from malloc(), len bytes,
 * taken; NULL for none), gzipped as z says.  NULL when out of memory. */
static struct MHD_Response *
response_body(const struct req *r, char *body, size_t len, int z)
{
	struct MHD_Response *resp;

	resp = MHD_create_response_from_buffer(body != NULL ? len : 0,
	    body != NULL ? body : "", body != NULL ? MHD_RESPMEM_MUST_FREE :
	    MHD_RESPMEM_PERSISTENT);
	if (resp == NULL) {
		free(body);
		return NULL;
	}
	add_headers(resp, r);
	if (z)
		MHD_add_response_header(resp, "Content-Encoding", "gzip");
	MHD_add_response_header(resp, "Vary", "Accept-Encoding");
	return resp;
}

/* r's answer of body (taken), gzipped when its type is text and the
 * client's Accept-Encoding ae takes it; *sent, the bytes that go out. */
static struct MHD_Response *
response_of(const struct req *r, char *body, size_t len, const char *ae,
    size_t *sent)
{
	char	*z = NULL;
	size_t	 zlen = 0;

	if (body != NULL && text_type(r->type) && cache_gzip_wanted(ae, len) &&
	    cache_gzip(body, len, &z, &zlen) == 0) {
		free(body);
		*sent = zlen;
		return response_body(r, z, zlen, 1);
	}
	*sent = body != NULL ? len : 0;
	return response_body(r, body, len, 0);
}

/* The page request_cached chose to keep: its answers, plain and
 * gzipped, made once, the one for this client queued, both kept.  0, or
 * -1 when out of memory (body freed). */
static int
answer_keep(struct MHD_Connection *conn, struct conn_state *cs, char *body,
    size_t len, const char *ae, enum MHD_Result *ret)
{
	struct MHD_Response	*plain, *gz = NULL, *resp;
	char			*z = NULL;
	size_t			 zlen = 0;

	if (body == NULL)
		return -1;
	if (text_type(cs->r.type) && cache_gzip_worth(len) &&
	    cache_gzip(body, len, &z, &zlen) == 0 &&
	    (gz = response_body(&cs->r, z, zlen, 1)) == NULL) {
		free(body);
		return -1;
	}
	if ((plain = response_body(&cs->r, body, len, 0)) == NULL) {
		if (gz != NULL)
			MHD_destroy_response(gz);
		return -1;
	}
	resp = gz != NULL && cache_gzip_wanted(ae, len) ? gz : plain;
	cs->sent = resp == gz ? zlen : len;
	/* The queue takes a reference of its own; the cache keeps ours. */
	*ret = MHD_queue_response(conn, 200, resp);
	cache_put(cache_mine(), cs->key, cs->owner, cs->stamp, cs->when, plain,
	    len, gz, zlen);
	return 0;
}

static enum MHD_Result
answer(struct MHD_Connection *conn, struct conn_state *cs)
{
	struct req		*r = &cs->r;
	struct MHD_Response	*resp;
	enum MHD_Result		 ret;
	size_t			 len;
	char			*body;
	const char		*ae;
	const struct asset	*a;

	if (cs->write != NULL && cs->write->state == WRITE_DONE) {
		r->c = pool_get();
		request_write_answer(cs);
	} else if (cs->write != NULL && cs->write->state == WRITE_ANSWERED) {
		/* Resumed with the answer made on the writer's thread. */
	} else if (cs->too_big || cs->bad_form) {
		r->c = pool_get();
		if (core_clock(r->c) != CORE_OK ||
		    core_use(r->c, web_conf->arrangement) != CORE_OK)
			r->c->arr_name[0] = '\0';
		if (cs->too_big)
			page_error(r, 413, "What you sent is too large", "A "
			    "form may be up to 64 KB and a file up to 5 MB. "
			    "Nothing was changed.");
		else
			page_error(r, 400, "This form cannot be read", "A "
			    "field was sent twice, or without a name. Go "
			    "back, reload the page and try again. Nothing was "
			    "changed.");
	} else if (strncmp(r->path, "/assets/", 8) == 0 &&
	    strcmp(r->method, "GET") == 0) {
		if ((a = assets_find(r->path)) != NULL) {
			resp = MHD_create_response_from_buffer(a->len,
			    a->data, MHD_RESPMEM_PERSISTENT);
			r->status = 200;
			r->type = a->type;
			add_headers(resp, r);
			MHD_add_response_header(resp, "Cache-Control",
			    "public, max-age=3600");
			ret = MHD_queue_response(conn, 200, resp);
			MHD_destroy_response(resp);
			cs->sent = a->len;
			return ret;
		}
		r->c = pool_get();
		page_error(r, 404, "Page not found", "There is no such file.");
	} else if (answer_kept(conn, cs, &ret))
		return ret;
	else {
		r->c = pool_get();
		route_dispatch(conn, cs);
		if (cs->write != NULL && cs->write->state == WRITE_ASKED) {
			/* The change waits for the writer, holding neither
			 * this thread nor a core: the connection is put aside
			 * and resumed when its commit is done. */
			pool_put(r->c);
			r->c = NULL;
			cs->write->conn = conn;
			cs->write->state = WRITE_QUEUED;
			MHD_suspend_connection(conn);
			core_writer_submit(&cs->write->job);
			return MHD_YES;
		}
	}
	if (r->body.oom) {
		html_free(&r->body);
		r->status = 500;
		r->type = "text/plain; charset=utf-8";
		html_raw(&r->body, "The page was too large to show.\n");
	}
	if (r->status == 0)
		r->status = 200;
	if (r->type == NULL)
		r->type = "text/html; charset=utf-8";
	body = html_take(&r->body, &len);
	ae = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_ACCEPT_ENCODING);
	if (cs->keep && cache_keeps(len)) {
		if (answer_keep(conn, cs, body, len, ae, &ret) != 0)
			return MHD_NO;
		pool_put(r->c);
		r->c = NULL;
		return ret;
	}
	if ((resp = response_of(r, body, len, ae, &len)) == NULL)
		return MHD_NO;
	if (cs->too_big)
		MHD_add_response_header(resp, "Connection", "close");
	ret = MHD_queue_response(conn, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	cs->sent = len;
	/* The answer holds its own bytes: the core goes back to the pool
	 * now, not when the answer is sent.  A thread may answer several
	 * connections resumed together (web_write) before it sends any. */
	if (r->c != NULL)
		pool_put(r->c);
	r->c = NULL;
	return ret;
}

enum MHD_Result
request_handler(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version, const char *upload,
    size_t *upload_size, void **req_cls)
{
	struct conn_state	*cs = *req_cls;
	const char		*cl, *fp;
	const union MHD_ConnectionInfo *ci;

	(void)cls; (void)version;
	if (cs == NULL) {
		/* First call: state only; answering now loses keep-alive. */
		if ((cs = calloc(1, sizeof(*cs))) == NULL)
			return MHD_NO;
		clock_gettime(CLOCK_MONOTONIC, &cs->t0);
		guard_mark(conn, 1);
		cs->r.method = method;
		cs->r.path = url;
		cs->r.total = -1;
		html_init(&cs->r.body);
		fp = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
		    "X-Forwarded-Proto");
		cs->r.secure = web_conf->trust_proxy && fp != NULL &&
		    strcmp(fp, "https") == 0;
		ci = MHD_get_connection_info(conn,
		    MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		if (ci != NULL && ci->client_addr != NULL &&
		    ci->client_addr->sa_family == AF_INET)
			inet_ntop(AF_INET, &((const struct sockaddr_in *)
			    (const void *)ci->client_addr)->sin_addr, cs->ip,
			    sizeof(cs->ip));
		if (web_conf->trust_proxy)
			guard_forwarded_for(conn, cs->ip, sizeof(cs->ip));
		cs->r.client = cs->ip;
		if (strcmp(method, "POST") == 0) {
			size_t	cap = strcmp(url, "/officer/import") == 0 ?
			    UPLOAD_MAX + FORM_MAX : FORM_MAX;
			int64_t	len;

			cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
			    MHD_HTTP_HEADER_CONTENT_LENGTH);
			if (cl != NULL && (parse_int(cl, 0, INT64_MAX, &len) !=
			    0 || (uint64_t)len > cap))
				cs->too_big = 1;
			/* The parser's buffer holds a key or a part's
			 * headers; a value longer comes in pieces
			 * (post_iter joins them).  It is allocated and
			 * zeroed for every form, a ballot too. */
			if (strncmp(url, "/api/", 5) != 0)
				cs->pp = MHD_create_post_processor(conn,
				    POST_BUFFER, post_iter, cs);
		}
		cs->bad_form = guard_query_repeats(conn);
		*req_cls = cs;
		return MHD_YES;
	}
	tl_conn = conn;
	if (*upload_size > 0) {
		size_t cap = strcmp(url, "/officer/import") == 0 ?
		    UPLOAD_MAX + FORM_MAX : FORM_MAX;

		cs->body += *upload_size;
		if (cs->body > cap)
			cs->too_big = 1;
		if (!cs->too_big && !cs->bad_form && cs->pp != NULL &&
		    MHD_post_process(cs->pp, upload, *upload_size) != MHD_YES)
			cs->too_big = !cs->bad_form;
		*upload_size = 0;
		return MHD_YES;
	}
	/* The post processor hands over what it still holds (the last
	 * field, often) only when destroyed: so destroy it first. */
	if (cs->pp != NULL) {
		MHD_destroy_post_processor(cs->pp);
		cs->pp = NULL;
	}
	raw_finish(cs);
	return answer(conn, cs);
}

/* This thread's access-log time, made once a second. */
static __thread struct {
	time_t	 t;
	char	 when[32];
} tl_log = { -1, "" };

void
request_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct conn_state	*cs = *req_cls;
	struct timespec		 t1;
	struct tm		 tm;
	time_t			 now = time(NULL);
	char			 method[40], path[600], line[800];
	long long		 tenths;
	int			 n;

	(void)cls;
	if (cs == NULL)
		return;
	guard_mark(conn, 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	tenths = ((long long)(t1.tv_sec - cs->t0.tv_sec) * 1000000000LL +
	    (t1.tv_nsec - cs->t0.tv_nsec) + 50000LL) / 100000LL;
	if (now != tl_log.t) {
		gmtime_r(&now, &tm);
		strftime(tl_log.when, sizeof(tl_log.when),
		    "%Y-%m-%dT%H:%M:%SZ", &tm);
		tl_log.t = now;
	}
	/* One access-log line per request: no query, no cookies, no
	 * sign-in link, and nothing the client sent written raw.  Made
	 * here and written whole, with one write(2): no lock shared by
	 * the threads, and lines never mixed. */
	guard_log_text(method, sizeof(method), cs->r.method, 0);
	guard_log_text(path, sizeof(path), cs->r.path, 1);
	n = snprintf(line, sizeof(line), "%s %s %s %s %d %zu %lld.%lldms%s\n",
	    tl_log.when, cs->ip[0] ? cs->ip : "-", method, path, cs->r.status,
	    cs->sent, tenths / 10, tenths % 10,
	    toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (cut short)");
	if (n > 0) {
		if ((size_t)n >= sizeof(line)) {
			n = (int)sizeof(line) - 1;
			line[n - 1] = '\n';
		}
		if (write(STDERR_FILENO, line, (size_t)n) < 0) {
			/* No log to tell of it. */
		}
	}
	if (cs->pp != NULL)
		MHD_destroy_post_processor(cs->pp);
	raw_finish(cs);
	if (cs->r.c != NULL)
		pool_put(cs->r.c);
	if (cs->write != NULL)
		request_write_sent(conn);
	/* A change still with the writer is its until done: never here,
	 * as the server stops the writer before the daemon. */
	if (cs->write != NULL && cs->write->state != WRITE_QUEUED)
		free(cs->write);
	req_form_free(&cs->r.form);
	free(cs->r.upload);
	html_free(&cs->r.body);
	free(cs);
	*req_cls = NULL;
}
