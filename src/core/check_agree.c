/*
 * Compliance, continued (core_agree.h): the flags of SA-5.3 (a forum
 * acts within its place), SA-D2.7 and MS-board-reps (representatives
 * feed back from the board), SA-6.2-timetable (a system-wide matter
 * and the other local forums' meetings that month) and MC-wg (the MoU
 * Working Group's make-up and reporting lines), each under the
 * arrangement's own id (rules_id) or none.  Typed records only; read
 * only; called by core_check with the date's constitution in c->cons.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "check_int.h"
#include "core_agree.h"
#include "core_int.h"
#include "rules/date.h"
#include "rules/ruleid.h"
#include "store/rec_meeting.h"
#include "store/rec_registry.h"

#define MAXLINES 16

/* SA-5.3: a position's electing forum has it in its remit; a local
 * forum's remit is a place. */
static int
check_remits(struct core *c, struct flags *s)
{
	struct rec_place_elector_list	 el = { NULL, 0 };
	struct rec_text_list		 none = { NULL, 0 };
	const char			*rule;
	size_t				 i;
	int				 rc;

	if ((rule = rules_id(&c->cons, DUTY_REMIT, -1)) == NULL)
		return CORE_OK;
	if ((rc = store_forum_no_place(c->st, c->arr, &none)) != STORE_OK)
		return core_store_fail(c, rc, "reading the places");
	for (i = 0; i < none.n; i++) {
		core_int_flag(s, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
		    "%s has no place recorded as its "
		    "area", none.v[i]);
	}
	rec_text_list_free(&none);
	if ((rc = store_place_electors(c->st, c->arr, &el)) != STORE_OK)
		return core_store_fail(c, rc, "reading the places");
	for (i = 0; i < el.n; i++) {
		if (el.v[i].remit == 0 || el.v[i].remit == el.v[i].serves ||
		    (rc = core_int_place_covers_ids(c, el.v[i].remit,
		    el.v[i].serves)) == 1)
			continue;
		if (rc < 0) {
			rec_place_elector_list_free(&el);
			return CORE_EFAULT;
		}
		core_int_flag(s, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
		    "%s serves %s, outside the area of "
		    "%s (%s), which elects it", el.v[i].position,
		    el.v[i].serves_name, el.v[i].grp, el.v[i].remit_name);
	}
	rec_place_elector_list_free(&el);
	return CORE_OK;
}

/* SA-D2.7, MS-board-reps: a representative feeds back from each of the
 * board's meetings; so many without feedback is flagged. */
static int
check_feedback(struct core *c, int today, struct flags *s)
{
	struct rec_feedback_due_list	 l = { NULL, 0 };
	const char	*rule;
	char		 day[DATE_LEN];
	size_t		 i, j;
	int		 rc, missed, limit;

	if ((rule = rules_id(&c->cons, DUTY_REP_FEEDBACK, -1)) == NULL &&
	    (rule = rules_id(&c->cons, DUTY_BOARD_REPS, -1)) == NULL)
		return CORE_OK;
	if ((limit = constitution_int(&c->cons,
	    "representatives.feedback_missed_flag")) <= 0)
		return CORE_OK;
	date_format(today, day);
	if ((rc = store_feedback_due(c->st, c->arr, day, &l)) != STORE_OK)
		return core_store_fail(c, rc, "reading the representatives' "
		    "feedback");
	for (i = 0; i < l.n; i = j) {
		missed = 0;
		for (j = i; j < l.n && l.v[j].appointment ==
		    l.v[i].appointment; j++)
			if (!l.v[j].fed_back)
				missed++;
		if (missed < limit)
			continue;
		/* It names the representative. */
		core_int_flag(s, CHECK_ABOUT_PERSON, rule, NULL,
		    "%s (%s) has recorded no feedback "
		    "from %d of the board's meetings, the last on %s",
		    l.v[i].person, l.v[i].position, missed, l.v[j - 1].day);
	}
	rec_feedback_due_list_free(&l);
	return CORE_OK;
}

/* SA-6.2-timetable: a system-wide matter one local forum discussed,
 * and each other local forum with no meeting in that month. */
static int
check_timetable(struct core *c, int today, struct flags *s)
{
	struct rec_timetable_gap_list	 l = { NULL, 0 };
	const char	*rule;
	char		 day[DATE_LEN];
	size_t		 i;
	int		 rc;

	if ((rule = rules_id(&c->cons, DUTY_TIMETABLE, GK_LOCAL_FORUM)) ==
	    NULL)
		return CORE_OK;
	date_format(today, day);
	if ((rc = store_timetable_gaps(c->st, c->arr, day, &l)) != STORE_OK)
		return core_store_fail(c, rc, "reading the timetables");
	for (i = 0; i < l.n; i++) {
		core_int_flag(s, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
		    "%s discussed the system-wide "
		    "matter \"%s\" on %s; %s has no meeting that month",
		    l.v[i].raised_by, l.v[i].subject, l.v[i].day,
		    l.v[i].other);
	}
	rec_timetable_gap_list_free(&l);
	return CORE_OK;
}

