/*
 * The audit log: append-only and hash-chained.  Each entry's hash is
 * BLAKE2b (libsodium) over its own fields and the previous entry's hash,
 * so editing an entry breaks its hash, deleting one leaves a gap in the
 * sequence or a broken link, and `alliance audit verify` names which.
 * Since the ledger (ledger.c), each entry's hash also covers the digest
 * of the rows its action wrote, and is signed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core.h"
#include "core_int.h"
#include "render/json_stored.h"
#include "store/store.h"

#define HASH_HEX (crypto_generichash_BYTES * 2 + 1)
static const char genesis[HASH_HEX] =
    "0000000000000000000000000000000000000000000000000000000000000000";

/* The hash of one entry, as lower-case hex into out. */
static void
audit_hash(int64_t seq, const char *at, const char *actor,
    const char *action, const char *entity, int64_t entity_id,
    const char *detail, const char *prev, const char *vouched,
    char out[HASH_HEX])
{
	crypto_generichash_state	 st;
	unsigned char			 h[crypto_generichash_BYTES];
	char				 num[48];

	crypto_generichash_init(&st, NULL, 0, sizeof(h));
	snprintf(num, sizeof(num), "%lld\n%lld\n", (long long)seq,
	    (long long)entity_id);
	crypto_generichash_update(&st, (const unsigned char *)num,
	    strlen(num));
#define FIELD(s) do { \
	crypto_generichash_update(&st, (const unsigned char *)(s), \
	    strlen(s) + 1); \
} while (0)
	FIELD(at);
	FIELD(actor);
	FIELD(action);
	FIELD(entity);
	FIELD(detail);
	FIELD(prev);
	if (vouched != NULL)
		FIELD(vouched);
#undef FIELD
	crypto_generichash_final(&st, h, sizeof(h));
	sodium_bin2hex(out, HASH_HEX, h, sizeof(h));
}

/* Appends the entry with its detail's stored text (consumed). */
static int
audit_put(struct core *c, const char *action, const char *entity,
    int64_t id, char *text)
{
	struct rec_audit last;
	char		 hash[HASH_HEX], prev[HASH_HEX], vouched[HASH_HEX];
	char		 sig[129];
	int64_t		 seq = 1;
	int		 rc, found;

	if (text == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "could not record the "
		    "audit entry");
	if (sodium_init() < 0) {
		free(text);
		return core_fail(c, CORE_EFAULT, NULL, "libsodium failed to "
		    "start");
	}
	if ((rc = store_audit_last(c->st, &last, &found)) != STORE_OK) {
		free(text);
		return core_store_fail(c, rc, "reading the audit log");
	}
	snprintf(prev, sizeof(prev), "%s", genesis);
	if (found) {
		seq = last.seq + 1;
		snprintf(prev, sizeof(prev), "%s", last.hash != NULL ?
		    last.hash : "");
	}
	/* The rows this action wrote, as they are now. */
	rc = core_int_ledger_vouch(c, seq, found ? &last : NULL, vouched);
	rec_audit_clear(&last);
	if (rc == CORE_OK) {
		audit_hash(seq, c->now, c->actor, action, entity, id, text,
		    prev, vouched, hash);
		rc = core_int_ledger_seal(c, seq, hash, sig);
	}
	if (rc == CORE_OK && (rc = store_exec(c->st, STMT_AUDIT_INSERT,
	    "lsssslsssss", seq, c->now, c->actor, action, entity, id, text,
	    prev, hash, vouched, sig)) != STORE_OK)
		rc = core_store_fail(c, rc, "writing the audit log");
	free(text);
	return rc;
}

int
core_int_audit_problem(struct core *c, struct rec_ledger_problems *out,
    int64_t seq, const char *problem)
{
	if (rec_ledger_problem_add(out, seq, NULL, NULL, NULL, problem, 0) ==
	    0)
		return CORE_OK;
	return core_fail(c, CORE_EFAULT, NULL, "out of memory");
}

#define S(x) ((x) != NULL ? (x) : "")

