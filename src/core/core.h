/*
 * core: the use cases.  One function per action; each action is one
 * transaction and leaves an audit entry.  The command line (and the web)
 * call these and nothing below them, so behaviour cannot drift between
 * front ends.  No SQL text and no HTML here.
 *
 * Reads return jansson values owned by the caller (json_decref), so that
 * every register can be printed as a table, CSV or JSON alike.
 */
#ifndef CORE_H
#define CORE_H

#include <stdint.h>
#include <jansson.h>

#include "rules/constitution.h"
#include "rules/date.h"

#define WUR __attribute__((warn_unused_result))

enum core_err {
	CORE_OK = 0,
	CORE_EINVAL,	/* the user's input is wrong: see core.err */
	CORE_ENOTFOUND,	/* a named thing does not exist: see core.err */
	CORE_EEXIST,	/* it exists already: see core.err */
	CORE_EBUSY,	/* the database is locked by another program */
	CORE_EFAULT	/* a program or storage fault */
};

struct store;

struct core {
	struct store		*st;
	const char		*actor;		/* who acts; not owned */
	char			 today[DATE_LEN]; /* default effective date */
	char			 now[32];	/* timestamp of records */
	int64_t			 arr;		/* arrangement in use, or 0 */
	char			 arr_slug[64];
	struct constitution	 cons;		/* in force today */
	char			 err[640];	/* the user's message */
	char			 field[64];	/* the field at fault */
	int			 depth;		/* nested core_begin calls */
};

/*
 * Opens the database (create: make it if missing).  today and now come
 * from the clock unless ALLIANCE_TODAY (YYYY-MM-DD) is set, which tests
 * use to replay a year.
 */
int core_open(struct core *, const char *path, int create) WUR;
void core_close(struct core *);

/*
 * Chooses the arrangement to act on: slug, or the only one there is.
 * Loads the constitution in force today and settles notice periods that
 * have ended (SA-14.1).
 */
int core_use(struct core *, const char *slug) WUR;

/* Sets core.err (and core.field) and returns code. */
int core_fail(struct core *, int code, const char *field,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/*
 * Transactions: begin; end commits when rc == CORE_OK, else rolls back.
 * They nest: only the outermost pair touches the database, so a use case
 * made of others (a template load) is still one transaction.
 */
int core_begin(struct core *) WUR;
int core_end(struct core *, int rc);

/* Maps a store error to a core error with a message. */
int core_store_fail(struct core *, int store_rc, const char *what);

/* Appends to the hash-chained audit log (inside the caller's
 * transaction).  detail is borrowed. */
int core_audit(struct core *, const char *action, const char *entity,
    int64_t id, json_t *detail) WUR;

/* --- arrangements and templates (template.c) --- */
/* Names of the built-in templates, NULL-terminated. */
extern const char *const core_templates[];
/* CORE_OK if tmpl names a built-in template; needs no database. */
int core_template_check(struct core *, const char *tmpl) WUR;
/* Creates an arrangement from a built-in template, with its example
 * data, in one transaction. */
int core_init(struct core *, const char *tmpl, const char *slug) WUR;
int core_arrangements(struct core *, json_t **out) WUR;

/* --- constitution (constitution_apply.c) --- */
/* Checks text; on error core.err names line, setting and what is
 * accepted. */
int core_constitution_check(struct core *, const char *text) WUR;
/* Applies text from date effective (default today); the old version is
 * kept, closed the day the new one starts. */
int core_constitution_apply(struct core *, const char *text,
    const char *effective) WUR;
/* The version in force on date (NULL: today): body and dates. */
int core_constitution_get(struct core *, const char *date,
    json_t **out) WUR;
int core_constitution_versions(struct core *, json_t **out) WUR;
/* Every setting with its value in force on date, and its rule ids. */
int core_constitution_settings(struct core *, const char *date,
    json_t **out) WUR;

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
/* ref: number, org-id, name or short name. */
int core_org_find(struct core *, const char *ref, json_t **out) WUR;
int core_org_list(struct core *, json_t **out) WUR;

int core_person_validate(struct core *, const struct person_in *) WUR;
int core_person_add(struct core *, const struct person_in *,
    int64_t *id) WUR;
/* ref: number, email or name. */
int core_person_find(struct core *, const char *ref, json_t **out) WUR;
int core_person_list(struct core *, json_t **out) WUR;
int core_person_role(struct core *, const char *person, const char *role,
    const char *area) WUR;

int core_group_add(struct core *, const struct group_in *, int64_t *id) WUR;
int core_group_find(struct core *, const char *ref, json_t **out) WUR;
int core_group_list(struct core *, json_t **out) WUR;

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
/* MC-criteria: evidence for one of the constitution's criteria. */
int core_member_criterion(struct core *, const char *group, const char *org,
    const char *criterion, const char *evidence) WUR;
int core_member_show(struct core *, const char *group, const char *org,
    json_t **out) WUR;
int core_member_list(struct core *, const char *group, json_t **out) WUR;

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
int core_commitment_add(struct core *, const char *code, const char *kind,
    const char *heading, const char *body) WUR;
int core_commitment_list(struct core *, json_t **out) WUR;

/* --- registers (registers.c): from live data, never typed twice --- */
int core_register_forums(struct core *, json_t **out) WUR;	/* App. B */
int core_register_members(struct core *, json_t **out) WUR;	/* SA-3.2 */
int core_register_positions(struct core *, json_t **out) WUR;	/* App. C */
int core_register_signatories(struct core *, json_t **out) WUR;

/* --- audit (audit.c) --- */
/* Walks the chain; *out lists each broken, edited or missing entry. */
int core_audit_verify(struct core *, json_t **out, int64_t *checked) WUR;
int core_audit_list(struct core *, json_t **out) WUR;

/* --- import (import.c) --- */
enum import_kind { IMPORT_ORGANISATIONS, IMPORT_PEOPLE };
struct import_report {
	size_t	 rows;		/* data rows read */
	size_t	 bad;		/* rows with a problem */
	size_t	 imported;
	json_t	*problems;	/* [{line, field, message}], owned */
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
