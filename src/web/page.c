/*
 * page: the layout every page shares and the GOV.UK Frontend parts the
 * forms are made of.  The markup follows the package's component
 * examples; the header is the generic header with the arrangement's own
 * name (the service is not GOV.UK: no crown, no GOV.UK name).
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

const char *
web_when_utc_of(const char *s, char out[WHEN_LEN])
{
	char iso[40];

	if (s == NULL)
		s = "";
	if (strlen(s) != 16) {
		render_when(s, out, WHEN_LEN);
		return out;
	}
	snprintf(iso, sizeof(iso), "%sZ", s);
	render_when(iso, out, WHEN_LEN);
	return out;
}

const char *
web_when_of(const char *day, const char *time, char out[WHEN_LEN])
{
	char iso[40];

	if (time == NULL || *time == '\0') {
		render_when(day != NULL ? day : "", out, WHEN_LEN);
		return out;
	}
	snprintf(iso, sizeof(iso), "%s %s", day != NULL ? day : "", time);
	render_when(iso, out, WHEN_LEN);
	return out;
}

struct nav {
	const char	*key, *href, *label;
	int		 who;	/* 0 all, 1 signed in, 2 officer */
	int		 has;	/* what the agreement must have (below) */
};

enum { HAS_ANY, HAS_PARTNERS, HAS_SPEND };

static const struct nav menu[] = {
	{ "home", "/", "Home", 0, HAS_ANY },
	{ "forums", "/forums", "Forums", 0, HAS_ANY },
	{ "representatives", "/representatives", "Representatives", 0,
	  HAS_ANY },
	{ "members", "/members", "Members", 0, HAS_ANY },
	{ "signatories", "/signatories", "Signatories", 0, HAS_ANY },
	{ "meetings", "/meetings", "Meetings", 0, HAS_ANY },
	{ "papers", "/papers", "Papers", 0, HAS_ANY },
	{ "partners", "/partners", "Partners", 0, HAS_PARTNERS },
	{ "spend", "/spend", "Spend", 0, HAS_SPEND },
	{ "reports", "/reports", "Reports", 0, HAS_ANY },
	{ "me", "/me", "Your organisation", 1, HAS_ANY },
	{ "officer", "/officer", "Officer", 2, HAS_ANY },
};

/* Partners (a compact's, a framework's, a pact's) and published spend
 * are in the menu only where the agreement has them. */
static int
menu_has(const struct req *r, int has)
{
	const char *nc;

	if (has == HAS_PARTNERS) {
		nc = constitution_text(&r->c->cons, "partners.named_contact");
		return nc != NULL && strcmp(nc, "none") != 0;
	}
	if (has == HAS_SPEND)
		return constitution_bool(&r->c->cons, "funding.publish_spend");
	return 1;
}

