/*
 * assets: the static files `alliance serve` answers under /assets/,
 * read once at start (GOV.UK Frontend from where npm put it, ours
 * built in).
 */
#ifndef ASSETS_H
#define ASSETS_H
#include <stddef.h>

struct asset {
	const char	*path;		/* URL */
	const char	*type;
	char		*data;		/* from malloc() or embedded */
	size_t		 len;
	int		 owned;
};

/* Reads the files; on failure says why on stderr and returns -1. */
int			 assets_load(const char *dir);
void			 assets_free(void);
/* The file at path, or NULL. */
const struct asset	*assets_find(const char *path);

#endif
