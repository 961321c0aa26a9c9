/*
 * The ledger's parts shared by store/ledger.c and store/ledger_prior.c
 * only.
 */
#ifndef LEDGER_INT_H
#define LEDGER_INT_H

#include <stdint.h>

#include <sodium.h>
#include <sqlite3.h>

#define LEDGER_NTBL	34	/* governed tables (ledger.c's tbls[]) */
#define LEDGER_MAXCOL	24	/* the most columns vouched of one */

/* A row written since the last vouching. */
struct ledger_mark {
	int		 tbl;		/* index in tbls */
	char		 key[40];
};

/* What a row held before this program's first change to it since the
 * last vouching ("": it was inserted then). */
struct ledger_before {
	int		 tbl;
	char		 key[40];
	char		 digest[68];
};

struct store_ledger {
	struct ledger_mark	*v;	/* from malloc() */
	size_t			 n, cap;
	struct ledger_before	*b;	/* from malloc() */
	size_t			 nb, capb;
	int			 lost;	/* a mark could not be kept */
	int			 adopted; /* ledger_adopt seen empty */
	/* Where each vouched column is in its table, for the old values
	 * the pre-update hook gives; -1: the key is the rowid. */
	int			 cid[LEDGER_NTBL][LEDGER_MAXCOL];
	int			 ncol[LEDGER_NTBL];
	int			 keycid[LEDGER_NTBL];
	sqlite3_stmt		*one[LEDGER_NTBL];
	sqlite3_stmt		*ins;
	sqlite3_stmt		*latest;
	/* Rows changed by this connection outside the tables written by
	 * ballots, sign-ins and the audit log (store_use_version). */
	uint64_t		 use_changes;
};

int ledger_tbl_index(const char *name);
const char *ledger_tbl_name(int);
int ledger_tbl_rowid(int);
const char *ledger_tbl_one(int);
const char *ledger_tbl_all(int);
/* The digest of one row of q (ledger_tbl_all's): its columns from 3 on. */
void ledger_row_digest(const char *tbl, const char *key, sqlite3_stmt *q,
    char out[65]);
/* One line of an entry's list of rows into st, and its end. */
void ledger_list_add(crypto_generichash_state *st, const char *tbl,
    const char *row, const char *digest, const char *prior);
void ledger_list_end(crypto_generichash_state *st, int64_t n, char out[65]);
/* 1 when table t is still to be adopted (migration 18): not governed
 * yet. */
int ledger_adopting(struct store *, int t);
void ledger_digest(const char *tbl, const char *key,
    sqlite3_value *const *v, int n, char out[65]);
/* Maps the columns and sets the pre-update hook. */
int ledger_prior_track(struct store *);
/*
 * *altered = 1, and out names it, when the row (tbl, key) held, before
 * this program's first change to it since the last vouching, something
 * the ledger did not vouch for: it had been altered outside the program.
 */
int ledger_prior(struct store *, int tbl, const char *key, char out[80],
    int *altered);

#endif
