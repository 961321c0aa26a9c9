/*
 * For the unit tests that run core: a fresh arrangement made from the
 * Staffordshire Alliance's template, in a new folder under /tmp, on
 * 1 June 2025, open in c.  path (sz bytes, or NULL) gets the database's
 * path.  Include after cmocka.h and core/core.h.
 */
#ifndef TESTS_UNIT_FRESH_H
#define TESTS_UNIT_FRESH_H

#include <stdio.h>
#include <stdlib.h>

static inline void
fresh_alliance(struct core *c, char *path, size_t sz)
{
	char	 dir[] = "/tmp/alliance-unit-XXXXXX";
	char	 db[128], key[160];

	assert_non_null(mkdtemp(dir));
	snprintf(db, sizeof(db), "%s/a.db", dir);
	snprintf(key, sizeof(key), "%s/a.key", dir);
	if (path != NULL)
		snprintf(path, sz, "%s", db);
	setenv("ALLIANCE_KEY", key, 1);
	setenv("ALLIANCE_TODAY", "2025-06-01", 1);
	assert_int_equal(core_open(c, db, 1), CORE_OK);
	assert_int_equal(core_init(c, "staffordshire-alliance", NULL),
	    CORE_OK);
	core_close(c);
	assert_int_equal(core_open(c, db, 0), CORE_OK);
	assert_int_equal(core_use(c, NULL), CORE_OK);
}

/* A core call that must succeed; its message if not. */
#define OK(c, call) do { \
	int rc_ = (call); \
	if (rc_ != CORE_OK) \
		fail_msg("%s: %s", #call, (c)->err); \
} while (0)

/* Sets the clock variable var (ALLIANCE_TODAY or ALLIANCE_NOW) to v
 * and has core read it again. */
static inline void
clock_at(struct core *c, const char *var, const char *v)
{
	setenv(var, v, 1);
	assert_int_equal(core_clock(c), CORE_OK);
}

#endif
