/*
 * The ledger: each audit entry vouches for the rows its action wrote
 * (store/ledger.c keeps their digests), and every entry's hash is
 * sealed with the installation's key: a keyed BLAKE2b (libsodium
 * crypto_generichash) of its number and hash, under a key derived from
 * the installation's secret.  The chain's head is signed with the
 * installation's Ed25519 key (crypto_sign) when it is asked for (`audit
 * head`, the annual report), once its seal is found good; Ed25519
 * signatures are deterministic, so that is the signature the entry
 * would have carried.  A seal costs about a hundredth of a signature,
 * and checking the head needs the secret either way (the public key is
 * derived from it).  Entries written before the seals carry their
 * signature, which is checked as it was.
 *
 * The secret key is kept outside the database, in a file beside it
 * (mode 0600, made at the first entry; ALLIANCE_KEY names another
 * path), so that someone holding only the database file can edit rows
 * and even recompute every hash, but cannot sign the new head: `audit
 * verify` then names the head as not signed by this installation.  A
 * signed head may be published (the annual report prints it); whoever
 * kept one can show that later history was not cut off (`audit verify
 * --head`).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <sodium.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

#define KEY_MAGIC	"alliance-ed25519-1 "
#define HEAD_MAGIC	"alliance-head-1"

struct core_key {
	unsigned char	sk[crypto_sign_SECRETKEYBYTES];
	unsigned char	pk[crypto_sign_PUBLICKEYBYTES];
	unsigned char	seal[crypto_generichash_KEYBYTES];	/* entries' */
};

#define SEAL_HEX	(crypto_generichash_BYTES * 2)	/* 64 digits */
#define SIG_HEX		(crypto_sign_BYTES * 2)		/* 128 digits */

void
core_int_key_path(struct core *c, const char *db)
{
	const char *env = getenv("ALLIANCE_KEY");

	if (env != NULL && *env != '\0')
		snprintf(c->key_path, sizeof(c->key_path), "%s", env);
	else
		snprintf(c->key_path, sizeof(c->key_path), "%s.key", db);
}

void
core_int_key_free(struct core *c)
{
	if (c->key != NULL)
		sodium_free(c->key);
	c->key = NULL;
}

/* A new key file: the seed in hex, readable by its owner only. */
static int
key_create(struct core *c, unsigned char seed[crypto_sign_SEEDBYTES])
{
	char	line[sizeof(KEY_MAGIC) + crypto_sign_SEEDBYTES * 2 + 2];
	int	fd;
	size_t	len;

	randombytes_buf(seed, crypto_sign_SEEDBYTES);
	snprintf(line, sizeof(line), "%s", KEY_MAGIC);
	sodium_bin2hex(line + strlen(line), crypto_sign_SEEDBYTES * 2 + 1,
	    seed, crypto_sign_SEEDBYTES);
	len = strlen(line);
	line[len++] = '\n';
	line[len] = '\0';
	if ((fd = open(c->key_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0600)) == -1)
		return core_fail(c, CORE_EFAULT, NULL, "cannot make the "
		    "installation's key %s: %s", c->key_path, strerror(errno));
	if (write(fd, line, len) != (ssize_t)len || fsync(fd) != 0) {
		close(fd);
		unlink(c->key_path);
		return core_fail(c, CORE_EFAULT, NULL, "cannot write the "
		    "installation's key %s", c->key_path);
	}
	sodium_memzero(line, sizeof(line));
	close(fd);
	return CORE_OK;
}

