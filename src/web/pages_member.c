/*
 * pages_member: what a member organisation's people do:
 * see their organisation's memberships, sign the declaration (SA-3.2,
 * SA-15.1), vote in an open poll (SA-8.4) or election (SA-E2) with one
 * ballot for the organisation and a receipt.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* --- my organisation --- */

void
page_me(struct req *r)
{
	char		 when[WHEN_LEN];
	struct html	*h = &r->body;
	json_t		*me = NULL, *m;
	size_t		 i;
	int		 rc;

	if ((rc = core_me(r->c, &r->who, &me)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	snprintf(r->nav, sizeof(r->nav), "me");
	page_begin(r, "Your organisation");
	page_banner(r);
	if (r->who.org == 0)
		html_raw(h, "<h1 class=\"govuk-heading-l\">Your account</h1>\n"
		    "<p class=\"govuk-body\">You are not recorded as working "
		    "for a member organisation.</p>\n");
	else {
		html_fmt(h, "<h1 class=\"govuk-heading-l\">%s</h1>\n",
		    r->who.org_name);
		html_raw(h, "<h2 class=\"govuk-heading-m\">Memberships</h2>\n");
		if (json_array_size(json_object_get(me, "memberships")) == 0)
			html_raw(h, "<p class=\"govuk-body\">None yet.</p>\n");
		html_raw(h, "<dl class=\"govuk-summary-list\">\n");
		json_array_foreach(json_object_get(me, "memberships"), i, m) {
			html_fmt(h, "<div class=\"govuk-summary-list__row\"><dt "
			    "class=\"govuk-summary-list__key\"><a class=\"govuk-"
			    "link\" href=\"/forums/%s\">%s</a></dt><dd class"
			    "=\"govuk-summary-list__value\">%s member ",
			    web_str(m, "slug"), web_str(m, "group_name"),
			    web_str(m, "kind"));
			page_tag(r, web_str(m, "status"));
			if (!json_is_true(json_object_get(m, "may_vote")))
				html_fmt(h, "<p class=\"govuk-body-s govuk-!-"
				    "margin-top-2 govuk-!-margin-bottom-0\">Does "
				    "not vote: %s</p>", web_str(m, "why_not"));
			html_raw(h, "</dd></div>\n");
		}
		html_raw(h, "</dl>\n");
		json_array_foreach(json_object_get(me, "memberships"), i, m)
			if (strcmp(web_str(m, "status"), "pending") == 0)
				break;
		if (i < json_array_size(json_object_get(me, "memberships")))
			html_raw(h, "<p class=\"govuk-body\"><a class=\"govuk-"
			    "link\" href=\"/me/sign\">Sign the agreement for "
			    "your organisation</a>: its membership starts when "
			    "it signs.</p>\n");
	}
	if (json_array_size(json_object_get(me, "ballots")) > 0) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Open for your vote"
		    "</h2>\n<ul class=\"govuk-list\">\n");
		json_array_foreach(json_object_get(me, "ballots"), i, m) {
			int poll = strcmp(web_str(m, "kind"), "poll") == 0;

			html_fmt(h, "<li><a class=\"govuk-link\" href=\"/%s/%lld"
			    "\">%s%s</a> (%s), closes %s%s</li>\n", poll ?
			    "polls" : "elections", (long long)
			    json_integer_value(json_object_get(m, "id")), poll ?
			    "Poll: " : "Election of ", poll ? web_str(m,
			    "text") : web_str(m, "office"), web_str(m, "group"),
			    web_when_utc(m, poll ? "closes" : "voting_closes",
			    when), json_integer_value(json_object_get(m,
			    "voted")) ? ": your organisation has voted" : "");
		}
		html_raw(h, "</ul>\n");
	}
	outcome_recent(r, me);
	{
		/* MS-2-eval: a public body's self-assessments. */
		struct rec_cycle_list	 cycles = { NULL, 0 };
		struct assess_year	 y;
		struct viewer		 v;
		size_t			 k;

		viewer_of_who(&v, &r->who);
		if (r->who.org != 0 && core_assess_cycles(r->c, &v,
		    &cycles) == CORE_OK)
			for (i = 0; i < cycles.n; i++) {
				if (core_assess_year(r->c, &v,
				    (int)cycles.v[i].year, &y) != CORE_OK)
					continue;
				for (k = 0; k < y.assessments.n; k++)
					if (y.assessments.v[k].org_id ==
					    r->who.org) {
						render_when(cycles.v[i].due !=
						    NULL ? cycles.v[i].due : "",
						    when, WHEN_LEN);
						html_fmt(h, "<p class=\"govuk-body"
						    "\"><a class=\"govuk-link\" "
						    "href=\"/assessment/%lld\">"
						    "Self-assessment %lld</a>, due "
						    "by %s</p>\n", (long long)
						    cycles.v[i].year, (long long)
						    cycles.v[i].year, when);
					}
				assess_year_free(&y);
			}
		rec_cycle_list_free(&cycles);
	}
	if (json_array_size(json_object_get(me, "nominations")) > 0) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Nominations open"
		    "</h2>\n<ul class=\"govuk-list\">\n");
		json_array_foreach(json_object_get(me, "nominations"), i, m)
			html_fmt(h, "<li><a class=\"govuk-link\" href=\"/"
			    "elections/%lld/nominate\">Stand for %s%s%s</a> (%s),"
			    " nominations close %s</li>\n", (long long)
			    json_integer_value(json_object_get(m, "id")),
			    web_str(m, "office"), web_str(m, "position")[0] ? ": " :
			    "", web_str(m, "position"), web_str(m, "group"),
			    web_when(m, "nominations_close", when));
		html_raw(h, "</ul>\n");
	}
	/* SA-9.1: a representative's positions and terms. */
	if (json_array_size(json_object_get(me, "positions")) > 0) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Positions you hold"
		    "</h2>\n<dl class=\"govuk-summary-list\">\n");
		json_array_foreach(json_object_get(me, "positions"), i, m)
			html_fmt(h, "<div class=\"govuk-summary-list__row\"><dt "
			    "class=\"govuk-summary-list__key\">%s</dt><dd class="
			    "\"govuk-summary-list__value\">%s%s (%s)%s%s</dd></div>"
			    "\n", web_str(m, "position"), web_str(m, "role"),
			    json_integer_value(json_object_get(m, "interim")) ?
			    ", interim" : "", web_str(m, "section"),
			    web_str(m, "term_end")[0] ? ", term ends " : "",
			    web_str(m, "term_end"));
		html_raw(h, "</dl>\n");
	}
	if (json_array_size(json_object_get(me, "offices")) > 0) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Groups you chair</h2>"
		    "\n<ul class=\"govuk-list\">\n");
		json_array_foreach(json_object_get(me, "offices"), i, m)
			html_fmt(h, "<li><a class=\"govuk-link\" href=\"/groups/"
			    "%s\">%s</a> (%s)</li>\n", web_str(m, "slug"),
			    web_str(m, "name"), web_str(m, "office"));
		html_raw(h, "</ul>\n");
	}
	{
		static const char *const how[] = { "now", "Each message as it "
		    "happens", "digest", "News once a day: published notes and "
		    "results in one email", "none", "No news: only what needs "
		    "you or your organisation", NULL };
		const struct form_field f[] = {
			{ "digest", "How you get news", "Sign-in links, agendas, "
			    "ballots, reminders and letters always come at "
			    "once", FIELD_RADIOS, how, 0 },
			{ NULL, NULL, NULL, 0, NULL, 0 },
		};

		if (web_field(r, "digest") == NULL)
			json_object_set_new(r->form, "digest", json_string(
			    web_str(me, "news")));
		page_form(r, "/me/digest", "Your emails", f, "Save the choice",
		    NULL, NULL);
	}
	page_end(r);
	json_decref(me);
}

