/*
 * Offices and representative positions: chairs and vice-chairs
 * (SA-7.1), positions and their holders, removals (SA-9.5) and
 * statutory bodies' concerns (SA-D5.3), each holder checked for the
 * standing their organisation's membership gives them.  Every change
 * is one transaction with an audit entry.
 */
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

/* Is the organisation one of the arrangement's secretariat (SA-7.1)? */
static int
is_secretariat(struct core *c, const struct rec_org *org)
{
	const char	*sec[16];
	size_t		 i, n;

	n = constitution_list(&c->cons, "arrangement.secretariat", sec, 16);
	for (i = 0; i < n && i < 16; i++)
		if (strcasecmp(sec[i], org->name) == 0 ||
		    (org->short_name != NULL &&
		    strcasecmp(sec[i], org->short_name) == 0))
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
standing(struct core *c, const struct rec_person *p, int64_t group,
    int *assoc, int *rc)
{
	struct rec_membership_list	ms = { NULL, 0 };
	size_t				i;
	int				ok = 0;

	*assoc = 0;
	*rc = CORE_OK;
	if (p->org_id == 0)
		return 0;
	if (store_memb_of_org(c->st, c->arr, p->org_id, &ms) != STORE_OK) {
		*rc = core_store_fail(c, STORE_ERROR, "reading memberships");
		return 0;
	}
	for (i = 0; i < ms.n; i++) {
		if (ms.v[i].kind == MK_ASSOCIATE)
			*assoc = 1;
		if ((group == 0 || ms.v[i].group_id == group) &&
		    rules_may_hold_office(ms.v[i].kind, ms.v[i].status))
			ok = 1;
	}
	rec_membership_list_free(&ms);
	return ok;
}

/* SA-7.1: the term's end, a three-year term from from; a chair elected
 * mid-term serves to the end of the original term. */
static int
term_end(struct core *c, const char *group_office, int64_t group,
    const char *from, char to[DATE_LEN])
{
	struct rec_office_list	cur = { NULL, 0 };
	size_t			i;
	int			rc, days, days2, years;

	years = constitution_int(&c->cons, "chair.term_years");
	if ((rc = store_office_current(c->st, group, &cur)) != STORE_OK)
		return core_store_fail(c, rc, "reading offices");
	date_parse(from, &days);
	days2 = date_add_months(days, 12 * years) - 1;
	for (i = 0; i < cur.n; i++)
		if (strcmp(cur.v[i].office, group_office) == 0 &&
		    !cur.v[i].interim && cur.v[i].term_end != NULL &&
		    strcmp(cur.v[i].term_end, from) >= 0 &&
		    constitution_bool(&c->cons, "chair.midterm_ends_original"))
			date_parse(cur.v[i].term_end, &days2);
	date_format(days2, to);
	rec_office_list_free(&cur);
	return CORE_OK;
}

int
core_office_set(struct core *c, const char *group, const char *person,
    const char *office, int interim, const char *start, const char *end)
{
	struct rec_group	 g;
	struct rec_person	 p;
	struct rec_org		 org;
	char			 from[DATE_LEN], to[DATE_LEN] = "";
	const char		*until = NULL;
	int			 rc, assoc, ok, found = 0;

	if (office == NULL || (strcmp(office, "chair") != 0 &&
	    strcmp(office, "vice-chair") != 0))
		return core_fail(c, CORE_EINVAL, "office", "office '%s' is not "
		    "accepted; expected chair or vice-chair",
		    office != NULL ? office : "");
	if ((rc = core_int_date(c, "start", start, from)) != CORE_OK)
		return rc;
	if (!text_blank(end)) {
		if ((rc = core_int_date(c, "end", end, to)) != CORE_OK)
			return rc;
		if (strcmp(to, from) < 0)
			return core_fail(c, CORE_EINVAL, "end", "end %s is "
			    "before start %s; expected a later date", to,
			    from);
		until = to;
	}
	memset(&g, 0, sizeof(g));
	memset(&p, 0, sizeof(p));
	memset(&org, 0, sizeof(org));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK ||
	    (rc = core_int_find_person(c, person, &p)) != CORE_OK)
		goto out;
	ok = standing(c, &p, g.id, &assoc, &rc);
	if (rc != CORE_OK)
		goto out;
	if (p.org_id != 0 && (rc = store_org_by_id(c->st, p.org_id, &org,
	    &found)) != STORE_OK) {
		rc = core_store_fail(c, rc, "finding the organisation");
		goto out;
	}
	/* SA-3.1-assoc: never an associate.  SA-E1: a full member of the
	 * group.  SA-7.1: an interim chair may come from the secretariat. */
	if (assoc && !ok) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s's organisation "
		    "is an associate member, and associates may not stand "
		    "as chair or vice-chair (SA-3.1-assoc)", p.name);
		goto out;
	}
	if (!ok && !(interim && org.id != 0 && is_secretariat(c, &org)) &&
	    constitution_bool(&c->cons, "chair.full_member_only")) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s is not from an "
		    "active full member of %s; a %s must be (SA-E1)%s",
		    p.name, g.name, office,
		    interim ? " or, as interim, from the secretariat" : "");
		goto out;
	}
	if (until == NULL && !interim &&
	    constitution_int(&c->cons, "chair.term_years") > 0) {
		if ((rc = term_end(c, office, g.id, from, to)) != CORE_OK)
			goto out;
		until = to;
	}
	rc = store_exec(c->st, STMT_OFFICE_END, "sls", from, g.id, office);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_OFFICE_INSERT, "llsiss", g.id,
		    p.id, office, interim != 0, from, until);
	rc = core_audited(c, rc, "recording the office", "office.set", "group",
	    g.id, "{s:s, s:s, s:s, s:b, s:s, s:s?}", "group", g.slug, "person",
	    p.name, "office", office, "interim", interim != 0, "start", from,
	    "end", until);
