/*
 * store: SQLite behind a fixed table of statements (after openradtool's
 * sqlbox): the statements of src/store/sql/ as scripts/sql.sh builds
 * them into store_sql[], and the migrations of migrations/.  Nothing
 * above store/ sees SQL text or sqlite3 handles.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "embedded.h"
#include "rules/text.h"
#include "rec_registry.h"
#include "store.h"
#include "store_int.h"
#include "colmap.h"
#include "ledger_int.h"

/*
 * Numbered migrations, migrations/NNNN-name.sql, as the Makefile lists
 * them.  Each runs once, in order, in one exclusive transaction with
 * the user_version bump that records it.
 */
#include "migrations.h"
#define MIGRATIONS (int)(sizeof(migrations) / sizeof(migrations[0]))

static int
store_code(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return STORE_OK;
	case SQLITE_CONSTRAINT:
		return STORE_CONSTRAINT;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return STORE_BUSY;
	default:
		return STORE_ERROR;
	}
}

static int
store_migrate(struct store *s, char *err, size_t errsz)
{
	sqlite3_stmt	*q = NULL;
	char		 sql[64];
	char		*msg = NULL;
	int		 have, i, rc;

	rc = sqlite3_exec(s->db, s->readonly ? "BEGIN" : "BEGIN EXCLUSIVE",
	    NULL, NULL, &msg);
	if (rc != SQLITE_OK)
		goto out;
	rc = sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &q, NULL);
	if (rc != SQLITE_OK || sqlite3_step(q) != SQLITE_ROW)
		goto out;
	have = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	q = NULL;
	for (i = have; i < MIGRATIONS; i++) {
		/* Each migration is a built-in file. */
		const char *body = embedded_get(migrations[i], NULL);

		if (body == NULL) {
			rc = SQLITE_ERROR;
			goto out;
		}
		rc = sqlite3_exec(s->db, body, NULL, NULL, &msg);
		if (rc != SQLITE_OK)
			goto out;
		snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", i + 1);
		rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
		if (rc != SQLITE_OK)
			goto out;
	}
	if (s->readonly && have < MIGRATIONS) {
		snprintf(err, errsz, "the database is read-only for this user "
		    "and needs its schema brought up to date; open it once as "
		    "its owner");
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return STORE_ERROR;
	}
	if (have > MIGRATIONS) {
		snprintf(err, errsz, "the database was made by a newer Alliance "
		    "(schema %d; this program knows %d)", have, MIGRATIONS);
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return STORE_ERROR;
	}
	rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, &msg);
out:
	if (q != NULL)
		sqlite3_finalize(q);
	if (rc != SQLITE_OK) {
		snprintf(err, errsz, "%s", msg != NULL ? msg :
		    sqlite3_errmsg(s->db));
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	}
	sqlite3_free(msg);
	return store_code(rc);
}

/*
 * A database this user may not write (its file mode, a read-only disk)
 * is read as immutable when no WAL is pending: an ordinary read-only
 * connection would leave -wal and -shm files behind, in this user's
 * name, that then stand in the owner's way.  Writes are refused
 * (store_readonly).  Returns 1 with the URI in uri, else 0.
 */
static int
store_readonly_uri(const char *path, char *uri, size_t urisz)
{
	char	 wal[PATH_MAX + 8];
	size_t	 n;

	if (access(path, W_OK) == 0 || errno == ENOENT)
		return 0;
	snprintf(wal, sizeof(wal), "%s-wal", path);
	if (access(wal, F_OK) == 0 || strlen(path) * 3 + 32 > urisz)
		return 0;
	n = (size_t)snprintf(uri, urisz, "file:");
	for (; *path != '\0'; path++)
		if (isalnum((unsigned char)*path) ||
		    strchr("/._-~", *path) != NULL)
			uri[n++] = *path;
		else
			n += (size_t)snprintf(uri + n, urisz - n, "%%%02X",
			    (unsigned char)*path);
	snprintf(uri + n, urisz - n, "?immutable=1");
	return 1;
}

int
store_readonly(const struct store *s)
{
	return s->readonly;
}

