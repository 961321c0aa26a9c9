/*
 * pages_chair: running a meeting in the browser, from the agenda to the
 * published notes, for its group's chair (or an officer); and the two
 * things a member does on a meeting page: send apologies and ask for an
 * agenda item.  Every form calls the core function the command line
 * calls; a refusal shows the page again with the error summary.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* Opens a form posting to /meetings/ID/action. */
static void
form_open(struct req *r, const struct rec_meeting *m, const char *action,
    const char *title)
{
	html_fmt(&r->body, "<h2 class=\"govuk-heading-m\">%s</h2>\n<form "
	    "method=\"post\" action=\"/meetings/%lld/%s\" novalidate>\n", title,
	    (long long)m->id, action);
	page_csrf(r);
}

static void
button(struct req *r, const char *label, int secondary)
{
	html_fmt(&r->body, "<button type=\"submit\" class=\"govuk-button%s\" "
	    "data-module=\"govuk-button\">%s</button>\n</form>\n", secondary ?
	    " govuk-button--secondary" : "", label);
}

/* The agenda as the viewer sees it (core_meeting_get: no VCSE-only
 * item for an associate, SA-3.1-assoc), as a select of item numbers. */
static void
item_select(struct req *r, const struct meeting_view *v, const char *id)
{
	size_t i;

	html_fmt(&r->body, "<div class=\"govuk-form-group\"><label class=\""
	    "govuk-label govuk-label--s\" for=\"%s\">On item</label><select "
	    "class=\"govuk-select\" id=\"%s\" name=\"%s\">\n", id, id, id);
	for (i = 0; i < v->agenda.n; i++)
		html_fmt(&r->body, "<option value=\"%d\">%d. %s</option>\n",
		    v->agenda.v[i].pos, v->agenda.v[i].pos,
		    v->agenda.v[i].title);
	html_raw(&r->body, "</select></div>\n");
}

/* SA-11.2: a member declares its interest in an item. */
static void
item_select_form(struct req *r, const struct meeting_view *v,
    const char *action, const char *title, const char *field,
    const char *err)
{
	form_open(r, &v->m, action, title);
	item_select(r, v, "interest-item");
	page_input(r, "nature", "What the interest is", "For example, the "
	    "organisation is the bidder", web_field(r, "nature"), "text",
	    field, err);
	button(r, "Declare the interest", 1);
}

/* SA-10.2, SA-6.3: what a member organisation's person may do. */
void
meeting_member_forms(struct req *r, const struct meeting_view *v,
    const char *field, const char *err)
{
	const struct rec_meeting *m = &v->m;

	if (m->status == MEETING_CANCELLED)
		return;
	if (m->circulated == NULL) {
		form_open(r, m, "request", "Ask for an agenda item");
		page_input(r, "request-title", "What your organisation wants "
		    "discussed", "Members may ask for items until the agenda "
		    "is circulated", web_field(r, "request-title"), "text",
		    field, err);
		button(r, "Ask for the item", 1);
	}
	/* SA-11.2: on the items of the agenda as circulated. */
	if (v->agenda.n > 0)
		item_select_form(r, v, "interest", "Declare an interest",
		    field, err);
	form_open(r, m, "apologies", "Cannot attend?");
	html_fmt(&r->body, "<p class=\"govuk-body\">Send apologies for %s.</p>"
	    "\n", r->who.org_name);
	button(r, "Send apologies", 1);
}

static void
radios(struct req *r, const char *name, const char *legend,
    const char *const *values, const char *const *labels, const char *pick)
{
	size_t i;

	html_fmt(&r->body, "<div class=\"govuk-form-group\">\n<fieldset class=\""
	    "govuk-fieldset\">\n<legend class=\"govuk-fieldset__legend govuk-"
	    "fieldset__legend--s\">%s</legend>\n<div class=\"govuk-radios "
	    "govuk-radios--small govuk-radios--inline\" data-module=\"govuk-"
	    "radios\">\n", legend);
	for (i = 0; values[i] != NULL; i++)
		html_fmt(&r->body, "<div class=\"govuk-radios__item\"><input "
		    "class=\"govuk-radios__input\" id=\"%s%s%s\" name=\"%s\" "
		    "type=\"radio\" value=\"%s\"%s><label class=\"govuk-label "
		    "govuk-radios__label\" for=\"%s%s%s\">%s</label></div>\n",
		    name, i ? "-" : "", i ? values[i] : "", name, values[i],
		    pick != NULL && strcmp(pick, values[i]) == 0 ? " checked" :
		    "", name, i ? "-" : "", i ? values[i] : "", labels[i]);
	html_raw(&r->body, "</div>\n</fieldset>\n</div>\n");
}

