/*
 * Each agreement's own records, continued (core_agree.h): places and
 * remits (SA-5.3), representatives' exchanges with their members
 * (SA-D2.7, MS-board-reps), system-wide matters and the local forums'
 * timetables (SA-6.2-timetable) and seats on a group (MC-wg).  Each
 * action is one transaction with its audit entry.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_agree.h"
#include "core_int.h"
#include "rules/date.h"
#include "rules/place.h"
#include "store/rec_registry.h"

#define MAXAREAS 64

static int place_set(struct core *, const char *what, const char *ref,
    const char *place, int audit);

/* Each slug of "a, b" set to place (what "group" or "position"). */
static int
set_each(struct core *c, const char *what, const char *list,
    const char *place)
{
	char	buf[2000], *p, *next, *end;
	int	rc = CORE_OK;

	if (text_blank(list))
		return CORE_OK;
	snprintf(buf, sizeof(buf), "%s", list);
	for (p = buf; p != NULL && rc == CORE_OK; p = next) {
		if ((next = strchr(p, ',')) != NULL)
			*next++ = '\0';
		while (*p == ' ')
			p++;
		end = p + strlen(p);
		while (end > p && end[-1] == ' ')
			*--end = '\0';
		if (*p != '\0')
			rc = place_set(c, what, p, place, 0);
	}
	return rc;
}

int
core_place_add(struct core *c, const struct place_in *in, int64_t *id)
{
	const char	*areas[MAXAREAS];
	char		 buf[4000];
	int		 rc, n, i;

	if ((rc = core_int_text(c, "slug", in->slug, 1, 40)) ||
	    (rc = core_int_text(c, "name", in->name, 1, 200)) ||
	    (rc = core_int_text(c, "areas", in->areas, 1, 3000)) ||
	    (rc = core_int_text(c, "groups", in->groups, 0, 1999)) ||
	    (rc = core_int_text(c, "positions", in->positions, 0, 1999)))
		return rc;
	if ((n = rules_place_areas(in->areas, buf, sizeof(buf), areas,
	    MAXAREAS)) <= 0)
		return core_fail(c, CORE_EINVAL, "areas", "areas '%s' is not "
		    "accepted; expected the areas the place covers, each of "
		    "1 to 80 characters, separated by ';'", in->areas);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_PLACE_INSERT, "lss", c->arr, in->slug,
	    in->name);
	if ((rc = core_int_added(c, rc, "recording the place", "slug",
	    "a place '%s' exists already", in->slug)) != CORE_OK)
		return core_end(c, rc);
	*id = store_last_id(c->st);
	for (i = 0; i < n && rc == CORE_OK; i++)
		if ((rc = store_exec(c->st, STMT_PLACE_AREA_INSERT, "ls", *id,
		    areas[i])) != STORE_OK)
			rc = core_store_fail(c, rc, "recording the place");
	if (rc == CORE_OK)
		rc = set_each(c, "group", in->groups, in->slug);
	if (rc == CORE_OK)
		rc = set_each(c, "position", in->positions, in->slug);
	/* One entry for the place, its groups and its positions. */
	if (rc == CORE_OK)
		rc = core_auditf(c, "place.add", "place", *id, "{s:s, s:s, "
		    "s:s, s:s?, s:s?}", "slug", in->slug, "name", in->name,
		    "areas", in->areas, "groups", in->groups, "positions",
		    in->positions);
	return core_end(c, rc);
}

int
core_place_set(struct core *c, const char *what, const char *ref,
    const char *place)
{
	return place_set(c, what, ref, place, 1);
}

/* The group's area, or the place the position serves, is place; with
 * its own audit entry, or (audit 0) inside its place's. */
