/*
 * Compliance: every rule of the constitution that is not being met on a
 * date, each with its rule id and the fact that breaks it.  Read only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "own.h"
#include "core_agree.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "store/store.h"

#define MAXMEET 512

static void
flag(json_t *out, const char *rule, const char *group, const char *fact)
{
	json_array_append_new(out, json_pack("{s:s, s:s?, s:s}", "rule",
	    rule, "group", group, "fact", fact));
}

/* The flags of check_agree.c, into the same list. */
static void
flag_put(void *out, const char *rule, const char *group, const char *fact)
{
	flag(out, rule, group, fact);
}

/* Meeting pace (SA-6.2, SC-quarterly, MC-meet, MC-mou). */
static void
check_pace(struct core *c, const json_t *g,
    const struct rec_meeting_list *meets, int today, json_t *out)
{
	struct pace_report	 pr;
	const struct rec_meeting *m;
	int			 days[MAXMEET], since = 0, kind;
	size_t			 i, n = 0;
	char			 msg[300], a[DATE_LEN], b[DATE_LEN];
	const char		*rule;

	kind = group_kind_parse(jstr(g, "kind"));
	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (n < MAXMEET && m->group_id == jint(g, "id") &&
		    m->status != MEETING_CANCELLED)
			date_parse(m->day, &days[n++]);
	}
	if (jstr(g, "recognised") != NULL)
		date_parse(jstr(g, "recognised"), &since);
	if (kind < 0 || !rules_pace(&c->cons, kind, days, n, since, today,
	    &pr))
		return;
	if (pr.behind && (rule = rules_id(&c->cons, DUTY_PACE, kind)) !=
	    NULL) {
		snprintf(msg, sizeof(msg), "%d meeting(s) held this year; "
		    "the pace of %d a year asks for %d by now", pr.held,
		    pr.min_per_year, pr.expected);
		flag(out, rule, jstr(g, "slug"), msg);
	}
	if (pr.gap_exceeded && (rule = rules_id(&c->cons, DUTY_GAP, kind)) !=
	    NULL) {
		date_format(pr.gap_from, a);
		date_format(pr.gap_to, b);
		snprintf(msg, sizeof(msg), "%d days between meetings (%s to "
		    "%s%s); at most %d allowed", pr.gap, a, b, pr.gap_open ?
		    ", nothing since" : "", pr.max_gap);
		flag(out, rule, jstr(g, "slug"), msg);
	}
}

/*
 * SA-6.3: who came for each member, meeting by meeting: a change of
 * its senior representative is flagged (a deputy is not a change).
 */
static void
check_same_rep(struct core *c, const json_t *g, const json_t *mb,
    const json_t *att, json_t *out)
{
	const json_t	*a;
	const char	*rule, *last = NULL;
	char		 msg[600];
	size_t		 j;

	rule = rules_id(&c->cons, DUTY_SAME_REP, group_kind_parse(jstr(g,
	    "kind")));
	if (rule == NULL)
		return;
	json_array_foreach(att, j, a) {
		if (jint(a, "organisation_id") != jint(mb, "organisation_id") ||
		    rules_attend_parse(jstr(a, "kind")) != AT_PRESENT ||
		    jstr(a, "people") == NULL)
			continue;
		if (last != NULL && rules_representative_changed(last,
		    jstr(a, "people"))) {
			snprintf(msg, sizeof(msg), "%s sent %s to the meeting "
			    "of %s, not %s as before", jstr(mb,
			    "organisation"), jstr(a, "people"), jstr(a, "day"),
			    last);
			flag(out, rule, jstr(g, "slug"), msg);
		}
		last = jstr(a, "people");
	}
}

/* Absences without apology in a row (SA-6.3, MC-absence), counted
 * from when the member joined. */
