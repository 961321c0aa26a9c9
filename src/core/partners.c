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
#include "core_partners.h"
#include "rules/compact.h"
#include "rules/date.h"
#include "rules/forum.h"
#include "store/rec_partners.h"
#include "store/store.h"

/* The commitment of code, or none when code is blank. */
static int
commitment_of(struct core *c, const char *code, int64_t *id)
{
	struct rec_commitment_ref	cm;
	int				rc, found;

	*id = 0;
	if (text_blank(code))
		return CORE_OK;
	rc = store_commitment_by_code(c->st, c->arr, code, &cm, &found);
	if ((rc = core_int_found(c, rc, found, "reading commitments",
	    "commitment", "no commitment '%s'; 'alliance commitment list' "
	    "shows them", code)) != CORE_OK)
		return rc;
	*id = cm.id;
	rec_commitment_ref_clear(&cm);
	return CORE_OK;
}

/* --- named contacts (SC-champion, TP-5, MS-3.7.1) --- */

int
core_contact_add(struct core *c, const struct contact_in *in, int64_t *id)
{
	struct rec_org	 o = { 0 };
	const char	*want = constitution_text(&c->cons,
			    "partners.named_contact");
	const char	*kind = text_blank(in->kind) ? want : in->kind;
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
	    (!text_blank(in->email) &&
	    (rc = core_int_email(c, "email", in->email))) ||
	    (rc = core_int_date(c, "since", in->since, since)))
		return rc;
	/* MS-3.7.1: a single point of contact is for an area. */
	if (strcmp(kind, "single-point") == 0 && text_blank(in->area))
		return core_fail(c, CORE_EINVAL, "area", "a single point of "
		    "contact is for a policy area or procurement process; "
		    "name it (MS-3.7.1)");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_org(c, in->organisation, &o)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_CONTACT_INSERT, "llssssssss", c->arr,
	    o.id, kind, text_given(in->area),
	    in->name, text_given(in->job_title),
	    text_given(in->email), since, c->actor,
	    c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the contact");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "contact.add", "partner_contact", *id,
	    "{s:s, s:s, s:s, s:s?}", "organisation", o.name, "kind", kind,
	    "name", in->name, "area", in->area);
out:
	rec_org_clear(&o);
	return core_end(c, rc);
}

int
core_contact_end(struct core *c, int64_t id, const char *date)
{
	struct rec_contact	k;
	char			on[DATE_LEN];
	int			rc, found = 0;

	memset(&k, 0, sizeof(k));
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_contact_get(c->st, c->arr, id, &k, &found);
	if ((rc = core_int_found(c, rc, found, "reading the contact", "contact",
	    "no contact %lld; 'alliance contact list' shows them",
	    (long long)id)) != CORE_OK)
		goto out;
	if (k.ended != NULL) {
		rc = core_fail(c, CORE_EINVAL, "contact", "%s stood down as "
		    "%s's contact on %s already", k.name, k.organisation,
		    k.ended);
		goto out;
	}
	if (strcmp(on, k.since) < 0) {
		rc = core_fail(c, CORE_EINVAL, "date", "the date %s is before "
		    "%s became the contact (%s); expected a later date", on,
		    k.name, k.since);
		goto out;
	}
	rc = store_exec(c->st, STMT_CONTACT_END, "ls", id, on);
	rc = core_audited(c, rc, "ending the contact", "contact.end",
	    "partner_contact", id, "{s:s, s:s, s:s}", "organisation",
	    k.organisation, "name", k.name, "ended", on);
out:
	rec_contact_clear(&k);
	return core_end(c, rc);
}

int
core_contact_list(struct core *c, const struct viewer *v, const char *kind,
    struct rec_contact_list *out)
{
	size_t	i;
	int	rc;

	rc = store_contact_list(c->st, c->arr, text_given(kind), out);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "listing the contacts");
	/* A partner's contact's address is for the secretariat: no public
	 * or members' page shows it (UK GDPR 5(1)(c), minimisation). */
	if (!viewer_is_officer(v))
		for (i = 0; i < out->n; i++) {
			free(out->v[i].email);
			out->v[i].email = NULL;
		}
	return CORE_OK;
}

