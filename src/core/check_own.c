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
#include "own.h"
#include "rules/date.h"
#include "rules/forum.h"
#include "rules/ruleid.h"
#include "store/store.h"

#define MAXTERMS 64
#define MAXSESSIONS 256

static void
flag(json_t *out, const char *rule, const char *group, const char *fact)
{
	json_array_append_new(out, json_pack("{s:s, s:s?, s:s}", "rule",
	    rule, "group", group, "fact", fact));
}

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
static void
check_first_meeting(struct core *c, const json_t *g,
    const struct rec_meeting_list *meets, int today, json_t *out)
{
	struct chair_term	 t[MAXTERMS];
	json_t			*offs = NULL;
	const struct rec_meeting *m;
	const json_t		*f;
	const char		*rule, *first = NULL;
	char			 msg[400];
	size_t			 i, n = 0;
	int			 kind = group_kind_parse(jstr(g, "kind")), end;

	if ((rule = rules_id(&c->cons, DUTY_FIRST_MEETING_CHAIR, kind)) ==
	    NULL)
		return;
	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (m->group_id == jint(g, "id") &&
		    m->status != MEETING_CANCELLED &&
		    day_of(m->day) <= today && (first == NULL ||
		    strcmp(m->day, first) < 0))
			first = m->day;
	}
	if (first == NULL || store_rows(c->st, &offs, STMT_OFFICE_HISTORY,
	    "l", jint(g, "id")) != STORE_OK)
		return;
	json_array_foreach(offs, i, f) {
		if (strcmp(jstr(f, "office"), "chair") != 0 || n == MAXTERMS)
			continue;
		t[n].start = day_of(jstr(f, "term_start"));
		t[n].end = day_of(jstr(f, "term_end"));
		/* Ended early: the day it ended is its last. */
		end = day_of(jstr(f, "ended"));
		if (end >= 0 && (t[n].end < 0 || end < t[n].end))
			t[n].end = end;
		t[n].interim = jint(f, "interim") != 0;
		n++;
	}
	if (rules_first_meeting_chair(&c->cons, kind, day_of(first), t, n)) {
		snprintf(msg, sizeof(msg), "the group's first meeting, on %s, "
		    "selected no chair; its members select one at their "
		    "first meeting", first);
		flag(out, rule, jstr(g, "slug"), msg);
	}
	json_decref(offs);
}

/* SC-report: each meeting held reports into the body named. */
static void
check_reports(struct core *c, const json_t *g,
    const struct rec_meeting_list *meets, int today, json_t *out)
{
	json_t		*reps = NULL;
	const struct rec_meeting *m;
	const json_t	*r;
	const char	*rule, *to;
	char		 msg[400];
	size_t		 i, j;
	int		 kind = group_kind_parse(jstr(g, "kind")), found;

	if (kind < 0 || (rule = rules_id(&c->cons, DUTY_MEETING_REPORT,
	    kind)) == NULL)
		return;
	to = constitution_kind_text(&c->cons, "meetings.reports_to", kind);
	if (to == NULL || strcmp(to, "none") == 0 ||
	    store_rows(c->st, &reps, STMT_MREPORT_LIST, "l", c->arr) !=
	    STORE_OK)
		return;
	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (m->group_id != jint(g, "id") ||
		    m->status == MEETING_CANCELLED || day_of(m->day) >= today)
			continue;
		found = 0;
		json_array_foreach(reps, j, r)
			found |= jint(r, "meeting_id") == m->id;
		if (!found) {
			snprintf(msg, sizeof(msg), "meeting %lld of %s: no "
			    "report into the %s is recorded", (long long)m->id,
			    m->day, to);
			flag(out, rule, jstr(g, "slug"), msg);
		}
	}
	json_decref(reps);
}

/* 1 when name is one of the arrangement's infrastructure
 * organisations (arrangement.secretariat). */
static int
infrastructure(struct core *c, const char *name)
{
	return name != NULL && constitution_list_has(&c->cons,
	    "arrangement.secretariat", name);
}

/* 1 when org is a member of the group whose rows are members, in any
 * status but ended; its kind into *kind. */
static int
member_of(const json_t *members, const char *org)
{
	const json_t	*m;
	size_t		 i;

	json_array_foreach(members, i, m)
		if (org != NULL && strcasecmp(jstr(m, "organisation"), org) ==
		    0 && (strcmp(jstr(m, "status"), "active") == 0 ||
		    strcmp(jstr(m, "status"), "pending") == 0 ||
		    strcmp(jstr(m, "status"), "under notice") == 0))
			return 1;
	return 0;
}

