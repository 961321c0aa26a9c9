/*
 * partners: what the partners of a compact, framework or pact keep
 * between them besides the self-assessment: their named contacts
 * (SC-champion, TP-5, MS-3.7.1), the implementation plan (SC-plan), the
 * constitution's dated milestones (MS-5), the evidence of the sector's
 * influence (TP-2b) and the register of partnerships with their
 * representation (TP-2a).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "rules/compact.h"
#include "rules/date.h"
#include "rules/forum.h"
#include "store/store.h"

/* The commitment of code, or none when code is blank. */
static int
commitment_of(struct core *c, const char *code, int64_t *id)
{
	json_t	*cm = NULL;
	int	 rc;

	*id = 0;
	if (core_int_blank(code))
		return CORE_OK;
	rc = store_row(c->st, &cm, STMT_COMMIT_BY_CODE, "ls", c->arr, code);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading commitments");
	if (cm == NULL)
		return core_fail(c, CORE_ENOTFOUND, "commitment", "no "
		    "commitment '%s'; 'alliance commitment list' shows them",
		    code);
	*id = jint(cm, "id");
	json_decref(cm);
	return CORE_OK;
}

/* --- named contacts (SC-champion, TP-5, MS-3.7.1) --- */

int
core_contact_add(struct core *c, const struct contact_in *in, int64_t *id)
{
	json_t		*o = NULL, *d;
	const char	*want = constitution_text(&c->cons,
			    "partners.named_contact");
	const char	*kind = core_int_blank(in->kind) ? want : in->kind;
	char		 since[DATE_LEN];
	int		 rc;

	if (strcmp(want, "none") == 0)
		return core_fail(c, CORE_EINVAL, "kind", "this arrangement's "
		    "constitution names no contact for each partner "
		    "(partners.named_contact = none)");
	if (strcmp(kind, want) != 0)
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; this arrangement's partners each name a %s "
		    "(partners.named_contact)", kind, want);
	if ((rc = core_int_text(c, "name", in->name, 1, 200)) ||
	    (rc = core_int_text(c, "job-title", in->job_title, 0, 200)) ||
	    (rc = core_int_text(c, "area", in->area, 0, 200)) ||
	    (!core_int_blank(in->email) &&
	    (rc = core_int_email(c, "email", in->email))) ||
	    (rc = core_int_date(c, "since", in->since, since)))
		return rc;
	/* MS-3.7.1: a single point of contact is for an area. */
	if (strcmp(kind, "single-point") == 0 && core_int_blank(in->area))
		return core_fail(c, CORE_EINVAL, "area", "a single point of "
		    "contact is for a policy area or procurement process; "
		    "name it (MS-3.7.1)");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_org(c, in->organisation, &o)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_CONTACT_INSERT, "llssssssss", c->arr,
	    jint(o, "id"), kind, core_int_blank(in->area) ? NULL : in->area,
	    in->name, core_int_blank(in->job_title) ? NULL : in->job_title,
	    core_int_blank(in->email) ? NULL : in->email, since, c->actor,
	    c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the contact");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s, s:s, s:s?}", "organisation", jstr(o, "name"),
	    "kind", kind, "name", in->name, "area", in->area);
	rc = core_audit(c, "contact.add", "partner_contact", *id, d);
	json_decref(d);
out:
	json_decref(o);
	return core_end(c, rc);
}

int
core_contact_end(struct core *c, int64_t id, const char *date)
{
	json_t	*k = NULL, *d;
	char	 on[DATE_LEN];
	int	 rc;

	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &k, STMT_CONTACT_GET, "ll", id, c->arr);
	if (rc != STORE_OK || k == NULL) {
		rc = rc != STORE_OK ? core_store_fail(c, rc, "reading the "
		    "contact") : core_fail(c, CORE_ENOTFOUND, "contact", "no "
		    "contact %lld; 'alliance contact list' shows them",
		    (long long)id);
		goto out;
	}
	if (jstr(k, "ended") != NULL) {
		rc = core_fail(c, CORE_EINVAL, "contact", "%s stood down as "
		    "%s's contact on %s already", jstr(k, "name"),
		    jstr(k, "organisation"), jstr(k, "ended"));
		goto out;
	}
	if (strcmp(on, jstr(k, "since")) < 0) {
		rc = core_fail(c, CORE_EINVAL, "date", "the date %s is before "
		    "%s became the contact (%s); expected a later date", on,
		    jstr(k, "name"), jstr(k, "since"));
		goto out;
	}
	if ((rc = store_exec(c->st, STMT_CONTACT_END, "ls", id, on)) !=
	    STORE_OK) {
		rc = core_store_fail(c, rc, "ending the contact");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s}", "organisation", jstr(k,
	    "organisation"), "name", jstr(k, "name"), "ended", on);
	rc = core_audit(c, "contact.end", "partner_contact", id, d);
	json_decref(d);
