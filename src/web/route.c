/*
 * route: the router, which checks a request against the table of
 * routes (routes.c) before any handler runs: the route, then who is
 * asking (the form token, the role), then every declared parameter,
 * typed once.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "request.h"
#include "route.h"
#include "render/json.h"
#include "rules/text.h"


static const char *const role_name[ROLE__MAX] = { "public", "signed-in",
    "chair", "officer", "token-public", "token-members", "link" };
static const char *const kind_name[PARSE__MAX] = { "id", "int", "year",
    "date", "slug", "enum", "text", "token" };

#define IS_API(rt)	((rt)->api != NULL)

/* The route's pattern as people read it: the API's segments written
 * {x} as doc/openapi.json writes them, without "/api/v1"; the pages'
 * as they are (":x"). */
static const char *
route_pattern(const struct web_route *rt, char *buf, size_t n)
{
	const char	*s = rt->pattern;
	size_t		 used = 0, len;

	if (!IS_API(rt)) {
		snprintf(buf, n, "%s", s);
		return buf;
	}
	for (s += 7; *s != '\0' && used + 1 < n; s++)
		if (*s == ':') {
			len = strcspn(s + 1, "/");
			used += (size_t)snprintf(buf + used, n - used, "{%.*s}",
			    (int)len, s + 1);
			s += len;
		} else
			buf[used++] = *s;
	buf[used < n ? used : n - 1] = '\0';
	return buf;
}

/*
 * The table, one route a line: "METHOD PATTERN ROLE" and then each
 * parameter as name=kind (where, when not the path); a family of
 * form fields as prefix{tail}=kind ("att-{id}=enum(form)").  The API's
 * segments are written {x}, as doc/openapi.json writes them.  The
 * security tests build their route-by-role matrix from this list.
 */
void
web_routes_print(FILE *f)
{
	static const char *const where[] = { "", "(query)", "(form)" };
	const struct web_route	*rt;
	const struct web_param	*p;
	char			 pat[128];

	/* The API's description, to anyone (api_document). */
	fprintf(f, "GET /api/v1/openapi.json public\n");
	for (rt = web_routes; rt->method != NULL; rt++) {
		fprintf(f, "%s %s%s %s", rt->method, IS_API(rt) ? "/api/v1" :
		    "", route_pattern(rt, pat, sizeof(pat)),
		    role_name[rt->role]);
		for (p = rt->params; p != NULL && p->name != NULL; p++)
			fprintf(f, " %s%s%s%s=%s%s", p->name, p->family !=
			    NULL ? "{" : "", p->family != NULL ? p->family :
			    "", p->family != NULL ? "}" : "",
			    kind_name[p->spec.kind], where[p->in]);
		fputc('\n', f);
	}
}

