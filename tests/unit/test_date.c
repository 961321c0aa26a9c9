/*
 * Unit tests of src/rules/date.c: ISO dates as day numbers, and adding
 * months with the end-of-month clamp that SA-14.1 notice relies on.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "rules/date.h"

/* The day number of s, which must parse. */
static int
day(const char *s)
{
	int d = -123456;

	assert_int_equal(date_parse(s, &d), 0);
	return d;
}

/* Asserts that days is the date want (YYYY-MM-DD). */
static void
assert_date(int days, const char *want)
{
	char buf[DATE_LEN];

	memset(buf, 'x', sizeof(buf));
	date_format(days, buf);
	assert_string_equal(buf, want);
}

/* Asserts that s is refused and *days left alone. */
static void
refused(const char *s)
{
	int d = -123456;

	if (date_parse(s, &d) != -1)
		fail_msg("date_parse accepted \"%s\"", s != NULL ? s : "(null)");
	assert_int_equal(d, -123456);
}

static void
test_date_parse_epoch_is_day_zero(void **state)
{
	(void)state;
	assert_int_equal(day("1970-01-01"), 0);
	assert_int_equal(day("1970-01-02"), 1);
	assert_int_equal(day("1969-12-31"), -1);
}

static void
test_date_parse_known_day_numbers(void **state)
{
	(void)state;
	assert_int_equal(day("2000-01-01"), 10957);
	assert_int_equal(day("2024-02-29"), 19782);
	assert_int_equal(day("2025-01-05"), 20093);
	assert_int_equal(day("1900-01-01"), -25567);
	assert_int_equal(day("9999-12-31"), 2932896);
}

static void
test_date_parse_consecutive_days_differ_by_one(void **state)
{
	(void)state;
	assert_int_equal(day("2024-03-01") - day("2024-02-29"), 1);
	assert_int_equal(day("2025-03-01") - day("2025-02-28"), 1);
	assert_int_equal(day("2026-01-01") - day("2025-12-31"), 1);
	assert_int_equal(day("2025-01-01") - day("2024-01-01"), 366);
	assert_int_equal(day("2026-01-01") - day("2025-01-01"), 365);
}

static void
test_date_parse_leap_days(void **state)
{
	(void)state;
	assert_date(day("2024-02-29"), "2024-02-29");
	assert_date(day("2000-02-29"), "2000-02-29");	/* 400-year rule */
	refused("2023-02-29");
	refused("2025-02-29");
	refused("1900-02-29");				/* 100-year rule */
	refused("2100-02-29");
}

static void
test_date_parse_refuses_2025_02_30(void **state)
{
	(void)state;
	refused("2025-02-30");
	refused("2024-02-30");
	refused("2025-02-31");
}

static void
test_date_parse_refuses_days_beyond_month_end(void **state)
{
	(void)state;
	refused("2025-04-31");
	refused("2025-06-31");
	refused("2025-09-31");
	refused("2025-11-31");
	refused("2025-01-32");
	refused("2025-01-00");
	assert_date(day("2025-01-31"), "2025-01-31");
	assert_date(day("2025-04-30"), "2025-04-30");
	assert_date(day("2025-12-31"), "2025-12-31");
}

static void
test_date_parse_refuses_bad_months(void **state)
{
	(void)state;
	refused("2025-13-01");
	refused("2025-00-10");
	refused("2025-99-10");
}

static void
test_date_parse_refuses_2025_1_5(void **state)
{
	(void)state;
	refused("2025-1-5");
	refused("2025-1-05");
	refused("2025-01-5");
	refused("25-01-05");
	refused("02025-1-05");
}

static void
test_date_parse_refuses_other_shapes(void **state)
{
	(void)state;
	refused(NULL);
	refused("");
	refused("2025/01/05");
	refused("05-01-2025");
	refused("05/01/2025");
	refused("2025-01-05x");
	refused("2025-01-5x");
	refused("2025-01-05 ");
	refused("+025-01-05");
	refused("2025-01-+5");
	refused("yyyy-mm-dd");
	refused("20250105");
	refused("2025-01-05T00:00");
}

static void
test_date_parse_refuses_years_before_1900(void **state)
{
	(void)state;
	refused("1899-12-31");
	refused("0999-01-01");
	refused("0000-01-01");
}

/*
 * Regression (was a bug in src/rules/date.c: strptime skips white space before each
 * number, so "2025- 1- 5" and " 2025-1-05" (length 10) are taken as
 * 2025-01-05 although they are not YYYY-MM-DD.
 */
static void
test_date_parse_refuses_blanks_inside(void **state)
{
	(void)state;
	refused("2025- 1- 5");
	refused(" 2025-1-05");
	refused("2025-\t1-05");
	refused("2025-01- 5");
}

static void
test_date_format_round_trip(void **state)
{
	static const char *const dates[] = {
		"1900-01-01", "1969-12-31", "1970-01-01", "1999-12-31",
		"2000-02-29", "2024-02-29", "2025-01-31", "2025-12-31",
		"2100-03-01", "9999-12-31",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(dates) / sizeof(dates[0]); i++)
		assert_date(day(dates[i]), dates[i]);
}

static void
test_date_format_writes_ten_characters(void **state)
{
	char buf[DATE_LEN];

	(void)state;
	memset(buf, 'x', sizeof(buf));
	date_format(0, buf);
	assert_int_equal(strlen(buf), 10);
	assert_string_equal(buf, "1970-01-01");
	date_format(-1, buf);
	assert_string_equal(buf, "1969-12-31");
}

