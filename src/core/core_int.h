/*
 * Helpers shared by the files of core/ only.
 */
#ifndef CORE_INT_H
#define CORE_INT_H

#include <stdint.h>
#include "rules/membership.h"
#include "rules/text.h"
#include "store/rec_election.h"

#include "store/rec_registry.h"
#include "store/store.h"

struct core;
struct constitution;
struct rec_meeting;

int core_int_constitution_at(struct core *, const char *date,
    struct constitution *out);
/*
 * The version of the constitution in force on date (NULL: the latest)
 * into *out, the caller's to clear.  found NULL: none in force is
 * CORE_ENOTFOUND naming "date"; else *found says whether one is.
 */
struct rec_constitution_version;
int core_int_constitution_version(struct core *, const char *date,
    struct rec_constitution_version *out, int *found);
/*
 * The store's answer rc to a step, as core's: a fault as core_store_fail
 * (doing); else, when the step is refused, code naming field, with the
 * message made by fmt; else CORE_OK.  Two steps use it:
 * core_int_found, reading one record: CORE_ENOTFOUND when there is none;
 * core_int_added, adding a row: CORE_EEXIST when one with its key is
 * there already.
 */
int core_int_answer(struct core *, enum store_err rc, int refused,
    enum core_err code, const char *doing, const char *field,
    const char *fmt, ...) __attribute__((format(printf, 7, 8)));
#define core_int_found(c, rc, found, doing, ...) \
	core_int_answer(c, rc, !(found), CORE_ENOTFOUND, doing, __VA_ARGS__)
#define core_int_added(c, rc, doing, ...) \
	core_int_answer(c, (rc) == STORE_CONSTRAINT ? STORE_OK : (rc), \
	    (rc) == STORE_CONSTRAINT, CORE_EEXIST, doing, __VA_ARGS__)
/* core_end for a change that gathers flags: when it is refused or
 * undone, the flags are freed (the caller sees none). */
struct check_flag_list;
int core_int_end_flags(struct core *, int rc, struct check_flag_list *);
/* SA-14.3: a status change that takes effect on a later date. */
int core_int_schedule_status(struct core *, int64_t membership,
    const char *status, const char *effective, const char *reason);
/* SA-14.1: notices whose period has ended become resignations; dated
 * decisions whose day has come take effect. */
int core_int_settle(struct core *);

/*
 * Field validators: each returns CORE_OK, or CORE_EINVAL with core.err
 * naming the field and what is accepted.
 */
int core_int_text(struct core *, const char *field, const char *v,
    int required, size_t max);
/* Text of several lines (notes, statements): tabs and newlines allowed. */
int core_int_body(struct core *, const char *field, const char *v,
    int required, size_t max);
/* SA-11.1: a visibility is members or public; CORE_EINVAL naming
 * "visibility" otherwise (papers.c). */
int core_int_visibility(struct core *, const char *vis);
/* A date: NULL becomes today in out (DATE_LEN bytes). */
int core_int_date(struct core *, const char *field, const char *v,
    char *out);
int core_int_email(struct core *, const char *field, const char *v);

/*
 * Lookups by reference inside the transaction (registry.c), as typed
 * records the caller clears (rec_*_clear); CORE_ENOTFOUND or CORE_EINVAL
 * naming the field when the reference finds none or several.
 */
int core_int_find_org(struct core *, const char *ref, struct rec_org *);
int core_int_find_person(struct core *, const char *ref,
    struct rec_person *);
int core_int_find_group(struct core *, const char *ref, struct rec_group *);
/* A position by its slug (office.c); CORE_ENOTFOUND naming "position",
 * "no position 'x'" followed by hint ("" or "; ..."). */
struct rec_position;
int core_int_find_position(struct core *, const char *slug,
    const char *hint, struct rec_position *);
int core_int_find_membership(struct core *, const char *group,
    const char *org, struct rec_membership *);
/*
 * The person ref and their user, who must be an officer: else
 * CORE_EINVAL, "NAME is not an officer; " and why (what only officers
 * have).  *p and *u are the caller's to clear (rec_person_clear,
 * rec_user_clear), whatever is returned.  auth.c.
 */
int core_int_officer(struct core *, const char *ref, const char *why,
    struct rec_person *p, struct rec_user *u);
