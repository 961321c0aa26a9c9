/*
 * The compliance check's own facts as typed records (rec_check.h),
 * each fill reading its statement's columns in the order of its SELECT
 * (src/store/sql/meeting.sql, office.sql, own.sql).
 */
#include <stdlib.h>
#include <string.h>

#include "rec_check.h"
#include "rules/constitution.h"
#include "rec_meeting.h"
#include "store.h"
#include "store_int.h"

void
rec_att_row_list_free(struct rec_att_row_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].day);
		free(l->v[i].kind);
		free(l->v[i].people);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void
rec_office_term_list_free(struct rec_office_term_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].office);
		free(l->v[i].term_start);
		free(l->v[i].term_end);
		free(l->v[i].ended);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void
rec_training_list_free(struct rec_training_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].person);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void
rec_filled_list_free(struct rec_filled_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].person);
		free(l->v[i].position);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void
rec_pos_elected_list_free(struct rec_pos_elected_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].section);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void
rec_id_list_free(struct rec_id_list *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* STMT_ATT_GROUP: meeting_id, day, organisation_id, kind, people. */
static int
att_row(sqlite3_stmt *q, void *arg)
{
	struct rec_att_row_list	*l = arg;
	struct rec_att_row	*a;
	int			 nomem = 0;

	if ((a = store_int_grow((void **)&l->v, &l->n, sizeof(*a))) == NULL)
		return -1;
	a->meeting_id = sqlite3_column_int64(q, 0);
	a->day = store_int_text(q, 1, &nomem);
	a->org_id = sqlite3_column_int64(q, 2);
	a->kind = store_int_text(q, 3, &nomem);
	a->people = store_int_text(q, 4, &nomem);
	return nomem ? -1 : 0;
}

int
store_att_group(struct store *st, int64_t group, const char *day,
    struct rec_att_row_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_ATT_GROUP, "ls", group, day)) ==
	    NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, att_row, l)) != STORE_OK)
		rec_att_row_list_free(l);
	return rc;
}

/* STMT_OFFICE_HISTORY: office, interim, term_start, term_end, ended. */
static int
office_term_row(sqlite3_stmt *q, void *arg)
{
	struct rec_office_term_list	*l = arg;
	struct rec_office_term		*t;
	int				 nomem = 0;

	if ((t = store_int_grow((void **)&l->v, &l->n, sizeof(*t))) == NULL)
		return -1;
	t->office = store_int_text(q, 0, &nomem);
	t->interim = sqlite3_column_int(q, 1);
	t->term_start = store_int_text(q, 2, &nomem);
	t->term_end = store_int_text(q, 3, &nomem);
	t->ended = store_int_text(q, 4, &nomem);
	return nomem ? -1 : 0;
}

int
store_office_history(struct store *st, int64_t group,
    struct rec_office_term_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_OFFICE_HISTORY, "l", group)) ==
	    NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, office_term_row, l)) != STORE_OK)
		rec_office_term_list_free(l);
	return rc;
}

/* STMT_COVER_LIST: aim, organisation. */
static int
aim_row(sqlite3_stmt *q, void *arg)
{
	const unsigned char *aim = sqlite3_column_text(q, 0);

	return rec_lines_add(arg, "%s", aim != NULL ? (const char *)aim :
	    "");
}

int
store_cover_aims(struct store *st, int64_t arr, int64_t group,
    struct rec_lines *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_COVER_LIST, "ll", arr, group)) ==
	    NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, aim_row, l)) != STORE_OK)
		rec_lines_free(l);
	return rc;
}

/* STMT_MREPORT_LIST: id, meeting_id, ... (the meeting only). */
static int
mreport_row(sqlite3_stmt *q, void *arg)
{
	struct rec_id_list	*l = arg;
	int64_t			*id;

	if ((id = store_int_grow((void **)&l->v, &l->n, sizeof(*id))) ==
	    NULL)
		return -1;
	*id = sqlite3_column_int64(q, 1);
	return 0;
}

int
store_mreport_meetings(struct store *st, int64_t arr,
    struct rec_id_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_MREPORT_LIST, "l", arr)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, mreport_row, l)) != STORE_OK)
		rec_id_list_free(l);
	return rc;
}

/* STMT_TRAIN_RECORD: person_id, person, day, title, attended. */
static int
training_row(sqlite3_stmt *q, void *arg)
{
	struct rec_training_list	*l = arg;
	struct rec_training		*t;
	int				 nomem = 0;

	if ((t = store_int_grow((void **)&l->v, &l->n, sizeof(*t))) == NULL)
		return -1;
	t->person_id = sqlite3_column_int64(q, 0);
	t->person = store_int_text(q, 1, &nomem);
	t->attended = sqlite3_column_int(q, 4) != 0;
	return nomem ? -1 : 0;
}

int
store_train_record(struct store *st, int64_t arr, const char *day,
    struct rec_training_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_TRAIN_RECORD, "ls", arr, day)) ==
	    NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, training_row, l)) != STORE_OK)
		rec_training_list_free(l);
	return rc;
}

/* STMT_APPT_HOW_FILLED: id, person, position, slug, elected, interim,
 * by_election, reason. */
static int
filled_row(sqlite3_stmt *q, void *arg)
{
	struct rec_filled_list	*l = arg;
	struct rec_filled	*f;
	int			 nomem = 0;

	if ((f = store_int_grow((void **)&l->v, &l->n, sizeof(*f))) == NULL)
		return -1;
	f->person = store_int_text(q, 1, &nomem);
	f->position = store_int_text(q, 2, &nomem);
	f->elected = sqlite3_column_int(q, 4);
	f->interim = sqlite3_column_int(q, 5);
	f->by_election = sqlite3_column_int(q, 6);
	f->reason = sqlite3_column_int(q, 7);
	return nomem ? -1 : 0;
}

