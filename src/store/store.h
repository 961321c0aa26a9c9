/*
 * store: the only module that knows SQL.  Every statement is fixed at
 * build time in the stmts[] table of store.c and named by enum stmt;
 * parameters are bound, never printed into the text.
 */
#ifndef STORE_H
#define STORE_H

#include <stdint.h>
#include <jansson.h>

#define WUR __attribute__((warn_unused_result))

enum store_err {
	STORE_OK = 0,
	STORE_CONSTRAINT,	/* a UNIQUE / CHECK / FOREIGN KEY said no */
	STORE_BUSY,		/* another process holds the database */
	STORE_ERROR		/* anything else: a fault, not a user mistake */
};

enum stmt {
	STMT_ARR_INSERT,
	STMT_ARR_BY_SLUG,
	STMT_ARR_LIST,
	STMT_DATA_VERSION,
	STMT_CONST_INSERT,
	STMT_CONST_CLOSE,
	STMT_CONST_CURRENT,
	STMT_CONST_AT,
	STMT_CONST_LIST,
	STMT_AGREEMENT_INSERT,
	STMT_AGREEMENT_CURRENT,
	STMT_ORG_INSERT,
	STMT_ORG_UPDATE,
	STMT_ORG_BY_ID,
	STMT_ORG_BY_NAME,
	STMT_ORG_BY_IDENTIFIER,
	STMT_ORG_LIST,
	STMT_PERSON_INSERT,
	STMT_PERSON_BY_ID,
	STMT_PERSON_BY_EMAIL,
	STMT_PERSON_BY_NAME,
	STMT_PERSON_LIST,
	STMT_ROLE_INSERT,
	STMT_ROLE_LIST,
	STMT_GROUP_INSERT,
	STMT_GROUP_BY_SLUG,
	STMT_GROUP_BY_ID,
	STMT_GROUP_LIST,
	STMT_MEMB_INSERT,
	STMT_MEMB_GET,
	STMT_MEMB_BY_ID,
	STMT_MEMB_SET_STATUS,
	STMT_MEMB_HISTORY_INSERT,
	STMT_MEMB_HISTORY,
	STMT_MEMB_LIST_GROUP,
	STMT_MEMB_REGISTER,
	STMT_MEMB_ACTIVE_FOR_PERSON,
	STMT_MEMB_OF_ORG,
	STMT_MEMB_NOTICE_DUE,
	STMT_DECL_INSERT,
	STMT_DECL_GET,
	STMT_DECL_LIST,
	STMT_CRIT_UPSERT,
	STMT_CRIT_LIST,
	STMT_OFFICE_INSERT,
	STMT_OFFICE_CURRENT,
	STMT_OFFICE_END,
	STMT_POS_INSERT,
	STMT_POS_BY_SLUG,
	STMT_POS_LIST,
	STMT_APPT_INSERT,
	STMT_APPT_CURRENT,
	STMT_APPT_COUNT,
	STMT_COMMIT_INSERT,
	STMT_COMMIT_LIST,
	STMT_AUDIT_INSERT,
	STMT_AUDIT_LAST,
	STMT_AUDIT_ALL,
	STMT_FORUM_REGISTER,
	STMT_POSITION_REGISTER,
	STMT_MEET_INSERT,
	STMT_MEET_GET,
	STMT_MEET_LIST,
	STMT_MEET_SET_CIRCULATED,
	STMT_MEET_SET_NOTES,
	STMT_MEET_PUBLISH,
	STMT_MEET_CANCEL,
	STMT_MEET_SET_CHAIR,
	STMT_ITEM_INSERT,
	STMT_ITEM_LIST,
	STMT_ITEM_GET,
	STMT_ITEM_DELETE,
	STMT_ITEM_RENUMBER,
	STMT_ATT_UPSERT,
	STMT_ATT_LIST,
	STMT_ATT_GROUP,
	STMT_INTEREST_INSERT,
	STMT_INTEREST_LIST,
	STMT_ACTION_INSERT,
	STMT_ACTION_DONE,
	STMT_ACTION_LIST,
	STMT_MOTION_INSERT,
	STMT_MOTION_GET,
	STMT_MOTION_CLOSE,
	STMT_MOTION_LIST,
	STMT_MVOTE_INSERT,
	STMT_MVOTE_LIST,
	STMT_MVOTE_HAS,
	STMT_MVOTE_TALLY,
	STMT_ELEC_INSERT,
	STMT_ELEC_GET,
	STMT_ELEC_SET_STATUS,
	STMT_ELEC_SET_VOTING,
	STMT_ELEC_VERIFY,
	STMT_ELEC_ANNOUNCE,
	STMT_ELEC_LIST,
	STMT_NOM_INSERT,
	STMT_NOM_LIST,
	STMT_VOTER_INSERT,
	STMT_VOTER_LIST,
	STMT_VOTER_HAS,
	STMT_BOX_INSERT,
	STMT_BOX_LIST,
	STMT_BOX_TALLY,
	STMT_POS_BY_ID,
	STMT_APPT_END,
	STMT_APPT_END_PERSON,
	STMT_CONCERN_INSERT,
	STMT_CONCERN_LIST,
	STMT_COVER_INSERT,
	STMT_COVER_LIST,
	STMT_MEMB_EXCLUDE,
	STMT_SCHED_INSERT,
	STMT_SCHED_DUE,
	STMT_SCHED_DELETE,
	STMT_OUT_INSERT,
	STMT_OUT_DUE,
	STMT_OUT_CLAIM,
	STMT_OUT_SENT,
	STMT_OUT_RETRY,
	STMT_OUT_UNCERTAIN,
	STMT_OUT_LIST,
	STMT_OUT_GET,
	STMT_OUT_REQUEUE,
	STMT_GROUP_CONTACTS,
	STMT_ORG_CONTACTS,
	STMT_USER_INSERT,
	STMT_USER_BY_PERSON,
	STMT_USER_BY_EMAIL,
	STMT_USER_SET_PASSWORD,
	STMT_USER_LIST,
	STMT_LINK_INSERT,
	STMT_LINK_CLAIM,
	STMT_SESSION_INSERT,
	STMT_SESSION_GET,
	STMT_SESSION_TOUCH,
	STMT_SESSION_DELETE,
	STMT_SESSION_PURGE,
	STMT_TOKEN_INSERT,
	STMT_TOKEN_GET,
	STMT_TOKEN_LIST,
	STMT_ACCESS_OFFICES,
	STMT_ACCESS_MEMBERSHIPS,
	STMT_OPEN_POLLS,
	STMT_OPEN_ELECTIONS,
	STMT_OUT_ONCE_SENT,
	STMT_PERSON_DIGEST_GET,
	STMT_PERSON_DIGEST_SET,
	STMT_OUT_HELD,
	STMT_OUT_BUNDLED,
	STMT_CYCLE_INSERT,
	STMT_CYCLE_GET,
	STMT_CYCLE_LIST,
	STMT_ASSESS_INSERT_SIGNATORIES,
	STMT_ASSESS_GET,
	STMT_ASSESS_LIST,
	STMT_ASSESS_SUBMIT,
	STMT_RATING_UPSERT,
	STMT_RATING_VIEW,
	STMT_RATING_LIST,
	STMT_RATING_MISSING,
	STMT_COMMIT_BY_CODE,
	STMT_CONSULT_INSERT,
	STMT_CONSULT_GET,
	STMT_CONSULT_FEEDBACK,
	STMT_CONSULT_LIST,
	STMT_SESSION_DELETE_USER,
	STMT_APPT_OF_PERSON,
	/* partners and money (migration 7) */
	STMT_CONTACT_INSERT,
	STMT_CONTACT_GET,
	STMT_CONTACT_END,
	STMT_CONTACT_LIST,
	STMT_PARTNERS_WITHOUT_CONTACT,
	STMT_PLAN_INSERT,
	STMT_PLAN_GET,
	STMT_PLAN_PROGRESS,
	STMT_PLAN_DONE,
	STMT_PLAN_LIST,
	STMT_MILESTONE_MET_INSERT,
	STMT_MILESTONE_MET_LIST,
	STMT_INFLUENCE_INSERT,
	STMT_INFLUENCE_LIST,
	STMT_EXCEPTION_UPSERT,
	STMT_PARTNERSHIP_REGISTER,
	STMT_FUNDING_INSERT,
	STMT_FUNDING_LIST,
	STMT_AIM_UPSERT,
	STMT_AIM_LIST,
	STMT_ATTENDANCE_BY_PARTNER,
	STMT_SIGNIN_FAIL_INSERT,
	STMT_SIGNIN_FAIL_COUNT,
	STMT_SIGNIN_FAIL_CLEAR,
	STMT_SIGNIN_FAIL_PRUNE,
	STMT_LINK_END_USER,
	STMT_SIGNIN_REQ_INSERT,
	STMT_SIGNIN_REQ_COUNT,
	STMT_SIGNIN_REQ_PRUNE,
	/* disputes and breaches (SC-resolve, SA-12, SA-13.1) */
	STMT_DISPUTE_INSERT,
	STMT_DISPUTE_GET,
	STMT_DISPUTE_LIST,
	STMT_DISPUTE_STATEMENT,
	STMT_DISPUTE_STAGE,
	STMT_DISPUTE_RESOLVE,
	STMT_DISPUTE_EVENT_INSERT,
	STMT_DISPUTE_EVENTS,
	STMT_DISPUTE_CANDIDATES,
	STMT_DISPUTE_PANEL_INSERT,
	STMT_DISPUTE_PANEL,
	STMT_DISPUTE_FIGURES,
	/* annual reports (core/report.c) */
	STMT_REPORT_YEARS,
	STMT_REPORT_MOTIONS,
	STMT_REPORT_ELECTIONS,
	STMT_REPORT_RESPONSE_INSERT,
	STMT_REPORT_RESPONSE_GET,
	/* officers' second factor, API token scopes (schema12) */
	STMT_USER_TOTP_GET,
	STMT_USER_TOTP_SET,
	STMT_USER_TOTP_STEP,
	STMT_USER_TOTP_CONFIRM,
	STMT_SESSION_LEVEL,
	STMT_TOKEN_BY_ID,
	STMT_TOKEN_REVOKE,
	STMT_TOKEN_USED,
	/* personal data and retention (core/privacy.c, migration 13) */
	STMT_PRIV_PERSON,
	STMT_PRIV_ROLES,
	STMT_PRIV_DECLS,
	STMT_PRIV_NOMS,
	STMT_PRIV_OFFICES,
	STMT_PRIV_POSITIONS,
	STMT_PRIV_INTERESTS,
	STMT_PRIV_OTHER,
	STMT_PRIV_USER,
	STMT_PRIV_SIGNIN_FAILS,
	STMT_PRIV_MAIL,
	STMT_PRIV_AUDIT,
	STMT_PRIV_ERASE_PERSON,
	STMT_PRIV_ERASE_ROLES,
	STMT_PRIV_ERASE_NOMS,
	STMT_PRIV_ERASE_DECLS,
	STMT_PRIV_ERASE_INTERESTS,
	STMT_PRIV_ERASE_ATTENDANCE,
	STMT_PRIV_ERASE_ACTIONS,
	STMT_PRIV_ERASE_SESSIONS,
	STMT_PRIV_ERASE_LINKS,
	STMT_PRIV_ERASE_USER,
	STMT_PRIV_ERASE_FAILS,
	STMT_PRIV_ERASE_MAIL,
	STMT_PRIV_AUDIT_REDACT,
	STMT_PRIV_REDACTION_INSERT,
	STMT_PRIV_REDACTIONS,
	STMT_PRIV_RESTRICT,
	STMT_PRIV_HOLD_MAIL,
	STMT_RET_SIGNIN_FAILS,
	STMT_RET_SESSIONS,
	STMT_RET_LINKS,
	STMT_RET_MAIL,
	STMT_RET_AUDIT,
	STMT_RET_PEOPLE_IN,
	STMT_MEMB_REGISTER_PAGE,
	STMT_MEMB_REGISTER_COUNT,
	STMT_CONST_ID_AT,
	STMT__MAX
};

