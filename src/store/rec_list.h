/*
 * What every typed list shares: the one helper that grows a list
 * { v, n } (for store's fills and core's lists alike), and lines of
 * text, each malloc'd (flags, names, problems) for the meetings' and
 * the elections' records.  store/meeting.c.
 */
#ifndef STORE_REC_LIST_H
#define STORE_REC_LIST_H

#include <stddef.h>

/*
 * Grows the array *v of *n elements of size sz by one zeroed element
 * and returns it; NULL for no memory (the array is kept).
 */
void *store_int_grow(void **v, size_t *n, size_t sz);

struct rec_lines {
	char	**v;
	size_t	  n;
};
void rec_lines_free(struct rec_lines *);
/* Appends a printf-formatted line; -1 for no memory. */
int rec_lines_add(struct rec_lines *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
