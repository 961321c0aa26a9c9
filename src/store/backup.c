/*
 * Copies of the database: SQLite's online backup API, a few pages a
 * step, so that a server writing on other connections is never held up;
 * the integrity check; and the safe replacement of a database file by a
 * checked copy (temporary file beside it, fsync, rename).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "store.h"
#include "store_int.h"

/* Pages copied a step at first (4 KB each); doubled on each restart. */
#define COPY_STEP	64
/* After this many restarts the rest is copied in one step: in WAL mode
 * that is one read transaction, which still blocks no writer. */
#define COPY_PATIENCE	4

/* Makes path (mode 0600: it holds personal data), failing if it
 * exists, so that two copies never write one file. */
static int
copy_create(const char *path, char *err, size_t errsz)
{
	int fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0600)) == -1) {
		snprintf(err, errsz, "cannot create %s: %s", path,
		    strerror(errno));
		return STORE_ERROR;
	}
	close(fd);
	return STORE_OK;
}

static int
copy_run(sqlite3 *src, const char *path, struct store_copy *info,
    char *err, size_t errsz)
{
	sqlite3_backup	*b;
	sqlite3		*dst = NULL;
	struct timespec	 t0, t1;
	struct stat	 sb;
	int		 rc, step = COPY_STEP, left = -1;

	memset(info, 0, sizeof(*info));
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (copy_create(path, err, errsz) != STORE_OK)
		return STORE_ERROR;
	if (sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK || sqlite3_exec(dst, "PRAGMA secure_delete = ON", NULL,
	    NULL, NULL) != SQLITE_OK) {
		snprintf(err, errsz, "cannot open %s: %s", path,
		    dst != NULL ? sqlite3_errmsg(dst) : "out of memory");
		sqlite3_close(dst);
		return STORE_ERROR;
	}
	if ((b = sqlite3_backup_init(dst, "main", src, "main")) == NULL) {
		snprintf(err, errsz, "cannot copy to %s: %s", path,
		    sqlite3_errmsg(dst));
		sqlite3_close(dst);
		return STORE_ERROR;
	}
	do {
		rc = sqlite3_backup_step(b, step);
		info->steps++;
		/* A write on another connection starts the copy again:
		 * the pages left go up instead of down. */
		if (left >= 0 && sqlite3_backup_remaining(b) > left &&
		    ++info->restarts >= COPY_PATIENCE)
			step = -1;
		else if (left >= 0 && sqlite3_backup_remaining(b) > left)
			step *= 2;
		left = sqlite3_backup_remaining(b);
		if (rc == SQLITE_OK || rc == SQLITE_BUSY ||
		    rc == SQLITE_LOCKED)
			sqlite3_sleep(2);
	} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
	info->pages = sqlite3_backup_pagecount(b);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		snprintf(err, errsz, "copying to %s failed: %s", path,
		    sqlite3_errstr(rc));
		sqlite3_close(dst);
		return STORE_ERROR;
	}
	sqlite3_close(dst);
	if (stat(path, &sb) == 0)
		info->bytes = sb.st_size;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	info->ms = (t1.tv_sec - t0.tv_sec) * 1000 +
	    (t1.tv_nsec - t0.tv_nsec) / 1000000;
	return STORE_OK;
}

enum store_err
store_copy_to(struct store *s, const char *path, struct store_copy *info,
    char *err, size_t errsz)
{
	return copy_run(s->db, path, info, err, errsz);
}

enum store_err
store_copy_file(const char *from, const char *path, struct store_copy *info,
    char *err, size_t errsz)
{
	sqlite3	*src = NULL;
	int	 rc;

	if (access(from, R_OK) != 0) {
		snprintf(err, errsz, "cannot read %s: %s", from,
		    strerror(errno));
		return STORE_ERROR;
	}
	if (sqlite3_open_v2(from, &src, SQLITE_OPEN_READONLY, NULL) !=
	    SQLITE_OK) {
		snprintf(err, errsz, "cannot open %s: %s", from,
		    src != NULL ? sqlite3_errmsg(src) : "out of memory");
		sqlite3_close(src);
		return STORE_ERROR;
	}
	sqlite3_busy_timeout(src, 3000);
	rc = copy_run(src, path, info, err, errsz);
	sqlite3_close(src);
	if (rc != STORE_OK && strstr(err, "not a database") != NULL)
		snprintf(err, errsz, "%s is not an Alliance database (SQLite "
		    "says: file is not a database)", from);
	return rc;
}