out:
	json_decref(k);
	return core_end(c, rc);
}

int
core_contact_list(struct core *c, const char *kind, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_CONTACT_LIST, "ls", c->arr,
	    core_int_blank(kind) ? NULL : kind);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing the contacts");
}

int
core_contact_missing(struct core *c, json_t **out)
{
	const char	*want = constitution_text(&c->cons,
			    "partners.named_contact");
	size_t		 i;
	int		 rc;

	/* MS-3.7.1's contacts are per area, not one per partner. */
	if (strcmp(want, "champion") != 0 && strcmp(want, "officer") != 0) {
		*out = json_array();
		return CORE_OK;
	}
	rc = store_rows(c->st, out, STMT_PARTNERS_WITHOUT_CONTACT, "ls",
	    c->arr, want);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the partners");
	/* TP-5: officers are asked of the partner agencies only. */
	for (i = json_array_size(*out); i > 0; i--)
		if (!rules_named_contact_asked(want, jstr(json_array_get(*out,
		    i - 1), "sector")))
			json_array_remove(*out, i - 1);
	return CORE_OK;
}

/* --- the implementation plan (SC-plan) --- */

int
core_plan_add(struct core *c, const struct plan_in *in, int64_t *id)
{
	json_t	*o = NULL, *d;
	char	 due[DATE_LEN];
	int64_t	 cm;
	int	 rc;

	if ((rc = core_int_text(c, "action", in->action, 1, 1000)) ||
	    (rc = core_int_text(c, "owner", in->owner, 1, 200)))
		return rc;
	if (in->due == NULL)
		return core_fail(c, CORE_EINVAL, "due", "the due date is "
		    "missing; expected YYYY-MM-DD (SC-plan)");
	if ((rc = core_int_date(c, "due", in->due, due)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_org(c, in->organisation, &o)) != CORE_OK ||
	    (rc = commitment_of(c, in->commitment, &cm)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_PLAN_INSERT, "llnsssss", c->arr,
	    jint(o, "id"), cm, in->action, in->owner, due, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the action");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s, s:s, s:s}", "organisation", jstr(o, "name"),
	    "action", in->action, "owner", in->owner, "due", due);
	rc = core_audit(c, "plan.add", "plan_action", *id, d);
	json_decref(d);
out:
	json_decref(o);
	return core_end(c, rc);
}

int
core_plan_progress(struct core *c, int64_t id, const char *note,
    const char *done)
{
	json_t	*p = NULL, *d;
	char	 on[DATE_LEN];
	int	 rc;

	if (core_int_blank(note) && done == NULL)
		return core_fail(c, CORE_EINVAL, "progress", "say what has "
		    "been done (--progress), or that it is done (--done)");
	if ((rc = core_int_body(c, "progress", note, 0, 4000)) ||
	    (done != NULL && (rc = core_int_date(c, "done", done, on))))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &p, STMT_PLAN_GET, "ll", id, c->arr);
	if (rc != STORE_OK || p == NULL) {
		rc = rc != STORE_OK ? core_store_fail(c, rc, "reading the "
		    "action") : core_fail(c, CORE_ENOTFOUND, "action", "no "
		    "action %lld in the plan; 'alliance plan list' shows them",
		    (long long)id);
		goto out;
	}
	if (jstr(p, "done_on") != NULL) {
		rc = core_fail(c, CORE_EINVAL, "action", "action %lld was "
		    "done on %s already", (long long)id, jstr(p, "done_on"));
		goto out;
	}
	if (!core_int_blank(note) && (rc = store_exec(c->st,
	    STMT_PLAN_PROGRESS, "ls", id, note)) != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the progress");
		goto out;
	}
	if (done != NULL && (rc = store_exec(c->st, STMT_PLAN_DONE, "ls", id,
	    on)) != STORE_OK) {
		rc = core_store_fail(c, rc, "marking it done");
		goto out;
	}
	d = json_pack("{s:s, s:s?, s:s?}", "action", jstr(p, "action"),
	    "progress", note, "done", done != NULL ? on : NULL);
	rc = core_audit(c, done != NULL ? "plan.done" : "plan.progress",
	    "plan_action", id, d);
	json_decref(d);
out:
	json_decref(p);
	return core_end(c, rc);
}

