/*
 * pages_admin: the chair's business beyond a single meeting: polls
 * (SA-8.4), elections from nominations to announcement (SA-7.1, SA-9,
 * SA-E), and membership status (SA-13.2 suspension and reinstatement,
 * SA-14.3 termination); and a member's nomination (SA-9.3).  Forms are
 * tables of fields (page_form); every action is one core call.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/text.h"
#include "web.h"

static const char *const offices[] = { "chair", "Chair", "vice-chair",
    "Vice-chair", "representative", "Representative", NULL };
static const char *const changes[] = { "suspended", "Suspend",
    "active", "Reinstate", "terminated", "Terminate", NULL };

static const struct form_field poll_form[] = {
	{ "poll-text", "The question", "Members vote for, against or "
	    "abstain", FIELD_TEXTAREA, NULL, 0 },
	{ "poll-opens", "Voting opens", NULL, FIELD_MOMENT, NULL, 0 },
	{ "poll-closes", "Voting closes", NULL, FIELD_MOMENT, NULL, 0 },
	{ NULL, NULL, NULL, 0, NULL, 0 },
};
static const struct form_field election_form[] = {
	{ "el-office", "Office", NULL, FIELD_RADIOS, offices, 0 },
	{ "el-position", "Position (representatives only)", "Its short name "
	    "in the register, for example icp", FIELD_TEXT, NULL, 0 },
	{ "el-closes", "Nominations close", "Usually at least 3 weeks away", FIELD_DATE, NULL, 0 },
	{ "el-reason", "Reason for a shorter window", "Only if nominations "
	    "close sooner than the constitution asks", FIELD_TEXT, NULL, 0 },
	{ NULL, NULL, NULL, 0, NULL, 0 },
};
static const struct form_field ballot_form[] = {
	{ "opens", "Voting opens", NULL, FIELD_MOMENT, NULL, 0 },
	{ "closes", "Voting closes", NULL, FIELD_MOMENT, NULL, 0 },
	{ NULL, NULL, NULL, 0, NULL, 0 },
};
static const struct form_field nominate_form[] = {
	{ "details", "Nominee details", "Name, organisation and contact",
	    FIELD_TEXTAREA, NULL, 0 },
	{ "why", "Why they want the role", NULL, FIELD_TEXTAREA, NULL, 0 },
	{ "skills", "Skills, knowledge and experience", NULL, FIELD_TEXTAREA,
	    NULL, 0 },
	{ "interests", "Declarations of interest relevant to the role",
	    "Write none if there are none", FIELD_TEXTAREA, NULL, 0 },
	{ "guidance", "The nominee will abide by the Representative Guidance",
	    NULL, FIELD_CHECK, NULL, 0 },
	{ NULL, NULL, NULL, 0, NULL, 0 },
};

/* The forms on a group's dashboard for its chair (or an officer). */
void
group_chair_forms(struct req *r, const struct rec_group *g,
    const struct rec_membership_list *members, const char *field,
    const char *err)
{
	struct html	*h = &r->body;
	const char	**orgs;
	char		 action[160];
	size_t		 i, n = 0;

	snprintf(action, sizeof(action), "/groups/%s/polls", g->slug);
	html_raw(h, "<div id=\"poll\">\n");
	page_form(r, action, "Open an electronic poll", poll_form,
	    "Open the poll", field, err);
	html_raw(h, "</div>\n<div id=\"nominations\">\n");
	snprintf(action, sizeof(action), "/groups/%s/elections", g->slug);
	page_form(r, action, "Seek nominations", election_form,
	    "Seek nominations", field, err);
	html_raw(h, "</div>\n");
	/* Membership status: the organisations of the group. */
	orgs = calloc(2 * members->n + 1, sizeof(*orgs));
	if (orgs != NULL && members->n > 0) {
		struct form_field status_form[] = {
			{ "ms-organisation", "Organisation", NULL,
			    FIELD_SELECT, NULL, 0 },
			{ "ms-status", "Change", NULL, FIELD_RADIOS, changes, 1 },
			{ "ms-date", "From", "Leave empty for today",
			    FIELD_DATE, NULL, 0 },
			{ "ms-reason", "Reason", "Recorded with the change, "
			    "and sent in the letter to the organisation",
			    FIELD_TEXTAREA, NULL, 0 },
			{ NULL, NULL, NULL, 0, NULL, 0 },
		};

		for (i = 0; i < members->n; i++) {
			orgs[n++] = members->v[i].organisation;
			orgs[n++] = members->v[i].organisation;
		}
		status_form[0].choices = orgs;
		snprintf(action, sizeof(action), "/groups/%s/membership",
		    g->slug);
		html_raw(h, "<div id=\"membership\">\n");
		page_form(r, action, "Suspend, reinstate or terminate a "
		    "membership", status_form, "Record the change", field,
		    err);
		html_raw(h, "</div>\n");
	}
	free(orgs);
}

