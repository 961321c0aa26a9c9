/*
 * Offices and representative positions: chairs and vice-chairs
 * (SA-7.1), positions and their holders, removals (SA-9.5) and
 * statutory bodies' concerns (SA-D5.3), each holder checked for the
 * standing their organisation's membership gives them.  Every change
 * is one transaction with an audit entry.
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
#include "store/store.h"

/* Is the organisation one of the arrangement's secretariat (SA-7.1)? */
static int
is_secretariat(struct core *c, const json_t *org)
{
	const char	*sec[16];
	size_t		 i, n;

	n = constitution_list(&c->cons, "arrangement.secretariat", sec, 16);
	for (i = 0; i < n && i < 16; i++)
		if (strcasecmp(sec[i], jstr(org, "name")) == 0 ||
		    (jstr(org, "short_name") != NULL &&
		    strcasecmp(sec[i], jstr(org, "short_name")) == 0))
			return 1;
	return 0;
}

/*
 * The person's standing for an office or position: the membership of
 * their organisation in group (or, with group 0, the best in the
 * arrangement).  Returns 1 when rules_may_hold_office says yes; sets
 * *assoc when the organisation is an associate anywhere in it.
 */
static int
standing(struct core *c, const json_t *p, int64_t group, int *assoc,
    int *rc)
{
	json_t	*ms = NULL, *m;
	size_t	 i;
	int	 ok = 0, k, s;

	*assoc = 0;
	*rc = CORE_OK;
	if (jint(p, "organisation_id") == 0)
		return 0;
	if (store_rows(c->st, &ms, STMT_MEMB_OF_ORG, "ll", c->arr,
	    jint(p, "organisation_id")) != STORE_OK) {
		*rc = core_store_fail(c, STORE_ERROR, "reading memberships");
		return 0;
	}
	json_array_foreach(ms, i, m) {
		k = memb_kind_parse(jstr(m, "kind"));
		s = memb_status_parse(jstr(m, "status"));
		if (k == MK_ASSOCIATE)
			*assoc = 1;
		if ((group == 0 || jint(m, "group_id") == group) &&
		    rules_may_hold_office(k, s))
			ok = 1;
	}
	json_decref(ms);
	return ok;
}

