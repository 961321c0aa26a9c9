/*
 * Compliance, continued (issue 16): the flags of rules whose facts are
 * kept by own.h's records, each under the arrangement's own id
 * (rules_id) or none.  Read only; called by core_check with the
 * constitution of the date being judged in c->cons.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"
#include "core_int.h"
#include "check_int.h"
#include "own.h"
#include "viewer.h"
#include "rules/date.h"
#include "rules/forum.h"
#include "rules/ruleid.h"
#include "store/rec_check.h"
#include "store/rec_registry.h"
#include "store/store.h"

#define MAXTERMS 64
#define MAXSESSIONS 256

/* A date's day number, or -1 when there is none. */
static int
day_of(const char *s)
{
	int d;

	return s != NULL && date_parse(s, &d) == 0 ? d : -1;
}

/*
 * SA-7.2: a group whose members select its chair at its first meeting
 * has one by the end of that day.
 */
static int
check_first_meeting(struct core *c, const struct rec_group *g,
    const struct rec_meeting_list *meets, int today, struct flags *out)
{
	struct chair_term		 t[MAXTERMS];
	struct rec_office_term_list	 offs = { NULL, 0 };
	const struct rec_meeting	*m;
	const struct rec_office_term	*f;
	const char			*rule, *first = NULL;
	size_t				 i, n = 0;
	int				 end, rc;

	if ((rule = rules_id(&c->cons, DUTY_FIRST_MEETING_CHAIR, g->kind)) ==
	    NULL)
		return CORE_OK;
	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (m->group_id == g->id && m->status != MEETING_CANCELLED &&
		    day_of(m->day) <= today && (first == NULL ||
		    strcmp(m->day, first) < 0))
			first = m->day;
	}
	if (first == NULL)
		return CORE_OK;
	if ((rc = store_office_history(c->st, g->id, &offs)) != STORE_OK)
		return core_store_fail(c, rc, "reading the group's chairs");
	for (i = 0; i < offs.n; i++) {
		f = &offs.v[i];
		if (strcmp(f->office, "chair") != 0 || n == MAXTERMS)
			continue;
		t[n].start = day_of(f->term_start);
		t[n].end = day_of(f->term_end);
		/* Ended early: the day it ended is its last. */
		end = day_of(f->ended);
		if (end >= 0 && (t[n].end < 0 || end < t[n].end))
			t[n].end = end;
		t[n].interim = f->interim != 0;
		n++;
	}
	if (rules_first_meeting_chair(&c->cons, g->kind, day_of(first), t, n))
		core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, g->slug,
		    "the group's first meeting, on %s, selected no chair; its "
		    "members select one at their first meeting", first);
	rec_office_term_list_free(&offs);
	return CORE_OK;
}

/* SC-report: each meeting held reports into the body named. */
static int
check_reports(struct core *c, const struct rec_group *g,
    const struct rec_meeting_list *meets, int today, struct flags *out)
{
	struct rec_id_list		 reps = { NULL, 0 };
	const struct rec_meeting	*m;
	const char			*rule, *to;
	size_t				 i, j;
	int				 found, rc;

	if ((int)g->kind < 0 || (rule = rules_id(&c->cons,
	    DUTY_MEETING_REPORT, g->kind)) == NULL)
		return CORE_OK;
	to = constitution_kind_text(&c->cons, "meetings.reports_to", g->kind);
	if (to == NULL || strcmp(to, "none") == 0)
		return CORE_OK;
	if ((rc = store_mreport_meetings(c->st, c->arr, &reps)) != STORE_OK)
		return core_store_fail(c, rc, "reading the meetings' reports");
	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (m->group_id != g->id || m->status == MEETING_CANCELLED ||
		    day_of(m->day) >= today)
			continue;
		found = 0;
		for (j = 0; j < reps.n; j++)
			found |= reps.v[j] == m->id;
		if (!found)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule,
			    g->slug, "meeting %lld of %s: no report into the "
			    "%s is recorded", (long long)m->id, m->day, to);
	}
	rec_id_list_free(&reps);
	return CORE_OK;
}

/* 1 when name is one of the arrangement's infrastructure
 * organisations (arrangement.secretariat). */
static int
infrastructure(struct core *c, const char *name)
{
	return name != NULL && constitution_list_has(&c->cons,
	    "arrangement.secretariat", name);
}

