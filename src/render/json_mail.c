/*
 * The outbox and the sender's and the digest's reports as JSON, for
 * --json, with the field names they have always had.
 */
#include <stddef.h>

#include "render/json.h"

json_t *
json_mail_list(const struct rec_mail_list *l)
{
	json_t			*a = json_array();
	const struct rec_mail	*m;
	size_t			 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		m = &l->v[i];
		if (json_array_append_new(a, json_pack("{s:I, s:s?, s:s?, s:s?, "
		    "s:s?, s:I, s:s?, s:s?, s:s?, s:s?}", "id", (json_int_t)m->id,
		    "kind", m->kind, "recipient", m->recipient, "subject",
		    m->subject, "status", m->status, "attempts",
		    (json_int_t)m->attempts, "next_attempt", m->next_attempt,
		    "last_error", m->last_error, "created", m->created, "sent",
		    m->sent)) != 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

json_t *
json_mail(const struct rec_mail *m)
{
	return json_pack("{s:I, s:o, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, "
	    "s:s?, s:s?, s:s?, s:I, s:s?, s:s?, s:s?, s:s?, s:i}", "id",
	    (json_int_t)m->id, "arrangement_id", m->arrangement_id != 0 ?
	    json_integer(m->arrangement_id) : json_null(), "kind", m->kind,
	    "once_key", m->once_key, "recipient", m->recipient,
	    "recipient_name", m->recipient_name, "subject", m->subject,
	    "body_text", m->body_text, "body_html", m->body_html, "ical",
	    m->ical, "ical_method", m->ical_method, "status", m->status,
	    "attempts", (json_int_t)m->attempts, "next_attempt",
	    m->next_attempt, "last_error", m->last_error, "created",
	    m->created, "sent", m->sent, "digest", m->digest);
}

json_t *
json_mail_sent(const struct mail_sent *s)
{
	return json_pack("{s:i, s:i}", "sent", s->sent, "not_sent",
	    s->not_sent);
}

json_t *
json_mail_digest(const struct mail_digest *d)
{
	return json_pack("{s:i, s:i}", "digests", d->digests, "messages",
	    d->messages);
}

json_t *
json_remind_list(const struct remind_list *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		if (json_array_append_new(a, json_pack("{s:s?, s:s?, s:s?}",
		    "kind", l->v[i].kind, "to", l->v[i].to, "about",
		    l->v[i].about)) != 0) {
			json_decref(a);
			return NULL;
		}
	return a;
}
