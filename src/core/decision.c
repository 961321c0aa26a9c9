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
#include "rules/parse.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "rules/vote.h"
#include "store/store.h"

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

/*
 * The facts of every member of the meeting's group for item_id (0: no
 * item): attendance, kind, status, side, sector and conflicts.  *rows
 * keeps the strings alive; free it after the array.
 */
static int
attendees(struct core *c, const json_t *m, int64_t item_id,
    struct attendee **out, size_t *n, json_t **rows)
{
	json_t		*att = NULL, *ints = NULL, *r, *a, *in;
	struct attendee	*v;
	size_t		 i, j;
	int		 rc;

	*out = NULL;
	*n = 0;
	*rows = NULL;
	rc = store_rows(c->st, rows, STMT_MEMB_LIST_GROUP, "l",
	    jint(m, "group_id"));
	if (rc == STORE_OK && jint(m, "id") != 0)
		rc = store_rows(c->st, &att, STMT_ATT_LIST, "l", jint(m, "id"));
	if (rc == STORE_OK && jint(m, "id") != 0)
		rc = store_rows(c->st, &ints, STMT_INTEREST_LIST, "l",
		    jint(m, "id"));
	if (rc != STORE_OK) {
		json_decref(att);
		return core_store_fail(c, rc, "reading attendance");
	}
	if ((v = calloc(json_array_size(*rows) + 1, sizeof(*v))) == NULL) {
		json_decref(att);
		json_decref(ints);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	json_array_foreach(*rows, i, r) {
		v[i].org = jint(r, "organisation_id");
		v[i].kind = memb_kind_parse(jstr(r, "kind"));
		v[i].status = memb_status_parse(jstr(r, "status"));
		v[i].side = jstr(r, "side");
		v[i].vcse = strcmp(jstr(r, "sector"), "vcse") == 0;
		v[i].excluded = (int)jint(r, "excluded");
		v[i].attend = AT_ABSENT;
		json_array_foreach(att, j, a)
			if (jint(a, "organisation_id") == v[i].org) {
				v[i].attend = rules_attend_parse(jstr(a,
				    "attend"));
				v[i].deputy_agreed = (int)jint(a,
				    "deputy_agreed");
			}
		/* SA-11.3: a declared conflict excludes from the item. */
		json_array_foreach(ints, j, in)
			if (item_id != 0 && jint(in, "item_id") == item_id &&
			    jint(in, "organisation_id") == v[i].org)
				v[i].conflicted = 1;
	}
	*n = json_array_size(*rows);
	*out = v;
	json_decref(att);
	json_decref(ints);
	return CORE_OK;
}

/*
 * The facts of one organisation for a poll of group: its membership
 * only, found by the key, where attendees() would read every member.
 * *n is 0 when it is no member.  *rows keeps the strings alive.
 */
static int
poll_voter(struct core *c, int64_t group, const json_t *o,
    struct attendee **out, size_t *n, json_t **rows)
{
	struct attendee	*v;
	int		 rc;

	*out = NULL;
	*n = 0;
	rc = store_row(c->st, rows, STMT_MEMB_GET, "ll", group, jint(o, "id"));
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the membership");
	if ((v = calloc(1, sizeof(*v))) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	if (*rows != NULL) {
		v->org = jint(o, "id");
		v->kind = memb_kind_parse(jstr(*rows, "kind"));
		v->status = memb_status_parse(jstr(*rows, "status"));
		v->side = jstr(*rows, "side");
		v->vcse = strcmp(jstr(o, "sector"), "vcse") == 0;
		v->excluded = (int)jint(*rows, "excluded");
		v->attend = AT_ABSENT;
		*n = 1;
	}
	*out = v;
	return CORE_OK;
}

static int
get_item(struct core *c, int64_t meeting, int pos, json_t **it)
{
	int rc = store_row(c->st, it, STMT_ITEM_GET, "li", meeting, pos);

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the agenda");
	if (*it == NULL)
		return core_fail(c, CORE_ENOTFOUND, "item", "meeting %lld has "
		    "no item %d", (long long)meeting, pos);
	return CORE_OK;
}

static int
motion_insert(struct core *c, int64_t group, int64_t meeting, int64_t item,
    const char *text, const char *method, const char *opens,
    const char *closes, int round, int64_t previous, const char *effect,
    int64_t *id)
{
	json_t	*d;
	int	 rc;

	rc = store_exec(c->st, STMT_MOTION_INSERT, "lnnssssinsss", group,
	    meeting, item, text, method, opens, closes, round, previous,
	    effect, c->actor, c->now);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "recording the motion");
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s, s:I, s:i, s:s?}", "text", text, "method",
	    method, "meeting", (json_int_t)meeting, "round", round, "effect",
	    effect);
	rc = core_audit(c, "motion.propose", "motion", *id, d);
	json_decref(d);
	return rc;
}