/* Redirect after a chair's action, or the dashboard again with the
 * error on the field of the form (its name is prefix + core's). */
static void
group_done(struct req *r, int rc, const char *done, const char *prefix)
{
	char to[160], f[64];

	if (r->c->field[0] != '\0') {
		snprintf(f, sizeof(f), "%s%s", prefix, r->c->field);
		snprintf(r->c->field, sizeof(r->c->field), "%s", f);
	}
	if (rc == CORE_OK) {
		snprintf(to, sizeof(to), "/groups/%s?done=%s", r->arg[0], done);
		web_redirect(r, to);
	} else if (rc == CORE_EINVAL || rc == CORE_EEXIST ||
	    rc == CORE_ENOTFOUND) {
		r->status = 400;
		group_render(r, r->c->field, r->c->err);
	} else
		page_core_error(r, rc);
}

/*
 * The opening and closing typed in London's time (prefix-opens-day ...
 * prefix-closes-time) as UTC into opens and closes; -1 with each fault
 * added for the error summary, the closing before the opening too.
 */
static int
moments(struct req *r, const char *prefix, const char *what,
    char opens[32], char closes[32])
{
	char	f[64], w[96];
	int	bad = 0;

	snprintf(f, sizeof(f), "%sopens", prefix);
	snprintf(w, sizeof(w), "the date and time %s opens", what);
	bad |= page_moment_check(r, f, w, opens);
	snprintf(f, sizeof(f), "%scloses", prefix);
	snprintf(w, sizeof(w), "the date and time %s closes", what);
	bad |= page_moment_check(r, f, w, closes);
	if (bad == 0 && strcmp(closes, opens) <= 0) {
		char anchor[72];

		snprintf(anchor, sizeof(anchor), "%s-day", f);
		page_err_add(r, f, anchor, 0, "Voting must close after it "
		    "opens");
		bad = -1;
	}
	return bad;
}

/* Every route here is ROLE_CHAIR: the router found the group (of the
 * slug, the poll or the election) and checked that the visitor chairs
 * it or is an officer (route_chair) before any of these runs. */

/* The poll's question and times; every field at fault at once, the
 * times in London's, kept in UTC. */
void
page_group_poll(struct req *r)
{
	struct viewer	who;
	char		opens[32], closes[32];
	int64_t		id = 0;
	int		rc;

	if (text_blank(web_form(r, "poll-text")))
		page_err_add(r, "poll-text", NULL, 0, "Enter the question "
		    "members vote on");
	if (moments(r, "poll-", "the poll", opens, closes) != 0 ||
	    r->nerrs > 0) {
		r->status = 400;
		group_render(r, NULL, NULL);
		return;
	}
	viewer_of_who(&who, &r->who);
	rc = core_poll_open(r->c, &who, r->arg[0], web_form(r, "poll-text"),
	    opens, closes, &id);
	group_done(r, rc, "poll", "poll-");
}

/* An election's nominations opened; every field at fault at once, the
 * date in the form's own terms. */
void
page_group_election(struct req *r)
{
	struct election_in	in;
	char			date[32];
	int64_t			id = 0;
	int			rc;

	if (web_form(r, "el-office") == NULL)
		page_err_add(r, "el-office", NULL, 0, "Select the office the "
		    "election is for");
	if (page_date_check(r, "el-closes", "the date nominations close", 0,
	    date) != 0 || r->nerrs > 0) {
		r->status = 400;
		group_render(r, NULL, NULL);
		return;
	}
	memset(&in, 0, sizeof(in));
	in.group = r->arg[0];
	in.office = web_form(r, "el-office");
	in.position = web_form(r, "el-position");
	in.closes = date;
	in.reason = web_form(r, "el-reason");
	rc = core_election_open(r->c, &in, &id);
	group_done(r, rc, "nominations", "el-");
}

