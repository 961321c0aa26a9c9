/*
 * The command line's own small JSON documents (json_cli.h), with the
 * fields --json has always given.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "json.h"
#include "json_cli.h"
#include "store/rec_agree.h"
#include "store/rec_election.h"

json_t *
json_done(const char *what, int64_t id, const struct check_flag_list *flags)
{
	/* "o*": no "id" at all when there is none. */
	return json_pack("{s:s, s:o*, s:o}", "done", what, "id", id > 0 ?
	    json_integer((json_int_t)id) : NULL, "flags", flags != NULL ?
	    json_flag_lines(flags) : json_null());
}

json_t *
json_receipt(const char *receipt)
{
	return json_pack("{s:s}", "receipt", receipt);
}

json_t *
json_ballot(const struct rec_ballot *b)
{
	return json_pack("{s:o, s:I, s:o}", "receipt",
	    json_str_null(b->receipt), "nomination_id",
	    (json_int_t)b->nomination_id, "candidate",
	    json_str_null(b->candidate));
}

static json_t *
ballot_one(const void *p)
{
	return json_ballot(p);
}

json_t *
json_ballots(const struct rec_ballot_list *l)
{
	return JSON_ARRAY(l, ballot_one);
}

json_t *
json_import(const struct import_report *rep, int ok)
{
	return json_pack("{s:I, s:I, s:I, s:o, s:b}", "rows",
	    (json_int_t)rep->rows, "bad", (json_int_t)rep->bad, "imported",
	    (json_int_t)rep->imported, "problems", json_import_problems(rep),
	    "ok", ok);
}

json_t *
json_created(const char *arrangement, const char *template_name)
{
	return json_pack("{s:s, s:s}", "arrangement", arrangement, "template",
	    template_name);
}

json_t *
json_valid(const char *file)
{
	return json_pack("{s:s, s:b}", "file", file, "valid", 1);
}

json_t *
json_templates(const char *const *names, const char *const *what, size_t n)
{
	json_t	*a = json_array(), *o;
	size_t	 i;

	for (i = 0; a != NULL && i < n; i++)
		if ((o = json_pack("{s:s, s:s}", "name", names[i], "what",
		    what[i])) == NULL || json_array_append_new(a, o) != 0) {
			json_decref(a);
			return NULL;
		}
	return a;
}

static json_t *
exchange_one(const void *p)
{
	const struct rec_exchange *x = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}",
	    "id", (json_int_t)x->id, "position", x->position, "position_name",
	    x->position_name, "board_day", x->board_day, "person", x->person,
	    "direction", x->direction, "summary", x->summary, "on_date",
	    x->on_date);
}

json_t *
json_exchange_list(const struct rec_exchange_list *l)
{
	return JSON_ARRAY(l, exchange_one);
}

static json_t *
timetable_one(const void *p)
{
	const struct rec_timetable *t = p;

	return json_pack("{s:s%, s:s?, s:s?, s:s?}", "month", t->day != NULL ?
	    t->day : "", t->day != NULL && strlen(t->day) < 7 ?
	    strlen(t->day) : 7, "grp", t->grp, "day", t->day, "status",
	    t->status);
}

json_t *
json_timetable(const struct rec_timetable_list *l)
{
	return JSON_ARRAY(l, timetable_one);
}

void
position_how(const struct rec_position *p, char *buf, size_t sz)
{
	const char *by = p->appointed_by, *eg = p->electing_group;

	snprintf(buf, sz, "%s%s%s", p->method != NULL &&
	    strcmp(p->method, "elected") == 0 ? "Elected" : "Appointed",
	    eg != NULL || by != NULL ? " by " : "", eg != NULL ? eg :
	    by != NULL ? by : "");
}

json_t *
json_register_positions(const struct rec_position_list *l)
{
	json_t	*a = json_position_list(l), *r;
	char	 how[512];
	size_t	 i;

	json_array_foreach(a, i, r) {
		position_how(&l->v[i].p, how, sizeof(how));
		if (json_object_set_new(r, "how", json_string(how)) != 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}
