/*
 * The registry's reads as typed records (rec_registry.h).  Each record
 * type has a column map in the order of its statement's SELECT, read,
 * freed and held to its statement by colmap.c.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "rec_registry.h"
#include "rules/constitution.h"
#include "store.h"
#include "store_int.h"
#include "colmap.h"

static const struct col org_cols[] = {
	I(rec_org, id), T(rec_org, name), T(rec_org, short_name),
	E(C_SECTOR, rec_org, sector), T(rec_org, legal_form),
	T(rec_org, identifier), T(rec_org, geography), T(rec_org, email),
	F(rec_org, infrastructure),
};
static const struct map org_map = MAP(rec_org, org_cols);

static const struct col person_cols[] = {
	I(rec_person, id), T(rec_person, name), T(rec_person, email),
	T(rec_person, phone), T(rec_person, job_title), IN(rec_person, org_id, "organisation_id"),
	T(rec_person, organisation), T(rec_person, restricted),
	T(rec_person, roles),	/* lists only: the map is cut short */
};
static const struct map person_map = { person_cols, 8,
    sizeof(struct rec_person) };
static const struct map person_list_map = MAP(rec_person, person_cols);

static const struct col role_cols[] = {
	T(rec_role, role), T(rec_role, area),
};
static const struct map role_map = MAP(rec_role, role_cols);

static const struct col group_cols[] = {
	I(rec_group, id), T(rec_group, slug), T(rec_group, name),
	E(C_GKIND, rec_group, kind), T(rec_group, description),
	T(rec_group, geography), I(rec_group, parent_id),
	I(rec_group, support_org_id), T(rec_group, support_officer),
	T(rec_group, recognised),
};
static const struct map group_map = MAP(rec_group, group_cols);

static const struct col group_list_cols[] = {
	I(rec_group, id), T(rec_group, slug), T(rec_group, name),
	E(C_GKIND, rec_group, kind), T(rec_group, geography),
	I(rec_group, members),
};
static const struct map group_list_map = MAP(rec_group, group_list_cols);

static const struct col office_cols[] = {
	I(rec_office, id), T(rec_office, office), F(rec_office, interim),
	T(rec_office, term_start), T(rec_office, term_end),
	I(rec_office, person_id), T(rec_office, person),
	T(rec_office, organisation), T(rec_office, short_name),
};
static const struct map office_map = MAP(rec_office, office_cols);

#define MEMB_COLS(s, m) \
	I(s, m id), I(s, m group_id), IN(s, m org_id, "organisation_id"), \
	E(C_MKIND, s, m kind), E(C_MSTATUS, s, m status), T(s, m side), \
	T(s, m since), T(s, m status_until), F(s, m excluded), \
	T(s, m organisation), E(C_SECTOR, s, m sector), T(s, m identifier), \
	T(s, m grp), T(s, m group_name), E(C_GKIND, s, m group_kind)

static const struct col memb_cols[] = {
	MEMB_COLS(rec_membership, ),
	T(rec_membership, signed_on),	/* the register only */
};
static const struct map memb_map = { memb_cols, 15,
    sizeof(struct rec_membership) };
static const struct map memb_register_map = MAP(rec_membership, memb_cols);

static const struct col sched_cols[] = {
	IN(rec_sched, id, "sched_id"), T(rec_sched, to_status),
	T(rec_sched, effective),
	T(rec_sched, reason), T(rec_sched, decided_by),
	MEMB_COLS(rec_sched, m.),
};
static const struct map sched_map = MAP(rec_sched, sched_cols);

static const struct col history_cols[] = {
	T(rec_memb_history, status), T(rec_memb_history, effective),
	T(rec_memb_history, until), T(rec_memb_history, reason),
	T(rec_memb_history, recorded_by), T(rec_memb_history, recorded_at),
};
static const struct map history_map = MAP(rec_memb_history, history_cols);

static const struct col crit_cols[] = {
	T(rec_criterion, criterion), T(rec_criterion, evidence),
	T(rec_criterion, recorded_by), T(rec_criterion, recorded_on),
};
static const struct map crit_map = MAP(rec_criterion, crit_cols);