static void
check_absence(struct core *c, const json_t *g, const json_t *members,
    const json_t *att, json_t *out)
{
	const json_t	*mb, *a;
	enum attend	 seq[MAXMEET];
	int64_t		 meetings[MAXMEET], last = 0;
	int		 days[MAXMEET];
	size_t		 i, j, k, nm = 0, n;
	char		 msg[300];
	const char	*rule;
	int		 run, at, joined;

	json_array_foreach(members, i, mb)
		check_same_rep(c, g, mb, att, out);
	rule = rules_id(&c->cons, DUTY_ABSENCE, group_kind_parse(jstr(g,
	    "kind")));
	if (rule == NULL)
		return;
	/* Meetings where attendance was taken, in order. */
	json_array_foreach(att, i, a)
		if (jint(a, "meeting_id") != last && nm < MAXMEET) {
			meetings[nm] = last = jint(a, "meeting_id");
			if (date_parse(jstr(a, "day"), &days[nm]) != 0)
				days[nm] = 0;
			nm++;
		}
	json_array_foreach(members, i, mb) {
		if (strcmp(jstr(mb, "status"), "active") != 0 &&
		    strcmp(jstr(mb, "status"), "under notice") != 0)
			continue;
		n = 0;
		for (k = 0; k < nm; k++) {
			at = AT_ABSENT;
			json_array_foreach(att, j, a)
				if (jint(a, "meeting_id") == meetings[k] &&
				    jint(a, "organisation_id") ==
				    jint(mb, "organisation_id"))
					at = rules_attend_parse(jstr(a, "kind"));
			seq[n++] = at;
		}
		/* SA-6.3: only meetings since it joined count. */
		if (jstr(mb, "since") == NULL ||
		    date_parse(jstr(mb, "since"), &joined) != 0)
			joined = 0;
		if (rules_absence_flag_since(&c->cons, seq, days, n, joined,
		    &run)) {
			snprintf(msg, sizeof(msg), "%s: absent without apology "
			    "from the last %d meeting(s)",
			    jstr(mb, "organisation"), run);
			flag(out, rule, jstr(g, "slug"), msg);
		}
	}
}

/* SA-E1: a meeting chaired by one not from an active full member. */
/* CORE_OK, or a storage fault (never silent: the report would be
 * short of this meeting's flags). */
static int
check_meeting_chair(struct core *c, const json_t *g,
    const struct rec_meeting *m, json_t *out)
{
	json_t		*mb = NULL;
	const char	*rule;
	char		 msg[400];
	int		 rc;

	rule = rules_id(&c->cons, DUTY_MEETING_CHAIR, group_kind_parse(
	    jstr(g, "kind")));
	if (rule == NULL || m->chair_person_id == 0 ||
	    !constitution_bool(&c->cons, "chair.full_member_only"))
		return CORE_OK;
	if ((rc = store_row(c->st, &mb, STMT_MEMB_ACTIVE_FOR_PERSON, "ll",
	    jint(g, "id"), m->chair_person_id)) != STORE_OK)
		return core_store_fail(c, rc, "reading who chaired");
	if (mb == NULL || !rules_may_hold_office(memb_kind_parse(jstr(mb,
	    "kind")), memb_status_parse(jstr(mb, "status")))) {
		snprintf(msg, sizeof(msg), "meeting %lld of %s was chaired by "
		    "%s, who is not from an active full member",
		    (long long)m->id, m->day, m->chair);
		flag(out, rule, jstr(g, "slug"), msg);
	}
	json_decref(mb);
	return CORE_OK;
}

/*
 * The meetings' own flags, late agendas and notes under the
 * arrangement's own ids (SA-10.2, SA-10.3), and where chairing
 * alternates, a side chairing twice in a row (MC-mou).
 */
static int
check_meetings(struct core *c, const json_t *g,
    const struct rec_meeting_list *meets, json_t *out)
{
	const struct rec_meeting *m;
	const char	*last = NULL, *text, *rule;
	char		 msg[400], id[32], why[300];
	size_t		 i, j, n;
	int		 kind = group_kind_parse(jstr(g, "kind")), rc;

	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (m->group_id != jint(g, "id"))
			continue;
		/* Each flag starts with its rule id, then a space. */
		for (j = 0; j < m->flags.n; j++) {
			text = m->flags.v[j];
			n = strcspn(text, " ");
			snprintf(id, sizeof(id), "%.*s", (int)n, text);
			snprintf(msg, sizeof(msg), "meeting %lld of %s: %s",
			    (long long)m->id, m->day,
			    text[n] != '\0' ? text + n + 1 : "");
			flag(out, id, jstr(g, "slug"), msg);
		}
		if (m->status == MEETING_CANCELLED)
			continue;
		if ((rc = check_meeting_chair(c, g, m, out)) != CORE_OK)
			return rc;
		if (m->chair_side == NULL)
			continue;
		rule = rules_id(&c->cons, DUTY_CHAIR_ALTERNATES, kind);
		if (rule != NULL && kind >= 0 && last != NULL &&
		    rules_mou_chair_alternates(&c->cons, kind, last,
		    m->chair_side, why, sizeof(why)) != 0) {
			snprintf(msg, sizeof(msg), "meeting %lld of %s was "
			    "chaired by the %s side again", (long long)m->id,
			    m->day, last);
			flag(out, rule, jstr(g, "slug"), msg);
		}
		last = m->chair_side;
	}
	return CORE_OK;
}

