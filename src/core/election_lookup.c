/*
 * What an election needs of the registry, as typed values: the group,
 * the organisation or the person named, and an organisation's standing
 * in the electing group.  The registry's own typed lookups replace the
 * JSON read here once they are in.
 */
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

void
core_int_party_clear(struct core_party *p)
{
	free(p->name);
	free(p->slug);
	free(p->sector);
	memset(p, 0, sizeof(*p));
}

static int
party_of(struct core *c, const json_t *j, struct core_party *p)
{
	const char *s;

	memset(p, 0, sizeof(*p));
	p->id = jint(j, "id");
	if ((p->name = strdup(jstr(j, "name") ? jstr(j, "name") : "")) ==
	    NULL || ((s = jstr(j, "slug")) != NULL &&
	    (p->slug = strdup(s)) == NULL) || ((s = jstr(j, "sector")) !=
	    NULL && (p->sector = strdup(s)) == NULL)) {
		core_int_party_clear(p);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	p->group = jint(j, "electing_group_id");
	p->seats = (int)jint(j, "seats");
	return CORE_OK;
}

int
core_int_party_position(struct core *c, const char *ref,
    struct core_party *p, int *found)
{
	json_t	*j = NULL;
	int	 rc;

	memset(p, 0, sizeof(*p));
	*found = 0;
	if ((rc = store_row(c->st, &j, STMT_POS_BY_SLUG, "ls", c->arr,
	    ref)) != STORE_OK)
		return core_store_fail(c, rc, "reading the position");
	if (j != NULL) {
		*found = 1;
		rc = party_of(c, j, p);
	}
	json_decref(j);
	return rc;
}

int
core_int_party_org(struct core *c, const char *ref, struct core_party *p)
{
	json_t	*j = NULL;
	int	 rc;

	memset(p, 0, sizeof(*p));
	if ((rc = core_int_org(c, ref, &j)) == CORE_OK)
		rc = party_of(c, j, p);
	json_decref(j);
	return rc;
}

int
core_int_party_person(struct core *c, const char *ref, int unrestricted,
    struct core_party *p)
{
	json_t	*j = NULL;
	int	 rc;

	memset(p, 0, sizeof(*p));
	if ((rc = core_int_person(c, ref, &j)) == CORE_OK &&
	    (!unrestricted || (rc = core_int_restricted(c, j)) == CORE_OK))
		rc = party_of(c, j, p);
	json_decref(j);
	return rc;
}

int
core_int_party_group(struct core *c, const char *ref, struct core_party *p)
{
	json_t	*j = NULL;
	int	 rc;

	memset(p, 0, sizeof(*p));
	if ((rc = core_int_group(c, ref, &j)) == CORE_OK)
		rc = party_of(c, j, p);
	json_decref(j);
	return rc;
}

int
core_int_standing(struct core *c, int64_t group, int64_t org,
    int64_t person, struct core_standing *s)
{
	json_t	*mb = NULL;
	int	 rc;

	memset(s, 0, sizeof(*s));
	rc = org != 0 ? store_row(c->st, &mb, STMT_MEMB_GET, "ll", group,
	    org) : store_row(c->st, &mb, STMT_MEMB_ACTIVE_FOR_PERSON, "ll",
	    group, person);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the membership");
	if (mb != NULL) {
		s->found = 1;
		s->kind = memb_kind_parse(jstr(mb, "kind"));
		s->status = memb_status_parse(jstr(mb, "status"));
		s->excluded = (int)jint(mb, "excluded");
		s->vcse = jstr(mb, "sector") != NULL &&
		    strcmp(jstr(mb, "sector"), "vcse") == 0;
	}
	json_decref(mb);
	return CORE_OK;
}
