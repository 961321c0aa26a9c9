/*
 * An election's count (SA-E2.2), its verification by the chair (SA-9.4)
 * and the announcement, which updates the offices or the register of
 * appendix C.  The ballots are opened at the count (ballot_box.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "render/json_stored.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "rules/vote.h"
#include "store/store.h"

#define MAXCAND 64
/* A name that may be NULL, as text. */
#define S(s)	((s) != NULL ? (s) : "")

/* The result of a count of votes[] for noms' first ncand candidates. */
static int
count_result(const struct rec_nomination_list *noms, size_t ncand,
    const unsigned *votes, const size_t *won, size_t nwon,
    const size_t *tied, size_t ntied, int64_t ballots, enum election o,
    struct election_result *r)
{
	size_t i;

	memset(r, 0, sizeof(*r));
	r->present = 1;
	r->ballots = ballots;
	if ((r->outcome = strdup(rules_election_name(o))) == NULL ||
	    (ncand > 0 && (r->counts = calloc(ncand, sizeof(*r->counts))) ==
	    NULL))
		return -1;
	for (i = 0; i < ncand; i++) {
		r->counts[i].votes = (int)votes[i];
		if ((r->counts[i].candidate = strdup(noms->v[i].person)) ==
		    NULL)
			return -1;
		r->ncounts = i + 1;
	}
	for (i = 0; i < nwon; i++)
		if (rec_lines_add(&r->winners, "%s",
		    S(noms->v[won[i]].person)) != 0)
			return -1;
	for (i = 0; i < ntied; i++)
		if (rec_lines_add(&r->tied, "%s",
		    S(noms->v[tied[i]].person)) != 0)
			return -1;
	return 0;
}

/* A new round between the tied candidates, for the seats the first
 * round left open; the chair opens its ballot. */
static int
count_runoff(struct core *c, const struct rec_election *e,
    const struct rec_nomination_list *noms, const size_t *tied,
    size_t ntied, size_t nwon, int64_t *runoff)
{
	const struct rec_nomination	*n;
	size_t				 i;
	int				 rc;

	rc = store_exec(c->st, STMT_ELEC_INSERT, "lsnisssinssss",
	    e->group_id, e->office, e->position_id, e->seats - (int)nwon,
	    e->nominations_open, e->nominations_close, e->short_reason,
	    e->round + 1, e->id, "nominations", NULL, NULL, c->actor);
	*runoff = store_last_id(c->st);
	for (i = 0; i < ntied && rc == STORE_OK; i++) {
		n = &noms->v[tied[i]];
		rc = store_exec(c->st, STMT_NOM_INSERT, "llssssis", *runoff,
		    n->person_id, n->details, n->why, n->skills, n->interests,
		    n->guidance, n->nominated_on);
	}
	return rc != STORE_OK ? core_store_fail(c, rc, "opening the run-off")
	    : CORE_OK;
}

int
core_election_count(struct core *c, int64_t election,
    struct election_result *out)
{
	struct rec_election		 e = { 0 };
	struct rec_nomination_list	 noms = { 0 };
	unsigned			*votes = NULL;
	size_t				 won[MAXCAND], tied[MAXCAND];
	size_t				 nwon = 0, ntied = 0, ncand;
	int64_t				 ballots = 0;
	enum election			 outcome;
	char				*text = NULL;
	int				 rc, runoff_due;