static void
test_date_add_months_keeps_the_day(void **state)
{
	(void)state;
	assert_date(date_add_months(day("2025-01-15"), 1), "2025-02-15");
	assert_date(date_add_months(day("2025-01-28"), 1), "2025-02-28");
	assert_date(date_add_months(day("2025-03-01"), 1), "2025-04-01");
	assert_date(date_add_months(day("2025-06-30"), 2), "2025-08-30");
}

static void
test_date_add_months_zero_is_same_day(void **state)
{
	(void)state;
	assert_int_equal(date_add_months(day("2025-01-31"), 0),
	    day("2025-01-31"));
	assert_int_equal(date_add_months(day("2024-02-29"), 0),
	    day("2024-02-29"));
}

static void
test_date_add_months_31_january_is_28_february(void **state)
{
	(void)state;
	assert_date(date_add_months(day("2025-01-31"), 1), "2025-02-28");
	assert_date(date_add_months(day("2025-01-30"), 1), "2025-02-28");
	assert_date(date_add_months(day("2025-01-29"), 1), "2025-02-28");
	assert_date(date_add_months(day("2100-01-31"), 1), "2100-02-28");
}

static void
test_date_add_months_31_january_is_29_february_in_leap_year(void **state)
{
	(void)state;
	assert_date(date_add_months(day("2024-01-31"), 1), "2024-02-29");
	assert_date(date_add_months(day("2024-01-30"), 1), "2024-02-29");
	assert_date(date_add_months(day("2024-01-29"), 1), "2024-02-29");
	assert_date(date_add_months(day("2000-01-31"), 1), "2000-02-29");
}

static void
test_date_add_months_clamps_to_30_day_months(void **state)
{
	(void)state;
	assert_date(date_add_months(day("2025-03-31"), 1), "2025-04-30");
	assert_date(date_add_months(day("2025-05-31"), 1), "2025-06-30");
	assert_date(date_add_months(day("2025-08-31"), 1), "2025-09-30");
	assert_date(date_add_months(day("2025-10-31"), 1), "2025-11-30");
	assert_date(date_add_months(day("2025-01-31"), 2), "2025-03-31");
}

static void
test_date_add_months_across_year_end(void **state)
{
	(void)state;
	assert_date(date_add_months(day("2025-12-15"), 1), "2026-01-15");
	assert_date(date_add_months(day("2025-11-30"), 3), "2026-02-28");
	assert_date(date_add_months(day("2023-11-30"), 3), "2024-02-29");
	assert_date(date_add_months(day("2025-01-31"), 36), "2028-01-31");
	assert_date(date_add_months(day("2025-06-01"), 25), "2027-07-01");
}

static void
test_date_add_months_from_leap_day(void **state)
{
	(void)state;
	assert_date(date_add_months(day("2024-02-29"), 12), "2025-02-28");
	assert_date(date_add_months(day("2024-02-29"), 48), "2028-02-29");
	assert_date(date_add_months(day("2024-02-29"), 1), "2024-03-29");
}

static void
test_date_add_months_backwards(void **state)
{
	(void)state;
	assert_date(date_add_months(day("2025-03-31"), -1), "2025-02-28");
	assert_date(date_add_months(day("2024-03-31"), -1), "2024-02-29");
	assert_date(date_add_months(day("2025-01-15"), -1), "2024-12-15");
	assert_date(date_add_months(day("2025-05-31"), -13), "2024-04-30");
}

static void
test_date_add_months_before_1970(void **state)
{
	(void)state;
	assert_date(date_add_months(day("1969-12-31"), 2), "1970-02-28");
	assert_date(date_add_months(day("1960-01-31"), 1), "1960-02-29");
}

static void
test_date_year(void **state)
{
	(void)state;
	assert_int_equal(date_year(day("2024-12-31")), 2024);
	assert_int_equal(date_year(day("2025-01-01")), 2025);
	assert_int_equal(date_year(day("1969-12-31")), 1969);
	assert_int_equal(date_year(0), 1970);
	assert_int_equal(date_year(day("9999-12-31")), 9999);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date_parse_epoch_is_day_zero),
		cmocka_unit_test(test_date_parse_known_day_numbers),
		cmocka_unit_test(test_date_parse_consecutive_days_differ_by_one),
		cmocka_unit_test(test_date_parse_leap_days),
		cmocka_unit_test(test_date_parse_refuses_2025_02_30),
		cmocka_unit_test(test_date_parse_refuses_days_beyond_month_end),
		cmocka_unit_test(test_date_parse_refuses_bad_months),
		cmocka_unit_test(test_date_parse_refuses_2025_1_5),
		cmocka_unit_test(test_date_parse_refuses_other_shapes),
		cmocka_unit_test(test_date_parse_refuses_years_before_1900),
		cmocka_unit_test(test_date_parse_refuses_blanks_inside),
		cmocka_unit_test(test_date_format_round_trip),
		cmocka_unit_test(test_date_format_writes_ten_characters),
		cmocka_unit_test(test_date_add_months_keeps_the_day),
		cmocka_unit_test(test_date_add_months_zero_is_same_day),
		cmocka_unit_test(test_date_add_months_31_january_is_28_february),
		cmocka_unit_test(
		    test_date_add_months_31_january_is_29_february_in_leap_year),
		cmocka_unit_test(test_date_add_months_clamps_to_30_day_months),
		cmocka_unit_test(test_date_add_months_across_year_end),
		cmocka_unit_test(test_date_add_months_from_leap_day),
		cmocka_unit_test(test_date_add_months_backwards),
		cmocka_unit_test(test_date_add_months_before_1970),
		cmocka_unit_test(test_date_year),
	};

	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
