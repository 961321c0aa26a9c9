/*
 * Meetings as typed records (rec_meeting.h).  Each record has a column
 * map in the order of its statement's SELECT (src/store/sql/meeting.sql),
 * read by the store's one filler (colmap.h) and held to its statement
 * at start-up (store_maps_check).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "colmap.h"
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

/* Lines made in core, such as an election's winners (not a statement's):
 * their clearer, each record a line alone. */
static const struct col line_cols[] = { BARE(C_TEXT, "line") };
static const struct map line_map = MAP_OF(char *, line_cols);
LIST_FREE(rec_lines_free, rec_lines, line_map)

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

/* A meeting given no end keeps "" in the store: none. */
static int
ends_read(sqlite3_stmt *q, int i, void *field)
{
	const char	*s = (const char *)sqlite3_column_text(q, i);
	int		 nomem = 0;

	*(char **)field = s != NULL && *s != '\0' ?
	    store_int_text(q, i, &nomem) : NULL;
	return nomem ? -1 : 0;
}

static void
text_clear(void *field)
{
	free(*(char **)field);
}

/* The status kept is scheduled or cancelled (core derives the others). */
static int
meeting_status_read(sqlite3_stmt *q, int i, void *field)
{
	const char *st = (const char *)sqlite3_column_text(q, i);

	*(enum meeting_status *)field = st != NULL &&
	    strcmp(st, "cancelled") == 0 ? MEETING_CANCELLED :
	    MEETING_SCHEDULED;
	return 0;
}

static const struct col_reader ends_rd = { ends_read, text_clear };
static const struct col_reader meeting_status_rd = { meeting_status_read,
    NULL };

/* STMT_MEET_GET and STMT_MEET_LIST (whose notes are NULL). */
static const struct col meeting_cols[] = {
	I(rec_meeting, id), I(rec_meeting, group_id),
	TN(rec_meeting, grp, "slug"), TN(rec_meeting, group_name, "name"),
	TN(rec_meeting, group_kind, "kind"), T(rec_meeting, day),
	T(rec_meeting, starts), R(rec_meeting, ends, ends_rd),
	T(rec_meeting, place), T(rec_meeting, link),
	R(rec_meeting, status, meeting_status_rd), T(rec_meeting, circulated),
	T(rec_meeting, notes), T(rec_meeting, notes_published),
	T(rec_meeting, notes_visibility), I(rec_meeting, chair_person_id),
	TN(rec_meeting, chair, "name"), T(rec_meeting, chair_side),
	I(rec_meeting, sequence), T(rec_meeting, created_by),
	IN(rec_meeting, chair_org, "organisation_id"),
};
static const struct map meeting_map = MAP(rec_meeting, meeting_cols);

/* STMT_ITEM_LIST and STMT_ITEM_GET */
static const struct col item_cols[] = {
	I(rec_item, id), N(rec_item, pos), T(rec_item, title),
	N(rec_item, mandatory), N(rec_item, vcse_only),
	T(rec_item, visibility), T(rec_item, requested_by),
};
static const struct map item_map = MAP(rec_item, item_cols);

/* STMT_ATT_LIST */
static const struct col attendance_cols[] = {
	I(rec_attendance, organisation_id), T(rec_attendance, attend),
	T(rec_attendance, people), N(rec_attendance, deputy_agreed),
	T(rec_attendance, organisation), T(rec_attendance, sector),
	T(rec_attendance, kind), T(rec_attendance, status),
	T(rec_attendance, side),
};
static const struct map attendance_map = MAP(rec_attendance,
    attendance_cols);

/* STMT_INTEREST_LIST */
static const struct col interest_cols[] = {
	I(rec_interest, item_id), N(rec_interest, item),
	I(rec_interest, organisation_id), T(rec_interest, organisation),
	T(rec_interest, person), T(rec_interest, nature),
	T(rec_interest, declared),
};
static const struct map interest_map = MAP(rec_interest, interest_cols);

/* STMT_ACTION_LIST */
static const struct col action_cols[] = {
	I(rec_action, id), T(rec_action, body), T(rec_action, owner),
	T(rec_action, due), T(rec_action, done), T(rec_action, raised),
};
static const struct map action_map = MAP(rec_action, action_cols);

/* STMT_MEET_STANDING */
static const struct col standing_cols[] = {
	T(rec_standing, kind), T(rec_standing, status), T(rec_standing, side),
};
static const struct map standing_map = MAP(rec_standing, standing_cols);

/* STMT_MEET_INVITEES */
static const struct col invitee_cols[] = {
	T(rec_invitee, name), T(rec_invitee, email),
};
static const struct map invitee_map = MAP(rec_invitee, invitee_cols);

/* STMT_MEET_VOTERS and STMT_MEET_VOTER */
static const struct col voter_cols[] = {
	I(rec_voter, organisation_id), T(rec_voter, kind),
	T(rec_voter, status), T(rec_voter, side), T(rec_voter, sector),
	N(rec_voter, excluded),
};
static const struct map voter_map = MAP(rec_voter, voter_cols);

/* STMT_MEET_OFFICERS: a chair or vice-chair of the group today. */
struct officer {
	char	*office;
	char	*name;
	int64_t	 org;
};
static const struct col officer_cols[] = {
	T(officer, office), T(officer, name), IN(officer, org,
	    "organisation_id"),
};
static const struct map officer_map = MAP(officer, officer_cols);

