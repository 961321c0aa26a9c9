/*
 * Unit tests of src/rules/dispute.c: the Compact's three stages
 * (SC-resolve-1, SC-resolve-2, SC-resolve-3), the Alliance's dialogue
 * and independent third party (SA-12), breaches (SA-13.1) and the
 * figures of the annual review (SC-monitor).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "rules/constitution.h"
#include "rules/date.h"
#include "rules/dispute.h"

static struct constitution sc, sa, none;

static void
load(const char *text, struct constitution *c)
{
	struct cs_error err;

	if (constitution_parse(text, c, &err) != 0)
		fail_msg("line %d %s: %s", err.line, err.setting, err.msg);
}

static int
setup(void **state)
{
	(void)state;
	load("arrangement.name = Compact\ndispute.procedure = three-stage\n"
	    "dispute.resolution_weeks = 6\n", &sc);
	load("arrangement.name = Alliance\ndispute.procedure = dialogue\n"
	    "dispute.resolution_weeks = 0\n", &sa);
	load("arrangement.name = None\n", &none);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	constitution_free(&sc);
	constitution_free(&sa);
	constitution_free(&none);
	return 0;
}

static int
day(const char *s)
{
	int d = 0;

	assert_int_equal(date_parse(s, &d), 0);
	return d;
}

static void
test_SC_resolve_1_procedure_from_the_constitution(void **state)
{
	(void)state;
	assert_int_equal(rules_dispute_procedure(&sc), DISPUTE_THREE_STAGE);
	assert_int_equal(rules_dispute_procedure(&sa), DISPUTE_DIALOGUE);
	assert_int_equal(rules_dispute_procedure(&none), DISPUTE_NONE);
	assert_int_equal(rules_dispute_stages(DISPUTE_THREE_STAGE), 3);
	assert_int_equal(rules_dispute_stages(DISPUTE_DIALOGUE), 2);
	assert_int_equal(rules_dispute_stages(DISPUTE_NONE), 0);
}

static void
test_SC_resolve_2_due_six_weeks(void **state)
{
	int	d = day("2026-02-02");
	char	buf[DATE_LEN];

	(void)state;
	date_format(rules_dispute_due(&sc, d), buf);
	assert_string_equal(buf, "2026-03-16");
	/* SA-12 sets no clock. */
	assert_int_equal(rules_dispute_due(&sa, d), -1);
	assert_int_equal(rules_dispute_due(&none, d), -1);
}

static void
test_SC_resolve_2_overdue_after_the_due_day(void **state)
{
	int due = day("2026-03-16");

	(void)state;
	assert_false(rules_dispute_overdue(due, -1, due));
	assert_true(rules_dispute_overdue(due, -1, due + 1));
	/* Resolved: never overdue, however late. */
	assert_false(rules_dispute_overdue(due, due + 5, due + 9));
	/* No clock: never overdue. */
	assert_false(rules_dispute_overdue(-1, -1, due + 400));
}

static void
test_SC_monitor_resolved_in_time(void **state)
{
	int due = day("2026-03-16");

	(void)state;
	assert_true(rules_dispute_in_time(due, due));
	assert_false(rules_dispute_in_time(due, due + 1));
	assert_false(rules_dispute_in_time(due, -1));
	assert_true(rules_dispute_in_time(-1, due + 100));
}

static void
test_SC_resolve_2_statement_has_four_parts(void **state)
{
	const char *all[PART__MAX] = { "Contract ended", "Two meetings",
	    "No reply", "A review" };
	const char *some[PART__MAX] = { "Contract ended", "  ", NULL,
	    "A review" };
	const char *empty[PART__MAX] = { NULL, NULL, NULL, NULL };

	(void)state;
	assert_int_equal(rules_statement_missing(all), 0);
	assert_int_equal(rules_statement_missing(some),
	    (1u << PART_HANDLED) | (1u << PART_UNRESOLVED));
	assert_int_equal(rules_statement_missing(empty), 0xf);
	assert_string_equal(rules_statement_field(PART_UNRESOLVED),
	    "unresolved");
	assert_string_equal(rules_statement_label(PART_OUTCOME),
	    "what a good outcome would be");
}

static void
test_SC_resolve_2_stage_two_needs_the_statement(void **state)
{
	(void)state;
	assert_int_equal(rules_dispute_step(DISPUTE_THREE_STAGE, 0, 0, 1, 2,
	    1u << PART_OUTCOME, 0, 0), STEP_STATEMENT);
	assert_int_equal(rules_dispute_step(DISPUTE_THREE_STAGE, 0, 0, 1, 2,
	    0, 0, 0), STEP_OK);
}

