/*
 * Accountability rules of the compacts, frameworks and pacts: the
 * rating scale of a self-assessment, its lateness, and the length of a
 * consultation.  Pure functions of the constitution and the facts;
 * dates are day numbers (date.h) passed in by the caller.
 */
#ifndef RULES_COMPACT_H
#define RULES_COMPACT_H

#include <stddef.h>

#include "constitution.h"

/*
 * MS-2-eval: the rating scale: commitments.scale when the constitution
 * sets one, else "not started", "in progress", "met".  Fills out (at
 * most max entries, borrowed) and returns how many.
 */
size_t rules_scale(const struct constitution *, const char **out,
    size_t max);
/* MS-2-eval: 1 when rating (case-insensitive) is on the scale. */
int rules_rating_ok(const struct constitution *, const char *rating);

/*
 * MS-5, MS-2-eval: 1 when a self-assessment due on due_day is late on
 * today: not submitted (submitted_day < 0) after the due day, or
 * submitted after it.
 */
int rules_assessment_late(int due_day, int submitted_day, int today);

enum consult {
	CONSULT_OK = 0,		/* long enough, or not significant */
	CONSULT_BAD_DATES,	/* closes before it opens */
	CONSULT_SHORT_NO_REASON, /* SC-consult: too short, no reason */
	CONSULT_SHORT		/* too short with its reason: flagged */
};
/*
 * SC-consult: a consultation significantly affecting the sector runs at
 * least consultation.min_weeks (0: no minimum); a shorter one needs its
 * reason stated, and is then flagged.
 */
enum consult rules_consult_check(const struct constitution *, int opens_day,
    int closes_day, int significant, int has_reason);

#endif
