/*
 * The five built-in templates: each seed's constitution and example data,
 * compiled into the program (scripts/embed.sh) and read by tmpl/ into a
 * struct tmpl.  A template is loaded through the same core functions an
 * officer uses, so its data passes every rule, and the whole load is one
 * transaction.
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "core_agree.h"
#include "store/rec_arrangement.h"
#include "store/store.h"
#include "tmpl/tmpl.h"

/* Prefixes core.err with where in the template data it went wrong. */
static int
where(struct core *c, int rc, const char *tmpl, const char *part, size_t i)
{
	char msg[sizeof(c->err)];

	if (rc == CORE_OK)
		return rc;
	snprintf(msg, sizeof(msg), "template %s, %s[%zu]: %s", tmpl, part, i,
	    c->err);
	memcpy(c->err, msg, sizeof(c->err));
	return rc;
}

/* Organisations and people are shared between arrangements: one
 * already in the database (by name, or by email) is reused. */
static int
load_parties(struct core *c, const struct tmpl *t)
{
	struct rec_org		 ho;
	struct rec_person	 hp;
	int64_t			 id;
	size_t			 i;
	int			 rc = CORE_OK;

	for (i = 0; i < t->organisations.n && rc == CORE_OK; i++) {
		const struct tmpl_org	*e = &t->organisations.v[i];
		struct org_in		 in = { e->name, e->short_name,
		    e->sector, e->legal_form, e->identifier, e->geography,
		    e->email, e->infrastructure };

		if (e->name != NULL &&
		    core_int_find_org(c, e->name, &ho) == CORE_OK) {
			rec_org_clear(&ho);
			continue;
		}
		rc = where(c, core_org_add(c, &in, &id), t->name,
		    "organisations", i);
	}
	for (i = 0; i < t->people.n && rc == CORE_OK; i++) {
		const struct tmpl_person	*e = &t->people.v[i];
		struct person_in		 in = { e->name, e->email,
		    NULL, e->organisation, e->job_title };

		if (e->email != NULL &&
		    core_int_find_person(c, e->email, &hp) == CORE_OK) {
			rec_person_clear(&hp);
			continue;
		}
		rc = where(c, core_person_add(c, &in, &id), t->name, "people",
		    i);
	}
	for (i = 0; i < t->roles.n && rc == CORE_OK; i++)
		rc = where(c, core_person_role(c, t->roles.v[i].person,
		    t->roles.v[i].role, t->roles.v[i].area), t->name, "roles",
		    i);
	return rc;
}

/* Groups, their members, declarations, criteria and offices. */
static int
load_groups(struct core *c, const struct tmpl *t)
{
	int64_t	id;
	size_t	i;
	int	rc = CORE_OK;

	for (i = 0; i < t->groups.n && rc == CORE_OK; i++) {
		const struct tmpl_group	*e = &t->groups.v[i];
		struct group_in		 in = { e->slug, e->name, e->kind,
		    e->description, e->geography, e->parent, e->support_org,
		    e->support_officer, e->recognised };

		rc = where(c, core_group_add(c, &in, &id), t->name, "groups",
		    i);
	}
	for (i = 0; i < t->memberships.n && rc == CORE_OK; i++) {
		const struct tmpl_membership *e = &t->memberships.v[i];

		rc = where(c, core_member_add(c, e->group, e->organisation,
		    e->kind, e->side, e->since), t->name, "memberships", i);
	}
	for (i = 0; i < t->declarations.n && rc == CORE_OK; i++) {
		const struct tmpl_declaration	*e = &t->declarations.v[i];
		struct declaration_in		 in = { e->organisation,
		    e->name, e->role, e->date, e->authority };

		rc = where(c, core_member_sign(c, &in), t->name,
		    "declarations", i);
	}
	for (i = 0; i < t->criteria.n && rc == CORE_OK; i++) {
		const struct tmpl_criterion *e = &t->criteria.v[i];

		rc = where(c, core_member_criterion(c, e->group,
		    e->organisation, e->criterion, e->evidence), t->name,
		    "criteria", i);
	}
	for (i = 0; i < t->offices.n && rc == CORE_OK; i++) {
		const struct tmpl_office *e = &t->offices.v[i];

		rc = where(c, core_office_set(c, e->group, e->person,
		    e->office, e->interim, e->start, e->end), t->name,
		    "offices", i);
	}
	return rc;
}

/* Positions and their holders, places (SA-5.3: each naming the groups
 * whose remit it is and the positions that serve it), commitments. */
