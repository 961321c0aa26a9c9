/*
 * The register of a meeting as core keeps it (core_meeting_register):
 * who may keep it (SA-6.3, SA-7.3: the group's chair or vice-chair, or
 * an officer), every row a member organisation, all rows in one change
 * or none.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/core.h"
#include "fresh.h"

/* An organisation s, a full member of the Southwest forum (signed), and
 * its lead person "Lead s" (*pid). */
static int64_t
member(struct core *c, const char *s, int64_t *pid)
{
	return add_member_org(c, "southwest", s, "full", "vcse", "2025-05-01",
	    pid);
}

/* How many organisations the meeting's register has recorded. */
static size_t
recorded(struct core *c, int64_t meeting)
{
	struct meeting_view	v;
	size_t			n;

	OK(c, core_meeting_get(c, &viewer_system, meeting, &v));
	n = v.attendance.n;
	meeting_view_free(&v);
	return n;
}

static void
test_SA_6_3_register_kept_by_chair_vice_chair_or_officer(void **state)
{
	struct meeting_in	 in = { "southwest", "2025-06-20", "10:00",
				    NULL, "Hall", NULL };
	struct core		 c;
	struct viewer		 chair = { VIEWER_MEMBER, 0, 0 };
	struct viewer		 vice = { VIEWER_MEMBER, 0, 0 };
	struct viewer		 plain = { VIEWER_MEMBER, 0, 0 };
	struct viewer		 officer = { VIEWER_OFFICER, 0, 0 };
	struct attendance_row	 rows[3];
	int64_t			 meeting, a, b, d, outsider, pa, pb, pd;
	int			 n = -1;

	(void)state;
	fresh_alliance(&c, NULL, 0);
	a = member(&c, "ra", &pa);
	b = member(&c, "rb", &pb);
	d = member(&c, "rd", &pd);
	OK(&c, core_office_set(&c, "southwest", "Lead ra", "chair", 0,
	    "2025-05-01", NULL));
	OK(&c, core_office_set(&c, "southwest", "Lead rb", "vice-chair", 0,
	    "2025-05-01", NULL));
	/* An organisation of another group only. */
	outsider = add_org(&c, "Elsewhere Trust", "ex", "vcse");
	OK(&c, core_meeting_schedule(&c, &viewer_system, &in, &meeting));
	chair.person = pa;
	chair.org = a;
	vice.person = pb;
	vice.org = b;
	plain.person = pd;
	plain.org = d;
	rows[0].org = a;
	rows[0].as = "present";
	rows[1].org = b;
	rows[1].as = "apologies";
	rows[2].org = d;
	rows[2].as = "";	/* left as it was */

	/* A member that does not chair, and the public: refused, with
	 * the sentence the page shows; nothing recorded. */
	assert_int_equal(core_meeting_register(&c, &plain, meeting, rows, 3,
	    &n), CORE_EPERM);
	assert_string_equal(c.err, "The register is kept by the group's "
	    "chair and vice-chair, and officers.");
	assert_int_equal(n, 0);
	assert_int_equal(core_meeting_register(&c, &viewer_public, meeting,
	    rows, 3, NULL), CORE_EPERM);
	assert_int_equal(recorded(&c, meeting), 0);
	/* No such meeting. */
	assert_int_equal(core_meeting_register(&c, &chair, meeting + 100,
	    rows, 3, NULL), CORE_ENOTFOUND);

	/* The chair: a row of no member organisation refuses them all,
	 * named at the register. */
	rows[2].org = outsider;
	rows[2].as = "present";
	assert_int_equal(core_meeting_register(&c, &chair, meeting, rows, 3,
	    &n), CORE_EINVAL);
	assert_string_equal(c.field, "register");
	assert_non_null(strstr(c.err, "is not a member of this group: "
	    "nothing was recorded"));
	assert_int_equal(recorded(&c, meeting), 0);
	/* Nothing chosen: refused. */
	rows[2].org = d;
	rows[2].as = NULL;
	assert_int_equal(core_meeting_register(&c, &chair, meeting, rows + 2,
	    1, NULL), CORE_EINVAL);
	assert_string_equal(c.field, "register");

	/* The chair records the register: two rows, the third left. */
	OK(&c, core_meeting_register(&c, &chair, meeting, rows, 3, &n));
	assert_int_equal(n, 2);
	assert_int_equal(recorded(&c, meeting), 2);
	/* The vice-chair, and an officer, may keep it too. */
	rows[2].as = "deputy";
	OK(&c, core_meeting_register(&c, &vice, meeting, rows + 2, 1, &n));
	assert_int_equal(n, 1);
	assert_int_equal(recorded(&c, meeting), 3);
	rows[0].as = "absent";
	OK(&c, core_meeting_register(&c, &officer, meeting, rows, 1, &n));
	assert_int_equal(n, 1);
	/* The command line keeps it as an officer does. */
	OK(&c, core_meeting_register(&c, &viewer_system, meeting, rows, 1,
	    &n));
	assert_int_equal(recorded(&c, meeting), 3);
	core_close(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_6_3_register_kept_by_chair_vice_chair_or_officer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
