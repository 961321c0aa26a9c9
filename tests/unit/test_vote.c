/*
 * Unit tests of src/rules/vote.c: quorum (SA-8.2), who votes (SA-3.1,
 * SA-8.3, SA-11.3, SA-13.2, SA-14.1, SA-6.3), motions (SA-8.3),
 * ballots and elections (SA-E2.2), candidates (SA-E1).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "rules/constitution.h"
#include "rules/membership.h"
#include "rules/meeting.h"
#include "rules/vote.h"

/* The voting lines of templates/staffordshire-alliance/constitution.txt. */
static const char sa_text[] =
    "arrangement.name = Staffordshire and Stoke-on-Trent VCSE Healthy "
    "Communities Alliance\n"
    "membership.kinds = full\n"
    "membership.kinds = associate\n"
    "membership.kinds = co-opted\n"
    "membership.full_sectors = vcse\n"
    "membership.associate_sectors = public\n"
    "attendance.absences_flag = 3\n"
    "attendance.deputy_needs_agreement = yes\n"
    "quorum.coordination = sides Staffordshire, Southwest, Southeast | "
    "Stoke-on-Trent & North\n"
    "quorum.local-forum = vcse-present 4\n"
    "quorum.thematic = vcse-present 4\n"
    "quorum.joint = vcse-present 4\n"
    "quorum.task = majority\n"
    "vote.voters = vcse-full\n"
    "vote.casting_vote = no\n"
    "vote.tie = second-vote\n"
    "election.method = plurality\n"
    "election.tie = runoff\n"
    "chair.full_member_only = yes\n";

/* The voting lines of templates/manchester-leaders/constitution.txt. */
static const char mc_text[] =
    "arrangement.name = Manchester VCSE Health & Wellbeing Leaders Group\n"
    "membership.kinds = full\n"
    "membership.kinds = guest\n"
    "membership.full_sectors = vcse\n"
    "membership.full_sectors = public\n"
    "attendance.absences_flag = 2\n"
    "attendance.deputy_needs_agreement = no\n"
    "quorum.leaders = majority\n"
    "quorum.working-group = majority\n"
    "vote.voters = members\n"
    "chair.full_member_only = yes\n";

static void
load(const char *text, struct constitution *c)
{
	struct cs_error err;

	if (constitution_parse(text, c, &err) != 0)
		fail_msg("line %d %s: %s", err.line, err.setting, err.msg);
}

/* A VCSE full member, active, present: the usual voter. */
static struct attendee
voter(int64_t org)
{
	struct attendee a;

	memset(&a, 0, sizeof(a));
	a.org = org;
	a.kind = MK_FULL;
	a.status = MS_ACTIVE;
	a.vcse = 1;
	a.attend = AT_PRESENT;
	return a;
}

static struct attendee
with_side(int64_t org, const char *side)
{
	struct attendee a = voter(org);

	a.side = side;
	return a;
}

/* Quorum of the constitution text for the kind, with its message. */
static int
quorum(const char *text, enum group_kind kind, const struct attendee *a,
    size_t n, struct quorum_count *qc, char *why, size_t whysz)
{
	struct constitution	c;
	int			rc;

	load(text, &c);
	rc = rules_quorum(&c, kind, a, n, qc, why, whysz);
	constitution_free(&c);
	return rc;
}

static enum elig
may_cast(const char *text, const struct attendee *a, int at_meeting)
{
	struct constitution	c;
	enum elig		e;

	load(text, &c);
	e = rules_may_cast(&c, a, at_meeting);
	constitution_free(&c);
	return e;
}

static enum elig
may_stand(const char *text, enum memb_kind k, enum memb_status s)
{
	struct constitution	c;
	enum elig		e;

	load(text, &c);
	e = rules_may_stand(&c, k, s);
	constitution_free(&c);
	return e;
}

/* --- SA-8.2 quorum ------------------------------------------------ */

static void
test_SA_8_2_local_forum_exactly_quorate(void **state)
{
	struct attendee		a[4];
	struct quorum_count	qc;
	char			why[200] = "x";

	(void)state;
	a[0] = voter(1);
	a[1] = voter(2);
	a[2] = voter(3);
	a[3] = voter(4);
	assert_int_equal(quorum(sa_text, GK_LOCAL_FORUM, a, 4, &qc, why,
	    sizeof(why)), 1);
	assert_int_equal(qc.counted, 4);
	assert_int_equal(qc.needed, 4);
	assert_string_equal(why, "");
}

static void
test_SA_8_2_one_short_names_missing(void **state)
{
	struct attendee		a[4];
	struct quorum_count	qc;
	char			why[200];

	(void)state;
	a[0] = voter(1);
	a[1] = voter(2);
	a[2] = voter(3);
	a[3] = voter(4);
	a[3].attend = AT_APOLOGIES;
	assert_int_equal(quorum(sa_text, GK_LOCAL_FORUM, a, 4, &qc, why,
	    sizeof(why)), 0);
	assert_int_equal(qc.counted, 3);
	assert_string_equal(why,
	    "3 of 4 VCSE full members present; 1 more needed");
}

