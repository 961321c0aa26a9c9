/*
 * Meeting rules (SA-6.2, SA-6.3, SA-6.4, SA-7.1, SA-9.3, SA-10.2,
 * SA-10.3, MC-absence, MC-meet, MC-mou).  Pure: no I/O, no clock.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "meeting.h"
#include "text.h"

const char *const rules_attend_names[AT__MAX] = {
	"present", "apologies", "absent", "deputy",
};

int
rules_attend_parse(const char *name)
{
	int i;

	for (i = 0; name != NULL && i < AT__MAX; i++)
		if (strcasecmp(rules_attend_names[i], name) == 0)
			return i;
	return -1;
}

/*
 * 1 if a and b are equal, case-insensitively, once the spaces around
 * each are dropped.
 */
static int
same_trimmed(const char *a, const char *b)
{
	size_t na, nb;

	while (isspace((unsigned char)*a))
		a++;
	while (isspace((unsigned char)*b))
		b++;
	na = strlen(a);
	nb = strlen(b);
	while (na > 0 && isspace((unsigned char)a[na - 1]))
		na--;
	while (nb > 0 && isspace((unsigned char)b[nb - 1]))
		nb--;
	return na == nb && strncasecmp(a, b, na) == 0;
}

/* SA-10.2: notice_days before the meeting. */
int
rules_agenda_due(const struct constitution *c, int meeting_day)
{
	return meeting_day - constitution_int(c, "agenda.notice_days");
}

/* SA-10.2: late once the due day has passed; never without a notice. */
int
rules_agenda_late(const struct constitution *c, int meeting_day, int day)
{
	if (!constitution_states(c, "agenda.notice_days"))
		return 0;
	return day > rules_agenda_due(c, meeting_day);
}

/* SA-10.3: due_days after the meeting. */
int
rules_notes_due(const struct constitution *c, int meeting_day)
{
	return meeting_day + constitution_int(c, "notes.due_days");
}

/* SA-10.3: late notes are flagged; never without a deadline. */
int
rules_notes_late(const struct constitution *c, int meeting_day, int day)
{
	if (!constitution_states(c, "notes.due_days"))
		return 0;
	return day > rules_notes_due(c, meeting_day);
}

/* SA-7.1: the first election within N months of recognition. */
int
rules_first_election_due(const struct constitution *c, int recognised,
    int *due)
{
	int months = constitution_int(c, "chair.first_election_months");

	if (months <= 0)
		return -1;
	*due = date_add_months(recognised, months);
	return 0;
}

/* SA-6.4: an agenda without the mandatory items cannot be circulated. */
size_t
rules_agenda_missing(const struct constitution *c,
    const char *const *items, size_t n, const char **missing, size_t max)
{
	size_t i, j, gaps = 0;

	/* The list is read in place: it has no fixed length. */
	for (i = 0; i < c->n; i++) {
		if (strcmp(c->v[i].key, "agenda.mandatory") != 0)
			continue;
		for (j = 0; j < n; j++)
			if (items[j] != NULL &&
			    same_trimmed(items[j], c->v[i].value))
				break;
		if (j < n)
			continue;
		if (gaps < max)
			missing[gaps] = c->v[i].value;
		gaps++;
	}
	return gaps;
}

/*
 * Day number of 1 January of year y (proleptic Gregorian), by the
 * days-from-civil method: no library call, valid for any year.
 */
