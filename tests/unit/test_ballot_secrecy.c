/*
 * The secret ballot against a reader of the database file.  Twenty
 * organisations vote in a known random order in each of many elections
 * (through the core, as the web and the command line do); then the
 * attack of issue 15 reads the raw bytes of the database file and its
 * write-ahead log, finds every receipt, orders each election's ballots
 * by where their bytes lie (first or last copy, up or down the file),
 * and zips them with the order in which organisations voted (the rows
 * of ballot_voter, the audit log).  It must do no better than chance:
 * one match in twenty.  A control shows the attack is sound: on ballots
 * stored as they were cast (the old layout) it matches nearly all.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sodium.h>
#include <sqlite3.h>

#include "core/core.h"
#include "fresh.h"

#define VOTERS		20
#ifndef ELECTIONS
#define ELECTIONS	100
#endif
/* The attack's matches over every election: chance gives ELECTIONS on
 * average (one in VOTERS), with a standard deviation of about
 * sqrt(ELECTIONS); five of them above is not chance. */
#define LIMIT		(ELECTIONS + 5 * 10)

struct ballot {
	char	receipt[17];
	int	voter;		/* 0..VOTERS-1: the organisation */
};

struct run {
	struct ballot	b[ELECTIONS][VOTERS];
	int		order[ELECTIONS][VOTERS];	/* voters as they voted */
	char		dir[256];
};


static void
setup_voters(struct core *c)
{
	struct person_in	p;
	char			shrt[16], mail[64];
	int64_t			id;
	int			i;

	add_signed_voters(c, "southwest", VOTERS, "2025-01-06");
	for (i = 0; i < 2; i++) {
		snprintf(shrt, sizeof(shrt), "v%02d", i);
		snprintf(mail, sizeof(mail), "lead@v%02d.example.org", i);
		memset(&p, 0, sizeof(p));
		p.name = i == 0 ? "Lead v00" : "Lead v01";
		p.email = mail;
		p.organisation = shrt;
		OK(c, core_person_add(c, &p, &id));
	}
}

/* One election: its voters in a random order, each for a random one of
 * two candidates. */
static void
one_election(struct core *c, struct run *r, int k)
{
	struct election_in	 e;
	struct nomination_in	 n;
	struct election_result	 res;
	char			 org[16], *receipt = NULL;
	int64_t			 id;
	int			 i, j, t;

	clock_at(c, "ALLIANCE_NOW", "2025-03-01T10:00");
	memset(&e, 0, sizeof(e));
	e.group = "southwest";
	e.office = "chair";
	e.closes = "2025-03-22";
	OK(c, core_election_open(c, &e, &id));
	memset(&n, 0, sizeof(n));
	n.details = n.why = n.skills = n.interests = "x";
	n.guidance = 1;
	n.person = "Lead v00";
	OK(c, core_election_nominate(c, id, &n));
	n.person = "Lead v01";
	OK(c, core_election_nominate(c, id, &n));
	OK(c, core_election_ballot(c, id, "2025-03-24T09:00",
	    "2025-03-28T17:00"));
	for (i = 0; i < VOTERS; i++)
		r->order[k][i] = i;
	for (i = VOTERS - 1; i > 0; i--) {
		j = (int)randombytes_uniform((uint32_t)i + 1);
		t = r->order[k][i];
		r->order[k][i] = r->order[k][j];
		r->order[k][j] = t;
	}
	clock_at(c, "ALLIANCE_NOW", "2025-03-25T10:00");
	for (i = 0; i < VOTERS; i++) {
		snprintf(org, sizeof(org), "v%02d", r->order[k][i]);
		OK(c, core_election_vote(c, &viewer_system, id, org,
		    randombytes_uniform(2) ? "Lead v00" : "Lead v01",
		    &receipt));
		snprintf(r->b[k][i].receipt, 17, "%s", receipt);
		r->b[k][i].voter = r->order[k][i];
		free(receipt);
	}
	clock_at(c, "ALLIANCE_NOW", "2025-03-29T10:00");
	OK(c, core_election_count(c, id, &res));
	election_result_free(&res);
}

static unsigned char *
slurp(const char *path, size_t *n)
{
	FILE		*f;
	unsigned char	*p;
	long		 sz;

	*n = 0;
	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	sz = ftell(f);
	rewind(f);
	p = malloc((size_t)sz + 1);
	if (p != NULL && fread(p, 1, (size_t)sz, f) != (size_t)sz) {
		free(p);
		p = NULL;
	}
	fclose(f);
	*n = p != NULL ? (size_t)sz : 0;
	return p;
}

/* Where a receipt lies in the bytes: its first and last copies. */
struct where {
	char	receipt[17];
	long	first, last;
};

