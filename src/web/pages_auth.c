/*
 * pages_auth: signing in, by an emailed link or an officer's password,
 * back to the page asked for; an officer's second factor and
 * re-authentication.
 *
 * After the password, an officer with no second factor is sent here to
 * set one up: the secret as a QR code and as text, confirmed with one
 * code before the session gets officer rights.  The most dangerous
 * actions ask for the password and a code again when the last was
 * given more than CORE_FRESH_MINUTES ago (page_fresh).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/qr.h"
#include "web.h"

/* --- setting up the second factor --- */

static void
totp_render(struct req *r, const char *err)
{
	struct html	*h = &r->body;
	char		 secret[40], uri[512], *img;
	size_t		 i;
	int		 rc;

	if ((rc = core_totp_enrol(r->c, &r->who, secret, uri)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open_form(r, "Set up your second factor", "code", err);
	html_raw(h, "<h1 class=\"govuk-heading-l\">Set up your second factor"
	    "</h1>\n<p class=\"govuk-body\">Officers sign in with their "
	    "password and a code from an authenticator app on their phone. "
	    "Your password was right; set up the app once now.</p>\n<ol class"
	    "=\"govuk-list govuk-list--number\">\n<li>Open an authenticator "
	    "app and add an account.</li>\n<li>Scan this QR code:</li>\n"
	    "</ol>\n");
	if ((img = qr_data_uri(uri)) != NULL)
		html_fmt(h, "<p class=\"govuk-body\"><img src=\"%s\" alt=\"QR "
		    "code of your secret, for an authenticator app\" width=\"240\""
		    " height=\"240\"></p>\n", img);
	free(img);
	html_raw(h, "<p class=\"govuk-body\">Or type this secret into the app "
	    "(a time-based code, 6 digits, every 30 seconds):</p>\n<p class="
	    "\"govuk-body govuk-!-font-weight-bold\"><code id=\"totp-secret\">");
	/* In groups of four, easier to type; the app ignores spaces. */
	for (i = 0; secret[i] != '\0'; i += 4) {
		char group[8];

		snprintf(group, sizeof(group), "%s%.4s", i > 0 ? " " : "",
		    secret + i);
		html_text(h, group);
	}
	html_raw(h, "</code></p>\n<form method=\"post\" action=\"/two-factor\" "
	    "novalidate>\n");
	page_csrf(r);
	page_input(r, "code", "The code the app shows now", "6 digits", NULL,
	    "text", err != NULL ? "code" : NULL, err);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Confirm and continue</button>\n</form>\n"
	    "</div></div>\n");
	page_end(r);
}

void
page_totp(struct req *r)
{
	if (!r->who.enrol) {
		web_redirect(r, r->who.officer ? "/officer" : "/me");
		return;
	}
	totp_render(r, NULL);
}

void
page_totp_post(struct req *r)
{
	const char	*field, *err;
	int		 rc;

	if (!r->who.enrol) {
		web_redirect(r, r->who.officer ? "/officer" : "/me");
		return;
	}
	rc = core_totp_confirm(r->c, r->sid, &r->who, WEB_S(web_form(r,
	    "code")));
	if (rc == CORE_EINVAL) {
		field = r->c->field;
		err = r->c->err;
		page_hold(r, &field, &err);
		r->status = 400;
		totp_render(r, err);
		return;
	}
	if (rc != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	web_redirect(r, "/officer");
}

/* --- re-authentication --- */

/* A path of this site to go back to, or /officer. */
static const char *
back_path(const char *back)
{
	if (back == NULL || back[0] != '/' || back[1] == '/' ||
	    back[1] == '\\' || strlen(back) > 200 ||
	    strspn(back, "abcdefghijklmnopqrstuvwxyz0123456789/-_") !=
	    strlen(back))
		return "/officer";
	return back;
}

static void
confirm_render(struct req *r, const char *back, const char *field,
    const char *err)
{
	struct html *h = &r->body;

	page_hold(r, &field, &err);
	page_open_form(r, "Confirm it is you", field, err);
	html_fmt(h, "<h1 class=\"govuk-heading-l\">Confirm it is you</h1>\n"
	    "<p class=\"govuk-body\">Applying a constitution, terminating a "
	    "membership and importing need your password and a code again "
	    "when you last gave them more than %d minutes ago. Nothing has "
	    "been changed: confirm, then do it again.</p>\n", CORE_FRESH_MINUTES);
	html_raw(h, "<form method=\"post\" action=\"/confirm\" novalidate>\n");
	page_csrf(r);
	html_fmt(h, "<input type=\"hidden\" name=\"back\" value=\"%s\">\n",
	    back_path(back));
	page_input(r, "password", "Password", NULL, NULL, "password",
	    field != NULL && strcmp(field, "password") == 0 ? "password" :
	    NULL, err);
	page_input(r, "code", "The code your authenticator app shows",
	    "6 digits", NULL, "text", field != NULL && strcmp(field, "code") ==
	    0 ? "code" : NULL, err);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Confirm</button>\n</form>\n</div></div>\n");
	page_end(r);
}

void
page_confirm(struct req *r)
{
	confirm_render(r, web_query(r, "back"), NULL, NULL);
}

void
page_confirm_post(struct req *r)
{
	const char	*back = back_path(web_form(r, "back"));
	int		 rc;

	rc = core_reauth(r->c, r->sid, &r->who, WEB_S(web_form(r,
	    "password")), WEB_S(web_form(r, "code")));
	if (rc == CORE_EINVAL || rc == CORE_ELIMIT) {
		r->status = rc == CORE_ELIMIT ? 429 : 400;
		confirm_render(r, back, r->c->field, r->c->err);
		return;
	}
	if (rc != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	web_redirect(r, back);
}

int
page_fresh(struct req *r, const char *back)
{
	if (core_fresh(r->c, &r->who))
		return 1;
	/* ASVS 7.5.3: re-authentication before a highly sensitive
	 * action.  The refusal changes nothing. */
	r->status = 403;
	if (r->who.officer) {
		confirm_render(r, back, NULL, NULL);
		return 0;
	}
	page_begin(r, "Sign in again to do this");
	html_fmt(&r->body, "<h1 class=\"govuk-heading-l\">Sign in again to do "
	    "this</h1>\n<p class=\"govuk-body\">Terminating a membership needs "
	    "a sign-in from the last %d minutes. Nothing has been changed. "
	    "Sign out, sign in again with a new link, and do it again.</p>\n",
	    CORE_FRESH_MINUTES);
	page_end(r);
	return 0;
}

/* --- signing in by an emailed link or a password --- */

#define NEXT_COOKIE	"alliance_next"

/* Where sign-in returns to: the form's or the address's "next". */
static const char *
next_of(struct req *r)
{
	const char *n = web_form(r, "next");

	if (n == NULL)
		n = web_query(r, "next");
	return web_next_ok(n) ? n : NULL;
}

static void
next_field(struct req *r)
{
	if (next_of(r) != NULL)
		html_fmt(&r->body, "<input type=\"hidden\" name=\"next\" "
		    "value=\"%s\">", next_of(r));
}

static void
signin_form(struct req *r, const char *email, const char *field,
    const char *err)
{
	struct html *h = &r->body;

	page_open_form(r, "Sign in", field, err);
	html_fmt(h, "<h1 class=\"govuk-heading-l\">Sign in</h1>\n<p class=\""
	    "govuk-body\">Enter the email address %s has for you. We will "
	    "email", r->c->arr_name);
	html_raw(h, " you a link that signs you in. It works once, for 30 "
	    "minutes.</p>\n<form method=\"post\" action=\"/sign-in\" "
	    "novalidate>\n");
	page_csrf(r);
	next_field(r);
	page_input(r, "email", "Email address", NULL, email, "email",
	    field != NULL && strcmp(field, "email") == 0 ? "email" : NULL,
	    err);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Email me a sign-in link</button>\n</form>\n"
	    "<details class=\"govuk-details\"><summary class=\"govuk-details__"
	    "summary\"><span class=\"govuk-details__summary-text\">Officers: "
	    "sign in with a password</span></summary><div class=\"govuk-"
	    "details__text\">\n<form method=\"post\" action=\"/sign-in-"
	    "password\" novalidate>\n");
	page_csrf(r);
	next_field(r);
	page_input(r, "officer-email", "Email address", NULL, NULL, "email",
	    NULL, NULL);
	page_input(r, "password", "Password", NULL, NULL, "password",
	    field != NULL && strcmp(field, "password") == 0 ? "password" :
	    NULL, err);
	page_input(r, "code", "Code from your authenticator app", "6 digits; "
	    "leave empty the first time, to set the app up", NULL, "text",
	    NULL, NULL);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Sign in</button>\n</form>\n</div>"
	    "</details>\n</div></div>\n");
	page_end(r);
}

void
page_signin(struct req *r)
{
	if (r->signed_in) {
		web_redirect(r, next_of(r) != NULL ? next_of(r) : "/me");
		return;
	}
	signin_form(r, NULL, NULL, NULL);
}

void
page_signin_post(struct req *r)
{
	const char	*email = WEB_S(web_form(r, "email"));
	int		 rc;

	if ((rc = core_signin_request(r->c, email, r->client)) != CORE_OK) {
		if (rc == CORE_EINVAL) {
			r->status = 400;
			signin_form(r, email, "email", r->c->err);
		} else
			page_core_error(r, rc);
		return;
	}
	/*
	 * The page asked for comes back after the emailed link, in this
	 * browser: the link itself stays a bare token.
	 */
	if (next_of(r) != NULL)
		snprintf(r->cookie2, sizeof(r->cookie2), NEXT_COOKIE "=%s; "
		    "Path=/sign-in; Max-Age=1800; HttpOnly; SameSite=Lax%s",
		    next_of(r), r->secure ? "; Secure" : "");
	page_begin(r, "Check your email");
	html_raw(&r->body, "<h1 class=\"govuk-heading-l\">Check your email</h1>"
	    "\n<p class=\"govuk-body\">If ");
	html_text(&r->body, email);
	html_fmt(&r->body, " is registered with %s, a sign-in "
	    "link is on its way. It works once, for 30 minutes.</p>\n", r->c->arr_name);
	page_end(r);
}

/*
 * GET shows a button and POST signs in: mail scanners that follow links
 * would otherwise spend the single-use link before its owner could.
 */
void
page_signin_link(struct req *r)
{
	char		*sid = NULL, action[128];
	const char	*next;
	int		 rc;

	if (strcmp(r->method, "GET") == 0) {
		page_begin(r, "Sign in");
		html_raw(&r->body, "<h1 class=\"govuk-heading-l\">Sign in</h1>\n");
		snprintf(action, sizeof(action), "/sign-in/%s", r->arg[0]);
		html_fmt(&r->body, "<form method=\"post\" action=\"%s\">\n",
		    action);
		page_csrf(r);
		html_raw(&r->body, "<button type=\"submit\" class=\"govuk-"
		    "button\" data-module=\"govuk-button\">Continue to sign in"
		    "</button>\n</form>\n");
		page_end(r);
		return;
	}
	if ((rc = core_signin_link(r->c, r->arg[0], &sid)) != CORE_OK) {
		page_error(r, rc == CORE_ENOTFOUND ? 400 : 503, "This link "
		    "cannot sign you in", r->c->err);
		return;
	}
	/* A new session id at sign-in: no fixation. */
	web_session_cookie(r, sid);
	free(sid);
	next = web_cookie(r, NEXT_COOKIE);
	if (next != NULL)
		snprintf(r->cookie2, sizeof(r->cookie2), NEXT_COOKIE "=; "
		    "Path=/sign-in; Max-Age=0; HttpOnly; SameSite=Lax%s",
		    r->secure ? "; Secure" : "");
	web_redirect(r, web_next_ok(next) ? next : "/me");
}

void
page_signin_password(struct req *r)
{
	char	*sid = NULL;
	int	 rc, enrol;

	rc = core_signin_password(r->c, WEB_S(web_form(r, "officer-email")),
	    WEB_S(web_form(r, "password")), WEB_S(web_form(r, "code")), &sid,
	    &enrol);
	if (rc != CORE_OK) {
		if (rc == CORE_EINVAL || rc == CORE_ELIMIT) {
			r->status = rc == CORE_ELIMIT ? 429 : 400;
			signin_form(r, NULL, "password", r->c->err);
		} else
			page_core_error(r, rc);
		return;
	}
	web_session_cookie(r, sid);
	free(sid);
	web_redirect(r, enrol ? "/two-factor" : next_of(r) != NULL ?
	    next_of(r) : "/officer");
}

void
page_decision(struct req *r)
{
	char	path[64];

	snprintf(path, sizeof(path), "/polls/%lld", (long long)web_int(r,
	    "id"));
	web_redirect(r, path);
}

void
page_signout(struct req *r)
{
	if (r->sid != NULL && core_signout(r->c, r->sid) != CORE_OK) {
		page_core_error(r, CORE_EFAULT);
		return;
	}
	web_session_cookie(r, NULL);
	web_redirect(r, "/");
}

/*
 * RFC 8058: the news emails' one-click link.  Opening it changes
 * nothing (mail scanners open links); the button, or the mail program's
 * own POST, stops the person's news.  The token is signed for that
 * person, so neither a sign-in nor a form token is asked for.
 */
void
page_unsubscribe(struct req *r)
{
	page_begin(r, "Stop news emails");
	html_raw(&r->body, "<h1 class=\"govuk-heading-l\">Stop news emails"
	    "</h1>\n<p class=\"govuk-body\">You will no longer get published "
	    "notes and results by email. Agendas, ballots, reminders and "
	    "letters to your organisation still come.</p>\n");
	html_fmt(&r->body, "<form method=\"post\" action=\"/unsubscribe/%s\" "
	    "novalidate>\n<input type=\"hidden\" name=\"List-Unsubscribe\" "
	    "value=\"One-Click\">\n<button type=\"submit\" class=\"govuk-"
	    "button\" data-module=\"govuk-button\">Stop news emails</button>"
	    "\n</form>\n", r->arg[0]);
	page_end(r);
}

void
page_unsubscribe_post(struct req *r)
{
	struct rec_person	 who;
	int			 rc;

	if ((rc = core_news_stop(r->c, r->arg[0], &who)) != CORE_OK) {
		if (rc == CORE_ENOTFOUND)
			page_error(r, 404, "This link does not work", "It is "
			    "not a link this service sent, or it was copied "
			    "only in part. Nothing was changed. You can choose "
			    "which emails you get on your organisation's page "
			    "once signed in.");
		else
			page_core_error(r, rc);
		return;
	}
	page_begin(r, "News emails stopped");
	html_raw(&r->body, "<div class=\"govuk-panel govuk-panel--"
	    "confirmation\">\n<h1 class=\"govuk-panel__title\">News emails "
	    "stopped</h1>\n</div>\n<p class=\"govuk-body\">");
	html_text(&r->body, WEB_S(who.name));
	html_raw(&r->body, " will get no more published notes or results by "
	    "email. Agendas, ballots, reminders and letters still come.</p>\n"
	    "<p class=\"govuk-body\">To have news again, <a class=\"govuk-link"
	    "\" href=\"/me\">choose how you get emails</a> once signed in.</p>"
	    "\n");
	page_end(r);
	rec_person_clear(&who);
}
