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

/* HH:MM, 00:00 to 23:59. */
static int
time_ok(const char *s)
{
	return parse_time(s, NULL) == 0;
}

int
core_int_meeting(struct core *c, int64_t id, json_t **out)
{
	int rc = store_row(c->st, out, STMT_MEET_GET, "ll", id, c->arr);

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the meeting");
	if (*out == NULL)
		return core_fail(c, CORE_ENOTFOUND, "meeting", "no meeting "
		    "%lld in %s; 'alliance meeting list' shows them",
		    (long long)id, c->arr_slug);
	return CORE_OK;
}

int
core_meeting_schedule(struct core *c, const struct meeting_in *in,
    int64_t *id)
{
	const char	*items[32];
	json_t		*g = NULL, *d;
	char		 day[DATE_LEN];
	size_t		 i, n;
	int		 rc;

	if (core_int_blank(in->day))
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
	if (core_int_blank(in->place) && core_int_blank(in->link))
		return core_fail(c, CORE_EINVAL, "place", "place is missing; "
		    "give a place or an online link");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_group(c, in->group, &g)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_MEET_INSERT, "lssssss", jint(g, "id"),
	    day, in->starts, in->ends != NULL ? in->ends : "", core_int_blank(
	    in->place) ? NULL : in->place, core_int_blank(in->link) ? NULL : in->link,
	    c->actor);
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
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "building the agenda");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:s?, s:s?}", "group",
	    jstr(g, "slug"), "day", day, "starts", in->starts, "place",
	    in->place, "link", in->link);
	rc = core_audit(c, "meeting.schedule", "meeting", *id, d);
	json_decref(d);
out:
	json_decref(g);
	return core_end(c, rc);
}

/*
 * Adds the flags a reader should see to a meeting object, each with the
 * arrangement's own rule id (SA-10.2, SA-10.3); none where its
 * agreement sets no notice or deadline.
 */
static void
meeting_flags(struct core *c, json_t *m)
{
	json_t		*flags = json_array();
	const char	*id;
	char		 due[DATE_LEN], msg[200];
	int		 day, today, circ, pub, gk;

	gk = group_kind_parse(jstr(m, "group_kind") != NULL ?
	    jstr(m, "group_kind") : "");
	date_parse(jstr(m, "day"), &day);
	date_parse(c->today, &today);
	json_object_set_new(m, "agenda_due", json_null());
	json_object_set_new(m, "notes_due", json_null());
	id = rules_id(&c->cons, DUTY_AGENDA_NOTICE, gk);
	if (id != NULL && constitution_states(&c->cons,
	    "agenda.notice_days")) {
		date_format(rules_agenda_due(&c->cons, day), due);
		json_object_set_new(m, "agenda_due", json_string(due));
	}
	/* SA-10.2: the agenda a week before. */
	if (id != NULL && strcmp(jstr(m, "status"), "cancelled") != 0) {
		if (jstr(m, "circulated") != NULL) {
			date_parse(jstr(m, "circulated"), &circ);
			if (rules_agenda_late(&c->cons, day, circ)) {
				snprintf(msg, sizeof(msg), "%s agenda "
				    "circulated %s, after %s", id, jstr(m,
				    "circulated"), due);
				json_array_append_new(flags, json_string(msg));
			}
		} else if (rules_agenda_late(&c->cons, day, today)) {
			snprintf(msg, sizeof(msg), "%s agenda not "
			    "circulated; it was due by %s", id, due);
			json_array_append_new(flags, json_string(msg));
		}
	}
	id = rules_id(&c->cons, DUTY_NOTES_DUE, gk);
	if (id != NULL && constitution_states(&c->cons, "notes.due_days")) {
		date_format(rules_notes_due(&c->cons, day), due);
		json_object_set_new(m, "notes_due", json_string(due));
	}
	/* SA-10.3: notes within three weeks. */
	if (id != NULL && strcmp(jstr(m, "status"), "cancelled") != 0 &&
	    day <= today) {
		if (jstr(m, "notes_published") != NULL) {
			date_parse(jstr(m, "notes_published"), &pub);
			if (rules_notes_late(&c->cons, day, pub)) {
				snprintf(msg, sizeof(msg), "%s notes "
				    "published %s, after %s", id,
				    jstr(m, "notes_published"), due);
				json_array_append_new(flags, json_string(msg));
			}
		} else if (rules_notes_late(&c->cons, day, today)) {
			snprintf(msg, sizeof(msg), "%s notes not "
			    "published; they were due by %s", id, due);
			json_array_append_new(flags, json_string(msg));
		}
	}
	json_object_set_new(m, "flags", flags);
	/* A meeting given no end shows none ("" in the store). */
	if (jstr(m, "ends") != NULL && *jstr(m, "ends") == '\0')
		json_object_set_new(m, "ends", json_null());
	/* Its status moves from scheduled to held once its day has come,
	 * and to minuted once its notes are published; or cancelled. */
	if (strcmp(jstr(m, "status"), "cancelled") != 0)
		json_object_set_new(m, "status", json_string(
		    jstr(m, "notes_published") != NULL ? "minuted" :
		    day <= today ? "held" : "scheduled"));
}

