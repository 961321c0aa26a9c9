/*
 * totp: officers' second factor, TOTP codes (RFC 6238) by liboath.
 *
 * Officer rights need the password and a code from an authenticator
 * app; a one-time link signs in as a member only.  An officer with no
 * second factor is taken, after the password, to enrol one: a new
 * secret (20 random bytes, shown as base32 and as a QR code of its
 * otpauth:// address), kept unconfirmed until a code from it is given.
 *
 * Codes follow the real clock (time(NULL)), as the officer's phone
 * does, never ALLIANCE_NOW or ALLIANCE_TODAY, which replay business
 * dates.  A code is accepted for its own 30-second step and one either
 * side (clock drift), and each step once: the last step accepted is
 * kept, and only a later one is accepted after it (RFC 6238 5.2).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <liboath/oath.h>
#include <sodium.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

#define TOTP_STEP	30	/* seconds */
#define TOTP_DIGITS	6
#define TOTP_WINDOW	1	/* steps either side */
#define TOTP_BYTES	20	/* a secret: 160 bits (RFC 4226 4) */
#define REAUTH_TRIES	5	/* failed re-authentications in ... */
#define REAUTH_WINDOW	15	/* ... minutes before holding back */

/* 1 when code is six digits. */
static int
totp_shape(const char *code)
{
	return code != NULL && strlen(code) == TOTP_DIGITS &&
	    strspn(code, "0123456789") == TOTP_DIGITS;
}

/*
 * The step of the clock whose code is code, within the window around
 * now, into *step; 0 on a match, -1 else.  Every candidate is computed
 * and compared in constant time.
 */
static int
totp_match(const char *b32, const char *code, time_t now, int64_t *step)
{
	char	*key = NULL, otp[TOTP_DIGITS + 1];
	size_t	 keylen = 0;
	int	 d, found = -1;

	if (!totp_shape(code) || b32 == NULL || oath_init() != OATH_OK)
		return -1;
	if (oath_base32_decode(b32, strlen(b32), &key, &keylen) != OATH_OK)
		return -1;
	for (d = -TOTP_WINDOW; d <= TOTP_WINDOW; d++) {
		if (oath_totp_generate(key, keylen, now + d * TOTP_STEP,
		    TOTP_STEP, OATH_TOTP_DEFAULT_START_TIME, TOTP_DIGITS,
		    otp) != OATH_OK)
			continue;
		if (sodium_memcmp(otp, code, TOTP_DIGITS) == 0 && found < 0) {
			*step = (int64_t)(now / TOTP_STEP) + d;
			found = 0;
		}
	}
	sodium_memzero(key, keylen);
	free(key);
	sodium_memzero(otp, sizeof(otp));
	return found;
}

/* The user's password and second factor into u (*found 0: no such
 * user); CORE_OK or the store's fault. */
static int
totp_user(struct core *c, int64_t uid, struct rec_user *u, int *found)
{
	int rc = store_user_totp(c->st, uid, u, found);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading users");
}

/*
 * Checks code against the user's secret and spends its step, inside
 * the caller's transaction: CORE_OK, or CORE_EINVAL naming "code".
 */
static int
totp_spend(struct core *c, int64_t uid, const char *b32, const char *code)
{
	int64_t	 step = 0;
	int	 rc, spent;

	if (totp_match(b32, code, time(NULL), &step) != 0)
		return core_fail(c, CORE_EINVAL, "code", "the code is not "
		    "right; enter the 6 digits your authenticator app shows "
		    "now");
	/* ASVS 6.5.1: a code once used is not accepted again. */
	rc = store_totp_step(c->st, uid, step, &spent);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "recording the code");
	if (spent)
		return core_fail(c, CORE_EINVAL, "code", "that code has been "
		    "used; wait for the next one");
	return CORE_OK;
}

int
core_int_totp_signin(struct core *c, int64_t uid, const char *code,
    int *enrol)
{
	struct rec_user	 u;
	int		 rc, found;

	*enrol = 0;
	if ((rc = totp_user(c, uid, &u, &found)) != CORE_OK)
		return rc;
	if (!found)
		rc = core_fail(c, CORE_EINVAL, "code", "no such user");
	else if (u.totp_confirmed == NULL)
		*enrol = 1;
	else
		rc = totp_spend(c, uid, u.totp_secret, code);
	rec_user_clear(&u);
	return rc;
}

int
core_int_session_level(struct core *c, const char *sid, int officer,
    int enrol)
{
	char	hash[65];
	int	rc;

	core_int_secret_hash(sid, hash);
	rc = store_exec(c->st, STMT_SESSION_LEVEL, "siis", hash, officer,
	    enrol, c->now);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "keeping the session");
}

