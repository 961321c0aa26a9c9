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

static struct constitution sc, own, none, ms;

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
	load("arrangement.name = Compact\nconsultation.min_weeks = 12\n"
	    "funding.min_years = 3\n", &sc);
	load("arrangement.name = Framework\nfunding.min_years = 3\n"
	    "funding.max_years = 5\n", &ms);
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
	constitution_free(&ms);
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
	/* Both the opening and the closing day count: 84 days. */
	assert_int_equal(rules_consult_check(&sc, o, o + 83, 1, 0),
	    CONSULT_OK);
	assert_int_equal(rules_consult_check(&sc, o, o + 82, 1, 0),
	    CONSULT_SHORT_NO_REASON);
	assert_int_equal(rules_consult_check(&sc, o, o + 82, 1, 1),
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

/* Dates: 6 April to 28 June, both days counted, is twelve weeks. */
static void
test_SC_consult_opens_and_closes_both_count(void **state)
{
	(void)state;
	assert_int_equal(rules_period_days(day("2026-04-06"),
	    day("2026-06-28")), 84);
	assert_int_equal(rules_period_days(day("2026-04-06"),
	    day("2026-04-06")), 1);
	assert_int_equal(rules_consult_check(&sc, day("2026-04-06"),
	    day("2026-06-28"), 1, 0), CONSULT_OK);
	assert_int_equal(rules_consult_check(&sc, day("2026-04-06"),
	    day("2026-06-27"), 1, 0), CONSULT_SHORT_NO_REASON);
}

static void
test_MS_4_each_side_rates_its_own(void **state)
{
	(void)state;
	/* MS-3-commitments: the statutory bodies rate 3.x. */
	assert_true(rules_party_rates("public", "public"));
	assert_false(rules_party_rates("public", "vcse"));
	/* MS-4: the VCS signatories rate 4.1-4.7. */
	assert_true(rules_party_rates("vcse", "vcse"));
	assert_false(rules_party_rates("vcse", "public"));
	/* SC-annual: every partner, private ones too. */
	assert_true(rules_party_rates("all", "private"));
	/* A heading is rated by nobody. */
	assert_false(rules_party_rates(NULL, "public"));
	assert_true(rules_party_ok("vcse"));
	assert_false(rules_party_ok("council"));
	assert_false(rules_party_ok(NULL));
	assert_string_equal(rules_party_label("vcse"), "VCS signatories");
}

static void
test_TP_3a_amounts_in_pence(void **state)
{
	long long p = 0;

	(void)state;
	assert_int_equal(rules_money_parse("12500", &p), 0);
	assert_int_equal(p, 1250000);
	assert_int_equal(rules_money_parse("12,500.50", &p), 0);
	assert_int_equal(p, 1250050);
	assert_int_equal(rules_money_parse("\xc2\xa3" "1,000", &p), 0);
	assert_int_equal(p, 100000);
	assert_int_equal(rules_money_parse("0.5", &p), 0);
	assert_int_equal(p, 50);
	/* Refused: negative, three decimals, words, nothing, a bare dot. */
	assert_int_equal(rules_money_parse("-100", &p), -1);
	assert_int_equal(rules_money_parse("1.005", &p), -1);
	assert_int_equal(rules_money_parse("ten pounds", &p), -1);
	assert_int_equal(rules_money_parse("", &p), -1);
	assert_int_equal(rules_money_parse("12.", &p), -1);
	assert_int_equal(rules_money_parse(",100", &p), -1);
	/* A comma only groups thousands: a decimal comma is refused. */
	assert_int_equal(rules_money_parse("12,50", &p), -1);
	assert_int_equal(rules_money_parse("1,5", &p), -1);
	assert_int_equal(rules_money_parse("1,2345", &p), -1);
	assert_int_equal(rules_money_parse("1,234,567.89", &p), 0);
	assert_int_equal(p, 123456789);
	assert_int_equal(rules_money_parse("99999999999999999999", &p), -1);
}

/* tests/fuzz/crashes/money: 199 trillion pounds was taken as typed but
 * refused once printed with its pence; a trillion is the most, both
 * ways, and what is printed reads back. */
static void
test_TP_3a_amount_prints_and_reads_back(void **state)
{
	long long	 p, q;
	char		 b[40];

	(void)state;
	assert_int_equal(rules_money_parse("199999999999921", &p), -1);
	assert_int_equal(rules_money_parse("199999999999921.00", &p), -1);
	assert_int_equal(rules_money_parse("1,000,000,000,000", &p), 0);
	assert_int_equal(p, 100000000000000LL);
	rules_money_format(p, b, sizeof(b));
	assert_string_equal(b, "1,000,000,000,000.00");
	assert_int_equal(rules_money_parse(b, &q), 0);
	assert_int_equal(q, p);
	assert_int_equal(rules_money_parse("1,000,000,000,000.01", &p), -1);
}

static void
test_TP_3a_amounts_shown_with_commas(void **state)
{
	char b[40];

	(void)state;
	rules_money_format(1250050, b, sizeof(b));
	assert_string_equal(b, "12,500.50");
	rules_money_format(5, b, sizeof(b));
	assert_string_equal(b, "0.05");
	rules_money_format(100000000, b, sizeof(b));
	assert_string_equal(b, "1,000,000.00");
	/* A shortfall shows its sign in front. */
	rules_money_format(-150, b, sizeof(b));
	assert_string_equal(b, "-1.50");
	rules_money_format(-123456, b, sizeof(b));
	assert_string_equal(b, "-1,234.56");
}

static void
test_SC_contract_length_in_months(void **state)
{
	(void)state;
	/* A financial year, 1 April to 31 March, is twelve months. */
	assert_int_equal(rules_funding_months(day("2025-04-01"),
	    day("2026-03-31")), 12);
	assert_int_equal(rules_funding_months(day("2025-04-01"),
	    day("2028-03-31")), 36);
	/* A day short of three years is 35 whole months. */
	assert_int_equal(rules_funding_months(day("2025-04-01"),
	    day("2028-03-30")), 35);
	assert_int_equal(rules_funding_months(day("2025-04-01"),
	    day("2025-04-01")), 0);
	/* Month ends clamp: a month from 31 January 2028 ends on 28
	 * February, the day before 29 February. */
	assert_int_equal(rules_funding_months(day("2028-01-31"),
	    day("2028-02-28")), 1);
	assert_int_equal(rules_funding_months(day("2028-01-31"),
	    day("2028-02-27")), 0);
	assert_int_equal(rules_funding_months(day("2028-01-01"),
	    day("2028-01-31")), 1);
}

static void
test_SC_contract_three_years_is_the_aim(void **state)
{
	(void)state;
	assert_int_equal(rules_funding_band(&sc, 35), FUNDING_SHORT);
	assert_int_equal(rules_funding_band(&sc, 36), FUNDING_AIM);
	assert_int_equal(rules_funding_band(&sc, 120), FUNDING_AIM);
	/* No aim set: any length is fine. */
	assert_int_equal(rules_funding_band(&none, 1), FUNDING_AIM);
}

static void
test_MS_3_4_2_three_to_five_years(void **state)
{
	(void)state;
	assert_int_equal(rules_funding_band(&ms, 24), FUNDING_SHORT);
	assert_int_equal(rules_funding_band(&ms, 36), FUNDING_AIM);
	assert_int_equal(rules_funding_band(&ms, 60), FUNDING_AIM);
	assert_int_equal(rules_funding_band(&ms, 61), FUNDING_LONG);
}

static void
test_MS_5_milestone_missed(void **state)
{
	int due = day("2022-03-31");

	(void)state;
	/* Not met: missed only once its day has passed. */
	assert_false(rules_missed(due, -1, due));
	assert_true(rules_missed(due, -1, due + 1));
	/* Met on the day, or late. */
	assert_false(rules_missed(due, due, due + 100));
	assert_true(rules_missed(due, due + 1, due + 100));
}

static void
test_SC_plan_action_overdue(void **state)
{
	int due = day("2026-06-30");

	(void)state;
	assert_false(rules_missed(due, -1, day("2026-06-30")));
	assert_true(rules_missed(due, -1, day("2026-07-01")));
	assert_false(rules_missed(due, day("2026-06-01"), day("2026-09-01")));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_MS_2_eval_default_scale),
		cmocka_unit_test(test_MS_2_eval_scale_from_the_constitution),
		cmocka_unit_test(test_MS_5_assessment_late),
		cmocka_unit_test(test_SC_consult_twelve_weeks),
		cmocka_unit_test(test_SC_consult_opens_and_closes_both_count),
		cmocka_unit_test(test_MS_4_each_side_rates_its_own),
		cmocka_unit_test(test_TP_3a_amounts_in_pence),
		cmocka_unit_test(test_TP_3a_amounts_shown_with_commas),
		cmocka_unit_test(test_TP_3a_amount_prints_and_reads_back),
		cmocka_unit_test(test_SC_contract_length_in_months),
		cmocka_unit_test(test_SC_contract_three_years_is_the_aim),
		cmocka_unit_test(test_MS_3_4_2_three_to_five_years),
		cmocka_unit_test(test_MS_5_milestone_missed),
		cmocka_unit_test(test_SC_plan_action_overdue),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
