/*
 * Meetings: scheduling, the agenda with its mandatory items (SA-6.4),
 * circulation (SA-10.2), attendance (SA-6.3), declarations of interest
 * (SA-11.2), the chair of each meeting (SA-7.3, MC-mou) and notes
 * (SA-10.3).  The invitation is in ical.c, the action log in actions.c.
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
#include "store/store.h"
#include "meeting_who.h"

/* HH:MM, 00:00 to 23:59. */
static int
time_ok(const char *s)
{
	return parse_time(s, NULL) == 0;
}

int
core_int_meeting(struct core *c, int64_t id, struct rec_meeting *out)
{
	int found, rc;

	rc = store_meeting_get(c->st, id, c->arr, out, &found);
	return core_int_found(c, rc, found, "reading the meeting", "meeting",
	    "no meeting %lld in %s; 'alliance meeting list' shows them",
	    (long long)id, c->arr_slug);
}

int
core_meeting_schedule(struct core *c, const struct viewer *v,
    const struct meeting_in *in, int64_t *id)
{
	const char	*items[32];
	struct rec_group	 g = { 0 };
	char		 day[DATE_LEN];
	size_t		 i, n;
	int		 rc;

	if (text_blank(in->day))
		return core_fail(c, CORE_EINVAL, "date", "date is missing; "
		    "expected the day of the meeting as YYYY-MM-DD");
	if ((rc = core_int_date(c, "date", in->day, day)) ||
	    (rc = core_int_text(c, "place", in->place, 0, 300)) ||
	    (rc = core_int_text(c, "link", in->link, 0, 500)))
		return rc;
	if (!time_ok(in->starts))
		return core_fail(c, CORE_EINVAL, "time", "time '%s' is not "
		    "accepted; expected HH:MM on the 24-hour clock, such as "
		    "10:00", in->starts != NULL ? in->starts : "");
	if (in->ends != NULL && (!time_ok(in->ends) ||
	    strcmp(in->ends, in->starts) <= 0))
		return core_fail(c, CORE_EINVAL, "end", "end '%s' is not "
		    "accepted; expected HH:MM after the start (%s)", in->ends,
		    in->starts);
	if (text_blank(in->place) && text_blank(in->link))
		return core_fail(c, CORE_EINVAL, "place", "place is missing; "
		    "give a place or an online link");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_group(c, in->group, &g)) != CORE_OK)
		goto out;
	/* SA-6.2, SA-7.3: the group's chair or vice-chair calls its
	 * meetings, and officers (and the command line). */
	if (!viewer_is_officer(v) && !core_viewer_chairs(c, v, g.id)) {
		rc = core_fail(c, CORE_EPERM, "runs", "Recording the meeting "
		    "is for its group's chair and vice-chair, and officers.");
		goto out;
	}
	rc = store_exec(c->st, STMT_MEET_INSERT, "lssssss", g.id,
	    day, in->starts, in->ends != NULL ? in->ends : "",
	    text_given(in->place), text_given(in->link), c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "scheduling the meeting");
		goto out;
	}
	*id = store_last_id(c->st);
	/* SA-6.4: the mandatory items open every agenda. */
	n = constitution_list(&c->cons, "agenda.mandatory", items, 32);
	for (i = 0; i < n && i < 32 && rc == STORE_OK; i++)
		rc = store_exec(c->st, STMT_ITEM_INSERT, "lsiiss", *id,
		    items[i], 1, 0, "members", NULL);
	rc = core_audited(c, rc, "building the agenda", "meeting.schedule",
	    "meeting", *id, "{s:s, s:s, s:s, s:s?, s:s?}", "group", g.slug,
	    "day", day, "starts", in->starts, "place", in->place, "link",
	    in->link);
out:
	rec_group_clear(&g);
	return core_end(c, rc);
}

/*
 * Tells a group's members of a meeting's agenda, notes or cancellation;
 * method: the iCalendar part to attach, or NULL.
 */
