/*
 * Unit tests of src/rules/membership.c: kinds per sector, the status
 * life-cycle, the declaration, voting and office rights, notice and the
 * MC criteria, under constitutions written like the templates'.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "rules/date.h"
#include "rules/membership.h"

/* Like the Staffordshire Alliance (SA-3.1, SA-15.1, SA-14.1). */
static const char sa_text[] =
	"arrangement.name = SA-like Alliance\n"
	"arrangement.kind = alliance\n"
	"membership.kinds = full\n"
	"membership.kinds = associate\n"
	"membership.kinds = co-opted\n"
	"membership.full_sectors = vcse\n"
	"membership.associate_sectors = public\n"
	"membership.declaration_fields = name\n"
	"membership.declaration_fields = role\n"
	"membership.declaration_fields = organisation\n"
	"membership.declaration_fields = date\n"
	"membership.declaration_fields = authority\n"
	"membership.resignation_notice_months = 1\n";

/* Like the Staffordshire Compact (SC-partners): three sectors of
 * partners; name, organisation, position, date; no notice. */
static const char sc_text[] =
	"arrangement.name = SC-like Compact\n"
	"arrangement.kind = compact\n"
	"membership.kinds = full\n"
	"membership.full_sectors = public\n"
	"membership.full_sectors = private\n"
	"membership.full_sectors = vcse\n"
	"membership.declaration_fields = name\n"
	"membership.declaration_fields = organisation\n"
	"membership.declaration_fields = role\n"
	"membership.declaration_fields = date\n"
	"membership.resignation_notice_months = 0\n";

/* Like the Manchester Leaders Group (MC-closed, MC-criteria). */
static const char mc_text[] =
	"arrangement.name = MC-like Leaders Group\n"
	"arrangement.kind = leaders-group\n"
	"membership.kinds = full\n"
	"membership.kinds = guest\n"
	"membership.full_sectors = vcse\n"
	"membership.open = no\n"
	"membership.criteria = Working in the city and not for profit\n"
	"membership.criteria = Beneficiaries in the city\n"
	"membership.criteria = Three or more committee members\n"
	"membership.criteria = Clear aims in a governing document\n"
	"membership.resignation_notice_months = 3\n";

/* Nothing but a name: every membership setting at its default. */
static const char bare_text[] = "arrangement.name = Bare\n";

static struct constitution sa, sc, mc, bare;

static void
load(const char *text, struct constitution *c)
{
	struct cs_error err;

	if (constitution_parse(text, c, &err) != 0)
		fail_msg("constitution refused: line %d, %s %s", err.line,
		    err.setting, err.msg);
}

static int
setup(void **state)
{
	(void)state;
	load(sa_text, &sa);
	load(sc_text, &sc);
	load(mc_text, &mc);
	load(bare_text, &bare);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	constitution_free(&sa);
	constitution_free(&sc);
	constitution_free(&mc);
	constitution_free(&bare);
	return 0;
}

/* Asserts kind is allowed for sector under c. */
static void
kind_ok(const struct constitution *c, enum memb_kind k, enum sector s)
{
	char why[256] = "";

	if (rules_kind_allowed(c, k, s, why, sizeof(why)) != 0)
		fail_msg("%s member from %s refused: %s", memb_kind_names[k],
		    sector_names[s], why);
}

/* Asserts kind is refused for sector under c, with message want. */
static void
kind_refused(const struct constitution *c, enum memb_kind k,
    enum sector s, const char *want)
{
	char why[256] = "";

	if (rules_kind_allowed(c, k, s, why, sizeof(why)) != -1)
		fail_msg("%s member from %s allowed", memb_kind_names[k],
		    sector_names[s]);
	assert_string_equal(why, want);
}

/* Asserts the change is refused with message want. */
static void
change_refused(enum memb_status from, enum memb_status to, const char *want)
{
	char why[256] = "";

	assert_int_equal(rules_status_change(from, to, why, sizeof(why)), -1);
	assert_string_equal(why, want);
}

static void
change_ok(enum memb_status from, enum memb_status to)
{
	char why[256] = "";

	if (rules_status_change(from, to, why, sizeof(why)) != 0)
		fail_msg("%s -> %s refused: %s", memb_status_names[from],
		    memb_status_names[to], why);
}

