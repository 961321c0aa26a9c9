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
#include "store/store.h"

/* Records a status change in the membership and its history. */
static int
memb_set(struct core *c, json_t *m, enum memb_status to, const char *eff,
    const char *until, const char *reason)
{
	json_t	*d;
	int	 rc;

	rc = store_exec(c->st, STMT_MEMB_SET_STATUS, "ssl",
	    memb_status_names[to], until, jint(m, "id"));
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_MEMB_HISTORY_INSERT, "lssssss",
		    jint(m, "id"), memb_status_names[to], eff, until, reason,
		    c->actor, c->now);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "changing the membership");
	d = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s?, s:s?}",
	    "organisation", jstr(m, "organisation"), "group", jstr(m, "grp"),
	    "from", jstr(m, "status"), "to", memb_status_names[to],
	    "effective", eff, "until", until, "reason", reason);
	rc = core_audit(c, "membership.status", "membership", jint(m, "id"),
	    d);
	json_decref(d);
	/* SA-13.1: a breach is dealt with in writing; so are suspension,
	 * notice and the end of a membership. */
	if (rc == CORE_OK && to != MS_PENDING &&
	    !(to == MS_ACTIVE && strcmp(jstr(m, "status"), "pending") == 0)) {
		char subject[300], text[1600];

		snprintf(subject, sizeof(subject), "Your membership of %s: %s",
		    jstr(m, "group_name"), memb_status_names[to]);
		snprintf(text, sizeof(text), "This letter records that the "
		    "membership of %s in %s is %s from %s%s%s.%s%s",
		    jstr(m, "organisation"), jstr(m, "group_name"),
		    memb_status_names[to], eff, until ? " until " : "",
		    until ? until : "", reason ? " Reason: " : "",
		    reason ? reason : "");
		rc = core_int_notify_org(c, jint(m, "organisation_id"),
		    "membership", subject, text, NULL);
	}
	return rc;
}

/* The declaration of org against the agreement in force, or NULL. */
static int
declaration_of(struct core *c, int64_t org, json_t **agreement,
    json_t **decl)
{
	int rc;

	*decl = NULL;
	rc = store_row(c->st, agreement, STMT_AGREEMENT_CURRENT, "l", c->arr);
	if (rc == STORE_OK && *agreement != NULL)
		rc = store_row(c->st, decl, STMT_DECL_GET, "ll",
		    jint(*agreement, "id"), org);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the declaration");
}

int
core_member_add(struct core *c, const char *group, const char *org,
    const char *kind, const char *side, const char *date)
{
	json_t	*g = NULL, *o = NULL, *m = NULL, *agr = NULL, *decl = NULL;
	json_t	*d;
	char	 since[DATE_LEN], why[256];
	int	 k, rc;

	if ((rc = core_int_date(c, "since", date, since)) ||
	    (rc = core_int_text(c, "side", side, 0, 80)))
		return rc;
	if (kind == NULL || (k = memb_kind_parse(kind)) < 0)
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; expected full, associate, co-opted or guest",
		    kind != NULL ? kind : "");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_group(c, group, &g)) != CORE_OK ||
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	/* SA-3.1-full, SA-3.1-assoc */
	if (rules_kind_allowed(&c->cons, k, sector_parse(jstr(o, "sector")),
	    why, sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "kind", "%s: %s",
		    jstr(o, "name"), why);
		goto out;
	}
	rc = store_row(c->st, &m, STMT_MEMB_GET, "ll", jint(g, "id"),
	    jint(o, "id"));
	if (rc == STORE_OK && m != NULL) {
		rc = core_fail(c, CORE_EEXIST, "organisation", "%s already "
		    "has a %s membership of %s (%s)", jstr(o, "name"),
		    jstr(m, "kind"), jstr(g, "name"), jstr(m, "status"));
		goto out;
	}
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_MEMB_INSERT, "llssss",
		    jint(g, "id"), jint(o, "id"), memb_kind_names[k],
		    memb_status_names[MS_PENDING], core_int_blank(side) ? NULL : side,
		    since);
	if (rc == STORE_OK)
		rc = store_row(c->st, &m, STMT_MEMB_BY_ID, "l",
		    store_last_id(c->st));
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_MEMB_HISTORY_INSERT, "lssssss",
		    jint(m, "id"), memb_status_names[MS_PENDING], since, NULL,
		    "membership applied for", c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the membership");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:s?, s:s}", "organisation",
	    jstr(o, "name"), "group", jstr(g, "slug"), "kind",
	    memb_kind_names[k], "side", side, "since", since);
	rc = core_audit(c, "membership.add", "membership", jint(m, "id"), d);
	json_decref(d);
	if (rc != CORE_OK)
		goto out;
	/* SA-3.2: an organisation that has signed the agreement in force
	 * is active at once; otherwise it waits for its declaration. */
	if ((rc = declaration_of(c, jint(o, "id"), &agr, &decl)) != CORE_OK)
		goto out;
	if (decl != NULL)
		rc = memb_set(c, m, MS_ACTIVE, since, NULL, "agreement already "
		    "signed");