out:
	rec_group_clear(&g);
	rec_person_clear(&p);
	rec_org_clear(&org);
	return core_end(c, rc);
}

int
core_position_add(struct core *c, const struct position_in *in)
{
	struct rec_group	 eg;
	struct rec_position	 dup;
	int			 rc, found = 0;

	if ((rc = core_int_text(c, "slug", in->slug, 1, 40)) ||
	    (rc = core_int_text(c, "section", in->section, 1, 200)) ||
	    (rc = core_int_text(c, "name", in->name, 1, 200)) ||
	    (rc = core_int_text(c, "appointed_by", in->appointed_by, 0,
	    200)) ||
	    (rc = core_int_text(c, "note", in->note, 0, 2000)))
		return rc;
	/* The slug's length is checked above, as text. */
	if (parse_slug(in->slug, 40) != 0)
		return core_fail(c, CORE_EINVAL, "slug", "slug '%s' is not "
		    "accepted; expected lower-case letters, digits and "
		    "dashes", in->slug);
	if (in->method == NULL || (strcmp(in->method, "elected") != 0 &&
	    strcmp(in->method, "appointed") != 0))
		return core_fail(c, CORE_EINVAL, "method", "method '%s' is not "
		    "accepted; expected elected or appointed",
		    in->method != NULL ? in->method : "");
	if (in->seats < 1 || in->seats > 50)
		return core_fail(c, CORE_EINVAL, "seats", "seats %d is not "
		    "accepted; expected a whole number from 1 to 50",
		    in->seats);
	memset(&eg, 0, sizeof(eg));
	memset(&dup, 0, sizeof(dup));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_pos_by_slug(c->st, c->arr, in->slug, &dup, &found);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "checking the position");
		goto out;
	}
	if (found) {
		rc = core_fail(c, CORE_EEXIST, "slug", "a position '%s' "
		    "already exists", in->slug);
		goto out;
	}
	if (!text_blank(in->electing_group) &&
	    (rc = core_int_find_group(c, in->electing_group, &eg)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_POS_INSERT, "lsssssnis", c->arr,
	    in->slug, in->section, in->name, in->method,
	    text_given(in->appointed_by),
	    eg.id, in->seats, text_given(in->note));
	rc = core_audited(c, rc, "adding the position", "position.add",
	    "position", store_last_id(c->st), "{s:s, s:s, s:s, s:s, s:s?, s:i}",
	    "slug", in->slug, "section", in->section, "name", in->name,
	    "method", in->method, "electing_group", eg.slug, "seats",
	    in->seats);
out:
	rec_group_clear(&eg);
	rec_position_clear(&dup);
	return core_end(c, rc);
}

