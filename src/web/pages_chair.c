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

void
meeting_chair_forms(struct req *r, const struct meeting_view *v,
    const char *field, const char *err)
{
	const struct rec_meeting	*m = &v->m;
	char		 when[WHEN_LEN];
	static const char *const vis_v[] = { "members", "public", NULL };
	static const char *const vis_l[] = { "Members only", "The public",
	    NULL };
	struct html			*h = &r->body;
	const struct rec_item		*it;
	struct rec_motion_list		 mo = { NULL, 0 };
	const struct rec_motion		*d;
	struct rec_membership_list	 members = { NULL, 0 };
	struct viewer			 who;
	char				 group[64];
	size_t				 i, k;
	int				 circulated, published;

	if (m->status == MEETING_CANCELLED)
		return;
	circulated = m->circulated != NULL;
	published = m->notes_published != NULL;
	snprintf(group, sizeof(group), "%s", m->grp);
	html_raw(h, "<hr class=\"govuk-section-break govuk-section-break--l "
	    "govuk-section-break--visible\">\n<h2 class=\"govuk-heading-l\">"
	    "Run the meeting</h2>\n");

	/* SA-6.4, SA-10.2: the agenda builder. */
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
	if (!circulated) {
		form_open(r, m, "agenda", "Add an item");
		page_input(r, "title", "Item", NULL, web_field(r, "title"),
		    "text", field, err);
		html_fmt(h, "<div class=\"govuk-form-group\"><div class=\""
		    "govuk-checkboxes govuk-checkboxes--small\" data-module=\""
		    "govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">"
		    "<input class=\"govuk-checkboxes__input\" id=\"vcse-only\" "
		    "name=\"vcse-only\" type=\"checkbox\" value=\"yes\"%s><label "
		    "class=\"govuk-label govuk-checkboxes__label\" for=\"vcse-"
		    "only\">For VCSE members only (hidden from associates)"
		    "</label></div></div></div>\n", web_field(r, "vcse-only") ?
		    " checked" : "");
		button(r, "Add the item", 1);
		form_open(r, m, "circulate", "Circulate the agenda");
		html_fmt(h, "<p class=\"govuk-body\">The agenda goes to every "
		    "member by email, with the calendar invitation.");
		/* Where the agreement sets a notice (SA-10.2). */
		if (m->agenda_due != NULL)
			html_fmt(h, " It is due by %s.", web_when_of(
			    m->agenda_due, NULL, when));
		html_fmt(h, "</p>\n");
		button(r, "Circulate the agenda", 0);
	} else
		html_fmt(h, "<p class=\"govuk-body\">Circulated on %s.</p>\n",
		    m->circulated);

	/* SA-6.3, SA-8.2: attendance as a register, with the quorum as
	 * it stands (pages_register.c). */
	viewer_of_who(&who, &r->who);
	if (core_member_list(r->c, &who, group, &members) != CORE_OK)
		members.n = 0;
	meeting_register(r, v, &members, field, err);

	/* SA-11.2: interests declared at the meeting. */
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
	if (members.n > 0) {
		form_open(r, m, "interest", "Record an interest");
		item_select(r, v, "interest-item");
		html_raw(h, "<div class=\"govuk-form-group\"><label class=\""
		    "govuk-label govuk-label--s\" for=\"interest-org\">"
		    "Organisation</label><select class=\"govuk-select\" id=\""
		    "interest-org\" name=\"interest-org\">\n");
		for (i = 0; i < members.n; i++)
			html_fmt(h, "<option value=\"%lld\">%s</option>\n",
			    (long long)members.v[i].org_id,
			    members.v[i].organisation);
		html_raw(h, "</select></div>\n");
		page_input(r, "nature", "What the interest is", NULL,
		    web_field(r, "nature"), "text", field, err);
		button(r, "Record the interest", 1);
	}

	/* SA-8.1: decisions by consensus on an item. */
	form_open(r, m, "decide", "Record a decision by consensus");
	item_select(r, v, "item");
	page_textarea(r, "decision", "Decision", NULL, web_field(r,
	    "decision"), field, err);
	button(r, "Record the decision", 1);

	/* SA-8.2, SA-8.3: a vote at the meeting, one per organisation. */
	form_open(r, m, "propose", "Put a motion to the vote");
	item_select(r, v, "motion-item");
	page_textarea(r, "motion", "Motion", "Refused unless the meeting is "
	    "quorate", web_field(r, "motion"), field, err);
	button(r, "Put to the vote", 1);
	if (core_motion_list(r->c, &who, group, &mo) == CORE_OK) {
		int any = 0;

		for (i = 0; i < mo.n; i++) {
			d = &mo.v[i];
			if (d->meeting_id != m->id)
				continue;
			if (!any++)
				html_raw(h, "<h3 class=\"govuk-heading-s\">"
				    "Decisions</h3>\n<ul class=\"govuk-list "
				    "govuk-list--bullet\">\n");
			html_fmt(h, "<li>%s (%s)</li>\n", d->body,
			    d->outcome != NULL && d->outcome[0] ? d->outcome :
			    motion_status_names[d->status]);
		}
		if (any)
			html_raw(h, "</ul>\n");
		for (i = 0; i < mo.n; i++) {
			static const char *const ch_v[] = { "for", "against",
			    "abstain", NULL };
			static const char *const ch_l[] = { "For", "Against",
			    "Abstain", NULL };

			d = &mo.v[i];
			if (d->meeting_id != m->id || d->method != METHOD_VOTE ||
			    d->status != MOTION_OPEN)
				continue;
			html_fmt(h, "<h3 class=\"govuk-heading-s\">Votes on: %s"
			    "</h3>\n", d->body);
			html_fmt(h, "<form method=\"post\" action=\"/meetings/"
			    "%lld/vote\" novalidate>\n<input type=\"hidden\" "
			    "name=\"motion\" value=\"%lld\">\n", (long long)m->id,
			    (long long)d->id);
			page_csrf(r);
			html_raw(h, "<div class=\"govuk-form-group\"><label "
			    "class=\"govuk-label govuk-label--s\" for=\"voter\">"
			    "Organisation voting</label><select class=\"govuk-"
			    "select\" id=\"voter\" name=\"voter\">\n");
			for (k = 0; k < v->attendance.n; k++)
				html_fmt(h, "<option value=\"%lld\">%s</option>\n",
				    (long long)v->attendance.v[k].organisation_id,
				    v->attendance.v[k].organisation);
			html_raw(h, "</select></div>\n");
			radios(r, "choice", "Its vote", ch_v, ch_l, "for");
			button(r, "Record the vote", 1);
			html_fmt(h, "<form method=\"post\" action=\"/meetings/"
			    "%lld/close-vote\" novalidate>\n<input type=\""
			    "hidden\" name=\"motion\" value=\"%lld\">\n",
			    (long long)m->id, (long long)d->id);
			page_csrf(r);
			button(r, "Close the vote and count", 0);
		}
	}

	/* SA-10.3, SA-11.1: notes, then publish. */
	form_open(r, m, "notes", "Notes");
	page_textarea(r, "notes", "Notes of the meeting", "Markdown is not "
	    "needed: write plain paragraphs", web_field(r, "notes") ?
	    web_field(r, "notes") : m->notes != NULL ? m->notes : "", field,
	    err);
	button(r, "Save the notes", 1);
	if (!published && strcmp(r->c->today, m->day) < 0)
		html_fmt(h, "<p class=\"govuk-body\">The notes can be published "
		    "once the meeting has taken place, on %s.</p>\n",
		    web_when_of(m->day, NULL, when));
	else if (!published && m->notes != NULL && *m->notes != '\0') {
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
	rec_membership_list_free(&members);
	rec_motion_list_free(&mo);
}

/* What ?done= says after each action: see page.c's banners. */
void
page_meeting_post(struct req *r)
{
	const char		*act = r->op;
	struct meeting_view	 v;
	struct viewer		 who;
	struct check_flag_list	 lines = { NULL, 0 };
	struct motion_result	 counted;
	int64_t			 id = web_int(r, "id");
	char			 org[32], to[96];
	int			 rc, chair;

	viewer_of_who(&who, &r->who);
	if (id <= 0 || core_meeting_get(r->c, &who, id, &v) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such meeting.");
		return;
	}
	/* The chair or vice-chair, or an officer, runs the meeting. */
	chair = v.reader == READER_RUNS;
	snprintf(org, sizeof(org), "%lld", (long long)r->who.org);
	/* A member's own organisation, and only a member of this group;
	 * an associate has no say on VCSE-only items (SA-3.1-assoc). */
	if (!chair && (strcmp(act, "apologies") == 0 || strcmp(act,
	    "request") == 0 || strcmp(act, "interest") == 0)) {
		size_t	 i;
		int	 member = 0;

		if (core_group_member(r->c, &who, v.m.group_id, &member) !=
		    CORE_OK || !member) {
			page_error(r, 403, "Only the group's members can do "
			    "that", "Your organisation is not a member of this "
			    "group.");
			goto out;
		}
		/* The member declares on the agenda as it sees it: no
		 * VCSE-only item for an associate (SA-3.1-assoc). */
		if (strcmp(act, "interest") == 0) {
			const char	*item = web_field(r, "interest-item");

			for (i = 0; i < v.agenda.n; i++)
				if (item != NULL && v.agenda.v[i].pos ==
				    web_int(r, "interest-item"))
					break;
			if (i == v.agenda.n) {
				page_error(r, 403, "That item is not on your "
				    "agenda", "Associates do not take part in "
				    "VCSE-only business, and the agenda is "
				    "shown once it is circulated.");
				goto out;
			}
		}
	}
	/* A vote or count belongs to this meeting's own motion. */
	if (chair && (strcmp(act, "vote") == 0 || strcmp(act, "close-vote") ==
	    0)) {
		const char		*mv = web_field(r, "motion");
		struct motion_view	 mo;
		int			 mine;

		mine = mv != NULL && core_motion_get(r->c, &who, web_int(r,
		    "motion"), &mo) == CORE_OK;
		mine = mine && mo.mo.meeting_id == id &&
		    mo.mo.method == METHOD_VOTE;
		if (mv != NULL)
			motion_view_free(&mo);
		if (!mine) {
			page_error(r, 404, "No such vote", "That motion is not "
			    "a vote of this meeting.");
			goto out;
		}
	}
	if (strcmp(act, "apologies") == 0 || strcmp(act, "request") == 0) {
		if (r->who.org == 0) {
			rc = core_fail(r->c, CORE_EINVAL, NULL, "you are not "
			    "recorded as working for a member organisation");
		} else if (strcmp(act, "apologies") == 0)
			rc = core_meeting_attend(r->c, id, org, "apologies",
			    r->who.name, 0);
		else
			rc = core_agenda_add(r->c, id, web_field(r,
			    "request-title"), 0, NULL, org);
		if (rc == CORE_EINVAL && strcmp(r->c->field, "title") == 0)
			snprintf(r->c->field, sizeof(r->c->field),
			    "request-title");
	} else if (strcmp(act, "interest") == 0 && !chair) {
		rc = r->who.org == 0 ? (int)core_fail(r->c, CORE_EINVAL, NULL,
		    "you are not recorded as working for a member "
		    "organisation") :
		    core_meeting_interest(r->c, id, (int)web_int(r,
		    "interest-item"), org, r->who.name, web_field(r, "nature"));
	} else if (!chair) {
		page_error(r, 403, "Only the chair can do that", "Recording "
		    "the meeting is for its group's chair and vice-chair, and "
		    "officers.");
		goto out;
	} else if (strcmp(act, "agenda") == 0)
		rc = core_agenda_add(r->c, id, web_field(r, "title"),
		    web_field(r, "vcse-only") != NULL, NULL, NULL);
	else if (strcmp(act, "circulate") == 0)
		rc = core_meeting_circulate(r->c, id, NULL, &lines);
	else if (strcmp(act, "attend") == 0)
		rc = core_meeting_attend(r->c, id, web_field(r,
		    "organisation"), web_field(r, "as"), NULL, 0);
	else if (strcmp(act, "decide") == 0) {
		int64_t		 did;

		rc = core_decide_consensus(r->c, id, (int)web_int(r, "item"),
		    web_field(r, "decision"), &did);
		if (rc == CORE_EINVAL && strcmp(r->c->field, "text") == 0)
			snprintf(r->c->field, sizeof(r->c->field), "decision");
	} else if (strcmp(act, "interest") == 0) {
		rc = core_meeting_interest(r->c, id, (int)web_int(r,
		    "interest-item"), web_field(r, "interest-org"), NULL,
		    web_field(r, "nature"));
	} else if (strcmp(act, "propose") == 0) {
		struct motion_effect	 fx;
		int64_t			 mid;

		memset(&fx, 0, sizeof(fx));
		rc = core_motion_propose(r->c, id, (int)web_int(r,
		    "motion-item"), web_field(r, "motion"), 0, &fx, &mid);
		if (rc == CORE_EINVAL && (strcmp(r->c->field, "text") == 0 ||
		    strcmp(r->c->field, "quorum") == 0))
			snprintf(r->c->field, sizeof(r->c->field), "motion");
	} else if (strcmp(act, "vote") == 0) {
		rc = core_motion_cast(r->c, web_int(r, "motion"), web_field(r,
		    "voter"), web_field(r, "choice"));
		if (rc == CORE_EINVAL)
			snprintf(r->c->field, sizeof(r->c->field), "voter");
	} else if (strcmp(act, "close-vote") == 0) {
		rc = core_motion_close(r->c, web_int(r, "motion"), &counted);
	} else if (strcmp(act, "notes") == 0)
		rc = core_meeting_notes(r->c, id, web_field(r, "notes"));
	else if (strcmp(act, "publish") == 0)
		rc = core_meeting_publish(r->c, id, NULL, web_field(r,
		    "visibility"), &lines);
	else {
		page_error(r, 404, "Page not found", "There is no such "
		    "action.");
		goto out;
	}
	if (rc != CORE_OK) {
		if (rc == CORE_EINVAL || rc == CORE_EEXIST) {
			r->status = 400;
			meeting_render(r, r->c->field, r->c->err);
		} else
			page_core_error(r, rc);
		goto out;
	}
	snprintf(to, sizeof(to), "/meetings/%lld?done=%s", (long long)id, act);
	web_redirect(r, to);
out:
	meeting_view_free(&v);
	check_flag_list_free(&lines);
}

/* SA-6.2, SA-6.4: the chair schedules a meeting of the group.  Every
 * field at fault is named at once, in the form's own terms. */
void
page_group_schedule(struct req *r)
{
	struct meeting_in	 in;
	struct rec_group	 g;
	struct viewer		 v;
	char			 day[32], starts[6], ends[6], to[64];
	const char		*end = web_field(r, "end");
	int64_t			 id = 0;
	int			 rc;

	viewer_of_who(&v, &r->who);
	if ((rc = core_group_find(r->c, &v, r->arg[0], &g, NULL)) !=
	    CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	if (!r->who.officer && !core_chairs(r->c, &r->who, g.id)) {
		page_error(r, 403, "Only the chair can do that", "Scheduling "
		    "is for the group's chair and vice-chair, and officers.");
		rec_group_clear(&g);
		return;
	}
	ends[0] = '\0';
	if (page_day_time_check(r, "date", "the date and time the meeting "
	    "starts", day, starts) == 0 && end != NULL && end[strspn(end,
	    " ")] != '\0' && (page_time_parse(end, ends) != 0 ||
	    strcmp(ends, starts) <= 0))
		page_err_add(r, "end", NULL, 0, "Enter the time the meeting "
		    "ends, after it starts, for example 12pm or 12:00");
	if (web_field(r, "place") == NULL || web_field(r, "place")[strspn(
	    web_field(r, "place"), " ")] == '\0')
		page_err_add(r, "place", NULL, 0, "Enter where the meeting is "
		    "held");
	if (r->nerrs > 0) {
		r->status = 400;
		group_render(r, NULL, NULL);
		rec_group_clear(&g);
		return;
	}
	memset(&in, 0, sizeof(in));
	in.group = r->arg[0];
	in.day = day;
	in.starts = starts;
	in.ends = ends[0] != '\0' ? ends : NULL;
	in.place = web_field(r, "place");
	if ((rc = core_meeting_schedule(r->c, &in, &id)) != CORE_OK) {
		r->status = rc == CORE_EINVAL ? 400 : 503;
		group_render(r, r->c->field, r->c->err);
		rec_group_clear(&g);
		return;
	}
	rec_group_clear(&g);
	snprintf(to, sizeof(to), "/meetings/%lld?done=scheduled",
	    (long long)id);
	web_redirect(r, to);
}
