/*
 * Dates and times in the words of the GOV.UK style guide: no leading
 * zero on the day, the month in full, "5pm" and "5:30pm", "midday" and
 * "midnight".
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "when.h"

static const char *const months[] = { "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October",
    "November", "December" };

static pthread_once_t zone_once = PTHREAD_ONCE_INIT;

static void
zone_set(void)
{
	setenv("TZ", "Europe/London", 1);
	tzset();
}

void
render_when_init(void)
{
	pthread_once(&zone_once, zone_set);
}

/* n digits of s as a number, or -1. */
static int
digits(const char *s, int n)
{
	int v = 0;

	for (; n > 0; n--, s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

static void
clock_words(int h, int m, char *out, size_t sz)
{
	if (h == 12 && m == 0)
		snprintf(out, sz, "midday");
	else if (h == 0 && m == 0)
		snprintf(out, sz, "midnight");
	else if (m == 0)
		snprintf(out, sz, "%d%s", h % 12 ? h % 12 : 12, h < 12 ?
		    "am" : "pm");
	else
		snprintf(out, sz, "%d:%02d%s", h % 12 ? h % 12 : 12, m, h < 12 ?
		    "am" : "pm");
}

void
render_when_text(const char *s, char *out, size_t sz)
{
	char	iso[20], w[WHEN_LEN];
	size_t	n = 0, k;

	if (sz == 0)
		return;
	while (*s != '\0' && n + 1 < sz) {
		k = 0;
		if (digits(s, 4) >= 0 && s[4] == '-' && digits(s + 5, 2) >= 0 &&
		    s[7] == '-' && digits(s + 8, 2) >= 0)
			k = s[10] == 'T' && digits(s + 11, 2) >= 0 &&
			    s[13] == ':' && digits(s + 14, 2) >= 0 ? 16 : 10;
		if (k > 0) {
			snprintf(iso, sizeof(iso), "%.*s", (int)k, s);
			if (render_when(iso, w, sizeof(w)) == 0) {
				n += (size_t)snprintf(out + n, sz - n, "%s", w);
				if (n >= sz)
					n = sz - 1;
				s += k;
				continue;
			}
		}
		out[n++] = *s++;
	}
	out[n] = '\0';
}

int
render_when_utc(const char *s, char out[20])
{
	struct tm	tm, back;
	time_t		at;

	out[0] = '\0';
	if (s == NULL || strlen(s) != 16 || s[4] != '-' || s[7] != '-' ||
	    s[10] != 'T' || s[13] != ':' || digits(s, 4) < 0 ||
	    digits(s + 5, 2) < 1 || digits(s + 5, 2) > 12 ||
	    digits(s + 8, 2) < 1 || digits(s + 8, 2) > 31 ||
	    digits(s + 11, 2) < 0 || digits(s + 11, 2) > 23 ||
	    digits(s + 14, 2) < 0 || digits(s + 14, 2) > 59)
		return -1;
	render_when_init();
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = digits(s, 4) - 1900;
	tm.tm_mon = digits(s + 5, 2) - 1;
	tm.tm_mday = digits(s + 8, 2);
	tm.tm_hour = digits(s + 11, 2);
	tm.tm_min = digits(s + 14, 2);
	tm.tm_isdst = -1;
	back = tm;
	if ((at = mktime(&tm)) == (time_t)-1)
		return -1;
	/* A day that is not in its month (31 June), or a time the clocks
	 * skip, comes back as another wall clock. */
	if (tm.tm_mday != back.tm_mday || tm.tm_mon != back.tm_mon ||
	    tm.tm_hour != back.tm_hour || tm.tm_min != back.tm_min)
		return -1;
	if (tm.tm_isdst == 0) {
		/* Through twice: the first time, in summer time, when the
		 * wall clock in summer time is the same one. */
		struct tm	summer = back;
		time_t		first;

		summer.tm_isdst = 1;
		if ((first = mktime(&summer)) != (time_t)-1 &&
		    summer.tm_isdst == 1 && summer.tm_hour == back.tm_hour &&
		    summer.tm_mday == back.tm_mday && first < at)
			at = first;
	}
	if (gmtime_r(&at, &tm) == NULL)
		return -1;
	strftime(out, 20, "%Y-%m-%dT%H:%M", &tm);
	return 0;
}

int
render_when(const char *iso, char *out, size_t sz)
{
	size_t		 n = strlen(iso);
	int		 y, mo, d, h = -1, mi = -1;
	char		 t[16];
	struct tm	 tm;
	time_t		 at;

	if (n == 5 && iso[2] == ':' && (h = digits(iso, 2)) >= 0 &&
	    h < 24 && (mi = digits(iso + 3, 2)) >= 0 && mi < 60) {
		clock_words(h, mi, out, sz);
		return 0;
	}
	if (n < 10 || iso[4] != '-' || iso[7] != '-' ||
	    (y = digits(iso, 4)) < 0 || (mo = digits(iso + 5, 2)) < 1 ||
	    mo > 12 || (d = digits(iso + 8, 2)) < 1 || d > 31)
		goto no;
	if (n > 10) {
		if ((iso[10] != 'T' && iso[10] != ' ') || n < 16 ||
		    iso[13] != ':' || (h = digits(iso + 11, 2)) < 0 ||
		    h > 23 || (mi = digits(iso + 14, 2)) < 0 || mi > 59)
			goto no;
		if (n == 17 && iso[16] == 'Z')
			;
		else if (n == 19 && iso[16] == ':' && digits(iso + 17, 2) >= 0)
			;
		else if (n == 20 && iso[16] == ':' && iso[19] == 'Z' &&
		    digits(iso + 17, 2) >= 0)
			;
		else if (n != 16)
			goto no;
		if (iso[n - 1] == 'Z') {
			/* A moment in UTC: London's wall clock then. */
			render_when_init();
			memset(&tm, 0, sizeof(tm));
			tm.tm_year = y - 1900;
			tm.tm_mon = mo - 1;
			tm.tm_mday = d;
			tm.tm_hour = h;
			tm.tm_min = mi;
			at = timegm(&tm);
			if (localtime_r(&at, &tm) == NULL)
				goto no;
			y = tm.tm_year + 1900;
			mo = tm.tm_mon + 1;
			d = tm.tm_mday;
			h = tm.tm_hour;
			mi = tm.tm_min;
		}
	}
	if (h < 0) {
		snprintf(out, sz, "%d %s %d", d, months[mo - 1], y);
		return 0;
	}
	clock_words(h, mi, t, sizeof(t));
	snprintf(out, sz, "%d %s %d at %s", d, months[mo - 1], y, t);
	return 0;
no:
	snprintf(out, sz, "%s", iso);
	return -1;
}