/* A member organisation suspended, reinstated or terminated. */
void
page_group_membership(struct req *r)
{
	const char	*status = web_form(r, "ms-status");
	char		 back[200], date[32];
	int		 rc;

	/* Terminating is among the most dangerous actions. */
	snprintf(back, sizeof(back), "/groups/%s", r->arg[0]);
	if (status != NULL && strcmp(status, "terminated") == 0 &&
	    !page_fresh(r, back))
		return;
	if (status == NULL)
		page_err_add(r, "ms-status", NULL, 0, "Select suspend, "
		    "reinstate or terminate");
	/* SA-13.2: a suspension or termination says why. */
	if (status != NULL && strcmp(status, "active") != 0 &&
	    text_blank(web_form(r, "ms-reason")))
		page_err_add(r, "ms-reason", NULL, 0, "Enter the reason: it is "
		    "recorded and sent to the organisation");
	if (page_date_check(r, "ms-date", "the date the change takes effect",
	    1, date) != 0 || r->nerrs > 0) {
		r->status = 400;
		group_render(r, NULL, NULL);
		return;
	}
	rc = core_member_status(r->c, r->arg[0], web_form(r,
	    "ms-organisation"), status, date[0] ? date : NULL, web_form(r,
	    "ms-reason"));
	group_done(r, rc, "membership", "ms-");
}

/* SA-8.4: the chair closes and counts a poll after its closing time. */
void
page_poll_close(struct req *r)
{
	struct motion_view	 mo;
	struct motion_result	 res;
	struct viewer		 who;
	char			 to[160];
	int64_t			 id = web_int(r, "id");
	int			 rc;

	viewer_of_who(&who, &r->who);
	if (id <= 0 || core_motion_get(r->c, &who, id, &mo) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such poll.");
		return;
	}
	if ((rc = core_motion_close(r->c, &who, id, &res)) != CORE_OK) {
		page_error(r, rc == CORE_EINVAL ? 409 : 503, "The poll cannot "
		    "be counted yet", r->c->err);
		goto out;
	}
	snprintf(to, sizeof(to), "/groups/%s?done=counted", mo.mo.grp);
	web_redirect(r, to);
out:
	motion_view_free(&mo);
}

