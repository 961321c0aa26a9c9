/*
 * Unit tests of src/rules/orgid.c: the shape of each org-id.guide list's
 * identifiers, and normalisation of what people type or paste.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "rules/orgid.h"

/* Asserts that id is accepted as it is. */
static void
accepted(const char *id)
{
	char why[256] = "untouched";

	if (rules_orgid_check(id, why, sizeof(why)) != 0)
		fail_msg("\"%s\" refused: %s", id, why);
}

/* Asserts that id is refused with exactly the message want. */
static void
refused(const char *id, const char *want)
{
	char why[256] = "";

	if (rules_orgid_check(id, why, sizeof(why)) != -1)
		fail_msg("\"%s\" accepted", id);
	assert_string_equal(why, want);
}

/* Asserts that id normalises to want. */
static void
normalises(const char *id, const char *want)
{
	char out[64];

	memset(out, 'x', sizeof(out));
	rules_orgid_normalise(id, out, sizeof(out));
	assert_string_equal(out, want);
}

#define CHC	"GB-CHC- and the 6 or 7 digit charity number"
#define COH	"GB-COH- and the 8 character company number (01234567, " \
		"SC123456)"
#define SC	"GB-SC- and the Scottish charity number (SC123456)"
#define NIC	"GB-NIC- and the 5 or 6 digit Northern Ireland charity number"
#define NHS	"GB-NHS- and the 3 to 6 character ODS code"
#define LAE	"GB-LAE- and the 3 or 4 letter council code"
#define MPR	"GB-MPR- and the registered society number (12345R)"
#define EDU	"GB-EDU- and the 6 digit school URN"
#define GOR	"GB-GOR- and the government organisation code (PB123)"
#define UNKNOWN	"an org-id such as GB-CHC-1234567 (charity), " \
		"GB-COH-01234567 (company), GB-SC-SC123456, GB-NIC-100002, " \
		"GB-NHS-RJE, GB-LAE-STS or GB-MPR-12345R; councils GB-LAS-, " \
		"GB-PLA-, GB-LANI-; housing GB-SHPE-; learning GB-UKPRN-; " \
		"research XI-ROR-"

/* org-id.guide's other UK lists an arrangement's partners are on:
 * councils outside England, housing providers, learning providers,
 * and research organisations (ROR). */
static void
test_orgid_more_uk_lists(void **state)
{
	(void)state;
	accepted("GB-LAS-ZET");
	accepted("GB-PLA-AGY");
	accepted("GB-LANI-BFS");
	accepted("GB-SHPE-LH4401");
	accepted("GB-SHPE-H4244");
	accepted("GB-SHPE-4793");
	accepted("GB-UKPRN-10000346");
	accepted("XI-ROR-03YRM5C26");
	refused("GB-LAS-ZETL", "GB-LAS- and the 3 letter Scottish council "
	    "code (ZET)");
	refused("GB-PLA-W06000001", "GB-PLA- and the 3 letter Welsh council "
	    "code (AGY)");
	refused("GB-SHPE-LHX4401", "GB-SHPE- and the registered provider "
	    "code (LH4401)");
	refused("GB-UKPRN-20000346", "GB-UKPRN- and the 8 digit learning "
	    "provider number (10000346)");
	refused("GB-UKPRN-1000034", "GB-UKPRN- and the 8 digit learning "
	    "provider number (10000346)");
	refused("XI-ROR-03YRM5CL6", "XI-ROR- and the 9 character ROR id "
	    "(03YRM5C26)");
	refused("XI-ROR-13YRM5C26", "XI-ROR- and the 9 character ROR id "
	    "(03YRM5C26)");
	refused("GB-XYZ-1", UNKNOWN);
	normalises("xi-ror-03yrm5c26", "XI-ROR-03YRM5C26");
}

static void
test_orgid_charity_commission_6_or_7_digits(void **state)
{
	(void)state;
	accepted("GB-CHC-1234567");
	accepted("GB-CHC-123456");
	accepted("GB-CHC-0000001");
}

static void
test_orgid_charity_commission_bad_shapes(void **state)
{
	(void)state;
	refused("GB-CHC-12345", CHC);
	refused("GB-CHC-12345678", CHC);
	refused("GB-CHC-123456A", CHC);
	refused("GB-CHC-1234567-1", CHC);
	refused("GB-CHC-", CHC);
	refused("GB-CHC- 1234567", CHC);
}

