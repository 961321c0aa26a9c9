/*
 * forums: how a group came to be.  Local forums form thematic and task
 * groups and joint forums across them, and a joint forum names every
 * forum that formed it (SA-5.4); a system-level thematic forum or task
 * group is convened by joint agreement of the local forums and the
 * co-ordination group, and that agreement is recorded (SA-5.5).
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "own.h"
#include "store/store.h"

int
core_group_origin(struct core *c, const char *group, const char *forum,
    const char *on, const char *note, int64_t *id)
{
	json_t	*g = NULL, *f = NULL, *d;
	char	 day[DATE_LEN];
	int	 rc;

	if ((rc = core_int_date(c, "date", on, day)) ||
	    (rc = core_int_text(c, "note", note, 0, 1000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_group(c, group, &g)) != CORE_OK ||
	    (forum != NULL && (rc = core_int_group(c, forum, &f)) != CORE_OK))
		goto out;
	if (f != NULL && jint(f, "id") == jint(g, "id")) {
		rc = core_fail(c, CORE_EINVAL, "by", "%s cannot have formed "
		    "itself; name the forum that formed it", jstr(g, "name"));
		goto out;
	}
	rc = store_exec(c->st, STMT_ORIGIN_INSERT, "lnssss", jint(g, "id"),
	    f != NULL ? jint(f, "id") : 0, day, core_int_blank(note) ? NULL :
	    note, c->actor, c->now);
	if (rc == STORE_CONSTRAINT) {
		rc = core_fail(c, CORE_EEXIST, "by", "%s is recorded as "
		    "forming %s already", jstr(f, "name"), jstr(g, "name"));
		goto out;
	}
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording how the group came to "
		    "be");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s?, s:s}", "group", jstr(g, "slug"), "formed_by",
	    f != NULL ? jstr(f, "slug") : NULL, "agreed_on", day);
	rc = core_audit(c, f != NULL ? "group.formed" : "group.convened",
	    "grp", jint(g, "id"), d);
	json_decref(d);
out:
	json_decref(g);
	json_decref(f);
	return core_end(c, rc);
}

int
core_group_origins(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_ORIGIN_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the groups");
}
