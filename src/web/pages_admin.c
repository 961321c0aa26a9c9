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

#include "web.h"

static const char *const offices[] = { "chair", "Chair", "vice-chair",
    "Vice-chair", "representative", "Representative", NULL };
static const char *const changes[] = { "suspended", "Suspend",
    "active", "Reinstate", "terminated", "Terminate", NULL };

static const struct form_field poll_form[] = {
	{ "poll-text", "The question", "Members vote for, against or "
	    "abstain", FIELD_TEXTAREA, NULL, 0 },
	{ "poll-opens", "Opens", "Date and time", FIELD_STAMP, NULL, 0 },
	{ "poll-closes", "Closes", "Date and time", FIELD_STAMP, NULL, 0 },
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
	{ "opens", "Ballot opens", "Date and time", FIELD_STAMP, NULL, 0 },
	{ "closes", "Ballot closes", "Date and time", FIELD_STAMP, NULL, 0 },
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
group_chair_forms(struct req *r, json_t *g, json_t *members,
    const char *field, const char *err)
{
	struct html	*h = &r->body;
	struct rec_motion_list mo = { NULL, 0 };
	struct viewer	 who;
	json_t		*el = NULL, *d;
	const char	**orgs;
	char		 action[160];
	size_t		 i, n = 0;

	/* Polls open or to count, and elections under way. */
	viewer_of_who(&who, &r->who);
	if (core_motion_list(r->c, &who, web_str(g, "slug"), &mo) == CORE_OK) {
		int any = 0;

		for (i = 0; i < mo.n; i++) {
			if (mo.v[i].method != METHOD_POLL ||
			    mo.v[i].status != MOTION_OPEN)
				continue;
			if (!any++)
				html_raw(h, "<h2 class=\"govuk-heading-m\">Open "
				    "polls</h2>\n");
			html_fmt(h, "<form method=\"post\" action=\"/polls/"
			    "%lld/close\" novalidate>\n<p class=\"govuk-body\">"
			    "%s</p>\n", (long long)mo.v[i].id, mo.v[i].body);
			page_csrf(r);
			html_raw(h, "<button type=\"submit\" class=\"govuk-"
			    "button govuk-button--secondary\" data-module=\""
			    "govuk-button\">Close and count</button>\n</form>\n");
		}
	}
	if (core_election_list(r->c, &el) == CORE_OK) {
		int any = 0;

		json_array_foreach(el, i, d) {
			if (strcmp(web_str(d, "grp"), web_str(g, "slug")) != 0 ||
			    strcmp(web_str(d, "status"), "announced") == 0)
				continue;
			if (!any++)
				html_raw(h, "<h2 class=\"govuk-heading-m\">"
				    "Elections</h2>\n<ul class=\"govuk-list\">\n");
			html_fmt(h, "<li><a class=\"govuk-link\" href=\"/"
			    "elections/%lld/manage\">Election of %s%s%s (round "
			    "%lld)</a> - %s</li>\n", web_num(d, "id"), web_str(d,
			    "office"), web_str(d, "position")[0] ? ": " : "",
			    web_str(d, "position"), web_num(d, "round"), web_str(d,
			    "status"));
		}
		if (any)
			html_raw(h, "</ul>\n");
	}
	snprintf(action, sizeof(action), "/groups/%s/polls", web_str(g, "slug"));
	page_form(r, action, "Open an electronic poll", poll_form,
	    "Open the poll", field, err);
	snprintf(action, sizeof(action), "/groups/%s/elections",
	    web_str(g, "slug"));
	page_form(r, action, "Seek nominations", election_form,
	    "Seek nominations", field, err);
	/* Membership status: the organisations of the group. */
	orgs = calloc(2 * json_array_size(members) + 1, sizeof(*orgs));
	if (orgs != NULL && json_array_size(members) > 0) {
		struct form_field status_form[] = {
			{ "ms-organisation", "Organisation", NULL,
			    FIELD_SELECT, NULL, 0 },
			{ "ms-status", "Change", NULL, FIELD_RADIOS, changes, 0 },
			{ "ms-date", "From", "Leave empty for today",
			    FIELD_DATE, NULL, 0 },
			{ "ms-reason", "Reason", "Recorded with the change, "
			    "and sent in the letter to the organisation",
			    FIELD_TEXTAREA, NULL, 0 },
			{ NULL, NULL, NULL, 0, NULL, 0 },
		};

		json_array_foreach(members, i, d) {
			orgs[n++] = web_str(d, "organisation");
			orgs[n++] = web_str(d, "organisation");
		}
		status_form[0].choices = orgs;
		snprintf(action, sizeof(action), "/groups/%s/membership",
		    web_str(g, "slug"));
		page_form(r, action, "Suspend, reinstate or terminate a "
		    "membership", status_form, "Record the change", field,
		    err);
	}
	free(orgs);
	rec_motion_list_free(&mo);
	json_decref(el);
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

/* 1 when the signed-in person may run group (slug); else a 403 page. */
static int
may_chair(struct req *r, const char *slug, json_t **g)
{
	int rc;

	if ((rc = core_group_find(r->c, slug, g)) != CORE_OK) {
		page_core_error(r, rc);
		return 0;
	}
	if (r->who.officer || core_chairs(r->c, &r->who, web_num(*g, "id")))
		return 1;
	page_error(r, 403, "Only the chair can do that", "This is for the "
	    "group's chair and vice-chair, and officers.");
	return 0;
}

void
page_group_action(struct req *r)
{
	const char	*act = r->op;
	json_t		*g = NULL;
	int64_t		 id = 0;
	char		 date[32];
	int		 rc;

	if (!may_chair(r, r->arg[0], &g))
		goto out;
	if (strcmp(act, "polls") == 0) {
		rc = core_poll_open(r->c, r->arg[0], web_field(r,
		    "poll-text"), web_field(r, "poll-opens"), web_field(r,
		    "poll-closes"), &id);
		group_done(r, rc, "poll", "poll-");
	} else if (strcmp(act, "elections") == 0) {
		struct election_in in;

		page_date_value(r, "el-closes", date);
		memset(&in, 0, sizeof(in));
		in.group = r->arg[0];
		in.office = web_field(r, "el-office");
		in.position = web_field(r, "el-position");
		if (in.position != NULL && *in.position == '\0')
			in.position = NULL;
		in.closes = date;
		in.reason = web_field(r, "el-reason");
		if (in.reason != NULL && *in.reason == '\0')
			in.reason = NULL;
		rc = core_election_open(r->c, &in, &id);
		group_done(r, rc, "nominations", "el-");
	} else if (strcmp(act, "membership") == 0) {
		char back[200];

		/* Terminating is among the most dangerous actions. */
		snprintf(back, sizeof(back), "/groups/%s", r->arg[0]);
		if (web_field(r, "ms-status") != NULL && strcmp(web_field(r,
		    "ms-status"), "terminated") == 0 && !page_fresh(r, back))
			goto out;
		page_date_value(r, "ms-date", date);
		rc = core_member_status(r->c, r->arg[0], web_field(r,
		    "ms-organisation"), web_field(r, "ms-status"), date[0] ?
		    date : NULL, web_field(r, "ms-reason"));
		group_done(r, rc, "membership", "ms-");
	} else
		page_error(r, 404, "Page not found", "There is no such action.");
out:
	json_decref(g);
}

/* SA-8.4: the chair closes and counts a poll after its closing time. */
void
page_poll_close(struct req *r)
{
	struct motion_view	 mo;
	struct motion_result	 res;
	struct viewer		 who;
	json_t			*g = NULL;
	char			 to[160];
	int64_t			 id = web_int(r, "id");
	int			 rc;

	viewer_of_who(&who, &r->who);
	if (id <= 0 || core_motion_get(r->c, &who, id, &mo) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such poll.");
		return;
	}
	if (!may_chair(r, mo.mo.grp, &g))
		goto out;
	if ((rc = core_motion_close(r->c, id, &res)) != CORE_OK) {
		page_error(r, rc == CORE_EINVAL ? 409 : 503, "The poll cannot "
		    "be counted yet", r->c->err);
		goto out;
	}
	snprintf(to, sizeof(to), "/groups/%s?done=counted", mo.mo.grp);
	web_redirect(r, to);
out:
	motion_view_free(&mo);
	json_decref(g);
}

static void
election_manage(struct req *r, json_t *e, const char *field, const char *err)
{
	char		 when[WHEN_LEN];
	struct html	*h = &r->body;
	json_t		*n, *res, *c;
	char		 action[96];
	const char	*st = web_str(e, "status");
	size_t		 i;

	page_begin_of(r, err != NULL, "Run the election", web_str(e,
	    "office"));
	page_banner(r);
	if (err != NULL)
		page_error_summary(r, field, err);
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">Election of %s</h1>\n<dl class=\"govuk-summary-"
	    "list\">\n<div class=\"govuk-summary-list__row\"><dt class=\"govuk-"
	    "summary-list__key\">Status</dt><dd class=\"govuk-summary-list__"
	    "value\" id=\"status\">%s</dd></div>\n<div class=\"govuk-summary-"
	    "list__row\"><dt class=\"govuk-summary-list__key\">Round</dt><dd "
	    "class=\"govuk-summary-list__value\">%lld</dd></div>\n<div class=\""
	    "govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">"
	    "Nominations close</dt><dd class=\"govuk-summary-list__value\">%s"
	    "</dd></div>\n<div class=\"govuk-summary-list__row\"><dt class=\""
	    "govuk-summary-list__key\">Ballots cast</dt><dd class=\"govuk-"
	    "summary-list__value\">%lld</dd></div>\n</dl>\n", web_str(e,
	    "group_name"), web_str(e, "office"), st, web_num(e, "round"),
	    web_when(e, "nominations_close", when), web_num(e, "turnout"));
	html_raw(h, "<h2 class=\"govuk-heading-m\">Nominations</h2>\n<ul class"
	    "=\"govuk-list\">\n");
	json_array_foreach(json_object_get(e, "nominations"), i, n)
		html_fmt(h, "<li>%s (%s)</li>\n", web_str(n, "person"),
		    web_str(n, "organisation"));
	html_raw(h, "</ul>\n");
	res = json_object_get(e, "result");
	if (json_is_object(res)) {
		html_raw(h, "<h2 class=\"govuk-heading-m\">Result</h2>\n<ul "
		    "class=\"govuk-list\">\n");
		json_array_foreach(json_object_get(res, "counts"), i, c)
			html_fmt(h, "<li>%s: %lld</li>\n", web_str(c, "candidate"),
			    web_num(c, "votes"));
		html_raw(h, "</ul>\n");
	}
	snprintf(action, sizeof(action), "/elections/%lld/manage/ballot",
	    web_num(e, "id"));
	if (strcmp(st, "nominations") == 0)
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
			    "%lld/manage/%s\" novalidate>\n", web_num(e, "id"),
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

void
page_election_manage(struct req *r)
{
	json_t	*e = NULL, *g = NULL;
	int64_t	 id = web_int(r, "id");

	if (id <= 0 || core_election_get(r->c, id, &e) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such "
		    "election.");
		return;
	}
	if (may_chair(r, web_str(e, "grp"), &g))
		election_manage(r, e, NULL, NULL);
	json_decref(e);
	json_decref(g);
}

void
page_election_manage_post(struct req *r)
{
	json_t		*e = NULL, *g = NULL, *out = NULL;
	const char	*act = r->op;
	char		 to[96];
	int64_t		 id = web_int(r, "id");
	int		 rc;

	if (id <= 0 || core_election_get(r->c, id, &e) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such "
		    "election.");
		return;
	}
	if (!may_chair(r, web_str(e, "grp"), &g))
		goto out;
	if (strcmp(act, "ballot") == 0)
		rc = core_election_ballot(r->c, id, web_field(r, "opens"),
		    web_field(r, "closes"));
	else if (strcmp(act, "count") == 0)
		rc = core_election_count(r->c, id, &out);
	else if (strcmp(act, "verify") == 0)
		rc = core_election_verify(r->c, id, &out);
	else if (strcmp(act, "announce") == 0)
		rc = core_election_announce(r->c, id);
	else {
		page_error(r, 404, "Page not found", "There is no such action.");
		goto out;
	}
	if (rc != CORE_OK) {
		if (rc == CORE_EINVAL) {
			r->status = 400;
			election_manage(r, e, r->c->field, r->c->err);
		} else
			page_core_error(r, rc);
		goto out;
	}
	snprintf(to, sizeof(to), "/elections/%lld/manage?done=%s",
	    (long long)id, act);
	web_redirect(r, to);
out:
	json_decref(e);
	json_decref(g);
	json_decref(out);
}

