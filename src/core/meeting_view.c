/*
 * Reading meetings: one meeting as its viewer may see it (SA-11.1,
 * SA-3.1-assoc), and the list of meetings, each with the status a
 * reader sees and its flags (SA-10.2, SA-10.3).  Pages, the API and the
 * command line all read a meeting here, so they cannot disagree.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "store/store.h"

void
meeting_view_free(struct meeting_view *v)
{
	rec_meeting_free(&v->m);
	rec_item_list_free(&v->agenda);
	rec_attendance_list_free(&v->attendance);
	rec_interest_list_free(&v->interests);
	memset(v, 0, sizeof(*v));
}

static int
set_date(char **to, int day)
{
	char buf[DATE_LEN];

	date_format(day, buf);
	free(*to);
	return (*to = strdup(buf)) == NULL ? -1 : 0;
}

/*
 * The flags a reader should see of a meeting, each with the
 * arrangement's own rule id (SA-10.2, SA-10.3), its due dates (none
 * where its agreement sets no notice or deadline) and the status a
 * reader sees: scheduled, held once its day has come, minuted once its
 * notes are published, or cancelled.  -1 for no memory.
 */
int
core_int_meeting_flags(struct core *c, struct rec_meeting *m)
{
	/* A late agenda or late notes is the arrangement's. */
	const enum check_about	 about = CHECK_ABOUT_ARRANGEMENT;
	const char		*id;
	int			 day = 0, today = 0, when, gk, live, rc = 0;

	gk = group_kind_parse(m->group_kind != NULL ? m->group_kind : "");
	date_parse(m->day, &day);
	date_parse(c->today, &today);
	live = m->status != MEETING_CANCELLED;
	check_flag_list_free(&m->flags);
	free(m->agenda_due);
	free(m->notes_due);
	m->agenda_due = m->notes_due = NULL;
	id = rules_id(&c->cons, DUTY_AGENDA_NOTICE, gk);
	if (id != NULL && constitution_states(&c->cons, "agenda.notice_days"))
		rc |= set_date(&m->agenda_due, rules_agenda_due(&c->cons, day));
	/* SA-10.2: the agenda a week before. */
	if (id != NULL && live && m->circulated != NULL) {
		date_parse(m->circulated, &when);
		if (rules_agenda_late(&c->cons, day, when))
			rc |= check_flag_add(&m->flags, about, id, NULL,
			    "agenda circulated %s, after %s", m->circulated,
			    m->agenda_due ? m->agenda_due : "");
	} else if (id != NULL && live && rules_agenda_late(&c->cons, day,
	    today))
		rc |= check_flag_add(&m->flags, about, id, NULL, "agenda not "
		    "circulated; it was due by %s", m->agenda_due ?
		    m->agenda_due : "");
	id = rules_id(&c->cons, DUTY_NOTES_DUE, gk);
	if (id != NULL && constitution_states(&c->cons, "notes.due_days"))
		rc |= set_date(&m->notes_due, rules_notes_due(&c->cons, day));
	/* SA-10.3: notes within three weeks. */
	if (id != NULL && live && day <= today &&
	    m->notes_published != NULL) {
		date_parse(m->notes_published, &when);
		if (rules_notes_late(&c->cons, day, when))
			rc |= check_flag_add(&m->flags, about, id, NULL,
			    "notes published %s, after %s",
			    m->notes_published, m->notes_due ? m->notes_due :
			    "");
	} else if (id != NULL && live && day <= today &&
	    rules_notes_late(&c->cons, day, today))
		rc |= check_flag_add(&m->flags, about, id, NULL, "notes not "
		    "published; they were due by %s", m->notes_due ?
		    m->notes_due : "");
	if (live)
		m->status = m->notes_published != NULL ? MEETING_MINUTED :
		    day <= today ? MEETING_HELD : MEETING_SCHEDULED;
	return rc != 0 ? -1 : 0;
}

