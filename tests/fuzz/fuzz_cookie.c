/*
 * fuzz_cookie: the Cookie header (the session and the anonymous form
 * token), parsed by libmicrohttpd and read by the server's identify(),
 * on a page for people signed in.  @SID@ in the input stands for a
 * live officer's session.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	static const char	 head[] = "GET /me HTTP/1.1\r\nHost: fuzz\r\n"
	    "Cookie: ";
	char			*cookie, *req;
	size_t			 clen, len;

	cookie = fuzz_http_fill(data, size, &clen);
	len = sizeof(head) - 1 + clen + 4;
	if ((req = malloc(len + 1)) == NULL)
		abort();
	memcpy(req, head, sizeof(head) - 1);
	memcpy(req + sizeof(head) - 1, cookie, clen);
	memcpy(req + sizeof(head) - 1 + clen, "\r\n\r\n", 4);
	(void)fuzz_http(req, len);
	free(req);
	free(cookie);
	return 0;
}
