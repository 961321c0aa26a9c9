/*
 * The store's handle, shared by the files of store/ only (store.c and
 * backup.c): nothing above store/ sees a sqlite3 handle.
 */
#ifndef STORE_INT_H
#define STORE_INT_H

#include <stdarg.h>

#include <sqlite3.h>

#include "store.h"

/*
 * A statement of src/store/sql/, as scripts/sql.sh builds it into
 * store_sql[] (indexed by enum stmt).
 */
struct store_sql {
	const char	*name;		/* "STMT_X" */
	int		 params;	/* parameters its annotation declares */
	const char	*file;		/* where it is written, for messages */
	int		 line;
	const char	*text;
};
extern const struct store_sql store_sql[STMT__MAX];
/* store_selftest() of the table tab[STMT__MAX] (a test's copy): keep,
 * the statements stay prepared for use; else none is kept. */
int store_int_check(struct store *, const struct store_sql *tab, int keep,
    char *err, size_t errsz) WUR;

struct store {
	sqlite3		*db;
	sqlite3_stmt	*st[STMT__MAX];	/* prepared on first use */
	int		 readonly;	/* this user may not write it */
	struct store_ledger *ledger;	/* rows written; ledger.c owns */
};

/*
 * For the files of store/ that fill typed records (see store.h): the
 * statement id prepared (once), reset and bound with fmt's parameters
 * as store_exec() binds them; NULL on a fault.
 */
sqlite3_stmt *store_int_query(struct store *, enum stmt, const char *fmt,
    ...);
sqlite3_stmt *store_int_vquery(struct store *, enum stmt, const char *fmt,
    va_list);
/*
 * Steps q to its end, calling fill(q, arg) for each row; fill returns
 * 0, or -1 when it cannot keep the row (no memory).  q is reset.
 * STORE_OK, or the error.
 */
int store_int_each(sqlite3_stmt *q, int (*fill)(sqlite3_stmt *, void *),
    void *arg) WUR;
/*
 * Column i's text copied with malloc(): NULL for SQL NULL, and for no
 * memory when *nomem is set.  Text that is not UTF-8 (from an older
 * database or an outside edit) comes back with U+FFFD in its place.
 */
char *store_int_text(sqlite3_stmt *q, int i, int *nomem);

/* store_int_grow(), the one helper that grows a typed list. */
#include "rec_list.h"
/* A fill for store_int_each: column 0 of the row into *(int64_t *)arg. */
int store_int_first_id(sqlite3_stmt *q, void *arg);
/* Runs the bound q (NULL: a fault): *id is column 0 of its last row, 0
 * when it gives none. */
int store_int_id(sqlite3_stmt *q, int64_t *id);
/* Runs the bound q (NULL: a fault): *found says whether it gave a row. */
int store_int_any(sqlite3_stmt *q, int *found);

#endif
