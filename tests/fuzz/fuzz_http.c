/*
 * fuzz_http: the server's own request handling (src/web/server.c:
 * libmicrohttpd, post_iter, raw_finish, the routes and the pages) with
 * no network.  A daemon with no listening socket is handed one end of
 * a socketpair per request and turned here, in the fuzzer's thread, on
 * an in-memory arrangement where an officer is signed in; each request
 * is rolled back after.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <liboath/oath.h>
#include <microhttpd.h>

#include "web/web.h"
#include "fuzz.h"

#define TOTP_SECRET	"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

static struct core		 core;
static struct web_config	 conf;
static struct MHD_Daemon	*daemon_;
static char			*sid, *token;
static char			 csrf[48];

void
fuzz_http_init(void)
{
	struct person_in	 p = { "Fuzz Officer", "officer@fuzz.invalid",
	    NULL, NULL, NULL };
	struct core_who		 who;
	char			*key = NULL, code[8];
	size_t			 keylen = 0;
	int64_t			 id;
	int			 enrol = 0;

	if (daemon_ != NULL)
		return;
	fuzz_core(&core, "staffordshire-alliance");
	/* The officer's second factor, and the code their app shows. */
	if (oath_init() != OATH_OK || oath_base32_decode(TOTP_SECRET,
	    strlen(TOTP_SECRET), &key, &keylen) != OATH_OK ||
	    oath_totp_generate(key, keylen, time(NULL), 30, 0, 6, code) !=
	    OATH_OK)
		abort();
	free(key);
	if (core_person_add(&core, &p, &id) != CORE_OK ||
	    core_user_add(&core, "officer@fuzz.invalid", 1) != CORE_OK ||
	    core_user_password(&core, "officer@fuzz.invalid",
	    "correct horse battery staple") != CORE_OK ||
	    core_user_totp(&core, "officer@fuzz.invalid", 0, TOTP_SECRET) !=
	    CORE_OK ||
	    core_signin_password(&core, "officer@fuzz.invalid",
	    "correct horse battery staple", code, &sid, &enrol) != CORE_OK ||
	    core_session(&core, sid, &who) != CORE_OK || !who.officer ||
	    core_token_create(&core, "fuzz", "members", NULL, &token) !=
	    CORE_OK) {
		fprintf(stderr, "fuzz_http: %s\n", core.err);
		exit(1);
	}
	snprintf(csrf, sizeof(csrf), "%s", who.csrf);
	conf.listen = "127.0.0.1:0";
	conf.db = ":memory:";
	conf.threads = 1;
	if ((daemon_ = web_daemon_external(&conf, &core, 1)) == NULL) {
		fprintf(stderr, "fuzz_http: no daemon\n");
		exit(1);
	}
}

/* Appends n bytes of s to *b, growing it. */
static void
put(char **b, size_t *len, size_t *cap, const char *s, size_t n)
{
	if (*len + n + 1 > *cap) {
		*cap = (*len + n + 1) * 2;
		if ((*b = realloc(*b, *cap)) == NULL)
			abort();
	}
	memcpy(*b + *len, s, n);
	*len += n;
	(*b)[*len] = '\0';
}

char *
fuzz_http_fill(const uint8_t *data, size_t size, size_t *outlen)
{
	static const char *const names[] = { "@SID@", "@CSRF@", "@TOKEN@" };
	const char	*vals[3] = { sid, csrf, token };
	char		*b = NULL;
	size_t		 len = 0, cap = 0, i, k, n;

	put(&b, &len, &cap, "", 0);
	for (i = 0; i < size; ) {
		for (k = 0; k < 3; k++) {
			n = strlen(names[k]);
			if (size - i >= n && memcmp(data + i, names[k], n) == 0)
				break;
		}
		if (k < 3) {
			put(&b, &len, &cap, vals[k], strlen(vals[k]));
			i += strlen(names[k]);
		} else
			put(&b, &len, &cap, (const char *)data + i++, 1);
	}
	*outlen = len;
	return b;
}

int
fuzz_http(const char *req, size_t len)
{
	struct sockaddr_in	 sa;
	const union MHD_DaemonInfo *di;
	char			 ans[4096], head[16];
	size_t			 sent = 0, hl = 0, k;
	ssize_t			 n;
	int			 sv[2], i, status = 0;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
		abort();
	fcntl(sv[1], F_SETFL, O_NONBLOCK);
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (core_begin(&core) != CORE_OK)
		abort();
	if (MHD_add_connection(daemon_, sv[0], (struct sockaddr *)&sa,
	    sizeof(sa)) != MHD_YES)
		abort();
	if (len == 0)
		shutdown(sv[1], SHUT_WR);
	for (i = 0; i < 20000; i++) {
		if (sent < len) {
			n = write(sv[1], req + sent, len - sent);
			if (n > 0 && (sent += (size_t)n) == len)
				shutdown(sv[1], SHUT_WR);
		}
		MHD_run(daemon_);
		n = read(sv[1], ans, sizeof(ans));
		if (n == 0 || (n < 0 && errno != EAGAIN))
			break;
		for (k = 0; n > 0 && k < (size_t)n && hl < sizeof(head) - 1;
		    k++)
			head[hl++] = ans[k];
	}
	close(sv[1]);
	head[hl] = '\0';
	if (hl >= 12 && strncmp(head, "HTTP/1.", 7) == 0)
		status = atoi(head + 9);
	/* The server sees the end and lets the connection go. */
	for (i = 0; i < 1000; i++) {
		MHD_run(daemon_);
		di = MHD_get_daemon_info(daemon_,
		    MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
		if (di == NULL || di->num_connections == 0)
			break;
	}
	(void)core_end(&core, CORE_EINVAL);
	return status;
}

int
fuzz_http_post(const uint8_t *data, size_t size, const char *ctype)
{
	const uint8_t	*nl = memchr(data, '\n', size);
	char		*path, *body, *req;
	size_t		 plen, blen, len;
	int		 status;

	if (nl == NULL)
		return 0;
	path = fuzz_http_fill(data, (size_t)(nl - data), &plen);
	body = fuzz_http_fill(nl + 1, size - (size_t)(nl + 1 - data), &blen);
	len = plen + blen + strlen(ctype) + strlen(sid) + 200;
	if ((req = malloc(len)) == NULL)
		abort();
	len = (size_t)snprintf(req, len, "POST %.*s HTTP/1.1\r\n"
	    "Host: fuzz\r\nCookie: alliance_session=%s\r\n"
	    "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n", (int)plen,
	    path, sid, ctype, blen);
	if ((req = realloc(req, len + blen + 1)) == NULL)
		abort();
	memcpy(req + len, body, blen);
	status = fuzz_http(req, len + blen);
	free(req);
	free(body);
	free(path);
	return status;
}
