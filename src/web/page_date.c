/*
 * page_date: the GOV.UK date input, and the one date-and-time input
 * every form uses for a moment (a poll's or a ballot's opening and
 * closing): day, month and year, then the time of day, typed in
 * London's time and kept in UTC.  Faults are found here, at the edge,
 * each part named in the form's own terms ("must include a month"), so
 * that the error summary can list every one of them.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/date.h"
#include "rules/parse.h"
#include "web.h"

static const char *const parts[] = { "day", "month", "year", "time" };

/* A part as the router accepted it: in the form posted, or in the
 * query of a GET form (the route declares it). */
static const char *
part_value(struct req *r, const char *name)
{
	const char *v = web_form(r, name);

	return v != NULL ? v : web_query(r, name);
}

/* A part as typed, shown again in its input: what the form sent, even
 * a part the router refused. */
static const char *
typed_value(struct req *r, const char *name)
{
	const char *v = web_field(r, name);

	return v != NULL ? v : web_query(r, name);
}
static const char *const labels[] = { "Day", "Month", "Year", "Time" };

/* The fieldset, its legend, hint and error, and n inputs (3: a date,
 * 4: a date and a time). */
static void
date_fieldset(struct req *r, const char *prefix, const char *legend,
    const char *hint, int bad, const char *err, int n)
{
	const struct page_err	*pe = page_err_of(r, prefix);
	char			 name[64];
	const char		*v;
	int			 i, on;

	if (pe != NULL) {
		bad = 1;
		err = pe->msg;
	}
	html_fmt(&r->body, "<div class=\"govuk-form-group%s\">\n<fieldset "
	    "class=\"govuk-fieldset\" role=\"group\" aria-describedby=\"%s-"
	    "hint%s%s%s\">\n<legend class=\"govuk-fieldset__legend govuk-"
	    "fieldset__legend--s\">%s</legend>\n<div id=\"%s-hint\" class=\""
	    "govuk-hint\">%s</div>\n", bad ? " govuk-form-group--error" : "",
	    prefix, bad ? " " : "", bad ? prefix : "", bad ? "-error" : "",
	    legend, prefix, hint);
	if (bad)
		page_field_error(r, prefix, err);
	html_fmt(&r->body, "<div class=\"govuk-date-input\" id=\"%s\">\n",
	    prefix);
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "%s-%s", prefix, parts[i]);
		/* Only the parts at fault, when the fault is in parts. */
		on = bad && (pe == NULL || pe->parts == 0 ||
		    (pe->parts & (1 << i)));
		v = typed_value(r, name);
		html_fmt(&r->body, "<div class=\"govuk-date-input__item\"><div "
		    "class=\"govuk-form-group\"><label class=\"govuk-label "
		    "govuk-date-input__label\" for=\"%s\">%s</label><input "
		    "class=\"govuk-input govuk-date-input__input govuk-input--"
		    "width-%d%s\" id=\"%s\" name=\"%s\" type=\"text\"%s "
		    "value=\"%s\"></div></div>\n", name, labels[i], i == 2 ? 4 :
		    i == 3 ? 5 : 2, on ? " govuk-input--error" : "", name,
		    name, i < 3 ? " inputmode=\"numeric\"" : "", v != NULL ? v :
		    "");
	}
	html_raw(&r->body, "</div>\n</fieldset>\n</div>\n");
}

void
page_date_input(struct req *r, const char *prefix, const char *legend,
    const char *hint, int bad, const char *err)
{
	date_fieldset(r, prefix, legend, hint, bad, err, 3);
}

void
page_moment_input(struct req *r, const char *prefix, const char *legend,
    const char *hint, int bad, const char *err)
{
	date_fieldset(r, prefix, legend, hint != NULL ? hint : "For example, "
	    "1 12 2026 and 5pm. London time.", bad, err, 4);
}

/* A whole number typed (spaces around it forgiven), or -1: nothing,
 * or not a number (parse_int, the validators' own). */