int
core_office_set(struct core *c, const char *group, const char *person,
    const char *office, int interim, const char *start, const char *end)
{
	json_t		*g = NULL, *p = NULL, *org = NULL, *cur = NULL, *r, *d;
	char		 from[DATE_LEN], to[DATE_LEN] = "";
	const char	*until = NULL;
	size_t		 i;
	int		 rc, assoc, ok, days, days2, years;

	if (office == NULL || (strcmp(office, "chair") != 0 &&
	    strcmp(office, "vice-chair") != 0))
		return core_fail(c, CORE_EINVAL, "office", "office '%s' is not "
		    "accepted; expected chair or vice-chair",
		    office != NULL ? office : "");
	if ((rc = core_int_date(c, "start", start, from)) != CORE_OK)
		return rc;
	if (!core_int_blank(end)) {
		if ((rc = core_int_date(c, "end", end, to)) != CORE_OK)
			return rc;
		if (strcmp(to, from) < 0)
			return core_fail(c, CORE_EINVAL, "end", "end %s is "
			    "before start %s; expected a later date", to,
			    from);
		until = to;
	}
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_group(c, group, &g)) != CORE_OK ||
	    (rc = core_int_person(c, person, &p)) != CORE_OK)
		goto out;
	ok = standing(c, p, jint(g, "id"), &assoc, &rc);
	if (rc != CORE_OK)
		goto out;
	if (jint(p, "organisation_id") != 0 &&
	    (rc = core_int_org(c, jstr(p, "organisation"), &org)) != CORE_OK)
		goto out;
	/* SA-3.1-assoc: never an associate.  SA-E1: a full member of the
	 * group.  SA-7.1: an interim chair may come from the secretariat. */
	if (assoc && !ok) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s's organisation "
		    "is an associate member, and associates may not stand "
		    "as chair or vice-chair (SA-3.1-assoc)", jstr(p, "name"));
		goto out;
	}
	if (!ok && !(interim && org != NULL && is_secretariat(c, org)) &&
	    constitution_bool(&c->cons, "chair.full_member_only")) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s is not from an "
		    "active full member of %s; a %s must be (SA-E1)%s",
		    jstr(p, "name"), jstr(g, "name"), office,
		    interim ? " or, as interim, from the secretariat" : "");
		goto out;
	}
	rc = store_rows(c->st, &cur, STMT_OFFICE_CURRENT, "l", jint(g, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading offices");
		goto out;
	}
	years = constitution_int(&c->cons, "chair.term_years");
	if (until == NULL && !interim && years > 0) {
		/* SA-7.1: a three-year term; a chair elected mid-term
		 * serves to the end of the original term. */
		date_parse(from, &days);
		days2 = date_add_months(days, 12 * years) - 1;
		json_array_foreach(cur, i, r)
			if (strcmp(jstr(r, "office"), office) == 0 &&
			    !jint(r, "interim") && jstr(r, "term_end") &&
			    strcmp(jstr(r, "term_end"), from) >= 0 &&
			    constitution_bool(&c->cons,
			    "chair.midterm_ends_original"))
				date_parse(jstr(r, "term_end"), &days2);
		date_format(days2, to);
		until = to;
	}
	rc = store_exec(c->st, STMT_OFFICE_END, "sls", from, jint(g, "id"),
	    office);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_OFFICE_INSERT, "llsiss",
		    jint(g, "id"), jint(p, "id"), office, interim != 0, from,
		    until);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the office");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:b, s:s, s:s?}", "group",
	    jstr(g, "slug"), "person", jstr(p, "name"), "office", office,
	    "interim", interim != 0, "start", from, "end", until);
	rc = core_audit(c, "office.set", "group", jint(g, "id"), d);
	json_decref(d);
out:
	json_decref(g);
	json_decref(p);
	json_decref(org);
	json_decref(cur);
	return core_end(c, rc);
}

int
core_position_add(struct core *c, const struct position_in *in)
{
	json_t		*eg = NULL, *dup = NULL, *d;
	const char	*p;
	int		 rc;

	if ((rc = core_int_text(c, "slug", in->slug, 1, 40)) ||
	    (rc = core_int_text(c, "section", in->section, 1, 200)) ||
	    (rc = core_int_text(c, "name", in->name, 1, 200)) ||
	    (rc = core_int_text(c, "appointed_by", in->appointed_by, 0,
	    200)) ||
	    (rc = core_int_text(c, "note", in->note, 0, 2000)))
		return rc;
	for (p = in->slug; *p != '\0'; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p)
		    && *p != '-')
			return core_fail(c, CORE_EINVAL, "slug", "slug '%s' is "
			    "not accepted; expected lower-case letters, digits "
			    "and dashes", in->slug);
	if (in->method == NULL || (strcmp(in->method, "elected") != 0 &&
	    strcmp(in->method, "appointed") != 0))
		return core_fail(c, CORE_EINVAL, "method", "method '%s' is not "
		    "accepted; expected elected or appointed",
		    in->method != NULL ? in->method : "");
	if (in->seats < 1 || in->seats > 50)
		return core_fail(c, CORE_EINVAL, "seats", "seats %d is not "
		    "accepted; expected a whole number from 1 to 50",
		    in->seats);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &dup, STMT_POS_BY_SLUG, "ls", c->arr, in->slug);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "checking the position");
		goto out;
	}
	if (dup != NULL) {
		rc = core_fail(c, CORE_EEXIST, "slug", "a position '%s' "
		    "already exists", in->slug);
		goto out;
	}
	if (!core_int_blank(in->electing_group) &&
	    (rc = core_int_group(c, in->electing_group, &eg)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_POS_INSERT, "lsssssnis", c->arr,
	    in->slug, in->section, in->name, in->method,
	    core_int_blank(in->appointed_by) ? NULL : in->appointed_by,
	    eg != NULL ? jint(eg, "id") : (int64_t)0, in->seats,
	    core_int_blank(in->note) ? NULL : in->note);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the position");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:s, s:s?, s:i}", "slug", in->slug,
	    "section", in->section, "name", in->name, "method", in->method,
	    "electing_group", eg != NULL ? jstr(eg, "slug") : NULL,
	    "seats", in->seats);
	rc = core_audit(c, "position.add", "position", store_last_id(c->st),
	    d);
	json_decref(d);
