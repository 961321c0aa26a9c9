/*
 * The security suite's viewers, routes and forms (roles.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <curl/curl.h>

#include "harness.h"
#include "roles.h"

struct viewer viewer[NROLES] = {
	[ANON] = { "anonymous", NULL, NULL, "", "" },
	[ASSOC] = { "associate member", "ian.board@example.org", NULL, "",
	    "" },
	[FULL] = { "full member", "lead@pp.example.org", NULL, "", "" },
	[SUSP] = { "suspended member", "lead@ss.example.org", NULL, "", "" },
	[PEND] = { "pending member", "asha@bct.example.org", NULL, "", "" },
	[CHAIR] = { "chair of this forum", "lead@ww.example.org", NULL, "",
	    "" },
	[OCHAIR] = { "chair of another forum", "vera@vast.example.org", NULL,
	    "", "" },
	[OFFICER] = { "officer", NULL, NULL, "", "" },
	[TPUB] = { "public token", NULL, NULL, "", "" },
	[TMEM] = { "members token", NULL, NULL, "", "" },
	[TWRITE] = { "write token", NULL, NULL, "", "" },
};
struct route	route[MAXROUTES];
size_t		nroute;
struct form	form[MAXFORMS];
size_t		nform;

/* What the pages keep from some viewers, put where the fixture has
 * none: members-only notes, draft notes, an online link, a circulated
 * agenda with its VCSE-only item, and a dispute. */
static const char *const extra =
    "export ALLIANCE_BY=officer; A=\"$ALLIANCE --db $DB\"; "
    "ALLIANCE_TODAY=2025-06-02 $A meeting schedule --group southwest "
    "--date 2025-06-10 --time 10:00 --end 12:00 --place 'Matrix Hall' "
    "--link https://meet.example.org/matrix-secret-link && "
    "ALLIANCE_TODAY=2025-06-02 $A meeting schedule --group southwest "
    "--date 2025-06-11 --time 10:00 --end 12:00 --place 'Matrix Hall' && "
    "ALLIANCE_TODAY=2025-06-12 $A meeting notes 2 --text 'MATRIX-MEMBERS-"
    "NOTE agreed' && ALLIANCE_TODAY=2025-06-12 $A meeting publish 2 && "
    "ALLIANCE_TODAY=2025-06-12 $A meeting notes 3 --text 'MATRIX-DRAFT-"
    "NOTE pending' && ALLIANCE_TODAY=2025-06-25 $A meeting circulate 1 && "
    "ALLIANCE_TODAY=2025-06-25 $A dispute open --organisation ww "
    "--against cc --subject 'MATRIX-DISPUTE-SUBJECT' --detail 'by letter'";

static void
make_token(enum role ro, const char *scope)
{
	char cmd[400], t[160];

	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-06-25 %s --db %s "
	    "token create --name matrix-%s --scope %s", getenv("ALLIANCE"), db,
	    scope, scope);
	sh(cmd, t, sizeof(t));
	snprintf(viewer[ro].bearer, sizeof(viewer[ro].bearer),
	    "Authorization: Bearer %s", t);
}

int
roles_setup(void **state)
{
	char	 cmd[2048], line[300];
	FILE	*f;
	int	 i;

	if (setup(state) != 0)
		return -1;
	snprintf(cmd, sizeof(cmd), "ALLIANCE='%s' DB='%s'; (%s) >/dev/null",
	    getenv("ALLIANCE"), db, extra);
	if (system(cmd) != 0)
		return -1;
	make_token(TPUB, "public");
	make_token(TWRITE, "write");
	snprintf(viewer[TMEM].bearer, sizeof(viewer[TMEM].bearer),
	    "Authorization: Bearer %s", token);
	for (i = 0; i < NROLES; i++) {
		viewer[i].h = browser();
		if (viewer[i].email != NULL)
			sign_in(viewer[i].h, viewer[i].email);
		else if (i == OFFICER)
			officer_sign_in(viewer[i].h);
		if (SIGNED_IN(i))
			csrf_of(viewer[i].h, "/", viewer[i].csrf);
		else if (i == ANON)
			csrf_of(viewer[i].h, "/sign-in", viewer[i].csrf);
	}
	/* The routes, as the router's own tables list them. */
	snprintf(cmd, sizeof(cmd), "%s --db %s serve --routes",
	    getenv("ALLIANCE"), db);
	if ((f = popen(cmd, "r")) == NULL)
		return -1;
	while (nroute < MAXROUTES && fgets(line, sizeof(line), f) != NULL)
		if (sscanf(line, "%7s %127s %23s", route[nroute].method,
		    route[nroute].pattern, route[nroute].access) == 3)
			nroute++;
	return pclose(f) == 0 && nroute > 0 ? 0 : -1;
}

