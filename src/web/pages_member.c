/*
 * pages_member: what a member organisation's people do: sign the
 * declaration (SA-3.2, SA-15.1), vote in an open poll (SA-8.4) or
 * election (SA-E2) with one ballot for the organisation and a receipt.
 * Their home page is pages_me.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* --- the declaration (SA-3.2, SA-15.1) --- */

void
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
	in.name = web_form(r, "name");
	in.role = web_form(r, "role");
	in.date = date;
	in.authority = web_form(r, "authority") != NULL;
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
static const struct core_me_ballot *
my_ballot(struct req *r, const char *kind, int64_t id, struct core_me *me)
{
	enum core_me_kind	 k = strcmp(kind, "poll") == 0 ? CORE_ME_POLL :
	    CORE_ME_ELECTION;
	size_t			 i;

	if (page_me_read(r, me) != CORE_OK)
		return NULL;
	for (i = 0; i < me->ballots.n; i++)
		if (me->ballots.v[i].kind == k && me->ballots.v[i].id == id)
			return &me->ballots.v[i];
	return NULL;
}

static void
not_open(struct req *r)
{
	page_error(r, 404, "No ballot for your organisation", "There is no "
	    "open vote here for your organisation. It may have closed, or "
	    "your organisation may not vote in this group.");
}

/*
 * What a poll's pages and an election's say: ballot_form and
 * ballot_check write both kinds from it.  The answers offered are the
 * kind's own (a poll's three, an election's candidates).
 */
struct ballot_words {
	const char	*kind;		/* the form's title */
	const char	*of;		/* heading: before the question */
	const char	*closes;	/* the sentence before its closing */
	const char	*ballot;	/* what is cast */
	const char	*in;		/* "has voted in this poll" */
	const char	*path;		/* its address: /polls/ID */
	const char	*answer;	/* "your organisation's vote" */
	const char	*field;		/* the answer's field */
	const char	*check_of;	/* the check page's caption */
	const char	*key;		/* the answer's row there */
	const char	*key_id;	/* its value's id attribute, or "" */
	const char	*warning;	/* before it is cast */
};

static const struct ballot_words poll_words = {
	.kind = "Poll", .of = "", .closes = "The poll closes at",
	.ballot = "vote", .in = "poll", .path = "polls", .answer = "vote",
	.field = "choice", .check_of = "Poll: ", .key = "Your vote",
	.key_id = " id=\"your-vote\"", .warning = "One vote for your "
	"organisation: once cast it cannot be changed.",
};
static const struct ballot_words election_words = {
	.kind = "Election", .of = "Election of ", .closes = "The ballot is "
	"secret and closes at", .ballot = "ballot", .in = "election",
	.path = "elections", .answer = "choice", .field = "candidate",
	.check_of = "Election of ", .key = "Voting for", .key_id = "",
	.warning = "The ballot is secret and final: once cast it cannot be "
	"changed.",
};

/* The form's page up to its answers; 0 when the organisation has voted
 * already (the page is then complete). */
static int
ballot_form_open(struct req *r, const struct core_me_ballot *b,
    const struct ballot_words *w, int voted, const char *err)
{
	char		 when[WHEN_LEN];
	struct html	*h = &r->body;

	page_begin_of(r, err != NULL, w->kind, WEB_S(b->what));
	html_raw(h, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-"
	    "column-two-thirds\">\n");
	if (err != NULL)
		page_error_summary(r, w->field, err);
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">%s%s</h1>\n<p class=\"govuk-body\">%s %s. "
	    "One %s for %s.</p>\n", WEB_S(b->group), w->of, WEB_S(b->what),
	    w->closes, web_when_utc_of(b->closes, when), w->ballot,
	    r->who.org_name);
	if (voted) {
		html_fmt(h, "<p class=\"govuk-body\">Your organisation has "
		    "voted in this %s.</p>\n</div></div>\n", w->in);
		page_end(r);
		return 0;
	}
	html_fmt(h, "<form method=\"post\" action=\"/%s/%lld\" novalidate>"
	    "\n", w->path, (long long)b->id);
	page_csrf(r);
	html_fmt(h, "<div class=\"govuk-form-group%s\">\n<fieldset class=\""
	    "govuk-fieldset\">\n<legend class=\"govuk-fieldset__legend govuk-"
	    "fieldset__legend--m\">Your organisation's %s</legend>\n", err !=
	    NULL ? " govuk-form-group--error" : "", w->answer);
	if (err != NULL)
		page_field_error(r, w->field, err);
	html_raw(h, "<div class=\"govuk-radios\" data-module=\"govuk-radios\">"
	    "\n");
	return 1;
}