static int
notify_meeting(struct core *c, const struct rec_meeting *m,
    const char *what, const char *method)
{
	char	 subject[400], text[1200], link[64], *ical = NULL;
	int	 rc;

	snprintf(link, sizeof(link), "/meetings/%lld", (long long)m->id);
	if (strcmp(what, "agenda") == 0) {
		snprintf(subject, sizeof(subject), "Agenda: %s, %s at %s",
		    m->group_name, m->day, m->starts);
		snprintf(text, sizeof(text), "The agenda for the meeting of "
		    "%s on %s at %s (%s) is ready. Please send your apologies "
		    "if you cannot come, and declare any interest in an item "
		    "before the meeting.", m->group_name, m->day, m->starts,
		    m->place != NULL ? m->place : "online");
	} else if (strcmp(what, "cancellation") == 0) {
		snprintf(subject, sizeof(subject), "Cancelled: %s, %s",
		    m->group_name, m->day);
		snprintf(text, sizeof(text), "The meeting of %s on %s at %s "
		    "has been cancelled.", m->group_name, m->day, m->starts);
	} else {
		snprintf(subject, sizeof(subject), "Notes: %s, %s",
		    m->group_name, m->day);
		snprintf(text, sizeof(text), "The notes of the meeting of %s "
		    "on %s are published: the key points and the actions "
		    "agreed.", m->group_name, m->day);
	}
	if (method != NULL &&
	    (rc = core_meeting_ical(c, m->id, &ical)) != CORE_OK)
		return rc;
	rc = core_int_notify_group(c, m->group_id, 0, what, NULL, subject,
	    text, link, ical, method);
	free(ical);
	return rc;
}

/* A meeting still open to change: scheduled, not cancelled. */
int
core_int_meeting_change(struct core *c, int64_t id, struct rec_meeting *m)
{
	int rc;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting(c, id, m)) != CORE_OK)
		return core_end(c, rc);
	if (m->status == MEETING_CANCELLED) {
		rec_meeting_free(m);
		return core_end(c, core_fail(c, CORE_EINVAL, "meeting",
		    "meeting %lld was cancelled", (long long)id));
	}
	return CORE_OK;
}

int
core_int_meeting_org(struct core *c, int64_t meeting, const char *org,
    struct rec_meeting *m, struct rec_org *o)
{
	int rc;

	if ((rc = core_int_meeting_change(c, meeting, m)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_org(c, org, o)) != CORE_OK) {
		rec_meeting_free(m);
		rec_org_clear(o);
		return core_end(c, rc);
	}
	return CORE_OK;
}

/* SA-10.2: an item is asked for by a member of the group, before the
 * agenda goes out. */
static int
requester_ok(struct core *c, const struct rec_meeting *m, int64_t org,
    const char *name)
{
	struct rec_standing	 s;
	int			 found, st, rc;

	rc = store_meeting_standing(c->st, m->group_id, org, &s, &found);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the membership");
	st = found ? memb_status_parse(s.status) : -1;
	rec_standing_free(&s);
	if (st < 0 || st == MS_RESIGNED || st == MS_TERMINATED ||
	    st == MS_WITHDRAWN)
		return core_fail(c, CORE_EINVAL, "requested_by", "%s is not a "
		    "member of %s; members ask for agenda items (SA-10.2)",
		    name, m->group_name);
	if (m->circulated != NULL)
		return core_fail(c, CORE_EINVAL, "requested_by", "the agenda "
		    "went out on %s; members request items before it is "
		    "circulated (SA-10.2)", m->circulated);
	return CORE_OK;
}

static int
agenda_add(struct core *c, int64_t meeting, const char *title,
    int vcse_only, const char *visibility, const char *requested_by)
{
	struct rec_meeting	 m;
	struct rec_org		 o = { 0 };
	const char		*by = NULL;
	int			 rc;

	if ((rc = core_int_text(c, "title", title, 1, 300)))
		return rc;
	if (visibility == NULL)
		visibility = "members";
	/* SA-11.1: every item is members-only unless marked public. */
	if ((rc = core_int_visibility(c, visibility)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_change(c, meeting, &m)) != CORE_OK)
		return rc;
	if (!text_blank(requested_by)) {
		if ((rc = core_int_find_org(c, requested_by, &o)) != CORE_OK ||
		    (rc = requester_ok(c, &m, o.id,
		    o.name)) != CORE_OK)
			goto out;
		by = o.name;
	}
	rc = store_exec(c->st, STMT_ITEM_INSERT, "lsiiss", meeting, title, 0,
	    vcse_only != 0, visibility, by);
	rc = core_audited(c, rc, "adding the item", "agenda.add", "meeting",
	    meeting, "{s:I, s:s, s:b, s:s, s:s?}", "meeting",
	    (long long)meeting, "title", title, "vcse_only", vcse_only != 0,
	    "visibility", visibility, "requested_by", by);
out:
	rec_meeting_free(&m);
	rec_org_clear(&o);
	return core_end(c, rc);
}

