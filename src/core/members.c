/*
 * Memberships of organisations in groups: adding one, the signed
 * declaration (SA-15.1), changes of status with their history
 * (suspension, resignation, exclusion, changes that take effect on a
 * later date and are settled when due), evidence of the membership
 * criteria, and showing and listing them.  Every change is one
 * transaction with an audit entry.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"
#include "core_int.h"
#include "rules/compact.h"
#include "rules/membership.h"
#include "rules/orgid.h"
#include "rules/parse.h"
#include "store/rec_registry.h"
#include "store/store.h"

static const char *
status_name(enum memb_status s)
{
	return (unsigned)s < MS__MAX ? memb_status_names[s] : "";
}

/* Records a status change in the membership and its history. */
static int
memb_set(struct core *c, const struct rec_membership *m, enum memb_status to,
    const char *eff, const char *until, const char *reason)
{
	int rc;

	rc = store_exec(c->st, STMT_MEMB_SET_STATUS, "ssl",
	    memb_status_names[to], until, m->id);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_MEMB_HISTORY_INSERT, "lssssss",
		    m->id, memb_status_names[to], eff, until, reason,
		    c->actor, c->now);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "changing the membership");
	rc = core_auditf(c, "membership.status", "membership", m->id,
	    "{s:s, s:s, s:s, s:s, s:s, s:s?, s:s?}", "organisation",
	    m->organisation, "group", m->grp, "from", status_name(m->status),
	    "to", memb_status_names[to], "effective", eff, "until", until,
	    "reason", reason);
	/* SA-13.1: a breach is dealt with in writing; so are suspension,
	 * notice and the end of a membership. */
	if (rc == CORE_OK && to != MS_PENDING &&
	    !(to == MS_ACTIVE && m->status == MS_PENDING)) {
		char subject[300], text[1600];

		snprintf(subject, sizeof(subject), "Your membership of %s: %s",
		    m->group_name, memb_status_names[to]);
		snprintf(text, sizeof(text), "This letter records that the "
		    "membership of %s in %s is %s from %s%s%s.%s%s",
		    m->organisation, m->group_name,
		    memb_status_names[to], eff, until ? " until " : "",
		    until ? until : "", reason ? " Reason: " : "",
		    reason ? reason : "");
		rc = core_int_notify_org(c, m->org_id, "membership", subject,
		    text, NULL);
	}
	return rc;
}

/* The agreement in force (*has_agr) and org's declaration against it
 * (*has_decl); the records are the caller's to clear. */
static int
declaration_of(struct core *c, int64_t org, struct rec_agreement *agr,
    int *has_agr, struct rec_declaration *decl, int *has_decl)
{
	int rc;

	memset(decl, 0, sizeof(*decl));
	*has_decl = 0;
	rc = store_agreement_current(c->st, c->arr, agr, has_agr);
	if (rc == STORE_OK && *has_agr)
		rc = store_decl_get(c->st, agr->id, org, decl, has_decl);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the declaration");
}

