/*
 * Voting rules: quorum, who may cast a vote, the outcome of a motion,
 * the acceptance and tally of ballots, elections.  Pure functions of
 * the constitution and the facts; every array and buffer is the
 * caller's.
 */
#ifndef RULES_VOTE_H
#define RULES_VOTE_H

#include <stddef.h>
#include <stdint.h>

#include "constitution.h"
#include "meeting.h"
#include "membership.h"

/*
 * One person at (or sent apologies to) a meeting, with the facts about
 * their organisation's membership of the group and the item in hand.
 * An organisation may appear several times (it sent several people);
 * it still counts once (SA-8.3).
 */
struct attendee {
	int64_t		 org;		/* organisation id */
	enum memb_kind	 kind;		/* its membership of the group */
	enum memb_status status;
	const char	*side;		/* membership side label, or NULL;
					   the caller's */
	int		 vcse;		/* the organisation is VCSE */
	int		 conflicted;	/* declared a conflict on the item */
	enum attend	 attend;
	int		 excluded;	/* SA-14.1: excluded during notice */
	int		 deputy_agreed;	/* AT_DEPUTY: the chair agreed to
					   the deputy beforehand */
};

/*
 * Why an organisation may not vote or stand (ELIG_OK = 0 if it may).
 * rules_elig_why() gives the sentence to show.
 */
enum elig {
	ELIG_OK = 0,
	ELIG_GUEST,		/* MC-closed: guests by invitation */
	ELIG_ASSOCIATE,		/* SA-3.1-assoc */
	ELIG_ENDED,		/* resigned, terminated, withdrawn */
	ELIG_PENDING,		/* SA-3.2: agreement not yet signed */
	ELIG_SUSPENDED,		/* SA-13.2 */
	ELIG_NOT_FULL,		/* vote.voters or SA-E1: full only */
	ELIG_NOT_VCSE,		/* vote.voters = vcse-full */
	ELIG_CONFLICTED,	/* SA-11.3 */
	ELIG_ABSENT,		/* not at the meeting */
	ELIG_DEPUTY,		/* SA-6.3: deputy without prior agreement */
	ELIG_EXCLUDED,		/* SA-14.1: excluded by the chair during notice */
	ELIG__MAX
};

/*
 * The sentence for a refusal: of a vote, or (office non-zero) of a
 * candidacy.  Never NULL; "" for ELIG_OK.
 */
const char *rules_elig_why(enum elig, int office);

/*
 * SA-3.1-assoc, SA-3.2, SA-8.3, SA-11.3, SA-13.2, SA-14.1, SA-E2.1,
 * MC-closed: may this organisation vote on the item?  Associates and
 * guests never; pending, suspended and ended memberships not; under
 * notice it still may (SA-14.1).  vote.voters narrows the voters:
 * "full" to full members (not co-opted), "vcse-full" to full members
 * that are VCSE.  A conflicted member is excluded.  When at_meeting is
 * non-zero the vote is taken at a meeting: the organisation must be
 * present, or represented by a deputy, who needs the chair's prior
 * agreement when attendance.deputy_needs_agreement = yes (SA-6.3).
 * Returns ELIG_OK or the first reason found, in the order of the enum.
 */
enum elig rules_may_cast(const struct constitution *,
    const struct attendee *, int at_meeting);

/*
 * SA-E1, SA-3.1-assoc, SA-7.1: may an organisation holding this
 * membership stand as chair, vice-chair or representative?  Only a
 * member in good standing (active or under notice), and only a full
 * member when chair.full_member_only = yes; associates and guests
 * never.  Returns ELIG_OK or the reason.
 */
enum elig rules_may_stand(const struct constitution *, enum memb_kind,
    enum memb_status);

/* Figures behind a quorum decision, filled by rules_quorum(). */
struct quorum_count {
	int	counted;	/* organisations counted as present */
	int	needed;		/* organisations (or sides) needed */
	int	members;	/* "majority": organisations that vote */
	int	sides;		/* "sides": sides with someone present */
	int	conflicted;	/* present, not counted: conflicted */
	int	deputies;	/* present, not counted: deputy without
				   prior agreement */
};

/*
 * SA-8.2, SA-8.3, SA-6.3, SA-11.3: may a vote take place at a meeting
 * of a group of this kind?  a[0..n) lists everyone at the meeting or
 * on its attendance list; for a "majority" quorum it must include every
 * member of the group, absent ones too, since they make the
 * denominator.
 *
 * The quorum is constitution_kind_text(c, "quorum", kind):
 *   none            always quorate;
 *   majority        more than half of the organisations that may vote
 *                   (rules_may_cast, attendance and conflicts aside);
 *   vcse-present N  at least N VCSE organisations present that may
 *                   vote;
 *   sides A, B | C  at least one organisation present that may vote
 *                   from each |-separated side, a side being matched by
 *                   any of its comma-separated names against the
 *                   attendee's side label (case-insensitive).
 * An organisation counts once however many people it sends, and only
 * if it may cast a vote on the item at the meeting: associates,
 * guests, suspended, pending and ended memberships, the conflicted and
 * a deputy without the chair's prior agreement (when needed) do not.
 *
 * Fills *qc when not NULL.  Returns 1 if quorate.  Else returns 0 and
 * writes what is missing into why, e.g. "3 of 4 VCSE full members
 * present; 1 more needed" or "no member present from the side
 * Stoke-on-Trent & North", followed by "; not counted: ..." when a
 * conflicted member or a deputy was present but not counted.
 */
