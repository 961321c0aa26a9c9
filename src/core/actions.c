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
	json_t	*g = NULL, *m = NULL, *d;
	char	 when[DATE_LEN] = "";
	int	 rc;

	if ((rc = core_int_text(c, "text", body, 1, 2000)) ||
	    (rc = core_int_text(c, "owner", owner, 0, 200)))
		return rc;
	if (!core_int_blank(due) && (rc = core_int_date(c, "due", due, when)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if (meeting != 0) {
		if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
			goto out;
		group = jstr(m, "grp");
	}
	if ((rc = core_int_group(c, group, &g)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_ACTION_INSERT, "lnsss", jint(g, "id"),
	    meeting, body, core_int_blank(owner) ? NULL : owner, when[0] ? when : NULL);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the action");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s, s:s?, s:s?}", "group", jstr(g, "slug"),
	    "text", body, "owner", owner, "due", when[0] ? when : NULL);
	rc = core_audit(c, "action.add", "action", *id, d);
	json_decref(d);
out:
	json_decref(g);
	json_decref(m);
	return core_end(c, rc);
}

int
core_action_done(struct core *c, int64_t id, const char *date)
{
	json_t	*d;
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
	d = json_pack("{s:s}", "done", on);
	rc = core_audit(c, "action.done", "action", id, d);
	json_decref(d);
	return core_end(c, rc);
}

int
core_action_list(struct core *c, const char *group, int open_only,
    json_t **out)
{
	json_t	*g = NULL;
	int	 rc;

	if ((rc = core_int_group(c, group, &g)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, out, STMT_ACTION_LIST, "li", jint(g, "id"),
	    open_only != 0);
	json_decref(g);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the action log");
}
