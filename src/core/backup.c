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

	if (text_blank(file))
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
	struct rec_ledger_problems	 bad;
	char				 msg[400];
	int				 rc;

	if ((rc = core_open(cc, path, 0)) != CORE_OK) {
		rc = core_fail(c, CORE_EINVAL, "FILE", "%s cannot be opened "
		    "as a database: %s", what, cc->err);
		core_close(cc);
		return rc;
	}
	/* The copy is checked, and signed, with the installation's key. */
	snprintf(cc->key_path, sizeof(cc->key_path), "%s", c->key_path);
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
	if (bad.n > 0) {
		rc = core_fail(c, CORE_EINVAL, "FILE", "%s fails the audit "
		    "check: audit entry %lld %s%s", what,
		    (long long)bad.v[0].seq, bad.v[0].problem != NULL ?
		    bad.v[0].problem : "", bad.n > 1 ? " (and more)" : "");
		rec_ledger_problems_free(&bad);
		core_close(cc);
		return rc;
	}
	rec_ledger_problems_free(&bad);
	return CORE_OK;
}

void
backup_report_free(struct backup_report *r)
{
	free(r->file);
	memset(r, 0, sizeof(*r));
}

static int
copy_report(struct core *c, const char *file, const struct store_copy *cp,
    int64_t entries, struct backup_report *out)
{
	out->pages = cp->pages;
	out->bytes = cp->bytes;
	out->ms = cp->ms;
	out->steps = cp->steps;
	out->restarts = cp->restarts;
	out->audit_entries = entries;
	if ((out->file = strdup(file)) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	return CORE_OK;
}

int
core_backup(struct core *c, const char *db, const char *file,
    struct backup_report *out)
{
	struct store_copy	 cp;
	struct core		 cc;
	char			 tmp[PATH_MAX], err[400];
	int64_t			 entries = 0;
	int			 rc;

	memset(out, 0, sizeof(*out));
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
	if ((rc = copy_report(c, file, &cp, entries, out)) != CORE_OK)
		return rc;
	/* Who took a copy of the records, and when.  A user who may only
	 * read the database (a backup account) leaves no entry. */
	if (store_readonly(c->st))
		return CORE_OK;
	if ((rc = core_begin(c)) == CORE_OK)
		rc = core_end(c, core_auditf(c, "backup", "database", 0,
		    "{s:s, s:I, s:I}", "file", file, "pages",
		    (long long)cp.pages, "audit_entries", (long long)entries));
	if (rc != CORE_OK)
		backup_report_free(out);
	return rc;
}

int
core_restore(struct core *c, const char *actor, const char *target,
    const char *file, struct backup_report *out)
{
	struct store_copy	 cp;
	char			 tmp[PATH_MAX], err[400];
	int64_t			 entries = 0;
	int			 rc;

	memset(out, 0, sizeof(*out));
	memset(c, 0, sizeof(*c));
	core_int_key_path(c, target);
	if (text_blank(file))
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
		if ((rc = core_begin(&cc)) == CORE_OK)
			rc = core_end(&cc, core_auditf(&cc, "restore",
			    "database", 0, "{s:s, s:I}", "file", file,
			    "audit_entries", (long long)entries));
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
	return copy_report(c, file, &cp, entries, out);
}
