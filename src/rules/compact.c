/*
 * compact: accountability rules (see compact.h).
 */
#include <strings.h>

#include "compact.h"

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

enum consult
rules_consult_check(const struct constitution *c, int opens_day,
    int closes_day, int significant, int has_reason)
{
	int weeks = constitution_int(c, "consultation.min_weeks");

	if (closes_day < opens_day)
		return CONSULT_BAD_DATES;
	if (!significant || weeks <= 0 || closes_day - opens_day >= weeks * 7)
		return CONSULT_OK;
	return has_reason ? CONSULT_SHORT : CONSULT_SHORT_NO_REASON;
}