void
page_digest_post(struct req *r)
{
	const char	*v = web_field(r, "digest");
	char		 ref[32];
	int		 rc;

	snprintf(ref, sizeof(ref), "%lld", (long long)r->who.person);
	if (v == NULL || (strcmp(v, "now") != 0 && strcmp(v, "digest") != 0 &&
	    strcmp(v, "none") != 0)) {
		page_error(r, 400, "Choose how you get news", "Select each "
		    "message as it happens, news once a day, or no news.");
		return;
	}
	if ((rc = core_person_digest(r->c, ref, strcmp(v, "digest") == 0 ?
	    CORE_NEWS_DIGEST : strcmp(v, "none") == 0 ? CORE_NEWS_NONE :
	    CORE_NEWS_NOW)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	web_redirect(r, "/me?done=digest");
}

/* --- the declaration (SA-3.2, SA-15.1) --- */

static void
sign_form(struct req *r, const char *field, const char *err)
{
	struct html	*h = &r->body;
	const char	*d = web_field(r, "date-day"), *mo = web_field(r,
	    "date-month"), *y = web_field(r, "date-year");
	int		 bad_date = field != NULL && strcmp(field, "date") == 0;
	int		 bad_auth = field != NULL && strcmp(field,
	    "authority") == 0;

	snprintf(r->nav, sizeof(r->nav), "me");
	page_begin(r, err != NULL ? "Error: Sign the agreement" :
	    "Sign the agreement");
	html_raw(h, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-"
	    "column-two-thirds\">\n");
	if (err != NULL)
		page_error_summary(r, bad_date ? "date-day" : field, err);
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">Sign the agreement</h1>\n<p class=\"govuk-body"
	    "\">By signing, your organisation commits to the agreement of "
	    "%s and its principles of co-operation. Membership starts when "
	    "the declaration is recorded.</p>\n<form method=\"post\" action=\""
	    "/me/sign\" novalidate>\n", r->who.org_name, r->c->arr_name);
	page_csrf(r);
	page_input(r, "name", "Your full name", NULL, web_field(r, "name") ?
	    web_field(r, "name") : r->who.name, "text", field, err);
	page_input(r, "role", "Your role in the organisation", "For example, "
	    "Chief Officer or Chair of Trustees", web_field(r, "role"), "text",
	    field, err);
	/* The GOV.UK date input. */
	html_fmt(h, "<div class=\"govuk-form-group%s\">\n<fieldset class=\""
	    "govuk-fieldset\" role=\"group\" aria-describedby=\"date-hint%s\">"
	    "\n<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--"
	    "s\">Date of signing</legend>\n<div id=\"date-hint\" class=\""
	    "govuk-hint\">For example, 27 3 2026</div>\n", bad_date ?
	    " govuk-form-group--error" : "", bad_date ? " date-error" : "");
	if (bad_date)
		page_field_error(r, "date", err);
	html_fmt(h, "<div class=\"govuk-date-input\" id=\"date\">\n"
	    "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-"
	    "group\"><label class=\"govuk-label govuk-date-input__label\" "
	    "for=\"date-day\">Day</label><input class=\"govuk-input govuk-"
	    "date-input__input govuk-input--width-2%s\" id=\"date-day\" name="
	    "\"date-day\" type=\"text\" inputmode=\"numeric\" value=\"%s\">"
	    "</div></div>\n", bad_date ? " govuk-input--error" : "", d);
	html_fmt(h, "<div class=\"govuk-date-input__item\"><div class=\"govuk-"
	    "form-group\"><label class=\"govuk-label govuk-date-input__label\" "
	    "for=\"date-month\">Month</label><input class=\"govuk-input govuk-"
	    "date-input__input govuk-input--width-2%s\" id=\"date-month\" "
	    "name=\"date-month\" type=\"text\" inputmode=\"numeric\" value=\""
	    "%s\"></div></div>\n", bad_date ? " govuk-input--error" : "", mo);
	html_fmt(h, "<div class=\"govuk-date-input__item\"><div class=\"govuk-"
	    "form-group\"><label class=\"govuk-label govuk-date-input__label\" "
	    "for=\"date-year\">Year</label><input class=\"govuk-input govuk-"
	    "date-input__input govuk-input--width-4%s\" id=\"date-year\" "
	    "name=\"date-year\" type=\"text\" inputmode=\"numeric\" value=\""
	    "%s\"></div></div>\n</div>\n</fieldset>\n</div>\n", bad_date ?
	    " govuk-input--error" : "", y);
	/* Confirmation of authority. */
	html_fmt(h, "<div class=\"govuk-form-group%s\">\n<fieldset class=\""
	    "govuk-fieldset\">\n<legend class=\"govuk-fieldset__legend govuk-"
	    "fieldset__legend--s\">Authority to sign</legend>\n", bad_auth ?
	    " govuk-form-group--error" : "");
	if (bad_auth)
		page_field_error(r, "authority", err);
	html_fmt(h, "<div class=\"govuk-checkboxes\" data-module=\"govuk-"
	    "checkboxes\">\n<div class=\"govuk-checkboxes__item\"><input class="
	    "\"govuk-checkboxes__input\" id=\"authority\" name=\"authority\" "
	    "type=\"checkbox\" value=\"yes\"%s><label class=\"govuk-label "
	    "govuk-checkboxes__label\" for=\"authority\">I confirm I have "
	    "authority to sign for %s</label></div>\n</div>\n</fieldset>\n"
	    "</div>\n", web_field(r, "authority") ? " checked" : "",
	    r->who.org_name);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Sign the agreement</button>\n</form>\n"
	    "</div></div>\n");
	page_end(r);
}