int
core_decide_consensus(struct core *c, int64_t meeting, int pos,
    const char *text, int64_t *id)
{
	json_t	*m = NULL, *it = NULL, *g = NULL;
	int	 rc;

	if ((rc = core_int_body(c, "text", text, 1, 4000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK ||
	    (rc = get_item(c, meeting, pos, &it)) != CORE_OK)
		goto out;
	/* SA-8.1: recorded as a decision by consensus. */
	rc = motion_insert(c, jint(m, "group_id"), meeting, jint(it, "id"),
	    text, "consensus", NULL, NULL, 1, 0, NULL, id);
	if (rc == CORE_OK && (rc = store_exec(c->st, STMT_MOTION_CLOSE,
	    "siiisl", "agreed by consensus", 0, 0, 0, c->now, *id)) !=
	    STORE_OK)
		rc = core_store_fail(c, rc, "recording the decision");
out:
	json_decref(m);
	json_decref(it);
	json_decref(g);
	return core_end(c, rc);
}

int
core_decide_email(struct core *c, const char *group, const char *text,
    int64_t *id)
{
	json_t	*g = NULL;
	int	 rc;

	if ((rc = core_int_body(c, "text", text, 1, 4000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_group(c, group, &g)) != CORE_OK)
		goto out;
	/* SA-8.4: urgent decisions by email consensus, on the record. */
	rc = motion_insert(c, jint(g, "id"), 0, 0, text, "email", NULL, NULL,
	    1, 0, NULL, id);
	if (rc == CORE_OK && (rc = store_exec(c->st, STMT_MOTION_CLOSE,
	    "siiisl", "agreed by email consensus", 0, 0, 0, c->now, *id)) !=
	    STORE_OK)
		rc = core_store_fail(c, rc, "recording the decision");
out:
	json_decref(g);
	return core_end(c, rc);
}

/*
 * Checks a motion's effect against the group and writes it as JSON
 * into *out (NULL when there is none).
 */
static int
effect_check(struct core *c, const json_t *m, const struct motion_effect *e,
    char **out)
{
	json_t		*o = NULL, *mb = NULL, *j;
	const char	*what = NULL, *ref = NULL;
	int		 n = 0, rc = CORE_OK;

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
	if ((rc = core_int_org(c, ref, &o)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &mb, STMT_MEMB_GET, "ll", jint(m, "group_id"),
	    jint(o, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the membership");
		goto out;
	}
	if (strcmp(what, "coopt") == 0 && (strcmp(jstr(m, "group_kind"),
	    "coordination") != 0 || mb != NULL))
		rc = core_fail(c, CORE_EINVAL, "coopt", mb != NULL ? "%s is "
		    "already a member of %s" : "co-option is by the "
		    "co-ordination group (SA-5.8), not %s", mb != NULL ?
		    jstr(o, "name") : jstr(m, "group_name"),
		    jstr(m, "group_name"));
	else if (strcmp(what, "terminate") == 0 && mb == NULL)
		rc = core_fail(c, CORE_EINVAL, "terminate", "%s is not a member "
		    "of %s", jstr(o, "name"), jstr(m, "group_name"));
	else if (strcmp(what, "recommend") == 0 &&
	    strcmp(jstr(m, "group_kind"), "local-forum") != 0 &&
	    strcmp(jstr(m, "group_kind"), "thematic") != 0)
		rc = core_fail(c, CORE_EINVAL, "recommend", "a local or "
		    "thematic forum recommends termination from the whole "
		    "Alliance (SA-14.3); %s is neither", jstr(m, "group_name"));
	else if (strcmp(what, "terminate_all") == 0 &&
	    strcmp(jstr(m, "group_kind"), "coordination") != 0)
		rc = core_fail(c, CORE_EINVAL, "terminate_all", "the "
		    "co-ordination group decides termination from the whole "
		    "Alliance (SA-14.3), not %s", jstr(m, "group_name"));
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
		j = json_pack("{s:s, s:I, s:s, s:s?}", "do", what,
		    "organisation_id", (json_int_t)jint(o, "id"),
		    "organisation", jstr(o, "name"), "effective", e->effective);
		*out = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS);
		json_decref(j);
	}
out:
	json_decref(o);
	json_decref(mb);
	return rc;
}

/* Applies a carried motion's effect (inside its transaction). */
static int
effect_apply(struct core *c, const json_t *mo, json_t *result)
{
	json_t		*e, *ms = NULL, *m, *co = NULL;
	json_error_t	 jerr;
	char		 reason[300], ref[32], text[600];
	const char	*what;
	int64_t		 act;
	size_t		 i;
	int		 rc = CORE_OK;

	if (jstr(mo, "effect") == NULL)
		return CORE_OK;
	if ((e = json_loads(jstr(mo, "effect"), 0, &jerr)) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "bad motion effect");
	what = jstr(e, "do");
	snprintf(ref, sizeof(ref), "%lld", (long long)jint(e,
	    "organisation_id"));
	snprintf(reason, sizeof(reason), "by vote of %s, decision %lld",
	    jstr(mo, "group_name"), (long long)jint(mo, "id"));
	if (strcmp(what, "coopt") == 0)
		/* SA-5.8: co-opted by simple majority. */
		rc = core_member_add(c, jstr(mo, "grp"), ref, "co-opted", NULL,
		    c->today);
	else if (strcmp(what, "terminate") == 0 && jstr(e, "effective") !=
	    NULL && strcmp(jstr(e, "effective"), c->today) > 0) {
		/* SA-14.3: terminated from the date the vote set. */
		json_t *mb = NULL;

		if ((rc = core_int_membership(c, jstr(mo, "grp"), ref,
		    &mb)) == CORE_OK)
			rc = core_int_schedule_status(c, jint(mb, "id"),
			    "terminated", jstr(e, "effective"), reason);
		json_decref(mb);
	} else if (strcmp(what, "terminate") == 0)
		/* SA-14.3: terminated by the group, with immediate effect. */
		rc = core_member_status(c, jstr(mo, "grp"), ref, "terminated",
		    c->today, reason);
	else if (strcmp(what, "recommend") == 0) {
		/* SA-14.3: serious cases go to the co-ordination group,
		 * which decides; the recommendation joins its action log. */
		rc = store_rows(c->st, &ms, STMT_GROUP_LIST, "l", c->arr);
		json_array_foreach(ms, i, m)
			if (co == NULL && strcmp(jstr(m, "kind"),
			    "coordination") == 0)
				co = m;
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
			    jstr(mo, "group_name"), (long long)jint(mo, "id"),
			    jstr(e, "organisation"));
			rc = core_action_add(c, jstr(co, "slug"), 0, text,
			    "co-ordination group chair", NULL, &act);
			if (rc == CORE_OK)
				json_object_set_new(result, "referred_to",
				    json_string(jstr(co, "slug")));
		}
	} else if (strcmp(what, "terminate_all") == 0) {
		rc = store_rows(c->st, &ms, STMT_MEMB_OF_ORG, "ll", c->arr,
		    jint(e, "organisation_id"));
		if (rc != STORE_OK)
			rc = core_store_fail(c, rc, "reading memberships");
		json_array_foreach(ms, i, m)
			if (rc == CORE_OK && (strcmp(jstr(m, "status"),
			    "active") == 0 || strcmp(jstr(m, "status"),
			    "suspended") == 0 || strcmp(jstr(m, "status"),
			    "under notice") == 0 || strcmp(jstr(m, "status"),
			    "pending") == 0))
				rc = core_member_status(c, jstr(m, "grp"), ref,
				    "terminated", c->today, reason);
	}
	if (rc == CORE_OK)
		json_object_set_new(result, "effect", json_string(what));
	json_decref(ms);
	json_decref(e);
	return rc;
}

int
core_motion_propose(struct core *c, int64_t meeting, int pos,
    const char *text, int64_t previous, const struct motion_effect *eff,
    int64_t *id)
{
	struct attendee		*a = NULL;
	struct quorum_count	 qc;
	json_t			*m = NULL, *it = NULL, *rows = NULL;
	json_t			*prev = NULL;
	char			 why[400], *effect = NULL;
	size_t			 n;
	int			 rc, kind, round = 1;

	if ((rc = core_int_body(c, "text", text, 1, 4000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK ||
	    (rc = get_item(c, meeting, pos, &it)) != CORE_OK)
		goto out;
	if (strcmp(jstr(m, "status"), "cancelled") == 0) {
		rc = core_fail(c, CORE_EINVAL, "meeting", "meeting %lld was "
		    "cancelled", (long long)meeting);
		goto out;
	}
	if (previous != 0) {
		/* SA-8.3: a tie decides nothing; after further debate the
		 * item may be put to a second vote. */
		rc = store_row(c->st, &prev, STMT_MOTION_GET, "ll", previous,
		    c->arr);
		if (rc != STORE_OK) {
			rc = core_store_fail(c, rc, "reading the motion");
			goto out;
		}
		if (prev == NULL || jint(prev, "meeting_id") != meeting ||
		    jstr(prev, "outcome") == NULL ||
		    strcmp(jstr(prev, "outcome"), "tie") != 0) {
			rc = core_fail(c, CORE_EINVAL, "second_vote_of", "a "
			    "second vote follows a tied vote on the same "
			    "meeting; motion %lld is not one",
			    (long long)previous);
			goto out;
		}
		round = (int)jint(prev, "round") + 1;
		/* The second vote decides the same question. */
		if (jstr(prev, "effect") != NULL &&
		    (effect = strdup(jstr(prev, "effect"))) == NULL) {
			rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
			goto out;
		}
	}
	if (effect == NULL && (rc = effect_check(c, m, eff, &effect)))
		goto out;
	if ((rc = attendees(c, m, jint(it, "id"), &a, &n, &rows)) != CORE_OK)
		goto out;
	/* SA-8.2: no vote unless quorate, and say who is missing. */
	kind = group_kind_parse(jstr(m, "group_kind"));
	if (!rules_quorum(&c->cons, kind, a, n, &qc, why, sizeof(why))) {
		rc = core_fail(c, CORE_EINVAL, "quorum", "the meeting is not "
		    "quorate for a vote (SA-8.2): %s", why);
		goto out;
	}
	rc = motion_insert(c, jint(m, "group_id"), meeting, jint(it, "id"),
	    text, "vote", NULL, NULL, round, previous, effect, id);
out:
	free(effect);
	free(a);
	json_decref(rows);
	json_decref(m);
	json_decref(it);
	json_decref(prev);
	return core_end(c, rc);
}

int
core_poll_open(struct core *c, const char *group, const char *text,
    const char *opens, const char *closes, int64_t *id)
{
	json_t		*g = NULL;
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
	if ((rc = core_int_group(c, group, &g)) == CORE_OK)
		rc = motion_insert(c, jint(g, "id"), 0, 0, text, "poll", opens,
		    closes, 1, 0, NULL, id);
	/* SA-8.4: the members are asked by email. */
	if (rc == CORE_OK) {
		char subject[300], body[4400], link[64];

		snprintf(link, sizeof(link), "/decisions/%lld", (long long)*id);
		snprintf(subject, sizeof(subject), "Urgent decision: vote by "
		    "%s", closes);
		snprintf(body, sizeof(body), "%s asks its members to decide: "
		    "%s. The poll is open from %s until %s (UTC); one vote per "
		    "member organisation.", jstr(g, "name"), text, opens,
		    closes);
		rc = core_int_notify_group(c, jint(g, "id"), 1, "poll", NULL,
		    subject, body, link, NULL, NULL);
	}
	json_decref(g);
	return core_end(c, rc);
}

static int
get_motion(struct core *c, int64_t id, json_t **mo)
{
	int rc = store_row(c->st, mo, STMT_MOTION_GET, "ll", id, c->arr);

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the motion");
	if (*mo == NULL)
		return core_fail(c, CORE_ENOTFOUND, "motion", "no motion %lld "
		    "in %s", (long long)id, c->arr_slug);
	return CORE_OK;
}

int
core_motion_cast(struct core *c, int64_t motion, const char *org,
    const char *choice)
{
	struct attendee	*a = NULL, *me = NULL;
	json_t		*mo = NULL, *o = NULL, *m = NULL, *rows = NULL;
	json_t		*voted = NULL, *d;
	int64_t		 self;
	enum elig	 e;
	size_t		 i, n;
	int		 rc, poll;

	if (choice == NULL || (strcmp(choice, "for") != 0 &&
	    strcmp(choice, "against") != 0 && strcmp(choice, "abstain") != 0))
		return core_fail(c, CORE_EINVAL, "choice", "choice '%s' is not "
		    "accepted; expected for, against or abstain",
		    choice != NULL ? choice : "");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_motion(c, motion, &mo)) != CORE_OK ||
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	poll = strcmp(jstr(mo, "method"), "poll") == 0;
	if (strcmp(jstr(mo, "status"), "open") != 0) {
		rc = core_fail(c, CORE_EINVAL, "motion", "motion %lld is "
		    "closed; no more votes are taken", (long long)motion);
		goto out;
	}
	/* This organisation's vote, by the key (the primary key keeps it
	 * to one even so). */
	self = jint(o, "id");
	rc = store_row(c->st, &voted, STMT_MVOTE_HAS, "ll", motion, self);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading votes");
		goto out;
	}
	/* SA-8.4: a poll takes ballots between its times; SA-8.3: one
	 * vote per organisation, at a meeting or in a poll. */
	{
		long long now = minutes(c->now);
		long long op = poll ? minutes(jstr(mo, "opens")) : now;
		long long cl = poll ? minutes(jstr(mo, "closes")) : now;
		enum ballot_check b = rules_ballot_accept(self, &self,
		    voted != NULL, now, op, cl);

		if (b != BALLOT_OK) {
			rc = core_fail(c, CORE_EINVAL, "organisation", "%s: %s",
			    jstr(o, "name"), rules_ballot_why(b));
			goto out;
		}
	}
	if (poll)
		rc = poll_voter(c, jint(mo, "group_id"), o, &a, &n, &rows);
	else if ((rc = core_int_meeting(c, jint(mo, "meeting_id"), &m)) ==
	    CORE_OK)
		rc = attendees(c, m, jint(mo, "item_id"), &a, &n, &rows);
	if (rc != CORE_OK)
		goto out;
	for (i = 0; i < n; i++)
		if (a[i].org == jint(o, "id"))
			me = &a[i];
	if (me == NULL) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "member of %s and cannot vote", jstr(o, "name"),
		    jstr(mo, "group_name"));
		goto out;
	}
	/* SA-3.1-assoc, SA-8.3, SA-11.3, SA-13.2, SA-6.3. */
	if ((e = rules_may_cast(&c->cons, me, !poll)) != ELIG_OK) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s cannot vote "
		    "on this motion: %s", jstr(o, "name"),
		    rules_elig_why(e, 0));
		goto out;
	}
	rc = store_exec(c->st, STMT_MVOTE_INSERT, "llsss", motion,
	    jint(o, "id"), choice, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the vote");
		goto out;
	}
	d = json_pack("{s:s, s:s}", "organisation", jstr(o, "name"),
	    "choice", choice);
	rc = core_audit(c, "motion.vote", "motion", motion, d);
	json_decref(d);
