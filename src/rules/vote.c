/*
 * Voting rules (SA-3.1-assoc, SA-6.3, SA-8.2, SA-8.3, SA-11.3, SA-13.2,
 * SA-14.1, SA-E1, SA-E2.1, SA-E2.2).  Pure: no I/O, no clock, no
 * allocation.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse.h"
#include "vote.h"

const char *const rules_motion_names[MOTION__MAX] = {
	"no votes", "carried", "lost", "tie",
};

static const char *const elig_vote_why[ELIG__MAX] = {
	[ELIG_OK] = "",
	[ELIG_GUEST] = "guests attend by invitation and do not vote "
	    "(MC-closed)",
	[ELIG_ASSOCIATE] = "associate members never vote (SA-3.1-assoc)",
	[ELIG_ENDED] = "the membership has ended, and with it the vote "
	    "(SA-14.1, SA-14.3)",
	[ELIG_PENDING] = "the membership is pending: it starts, with its "
	    "vote, when the agreement is signed (SA-3.2)",
	[ELIG_SUSPENDED] = "the member is suspended and does not vote "
	    "(SA-13.2)",
	[ELIG_NOT_FULL] = "only full members vote here (vote.voters, "
	    "SA-8.3)",
	[ELIG_NOT_VCSE] = "only VCSE full members vote here (vote.voters, "
	    "SA-8.3, SA-E2.1)",
	[ELIG_CONFLICTED] = "the member has declared a conflict on this "
	    "item and is excluded from its vote (SA-11.3)",
	[ELIG_ABSENT] = "the member is not present at the meeting",
	[ELIG_DEPUTY] = "a deputy takes part only with the chair's prior "
	    "agreement, and none is recorded (SA-6.3)",
	[ELIG_EXCLUDED] = "the member is under notice and the chair has "
	    "excluded it (SA-14.1)",
};

static const char *const elig_office_why[ELIG__MAX] = {
	[ELIG_OK] = "",
	[ELIG_GUEST] = "guests may not stand as chair, vice-chair or "
	    "representative (MC-closed, SA-E1)",
	[ELIG_ASSOCIATE] = "associate members never stand as chair, "
	    "vice-chair or representative (SA-3.1-assoc)",
	[ELIG_ENDED] = "the membership has ended; only a member in good "
	    "standing may stand (SA-E1)",
	[ELIG_PENDING] = "the membership is pending; only a member in good "
	    "standing may stand (SA-E1, SA-3.2)",
	[ELIG_SUSPENDED] = "the member is suspended; only a member in good "
	    "standing may stand (SA-E1, SA-13.2)",
	[ELIG_NOT_FULL] = "only a full member of the group may stand "
	    "(SA-E1, chair.full_member_only)",
	[ELIG_NOT_VCSE] = "only a VCSE full member may stand (SA-E1)",
	[ELIG_CONFLICTED] = "the member has declared a conflict (SA-D2.8)",
	[ELIG_ABSENT] = "the member is not present",
	[ELIG_DEPUTY] = "a deputy may not stand in a member's place "
	    "(SA-6.3)",
	[ELIG_EXCLUDED] = "the member is under notice and excluded "
	    "(SA-14.1)",
};

static const char *const ballot_why[BALLOT__MAX] = {
	[BALLOT_OK] = "",
	[BALLOT_NOT_OPEN] = "the poll has not opened yet",
	[BALLOT_CLOSED] = "the poll has closed; no more ballots are "
	    "accepted",
	[BALLOT_DUPLICATE] = "the organisation has already voted: one vote "
	    "per organisation (SA-8.3, SA-E2.2)",
};

const char *
rules_elig_why(enum elig e, int office)
{
	if ((int)e < 0 || e >= ELIG__MAX)
		return "";
	return office ? elig_office_why[e] : elig_vote_why[e];
}

const char *
rules_ballot_why(enum ballot_check b)
{
	if ((int)b < 0 || b >= BALLOT__MAX)
		return "";
	return ballot_why[b];
}

/*
 * SA-3.1-assoc, SA-3.2, SA-8.3, SA-11.3, SA-13.2, SA-14.1, SA-E2.1,
 * SA-6.3: who casts a vote on an item.
 */
