/*
 * The registry answers for who is asking (issue 12): the core, not the
 * pages or the API, decides what each viewer sees of organisations,
 * people, groups, memberships and concerns.  Run on a real database
 * made through the core, as the command line makes it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/core.h"
#include "core/viewer.h"

#define OK(c, call) do { \
	int rc_ = (call); \
	if (rc_ != CORE_OK) \
		fail_msg("%s: %s", #call, (c)->err); \
} while (0)

static struct core	 c;
static char		 dir[256], path[300];
static int64_t		 org_a, org_b, org_c, ann, bob;

static int64_t
org(const char *name, const char *shrt, const char *email)
{
	struct org_in	o;
	int64_t		id;

	memset(&o, 0, sizeof(o));
	o.name = name;
	o.short_name = shrt;
	o.sector = "vcse";
	o.email = email;
	o.infrastructure = -1;
	OK(&c, core_org_add(&c, &o, &id));
	return id;
}

static int64_t
person(const char *name, const char *email, const char *organisation)
{
	struct person_in	p;
	int64_t			id;

	memset(&p, 0, sizeof(p));
	p.name = name;
	p.email = email;
	p.phone = "01234 567890";
	p.organisation = organisation;
	OK(&c, core_person_add(&c, &p, &id));
	return id;
}

static int
setup(void **state)
{
	struct group_in g;
	int64_t		id;

	(void)state;
	snprintf(dir, sizeof(dir), "%s/alliance-registry.XXXXXX",
	    access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/test.db", dir);
	setenv("ALLIANCE_TODAY", "2025-01-06", 1);
	unsetenv("ALLIANCE_KEY");
	if (core_clock(&c) != CORE_OK || core_open(&c, path, 1) != CORE_OK)
		return -1;
	c.actor = "registry test";
	if (core_init(&c, "staffordshire-alliance", NULL) != CORE_OK ||
	    core_use(&c, NULL) != CORE_OK)
		return -1;
	org_a = org("Alpha Trust", "at", "office@alpha.example.org");
	org_b = org("Beta Care", "bc", "office@beta.example.org");
	org_c = org("Gamma Unlisted", "gu", "office@gamma.example.org");
	ann = person("Ann Alpha", "ann@alpha.example.org", "at");
	bob = person("Bob Beta", "bob@beta.example.org", "bc");
	memset(&g, 0, sizeof(g));
	g.slug = "test-forum";
	g.name = "Test Forum";
	g.kind = "local-forum";
	OK(&c, core_group_add(&c, &g, &id));
	OK(&c, core_member_add(&c, "test-forum", "at", "full", NULL, NULL));
	OK(&c, core_member_add(&c, "test-forum", "bc", "full", NULL, NULL));
	return 0;
}

static int
teardown(void **state)
{
	char f[340];

	(void)state;
	core_close(&c);
	unlink(path);
	snprintf(f, sizeof(f), "%s-wal", path);
	unlink(f);
	snprintf(f, sizeof(f), "%s-shm", path);
	unlink(f);
	snprintf(f, sizeof(f), "%s.key", path);
	unlink(f);
	rmdir(dir);
	return 0;
}

static const char *
email_of(const struct rec_org_list *l, int64_t id)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].id == id)
			return l->v[i].email;
	fail_msg("organisation %lld not listed", (long long)id);
	return NULL;
}

/* An organisation's address is for officers; anyone else reads those
 * the registers name, without it. */
static void
test_org_email_for_officers_only(void **state)
{
	struct viewer		member = { VIEWER_MEMBER, 0, 0 };
	struct viewer		officer = { VIEWER_OFFICER, 0, 0 };
	struct rec_org_list	l = { NULL, 0 };
	struct rec_org		o;
	size_t			i;

	(void)state;
	member.person = bob;
	member.org = org_b;
	OK(&c, core_org_list(&c, &viewer_public, &l));
	assert_true(l.n >= 2);
	assert_null(email_of(&l, org_a));
	for (i = 0; i < l.n; i++)
		assert_int_not_equal(l.v[i].id, org_c);
	rec_org_list_free(&l);
	OK(&c, core_org_find(&c, &viewer_public, "at", &o));
	assert_string_equal(o.name, "Alpha Trust");
	assert_null(o.email);
	rec_org_clear(&o);
	assert_int_equal(core_org_find(&c, &member, "gu", &o), CORE_ENOTFOUND);
	OK(&c, core_org_list(&c, &member, &l));
	assert_null(email_of(&l, org_a));
	rec_org_list_free(&l);
	OK(&c, core_org_list(&c, &officer, &l));
	assert_string_equal(email_of(&l, org_a), "office@alpha.example.org");
	rec_org_list_free(&l);
	OK(&c, core_org_find(&c, &viewer_system, "gu", &o));
	assert_string_equal(o.email, "office@gamma.example.org");
	rec_org_clear(&o);
}

