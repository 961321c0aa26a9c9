/*
 * fuzz_util: what the fuzz targets share: the input as a string and a
 * database to act on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

char *
fuzz_str(const uint8_t *data, size_t size)
{
	char *s;

	if ((s = malloc(size + 1)) == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

void
fuzz_core(struct core *c, const char *tmpl)
{
	/* The same day every run, so an input does the same each time. */
	setenv("ALLIANCE_TODAY", "2025-06-02", 1);
	memset(c, 0, sizeof(*c));
	c->actor = "fuzz";
	if (core_open(c, ":memory:", 1) != CORE_OK ||
	    core_init(c, tmpl, NULL) != CORE_OK ||
	    core_use(c, NULL) != CORE_OK) {
		fprintf(stderr, "fuzz: cannot set up %s: %s\n", tmpl, c->err);
		exit(1);
	}
}
