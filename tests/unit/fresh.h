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
#include <string.h>

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

/* An organisation (not infrastructure) added through core: its id. */
static inline int64_t
add_org(struct core *c, const char *name, const char *short_name,
    const char *sector)
{
	struct org_in	o;
	int64_t		id;

	memset(&o, 0, sizeof(o));
	o.name = name;
	o.short_name = short_name;
	o.sector = sector;
	o.infrastructure = -1;
	OK(c, core_org_add(c, &o, &id));
	return id;
}

/* Sets the clock variable var (ALLIANCE_TODAY or ALLIANCE_NOW) to v
 * and has core read it again. */
static inline void
clock_at(struct core *c, const char *var, const char *v)
{
	setenv(var, v, 1);
	assert_int_equal(core_clock(c), CORE_OK);
}

/* n organisations "Voter 00".. (short names v00..), each a full member
 * of group with its declaration signed on day (YYYY-MM-DD). */
static inline void
add_signed_voters(struct core *c, const char *group, int n, const char *day)
{
	struct declaration_in	d;
	char			name[32], shrt[16];
	int			i;

	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "Voter %02d", i);
		snprintf(shrt, sizeof(shrt), "v%02d", i);
		(void)add_org(c, name, shrt, "vcse");
		OK(c, core_member_add(c, group, shrt, "full", NULL, NULL));
		memset(&d, 0, sizeof(d));
		d.organisation = shrt;
		d.name = d.role = "Chief Officer";
		d.date = day;
		d.authority = 1;
		OK(c, core_member_sign(c, &d));
	}
}

/* "Organisation S" (short name s, of sector), a member of kind in
 * group, its declaration signed on day (NULL: not signed), and its lead
 * "Lead S" (lead@S.example.org): the organisation's id, the person's in
 * *person. */
static inline int64_t
add_member_org(struct core *c, const char *group, const char *s,
    const char *kind, const char *sector, const char *day, int64_t *person)
{
	struct person_in	p;
	struct declaration_in	d;
	char			name[64], mail[64], lead[64];
	int64_t			id;

	snprintf(name, sizeof(name), "Organisation %s", s);
	snprintf(mail, sizeof(mail), "lead@%s.example.org", s);
	snprintf(lead, sizeof(lead), "Lead %s", s);
	id = add_org(c, name, s, sector);
	OK(c, core_member_add(c, group, s, kind, NULL, NULL));
	if (day != NULL) {
		memset(&d, 0, sizeof(d));
		d.organisation = s;
		d.name = d.role = "Chief Officer";
		d.date = day;
		d.authority = 1;
		OK(c, core_member_sign(c, &d));
	}
	memset(&p, 0, sizeof(p));
	p.name = lead;
	p.email = mail;
	p.organisation = s;
	OK(c, core_person_add(c, &p, person));
	return id;
}

#endif
