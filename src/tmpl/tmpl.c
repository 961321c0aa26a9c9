/*
 * tmpl: reads a template's data.json into struct tmpl (tmpl.h).
 *
 * Why a layer of its own, below core: a template's data is input from
 * outside the program's records (a file written by hand, built in by
 * scripts/embed.sh), and DESIGN.md keeps formats out of core, which
 * decides on typed records.  The reader cannot sit in cli/ or web/,
 * above core, because core itself opens an arrangement from a
 * template by name (core_init, for the command line, the tests and the
 * fuzzing harness alike); it is not store/, which owns SQL and the
 * database, nor render/, which makes output.  So, as store reads the
 * database into records below core, tmpl reads template files into
 * records below core; it calls nothing of store, rules or core.
 *
 * The reader holds the file to its shape: an object of known members,
 * each list an array of objects whose fields are known, with text (or
 * null), true or false, or a whole number where each belongs.  Anything
 * else is refused naming the field and what is accepted there; what the
 * values mean (dates, references, kinds) core checks as it loads them.
 * One table of fields per record drives reading and freeing alike.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "embedded.h"
#include "tmpl/tmpl.h"

const char *const tmpl_names[] = {
	"staffordshire-alliance",
	"staffordshire-compact",
	"medway-swale-framework",
	"manchester-leaders",
	"tameside-pact",
	NULL,
};

/* text: char * (null allowed); flag: int, true or false; number: int,
 * a whole number (def when absent); list: { v, n } of sub's records;
 * object: one sub record in place. */
enum tf_type { TF_TEXT, TF_FLAG, TF_NUMBER, TF_LIST, TF_OBJECT };

struct tmap;
struct tf {
	const char		*name;
	enum tf_type		 t;
	size_t			 off;
	const struct tmap	*sub;
	int			 def;
};
struct tmap {
	const char		*what;	/* "not a field of ..." */
	const char		*many;	/* "a list of ..." */
	const struct tf		*f;
	size_t			 nf;
	size_t			 size;		/* of one record */
};

/* The layout every list type of tmpl.h shares. */
struct any_list {
	void	*v;
	size_t	 n;
};

#define TX(s, f)	{ #f, TF_TEXT, offsetof(struct s, f), NULL, 0 }
#define FL(s, f)	{ #f, TF_FLAG, offsetof(struct s, f), NULL, 0 }
#define NUM(s, f, d)	{ #f, TF_NUMBER, offsetof(struct s, f), NULL, d }
#define TMAP(what, many, s, fs) \
	{ what, many, fs, sizeof(fs) / sizeof(fs[0]), sizeof(struct s) }
/* A list field named after what it holds ("holders"): each one a
 * struct rs read by the fields fs; one says what a single one is. */
#define LIST(s, f, one, rs, fs) { #f, TF_LIST, offsetof(struct s, f), \
	&(const struct tmap)TMAP(one, #f, rs, fs), 0 }
#define OBJ(s, f, one, rs, fs) { #f, TF_OBJECT, offsetof(struct s, f), \
	&(const struct tmap)TMAP(one, NULL, rs, fs), 0 }

static const struct tf agreement_f[] = {
	TX(tmpl_agreement, version), TX(tmpl_agreement, title),
	TX(tmpl_agreement, in_force_from),
};
static const struct tf org_f[] = {
	TX(tmpl_org, name), TX(tmpl_org, short_name), TX(tmpl_org, sector),
	TX(tmpl_org, legal_form), TX(tmpl_org, identifier),
	TX(tmpl_org, geography), TX(tmpl_org, email),
	FL(tmpl_org, infrastructure),
};
static const struct tf person_f[] = {
	TX(tmpl_person, name), TX(tmpl_person, email),
	TX(tmpl_person, organisation), TX(tmpl_person, job_title),
};
static const struct tf role_f[] = {
	TX(tmpl_role, person), TX(tmpl_role, role), TX(tmpl_role, area),
};
static const struct tf group_f[] = {
	TX(tmpl_group, slug), TX(tmpl_group, name), TX(tmpl_group, kind),
	TX(tmpl_group, description), TX(tmpl_group, geography),
	TX(tmpl_group, parent), TX(tmpl_group, support_org),
	TX(tmpl_group, support_officer), TX(tmpl_group, recognised),
};
static const struct tf membership_f[] = {
	TX(tmpl_membership, group), TX(tmpl_membership, organisation),
	TX(tmpl_membership, kind), TX(tmpl_membership, side),
	TX(tmpl_membership, since),
};
static const struct tf declaration_f[] = {
	TX(tmpl_declaration, organisation), TX(tmpl_declaration, name),
	TX(tmpl_declaration, role), TX(tmpl_declaration, date),
	FL(tmpl_declaration, authority),
};
static const struct tf criterion_f[] = {
	TX(tmpl_criterion, group), TX(tmpl_criterion, organisation),
	TX(tmpl_criterion, criterion), TX(tmpl_criterion, evidence),
};
static const struct tf office_f[] = {
	TX(tmpl_office, group), TX(tmpl_office, person),
	TX(tmpl_office, office), FL(tmpl_office, interim),
	TX(tmpl_office, start), TX(tmpl_office, end),
};
static const struct tf holder_f[] = {
	TX(tmpl_holder, person), TX(tmpl_holder, role),
	FL(tmpl_holder, interim), TX(tmpl_holder, scope),
	TX(tmpl_holder, start), TX(tmpl_holder, end),
};
static const struct tf position_f[] = {
	TX(tmpl_position, slug), TX(tmpl_position, section),
	TX(tmpl_position, name), TX(tmpl_position, method),
	TX(tmpl_position, appointed_by), TX(tmpl_position, electing_group),
	TX(tmpl_position, note), NUM(tmpl_position, seats, 1),
	LIST(tmpl_position, holders, "a holder", tmpl_holder, holder_f),
};
static const struct tf place_f[] = {
	TX(tmpl_place, slug), TX(tmpl_place, name), TX(tmpl_place, areas),
	TX(tmpl_place, groups), TX(tmpl_place, positions),
};
static const struct tf commitment_f[] = {
	TX(tmpl_commitment, code), TX(tmpl_commitment, kind),
	TX(tmpl_commitment, heading), TX(tmpl_commitment, body),
	TX(tmpl_commitment, party),
};

