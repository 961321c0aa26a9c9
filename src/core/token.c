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
	json_t	*d;
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
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the token");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s}", "name", name, "scope", scope,
	    "expires", expires);
	rc = core_audit(c, "token.create", "api_token", store_last_id(c->st),
	    d);
	json_decref(d);
	if (rc == CORE_OK && (*token = strdup(tok)) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
out:
	sodium_memzero(tok, sizeof(tok));
	return core_end(c, rc);
}

int
core_token_check(struct core *c, const char *token, json_t **out,
    enum core_scope *scope)
{
	char		 hash[65], since[32];
	const char	*used;
	int		 rc, s;

	*out = NULL;
	*scope = SCOPE_PUBLIC;
	if (!core_int_secret_shape(token))
		return core_fail(c, CORE_ENOTFOUND, "token", "the API token is "
		    "not valid");
	core_int_secret_hash(token, hash);
	rc = store_row(c->st, out, STMT_TOKEN_GET, "ss", hash, c->today);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading tokens");
	if (*out == NULL || (s = scope_parse(jstr(*out, "scope"))) < 0) {
		json_decref(*out);
		*out = NULL;
		return core_fail(c, CORE_ENOTFOUND, "token", "the API token is "
		    "not valid, has expired or was revoked");
	}
	*scope = (enum core_scope)s;
	/* A write at most once a minute per token; a busy database only
	 * means this use goes unrecorded. */
	core_int_later(c->now, -USED_MINUTES, since);
	used = jstr(*out, "last_used");
	if ((used == NULL || strcmp(used, since) < 0) &&
	    store_exec(c->st, STMT_TOKEN_USED, "ls", jint(*out, "id"),
	    c->now) != STORE_OK)
		c->err[0] = '\0';	/* unrecorded, not refused */
	return CORE_OK;
}

int
core_token_revoke(struct core *c, const char *id)
{
	json_t		*t = NULL, *d;
	int64_t		 id64;
	long long	 n;
	int		 rc;

	if (parse_id(id, &id64) != 0)
		return core_fail(c, CORE_EINVAL, "id", "token '%s' is not "
		    "accepted; expected its id, a whole number, as 'token list' "
		    "shows", id != NULL ? id : "");
	n = id64;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &t, STMT_TOKEN_BY_ID, "l", (int64_t)n);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading tokens");
		goto out;
	}
	if (t == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "id", "there is no token %lld",
		    n);
		goto out;
	}
	if (jstr(t, "revoked") != NULL) {
		rc = core_fail(c, CORE_EEXIST, "id", "token %lld was revoked "
		    "on %s", n, jstr(t, "revoked"));
		goto out;
	}
	if ((rc = store_exec(c->st, STMT_TOKEN_REVOKE, "ls", (int64_t)n,
	    c->now)) != STORE_OK) {
		rc = core_store_fail(c, rc, "revoking the token");
		goto out;
	}
	d = json_pack("{s:s}", "name", jstr(t, "name"));
	rc = core_audit(c, "token.revoke", "api_token", n, d);
	json_decref(d);
out:
	json_decref(t);
	return core_end(c, rc);
}

int
core_token_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_TOKEN_LIST, "");

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing tokens");
}