static int
agenda_remove(struct core *c, int64_t meeting, int pos)
{
	struct rec_meeting	 m;
	struct rec_item		 it;
	int			 found = 0, rc;

	memset(&it, 0, sizeof(it));
	if ((rc = core_int_meeting_change(c, meeting, &m)) != CORE_OK)
		return rc;
	rc = store_item_get(c->st, meeting, pos, &it, &found);
	if ((rc = core_int_found(c, rc, found, "reading the agenda", "item",
	    "meeting %lld has no item %d", (long long)meeting, pos)) != CORE_OK)
		goto out;
	/* SA-6.4: every agenda keeps its mandatory items. */
	if (it.mandatory) {
		rc = core_fail(c, CORE_EINVAL, "item", "item %d, \"%s\", is "
		    "one every agenda contains (SA-6.4); it cannot be "
		    "removed", pos, it.title);
		goto out;
	}
	/* Members hold the agenda as circulated: its items keep their
	 * numbers (SA-10.2). */
	if (m.circulated != NULL) {
		rc = core_fail(c, CORE_EINVAL, "item", "the agenda went out "
		    "on %s and its items keep their numbers (SA-10.2); item "
		    "%d cannot be removed now", m.circulated, pos);
		goto out;
	}
	rc = store_exec(c->st, STMT_ITEM_DELETE, "li", meeting, pos);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_ITEM_RENUMBER, "li", meeting, pos);
	rc = core_audited(c, rc, "removing the item (items with decisions or "
	    "interests are kept)", "agenda.remove", "meeting", meeting,
	    "{s:I, s:s}", "meeting", (long long)meeting, "title", it.title);
out:
	rec_meeting_free(&m);
	rec_item_free(&it);
	return core_end(c, rc);
}

/* Moves the meeting's flags into *flags (after circulating or
 * publishing, for the caller to show). */
static int
take_flags(struct core *c, struct rec_meeting *m,
    struct check_flag_list *flags)
{
	if (core_int_meeting_flags(c, m) != 0)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	*flags = m->flags;
	memset(&m->flags, 0, sizeof(m->flags));
	return CORE_OK;
}

/* The agenda or the notes gone out on day on: the members told (kind,
 * method), *when set to on, and the meeting's flags as they now stand
 * moved into *flags. */
static int
went_out(struct core *c, struct rec_meeting *m, const char *kind,
    const char *method, char **when, const char *on,
    struct check_flag_list *flags)
{
	int rc;

	if ((rc = notify_meeting(c, m, kind, method)) != CORE_OK)
		return rc;
	free(*when);
	if ((*when = strdup(on)) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	return take_flags(c, m, flags);
}

static int
meeting_circulate(struct core *c, int64_t meeting, const char *date,
    struct check_flag_list *flags)
{
	const char		*titles[64], *missing[32];
	struct rec_meeting	 m;
	struct rec_item_list	 items = { NULL, 0 };
	char			 on[DATE_LEN], list[1024] = "";
	size_t			 i, n = 0, nm;
	int			 rc;

	memset(flags, 0, sizeof(*flags));
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_change(c, meeting, &m)) != CORE_OK)
		return rc;
	rc = store_item_list(c->st, meeting, &items);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the agenda");
		goto out;
	}
	for (i = 0; i < items.n && n < 64; i++)
		titles[n++] = items.v[i].title;
	/* SA-6.4: an agenda without the mandatory items cannot go out. */
	nm = rules_agenda_missing(&c->cons, titles, n, missing, 32);
	if (nm > 0) {
		for (i = 0; i < nm && i < 32; i++)
			snprintf(list + strlen(list), sizeof(list) -
			    strlen(list), "%s\"%s\"", i ? ", " : "",
			    missing[i]);
		rc = core_fail(c, CORE_EINVAL, "agenda", "the agenda cannot be "
		    "circulated: it lacks %zu mandatory item(s) (SA-6.4): %s",
		    nm, list);
		goto out;
	}
	rc = store_exec(c->st, STMT_MEET_SET_CIRCULATED, "sl", on, meeting);
	rc = core_audited(c, rc, "circulating the agenda", "meeting.circulate",
	    "meeting", meeting, "{s:I, s:s}", "meeting", (long long)meeting,
	    "circulated", on);
	/* SA-10.2, SA-10.4: the agenda goes to every member by email,
	 * with the invitation for their calendar. */
	if (rc == CORE_OK)
		rc = went_out(c, &m, "agenda", "REQUEST", &m.circulated, on,
		    flags);
out:
	rec_meeting_free(&m);
	rec_item_list_free(&items);
	return core_end(c, rc);
}