static int
day(const char *s)
{
	int d = 0;

	assert_int_equal(date_parse(s, &d), 0);
	return d;
}

static void
assert_date(int days, const char *want)
{
	char buf[DATE_LEN];

	date_format(days, buf);
	assert_string_equal(buf, want);
}

/* A complete SA-15.1 declaration. */
static struct declaration_facts
full_declaration(void)
{
	struct declaration_facts d = {
		.name = "Jo Bloggs",
		.role = "Chief Officer",
		.organisation = "Support Staffordshire",
		.date = "2025-01-05",
		.authority = 1,
	};

	return d;
}

/* --- names --- */

static void
test_memb_names_parse(void **state)
{
	int i;

	(void)state;
	for (i = 0; i < MK__MAX; i++)
		assert_int_equal(memb_kind_parse(memb_kind_names[i]), i);
	for (i = 0; i < MS__MAX; i++)
		assert_int_equal(memb_status_parse(memb_status_names[i]), i);
	for (i = 0; i < SECTOR__MAX; i++)
		assert_int_equal(sector_parse(sector_names[i]), i);
	assert_int_equal(memb_kind_parse("Co-Opted"), MK_COOPTED);
	assert_int_equal(memb_kind_parse("member"), -1);
	assert_int_equal(memb_kind_parse(NULL), -1);
	assert_int_equal(memb_status_parse("under-notice"), MS_UNDER_NOTICE);
	assert_int_equal(memb_status_parse("under notice"), MS_UNDER_NOTICE);
	assert_int_equal(memb_status_parse("ACTIVE"), MS_ACTIVE);
	assert_int_equal(memb_status_parse("ended"), -1);
	assert_int_equal(memb_status_parse(NULL), -1);
	assert_int_equal(sector_parse(NULL), -1);
	assert_int_equal(sector_parse(""), -1);
}

static void
test_SC_partners_voluntary_and_community_is_vcse(void **state)
{
	(void)state;
	assert_int_equal(sector_parse("voluntary"), SECTOR_VCSE);
	assert_int_equal(sector_parse("VCS"), SECTOR_VCSE);
	assert_int_equal(sector_parse("vcfse"), SECTOR_VCSE);
	assert_int_equal(sector_parse("VCSE"), SECTOR_VCSE);
	assert_int_equal(sector_parse("Public"), SECTOR_PUBLIC);
	assert_int_equal(sector_parse("private"), SECTOR_PRIVATE);
	assert_int_equal(sector_parse("charity"), -1);
}

/* --- kinds per sector --- */

static void
test_SA_3_1_full_requires_vcse_sector(void **state)
{
	(void)state;
	kind_ok(&sa, MK_FULL, SECTOR_VCSE);
	kind_refused(&sa, MK_FULL, SECTOR_PUBLIC, "a public organisation "
	    "cannot be a full member; full members are vcse organisations");
	kind_refused(&sa, MK_FULL, SECTOR_PRIVATE, "a private organisation "
	    "cannot be a full member; full members are vcse organisations");
}

static void
test_SA_3_1_assoc_requires_statutory_sector(void **state)
{
	char why[256];

	(void)state;
	kind_ok(&sa, MK_ASSOCIATE, SECTOR_PUBLIC);
	assert_int_equal(rules_kind_allowed(&sa, MK_ASSOCIATE, SECTOR_VCSE,
	    why, sizeof(why)), -1);
	assert_non_null(strstr(why, "associate members are public "
	    "organisations"));
	assert_int_equal(rules_kind_allowed(&sa, MK_ASSOCIATE, SECTOR_PRIVATE,
	    why, sizeof(why)), -1);
	assert_non_null(strstr(why, "a private organisation cannot be"));
}

/*
 * Regression (was a bug in src/rules/membership.c rules_kind_allowed: the message
 * says "a associate member" ("a %s member" with a vowel-led kind).
 */
static void
test_SA_3_1_assoc_refusal_reads_well(void **state)
{
	(void)state;
	kind_refused(&sa, MK_ASSOCIATE, SECTOR_VCSE, "a vcse organisation "
	    "cannot be an associate member; associate members are public "
	    "organisations");
}

static void
test_SA_5_8_coopted_from_any_sector(void **state)
{
	int s;

	(void)state;
	for (s = 0; s < SECTOR__MAX; s++)
		kind_ok(&sa, MK_COOPTED, s);
}

