/*
 * Compliance: every rule of the constitution that is not being met on a
 * date, each with its rule id and the fact that breaks it, as typed
 * flags (core_check.h) for a viewer.  Read only.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "check_int.h"
#include "core_agree.h"
#include "own.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "store/rec_check.h"
#include "store/store.h"
#include "store/store_int.h"

#define MAXMEET 512

void
core_int_flag(struct flags *out, enum check_about about, const char *rule,
    const char *group, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	if (check_flag_vadd(&out->l, about, rule, group, fmt, ap) != 0)
		out->nomem = 1;
	va_end(ap);
}

int
core_check_sees(const struct viewer *v, int chairs, enum check_about about)
{
	if (viewer_is_officer(v) || chairs)
		return 1;
	return viewer_is_member(v) && about == CHECK_ABOUT_ARRANGEMENT;
}

/* Meeting pace (SA-6.2, SC-quarterly, MC-meet, MC-mou). */
static void
check_pace(struct core *c, const struct rec_group *g,
    const struct rec_meeting_list *meets, int today, struct flags *out)
{
	struct pace_report	 pr;
	const struct rec_meeting *m;
	int			 days[MAXMEET], since = 0;
	size_t			 i, n = 0;
	char			 a[DATE_LEN], b[DATE_LEN];

	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (n < MAXMEET && m->group_id == g->id &&
		    m->status != MEETING_CANCELLED)
			date_parse(m->day, &days[n++]);
	}
	if (g->recognised != NULL)
		date_parse(g->recognised, &since);
	if ((int)g->kind < 0 || !rules_pace(&c->cons, g->kind, days, n, since,
	    today, &pr))
		return;
	if (pr.behind)
		core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rules_id(&c->cons,
		    DUTY_PACE, g->kind), g->slug, "%d meeting(s) held this "
		    "year; the pace of %d a year asks for %d by now", pr.held,
		    pr.min_per_year, pr.expected);
	if (pr.gap_exceeded) {
		date_format(pr.gap_from, a);
		date_format(pr.gap_to, b);
		core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rules_id(&c->cons,
		    DUTY_GAP, g->kind), g->slug, "%d days between meetings "
		    "(%s to %s%s); at most %d allowed", pr.gap, a, b,
		    pr.gap_open ? ", nothing since" : "", pr.max_gap);
	}
}

/*
 * SA-6.3: who came for each member, meeting by meeting: a change of
 * its senior representative is flagged (a deputy is not a change).
 */
static void
check_same_rep(struct core *c, const struct rec_group *g,
    const struct rec_membership *mb, const struct rec_att_row_list *att,
    struct flags *out)
{
	const struct rec_att_row *a;
	const char		*rule, *last = NULL;
	size_t			 j;

	rule = rules_id(&c->cons, DUTY_SAME_REP, g->kind);
	if (rule == NULL)
		return;
	for (j = 0; j < att->n; j++) {
		a = &att->v[j];
		if (a->org_id != mb->org_id || rules_attend_parse(a->kind) !=
		    AT_PRESENT || a->people == NULL)
			continue;
		if (last != NULL && rules_representative_changed(last,
		    a->people))
			core_int_flag(out, CHECK_ABOUT_PERSON, rule, g->slug,
			    "%s sent %s to the meeting of %s, not %s as before",
			    mb->organisation, a->people, a->day, last);
		last = a->people;
	}
}

/* The attendance kind of org at meeting, absent when none is recorded. */
static enum attend
attended(const struct rec_att_row_list *att, int64_t meeting, int64_t org)
{
	enum attend	 at = AT_ABSENT;
	size_t		 j;

	for (j = 0; j < att->n; j++)
		if (att->v[j].meeting_id == meeting && att->v[j].org_id == org)
			at = rules_attend_parse(att->v[j].kind);
	return at;
}

/* Absences without apology in a row (SA-6.3, MC-absence), counted
 * from when the member joined. */