void
page_sign(struct req *r)
{
	if (r->who.org == 0) {
		page_error(r, 403, "You cannot sign for an organisation",
		    "You are not recorded as working for an organisation. Ask "
		    "the secretariat to add you.");
		return;
	}
	sign_form(r, NULL, NULL);
}

void
page_sign_post(struct req *r)
{
	struct declaration_in	 in;
	char			 date[32], org[32];
	const char		*field;
	int			 rc;

	if (r->who.org == 0) {
		page_sign(r);
		return;
	}
	page_date_value(r, "date", date);
	snprintf(org, sizeof(org), "%lld", (long long)r->who.org);
	memset(&in, 0, sizeof(in));
	in.organisation = org;
	in.name = web_field(r, "name");
	in.role = web_field(r, "role");
	in.date = date;
	in.authority = web_field(r, "authority") != NULL;
	if ((rc = core_member_sign(r->c, &in)) != CORE_OK) {
		if (rc == CORE_EINVAL || rc == CORE_EEXIST) {
			field = r->c->field;
			if (strcmp(field, "confirmation of authority") == 0)
				field = "authority";
			if (strcmp(date, "not-a-date") == 0)
				field = "date";
			r->status = 400;
			sign_form(r, field, strcmp(date, "not-a-date") == 0 ?
			    "Enter the date of signing as a real day, month "
			    "and year, for example 27 3 2026" : r->c->err);
		} else
			page_core_error(r, rc);
		return;
	}
	web_redirect(r, "/me?done=signed");
}

