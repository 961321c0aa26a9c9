/*
 * The registry's lookups as JSON rows, for the files of core whose
 * domains still pass rows (the compliance check, reports, reminders,
 * disputes, notifications and sign-in).  Each finds the record as registry.c does,
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

/* ref found as registry.c finds it, then its row by number. */
#define LOOKUP(fn, type, find, stmt, what) \
int \
fn(struct core *c, const char *ref, json_t **out) \
{ \
	struct type	r; \
	int		rc; \
\
	*out = NULL; \
	rc = find(c, ref, &r); \
	rc = row(c, rc, stmt, r.id, what, out); \
	type##_clear(&r); \
	return rc; \
}

LOOKUP(core_int_person, rec_person, core_int_find_person, STMT_PERSON_BY_ID,
    "finding the person")
LOOKUP(core_int_group, rec_group, core_int_find_group, STMT_GROUP_BY_ID,
    "finding the group")

int
core_int_group_rows(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_GROUP_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing groups");
}
