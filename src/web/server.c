/*
 * server: `alliance serve`, the HTTP side of the web application.
 *
 * libmicrohttpd runs a pool of threads.  Each request borrows a core
 * (one SQLite connection) from a pool of the same size, so that
 * handlers never share a connection.  The lifecycle follows the
 * library's examples: the first call only allocates the request's
 * state (answering then would cost the keep-alive), POST bodies are fed
 * to a post processor with a hard cap, and the answer is queued on the
 * last call.  Every answer carries the security headers, set here and
 * nowhere else, and one access-log line is written per request.
 */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <curl/curl.h>
#include <microhttpd.h>
#include <sodium.h>

#include "embedded.h"
#include "assets.h"
#include "cache.h"
#include "guard.h"
#include "schedule.h"
#include "web.h"
#include "core/records.h"

#define FORM_MAX	(64u * 1024u)		/* a form's body */
#define UPLOAD_MAX	(5u * 1024u * 1024u)	/* a CSV file */
#define FIELD_MAX	(32u * 1024u)		/* one form field */
#define IDLE_SECONDS	30	/* silence (guard.c: the headers' deadline) */
#define CONNECTIONS	512
#define PER_CLIENT	32	/* connections at once from one address */
#define SESSION_COOKIE	"alliance_session"
#define CSRF_COOKIE	"alliance_csrf"

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

/* --- the pool of cores --- */
static struct {
	pthread_mutex_t	 lock;
	pthread_cond_t	 free_cv;
	struct core	*cores;
	struct cache	**caches;	/* each core's public pages */
	char		*busy;
	int		 n;
} pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL,
    NULL, 0 };

static const struct web_config *conf;

static struct core *
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

static void
pool_put(struct core *c)
{
	c->actor = "alliance serve";	/* never a freed request's name */
	pthread_mutex_lock(&pool.lock);
	pool.busy[c - pool.cores] = 0;
	pthread_cond_signal(&pool.free_cv);
	pthread_mutex_unlock(&pool.lock);
}

/* --- routes --- */
struct route {
	const char	*method;
	const char	*pattern;	/* ":x" captures one segment */
	void		(*fn)(struct req *);
	enum web_access	 access;
};

