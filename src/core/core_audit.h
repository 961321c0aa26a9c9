/*
 * core's use cases for the audit log and the ledger (audit.c,
 * ledger.c): the entries, the whole check `audit verify` makes, and the
 * signed head; included by core.h.  Typed records from
 * store/rec_audit.h; JSON for them is made in render/json_audit.c.
 */
#ifndef CORE_AUDIT_H
#define CORE_AUDIT_H

#include "store/rec_audit.h"

/* --- audit (audit.c) --- */
/* Walks the chain and the rows it vouches for; out (zeroed first) lists
 * each broken, edited or missing entry and each row changed outside the
 * program.  *checked: entries walked. */
int core_audit_verify(struct core *, struct rec_ledger_problems *out,
    int64_t *checked) WUR;
/* Every entry of the log, oldest first (officers and the command line
 * only: details name people). */
int core_audit_list(struct core *, struct rec_audit_list *out) WUR;

/* --- the ledger and the signed head (ledger.c) --- */
/* The chain's head signed by this installation: line is the one line
 * to publish and to give to `audit verify --head`. */
struct audit_head {
	int64_t		 seq;
	char		*at;
	char		 hash[65];
	char		 sig[129];
	char		 key[65];	/* the public key, hex */
	char		*line;		/* "alliance-head-1:SEQ:HASH:SIG:KEY" */
};
void audit_head_free(struct audit_head *);

enum audit_head_state {
	AUDIT_HEAD_NONE,	/* the log has no signed head */
	AUDIT_HEAD_SIGNED,	/* head holds it */
	AUDIT_HEAD_UNCHECKED	/* its signature could not be checked */
};
/* The whole check, as `alliance audit verify` reports it. */
struct audit_check {
	int64_t				 checked;	/* entries */
	int64_t				 rows;		/* governed rows */
	int64_t				 from_seq;	/* 0: rows not vouched
							 * for yet */
	char				*from_at;
	enum audit_head_state		 head_state;
	struct audit_head		 head;
	char				*unchecked;	/* why, when so */
	struct rec_ledger_problems	 problems;	/* none: intact */
};
void audit_check_free(struct audit_check *);
/*
 * head, if not NULL, is a signed head kept from earlier
 * (core_audit_head): the chain must still hold it.  begin: on a
 * database whose rows are not yet vouched for (just upgraded), vouch
 * for them now, in an entry.
 */
int core_audit_check(struct core *, const char *head, int begin,
    struct audit_check *out) WUR;
int core_audit_head(struct core *, struct audit_head *out) WUR;
/* The public half of the installation's key, in hex (65 bytes). */
int core_audit_key(struct core *, char out[65]) WUR;

#endif