/* --- voting --- */

/* The open ballot of kind and id for the person's organisation, from
 * core_me (so an associate or a suspended member never finds one). */
static json_t *
my_ballot(struct req *r, const char *kind, int64_t id, json_t **me)
{
	json_t	*b;
	size_t	 i;

	*me = NULL;
	if (core_me(r->c, &r->who, me) != CORE_OK)
		return NULL;
	json_array_foreach(json_object_get(*me, "ballots"), i, b)
		if (strcmp(web_str(b, "kind"), kind) == 0 &&
		    json_integer_value(json_object_get(b, "id")) == id)
			return b;
	return NULL;
}

static void
not_open(struct req *r)
{
	page_error(r, 404, "No ballot for your organisation", "There is no "
	    "open vote here for your organisation. It may have closed, or "
	    "your organisation may not vote in this group.");
}

static void
poll_form(struct req *r, json_t *b, const char *err)
{
	char		 when[WHEN_LEN];
	struct html	*h = &r->body;
	static const char *const choices[] = { "for", "against", "abstain" };
	static const char *const labels[] = { "For", "Against", "Abstain" };
	size_t		 i;

	page_begin_of(r, err != NULL, "Poll", web_str(b, "text"));
	html_raw(h, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-"
	    "column-two-thirds\">\n");
	if (err != NULL)
		page_error_summary(r, "choice", err);
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">%s</h1>\n<p class=\"govuk-body\">The poll "
	    "closes at %s. One vote for %s.</p>\n", web_str(b, "group"),
	    web_str(b, "text"), web_when_utc(b, "closes", when),
	    r->who.org_name);
	if (json_integer_value(json_object_get(b, "voted"))) {
		html_raw(h, "<p class=\"govuk-body\">Your organisation has "
		    "voted in this poll.</p>\n</div></div>\n");
		page_end(r);
		return;
	}
	html_fmt(h, "<form method=\"post\" action=\"/polls/%lld\" novalidate>"
	    "\n", (long long)json_integer_value(json_object_get(b, "id")));
	page_csrf(r);
	html_fmt(h, "<div class=\"govuk-form-group%s\">\n<fieldset class=\""
	    "govuk-fieldset\">\n<legend class=\"govuk-fieldset__legend govuk-"
	    "fieldset__legend--m\">Your organisation's vote</legend>\n",
	    err != NULL ? " govuk-form-group--error" : "");
	if (err != NULL)
		page_field_error(r, "choice", err);
	html_raw(h, "<div class=\"govuk-radios\" data-module=\"govuk-radios\">"
	    "\n");
	for (i = 0; i < 3; i++)
		html_fmt(h, "<div class=\"govuk-radios__item\"><input class=\""
		    "govuk-radios__input\" id=\"%s\" name=\"choice\" type=\""
		    "radio\" value=\"%s\"><label class=\"govuk-label govuk-"
		    "radios__label\" for=\"%s\">%s</label></div>\n",
		    i == 0 ? "choice" : choices[i], choices[i], i == 0 ?
		    "choice" : choices[i], labels[i]);
	html_raw(h, "</div>\n</fieldset>\n</div>\n<button type=\"submit\" "
	    "class=\"govuk-button\" data-module=\"govuk-button\">Continue"
	    "</button>\n</form>\n</div></div>\n");
	page_end(r);
}