int
core_member_add(struct core *c, const char *group, const char *org,
    const char *kind, const char *side, const char *date)
{
	struct rec_group	g;
	struct rec_org		o;
	struct rec_membership	m;
	struct rec_agreement	agr;
	struct rec_declaration	decl;
	char			since[DATE_LEN], why[256];
	int			k, rc, found = 0, has_agr = 0, has_decl = 0;

	if ((rc = core_int_date(c, "since", date, since)) ||
	    (rc = core_int_text(c, "side", side, 0, 80)))
		return rc;
	if (kind == NULL || (k = memb_kind_parse(kind)) < 0)
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; expected full, associate, co-opted or guest",
		    kind != NULL ? kind : "");
	memset(&g, 0, sizeof(g));
	memset(&o, 0, sizeof(o));
	memset(&m, 0, sizeof(m));
	memset(&agr, 0, sizeof(agr));
	memset(&decl, 0, sizeof(decl));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK ||
	    (rc = core_int_find_org(c, org, &o)) != CORE_OK)
		goto out;
	/* SA-3.1-full, SA-3.1-assoc */
	if (rules_kind_allowed(&c->cons, k, o.sector, why, sizeof(why)) != 0 ||
	    rules_group_sectors(&c->cons, g.kind, k, o.sector, why,
	    sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "kind", "%s: %s", o.name, why);
		goto out;
	}
	rc = store_memb_get(c->st, g.id, o.id, &m, &found);
	if (rc == STORE_OK && found) {
		rc = core_fail(c, CORE_EEXIST, "organisation", "%s already "
		    "has a %s membership of %s (%s)", o.name,
		    (unsigned)m.kind < MK__MAX ? memb_kind_names[m.kind] : "",
		    g.name, status_name(m.status));
		goto out;
	}
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_MEMB_INSERT, "llssss", g.id, o.id,
		    memb_kind_names[k], memb_status_names[MS_PENDING],
		    text_given(side), since);
	if (rc == STORE_OK)
		rc = store_memb_by_id(c->st, store_last_id(c->st), &m, &found);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_MEMB_HISTORY_INSERT, "lssssss",
		    m.id, memb_status_names[MS_PENDING], since, NULL,
		    "membership applied for", c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the membership");
		goto out;
	}
	rc = core_auditf(c, "membership.add", "membership", m.id,
	    "{s:s, s:s, s:s, s:s?, s:s}", "organisation", o.name, "group",
	    g.slug, "kind", memb_kind_names[k], "side", side, "since", since);
	if (rc != CORE_OK)
		goto out;
	/* SA-3.2: an organisation that has signed the agreement in force
	 * is active at once; otherwise it waits for its declaration. */
	if ((rc = declaration_of(c, o.id, &agr, &has_agr, &decl,
	    &has_decl)) != CORE_OK)
		goto out;
	if (has_decl)
		rc = memb_set(c, &m, MS_ACTIVE, since, NULL, "agreement already "
		    "signed");
out:
	rec_group_clear(&g);
	rec_org_clear(&o);
	rec_membership_clear(&m);
	rec_agreement_clear(&agr);
	rec_declaration_clear(&decl);
	return core_end(c, rc);
}

int
core_member_sign(struct core *c, const struct declaration_in *in)
{
	struct declaration_facts	 f;
	struct rec_org			 o;
	struct rec_agreement		 agr;
	struct rec_declaration		 decl;
	struct rec_membership_list	 ms = { NULL, 0 };
	const char			*missing;
	char				 date[DATE_LEN] = "";
	size_t				 i;
	int				 rc, days, today, has_agr = 0;
	int				 has_decl = 0;

	if ((rc = core_int_text(c, "name", in->name, 0, 200)) ||
	    (rc = core_int_text(c, "role", in->role, 0, 200)))
		return rc;
	memset(&o, 0, sizeof(o));
	memset(&agr, 0, sizeof(agr));
	memset(&decl, 0, sizeof(decl));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_org(c, in->organisation, &o)) != CORE_OK)
		goto out;
	memset(&f, 0, sizeof(f));
	f.name = in->name;
	f.role = in->role;
	f.organisation = o.name;
	f.date = in->date;
	f.authority = in->authority;
	/* SA-15.1: an incomplete declaration is refused, naming the field. */
	if ((missing = rules_declaration_missing(&c->cons, &f)) != NULL) {
		rc = core_fail(c, CORE_EINVAL, missing, "the declaration is "
		    "missing its %s; %s", missing,
		    strcmp(missing, "date") == 0 ? "expected the date of "
		    "signing as YYYY-MM-DD" :
		    strcmp(missing, "confirmation of authority") == 0 ?
		    "the signer must confirm they have authority to sign "
		    "for the organisation (--authority)" :
		    "every field of the declaration is required");
		goto out;
	}
	if ((rc = core_int_date(c, "date", in->date, date)) != CORE_OK)
		goto out;
	date_parse(date, &days);
	date_parse(c->today, &today);
	if (days > today) {
		rc = core_fail(c, CORE_EINVAL, "date", "the declaration is "
		    "dated %s, after today (%s); a declaration is dated when "
		    "it is signed", date, c->today);
		goto out;
	}
	if ((rc = declaration_of(c, o.id, &agr, &has_agr, &decl,
	    &has_decl)) != CORE_OK)
		goto out;
	if (!has_agr) {
		rc = core_fail(c, CORE_ENOTFOUND, "agreement", "%s has no "
		    "agreement in force to sign", c->arr_slug);
		goto out;
	}
	if (has_decl) {
		rc = core_fail(c, CORE_EEXIST, "organisation", "%s signed %s "
		    "on %s already", o.name, agr.title, decl.signed_on);
		goto out;
	}
	rc = store_exec(c->st, STMT_DECL_INSERT, "llsssiss", agr.id, o.id,
	    text_blank(in->name) ? "" : in->name,
	    text_given(in->role), date, in->authority != 0,
	    c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the declaration");
		goto out;
	}
	rc = core_auditf(c, "declaration.sign", "organisation", o.id,
	    "{s:s, s:s, s:s?, s:s?, s:s, s:b}", "organisation", o.name,
	    "agreement", agr.version, "name", in->name, "role", in->role,
	    "date", date, "authority", in->authority != 0);
	if (rc != CORE_OK)
		goto out;
	/* SA-3.2: the signature starts every pending membership. */
	rc = store_memb_of_org(c->st, c->arr, o.id, &ms);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading memberships");
		goto out;
	}
	for (i = 0; i < ms.n; i++)
		if (ms.v[i].status == MS_PENDING &&
		    (rc = memb_set(c, &ms.v[i], MS_ACTIVE, date, NULL,
		    "agreement signed")) != CORE_OK)
			goto out;
