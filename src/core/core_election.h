/*
 * Elections (election.c, election_count.c, election_view.c), part of
 * core.h: included by it, not on its own.
 */
#ifndef CORE_ELECTION_H
#define CORE_ELECTION_H

#include <stdint.h>

#include "store/rec_election.h"

struct core;
struct viewer;

struct election_in {
	const char	*group;		/* the electing group */
	const char	*office;	/* chair, vice-chair, representative */
	const char	*position;	/* representative: the position */
	const char	*opens, *closes; /* nomination window */
	const char	*reason;	/* SA-9.3: why a shorter window */
	int		 seats;
};
int core_election_open(struct core *, const struct election_in *,
    int64_t *id) WUR;
struct nomination_in {
	const char	*person, *details, *why, *skills, *interests;
	int		 guidance;
};
/* SA-9.3, SA-E1: refused unless complete and the nominee may stand. */
int core_election_nominate(struct core *, int64_t election,
    const struct nomination_in *) WUR;
/* SA-7.1: the online poll opens (after nominations close). */
int core_election_ballot(struct core *, int64_t election,
    const char *opens, const char *closes) WUR;
/* SA-E2.1, SA-E2.2: one secret ballot per eligible organisation, cast
 * by a member for its own (officers and the command line for any); the
 * receipt (from malloc) lets the voter find it in the result. */
int core_election_vote(struct core *, const struct viewer *,
    int64_t election, const char *org, const char *candidate,
    char **receipt) WUR;
/* Counts after close; a tie at the top opens a run-off round
 * (out->runoff).  Free with election_result_free(). */
int core_election_count(struct core *, int64_t election,
    struct election_result *out) WUR;
/* What the verification found wrong: a row changed outside the program
 * (table, row, label) or a count the box no longer gives (problem). */
struct election_problem {
	char	*table, *row, *label;	/* NULL for a count's problem */
	char	*problem;
};
struct election_problems {
	struct election_problem	*v;
	size_t			 n;
};
void election_problems_free(struct election_problems *);
/* Adds a problem (copies); -1 for no memory. */
int election_problem_add(struct election_problems *, const char *table,
    const char *row, const char *label, const char *problem);
struct election_check {
	int64_t			 voters;	/* organisations that voted */
	int64_t			 ballots;	/* ballots in the box */
	struct rec_turnout	 turnout;
	struct rec_lines	 ineligible;	/* voters who may not vote */
	struct election_problems problems;
	int			 ok;
};
void election_check_free(struct election_check *);
/* SA-9.4: the chair verifies turnout and eligibility, not choices. */
int core_election_verify(struct core *, int64_t election,
    struct election_check *out) WUR;
/* SA-9.4: announces; the office or the register of appendix C
 * updates itself. */
int core_election_announce(struct core *, int64_t election) WUR;
/*
 * An election as the viewer may see it: nominations (SA-9.4) and
 * turnout to all; whether the viewer's own organisation has voted; the
 * count and every ballot by its receipt once counted to officers, and
 * to everyone else once announced (SA-9.4).  No one sees who cast
 * which ballot.
 */
struct election_view {
	struct rec_election		 e;
	struct rec_nomination_list	 nominations;
	int64_t				 turnout;
	int				 voted;	/* 1, 0; -1: no organisation */
	int				 results; /* result and ballots shown */
	struct rec_ballot_list		 ballots;
};
void election_view_free(struct election_view *);
int core_election_get(struct core *, const struct viewer *,
    int64_t election, struct election_view *) WUR;
/* The group of election (for the router's chair check). */
int core_election_group(struct core *, int64_t election, int64_t *group)
    WUR;
int core_election_list(struct core *, const struct viewer *,
    struct rec_election_list *) WUR;

#endif
