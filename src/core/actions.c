/*
 * The action log: actions agreed at a meeting, with their owner and due
 * date, until done.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

int
core_action_add(struct core *c, const char *group, int64_t meeting,
    const char *body, const char *owner, const char *due, int64_t *id)
{
	struct rec_meeting	 m;
	struct rec_group	 g = { 0 };
	char			 when[DATE_LEN] = "";
	int			 rc;

	memset(&m, 0, sizeof(m));

	if ((rc = core_int_text(c, "text", body, 1, 2000)) ||
	    (rc = core_int_text(c, "owner", owner, 0, 200)))
		return rc;
	if (!text_blank(due) && (rc = core_int_date(c, "due", due, when)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if (meeting != 0) {
		if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
			goto out;
		group = m.grp;
	}
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_ACTION_INSERT, "lnsss", g.id,
	    meeting, body, text_given(owner), when[0] ? when : NULL);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the action");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "action.add", "action", *id,
	    "{s:s, s:s, s:s?, s:s?}", "group", g.slug, "text", body,
	    "owner", owner, "due", when[0] ? when : NULL);
out:
	rec_group_clear(&g);
	rec_meeting_free(&m);
	return core_end(c, rc);
}

int
core_action_done(struct core *c, int64_t id, const char *date)
{
	char	 on[DATE_LEN];
	int	 rc;

	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_ACTION_DONE, "sll", on, id, c->arr);
	if (rc != STORE_OK)
		return core_end(c, core_store_fail(c, rc, "closing the "
		    "action"));
	if (store_changes(c->st) == 0)
		return core_end(c, core_fail(c, CORE_ENOTFOUND, "action", "no "
		    "open action %lld in %s", (long long)id, c->arr_slug));
	rc = core_auditf(c, "action.done", "action", id, "{s:s}", "done", on);
	return core_end(c, rc);
}

int
core_action_list(struct core *c, const char *group, int open_only,
    struct rec_action_list *out)
{
	struct rec_group	 g = { 0 };
	int	 rc;

	memset(out, 0, sizeof(*out));
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK)
		return rc;
	rc = store_action_list(c->st, g.id, open_only, out);
	rec_group_clear(&g);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the action log");
}
