/*
 * A POST's form (struct req_form): its fields in the order sent, one of
 * each name; web_field reads one, web_field_default sets one a page
 * shows as recorded.
 */

#include <stdlib.h>
#include <string.h>

#include "request.h"
#include "rules/text.h"

/* The form's field called name, or NULL. */
static struct req_field *
form_find(const struct req_form *f, const char *name)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->v[i].name, name) == 0)
			return &f->v[i];
	return NULL;
}

int
req_form_set(struct req_form *f, const char *name, const char *value,
    size_t len)
{
	struct req_field	*at = form_find(f, name), *v;
	char			*copy, *key = NULL;
	size_t			 cap;

	if ((copy = malloc(len + 1)) == NULL)
		return -1;
	memcpy(copy, value, len);
	copy[len] = '\0';
	if (at == NULL) {
		if (f->n == f->cap) {
			cap = f->cap == 0 ? 16 : f->cap * 2;
			if ((v = realloc(f->v, cap * sizeof(*v))) == NULL) {
				free(copy);
				return -1;
			}
			f->v = v;
			f->cap = cap;
		}
		if ((key = strdup(name)) == NULL) {
			free(copy);
			return -1;
		}
		at = &f->v[f->n++];
		at->name = key;
	} else
		free(at->value);
	at->value = copy;
	at->len = len;
	return 0;
}

void
req_form_free(struct req_form *f)
{
	size_t i;

	for (i = 0; i < f->n; i++) {
		free(f->v[i].name);
		free(f->v[i].value);
	}
	free(f->v);
	f->v = NULL;
	f->n = f->cap = 0;
}

/* A value is read up to its first NUL. */
const char *
web_field(const struct req *r, const char *name)
{
	const struct req_field *f = form_find(&r->form, name);

	return f != NULL ? f->value : NULL;
}

void
web_field_default(struct req *r, const char *name, const char *value)
{
	if (value != NULL && web_field(r, name) == NULL &&
	    text_utf8(name, strlen(name)) && text_utf8(value, strlen(value)))
		(void)req_form_set(&r->form, name, value, strlen(value));
}
