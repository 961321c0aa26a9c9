/*
 * Each audit entry is sealed with the installation's key (a keyed
 * BLAKE2b of its number and hash, ledger.c), and the chain's head is
 * signed with its Ed25519 key when asked for: the head printed by
 * `audit head` verifies under the public key in it, exactly as the
 * signature stored with every entry did before.  A seal made without
 * the key, or taken from another entry, is named as the head's
 * signature not being this installation's; a head signed in the old
 * way (a database from before the seals) still verifies.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <sodium.h>
#include <sqlite3.h>

#include "core/core.h"
#include "core/core_audit.h"
#include "fresh.h"

static char path[300];

/* One SQL statement on the database, with no result. */
static void
exec(const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* The first column of the first row of sql, as text, into out. */
static void
text_of(const char *sql, char *out, size_t sz)
{
	sqlite3		*db;
	sqlite3_stmt	*st;

	out[0] = '\0';
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL),
	    SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW &&
	    sqlite3_column_text(st, 0) != NULL)
		snprintf(out, sz, "%s", (const char *)sqlite3_column_text(st,
		    0));
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* The problems audit verify names on the database as it is now. */
static size_t
problems(char *first, size_t sz)
{
	struct core			 c;
	struct rec_ledger_problems	 bad;
	int64_t				 n = 0;
	size_t				 k;

	OK(&c, core_open(&c, path, 0));
	OK(&c, core_audit_verify(&c, &bad, &n));
	k = bad.n;
	snprintf(first, sz, "%s", k > 0 && bad.v[0].problem != NULL ?
	    bad.v[0].problem : "");
	rec_ledger_problems_free(&bad);
	core_close(&c);
	return k;
}

/* The installation's Ed25519 key pair, from its key file. */
static void
key_pair(unsigned char pk[32], unsigned char sk[64])
{
	unsigned char	 seed[32];
	char		 line[160];
	size_t		 bin;
	FILE		*f;

	assert_non_null(f = fopen(getenv("ALLIANCE_KEY"), "r"));
	assert_non_null(fgets(line, sizeof(line), f));
	fclose(f);
	assert_int_equal(strncmp(line, "alliance-ed25519-1 ", 19), 0);
	assert_int_equal(sodium_hex2bin(seed, sizeof(seed), line + 19,
	    strlen(line + 19), "\n", &bin, NULL), 0);
	assert_int_equal(bin, 32);
	crypto_sign_seed_keypair(pk, sk, seed);
}

static void
setup(void)
{
	struct core c;

	assert_true(sodium_init() >= 0);
	fresh_alliance(&c, path, sizeof(path));
	c.actor = "seal test";
	add_signed_voters(&c, "southwest", 1, "2025-06-01");
	core_close(&c);
}

/*
 * The head is sealed, not signed, as it is written; `audit head` signs
 * it, and the signature verifies under the installation's public key
 * for the head's number and hash.  audit verify finds nothing.
 */
static void
test_head_sealed_when_written_signed_when_asked(void **state)
{
	struct core		 c;
	struct audit_head	 h;
	unsigned char		 pk[32], sk[64], sig[64];
	char			 seal[200], msg[160], first[300];
	size_t			 n;

	(void)state;
	setup();
	text_of("SELECT sig FROM audit ORDER BY seq DESC LIMIT 1", seal,
	    sizeof(seal));
	/* A seal: 32 bytes in hex, where a signature is 64. */
	assert_int_equal(strlen(seal), 64);
	assert_int_equal(strspn(seal, "0123456789abcdef"), 64);
	assert_int_equal(problems(first, sizeof(first)), 0);
	OK(&c, core_open(&c, path, 0));
	OK(&c, core_audit_head(&c, &h));
	core_close(&c);
	key_pair(pk, sk);
	assert_int_equal(sodium_hex2bin(sig, sizeof(sig), h.sig,
	    strlen(h.sig), NULL, &n, NULL), 0);
	assert_int_equal(n, 64);
	snprintf(msg, sizeof(msg), "alliance audit head\n%lld\n%s",
	    (long long)h.seq, h.hash);
	assert_int_equal(crypto_sign_verify_detached(sig,
	    (const unsigned char *)msg, strlen(msg), pk), 0);
	audit_head_free(&h);
}

