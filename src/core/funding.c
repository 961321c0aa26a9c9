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
#include "rules/orgid.h"
#include "rules/compact.h"
#include "rules/date.h"
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

/* Months and band of a row of STMT_FUNDING_LIST, added to it. */
static void
length_of(struct core *c, json_t *f)
{
	static const char *const band[] = { "aim", "short", "long" };
	int a, b, m;

	date_parse(jstr(f, "starts"), &a);
	date_parse(jstr(f, "ends"), &b);
	m = rules_funding_months(a, b);
	json_object_set_new(f, "months", json_integer(m));
	json_object_set_new(f, "length", json_string(
	    band[rules_funding_band(&c->cons, m)]));
}

int
core_funding_add(struct core *c, const struct funding_in *in, int64_t *id,
    json_t **flags)
{
	struct rec_org	 fo = { 0 };
	struct rec_org	 ro = { 0 };
	json_t		*d;
	const char	*rule;
	char		 st[DATE_LEN], en[DATE_LEN], aw[DATE_LEN];
	long long	 pence;
	int		 rc, a, b, m;

	*flags = NULL;
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
	    in->kind, fo.id, ro.id, in->title,
	    core_int_blank(in->description) ? NULL : in->description,
	    (int64_t)pence, aw, st, en, core_int_blank(in->reference) ? NULL :
	    in->reference, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the funding");
		goto out;
	}
	*id = store_last_id(c->st);
	*flags = json_array();
	date_parse(st, &a);
	date_parse(en, &b);
	m = rules_funding_months(a, b);
	/* SC-contract, MS-3.4.2, MS-3.6.3: shorter is accepted, counted,
	 * and flagged under the arrangement's own id. */
	rule = rules_id(&c->cons, strcmp(in->kind, "contract") == 0 ?
	    DUTY_FUNDING : DUTY_GRANT, -1);
	if (rules_funding_band(&c->cons, m) == FUNDING_SHORT && rule != NULL)
		json_array_append_new(*flags, json_sprintf("%s runs %d months, "
		    "under the aim of %d years", rule, m, constitution_int(
		    &c->cons, "funding.min_years")));
	d = json_pack("{s:s, s:s, s:s, s:I, s:s, s:s}", "kind", in->kind,
	    "funder", fo.name, "recipient", ro.name,
	    "amount_pence", (json_int_t)pence, "starts", st, "ends", en);
	rc = core_audit(c, "funding.add", "funding", *id, d);
	json_decref(d);
out:
	rec_org_clear(&fo);
	rec_org_clear(&ro);
	rc = core_end(c, rc);
	if (rc != CORE_OK) {
		json_decref(*flags);
		*flags = NULL;
	}
	return rc;
}

int
core_funding_list(struct core *c, int year, json_t **out)
{
	json_t	*f;
	char	 from[16], to[16];
	size_t	 i;
	int	 rc;

	*out = NULL;
	if ((rc = core_int_year(c, year, from, to)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, out, STMT_FUNDING_LIST, "lss", c->arr, from,
	    to);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the funding");
	json_array_foreach(*out, i, f)
		length_of(c, f);
	return CORE_OK;
}

int
core_spend_aim(struct core *c, const char *org, int year,
    const char *amount, const char *plan)
{
	struct rec_org	 o = { 0 };
	json_t		*d;
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
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the aspiration");
		goto out;
	}
	d = json_pack("{s:s, s:i, s:I}", "organisation", o.name,
	    "year", year, "amount_pence", (json_int_t)pence);
	rc = core_audit(c, "spend.aim", "organisation", o.id, d);
	json_decref(d);
out:
	rec_org_clear(&o);
	return core_end(c, rc);
}

/* The partner's row of the spend table, made on first sight. */
static json_t *
partner_row(json_t *partners, const char *name)
{
	json_t	*p;
	size_t	 i, k;

	json_array_foreach(partners, i, p)
		if (strcmp(jstr(p, "organisation"), name) == 0)
			return p;
	p = json_pack("{s:s, s:I}", "organisation", name, "total_pence",
	    (json_int_t)0);
	for (k = 0; k < NKINDS; k++)
		json_object_set_new(p, kinds[k], json_integer(0));
	json_array_append_new(partners, p);
	return p;
}

static void
add_to(json_t *o, const char *key, json_int_t v)
{
	json_object_set_new(o, key, json_integer(json_integer_value(
	    json_object_get(o, key)) + v));
}

