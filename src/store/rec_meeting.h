/*
 * Typed records of meetings: the meeting, its agenda items, attendance,
 * declarations of interest and the action log.  Filled by the store
 * (store/meeting.c) with explicit columns; strings are malloc'd and
 * NULL where the column is NULL.  Core adds what it derives (the status
 * a reader sees, the due dates, the flags, who chairs each item).
 */
#ifndef STORE_REC_MEETING_H
#define STORE_REC_MEETING_H

#include <stddef.h>
#include <stdint.h>

#include "rec_flag.h"
#include "rec_list.h"

struct store;

/* The status kept is scheduled or cancelled; core derives held (its day
 * has come) and minuted (its notes are published). */
enum meeting_status {
	MEETING_SCHEDULED,
	MEETING_HELD,
	MEETING_MINUTED,
	MEETING_CANCELLED
};
extern const char *const meeting_status_names[];


struct rec_item {
	int64_t		 id;
	int		 pos;
	char		*title;
	int		 mandatory;	/* SA-6.4 */
	int		 vcse_only;	/* SA-3.1-assoc */
	char		*visibility;	/* members or public (SA-11.1) */
	char		*requested_by;	/* SA-10.2, or NULL */
	char		*chaired_by;	/* core: SA-7.3, SA-E3.6, or NULL */
};
struct rec_item_list {
	struct rec_item	*v;
	size_t		 n;
};
void rec_item_free(struct rec_item *);
void rec_item_list_free(struct rec_item_list *);

/* One organisation's attendance, with its membership of the group. */
struct rec_attendance {
	int64_t		 organisation_id;
	char		*attend;	/* present, apologies, absent, deputy */
	char		*people;
	int		 deputy_agreed;
	char		*organisation;
	char		*sector;
	char		*kind;		/* membership kind, or NULL */
	char		*status;	/* membership status, or NULL */
	char		*side;
};
struct rec_attendance_list {
	struct rec_attendance	*v;
	size_t			 n;
};
void rec_attendance_list_free(struct rec_attendance_list *);

/* A declaration in the register of interests (SA-11.2). */
struct rec_interest {
	int64_t		 item_id;
	int		 item;		/* the item's number */
	int64_t		 organisation_id;
	char		*organisation;
	char		*person;
	char		*nature;
	char		*declared;
};
struct rec_interest_list {
	struct rec_interest	*v;
	size_t			 n;
};
void rec_interest_free(struct rec_interest *);
void rec_interest_list_free(struct rec_interest_list *);

struct rec_meeting {
	int64_t			 id;
	int64_t			 group_id;
	char			*grp;		/* the group's slug */
	char			*group_name;
	char			*group_kind;
	char			*day;		/* YYYY-MM-DD */
	char			*starts;	/* HH:MM */
	char			*ends;		/* HH:MM, or NULL: none given */
	char			*place;
	char			*link;
	enum meeting_status	 status;
	char			*circulated;	/* the agenda went out */
	char			*notes;		/* get only */
	char			*notes_published;
	char			*notes_visibility;
	int64_t			 chair_person_id;
	char			*chair;		/* the chair's name */
	char			*chair_side;
	int64_t			 sequence;	/* iCalendar SEQUENCE */
	char			*created_by;
	int64_t			 chair_org;	/* the chair's organisation */
	/* Derived by core. */
	char			*agenda_due;	/* SA-10.2, or NULL */
	char			*notes_due;	/* SA-10.3, or NULL */
	struct check_flag_list	 flags;
};
struct rec_meeting_list {
	struct rec_meeting	*v;
	size_t			 n;
};
void rec_meeting_free(struct rec_meeting *);
void rec_meeting_list_free(struct rec_meeting_list *);

/* An action agreed, with its owner and due date, until done. */
struct rec_action {
	int64_t		 id;
	char		*body;
	char		*owner;
	char		*due;
	char		*done;
	char		*raised;	/* the day of its meeting, or NULL */
};
struct rec_action_list {
	struct rec_action	*v;
	size_t			 n;
};
void rec_action_list_free(struct rec_action_list *);

/* An organisation's membership of a meeting's group, as far as the
 * meeting asks (SA-3.1-assoc, SA-10.2, MC-mou). */
struct rec_standing {
	char	*kind;		/* full or associate */
	char	*status;	/* active, suspended, ... */
	char	*side;		/* MC-mou's side, or NULL */
};
void rec_standing_free(struct rec_standing *);

/* Who is invited to a group's meetings: a name and an email. */
struct rec_invitee {
	char	*name;
	char	*email;
};
struct rec_invitee_list {
	struct rec_invitee	*v;
	size_t			 n;
};
void rec_invitee_list_free(struct rec_invitee_list *);

/* The group's chair and vice-chair today (SA-7.3): the first chair and
 * the last vice-chair, as names, with their organisations (0: none). */
struct rec_chairs {
	char	*chair, *vice;
	int64_t	 chair_org, vice_org;
};
void rec_chairs_free(struct rec_chairs *);

/* A member of a group, with what its vote turns on (SA-3.1-assoc,
 * SA-8.2, SA-14.1). */
