/*
 * Between check.c and its continuations (check_own.c): the flags being
 * gathered, and the continuations' entry points, called by core_check
 * with the constitution of the date being judged in c->cons.
 */
#ifndef CORE_CHECK_INT_H
#define CORE_CHECK_INT_H

#include "core_check.h"

struct core;
struct rec_group;
struct rec_meeting_list;

struct flags {
	struct check_flag_list	 l;
	int			 nomem;	/* a flag could not be kept */
};

/* Adds a flag under rule (none when rule is NULL: the arrangement
 * states no such duty), its fact made by printf. */
void core_int_flag(struct flags *, enum check_about, const char *rule,
    const char *group, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Flags of group g on day today (check_own.c). */
int core_int_check_group_own(struct core *, const struct rec_group *g,
    const struct rec_meeting_list *meets, int today, struct flags *)
    __attribute__((warn_unused_result));
/* Flags read from other domains' reads (check_domains.c): the
 * partners' promises and the disputes; the agreement's term. */
int core_int_check_partners(struct core *, struct flags *)
    __attribute__((warn_unused_result));
int core_int_check_term(struct core *, int today, struct flags *)
    __attribute__((warn_unused_result));
/* Flags of the whole arrangement on day today (check_own.c). */
int core_int_check_own(struct core *, int today, struct flags *)
    __attribute__((warn_unused_result));

#endif