static int
load_positions(struct core *c, const struct tmpl *t)
{
	char	part[48];
	int64_t	id;
	size_t	i, j;
	int	rc = CORE_OK;

	for (i = 0; i < t->positions.n && rc == CORE_OK; i++) {
		const struct tmpl_position	*e = &t->positions.v[i];
		const struct tmpl_holder	*h;
		struct position_in		 in = { e->slug, e->section,
		    e->name, e->method, e->appointed_by, e->electing_group,
		    e->note, e->seats };

		rc = where(c, core_position_add(c, &in), t->name,
		    "positions", i);
		snprintf(part, sizeof(part), "positions[%zu].holders", i);
		for (j = 0; j < e->holders.n && rc == CORE_OK; j++) {
			h = &e->holders.v[j];
			rc = where(c, core_position_appoint(c, e->slug,
			    h->person, h->role, h->interim, h->scope,
			    h->start, h->end), t->name, part, j);
		}
	}
	for (i = 0; i < t->places.n && rc == CORE_OK; i++) {
		const struct tmpl_place	*e = &t->places.v[i];
		struct place_in		 in = { e->slug, e->name, e->areas,
		    e->groups, e->positions };

		rc = where(c, core_place_add(c, &in, &id), t->name, "places",
		    i);
	}
	for (i = 0; i < t->commitments.n && rc == CORE_OK; i++) {
		const struct tmpl_commitment *e = &t->commitments.v[i];

		rc = where(c, core_commitment_add(c, e->code, e->kind,
		    e->heading, e->body, e->party), t->name, "commitments", i);
	}
	return rc;
}

int
core_template_check(struct core *c, const char *tmpl)
{
	char	names[256] = "";
	size_t	i;

	if (tmpl_known(tmpl))
		return CORE_OK;
	for (i = 0; tmpl_names[i] != NULL; i++)
		snprintf(names + strlen(names), sizeof(names) - strlen(names),
		    "%s%s", i ? ", " : "", tmpl_names[i]);
	return core_fail(c, CORE_EINVAL, "template", "template '%s' is not "
	    "built in; expected one of %s", tmpl != NULL ? tmpl : "", names);
}

/* The arrangement slug, its constitution in force from the day when and
 * its agreement, inside the caller's transaction. */
static int
create(struct core *c, const struct tmpl *t, const char *slug,
    const char *when)
{
	struct rec_arrangement	dup;
	int			rc, found;

	rc = store_arr_by_slug(c->st, slug, &dup, &found);
	rec_arrangement_clear(&dup);
	if (rc == STORE_OK && found)
		return core_fail(c, CORE_EEXIST, "template", "this database "
		    "already holds the arrangement '%s'", slug);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_ARR_INSERT, "sssss", slug,
		    constitution_text(&c->cons, "arrangement.name"),
		    constitution_text(&c->cons, "arrangement.kind"), t->name,
		    c->now);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "creating the arrangement");
	c->arr = store_last_id(c->st);
	snprintf(c->arr_slug, sizeof(c->arr_slug), "%s", slug);
	/* The constitution is in force from the agreement's start. */
	rc = store_exec(c->st, STMT_CONST_INSERT, "lssss", c->arr, when,
	    t->constitution, c->actor, c->now);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_AGREEMENT_INSERT, "lsss", c->arr,
		    t->agreement.version != NULL ? t->agreement.version : "1",
		    t->agreement.title != NULL ? t->agreement.title :
		    constitution_text(&c->cons, "arrangement.agreement"),
		    when);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "creating the arrangement");
	return core_auditf(c, "arrangement.init", "arrangement", c->arr,
	    "{s:s, s:s}", "template", t->name, "slug", slug);
}

static int
init_from(struct core *c, const struct tmpl *t, const char *slug)
{
	struct cs_error	cerr;
	char		when[DATE_LEN];
	int		rc;

	if (t->name == NULL || t->constitution == NULL)
		return core_fail(c, CORE_EFAULT, "template", "the template "
		    "has no %s", t->name == NULL ? "name" : "constitution");
	constitution_free(&c->cons);
	if (constitution_parse(t->constitution, &c->cons, &cerr) != 0)
		return core_fail(c, CORE_EFAULT, "template", "template %s "
		    "constitution, line %d: setting '%s' %s", t->name,
		    cerr.line, cerr.setting, cerr.msg);
	if ((rc = core_int_date(c, "agreement.in_force_from",
	    t->agreement.in_force_from, when)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = create(c, t, slug != NULL ? slug : t->name, when)) ==
	    CORE_OK && (rc = load_parties(c, t)) == CORE_OK &&
	    (rc = load_groups(c, t)) == CORE_OK)
		rc = load_positions(c, t);
	return core_end(c, rc);
}

int
core_init_from(struct core *c, const struct tmpl *t, const char *slug)
{
	int rc = init_from(c, t, slug);

	if (rc != CORE_OK) {
		c->arr = 0;
		c->arr_slug[0] = '\0';
	}
	return rc;
}

int
core_init(struct core *c, const char *name, const char *slug)
{
	struct tmpl	t;
	char		err[sizeof(c->err)];
	int		rc;

	if ((rc = core_template_check(c, name)) != CORE_OK)
		return rc;
	if (tmpl_load(name, &t, err, sizeof(err)) != 0)
		return core_fail(c, CORE_EFAULT, "template", "%s", err);
	rc = core_init_from(c, &t, slug);
	tmpl_free(&t);
	return rc;
}

int
core_arrangements(struct core *c, struct rec_arrangement_list *out)
{
	int rc = store_arr_list(c->st, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing arrangements");
}
