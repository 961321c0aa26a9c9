/*
 * store: the only module that knows SQL.  Every statement is fixed at
 * build time: written in a file of src/store/sql/ under its name STMT_X,
 * built into the program by scripts/sql.sh and named by enum stmt;
 * parameters are bound, never printed into the text.
 */
#ifndef STORE_H
#define STORE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define WUR __attribute__((warn_unused_result))

/*
 * The store's own codes, apart from core's (enum core_err): a store code
 * never stands for a core one.  Core maps each with core_store_fail();
 * the values do not overlap core's, so one that slips through unmapped
 * reads as a fault, never as a user's mistake or "not found".
 */
enum store_err {
	STORE_OK = 0,
	STORE_CONSTRAINT = 100,	/* a UNIQUE / CHECK / FOREIGN KEY said no */
	STORE_BUSY,		/* another process holds the database */
	STORE_ERROR		/* anything else: a fault, not a user mistake */
};

/* enum stmt: STMT_X for each statement of src/store/sql/ (generated). */
#include "stmts.h"

struct store;

/*
 * Opens (create != 0: creates) the database at path, turns on foreign
 * keys, WAL and synchronous=FULL, and applies pending migrations in one
 * exclusive transaction.  On failure returns non-OK and writes a
 * one-line reason into err.  *out is from malloc(); store_close() frees.
 */
enum store_err store_open(const char *path, int create, struct store **out,
    char *err, size_t errsz) WUR;
void store_close(struct store *);

/*
 * Prepares every statement of src/store/sql/ on this connection (they
 * stay prepared for use) and checks that each is one statement taking
 * the parameters its annotation declares.  STORE_OK, or STORE_ERROR
 * with the first fault, "file:line: STMT_X: what", in err.
 */
enum store_err store_selftest(struct store *, char *err, size_t errsz) WUR;

enum store_err store_begin(struct store *) WUR;	/* BEGIN IMMEDIATE */
/* The same without waiting: STORE_BUSY at once while another holds the
 * write lock (store_begin waits up to STORE_BUSY_MS for it). */
enum store_err store_begin_now(struct store *) WUR;
#define STORE_BUSY_MS	3000
/* BEGIN (a snapshot) */
enum store_err store_begin_read(struct store *) WUR;
enum store_err store_commit(struct store *) WUR;
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
enum store_err store_savepoint(struct store *, struct store_savepoint *)
    WUR;
enum store_err store_savepoint_end(struct store *,
    const struct store_savepoint *, int keep) WUR;

/*
 * Runs a statement to completion.  fmt names the parameters in order:
 * 's' const char * (NULL binds NULL), 'i' int, 'l' int64_t,
 * 'n' int64_t id where 0 binds NULL, 'b' a blob: const void *, size_t.
 */
enum store_err store_exec(struct store *, enum stmt, const char *fmt, ...) WUR;
int64_t store_last_id(const struct store *);
int store_changes(const struct store *);
/*
 * *out: a number that changes whenever the database does, by this
 * connection or any other (process); equal numbers mean the same data.
 * Only comparable with numbers from the same connection.
 */
enum store_err store_version(struct store *, uint64_t *out) WUR;
/*
 * As store_version, but this connection's own changes count only
 * outside the tables a ballot, a sign-in and the audit log write
 * (ledger_prior.c): equal numbers mean the same arrangement, the same
 * constitution and the same memberships, for core_use.
 */
enum store_err store_use_version(struct store *, uint64_t *out) WUR;
/*
 * The database's WAL index as SQLite maps it for this connection, for
 * store_stamp(); NULL when the database is not in WAL mode.  Valid
 * while the connection is open; call it outside a transaction.
 */
const void *store_watch(struct store *);
/*
 * A stamp of the data read without a lock or a system call from the
 * WAL index watch (store_watch): equal stamps mean nothing was
 * committed between them, by any connection or process; a snapshot
 * taken after the stamp was read holds at least what it stamps.  0 when
 * unknown (no watch, or a commit being published): ask store_version.
 */
uint64_t store_stamp(const void *watch);

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
enum store_err store_copy_to(struct store *, const char *path,
    struct store_copy *, char *err, size_t errsz) WUR;
/* The same from a database file opened read-only. */
enum store_err store_copy_file(const char *from, const char *path,
    struct store_copy *, char *err, size_t errsz) WUR;
/* PRAGMA integrity_check: STORE_OK with "ok" in msg, else what is
 * wrong. */