static void
check_absence(struct core *c, const struct rec_group *g,
    const struct rec_membership_list *members,
    const struct rec_att_row_list *att, struct flags *out)
{
	const struct rec_membership *mb;
	enum attend	 seq[MAXMEET];
	int64_t		 meetings[MAXMEET], last = 0;
	int		 days[MAXMEET];
	size_t		 i, k, nm = 0, n;
	const char	*rule;
	int		 run, joined;

	for (i = 0; i < members->n; i++)
		check_same_rep(c, g, &members->v[i], att, out);
	rule = rules_id(&c->cons, DUTY_ABSENCE, g->kind);
	if (rule == NULL)
		return;
	/* Meetings where attendance was taken, in order. */
	for (i = 0; i < att->n; i++)
		if (att->v[i].meeting_id != last && nm < MAXMEET) {
			meetings[nm] = last = att->v[i].meeting_id;
			if (date_parse(att->v[i].day, &days[nm]) != 0)
				days[nm] = 0;
			nm++;
		}
	for (i = 0; i < members->n; i++) {
		mb = &members->v[i];
		if (mb->status != MS_ACTIVE && mb->status != MS_UNDER_NOTICE)
			continue;
		n = 0;
		for (k = 0; k < nm; k++)
			seq[n++] = attended(att, meetings[k], mb->org_id);
		/* SA-6.3: only meetings since it joined count. */
		if (mb->since == NULL || date_parse(mb->since, &joined) != 0)
			joined = 0;
		if (rules_absence_flag_since(&c->cons, seq, days, n, joined,
		    &run))
			core_int_flag(out, CHECK_ABOUT_MEMBER, rule, g->slug,
			    "%s: absent without apology from the last %d "
			    "meeting(s)", mb->organisation, run);
	}
}

/* SA-E1: a meeting chaired by one not from an active full member.
 * CORE_OK, or a storage fault (never silent: the report would be
 * short of this meeting's flags). */
static int
check_meeting_chair(struct core *c, const struct rec_group *g,
    const struct rec_meeting *m, struct flags *out)
{
	struct rec_person	 p;
	struct rec_membership	 mb;
	const char		*rule;
	int			 rc, found = 0;

	rule = rules_id(&c->cons, DUTY_MEETING_CHAIR, g->kind);
	if (rule == NULL || m->chair_person_id == 0 ||
	    !constitution_bool(&c->cons, "chair.full_member_only"))
		return CORE_OK;
	memset(&mb, 0, sizeof(mb));
	if ((rc = store_person_by_id(c->st, m->chair_person_id, &p,
	    &found)) != STORE_OK)
		return core_store_fail(c, rc, "reading who chaired");
	if (found && p.org_id != 0 && (rc = store_memb_get(c->st, g->id,
	    p.org_id, &mb, &found)) != STORE_OK) {
		rec_person_clear(&p);
		return core_store_fail(c, rc, "reading who chaired");
	}
	if (!found || p.org_id == 0 || !rules_may_hold_office(mb.kind,
	    mb.status))
		core_int_flag(out, CHECK_ABOUT_PERSON, rule, g->slug, "meeting "
		    "%lld of %s was chaired by %s, who is not from an active "
		    "full member", (long long)m->id, m->day, m->chair);
	rec_membership_clear(&mb);
	rec_person_clear(&p);
	return CORE_OK;
}

/*
 * The meetings' own flags, late agendas and notes under the
 * arrangement's own ids (SA-10.2, SA-10.3), and where chairing
 * alternates, a side chairing twice in a row (MC-mou).
 */