/*
 * SA-7.3, SA-E3.6: who chairs each item.  The meeting's chair (else the
 * group's), unless their organisation declared an interest in the item:
 * then the vice-chair takes it.
 */
static int
item_chairs(struct core *c, json_t *m)
{
	json_t		*off = NULL, *p = NULL, *f, *it, *in;
	const char	*chair = NULL, *vice = NULL, *who;
	int64_t		 chair_org = 0, vice_org = 0;
	enum item_chair	 ic;
	char		 msg[400];
	size_t		 i, j;
	int		 rc, conflicted, vice_conflicted;

	rc = store_rows(c->st, &off, STMT_OFFICE_CURRENT, "l",
	    jint(m, "group_id"));
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading offices");
	json_array_foreach(off, i, f) {
		if (strcmp(jstr(f, "office"), "chair") == 0 && chair == NULL)
			chair = jstr(f, "person");
		if (strcmp(jstr(f, "office"), "vice-chair") == 0)
			vice = jstr(f, "person");
	}
	if (jstr(m, "chair") != NULL)
		chair = jstr(m, "chair");
	if (chair != NULL && core_int_person(c, chair, &p) == CORE_OK)
		chair_org = jint(p, "organisation_id");
	json_decref(p);
	p = NULL;
	if (vice != NULL && core_int_person(c, vice, &p) == CORE_OK)
		vice_org = jint(p, "organisation_id");
	json_array_foreach(json_object_get(m, "agenda"), i, it) {
		conflicted = vice_conflicted = 0;
		json_array_foreach(json_object_get(m, "interests"), j, in) {
			if (jint(in, "item_id") != jint(it, "id"))
				continue;
			if (chair_org != 0 &&
			    jint(in, "organisation_id") == chair_org)
				conflicted = 1;
			if (vice_org != 0 &&
			    jint(in, "organisation_id") == vice_org)
				vice_conflicted = 1;
		}
		ic = rules_item_chair(conflicted, vice != NULL,
		    vice_conflicted);
		who = ic == ITEM_CHAIR ? chair : ic == ITEM_VICE_CHAIR ? vice :
		    "a member chosen by those present";
		json_object_set_new(it, "chaired_by", who == NULL ?
		    json_null() : json_string(who));
		if (ic != ITEM_CHAIR && rules_id(&c->cons, DUTY_ITEM_CHAIR,
		    group_kind_parse(jstr(m, "group_kind"))) != NULL) {
			snprintf(msg, sizeof(msg), "%s item %lld: the "
			    "chair (%s) declared an interest, so %s chairs it",
			    rules_id(&c->cons, DUTY_ITEM_CHAIR,
			    group_kind_parse(jstr(m, "group_kind"))),
			    (long long)jint(it, "pos"), chair, who);
			json_array_append_new(json_object_get(m, "flags"),
			    json_string(msg));
		}
	}
	json_decref(off);
	json_decref(p);
	c->err[0] = '\0';
	return CORE_OK;
}