static void
test_SA_3_1_alliance_has_no_guests(void **state)
{
	(void)state;
	kind_refused(&sa, MK_GUEST, SECTOR_VCSE, "this arrangement has no "
	    "guest members; it accepts full, associate, co-opted");
}

static void
test_SC_partners_full_from_all_three_sectors(void **state)
{
	int s;

	(void)state;
	for (s = 0; s < SECTOR__MAX; s++)
		kind_ok(&sc, MK_FULL, s);
}

static void
test_SC_partners_only_kind_is_full(void **state)
{
	(void)state;
	kind_refused(&sc, MK_ASSOCIATE, SECTOR_PUBLIC, "this arrangement has "
	    "no associate members; it accepts full");
	kind_refused(&sc, MK_COOPTED, SECTOR_VCSE, "this arrangement has no "
	    "co-opted members; it accepts full");
	kind_refused(&sc, MK_GUEST, SECTOR_PRIVATE, "this arrangement has no "
	    "guest members; it accepts full");
}

static void
test_MC_closed_guests_from_any_sector(void **state)
{
	int s;

	(void)state;
	for (s = 0; s < SECTOR__MAX; s++)
		kind_ok(&mc, MK_GUEST, s);
	kind_ok(&mc, MK_FULL, SECTOR_VCSE);
	kind_refused(&mc, MK_FULL, SECTOR_PUBLIC, "a public organisation "
	    "cannot be a full member; full members are vcse organisations");
}

static void
test_kind_allowed_lists_several_sectors(void **state)
{
	struct constitution c;

	(void)state;
	load("arrangement.name = Two\nmembership.kinds = full\n"
	    "membership.full_sectors = vcse\n"
	    "membership.full_sectors = private\n", &c);
	kind_ok(&c, MK_FULL, SECTOR_PRIVATE);
	kind_refused(&c, MK_FULL, SECTOR_PUBLIC, "a public organisation "
	    "cannot be a full member; full members are vcse or private "
	    "organisations");
	constitution_free(&c);
}

static void
test_kind_allowed_nothing_without_settings(void **state)
{
	struct constitution c;

	(void)state;
	kind_refused(&bare, MK_FULL, SECTOR_VCSE, "this arrangement has no "
	    "full members; it accepts no kinds (see membership.kinds)");
	load("arrangement.name = No sectors\nmembership.kinds = full\n", &c);
	kind_refused(&c, MK_FULL, SECTOR_VCSE, "a vcse organisation cannot "
	    "be a full member; full members are no organisations");
	constitution_free(&c);
}

/* --- status life-cycle --- */

/*
 * allowed[from][to]: the whole table.  Pending becomes active on
 * signing (SA-3.2) or ends; active and suspended members may be
 * suspended (SA-13.2), give notice (SA-14.1), be terminated (SA-14.3) or
 * withdrawn (MC-absence); notice ends in resignation, termination, or
 * is withdrawn back to active.  Ended statuses are final.
 */
static const int allowed[MS__MAX][MS__MAX] = {
	/*                pend act susp notc resg term wdrn */
	[MS_PENDING] =      { 0,  0,  0,   0,   0,   1,   1 },
	[MS_ACTIVE] =       { 0,  0,  1,   1,   0,   1,   1 },
	[MS_SUSPENDED] =    { 0,  1,  0,   1,   0,   1,   1 },
	[MS_UNDER_NOTICE] = { 0,  1,  0,   0,   1,   1,   0 },
	[MS_RESIGNED] =     { 0,  0,  0,   0,   0,   0,   0 },
	[MS_TERMINATED] =   { 0,  0,  0,   0,   0,   0,   0 },
	[MS_WITHDRAWN] =    { 0,  0,  0,   0,   0,   0,   0 },
};

static void
test_status_change_every_pair(void **state)
{
	char	why[256];
	int	from, to, rc;

	(void)state;
	for (from = 0; from < MS__MAX; from++)
		for (to = 0; to < MS__MAX; to++) {
			strcpy(why, "untouched");
			rc = rules_status_change(from, to, why, sizeof(why));
			if (rc != (allowed[from][to] ? 0 : -1))
				fail_msg("%s -> %s: got %d",
				    memb_status_names[from],
				    memb_status_names[to], rc);
			if (rc != 0 && strlen(why) == 0)
				fail_msg("%s -> %s: no reason",
				    memb_status_names[from],
				    memb_status_names[to]);
		}
}