static int
check_meetings(struct core *c, const struct rec_group *g,
    const struct rec_meeting_list *meets, struct flags *out)
{
	const struct rec_meeting *m;
	const struct check_flag *f;
	const char	*last = NULL, *rule;
	char		 why[300];
	size_t		 i, j;
	int		 rc;

	rule = rules_id(&c->cons, DUTY_CHAIR_ALTERNATES, g->kind);
	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (m->group_id != g->id)
			continue;
		for (j = 0; j < m->flags.n; j++) {
			f = &m->flags.v[j];
			core_int_flag(out, f->about, f->rule, g->slug,
			    "meeting %lld of %s: %s", (long long)m->id, m->day,
			    f->fact);
		}
		if (m->status == MEETING_CANCELLED)
			continue;
		if ((rc = check_meeting_chair(c, g, m, out)) != CORE_OK)
			return rc;
		if (m->chair_side == NULL)
			continue;
		if (rule != NULL && (int)g->kind >= 0 && last != NULL &&
		    rules_mou_chair_alternates(&c->cons, g->kind, last,
		    m->chair_side, why, sizeof(why)) != 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule,
			    g->slug, "meeting %lld of %s was chaired by the %s "
			    "side again", (long long)m->id, m->day, last);
		last = m->chair_side;
	}
	return CORE_OK;
}

/* An interim chair's flag (SA-7.1, SA-7.2): how its group selects. */
static void
interim_chair(struct core *c, const struct rec_group *g,
    const struct rec_office *f, const char *how, const char *rule,
    const char *todays, struct flags *out)
{
	char	due[DATE_LEN] = "";
	int	rec, dueday;

	/* SA-7.1: a forum that elects its chair does so within 6 months
	 * of recognition, an interim chair until then; SA-7.2: other
	 * groups select theirs at a meeting. */
	if (how != NULL && strcmp(how, "online-poll") == 0 &&
	    g->recognised != NULL && date_parse(g->recognised, &rec) == 0 &&
	    rules_first_election_due(&c->cons, rec, &dueday) == 0)
		date_format(dueday, due);
	if (how != NULL && strcmp(how, "first-meeting") == 0)
		core_int_flag(out, CHECK_ABOUT_PERSON, rule, g->slug, "the "
		    "chair (%s) is interim; the group selects its own chair",
		    f->person);
	else
		core_int_flag(out, CHECK_ABOUT_PERSON, rule, g->slug, "the "
		    "chair (%s) is interim; %s%s", f->person, due[0] == '\0' ?
		    "an election is due" : strcmp(due, todays) < 0 ?
		    "the first election was due by " :
		    "the first election is due by ", due);
}

/*
 * A group's chair (SA-7.1, SA-7.2, MC-chair): there is one, its term
 * has not ended, and an interim chair's first election is held in
 * time.  Silent where the arrangement's agreement gives the group no
 * chair of its own (the MoU Working Group's chairing alternates; the
 * Compact, Framework and PACT state none).
 */
static void
check_chair(struct core *c, const struct rec_group *g,
    const struct rec_office_list *offices, int today, struct flags *out)
{
	const struct rec_office	*f;
	const char	*rule, *how;
	char		 todays[DATE_LEN];
	size_t		 i;
	int		 chair = 0;

	rule = rules_id(&c->cons, DUTY_CHAIR, g->kind);
	if (rule == NULL)
		return;
	how = (int)g->kind >= 0 ? constitution_kind_text(&c->cons,
	    "chair.selection", g->kind) : NULL;
	date_format(today, todays);
	for (i = 0; i < offices->n; i++) {
		f = &offices->v[i];
		if (strcmp(f->office, "chair") == 0)
			chair = 1;
		/* A term that has ended; one ending soon is a reminder
		 * (remind), not a breach. */
		if (f->term_end == NULL || !constitution_states(&c->cons,
		    "chair.term_years") || strcmp(f->term_end, todays) >= 0)
			continue;
		core_int_flag(out, CHECK_ABOUT_PERSON, rule, g->slug, "the "
		    "%s's term (%s) ended on %s; %s is due", f->office,
		    f->person, f->term_end, how != NULL && strcmp(how,
		    "first-meeting") == 0 ? "a new selection" : "an election");
	}
	if (!chair) {
		core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, g->slug,
		    "the group has no chair");
		return;
	}
	for (i = 0; i < offices->n; i++)
		if (strcmp(offices->v[i].office, "chair") == 0 &&
		    offices->v[i].interim)
			interim_chair(c, g, &offices->v[i], how, rule, todays,
			    out);
}

