/*
 * The audit log and the ledger as typed records: entries of the
 * hash-chained log and the problems `audit verify` finds (the
 * redactions later entries vouch for are privacy's, rec_auth.h).  Strings are from malloc().
 */
#ifndef REC_AUDIT_H
#define REC_AUDIT_H

#include <stddef.h>
#include <stdint.h>

/* One entry of the audit log (table audit). */
struct rec_audit {
	int64_t		 seq;
	char		*at;		/* UTC, "2026-05-12T14:04:00Z" */
	char		*actor;
	char		*action;	/* "motion.vote" */
	char		*entity;	/* "motion" */
	int64_t		 entity_id;
	char		*detail;	/* stored JSON text: "{...}" */
	char		*prev_hash;
	char		*hash;
	char		*vouched;	/* NULL: older than the ledger */
	char		*sig;		/* NULL: not signed */
};
struct rec_audit_list {
	struct rec_audit	*v;
	size_t			 n;
};
void rec_audit_clear(struct rec_audit *);
void rec_audit_list_free(struct rec_audit_list *);

/*
 * A problem `audit verify` found: an entry (table NULL: seq and
 * problem), or a governed row changed, added or removed outside the
 * program (table, row, label; seq the entry that vouched for it last,
 * 0 when none; action that entry's, once known; election when the row
 * belongs to one).
 */
struct rec_ledger_problem {
	int64_t		 seq;
	char		*table;
	char		*row;
	char		*label;
	char		*problem;
	char		*action;
	int64_t		 election;
};
struct rec_ledger_problems {
	struct rec_ledger_problem	*v;
	size_t				 n;
};
/* Adds a problem (the strings copied; NULL kept); -1 for no memory. */
int rec_ledger_problem_add(struct rec_ledger_problems *, int64_t seq,
    const char *table, const char *row, const char *label,
    const char *problem, int64_t election);
void rec_ledger_problems_free(struct rec_ledger_problems *);

#endif