	memset(out, 0, sizeof(*out));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_election(c, election, &e)) != CORE_OK)
		goto out;
	if (e.status != ELECTION_VOTING) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "%s; only a closed ballot is counted", (long long)election,
		    election_status_names[e.status]);
		goto out;
	}
	if (core_int_stamp_before(c->now, e.voting_closes)) {
		rc = core_fail(c, CORE_EINVAL, "election", "the ballot closes "
		    "at %s; it is counted after it closes", e.voting_closes);
		goto out;
	}
	if ((rc = core_int_ballot_open(c, election)) != CORE_OK)
		goto out;
	if ((rc = store_nomination_list(c->st, election, &noms)) !=
	    STORE_OK) {
		rc = core_store_fail(c, rc, "reading the ballots");
		goto out;
	}
	if ((votes = calloc(noms.n + 1, sizeof(*votes))) == NULL) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	/* Counted by the database: a row per candidate, not per ballot. */
	if ((rc = store_ballot_tally(c->st, election, &noms, votes,
	    &ballots)) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the ballots");
		goto out;
	}
	ncand = noms.n > MAXCAND ? MAXCAND : noms.n;
	/* SA-E2.2: as election.method reads "simple majority". */
	outcome = rules_election_count_by(&c->cons, votes, ncand,
	    (size_t)e.seats, won, &nwon, tied, &ntied);
	runoff_due = outcome == ELECT_TIE || outcome == ELECT_NO_MAJORITY;
	if (count_result(&noms, ncand, votes, won, nwon, tied, ntied,
	    ballots, outcome, out) != 0) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	/* The run-off first, so that the recorded result names it. */
	if (runoff_due && (rc = count_runoff(c, &e, &noms, tied,
	    ntied, nwon, &out->runoff)) != CORE_OK)
		goto out;
	rc = store_election_counted(c->st, election, runoff_due ?
	    ELECTION_TIED : ELECTION_COUNTED, out);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the count");
		goto out;
	}
	if ((text = json_stored_result(out)) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	else
		rc = core_audit_text(c, "election.count", "election", election,
		    "result", text);
out:
	if (rc != CORE_OK)
		election_result_free(out);
	free(text);
	free(votes);
	rec_election_free(&e);
	rec_nomination_list_free(&noms);
	return core_end(c, rc);
}

/* SA-9.4: the voters who may not vote, by their standing now. */
static int
verify_voters(struct core *c, const struct rec_election *e,
    const struct rec_turnout *voters, struct rec_lines *bad)
{
	struct rec_membership	mb;
	struct attendee		a;
	size_t			i;
	int			rc, found;

	for (i = 0; i < voters->n; i++) {
		if ((rc = store_memb_get(c->st, e->group_id,
		    voters->v[i].organisation_id, &mb, &found)) != STORE_OK)
			return core_store_fail(c, rc, "reading the membership");
		memset(&a, 0, sizeof(a));
		a.attend = AT_PRESENT;
		a.kind = mb.kind;
		a.status = mb.status;
		a.vcse = mb.sector == SECTOR_VCSE;
		rec_membership_clear(&mb);
		if ((!found || rules_may_cast(&c->cons, &a, 0) != ELIG_OK) &&
		    rec_lines_add(bad, "%s",
		    S(voters->v[i].organisation)) != 0)
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	return CORE_OK;
}

int
core_election_verify(struct core *c, int64_t election,
    struct election_check *out)
{
	struct rec_election	e = { 0 };
	struct rec_ballot_list	box = { 0 };
	int			rc;

	memset(out, 0, sizeof(*out));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_election(c, election, &e)) != CORE_OK)
		goto out;
	if (e.status != ELECTION_COUNTED && e.status != ELECTION_TIED &&
	    e.status != ELECTION_ANNOUNCED) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "%s; it is verified once counted", (long long)election,
		    election_status_names[e.status]);
		goto out;
	}
	if ((rc = store_voter_list(c->st, election, &out->turnout)) ||
	    (rc = store_ballot_list(c->st, election, &box))) {
		rc = core_store_fail(c, rc, "reading the ballots");
		goto out;
	}
	/* SA-9.4: turnout and eligibility, without seeing any choice. */
	if ((rc = verify_voters(c, &e, &out->turnout, &out->ineligible)) !=
	    CORE_OK)
		goto out;
	/* The recount, and the rows as the audit log vouches for them. */
	if ((rc = core_int_ballot_verify(c, &e, &box, &out->problems)) !=
	    CORE_OK)
		goto out;
	out->voters = (int64_t)out->turnout.n;
	out->ballots = (int64_t)box.n;
	out->ok = out->turnout.n == box.n && out->ineligible.n == 0 &&
	    out->problems.n == 0;
	/* Found altered: not recorded as verified, and nothing rewritten
	 * (which would vouch for the altered rows). */
	if (out->problems.n > 0)
		goto out;
	rc = store_exec(c->st, STMT_ELEC_VERIFY, "sl", c->actor, election);
	rc = core_audited(c, rc, "recording the verification",
	    "election.verify", "election", election, "{s:I, s:I, s:b}",
	    "voters", (long long)out->voters, "ballots",
	    (long long)out->ballots, "ok", out->ok);
out:
	if (rc != CORE_OK)
		election_check_free(out);
	rec_election_free(&e);
	rec_ballot_list_free(&box);
	return core_end(c, rc);
}

