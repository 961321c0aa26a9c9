/*
 * parse: the validators of outside input (parse.h).  Hand-written only
 * as far as the digits: a number is read by strtoll after checking it
 * is digits alone, so that overflow, signs, spaces and trailing bytes
 * are all refused the same way.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "date.h"
#include "parse.h"
#include "text.h"

#define SLUG_MAX	64
#define TEXT_MAX	(32 * 1024)
#define TOKEN_LEN	43

static const char digits[] = "0123456789";

int
parse_int(const char *s, int64_t min, int64_t max, int64_t *out)
{
	size_t		 n = s != NULL ? strlen(s) : 0, neg;
	long long	 v;
	char		*end;

	if (n == 0)
		return -1;
	/* A minus sign only where the range goes below zero. */
	neg = s[0] == '-' && min < 0;
	if (n == neg || n - neg > 19 || strspn(s + neg, digits) != n - neg)
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return -1;
	if (out != NULL)
		*out = v;
	return 0;
}

int
parse_id(const char *s, int64_t *out)
{
	return parse_int(s, 1, INT64_MAX, out);
}

int
parse_year(const char *s, int *out)
{
	int64_t v;

	if (s == NULL || strlen(s) != 4 || parse_int(s, 2000, 2100, &v) != 0)
		return -1;
	if (out != NULL)
		*out = (int)v;
	return 0;
}

int
parse_date(const char *s, int *days)
{
	int d;

	if (s == NULL || date_parse(s, &d) != 0)
		return -1;
	if (days != NULL)
		*days = d;
	return 0;
}

int
parse_slug(const char *s, size_t max)
{
	size_t n = s != NULL ? strlen(s) : 0;

	return n > 0 && n <= max && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "0123456789-") == n ? 0 : -1;
}

int
parse_enum(const char *s, const char *const *values)
{
	int i;

	for (i = 0; s != NULL && values != NULL && values[i] != NULL; i++)
		if (strcmp(s, values[i]) == 0)
			return i;
	return -1;
}

int
parse_text(const char *s, size_t max)
{
	size_t n = s != NULL ? strlen(s) : 0;

	/* max counts characters, as a person counts them. */
	return s != NULL && text_utf8(s, n) &&
	    u8_mbsnlen((const uint8_t *)s, n) <= max ? 0 : -1;
}

int
parse_time(const char *s, int *minutes)
{
	char	hh[3], mm[3];
	int64_t	h, m;

	if (s == NULL || strlen(s) != 5 || s[2] != ':')
		return -1;
	memcpy(hh, s, 2);
	memcpy(mm, s + 3, 2);
	hh[2] = mm[2] = '\0';
	if (parse_int(hh, 0, 23, &h) != 0 || parse_int(mm, 0, 59, &m) != 0)
		return -1;
	if (minutes != NULL)
		*minutes = (int)(h * 60 + m);
	return 0;
}

int
parse_stamp(const char *s, int64_t *minutes)
{
	char	day[DATE_LEN];
	int	d, t;

	if (s == NULL || strlen(s) != 16 || s[10] != 'T')
		return -1;
	memcpy(day, s, 10);
	day[10] = '\0';
	if (parse_date(day, &d) != 0 || parse_time(s + 11, &t) != 0)
		return -1;
	if (minutes != NULL)
		*minutes = (int64_t)d * 1440 + t;
	return 0;
}

static int
parse_token(const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	return n == TOKEN_LEN && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") == n ? 0 : -1;
}

int
parse_value(const struct parse_spec *p, const char *s, struct parse_val *out)
{
	struct parse_val	 v = { 0, s };
	int			 rc = -1, k;

	switch (p->kind) {
	case PARSE_ID:
		rc = parse_id(s, &v.n);
		break;
	case PARSE_INT:
		rc = parse_int(s, p->min, p->max, &v.n);
		break;
	case PARSE_YEAR:
		if ((rc = parse_year(s, &k)) == 0)
			v.n = k;
		break;
	case PARSE_DATE:
		if ((rc = parse_date(s, &k)) == 0)
			v.n = k;
		break;
	case PARSE_SLUG:
		rc = parse_slug(s, p->max > 0 ? (size_t)p->max : SLUG_MAX);
		break;
	case PARSE_ENUM:
		if ((k = parse_enum(s, p->values)) >= 0) {
			v.n = k;
			rc = 0;
		}
		break;
	case PARSE_TEXT:
		rc = parse_text(s, p->max > 0 ? (size_t)p->max : TEXT_MAX);
		break;
	case PARSE_TOKEN:
		rc = parse_token(s);
		break;
	default:
		break;
	}
	if (rc == 0 && out != NULL)
		*out = v;
	return rc;
}

const char *
parse_accepts(const struct parse_spec *p, char *buf, size_t n)
{
	size_t	 used;
	int	 i;

	switch (p->kind) {
	case PARSE_ID:
		snprintf(buf, n, "a whole number above 0");
		break;
	case PARSE_INT:
		snprintf(buf, n, "a whole number from %" PRId64 " to %" PRId64,
		    p->min, p->max);
		break;
	case PARSE_YEAR:
		snprintf(buf, n, "a year such as 2026");
		break;
	case PARSE_DATE:
		snprintf(buf, n, "a date as YYYY-MM-DD, such as 2026-12-01");
		break;
	case PARSE_SLUG:
		snprintf(buf, n, "a short name of lower-case letters, digits "
		    "and hyphens, such as north-east");
		break;
	case PARSE_ENUM:
		used = (size_t)snprintf(buf, n, "one of ");
		for (i = 0; p->values != NULL && p->values[i] != NULL &&
		    used < n; i++)
			used += (size_t)snprintf(buf + used, n - used, "%s%s",
			    i == 0 ? "" : p->values[i + 1] == NULL ? " or " :
			    ", ", p->values[i]);
		break;
	case PARSE_TEXT:
		snprintf(buf, n, "text of at most %lld characters",
		    (long long)(p->max > 0 ? p->max : TEXT_MAX));
		break;
	case PARSE_TOKEN:
		snprintf(buf, n, "the link as it was sent");
		break;
	default:
		snprintf(buf, n, "nothing");
		break;
	}
	return buf;
}