static const struct route routes[] = {
	{ "GET", "/", page_home, ACCESS_PUBLIC },
	{ "GET", "/forums", page_forums, ACCESS_PUBLIC },
	{ "GET", "/representatives", page_representatives, ACCESS_PUBLIC },
	{ "GET", "/members", page_members, ACCESS_PUBLIC },
	{ "GET", "/signatories", page_signatories, ACCESS_PUBLIC },
	{ "GET", "/meetings", page_meetings, ACCESS_PUBLIC },
	{ "GET", "/meetings/:id", page_meeting, ACCESS_PUBLIC },
	{ "POST", "/meetings/:id/:action", page_meeting_post, ACCESS_SIGNED_IN },
	{ "POST", "/groups/:slug/meetings", page_group_schedule,
	    ACCESS_SIGNED_IN },
	{ "POST", "/groups/:slug/:action", page_group_action,
	    ACCESS_SIGNED_IN },
	{ "POST", "/polls/:id/close", page_poll_close, ACCESS_SIGNED_IN },
	{ "GET", "/elections/:id/manage", page_election_manage,
	    ACCESS_SIGNED_IN },
	{ "POST", "/elections/:id/manage/:action", page_election_manage_post,
	    ACCESS_SIGNED_IN },
	{ "GET", "/elections/:id/receipts", page_election_receipts,
	    ACCESS_PUBLIC },
	{ "GET", "/elections/:id/nominate", page_nominate, ACCESS_SIGNED_IN },
	{ "POST", "/elections/:id/nominate", page_nominate_post,
	    ACCESS_SIGNED_IN },
	{ "GET", "/sign-in", page_signin, ACCESS_PUBLIC },
	{ "POST", "/sign-in", page_signin_post, ACCESS_PUBLIC },
	{ "GET", "/sign-in/:token", page_signin_link, ACCESS_PUBLIC },
	{ "POST", "/sign-in/:token", page_signin_link, ACCESS_PUBLIC },
	{ "POST", "/sign-in-password", page_signin_password, ACCESS_PUBLIC },
	{ "POST", "/sign-out", page_signout, ACCESS_PUBLIC },
	{ "GET", "/two-factor", page_totp, ACCESS_SIGNED_IN },
	{ "POST", "/two-factor", page_totp_post, ACCESS_SIGNED_IN },
	{ "GET", "/confirm", page_confirm, ACCESS_OFFICER },
	{ "POST", "/confirm", page_confirm_post, ACCESS_OFFICER },
	{ "GET", "/me", page_me, ACCESS_SIGNED_IN },
	{ "GET", "/me/sign", page_sign, ACCESS_SIGNED_IN },
	{ "POST", "/me/digest", page_digest_post, ACCESS_SIGNED_IN },
	{ "POST", "/me/sign", page_sign_post, ACCESS_SIGNED_IN },
	{ "GET", "/polls/:id", page_poll, ACCESS_SIGNED_IN },
	{ "GET", "/decisions/:id", page_decision, ACCESS_PUBLIC },
	{ "POST", "/polls/:id", page_poll_post, ACCESS_SIGNED_IN },
	{ "GET", "/elections/:id", page_election, ACCESS_SIGNED_IN },
	{ "POST", "/elections/:id", page_election_post, ACCESS_SIGNED_IN },
	{ "GET", "/groups/:slug", page_group, ACCESS_SIGNED_IN },
	{ "GET", "/assessment/:year", page_assessment, ACCESS_SIGNED_IN },
	{ "GET", "/assessment/:year/:code", page_assessment_item,
	    ACCESS_SIGNED_IN },
	{ "POST", "/assessment/:year/:code", page_assessment_post,
	    ACCESS_SIGNED_IN },
	{ "GET", "/officer", page_officer, ACCESS_OFFICER },
	{ "GET", "/officer/import", page_import, ACCESS_OFFICER },
	{ "POST", "/officer/import", page_import_post, ACCESS_OFFICER },
	{ "GET", "/officer/audit", page_audit, ACCESS_OFFICER },
	{ "GET", "/officer/organisations", page_orgs, ACCESS_OFFICER },
	{ "POST", "/officer/organisations", page_orgs_post, ACCESS_OFFICER },
	{ "GET", "/officer/people", page_people, ACCESS_OFFICER },
	{ "POST", "/officer/people", page_people_post, ACCESS_OFFICER },
	{ "GET", "/officer/constitution", page_constitution, ACCESS_OFFICER },
	{ "POST", "/officer/constitution", page_constitution_post,
	    ACCESS_OFFICER },
	{ "GET", "/officer/positions", page_positions, ACCESS_OFFICER },
	{ "POST", "/officer/positions/:action", page_positions_post,
	    ACCESS_OFFICER },
	{ "GET", "/partners", page_partners, ACCESS_PUBLIC },
	{ "GET", "/spend", page_spend, ACCESS_PUBLIC },
	{ "GET", "/officer/partners/:area", page_partners_officer,
	    ACCESS_OFFICER },
	{ "POST", "/officer/partners/:area", page_partners_officer_post,
	    ACCESS_OFFICER },
	/* disputes and breaches (pages_dispute.c) */
	{ "GET", "/officer/disputes", page_disputes, ACCESS_OFFICER },
	{ "POST", "/officer/disputes", page_disputes_post, ACCESS_OFFICER },
	{ "GET", "/officer/disputes/:id", page_dispute, ACCESS_OFFICER },
	{ "POST", "/officer/disputes/:id/:action", page_dispute_post,
	    ACCESS_OFFICER },
	/* annual reports (pages_report.c) */
	{ "GET", "/reports", page_reports, ACCESS_PUBLIC },
	{ "GET", "/reports/annual/:year", page_report_annual, ACCESS_PUBLIC },
	{ "POST", "/reports/annual/:year/response", page_report_respond,
	    ACCESS_OFFICER },
};
#define ROUTES (sizeof(routes) / sizeof(routes[0]))

/* The routing table, one "METHOD PATTERN ACCESS" line a route, then
 * the API's: what the tests build their route-by-role matrix from. */
void
web_routes_print(FILE *f)
{
	static const char *const level[] = { "public", "signed-in",
	    "officer" };
	size_t i;

	for (i = 0; i < ROUTES; i++)
		fprintf(f, "%s %s %s\n", routes[i].method, routes[i].pattern,
		    level[routes[i].access]);
	api_routes_print(f);
}

