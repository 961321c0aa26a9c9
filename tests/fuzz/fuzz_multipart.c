/*
 * fuzz_multipart: multipart bodies (multipart/form-data, boundary AaB03x): the file\n * uploads of the import and constitution pages,
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
	(void)fuzz_http_post(data, size, "multipart/form-data; boundary=AaB03x");
	return 0;
}