static void
test_SA_8_2_thematic_forum_also_needs_four(void **state)
{
	struct attendee	a[2];
	char		why[200];

	(void)state;
	a[0] = voter(1);
	a[1] = voter(2);
	assert_int_equal(quorum(sa_text, GK_THEMATIC, a, 2, NULL, why,
	    sizeof(why)), 0);
	assert_string_equal(why,
	    "2 of 4 VCSE full members present; 2 more needed");
}

static void
test_SA_8_2_associates_and_guests_do_not_count(void **state)
{
	struct attendee		a[5];
	struct quorum_count	qc;
	char			why[200];

	(void)state;
	a[0] = voter(1);
	a[1] = voter(2);
	a[2] = voter(3);
	a[3] = voter(4);
	a[3].kind = MK_ASSOCIATE;
	a[3].vcse = 0;
	a[4] = voter(5);
	a[4].kind = MK_GUEST;
	assert_int_equal(quorum(sa_text, GK_LOCAL_FORUM, a, 5, &qc, why,
	    sizeof(why)), 0);
	assert_int_equal(qc.counted, 3);
	assert_string_equal(why,
	    "3 of 4 VCSE full members present; 1 more needed");
}

static void
test_SA_8_2_suspended_and_pending_do_not_count(void **state)
{
	struct attendee		a[6];
	struct quorum_count	qc;
	char			why[200];

	(void)state;
	a[0] = voter(1);
	a[1] = voter(2);
	a[2] = voter(3);
	a[2].status = MS_SUSPENDED;
	a[3] = voter(4);
	a[3].status = MS_PENDING;
	a[4] = voter(5);
	a[4].status = MS_RESIGNED;
	a[5] = voter(6);
	a[5].status = MS_UNDER_NOTICE;	/* SA-14.1: still counts */
	assert_int_equal(quorum(sa_text, GK_LOCAL_FORUM, a, 6, &qc, why,
	    sizeof(why)), 0);
	assert_int_equal(qc.counted, 3);
	assert_string_equal(why,
	    "3 of 4 VCSE full members present; 1 more needed");
}

static void
test_SA_8_3_one_vote_per_organisation_in_quorum(void **state)
{
	struct attendee		a[6];
	struct quorum_count	qc;
	char			why[200];

	(void)state;
	/* Six people from three organisations are three members. */
	a[0] = voter(1);
	a[1] = voter(1);
	a[2] = voter(2);
	a[3] = voter(2);
	a[4] = voter(3);
	a[5] = voter(1);
	assert_int_equal(quorum(sa_text, GK_LOCAL_FORUM, a, 6, &qc, why,
	    sizeof(why)), 0);
	assert_int_equal(qc.counted, 3);
	assert_string_equal(why,
	    "3 of 4 VCSE full members present; 1 more needed");
}

static void
test_SA_6_3_deputy_without_agreement_not_counted(void **state)
{
	struct attendee		a[4];
	struct quorum_count	qc;
	char			why[200];

	(void)state;
	a[0] = voter(1);
	a[1] = voter(2);
	a[2] = voter(3);
	a[3] = voter(4);
	a[3].attend = AT_DEPUTY;
	assert_int_equal(quorum(sa_text, GK_LOCAL_FORUM, a, 4, &qc, why,
	    sizeof(why)), 0);
	assert_int_equal(qc.counted, 3);
	assert_int_equal(qc.deputies, 1);
	assert_string_equal(why, "3 of 4 VCSE full members present; 1 more "
	    "needed; not counted: 1 deputy without the chair's prior "
	    "agreement");
}

static void
test_SA_6_3_deputy_with_agreement_counts(void **state)
{
	struct attendee	a[4];
	char		why[200];

	(void)state;
	a[0] = voter(1);
	a[1] = voter(2);
	a[2] = voter(3);
	a[3] = voter(4);
	a[3].attend = AT_DEPUTY;
	a[3].deputy_agreed = 1;
	assert_int_equal(quorum(sa_text, GK_LOCAL_FORUM, a, 4, NULL, why,
	    sizeof(why)), 1);
}

static void
test_SA_6_3_deputy_needs_no_agreement_where_not_required(void **state)
{
	struct attendee		a[3];
	struct quorum_count	qc;
	char			why[200];

	(void)state;
	/* Manchester: deputies need no prior agreement; 2 of 3. */
	a[0] = voter(1);
	a[1] = voter(2);
	a[1].attend = AT_DEPUTY;
	a[2] = voter(3);
	a[2].attend = AT_ABSENT;
	assert_int_equal(quorum(mc_text, GK_LEADERS, a, 3, &qc, why,
	    sizeof(why)), 1);
	assert_int_equal(qc.counted, 2);
	assert_int_equal(qc.members, 3);
	assert_int_equal(qc.needed, 2);
}