void
page_begin(struct req *r, const char *title)
{
	struct html	*h = &r->body;
	size_t		 i;
	int		 can;

	snprintf(r->title, sizeof(r->title), "%s", title);
	html_fmt(h, "<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template"
	    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s - %s</title>\n",
	    title, r->c->arr_name);
	html_raw(h, "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1, viewport-fit=cover\">\n"
	    "<link rel=\"stylesheet\" href=\"/assets/govuk-frontend.min.css\">\n"
	    "<link rel=\"stylesheet\" href=\"/assets/alliance.css\">\n"
	    "</head>\n<body class=\"govuk-template__body\">\n"
	    "<script src=\"/assets/alliance.js\"></script>\n"
	    "<a href=\"#main-content\" class=\"govuk-skip-link\" "
	    "data-module=\"govuk-skip-link\">Skip to main content</a>\n"
	    "<header class=\"govuk-generic-header\">\n"
	    "<div class=\"govuk-generic-header__container "
	    "govuk-width-container\">\n<div class=\"govuk-generic-header__logo"
	    "\">\n<a href=\"/\" class=\"govuk-generic-header__homepage-link\">");
	html_text(h, r->c->arr_name);
	html_raw(h, "</a>\n</div>\n</div>\n</header>\n"
	    "<section class=\"govuk-service-navigation\" aria-label=\"Menu\" "
	    "data-module=\"govuk-service-navigation\">\n"
	    "<div class=\"govuk-width-container\">\n"
	    "<div class=\"govuk-service-navigation__container\">\n"
	    "<nav aria-label=\"Menu\" class=\"govuk-service-navigation__wrapper"
	    "\">\n<button type=\"button\" class=\"govuk-service-navigation__"
	    "toggle govuk-js-service-navigation-toggle\" aria-controls=\""
	    "navigation\" hidden aria-hidden=\"true\">Menu</button>\n"
	    "<ul class=\"govuk-service-navigation__list\" id=\"navigation\">\n");
	for (i = 0; i < sizeof(menu) / sizeof(menu[0]); i++) {
		can = menu[i].who == 0 || (menu[i].who == 1 && r->signed_in) ||
		    (menu[i].who == 2 && r->who.officer);
		if (!can || !menu_has(r, menu[i].has))
			continue;
		if (strcmp(r->nav, menu[i].key) == 0)
			html_fmt(h, "<li class=\"govuk-service-navigation__item "
			    "govuk-service-navigation__item--active\"><a class="
			    "\"govuk-service-navigation__link\" href=\"%s\" "
			    "aria-current=\"page\"><strong class=\"govuk-"
			    "service-navigation__active-fallback\">%s</strong>"
			    "</a></li>\n", menu[i].href, menu[i].label);
		else
			html_fmt(h, "<li class=\"govuk-service-navigation__item"
			    "\"><a class=\"govuk-service-navigation__link\" "
			    "href=\"%s\">%s</a></li>\n", menu[i].href,
			    menu[i].label);
	}
	if (!r->signed_in && strcmp(r->path, "/sign-in") == 0)
		html_raw(h, "<li class=\"govuk-service-navigation__item govuk-"
		    "service-navigation__item--active\"><a class=\"govuk-"
		    "service-navigation__link\" href=\"/sign-in\" aria-current="
		    "\"page\"><strong class=\"govuk-service-navigation__active-"
		    "fallback\">Sign in</strong></a></li>\n");
	else if (!r->signed_in)
		html_raw(h, "<li class=\"govuk-service-navigation__item\"><a "
		    "class=\"govuk-service-navigation__link\" href=\"/sign-in"
		    "\">Sign in</a></li>\n");
	html_raw(h, "</ul>\n</nav>\n</div>\n</div>\n</section>\n"
	    "<div class=\"govuk-width-container\">\n");
	/* Who is signed in, and the way out: a landmark of its own. */
	if (r->signed_in) {
		html_raw(h, "<form method=\"post\" action=\"/sign-out\" "
		    "class=\"govuk-!-margin-top-2 govuk-!-text-align-right\" "
		    "aria-label=\"Your account\">"
		    "<p class=\"govuk-body-s govuk-!-margin-bottom-0\">"
		    "Signed in as ");
		html_text(h, r->who.name);
		if (r->who.org_name[0] != '\0')
			html_fmt(h, " (%s)", r->who.org_name);
		html_raw(h, " ");
		page_csrf(r);
		html_raw(h, "<button type=\"submit\" class=\"govuk-button "
		    "govuk-button--secondary govuk-!-margin-bottom-0\" "
		    "data-module=\"govuk-button\">Sign out</button></p>"
		    "</form>\n");
	}
	html_raw(h, "<main class=\"govuk-main-wrapper\" id=\"main-content\">\n");
}

void
page_begin_of(struct req *r, int error, const char *what, const char *of)
{
	char title[200];

	snprintf(title, sizeof(title), "%s%s%s%s", error ? "Error: " : "",
	    what, of != NULL && *of != '\0' ? ": " : "", of != NULL ? of : "");
	page_begin(r, title);
}

