/*
 * Unit tests of who reads the compliance report (core_check_sees):
 * officers and the command line every flag, the chair of the group on
 * its own dashboard every flag of that group, members and a members
 * token only the flags about how the arrangement keeps its rules,
 * never one naming a person (SA-9.1's ended terms, SA-7.1's chairs,
 * SA-D3.6's training) or a member's possible breach (SA-13.2), and the
 * public none.  On the template's own arrangement, whose seeded
 * officers' terms have ended.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/core.h"
#include "fresh.h"

static const struct viewer member = { VIEWER_MEMBER, 0, 0 };
static const struct viewer officer = { VIEWER_OFFICER, 0, 0 };

static void
fresh(struct core *c)
{
	fresh_alliance(c, NULL, 0);
}

/* How many flags of l are about about. */
static size_t
count(const struct check_flag_list *l, enum check_about about)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++)
		n += l->v[i].about == about;
	return n;
}

/* 1 when l holds a flag whose fact has text. */
static int
holds(const struct check_flag_list *l, const char *text)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strstr(l->v[i].fact, text) != NULL)
			return 1;
	return 0;
}

static void
test_check_sees_by_viewer(void **state)
{
	(void)state;
	assert_true(core_check_sees(&viewer_system, 0, CHECK_ABOUT_PERSON));
	assert_true(core_check_sees(&officer, 0, CHECK_ABOUT_PERSON));
	assert_true(core_check_sees(&officer, 0, CHECK_ABOUT_MEMBER));
	assert_true(core_check_sees(&member, 0, CHECK_ABOUT_ARRANGEMENT));
	assert_false(core_check_sees(&member, 0, CHECK_ABOUT_MEMBER));
	assert_false(core_check_sees(&member, 0, CHECK_ABOUT_PERSON));
	/* The group's chair, on its dashboard. */
	assert_true(core_check_sees(&member, 1, CHECK_ABOUT_PERSON));
	assert_false(core_check_sees(&viewer_public, 0,
	    CHECK_ABOUT_ARRANGEMENT));
}

/* SA-9.1, SA-7.1: the ended terms and interim chairs the officers read
 * name people; a member reads the same report without them. */
static void
test_check_SA_9_1_member_reads_no_names(void **state)
{
	struct core		 c;
	struct check_flag_list	 all, some;
	size_t			 i, j;

	(void)state;
	fresh(&c);
	assert_int_equal(core_check(&c, &officer, NULL, NULL, &all), CORE_OK);
	assert_true(count(&all, CHECK_ABOUT_PERSON) > 0);
	assert_true(count(&all, CHECK_ABOUT_ARRANGEMENT) > 0);
	assert_true(holds(&all, "the seat is no longer theirs"));
	assert_int_equal(core_check(&c, &member, NULL, NULL, &some), CORE_OK);
	assert_int_equal(some.n, count(&all, CHECK_ABOUT_ARRANGEMENT));
	assert_int_equal(count(&some, CHECK_ABOUT_ARRANGEMENT), some.n);
	assert_false(holds(&some, "the seat is no longer theirs"));
	assert_false(holds(&some, "is interim"));
	/* The same flags, in the same order. */
	for (i = j = 0; i < all.n; i++)
		if (all.v[i].about == CHECK_ABOUT_ARRANGEMENT)
			assert_string_equal(all.v[i].fact, some.v[j++].fact);
	check_flag_list_free(&all);
	check_flag_list_free(&some);
	assert_int_equal(core_check(&c, &viewer_public, NULL, NULL, &some),
	    CORE_EPERM);
	assert_int_equal(some.n, 0);
	core_close(&c);
}

/* The report kept for today (core_check_today) is the whole report,
 * given to each viewer as that viewer may read it: a member asking
 * first does not shorten the officers' next reading, nor an officer's
 * lengthen the member's. */
static void
test_check_today_for_each_viewer(void **state)
{
	struct core		 c;
	struct check_flag_list	 full, m1, o, m2;

	(void)state;
	fresh(&c);
	assert_int_equal(core_check(&c, &viewer_system, NULL, NULL, &full),
	    CORE_OK);
	assert_int_equal(core_check_today(&c, &member, &m1), CORE_OK);
	assert_int_equal(core_check_today(&c, &officer, &o), CORE_OK);
	assert_int_equal(core_check_today(&c, &member, &m2), CORE_OK);
	assert_int_equal(o.n, full.n);
	assert_int_equal(m1.n, count(&full, CHECK_ABOUT_ARRANGEMENT));
	assert_int_equal(m2.n, m1.n);
	assert_true(m1.n < o.n);
	check_flag_list_free(&full);
	check_flag_list_free(&m1);
	check_flag_list_free(&o);
	check_flag_list_free(&m2);
	assert_int_equal(core_check_today(&c, &viewer_public, &m1),
	    CORE_EPERM);
	core_close(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_sees_by_viewer),
		cmocka_unit_test(test_check_SA_9_1_member_reads_no_names),
		cmocka_unit_test(test_check_today_for_each_viewer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
