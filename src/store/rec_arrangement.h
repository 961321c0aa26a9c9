/*
 * The arrangement and its constitution's versions, as typed records
 * (store/arrangement.c): what core reads to know which arrangement it
 * serves and which rules are in force.
 */
#ifndef STORE_REC_ARRANGEMENT_H
#define STORE_REC_ARRANGEMENT_H

#include <stddef.h>
#include <stdint.h>

struct store;

struct rec_arrangement {
	int64_t	 id;
	char	*slug, *name, *kind, *template, *created;
};
struct rec_arrangement_list { struct rec_arrangement *v; size_t n; };

struct rec_constitution_version {
	int64_t	 id;
	int64_t	 version;
	char	*effective_from, *effective_to;
	char	*body;
	char	*applied_by, *applied_at;
};

void rec_arrangement_clear(struct rec_arrangement *);
void rec_arrangement_list_free(struct rec_arrangement_list *);
struct rec_constitution_version_list {
	struct rec_constitution_version	*v;
	size_t				 n;
};

void rec_constitution_version_clear(struct rec_constitution_version *);
void rec_constitution_version_list_free(
    struct rec_constitution_version_list *);

int store_arr_by_slug(struct store *, const char *slug,
    struct rec_arrangement *, int *found);
int store_arr_list(struct store *, struct rec_arrangement_list *);
/* The version in force on day, or the current one (day NULL). */
int store_const_at(struct store *, int64_t arr, const char *day,
    struct rec_constitution_version *, int *found);
/* Which version is in force on day, without its text: *id 0 when none. */
int store_const_id_at(struct store *, int64_t arr, const char *day,
    int64_t *id);
/* Every version, oldest first, without its text (id and body unset). */
int store_const_list(struct store *, int64_t arr,
    struct rec_constitution_version_list *);

#endif
