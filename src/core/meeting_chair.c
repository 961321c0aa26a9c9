/*
 * Who takes part in a meeting's business: declarations of interest on
 * an item (SA-11.2, SA-3.1-assoc) and who chaired the meeting (SA-7.3,
 * SA-E1, MC-mou).  What the group did is recorded; what breaks its
 * agreement is flagged.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "store/store.h"
#include "meeting_who.h"

static int
meeting_interest(struct core *c, int64_t meeting, int pos,
    const char *org, const char *person, const char *nature)
{
	struct rec_meeting	 m;
	struct rec_item		 it;
	struct rec_standing	 s;
	struct rec_org		 o = { 0 };
	int			 found = 0, rc;

	memset(&it, 0, sizeof(it));
	if ((rc = core_int_text(c, "nature", nature, 1, 1000)) ||
	    (rc = core_int_text(c, "person", person, 0, 200)))
		return rc;
	if ((rc = core_int_meeting_org(c, meeting, org, &m, &o)) != CORE_OK)
		return rc;
	rc = store_item_get(c->st, meeting, pos, &it, &found);
	if (rc == STORE_OK && !found) {
		rc = core_fail(c, CORE_ENOTFOUND, "item", "meeting %lld has no "
		    "item %d", (long long)meeting, pos);
		goto out;
	}
	/* SA-3.1-assoc: VCSE-only business is not an associate's. */
	if (rc == STORE_OK && it.vcse_only) {
		rc = store_meeting_standing(c->st, m.group_id, o.id,
		    &s, &found);
		if (rc == STORE_OK && found &&
		    memb_kind_parse(s.kind) == MK_ASSOCIATE) {
			rec_standing_free(&s);
			rc = core_fail(c, CORE_EINVAL, "item", "item %d is "
			    "for VCSE members only; %s is an associate and "
			    "takes no part in it (SA-3.1-assoc)", pos,
			    o.name);
			goto out;
		}
		rec_standing_free(&s);
	}
	/* SA-11.2: into the register, with when it was declared. */
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_INTEREST_INSERT, "lllssss",
		    meeting, it.id, o.id, text_given(person), nature,
		    c->today, c->actor);
	rc = core_audited(c, rc, "recording the interest", "meeting.interest",
	    "meeting", meeting, "{s:I, s:i, s:s, s:s}", "meeting",
	    (long long)meeting, "item", pos, "organisation", o.name, "nature",
	    nature);
out:
	rec_meeting_free(&m);
	rec_item_free(&it);
	rec_org_clear(&o);
	return core_end(c, rc);
}

/* MC-mou: the side that chaired the last earlier meeting not cancelled
 * (copied into last, "" for none). */
static int
last_side(struct core *c, const struct rec_meeting *m, char *last,
    size_t sz)
{
	struct rec_meeting_list	 prev;
	size_t			 i;
	int			 rc;

	*last = '\0';
	rc = store_meeting_list(c->st, c->arr, m->group_id, &prev);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading meetings");
	for (i = 0; i < prev.n; i++)
		if (strcmp(prev.v[i].day, m->day) < 0 &&
		    prev.v[i].status != MEETING_CANCELLED &&
		    prev.v[i].chair_side != NULL)
			snprintf(last, sz, "%s", prev.v[i].chair_side);
	rec_meeting_list_free(&prev);
	return CORE_OK;
}

static int
meeting_chair(struct core *c, int64_t meeting, const char *person,
    struct check_flag_list *flags)
{
	struct rec_meeting	 m;
	struct rec_standing	 s;
	struct rec_person	 p = { 0 };
	const char		*side, *rule;
	char			 why[200], last[100];
	int			 rc, kind, found = 0, nomem = 0;

	memset(flags, 0, sizeof(*flags));
	memset(&s, 0, sizeof(s));
	if ((rc = core_int_meeting_change(c, meeting, &m)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_person(c, person, &p)) != CORE_OK)
		goto out;
	rc = store_meeting_standing(c->st, m.group_id,
	    p.org_id, &s, &found);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the membership");
		goto out;
	}
	/* SA-E1: who chaired is the group's own act; one not from an
	 * active full member is recorded and flagged. */
	kind = group_kind_parse(m.group_kind);
	rule = rules_id(&c->cons, DUTY_MEETING_CHAIR, kind);
	if ((!found || !rules_may_hold_office(memb_kind_parse(s.kind),
	    memb_status_parse(s.status))) && rule != NULL &&
	    constitution_bool(&c->cons, "chair.full_member_only"))
		nomem |= check_flag_add(flags, CHECK_ABOUT_PERSON, rule, NULL,
		    "%s is not from an active full member of %s; a chair "
		    "must be", p.name, m.group_name);
	side = found ? s.side : NULL;
	/* MC-mou: the chair alternates between the sides, meeting by
	 * meeting; compare with the last earlier meeting chaired. */
	if ((rc = last_side(c, &m, last, sizeof(last))) != CORE_OK)
		goto out;
	/* MC-mou: who chaired is the group's own act.  A chair with no
	 * side cannot be placed (refused: the side is missing); the same
	 * side twice in a row is recorded and flagged. */
	if (kind >= 0 && (side == NULL || *side == '\0') &&
	    rules_mou_chair_alternates(&c->cons, kind, last[0] ? last : NULL,
	    side, why, sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s", why);
		goto out;
	}
	rule = kind >= 0 ? rules_id(&c->cons, DUTY_CHAIR_ALTERNATES, kind) :
	    NULL;
	if (kind >= 0 && rules_mou_chair_alternates(&c->cons, kind,
	    last[0] ? last : NULL, side, why, sizeof(why)) != 0 &&
	    rule != NULL)
		nomem |= check_flag_add(flags, CHECK_ABOUT_ARRANGEMENT, rule,
		    NULL, "the %s side chaired the previous meeting too; "
		    "chairing alternates between the sides, meeting by "
		    "meeting", side);
	if (nomem) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	rc = store_exec(c->st, STMT_MEET_SET_CHAIR, "lsl", p.id,
	    side, meeting);
	rc = core_audited(c, rc, "recording the chair", "meeting.chair",
	    "meeting", meeting, "{s:I, s:s, s:s?}", "meeting",
	    (long long)meeting, "chair", p.name, "side", side);
out:
	rec_meeting_free(&m);
	rec_standing_free(&s);
	rec_person_clear(&p);
	return core_int_end_flags(c, rc, flags);
}