void
page_end(struct req *r)
{
	html_raw(&r->body, "</main>\n</div>\n<footer class=\"govuk-footer\">\n"
	    "<div class=\"govuk-width-container\">\n<div class=\"govuk-footer__"
	    "meta\">\n<div class=\"govuk-footer__meta-item govuk-footer__meta-"
	    "item--grow\">\n<p class=\"govuk-body-s\">");
	html_fmt(&r->body, "%s. Run with Alliance: the registers, meetings "
	    "and decisions here come from live data.", r->c->arr_name);
	html_raw(&r->body, "</p>\n</div>\n</div>\n</div>\n</footer>\n"
	    "<script type=\"module\" src=\"/assets/init.mjs\"></script>\n"
	    "</body>\n</html>\n");
}

/* A message as a sentence: core's messages start in lower case so
 * that they read well after "alliance: "; on a page they open with a
 * capital. */
static void
sentence(struct html *h, const char *msg)
{
	char first[2] = { 0, 0 };

	if (msg == NULL || *msg == '\0')
		return;
	first[0] = *msg >= 'a' && *msg <= 'z' ? (char)(*msg - 'a' + 'A') :
	    *msg;
	html_text(h, first);
	html_text(h, msg + 1);
}

void
page_error(struct req *r, int status, const char *title, const char *text)
{
	html_free(&r->body);
	r->status = status;
	r->type = "text/html; charset=utf-8";
	page_begin(r, title);
	html_fmt(&r->body, "<h1 class=\"govuk-heading-l\">%s</h1>\n"
	    "<p class=\"govuk-body\">", title);
	sentence(&r->body, text);
	html_raw(&r->body, "</p>\n");
	page_end(r);
}

void
page_hold(struct req *r, const char **field, const char **err)
{
	if (*err == NULL || *err == r->held_err)
		return;
	snprintf(r->held_field, sizeof(r->held_field), "%s", *field != NULL ?
	    *field : "");
	snprintf(r->held_err, sizeof(r->held_err), "%s", *err);
	*field = r->held_field;
	*err = r->held_err;
}

void
page_bad_text(struct req *r)
{
	char	label[64], text[256];
	size_t	i;

	/* The field as a person reads it: "short_name" is "Short name". */
	snprintf(label, sizeof(label), "%s", r->bad_text);
	for (i = 0; label[i] != '\0'; i++)
		if (label[i] == '_' || label[i] == '-')
			label[i] = ' ';
	label[0] = (char)toupper((unsigned char)label[0]);
	snprintf(text, sizeof(text), "%s: not valid UTF-8 text. Nothing was "
	    "changed. Go back, type or paste the text again, and send the "
	    "form once more.", label);
	page_error(r, 400, "The form had text that could not be read", text);
}

void
page_refused(struct req *r, int rc, page_form_fn *form)
{
	if (rc == CORE_EINVAL || rc == CORE_EEXIST) {
		r->status = 400;
		form(r, r->c->field[0] != '\0' ? r->c->field : NULL,
		    r->c->err);
	} else
		page_core_error(r, rc);
}

void
page_answer(struct req *r, int rc, page_form_fn *form, const char *fmt, ...)
{
	va_list	ap;
	char	to[256];

	if (rc != CORE_OK) {
		page_refused(r, rc, form);
		return;
	}
	va_start(ap, fmt);
	vsnprintf(to, sizeof(to), fmt, ap);
	va_end(ap);
	web_redirect(r, to);
}

void
page_core_error(struct req *r, int rc)
{
	if (rc == CORE_ENOTFOUND)
		page_error(r, 404, "Page not found", r->c->err);
	else if (rc == CORE_EPERM)
		page_error(r, 403, "You cannot see this page", r->c->err);
	else if (rc == CORE_EINVAL || rc == CORE_EEXIST || rc == CORE_ELIMIT)
		page_error(r, 400, "That cannot be done", r->c->err);
	else	/* a fault, and any code that is not core's */
		page_error(r, 503, "Sorry, there is a problem with the service",
		    r->c->err);
}

