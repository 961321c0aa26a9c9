/*
 * fuzz_query: the request line's target, path and query string
 * ("/meetings?done=added"), through the server: libmicrohttpd's
 * parsing, the routes' captures and the pages' web_query(), with an
 * officer signed in.
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
	static const char	 tail[] = " HTTP/1.1\r\nHost: fuzz\r\n"
	    "Cookie: alliance_session=@SID@\r\n\r\n";
	char			*target, *req, *cookie;
	size_t			 tlen, clen, len;

	target = fuzz_http_fill(data, size, &tlen);
	cookie = fuzz_http_fill((const uint8_t *)tail, sizeof(tail) - 1,
	    &clen);
	len = 4 + tlen + clen;
	if ((req = malloc(len + 1)) == NULL)
		abort();
	memcpy(req, "GET ", 4);
	memcpy(req + 4, target, tlen);
	memcpy(req + 4 + tlen, cookie, clen);
	(void)fuzz_http(req, len);
	free(req);
	free(cookie);
	free(target);
	return 0;
}
