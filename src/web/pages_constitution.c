/*
 * pages_constitution: the constitution as a form of its settings,
 * grouped by what they govern, each with a plain label (what it means)
 * and the rule it serves; a new version applies from a date and the old
 * one is kept.  Experts may still edit the whole text (?as=text), as
 * before.  The form changes the text in place, setting by setting, so
 * the notes in it are kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

/* The groups, by the first part of a setting's name. */
static const char *const groups[] = {
	"arrangement", "The agreement",
	"membership", "Membership",
	"meetings", "Meetings",
	"agenda", "Agendas",
	"notes", "Notes of meetings",
	"attendance", "Attendance",
	"quorum", "Quorum",
	"vote", "Voting",
	"chair", "Chairs",
	"election", "Elections",
	"nomination", "Nominations",
	"representatives", "Representatives",
	"makeup", "Make-up of groups and who they report to",
	"commitments", "Commitments",
	"consultation", "Consultations",
	"partners", "Partners",
	"milestones", "Milestones",
	"funding", "Funding and spend",
	"dispute", "Disputes",
	"report", "The annual report",
	"retention", "Keeping personal data",
	NULL
};

/* The kinds of group in words, for a setting of each kind
 * ("quorum.local-forum"), as group_kind_names lists them. */
static const char *const kind_words[GK__MAX] = {
	"Local forums", "Thematic groups", "Task groups", "Joint forums",
	"The co-ordination group", "Leaders groups", "Working groups",
	"Partnerships",
};

/* A setting's label and what to type, where its meaning does not say
 * it in words. */
static const char *const how[] = {
	"milestones", "Dated milestones", "One a line: the day, as "
	"2026-10-01, then what is due by it.",
	NULL
};

/* 1 when setting key is one of group's ("quorum" has "quorum" and
 * "quorum.local-forum"). */
static int
in_group(const char *key, const char *group)
{
	size_t len = strlen(group);

	return strncmp(key, group, len) == 0 && (key[len] == '.' ||
	    key[len] == '\0');
}

/* A setting's label: what it means, and for a setting of one kind of
 * group, which ("Local forums: fewest meetings a year"). */
static void
label_of(const struct constitution_setting *s, char *out, size_t sz)
{
	const char	*dot = strrchr(s->setting, '.');
	int		 kind = dot != NULL ? group_kind_parse(dot + 1) : -1;

	size_t		 i;

	for (i = 0; how[i] != NULL; i += 3)
		if (strcmp(how[i], s->setting) == 0) {
			snprintf(out, sz, "%s", how[i + 1]);
			return;
		}
	if (kind >= 0)
		snprintf(out, sz, "%s: %s", kind_words[kind], s->meaning);
	else {
		snprintf(out, sz, "%s", s->meaning);
		if (out[0] >= 'a' && out[0] <= 'z')
			out[0] = (char)(out[0] - 'a' + 'A');
	}
}

/* The form's name of a setting ("set.agenda.notice_days"), and its id
 * (dots as hyphens). */
static void
names(const char *key, char name[160], char id[160])
{
	size_t i;

	snprintf(name, 160, "set.%s", key);
	snprintf(id, 160, "set-%s", key);
	for (i = 0; id[i] != '\0'; i++)
		if (id[i] == '.')
			id[i] = '-';
}

/* A setting's value as text: a list's entries joined by sep (one
 * character and its spaces).  From malloc(); NULL when out of memory. */
static char *
value_of(const struct constitution_setting *s, const char *sep)
{
	char	*out;
	size_t	 i, k, n = 0, len = 1, seplen = strlen(sep);

	if (!s->is_list)
		return strdup(s->text != NULL ? s->text : "");
	for (i = 0; i < s->lines.n; i++)
		len += strlen(s->lines.v[i]) + seplen;
	if ((out = malloc(len)) == NULL)
		return NULL;
	for (i = 0; i < s->lines.n; i++) {
		if (i > 0) {
			memcpy(out + n, sep, seplen);
			n += seplen;
		}
		k = strlen(s->lines.v[i]);
		memcpy(out + n, s->lines.v[i], k);
		n += k;
	}
	out[n] = '\0';
	return out;
}

