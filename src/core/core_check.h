/*
 * core's compliance check (check.c, check_own.c): every rule of the
 * constitution not being met on a date, each as a typed flag with its
 * rule id, the group it concerns and the fact that breaks it, for a
 * viewer; render/json_check.c makes the API's and --json's document.
 * Included by core.h.
 */
#ifndef CORE_CHECK_H
#define CORE_CHECK_H

#include <stddef.h>

#include "store/rec_flag.h"

struct core;
struct viewer;

/* The flag (rule, group, fact, whom it is about) is the one kind every
 * action that flags returns too: store/rec_flag.h. */

/*
 * Who reads a flag about whom.  Officers (and the command line) read
 * every flag, and so does the chair of the group checked on its own
 * dashboard (chairs: 1).  Members, and a members token, read how the
 * arrangement keeps its rules, never a flag that names a person
 * (SA-D3.6's training, an ended term, whom a member sent) or a member
 * organisation's possible breach (SA-6.3, SA-13.2, SA-14.1): those are
 * for the officers to take up, as the pages have always shown them.
 * The public read none.  1 when v may read a flag about about.
 */
int core_check_sees(const struct viewer *, int chairs, enum check_about);

/*
 * Every rule not being met on date (NULL: today), for group (NULL:
 * all), as viewer v may read them (core_check_sees); CORE_EPERM for a
 * viewer who may read none.  *out is the caller's (check_flag_list_free).
 */
int core_check(struct core *, const struct viewer *, const char *group,
    const char *date, struct check_flag_list *out)
    __attribute__((warn_unused_result));
/* The same for all groups today, computed once per change of the data
 * or the day (the memo, kept in the core), not once per view. */
int core_check_today(struct core *, const struct viewer *,
    struct check_flag_list *out) __attribute__((warn_unused_result));
/* Forgets the memo (core_close). */
void core_check_forget(struct core *);

#endif
