/*
 * The mail relay's settings: a relay that is not on this machine is
 * sent the mail and the password only over TLS (STARTTLS required),
 * unless the officer says otherwise.  ASVS 5.0 V12 (secure
 * communication).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "net/smtp.h"

static void
relay(const char *url, const char *starttls, int want)
{
	struct smtp_config	cf;

	setenv("ALLIANCE_SMTP_URL", url, 1);
	if (starttls != NULL)
		setenv("ALLIANCE_SMTP_STARTTLS", starttls, 1);
	else
		unsetenv("ALLIANCE_SMTP_STARTTLS");
	assert_int_equal(smtp_config_env(&cf), 0);
	if (cf.starttls != want)
		fail_msg("%s (STARTTLS=%s): starttls %d, want %d", url,
		    starttls != NULL ? starttls : "unset", cf.starttls, want);
}

static void
test_relay_off_this_machine_needs_starttls(void **state)
{
	(void)state;
	relay("smtp://mail.example.org:587", NULL, 1);
	relay("smtp://192.0.2.10:25", NULL, 1);
	relay("smtp://[2001:db8::1]:25", NULL, 1);
}

static void
test_relay_on_this_machine_or_smtps_does_not(void **state)
{
	(void)state;
	relay("smtp://127.0.0.1:2525", NULL, 0);
	relay("smtp://localhost:25", NULL, 0);
	relay("smtp://[::1]:25", NULL, 0);
	/* TLS from the first byte: nothing to upgrade. */
	relay("smtps://mail.example.org:465", NULL, 0);
}

static void
test_officer_says_otherwise(void **state)
{
	(void)state;
	relay("smtp://mail.example.org:25", "no", 0);
	relay("smtp://127.0.0.1:2525", "yes", 1);
}

static void
test_no_relay_configured(void **state)
{
	struct smtp_config	cf;

	(void)state;
	unsetenv("ALLIANCE_SMTP_URL");
	assert_int_equal(smtp_config_env(&cf), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_relay_off_this_machine_needs_starttls),
		cmocka_unit_test(test_relay_on_this_machine_or_smtps_does_not),
		cmocka_unit_test(test_officer_says_otherwise),
		cmocka_unit_test(test_no_relay_configured),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