/* Members suspended or under notice (SA-13.2, SA-14.1). */
static void
check_status(struct core *c, const struct rec_group *g,
    const struct rec_membership_list *members, struct flags *out)
{
	const struct rec_membership *m;
	const char	*rule;
	size_t		 i;

	for (i = 0; i < members->n; i++) {
		m = &members->v[i];
		if (m->status == MS_SUSPENDED && (rule = rules_id(&c->cons,
		    DUTY_SUSPENSION, g->kind)))
			core_int_flag(out, CHECK_ABOUT_MEMBER, rule, g->slug,
			    "%s is suspended", m->organisation);
		else if (m->status == MS_UNDER_NOTICE && (rule = rules_id(
		    &c->cons, DUTY_NOTICE, g->kind)))
			core_int_flag(out, CHECK_ABOUT_MEMBER, rule, g->slug,
			    "%s is under notice until %s", m->organisation,
			    m->status_until != NULL ? m->status_until :
			    "(null)");
	}
}

/* MC-diversity and MC-size: the Leaders Group's make-up. */
static int
check_makeup(struct core *c, const struct rec_group *g,
    const struct rec_membership_list *members, struct flags *out)
{
	const char		*aims[32];
	struct rec_lines	 cov = { NULL, 0 };
	size_t			 na, i, k, active = 0;
	int			 met, lo, hi, rc;

	if (g->kind != GK_LEADERS)
		return CORE_OK;
	na = constitution_list(&c->cons, "membership.coverage", aims, 32);
	if (na > 0 && (rc = store_cover_aims(c->st, c->arr, g->id, &cov)) !=
	    STORE_OK)
		return core_store_fail(c, rc, "reading the members' coverage");
	for (k = 0; k < na && k < 32; k++) {
		met = 0;
		for (i = 0; i < cov.n; i++)
			if (strcmp(cov.v[i], aims[k]) == 0)
				met = 1;
		if (!met)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT,
			    "MC-diversity", g->slug, "no member covers \"%s\"",
			    aims[k]);
	}
	rec_lines_free(&cov);
	for (i = 0; i < members->n; i++)
		if (members->v[i].status == MS_ACTIVE)
			active++;
	lo = constitution_int(&c->cons, "membership.size_min");
	hi = constitution_int(&c->cons, "membership.size_max");
	if ((lo > 0 || hi > 0) && ((int)active < lo || (hi > 0 &&
	    (int)active > hi)))
		core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, "MC-size", g->slug,
		    "%zu active members; %d to %d are expected", active, lo,
		    hi);
	return CORE_OK;
}

/* A group's flags; CORE_OK, or the storage fault that stopped them
 * (the report is refused rather than shortened). */
static int
check_group(struct core *c, const struct rec_group *g,
    const struct rec_meeting_list *meets, int today, struct flags *out)
{
	struct rec_membership_list	 members = { NULL, 0 };
	struct rec_att_row_list		 att = { NULL, 0 };
	struct rec_office_list		 offices = { NULL, 0 };
	char				 todays[DATE_LEN];
	int				 rc;

	date_format(today, todays);
	if ((rc = store_memb_list_group(c->st, g->id, &members)) !=
	    STORE_OK ||
	    (rc = store_att_group(c->st, g->id, todays, &att)) != STORE_OK ||
	    (rc = store_office_current(c->st, g->id, &offices)) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the group's members");
		goto out;
	}
	check_pace(c, g, meets, today, out);
	if ((rc = check_meetings(c, g, meets, out)) != CORE_OK)
		goto out;
	check_absence(c, g, &members, &att, out);
	check_chair(c, g, &offices, today, out);
	check_status(c, g, &members, out);
	if ((rc = check_makeup(c, g, &members, out)) == CORE_OK)
		rc = core_int_check_group_own(c, g, meets, today, out);
out:
	rec_membership_list_free(&members);
	rec_att_row_list_free(&att);
	rec_office_list_free(&offices);
	return rc;
}

