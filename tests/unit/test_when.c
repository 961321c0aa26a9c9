/*
 * Unit tests of src/render/when.c: dates and times as people write
 * them, in London's time through the year.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "render/when.h"

static void
says(const char *iso, const char *want)
{
	char out[WHEN_LEN];

	assert_int_equal(render_when(iso, out, sizeof(out)), 0);
	assert_string_equal(out, want);
}

static void
when_days_and_times(void **state)
{
	(void)state;
	says("2026-12-01", "1 December 2026");
	says("2026-12-01T17:00", "1 December 2026 at 5pm");
	says("2026-12-01 17:30", "1 December 2026 at 5:30pm");
	says("2025-07-14T10:00:00", "14 July 2025 at 10am");
	says("2025-07-14T12:00", "14 July 2025 at midday");
	says("2025-07-14T00:00", "14 July 2025 at midnight");
	says("09:05", "9:05am");
}

static void
utc_of(const char *london, const char *want)
{
	char out[20];

	assert_int_equal(render_when_utc(london, out), 0);
	assert_string_equal(out, want);
}

/* A chair types London's time; it is kept in UTC, summer time
 * counted, and a time the clocks skip is refused. */
static void
when_london_typed_kept_in_utc(void **state)
{
	char out[20];

	(void)state;
	utc_of("2026-12-01T17:00", "2026-12-01T17:00");
	utc_of("2026-06-01T17:00", "2026-06-01T16:00");
	utc_of("2026-06-01T00:30", "2026-05-31T23:30");
	/* The last Sunday of March 2026 is the 29th. */
	utc_of("2026-03-29T00:59", "2026-03-29T00:59");
	utc_of("2026-03-29T02:00", "2026-03-29T01:00");
	assert_int_equal(render_when_utc("2026-03-29T01:30", out), -1);
	/* 25 October 2026: 1:30am comes twice; the first, in summer
	 * time. */
	utc_of("2026-10-25T01:30", "2026-10-25T00:30");
	utc_of("2026-10-25T02:30", "2026-10-25T02:30");
	assert_int_equal(render_when_utc("2026-06-31T10:00", out), -1);
	assert_int_equal(render_when_utc("2026-06-01 10:00", out), -1);
	assert_int_equal(render_when_utc("2026-06-01T24:00", out), -1);
}

static void
when_utc_in_london(void **state)
{
	(void)state;
	/* Winter: London keeps UTC.  Summer: an hour ahead. */
	says("2026-12-01T17:00:00Z", "1 December 2026 at 5pm");
	says("2026-07-01T16:00:00Z", "1 July 2026 at 5pm");
	/* The clocks go forward at 01:00 UTC on 29 March 2026 ... */
	says("2026-03-29T00:59Z", "29 March 2026 at 12:59am");
	says("2026-03-29T01:00Z", "29 March 2026 at 2am");
	/* ... and back at 01:00 UTC on 25 October 2026. */
	says("2026-10-25T00:30:00Z", "25 October 2026 at 1:30am");
	says("2026-10-25T01:30:00Z", "25 October 2026 at 1:30am");
	/* Late on New Year's Eve in summer time's absence stays put. */
	says("2025-12-31T23:30:00Z", "31 December 2025 at 11:30pm");
}

static void
when_refuses_other_text(void **state)
{
	char out[WHEN_LEN];

	(void)state;
	assert_int_equal(render_when("not yet", out, sizeof(out)), -1);
	assert_string_equal(out, "not yet");
	assert_int_equal(render_when("2026-13-01", out, sizeof(out)), -1);
	assert_int_equal(render_when("2026-12-01T25:00", out, sizeof(out)),
	    -1);
	assert_int_equal(render_when("2026-12-01Tabc", out, sizeof(out)), -1);
	assert_int_equal(render_when("12", out, sizeof(out)), -1);
}

static void
when_in_sentences(void **state)
{
	char out[128];

	(void)state;
	render_when_text("Drawn on 2025-06-25, covering 2025-01-01 to "
	    "2025-12-31T17:30.", out, sizeof(out));
	assert_string_equal(out, "Drawn on 25 June 2025, covering 1 January "
	    "2025 to 31 December 2025 at 5:30pm.");
	/* Not a day: left alone.  Too long: cut, still a string. */
	render_when_text("GB-CHC-1234567 and 2025-99-01", out, sizeof(out));
	assert_string_equal(out, "GB-CHC-1234567 and 2025-99-01");
	render_when_text("on 2025-06-25", out, 8);
	assert_string_equal(out, "on 25 J");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(when_days_and_times),
		cmocka_unit_test(when_utc_in_london),
		cmocka_unit_test(when_london_typed_kept_in_utc),
		cmocka_unit_test(when_refuses_other_text),
		cmocka_unit_test(when_in_sentences),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