/* "A, B and C". */
static void
names_text(const struct rec_lines *names, char *out, size_t sz)
{
	size_t	i, len = 0;

	out[0] = '\0';
	for (i = 0; i < names->n && len < sz; i++)
		len += (size_t)snprintf(out + len, sz - len, "%s%s",
		    i == 0 ? "" : i + 1 == names->n ? " and " : ", ",
		    names->v[i]);
}

/* The winners of this round and of the rounds before it. */
static int
all_winners(struct core *c, const struct rec_election *e,
    struct rec_lines *names)
{
	struct rec_election	prev;
	size_t			i;
	int			rc = CORE_OK;

	for (i = 0; i < e->result.winners.n; i++)
		if (rec_lines_add(names, "%s",
		    e->result.winners.v[i]) != 0)
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	if (e->previous_id != 0) {
		if ((rc = core_int_election(c, e->previous_id, &prev)))
			return rc;
		rc = all_winners(c, &prev, names);
		rec_election_free(&prev);
	}
	return rc;
}

/* The offices and appendix C update themselves. */
static int
announce_offices(struct core *c, const struct rec_election *e,
    const struct rec_lines *names)
{
	char	end[DATE_LEN];
	size_t	i;
	int	rc = CORE_OK, days, years;

	if (strcmp(e->office, "representative") != 0) {
		for (i = 0; i < names->n && rc == CORE_OK; i++)
			rc = core_office_set(c, e->grp, names->v[i],
			    e->office, 0, c->today, NULL);
		return rc;
	}
	/* SA-9.1 / App. C: the representative's own term of office. */
	years = constitution_int(&c->cons, "representatives.term_years");
	date_parse(c->today, &days);
	date_format(date_add_months(days, 12 * years) - 1, end);
	rc = store_exec(c->st, STMT_APPT_END, "sls", c->today,
	    e->position_id, "representative");
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "ending the old term");
	for (i = 0; i < names->n && rc == CORE_OK; i++)
		rc = core_position_appoint(c, e->position_slug, names->v[i],
		    "representative", 0, NULL, c->today, years > 0 ? end :
		    NULL);
	return rc;
}

static int
announce_notify(struct core *c, const struct rec_election *e,
    const struct rec_lines *names)
{
	char subject[300], text[1200], link[64], who[800];

	names_text(names, who, sizeof(who));
	snprintf(link, sizeof(link), "/elections/%lld", (long long)e->id);
	snprintf(subject, sizeof(subject), "Result: %s of %s",
	    e->position ? e->position : e->office, e->group_name);
	snprintf(text, sizeof(text), "The count has been verified. Elected: "
	    "%s. Every counted ballot is published by its receipt so that "
	    "anyone can recount.", who);
	return core_int_notify_group(c, e->group_id, 0, "result", NULL,
	    subject, text, link, NULL, NULL);
}

int
core_election_announce(struct core *c, int64_t election)
{
	struct rec_election	 e = { 0 };
	struct rec_lines	 names = { 0 };
	char			*text = NULL;
	int			 rc;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_election(c, election, &e)) != CORE_OK)
		goto out;
	if (e.status != ELECTION_COUNTED) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "%s; a result is announced once counted without a tie",
		    (long long)election, election_status_names[e.status]);
		goto out;
	}
	if (e.verified_by == NULL) {
		rc = core_fail(c, CORE_EINVAL, "election", "the chair verifies "
		    "the count before it is announced (SA-9.4); run "
		    "'alliance election verify %lld'", (long long)election);
		goto out;
	}
	if ((rc = all_winners(c, &e, &names)) != CORE_OK)
		goto out;
	if (names.n == 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "nobody was elected "
		    "in election %lld (no votes); seek nominations again",
		    (long long)election);
		goto out;
	}
	if ((rc = announce_offices(c, &e, &names)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_ELEC_ANNOUNCE, "sl", c->actor, election);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "announcing");
		goto out;
	}
	if ((text = json_stored_names(&names)) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	else
		rc = core_audit_text(c, "election.announce", "election",
		    election, "elected", text);
	if (rc == CORE_OK)
		rc = announce_notify(c, &e, &names);
out:
	free(text);
	rec_election_free(&e);
	rec_lines_free(&names);
	return core_end(c, rc);
}
