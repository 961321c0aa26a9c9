/*
 * The one kind of flag (rec_flag.h): kept, freed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rec_flag.h"
#include "rec_list.h"

void
check_flag_list_free(struct check_flag_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].rule);
		free(l->v[i].group);
		free(l->v[i].fact);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int
check_flag_vadd(struct check_flag_list *l, enum check_about about,
    const char *rule, const char *group, const char *fmt, va_list ap)
{
	struct check_flag	 f = { NULL, NULL, NULL, about }, *to;

	if (rule == NULL)
		return 0;
	if (vasprintf(&f.fact, fmt, ap) < 0)
		return -1;
	f.rule = strdup(rule);
	f.group = group != NULL ? strdup(group) : NULL;
	if (f.rule == NULL || (group != NULL && f.group == NULL) ||
	    (to = store_int_grow((void **)&l->v, &l->n, sizeof(*to))) ==
	    NULL) {
		free(f.fact);
		free(f.rule);
		free(f.group);
		return -1;
	}
	*to = f;
	return 0;
}

int
check_flag_add(struct check_flag_list *l, enum check_about about,
    const char *rule, const char *group, const char *fmt, ...)
{
	va_list	ap;
	int	rc;

	va_start(ap, fmt);
	rc = check_flag_vadd(l, about, rule, group, fmt, ap);
	va_end(ap);
	return rc;
}