/* One answer: its radio (the first's id is the field's, for the error
 * summary's link) and, for a candidate, their own statement from the
 * nomination under it. */
static void
ballot_answer(struct html *h, const struct ballot_words *w, const char *id,
    const char *value, const char *label, const struct rec_nomination *n)
{
	html_fmt(h, "<div class=\"govuk-radios__item\"><input class=\""
	    "govuk-radios__input\" id=\"%s\" name=\"%s\" type=\"radio\" "
	    "value=\"%s\"", id, w->field, value);
	if (n != NULL)
		html_fmt(h, " aria-describedby=\"%s-statement\"", id);
	html_fmt(h, "><label class=\"govuk-label govuk-radios__label\" for=\""
	    "%s\">%s</label>", id, label);
	if (n != NULL)
		html_fmt(h, "\n<div id=\"%s-statement\" class=\"govuk-hint "
		    "govuk-radios__hint\">%s<br><strong>Why they stand:"
		    "</strong> %s<br><strong>Skills and experience:</strong> "
		    "%s<br><strong>Interests declared:</strong> %s</div>", id,
		    WEB_S(n->organisation), WEB_S(n->why), WEB_S(n->skills),
		    WEB_S(n->interests));
	html_raw(h, "</div>\n");
}

static void
ballot_form_close(struct req *r)
{
	html_raw(&r->body, "</div>\n</fieldset>\n</div>\n<button type=\""
	    "submit\" class=\"govuk-button\" data-module=\"govuk-button\">"
	    "Continue</button>\n</form>\n</div></div>\n");
	page_end(r);
}

/*
 * Check your answers: the answer (answer, and of in brackets when not
 * NULL), with a way back to change it, before it is cast for good;
 * value is the field's as the form sent it.
 */
static void
ballot_check(struct req *r, const struct core_me_ballot *b,
    const struct ballot_words *w, const char *answer, const char *of,
    const char *value)
{
	struct html	*h = &r->body;
	long long	 id = (long long)b->id;
	char		 title[32];

	snprintf(title, sizeof(title), "Check your %s", w->ballot);
	page_begin_of(r, 0, title, WEB_S(b->what));
	html_fmt(h, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-"
	    "column-two-thirds\">\n<span class=\"govuk-caption-l\">%s%s"
	    "</span>\n<h1 class=\"govuk-heading-l\">Check your organisation's "
	    "%s</h1>\n<dl class=\"govuk-summary-list\">\n<div class=\"govuk-"
	    "summary-list__row\"><dt class=\"govuk-summary-list__key\">%s"
	    "</dt><dd class=\"govuk-summary-list__value\"", w->check_of,
	    WEB_S(b->what), w->ballot, w->key);
	html_raw(h, w->key_id);
	html_fmt(h, ">%s%s%s%s</dd><dd class=\"govuk-summary-list__actions\">"
	    "<a class=\"govuk-link\" href=\"/%s/%lld\">Change<span class=\""
	    "govuk-visually-hidden\"> your %s</span></a></dd></div>\n<div "
	    "class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-"
	    "list__key\">On behalf of</dt><dd class=\"govuk-summary-list__"
	    "value\">%s</dd></div>\n</dl>\n", answer, of != NULL ? " (" : "",
	    of, of != NULL ? ")" : "", w->path, id, w->answer,
	    r->who.org_name);
	html_fmt(h, "<div class=\"govuk-warning-text\"><span class=\"govuk-"
	    "warning-text__icon\" aria-hidden=\"true\">!</span><strong "
	    "class=\"govuk-warning-text__text\"><span class=\"govuk-visually-"
	    "hidden\">Warning</span>%s</strong></div>\n", w->warning);
	html_fmt(h, "<form method=\"post\" action=\"/%s/%lld\" novalidate>"
	    "\n", w->path, id);
	page_csrf(r);
	html_fmt(h, "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
	    "<input type=\"hidden\" name=\"confirm\" value=\"yes\">\n"
	    "<button type=\"submit\" class=\"govuk-button\" data-module=\""
	    "govuk-button\">Cast the %s</button>\n</form>\n</div></div>\n",
	    w->field, value, w->ballot);
	page_end(r);
}