/* SA-6.4, SA-10.2: the agenda builder, and circulating it. */
static void
chair_agenda(struct req *r, const struct meeting_view *v, const char *field,
    const char *err)
{
	const struct rec_meeting	*m = &v->m;
	struct html			*h = &r->body;
	const struct rec_item		*it;
	char				 when[WHEN_LEN];
	size_t				 i;

	html_raw(h, "<h2 class=\"govuk-heading-m\">Agenda</h2>\n<ol class=\""
	    "govuk-list govuk-list--number\">\n");
	for (i = 0; i < v->agenda.n; i++) {
		it = &v->agenda.v[i];
		html_fmt(h, "<li>%s", it->title);
		if (it->mandatory)
			html_raw(h, " <strong class=\"govuk-tag govuk-tag--grey"
			    "\">Required</strong>");
		if (it->vcse_only)
			html_raw(h, " <strong class=\"govuk-tag govuk-tag--"
			    "purple\">VCSE only</strong>");
		if (it->requested_by != NULL && *it->requested_by != '\0')
			html_fmt(h, " (asked for by %s)", it->requested_by);
		html_raw(h, "</li>\n");
	}
	html_raw(h, "</ol>\n");
	if (m->circulated != NULL) {
		html_fmt(h, "<p class=\"govuk-body\">Circulated on %s.</p>\n",
		    m->circulated);
		return;
	}
	form_open(r, m, "agenda", "Add an item");
	page_input(r, "title", "Item", NULL, web_field(r, "title"), "text",
	    field, err);
	html_fmt(h, "<div class=\"govuk-form-group\"><div class=\"govuk-"
	    "checkboxes govuk-checkboxes--small\" data-module=\"govuk-"
	    "checkboxes\"><div class=\"govuk-checkboxes__item\"><input class=\""
	    "govuk-checkboxes__input\" id=\"vcse-only\" name=\"vcse-only\" "
	    "type=\"checkbox\" value=\"yes\"%s><label class=\"govuk-label "
	    "govuk-checkboxes__label\" for=\"vcse-only\">For VCSE members only "
	    "(hidden from associates)</label></div></div></div>\n",
	    web_field(r, "vcse-only") ? " checked" : "");
	button(r, "Add the item", 1);
	form_open(r, m, "circulate", "Circulate the agenda");
	html_fmt(h, "<p class=\"govuk-body\">The agenda goes to every member by "
	    "email, with the calendar invitation.");
	/* Where the agreement sets a notice (SA-10.2). */
	if (m->agenda_due != NULL)
		html_fmt(h, " It is due by %s.", web_when_of(m->agenda_due, NULL,
		    when));
	html_fmt(h, "</p>\n");
	button(r, "Circulate the agenda", 0);
}