/*
 * SA-5.8: the co-ordination group is the three local forums' chairs
 * plus the infrastructure organisations, and any it co-opts: a chair's
 * organisation (a newly elected one too) or an infrastructure
 * organisation that is not a member is flagged, and so is a full
 * member that is none of these.
 */
static void
check_coordination(struct core *c, const json_t *g, json_t *out)
{
	json_t		*members = NULL, *groups = NULL, *offs = NULL;
	const json_t	*f, *lg, *m;
	const char	*rule, *infra[8];
	char		 msg[500], chairs[2048] = "";
	size_t		 i, j, n;
	int		 kind = group_kind_parse(jstr(g, "kind"));

	if ((rule = rules_id(&c->cons, DUTY_COORD_MAKEUP, kind)) == NULL ||
	    store_rows(c->st, &members, STMT_MEMB_LIST_GROUP, "l",
	    jint(g, "id")) != STORE_OK || core_group_list(c, &groups) !=
	    CORE_OK)
		goto out;
	json_array_foreach(groups, i, lg) {
		if (strcmp(jstr(lg, "kind"), "local-forum") != 0 ||
		    store_rows(c->st, &offs, STMT_OFFICE_CURRENT, "l",
		    jint(lg, "id")) != STORE_OK)
			continue;
		json_array_foreach(offs, j, f) {
			if (strcmp(jstr(f, "office"), "chair") != 0 ||
			    jstr(f, "organisation") == NULL)
				continue;
			/* Names between tabs, to find them again below. */
			snprintf(chairs + strlen(chairs), sizeof(chairs) -
			    strlen(chairs), "\t%s\t", jstr(f, "organisation"));
			if (member_of(members, jstr(f, "organisation")))
				continue;
			snprintf(msg, sizeof(msg), "%s, chair of %s, is from %s, "
			    "which is not a member of the co-ordination group",
			    jstr(f, "person"), jstr(lg, "name"), jstr(f,
			    "organisation"));
			flag(out, rule, jstr(g, "slug"), msg);
		}
		json_decref(offs);
		offs = NULL;
	}
	n = constitution_list(&c->cons, "arrangement.secretariat", infra, 8);
	for (i = 0; i < n; i++)
		if (!member_of(members, infra[i])) {
			snprintf(msg, sizeof(msg), "%s, an infrastructure "
			    "organisation, is not a member of the co-ordination "
			    "group", infra[i]);
			flag(out, rule, jstr(g, "slug"), msg);
		}
	json_array_foreach(members, i, m) {
		char tabbed[300];

		if (strcmp(jstr(m, "status"), "active") != 0)
			continue;
		snprintf(tabbed, sizeof(tabbed), "\t%s\t",
		    jstr(m, "organisation"));
		if (rules_coordination_member_out_of_place(strstr(chairs,
		    tabbed) != NULL, infrastructure(c, jstr(m, "organisation")),
		    strcmp(jstr(m, "kind"), "co-opted") == 0,
		    strcmp(jstr(m, "kind"), "associate") == 0)) {
			snprintf(msg, sizeof(msg), "%s is a member of the "
			    "co-ordination group but neither a local forum "
			    "chair's organisation nor an infrastructure "
			    "organisation, nor co-opted", jstr(m,
			    "organisation"));
			flag(out, rule, jstr(g, "slug"), msg);
		}
	}
out:
	json_decref(members);
	json_decref(groups);
}

void
core_int_check_group_own(struct core *c, const json_t *g,
    const struct rec_meeting_list *meets, int today, json_t *out)
{
	check_first_meeting(c, g, meets, today, out);
	check_reports(c, g, meets, today, out);
	check_coordination(c, g, out);
}

/* SC-term: the agreement past its term with no renewal recorded. */
static int
check_term(struct core *c, int today, json_t *out)
{
	json_t		*t = NULL;
	const char	*rule = rules_id(&c->cons, DUTY_AGREEMENT_TERM, -1);
	char		 msg[300], ended[DATE_LEN];
	int		 rc, end;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_term_show(c, &t)) != CORE_OK)
		return rc;
	if (json_is_true(json_object_get(t, "lapsed")) &&
	    date_parse(jstr(t, "runs_to"), &end) == 0 && end < today) {
		date_format(end, ended);
		snprintf(msg, sizeof(msg), "the agreement's term ended on %s "
		    "and %s", ended, json_array_size(json_object_get(t,
		    "renewals")) == 0 ? "no renewal is recorded" :
		    "its last renewal has run out");
		flag(out, rule, NULL, msg);
	}
	json_decref(t);
	return CORE_OK;
}