int
core_meeting_get(struct core *c, int64_t id, json_t **out)
{
	json_t	*items = NULL, *att = NULL, *ints = NULL;
	int	 rc;

	if ((rc = core_int_meeting(c, id, out)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, &items, STMT_ITEM_LIST, "l", id);
	if (rc == STORE_OK)
		rc = store_rows(c->st, &att, STMT_ATT_LIST, "l", id);
	if (rc == STORE_OK)
		rc = store_rows(c->st, &ints, STMT_INTEREST_LIST, "l", id);
	if (rc != STORE_OK) {
		json_decref(items);
		json_decref(att);
		json_decref(*out);
		*out = NULL;
		return core_store_fail(c, rc, "reading the meeting");
	}
	json_object_set_new(*out, "agenda", items);
	json_object_set_new(*out, "attendance", att);
	json_object_set_new(*out, "interests", ints);
	meeting_flags(c, *out);
	if ((rc = item_chairs(c, *out)) != CORE_OK) {
		json_decref(*out);
		*out = NULL;
	}
	return rc;
}

int
core_meeting_list(struct core *c, const char *group, json_t **out)
{
	json_t	*g = NULL, *m;
	size_t	 i;
	int	 rc;

	if (group != NULL && (rc = core_int_group(c, group, &g)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, out, STMT_MEET_LIST, "ll", c->arr,
	    g != NULL ? jint(g, "id") : (int64_t)0);
	json_decref(g);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "listing meetings");
	json_array_foreach(*out, i, m)
		meeting_flags(c, m);
	return CORE_OK;
}

/*
 * Tells a group's members of a meeting's agenda, notes or cancellation;
 * method: the iCalendar part to attach, or NULL.
 */
static int
notify_meeting(struct core *c, const json_t *m, const char *what,
    const char *method)
{
	char	 subject[400], text[1200], link[64], *ical = NULL;
	int	 rc;

	snprintf(link, sizeof(link), "/meetings/%lld",
	    (long long)jint(m, "id"));
	if (strcmp(what, "agenda") == 0) {
		snprintf(subject, sizeof(subject), "Agenda: %s, %s at %s",
		    jstr(m, "group_name"), jstr(m, "day"), jstr(m, "starts"));
		snprintf(text, sizeof(text), "The agenda for the meeting of "
		    "%s on %s at %s (%s) is ready. Please send your apologies "
		    "if you cannot come, and declare any interest in an item "
		    "before the meeting.", jstr(m, "group_name"),
		    jstr(m, "day"), jstr(m, "starts"), jstr(m, "place") ?
		    jstr(m, "place") : "online");
	} else if (strcmp(what, "cancellation") == 0) {
		snprintf(subject, sizeof(subject), "Cancelled: %s, %s",
		    jstr(m, "group_name"), jstr(m, "day"));
		snprintf(text, sizeof(text), "The meeting of %s on %s at %s "
		    "has been cancelled.", jstr(m, "group_name"),
		    jstr(m, "day"), jstr(m, "starts"));
	} else {
		snprintf(subject, sizeof(subject), "Notes: %s, %s",
		    jstr(m, "group_name"), jstr(m, "day"));
		snprintf(text, sizeof(text), "The notes of the meeting of %s "
		    "on %s are published: the key points and the actions "
		    "agreed.", jstr(m, "group_name"), jstr(m, "day"));
	}
	if (method != NULL &&
	    (rc = core_meeting_ical(c, jint(m, "id"), &ical)) != CORE_OK)
		return rc;
	rc = core_int_notify_group(c, jint(m, "group_id"), 0, what, NULL,
	    subject, text, link, ical, method);
	free(ical);
	return rc;
}

/* A meeting still open to change: scheduled, not cancelled. */
int
core_int_meeting_open(struct core *c, int64_t id, json_t **m)
{
	int rc;

	if ((rc = core_int_meeting(c, id, m)) != CORE_OK)
		return rc;
	if (strcmp(jstr(*m, "status"), "cancelled") == 0)
		return core_fail(c, CORE_EINVAL, "meeting", "meeting %lld "
		    "was cancelled", (long long)id);
	return CORE_OK;
}

int
core_agenda_add(struct core *c, int64_t meeting, const char *title,
    int vcse_only, const char *visibility, const char *requested_by)
{
	json_t	*m = NULL, *o = NULL, *d;
	int	 rc;

	if ((rc = core_int_text(c, "title", title, 1, 300)))
		return rc;
	if (visibility == NULL)
		visibility = "members";
	/* SA-11.1: every item is members-only unless marked public. */
	if (strcmp(visibility, "members") != 0 &&
	    strcmp(visibility, "public") != 0)
		return core_fail(c, CORE_EINVAL, "visibility", "visibility "
		    "'%s' is not accepted; expected members or public",
		    visibility);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_open(c, meeting, &m)) != CORE_OK)
		goto out;
	if (!core_int_blank(requested_by)) {
		json_t	*mb = NULL;
		int	 st;

		if ((rc = core_int_org(c, requested_by, &o)) != CORE_OK)
			goto out;
		/* SA-10.2: an item is asked for by a member of the group. */
		rc = store_row(c->st, &mb, STMT_MEMB_GET, "ll",
		    jint(m, "group_id"), jint(o, "id"));
		st = mb != NULL ? memb_status_parse(jstr(mb, "status")) : -1;
		json_decref(mb);
		if (rc != STORE_OK) {
			rc = core_store_fail(c, rc, "reading the membership");
			goto out;
		}
		if (st < 0 || st == MS_RESIGNED || st == MS_TERMINATED ||
		    st == MS_WITHDRAWN) {
			rc = core_fail(c, CORE_EINVAL, "requested_by", "%s is not "
			    "a member of %s; members ask for agenda items "
			    "(SA-10.2)", jstr(o, "name"), jstr(m, "group_name"));
			goto out;
		}
		/* SA-10.2: members ask before the agenda goes out. */
		if (jstr(m, "circulated") != NULL) {
			rc = core_fail(c, CORE_EINVAL, "requested_by", "the "
			    "agenda went out on %s; members request items "
			    "before it is circulated (SA-10.2)",
			    jstr(m, "circulated"));
			goto out;
		}
	}
	rc = store_exec(c->st, STMT_ITEM_INSERT, "lsiiss", meeting, title, 0,
	    vcse_only != 0, visibility, o != NULL ? jstr(o, "name") : NULL);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the item");
		goto out;
	}
	d = json_pack("{s:I, s:s, s:b, s:s, s:s?}", "meeting",
	    (json_int_t)meeting, "title", title, "vcse_only", vcse_only != 0,
	    "visibility", visibility, "requested_by",
	    o != NULL ? jstr(o, "name") : NULL);
	rc = core_audit(c, "agenda.add", "meeting", meeting, d);
	json_decref(d);