/*
 * A seal made without the installation's key, or the seal of another
 * entry put on the head, is named; `audit head` refuses such a head.
 */
static void
test_seal_forged_or_moved_is_named(void **state)
{
	struct core		 c;
	struct audit_head	 h;
	char			 first[300], sql[400], seal[200];

	(void)state;
	setup();
	text_of("SELECT sig FROM audit ORDER BY seq DESC LIMIT 1", seal,
	    sizeof(seal));
	/* 64 hex digits of someone's own making. */
	exec("UPDATE audit SET sig = '00112233445566778899aabbccddeeff"
	    "00112233445566778899aabbccddeeff' WHERE seq = (SELECT max(seq) "
	    "FROM audit)");
	assert_int_equal(problems(first, sizeof(first)), 1);
	assert_non_null(strstr(first, "signature is not this installation's"));
	OK(&c, core_open(&c, path, 0));
	assert_int_equal(core_audit_head(&c, &h), CORE_EINVAL);
	core_close(&c);
	/* The seal of the entry before it. */
	exec("UPDATE audit SET sig = (SELECT sig FROM audit a WHERE a.seq = "
	    "audit.seq - 1) WHERE seq = (SELECT max(seq) FROM audit)");
	assert_int_equal(problems(first, sizeof(first)), 1);
	assert_non_null(strstr(first, "signature is not this installation's"));
	/* Its own seal back: intact again. */
	snprintf(sql, sizeof(sql), "UPDATE audit SET sig = '%s' WHERE seq = "
	    "(SELECT max(seq) FROM audit)", seal);
	exec(sql);
	assert_int_equal(problems(first, sizeof(first)), 0);
}

/*
 * The head (entry seq, its hash) signed with Ed25519 by sk, as every
 * entry was before the seals, into its row; the signature in hex.
 */
static void
signed_with(const unsigned char sk[64], const char *seq, const char *hash,
    char hex[129])
{
	unsigned char	sig[64];
	char		msg[160], sql[400];

	snprintf(msg, sizeof(msg), "alliance audit head\n%s\n%s", seq, hash);
	crypto_sign_detached(sig, NULL, (const unsigned char *)msg,
	    strlen(msg), sk);
	sodium_bin2hex(hex, 129, sig, sizeof(sig));
	snprintf(sql, sizeof(sql), "UPDATE audit SET sig = '%s' WHERE seq = "
	    "%s", hex, seq);
	exec(sql);
}

/*
 * A head signed with Ed25519 as every entry was before the seals (a
 * database from then) verifies, and `audit head` gives that signature.
 */
static void
test_head_signed_before_seals_still_verifies(void **state)
{
	struct core		 c;
	struct audit_head	 h;
	unsigned char		 pk[32], sk[64];
	char			 hash[80], seq[24], hex[129], first[300];

	(void)state;
	setup();
	text_of("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1", hash,
	    sizeof(hash));
	text_of("SELECT max(seq) FROM audit", seq, sizeof(seq));
	key_pair(pk, sk);
	signed_with(sk, seq, hash, hex);
	assert_int_equal(problems(first, sizeof(first)), 0);
	OK(&c, core_open(&c, path, 0));
	OK(&c, core_audit_head(&c, &h));
	core_close(&c);
	assert_string_equal(h.sig, hex);
	audit_head_free(&h);
	/* Signed by another key: named. */
	crypto_sign_keypair(pk, sk);
	signed_with(sk, seq, hash, hex);
	assert_int_equal(problems(first, sizeof(first)), 1);
	assert_non_null(strstr(first, "signature is not this installation's"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_head_sealed_when_written_signed_when_asked),
		cmocka_unit_test(test_seal_forged_or_moved_is_named),
		cmocka_unit_test(
		    test_head_signed_before_seals_still_verifies),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