static long
number(const char *v)
{
	char	 t[24];
	size_t	 n;
	int64_t	 x;

	if (v == NULL)
		return -1;
	v += strspn(v, " \t\r\n");
	n = strlen(v);
	while (n > 0 && isspace((unsigned char)v[n - 1]))
		n--;
	if (n == 0 || n >= sizeof(t))
		return -1;
	memcpy(t, v, n);
	t[n] = '\0';
	return parse_int(t, 0, 99999, &x) == 0 ? (long)x : -1;
}

static int
blank(const char *v)
{
	while (v != NULL && isspace((unsigned char)*v))
		v++;
	return v == NULL || *v == '\0';
}

void
page_date_value(struct req *r, const char *prefix, char out[32])
{
	char		 k[64];
	const char	*v[3];
	int64_t		 n[3];
	int		 i, empty = 1;
	static const int64_t lo[] = { 1, 1, 1000 }, hi[] = { 31, 12, 9999 };

	for (i = 0; i < 3; i++) {
		snprintf(k, sizeof(k), "%s-%s", prefix, parts[i]);
		v[i] = part_value(r, k);
		if (v[i] != NULL && *v[i] != '\0')
			empty = 0;
	}
	out[0] = '\0';
	if (empty)
		return;
	/* Spaces typed before a number are forgiven, as they always were. */
	for (i = 0; i < 3; i++)
		if (v[i] == NULL || parse_int(v[i] + strspn(v[i], " "), lo[i],
		    hi[i], &n[i]) != 0) {
			snprintf(out, 32, "not-a-date");
			return;
		}
	snprintf(out, 32, "%04d-%02d-%02d", (int)n[2], (int)n[1], (int)n[0]);
}

int
page_time_parse(const char *typed, char out[6])
{
	char		 t[16], hhmm[8];
	const char	*end, *mm;
	size_t		 i, n = 0, hn;
	int		 h, min;

	out[0] = '\0';
	if (typed == NULL)
		return -1;
	/* Lower case, without spaces or dots after am/pm ("5 p.m."). */
	for (i = 0; typed[i] != '\0' && n + 1 < sizeof(t); i++)
		if (!isspace((unsigned char)typed[i]) && !(typed[i] == '.' &&
		    i > 0 && isalpha((unsigned char)typed[i - 1])))
			t[n++] = (char)tolower((unsigned char)typed[i]);
	if (typed[i] != '\0')
		return -1;
	t[n] = '\0';
	if (strcmp(t, "midday") == 0 || strcmp(t, "noon") == 0) {
		snprintf(out, 6, "12:00");
		return 0;
	}
	if (strcmp(t, "midnight") == 0) {
		snprintf(out, 6, "00:00");
		return 0;
	}
	/* "5", "17", "9:30", "9.30", then am or pm: made HH:MM for the
	 * validators' parse_time, which holds it to a time of day. */
	if ((hn = strspn(t, "0123456789")) == 0 || hn > 2)
		return -1;
	end = t + hn;
	mm = "00";
	if (*end == ':' || *end == '.') {
		if (strspn(end + 1, "0123456789") < 2)
			return -1;
		mm = end + 1;
		end += 3;
	}
	snprintf(hhmm, sizeof(hhmm), "%s%.*s:%.2s", hn == 1 ? "0" : "",
	    (int)hn, t, mm);
	if (parse_time(hhmm, &min) != 0)
		return -1;
	h = min / 60;
	if (strcmp(end, "am") == 0 || strcmp(end, "pm") == 0) {
		if (h < 1 || h > 12)
			return -1;
		h = h % 12 + (*end == 'p' ? 12 : 0);
	} else if (*end != '\0')
		return -1;
	snprintf(out, 6, "%02d:%02d", h, min % 60);
	return 0;
}

/* The parts of a date at fault, in words: "a day", "a month and a
 * year". */
static void
missing_words(int bits, char *out, size_t sz)
{
	static const char *const words[] = { "a day", "a month", "a year",
	    "a time" };
	int	i, k = 0, total = 0;
	size_t	n = 0;

	for (i = 0; i < 4; i++)
		total += (bits >> i) & 1;
	out[0] = '\0';
	for (i = 0; i < 4; i++) {
		if (!(bits & (1 << i)))
			continue;
		k++;
		n += (size_t)snprintf(out + n, n < sz ? sz - n : 0, "%s%s",
		    k == 1 ? "" : k == total ? " and " : ", ", words[i]);
	}
}