/*
 * Check your answers: the vote, with a way back to change it, before
 * it is cast for good (as a ballot's is).
 */
static void
poll_check(struct req *r, json_t *b, const char *choice)
{
	struct html	*h = &r->body;
	long long	 id = (long long)json_integer_value(json_object_get(b,
	    "id"));

	page_begin_of(r, 0, "Check your vote", web_str(b, "text"));
	html_fmt(h, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-"
	    "column-two-thirds\">\n<span class=\"govuk-caption-l\">Poll: %s"
	    "</span>\n<h1 class=\"govuk-heading-l\">Check your organisation's "
	    "vote</h1>\n<dl class=\"govuk-summary-list\">\n<div class=\"govuk-"
	    "summary-list__row\"><dt class=\"govuk-summary-list__key\">Your "
	    "vote</dt><dd class=\"govuk-summary-list__value\" id=\"your-vote"
	    "\">%s</dd><dd class=\"govuk-summary-list__actions\"><a class=\""
	    "govuk-link\" href=\"/polls/%lld\">Change<span class=\"govuk-"
	    "visually-hidden\"> your vote</span></a></dd></div>\n<div class=\""
	    "govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">"
	    "On behalf of</dt><dd class=\"govuk-summary-list__value\">%s</dd>"
	    "</div>\n</dl>\n", web_str(b, "text"), strcmp(choice, "for") == 0 ?
	    "For" : strcmp(choice, "against") == 0 ? "Against" : "Abstain",
	    id, r->who.org_name);
	html_raw(h, "<div class=\"govuk-warning-text\"><span class=\"govuk-"
	    "warning-text__icon\" aria-hidden=\"true\">!</span><strong "
	    "class=\"govuk-warning-text__text\"><span class=\"govuk-visually-"
	    "hidden\">Warning</span>One vote for your organisation: once cast "
	    "it cannot be changed.</strong></div>\n");
	html_fmt(h, "<form method=\"post\" action=\"/polls/%lld\" novalidate>"
	    "\n", id);
	page_csrf(r);
	html_fmt(h, "<input type=\"hidden\" name=\"choice\" value=\"%s\">"
	    "<input type=\"hidden\" name=\"confirm\" value=\"yes\">\n"
	    "<button type=\"submit\" class=\"govuk-button\" data-module=\""
	    "govuk-button\">Cast the vote</button>\n</form>\n</div></div>\n",
	    choice);
	page_end(r);
}

void
page_poll(struct req *r)
{
	json_t	*me = NULL, *b;

	b = my_ballot(r, "poll", web_int(r, "id"), &me);
	if (b == NULL) {
		if (!outcome_poll(r, web_int(r, "id")))
			not_open(r);
	} else
		poll_form(r, b, NULL);
	json_decref(me);
}

