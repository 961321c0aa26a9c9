/*
 * The outbox and the sender's and the digest's reports as JSON, for
 * --json, with the field names they have always had.
 */
#include <stddef.h>

#include "render/json.h"

static json_t *
str_or_null(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

json_t *
json_mail_list(const struct rec_mail_list *l)
{
	json_t			*a = json_array();
	const struct rec_mail	*m;
	size_t			 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		m = &l->v[i];
		if (json_array_append_new(a, json_pack("{s:I, s:o, s:o, s:o, "
		    "s:o, s:I, s:o, s:o, s:o, s:o}", "id", (json_int_t)m->id,
		    "kind", str_or_null(m->kind), "recipient",
		    str_or_null(m->recipient), "subject",
		    str_or_null(m->subject), "status", str_or_null(m->status),
		    "attempts", (json_int_t)m->attempts, "next_attempt",
		    str_or_null(m->next_attempt), "last_error",
		    str_or_null(m->last_error), "created",
		    str_or_null(m->created), "sent", str_or_null(m->sent))) !=
		    0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

json_t *
json_mail(const struct rec_mail *m)
{
	return json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, "
	    "s:o, s:o, s:I, s:o, s:o, s:o, s:o, s:i}", "id", (json_int_t)m->id,
	    "arrangement_id", m->arrangement_id != 0 ?
	    json_integer(m->arrangement_id) : json_null(), "kind",
	    str_or_null(m->kind), "once_key", str_or_null(m->once_key),
	    "recipient", str_or_null(m->recipient), "recipient_name",
	    str_or_null(m->recipient_name), "subject", str_or_null(m->subject),
	    "body_text", str_or_null(m->body_text), "body_html",
	    str_or_null(m->body_html), "ical", str_or_null(m->ical),
	    "ical_method", str_or_null(m->ical_method), "status",
	    str_or_null(m->status), "attempts", (json_int_t)m->attempts,
	    "next_attempt", str_or_null(m->next_attempt), "last_error",
	    str_or_null(m->last_error), "created", str_or_null(m->created),
	    "sent", str_or_null(m->sent), "digest", m->digest);
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