static void
test_SA_11_3_conflicted_not_counted_for_quorum(void **state)
{
	struct attendee		a[5];
	struct quorum_count	qc;
	char			why[200];

	(void)state;
	a[0] = voter(1);
	a[1] = voter(2);
	a[2] = voter(3);
	a[3] = voter(4);
	a[3].conflicted = 1;
	a[4] = voter(5);
	a[4].attend = AT_DEPUTY;
	assert_int_equal(quorum(sa_text, GK_LOCAL_FORUM, a, 5, &qc, why,
	    sizeof(why)), 0);
	assert_int_equal(qc.conflicted, 1);
	assert_string_equal(why, "3 of 4 VCSE full members present; 1 more "
	    "needed; not counted: 1 conflicted on the item, 1 deputy without "
	    "the chair's prior agreement");
}

static void
test_SA_8_2_coordination_needs_both_sides(void **state)
{
	struct attendee		a[3];
	struct quorum_count	qc;
	char			why[200];

	(void)state;
	/* The template's co-ordination group: SuS, VAST, the ICB. */
	a[0] = with_side(1, "Staffordshire");
	a[1] = with_side(2, "Stoke-on-Trent & North");
	a[1].attend = AT_APOLOGIES;
	a[2] = voter(3);
	a[2].kind = MK_ASSOCIATE;
	a[2].vcse = 0;
	assert_int_equal(quorum(sa_text, GK_COORDINATION, a, 3, &qc, why,
	    sizeof(why)), 0);
	assert_int_equal(qc.needed, 2);
	assert_int_equal(qc.sides, 1);
	assert_string_equal(why, "no member present from the side "
	    "Stoke-on-Trent & North");

	a[1].attend = AT_PRESENT;
	assert_int_equal(quorum(sa_text, GK_COORDINATION, a, 3, &qc, why,
	    sizeof(why)), 1);
	assert_int_equal(qc.sides, 2);
	assert_string_equal(why, "");
}

static void
test_SA_8_2_coordination_side_matches_any_name(void **state)
{
	struct attendee	a[2];
	char		why[200];

	(void)state;
	a[0] = with_side(1, " southeast ");
	a[1] = with_side(2, "STOKE-ON-TRENT & NORTH");
	assert_int_equal(quorum(sa_text, GK_COORDINATION, a, 2, NULL, why,
	    sizeof(why)), 1);
}

static void
test_SA_8_2_coordination_no_side_present(void **state)
{
	struct attendee	a[2];
	char		why[200];

	(void)state;
	a[0] = with_side(1, "Southwest");
	a[0].status = MS_SUSPENDED;
	a[1] = with_side(2, "Stoke-on-Trent & North");
	a[1].kind = MK_ASSOCIATE;
	assert_int_equal(quorum(sa_text, GK_COORDINATION, a, 2, NULL, why,
	    sizeof(why)), 0);
	assert_string_equal(why, "no member present from the side "
	    "Staffordshire, Southwest, Southeast; no member present from "
	    "the side Stoke-on-Trent & North");
}

static void
test_SA_8_2_coordination_side_label_must_match(void **state)
{
	struct attendee	a[2];
	char		why[200];

	(void)state;
	/* "Stoke-on-Trent" alone is not the side's name. */
	a[0] = with_side(1, "Staffordshire");
	a[1] = with_side(2, "Stoke-on-Trent");
	assert_int_equal(quorum(sa_text, GK_COORDINATION, a, 2, NULL, why,
	    sizeof(why)), 0);
	assert_string_equal(why, "no member present from the side "
	    "Stoke-on-Trent & North");
}

static void
test_SA_8_2_task_group_majority(void **state)
{
	struct attendee		a[6];
	struct quorum_count	qc;
	char			why[200];
	int			i;

	(void)state;
	for (i = 0; i < 5; i++) {
		a[i] = voter(i + 1);
		a[i].attend = i < 2 ? AT_PRESENT : AT_ABSENT;
	}
	a[5] = voter(9);
	a[5].kind = MK_ASSOCIATE;	/* not in the denominator */
	a[5].vcse = 0;
	assert_int_equal(quorum(sa_text, GK_TASK, a, 6, &qc, why,
	    sizeof(why)), 0);
	assert_int_equal(qc.members, 5);
	assert_string_equal(why, "2 of 5 voting members present; a majority "
	    "is 3; 1 more needed");
	a[2].attend = AT_PRESENT;
	assert_int_equal(quorum(sa_text, GK_TASK, a, 6, &qc, why,
	    sizeof(why)), 1);
	assert_int_equal(qc.counted, 3);
}

static void
test_SA_8_2_majority_of_even_number(void **state)
{
	struct attendee	a[4];
	char		why[200];

	(void)state;
	a[0] = voter(1);
	a[1] = voter(2);
	a[2] = voter(3);
	a[2].attend = AT_ABSENT;
	a[3] = voter(4);
	a[3].attend = AT_ABSENT;
	/* Half is not a majority. */
	assert_int_equal(quorum(mc_text, GK_LEADERS, a, 4, NULL, why,
	    sizeof(why)), 0);
	assert_string_equal(why, "2 of 4 voting members present; a majority "
	    "is 3; 1 more needed");
}

