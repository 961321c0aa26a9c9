/*
 * Registers drawn from live data, never typed twice: appendix B (forums,
 * SA-5.6), appendix C (representatives, SA-9.1), the central record of
 * members (SA-3.2) and the signatories of the agreement in force.
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "own.h"
#include "store/store.h"

/* "Garry Jones (SuS)", the way the seeds' appendices write holders. */
static json_t *
holder_label(const json_t *r)
{
	const char	*org = jstr(r, "short_name") != NULL ?
	    jstr(r, "short_name") : jstr(r, "organisation");
	char		 buf[512];

	snprintf(buf, sizeof(buf), "%s%s%s%s", jstr(r, "person"),
	    org != NULL ? " (" : "", org != NULL ? org : "",
	    org != NULL ? ")" : "");
	return json_string(buf);
}

/* Appendix B writes "Chair / Vice-chair", interim marked, and the
 * support organisation with its officer: the same for every reader. */
static void
labels(json_t *r)
{
	const char	*ch = jstr(r, "chair"), *vc = jstr(r, "vice_chair");
	const char	*so = jstr(r, "support_short");
	const char	*of = jstr(r, "support_officer");
	char		 buf[512];

	snprintf(buf, sizeof(buf), "%s%s%s%s%s", ch ? ch : "vacant",
	    json_is_true(json_object_get(r, "chair_interim")) ? " interim" : "",
	    vc ? " / " : "", vc ? vc : "", json_is_true(json_object_get(r,
	    "vice_chair_interim")) ? " interim" : "");
	json_object_set_new(r, "chair_label", json_string(buf));
	if (so == NULL)
		so = jstr(r, "support_organisation");
	snprintf(buf, sizeof(buf), "%s%s%s", so ? so : "", so && of ? " " : "",
	    of ? of : "");
	json_object_set_new(r, "support", json_string(buf));
}

int
core_register_forums(struct core *c, json_t **out)
{
	json_t		*offices = NULL, *g, *f;
	const char	*which;
	size_t		 i, j;
	int		 rc;

	rc = store_rows(c->st, out, STMT_FORUM_REGISTER, "l", c->arr);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the forum register");
	json_array_foreach(*out, i, g) {
		json_object_set_new(g, "chair", json_null());
		json_object_set_new(g, "chair_interim", json_false());
		json_object_set_new(g, "chair_term_end", json_null());
		json_object_set_new(g, "vice_chair", json_null());
		json_object_set_new(g, "vice_chair_interim", json_false());
		rc = store_rows(c->st, &offices, STMT_OFFICE_CURRENT, "l",
		    jint(g, "id"));
		if (rc != STORE_OK) {
			json_decref(*out);
			*out = NULL;
			return core_store_fail(c, rc, "reading offices");
		}
		json_array_foreach(offices, j, f) {
			which = strcmp(jstr(f, "office"), "chair") == 0 ?
			    "chair" : "vice_chair";
			json_object_set_new(g, which, holder_label(f));
			json_object_set_new(g, strcmp(which, "chair") == 0 ?
			    "chair_interim" : "vice_chair_interim",
			    json_boolean(jint(f, "interim")));
			if (strcmp(which, "chair") == 0)
				json_object_set(g, "chair_term_end",
				    json_object_get(f, "term_end"));
		}
		json_decref(offices);
		offices = NULL;
		labels(g);
	}
	return CORE_OK;
}

/* "2022-2025", "from 2023", or "TBC" as appendix C writes terms. */
static json_t *
term_label(const json_t *pos, const json_t *holders)
{
	const json_t	*h = json_array_get(holders, 0);
	const char	*s, *e;
	char		 buf[32];

	if (h == NULL)
		return json_string("TBC");
	s = jstr(h, "term_start");
	e = jstr(h, "term_end");
	/* Appendix C: an appointment without a term is "n/a"; an
	 * election whose term is not yet set is "TBC". */
	if (s == NULL && e == NULL)
		return json_string(strcmp(jstr(pos, "method"), "appointed")
		    == 0 ? "n/a" : "TBC");
	snprintf(buf, sizeof(buf), "%.4s-%.4s", s != NULL ? s : "?",
	    e != NULL ? e : "");
	if (e == NULL)
		snprintf(buf, sizeof(buf), "from %.4s", s);
	return json_string(buf);
}

int
core_register_positions(struct core *c, json_t **out)
{
	json_t	*appts = NULL, *p, *a, *reps, *deps, *entry;
	size_t	 i, j;
	int	 rc;

	rc = store_rows(c->st, out, STMT_POSITION_REGISTER, "l", c->arr);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the position register");
	json_array_foreach(*out, i, p) {
		rc = store_rows(c->st, &appts, STMT_APPT_CURRENT, "l",
		    jint(p, "id"));
		if (rc != STORE_OK) {
			json_decref(*out);
			*out = NULL;
			return core_store_fail(c, rc, "reading appointments");
		}
		reps = json_array();
		deps = json_array();
		json_array_foreach(appts, j, a) {
			entry = json_pack("{s:o, s:O, s:O, s:b, s:O, s:O, s:O}",
			    "holder", holder_label(a),
			    "person", json_object_get(a, "person"),
			    "organisation", json_object_get(a, "organisation"),
			    "interim", (int)jint(a, "interim"),
			    "scope", json_object_get(a, "scope"),
			    "term_start", json_object_get(a, "term_start"),
			    "term_end", json_object_get(a, "term_end"));
			json_array_append_new(strcmp(jstr(a, "role"),
			    "deputy") == 0 ? deps : reps, entry);
		}
		json_object_set_new(p, "term", term_label(p, reps));
		json_object_set_new(p, "representatives", reps);
		json_object_set_new(p, "deputies", deps);
		json_object_set_new(p, "vacant", json_boolean(
		    json_array_size(reps) == 0));
		json_decref(appts);
		appts = NULL;
	}
	/* SA-9.1 ended terms, SA-D2.8 stepping back (represent.c). */
	if ((rc = core_int_register_own(c, *out)) != CORE_OK) {
		json_decref(*out);
		*out = NULL;
	}
	return rc;
}

int
core_register_members(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_MEMB_REGISTER, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the member register");
}

int
core_register_signatories(struct core *c, json_t **out)
{
	const char	*docs[16];
	json_t		*s, *a;
	size_t		 i, k, n;
	int		 rc;

	rc = store_rows(c->st, out, STMT_DECL_LIST, "l", c->arr);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the signatories");
	/* MS-3.1: signing adopts these too. */
	n = constitution_list(&c->cons, "arrangement.adopts", docs, 16);
	json_array_foreach(*out, i, s) {
		a = json_array();
		for (k = 0; k < n; k++)
			json_array_append_new(a, json_string(docs[k]));
		json_object_set_new(s, "adopts", a);
	}
	return CORE_OK;
}
