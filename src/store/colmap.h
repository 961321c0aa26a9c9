/*
 * Typed records filled from column maps, for the files of store/: a map
 * lists a record's fields in the order of its statement's SELECT; one
 * filler reads any map's rows, one clearer frees their strings, and a
 * start-up check holds each map to its statement's columns.
 */
#ifndef STORE_COLMAP_H
#define STORE_COLMAP_H

#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "store.h"

enum col_type { C_TEXT, C_INT, C_FLAG, C_SECTOR, C_MKIND, C_MSTATUS,
    C_GKIND };

struct col {
	enum col_type	 t;
	size_t		 off;
	const char	*name;		/* the statement's column: "m. id" is id */
};

struct map {
	const struct col *cols;
	size_t		  ncols;
	size_t		  size;		/* of one record */
};

#define T(s, f)		{ C_TEXT, offsetof(struct s, f), #f }
#define I(s, f)		{ C_INT, offsetof(struct s, f), #f }
#define F(s, f)		{ C_FLAG, offsetof(struct s, f), #f }
#define E(t, s, f)	{ t, offsetof(struct s, f), #f }
/* An integer field whose column has another name. */
#define IN(s, f, n)	{ C_INT, offsetof(struct s, f), n }
#define MAP(s, cols)	{ cols, sizeof(cols) / sizeof(cols[0]), sizeof(struct s) }


/* Runs the bound q into the list (*vp, *n) by map m; at most max rows
 * (0: all).  STORE_OK, or the error with the list empty. */
int map_rows(sqlite3_stmt *q, const struct map *m, void *vp, size_t *n,
    size_t max);
/* The first row of q into rec (zeroed when none; *found says). */
int map_one(sqlite3_stmt *q, const struct map *m, void *rec, int *found);
/* Frees a record's strings and zeroes it. */
void map_clear(const struct map *m, void *rec);
/* Frees n records of v and v. */
void map_list_free(const struct map *m, void *v, size_t n);
/* STORE_OK when statement id (prepared) gives m's columns in order;
 * else STORE_ERROR with err naming the SQL file, line and column. */
int map_check(struct store *, enum stmt id, const struct map *m,
    char *err, size_t errsz);

#endif