out:
	json_decref(eg);
	json_decref(dup);
	return core_end(c, rc);
}

int
core_position_appoint(struct core *c, const char *position,
    const char *person, const char *role, int interim, const char *scope,
    const char *start, const char *end)
{
	json_t	*pos = NULL, *p = NULL, *cnt = NULL, *d;
	char	 from[DATE_LEN] = "", to[DATE_LEN] = "";
	int64_t	 eg;
	int	 rc, assoc, ok;

	if (role == NULL || (strcmp(role, "representative") != 0 &&
	    strcmp(role, "deputy") != 0))
		return core_fail(c, CORE_EINVAL, "role", "role '%s' is not "
		    "accepted; expected representative or deputy",
		    role != NULL ? role : "");
	if ((rc = core_int_text(c, "scope", scope, 0, 200)))
		return rc;
	if (!core_int_blank(start) && (rc = core_int_date(c, "start", start, from)))
		return rc;
	if (!core_int_blank(end) && (rc = core_int_date(c, "end", end, to)))
		return rc;
	if (from[0] && to[0] && strcmp(to, from) < 0)
		return core_fail(c, CORE_EINVAL, "end", "end %s is before "
		    "start %s; expected a later date", to, from);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &pos, STMT_POS_BY_SLUG, "ls", c->arr, position);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "finding the position");
		goto out;
	}
	if (pos == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "position", "no position "
		    "'%s'; 'alliance register positions' lists them",
		    position != NULL ? position : "");
		goto out;
	}
	if ((rc = core_int_person(c, person, &p)) != CORE_OK)
		goto out;
	/* SA-3.1-assoc: associates never represent.  SA-9.1: an elected,
	 * non-interim holder comes from a full member of the electing
	 * group; others from a full member of the arrangement. */
	eg = jint(pos, "electing_group_id");
	ok = standing(c, p, (!interim && eg != 0 &&
	    strcmp(jstr(pos, "method"), "elected") == 0) ? eg : 0, &assoc,
	    &rc);
	if (rc != CORE_OK)
		goto out;
	if (!ok) {
		rc = core_fail(c, CORE_EINVAL, "person", assoc ?
		    "%s's organisation is an associate member; associates "
		    "may not stand as representatives (SA-3.1-assoc)%s" :
		    "%s is not from an active full member%s; representatives "
		    "are (SA-3.1-full, SA-9.1)", jstr(p, "name"), assoc ? "" :
		    (eg != 0 && !interim ? " of the electing group" :
		    " of the arrangement"));
		goto out;
	}
	rc = store_row(c->st, &cnt, STMT_APPT_COUNT, "ls", jint(pos, "id"),
	    role);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "counting seats");
		goto out;
	}
	if (strcmp(role, "representative") == 0 &&
	    jint(cnt, "n") >= jint(pos, "seats")) {
		rc = core_fail(c, CORE_EINVAL, "position", "all %lld seat(s) "
		    "of %s are filled; end an appointment first",
		    (long long)jint(pos, "seats"), jstr(pos, "name"));
		goto out;
	}
	rc = store_exec(c->st, STMT_APPT_INSERT, "llsisss", jint(pos, "id"),
	    jint(p, "id"), role, interim != 0, core_int_blank(scope) ? NULL : scope,
	    from[0] ? from : NULL, to[0] ? to : NULL);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the appointment");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:b, s:s?, s:s?}", "position",
	    jstr(pos, "slug"), "person", jstr(p, "name"), "role", role,
	    "interim", interim != 0, "start", from[0] ? from : NULL, "end",
	    to[0] ? to : NULL);
	rc = core_audit(c, "position.appoint", "position", jint(pos, "id"),
	    d);
	json_decref(d);