static void
test_SA_8_2_majority_without_members(void **state)
{
	struct attendee	a[1];
	char		why[200];

	(void)state;
	a[0] = voter(1);
	a[0].kind = MK_GUEST;
	assert_int_equal(quorum(mc_text, GK_LEADERS, a, 1, NULL, why,
	    sizeof(why)), 0);
	assert_string_equal(why, "the group has no members who may vote");
}

static void
test_SA_8_2_quorum_none(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(quorum("arrangement.name = T\n"
	    "quorum.partnership = none\n", GK_PARTNERSHIP, NULL, 0, NULL,
	    why, sizeof(why)), 1);
}

static void
test_SA_8_2_message_truncated_safely(void **state)
{
	struct attendee	a[1];
	char		why[8];

	(void)state;
	a[0] = voter(1);
	assert_int_equal(quorum(sa_text, GK_LOCAL_FORUM, a, 1, NULL, why,
	    sizeof(why)), 0);
	assert_string_equal(why, "1 of 4 ");
}

/* --- who casts a vote ------------------------------------------- */

static void
test_SA_3_1_assoc_associate_never_votes(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	a.kind = MK_ASSOCIATE;
	a.vcse = 0;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_ASSOCIATE);
	assert_string_equal(rules_elig_why(ELIG_ASSOCIATE, 0),
	    "associate members never vote (SA-3.1-assoc)");
	assert_int_equal(may_cast(mc_text, &a, 0), ELIG_ASSOCIATE);
}

static void
test_MC_closed_guest_never_votes(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	a.kind = MK_GUEST;
	assert_int_equal(may_cast(mc_text, &a, 1), ELIG_GUEST);
}

static void
test_SA_13_2_suspended_does_not_vote(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	a.status = MS_SUSPENDED;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_SUSPENDED);
	assert_string_equal(rules_elig_why(ELIG_SUSPENDED, 0),
	    "the member is suspended and does not vote (SA-13.2)");
}

static void
test_SA_3_2_pending_and_ended_do_not_vote(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	a.status = MS_PENDING;
	assert_int_equal(may_cast(sa_text, &a, 0), ELIG_PENDING);
	a.status = MS_RESIGNED;
	assert_int_equal(may_cast(sa_text, &a, 0), ELIG_ENDED);
	a.status = MS_TERMINATED;
	assert_int_equal(may_cast(sa_text, &a, 0), ELIG_ENDED);
	a.status = MS_WITHDRAWN;
	assert_int_equal(may_cast(sa_text, &a, 0), ELIG_ENDED);
}

static void
test_SA_14_1_under_notice_still_votes(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	a.status = MS_UNDER_NOTICE;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_OK);
	assert_string_equal(rules_elig_why(ELIG_OK, 0), "");
}

static void
test_SA_11_3_conflicted_voter_excluded(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	a.conflicted = 1;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_CONFLICTED);
	assert_int_equal(may_cast(mc_text, &a, 0), ELIG_CONFLICTED);
	assert_string_equal(rules_elig_why(ELIG_CONFLICTED, 0),
	    "the member has declared a conflict on this item and is "
	    "excluded from its vote (SA-11.3)");
}

static void
test_SA_8_3_vcse_only_voters(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	/* A public body as full member: SA votes are VCSE only, the
	 * Manchester working group's are not. */
	a.vcse = 0;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_NOT_VCSE);
	assert_int_equal(may_cast(mc_text, &a, 1), ELIG_OK);
	assert_string_equal(rules_elig_why(ELIG_NOT_VCSE, 0),
	    "only VCSE full members vote here (vote.voters, SA-8.3, "
	    "SA-E2.1)");
}

static void
test_SA_8_3_coopted_vote_by_setting(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	a.kind = MK_COOPTED;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_NOT_FULL);
	assert_int_equal(may_cast("arrangement.name = T\n"
	    "vote.voters = members\n", &a, 1), ELIG_OK);
	assert_int_equal(may_cast("arrangement.name = T\n"
	    "vote.voters = full\n", &a, 1), ELIG_NOT_FULL);
}

static void
test_SA_6_3_deputy_vote_needs_agreement(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	a.attend = AT_DEPUTY;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_DEPUTY);
	/* An electronic poll (SA-8.4) is not a meeting. */
	assert_int_equal(may_cast(sa_text, &a, 0), ELIG_OK);
	assert_int_equal(may_cast(mc_text, &a, 1), ELIG_OK);
	a.deputy_agreed = 1;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_OK);
}

