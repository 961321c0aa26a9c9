/*
 * Places (SA-5.3): a place is the areas it covers; a forum's remit is a
 * place, and it acts only within it.
 */
#ifndef RULES_PLACE_H
#define RULES_PLACE_H

#include <stddef.h>

/* SA-5.3: 1 when every area of the place is one of the remit's (a place
 * lies within a remit), else 0; a place of no areas lies within none. */
int rules_place_within(const char *const *areas, size_t n,
    const char *const *remit, size_t nremit);
/* Splits text at ';' into its areas (trimmed, none empty) in out (up to
 * max, each at most 80 bytes in buf of bufsz); the count, or -1 when an
 * area is empty or too long, or there are more than max. */
int rules_place_areas(const char *text, char *buf, size_t bufsz,
    const char **out, size_t max);

#endif
