/*
 * funding: contracts, grants and small grants from the partners to
 * sector organisations, with their length against the aim of the
 * constitution (SC-contract, MS-3.4.2, MS-3.6.3), each partner's spend
 * beside its aspiration and plan (TP-3a), and the grants shaped to the
 * 360Giving Data Standard.
 *
 * A year is the calendar year in which the funding was awarded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "core_partners.h"
#include "rules/orgid.h"
#include "rules/compact.h"
#include "rules/date.h"
#include "store/rec_partners.h"
#include "store/store.h"

static const char *const kinds[] = { "contract", "grant", "small-grant" };
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

static int
kind_ok(const char *k)
{
	size_t i;

	for (i = 0; k != NULL && i < NKINDS; i++)
		if (strcmp(k, kinds[i]) == 0)
			return 1;
	return 0;
}

static int
money(struct core *c, const char *field, const char *v, int zero_ok,
    long long *pence)
{
	if (v == NULL || rules_money_parse(v, pence) != 0)
		return core_fail(c, CORE_EINVAL, field, "%s '%s' is not "
		    "accepted; expected an amount in pounds such as 12500 or "
		    "12,500.50, not negative", field, v != NULL ? v : "");
	if (!zero_ok && *pence == 0)
		return core_fail(c, CORE_EINVAL, field, "the %s is 0; "
		    "expected more than nothing", field);
	return CORE_OK;
}

/* Months and band of a record of the funding list, added to it. */
static void
length_of(struct core *c, struct rec_funding *f)
{
	int a, b;

	date_parse(f->starts, &a);
	date_parse(f->ends, &b);
	f->months = rules_funding_months(a, b);
	f->length = rules_funding_band(&c->cons, f->months);
}

int
core_funding_add(struct core *c, const struct funding_in *in, int64_t *id,
    struct check_flag_list *flags)
{
	struct rec_org	 fo = { 0 };
	struct rec_org	 ro = { 0 };
	const char	*rule;
	char		 st[DATE_LEN], en[DATE_LEN], aw[DATE_LEN];
	long long	 pence;
	int		 rc, a, b, m;

	memset(flags, 0, sizeof(*flags));
	if (!kind_ok(in->kind))
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; expected contract, grant or small-grant",
		    in->kind != NULL ? in->kind : "");
	if ((rc = core_int_text(c, "title", in->title, 1, 300)) ||
	    (rc = core_int_body(c, "description", in->description, 0,
	    4000)) || (rc = core_int_text(c, "reference", in->reference, 0,
	    100)) || (rc = money(c, "amount", in->amount, 0, &pence)))
		return rc;
	if (in->starts == NULL || in->ends == NULL)
		return core_fail(c, CORE_EINVAL, in->starts == NULL ? "starts" :
		    "ends", "the %s date is missing; expected YYYY-MM-DD",
		    in->starts == NULL ? "start" : "end");
	if ((rc = core_int_date(c, "starts", in->starts, st)) ||
	    (rc = core_int_date(c, "ends", in->ends, en)) ||
	    (rc = core_int_date(c, "awarded", in->awarded != NULL ?
	    in->awarded : st, aw)))
		return rc;
	if (strcmp(en, st) < 0)
		return core_fail(c, CORE_EINVAL, "ends", "the funding ends "
		    "(%s) before it starts (%s); expected a later date", en,
		    st);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	/* The field at fault is the funder or the recipient. */
	if ((rc = core_int_find_org(c, in->funder, &fo)) != CORE_OK) {
		snprintf(c->field, sizeof(c->field), "funder");
		goto out;
	}
	if ((rc = core_int_find_org(c, in->recipient, &ro)) != CORE_OK) {
		snprintf(c->field, sizeof(c->field), "recipient");
		goto out;
	}
	/* TP-3a: the public bodies' spend with the sector. */
	if (fo.sector != SECTOR_PUBLIC) {
		rc = core_fail(c, CORE_EINVAL, "funder", "%s is not a public "
		    "body; the register holds the public bodies' funding of "
		    "the sector", fo.name);
		goto out;
	}
	if (ro.sector != SECTOR_VCSE) {
		rc = core_fail(c, CORE_EINVAL, "recipient", "%s is not a "
		    "voluntary, community or social enterprise organisation; "
		    "the register holds funding to the sector",
		    ro.name);
		goto out;
	}
	if (fo.id == ro.id) {
		rc = core_fail(c, CORE_EINVAL, "recipient", "%s cannot fund "
		    "itself; expected another organisation", ro.name);
		goto out;
	}
	rc = store_exec(c->st, STMT_FUNDING_INSERT, "lsllsslssssss", c->arr,
	    in->kind, fo.id, ro.id, in->title, text_given(in->description),
	    (int64_t)pence, aw, st, en, text_given(in->reference), c->actor,
	    c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the funding");
		goto out;
	}
	*id = store_last_id(c->st);
	date_parse(st, &a);
	date_parse(en, &b);
	m = rules_funding_months(a, b);
	/* SC-contract, MS-3.4.2, MS-3.6.3: shorter is accepted, counted,
	 * and flagged under the arrangement's own id. */
	rule = rules_id(&c->cons, strcmp(in->kind, "contract") == 0 ?
	    DUTY_FUNDING : DUTY_GRANT, -1);
	if (rules_funding_band(&c->cons, m) == FUNDING_SHORT && rule !=
	    NULL && check_flag_add(flags, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
	    "runs %d months, under the aim of %d years", m,
	    constitution_int(&c->cons, "funding.min_years")) != 0) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	rc = core_auditf(c, "funding.add", "funding", *id,
	    "{s:s, s:s, s:s, s:I, s:s, s:s}", "kind", in->kind, "funder",
	    fo.name, "recipient", ro.name, "amount_pence", (int64_t)pence,
	    "starts", st, "ends", en);
