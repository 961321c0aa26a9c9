/*
 * Rows altered outside the program and then rewritten by it.  An
 * action that changes a governed row vouches for its new state; had the
 * row been edited outside the program before that, the edit would be
 * vouched for too.  So SQLite's pre-update hook digests what each row
 * held before the program's first change to it, and the vouching
 * compares that with the latest digest in the ledger: a difference is
 * kept in the new ledger row (prior), which `audit verify` names.
 */
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"
#include "store_int.h"
#include "ledger_int.h"

static void
prior_add(struct store_ledger *l, int tbl, const char *key,
    const char *digest)
{
	struct ledger_before	*b;
	size_t			 i, cap;

	/* The first change since the last vouching is the one that
	 * counts: later ones start from the program's own. */
	for (i = 0; i < l->nb; i++)
		if (l->b[i].tbl == tbl && strcmp(l->b[i].key, key) == 0)
			return;
	if (l->nb == l->capb) {
		cap = l->capb == 0 ? 32 : l->capb * 2;
		if ((b = reallocarray(l->b, cap, sizeof(*b))) == NULL) {
			l->lost = 1;
			return;
		}
		l->b = b;
		l->capb = cap;
	}
	l->b[l->nb].tbl = tbl;
	snprintf(l->b[l->nb].key, sizeof(l->b[l->nb].key), "%s", key);
	snprintf(l->b[l->nb].digest, sizeof(l->b[l->nb].digest), "%s", digest);
	l->nb++;
}

/*
 * Tables whose rows nothing read for the arrangement in use (its row,
 * its constitution, the memberships settled by date) comes from: what
 * a ballot, a sign-in or a page view writes.  A change to any other
 * table counts (store_use_version); a table missing here costs only a
 * read again.
 */
static const char *const use_ignores[] = {
	"audit", "ledger_row", "motion_vote", "ballot_voter",
	"ballot_sealed", "session",
};

static int
use_ignored(const char *table)
{
	size_t i;

	for (i = 0; i < sizeof(use_ignores) / sizeof(use_ignores[0]); i++)
		if (strcmp(table, use_ignores[i]) == 0)
			return 1;
	return 0;
}

/* SQLite's pre-update hook: the old values digested, no SQL. */
static void
prior_hook(void *arg, sqlite3 *db, int op, const char *zdb,
    const char *table, sqlite3_int64 key1, sqlite3_int64 key2)
{
	struct store_ledger	*l = arg;
	sqlite3_value		*v[LEDGER_MAXCOL], *kv;
	char			 key[40], digest[68];
	int			 t, i;

	(void)key2;
	if (strcmp(zdb, "main") != 0 || !use_ignored(table))
		l->use_changes++;
	if (strcmp(zdb, "main") != 0 || (t = ledger_tbl_index(table)) < 0 ||
	    l->ncol[t] <= 0)
		return;
	if (ledger_tbl_rowid(t))
		snprintf(key, sizeof(key), "%lld", (long long)key1);
	else if (op == SQLITE_INSERT ? sqlite3_preupdate_new(db,
	    l->keycid[t], &kv) != SQLITE_OK : sqlite3_preupdate_old(db,
	    l->keycid[t], &kv) != SQLITE_OK)
		return;
	else
		snprintf(key, sizeof(key), "%s", sqlite3_value_text(kv));
	if (op == SQLITE_INSERT) {
		prior_add(l, t, key, "");
		return;
	}
	for (i = 0; i < l->ncol[t]; i++)
		if (sqlite3_preupdate_old(db, l->cid[t][i], &v[i]) !=
		    SQLITE_OK)
			return;
	ledger_digest(ledger_tbl_name(t), key, v, l->ncol[t], digest);
	prior_add(l, t, key, digest);
}

/* The column number of name in table t, or -1. */
static int
prior_cid(struct store *s, int t, const char *name)
{
	sqlite3_stmt	*q;
	int		 cid = -1;

	if (sqlite3_prepare_v2(s->db, "SELECT cid FROM pragma_table_info(?) "
	    "WHERE name = ?", -1, &q, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(q, 1, ledger_tbl_name(t), -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, name, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(q) == SQLITE_ROW)
		cid = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	return cid;
}

int
ledger_prior_track(struct store *s)
{
	struct store_ledger	*l = s->ledger;
	sqlite3_stmt		*q;
	int			 t, i, n;

	for (t = 0; t < LEDGER_NTBL; t++) {
		if (sqlite3_prepare_v2(s->db, ledger_tbl_one(t), -1, &q,
		    NULL) != SQLITE_OK)
			return STORE_ERROR;
		n = sqlite3_column_count(q) - 3;
		for (i = 0; i < n && i < LEDGER_MAXCOL; i++)
			l->cid[t][i] = prior_cid(s, t,
			    sqlite3_column_name(q, i + 3));
		sqlite3_finalize(q);
		l->ncol[t] = i;
		for (i = 0; i < l->ncol[t]; i++)
			if (l->cid[t][i] < 0)
				l->ncol[t] = 0;
		l->keycid[t] = ledger_tbl_rowid(t) ? -1 :
		    prior_cid(s, t, "receipt");
	}
	sqlite3_preupdate_hook(s->db, prior_hook, l);
	return STORE_OK;
}

int
ledger_prior(struct store *s, int tbl, const char *key, char out[80],
    int *altered)
{
	struct store_ledger	*l = s->ledger;
	const char		*d;
	size_t			 i;
	int			 rc;

	*altered = 0;
	for (i = 0; i < l->nb; i++)
		if (l->b[i].tbl == tbl && strcmp(l->b[i].key, key) == 0)
			break;
	/* Not changed before (or inserted) by this program here. */
	if (i == l->nb || l->b[i].digest[0] == '\0')
		return STORE_OK;
	if (l->latest == NULL && sqlite3_prepare_v3(s->db, "SELECT digest "
	    "FROM ledger_row WHERE tbl = ? AND row = ? ORDER BY seq DESC "
	    "LIMIT 1", -1, SQLITE_PREPARE_PERSISTENT, &l->latest, NULL) !=
	    SQLITE_OK)
		return STORE_ERROR;
	sqlite3_reset(l->latest);
	sqlite3_bind_text(l->latest, 1, ledger_tbl_name(tbl), -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(l->latest, 2, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(l->latest);
	d = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(l->latest,
	    0) : NULL;
	if (rc == SQLITE_ROW && d != NULL && strcmp(d, l->b[i].digest) == 0)
		;
	else if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
		*altered = 1;
		snprintf(out, 80, "%s", l->b[i].digest);
	}
	sqlite3_reset(l->latest);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}