static const struct col agreement_cols[] = {
	I(rec_agreement, id), T(rec_agreement, version),
	T(rec_agreement, title), T(rec_agreement, in_force_from),
};
static const struct map agreement_map = MAP(rec_agreement, agreement_cols);

static const struct col decl_cols[] = {
	I(rec_declaration, id), T(rec_declaration, signer_name),
	T(rec_declaration, signer_role), T(rec_declaration, signed_on),
	F(rec_declaration, authority),
};
static const struct map decl_map = MAP(rec_declaration, decl_cols);

static const struct col signatory_cols[] = {
	T(rec_signatory, organisation), E(C_SECTOR, rec_signatory, sector),
	T(rec_signatory, signer_name), T(rec_signatory, signer_role),
	T(rec_signatory, signed_on), T(rec_signatory, agreement_version),
};
static const struct map signatory_map = MAP(rec_signatory, signatory_cols);

static const struct col pos_cols[] = {
	I(rec_position, id), T(rec_position, slug), T(rec_position, section),
	T(rec_position, name), T(rec_position, method),
	T(rec_position, appointed_by), I(rec_position, electing_group_id),
	I(rec_position, seats), T(rec_position, note),
};
static const struct map pos_map = MAP(rec_position, pos_cols);

/* The register names the electing group where the lookup has its id. */
static const struct col pos_register_cols[] = {
	I(rec_position_entry, p.id), T(rec_position_entry, p.slug),
	T(rec_position_entry, p.section), T(rec_position_entry, p.name),
	T(rec_position_entry, p.method), T(rec_position_entry, p.appointed_by),
	T(rec_position_entry, p.electing_group),
	I(rec_position_entry, p.seats), T(rec_position_entry, p.note),
};
static const struct map pos_register_map = MAP(rec_position_entry,
    pos_register_cols);

static const struct col appt_cols[] = {
	I(rec_appointment, id), T(rec_appointment, role),
	F(rec_appointment, interim), T(rec_appointment, scope),
	T(rec_appointment, term_start), T(rec_appointment, term_end),
	T(rec_appointment, person), T(rec_appointment, organisation),
	T(rec_appointment, short_name),
};
static const struct map appt_map = MAP(rec_appointment, appt_cols);

static const struct col forum_cols[] = {
	I(rec_forum, id), T(rec_forum, slug), T(rec_forum, name),
	E(C_GKIND, rec_forum, kind), T(rec_forum, description),
	T(rec_forum, geography), T(rec_forum, support_organisation),
	T(rec_forum, support_short), T(rec_forum, support_officer),
	I(rec_forum, members),
};
static const struct map forum_map = MAP(rec_forum, forum_cols);

static const struct col commit_cols[] = {
	T(rec_commitment, code), T(rec_commitment, kind),
	T(rec_commitment, heading), T(rec_commitment, body),
	T(rec_commitment, party),
};
static const struct map commit_map = MAP(rec_commitment, commit_cols);

static const struct col concern_cols[] = {
	I(rec_concern, id), T(rec_concern, position), T(rec_concern, person),
	T(rec_concern, raised_by), T(rec_concern, body),
	T(rec_concern, raised),
};
static const struct map concern_map = MAP(rec_concern, concern_cols);

/* --- freeing --- */

CLEAR(rec_org_clear, rec_org, org_map)
CLEAR(rec_person_clear, rec_person, person_list_map)
CLEAR(rec_group_clear, rec_group, group_map)
CLEAR(rec_membership_clear, rec_membership, memb_register_map)
CLEAR(rec_position_clear, rec_position, pos_map)
CLEAR(rec_agreement_clear, rec_agreement, agreement_map)
CLEAR(rec_declaration_clear, rec_declaration, decl_map)

LIST_FREE(rec_org_list_free, rec_org_list, org_map)
LIST_FREE(rec_person_list_free, rec_person_list, person_list_map)
LIST_FREE(rec_role_list_free, rec_role_list, role_map)
LIST_FREE(rec_office_list_free, rec_office_list, office_map)
LIST_FREE(rec_membership_list_free, rec_membership_list, memb_register_map)
LIST_FREE(rec_sched_list_free, rec_sched_list, sched_map)
LIST_FREE(rec_memb_history_list_free, rec_memb_history_list, history_map)
LIST_FREE(rec_criterion_list_free, rec_criterion_list, crit_map)
LIST_FREE(rec_commitment_list_free, rec_commitment_list, commit_map)
LIST_FREE(rec_concern_list_free, rec_concern_list, concern_map)

