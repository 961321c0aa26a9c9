/*
 * Meetings as JSON (json.h): the records of store/rec_meeting.h and
 * core's meeting_view, with the names the API and --json give.
 */
#include <string.h>

#include "json.h"

/* The columns a meeting has in the list and in full, in their order;
 * full adds the link, the notes' visibility and the rest of the row. */
static json_t *
meeting_obj(const struct rec_meeting *m, int full)
{
	json_t *o = json_object();

	if (o == NULL)
		return NULL;
	json_object_set_new(o, "id", json_integer(m->id));
	if (full)
		json_object_set_new(o, "group_id", json_integer(m->group_id));
	json_object_set_new(o, "day", json_str_null(m->day));
	json_object_set_new(o, "starts", json_str_null(m->starts));
	json_object_set_new(o, "ends", json_str_null(m->ends));
	json_object_set_new(o, "place", json_str_null(m->place));
	if (full)
		json_object_set_new(o, "link", json_str_null(m->link));
	json_object_set_new(o, "status",
	    json_string(meeting_status_names[m->status]));
	json_object_set_new(o, "circulated", json_str_null(m->circulated));
	if (full)
		json_object_set_new(o, "notes", json_str_null(m->notes));
	json_object_set_new(o, "notes_published",
	    json_str_null(m->notes_published));
	if (full) {
		json_object_set_new(o, "notes_visibility",
		    json_str_null(m->notes_visibility));
		json_object_set_new(o, "chair_person_id",
		    json_id_null(m->chair_person_id));
	}
	json_object_set_new(o, "chair_side", json_str_null(m->chair_side));
	if (full) {
		json_object_set_new(o, "sequence", json_integer(m->sequence));
		json_object_set_new(o, "created_by",
		    json_str_null(m->created_by));
	}
	json_object_set_new(o, "grp", json_str_null(m->grp));
	json_object_set_new(o, "group_name", json_str_null(m->group_name));
	json_object_set_new(o, "group_kind", json_str_null(m->group_kind));
	if (!full) {
		json_object_set_new(o, "group_id", json_integer(m->group_id));
		json_object_set_new(o, "chair_person_id",
		    json_id_null(m->chair_person_id));
	}
	json_object_set_new(o, "chair", json_str_null(m->chair));
	return o;
}

static void
derived(json_t *o, const struct rec_meeting *m)
{
	json_object_set_new(o, "agenda_due", json_str_null(m->agenda_due));
	json_object_set_new(o, "notes_due", json_str_null(m->notes_due));
	json_object_set_new(o, "flags", json_flag_lines(&m->flags));
}

json_t *
json_meeting_list(const struct rec_meeting_list *l)
{
	json_t	*a = json_array(), *o;
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		if ((o = meeting_obj(&l->v[i], 0)) == NULL) {
			json_decref(a);
			return NULL;
		}
		derived(o, &l->v[i]);
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *
items(const struct rec_item_list *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_pack("{s:I, s:i, s:o, s:i, s:i, "
		    "s:o, s:o, s:o}", "id", (json_int_t)l->v[i].id, "pos",
		    l->v[i].pos, "title", json_str_null(l->v[i].title),
		    "mandatory",
		    l->v[i].mandatory, "vcse_only", l->v[i].vcse_only,
		    "visibility", json_str_null(l->v[i].visibility),
		    "requested_by",
		    json_str_null(l->v[i].requested_by), "chaired_by",
		    json_str_null(l->v[i].chaired_by)));
	return a;
}

static json_t *
attendance(const struct rec_attendance_list *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_pack("{s:I, s:o, s:o, s:i, s:o, "
		    "s:o, s:o, s:o, s:o}", "organisation_id",
		    (json_int_t)l->v[i].organisation_id, "attend",
		    json_str_null(l->v[i].attend), "people",
		    json_str_null(l->v[i].people),
		    "deputy_agreed", l->v[i].deputy_agreed, "organisation",
		    json_str_null(l->v[i].organisation), "sector",
		    json_str_null(l->v[i].sector),
		    "kind", json_str_null(l->v[i].kind), "status",
		    json_str_null(l->v[i].status),
		    "side", json_str_null(l->v[i].side)));
	return a;
}

static json_t *
interests(const struct rec_interest_list *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_pack("{s:I, s:i, s:I, s:o, s:o, "
		    "s:o, s:o}", "item_id", (json_int_t)l->v[i].item_id, "item",
		    l->v[i].item, "organisation_id",
		    (json_int_t)l->v[i].organisation_id, "organisation",
		    json_str_null(l->v[i].organisation), "person",
		    json_str_null(l->v[i].person),
		    "nature", json_str_null(l->v[i].nature), "declared",
		    json_str_null(l->v[i].declared)));
	return a;
}

json_t *
json_meeting(const struct meeting_view *v)
{
	json_t *o;

	if ((o = meeting_obj(&v->m, 1)) == NULL)
		return NULL;
	/* SA-11.1: what the viewer may not see is left out. */
	if (!v->sight.link)
		json_object_del(o, "link");
	if (!v->sight.notes && v->reader != READER_RUNS)
		json_object_del(o, "notes");
	if (v->sight.agenda)
		json_object_set_new(o, "agenda", items(&v->agenda));
	if (v->sight.attendance)
		json_object_set_new(o, "attendance",
		    attendance(&v->attendance));
	if (v->sight.interests)
		json_object_set_new(o, "interests", interests(&v->interests));
	derived(o, &v->m);
	return o;
}