static int
place_set(struct core *c, const char *what, const char *ref,
    const char *place, int audit)
{
	struct rec_place	 pl;
	struct rec_group	 g;
	struct rec_position	 pos = { 0 };
	int64_t			 id = 0;
	int			 rc, found = 0, group;

	if (what == NULL || (strcmp(what, "group") != 0 &&
	    strcmp(what, "position") != 0))
		return core_fail(c, CORE_EINVAL, "what", "what '%s' is not "
		    "accepted; expected group or position", what ? what : "");
	group = strcmp(what, "group") == 0;
	if ((rc = core_int_text(c, "place", place, 1, 40)))
		return rc;
	memset(&g, 0, sizeof(g));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_place_get(c->st, STMT_PLACE_BY_SLUG, c->arr, place, &pl,
	    &found);
	if ((rc = core_int_found(c, rc, found, "reading the place", "place",
	    "no place '%s'; places are added with 'place add'", place)) !=
	    CORE_OK)
		goto out;
	if (group && (rc = core_int_find_group(c, ref, &g)) == CORE_OK)
		id = g.id;
	else if (!group && (rc = core_int_find_position(c, ref, "", &pos)) ==
	    CORE_OK)
		id = pos.id;
	if (rc != CORE_OK)
		goto out;
	if ((rc = store_exec(c->st, group ? STMT_GROUP_PLACE_SET :
	    STMT_POSITION_PLACE_SET, "ll", id, pl.id)) != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the place");
		goto out;
	}
	if (audit)
		rc = core_auditf(c, group ? "group.place" : "position.place",
		    what, id, "{s:s}", "place", pl.slug);
out:
	rec_place_clear(&pl);
	rec_group_clear(&g);
	rec_position_clear(&pos);
	return core_end(c, rc);
}

/* The place of key by stmt, with its areas; *found 0 when none. */
static int
place_of(struct core *c, enum stmt stmt, int64_t key, struct rec_place *p,
    struct rec_text_list *areas, int *found)
{
	int rc;

	areas->v = NULL;
	areas->n = 0;
	rc = store_place_get(c->st, stmt, key, NULL, p, found);
	if (rc == STORE_OK && *found)
		rc = store_place_areas(c->st, p->id, areas);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the places");
}

int
core_int_place_covers(struct core *c, int64_t group, const char *gname,
    int64_t position, const char *pname, const char *field)
{
	struct rec_place	gp, pp;
	struct rec_text_list	ga, pa;
	int			rc, gf = 0, pf = 0;

	memset(&gp, 0, sizeof(gp));
	memset(&pp, 0, sizeof(pp));
	memset(&ga, 0, sizeof(ga));
	memset(&pa, 0, sizeof(pa));
	if ((rc = place_of(c, STMT_GROUP_PLACE, group, &gp, &ga, &gf)) ||
	    (rc = place_of(c, STMT_POSITION_PLACE, position, &pp, &pa, &pf)))
		goto out;
	/* SA-5.3: a forum acts only within its geographic remit. */
	if (gf && pf && !rules_place_within((const char *const *)pa.v, pa.n,
	    (const char *const *)ga.v, ga.n))
		rc = core_fail(c, CORE_EINVAL, field, "%s serves %s, which is "
		    "outside %s's area (%s); a forum acts only within its "
		    "own area (SA-5.3)", pname, pp.name, gname, gp.name);
out:
	rec_place_clear(&gp);
	rec_place_clear(&pp);
	rec_text_list_free(&ga);
	rec_text_list_free(&pa);
	return rc;
}

int
core_int_place_covers_ids(struct core *c, int64_t remit, int64_t serves)
{
	struct rec_text_list	ra = { NULL, 0 }, sa = { NULL, 0 };
	int			rc;

	if (store_place_areas(c->st, remit, &ra) != STORE_OK ||
	    store_place_areas(c->st, serves, &sa) != STORE_OK)
		rc = -1;
	else
		rc = rules_place_within((const char *const *)sa.v, sa.n,
		    (const char *const *)ra.v, ra.n);
	rec_text_list_free(&ra);
	rec_text_list_free(&sa);
	if (rc < 0)
		(void)core_fail(c, CORE_EFAULT, NULL, "reading the places");
	return rc;
}

