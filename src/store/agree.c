/*
 * The store's typed reads of rec_agree.h: each record filled from its
 * statement's columns by a column map (colmap.h) in the order of its
 * SELECT, and held to that statement at start-up (store_maps_check).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "colmap.h"
#include "rec_agree.h"
#include "store_int.h"

static const struct col place_cols[] = {
	I(rec_place, id), T(rec_place, slug), T(rec_place, name),
};
static const struct map place_map = MAP(rec_place, place_cols);
CLEAR(rec_place_clear, rec_place, place_map)

enum store_err
store_place_get(struct store *s, enum stmt id, int64_t key,
    const char *slug, struct rec_place *p, int *found)
{
	return store_map_one(slug != NULL ? store_int_query(s, id, "ls", key,
	    slug) : store_int_query(s, id, "l", key), &place_map, p, found);
}

/* STMT_PLACE_AREAS and STMT_FORUM_NO_PLACE: lists of one text column,
 * each record the text alone. */
static const struct col area_cols[] = { BARE(C_TEXT, "area") };
static const struct map area_map = MAP_OF(char *, area_cols);
static const struct col forum_name_cols[] = { BARE(C_TEXT, "name") };
static const struct map forum_name_map = MAP_OF(char *, forum_name_cols);
LIST_FREE(rec_text_list_free, rec_text_list, area_map)

READ_BY_ID(store_place_areas, rec_text_list, STMT_PLACE_AREAS, area_map)
READ_BY_ID(store_forum_no_place, rec_text_list, STMT_FORUM_NO_PLACE,
    forum_name_map)

/* Each list below: its record's columns, then how it is read. */
static const struct col elector_cols[] = {
	T(rec_place_elector, position), T(rec_place_elector, grp),
	I(rec_place_elector, serves), I(rec_place_elector, remit),
	T(rec_place_elector, serves_name), T(rec_place_elector, remit_name),
};
LIST_MAP(rec_place_elector, elector_cols, elector_map,
    rec_place_elector_list_free)
READ_BY_ID(store_place_electors, rec_place_elector_list, STMT_PLACE_ELECTORS,
    elector_map)

static const struct col due_cols[] = {
	I(rec_feedback_due, appointment), T(rec_feedback_due, position),
	T(rec_feedback_due, person), T(rec_feedback_due, day),
	I(rec_feedback_due, fed_back),
};
LIST_MAP(rec_feedback_due, due_cols, due_map, rec_feedback_due_list_free)
READ_BY_ID_TEXT(store_feedback_due, rec_feedback_due_list,
    STMT_REP_FEEDBACK_DUE, due_map)

static const struct col exchange_cols[] = {
	I(rec_exchange, id), T(rec_exchange, position),
	T(rec_exchange, position_name), T(rec_exchange, board_day),
	T(rec_exchange, person), T(rec_exchange, direction),
	T(rec_exchange, summary), T(rec_exchange, on_date),
};
LIST_MAP(rec_exchange, exchange_cols, exchange_map, rec_exchange_list_free)
READ_BY_ID(store_exchanges, rec_exchange_list, STMT_REP_EXCHANGES,
    exchange_map)

static const struct col gap_cols[] = {
	T(rec_timetable_gap, subject), T(rec_timetable_gap, day),
	T(rec_timetable_gap, raised_by), T(rec_timetable_gap, other),
};
LIST_MAP(rec_timetable_gap, gap_cols, gap_map, rec_timetable_gap_list_free)
READ_BY_ID_TEXT(store_timetable_gaps, rec_timetable_gap_list,
    STMT_TIMETABLE_GAPS, gap_map)

static const struct col tt_cols[] = {
	T(rec_timetable, grp), T(rec_timetable, day),
	T(rec_timetable, status),
};
LIST_MAP(rec_timetable, tt_cols, tt_map, rec_timetable_list_free)
READ_BY_ID_TEXT(store_timetable, rec_timetable_list, STMT_TIMETABLE, tt_map)

static const struct col seat_cols[] = {
	T(rec_seat, seat), T(rec_seat, person), I(rec_seat, parent_member),
	I(rec_seat, parent_chair),
};
LIST_MAP(rec_seat, seat_cols, seat_map, rec_seat_list_free)
READ_BY_ID_TEXT(store_seats_on, rec_seat_list, STMT_SEATS_ON, seat_map)

/* Column 0 of the one row the bound q gives (NULL, or no row: a fault). */
static enum store_err
one_value(sqlite3_stmt *q, int64_t *v)
{
	int rc;

	*v = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = sqlite3_step(q)) == SQLITE_ROW)
		*v = sqlite3_column_int64(q, 0);
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? STORE_OK : STORE_ERROR;
}

enum store_err
store_reports_along(struct store *s, int64_t group, const char *to,
    const char *from, const char *until, int64_t *n)
{
	return one_value(store_int_query(s, STMT_REPORTS_ALONG, "lsss", group,
	    to, from, until), n);
}

enum store_err
store_board_meeting_id(struct store *s, int64_t position, const char *day,
    int64_t *id)
{
	return one_value(store_int_query(s, STMT_BOARD_MEETING_ID, "ls",
	    position, day), id);
}

static const struct map_check checks[] = {
	{ STMT_PLACE_BY_SLUG, &place_map },
	{ STMT_GROUP_PLACE, &place_map },
	{ STMT_POSITION_PLACE, &place_map },
	{ STMT_PLACE_ELECTORS, &elector_map },
	{ STMT_REP_FEEDBACK_DUE, &due_map },
	{ STMT_REP_EXCHANGES, &exchange_map },
	{ STMT_TIMETABLE_GAPS, &gap_map },
	{ STMT_TIMETABLE, &tt_map },
	{ STMT_SEATS_ON, &seat_map },
	{ STMT_PLACE_AREAS, &area_map },
	{ STMT_FORUM_NO_PLACE, &forum_name_map },
};

const struct map_checks store_agree_maps = MAP_CHECKS(checks);