/* SA-9.1, App. C: a term of office that has ended no longer holds the
 * seat (core_register_positions lists it as expired). */
static int
check_terms(struct core *c, json_t *out)
{
	json_t		*pos = NULL;
	const json_t	*p, *a;
	const char	*rule = rules_id(&c->cons, DUTY_TERM_ENDED, -1);
	char		 msg[500];
	size_t		 i, j;
	int		 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_register_positions(c, &pos)) != CORE_OK)
		return rc;
	json_array_foreach(pos, i, p)
		json_array_foreach(json_object_get(p, "expired"), j, a) {
			snprintf(msg, sizeof(msg), "%s's term as %s on %s "
			    "ended on %s; the seat is no longer theirs",
			    jstr(a, "person"), jstr(a, "role"), jstr(p, "name"),
			    jstr(a, "term_end"));
			flag(out, rule, NULL, msg);
		}
	json_decref(pos);
	return CORE_OK;
}

/* SA-D3.6: a representative persistently missing induction and
 * training they were invited to. */
static int
check_training(struct core *c, int today, json_t *out)
{
	json_t		*rows = NULL;
	const json_t	*r, *next;
	const char	*rule = rules_id(&c->cons, DUTY_TRAINING, -1);
	char		 msg[400], on[DATE_LEN];
	int		 att[MAXSESSIONS], run;
	size_t		 i, n = 0;

	if (rule == NULL)
		return CORE_OK;
	date_format(today, on);
	if (store_rows(c->st, &rows, STMT_TRAIN_RECORD, "ls", c->arr, on) !=
	    STORE_OK)
		return core_store_fail(c, STORE_ERROR, "reading training");
	json_array_foreach(rows, i, r) {
		if (n < MAXSESSIONS)
			att[n++] = jint(r, "attended") != 0;
		next = json_array_get(rows, i + 1);
		if (next != NULL && jint(next, "person_id") ==
		    jint(r, "person_id"))
			continue;
		if (rules_training_disengaged(&c->cons, att, n, &run)) {
			snprintf(msg, sizeof(msg), "%s, a representative, has "
			    "not come to the last %d induction or training "
			    "session(s) they were invited to", jstr(r,
			    "person"), run);
			flag(out, rule, NULL, msg);
		}
		n = 0;
	}
	json_decref(rows);
	return CORE_OK;
}

/*
 * SA-9.1: an elected seat filled with no election and no reason given;
 * SA-9.2: an elected position no forum is named to elect, for the
 * co-ordination group to decide.
 */
static int
check_filled(struct core *c, json_t *out)
{
	json_t		*rows = NULL;
	const json_t	*r;
	const char	*rule;
	char		 msg[500];
	size_t		 i;
	int		 rc;

	if ((rule = rules_id(&c->cons, DUTY_UNELECTED, -1)) != NULL) {
		rc = store_rows(c->st, &rows, STMT_APPT_HOW_FILLED, "l",
		    c->arr);
		if (rc != STORE_OK)
			return core_store_fail(c, rc, "reading appointments");
		json_array_foreach(rows, i, r)
			if (rules_elected_seat_unelected((int)jint(r,
			    "elected"), (int)jint(r, "interim"), (int)jint(r,
			    "by_election"), (int)jint(r, "reason"))) {
				snprintf(msg, sizeof(msg), "%s holds %s, an "
				    "elected seat, with no election and no "
				    "reason recorded", jstr(r, "person"),
				    jstr(r, "position"));
				flag(out, rule, NULL, msg);
			}
		json_decref(rows);
		rows = NULL;
	}
	if ((rule = rules_id(&c->cons, DUTY_ELECTING_FORUM, -1)) == NULL)
		return CORE_OK;
	rc = store_rows(c->st, &rows, STMT_POS_HOW_ELECTED, "l", c->arr);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading positions");
	json_array_foreach(rows, i, r)
		if (rules_electing_forum_unsettled((int)jint(r, "elected"),
		    (int)jint(r, "has_group"))) {
			snprintf(msg, sizeof(msg), "%s (%s): which forum elects "
			    "it is not settled; the co-ordination group "
			    "decides", jstr(r, "name"), jstr(r, "section"));
			flag(out, rule, NULL, msg);
		}
	json_decref(rows);
	return CORE_OK;
}

