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

/* The register's rows as sent, each "att-" and the organisation's id
 * (a family declared in routes.c and checked before this runs), into
 * *rows (from calloc()); their number, or -1 out of memory. */
static int
rows_sent(struct req *r, struct attendance_row **rows)
{
	const char	*as, *tail;
	void		*it = NULL;
	size_t		 n = 0, k = 0;

	while (web_form_next(r, "att-", &it, &as) != NULL)
		n++;
	if ((*rows = calloc(n + 1, sizeof(**rows))) == NULL)
		return -1;
	for (it = NULL; k < n && (tail = web_form_next(r, "att-", &it,
	    &as)) != NULL; )
		if (parse_id(tail, &(*rows)[k].org) == 0)
			(*rows)[k++].as = as;
	return (int)k;
}

/* POST /meetings/N/register: the rows sent, for core to keep whole or
 * refuse (core_meeting_register: who may keep it, SA-6.3). */
void
page_meeting_register_post(struct req *r)
{
	struct attendance_row	*rows = NULL;
	struct viewer		 who;
	int			 n;
	int64_t			 id = web_int(r, "id");
	int			 rc, done = 0;

	viewer_of_who(&who, &r->who);
	if ((n = rows_sent(r, &rows)) < 0) {
		page_error(r, 503, "Sorry, there is a problem with the "
		    "service", "out of memory");
		return;
	}
	rc = core_meeting_register(r->c, &who, id, rows, (size_t)n, &done);
	free(rows);
	if (rc == CORE_ENOTFOUND)
		page_error(r, 404, "Page not found", "There is no such "
		    "meeting.");
	else if (rc == CORE_EPERM)
		page_error(r, 403, "Only the chair can do that", r->c->err);
	else	/* refused: the register again, as typed */
		page_answer(r, rc, meeting_render, "/meetings/%lld?done="
		    "register&n=%d#attendance", (long long)id, done);
}