/* A poll's answers: for, against or abstain. */
static const char *const choices[] = { "for", "against", "abstain" };
static const char *const labels[] = { "For", "Against", "Abstain" };

static void
poll_form(struct req *r, const struct core_me_ballot *b, const char *err)
{
	size_t i;

	if (!ballot_form_open(r, b, &poll_words, b->voted, err))
		return;
	for (i = 0; i < 3; i++)
		ballot_answer(&r->body, &poll_words, i == 0 ? "choice" :
		    choices[i], choices[i], labels[i], NULL);
	ballot_form_close(r);
}

/* The vote checked before it is cast, as a ballot is. */
static void
poll_check(struct req *r, const struct core_me_ballot *b, const char *choice)
{
	const char	*label = labels[2];
	size_t		 i;

	for (i = 0; i < 3; i++)
		if (strcmp(choice, choices[i]) == 0)
			label = labels[i];
	ballot_check(r, b, &poll_words, label, NULL, choice);
}

void
page_poll(struct req *r)
{
	struct core_me			 me;
	const struct core_me_ballot	*b;

	b = my_ballot(r, "poll", web_int(r, "id"), &me);
	if (b == NULL) {
		if (!outcome_poll(r, web_int(r, "id")))
			not_open(r);
	} else
		poll_form(r, b, NULL);
	core_me_free(&me);
}

/*
 * A vote or a ballot, committed by the writer in a group with the
 * others waiting (web_write): the request holds no thread meanwhile.
 */
struct cast {
	struct viewer	 who;		/* who casts it */
	int64_t		 id;
	char		 org[32];
	const char	*choice;	/* the form's */
	char		 receipt[24];	/* a ballot's */
};

static int
cast_vote(struct core *c, void *arg)
{
	struct cast *v = arg;

	return core_motion_cast(c, &v->who, v->id, v->org, v->choice);
}

static int
cast_ballot(struct core *c, void *arg)
{
	struct cast	*v = arg;
	char		*receipt = NULL;
	int		 rc;

	rc = core_election_vote(c, &v->who, v->id, v->org, v->choice,
	    &receipt);
	if (rc == CORE_OK)
		snprintf(v->receipt, sizeof(v->receipt), "%s", receipt);
	free(receipt);
	return rc;
}

/*
 * A vote or ballot confirmed on its check page (w->field and "confirm"
 * sent): cast by fn in the writer, then answers.  0 when it was not
 * confirmed, and nothing is done.
 */
static int
cast_confirmed(struct req *r, const struct ballot_words *w,
    core_action_fn fn, void (*then)(struct req *, void *, int))
{
	struct cast v = { 0 };

	if ((v.choice = web_form(r, w->field)) == NULL ||
	    web_form(r, "confirm") == NULL)
		return 0;
	viewer_of_who(&v.who, &r->who);
	v.id = web_int(r, "id");
	snprintf(v.org, sizeof(v.org), "%lld", (long long)r->who.org);
	web_write(r, fn, &v, sizeof(v), then);
	return 1;
}

/*
 * The panel that confirms a vote (choice, said with the organisation's
 * name) or a ballot (choice NULL: it is secret) cast, with its receipt
 * and what follows.
 */