out:
	rec_org_clear(&fo);
	rec_org_clear(&ro);
	return core_int_end_flags(c, rc, flags);
}

int
core_funding_read(struct core *c, const struct viewer *v, int year,
    struct rec_funding_list *out)
{
	char	 from[16], to[16];
	size_t	 i;
	int	 rc;

	(void)v;	/* the funding register is public */
	memset(out, 0, sizeof(*out));
	if ((rc = core_int_year(c, year, from, to)) != CORE_OK)
		return rc;
	rc = store_funding_list(c->st, c->arr, from, to, out);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the funding");
	for (i = 0; i < out->n; i++)
		length_of(c, &out->v[i]);
	return CORE_OK;
}

int
core_spend_aim(struct core *c, const char *org, int year,
    const char *amount, const char *plan)
{
	struct rec_org	 o = { 0 };
	char		 from[16], to[16];
	long long	 pence;
	int		 rc;

	if ((rc = core_int_year(c, year, from, to)) ||
	    (rc = money(c, "amount", amount, 1, &pence)) ||
	    (rc = core_int_body(c, "plan", plan, 1, 8000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_org(c, org, &o)) != CORE_OK)
		goto out;
	if (o.sector != SECTOR_PUBLIC) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "public body; the aspiration is a public body's spend with "
		    "the sector (TP-3a)", o.name);
		goto out;
	}
	rc = store_exec(c->st, STMT_AIM_UPSERT, "llilsss", c->arr,
	    o.id, year, (int64_t)pence, plan, c->actor, c->now);
	rc = core_audited(c, rc, "recording the aspiration", "spend.aim",
	    "organisation", o.id, "{s:s, s:i, s:I}", "organisation", o.name,
	    "year", year, "amount_pence", (int64_t)pence);
out:
	rec_org_clear(&o);
	return core_end(c, rc);
}

/* The partner's row of the spend table, made on first sight (the
 * table has room for every row of funding and of aims). */
static struct spend_partner *
partner_row(struct spend_view *sv, const char *name)
{
	struct spend_partner	*p;
	size_t			 i;

	for (i = 0; i < sv->npartners; i++)
		if (strcmp(sv->partners[i].organisation, name) == 0)
			return &sv->partners[i];
	p = &sv->partners[sv->npartners];
	if ((p->organisation = strdup(name)) == NULL)
		return NULL;
	sv->npartners++;
	return p;
}

static size_t
kind_index(const char *k)
{
	size_t i;

	for (i = 0; i < NKINDS; i++)
		if (strcmp(k, kinds[i]) == 0)
			return i;
	return 0;	/* the table's CHECK allows no other */
}

void
spend_view_free(struct spend_view *sv)
{
	size_t i;

	if (sv == NULL)
		return;
	for (i = 0; i < sv->npartners; i++) {
		free(sv->partners[i].organisation);
		free(sv->partners[i].plan);
	}
	free(sv->partners);
	rec_funding_list_free(&sv->funding);
	memset(sv, 0, sizeof(*sv));
}

/* TP-3a: by partner and by contracts, grants and small grants, beside
 * each aspiration and plan. */
