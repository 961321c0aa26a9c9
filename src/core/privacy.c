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
#include "render/json_stored.h"
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

const char *const export_section_names[EXP__MAX] = {
	"roles", "declarations_signed", "nominations", "offices", "positions",
	"interests_declared", "other_records", "training", "invitations",
	"step_backs", "sign_in_account", "failed_sign_ins", "mail", "audit",
};

/* The person's full row (restricted, erased included). */
static int
priv_person(struct core *c, const char *ref, struct rec_priv_person *out)
{
	struct rec_person	 p = { 0 };
	int			 rc, found;

	memset(out, 0, sizeof(*out));
	if ((rc = core_int_find_person(c, ref, &p)) != CORE_OK)
		return rc;
	rc = store_priv_person(c->st, p.id, out, &found);
	rec_person_clear(&p);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the person");
	return found ? CORE_OK : core_fail(c, CORE_ENOTFOUND, "person",
	    "no person '%s'", ref);
}

/* Begins a change about the person ref, whose full row is put in out;
 * on an error nothing is begun. */
static int
priv_begin(struct core *c, const char *ref, struct rec_priv_person *out)
{
	int rc;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = priv_person(c, ref, out)) != CORE_OK)
		return core_end(c, rc);
	return CORE_OK;
}

void
person_export_free(struct person_export *e)
{
	size_t i;

	if (e == NULL)
		return;
	free(e->exported_at);
	free(e->exported_by);
	free(e->controller);
	rec_priv_person_clear(&e->person);
	for (i = 0; i < EXP__MAX; i++)
		rec_table_free(&e->sections[i]);
	memset(e, 0, sizeof(*e));
}

/* Each section's rows: what each table holds about the person. */
static int
priv_sections(struct core *c, struct person_export *e)
{
	/* The sections read by the person's id; migration 17's records
	 * among them: SA-D3.6, SA-D2.2, SA-D2.8. */
	static const struct { enum export_section sec; enum stmt st; }
	    by_id[] = {
		{ EXP_ROLES, STMT_PRIV_ROLES }, { EXP_NOMS, STMT_PRIV_NOMS },
		{ EXP_OFFICES, STMT_PRIV_OFFICES },
		{ EXP_POSITIONS, STMT_PRIV_POSITIONS },
		{ EXP_TRAINING, STMT_PRIV_TRAINING },
		{ EXP_INVITATIONS, STMT_PRIV_INVITATIONS },
		{ EXP_STEPBACKS, STMT_PRIV_STEPBACKS },
		{ EXP_ACCOUNT, STMT_PRIV_USER },
	};
	const struct rec_priv_person *p = &e->person;
	struct rec_table *t = e->sections;
	const char	*name = p->name, *email = p->email != NULL ?
			    p->email : "";
	size_t		 i;
	int		 rc = STORE_OK;

	for (i = 0; i < sizeof(by_id) / sizeof(by_id[0]) && rc == STORE_OK;
	    i++)
		rc = store_priv_table(c->st, &t[by_id[i].sec], by_id[i].st,
		    "l", p->id);
	/* The organisation's id; none (NULL): any organisation. */
	if (rc != STORE_OK ||
	    (rc = store_priv_table(c->st, &t[EXP_DECLS], STMT_PRIV_DECLS,
	    "sn", name, p->org_id)) != STORE_OK ||
	    (rc = store_priv_table(c->st, &t[EXP_INTERESTS],
	    STMT_PRIV_INTERESTS, "s", name)) != STORE_OK ||
	    (rc = store_priv_table(c->st, &t[EXP_OTHER], STMT_PRIV_OTHER, "ls",
	    p->id, name)) != STORE_OK ||
	    (rc = store_priv_table(c->st, &t[EXP_FAILS],
	    STMT_PRIV_SIGNIN_FAILS, "s", email)) != STORE_OK ||
	    (rc = store_priv_table(c->st, &t[EXP_MAIL], STMT_PRIV_MAIL, "s",
	    email)) != STORE_OK ||
	    (rc = store_priv_table(c->st, &t[EXP_AUDIT], STMT_PRIV_AUDIT, "ssl",
	    name, p->email, p->id)) != STORE_OK)
		return core_store_fail(c, rc, "reading a person's data");
	return CORE_OK;
}