void
page_field_error(struct req *r, const char *id, const char *msg)
{
	html_fmt(&r->body, "<p id=\"%s-error\" class=\"govuk-error-message\">"
	    "<span class=\"govuk-visually-hidden\">Error:</span> ", id);
	sentence(&r->body, msg);
	html_raw(&r->body, "</p>\n");
}

void
page_err_add(struct req *r, const char *field, const char *anchor,
    int parts, const char *fmt, ...)
{
	struct page_err	*e;
	va_list		 ap;

	if (r->nerrs >= (int)(sizeof(r->errs) / sizeof(r->errs[0])) ||
	    page_err_of(r, field) != NULL)
		return;
	e = &r->errs[r->nerrs++];
	snprintf(e->field, sizeof(e->field), "%s", field);
	snprintf(e->anchor, sizeof(e->anchor), "%s", anchor != NULL ? anchor :
	    field);
	e->parts = parts;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
}

const struct page_err *
page_err_of(const struct req *r, const char *field)
{
	int i;

	for (i = 0; field != NULL && i < r->nerrs; i++)
		if (strcmp(r->errs[i].field, field) == 0)
			return &r->errs[i];
	return NULL;
}

static void
summary_item(struct req *r, const char *anchor, const char *msg)
{
	if (anchor != NULL && anchor[0] != '\0')
		html_fmt(&r->body, "<li><a href=\"#%s\">", anchor);
	else
		html_raw(&r->body, "<li>");
	sentence(&r->body, msg);
	html_raw(&r->body, anchor != NULL && anchor[0] != '\0' ?
	    "</a></li>\n" : "</li>\n");
}

/* Every field the page found at fault, in the order of the form, then
 * core's (when it is not one of them). */
void
page_error_summary(struct req *r, const char *field, const char *msg)
{
	int i;

	html_raw(&r->body, "<div class=\"govuk-error-summary\" data-module="
	    "\"govuk-error-summary\">\n<div role=\"alert\">\n<h2 class=\"govuk-"
	    "error-summary__title\">There is a problem</h2>\n<div class=\""
	    "govuk-error-summary__body\">\n<ul class=\"govuk-list govuk-error-"
	    "summary__list\">\n");
	for (i = 0; i < r->nerrs; i++)
		summary_item(r, r->errs[i].anchor, r->errs[i].msg);
	if (msg != NULL && *msg != '\0' && (r->nerrs == 0 ||
	    page_err_of(r, field) == NULL))
		summary_item(r, field, msg);
	html_raw(&r->body, "</ul>\n</div>\n</div>\n</div>\n");
}

void
page_csrf(struct req *r)
{
	html_fmt(&r->body, "<input type=\"hidden\" name=\"csrf\" "
	    "value=\"%s\">", r->csrf);
}

static void
group_open(struct req *r, const char *name, const char *label,
    const char *hint, int bad, const char *err)
{
	html_fmt(&r->body, "<div class=\"govuk-form-group%s\">\n<label "
	    "class=\"govuk-label govuk-label--s\" for=\"%s\">%s</label>\n",
	    bad ? " govuk-form-group--error" : "", name, label);
	if (hint != NULL)
		html_fmt(&r->body, "<div id=\"%s-hint\" class=\"govuk-hint\">"
		    "%s</div>\n", name, hint);
	if (bad)
		page_field_error(r, name, err);
}

static void
described(struct req *r, const char *name, const char *hint, int bad)
{
	if (hint == NULL && !bad)
		return;
	html_raw(&r->body, " aria-describedby=\"");
	if (hint != NULL)
		html_fmt(&r->body, "%s-hint", name);
	if (bad)
		html_fmt(&r->body, "%s%s-error", hint != NULL ? " " : "", name);
	html_raw(&r->body, "\"");
}

