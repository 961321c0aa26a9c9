/*
 * Personal data (UK GDPR): a person's access request (export), erasure,
 * restriction of processing, and the retention of sign-in records,
 * mail and names in the audit log.
 *
 * Erasure keeps the governance record: that an organisation signed or
 * voted, that a representative held a seat.  The person's row stays,
 * its name replaced by "Erased person N", so offices, appointments,
 * nominations and panels still point at someone; contact details,
 * roles, sign-in records, statements and mail go.  Audit entries that
 * name the person have the name replaced too.  The chain's hash covers
 * their old text, so each is listed in audit_redaction with the later
 * entry (the erasure's own, which names no one) that vouches for it:
 * `audit verify` checks such an entry's place in the chain and that
 * voucher, not its content.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "records.h"
#include "store/store.h"

/* s with every from replaced by to; from malloc(), NULL if no memory. */
static char *
replace_all(const char *s, const char *from, const char *to)
{
	const char	*p;
	char		*out, *o;
	size_t		 n = 0, fl = strlen(from), tl = strlen(to);

	if (fl == 0)
		return strdup(s);
	for (p = s; (p = strstr(p, from)) != NULL; p += fl)
		n++;
	if ((out = malloc(strlen(s) + n * (tl > fl ? tl - fl : 0) + 1)) ==
	    NULL)
		return NULL;
	for (o = out, p = s; *p != '\0';)
		if (strncmp(p, from, fl) == 0) {
			memcpy(o, to, tl);
			o += tl;
			p += fl;
		} else
			*o++ = *p++;
	*o = '\0';
	return out;
}

/* The person's full row (restricted, erased included). */
static int
priv_person(struct core *c, const char *ref, json_t **out)
{
	struct rec_person	 p = { 0 };
	int	 rc;

	*out = NULL;
	if ((rc = core_int_find_person(c, ref, &p)) != CORE_OK)
		return rc;
	rc = store_row(c->st, out, STMT_PRIV_PERSON, "l", p.id);
	rec_person_clear(&p);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the person");
	return *out != NULL ? CORE_OK : core_fail(c, CORE_ENOTFOUND,
	    "person", "no person '%s'", ref);
}

/* Adds rows of a query under key. */
static int
priv_section(struct core *c, json_t *o, const char *key, enum stmt id,
    const char *fmt, const void *a, const void *b, const void *d)
{
	json_t	*rows = NULL;
	int	 rc;

	/* fmt is at most "sns"-like: the arguments are passed through. */
	if (strcmp(fmt, "l") == 0)
		rc = store_rows(c->st, &rows, id, fmt, *(const int64_t *)a);
	else if (strcmp(fmt, "s") == 0)
		rc = store_rows(c->st, &rows, id, fmt, (const char *)a);
	else if (strcmp(fmt, "sn") == 0)
		rc = store_rows(c->st, &rows, id, fmt, (const char *)a,
		    *(const int64_t *)b);
	else if (strcmp(fmt, "ls") == 0)
		rc = store_rows(c->st, &rows, id, fmt, *(const int64_t *)a,
		    (const char *)b);
	else
		rc = store_rows(c->st, &rows, id, fmt, (const char *)a,
		    (const char *)b, *(const int64_t *)d);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading a person's data");
	json_object_set_new(o, key, rows);
	return CORE_OK;
}

/* Audit details are stored as JSON text: shown as JSON. */
static void
priv_audit_json(json_t *rows)
{
	json_t	*r, *d;
	size_t	 i;

	json_array_foreach(rows, i, r)
		if ((d = json_loads(jstr(r, "detail") != NULL ?
		    jstr(r, "detail") : "", 0, NULL)) != NULL)
			json_object_set_new(r, "detail", d);
}