static void
test_orgid_companies_house_8_characters(void **state)
{
	(void)state;
	accepted("GB-COH-01234567");
	accepted("GB-COH-12345678");
	accepted("GB-COH-SC123456");
	accepted("GB-COH-NI123456");
	accepted("GB-COH-OC123456");
	accepted("GB-COH-IP123456");
	accepted("GB-COH-RS123456");
	accepted("GB-COH-R0123456");
	accepted("GB-COH-ZC123456");
}

static void
test_orgid_companies_house_bad_shapes(void **state)
{
	(void)state;
	refused("GB-COH-1234567", COH);		/* not yet normalised */
	refused("GB-COH-123456789", COH);
	refused("GB-COH-SC12345", COH);
	refused("GB-COH-SC1234567", COH);
	refused("GB-COH-XX123456", COH);
	refused("GB-COH-sc123456", COH);	/* not yet normalised */
	refused("GB-COH-S1234567", COH);
	refused("GB-COH-", COH);
}

static void
test_orgid_scottish_charity(void **state)
{
	(void)state;
	accepted("GB-SC-SC123456");
	accepted("GB-SC-SC000001");
	refused("GB-SC-123456", SC);
	refused("GB-SC-SC12345", SC);
	refused("GB-SC-SC1234567", SC);
	refused("GB-SC-NI123456", SC);
	refused("GB-SC-", SC);
}

static void
test_orgid_northern_ireland_charity(void **state)
{
	(void)state;
	accepted("GB-NIC-100002");
	accepted("GB-NIC-10000");
	refused("GB-NIC-1000", NIC);
	refused("GB-NIC-1000002", NIC);
	refused("GB-NIC-NI1000", NIC);
	refused("GB-NIC-", NIC);
}

static void
test_orgid_nhs_ods_code(void **state)
{
	(void)state;
	accepted("GB-NHS-RJE");
	accepted("GB-NHS-RJE01");
	accepted("GB-NHS-05D");
	accepted("GB-NHS-Y02345");
	refused("GB-NHS-RJ", NHS);
	refused("GB-NHS-RJE0123", NHS);
	refused("GB-NHS-rje", NHS);
	refused("GB-NHS-RJ-E", NHS);
	refused("GB-NHS-", NHS);
}

static void
test_orgid_local_authority_code(void **state)
{
	(void)state;
	accepted("GB-LAE-STS");
	accepted("GB-LAE-STOK");
	refused("GB-LAE-ST", LAE);
	refused("GB-LAE-STSTS", LAE);
	refused("GB-LAE-ST1", LAE);
	refused("GB-LAE-sts", LAE);
	refused("GB-LAE-", LAE);
}

static void
test_orgid_mutuals_public_register(void **state)
{
	(void)state;
	accepted("GB-MPR-12345R");
	accepted("GB-MPR-1");
	accepted("GB-MPR-123456");
	accepted("GB-MPR-123456R");
	refused("GB-MPR-1234567", MPR);
	refused("GB-MPR-R", MPR);
	refused("GB-MPR-12345RR", MPR);
	refused("GB-MPR-R12345", MPR);
	refused("GB-MPR-", MPR);
}

static void
test_orgid_school_urn(void **state)
{
	(void)state;
	accepted("GB-EDU-123456");
	refused("GB-EDU-12345", EDU);
	refused("GB-EDU-1234567", EDU);
	refused("GB-EDU-12345A", EDU);
	refused("GB-EDU-", EDU);
}

static void
test_orgid_government_organisation(void **state)
{
	(void)state;
	accepted("GB-GOR-PB123");
	accepted("GB-GOR-PB1");
	accepted("GB-GOR-PB1234");
	refused("GB-GOR-PB", GOR);
	refused("GB-GOR-P123", GOR);
	refused("GB-GOR-PB12345", GOR);
	refused("GB-GOR-123", GOR);
	refused("GB-GOR-", GOR);
}

static void
test_orgid_unknown_list_names_examples(void **state)
{
	(void)state;
	refused("", UNKNOWN);
	refused("1234567", UNKNOWN);
	refused("XX-FOO-123", UNKNOWN);
	refused("GB-CHC1234567", UNKNOWN);
	refused("GB-XYZ-123456", UNKNOWN);
	refused("US-EIN-123456789", UNKNOWN);
	refused("gb-chc-1234567", UNKNOWN);	/* not yet normalised */
}

static void
test_orgid_why_truncated_to_its_buffer(void **state)
{
	char why[8];

	(void)state;
	memset(why, 'x', sizeof(why));
	assert_int_equal(rules_orgid_check("GB-CHC-1", why, sizeof(why)), -1);
	assert_string_equal(why, "GB-CHC-");
	memset(why, 'x', sizeof(why));
	assert_int_equal(rules_orgid_check("nonsense", why, sizeof(why)), -1);
	assert_string_equal(why, "an org-");
}

