/*
 * fuzz_cli: the command line's options.  The input is the arguments
 * after the program's name, separated by NUL bytes: NOUN VERB and the
 * options, read by cli_find() and cli_parse_opts() as main() reads
 * them; a command whose options are accepted then runs on an in-memory
 * arrangement, rolled back after.  Not run: those that serve, send
 * mail, write or replace a file (--out, backup, restore) or hash a
 * password.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "fuzz.h"

#define MAXARGS 24

static struct cli cl;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc; (void)argv;
	fuzz_core(&cl.core, "staffordshire-alliance");
	return 0;
}

static int
runnable(const struct cli *c)
{
	const char *n = c->cmd->noun, *v = c->cmd->verb;

	if (strcmp(n, "serve") == 0 || strcmp(n, "backup") == 0 ||
	    strcmp(n, "restore") == 0 || cli_opt(c, "out") != NULL)
		return 0;
	if (v != NULL && ((strcmp(n, "mail") == 0 && strcmp(v, "send") == 0)
	    || (strcmp(n, "user") == 0 && strcmp(v, "password") == 0)))
		return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*buf = fuzz_str(data, size), *argv[MAXARGS], *p;
	int	 argc = 0, i, known;

	/* NUL-separated arguments; fuzz_str ends the last. */
	for (p = buf; argc < MAXARGS && p <= buf + size; p += strlen(p) + 1)
		argv[argc++] = p;
	cl.cmd = cli_find(argv[0], argc > 1 && strncmp(argv[1], "--", 2) != 0
	    ? argv[1] : NULL, &known);
	if (cl.cmd == NULL)
		goto out;
	memset(cl.val, 0, sizeof(cl.val));
	memset(cl.arg, 0, sizeof(cl.arg));
	cl.narg = 0;
	cl.format = "table";
	cl.arrangement = NULL;
	i = cl.cmd->verb != NULL ? 2 : 1;
	if (i > argc || cli_parse_opts(&cl, argc - i, argv + i) != 0 ||
	    !runnable(&cl))
		goto out;
	cl.core.actor = "fuzz";
	if (core_begin(&cl.core) != CORE_OK)
		abort();
	(void)cl.cmd->run(&cl);
	(void)core_end(&cl.core, CORE_EINVAL);
	/* A command may choose another arrangement: back to the one. */
	if (core_use(&cl.core, NULL) != CORE_OK)
		abort();
out:
	free(buf);
	return 0;
}