/*
 * Who v is to the meeting's group (SA-11.1, SA-3.1-assoc): an officer,
 * the command line and the group's chair or vice-chair run it; a
 * person of a member in good standing reads as an associate, or as a
 * full member (co-opted members too); a token of scope members speaks
 * for no organisation, so reads as a member without VCSE-only business.
 * Suspended and pending members, and everyone else, read as the public.
 */
int
core_int_meeting_reader(struct core *c, const struct viewer *v,
    const struct rec_meeting *m, enum meeting_reader *out)
{
	return core_int_group_reader(c, v, m->group_id, out);
}

/* *yes: 1 when v's organisation has a membership of group, of any
 * standing (the member's own actions on a meeting ask no more). */
int
core_group_member(struct core *c, const struct viewer *v, int64_t group,
    int *yes)
{
	struct rec_standing	s;
	int			rc;

	*yes = 0;
	if (v->org == 0)
		return CORE_OK;
	rc = store_meeting_standing(c->st, group, v->org, &s, yes);
	rec_standing_free(&s);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the membership");
}

int
core_int_group_reader(struct core *c, const struct viewer *v, int64_t group,
    enum meeting_reader *out)
{
	struct rec_standing	 s;
	int			 found, rc;

	*out = READER_PUBLIC;
	if (viewer_is_officer(v) || core_viewer_chairs(c, v, group)) {
		*out = READER_RUNS;
		return CORE_OK;
	}
	if (!viewer_is_member(v))
		return CORE_OK;
	/* A token: no person, no organisation. */
	if (v->person == 0 && v->org == 0) {
		*out = READER_MEMBER;
		return CORE_OK;
	}
	/* A person of no organisation is no member of the group. */
	if (v->org == 0)
		return CORE_OK;
	rc = store_meeting_standing(c->st, group, v->org, &s, &found);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the membership");
	if (found && memb_status_parse(s.status) == MS_ACTIVE)
		*out = memb_kind_parse(s.kind) == MK_ASSOCIATE ? READER_MEMBER :
		    READER_FULL_MEMBER;
	rec_standing_free(&s);
	return CORE_OK;
}

/*
 * SA-7.3, SA-E3.6: who chairs each item.  The meeting's chair (else the
 * group's), unless their organisation declared an interest in the item:
 * then the vice-chair takes it.  The flag names the rule where the
 * arrangement states it.
 */
static int
item_chairs(struct core *c, struct meeting_view *v)
{
	struct rec_meeting	*m = &v->m;
	struct rec_chairs	 ch;
	struct rec_item		*it;
	const char		*chair, *who, *rule;
	int64_t			 chair_org;
	enum item_chair		 ic;
	size_t			 i, j;
	int			 rc, conflicted, vice_conflicted;

	if ((rc = store_meeting_chairs(c->st, m->group_id, &ch)) != STORE_OK)
		return core_store_fail(c, rc, "reading offices");
	chair = m->chair != NULL ? m->chair : ch.chair;
	chair_org = m->chair != NULL ? m->chair_org : ch.chair_org;
	rule = rules_id(&c->cons, DUTY_ITEM_CHAIR,
	    group_kind_parse(m->group_kind != NULL ? m->group_kind : ""));
	for (i = 0; i < v->agenda.n; i++) {
		it = &v->agenda.v[i];
		conflicted = vice_conflicted = 0;
		for (j = 0; j < v->interests.n; j++) {
			if (v->interests.v[j].item_id != it->id)
				continue;
			if (chair_org != 0 &&
			    v->interests.v[j].organisation_id == chair_org)
				conflicted = 1;
			if (ch.vice_org != 0 &&
			    v->interests.v[j].organisation_id == ch.vice_org)
				vice_conflicted = 1;
		}
		ic = rules_item_chair(conflicted, ch.vice != NULL,
		    vice_conflicted);
		who = ic == ITEM_CHAIR ? chair : ic == ITEM_VICE_CHAIR ?
		    ch.vice : "a member chosen by those present";
		if (who != NULL && (it->chaired_by = strdup(who)) == NULL)
			rc = -1;
		if (ic != ITEM_CHAIR && rule != NULL &&
		    check_flag_add(&m->flags, CHECK_ABOUT_PERSON, rule, NULL,
		    "item %d: the chair (%s) declared an interest, so %s "
		    "chairs it", it->pos,
		    chair != NULL ? chair : "", who) != 0)
			rc = -1;
	}
	rec_chairs_free(&ch);
	return rc == 0 ? CORE_OK : core_fail(c, CORE_EFAULT, NULL, "out of "
	    "memory");
}