/* SA-5.4 a joint forum names the forums that formed it; SA-5.5 a
 * system-level one records the agreement that convened it. */
static int
check_origins(struct core *c, json_t *out)
{
	json_t		*rows = NULL;
	const json_t	*r;
	const char	*rule;
	char		 msg[500];
	size_t		 i;
	int		 rc, kind;

	if ((rc = core_group_origins(c, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r) {
		kind = group_kind_parse(jstr(r, "kind"));
		switch (rules_group_origin(kind, (int)jint(r, "forums"),
		    (int)jint(r, "convened"))) {
		case ORIGIN_JOINT_FORUMS:
			if ((rule = rules_id(&c->cons, DUTY_JOINT_FORUMS,
			    kind)) == NULL)
				break;
			snprintf(msg, sizeof(msg), "the joint forum names %lld "
			    "forum(s) that formed it%s%s; a joint forum is "
			    "formed by two or more", (long long)jint(r,
			    "forums"), jstr(r, "formed_by") != NULL ? ": " : "",
			    jstr(r, "formed_by") != NULL ? jstr(r,
			    "formed_by") : "");
			flag(out, rule, jstr(r, "slug"), msg);
			break;
		case ORIGIN_NOT_CONVENED:
			if ((rule = rules_id(&c->cons, DUTY_CONVENED,
			    kind)) == NULL)
				break;
			flag(out, rule, jstr(r, "slug"), "no local forum formed "
			    "it, and the joint agreement of the local forums "
			    "and the co-ordination group that convened it is "
			    "not recorded");
			break;
		case ORIGIN_OK:
			break;
		}
	}
	json_decref(rows);
	return CORE_OK;
}

/* SA-D2.2: each invitation to send a representative is decided. */
static int
check_invitations(struct core *c, json_t *out)
{
	json_t		*rows = NULL;
	const json_t	*r;
	const char	*rule = rules_id(&c->cons, DUTY_INVITATION, -1);
	char		 msg[700];
	size_t		 i;
	int		 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_invitation_list(c, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r)
		if (jstr(r, "decision") == NULL &&
		    strcmp(jstr(r, "received_on"), c->today) <= 0) {
			snprintf(msg, sizeof(msg), "the invitation from %s to "
			    "send a representative to %s, received on %s, "
			    "awaits the Alliance's decision", jstr(r,
			    "from_body"), jstr(r, "board"), jstr(r,
			    "received_on"));
			flag(out, rule, NULL, msg);
		}
	json_decref(rows);
	return CORE_OK;
}

/* SA-5.7: each request to the co-ordination group goes somewhere. */
static int
check_requests(struct core *c, json_t *out)
{
	json_t		*rows = NULL;
	const json_t	*r;
	const char	*rule = rules_id(&c->cons, DUTY_SUBSIDIARITY,
			    GK_COORDINATION);
	char		 msg[900];
	size_t		 i;
	int		 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_request_list(c, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r)
		if (jstr(r, "routed_on") == NULL &&
		    strcmp(jstr(r, "received_on"), c->today) <= 0) {
			snprintf(msg, sizeof(msg), "the request from %s (\"%s\"),"
			    " received on %s, is neither passed down to a local "
			    "forum nor kept with a reason", jstr(r,
			    "from_body"), jstr(r, "subject"), jstr(r,
			    "received_on"));
			flag(out, rule, "coordination", msg);
		}
	json_decref(rows);
	return CORE_OK;
}

int
core_int_check_own(struct core *c, int today, json_t *out)
{
	int rc;

	if ((rc = check_origins(c, out)) != CORE_OK ||
	    (rc = check_invitations(c, out)) != CORE_OK ||
	    (rc = check_requests(c, out)) != CORE_OK)
		return rc;

	if ((rc = check_term(c, today, out)) != CORE_OK ||
	    (rc = check_terms(c, out)) != CORE_OK ||
	    (rc = check_filled(c, out)) != CORE_OK)
		return rc;
	return check_training(c, today, out);
}