/* The hint's first words: what to type, "One a line." for a list. */
static const char *
list_how(const struct constitution_setting *s)
{
	size_t i;

	for (i = 0; how[i] != NULL; i += 3)
		if (strcmp(how[i], s->setting) == 0)
			return how[i + 2];
	return s->is_list ? "One a line." : "";
}

/* A list's rows on the form: one an entry, and one more for each 30
 * characters of a long one (a phone's width), from 2 to 8. */
static int
list_rows(const struct constitution_setting *s)
{
	size_t i, n = 0;

	for (i = 0; i < s->lines.n; i++)
		n += 1 + strlen(s->lines.v[i]) / 30;
	return n < 2 ? 2 : n > 8 ? 8 : (int)n;
}

static void
setting_field(struct req *r, const struct constitution_setting *s,
    const char *err_field, const char *err)
{
	char		 name[160], id[160], label[300], hint[200], *cur;
	const char	*typed, *rule = s->rule != NULL ? s->rule : "";
	const char	*told = list_how(s);
	int		 list = s->is_list, bad;

	names(s->setting, name, id);
	label_of(s, label, sizeof(label));
	snprintf(hint, sizeof(hint), "%s%s%s%s%s", told, *told ? " " : "",
	    *rule ? "Rule " : "", rule, *rule ? "." : "");
	cur = value_of(s, "\n");
	typed = web_form_of(r, "set.", s->setting);
	bad = err_field != NULL && strcmp(err_field, id) == 0;
	html_fmt(&r->body, "<div class=\"govuk-form-group%s\">\n<label class=\""
	    "govuk-label govuk-label--s\" for=\"%s\">%s</label>\n<div id=\"%s-"
	    "hint\" class=\"govuk-hint\">%s%s<code>%s</code></div>\n", bad ?
	    " govuk-form-group--error" : "", id, label, id, hint, *hint ? " " :
	    "", s->setting);
	if (bad)
		page_field_error(r, id, err);
	if (list)
		html_fmt(&r->body, "<textarea class=\"govuk-textarea%s\" id=\"%s"
		    "\" name=\"%s\" rows=\"%d\" spellcheck=\"false\" aria-"
		    "describedby=\"%s-hint%s\">%s</textarea>\n", bad ?
		    " govuk-textarea--error" : "", id, name, list_rows(s), id,
		    bad ? " set-error" : "", typed != NULL ? typed : cur != NULL ?
		    cur : "");
	else
		html_fmt(&r->body, "<input class=\"govuk-input%s\" id=\"%s\" "
		    "name=\"%s\" type=\"text\" spellcheck=\"false\" value=\"%s\" "
		    "aria-describedby=\"%s-hint\">\n", bad ?
		    " govuk-input--error" : "", id, name, typed != NULL ? typed :
		    cur != NULL ? cur : "", id);
	html_raw(&r->body, "</div>\n");
	free(cur);
}

/* The settings as a table beside the text: a list's entries joined as
 * the command line joins them. */
static const char *const setting_heads[] = { "Setting", "Value", "Rule",
    "What it means" };

static void
setting_value(struct req *r, const void *rec)
{
	char	*value = value_of(rec, "; ");

	page_cell(r, &CELL_T(value));
	free(value);
}

static void
setting_cells(const void *rec, struct page_cell *c)
{
	const struct constitution_setting *s = rec;

	c[0] = CELL_T(s->setting);
	c[1] = CELL_DRAW(setting_value, s);
	c[2] = CELL_T(s->rule);
	c[3] = CELL_T(s->meaning);
}
static const struct page_cols setting_cols = { setting_heads, 4,
    setting_cells };