static const struct tf tmpl_f[] = {
	OBJ(tmpl, agreement, "the agreement", tmpl_agreement, agreement_f),
	LIST(tmpl, organisations, "an organisation", tmpl_org, org_f),
	LIST(tmpl, people, "a person", tmpl_person, person_f),
	LIST(tmpl, roles, "a role", tmpl_role, role_f),
	LIST(tmpl, groups, "a group", tmpl_group, group_f),
	LIST(tmpl, memberships, "a membership", tmpl_membership, membership_f),
	LIST(tmpl, declarations, "a declaration",
	    tmpl_declaration, declaration_f),
	LIST(tmpl, criteria, "a criterion", tmpl_criterion, criterion_f),
	LIST(tmpl, offices, "an office", tmpl_office, office_f),
	LIST(tmpl, positions, "a position", tmpl_position, position_f),
	LIST(tmpl, places, "a place", tmpl_place, place_f),
	LIST(tmpl, commitments, "a commitment", tmpl_commitment, commitment_f),
};
static const struct tmap tmpl_m = TMAP("a template", NULL, tmpl, tmpl_f);

/* Where the reader is, for its error. */
struct rd {
	const char	*name;		/* the template's */
	char		*err;
	size_t		 errsz;
};

static int fail(struct rd *, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
fail(struct rd *rd, const char *path, const char *fmt, ...)
{
	char	msg[384];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(rd->err, rd->errsz, "template %s data%s%s: %s", rd->name,
	    *path != '\0' ? ", " : "", path, msg);
	return -1;
}

static const char *
kind_of(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:	return "an object";
	case JSON_ARRAY:	return "a list";
	case JSON_STRING:	return "text";
	case JSON_INTEGER:	return "a whole number";
	case JSON_REAL:		return "a number with a fraction";
	case JSON_TRUE:		return "true";
	case JSON_FALSE:	return "false";
	default:		return "null";
	}
}

static void
free_rec(const struct tmap *m, void *rec)
{
	struct any_list	*l;
	size_t		 i, k;

	for (k = 0; k < m->nf; k++) {
		void *p = (char *)rec + m->f[k].off;

		switch (m->f[k].t) {
		case TF_TEXT:
			free(*(char **)p);
			break;
		case TF_LIST:
			l = p;
			for (i = 0; i < l->n; i++)
				free_rec(m->f[k].sub,
				    (char *)l->v + i * m->f[k].sub->size);
			free(l->v);
			break;
		case TF_OBJECT:
			free_rec(m->f[k].sub, p);
			break;
		default:
			break;
		}
	}
	memset(rec, 0, m->size);
}

static int read_rec(struct rd *, const struct tmap *, const json_t *,
    void *rec, const char *path);