int
core_spend(struct core *c, int year, json_t **out)
{
	json_t		*rows = NULL, *aims = NULL, *f, *a, *p, *partners,
			*kindt, *len;
	const char	*rc_c, *rc_g;
	json_int_t	 amt;
	size_t		 i, k;
	int		 rc;

	*out = NULL;
	if ((rc = core_funding_list(c, year, &rows)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, &aims, STMT_AIM_LIST, "li", c->arr, year);
	if (rc != STORE_OK) {
		json_decref(rows);
		return core_store_fail(c, rc, "reading the aspirations");
	}
	partners = json_array();
	kindt = json_object();
	for (k = 0; k < NKINDS; k++)
		json_object_set_new(kindt, kinds[k], json_integer(0));
	len = json_pack("{s:i, s:i, s:i}", "aim", 0, "short", 0, "long", 0);
	/* TP-3a: by partner and by contracts, grants and small grants. */
	json_array_foreach(rows, i, f) {
		amt = json_integer_value(json_object_get(f, "amount_pence"));
		p = partner_row(partners, jstr(f, "funder"));
		add_to(p, jstr(f, "kind"), amt);
		add_to(p, "total_pence", amt);
		add_to(kindt, jstr(f, "kind"), amt);
		/* SC-contract, MS-3.4.2, MS-3.6.3: counted by length. */
		add_to(len, jstr(f, "length"), 1);
	}
	json_array_foreach(aims, i, a) {
		p = partner_row(partners, jstr(a, "organisation"));
		json_object_set(p, "aim_pence", json_object_get(a,
		    "amount_pence"));
		json_object_set(p, "plan", json_object_get(a, "plan"));
	}
	amt = 0;
	json_array_foreach(partners, i, p)
		amt += json_integer_value(json_object_get(p, "total_pence"));
	*out = json_pack("{s:i, s:I, s:o, s:o, s:o, s:o, s:i, s:i, s:b}",
	    "year", year, "total_pence", amt, "by_kind", kindt, "partners",
	    partners, "lengths", len, "funding", rows, "min_years",
	    constitution_int(&c->cons, "funding.min_years"), "max_years",
	    constitution_int(&c->cons, "funding.max_years"), "published",
	    strcmp(constitution_text(&c->cons, "funding.publish_spend"),
	    "yes") == 0);
	/* The arrangement's own ids for funding length, if it has any
	 * (SC-contract; MS-3.4.2 and MS-3.6.3). */
	rc_c = rules_id(&c->cons, DUTY_FUNDING, -1);
	rc_g = rules_id(&c->cons, DUTY_GRANT, -1);
	if (rc_c != NULL && rc_g != NULL && strcmp(rc_c, rc_g) != 0)
		json_object_set_new(*out, "rules", json_sprintf("%s, %s",
		    rc_c, rc_g));
	else if (rc_c != NULL || rc_g != NULL)
		json_object_set_new(*out, "rules", json_string(rc_c != NULL ?
		    rc_c : rc_g));
	json_decref(aims);
	return CORE_OK;
}

/* An organisation's identifier: its org-id when it has the shape of an
 * org-id.guide list's (one recorded before a list was checked may
 * not), else one under prefix. */
static json_t *
org_360(const char *prefix, const char *ident, int64_t id, const char *name)
{
	json_t	*o;
	char	 own[160], why[256];

	if (ident != NULL && rules_orgid_check(ident, why, sizeof(why)) != 0)
		ident = NULL;
	snprintf(own, sizeof(own), "%s-ORG-%lld", prefix, (long long)id);
	o = json_pack("{s:s, s:s}", "id", ident != NULL ? ident : own,
	    "name", name);
	return json_pack("[o]", o);
}

int
core_funding_360(struct core *c, int year, const char *prefix, json_t **out)
{
	json_t		*rows = NULL, *f, *g, *grants;
	char		 pre[120], ident[160];
	const char	*s;
	json_int_t	 p;
	size_t		 i;
	int		 rc;

	*out = NULL;
	if (core_int_blank(prefix))
		snprintf(pre, sizeof(pre), "360G-%s", c->arr_slug);
	else {
		/* 360Giving: identifiers start 360G- and the publisher's
		 * prefix; letters, digits and - only. */
		if (strncmp(prefix, "360G-", 5) != 0 || strlen(prefix) < 6 ||
		    strlen(prefix) >= sizeof(pre) || strspn(prefix,
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		    "0123456789-") != strlen(prefix))
			return core_fail(c, CORE_EINVAL, "prefix", "prefix "
			    "'%s' is not accepted; expected the publisher's "
			    "360Giving prefix such as 360G-staffscc", prefix);
		snprintf(pre, sizeof(pre), "%s", prefix);
	}
	if ((rc = core_funding_list(c, year, &rows)) != CORE_OK)
		return rc;
	grants = json_array();
	json_array_foreach(rows, i, f) {
		if (strcmp(jstr(f, "kind"), "contract") == 0)
			continue;	/* 360Giving is for grants */
		p = json_integer_value(json_object_get(f, "amount_pence"));
		snprintf(ident, sizeof(ident), "%s-%lld", pre,
		    (long long)jint(f, "id"));
		s = jstr(f, "description");
		g = json_pack("{s:s, s:s, s:s, s:s, s:o, s:s, s:[{s:s, s:s, "
		    "s:I}], s:o, s:o}", "id", ident, "title", jstr(f, "title"),
		    "description", s != NULL ? s : jstr(f, "title"),
		    "currency", "GBP", "amountAwarded", p % 100 == 0 ?
		    json_integer(p / 100) : json_real((double)p / 100),
		    "awardDate", jstr(f, "awarded"),
		    "plannedDates", "startDate", jstr(f, "starts"), "endDate",
		    jstr(f, "ends"), "duration", (json_int_t)jint(f, "months"),
		    "recipientOrganization", org_360(pre, jstr(f,
		    "recipient_identifier"), jint(f, "recipient_id"), jstr(f,
		    "recipient")), "fundingOrganization", org_360(pre,
		    jstr(f, "funder_identifier"), jint(f, "funder_id"),
		    jstr(f, "funder")));
		json_array_append_new(grants, g);
	}
	json_decref(rows);
	/* A 360Giving package holds at least one grant: a year without
	 * one is refused, never written as an invalid file. */
	if (json_array_size(grants) == 0) {
		json_decref(grants);
		return core_fail(c, CORE_ENOTFOUND, "year", "%d has no grants "
		    "or small grants to publish as 360Giving data (contracts "
		    "are not grants); a 360Giving file needs at least one",
		    year);
	}
	*out = json_pack("{s:o}", "grants", grants);
	return CORE_OK;
}