int
core_person_export(struct core *c, const char *ref, struct person_export *e)
{
	int rc;

	memset(e, 0, sizeof(*e));
	if ((rc = priv_person(c, ref, &e->person)) != CORE_OK)
		return rc;
	if ((e->exported_at = strdup(c->now)) == NULL ||
	    (e->exported_by = strdup(c->actor)) == NULL ||
	    (e->controller = strdup(c->arr_name)) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	else
		rc = priv_sections(c, e);
	if (rc != CORE_OK)
		person_export_free(e);
	return rc;
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
 * Rewrites one audit entry with names and emails replaced (names[i] by
 * names[n + i]; an email may be NULL), and lists it as redacted,
 * vouched for by entry by_seq.  Appends its seq to seqs (room for it
 * made by the caller) when it changed.
 */
static int
priv_redact(struct core *c, const struct rec_audit_text *entry,
    const char *const *names, const char *const *emails, size_t n,
    int64_t by_seq, const char *reason, int64_t *seqs, size_t *nseqs)
{
	char	*actor, *detail;
	size_t	 i;
	int	 rc = CORE_OK, src, bad = 0;

	actor = strdup(entry->actor != NULL ? entry->actor : "");
	detail = strdup(entry->detail != NULL ? entry->detail : "");
	for (i = 0; i < n; i++)
		bad |= priv_subst(&actor, names[i], names[n + i]) |
		    priv_subst(&detail, names[i], names[n + i]) |
		    priv_subst(&detail, emails[i], emails[n + i]);
	if (bad || actor == NULL || detail == NULL) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	if (strcmp(actor, entry->actor != NULL ? entry->actor : "") == 0 &&
	    strcmp(detail, entry->detail != NULL ? entry->detail : "") == 0)
		goto out;
	if ((src = store_exec(c->st, STMT_PRIV_AUDIT_REDACT, "lss",
	    entry->seq, actor, detail)) != STORE_OK ||
	    (src = store_exec(c->st, STMT_PRIV_REDACTION_INSERT, "lls",
	    entry->seq, by_seq, reason)) != STORE_OK) {
		rc = core_store_fail(c, src, "redacting the audit log");
		goto out;
	}
	seqs[(*nseqs)++] = entry->seq;
out:
	free(actor);
	free(detail);
	return rc;
}

/* Adds the rows a statement just changed to *n; rc its result. */
static int
priv_count(struct core *c, int64_t *n, int rc)
{
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "erasing");
	*n += store_changes(c->st);
	return CORE_OK;
}

/* What erasure removes outright. */
static int
priv_erase_remove(struct core *c, int64_t id, const char *email,
    int64_t *removed)
{
	int rc;

	if ((rc = priv_count(c, &removed[ER_ROLES], store_exec(c->st,
	    STMT_PRIV_ERASE_ROLES, "l", id))) != CORE_OK ||
	    (rc = priv_count(c, &removed[ER_SESSIONS], store_exec(c->st,
	    STMT_PRIV_ERASE_SESSIONS, "l", id))) != CORE_OK ||
	    (rc = priv_count(c, &removed[ER_LINKS], store_exec(c->st,
	    STMT_PRIV_ERASE_LINKS, "l", id))) != CORE_OK ||
	    (rc = priv_count(c, &removed[ER_ACCOUNT], store_exec(c->st,
	    STMT_PRIV_ERASE_USER, "l", id))) != CORE_OK)
		return rc;
	if (email == NULL)
		return CORE_OK;
	if ((rc = priv_count(c, &removed[ER_FAILS], store_exec(c->st,
	    STMT_SIGNIN_FAIL_CLEAR, "s", email))) != CORE_OK ||
	    (rc = priv_count(c, &removed[ER_MAIL], store_exec(c->st,
	    STMT_PRIV_ERASE_MAIL, "s", email))) != CORE_OK)
		return rc;
	return CORE_OK;
}

/*
 * What erasure keeps, under the placeholder.  Migration 17's records
 * name the person by id, so the placeholder stands in them already:
 * the training offered and who came (SA-D3.6), the invitations the
 * Alliance accepted naming them (SA-D2.2) and their steps back for a
 * conflict (SA-D2.8) are governance records and stay; a step back's
 * conflict keeps what it says, with the person's name replaced, as an
 * attendance record does.
 */
static int
priv_erase_keep(struct core *c, int64_t id, const char *name, int64_t org,
    const char *ph, int64_t *kept)
{
	int rc;

	if ((rc = priv_count(c, &kept[EK_NOMS], store_exec(c->st,
	    STMT_PRIV_ERASE_NOMS, "l", id))) != CORE_OK)
		return rc;
	if ((rc = priv_count(c, &kept[EK_DECLS], store_exec(c->st,
	    STMT_PRIV_ERASE_DECLS, "sns", name, org, ph))) != CORE_OK ||
	    (rc = priv_count(c, &kept[EK_INTERESTS], store_exec(c->st,
	    STMT_PRIV_ERASE_INTERESTS, "ss", name, ph))) != CORE_OK ||
	    (rc = priv_count(c, &kept[EK_ATTENDANCE], store_exec(c->st,
	    STMT_PRIV_ERASE_ATTENDANCE, "ss", name, ph))) != CORE_OK ||
	    (rc = priv_count(c, &kept[EK_ACTIONS], store_exec(c->st,
	    STMT_PRIV_ERASE_ACTIONS, "ss", name, ph))) != CORE_OK ||
	    (rc = priv_count(c, &kept[EK_STEPBACKS], store_exec(c->st,
	    STMT_PRIV_ERASE_STEPBACKS, "ss", name, ph))) != CORE_OK)
		return rc;
	return CORE_OK;
}

static int
priv_erase(struct core *c, const struct rec_priv_person *p,
    struct rec_erasure *e)
{
	struct rec_audit_text_list	 rows = { 0 };
	const char			*names[2], *emails[2];
	char				*text = NULL;
	int64_t				 next;
	size_t				 i;
	int				 rc;

	e->person = p->id;
	snprintf(e->placeholder, sizeof(e->placeholder), "Erased person %lld",
	    (long long)p->id);
	names[0] = p->name;
	names[1] = e->placeholder;
	emails[0] = p->email;
	emails[1] = "(erased)";
	if ((rc = store_audit_next_seq(c->st, &next)) != STORE_OK ||
	    (rc = store_priv_audit(c->st, p->name, p->email, p->id, &rows)) !=
	    STORE_OK) {
		rc = core_store_fail(c, rc, "reading the audit log");
		goto out;
	}
	if (rows.n > 0 && (e->redacted = calloc(rows.n,
	    sizeof(*e->redacted))) == NULL) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	for (i = 0; i < rows.n; i++)
		if ((rc = priv_redact(c, &rows.v[i], names, emails, 1, next,
		    "erasure", e->redacted, &e->nredacted)) != CORE_OK)
			goto out;
	if ((rc = priv_erase_remove(c, p->id, p->email, e->removed)) !=
	    CORE_OK || (rc = priv_erase_keep(c, p->id, p->name, p->org_id,
	    e->placeholder, e->kept)) != CORE_OK)
		goto out;
	if ((rc = store_exec(c->st, STMT_PRIV_ERASE_PERSON, "lss", p->id,
	    e->placeholder, c->now)) != STORE_OK) {
		rc = core_store_fail(c, rc, "erasing the person");
		goto out;
	}
	/* The entry names no one: the placeholder and what was done. */
	if ((text = json_stored_erasure(e)) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	else
		rc = core_audit_text(c, "erase", "person", p->id, NULL, text);
out:
	free(text);
	rec_audit_text_list_free(&rows);
	return rc;
}

int
core_person_erase(struct core *c, const char *ref, struct rec_erasure *out)
{
	struct rec_priv_person	 p;
	int			 rc;

	memset(out, 0, sizeof(*out));
	if ((rc = priv_begin(c, ref, &p)) != CORE_OK)
		return rc;
	if (p.erased != NULL)
		rc = core_fail(c, CORE_EINVAL, "person", "person %lld was "
		    "erased on %.10s already", (long long)p.id, p.erased);
	else
		rc = priv_erase(c, &p, out);
	rec_priv_person_clear(&p);
	if ((rc = core_end(c, rc)) == CORE_OK && c->depth == 0)
		(void)store_checkpoint(c->st);
	if (rc != CORE_OK)
		rec_erasure_free(out);
	return rc;
}

int
core_person_restrict(struct core *c, const char *ref, int lift)
{
	struct rec_priv_person	 p;
	int			 rc, held = 0;

	if ((rc = priv_begin(c, ref, &p)) != CORE_OK)
		return rc;
	if (p.erased != NULL)
		rc = core_fail(c, CORE_EINVAL, "person", "person %lld was "
		    "erased: an erased person stays restricted",
		    (long long)p.id);
	else if (lift && p.restricted == NULL)
		rc = core_fail(c, CORE_EINVAL, "person", "%s is not "
		    "restricted; nothing to lift", ref);
	else if (!lift && p.restricted != NULL)
		rc = core_fail(c, CORE_EEXIST, "person", "%s is restricted "
		    "already (since %.10s)", ref, p.restricted);
	if (rc != CORE_OK)
		goto out;
	if ((rc = store_exec(c->st, STMT_PRIV_RESTRICT, "ls", p.id,
	    lift ? NULL : c->now)) != STORE_OK) {
		rc = core_store_fail(c, rc, "restricting the person");
		goto out;
	}
	/* Mail queued to them is held, not sent. */
	if (!lift && p.email != NULL) {
		if ((rc = store_exec(c->st, STMT_PRIV_HOLD_MAIL, "s",
		    p.email)) != STORE_OK) {
			rc = core_store_fail(c, rc, "holding their mail");
			goto out;
		}
		held = store_changes(c->st);
	}
	rc = core_auditf(c, lift ? "restrict-lift" : "restrict", "person",
	    p.id, "{s:b, s:i}", "lifted", lift, "mail_held", held);
out:
	rec_priv_person_clear(&p);
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

/* One audit entry redacted of every person named in it, however many:
 * each name becomes "(name removed)", each address "(address
 * removed)". */
static int
priv_retain_entry(struct core *c, const struct rec_audit_text *entry,
    const struct rec_named_list *people, int64_t next, int64_t *seqs,
    size_t *nseqs)
{
	const char	**tv, **ev;
	size_t		  j, n = people->n;
	int		  rc;

	tv = calloc(2 * n + 1, sizeof(*tv));
	ev = calloc(2 * n + 1, sizeof(*ev));
	if (tv == NULL || ev == NULL) {
		free(tv);
		free(ev);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	/* Longest names first (as read), so a longer name is not cut by
	 * a shorter one inside it. */
	for (j = 0; j < n; j++) {
		tv[j] = people->v[j].name;
		ev[j] = people->v[j].email;
		tv[n + j] = "(name removed)";
		ev[n + j] = "(address removed)";
	}
	rc = priv_redact(c, entry, tv, ev, n, next, "retention", seqs, nseqs);
	free(tv);
	free(ev);
	return rc;
}

/* Names in audit details older than days become "(name removed)";
 * *seqs (malloc'd) the entries redacted. */
static int
priv_retain_audit(struct core *c, int days, int64_t next, int64_t **seqs,
    size_t *nseqs)
{
	struct rec_audit_text_list rows = { 0 };
	struct rec_named_list	 people = { 0 };
	char			 cut[DATE_LEN];
	size_t			 i;
	int			 rc = CORE_OK;

	priv_cutoff(c, days, cut);
	if ((rc = store_ret_audit(c->st, cut, &rows)) != STORE_OK)
		return core_store_fail(c, rc, "reading the audit log");
	if (rows.n > 0 && (*seqs = calloc(rows.n, sizeof(**seqs))) == NULL) {
		rec_audit_text_list_free(&rows);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	for (i = 0; i < rows.n; i++) {
		if ((rc = store_ret_people_in(c->st, rows.v[i].detail,
		    rows.v[i].actor, &people)) != STORE_OK) {
			rc = core_store_fail(c, rc, "reading people");
			break;
		}
		rc = priv_retain_entry(c, &rows.v[i], &people, next, *seqs,
		    nseqs);
		rec_named_list_free(&people);
		if (rc != CORE_OK)
			break;
	}
	rec_audit_text_list_free(&rows);
	return rc;
}

/* Sign-in records older than the cut: failures, sessions, links. */
static int
priv_retain_signin(struct core *c, const char *cut, int64_t *n)
{
	static const enum stmt ids[] = { STMT_SIGNIN_FAIL_PRUNE,
	    STMT_RET_SESSIONS, STMT_RET_LINKS };
	size_t	i;
	int	rc;

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		if ((rc = store_exec(c->st, ids[i], "s", cut)) != STORE_OK)
			return core_store_fail(c, rc, "removing sign-in "
			    "records");
		*n += store_changes(c->st);
	}
	return CORE_OK;
}

int
core_retention_apply(struct core *c, struct retention *out)
{
	char	 cut[DATE_LEN], *text = NULL;
	int64_t	 next, *seqs = NULL;
	size_t	 nseqs = 0;
	int	 days, rc;

	memset(out, 0, sizeof(*out));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((days = constitution_int(&c->cons, "retention.signin_days")) > 0) {
		priv_cutoff(c, days, cut);
		if ((rc = priv_retain_signin(c, cut, &out->signin)) != CORE_OK)
			goto out;
	}
	if ((days = constitution_int(&c->cons, "retention.mail_days")) > 0) {
		priv_cutoff(c, days, cut);
		if ((rc = store_exec(c->st, STMT_RET_MAIL, "sl", cut, c->arr)) !=
		    STORE_OK) {
			rc = core_store_fail(c, rc, "removing old mail");
			goto out;
		}
		out->mail = store_changes(c->st);
	}
	if ((rc = store_audit_next_seq(c->st, &next)) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the audit log");
		goto out;
	}
	days = constitution_int(&c->cons, "retention.audit_names_days");
	if (days > 0 && (rc = priv_retain_audit(c, days, next, &seqs,
	    &nseqs)) != CORE_OK)
		goto out;
	out->audit = (int64_t)nseqs;
	/* Nothing removed, nothing to record (the server runs this
	 * often). */
	if (out->signin + out->mail + out->audit == 0)
		goto out;
	if ((text = json_stored_retention(out->signin, out->mail, seqs,
	    nseqs)) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
	else
		rc = core_audit_text(c, "retention", "database", 0, NULL, text);
out:
	free(text);
	free(seqs);
	if (rc != CORE_OK)
		memset(out, 0, sizeof(*out));
	return core_end(c, rc);
}

int
core_int_audit_redactions(struct core *c, struct rec_redaction_list *l)
{
	int rc = store_priv_redactions(c->st, l);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the audit redactions");
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
