/*
 * Users, sign-in, sessions, officers' second factor and API tokens
 * (auth.c, totp.c, token.c): core's declarations, free of JSON.
 */
#ifndef CORE_AUTH_H
#define CORE_AUTH_H

#include <stdint.h>

#include "store/rec_auth.h"

struct core;

#ifndef WUR
#define WUR __attribute__((warn_unused_result))
#endif

/* --- users, sign-in and access (auth.c) --- */
/* Who is signed in, as core_session() finds them. */
struct core_who {
	int64_t	 user, person;
	int64_t	 org;		/* the person's organisation, or 0 */
	int	 officer;	/* the secretariat: may administer; only
				   in a session opened with password and
				   code, never by a link */
	int	 enrol;		/* an officer past the password, setting
				   up the second factor */
	char	 name[160], email[256], org_name[256];
	char	 csrf[48];	/* the session's form token */
	char	 verified[32];	/* when the password and code (or the
				   link) were last given */
};
/* Makes a person of the registry (with an email) a user. */
int core_user_add(struct core *, const char *person, int officer) WUR;
/* Officers only: 12 to 128 characters, kept as Argon2id. */
int core_user_password(struct core *, const char *person,
    const char *password) WUR;
/* Who may sign in: officer, password, second factor. */
int core_user_list(struct core *, struct rec_user_list *) WUR;
/*
 * Emails a one-time sign-in link (single use, 30 minutes) to a person
 * of the registry; it ends the person's older links.  client is who
 * asks (an IP address; NULL: unknown).  An address, and a client, get
 * a few links an hour; past that, and for an address not registered,
 * the answer is CORE_OK too and no mail, after the same work, so
 * neither the answer nor its time tells who is registered.
 */
int core_signin_request(struct core *, const char *email,
    const char *client) WUR;
/* Redeems a link: a new session, *sid from malloc(); the person's
 * other links end. */
int core_signin_link(struct core *, const char *token, char **sid) WUR;
/*
 * An officer's sign-in: the password and a TOTP code (RFC 6238).  An
 * officer with no second factor yet gets *enrol = 1 and a session that
 * has no officer rights until core_totp_confirm().  Any failure has one
 * message that names neither account nor which part was wrong.
 */
int core_signin_password(struct core *, const char *email,
    const char *password, const char *code, char **sid, int *enrol) WUR;
/* The session's person; CORE_ENOTFOUND when unknown or idle too long. */
int core_session(struct core *, const char *sid, struct core_who *) WUR;
int core_signout(struct core *, const char *sid) WUR;
/* --- officers' second factor (totp.c) --- */
/*
 * For a session with who->enrol: the officer's new TOTP secret (base32,
 * kept unconfirmed until core_totp_confirm) into secret, and the
 * otpauth:// address an authenticator app reads from the QR code.
 */
int core_totp_enrol(struct core *, const struct core_who *,
    char secret[40], char uri[512]) WUR;
/* Confirms the secret with one code; the session sid gets officer
 * rights. */
int core_totp_confirm(struct core *, const char *sid,
    const struct core_who *, const char *code) WUR;
/* 1 when the session's password and code (or link) were given within
 * the last CORE_FRESH_MINUTES: the most dangerous actions need it. */
#define CORE_FRESH_MINUTES	10
int core_fresh(struct core *, const struct core_who *);
/* Re-authentication: the officer's password and a code again. */
int core_reauth(struct core *, const char *sid, const struct core_who *,
    const char *password, const char *code) WUR;
/*
 * The command line's: reset != 0 removes the person's second factor
 * (they enrol again at their next sign-in, and their sessions end);
 * else secret (base32) becomes it, confirmed, for setting up tests.
 */
int core_user_totp(struct core *, const char *person, int reset,
    const char *secret) WUR;

/* --- API tokens (token.c) --- */
enum core_scope {
	SCOPE_PUBLIC,	/* what an anonymous visitor sees */
	SCOPE_MEMBERS,	/* what a member sees */
	SCOPE_WRITE,	/* members' reading, and writes: no route yet */
	SCOPE__MAX
};
extern const char *const core_scope_names[SCOPE__MAX];
/*
 * An API token for the systems around; *token from malloc(), shown
 * once.  scope: public, members or write; expires: its last day,
 * YYYY-MM-DD (NULL: a year from today).
 */
int core_token_create(struct core *, const char *name, const char *scope,
    const char *expires, char **token) WUR;
/* CORE_OK, *out (if not NULL; the caller clears it) the token and
 * *scope, or CORE_ENOTFOUND when unknown, revoked or expired.  Records
 * its use, at most once a minute. */
int core_token_check(struct core *, const char *token, struct rec_token *out,
    enum core_scope *scope) WUR;
int core_token_revoke(struct core *, const char *id) WUR;
int core_token_list(struct core *, struct rec_token_list *) WUR;

#endif