enum store_err
store_open(const char *path, int create, struct store **out, char *err,
    size_t errsz)
{
	struct store	*s;
	char		 uri[PATH_MAX * 3 + 32];
	int		 rc, flags;

	*out = NULL;
	if (!create && access(path, F_OK) != 0) {
		snprintf(err, errsz, "no database at %s (create one with "
		    "'alliance --db %s init --template NAME')", path, path);
		return STORE_ERROR;
	}
	if ((s = calloc(1, sizeof(*s))) == NULL) {
		snprintf(err, errsz, "out of memory");
		return STORE_ERROR;
	}
	/* A connection serves one thread at a time (the server lends each
	 * request its own): SQLite need not lock it on every call. */
	flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
	    (create ? SQLITE_OPEN_CREATE : 0);
	if (!create && store_readonly_uri(path, uri, sizeof(uri))) {
		s->readonly = 1;
		rc = sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY |
		    SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	} else
		rc = sqlite3_open_v2(path, &s->db, flags, NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errsz, "cannot open database %s: %s", path,
		    s->db != NULL ? sqlite3_errmsg(s->db) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 1);
	/* Another writer gets a few seconds before we give up. */
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	/* secure_delete: what is deleted or overwritten is zeroed in the
	 * file, not left in free space for a reader of the file. */
	rc = sqlite3_exec(s->db, s->readonly ? "PRAGMA foreign_keys = ON; "
	    "PRAGMA secure_delete = ON" :
	    "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
	    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL",
	    NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errsz, "cannot use database %s: %s", path,
		    sqlite3_errmsg(s->db));
		goto fail;
	}
	if ((rc = store_migrate(s, err, errsz)) != STORE_OK) {
		if (rc == STORE_BUSY)
			snprintf(err, errsz, "database %s is locked by another "
			    "program; try again when it has finished", path);
		goto fail;
	}
	if (!s->readonly && (rc = store_ledger_track(s)) != STORE_OK) {
		/* A governed table the ledger cannot read (a damaged or
		 * hand-edited schema), more often than memory. */
		snprintf(err, errsz, "cannot use database %s: %s", path,
		    sqlite3_errcode(s->db) != SQLITE_OK ? sqlite3_errmsg(s->db) :
		    "out of memory");
		goto fail;
	}
	*out = s;
	return STORE_OK;
fail:
	rc = store_code(rc) == STORE_OK ? STORE_ERROR : store_code(rc);
	store_ledger_free(s);
	sqlite3_close(s->db);
	free(s);
	return rc;
}

void
store_close(struct store *s)
{
	int i;

	if (s == NULL)
		return;
	for (i = 0; i < STMT__MAX; i++)
		sqlite3_finalize(s->st[i]);
	store_ledger_free(s);
	sqlite3_close(s->db);
	free(s);
}

enum store_err
store_selftest(struct store *s, char *err, size_t errsz)
{
	int rc = store_int_check(s, store_sql, 1, err, errsz);

	return rc != STORE_OK ? rc : store_maps_check(s, err, errsz);
}

int
store_int_check(struct store *s, const struct store_sql *tab, int keep,
    char *err, size_t errsz)
{
	const struct store_sql	*d;
	sqlite3_stmt		*q;
	const char		*tail;
	int			 i, rc;

	for (i = 0; i < STMT__MAX; i++) {
		d = &tab[i];
		q = NULL;
		tail = NULL;
		rc = STORE_ERROR;
		if (sqlite3_prepare_v3(s->db, d->text, -1,
		    SQLITE_PREPARE_PERSISTENT, &q, &tail) != SQLITE_OK)
			snprintf(err, errsz, "%s:%d: %s: %s", d->file, d->line,
			    d->name, sqlite3_errmsg(s->db));
		/* A second statement after the first would never run. */
		else if (q == NULL || (tail != NULL && *tail != '\0'))
			snprintf(err, errsz, "%s:%d: %s: not one statement",
			    d->file, d->line, d->name);
		else if (sqlite3_bind_parameter_count(q) != d->params)
			snprintf(err, errsz, "%s:%d: %s takes %d parameters, "
			    "its annotation says %d", d->file, d->line, d->name,
			    sqlite3_bind_parameter_count(q), d->params);
		else
			rc = STORE_OK;
		if (rc != STORE_OK || !keep) {
			sqlite3_finalize(q);
			if (rc != STORE_OK)
				return rc;
			continue;
		}
		sqlite3_finalize(s->st[i]);
		s->st[i] = q;
	}
	return STORE_OK;
}

enum store_err
store_begin(struct store *s)
{
	return store_exec(s, STMT_TX_BEGIN, "");
}

enum store_err
store_begin_now(struct store *s)
{
	enum store_err rc;

	sqlite3_busy_timeout(s->db, 0);
	rc = store_exec(s, STMT_TX_BEGIN, "");
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	return rc;
}

enum store_err
store_begin_read(struct store *s)
{
	return store_exec(s, STMT_TX_BEGIN_READ, "");
}

enum store_err
store_commit(struct store *s)
{
	return store_exec(s, STMT_TX_COMMIT, "");
}

