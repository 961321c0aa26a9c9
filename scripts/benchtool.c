/*
 * benchtool: the two baselines and the ballot driver of `make bench`
 * (scripts/bench.sh), compiled by it.  Prints numbers; asserts none.
 *
 *   benchtool commits DB N
 *	N one-row commits, each its own transaction, in WAL with
 *	synchronous=FULL: the least a durable ballot can cost; with the
 *	CPU (user and system) the commits took, per commit.
 *   benchtool post URL FILE CLIENTS
 *	POSTs each line of FILE ("COOKIE BODY") to URL once, spread over
 *	CLIENTS keep-alive connections, and prints the latencies.
 */
#include <sys/resource.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>
#include <sqlite3.h>

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void
report(const char *what, double *ms, size_t n, double wall)
{
	qsort(ms, n, sizeof(*ms), cmp_double);
	printf("%s n=%zu wall_ms=%.0f per_ms=%.3f p50_ms=%.2f p95_ms=%.2f "
	    "p99_ms=%.2f max_ms=%.2f\n", what, n, wall, wall / (double)n,
	    ms[n / 2], ms[n * 95 / 100], ms[n * 99 / 100], ms[n - 1]);
}

/* The CPU (user and system) this process has taken, in ms. */
static double
cpu_ms(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

static int
commits(const char *path, int n)
{
	sqlite3		*db;
	sqlite3_stmt	*q;
	double		*ms, t0, t, c0;
	int		 i;

	if ((ms = calloc((size_t)n, sizeof(*ms))) == NULL ||
	    sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous "
	    "= FULL; CREATE TABLE IF NOT EXISTS ballot (id INTEGER PRIMARY "
	    "KEY, election INTEGER, org INTEGER, cast_at TEXT, UNIQUE "
	    "(election, org))", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO ballot (election, org, "
	    "cast_at) VALUES (1, ?, datetime('now'))", -1, &q, NULL) !=
	    SQLITE_OK)
		return 1;
	t0 = now_ms();
	c0 = cpu_ms();
	for (i = 0; i < n; i++) {
		t = now_ms();
		sqlite3_bind_int(q, 1, i);
		if (sqlite3_step(q) != SQLITE_DONE)
			return 1;
		sqlite3_reset(q);
		ms[i] = now_ms() - t;
	}
	printf("commits cpu_ms=%.3f\n", (cpu_ms() - c0) / (double)n);
	report("commits", ms, (size_t)n, now_ms() - t0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	free(ms);
	return 0;
}

struct job {
	const char	 *url;
	char		**lines;
	size_t		  n, first, step;
	double		 *ms;
	size_t		  bad;
};

static size_t
sink(char *p, size_t sz, size_t n, void *arg)
{
	(void)p; (void)arg;
	return sz * n;
}

static void *
client(void *arg)
{
	struct job	*j = arg;
	CURL		*h = curl_easy_init();
	char		 cookie[200], *sp;
	long		 status;
	size_t		 i;
	double		 t;

	curl_easy_setopt(h, CURLOPT_URL, j->url);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, sink);
	for (i = j->first; i < j->n; i += j->step) {
		if ((sp = strchr(j->lines[i], ' ')) == NULL)
			continue;
		snprintf(cookie, sizeof(cookie), "alliance_session=%.*s",
		    (int)(sp - j->lines[i]), j->lines[i]);
		curl_easy_setopt(h, CURLOPT_COOKIE, cookie);
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, sp + 1);
		t = now_ms();
		if (curl_easy_perform(h) != CURLE_OK)
			status = 0;
		else
			curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
		j->ms[i] = now_ms() - t;
		if (status != 200)
			j->bad++;
	}
	curl_easy_cleanup(h);
	return NULL;
}

static int
post(const char *url, const char *file, int clients)
{
	FILE		*f;
	char		 line[512], **lines = NULL;
	size_t		 n = 0, cap = 0, bad = 0;
	struct job	*jobs;
	pthread_t	*th;
	double		*ms, t0;
	int		 i;

	if ((f = fopen(file, "r")) == NULL)
		return 1;
	while (fgets(line, sizeof(line), f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (n == cap && (lines = realloc(lines, (cap = cap * 2 + 64) *
		    sizeof(*lines))) == NULL)
			return 1;
		if ((lines[n++] = strdup(line)) == NULL)
			return 1;
	}
	fclose(f);
	if (n == 0 || clients < 1)
		return 1;
	curl_global_init(CURL_GLOBAL_DEFAULT);
	ms = calloc(n, sizeof(*ms));
	jobs = calloc((size_t)clients, sizeof(*jobs));
	th = calloc((size_t)clients, sizeof(*th));
	if (ms == NULL || jobs == NULL || th == NULL)
		return 1;
	t0 = now_ms();
	for (i = 0; i < clients; i++) {
		jobs[i] = (struct job){ url, lines, n, (size_t)i,
		    (size_t)clients, ms, 0 };
		pthread_create(&th[i], NULL, client, &jobs[i]);
	}
	for (i = 0; i < clients; i++) {
		pthread_join(th[i], NULL);
		bad += jobs[i].bad;
	}
	report("post", ms, n, now_ms() - t0);
	printf("post refused=%zu\n", bad);
	curl_global_cleanup();
	return bad != 0;
}

int
main(int argc, char *argv[])
{
	if (argc == 4 && strcmp(argv[1], "commits") == 0)
		return commits(argv[2], atoi(argv[3]));
	if (argc == 5 && strcmp(argv[1], "post") == 0)
		return post(argv[2], argv[3], atoi(argv[4]));
	fprintf(stderr, "usage: benchtool commits DB N | "
	    "post URL FILE CLIENTS\n");
	return 2;
}