/* 1 when org is a member of the group whose memberships are members,
 * in any status but ended. */
static int
member_of(const struct rec_membership_list *members, const char *org)
{
	const struct rec_membership	*m;
	size_t				 i;

	for (i = 0; i < members->n; i++) {
		m = &members->v[i];
		if (org != NULL && m->organisation != NULL &&
		    strcasecmp(m->organisation, org) == 0 &&
		    (m->status == MS_ACTIVE || m->status == MS_PENDING ||
		    m->status == MS_UNDER_NOTICE))
			return 1;
	}
	return 0;
}

/* SA-5.8: each local forum chair's organisation is a member; their
 * names, between tabs, into chairs. */
static int
coordination_chairs(struct core *c, const struct rec_group *g,
    const struct rec_membership_list *members, const char *rule,
    char *chairs, size_t sz, struct flags *out)
{
	struct rec_group_list	 groups = { NULL, 0 };
	struct rec_office_list	 offs;
	const struct rec_office	*f;
	size_t			 i, j;
	int			 rc;

	if ((rc = store_group_list(c->st, c->arr, &groups)) != STORE_OK)
		return core_store_fail(c, rc, "listing groups");
	for (i = 0; i < groups.n; i++) {
		if (groups.v[i].kind != GK_LOCAL_FORUM)
			continue;
		if ((rc = store_office_current(c->st, groups.v[i].id, &offs)) !=
		    STORE_OK) {
			rec_group_list_free(&groups);
			return core_store_fail(c, rc, "reading offices");
		}
		for (j = 0; j < offs.n; j++) {
			f = &offs.v[j];
			if (strcmp(f->office, "chair") != 0 ||
			    f->organisation == NULL)
				continue;
			/* Names between tabs, to find them again. */
			snprintf(chairs + strlen(chairs), sz - strlen(chairs),
			    "\t%s\t", f->organisation);
			if (!member_of(members, f->organisation))
				core_int_flag(out, CHECK_ABOUT_PERSON, rule,
				    g->slug, "%s, chair of %s, is from %s, "
				    "which is not a member of the "
				    "co-ordination group", f->person,
				    groups.v[i].name, f->organisation);
		}
		rec_office_list_free(&offs);
	}
	rec_group_list_free(&groups);
	return CORE_OK;
}

/*
 * SA-5.8: the co-ordination group is the three local forums' chairs
 * plus the infrastructure organisations, and any it co-opts: a chair's
 * organisation (a newly elected one too) or an infrastructure
 * organisation that is not a member is flagged, and so is a full
 * member that is none of these.
 */
static int
check_coordination(struct core *c, const struct rec_group *g,
    struct flags *out)
{
	struct rec_membership_list	 members = { NULL, 0 };
	const struct rec_membership	*m;
	const char	*rule, *infra[8];
	char		 chairs[2048] = "", tabbed[300];
	size_t		 i, n;
	int		 rc;

	if ((rule = rules_id(&c->cons, DUTY_COORD_MAKEUP, g->kind)) == NULL)
		return CORE_OK;
	if ((rc = store_memb_list_group(c->st, g->id, &members)) != STORE_OK)
		return core_store_fail(c, rc, "reading the group's members");
	if ((rc = coordination_chairs(c, g, &members, rule, chairs,
	    sizeof(chairs), out)) != CORE_OK)
		goto out;
	n = constitution_list(&c->cons, "arrangement.secretariat", infra, 8);
	for (i = 0; i < n; i++)
		if (!member_of(&members, infra[i]))
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule,
			    g->slug, "%s, an infrastructure organisation, is "
			    "not a member of the co-ordination group",
			    infra[i]);
	for (i = 0; i < members.n; i++) {
		m = &members.v[i];
		if (m->status != MS_ACTIVE)
			continue;
		snprintf(tabbed, sizeof(tabbed), "\t%s\t", m->organisation);
		if (rules_coordination_member_out_of_place(strstr(chairs,
		    tabbed) != NULL, infrastructure(c, m->organisation),
		    m->kind == MK_COOPTED, m->kind == MK_ASSOCIATE))
			core_int_flag(out, CHECK_ABOUT_MEMBER, rule, g->slug,
			    "%s is a member of the co-ordination group but "
			    "neither a local forum chair's organisation nor an "
			    "infrastructure organisation, nor co-opted",
			    m->organisation);
	}
