/*
 * What each viewer reads of the decisions (SA-3.1-assoc): a decision on
 * a VCSE-only item is for those who take part in VCSE-only business, as
 * the item itself is: a full member, the group's chair, an officer; not
 * an associate, nor an API token of scope members (it speaks for no
 * organisation).  Decisions on other items reach every member.
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
#include "fresh.h"


/* A signed member of the Southwest forum: kind full or associate. */
static int64_t
member(struct core *c, const char *name, const char *shrt,
    const char *sector, const char *kind)
{
	struct declaration_in	d;
	int64_t			id;

	id = add_org(c, name, shrt, sector);
	OK(c, core_member_add(c, "southwest", shrt, kind, NULL, NULL));
	memset(&d, 0, sizeof(d));
	d.organisation = shrt;
	d.name = "Chief Officer";
	d.role = "Chief Officer";
	d.date = "2025-01-06";
	d.authority = 1;
	OK(c, core_member_sign(c, &d));
	return id;
}

/* Whether v reads decision id, and how many of the group's it lists. */
static void
reads(struct core *c, const struct viewer *v, int64_t id, int seen,
    size_t listed)
{
	struct motion_view	m;
	struct rec_motion_list	l;
	int			rc;

	rc = core_motion_get(c, v, id, &m);
	assert_int_equal(rc, seen ? CORE_OK : CORE_ENOTFOUND);
	if (rc == CORE_OK)
		motion_view_free(&m);
	OK(c, core_motion_list(c, v, "southwest", &l));
	assert_int_equal(l.n, listed);
	rec_motion_list_free(&l);
	OK(c, core_motion_list(c, v, NULL, &l));
	assert_int_equal(l.n, listed);
	rec_motion_list_free(&l);
}

/* SA-3.1-assoc: the decision on the VCSE-only item is kept from an
 * associate and from a members token. */
static void
test_vcse_only_decision_kept_from_associates_sa_3_1_assoc(void **state)
{
	struct meeting_in	 in;
	struct viewer		 full = { VIEWER_MEMBER, 0, 0 };
	struct viewer		 assoc = { VIEWER_MEMBER, 0, 0 };
	struct viewer		 off = { VIEWER_OFFICER, 0, 0 };
	struct viewer		 tok;
	struct core		 c;
	char			 dir[] = "/tmp/alliance-moview.XXXXXX";
	char			 path[300];
	int64_t			 meeting, open_id, vcse_id;
	size_t			 i;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/test.db", dir);
	unsetenv("ALLIANCE_KEY");
	clock_at(&c, "ALLIANCE_TODAY", "2025-01-06");
	OK(&c, core_open(&c, path, 1));
	c.actor = "motion view test";
	OK(&c, core_init(&c, "staffordshire-alliance", NULL));
	OK(&c, core_use(&c, NULL));
	full.org = member(&c, "Voter Full", "vf", "vcse", "full");
	for (i = 0; i < 3; i++) {
		char name[32], shrt[8];

		snprintf(name, sizeof(name), "Voter %zu", i);
		snprintf(shrt, sizeof(shrt), "v%zu", i);
		(void)member(&c, name, shrt, "vcse", "full");
	}
	assoc.org = member(&c, "Board Associate", "ba", "public",
	    "associate");
	memset(&in, 0, sizeof(in));
	in.group = "southwest";
	in.day = "2025-02-03";
	in.starts = "10:00";
	in.ends = "12:00";
	in.place = "Hall";
	OK(&c, core_meeting_schedule(&c, &viewer_system, &in, &meeting));
	OK(&c, core_agenda_add(&c, &viewer_system, meeting, "Open business", 0,
	    NULL, NULL));
	OK(&c, core_agenda_add(&c, &viewer_system, meeting, "Sector position",
	    1, NULL, NULL));
	clock_at(&c, "ALLIANCE_TODAY", "2025-02-03");
	OK(&c, core_meeting_attend(&c, &viewer_system, meeting, "vf", "present",
	    "A", 0));
	for (i = 0; i < 3; i++) {
		char shrt[8];

		snprintf(shrt, sizeof(shrt), "v%zu", i);
		OK(&c, core_meeting_attend(&c, &viewer_system, meeting, shrt,
		    "present", "B", 0));
	}
	{
		struct meeting_view	v;
		int			open_pos = 0, vcse_pos = 0;

		OK(&c, core_meeting_get(&c, &viewer_system, meeting, &v));
		for (i = 0; i < v.agenda.n; i++) {
			if (strcmp(v.agenda.v[i].title, "Open business") == 0)
				open_pos = (int)v.agenda.v[i].pos;
			if (strcmp(v.agenda.v[i].title, "Sector position") ==
			    0)
				vcse_pos = (int)v.agenda.v[i].pos;
		}
		meeting_view_free(&v);
		assert_true(open_pos > 0 && vcse_pos > 0);
		OK(&c, core_decide_consensus(&c, &viewer_system, meeting,
		    open_pos, "Agreed the open business", &open_id));
		OK(&c, core_decide_consensus(&c, &viewer_system, meeting,
		    vcse_pos, "Agreed the sector's position", &vcse_id));
	}
	/* Both reach those who take part in VCSE-only business. */
	reads(&c, &full, vcse_id, 1, 2);
	reads(&c, &off, vcse_id, 1, 2);
	reads(&c, &viewer_system, vcse_id, 1, 2);
	/* The associate and a members token read the open one only. */
	reads(&c, &assoc, vcse_id, 0, 1);
	reads(&c, &assoc, open_id, 1, 1);
	viewer_of_scope(&tok, SCOPE_MEMBERS);
	reads(&c, &tok, vcse_id, 0, 1);
	reads(&c, &tok, open_id, 1, 1);
	core_close(&c);
	unlink(path);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_vcse_only_decision_kept_from_associates_sa_3_1_assoc),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
