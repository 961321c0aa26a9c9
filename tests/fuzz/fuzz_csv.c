/*
 * fuzz_csv: the CSV files officers import (core_import_csv), as
 * organisations when the first byte is even and as people when odd,
 * the rest being the file.  The import runs on an in-memory
 * arrangement and is rolled back, so each run starts alike.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz.h"

static struct core	 core;
static char		 path[64];

static void
remove_file(void)
{
	unlink(path);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc; (void)argv;
	fuzz_core(&core, "staffordshire-alliance");
	snprintf(path, sizeof(path), "/tmp/alliance-fuzz-csv.%d",
	    (int)getpid());
	atexit(remove_file);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import_report	 rep;
	FILE			*f;
	int			 rc;

	if (size < 1)
		return 0;
	if ((f = fopen(path, "wb")) == NULL ||
	    fwrite(data + 1, 1, size - 1, f) != size - 1 || fclose(f) != 0)
		abort();
	if (core_begin(&core) != CORE_OK)
		abort();
	rc = core_import_csv(&core, data[0] & 1 ? IMPORT_PEOPLE :
	    IMPORT_ORGANISATIONS, path, data[0] & 2, &rep, NULL, NULL);
	(void)core_end(&core, CORE_EINVAL);
	if (rc == CORE_EFAULT)
		abort();	/* a storage fault: never the file's doing */
	core_import_report_free(&rep);
	return 0;
}