static void
settings_table(struct req *r, const struct constitution_setting_list *l)
{
	PAGE_TABLE(r, "Settings", &setting_cols, l);
}

static void
text_form(struct req *r, const struct rec_constitution_version *cur,
    const struct constitution_setting_list *rows, const char *err)
{
	struct html	*h = &r->body;
	const char	*text = err != NULL && web_form_sent(r, "constitution") ?
	    WEB_S(web_form(r, "constitution")) : cur->body != NULL ?
	    cur->body : "";

	html_raw(h, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/"
	    "officer/constitution\">Edit the settings as a form</a></p>\n");
	html_fmt(h, "<h2 class=\"govuk-heading-m\">Apply a new version</h2>\n"
	    "<form method=\"post\" action=\"/officer/constitution\" "
	    "novalidate>\n");
	page_csrf(r);
	html_fmt(h, "<div class=\"govuk-form-group%s\">\n<label class=\""
	    "govuk-label govuk-label--s\" for=\"constitution\">The "
	    "constitution</label>\n<div id=\"constitution-hint\" class=\""
	    "govuk-hint\">One setting a line, as <code>name = value</code>; "
	    "lines starting # are notes.</div>\n", err != NULL ?
	    " govuk-form-group--error" : "");
	if (err != NULL)
		page_field_error(r, "constitution", err);
	html_fmt(h, "<textarea class=\"govuk-textarea%s\" id=\"constitution\" "
	    "name=\"constitution\" rows=\"24\" spellcheck=\"false\" "
	    "aria-describedby=\"constitution-hint%s\">%s</textarea>\n</div>\n",
	    err != NULL ? " govuk-textarea--error" : "", err != NULL ?
	    " constitution-error" : "", text);
	page_date_input(r, "effective", "In force from", "Leave empty for "
	    "today", 0, NULL);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Apply the new version</button>\n</form>\n");
	settings_table(r, rows);
}

static void
settings_form(struct req *r, const struct constitution_setting_list *rows,
    const char *field, const char *err)
{
	struct html	*h = &r->body;
	size_t		 g, i;
	int		 any;

	html_raw(h, "<p class=\"govuk-body\">Experts may <a class=\"govuk-link"
	    "\" href=\"/officer/constitution?as=text\">edit the constitution "
	    "as text</a>, with its notes.</p>\n<form method=\"post\" action=\""
	    "/officer/constitution\" novalidate>\n");
	page_csrf(r);
	for (g = 0; groups[g] != NULL; g += 2) {
		any = 0;
		for (i = 0; i < rows->n; i++) {
			if (!in_group(rows->v[i].setting, groups[g]))
				continue;
			if (!any++)
				html_fmt(h, "<h2 class=\"govuk-heading-m\" id=\""
				    "group-%s\">%s</h2>\n", groups[g],
				    groups[g + 1]);
			setting_field(r, &rows->v[i], field, err);
		}
	}
	page_date_input(r, "effective", "In force from", "Leave empty for "
	    "today", 0, NULL);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Apply the new version</button>\n</form>\n");
}

void
constitution_render(struct req *r, const char *field, const char *err)
{
	struct html			*h = &r->body;
	struct constitution_setting_list rows = { NULL, 0 };
	struct rec_constitution_version	 cur;
	struct viewer			 v;
	char				 since[WHEN_LEN];
	const char			*as = web_query(r, "as");
	int				 text = (as != NULL && strcmp(as,
	    "text") == 0) || web_form_sent(r, "constitution");
	int				 rc;
	char				 name[160], id[160];

	page_hold(r, &field, &err);
	/* A setting's field the router refused, by its name as sent
	 * ("set.quorum"): its id on the page ("set-quorum"). */
	if (field != NULL && strncmp(field, "set.", 4) == 0) {
		names(field + 4, name, id);
		field = id;
	}
	viewer_of_who(&v, &r->who);
	memset(&cur, 0, sizeof(cur));
	if ((rc = core_constitution_settings(r->c, NULL, &rows)) != CORE_OK ||
	    (rc = core_constitution_get(r->c, &v, NULL, &cur)) != CORE_OK) {
		constitution_setting_list_free(&rows);
		page_core_error(r, rc);
		return;
	}
	page_open_officer(r, "The constitution in force", field, err);
	html_fmt(h, "<p class=\"govuk-body\">Every number and choice in the agreement, "
	    "in force since %s. A new version applies from the date you give; "
	    "the old one is kept with its dates, so past decisions are judged "
	    "by the rules of their day.</p>\n", cur.effective_from != NULL ?
	    web_when_of(cur.effective_from, NULL, since) : "");
	if (text)
		text_form(r, &cur, &rows, err);
	else
		settings_form(r, &rows, field, err);
	page_end(r);
	constitution_setting_list_free(&rows);
	rec_constitution_version_clear(&cur);
}

