/*
 * Who may sign in, and the personal data held about people, as the
 * store fills them from explicit columns (store/auth.c, store/privacy.c):
 * users with their second factor, sessions, API tokens; a person's row
 * as the law sees it, the sections of an access request, erasure's
 * counts and the audit log's redactions.  Strings are malloc'd (NULL
 * for SQL NULL); each list is { v, n } with one free function.
 */
#ifndef STORE_REC_AUTH_H
#define STORE_REC_AUTH_H

#include <stddef.h>
#include <stdint.h>

struct store;

/* A user: the columns each read gives; the others stay zero. */
struct rec_user {
	int64_t		 id;
	int64_t		 person_id;
	int		 officer;
	char		*password;	/* Argon2id hash; NULL: none */
	char		*disabled;	/* when; NULL: may sign in */
	char		*name;
	char		*email;
	char		*organisation;
	int		 has_password;
	int		 second_factor;
	char		*created;
	char		*totp_secret;	/* base32; NULL: none */
	char		*totp_confirmed;
};
struct rec_user_list { struct rec_user *v; size_t n; };

/* A session, with its user's person (STMT_SESSION_GET). */
struct rec_session {
	int64_t		 user_id;
	char		*csrf;
	char		*seen;
	char		*created;
	int		 officer;
	int		 enrol;
	char		*verified;
	int64_t		 person_id;
	char		*disabled;
	char		*name;
	char		*email;
	int64_t		 org_id;	/* 0: none */
	char		*org_name;
};

struct rec_token {
	int64_t		 id;
	char		*name;
	char		*scope;		/* public, members or write */
	char		*expires;
	char		*last_used;
	char		*created_by;
	char		*created;
	char		*revoked;
};
struct rec_token_list { struct rec_token *v; size_t n; };

void rec_user_clear(struct rec_user *);
void rec_user_list_free(struct rec_user_list *);
void rec_session_clear(struct rec_session *);
void rec_token_clear(struct rec_token *);
void rec_token_list_free(struct rec_token_list *);

/* by: STMT_USER_BY_PERSON (id), STMT_USER_BY_EMAIL (email) or
 * STMT_USER_TOTP_GET (user id, with the second factor). */
int store_user_by_person(struct store *, int64_t person, struct rec_user *,
    int *found);
int store_user_by_email(struct store *, const char *email,
    struct rec_user *, int *found);
int store_user_totp(struct store *, int64_t uid, struct rec_user *,
    int *found);
int store_user_list(struct store *, struct rec_user_list *);
int store_session_get(struct store *, const char *hash, struct rec_session *,
    int *found);
int store_token_get(struct store *, const char *hash, const char *today,
    struct rec_token *, int *found);
int store_token_by_id(struct store *, int64_t id, struct rec_token *,
    int *found);
int store_token_list(struct store *, struct rec_token_list *);
/* The user whose unused, unexpired link hash is; *uid 0 when none. The
 * link is spent. */
int store_link_claim(struct store *, const char *hash, const char *now,
    int64_t *uid);
/* Sign-in link requests since a time by an address's hash and by a
 * client; failed sign-ins of an address since a time. */
int store_signin_requests(struct store *, const char *ehash,
    const char *client, const char *since, int64_t *by_email,
    int64_t *by_client);
int store_signin_failures(struct store *, const char *email,
    const char *since, int64_t *n);
/* *yes 1 when the person holds an office (chair, vice-chair) of the
 * group of the arrangement today. */
int store_person_chairs(struct store *, int64_t person, int64_t arr,
    const char *today, int64_t group, int *yes);
/* Spends a TOTP step: *spent 0 when it, or a later one, was spent. */
int store_totp_step(struct store *, int64_t uid, int64_t step, int *spent);

/* --- personal data (store/privacy.c) --- */

/* A person's row as the law sees it: restricted, erased. */
struct rec_priv_person {
	int64_t		 id;
	char		*name;
	char		*email;
	char		*phone;
	char		*job_title;
	int64_t		 org_id;	/* 0: none */
	char		*organisation;
	int64_t		 digest;
	char		*restricted;
	char		*erased;
};

/*
 * The rows of one section of an access request, column by column as
 * they are held: a section is what a table keeps about the person, so
 * its columns are the table's (the export shows them all, by name).
 */
enum rec_cell_type { CELL_NULL, CELL_INT, CELL_TEXT };
struct rec_cell {
	enum rec_cell_type	 t;
	int64_t			 i;
	char			*s;
};
struct rec_table {
	char		**cols;		/* ncols names */
	size_t		  ncols;
	struct rec_cell	 *cells;	/* nrows * ncols, row by row */
	size_t		  nrows;
};

/* What an erasure removed and what it kept under the placeholder. */
enum erase_removed { ER_ROLES, ER_SESSIONS, ER_LINKS, ER_ACCOUNT,
    ER_FAILS, ER_MAIL, ER__MAX };
enum erase_kept { EK_NOMS, EK_DECLS, EK_INTERESTS, EK_ATTENDANCE,
    EK_ACTIONS, EK_STEPBACKS, EK__MAX };
extern const char *const erase_removed_names[ER__MAX];
extern const char *const erase_kept_names[EK__MAX];
struct rec_erasure {
	int64_t		 person;
	char		 placeholder[64];
	int64_t		 removed[ER__MAX];
	int64_t		 kept[EK__MAX];
	int64_t		*redacted;	/* seqs of the audit entries */
	size_t		 nredacted;
};

/* An audit entry redacted, and whether the later entry by_seq vouches
 * for it (lists its seq among those it redacted). */
struct rec_redaction {
	int64_t		 seq;
	int64_t		 by_seq;
	int		 vouched;
};
struct rec_redaction_list { struct rec_redaction *v; size_t n; };

/* An audit entry naming people, to be redacted (retention reads seq,
 * actor and detail only). */
struct rec_audit_text {
	int64_t		 seq;
	char		*at;
	char		*actor;
	char		*action;
	char		*entity;
	int64_t		 entity_id;
	char		*detail;
};
struct rec_audit_text_list { struct rec_audit_text *v; size_t n; };

/* A person named in an audit entry (retention). */
struct rec_named {
	int64_t		 id;
	char		*name;
	char		*email;
};
struct rec_named_list { struct rec_named *v; size_t n; };

void rec_priv_person_clear(struct rec_priv_person *);
void rec_table_free(struct rec_table *);
void rec_erasure_free(struct rec_erasure *);
void rec_redaction_list_free(struct rec_redaction_list *);
void rec_audit_text_list_free(struct rec_audit_text_list *);
void rec_named_list_free(struct rec_named_list *);

int store_priv_person(struct store *, int64_t id, struct rec_priv_person *,
    int *found);
/*
 * The rows of statement id (one of the STMT_PRIV_ sections, bound as
 * store_exec binds fmt's arguments) as a table.
 */
int store_priv_table(struct store *, struct rec_table *, int id,
    const char *fmt, ...);
/* Entries naming a person (STMT_PRIV_AUDIT), or older than cut naming
 * anyone not erased (STMT_RET_AUDIT). */
int store_priv_audit(struct store *, const char *name, const char *email,
    int64_t id, struct rec_audit_text_list *);
int store_ret_audit(struct store *, const char *cut,
    struct rec_audit_text_list *);
int store_ret_people_in(struct store *, const char *detail,
    const char *actor, struct rec_named_list *);
int store_priv_redactions(struct store *, struct rec_redaction_list *);
/* The seq the next audit entry takes. */
int store_audit_next_seq(struct store *, int64_t *seq);

#endif