static void
test_SA_8_2_absent_cannot_vote_at_meeting(void **state)
{
	struct attendee a = voter(1);

	(void)state;
	a.attend = AT_APOLOGIES;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_ABSENT);
	a.attend = AT_ABSENT;
	assert_int_equal(may_cast(sa_text, &a, 1), ELIG_ABSENT);
	assert_int_equal(may_cast(sa_text, &a, 0), ELIG_OK);
}

/* --- SA-8.3 motions ---------------------------------------------- */

static void
test_SA_8_3_simple_majority_of_votes_cast(void **state)
{
	(void)state;
	/* Abstentions are not votes cast, however many. */
	assert_int_equal(rules_motion_outcome(3, 2, 10), MOTION_CARRIED);
	assert_int_equal(rules_motion_outcome(1, 0, 0), MOTION_CARRIED);
	assert_int_equal(rules_motion_outcome(2, 3, 0), MOTION_LOST);
	assert_int_equal(rules_motion_outcome(0, 1, 7), MOTION_LOST);
}

static void
test_SA_8_3_tie_needs_second_vote(void **state)
{
	(void)state;
	/* No casting vote: a tie decides nothing. */
	assert_int_equal(rules_motion_outcome(2, 2, 1), MOTION_TIE);
	assert_int_equal(rules_motion_outcome(1, 1, 0), MOTION_TIE);
	assert_string_equal(rules_motion_names[MOTION_TIE], "tie");
}

static void
test_SA_8_3_zero_votes_cast(void **state)
{
	(void)state;
	assert_int_equal(rules_motion_outcome(0, 0, 0), MOTION_NO_VOTES);
	assert_int_equal(rules_motion_outcome(0, 0, 5), MOTION_NO_VOTES);
}

static void
test_SA_8_3_one_vote_per_organisation(void **state)
{
	const struct ballot	b[] = {
		{ 1, VOTE_FOR },
		{ 2, VOTE_AGAINST },
		{ 1, VOTE_AGAINST },	/* second from org 1 */
		{ 3, 7 },		/* no such choice */
		{ 3, VOTE_FOR },
		{ 4, VOTE_ABSTAIN },
		{ 2, VOTE_AGAINST },	/* second from org 2 */
	};
	unsigned		counts[VOTE__MAX] = { 9, 9, 9 };

	(void)state;
	assert_int_equal(rules_tally(b, 7, counts, VOTE__MAX), 3);
	assert_int_equal(counts[VOTE_FOR], 2);
	assert_int_equal(counts[VOTE_AGAINST], 1);
	assert_int_equal(counts[VOTE_ABSTAIN], 1);
	assert_int_equal(rules_motion_outcome(counts[VOTE_FOR],
	    counts[VOTE_AGAINST], counts[VOTE_ABSTAIN]), MOTION_CARRIED);
}

/* --- ballots ----------------------------------------------------- */

static void
test_SA_8_4_ballot_after_close_refused(void **state)
{
	(void)state;
	assert_int_equal(rules_ballot_accept(1, NULL, 0, 101, 90, 100),
	    BALLOT_CLOSED);
	assert_string_equal(rules_ballot_why(BALLOT_CLOSED),
	    "the poll has closed; no more ballots are accepted");
	/* The closing day itself is open. */
	assert_int_equal(rules_ballot_accept(1, NULL, 0, 100, 90, 100),
	    BALLOT_OK);
}

static void
test_SA_8_4_ballot_before_open_refused(void **state)
{
	(void)state;
	assert_int_equal(rules_ballot_accept(1, NULL, 0, 89, 90, 100),
	    BALLOT_NOT_OPEN);
	assert_int_equal(rules_ballot_accept(1, NULL, 0, 90, 90, 100),
	    BALLOT_OK);
}

static void
test_SA_E2_2_second_ballot_same_organisation_refused(void **state)
{
	const int64_t voted[] = { 7, 12, 31 };

	(void)state;
	assert_int_equal(rules_ballot_accept(12, voted, 3, 95, 90, 100),
	    BALLOT_DUPLICATE);
	assert_string_equal(rules_ballot_why(BALLOT_DUPLICATE),
	    "the organisation has already voted: one vote per organisation "
	    "(SA-8.3, SA-E2.2)");
	assert_int_equal(rules_ballot_accept(13, voted, 3, 95, 90, 100),
	    BALLOT_OK);
	/* Closed is said first. */
	assert_int_equal(rules_ballot_accept(12, voted, 3, 101, 90, 100),
	    BALLOT_CLOSED);
}

/* --- SA-E2.2 elections ------------------------------------------- */

static void
test_SA_E2_2_plurality_winner(void **state)
{
	const unsigned	votes[] = { 3, 5, 1 };
	size_t		won[1], tied[3], nwon, ntied;

	(void)state;
	assert_int_equal(rules_election_count(votes, 3, 1, won, &nwon, tied,
	    &ntied), ELECT_DECIDED);
	assert_int_equal(nwon, 1);
	assert_int_equal(won[0], 1);
	assert_int_equal(ntied, 0);
}

