/*
 * auth: users, sign-in, sessions and API tokens, and what a signed-in
 * person may see and do.
 *
 * Every secret handed out (a sign-in link, a session id, an API token)
 * is 32 random bytes in URL-safe base64; only its BLAKE2b hash is kept,
 * so a copy of the database lets no one in.  Passwords are Argon2id
 * (libsodium crypto_pwhash_str) and only officers have one: members and
 * chairs sign in by a one-time emailed link.
 *
 * A session is checked by a read, without the write lock: signed-in
 * pages are not queued behind each other or behind a ballot.
 */
#include <ctype.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

#define LINK_MINUTES	30	/* a sign-in link lasts this long */
#define IDLE_MINUTES	120	/* a session ends after this idle time */
#define MAX_MINUTES	(12 * 60) /* and after this long whatever */
#define TOUCH_MINUTES	5	/* seen is updated at most this often */
#define SECRET_LEN	32	/* random bytes behind each secret */
#define PASSWORD_MIN	12
#define PASSWORD_MAX	128

/*
 * Argon2id at one of OWASP's equivalent settings: 7 MiB and 5 passes,
 * the one that keeps the server within its memory budget (each hash
 * holds its memory while it runs).  Hashes run one at a time in the
 * process and never inside a transaction, so a storm of sign-ins
 * neither grows the memory nor holds the write lock.  A hash stored at
 * other settings is made again at the next sign-in.  Before each hash,
 * memory the pages have freed goes back to the system (malloc_trim), so
 * the hash's 7 MiB and the pages' freed heap never add up in the peak.
 */
#define PW_OPSLIMIT	5
#define PW_MEMLIMIT	(7u << 20)
static pthread_mutex_t pw_lock = PTHREAD_MUTEX_INITIALIZER;

int
core_int_pw_verify(const char *hash, const char *pw)
{
	int rc;

	pthread_mutex_lock(&pw_lock);
	malloc_trim(0);
	rc = crypto_pwhash_str_verify(hash, pw, strlen(pw));
	pthread_mutex_unlock(&pw_lock);
	return rc;
}

/* out: pw hashed at today's settings; 0, or -1 out of memory. */
static int
pw_hash(char out[crypto_pwhash_STRBYTES], const char *pw)
{
	int rc;

	pthread_mutex_lock(&pw_lock);
	malloc_trim(0);
	rc = crypto_pwhash_str(out, pw, strlen(pw), PW_OPSLIMIT, PW_MEMLIMIT);
	pthread_mutex_unlock(&pw_lock);
	return rc;
}

/* out: SECRET_LEN random bytes as URL-safe base64 (44 bytes room). */
static int
secret_new(struct core *c, char out[48])
{
	unsigned char	raw[SECRET_LEN];

	if (sodium_init() < 0)
		return core_fail(c, CORE_EFAULT, NULL, "libsodium failed");
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(out, 48, raw, sizeof(raw),
	    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof(raw));
	return CORE_OK;
}

/* out: BLAKE2b-256 of the secret, in hex: what the database keeps. */
static void
secret_hash(const char *secret, char out[65])
{
	unsigned char	h[32];

	crypto_generichash(h, sizeof(h), (const unsigned char *)secret,
	    strlen(secret), NULL, 0);
	sodium_bin2hex(out, 65, h, sizeof(h));
}

/* 1 when s could be one of our secrets (43 URL-safe characters). */
static int
secret_shape(const char *s)
{
	size_t i;

	if (s == NULL || strlen(s) != 43)
		return 0;
	for (i = 0; s[i] != '\0'; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == '-' || s[i] == '_'))
			return 0;
	return 1;
}

/* Ensures the person (by number) is a user; *uid its id. */
static int
user_ensure(struct core *c, int64_t person, int officer, int64_t *uid)
{
	struct rec_user	 u;
	int		 rc, found;

	rc = store_user_by_person(c->st, person, &u, &found);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading users");
	*uid = u.id;
	rec_user_clear(&u);
	if (found)
		return CORE_OK;
	rc = store_exec(c->st, STMT_USER_INSERT, "lis", person, officer,
	    c->now);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "adding the user");
	*uid = store_last_id(c->st);
	return CORE_OK;
}