struct store;

/*
 * Opens (create != 0: creates) the database at path, turns on foreign
 * keys, WAL and synchronous=FULL, and applies pending migrations in one
 * exclusive transaction.  On failure returns non-OK and writes a
 * one-line reason into err.  *out is from malloc(); store_close() frees.
 */
int store_open(const char *path, int create, struct store **out,
    char *err, size_t errsz) WUR;
void store_close(struct store *);

int store_begin(struct store *) WUR;	/* BEGIN IMMEDIATE */
int store_begin_read(struct store *) WUR;	/* BEGIN (a snapshot) */
int store_commit(struct store *) WUR;
void store_rollback(struct store *);

/*
 * A savepoint in the open transaction (one action of a group committed
 * together); its end releases it, after rolling back to it unless keep.
 * The ledger's notes of rows written after it follow the rollback.
 */
struct store_savepoint {
	size_t	n, nb;
	int	lost;
};
int store_savepoint(struct store *, struct store_savepoint *) WUR;
int store_savepoint_end(struct store *, const struct store_savepoint *,
    int keep) WUR;

/*
 * Runs a statement to completion.  fmt names the parameters in order:
 * 's' const char * (NULL binds NULL), 'i' int, 'l' int64_t,
 * 'n' int64_t id where 0 binds NULL.
 */