void
page_constitution(struct req *r)
{
	constitution_render(r, NULL, NULL);
}

/* Appends s to *b (grown from malloc()); -1 when out of memory. */
static int
put(char **b, size_t *n, size_t *cap, const char *s, size_t len)
{
	char *p;

	if (*n + len + 1 > *cap) {
		*cap = (*n + len + 1) * 2;
		if ((p = realloc(*b, *cap)) == NULL)
			return -1;
		*b = p;
	}
	memcpy(*b + *n, s, len);
	*n += len;
	(*b)[*n] = '\0';
	return 0;
}

/* The key of a "key = value" line (into key), or 0 for a note or a
 * blank line. */
static int
line_key(const char *l, size_t len, char key[160])
{
	size_t i = 0, k = 0;

	while (i < len && (l[i] == ' ' || l[i] == '\t'))
		i++;
	if (i == len || l[i] == '#')
		return 0;
	while (i < len && l[i] != '=' && l[i] != ' ' && l[i] != '\t' &&
	    k + 1 < 160)
		key[k++] = l[i++];
	key[k] = '\0';
	while (i < len && (l[i] == ' ' || l[i] == '\t'))
		i++;
	return k > 0 && i < len && l[i] == '=';
}

/*
 * The text of the constitution in force with each setting of the form
 * written in: a setting's lines give way to its new value (a list's,
 * one line an item) where its first line was; notes and the other
 * lines stay as they are.  From malloc(); NULL when out of memory.
 */
static int
put_value(char **out, size_t *n, size_t *cap, const char *key, const char *v)
{
	const char	*p, *q;
	int		 bad = 0;

	/* One line per item typed; blank lines are dropped. */
	for (p = v; *p != '\0'; p = *q != '\0' ? q + 1 : q) {
		q = p + strcspn(p, "\r\n");
		while (p < q && (*p == ' ' || *p == '\t'))
			p++;
		if (q == p)
			continue;
		bad |= put(out, n, cap, key, strlen(key)) | put(out, n, cap,
		    " = ", 3) | put(out, n, cap, p, (size_t)(q - p)) |
		    put(out, n, cap, "\n", 1);
	}
	return bad;
}

/* 1 when key is one of seen's lines. */
static int
seen_has(const struct rec_lines *seen, const char *key)
{
	size_t i;

	for (i = 0; i < seen->n; i++)
		if (strcmp(seen->v[i], key) == 0)
			return 1;
	return 0;
}