enum elig
rules_may_cast(const struct constitution *c, const struct attendee *a,
    int at_meeting)
{
	const char	*voters = constitution_text(c, "vote.voters");
	int		 full_only, vcse_only;

	if (a->kind == MK_GUEST)
		return ELIG_GUEST;
	if (a->kind == MK_ASSOCIATE)
		return ELIG_ASSOCIATE;
	if (a->status == MS_RESIGNED || a->status == MS_TERMINATED ||
	    a->status == MS_WITHDRAWN)
		return ELIG_ENDED;
	if (a->status == MS_PENDING)
		return ELIG_PENDING;
	if (a->status == MS_SUSPENDED)
		return ELIG_SUSPENDED;
	/* SA-14.1: the agreement, and the vote, go on during notice,
	 * unless the chair excludes the member. */
	if (a->status == MS_UNDER_NOTICE && a->excluded)
		return ELIG_EXCLUDED;
	vcse_only = voters != NULL && strcmp(voters, "vcse-full") == 0;
	full_only = vcse_only || (voters != NULL &&
	    strcmp(voters, "full") == 0);
	if (full_only && a->kind != MK_FULL)
		return ELIG_NOT_FULL;
	if (vcse_only && !a->vcse)
		return ELIG_NOT_VCSE;
	if (a->conflicted)
		return ELIG_CONFLICTED;
	if (!at_meeting)
		return ELIG_OK;
	if (a->attend == AT_ABSENT || a->attend == AT_APOLOGIES)
		return ELIG_ABSENT;
	if (a->attend == AT_DEPUTY && !a->deputy_agreed &&
	    constitution_bool(c, "attendance.deputy_needs_agreement"))
		return ELIG_DEPUTY;
	return ELIG_OK;
}

/* SA-E1, SA-3.1-assoc: only a full member in good standing stands. */
enum elig
rules_may_stand(const struct constitution *c, enum memb_kind kind,
    enum memb_status status)
{
	if (kind == MK_GUEST)
		return ELIG_GUEST;
	if (kind == MK_ASSOCIATE)
		return ELIG_ASSOCIATE;
	if (status == MS_RESIGNED || status == MS_TERMINATED ||
	    status == MS_WITHDRAWN)
		return ELIG_ENDED;
	if (status == MS_PENDING)
		return ELIG_PENDING;
	if (status == MS_SUSPENDED)
		return ELIG_SUSPENDED;
	if (kind != MK_FULL && constitution_bool(c, "chair.full_member_only"))
		return ELIG_NOT_FULL;
	return ELIG_OK;
}

/* 1 if a[0..len) and b[0..blen) are equal once trimmed, any case. */
static int
same_name(const char *a, size_t alen, const char *b, size_t blen)
{
	while (alen > 0 && isspace((unsigned char)*a)) {
		a++;
		alen--;
	}
	while (alen > 0 && isspace((unsigned char)a[alen - 1]))
		alen--;
	while (blen > 0 && isspace((unsigned char)*b)) {
		b++;
		blen--;
	}
	while (blen > 0 && isspace((unsigned char)b[blen - 1]))
		blen--;
	return alen == blen && strncasecmp(a, b, alen) == 0;
}

/* 1 if label is one of the comma-separated names of side[0..len). */
static int
side_has(const char *side, size_t len, const char *label)
{
	const char	*p = side, *end = side + len, *comma;

	if (label == NULL)
		return 0;
	while (p <= end) {
		comma = memchr(p, ',', (size_t)(end - p));
		if (comma == NULL)
			comma = end;
		if (same_name(p, (size_t)(comma - p), label, strlen(label)))
			return 1;
		p = comma + 1;
	}
	return 0;
}

/* Appends to why, keeping it a string when it overflows. */
static void why_add(char *, size_t, const char *, ...)
	__attribute__((format(printf, 3, 4)));

static void
why_add(char *why, size_t whysz, const char *fmt, ...)
{
	va_list	ap;
	size_t	len;

	if (whysz == 0)
		return;
	len = strnlen(why, whysz);
	if (len >= whysz - 1)
		return;
	va_start(ap, fmt);
	vsnprintf(why + len, whysz - len, fmt, ap);
	va_end(ap);
}