int
core_plan_list(struct core *c, const char *org, json_t **out)
{
	json_t	*o = NULL, *p;
	size_t	 i;
	int	 rc, due, done, today;

	*out = NULL;
	if (!core_int_blank(org) &&
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, out, STMT_PLAN_LIST, "ln", c->arr,
	    o != NULL ? jint(o, "id") : 0);
	json_decref(o);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the plan");
	date_parse(c->today, &today);
	/* SC-plan: tracked to done; late ones are overdue. */
	json_array_foreach(*out, i, p) {
		done = -1;
		date_parse(jstr(p, "due"), &due);
		if (jstr(p, "done_on") != NULL)
			date_parse(jstr(p, "done_on"), &done);
		json_object_set_new(p, "status", json_string(done >= 0 ?
		    "done" : rules_missed(due, done, today) ? "overdue" :
		    "open"));
	}
	return CORE_OK;
}

/* --- milestones (MS-5) --- */

int
core_milestone_list(struct core *c, json_t **out)
{
	json_t		*met = NULL, *m, *r;
	const char	*ms[64], *sp;
	char		 due[DATE_LEN];
	size_t		 i, j, n;
	int		 rc, d, done, today;

	*out = NULL;
	rc = store_rows(c->st, &met, STMT_MILESTONE_MET_LIST, "l", c->arr);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the milestones");
	date_parse(c->today, &today);
	*out = json_array();
	n = constitution_list(&c->cons, "milestones", ms, 64);
	for (i = 0; i < n; i++) {
		/* "DATE text": the constitution checked the shape. */
		sp = strchr(ms[i], ' ');
		snprintf(due, sizeof(due), "%.*s", sp != NULL ? (int)(sp -
		    ms[i]) : (int)strlen(ms[i]), ms[i]);
		if (date_parse(due, &d) != 0)
			continue;
		r = json_pack("{s:i, s:s, s:s}", "n", (int)i + 1, "due", due,
		    "label", sp != NULL ? sp + 1 : "");
		done = -1;
		json_array_foreach(met, j, m)
			if (strcmp(jstr(m, "due"), due) == 0 &&
			    strcmp(jstr(m, "label"), jstr(r, "label")) == 0) {
				json_object_set(r, "met_on",
				    json_object_get(m, "met_on"));
				json_object_set(r, "note",
				    json_object_get(m, "note"));
				date_parse(jstr(m, "met_on"), &done);
			}
		json_object_set_new(r, "status", json_string(
		    rules_missed(d, done, today) ? (done >= 0 ? "met late" :
		    "missed") : done >= 0 ? "met" : "to come"));
		json_array_append_new(*out, r);
	}
	json_decref(met);
	return CORE_OK;
}

int
core_milestone_met(struct core *c, int n, const char *date,
    const char *note)
{
	json_t	*all = NULL, *m, *row, *d;
	char	 on[DATE_LEN];
	size_t	 i;
	int	 rc;

	if ((rc = core_int_date(c, "date", date, on)) ||
	    (rc = core_int_body(c, "note", note, 0, 2000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_milestone_list(c, &all)) != CORE_OK)
		goto out;
	/* By its number, which counts every entry of the constitution. */
	m = NULL;
	json_array_foreach(all, i, row)
		if (jint(row, "n") == n)
			m = row;
	if (m == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "milestone", "no milestone "
		    "%d; 'alliance milestone list' shows them", n);
		goto out;
	}
	if (jstr(m, "met_on") != NULL) {
		rc = core_fail(c, CORE_EEXIST, "milestone", "milestone %d was "
		    "met on %s already", n, jstr(m, "met_on"));
		goto out;
	}
	rc = store_exec(c->st, STMT_MILESTONE_MET_INSERT, "lssssss", c->arr,
	    jstr(m, "due"), jstr(m, "label"), on, core_int_blank(note) ?
	    NULL : note, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the milestone");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s}", "due", jstr(m, "due"), "label",
	    jstr(m, "label"), "met_on", on);
	rc = core_audit(c, "milestone.met", "arrangement", c->arr, d);
	json_decref(d);
out:
	json_decref(all);
	return core_end(c, rc);
}

/* --- evidence of influence (TP-2b) --- */

