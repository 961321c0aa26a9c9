/*
 * The outbox's reads as typed records (rec_mail.h): the messages due,
 * held for a digest, listed or shown, and who a group's or an
 * organisation's mail goes to.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "rec_mail.h"
#include "store.h"
#include "store_int.h"

void
rec_mail_clear(struct rec_mail *m)
{
	free(m->kind);
	free(m->once_key);
	free(m->recipient);
	free(m->recipient_name);
	free(m->subject);
	free(m->body_text);
	free(m->body_html);
	free(m->ical);
	free(m->ical_method);
	free(m->status);
	free(m->next_attempt);
	free(m->last_error);
	free(m->created);
	free(m->sent);
	memset(m, 0, sizeof(*m));
}

void
rec_mail_list_free(struct rec_mail_list *l)
{
	size_t i;

	for (i = 0; l->v != NULL && i < l->n; i++)
		rec_mail_clear(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
rec_recipient_list_free(struct rec_recipient_list *l)
{
	size_t i;

	for (i = 0; l->v != NULL && i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].email);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* The columns each statement reads, in its SELECT's order. */
enum mail_col { M_ID, M_ARR, M_KIND, M_ONCE, M_TO, M_TO_NAME, M_SUBJECT,
    M_TEXT, M_HTML, M_ICAL, M_METHOD, M_STATUS, M_ATTEMPTS, M_NEXT, M_ERROR,
    M_CREATED, M_SENT, M_DIGEST, M_END };

static const enum mail_col due_cols[] = { M_ID, M_TO, M_TO_NAME, M_SUBJECT,
    M_TEXT, M_HTML, M_ICAL, M_METHOD, M_ATTEMPTS, M_CREATED, M_KIND, M_END };
static const enum mail_col list_cols[] = { M_ID, M_KIND, M_TO, M_SUBJECT,
    M_STATUS, M_ATTEMPTS, M_NEXT, M_ERROR, M_CREATED, M_SENT, M_END };
static const enum mail_col held_cols[] = { M_ID, M_TO, M_TO_NAME, M_SUBJECT,
    M_TEXT, M_END };
static const enum mail_col all_cols[] = { M_ID, M_ARR, M_KIND, M_ONCE, M_TO,
    M_TO_NAME, M_SUBJECT, M_TEXT, M_HTML, M_ICAL, M_METHOD, M_STATUS,
    M_ATTEMPTS, M_NEXT, M_ERROR, M_CREATED, M_SENT, M_DIGEST, M_END };

struct mail_fill {
	const enum mail_col	*cols;
	struct rec_mail_list	*out;
};

static int
mail_row(sqlite3_stmt *q, void *arg)
{
	struct mail_fill	*f = arg;
	struct rec_mail		*m;
	char			**s;
	int			 i, nomem = 0;

	if ((m = store_int_grow((void **)&f->out->v, &f->out->n,
	    sizeof(*m))) == NULL)
		return -1;
	for (i = 0; f->cols[i] != M_END; i++) {
		s = NULL;
		switch (f->cols[i]) {
		case M_ID:
			m->id = sqlite3_column_int64(q, i);
			break;
		case M_ARR:
			m->arrangement_id = sqlite3_column_int64(q, i);
			break;
		case M_ATTEMPTS:
			m->attempts = sqlite3_column_int64(q, i);
			break;
		case M_DIGEST:
			m->digest = sqlite3_column_int(q, i) != 0;
			break;
		case M_KIND: s = &m->kind; break;
		case M_ONCE: s = &m->once_key; break;
		case M_TO: s = &m->recipient; break;
		case M_TO_NAME: s = &m->recipient_name; break;
		case M_SUBJECT: s = &m->subject; break;
		case M_TEXT: s = &m->body_text; break;
		case M_HTML: s = &m->body_html; break;
		case M_ICAL: s = &m->ical; break;
		case M_METHOD: s = &m->ical_method; break;
		case M_STATUS: s = &m->status; break;
		case M_NEXT: s = &m->next_attempt; break;
		case M_ERROR: s = &m->last_error; break;
		case M_CREATED: s = &m->created; break;
		case M_SENT: s = &m->sent; break;
		case M_END: break;
		}
		if (s != NULL)
			*s = store_int_text(q, i, &nomem);
	}
	return nomem ? -1 : 0;
}

static enum store_err
mail_rows(sqlite3_stmt *q, const enum mail_col *cols,
    struct rec_mail_list *out)
{
	struct mail_fill	f = { cols, out };
	int			rc;

	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, mail_row, &f)) != STORE_OK)
		rec_mail_list_free(out);
	return rc;
}

enum store_err
store_mail_due(struct store *st, const char *now, struct rec_mail_list *out)
{
	memset(out, 0, sizeof(*out));
	return mail_rows(store_int_query(st, STMT_OUT_DUE, "s", now), due_cols,
	    out);
}

enum store_err
store_mail_list(struct store *st, const char *status,
    struct rec_mail_list *out)
{
	memset(out, 0, sizeof(*out));
	return mail_rows(store_int_query(st, STMT_OUT_LIST, "s", status),
	    list_cols, out);
}

