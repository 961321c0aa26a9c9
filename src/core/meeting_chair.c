/*
 * Who takes part in a meeting's business: declarations of interest on
 * an item (SA-11.2, SA-3.1-assoc) and who chaired the meeting (SA-7.3,
 * SA-E1, MC-mou).  What the group did is recorded; what breaks its
 * agreement is flagged.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "store/store.h"

int
core_meeting_interest(struct core *c, int64_t meeting, int pos,
    const char *org, const char *person, const char *nature)
{
	json_t	*m = NULL, *o = NULL, *it = NULL, *d;
	int	 rc;

	if ((rc = core_int_text(c, "nature", nature, 1, 1000)) ||
	    (rc = core_int_text(c, "person", person, 0, 200)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_open(c, meeting, &m)) != CORE_OK ||
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	rc = store_row(c->st, &it, STMT_ITEM_GET, "li", meeting, pos);
	if (rc == STORE_OK && it == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "item", "meeting %lld has no "
		    "item %d", (long long)meeting, pos);
		goto out;
	}
	/* SA-3.1-assoc: VCSE-only business is not an associate's. */
	if (rc == STORE_OK && jint(it, "vcse_only")) {
		json_t *mb = NULL;

		rc = store_row(c->st, &mb, STMT_MEMB_GET, "ll",
		    jint(m, "group_id"), jint(o, "id"));
		if (rc == STORE_OK && mb != NULL &&
		    strcmp(jstr(mb, "kind"), "associate") == 0) {
			json_decref(mb);
			rc = core_fail(c, CORE_EINVAL, "item", "item %d is for "
			    "VCSE members only; %s is an associate and takes no "
			    "part in it (SA-3.1-assoc)", pos, jstr(o, "name"));
			goto out;
		}
		json_decref(mb);
	}
	/* SA-11.2: into the register, with when it was declared. */
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_INTEREST_INSERT, "lllssss",
		    meeting, jint(it, "id"), jint(o, "id"), core_int_blank(person) ?
		    NULL : person, nature, c->today, c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the interest");
		goto out;
	}
	d = json_pack("{s:I, s:i, s:s, s:s}", "meeting", (json_int_t)meeting,
	    "item", pos, "organisation", jstr(o, "name"), "nature", nature);
	rc = core_audit(c, "meeting.interest", "meeting", meeting, d);
	json_decref(d);
out:
	json_decref(m);
	json_decref(o);
	json_decref(it);
	return core_end(c, rc);
}

int
core_meeting_chair(struct core *c, int64_t meeting, const char *person,
    json_t **flags)
{
	json_t		*m = NULL, *p = NULL, *mb = NULL, *prev = NULL, *r;
	json_t		*d;
	const char	*side = NULL, *last = NULL, *rule;
	char		 why[200];
	size_t		 i;
	int		 rc, kind;

	*flags = json_array();
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting_open(c, meeting, &m)) != CORE_OK ||
	    (rc = core_int_person(c, person, &p)) != CORE_OK)
		goto out;
	rc = store_row(c->st, &mb, STMT_MEMB_ACTIVE_FOR_PERSON, "ll",
	    jint(m, "group_id"), jint(p, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the membership");
		goto out;
	}
	/* SA-E1: who chaired is the group's own act; one not from an
	 * active full member is recorded and flagged. */
	kind = group_kind_parse(jstr(m, "group_kind"));
	rule = rules_id(&c->cons, DUTY_MEETING_CHAIR, kind);
	if ((mb == NULL || !rules_may_hold_office(memb_kind_parse(jstr(mb,
	    "kind")), memb_status_parse(jstr(mb, "status")))) &&
	    rule != NULL && constitution_bool(&c->cons,
	    "chair.full_member_only"))
		json_array_append_new(*flags, json_sprintf("%s %s is not from "
		    "an active full member of %s; a chair must be", rule,
		    jstr(p, "name"), jstr(m, "group_name")));
	side = mb != NULL ? jstr(mb, "side") : NULL;
	/* MC-mou: the chair alternates between the sides, meeting by
	 * meeting; compare with the last earlier meeting chaired. */
	rc = store_rows(c->st, &prev, STMT_MEET_LIST, "ll", c->arr,
	    jint(m, "group_id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading meetings");
		goto out;
	}
	json_array_foreach(prev, i, r)
		if (strcmp(jstr(r, "day"), jstr(m, "day")) < 0 &&
		    strcmp(jstr(r, "status"), "cancelled") != 0 &&
		    jstr(r, "chair_side") != NULL)
			last = jstr(r, "chair_side");
	/* MC-mou: who chaired is the group's own act.  A chair with no
	 * side cannot be placed (refused: the side is missing); the same
	 * side twice in a row is recorded and flagged. */
	if (kind >= 0 && (side == NULL || *side == '\0') &&
	    rules_mou_chair_alternates(&c->cons, kind, last, side, why,
	    sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s", why);
		goto out;
	}
	rule = kind >= 0 ? rules_id(&c->cons, DUTY_CHAIR_ALTERNATES, kind) :
	    NULL;
	if (kind >= 0 && rules_mou_chair_alternates(&c->cons, kind, last,
	    side, why, sizeof(why)) != 0 && rule != NULL)
		json_array_append_new(*flags, json_sprintf("%s the %s side "
		    "chaired the previous meeting too; chairing alternates "
		    "between the sides, meeting by meeting", rule, side));
	rc = store_exec(c->st, STMT_MEET_SET_CHAIR, "lsl", jint(p, "id"),
	    side, meeting);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the chair");
		goto out;
	}
	d = json_pack("{s:I, s:s, s:s?}", "meeting", (json_int_t)meeting,
	    "chair", jstr(p, "name"), "side", side);
	rc = core_audit(c, "meeting.chair", "meeting", meeting, d);
	json_decref(d);
out:
	json_decref(m);
	json_decref(p);
	json_decref(mb);
	json_decref(prev);
	rc = core_end(c, rc);
	if (rc != CORE_OK) {
		json_decref(*flags);
		*flags = NULL;
	}
	return rc;
}
