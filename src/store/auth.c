/*
 * Users, sessions and API tokens as typed records (rec_auth.h), read by
 * column maps (colmap.h), and the counts that limit attempts.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "colmap.h"
#include "rec_auth.h"
#include "store.h"
#include "store_int.h"

static const struct col user_cols[] = {
	I(rec_user, id), I(rec_user, person_id), F(rec_user, officer),
	T(rec_user, password), T(rec_user, disabled), T(rec_user, name),
	T(rec_user, email),
};
static const struct map user_map = MAP(rec_user, user_cols);

static const struct col user_list_cols[] = {
	I(rec_user, id), T(rec_user, name), T(rec_user, email),
	T(rec_user, organisation), F(rec_user, officer),
	F(rec_user, has_password), F(rec_user, second_factor),
	T(rec_user, created),
};
static const struct map user_list_map = MAP(rec_user, user_list_cols);

static const struct col user_totp_cols[] = {
	I(rec_user, id), F(rec_user, officer), T(rec_user, password),
	T(rec_user, disabled), T(rec_user, totp_secret),
	T(rec_user, totp_confirmed),
};
static const struct map user_totp_map = MAP(rec_user, user_totp_cols);

/* Every string of a user, whichever read filled it (not a statement's). */
static const struct col user_all_cols[] = {
	T(rec_user, password), T(rec_user, disabled), T(rec_user, name),
	T(rec_user, email), T(rec_user, organisation), T(rec_user, created),
	T(rec_user, totp_secret), T(rec_user, totp_confirmed),
};
static const struct map user_all_map = MAP(rec_user, user_all_cols);

static const struct col session_cols[] = {
	I(rec_session, user_id), T(rec_session, csrf), T(rec_session, seen),
	T(rec_session, created), F(rec_session, officer),
	F(rec_session, enrol), T(rec_session, verified),
	I(rec_session, person_id), T(rec_session, disabled),
	T(rec_session, name), T(rec_session, email),
	IN(rec_session, org_id, "organisation_id"), T(rec_session, org_name),
};
static const struct map session_map = MAP(rec_session, session_cols);

static const struct col token_cols[] = {
	I(rec_token, id), T(rec_token, name), T(rec_token, scope),
	T(rec_token, expires), T(rec_token, last_used),
	T(rec_token, created_by), T(rec_token, created), T(rec_token, revoked),
};
static const struct map token_list_map = MAP(rec_token, token_cols);
static const struct map token_get_map = { token_cols, 5,
    sizeof(struct rec_token) };

static const struct col token_id_cols[] = {
	I(rec_token, id), T(rec_token, name), T(rec_token, scope),
	T(rec_token, revoked),
};
static const struct map token_id_map = MAP(rec_token, token_id_cols);

CLEAR(rec_user_clear, rec_user, user_all_map)
LIST_FREE(rec_user_list_free, rec_user_list, user_all_map)
CLEAR(rec_session_clear, rec_session, session_map)
CLEAR(rec_token_clear, rec_token, token_list_map)
LIST_FREE(rec_token_list_free, rec_token_list, token_list_map)

#define Q(...)	store_int_query(s, __VA_ARGS__)

int
store_user_by_person(struct store *s, int64_t person, struct rec_user *u,
    int *found)
{
	return store_map_one(Q(STMT_USER_BY_PERSON, "l", person), &user_map, u,
	    found);
}

int
store_user_by_email(struct store *s, const char *email, struct rec_user *u,
    int *found)
{
	return store_map_one(Q(STMT_USER_BY_EMAIL, "s", email), &user_map, u,
	    found);
}

int
store_user_totp(struct store *s, int64_t uid, struct rec_user *u,
    int *found)
{
	return store_map_one(Q(STMT_USER_TOTP_GET, "l", uid), &user_totp_map,
	    u, found);
}

int
store_user_list(struct store *s, struct rec_user_list *l)
{
	return store_map_rows(Q(STMT_USER_LIST, ""), &user_list_map, &l->v,
	    &l->n, 0);
}

int
store_session_get(struct store *s, const char *hash, struct rec_session *r,
    int *found)
{
	return store_map_one(Q(STMT_SESSION_GET, "s", hash), &session_map, r,
	    found);
}

int
store_token_get(struct store *s, const char *hash, const char *today,
    struct rec_token *t, int *found)
{
	return store_map_one(Q(STMT_TOKEN_GET, "ss", hash, today),
	    &token_get_map, t, found);
}

int
store_token_by_id(struct store *s, int64_t id, struct rec_token *t,
    int *found)
{
	return store_map_one(Q(STMT_TOKEN_BY_ID, "l", id), &token_id_map, t,
	    found);
}

int
store_token_list(struct store *s, struct rec_token_list *l)
{
	return store_map_rows(Q(STMT_TOKEN_LIST, ""), &token_list_map, &l->v,
	    &l->n, 0);
}

/* The integers of q's first row into v[0..n-1] (0 when no row); *found
 * says whether there was one. */
static int
ints(sqlite3_stmt *q, int64_t *v, int n, int *found)
{
	int i, rc;

	for (i = 0; i < n; i++)
		v[i] = 0;
	if (found != NULL)
		*found = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		for (i = 0; i < n; i++)
			v[i] = sqlite3_column_int64(q, i);
		if (found != NULL)
			*found = 1;
	}
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}

int
store_link_claim(struct store *s, const char *hash, const char *now,
    int64_t *uid)
{
	return ints(Q(STMT_LINK_CLAIM, "ss", hash, now), uid, 1, NULL);
}

int
store_signin_requests(struct store *s, const char *ehash, const char *client,
    const char *since, int64_t *by_email, int64_t *by_client)
{
	int64_t	v[2];
	int	rc;

	rc = ints(Q(STMT_SIGNIN_REQ_COUNT, "sss", ehash, client, since), v, 2,
	    NULL);
	*by_email = v[0];
	*by_client = v[1];
	return rc;
}

int
store_signin_failures(struct store *s, const char *email, const char *since,
    int64_t *n)
{
	return ints(Q(STMT_SIGNIN_FAIL_COUNT, "ss", email, since), n, 1, NULL);
}

int
store_totp_step(struct store *s, int64_t uid, int64_t step, int *spent)
{
	int64_t	id;
	int	found, rc;

	rc = ints(Q(STMT_USER_TOTP_STEP, "ll", uid, step), &id, 1, &found);
	*spent = !found;
	return rc;
}

int
store_person_chairs(struct store *s, int64_t person, int64_t arr,
    const char *today, int64_t group, int *yes)
{
	int64_t	v;
	int	rc;

	rc = ints(Q(STMT_ACCESS_CHAIRS, "llsl", person, arr, today, group), &v,
	    1, NULL);
	*yes = rc == STORE_OK && v != 0;
	return rc;
}

static const struct map_check checks[] = {
	{ STMT_USER_BY_PERSON, &user_map }, { STMT_USER_BY_EMAIL, &user_map },
	{ STMT_USER_TOTP_GET, &user_totp_map },
	{ STMT_USER_LIST, &user_list_map }, { STMT_SESSION_GET, &session_map },
	{ STMT_TOKEN_GET, &token_get_map }, { STMT_TOKEN_BY_ID, &token_id_map },
	{ STMT_TOKEN_LIST, &token_list_map },
};

const struct map_checks store_auth_maps = MAP_CHECKS(checks);