/* SA-11.2: interests declared at the meeting, and recording one. */
static void
chair_interests(struct req *r, const struct meeting_view *v,
    const struct rec_membership_list *members, const char *field,
    const char *err)
{
	struct html	*h = &r->body;
	size_t		 i;

	if (v->interests.n > 0) {
		html_raw(h, "<h3 class=\"govuk-heading-s\">Interests declared"
		    "</h3>\n<ul class=\"govuk-list\">\n");
		for (i = 0; i < v->interests.n; i++)
			html_fmt(h, "<li>Item %d: %s (%s)</li>\n",
			    v->interests.v[i].item,
			    v->interests.v[i].organisation,
			    v->interests.v[i].nature);
		html_raw(h, "</ul>\n");
	}
	if (members->n == 0)
		return;
	form_open(r, &v->m, "interest", "Record an interest");
	item_select(r, v, "interest-item");
	html_raw(h, "<div class=\"govuk-form-group\"><label class=\"govuk-label "
	    "govuk-label--s\" for=\"interest-org\">Organisation</label><select "
	    "class=\"govuk-select\" id=\"interest-org\" name=\"interest-org\">"
	    "\n");
	for (i = 0; i < members->n; i++)
		html_fmt(h, "<option value=\"%lld\">%s</option>\n",
		    (long long)members->v[i].org_id,
		    members->v[i].organisation);
	html_raw(h, "</select></div>\n");
	page_input(r, "nature", "What the interest is", NULL, web_field(r,
	    "nature"), "text", field, err);
	button(r, "Record the interest", 1);
}

/* SA-8.2, SA-8.3: an open vote's form, one vote per organisation, and
 * closing it. */
static void
chair_vote_form(struct req *r, const struct meeting_view *v,
    const struct rec_motion *d)
{
	static const char *const ch_v[] = { "for", "against", "abstain",
	    NULL };
	static const char *const ch_l[] = { "For", "Against", "Abstain",
	    NULL };
	struct html	*h = &r->body;
	size_t		 k;

	html_fmt(h, "<h3 class=\"govuk-heading-s\">Votes on: %s</h3>\n",
	    d->body);
	html_fmt(h, "<form method=\"post\" action=\"/meetings/%lld/vote\" "
	    "novalidate>\n<input type=\"hidden\" name=\"motion\" value=\"%lld\">"
	    "\n", (long long)v->m.id, (long long)d->id);
	page_csrf(r);
	html_raw(h, "<div class=\"govuk-form-group\"><label class=\"govuk-label "
	    "govuk-label--s\" for=\"voter\">Organisation voting</label><select "
	    "class=\"govuk-select\" id=\"voter\" name=\"voter\">\n");
	for (k = 0; k < v->attendance.n; k++)
		html_fmt(h, "<option value=\"%lld\">%s</option>\n",
		    (long long)v->attendance.v[k].organisation_id,
		    v->attendance.v[k].organisation);
	html_raw(h, "</select></div>\n");
	radios(r, "choice", "Its vote", ch_v, ch_l, "for");
	button(r, "Record the vote", 1);
	html_fmt(h, "<form method=\"post\" action=\"/meetings/%lld/close-vote\" "
	    "novalidate>\n<input type=\"hidden\" name=\"motion\" value=\"%lld\">"
	    "\n", (long long)v->m.id, (long long)d->id);
	page_csrf(r);
	button(r, "Close the vote and count", 0);
}

/* SA-8.1, SA-8.2: decisions by consensus, motions put to the vote, the
 * meeting's decisions and its open votes. */
static void
chair_decisions(struct req *r, const struct meeting_view *v,
    const struct viewer *who, const char *field, const char *err)
{
	struct html		*h = &r->body;
	struct rec_motion_list	 mo = { NULL, 0 };
	const struct rec_motion	*d;
	size_t			 i;
	int			 any = 0;

	form_open(r, &v->m, "decide", "Record a decision by consensus");
	item_select(r, v, "item");
	page_textarea(r, "decision", "Decision", NULL, web_field(r,
	    "decision"), field, err);
	button(r, "Record the decision", 1);
	form_open(r, &v->m, "propose", "Put a motion to the vote");
	item_select(r, v, "motion-item");
	page_textarea(r, "motion", "Motion", "Refused unless the meeting is "
	    "quorate", web_field(r, "motion"), field, err);
	button(r, "Put to the vote", 1);
	if (core_motion_list(r->c, who, v->m.grp, &mo) != CORE_OK)
		return;
	for (i = 0; i < mo.n; i++) {
		d = &mo.v[i];
		if (d->meeting_id != v->m.id)
			continue;
		if (!any++)
			html_raw(h, "<h3 class=\"govuk-heading-s\">Decisions"
			    "</h3>\n<ul class=\"govuk-list govuk-list--bullet"
			    "\">\n");
		html_fmt(h, "<li>%s (%s)</li>\n", d->body, d->outcome != NULL &&
		    d->outcome[0] ? d->outcome : motion_status_names[d->status]);
	}
	if (any)
		html_raw(h, "</ul>\n");
	for (i = 0; i < mo.n; i++)
		if (mo.v[i].meeting_id == v->m.id && mo.v[i].method ==
		    METHOD_VOTE && mo.v[i].status == MOTION_OPEN)
			chair_vote_form(r, v, &mo.v[i]);
	rec_motion_list_free(&mo);
}