static int
key_read(struct core *c, unsigned char seed[crypto_sign_SEEDBYTES])
{
	struct stat	sb;
	char		line[160];
	ssize_t		n;
	size_t		bin;
	int		fd, rc = CORE_OK;

	if ((fd = open(c->key_path, O_RDONLY | O_CLOEXEC)) == -1)
		return core_fail(c, CORE_ENOTFOUND, "key", "no installation "
		    "key at %s: %s", c->key_path, strerror(errno));
	if (fstat(fd, &sb) == 0 && (sb.st_mode & 077) != 0) {
		close(fd);
		return core_fail(c, CORE_EINVAL, "key", "the installation's "
		    "key %s may be read by others (mode %03o); run "
		    "'chmod 600 %s'", c->key_path,
		    (unsigned)(sb.st_mode & 0777), c->key_path);
	}
	n = read(fd, line, sizeof(line) - 1);
	close(fd);
	line[n > 0 ? n : 0] = '\0';
	if (n <= 0 || strncmp(line, KEY_MAGIC, strlen(KEY_MAGIC)) != 0 ||
	    sodium_hex2bin(seed, crypto_sign_SEEDBYTES,
	    line + strlen(KEY_MAGIC), strlen(line) - strlen(KEY_MAGIC),
	    "\n", &bin, NULL) != 0 || bin != crypto_sign_SEEDBYTES)
		rc = core_fail(c, CORE_EFAULT, "key", "%s is not an "
		    "installation key of Alliance", c->key_path);
	sodium_memzero(line, sizeof(line));
	return rc;
}

/*
 * A key is made only for a log that no key has signed yet: were the key
 * lost (or taken away), a new one would let the log be re-signed.
 */
static int
key_first(struct core *c, unsigned char seed[crypto_sign_SEEDBYTES])
{
	struct rec_audit last;
	int		 rc, found, signed_before;

	if ((rc = store_audit_last(c->st, &last, &found)) != STORE_OK)
		return core_store_fail(c, rc, "reading the audit log");
	signed_before = found && last.sig != NULL;
	rec_audit_clear(&last);
	if (signed_before)
		return core_fail(c, CORE_EINVAL, "key", "the installation's "
		    "key is missing (%s), and the audit log is signed with "
		    "it; put it back, or name it with --key or ALLIANCE_KEY; "
		    "nothing was changed", c->key_path);
	return key_create(c, seed);
}

