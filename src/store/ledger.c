/*
 * The ledger: which governed rows each audit entry vouches for, and
 * the digest of each row's after-image.  An update hook on this
 * connection notes every row written to a governed table; when the
 * core writes its audit entry, store_ledger_vouch() digests those rows
 * as they now are, one ledger_row each, and returns the digest of that
 * list for the entry's hash.  store_ledger_check() reads every live row
 * again and names the rows that differ from their latest digest: an
 * edit, insertion or deletion made by anything but this program (whose
 * connections carry the hook) is found.
 *
 * The columns digested are named here, not "*", so that a migration
 * adding a column does not make every row look changed.
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

/* One governed table: the key (rowid, or the key of a table without
 * one), a label naming the row for people, its election (or NULL) and
 * the columns vouched for. */
struct ledger_tbl {
	const char	*name;
	int		 rowid;		/* 1: the key is the rowid */
	const char	*all;		/* every row */
	const char	*one;		/* the row with key ?1 */
};

#define LT(n, rid, k, label, elec, cols) { n, rid, \
	"SELECT " k ", " label ", " elec ", " cols " FROM " n, \
	"SELECT " k ", " label ", " elec ", " cols " FROM " n \
	" WHERE " k " = ?1" }

static const struct ledger_tbl tbls[] = {
	LT("membership", 1, "rowid", "'organisation ' || organisation_id || "
	    "' in group ' || group_id", "NULL", "group_id, organisation_id, "
	    "kind, status, side, since, status_until, excluded"),
	LT("membership_status", 1, "rowid", "'membership ' || membership_id "
	    "|| ': ' || status", "NULL", "membership_id, status, effective, "
	    "until, reason, recorded_by, recorded_at"),
	LT("declaration", 1, "rowid", "'organisation ' || organisation_id || "
	    "', agreement ' || agreement_id", "NULL", "agreement_id, "
	    "organisation_id, signer_name, signer_role, signed_on, authority, "
	    "recorded_by, recorded_at"),
	LT("interest", 1, "rowid", "'meeting ' || meeting_id || ', item ' || "
	    "item_id || ', organisation ' || organisation_id", "NULL",
	    "meeting_id, item_id, organisation_id, person, nature, declared, "
	    "recorded_by"),
	LT("office", 1, "rowid", "office || ' of group ' || group_id || ', "
	    "person ' || person_id", "NULL", "group_id, person_id, office, "
	    "interim, term_start, term_end, ended"),
	LT("position", 1, "rowid", "slug", "NULL", "arrangement_id, slug, "
	    "section, name, method, appointed_by, electing_group_id, seats"),
	LT("appointment", 1, "rowid", "'position ' || position_id || ', "
	    "person ' || person_id", "NULL", "position_id, person_id, role, "
	    "interim, scope, term_start, term_end, ended"),
	LT("attendance", 1, "rowid", "'meeting ' || meeting_id || ', "
	    "organisation ' || organisation_id", "NULL", "meeting_id, "
	    "organisation_id, kind, people, deputy_agreed"),
	LT("motion", 1, "rowid", "'motion ' || id", "NULL", "group_id, "
	    "meeting_id, item_id, body, method, opens, closes, round, "
	    "previous_id, status, outcome, votes_for, votes_against, "
	    "votes_abstain, effect, proposed_by, proposed_at, decided_at"),
	LT("motion_vote", 1, "rowid", "'motion ' || motion_id || ', "
	    "organisation ' || organisation_id", "NULL", "motion_id, "
	    "organisation_id, choice, cast_by, cast_at"),
	LT("election", 1, "rowid", "'election ' || id", "id", "group_id, "
	    "office, position_id, seats, nominations_open, nominations_close, "
	    "short_reason, voting_opens, voting_closes, round, previous_id, "
	    "status, result, verified_by, announced_by, created_by"),
	LT("nomination", 1, "rowid", "'election ' || election_id || ', "
	    "person ' || person_id", "election_id", "election_id, person_id, "
	    "details, why, skills, interests, guidance, nominated_on"),
	LT("ballot_voter", 1, "rowid", "'election ' || election_id || ', "
	    "organisation ' || organisation_id", "election_id", "election_id, "
	    "organisation_id, voted_on"),
	LT("ballot_sealed", 1, "rowid", "'election ' || election_id || ', "
	    "sealed ballot'", "election_id", "election_id, sealed"),
	LT("ballot_box", 0, "receipt", "'election ' || election_id || ', "
	    "receipt ' || receipt", "election_id", "election_id, "
	    "nomination_id"),
	/* The agreements' own records (migration 17); governed since
	 * migration 18, which has their earlier rows adopted. */
	LT("term_renewal", 1, "rowid", "'arrangement ' || arrangement_id || "
	    "', renewed ' || renewed_on", "NULL", "arrangement_id, "
	    "renewed_on, until, decided_by, recorded_by, recorded_at"),
	LT("meeting_report", 1, "rowid", "'meeting ' || meeting_id || ', "
	    "report to ' || to_body", "NULL", "meeting_id, to_body, "
	    "reported_on, summary, recorded_by, recorded_at"),
	LT("appointment_stepback", 1, "rowid", "'appointment ' || "
	    "appointment_id || ', stepping back from ' || from_day", "NULL",
	    "appointment_id, conflict, from_day, until_day, permanent, lifted, "
	    "recorded_by, recorded_at"),
	LT("training", 1, "rowid", "'training ' || id || ': ' || title",
	    "NULL", "arrangement_id, title, kind, day, recorded_by"),
	LT("training_invite", 1, "rowid", "'training ' || training_id || ', "
	    "person ' || person_id", "NULL", "training_id, person_id, "
	    "attended"),
	LT("paper", 1, "rowid", "'paper ' || id || ': ' || title", "NULL",
	    "arrangement_id, group_id, meeting_id, title, kind, visibility, "
	    "link, body, added_on, recorded_by"),
	LT("appointment_reason", 1, "rowid", "'appointment ' || "
	    "appointment_id || ', reason'", "NULL", "appointment_id, reason, "
	    "recorded_by, recorded_at"),
	LT("position_decision", 1, "rowid", "'position ' || position_id || "
	    "', decided ' || decided_on", "NULL", "position_id, "
	    "electing_group_id, decided_by_group_id, decided_on, note, "
	    "recorded_by, recorded_at"),
	LT("group_origin", 1, "rowid", "'group ' || group_id || ', formed by ' "
	    "|| coalesce('forum ' || forum_id, 'joint agreement')", "NULL",
	    "group_id, forum_id, agreed_on, note, recorded_by, recorded_at"),
	LT("invitation", 1, "rowid", "'invitation ' || id || ' from ' || "
	    "from_body", "NULL", "arrangement_id, from_body, board, "
	    "received_on, decision, person_id, reason, tokenistic, decided_on, "
	    "recorded_by"),
	LT("request_route", 1, "rowid", "'request ' || id || ' from ' || "
	    "from_body", "NULL", "arrangement_id, from_body, subject, "
	    "received_on, group_id, kept_reason, routed_on, recorded_by"),
};
#define NTBL (int)(sizeof(tbls) / sizeof(tbls[0]))
_Static_assert(sizeof(tbls) / sizeof(tbls[0]) == LEDGER_NTBL,
    "LEDGER_NTBL counts the governed tables");

