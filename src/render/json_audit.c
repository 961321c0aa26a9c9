/*
 * The audit log, `audit verify`'s findings, the signed head and a
 * backup's report as JSON, for --json and the API, with the field names
 * they have always had.
 */
#include <stddef.h>

#include "render/json.h"

json_t *
json_audit_list(const struct rec_audit_list *l)
{
	json_t			*a = json_array();
	const struct rec_audit	*e;
	size_t			 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		e = &l->v[i];
		if (json_array_append_new(a, json_pack("{s:I, s:s?, s:s?, s:s?, "
		    "s:s?, s:I, s:s?, s:s?, s:s?, s:s?, s:s?}", "seq",
		    (json_int_t)e->seq, "at", e->at, "actor", e->actor,
		    "action", e->action, "entity", e->entity, "entity_id",
		    (json_int_t)e->entity_id, "detail", e->detail, "prev_hash",
		    e->prev_hash, "hash", e->hash, "vouched", e->vouched, "sig",
		    e->sig)) != 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

json_t *
json_ledger_problems(const struct rec_ledger_problems *l)
{
	json_t				*a = json_array(), *o;
	const struct rec_ledger_problem	*p;
	size_t				 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		p = &l->v[i];
		if (p->table == NULL)
			o = json_pack("{s:I, s:s?}", "seq", (json_int_t)p->seq,
			    "problem", p->problem);
		else {
			o = json_pack("{s:s, s:s?, s:s?, s:s?}", "table",
			    p->table, "row", p->row, "label", p->label,
			    "problem", p->problem);
			if (o != NULL && p->election != 0)
				json_object_set_new(o, "election",
				    json_integer(p->election));
			if (o != NULL && p->seq != 0)
				json_object_set_new(o, "seq",
				    json_integer(p->seq));
			if (o != NULL && p->action != NULL)
				json_object_set_new(o, "action",
				    json_string(p->action));
		}
		if (json_array_append_new(a, o) != 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

json_t *
json_audit_head(const struct audit_head *h)
{
	return json_pack("{s:I, s:s?, s:s, s:s, s:s, s:s?}", "seq",
	    (json_int_t)h->seq, "at", h->at, "hash", h->hash, "sig", h->sig,
	    "key", h->key, "head", h->line);
}

json_t *
json_audit_check(const struct audit_check *a)
{
	json_t *from, *head;

	from = a->from_seq != 0 ? json_pack("{s:I, s:s?}", "seq",
	    (json_int_t)a->from_seq, "at", a->from_at) : json_null();
	if (a->head_state == AUDIT_HEAD_SIGNED)
		head = json_audit_head(&a->head);
	else if (a->head_state == AUDIT_HEAD_UNCHECKED)
		head = json_pack("{s:s?}", "unchecked", a->unchecked);
	else
		head = json_null();
	return json_pack("{s:I, s:I, s:o?, s:o?, s:o?, s:b}", "checked",
	    (json_int_t)a->checked, "rows", (json_int_t)a->rows,
	    "vouched_from", from, "head", head, "problems",
	    json_ledger_problems(&a->problems), "intact", a->problems.n == 0);
}

json_t *
json_backup_report(const struct backup_report *r)
{
	return json_pack("{s:s?, s:I, s:I, s:I, s:i, s:i, s:s, s:I}",
	    "file", r->file, "pages", (json_int_t)r->pages,
	    "bytes", (json_int_t)r->bytes, "ms", (json_int_t)r->ms,
	    "steps", r->steps, "restarts", r->restarts,
	    "integrity", "ok", "audit_entries", (json_int_t)r->audit_entries);
}