/* Percent-encodes s into out for an otpauth:// address. */
static void
uri_escape(const char *s, char *out, size_t outsz)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = 0;

	for (; *s != '\0' && n + 4 < outsz; s++) {
		unsigned char ch = (unsigned char)*s;

		if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		    (ch >= '0' && ch <= '9') || strchr("-._~@", ch) != NULL)
			out[n++] = (char)ch;
		else {
			out[n++] = '%';
			out[n++] = hex[ch >> 4];
			out[n++] = hex[ch & 15];
		}
	}
	out[n] = '\0';
}

/* A new secret, base32 without padding, into out. */
static int
totp_secret_new(struct core *c, char out[40])
{
	unsigned char	 raw[TOTP_BYTES];
	char		*b32 = NULL;
	size_t		 len = 0;
	int		 rc = CORE_OK;

	if (sodium_init() < 0 || oath_init() != OATH_OK)
		return core_fail(c, CORE_EFAULT, NULL, "the code library "
		    "failed to start");
	randombytes_buf(raw, sizeof(raw));
	if (oath_base32_encode((const char *)raw, sizeof(raw), &b32, &len) !=
	    OATH_OK || len >= 40)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	else
		snprintf(out, 40, "%.*s", (int)strcspn(b32, "="), b32);
	sodium_memzero(raw, sizeof(raw));
	if (b32 != NULL) {
		sodium_memzero(b32, len);
		free(b32);
	}
	return rc;
}

int
core_totp_enrol(struct core *c, const struct core_who *who, char secret[40],
    char uri[512])
{
	struct rec_user	 u;
	char		 issuer[128], account[300];
	int		 rc, found = 0;

	secret[0] = uri[0] = '\0';
	if (!who->enrol)
		return core_fail(c, CORE_EINVAL, "code", "sign in with your "
		    "password first");
	memset(&u, 0, sizeof(u));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = totp_user(c, who->user, &u, &found)) != CORE_OK)
		goto out;
	if (!found || u.totp_confirmed != NULL) {
		rc = core_fail(c, CORE_EEXIST, "code", "a second factor is "
		    "already set up; sign in with your password and a code");
		goto out;
	}
	/* The same secret until it is confirmed: a reload of the page
	 * does not undo a scan already made. */
	if (u.totp_secret != NULL)
		snprintf(secret, 40, "%s", u.totp_secret);
	else if ((rc = totp_secret_new(c, secret)) != CORE_OK)
		goto out;
	else if ((rc = store_exec(c->st, STMT_USER_TOTP_SET, "lss", who->user,
	    secret, NULL)) != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the secret");
		goto out;
	}
	uri_escape(c->arr_name[0] != '\0' ? c->arr_name : "Alliance", issuer,
	    sizeof(issuer));
	uri_escape(who->email, account, sizeof(account));
	snprintf(uri, 512, "otpauth://totp/%s:%s?secret=%s&issuer=%s&"
	    "algorithm=SHA1&digits=%d&period=%d", issuer, account, secret,
	    issuer, TOTP_DIGITS, TOTP_STEP);
	rc = CORE_OK;
out:
	rec_user_clear(&u);
	rc = core_end(c, rc);
	if (rc != CORE_OK)
		secret[0] = uri[0] = '\0';
	return rc;
}

int
core_totp_confirm(struct core *c, const char *sid, const struct core_who *who,
    const char *code)
{
	struct rec_user	 u;
	int		 rc, found = 0;

	if (!who->enrol)
		return core_fail(c, CORE_EINVAL, "code", "sign in with your "
		    "password first");
	if (!totp_shape(code))
		return core_fail(c, CORE_EINVAL, "code", "enter the 6 digits "
		    "your authenticator app shows");
	memset(&u, 0, sizeof(u));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = totp_user(c, who->user, &u, &found)) != CORE_OK)
		goto out;
	if (!found || u.totp_secret == NULL || u.totp_confirmed != NULL) {
		rc = core_fail(c, CORE_EINVAL, "code", "open the set-up page "
		    "again and scan the code shown");
		goto out;
	}
	if ((rc = totp_spend(c, who->user, u.totp_secret, code)) != CORE_OK)
		goto out;
	if ((rc = store_exec(c->st, STMT_USER_TOTP_CONFIRM, "ls", who->user,
	    c->now)) != STORE_OK) {
		rc = core_store_fail(c, rc, "confirming the second factor");
		goto out;
	}
	if ((rc = core_int_session_level(c, sid, 1, 0)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "user.totp-enrol", "user", who->user, "{}");
out:
	rec_user_clear(&u);
	return core_end(c, rc);
}