static void
test_SA_E2_2_tie_below_the_top_decides(void **state)
{
	const unsigned	votes[] = { 5, 2, 2 };
	size_t		won[1], tied[3], nwon, ntied;

	(void)state;
	assert_int_equal(rules_election_count(votes, 3, 1, won, &nwon, tied,
	    &ntied), ELECT_DECIDED);
	assert_int_equal(nwon, 1);
	assert_int_equal(won[0], 0);
}

static void
test_SA_E2_2_two_way_tie_runoff(void **state)
{
	const unsigned	votes[] = { 1, 4, 4 };
	size_t		won[1], tied[3], nwon, ntied;

	(void)state;
	assert_int_equal(rules_election_count(votes, 3, 1, won, &nwon, tied,
	    &ntied), ELECT_TIE);
	assert_int_equal(nwon, 0);
	assert_int_equal(ntied, 2);
	assert_int_equal(tied[0], 1);
	assert_int_equal(tied[1], 2);
}

static void
test_SA_E2_2_three_way_tie_runoff(void **state)
{
	const unsigned	votes[] = { 2, 2, 0, 2 };
	size_t		won[1], tied[4], nwon, ntied;

	(void)state;
	assert_int_equal(rules_election_count(votes, 4, 1, won, &nwon, tied,
	    &ntied), ELECT_TIE);
	assert_int_equal(nwon, 0);
	assert_int_equal(ntied, 3);
	assert_int_equal(tied[0], 0);
	assert_int_equal(tied[1], 1);
	assert_int_equal(tied[2], 3);
}

static void
test_SA_E2_2_seats_tie_at_boundary(void **state)
{
	const unsigned	votes[] = { 1, 3, 5, 3 };
	size_t		won[2], tied[4], nwon, ntied;

	(void)state;
	/* Two seats: 5 is elected, 3 and 3 tie for the second. */
	assert_int_equal(rules_election_count(votes, 4, 2, won, &nwon, tied,
	    &ntied), ELECT_TIE);
	assert_int_equal(nwon, 1);
	assert_int_equal(won[0], 2);
	assert_int_equal(ntied, 2);
	assert_int_equal(tied[0], 1);
	assert_int_equal(tied[1], 3);
}

static void
test_SA_E2_2_seats_tie_at_top_across_boundary(void **state)
{
	const unsigned	votes[] = { 4, 4, 1, 4 };
	size_t		won[2], tied[4], nwon, ntied;

	(void)state;
	assert_int_equal(rules_election_count(votes, 4, 2, won, &nwon, tied,
	    &ntied), ELECT_TIE);
	assert_int_equal(nwon, 0);
	assert_int_equal(ntied, 3);
	assert_int_equal(tied[2], 3);
}

static void
test_SA_E2_2_seats_decided_with_tie_inside(void **state)
{
	const unsigned	votes[] = { 1, 5, 3, 3 };
	size_t		won[3], tied[4], nwon, ntied;

	(void)state;
	/* Three seats: the tie at 3 is inside, not across the boundary. */
	assert_int_equal(rules_election_count(votes, 4, 3, won, &nwon, tied,
	    &ntied), ELECT_DECIDED);
	assert_int_equal(nwon, 3);
	assert_int_equal(won[0], 1);
	assert_int_equal(won[1], 2);
	assert_int_equal(won[2], 3);
	assert_int_equal(ntied, 0);
}

static void
test_SA_E2_2_unopposed_elected(void **state)
{
	const unsigned	votes[] = { 0, 2 };
	size_t		won[3], tied[2], nwon, ntied;

	(void)state;
	assert_int_equal(rules_election_count(votes, 2, 3, won, &nwon, tied,
	    &ntied), ELECT_DECIDED);
	assert_int_equal(nwon, 2);
	assert_int_equal(won[0], 1);
	assert_int_equal(won[1], 0);
}

static void
test_SA_E2_2_no_votes_no_winner(void **state)
{
	const unsigned	votes[] = { 0, 0 };
	size_t		won[1], tied[2], nwon = 9, ntied = 9;

	(void)state;
	assert_int_equal(rules_election_count(votes, 2, 1, won, &nwon, tied,
	    &ntied), ELECT_NO_VOTES);
	assert_int_equal(nwon, 0);
	assert_int_equal(ntied, 0);
	assert_int_equal(rules_election_count(votes, 0, 1, won, &nwon, tied,
	    &ntied), ELECT_EMPTY);
	assert_int_equal(rules_election_count(votes, 2, 0, won, &nwon, tied,
	    &ntied), ELECT_EMPTY);
}

/* --- SA-E1 who may stand ----------------------------------------- */

static void
test_SA_3_1_assoc_candidate_refused(void **state)
{
	(void)state;
	assert_int_equal(may_stand(sa_text, MK_ASSOCIATE, MS_ACTIVE),
	    ELIG_ASSOCIATE);
	assert_string_equal(rules_elig_why(ELIG_ASSOCIATE, 1),
	    "associate members never stand as chair, vice-chair or "
	    "representative (SA-3.1-assoc)");
}