/* The field f of a record at path, from the file's value v. */
static int
read_field(struct rd *rd, const struct tf *f, const json_t *v, void *p,
    const char *path)
{
	struct any_list	*l = p;
	char		 at[160];
	json_int_t	 n;
	size_t		 i;

	switch (f->t) {
	case TF_TEXT:
		if (json_is_null(v))
			return 0;
		if (!json_is_string(v))
			return fail(rd, path, "expected text or null, not %s",
			    kind_of(v));
		if ((*(char **)p = strdup(json_string_value(v))) == NULL)
			return fail(rd, path, "out of memory");
		return 0;
	case TF_FLAG:
		if (!json_is_boolean(v))
			return fail(rd, path, "expected true or false, not "
			    "%s", kind_of(v));
		*(int *)p = json_is_true(v);
		return 0;
	case TF_NUMBER:
		n = json_is_integer(v) ? json_integer_value(v) : 0;
		if (!json_is_integer(v) || n < INT_MIN || n > INT_MAX)
			return fail(rd, path, "expected a whole number such "
			    "as 1, not %s", json_is_integer(v) ? "one this "
			    "large" : kind_of(v));
		*(int *)p = (int)n;
		return 0;
	case TF_OBJECT:
		return json_is_null(v) ? 0 : read_rec(rd, f->sub, v, p, path);
	case TF_LIST:
		if (json_is_null(v))
			return 0;
		if (!json_is_array(v))
			return fail(rd, path, "expected a list [...] of %s, "
			    "not %s", f->sub->many, kind_of(v));
		if (json_array_size(v) == 0)
			return 0;
		if ((l->v = calloc(json_array_size(v), f->sub->size)) == NULL)
			return fail(rd, path, "out of memory");
		for (i = 0; i < json_array_size(v); i++) {
			l->n = i + 1;
			snprintf(at, sizeof(at), "%s[%zu]", path, i);
			if (read_rec(rd, f->sub, json_array_get(v, i),
			    (char *)l->v + i * f->sub->size, at) != 0)
				return -1;
		}
		return 0;
	}
	return -1;
}

/* The names of m's fields, "a, b or c", into out. */
static void
field_names(const struct tmap *m, char *out, size_t sz)
{
	size_t k, len = 0;

	out[0] = '\0';
	for (k = 0; k < m->nf && len < sz; k++) {
		snprintf(out + len, sz - len, "%s%s", k == 0 ? "" :
		    k + 1 == m->nf ? " or " : ", ", m->f[k].name);
		len = strlen(out);
	}
}

static int
read_rec(struct rd *rd, const struct tmap *m, const json_t *o, void *rec,
    const char *path)
{
	const char	*key;
	json_t		*v;
	char		 at[160], names[256];
	size_t		 k;

	for (k = 0; k < m->nf; k++)
		if (m->f[k].t == TF_NUMBER)
			*(int *)((char *)rec + m->f[k].off) = m->f[k].def;
	if (!json_is_object(o))
		return fail(rd, path, "expected %s as an object {...}, not %s",
		    m->what, kind_of(o));
	json_object_foreach((json_t *)o, key, v) {
		for (k = 0; k < m->nf && strcmp(m->f[k].name, key) != 0; k++)
			;
		snprintf(at, sizeof(at), "%s%s%s", path, *path ? "." : "",
		    key);
		if (k == m->nf) {
			field_names(m, names, sizeof(names));
			return fail(rd, at, "is not a field of %s; expected "
			    "%s", m->what, names);
		}
		if (read_field(rd, &m->f[k], v, (char *)rec + m->f[k].off,
		    at) != 0)
			return -1;
	}
	return 0;
}

int
tmpl_parse(const char *name, const char *json, size_t len, struct tmpl *t,
    char *err, size_t errsz)
{
	struct rd	 rd = { name != NULL ? name : "", err, errsz };
	json_error_t	 jerr;
	json_t		*data;
	int		 rc;

	memset(t, 0, sizeof(*t));
	if (errsz > 0)
		err[0] = '\0';
	/* Duplicate members are refused: one of them would go unread. */
	if ((data = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr)) ==
	    NULL) {
		snprintf(err, errsz, "template %s data, line %d: %s", rd.name,
		    jerr.line, jerr.text);
		return -1;
	}
	rc = read_rec(&rd, &tmpl_m, data, t, "");
	json_decref(data);
	if (rc == 0 && (t->name = strdup(rd.name)) == NULL)
		rc = fail(&rd, "", "out of memory");
	if (rc != 0)
		tmpl_free(t);
	return rc;
}

int
tmpl_known(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && tmpl_names[i] != NULL; i++)
		if (strcmp(name, tmpl_names[i]) == 0)
			return 1;
	return 0;
}

int
tmpl_load(const char *name, struct tmpl *t, char *err, size_t errsz)
{
	const char	*text, *json;
	char		 path[128];
	size_t		 len;

	memset(t, 0, sizeof(*t));
	if (!tmpl_known(name)) {
		snprintf(err, errsz, "template '%s' is not built in",
		    name != NULL ? name : "");
		return -1;
	}
	snprintf(path, sizeof(path), "templates/%s/constitution.txt", name);
	text = embedded_get(path, NULL);
	snprintf(path, sizeof(path), "templates/%s/data.json", name);
	json = embedded_get(path, &len);
	if (text == NULL || json == NULL) {
		snprintf(err, errsz, "template %s is missing from this build",
		    name);
		return -1;
	}
	if (tmpl_parse(name, json, len, t, err, errsz) != 0)
		return -1;
	if ((t->constitution = strdup(text)) == NULL) {
		tmpl_free(t);
		snprintf(err, errsz, "template %s: out of memory", name);
		return -1;
	}
	return 0;
}

void
tmpl_free(struct tmpl *t)
{
	if (t == NULL)
		return;
	free(t->name);
	free(t->constitution);
	free_rec(&tmpl_m, t);
}
