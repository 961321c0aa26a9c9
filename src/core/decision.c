/*
 * Decisions: consensus (SA-8.1), votes at a quorate meeting (SA-8.2,
 * SA-8.3), electronic polls and email consensus for urgent decisions
 * (SA-8.4), co-option (SA-5.8) and termination (SA-14.3) by vote.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "render/json_stored.h"
#include "rules/parse.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "rules/vote.h"
#include "store/store.h"
#include "meeting_who.h"

/* "YYYY-MM-DDTHH:MM[...]" as minutes since 1970, or -1. */
static long long
minutes(const char *s)
{
	char	stamp[17];
	int64_t	m;

	/* Seconds after the minute, if any, are not counted. */
	if (s == NULL || strlen(s) < 16)
		return -1;
	snprintf(stamp, sizeof(stamp), "%.16s", s);
	return parse_stamp(stamp, &m) == 0 ? (long long)m : -1;
}

/* One member's facts for a vote, its strings kept by the voter list. */
static void
voter_facts(struct attendee *a, const struct rec_voter *v)
{
	a->org = v->organisation_id;
	a->kind = memb_kind_parse(v->kind);
	a->status = memb_status_parse(v->status);
	a->side = v->side;
	a->vcse = v->sector != NULL && strcmp(v->sector, "vcse") == 0;
	a->excluded = v->excluded;
	a->attend = AT_ABSENT;
}

/*
 * The facts of every member of the meeting's group for item_id (0: no
 * item): attendance, kind, status, side, sector and conflicts.  *keep
 * keeps the strings alive; free it after the array.
 */
static int
attendees(struct core *c, const struct rec_meeting *m, int64_t item_id,
    struct attendee **out, size_t *n, struct rec_voter_list *keep)
{
	struct rec_attendance_list	 att = { NULL, 0 };
	struct rec_interest_list	 ints = { NULL, 0 };
	struct attendee			*v = NULL;
	size_t				 i, j;
	int				 rc;

	*out = NULL;
	*n = 0;
	rc = store_meeting_voters(c->st, m->group_id, 0, keep);
	if (rc == STORE_OK && m->id != 0)
		rc = store_attendance_list(c->st, m->id, &att);
	if (rc == STORE_OK && m->id != 0)
		rc = store_interest_list(c->st, m->id, &ints);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading attendance");
		goto out;
	}
	if ((v = calloc(keep->n + 1, sizeof(*v))) == NULL) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	for (i = 0; i < keep->n; i++) {
		voter_facts(&v[i], &keep->v[i]);
		for (j = 0; j < att.n; j++)
			if (att.v[j].organisation_id == v[i].org) {
				v[i].attend = rules_attend_parse(
				    att.v[j].attend);
				v[i].deputy_agreed = att.v[j].deputy_agreed;
			}
		/* SA-11.3: a declared conflict excludes from the item. */
		for (j = 0; j < ints.n; j++)
			if (item_id != 0 && ints.v[j].item_id == item_id &&
			    ints.v[j].organisation_id == v[i].org)
				v[i].conflicted = 1;
	}
	*n = keep->n;
	*out = v;
out:
	rec_attendance_list_free(&att);
	rec_interest_list_free(&ints);
	return rc;
}

/*
 * The facts of one organisation for a poll of group: its membership
 * only, found by the key, where attendees() would read every member.
 * *n is 0 when it is no member.  *keep keeps the strings alive.
 */
static int
poll_voter(struct core *c, int64_t group, int64_t org,
    struct attendee **out, size_t *n, struct rec_voter_list *keep)
{
	struct attendee	*v;
	int		 rc;

	*out = NULL;
	*n = 0;
	rc = store_meeting_voters(c->st, group, org, keep);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the membership");
	if ((v = calloc(1, sizeof(*v))) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	if (keep->n > 0) {
		voter_facts(v, &keep->v[0]);
		*n = 1;
	}
	*out = v;
	return CORE_OK;
}

static int
get_item(struct core *c, int64_t meeting, int pos, struct rec_item *it)
{
	int found, rc;

	rc = store_item_get(c->st, meeting, pos, it, &found);
	return core_int_found(c, rc, found, "reading the agenda", "item",
	    "meeting %lld has no item %d", (long long)meeting, pos);
}

/*
 * What a decision on an item starts with: its text checked, the
 * transaction begun, the meeting and its item pos read.  On failure
 * nothing is left to free and the transaction is ended.
 */
static int
begin_item(struct core *c, int64_t meeting, int pos, const char *text,
    struct rec_meeting *m, struct rec_item *it)
{
	int rc;

