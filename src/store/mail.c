/*
 * The outbox's reads as typed records (rec_mail.h): the messages due,
 * held for a digest, listed or shown, and who a group's or an
 * organisation's mail goes to.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "colmap.h"
#include "rec_mail.h"
#include "store.h"
#include "store_int.h"

/* STMT_OUT_GET: every column. */
static const struct col mail_cols[] = {
	I(rec_mail, id), I(rec_mail, arrangement_id), T(rec_mail, kind),
	T(rec_mail, once_key), T(rec_mail, recipient),
	T(rec_mail, recipient_name), T(rec_mail, subject),
	T(rec_mail, body_text), T(rec_mail, body_html), T(rec_mail, ical),
	T(rec_mail, ical_method), T(rec_mail, status), I(rec_mail, attempts),
	T(rec_mail, next_attempt), T(rec_mail, last_error),
	T(rec_mail, created), T(rec_mail, sent), F(rec_mail, digest),
};
static const struct map mail_map = MAP(rec_mail, mail_cols);

/* STMT_OUT_DUE: what sending needs. */
static const struct col due_cols[] = {
	I(rec_mail, id), T(rec_mail, recipient), T(rec_mail, recipient_name),
	T(rec_mail, subject), T(rec_mail, body_text), T(rec_mail, body_html),
	T(rec_mail, ical), T(rec_mail, ical_method), I(rec_mail, attempts),
	T(rec_mail, created), T(rec_mail, kind),
};
static const struct map due_map = MAP(rec_mail, due_cols);

/* STMT_OUT_LIST: the outbox as listed. */
static const struct col list_cols[] = {
	I(rec_mail, id), T(rec_mail, kind), T(rec_mail, recipient),
	T(rec_mail, subject), T(rec_mail, status), I(rec_mail, attempts),
	T(rec_mail, next_attempt), T(rec_mail, last_error),
	T(rec_mail, created), T(rec_mail, sent),
};
static const struct map list_map = MAP(rec_mail, list_cols);

/* STMT_OUT_HELD: what a digest gathers. */
static const struct col held_cols[] = {
	I(rec_mail, id), T(rec_mail, recipient), T(rec_mail, recipient_name),
	T(rec_mail, subject), T(rec_mail, body_text),
};
static const struct map held_map = MAP(rec_mail, held_cols);

/* STMT_GROUP_CONTACTS (then the organisation, not kept) and
 * STMT_ORG_CONTACTS. */
static const struct col recipient_cols[] = {
	T(rec_recipient, name), T(rec_recipient, email),
};
static const struct map recipient_map = MAP(rec_recipient, recipient_cols);

/* STMT_PERSON_DIGEST_GET */
struct news_choice {
	int64_t	 person;
	int	 choice;
};
static const struct col news_cols[] = {
	IN(news_choice, person, "id"), NN(news_choice, choice, "digest"),
};
static const struct map news_map = MAP(news_choice, news_cols);

/* STMT_OPEN_ELECTIONS and STMT_OPEN_POLLS: what is open, when it
 * closes and whether the organisation has voted. */
static const struct col open_election_cols[] = {
	I(rec_open_vote, id), TN(rec_open_vote, what, "office"),
	SKIP("voting_opens"), TN(rec_open_vote, closes, "voting_closes"),
	F(rec_open_vote, voted),
};
static const struct map open_election_map = MAP(rec_open_vote,
    open_election_cols);
static const struct col open_poll_cols[] = {
	I(rec_open_vote, id), TN(rec_open_vote, what, "text"), SKIP("opens"),
	T(rec_open_vote, closes), F(rec_open_vote, voted),
};
static const struct map open_poll_map = MAP(rec_open_vote, open_poll_cols);

/* mail_map has every field of the other maps: it clears any of them. */
CLEAR(rec_mail_clear, rec_mail, mail_map)
LIST_FREE(rec_mail_list_free, rec_mail_list, mail_map)
LIST_FREE(rec_recipient_list_free, rec_recipient_list, recipient_map)
LIST_FREE(rec_open_vote_list_free, rec_open_vote_list, open_poll_map)

enum store_err
store_mail_due(struct store *st, const char *now, struct rec_mail_list *out)
{
	memset(out, 0, sizeof(*out));
	return store_map_rows(store_int_query(st, STMT_OUT_DUE, "s", now),
	    &due_map, &out->v, &out->n, 0);
}

enum store_err
store_mail_list(struct store *st, const char *status,
    struct rec_mail_list *out)
{
	memset(out, 0, sizeof(*out));
	return store_map_rows(store_int_query(st, STMT_OUT_LIST, "s", status),
	    &list_map, &out->v, &out->n, 0);
}

enum store_err
store_mail_held(struct store *st, int64_t arr, struct rec_mail_list *out)
{
	memset(out, 0, sizeof(*out));
	/* "n": 0 binds NULL, every arrangement's. */
	return store_map_rows(store_int_query(st, STMT_OUT_HELD, "n", arr),
	    &held_map, &out->v, &out->n, 0);
}

enum store_err
store_mail_get(struct store *st, int64_t id, struct rec_mail *out,
    int *found)
{
	return store_map_one(store_int_query(st, STMT_OUT_GET, "l", id),
	    &mail_map, out, found);
}

enum store_err
store_mail_group_contacts(struct store *st, int64_t group, int no_associates,
    struct rec_recipient_list *out)
{
	return store_map_rows(store_int_query(st, STMT_GROUP_CONTACTS, "li",
	    group, no_associates != 0), &recipient_map, &out->v, &out->n, 0);
}

enum store_err
store_mail_org_contacts(struct store *st, int64_t org,
    struct rec_recipient_list *out)
{
	return store_map_rows(store_int_query(st, STMT_ORG_CONTACTS, "l", org),
	    &recipient_map, &out->v, &out->n, 0);
}

/* The last person of that email, as it has always been read. */
enum store_err
store_mail_news_choice(struct store *st, const char *email, int64_t *person,
    int *choice, int *found)
{
	struct news_choice	*v;
	size_t			 n;
	int			 rc;

	rc = store_map_rows(store_int_query(st, STMT_PERSON_DIGEST_GET, "s",
	    email), &news_map, &v, &n, 0);
	*found = n > 0;
	*person = n > 0 ? v[n - 1].person : 0;
	*choice = n > 0 ? v[n - 1].choice : 0;
	free(v);
	return rc;
}

enum store_err
store_mail_once_sent(struct store *st, const char *once, int *sent)
{
	return store_int_any(store_int_query(st, STMT_OUT_ONCE_SENT, "s", once),
	    sent);
}

enum store_err
store_open_votes(struct store *st, int ballots, int64_t group, int64_t org,
    const char *now, struct rec_open_vote_list *out)
{
	return store_map_rows(store_int_query(st, ballots ?
	    STMT_OPEN_ELECTIONS : STMT_OPEN_POLLS, "lls", group, org, now),
	    ballots ? &open_election_map : &open_poll_map, &out->v, &out->n,
	    0);
}

static const struct map_check checks[] = {
	{ STMT_OUT_GET, &mail_map },
	{ STMT_OUT_DUE, &due_map },
	{ STMT_OUT_LIST, &list_map },
	{ STMT_OUT_HELD, &held_map },
	{ STMT_GROUP_CONTACTS, &recipient_map },
	{ STMT_ORG_CONTACTS, &recipient_map },
	{ STMT_PERSON_DIGEST_GET, &news_map },
	{ STMT_OPEN_ELECTIONS, &open_election_map },
	{ STMT_OPEN_POLLS, &open_poll_map },
};

const struct map_checks store_mail_maps = MAP_CHECKS(checks);
