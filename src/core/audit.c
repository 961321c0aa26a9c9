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

int
core_audit(struct core *c, const char *action, const char *entity,
    int64_t id, json_t *detail)
{
	json_t	*last = NULL;
	char	*text, hash[HASH_HEX], prev[HASH_HEX], vouched[HASH_HEX];
	char	 sig[129];
	int64_t	 seq = 1;
	int	 rc;

	if (sodium_init() < 0)
		return core_fail(c, CORE_EFAULT, NULL, "libsodium failed to "
		    "start");
	if ((rc = store_row(c->st, &last, STMT_AUDIT_LAST, "")) != STORE_OK)
		return core_store_fail(c, rc, "reading the audit log");
	snprintf(prev, sizeof(prev), "%s", genesis);
	if (last != NULL) {
		seq = jint(last, "seq") + 1;
		snprintf(prev, sizeof(prev), "%s", jstr(last, "hash"));
	}
	/* The rows this action wrote, as they are now. */
	rc = core_int_ledger_vouch(c, seq, last, vouched);
	json_decref(last);
	if (rc != CORE_OK)
		return rc;
	text = detail != NULL ? json_dumps(detail, JSON_COMPACT |
	    JSON_SORT_KEYS) : strdup("{}");
	if (text == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	audit_hash(seq, c->now, c->actor, action, entity, id, text, prev,
	    vouched, hash);
	if ((rc = core_int_ledger_sign(c, seq, hash, sig)) != CORE_OK) {
		free(text);
		return rc;
	}
	rc = store_exec(c->st, STMT_AUDIT_INSERT, "lsssslsssss", seq, c->now,
	    c->actor, action, entity, id, text, prev, hash, vouched, sig);
	free(text);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "writing the audit log");
}

static void
audit_problem(json_t *out, int64_t seq, const char *problem)
{
	json_array_append_new(out, json_pack("{s:I, s:s}", "seq",
	    (json_int_t)seq, "problem", problem));
}

int
core_int_audit_walk(struct core *c, const json_t *rows, json_t *out,
    int64_t *checked)
{
	struct rec_redaction_list red = { 0 };
	const struct rec_redaction *v;
	json_t		*r;
	char		 prev[HASH_HEX], hash[HASH_HEX], msg[160];
	const char	*ph, *h;
	int64_t		 expect = 1, seq;
	size_t		 i, k = 0;
	int		 rc;

	*checked = 0;
	if (sodium_init() < 0)
		return core_fail(c, CORE_EFAULT, NULL, "libsodium failed to "
		    "start");
	if ((rc = core_int_audit_redactions(c, &red)) != CORE_OK)
		return rc;
	snprintf(prev, sizeof(prev), "%s", genesis);
	json_array_foreach(rows, i, r) {
		seq = jint(r, "seq");
		if (seq != expect) {
			if (seq == expect + 1)
				snprintf(msg, sizeof(msg), "is missing "
				    "(deleted)");
			else
				snprintf(msg, sizeof(msg), "and those after it "
				    "to %lld are missing (deleted)",
				    (long long)(seq - 1));
			audit_problem(out, expect, msg);
		}
		ph = jstr(r, "prev_hash");
		h = jstr(r, "hash");
		if (ph == NULL || strcmp(ph, prev) != 0) {
			if (seq == expect)
				audit_problem(out, seq, "does not follow "
				    "the entry before it (chain broken)");
		}
		audit_hash(seq, jstr(r, "at"), jstr(r, "actor"),
		    jstr(r, "action"), jstr(r, "entity"),
		    jint(r, "entity_id"), jstr(r, "detail"),
		    ph != NULL ? ph : "", jstr(r, "vouched"), hash);
		/* A name redacted (erasure, retention): its content is
		 * vouched for by a later entry, not by its hash. */
		while (k < red.n && red.v[k].seq < seq)	/* both by seq */
			k++;
		v = k < red.n && red.v[k].seq == seq ? &red.v[k] : NULL;
		if (v != NULL && !v->vouched)
			audit_problem(out, seq, "is marked redacted but no "
			    "later entry vouches for it");
		else if (v == NULL && (h == NULL || strcmp(h, hash) != 0))
			audit_problem(out, seq, "was edited: its content no "
			    "longer matches its hash");
		snprintf(prev, sizeof(prev), "%s", h != NULL ? h : "");
		expect = seq + 1;
		(*checked)++;
	}
	rec_redaction_list_free(&red);
	return CORE_OK;
}

int
core_audit_verify(struct core *c, json_t **out, int64_t *checked)
{
	json_t	*rows = NULL;
	int64_t	 nrows;
	int	 rc;

	*checked = 0;
	if ((rc = store_rows(c->st, &rows, STMT_AUDIT_ALL, "")) != STORE_OK)
		return core_store_fail(c, rc, "reading the audit log");
	if ((*out = json_array()) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	else if ((rc = core_int_audit_walk(c, rows, *out, checked)) ==
	    CORE_OK)
		rc = core_int_ledger_verify(c, rows, *out, &nrows);
	json_decref(rows);
	if (rc != CORE_OK) {
		json_decref(*out);
		*out = NULL;
	}
	return rc;
}

int
core_audit_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_AUDIT_ALL, "");

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the audit log");
}

int
core_auditf(struct core *c, const char *action, const char *entity,
    int64_t id, const char *fmt, ...)
{
	json_t	*d;
	va_list	 ap;
	int	 rc;

	va_start(ap, fmt);
	d = json_vpack_ex(NULL, 0, fmt, ap);
	va_end(ap);
	if (d == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "could not record the "
		    "audit entry");
	rc = core_audit(c, action, entity, id, d);
	json_decref(d);
	return rc;
}

int
core_audit_text(struct core *c, const char *action, const char *entity,
    int64_t id, const char *key, const char *json)
{
	json_t	*v = json != NULL ? json_loads(json, 0, NULL) : NULL;
	int	 rc;

	if (v == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "could not record the "
		    "audit entry");
	if (key == NULL) {	/* the text is the whole detail */
		rc = core_audit(c, action, entity, id, v);
		json_decref(v);
		return rc;
	}
	rc = core_auditf(c, action, entity, id, "{s:o}", key, v);
	return rc;
}