out:
	json_decref(m);
	json_decref(o);
	return core_end(c, rc);
}

int
core_agenda_remove(struct core *c, int64_t meeting, int pos)
{
	json_t	*m = NULL, *it = NULL, *d;
	int	 rc;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_open(c, meeting, &m)) != CORE_OK)
		goto out;
	rc = store_row(c->st, &it, STMT_ITEM_GET, "li", meeting, pos);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the agenda");
		goto out;
	}
	if (it == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "item", "meeting %lld has no "
		    "item %d", (long long)meeting, pos);
		goto out;
	}
	/* SA-6.4: every agenda keeps its mandatory items. */
	if (jint(it, "mandatory")) {
		rc = core_fail(c, CORE_EINVAL, "item", "item %d, \"%s\", is "
		    "one every agenda contains (SA-6.4); it cannot be "
		    "removed", pos, jstr(it, "title"));
		goto out;
	}
	/* Members hold the agenda as circulated: its items keep their
	 * numbers (SA-10.2). */
	if (jstr(m, "circulated") != NULL) {
		rc = core_fail(c, CORE_EINVAL, "item", "the agenda went out "
		    "on %s and its items keep their numbers (SA-10.2); item "
		    "%d cannot be removed now", jstr(m, "circulated"), pos);
		goto out;
	}
	rc = store_exec(c->st, STMT_ITEM_DELETE, "li", meeting, pos);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_ITEM_RENUMBER, "li", meeting, pos);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "removing the item (items with "
		    "decisions or interests are kept)");
		goto out;
	}
	d = json_pack("{s:I, s:s}", "meeting", (json_int_t)meeting, "title",
	    jstr(it, "title"));
	rc = core_audit(c, "agenda.remove", "meeting", meeting, d);
	json_decref(d);