/* A group list's records are cleared by the fuller map of one group. */
LIST_FREE(rec_group_list_free, rec_group_list, group_map)

/* Lists whose records hold core's derived strings beside the row's. */
static void
appt_free(struct rec_appointment_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].holder);
		free(l->v[i].stepped_back_until);
	}
	store_map_list_free(&appt_map, l->v, l->n);
	l->v = NULL;
	l->n = 0;
}

void
rec_appointment_list_free(struct rec_appointment_list *l)
{
	if (l != NULL)
		appt_free(l);
}

void
rec_position_list_free(struct rec_position_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].term);
		appt_free(&l->v[i].reps);
		appt_free(&l->v[i].deps);
		appt_free(&l->v[i].expired);
		free(l->v[i].electing_decided);
	}
	store_map_list_free(&pos_register_map, l->v, l->n);
	l->v = NULL;
	l->n = 0;
}

void
rec_forum_list_free(struct rec_forum_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].chair);
		free(l->v[i].chair_term_end);
		free(l->v[i].vice_chair);
		free(l->v[i].chair_label);
		free(l->v[i].support);
	}
	store_map_list_free(&forum_map, l->v, l->n);
	l->v = NULL;
	l->n = 0;
}

void
rec_signatory_list_free(struct rec_signatory_list *l)
{
	if (l == NULL)
		return;
	store_map_list_free(&signatory_map, l->v, l->n);
	free(l->adopts);
	memset(l, 0, sizeof(*l));
}

void
rec_membership_detail_free(struct rec_membership_detail *d)
{
	size_t i;

	if (d == NULL)
		return;
	rec_membership_clear(&d->m);
	rec_memb_history_list_free(&d->history);
	rec_criterion_list_free(&d->criteria);
	for (i = 0; i < d->ngaps; i++)
		free(d->gaps[i]);
	free(d->gaps);
	rec_declaration_clear(&d->declaration);
	memset(d, 0, sizeof(*d));
}

/* --- reads --- */

#define Q(...)	store_int_query(s, __VA_ARGS__)

int
store_org_by_id(struct store *s, int64_t id, struct rec_org *o, int *found)
{
	return store_map_one(Q(STMT_ORG_BY_ID, "l", id), &org_map, o, found);
}

int
store_org_by_identifier(struct store *s, const char *id, struct rec_org *o,
    int *found)
{
	return store_map_one(Q(STMT_ORG_BY_IDENTIFIER, "s", id), &org_map, o, found);
}

int
store_org_by_name(struct store *s, const char *name, struct rec_org_list *l)
{
	return store_map_rows(Q(STMT_ORG_BY_NAME, "s", name), &org_map, &l->v,
	    &l->n, 0);
}

int
store_org_list(struct store *s, struct rec_org_list *l)
{
	return store_map_rows(Q(STMT_ORG_LIST, ""), &org_map, &l->v, &l->n, 0);
}

int
store_org_list_seen(struct store *s, struct rec_org_list *l)
{
	return store_map_rows(Q(STMT_ORG_LIST_SEEN, ""), &org_map, &l->v, &l->n, 0);
}

int
store_person_by_id(struct store *s, int64_t id, struct rec_person *p,
    int *found)
{
	return store_map_one(Q(STMT_PERSON_BY_ID, "l", id), &person_map, p, found);
}

int
store_person_by_email(struct store *s, const char *email,
    struct rec_person *p, int *found)
{
	return store_map_one(Q(STMT_PERSON_BY_EMAIL, "s", email), &person_map, p,
	    found);
}

int
store_person_by_name(struct store *s, const char *name,
    struct rec_person_list *l)
{
	return store_map_rows(Q(STMT_PERSON_BY_NAME, "s", name), &person_map, &l->v,
	    &l->n, 0);
}

int
store_person_list(struct store *s, int64_t arr, struct rec_person_list *l)
{
	return store_map_rows(Q(STMT_PERSON_LIST, "l", arr), &person_list_map, &l->v,
	    &l->n, 0);
}