/*
 * A vote or a ballot, committed by the writer in a group with the
 * others waiting (web_write): the request holds no thread meanwhile.
 */
struct cast {
	int64_t		 id;
	char		 org[32];
	const char	*choice;	/* the form's */
	char		 receipt[24];	/* a ballot's */
};

static int
cast_vote(struct core *c, void *arg)
{
	struct cast *v = arg;

	return core_motion_cast(c, v->id, v->org, v->choice);
}

static int
cast_ballot(struct core *c, void *arg)
{
	struct cast	*v = arg;
	char		*receipt = NULL;
	int		 rc;

	rc = core_election_vote(c, v->id, v->org, v->choice, &receipt);
	if (rc == CORE_OK)
		snprintf(v->receipt, sizeof(v->receipt), "%s", receipt);
	free(receipt);
	return rc;
}

/* The vote's answer, once its commit is done. */
static void
vote_then(struct req *r, void *arg, int rc)
{
	struct cast *v = arg;

	if (rc != CORE_OK) {
		page_core_error(r, rc);
		r->status = 409;
		return;
	}
	page_begin(r, "Vote recorded");
	html_fmt(&r->body, "<div class=\"govuk-panel govuk-panel--"
	    "confirmation\"><h1 class=\"govuk-panel__title\">Vote recorded"
	    "</h1><div class=\"govuk-panel__body\">%s voted %s<br>Receipt: "
	    "<strong class=\"alliance-receipt\">P%lld-%lld</strong></div>"
	    "</div>\n<p class=\"govuk-body\">The result is counted when the "
	    "poll closes.</p>\n", r->who.org_name, v->choice,
	    (long long)v->id, (long long)r->who.org);
	page_end(r);
}

void
page_poll_post(struct req *r)
{
	json_t		*me = NULL, *b;
	const char	*choice = web_field(r, "choice");
	struct cast	 v = { 0 };
	int64_t		 id = web_int(r, "id");

	b = my_ballot(r, "poll", id, &me);
	if (b == NULL) {
		/* Closed, or not this organisation's: nothing changes. */
		not_open(r);
		r->status = 409;
		goto out;
	}
	if (choice == NULL || (strcmp(choice, "for") && strcmp(choice,
	    "against") && strcmp(choice, "abstain"))) {
		r->status = 400;
		poll_form(r, b, "Select for, against or abstain");
		goto out;
	}
	/* The vote is checked before it is cast. */
	if (web_field(r, "confirm") == NULL || strcmp(web_field(r,
	    "confirm"), "yes") != 0) {
		poll_check(r, b, choice);
		goto out;
	}
	v.id = id;
	v.choice = choice;
	snprintf(v.org, sizeof(v.org), "%lld", (long long)r->who.org);
	web_write(r, cast_vote, &v, sizeof(v), vote_then);
out:
	json_decref(me);
}