static void
test_SC_resolve_stages_go_one_at_a_time(void **state)
{
	(void)state;
	assert_int_equal(rules_dispute_step(DISPUTE_THREE_STAGE, 0, 0, 1, 3,
	    0, 2, 0), STEP_NOT_NEXT);
	assert_int_equal(rules_dispute_step(DISPUTE_THREE_STAGE, 0, 0, 2, 1,
	    0, 2, 0), STEP_NOT_NEXT);
	assert_int_equal(rules_dispute_step(DISPUTE_THREE_STAGE, 0, 0, 3, 4,
	    0, 2, 0), STEP_NO_SUCH_STAGE);
	assert_int_equal(rules_dispute_step(DISPUTE_THREE_STAGE, 0, 1, 1, 2,
	    0, 0, 0), STEP_CLOSED);
	assert_int_equal(rules_dispute_step(DISPUTE_NONE, 0, 0, 1, 2, 0, 0,
	    1), STEP_NO_PROCEDURE);
}

static void
test_SC_resolve_3_mediation_needs_the_panel(void **state)
{
	(void)state;
	assert_int_equal(rules_dispute_step(DISPUTE_THREE_STAGE, 0, 0, 2, 3,
	    0, 0, 0), STEP_NO_PANEL);
	assert_int_equal(rules_dispute_step(DISPUTE_THREE_STAGE, 0, 0, 2, 3,
	    0, 2, 0), STEP_OK);
}

static void
test_SC_resolve_3_local_authority_signposted(void **state)
{
	(void)state;
	assert_true(rules_dispute_ombudsman(DISPUTE_THREE_STAGE, NULL,
	    "local authority"));
	assert_true(rules_dispute_ombudsman(DISPUTE_THREE_STAGE,
	    "Local Authority", "charity"));
	assert_false(rules_dispute_ombudsman(DISPUTE_THREE_STAGE, "NHS body",
	    NULL));
	/* SA-12 has no such stage. */
	assert_false(rules_dispute_ombudsman(DISPUTE_DIALOGUE,
	    "local authority", NULL));
}

static void
test_SA_12_third_party_by_mutual_agreement(void **state)
{
	(void)state;
	assert_int_equal(rules_dispute_step(DISPUTE_DIALOGUE, 0, 0, 1, 2, 0xf,
	    0, 0), STEP_NOT_AGREED);
	/* No statement or panel is asked for: dialogue first. */
	assert_int_equal(rules_dispute_step(DISPUTE_DIALOGUE, 0, 0, 1, 2, 0xf,
	    0, 1), STEP_OK);
	assert_int_equal(rules_dispute_step(DISPUTE_DIALOGUE, 0, 0, 2, 3, 0,
	    0, 1), STEP_NO_SUCH_STAGE);
}

static void
test_SA_13_1_breach_has_no_stages(void **state)
{
	(void)state;
	assert_int_equal(rules_dispute_step(DISPUTE_DIALOGUE, 1, 0, 1, 2, 0,
	    0, 1), STEP_BREACH);
	assert_int_equal(rules_dispute_step(DISPUTE_NONE, 1, 0, 1, 2, 0, 0,
	    1), STEP_BREACH);
}

static void
test_SC_resolve_2_panellist_has_no_links(void **state)
{
	struct panel_facts f = { 1, 0, 0, 0 };

	(void)state;
	assert_int_equal(rules_panellist(&f), PANEL_ELIGIBLE);
	f.interest = 1;
	assert_int_equal(rules_panellist(&f), PANEL_INTEREST);
	f.role = 1;
	assert_int_equal(rules_panellist(&f), PANEL_ROLE);
	f.employed = 1;
	assert_int_equal(rules_panellist(&f), PANEL_EMPLOYED);
	f.in_group = 0;
	assert_int_equal(rules_panellist(&f), PANEL_NOT_IN_GROUP);
}

static void
test_SC_resolve_2_panel_cross_sector(void **state)
{
	const char *one[] = { "vcse", "vcse", NULL };
	const char *two[] = { "vcse", NULL, "public" };

	(void)state;
	assert_false(rules_panel_cross_sector(one, 3));
	assert_true(rules_panel_cross_sector(two, 3));
	assert_false(rules_panel_cross_sector(two, 0));
	assert_false(rules_panel_cross_sector(one, 1));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SC_resolve_1_procedure_from_the_constitution),
		cmocka_unit_test(test_SC_resolve_2_due_six_weeks),
		cmocka_unit_test(test_SC_resolve_2_overdue_after_the_due_day),
		cmocka_unit_test(test_SC_monitor_resolved_in_time),
		cmocka_unit_test(test_SC_resolve_2_statement_has_four_parts),
		cmocka_unit_test(
		    test_SC_resolve_2_stage_two_needs_the_statement),
		cmocka_unit_test(test_SC_resolve_stages_go_one_at_a_time),
		cmocka_unit_test(test_SC_resolve_3_mediation_needs_the_panel),
		cmocka_unit_test(test_SC_resolve_3_local_authority_signposted),
		cmocka_unit_test(test_SA_12_third_party_by_mutual_agreement),
		cmocka_unit_test(test_SA_13_1_breach_has_no_stages),
		cmocka_unit_test(test_SC_resolve_2_panellist_has_no_links),
		cmocka_unit_test(test_SC_resolve_2_panel_cross_sector),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
