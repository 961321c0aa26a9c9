/*
 * The HTTP tests' harness (harness.h): the server, a browser, and the
 * checks every test makes.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <curl/curl.h>

#include "harness.h"
#include "totp.h"

char		 dir[64], db[128], portfile[128], base[64];
static pid_t	 server;
char		*token;		/* an API token made by the CLI */

static size_t
on_body(char *p, size_t sz, size_t n, void *arg)
{
	struct resp	*r = arg;
	char		*nb = realloc(r->body, r->len + sz * n + 1);

	if (nb == NULL)
		return 0;
	memcpy(nb + r->len, p, sz * n);
	r->len += sz * n;
	nb[r->len] = '\0';
	r->body = nb;
	return sz * n;
}

static size_t
on_header(char *p, size_t sz, size_t n, void *arg)
{
	struct resp	*r = arg;
	size_t		 have = strlen(r->headers);

	if (have + sz * n < sizeof(r->headers) - 1) {
		memcpy(r->headers + have, p, sz * n);
		r->headers[have + sz * n] = '\0';
	}
	return sz * n;
}

void
resp_free(struct resp *r)
{
	free(r->body);
	memset(r, 0, sizeof(*r));
}

/* A browser: a curl handle with its own cookies. */
CURL *
browser(void)
{
	CURL *h = curl_easy_init();

	assert_non_null(h);
	curl_easy_setopt(h, CURLOPT_COOKIEFILE, "");
	return h;
}

/* A second browser with the cookies of the first. */
CURL *
same_person(CURL *h)
{
	CURL			*b = browser();
	struct curl_slist	*c = NULL, *i;

	assert_int_equal(curl_easy_getinfo(h, CURLINFO_COOKIELIST, &c),
	    CURLE_OK);
	for (i = c; i != NULL; i = i->next)
		curl_easy_setopt(b, CURLOPT_COOKIELIST, i->data);
	curl_slist_free_all(c);
	return b;
}

/* GET or (body != NULL) POST path; extra: one header or NULL. */
void
http(CURL *h, const char *path, const char *body, const char *extra,
    struct resp *r)
{
	char			 url[512];
	struct curl_slist	*hs = NULL;

	memset(r, 0, sizeof(*r));
	snprintf(url, sizeof(url), "%s%s", base, path);
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, r);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, r);
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	if (body != NULL) {
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
	} else
		curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
	if (extra != NULL)
		hs = curl_slist_append(hs, extra);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hs);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r->status);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
	curl_slist_free_all(hs);
	if (r->body == NULL)
		r->body = strdup("");
}

/* The CSRF token of the first form on path; *out 64 bytes. */
void
csrf_of(CURL *h, const char *path, char *out)
{
	struct resp	 r;
	const char	*p, *q;

	http(h, path, NULL, NULL, &r);
	p = strstr(r.body, "name=\"csrf\" value=\"");
	assert_non_null(p);
	p += strlen("name=\"csrf\" value=\"");
	q = strchr(p, '"');
	assert_non_null(q);
	snprintf(out, 64, "%.*s", (int)(q - p), p);
	resp_free(&r);
}

/* Runs a shell command; its first output line into out. */
void
sh(const char *cmd, char *out, size_t outsz)
{
	FILE	*f = popen(cmd, "r");
	size_t	 n;

	assert_non_null(f);
	if (out != NULL) {
		out[0] = '\0';
		if (fgets(out, (int)outsz, f) != NULL) {
			n = strlen(out);
			while (n > 0 && (out[n - 1] == '\n'))
				out[--n] = '\0';
		}
	}
	while (fgetc(f) != EOF)
		;
	assert_int_equal(pclose(f), 0);
}

/* A digest of every row in the database. */
void
digest(char out[64])
{
	char cmd[300];

	snprintf(cmd, sizeof(cmd), "sqlite3 %s .dump | md5sum", db);
	sh(cmd, out, 64);
}

int every;	/* --every for the next start: 0 none */
int trust;	/* --trust-proxy for the next start */

