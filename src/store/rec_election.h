/*
 * Typed records of elections (SA-7, SA-9, SA-E1, SA-E2): the election,
 * its nominations, who has voted (never how), the counted ballots by
 * receipt and the recorded result.  Filled by the store
 * (store/election.c) with explicit columns; strings are malloc'd and
 * NULL where the column is NULL.
 */
#ifndef STORE_REC_ELECTION_H
#define STORE_REC_ELECTION_H

#include <stddef.h>
#include <stdint.h>

#include "rec_list.h"

struct store;

enum election_status {
	ELECTION_NOMINATIONS,
	ELECTION_VOTING,
	ELECTION_COUNTED,
	ELECTION_TIED,
	ELECTION_ANNOUNCED
};
extern const char *const election_status_names[];

struct rec_count {
	char	*candidate;
	int	 votes;
};

/* A count, as recorded in the election's result (SA-E2.2). */
struct election_result {
	int			 present;	/* a count is recorded */
	struct rec_count	*counts;	/* one per nomination, in order */
	size_t			 ncounts;
	struct rec_lines	 winners;
	struct rec_lines	 tied;
	int64_t			 ballots;
	char			*outcome;	/* decided, tie, no votes, ... */
	int64_t			 runoff;	/* the run-off opened, or 0 */
};
void election_result_free(struct election_result *);

struct rec_election {
	int64_t			 id;
	int64_t			 group_id;
	char			*office;	/* chair, vice-chair, representative */
	int64_t			 position_id;	/* or 0 */
	int			 seats;
	char			*nominations_open;
	char			*nominations_close;
	char			*short_reason;
	char			*voting_opens;	/* YYYY-MM-DDTHH:MM, or NULL */
	char			*voting_closes;
	int			 round;
	int64_t			 previous_id;	/* the round before, or 0 */
	enum election_status	 status;
	struct election_result	 result;	/* get only */
	char			*verified_by;
	char			*announced_by;
	char			*created_by;
	char			*grp;		/* the group's slug */
	char			*group_name;	/* get only */
	char			*group_kind;	/* get only */
	char			*position;	/* the position's name, or NULL */
	char			*position_slug;	/* get only */
};
struct rec_election_list {
	struct rec_election	*v;
	size_t			 n;
};
void rec_election_free(struct rec_election *);
void rec_election_list_free(struct rec_election_list *);

/* A nomination, shown in full to voters (SA-9.3, SA-9.4). */
struct rec_nomination {
	int64_t	 id;
	int64_t	 person_id;
	char	*person;
	char	*organisation;
	int64_t	 organisation_id;
	char	*details;
	char	*why;
	char	*skills;
	char	*interests;
	int	 guidance;
	char	*nominated_on;
};
struct rec_nomination_list {
	struct rec_nomination	*v;
	size_t			 n;
};
void rec_nomination_list_free(struct rec_nomination_list *);

/* An organisation that voted: turnout, without its choice. */
struct rec_turnout_entry {
	int64_t	 organisation_id;
	char	*organisation;
	char	*voted_on;
};
struct rec_turnout {
	struct rec_turnout_entry	*v;
	size_t			 n;
};
void rec_turnout_free(struct rec_turnout *);

/* A counted ballot by its receipt, linked to no voter. */
struct rec_ballot {
	char	*receipt;
	int64_t	 nomination_id;
	char	*candidate;
};
struct rec_ballot_list {
	struct rec_ballot	*v;
	size_t			 n;
};
void rec_ballot_list_free(struct rec_ballot_list *);

/* The election of this arrangement: STORE_OK with *found 0 when none. */
int store_election_get(struct store *, int64_t arr, int64_t id,
    struct rec_election *, int *found);
/* The group of election id (0 when there is none in arr). */
int store_election_group(struct store *, int64_t arr, int64_t id,
    int64_t *group);
int store_election_list(struct store *, int64_t arr,
    struct rec_election_list *);
int store_nomination_list(struct store *, int64_t election,
    struct rec_nomination_list *);
int store_voter_list(struct store *, int64_t election,
    struct rec_turnout *);
/* *voted: whether the organisation has voted (SA-E2.2). */
int store_voter_has(struct store *, int64_t election, int64_t org,
    int *voted);
int store_ballot_list(struct store *, int64_t election,
    struct rec_ballot_list *);
/* The ballots of each nomination: n[i] for noms->v[i]; *total: all the
 * ballots in the box. */
int store_ballot_tally(struct store *, int64_t election,
    const struct rec_nomination_list *, unsigned *n, int64_t *total);
/* Records the count: the status and the result (kept as JSON text,
 * render/json_stored.h). */
int store_election_counted(struct store *, int64_t election,
    enum election_status, const struct election_result *);

#endif
