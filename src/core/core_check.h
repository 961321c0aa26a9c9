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

struct core;
struct viewer;

/* Whom a flag is about, which decides who may read it
 * (core_check_sees). */
enum check_about {
	/* How the arrangement keeps its rules: a group's pace, a
	 * vacant seat, a late report, a public body's published promise. */
	CHECK_ABOUT_ARRANGEMENT,
	/* A member organisation's standing or conduct: its absences,
	 * suspension or notice, a dispute it is party to. */
	CHECK_ABOUT_MEMBER,
	/* It names a person: a chair, a representative, whom an
	 * organisation sent, who missed training. */
	CHECK_ABOUT_PERSON
};

struct check_flag {
	char			*rule;	/* the arrangement's own id */
	char			*group;	/* the group's slug, or NULL */
	char			*fact;	/* what is not met, in words */
	enum check_about	 about;
};
struct check_flag_list { struct check_flag *v; size_t n; };
void check_flag_list_free(struct check_flag_list *);

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