/* What one organisation amounts to for a quorum. */
enum org_q { OQ_NONE, OQ_COUNTED, OQ_CONFLICTED, OQ_DEPUTY };

/*
 * SA-8.2, SA-8.3, SA-6.3, SA-11.3: whether the organisation of row i
 * (its first row) counts, reading all its rows.  vcse restricts to
 * VCSE organisations.  When the organisation does not count but would
 * if not conflicted, or if its deputy had been agreed, says so.
 */
static enum org_q
org_quorum(const struct constitution *c, const struct attendee *a,
    size_t n, size_t i, int vcse)
{
	struct attendee	 t;
	enum org_q	 q = OQ_NONE;
	size_t		 k;

	for (k = i; k < n; k++) {
		if (a[k].org != a[i].org || (vcse && !a[k].vcse))
			continue;
		if (rules_may_cast(c, &a[k], 1) == ELIG_OK)
			return OQ_COUNTED;
		t = a[k];
		t.conflicted = 0;
		if (q == OQ_NONE && rules_may_cast(c, &t, 1) == ELIG_OK) {
			q = OQ_CONFLICTED;
			continue;
		}
		t = a[k];
		t.deputy_agreed = 1;
		if (q == OQ_NONE && rules_may_cast(c, &t, 1) == ELIG_OK)
			q = OQ_DEPUTY;
	}
	return q;
}

/* 1 if row i is the first row of its organisation. */
static int
first_row(const struct attendee *a, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (a[j].org == a[i].org)
			return 0;
	return 1;
}

/* SA-8.2: a majority of the organisations that may vote is present;
 * 1 when it is, else 0 with why. */
static int
quorum_majority(const struct constitution *c, const struct attendee *a,
    size_t n, struct quorum_count *qc, char *why, size_t whysz)
{
	struct attendee	t;
	size_t		i, k;
	int		ok;

	/* The denominator: every organisation that may vote. */
	for (i = 0; i < n; i++) {
		if (!first_row(a, i))
			continue;
		for (k = i; k < n; k++) {
			if (a[k].org != a[i].org)
				continue;
			t = a[k];
			t.conflicted = 0;
			if (rules_may_cast(c, &t, 0) == ELIG_OK)
				break;
		}
		if (k < n)
			qc->members++;
	}
	qc->needed = qc->members / 2 + 1;
	if (qc->members == 0) {
		why_add(why, whysz, "the group has no members who may vote");
		return 0;
	}
	ok = qc->counted >= qc->needed;
	if (!ok)
		why_add(why, whysz, "%d of %d voting members present; a "
		    "majority is %d; %d more needed", qc->counted, qc->members,
		    qc->needed, qc->needed - qc->counted);
	return ok;
}

/* SA-8.2: a member who may vote is present from each side of "A | B"
 * (sides); 1 when so, else 0 with each side missing in why. */
static int
quorum_sides(const struct constitution *c, const char *sides,
    const struct attendee *a, size_t n, struct quorum_count *qc, char *why,
    size_t whysz)
{
	const char	*p, *bar, *end;
	size_t		 i;
	int		 ok = 1, covered;

	for (p = sides; p != NULL; p = bar != NULL ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		end = bar != NULL ? bar : p + strlen(p);
		qc->needed++;
		covered = 0;
		for (i = 0; i < n && !covered; i++)
			covered = side_has(p, (size_t)(end - p), a[i].side) &&
			    rules_may_cast(c, &a[i], 1) == ELIG_OK;
		if (covered) {
			qc->sides++;
			continue;
		}
		ok = 0;
		while (p < end && isspace((unsigned char)*p))
			p++;
		while (end > p && isspace((unsigned char)end[-1]))
			end--;
		why_add(why, whysz, "%sno member present from the side %.*s",
		    *why != '\0' ? "; " : "", (int)(end - p), p);
	}
	return ok;
}