out:
	json_decref(g);
	json_decref(o);
	json_decref(m);
	json_decref(agr);
	json_decref(decl);
	return core_end(c, rc);
}

int
core_member_sign(struct core *c, const struct declaration_in *in)
{
	struct declaration_facts	 f;
	json_t				*o = NULL, *agr = NULL, *decl = NULL;
	json_t				*ms = NULL, *m, *d;
	const char			*missing;
	char				 date[DATE_LEN] = "";
	size_t				 i;
	int				 rc, days, today;

	if ((rc = core_int_text(c, "name", in->name, 0, 200)) ||
	    (rc = core_int_text(c, "role", in->role, 0, 200)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_org(c, in->organisation, &o)) != CORE_OK)
		goto out;
	memset(&f, 0, sizeof(f));
	f.name = in->name;
	f.role = in->role;
	f.organisation = jstr(o, "name");
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
	if ((rc = declaration_of(c, jint(o, "id"), &agr, &decl)) != CORE_OK)
		goto out;
	if (agr == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "agreement", "%s has no "
		    "agreement in force to sign", c->arr_slug);
		goto out;
	}
	if (decl != NULL) {
		rc = core_fail(c, CORE_EEXIST, "organisation", "%s signed %s "
		    "on %s already", jstr(o, "name"), jstr(agr, "title"),
		    jstr(decl, "signed_on"));
		goto out;
	}
	rc = store_exec(c->st, STMT_DECL_INSERT, "llsssiss", jint(agr, "id"),
	    jint(o, "id"), core_int_blank(in->name) ? "" : in->name,
	    core_int_blank(in->role) ? NULL : in->role, date, in->authority != 0,
	    c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the declaration");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s?, s:s?, s:s, s:b}", "organisation",
	    jstr(o, "name"), "agreement", jstr(agr, "version"), "name",
	    in->name, "role", in->role, "date", date, "authority",
	    in->authority != 0);
	rc = core_audit(c, "declaration.sign", "organisation", jint(o, "id"),
	    d);
	json_decref(d);
	if (rc != CORE_OK)
		goto out;
	/* SA-3.2: the signature starts every pending membership. */
	rc = store_rows(c->st, &ms, STMT_MEMB_OF_ORG, "ll", c->arr,
	    jint(o, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading memberships");
		goto out;
	}
	json_array_foreach(ms, i, m)
		if (strcmp(jstr(m, "status"), "pending") == 0 &&
		    (rc = memb_set(c, m, MS_ACTIVE, date, NULL,
		    "agreement signed")) != CORE_OK)
			goto out;
out:
	json_decref(o);
	json_decref(agr);
	json_decref(decl);
	json_decref(ms);
	return core_end(c, rc);
}