enum store_err
store_integrity(struct store *s, char *msg, size_t msgsz)
{
	sqlite3_stmt	*q = NULL;
	const char	*t;
	size_t		 n = 0;
	int		 rc, bad = 0;

	msg[0] = '\0';
	if (sqlite3_prepare_v2(s->db, "PRAGMA integrity_check(20)", -1, &q,
	    NULL) != SQLITE_OK) {
		snprintf(msg, msgsz, "%s", sqlite3_errmsg(s->db));
		return STORE_ERROR;
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		t = (const char *)sqlite3_column_text(q, 0);
		if (t == NULL || strcmp(t, "ok") == 0)
			continue;
		bad = 1;
		if (n + 4 < msgsz)
			n += (size_t)snprintf(msg + n, msgsz - n, "%s%s",
			    n ? "; " : "", t);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE) {
		snprintf(msg, msgsz, "%s", sqlite3_errstr(rc));
		return STORE_ERROR;
	}
	if (!bad)
		snprintf(msg, msgsz, "ok");
	return bad ? STORE_ERROR : STORE_OK;
}

/* fsync of a file or a folder; 0 or -1 with errno. */
static int
store_sync(const char *path, int dir)
{
	int fd, rc;

	if ((fd = open(path, (dir ? O_RDONLY | O_DIRECTORY : O_RDWR) |
	    O_CLOEXEC)) == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* The folder of path into dir. */
static void
store_dir(const char *path, char *dir, size_t dirsz)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		snprintf(dir, dirsz, ".");
	else
		snprintf(dir, dirsz, "%.*s", slash == path ? 1 :
		    (int)(slash - path), path);
}

enum store_err
store_seal(const char *path, char *err, size_t errsz)
{
	sqlite3	*db = NULL;
	int	 rc;

	rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA secure_delete = ON; "
		    "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL",
		    NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		snprintf(err, errsz, "cannot finish %s: %s", path,
		    db != NULL ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return STORE_ERROR;
	}
	sqlite3_close(db);
	if (store_sync(path, 0) != 0) {
		snprintf(err, errsz, "cannot write %s to disk: %s", path,
		    strerror(errno));
		return STORE_ERROR;
	}
	return STORE_OK;
}

enum store_err
store_install(const char *from, const char *path, char *err, size_t errsz)
{
	char dir[PATH_MAX];

	if (rename(from, path) != 0) {
		snprintf(err, errsz, "cannot put the copy in place as %s: %s",
		    path, strerror(errno));
		return STORE_ERROR;
	}
	store_dir(path, dir, sizeof(dir));
	if (store_sync(dir, 1) != 0) {
		snprintf(err, errsz, "cannot write folder %s to disk: %s", dir,
		    strerror(errno));
		return STORE_ERROR;
	}
	return STORE_OK;
}

/*
 * Leaving WAL mode needs the only connection to the database: any other
 * (a server, even idle, or a command under way) makes it fail with
 * nothing changed, which is how "in use" is told.  Then the old file has
 * no -wal that the new one could be read with, and an exclusive lock is
 * held on it until the new file is in place.
 */
enum store_err
store_replace(const char *target, const char *from, char *err,
    size_t errsz)
{
	sqlite3	*db = NULL;
	int	 rc;

	if (access(target, F_OK) != 0)
		return store_install(from, target, err, errsz);
	rc = sqlite3_open_v2(target, &db, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA journal_mode = DELETE; "
		    "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE",
		    NULL, NULL, NULL);
	if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
		snprintf(err, errsz, "%s is in use by another program (is "
		    "'alliance serve' running on it?); stop it and restore "
		    "again: nothing was changed", target);
		sqlite3_close(db);
		return STORE_BUSY;
	}
	if (rc != SQLITE_OK) {
		snprintf(err, errsz, "cannot open %s: %s", target,
		    db != NULL ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return STORE_ERROR;
	}
	rc = store_install(from, target, err, errsz);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

int
store_checkpoint(struct store *s)
{
	int rc = sqlite3_wal_checkpoint_v2(s->db, NULL,
	    SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);

	return rc == SQLITE_OK ? STORE_OK : STORE_BUSY;
}
