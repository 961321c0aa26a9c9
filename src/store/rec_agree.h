/*
 * Typed records of each agreement's own rules, continued (issue 16):
 * places and remits (SA-5.3), representatives' feedback (SA-D2.7,
 * MS-board-reps), the local forums' timetables (SA-6.2-timetable),
 * and seats on a group (MC-wg).  Strings are malloc'd; each list is
 * freed by its one _free().
 */
#ifndef STORE_REC_AGREE_H
#define STORE_REC_AGREE_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"

struct rec_text_list {
	char		**v;
	size_t		  n;
};
void rec_text_list_free(struct rec_text_list *);

struct rec_place {
	int64_t		 id;
	char		*slug, *name;
};
void rec_place_clear(struct rec_place *);

/* A position with an electing group: the place it serves and the
 * group's remit (0: none recorded). */
struct rec_place_elector {
	char		*position, *grp;
	int64_t		 serves, remit;
	char		*serves_name, *remit_name;
};
struct rec_place_elector_list {
	struct rec_place_elector *v;
	size_t		  n;
};
void rec_place_elector_list_free(struct rec_place_elector_list *);

/* A representative's board meeting, and whether they fed back. */
struct rec_feedback_due {
	int64_t		 appointment;
	char		*position, *person, *day;
	int64_t		 fed_back;
};
struct rec_feedback_due_list {
	struct rec_feedback_due *v;
	size_t		  n;
};
void rec_feedback_due_list_free(struct rec_feedback_due_list *);

struct rec_exchange {
	int64_t		 id;
	char		*position, *position_name, *board_day, *person;
	char		*direction, *summary, *on_date;
};
struct rec_exchange_list {
	struct rec_exchange *v;
	size_t		  n;
};
void rec_exchange_list_free(struct rec_exchange_list *);

/* A system-wide matter, and a local forum with no meeting that month. */
struct rec_timetable_gap {
	char		*subject, *day, *raised_by, *other;
};
struct rec_timetable_gap_list {
	struct rec_timetable_gap *v;
	size_t		  n;
};
void rec_timetable_gap_list_free(struct rec_timetable_gap_list *);

struct rec_timetable {
	char		*grp, *day, *status;
};
struct rec_timetable_list {
	struct rec_timetable *v;
	size_t		  n;
};
void rec_timetable_list_free(struct rec_timetable_list *);

struct rec_seat {
	char		*seat, *person;
	int64_t		 parent_member, parent_chair;
};
struct rec_seat_list {
	struct rec_seat	*v;
	size_t		  n;
};
void rec_seat_list_free(struct rec_seat_list *);

/* Reads; STORE_OK or the error (lists empty on error). */
enum store_err store_place_get(struct store *, enum stmt, int64_t key,
    const char *slug, struct rec_place *, int *found) WUR;
enum store_err store_place_areas(struct store *, int64_t place,
    struct rec_text_list *) WUR;
enum store_err store_place_electors(struct store *, int64_t arr,
    struct rec_place_elector_list *) WUR;
enum store_err store_forum_no_place(struct store *, int64_t arr,
    struct rec_text_list *) WUR;
enum store_err store_feedback_due(struct store *, int64_t arr,
    const char *day, struct rec_feedback_due_list *) WUR;
enum store_err store_exchanges(struct store *, int64_t arr,
    struct rec_exchange_list *) WUR;
enum store_err store_timetable_gaps(struct store *, int64_t arr,
    const char *day, struct rec_timetable_gap_list *) WUR;
enum store_err store_timetable(struct store *, int64_t arr,
    const char *year, struct rec_timetable_list *) WUR;
enum store_err store_seats_on(struct store *, int64_t group,
    const char *day, struct rec_seat_list *) WUR;
/* The board meeting of position on day. */
enum store_err store_board_meeting_id(struct store *, int64_t position,
    const char *day, int64_t *id) WUR;
/* Reports of group's meetings to to made from from to until. */
enum store_err store_reports_along(struct store *, int64_t group,
    const char *to, const char *from, const char *until, int64_t *n) WUR;

#endif