static void
test_orgid_normalise_upper_case(void **state)
{
	(void)state;
	normalises("gb-chc-1234567", "GB-CHC-1234567");
	normalises("gb-coh-sc123456", "GB-COH-SC123456");
	normalises("Gb-Nhs-rje", "GB-NHS-RJE");
	normalises("GB-LAE-STS", "GB-LAE-STS");
}

static void
test_orgid_normalise_removes_spaces(void **state)
{
	(void)state;
	normalises(" GB-CHC-123 4567 ", "GB-CHC-1234567");
	normalises("GB - CHC - 1234567", "GB-CHC-1234567");
	normalises("\tGB-CHC-1234567\n", "GB-CHC-1234567");
	normalises("   ", "");
	normalises("", "");
}

static void
test_orgid_companies_house_padded_to_8(void **state)
{
	(void)state;
	normalises("GB-COH-1234567", "GB-COH-01234567");
	normalises("GB-COH-123", "GB-COH-00000123");
	normalises("GB-COH-1", "GB-COH-00000001");
	normalises("gb-coh- 1234567", "GB-COH-01234567");
}

static void
test_orgid_companies_house_not_padded_when_complete_or_lettered(void **state)
{
	(void)state;
	normalises("GB-COH-01234567", "GB-COH-01234567");
	normalises("GB-COH-123456789", "GB-COH-123456789");
	normalises("GB-COH-SC12345", "GB-COH-SC12345");
	normalises("GB-COH-", "GB-COH-");
	/* Only Companies House numbers lose zeros to spreadsheets. */
	normalises("GB-CHC-12345", "GB-CHC-12345");
	normalises("GB-EDU-12345", "GB-EDU-12345");
}

static void
test_orgid_normalised_forms_are_accepted(void **state)
{
	static const char *const typed[] = {
		"gb-chc-1234567", "GB-COH-1234567", "gb-coh-sc123456",
		" gb-sc-sc123456", "gb-nhs-rje", "gb-lae-sts",
		"gb-mpr-12345r", "gb-gor-pb123", "GB-EDU-123 456",
	};
	char	out[64];
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof(typed) / sizeof(typed[0]); i++) {
		rules_orgid_normalise(typed[i], out, sizeof(out));
		accepted(out);
	}
}

static void
test_orgid_normalise_truncates_to_its_buffer(void **state)
{
	char out[6];

	(void)state;
	memset(out, 'x', sizeof(out));
	rules_orgid_normalise("gb-chc-1234567", out, sizeof(out));
	assert_string_equal(out, "GB-CH");
	/* Too small to pad: truncated, never overrun. */
	memset(out, 'x', sizeof(out));
	rules_orgid_normalise("GB-COH-1", out, sizeof(out));
	assert_string_equal(out, "GB-CO");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_orgid_charity_commission_6_or_7_digits),
		cmocka_unit_test(test_orgid_more_uk_lists),
		cmocka_unit_test(test_orgid_charity_commission_bad_shapes),
		cmocka_unit_test(test_orgid_companies_house_8_characters),
		cmocka_unit_test(test_orgid_companies_house_bad_shapes),
		cmocka_unit_test(test_orgid_scottish_charity),
		cmocka_unit_test(test_orgid_northern_ireland_charity),
		cmocka_unit_test(test_orgid_nhs_ods_code),
		cmocka_unit_test(test_orgid_local_authority_code),
		cmocka_unit_test(test_orgid_mutuals_public_register),
		cmocka_unit_test(test_orgid_school_urn),
		cmocka_unit_test(test_orgid_government_organisation),
		cmocka_unit_test(test_orgid_unknown_list_names_examples),
		cmocka_unit_test(test_orgid_why_truncated_to_its_buffer),
		cmocka_unit_test(test_orgid_normalise_upper_case),
		cmocka_unit_test(test_orgid_normalise_removes_spaces),
		cmocka_unit_test(test_orgid_companies_house_padded_to_8),
		cmocka_unit_test(
		    test_orgid_companies_house_not_padded_when_complete_or_lettered),
		cmocka_unit_test(test_orgid_normalised_forms_are_accepted),
		cmocka_unit_test(test_orgid_normalise_truncates_to_its_buffer),
	};

	return cmocka_run_group_tests_name("orgid", tests, NULL, NULL);
}
