/*
 * Calendar dates as whole days since 1970-01-01, so that rules compare
 * and add them as integers.  Text form is ISO 8601 (YYYY-MM-DD).  The
 * conversions use the C library's strptime/timegm/gmtime_r; nothing here
 * reads the clock.
 */
#ifndef RULES_DATE_H
#define RULES_DATE_H

#define DATE_LEN 11	/* "YYYY-MM-DD" and its NUL */

/* Returns 0 and sets *days, or -1 if s is not a real YYYY-MM-DD date. */
int date_parse(const char *s, int *days);
/* Writes YYYY-MM-DD into buf (DATE_LEN bytes). */
void date_format(int days, char buf[DATE_LEN]);
/* The same day n months later, clamped to the month's last day. */
int date_add_months(int days, int months);
/* Year of a date. */
int date_year(int days);

#endif