void
store_rollback(struct store *s)
{
	store_ledger_forget(s);
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Prepares (once) and binds; returns NULL on a fault. */
static sqlite3_stmt *
store_bind(struct store *s, enum stmt id, const char *fmt, va_list ap)
{
	sqlite3_stmt	*q;
	const char	*str;
	int		 i, rc = SQLITE_OK;

	/* A caller binding more or fewer values than the statement takes
	 * is a program fault: said, and nothing is run. */
	if (strlen(fmt) != (size_t)store_sql[id].params) {
		fprintf(stderr, "alliance: internal error: %s takes %d "
		    "parameters, given %zu\n", store_sql[id].name,
		    store_sql[id].params, strlen(fmt));
		return NULL;
	}
	if (s->st[id] == NULL &&
	    sqlite3_prepare_v3(s->db, store_sql[id].text, -1,
	    SQLITE_PREPARE_PERSISTENT, &s->st[id], NULL) != SQLITE_OK) {
		fprintf(stderr, "alliance: internal error preparing "
		    "%s (%s:%d): %s\n", store_sql[id].name, store_sql[id].file,
		    store_sql[id].line, sqlite3_errmsg(s->db));
		return NULL;
	}
	q = s->st[id];
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	for (i = 0; fmt[i] != '\0' && rc == SQLITE_OK; i++) {
		switch (fmt[i]) {
		case 's':
			str = va_arg(ap, const char *);
			rc = str == NULL ? sqlite3_bind_null(q, i + 1) :
			    sqlite3_bind_text(q, i + 1, str, -1,
			    SQLITE_TRANSIENT);
			break;
		case 'i':
			rc = sqlite3_bind_int(q, i + 1, va_arg(ap, int));
			break;
		case 'l':
			rc = sqlite3_bind_int64(q, i + 1, va_arg(ap, int64_t));
			break;
		case 'n': {
			int64_t v = va_arg(ap, int64_t);

			rc = v == 0 ? sqlite3_bind_null(q, i + 1) :
			    sqlite3_bind_int64(q, i + 1, v);
			break;
		}
		case 'b': {	/* a blob: its bytes, then its length */
			const void	*p = va_arg(ap, const void *);
			size_t		 len = va_arg(ap, size_t);

			rc = sqlite3_bind_blob64(q, i + 1, p, len,
			    SQLITE_TRANSIENT);
			break;
		}
		default:
			abort();
		}
	}
	return rc == SQLITE_OK ? q : NULL;
}

enum store_err
store_exec(struct store *s, enum stmt id, const char *fmt, ...)
{
	sqlite3_stmt	*q;
	va_list		 ap;
	int		 rc;

	va_start(ap, fmt);
	q = store_bind(s, id, fmt, ap);
	va_end(ap);
	if (q == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		continue;
	sqlite3_reset(q);
	return store_code(rc);
}

int64_t
store_last_id(const struct store *s)
{
	return sqlite3_last_insert_rowid(s->db);
}

int
store_changes(const struct store *s)
{
	return sqlite3_changes(s->db);
}

/*
 * SQLite counts every allocation under one mutex for its memory
 * statistics, which nothing here reads; with several threads making
 * pages at once, waiting for that mutex was about a quarter of a page
 * made afresh.  Turned off before SQLite starts: this runs before main,
 * so before any connection is opened.
 */
__attribute__((constructor)) static void
store_memstatus_off(void)
{
	(void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/* Others' commits (PRAGMA data_version) in the high bits, this
 * connection's own changes, as own counts them, in the low ones. */
static enum store_err
version_with(struct store *s, uint64_t own, uint64_t *out)
{
	sqlite3_stmt	*q;
	int		 rc;

	*out = 0;
	if (s->st[STMT_DATA_VERSION] == NULL && sqlite3_prepare_v2(s->db,
	    store_sql[STMT_DATA_VERSION].text, -1, &s->st[STMT_DATA_VERSION], NULL) !=
	    SQLITE_OK)
		return STORE_ERROR;
	q = s->st[STMT_DATA_VERSION];
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*out = (uint64_t)sqlite3_column_int64(q, 0) << 40 ^ own;
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? STORE_OK : store_code(rc);
}

enum store_err
store_version(struct store *s, uint64_t *out)
{
	return version_with(s, (uint64_t)sqlite3_total_changes64(s->db), out);
}

enum store_err
store_use_version(struct store *s, uint64_t *out)
{
	return version_with(s, s->ledger != NULL ? s->ledger->use_changes :
	    (uint64_t)sqlite3_total_changes64(s->db), out);
}

const void *
store_watch(struct store *s)
{
	sqlite3_stmt		*q;
	sqlite3_file		*f = NULL;
	void volatile		*p = NULL;
	const unsigned char	*mode;
	uint64_t		 v;
	int			 wal;

	/* Only in WAL mode: asked of another journal, the file would make
	 * a WAL index of its own. */
	if (sqlite3_prepare_v2(s->db, "PRAGMA journal_mode", -1, &q, NULL) !=
	    SQLITE_OK)
		return NULL;
	wal = sqlite3_step(q) == SQLITE_ROW &&
	    (mode = sqlite3_column_text(q, 0)) != NULL &&
	    strcmp((const char *)mode, "wal") == 0;
	sqlite3_finalize(q);
	/* SQLite maps the index at a connection's first read. */
	if (!wal || store_version(s, &v) != STORE_OK ||
	    sqlite3_file_control(s->db, "main", SQLITE_FCNTL_FILE_POINTER,
	    &f) != SQLITE_OK || f == NULL || f->pMethods == NULL ||
	    f->pMethods->iVersion < 2 || f->pMethods->xShmMap == NULL ||
	    f->pMethods->xShmMap(f, 0, 32768, 0, &p) != SQLITE_OK)
		return NULL;
	return (const void *)p;
}

/*
 * The WAL index begins with two copies of a 48-byte header
 * (https://sqlite.org/walformat.html, "The WAL-Index Header"): every
 * commit, by any connection of any process, rewrites it before the
 * commit can be seen, the second copy first.  SQLite reads it the same
 * way, without a lock, to learn whether its cache is stale; when the
 * copies differ a commit is being published, and the stamp is unknown.
 * The change counter (bytes 8-11) goes up with every commit; the rest
 * (frame count, salts, checksums) is hashed in for the WAL's restarts.
 */
uint64_t
store_stamp(const void *watch)
{
	const volatile unsigned char	*h = watch;
	unsigned char			 a[48], b[48];
	uint32_t			 hash = 2166136261u, change, version;
	size_t				 i;

	if (h == NULL)
		return 0;
	for (i = 0; i < sizeof(a); i++)
		a[i] = h[i];
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	for (i = 0; i < sizeof(b); i++)
		b[i] = h[sizeof(a) + i];
	/* Bytes 0-3: the index's format, 3007000, as SQLite checks it;
	 * byte 12: set once the header is made. */
	memcpy(&version, a, sizeof(version));
	if (memcmp(a, b, sizeof(a)) != 0 || a[12] == 0 || version != 3007000)
		return 0;
	for (i = 0; i < sizeof(a); i++)
		hash = (hash ^ a[i]) * 16777619u;
	memcpy(&change, a + 8, sizeof(change));
	return (uint64_t)change << 32 | hash | 1;
}

sqlite3_stmt *
store_int_vquery(struct store *s, enum stmt id, const char *fmt, va_list ap)
{
	return store_bind(s, id, fmt, ap);
}

sqlite3_stmt *
store_int_query(struct store *s, enum stmt id, const char *fmt, ...)
{
	sqlite3_stmt	*q;
	va_list		 ap;

	va_start(ap, fmt);
	q = store_bind(s, id, fmt, ap);
	va_end(ap);
	return q;
}

int
store_int_each(sqlite3_stmt *q, int (*fill)(sqlite3_stmt *, void *),
    void *arg)
{
	int	rc;

	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		if (fill(q, arg) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
	sqlite3_reset(q);
	return rc == SQLITE_NOMEM ? STORE_ERROR : store_code(rc);
}

int
store_int_first_id(sqlite3_stmt *q, void *arg)
{
	*(int64_t *)arg = sqlite3_column_int64(q, 0);
	return 0;
}

int
store_int_id(sqlite3_stmt *q, int64_t *id)
{
	*id = 0;
	return q == NULL ? STORE_ERROR : store_int_each(q, store_int_first_id,
	    id);
}

static int
any_row(sqlite3_stmt *q, void *arg)
{
	(void)q;
	*(int *)arg = 1;
	return 0;
}

int
store_int_any(sqlite3_stmt *q, int *found)
{
	*found = 0;
	return q == NULL ? STORE_ERROR : store_int_each(q, any_row, found);
}

char *
store_int_text(sqlite3_stmt *q, int i, int *nomem)
{
	const char	*t = (const char *)sqlite3_column_text(q, i);
	char		*copy;

	if (t == NULL)
		return NULL;
	copy = text_utf8(t, strlen(t)) ? strdup(t) :
	    text_utf8_repair(t, strlen(t));
	if (copy == NULL)
		*nomem = 1;
	return copy;
}

const char *
store_errmsg(const struct store *s)
{
	return sqlite3_errmsg(s->db);
}