out:
	rec_org_clear(&o);
	rec_agreement_clear(&agr);
	rec_declaration_clear(&decl);
	rec_membership_list_free(&ms);
	return core_end(c, rc);
}

int
core_member_status(struct core *c, const char *group, const char *org,
    const char *status, const char *date, const char *reason)
{
	struct rec_membership	m;
	char			eff[DATE_LEN], why[200];
	int			to, from, rc;

	to = memb_status_parse(status);
	if (to != MS_SUSPENDED && to != MS_ACTIVE && to != MS_WITHDRAWN &&
	    to != MS_TERMINATED)
		return core_fail(c, CORE_EINVAL, "status", "status '%s' is not "
		    "accepted here; expected suspended, active (reinstate), "
		    "withdrawn or terminated (resignation has its own "
		    "command)", status != NULL ? status : "");
	if ((rc = core_int_date(c, "date", date, eff)) ||
	    (rc = core_int_text(c, "reason", reason, to != MS_ACTIVE, 2000)))
		return rc;
	if (to == MS_SUSPENDED &&
	    !constitution_bool(&c->cons, "membership.suspension"))
		return core_fail(c, CORE_EINVAL, "status", "this "
		    "arrangement's constitution does not provide for "
		    "suspension (membership.suspension = no)");
	memset(&m, 0, sizeof(m));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	from = m.status;
	/* SA-13.2 suspension and reinstatement, SA-14.3 termination. */
	if (rules_status_change(from, to, why, sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "status", "%s in %s: %s",
		    m.organisation, m.group_name, why);
		goto out;
	}
	rc = memb_set(c, &m, to, eff, NULL, text_blank(reason) ?
	    (from == MS_UNDER_NOTICE ? "notice withdrawn" : "reinstated") :
	    reason);
out:
	rec_membership_clear(&m);
	return core_end(c, rc);
}

int
core_member_resign(struct core *c, const char *group, const char *org,
    const char *date, const char *reason)
{
	struct rec_membership	m;
	char			given[DATE_LEN], until[DATE_LEN], why[200];
	int			days, rc;

	if ((rc = core_int_date(c, "date", date, given)) ||
	    (rc = core_int_text(c, "reason", reason, 0, 2000)))
		return rc;
	memset(&m, 0, sizeof(m));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	if (rules_status_change(m.status, MS_UNDER_NOTICE, why,
	    sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "status", "%s in %s cannot "
		    "resign: %s", m.organisation, m.group_name, why);
		goto out;
	}
	/* SA-14.1: one month's written notice, ending on its own date. */
	date_parse(given, &days);
	date_format(rules_notice_end(&c->cons, days), until);
	rc = memb_set(c, &m, MS_UNDER_NOTICE, given, until,
	    text_blank(reason) ? "written notice of resignation" : reason);
out:
	rec_membership_clear(&m);
	return core_end(c, rc);
}