int
core_int_find_position(struct core *c, const char *slug, const char *hint,
    struct rec_position *pos)
{
	int rc, found = 0;

	rc = store_pos_by_slug(c->st, c->arr, slug != NULL ? slug : "", pos,
	    &found);
	return core_int_found(c, rc, found, "reading the position", "position",
	    "no position '%s'%s", slug != NULL ? slug : "", hint);
}

/* The position by slug or name, and the person, inside the
 * transaction; CORE_ENOTFOUND naming what is missing. */
static int
pos_and_person(struct core *c, const char *position, const char *person,
    const char *hint, struct rec_position *pos, struct rec_person *p)
{
	int rc;

	memset(p, 0, sizeof(*p));
	if ((rc = core_int_find_position(c, position, hint, pos)) != CORE_OK)
		return rc;
	return core_int_find_person(c, person, p);
}

int
core_position_appoint(struct core *c, const char *position,
    const char *person, const char *role, int interim, const char *scope,
    const char *start, const char *end)
{
	struct rec_position	pos;
	struct rec_person	p;
	char			from[DATE_LEN] = "", to[DATE_LEN] = "";
	int64_t			eg, n;
	int			rc, assoc, ok;

	if (role == NULL || (strcmp(role, "representative") != 0 &&
	    strcmp(role, "deputy") != 0))
		return core_fail(c, CORE_EINVAL, "role", "role '%s' is not "
		    "accepted; expected representative or deputy",
		    role != NULL ? role : "");
	if ((rc = core_int_text(c, "scope", scope, 0, 200)))
		return rc;
	if (!text_blank(start) && (rc = core_int_date(c, "start", start, from)))
		return rc;
	if (!text_blank(end) && (rc = core_int_date(c, "end", end, to)))
		return rc;
	if (from[0] && to[0] && strcmp(to, from) < 0)
		return core_fail(c, CORE_EINVAL, "end", "end %s is before "
		    "start %s; expected a later date", to, from);
	memset(&pos, 0, sizeof(pos));
	memset(&p, 0, sizeof(p));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = pos_and_person(c, position, person, "; 'alliance register "
	    "positions' lists them", &pos, &p)) != CORE_OK)
		goto out;
	/* SA-3.1-assoc: associates never represent.  SA-9.1: an elected,
	 * non-interim holder comes from a full member of the electing
	 * group; others from a full member of the arrangement. */
	eg = pos.electing_group_id;
	ok = standing(c, &p, (!interim && eg != 0 &&
	    strcmp(pos.method, "elected") == 0) ? eg : 0, &assoc, &rc);
	if (rc != CORE_OK)
		goto out;
	if (!ok) {
		rc = core_fail(c, CORE_EINVAL, "person", assoc ?
		    "%s's organisation is an associate member; associates "
		    "may not stand as representatives (SA-3.1-assoc)%s" :
		    "%s is not from an active full member%s; representatives "
		    "are (SA-3.1-full, SA-9.1)", p.name, assoc ? "" :
		    (eg != 0 && !interim ? " of the electing group" :
		    " of the arrangement"));
		goto out;
	}
	if ((rc = store_appt_count(c->st, pos.id, role, &n)) != STORE_OK) {
		rc = core_store_fail(c, rc, "counting seats");
		goto out;
	}
	if (strcmp(role, "representative") == 0 && n >= pos.seats) {
		rc = core_fail(c, CORE_EINVAL, "position", "all %lld seat(s) "
		    "of %s are filled; end an appointment first",
		    (long long)pos.seats, pos.name);
		goto out;
	}
	rc = store_exec(c->st, STMT_APPT_INSERT, "llsisss", pos.id, p.id, role,
	    interim != 0, text_given(scope),
	    from[0] ? from : NULL, to[0] ? to : NULL);
	rc = core_audited(c, rc, "recording the appointment",
	    "position.appoint", "position", pos.id,
	    "{s:s, s:s, s:s, s:b, s:s?, s:s?}", "position", pos.slug, "person",
	    p.name, "role", role, "interim", interim != 0, "start", from[0] ?
	    from : NULL, "end", to[0] ? to : NULL);