out:
	json_decref(m);
	json_decref(it);
	return core_end(c, rc);
}

int
core_meeting_circulate(struct core *c, int64_t meeting, const char *date,
    json_t **flags)
{
	const char	*titles[64], *missing[32];
	json_t		*m = NULL, *items = NULL, *it, *d;
	char		 on[DATE_LEN], list[1024] = "";
	size_t		 i, n = 0, nm;
	int		 rc;

	*flags = NULL;
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_open(c, meeting, &m)) != CORE_OK)
		goto out;
	rc = store_rows(c->st, &items, STMT_ITEM_LIST, "l", meeting);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the agenda");
		goto out;
	}
	json_array_foreach(items, i, it)
		if (n < 64)
			titles[n++] = jstr(it, "title");
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
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "circulating the agenda");
		goto out;
	}
	d = json_pack("{s:I, s:s}", "meeting", (json_int_t)meeting,
	    "circulated", on);
	rc = core_audit(c, "meeting.circulate", "meeting", meeting, d);
	json_decref(d);
	/* SA-10.2, SA-10.4: the agenda goes to every member by email,
	 * with the invitation for their calendar. */
	if (rc == CORE_OK)
		rc = notify_meeting(c, m, "agenda", "REQUEST");
	if (rc == CORE_OK) {
		json_object_set_new(m, "circulated", json_string(on));
		meeting_flags(c, m);
		*flags = json_incref(json_object_get(m, "flags"));
	}
out:
	json_decref(m);
	json_decref(items);
	return core_end(c, rc);
}

int
core_meeting_attend(struct core *c, int64_t meeting, const char *org,
    const char *kind, const char *people, int deputy_agreed)
{
	json_t	*m = NULL, *o = NULL, *mb = NULL, *d;
	int	 k, rc;

	if (kind == NULL || (k = rules_attend_parse(kind)) < 0)
		return core_fail(c, CORE_EINVAL, "as", "attendance '%s' is not "
		    "accepted; expected present, apologies, absent or deputy",
		    kind != NULL ? kind : "");
	if ((rc = core_int_text(c, "people", people, 0, 500)))
		return rc;
	if (deputy_agreed && k != AT_DEPUTY)
		return core_fail(c, CORE_EINVAL, "deputy_agreed", "the chair's "
		    "agreement is recorded only for a deputy");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_open(c, meeting, &m)) != CORE_OK ||
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	rc = store_row(c->st, &mb, STMT_MEMB_GET, "ll", jint(m, "group_id"),
	    jint(o, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the membership");
		goto out;
	}
	/* Guests come by invitation (MC-closed): anyone may attend, but
	 * only members are counted for quorum and votes. */
	if (mb == NULL && k != AT_PRESENT) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "member of %s; only members send apologies or deputies",
		    jstr(o, "name"), jstr(m, "group_name"));
		goto out;
	}
	rc = store_exec(c->st, STMT_ATT_UPSERT, "llssi", meeting,
	    jint(o, "id"), rules_attend_names[k], core_int_blank(people) ? NULL :
	    people, deputy_agreed != 0);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording attendance");
		goto out;
	}
	d = json_pack("{s:I, s:s, s:s, s:s?, s:b}", "meeting",
	    (json_int_t)meeting, "organisation", jstr(o, "name"), "as",
	    rules_attend_names[k], "people", people, "deputy_agreed",
	    deputy_agreed != 0);
	rc = core_audit(c, "meeting.attend", "meeting", meeting, d);
	json_decref(d);
	/* Apologies are acknowledged, in writing, to the organisation. */
	if (rc == CORE_OK && k == AT_APOLOGIES) {
		char subject[300], text[600], link[64], once[64];

		snprintf(subject, sizeof(subject), "Apologies received: %s, %s",
		    jstr(m, "group_name"), jstr(m, "day"));
		snprintf(text, sizeof(text), "The apologies of %s for the "
		    "meeting of %s on %s are recorded.", jstr(o, "name"),
		    jstr(m, "group_name"), jstr(m, "day"));
		snprintf(link, sizeof(link), "/meetings/%lld",
		    (long long)meeting);
		snprintf(once, sizeof(once), "apologies:%lld:%lld",
		    (long long)meeting, (long long)jint(o, "id"));
		rc = core_int_notify_org_once(c, jint(o, "id"), "apologies",
		    once, subject, text, link);
	}