	memset(m, 0, sizeof(*m));
	memset(it, 0, sizeof(*it));
	if ((rc = core_int_body(c, "text", text, 1, 4000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting(c, meeting, m)) != CORE_OK ||
	    (rc = get_item(c, meeting, pos, it)) != CORE_OK) {
		rec_meeting_free(m);
		rec_item_free(it);
		return core_end(c, rc);
	}
	return CORE_OK;
}

static int
motion_insert(struct core *c, int64_t group, int64_t meeting, int64_t item,
    const char *text, const char *method, const char *opens,
    const char *closes, int round, int64_t previous, const char *effect,
    int64_t *id)
{
	int	 rc;

	rc = store_exec(c->st, STMT_MOTION_INSERT, "lnnssssinsss", group,
	    meeting, item, text, method, opens, closes, round, previous,
	    effect, c->actor, c->now);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "recording the motion");
	*id = store_last_id(c->st);
	return core_auditf(c, "motion.propose", "motion", *id,
	    "{s:s, s:s, s:I, s:i, s:s?}", "text", text, "method", method,
	    "meeting", (long long)meeting, "round", round, "effect", effect);
}

static int
decide_consensus(struct core *c, int64_t meeting, int pos,
    const char *text, int64_t *id)
{
	struct rec_meeting	 m;
	struct rec_item		 it;
	int			 rc;

	if ((rc = begin_item(c, meeting, pos, text, &m, &it)) != CORE_OK)
		return rc;
	/* SA-8.1: recorded as a decision by consensus. */
	rc = motion_insert(c, m.group_id, meeting, it.id,
	    text, "consensus", NULL, NULL, 1, 0, NULL, id);
	if (rc == CORE_OK && (rc = store_exec(c->st, STMT_MOTION_CLOSE,
	    "siiisl", "agreed by consensus", 0, 0, 0, c->now, *id)) !=
	    STORE_OK)
		rc = core_store_fail(c, rc, "recording the decision");
	rec_meeting_free(&m);
	rec_item_free(&it);
	return core_end(c, rc);
}

/* SA-8.4, SA-7.3: an urgent decision is sought, and a vote counted, by
 * the group's chair or vice-chair, and officers (the command line) with
 * them. */
static int
runs_group(struct core *c, const struct viewer *v, int64_t group)
{
	if (viewer_is_officer(v) || core_viewer_chairs(c, v, group))
		return CORE_OK;
	return core_fail(c, CORE_EPERM, "runs", "Urgent decisions and "
	    "counting the votes are for the group's chair and vice-chair, "
	    "and officers.");
}

int
core_decide_email(struct core *c, const struct viewer *v, const char *group,
    const char *text, int64_t *id)
{
	struct rec_group	 g = { 0 };
	int	 rc;

	if ((rc = core_int_body(c, "text", text, 1, 4000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK ||
	    (rc = runs_group(c, v, g.id)) != CORE_OK)
		goto out;
	/* SA-8.4: urgent decisions by email consensus, on the record. */
	rc = motion_insert(c, g.id, 0, 0, text, "email", NULL, NULL,
	    1, 0, NULL, id);
	if (rc == CORE_OK && (rc = store_exec(c->st, STMT_MOTION_CLOSE,
	    "siiisl", "agreed by email consensus", 0, 0, 0, c->now, *id)) !=
	    STORE_OK)
		rc = core_store_fail(c, rc, "recording the decision");
out:
	rec_group_clear(&g);
	return core_end(c, rc);
}

/*
 * Checks a motion's effect against the group and writes it as JSON
 * into *out (NULL when there is none).
 */
static int
effect_check(struct core *c, const struct rec_meeting *m,
    const struct motion_effect *e,
    char **out)
{
	struct rec_standing	 st;
	struct rec_org		 o = { 0 };
	const char		*what = NULL, *ref = NULL;
	int			 n = 0, member = 0, rc = CORE_OK;

	*out = NULL;
	if (e == NULL)
		return CORE_OK;
	if (e->coopt != NULL)
		n++, what = "coopt", ref = e->coopt;
	if (e->terminate != NULL)
		n++, what = "terminate", ref = e->terminate;
	if (e->recommend != NULL)
		n++, what = "recommend", ref = e->recommend;
	if (e->terminate_all != NULL)
		n++, what = "terminate_all", ref = e->terminate_all;
	if (n == 0)
		return CORE_OK;
	if (n > 1)
		return core_fail(c, CORE_EINVAL, "effect", "a motion does one "
		    "thing: co-opt, terminate, recommend termination or "
		    "terminate from the whole arrangement");
	if ((rc = core_int_find_org(c, ref, &o)) != CORE_OK)
		return rc;
	rc = store_meeting_standing(c->st, m->group_id, o.id, &st,
	    &member);
	rec_standing_free(&st);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the membership");
		goto out;
	}
	if (strcmp(what, "coopt") == 0 && (strcmp(m->group_kind,
	    "coordination") != 0 || member))
		rc = core_fail(c, CORE_EINVAL, "coopt", member ? "%s is "
		    "already a member of %s" : "co-option is by the "
		    "co-ordination group (SA-5.8), not %s", member ?
		    o.name : m->group_name,
		    m->group_name);
	else if (strcmp(what, "terminate") == 0 && !member)
		rc = core_fail(c, CORE_EINVAL, "terminate", "%s is not a member "
		    "of %s", o.name, m->group_name);
	else if (strcmp(what, "recommend") == 0 &&
	    strcmp(m->group_kind, "local-forum") != 0 &&
	    strcmp(m->group_kind, "thematic") != 0)
		rc = core_fail(c, CORE_EINVAL, "recommend", "a local or "
		    "thematic forum recommends termination from the whole "
		    "Alliance (SA-14.3); %s is neither", m->group_name);
	else if (strcmp(what, "terminate_all") == 0 &&
	    strcmp(m->group_kind, "coordination") != 0)
		rc = core_fail(c, CORE_EINVAL, "terminate_all", "the "
		    "co-ordination group decides termination from the whole "
		    "Alliance (SA-14.3), not %s", m->group_name);
	if (rc == CORE_OK && e->effective != NULL &&
	    strcmp(what, "terminate") != 0 &&
	    strcmp(what, "terminate_all") != 0)
		rc = core_fail(c, CORE_EINVAL, "effective", "a date of effect "
		    "is for a termination");
	if (rc == CORE_OK && e->effective != NULL) {
		char day[DATE_LEN];

		if ((rc = core_int_date(c, "effective", e->effective, day)) ==
		    CORE_OK && strcmp(day, c->today) < 0)
			rc = core_fail(c, CORE_EINVAL, "effective", "effective "
			    "%s is in the past; expected today or later", day);
	}
	if (rc == CORE_OK) {
		struct rec_effect fx;

		memset(&fx, 0, sizeof(fx));
		snprintf(fx.what, sizeof(fx.what), "%s", what);
		fx.organisation_id = o.id;
		fx.organisation = o.name;
		fx.effective = (char *)e->effective;
		if ((*out = json_stored_effect(&fx)) == NULL)
			rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
out:
	rec_org_clear(&o);
	return rc;
}

/* Applies a carried motion's effect (inside its transaction). */
static int
effect_apply(struct core *c, const struct rec_motion *mo,
    struct motion_result *res)
{
	struct rec_effect	 e;
	struct rec_group_list	 gs = { NULL, 0 };
	struct rec_membership_list ms = { NULL, 0 };
	const struct rec_group	*co = NULL;
	char			 reason[300], ref[32], text[600];
	int64_t			 act;
	size_t			 i;
	int			 rc = CORE_OK;

	if (mo->effect == NULL)
		return CORE_OK;
	if (json_stored_effect_parse(mo->effect, &e) != 0)
		return core_fail(c, CORE_EFAULT, NULL, "bad motion effect");
	snprintf(ref, sizeof(ref), "%lld", (long long)e.organisation_id);
	snprintf(reason, sizeof(reason), "by vote of %s, decision %lld",
	    mo->group_name, (long long)mo->id);
	if (strcmp(e.what, "coopt") == 0)
		/* SA-5.8: co-opted by simple majority. */
		rc = core_member_add(c, mo->grp, ref, "co-opted", NULL,
		    c->today);
	else if (strcmp(e.what, "terminate") == 0 && e.effective != NULL &&
	    strcmp(e.effective, c->today) > 0) {
		/* SA-14.3: terminated from the date the vote set. */
		struct rec_membership mb;

		memset(&mb, 0, sizeof(mb));
		if ((rc = core_int_find_membership(c, mo->grp, ref, &mb)) ==
		    CORE_OK)
			rc = core_int_schedule_status(c, mb.id, "terminated",
			    e.effective, reason);
		rec_membership_clear(&mb);
	} else if (strcmp(e.what, "terminate") == 0)
		/* SA-14.3: terminated by the group, with immediate effect. */
		rc = core_member_status(c, mo->grp, ref, "terminated",
		    c->today, reason);
	else if (strcmp(e.what, "recommend") == 0) {
		/* SA-14.3: serious cases go to the co-ordination group,
		 * which decides; the recommendation joins its action log. */
		rc = store_group_list(c->st, c->arr, &gs);
		for (i = 0; rc == STORE_OK && i < gs.n; i++)
			if (co == NULL && gs.v[i].kind == GK_COORDINATION)
				co = &gs.v[i];
		/* A storage fault is one, not a missing group. */
		if (rc != STORE_OK)
			rc = core_store_fail(c, rc, "reading the groups");
		else if (co == NULL)
			rc = core_fail(c, CORE_EINVAL, "recommend", "this "
			    "arrangement has no co-ordination group to decide "
			    "the recommendation");
		else {
			snprintf(text, sizeof(text), "Decide the "
			    "recommendation of %s (decision %lld) to terminate "
			    "%s from the whole Alliance (SA-14.3)",
			    mo->group_name, (long long)mo->id,
			    e.organisation != NULL ? e.organisation : ref);
			rc = core_action_add(c, co->slug, 0, text,
			    "co-ordination group chair", NULL, &act);
			if (rc == CORE_OK)
				snprintf(res->referred_to,
				    sizeof(res->referred_to), "%s", co->slug);
		}
	} else if (strcmp(e.what, "terminate_all") == 0) {
		rc = store_memb_of_org(c->st, c->arr, e.organisation_id, &ms);
		if (rc != STORE_OK)
			rc = core_store_fail(c, rc, "reading memberships");
		for (i = 0; rc == CORE_OK && i < ms.n; i++)
			if (ms.v[i].status == MS_ACTIVE ||
			    ms.v[i].status == MS_SUSPENDED ||
			    ms.v[i].status == MS_UNDER_NOTICE ||
			    ms.v[i].status == MS_PENDING)
				rc = core_member_status(c, ms.v[i].grp, ref,
				    "terminated", c->today, reason);
	}
	if (rc == CORE_OK)
		snprintf(res->effect, sizeof(res->effect), "%s", e.what);
	rec_group_list_free(&gs);
	rec_membership_list_free(&ms);
	rec_effect_free(&e);
	return rc;
}

static int
motion_propose(struct core *c, int64_t meeting, int pos,
    const char *text, int64_t previous, const struct motion_effect *eff,
    int64_t *id)
{
	struct attendee		*a = NULL;
	struct quorum_count	 qc;
	struct rec_meeting	 m;
	struct rec_motion	 prev;
	struct rec_item		 it;
	struct rec_voter_list	 rows = { NULL, 0 };
	char			 why[400], *effect = NULL;
	size_t			 n;
	int			 rc, kind, round = 1;

	memset(&prev, 0, sizeof(prev));
	if ((rc = begin_item(c, meeting, pos, text, &m, &it)) != CORE_OK)
		return rc;
	if (m.status == MEETING_CANCELLED) {
		rc = core_fail(c, CORE_EINVAL, "meeting", "meeting %lld was "
		    "cancelled", (long long)meeting);
		goto out;
	}
	if (previous != 0) {
		/* SA-8.3: a tie decides nothing; after further debate the
		 * item may be put to a second vote. */
		int found;

		rc = store_motion_get(c->st, previous, c->arr, &prev, &found);
		if (rc != STORE_OK) {
			rc = core_store_fail(c, rc, "reading the motion");
			goto out;
		}
		if (!found || prev.meeting_id != meeting ||
		    prev.outcome == NULL || strcmp(prev.outcome, "tie") != 0) {
			rc = core_fail(c, CORE_EINVAL, "second_vote_of", "a "
			    "second vote follows a tied vote on the same "
			    "meeting; motion %lld is not one",
			    (long long)previous);
			goto out;
		}
		round = prev.round + 1;
		/* The second vote decides the same question. */
		if (prev.effect != NULL &&
		    (effect = strdup(prev.effect)) == NULL) {
			rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
			goto out;
		}
	}
	if (effect == NULL && (rc = effect_check(c, &m, eff, &effect)))
		goto out;
	if ((rc = attendees(c, &m, it.id, &a, &n, &rows)) != CORE_OK)
		goto out;
	/* SA-8.2: no vote unless quorate, and say who is missing. */
	kind = group_kind_parse(m.group_kind);
	if (!rules_quorum(&c->cons, kind, a, n, &qc, why, sizeof(why))) {
		rc = core_fail(c, CORE_EINVAL, "quorum", "the meeting is not "
		    "quorate for a vote (SA-8.2): %s", why);
		goto out;
	}
	rc = motion_insert(c, m.group_id, meeting, it.id,
	    text, "vote", NULL, NULL, round, previous, effect, id);
out:
	free(effect);
	free(a);
	rec_voter_list_free(&rows);
	rec_meeting_free(&m);
	rec_item_free(&it);
	rec_motion_free(&prev);
	return core_end(c, rc);
}

int
core_poll_open(struct core *c, const struct viewer *v, const char *group,
    const char *text, const char *opens, const char *closes, int64_t *id)
{
	struct rec_group	 g = { 0 };
	long long	 o, cl;
	int		 rc;

	if ((rc = core_int_body(c, "text", text, 1, 4000)))
		return rc;
	if ((o = minutes(opens)) < 0)
		return core_fail(c, CORE_EINVAL, "opens", "opens '%s' is not "
		    "accepted; expected YYYY-MM-DDTHH:MM", opens ? opens : "");
	if ((cl = minutes(closes)) < 0 || cl <= o)
		return core_fail(c, CORE_EINVAL, "closes", "closes '%s' is not "
		    "accepted; expected YYYY-MM-DDTHH:MM after opens",
		    closes ? closes : "");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	/* SA-8.4: a poll at the chair's discretion. */
	if ((rc = core_int_find_group(c, group, &g)) == CORE_OK &&
	    (rc = runs_group(c, v, g.id)) == CORE_OK)
		rc = motion_insert(c, g.id, 0, 0, text, "poll", opens,
		    closes, 1, 0, NULL, id);
	/* SA-8.4: the members are asked by email. */
	if (rc == CORE_OK) {
		char subject[300], body[4400], link[64];

		snprintf(link, sizeof(link), "/decisions/%lld", (long long)*id);
		snprintf(subject, sizeof(subject), "Urgent decision: vote by "
		    "%s", closes);
		snprintf(body, sizeof(body), "%s asks its members to decide: "
		    "%s. The poll is open from %s until %s (UTC); one vote per "
		    "member organisation.", g.name, text, opens,
		    closes);
		rc = core_int_notify_group(c, g.id, 1, "poll", NULL,
		    subject, body, link, NULL, NULL);
	}
	rec_group_clear(&g);
	return core_end(c, rc);
}

int
core_int_motion(struct core *c, int64_t id, struct rec_motion *mo)
{
	int found, rc;

	rc = store_motion_get(c->st, id, c->arr, mo, &found);
	return core_int_found(c, rc, found, "reading the motion", "motion",
	    "no motion %lld in %s", (long long)id, c->arr_slug);
}

int
core_motion_cast(struct core *c, const struct viewer *v, int64_t motion,
    const char *org, const char *choice)
{
	struct attendee	*a = NULL, *me = NULL;
	struct rec_meeting m;
	struct rec_motion mo;
	struct rec_voter_list rows = { NULL, 0 };
	struct rec_org		 o = { 0 };
	int		 voted = 0;
	int64_t		 self;
	enum elig	 e;
	size_t		 i, n;
	int		 rc, poll;

	memset(&m, 0, sizeof(m));
	memset(&mo, 0, sizeof(mo));
	if (choice == NULL || (strcmp(choice, "for") != 0 &&
	    strcmp(choice, "against") != 0 && strcmp(choice, "abstain") != 0))
		return core_fail(c, CORE_EINVAL, "choice", "choice '%s' is not "
		    "accepted; expected for, against or abstain",
		    choice != NULL ? choice : "");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_motion(c, motion, &mo)) != CORE_OK ||
	    (rc = core_int_find_org(c, org, &o)) != CORE_OK)
		goto out;
	poll = mo.method == METHOD_POLL;
	/* SA-8.4: in a poll each member organisation votes for itself;
	 * SA-7.3, SA-8.3: at a meeting the vote is taken there, and who
	 * runs it records each organisation's, a member's own too
	 * (officers and the command line record either). */
	if (!viewer_is_officer(v) && (poll ? !(viewer_is_member(v) &&
	    v->org != 0 && v->org == o.id) : !core_viewer_chairs(c, v,
	    mo.group_id))) {
		rc = core_fail(c, CORE_EPERM, poll ? "member" : "runs", poll ?
		    "A member votes only for its own organisation." :
		    "A vote at a meeting is recorded by its chair.");
		goto out;
	}
	if (mo.status != MOTION_OPEN) {
		rc = core_fail(c, CORE_EINVAL, "motion", "motion %lld is "
		    "closed; no more votes are taken", (long long)motion);
		goto out;
	}
	/* This organisation's vote, by the key (the primary key keeps it
	 * to one even so). */
	self = o.id;
	rc = store_motion_voted(c->st, motion, self, &voted);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading votes");
		goto out;
	}
	/* SA-8.4: a poll takes ballots between its times; SA-8.3: one
	 * vote per organisation, at a meeting or in a poll. */
	{
		long long now = minutes(c->now);
		long long op = poll ? minutes(mo.opens) : now;
		long long cl = poll ? minutes(mo.closes) : now;
		enum ballot_check b = rules_ballot_accept(self, &self,
		    voted, now, op, cl);

		if (b != BALLOT_OK) {
			rc = core_fail(c, CORE_EINVAL, "organisation", "%s: %s",
			    o.name, rules_ballot_why(b));
			goto out;
		}
	}
	if (poll)
		rc = poll_voter(c, mo.group_id, o.id, &a, &n, &rows);
	else if ((rc = core_int_meeting(c, mo.meeting_id, &m)) ==
	    CORE_OK)
		rc = attendees(c, &m, mo.item_id, &a, &n, &rows);
	if (rc != CORE_OK)
		goto out;
	for (i = 0; i < n; i++)
		if (a[i].org == o.id)
			me = &a[i];
	if (me == NULL) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "member of %s and cannot vote", o.name,
		    mo.group_name);
		goto out;
	}
	/* SA-3.1-assoc, SA-8.3, SA-11.3, SA-13.2, SA-6.3. */
	if ((e = rules_may_cast(&c->cons, me, !poll)) != ELIG_OK) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s cannot vote "
		    "on this motion: %s", o.name,
		    rules_elig_why(e, 0));
		goto out;
	}
	rc = store_exec(c->st, STMT_MVOTE_INSERT, "llsss", motion,
	    o.id, choice, c->actor, c->now);
	rc = core_audited(c, rc, "recording the vote", "motion.vote", "motion",
	    motion, "{s:s, s:s}", "organisation", o.name, "choice", choice);