out:
	rec_membership_list_free(&members);
	return rc;
}

int
core_int_check_group_own(struct core *c, const struct rec_group *g,
    const struct rec_meeting_list *meets, int today, struct flags *out)
{
	int rc;

	if ((rc = check_first_meeting(c, g, meets, today, out)) != CORE_OK ||
	    (rc = check_reports(c, g, meets, today, out)) != CORE_OK)
		return rc;
	return check_coordination(c, g, out);
}

/* SA-9.1, App. C: a term of office that has ended no longer holds the
 * seat (core_register_positions lists it as expired). */
static int
check_terms(struct core *c, struct flags *out)
{
	struct rec_position_list	 pos = { NULL, 0 };
	const struct rec_position_entry	*p;
	const struct rec_appointment	*a;
	const char	*rule = rules_id(&c->cons, DUTY_TERM_ENDED, -1);
	size_t		 i, j;
	int		 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_register_positions(c, &viewer_system, &pos)) !=
	    CORE_OK)
		return rc;
	for (i = 0; i < pos.n; i++) {
		p = &pos.v[i];
		for (j = 0; j < p->expired.n; j++) {
			a = &p->expired.v[j];
			core_int_flag(out, CHECK_ABOUT_PERSON, rule, NULL,
			    "%s's term as %s on %s ended on %s; the seat is "
			    "no longer theirs", a->person, a->role, p->p.name,
			    a->term_end);
		}
	}
	rec_position_list_free(&pos);
	return CORE_OK;
}

/* SA-D3.6: a representative persistently missing induction and
 * training they were invited to. */
static int
check_training(struct core *c, int today, struct flags *out)
{
	struct rec_training_list	 rows = { NULL, 0 };
	const struct rec_training	*r;
	const char	*rule = rules_id(&c->cons, DUTY_TRAINING, -1);
	char		 on[DATE_LEN];
	int		 att[MAXSESSIONS], run, rc;
	size_t		 i, n = 0;

	if (rule == NULL)
		return CORE_OK;
	date_format(today, on);
	if ((rc = store_train_record(c->st, c->arr, on, &rows)) != STORE_OK)
		return core_store_fail(c, rc, "reading training");
	for (i = 0; i < rows.n; i++) {
		r = &rows.v[i];
		if (n < MAXSESSIONS)
			att[n++] = r->attended;
		if (i + 1 < rows.n && rows.v[i + 1].person_id == r->person_id)
			continue;
		if (rules_training_disengaged(&c->cons, att, n, &run))
			core_int_flag(out, CHECK_ABOUT_PERSON, rule, NULL,
			    "%s, a representative, has not come to the last "
			    "%d induction or training session(s) they were "
			    "invited to", r->person, run);
		n = 0;
	}
	rec_training_list_free(&rows);
	return CORE_OK;
}

/*
 * SA-9.1: an elected seat filled with no election and no reason given;
 * SA-9.2: an elected position no forum is named to elect, for the
 * co-ordination group to decide.
 */
static int
check_filled(struct core *c, struct flags *out)
{
	struct rec_filled_list		 seats = { NULL, 0 };
	struct rec_pos_elected_list	 pos = { NULL, 0 };
	const char	*rule;
	size_t		 i;
	int		 rc;

	if ((rule = rules_id(&c->cons, DUTY_UNELECTED, -1)) != NULL) {
		if ((rc = store_appt_how_filled(c->st, c->arr, &seats)) !=
		    STORE_OK)
			return core_store_fail(c, rc, "reading appointments");
		for (i = 0; i < seats.n; i++)
			if (rules_elected_seat_unelected(seats.v[i].elected,
			    seats.v[i].interim, seats.v[i].by_election,
			    seats.v[i].reason))
				core_int_flag(out, CHECK_ABOUT_PERSON, rule,
				    NULL, "%s holds %s, an elected seat, with "
				    "no election and no reason recorded",
				    seats.v[i].person, seats.v[i].position);
		rec_filled_list_free(&seats);
	}
	if ((rule = rules_id(&c->cons, DUTY_ELECTING_FORUM, -1)) == NULL)
		return CORE_OK;
	if ((rc = store_pos_how_elected(c->st, c->arr, &pos)) != STORE_OK)
		return core_store_fail(c, rc, "reading positions");
	for (i = 0; i < pos.n; i++)
		if (rules_electing_forum_unsettled(pos.v[i].elected,
		    pos.v[i].has_group))
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "%s (%s): which forum elects it is not settled; "
			    "the co-ordination group decides", pos.v[i].name,
			    pos.v[i].section);
	rec_pos_elected_list_free(&pos);
	return CORE_OK;
}