/* MC-wg: the make-up a group of the kind has, on the day. */
static void
check_makeup(struct core *c, const struct rec_group *g,
    const struct rec_seat_list *seats, const char *rule,
    struct flags *s)
{
	const char	*kind = group_kind_names[g->kind];
	const char	*named[MAXLINES];
	char		 key[96];
	size_t		 i, k, n;
	int		 want, from = 0, chair = 0, found;

	snprintf(key, sizeof(key), "makeup.from_parent.%s", kind);
	want = constitution_int(&c->cons, key);
	for (i = 0; i < seats->n; i++) {
		if (strcasecmp(seats->v[i].seat, "member") == 0 &&
		    seats->v[i].parent_member)
			from++;
		if (seats->v[i].parent_chair)
			chair = 1;
	}
	if (want > 0 && from < want) {
		core_int_flag(s, CHECK_ABOUT_ARRANGEMENT, rule, g->slug,
		    "%d of the %d members it draws "
		    "from its parent group sit on it", from, want);
	}
	snprintf(key, sizeof(key), "makeup.parent_chair.%s", kind);
	if (constitution_bool(&c->cons, key) && !chair)
		core_int_flag(s, CHECK_ABOUT_ARRANGEMENT, rule, g->slug,
		    "the parent group's chair does not sit on it");
	snprintf(key, sizeof(key), "makeup.seats.%s", kind);
	n = constitution_list(&c->cons, key, named, MAXLINES);
	for (k = 0; k < n && k < MAXLINES; k++) {
		for (i = 0, found = 0; i < seats->n && !found; i++)
			found = strcasecmp(seats->v[i].seat, named[k]) == 0;
		if (!found) {
			core_int_flag(s, CHECK_ABOUT_ARRANGEMENT, rule, g->slug,
			    "no one sits as %s",
			    named[k]);
		}
	}
}

/* MC-wg: a group that met in the year before today reported along
 * each of its reporting lines in that year. */
static int
check_lines(struct core *c, const struct rec_group *g,
    const struct rec_meeting_list *meets, int today, const char *rule,
    struct flags *s)
{
	const char	*lines[MAXLINES];
	char		 key[96], from[DATE_LEN], to[DATE_LEN];
	size_t		 i, n;
	int64_t		 k;
	int		 rc, d, met = 0;

	for (i = 0; i < meets->n; i++)
		if (meets->v[i].group_id == g->id &&
		    meets->v[i].status != MEETING_CANCELLED &&
		    date_parse(meets->v[i].day, &d) == 0 && d <= today &&
		    d > today - 365)
			met = 1;
	snprintf(key, sizeof(key), "makeup.reports_to.%s",
	    group_kind_names[g->kind]);
	n = constitution_list(&c->cons, key, lines, MAXLINES);
	if (!met || n == 0)
		return CORE_OK;
	date_format(today - 364, from);
	date_format(today, to);
	for (i = 0; i < n && i < MAXLINES; i++) {
		if ((rc = store_reports_along(c->st, g->id, lines[i], from, to,
		    &k)) != STORE_OK)
			return core_store_fail(c, rc, "reading the reports");
		if (k > 0)
			continue;
		core_int_flag(s, CHECK_ABOUT_ARRANGEMENT, rule, g->slug,
		    "it met in the year to %s but "
		    "recorded no report to %s", to, lines[i]);
	}
	return CORE_OK;
}

static int
check_groups(struct core *c, const struct rec_meeting_list *meets,
    int today, struct flags *s)
{
	struct rec_group_list	 gl = { NULL, 0 };
	struct rec_seat_list	 seats = { NULL, 0 };
	const char		*rule;
	char			 day[DATE_LEN];
	size_t			 i;
	int			 rc;

	if ((rc = store_group_list(c->st, c->arr, &gl)) != STORE_OK)
		return core_store_fail(c, rc, "reading the groups");
	date_format(today, day);
	for (i = 0, rc = CORE_OK; i < gl.n && rc == CORE_OK; i++) {
		if ((rule = rules_id(&c->cons, DUTY_WG_MAKEUP,
		    gl.v[i].kind)) == NULL)
			continue;
		if ((rc = store_seats_on(c->st, gl.v[i].id, day, &seats)) !=
		    STORE_OK) {
			rc = core_store_fail(c, rc, "reading the seats");
			break;
		}
		check_makeup(c, &gl.v[i], &seats, rule, s);
		rec_seat_list_free(&seats);
		rc = check_lines(c, &gl.v[i], meets, today, rule, s);
	}
	rec_group_list_free(&gl);
	return rc;
}

int
core_int_check_agree(struct core *c, const struct rec_meeting_list *meets,
    int today, struct flags *s)
{
	int rc;

	if ((rc = check_remits(c, s)) != CORE_OK ||
	    (rc = check_feedback(c, today, s)) != CORE_OK ||
	    (rc = check_timetable(c, today, s)) != CORE_OK)
		return rc;
	return check_groups(c, meets, today, s);
}
