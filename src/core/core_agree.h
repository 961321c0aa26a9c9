/*
 * Each agreement's own records, continued (issue 16): places, so that a
 * forum's remit is a place (SA-5.3); the meetings of a board and what
 * its representatives brought to it and back (SA-D2.7, MS-board-reps);
 * a system-wide matter raised at a meeting and the local forums'
 * timetables side by side (SA-6.2-timetable); who sits on a group and
 * for what (MC-wg).
 * No JSON: typed records in and out.
 */
#ifndef CORE_AGREE_H
#define CORE_AGREE_H

#include "core.h"
#include "viewer.h"
#include "store/rec_agree.h"

/* --- SA-5.3 (agree.c) --- */
struct place_in {
	const char	*slug, *name;
	const char	*areas;		/* "Area; Area; ..." */
	const char	*groups;	/* groups whose remit it is: "a, b" */
	const char	*positions;	/* positions that serve it: "a, b" */
};
int core_place_add(struct core *, const struct place_in *, int64_t *id) WUR;
/* The remit of group ref (what "group"), or the place position ref
 * serves (what "position"), is place. */
int core_place_set(struct core *, const char *what, const char *ref,
    const char *place) WUR;
/* SA-5.3: CORE_OK when group's remit covers the place position serves,
 * or either has none recorded; else CORE_EINVAL on field, naming both. */
int core_int_place_covers(struct core *, int64_t group, const char *gname,
    int64_t position, const char *pname, const char *field) WUR;
/* 1 when place serves lies within place remit, 0 when not, -1 on a
 * fault (core.err set). */
int core_int_place_covers_ids(struct core *, int64_t remit, int64_t serves)
    WUR;

/* --- SA-D2.7, MS-board-reps --- */
/* person, a representative on position, sought members' views before
 * (direction "views") or fed back after ("feedback") the board's
 * meeting on board_day; recorded on on (default today). */
int core_rep_exchange(struct core *, const char *position,
    const char *person, const char *board_day, const char *direction,
    const char *summary, const char *on, int64_t *id) WUR;
int core_rep_exchanges(struct core *, struct rec_exchange_list *) WUR;

/* --- SA-6.2-timetable --- */
int core_system_matter(struct core *, int64_t meeting, const char *subject,
    int64_t *id) WUR;
/* The local forums' meetings of year, by day. */
int core_timetable(struct core *, int year, struct rec_timetable_list *)
    WUR;

/* --- MC-wg --- */
/* person sits on group for seat ("member" of the parent group, or a
 * named seat) from since (default today). */
int core_seat_add(struct core *, const char *group, const char *person,
    const char *seat, const char *since, int64_t *id) WUR;

/* --- check (check_agree.c), called by core_check --- */
/* The flags of these rules on day today (c->cons is the date's
 * constitution) into out; CORE_OK or the storage fault. */
struct flags;
struct rec_meeting_list;
int core_int_check_agree(struct core *, const struct rec_meeting_list *,
    int today, struct flags *) WUR;

#endif