int
store_role_list(struct store *s, int64_t person, int64_t arr,
    struct rec_role_list *l)
{
	return store_map_rows(Q(STMT_ROLE_LIST, "ll", person, arr), &role_map, &l->v,
	    &l->n, 0);
}

int
store_group_by_ref(struct store *s, int64_t arr, const char *ref,
    struct rec_group *g, int *found)
{
	return store_map_one(Q(STMT_GROUP_BY_SLUG, "ls", arr, ref), &group_map, g,
	    found);
}

int
store_group_list(struct store *s, int64_t arr, struct rec_group_list *l)
{
	return store_map_rows(Q(STMT_GROUP_LIST, "l", arr), &group_list_map, &l->v,
	    &l->n, 0);
}

int
store_office_current(struct store *s, int64_t group,
    struct rec_office_list *l)
{
	return store_map_rows(Q(STMT_OFFICE_CURRENT, "l", group), &office_map, &l->v,
	    &l->n, 0);
}

int
store_memb_get(struct store *s, int64_t group, int64_t org,
    struct rec_membership *m, int *found)
{
	return store_map_one(Q(STMT_MEMB_GET, "ll", group, org), &memb_map, m, found);
}

int
store_memb_by_id(struct store *s, int64_t id, struct rec_membership *m,
    int *found)
{
	return store_map_one(Q(STMT_MEMB_BY_ID, "l", id), &memb_map, m, found);
}

int
store_memb_list_group(struct store *s, int64_t group,
    struct rec_membership_list *l)
{
	return store_map_rows(Q(STMT_MEMB_LIST_GROUP, "l", group), &memb_map, &l->v,
	    &l->n, 0);
}

int
store_memb_register(struct store *s, int64_t arr,
    struct rec_membership_list *l)
{
	return store_map_rows(Q(STMT_MEMB_REGISTER, "l", arr), &memb_register_map,
	    &l->v, &l->n, 0);
}

int
store_memb_of_org(struct store *s, int64_t arr, int64_t org,
    struct rec_membership_list *l)
{
	return store_map_rows(Q(STMT_MEMB_OF_ORG, "ll", arr, org), &memb_map, &l->v,
	    &l->n, 0);
}

int
store_memb_notice_due(struct store *s, int64_t arr, const char *day,
    struct rec_membership_list *l)
{
	return store_map_rows(Q(STMT_MEMB_NOTICE_DUE, "ls", arr, day), &memb_map,
	    &l->v, &l->n, 0);
}

int
store_sched_due(struct store *s, int64_t arr, const char *day,
    struct rec_sched_list *l)
{
	return store_map_rows(Q(STMT_SCHED_DUE, "ls", arr, day), &sched_map, &l->v,
	    &l->n, 0);
}

int
store_memb_history(struct store *s, int64_t memb,
    struct rec_memb_history_list *l)
{
	return store_map_rows(Q(STMT_MEMB_HISTORY, "l", memb), &history_map, &l->v,
	    &l->n, 0);
}

int
store_crit_list(struct store *s, int64_t memb, struct rec_criterion_list *l)
{
	return store_map_rows(Q(STMT_CRIT_LIST, "l", memb), &crit_map, &l->v,
	    &l->n, 0);
}

int
store_agreement_current(struct store *s, int64_t arr,
    struct rec_agreement *a, int *found)
{
	return store_map_one(Q(STMT_AGREEMENT_CURRENT, "l", arr), &agreement_map, a,
	    found);
}

int
store_decl_get(struct store *s, int64_t agreement, int64_t org,
    struct rec_declaration *d, int *found)
{
	return store_map_one(Q(STMT_DECL_GET, "ll", agreement, org), &decl_map, d,
	    found);
}

int
store_decl_list(struct store *s, int64_t arr, struct rec_signatory_list *l)
{
	l->adopts = NULL;
	l->nadopts = 0;
	return store_map_rows(Q(STMT_DECL_LIST, "l", arr), &signatory_map,
	    &l->v, &l->n, 0);
}