int
core_fresh(struct core *c, const struct core_who *who)
{
	char since[32];

	core_int_later(c->now, -CORE_FRESH_MINUTES, since);
	return who->verified[0] != '\0' && strcmp(who->verified, since) >= 0;
}

/* A failed re-authentication, kept in its own transaction. */
static void
reauth_failed(struct core *c, const char *email)
{
	if (core_begin(c) != CORE_OK)
		return;
	(void)core_end(c, store_exec(c->st, STMT_SIGNIN_FAIL_INSERT, "ss",
	    email, c->now) == STORE_OK ? CORE_OK : CORE_EFAULT);
}

int
core_reauth(struct core *c, const char *sid, const struct core_who *who,
    const char *pw, const char *code)
{
	struct rec_user	 u;
	char		 since[32], err[sizeof(c->err)], field[sizeof(c->field)];
	int64_t		 n = 0;
	int		 rc, begun = 0, found = 0;

	if (!who->officer)
		return core_fail(c, CORE_EINVAL, "password", "only an officer "
		    "signed in with a password can confirm it this way");
	if (pw == NULL || *pw == '\0')
		return core_fail(c, CORE_EINVAL, "password", "enter your "
		    "password");
	if (!totp_shape(code))
		return core_fail(c, CORE_EINVAL, "code", "enter the 6 digits "
		    "your authenticator app shows");
	if (sodium_init() < 0)
		return core_fail(c, CORE_EFAULT, NULL, "libsodium failed");
	/* Read and checked before the transaction: the password check
	 * is slow and must not hold the write lock, nor a snapshot. */
	core_read_end(c);
	memset(&u, 0, sizeof(u));
	core_int_later(c->now, -REAUTH_WINDOW, since);
	rc = store_signin_failures(c->st, who->email, since, &n);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading users");
		goto out;
	}
	if ((rc = totp_user(c, who->user, &u, &found)) != CORE_OK)
		goto out;
	if (n >= REAUTH_TRIES) {
		rc = core_fail(c, CORE_ELIMIT, "password", "too many attempts; "
		    "wait %d minutes and try again", REAUTH_WINDOW);
		goto out;
	}
	if (!found || u.password == NULL ||
	    core_int_pw_verify(u.password, pw) != 0) {
		rc = core_fail(c, CORE_EINVAL, "password", "the password is "
		    "not right");
		goto out;
	}
	if ((rc = core_begin(c)) != CORE_OK)
		goto out;
	begun = 1;
	if ((rc = totp_spend(c, who->user, u.totp_secret, code)) != CORE_OK)
		goto out;
	if ((rc = core_int_session_level(c, sid, 1, 0)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "user.reauth", "user", who->user, "{}");
out:
	rec_user_clear(&u);
	if (begun)
		rc = core_end(c, rc);
	if (rc == CORE_EINVAL) {
		snprintf(err, sizeof(err), "%s", c->err);
		snprintf(field, sizeof(field), "%s", c->field);
		reauth_failed(c, who->email);
		snprintf(c->err, sizeof(c->err), "%s", err);
		snprintf(c->field, sizeof(c->field), "%s", field);
	}
	return rc;
}

int
core_user_totp(struct core *c, const char *person, int reset,
    const char *secret)
{
	struct rec_person	 p;
	struct rec_user		 u;
	char			*key = NULL;
	size_t			 keylen = 0;
	int			 rc;

	if (!reset && (secret == NULL || oath_init() != OATH_OK ||
	    oath_base32_decode(secret, strlen(secret), &key, &keylen) !=
	    OATH_OK || keylen < 10 || keylen > 64)) {
		free(key);
		return core_fail(c, CORE_EINVAL, "secret", "give --reset, or "
		    "--secret with a base32 secret of 16 to 100 letters A-Z "
		    "and digits 2-7");
	}
	free(key);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_officer(c, person, "only officers have a second "
	    "factor", &p, &u)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_USER_TOTP_SET, "lss", u.id,
	    reset ? NULL : secret, reset ? NULL : c->now);
	/* A reset ends the sessions the old factor opened. */
	if (rc == STORE_OK && reset)
		rc = store_exec(c->st, STMT_SESSION_DELETE_USER, "l", u.id);
	rc = core_audited(c, rc, "saving the second factor", reset ?
	    "user.totp-reset" : "user.totp-set", "user", u.id, "{}");
out:
	rec_person_clear(&p);
	rec_user_clear(&u);
	return core_end(c, rc);
}
