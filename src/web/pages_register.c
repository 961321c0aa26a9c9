/*
 * pages_register: a meeting's attendance as a register (SA-6.3, SA-8.2).
 * Every member organisation of the group is a row of the one form,
 * present, apologies, absent or deputy; one submit records them all in
 * one change.  Above it, the quorum as the chair counts it: present,
 * needed for a quorum, and the members there are.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

static const char *const as_v[] = { "present", "apologies", "absent",
    "deputy" };
static const char *const as_l[] = { "Present", "Apologies", "Absent",
    "Deputy" };
#define NAS	(sizeof(as_v) / sizeof(as_v[0]))

/* What the meeting has recorded for organisation org, or NULL. */
static const char *
recorded(const struct meeting_view *v, int64_t org)
{
	size_t i;

	for (i = 0; i < v->attendance.n; i++)
		if (v->attendance.v[i].organisation_id == org)
			return v->attendance.v[i].attend;
	return NULL;
}

static void
quorum(struct req *r, const struct meeting_view *v,
    const struct rec_membership_list *members)
{
	struct meeting_quorum	 q;
	struct viewer		 who;
	size_t			 i;
	long long		 n = 0;

	for (i = 0; i < members->n; i++)
		n += members->v[i].status == MS_ACTIVE;
	viewer_of_who(&who, &r->who);
	if (core_meeting_quorum(r->c, &who, v->m.id, &q) != CORE_OK)
		return;
	html_fmt(&r->body, "<div class=\"govuk-inset-text\" id=\"quorum\">"
	    "<strong class=\"govuk-tag govuk-tag--%s\">%s</strong>\n<dl class"
	    "=\"govuk-summary-list govuk-summary-list--no-border govuk-!-"
	    "margin-top-2 govuk-!-margin-bottom-0\">\n", q.quorate ? "green" :
	    "red", q.quorate ? "Quorate" : "Not quorate");
	html_fmt(&r->body, "<div class=\"govuk-summary-list__row\"><dt class="
	    "\"govuk-summary-list__key\">Present, who may vote</dt><dd class="
	    "\"govuk-summary-list__value\" id=\"quorum-present\">%lld</dd>"
	    "</div>\n<div class=\"govuk-summary-list__row\"><dt class=\"govuk-"
	    "summary-list__key\">Needed for a quorum</dt><dd class=\"govuk-"
	    "summary-list__value\" id=\"quorum-needed\">%lld</dd></div>\n<div "
	    "class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__"
	    "key\">Members</dt><dd class=\"govuk-summary-list__value\" id=\""
	    "quorum-members\">%lld</dd></div>\n</dl>\n</div>\n",
	    (long long)q.counted, (long long)q.needed, n);
}

void
meeting_register(struct req *r, const struct meeting_view *v,
    const struct rec_membership_list *members, const char *field,
    const char *err)
{
	struct html	*h = &r->body;
	const char	*was, *typed;
	char		 name[40];
	size_t		 i, k;
	int		 bad = field != NULL && strcmp(field, "register") == 0;

	html_raw(h, "<h2 class=\"govuk-heading-m\" id=\"attendance\">"
	    "Attendance</h2>\n");
	quorum(r, v, members);
	if (members->n == 0)
		return;
	html_fmt(h, "<form method=\"post\" action=\"/meetings/%lld/register\" "
	    "class=\"app-register\" novalidate>\n", (long long)v->m.id);
	page_csrf(r);
	html_fmt(h, "<div class=\"govuk-form-group%s\" id=\"register\">\n"
	    "<fieldset class=\"govuk-fieldset\">\n<legend class=\"govuk-"
	    "fieldset__legend govuk-fieldset__legend--s\">The register"
	    "</legend>\n<div class=\"govuk-hint\">Each member organisation: "
	    "present, apologies, absent, or a deputy in its place. Leave one "
	    "as it is to record nothing for it.</div>\n", bad ?
	    " govuk-form-group--error" : "");
	if (bad)
		page_field_error(r, "register", err);
	for (i = 0; i < members->n; i++) {
		snprintf(name, sizeof(name), "att-%lld",
		    (long long)members->v[i].org_id);
		was = recorded(v, members->v[i].org_id);
		/* As chosen, when the register is shown again. */
		typed = web_form_of(r, "att-", name + 4);
		html_fmt(h, "<div class=\"govuk-form-group govuk-!-margin-"
		    "bottom-4\"><fieldset class=\"govuk-fieldset\"><legend "
		    "class=\"govuk-fieldset__legend govuk-fieldset__legend--s"
		    "\">%s</legend>\n<div class=\""
		    "govuk-radios govuk-radios--small govuk-radios--inline\" "
		    "data-module=\"govuk-radios\">\n",
		    members->v[i].organisation);
		for (k = 0; k < NAS; k++)
			html_fmt(h, "<div class=\"govuk-radios__item\"><input "
			    "class=\"govuk-radios__input\" id=\"%s-%s\" name="
			    "\"%s\" type=\"radio\" value=\"%s\"%s><label class="
			    "\"govuk-label govuk-radios__label\" for=\"%s-%s\">"
			    "%s</label></div>\n", name, as_v[k], name, as_v[k],
			    (typed != NULL ? strcmp(typed, as_v[k]) == 0 :
			    was != NULL && strcmp(was, as_v[k]) == 0) ?
			    " checked" : "", name, as_v[k], as_l[k]);
		html_raw(h, "</div>\n</fieldset></div>\n");
	}
	html_raw(h, "</fieldset>\n</div>\n<button type=\"submit\" class=\""
	    "govuk-button\" data-module=\"govuk-button\">Save the register"
	    "</button>\n</form>\n");
}