/* Positions (SA-9.3 vacancies, SA-D2.4 sole, SA-D2.5 deputies). */
static int
check_positions(struct core *c, const struct rec_group *only,
    struct flags *out)
{
	struct rec_position_list	 pos = { NULL, 0 };
	const struct rec_position	*p;
	const char	*vacant, *sole, *deputy;
	size_t		 i, reps;
	int		 rc;

	vacant = rules_id(&c->cons, DUTY_VACANCY, -1);
	sole = constitution_bool(&c->cons, "representatives.flag_sole") ?
	    rules_id(&c->cons, DUTY_SOLE_REP, -1) : NULL;
	deputy = constitution_bool(&c->cons,
	    "representatives.expect_deputies") ?
	    rules_id(&c->cons, DUTY_DEPUTIES, -1) : NULL;
	if (vacant == NULL && sole == NULL && deputy == NULL)
		return CORE_OK;
	if ((rc = core_register_positions(c, &viewer_system, &pos)) !=
	    CORE_OK)
		return rc;
	for (i = 0; i < pos.n; i++) {
		p = &pos.v[i].p;
		if (only != NULL && (p->electing_group == NULL ||
		    strcmp(p->electing_group, only->name) != 0))
			continue;
		reps = pos.v[i].reps.n;
		if (reps == 0) {
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, vacant,
			    NULL, "%s (%s) is vacant", p->name, p->section);
			continue;
		}
		if (reps == 1)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, sole, NULL,
			    "%s has a sole representative", p->name);
		if (pos.v[i].deps.n == 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, deputy,
			    NULL, "%s has no named deputy", p->name);
	}
	rec_position_list_free(&pos);
	return CORE_OK;
}

/* Every group's flags, or only's. */
static int
check_groups(struct core *c, const struct rec_group *only,
    const struct rec_meeting_list *meets, int today, struct flags *out)
{
	struct rec_group_list	 groups = { NULL, 0 };
	struct rec_group	 g;
	size_t			 i;
	int			 rc;

	if (only != NULL)
		return check_group(c, only, meets, today, out);
	if ((rc = store_group_list(c->st, c->arr, &groups)) != STORE_OK)
		return core_store_fail(c, rc, "listing groups");
	for (i = 0; i < groups.n && rc == CORE_OK; i++) {
		/* The list lacks what a group's own row has (recognised). */
		if ((rc = core_int_find_group(c, groups.v[i].slug, &g)) !=
		    CORE_OK)
			break;
		rc = check_group(c, &g, meets, today, out);
		rec_group_clear(&g);
	}
	rec_group_list_free(&groups);
	return rc;
}

/* Keeps the flags v may read, in order; the others are freed. */
static void
check_for(const struct viewer *v, int chairs, struct check_flag_list *l)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++) {
		if (core_check_sees(v, chairs, l->v[i].about)) {
			l->v[n++] = l->v[i];
			continue;
		}
		free(l->v[i].rule);
		free(l->v[i].group);
		free(l->v[i].fact);
	}
	l->n = n;
}

/* The flags of date on, with c->cons and c->today set to that day. */
static int
check_on(struct core *c, const struct rec_group *only, const char *on,
    struct flags *out)
{
	struct rec_meeting_list	 meets = { NULL, 0 };
	int			 rc, days;

	date_parse(on, &days);
	if ((rc = core_meeting_list(c, NULL, &meets)) == CORE_OK)
		rc = check_groups(c, only, &meets, days, out);
	if (rc == CORE_OK)
		rc = check_positions(c, only, out);
	if (rc == CORE_OK && only == NULL)
		rc = core_int_check_own(c, days, out);
	if (rc == CORE_OK && only == NULL)
		rc = core_int_check_agree(c, &meets, days, out);
	rec_meeting_list_free(&meets);
	if (rc == CORE_OK && out->nomem)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	return rc;
}