static void
test_SA_3_2_pending_becomes_active_on_signing(void **state)
{
	(void)state;
	/* Only the declaration activates (core_member_sign); no status
	 * command may, so the agreement cannot be skipped. */
	change_refused(MS_PENDING, MS_ACTIVE, "a membership becomes active "
	    "only when the agreement is signed");
	change_ok(MS_PENDING, MS_WITHDRAWN);
	change_refused(MS_PENDING, MS_SUSPENDED,
	    "a pending membership cannot become suspended");
	change_refused(MS_PENDING, MS_UNDER_NOTICE,
	    "a pending membership cannot be put under notice");
	change_refused(MS_PENDING, MS_RESIGNED,
	    "a pending membership cannot become resigned");
}

static void
test_SA_13_2_suspension_and_reinstatement(void **state)
{
	(void)state;
	change_ok(MS_ACTIVE, MS_SUSPENDED);
	change_ok(MS_SUSPENDED, MS_ACTIVE);
	change_refused(MS_SUSPENDED, MS_SUSPENDED,
	    "the membership is already suspended");
	change_refused(MS_SUSPENDED, MS_RESIGNED,
	    "a suspended membership cannot become resigned");
	change_refused(MS_SUSPENDED, MS_PENDING,
	    "a suspended membership cannot become pending");
}

static void
test_SA_14_1_resignation_goes_through_notice(void **state)
{
	char why[256];

	(void)state;
	change_ok(MS_ACTIVE, MS_UNDER_NOTICE);
	change_ok(MS_SUSPENDED, MS_UNDER_NOTICE);
	change_ok(MS_UNDER_NOTICE, MS_RESIGNED);
	change_ok(MS_UNDER_NOTICE, MS_ACTIVE);		/* notice withdrawn */
	assert_int_equal(rules_status_change(MS_ACTIVE, MS_RESIGNED, why,
	    sizeof(why)), -1);
	assert_non_null(strstr(why, "membership cannot become resigned"));
	change_refused(MS_UNDER_NOTICE, MS_UNDER_NOTICE,
	    "the membership is already under notice");
	assert_int_equal(rules_status_change(MS_UNDER_NOTICE, MS_SUSPENDED,
	    why, sizeof(why)), -1);
	assert_non_null(strstr(why, "membership cannot become suspended"));
}

/*
 * Regression (was a bug in src/rules/membership.c rules_status_change: "a %s
 * membership" gives "a active membership", "a under notice membership".
 */
static void
test_status_change_refusal_reads_well(void **state)
{
	char why[256];

	(void)state;
	change_refused(MS_ACTIVE, MS_RESIGNED,
	    "an active membership cannot become resigned");
	assert_int_equal(rules_status_change(MS_UNDER_NOTICE, MS_WITHDRAWN,
	    why, sizeof(why)), -1);
	assert_null(strstr(why, "a under"));
}

static void
test_SA_14_3_termination_from_any_live_status(void **state)
{
	(void)state;
	change_ok(MS_PENDING, MS_TERMINATED);
	change_ok(MS_ACTIVE, MS_TERMINATED);
	change_ok(MS_SUSPENDED, MS_TERMINATED);
	change_ok(MS_UNDER_NOTICE, MS_TERMINATED);
}

static void
test_MC_absence_withdrawal(void **state)
{
	(void)state;
	change_ok(MS_ACTIVE, MS_WITHDRAWN);
	change_ok(MS_SUSPENDED, MS_WITHDRAWN);
}

static void
test_status_ended_statuses_are_final(void **state)
{
	int to;

	(void)state;
	for (to = 0; to < MS__MAX; to++) {
		change_refused(MS_RESIGNED, to, "the membership has ended "
		    "(resigned); a new membership must be made");
		change_refused(MS_TERMINATED, to, "the membership has ended "
		    "(terminated); a new membership must be made");
		change_refused(MS_WITHDRAWN, to, "the membership has ended "
		    "(withdrawn); a new membership must be made");
	}
}

static void
test_status_same_status_refused(void **state)
{
	(void)state;
	change_refused(MS_PENDING, MS_PENDING,
	    "the membership is already pending");
	change_refused(MS_ACTIVE, MS_ACTIVE,
	    "the membership is already active");
}

