/*
 * Whether a lone ballot may run at once on its request's thread: only
 * while the machine has a core to spare at that moment, the threads
 * ready to run (the fourth field of /proc/loadavg, the asking thread
 * among them) no more than its cores.  The one-minute load, which the
 * server read before, stays over the cores for a minute after a burst
 * of work has ended; it decides nothing now.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <microhttpd.h>

#include "web/request.h"

/* An idle machine just after a burst: the minute's load is high, but
 * the asking thread is the only one ready to run. */
static void
test_spare_after_a_burst_though_the_minute_load_is_high(void **state)
{
	(void)state;
	assert_int_equal(web_core_spare("3.50 3.20 3.00 1/120 9999\n", 2), 1);
	assert_int_equal(web_core_spare("9.00 8.00 7.00 2/300 9999\n", 2), 1);
	assert_int_equal(web_core_spare("0.00 0.00 0.00 1/80 77\n", 1), 1);
}

/* More threads ready than cores: none to spare, whatever the minute's
 * load says. */
static void
test_none_spare_when_more_are_ready_than_cores(void **state)
{
	(void)state;
	assert_int_equal(web_core_spare("0.10 0.20 0.30 3/120 9999\n", 2), 0);
	assert_int_equal(web_core_spare("0.10 0.20 0.30 17/120 9999\n", 16),
	    0);
	assert_int_equal(web_core_spare("0.10 0.20 0.30 2/120 9999\n", 1), 0);
}

/* A line it cannot read: none to spare (the writer takes the ballot). */
static void
test_none_spare_when_it_cannot_tell(void **state)
{
	(void)state;
	assert_int_equal(web_core_spare("", 2), 0);
	assert_int_equal(web_core_spare("0.10 0.20 0.30", 2), 0);
	assert_int_equal(web_core_spare("0.10 0.20 0.30 x/120 1", 2), 0);
	assert_int_equal(web_core_spare("0.10 0.20 0.30 1 120 1", 2), 0);
	assert_int_equal(web_core_spare("0.10 0.20 0.30 "
	    "99999999999999999999/1 1", 2), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_spare_after_a_burst_though_the_minute_load_is_high),
		cmocka_unit_test(
		    test_none_spare_when_more_are_ready_than_cores),
		cmocka_unit_test(test_none_spare_when_it_cannot_tell),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