/* Matches path against pattern, filling captures; 1 on a match. */
static int
route_match(const char *pat, const char *path, const char **arg,
    char *store, size_t storesz)
{
	size_t	 used = 0, len;
	int	 k = 0;

	while (*pat != '\0' && *path != '\0') {
		if (*pat == ':') {
			len = strcspn(path, "/");
			if (len == 0 || k >= 3 || used + len + 1 > storesz)
				return 0;
			memcpy(store + used, path, len);
			store[used + len] = '\0';
			arg[k++] = store + used;
			used += len + 1;
			path += len;
			pat += strcspn(pat, "/");
			continue;
		}
		if (*pat != *path)
			return 0;
		pat++;
		path++;
	}
	return *pat == '\0' && *path == '\0';
}

/* --- request state --- */
/* A form field's raw bytes while the body arrives: the post processor
 * may cut a field anywhere, even inside a UTF-8 character. */
struct raw_field {
	char	*key, *val;	/* from malloc() */
	size_t	 len;
};
#define RAW_FIELDS	64

struct conn_state {
	struct req			 r;
	struct raw_field		 raw[RAW_FIELDS];
	size_t				 nraw;
	struct MHD_PostProcessor	*pp;
	size_t				 body;	/* bytes received */
	int				 too_big;
	int				 bad_form;	/* a field unnamed
							   or sent twice */
	int				 had_file;
	int				 api;
	char				 caps[512];
	struct timespec			 t0;
	size_t				 sent;
	char				 ip[64];
	const struct cache_page		*hit;	/* the page kept, or NULL */
};

const char *
web_field(const struct req *r, const char *name)
{
	return json_string_value(json_object_get(r->form, name));
}

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
		if (cs->nraw == RAW_FIELDS ||
		    (cs->raw[i].key = strdup(key)) == NULL)
			return MHD_NO;
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
			json_object_set_new(cs->r.form, cs->raw[i].key,
			    json_stringn(v, cs->raw[i].len));
		else if (cs->r.bad_text[0] == '\0')
			snprintf(cs->r.bad_text, sizeof(cs->r.bad_text), "%s",
			    text_utf8(cs->raw[i].key, strlen(cs->raw[i].key)) ?
			    cs->raw[i].key : "a field's name");
		free(cs->raw[i].key);
		free(cs->raw[i].val);
		cs->raw[i].key = cs->raw[i].val = NULL;
		cs->raw[i].len = 0;
	}
	cs->nraw = 0;
}

static struct MHD_Connection *conn_of(struct req *r);

const char *
web_query(const struct req *r, const char *name)
{
	return MHD_lookup_connection_value(conn_of((struct req *)r),
	    MHD_GET_ARGUMENT_KIND, name);
}

