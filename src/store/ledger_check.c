/*
 * `audit verify`'s look at the rows: each entry's list of rows against
 * the ledger rows kept in its name, and every live governed row against
 * the latest digest vouched for it (ledger.c keeps them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>
#include <sqlite3.h>

#include "rec_audit.h"
#include "store.h"
#include "store_int.h"
#include "ledger_int.h"

static int
ledger_problem(struct rec_ledger_problems *out, const char *tbl,
    const char *row, const char *label, int64_t election, int64_t seq,
    const char *problem)
{
	return rec_ledger_problem_add(out, seq, tbl, row, label, problem,
	    election) == 0 ? STORE_OK : STORE_ERROR;
}

/* Steps q past the ledger rows of entry seq, which is not in the
 * audit log, and says so. */
static int
ledger_orphans(sqlite3_stmt *q, int *lrc, int64_t seq,
    struct rec_ledger_problems *out)
{
	char	msg[160];
	int64_t	n;

	for (n = 0; *lrc == SQLITE_ROW && sqlite3_column_int64(q, 0) == seq;
	    n++)
		*lrc = sqlite3_step(q);
	snprintf(msg, sizeof(msg), "is missing, yet %lld row(s) are vouched "
	    "for in its name", (long long)n);
	return ledger_problem(out, NULL, NULL, NULL, 0, seq, msg);
}

/* The entries' own lists: each entry's vouched digest against the
 * ledger rows kept in its name. */
static int
ledger_check_lists(struct store *s, struct rec_ledger_problems *out)
{
	crypto_generichash_state	 st;
	sqlite3_stmt			*a = NULL, *q = NULL;
	char				 hex[STORE_DIGEST_HEX];
	int64_t				 seq, lseq, n;
	int				 rc, lrc, prc = STORE_OK;
	const char			*vouched;

	if (sqlite3_prepare_v2(s->db, "SELECT seq, vouched FROM audit "
	    "ORDER BY seq", -1, &a, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "SELECT seq, tbl, row, digest, prior "
	    "FROM ledger_row ORDER BY seq, tbl, row", -1, &q, NULL) !=
	    SQLITE_OK) {
		sqlite3_finalize(a);
		return STORE_ERROR;
	}
	lrc = sqlite3_step(q);
	while (prc == STORE_OK && (rc = sqlite3_step(a)) == SQLITE_ROW) {
		seq = sqlite3_column_int64(a, 0);
		vouched = (const char *)sqlite3_column_text(a, 1);
		/* Rows in the name of an entry that is not there. */
		while (prc == STORE_OK && lrc == SQLITE_ROW &&
		    (lseq = sqlite3_column_int64(q, 0)) < seq)
			prc = ledger_orphans(q, &lrc, lseq, out);
		/* An entry from before the ledger vouches for nothing. */
		if (vouched == NULL && (lrc != SQLITE_ROW ||
		    sqlite3_column_int64(q, 0) != seq))
			continue;
		crypto_generichash_init(&st, NULL, 0, 32);
		for (n = 0; lrc == SQLITE_ROW &&
		    sqlite3_column_int64(q, 0) == seq; n++) {
			ledger_list_add(&st, (const char *)
			    sqlite3_column_text(q, 1), (const char *)
			    sqlite3_column_text(q, 2), (const char *)
			    sqlite3_column_text(q, 3), (const char *)
			    sqlite3_column_text(q, 4));
			lrc = sqlite3_step(q);
		}
		ledger_list_end(&st, n, hex);
		if (vouched == NULL || strcmp(hex, vouched) != 0)
			prc = ledger_problem(out, NULL, NULL, NULL, 0, seq,
			    "vouches for rows whose record in the ledger was "
			    "altered (a digest edited, added or removed)");
	}
	while (prc == STORE_OK && lrc == SQLITE_ROW)
		prc = ledger_orphans(q, &lrc, sqlite3_column_int64(q, 0), out);
	sqlite3_finalize(a);
	sqlite3_finalize(q);
	if (prc != STORE_OK)
		return prc;
	return rc == SQLITE_DONE && lrc == SQLITE_DONE ? STORE_OK :
	    STORE_ERROR;
}

/* The latest digest vouched for one row, in (tbl, row) order. */
struct ledger_latest {
	char		*tbl, *row, *digest;	/* digest NULL: deleted */
	int64_t		 seq;
	int		 seen;			/* a live row has it */
};
struct ledger_latest_list {
	struct ledger_latest	*v;
	size_t			 n;
};

static void
ledger_latest_free(struct ledger_latest_list *l)
{
	size_t i;

	for (i = 0; l->v != NULL && i < l->n; i++) {
		free(l->v[i].tbl);
		free(l->v[i].row);
		free(l->v[i].digest);
	}
	free(l->v);
}

static int
ledger_latest_row(sqlite3_stmt *q, void *arg)
{
	struct ledger_latest_list	*l = arg;
	struct ledger_latest		*e;
	int				 nomem = 0;

	if ((e = store_int_grow((void **)&l->v, &l->n, sizeof(*e))) == NULL)
		return -1;
	e->tbl = store_int_text(q, 0, &nomem);
	e->row = store_int_text(q, 1, &nomem);
	e->digest = store_int_text(q, 2, &nomem);
	e->seq = sqlite3_column_int64(q, 3);
	return nomem || e->tbl == NULL || e->row == NULL ? -1 : 0;
}