int
roles_teardown(void **state)
{
	size_t i, k;

	for (i = 0; i < NROLES; i++)
		curl_easy_cleanup(viewer[i].h);
	for (i = 0; i < nform; i++)
		for (k = 0; k < form[i].n; k++)
			free(form[i].value[k]);
	return teardown(state);
}

void
as(enum role ro, const char *path, const char *body, struct resp *r)
{
	http(viewer[ro].h, path, body, viewer[ro].bearer[0] ?
	    viewer[ro].bearer : NULL, r);
}

/* The fixture's value for a capture named name in pattern. */
static const char *
value_of(const char *pattern, const char *name, size_t len)
{
	static const struct { const char *in, *name, *value; } v[] = {
		{ "/meetings/", "action", "apologies" },
		{ "/groups/", "action", "polls" },
		{ "/manage/", "action", "verify" },
		{ "/positions/", "action", "appoint" },
		{ "/disputes/", "action", "record" },
		{ "/groups/", "ref", "southwest" },
		{ "", "ref", "ww" },
		{ "", "slug", "southwest" },
		{ "", "token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
		{ "", "year", "2025" },
		{ "", "code", "1" },
		{ "", "area", "contacts" },
		{ "", "id", "1" },
	};
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		if (strstr(pattern, v[i].in) != NULL && strlen(v[i].name) ==
		    len && strncmp(v[i].name, name, len) == 0)
			return v[i].value;
	fail_msg("no value for :%.*s in %s", (int)len, name, pattern);
	return "";
}

void
fill(const char *pattern, char *out)
{
	const char	*p = pattern;
	size_t		 n = 0, len;

	while (*p != '\0' && n < 250) {
		if (*p == ':' || *p == '{') {
			len = strcspn(p + 1, "/}");
			n += (size_t)snprintf(out + n, 256 - n, "%s",
			    value_of(pattern, p + 1, len));
			p += 1 + len + (p[1 + len] == '}');
		} else
			out[n++] = *p++;
	}
	out[n] = '\0';
}

int
matches(const char *pat, const char *path)
{
	while (*pat != '\0' && *path != '\0') {
		if (*pat == ':' || *pat == '{') {
			if (*path == '/')
				return 0;
			path += strcspn(path, "/?");
			pat += strcspn(pat, "/");
			continue;
		}
		if (*pat++ != *path++)
			return 0;
	}
	return *pat == '\0' && (*path == '\0' || *path == '?');
}

/* The value of attribute a of the tag at t (up to its '>'); out 256. */
static int
attr(const char *t, const char *a, char *out, size_t outsz)
{
	const char	*end = strchr(t, '>'), *p = t, *q;
	size_t		 al = strlen(a), n = 0;

	out[0] = '\0';
	while ((p = strstr(p, a)) != NULL && (end == NULL || p < end)) {
		if (p[-1] == ' ' && p[al] == '=' && p[al + 1] == '"') {
			p += al + 2;
			if ((q = strchr(p, '"')) == NULL)
				return 0;
			/* The few entities the pages' escaper writes. */
			while (p < q && n + 1 < outsz) {
				if (strncmp(p, "&amp;", 5) == 0)
					out[n++] = '&', p += 5;
				else if (strncmp(p, "&quot;", 6) == 0)
					out[n++] = '"', p += 6;
				else if (strncmp(p, "&#39;", 5) == 0)
					out[n++] = '\'', p += 5;
				else
					out[n++] = *p++;
			}
			out[n] = '\0';
			return 1;
		}
		p += al;
	}
	return 0;
}

static void
add_field(struct form *fm, const char *name, const char *value)
{
	size_t i;

	if (strcmp(name, "csrf") == 0 || fm->n == MAXFIELDS)
		return;
	for (i = 0; i < fm->n; i++)
		if (strcmp(fm->name[i], name) == 0)
			return;		/* a radio's or checkbox's next */
	snprintf(fm->name[fm->n], sizeof(fm->name[0]), "%s", name);
	fm->value[fm->n++] = strdup(value);
}

void
forms_of(enum role ro, const char *html)
{
	const char	*p = html, *end, *t;
	char		 method[16], name[64], value[256], type[32];
	struct form	*fm;
	size_t		 i, k;

	while ((p = strstr(p, "<form ")) != NULL && nform < MAXFORMS) {
		end = strstr(p, "</form>");
		fm = &form[nform];
		memset(fm, 0, sizeof(*fm));
		fm->who = ro;
		if (end == NULL || !attr(p, "method", method, sizeof(method)) ||
		    strcmp(method, "post") != 0 || !attr(p, "action",
		    fm->action, sizeof(fm->action))) {
			p += 6;
			continue;
		}
		for (t = p + 1; (t = strchr(t, '<')) != NULL && t < end; t++) {
			if (strncmp(t, "<input ", 7) != 0 && strncmp(t,
			    "<textarea ", 10) != 0 && strncmp(t, "<select ", 8)
			    != 0)
				continue;
			if (!attr(t, "name", name, sizeof(name)))
				continue;
			attr(t, "type", type, sizeof(type));
			if (strcmp(type, "submit") == 0 || strcmp(type,
			    "file") == 0)
				continue;
			value[0] = '\0';
			if (strncmp(t, "<select ", 8) == 0) {
				const char *o = strstr(t, "<option ");

				if (o != NULL && o < end)
					attr(o, "value", value, sizeof(value));
			} else if (strncmp(t, "<input ", 7) == 0)
				attr(t, "value", value, sizeof(value));
			add_field(fm, name, value);
		}
		p = end;
		/* Once a form: the same action with the same fields. */
		for (i = 0; i < nform; i++) {
			if (strcmp(form[i].action, fm->action) != 0 ||
			    form[i].n != fm->n)
				continue;
			for (k = 0; k < fm->n && strcmp(form[i].name[k],
			    fm->name[k]) == 0; k++)
				;
			if (k == fm->n)
				break;
		}
		if (i < nform) {
			for (k = 0; k < fm->n; k++)
				free(fm->value[k]);
			continue;
		}
		nform++;
	}
}

static void
append(char **b, size_t *n, const char *name, const char *v)
{
	char	*e = curl_easy_escape(NULL, v, (int)strlen(v));
	size_t	 need = strlen(name) + strlen(e) + 3;

	*b = realloc(*b, *n + need);
	assert_non_null(*b);
	*n += (size_t)snprintf(*b + *n, need, "%s%s=%s", *n ? "&" : "",
	    name, e);
	curl_free(e);
}

char *
form_body(const struct form *fm, const char *tok, size_t k, const char *v)
{
	char	*b = calloc(1, 1);
	size_t	 n = 0, i;

	assert_non_null(b);
	if (tok != NULL)
		append(&b, &n, "csrf", tok);
	for (i = 0; i < fm->n; i++)
		append(&b, &n, fm->name[i], i == k ? v : fm->value[i]);
	return b;
}

size_t
page_paths(char out[][256], size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < nroute && n < max; i++)
		if (strcmp(route[i].method, "GET") == 0 &&
		    strncmp(route[i].pattern, "/api/", 5) != 0)
			fill(route[i].pattern, out[n++]);
	return n;
}