out:
	free(a);
	rec_voter_list_free(&rows);
	rec_motion_free(&mo);
	rec_org_clear(&o);
	rec_meeting_free(&m);
	return core_end(c, rc);
}

int
core_motion_close(struct core *c, const struct viewer *v, int64_t motion,
    struct motion_result *res)
{
	struct rec_motion	 mo;
	unsigned		 n[3] = { 0, 0, 0 };
	enum motion		 out;
	int			 rc;

	memset(res, 0, sizeof(*res));
	memset(&mo, 0, sizeof(mo));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_motion(c, motion, &mo)) != CORE_OK ||
	    (rc = runs_group(c, v, mo.group_id)) != CORE_OK)
		goto out;
	if (mo.status != MOTION_OPEN) {
		rc = core_fail(c, CORE_EINVAL, "motion", "motion %lld is "
		    "already closed", (long long)motion);
		goto out;
	}
	if (mo.method == METHOD_POLL &&
	    minutes(c->now) < minutes(mo.closes)) {
		rc = core_fail(c, CORE_EINVAL, "motion", "the poll closes at "
		    "%s; results are counted only after it closes (SA-8.4)",
		    mo.closes);
		goto out;
	}
	/* Counted by the database: a row per choice, not per vote. */
	rc = store_vote_tally(c->st, motion, &n[0], &n[1], &n[2]);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading votes");
		goto out;
	}
	/* SA-8.3: simple majority of votes cast, no casting vote. */
	out = rules_motion_outcome(n[0], n[1], n[2]);
	rc = store_exec(c->st, STMT_MOTION_CLOSE, "siiisl",
	    rules_motion_names[out], (int)n[0], (int)n[1], (int)n[2], c->now,
	    motion);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "closing the motion");
		goto out;
	}
	/* Apart, not core_audited: a storage fault leaves res unset. */
	rc = core_auditf(c, "motion.close", "motion", motion,
	    "{s:s, s:i, s:i, s:i}", "outcome", rules_motion_names[out], "for",
	    (int)n[0], "against", (int)n[1], "abstain", (int)n[2]);
	if (rc == CORE_OK && out == MOTION_CARRIED)
		rc = effect_apply(c, &mo, res);
	res->motion = motion;
	res->outcome = rules_motion_names[out];
	res->tie = out == MOTION_TIE;
	res->votes_for = n[0];
	res->votes_against = n[1];
	res->votes_abstain = n[2];
