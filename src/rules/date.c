/*
 * Dates by the C library: strptime to read, timegm and gmtime_r to move
 * between calendar fields and day numbers.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "date.h"

int
date_parse(const char *s, int *days)
{
	struct tm	 tm, back;
	const char	*end;
	time_t		 t;
	int		 i;

	if (s == NULL || strlen(s) != 10)
		return -1;
	/* Exactly YYYY-MM-DD: strptime alone would skip blanks. */
	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' :
		    !isdigit((unsigned char)s[i]))
			return -1;
	memset(&tm, 0, sizeof(tm));
	end = strptime(s, "%Y-%m-%d", &tm);
	if (end == NULL || *end != '\0' || tm.tm_year < 0 ||
	    tm.tm_year > 8099)
		return -1;
	back = tm;
	t = timegm(&tm);
	/* timegm normalises 2025-02-30 to March: refuse such dates. */
	if (tm.tm_mday != back.tm_mday || tm.tm_mon != back.tm_mon)
		return -1;
	*days = (int)(t / 86400);
	return 0;
}

void
date_format(int days, char buf[DATE_LEN])
{
	struct tm	tm;
	time_t		t = (time_t)days * 86400;

	gmtime_r(&t, &tm);
	strftime(buf, DATE_LEN, "%Y-%m-%d", &tm);
}

int
date_add_months(int days, int months)
{
	struct tm	tm, probe;
	time_t		t = (time_t)days * 86400;
	int		mday;

	gmtime_r(&t, &tm);
	mday = tm.tm_mday;
	tm.tm_mday = 1;
	tm.tm_mon += months;
	probe = tm;
	timegm(&probe);			/* normalise year and month */
	tm = probe;
	/* Clamp: 31 January plus one month is the last day of February. */
	for (tm.tm_mday = mday; tm.tm_mday > 28; tm.tm_mday--) {
		probe = tm;
		timegm(&probe);
		if (probe.tm_mon == tm.tm_mon)
			break;
	}
	return (int)(timegm(&tm) / 86400);
}

int
date_year(int days)
{
	struct tm	tm;
	time_t		t = (time_t)days * 86400;

	gmtime_r(&t, &tm);
	return tm.tm_year + 1900;
}