int
core_user_add(struct core *c, const char *person, int officer)
{
	struct rec_person	 p = { 0 };
	struct rec_user		 u = { 0 };
	int64_t			 uid;
	int			 rc, found;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_person(c, person, &p)) != CORE_OK)
		goto out;
	if (p.email == NULL) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s has no email "
		    "address; add one first, since sign-in goes by email",
		    p.name);
		goto out;
	}
	rc = store_user_by_person(c->st, p.id, &u, &found);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading users");
		goto out;
	}
	if (found) {
		rc = core_fail(c, CORE_EEXIST, "person", "%s is already a "
		    "user", p.name);
		goto out;
	}
	if ((rc = user_ensure(c, p.id, officer != 0, &uid)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "user.add", "user", uid, "{s:s, s:b}", "person",
	    p.name, "officer", officer != 0);
out:
	rec_person_clear(&p);
	rec_user_clear(&u);
	return core_end(c, rc);
}

int
core_int_officer(struct core *c, const char *person, const char *why,
    struct rec_person *p, struct rec_user *u)
{
	int rc, found;

	memset(p, 0, sizeof(*p));
	memset(u, 0, sizeof(*u));
	if ((rc = core_int_find_person(c, person, p)) != CORE_OK)
		return rc;
	rc = store_user_by_person(c->st, p->id, u, &found);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading users");
	if (!found || !u->officer)
		return core_fail(c, CORE_EINVAL, "person", "%s is not an "
		    "officer; %s", p->name, why);
	return CORE_OK;
}

int
core_user_password(struct core *c, const char *person, const char *pw)
{
	struct rec_person	 p = { 0 };
	struct rec_user		 u = { 0 };
	char			 hash[crypto_pwhash_STRBYTES];
	size_t			 n = pw != NULL ? strlen(pw) : 0;
	int			 rc;

	if (n < PASSWORD_MIN || n > PASSWORD_MAX)
		return core_fail(c, CORE_EINVAL, "password", "a password must "
		    "be %d to %d characters long", PASSWORD_MIN,
		    PASSWORD_MAX);
	if (sodium_init() < 0)
		return core_fail(c, CORE_EFAULT, NULL, "libsodium failed");
	/* Hashed before the transaction, which it would hold. */
	core_read_end(c);
	if (pw_hash(hash, pw) != 0)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory while "
		    "hashing the password");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_officer(c, person, "members sign in by an emailed "
	    "link", &p, &u)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_USER_SET_PASSWORD, "sl", hash, u.id);
	/* A new password ends the sessions the old one opened. */
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_SESSION_DELETE_USER, "l", u.id);
	rc = core_audited(c, rc, "saving the password", "user.password", "user",
	    u.id, "{}");
out:
	rec_person_clear(&p);
	rec_user_clear(&u);
	return core_end(c, rc);
}

int
core_user_list(struct core *c, struct rec_user_list *l)
{
	int rc = store_user_list(c->st, l);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing users");
}

/* Link requests an address, and a client, may make in an hour. */
#define REQ_PER_ADDRESS	5
#define REQ_PER_CLIENT	30