/* SA-10.3, SA-11.1: the notes, then publishing them. */
static void
chair_notes(struct req *r, const struct meeting_view *v, const char *field,
    const char *err)
{
	static const char *const vis_v[] = { "members", "public", NULL };
	static const char *const vis_l[] = { "Members only", "The public",
	    NULL };
	const struct rec_meeting	*m = &v->m;
	struct html			*h = &r->body;
	char				 when[WHEN_LEN];
	const char			*typed = web_field(r, "notes");

	form_open(r, m, "notes", "Notes");
	page_textarea(r, "notes", "Notes of the meeting", "Markdown is not "
	    "needed: write plain paragraphs", typed != NULL ? typed :
	    m->notes != NULL ? m->notes : "", field, err);
	button(r, "Save the notes", 1);
	if (m->notes_published != NULL)
		return;
	if (strcmp(r->c->today, m->day) < 0)
		html_fmt(h, "<p class=\"govuk-body\">The notes can be published "
		    "once the meeting has taken place, on %s.</p>\n",
		    web_when_of(m->day, NULL, when));
	else if (m->notes != NULL && *m->notes != '\0') {
		form_open(r, m, "publish", "Publish the notes");
		html_fmt(h, "<p class=\"govuk-body\">");
		/* Where the agreement sets a deadline (SA-10.3). */
		if (m->notes_due != NULL)
			html_fmt(h, "Notes are due by %s. ", web_when_of(
			    m->notes_due, NULL, when));
		html_fmt(h, "Publishing sends them to every member.</p>\n");
		radios(r, "visibility", "Who may read them", vis_v, vis_l,
		    "members");
		button(r, "Publish the notes", 0);
	}
}

void
meeting_chair_forms(struct req *r, const struct meeting_view *v,
    const char *field, const char *err)
{
	struct rec_membership_list	 members = { NULL, 0 };
	struct viewer			 who;

	if (v->m.status == MEETING_CANCELLED)
		return;
	html_raw(&r->body, "<hr class=\"govuk-section-break govuk-section-"
	    "break--l govuk-section-break--visible\">\n<h2 class=\"govuk-"
	    "heading-l\">Run the meeting</h2>\n");
	chair_agenda(r, v, field, err);
	/* SA-6.3, SA-8.2: attendance as a register, with the quorum as
	 * it stands (pages_register.c). */
	viewer_of_who(&who, &r->who);
	if (core_member_list(r->c, &who, v->m.grp, &members) != CORE_OK)
		members.n = 0;
	meeting_register(r, v, &members, field, err);
	chair_interests(r, v, &members, field, err);
	chair_decisions(r, v, &who, field, err);
	chair_notes(r, v, field, err);
	rec_membership_list_free(&members);
}

/*
 * A meeting's action (each a route of its own, route.c): core decides
 * whether the visitor may take it (meeting_who.c) and takes it; the
 * page shows core's answer: the meeting again with ?done= (page.c's
 * banners), its page with the field at fault, or the refusal.
 */

/* The title of a refusal, by what core refused (core_meeting.h). */
static const char *
refused_title(const char *field)
{
	if (strcmp(field, "member") == 0)
		return "Only the group's members can do that";
	if (strcmp(field, "item") == 0)
		return "That item is not on your agenda";
	return "Only the chair can do that";
}

