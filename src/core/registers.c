/*
 * Registers drawn from live data, never typed twice: appendix B (forums,
 * SA-5.6), appendix C (representatives, SA-9.1), the central record of
 * members (SA-3.2) and the signatories of the agreement in force.  They
 * are public: every viewer sees the same.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "own.h"
#include "store/rec_registry.h"
#include "store/store.h"

/* "Garry Jones (SuS)", the way the seeds' appendices write holders;
 * NULL for no memory. */
static char *
holder_label(const char *person, const char *short_name, const char *org)
{
	const char	*o = short_name != NULL ? short_name : org;
	char		*s;

	if (asprintf(&s, "%s%s%s%s", person != NULL ? person : "",
	    o != NULL ? " (" : "", o != NULL ? o : "", o != NULL ? ")" : "")
	    < 0)
		return NULL;
	return s;
}

/* Appendix B writes "Chair / Vice-chair", interim marked, and the
 * support organisation with its officer: the same for every reader. */
static int
labels(struct rec_forum *f)
{
	const char *ch = f->chair, *vc = f->vice_chair;
	const char *so = f->support_short, *of = f->support_officer;

	if (asprintf(&f->chair_label, "%s%s%s%s%s", ch ? ch : "vacant",
	    f->chair_interim ? " interim" : "", vc ? " / " : "", vc ? vc : "",
	    f->vice_chair_interim ? " interim" : "") < 0) {
		f->chair_label = NULL;
		return -1;
	}
	if (so == NULL)
		so = f->support_organisation;
	if (asprintf(&f->support, "%s%s%s", so ? so : "", so && of ? " " : "",
	    of ? of : "") < 0) {
		f->support = NULL;
		return -1;
	}
	return 0;
}

/* The forum's chair and vice-chair in office. */
static int
officers(struct core *c, struct rec_forum *f)
{
	struct rec_office_list	 offs = { NULL, 0 };
	struct rec_office	*o;
	char			**to;
	size_t			 j;
	int			 rc;

	if ((rc = store_office_current(c->st, f->id, &offs)) != STORE_OK)
		return core_store_fail(c, rc, "reading offices");
	rc = CORE_OK;
	for (j = 0; j < offs.n && rc == CORE_OK; j++) {
		o = &offs.v[j];
		if (strcmp(o->office, "chair") == 0) {
			to = &f->chair;
			f->chair_interim = o->interim;
			free(f->chair_term_end);
			f->chair_term_end = o->term_end;
			o->term_end = NULL;
		} else {
			to = &f->vice_chair;
			f->vice_chair_interim = o->interim;
		}
		free(*to);
		if ((*to = holder_label(o->person, o->short_name,
		    o->organisation)) == NULL)
			rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	rec_office_list_free(&offs);
	if (rc == CORE_OK && labels(f) != 0)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	return rc;
}

int
core_register_forums(struct core *c, const struct viewer *v,
    struct rec_forum_list *out)
{
	size_t	i;
	int	rc;

	(void)v;
	if ((rc = store_forum_register(c->st, c->arr, out)) != STORE_OK)
		return core_store_fail(c, rc, "reading the forum register");
	for (i = 0; i < out->n; i++)
		if ((rc = officers(c, &out->v[i])) != CORE_OK) {
			rec_forum_list_free(out);
			return rc;
		}
	return CORE_OK;
}

/* "2022-2025", "from 2023", or "TBC" as appendix C writes terms. */
static char *
term_label(const struct rec_position_entry *p)
{
	const struct rec_appointment	*h;
	char				 buf[32];

	if (p->reps.n == 0)
		return strdup("TBC");
	h = &p->reps.v[0];
	/* Appendix C: an appointment without a term is "n/a"; an
	 * election whose term is not yet set is "TBC". */
	if (h->term_start == NULL && h->term_end == NULL)
		return strdup(p->p.method != NULL &&
		    strcmp(p->p.method, "appointed") == 0 ? "n/a" : "TBC");
	if (h->term_end == NULL)
		snprintf(buf, sizeof(buf), "from %.4s", h->term_start);
	else
		snprintf(buf, sizeof(buf), "%.4s-%.4s", h->term_start != NULL ?
		    h->term_start : "?", h->term_end);
	return strdup(buf);
}

/* The position's current holders, representatives apart from deputies. */
static int
holders(struct core *c, struct rec_position_entry *p)
{
	struct rec_appointment_list	 all = { NULL, 0 };
	struct rec_appointment_list	*to;
	struct rec_appointment		*a;
	size_t				 j;
	int				 rc;

	if ((rc = store_appt_current(c->st, p->p.id, &all)) != STORE_OK)
		return core_store_fail(c, rc, "reading appointments");
	if (all.n > 0 && ((p->reps.v = calloc(all.n, sizeof(*a))) == NULL ||
	    (p->deps.v = calloc(all.n, sizeof(*a))) == NULL)) {
		rec_appointment_list_free(&all);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	for (j = 0; j < all.n; j++) {
		a = &all.v[j];
		to = a->role != NULL && strcmp(a->role, "deputy") == 0 ?
		    &p->deps : &p->reps;
		a->holder = holder_label(a->person, a->short_name,
		    a->organisation);
		to->v[to->n++] = *a;
		memset(a, 0, sizeof(*a));
	}
	free(all.v);
	if ((p->term = term_label(p)) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	for (j = 0; j < p->reps.n; j++)
		if (p->reps.v[j].holder == NULL)
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	for (j = 0; j < p->deps.n; j++)
		if (p->deps.v[j].holder == NULL)
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	return CORE_OK;
}

int
core_register_positions(struct core *c, const struct viewer *v,
    struct rec_position_list *out)
{
	size_t	i;
	int	rc;

	(void)v;
	if ((rc = store_pos_register(c->st, c->arr, out)) != STORE_OK)
		return core_store_fail(c, rc, "reading the position register");
	for (i = 0; i < out->n; i++)
		if ((rc = holders(c, &out->v[i])) != CORE_OK) {
			rec_position_list_free(out);
			return rc;
		}
	/* SA-9.1 ended terms, SA-D2.8 stepping back (represent.c). */
	if ((rc = core_int_register_own(c, out)) != CORE_OK)
		rec_position_list_free(out);
	return rc;
}

int
core_register_members(struct core *c, const struct viewer *v,
    struct rec_membership_list *out)
{
	int rc;

	(void)v;
	rc = store_memb_register(c->st, c->arr, out);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the member register");
}

int
core_register_signatories(struct core *c, const struct viewer *v,
    struct rec_signatory_list *out)
{
	const char	*docs[16];
	size_t		 n;
	int		 rc;

	(void)v;
	if ((rc = store_decl_list(c->st, c->arr, out)) != STORE_OK)
		return core_store_fail(c, rc, "reading the signatories");
	/* MS-3.1: signing adopts these too. */
	n = constitution_list(&c->cons, "arrangement.adopts", docs, 16);
	if (n > 16)
		n = 16;
	if (n > 0 && (out->adopts = calloc(n, sizeof(char *))) == NULL) {
		rec_signatory_list_free(out);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	if (n > 0)
		memcpy(out->adopts, docs, n * sizeof(char *));
	out->nadopts = n;
	return CORE_OK;
}
