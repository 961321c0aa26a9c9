/*
 * Sealed ballots (migration 16): written at the vote, read and deleted
 * at the count.  What they hold is opaque here; core/ballot_box.c seals
 * and opens them.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"
#include "store_int.h"

enum store_err
store_ballot_seal(struct store *s, int64_t election, const void *sealed,
    size_t len)
{
	sqlite3_stmt	*q;
	int		 rc;

	if (sqlite3_prepare_v2(s->db, "INSERT INTO ballot_sealed "
	    "(election_id, sealed) VALUES (?, ?)", -1, &q, NULL) != SQLITE_OK)
		return STORE_ERROR;
	sqlite3_bind_int64(q, 1, election);
	sqlite3_bind_blob(q, 2, sealed, (int)len, SQLITE_STATIC);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}

void
store_blobs_free(struct store_blob *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++)
		free(v[i].p);
	free(v);
}

enum store_err
store_ballot_sealed(struct store *s, int64_t election,
    struct store_blob **out, size_t *n)
{
	struct store_blob	*v = NULL, *nv;
	sqlite3_stmt		*q;
	size_t			 cap = 0;
	int			 rc, len;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT sealed FROM ballot_sealed "
	    "WHERE election_id = ?", -1, &q, NULL) != SQLITE_OK)
		return STORE_ERROR;
	sqlite3_bind_int64(q, 1, election);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			if ((nv = reallocarray(v, cap, sizeof(*v))) == NULL)
				break;
			v = nv;
		}
		len = sqlite3_column_bytes(q, 0);
		if ((v[*n].p = malloc((size_t)len + 1)) == NULL)
			break;
		memcpy(v[*n].p, sqlite3_column_blob(q, 0), (size_t)len);
		v[(*n)++].n = (size_t)len;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE) {
		store_blobs_free(v, *n);
		*n = 0;
		return STORE_ERROR;
	}
	*out = v;
	return STORE_OK;
}

enum store_err
store_ballot_unsealed(struct store *s, int64_t election)
{
	sqlite3_stmt	*q;
	int		 rc;

	if (sqlite3_prepare_v2(s->db, "DELETE FROM ballot_sealed WHERE "
	    "election_id = ?", -1, &q, NULL) != SQLITE_OK)
		return STORE_ERROR;
	sqlite3_bind_int64(q, 1, election);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}