static char *
text_with(struct req *r, const char *body,
    const struct constitution_setting_list *rows)
{
	struct rec_lines	 done = { NULL, 0 };
	char			*out = NULL, *cur, key[160];
	const char		*l = body, *end, *v;
	size_t			 n = 0, cap = 0, i;
	int			 bad = 0;

	if (put(&out, &n, &cap, "", 0) != 0)
		goto fail;
	for (; *l != '\0'; l = *end != '\0' ? end + 1 : end) {
		end = strchr(l, '\n');
		if (end == NULL)
			end = l + strlen(l);
		if (!line_key(l, (size_t)(end - l), key)) {
			bad |= put(&out, &n, &cap, l, (size_t)(end - l)) |
			    put(&out, &n, &cap, "\n", 1);
			continue;
		}
		if ((v = web_form_of(r, "set.", key)) == NULL) {
			bad |= put(&out, &n, &cap, l, (size_t)(end - l)) |
			    put(&out, &n, &cap, "\n", 1);
			continue;
		}
		if (seen_has(&done, key))
			continue;	/* the list was written already */
		bad |= rec_lines_add(&done, "%s", key);
		bad |= put_value(&out, &n, &cap, key, v);
	}
	/* A setting the text leaves to its default, changed on the form:
	 * written at the end. */
	for (i = 0; i < rows->n && !bad; i++) {
		const struct constitution_setting *s = &rows->v[i];

		if (seen_has(&done, s->setting) ||
		    (v = web_form_of(r, "set.", s->setting)) == NULL)
			continue;
		if ((cur = value_of(s, "\n")) == NULL) {
			bad = 1;
			break;
		}
		if (strcmp(cur, v) != 0)
			bad |= put_value(&out, &n, &cap, s->setting, v);
		free(cur);
	}
	rec_lines_free(&done);
	if (!bad)
		return out;
fail:
	free(out);
	return NULL;
}

void
page_constitution_post(struct req *r)
{
	struct constitution_setting_list rows = { NULL, 0 };
	struct rec_constitution_version	 cur;
	struct viewer			 who;
	const char			*text, *field = "constitution";
	char				 eff[32], name[160], id[160], fid[160];
	char				*made = NULL;
	size_t				 i;
	int				 rc;

	if (!page_fresh(r, "/officer/constitution"))
		return;
	page_date_value(r, "effective", eff);
	/* The text as typed (sent empty: ""), or the form of settings,
	 * each "set." and its name, declared as a family (routes.c). */
	text = web_form_sent(r, "constitution") ? WEB_S(web_form(r,
	    "constitution")) : NULL;
	if (text == NULL) {
		/* The form of settings: written into the text in force. */
		viewer_of_who(&who, &r->who);
		if ((rc = core_constitution_get(r->c, &who, NULL, &cur)) !=
		    CORE_OK || (rc = core_constitution_settings(r->c, NULL,
		    &rows)) != CORE_OK) {
			rec_constitution_version_clear(&cur);
			page_core_error(r, rc);
			return;
		}
		made = text_with(r, cur.body != NULL ? cur.body : "", &rows);
		rec_constitution_version_clear(&cur);
		if (made == NULL) {
			constitution_setting_list_free(&rows);
			page_error(r, 503, "Sorry, there is a problem with the "
			    "service", "out of memory");
			return;
		}
		text = made;
	}
	rc = core_constitution_apply(r->c, text, eff[0] != '\0' ? eff : NULL);
	if (rc != CORE_OK) {
		const char	*err = r->c->err, *at;
		char		 said[700], quoted[180];

		r->status = rc == CORE_EFAULT || rc == CORE_EBUSY ? 503 : 400;
		/* The setting at fault, when its name is in the message:
		 * linked to its field and called by what it means (the
		 * form has no lines). */
		for (i = 0; i < rows.n; i++) {
			names(rows.v[i].setting, name, id);
			snprintf(quoted, sizeof(quoted), "'%s' ",
			    rows.v[i].setting);
			if (made == NULL || (at = strstr(r->c->err, quoted)) ==
			    NULL)
				continue;
			snprintf(fid, sizeof(fid), "%s", id);
			field = fid;
			snprintf(said, sizeof(said), "%s: %s",
			    rows.v[i].meaning, at + strlen(quoted));
			err = said;
		}
		constitution_setting_list_free(&rows);
		constitution_render(r, field, err);
		free(made);
		return;
	}
	constitution_setting_list_free(&rows);
	free(made);
	web_redirect(r, "/officer/constitution?done=constitution");
}