/* SA-3.1-assoc: the items, and the interests declared in them, that a
 * reader without VCSE-only business does not see. */
static void
drop_vcse(struct meeting_view *v)
{
	size_t	 i, j, k, n;

	for (i = n = 0; i < v->interests.n; i++) {
		for (j = 0; j < v->agenda.n; j++)
			if (v->agenda.v[j].id == v->interests.v[i].item_id &&
			    v->agenda.v[j].vcse_only)
				break;
		if (j < v->agenda.n)
			rec_interest_free(&v->interests.v[i]);
		else
			v->interests.v[n++] = v->interests.v[i];
	}
	v->interests.n = n;
	for (k = n = 0; k < v->agenda.n; k++)
		if (v->agenda.v[k].vcse_only)
			rec_item_free(&v->agenda.v[k]);
		else
			v->agenda.v[n++] = v->agenda.v[k];
	v->agenda.n = n;
}

int
core_meeting_get(struct core *c, const struct viewer *viewer, int64_t id,
    struct meeting_view *v)
{
	struct rec_meeting	*m = &v->m;
	int			 rc;

	memset(v, 0, sizeof(*v));
	if ((rc = core_int_meeting(c, id, m)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_reader(c, viewer, m, &v->reader)) !=
	    CORE_OK)
		goto out;
	rules_meeting_sight(v->reader, m->notes != NULL,
	    m->notes_published != NULL, m->notes_visibility != NULL &&
	    strcmp(m->notes_visibility, "public") == 0, m->circulated != NULL,
	    &v->sight);
	rc = store_item_list(c->st, id, &v->agenda);
	if (rc == STORE_OK && v->sight.interests)
		rc = store_interest_list(c->st, id, &v->interests);
	if (rc == STORE_OK && v->sight.attendance)
		rc = store_attendance_list(c->st, id, &v->attendance);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the meeting");
		goto out;
	}
	if (!v->sight.vcse_items)
		drop_vcse(v);
	if (!v->sight.notes) {
		free(m->notes);
		m->notes = NULL;
	}
	if (!v->sight.link) {
		free(m->link);
		m->link = NULL;
	}
	if (core_int_meeting_flags(c, m) != 0) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	rc = item_chairs(c, v);
	if (!v->sight.agenda)
		rec_item_list_free(&v->agenda);
out:
	if (rc != CORE_OK)
		meeting_view_free(v);
	else
		c->err[0] = '\0';
	return rc;
}

int
core_meeting_list(struct core *c, const char *group,
    struct rec_meeting_list *out)
{
	struct rec_group	 g = { 0 };
	int64_t	 gid = 0;
	size_t	 i;
	int	 rc;

	memset(out, 0, sizeof(*out));
	if (group != NULL) {
		if ((rc = core_int_find_group(c, group, &g)) != CORE_OK)
			return rc;
		gid = g.id;
		rec_group_clear(&g);
	}
	if ((rc = store_meeting_list(c->st, c->arr, gid, out)) != STORE_OK)
		return core_store_fail(c, rc, "listing meetings");
	for (i = 0; i < out->n; i++)
		if (core_int_meeting_flags(c, &out->v[i]) != 0) {
			rec_meeting_list_free(out);
			return core_fail(c, CORE_EFAULT, NULL, "out of "
			    "memory");
		}
	return CORE_OK;
}