/*
 * A group's chair (SA-7.1, SA-7.2, MC-chair): there is one, its term
 * has not ended, and an interim chair's first election is held in
 * time.  Silent where the arrangement's agreement gives the group no
 * chair of its own (the MoU Working Group's chairing alternates; the
 * Compact, Framework and PACT state none).
 */
static void
check_chair(struct core *c, const json_t *g, const json_t *offices,
    int today, json_t *out)
{
	const json_t	*f;
	const char	*rule, *how;
	char		 msg[400], todays[DATE_LEN], due[DATE_LEN];
	size_t		 i;
	int		 chair = 0, rec, dueday;
	int		 kind = group_kind_parse(jstr(g, "kind"));

	rule = rules_id(&c->cons, DUTY_CHAIR, kind);
	if (rule == NULL)
		return;
	how = kind >= 0 ? constitution_kind_text(&c->cons, "chair.selection",
	    kind) : NULL;
	date_format(today, todays);
	json_array_foreach(offices, i, f) {
		if (strcmp(jstr(f, "office"), "chair") == 0)
			chair = 1;
		/* A term that has ended; one ending soon is a reminder
		 * (remind), not a breach. */
		if (jstr(f, "term_end") == NULL || !constitution_states(
		    &c->cons, "chair.term_years") ||
		    strcmp(jstr(f, "term_end"), todays) >= 0)
			continue;
		snprintf(msg, sizeof(msg), "the %s's term (%s) ended on %s; "
		    "%s is due", jstr(f, "office"), jstr(f, "person"),
		    jstr(f, "term_end"), how != NULL && strcmp(how,
		    "first-meeting") == 0 ? "a new selection" : "an election");
		flag(out, rule, jstr(g, "slug"), msg);
	}
	if (!chair) {
		flag(out, rule, jstr(g, "slug"), "the group has no chair");
		return;
	}
	json_array_foreach(offices, i, f) {
		if (strcmp(jstr(f, "office"), "chair") != 0 ||
		    !jint(f, "interim"))
			continue;
		/* SA-7.1: a forum that elects its chair does so within 6
		 * months of recognition, an interim chair until then;
		 * SA-7.2: other groups select theirs at a meeting. */
		due[0] = '\0';
		if (how != NULL && strcmp(how, "online-poll") == 0 &&
		    jstr(g, "recognised") != NULL && date_parse(jstr(g,
		    "recognised"), &rec) == 0 &&
		    rules_first_election_due(&c->cons, rec, &dueday) == 0)
			date_format(dueday, due);
		if (how != NULL && strcmp(how, "first-meeting") == 0)
			snprintf(msg, sizeof(msg), "the chair (%s) is "
			    "interim; the group selects its own chair",
			    jstr(f, "person"));
		else
			snprintf(msg, sizeof(msg), "the chair (%s) is "
			    "interim; %s%s", jstr(f, "person"), due[0] ==
			    '\0' ? "an election is due" : strcmp(due, todays)
			    < 0 ? "the first election was due by " :
			    "the first election is due by ", due);
		flag(out, rule, jstr(g, "slug"), msg);
	}
}

/* Members suspended or under notice (SA-13.2, SA-14.1). */
static void
check_status(struct core *c, const json_t *g, const json_t *members,
    json_t *out)
{
	const json_t	*m;
	const char	*rule;
	char		 msg[400];
	size_t		 i;
	int		 kind = group_kind_parse(jstr(g, "kind"));

	json_array_foreach(members, i, m) {
		if (strcmp(jstr(m, "status"), "suspended") == 0 &&
		    (rule = rules_id(&c->cons, DUTY_SUSPENSION, kind))) {
			snprintf(msg, sizeof(msg), "%s is suspended",
			    jstr(m, "organisation"));
			flag(out, rule, jstr(g, "slug"), msg);
		} else if (strcmp(jstr(m, "status"), "under notice") == 0 &&
		    (rule = rules_id(&c->cons, DUTY_NOTICE, kind))) {
			snprintf(msg, sizeof(msg), "%s is under notice until "
			    "%s", jstr(m, "organisation"),
			    jstr(m, "status_until"));
			flag(out, rule, jstr(g, "slug"), msg);
		}
	}
}