int
ledger_tbl_index(const char *name)
{
	int i;

	for (i = 0; i < NTBL; i++)
		if (strcmp(tbls[i].name, name) == 0)
			return i;
	return -1;
}

static void
ledger_add(struct store_ledger *l, int tbl, const char *key)
{
	struct ledger_mark	*v;
	size_t			 cap;

	if (l->n == l->cap) {
		cap = l->cap == 0 ? 64 : l->cap * 2;
		if ((v = reallocarray(l->v, cap, sizeof(*v))) == NULL) {
			l->lost = 1;
			return;
		}
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n].tbl = tbl;
	snprintf(l->v[l->n].key, sizeof(l->v[l->n].key), "%s", key);
	l->n++;
}

/* SQLite's update hook: no SQL here, only a note of the row. */
static void
ledger_hook(void *arg, int op, const char *db, const char *table,
    sqlite3_int64 rowid)
{
	struct store_ledger	*l = arg;
	char			 key[32];
	int			 t;

	(void)op;
	if (strcmp(db, "main") != 0 || (t = ledger_tbl_index(table)) < 0)
		return;
	snprintf(key, sizeof(key), "%lld", (long long)rowid);
	ledger_add(l, t, key);
}

enum store_err
store_ledger_track(struct store *s)
{
	if (sodium_init() < 0)
		return STORE_ERROR;
	if ((s->ledger = calloc(1, sizeof(*s->ledger))) == NULL)
		return STORE_ERROR;
	sqlite3_update_hook(s->db, ledger_hook, s->ledger);
	return ledger_prior_track(s);
}