out:
	free(a);
	json_decref(rows);
	json_decref(mo);
	json_decref(o);
	json_decref(m);
	json_decref(voted);
	return core_end(c, rc);
}

int
core_motion_close(struct core *c, int64_t motion, json_t **out)
{
	json_t		*mo = NULL, *votes = NULL, *v, *d;
	unsigned	 n[3] = { 0, 0, 0 }, k;
	enum motion	 res;
	size_t		 i;
	int		 rc;

	*out = NULL;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_motion(c, motion, &mo)) != CORE_OK)
		goto out;
	if (strcmp(jstr(mo, "status"), "open") != 0) {
		rc = core_fail(c, CORE_EINVAL, "motion", "motion %lld is "
		    "already closed", (long long)motion);
		goto out;
	}
	if (strcmp(jstr(mo, "method"), "poll") == 0 &&
	    minutes(c->now) < minutes(jstr(mo, "closes"))) {
		rc = core_fail(c, CORE_EINVAL, "motion", "the poll closes at "
		    "%s; results are counted only after it closes (SA-8.4)",
		    jstr(mo, "closes"));
		goto out;
	}
	/* Counted by the database: a row per choice, not per vote. */
	rc = store_rows(c->st, &votes, STMT_MVOTE_TALLY, "l", motion);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading votes");
		goto out;
	}
	json_array_foreach(votes, i, v) {
		k = strcmp(jstr(v, "choice"), "for") == 0 ? 0 :
		    strcmp(jstr(v, "choice"), "against") == 0 ? 1 : 2;
		n[k] += (unsigned)jint(v, "n");
	}
	/* SA-8.3: simple majority of votes cast, no casting vote. */
	res = rules_motion_outcome(n[0], n[1], n[2]);
	rc = store_exec(c->st, STMT_MOTION_CLOSE, "siiisl",
	    rules_motion_names[res], (int)n[0], (int)n[1], (int)n[2], c->now,
	    motion);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "closing the motion");
		goto out;
	}
	d = json_pack("{s:s, s:i, s:i, s:i}", "outcome",
	    rules_motion_names[res], "for", (int)n[0], "against", (int)n[1],
	    "abstain", (int)n[2]);
	rc = core_audit(c, "motion.close", "motion", motion, d);
	if (rc == CORE_OK && res == MOTION_CARRIED)
		rc = effect_apply(c, mo, d);
	if (rc == CORE_OK) {
		json_object_set_new(d, "motion", json_integer(motion));
		json_object_set_new(d, "tie", json_boolean(res == MOTION_TIE));
		*out = d;
	} else
		json_decref(d);