/* The key, read once (create: made when there is none). */
static int
key_get(struct core *c, int create)
{
	unsigned char	seed[crypto_sign_SEEDBYTES];
	int		rc;

	if (c->key != NULL)
		return CORE_OK;
	if (sodium_init() < 0)
		return core_fail(c, CORE_EFAULT, NULL, "libsodium failed to "
		    "start");
	rc = key_read(c, seed);
	if (rc == CORE_ENOTFOUND && create && access(c->key_path, F_OK) != 0)
		rc = key_first(c, seed);
	if (rc != CORE_OK)
		return rc;
	if ((c->key = sodium_malloc(sizeof(*c->key))) == NULL) {
		sodium_memzero(seed, sizeof(seed));
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	crypto_sign_seed_keypair(c->key->pk, c->key->sk, seed);
	/* The seals' own key, apart from every other use of the secret. */
	crypto_generichash(c->key->seal, sizeof(c->key->seal),
	    (const unsigned char *)"alliance audit seal key", 23, seed,
	    sizeof(seed));
	sodium_memzero(seed, sizeof(seed));
	return CORE_OK;
}

int
core_audit_key(struct core *c, char out[65])
{
	int rc;

	if ((rc = key_get(c, 0)) != CORE_OK)
		return rc;
	sodium_bin2hex(out, 65, c->key->pk, sizeof(c->key->pk));
	return CORE_OK;
}

/* What is signed: the entry's number and hash. */
static void
head_message(int64_t seq, const char *hash, char *out, size_t sz)
{
	snprintf(out, sz, "alliance audit head\n%lld\n%s", (long long)seq,
	    hash);
}

/* The seal of (seq, hash) under the key k, as hex into out. */
static void
seal_of(const struct core_key *k, int64_t seq, const char *hash,
    char out[SEAL_HEX + 1])
{
	unsigned char	mac[crypto_generichash_BYTES];
	char		msg[160];

	head_message(seq, hash, msg, sizeof(msg));
	crypto_generichash(mac, sizeof(mac), (const unsigned char *)msg,
	    strlen(msg), k->seal, sizeof(k->seal));
	sodium_bin2hex(out, SEAL_HEX + 1, mac, sizeof(mac));
}

int
core_int_ledger_seal(struct core *c, int64_t seq, const char *hash,
    char seal[129])
{
	int rc;

	if ((rc = key_get(c, 1)) != CORE_OK)
		return rc;
	seal_of(c->key, seq, hash, seal);
	return CORE_OK;
}

/* 1 when sig (hex) signs (seq, hash) under pk. */
static int
head_signed(const unsigned char *pk, int64_t seq, const char *hash,
    const char *sig)
{
	unsigned char	s[crypto_sign_BYTES];
	char		msg[160];
	size_t		n;

	if (sig == NULL || hash == NULL || sodium_hex2bin(s, sizeof(s), sig,
	    strlen(sig), NULL, &n, NULL) != 0 || n != sizeof(s))
		return 0;
	head_message(seq, hash, msg, sizeof(msg));
	return crypto_sign_verify_detached(s, (const unsigned char *)msg,
	    strlen(msg), pk) == 0;
}

/* 1 when the entry e carries this installation's seal (or, written
 * before the seals, its signature); the key is read. */
static int
entry_sealed(const struct core *c, const struct rec_audit *e)
{
	char	seal[SEAL_HEX + 1];

	if (e->sig == NULL || e->hash == NULL)
		return 0;
	if (strlen(e->sig) == SIG_HEX)
		return head_signed(c->key->pk, e->seq, e->hash, e->sig);
	if (strlen(e->sig) != SEAL_HEX)
		return 0;
	seal_of(c->key, e->seq, e->hash, seal);
	return sodium_memcmp(seal, e->sig, SEAL_HEX) == 0;
}

/* The Ed25519 signature of the head e, in hex, made now when e is
 * sealed by this installation (the key read); else its stored seal, which
 * no one's check of a signature accepts. */
static void
head_signature(const struct core *c, const struct rec_audit *e,
    char sig[SIG_HEX + 1])
{
	unsigned char	s[crypto_sign_BYTES];
	char		msg[160];

	if (!entry_sealed(c, e)) {
		snprintf(sig, SIG_HEX + 1, "%s", e->sig != NULL ? e->sig : "");
		return;
	}
	head_message(e->seq, e->hash, msg, sizeof(msg));
	crypto_sign_detached(s, NULL, (const unsigned char *)msg, strlen(msg),
	    c->key->sk);
	sodium_bin2hex(sig, SIG_HEX + 1, s, sizeof(s));
}

int
core_int_ledger_vouch(struct core *c, int64_t seq,
    const struct rec_audit *last, char vouched[65])
{
	int64_t	n;
	int	all = last == NULL || last->vouched == NULL;

	/* Every row is vouched for as it is only where the ledger never
	 * began: else an unvouched head means the log was altered, and
	 * vouching now would vouch for the alteration. */
	if (all && store_ledger_begun(c->st) != 0)
		return core_fail(c, CORE_EINVAL, "audit", "the head of the "
		    "audit log vouches for no rows, though the ledger has "
		    "begun: the log was altered outside the program; run "
		    "'alliance audit verify'; nothing was changed");
	if (store_ledger_vouch(c->st, seq, all, vouched, &n) != STORE_OK)
		return core_fail(c, CORE_EFAULT, NULL, "storage fault while "
		    "vouching for the rows written: %s", store_errmsg(c->st));
	return CORE_OK;
}

int
core_int_ballot_keys(struct core *c, int64_t election, unsigned char pk[32],
    unsigned char sk[32])
{
	unsigned char	seed[crypto_box_SEEDBYTES];
	char		msg[64];
	int		rc;

	if ((rc = key_get(c, 1)) != CORE_OK)
		return rc;
	snprintf(msg, sizeof(msg), "alliance counting key\n%lld",
	    (long long)election);
	/* Keyed by the secret half of the installation's key. */
	crypto_generichash(seed, sizeof(seed), (const unsigned char *)msg,
	    strlen(msg), c->key->sk, crypto_generichash_KEYBYTES);
	crypto_box_seed_keypair(pk, sk, seed);
	sodium_memzero(seed, sizeof(seed));
	return CORE_OK;
}

int
core_int_mac(struct core *c, const char *msg, char hex[33])
{
	unsigned char	mac[16];
	int		rc;

	hex[0] = '\0';
	if ((rc = key_get(c, 1)) != CORE_OK)
		return rc;
	/* Keyed by the secret half of the installation's key. */
	crypto_generichash(mac, sizeof(mac), (const unsigned char *)msg,
	    strlen(msg), c->key->sk, crypto_generichash_KEYBYTES);
	sodium_bin2hex(hex, 33, mac, sizeof(mac));
	return CORE_OK;
}

static const struct rec_audit *
ledger_entry(const struct rec_audit_list *rows, int64_t seq)
{
	size_t i;

	for (i = 0; i < rows->n; i++)
		if (rows->v[i].seq == seq)
			return &rows->v[i];
	return NULL;
}

static const struct rec_audit *
ledger_last(const struct rec_audit_list *rows)
{
	return rows->n > 0 ? &rows->v[rows->n - 1] : NULL;
}

/* The head: the last entry, signed by this installation's key. */
static int
ledger_head_check(struct core *c, const struct rec_audit_list *rows,
    struct rec_ledger_problems *problems)
{
	const struct rec_audit	*last = ledger_last(rows);
	char			 msg[700];
	int			 have;

	if (last == NULL)
		return CORE_OK;
	have = access(c->key_path, F_OK) == 0;
	if (last->sig == NULL) {
		/* Before the ledger there is no key, and no signature. */
		if (have || last->vouched != NULL)
			return core_int_audit_problem(c, problems, last->seq,
			    "is the head of the chain and is not signed "
			    "(entries were rewritten or removed)");
		return CORE_OK;
	}
	/* A user who may read the database but not the key (a backup
	 * account): the head is left unchecked, and said so. */
	if (have && access(c->key_path, R_OK) != 0 && errno == EACCES)
		return CORE_OK;
	if (key_get(c, 0) != CORE_OK) {
		snprintf(msg, sizeof(msg), "is the head of the chain; its "
		    "signature cannot be checked: %s", c->err);
		c->err[0] = c->field[0] = '\0';
		return core_int_audit_problem(c, problems, last->seq, msg);
	}
	if (!entry_sealed(c, last))
		return core_int_audit_problem(c, problems, last->seq, "is the "
		    "head of the chain and its signature is not this "
		    "installation's: the chain was rewritten without the key");
	return CORE_OK;
}

int
core_int_ledger_verify(struct core *c, const struct rec_audit_list *rows,
    struct rec_ledger_problems *problems, int64_t *nrows)
{
	const struct rec_audit	*e;
	size_t			 i, from = problems->n;
	int64_t			 n = 0;

	*nrows = 0;
	if (store_ledger_check(c->st, problems, &n) != STORE_OK)
		return core_fail(c, CORE_EFAULT, NULL, "storage fault while "
		    "checking the rows: %s", store_errmsg(c->st));
	/* Name the entry that vouched, by its action too. */
	for (i = from; i < problems->n; i++)
		if (problems->v[i].table != NULL &&
		    (e = ledger_entry(rows, problems->v[i].seq)) != NULL &&
		    e->action != NULL &&
		    (problems->v[i].action = strdup(e->action)) == NULL)
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	*nrows = n;
	return ledger_head_check(c, rows, problems);
}

void
audit_head_free(struct audit_head *h)
{
	free(h->at);
	free(h->line);
	memset(h, 0, sizeof(*h));
}

void
audit_check_free(struct audit_check *a)
{
	free(a->from_at);
	free(a->unchecked);
	audit_head_free(&a->head);
	rec_ledger_problems_free(&a->problems);
	memset(a, 0, sizeof(*a));
}

/* The head line: "alliance-head-1:SEQ:HASH:SIG:KEY" (the key read). */
static int
head_fill(struct core *c, const struct rec_audit *e, const char *key,
    struct audit_head *h)
{
	memset(h, 0, sizeof(*h));
	h->seq = e->seq;
	snprintf(h->hash, sizeof(h->hash), "%s", e->hash != NULL ? e->hash :
	    "");
	head_signature(c, e, h->sig);
	snprintf(h->key, sizeof(h->key), "%s", key);
	h->at = strdup(e->at != NULL ? e->at : "");
	if (h->at == NULL || asprintf(&h->line, "%s:%lld:%s:%s:%s", HEAD_MAGIC,
	    (long long)h->seq, h->hash, h->sig, h->key) < 0) {
		h->line = NULL;
		audit_head_free(h);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	return CORE_OK;
}

int
core_audit_head(struct core *c, struct audit_head *out)
{
	struct rec_audit_list	 rows;
	const struct rec_audit	*last;
	char			 key[65];
	int			 rc;

	memset(out, 0, sizeof(*out));
	if ((rc = core_audit_list(c, &rows)) != CORE_OK)
		return rc;
	last = ledger_last(&rows);
	if (last == NULL || last->sig == NULL)
		rc = core_fail(c, CORE_ENOTFOUND, "audit", "the audit log "
		    "has no signed head yet; it is signed from the first "
		    "action recorded with this version");
	else if ((rc = core_audit_key(c, key)) != CORE_OK)
		;
	else if (!entry_sealed(c, last))
		rc = core_fail(c, CORE_EINVAL, "audit", "the head of the "
		    "audit log (entry %lld) is not signed by this "
		    "installation's key; run 'alliance audit verify'",
		    (long long)last->seq);
	else
		rc = head_fill(c, last, key, out);
	rec_audit_list_free(&rows);
	return rc;
}

/* A head kept from earlier, against the chain as it is now. */
static int
head_compare(struct core *c, const char *head,
    const struct rec_audit_list *rows, struct rec_ledger_problems *problems)
{
	unsigned char		 pk[crypto_sign_PUBLICKEYBYTES];
	char			 buf[400], *f[5], *p, msg[300];
	const struct rec_audit	*e, *last;
	long long		 seq;
	size_t			 n, i;

	/* As printed (in pieces, on paper), without its spaces. */
	for (i = n = 0; head[i] != '\0' && n + 1 < sizeof(buf); i++)
		if (head[i] != ' ' && head[i] != '\n' && head[i] != '\t')
			buf[n++] = head[i];
	buf[n] = '\0';
	for (i = 0, p = buf; i < 5 && p != NULL; i++)
		f[i] = strsep(&p, ":");
	if (i != 5 || p != NULL || f[4] == NULL ||
	    strcmp(f[0], HEAD_MAGIC) != 0 ||
	    sscanf(f[1], "%lld", &seq) != 1 || seq < 1 ||
	    sodium_hex2bin(pk, sizeof(pk), f[4], strlen(f[4]), NULL, &n,
	    NULL) != 0 ||
	    n != sizeof(pk) || strlen(f[2]) != 64)
		return core_fail(c, CORE_EINVAL, "head", "--head is not "
		    "accepted; expected a signed head as 'alliance audit head' "
		    "prints it (%s:SEQ:HASH:SIGNATURE:KEY)", HEAD_MAGIC);
	if (!head_signed(pk, seq, f[2], f[3]))
		snprintf(msg, sizeof(msg), "is in the head you gave, but that "
		    "head's signature is not valid");
	else if (key_get(c, 0) == CORE_OK &&
	    sodium_memcmp(pk, c->key->pk, sizeof(pk)) != 0)
		snprintf(msg, sizeof(msg), "is in the head you gave, which "
		    "was signed by another key than this installation's");
	else if ((e = ledger_entry(rows, seq)) == NULL) {
		last = ledger_last(rows);
		snprintf(msg, sizeof(msg), "is missing: the head you kept "
		    "vouches for the chain up to it, and the log now ends at "
		    "entry %lld (history was cut off)", last != NULL ?
		    (long long)last->seq : 0LL);
	} else if (e->hash == NULL || strcmp(e->hash, f[2]) != 0)
		snprintf(msg, sizeof(msg), "differs from the head you kept: "
		    "the history up to it was rewritten");
	else
		return CORE_OK;
	return core_int_audit_problem(c, problems, seq, msg);
}

/* On a database just upgraded: vouch for every row as it is now. */
static int
ledger_begin(struct core *c)
{
	struct rec_audit last;
	int		 rc, found;

	if (store_readonly(c->st))
		return CORE_OK;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_audit_last(c->st, &last, &found);
	if (rc != STORE_OK)
		rc = core_store_fail(c, rc, "reading the audit log");
	else if (found && last.vouched == NULL &&
	    store_ledger_begun(c->st) == 0)
		rc = core_auditf(c, "ledger.begin", "ledger", 0, "{s:s}",
		    "note", "the rows as they are now are vouched for from "
		    "this entry on");
	rec_audit_clear(&last);
	return core_end(c, rc);
}

/* Fills out from the log rows: from when the rows are vouched for, and
 * the head. */
static int
check_fill(struct core *c, const struct rec_audit_list *rows,
    struct audit_check *out)
{
	const struct rec_audit	*last = ledger_last(rows);
	char			 key[65];
	size_t			 i;

	for (i = 0; i < rows->n; i++)
		if (rows->v[i].vouched != NULL) {
			out->from_seq = rows->v[i].seq;
			if ((out->from_at = strdup(rows->v[i].at != NULL ?
			    rows->v[i].at : "")) == NULL)
				return core_fail(c, CORE_EFAULT, NULL, "out of "
				    "memory");
			break;
		}
	if (last == NULL || last->sig == NULL)
		return CORE_OK;
	if (core_audit_key(c, key) == CORE_OK) {
		out->head_state = AUDIT_HEAD_SIGNED;
		return head_fill(c, last, key, &out->head);
	}
	out->head_state = AUDIT_HEAD_UNCHECKED;
	if ((out->unchecked = strdup(c->err)) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	c->err[0] = c->field[0] = '\0';
	return CORE_OK;
}

int
core_audit_check(struct core *c, const char *head, int begin,
    struct audit_check *out)
{
	struct rec_audit_list	 rows;
	int			 rc;

	memset(out, 0, sizeof(*out));
	if (begin && (rc = ledger_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_audit_list(c, &rows)) != CORE_OK)
		return rc;
	if ((rc = core_int_audit_walk(c, &rows, &out->problems,
	    &out->checked)) == CORE_OK &&
	    (rc = core_int_ledger_verify(c, &rows, &out->problems,
	    &out->rows)) == CORE_OK &&
	    (head == NULL || (rc = head_compare(c, head, &rows,
	    &out->problems)) == CORE_OK))
		rc = check_fill(c, &rows, out);
	if (rc == CORE_OK)
		c->err[0] = c->field[0] = '\0';
	rec_audit_list_free(&rows);
	if (rc != CORE_OK)
		audit_check_free(out);
	return rc;
}

int
core_int_ledger_election(struct core *c, int64_t election,
    struct election_problems *out)
{
	struct rec_ledger_problems	 found = { NULL, 0 };
	struct rec_audit_list		 rows;
	const struct rec_ledger_problem	*p;
	size_t				 i;
	int64_t				 n;
	int				 rc;

	if ((rc = core_audit_list(c, &rows)) != CORE_OK)
		return rc;
	rc = core_int_ledger_verify(c, &rows, &found, &n);
	rec_audit_list_free(&rows);
	for (i = 0; rc == CORE_OK && i < found.n; i++) {
		p = &found.v[i];
		if (p->election == election && election_problem_add(out,
		    p->table, p->row, p->label, p->problem) != 0)
			rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	rec_ledger_problems_free(&found);
	return rc;
}