int
core_member_exclude(struct core *c, const char *group, const char *org,
    const char *reason)
{
	struct rec_membership	m;
	int			rc;

	if ((rc = core_int_text(c, "reason", reason, 1, 2000)))
		return rc;
	if (!constitution_bool(&c->cons, "membership.exclude_during_notice"))
		return core_fail(c, CORE_EINVAL, "organisation", "this "
		    "arrangement's constitution does not let the chair exclude "
		    "a member during notice");
	memset(&m, 0, sizeof(m));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	/* SA-14.1: only during notice; the membership stays until it ends. */
	if (m.status != MS_UNDER_NOTICE) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is %s, not "
		    "under notice; only a member under notice is excluded "
		    "(SA-14.1)", m.organisation, status_name(m.status));
		goto out;
	}
	if ((rc = store_exec(c->st, STMT_MEMB_EXCLUDE, "l", m.id))) {
		rc = core_store_fail(c, rc, "excluding the member");
		goto out;
	}
	rc = store_exec(c->st, STMT_MEMB_HISTORY_INSERT, "lssssss", m.id,
	    "under notice", c->today, m.status_until, reason, c->actor,
	    c->now);
	rc = core_audited(c, rc, "recording the exclusion",
	    "membership.exclude", "membership", m.id, "{s:s, s:s, s:s}",
	    "organisation", m.organisation, "group", m.grp, "reason", reason);
out:
	rec_membership_clear(&m);
	return core_end(c, rc);
}

int
core_int_schedule_status(struct core *c, int64_t membership,
    const char *status, const char *effective, const char *reason)
{
	int rc;

	rc = store_exec(c->st, STMT_SCHED_INSERT, "lssss", membership, status,
	    effective, reason, c->actor);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "scheduling the change");
	return core_auditf(c, "membership.schedule", "membership", membership,
	    "{s:s, s:s, s:s}", "status", status, "effective", effective,
	    "reason", reason);
}

int
core_int_settle(struct core *c)
{
	struct rec_membership_list	 due = { NULL, 0 };
	struct rec_sched_list		 sched = { NULL, 0 };
	struct rec_sched		*m;
	const char			*saved = c->actor;
	char				 why[200];
	size_t				 i;
	int				 rc, to;

	rc = store_memb_notice_due(c->st, c->arr, c->today, &due);
	if (rc == STORE_OK)
		rc = store_sched_due(c->st, c->arr, c->today, &sched);
	if (rc != STORE_OK) {
		rec_membership_list_free(&due);
		return core_store_fail(c, rc, "reading notice periods");
	}
	if (due.n == 0 && sched.n == 0)
		return CORE_OK;
	if ((rc = core_begin(c)) != CORE_OK) {
		rec_membership_list_free(&due);
		rec_sched_list_free(&sched);
		return rc;
	}
	/* SA-14.1: notice ends on its own date. */
	c->actor = "alliance (notice period ended)";
	for (i = 0; i < due.n; i++)
		if ((rc = memb_set(c, &due.v[i], MS_RESIGNED,
		    due.v[i].status_until, NULL, "notice period ended")) !=
		    CORE_OK)
			break;
	/* SA-14.3: a termination voted with a later date takes effect. */
	c->actor = "alliance (dated decision)";
	for (i = 0; rc == CORE_OK && i < sched.n; i++) {
		m = &sched.v[i];
		to = m->to_status != NULL ? memb_status_parse(m->to_status) :
		    -1;
		if (to >= 0 && rules_status_change(m->m.status, to, why,
		    sizeof(why)) == 0)
			rc = memb_set(c, &m->m, to, m->effective, NULL,
			    m->reason);
		if (rc == CORE_OK && store_exec(c->st, STMT_SCHED_DELETE, "l",
		    m->id) != STORE_OK)
			rc = core_store_fail(c, STORE_ERROR, "settling");
	}
	c->actor = saved;
	rec_membership_list_free(&due);
	rec_sched_list_free(&sched);
	return core_end(c, rc);
}