static void
act_end(struct req *r, int rc, const char *done)
{
	if (rc == CORE_ENOTFOUND && strcmp(r->c->field, "meeting") == 0)
		page_error(r, 404, "Page not found", "There is no such "
		    "meeting.");
	else if (rc == CORE_ENOTFOUND && strcmp(r->c->field, "motion") == 0)
		page_error(r, 404, "No such vote", r->c->err);
	else if (rc == CORE_EPERM)
		page_error(r, 403, refused_title(r->c->field), r->c->err);
	else
		page_answer(r, rc, meeting_render, "/meetings/%lld?done=%s",
		    (long long)web_int(r, "id"), done);
}

/* Core names a field by its own name; the form by the form's. */
static int
as_field(struct core *c, int rc, const char *core_name, const char *form)
{
	if (rc == CORE_EINVAL && (core_name == NULL || strcmp(c->field,
	    core_name) == 0))
		snprintf(c->field, sizeof(c->field), "%s", form);
	return rc;
}

/* SA-6.3: apologies from the visitor's organisation. */
void
page_meeting_apologies(struct req *r)
{
	struct viewer who;

	viewer_of_who(&who, &r->who);
	act_end(r, core_meeting_apologies(r->c, &who, web_int(r, "id"),
	    r->who.name), "apologies");
}

/* SA-10.2: a member asks for an agenda item. */
void
page_meeting_request(struct req *r)
{
	struct viewer who;

	viewer_of_who(&who, &r->who);
	act_end(r, as_field(r->c, core_agenda_request(r->c, &who, web_int(r,
	    "id"), web_form(r, "request-title")), "title", "request-title"),
	    "request");
}

/*
 * SA-11.2: an interest in an item: the chair's form names the member
 * organisation (interest-org); a member's form declares its own, by
 * the person signed in.
 */
void
page_meeting_interest(struct req *r)
{
	struct viewer	 who;
	const char	*org = web_form(r, "interest-org");

	viewer_of_who(&who, &r->who);
	act_end(r, core_meeting_interest(r->c, &who, web_int(r, "id"),
	    (int)web_int(r, "interest-item"), org, org == NULL ? r->who.name :
	    NULL, web_form(r, "nature")), "interest");
}

/* SA-6.4, SA-10.2: the chair adds an item. */
void
page_meeting_agenda(struct req *r)
{
	struct viewer who;

	viewer_of_who(&who, &r->who);
	act_end(r, core_agenda_add(r->c, &who, web_int(r, "id"), web_form(r,
	    "title"), web_form(r, "vcse-only") != NULL, NULL, NULL), "agenda");
}

/*
 * SA-10.2, SA-11.1: the meeting's papers go out: the agenda to every
 * member, or the notes (publish) to members or the public.  The flags
 * either raises are listed on the officers' tasks page, not here.
 */
static void
papers_out(struct req *r, int publish)
{
	struct check_flag_list	 lines;
	struct viewer		 who;
	int64_t			 id = web_int(r, "id");

	viewer_of_who(&who, &r->who);
	if (publish)
		act_end(r, core_meeting_publish(r->c, &who, id, NULL,
		    web_form(r, "visibility"), &lines), "publish");
	else
		act_end(r, core_meeting_circulate(r->c, &who, id, NULL,
		    &lines), "circulate");
	check_flag_list_free(&lines);
}

/* SA-10.2: the agenda goes to every member. */
void
page_meeting_circulate(struct req *r)
{
	papers_out(r, 0);
}

/* SA-6.3: one organisation's attendance. */
void
page_meeting_attend(struct req *r)
{
	struct viewer who;

	viewer_of_who(&who, &r->who);
	act_end(r, core_meeting_attend(r->c, &who, web_int(r, "id"),
	    web_form(r, "organisation"), web_form(r, "as"), NULL, 0),
	    "attend");
}

/* SA-8.1: a decision by consensus on an item. */
void
page_meeting_decide(struct req *r)
{
	struct viewer	 who;
	int64_t		 did;

	viewer_of_who(&who, &r->who);
	act_end(r, as_field(r->c, core_decide_consensus(r->c, &who, web_int(r,
	    "id"), (int)web_int(r, "item"), web_form(r, "decision"), &did),
	    "text", "decision"), "decide");
}