int
core_rep_exchange(struct core *c, const char *position, const char *person,
    const char *board_day, const char *direction, const char *summary,
    const char *on, int64_t *id)
{
	struct rec_position	 pos = { 0 };
	struct rec_person	 p;
	char			 day[DATE_LEN], when[DATE_LEN];
	int64_t			 board = 0;
	int			 rc;

	if (direction == NULL || (strcmp(direction, "views") != 0 &&
	    strcmp(direction, "feedback") != 0))
		return core_fail(c, CORE_EINVAL, "direction", "direction '%s' "
		    "is not accepted; expected views (sought before the board meets) "
		    "or feedback (given after)", direction ? direction : "");
	if (board_day == NULL)
		return core_fail(c, CORE_EINVAL, "board-meeting", "the day of "
		    "the board's meeting is missing; expected YYYY-MM-DD");
	if ((rc = core_int_date(c, "board-meeting", board_day, day)) ||
	    (rc = core_int_date(c, "date", on, when)) ||
	    (rc = core_int_body(c, "summary", summary, 1, 20000)))
		return rc;
	memset(&p, 0, sizeof(p));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_position(c, position, "", &pos)) != CORE_OK ||
	    (rc = core_int_find_person(c, person, &p)) != CORE_OK)
		goto out;
	if ((rc = store_exec(c->st, STMT_BOARD_MEETING_INSERT, "lsss", pos.id,
	    day, c->actor, c->now)) != STORE_OK ||
	    (rc = store_board_meeting_id(c->st, pos.id, day, &board)) != STORE_OK ||
	    (rc = store_exec(c->st, STMT_REP_EXCHANGE_INSERT, "llsssss", board,
	    p.id, direction, summary, when, c->actor, c->now)) != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the exchange");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "representative.exchange", "rep_exchange", *id,
	    "{s:s, s:s, s:s, s:s}", "position", pos.slug, "person", p.name,
	    "board_meeting", day, "direction", direction);
out:
	rec_position_clear(&pos);
	rec_person_clear(&p);
	return core_end(c, rc);
}

int
core_rep_exchanges(struct core *c, struct rec_exchange_list *l)
{
	int rc = store_exchanges(c->st, c->arr, l);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the exchanges");
}

int
core_system_matter(struct core *c, int64_t meeting, const char *subject,
    int64_t *id)
{
	struct rec_meeting	m;
	int			rc;

	if ((rc = core_int_text(c, "subject", subject, 1, 300)))
		return rc;
	memset(&m, 0, sizeof(m));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
		goto out;
	if ((rc = store_exec(c->st, STMT_SYSTEM_MATTER_INSERT, "lsss",
	    meeting, subject, c->actor, c->now)) != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the matter");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "meeting.system_matter", "meeting", meeting,
	    "{s:s}", "subject", subject);
out:
	rec_meeting_free(&m);
	return core_end(c, rc);
}

int
core_timetable(struct core *c, int year, struct rec_timetable_list *l)
{
	char	y[8];
	int	rc;

	if (year < 1900 || year > 9999)
		return core_fail(c, CORE_EINVAL, "year", "year %d is not "
		    "accepted; expected a year such as 2026", year);
	snprintf(y, sizeof(y), "%d", year);
	rc = store_timetable(c->st, c->arr, y, l);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the timetable");
}

int
core_seat_add(struct core *c, const char *group, const char *person,
    const char *seat, const char *since, int64_t *id)
{
	struct rec_group	g;
	struct rec_person	p;
	char			from[DATE_LEN];
	int			rc;

	if ((rc = core_int_text(c, "seat", seat, 1, 200)) ||
	    (rc = core_int_date(c, "since", since, from)))
		return rc;
	memset(&g, 0, sizeof(g));
	memset(&p, 0, sizeof(p));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK ||
	    (rc = core_int_find_person(c, person, &p)) != CORE_OK)
		goto out;
	if ((rc = store_exec(c->st, STMT_SEAT_INSERT, "llssss", g.id, p.id,
	    seat, from, c->actor, c->now)) != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the seat");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "group.seat", "group", g.id, "{s:s, s:s, s:s}",
	    "person", p.name, "seat", seat, "since", from);
out:
	rec_group_clear(&g);
	rec_person_clear(&p);
	return core_end(c, rc);
}