int
store_appt_how_filled(struct store *st, int64_t arr,
    struct rec_filled_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_APPT_HOW_FILLED, "l", arr)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, filled_row, l)) != STORE_OK)
		rec_filled_list_free(l);
	return rc;
}

/* STMT_POS_HOW_ELECTED: id, slug, name, section, elected, has_group. */
static int
pos_elected_row(sqlite3_stmt *q, void *arg)
{
	struct rec_pos_elected_list	*l = arg;
	struct rec_pos_elected		*p;
	int				 nomem = 0;

	if ((p = store_int_grow((void **)&l->v, &l->n, sizeof(*p))) == NULL)
		return -1;
	p->name = store_int_text(q, 2, &nomem);
	p->section = store_int_text(q, 3, &nomem);
	p->elected = sqlite3_column_int(q, 4);
	p->has_group = sqlite3_column_int(q, 5);
	return nomem ? -1 : 0;
}

int
store_pos_how_elected(struct store *st, int64_t arr,
    struct rec_pos_elected_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_POS_HOW_ELECTED, "l", arr)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, pos_elected_row, l)) != STORE_OK)
		rec_pos_elected_list_free(l);
	return rc;
}

void
rec_origin_list_free(struct rec_origin_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].slug);
		free(l->v[i].name);
		free(l->v[i].formed_by);
		free(l->v[i].convened_on);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void
rec_invite_list_free(struct rec_invite_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].from_body);
		free(l->v[i].board);
		free(l->v[i].received_on);
		free(l->v[i].decision);
		free(l->v[i].person);
		free(l->v[i].reason);
		free(l->v[i].decided_on);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void
rec_request_list_free(struct rec_request_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].from_body);
		free(l->v[i].subject);
		free(l->v[i].received_on);
		free(l->v[i].passed_to);
		free(l->v[i].kept_reason);
		free(l->v[i].routed_on);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* STMT_ORIGIN_LIST: id, slug, name, kind, has_parent, forums,
 * formed_by, convened, convened_on. */
static int
origin_row(sqlite3_stmt *q, void *arg)
{
	struct rec_origin_list	*l = arg;
	struct rec_origin	*o;
	const unsigned char	*kind;
	int			 nomem = 0;

	if ((o = store_int_grow((void **)&l->v, &l->n, sizeof(*o))) == NULL)
		return -1;
	o->id = sqlite3_column_int64(q, 0);
	o->slug = store_int_text(q, 1, &nomem);
	o->name = store_int_text(q, 2, &nomem);
	kind = sqlite3_column_text(q, 3);
	o->kind = kind != NULL ? group_kind_parse((const char *)kind) : -1;
	o->has_parent = sqlite3_column_int(q, 4);
	o->forums = sqlite3_column_int64(q, 5);
	o->formed_by = store_int_text(q, 6, &nomem);
	o->convened = sqlite3_column_int(q, 7);
	o->convened_on = store_int_text(q, 8, &nomem);
	return nomem ? -1 : 0;
}

int
store_origin_list(struct store *st, int64_t arr, struct rec_origin_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_ORIGIN_LIST, "l", arr)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, origin_row, l)) != STORE_OK)
		rec_origin_list_free(l);
	return rc;
}

/* STMT_INVITE_LIST: id, from_body, board, received_on, decision, ... */
static int
invite_row(sqlite3_stmt *q, void *arg)
{
	struct rec_invite_list	*l = arg;
	struct rec_invite	*v;
	int			 nomem = 0;

	if ((v = store_int_grow((void **)&l->v, &l->n, sizeof(*v))) == NULL)
		return -1;
	v->id = sqlite3_column_int64(q, 0);
	v->from_body = store_int_text(q, 1, &nomem);
	v->board = store_int_text(q, 2, &nomem);
	v->received_on = store_int_text(q, 3, &nomem);
	v->decision = store_int_text(q, 4, &nomem);
	v->person = store_int_text(q, 5, &nomem);
	v->reason = store_int_text(q, 6, &nomem);
	v->tokenistic = sqlite3_column_int(q, 7);
	v->decided_on = store_int_text(q, 8, &nomem);
	return nomem ? -1 : 0;
}

int
store_invite_list(struct store *st, int64_t arr, struct rec_invite_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_INVITE_LIST, "l", arr)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, invite_row, l)) != STORE_OK)
		rec_invite_list_free(l);
	return rc;
}

/* STMT_REQUEST_LIST: id, from_body, subject, received_on, passed_to,
 * kept_reason, routed_on. */
static int
request_row(sqlite3_stmt *q, void *arg)
{
	struct rec_request_list	*l = arg;
	struct rec_request	*v;
	int			 nomem = 0;

	if ((v = store_int_grow((void **)&l->v, &l->n, sizeof(*v))) == NULL)
		return -1;
	v->id = sqlite3_column_int64(q, 0);
	v->from_body = store_int_text(q, 1, &nomem);
	v->subject = store_int_text(q, 2, &nomem);
	v->received_on = store_int_text(q, 3, &nomem);
	v->passed_to = store_int_text(q, 4, &nomem);
	v->kept_reason = store_int_text(q, 5, &nomem);
	v->routed_on = store_int_text(q, 6, &nomem);
	return nomem ? -1 : 0;
}

int
store_request_list(struct store *st, int64_t arr,
    struct rec_request_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_REQUEST_LIST, "l", arr)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, request_row, l)) != STORE_OK)
		rec_request_list_free(l);
	return rc;
}