enum store_err store_integrity(struct store *, char *msg, size_t msgsz) WUR;
/* A closed copy made one self-contained file (no -wal), on disk. */
enum store_err store_seal(const char *path, char *err, size_t errsz) WUR;
/* rename(from, path) and the folder written to disk. */
enum store_err store_install(const char *from, const char *path, char *err,
    size_t errsz) WUR;
/*
 * Replaces the database target by the sealed file from (beside it), if
 * no other program has target open: STORE_BUSY when one has, and
 * nothing is changed.
 */
enum store_err store_replace(const char *target, const char *from, char *err,
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
enum store_err store_ledger_track(struct store *) WUR;
void store_ledger_free(struct store *);
/* Forgets the rows noted (the transaction was rolled back). */
void store_ledger_forget(struct store *);
/* Notes a row of a table without rowid (ballot_box: key is receipt). */
enum store_err store_ledger_mark(struct store *, const char *tbl,
    const char *key) WUR;
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
enum store_err store_ledger_vouch(struct store *, int64_t seq, int all,
    char out[STORE_DIGEST_HEX], int64_t *n) WUR;
/*
 * Appends to out each problem found: an entry whose list of rows was
 * altered ({seq, problem}), or a live row that differs from its latest
 * digest, has none, or is gone ({table, row, label, election?, seq?,
 * problem}).  *rows: live rows checked.
 */
struct rec_ledger_problems;
enum store_err store_ledger_check(struct store *,
    struct rec_ledger_problems *out, int64_t *rows) WUR;

/* --- the audit log as typed records (audit.c, rec_audit.h) --- */
struct rec_audit;
struct rec_audit_list;
/* Every entry, oldest first. */
enum store_err store_audit_all(struct store *, struct rec_audit_list *) WUR;
/* The head's seq, hash, vouched and sig; *found 0 for an empty log. */
enum store_err store_audit_last(struct store *, struct rec_audit *,
    int *found) WUR;

/* Grows the array *v of *n elements of size sz by one zeroed element
 * and returns it; NULL for no memory (the array is kept): the one
 * helper for core's typed lists too (store_int_grow). */
void *store_grow(void **v, size_t *n, size_t sz);

/* --- the outbox as typed records (mail.c, rec_mail.h) --- */
struct rec_mail;
struct rec_mail_list;
struct rec_recipient_list;
/* Messages to try at now, oldest first (at most 100). */
enum store_err store_mail_due(struct store *, const char *now,
    struct rec_mail_list *) WUR;
/* The outbox, of one status ("": all). */
enum store_err store_mail_list(struct store *, const char *status,
    struct rec_mail_list *) WUR;
/* Messages held for the digest, by recipient (arr 0: every one's). */
enum store_err store_mail_held(struct store *, int64_t arr,
    struct rec_mail_list *) WUR;
/* One message, every column; *found 0 when there is none. */
enum store_err store_mail_get(struct store *, int64_t id, struct rec_mail *,
    int *found) WUR;
/* The people of a group's members in good standing (no_associates: of
 * its full members only), and of an organisation with its own address. */
enum store_err store_mail_group_contacts(struct store *, int64_t group,
    int no_associates, struct rec_recipient_list *) WUR;
enum store_err store_mail_org_contacts(struct store *, int64_t org,
    struct rec_recipient_list *) WUR;
/* The person with this address and their choice of news. */
enum store_err store_mail_news_choice(struct store *, const char *email,
    int64_t *person, int *choice, int *found) WUR;
/* *sent 1 when a message with this once key went to anyone. */
enum store_err store_mail_once_sent(struct store *, const char *once,
    int *sent) WUR;
/* The polls (ballots 0) or ballots open at now in a group, with whether
 * org has voted in each, the soonest to close first. */
struct rec_open_vote_list;
enum store_err store_open_votes(struct store *, int ballots, int64_t group,
    int64_t org, const char *now, struct rec_open_vote_list *) WUR;

/* --- sealed ballots (ballot.c) --- */
struct store_blob {
	unsigned char	*p;		/* from malloc() */
	size_t		 n;
};
enum store_err store_ballot_seal(struct store *, int64_t election,
    const void *sealed, size_t len) WUR;
/* Every sealed ballot of the election; store_blobs_free frees. */
enum store_err store_ballot_sealed(struct store *, int64_t election,
    struct store_blob **out, size_t *n) WUR;
void store_blobs_free(struct store_blob *, size_t n);
/* Deletes the election's sealed ballots (once opened). */
enum store_err store_ballot_unsealed(struct store *, int64_t election) WUR;

#endif
