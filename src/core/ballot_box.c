/*
 * The secret ballot's box.  A ballot is written sealed (libsodium's
 * crypto_box_seal) to the election's counting key, which is derived
 * from the installation's key kept outside the database: a reader of
 * the database file sees the sealed ballots in the order they were cast
 * (the order of their rows, cells, pages and write-ahead frames), and
 * the order in which organisations voted, but cannot open one.  At the
 * count they are opened, shuffled, and written to ballot_box each with
 * its receipt, in the shuffled order; the sealed rows are deleted, and
 * secure_delete zeroes them.  Nothing in the file then orders the
 * counted ballots as the voters were ordered.
 *
 * What is sealed is the receipt and the nomination, padded to one
 * length, so that the size of a sealed ballot tells nothing either.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

/* "RECEIPT NOMINATION", space-padded. */
#define BALLOT_LEN	64
#define SEALED_LEN	(BALLOT_LEN + crypto_box_SEALBYTES)

int
core_int_ballot_cast(struct core *c, int64_t election, int64_t nom,
    char receipt[17])
{
	unsigned char	pk[crypto_box_PUBLICKEYBYTES];
	unsigned char	sk[crypto_box_SECRETKEYBYTES];
	unsigned char	rnd[8], sealed[SEALED_LEN];
	char		plain[BALLOT_LEN + 1];
	int		rc, len;

	if ((rc = core_int_ballot_keys(c, election, pk, sk)) != CORE_OK)
		return rc;
	sodium_memzero(sk, sizeof(sk));
	/* A receipt of 16 hex digits: random, so it orders nothing. */
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(receipt, 17, rnd, sizeof(rnd));
	memset(plain, ' ', BALLOT_LEN);
	len = snprintf(plain, sizeof(plain), "%s %lld", receipt,
	    (long long)nom);
	plain[len] = ' ';
	if (crypto_box_seal(sealed, (const unsigned char *)plain, BALLOT_LEN,
	    pk) != 0)
		return core_fail(c, CORE_EFAULT, NULL, "the ballot could not "
		    "be sealed");
	sodium_memzero(plain, sizeof(plain));
	rc = store_ballot_seal(c->st, election, sealed, sizeof(sealed));
	return core_store_fail(c, rc, "recording the ballot");
}

/* One opened ballot: its receipt and nomination. */
struct opened {
	char	 receipt[17];
	int64_t	 nom;
};

static int
ballot_open_one(const struct store_blob *b, const unsigned char *pk,
    const unsigned char *sk, struct opened *o)
{
	unsigned char	plain[BALLOT_LEN + 1];
	long long	nom;
	int		ok;

	if (b->n != SEALED_LEN || crypto_box_seal_open(plain, b->p, b->n, pk,
	    sk) != 0)
		return -1;
	plain[BALLOT_LEN] = '\0';
	ok = sscanf((char *)plain, "%16s %lld", o->receipt, &nom) == 2 &&
	    strlen(o->receipt) == 16 && nom > 0;
	o->nom = nom;
	sodium_memzero(plain, sizeof(plain));
	return ok ? 0 : -1;
}

int
core_int_ballot_open(struct core *c, int64_t election)
{
	unsigned char		 pk[crypto_box_PUBLICKEYBYTES];
	unsigned char		 sk[crypto_box_SECRETKEYBYTES];
	struct store_blob	*v = NULL;
	struct opened		*o = NULL, t;
	size_t			 n = 0, i, j;
	int			 rc;

	if ((rc = store_ballot_sealed(c->st, election, &v, &n)) != STORE_OK)
		return core_store_fail(c, rc, "reading the sealed ballots");
	if (n == 0)
		return CORE_OK;
	if ((rc = core_int_ballot_keys(c, election, pk, sk)) != CORE_OK)
		goto out;
	if ((o = calloc(n, sizeof(*o))) == NULL) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	for (i = 0; i < n; i++)
		if (ballot_open_one(&v[i], pk, sk, &o[i]) != 0) {
			rc = core_fail(c, CORE_EFAULT, "election", "a sealed "
			    "ballot of election %lld cannot be opened with "
			    "this installation's key (%s): was the key "
			    "replaced since the ballot opened?",
			    (long long)election, c->key_path);
			goto out;
		}
	/* Fisher-Yates, from libsodium's generator. */
	for (i = n - 1; i > 0; i--) {
		j = randombytes_uniform((uint32_t)i + 1);
		t = o[i];
		o[i] = o[j];
		o[j] = t;
	}
	for (i = 0; i < n && rc == CORE_OK; i++) {
		rc = store_exec(c->st, STMT_BOX_INSERT, "sll", o[i].receipt,
		    election, o[i].nom);
		if (rc == STORE_OK)
			rc = store_ledger_mark(c->st, "ballot_box",
			    o[i].receipt);
		rc = core_store_fail(c, rc, "counting the ballots");
	}
	if (rc == CORE_OK)
		rc = core_store_fail(c, store_ballot_unsealed(c->st, election),
		    "counting the ballots");
out:
	sodium_memzero(sk, sizeof(sk));
	if (o != NULL)
		sodium_memzero(o, n * sizeof(*o));
	free(o);
	store_blobs_free(v, n);
	return rc;
}

/* A problem found by the election's recount. */
static int
ballot_problem(struct election_problems *problems, const char *fmt,
    const char *a, long long n, long long m)
{
	char msg[400];

	snprintf(msg, sizeof(msg), fmt, a, n, m);
	return election_problem_add(problems, NULL, NULL, NULL, msg);
}

/* The recount: the ballots in the box against the recorded result. */
static int
ballot_recount(const struct election_result *res,
    const struct rec_nomination_list *noms, const struct rec_ballot_list *box,
    struct election_problems *problems)
{
	long long	votes, recorded;
	size_t		i, j, known = 0;
	int		rc = 0;

	for (i = 0; i < noms->n; i++) {
		votes = 0;
		for (j = 0; j < box->n; j++)
			if (box->v[j].nomination_id == noms->v[i].id)
				votes++;
		known += (size_t)votes;
		recorded = i < res->ncounts ? res->counts[i].votes : 0;
		if (res->present && votes != recorded)
			rc |= ballot_problem(problems, "the recorded count gives "
			    "%s %lld vote(s); the ballots in the box give %lld",
			    noms->v[i].person, recorded, votes);
	}
	if (known != box->n)
		rc |= ballot_problem(problems, "%s%lld ballot(s) in the box are "
		    "for no candidate of this election%lld", "",
		    (long long)(box->n - known), 0);
	if (res->present && res->ballots != (int64_t)box->n)
		rc |= ballot_problem(problems, "%sthe recorded count had %lld "
		    "ballot(s); the box now holds %lld", "",
		    (long long)res->ballots, (long long)box->n);
	return rc;
}

int
core_int_ballot_verify(struct core *c, const struct rec_election *e,
    const struct rec_ballot_list *box, struct election_problems *problems)
{
	struct rec_nomination_list	noms = { 0 };
	int				rc;

	if ((rc = store_nomination_list(c->st, e->id, &noms)) != STORE_OK)
		return core_store_fail(c, rc, "reading nominations");
	rc = ballot_recount(&e->result, &noms, box, problems);
	rec_nomination_list_free(&noms);
	if (rc != 0)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	/* Rows of this election changed outside the program. */
	return core_int_ledger_election(c, e->id, problems);
}