int store_exec(struct store *, enum stmt, const char *fmt, ...) WUR;
int64_t store_last_id(const struct store *);
int store_changes(const struct store *);
/*
 * *out: a number that changes whenever the database does, by this
 * connection or any other (process); equal numbers mean the same data.
 * Only comparable with numbers from the same connection.
 */
int store_version(struct store *, uint64_t *out) WUR;

/*
 * Runs a query; *out receives a JSON array of row objects keyed by
 * column name (owned by the caller: json_decref).
 */
int store_rows(struct store *, json_t **out, enum stmt,
    const char *fmt, ...) WUR;

/*
 * As store_rows but for at most one row: *out is that row's object or
 * NULL when there is none (still STORE_OK).
 */
int store_row(struct store *, json_t **out, enum stmt,
    const char *fmt, ...) WUR;

/* Text of the last SQLite error, for logs. */
const char *store_errmsg(const struct store *);
/* 1 when this user may not write the database: writes are refused. */
int store_readonly(const struct store *);

/* --- copies of the database (backup.c) --- */
struct store_copy {
	int64_t		 pages;		/* pages in the copy */
	int64_t		 bytes;		/* size of the copy's file */
	int64_t		 ms;		/* time the copy took */
	int		 steps;		/* calls to sqlite3_backup_step */
	int		 restarts;	/* times a writer made it start again */
};

