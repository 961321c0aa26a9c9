/*
 * Unit tests of src/rules/compact.c: the self-assessment scale and its
 * lateness (MS-2-eval, MS-5) and the length of a consultation
 * (SC-consult).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "rules/compact.h"
#include "rules/constitution.h"
#include "rules/date.h"

static struct constitution sc, own, none;

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
	load("arrangement.name = Compact\nconsultation.min_weeks = 12\n", &sc);
	load("arrangement.name = Own scale\ncommitments.scale = red\n"
	    "commitments.scale = amber\ncommitments.scale = green\n", &own);
	load("arrangement.name = None\n", &none);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	constitution_free(&sc);
	constitution_free(&own);
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
test_MS_2_eval_default_scale(void **state)
{
	const char	*s[8];

	(void)state;
	assert_int_equal(rules_scale(&sc, s, 8), 3);
	assert_string_equal(s[0], "not started");
	assert_string_equal(s[2], "met");
	assert_true(rules_rating_ok(&sc, "in progress"));
	assert_true(rules_rating_ok(&sc, "Met"));
	assert_false(rules_rating_ok(&sc, "excellent"));
	assert_false(rules_rating_ok(&sc, ""));
	assert_false(rules_rating_ok(&sc, NULL));
}

static void
test_MS_2_eval_scale_from_the_constitution(void **state)
{
	const char	*s[8];

	(void)state;
	assert_int_equal(rules_scale(&own, s, 8), 3);
	assert_string_equal(s[1], "amber");
	assert_true(rules_rating_ok(&own, "green"));
	assert_false(rules_rating_ok(&own, "met"));
}

static void
test_MS_5_assessment_late(void **state)
{
	int due = day("2026-03-31");

	(void)state;
	assert_false(rules_assessment_late(due, -1, day("2026-03-31")));
	assert_true(rules_assessment_late(due, -1, day("2026-04-01")));
	assert_false(rules_assessment_late(due, day("2026-03-31"),
	    day("2026-05-01")));
	assert_true(rules_assessment_late(due, day("2026-04-02"),
	    day("2026-04-02")));
}

static void
test_SC_consult_twelve_weeks(void **state)
{
	int o = day("2026-01-05");

	(void)state;
	assert_int_equal(rules_consult_check(&sc, o, o + 84, 1, 0),
	    CONSULT_OK);
	assert_int_equal(rules_consult_check(&sc, o, o + 83, 1, 0),
	    CONSULT_SHORT_NO_REASON);
	assert_int_equal(rules_consult_check(&sc, o, o + 83, 1, 1),
	    CONSULT_SHORT);
	/* Not significant to the sector: no minimum. */
	assert_int_equal(rules_consult_check(&sc, o, o + 7, 0, 0),
	    CONSULT_OK);
	assert_int_equal(rules_consult_check(&sc, o, o - 1, 0, 0),
	    CONSULT_BAD_DATES);
	/* No minimum set. */
	assert_int_equal(rules_consult_check(&none, o, o + 7, 1, 0),
	    CONSULT_OK);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_MS_2_eval_default_scale),
		cmocka_unit_test(test_MS_2_eval_scale_from_the_constitution),
		cmocka_unit_test(test_MS_5_assessment_late),
		cmocka_unit_test(test_SC_consult_twelve_weeks),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