/* MC-diversity and MC-size: the Leaders Group's make-up. */
static void
check_makeup(struct core *c, const json_t *g, const json_t *members,
    json_t *out)
{
	const char	*aims[32];
	const json_t	*m;
	json_t		*cov = NULL;
	char		 msg[400];
	size_t		 na, i, k, active = 0;
	int		 met, lo, hi;

	if (strcmp(jstr(g, "kind"), "leaders") != 0)
		return;
	na = constitution_list(&c->cons, "membership.coverage", aims, 32);
	if (na > 0 && store_rows(c->st, &cov, STMT_COVER_LIST, "ll",
	    c->arr, jint(g, "id")) == STORE_OK)
		for (k = 0; k < na && k < 32; k++) {
			met = 0;
			json_array_foreach(cov, i, m)
				if (strcmp(jstr(m, "aim"), aims[k]) == 0)
					met = 1;
			if (!met) {
				snprintf(msg, sizeof(msg), "no member covers "
				    "\"%s\"", aims[k]);
				flag(out, "MC-diversity", jstr(g, "slug"),
				    msg);
			}
		}
	json_decref(cov);
	json_array_foreach(members, i, m)
		if (strcmp(jstr(m, "status"), "active") == 0)
			active++;
	lo = constitution_int(&c->cons, "membership.size_min");
	hi = constitution_int(&c->cons, "membership.size_max");
	if ((lo > 0 || hi > 0) && ((int)active < lo || (hi > 0 &&
	    (int)active > hi))) {
		snprintf(msg, sizeof(msg), "%zu active members; %d to %d are "
		    "expected", active, lo, hi);
		flag(out, "MC-size", jstr(g, "slug"), msg);
	}
}

/* A group's flags; CORE_OK, or the storage fault that stopped them
 * (the report is refused rather than shortened). */
static int
check_group(struct core *c, const json_t *g,
    const struct rec_meeting_list *meets, int today, json_t *out)
{
	json_t	*members = NULL, *att = NULL, *offices = NULL;
	char	 todays[DATE_LEN];
	int	 rc;

	date_format(today, todays);
	if ((rc = store_rows(c->st, &members, STMT_MEMB_LIST_GROUP, "l",
	    jint(g, "id"))) != STORE_OK ||
	    (rc = store_rows(c->st, &att, STMT_ATT_GROUP, "ls", jint(g, "id"),
	    todays)) != STORE_OK ||
	    (rc = store_rows(c->st, &offices, STMT_OFFICE_CURRENT, "l",
	    jint(g, "id"))) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the group's members");
		goto out;
	}
	check_pace(c, g, meets, today, out);
	if ((rc = check_meetings(c, g, meets, out)) != CORE_OK)
		goto out;
	check_absence(c, g, members, att, out);
	check_chair(c, g, offices, today, out);
	check_status(c, g, members, out);
	check_makeup(c, g, members, out);
	core_int_check_group_own(c, g, meets, today, out);
out:
	json_decref(members);
	json_decref(att);
	json_decref(offices);
	return rc;
}

/* Positions (SA-9.3 vacancies, SA-D2.4 sole, SA-D2.5 deputies). */
static int
check_positions(struct core *c, const json_t *only, json_t *out)
{
	struct rec_position_list	 pos = { NULL, 0 };
	const struct rec_position	*p;
	const char	*vacant, *sole, *deputy;
	char		 msg[400];
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
		    strcmp(p->electing_group, jstr(only, "name")) != 0))
			continue;
		reps = pos.v[i].reps.n;
		if (reps == 0) {
			snprintf(msg, sizeof(msg), "%s (%s) is vacant",
			    p->name, p->section);
			if (vacant != NULL)
				flag(out, vacant, NULL, msg);
			continue;
		}
		if (reps == 1 && sole != NULL) {
			snprintf(msg, sizeof(msg), "%s has a sole "
			    "representative", p->name);
			flag(out, sole, NULL, msg);
		}
		if (pos.v[i].deps.n == 0 && deputy != NULL) {
			snprintf(msg, sizeof(msg), "%s has no named deputy",
			    p->name);
			flag(out, deputy, NULL, msg);
		}
	}
	rec_position_list_free(&pos);
	return CORE_OK;
}

/* MS-5: self-assessments not submitted by their due date; SC-consult:
 * short consultations (with their reason) and outcomes not fed back. */