const char *
web_cookie(const struct req *r, const char *name)
{
	return MHD_lookup_connection_value(conn_of((struct req *)r),
	    MHD_COOKIE_KIND, name);
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

/* The connection of the request being handled by this thread. */
static __thread struct MHD_Connection *tl_conn;

static struct MHD_Connection *
conn_of(struct req *r)
{
	(void)r;
	return tl_conn;
}

static int
secret_shape(const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	return n == 43 && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") == n;
}

/* Who is asking, and the token their forms must carry. */
static void
identify(struct MHD_Connection *conn, struct conn_state *cs)
{
	struct req	*r = &cs->r;
	const char	*v;

	r->sid = MHD_lookup_connection_value(conn, MHD_COOKIE_KIND,
	    SESSION_COOKIE);
	if (r->sid != NULL && core_session(r->c, r->sid, &r->who) == CORE_OK) {
		r->signed_in = 1;
		r->c->actor = r->who.name;
		snprintf(r->csrf, sizeof(r->csrf), "%s", r->who.csrf);
		return;
	}
	/* Not signed in: a double-submit cookie guards the public forms. */
	v = MHD_lookup_connection_value(conn, MHD_COOKIE_KIND, CSRF_COOKIE);
	if (secret_shape(v))
		snprintf(r->csrf, sizeof(r->csrf), "%s", v);
	else {
		unsigned char raw[32];

		randombytes_buf(raw, sizeof(raw));
		sodium_bin2base64(r->csrf, sizeof(r->csrf), raw, sizeof(raw),
		    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
		r->set_csrf = 1;
	}
}

static int
csrf_ok(const struct req *r)
{
	const char *t = web_field(r, "csrf");

	return t != NULL && strlen(t) == strlen(r->csrf) && r->csrf[0] &&
	    sodium_memcmp(t, r->csrf, strlen(t)) == 0;
}

static void
add_headers(struct MHD_Response *resp, const struct req *r)
{
	char	cookie[400];
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
	/* RFC 9110: a 405 names the methods the resource has, and a 401
	 * the scheme that would be accepted (RFC 6750 for the API). */
	if (r->status == 405 && r->allow[0] != '\0')
		MHD_add_response_header(resp, "Allow", r->allow);
	if (r->link[0] != '\0')
		MHD_add_response_header(resp, "Link", r->link);
	if (r->total >= 0) {
		snprintf(cookie, sizeof(cookie), "%lld", r->total);
		MHD_add_response_header(resp, "X-Total-Count", cookie);
	}
	if (r->status == 401)
		MHD_add_response_header(resp, "WWW-Authenticate",
		    "Bearer realm=\"alliance\"");
	if (r->set_csrf) {
		snprintf(cookie, sizeof(cookie), CSRF_COOKIE "=%s; Path=/; "
		    "HttpOnly; SameSite=Lax%s", r->csrf, r->secure ?
		    "; Secure" : "");
		MHD_add_response_header(resp, "Set-Cookie", cookie);
	}
	/* Every answer but the static files, errors and redirects too:
	 * none is for a shared cache, nor the browser's history. */
	if (strncmp(r->path, "/assets/", 8) != 0 || r->status >= 300)
		MHD_add_response_header(resp, "Cache-Control", "no-store");
	/* Behind a proxy that speaks TLS: browsers are to use nothing
	 * else (HTTP answers are not sent it; browsers ignore it there). */
	if (conf->trust_proxy)
		MHD_add_response_header(resp, "Strict-Transport-Security",
		    "max-age=31536000");
}

void
web_session_cookie(struct req *r, const char *sid)
{
	if (sid != NULL)
		snprintf(r->cookie, sizeof(r->cookie), SESSION_COOKIE "=%s; "
		    "Path=/; HttpOnly; SameSite=Lax%s", sid, r->secure ?
		    "; Secure" : "");
	else
		snprintf(r->cookie, sizeof(r->cookie), SESSION_COOKIE "=; "
		    "Path=/; HttpOnly; SameSite=Lax; Max-Age=0%s",
		    r->secure ? "; Secure" : "");
}

/* 1 and *scope when a valid token is sent (ASVS 8.3.1). */
static int
api_auth(struct MHD_Connection *conn, struct req *r, enum core_scope *scope)
{
	const char	*h = MHD_lookup_connection_value(conn,
	    MHD_HEADER_KIND, "Authorization");
	json_t		*tok = NULL;

	if (h == NULL || strncmp(h, "Bearer ", 7) != 0 ||
	    core_token_check(r->c, h + 7, &tok, scope) != CORE_OK)
		return 0;
	json_decref(tok);
	return 1;
}

/* The signed-in pages kept per session: the same for one session
 * while the data and the minute stay the same, and opened often. */
static int
per_session(const char *path)
{
	return strcmp(path, "/me") == 0 || strcmp(path, "/officer") == 0;
}

/*
 * Runs fn, or answers with the page kept: a public page that a visitor
 * who is not signed in asks for without a query is the same for every
 * such visitor while the data and the minute stay the same (cache.c).
 * Pages that carry the visitor's form token are not kept for others:
 * a signed-in person's own pages (per_session) are kept under their
 * session's token, for that session alone.
 */
static void
cached(struct MHD_Connection *conn, struct conn_state *cs, int public,
    void (*fn)(struct req *))
{
	struct req	*r = &cs->r;
	struct cache	*k;
	uint64_t	 v = 0;
	char		 minute[17], key[512];
	const char	*page = web_query(r, "page");
	int		 args, mine;

	/* A daemon run without the pool of connections (the fuzz targets'
	 * web_daemon_external) keeps no pages. */
	k = pool.caches != NULL ? pool.caches[r->c - pool.cores] : NULL;
	snprintf(minute, sizeof(minute), "%s", r->c->now);
	mine = r->signed_in && r->csrf[0] != '\0' && per_session(r->path);
	/* No query, or only a short ?page= of a long list. */
	args = MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, NULL,
	    NULL);
	if (args == 1 && page != NULL && strlen(page) < 10)
		snprintf(key, sizeof(key), "%s?page=%s", r->path, page);
	else
		snprintf(key, sizeof(key), "%s", r->path);
	/* A signed-in person's own pages are kept for that session alone:
	 * its form token is in the key (and in the page). */
	if (mine)
		snprintf(key, sizeof(key), "%s#%s", r->path, r->csrf);
	if (k == NULL || (!mine && (!public || r->signed_in)) ||
	    strcmp(r->method, "GET") != 0 ||
	    strlen(r->path) > sizeof(key) - 64 ||
	    (args != 0 && strcmp(key, r->path) == 0) ||
	    core_version(r->c, &v) != CORE_OK) {
		fn(r);
		return;
	}
	if ((cs->hit = cache_get(k, key, v, minute)) != NULL) {
		r->status = 200;
		r->type = cs->hit->type;
		return;
	}
	fn(r);
	if ((r->status == 0 || r->status == 200) && r->location[0] == '\0' &&
	    r->cookie[0] == '\0' && !r->body.oom && r->body.p != NULL &&
	    r->csrf[0] != '\0' && (mine || strstr(r->body.p, r->csrf) ==
	    NULL))
		cache_put(k, key, v, minute, r->type != NULL ? r->type :
		    "text/html; charset=utf-8", r->body.p, r->body.len);
}

static void
dispatch(struct MHD_Connection *conn, struct conn_state *cs)
{
	struct req	*r = &cs->r;
	const struct route *rt = NULL;
	enum core_scope	 scope;
	size_t		 i;
	int		 path_seen = 0;

	/* Who acts, in the audit log: no one until identify() knows. */
	r->c->actor = "a visitor to the web site";
	if (core_clock(r->c) != CORE_OK || core_use(r->c, conf->arrangement)
	    != CORE_OK) {
		page_error(r, 500, "Sorry, there is a problem with the "
		    "service", r->c->err);
		return;
	}
	if (strncmp(r->path, "/api/v1/", 8) == 0 ||
	    strcmp(r->path, "/api/v1") == 0) {
		r->c->actor = "api";
		if (!api_auth(conn, r, &scope)) {
			web_json(r, 401, json_pack("{s:{s:s, s:s}}", "error",
			    "code", "unauthorised", "message", "send "
			    "'Authorization: Bearer TOKEN' with a token made by "
			    "'alliance token create'"));
			return;
		}
		if (strcmp(r->method, "GET") != 0) {
			snprintf(r->allow, sizeof(r->allow), "GET");
			web_json(r, 405, json_pack("{s:{s:s, s:s}}", "error",
			    "code", "method", "message", "the API reads only; "
			    "use GET"));
			return;
		}
		core_read_begin(r->c);
		api_route(r, r->path + 7, scope);
		core_read_end(r->c);
		return;
	}
	identify(conn, cs);
	for (i = 0; i < ROUTES && rt == NULL; i++) {
		memset(r->arg, 0, sizeof(r->arg));
		if (!route_match(routes[i].pattern, r->path, r->arg, cs->caps,
		    sizeof(cs->caps)))
			continue;
		path_seen = 1;
		if (strstr(r->allow, routes[i].method) == NULL)
			snprintf(r->allow + strlen(r->allow), sizeof(r->allow) -
			    strlen(r->allow), "%s%s", r->allow[0] ? ", " : "",
			    routes[i].method);
		if (strcmp(routes[i].method, r->method) == 0)
			rt = &routes[i];
	}
	if (rt == NULL) {
		if (path_seen)
			page_error(r, 405, "This page cannot do that",
			    "The page exists, but not for this kind of "
			    "request.");
		else
			page_error(r, 404, "Page not found", "If you typed "
			    "the web address, check it is correct.");
		return;
	}
	if (strcmp(r->method, "POST") == 0 && !csrf_ok(r)) {
		page_error(r, 403, "This form has expired", "The page you "
		    "sent was out of date or did not come from this "
		    "service. Go back, reload the page and try again. "
		    "Nothing was changed.");
		return;
	}
	if (rt->access != ACCESS_PUBLIC && !r->signed_in) {
		/* A page opened from an email: back to it once signed in. */
		char back[256];

		if (strcmp(r->method, "GET") == 0 && web_next_ok(r->path)) {
			snprintf(back, sizeof(back), "/sign-in?next=%s", r->path);
			web_redirect(r, back);
		} else
			web_redirect(r, "/sign-in");
		return;
	}
	/* An officer past the password sets up the second factor first. */
	if (rt->access == ACCESS_OFFICER && r->who.enrol) {
		web_redirect(r, "/two-factor");
		return;
	}
	if (rt->access == ACCESS_OFFICER && !r->who.officer) {
		page_error(r, 403, "You cannot see this page", "This page is "
		    "for the secretariat's officers.");
		return;
	}
	if (r->bad_text[0] != '\0') {
		page_bad_text(r);
		return;
	}
	/* One snapshot for the handler's reads (a change ends it). */
	core_read_begin(r->c);
	cached(conn, cs, rt->access == ACCESS_PUBLIC, rt->fn);
	core_read_end(r->c);
}

static enum MHD_Result
answer(struct MHD_Connection *conn, struct conn_state *cs)
{
	struct req		*r = &cs->r;
	struct MHD_Response	*resp;
	enum MHD_Result		 ret;
	size_t			 len;
	char			*body;
	const struct asset	*a;
	int			 gz;

	if (cs->too_big || cs->bad_form) {
		r->c = pool_get();
		if (core_clock(r->c) != CORE_OK ||
		    core_use(r->c, conf->arrangement) != CORE_OK)
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
	} else {
		r->c = pool_get();
		dispatch(conn, cs);
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
	resp = cache_response(cs->hit, body, len, r->type,
	    MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_ACCEPT_ENCODING), &len, &gz);
	if (resp == NULL)
		return MHD_NO;
	add_headers(resp, r);
	if (gz)
		MHD_add_response_header(resp, "Content-Encoding", "gzip");
	MHD_add_response_header(resp, "Vary", "Accept-Encoding");
	if (cs->too_big)
		MHD_add_response_header(resp, "Connection", "close");
	ret = MHD_queue_response(conn, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	cs->sent = len;
	return ret;
}

static enum MHD_Result
handler(void *cls, struct MHD_Connection *conn, const char *url,
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
		cs->r.form = json_object();
		html_init(&cs->r.body);
		fp = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
		    "X-Forwarded-Proto");
		cs->r.secure = conf->trust_proxy && fp != NULL &&
		    strcmp(fp, "https") == 0;
		ci = MHD_get_connection_info(conn,
		    MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		if (ci != NULL && ci->client_addr != NULL &&
		    ci->client_addr->sa_family == AF_INET)
			inet_ntop(AF_INET, &((const struct sockaddr_in *)
			    (const void *)ci->client_addr)->sin_addr, cs->ip,
			    sizeof(cs->ip));
		if (conf->trust_proxy)
			guard_forwarded_for(conn, cs->ip, sizeof(cs->ip));
		cs->r.client = cs->ip;
		if (strcmp(method, "POST") == 0) {
			size_t cap = strcmp(url, "/officer/import") == 0 ?
			    UPLOAD_MAX + FORM_MAX : FORM_MAX;

			cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
			    MHD_HTTP_HEADER_CONTENT_LENGTH);
			if (cl != NULL && strtoull(cl, NULL, 10) > cap)
				cs->too_big = 1;
			if (strncmp(url, "/api/", 5) != 0)
				cs->pp = MHD_create_post_processor(conn, 16384,
				    post_iter, cs);
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

static void
completed(void *cls, struct MHD_Connection *conn, void **req_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct conn_state	*cs = *req_cls;
	struct timespec		 t1;
	struct tm		 tm;
	time_t			 now = time(NULL);
	char			 when[32], method[40], path[600];
	double			 ms;

	(void)cls;
	if (cs == NULL)
		return;
	guard_mark(conn, 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = (double)(t1.tv_sec - cs->t0.tv_sec) * 1e3 +
	    (double)(t1.tv_nsec - cs->t0.tv_nsec) / 1e6;
	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	/* One access-log line per request: no query, no cookies, no
	 * sign-in link, and nothing the client sent written raw. */
	guard_log_text(method, sizeof(method), cs->r.method, 0);
	guard_log_text(path, sizeof(path), cs->r.path, 1);
	fprintf(stderr, "%s %s %s %s %d %zu %.1fms%s\n", when,
	    cs->ip[0] ? cs->ip : "-", method, path, cs->r.status, cs->sent, ms, toe == MHD_REQUEST_TERMINATED_COMPLETED_OK
	    ? "" : " (cut short)");
	if (cs->pp != NULL)
		MHD_destroy_post_processor(cs->pp);
	raw_finish(cs);
	if (cs->r.c != NULL)
		pool_put(cs->r.c);
	json_decref(cs->r.form);
	free(cs->r.upload);
	html_free(&cs->r.body);
	free(cs);
	*req_cls = NULL;
}

struct MHD_Daemon *
web_daemon_external(const struct web_config *cf, struct core *cores, int n)
{
	conf = cf;
	if (sodium_init() < 0 || n < 1 ||
	    (pool.busy = calloc((size_t)n, 1)) == NULL)
		return NULL;
	pool.cores = cores;
	pool.n = n;
	return MHD_start_daemon(MHD_USE_NO_LISTEN_SOCKET, 0, NULL, NULL,
	    handler, NULL,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_SECONDS,
	    MHD_OPTION_NOTIFY_CONNECTION, guard_notify, NULL,
	    MHD_OPTION_NOTIFY_COMPLETED, completed, NULL, MHD_OPTION_END);
}

static int
parse_listen(const char *s, struct sockaddr_in *sa)
{
	char		 host[64];
	const char	*colon = strrchr(s, ':');
	long		 port;
	char		*end;

	memset(sa, 0, sizeof(*sa));
	sa->sin_family = AF_INET;
	if (colon == NULL || (size_t)(colon - s) >= sizeof(host))
		return -1;
	memcpy(host, s, (size_t)(colon - s));
	host[colon - s] = '\0';
	port = strtol(colon + 1, &end, 10);
	if (*end != '\0' || end == colon + 1 || port < 0 || port > 65535)
		return -1;
	if (inet_pton(AF_INET, host[0] ? host : "0.0.0.0",
	    &sa->sin_addr) != 1)
		return -1;
	sa->sin_port = htons((uint16_t)port);
	return 0;
}

int
web_serve(const struct web_config *cf)
{
	struct MHD_Daemon		*d = NULL;
	struct sockaddr_in		 sa;
	sigset_t			 sigs;
	int				 sig, lfd, sched_on = 0, watch_on = 0;
	const union MHD_DaemonInfo	*di;
	int				 i, rc = 1, waited;

	conf = cf;
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
	pool.n = cf->threads;
	pool.cores = calloc((size_t)pool.n, sizeof(*pool.cores));
	pool.busy = calloc((size_t)pool.n, 1);
	pool.caches = calloc((size_t)pool.n, sizeof(*pool.caches));
	if (pool.cores == NULL || pool.busy == NULL || pool.caches == NULL)
		goto out;
	for (i = 0; i < pool.n; i++) {
		if ((pool.caches[i] = cache_new()) == NULL)
			goto out;
		if (core_open(&pool.cores[i], cf->db, 0) != CORE_OK ||
		    core_use(&pool.cores[i], cf->arrangement) != CORE_OK) {
			fprintf(stderr, "alliance: %s\n", pool.cores[i].err);
			goto out;
		}
	}
	/* The signals wait for the main thread: the daemon's threads,
	 * started after this, inherit the mask. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	signal(SIGPIPE, SIG_IGN);
	d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
	    MHD_USE_ITC | MHD_USE_ERROR_LOG, 0, NULL, NULL, handler, NULL,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)cf->threads,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_SECONDS,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNECTIONS,
	    /* Behind a trusted proxy every connection is the proxy's: it
	     * is the one to hold each client back. */
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)(cf->trust_proxy ?
	    0 : PER_CLIENT),
	    MHD_OPTION_NOTIFY_CONNECTION, guard_notify, NULL,
	    MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
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
	if ((lfd = MHD_quiesce_daemon(d)) >= 0)
		close(lfd);
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
	if (d != NULL)
		MHD_stop_daemon(d);
	for (i = 0; pool.cores != NULL && i < pool.n; i++)
		core_close(&pool.cores[i]);
	for (i = 0; pool.caches != NULL && i < pool.n; i++)
		cache_free(pool.caches[i]);
	free(pool.caches);
	free(pool.cores);
	free(pool.busy);
	assets_free();
	curl_global_cleanup();
	return rc;
}