out:
	rec_position_clear(&pos);
	rec_person_clear(&p);
	return core_end(c, rc);
}

int
core_position_remove(struct core *c, const char *position,
    const char *person, const char *date, const char *reason)
{
	struct rec_position	pos;
	struct rec_person	p;
	char			on[DATE_LEN];
	int			rc;

	if ((rc = core_int_date(c, "date", date, on)) ||
	    (rc = core_int_text(c, "reason", reason, 1, 2000)))
		return rc;
	memset(&pos, 0, sizeof(pos));
	memset(&p, 0, sizeof(p));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = pos_and_person(c, position, person, "", &pos, &p)) !=
	    CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_APPT_END_PERSON, "sll", on, pos.id, p.id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "ending the appointment");
		goto out;
	}
	if (store_changes(c->st) == 0) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s does not hold %s",
		    p.name, pos.name);
		goto out;
	}
	rc = core_auditf(c, "position.remove", "position", pos.id,
	    "{s:s, s:s, s:s, s:s}", "position", pos.slug, "person", p.name,
	    "date", on, "reason", reason);
out:
	rec_position_clear(&pos);
	rec_person_clear(&p);
	return core_end(c, rc);
}

int
core_position_concern(struct core *c, const char *position,
    const char *person, const char *org, const char *text)
{
	struct rec_position		pos;
	struct rec_person		p;
	struct rec_org			o;
	struct rec_appointment_list	hold = { NULL, 0 };
	size_t				i;
	int				rc, holds = 0;

	if ((rc = core_int_text(c, "text", text, 1, 4000)))
		return rc;
	memset(&pos, 0, sizeof(pos));
	memset(&p, 0, sizeof(p));
	memset(&o, 0, sizeof(o));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = pos_and_person(c, position, person, "", &pos, &p)) !=
	    CORE_OK || (rc = core_int_find_org(c, org, &o)) != CORE_OK)
		goto out;
	if (o.sector != SECTOR_PUBLIC) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "statutory body; SA-D5.3 concerns come from statutory "
		    "bodies", o.name);
		goto out;
	}
	if ((rc = store_appt_current(c->st, pos.id, &hold)) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the position");
		goto out;
	}
	for (i = 0; i < hold.n; i++)
		if (strcmp(hold.v[i].person, p.name) == 0)
			holds = 1;
	if (!holds) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s does not hold %s",
		    p.name, pos.name);
		goto out;
	}
	rc = store_exec(c->st, STMT_CONCERN_INSERT, "lllsss", pos.id, p.id,
	    o.id, text, c->today, c->actor);
	rc = core_audited(c, rc, "recording the concern", "position.concern",
	    "position", pos.id, "{s:s, s:s, s:s}", "position", pos.slug,
	    "person", p.name, "raised_by", o.name);
out:
	rec_position_clear(&pos);
	rec_person_clear(&p);
	rec_org_clear(&o);
	rec_appointment_list_free(&hold);
	return core_end(c, rc);
}

int
core_position_concerns(struct core *c, const struct viewer *v,
    struct rec_concern_list *out)
{
	int rc;

	out->v = NULL;
	out->n = 0;
	/* SA-D5.3: recorded for the co-ordination group's chair. */
	if (!viewer_is_officer(v))
		return core_fail(c, CORE_EPERM, NULL, "concerns about "
		    "representatives are shown to officers");
	rc = store_concern_list(c->st, c->arr, out);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing concerns");
}