static int
year_start(int y)
{
	int era, yoe, doy;

	y--;			/* 1 January is in the March-based year y-1 */
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = 306;		/* 1 January is day 306 from 1 March */
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* SA-6.2 (yearly minimum, pro rata), MC-meet and MC-mou (longest gap). */
int
rules_pace(const struct constitution *c, enum group_kind kind,
    const int *days, size_t n, int since, int today, struct pace_report *out)
{
	size_t	 i, j;
	int	 jan1, next_jan1, start, elapsed, p, next, last, g, have, met;

	memset(out, 0, sizeof(*out));
	out->min_per_year = constitution_kind_int(c, "meetings.min_per_year",
	    kind);
	out->max_gap = constitution_kind_int(c, "meetings.max_gap_days",
	    kind);

	jan1 = year_start(date_year(today));
	next_jan1 = year_start(date_year(today) + 1);
	start = since > jan1 ? since : jan1;
	for (i = 0; i < n; i++) {
		if (days[i] < start || days[i] >= next_jan1)
			continue;
		if (days[i] <= today)
			out->held++;
		else
			out->planned++;
	}
	elapsed = today >= start ? today - start + 1 : 0;
	out->expected = (int)((long long)out->min_per_year * elapsed /
	    (next_jan1 - jan1));
	out->behind = out->held < out->expected;

	/*
	 * Gaps: from each meeting to the next one after it, and from
	 * since only until a group's first meeting (MC-mou: measured
	 * between meetings held, not from the day the group was
	 * recorded).  Ties keep the earliest gap, whatever the input
	 * order.
	 */
	met = 0;
	for (i = 0; i < n; i++)
		if (days[i] >= since)
			met = 1;
	last = since;
	for (i = 0; i <= n; i++) {
		p = i == n ? since : days[i];
		if (p < since || (i == n && met))
			continue;
		if (p > last)
			last = p;
		have = 0;
		next = 0;
		for (j = 0; j < n; j++)
			if (days[j] > p && (!have || days[j] < next)) {
				next = days[j];
				have = 1;
			}
		if (!have)
			continue;
		g = next - p;
		if (g > out->gap || (g == out->gap && g > 0 &&
		    p < out->gap_from)) {
			out->gap = g;
			out->gap_from = p;
			out->gap_to = next;
		}
	}
	if (last <= today && today - last > out->gap) {
		out->gap = today - last;
		out->gap_from = last;
		out->gap_to = today;
		out->gap_open = 1;
	}
	out->gap_exceeded = out->max_gap > 0 && out->gap > out->max_gap;
	return out->behind || out->gap_exceeded;
}

/* SA-6.3 persistent unexplained absence; MC-absence successive. */
int
rules_absence_flag(const struct constitution *c, const enum attend *seq,
    size_t n, int *run)
{
	int	 count = 0, limit;

	while (n > 0 && seq[n - 1] == AT_ABSENT) {
		count++;
		n--;
	}
	if (run != NULL)
		*run = count;
	limit = constitution_int(c, "attendance.absences_flag");
	return limit > 0 && count >= limit;
}

/* SA-6.3: only meetings held since the member joined count. */
int
rules_absence_flag_since(const struct constitution *c,
    const enum attend *seq, const int *days, size_t n, int joined,
    int *run)
{
	size_t first = 0;

	/* seq is oldest first: skip the meetings before it joined. */
	while (first < n && days[first] < joined)
		first++;
	return rules_absence_flag(c, seq + first, n - first, run);
}

/* The first name of a list "Name, Name" into out; 0 when there is none. */
static int
first_named(const char *list, char *out, size_t outsz)
{
	size_t n;

	if (list == NULL)
		return 0;
	while (isspace((unsigned char)*list))
		list++;
	n = strcspn(list, ",;");
	if (n >= outsz)
		n = outsz - 1;
	memcpy(out, list, n);
	out[n] = '\0';
	while (n > 0 && isspace((unsigned char)out[n - 1]))
		out[--n] = '\0';
	return n > 0;
}

/* SA-6.3: the same senior representative each time. */
int
rules_representative_changed(const char *before, const char *now)
{
	char a[256], b[256];

	if (!first_named(before, a, sizeof(a)) ||
	    !first_named(now, b, sizeof(b)))
		return 0;
	return !same_trimmed(a, b);
}

/* SA-9.3: a deadline usually at least three weeks away. */
int
rules_nomination_window(const struct constitution *c, int open_day,
    int close_day, int reason_given, char *why, size_t whysz)
{
	int len = close_day - open_day;
	int min = constitution_int(c, "nomination.window_days");

	if (len <= 0) {
		snprintf(why, whysz, "the nomination window closes on or "
		    "before the day it opens; expected a closing date after "
		    "the opening date (SA-9.3)");
		return -1;
	}
	if (len >= min || reason_given)
		return 0;
	snprintf(why, whysz, "the nomination window is %d day%s; at least "
	    "%d are needed unless a reason for a shorter one is recorded "
	    "(SA-9.3)", len, len == 1 ? "" : "s", min);
	return -1;
}

/* SA-9.3: an incomplete nomination is refused, naming what is missing. */
const char *
rules_nomination_missing(const struct constitution *c,
    const struct nomination_facts *f)
{
	if (constitution_list_has(c, "nomination.fields", "details") &&
	    text_blank(f->details))
		return "nominee details";
	if (constitution_list_has(c, "nomination.fields", "why") &&
	    text_blank(f->why))
		return "why they want the role";
	if (constitution_list_has(c, "nomination.fields", "skills") &&
	    text_blank(f->skills))
		return "skills, knowledge and experience";
	if (constitution_list_has(c, "nomination.fields", "interests") &&
	    text_blank(f->interests))
		return "declarations of interest";
	if (constitution_list_has(c, "nomination.fields", "guidance") &&
	    !f->guidance)
		return "declaration to abide by the Representative Guidance";
	return NULL;
}

/* SA-7.1, SA-7.2: three-year terms; mid-term chairs end with the term. */
int
rules_chair_term_end(const struct constitution *c, int start,
    const int *original_end, int *end)
{
	int years = constitution_int(c, "chair.term_years");

	if (years <= 0)
		return -1;
	if (original_end != NULL && *original_end >= start &&
	    constitution_bool(c, "chair.midterm_ends_original"))
		*end = *original_end;
	else
		*end = date_add_months(start, 12 * years) - 1;
	return 0;
}

/* MC-mou: chairing alternates between the sides, meeting by meeting. */
int
rules_mou_chair_alternates(const struct constitution *c,
    enum group_kind kind, const char *previous_side, const char *this_side,
    char *why, size_t whysz)
{
	const char *how = constitution_kind_text(c, "meetings.chair", kind);

	if (how == NULL || strcmp(how, "alternate-sides") != 0)
		return 0;
	if (text_blank(this_side)) {
		snprintf(why, whysz, "the chair's organisation has no side; "
		    "where chairing alternates between sides, the chair "
		    "must come from a member with a side (MC-mou)");
		return -1;
	}
	if (text_blank(previous_side) || !same_trimmed(previous_side, this_side))
		return 0;
	snprintf(why, whysz, "the previous meeting was chaired from the %s "
	    "side; chairing alternates, so this meeting's chair must come "
	    "from another side (MC-mou)", previous_side);
	return -1;
}

enum item_chair
rules_item_chair(int chair_conflicted, int have_vice, int vice_conflicted)
{
	if (!chair_conflicted)
		return ITEM_CHAIR;
	/* SA-E3.6, SA-7.3: the vice-chair acts when the chair is
	 * conflicted; failing that the members present choose. */
	if (have_vice && !vice_conflicted)
		return ITEM_VICE_CHAIR;
	return ITEM_MEMBERS_CHOOSE;
}

void
rules_meeting_sight(enum meeting_reader r, int notes, int published,
    int public, int circulated, struct meeting_sight *out)
{
	int member = r != READER_PUBLIC;

	memset(out, 0, sizeof(*out));
	/* SA-11.1: drafts to those who write them; published notes to
	 * members, or to all when published for the public. */
	out->notes = notes && (r == READER_RUNS ||
	    (published && (public || member)));
	/* SA-11.1: the agenda once circulated, to members; those who run
	 * the meeting build it before. */
	out->agenda = r == READER_RUNS || (member && circulated);
	/* SA-3.1-assoc: VCSE-only business is not an associate's. */
	out->vcse_items = r == READER_RUNS || r == READER_FULL_MEMBER;
	out->attendance = member;
	out->interests = member;
	out->link = member;
}