/* The meeting's page again, the register's fault at the register (a
 * row refused by the router: "att-12"). */
void
register_form(struct req *r, const char *field, const char *err)
{
	if (field != NULL && strncmp(field, "att-", 4) == 0)
		field = "register";
	meeting_render(r, field, err);
}

/* 1 when org (an id as sent) is one of members'. */
static int
is_member(const struct rec_membership_list *members, const char *org)
{
	char	id[32];
	size_t	i;

	for (i = 0; i < members->n; i++) {
		snprintf(id, sizeof(id), "%lld", (long long)members->v[i].org_id);
		if (strcmp(id, org) == 0)
			return 1;
	}
	return 0;
}

/* POST /meetings/N/register: every organisation chosen, in one change;
 * each row is a field "att-" and the organisation's id, declared as a
 * family (routes.c) and checked before this runs. */
void
page_meeting_register_post(struct req *r)
{
	struct meeting_view	 v;
	struct viewer		 who;
	struct rec_membership_list members = { NULL, 0 };
	const char		*as, *tail;
	void			*it = NULL;
	char			 org[32];
	int64_t			 id = web_int(r, "id");
	size_t			 i;
	int			 rc = CORE_OK, n = 0;

	viewer_of_who(&who, &r->who);
	memset(&v, 0, sizeof(v));
	if (id <= 0 || core_meeting_get(r->c, &who, id, &v) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such meeting.");
		return;
	}
	if (!r->who.officer && !core_chairs(r->c, &r->who, v.m.group_id)) {
		page_error(r, 403, "Only the chair can do that", "The register "
		    "is kept by the group's chair and vice-chair, and "
		    "officers.");
		goto out;
	}
	if ((rc = core_member_list(r->c, &who, v.m.grp,
	    &members)) != CORE_OK) {
		page_core_error(r, rc);
		goto out;
	}
	if ((rc = core_begin(r->c)) != CORE_OK) {
		page_core_error(r, rc);
		goto out;
	}
	/* Each row sent is a member organisation's: one that is not (it
	 * left meanwhile, or the form is not ours) records nothing. */
	while ((tail = web_form_next(r, "att-", &it, &as)) != NULL)
		if (!is_member(&members, tail)) {
			rc = core_fail(r->c, CORE_EINVAL, "register", "An "
			    "organisation on the form (att-%s) is not a "
			    "member of this group: nothing was recorded; "
			    "check the register and save it again", tail);
			break;
		}
	for (i = 0; i < members.n && rc == CORE_OK; i++) {
		snprintf(org, sizeof(org), "%lld",
		    (long long)members.v[i].org_id);
		/* Checked by the router: one of as_v, or "" (left). */
		if ((as = web_form_of(r, "att-", org)) == NULL || *as == '\0')
			continue;
		if ((rc = core_meeting_attend(r->c, id, org, as, NULL, 0)) !=
		    CORE_OK)
			break;
		n++;
	}
	if (rc == CORE_OK && n == 0)
		rc = core_fail(r->c, CORE_EINVAL, "register", "choose present, "
		    "apologies, absent or deputy for at least one "
		    "organisation");
	/* Nothing kept: the register again, as typed. */
	if ((rc = core_end(r->c, rc)) == CORE_EINVAL)
		snprintf(r->c->field, sizeof(r->c->field), "register");
	page_answer(r, rc, meeting_render, "/meetings/%lld?done=register&n=%d"
	    "#attendance", (long long)id, n);
out:
	meeting_view_free(&v);
	rec_membership_list_free(&members);
}