/*
 * Copies the open database to path, which must not exist (it is made
 * with mode 0600), with SQLite's online backup API a few pages a step:
 * writers on other connections go on meanwhile.  The copy is of one
 * moment at or after the call.
 */
int store_copy_to(struct store *, const char *path, struct store_copy *,
    char *err, size_t errsz) WUR;
/* The same from a database file opened read-only. */
int store_copy_file(const char *from, const char *path,
    struct store_copy *, char *err, size_t errsz) WUR;
/* PRAGMA integrity_check: STORE_OK with "ok" in msg, else what is
 * wrong. */
int store_integrity(struct store *, char *msg, size_t msgsz) WUR;
/* A closed copy made one self-contained file (no -wal), on disk. */
int store_seal(const char *path, char *err, size_t errsz) WUR;
/* rename(from, path) and the folder written to disk. */
int store_install(const char *from, const char *path, char *err,
    size_t errsz) WUR;
/*
 * Replaces the database target by the sealed file from (beside it), if
 * no other program has target open: STORE_BUSY when one has, and
 * nothing is changed.
 */
int store_replace(const char *target, const char *from, char *err,
    size_t errsz) WUR;
/*
 * Copies the WAL into the database and empties it, so that old versions
 * of changed pages (an erased name) are no longer in the -wal file.
 * STORE_BUSY when a reader holds it back (then they go at the next
 * checkpoint).
 */
int store_checkpoint(struct store *);

/* --- the ledger: governed rows vouched for by audit entries (ledger.c) */
#define STORE_DIGEST_HEX 65
/* Notes, on this connection, every row written to a governed table
 * (an update hook); store_open calls it for a writable database. */
int store_ledger_track(struct store *) WUR;
void store_ledger_free(struct store *);
/* Forgets the rows noted (the transaction was rolled back). */
void store_ledger_forget(struct store *);
/* Notes a row of a table without rowid (ballot_box: key is receipt). */
int store_ledger_mark(struct store *, const char *tbl, const char *key) WUR;
/* 1 when the ledger has begun (a row vouched for, an entry signed), 0
 * when not, -1 on a fault. */
int store_ledger_begun(struct store *);
/* Rows noted and not yet vouched for. */
size_t store_ledger_pending(const struct store *);
/*
 * Writes the ledger rows of audit entry seq: the digest of each row
 * noted since the last call (all: of every governed row), as it is now.
 * out: the digest of that list, for the entry's hash; *n: its rows.
 */
int store_ledger_vouch(struct store *, int64_t seq, int all,
    char out[STORE_DIGEST_HEX], int64_t *n) WUR;
/*
 * Appends to out each problem found: an entry whose list of rows was
 * altered ({seq, problem}), or a live row that differs from its latest
 * digest, has none, or is gone ({table, row, label, election?, seq?,
 * problem}).  *rows: live rows checked.
 */
int store_ledger_check(struct store *, json_t *out, int64_t *rows) WUR;

/* --- sealed ballots (ballot.c) --- */
struct store_blob {
	unsigned char	*p;		/* from malloc() */
	size_t		 n;
};
int store_ballot_seal(struct store *, int64_t election, const void *sealed,
    size_t len) WUR;
/* Every sealed ballot of the election; store_blobs_free frees. */
int store_ballot_sealed(struct store *, int64_t election,
    struct store_blob **out, size_t *n) WUR;
void store_blobs_free(struct store_blob *, size_t n);
/* Deletes the election's sealed ballots (once opened). */
int store_ballot_unsealed(struct store *, int64_t election) WUR;

#endif