void
page_input(struct req *r, const char *name, const char *label,
    const char *hint, const char *value, const char *type,
    const char *err_field, const char *err)
{
	const struct page_err	*pe = page_err_of(r, name);
	int			 bad = pe != NULL || (err_field != NULL &&
	    strcmp(err_field, name) == 0);

	group_open(r, name, label, hint, bad, pe != NULL ? pe->msg : err);
	html_fmt(&r->body, "<input class=\"govuk-input%s\" id=\"%s\" name=\"%s"
	    "\" type=\"%s\" value=\"%s\"", bad ? " govuk-input--error" : "",
	    name, name, type != NULL ? type : "text", value != NULL ? value :
	    "");
	if (type != NULL && strcmp(type, "email") == 0)
		html_raw(&r->body, " autocomplete=\"email\" spellcheck=\"false\"");
	described(r, name, hint, bad);
	html_raw(&r->body, ">\n</div>\n");
}

/*
 * A whole form from a table of fields, with the error of the field at
 * fault and the values typed kept.
 */
void
page_form(struct req *r, const char *action, const char *title,
    const struct form_field *f, const char *button, const char *field,
    const char *err)
{
	struct html	*h = &r->body;
	size_t		 i, k, q;
	char		 idv[64];
	int		 bad;
	const struct page_err *pe;
	const char	*ferr;

	html_fmt(h, "<h2 class=\"govuk-heading-m\">%s</h2>\n<form method=\""
	    "post\" action=\"%s\" novalidate>\n", title, action);
	page_csrf(r);
	for (i = 0; f[i].name != NULL; i++) {
		pe = page_err_of(r, f[i].name);
		bad = pe != NULL || (field != NULL && strcmp(field,
		    f[i].name) == 0);
		ferr = pe != NULL ? pe->msg : err;
		switch (f[i].kind) {
		case FIELD_TEXT:
			page_input(r, f[i].name, f[i].label, f[i].hint,
			    web_field(r, f[i].name), "text", field, err);
			break;
		case FIELD_TEXTAREA:
			page_textarea(r, f[i].name, f[i].label, f[i].hint,
			    web_field(r, f[i].name), field, err);
			break;
		case FIELD_MOMENT:
			page_moment_input(r, f[i].name, f[i].label, f[i].hint,
			    bad, ferr);
			break;
		case FIELD_DATE:
			page_date_input(r, f[i].name, f[i].label, f[i].hint !=
			    NULL ? f[i].hint : "For example, 27 3 2026", bad,
			    ferr);
			break;
		case FIELD_CHECK:
			html_fmt(h, "<div class=\"govuk-form-group%s\">",
			    bad ? " govuk-form-group--error" : "");
			if (bad)
				page_field_error(r, f[i].name, ferr);
			html_fmt(h, "<div class=\"govuk-checkboxes\" data-module"
			    "=\"govuk-checkboxes\"><div class=\"govuk-"
			    "checkboxes__item\"><input class=\"govuk-checkboxes"
			    "__input\" id=\"%s\" name=\"%s\" type=\"checkbox\" "
			    "value=\"yes\"%s><label class=\"govuk-label govuk-"
			    "checkboxes__label\" for=\"%s\">%s</label></div>"
			    "</div></div>\n", f[i].name, f[i].name, web_field(r,
			    f[i].name) ? " checked" : "", f[i].name,
			    f[i].label);
			break;
		case FIELD_RADIOS:
		case FIELD_SELECT:
			html_fmt(h, "<div class=\"govuk-form-group%s\">\n",
			    bad ? " govuk-form-group--error" : "");
			if (f[i].kind == FIELD_SELECT)
				html_fmt(h, "<label class=\"govuk-label govuk-"
				    "label--s\" for=\"%s\">%s</label>\n",
				    f[i].name, f[i].label);
			else
				html_fmt(h, "<fieldset class=\"govuk-fieldset\">"
				    "<legend class=\"govuk-fieldset__legend "
				    "govuk-fieldset__legend--s\">%s</legend>\n",
				    f[i].label);
			if (bad)
				page_field_error(r, f[i].name, ferr);
			if (f[i].kind == FIELD_SELECT)
				html_fmt(h, "<select class=\"govuk-select\" id="
				    "\"%s\" name=\"%s\">\n", f[i].name,
				    f[i].name);
			else
				html_raw(h, "<div class=\"govuk-radios govuk-"
				    "radios--small\" data-module=\"govuk-radios"
				    "\">\n");
			for (k = 0; f[i].choices[k] != NULL; k += 2) {
				const char *v = f[i].choices[k];
				const char *typed = web_field(r, f[i].name);
				int on = typed != NULL ? strcmp(typed, v) == 0 :
				    k == 0 && !f[i].no_default;

				if (f[i].kind == FIELD_SELECT) {
					html_fmt(h, "<option value=\"%s\"%s>%s"
					    "</option>\n", v, on ?
					    " selected" : "", f[i].choices[k +
					    1]);
					continue;
				}
				/* An id from the value: letters, digits
				 * and hyphens only. */
				snprintf(idv, sizeof(idv), "%s", v);
				for (q = 0; idv[q] != '\0'; q++)
					if (!isalnum((unsigned char)idv[q]))
						idv[q] = '-';
				html_fmt(h, "<div class=\"govuk-radios__item\">"
				    "<input class=\"govuk-radios__input\" id="
				    "\"%s%s%s\" name=\"%s\" type=\"radio\" "
				    "value=\"%s\"%s><label class=\"govuk-label "
				    "govuk-radios__label\" for=\"%s%s%s\">%s"
				    "</label></div>\n", f[i].name, k ? "-" :
				    "", k ? idv : "", f[i].name, v, on ?
				    " checked" : "", f[i].name, k ? "-" : "",
				    k ? idv : "", f[i].choices[k + 1]);
			}
			html_raw(h, f[i].kind == FIELD_SELECT ? "</select>\n"
			    "</div>\n" : "</div>\n</fieldset>\n</div>\n");
			break;
		}
	}
	html_fmt(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">%s</button>\n</form>\n", button);
}