int
core_signin_request(struct core *c, const char *email, const char *client)
{
	struct rec_person	 p = { 0 };
	char			 tok[48], hash[65], ehash[65], expires[32];
	char			 since[32], link[128], lower[320];
	int64_t			 uid = 0, by_email = 0, by_client = 0;
	size_t			 i;
	int			 rc, allowed, found = 0;

	if (text_blank(email))
		return core_fail(c, CORE_EINVAL, "email", "enter your email "
		    "address");
	if ((rc = core_int_email(c, "email", email)) != CORE_OK)
		return rc;
	/* Counted by a hash of the address: strangers' are not kept. */
	for (i = 0; email[i] != '\0' && i + 1 < sizeof(lower); i++)
		lower[i] = (char)tolower((unsigned char)email[i]);
	lower[i] = '\0';
	secret_hash(lower, ehash);
	if (client == NULL || *client == '\0')
		client = "-";
	core_int_later(c->now, -60, since);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_SIGNIN_REQ_PRUNE, "s", since);
	if (rc == STORE_OK)
		rc = store_signin_requests(c->st, ehash, client, since,
		    &by_email, &by_client);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_SIGNIN_REQ_INSERT, "sss", ehash,
		    client, c->now);
	if (rc == STORE_OK)
		rc = store_person_by_email(c->st, email, &p, &found);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading people");
		goto out;
	}
	allowed = by_email < REQ_PER_ADDRESS && by_client < REQ_PER_CLIENT;
	/*
	 * Registered or not, held back or not: the same answer after the
	 * same work (a secret made and hashed, older links ended, a row
	 * written and the change kept), so neither the page nor the time
	 * it takes tells a stranger who is a member.
	 */
	if ((rc = secret_new(c, tok)) != CORE_OK)
		goto out;
	secret_hash(tok, hash);
	if (found && allowed && (rc = user_ensure(c, p.id, 0, &uid)) !=
	    CORE_OK)
		goto out;
	/* A new link ends the older ones (uid 0: no one's). */
	rc = store_exec(c->st, STMT_LINK_END_USER, "ls", uid, c->now);
	if (rc == STORE_OK && uid != 0) {
		core_int_later(c->now, LINK_MINUTES, expires);
		rc = store_exec(c->st, STMT_LINK_INSERT, "sls", hash, uid,
		    expires);
	}
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the link");
		goto out;
	}
	if (uid == 0)
		goto out;
	snprintf(link, sizeof(link), "/sign-in/%s", tok);
	rc = core_int_notify_person(c, p.email, p.name,
	    "sign-in", NULL, "Your link to sign in to Alliance",
	    "Use the link below to sign in. It works once, for 30 minutes. "
	    "If you did not ask to sign in, you can ignore this message.",
	    link);
	sodium_memzero(link, sizeof(link));
out:
	sodium_memzero(tok, sizeof(tok));
	rec_person_clear(&p);
	return core_end(c, rc);
}

/* A new session for user uid; *sid from malloc(). */
static int
session_new(struct core *c, int64_t uid, char **sid)
{
	char	tok[48], csrf[48], hash[65];
	int	rc;

	if ((rc = secret_new(c, tok)) != CORE_OK ||
	    (rc = secret_new(c, csrf)) != CORE_OK)
		return rc;
	secret_hash(tok, hash);
	rc = store_exec(c->st, STMT_SESSION_INSERT, "slsss", hash, uid, csrf,
	    c->now, c->now);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "starting the session");
	if ((*sid = strdup(tok)) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	return core_auditf(c, "user.sign-in", "user", uid, "{}");
}

int
core_signin_link(struct core *c, const char *token, char **sid)
{
	char	 hash[65];
	int64_t	 uid = 0;
	int	 rc;

	*sid = NULL;
	if (!secret_shape(token))
		return core_fail(c, CORE_ENOTFOUND, "link", "this sign-in "
		    "link is not valid; ask for a new one");
	secret_hash(token, hash);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_link_claim(c->st, hash, c->now, &uid);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the link");
		goto out;
	}
	if (uid == 0) {
		rc = core_fail(c, CORE_ENOTFOUND, "link", "this sign-in link "
		    "has been used or has expired; ask for a new one");
		goto out;
	}
	/* Used, it ends any other link of the person's. */
	rc = store_exec(c->st, STMT_LINK_END_USER, "ls", uid, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "ending older links");
		goto out;
	}
	rc = session_new(c, uid, sid);
out:
	rc = core_end(c, rc);
	if (rc != CORE_OK) {
		free(*sid);
		*sid = NULL;
	}
	return rc;
}

/* Failed password sign-ins an address may have in the window. */
#define SIGNIN_TRIES	5
#define SIGNIN_WINDOW	15	/* minutes */

/* A failed password sign-in, kept in its own transaction. */
static void
signin_failed(struct core *c, const char *email)
{
	char day_ago[32];

	core_int_later(c->now, -24 * 60, day_ago);
	if (core_begin(c) != CORE_OK)
		return;
	if (store_exec(c->st, STMT_SIGNIN_FAIL_PRUNE, "s", day_ago) !=
	    STORE_OK || store_exec(c->st, STMT_SIGNIN_FAIL_INSERT, "ss",
	    email, c->now) != STORE_OK)
		(void)core_end(c, CORE_EFAULT);
	else
		(void)core_end(c, CORE_OK);
}

