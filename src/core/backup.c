/*
 * Backup and restore.  A backup is SQLite's online backup of the live
 * database into a file beside the one asked for, checked (integrity and
 * the audit chain) before it takes that name; a restore checks the copy
 * the same way and puts it in place only when no other program has the
 * database open (temporary file beside it, fsync, rename).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "core.h"
#include "core_int.h"
#include "records.h"
#include "store/store.h"

/* 1 when a and b are the same file (both must exist). */
static int
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 &&
	    sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Checks the name of a copy to be written: its folder exists. */
static int
backup_file_ok(struct core *c, const char *db, const char *file)
{
	struct stat	 st;
	const char	*slash;
	char		 dir[PATH_MAX];

	if (core_int_blank(file))
		return core_fail(c, CORE_EINVAL, "FILE", "FILE is missing; "
		    "give the name of the copy to write");
	if (strlen(file) > PATH_MAX - 32)
		return core_fail(c, CORE_EINVAL, "FILE", "FILE is too long");
	if (same_file(db, file))
		return core_fail(c, CORE_EINVAL, "FILE", "%s is the database "
		    "itself; give another file", file);
	if (stat(file, &st) == 0 && !S_ISREG(st.st_mode))
		return core_fail(c, CORE_EINVAL, "FILE", "%s is not a file",
		    file);
	if ((slash = strrchr(file, '/')) == NULL)
		return CORE_OK;
	snprintf(dir, sizeof(dir), "%.*s", slash == file ? 1 :
	    (int)(slash - file), file);
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		return core_fail(c, CORE_EINVAL, "FILE", "no folder %s", dir);
	return CORE_OK;
}

static void
partial_name(const char *file, char *out, size_t outsz)
{
	snprintf(out, outsz, "%s.partial-%ld", file, (long)getpid());
}

/*
 * Opens the copy at path as a database of its own and checks it:
 * integrity_check, then the audit chain with the same function as
 * `alliance audit verify`.  The copy's core is left open in *cc on
 * CORE_OK (the caller closes it); *entries: audit entries checked.
 */
static int
copy_check(struct core *c, struct core *cc, const char *path,
    const char *what, int64_t *entries)
{
	json_t		*bad = NULL, *first;
	char		 msg[400];
	int		 rc;

	if ((rc = core_open(cc, path, 0)) != CORE_OK) {
		rc = core_fail(c, CORE_EINVAL, "FILE", "%s cannot be opened "
		    "as a database: %s", what, cc->err);
		core_close(cc);
		return rc;
	}
	if (store_integrity(cc->st, msg, sizeof(msg)) != STORE_OK) {
		core_close(cc);
		return core_fail(c, CORE_EINVAL, "FILE", "%s fails SQLite's "
		    "integrity check: %s", what, msg);
	}
	if ((rc = core_audit_verify(cc, &bad, entries)) != CORE_OK) {
		rc = core_fail(c, rc, "FILE", "%s: %s", what, cc->err);
		core_close(cc);
		return rc;
	}
	if (json_array_size(bad) > 0) {
		first = json_array_get(bad, 0);
		rc = core_fail(c, CORE_EINVAL, "FILE", "%s fails the audit "
		    "check: audit entry %lld %s%s", what,
		    (long long)jint(first, "seq"), jstr(first, "problem"),
		    json_array_size(bad) > 1 ? " (and more)" : "");
		json_decref(bad);
		core_close(cc);
		return rc;
	}
	json_decref(bad);
	return CORE_OK;
}

static json_t *
copy_report(const char *file, const struct store_copy *cp, int64_t entries)
{
	return json_pack("{s:s, s:I, s:I, s:I, s:i, s:i, s:s, s:I}",
	    "file", file, "pages", (json_int_t)cp->pages,
	    "bytes", (json_int_t)cp->bytes, "ms", (json_int_t)cp->ms,
	    "steps", cp->steps, "restarts", cp->restarts,
	    "integrity", "ok", "audit_entries", (json_int_t)entries);
}