int
core_contact_gaps(struct core *c, const struct viewer *v,
    struct rec_partner_list *out)
{
	const char	*want = constitution_text(&c->cons,
			    "partners.named_contact");
	size_t		 i, n;
	int		 rc;

	(void)v;	/* the partners' names are public */
	memset(out, 0, sizeof(*out));
	/* MS-3.7.1's contacts are per area, not one per partner. */
	if (strcmp(want, "champion") != 0 && strcmp(want, "officer") != 0)
		return CORE_OK;
	rc = store_partners_without_contact(c->st, c->arr, want, out);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the partners");
	/* TP-5: officers are asked of the partner agencies only. */
	for (i = n = 0; i < out->n; i++) {
		if (rules_named_contact_asked(want, (unsigned)out->v[i].sector <
		    SECTOR__MAX ? sector_names[out->v[i].sector] : ""))
			out->v[n++] = out->v[i];
		else
			free(out->v[i].name);
	}
	out->n = n;
	return CORE_OK;
}

/* --- the implementation plan (SC-plan) --- */

int
core_plan_add(struct core *c, const struct plan_in *in, int64_t *id)
{
	struct rec_org	 o = { 0 };
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
	if ((rc = core_int_find_org(c, in->organisation, &o)) != CORE_OK ||
	    (rc = commitment_of(c, in->commitment, &cm)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_PLAN_INSERT, "llnsssss", c->arr,
	    o.id, cm, in->action, in->owner, due, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the action");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "plan.add", "plan_action", *id,
	    "{s:s, s:s, s:s, s:s}", "organisation", o.name, "action",
	    in->action, "owner", in->owner, "due", due);
out:
	rec_org_clear(&o);
	return core_end(c, rc);
}

int
core_plan_progress(struct core *c, int64_t id, const char *note,
    const char *done)
{
	struct rec_plan	p;
	char		on[DATE_LEN];
	int		rc, found = 0;

	memset(&p, 0, sizeof(p));
	if (text_blank(note) && done == NULL)
		return core_fail(c, CORE_EINVAL, "progress", "say what has "
		    "been done (--progress), or that it is done (--done)");
	if ((rc = core_int_body(c, "progress", note, 0, 4000)) ||
	    (done != NULL && (rc = core_int_date(c, "done", done, on))))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_plan_get(c->st, c->arr, id, &p, &found);
	if ((rc = core_int_found(c, rc, found, "reading the action", "action",
	    "no action %lld in the plan; 'alliance plan list' shows them",
	    (long long)id)) != CORE_OK)
		goto out;
	if (p.done_on != NULL) {
		rc = core_fail(c, CORE_EINVAL, "action", "action %lld was "
		    "done on %s already", (long long)id, p.done_on);
		goto out;
	}
	if (!text_blank(note) && (rc = store_exec(c->st,
	    STMT_PLAN_PROGRESS, "ls", id, note)) != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the progress");
		goto out;
	}
	if (done != NULL && (rc = store_exec(c->st, STMT_PLAN_DONE, "ls", id,
	    on)) != STORE_OK) {
		rc = core_store_fail(c, rc, "marking it done");
		goto out;
	}
	rc = core_auditf(c, done != NULL ? "plan.done" : "plan.progress",
	    "plan_action", id, "{s:s, s:s?, s:s?}", "action", p.action,
	    "progress", note, "done", done != NULL ? on : NULL);
out:
	rec_plan_clear(&p);
	return core_end(c, rc);
}

int
core_plan_read(struct core *c, const struct viewer *v, const char *org,
    struct rec_plan_list *out)
{
	struct rec_org	 o = { 0 };
	struct rec_plan	*p;
	size_t	 i;
	int	 rc, due, done, today;

	(void)v;	/* the plan is public */
	memset(out, 0, sizeof(*out));
	if (!text_blank(org) &&
	    (rc = core_int_find_org(c, org, &o)) != CORE_OK)
		return rc;
	rc = store_plan_list(c->st, c->arr, o.id, out);
	rec_org_clear(&o);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the plan");
	date_parse(c->today, &today);
	/* SC-plan: tracked to done; late ones are overdue. */
	for (i = 0; i < out->n; i++) {
		p = &out->v[i];
		done = -1;
		date_parse(p->due, &due);
		if (p->done_on != NULL)
			date_parse(p->done_on, &done);
		p->status = done >= 0 ? PLAN_DONE : rules_missed(due, done,
		    today) ? PLAN_OVERDUE : PLAN_OPEN;
	}
	return CORE_OK;
}

/* --- milestones (MS-5) --- */

/* A copy of s (NULL stays NULL); -1 for no memory. */
static int
dup(char **to, const char *s)
{
	*to = s != NULL ? strdup(s) : NULL;
	return s != NULL && *to == NULL ? -1 : 0;
}

int
core_milestones(struct core *c, const struct viewer *v,
    struct rec_milestone_list *out)
{
	struct rec_milestone_list	 met = { NULL, 0 };
	struct rec_milestone		*r;
	const char			*ms[64], *sp;
	char				 due[DATE_LEN];
	size_t				 i, j, n;
	int				 rc, d, done, today, bad = 0;

	(void)v;	/* the milestones are public */
	memset(out, 0, sizeof(*out));
	rc = store_milestone_met_list(c->st, c->arr, &met);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the milestones");
	date_parse(c->today, &today);
	n = constitution_list(&c->cons, "milestones", ms, 64);
	if (n > 0 && (out->v = calloc(n, sizeof(*out->v))) == NULL) {
		rec_milestone_list_free(&met);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	for (i = 0; i < n; i++) {
		/* "DATE text": the constitution checked the shape. */
		sp = strchr(ms[i], ' ');
		snprintf(due, sizeof(due), "%.*s", sp != NULL ? (int)(sp -
		    ms[i]) : (int)strlen(ms[i]), ms[i]);
		if (date_parse(due, &d) != 0)
			continue;
		r = &out->v[out->n++];
		r->n = (int)i + 1;
		bad |= dup(&r->due, due) | dup(&r->label, sp != NULL ? sp + 1 :
		    "");
		done = -1;
		for (j = 0; j < met.n && r->label != NULL; j++)
			if (strcmp(met.v[j].due, due) == 0 &&
			    strcmp(met.v[j].label, r->label) == 0) {
				free(r->met_on);
				free(r->note);
				bad |= dup(&r->met_on, met.v[j].met_on) |
				    dup(&r->note, met.v[j].note);
				date_parse(met.v[j].met_on, &done);
			}
		r->status = rules_missed(d, done, today) ? (done >= 0 ?
		    MS_MET_LATE : MS_MISSED) : done >= 0 ? MS_MET : MS_TO_COME;
	}
	rec_milestone_list_free(&met);
	if (bad) {
		rec_milestone_list_free(out);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	return CORE_OK;
}

int
core_milestone_met(struct core *c, int n, const char *date,
    const char *note)
{
	struct rec_milestone_list	 all = { NULL, 0 };
	struct rec_milestone		*m;
	char				 on[DATE_LEN];
	size_t				 i;
	int				 rc;

	if ((rc = core_int_date(c, "date", date, on)) ||
	    (rc = core_int_body(c, "note", note, 0, 2000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_milestones(c, &viewer_system, &all)) != CORE_OK)
		goto out;
	/* By its number, which counts every entry of the constitution. */
	m = NULL;
	for (i = 0; i < all.n; i++)
		if (all.v[i].n == n)
			m = &all.v[i];
	if (m == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "milestone", "no milestone "
		    "%d; 'alliance milestone list' shows them", n);
		goto out;
	}
	if (m->met_on != NULL) {
		rc = core_fail(c, CORE_EEXIST, "milestone", "milestone %d was "
		    "met on %s already", n, m->met_on);
		goto out;
	}
	rc = store_exec(c->st, STMT_MILESTONE_MET_INSERT, "lssssss", c->arr,
	    m->due, m->label, on, text_given(note), c->actor, c->now);
	rc = core_audited(c, rc, "recording the milestone", "milestone.met",
	    "arrangement", c->arr, "{s:s, s:s, s:s}", "due", m->due, "label",
	    m->label, "met_on", on);
out:
	rec_milestone_list_free(&all);
	return core_end(c, rc);
}

/* --- evidence of influence (TP-2b) --- */

int
core_influence_add(struct core *c, const struct influence_in *in,
    int64_t *id)
{
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
	    in->body, in->decision, in->change, cm, text_given(in->source),
	    c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the evidence");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "influence.add", "influence", *id,
	    "{s:s, s:s, s:s?}", "date", on, "body", in->body, "commitment",
	    in->commitment);
out:
	return core_end(c, rc);
}

int
core_influence_read(struct core *c, const struct viewer *v, int year,
    struct rec_influence_list *out)
{
	char	from[16], to[16];
	int	rc;

	(void)v;	/* the evidence is public */
	memset(out, 0, sizeof(*out));
	/* Year 0: all of it. */
	if (year == 0) {
		snprintf(from, sizeof(from), "0001-01-01");
		snprintf(to, sizeof(to), "9999-12-31");
	} else if ((rc = core_int_year(c, year, from, to)) != CORE_OK)
		return rc;
	rc = store_influence_list(c->st, c->arr, from, to, out);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the evidence");
}

/* --- attendance by partner (SC-quarterly) --- */

int
core_partner_attendance(struct core *c, const struct viewer *v, int year,
    struct rec_partner_attendance_list *out)
{
	char	from[16], to[16];
	int	rc;

	(void)v;	/* the partnerships' attendance is public */
	memset(out, 0, sizeof(*out));
	if ((rc = core_int_year(c, year, from, to)) != CORE_OK)
		return rc;
	/* Meetings still to come are not yet held. */
	if (strcmp(c->today, to) < 0)
		snprintf(to, sizeof(to), "%s", c->today);
	rc = store_partner_attendance(c->st, c->arr, from, to, out);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading attendance");
}

/* --- the register of partnerships (TP-2a) --- */

int
core_partnership_except(struct core *c, const char *position,
    const char *justification, const char *agreed_by, const char *agreed_on)
{
	struct rec_position	p;
	char			on[DATE_LEN];
	int			rc, found = 0;

	memset(&p, 0, sizeof(p));
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
	rc = store_pos_by_slug(c->st, c->arr, position, &p, &found);
	if ((rc = core_int_found(c, rc, found, "reading the position",
	    "position", "no partnership '%s'; 'alliance register positions' "
	    "shows them", position != NULL ? position : "")) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_EXCEPTION_UPSERT, "lsssss", p.id,
	    justification, agreed_by, on, c->actor, c->now);
	rc = core_audited(c, rc, "recording the justification",
	    "partnership.except", "position", p.id, "{s:s, s:s, s:s}",
	    "position", p.name, "agreed_by", agreed_by, "agreed_on", on);
out:
	rec_position_clear(&p);
	return core_end(c, rc);
}

int
core_partnerships(struct core *c, const struct viewer *v,
    struct rec_partnership_list *out)
{
	size_t	i;
	int	rc;

	(void)v;	/* the register is public */
	memset(out, 0, sizeof(*out));
	rc = store_partnership_register(c->st, c->arr, out);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the partnerships");
	/* TP-2a: represented, or a justification agreed, or a gap. */
	for (i = 0; i < out->n; i++)
		out->v[i].status = out->v[i].representatives > 0 ?
		    PS_REPRESENTED : out->v[i].justification != NULL ?
		    PS_JUSTIFIED : PS_GAP;
	return CORE_OK;
}