json_t *
json_action_list(const struct rec_action_list *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_pack("{s:I, s:o, s:o, s:o, s:o, "
		    "s:o}", "id", (json_int_t)l->v[i].id, "body",
		    json_str_null(l->v[i].body), "owner",
		    json_str_null(l->v[i].owner), "due",
		    json_str_null(l->v[i].due), "done",
		    json_str_null(l->v[i].done), "raised",
		    json_str_null(l->v[i].raised)));
	return a;
}

/* --- decisions --- */

/* A count, or null before the motion is closed. */
static json_t *
count(const struct rec_motion *m, int n)
{
	return m->counted ? json_integer(n) : json_null();
}

/* The list's columns (full: STMT_MOTION_GET's row, as the API gives). */
static json_t *
motion_obj(const struct rec_motion *m, int full)
{
	json_t *o = json_object();

	if (o == NULL)
		return NULL;
	json_object_set_new(o, "id", json_integer(m->id));
	if (full) {
		json_object_set_new(o, "group_id", json_integer(m->group_id));
		json_object_set_new(o, "meeting_id",
		    json_id_null(m->meeting_id));
		json_object_set_new(o, "item_id", json_id_null(m->item_id));
	}
	json_object_set_new(o, "body", json_str_null(m->body));
	json_object_set_new(o, "method",
	    json_string(motion_method_names[m->method]));
	if (full) {
		json_object_set_new(o, "opens", json_str_null(m->opens));
		json_object_set_new(o, "closes", json_str_null(m->closes));
	}
	json_object_set_new(o, "round", json_integer(m->round));
	if (full)
		json_object_set_new(o, "previous_id",
		    json_id_null(m->previous_id));
	json_object_set_new(o, "status",
	    json_string(motion_status_names[m->status]));
	json_object_set_new(o, "outcome", json_str_null(m->outcome));
	json_object_set_new(o, "votes_for", count(m, m->votes_for));
	json_object_set_new(o, "votes_against", count(m, m->votes_against));
	json_object_set_new(o, "votes_abstain", count(m, m->votes_abstain));
	if (full) {
		json_object_set_new(o, "effect", json_str_null(m->effect));
		json_object_set_new(o, "proposed_by",
		    json_str_null(m->proposed_by));
		json_object_set_new(o, "proposed_at",
		    json_str_null(m->proposed_at));
	}
	json_object_set_new(o, "decided_at", json_str_null(m->decided_at));
	if (full) {
		json_object_set_new(o, "grp", json_str_null(m->grp));
		json_object_set_new(o, "group_name",
		    json_str_null(m->group_name));
		json_object_set_new(o, "group_kind",
		    json_str_null(m->group_kind));
		json_object_set_new(o, "item", m->item != 0 ?
		    json_integer(m->item) : json_null());
	} else {
		json_object_set_new(o, "meeting_id",
		    json_id_null(m->meeting_id));
		json_object_set_new(o, "grp", json_str_null(m->grp));
	}
	return o;
}

json_t *
json_motion_list(const struct rec_motion_list *l)
{
	json_t	*a = json_array(), *o;
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		if ((o = motion_obj(&l->v[i], 0)) == NULL) {
			json_decref(a);
			return NULL;
		}
		json_array_append_new(a, o);
	}
	return a;
}

json_t *
json_motion(const struct motion_view *v)
{
	json_t	*o, *votes;
	size_t	 i;

	if ((o = motion_obj(&v->mo, 1)) == NULL)
		return NULL;
	/* SA-8.4: a poll's votes once it has closed; null before. */
	if (!v->votes_shown) {
		json_object_set_new(o, "votes", json_null());
		return o;
	}
	votes = json_array();
	for (i = 0; votes != NULL && i < v->votes.n; i++)
		json_array_append_new(votes, json_pack("{s:I, s:o, s:o, s:o, "
		    "s:o}", "organisation_id",
		    (json_int_t)v->votes.v[i].organisation_id, "organisation",
		    json_str_null(v->votes.v[i].organisation), "choice",
		    json_str_null(v->votes.v[i].choice), "cast_by",
		    json_str_null(v->votes.v[i].cast_by), "cast_at",
		    json_str_null(v->votes.v[i].cast_at)));
	json_object_set_new(o, "votes", votes);
	return o;
}

json_t *
json_motion_result(const struct motion_result *r)
{
	json_t *o;

	o = json_pack("{s:s, s:i, s:i, s:i}", "outcome", r->outcome, "for",
	    (int)r->votes_for, "against", (int)r->votes_against, "abstain",
	    (int)r->votes_abstain);
	if (o == NULL)
		return NULL;
	if (r->referred_to[0] != '\0')
		json_object_set_new(o, "referred_to",
		    json_string(r->referred_to));
	if (r->effect[0] != '\0')
		json_object_set_new(o, "effect", json_string(r->effect));
	json_object_set_new(o, "motion", json_integer(r->motion));
	json_object_set_new(o, "tie", json_boolean(r->tie));
	return o;
}
