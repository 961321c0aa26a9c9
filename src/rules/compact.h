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

/* Days a period runs that opens on opens_day and closes on closes_day,
 * both days counted. */
int rules_period_days(int opens_day, int closes_day);

enum consult {
	CONSULT_OK = 0,		/* long enough, or not significant */
	CONSULT_BAD_DATES,	/* closes before it opens */
	CONSULT_SHORT_NO_REASON, /* SC-consult: too short, no reason */
	CONSULT_SHORT		/* too short with its reason */
};
/*
 * SC-consult: a consultation significantly affecting the sector runs at
 * least consultation.min_weeks (0 or none: no minimum).  It runs from
 * the day it opens to the day it closes, both counted (6 April to 28
 * June is 12 weeks).  A shorter one is the public body's own act: it is
 * recorded and flagged, with its reason or with none given.
 */
enum consult rules_consult_check(const struct constitution *, int opens_day,
    int closes_day, int significant, int has_reason);

/*
 * MS-3-commitments, MS-4, SC-annual: the side that rates a commitment:
 * "public" (the statutory bodies), "vcse" (the VCS signatories) or
 * "all" (every partner).
 */
int rules_party_ok(const char *party);
/* 1 when an organisation of sector rates a commitment of party. */
int rules_party_rates(const char *party, const char *sector);
/* "public bodies", "VCS signatories", "partners". */
const char *rules_party_label(const char *party);

/*
 * An amount of money as typed ("12500", "12,500.50", "£1,000") in whole
 * pence.  0 on success; -1 for anything else, negative amounts and
 * more than two decimal places among them.
 */
int rules_money_parse(const char *s, long long *pence);
/* pence as "12,500.50" (no currency sign) into out. */
void rules_money_format(long long pence, char *out, size_t outsz);

/*
 * SC-contract, MS-3.4.2, MS-3.6.3: the length of funding in whole
 * months, from its first to its last day inclusive (a year from 1 April
 * to 31 March is 12).
 */
int rules_funding_months(int start_day, int end_day);

enum funding_band {
	FUNDING_AIM = 0,	/* within the aimed-for length */
	FUNDING_SHORT,		/* under funding.min_years: counted */
	FUNDING_LONG		/* over funding.max_years (when set) */
};
enum funding_band rules_funding_band(const struct constitution *,
    int months);

/*
 * MS-5, SC-plan: a milestone or action due on due_day is missed on
 * today when it is not done (done_day < 0) after its day, or was done
 * after it.
 */
int rules_missed(int due_day, int done_day, int today);

#endif
