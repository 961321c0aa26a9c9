/*
 * session: who is asking.  A signed-in person by the session cookie, an
 * anonymous visitor by a double-submit form-token cookie, a system by
 * its API token (request.h).
 */
#include <stdio.h>
#include <string.h>

#include <microhttpd.h>
#include <sodium.h>

#include "request.h"

#define SESSION_COOKIE	"alliance_session"
#define CSRF_COOKIE	"alliance_csrf"

static int
secret_shape(const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	return n == 43 && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") == n;
}

/* Who is asking, and the token their forms must carry. */
void
session_identify(struct MHD_Connection *conn, struct req *r)
{
	const char	*v;

	r->sid = MHD_lookup_connection_value(conn, MHD_COOKIE_KIND,
	    SESSION_COOKIE);
	if (r->sid != NULL && core_session(r->c, r->sid, &r->who) == CORE_OK) {
		r->signed_in = 1;
		r->c->actor = r->who.name;
		snprintf(r->csrf, sizeof(r->csrf), "%s", r->who.csrf);
		return;
	}
	/* Not signed in: a double-submit cookie guards the public forms.
	 * A visitor without one is given one with the first form
	 * (session_csrf), so a page without a form is the same for all. */
	v = MHD_lookup_connection_value(conn, MHD_COOKIE_KIND, CSRF_COOKIE);
	if (secret_shape(v))
		snprintf(r->csrf, sizeof(r->csrf), "%s", v);
}

const char *
session_csrf(struct req *r)
{
	unsigned char raw[32];

	if (r->csrf[0] == '\0') {
		randombytes_buf(raw, sizeof(raw));
		sodium_bin2base64(r->csrf, sizeof(r->csrf), raw, sizeof(raw),
		    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
		r->set_csrf = 1;
	}
	return r->csrf;
}

const char *
session_owner(struct MHD_Connection *conn)
{
	const char *v = MHD_lookup_connection_value(conn, MHD_COOKIE_KIND,
	    SESSION_COOKIE);

	return v != NULL ? v : "";
}

int
session_csrf_ok(const struct req *r)
{
	const char *t = web_field(r, "csrf");

	return t != NULL && strlen(t) == strlen(r->csrf) && r->csrf[0] &&
	    sodium_memcmp(t, r->csrf, strlen(t)) == 0;
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

int
session_api_auth(struct MHD_Connection *conn, struct req *r,
    enum core_scope *scope)
{
	const char	*h = MHD_lookup_connection_value(conn,
	    MHD_HEADER_KIND, "Authorization");

	return h != NULL && strncmp(h, "Bearer ", 7) == 0 &&
	    core_token_check(r->c, h + 7, NULL, scope) == CORE_OK;
}

void
session_headers(struct MHD_Response *resp, const struct req *r)
{
	char cookie[400];

	if (!r->set_csrf)
		return;
	snprintf(cookie, sizeof(cookie), CSRF_COOKIE "=%s; Path=/; HttpOnly; "
	    "SameSite=Lax%s", r->csrf, r->secure ? "; Secure" : "");
	MHD_add_response_header(resp, "Set-Cookie", cookie);
}