out:
	json_decref(pos);
	json_decref(p);
	json_decref(cnt);
	return core_end(c, rc);
}

int
core_position_remove(struct core *c, const char *position,
    const char *person, const char *date, const char *reason)
{
	json_t	*pos = NULL, *p = NULL, *d;
	char	 on[DATE_LEN];
	int	 rc;

	if ((rc = core_int_date(c, "date", date, on)) ||
	    (rc = core_int_text(c, "reason", reason, 1, 2000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &pos, STMT_POS_BY_SLUG, "ls", c->arr,
	    position != NULL ? position : "");
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "finding the position");
		goto out;
	}
	if (pos == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "position", "no position "
		    "'%s'", position != NULL ? position : "");
		goto out;
	}
	if ((rc = core_int_person(c, person, &p)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_APPT_END_PERSON, "sll", on,
	    jint(pos, "id"), jint(p, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "ending the appointment");
		goto out;
	}
	if (store_changes(c->st) == 0) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s does not hold %s",
		    jstr(p, "name"), jstr(pos, "name"));
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:s}", "position", jstr(pos, "slug"),
	    "person", jstr(p, "name"), "date", on, "reason", reason);
	rc = core_audit(c, "position.remove", "position", jint(pos, "id"), d);
	json_decref(d);
out:
	json_decref(pos);
	json_decref(p);
	return core_end(c, rc);
}

int
core_position_concern(struct core *c, const char *position,
    const char *person, const char *org, const char *text)
{
	json_t	*pos = NULL, *p = NULL, *o = NULL, *hold = NULL, *h, *d;
	size_t	 i;
	int	 rc, holds = 0;

	if ((rc = core_int_text(c, "text", text, 1, 4000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &pos, STMT_POS_BY_SLUG, "ls", c->arr,
	    position != NULL ? position : "");
	if (rc == STORE_OK && pos == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "position", "no position "
		    "'%s'", position != NULL ? position : "");
		goto out;
	}
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "finding the position");
		goto out;
	}
	if ((rc = core_int_person(c, person, &p)) != CORE_OK ||
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	if (strcmp(jstr(o, "sector"), "public") != 0) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "statutory body; SA-D5.3 concerns come from statutory "
		    "bodies", jstr(o, "name"));
		goto out;
	}
	if ((rc = store_rows(c->st, &hold, STMT_APPT_CURRENT, "l",
	    jint(pos, "id"))) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the position");
		goto out;
	}
	json_array_foreach(hold, i, h)
		if (strcmp(jstr(h, "person"), jstr(p, "name")) == 0)
			holds = 1;
	if (!holds) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s does not hold %s",
		    jstr(p, "name"), jstr(pos, "name"));
		goto out;
	}
	rc = store_exec(c->st, STMT_CONCERN_INSERT, "lllsss", jint(pos, "id"),
	    jint(p, "id"), jint(o, "id"), text, c->today, c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the concern");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s}", "position", jstr(pos, "slug"),
	    "person", jstr(p, "name"), "raised_by", jstr(o, "name"));
	rc = core_audit(c, "position.concern", "position", jint(pos, "id"),
	    d);
	json_decref(d);
out:
	json_decref(pos);
	json_decref(p);
	json_decref(o);
	json_decref(hold);
	return core_end(c, rc);
}

int
core_position_concerns(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_CONCERN_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing concerns");
}
