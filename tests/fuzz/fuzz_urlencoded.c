/*
 * fuzz_urlencoded: form bodies as browsers send them (application/x-www-form-urlencoded),
 * through libmicrohttpd's post processor and the server's post_iter()
 * and raw_finish(), then the page the form is for.  The first line of
 * the input is the path; the rest the body, posted by a signed-in
 * officer (@CSRF@ stands for the form token).
 */
#include "fuzz.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc; (void)argv;
	fuzz_http_init();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	(void)fuzz_http_post(data, size, "application/x-www-form-urlencoded");
	return 0;
}
