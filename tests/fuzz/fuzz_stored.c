/*
 * fuzz_stored: the JSON text kept in the database's columns, read from
 * a database that may have been copied or edited (src/render/
 * json_stored.c): a decision's effect and an election's result.  What
 * reads as one must make a text that reads back to the same text; an
 * audit detail wrapping the input is made or refused, never a crash.
 */
#include <stdlib.h>
#include <string.h>

#include "render/json_stored.h"
#include "fuzz.h"

/* The text of what text parsed into must parse back and make itself. */
static void
effect_again(const char *text)
{
	struct rec_effect	 e, back;
	char			*t, *t2;

	if (json_stored_effect_parse(text, &e) != 0)
		return;
	if ((t = json_stored_effect(&e)) == NULL)
		abort();
	if (json_stored_effect_parse(t, &back) != 0 ||
	    (t2 = json_stored_effect(&back)) == NULL || strcmp(t, t2) != 0)
		abort();
	free(t);
	free(t2);
	rec_effect_free(&e);
	rec_effect_free(&back);
}

static void
result_again(const char *text)
{
	struct election_result	 r, back;
	char			*t, *t2;

	if (json_stored_result_parse(text, &r) != 0) {	/* refused */
		election_result_free(&r);
		return;
	}
	if (r.present) {
		if ((t = json_stored_result(&r)) == NULL ||
		    json_stored_result_parse(t, &back) != 0 || !back.present ||
		    (t2 = json_stored_result(&back)) == NULL ||
		    strcmp(t, t2) != 0)
			abort();
		free(t);
		free(t2);
		election_result_free(&back);
	}
	election_result_free(&r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size);

	effect_again(s);
	result_again(s);
	free(json_stored_detail_with("result", s));
	free(json_stored_detail_with(NULL, s));
	free(s);
	return 0;
}