static void
election_form(struct req *r, json_t *b, const struct election_view *e,
    const char *err)
{
	char				 when[WHEN_LEN];
	struct html			*h = &r->body;
	const struct rec_nomination	*n;
	size_t				 i;

	page_begin_of(r, err != NULL, "Election", web_str(b, "office"));
	html_raw(h, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-"
	    "column-two-thirds\">\n");
	if (err != NULL)
		page_error_summary(r, "candidate", err);
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">Election of %s</h1>\n<p class=\"govuk-body\">"
	    "The ballot is secret and closes at %s. One ballot for %s.</p>\n",
	    web_str(b, "group"), web_str(b, "office"), web_when_utc(b,
	    "voting_closes", when), r->who.org_name);
	if (e->voted == 1) {
		html_raw(h, "<p class=\"govuk-body\">Your organisation has "
		    "voted in this election.</p>\n</div></div>\n");
		page_end(r);
		return;
	}
	html_fmt(h, "<form method=\"post\" action=\"/elections/%lld\" "
	    "novalidate>\n", (long long)json_integer_value(json_object_get(b,
	    "id")));
	page_csrf(r);
	html_fmt(h, "<div class=\"govuk-form-group%s\">\n<fieldset class=\""
	    "govuk-fieldset\">\n<legend class=\"govuk-fieldset__legend govuk-"
	    "fieldset__legend--m\">Your organisation's choice</legend>\n",
	    err != NULL ? " govuk-form-group--error" : "");
	if (err != NULL)
		page_field_error(r, "candidate", err);
	html_raw(h, "<div class=\"govuk-radios\" data-module=\"govuk-radios\">"
	    "\n");
	for (i = 0; i < e->nominations.n; i++) {
		long long	pid;
		char		id[32];

		n = &e->nominations.v[i];
		pid = (long long)n->person_id;
		/* The first radio's id is the field's, for the error link. */
		if (i == 0)
			snprintf(id, sizeof(id), "candidate");
		else
			snprintf(id, sizeof(id), "candidate-%zu", i);
		html_fmt(h, "<div class=\"govuk-radios__item\"><input class=\""
		    "govuk-radios__input\" id=\"%s\" name=\"candidate\" "
		    "type=\"radio\" value=\"%lld\" aria-describedby=\"%s-"
		    "statement\"><label class=\"govuk-label govuk-radios__"
		    "label\" for=\"%s\">%s</label>\n", id, pid, id, id,
		    WEB_S(n->person));
		/* The candidate's own statement from the nomination. */
		html_fmt(h, "<div id=\"%s-statement\" class=\"govuk-hint "
		    "govuk-radios__hint\">%s<br><strong>Why they stand:"
		    "</strong> %s"
		    "<br><strong>Skills and experience:</strong> %s<br><strong>"
		    "Interests declared:</strong> %s</div></div>\n", id,
		    WEB_S(n->organisation), WEB_S(n->why), WEB_S(n->skills),
		    WEB_S(n->interests));
	}
	html_raw(h, "</div>\n</fieldset>\n</div>\n<button type=\"submit\" "
	    "class=\"govuk-button\" data-module=\"govuk-button\">Continue"
	    "</button>\n</form>\n</div></div>\n");
	page_end(r);
}

/*
 * Check your answers: the choice, with a way back to change it, before
 * the secret ballot is cast for good.  cand is the person id chosen.
 */
static void
election_check(struct req *r, json_t *b, const struct election_view *e,
    const char *cand)
{
	struct html			*h = &r->body;
	const struct rec_nomination	*chosen = NULL;
	char				 pid[24];
	size_t				 i;

	for (i = 0; i < e->nominations.n; i++) {
		snprintf(pid, sizeof(pid), "%lld",
		    (long long)e->nominations.v[i].person_id);
		if (strcmp(pid, cand) == 0)
			chosen = &e->nominations.v[i];
	}
	if (chosen == NULL) {
		r->status = 400;
		election_form(r, b, e, "Select one of the candidates listed");
		return;
	}
	page_begin_of(r, 0, "Check your ballot", web_str(b, "office"));
	html_fmt(h, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-"
	    "column-two-thirds\">\n<span class=\"govuk-caption-l\">Election "
	    "of %s</span>\n<h1 class=\"govuk-heading-l\">Check your "
	    "organisation's ballot</h1>\n<dl class=\"govuk-summary-list\">\n"
	    "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-"
	    "list__key\">Voting for</dt><dd class=\"govuk-summary-list__value"
	    "\">%s (%s)</dd><dd class=\"govuk-summary-list__actions\"><a "
	    "class=\"govuk-link\" href=\"/elections/%lld\">Change<span "
	    "class=\"govuk-visually-hidden\"> your choice</span></a></dd>"
	    "</div>\n<div class=\"govuk-summary-list__row\"><dt class=\"govuk-"
	    "summary-list__key\">On behalf of</dt><dd class=\"govuk-summary-"
	    "list__value\">%s</dd></div>\n</dl>\n", web_str(b, "office"),
	    WEB_S(chosen->person), WEB_S(chosen->organisation),
	    (long long)e->e.id, r->who.org_name);
	html_raw(h, "<div class=\"govuk-warning-text\"><span class=\"govuk-"
	    "warning-text__icon\" aria-hidden=\"true\">!</span><strong "
	    "class=\"govuk-warning-text__text\"><span class=\"govuk-visually-"
	    "hidden\">Warning</span>The ballot is secret and final: once "
	    "cast it cannot be changed.</strong></div>\n");
	html_fmt(h, "<form method=\"post\" action=\"/elections/%lld\" "
	    "novalidate>\n", (long long)e->e.id);
	page_csrf(r);
	html_fmt(h, "<input type=\"hidden\" name=\"candidate\" value=\"%s\">"
	    "<input type=\"hidden\" name=\"confirm\" value=\"yes\">\n"
	    "<button type=\"submit\" class=\"govuk-button\" data-module=\""
	    "govuk-button\">Cast the ballot</button>\n</form>\n</div></div>\n",
	    cand);
	page_end(r);
}