out:
	rec_motion_free(&mo);
	return core_end(c, rc);
}

/* SA-8.2: is the meeting quorate now, counting who is recorded as
 * present (no item in hand, so no conflicts)?  For the chair's page. */
int
core_meeting_quorum(struct core *c, const struct viewer *v, int64_t meeting,
    struct meeting_quorum *out)
{
	enum meeting_reader	 reader;
	struct meeting_sight	 sight;
	struct rec_meeting	 m;
	struct rec_voter_list	 rows = { NULL, 0 };
	struct attendee		*a = NULL;
	struct quorum_count	 qc;
	size_t			 n = 0;
	int			 rc;

	memset(out, 0, sizeof(*out));
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
		return rc;
	/* SA-11.1: attendance is for members. */
	if ((rc = core_int_meeting_reader(c, v, &m, &reader)) != CORE_OK)
		goto out;
	rules_meeting_sight(reader, 0, 0, 0, 0, &sight);
	if (!sight.attendance) {
		rc = core_fail(c, CORE_ENOTFOUND, "meeting", "no meeting %lld "
		    "in %s", (long long)meeting, c->arr_slug);
		goto out;
	}
	if ((rc = attendees(c, &m, 0, &a, &n, &rows)) != CORE_OK)
		goto out;
	memset(&qc, 0, sizeof(qc));
	out->quorate = rules_quorum(&c->cons, group_kind_parse(m.group_kind),
	    a, n, &qc, out->why, sizeof(out->why));
	out->counted = qc.counted;
	out->needed = qc.needed;
out:
	free(a);
	rec_voter_list_free(&rows);
	rec_meeting_free(&m);
	return rc;
}

/* SA-8.1, SA-7.3: a decision by consensus, recorded by who runs the
 * meeting (meeting_who.c). */
int
core_decide_consensus(struct core *c, const struct viewer *v,
    int64_t meeting, int pos, const char *text, int64_t *id)
{
	int rc;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_end(c, decide_consensus(c, meeting, pos, text, id));
}

/* SA-8.2, SA-7.3: a motion put to the vote by who runs the meeting. */
int
core_motion_propose(struct core *c, const struct viewer *v, int64_t meeting,
    int pos, const char *text, int64_t previous,
    const struct motion_effect *eff, int64_t *id)
{
	int rc;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_end(c, motion_propose(c, meeting, pos, text, previous,
	    eff, id));
}
