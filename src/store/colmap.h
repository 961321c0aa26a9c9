/*
 * Column maps, for the files of store/ that fill typed records: each
 * record type has a map of its fields in the order of its statement's
 * SELECT; one filler reads any of them, one clearer frees their
 * strings, and a start-up check holds each map to its statement's
 * columns (store_selftest).
 */
#ifndef STORE_COLMAP_H
#define STORE_COLMAP_H

#include <stddef.h>

#include <sqlite3.h>

#include "store.h"

/*
 * A column is text (a malloc'd char *, NULL for SQL NULL), an int64_t,
 * an int (C_NUM), a flag (int, 0 or 1), one of the registry's closed
 * sets read from its text (int, -1 for NULL), read by a reader of its
 * own (C_READ: an enum from its names, a value kept as text), or
 * skipped: named, so the check still holds the columns after it in
 * place, but not kept.
 */
enum col_type { C_TEXT, C_INT, C_NUM, C_FLAG, C_SECTOR, C_MKIND,
    C_MSTATUS, C_GKIND, C_READ, C_SKIP };

/* A C_READ column's reader: fills the field from column i, -1 for no
 * memory; clear (or NULL) frees what the field holds. */
struct col_reader {
	int	(*read)(sqlite3_stmt *q, int i, void *field);
	void	(*clear)(void *field);
};
/* An election's result, kept as JSON text: the one reader of that
 * column for every record that carries it (election.c). */
extern const struct col_reader election_result_rd;

struct col {
	enum col_type		 t;
	size_t			 off;
	const char		*name;	/* the statement's column: "m. id" is id */
	const struct col_reader	*rd;	/* C_READ's */
};

struct map {
	const struct col *cols;
	size_t		  ncols;
	size_t		  size;		/* of one record */
};

#define COL(t, s, f, n)	{ t, offsetof(struct s, f), n, NULL }
#define T(s, f)		COL(C_TEXT, s, f, #f)
#define I(s, f)		COL(C_INT, s, f, #f)
#define N(s, f)		COL(C_NUM, s, f, #f)
#define F(s, f)		COL(C_FLAG, s, f, #f)
#define E(t, s, f)	COL(t, s, f, #f)
/* A field whose column has another name. */
#define TN(s, f, n)	COL(C_TEXT, s, f, n)
#define IN(s, f, n)	COL(C_INT, s, f, n)
#define NN(s, f, n)	COL(C_NUM, s, f, n)
/* A field read by its own reader rd (a struct col_reader). */
#define R(s, f, rd)	{ C_READ, offsetof(struct s, f), #f, &rd }
/* A column the record does not keep. */
#define SKIP(n)		{ C_SKIP, 0, n, NULL }
/* A bare value's column (a list MAP_OF type): text or int64_t. */
#define BARE(t, n)	{ t, 0, n, NULL }
#define MAP(s, cols)	{ cols, sizeof(cols) / sizeof(cols[0]), sizeof(struct s) }
/* A list of bare values (char *, int64_t): each record is its column's
 * field alone, at offset 0. */
#define MAP_OF(type, cols) \
	{ cols, sizeof(cols) / sizeof(cols[0]), sizeof(type) }

/* Runs the bound q (NULL: a fault) into the list (v, n) by map m; at
 * most max rows (0: all).  STORE_OK, or the error with an empty list. */
int store_map_rows(sqlite3_stmt *q, const struct map *m, void *vp,
    size_t *n, size_t max);
/* The first row of q into rec (zeroed when none; *found says). */
int store_map_one(sqlite3_stmt *q, const struct map *m, void *rec,
    int *found);
/* Frees the map's strings of rec and zeroes it. */
void store_map_clear(const struct map *m, void *rec);
void store_map_list_free(const struct map *m, void *v, size_t n);

/* A record type's clear function, and a list type's free, by map. */
#define CLEAR(name, s, map) \
	void name(struct s *r) { if (r != NULL) store_map_clear(&map, r); }
#define LIST_FREE(name, s, map) \
	void name(struct s *l) { \
		if (l == NULL) return; \
		store_map_list_free(&map, l->v, l->n); \
		l->v = NULL; l->n = 0; }

/*
 * A list's reader: fn(store, key[, text], list) runs statement stmt
 * bound to key (an id: "l") or to key and text (an id and a day, a
 * year: "ls") into the list by map m, as store_map_rows does.
 */
#define READ_BY_ID(fn, list, stmt, m) \
	enum store_err fn(struct store *s, int64_t key, struct list *l) { \
		return store_map_rows(store_int_query(s, stmt, "l", key), \
		    &m, &l->v, &l->n, 0); }
#define READ_BY_ID_TEXT(fn, list, stmt, m) \
	enum store_err fn(struct store *s, int64_t key, const char *text, \
	    struct list *l) { \
		return store_map_rows(store_int_query(s, stmt, "ls", key, \
		    text), &m, &l->v, &l->n, 0); }

/* Map m of record rec's columns cols, and fn, the free of rec's list
 * (struct rec_list) by it. */
#define LIST_MAP(rec, cols, m, fn) \
	static const struct map m = MAP(rec, cols); \
	LIST_FREE(fn, rec##_list, m)

/* A row of a count by key: SELECT key, count(*) AS n ... GROUP BY key
 * (the votes of each choice, the ballots of each nomination). */
struct key_count {
	int64_t	key;
	int64_t	n;
};
extern const struct map key_count_map;

/* A statement and the map its rows are read by. */
struct map_check {
	enum stmt		 id;
	const struct map	*map;
};
/*
 * STORE_OK when each statement (prepared by store_int_check, which runs
 * first) gives the columns its map expects, in that order; else
 * STORE_ERROR with the first that does not in err, by file and line.
 */
int store_map_check(struct store *, const struct map_check *, size_t n,
    char *err, size_t errsz);

/*
 * Each file's statements read by maps, as { v, n }.  A file that reads
 * by maps exports one and adds it to store_maps[] (colmap.c), so that
 * store_selftest holds every map to its statement.
 */
struct map_checks {
	const struct map_check	*v;
	size_t			 n;
};
#define MAP_CHECKS(a)	{ a, sizeof(a) / sizeof(a[0]) }
extern const struct map_checks store_registry_maps;	/* registry.c */
extern const struct map_checks store_check_maps;	/* check.c */
extern const struct map_checks store_auth_maps;		/* auth.c */
extern const struct map_checks store_priv_maps;		/* privacy.c */
extern const struct map_checks store_partners_maps;	/* partners.c */
extern const struct map_checks store_own_maps;		/* own.c */
extern const struct map_checks store_arrangement_maps;	/* arrangement.c */
extern const struct map_checks store_report_maps;	/* report.c */
extern const struct map_checks store_agree_maps;	/* agree.c */
extern const struct map_checks store_meeting_maps;	/* meeting.c */
extern const struct map_checks store_decision_maps;	/* decision.c */
extern const struct map_checks store_election_maps;	/* election.c */
extern const struct map_checks store_mail_maps;		/* mail.c */
extern const struct map_checks store_audit_maps;	/* audit.c */
extern const struct map_checks store_ballot_maps;	/* ballot.c */
extern const struct map_checks store_me_maps;		/* me.c */

extern const struct map_checks *const store_maps[];
extern const size_t store_nmaps;
/* store_map_check() of every file's maps. */
int store_maps_check(struct store *, char *err, size_t errsz);

#endif