static void
test_SA_E1_full_member_in_good_standing_stands(void **state)
{
	(void)state;
	assert_int_equal(may_stand(sa_text, MK_FULL, MS_ACTIVE), ELIG_OK);
	assert_int_equal(may_stand(sa_text, MK_FULL, MS_UNDER_NOTICE),
	    ELIG_OK);
	assert_int_equal(may_stand(sa_text, MK_FULL, MS_SUSPENDED),
	    ELIG_SUSPENDED);
	assert_int_equal(may_stand(sa_text, MK_FULL, MS_PENDING),
	    ELIG_PENDING);
	assert_int_equal(may_stand(sa_text, MK_FULL, MS_TERMINATED),
	    ELIG_ENDED);
	assert_int_equal(may_stand(mc_text, MK_GUEST, MS_ACTIVE),
	    ELIG_GUEST);
}

static void
test_SA_E1_coopted_stands_only_if_setting_allows(void **state)
{
	(void)state;
	assert_int_equal(may_stand(sa_text, MK_COOPTED, MS_ACTIVE),
	    ELIG_NOT_FULL);
	assert_string_equal(rules_elig_why(ELIG_NOT_FULL, 1),
	    "only a full member of the group may stand (SA-E1, "
	    "chair.full_member_only)");
	assert_int_equal(may_stand("arrangement.name = T\n"
	    "chair.full_member_only = no\n", MK_COOPTED, MS_ACTIVE), ELIG_OK);
	assert_int_equal(may_stand("arrangement.name = T\n"
	    "chair.full_member_only = no\n", MK_ASSOCIATE, MS_ACTIVE),
	    ELIG_ASSOCIATE);
}

static void
test_SA_14_1_excluded_during_notice_does_not_vote(void **state)
{
	struct constitution	c;
	struct cs_error		err;
	struct attendee		a;

	(void)state;
	assert_int_equal(constitution_parse("arrangement.name = T\n"
	    "vote.voters = vcse-full\n", &c, &err), 0);
	memset(&a, 0, sizeof(a));
	a.org = 1;
	a.kind = MK_FULL;
	a.status = MS_UNDER_NOTICE;
	a.vcse = 1;
	a.attend = AT_PRESENT;
	/* The agreement applies during notice: the member still votes. */
	assert_int_equal(rules_may_cast(&c, &a, 1), ELIG_OK);
	a.excluded = 1;
	assert_int_equal(rules_may_cast(&c, &a, 1), ELIG_EXCLUDED);
	assert_int_equal(rules_may_cast(&c, &a, 0), ELIG_EXCLUDED);
	assert_non_null(strstr(rules_elig_why(ELIG_EXCLUDED, 0), "SA-14.1"));
	/* Exclusion means nothing to an active member. */
	a.status = MS_ACTIVE;
	assert_int_equal(rules_may_cast(&c, &a, 1), ELIG_OK);
	constitution_free(&c);
}

/*
 * SA-E2.2 read as a majority of the votes cast: 5, 4, 2 of 11 is no
 * majority, and the two highest go to a run-off; read as plurality
 * (the Alliance template's reading) the 5 wins outright.
 */
static void
test_SA_E2_2_majority_short_of_half_goes_to_runoff(void **state)
{
	struct constitution	maj, plu;
	unsigned		votes[3] = { 5, 4, 2 };
	size_t			won[3], tied[3], nwon, ntied;

	(void)state;
	load("arrangement.name = T\nelection.method = majority\n", &maj);
	load("arrangement.name = T\nelection.method = plurality\n", &plu);
	assert_int_equal(rules_election_count_by(&maj, votes, 3, 1, won,
	    &nwon, tied, &ntied), ELECT_NO_MAJORITY);
	assert_int_equal(nwon, 0);
	assert_int_equal(ntied, 2);
	assert_int_equal(tied[0], 0);
	assert_int_equal(tied[1], 1);
	assert_int_equal(rules_election_count_by(&plu, votes, 3, 1, won,
	    &nwon, tied, &ntied), ELECT_DECIDED);
	assert_int_equal(nwon, 1);
	assert_int_equal(won[0], 0);
	constitution_free(&maj);
	constitution_free(&plu);
}

/* SA-E2.2 majority: more than half the votes cast wins outright; a
 * tie for second place joins the run-off; exactly half is no majority. */