static int
where_cmp(const void *a, const void *b)
{
	return memcmp(((const struct where *)a)->receipt,
	    ((const struct where *)b)->receipt, 16);
}

static int
hexdigit(unsigned char ch)
{
	return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
}

/* One pass over the bytes: every run of 16 hex digits looked up. */
static struct where *
index_bytes(const unsigned char *bytes, size_t n, struct run *r)
{
	struct where	*w, key, *hit;
	size_t		 i, run = 0;
	int		 k, v;

	w = calloc(ELECTIONS * VOTERS, sizeof(*w));
	assert_non_null(w);
	for (k = 0; k < ELECTIONS; k++)
		for (v = 0; v < VOTERS; v++) {
			memcpy(w[k * VOTERS + v].receipt, r->b[k][v].receipt,
			    17);
			w[k * VOTERS + v].first = w[k * VOTERS + v].last = -1;
		}
	qsort(w, ELECTIONS * VOTERS, sizeof(*w), where_cmp);
	for (i = 0; i < n; i++) {
		run = hexdigit(bytes[i]) ? run + 1 : 0;
		if (run < 16)
			continue;
		memcpy(key.receipt, bytes + i - 15, 16);
		hit = bsearch(&key, w, ELECTIONS * VOTERS, sizeof(*w),
		    where_cmp);
		if (hit == NULL)
			continue;
		if (hit->first < 0)
			hit->first = (long)(i - 15);
		hit->last = (long)(i - 15);
	}
	return w;
}

static long
offset_of(const struct where *w, const char *receipt, int last)
{
	struct where		 key;
	const struct where	*hit;

	memcpy(key.receipt, receipt, 17);
	hit = bsearch(&key, w, ELECTIONS * VOTERS, sizeof(*w), where_cmp);
	return hit == NULL ? -1 : last ? hit->last : hit->first;
}

/*
 * The attack on one file: for each election, its ballots sorted by
 * offset (first or last copy; up or down), the i-th guessed to be the
 * i-th voter.  Returns the most matches of the four orders.
 */
static int
attack(const unsigned char *bytes, size_t n, struct run *r, int *found)
{
	struct where	*w = index_bytes(bytes, n, r);
	long		 off[VOTERS];
	int		 best = 0, way, k, i, j, m, idx[VOTERS], t;

	*found = 0;
	for (way = 0; way < 4; way++) {
		m = 0;
		for (k = 0; k < ELECTIONS; k++) {
			for (i = 0; i < VOTERS; i++) {
				off[i] = offset_of(w, r->b[k][i].receipt,
				    way & 1);
				if (way == 0 && off[i] >= 0)
					(*found)++;
				/* Not in these bytes: a guess at random, not
				 * the order of the test's own array. */
				if (off[i] < 0)
					off[i] = -1 - (long)randombytes_uniform(
					    1000000);
				idx[i] = i;
			}
			/* Ballots (by cast index) in offset order. */
			for (i = 1; i < VOTERS; i++)
				for (j = i; j > 0 && ((way & 2) ?
				    off[idx[j]] > off[idx[j - 1]] :
				    off[idx[j]] < off[idx[j - 1]]); j--) {
					t = idx[j];
					idx[j] = idx[j - 1];
					idx[j - 1] = t;
				}
			/* The i-th by offset guessed to be the i-th voter. */
			for (i = 0; i < VOTERS; i++)
				if (r->b[k][idx[i]].voter == r->order[k][i])
					m++;
		}
		if (m > best)
			best = m;
	}
	free(w);
	return best;
}