/* Reads the parts; adds the fault and returns -1, or writes the date
 * (and *hm the time when time is set). */
static int
check(struct req *r, const char *prefix, const char *what, int optional,
    int with_time, char day[32], char hm[6])
{
	char		 k[64], anchor[64], miss[80];
	const char	*v[4];
	long		 n[3];
	int		 i, gone = 0, all = with_time ? 4 : 3, d;

	for (i = 0; i < all; i++) {
		snprintf(k, sizeof(k), "%s-%s", prefix, parts[i]);
		v[i] = part_value(r, k);
		if (blank(v[i]))
			gone |= 1 << i;
		if (i < 3)
			n[i] = number(v[i]);
	}
	day[0] = '\0';
	if (gone == (1 << all) - 1) {
		if (optional)
			return 0;
		snprintf(anchor, sizeof(anchor), "%s-day", prefix);
		page_err_add(r, prefix, anchor, 0, "Enter %s", what);
		return -1;
	}
	if (gone != 0) {
		for (i = 0; !(gone & (1 << i)); i++)
			;
		snprintf(anchor, sizeof(anchor), "%s-%s", prefix, parts[i]);
		missing_words(gone, miss, sizeof(miss));
		page_err_add(r, prefix, anchor, gone, "%c%s must include %s",
		    toupper((unsigned char)what[0]), what + 1, miss);
		return -1;
	}
	/* Each part a number in its range, then a real day. */
	snprintf(day, 32, "%04ld-%02ld-%02ld", n[2], n[1], n[0]);
	if (n[0] < 1 || n[0] > 31 || n[1] < 1 || n[1] > 12 || n[2] < 1000 ||
	    n[2] > 9999 || date_parse(day, &d) != 0) {
		int bad = n[0] < 1 || n[0] > 31 ? DATE_DAY : n[1] < 1 ||
		    n[1] > 12 ? DATE_MONTH : n[2] < 1000 || n[2] > 9999 ?
		    DATE_YEAR : 0;

		snprintf(anchor, sizeof(anchor), "%s-%s", prefix,
		    bad == DATE_MONTH ? "month" : bad == DATE_YEAR ? "year" :
		    "day");
		page_err_add(r, prefix, anchor, bad, "%c%s must be a real "
		    "date, for example 27 3 2026", toupper((unsigned char)
		    what[0]), what + 1);
		day[0] = '\0';
		return -1;
	}
	if (with_time && page_time_parse(v[3], hm) != 0) {
		snprintf(anchor, sizeof(anchor), "%s-time", prefix);
		page_err_add(r, prefix, anchor, DATE_TIME, "Enter a real time "
		    "for %s, for example 5pm, 9:30am or 17:30", what);
		day[0] = '\0';
		return -1;
	}
	return 0;
}

int
page_date_check(struct req *r, const char *prefix, const char *what,
    int optional, char out[32])
{
	return check(r, prefix, what, optional, 0, out, NULL);
}

int
page_day_time_check(struct req *r, const char *prefix, const char *what,
    char day[32], char hm[6])
{
	return check(r, prefix, what, 0, 1, day, hm);
}

int
page_moment_check(struct req *r, const char *prefix, const char *what,
    char out[32])
{
	char	day[32], hm[6], london[32], anchor[64], words[WHEN_LEN];

	out[0] = '\0';
	if (check(r, prefix, what, 0, 1, day, hm) != 0)
		return -1;
	snprintf(london, sizeof(london), "%sT%s", day, hm);
	if (render_when_utc(london, out) != 0) {
		render_when(london, words, sizeof(words));
		snprintf(anchor, sizeof(anchor), "%s-time", prefix);
		page_err_add(r, prefix, anchor, DATE_TIME, "%s is not a time "
		    "in London: the clocks go forward from 1am to 2am that "
		    "night. Enter a time before 1am or after 2am", words);
		out[0] = '\0';
		return -1;
	}
	return 0;
}
