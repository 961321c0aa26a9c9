/*
 * Places (SA-5.3): pure rules, no storage.
 */
#include <string.h>
#include <strings.h>

#include "place.h"

int
rules_place_within(const char *const *areas, size_t n,
    const char *const *remit, size_t nremit)
{
	size_t	i, k;
	int	found;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		found = 0;
		for (k = 0; k < nremit && !found; k++)
			found = strcasecmp(areas[i], remit[k]) == 0;
		if (!found)
			return 0;
	}
	return 1;
}

int
rules_place_areas(const char *text, char *buf, size_t bufsz,
    const char **out, size_t max)
{
	char	*p, *end, *next;
	size_t	 n = 0, len = strlen(text);

	if (len + 1 > bufsz)
		return -1;
	memcpy(buf, text, len + 1);
	for (p = buf; p != NULL; p = next) {
		if ((next = strchr(p, ';')) != NULL)
			*next++ = '\0';
		while (*p == ' ' || *p == '\t')
			p++;
		end = p + strlen(p);
		while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
			*--end = '\0';
		if (*p == '\0' || end - p > 80 || n == max)
			return -1;
		out[n++] = p;
	}
	return (int)n;
}