int
core_signin_password(struct core *c, const char *email, const char *pw,
    const char *code, char **sid, int *enrol)
{
	struct rec_user	 u = { 0 }, now = { 0 };
	char		 since[32], err[sizeof(c->err)];
	char		 fresh[crypto_pwhash_STRBYTES] = "";
	int64_t		 n = 0;
	int		 rc, ok, begun = 0, found = 0, still = 0;

	*sid = NULL;
	*enrol = 0;
	if (sodium_init() < 0)
		return core_fail(c, CORE_EFAULT, NULL, "libsodium failed");
	if (text_blank(email))
		return core_fail(c, CORE_EINVAL, "email", "enter your email "
		    "address");
	if (pw == NULL || *pw == '\0')
		return core_fail(c, CORE_EINVAL, "password", "enter your "
		    "password");
	core_read_end(c);	/* no snapshot is held while hashing */
	/* Too many failures for this address lately: held back, whether
	 * or not it has an account, and the password is not tried.  These
	 * reads and the password check take no lock: the check is slow. */
	core_int_later(c->now, -SIGNIN_WINDOW, since);
	rc = store_signin_failures(c->st, email, since, &n);
	if (rc == STORE_OK && n < SIGNIN_TRIES)
		rc = store_user_by_email(c->st, email, &u, &found);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading users");
		goto out;
	}
	if (n >= SIGNIN_TRIES) {
		rc = core_fail(c, CORE_ELIMIT, "password", "too many attempts to "
		    "sign in with this address; wait %d minutes and try again",
		    SIGNIN_WINDOW);
		goto out;
	}
	if (!found || u.password == NULL) {
		/* The same work as a real check, against a hash of no one's
		 * password, so the time taken does not tell whether the
		 * account exists. */
		static const char dummy[crypto_pwhash_STRBYTES] = "$argon2id$v=19$m=7168,t=5,p=1$"
		    "j7CGN7vptglpFIg15/8H9w$+utLDFhUfLERWM/NGz7GL34Am7yEbMot0Z"
		    "xAVdLMt6s";

		if (core_int_pw_verify(dummy, pw) == 0)
			found = 0;	/* never a way in */
	}
	ok = found && u.officer && u.password != NULL && u.disabled == NULL &&
	    core_int_pw_verify(u.password, pw) == 0;
	/* Kept at other settings: made again, at today's. */
	if (ok && crypto_pwhash_str_needs_rehash(u.password, PW_OPSLIMIT,
	    PW_MEMLIMIT) != 0 && pw_hash(fresh, pw) != 0)
		fresh[0] = '\0';
	if ((rc = core_begin(c)) != CORE_OK)
		goto out;
	begun = 1;
	/* The account as it is now: a password changed or an account
	 * disabled while the password was checked lets no one in. */
	if (ok && ((rc = store_user_by_email(c->st, email, &now, &still)) !=
	    STORE_OK)) {
		rc = core_store_fail(c, rc, "reading users");
		goto out;
	}
	ok = ok && still && now.id == u.id && now.officer &&
	    now.disabled == NULL && now.password != NULL &&
	    strcmp(now.password, u.password) == 0;
	/* ASVS 6.3.3: officer rights need a second factor too; a wrong
	 * code counts as a failed attempt like a wrong password. */
	if (ok && (rc = core_int_totp_signin(c, u.id, code,
	    enrol)) != CORE_OK) {
		if (rc != CORE_EINVAL)
			goto out;
		ok = 0;
	}
	if (!ok) {
		/* One message for every failure: it names no account. */
		rc = core_fail(c, CORE_EINVAL, "password", "the email address, "
		    "password or code is not right");
		goto out;
	}
	if ((rc = store_exec(c->st, STMT_SIGNIN_FAIL_CLEAR, "s", email)) ==
	    STORE_OK && fresh[0] != '\0')
		rc = store_exec(c->st, STMT_USER_SET_PASSWORD, "sl", fresh,
		    u.id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "clearing sign-in attempts");
		goto out;
	}
	if (fresh[0] != '\0' && (rc = core_auditf(c, "user.password-rehash",
	    "user", u.id, "{}")) != CORE_OK)
		goto out;
	rc = session_new(c, u.id, sid);
	if (rc == CORE_OK)
		rc = core_int_session_level(c, *sid, !*enrol, *enrol);