void
store_ledger_free(struct store *s)
{
	int i;

	if (s->ledger == NULL)
		return;
	for (i = 0; i < NTBL; i++)
		sqlite3_finalize(s->ledger->one[i]);
	sqlite3_finalize(s->ledger->ins);
	sqlite3_finalize(s->ledger->latest);
	free(s->ledger->v);
	free(s->ledger->b);
	free(s->ledger);
	s->ledger = NULL;
}

void
store_ledger_forget(struct store *s)
{
	if (s->ledger != NULL) {
		s->ledger->n = 0;
		s->ledger->nb = 0;
		s->ledger->lost = 0;
		s->ledger->adopted = 0;
	}
}

const char *
ledger_tbl_name(int t)
{
	return tbls[t].name;
}

int
ledger_tbl_rowid(int t)
{
	return tbls[t].rowid;
}

const char *
ledger_tbl_one(int t)
{
	return tbls[t].one;
}

const char *
ledger_tbl_all(int t)
{
	return tbls[t].all;
}

enum store_err
store_ledger_mark(struct store *s, const char *tbl, const char *key)
{
	int t;

	if (s->ledger == NULL || (t = ledger_tbl_index(tbl)) < 0)
		return STORE_ERROR;
	ledger_add(s->ledger, t, key);
	return s->ledger->lost ? STORE_ERROR : STORE_OK;
}