out:
	json_decref(m);
	json_decref(o);
	json_decref(mb);
	return core_end(c, rc);
}

int
core_meeting_notes(struct core *c, int64_t meeting, const char *text)
{
	json_t	*m = NULL, *d;
	int	 rc;

	if ((rc = core_int_body(c, "notes", text, 1, 200000)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_open(c, meeting, &m)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_MEET_SET_NOTES, "sl", text, meeting);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the notes");
		goto out;
	}
	d = json_pack("{s:I, s:I}", "meeting", (json_int_t)meeting,
	    "length", (json_int_t)strlen(text));
	rc = core_audit(c, "meeting.notes", "meeting", meeting, d);
	json_decref(d);
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_meeting_publish(struct core *c, int64_t meeting, const char *date,
    const char *visibility, json_t **flags)
{
	json_t	*m = NULL, *d;
	char	 on[DATE_LEN];
	int	 rc;

	*flags = NULL;
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	/* SA-11.1, MC-meet: the constitution's default visibility. */
	if (visibility == NULL)
		visibility = constitution_text(&c->cons, "notes.visibility");
	if (strcmp(visibility, "members") != 0 &&
	    strcmp(visibility, "public") != 0)
		return core_fail(c, CORE_EINVAL, "visibility", "visibility "
		    "'%s' is not accepted; expected members or public",
		    visibility);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_open(c, meeting, &m)) != CORE_OK)
		goto out;
	if (jstr(m, "notes") == NULL) {
		rc = core_fail(c, CORE_EINVAL, "notes", "meeting %lld has no "
		    "notes yet; write them with 'alliance meeting notes'",
		    (long long)meeting);
		goto out;
	}
	if (strcmp(on, jstr(m, "day")) < 0) {
		rc = core_fail(c, CORE_EINVAL, "date", "notes cannot be "
		    "published (%s) before the meeting (%s)", on,
		    jstr(m, "day"));
		goto out;
	}
	rc = store_exec(c->st, STMT_MEET_PUBLISH, "ssl", on, visibility,
	    meeting);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "publishing the notes");
		goto out;
	}
	d = json_pack("{s:I, s:s, s:s}", "meeting", (json_int_t)meeting,
	    "published", on, "visibility", visibility);
	rc = core_audit(c, "meeting.publish", "meeting", meeting, d);
	json_decref(d);
	/* SA-10.3: the notes go to all members. */
	if (rc == CORE_OK)
		rc = notify_meeting(c, m, "notes", NULL);
	if (rc == CORE_OK) {
		json_object_set_new(m, "notes_published", json_string(on));
		meeting_flags(c, m);
		*flags = json_incref(json_object_get(m, "flags"));
	}
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_meeting_cancel(struct core *c, int64_t meeting, const char *reason)
{
	json_t	*m = NULL, *d;
	int	 rc;

	if ((rc = core_int_text(c, "reason", reason, 0, 1000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_open(c, meeting, &m)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_MEET_CANCEL, "l", meeting);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "cancelling the meeting");
		goto out;
	}
	d = json_pack("{s:I, s:s?}", "meeting", (json_int_t)meeting,
	    "reason", reason);
	rc = core_audit(c, "meeting.cancel", "meeting", meeting, d);
	json_decref(d);
	/* The calendars that had the invitation get its cancellation. */
	if (rc == CORE_OK && jstr(m, "circulated") != NULL) {
		json_object_set_new(m, "status", json_string("cancelled"));
		rc = notify_meeting(c, m, "cancellation", "CANCEL");
	}
out:
	json_decref(m);
	return core_end(c, rc);
}
