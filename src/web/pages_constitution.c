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

/* A list's values, one a line. */
static void
lines_of(json_t *v, char *out, size_t sz)
{
	json_t	*x;
	size_t	 i, n = 0;

	out[0] = '\0';
	json_array_foreach(v, i, x)
		n += (size_t)snprintf(out + n, n < sz ? sz - n : 0, "%s%s", i ?
		    "\n" : "", json_string_value(x) != NULL ?
		    json_string_value(x) : "");
}

static void
setting_field(struct req *r, json_t *s, const char *err_field,
    const char *err)
{
	char		 name[160], id[160], label[300], hint[200], cur[4000];
	const char	*typed, *meaning = web_str(s, "meaning");
	json_t		*v = json_object_get(s, "value");
	int		 list = json_is_array(v), bad;

	names(web_str(s, "setting"), name, id);
	snprintf(label, sizeof(label), "%s", meaning);
	if (label[0] >= 'a' && label[0] <= 'z')
		label[0] = (char)(label[0] - 'a' + 'A');
	snprintf(hint, sizeof(hint), "%s%s%s%s", list ? "One a line. " : "",
	    *web_str(s, "rule") ? "Rule " : "", web_str(s, "rule"),
	    *web_str(s, "rule") ? "." : "");
	if (list)
		lines_of(v, cur, sizeof(cur));
	else
		snprintf(cur, sizeof(cur), "%s", json_string_value(v) != NULL ?
		    json_string_value(v) : "");
	typed = web_field(r, name);
	bad = err_field != NULL && strcmp(err_field, id) == 0;
	html_fmt(&r->body, "<div class=\"govuk-form-group%s\">\n<label class=\""
	    "govuk-label govuk-label--s\" for=\"%s\">%s</label>\n<div id=\"%s-"
	    "hint\" class=\"govuk-hint\">%s<code>%s</code></div>\n", bad ?
	    " govuk-form-group--error" : "", id, label, id, hint, web_str(s,
	    "setting"));
	if (bad)
		page_field_error(r, id, err);
	if (list)
		html_fmt(&r->body, "<textarea class=\"govuk-textarea%s\" id=\"%s"
		    "\" name=\"%s\" rows=\"%d\" spellcheck=\"false\" aria-"
		    "describedby=\"%s-hint%s\">%s</textarea>\n", bad ?
		    " govuk-textarea--error" : "", id, name, (int)(json_array_size(
		    v) < 2 ? 2 : json_array_size(v) > 8 ? 8 : json_array_size(v)),
		    id, bad ? " set-error" : "", typed != NULL ? typed : cur);
	else
		html_fmt(&r->body, "<input class=\"govuk-input%s\" id=\"%s\" "
		    "name=\"%s\" type=\"text\" spellcheck=\"false\" value=\"%s\" "
		    "aria-describedby=\"%s-hint\">\n", bad ?
		    " govuk-input--error" : "", id, name, typed != NULL ? typed :
		    cur, id);
	html_raw(&r->body, "</div>\n");
}

static void
text_form(struct req *r, json_t *cur, json_t *rows, const char *err)
{
	static const char *const cols[] = { "setting", "value", "rule",
	    "meaning", NULL };
	static const char *const heads[] = { "Setting", "Value", "Rule",
	    "What it means" };
	struct html	*h = &r->body;
	const char	*text = err != NULL && web_field(r, "constitution") !=
	    NULL ? web_field(r, "constitution") : web_str(cur, "body");

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
	page_table(r, "Settings", rows, cols, heads);
}

static void
settings_form(struct req *r, json_t *rows, const char *field,
    const char *err)
{
	struct html	*h = &r->body;
	json_t		*s;
	size_t		 g, i, len;
	int		 any;

	html_raw(h, "<p class=\"govuk-body\">Experts may <a class=\"govuk-link"
	    "\" href=\"/officer/constitution?as=text\">edit the constitution "
	    "as text</a>, with its notes.</p>\n<form method=\"post\" action=\""
	    "/officer/constitution\" novalidate>\n");
	page_csrf(r);
	for (g = 0; groups[g] != NULL; g += 2) {
		len = strlen(groups[g]);
		any = 0;
		json_array_foreach(rows, i, s) {
			const char *k = web_str(s, "setting");

			if (strncmp(k, groups[g], len) != 0 || k[len] != '.')
				continue;
			if (!any++)
				html_fmt(h, "<h2 class=\"govuk-heading-m\" id=\""
				    "group-%s\">%s</h2>\n", groups[g],
				    groups[g + 1]);
			setting_field(r, s, field, err);
		}
	}
	page_date_input(r, "effective", "In force from", "Leave empty for "
	    "today", 0, NULL);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button\" data-"
	    "module=\"govuk-button\">Apply the new version</button>\n</form>\n");
}