static int
check_accountability(struct core *c, json_t *out)
{
	json_t		*cycles = NULL, *cy, *full, *s, *ks = NULL, *k;
	const char	*rule, *crule;
	char		 msg[500];
	size_t		 i, j;
	int		 rc;

	rule = rules_id(&c->cons, DUTY_SELF_ASSESSMENT, -1);
	if (rule != NULL && (rc = core_assess_list(c, &cycles)) != CORE_OK)
		return rc;
	json_array_foreach(cycles, i, cy) {
		full = NULL;
		if (core_assess_get(c, (int)jint(cy, "year"), &full) != CORE_OK)
			continue;
		json_array_foreach(json_object_get(full, "assessments"), j, s)
			if (json_is_true(json_object_get(s, "late"))) {
				snprintf(msg, sizeof(msg), "%s: the %lld "
				    "self-assessment was due by %s; %s",
				    jstr(s, "organisation"), (long long)jint(cy,
				    "year"), jstr(cy, "due"), jstr(s,
				    "submitted") != NULL ? "submitted late" :
				    "not submitted");
				flag(out, rule, NULL, msg);
			}
		/* MS-2-eval: submitted with commitments unrated. */
		json_array_foreach(json_object_get(full, "assessments"), j, s)
			if (jstr(s, "submitted") != NULL &&
			    jint(s, "not_rated") > 0) {
				snprintf(msg, sizeof(msg), "%s: the %lld "
				    "self-assessment was submitted with %lld "
				    "commitment(s) not rated", jstr(s,
				    "organisation"), (long long)jint(cy, "year"),
				    (long long)jint(s, "not_rated"));
				flag(out, rules_id(&c->cons,
				    DUTY_ASSESSMENT_RATED, -1), NULL, msg);
			}
		json_decref(full);
	}
	json_decref(cycles);
	if ((crule = rules_id(&c->cons, DUTY_CONSULTATION, -1)) == NULL)
		return CORE_OK;
	if ((rc = core_consult_list(c, &ks)) != CORE_OK)
		return rc;
	json_array_foreach(ks, i, k) {
		if (json_is_true(json_object_get(k, "short"))) {
			snprintf(msg, sizeof(msg), "%s: \"%s\" ran %lld weeks: "
			    "%s", jstr(k, "organisation"), jstr(k, "title"),
			    (long long)jint(k, "weeks"), jstr(k,
			    "short_reason"));
			flag(out, crule, NULL, msg);
		}
		if (jint(k, "significant") && jstr(k, "feedback_on") == NULL &&
		    strcmp(jstr(k, "closes"), c->today) < 0) {
			snprintf(msg, sizeof(msg), "%s: \"%s\" closed on %s "
			    "and its outcome has not been fed back",
			    jstr(k, "organisation"), jstr(k, "title"),
			    jstr(k, "closes"));
			flag(out, crule, NULL, msg);
		}
	}
	json_decref(ks);
	return CORE_OK;
}

/*
 * The partners' own promises: named contacts (SC-champion, TP-5), the
 * plan's actions (SC-plan), the milestones (MS-5) and representation on
 * every partnership (TP-2a).
 */
