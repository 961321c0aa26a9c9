/*
 * Sealed ballots (migration 16): written at the vote, read and deleted
 * at the count, by the statements of src/store/sql/ballot.sql.  What
 * they hold is opaque here; core/ballot_box.c seals and opens them.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "colmap.h"
#include "store.h"
#include "store_int.h"

/* A blob column as a struct store_blob (one byte more, for a NUL). */
static int
blob_read(sqlite3_stmt *q, int i, void *field)
{
	struct store_blob	*b = field;
	const void		*p = sqlite3_column_blob(q, i);
	int			 len = sqlite3_column_bytes(q, i);

	if ((b->p = malloc((size_t)len + 1)) == NULL)
		return -1;
	if (len > 0)
		memcpy(b->p, p, (size_t)len);
	b->n = (size_t)len;
	return 0;
}

static void
blob_clear(void *field)
{
	free(((struct store_blob *)field)->p);
}

static const struct col_reader blob_rd = { blob_read, blob_clear };

/* STMT_BALLOT_SEALED: each record is the blob alone. */
static const struct col sealed_cols[] = {
	{ C_READ, 0, "sealed", &blob_rd },
};
static const struct map sealed_map = MAP_OF(struct store_blob, sealed_cols);

enum store_err
store_ballot_seal(struct store *s, int64_t election, const void *sealed,
    size_t len)
{
	return store_exec(s, STMT_BALLOT_SEAL, "lb", election, sealed, len);
}

void
store_blobs_free(struct store_blob *v, size_t n)
{
	store_map_list_free(&sealed_map, v, n);
}

enum store_err
store_ballot_sealed(struct store *s, int64_t election,
    struct store_blob **out, size_t *n)
{
	return store_map_rows(store_int_query(s, STMT_BALLOT_SEALED, "l",
	    election), &sealed_map, out, n, 0);
}

enum store_err
store_ballot_unsealed(struct store *s, int64_t election)
{
	return store_exec(s, STMT_BALLOT_UNSEAL, "l", election);
}

static const struct map_check checks[] = {
	{ STMT_BALLOT_SEALED, &sealed_map },
};

const struct map_checks store_ballot_maps = MAP_CHECKS(checks);