static int
meeting_attend(struct core *c, int64_t meeting, const char *org,
    const char *kind, const char *people, int deputy_agreed)
{
	struct rec_meeting	 m;
	struct rec_standing	 s;
	struct rec_org		 o = { 0 };
	int64_t			 oid;
	const char		*oname;
	int			 k, found, rc;

	if (kind == NULL || (k = rules_attend_parse(kind)) < 0)
		return core_fail(c, CORE_EINVAL, "as", "attendance '%s' is not "
		    "accepted; expected present, apologies, absent or deputy",
		    kind != NULL ? kind : "");
	if ((rc = core_int_text(c, "people", people, 0, 500)))
		return rc;
	if (deputy_agreed && k != AT_DEPUTY)
		return core_fail(c, CORE_EINVAL, "deputy_agreed", "the chair's "
		    "agreement is recorded only for a deputy");
	if ((rc = core_int_meeting_org(c, meeting, org, &m, &o)) != CORE_OK)
		return rc;
	oid = o.id;
	oname = o.name;
	rc = store_meeting_standing(c->st, m.group_id, oid, &s, &found);
	rec_standing_free(&s);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the membership");
		goto out;
	}
	/* Guests come by invitation (MC-closed): anyone may attend, but
	 * only members are counted for quorum and votes. */
	if (!found && k != AT_PRESENT) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "member of %s; only members send apologies or deputies",
		    oname, m.group_name);
		goto out;
	}
	rc = store_exec(c->st, STMT_ATT_UPSERT, "llssi", meeting, oid,
	    rules_attend_names[k], text_given(people),
	    deputy_agreed != 0);
	rc = core_audited(c, rc, "recording attendance", "meeting.attend",
	    "meeting", meeting, "{s:I, s:s, s:s, s:s?, s:b}", "meeting",
	    (long long)meeting, "organisation", oname, "as",
	    rules_attend_names[k], "people", people, "deputy_agreed",
	    deputy_agreed != 0);
	/* Apologies are acknowledged, in writing, to the organisation. */
	if (rc == CORE_OK && k == AT_APOLOGIES) {
		char subject[300], text[600], link[64], once[64];

		snprintf(subject, sizeof(subject), "Apologies received: %s, %s",
		    m.group_name, m.day);
		snprintf(text, sizeof(text), "The apologies of %s for the "
		    "meeting of %s on %s are recorded.", oname, m.group_name,
		    m.day);
		snprintf(link, sizeof(link), "/meetings/%lld",
		    (long long)meeting);
		snprintf(once, sizeof(once), "apologies:%lld:%lld",
		    (long long)meeting, (long long)oid);
		rc = core_int_notify_org_once(c, oid, "apologies", once,
		    subject, text, link);
	}
out:
	rec_meeting_free(&m);
	rec_org_clear(&o);
	return core_end(c, rc);
}

