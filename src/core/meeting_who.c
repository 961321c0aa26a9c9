/*
 * Who may take an action on a meeting.  The chair or vice-chair of its
 * group runs it, and officers (and the command line) with them
 * (SA-7.3); a member organisation of the group sends its apologies
 * (SA-6.3), asks for agenda items (SA-10.2) and declares its interests
 * (SA-11.2), each for itself, and an associate only on the items of its
 * agenda (SA-3.1-assoc, in meeting_chair.c).  Every meeting action of
 * core asks here first, so the pages and the command line get the same
 * answer.
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "meeting_who.h"
#include "store/store.h"

int
core_int_meeting_act(struct core *c, const struct viewer *v,
    int64_t meeting, enum meeting_by by, int *runs)
{
	struct rec_meeting	 m;
	int			 rc, member = 0, chair;

	if (runs != NULL)
		*runs = 0;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	memset(&m, 0, sizeof(m));
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
		return core_end(c, rc);
	/* SA-7.3: the chair or vice-chair runs the meeting, and officers
	 * (the secretariat, and the command line) with them. */
	chair = viewer_is_officer(v) || core_viewer_chairs(c, v, m.group_id);
	if (chair)
		rc = CORE_OK;
	else if (by == MEETING_BY_RUNS)
		rc = core_fail(c, CORE_EPERM, "runs", "Recording the meeting "
		    "is for its group's chair and vice-chair, and officers.");
	/* SA-6.3, SA-10.2, SA-11.2: a member organisation of the group,
	 * of any standing, acts for itself. */
	else if (viewer_is_member(v) && (rc = core_group_member(c, v,
	    m.group_id, &member)) != CORE_OK)
		;
	else if (!viewer_is_member(v) || !member)
		rc = core_fail(c, CORE_EPERM, "member", "Your organisation is "
		    "not a member of this group.");
	rec_meeting_free(&m);
	if (rc != CORE_OK)
		return core_end(c, rc);
	if (runs != NULL)
		*runs = chair;
	return CORE_OK;
}

int
core_int_meeting_for(struct core *c, const struct viewer *v, int runs,
    const char *org, char *buf, size_t bufsz, const char **out)
{
	struct rec_org	 o = { 0 };
	int		 rc;

	*out = org;
	if (org != NULL && runs)
		return CORE_OK;
	if (v->org == 0)
		return core_fail(c, CORE_EINVAL, NULL, "you are not recorded "
		    "as working for a member organisation");
	snprintf(buf, bufsz, "%lld", (long long)v->org);
	*out = buf;
	if (org == NULL)
		return CORE_OK;
	/* A member names an organisation: it must be its own. */
	if ((rc = core_int_find_org(c, org, &o)) == CORE_OK && o.id != v->org)
		rc = core_fail(c, CORE_EPERM, "member", "A member acts only "
		    "for its own organisation.");
	rec_org_clear(&o);
	return rc;
}

int
core_int_meeting_own(struct core *c, const struct viewer *v,
    int64_t meeting, char *buf, size_t bufsz)
{
	const char	*org;
	int		 rc, runs;

	if ((rc = core_int_meeting_act(c, v, meeting, MEETING_BY_MEMBER,
	    &runs)) != CORE_OK)
		return rc;
	/* Without an organisation named, it is v's own (in buf). */
	if ((rc = core_int_meeting_for(c, v, runs, NULL, buf, bufsz,
	    &org)) != CORE_OK)
		return core_end(c, rc);
	return CORE_OK;
}
