/*
 * Constitution versions: check, apply, show.  Every version is kept
 * with the dates it was in force, so that a past decision is judged by
 * the rules of its day.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "store/rec_arrangement.h"
#include "store/rec_list.h"
#include "store/store.h"

/* text parsed into *cons (the caller's to constitution_free), or
 * CORE_EINVAL naming the setting at fault and *cons empty. */
static int
parse_given(struct core *c, const char *text, struct constitution *cons)
{
	struct cs_error err;

	memset(cons, 0, sizeof(*cons));
	if (text == NULL)
		return core_fail(c, CORE_EINVAL, "constitution", "no "
		    "constitution was given; expected the text of its "
		    "settings, one 'name = value' a line");
	if (constitution_parse(text, cons, &err) != 0) {
		if (err.line > 0)
			return core_fail(c, CORE_EINVAL, err.setting, "line "
			    "%d: setting '%s' %s", err.line, err.setting,
			    err.msg);
		return core_fail(c, CORE_EINVAL, err.setting, "setting '%s' "
		    "%s", err.setting, err.msg);
	}
	return CORE_OK;
}

int
core_constitution_check(struct core *c, const char *text)
{
	struct constitution	cons;
	int			rc;

	if ((rc = parse_given(c, text, &cons)) == CORE_OK)
		constitution_free(&cons);
	return rc;
}

int
core_constitution_apply(struct core *c, const char *text,
    const char *effective)
{
	struct constitution		 cons;
	struct rec_constitution_version	 cur;
	char				 from[DATE_LEN];
	int				 rc, found = 0;

	memset(&cur, 0, sizeof(cur));
	if ((rc = parse_given(c, text, &cons)) != CORE_OK)
		return rc;
	if ((rc = core_int_date(c, "effective", effective, from)) != CORE_OK ||
	    (rc = core_begin(c)) != CORE_OK) {
		constitution_free(&cons);
		return rc;
	}
	if ((rc = core_int_constitution_version(c, NULL, &cur, &found)) !=
	    CORE_OK)
		goto out;
	if (found && strcmp(from, cur.effective_from) <= 0) {
		rc = core_fail(c, CORE_EINVAL, "effective", "the new version "
		    "must take effect after the one in force (version %lld, "
		    "from %s); expected a date after %s",
		    (long long)cur.version, cur.effective_from,
		    cur.effective_from);
		goto out;
	}
	if (found && cur.body != NULL && strcmp(cur.body, text) == 0) {
		rc = core_fail(c, CORE_EINVAL, "file", "the file is the same "
		    "as version %lld in force; nothing to apply",
		    (long long)cur.version);
		goto out;
	}
	rc = store_exec(c->st, STMT_CONST_CLOSE, "sl", from, c->arr);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_CONST_INSERT, "lssss", c->arr,
		    from, text, c->actor, c->now);
	rc = core_audited(c, rc, "storing the constitution",
	    "constitution.apply", "arrangement", c->arr, "{s:s, s:I}",
	    "effective_from", from, "replaces",
	    (long long)(found ? cur.version : 0));
	if (rc == CORE_OK && strcmp(from, c->today) <= 0) {
		/* In force today: use it from now on. */
		constitution_free(&c->cons);
		c->cons = cons;
		memset(&cons, 0, sizeof(cons));
	}
out:
	constitution_free(&cons);
	rec_constitution_version_clear(&cur);
	return core_end(c, rc);
}

/* Who applied a version is the secretariat's record, for those who
 * administer. */
static void
applied_for(const struct viewer *v, struct rec_constitution_version *r)
{
	if (viewer_is_officer(v))
		return;
	free(r->applied_by);
	free(r->applied_at);
	r->applied_by = r->applied_at = NULL;
}

int
core_constitution_get(struct core *c, const struct viewer *v,
    const char *date, struct rec_constitution_version *out)
{
	char	on[DATE_LEN];
	int	rc;

	memset(out, 0, sizeof(*out));
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK ||
	    (rc = core_int_constitution_version(c, on, out, NULL)) != CORE_OK)
		return rc;
	applied_for(v, out);
	return CORE_OK;
}

int
core_constitution_versions(struct core *c, const struct viewer *v,
    struct rec_constitution_version_list *out)
{
	size_t	i;
	int	rc = store_const_list(c->st, c->arr, out);

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "listing versions");
	for (i = 0; i < out->n; i++)
		applied_for(v, &out->v[i]);
	return CORE_OK;
}

void
constitution_setting_list_free(struct constitution_setting_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].setting);
		free(l->v[i].text);
		rec_lines_free(&l->v[i].lines);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* What key (a setting of def) means and its value in cons, into s; -1
 * when out of memory.  A list keeps every entry. */
static int
setting_value(const struct constitution *cons, const struct cs_setting *def,
    const char *key, struct constitution_setting *s)
{
	const char	**vals;
	const char	 *text;
	size_t		  i, n;
	int		  bad = 0;

	s->rule = def->rule;
	s->meaning = def->help;
	if (def->type != CS_LIST) {
		text = constitution_text(cons, key);
		s->text = strdup(text != NULL ? text : "");
		return s->text == NULL ? -1 : 0;
	}
	s->is_list = 1;
	if ((n = constitution_list(cons, key, NULL, 0)) == 0)
		return 0;
	if ((vals = calloc(n, sizeof(*vals))) == NULL)
		return -1;
	constitution_list(cons, key, vals, n);
	for (i = 0; i < n && !bad; i++)
		bad = rec_lines_add(&s->lines, "%s", vals[i]);
	free(vals);
	return bad;
}

int
core_constitution_settings(struct core *c, const char *date,
    struct constitution_setting_list *out)
{
	const struct cs_setting		*s;
	struct constitution_setting	*row;
	struct constitution		 cons;
	char				 on[DATE_LEN], key[96];
	int				 k, rc = CORE_OK;

	memset(out, 0, sizeof(*out));
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	if ((rc = core_int_constitution_at(c, on, &cons)) != CORE_OK)
		return rc;
	for (s = constitution_settings; s->key != NULL && rc == CORE_OK; s++)
		for (k = 0; k < (s->per_kind ? GK__MAX : 1); k++) {
			if (s->per_kind)
				snprintf(key, sizeof(key), "%s.%s", s->key,
				    group_kind_names[k]);
			else
				snprintf(key, sizeof(key), "%s", s->key);
			row = store_int_grow((void **)&out->v, &out->n,
			    sizeof(*out->v));
			if (row == NULL || (row->setting = strdup(key)) ==
			    NULL || setting_value(&cons, s, key, row) != 0) {
				rc = core_fail(c, CORE_EFAULT, NULL,
				    "out of memory");
				break;
			}
		}
	constitution_free(&cons);
	if (rc != CORE_OK)
		constitution_setting_list_free(out);
	return rc;
}
