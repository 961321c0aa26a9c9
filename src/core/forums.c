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
#include "store/rec_check.h"
#include "store/store.h"

int
core_group_origin(struct core *c, const char *group, const char *forum,
    const char *on, const char *note, int64_t *id)
{
	struct rec_group	g = { 0 }, f = { 0 };
	char			day[DATE_LEN];
	int			rc;

	if ((rc = core_int_date(c, "date", on, day)) ||
	    (rc = core_int_text(c, "note", note, 0, 1000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK ||
	    (forum != NULL && (rc = core_int_find_group(c, forum, &f)) !=
	    CORE_OK))
		goto out;
	if (f.id != 0 && f.id == g.id) {
		rc = core_fail(c, CORE_EINVAL, "by", "%s cannot have formed "
		    "itself; name the forum that formed it", g.name);
		goto out;
	}
	rc = store_exec(c->st, STMT_ORIGIN_INSERT, "lnssss", g.id, f.id, day,
	    text_given(note), c->actor, c->now);
	if ((rc = core_int_added(c, rc, "recording how the group came to "
	    "be", "by", "%s is recorded as forming %s already", f.name !=
	    NULL ? f.name : "the joint agreement", g.name)) != CORE_OK)
		goto out;
	*id = store_last_id(c->st);
	rc = core_auditf(c, f.id != 0 ? "group.formed" : "group.convened",
	    "grp", g.id, "{s:s, s:s?, s:s}", "group", g.slug, "formed_by",
	    f.slug, "agreed_on", day);
out:
	rec_group_clear(&g);
	rec_group_clear(&f);
	return core_end(c, rc);
}

int
core_group_origins(struct core *c, struct rec_origin_list *out)
{
	int rc = store_origin_list(c->st, c->arr, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the groups");
}

/* --- SA-D2.2, SA-D2.3: invitations to send a representative --- */

int
core_invitation_add(struct core *c, const char *from, const char *board,
    const char *on, int64_t *id)
{
	char	day[DATE_LEN];
	int	rc;

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
	rc = core_auditf(c, "invitation.add", "invitation", *id,
	    "{s:s, s:s, s:s}", "from", from, "board", board, "received_on",
	    day);
out:
	return core_end(c, rc);
}

int
core_invitation_decide(struct core *c, int64_t id, int accepted,
    const char *person, const char *reason, int tokenistic, const char *on)
{
	struct rec_person	p = { 0 };
	char			day[DATE_LEN];
	int			rc;

	if ((rc = core_int_text(c, "reason", reason, 0, 1000)) ||
	    (rc = core_int_date(c, "date", on, day)))
		return rc;
	switch (rules_invitation_decision(accepted, !text_blank(person),
	    !text_blank(reason), tokenistic)) {
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
	if (accepted && (rc = core_int_find_person(c, person, &p)) !=
	    CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_INVITE_DECIDE, "snsisll", accepted ?
	    "accepted" : "declined", p.id,
	    text_blank(reason) ? (tokenistic ? "deemed tokenistic" :
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
	rc = core_auditf(c, "invitation.decide", "invitation", id,
	    "{s:s, s:s?, s:s?, s:b}", "decision", accepted ? "accepted" :
	    "declined", "person", p.id != 0 ? p.name : NULL, "reason",
	    reason, "tokenistic", tokenistic != 0);
out:
	rec_person_clear(&p);
	return core_end(c, rc);
}

int
core_invitation_list(struct core *c, struct rec_invite_list *out)
{
	int rc = store_invite_list(c->st, c->arr, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the invitations");
}

/* --- SA-5.7: requests passed down to the local forums --- */

int
core_request_add(struct core *c, const char *from, const char *subject,
    const char *on, int64_t *id)
{
	char	day[DATE_LEN];
	int	rc;

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
	rc = core_auditf(c, "request.add", "request_route", *id,
	    "{s:s, s:s, s:s}", "from", from, "subject", subject,
	    "received_on", day);
out:
	return core_end(c, rc);
}

int
core_request_route(struct core *c, int64_t id, const char *group,
    const char *reason, const char *on)
{
	struct rec_group	g = { 0 };
	char			day[DATE_LEN];
	int			rc;

	if ((rc = core_int_text(c, "reason", reason, 0, 1000)) ||
	    (rc = core_int_date(c, "date", on, day)))
		return rc;
	if (text_blank(group) == text_blank(reason))
		return core_fail(c, CORE_EINVAL, "to", "a request is passed "
		    "down to a local forum (--to) or kept by the co-ordination "
		    "group with the reason (--keep REASON); give one");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if (!text_blank(group) &&
	    (rc = core_int_find_group(c, group, &g)) != CORE_OK)
		goto out;
	/* SA-5.7: subsidiarity is to the local forums. */
	if (rules_request_misrouted(g.id != 0 && g.kind == GK_LOCAL_FORUM,
	    !text_blank(reason))) {
		rc = core_fail(c, CORE_EINVAL, "to", "%s is not a local forum; "
		    "requests pass down to the local forums (SA-5.7)",
		    g.name != NULL ? g.name : "");
		goto out;
	}
	rc = store_exec(c->st, STMT_REQUEST_ROUTE, "nssll", g.id,
	    text_given(reason), day, id, c->arr);
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
	rc = core_auditf(c, "request.route", "request_route", id,
	    "{s:s?, s:s?, s:s}", "passed_to", g.slug, "kept_reason", reason,
	    "routed_on", day);
out:
	rec_group_clear(&g);
	return core_end(c, rc);
}

int
core_request_list(struct core *c, struct rec_request_list *out)
{
	int rc = store_request_list(c->st, c->arr, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the requests");
}