int
core_member_criterion(struct core *c, const char *group, const char *org,
    const char *criterion, const char *evidence)
{
	const char		*crit[32], *name = NULL;
	struct rec_membership	 m;
	size_t			 i, n;
	char			 list[1024] = "";
	int			 rc;
	int64_t			 num;

	if ((rc = core_int_text(c, "evidence", evidence, 1, 4000)))
		return rc;
	n = constitution_list(&c->cons, "membership.criteria", crit, 32);
	if (n == 0)
		return core_fail(c, CORE_EINVAL, "criterion", "this "
		    "arrangement's constitution sets no membership criteria");
	/* A criterion by its number in the constitution or its text. */
	if (parse_int(criterion, 1, (int64_t)n, &num) == 0)
		name = crit[num - 1];
	for (i = 0; name == NULL && criterion != NULL && i < n && i < 32; i++)
		if (strcasecmp(crit[i], criterion) == 0)
			name = crit[i];
	if (name == NULL) {
		for (i = 0; i < n && i < 32; i++)
			snprintf(list + strlen(list), sizeof(list) -
			    strlen(list), "%s%zu. %s", i ? "; " : "", i + 1,
			    crit[i]);
		return core_fail(c, CORE_EINVAL, "criterion", "criterion '%s' "
		    "is not one of the constitution's; expected a number or "
		    "the text of: %s", criterion != NULL ? criterion : "",
		    list);
	}
	memset(&m, 0, sizeof(m));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_CRIT_UPSERT, "lssss", m.id, name,
	    evidence, c->actor, c->today);
	rc = core_audited(c, rc, "recording evidence", "membership.criterion",
	    "membership", m.id, "{s:s, s:s, s:s, s:s}", "organisation",
	    m.organisation, "group", m.grp, "criterion", name, "evidence",
	    evidence);
out:
	rec_membership_clear(&m);
	return core_end(c, rc);
}

/* MC-criteria: every criterion without evidence is a gap. */
static int
criteria_gaps(struct core *c, struct rec_membership_detail *d)
{
	const char	*have[32], *missing[32];
	size_t		 i, n = 0;

	for (i = 0; i < d->criteria.n && n < 32; i++)
		have[n++] = d->criteria.v[i].criterion;
	n = rules_criteria_gaps(&c->cons, have, n, missing, 32);
	if (n > 32)
		n = 32;
	if (n > 0 && (d->gaps = calloc(n, sizeof(char *))) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	for (i = 0; i < n; i++) {
		if ((d->gaps[i] = strdup(missing[i])) == NULL)
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
		d->ngaps++;
	}
	return CORE_OK;
}

int
core_member_show(struct core *c, const struct viewer *v, const char *group,
    const char *org, struct rec_membership_detail *out)
{
	struct rec_agreement	agr;
	int			rc, has_agr = 0;

	memset(out, 0, sizeof(*out));
	memset(&agr, 0, sizeof(agr));
	if ((rc = core_int_find_membership(c, group, org, &out->m)) != CORE_OK)
		return rc;
	/* Its history and evidence: officers, and the organisation's own
	 * people. */
	if (!viewer_is_officer(v) && (v->org == 0 || v->org != out->m.org_id)) {
		rec_membership_detail_free(out);
		return core_fail(c, CORE_EPERM, NULL, "a membership's history "
		    "is shown to officers and its organisation's people");
	}
	rc = store_memb_history(c->st, out->m.id, &out->history);
	if (rc == STORE_OK)
		rc = store_crit_list(c->st, out->m.id, &out->criteria);
	if (rc != STORE_OK)
		rc = core_store_fail(c, rc, "reading the membership");
	if (rc == CORE_OK)
		rc = criteria_gaps(c, out);
	if (rc == CORE_OK)
		rc = declaration_of(c, out->m.org_id, &agr, &has_agr,
		    &out->declaration, &out->declared);
	rec_agreement_clear(&agr);
	if (rc != CORE_OK)
		rec_membership_detail_free(out);
	return rc;
}

int
core_member_list(struct core *c, const struct viewer *v, const char *group,
    struct rec_membership_list *out)
{
	struct rec_group	g;
	int			rc;

	out->v = NULL;
	out->n = 0;
	if (group == NULL)
		return core_register_members(c, v, out);
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK)
		return rc;
	rc = store_memb_list_group(c->st, g.id, out);
	rec_group_clear(&g);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing members");
}