void
page_textarea(struct req *r, const char *name, const char *label,
    const char *hint, const char *value, const char *err_field,
    const char *err)
{
	const struct page_err	*pe = page_err_of(r, name);
	int			 bad = pe != NULL || (err_field != NULL &&
	    strcmp(err_field, name) == 0);

	group_open(r, name, label, hint, bad, pe != NULL ? pe->msg : err);
	html_fmt(&r->body, "<textarea class=\"govuk-textarea%s\" id=\"%s\" "
	    "name=\"%s\" rows=\"5\"", bad ? " govuk-textarea--error" : "",
	    name, name);
	described(r, name, hint, bad);
	html_fmt(&r->body, ">%s</textarea>\n</div>\n", value != NULL ? value :
	    "");
}

void
page_rule(struct req *r, const char *ids)
{
	if (!r->who.officer || ids == NULL || *ids == '\0')
		return;
	html_fmt(&r->body, "<details class=\"govuk-details govuk-!-margin-"
	    "bottom-2\">\n<summary class=\"govuk-details__summary\"><span "
	    "class=\"govuk-details__summary-text\">Which rule is this?</span>"
	    "</summary>\n<div class=\"govuk-details__text\">%s, in the "
	    "catalogue of the agreement's rules.</div>\n</details>\n", ids);
}

void
page_tag(struct req *r, const char *status)
{
	const char *colour = "grey";

	if (status == NULL)
		return;
	if (strcmp(status, "active") == 0 || strcmp(status, "met") == 0)
		colour = "green";
	else if (strcmp(status, "suspended") == 0 ||
	    strcmp(status, "terminated") == 0)
		colour = "red";
	else if (strcmp(status, "under notice") == 0 ||
	    strcmp(status, "pending") == 0)
		colour = "yellow";
	html_fmt(&r->body, "<strong class=\"govuk-tag govuk-tag--%s\">%s"
	    "</strong>", colour, status);
}