struct rec_voter {
	int64_t	 organisation_id;
	char	*kind, *status, *side, *sector;
	int	 excluded;
};
struct rec_voter_list {
	struct rec_voter	*v;
	size_t			 n;
};
void rec_voter_list_free(struct rec_voter_list *);

/*
 * Reads (store/meeting.c): STORE_OK, or the store's error.  get: *found
 * is 0 when there is no meeting id in arrangement arr.  list: a group's
 * meetings (group 0: all of the arrangement), by day.
 */
int store_meeting_get(struct store *, int64_t id, int64_t arr,
    struct rec_meeting *, int *found);
int store_meeting_list(struct store *, int64_t arr, int64_t group,
    struct rec_meeting_list *);
int store_item_list(struct store *, int64_t meeting, struct rec_item_list *);
int store_item_get(struct store *, int64_t meeting, int pos,
    struct rec_item *, int *found);
int store_attendance_list(struct store *, int64_t meeting,
    struct rec_attendance_list *);
int store_interest_list(struct store *, int64_t meeting,
    struct rec_interest_list *);
/* *found is 0 when org is no member of group. */
int store_meeting_standing(struct store *, int64_t group, int64_t org,
    struct rec_standing *, int *found);
/* The people of the group's members in good standing or under notice
 * who have an email, by organisation. */
int store_meeting_invitees(struct store *, int64_t group,
    struct rec_invitee_list *);
/* Every member of group; or (org != 0) that one only, if a member. */
int store_meeting_voters(struct store *, int64_t group, int64_t org,
    struct rec_voter_list *);
int store_meeting_chairs(struct store *, int64_t group, struct rec_chairs *);
int store_action_list(struct store *, int64_t group, int open_only,
    struct rec_action_list *);

/* --- decisions (store/decision.c) --- */

enum motion_method { METHOD_CONSENSUS, METHOD_VOTE, METHOD_POLL,
    METHOD_EMAIL };
extern const char *const motion_method_names[];
enum motion_status { MOTION_OPEN, MOTION_CLOSED };
extern const char *const motion_status_names[];

/* One organisation's vote on a motion (SA-8.3). */
struct rec_vote {
	int64_t		 organisation_id;
	char		*organisation;
	char		*choice;	/* for, against, abstain */
	char		*cast_by;
	char		*cast_at;
};
struct rec_vote_list {
	struct rec_vote	*v;
	size_t		 n;
};
void rec_vote_list_free(struct rec_vote_list *);

/* A decision: by consensus, a vote at a meeting, a poll or email. */
struct rec_motion {
	int64_t			 id;
	int64_t			 group_id;
	int64_t			 meeting_id;	/* 0: none */
	int64_t			 item_id;	/* 0: none */
	char			*body;
	enum motion_method	 method;
	char			*opens, *closes;	/* a poll's */
	int			 round;
	int64_t			 previous_id;	/* 0: none */
	enum motion_status	 status;
	char			*outcome;	/* NULL while open */
	int			 counted;	/* the votes below are set */
	int			 votes_for, votes_against, votes_abstain;
	char			*effect;	/* JSON text, or NULL */
	char			*proposed_by, *proposed_at;
	char			*decided_at;
	char			*grp, *group_name, *group_kind; /* get only */
	int			 item;		/* its item's number, or 0 */
	int			 vcse_only;	/* its item is VCSE-only
						   business (SA-3.1-assoc) */
};
struct rec_motion_list {
	struct rec_motion	*v;
	size_t			 n;
};
void rec_motion_free(struct rec_motion *);
void rec_motion_list_free(struct rec_motion_list *);

/* What a carried motion does (SA-5.8, SA-14.3), kept in motion.effect
 * as JSON text: {"do", "organisation_id", "organisation", "effective"}. */
struct rec_effect {
	char	 what[16];	/* coopt, terminate, recommend,
				   terminate_all */
	int64_t	 organisation_id;
	char	*organisation;
	char	*effective;	/* YYYY-MM-DD, or NULL */
};
/* Its text is made and read by render/json_stored.h. */
void rec_effect_free(struct rec_effect *);

/* *found is 0 when there is no motion id in arrangement arr. */
int store_motion_get(struct store *, int64_t id, int64_t arr,
    struct rec_motion *, int *found);
/* A group's decisions (0: all of the arrangement), in order. */
int store_motion_list(struct store *, int64_t arr, int64_t group,
    struct rec_motion_list *);
/* The group of motion id (0 when there is none in arr). */
int store_motion_group(struct store *, int64_t id, int64_t arr,
    int64_t *group);
int store_vote_list(struct store *, int64_t motion, struct rec_vote_list *);
/* *voted: 1 when org has voted on motion (SA-8.3: one vote each). */
int store_motion_voted(struct store *, int64_t motion, int64_t org,
    int *voted);
/* The votes cast for each choice (SA-8.3), counted by the database. */
int store_vote_tally(struct store *, int64_t motion, unsigned *for_,
    unsigned *against, unsigned *abstain);

#endif
