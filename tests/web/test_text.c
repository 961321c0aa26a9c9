/*
 * Text is UTF-8 everywhere, on the web: a form field (public, member,
 * officer, the constitution) or an API reference that is not UTF-8 is
 * refused by its name and changes nothing; a stored value that is not
 * (an older database, an outside edit) still reads, with U+FFFD.
 *
 * Against the real server, as tests/web/test_http.c: `alliance serve`
 * on a free loopback port over the arrangement of tests/web/fixture.sh,
 * driven with libcurl.  Environment: ALLIANCE, FIXTURE, and VALGRIND (a
 * prefix for the server) if set.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <curl/curl.h>
#include <jansson.h>

static char	 dir[64], db[128], portfile[128], base[64], auth[200];
static pid_t	 server;

struct resp {
	long	 status;
	char	*body;
	size_t	 len;
};

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

static void
resp_free(struct resp *r)
{
	free(r->body);
	memset(r, 0, sizeof(*r));
}

static CURL *
browser(void)
{
	CURL *h = curl_easy_init();

	assert_non_null(h);
	curl_easy_setopt(h, CURLOPT_COOKIEFILE, "");
	return h;
}

/* GET or (body != NULL) POST path; extra: one header or NULL.  Bytes
 * written %XX in body or path reach the server as they are. */
static void
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

/* The CSRF token of the first form on path; out: 64 bytes. */
static void
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

/* Runs a shell command; its first output line into out (or NULL). */
static void
sh(const char *cmd, char *out, size_t outsz)
{
	FILE *f = popen(cmd, "r");

	assert_non_null(f);
	if (out != NULL) {
		out[0] = '\0';
		if (fgets(out, (int)outsz, f) != NULL)
			out[strcspn(out, "\n")] = '\0';
	}
	while (fgetc(f) != EOF)
		;
	assert_int_equal(pclose(f), 0);
}

/* A digest of every row in the database. */
static void
digest(char out[64])
{
	char cmd[300];

	snprintf(cmd, sizeof(cmd), "sqlite3 %s .dump | md5sum", db);
	sh(cmd, out, 64);
}

/* POSTs body to path and expects the form refused, naming label, with
 * the database as it was. */
static void
refused(CURL *h, const char *path, const char *body, const char *label)
{
	struct resp	r;
	char		before[64], after[64], want[128];

	digest(before);
	http(h, path, body, NULL, &r);
	assert_int_equal(r.status, 400);
	snprintf(want, sizeof(want), "%s: not valid UTF-8 text", label);
	if (strstr(r.body, want) == NULL)
		fail_msg("%s: no \"%s\" in the answer", path, want);
	assert_non_null(strstr(r.body, "Nothing was changed"));
	resp_free(&r);
	digest(after);
	assert_string_equal(before, after);
}

/* Signs in by the emailed link; the session stays in h. */
static void
sign_in(CURL *h, const char *email)
{
	struct resp	 r;
	char		 csrf[64], body[256], link[128], cmd[400];

	csrf_of(h, "/sign-in", csrf);
	snprintf(body, sizeof(body), "csrf=%s&email=%s", csrf, email);
	http(h, "/sign-in", body, NULL, &r);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"SELECT body_text FROM outbox "
	    "WHERE kind = 'sign-in' AND recipient = '%s' ORDER BY id DESC "
	    "LIMIT 1\" | grep -o '/sign-in/[A-Za-z0-9_-]*' | head -1", db,
	    email);
	sh(cmd, link, sizeof(link));
	csrf_of(h, link, csrf);
	snprintf(body, sizeof(body), "csrf=%s", csrf);
	http(h, link, body, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
}