static void
test_status_nothing_returns_to_pending(void **state)
{
	int from;
	char why[256];

	(void)state;
	for (from = 0; from < MS__MAX; from++)
		assert_int_equal(rules_status_change(from, MS_PENDING, why,
		    sizeof(why)), -1);
}

/* --- declaration --- */

static void
test_SA_15_1_complete_declaration_accepted(void **state)
{
	struct declaration_facts d = full_declaration();

	(void)state;
	assert_null(rules_declaration_missing(&sa, &d));
}

static void
test_SA_15_1_declaration_missing_name_is_named(void **state)
{
	struct declaration_facts d = full_declaration();

	(void)state;
	d.name = NULL;
	assert_string_equal(rules_declaration_missing(&sa, &d), "name");
	d.name = " \t ";
	assert_string_equal(rules_declaration_missing(&sa, &d), "name");
}

/* SA-15.1: a name of line breaks only is no name, as a name of spaces
 * is: the one test of a value not given (text_blank). */
static void
test_SA_15_1_declaration_name_of_line_breaks_is_missing(void **state)
{
	struct declaration_facts d = full_declaration();

	(void)state;
	d.name = "\r\n";
	assert_string_equal(rules_declaration_missing(&sa, &d), "name");
	d.role = "\n\t";
	d.name = "Ann";
	assert_string_equal(rules_declaration_missing(&sa, &d), "role");
}

static void
test_SA_15_1_declaration_missing_role_is_named(void **state)
{
	struct declaration_facts d = full_declaration();

	(void)state;
	d.role = NULL;
	assert_string_equal(rules_declaration_missing(&sa, &d), "role");
	d.role = "";
	assert_string_equal(rules_declaration_missing(&sa, &d), "role");
}

static void
test_SA_15_1_declaration_missing_organisation_is_named(void **state)
{
	struct declaration_facts d = full_declaration();

	(void)state;
	d.organisation = "";
	assert_string_equal(rules_declaration_missing(&sa, &d),
	    "organisation");
}

static void
test_SA_15_1_declaration_missing_or_bad_date_is_named(void **state)
{
	struct declaration_facts d = full_declaration();

	(void)state;
	d.date = NULL;
	assert_string_equal(rules_declaration_missing(&sa, &d), "date");
	d.date = "";
	assert_string_equal(rules_declaration_missing(&sa, &d), "date");
	d.date = "2025-02-30";
	assert_string_equal(rules_declaration_missing(&sa, &d), "date");
	d.date = "5/1/2025";
	assert_string_equal(rules_declaration_missing(&sa, &d), "date");
	d.date = "2024-02-29";
	assert_null(rules_declaration_missing(&sa, &d));
}

static void
test_SA_15_1_declaration_missing_authority_is_named(void **state)
{
	struct declaration_facts d = full_declaration();

	(void)state;
	d.authority = 0;
	assert_string_equal(rules_declaration_missing(&sa, &d),
	    "confirmation of authority");
}

static void
test_SA_15_1_unsigned_declaration_names_first_field(void **state)
{
	struct declaration_facts d = { NULL, NULL, NULL, NULL, 0 };

	(void)state;
	assert_string_equal(rules_declaration_missing(&sa, &d), "name");
	d.name = "Jo";
	assert_string_equal(rules_declaration_missing(&sa, &d), "role");
	d.role = "Chair";
	assert_string_equal(rules_declaration_missing(&sa, &d),
	    "organisation");
	d.organisation = "VAST";
	assert_string_equal(rules_declaration_missing(&sa, &d), "date");
	d.date = "2025-03-01";
	assert_string_equal(rules_declaration_missing(&sa, &d),
	    "confirmation of authority");
	d.authority = 1;
	assert_null(rules_declaration_missing(&sa, &d));
}

static void
test_SC_partners_declaration_needs_no_authority(void **state)
{
	struct declaration_facts d = full_declaration();

	(void)state;
	d.authority = 0;
	assert_null(rules_declaration_missing(&sc, &d));
}