int
core_influence_add(struct core *c, const struct influence_in *in,
    int64_t *id)
{
	json_t	*d;
	char	 on[DATE_LEN];
	int64_t	 cm;
	int	 rc;

	if ((rc = core_int_date(c, "date", in->date, on)) ||
	    (rc = core_int_text(c, "body", in->body, 1, 300)) ||
	    (rc = core_int_body(c, "decision", in->decision, 1, 4000)) ||
	    (rc = core_int_body(c, "change", in->change, 1, 4000)) ||
	    (rc = core_int_text(c, "source", in->source, 0, 1000)))
		return rc;
	if (strcmp(on, c->today) > 0)
		return core_fail(c, CORE_EINVAL, "date", "%s is in the future; "
		    "evidence is of what has happened (TP-2b)", on);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = commitment_of(c, in->commitment, &cm)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_INFLUENCE_INSERT, "lssssnsss", c->arr, on,
	    in->body, in->decision, in->change, cm, core_int_blank(
	    in->source) ? NULL : in->source, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the evidence");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s, s:s?}", "date", on, "body", in->body,
	    "commitment", in->commitment);
	rc = core_audit(c, "influence.add", "influence", *id, d);
	json_decref(d);
out:
	return core_end(c, rc);
}

int
core_influence_list(struct core *c, int year, json_t **out)
{
	char	from[16], to[16];
	int	rc;

	/* Year 0: all of it. */
	if (year == 0) {
		snprintf(from, sizeof(from), "0001-01-01");
		snprintf(to, sizeof(to), "9999-12-31");
	} else if ((rc = core_int_year(c, year, from, to)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, out, STMT_INFLUENCE_LIST, "lss", c->arr, from,
	    to);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the evidence");
}

/* --- attendance by partner (SC-quarterly) --- */

int
core_attendance_by_partner(struct core *c, int year, json_t **out)
{
	char	from[16], to[16];
	int	rc;

	if ((rc = core_int_year(c, year, from, to)) != CORE_OK)
		return rc;
	/* Meetings still to come are not yet held. */
	if (strcmp(c->today, to) < 0)
		snprintf(to, sizeof(to), "%s", c->today);
	rc = store_rows(c->st, out, STMT_ATTENDANCE_BY_PARTNER, "lss", c->arr,
	    from, to);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading attendance");
}

/* --- the register of partnerships (TP-2a) --- */

int
core_partnership_except(struct core *c, const char *position,
    const char *justification, const char *agreed_by, const char *agreed_on)
{
	json_t	*p = NULL, *d;
	char	 on[DATE_LEN];
	int	 rc;

	if ((rc = core_int_body(c, "justification", justification, 1,
	    4000)) || (rc = core_int_text(c, "agreed-by", agreed_by, 1, 300)))
		return rc;
	if (agreed_on == NULL)
		return core_fail(c, CORE_EINVAL, "agreed-on", "the date it was "
		    "agreed is missing; expected YYYY-MM-DD (TP-2a)");
	if ((rc = core_int_date(c, "agreed-on", agreed_on, on)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &p, STMT_POS_BY_SLUG, "ls", c->arr, position);
	if (rc != STORE_OK || p == NULL) {
		rc = rc != STORE_OK ? core_store_fail(c, rc, "reading the "
		    "position") : core_fail(c, CORE_ENOTFOUND, "position",
		    "no partnership '%s'; 'alliance register positions' shows "
		    "them", position != NULL ? position : "");
		goto out;
	}
	rc = store_exec(c->st, STMT_EXCEPTION_UPSERT, "lsssss", jint(p, "id"),
	    justification, agreed_by, on, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the justification");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s}", "position", jstr(p, "name"),
	    "agreed_by", agreed_by, "agreed_on", on);
	rc = core_audit(c, "partnership.except", "position", jint(p, "id"), d);
	json_decref(d);
out:
	json_decref(p);
	return core_end(c, rc);
}

int
core_partnership_register(struct core *c, json_t **out)
{
	json_t	*p;
	size_t	 i;
	int	 rc;

	rc = store_rows(c->st, out, STMT_PARTNERSHIP_REGISTER, "l", c->arr);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the partnerships");
	/* TP-2a: represented, or a justification agreed, or a gap. */
	json_array_foreach(*out, i, p)
		json_object_set_new(p, "status", json_string(jint(p,
		    "representatives") > 0 ? "represented" : jstr(p,
		    "justification") != NULL ? "justified" : "gap"));
	return CORE_OK;
}