static void
test_SA_E2_2_majority_over_half_wins_and_half_does_not(void **state)
{
	struct constitution	maj;
	unsigned		over[3] = { 6, 3, 2 }, half[3] = { 4, 2, 2 };
	size_t			won[3], tied[3], nwon, ntied;

	(void)state;
	load("arrangement.name = T\nelection.method = majority\n", &maj);
	assert_int_equal(rules_election_count_by(&maj, over, 3, 1, won,
	    &nwon, tied, &ntied), ELECT_DECIDED);
	assert_int_equal(nwon, 1);
	assert_int_equal(won[0], 0);
	assert_int_equal(rules_election_count_by(&maj, half, 3, 1, won,
	    &nwon, tied, &ntied), ELECT_NO_MAJORITY);
	assert_int_equal(ntied, 3);
	/* The default reading is plurality. */
	constitution_free(&maj);
	load("arrangement.name = T\n", &maj);
	assert_string_equal(constitution_text(&maj, "election.method"),
	    "plurality");
	assert_int_equal(rules_election_count_by(&maj, half, 3, 1, won,
	    &nwon, tied, &ntied), ELECT_DECIDED);
	constitution_free(&maj);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_14_1_excluded_during_notice_does_not_vote),
		cmocka_unit_test(test_SA_8_2_local_forum_exactly_quorate),
		cmocka_unit_test(test_SA_8_2_one_short_names_missing),
		cmocka_unit_test(test_SA_8_2_thematic_forum_also_needs_four),
		cmocka_unit_test(test_SA_8_2_associates_and_guests_do_not_count),
		cmocka_unit_test(test_SA_8_2_suspended_and_pending_do_not_count),
		cmocka_unit_test(test_SA_8_3_one_vote_per_organisation_in_quorum),
		cmocka_unit_test(test_SA_6_3_deputy_without_agreement_not_counted),
		cmocka_unit_test(test_SA_6_3_deputy_with_agreement_counts),
		cmocka_unit_test(test_SA_6_3_deputy_needs_no_agreement_where_not_required),
		cmocka_unit_test(test_SA_11_3_conflicted_not_counted_for_quorum),
		cmocka_unit_test(test_SA_8_2_coordination_needs_both_sides),
		cmocka_unit_test(test_SA_8_2_coordination_side_matches_any_name),
		cmocka_unit_test(test_SA_8_2_coordination_no_side_present),
		cmocka_unit_test(test_SA_8_2_coordination_side_label_must_match),
		cmocka_unit_test(test_SA_8_2_task_group_majority),
		cmocka_unit_test(test_SA_8_2_majority_of_even_number),
		cmocka_unit_test(test_SA_8_2_majority_without_members),
		cmocka_unit_test(test_SA_8_2_quorum_none),
		cmocka_unit_test(test_SA_8_2_message_truncated_safely),
		cmocka_unit_test(test_SA_3_1_assoc_associate_never_votes),
		cmocka_unit_test(test_MC_closed_guest_never_votes),
		cmocka_unit_test(test_SA_13_2_suspended_does_not_vote),
		cmocka_unit_test(test_SA_3_2_pending_and_ended_do_not_vote),
		cmocka_unit_test(test_SA_14_1_under_notice_still_votes),
		cmocka_unit_test(test_SA_11_3_conflicted_voter_excluded),
		cmocka_unit_test(test_SA_8_3_vcse_only_voters),
		cmocka_unit_test(test_SA_8_3_coopted_vote_by_setting),
		cmocka_unit_test(test_SA_6_3_deputy_vote_needs_agreement),
		cmocka_unit_test(test_SA_8_2_absent_cannot_vote_at_meeting),
		cmocka_unit_test(test_SA_8_3_simple_majority_of_votes_cast),
		cmocka_unit_test(test_SA_8_3_tie_needs_second_vote),
		cmocka_unit_test(test_SA_8_3_zero_votes_cast),
		cmocka_unit_test(test_SA_8_3_one_vote_per_organisation),
		cmocka_unit_test(test_SA_8_4_ballot_after_close_refused),
		cmocka_unit_test(test_SA_8_4_ballot_before_open_refused),
		cmocka_unit_test(test_SA_E2_2_second_ballot_same_organisation_refused),
		cmocka_unit_test(test_SA_E2_2_plurality_winner),
		cmocka_unit_test(test_SA_E2_2_tie_below_the_top_decides),
		cmocka_unit_test(test_SA_E2_2_two_way_tie_runoff),
		cmocka_unit_test(test_SA_E2_2_three_way_tie_runoff),
		cmocka_unit_test(test_SA_E2_2_seats_tie_at_boundary),
		cmocka_unit_test(test_SA_E2_2_seats_tie_at_top_across_boundary),
		cmocka_unit_test(test_SA_E2_2_seats_decided_with_tie_inside),
		cmocka_unit_test(test_SA_E2_2_unopposed_elected),
		cmocka_unit_test(test_SA_E2_2_no_votes_no_winner),
		cmocka_unit_test(
		    test_SA_E2_2_majority_short_of_half_goes_to_runoff),
		cmocka_unit_test(
		    test_SA_E2_2_majority_over_half_wins_and_half_does_not),
		cmocka_unit_test(test_SA_3_1_assoc_candidate_refused),
		cmocka_unit_test(test_SA_E1_full_member_in_good_standing_stands),
		cmocka_unit_test(test_SA_E1_coopted_stands_only_if_setting_allows),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