int
core_person_export(struct core *c, const char *ref, json_t **out)
{
	json_t		*p = NULL, *o = NULL;
	const char	*name, *email;
	int64_t		 id, org;
	int		 rc;

	*out = NULL;
	if ((rc = priv_person(c, ref, &p)) != CORE_OK)
		return rc;
	id = jint(p, "id");
	org = jint(p, "organisation_id");
	name = jstr(p, "name");
	email = jstr(p, "email") != NULL ? jstr(p, "email") : "";
	o = json_pack("{s:s, s:s, s:s, s:O}", "exported_at", c->now,
	    "exported_by", c->actor, "controller", c->arr_name, "person", p);
	if (o == NULL) {
		json_decref(p);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	if ((rc = priv_section(c, o, "roles", STMT_PRIV_ROLES, "l", &id,
	    NULL, NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "declarations_signed", STMT_PRIV_DECLS,
	    "sn", name, &org, NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "nominations", STMT_PRIV_NOMS, "l", &id,
	    NULL, NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "offices", STMT_PRIV_OFFICES, "l", &id,
	    NULL, NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "positions", STMT_PRIV_POSITIONS, "l",
	    &id, NULL, NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "interests_declared",
	    STMT_PRIV_INTERESTS, "s", name, NULL, NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "other_records", STMT_PRIV_OTHER, "ls",
	    &id, name, NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "sign_in_account", STMT_PRIV_USER, "l",
	    &id, NULL, NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "failed_sign_ins",
	    STMT_PRIV_SIGNIN_FAILS, "s", email, NULL, NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "mail", STMT_PRIV_MAIL, "s", email, NULL,
	    NULL)) != CORE_OK ||
	    (rc = priv_section(c, o, "audit", STMT_PRIV_AUDIT, "ssl", name,
	    jstr(p, "email"), &id)) != CORE_OK) {
		json_decref(p);
		json_decref(o);
		return rc;
	}
	priv_audit_json(json_object_get(o, "audit"));
	json_decref(p);
	*out = o;
	return CORE_OK;
}

/* The seq the next audit entry will take. */
static int
priv_next_seq(struct core *c, int64_t *seq)
{
	json_t	*last = NULL;
	int	 rc;

	if ((rc = store_row(c->st, &last, STMT_AUDIT_LAST, "")) != STORE_OK)
		return core_store_fail(c, rc, "reading the audit log");
	*seq = last != NULL ? jint(last, "seq") + 1 : 1;
	json_decref(last);
	return CORE_OK;
}

/* Replaces from by to in *s (from malloc()); -1 when out of memory. */
static int
priv_subst(char **s, const char *from, const char *to)
{
	char *n;

	if (*s == NULL || from == NULL || *from == '\0')
		return *s == NULL ? -1 : 0;
	n = replace_all(*s, from, to);
	free(*s);
	*s = n;
	return n == NULL ? -1 : 0;
}

/*
 * Rewrites one audit entry with name and email replaced (email may be
 * NULL), and lists it as redacted, vouched for by entry by_seq.
 * Appends its seq to list when it changed.
 */
static int
priv_redact(struct core *c, const json_t *entry, const char *const *names,
    const char *const *emails, size_t n, int64_t by_seq,
    const char *reason, json_t *list)
{
	char	*actor, *detail;
	size_t	 i;
	int	 rc = CORE_OK, src, bad = 0;

	actor = strdup(jstr(entry, "actor"));
	detail = strdup(jstr(entry, "detail"));
	for (i = 0; i < n; i++)
		bad |= priv_subst(&actor, names[i], names[n + i]) |
		    priv_subst(&detail, names[i], names[n + i]) |
		    priv_subst(&detail, emails[i], emails[n + i]);
	if (bad || actor == NULL || detail == NULL) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	if (strcmp(actor, jstr(entry, "actor")) == 0 &&
	    strcmp(detail, jstr(entry, "detail")) == 0)
		goto out;
	if ((src = store_exec(c->st, STMT_PRIV_AUDIT_REDACT, "lss",
	    jint(entry, "seq"), actor, detail)) != STORE_OK ||
	    (src = store_exec(c->st, STMT_PRIV_REDACTION_INSERT, "lls",
	    jint(entry, "seq"), by_seq, reason)) != STORE_OK) {
		rc = core_store_fail(c, src, "redacting the audit log");
		goto out;
	}
	json_array_append_new(list, json_integer(jint(entry, "seq")));
out:
	free(actor);
	free(detail);
	return rc;
}

/* Runs a statement and adds its count of rows changed under key. */
static int
priv_count(struct core *c, json_t *counts, const char *key, int rc)
{
	json_int_t	 n;

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "erasing");
	n = json_integer_value(json_object_get(counts, key));
	json_object_set_new(counts, key, json_integer(n +
	    store_changes(c->st)));
	return CORE_OK;
}

