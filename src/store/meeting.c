/*
 * Meetings as typed records (rec_meeting.h): each statement's columns
 * are named in store.c, in the order these fills read them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rec_meeting.h"
#include "store.h"
#include "store_int.h"

const char *const meeting_status_names[] = { "scheduled", "held",
    "minuted", "cancelled" };

void *
store_int_grow(void **v, size_t *n, size_t sz)
{
	char	*p = realloc(*v, (*n + 1) * sz);

	if (p == NULL)
		return NULL;
	*v = p;
	memset(p + *n * sz, 0, sz);
	return p + (*n)++ * sz;
}

void
rec_lines_free(struct rec_lines *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int
rec_lines_add(struct rec_lines *l, const char *fmt, ...)
{
	char	**slot, *s;
	va_list	  ap;
	int	  rc;

	va_start(ap, fmt);
	rc = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (rc < 0)
		return -1;
	slot = store_int_grow((void **)&l->v, &l->n, sizeof(*slot));
	if (slot == NULL) {
		free(s);
		return -1;
	}
	*slot = s;
	return 0;
}

void
rec_meeting_free(struct rec_meeting *m)
{
	free(m->grp);
	free(m->group_name);
	free(m->group_kind);
	free(m->day);
	free(m->starts);
	free(m->ends);
	free(m->place);
	free(m->link);
	free(m->circulated);
	free(m->notes);
	free(m->notes_published);
	free(m->notes_visibility);
	free(m->chair);
	free(m->chair_side);
	free(m->created_by);
	free(m->agenda_due);
	free(m->notes_due);
	check_flag_list_free(&m->flags);
	memset(m, 0, sizeof(*m));
}

void
rec_meeting_list_free(struct rec_meeting_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		rec_meeting_free(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
rec_item_free(struct rec_item *it)
{
	free(it->title);
	free(it->visibility);
	free(it->requested_by);
	free(it->chaired_by);
	memset(it, 0, sizeof(*it));
}

void
rec_item_list_free(struct rec_item_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		rec_item_free(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
rec_attendance_list_free(struct rec_attendance_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].attend);
		free(l->v[i].people);
		free(l->v[i].organisation);
		free(l->v[i].sector);
		free(l->v[i].kind);
		free(l->v[i].status);
		free(l->v[i].side);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
rec_interest_free(struct rec_interest *in)
{
	free(in->organisation);
	free(in->person);
	free(in->nature);
	free(in->declared);
	memset(in, 0, sizeof(*in));
}

void
rec_interest_list_free(struct rec_interest_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		rec_interest_free(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
rec_action_list_free(struct rec_action_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].body);
		free(l->v[i].owner);
		free(l->v[i].due);
		free(l->v[i].done);
		free(l->v[i].raised);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* STMT_MEET_GET and STMT_MEET_LIST's columns. */
static int
meeting_fill(sqlite3_stmt *q, struct rec_meeting *m)
{
	int	nomem = 0;
	char	*st;

	m->id = sqlite3_column_int64(q, 0);
	m->group_id = sqlite3_column_int64(q, 1);
	m->grp = store_int_text(q, 2, &nomem);
	m->group_name = store_int_text(q, 3, &nomem);
	m->group_kind = store_int_text(q, 4, &nomem);
	m->day = store_int_text(q, 5, &nomem);
	m->starts = store_int_text(q, 6, &nomem);
	m->ends = store_int_text(q, 7, &nomem);
	/* A meeting given no end keeps "" in the store: none. */
	if (m->ends != NULL && *m->ends == '\0') {
		free(m->ends);
		m->ends = NULL;
	}
	m->place = store_int_text(q, 8, &nomem);
	m->link = store_int_text(q, 9, &nomem);
	st = (char *)sqlite3_column_text(q, 10);
	m->status = st != NULL && strcmp(st, "cancelled") == 0 ?
	    MEETING_CANCELLED : MEETING_SCHEDULED;
	m->circulated = store_int_text(q, 11, &nomem);
	m->notes = store_int_text(q, 12, &nomem);
	m->notes_published = store_int_text(q, 13, &nomem);
	m->notes_visibility = store_int_text(q, 14, &nomem);
	m->chair_person_id = sqlite3_column_int64(q, 15);
	m->chair = store_int_text(q, 16, &nomem);
	m->chair_side = store_int_text(q, 17, &nomem);
	m->sequence = sqlite3_column_int64(q, 18);
	m->created_by = store_int_text(q, 19, &nomem);
	m->chair_org = sqlite3_column_int64(q, 20);
	return nomem ? -1 : 0;
}

static int
meeting_one(sqlite3_stmt *q, void *arg)
{
	return meeting_fill(q, arg);
}

static int
meeting_row(sqlite3_stmt *q, void *arg)
{
	struct rec_meeting_list	*l = arg;
	struct rec_meeting	*m;

	if ((m = store_int_grow((void **)&l->v, &l->n, sizeof(*m))) == NULL)
		return -1;
	return meeting_fill(q, m);
}