int
store_pos_by_slug(struct store *s, int64_t arr, const char *ref,
    struct rec_position *p, int *found)
{
	return store_map_one(Q(STMT_POS_BY_SLUG, "ls", arr, ref), &pos_map, p, found);
}

int
store_pos_register(struct store *s, int64_t arr, struct rec_position_list *l)
{
	return store_map_rows(Q(STMT_POSITION_REGISTER, "l", arr), &pos_register_map,
	    &l->v, &l->n, 0);
}

int
store_appt_current(struct store *s, int64_t position,
    struct rec_appointment_list *l)
{
	return store_map_rows(Q(STMT_APPT_CURRENT, "l", position), &appt_map, &l->v,
	    &l->n, 0);
}

int
store_appt_count(struct store *s, int64_t position, const char *role,
    int64_t *n)
{
	return store_int_id(Q(STMT_APPT_COUNT, "ls", position, role), n);
}

int
store_memb_register_page(struct store *s, int64_t arr, int64_t size,
    int64_t offset, struct rec_membership_list *l)
{
	return store_map_rows(Q(STMT_MEMB_REGISTER_PAGE, "lll", arr, size, offset),
	    &memb_register_map, &l->v, &l->n, 0);
}

int
store_memb_register_count(struct store *s, int64_t arr, int64_t *n)
{
	return store_int_id(Q(STMT_MEMB_REGISTER_COUNT, "l", arr), n);
}

int
store_forum_register(struct store *s, int64_t arr, struct rec_forum_list *l)
{
	return store_map_rows(Q(STMT_FORUM_REGISTER, "l", arr), &forum_map, &l->v,
	    &l->n, 0);
}

int
store_commit_list(struct store *s, int64_t arr,
    struct rec_commitment_list *l)
{
	return store_map_rows(Q(STMT_COMMIT_LIST, "l", arr), &commit_map, &l->v, &l->n,
	    0);
}

int
store_concern_list(struct store *s, int64_t arr, struct rec_concern_list *l)
{
	return store_map_rows(Q(STMT_CONCERN_LIST, "l", arr), &concern_map, &l->v,
	    &l->n, 0);
}

/* --- the maps held to their statements --- */

static const struct map_check checks[] = {
	{ STMT_ORG_BY_ID, &org_map }, { STMT_ORG_BY_IDENTIFIER, &org_map },
	{ STMT_ORG_BY_NAME, &org_map }, { STMT_ORG_LIST, &org_map },
	{ STMT_ORG_LIST_SEEN, &org_map },
	{ STMT_PERSON_BY_ID, &person_map },
	{ STMT_PERSON_BY_EMAIL, &person_map },
	{ STMT_PERSON_BY_NAME, &person_map },
	{ STMT_PERSON_LIST, &person_list_map }, { STMT_ROLE_LIST, &role_map },
	{ STMT_GROUP_BY_SLUG, &group_map }, { STMT_GROUP_LIST, &group_list_map },
	{ STMT_OFFICE_CURRENT, &office_map }, { STMT_MEMB_GET, &memb_map },
	{ STMT_MEMB_BY_ID, &memb_map }, { STMT_MEMB_LIST_GROUP, &memb_map },
	{ STMT_MEMB_REGISTER, &memb_register_map },
	{ STMT_MEMB_REGISTER_PAGE, &memb_register_map },
	{ STMT_MEMB_OF_ORG, &memb_map }, { STMT_MEMB_NOTICE_DUE, &memb_map },
	{ STMT_SCHED_DUE, &sched_map }, { STMT_MEMB_HISTORY, &history_map },
	{ STMT_CRIT_LIST, &crit_map },
	{ STMT_AGREEMENT_CURRENT, &agreement_map },
	{ STMT_DECL_GET, &decl_map }, { STMT_DECL_LIST, &signatory_map },
	{ STMT_POS_BY_SLUG, &pos_map },
	{ STMT_POSITION_REGISTER, &pos_register_map },
	{ STMT_APPT_CURRENT, &appt_map },
	{ STMT_FORUM_REGISTER, &forum_map }, { STMT_COMMIT_LIST, &commit_map },
	{ STMT_CONCERN_LIST, &concern_map },
};

const struct map_checks store_registry_maps = MAP_CHECKS(checks);