static void
test_SC_partners_declaration_fields_named(void **state)
{
	struct declaration_facts d = full_declaration();

	(void)state;
	d.authority = 0;
	d.role = "";		/* position in organisation */
	assert_string_equal(rules_declaration_missing(&sc, &d), "role");
	d = full_declaration();
	d.organisation = NULL;
	assert_string_equal(rules_declaration_missing(&sc, &d),
	    "organisation");
	d = full_declaration();
	d.date = "2025-13-01";
	assert_string_equal(rules_declaration_missing(&sc, &d), "date");
}

static void
test_declaration_without_required_fields_accepts_anything(void **state)
{
	struct declaration_facts d = { NULL, NULL, NULL, "not a date", 0 };

	(void)state;
	assert_null(rules_declaration_missing(&bare, &d));
	assert_null(rules_declaration_missing(&mc, &d));
}

/* --- voting and office --- */

static void
test_may_vote_every_kind_and_status(void **state)
{
	int k, s, want;

	(void)state;
	for (k = 0; k < MK__MAX; k++)
		for (s = 0; s < MS__MAX; s++) {
			want = (k == MK_FULL || k == MK_COOPTED) &&
			    (s == MS_ACTIVE || s == MS_UNDER_NOTICE);
			if (rules_may_vote(k, s) != want)
				fail_msg("%s %s: may_vote %d",
				    memb_kind_names[k], memb_status_names[s],
				    rules_may_vote(k, s));
		}
}

static void
test_SA_3_1_full_active_member_votes(void **state)
{
	(void)state;
	assert_int_equal(rules_may_vote(MK_FULL, MS_ACTIVE), 1);
}

static void
test_SA_3_1_assoc_never_votes(void **state)
{
	int s;

	(void)state;
	for (s = 0; s < MS__MAX; s++)
		assert_int_equal(rules_may_vote(MK_ASSOCIATE, s), 0);
}

static void
test_MC_closed_guest_never_votes(void **state)
{
	int s;

	(void)state;
	for (s = 0; s < MS__MAX; s++)
		assert_int_equal(rules_may_vote(MK_GUEST, s), 0);
}

static void
test_SA_5_8_coopted_member_votes(void **state)
{
	(void)state;
	assert_int_equal(rules_may_vote(MK_COOPTED, MS_ACTIVE), 1);
	assert_int_equal(rules_may_vote(MK_COOPTED, MS_SUSPENDED), 0);
}

static void
test_SA_13_2_suspended_member_does_not_vote(void **state)
{
	(void)state;
	assert_int_equal(rules_may_vote(MK_FULL, MS_SUSPENDED), 0);
}

static void
test_SA_14_1_member_under_notice_still_votes(void **state)
{
	(void)state;
	assert_int_equal(rules_may_vote(MK_FULL, MS_UNDER_NOTICE), 1);
}

static void
test_SA_3_2_pending_member_does_not_vote(void **state)
{
	(void)state;
	assert_int_equal(rules_may_vote(MK_FULL, MS_PENDING), 0);
}

static void
test_ended_membership_does_not_vote(void **state)
{
	(void)state;
	assert_int_equal(rules_may_vote(MK_FULL, MS_RESIGNED), 0);
	assert_int_equal(rules_may_vote(MK_FULL, MS_TERMINATED), 0);
	assert_int_equal(rules_may_vote(MK_FULL, MS_WITHDRAWN), 0);
}

static void
test_may_hold_office_every_kind_and_status(void **state)
{
	int k, s, want;

	(void)state;
	for (k = 0; k < MK__MAX; k++)
		for (s = 0; s < MS__MAX; s++) {
			want = k == MK_FULL &&
			    (s == MS_ACTIVE || s == MS_UNDER_NOTICE);
			if (rules_may_hold_office(k, s) != want)
				fail_msg("%s %s: may_hold_office %d",
				    memb_kind_names[k], memb_status_names[s],
				    rules_may_hold_office(k, s));
		}
}

static void
test_SA_3_1_assoc_never_holds_office(void **state)
{
	int s;

	(void)state;
	for (s = 0; s < MS__MAX; s++)
		assert_int_equal(rules_may_hold_office(MK_ASSOCIATE, s), 0);
}

