/*
 * fuzz_tmpl: a template's data.json (tmpl_parse), and when it reads,
 * the records loaded by core (core_init_from) as a new arrangement
 * beside the Alliance's.  The input is the data, after an optional
 * first line naming the built-in template whose constitution it is
 * loaded with (the Alliance's when none).  The load is rolled back, so
 * each run starts alike.
 */
#include <stdlib.h>
#include <string.h>

#include "tmpl/tmpl.h"
#include "fuzz.h"

static struct core	 core;
static char		*constitutions[8];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct tmpl	t;
	char		err[256];
	size_t		i;

	(void)argc; (void)argv;
	fuzz_core(&core, "staffordshire-alliance");
	for (i = 0; tmpl_names[i] != NULL && i < 8; i++) {
		if (tmpl_load(tmpl_names[i], &t, err, sizeof(err)) != 0 ||
		    (constitutions[i] = strdup(t.constitution)) == NULL)
			abort();
		tmpl_free(&t);
	}
	return 0;
}

/* The constitution the first line names, and the data after it. */
static const char *
constitution_of(const uint8_t **data, size_t *size)
{
	const uint8_t	*nl = memchr(*data, '\n', *size < 40 ? *size : 40);
	size_t		 i;

	for (i = 0; nl != NULL && tmpl_names[i] != NULL; i++)
		if ((size_t)(nl - *data) == strlen(tmpl_names[i]) &&
		    memcmp(*data, tmpl_names[i], nl - *data) == 0) {
			*size -= nl + 1 - *data;
			*data = nl + 1;
			return constitutions[i];
		}
	return constitutions[0];
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tmpl	 t;
	char		 err[512];
	char		*cons = (char *)constitution_of(&data, &size);
	int		 rc;

	memset(err, 'x', sizeof(err));
	if (tmpl_parse("fuzz", (const char *)data, size, &t, err,
	    sizeof(err)) != 0) {
		/* Refused: with a message, and nothing left to free. */
		if (memchr(err, '\0', sizeof(err)) == NULL || err[0] == '\0' ||
		    t.name != NULL || t.organisations.v != NULL)
			abort();
		return 0;
	}
	t.constitution = cons;
	if (core_begin(&core) != CORE_OK)
		abort();
	rc = core_init_from(&core, &t, "fuzz");
	(void)core_end(&core, CORE_EINVAL);
	t.constitution = NULL;
	tmpl_free(&t);
	if (rc != CORE_OK && core.err[0] == '\0')
		abort();	/* refused without saying why */
	return 0;
}