/* SA-9.3, SA-E1: a member nominates a person of their organisation
 * (themselves by default) while nominations are open. */
static void
nominate_render(struct req *r, json_t *e, const char *field, const char *err)
{
	char		 when[WHEN_LEN];
	char action[96];

	page_begin(r, err != NULL ? "Error: Nominate" : "Nominate");
	if (err != NULL)
		page_error_summary(r, field, err);
	html_fmt(&r->body, "<span class=\"govuk-caption-l\">%s</span>\n<h1 "
	    "class=\"govuk-heading-l\">Stand for %s</h1>\n<p class=\"govuk-body"
	    "\">Nominations close on %s. Every part of the nomination is "
	    "needed.</p>\n", web_str(e, "group_name"), web_str(e, "office"),
	    web_when(e, "nominations_close", when));
	snprintf(action, sizeof(action), "/elections/%lld/nominate",
	    web_num(e, "id"));
	page_form(r, action, "Your nomination", nominate_form,
	    "Send the nomination", field, err);
	page_end(r);
}

void
page_nominate(struct req *r)
{
	json_t	*e = NULL;
	int64_t	 id = web_int(r, "id");

	if (id <= 0 || core_election_get(r->c, id, &e) != CORE_OK ||
	    strcmp(web_str(e, "status"), "nominations") != 0) {
		page_error(r, 404, "Nominations are not open", "There is no "
		    "election taking nominations here.");
		json_decref(e);
		return;
	}
	nominate_render(r, e, NULL, NULL);
	json_decref(e);
}

void
page_nominate_post(struct req *r)
{
	struct nomination_in	 in;
	json_t			*e = NULL;
	char			 person[32], to[96];
	int64_t			 id = web_int(r, "id");
	int			 rc;

	if (id <= 0 || core_election_get(r->c, id, &e) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such "
		    "election.");
		return;
	}
	snprintf(person, sizeof(person), "%lld", (long long)r->who.person);
	memset(&in, 0, sizeof(in));
	in.person = person;
	in.details = web_field(r, "details");
	in.why = web_field(r, "why");
	in.skills = web_field(r, "skills");
	in.interests = web_field(r, "interests");
	in.guidance = web_field(r, "guidance") != NULL;
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
			nominate_render(r, e, f, r->c->err);
		} else
			page_core_error(r, rc);
		json_decref(e);
		return;
	}
	json_decref(e);
	snprintf(to, sizeof(to), "/me?done=nominated");
	web_redirect(r, to);
}
