/*
 * Constitution versions: check, apply, show.  Every version is kept
 * with the dates it was in force, so that a past decision is judged by
 * the rules of its day.
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "store/rec_arrangement.h"
#include "store/store.h"

int
core_constitution_check(struct core *c, const char *text)
{
	struct constitution	cons;
	struct cs_error		err;

	if (text == NULL)
		return core_fail(c, CORE_EINVAL, "constitution", "no "
		    "constitution was given; expected the text of its "
		    "settings, one 'name = value' a line");
	if (constitution_parse(text, &cons, &err) != 0) {
		if (err.line > 0)
			return core_fail(c, CORE_EINVAL, err.setting, "line "
			    "%d: setting '%s' %s", err.line, err.setting,
			    err.msg);
		return core_fail(c, CORE_EINVAL, err.setting, "setting '%s' "
		    "%s", err.setting, err.msg);
	}
	constitution_free(&cons);
	return CORE_OK;
}

int
core_constitution_apply(struct core *c, const char *text,
    const char *effective)
{
	struct constitution	 cons;
	struct cs_error		 err;
	struct rec_constitution_version cur;
	char			 from[DATE_LEN];
	int			 rc, found = 0;

	if ((rc = core_constitution_check(c, text)) != CORE_OK)
		return rc;
	if ((rc = core_int_date(c, "effective", effective, from)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	memset(&cur, 0, sizeof(cur));
	rc = store_const_at(c->st, c->arr, NULL, &cur, &found);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the constitution");
		goto out;
	}
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
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "storing the constitution");
		goto out;
	}
	rc = core_auditf(c, "constitution.apply", "arrangement", c->arr,
	    "{s:s, s:I}", "effective_from", from, "replaces",
	    (long long)(found ? cur.version : 0));
	if (rc == CORE_OK && strcmp(from, c->today) <= 0) {
		/* In force today: use it from now on. */
		if (constitution_parse(text, &cons, &err) == 0) {
			constitution_free(&c->cons);
			c->cons = cons;
		}
	}
out:
	rec_constitution_version_clear(&cur);
	return core_end(c, rc);
}

int
core_constitution_get(struct core *c, const char *date, json_t **out)
{
	char	on[DATE_LEN];
	int	rc;

	*out = NULL;
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	rc = store_row(c->st, out, STMT_CONST_AT, "ls", c->arr, on);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the constitution");
	if (*out == NULL)
		return core_fail(c, CORE_ENOTFOUND, "date", "no constitution "
		    "of %s was in force on %s", c->arr_slug, on);
	return CORE_OK;
}

int
core_constitution_versions(struct core *c,
    struct rec_constitution_version_list *out)
{
	int rc = store_const_list(c->st, c->arr, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing versions");
}

int
core_constitution_settings(struct core *c, const char *date, json_t **out)
{
	const struct cs_setting	*s;
	struct constitution	 cons;
	char			 on[DATE_LEN], key[96];
	const char		*vals[64];
	json_t			*row, *list;
	size_t			 i, n;
	int			 k, rc;

	*out = NULL;
	if ((rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	if ((rc = core_int_constitution_at(c, on, &cons)) != CORE_OK)
		return rc;
	*out = json_array();
	for (s = constitution_settings; s->key != NULL; s++)
		for (k = 0; k < (s->per_kind ? GK__MAX : 1); k++) {
			if (s->per_kind)
				snprintf(key, sizeof(key), "%s.%s", s->key,
				    group_kind_names[k]);
			else
				snprintf(key, sizeof(key), "%s", s->key);
			row = json_pack("{s:s, s:s, s:s}", "setting", key,
			    "rule", s->rule, "meaning", s->help);
			if (s->type == CS_LIST) {
				list = json_array();
				n = constitution_list(&cons, key, vals, 64);
				for (i = 0; i < n && i < 64; i++)
					json_array_append_new(list,
					    json_string(vals[i]));
				json_object_set_new(row, "value", list);
			} else
				json_object_set_new(row, "value", json_string(
				    constitution_text(&cons, key) != NULL ?
				    constitution_text(&cons, key) : ""));
			json_array_append_new(*out, row);
		}
	constitution_free(&cons);
	return CORE_OK;
}
