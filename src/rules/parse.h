/*
 * parse: the one set of validators for what comes from outside (a
 * path segment, a query or form field, a command-line option or
 * argument), as kcgi validates its keys: each value is checked against
 * a kind before any handler sees it, and parsed once into its type.
 * Nothing else in the program calls strtoll, atoi or atol.
 *
 * A value is accepted whole or not at all: no sign, no spaces, nothing
 * after the number ("12abc" is not 12), nothing out of range.
 */
#ifndef RULES_PARSE_H
#define RULES_PARSE_H

#include <stddef.h>
#include <stdint.h>

enum parse_kind {
	PARSE_ID,	/* a whole number above 0 (1 .. 2^63-1) */
	PARSE_INT,	/* a whole number from min to max */
	PARSE_YEAR,	/* a year, 2000 .. 2100 */
	PARSE_DATE,	/* a real day, YYYY-MM-DD */
	PARSE_SLUG,	/* a-z, 0-9 and '-', 1 .. max bytes */
	PARSE_ENUM,	/* one of values */
	PARSE_TEXT,	/* UTF-8 text of at most max characters */
	PARSE_TOKEN,	/* a secret: 43 URL-safe base64 characters */
	PARSE__MAX
};

struct parse_spec {
	enum parse_kind		 kind;
	const char *const	*values;	/* PARSE_ENUM: NULL-ended */
	/* PARSE_INT: the range; SLUG: max bytes, TEXT: max characters
	 * (0: 64 and 32 KB). */
	int64_t			 min, max;
};

/* A value once accepted: n for the numbers (the days since 1970 for a
 * date; the index in values for an enum), s the text (borrowed). */
struct parse_val {
	int64_t		 n;
	const char	*s;
};

/* 0 and *out (may be NULL) when s is accepted by spec, else -1. */
int parse_value(const struct parse_spec *, const char *s,
    struct parse_val *out);
/*
 * What spec accepts, in plain words for a message that names the field
 * ("a whole number above 0", "one of contacts, plan"), into buf.
 */
const char *parse_accepts(const struct parse_spec *, char *buf, size_t n);

/* The kinds on their own: 0 and *out, else -1. */
int parse_id(const char *s, int64_t *out);
int parse_int(const char *s, int64_t min, int64_t max, int64_t *out);
int parse_year(const char *s, int *out);
int parse_date(const char *s, int *days);
int parse_slug(const char *s, size_t max);
/* The index of s in values (NULL-ended), or -1. */
int parse_enum(const char *s, const char *const *values);
int parse_text(const char *s, size_t max);
/* A time of day, HH:MM from 00:00 to 23:59: *minutes since midnight. */
int parse_time(const char *s, int *minutes);
/* A moment, YYYY-MM-DDTHH:MM (a real day, a time of day): *minutes
 * since 1970-01-01T00:00. */
int parse_stamp(const char *s, int64_t *minutes);

#endif
