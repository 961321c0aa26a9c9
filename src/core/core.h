/*
 * core: the use cases.  One function per action; each action is one
 * transaction and leaves an audit entry.  The command line (and the web)
 * call these and nothing below them, so behaviour cannot drift between
 * front ends.  No SQL text and no HTML here.
 *
 * The registry's reads (organisations, people, groups, memberships,
 * offices and the public registers) answer for a viewer with typed
 * records (store/rec_registry.h) that render/json.h turns into JSON at
 * the edge; so does every other domain, in its own core_DOMAIN.h.  Core
 * includes no JSON library.
 */
#ifndef CORE_H
#define CORE_H

#include <stdint.h>

#include "rules/constitution.h"
#include "rules/ruleid.h"
#include "rules/date.h"
#include "rules/text.h"
#include "rules/meeting.h"
#include "store/rec_meeting.h"
#include "store/rec_registry.h"
#include "core/viewer.h"

#define WUR __attribute__((warn_unused_result))

enum core_err {
	CORE_OK = 0,
	CORE_EINVAL,	/* the user's input is wrong: see core.err */
	CORE_ENOTFOUND,	/* a named thing does not exist: see core.err */
	CORE_EEXIST,	/* it exists already: see core.err */
	CORE_EBUSY,	/* the database is locked by another program */
	CORE_EFAULT,	/* a program or storage fault */
	CORE_ELIMIT,	/* too many attempts for now: see core.err */
	CORE_EPERM	/* the viewer may not see or do it: see core.err */
};

struct store;

struct core {
	struct store		*st;
	const char		*actor;		/* who acts; not owned */
	char			 today[DATE_LEN]; /* default effective date */
	char			 now[32];	/* timestamp of records */
	int64_t			 arr;		/* arrangement in use, or 0 */
	char			 arr_slug[64];
	char			 arr_name[200];
	struct constitution	 cons;		/* in force today */
	int64_t			 cons_id;	/* its constitution_version */
	const void		*cons_v;	/* cons.v when parsed: a cons
						   put in its place is seen */
	char			 err[640];	/* the user's message */
	char			 field[64];	/* the field at fault */
	int			 depth;		/* nested core_begin calls */
	/* The installation's signing key, kept outside the database
	 * (ledger.c): where it is, and once read, from sodium_malloc(). */
	char			 key_path[1024];
	struct core_key		*key;
	int			 reading;	/* in core_read_begin()'s */
	/* A session's write found due while reading (an ended one to
	 * delete, a last-seen time to move): done once the snapshot is
	 * let go, so that a request never holds the write lock. */
	enum { SESSION_KEEP, SESSION_END, SESSION_TOUCH } session_due;
	char			 session_hash[65];
	/* What core_use did last, kept while the data and the day stay
	 * the same: it is then not done again. */
	uint64_t		 use_version;	/* store_use_version() after it */
	uint64_t		 use_stamp;	/* core_stamp() before it */
	const void		*watch;		/* core_watch() */
	int			 watch_tried;
	char			 use_today[DATE_LEN];
	char			 use_slug[64];	/* asked for; "" for none */
	struct check_flag_list	*check_memo;	/* core_check_today()'s
						   every flag, or NULL */
	uint64_t		 check_version;
	char			 check_today[DATE_LEN];
};

/*
 * Opens the database (create: make it if missing).  today and now come
 * from the clock unless ALLIANCE_TODAY (YYYY-MM-DD) is set, which tests
 * use to replay a year.
 */
int core_open(struct core *, const char *path, int create) WUR;
void core_close(struct core *);
/*
 * Prepares every statement of the store on this connection and checks
 * each against its annotation (store_selftest): CORE_EFAULT naming the
 * first that is wrong.  The statements stay prepared for use.
 */
int core_selftest(struct core *) WUR;

/*
 * Chooses the arrangement to act on: slug, or the only one there is.
 * Loads the constitution in force today and settles notice periods that
 * have ended (SA-14.1).
 */