static void
test_SA_E1_chair_is_full_member_in_good_standing(void **state)
{
	(void)state;
	assert_int_equal(rules_may_hold_office(MK_FULL, MS_ACTIVE), 1);
	assert_int_equal(rules_may_hold_office(MK_FULL, MS_SUSPENDED), 0);
	assert_int_equal(rules_may_hold_office(MK_FULL, MS_PENDING), 0);
	assert_int_equal(rules_may_hold_office(MK_COOPTED, MS_ACTIVE), 0);
	assert_int_equal(rules_may_hold_office(MK_GUEST, MS_ACTIVE), 0);
}

/* --- notice --- */

static void
test_SA_14_1_notice_ends_one_month_later(void **state)
{
	(void)state;
	assert_date(rules_notice_end(&sa, day("2025-01-15")), "2025-02-15");
	assert_date(rules_notice_end(&sa, day("2025-12-10")), "2026-01-10");
}

static void
test_SA_14_1_notice_from_31_january_ends_end_of_february(void **state)
{
	(void)state;
	assert_date(rules_notice_end(&sa, day("2025-01-31")), "2025-02-28");
	assert_date(rules_notice_end(&sa, day("2024-01-31")), "2024-02-29");
	assert_date(rules_notice_end(&sa, day("2025-03-31")), "2025-04-30");
}

static void
test_SA_14_1_notice_months_is_a_setting(void **state)
{
	(void)state;
	/* MC-like: 3 months; SC-like: none; bare: the default, 1. */
	assert_date(rules_notice_end(&mc, day("2025-11-30")), "2026-02-28");
	assert_date(rules_notice_end(&sc, day("2025-01-31")), "2025-01-31");
	assert_date(rules_notice_end(&bare, day("2025-01-31")), "2025-02-28");
}

/* --- criteria --- */

static void
test_MC_criteria_gaps_listed(void **state)
{
	const char *const	 have[] = { "Beneficiaries in the city",
	    "Clear aims in a governing document" };
	const char		*missing[8] = { NULL };

	(void)state;
	assert_int_equal(rules_criteria_gaps(&mc, have, 2, missing, 8), 2);
	assert_string_equal(missing[0],
	    "Working in the city and not for profit");
	assert_string_equal(missing[1], "Three or more committee members");
	assert_null(missing[2]);
}

static void
test_MC_criteria_none_met_lists_all_in_order(void **state)
{
	const char *missing[8] = { NULL };

	(void)state;
	assert_int_equal(rules_criteria_gaps(&mc, NULL, 0, missing, 8), 4);
	assert_string_equal(missing[0],
	    "Working in the city and not for profit");
	assert_string_equal(missing[1], "Beneficiaries in the city");
	assert_string_equal(missing[2], "Three or more committee members");
	assert_string_equal(missing[3], "Clear aims in a governing document");
}

static void
test_MC_criteria_all_met_no_gaps(void **state)
{
	const char *const	 have[] = {
		"clear aims in a governing document",
		"WORKING IN THE CITY AND NOT FOR PROFIT",
		"Something else entirely",
		"Three or more committee members",
		"Beneficiaries in the city",
	};
	const char		*missing[8] = { "sentinel" };

	(void)state;
	assert_int_equal(rules_criteria_gaps(&mc, have, 5, missing, 8), 0);
	assert_string_equal(missing[0], "sentinel");
}

static void
test_MC_criteria_count_beyond_max(void **state)
{
	const char *missing[2] = { NULL, NULL };

	(void)state;
	assert_int_equal(rules_criteria_gaps(&mc, NULL, 0, missing, 1), 4);
	assert_string_equal(missing[0],
	    "Working in the city and not for profit");
	assert_null(missing[1]);
	assert_int_equal(rules_criteria_gaps(&mc, NULL, 0, NULL, 0), 4);
}

static void
test_MC_criteria_partial_text_is_not_evidence(void **state)
{
	const char *const	 have[] = { "Beneficiaries", "Working in the "
	    "city" };
	const char		*missing[8];

	(void)state;
	assert_int_equal(rules_criteria_gaps(&mc, have, 2, missing, 8), 4);
}

