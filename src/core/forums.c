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
#include "rules/forum.h"
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

/* --- SA-D2.2, SA-D2.3: invitations to send a representative --- */

int
core_invitation_add(struct core *c, const char *from, const char *board,
    const char *on, int64_t *id)
{
	json_t	*d;
	char	 day[DATE_LEN];
	int	 rc;

	if ((rc = core_int_text(c, "from", from, 1, 300)) ||
	    (rc = core_int_text(c, "board", board, 1, 300)) ||
	    (rc = core_int_date(c, "date", on, day)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_INVITE_INSERT, "lssss", c->arr, from,
	    board, day, c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the invitation");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s, s:s}", "from", from, "board", board,
	    "received_on", day);
	rc = core_audit(c, "invitation.add", "invitation", *id, d);
	json_decref(d);
out:
	return core_end(c, rc);
}

int
core_invitation_decide(struct core *c, int64_t id, int accepted,
    const char *person, const char *reason, int tokenistic, const char *on)
{
	json_t	*p = NULL, *d;
	char	 day[DATE_LEN];
	int	 rc;

	if ((rc = core_int_text(c, "reason", reason, 0, 1000)) ||
	    (rc = core_int_date(c, "date", on, day)))
		return rc;
	switch (rules_invitation_decision(accepted, !core_int_blank(person),
	    !core_int_blank(reason), tokenistic)) {
	case INVITE_TOKENISTIC:
		return core_fail(c, CORE_EINVAL, "tokenistic", "representation "
		    "deemed tokenistic is not accepted (SA-D2.3); decline it");
	case INVITE_NO_PERSON:
		return core_fail(c, CORE_EINVAL, "person", "an accepted "
		    "invitation names who represents the Alliance (--person)");
	case INVITE_NO_REASON:
		return core_fail(c, CORE_EINVAL, "reason", "a declined "
		    "invitation gives the reason (--reason, or --tokenistic)");
	case INVITE_OK:
		break;
	}
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if (accepted && (rc = core_int_person(c, person, &p)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_INVITE_DECIDE, "snsisll", accepted ?
	    "accepted" : "declined", p != NULL ? jint(p, "id") : 0,
	    core_int_blank(reason) ? (tokenistic ? "deemed tokenistic" :
	    NULL) : reason, tokenistic != 0, day, id, c->arr);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the decision");
		goto out;
	}
	if (store_changes(c->st) == 0) {
		rc = core_fail(c, CORE_ENOTFOUND, "invitation", "no undecided "
		    "invitation %lld; 'alliance invitation list' shows them",
		    (long long)id);
		goto out;
	}
	d = json_pack("{s:s, s:s?, s:s?, s:b}", "decision", accepted ?
	    "accepted" : "declined", "person", p != NULL ? jstr(p, "name") :
	    NULL, "reason", reason, "tokenistic", tokenistic != 0);
	rc = core_audit(c, "invitation.decide", "invitation", id, d);
	json_decref(d);
out:
	json_decref(p);
	return core_end(c, rc);
}

int
core_invitation_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_INVITE_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the invitations");
}

/* --- SA-5.7: requests passed down to the local forums --- */

int
core_request_add(struct core *c, const char *from, const char *subject,
    const char *on, int64_t *id)
{
	json_t	*d;
	char	 day[DATE_LEN];
	int	 rc;

	if ((rc = core_int_text(c, "from", from, 1, 300)) ||
	    (rc = core_int_text(c, "subject", subject, 1, 500)) ||
	    (rc = core_int_date(c, "date", on, day)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_REQUEST_INSERT, "lssss", c->arr, from,
	    subject, day, c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the request");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s, s:s}", "from", from, "subject", subject,
	    "received_on", day);
	rc = core_audit(c, "request.add", "request_route", *id, d);
	json_decref(d);
out:
	return core_end(c, rc);
}

int
core_request_route(struct core *c, int64_t id, const char *group,
    const char *reason, const char *on)
{
	json_t	*g = NULL, *d;
	char	 day[DATE_LEN];
	int	 rc;

	if ((rc = core_int_text(c, "reason", reason, 0, 1000)) ||
	    (rc = core_int_date(c, "date", on, day)))
		return rc;
	if (core_int_blank(group) == core_int_blank(reason))
		return core_fail(c, CORE_EINVAL, "to", "a request is passed "
		    "down to a local forum (--to) or kept by the co-ordination "
		    "group with the reason (--keep REASON); give one");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if (!core_int_blank(group) &&
	    (rc = core_int_group(c, group, &g)) != CORE_OK)
		goto out;
	/* SA-5.7: subsidiarity is to the local forums. */
	if (rules_request_misrouted(g != NULL && strcmp(jstr(g, "kind"),
	    "local-forum") == 0, !core_int_blank(reason))) {
		rc = core_fail(c, CORE_EINVAL, "to", "%s is not a local forum; "
		    "requests pass down to the local forums (SA-5.7)",
		    jstr(g, "name"));
		goto out;
	}
	rc = store_exec(c->st, STMT_REQUEST_ROUTE, "nssll", g != NULL ?
	    jint(g, "id") : 0, core_int_blank(reason) ? NULL : reason, day,
	    id, c->arr);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording where it went");
		goto out;
	}
	if (store_changes(c->st) == 0) {
		rc = core_fail(c, CORE_ENOTFOUND, "request", "no request %lld "
		    "waiting to be passed on; 'alliance request list' shows "
		    "them", (long long)id);
		goto out;
	}
	d = json_pack("{s:s?, s:s?, s:s}", "passed_to", g != NULL ?
	    jstr(g, "slug") : NULL, "kept_reason", reason, "routed_on", day);
	rc = core_audit(c, "request.route", "request_route", id, d);
	json_decref(d);
out:
	json_decref(g);
	return core_end(c, rc);
}

int
core_request_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_REQUEST_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the requests");
}