out:
	json_decref(mo);
	json_decref(votes);
	return core_end(c, rc);
}

int
core_motion_get(struct core *c, int64_t motion, json_t **out)
{
	json_t	*votes = NULL;
	int	 rc;

	if ((rc = get_motion(c, motion, out)) != CORE_OK)
		return rc;
	/* SA-8.4: a poll's votes are shown only once it has closed. */
	if (strcmp(jstr(*out, "method"), "poll") == 0 &&
	    strcmp(jstr(*out, "status"), "open") == 0) {
		json_object_set_new(*out, "votes", json_null());
		return CORE_OK;
	}
	rc = store_rows(c->st, &votes, STMT_MVOTE_LIST, "l", motion);
	if (rc != STORE_OK) {
		json_decref(*out);
		*out = NULL;
		return core_store_fail(c, rc, "reading votes");
	}
	json_object_set_new(*out, "votes", votes);
	return CORE_OK;
}

int
core_motion_list(struct core *c, const char *group, json_t **out)
{
	json_t	*g = NULL;
	int	 rc;

	if (group != NULL && (rc = core_int_group(c, group, &g)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, out, STMT_MOTION_LIST, "ll", c->arr,
	    g != NULL ? jint(g, "id") : (int64_t)0);
	json_decref(g);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing decisions");
}

/* SA-8.2: is the meeting quorate now, counting who is recorded as
 * present (no item in hand, so no conflicts)?  For the chair's page. */
int
core_meeting_quorum(struct core *c, int64_t meeting, json_t **out)
{
	json_t			*m = NULL, *rows = NULL;
	struct attendee		*a = NULL;
	struct quorum_count	 qc;
	char			 why[512] = "";
	size_t			 n = 0;
	int			 rc, ok;

	*out = NULL;
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
		return rc;
	if ((rc = attendees(c, m, 0, &a, &n, &rows)) != CORE_OK)
		goto out;
	memset(&qc, 0, sizeof(qc));
	ok = rules_quorum(&c->cons, group_kind_parse(jstr(m, "group_kind")),
	    a, n, &qc, why, sizeof(why));
	*out = json_pack("{s:b, s:i, s:i, s:s}", "quorate", ok, "counted",
	    qc.counted, "needed", qc.needed, "why", why);
	if (*out == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
out:
	free(a);
	json_decref(rows);
	json_decref(m);
	return rc;
}
