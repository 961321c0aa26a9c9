/*
 * Who is asking (viewer.h): made at the edge from a session or a token,
 * and asked by core before it reads or acts.
 */
#include <string.h>

#include "core/core.h"
#include "core/viewer.h"

const struct viewer viewer_public = { VIEWER_PUBLIC, 0, 0 };
const struct viewer viewer_system = { VIEWER_SYSTEM, 0, 0 };

void
viewer_of_who(struct viewer *v, const struct core_who *who)
{
	memset(v, 0, sizeof(*v));
	if (who == NULL || who->person == 0) {
		v->role = VIEWER_PUBLIC;
		return;
	}
	v->role = who->officer ? VIEWER_OFFICER : VIEWER_MEMBER;
	v->person = who->person;
	v->org = who->org;
}

void
viewer_of_scope(struct viewer *v, enum core_scope scope)
{
	memset(v, 0, sizeof(*v));
	v->role = scope == SCOPE_PUBLIC ? VIEWER_PUBLIC : VIEWER_MEMBER;
}

int
viewer_is_member(const struct viewer *v)
{
	return v->role != VIEWER_PUBLIC;
}

int
viewer_is_officer(const struct viewer *v)
{
	return v->role == VIEWER_OFFICER || v->role == VIEWER_SYSTEM;
}

int
core_viewer_chairs(struct core *c, const struct viewer *v, int64_t group)
{
	struct core_who	 who;

	if (v->person == 0)
		return 0;
	memset(&who, 0, sizeof(who));
	who.person = v->person;
	who.org = v->org;
	return core_chairs(c, &who, group);
}