/* SA-8.2: is the meeting quorate for a vote on the item? */
int
rules_quorum(const struct constitution *c, enum group_kind kind,
    const struct attendee *a, size_t n, struct quorum_count *qc,
    char *why, size_t whysz)
{
	struct quorum_count	 dummy;
	const char		*q;
	size_t			 i;
	int64_t			 need;
	int			 vcse = 0, ok = 0;

	if (qc == NULL)
		qc = &dummy;
	memset(qc, 0, sizeof(*qc));
	if (whysz > 0)
		why[0] = '\0';
	q = constitution_kind_text(c, "quorum", kind);
	if (q == NULL)
		q = "majority";
	if (strncmp(q, "vcse-present ", 13) == 0)
		vcse = 1;

	/* Organisations counted, and those present but not counted. */
	for (i = 0; i < n; i++) {
		if (!first_row(a, i))
			continue;
		switch (org_quorum(c, a, n, i, vcse)) {
		case OQ_COUNTED:
			qc->counted++;
			break;
		case OQ_CONFLICTED:
			qc->conflicted++;
			break;
		case OQ_DEPUTY:
			qc->deputies++;
			break;
		case OQ_NONE:
			break;
		}
	}

	if (strcmp(q, "none") == 0)
		return 1;
	if (strcmp(q, "majority") == 0) {
		ok = quorum_majority(c, a, n, qc, why, whysz);
		goto out;
	}
	if (vcse) {
		if (parse_int(q + 13, 1, 1000, &need) != 0)
			goto bad;
		qc->needed = (int)need;
		ok = qc->counted >= qc->needed;
		if (!ok)
			why_add(why, whysz, "%d of %d VCSE full members "
			    "present; %d more needed", qc->counted,
			    qc->needed, qc->needed - qc->counted);
		goto out;
	}
	if (strncmp(q, "sides ", 6) == 0) {
		ok = quorum_sides(c, q + 6, a, n, qc, why, whysz);
		goto out;
	}
bad:
	why_add(why, whysz, "the quorum setting '%s' is not understood; "
	    "expected none, majority, vcse-present N or sides A | B", q);
	return 0;
out:
	if (ok)
		return 1;
	if (qc->conflicted > 0 || qc->deputies > 0)
		why_add(why, whysz, "; not counted: ");
	if (qc->conflicted > 0)
		why_add(why, whysz, "%d conflicted on the item",
		    qc->conflicted);
	if (qc->deputies > 0)
		why_add(why, whysz, "%s%d deput%s without the chair's prior "
		    "agreement", qc->conflicted > 0 ? ", " : "",
		    qc->deputies, qc->deputies == 1 ? "y" : "ies");
	return 0;
}

/* SA-8.3: simple majority of votes cast; no casting vote. */
enum motion
rules_motion_outcome(unsigned yes, unsigned no, unsigned abstain)
{
	/* Abstentions are not votes cast. */
	(void)abstain;
	if (yes == 0 && no == 0)
		return MOTION_NO_VOTES;
	if (yes > no)
		return MOTION_CARRIED;
	if (yes < no)
		return MOTION_LOST;
	return MOTION_TIE;
}

/* SA-8.3, SA-E2.2: one vote per organisation. */
size_t
rules_tally(const struct ballot *b, size_t n, unsigned *counts,
    size_t nchoices)
{
	size_t	i, j, skipped = 0;

	memset(counts, 0, nchoices * sizeof(*counts));
	for (i = 0; i < n; i++) {
		if (b[i].choice < 0 || (size_t)b[i].choice >= nchoices) {
			skipped++;
			continue;
		}
		for (j = 0; j < i; j++)
			if (b[j].org == b[i].org && b[j].choice >= 0 &&
			    (size_t)b[j].choice < nchoices)
				break;
		if (j < i) {
			skipped++;
			continue;
		}
		counts[b[i].choice]++;
	}
	return skipped;
}

/* SA-8.3, SA-8.4, SA-E2.2: within the poll, once per organisation. */
enum ballot_check
rules_ballot_accept(int64_t org, const int64_t *voted, size_t nvoted,
    long long now, long long open, long long close)
{
	size_t i;

	if (now < open)
		return BALLOT_NOT_OPEN;
	if (now > close)
		return BALLOT_CLOSED;
	for (i = 0; i < nvoted; i++)
		if (voted[i] == org)
			return BALLOT_DUPLICATE;
	return BALLOT_OK;
}

/*
 * Writes the candidates with at least floor votes into out, by votes,
 * highest first, index order among equals.  Returns how many.
 */
