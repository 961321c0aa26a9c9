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
#include "rules/parse.h"
#include "store/store.h"

/*
 * "YYYY-MM-DD" and "HH:MM", London's wall clock, as a DTSTART or DTEND
 * with TZID=Europe/London (RFC 5545 3.3.5, form 3); the calendar
 * carries the zone's VTIMEZONE from libical's data.
 */
/* The n digits at s as a number (of a stored YYYY-MM-DD or HH:MM);
 * 0 when they are not digits. */
static int
part(const char *s, size_t n)
{
	char	buf[8];
	int64_t	v;

	snprintf(buf, sizeof(buf), "%.*s", (int)n, s);
	return parse_int(buf, 0, 9999, &v) == 0 ? (int)v : 0;
}

static icalproperty *
london(icalproperty *(*make)(struct icaltimetype), const char *day,
    const char *hm)
{
	struct icaltimetype	 t = icaltime_null_time();
	icaltimezone		*tz;
	icalproperty		*p;

	t.year = part(day, 4);
	t.month = part(day + 5, 2);
	t.day = part(day + 8, 2);
	t.hour = part(hm, 2);
	t.minute = part(hm + 3, 2);
	tz = icaltimezone_get_builtin_timezone("Europe/London");
	t = icaltime_set_timezone(&t, tz);
	p = make(t);
	icalproperty_add_parameter(p, icalparameter_new_tzid("Europe/London"));
	return p;
}

/*
 * London's VTIMEZONE, from libical's zone data, named "Europe/London"
 * (the name the DTSTART gives) and cut to the rules in force from the
 * year before the meeting, so that the invitation stays small.
 */
static icalcomponent *
london_vtimezone(const char *day)
{
	icalcomponent		*vtz;
	icalproperty		*id;
	struct icaltimetype	 from = icaltime_null_time();

	vtz = icalcomponent_new_clone(icaltimezone_get_component(
	    icaltimezone_get_builtin_timezone("Europe/London")));
	if ((id = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
	    != NULL)
		icalproperty_set_tzid(id, "Europe/London");
	from.year = part(day, 4) - 1;
	from.month = 1;
	from.day = 1;
	from = icaltime_set_timezone(&from, icaltimezone_get_utc_timezone());
	icaltimezone_truncate_vtimezone(vtz, from, icaltime_null_time(), 1);
	return vtz;
}

/* Who replies reach: the mail settings' sender (ALLIANCE_MAIL_FROM). */
static void
organizer(char *out, size_t sz)
{
	const char *from = getenv("ALLIANCE_MAIL_FROM");

	snprintf(out, sz, "mailto:%s", from != NULL && *from != '\0' &&
	    strpbrk(from, "\r\n;:,<> ") == NULL ? from :
	    "secretariat@alliance.invalid");
}

/* RFC 5545: each member's person with an email, invited. */
static void
attendees(icalcomponent *ev, const struct rec_invitee_list *people)
{
	icalproperty	*att;
	char		 addr[300];
	size_t		 i;

	for (i = 0; i < people->n; i++) {
		snprintf(addr, sizeof(addr), "mailto:%s", people->v[i].email);
		att = icalproperty_new_attendee(addr);
		icalproperty_add_parameter(att,
		    icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
		icalproperty_add_parameter(att,
		    icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
		icalproperty_add_parameter(att,
		    icalparameter_new_rsvp(ICAL_RSVP_TRUE));
		icalproperty_add_parameter(att,
		    icalparameter_new_cn(people->v[i].name));
		icalcomponent_add_property(ev, att);
	}
}

int
core_meeting_ical(struct core *c, int64_t meeting, char **out)
{
	icalcomponent		*cal = NULL, *ev;
	struct rec_meeting	 m;
	struct rec_invitee_list	 people = { NULL, 0 };
	char			 uid[128], summary[400], org[320], *text;
	int			 rc, cancelled;

	*out = NULL;
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
		return rc;
	if ((rc = store_meeting_invitees(c->st, m.group_id, &people)) !=
	    STORE_OK) {
		rc = core_store_fail(c, rc, "reading members");
		goto out;
	}
	cancelled = m.status == MEETING_CANCELLED;
	organizer(org, sizeof(org));
	/* RFC 5545/5546: REQUEST with a stable UID and a SEQUENCE that
	 * grows with each change, so an update replaces the entry; CANCEL
	 * when the meeting is cancelled. */
	snprintf(uid, sizeof(uid), "meeting-%lld@%s.alliance",
	    (long long)meeting, c->arr_slug);
	snprintf(summary, sizeof(summary), "%s", m.group_name);
	ev = icalcomponent_vanew(ICAL_VEVENT_COMPONENT,
	    icalproperty_new_uid(uid),
	    icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
	    time(NULL), 0, icaltimezone_get_utc_timezone())),
	    icalproperty_new_sequence((int)m.sequence),
	    london(icalproperty_new_dtstart, m.day, m.starts),
	    icalproperty_new_summary(summary),
	    icalproperty_new_organizer(org),
	    (void *)0);
	/* No end given: no DTEND (RFC 5545: the event is its start). */
	if (m.ends != NULL)
		icalcomponent_add_property(ev, london(icalproperty_new_dtend,
		    m.day, m.ends));
	if (m.place != NULL)
		icalcomponent_add_property(ev,
		    icalproperty_new_location(m.place));
	if (m.link != NULL)
		icalcomponent_add_property(ev, icalproperty_new_url(m.link));
	if (cancelled)
		icalcomponent_add_property(ev,
		    icalproperty_new_status(ICAL_STATUS_CANCELLED));
	attendees(ev, &people);
	cal = icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT,
	    icalproperty_new_version("2.0"),
	    icalproperty_new_prodid("-//Alliance//Governance//EN"),
	    icalproperty_new_method(cancelled ? ICAL_METHOD_CANCEL :
	    ICAL_METHOD_REQUEST), ev, (void *)0);
	icalcomponent_add_component(cal, london_vtimezone(m.day));
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
	rec_meeting_free(&m);
	rec_invitee_list_free(&people);
	return rc;
}