static void
constitution_render(struct req *r, const char *field, const char *err)
{
	struct html	*h = &r->body;
	json_t		*rows = NULL, *cur = NULL;
	const char	*as = web_query(r, "as");
	int		 text = (as != NULL && strcmp(as, "text") == 0) ||
	    web_field(r, "constitution") != NULL;
	int		 rc;

	page_hold(r, &field, &err);
	if ((rc = core_constitution_settings(r->c, NULL, &rows)) != CORE_OK ||
	    (rc = core_constitution_get(r->c, NULL, &cur)) != CORE_OK) {
		json_decref(rows);
		page_core_error(r, rc);
		return;
	}
	snprintf(r->nav, sizeof(r->nav), "officer");
	page_begin(r, err != NULL ? "Error: Constitution" : "Constitution");
	page_banner(r);
	if (err != NULL)
		page_error_summary(r, field, err);
	html_fmt(h, "<a href=\"/officer\" class=\"govuk-back-link\">Officer</a>"
	    "\n<h1 class=\"govuk-heading-l\">The constitution in force</h1>\n"
	    "<p class=\"govuk-body\">Every number and choice in the agreement, "
	    "in force since %s. A new version applies from the date you give; "
	    "the old one is kept with its dates, so past decisions are judged "
	    "by the rules of their day.</p>\n", web_str(cur, "effective_from"));
	if (text)
		text_form(r, cur, rows, err);
	else
		settings_form(r, rows, field, err);
	page_end(r);
	json_decref(rows);
	json_decref(cur);
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

static char *
text_with(struct req *r, const char *body, json_t *rows)
{
	char		*out = NULL, key[160], name[160], id[160];
	const char	*l = body, *end, *v;
	json_t		*done = json_object(), *s;
	size_t		 n = 0, cap = 0, i;
	int		 bad = 0;

	if (put(&out, &n, &cap, "", 0) != 0) {
		json_decref(done);
		goto fail;
	}
	for (; *l != '\0'; l = *end != '\0' ? end + 1 : end) {
		end = strchr(l, '\n');
		if (end == NULL)
			end = l + strlen(l);
		if (!line_key(l, (size_t)(end - l), key)) {
			bad |= put(&out, &n, &cap, l, (size_t)(end - l)) |
			    put(&out, &n, &cap, "\n", 1);
			continue;
		}
		names(key, name, id);
		if ((v = web_field(r, name)) == NULL) {
			bad |= put(&out, &n, &cap, l, (size_t)(end - l)) |
			    put(&out, &n, &cap, "\n", 1);
			continue;
		}
		if (json_object_get(done, key) != NULL)
			continue;	/* the list was written already */
		json_object_set_new(done, key, json_true());
		bad |= put_value(&out, &n, &cap, key, v);
	}
	/* A setting the text leaves to its default, changed on the form:
	 * written at the end. */
	json_array_foreach(rows, i, s) {
		char cur[4000];

		names(web_str(s, "setting"), name, id);
		if (json_object_get(done, web_str(s, "setting")) != NULL ||
		    (v = web_field(r, name)) == NULL)
			continue;
		if (json_is_array(json_object_get(s, "value")))
			lines_of(json_object_get(s, "value"), cur, sizeof(cur));
		else
			snprintf(cur, sizeof(cur), "%s", web_str(s, "value"));
		if (strcmp(cur, v) != 0)
			bad |= put_value(&out, &n, &cap, web_str(s, "setting"),
			    v);
	}
	json_decref(done);
	if (!bad)
		return out;
fail:
	free(out);
	return NULL;
}

void
page_constitution_post(struct req *r)
{
	json_t		*cur = NULL, *rows = NULL, *s;
	const char	*text, *field = "constitution";
	char		 eff[32], name[160], id[160], fid[160], *made = NULL;
	size_t		 i;
	int		 rc;

	if (!page_fresh(r, "/officer/constitution"))
		return;
	page_date_value(r, "effective", eff);
	if ((text = web_field(r, "constitution")) == NULL) {
		/* The form of settings: written into the text in force. */
		if ((rc = core_constitution_get(r->c, NULL, &cur)) != CORE_OK ||
		    (rc = core_constitution_settings(r->c, NULL, &rows)) !=
		    CORE_OK) {
			json_decref(cur);
			page_core_error(r, rc);
			return;
		}
		made = text_with(r, web_str(cur, "body"), rows);
		json_decref(cur);
		if (made == NULL) {
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
		json_array_foreach(rows, i, s) {
			names(web_str(s, "setting"), name, id);
			snprintf(quoted, sizeof(quoted), "'%s' ", web_str(s,
			    "setting"));
			if (made == NULL || (at = strstr(r->c->err, quoted)) ==
			    NULL)
				continue;
			snprintf(fid, sizeof(fid), "%s", id);
			field = fid;
			snprintf(said, sizeof(said), "%s: %s", web_str(s,
			    "meaning"), at + strlen(quoted));
			err = said;
		}
		json_decref(rows);
		constitution_render(r, field, err);
		free(made);
		return;
	}
	json_decref(rows);
	free(made);
	web_redirect(r, "/officer/constitution?done=constitution");
}
