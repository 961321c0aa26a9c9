/*
 * The annual report's own reads as typed records (SC-annual, MC-mou):
 * the decisions and elections of a period, the recipient's response,
 * and the years with anything in them.  The columns of
 * src/store/sql/report.sql.
 */
#ifndef STORE_REC_REPORT_H
#define STORE_REC_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "rec_election.h"
#include "store.h"

/* A decision of the period (SA-8.1, SA-8.3, SA-8.4). */
struct rec_report_motion {
	int64_t	 id;
	char	*body;
	char	*method;		/* consensus, vote, poll, email */
	int64_t	 round;
	char	*status;
	char	*outcome;		/* or NULL */
	/* The votes, each with has_* 0 where none was recorded. */
	int64_t	 votes_for, votes_against, votes_abstain;
	int	 has_for, has_against, has_abstain;
	char	*grp;			/* the group's slug */
	char	*group_name;
	char	*decided_on;		/* YYYY-MM-DD */
};
struct rec_report_motion_list { struct rec_report_motion *v; size_t n; };
void rec_report_motion_list_free(struct rec_report_motion_list *);

/* An election whose ballot (or nominations) closed in the period. */
struct rec_report_election {
	int64_t			 id;
	char			*office;
	int64_t			 round;
	char			*status;
	int64_t			 seats;
	struct election_result	 result;	/* present 0: not counted */
	char			*closed_on;
	char			*position;	/* or NULL */
	char			*grp;
	char			*group_name;
};
struct rec_report_election_list {
	struct rec_report_election	*v;
	size_t				 n;
};
void rec_report_election_list_free(struct rec_report_election_list *);

/* MC-mou: the recipient's formal response to a year's report. */
struct rec_report_response {
	char	*responder;
	char	*body;
	char	*responded_on;
	char	*recorded_by;
	char	*recorded_at;
};
void rec_report_response_clear(struct rec_report_response *);

int store_report_motions(struct store *, int64_t arr, const char *from,
    const char *to, struct rec_report_motion_list *) WUR;
int store_report_elections(struct store *, int64_t arr, const char *from,
    const char *to, struct rec_report_election_list *) WUR;
/* *found 0 (and r zeroed) when none is recorded. */
int store_report_response(struct store *, int64_t arr, int year,
    struct rec_report_response *r, int *found) WUR;
/* The years ("2025") in which anything was held or done. */
int store_report_years(struct store *, int64_t arr, struct rec_lines *) WUR;

#endif