/* What erasure removes outright. */
static int
priv_erase_remove(struct core *c, int64_t id, const char *email,
    json_t *removed)
{
	int rc;

	if ((rc = priv_count(c, removed, "roles", store_exec(c->st,
	    STMT_PRIV_ERASE_ROLES, "l", id))) != CORE_OK ||
	    (rc = priv_count(c, removed, "sessions", store_exec(c->st,
	    STMT_PRIV_ERASE_SESSIONS, "l", id))) != CORE_OK ||
	    (rc = priv_count(c, removed, "sign_in_links", store_exec(c->st,
	    STMT_PRIV_ERASE_LINKS, "l", id))) != CORE_OK ||
	    (rc = priv_count(c, removed, "sign_in_account", store_exec(c->st,
	    STMT_PRIV_ERASE_USER, "l", id))) != CORE_OK)
		return rc;
	if (email == NULL)
		return CORE_OK;
	if ((rc = priv_count(c, removed, "failed_sign_ins", store_exec(c->st,
	    STMT_PRIV_ERASE_FAILS, "s", email))) != CORE_OK ||
	    (rc = priv_count(c, removed, "mail", store_exec(c->st,
	    STMT_PRIV_ERASE_MAIL, "s", email))) != CORE_OK)
		return rc;
	return CORE_OK;
}

/* What erasure keeps, under the placeholder. */
static int
priv_erase_keep(struct core *c, int64_t id, const char *name, int64_t org,
    const char *ph, json_t *kept)
{
	int rc;

	if ((rc = priv_count(c, kept, "nominations", store_exec(c->st,
	    STMT_PRIV_ERASE_NOMS, "l", id))) != CORE_OK ||
	    (rc = priv_count(c, kept, "declarations", store_exec(c->st,
	    STMT_PRIV_ERASE_DECLS, "sns", name, org, ph))) != CORE_OK ||
	    (rc = priv_count(c, kept, "interests", store_exec(c->st,
	    STMT_PRIV_ERASE_INTERESTS, "ss", name, ph))) != CORE_OK ||
	    (rc = priv_count(c, kept, "attendance", store_exec(c->st,
	    STMT_PRIV_ERASE_ATTENDANCE, "ss", name, ph))) != CORE_OK ||
	    (rc = priv_count(c, kept, "actions", store_exec(c->st,
	    STMT_PRIV_ERASE_ACTIONS, "ss", name, ph))) != CORE_OK)
		return rc;
	return CORE_OK;
}

static json_int_t
priv_sum(const json_t *o)
{
	const char	*k;
	json_t		*v;
	json_int_t	 n = 0;

	json_object_foreach((json_t *)o, k, v)
		n += json_integer_value(v);
	return n;
}

static int
priv_erase(struct core *c, const json_t *p, json_t **out)
{
	json_t		*rows = NULL, *r, *removed, *kept, *redacted, *d;
	const char	*name = jstr(p, "name"), *email = jstr(p, "email");
	char		 ph[64];
	int64_t		 id = jint(p, "id"), next;
	size_t		 i;
	int		 rc;

	snprintf(ph, sizeof(ph), "Erased person %lld", (long long)id);
	removed = json_object();
	kept = json_object();
	redacted = json_array();
	if ((rc = priv_next_seq(c, &next)) != CORE_OK)
		goto out;
	if ((rc = store_rows(c->st, &rows, STMT_PRIV_AUDIT, "ssl", name, email,
	    id)) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the audit log");
		goto out;
	}
	{
		const char *names[2] = { name, ph };
		const char *emails[2] = { email, "(erased)" };

		json_array_foreach(rows, i, r)
			if ((rc = priv_redact(c, r, names, emails, 1, next,
			    "erasure", redacted)) != CORE_OK)
				goto out;
	}
	if ((rc = priv_erase_remove(c, id, email, removed)) != CORE_OK ||
	    (rc = priv_erase_keep(c, id, name, jint(p, "organisation_id"), ph,
	    kept)) != CORE_OK)
		goto out;
	if ((rc = store_exec(c->st, STMT_PRIV_ERASE_PERSON, "lss", id, ph,
	    c->now)) != STORE_OK) {
		rc = core_store_fail(c, rc, "erasing the person");
		goto out;
	}
	/* The entry names no one: the placeholder and what was done. */
	d = json_pack("{s:s, s:O, s:O, s:O}", "placeholder", ph, "removed",
	    removed, "kept", kept, "redacted", redacted);
	rc = core_audit(c, "erase", "person", id, d);
	json_decref(d);
	if (rc == CORE_OK)
		*out = json_pack("{s:I, s:s, s:I, s:I, s:I, s:O, s:O}",
		    "person", (json_int_t)id, "placeholder", ph,
		    "removed", priv_sum(removed), "kept", priv_sum(kept),
		    "redacted", (json_int_t)json_array_size(redacted),
		    "removed_records", removed, "kept_records", kept);
out:
	json_decref(rows);
	json_decref(removed);
	json_decref(kept);
	json_decref(redacted);
	return rc;
}

