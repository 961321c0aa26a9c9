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
/* Everything held about a person (ref: number, email or name). */
int core_person_export(struct core *, const char *ref, json_t **out) WUR;
/*
 * Erases what the law lets go and keeps the governance record under
 * the placeholder "Erased person N".  *out: what was done.
 */
int core_person_erase(struct core *, const char *ref, json_t **out) WUR;
/* Restricts processing (lift: ends the restriction). */
int core_person_restrict(struct core *, const char *ref, int lift) WUR;
/*
 * Removes sign-in records, outbox mail and names in audit details
 * older than the constitution's retention settings.  *out: counts.
 */
int core_retention_apply(struct core *, json_t **out) WUR;

#endif