static int
meeting_notes(struct core *c, int64_t meeting, const char *text)
{
	struct rec_meeting	m;
	int			rc;

	if ((rc = core_int_body(c, "notes", text, 1, 200000)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_change(c, meeting, &m)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_MEET_SET_NOTES, "sl", text, meeting);
	rc = core_audited(c, rc, "saving the notes", "meeting.notes", "meeting",
	    meeting, "{s:I, s:I}", "meeting", (long long)meeting, "length",
	    (long long)strlen(text));
	rec_meeting_free(&m);
	return core_end(c, rc);
}

static int
meeting_publish(struct core *c, int64_t meeting, const char *date,
    const char *visibility, struct check_flag_list *flags)
{
	struct rec_meeting	m;
	char			on[DATE_LEN];
	int			rc;

	memset(flags, 0, sizeof(*flags));
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	/* SA-11.1, MC-meet: the constitution's default visibility. */
	if (visibility == NULL)
		visibility = constitution_text(&c->cons, "notes.visibility");
	if ((rc = core_int_visibility(c, visibility)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_change(c, meeting, &m)) != CORE_OK)
		return rc;
	if (m.notes == NULL) {
		rc = core_fail(c, CORE_EINVAL, "notes", "meeting %lld has no "
		    "notes yet; write them with 'alliance meeting notes'",
		    (long long)meeting);
		goto out;
	}
	if (strcmp(on, m.day) < 0) {
		rc = core_fail(c, CORE_EINVAL, "date", "notes cannot be "
		    "published (%s) before the meeting (%s)", on, m.day);
		goto out;
	}
	rc = store_exec(c->st, STMT_MEET_PUBLISH, "ssl", on, visibility,
	    meeting);
	rc = core_audited(c, rc, "publishing the notes", "meeting.publish",
	    "meeting", meeting, "{s:I, s:s, s:s}", "meeting",
	    (long long)meeting, "published", on, "visibility", visibility);
	/* SA-10.3: the notes go to all members. */
	if (rc == CORE_OK)
		rc = went_out(c, &m, "notes", NULL, &m.notes_published, on,
		    flags);
out:
	rec_meeting_free(&m);
	return core_end(c, rc);
}

static int
meeting_cancel(struct core *c, int64_t meeting, const char *reason)
{
	struct rec_meeting	m;
	int			rc;

	if ((rc = core_int_text(c, "reason", reason, 0, 1000)))
		return rc;
	if ((rc = core_int_meeting_change(c, meeting, &m)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_MEET_CANCEL, "l", meeting);
	rc = core_audited(c, rc, "cancelling the meeting", "meeting.cancel",
	    "meeting", meeting, "{s:I, s:s?}", "meeting", (long long)meeting,
	    "reason", reason);
	/* The calendars that had the invitation get its cancellation. */
	if (rc == CORE_OK && m.circulated != NULL) {
		m.status = MEETING_CANCELLED;
		rc = notify_meeting(c, &m, "cancellation", "CANCEL");
	}
	rec_meeting_free(&m);
	return core_end(c, rc);
}

/*
 * The actions, each checking first that its viewer may take it
 * (meeting_who.c), then done in the one change begun there.
 */

/* SA-6.4, SA-7.3: the chair (or an officer) adds an item; requested_by
 * names the member that asked for it (SA-10.2). */
int
core_agenda_add(struct core *c, const struct viewer *v, int64_t meeting,
    const char *title, int vcse_only, const char *visibility,
    const char *requested_by)
{
	int rc;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_end(c, agenda_add(c, meeting, title, vcse_only,
	    visibility, requested_by));
}

/* SA-10.2: a member of the group asks for an item, for itself. */
int
core_agenda_request(struct core *c, const struct viewer *v,
    int64_t meeting, const char *title)
{
	char	own[32];
	int	rc;

	if ((rc = core_int_meeting_own(c, v, meeting, own,
	    sizeof(own))) != CORE_OK)
		return rc;
	return core_end(c, agenda_add(c, meeting, title, 0, NULL, own));
}

/* SA-6.4, SA-7.3: an item taken off the agenda by who runs it. */
int
core_agenda_remove(struct core *c, const struct viewer *v, int64_t meeting,
    int pos)
{
	int rc;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_end(c, agenda_remove(c, meeting, pos));
}

/* SA-10.2, SA-7.3: the agenda circulated by who runs the meeting. */
int
core_meeting_circulate(struct core *c, const struct viewer *v,
    int64_t meeting, const char *date, struct check_flag_list *flags)
{
	int rc;

	memset(flags, 0, sizeof(*flags));
	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_int_end_flags(c, meeting_circulate(c, meeting, date,
	    flags), flags);
}

/* SA-6.3, SA-7.3: any organisation's attendance, recorded by who runs
 * the meeting. */
int
core_meeting_attend(struct core *c, const struct viewer *v, int64_t meeting,
    const char *org, const char *kind, const char *people, int deputy_agreed)
{
	int rc;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_end(c, meeting_attend(c, meeting, org, kind, people,
	    deputy_agreed));
}

/* SA-6.3: a member organisation of the group sends its own apologies. */
int
core_meeting_apologies(struct core *c, const struct viewer *v,
    int64_t meeting, const char *people)
{
	char	own[32];
	int	rc;

	if ((rc = core_int_meeting_own(c, v, meeting, own,
	    sizeof(own))) != CORE_OK)
		return rc;
	return core_end(c, meeting_attend(c, meeting, own,
	    "apologies", people, 0));
}

/* SA-10.3, SA-7.3: the notes, written by who runs the meeting. */
int
core_meeting_notes(struct core *c, const struct viewer *v, int64_t meeting,
    const char *text)
{
	int rc;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_end(c, meeting_notes(c, meeting, text));
}

/* SA-11.1, SA-7.3: the notes published by who runs the meeting. */
int
core_meeting_publish(struct core *c, const struct viewer *v,
    int64_t meeting, const char *date, const char *visibility,
    struct check_flag_list *flags)
{
	int rc;

	memset(flags, 0, sizeof(*flags));
	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_int_end_flags(c, meeting_publish(c, meeting, date,
	    visibility, flags), flags);
}

/* SA-7.3: the meeting cancelled by who runs it. */
int
core_meeting_cancel(struct core *c, const struct viewer *v, int64_t meeting,
    const char *reason)
{
	int rc;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_RUNS,
	    NULL)) != CORE_OK)
		return rc;
	return core_end(c, meeting_cancel(c, meeting, reason));
}
