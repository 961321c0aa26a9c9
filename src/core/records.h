/*
 * Records kept safe: copies of the database (backup.c) and the personal
 * data of the people in it (privacy.c).  Part of core: one function per
 * action, one transaction each, audited.
 */
#ifndef CORE_RECORDS_H
#define CORE_RECORDS_H

#include "core.h"

/* --- backup and restore (backup.c) --- */
/* What a backup or restore copied and how long it took; the copy
 * passed SQLite's integrity check and audit_entries were verified. */
struct backup_report {
	char		*file;		/* the copy written, or restored from */
	int64_t		 pages;
	int64_t		 bytes;
	int64_t		 ms;
	int		 steps;
	int		 restarts;	/* the copy began again (writes) */
	int64_t		 audit_entries;
};
void backup_report_free(struct backup_report *);
/*
 * Copies the open database (at db) to file while others go on writing,
 * checks the copy (integrity_check and the audit chain), and only then
 * puts it in place as file, replacing an older copy of that name.
 */
int core_backup(struct core *, const char *db, const char *file,
    struct backup_report *out) WUR;
/*
 * Replaces the database at target by the copy in file, if the copy
 * passes both checks and no other program has target open.  The core
 * must not be open; it is opened on the new database (for its audit
 * entry) and closed again.  actor: who restores.
 */
int core_restore(struct core *, const char *actor, const char *target,
    const char *file, struct backup_report *out) WUR;

/* --- personal data (privacy.c) --- */
#include "core/core_privacy.h"

#endif
