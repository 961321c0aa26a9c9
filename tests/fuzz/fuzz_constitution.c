/*
 * fuzz_constitution: the constitution file an officer writes and
 * applies (constitution_parse), then every setting read back through
 * the accessors the rules use.
 */
#include <stdlib.h>
#include <string.h>

#include "rules/constitution.h"
#include "fuzz.h"

static void
read_all(const struct constitution *c)
{
	const struct cs_setting	*s;
	const char		*list[32];
	int			 k;

	for (s = constitution_settings; s->key != NULL; s++) {
		if (s->per_kind) {
			for (k = 0; k < GK__MAX; k++)
				if (s->type == CS_INT)
					(void)constitution_kind_int(c, s->key,
					    (enum group_kind)k);
				else
					(void)constitution_kind_text(c, s->key,
					    (enum group_kind)k);
			continue;
		}
		switch (s->type) {
		case CS_INT:
			(void)constitution_int(c, s->key);
			break;
		case CS_BOOL:
			(void)constitution_bool(c, s->key);
			break;
		case CS_LIST:
			(void)constitution_list(c, s->key, list, 32);
			(void)constitution_list_has(c, s->key, "Apologies");
			break;
		default:
			(void)constitution_text(c, s->key);
			break;
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char			*s = fuzz_str(data, size);
	struct constitution	 c;
	struct cs_error		 err;

	memset(&err, 0, sizeof(err));
	if (constitution_parse(s, &c, &err) == 0) {
		read_all(&c);
		constitution_free(&c);
	} else if (strlen(err.msg) >= sizeof(err.msg))
		abort();
	free(s);
	return 0;
}
