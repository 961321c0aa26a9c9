/*
 * Unit tests of the rules of issue 16 continued: a forum's remit is a
 * place and it acts within it (SA-5.3, src/rules/place.c); the
 * Leaders Group takes VCSE full members only (MC-criteria,
 * src/rules/membership.c); the MoU Working Group's gap is measured
 * between meetings held (MC-mou, src/rules/meeting.c); and the owners
 * of the ids check now applies (src/rules/ruleid.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "rules/constitution.h"
#include "rules/date.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "rules/place.h"
#include "rules/ruleid.h"

static struct constitution sa, mc;

static void
load(const char *text, struct constitution *c)
{
	struct cs_error err;

	if (constitution_parse(text, c, &err) != 0)
		fail_msg("line %d %s: %s", err.line, err.setting, err.msg);
}

static int
day(const char *s)
{
	int d;

	assert_int_equal(date_parse(s, &d), 0);
	return d;
}

static int
setup(void **state)
{
	(void)state;
	load("arrangement.name = A\narrangement.kind = alliance\n", &sa);
	load("arrangement.name = M\narrangement.kind = leaders-group\n"
	    "membership.kinds = full\n"
	    "membership.full_sectors = vcse\n"
	    "membership.full_sectors = public\n"
	    "membership.group_sectors.leaders = vcse\n"
	    "membership.group_sectors.working-group = vcse\n"
	    "membership.group_sectors.working-group = public\n"
	    "meetings.max_gap_days.working-group = 31\n", &mc);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	constitution_free(&sa);
	constitution_free(&mc);
	return 0;
}

static const char *const stoke[] = { "Stoke-on-Trent" };
static const char *const county[] = { "Cannock Chase", "East Staffordshire",
    "Lichfield", "Newcastle-under-Lyme", "South Staffordshire", "Stafford",
    "Staffordshire Moorlands", "Tamworth" };
static const char *const north[] = { "Stoke-on-Trent",
    "Newcastle-under-Lyme", "Staffordshire Moorlands" };

/* SA-5.3: a county-wide forum's area does not hold the city; the
 * North forum's does; a place lies within itself. */
static void
test_SA_5_3_county_forum_cannot_elect_for_stoke(void **state)
{
	(void)state;
	assert_int_equal(rules_place_within(stoke, 1, county, 8), 0);
	assert_int_equal(rules_place_within(stoke, 1, north, 3), 1);
	assert_int_equal(rules_place_within(north, 3, north, 3), 1);
	/* Part of the North lies outside the county's... and inside. */
	assert_int_equal(rules_place_within(north, 3, county, 8), 0);
	assert_int_equal(rules_place_within(north + 1, 2, county, 8), 1);
	/* A place of no areas lies within none. */
	assert_int_equal(rules_place_within(NULL, 0, north, 3), 0);
}

/* SA-5.3: a place is written as its areas, separated by ';'. */
static void
test_SA_5_3_place_areas_read(void **state)
{
	const char	*a[4];
	char		 buf[200];

	(void)state;
	assert_int_equal(rules_place_areas(" Lichfield ; Tamworth;East "
	    "Staffordshire", buf, sizeof(buf), a, 4), 3);
	assert_string_equal(a[0], "Lichfield");
	assert_string_equal(a[1], "Tamworth");
	assert_string_equal(a[2], "East Staffordshire");
	assert_int_equal(rules_place_areas("Lichfield; ;Tamworth", buf,
	    sizeof(buf), a, 4), -1);
	assert_int_equal(rules_place_areas("a;b;c;d;e", buf, sizeof(buf), a,
	    4), -1);
}

/* MC-criteria: the Leaders Group is VCSE-only; the MoU Working Group
 * seats a public body; elsewhere nothing more is asked. */
static void
test_MC_criteria_leaders_group_vcse_only(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(rules_group_sectors(&mc, GK_LEADERS, MK_FULL,
	    SECTOR_PUBLIC, why, sizeof(why)), -1);
	assert_non_null(strstr(why, "full members are vcse organisations"));
	assert_int_equal(rules_group_sectors(&mc, GK_LEADERS, MK_FULL,
	    SECTOR_VCSE, why, sizeof(why)), 0);
	assert_int_equal(rules_group_sectors(&mc, GK_WORKING_GROUP, MK_FULL,
	    SECTOR_PUBLIC, why, sizeof(why)), 0);
	assert_int_equal(rules_group_sectors(&mc, GK_LEADERS, MK_GUEST,
	    SECTOR_PUBLIC, why, sizeof(why)), 0);
	assert_int_equal(rules_group_sectors(&sa, GK_LOCAL_FORUM, MK_FULL,
	    SECTOR_PUBLIC, why, sizeof(why)), 0);
}

/* MC-mou: the gap is measured between meetings held, not from the day
 * the group was recorded; with no meeting yet, from that day. */
static void
test_MC_mou_gap_between_meetings_held(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2026-03-02"), day("2026-03-30") };

	(void)state;
	assert_int_equal(rules_pace(&mc, GK_WORKING_GROUP, d, 2,
	    day("2026-01-05"), day("2026-04-10"), &p), 0);
	assert_int_equal(p.gap, 28);
	assert_int_equal(p.gap_exceeded, 0);
	assert_int_equal(rules_pace(&mc, GK_WORKING_GROUP, NULL, 0,
	    day("2026-01-05"), day("2026-04-10"), &p), 1);
	assert_int_equal(p.gap, 95);
}

/* The ids check now applies are each arrangement's own. */
static void
test_SA_5_3_SA_6_2_timetable_SA_D2_7_MS_board_reps_MC_wg_owned(void **state)
{
	struct constitution	ms;

	(void)state;
	load("arrangement.name = F\narrangement.kind = framework\n", &ms);
	assert_string_equal(rules_id(&sa, DUTY_REMIT, -1), "SA-5.3");
	assert_null(rules_id(&mc, DUTY_REMIT, -1));
	assert_string_equal(rules_id(&sa, DUTY_TIMETABLE, GK_LOCAL_FORUM),
	    "SA-6.2-timetable");
	assert_string_equal(rules_id(&sa, DUTY_REP_FEEDBACK, -1), "SA-D2.7");
	assert_string_equal(rules_id(&ms, DUTY_BOARD_REPS, -1),
	    "MS-board-reps");
	assert_null(rules_id(&ms, DUTY_REP_FEEDBACK, -1));
	assert_string_equal(rules_id(&mc, DUTY_WG_MAKEUP, GK_WORKING_GROUP),
	    "MC-wg");
	assert_null(rules_id(&mc, DUTY_WG_MAKEUP, GK_LEADERS));
	constitution_free(&ms);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_5_3_county_forum_cannot_elect_for_stoke),
		cmocka_unit_test(test_SA_5_3_place_areas_read),
		cmocka_unit_test(test_MC_criteria_leaders_group_vcse_only),
		cmocka_unit_test(test_MC_mou_gap_between_meetings_held),
		cmocka_unit_test(
		  test_SA_5_3_SA_6_2_timetable_SA_D2_7_MS_board_reps_MC_wg_owned),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
