/*
 * compact: accountability rules (see compact.h).
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "compact.h"
#include "date.h"

static const char *const default_scale[] = { "not started", "in progress",
    "met" };

size_t
rules_scale(const struct constitution *c, const char **out, size_t max)
{
	size_t n = constitution_list(c, "commitments.scale", out, max);

	if (n > 0)
		return n;
	for (n = 0; n < 3 && n < max; n++)
		out[n] = default_scale[n];
	return n;
}

int
rules_rating_ok(const struct constitution *c, const char *rating)
{
	const char	*scale[16];
	size_t		 i, n = rules_scale(c, scale, 16);

	if (rating == NULL)
		return 0;
	for (i = 0; i < n; i++)
		if (strcasecmp(scale[i], rating) == 0)
			return 1;
	return 0;
}

int
rules_assessment_late(int due_day, int submitted_day, int today)
{
	if (submitted_day >= 0)
		return submitted_day > due_day;
	return today > due_day;
}

/* Both the opening and the closing day are days of the period. */
int
rules_period_days(int opens_day, int closes_day)
{
	return closes_day - opens_day + 1;
}

enum consult
rules_consult_check(const struct constitution *c, int opens_day,
    int closes_day, int significant, int has_reason)
{
	int weeks = constitution_int(c, "consultation.min_weeks");

	if (closes_day < opens_day)
		return CONSULT_BAD_DATES;
	if (!significant || weeks <= 0 ||
	    rules_period_days(opens_day, closes_day) >= weeks * 7)
		return CONSULT_OK;
	return has_reason ? CONSULT_SHORT : CONSULT_SHORT_NO_REASON;
}

int
rules_party_ok(const char *party)
{
	return party != NULL && (strcmp(party, "public") == 0 ||
	    strcmp(party, "vcse") == 0 || strcmp(party, "all") == 0);
}

int
rules_party_rates(const char *party, const char *sector)
{
	if (party == NULL || sector == NULL)
		return 0;
	return strcmp(party, "all") == 0 || strcmp(party, sector) == 0;
}

const char *
rules_party_label(const char *party)
{
	if (party == NULL)
		return "nobody";
	if (strcmp(party, "public") == 0)
		return "public bodies";
	if (strcmp(party, "vcse") == 0)
		return "VCS signatories";
	return "partners";
}

int
rules_money_parse(const char *s, long long *pence)
{
	long long	 v = 0;
	int		 digits = 0, dec = -1;

	if (s == NULL)
		return -1;
	while (*s == ' ')
		s++;
	if (strncmp(s, "\xc2\xa3", 2) == 0)	/* £ */
		s += 2;
	for (; *s != '\0' && *s != ' '; s++) {
		/* A comma groups thousands: three digits follow it, then a
		 * comma, the point or the end ("12,50" is refused). */
		if (*s == ',' && dec < 0 && digits > 0) {
			if (strspn(s + 1, "0123456789") != 3 ||
			    (s[4] != '\0' && s[4] != ',' && s[4] != '.' &&
			    s[4] != ' '))
				return -1;
			continue;
		}
		if (*s == '.' && dec < 0) {
			dec = 0;
			continue;
		}
		if (*s < '0' || *s > '9' || dec == 2)
			return -1;
		if (v > 100000000000000LL)	/* no overflow below */
			return -1;
		v = v * 10 + (*s - '0');
		digits++;
		if (dec >= 0)
			dec++;
	}
	while (*s == ' ')
		s++;
	if (*s != '\0' || digits == 0 || dec == 0)
		return -1;
	for (; dec < 2; dec = dec < 0 ? 1 : dec + 1)
		v *= 10;
	/* At most a trillion pounds, with or without the pence written:
	 * what rules_money_format() prints must read back. */
	if (v > 100000000000000LL)
		return -1;
	*pence = v;
	return 0;
}

void
rules_money_format(long long pence, char *out, size_t outsz)
{
	char	 d[32], g[48];
	size_t	 n, i, j = 0;

	if (pence < 0) {	/* the sign in front of the figure */
		g[j++] = '-';
		pence = pence == LLONG_MIN ? LLONG_MAX : -pence;
	}
	snprintf(d, sizeof(d), "%lld", pence / 100);
	n = strlen(d);
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			g[j++] = ',';
		g[j++] = d[i];
	}
	g[j] = '\0';
	snprintf(out, outsz, "%s.%02lld", g, pence % 100);
}

int
rules_funding_months(int start_day, int end_day)
{
	int	m = 0;

	/* Whole months from the first day to the day after the last. */
	while (date_add_months(start_day, m + 1) <= end_day + 1)
		m++;
	return m;
}

enum funding_band
rules_funding_band(const struct constitution *c, int months)
{
	int	lo = constitution_int(c, "funding.min_years"),
		hi = constitution_int(c, "funding.max_years");

	if (lo > 0 && months < lo * 12)
		return FUNDING_SHORT;
	if (hi > 0 && months > hi * 12)
		return FUNDING_LONG;
	return FUNDING_AIM;
}

int
rules_missed(int due_day, int done_day, int today)
{
	if (done_day >= 0)
		return done_day > due_day;
	return today > due_day;
}