static void
test_MC_criteria_none_set_no_gaps(void **state)
{
	const char *missing[2] = { "sentinel", NULL };

	(void)state;
	assert_int_equal(rules_criteria_gaps(&sa, NULL, 0, missing, 2), 0);
	assert_string_equal(missing[0], "sentinel");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memb_names_parse),
		cmocka_unit_test(test_SC_partners_voluntary_and_community_is_vcse),
		cmocka_unit_test(test_SA_3_1_full_requires_vcse_sector),
		cmocka_unit_test(test_SA_3_1_assoc_requires_statutory_sector),
		cmocka_unit_test(test_SA_3_1_assoc_refusal_reads_well),
		cmocka_unit_test(test_SA_5_8_coopted_from_any_sector),
		cmocka_unit_test(test_SA_3_1_alliance_has_no_guests),
		cmocka_unit_test(test_SC_partners_full_from_all_three_sectors),
		cmocka_unit_test(test_SC_partners_only_kind_is_full),
		cmocka_unit_test(test_MC_closed_guests_from_any_sector),
		cmocka_unit_test(test_kind_allowed_lists_several_sectors),
		cmocka_unit_test(test_kind_allowed_nothing_without_settings),
		cmocka_unit_test(test_status_change_every_pair),
		cmocka_unit_test(test_SA_3_2_pending_becomes_active_on_signing),
		cmocka_unit_test(test_SA_13_2_suspension_and_reinstatement),
		cmocka_unit_test(test_SA_14_1_resignation_goes_through_notice),
		cmocka_unit_test(test_status_change_refusal_reads_well),
		cmocka_unit_test(test_SA_14_3_termination_from_any_live_status),
		cmocka_unit_test(test_MC_absence_withdrawal),
		cmocka_unit_test(test_status_ended_statuses_are_final),
		cmocka_unit_test(test_status_same_status_refused),
		cmocka_unit_test(test_status_nothing_returns_to_pending),
		cmocka_unit_test(test_SA_15_1_complete_declaration_accepted),
		cmocka_unit_test(test_SA_15_1_declaration_missing_name_is_named),
		cmocka_unit_test(
		    test_SA_15_1_declaration_name_of_line_breaks_is_missing),
		cmocka_unit_test(test_SA_15_1_declaration_missing_role_is_named),
		cmocka_unit_test(
		    test_SA_15_1_declaration_missing_organisation_is_named),
		cmocka_unit_test(
		    test_SA_15_1_declaration_missing_or_bad_date_is_named),
		cmocka_unit_test(
		    test_SA_15_1_declaration_missing_authority_is_named),
		cmocka_unit_test(
		    test_SA_15_1_unsigned_declaration_names_first_field),
		cmocka_unit_test(test_SC_partners_declaration_needs_no_authority),
		cmocka_unit_test(test_SC_partners_declaration_fields_named),
		cmocka_unit_test(
		    test_declaration_without_required_fields_accepts_anything),
		cmocka_unit_test(test_may_vote_every_kind_and_status),
		cmocka_unit_test(test_SA_3_1_full_active_member_votes),
		cmocka_unit_test(test_SA_3_1_assoc_never_votes),
		cmocka_unit_test(test_MC_closed_guest_never_votes),
		cmocka_unit_test(test_SA_5_8_coopted_member_votes),
		cmocka_unit_test(test_SA_13_2_suspended_member_does_not_vote),
		cmocka_unit_test(test_SA_14_1_member_under_notice_still_votes),
		cmocka_unit_test(test_SA_3_2_pending_member_does_not_vote),
		cmocka_unit_test(test_ended_membership_does_not_vote),
		cmocka_unit_test(test_may_hold_office_every_kind_and_status),
		cmocka_unit_test(test_SA_3_1_assoc_never_holds_office),
		cmocka_unit_test(test_SA_E1_chair_is_full_member_in_good_standing),
		cmocka_unit_test(test_SA_14_1_notice_ends_one_month_later),
		cmocka_unit_test(
		    test_SA_14_1_notice_from_31_january_ends_end_of_february),
		cmocka_unit_test(test_SA_14_1_notice_months_is_a_setting),
		cmocka_unit_test(test_MC_criteria_gaps_listed),
		cmocka_unit_test(test_MC_criteria_none_met_lists_all_in_order),
		cmocka_unit_test(test_MC_criteria_all_met_no_gaps),
		cmocka_unit_test(test_MC_criteria_count_beyond_max),
		cmocka_unit_test(test_MC_criteria_partial_text_is_not_evidence),
		cmocka_unit_test(test_MC_criteria_none_set_no_gaps),
	};

	return cmocka_run_group_tests_name("membership", tests, setup,
	    teardown);
}