int
store_ledger_begun(struct store *s)
{
	sqlite3_stmt	*q;
	int		 begun = 1;

	if (sqlite3_prepare_v2(s->db, "SELECT EXISTS (SELECT 1 FROM "
	    "ledger_row) OR EXISTS (SELECT 1 FROM audit WHERE sig IS NOT "
	    "NULL OR vouched IS NOT NULL)", -1, &q, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(q) == SQLITE_ROW)
		begun = sqlite3_column_int(q, 0);
	else
		begun = -1;
	sqlite3_finalize(q);
	return begun;
}

size_t
store_ledger_pending(const struct store *s)
{
	return s->ledger != NULL ? s->ledger->n : 0;
}

/* A string and its NUL into a digest: "ab","c" and "a","bc" differ. */
static void
ledger_hash_str(crypto_generichash_state *st, const char *s)
{
	crypto_generichash_update(st, (const unsigned char *)s, strlen(s) + 1);
}

/* The digest st ends in, as hex. */
static void
ledger_hash_hex(crypto_generichash_state *st, char out[STORE_DIGEST_HEX])
{
	unsigned char h[32];

	crypto_generichash_final(st, h, sizeof(h));
	sodium_bin2hex(out, STORE_DIGEST_HEX, h, sizeof(h));
}

/*
 * The digest of a row's values, under its table and key, as hex.  Each
 * value is typed, so 1 and '1' differ.
 */
void
ledger_digest(const char *tbl, const char *key, sqlite3_value *const *v,
    int n, char out[STORE_DIGEST_HEX])
{
	crypto_generichash_state	 st;
	char				 num[40], type;
	int				 i;

	crypto_generichash_init(&st, NULL, 0, 32);
	ledger_hash_str(&st, tbl);
	ledger_hash_str(&st, key);
	for (i = 0; i < n; i++) {
		switch (sqlite3_value_type(v[i])) {
		case SQLITE_INTEGER:
			type = 'i';
			snprintf(num, sizeof(num), "%lld",
			    (long long)sqlite3_value_int64(v[i]));
			break;
		case SQLITE_FLOAT:
			type = 'f';
			snprintf(num, sizeof(num), "%.17g",
			    sqlite3_value_double(v[i]));
			break;
		case SQLITE_NULL:
			type = 'n';
			num[0] = '\0';
			break;
		default:
			type = sqlite3_value_type(v[i]) == SQLITE_BLOB ?
			    'b' : 't';
			snprintf(num, sizeof(num), "%d",
			    sqlite3_value_bytes(v[i]));
			break;
		}
		crypto_generichash_update(&st, (const unsigned char *)&type, 1);
		ledger_hash_str(&st, num);
		if (type == 'b' || type == 't')
			crypto_generichash_update(&st, type == 'b' ?
			    sqlite3_value_blob(v[i]) :
			    sqlite3_value_text(v[i]),
			    (size_t)sqlite3_value_bytes(v[i]));
	}
	ledger_hash_hex(&st, out);
}

/* The digest of one row of q: its columns from 3 on. */
void
ledger_row_digest(const char *tbl, const char *key, sqlite3_stmt *q,
    char out[STORE_DIGEST_HEX])
{
	sqlite3_value	*v[LEDGER_MAXCOL];
	int		 i, n = sqlite3_column_count(q) - 3;

	for (i = 0; i < n && i < LEDGER_MAXCOL; i++)
		v[i] = sqlite3_column_value(q, i + 3);
	ledger_digest(tbl, key, v, i, out);
}

/* One line of an entry's list, in (tbl, row) order, into st. */
void
ledger_list_add(crypto_generichash_state *st, const char *tbl,
    const char *row, const char *digest, const char *prior)
{
	if (prior != NULL) {
		crypto_generichash_update(st, (const unsigned char *)"!", 1);
		ledger_hash_str(st, prior);
	}
	ledger_hash_str(st, tbl);
	ledger_hash_str(st, row);
	ledger_hash_str(st, digest != NULL ? digest : "-");
}

void
ledger_list_end(crypto_generichash_state *st, int64_t n,
    char out[STORE_DIGEST_HEX])
{
	char num[32];

	/* The count without its NUL, as the first entries were made. */
	snprintf(num, sizeof(num), "%lld rows", (long long)n);
	crypto_generichash_update(st, (const unsigned char *)num, strlen(num));
	ledger_hash_hex(st, out);
}

static int
ledger_cmp(const void *a, const void *b)
{
	const struct ledger_mark	*x = a, *y = b;
	int				 c;

	if ((c = strcmp(tbls[x->tbl].name, tbls[y->tbl].name)) != 0)
		return c;
	return strcmp(x->key, y->key);
}

/* The rows noted, in (tbl, row) order. */
static struct ledger_mark *
ledger_sorted(struct store_ledger *l)
{
	if (l->n > 0)	/* qsort takes no NULL, even for none */
		qsort(l->v, l->n, sizeof(*l->v), ledger_cmp);
	return l->v;
}

static int
ledger_prepare(struct store *s, sqlite3_stmt **q, const char *sql)
{
	if (*q == NULL && sqlite3_prepare_v3(s->db, sql, -1,
	    SQLITE_PREPARE_PERSISTENT, q, NULL) != SQLITE_OK)
		return STORE_ERROR;
	sqlite3_reset(*q);
	sqlite3_clear_bindings(*q);
	return STORE_OK;
}

/* Writes one ledger_row and adds it to the entry's list. */
static int
ledger_put(struct store *s, int64_t seq, const char *tbl, const char *key,
    const char *digest, const char *prior, crypto_generichash_state *st)
{
	sqlite3_stmt	**q = &s->ledger->ins;
	int		  rc;

	if (ledger_prepare(s, q, "INSERT INTO ledger_row (seq, tbl, row, "
	    "digest, prior) VALUES (?, ?, ?, ?, ?)") != STORE_OK)
		return STORE_ERROR;
	sqlite3_bind_int64(*q, 1, seq);
	sqlite3_bind_text(*q, 2, tbl, -1, SQLITE_STATIC);
	sqlite3_bind_text(*q, 3, key, -1, SQLITE_STATIC);
	if (digest != NULL)
		sqlite3_bind_text(*q, 4, digest, -1, SQLITE_STATIC);
	if (prior != NULL)
		sqlite3_bind_text(*q, 5, prior, -1, SQLITE_STATIC);
	rc = sqlite3_step(*q);
	sqlite3_reset(*q);
	if (rc != SQLITE_DONE)
		return STORE_ERROR;
	ledger_list_add(st, tbl, key, digest, prior);
	return STORE_OK;
}

/* Digests the marked row m as it is now (NULL digest: it is gone). */
static int
ledger_vouch_one(struct store *s, int64_t seq, const struct ledger_mark *m,
    int all, crypto_generichash_state *st)
{
	const struct ledger_tbl	*t = &tbls[m->tbl];
	sqlite3_stmt		**q = &s->ledger->one[m->tbl];
	char			  digest[STORE_DIGEST_HEX], prior[80];
	int			  rc, found, altered = 0;

	/* What the row held before this action rewrote it, if that is
	 * not what the ledger vouched for. */
	if (!all && ledger_prior(s, m->tbl, m->key, prior, &altered) !=
	    STORE_OK)
		return STORE_ERROR;
	if (ledger_prepare(s, q, t->one) != STORE_OK)
		return STORE_ERROR;
	/* A rowid's key is its number as text: the rowid's INTEGER
	 * affinity turns the text back into it. */
	sqlite3_bind_text(*q, 1, m->key, -1, SQLITE_STATIC);
	rc = sqlite3_step(*q);
	if ((found = rc == SQLITE_ROW))
		ledger_row_digest(t->name, m->key, *q, digest);
	sqlite3_reset(*q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return STORE_ERROR;
	return ledger_put(s, seq, t->name, m->key, found ? digest : NULL,
	    altered ? prior : NULL, st);
}

/* Every current row of every governed table, in (tbl, row) order. */
static int
ledger_vouch_all(struct store *s, int64_t seq, crypto_generichash_state *st,
    int64_t *n)
{
	struct ledger_mark	*v;
	size_t			 i;
	sqlite3_stmt		*q;
	int			 t, rc = STORE_OK;

	s->ledger->n = 0;
	for (t = 0; t < NTBL && rc == STORE_OK; t++) {
		if (sqlite3_prepare_v2(s->db, tbls[t].all, -1, &q, NULL) !=
		    SQLITE_OK)
			return STORE_ERROR;
		while (sqlite3_step(q) == SQLITE_ROW)
			ledger_add(s->ledger, t, (const char *)
			    sqlite3_column_text(q, 0));
		sqlite3_finalize(q);
	}
	if (s->ledger->lost)
		return STORE_ERROR;
	v = ledger_sorted(s->ledger);
	for (i = 0; i < s->ledger->n && rc == STORE_OK; i++)
		rc = ledger_vouch_one(s, seq, &v[i], 1, st);
	*n = (int64_t)s->ledger->n;
	return rc;
}

/*
 * Tables newly governed (migration 18 lists them in ledger_adopt): the
 * rows they held before are vouched for as they are by this entry,
 * where the ledger holds no row of the table yet (add); then the list
 * is emptied.
 */
static int
ledger_adopt(struct store *s, int add)
{
	sqlite3_stmt	*q, *a;
	int		 t, rc;

	if (s->ledger->adopted)
		return STORE_OK;
	if (sqlite3_prepare_v2(s->db, "SELECT a.tbl FROM ledger_adopt a "
	    "WHERE NOT EXISTS (SELECT 1 FROM ledger_row r WHERE r.tbl = "
	    "a.tbl)", -1, &q, NULL) != SQLITE_OK)
		return STORE_ERROR;
	while (add && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((t = ledger_tbl_index((const char *)
		    sqlite3_column_text(q, 0))) < 0)
			continue;
		if (sqlite3_prepare_v2(s->db, tbls[t].all, -1, &a, NULL) !=
		    SQLITE_OK) {
			sqlite3_finalize(q);
			return STORE_ERROR;
		}
		while (sqlite3_step(a) == SQLITE_ROW)
			ledger_add(s->ledger, t, (const char *)
			    sqlite3_column_text(a, 0));
		sqlite3_finalize(a);
	}
	sqlite3_finalize(q);
	if (s->ledger->lost || sqlite3_exec(s->db, "DELETE FROM ledger_adopt",
	    NULL, NULL, NULL) != SQLITE_OK)
		return STORE_ERROR;
	/* Undone with the transaction or savepoint, which bring the list
	 * back for a later entry (store_ledger_forget). */
	s->ledger->adopted = 1;
	return STORE_OK;
}

/* 1 when table t is still to be adopted: its rows are not yet governed. */
int
ledger_adopting(struct store *s, int t)
{
	sqlite3_stmt	*q;
	int		 pending;

	if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM ledger_adopt a WHERE "
	    "a.tbl = ?1 AND NOT EXISTS (SELECT 1 FROM ledger_row r WHERE "
	    "r.tbl = a.tbl)", -1, &q, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(q, 1, tbls[t].name, -1, SQLITE_STATIC);
	pending = sqlite3_step(q) == SQLITE_ROW;
	sqlite3_finalize(q);
	return pending;
}

enum store_err
store_ledger_vouch(struct store *s, int64_t seq, int all,
    char out[STORE_DIGEST_HEX], int64_t *n)
{
	crypto_generichash_state	 st;
	struct ledger_mark		*v;
	size_t				 i;
	int				 rc = STORE_OK;

	*n = 0;
	if (s->ledger == NULL || s->ledger->lost)
		return STORE_ERROR;
	crypto_generichash_init(&st, NULL, 0, 32);
	if (ledger_adopt(s, !all) != STORE_OK)
		rc = STORE_ERROR;
	else if (all)
		rc = ledger_vouch_all(s, seq, &st, n);
	else {
		v = ledger_sorted(s->ledger);
		for (i = 0; i < s->ledger->n && rc == STORE_OK; i++) {
			if (i > 0 && ledger_cmp(&v[i - 1], &v[i]) == 0)
				continue;
			rc = ledger_vouch_one(s, seq, &v[i], 0, &st);
			(*n)++;
		}
	}
	s->ledger->n = 0;
	s->ledger->nb = 0;
	if (rc == STORE_OK)
		ledger_list_end(&st, *n, out);
	return rc;
}

/*
 * A savepoint inside the open transaction, for one action of a group
 * committed together: rolled back to, it takes the ledger's notes of
 * the rows written since with it, so they are not vouched for.
 */
enum store_err
store_savepoint(struct store *s, struct store_savepoint *sp)
{
	sp->n = s->ledger != NULL ? s->ledger->n : 0;
	sp->nb = s->ledger != NULL ? s->ledger->nb : 0;
	sp->lost = s->ledger != NULL ? s->ledger->lost : 0;
	return sqlite3_exec(s->db, "SAVEPOINT action", NULL, NULL, NULL) ==
	    SQLITE_OK ? STORE_OK : STORE_ERROR;
}

enum store_err
store_savepoint_end(struct store *s, const struct store_savepoint *sp,
    int keep)
{
	if (!keep) {
		if (sqlite3_exec(s->db, "ROLLBACK TO action", NULL, NULL,
		    NULL) != SQLITE_OK)
			return STORE_ERROR;
		if (s->ledger != NULL) {
			s->ledger->n = sp->n;
			s->ledger->nb = sp->nb;
			s->ledger->lost = sp->lost;
			s->ledger->adopted = 0;
		}
	}
	return sqlite3_exec(s->db, "RELEASE action", NULL, NULL, NULL) ==
	    SQLITE_OK ? STORE_OK : STORE_ERROR;
}