int rules_quorum(const struct constitution *, enum group_kind,
    const struct attendee *a, size_t n, struct quorum_count *qc,
    char *why, size_t whysz);

/* The outcome of a motion put to a vote. */
enum motion {
	MOTION_NO_VOTES,	/* nobody voted for or against */
	MOTION_CARRIED,
	MOTION_LOST,
	MOTION_TIE,		/* decides nothing: debate again and
				   offer a second vote (vote.tie) */
	MOTION__MAX
};
extern const char *const rules_motion_names[MOTION__MAX];

/*
 * SA-8.3: simple majority of the votes cast.  Abstentions are not
 * votes cast; the chair has no casting vote, so equal votes are
 * MOTION_TIE.  MOTION_NO_VOTES when yes + no is 0.
 */
enum motion rules_motion_outcome(unsigned yes, unsigned no,
    unsigned abstain);

/* The choices on a motion, as ballot choices for rules_tally(). */
enum vote_choice { VOTE_FOR, VOTE_AGAINST, VOTE_ABSTAIN, VOTE__MAX };

/* One organisation's ballot: a motion choice or a candidate index. */
struct ballot {
	int64_t	org;
	int	choice;
};

/*
 * SA-8.3, SA-E2.2 one vote per organisation: counts b[0..n) into
 * counts[0..nchoices), which it zeroes first.  A ballot whose choice
 * is outside [0, nchoices) is not counted; of the others only the
 * first of each organisation counts.  Returns how many were not
 * counted (rules_ballot_accept refuses a second ballot beforehand).
 */
size_t rules_tally(const struct ballot *b, size_t n, unsigned *counts,
    size_t nchoices);

/* Why a ballot is refused (BALLOT_OK = 0 if accepted). */
enum ballot_check {
	BALLOT_OK = 0,
	BALLOT_NOT_OPEN,	/* before the poll opens */
	BALLOT_CLOSED,		/* after it closes */
	BALLOT_DUPLICATE,	/* the organisation has already voted */
	BALLOT__MAX
};
/* The sentence for a refusal; "" for BALLOT_OK. */
const char *rules_ballot_why(enum ballot_check);

/*
 * SA-8.3, SA-8.4, SA-E2.2: may org's ballot be accepted at now?  The
 * poll accepts ballots from open to close inclusive; now, open and
 * close are in one unit (day numbers, or seconds for a poll closing at
 * a time).  voted[0..nvoted) are the organisations whose ballots are
 * already in.  The window is checked before the duplicate.
 */
enum ballot_check rules_ballot_accept(int64_t org, const int64_t *voted,
    size_t nvoted, long long now, long long open, long long close);

/* The result of counting an election. */
enum election {
	ELECT_DECIDED,		/* won[] holds every winner */
	ELECT_TIE,		/* a tie across the last seat: run-off */
	ELECT_NO_VOTES,		/* contested, but nobody voted */
	ELECT_EMPTY,		/* no candidates, or no seats */
	ELECT_NO_MAJORITY,	/* none has over half the votes: run-off */
	ELECT__MAX
};

/*
 * SA-E2.2: plurality count of votes[0..ncand) (one vote per
 * organisation, see rules_tally) for seats seats.
 *
 * ELECT_DECIDED: the seats highest are elected, written into won[] by
 * votes, highest first (index order among equals); when there are no
 * more candidates than seats, every candidate is elected unopposed.
 * ELECT_TIE: candidates with equal votes straddle the last seat (a
 * two- or three-way tie at the top for one seat included).  won[]
 * holds those elected outright (above the tie), tied[] the tied
 * candidates in index order: the run-off is among them, for
 * seats - *nwon seats.
 * ELECT_NO_VOTES: no votes at all, with more candidates than seats.
 *
 * won has room for seats entries, tied for ncand.  *nwon and *ntied
 * are always set (0 when nothing is written).
 */
enum election rules_election_count(const unsigned *votes, size_t ncand,
    size_t seats, size_t *won, size_t *nwon, size_t *tied, size_t *ntied);

/* The outcome as the count records it: "decided", "tie", "no majority",
 * "no votes" or "no candidates". */
const char *rules_election_name(enum election);

/*
 * SA-E2.2 read as a majority of the votes cast (election.method =
 * majority): for one seat, a candidate with more than half the votes
 * cast is elected (ELECT_DECIDED, won[0]); short of that, the highest
 * candidates go to a run-off (ELECT_NO_MAJORITY): the two highest, and
 * any tied with the second, in tied[] in index order.  A tie at the top
 * with no majority is ELECT_NO_MAJORITY too.  For more than one seat,
 * and where the setting says plurality, rules_election_count() is used.
 * Arrays and results as rules_election_count().
 */
enum election rules_election_count_by(const struct constitution *,
    const unsigned *votes, size_t ncand, size_t seats, size_t *won,
    size_t *nwon, size_t *tied, size_t *ntied);

#endif
