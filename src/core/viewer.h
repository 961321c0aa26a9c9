/*
 * Who is asking.  Every read in core answers for a viewer and returns
 * only what that viewer may see; every action checks that its viewer
 * may take it.  Pages, the API and the command line build a viewer at
 * their edge and pass it down, so they cannot disagree.
 */
#ifndef CORE_VIEWER_H
#define CORE_VIEWER_H

#include <stdint.h>

enum viewer_role {
	VIEWER_PUBLIC,	/* anyone: a visitor, or a token of scope public */
	VIEWER_MEMBER,	/* a signed-in person of an organisation, or a
			   token of scope members (no organisation) */
	VIEWER_OFFICER,	/* the secretariat, signed in with password and
			   code */
	VIEWER_SYSTEM	/* the command line, run by whoever holds the
			   database file: sees and may do everything */
};

struct viewer {
	enum viewer_role role;
	int64_t		 person;	/* the person asking, or 0 */
	int64_t		 org;		/* their organisation, or 0 */
};

extern const struct viewer viewer_public;	/* an anonymous visitor */
extern const struct viewer viewer_system;	/* the command line */

struct core;
struct core_who;
enum core_scope;

/* The viewer of a signed-in session (officer only when who->officer). */
void viewer_of_who(struct viewer *, const struct core_who *);
/* The viewer of an API token of that scope. */
void viewer_of_scope(struct viewer *, enum core_scope);
/* 1 when the viewer sees what members see (member, officer, system). */
int viewer_is_member(const struct viewer *);
/* 1 when the viewer administers (officer or the command line). */
int viewer_is_officer(const struct viewer *);
/* 1 when the viewer's person chairs or vice-chairs group today. */
int core_viewer_chairs(struct core *, const struct viewer *, int64_t group);

#endif