void
start_server(const char *now)
{
	const char	*valgrind = getenv("VALGRIND");
	char		 cmd[1024], port[16] = "";
	int		 i;
	FILE		*f;

	unlink(portfile);
	if ((server = fork()) == 0) {
		setenv("ALLIANCE_NOW", now, 1);
		snprintf(cmd, sizeof(cmd), "exec %s %s --db %s serve --listen "
		    "127.0.0.1:0 --threads 2 --every %d%s --port-file %s "
		    "2>>%s/serve.log", valgrind != NULL ? valgrind : "",
		    getenv("ALLIANCE"), db, every, trust ? " --trust-proxy" :
		    "", portfile, dir);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	for (i = 0; i < 600 && port[0] == '\0'; i++) {
		usleep(50000);
		if ((f = fopen(portfile, "r")) != NULL) {
			if (fgets(port, sizeof(port), f) == NULL)
				port[0] = '\0';
			fclose(f);
		}
	}
	assert_true(port[0] != '\0');
	port[strcspn(port, "\n")] = '\0';
	snprintf(base, sizeof(base), "http://127.0.0.1:%s", port);
}

/* SIGTERM: the server finishes and exits 0 (valgrind: no leaks). */
int
stop_server(void)
{
	return kill_server(SIGTERM);
}

int
server_pid(void)
{
	return (int)server;
}

int
kill_server(int sig)
{
	int st = 0;

	kill(server, sig);
	if (waitpid(server, &st, 0) != server)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

int
setup(void **state)
{
	char cmd[512];

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/alliance-http.XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(db, sizeof(db), "%s/web.db", dir);
	snprintf(portfile, sizeof(portfile), "%s/port", dir);
	snprintf(cmd, sizeof(cmd), "sh %s %s", getenv("FIXTURE"), db);
	if (system(cmd) != 0)
		return -1;
	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-06-25 %s --db %s token "
	    "create --name tests --scope members", getenv("ALLIANCE"), db);
	token = malloc(128);
	{
		FILE *f = popen(cmd, "r");

		if (f == NULL || fgets(token, 128, f) == NULL)
			return -1;
		pclose(f);
		token[strcspn(token, "\n")] = '\0';
	}
	curl_global_init(CURL_GLOBAL_DEFAULT);
	start_server("2025-06-25T12:00");
	return 0;
}

int
teardown(void **state)
{
	char cmd[200];
	int rc;

	(void)state;
	rc = stop_server();
	free(token);
	curl_global_cleanup();
	if (rc != 0) {
		fprintf(stderr, "server exited %d; see %s/serve.log\n", rc, dir);
		return -1;
	}
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Signs in by the emailed link; the session stays in h. */
void
sign_in(CURL *h, const char *email)
{
	struct resp	 r;
	char		 csrf[64], body[256], link[128], cmd[400];

	csrf_of(h, "/sign-in", csrf);
	snprintf(body, sizeof(body), "csrf=%s&email=%s", csrf, email);
	http(h, "/sign-in", body, NULL, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "Check your email"));
	resp_free(&r);
	/* The link is only in the message in the outbox. */
	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"SELECT body_text FROM outbox "
	    "WHERE kind = 'sign-in' AND recipient = '%s' ORDER BY id DESC "
	    "LIMIT 1\" | grep -o '/sign-in/[A-Za-z0-9_-]*' | head -1", db,
	    email);
	sh(cmd, link, sizeof(link));
	assert_int_equal(strlen(link), strlen("/sign-in/") + 43);
	csrf_of(h, link, csrf);
	snprintf(body, sizeof(body), "csrf=%s", csrf);
	http(h, link, body, NULL, &r);
	assert_int_equal(r.status, 303);
	assert_non_null(strstr(r.headers, "alliance_session="));
	assert_non_null(strstr(r.headers, "HttpOnly"));
	assert_non_null(strstr(r.headers, "SameSite=Lax"));
	resp_free(&r);
	/* Single use: the same link again signs no one in. */
	{
		CURL *other = browser();

		csrf_of(other, link, csrf);
		snprintf(body, sizeof(body), "csrf=%s", csrf);
		http(other, link, body, NULL, &r);
		assert_int_equal(r.status, 400);
		assert_non_null(strstr(r.body, "has been used or has expired"));
		resp_free(&r);
		curl_easy_cleanup(other);
	}
}

/* Signs Olive Officer in with her password and a fresh code. */
void
officer_sign_in(CURL *h)
{
	struct resp	r;
	char		csrf[64], body[300], code[7];

	csrf_of(h, "/sign-in", csrf);
	totp_next(code);
	snprintf(body, sizeof(body), "csrf=%s&officer-email=olive@sus.example"
	    ".org&password=correct+horse+battery+staple&code=%s", csrf, code);
	http(h, "/sign-in-password", body, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
}

void
cli_run(const char *cmd)
{
	char full[1024];

	snprintf(full, sizeof(full), "ALLIANCE_TODAY=2025-06-02 %s --db %s %s "
	    ">/dev/null", getenv("ALLIANCE"), db, cmd);
	assert_int_equal(system(full), 0);
}

void
add_signed_members(int n, const char *name, const char *ref)
{
	char	 path[200], cmd[300];
	FILE	*f;
	int	 i;

	snprintf(path, sizeof(path), "%s/%s-orgs.csv", dir, ref);
	assert_non_null(f = fopen(path, "w"));
	fprintf(f, "name,short name,sector\n");
	for (i = 0; i < n; i++)
		fprintf(f, "%s %02d,%s%02d,vcse\n", name, i, ref, i);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "org import %s", path);
	cli_run(cmd);
	snprintf(path, sizeof(path), "%s/%s-people.csv", dir, ref);
	assert_non_null(f = fopen(path, "w"));
	fprintf(f, "name,email,organisation\n");
	for (i = 0; i < n; i++)
		fprintf(f, "Lead %s%02d,lead@%s%02d.example.org,%s%02d\n", ref,
		    i, ref, i, ref, i);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "person import %s", path);
	cli_run(cmd);
	for (i = 0; i < n; i++) {
		snprintf(cmd, sizeof(cmd), "member add --group southwest "
		    "--organisation %s%02d --kind full", ref, i);
		cli_run(cmd);
		snprintf(cmd, sizeof(cmd), "member sign --organisation %s%02d "
		    "--name 'Chief Officer' --role 'Chief Officer' --date "
		    "2025-06-02 --authority", ref, i);
		cli_run(cmd);
	}
}