out:
	rec_user_clear(&u);
	rec_user_clear(&now);
	if (begun)
		rc = core_end(c, rc);
	if (rc != CORE_OK) {
		free(*sid);
		*sid = NULL;
		/* A wrong password counts against the address; the message
		 * survives the record's own transaction. */
		if (rc == CORE_EINVAL) {
			snprintf(err, sizeof(err), "%s", c->err);
			signin_failed(c, email);
			snprintf(c->err, sizeof(c->err), "%s", err);
			snprintf(c->field, sizeof(c->field), "password");
		}
	}
	return rc;
}

void
core_int_session_write(struct core *c)
{
	enum store_err	rc = STORE_OK;

	if (c->reading)
		return;
	if (c->session_due == SESSION_END)
		rc = store_exec(c->st, STMT_SESSION_DELETE, "s",
		    c->session_hash);
	else if (c->session_due == SESSION_TOUCH)
		rc = store_exec(c->st, STMT_SESSION_TOUCH, "ss", c->now,
		    c->session_hash);
	/* Busy: an ended session is left to the idle purge; a last-seen
	 * time dropped moves the idle expiry only a little. */
	(void)rc;
	c->session_due = SESSION_KEEP;
}

/* The session's write: now, or once the request's snapshot ends. */
static void
session_due(struct core *c, int due, const char *hash)
{
	c->session_due = due;
	snprintf(c->session_hash, sizeof(c->session_hash), "%s", hash);
	core_int_session_write(c);
}

/*
 * The session's person, by a read: no write lock, so signed-in pages
 * run side by side.  The last-seen time is written at most every
 * TOUCH_MINUTES, on its own, and dropped if the database is busy: it
 * only moves the idle expiry a little.
 */
int
core_session(struct core *c, const char *sid, struct core_who *who)
{
	struct rec_session	 s;
	char			 hash[65], idle[32], touch[32], oldest[32];
	int			 rc = CORE_OK, found;

	memset(who, 0, sizeof(*who));
	if (!secret_shape(sid))
		return core_fail(c, CORE_ENOTFOUND, "session", "not signed in");
	secret_hash(sid, hash);
	rc = store_session_get(c->st, hash, &s, &found);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the session");
	core_int_later(c->now, -IDLE_MINUTES, idle);
	core_int_later(c->now, -MAX_MINUTES, oldest);
	if (!found || s.seen == NULL || s.created == NULL ||
	    strcmp(s.seen, idle) < 0 || strcmp(s.created, oldest) < 0 ||
	    s.disabled != NULL) {
		/* Ended: it goes, or with the idle purge if busy. */
		if (found)
			session_due(c, SESSION_END, hash);
		rc = core_fail(c, CORE_ENOTFOUND, "session", "your session "
		    "has ended; sign in again");
		goto out;
	}
	core_int_later(c->now, -TOUCH_MINUTES, touch);
	if (strcmp(s.seen, touch) < 0)
		session_due(c, SESSION_TOUCH, hash);
	who->user = s.user_id;
	who->person = s.person_id;
	who->org = s.org_id;
	who->officer = s.officer;
	who->enrol = s.enrol;
#define COPY(f, v) snprintf(who->f, sizeof(who->f), "%s", (v) != NULL ? \
	(v) : "")
	COPY(verified, s.verified);
	COPY(name, s.name);
	COPY(email, s.email);
	COPY(org_name, s.org_name);
	COPY(csrf, s.csrf);
#undef COPY
out:
	rec_session_clear(&s);
	return rc;
}

int
core_signout(struct core *c, const char *sid)
{
	char	hash[65];
	int	rc;

	if (!secret_shape(sid))
		return CORE_OK;
	secret_hash(sid, hash);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_SESSION_DELETE, "s", hash);
	if (rc != STORE_OK)
		rc = core_store_fail(c, rc, "ending the session");
	return core_end(c, rc);
}

/* 1 when the person chairs (or vice-chairs) group today. */
int
core_chairs(struct core *c, const struct core_who *who, int64_t group)
{
	int yes = 0;

	if (who->person == 0 || store_person_chairs(c->st, who->person, c->arr,
	    c->today, group, &yes) != STORE_OK)
		return 0;
	return yes;
}

/* The secrets' helpers, for the other files of core/ (token.c). */
int
core_int_secret_new(struct core *c, char out[48])
{
	return secret_new(c, out);
}

void
core_int_secret_hash(const char *secret, char out[65])
{
	secret_hash(secret, out);
}

int
core_int_secret_shape(const char *s)
{
	return secret_shape(s);
}