int
core_person_erase(struct core *c, const char *ref, json_t **out)
{
	json_t	*p = NULL;
	int	 rc;

	*out = NULL;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = priv_person(c, ref, &p)) != CORE_OK)
		return core_end(c, rc);
	if (jstr(p, "erased") != NULL)
		rc = core_fail(c, CORE_EINVAL, "person", "person %lld was "
		    "erased on %.10s already", (long long)jint(p, "id"),
		    jstr(p, "erased"));
	else
		rc = priv_erase(c, p, out);
	json_decref(p);
	if ((rc = core_end(c, rc)) == CORE_OK && c->depth == 0)
		(void)store_checkpoint(c->st);
	return rc;
}

int
core_person_restrict(struct core *c, const char *ref, int lift)
{
	json_t	*p = NULL, *d;
	int64_t	 id;
	int	 rc, held = 0;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = priv_person(c, ref, &p)) != CORE_OK)
		return core_end(c, rc);
	id = jint(p, "id");
	if (jstr(p, "erased") != NULL)
		rc = core_fail(c, CORE_EINVAL, "person", "person %lld was "
		    "erased: an erased person stays restricted", (long long)id);
	else if (lift && jstr(p, "restricted") == NULL)
		rc = core_fail(c, CORE_EINVAL, "person", "%s is not "
		    "restricted; nothing to lift", ref);
	else if (!lift && jstr(p, "restricted") != NULL)
		rc = core_fail(c, CORE_EEXIST, "person", "%s is restricted "
		    "already (since %.10s)", ref, jstr(p, "restricted"));
	if (rc != CORE_OK)
		goto out;
	if ((rc = store_exec(c->st, STMT_PRIV_RESTRICT, "ls", id,
	    lift ? NULL : c->now)) != STORE_OK) {
		rc = core_store_fail(c, rc, "restricting the person");
		goto out;
	}
	/* Mail queued to them is held, not sent. */
	if (!lift && jstr(p, "email") != NULL) {
		if ((rc = store_exec(c->st, STMT_PRIV_HOLD_MAIL, "s",
		    jstr(p, "email"))) != STORE_OK) {
			rc = core_store_fail(c, rc, "holding their mail");
			goto out;
		}
		held = store_changes(c->st);
	}
	d = json_pack("{s:b, s:i}", "lifted", lift, "mail_held", held);
	rc = core_audit(c, lift ? "restrict-lift" : "restrict", "person", id,
	    d);
	json_decref(d);
out:
	json_decref(p);
	return core_end(c, rc);
}

/* today minus days, as YYYY-MM-DD, into cut. */
static void
priv_cutoff(const struct core *c, int days, char cut[DATE_LEN])
{
	int today;

	if (date_parse(c->today, &today) != 0)
		today = 0;
	date_format(today - days, cut);
}

/* The most people one audit entry is redacted of at once. */
#define RET_NAMES 32

/* Names in audit details older than days become "(name removed)". */
static int
priv_retain_audit(struct core *c, int days, int64_t next, json_t *list)
{
	const char	*tv[RET_NAMES * 2], *ev[RET_NAMES * 2];
	json_t		*rows = NULL, *people = NULL, *r, *q;
	char		 cut[DATE_LEN];
	size_t		 i, j, n;
	int		 rc = CORE_OK;

	priv_cutoff(c, days, cut);
	if ((rc = store_rows(c->st, &rows, STMT_RET_AUDIT, "s", cut)) !=
	    STORE_OK)
		return core_store_fail(c, rc, "reading the audit log");
	json_array_foreach(rows, i, r) {
		if ((rc = store_rows(c->st, &people, STMT_RET_PEOPLE_IN, "ss",
		    jstr(r, "detail"), jstr(r, "actor"))) != STORE_OK) {
			rc = core_store_fail(c, rc, "reading people");
			break;
		}
		/* Longest names first, so a longer name is not cut by a
		 * shorter one inside it. */
		n = json_array_size(people) < RET_NAMES ?
		    json_array_size(people) : RET_NAMES;
		for (j = 0; j < n; j++) {
			q = json_array_get(people, j);
			tv[j] = jstr(q, "name");
			ev[j] = jstr(q, "email");
		}
		for (j = 0; j < n; j++) {
			tv[n + j] = "(name removed)";
			ev[n + j] = "(address removed)";
		}
		rc = priv_redact(c, r, tv, ev, n, next, "retention", list);
		json_decref(people);
		people = NULL;
		if (rc != CORE_OK)
			break;
	}
	json_decref(rows);
	return rc;
}