void
rec_meeting_free(struct rec_meeting *m)
{
	free(m->agenda_due);
	free(m->notes_due);
	check_flag_list_free(&m->flags);
	store_map_clear(&meeting_map, m);
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
	free(it->chaired_by);
	store_map_clear(&item_map, it);
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

LIST_FREE(rec_attendance_list_free, rec_attendance_list, attendance_map)
CLEAR(rec_interest_free, rec_interest, interest_map)
LIST_FREE(rec_interest_list_free, rec_interest_list, interest_map)
LIST_FREE(rec_action_list_free, rec_action_list, action_map)
CLEAR(rec_standing_free, rec_standing, standing_map)
LIST_FREE(rec_invitee_list_free, rec_invitee_list, invitee_map)
LIST_FREE(rec_voter_list_free, rec_voter_list, voter_map)

int
store_meeting_get(struct store *st, int64_t id, int64_t arr,
    struct rec_meeting *m, int *found)
{
	return store_map_one(store_int_query(st, STMT_MEET_GET, "ll", id, arr),
	    &meeting_map, m, found);
}

int
store_meeting_list(struct store *st, int64_t arr, int64_t group,
    struct rec_meeting_list *l)
{
	return store_map_rows(store_int_query(st, STMT_MEET_LIST, "ll", arr,
	    group), &meeting_map, &l->v, &l->n, 0);
}

int
store_item_list(struct store *st, int64_t meeting, struct rec_item_list *l)
{
	return store_map_rows(store_int_query(st, STMT_ITEM_LIST, "l",
	    meeting), &item_map, &l->v, &l->n, 0);
}

int
store_item_get(struct store *st, int64_t meeting, int pos,
    struct rec_item *it, int *found)
{
	return store_map_one(store_int_query(st, STMT_ITEM_GET, "li", meeting,
	    pos), &item_map, it, found);
}

int
store_attendance_list(struct store *st, int64_t meeting,
    struct rec_attendance_list *l)
{
	return store_map_rows(store_int_query(st, STMT_ATT_LIST, "l",
	    meeting), &attendance_map, &l->v, &l->n, 0);
}

int
store_interest_list(struct store *st, int64_t meeting,
    struct rec_interest_list *l)
{
	return store_map_rows(store_int_query(st, STMT_INTEREST_LIST, "l",
	    meeting), &interest_map, &l->v, &l->n, 0);
}

int
store_action_list(struct store *st, int64_t group, int open_only,
    struct rec_action_list *l)
{
	return store_map_rows(store_int_query(st, STMT_ACTION_LIST, "li",
	    group, open_only != 0), &action_map, &l->v, &l->n, 0);
}

int
store_meeting_standing(struct store *st, int64_t group, int64_t org,
    struct rec_standing *s, int *found)
{
	return store_map_one(store_int_query(st, STMT_MEET_STANDING, "ll",
	    group, org), &standing_map, s, found);
}

int
store_meeting_invitees(struct store *st, int64_t group,
    struct rec_invitee_list *l)
{
	return store_map_rows(store_int_query(st, STMT_MEET_INVITEES, "l",
	    group), &invitee_map, &l->v, &l->n, 0);
}

void
rec_chairs_free(struct rec_chairs *ch)
{
	free(ch->chair);
	free(ch->vice);
	memset(ch, 0, sizeof(*ch));
}

/* The first chair and the last vice-chair (by office, then id). */
int
store_meeting_chairs(struct store *st, int64_t group, struct rec_chairs *ch)
{
	struct officer	*v;
	size_t		 i, n;
	int		 rc;

	memset(ch, 0, sizeof(*ch));
	if ((rc = store_map_rows(store_int_query(st, STMT_MEET_OFFICERS, "l",
	    group), &officer_map, &v, &n, 0)) != STORE_OK)
		return rc;
	for (i = 0; i < n; i++) {
		if (v[i].office != NULL && strcmp(v[i].office, "chair") == 0) {
			if (ch->chair != NULL)
				continue;
			ch->chair = v[i].name;
			ch->chair_org = v[i].org;
		} else {
			free(ch->vice);
			ch->vice = v[i].name;
			ch->vice_org = v[i].org;
		}
		v[i].name = NULL;
	}
	store_map_list_free(&officer_map, v, n);
	return STORE_OK;
}

int
store_meeting_voters(struct store *st, int64_t group, int64_t org,
    struct rec_voter_list *l)
{
	sqlite3_stmt *q;

	q = org != 0 ? store_int_query(st, STMT_MEET_VOTER, "ll", group, org) :
	    store_int_query(st, STMT_MEET_VOTERS, "l", group);
	return store_map_rows(q, &voter_map, &l->v, &l->n, 0);
}

static const struct map_check checks[] = {
	{ STMT_MEET_GET, &meeting_map },
	{ STMT_MEET_LIST, &meeting_map },
	{ STMT_ITEM_LIST, &item_map },
	{ STMT_ITEM_GET, &item_map },
	{ STMT_ATT_LIST, &attendance_map },
	{ STMT_INTEREST_LIST, &interest_map },
	{ STMT_ACTION_LIST, &action_map },
	{ STMT_MEET_STANDING, &standing_map },
	{ STMT_MEET_INVITEES, &invitee_map },
	{ STMT_MEET_OFFICERS, &officer_map },
	{ STMT_MEET_VOTERS, &voter_map },
	{ STMT_MEET_VOTER, &voter_map },
};

const struct map_checks store_meeting_maps = MAP_CHECKS(checks);