int core_int_meeting(struct core *, int64_t id, struct rec_meeting *out);
/* The motion of this arrangement, CORE_ENOTFOUND naming it
 * (decision.c); the caller frees it with rec_motion_free(). */
struct rec_motion;
int core_int_motion(struct core *, int64_t id, struct rec_motion *out);
/* A change to the meeting begun: the transaction begun and the meeting
 * read, refused when it was cancelled; on failure nothing is left to
 * free and the transaction is ended. */
int core_int_meeting_change(struct core *, int64_t id,
    struct rec_meeting *out);
/* What an organisation's act at a meeting starts with: the transaction
 * begun, the meeting open to change and the organisation found; on
 * failure nothing is left to free and the transaction is ended. */
int core_int_meeting_org(struct core *, int64_t meeting, const char *org,
    struct rec_meeting *m, struct rec_org *o);
/* A meeting's derived status, due dates and flags (SA-10.2, SA-10.3)
 * (meeting_view.c); -1 for no memory. */
int core_int_meeting_flags(struct core *, struct rec_meeting *);
/* Who v is to the meeting's group, for rules_meeting_sight()
 * (meeting_view.c). */
struct viewer;
enum meeting_reader;
int core_int_meeting_reader(struct core *, const struct viewer *,
    const struct rec_meeting *, enum meeting_reader *);
/* The same for a group, by its id (a motion's, SA-3.1-assoc). */
int core_int_group_reader(struct core *, const struct viewer *,
    int64_t group, enum meeting_reader *);

/*
 * Notifications (notify.c), queued inside the caller's transaction.
 * no_associates: leave out associates' people (nominations, ballots).
 * once: a key that makes each address get the message once.
 */
int core_int_notify_group(struct core *, int64_t group, int no_associates,
    const char *kind, const char *once, const char *subject,
    const char *text, const char *link, const char *ical,
    const char *method);
/* SA-13.1: a letter to the organisation's people and address. */
int core_int_notify_org(struct core *, int64_t org, const char *kind,
    const char *subject, const char *text, const char *link);
/* The same, each address once for the key once (a reminder). */
int core_int_notify_org_once(struct core *, int64_t org, const char *kind,
    const char *once, const char *subject, const char *text,
    const char *link);
int core_int_notify_person(struct core *, const char *email,
    const char *name, const char *kind, const char *once,
    const char *subject, const char *text, const char *link);

/*
 * A year of the accountability records (2000-2100), and its first and
 * last days into from and to (16 bytes each; either may be NULL).
 */
int core_int_year(struct core *, int year, char *from, char *to);

/* Secrets handed out (auth.c): 32 random bytes in URL-safe base64, a
 * BLAKE2b hash of one in hex, and 1 when s could be one. */
int core_int_secret_new(struct core *, char out[48]);
void core_int_secret_hash(const char *secret, char out[65]);
int core_int_secret_shape(const char *s);
/* 0 when pw matches the Argon2id hash; one check at a time in the
 * process, and never to be called inside a transaction. */
int core_int_pw_verify(const char *hash, const char *pw);
/*
 * At an officer's password sign-in (totp.c): CORE_OK with *enrol = 0
 * when the user's code is right (its time step is then spent), or with
 * *enrol = 1 when they have no second factor yet; CORE_EINVAL when the
 * code is wrong, missing or spent.
 */
int core_int_totp_signin(struct core *, int64_t uid, const char *code,
    int *enrol);
/* The session sid's rights after a password sign-in: officer, or
 * setting up the second factor; verified now. */
int core_int_session_level(struct core *, const char *sid, int officer,
    int enrol);

/* now ("YYYY-MM-DDTHH:MM:SSZ") plus minutes (may be negative). */
void core_int_later(const char *now, int minutes, char out[32]);
/* A session's write found due by core_session (an ended one deleted, a
 * last-seen time moved), done now unless a read snapshot is held, then
 * by core_read_end: outside any change of the request's. */
void core_int_session_write(struct core *);

/*
 * Audit entries redacted by erasure or retention (privacy.c), by seq,
 * each with the later entry that vouches for it (vouched 0: none does).
 */
int core_int_audit_redactions(struct core *, struct rec_redaction_list *);
/* CORE_EINVAL, naming the person, when the person is restricted:
 * nothing new may be given to them. */
int core_int_restricted(struct core *, const struct rec_person *);

/* The audit chain's own check (audit.c): appends to out each entry
 * edited, missing or out of the chain; rows: the whole log. */
