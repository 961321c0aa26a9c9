/*
 * The compliance check's own facts as typed records (rec_check.h),
 * each read by a column map in the order of its statement's SELECT
 * (src/store/sql/meeting.sql, office.sql, own.sql), held to it at
 * start-up (colmap.c).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "colmap.h"
#include "rec_check.h"
#include "rec_meeting.h"
#include "store.h"
#include "store_int.h"

static const struct col att_cols[] = {
	I(rec_att_row, meeting_id), T(rec_att_row, day),
	IN(rec_att_row, org_id, "organisation_id"), T(rec_att_row, kind),
	T(rec_att_row, people),
};
static const struct map att_map = MAP(rec_att_row, att_cols);

static const struct col office_term_cols[] = {
	T(rec_office_term, office), F(rec_office_term, interim),
	T(rec_office_term, term_start), T(rec_office_term, term_end),
	T(rec_office_term, ended),
};
static const struct map office_term_map = MAP(rec_office_term,
    office_term_cols);

/* A list of lines: each record is the line's char * alone. */
static const struct col aim_cols[] = {
	BARE(C_TEXT, "aim"),
};
static const struct map aim_map = MAP_OF(char *, aim_cols);

/* A list of ids: each record is the meeting's int64_t alone. */
static const struct col mreport_cols[] = {
	SKIP("id"), BARE(C_INT, "meeting_id"),
};
static const struct map mreport_map = MAP_OF(int64_t, mreport_cols);

static const struct col training_cols[] = {
	I(rec_training, person_id), T(rec_training, person), SKIP("day"),
	SKIP("title"), F(rec_training, attended),
};
static const struct map training_map = MAP(rec_training, training_cols);

static const struct col filled_cols[] = {
	SKIP("id"), T(rec_filled, person), T(rec_filled, position),
	SKIP("slug"), F(rec_filled, elected), F(rec_filled, interim),
	F(rec_filled, by_election), F(rec_filled, reason),
};
static const struct map filled_map = MAP(rec_filled, filled_cols);

static const struct col pos_elected_cols[] = {
	SKIP("id"), SKIP("slug"), T(rec_pos_elected, name),
	T(rec_pos_elected, section), F(rec_pos_elected, elected),
	F(rec_pos_elected, has_group),
};
static const struct map pos_elected_map = MAP(rec_pos_elected,
    pos_elected_cols);

static const struct col origin_cols[] = {
	I(rec_origin, id), T(rec_origin, slug), T(rec_origin, name),
	E(C_GKIND, rec_origin, kind), F(rec_origin, has_parent),
	I(rec_origin, forums), T(rec_origin, formed_by),
	F(rec_origin, convened), T(rec_origin, convened_on),
};
static const struct map origin_map = MAP(rec_origin, origin_cols);

static const struct col invite_cols[] = {
	I(rec_invite, id), T(rec_invite, from_body), T(rec_invite, board),
	T(rec_invite, received_on), T(rec_invite, decision),
	T(rec_invite, person), T(rec_invite, reason),
	F(rec_invite, tokenistic), T(rec_invite, decided_on),
};
static const struct map invite_map = MAP(rec_invite, invite_cols);

static const struct col request_cols[] = {
	I(rec_request, id), T(rec_request, from_body),
	T(rec_request, subject), T(rec_request, received_on),
	T(rec_request, passed_to), T(rec_request, kept_reason),
	T(rec_request, routed_on),
};
static const struct map request_map = MAP(rec_request, request_cols);

/* --- freeing, by map --- */

LIST_FREE(rec_att_row_list_free, rec_att_row_list, att_map)
LIST_FREE(rec_office_term_list_free, rec_office_term_list, office_term_map)
LIST_FREE(rec_training_list_free, rec_training_list, training_map)
LIST_FREE(rec_filled_list_free, rec_filled_list, filled_map)
LIST_FREE(rec_pos_elected_list_free, rec_pos_elected_list, pos_elected_map)
LIST_FREE(rec_id_list_free, rec_id_list, mreport_map)
LIST_FREE(rec_origin_list_free, rec_origin_list, origin_map)
LIST_FREE(rec_invite_list_free, rec_invite_list, invite_map)
LIST_FREE(rec_request_list_free, rec_request_list, request_map)

/* --- reads --- */

#define Q(...)	store_int_query(st, __VA_ARGS__)

int
store_att_group(struct store *st, int64_t group, const char *day,
    struct rec_att_row_list *l)
{
	return store_map_rows(Q(STMT_ATT_GROUP, "ls", group, day), &att_map,
	    &l->v, &l->n, 0);
}

int
store_office_history(struct store *st, int64_t group,
    struct rec_office_term_list *l)
{
	return store_map_rows(Q(STMT_OFFICE_HISTORY, "l", group),
	    &office_term_map, &l->v, &l->n, 0);
}

int
store_cover_aims(struct store *st, int64_t arr, int64_t group,
    struct rec_lines *l)
{
	return store_map_rows(Q(STMT_COVER_LIST, "ll", arr, group), &aim_map,
	    &l->v, &l->n, 0);
}

int
store_mreport_meetings(struct store *st, int64_t arr,
    struct rec_id_list *l)
{
	return store_map_rows(Q(STMT_MREPORT_LIST, "l", arr), &mreport_map,
	    &l->v, &l->n, 0);
}

int
store_train_record(struct store *st, int64_t arr, const char *day,
    struct rec_training_list *l)
{
	return store_map_rows(Q(STMT_TRAIN_RECORD, "ls", arr, day),
	    &training_map, &l->v, &l->n, 0);
}

int
store_appt_how_filled(struct store *st, int64_t arr,
    struct rec_filled_list *l)
{
	return store_map_rows(Q(STMT_APPT_HOW_FILLED, "l", arr), &filled_map,
	    &l->v, &l->n, 0);
}

int
store_pos_how_elected(struct store *st, int64_t arr,
    struct rec_pos_elected_list *l)
{
	return store_map_rows(Q(STMT_POS_HOW_ELECTED, "l", arr),
	    &pos_elected_map, &l->v, &l->n, 0);
}

int
store_origin_list(struct store *st, int64_t arr, struct rec_origin_list *l)
{
	return store_map_rows(Q(STMT_ORIGIN_LIST, "l", arr), &origin_map,
	    &l->v, &l->n, 0);
}

int
store_invite_list(struct store *st, int64_t arr, struct rec_invite_list *l)
{
	return store_map_rows(Q(STMT_INVITE_LIST, "l", arr), &invite_map,
	    &l->v, &l->n, 0);
}

int
store_request_list(struct store *st, int64_t arr,
    struct rec_request_list *l)
{
	return store_map_rows(Q(STMT_REQUEST_LIST, "l", arr), &request_map,
	    &l->v, &l->n, 0);
}

/* --- the maps held to their statements --- */

static const struct map_check checks[] = {
	{ STMT_ATT_GROUP, &att_map },
	{ STMT_OFFICE_HISTORY, &office_term_map },
	{ STMT_COVER_LIST, &aim_map },
	{ STMT_MREPORT_LIST, &mreport_map },
	{ STMT_TRAIN_RECORD, &training_map },
	{ STMT_APPT_HOW_FILLED, &filled_map },
	{ STMT_POS_HOW_ELECTED, &pos_elected_map },
	{ STMT_ORIGIN_LIST, &origin_map },
	{ STMT_INVITE_LIST, &invite_map },
	{ STMT_REQUEST_LIST, &request_map },
};

const struct map_checks store_check_maps = MAP_CHECKS(checks);