/* The election as the signed-in member sees it. */
static int
election_of(struct req *r, int64_t id, struct election_view *e)
{
	struct viewer v;

	viewer_of_who(&v, &r->who);
	return core_election_get(r->c, &v, id, e);
}

void
page_election(struct req *r)
{
	struct election_view	 e;
	json_t			*me = NULL, *b;
	int64_t			 id = web_int(r, "id");

	b = my_ballot(r, "election", id, &me);
	if (b == NULL) {
		json_t	*n;
		size_t	 i;
		char	 to[64];

		/* Taking nominations: the nominations email's link opens
		 * the nomination form (through sign-in, if need be). */
		json_array_foreach(json_object_get(me, "nominations"), i, n)
			if (web_num(n, "id") == id) {
				snprintf(to, sizeof(to), "/elections/%lld/"
				    "nominate", (long long)id);
				web_redirect(r, to);
				goto out;
			}
		if (!outcome_election(r, id))
			not_open(r);
	} else if (election_of(r, id, &e) != CORE_OK)
		not_open(r);
	else {
		election_form(r, b, &e, NULL);
		election_view_free(&e);
	}
out:
	json_decref(me);
}

/* The ballot's answer, once its commit is done. */
static void
ballot_then(struct req *r, void *arg, int rc)
{
	struct cast		*v = arg;
	struct election_view	 e = { 0 };
	json_t			*me = NULL, *b;
	char			 err[sizeof(r->c->err)];

	if (rc == CORE_EINVAL && strcmp(r->c->field, "candidate") == 0) {
		/* The choice is asked again, with the form as it was. */
		memcpy(err, r->c->err, sizeof(err));
		b = my_ballot(r, "election", v->id, &me);
		if (b != NULL && election_of(r, v->id, &e) == CORE_OK) {
			r->status = 400;
			election_form(r, b, &e, err);
		} else {
			not_open(r);
			r->status = 409;
		}
		election_view_free(&e);
		json_decref(me);
		return;
	}
	if (rc != CORE_OK) {
		page_core_error(r, rc);
		r->status = 409;
		return;
	}
	page_begin(r, "Ballot cast");
	html_fmt(&r->body, "<div class=\"govuk-panel govuk-panel--"
	    "confirmation\"><h1 class=\"govuk-panel__title\">Ballot cast</h1>"
	    "<div class=\"govuk-panel__body\">Your receipt<br><strong class=\""
	    "alliance-receipt\">%s</strong></div></div>\n<p class=\"govuk-body"
	    "\">Keep the receipt. When the votes are counted every ballot is "
	    "published by its receipt, so you can check that yours was "
	    "counted. It does not show how you voted to anyone else.</p>\n",
	    v->receipt);
	page_end(r);
}

void
page_election_post(struct req *r)
{
	struct election_view	 e = { 0 };
	json_t			*me = NULL, *b;
	const char		*cand = web_field(r, "candidate");
	struct cast		 v = { 0 };
	int64_t			 id = web_int(r, "id");

	b = my_ballot(r, "election", id, &me);
	if (b == NULL || election_of(r, id, &e) != CORE_OK) {
		not_open(r);
		r->status = 409;
		goto out;
	}
	if (cand == NULL || *cand == '\0') {
		r->status = 400;
		election_form(r, b, &e, "Select the candidate your organisation "
		    "votes for");
		goto out;
	}
	if (web_field(r, "confirm") == NULL ||
	    strcmp(web_field(r, "confirm"), "yes") != 0) {
		election_check(r, b, &e, cand);
		goto out;
	}
	v.id = id;
	v.choice = cand;
	snprintf(v.org, sizeof(v.org), "%lld", (long long)r->who.org);
	web_write(r, cast_ballot, &v, sizeof(v), ballot_then);
out:
	election_view_free(&e);
	json_decref(me);
}
