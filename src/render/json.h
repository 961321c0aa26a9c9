/*
 * JSON documents made at the edge (the API and --json) from the typed
 * records of each domain.  Each function returns a new reference, or
 * NULL for no memory.
 */
#ifndef RENDER_JSON_H
#define RENDER_JSON_H

#include <jansson.h>

#include "store/rec_registry.h"

/* --- the registry (json_registry.c) --- */
json_t *json_org(const struct rec_org *);
json_t *json_org_list(const struct rec_org_list *);
json_t *json_person(const struct rec_person *, const struct rec_role_list *);
json_t *json_person_list(const struct rec_person_list *);
json_t *json_group(const struct rec_group *, const struct rec_office_list *);
json_t *json_group_list(const struct rec_group_list *);
/* with_signed: the register's, with each organisation's signing date. */
json_t *json_membership_list(const struct rec_membership_list *,
    int with_signed);
json_t *json_membership_detail(const struct rec_membership_detail *);
json_t *json_forum_list(const struct rec_forum_list *);
json_t *json_position_list(const struct rec_position_list *);
json_t *json_signatory_list(const struct rec_signatory_list *);
json_t *json_commitment_list(const struct rec_commitment_list *);
json_t *json_concern_list(const struct rec_concern_list *);

#endif