int
core_check(struct core *c, const struct viewer *v, const char *group,
    const char *date, struct check_flag_list *out)
{
	struct constitution	 saved;
	struct rec_group	 only;
	struct flags		 fl;
	char			 on[DATE_LEN], today[DATE_LEN];
	int			 rc, chairs = 0;

	memset(out, 0, sizeof(*out));
	memset(&fl, 0, sizeof(fl));
	memset(&only, 0, sizeof(only));
	if (!viewer_is_member(v))
		return core_fail(c, CORE_EPERM, NULL, "The compliance report "
		    "is for members and officers.");
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	if (group != NULL) {
		if ((rc = core_int_find_group(c, group, &only)) != CORE_OK)
			return rc;
		chairs = core_viewer_chairs(c, v, only.id);
	}
	/* Judge by the rules and the facts of that date. */
	saved = c->cons;
	memset(&c->cons, 0, sizeof(c->cons));
	if ((rc = core_int_constitution_at(c, on, &c->cons)) != CORE_OK) {
		c->cons = saved;
		rec_group_clear(&only);
		return rc;
	}
	snprintf(today, sizeof(today), "%s", c->today);
	snprintf(c->today, sizeof(c->today), "%s", on);
	rc = check_on(c, group != NULL ? &only : NULL, on, &fl);
	snprintf(c->today, sizeof(c->today), "%s", today);
	constitution_free(&c->cons);
	c->cons = saved;
	rec_group_clear(&only);
	if (rc != CORE_OK) {
		check_flag_list_free(&fl.l);
		return rc;
	}
	check_for(v, chairs, &fl.l);
	*out = fl.l;
	return CORE_OK;
}

/* A copy of the flags of from v may read (chairs: 0) into out. */
static int
copy_for(struct core *c, const struct viewer *v,
    const struct check_flag_list *from, struct check_flag_list *out)
{
	struct check_flag	*f;
	size_t			 i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < from->n; i++) {
		if (!core_check_sees(v, 0, from->v[i].about))
			continue;
		if ((f = store_int_grow((void **)&out->v, &out->n,
		    sizeof(*f))) == NULL)
			goto nomem;
		f->about = from->v[i].about;
		f->rule = strdup(from->v[i].rule);
		f->fact = strdup(from->v[i].fact);
		f->group = from->v[i].group != NULL ?
		    strdup(from->v[i].group) : NULL;
		if (f->rule == NULL || f->fact == NULL ||
		    (from->v[i].group != NULL && f->group == NULL))
			goto nomem;
	}
	return CORE_OK;
nomem:
	check_flag_list_free(out);
	return core_fail(c, CORE_EFAULT, NULL, "out of memory");
}

void
core_check_forget(struct core *c)
{
	if (c->check_memo != NULL)
		check_flag_list_free(c->check_memo);
	free(c->check_memo);
	c->check_memo = NULL;
}

int
core_check_today(struct core *c, const struct viewer *v,
    struct check_flag_list *out)
{
	struct check_flag_list	*all;
	uint64_t		 ver = 0, after = 0;
	int			 rc;

	memset(out, 0, sizeof(*out));
	if (!viewer_is_member(v))
		return core_fail(c, CORE_EPERM, NULL, "The compliance report "
		    "is for members and officers.");
	if (store_version(c->st, &ver) != STORE_OK)
		ver = 0;
	if (c->check_memo != NULL && ver != 0 && ver == c->check_version &&
	    strcmp(c->check_today, c->today) == 0)
		return copy_for(c, v, c->check_memo, out);
	if ((all = calloc(1, sizeof(*all))) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	/* Every flag is kept; each viewer is given those it may read. */
	if ((rc = core_check(c, &viewer_system, NULL, NULL, all)) != CORE_OK ||
	    (rc = copy_for(c, v, all, out)) != CORE_OK) {
		check_flag_list_free(all);
		free(all);
		return rc;
	}
	core_check_forget(c);
	/* Kept only when nothing changed meanwhile, outside a change. */
	if (ver != 0 && c->depth == 0 && store_version(c->st, &after) ==
	    STORE_OK && after == ver) {
		c->check_memo = all;
		c->check_version = ver;
		snprintf(c->check_today, sizeof(c->check_today), "%s",
		    c->today);
	} else {
		check_flag_list_free(all);
		free(all);
	}
	return CORE_OK;
}