int
core_backup(struct core *c, const char *db, const char *file, json_t **out)
{
	struct store_copy	 cp;
	struct core		 cc;
	json_t			*d;
	char			 tmp[PATH_MAX], err[400];
	int64_t			 entries = 0;
	int			 rc;

	*out = NULL;
	if ((rc = backup_file_ok(c, db, file)) != CORE_OK)
		return rc;
	partial_name(file, tmp, sizeof(tmp));
	unlink(tmp);
	if (store_copy_to(c->st, tmp, &cp, err, sizeof(err)) != STORE_OK) {
		unlink(tmp);
		return core_fail(c, CORE_EFAULT, "FILE", "%s", err);
	}
	if ((rc = copy_check(c, &cc, tmp, "the copy", &entries)) != CORE_OK) {
		unlink(tmp);
		return rc;
	}
	core_close(&cc);
	if (store_seal(tmp, err, sizeof(err)) != STORE_OK ||
	    store_install(tmp, file, err, sizeof(err)) != STORE_OK) {
		unlink(tmp);
		return core_fail(c, CORE_EFAULT, "FILE", "%s", err);
	}
	*out = copy_report(file, &cp, entries);
	/* Who took a copy of the records, and when.  A user who may only
	 * read the database (a backup account) leaves no entry. */
	if (store_readonly(c->st))
		return CORE_OK;
	d = json_pack("{s:s, s:I, s:I}", "file", file, "pages",
	    (json_int_t)cp.pages, "audit_entries", (json_int_t)entries);
	if ((rc = core_begin(c)) == CORE_OK)
		rc = core_end(c, core_audit(c, "backup", "database", 0, d));
	json_decref(d);
	return rc;
}

int
core_restore(struct core *c, const char *actor, const char *target,
    const char *file, json_t **out)
{
	struct store_copy	 cp;
	json_t			*d;
	char			 tmp[PATH_MAX], err[400];
	int64_t			 entries = 0;
	int			 rc;

	*out = NULL;
	memset(c, 0, sizeof(*c));
	if (core_int_blank(file))
		return core_fail(c, CORE_EINVAL, "FILE", "FILE is missing; "
		    "give the backup to restore");
	if (access(file, F_OK) != 0)
		return core_fail(c, CORE_ENOTFOUND, "FILE", "no file %s",
		    file);
	if (same_file(target, file))
		return core_fail(c, CORE_EINVAL, "FILE", "%s is the database "
		    "itself; give a backup", file);
	if (strlen(target) > PATH_MAX - 32)
		return core_fail(c, CORE_EINVAL, "--db", "--db is too long");
	/* The copy is made beside the database, so the rename is
	 * atomic; the backup file itself is never written. */
	partial_name(target, tmp, sizeof(tmp));
	unlink(tmp);
	if (store_copy_file(file, tmp, &cp, err, sizeof(err)) != STORE_OK) {
		unlink(tmp);
		return core_fail(c, CORE_EINVAL, "FILE", "%s", err);
	}
	{
		struct core	cc;

		if ((rc = copy_check(c, &cc, tmp, file, &entries)) !=
		    CORE_OK) {
			unlink(tmp);
			return rc;
		}
		cc.actor = actor;
		d = json_pack("{s:s, s:I}", "file", file, "audit_entries",
		    (json_int_t)entries);
		if ((rc = core_begin(&cc)) == CORE_OK)
			rc = core_end(&cc, core_audit(&cc, "restore",
			    "database", 0, d));
		json_decref(d);
		if (rc != CORE_OK)
			core_fail(c, rc, NULL, "%s", cc.err);
		core_close(&cc);
		if (rc != CORE_OK) {
			unlink(tmp);
			return rc;
		}
	}
	if (store_seal(tmp, err, sizeof(err)) != STORE_OK) {
		unlink(tmp);
		return core_fail(c, CORE_EFAULT, NULL, "%s", err);
	}
	rc = store_replace(target, tmp, err, sizeof(err));
	if (rc != STORE_OK) {
		unlink(tmp);
		return core_fail(c, rc == STORE_BUSY ? CORE_EBUSY :
		    CORE_EFAULT, NULL, "%s", err);
	}
	*out = copy_report(file, &cp, entries);
	return CORE_OK;
}
