/*
 * Arrangements made from templates (template.c).  A template's files
 * are read below core by tmpl/ (tmpl/tmpl.h) into a struct tmpl, which
 * core loads through the same functions an officer uses.  No JSON.
 */
#ifndef CORE_TEMPLATE_H
#define CORE_TEMPLATE_H

#include "core.h"

struct tmpl;
struct rec_arrangement_list;

/* CORE_OK if tmpl names a built-in template (tmpl_names); needs no
 * database.  Else CORE_EINVAL naming the five. */
int core_template_check(struct core *, const char *tmpl) WUR;
/*
 * Creates an arrangement (slug; NULL: the template's name) from the
 * template t: its constitution, in force from the agreement's start,
 * and its example data, in one transaction.  Organisations and people
 * already in the database (by name, by email) are reused.  A fault in
 * the data is CORE_EINVAL or the like with core.err naming the
 * template, the list and the entry at fault.
 */
int core_init_from(struct core *, const struct tmpl *t, const char *slug)
    WUR;
/* The same from the built-in template of that name (tmpl_load). */
int core_init(struct core *, const char *tmpl, const char *slug) WUR;
int core_arrangements(struct core *, struct rec_arrangement_list *) WUR;

#endif