static size_t
list_desc(const unsigned *votes, size_t ncand, unsigned long long floor,
    size_t *out)
{
	unsigned long long	 prev = 0, m;
	size_t			 j, k = 0;
	int			 have_prev = 0, found;

	for (;;) {
		found = 0;
		m = 0;
		for (j = 0; j < ncand; j++)
			if (votes[j] >= floor &&
			    (!have_prev || votes[j] < prev) &&
			    (!found || votes[j] > m)) {
				m = votes[j];
				found = 1;
			}
		if (!found)
			return k;
		for (j = 0; j < ncand; j++)
			if (votes[j] == m)
				out[k++] = j;
		prev = m;
		have_prev = 1;
	}
}

/* SA-E2.2: plurality; a tie across the last seat goes to a run-off. */
enum election
rules_election_count(const unsigned *votes, size_t ncand, size_t seats,
    size_t *won, size_t *nwon, size_t *tied, size_t *ntied)
{
	size_t		 i, j, above, equal;
	unsigned	 v = 0;
	int		 any = 0;

	*nwon = *ntied = 0;
	if (ncand == 0 || seats == 0)
		return ELECT_EMPTY;
	if (ncand <= seats) {
		/* Unopposed: every candidate is elected. */
		*nwon = list_desc(votes, ncand, 0, won);
		return ELECT_DECIDED;
	}
	for (i = 0; i < ncand; i++)
		any |= votes[i] != 0;
	if (!any)
		return ELECT_NO_VOTES;

	/* v: the votes of the candidate in the last seat. */
	above = equal = 0;
	for (i = 0; i < ncand; i++) {
		above = equal = 0;
		for (j = 0; j < ncand; j++) {
			above += votes[j] > votes[i];
			equal += votes[j] == votes[i];
		}
		if (above < seats && above + equal >= seats) {
			v = votes[i];
			break;
		}
	}
	if (above + equal == seats) {
		*nwon = list_desc(votes, ncand, v, won);
		return ELECT_DECIDED;
	}
	*nwon = list_desc(votes, ncand, (unsigned long long)v + 1, won);
	for (i = 0; i < ncand; i++)
		if (votes[i] == v)
			tied[(*ntied)++] = i;
	return ELECT_TIE;
}

/*
 * SA-E2.2: "elected by a simple majority ... in the event of a tie, a
 * run-off vote between the highest candidates".  election.method says
 * which reading the arrangement takes: plurality (the most votes wins;
 * only a tie goes to a run-off) or majority (more than half the votes
 * cast; short of that, a run-off between the highest).
 */
enum election
rules_election_count_by(const struct constitution *c, const unsigned *votes,
    size_t ncand, size_t seats, size_t *won, size_t *nwon, size_t *tied,
    size_t *ntied)
{
	const char		*method = constitution_text(c, "election.method");
	unsigned long long	 cast = 0, top = 0, second = 0;
	size_t			 i, best = 0;
	enum election		 e;

	e = rules_election_count(votes, ncand, seats, won, nwon, tied, ntied);
	if (method == NULL || strcmp(method, "majority") != 0 || seats != 1 ||
	    (e != ELECT_DECIDED && e != ELECT_TIE) || ncand <= seats)
		return e;
	for (i = 0; i < ncand; i++) {
		cast += votes[i];
		if (votes[i] > top) {
			top = votes[i];
			best = i;
		}
	}
	if (2 * top > cast) {
		*nwon = 1;
		won[0] = best;
		*ntied = 0;
		return ELECT_DECIDED;
	}
	/* The second-highest number of votes, counting a tie at the top
	 * as its own second. */
	for (i = 0; i < ncand; i++)
		if (i != best && votes[i] > second)
			second = votes[i];
	*nwon = *ntied = 0;
	for (i = 0; i < ncand; i++)
		if (votes[i] >= second && votes[i] > 0)
			tied[(*ntied)++] = i;
	return ELECT_NO_MAJORITY;
}

const char *
rules_election_name(enum election e)
{
	switch (e) {
	case ELECT_DECIDED:
		return "decided";
	case ELECT_TIE:
		return "tie";
	case ELECT_NO_MAJORITY:
		return "no majority";
	case ELECT_NO_VOTES:
		return "no votes";
	default:
		return "no candidates";
	}
}
