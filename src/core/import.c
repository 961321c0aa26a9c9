/*
 * CSV import of organisations and people, as Excel saves them.  libcsv
 * parses (quotes, embedded commas and newlines); each row then goes
 * through the same core function as a single add, all inside one
 * transaction that is kept only if every row is clean (or, on request,
 * with the clean rows only).
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "core.h"
#include "core_int.h"

#define MAXCOLS 16

enum col {
	COL_NAME, COL_SHORT, COL_SECTOR, COL_LEGAL, COL_IDENT, COL_GEO,
	COL_EMAIL, COL_INFRA, COL_PHONE, COL_ORG, COL_JOB, COL__MAX
};
static const char *const col_names[COL__MAX] = {
	"name", "short name", "sector", "legal form", "identifier",
	"geography", "email", "infrastructure", "phone", "organisation",
	"job title",
};
/* Which columns each kind of import accepts. */
static const unsigned accepts[2] = {
	[IMPORT_ORGANISATIONS] = 1u << COL_NAME | 1u << COL_SHORT |
	    1u << COL_SECTOR | 1u << COL_LEGAL | 1u << COL_IDENT |
	    1u << COL_GEO | 1u << COL_EMAIL | 1u << COL_INFRA,
	[IMPORT_PEOPLE] = 1u << COL_NAME | 1u << COL_EMAIL |
	    1u << COL_PHONE | 1u << COL_ORG | 1u << COL_JOB,
};

struct imp {
	struct core		*c;
	enum import_kind	 kind;
	int			 only_clean;
	struct import_report	*rep;
	void			(*progress)(size_t, void *);
	void			*arg;
	char			*field[MAXCOLS];	/* from malloc() */
	size_t			 nfield;
	int			 map[MAXCOLS];	/* column -> enum col, -1 */
	int			 header_done;
	int			 fatal;		/* stop: a fault or bad header */
	int			 fault;		/* the core error of a fault */
	size_t			 line;		/* line the row starts on */
	size_t			 newlines;	/* inside this row's fields */
};

/* A problem of the report (a copy); one that no memory holds is left
 * out, as the count of bad rows still tells. */
static void
problem(struct imp *m, size_t line, const char *field, const char *msg)
{
	struct import_report	*r = m->rep;
	struct import_problem	*p;

	if ((p = store_int_grow((void **)&r->problems, &r->nproblems,
	    sizeof(*p))) == NULL)
		return;
	p->line = line;
	p->field = strdup(field != NULL ? field : "");
	p->message = strdup(msg != NULL ? msg : "");
	if (p->field == NULL || p->message == NULL) {
		free(p->field);
		free(p->message);
		r->nproblems--;
	}
}

static void
on_field(void *data, size_t len, void *ctx)
{
	struct imp	*m = ctx;
	char		*f, *p, *e;
	size_t		 i;

	for (i = 0; i < len; i++)
		if (((char *)data)[i] == '\n')
			m->newlines++;
	if (m->nfield >= MAXCOLS) {
		m->nfield++;
		return;
	}
	if ((f = malloc(len + 1)) == NULL) {
		m->fatal = 1;
		return;
	}
	if (len > 0)
		memcpy(f, data, len);
	f[len] = '\0';
	/* Trim the spaces Excel users leave around values. */
	for (p = f; isspace((unsigned char)*p); p++)
		continue;
	e = p + strlen(p);
	while (e > p && isspace((unsigned char)e[-1]))
		*--e = '\0';
	memmove(f, p, strlen(p) + 1);
	m->field[m->nfield++] = f;
}

static const char *
cell(const struct imp *m, enum col col)
{
	size_t i;

	for (i = 0; i < m->nfield && i < MAXCOLS; i++)
		if (m->map[i] == (int)col)
			return m->field[i][0] != '\0' ? m->field[i] : NULL;
	return NULL;
}