static void
officer(CURL *h, char csrf[64])
{
	struct resp	r;
	char		body[300];

	csrf_of(h, "/sign-in", csrf);
	snprintf(body, sizeof(body), "csrf=%s&officer-email=olive@sus.example"
	    ".org&password=correct+horse+battery+staple", csrf);
	http(h, "/sign-in-password", body, NULL, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	csrf_of(h, "/officer/organisations", csrf);
}

/* --- the tests --- */

/* A visitor's sign-in address: no message is queued. */
static void
test_public_form_refuses_bad_text(void **state)
{
	CURL	*h = browser();
	char	 csrf[64], body[200];

	(void)state;
	csrf_of(h, "/sign-in", csrf);
	snprintf(body, sizeof(body), "csrf=%s&email=lead%%FF@ww.example.org",
	    csrf);
	refused(h, "/sign-in", body, "Email");
	curl_easy_cleanup(h);
}

/* A member signing the declaration, with a name in Windows-1252. */
static void
test_member_form_refuses_bad_text(void **state)
{
	CURL	*h = browser();
	char	 csrf[64], body[300];

	(void)state;
	sign_in(h, "asha@bct.example.org");
	csrf_of(h, "/me/sign", csrf);
	snprintf(body, sizeof(body), "csrf=%s&name=Asha+Patel&role=Caf%%E9+"
	    "Chair&date-day=25&date-month=6&date-year=2025&authority=yes",
	    csrf);
	refused(h, "/me/sign", body, "Role");
	curl_easy_cleanup(h);
}

/* The officer's forms: an organisation's name and short name. */
static void
test_officer_form_refuses_bad_text(void **state)
{
	CURL	*h = browser();
	char	 csrf[64], body[300];

	(void)state;
	officer(h, csrf);
	snprintf(body, sizeof(body), "csrf=%s&name=%%FF&sector=vcse", csrf);
	refused(h, "/officer/organisations", body, "Name");
	snprintf(body, sizeof(body), "csrf=%s&name=Stone+Shed&short_name="
	    "S%%C3&sector=vcse", csrf);
	refused(h, "/officer/organisations", body, "Short name");
	curl_easy_cleanup(h);
}

/* The constitution the officer uploads (pastes) on its page. */
static void
test_constitution_upload_refuses_bad_text(void **state)
{
	CURL	*h = browser();
	char	 csrf[64], body[300];

	(void)state;
	officer(h, csrf);
	snprintf(body, sizeof(body), "csrf=%s&constitution=arrangement.name"
	    "+%%3D+Caf%%E9+Alliance%%0A&effective-day=1&effective-month=9&"
	    "effective-year=2025", csrf);
	refused(h, "/officer/constitution", body, "Constitution");
	curl_easy_cleanup(h);
}

/* The API: a reference that is not UTF-8 is named. */
static void
test_api_refuses_bad_ref(void **state)
{
	CURL		*h = browser();
	struct resp	 r;

	(void)state;
	http(h, "/api/v1/organisations/Caf%E9", NULL, auth, &r);
	assert_int_equal(r.status, 400);
	assert_non_null(strstr(r.body, "\"field\": \"ref\""));
	assert_non_null(strstr(r.body, "ref: not valid UTF-8 text"));
	resp_free(&r);
	curl_easy_cleanup(h);
}

/* A value stored before the check (or edited outside) still reads:
 * the list, the record and the register show U+FFFD in its place. */
static void
test_stored_bad_text_reads_with_replacement(void **state)
{
	CURL		*h = browser();
	struct resp	 r;
	json_t		*j;
	char		 cmd[300];

	(void)state;
	snprintf(cmd, sizeof(cmd), "sqlite3 %s \"UPDATE organisation SET "
	    "name = CAST(X'4C65656B20FF4C696F6E73' AS TEXT) WHERE "
	    "short_name = 'll'\"", db);
	sh(cmd, NULL, 0);
	http(h, "/api/v1/organisations", NULL, auth, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(j = json_loads(r.body, 0, NULL));
	assert_true(json_array_size(j) > 5);
	json_decref(j);
	assert_non_null(strstr(r.body, "Leek \xef\xbf\xbdLions"));
	resp_free(&r);
	http(h, "/api/v1/organisations/ll", NULL, auth, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "Leek \xef\xbf\xbdLions"));
	resp_free(&r);
	curl_easy_cleanup(h);
}

static void
start_server(void)
{
	const char	*valgrind = getenv("VALGRIND");
	char		 cmd[1024], port[16] = "";
	int		 i;
	FILE		*f;

	if ((server = fork()) == 0) {
		setenv("ALLIANCE_NOW", "2025-06-25T12:00", 1);
		snprintf(cmd, sizeof(cmd), "exec %s %s --db %s serve --listen "
		    "127.0.0.1:0 --threads 2 --every 0 --port-file %s "
		    "2>>%s/serve.log", valgrind != NULL ? valgrind : "",
		    getenv("ALLIANCE"), db, portfile, dir);
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

static int
setup(void **state)
{
	char cmd[512], token[128];

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/alliance-text.XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(db, sizeof(db), "%s/web.db", dir);
	snprintf(portfile, sizeof(portfile), "%s/port", dir);
	snprintf(cmd, sizeof(cmd), "sh %s %s", getenv("FIXTURE"), db);
	if (system(cmd) != 0)
		return -1;
	snprintf(cmd, sizeof(cmd), "ALLIANCE_TODAY=2025-06-25 %s --db %s token "
	    "create --name tests", getenv("ALLIANCE"), db);
	{
		FILE *f = popen(cmd, "r");

		if (f == NULL || fgets(token, sizeof(token), f) == NULL)
			return -1;
		pclose(f);
		token[strcspn(token, "\n")] = '\0';
	}
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	start_server();
	return 0;
}

/* SIGTERM: the server finishes and exits 0 (valgrind: no leaks). */
static int
teardown(void **state)
{
	char	cmd[200];
	int	st = 0;

	(void)state;
	kill(server, SIGTERM);
	curl_global_cleanup();
	if (waitpid(server, &st, 0) != server || !WIFEXITED(st) ||
	    WEXITSTATUS(st) != 0) {
		fprintf(stderr, "server did not exit well; see %s/serve.log\n",
		    dir);
		return -1;
	}
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_public_form_refuses_bad_text),
		cmocka_unit_test(test_member_form_refuses_bad_text),
		cmocka_unit_test(test_officer_form_refuses_bad_text),
		cmocka_unit_test(test_constitution_upload_refuses_bad_text),
		cmocka_unit_test(test_api_refuses_bad_ref),
		/* Last: it edits a row behind the audit log's back. */
		cmocka_unit_test(test_stored_bad_text_reads_with_replacement),
	};

	if (getenv("ALLIANCE") == NULL || getenv("FIXTURE") == NULL) {
		fprintf(stderr, "set ALLIANCE and FIXTURE\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
