/*
 * A flag: a rule of the arrangement not met.  The compliance check
 * (core_check) gives them, and so does an action that records what
 * breaks a rule and flags it (a late self-assessment, a short
 * consultation, a panel from one sector, a meeting's late agenda):
 * the rule's own id, the group it concerns (its slug) where there is
 * one, the fact in plain words, and whom it is about, which decides who
 * may read it (core_check_sees).  Said as one line, "rule fact".
 */
#ifndef STORE_REC_FLAG_H
#define STORE_REC_FLAG_H

#include <stdarg.h>
#include <stddef.h>

/* Whom a flag is about. */
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
 * Appends a flag under rule about whom it says, in group (or NULL), its
 * fact made by printf.  None when rule is NULL (the arrangement states
 * no such duty).  -1 for no memory (the list is kept as it was).
 */
int check_flag_add(struct check_flag_list *, enum check_about,
    const char *rule, const char *group, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
int check_flag_vadd(struct check_flag_list *, enum check_about,
    const char *rule, const char *group, const char *fmt, va_list)
    __attribute__((format(printf, 5, 0)));

#endif