enum store_err
store_mail_held(struct store *st, int64_t arr, struct rec_mail_list *out)
{
	memset(out, 0, sizeof(*out));
	/* "n": 0 binds NULL, every arrangement's. */
	return mail_rows(store_int_query(st, STMT_OUT_HELD, "n", arr),
	    held_cols, out);
}

enum store_err
store_mail_get(struct store *st, int64_t id, struct rec_mail *out,
    int *found)
{
	struct rec_mail_list	l = { NULL, 0 };
	int			rc;

	memset(out, 0, sizeof(*out));
	*found = 0;
	if ((rc = mail_rows(store_int_query(st, STMT_OUT_GET, "l", id),
	    all_cols, &l)) != STORE_OK)
		return rc;
	if (l.n > 0) {
		*out = l.v[0];
		memset(&l.v[0], 0, sizeof(l.v[0]));
		*found = 1;
	}
	rec_mail_list_free(&l);
	return STORE_OK;
}

/* name, email (then, for a group's, the organisation, not kept). */
static int
contact_row(sqlite3_stmt *q, void *arg)
{
	struct rec_recipient_list	*l = arg;
	struct rec_recipient	*p;
	int			 nomem = 0;

	if ((p = store_int_grow((void **)&l->v, &l->n, sizeof(*p))) == NULL)
		return -1;
	p->name = store_int_text(q, 0, &nomem);
	p->email = store_int_text(q, 1, &nomem);
	return nomem ? -1 : 0;
}

static enum store_err
contacts(sqlite3_stmt *q, struct rec_recipient_list *out)
{
	int rc;

	memset(out, 0, sizeof(*out));
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, contact_row, out)) != STORE_OK)
		rec_recipient_list_free(out);
	return rc;
}

enum store_err
store_mail_group_contacts(struct store *st, int64_t group, int no_associates,
    struct rec_recipient_list *out)
{
	return contacts(store_int_query(st, STMT_GROUP_CONTACTS, "li", group,
	    no_associates != 0), out);
}

enum store_err
store_mail_org_contacts(struct store *st, int64_t org,
    struct rec_recipient_list *out)
{
	return contacts(store_int_query(st, STMT_ORG_CONTACTS, "l", org), out);
}

struct news_choice {
	int64_t		 person;
	int		 choice, found;
};

static int
news_row(sqlite3_stmt *q, void *arg)
{
	struct news_choice *n = arg;

	n->person = sqlite3_column_int64(q, 0);
	n->choice = sqlite3_column_int(q, 1);
	n->found = 1;
	return 0;
}

enum store_err
store_mail_news_choice(struct store *st, const char *email, int64_t *person,
    int *choice, int *found)
{
	struct news_choice	 n = { 0, 0, 0 };
	sqlite3_stmt		*q;
	int			 rc;

	if ((q = store_int_query(st, STMT_PERSON_DIGEST_GET, "s", email)) ==
	    NULL)
		return STORE_ERROR;
	rc = store_int_each(q, news_row, &n);
	*person = n.person;
	*choice = n.choice;
	*found = n.found;
	return rc;
}

static int
once_row(sqlite3_stmt *q, void *arg)
{
	(void)q;
	*(int *)arg = 1;
	return 0;
}

enum store_err
store_mail_once_sent(struct store *st, const char *once, int *sent)
{
	sqlite3_stmt *q;

	*sent = 0;
	if ((q = store_int_query(st, STMT_OUT_ONCE_SENT, "s", once)) == NULL)
		return STORE_ERROR;
	return store_int_each(q, once_row, sent);
}

void
rec_open_vote_list_free(struct rec_open_vote_list *l)
{
	size_t i;

	for (i = 0; l->v != NULL && i < l->n; i++) {
		free(l->v[i].what);
		free(l->v[i].closes);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* id, what (text or office), opens, closes, voted. */
static int
open_vote_row(sqlite3_stmt *q, void *arg)
{
	struct rec_open_vote_list	*l = arg;
	struct rec_open_vote		*v;
	int				 nomem = 0;

	if ((v = store_int_grow((void **)&l->v, &l->n, sizeof(*v))) == NULL)
		return -1;
	v->id = sqlite3_column_int64(q, 0);
	v->what = store_int_text(q, 1, &nomem);
	v->closes = store_int_text(q, 3, &nomem);
	v->voted = sqlite3_column_int(q, 4) != 0;
	return nomem ? -1 : 0;
}

enum store_err
store_open_votes(struct store *st, int ballots, int64_t group, int64_t org,
    const char *now, struct rec_open_vote_list *out)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(out, 0, sizeof(*out));
	if ((q = store_int_query(st, ballots ? STMT_OPEN_ELECTIONS :
	    STMT_OPEN_POLLS, "lls", group, org, now)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, open_vote_row, out)) != STORE_OK)
		rec_open_vote_list_free(out);
	return rc;
}