static void
cast_panel(struct req *r, const char *title, const char *choice,
    const char *receipt, const char *after)
{
	page_begin(r, title);
	html_fmt(&r->body, "<div class=\"govuk-panel govuk-panel--"
	    "confirmation\"><h1 class=\"govuk-panel__title\">%s</h1><div "
	    "class=\"govuk-panel__body\">", title);
	if (choice != NULL)
		html_fmt(&r->body, "%s voted %s<br>Receipt: ",
		    r->who.org_name, choice);
	else
		html_raw(&r->body, "Your receipt<br>");
	html_fmt(&r->body, "<strong class=\"alliance-receipt\">%s</strong>"
	    "</div></div>\n<p class=\"govuk-body\">%s</p>\n", receipt, after);
	page_end(r);
}

/* The ballot of kind and id open to the organisation, as my_ballot
 * finds it, reading only the organisation's ballots of that kind. */
static const struct core_me_ballot *
open_ballot(struct req *r, enum core_me_kind k, int64_t id,
    struct core_me *me)
{
	struct viewer	v;
	size_t		i;

	viewer_of_who(&v, &r->who);
	if (core_me_ballots(r->c, &v, k, me) != CORE_OK)
		return NULL;
	for (i = 0; i < me->ballots.n; i++)
		if (me->ballots.v[i].id == id)
			return &me->ballots.v[i];
	return NULL;
}

/*
 * A vote or ballot the core refused (rc): the page its form's check
 * would have shown had it not been open to the organisation, else the
 * core's reason.  A confirmed vote is cast before that check is made,
 * since the core makes every check of its own (SA-8.3, SA-8.4, SA-E2.2)
 * and a vote cast is the case to make cheap; so the check is made only
 * for one refused.
 */
static void
refused(struct req *r, enum core_me_kind k, int64_t id, int rc)
{
	struct election_view		 e = { 0 };
	struct core_me			 me;
	const struct core_me_ballot	*b;
	char				 err[sizeof(r->c->err)];
	char				 field[sizeof(r->c->field)];

	memcpy(err, r->c->err, sizeof(err));
	memcpy(field, r->c->field, sizeof(field));
	b = open_ballot(r, k, id, &me);
	if (b == NULL || (k == CORE_ME_ELECTION && web_election(r, id, &e) !=
	    CORE_OK))
		not_open(r);
	else {
		memcpy(r->c->err, err, sizeof(err));
		memcpy(r->c->field, field, sizeof(field));
		page_core_error(r, rc);
	}
	r->status = 409;
	election_view_free(&e);
	core_me_free(&me);
}

/* The vote's answer, once its commit is done. */
static void
vote_then(struct req *r, void *arg, int rc)
{
	struct cast	*v = arg;
	char		 receipt[48];

	if (rc != CORE_OK) {
		refused(r, CORE_ME_POLL, v->id, rc);
		return;
	}
	snprintf(receipt, sizeof(receipt), "P%lld-%lld", (long long)v->id,
	    (long long)r->who.org);
	cast_panel(r, "Vote recorded", v->choice, receipt, "The result is "
	    "counted when the poll closes.");
}

void
page_poll_post(struct req *r)
{
	struct core_me			 me;
	const struct core_me_ballot	*b;
	const char	*choice = web_form(r, "choice");
	int64_t		 id = web_int(r, "id");

	/* Confirmed: cast, the core's checks deciding (refused()). */
	if (cast_confirmed(r, &poll_words, cast_vote, vote_then))
		return;
	b = open_ballot(r, CORE_ME_POLL, id, &me);
	if (b == NULL) {
		/* Closed, or not this organisation's: nothing changes. */
		not_open(r);
		r->status = 409;
		goto out;
	}
	if (choice == NULL) {
		r->status = 400;
		poll_form(r, b, "Select for, against or abstain");
		goto out;
	}
	/* The vote is checked before it is cast. */
	poll_check(r, b, choice);
out:
	core_me_free(&me);
}

