/*
 * fuzz_api: the JSON API's requests: the path and query under /api/v1
 * with a valid token (the API reads no bodies: it answers GET only).
 * The first line of the input is the method and target, the rest any
 * further headers.
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
	static const char	 auth[] = "Authorization: Bearer @TOKEN@\r\n";
	const uint8_t		*nl = memchr(data, '\n', size);
	char			*line, *rest, *tok, *req;
	size_t			 llen, rlen, tlen, len;

	if (nl == NULL)
		return 0;
	line = fuzz_http_fill(data, (size_t)(nl - data), &llen);
	rest = fuzz_http_fill(nl + 1, size - (size_t)(nl + 1 - data), &rlen);
	tok = fuzz_http_fill((const uint8_t *)auth, sizeof(auth) - 1, &tlen);
	len = llen + rlen + tlen + 64;
	if ((req = malloc(len)) == NULL)
		abort();
	len = (size_t)snprintf(req, len, "%.*s HTTP/1.1\r\nHost: fuzz\r\n"
	    "%s%.*s\r\n", (int)llen, line, tok, (int)rlen, rest);
	(void)fuzz_http(req, len);
	free(req);
	free(tok);
	free(rest);
	free(line);
	return 0;
}