static int
ledger_latest(struct store *s, struct ledger_latest_list *out)
{
	sqlite3_stmt	*q;
	int		 rc;

	/* BINARY collation: the order strcmp() searches in. */
	if (sqlite3_prepare_v2(s->db, "SELECT tbl, row, digest, max(seq) "
	    "FROM ledger_row GROUP BY tbl, row ORDER BY tbl, row", -1, &q,
	    NULL) != SQLITE_OK)
		return STORE_ERROR;
	rc = store_int_each(q, ledger_latest_row, out);
	sqlite3_finalize(q);
	return rc;
}

static struct ledger_latest *
ledger_latest_find(struct ledger_latest_list *l, const char *tbl,
    const char *row)
{
	size_t	lo = 0, hi = l->n, mid;
	int	c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(l->v[mid].tbl, tbl)) == 0)
			c = strcmp(l->v[mid].row, row);
		if (c == 0)
			return &l->v[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Every live row of table t against its latest digest. */
static int
ledger_check_table(struct store *s, int t, struct ledger_latest_list *latest,
    struct rec_ledger_problems *out, int64_t *rows)
{
	sqlite3_stmt		*q;
	struct ledger_latest	*v;
	const char		*key, *label, *tbl = ledger_tbl_name(t);
	char			 digest[STORE_DIGEST_HEX];
	int64_t			 elec;
	int			 rc, prc = STORE_OK;

	if (sqlite3_prepare_v2(s->db, ledger_tbl_all(t), -1, &q, NULL) !=
	    SQLITE_OK)
		return STORE_ERROR;
	while (prc == STORE_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		key = (const char *)sqlite3_column_text(q, 0);
		label = (const char *)sqlite3_column_text(q, 1);
		elec = sqlite3_column_int64(q, 2);
		ledger_row_digest(tbl, key, q, digest);
		(*rows)++;
		if ((v = ledger_latest_find(latest, tbl, key)) == NULL) {
			prc = ledger_problem(out, tbl, key, label, elec, 0,
			    "was inserted outside the program: no audit entry "
			    "vouches for it");
			continue;
		}
		v->seen = 1;
		if (v->digest == NULL)
			prc = ledger_problem(out, tbl, key, label, elec, v->seq,
			    "was put back outside the program: the audit entry "
			    "vouching for it last recorded it deleted");
		else if (strcmp(v->digest, digest) != 0)
			prc = ledger_problem(out, tbl, key, label, elec, v->seq,
			    "was changed outside the program: it no longer "
			    "matches what its audit entry vouched for");
	}
	sqlite3_finalize(q);
	if (prc != STORE_OK)
		return prc;
	return rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}

/* Rows the program rewrote after they were altered outside it. */
static int
ledger_check_prior(struct store *s, struct rec_ledger_problems *out)
{
	sqlite3_stmt	*q;
	int		 rc, prc = STORE_OK;

	if (sqlite3_prepare_v2(s->db, "SELECT seq, tbl, row FROM ledger_row "
	    "WHERE prior IS NOT NULL ORDER BY seq", -1, &q, NULL) != SQLITE_OK)
		return STORE_ERROR;
	while (prc == STORE_OK && (rc = sqlite3_step(q)) == SQLITE_ROW)
		prc = ledger_problem(out, (const char *)sqlite3_column_text(q,
		    1), (const char *)sqlite3_column_text(q, 2), NULL, 0,
		    sqlite3_column_int64(q, 0), "had been changed outside the "
		    "program when its audit entry rewrote it: what it held "
		    "then was not what the log vouched for");
	sqlite3_finalize(q);
	if (prc != STORE_OK)
		return prc;
	return rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}

enum store_err
store_ledger_check(struct store *s, struct rec_ledger_problems *out,
    int64_t *rows)
{
	struct ledger_latest_list	 latest = { NULL, 0 };
	size_t				 i;
	int				 t, rc;

	*rows = 0;
	if (sodium_init() < 0 || (rc = ledger_check_lists(s, out)) !=
	    STORE_OK || (rc = ledger_check_prior(s, out)) != STORE_OK ||
	    (rc = ledger_latest(s, &latest)) != STORE_OK) {
		ledger_latest_free(&latest);
		return STORE_ERROR;
	}
	for (t = 0; t < LEDGER_NTBL && rc == STORE_OK; t++)
		if (!ledger_adopting(s, t))
			rc = ledger_check_table(s, t, &latest, out, rows);
	/* What is left was vouched for and is gone. */
	for (i = 0; rc == STORE_OK && i < latest.n; i++)
		if (!latest.v[i].seen && latest.v[i].digest != NULL)
			rc = ledger_problem(out, latest.v[i].tbl,
			    latest.v[i].row, NULL, 0, latest.v[i].seq, "was "
			    "deleted outside the program: its audit entry "
			    "vouched for it");
	ledger_latest_free(&latest);
	return rc;
}