static void
header(struct imp *m)
{
	char		 norm[64], msg[400];
	const char	*f;
	size_t		 i, k, n;
	int		 c, j;

	m->header_done = 1;
	for (i = 0; i < m->nfield && i < MAXCOLS; i++) {
		f = m->field[i];
		/* Excel's "CSV UTF-8" starts with a byte-order mark. */
		if (i == 0 && strncmp(f, "\xef\xbb\xbf", 3) == 0)
			f += 3;
		for (n = 0, k = 0; f[k] != '\0' && n + 1 < sizeof(norm); k++)
			norm[n++] = f[k] == '_' ? ' ' :
			    (char)tolower((unsigned char)f[k]);
		norm[n] = '\0';
		m->map[i] = -1;
		for (c = 0; c < COL__MAX; c++)
			if ((accepts[m->kind] & (1u << c)) &&
			    strcmp(norm, col_names[c]) == 0)
				m->map[i] = c;
		if (m->map[i] < 0 && norm[0] != '\0') {
			/* The name is the user's and of any length: shown
			 * only when short, and each piece is bounded. */
			if (strlen(f) <= 60)
				n = (size_t)snprintf(msg, sizeof(msg), "column "
				    "'%s' is not known; accepted columns are",
				    f);
			else
				n = (size_t)snprintf(msg, sizeof(msg), "column "
				    "%zu has a name that is not known; "
				    "accepted columns are", i + 1);
			for (c = 0, j = 0; c < COL__MAX && n < sizeof(msg);
			    c++)
				if (accepts[m->kind] & (1u << c))
					n += (size_t)snprintf(msg + n,
					    sizeof(msg) - n, "%s %s",
					    j++ ? "," : "", col_names[c]);
			problem(m, m->line, strlen(f) <= 60 ? f : "header",
			    msg);
			m->fatal = 1;
		}
	}
	if (!m->fatal && m->nfield > MAXCOLS) {
		problem(m, m->line, "header", "too many columns; at most 16");
		m->fatal = 1;
	}
	for (i = 0; !m->fatal && i < m->nfield; i++)
		if (m->map[i] == COL_NAME)
			return;
	if (!m->fatal) {
		problem(m, m->line, "name", "the header has no 'name' column; "
		    "the first row must name the columns");
		m->fatal = 1;
	}
}

static void
row(struct imp *m)
{
	struct core	*c = m->c;
	const char	*infra;
	int64_t		 id;
	size_t		 i;
	int		 rc;

	for (i = 0; i < m->nfield && i < MAXCOLS; i++)
		/* Excel's plain "CSV" is Windows-1252, which is not. */
		if (!text_utf8(m->field[i], strlen(m->field[i]))) {
			problem(m, m->line, "file", "the text is not UTF-8; "
			    "in Excel save as 'CSV UTF-8 (Comma delimited)'");
			m->rep->bad++;
			return;
		}
	if (m->nfield > MAXCOLS) {
		problem(m, m->line, "row", "too many cells; at most 16");
		m->rep->bad++;
		return;
	}
	if (m->kind == IMPORT_ORGANISATIONS) {
		struct org_in in = { cell(m, COL_NAME), cell(m, COL_SHORT),
		    cell(m, COL_SECTOR), cell(m, COL_LEGAL),
		    cell(m, COL_IDENT), cell(m, COL_GEO), cell(m, COL_EMAIL),
		    0 };

		infra = cell(m, COL_INFRA);
		if (infra != NULL && strcasecmp(infra, "yes") != 0 &&
		    strcasecmp(infra, "no") != 0) {
			problem(m, m->line, "infrastructure", "infrastructure "
			    "must be yes or no");
			m->rep->bad++;
			return;
		}
		in.infrastructure = infra != NULL &&
		    strcasecmp(infra, "yes") == 0;
		rc = core_org_add(c, &in, &id);
	} else {
		struct person_in in = { cell(m, COL_NAME), cell(m, COL_EMAIL),
		    cell(m, COL_PHONE), cell(m, COL_ORG), cell(m, COL_JOB) };

		rc = core_person_add(c, &in, &id);
	}
	if (rc == CORE_OK) {
		m->rep->imported++;
		return;
	}
	if (rc == CORE_EFAULT || rc == CORE_EBUSY) {
		m->fault = rc;
		m->fatal = 1;
		return;
	}
	problem(m, m->line, c->field[0] ? c->field : "row", c->err);
	m->rep->bad++;
}