/* SA-8.2: a motion put to the vote, refused unless quorate. */
void
page_meeting_propose(struct req *r)
{
	struct motion_effect	 fx;
	struct viewer		 who;
	int64_t			 mid;
	int			 rc;

	viewer_of_who(&who, &r->who);
	memset(&fx, 0, sizeof(fx));
	rc = core_motion_propose(r->c, &who, web_int(r, "id"), (int)web_int(r,
	    "motion-item"), web_form(r, "motion"), 0, &fx, &mid);
	if (rc == CORE_EINVAL && (strcmp(r->c->field, "text") == 0 ||
	    strcmp(r->c->field, "quorum") == 0))
		snprintf(r->c->field, sizeof(r->c->field), "motion");
	act_end(r, rc, "propose");
}

/* SA-8.3: one organisation's vote on a motion at the meeting. */
void
page_meeting_vote(struct req *r)
{
	struct viewer who;

	viewer_of_who(&who, &r->who);
	act_end(r, as_field(r->c, core_meeting_vote(r->c, &who, web_int(r,
	    "id"), web_int(r, "motion"), web_form(r, "voter"), web_form(r,
	    "choice")), NULL, "voter"), "vote");
}

/* SA-8.2: the vote closed and counted. */
void
page_meeting_close_vote(struct req *r)
{
	struct motion_result	 counted;
	struct viewer		 who;

	viewer_of_who(&who, &r->who);
	act_end(r, core_meeting_count(r->c, &who, web_int(r, "id"),
	    web_int(r, "motion"), &counted), "close-vote");
}

/* SA-10.3: the notes saved. */
void
page_meeting_notes(struct req *r)
{
	struct viewer who;

	viewer_of_who(&who, &r->who);
	act_end(r, core_meeting_notes(r->c, &who, web_int(r, "id"),
	    web_form(r, "notes")), "notes");
}

/* SA-11.1: the notes published, to members or the public. */
void
page_meeting_publish(struct req *r)
{
	papers_out(r, 1);
}

/* SA-6.2, SA-6.4: the chair schedules a meeting of the group.  Every
 * field at fault is named at once, in the form's own terms. */
void
page_group_schedule(struct req *r)
{
	struct meeting_in	 in;
	struct viewer		 who;
	char			 day[32], starts[6], ends[6], to[64];
	const char		*end = web_form(r, "end");
	int64_t			 id = 0;
	int			 rc;

	/* The router checked the chair (ROLE_CHAIR, GROUP_SLUG), and core
	 * checks it again (SA-7.3). */
	ends[0] = '\0';
	if (page_day_time_check(r, "date", "the date and time the meeting "
	    "starts", day, starts) == 0 && end != NULL && end[strspn(end,
	    " ")] != '\0' && (page_time_parse(end, ends) != 0 ||
	    strcmp(ends, starts) <= 0))
		page_err_add(r, "end", NULL, 0, "Enter the time the meeting "
		    "ends, after it starts, for example 12pm or 12:00");
	if (web_form(r, "place") == NULL || web_form(r, "place")[strspn(
	    web_form(r, "place"), " ")] == '\0')
		page_err_add(r, "place", NULL, 0, "Enter where the meeting is "
		    "held");
	if (r->nerrs > 0) {
		r->status = 400;
		group_render(r, NULL, NULL);
		return;
	}
	memset(&in, 0, sizeof(in));
	in.group = r->arg[0];
	in.day = day;
	in.starts = starts;
	in.ends = ends[0] != '\0' ? ends : NULL;
	in.place = web_form(r, "place");
	viewer_of_who(&who, &r->who);
	if ((rc = core_meeting_schedule(r->c, &who, &in, &id)) == CORE_EPERM) {
		page_error(r, 403, refused_title(r->c->field), r->c->err);
		return;
	}
	if (rc != CORE_OK) {
		r->status = rc == CORE_EINVAL ? 400 : 503;
		group_render(r, r->c->field, r->c->err);
		return;
	}
	snprintf(to, sizeof(to), "/meetings/%lld?done=scheduled",
	    (long long)id);
	web_redirect(r, to);
}