int core_int_audit_walk(struct core *, const struct rec_audit_list *rows,
    struct rec_ledger_problems *out, int64_t *checked);
/* Adds to out a problem of audit entry seq; CORE_EFAULT for no memory. */
int core_int_audit_problem(struct core *, struct rec_ledger_problems *out,
    int64_t seq, const char *problem);

/*
 * The ledger (ledger.c).  key_path: ALLIANCE_KEY, else the database's
 * path with ".key".  The key is read at first need, and made (mode
 * 0600) when there is none and create is set.
 */
void core_int_key_path(struct core *, const char *db);
void core_int_key_free(struct core *);
/* Vouches for the rows written since the last entry (all of them when
 * the entry before, last, is older than the ledger) in the name of entry
 * seq; vouched: the digest of that list. */
int core_int_ledger_vouch(struct core *, int64_t seq,
    const struct rec_audit *last, char vouched[65]);
/* The seal of the entry (seq, hash), in hex: the installation's keyed
 * BLAKE2b of them (the head is signed with Ed25519 when asked for). */
int core_int_ledger_seal(struct core *, int64_t seq, const char *hash,
    char seal[129]);
/* Appends to problems what the ledger and the head show (rows changed
 * outside the program, a head not signed by this installation); rows is
 * the whole audit log.  *nrows: live rows checked. */
int core_int_ledger_verify(struct core *, const struct rec_audit_list *rows,
    struct rec_ledger_problems *problems, int64_t *nrows);
/* The election's counting key pair (ballot_box.c), derived from the
 * installation's key: 32-byte halves. */
/* A MAC of msg (32 hex digits) keyed by the installation's key: what
 * makes a link in an email good for one person and nothing else. */
int core_int_mac(struct core *, const char *msg, char hex[33]);
int core_int_ballot_keys(struct core *, int64_t election,
    unsigned char pk[32], unsigned char sk[32]);
/* A ballot for nomination nom, sealed to the election's counting key,
 * with a new random receipt (17 bytes) for the voter. */
int core_int_ballot_cast(struct core *, int64_t election, int64_t nom,
    char receipt[17]);
/* Opens the election's sealed ballots and puts them in the box, in a
 * random order, each with its receipt; the sealed ones are deleted. */
int core_int_ballot_open(struct core *, int64_t election);
/*
 * Elections (election.c, election_count.c, election_view.c): the
 * election of this arrangement, CORE_ENOTFOUND naming it; the caller
 * frees it with rec_election_free().
 */
int core_int_election(struct core *, int64_t id, struct rec_election *);
/* "YYYY-MM-DDTHH:MM" stamps compared as text (UTC): a before b. */
int core_int_stamp_before(const char *a, const char *b);
/* Adds to problems what the election's verification finds: a count
 * that the ballots in box no longer give, and its rows changed outside
 * the program. */
int core_int_ballot_verify(struct core *, const struct rec_election *,
    const struct rec_ballot_list *box, struct election_problems *);
/* The rows of the election changed outside the program, as the ledger
 * finds them (ledger.c). */
int core_int_ledger_election(struct core *, int64_t election,
    struct election_problems *);

/*
 * Disputes (dispute.c), shared with the panel (dispute_panel.c): the
 * case of this arrangement into *out (the caller's to
 * rec_dispute_clear), CORE_ENOTFOUND when there is none; 1 for a
 * breach; a step written in the case's log (SA-13.1); CORE_EINVAL when
 * the case is resolved; the drawn panel and whether it is cross-sector.
 */
struct rec_dispute;
struct rec_panellist_list;
int get_case(struct core *, int64_t id, struct rec_dispute *out);
int is_breach(const struct rec_dispute *);
int log_step(struct core *, int64_t id, const char *day, const char *step,
    const char *detail);
int not_closed(struct core *, const struct rec_dispute *);
int panel_of(struct core *, int64_t id, struct rec_panellist_list *out,
    int *cross_sector);

/*
 * The one way a store code leaves core: mapped to core's own (enum
 * core_err) with a message.  STORE_BUSY is CORE_EBUSY, STORE_CONSTRAINT
 * CORE_EEXIST, anything else a fault (CORE_EFAULT); STORE_OK is CORE_OK.
 */
enum core_err core_store_fail(struct core *, enum store_err,
    const char *what);

#endif