static void
election_form(struct req *r, const struct core_me_ballot *b,
    const struct election_view *e, const char *err)
{
	const struct rec_nomination	*n;
	char				 id[32], pid[24];
	size_t				 i;

	if (!ballot_form_open(r, b, &election_words, e->voted == 1, err))
		return;
	for (i = 0; i < e->nominations.n; i++) {
		n = &e->nominations.v[i];
		if (i == 0)
			snprintf(id, sizeof(id), "candidate");
		else
			snprintf(id, sizeof(id), "candidate-%zu", i);
		snprintf(pid, sizeof(pid), "%lld", (long long)n->person_id);
		ballot_answer(&r->body, &election_words, id, pid,
		    WEB_S(n->person), n);
	}
	ballot_form_close(r);
}

/* The choice checked before the secret ballot is cast for good.  cand
 * is the person id chosen. */
static void
election_check(struct req *r, const struct core_me_ballot *b,
    const struct election_view *e, const char *cand)
{
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
	ballot_check(r, b, &election_words, WEB_S(chosen->person),
	    WEB_S(chosen->organisation), cand);
}

void
page_election(struct req *r)
{
	struct election_view		 e;
	struct core_me			 me;
	const struct core_me_ballot	*b;
	int64_t				 id = web_int(r, "id");

	b = my_ballot(r, "election", id, &me);
	if (b == NULL) {
		size_t	 i;
		char	 to[64];

		/* Taking nominations: the nominations email's link opens
		 * the nomination form (through sign-in, if need be). */
		for (i = 0; i < me.nominations.n; i++)
			if (me.nominations.v[i].e->id == id) {
				snprintf(to, sizeof(to), "/elections/%lld/"
				    "nominate", (long long)id);
				web_redirect(r, to);
				goto out;
			}
		if (!outcome_election(r, id))
			not_open(r);
	} else if (web_election(r, id, &e) != CORE_OK)
		not_open(r);
	else {
		election_form(r, b, &e, NULL);
		election_view_free(&e);
	}
out:
	core_me_free(&me);
}

/* The ballot's answer, once its commit is done. */
static void
ballot_then(struct req *r, void *arg, int rc)
{
	struct cast			*v = arg;
	struct election_view		 e = { 0 };
	struct core_me			 me;
	const struct core_me_ballot	*b;
	char				 err[sizeof(r->c->err)];

	if (rc == CORE_EINVAL && strcmp(r->c->field, "candidate") == 0) {
		/* The choice is asked again, with the form as it was. */
		memcpy(err, r->c->err, sizeof(err));
		b = open_ballot(r, CORE_ME_ELECTION, v->id, &me);
		if (b != NULL && web_election(r, v->id, &e) == CORE_OK) {
			r->status = 400;
			election_form(r, b, &e, err);
		} else {
			not_open(r);
			r->status = 409;
		}
		election_view_free(&e);
		core_me_free(&me);
		return;
	}
	if (rc != CORE_OK) {
		refused(r, CORE_ME_ELECTION, v->id, rc);
		return;
	}
	cast_panel(r, "Ballot cast", NULL, v->receipt, "Keep the receipt. "
	    "When the votes are counted every ballot is published by its "
	    "receipt, so you can check that yours was counted. It does not "
	    "show how you voted to anyone else.");
}

void
page_election_post(struct req *r)
{
	struct election_view	 e = { 0 };
	struct core_me			 me;
	const struct core_me_ballot	*b;
	const char		*cand = web_form(r, "candidate");
	int64_t			 id = web_int(r, "id");

	/* Confirmed: cast, the core's checks deciding (ballot_then). */
	if (cast_confirmed(r, &election_words, cast_ballot, ballot_then))
		return;
	b = open_ballot(r, CORE_ME_ELECTION, id, &me);
	if (b == NULL || web_election(r, id, &e) != CORE_OK) {
		not_open(r);
		r->status = 409;
		goto out;
	}
	if (cand == NULL) {
		r->status = 400;
		election_form(r, b, &e, "Select the candidate your organisation "
		    "votes for");
		goto out;
	}
	election_check(r, b, &e, cand);
out:
	election_view_free(&e);
	core_me_free(&me);
}
