/*
 * The iCalendar invitation of a meeting (RFC 5545, 5546): sent with the
 * agenda, updated when the meeting changes, cancelled with it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libical/ical.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

/* "YYYY-MM-DD" and "HH:MM" in Europe/London, as UTC. */
static struct icaltimetype
london(const char *day, const char *hm)
{
	struct icaltimetype	 t = icaltime_null_time();
	icaltimezone		*tz;

	t.year = atoi(day);
	t.month = atoi(day + 5);
	t.day = atoi(day + 8);
	t.hour = atoi(hm);
	t.minute = atoi(hm + 3);
	tz = icaltimezone_get_builtin_timezone("Europe/London");
	t = icaltime_set_timezone(&t, tz);
	return icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
}

int
core_meeting_ical(struct core *c, int64_t meeting, char **out)
{
	icalcomponent	*cal = NULL, *ev;
	icalproperty	*att;
	json_t		*m = NULL, *ms = NULL, *r, *people = NULL, *p;
	char		 uid[128], summary[400], *text;
	size_t		 i, j;
	int		 rc, cancelled;

	*out = NULL;
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
		return rc;
	if ((rc = store_rows(c->st, &ms, STMT_MEMB_LIST_GROUP, "l",
	    jint(m, "group_id"))) != STORE_OK ||
	    (rc = store_rows(c->st, &people, STMT_PERSON_LIST, "l",
	    c->arr)) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading members");
		goto out;
	}
	cancelled = strcmp(jstr(m, "status"), "cancelled") == 0;
	/* RFC 5545/5546: REQUEST with a stable UID and a SEQUENCE that
	 * grows with each change, so an update replaces the entry; CANCEL
	 * when the meeting is cancelled. */
	snprintf(uid, sizeof(uid), "meeting-%lld@%s.alliance",
	    (long long)meeting, c->arr_slug);
	snprintf(summary, sizeof(summary), "%s", jstr(m, "group_name"));
	ev = icalcomponent_vanew(ICAL_VEVENT_COMPONENT,
	    icalproperty_new_uid(uid),
	    icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
	    time(NULL), 0, icaltimezone_get_utc_timezone())),
	    icalproperty_new_sequence((int)jint(m, "sequence")),
	    icalproperty_new_dtstart(london(jstr(m, "day"),
	    jstr(m, "starts"))),
	    icalproperty_new_summary(summary),
	    icalproperty_new_organizer("mailto:secretariat@alliance.invalid"),
	    (void *)0);
	/* No end given: no DTEND (RFC 5545: the event is its start). */
	if (jstr(m, "ends") != NULL && *jstr(m, "ends") != '\0')
		icalcomponent_add_property(ev, icalproperty_new_dtend(
		    london(jstr(m, "day"), jstr(m, "ends"))));
	if (jstr(m, "place") != NULL)
		icalcomponent_add_property(ev,
		    icalproperty_new_location(jstr(m, "place")));
	if (jstr(m, "link") != NULL)
		icalcomponent_add_property(ev,
		    icalproperty_new_url(jstr(m, "link")));
	if (cancelled)
		icalcomponent_add_property(ev,
		    icalproperty_new_status(ICAL_STATUS_CANCELLED));
	/* The members' people with an email are the attendees. */
	json_array_foreach(ms, i, r) {
		if (strcmp(jstr(r, "status"), "active") != 0 &&
		    strcmp(jstr(r, "status"), "under notice") != 0)
			continue;
		json_array_foreach(people, j, p) {
			char addr[300];

			if (jint(p, "organisation_id") !=
			    jint(r, "organisation_id") ||
			    jstr(p, "email") == NULL)
				continue;
			snprintf(addr, sizeof(addr), "mailto:%s",
			    jstr(p, "email"));
			att = icalproperty_new_attendee(addr);
			icalproperty_add_parameter(att,
			    icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
			icalproperty_add_parameter(att,
			    icalparameter_new_partstat(
			    ICAL_PARTSTAT_NEEDSACTION));
			icalproperty_add_parameter(att,
			    icalparameter_new_rsvp(ICAL_RSVP_TRUE));
			icalproperty_add_parameter(att,
			    icalparameter_new_cn(jstr(p, "name")));
			icalcomponent_add_property(ev, att);
		}
	}
	cal = icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT,
	    icalproperty_new_version("2.0"),
	    icalproperty_new_prodid("-//Alliance//Governance//EN"),
	    icalproperty_new_method(cancelled ? ICAL_METHOD_CANCEL :
	    ICAL_METHOD_REQUEST), ev, (void *)0);
	if ((text = icalcomponent_as_ical_string_r(cal)) == NULL) {
		rc = core_fail(c, CORE_EFAULT, NULL, "could not write the "
		    "calendar");
		goto out;
	}
	*out = text;
	rc = CORE_OK;
out:
	if (cal != NULL)
		icalcomponent_free(cal);
	json_decref(m);
	json_decref(ms);
	json_decref(people);
	return rc;
}