int
core_retention_apply(struct core *c, json_t **out)
{
	json_t		*d, *redacted = json_array();
	char		 cut[DATE_LEN];
	int64_t		 next, signin = 0, mail = 0;
	int		 days, rc;

	*out = NULL;
	if ((rc = core_begin(c)) != CORE_OK) {
		json_decref(redacted);
		return rc;
	}
	if ((days = constitution_int(&c->cons, "retention.signin_days")) > 0) {
		priv_cutoff(c, days, cut);
		if ((rc = store_exec(c->st, STMT_RET_SIGNIN_FAILS, "s", cut)) ==
		    STORE_OK && (signin += store_changes(c->st), 1) &&
		    (rc = store_exec(c->st, STMT_RET_SESSIONS, "s", cut)) ==
		    STORE_OK && (signin += store_changes(c->st), 1))
			rc = store_exec(c->st, STMT_RET_LINKS, "s", cut);
		signin += rc == STORE_OK ? store_changes(c->st) : 0;
		if (rc != STORE_OK) {
			rc = core_store_fail(c, rc, "removing sign-in records");
			goto out;
		}
	}
	if ((days = constitution_int(&c->cons, "retention.mail_days")) > 0) {
		priv_cutoff(c, days, cut);
		if ((rc = store_exec(c->st, STMT_RET_MAIL, "sl", cut, c->arr)) !=
		    STORE_OK) {
			rc = core_store_fail(c, rc, "removing old mail");
			goto out;
		}
		mail = store_changes(c->st);
	}
	if ((rc = priv_next_seq(c, &next)) != CORE_OK)
		goto out;
	days = constitution_int(&c->cons, "retention.audit_names_days");
	if (days > 0 && (rc = priv_retain_audit(c, days, next, redacted)) !=
	    CORE_OK)
		goto out;
	*out = json_pack("{s:I, s:I, s:I}", "signin", (json_int_t)signin,
	    "mail", (json_int_t)mail, "audit",
	    (json_int_t)json_array_size(redacted));
	/* Nothing removed, nothing to record (the server runs this
	 * often). */
	if (signin + mail == 0 && json_array_size(redacted) == 0)
		goto out;
	d = json_pack("{s:I, s:I, s:O}", "sign_in_records",
	    (json_int_t)signin, "mail", (json_int_t)mail, "redacted",
	    redacted);
	rc = core_audit(c, "retention", "database", 0, d);
	json_decref(d);
out:
	json_decref(redacted);
	if (rc != CORE_OK) {
		json_decref(*out);
		*out = NULL;
	}
	return core_end(c, rc);
}

int
core_int_audit_redactions(struct core *c, json_t **out)
{
	json_t	*rows = NULL, *r, *by, *v;
	char	 key[32];
	size_t	 i, j;
	int	 rc, ok;

	*out = json_object();
	if ((rc = store_rows(c->st, &rows, STMT_PRIV_REDACTIONS, "")) !=
	    STORE_OK)
		return core_store_fail(c, rc, "reading the audit redactions");
	json_array_foreach(rows, i, r) {
		/* Vouched for when the later entry lists this seq. */
		ok = 0;
		by = json_loads(jstr(r, "by_detail") != NULL ?
		    jstr(r, "by_detail") : "", 0, NULL);
		json_array_foreach(json_object_get(by, "redacted"), j, v)
			if (json_integer_value(v) == jint(r, "seq"))
				ok = jint(r, "by_seq") > jint(r, "seq");
		json_decref(by);
		snprintf(key, sizeof(key), "%lld", (long long)jint(r, "seq"));
		json_object_set_new(*out, key, json_integer(ok ?
		    jint(r, "by_seq") : 0));
	}
	json_decref(rows);
	return CORE_OK;
}

int
core_int_restricted(struct core *c, const struct rec_person *p)
{
	if (p->restricted == NULL)
		return CORE_OK;
	return core_fail(c, CORE_EINVAL, "person", "%s is restricted "
	    "(processing of their data is stopped); lift it first with "
	    "'alliance person restrict PERSON --lift'", p->name);
}