static void
election_manage(struct req *r, const struct election_view *v,
    const char *field, const char *err)
{
	const struct rec_election	*e = &v->e;
	const struct election_result	*res = &e->result;
	char				 when[WHEN_LEN], action[96];
	struct html			*h = &r->body;
	const char			*st = election_status_names[e->status];
	size_t				 i;

	page_begin_of(r, err != NULL || r->nerrs > 0, "Run the election",
	    WEB_S(e->office));
	page_banner(r);
	if (err != NULL || r->nerrs > 0)
		page_error_summary(r, field, err);
	render_when(WEB_S(e->nominations_close), when, sizeof(when));
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">Election of %s</h1>\n<dl class=\"govuk-summary-"
	    "list\">\n<div class=\"govuk-summary-list__row\"><dt class=\"govuk-"
	    "summary-list__key\">Status</dt><dd class=\"govuk-summary-list__"
	    "value\" id=\"status\">%s</dd></div>\n<div class=\"govuk-summary-"
	    "list__row\"><dt class=\"govuk-summary-list__key\">Round</dt><dd "
	    "class=\"govuk-summary-list__value\">%d</dd></div>\n<div class=\""
	    "govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">"
	    "Nominations close</dt><dd class=\"govuk-summary-list__value\">%s"
	    "</dd></div>\n<div class=\"govuk-summary-list__row\"><dt class=\""
	    "govuk-summary-list__key\">Ballots cast</dt><dd class=\"govuk-"
	    "summary-list__value\">%lld</dd></div>\n</dl>\n",
	    WEB_S(e->group_name), WEB_S(e->office), st, e->round, when,
	    (long long)v->turnout);
	html_raw(h, "<h2 class=\"govuk-heading-m\">Nominations</h2>\n<ul class"
	    "=\"govuk-list\">\n");
	for (i = 0; i < v->nominations.n; i++)
		html_fmt(h, "<li>%s (%s)</li>\n",
		    WEB_S(v->nominations.v[i].person),
		    WEB_S(v->nominations.v[i].organisation));
	html_raw(h, "</ul>\n");
	if (res->present) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Result</h2>\n<ul "
		    "class=\"govuk-list\">\n");
		for (i = 0; i < res->ncounts; i++)
			html_fmt(h, "<li>%s: %d</li>\n",
			    WEB_S(res->counts[i].candidate),
			    res->counts[i].votes);
		html_raw(h, "</ul>\n");
	}
	snprintf(action, sizeof(action), "/elections/%lld/manage/ballot",
	    (long long)e->id);
	if (e->status == ELECTION_NOMINATIONS)
		page_form(r, action, "Open the ballot", ballot_form,
		    "Open the ballot", field, err);
	else {
		static const char *const acts[][3] = {
			{ "voting", "count", "Count the ballots" },
			{ "counted", "verify", "Verify turnout" },
			{ "verified", "announce", "Announce the result" },
		};

		for (i = 0; i < 3; i++) {
			if (strcmp(st, acts[i][0]) != 0 &&
			    !(i == 2 && strcmp(st, "counted") == 0))
				continue;
			html_fmt(h, "<form method=\"post\" action=\"/elections/"
			    "%lld/manage/%s\" novalidate>\n", (long long)e->id,
			    acts[i][1]);
			page_csrf(r);
			html_fmt(h, "<button type=\"submit\" class=\"govuk-"
			    "button%s\" data-module=\"govuk-button\">%s</button>"
			    "\n</form>\n", i == 2 ? "" :
			    " govuk-button--secondary", acts[i][2]);
		}
	}
	page_end(r);
}

int
web_election(struct req *r, int64_t id, struct election_view *e)
{
	struct viewer v;

	viewer_of_who(&v, &r->who);
	return id > 0 ? core_election_get(r->c, &v, id, e) : CORE_ENOTFOUND;
}

/* The route's election in e, or 0 with "no such election" answered. */
static int
election_found(struct req *r, struct election_view *e)
{
	if (web_election(r, web_int(r, "id"), e) == CORE_OK)
		return 1;
	page_error(r, 404, "Page not found", "There is no such election.");
	return 0;
}

void
page_election_manage(struct req *r)
{
	struct election_view	 e;

	if (!election_found(r, &e))
		return;
	election_manage(r, &e, NULL, NULL);
	election_view_free(&e);
}

void
election_manage_form(struct req *r, const char *field, const char *err)
{
	struct election_view	e;

	page_hold(r, &field, &err);
	if (!election_found(r, &e))
		return;
	election_manage(r, &e, field, err);
	election_view_free(&e);
}

/*
 * One step of running an election, its own route: core's answer, or
 * ELECTION_ANSWERED when the step wrote the page itself (its fields
 * at fault).
 */
#define ELECTION_ANSWERED (-1000)
typedef int election_step(struct req *, const struct election_view *);

static void
election_act(struct req *r, const char *done, election_step *step)
{
	struct election_view	 e;
	int64_t			 id = web_int(r, "id");
	int			 rc;

	if (!election_found(r, &e))
		return;
	if ((rc = step(r, &e)) != ELECTION_ANSWERED)
		page_answer(r, rc, election_manage_form, "/elections/%lld/"
		    "manage?done=%s", (long long)id, done);
	election_view_free(&e);
}

static int
election_ballot(struct req *r, const struct election_view *e)
{
	char opens[32], closes[32];

	if (moments(r, "", "voting", opens, closes) != 0) {
		r->status = 400;
		election_manage(r, e, NULL, NULL);
		return ELECTION_ANSWERED;
	}
	return core_election_ballot(r->c, e->e.id, opens, closes);
}

static int
election_count(struct req *r, const struct election_view *e)
{
	struct election_result	res = { 0 };
	int			rc;

	rc = core_election_count(r->c, e->e.id, &res);
	election_result_free(&res);
	return rc;
}