/* The voters' order as the file tells it: ballot_voter's rows. */
static void
check_voter_order(const char *db, struct run *r)
{
	sqlite3		*s;
	sqlite3_stmt	*q;
	int		 k = 0, i = 0, same = 1;
	int64_t		 e, last = 0;

	assert_int_equal(sqlite3_open_v2(db, &s, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(s, "SELECT v.election_id, "
	    "o.short_name FROM ballot_voter v JOIN organisation o ON o.id = "
	    "v.organisation_id JOIN election e ON e.id = v.election_id "
	    "WHERE e.round = 1 ORDER BY v.rowid", -1, &q, NULL), SQLITE_OK);
	while (sqlite3_step(q) == SQLITE_ROW) {
		e = sqlite3_column_int64(q, 0);
		if (last != 0 && e != last) {
			k++;
			i = 0;
		}
		last = e;
		if (k < ELECTIONS && i < VOTERS && atoi((const char *)
		    sqlite3_column_text(q, 1) + 1) != r->order[k][i])
			same = 0;
		i++;
	}
	sqlite3_finalize(q);
	sqlite3_close(s);
	/* The attacker does know who voted when: the test is that this
	 * does not tell how. */
	assert_true(same);
}

/*
 * The control: the old layout, each election's ballots written as they
 * were cast to a table without rowid keyed by a random receipt (the
 * attacker's copy taken when its voting closed).
 */
static int
control(struct run *r)
{
	sqlite3		*s;
	sqlite3_stmt	*q;
	unsigned char	*bytes;
	char		 path[300], sql[128];
	size_t		 n;
	int		 k, i, m, found;

	snprintf(path, sizeof(path), "%s/control.db", r->dir);
	assert_int_equal(sqlite3_open(path, &s), SQLITE_OK);
	for (k = 0; k < ELECTIONS; k++) {
		snprintf(sql, sizeof(sql), "CREATE TABLE box%d (receipt TEXT "
		    "PRIMARY KEY, nomination_id INTEGER) WITHOUT ROWID", k);
		assert_int_equal(sqlite3_exec(s, sql, NULL, NULL, NULL),
		    SQLITE_OK);
		snprintf(sql, sizeof(sql), "INSERT INTO box%d VALUES (?, 1)",
		    k);
		assert_int_equal(sqlite3_prepare_v2(s, sql, -1, &q, NULL),
		    SQLITE_OK);
		for (i = 0; i < VOTERS; i++) {
			sqlite3_bind_text(q, 1, r->b[k][i].receipt, -1,
			    SQLITE_STATIC);
			assert_int_equal(sqlite3_step(q), SQLITE_DONE);
			sqlite3_reset(q);
		}
		sqlite3_finalize(q);
	}
	sqlite3_close(s);
	bytes = slurp(path, &n);
	assert_non_null(bytes);
	m = attack(bytes, n, r, &found);
	free(bytes);
	unlink(path);
	return m;
}

static void
test_ballots_unlinkable(void **state)
{
	struct run	*r;
	struct core	 c;
	unsigned char	*db, *all, *w;
	char		 path[300], wal[310], key[310];
	size_t		 ndb, nwal;
	int		 k, m_db, m_all, m_ctl, found_db, found_all;
	struct rec_ledger_problems bad;
	int64_t		 entries = 0;

	(void)state;
	assert_true(sodium_init() >= 0);
	r = calloc(1, sizeof(*r));
	assert_non_null(r);
	snprintf(r->dir, sizeof(r->dir), "%s/alliance-secrecy.XXXXXX",
	    access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
	assert_non_null(mkdtemp(r->dir));
	snprintf(path, sizeof(path), "%s/test.db", r->dir);
	snprintf(key, sizeof(key), "%s/test.db.key", r->dir);
	unsetenv("ALLIANCE_KEY");
	clock_at(&c, "ALLIANCE_TODAY", "2025-01-06");
	OK(&c, core_open(&c, path, 1));
	c.actor = "secrecy test";
	OK(&c, core_init(&c, "staffordshire-alliance", NULL));
	OK(&c, core_use(&c, NULL));
	setup_voters(&c);
	for (k = 0; k < ELECTIONS; k++)
		one_election(&c, r, k);
	/* And the ledger vouches for every ballot and vote of them. */
	OK(&c, core_audit_verify(&c, &bad, &entries));
	assert_int_equal(bad.n, 0);
	rec_ledger_problems_free(&bad);
	/* The attacker's copy: the file and its write-ahead log as the
	 * server leaves them. */
	db = slurp(path, &ndb);
	snprintf(wal, sizeof(wal), "%s-wal", path);
	w = slurp(wal, &nwal);
	assert_non_null(db);
	all = malloc(ndb + nwal + 1);
	assert_non_null(all);
	memcpy(all, db, ndb);
	if (w != NULL)
		memcpy(all + ndb, w, nwal);
	check_voter_order(path, r);
	m_db = attack(db, ndb, r, &found_db);
	m_all = attack(all, ndb + nwal, r, &found_all);
	m_ctl = control(r);
	printf("# %d elections of %d voters: the attack matched %d ballots "
	    "to their voter from the database file (%d receipts found), %d "
	    "from the file and its WAL (%d found); chance: %d; on the old "
	    "layout: %d\n", ELECTIONS, VOTERS, m_db, found_db, m_all,
	    found_all, ELECTIONS, m_ctl);
	assert_true(found_all == ELECTIONS * VOTERS);
	assert_true(m_db <= LIMIT);
	assert_true(m_all <= LIMIT);
	assert_true(m_ctl >= ELECTIONS * VOTERS * 9 / 10);
	core_close(&c);
	free(db);
	free(w);
	free(all);
	unlink(path);
	unlink(wal);
	unlink(key);
	snprintf(wal, sizeof(wal), "%s-shm", path);
	unlink(wal);
	rmdir(r->dir);
	free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ballots_unlinkable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
