/*
 * Records kept safe: copies of the database (backup.c) and the personal
 * data of the people in it (privacy.c).  Part of core: one function per
 * action, one transaction each, audited.
 */
#ifndef CORE_RECORDS_H
#define CORE_RECORDS_H

#include "core.h"

/* --- backup and restore (backup.c) --- */
/*
 * Copies the open database (at db) to file while others go on writing,
 * checks the copy (integrity_check and the audit chain), and only then
 * puts it in place as file, replacing an older copy of that name.
 * *out: what was copied and how long it took.
 */
int core_backup(struct core *, const char *db, const char *file,
    json_t **out) WUR;
/*
 * Replaces the database at target by the copy in file, if the copy
 * passes both checks and no other program has target open.  The core
 * must not be open; it is opened on the new database (for its audit
 * entry) and closed again.  actor: who restores.
 */
int core_restore(struct core *, const char *actor, const char *target,
    const char *file, json_t **out) WUR;

/* --- personal data (privacy.c) --- */
#include "core/core_privacy.h"

#endif