/*
 * SA-3.1-assoc: a member declares an interest only in an item of the
 * agenda as it sees it (rules_meeting_sight): none before the agenda
 * is circulated, and no VCSE-only item for an associate.
 */
static int
on_agenda(struct core *c, const struct viewer *v, int64_t meeting, int pos)
{
	struct rec_meeting	 m;
	struct rec_item		 it;
	struct meeting_sight	 sight;
	enum meeting_reader	 reader;
	int			 found = 0, rc;

	memset(&m, 0, sizeof(m));
	memset(&it, 0, sizeof(it));
	memset(&sight, 0, sizeof(sight));
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_reader(c, v, &m, &reader)) != CORE_OK)
		goto out;
	rules_meeting_sight(reader, m.notes != NULL, m.notes_published !=
	    NULL, m.notes_visibility != NULL && strcmp(m.notes_visibility,
	    "public") == 0, m.circulated != NULL, &sight);
	if ((rc = store_item_get(c->st, meeting, pos, &it, &found)) !=
	    STORE_OK) {
		rc = core_store_fail(c, rc, "reading the agenda");
		goto out;
	}
	if (!sight.agenda || !found || (it.vcse_only && !sight.vcse_items))
		rc = core_fail(c, CORE_EPERM, "item", "Associates do not take "
		    "part in VCSE-only business, and the agenda is shown once "
		    "it is circulated.");
out:
	rec_meeting_free(&m);
	rec_item_free(&it);
	return rc;
}

/*
 * SA-11.2: who runs the meeting records any organisation's interest
 * (org); a member declares its own (org NULL, or its own), on an item
 * of its agenda (SA-3.1-assoc).
 */
int
core_meeting_interest(struct core *c, const struct viewer *v,
    int64_t meeting, int pos, const char *org, const char *person,
    const char *nature)
{
	const char	*of;
	char		 own[32];
	int		 rc, runs;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_MEMBER,
	    &runs)) != CORE_OK)
		return rc;
	if ((runs || (rc = on_agenda(c, v, meeting, pos)) == CORE_OK) &&
	    (rc = core_int_meeting_for(c, v, runs, org, own, sizeof(own),
	    &of)) == CORE_OK)
		rc = meeting_interest(c, meeting, pos, of, person, nature);
	return core_end(c, rc);
}

/* SA-7.3: who chaired, recorded by who runs the meeting. */
int
core_meeting_chair(struct core *c, const struct viewer *v, int64_t meeting,
    const char *person, struct check_flag_list *flags)
{
	int rc;

	memset(flags, 0, sizeof(*flags));
	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_int_end_flags(c, meeting_chair(c, meeting, person, flags),
	    flags);
}

/* SA-8.2: motion is a vote put at this meeting (else CORE_ENOTFOUND,
 * field "motion"). */
static int
vote_of(struct core *c, int64_t meeting, int64_t motion)
{
	struct rec_motion	 mo;
	int			 rc = CORE_ENOTFOUND, mine = 0;

	memset(&mo, 0, sizeof(mo));
	if (motion > 0 && (rc = core_int_motion(c, motion, &mo)) == CORE_OK) {
		mine = mo.meeting_id == meeting && mo.method == METHOD_VOTE;
		rec_motion_free(&mo);
	}
	if (rc != CORE_OK && rc != CORE_ENOTFOUND)
		return rc;
	return mine ? CORE_OK : core_fail(c, CORE_ENOTFOUND, "motion", "That "
	    "motion is not a vote of this meeting.");
}

/* SA-8.3, SA-7.3: one organisation's vote at the meeting, recorded by
 * who runs it. */
int
core_meeting_vote(struct core *c, const struct viewer *v, int64_t meeting,
    int64_t motion, const char *org, const char *choice)
{
	int rc;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	if ((rc = vote_of(c, meeting, motion)) == CORE_OK)
		rc = core_motion_cast(c, v, motion, org, choice);
	return core_end(c, rc);
}

/* SA-8.2, SA-7.3: the meeting's vote closed and counted by who runs
 * it. */
int
core_meeting_count(struct core *c, const struct viewer *v, int64_t meeting,
    int64_t motion, struct motion_result *res)
{
	int rc;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	if ((rc = vote_of(c, meeting, motion)) == CORE_OK)
		rc = core_motion_close(c, v, motion, res);
	return core_end(c, rc);
}
