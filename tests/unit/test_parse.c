/*
 * Unit tests of src/rules/parse.c: the validators every path segment,
 * query and form field, command-line option and argument passes before
 * any handler sees it.  A value is accepted whole or not at all.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "rules/parse.h"

static void
id_accepts_whole_numbers_above_0(void **state)
{
	int64_t v = 0;

	(void)state;
	assert_int_equal(parse_id("1", &v), 0);
	assert_int_equal(v, 1);
	assert_int_equal(parse_id("9223372036854775807", &v), 0);
	assert_int_equal(v, INT64_MAX);
	assert_int_equal(parse_id("007", &v), 0);
	assert_int_equal(v, 7);
}

static void
id_refuses_what_strtoll_would_read(void **state)
{
	static const char *const bad[] = { "", "0", "-1", "+1", " 1", "1 ",
	    "1x", "12abc", "0x10", "1e3", "1.0", "9223372036854775808",
	    "99999999999999999999", "\xef\xbc\x91", "1\n", "#1", NULL };
	int64_t	v = 42;
	size_t	i;

	(void)state;
	for (i = 0; bad[i] != NULL; i++) {
		if (parse_id(bad[i], &v) == 0)
			fail_msg("'%s' accepted as an id", bad[i]);
		assert_int_equal(v, 42);	/* nothing written */
	}
	assert_int_equal(parse_id(NULL, &v), -1);
}

static void
int_keeps_its_range(void **state)
{
	int64_t v;

	(void)state;
	assert_int_equal(parse_int("0", 0, 64, &v), 0);
	assert_int_equal(parse_int("64", 0, 64, &v), 0);
	assert_int_equal(parse_int("65", 0, 64, &v), -1);
	/* A minus sign only where the range allows it. */
	assert_int_equal(parse_int("-1", 0, 64, &v), -1);
	assert_int_equal(parse_int("-5", -10, 10, &v), 0);
	assert_int_equal(v, -5);
	assert_int_equal(parse_int("-", -10, 10, &v), -1);
}

static void
year_is_four_digits_2000_to_2100(void **state)
{
	int y = 0;

	(void)state;
	assert_int_equal(parse_year("2026", &y), 0);
	assert_int_equal(y, 2026);
	assert_int_equal(parse_year("2100", &y), 0);
	assert_int_equal(parse_year("1999", &y), -1);
	assert_int_equal(parse_year("2101", &y), -1);
	assert_int_equal(parse_year("02026", &y), -1);
	assert_int_equal(parse_year("2025x", &y), -1);
	assert_int_equal(parse_year("20", &y), -1);
}

static void
date_is_a_real_day(void **state)
{
	int d;

	(void)state;
	assert_int_equal(parse_date("2026-12-01", &d), 0);
	assert_int_equal(parse_date("2024-02-29", &d), 0);
	assert_int_equal(parse_date("2025-02-29", &d), -1);
	assert_int_equal(parse_date("2026-13-01", &d), -1);
	assert_int_equal(parse_date("1 December 2026", &d), -1);
	assert_int_equal(parse_date("2026-12-01x", &d), -1);
}

static void
time_and_stamp(void **state)
{
	int	m;
	int64_t	t;

	(void)state;
	assert_int_equal(parse_time("17:30", &m), 0);
	assert_int_equal(m, 17 * 60 + 30);
	assert_int_equal(parse_time("00:00", &m), 0);
	assert_int_equal(parse_time("24:00", &m), -1);
	assert_int_equal(parse_time("9:30", &m), -1);
	assert_int_equal(parse_time("09:60", &m), -1);
	assert_int_equal(parse_time("+9:30", &m), -1);
	assert_int_equal(parse_stamp("1970-01-02T00:01", &t), 0);
	assert_int_equal(t, 1441);
	assert_int_equal(parse_stamp("2026-02-30T10:00", &t), -1);
	assert_int_equal(parse_stamp("2026-03-01 10:00", &t), -1);
	assert_int_equal(parse_stamp("2026-03-01T10:00:00", &t), -1);
}

static void
slug_enum_and_text(void **state)
{
	static const char *const areas[] = { "contacts", "plan", NULL };
	struct parse_spec	 e = { PARSE_ENUM, areas, 0, 0 };
	struct parse_spec	 t = { PARSE_TEXT, NULL, 0, 5 };
	struct parse_val	 v;
	char			 buf[200];

	(void)state;
	assert_int_equal(parse_slug("north-east", 64), 0);
	assert_int_equal(parse_slug("North", 64), -1);
	assert_int_equal(parse_slug("a/b", 64), -1);
	assert_int_equal(parse_slug("", 64), -1);
	assert_int_equal(parse_value(&e, "plan", &v), 0);
	assert_int_equal(v.n, 1);
	assert_int_equal(parse_value(&e, "Plan", &v), -1);
	assert_string_equal(parse_accepts(&e, buf, sizeof(buf)),
	    "one of contacts or plan");
	/* Characters, not bytes: "café" is four. */
	assert_int_equal(parse_value(&t, "caf\xc3\xa9", &v), 0);
	assert_int_equal(parse_value(&t, "caf\xc3\xa9s!", &v), -1);
	assert_int_equal(parse_value(&t, "caf\xe9", &v), -1);
}

static void
accepts_names_what_would_do(void **state)
{
	struct parse_spec	 id = { PARSE_ID, NULL, 0, 0 };
	struct parse_spec	 yr = { PARSE_YEAR, NULL, 0, 0 };
	struct parse_spec	 n = { PARSE_INT, NULL, 1, 64 };
	char			 buf[100];

	(void)state;
	assert_string_equal(parse_accepts(&id, buf, sizeof(buf)),
	    "a whole number above 0");
	assert_string_equal(parse_accepts(&yr, buf, sizeof(buf)),
	    "a year such as 2026");
	assert_string_equal(parse_accepts(&n, buf, sizeof(buf)),
	    "a whole number from 1 to 64");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(id_accepts_whole_numbers_above_0),
		cmocka_unit_test(id_refuses_what_strtoll_would_read),
		cmocka_unit_test(int_keeps_its_range),
		cmocka_unit_test(year_is_four_digits_2000_to_2100),
		cmocka_unit_test(date_is_a_real_day),
		cmocka_unit_test(time_and_stamp),
		cmocka_unit_test(slug_enum_and_text),
		cmocka_unit_test(accepts_names_what_would_do),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