static int
election_verify(struct req *r, const struct election_view *e)
{
	struct election_check	k = { 0 };
	int			rc;

	rc = core_election_verify(r->c, e->e.id, &k);
	election_check_free(&k);
	return rc;
}

static int
election_announce(struct req *r, const struct election_view *e)
{
	return core_election_announce(r->c, e->e.id);
}

/* Each step its own route (routes.c). */
#define ELECTION_STEP(step) \
	void page_election_##step(struct req *r) \
	{ election_act(r, #step, election_##step); }
ELECTION_STEP(ballot)
ELECTION_STEP(count)
ELECTION_STEP(verify)
ELECTION_STEP(announce)

/* SA-9.3, SA-E1: a member nominates a person of their organisation
 * (themselves by default) while nominations are open. */
static void
nominate_render(struct req *r, const struct rec_election *e,
    const char *field, const char *err)
{
	char when[WHEN_LEN], action[96];

	page_begin(r, err != NULL ? "Error: Nominate" : "Nominate");
	if (err != NULL)
		page_error_summary(r, field, err);
	html_fmt(&r->body, "<span class=\"govuk-caption-l\">%s</span>\n<h1 "
	    "class=\"govuk-heading-l\">Stand for %s</h1>\n<p class=\"govuk-body"
	    "\">Nominations close on %s. Every part of the nomination is "
	    "needed.</p>\n", WEB_S(e->group_name), WEB_S(e->office),
	    (render_when(WEB_S(e->nominations_close), when, sizeof(when)),
	    when));
	snprintf(action, sizeof(action), "/elections/%lld/nominate",
	    (long long)e->id);
	page_form(r, action, "Your nomination", nominate_form,
	    "Send the nomination", field, err);
	page_end(r);
}

void
nomination_form(struct req *r, const char *field, const char *err)
{
	struct election_view	e;

	page_hold(r, &field, &err);
	if (!election_found(r, &e))
		return;
	nominate_render(r, &e.e, field, err);
	election_view_free(&e);
}

void
page_nominate(struct req *r)
{
	struct election_view	e;
	int64_t			id = web_int(r, "id");

	if (web_election(r, id, &e) != CORE_OK) {
		page_error(r, 404, "Nominations are not open", "There is no "
		    "election taking nominations here.");
		return;
	}
	if (e.e.status != ELECTION_NOMINATIONS)
		page_error(r, 404, "Nominations are not open", "There is no "
		    "election taking nominations here.");
	else
		nominate_render(r, &e.e, NULL, NULL);
	election_view_free(&e);
}

void
page_nominate_post(struct req *r)
{
	struct nomination_in	 in;
	struct election_view	 e;
	char			 person[32], to[96];
	int64_t			 id = web_int(r, "id");
	int			 rc;

	if (!election_found(r, &e))
		return;
	snprintf(person, sizeof(person), "%lld", (long long)r->who.person);
	memset(&in, 0, sizeof(in));
	in.person = person;
	in.details = web_form(r, "details");
	in.why = web_form(r, "why");
	in.skills = web_form(r, "skills");
	in.interests = web_form(r, "interests");
	in.guidance = web_form(r, "guidance") != NULL;
	if ((rc = core_election_nominate(r->c, id, &in)) != CORE_OK) {
		if (rc == CORE_EINVAL || rc == CORE_EEXIST) {
			/* rules name the part missing in words; the form
			 * names its fields. */
			static const char *const parts[][2] = {
				{ "nominee details", "details" },
				{ "why they want the role", "why" },
				{ "skills, knowledge and experience", "skills" },
				{ "declarations of interest", "interests" },
				{ "declaration to abide by the Representative "
				    "Guidance", "guidance" },
			};
			const char	*f = r->c->field;
			size_t		 k;

			for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++)
				if (strcmp(f, parts[k][0]) == 0)
					f = parts[k][1];
			r->status = 400;
			nominate_render(r, &e.e, f, r->c->err);
		} else
			page_core_error(r, rc);
		election_view_free(&e);
		return;
	}
	election_view_free(&e);
	snprintf(to, sizeof(to), "/me?done=nominated");
	web_redirect(r, to);
}