static void
on_row(int term, void *ctx)
{
	struct imp	*m = ctx;
	size_t		 i, filled = 0;

	(void)term;
	for (i = 0; i < m->nfield && i < MAXCOLS; i++)
		filled += m->field[i][0] != '\0';
	if (!m->fatal) {
		if (!m->header_done)
			header(m);
		else if (filled > 0) {	/* Excel leaves ,,,, rows */
			m->rep->rows++;
			row(m);
			if (m->progress != NULL && m->rep->rows % 1000 == 0)
				m->progress(m->rep->rows, m->arg);
		}
	}
	for (i = 0; i < m->nfield && i < MAXCOLS; i++)
		free(m->field[i]);
	m->nfield = 0;
	m->line += 1 + m->newlines;
	m->newlines = 0;
}

void
core_import_report_free(struct import_report *r)
{
	size_t i;

	for (i = 0; i < r->nproblems; i++) {
		free(r->problems[i].field);
		free(r->problems[i].message);
	}
	free(r->problems);
	r->problems = NULL;
	r->nproblems = 0;
}

int
core_import_csv(struct core *c, enum import_kind kind, const char *path,
    int only_clean, struct import_report *rep,
    void (*progress)(size_t, void *), void *arg)
{
	struct csv_parser	 p;
	struct imp		 m;
	FILE			*f;
	char			 buf[65536];
	size_t			 n;
	int			 rc;

	memset(rep, 0, sizeof(*rep));
	m = (struct imp){ .c = c, .kind = kind, .only_clean = only_clean,
	    .rep = rep, .progress = progress, .arg = arg, .line = 1 };
	if ((f = fopen(path, "rb")) == NULL)
		return core_fail(c, CORE_EINVAL, "file", "cannot read %s: %s",
		    path, strerror(errno));
	if (csv_init(&p, CSV_APPEND_NULL) != 0) {
		fclose(f);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	if ((rc = core_begin(c)) != CORE_OK) {
		csv_free(&p);
		fclose(f);
		return rc;
	}
	while (!m.fatal && (n = fread(buf, 1, sizeof(buf), f)) > 0)
		if (csv_parse(&p, buf, n, on_field, on_row, &m) != n) {
			problem(&m, m.line, "file", csv_strerror(
			    csv_error(&p)));
			rep->bad++;
			m.fatal = 1;
		}
	if (!m.fatal && ferror(f)) {
		problem(&m, m.line, "file", "the file could not be read to "
		    "the end");
		m.fatal = 1;
	}
	if (!m.fatal)
		csv_fini(&p, on_field, on_row, &m);
	csv_free(&p);
	for (n = 0; n < m.nfield && n < MAXCOLS; n++)
		free(m.field[n]);
	fclose(f);
	if (m.fault)
		rc = m.fault;
	else if (m.fatal)
		rc = core_fail(c, CORE_EINVAL, "file", "%s was not imported: "
		    "the file cannot be read as %s (see the problems)", path,
		    kind == IMPORT_ORGANISATIONS ? "organisations" : "people");
	else if (!m.header_done)
		rc = core_fail(c, CORE_EINVAL, "file", "%s is empty; expected "
		    "a header row and a row per record", path);
	else if (rep->bad > 0 && !only_clean)
		rc = core_fail(c, CORE_EINVAL, "file", "%s was not imported: "
		    "%zu of %zu rows have problems; fix them and import "
		    "again, or import only the clean rows with --only-clean",
		    path, rep->bad, rep->rows);
	else
		rc = CORE_OK;
	if (rc != CORE_OK)
		rep->imported = 0;
	return core_end(c, rc);
}