/* Matches path against pattern, each capture into store; 1 on a match. */
static int
route_match(const char *pat, const char *path, const char **arg,
    char *store, size_t storesz)
{
	size_t	 used = 0, len;
	int	 k = 0;

	while (*pat != '\0' && *path != '\0') {
		if (*pat == ':') {
			len = strcspn(path, "/");
			if (len == 0 || k >= WEB_ARGS || used + len + 1 >
			    storesz)
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

/* The route for r's method and path; else NULL with the methods the
 * path has in r->allow ("" when it has none). */
static const struct web_route *
route_find(struct req *r, int api, char *caps, size_t capsz)
{
	const struct web_route	*rt;

	for (rt = web_routes; rt->method != NULL; rt++) {
		if (IS_API(rt) != api)
			continue;
		memset(r->arg, 0, sizeof(r->arg));
		if (!route_match(rt->pattern, r->path, r->arg, caps, capsz))
			continue;
		if (strcmp(rt->method, r->method) == 0)
			return rt;
		if (strstr(r->allow, rt->method) == NULL)
			snprintf(r->allow + strlen(r->allow), sizeof(r->allow) -
			    strlen(r->allow), "%s%s", r->allow[0] ? ", " : "",
			    rt->method);
	}
	return NULL;
}

/* What is said of a parameter refused by p's kind (s NULL: missing):
 * its name as it is sent and what is accepted. */
static void
refusal(const struct web_param *p, const char *name, const char *s,
    char *msg, size_t n)
{
	char accepts[200];

	parse_accepts(&p->spec, accepts, sizeof(accepts));
	if (s != NULL && p->spec.kind == PARSE_TEXT && !text_utf8(s,
	    strlen(s)))
		snprintf(msg, n, "%s: not valid UTF-8 text", name);
	else if (s == NULL)
		snprintf(msg, n, "%s: missing; expected %s", name, accepts);
	else
		snprintf(msg, n, "%s: not accepted; expected %s", name,
		    accepts);
}

/* A refused parameter: 400, naming it (name) and saying why (msg). */
static void
refuse(struct req *r, int api, const char *name, const char *msg)
{
	if (api) {
		web_json(r, 400, json_web_error("invalid", name, msg));
		return;
	}
	html_free(&r->body);
	r->status = 400;
	r->type = "text/html; charset=utf-8";
	/* The GOV.UK error summary, naming the parameter as it is sent
	 * (not made a sentence: "id", not "Id"). */
	page_begin_of(r, 1, "This address or form is not right", NULL);
	html_raw(&r->body, "<div class=\"govuk-error-summary\" data-module="
	    "\"govuk-error-summary\">\n<div role=\"alert\">\n<h2 class=\""
	    "govuk-error-summary__title\">There is a problem</h2>\n<div class="
	    "\"govuk-error-summary__body\">\n<ul class=\"govuk-list govuk-"
	    "error-summary__list\">\n<li>");
	html_text(&r->body, msg);
	html_raw(&r->body, "</li>\n</ul>\n</div>\n</div>\n</div>\n<h1 class="
	    "\"govuk-heading-l\">This address or form is not right</h1>\n"
	    "<p class=\"govuk-body\">Nothing was changed. If you typed the "
	    "web address, check it is correct; if you used a link or a form "
	    "of this site, go back and try again.</p>\n");
	page_end(r);
}

/*
 * Every parameter the route declares, from the path, the query or the
 * form, checked by its kind and kept typed in r->val; 0, or -1 after
 * the 400.  Only declared parameters are read by web_int, web_query
 * and web_form: what was not declared is not seen.  A form field
 * of text refused on a route that shows its form again gives 1, the
 * field in *refused and the message in msg: the form is shown once the
 * visitor is known to be allowed to see it (route_dispatch).
 */
static int
route_params(struct req *r, const struct web_route *rt,
    struct MHD_Connection *conn, int api, char *refused, size_t refsz,
    char *msg, size_t msgsz)
{
	const struct web_param	*p;
	struct web_val		*v;
	const char		*s;
	char			*cut;
	size_t			 n, sl;
	int			 k = 0;

	r->nval = 0;
	for (p = rt->params; p != NULL && p->name != NULL; p++) {
		if (p->family != NULL)
			continue;	/* route_fields */
		if (p->in == IN_PATH)
			s = r->arg[k++];
		else if (p->in == IN_QUERY)
			s = MHD_lookup_connection_value(conn,
			    MHD_GET_ARGUMENT_KIND, p->name);
		else
			s = web_field(r, p->name);
		/* A field or query parameter sent empty is one not sent. */
		if (s == NULL || (p->in != IN_PATH && *s == '\0')) {
			if (p->required)
				goto refused;
			continue;
		}
		if (r->nval == WEB_PARAMS) {	/* the table is wrong: fail
						   closed */
			page_error(r, 500, "Sorry, there is a problem with the "
			    "service", "This page declares too many "
			    "parameters.");
			return -1;
		}
		v = &r->val[r->nval];
		v->name = p->name;
		v->in = p->in;
		/* "2025.pdf": the year, and that the PDF is asked for. */
		n = strlen(s);
		sl = p->suffix != NULL ? strlen(p->suffix) : 0;
		if (sl > 0 && n > sl && strcmp(s + n - sl, p->suffix) == 0 &&
		    p->in == IN_PATH && (cut = (char *)s) != NULL) {
			cut[n - sl] = '\0';	/* our copy (route_match) */
			r->suffixed = 1;
		}
		if (parse_value(&p->spec, s, &v->v) != 0)
			goto refused;
		r->nval++;
	}
	return 0;
refused:
	if (s != NULL && p->in != IN_PATH && *s == '\0')
		s = NULL;
	/* Text a person typed: the form again, in core's words for a
	 * field it refuses.  A choice or number the form itself offers is
	 * wrong only in a form not sent by ours: the plain 400. */
	if (!api && p->in == IN_FORM && p->spec.kind == PARSE_TEXT &&
	    rt->form != NULL) {
		snprintf(refused, refsz, "%s", p->name);
		if (s == NULL)
			snprintf(msg, msgsz, "%s is missing; it is required",
			    p->name);
		else
			snprintf(msg, msgsz, "%s is too long; at most %lld "
			    "characters are accepted", p->name, (long long)
			    p->spec.max);
		return 1;
	}
	refusal(p, p->name, s, msg, msgsz);
	refuse(r, api, p->name, msg);
	return -1;
}

/* The declaration of the form field key: the field of that name, or
 * the family whose prefix and tail it is; NULL when there is none. */
static const struct web_param *
form_param(const struct web_route *rt, const char *key)
{
	const struct web_param	*p;
	size_t			 n;

	for (p = rt->params; p != NULL && p->name != NULL; p++) {
		if (p->in != IN_FORM)
			continue;
		if (p->family == NULL) {
			if (strcmp(p->name, key) == 0)
				return p;
			continue;
		}
		n = strlen(p->name);
		if (strncmp(key, p->name, n) == 0 && key[n] != '\0' &&
		    p->known(key + n))
			return p;
	}
	return NULL;
}

/*
 * Every field the form sent, after the declared ones (route_params):
 * the form token, a field declared, or one of a declared family,
 * checked here by the family's kind (sent empty: handed over as "").
 * 0; -1 after the 400 naming a field that nothing declares or a
 * family's value refused; 1, the field into refused, for a family's
 * value refused on a route that shows its form again.
 */
static int
route_fields(struct req *r, const struct web_route *rt, char *refused,
    size_t refsz, char *msg, size_t msgsz)
{
	const struct web_param	*p;
	const char		*key, *s;
	char			 accepts[200];
	size_t			 i;

	for (i = 0; i < r->form.n; i++) {
		key = r->form.v[i].name;
		s = r->form.v[i].value;
		if (strcmp(key, "csrf") == 0)
			continue;
		if ((p = form_param(rt, key)) == NULL) {
			snprintf(msg, msgsz, "%s: not a field of this form",
			    key);
			refuse(r, 0, key, msg);
			return -1;
		}
		if (p->family == NULL || *s == '\0' ||
		    parse_value(&p->spec, s, NULL) == 0)
			continue;
		/* A family's field is a row of its form: the form again,
		 * where the route has one, naming the field (the error
		 * summary makes the message a sentence). */
		if (rt->form != NULL && text_utf8(s, strlen(s))) {
			snprintf(refused, refsz, "%s", key);
			parse_accepts(&p->spec, accepts, sizeof(accepts));
			if (p->spec.kind == PARSE_TEXT)
				snprintf(msg, msgsz, "field %s is too "
				    "long: at most %lld characters are "
				    "accepted", key, (long long)p->spec.max);
			else
				snprintf(msg, msgsz, "field %s was "
				    "not accepted: expected %s", key, accepts);
			return 1;
		}
		refusal(p, key, s, msg, msgsz);
		refuse(r, 0, key, msg);
		return -1;
	}
	return 0;
}

/* For ROLE_CHAIR: 1 when the visitor chairs the route's group or is an
 * officer; else the 403 (or the 404 of a thing that is not there).  A
 * poll's or an election's group is looked up alone: the handler reads
 * the record itself. */
static int
route_chair(struct req *r, const struct web_route *rt)
{
	struct rec_group	 g;
	struct viewer		 who;
	int64_t			 group = 0;
	int			 rc = CORE_OK, ok = 0;

	if (r->who.officer)
		return 1;
	memset(&g, 0, sizeof(g));
	viewer_of_who(&who, &r->who);
	if (rt->group == GROUP_POLL)
		rc = core_motion_group(r->c, web_int(r, "id"), &group);
	else if (rt->group == GROUP_ELECTION)
		rc = core_election_group(r->c, web_int(r, "id"), &group);
	else if ((rc = core_group_find(r->c, &who, r->arg[0], &g, NULL)) ==
	    CORE_OK)
		group = g.id;
	if (rc != CORE_OK)
		page_core_error(r, rc);
	else if (!(ok = core_chairs(r->c, &r->who, group)))
		page_error(r, 403, "Only the chair can do that", "This is for "
		    "the group's chair and vice-chair, and officers.");
	rec_group_clear(&g);
	return ok;
}

static void api_error(struct req *, int, const char *, const char *,
    const char *);

/* The API's answer: the document, or its error shape. */
static void
route_api(struct req *r, const struct web_route *rt)
{
	json_t	*out = NULL;
	int	 rc;

	rc = rt->api(r, &out);
	if (rc == CORE_OK) {
		/* A list: the page asked for (api_page answers a page past
		 * the last itself). */
		if (rt->params == web_api_list && json_is_array(out) &&
		    api_page(r, &out) != 0)
			return;
		web_json(r, 200, out != NULL ? out : json_null());
		return;
	}
	json_decref(out);
	/* Core refused this viewer: as the token's scope is refused. */
	if (rc == CORE_EPERM) {
		api_error(r, 403, "forbidden", "scope", r->c->err);
		return;
	}
	api_error(r, rc == CORE_ENOTFOUND ? 404 : rc == CORE_EINVAL ? 400 :
	    503, rc == CORE_ENOTFOUND ? "not_found" : rc == CORE_EINVAL ?
	    "invalid" : "unavailable", r->c->field[0] ? r->c->field : NULL,
	    r->c->err);
}

static void
api_error(struct req *r, int status, const char *code, const char *field,
    const char *msg)
{
	web_json(r, status, json_web_error(code, field, msg));
}

/* GET /api/v1/: the API's paths, as doc/openapi.json writes them. */
static void
api_index(struct req *r)
{
	const struct web_route	*t;
	static const size_t	 max = 64;
	char			 pat[64][128];
	const char		*paths[64];
	size_t			 n = 0;

	for (t = web_routes; t->method != NULL && n < max; t++)
		if (IS_API(t))
			paths[n] = route_pattern(t, pat[n], sizeof(pat[n])), n++;
	web_json(r, 200, json_routes_index(r->c->arr_slug, paths, n));
}

/* The API's gate: a token, reading only; 1 when the route may run. */
static int
route_api_gate(struct MHD_Connection *conn, struct req *r,
    const struct web_route **rt, char *caps, size_t capsz)
{
	r->c->actor = "api";
	if (!session_api_auth(conn, r, &r->scope)) {
		api_error(r, 401, "unauthorised", NULL, "send 'Authorization: "
		    "Bearer TOKEN' with a token made by 'alliance token "
		    "create'");
		return 0;
	}
	if (strcmp(r->method, "GET") != 0) {
		snprintf(r->allow, sizeof(r->allow), "GET");
		api_error(r, 405, "method", NULL, "the API reads only; use "
		    "GET");
		return 0;
	}
	if (strcmp(r->path, "/api/v1") == 0 || strcmp(r->path, "/api/v1/") ==
	    0) {
		api_index(r);
		return 0;
	}
	if ((*rt = route_find(r, 1, caps, capsz)) == NULL) {
		api_error(r, 404, "not_found", NULL, "no such API path; GET "
		    "/api/v1/ lists them");
		return 0;
	}
	if ((*rt)->role == ROLE_TOKEN_MEMBERS && r->scope < SCOPE_MEMBERS) {
		api_error(r, 403, "forbidden", "scope", "this path needs a "
		    "token of scope members; this token's scope is public");
		return 0;
	}
	return 1;
}

/* The pages' gate: the form token, then the role; 1 when it may run. */
static int
route_page_gate(struct req *r, const struct web_route *rt)
{
	char back[256];

	/* A signed link from an email is its own proof (RFC 8058: a mail
	 * program posts it with no form of ours). */
	if (strcmp(r->method, "POST") == 0 && rt->role != ROLE_LINK &&
	    !session_csrf_ok(r)) {
		page_error(r, 403, "This form has expired", "The page you "
		    "sent was out of date or did not come from this "
		    "service. Go back, reload the page and try again. "
		    "Nothing was changed.");
		return 0;
	}
	if (rt->role != ROLE_ANYONE && rt->role != ROLE_LINK &&
	    !r->signed_in) {
		/* A page opened from an email: back to it once signed in. */
		if (strcmp(r->method, "GET") == 0 && web_next_ok(r->path)) {
			snprintf(back, sizeof(back), "/sign-in?next=%s", r->path);
			web_redirect(r, back);
		} else
			web_redirect(r, "/sign-in");
		return 0;
	}
	/* An officer past the password sets up the second factor first. */
	if (rt->role == ROLE_OFFICER && r->who.enrol) {
		web_redirect(r, "/two-factor");
		return 0;
	}
	if (rt->role == ROLE_OFFICER && !r->who.officer) {
		page_error(r, 403, "You cannot see this page", "This page is "
		    "for the secretariat's officers.");
		return 0;
	}
	return 1;
}

static void
route_run(struct MHD_Connection *conn, struct conn_state *cs)
{
	struct req		*r = &cs->r;
	const struct web_route	*rt = NULL;
	char			 msg[400], refused[160], fmsg[400], fref[160];
	int			 api, rc, rf = 0;

	/* Who acts, in the audit log: no one until identified. */
	r->c->actor = "a visitor to the web site";
	if (core_clock(r->c) != CORE_OK || core_use(r->c,
	    web_conf->arrangement) != CORE_OK) {
		page_error(r, 500, "Sorry, there is a problem with the "
		    "service", r->c->err);
		return;
	}
	/* The API's description needs no token. */
	if (strcmp(r->path, "/api/v1/openapi.json") == 0) {
		api_document(r);
		return;
	}
	api = strncmp(r->path, "/api/v1/", 8) == 0 ||
	    strcmp(r->path, "/api/v1") == 0;
	if (api) {
		if (!route_api_gate(conn, r, &rt, cs->caps, sizeof(cs->caps)))
			return;
	} else {
		session_identify(conn, r);
		if ((rt = route_find(r, 0, cs->caps, sizeof(cs->caps))) ==
		    NULL) {
			if (r->allow[0] != '\0')
				page_error(r, 405, "This page cannot do that",
				    "The page exists, but not for this kind "
				    "of request.");
			else
				page_error(r, 404, "Page not found", "If you "
				    "typed the web address, check it is "
				    "correct.");
			return;
		}
		if (!route_page_gate(r, rt))
			return;
	}
	r->route = rt;
	if ((rc = route_params(r, rt, conn, api, refused, sizeof(refused),
	    msg, sizeof(msg))) < 0)
		return;
	if (!api && r->bad_text[0] != '\0') {
		page_bad_text(r);
		return;
	}
	/* One snapshot for the checks and the handler's reads (a change
	 * ends it). */
	core_read_begin(r->c);
	if (api)
		route_api(r, rt);
	else if (rt->role != ROLE_CHAIR || route_chair(r, rt)) {
		/* Every other field sent, once the visitor may act here (a
		 * member's form at a chair's address is the 403): one that
		 * nothing declares is refused even beside a text field too
		 * long, as the form is not ours. */
		if ((rf = route_fields(r, rt, fref, sizeof(fref), fmsg,
		    sizeof(fmsg))) < 0) {
			core_read_end(r->c);
			return;
		}
		if (rf > 0 && rc == 0) {
			snprintf(refused, sizeof(refused), "%s", fref);
			snprintf(msg, sizeof(msg), "%s", fmsg);
			rc = 1;
		}
		if (rc > 0) {
			/* The form again, naming the field: nothing done. */
			r->status = 400;
			rt->form(r, refused, msg);
		} else
			request_cached(conn, cs, rt->role == ROLE_ANYONE,
			    rt->page);
	}
	core_read_end(r->c);
}

/* One snapshot for the arrangement, the session, the checks and the
 * handler's reads: each statement on its own would take and let go of
 * the database's read lock (a change ends the snapshot, and the reads
 * after it take a new one). */
void
route_dispatch(struct MHD_Connection *conn, struct conn_state *cs)
{
	core_read_begin(cs->r.c);
	route_run(conn, cs);
	core_read_end(cs->r.c);
}

/* --- the typed values, for the handlers --- */
/* The value of name from where (-1: anywhere). */
static const struct web_val *
val_of(const struct req *r, const char *name, int where)
{
	int i;

	for (i = 0; i < r->nval; i++)
		if (strcmp(r->val[i].name, name) == 0 && (where < 0 ||
		    r->val[i].in == where))
			return &r->val[i];
	return NULL;
}

int64_t
web_int(const struct req *r, const char *name)
{
	const struct web_val *v = val_of(r, name, -1);

	return v != NULL ? v->v.n : 0;
}

const char *
web_query(const struct req *r, const char *name)
{
	const struct web_val *v = val_of(r, name, IN_QUERY);

	return v != NULL ? v->v.s : NULL;
}

const char *
web_form(const struct req *r, const char *name)
{
	const struct web_val *v = val_of(r, name, IN_FORM);

	return v != NULL ? v->v.s : NULL;
}

int
web_form_sent(const struct req *r, const char *name)
{
	const struct web_param *p;

	for (p = r->route != NULL ? r->route->params : NULL; p != NULL &&
	    p->name != NULL; p++)
		if (p->in == IN_FORM && p->family == NULL &&
		    strcmp(p->name, name) == 0)
			return web_field(r, name) != NULL;
	return 0;
}

/* The route's family of form fields with prefix, or NULL. */
static const struct web_param *
family_of(const struct req *r, const char *prefix)
{
	const struct web_param *p;

	for (p = r->route != NULL ? r->route->params : NULL; p != NULL &&
	    p->name != NULL; p++)
		if (p->family != NULL && strcmp(p->name, prefix) == 0)
			return p;
	return NULL;
}

const char *
web_form_of(const struct req *r, const char *prefix, const char *tail)
{
	const struct web_param	*p = family_of(r, prefix);
	char			 key[200];

	if (p == NULL || !p->known(tail) ||
	    (size_t)snprintf(key, sizeof(key), "%s%s", prefix, tail) >=
	    sizeof(key))
		return NULL;
	return web_field(r, key);
}

const char *
web_form_next(const struct req *r, const char *prefix, void **iter,
    const char **value)
{
	const struct web_param	*p = family_of(r, prefix);
	const char		*key;
	size_t			 i, n;

	if (p == NULL)
		return NULL;
	n = strlen(prefix);
	/* *iter holds the index of the field after the last one given
	 * (NULL: the first field; NULL again after the last). */
	for (i = (size_t)(uintptr_t)*iter; i < r->form.n; i++) {
		key = r->form.v[i].name;
		/* The router refused any other field of the family. */
		if (strncmp(key, prefix, n) == 0 && key[n] != '\0' &&
		    p->known(key + n)) {
			*iter = (void *)(uintptr_t)(i + 1);
			*value = r->form.v[i].value;
			return key + n;
		}
	}
	*iter = NULL;
	return NULL;
}