static int
check_partners(struct core *c, json_t *out)
{
	json_t		*rows = NULL, *r;
	const char	*nc = constitution_text(&c->cons,
			    "partners.named_contact");
	const char	*rule;
	char		 msg[600];
	size_t		 i;
	int		 rc;

	rule = rules_id(&c->cons, DUTY_CONTACT, -1);
	if (rule != NULL && (rc = core_contact_missing(c, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r) {
		snprintf(msg, sizeof(msg), "%s has named no %s", jstr(r,
		    "name"), strcmp(nc, "champion") == 0 ? "Compact Champion" :
		    strcmp(nc, "officer") == 0 ? "officer" :
		    "single point of contact");
		flag(out, rule, NULL, msg);
	}
	json_decref(rows);
	rows = NULL;
	rule = rules_id(&c->cons, DUTY_PLAN, -1);
	if (rule != NULL && (rc = core_plan_list(c, NULL, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r)
		if (strcmp(jstr(r, "status"), "overdue") == 0) {
			snprintf(msg, sizeof(msg), "%s: \"%s\" was due by %s "
			    "(owner %s)", jstr(r, "organisation"), jstr(r,
			    "action"), jstr(r, "due"), jstr(r, "owner"));
			flag(out, rule, NULL, msg);
		}
	json_decref(rows);
	rows = NULL;
	rule = rules_id(&c->cons, DUTY_MILESTONE, -1);
	if (rule != NULL && (rc = core_milestone_list(c, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r)
		if (strcmp(jstr(r, "status"), "missed") == 0) {
			snprintf(msg, sizeof(msg), "milestone %lld was due by "
			    "%s and is not recorded as met: %s", (long long)
			    jint(r, "n"), jstr(r, "due"), jstr(r, "label"));
			flag(out, rule, NULL, msg);
		}
	json_decref(rows);
	rule = rules_id(&c->cons, DUTY_REPRESENTATION, -1);
	if (rule == NULL || !constitution_bool(&c->cons,
	    "representatives.required_everywhere"))
		return CORE_OK;
	if ((rc = core_partnership_register(c, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r)
		if (strcmp(jstr(r, "status"), "gap") == 0) {
			snprintf(msg, sizeof(msg), "%s: no sector "
			    "representative and no agreed justification",
			    jstr(r, "name"));
			flag(out, rule, NULL, msg);
		}
	json_decref(rows);
	return CORE_OK;
}

/* SC-resolve-2: open disputes past the day they were due. */
static int
check_disputes(struct core *c, json_t *out)
{
	json_t		*ks = NULL, *k;
	const char	*rule = rules_id(&c->cons, DUTY_DISPUTE_DUE, -1);
	char		 msg[500];
	size_t		 i;
	int		 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_dispute_list(c, &ks)) != CORE_OK)
		return rc;
	json_array_foreach(ks, i, k)
		if (json_is_true(json_object_get(k, "overdue"))) {
			snprintf(msg, sizeof(msg), "case %lld, %s and %s, "
			    "first raised on %s, was due to be resolved by %s; "
			    "still at %s", (long long)jint(k, "id"),
			    jstr(k, "org_a"), jstr(k, "org_b") != NULL ?
			    jstr(k, "org_b") : "", jstr(k, "first_contact"),
			    jstr(k, "due"), jstr(k, "stage_name"));
			flag(out, rule, NULL, msg);
		}
	json_decref(ks);
	return CORE_OK;
}

int
core_check(struct core *c, const char *group, const char *date,
    json_t **out)
{
	struct constitution	 saved;
	struct rec_meeting_list	 meets = { NULL, 0 };
	json_t			*groups = NULL, *only = NULL;
	json_t			*g;
	char			 on[DATE_LEN], today[DATE_LEN];
	size_t			 i;
	int			 rc, days;

	*out = NULL;
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	if (group != NULL && (rc = core_int_group(c, group, &only)))
		return rc;
	/* Judge by the rules and the facts of that date. */
	saved = c->cons;
	memset(&c->cons, 0, sizeof(c->cons));
	if ((rc = core_int_constitution_at(c, on, &c->cons)) != CORE_OK) {
		c->cons = saved;
		json_decref(only);
		return rc;
	}
	snprintf(today, sizeof(today), "%s", c->today);
	snprintf(c->today, sizeof(c->today), "%s", on);
	date_parse(on, &days);
	*out = json_array();
	if ((rc = core_meeting_list(c, NULL, &meets)) != CORE_OK ||
	    (rc = core_int_group_rows(c, &groups)) != CORE_OK)
		goto out;
	json_array_foreach(groups, i, g) {
		json_t *full = NULL;

		if (only != NULL && jint(g, "id") != jint(only, "id"))
			continue;
		if ((rc = core_int_group(c, jstr(g, "slug"), &full)))
			goto out;
		rc = check_group(c, full, &meets, days, *out);
		json_decref(full);
		if (rc != CORE_OK)
			goto out;
	}
	rc = check_positions(c, only, *out);
	if (rc == CORE_OK && only == NULL)
		rc = check_accountability(c, *out);
	if (rc == CORE_OK && only == NULL)
		rc = check_partners(c, *out);
	if (rc == CORE_OK && only == NULL)
		rc = check_disputes(c, *out);
	if (rc == CORE_OK && only == NULL)
		rc = core_int_check_own(c, days, *out);
	if (rc == CORE_OK && only == NULL)
		rc = core_int_check_agree(c, &meets, days,
		    &(struct flag_sink){ flag_put, *out });
out:
	snprintf(c->today, sizeof(c->today), "%s", today);
	constitution_free(&c->cons);
	c->cons = saved;
	json_decref(groups);
	rec_meeting_list_free(&meets);
	json_decref(only);
	if (rc != CORE_OK) {
		json_decref(*out);
		*out = NULL;
	}
	return rc;
}