int core_use(struct core *, const char *slug) WUR;

/*
 * The data's stamp, with no lock nor read of the file (store_stamp):
 * equal stamps, nothing committed between them by anyone; a read made
 * after it sees at least what it stamps.  0 when unknown, and inside a
 * transaction.  core_watch: what core_watch_stamp reads it from, for
 * any thread while c stays open (NULL: never known).
 */
uint64_t core_stamp(struct core *);
const void *core_watch(struct core *);
uint64_t core_watch_stamp(const void *watch);

/*
 * The reads that follow, up to core_read_end, see one snapshot of the
 * data and take the database's locks once, not per statement.  A
 * change (core_begin) ends it first: writes always start afresh.
 */
void core_read_begin(struct core *);
void core_read_end(struct core *);

/* Sets core.err (and core.field) and returns code. */
enum core_err core_fail(struct core *, enum core_err code,
    const char *field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/*
 * Transactions: begin; end commits when rc == CORE_OK, else rolls back.
 * They nest: only the outermost pair touches the database, so a use case
 * made of others (a template load) is still one transaction.
 */
int core_begin(struct core *) WUR;
/* core_begin without waiting: CORE_EBUSY at once, with no message, while
 * another thread or program is writing. */
int core_begin_now(struct core *) WUR;
int core_end(struct core *, int rc);

/*
 * Runs fn(c, arg), an action that begins and ends its own change, in a
 * group with the other actions waiting for the writer: one transaction
 * and one synced commit for the group, each action in a savepoint of
 * its own, with its own audit entry.  An action that fails changes
 * nothing and does not undo the others.  Returns fn's result once the
 * commit holding it is done (or that commit's failure).
 */
typedef int (*core_action_fn)(struct core *, void *);
int core_grouped(struct core *, core_action_fn, void *) WUR;
/* How many actions wait for the next group (a test waits for them). */
size_t core_grouped_waiting(void);

/* Appends to the hash-chained audit log (inside the caller's
 * transaction), with the detail packed from fmt and its arguments as
 * json_pack() packs them ("{s:I, s:s?}", "{}" for none): a caller needs
 * no JSON. */
#define core_auditf(c, ...) core_audited(c, STORE_OK, NULL, __VA_ARGS__)
/* The same after the step that made the change: rc, the store's answer
 * to it; a fault fails the change as core_store_fail (doing), with no
 * entry. */
int core_audited(struct core *, int rc, const char *doing,
    const char *action, const char *entity, int64_t id, const char *fmt,
    ...) WUR;
/* The same with the detail {key: the JSON text json}, or (key NULL)
 * the JSON text json, an object. */
int core_audit_text(struct core *, const char *action, const char *entity,
    int64_t id, const char *key, const char *json) WUR;

/* --- arrangements and templates: core_template.h --- */
#include "core/core_template.h"

/* --- constitution (constitution_apply.c) --- */
#include "core/core_constitution.h"

/* --- registry (registry.c) --- */
struct org_in {
	const char	*name, *short_name, *sector, *legal_form;
	const char	*identifier, *geography, *email;
	int		 infrastructure;	/* -1: leave as is */
};
struct person_in {
	const char	*name, *email, *phone, *organisation, *job_title;
};
struct group_in {
	const char	*slug, *name, *kind, *description, *geography;
	const char	*parent, *support_org, *support_officer, *recognised;
};
struct declaration_in {
	const char	*organisation, *name, *role, *date;
	int		 authority;
};

/* Checks an organisation's fields as an import or a form would. */
int core_org_validate(struct core *, const struct org_in *) WUR;
int core_org_add(struct core *, const struct org_in *, int64_t *id) WUR;
/* Fields left NULL are unchanged. */
int core_org_update(struct core *, const char *ref,
    const struct org_in *) WUR;
/*
 * ref: number, org-id, name or short name.  What v may read of
 * organisations: an officer all; anyone else those the registers name,
 * without their contact address.  Records are the caller's
 * (rec_org_clear, rec_*_list_free).
 */
int core_org_find(struct core *, const struct viewer *, const char *ref,
    struct rec_org *) WUR;
int core_org_list(struct core *, const struct viewer *,
    struct rec_org_list *) WUR;

int core_person_validate(struct core *, const struct person_in *) WUR;
int core_person_add(struct core *, const struct person_in *,
    int64_t *id) WUR;
/*
 * ref: number, email or name; roles: their roles in the arrangement.
 * People are for members (CORE_EPERM to the public); a person's email
 * and phone are for officers and the person.
 */
int core_person_find(struct core *, const struct viewer *, const char *ref,
    struct rec_person *, struct rec_role_list *roles) WUR;
int core_person_list(struct core *, const struct viewer *,
    struct rec_person_list *) WUR;
int core_person_role(struct core *, const char *person, const char *role,
    const char *area) WUR;

int core_group_add(struct core *, const struct group_in *, int64_t *id) WUR;
/* Groups with their officers are for members (CORE_EPERM to the
 * public, who read the register of forums); offices may be NULL. */
int core_group_find(struct core *, const struct viewer *, const char *ref,
    struct rec_group *, struct rec_office_list *offices) WUR;
int core_group_list(struct core *, const struct viewer *,
    struct rec_group_list *) WUR;

/* A new membership starts pending until the agreement is signed. */
int core_member_add(struct core *, const char *group, const char *org,
    const char *kind, const char *side, const char *date) WUR;
/*
 * SA-3.2, SA-15.1, SC-partners: records the organisation's declaration
 * against the agreement in force and activates its pending memberships.
 */
int core_member_sign(struct core *, const struct declaration_in *) WUR;
/*
 * Moves a membership to status (suspended, active, withdrawn,
 * terminated) with who, when and why.
 */
int core_member_status(struct core *, const char *group, const char *org,
    const char *status, const char *date, const char *reason) WUR;
/* SA-14.1: written notice given on date; ends on its own date. */
int core_member_resign(struct core *, const char *group, const char *org,
    const char *date, const char *reason) WUR;
/* SA-14.1: the chair excludes a member under notice from business. */
int core_member_exclude(struct core *, const char *group, const char *org,
    const char *reason) WUR;
/* MC-criteria: evidence for one of the constitution's criteria. */
int core_member_criterion(struct core *, const char *group, const char *org,
    const char *criterion, const char *evidence) WUR;
/* A membership with its history, evidence and declaration: for
 * officers and the organisation's own people (else CORE_EPERM). */
int core_member_show(struct core *, const struct viewer *,
    const char *group, const char *org,
    struct rec_membership_detail *) WUR;
/* A group's members; with group NULL, the register of members. */
int core_member_list(struct core *, const struct viewer *,
    const char *group, struct rec_membership_list *) WUR;

/* SA-7.1, SA-E1, SA-3.1-assoc: a chair or vice-chair for a group. */
int core_office_set(struct core *, const char *group, const char *person,
    const char *office, int interim, const char *start,
    const char *end) WUR;

struct position_in {
	const char	*slug, *section, *name, *method, *appointed_by;
	const char	*electing_group, *note;
	int		 seats;
};
int core_position_add(struct core *, const struct position_in *) WUR;
/* SA-9.1, SA-3.1-assoc: role is representative or deputy. */
int core_position_appoint(struct core *, const char *position,
    const char *person, const char *role, int interim, const char *scope,
    const char *start, const char *end) WUR;
/* SA-9.5: the electing group removes a representative; why is kept. */
int core_position_remove(struct core *, const char *position,
    const char *person, const char *date, const char *reason) WUR;
/* SA-D5.3: a statutory body's concern about a representative, recorded
 * for the co-ordination group chair; it removes no one. */
int core_position_concern(struct core *, const char *position,
    const char *person, const char *org, const char *text) WUR;
/* SA-D5.3: for officers (else CORE_EPERM). */
int core_position_concerns(struct core *, const struct viewer *,
    struct rec_concern_list *) WUR;
/* MC-diversity: an organisation meets a coverage aim of the
 * constitution (its number or text). */
int core_org_cover(struct core *, const char *org, const char *aim) WUR;
/* party: who rates it (public, vcse, all; MS-4); NULL: the public
 * bodies for a numbered commitment, nobody for a heading. */
int core_commitment_add(struct core *, const char *code, const char *kind,
    const char *heading, const char *body, const char *party) WUR;
int core_commitment_list(struct core *, struct rec_commitment_list *) WUR;

/* --- registers (registers.c): from live data, never typed twice --- */
/* Public: every viewer sees the same. */
int core_register_forums(struct core *, const struct viewer *,
    struct rec_forum_list *) WUR;			/* App. B */
int core_register_members(struct core *, const struct viewer *,
    struct rec_membership_list *) WUR;			/* SA-3.2 */
/* One page of it: size rows from the (page - 1) * size'th, and in
 * *total how many rows the whole register has (lists.c). */
int core_register_members_page(struct core *, const struct viewer *,
    int64_t page, int64_t size, struct rec_membership_list *,
    int64_t *total) WUR;
int core_register_positions(struct core *, const struct viewer *,
    struct rec_position_list *) WUR;			/* App. C */
int core_register_signatories(struct core *, const struct viewer *,
    struct rec_signatory_list *) WUR;

#include "core/core_meeting.h"
#include "core/core_attendance.h"

/* --- elections --- */
#include "core/core_election.h"

/* --- compliance (check.c) --- */
#include "core/core_check.h"

/* --- accountability, partners and funding (accountability.c,
 * partners.c, funding.c): core_partners.h --- */
#include "core/core_partners.h"
/* --- disputes and breaches (dispute.c, core_dispute.h) --- */
#include "core/core_dispute.h"
/* --- annual reports: core/core_report.h (report.c) --- */

/* --- notifications (notify.c, remind.c): core_mail.h --- */
#include "core/core_mail.h"

#include "core/core_auth.h"
/* --- a person's own business: core_me.h (me.c) --- */
#include "core/core_me.h"
/* 1 when the person chairs or vice-chairs the group today. */
int core_chairs(struct core *, const struct core_who *, int64_t group);
/* Sets today and now from the clock (or ALLIANCE_TODAY/NOW). */
int core_clock(struct core *) WUR;
/* The clock as core_clock sets core.now, into now (32 bytes): CORE_OK,
 * or CORE_EINVAL when the test dates of the environment are wrong. */
int core_now(char *now) WUR;

/* --- audit and the ledger: core_audit.h --- */
#include "core/core_audit.h"

/* --- import (import.c) --- */
enum import_kind { IMPORT_ORGANISATIONS, IMPORT_PEOPLE };
/* A row's problem: its line, the field at fault and what is wrong. */
struct import_problem {
	size_t	 line;
	char	*field;
	char	*message;
};
struct import_report {
	size_t			 rows;		/* data rows read */
	size_t			 bad;		/* rows with a problem */
	size_t			 imported;
	struct import_problem	*problems;	/* owned */
	size_t			 nproblems;
};
/*
 * Imports a CSV file as Excel saves it.  Every bad row is reported with
 * its line and field; nothing is imported unless the file is clean, or
 * only_clean is set (then clean rows go in, in one transaction).
 * progress, if not NULL, is called every 1000 rows.
 */
int core_import_csv(struct core *, enum import_kind, const char *path,
    int only_clean, struct import_report *,
    void (*progress)(size_t rows, void *), void *arg) WUR;
void core_import_report_free(struct import_report *);

#endif