int
core_member_status(struct core *c, const char *group, const char *org,
    const char *status, const char *date, const char *reason)
{
	json_t	*m = NULL;
	char	 eff[DATE_LEN], why[200];
	int	 to, from, rc;

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
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	from = memb_status_parse(jstr(m, "status"));
	/* SA-13.2 suspension and reinstatement, SA-14.3 termination. */
	if (rules_status_change(from, to, why, sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "status", "%s in %s: %s",
		    jstr(m, "organisation"), jstr(m, "group_name"), why);
		goto out;
	}
	rc = memb_set(c, m, to, eff, NULL, core_int_blank(reason) ?
	    (from == MS_UNDER_NOTICE ? "notice withdrawn" : "reinstated") :
	    reason);
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_member_resign(struct core *c, const char *group, const char *org,
    const char *date, const char *reason)
{
	json_t	*m = NULL;
	char	 given[DATE_LEN], until[DATE_LEN], why[200];
	int	 from, days, rc;

	if ((rc = core_int_date(c, "date", date, given)) ||
	    (rc = core_int_text(c, "reason", reason, 0, 2000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	from = memb_status_parse(jstr(m, "status"));
	if (rules_status_change(from, MS_UNDER_NOTICE, why,
	    sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "status", "%s in %s cannot "
		    "resign: %s", jstr(m, "organisation"),
		    jstr(m, "group_name"), why);
		goto out;
	}
	/* SA-14.1: one month's written notice, ending on its own date. */
	date_parse(given, &days);
	date_format(rules_notice_end(&c->cons, days), until);
	rc = memb_set(c, m, MS_UNDER_NOTICE, given, until, core_int_blank(reason) ?
	    "written notice of resignation" : reason);
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_member_exclude(struct core *c, const char *group, const char *org,
    const char *reason)
{
	json_t	*m = NULL, *d;
	int	 rc;

	if ((rc = core_int_text(c, "reason", reason, 1, 2000)))
		return rc;
	if (!constitution_bool(&c->cons, "membership.exclude_during_notice"))
		return core_fail(c, CORE_EINVAL, "organisation", "this "
		    "arrangement's constitution does not let the chair exclude "
		    "a member during notice");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	/* SA-14.1: only during notice; the membership stays until it ends. */
	if (strcmp(jstr(m, "status"), "under notice") != 0) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is %s, not "
		    "under notice; only a member under notice is excluded "
		    "(SA-14.1)", jstr(m, "organisation"), jstr(m, "status"));
		goto out;
	}
	if ((rc = store_exec(c->st, STMT_MEMB_EXCLUDE, "l", jint(m, "id")))) {
		rc = core_store_fail(c, rc, "excluding the member");
		goto out;
	}
	rc = store_exec(c->st, STMT_MEMB_HISTORY_INSERT, "lssssss",
	    jint(m, "id"), "under notice", c->today, jstr(m, "status_until"),
	    reason, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the exclusion");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s}", "organisation",
	    jstr(m, "organisation"), "group", jstr(m, "grp"), "reason", reason);
	rc = core_audit(c, "membership.exclude", "membership", jint(m, "id"),
	    d);
	json_decref(d);
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_int_schedule_status(struct core *c, int64_t membership,
    const char *status, const char *effective, const char *reason)
{
	json_t	*d;
	int	 rc;

	rc = store_exec(c->st, STMT_SCHED_INSERT, "lssss", membership, status,
	    effective, reason, c->actor);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "scheduling the change");
	d = json_pack("{s:s, s:s, s:s}", "status", status, "effective",
	    effective, "reason", reason);
	rc = core_audit(c, "membership.schedule", "membership", membership,
	    d);
	json_decref(d);
	return rc;
}

int
core_int_settle(struct core *c)
{
	json_t		*due = NULL, *sched = NULL, *m;
	const char	*saved = c->actor;
	char		 why[200];
	size_t		 i;
	int		 rc, from, to;

	rc = store_rows(c->st, &due, STMT_MEMB_NOTICE_DUE, "ls", c->arr,
	    c->today);
	if (rc == STORE_OK)
		rc = store_rows(c->st, &sched, STMT_SCHED_DUE, "ls", c->arr,
		    c->today);
	if (rc != STORE_OK) {
		json_decref(due);
		return core_store_fail(c, rc, "reading notice periods");
	}
	if (json_array_size(due) == 0 && json_array_size(sched) == 0) {
		json_decref(due);
		json_decref(sched);
		return CORE_OK;
	}
	if ((rc = core_begin(c)) != CORE_OK) {
		json_decref(due);
		json_decref(sched);
		return rc;
	}
	/* SA-14.1: notice ends on its own date. */
	c->actor = "alliance (notice period ended)";
	json_array_foreach(due, i, m)
		if ((rc = memb_set(c, m, MS_RESIGNED, jstr(m, "status_until"),
		    NULL, "notice period ended")) != CORE_OK)
			break;
	/* SA-14.3: a termination voted with a later date takes effect. */
	c->actor = "alliance (dated decision)";
	json_array_foreach(sched, i, m) {
		if (rc != CORE_OK)
			break;
		from = memb_status_parse(jstr(m, "status"));
		to = memb_status_parse(jstr(m, "to_status"));
		if (to >= 0 && rules_status_change(from, to, why,
		    sizeof(why)) == 0)
			rc = memb_set(c, m, to, jstr(m, "effective"), NULL,
			    jstr(m, "reason"));
		if (rc == CORE_OK && store_exec(c->st, STMT_SCHED_DELETE, "l",
		    jint(m, "sched_id")) != STORE_OK)
			rc = core_store_fail(c, STORE_ERROR, "settling");
	}
	c->actor = saved;
	json_decref(due);
	json_decref(sched);
	return core_end(c, rc);
}

int
core_member_criterion(struct core *c, const char *group, const char *org,
    const char *criterion, const char *evidence)
{
	const char	*crit[32], *name = NULL;
	json_t		*m = NULL, *d;
	size_t		 i, n;
	char		 list[1024] = "";
	int		 rc;
	int64_t		 num;

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
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_CRIT_UPSERT, "lssss", jint(m, "id"),
	    name, evidence, c->actor, c->today);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording evidence");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:s}", "organisation",
	    jstr(m, "organisation"), "group", jstr(m, "grp"), "criterion",
	    name, "evidence", evidence);
	rc = core_audit(c, "membership.criterion", "membership",
	    jint(m, "id"), d);
	json_decref(d);
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_member_show(struct core *c, const char *group, const char *org,
    json_t **out)
{
	json_t		*hist = NULL, *crit = NULL, *gaps, *agr = NULL;
	json_t		*decl = NULL, *r;
	const char	*have[32], *missing[32];
	size_t		 i, n;
	int		 rc;

	if ((rc = core_int_membership(c, group, org, out)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, &hist, STMT_MEMB_HISTORY, "l",
	    jint(*out, "id"));
	if (rc == STORE_OK)
		rc = store_rows(c->st, &crit, STMT_CRIT_LIST, "l",
		    jint(*out, "id"));
	if (rc != STORE_OK) {
		json_decref(hist);
		json_decref(*out);
		*out = NULL;
		return core_store_fail(c, rc, "reading the membership");
	}
	/* MC-criteria: every criterion without evidence is a gap. */
	n = 0;
	json_array_foreach(crit, i, r)
		if (n < 32)
			have[n++] = jstr(r, "criterion");
	n = rules_criteria_gaps(&c->cons, have, n, missing, 32);
	gaps = json_array();
	for (i = 0; i < n && i < 32; i++)
		json_array_append_new(gaps, json_string(missing[i]));
	json_object_set_new(*out, "history", hist);
	json_object_set_new(*out, "criteria", crit);
	json_object_set_new(*out, "criteria_gaps", gaps);
	if ((rc = declaration_of(c, jint(*out, "organisation_id"), &agr,
	    &decl)) != CORE_OK) {
		json_decref(*out);
		*out = NULL;
		return rc;
	}
	json_object_set_new(*out, "declaration", decl != NULL ? decl :
	    json_null());
	json_decref(agr);
	return CORE_OK;
}

int
core_member_list(struct core *c, const char *group, json_t **out)
{
	json_t	*g = NULL;
	int	 rc;

	if (group == NULL)
		return core_register_members(c, out);
	if ((rc = core_int_group(c, group, &g)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, out, STMT_MEMB_LIST_GROUP, "l", jint(g, "id"));
	json_decref(g);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing members");
}