/* People are for members; their email and phone for officers and
 * themselves. */
static void
test_people_for_members_addresses_for_officers(void **state)
{
	struct viewer		member = { VIEWER_MEMBER, 0, 0 };
	struct viewer		officer = { VIEWER_OFFICER, 0, 0 };
	struct rec_person_list	l = { NULL, 0 };
	struct rec_person	p;
	struct rec_role_list	roles;
	size_t			i;
	int			seen = 0;

	(void)state;
	member.person = ann;
	member.org = org_a;
	assert_int_equal(core_person_list(&c, &viewer_public, &l), CORE_EPERM);
	assert_int_equal(l.n, 0);
	assert_int_equal(core_person_find(&c, &viewer_public, "Bob Beta", &p,
	    &roles), CORE_EPERM);
	OK(&c, core_person_list(&c, &member, &l));
	for (i = 0; i < l.n; i++) {
		if (l.v[i].id == ann) {
			assert_string_equal(l.v[i].email,
			    "ann@alpha.example.org");
			seen++;
		}
		if (l.v[i].id == bob) {
			assert_null(l.v[i].email);
			assert_null(l.v[i].phone);
			seen++;
		}
	}
	assert_int_equal(seen, 2);
	rec_person_list_free(&l);
	OK(&c, core_person_find(&c, &officer, "Bob Beta", &p, &roles));
	assert_string_equal(p.email, "bob@beta.example.org");
	assert_string_equal(p.organisation, "Beta Care");
	rec_person_clear(&p);
	rec_role_list_free(&roles);
}

/* Groups with their officers are for members; the public read the
 * register of forums, which lists the same groups. */
static void
test_groups_for_members_register_for_all(void **state)
{
	struct viewer		member = { VIEWER_MEMBER, 0, 0 };
	struct rec_group_list	l = { NULL, 0 };
	struct rec_forum_list	f = { NULL, 0 };
	struct rec_group	g;
	size_t			i;
	int			found = 0;

	(void)state;
	assert_int_equal(core_group_list(&c, &viewer_public, &l), CORE_EPERM);
	assert_int_equal(core_group_find(&c, &viewer_public, "test-forum", &g,
	    NULL), CORE_EPERM);
	OK(&c, core_group_list(&c, &member, &l));
	OK(&c, core_register_forums(&c, &viewer_public, &f));
	assert_int_equal(l.n, f.n);
	for (i = 0; i < f.n; i++)
		if (strcmp(f.v[i].slug, "test-forum") == 0) {
			assert_string_equal(f.v[i].chair_label, "vacant");
			found = 1;
		}
	assert_true(found);
	rec_group_list_free(&l);
	rec_forum_list_free(&f);
}

/* A membership's history is for officers and its own organisation. */
static void
test_membership_history_for_its_organisation(void **state)
{
	struct viewer			other = { VIEWER_MEMBER, 0, 0 };
	struct viewer			own = { VIEWER_MEMBER, 0, 0 };
	struct rec_membership_detail	d;
	struct rec_concern_list		cl = { NULL, 0 };

	(void)state;
	other.person = bob;
	other.org = org_b;
	own.person = ann;
	own.org = org_a;
	assert_int_equal(core_member_show(&c, &other, "test-forum", "at", &d),
	    CORE_EPERM);
	OK(&c, core_member_show(&c, &own, "test-forum", "at", &d));
	assert_string_equal(d.m.organisation, "Alpha Trust");
	assert_int_equal(d.m.status, MS_PENDING);
	assert_true(d.history.n >= 1);
	rec_membership_detail_free(&d);
	/* SA-D5.3: concerns about representatives, for officers. */
	assert_int_equal(core_position_concerns(&c, &own, &cl), CORE_EPERM);
	OK(&c, core_position_concerns(&c, &viewer_system, &cl));
	rec_concern_list_free(&cl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_org_email_for_officers_only),
		cmocka_unit_test(test_people_for_members_addresses_for_officers),
		cmocka_unit_test(test_groups_for_members_register_for_all),
		cmocka_unit_test(test_membership_history_for_its_organisation),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
