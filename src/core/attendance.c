/*
 * The register of a meeting (SA-6.3): every member organisation's
 * attendance, kept by the group's chair or vice-chair (SA-7.3) or an
 * officer, recorded in one change.  Each row is core_meeting_attend's,
 * the one writer of an attendance and its audit entry (meeting.c).
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

/* 1 when org is one of members'. */
static int
is_member(const struct rec_membership_list *members, int64_t org)
{
	size_t i;

	for (i = 0; i < members->n; i++)
		if (members->v[i].org_id == org)
			return 1;
	return 0;
}

/*
 * SA-6.3, SA-7.3: the register is kept by the chair of the meeting's
 * group, the vice-chair in the chair's place, and officers (the
 * secretariat, and the command line); any other viewer is refused.
 */
static int
may_keep_register(struct core *c, const struct viewer *v,
    const struct rec_meeting *m)
{
	if (viewer_is_officer(v) || core_viewer_chairs(c, v, m->group_id))
		return CORE_OK;
	return core_fail(c, CORE_EPERM, NULL, "The register is kept by the "
	    "group's chair and vice-chair, and officers.");
}

/* Every row an organisation of the group (one that left meanwhile, or
 * a form that is not this meeting's, records nothing). */
static int
rows_of_members(struct core *c, const struct rec_meeting *m,
    const struct attendance_row *rows, size_t n)
{
	struct rec_membership_list	 members = { NULL, 0 };
	size_t				 i;
	int				 rc;

	if ((rc = store_memb_list_group(c->st, m->group_id, &members)) !=
	    STORE_OK)
		return core_store_fail(c, rc, "listing members");
	for (i = 0, rc = CORE_OK; i < n && rc == CORE_OK; i++)
		if (!is_member(&members, rows[i].org))
			rc = core_fail(c, CORE_EINVAL, "register", "An "
			    "organisation on the form (att-%lld) is not a "
			    "member of this group: nothing was recorded; "
			    "check the register and save it again",
			    (long long)rows[i].org);
	rec_membership_list_free(&members);
	return rc;
}

int
core_meeting_register(struct core *c, const struct viewer *v,
    int64_t meeting, const struct attendance_row *rows, size_t n,
    int *recorded)
{
	struct rec_meeting	 m;
	char			 org[32];
	size_t			 i;
	int			 rc, done = 0;

	if (recorded != NULL)
		*recorded = 0;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	memset(&m, 0, sizeof(m));
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
		return core_end(c, rc);
	if ((rc = may_keep_register(c, v, &m)) != CORE_OK ||
	    (rc = rows_of_members(c, &m, rows, n)) != CORE_OK)
		goto out;
	for (i = 0; i < n && rc == CORE_OK; i++) {
		if (rows[i].as == NULL || rows[i].as[0] == '\0')
			continue;	/* left as it was */
		snprintf(org, sizeof(org), "%lld", (long long)rows[i].org);
		if ((rc = core_meeting_attend(c, v, meeting, org, rows[i].as,
		    NULL, 0)) == CORE_OK)
			done++;
	}
	if (rc == CORE_OK && done == 0)
		rc = core_fail(c, CORE_EINVAL, "register", "choose present, "
		    "apologies, absent or deputy for at least one "
		    "organisation");
	/* A row refused by core_meeting_attend is the register's fault. */
	if (rc == CORE_EINVAL)
		snprintf(c->field, sizeof(c->field), "register");
out:
	rec_meeting_free(&m);
	if ((rc = core_end(c, rc)) == CORE_OK && recorded != NULL)
		*recorded = done;
	return rc;
}