static int
spend_table(struct spend_view *sv, const struct rec_spend_aim_list *aims)
{
	struct spend_partner	*p;
	struct rec_funding	*f;
	size_t			 i, k;

	sv->partners = calloc(sv->funding.n + aims->n + 1,
	    sizeof(*sv->partners));
	if (sv->partners == NULL)
		return -1;
	for (i = 0; i < sv->funding.n; i++) {
		f = &sv->funding.v[i];
		k = kind_index(f->kind);
		if ((p = partner_row(sv, f->funder)) == NULL)
			return -1;
		p->by_kind[k] += f->amount_pence;
		p->total_pence += f->amount_pence;
		sv->by_kind[k] += f->amount_pence;
		/* SC-contract, MS-3.4.2, MS-3.6.3: counted by length. */
		sv->lengths[f->length]++;
	}
	for (i = 0; i < aims->n; i++) {
		if ((p = partner_row(sv, aims->v[i].organisation)) == NULL)
			return -1;
		p->has_aim = 1;
		p->aim_pence = aims->v[i].amount_pence;
		free(p->plan);
		if (aims->v[i].plan != NULL &&
		    (p->plan = strdup(aims->v[i].plan)) == NULL)
			return -1;
	}
	for (i = 0; i < sv->npartners; i++)
		sv->total_pence += sv->partners[i].total_pence;
	return 0;
}

int
core_spend_read(struct core *c, const struct viewer *v, int year,
    struct spend_view *sv)
{
	struct rec_spend_aim_list	 aims = { NULL, 0 };
	const char			*rc_c, *rc_g;
	int				 rc;

	memset(sv, 0, sizeof(*sv));
	if ((rc = core_funding_read(c, v, year, &sv->funding)) != CORE_OK)
		return rc;
	rc = store_spend_aims(c->st, c->arr, year, &aims);
	if (rc != STORE_OK) {
		spend_view_free(sv);
		return core_store_fail(c, rc, "reading the aspirations");
	}
	sv->year = year;
	rc = spend_table(sv, &aims);
	rec_spend_aim_list_free(&aims);
	if (rc != 0) {
		spend_view_free(sv);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	sv->min_years = constitution_int(&c->cons, "funding.min_years");
	sv->max_years = constitution_int(&c->cons, "funding.max_years");
	sv->published = strcmp(constitution_text(&c->cons,
	    "funding.publish_spend"), "yes") == 0;
	/* The arrangement's own ids for funding length, if it has any
	 * (SC-contract; MS-3.4.2 and MS-3.6.3). */
	rc_c = rules_id(&c->cons, DUTY_FUNDING, -1);
	rc_g = rules_id(&c->cons, DUTY_GRANT, -1);
	if (rc_c != NULL && rc_g != NULL && strcmp(rc_c, rc_g) != 0)
		snprintf(sv->rules, sizeof(sv->rules), "%s, %s", rc_c, rc_g);
	else if (rc_c != NULL || rc_g != NULL)
		snprintf(sv->rules, sizeof(sv->rules), "%s", rc_c != NULL ?
		    rc_c : rc_g);
	return CORE_OK;
}

int
core_funding_grants(struct core *c, const struct viewer *v, int year,
    const char *prefix, struct rec_funding_list *out, char pre[120])
{
	struct rec_funding	*f;
	char			 why[256];
	size_t			 i, n;
	int			 rc;

	memset(out, 0, sizeof(*out));
	if (text_blank(prefix))
		snprintf(pre, 120, "360G-%s", c->arr_slug);
	else {
		/* 360Giving: identifiers start 360G- and the publisher's
		 * prefix; letters, digits and - only. */
		if (strncmp(prefix, "360G-", 5) != 0 || strlen(prefix) < 6 ||
		    strlen(prefix) >= 120 || strspn(prefix,
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		    "0123456789-") != strlen(prefix))
			return core_fail(c, CORE_EINVAL, "prefix", "prefix "
			    "'%s' is not accepted; expected the publisher's "
			    "360Giving prefix such as 360G-staffscc", prefix);
		snprintf(pre, 120, "%s", prefix);
	}
	if ((rc = core_funding_read(c, v, year, out)) != CORE_OK)
		return rc;
	for (i = n = 0; i < out->n; i++) {
		f = &out->v[i];
		/* 360Giving is for grants. */
		if (strcmp(f->kind, "contract") == 0) {
			rec_funding_clear(f);
			continue;
		}
		/* An org-id only when it has the shape of an org-id.guide
		 * list's (one recorded before a list was checked may not);
		 * render gives the others one under the prefix. */
		if (f->funder_identifier != NULL && rules_orgid_check(
		    f->funder_identifier, why, sizeof(why)) != 0) {
			free(f->funder_identifier);
			f->funder_identifier = NULL;
		}
		if (f->recipient_identifier != NULL && rules_orgid_check(
		    f->recipient_identifier, why, sizeof(why)) != 0) {
			free(f->recipient_identifier);
			f->recipient_identifier = NULL;
		}
		out->v[n++] = *f;
	}
	out->n = n;
	/* A 360Giving package holds at least one grant: a year without
	 * one is refused, never written as an invalid file. */
	if (n == 0) {
		rec_funding_list_free(out);
		return core_fail(c, CORE_ENOTFOUND, "year", "%d has no grants "
		    "or small grants to publish as 360Giving data (contracts "
		    "are not grants); a 360Giving file needs at least one",
		    year);
	}
	return CORE_OK;
}
