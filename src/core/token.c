/*
 * token: API tokens for the systems around an arrangement.
 *
 * A token has a scope, which says whose view of the arrangement it
 * reads with: public (what an anonymous visitor of the pages sees) or
 * members (what a member sees); write is kept for the writes to come
 * and reads as members.  Each has a last day, after which it is
 * refused, and can be revoked.  Only its BLAKE2b hash is kept.  Its
 * last use is recorded at most once a minute, so that a busy client
 * does not take the write lock on every request.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core.h"
#include "core_int.h"
#include "rules/parse.h"
#include "store/store.h"

#define TOKEN_DAYS	365		/* the default life */
#define TOKEN_MAX_DAYS	(3 * 366)	/* the longest */
#define USED_MINUTES	1		/* last_used is this coarse */

const char *const core_scope_names[SCOPE__MAX] = {
	"public", "members", "write",
};

static int
scope_parse(const char *s)
{
	int i;

	for (i = 0; s != NULL && i < SCOPE__MAX; i++)
		if (strcmp(s, core_scope_names[i]) == 0)
			return i;
	return -1;
}

int
core_token_create(struct core *c, const char *name, const char *scope,
    const char *expires, char **token)
{
	char	tok[48], hash[65], last[DATE_LEN];
	int	days, today, rc;

	*token = NULL;
	if ((rc = core_int_text(c, "name", name, 1, 200)) != CORE_OK)
		return rc;
	if (scope == NULL)
		scope = "public";
	if (scope_parse(scope) < 0)
		return core_fail(c, CORE_EINVAL, "scope", "scope '%s' is not "
		    "accepted; expected public, members or write", scope);
	if (date_parse(c->today, &today) != 0)
		return core_fail(c, CORE_EFAULT, NULL, "today is not a date");
	if (expires == NULL) {
		date_format(today + TOKEN_DAYS, last);
		expires = last;
	}
	if (date_parse(expires, &days) != 0 || days < today ||
	    days > today + TOKEN_MAX_DAYS)
		return core_fail(c, CORE_EINVAL, "expires", "expires '%s' is "
		    "not accepted; expected the token's last day as "
		    "YYYY-MM-DD, from today to three years ahead", expires);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_secret_new(c, tok)) != CORE_OK)
		goto out;
	core_int_secret_hash(tok, hash);
	rc = store_exec(c->st, STMT_TOKEN_INSERT, "ssssss", name, hash,
	    c->actor, c->now, scope, expires);
	rc = core_audited(c, rc, "saving the token", "token.create",
	    "api_token", store_last_id(c->st), "{s:s, s:s, s:s}", "name", name,
	    "scope", scope, "expires", expires);
	if (rc == CORE_OK && (*token = strdup(tok)) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
out:
	sodium_memzero(tok, sizeof(tok));
	return core_end(c, rc);
}

int
core_token_check(struct core *c, const char *token, struct rec_token *out,
    enum core_scope *scope)
{
	struct rec_token	 t;
	char			 hash[65], since[32];
	int			 rc, s, found;

	if (out != NULL)
		memset(out, 0, sizeof(*out));
	*scope = SCOPE_PUBLIC;
	if (!core_int_secret_shape(token))
		return core_fail(c, CORE_ENOTFOUND, "token", "the API token is "
		    "not valid");
	core_int_secret_hash(token, hash);
	rc = store_token_get(c->st, hash, c->today, &t, &found);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading tokens");
	if (!found || (s = scope_parse(t.scope)) < 0) {
		rec_token_clear(&t);
		return core_fail(c, CORE_ENOTFOUND, "token", "the API token is "
		    "not valid, has expired or was revoked");
	}
	*scope = (enum core_scope)s;
	/* A write at most once a minute per token; a busy database only
	 * means this use goes unrecorded. */
	core_int_later(c->now, -USED_MINUTES, since);
	if ((t.last_used == NULL || strcmp(t.last_used, since) < 0) &&
	    store_exec(c->st, STMT_TOKEN_USED, "ls", t.id, c->now) != STORE_OK)
		c->err[0] = '\0';	/* unrecorded, not refused */
	if (out != NULL)
		*out = t;
	else
		rec_token_clear(&t);
	return CORE_OK;
}

int
core_token_revoke(struct core *c, const char *id)
{
	struct rec_token	 t;
	int64_t			 id64;
	long long		 n;
	int			 rc, found;

	if (parse_id(id, &id64) != 0)
		return core_fail(c, CORE_EINVAL, "id", "token '%s' is not "
		    "accepted; expected its id, a whole number, as 'token list' "
		    "shows", id != NULL ? id : "");
	n = id64;
	memset(&t, 0, sizeof(t));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_token_by_id(c->st, id64, &t, &found);
	if ((rc = core_int_found(c, rc, found, "reading tokens", "id", "there "
	    "is no token %lld", n)) != CORE_OK)
		goto out;
	if (t.revoked != NULL) {
		rc = core_fail(c, CORE_EEXIST, "id", "token %lld was revoked "
		    "on %s", n, t.revoked);
		goto out;
	}
	rc = store_exec(c->st, STMT_TOKEN_REVOKE, "ls", id64, c->now);
	rc = core_audited(c, rc, "revoking the token", "token.revoke",
	    "api_token", n, "{s:s}", "name", t.name);
out:
	rec_token_clear(&t);
	return core_end(c, rc);
}

int
core_token_list(struct core *c, struct rec_token_list *l)
{
	int rc = store_token_list(c->st, l);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing tokens");
}