int
core_int_audit_walk(struct core *c, const struct rec_audit_list *rows,
    struct rec_ledger_problems *out, int64_t *checked)
{
	struct rec_redaction_list	 red = { 0 };
	const struct rec_redaction	*v;
	const struct rec_audit		*r;
	char				 prev[HASH_HEX], hash[HASH_HEX];
	char				 msg[160];
	int64_t				 expect = 1;
	size_t				 i, k = 0;
	int				 rc;

	*checked = 0;
	if (sodium_init() < 0)
		return core_fail(c, CORE_EFAULT, NULL, "libsodium failed to "
		    "start");
	if ((rc = core_int_audit_redactions(c, &red)) != CORE_OK)
		return rc;
	snprintf(prev, sizeof(prev), "%s", genesis);
	for (i = 0; i < rows->n && rc == CORE_OK; i++) {
		r = &rows->v[i];
		if (r->seq != expect) {
			if (r->seq == expect + 1)
				snprintf(msg, sizeof(msg), "is missing "
				    "(deleted)");
			else
				snprintf(msg, sizeof(msg), "and those after it "
				    "to %lld are missing (deleted)",
				    (long long)(r->seq - 1));
			rc = core_int_audit_problem(c, out, expect, msg);
		}
		if ((r->prev_hash == NULL || strcmp(r->prev_hash, prev) != 0) &&
		    r->seq == expect && rc == CORE_OK)
			rc = core_int_audit_problem(c, out, r->seq, "does not "
			    "follow the entry before it (chain broken)");
		audit_hash(r->seq, S(r->at), S(r->actor), S(r->action),
		    S(r->entity), r->entity_id, S(r->detail), S(r->prev_hash),
		    r->vouched, hash);
		/* A name redacted (erasure, retention): its content is
		 * vouched for by a later entry, not by its hash. */
		while (k < red.n && red.v[k].seq < r->seq)	/* both by seq */
			k++;
		v = k < red.n && red.v[k].seq == r->seq ? &red.v[k] : NULL;
		if (rc != CORE_OK)
			;
		else if (v != NULL && !v->vouched)
			rc = core_int_audit_problem(c, out, r->seq, "is marked "
			    "redacted but no later entry vouches for it");
		else if (v == NULL && (r->hash == NULL || strcmp(r->hash, hash) !=
		    0))
			rc = core_int_audit_problem(c, out, r->seq, "was "
			    "edited: its content no longer matches its hash");
		snprintf(prev, sizeof(prev), "%s", S(r->hash));
		expect = r->seq + 1;
		(*checked)++;
	}
	rec_redaction_list_free(&red);
	return rc;
}

int
core_audit_verify(struct core *c, struct rec_ledger_problems *out,
    int64_t *checked)
{
	struct rec_audit_list	 rows;
	int64_t			 nrows;
	int			 rc;

	*checked = 0;
	memset(out, 0, sizeof(*out));
	if ((rc = core_audit_list(c, &rows)) != CORE_OK)
		return rc;
	if ((rc = core_int_audit_walk(c, &rows, out, checked)) == CORE_OK)
		rc = core_int_ledger_verify(c, &rows, out, &nrows);
	rec_audit_list_free(&rows);
	if (rc != CORE_OK)
		rec_ledger_problems_free(out);
	return rc;
}

int
core_audit_list(struct core *c, struct rec_audit_list *out)
{
	int rc = store_audit_all(c->st, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the audit log");
}

int
core_audited(struct core *c, int rc, const char *doing,
    const char *action, const char *entity, int64_t id, const char *fmt,
    ...)
{
	char	*text;
	va_list	 ap;

	if (rc != STORE_OK)
		return core_store_fail(c, rc, doing);
	va_start(ap, fmt);
	text = json_stored_detail(fmt, ap);
	va_end(ap);
	return audit_put(c, action, entity, id, text);
}

int
core_audit_text(struct core *c, const char *action, const char *entity,
    int64_t id, const char *key, const char *json)
{
	return audit_put(c, action, entity, id,
	    json_stored_detail_with(key, json));
}