/* What ?done=CODE says: fixed sentences, so a link cannot make the
 * page say anything else. */
static const char *const banners[][2] = {
	{ "signed", "Your organisation's declaration is recorded. Its "
	    "pending memberships are now active." },
	{ "voted", "Your organisation's vote is recorded." },
	{ "imported", "The file was imported." },
	{ "scheduled", "The meeting is scheduled, with the mandatory items "
	    "on its agenda." },
	{ "agenda", "The item is on the agenda." },
	{ "request", "Your item is on the agenda." },
	{ "circulate", "The agenda has been circulated to every member." },
	{ "attend", "Attendance recorded." },
	{ "apologies", "Your apologies are recorded." },
	{ "decide", "The decision is recorded." },
	{ "notes", "The notes are saved." },
	{ "publish", "The notes are published and sent to members." },
	{ "poll", "The poll is open; members were told by email." },
	{ "nominations", "Nominations are open; members were told by email." },
	{ "membership", "The membership change is recorded and the "
	    "organisation was written to." },
	{ "counted", "The poll is closed and counted." },
	{ "ballot", "The ballot is open; members were told by email." },
	{ "count", "The ballots are counted." },
	{ "verify", "Turnout and eligibility are verified." },
	{ "announce", "The result is announced and the register updated." },
	{ "nominated", "Your nomination is recorded." },
	{ "added", "Added." },
	{ "digest", "Your choice is saved." },
	{ "rated", "The rating is saved." },
	{ "submitted", "The self-assessment is submitted." },
	{ "submitted-late", "The self-assessment is submitted, after its due "
	    "date." },
	{ "interest", "The interest is in the register." },
	{ "propose", "The motion is put to the vote." },
	{ "vote", "The vote is recorded." },
	{ "close-vote", "The vote is closed and counted." },
	{ "constitution", "The new version of the constitution is applied; "
	    "the old one is kept with its dates." },
	/* disputes and breaches (pages_dispute.c) */
	{ "case-opened", "The case is opened at its first stage." },
	{ "case-statement", "The statement is saved." },
	{ "case-stage", "The case has moved to its next stage." },
	{ "case-draw", "The person is on the panel." },
	{ "case-record", "The step is in the case's written record." },
	{ "case-resolve", "The case is resolved and the organisations were "
	    "written to." },
};

static void banner(struct req *, const char *);

void
page_banner(struct req *r)
{
	const char	*done = web_query(r, "done");
	size_t		 i;

	for (i = 0; done != NULL && i < sizeof(banners) / sizeof(banners[0]);
	    i++)
		if (strcmp(done, banners[i][0]) == 0)
			break;
	/* The register says how many it recorded (a number only). */
	if (done != NULL && strcmp(done, "register") == 0) {
		int64_t		 k = web_int(r, "n");	/* 1 .. 9999, or 0 */
		char		 said[96];

		if (k <= 0)
			return;
		snprintf(said, sizeof(said), "Attendance recorded for %lld "
		    "organisation%s.", (long long)k, k == 1 ? "" : "s");
		banner(r, said);
		return;
	}
	if (done == NULL || i == sizeof(banners) / sizeof(banners[0]))
		return;
	banner(r, banners[i][1]);
}

static void
banner(struct req *r, const char *said)
{
	html_raw(&r->body, "<div class=\"govuk-notification-banner govuk-"
	    "notification-banner--success\" role=\"alert\" aria-labelledby=\""
	    "govuk-notification-banner-title\" data-module=\"govuk-"
	    "notification-banner\">\n<div class=\"govuk-notification-banner__"
	    "header\">\n<h2 class=\"govuk-notification-banner__title\" id=\""
	    "govuk-notification-banner-title\">Success</h2>\n</div>\n<div "
	    "class=\"govuk-notification-banner__content\">\n<p class=\"govuk-"
	    "notification-banner__heading\">");
	html_text(&r->body, said);
	html_raw(&r->body, "</p>\n</div>\n</div>\n");
}