int
store_meeting_get(struct store *st, int64_t id, int64_t arr,
    struct rec_meeting *m, int *found)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(m, 0, sizeof(*m));
	*found = 0;
	if ((q = store_int_query(st, STMT_MEET_GET, "ll", id, arr)) == NULL)
		return STORE_ERROR;
	rc = store_int_each(q, meeting_one, m);
	if (rc != STORE_OK)
		rec_meeting_free(m);
	*found = rc == STORE_OK && m->id != 0;
	return rc;
}

int
store_meeting_list(struct store *st, int64_t arr, int64_t group,
    struct rec_meeting_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_MEET_LIST, "ll", arr, group)) ==
	    NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, meeting_row, l)) != STORE_OK)
		rec_meeting_list_free(l);
	return rc;
}

/* STMT_ITEM_LIST and STMT_ITEM_GET's columns. */
static int
item_fill(sqlite3_stmt *q, struct rec_item *it)
{
	int nomem = 0;

	it->id = sqlite3_column_int64(q, 0);
	it->pos = sqlite3_column_int(q, 1);
	it->title = store_int_text(q, 2, &nomem);
	it->mandatory = sqlite3_column_int(q, 3);
	it->vcse_only = sqlite3_column_int(q, 4);
	it->visibility = store_int_text(q, 5, &nomem);
	it->requested_by = store_int_text(q, 6, &nomem);
	return nomem ? -1 : 0;
}

static int
item_one(sqlite3_stmt *q, void *arg)
{
	return item_fill(q, arg);
}

static int
item_row(sqlite3_stmt *q, void *arg)
{
	struct rec_item_list	*l = arg;
	struct rec_item		*it;

	if ((it = store_int_grow((void **)&l->v, &l->n, sizeof(*it))) == NULL)
		return -1;
	return item_fill(q, it);
}

int
store_item_list(struct store *st, int64_t meeting, struct rec_item_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_ITEM_LIST, "l", meeting)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, item_row, l)) != STORE_OK)
		rec_item_list_free(l);
	return rc;
}

int
store_item_get(struct store *st, int64_t meeting, int pos,
    struct rec_item *it, int *found)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(it, 0, sizeof(*it));
	*found = 0;
	if ((q = store_int_query(st, STMT_ITEM_GET, "li", meeting, pos)) ==
	    NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, item_one, it)) != STORE_OK)
		rec_item_free(it);
	*found = rc == STORE_OK && it->id != 0;
	if (!*found)
		rec_item_free(it);
	return rc;
}

/* STMT_ATT_LIST's columns. */
static int
attendance_row(sqlite3_stmt *q, void *arg)
{
	struct rec_attendance_list	*l = arg;
	struct rec_attendance		*a;
	int				 nomem = 0;

	if ((a = store_int_grow((void **)&l->v, &l->n, sizeof(*a))) == NULL)
		return -1;
	a->organisation_id = sqlite3_column_int64(q, 0);
	a->attend = store_int_text(q, 1, &nomem);
	a->people = store_int_text(q, 2, &nomem);
	a->deputy_agreed = sqlite3_column_int(q, 3);
	a->organisation = store_int_text(q, 4, &nomem);
	a->sector = store_int_text(q, 5, &nomem);
	a->kind = store_int_text(q, 6, &nomem);
	a->status = store_int_text(q, 7, &nomem);
	a->side = store_int_text(q, 8, &nomem);
	return nomem ? -1 : 0;
}

int
store_attendance_list(struct store *st, int64_t meeting,
    struct rec_attendance_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_ATT_LIST, "l", meeting)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, attendance_row, l)) != STORE_OK)
		rec_attendance_list_free(l);
	return rc;
}

/* STMT_INTEREST_LIST's columns. */
static int
interest_row(sqlite3_stmt *q, void *arg)
{
	struct rec_interest_list	*l = arg;
	struct rec_interest		*in;
	int				 nomem = 0;

	if ((in = store_int_grow((void **)&l->v, &l->n, sizeof(*in))) == NULL)
		return -1;
	in->item_id = sqlite3_column_int64(q, 0);
	in->item = sqlite3_column_int(q, 1);
	in->organisation_id = sqlite3_column_int64(q, 2);
	in->organisation = store_int_text(q, 3, &nomem);
	in->person = store_int_text(q, 4, &nomem);
	in->nature = store_int_text(q, 5, &nomem);
	in->declared = store_int_text(q, 6, &nomem);
	return nomem ? -1 : 0;
}

int
store_interest_list(struct store *st, int64_t meeting,
    struct rec_interest_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_INTEREST_LIST, "l", meeting)) ==
	    NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, interest_row, l)) != STORE_OK)
		rec_interest_list_free(l);
	return rc;
}

/* STMT_ACTION_LIST's columns. */
static int
action_row(sqlite3_stmt *q, void *arg)
{
	struct rec_action_list	*l = arg;
	struct rec_action	*a;
	int			 nomem = 0;

	if ((a = store_int_grow((void **)&l->v, &l->n, sizeof(*a))) == NULL)
		return -1;
	a->id = sqlite3_column_int64(q, 0);
	a->body = store_int_text(q, 1, &nomem);
	a->owner = store_int_text(q, 2, &nomem);
	a->due = store_int_text(q, 3, &nomem);
	a->done = store_int_text(q, 4, &nomem);
	a->raised = store_int_text(q, 5, &nomem);
	return nomem ? -1 : 0;
}