/* SA-5.4 a joint forum names the forums that formed it; SA-5.5 a
 * system-level one records the agreement that convened it. */
static int
check_origins(struct core *c, struct flags *out)
{
	struct rec_origin_list	 rows = { NULL, 0 };
	const struct rec_origin	*r;
	const char		*rule;
	size_t			 i;
	int			 rc;

	if ((rc = store_origin_list(c->st, c->arr, &rows)) != STORE_OK)
		return core_store_fail(c, rc, "reading the groups");
	for (i = 0; i < rows.n; i++) {
		r = &rows.v[i];
		switch (rules_group_origin(r->kind, (int)r->forums,
		    r->convened)) {
		case ORIGIN_JOINT_FORUMS:
			rule = rules_id(&c->cons, DUTY_JOINT_FORUMS, r->kind);
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule,
			    r->slug, "the joint forum names %lld forum(s) that "
			    "formed it%s%s; a joint forum is formed by two or "
			    "more", (long long)r->forums, r->formed_by != NULL ?
			    ": " : "", r->formed_by != NULL ? r->formed_by :
			    "");
			break;
		case ORIGIN_NOT_CONVENED:
			rule = rules_id(&c->cons, DUTY_CONVENED, r->kind);
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule,
			    r->slug, "no local forum formed it, and the joint "
			    "agreement of the local forums and the "
			    "co-ordination group that convened it is not "
			    "recorded");
			break;
		case ORIGIN_OK:
			break;
		}
	}
	rec_origin_list_free(&rows);
	return CORE_OK;
}

/* SA-D2.2: each invitation to send a representative is decided. */
static int
check_invitations(struct core *c, struct flags *out)
{
	struct rec_invite_list	 rows = { NULL, 0 };
	const struct rec_invite	*r;
	const char		*rule = rules_id(&c->cons, DUTY_INVITATION, -1);
	size_t			 i;
	int			 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = store_invite_list(c->st, c->arr, &rows)) != STORE_OK)
		return core_store_fail(c, rc, "reading the invitations");
	for (i = 0; i < rows.n; i++) {
		r = &rows.v[i];
		if (r->decision == NULL && r->received_on != NULL &&
		    strcmp(r->received_on, c->today) <= 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "the invitation from %s to send a representative "
			    "to %s, received on %s, awaits the Alliance's "
			    "decision", r->from_body, r->board, r->received_on);
	}
	rec_invite_list_free(&rows);
	return CORE_OK;
}

/* SA-5.7: each request to the co-ordination group goes somewhere. */
static int
check_requests(struct core *c, struct flags *out)
{
	struct rec_request_list	 rows = { NULL, 0 };
	const struct rec_request *r;
	const char		*rule = rules_id(&c->cons, DUTY_SUBSIDIARITY,
				    GK_COORDINATION);
	size_t			 i;
	int			 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = store_request_list(c->st, c->arr, &rows)) != STORE_OK)
		return core_store_fail(c, rc, "reading the requests");
	for (i = 0; i < rows.n; i++) {
		r = &rows.v[i];
		if (r->routed_on == NULL && r->received_on != NULL &&
		    strcmp(r->received_on, c->today) <= 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule,
			    "coordination", "the request from %s (\"%s\"), "
			    "received on %s, is neither passed down to a local "
			    "forum nor kept with a reason", r->from_body,
			    r->subject, r->received_on);
	}
	rec_request_list_free(&rows);
	return CORE_OK;
}

int
core_int_check_own(struct core *c, int today, struct flags *out)
{
	int rc;

	if ((rc = core_int_check_partners(c, out)) != CORE_OK ||
	    (rc = check_origins(c, out)) != CORE_OK ||
	    (rc = check_invitations(c, out)) != CORE_OK ||
	    (rc = check_requests(c, out)) != CORE_OK ||
	    (rc = core_int_check_term(c, today, out)) != CORE_OK ||
	    (rc = check_terms(c, out)) != CORE_OK ||
	    (rc = check_filled(c, out)) != CORE_OK)
		return rc;
	return check_training(c, today, out);
}
