/*
 * The registry's lookups as JSON rows, for the files of core whose
 * domains still pass rows (meetings, decisions, elections and the
 * accountability records).  Each finds the record as registry.c does,
 * with its messages, and reads the same row by number.  Remove a
 * function here when its last caller reads the typed record.
 */
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "store/rec_registry.h"
#include "store/store.h"

static int
row(struct core *c, int rc, enum stmt st, int64_t id, const char *what,
    json_t **out)
{
	if (rc != CORE_OK)
		return rc;
	if ((rc = store_row(c->st, out, st, "l", id)) != STORE_OK)
		return core_store_fail(c, rc, what);
	if (*out == NULL)
		return core_fail(c, CORE_ENOTFOUND, NULL, "%s: gone", what);
	return CORE_OK;
}

int
core_int_org(struct core *c, const char *ref, json_t **out)
{
	struct rec_org	o;
	int		rc;

	*out = NULL;
	rc = core_int_find_org(c, ref, &o);
	rc = row(c, rc, STMT_ORG_BY_ID, o.id, "finding the organisation",
	    out);
	rec_org_clear(&o);
	return rc;
}

int
core_int_person(struct core *c, const char *ref, json_t **out)
{
	struct rec_person	p;
	int			rc;

	*out = NULL;
	rc = core_int_find_person(c, ref, &p);
	rc = row(c, rc, STMT_PERSON_BY_ID, p.id, "finding the person", out);
	rec_person_clear(&p);
	return rc;
}

int
core_int_group(struct core *c, const char *ref, json_t **out)
{
	struct rec_group	g;
	int			rc;

	*out = NULL;
	rc = core_int_find_group(c, ref, &g);
	rc = row(c, rc, STMT_GROUP_BY_ID, g.id, "finding the group", out);
	rec_group_clear(&g);
	return rc;
}

int
core_int_membership(struct core *c, const char *group, const char *org,
    json_t **out)
{
	struct rec_membership	m;
	int			rc;

	*out = NULL;
	rc = core_int_find_membership(c, group, org, &m);
	rc = row(c, rc, STMT_MEMB_BY_ID, m.id, "finding the membership", out);
	rec_membership_clear(&m);
	return rc;
}

int
core_int_group_rows(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_GROUP_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing groups");
}