int
store_action_list(struct store *st, int64_t group, int open_only,
    struct rec_action_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_ACTION_LIST, "li", group,
	    open_only != 0)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, action_row, l)) != STORE_OK)
		rec_action_list_free(l);
	return rc;
}

void
rec_standing_free(struct rec_standing *s)
{
	free(s->kind);
	free(s->status);
	free(s->side);
	memset(s, 0, sizeof(*s));
}

/* STMT_MEET_STANDING's columns. */
static int
standing_one(sqlite3_stmt *q, void *arg)
{
	struct rec_standing	*s = arg;
	int			 nomem = 0;

	rec_standing_free(s);
	s->kind = store_int_text(q, 0, &nomem);
	s->status = store_int_text(q, 1, &nomem);
	s->side = store_int_text(q, 2, &nomem);
	return nomem || s->kind == NULL || s->status == NULL ? -1 : 0;
}

int
store_int_first_id(sqlite3_stmt *q, void *arg)
{
	*(int64_t *)arg = sqlite3_column_int64(q, 0);
	return 0;
}

int
store_meeting_standing(struct store *st, int64_t group, int64_t org,
    struct rec_standing *s, int *found)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(s, 0, sizeof(*s));
	*found = 0;
	if ((q = store_int_query(st, STMT_MEET_STANDING, "ll", group, org)) ==
	    NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, standing_one, s)) != STORE_OK)
		rec_standing_free(s);
	*found = rc == STORE_OK && s->kind != NULL;
	return rc;
}

void
rec_invitee_list_free(struct rec_invitee_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].email);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* STMT_MEET_INVITEES's columns. */
static int
invitee_row(sqlite3_stmt *q, void *arg)
{
	struct rec_invitee_list	*l = arg;
	struct rec_invitee	*p;
	int			 nomem = 0;

	if ((p = store_int_grow((void **)&l->v, &l->n, sizeof(*p))) == NULL)
		return -1;
	p->name = store_int_text(q, 0, &nomem);
	p->email = store_int_text(q, 1, &nomem);
	return nomem ? -1 : 0;
}

int
store_meeting_invitees(struct store *st, int64_t group,
    struct rec_invitee_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_MEET_INVITEES, "l", group)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, invitee_row, l)) != STORE_OK)
		rec_invitee_list_free(l);
	return rc;
}

void
rec_chairs_free(struct rec_chairs *ch)
{
	free(ch->chair);
	free(ch->vice);
	memset(ch, 0, sizeof(*ch));
}

/* STMT_MEET_OFFICERS's columns. */
static int
chairs_row(sqlite3_stmt *q, void *arg)
{
	struct rec_chairs	*ch = arg;
	const char		*office;
	int			 nomem = 0;

	office = (const char *)sqlite3_column_text(q, 0);

	if (office != NULL && strcmp(office, "chair") == 0) {
		if (ch->chair != NULL)
			return 0;
		ch->chair = store_int_text(q, 1, &nomem);
		ch->chair_org = sqlite3_column_int64(q, 2);
	} else {
		free(ch->vice);
		ch->vice = store_int_text(q, 1, &nomem);
		ch->vice_org = sqlite3_column_int64(q, 2);
	}
	return nomem ? -1 : 0;
}

int
store_meeting_chairs(struct store *st, int64_t group, struct rec_chairs *ch)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(ch, 0, sizeof(*ch));
	if ((q = store_int_query(st, STMT_MEET_OFFICERS, "l", group)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, chairs_row, ch)) != STORE_OK)
		rec_chairs_free(ch);
	return rc;
}

void
rec_voter_list_free(struct rec_voter_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].kind);
		free(l->v[i].status);
		free(l->v[i].side);
		free(l->v[i].sector);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* STMT_MEET_VOTERS and STMT_MEET_VOTER's columns. */
static int
voter_row(sqlite3_stmt *q, void *arg)
{
	struct rec_voter_list	*l = arg;
	struct rec_voter	*v;
	int			 nomem = 0;

	if ((v = store_int_grow((void **)&l->v, &l->n, sizeof(*v))) == NULL)
		return -1;
	v->organisation_id = sqlite3_column_int64(q, 0);
	v->kind = store_int_text(q, 1, &nomem);
	v->status = store_int_text(q, 2, &nomem);
	v->side = store_int_text(q, 3, &nomem);
	v->sector = store_int_text(q, 4, &nomem);
	v->excluded = sqlite3_column_int(q, 5);
	return nomem ? -1 : 0;
}

int
store_meeting_voters(struct store *st, int64_t group, int64_t org,
    struct rec_voter_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	q = org != 0 ? store_int_query(st, STMT_MEET_VOTER, "ll", group, org) :
	    store_int_query(st, STMT_MEET_VOTERS, "l", group);
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, voter_row, l)) != STORE_OK)
		rec_voter_list_free(l);
	return rc;
}
