/*
 * core: the context, transactions and error reporting shared by every
 * use case.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core.h"
#include "core_int.h"
#include "store/rec_arrangement.h"
#include "store/rec_flag.h"
#include "store/store.h"

static enum core_err
core_vfail(struct core *c, enum core_err code, const char *field,
    const char *fmt, va_list ap)
{
	vsnprintf(c->err, sizeof(c->err), fmt, ap);
	snprintf(c->field, sizeof(c->field), "%s", field != NULL ? field : "");
	return code;
}

enum core_err
core_fail(struct core *c, enum core_err code, const char *field,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	code = core_vfail(c, code, field, fmt, ap);
	va_end(ap);
	return code;
}

int
core_int_answer(struct core *c, enum store_err rc, int refused,
    enum core_err code, const char *doing, const char *field,
    const char *fmt, ...)
{
	va_list ap;

	if (rc != STORE_OK)
		return core_store_fail(c, rc, doing);
	if (!refused)
		return CORE_OK;
	va_start(ap, fmt);
	code = core_vfail(c, code, field, fmt, ap);
	va_end(ap);
	return code;
}

enum core_err
core_store_fail(struct core *c, enum store_err rc, const char *what)
{
	switch (rc) {
	case STORE_OK:
		return CORE_OK;
	case STORE_BUSY:
		return core_fail(c, CORE_EBUSY, NULL, "the database is locked "
		    "by another program; nothing was changed, try again");
	case STORE_CONSTRAINT:
		return core_fail(c, CORE_EEXIST, NULL, "%s: %s", what,
		    store_errmsg(c->st));
	default:
		if (store_readonly(c->st))
			return core_fail(c, CORE_EFAULT, NULL, "the database is "
			    "read-only for this user (its file or its disk); "
			    "nothing was changed");
		return core_fail(c, CORE_EFAULT, NULL, "storage fault while "
		    "%s: %s", what, store_errmsg(c->st));
	}
}

/*
 * The clock, as text: made once a second per thread, since every
 * request asks for it.  Tests replay a year by setting ALLIANCE_TODAY
 * (YYYY-MM-DD) or ALLIANCE_NOW (YYYY-MM-DDTHH:MM); each value is checked
 * once per thread, and again when it changes.
 */
static __thread struct {
	time_t	 t;
	char	 now[32], today[DATE_LEN];
	char	 env_today[32], env_now[32];	/* checked values */
} tl_clock = { -1, "", "", "", "" };

/* now (32 bytes) and today from the clock; c, when not NULL, told why
 * the environment's dates are refused. */
static int
clock_read(char *now, char *today, struct core *c)
{
	const char	*env;
	time_t		 t = time(NULL);
	struct tm	 tm;
	int		 days;

	if (t != tl_clock.t) {
		gmtime_r(&t, &tm);
		strftime(tl_clock.now, sizeof(tl_clock.now),
		    "%Y-%m-%dT%H:%M:%SZ", &tm);
		strftime(tl_clock.today, sizeof(tl_clock.today), "%Y-%m-%d",
		    &tm);
		tl_clock.t = t;
	}
	memcpy(now, tl_clock.now, sizeof(tl_clock.now));
	memcpy(today, tl_clock.today, sizeof(tl_clock.today));
	if ((env = getenv("ALLIANCE_TODAY")) != NULL && *env != '\0') {
		if (strcmp(env, tl_clock.env_today) != 0) {
			if (date_parse(env, &days) != 0)
				return c == NULL ? CORE_EINVAL : core_fail(c,
				    CORE_EINVAL, "ALLIANCE_TODAY",
				    "ALLIANCE_TODAY '%s' is not a date; "
				    "expected YYYY-MM-DD", env);
			snprintf(tl_clock.env_today,
			    sizeof(tl_clock.env_today), "%s", env);
		}
		snprintf(today, DATE_LEN, "%s", env);
		snprintf(now, 32, "%sT12:00:00Z", env);
	}
	/* ALLIANCE_NOW sets the time too, for polls. */
	if ((env = getenv("ALLIANCE_NOW")) != NULL && *env != '\0') {
		if (strcmp(env, tl_clock.env_now) != 0) {
			char day[DATE_LEN];

			snprintf(day, sizeof(day), "%.10s", env);
			if (strlen(env) != 16 || env[10] != 'T' ||
			    env[13] != ':' || date_parse(day, &days) != 0)
				return c == NULL ? CORE_EINVAL : core_fail(c,
				    CORE_EINVAL, "ALLIANCE_NOW", "ALLIANCE_NOW "
				    "'%s' is not accepted; expected "
				    "YYYY-MM-DDTHH:MM", env);
			snprintf(tl_clock.env_now, sizeof(tl_clock.env_now),
			    "%s", env);
		}
		snprintf(today, DATE_LEN, "%.10s", env);
		snprintf(now, 32, "%s:00Z", env);
	}
	return CORE_OK;
}

int
core_clock(struct core *c)
{
	return clock_read(c->now, c->today, c);
}

int
core_now(char *now)
{
	char today[DATE_LEN];

	return clock_read(now, today, NULL);
}

int
core_open(struct core *c, const char *path, int create)
{
	char	msg[400];
	int	rc;

	memset(c, 0, sizeof(*c));
	if ((rc = core_clock(c)) != CORE_OK)
		return rc;
	c->actor = "officer";
	core_int_key_path(c, path);
	rc = store_open(path, create, &c->st, msg, sizeof(msg));
	if (rc != STORE_OK)
		return core_fail(c, rc == STORE_BUSY ? CORE_EBUSY :
		    CORE_EFAULT, NULL, "%s", msg);
	return CORE_OK;
}

int
core_selftest(struct core *c)
{
	char	msg[400];

	if (store_selftest(c->st, msg, sizeof(msg)) != STORE_OK)
		return core_fail(c, CORE_EFAULT, NULL, "a statement of the "
		    "program is wrong: %s", msg);
	return CORE_OK;
}

void
core_close(struct core *c)
{
	core_check_forget(c);
	constitution_free(&c->cons);
	core_int_key_free(c);
	store_close(c->st);
	c->st = NULL;
}

/*
 * One writer at a time in the process, queued here rather than by
 * SQLite's busy handler, which sleeps and backs off: a burst of ballots
 * then waits its turn in order, and readers are never blocked (WAL).
 * Recursive: a thread that opens a second core (a backup's check) meets
 * SQLite's lock as before, not a deadlock.
 */
static pthread_mutex_t writer = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

void
core_read_begin(struct core *c)
{
	if (c->depth == 0 && !c->reading && store_begin_read(c->st) ==
	    STORE_OK)
		c->reading = 1;
}

void
core_read_end(struct core *c)
{
	if (c->reading && store_commit(c->st) != STORE_OK)
		store_rollback(c->st);
	c->reading = 0;
	core_int_session_write(c);
}

int
core_begin(struct core *c)
{
	int rc;

	if (c->depth++ > 0)
		return CORE_OK;
	core_read_end(c);
	pthread_mutex_lock(&writer);
	if ((rc = store_begin(c->st)) == STORE_OK)
		return CORE_OK;
	pthread_mutex_unlock(&writer);
	c->depth = 0;
	return core_store_fail(c, rc, "starting a change");
}

int
core_begin_now(struct core *c)
{
	if (c->depth > 0)
		return core_begin(c);
	core_read_end(c);
	if (pthread_mutex_trylock(&writer) != 0)
		return CORE_EBUSY;
	if (store_begin_now(c->st) != STORE_OK) {
		pthread_mutex_unlock(&writer);
		return CORE_EBUSY;
	}
	c->depth = 1;
	return CORE_OK;
}

int
core_end(struct core *c, int rc)
{
	int src;

	if (c->depth <= 0)	/* no change was begun */
		return rc;
	if (--c->depth > 0)
		return rc;
	/* Rows written without an entry of their own are vouched for. */
	if (rc == CORE_OK && store_ledger_pending(c->st) > 0)
		rc = core_auditf(c, "ledger.vouch", "ledger", 0, "{}");
	if (rc != CORE_OK)
		store_rollback(c->st);
	else if ((src = store_commit(c->st)) != STORE_OK) {
		rc = core_store_fail(c, src, "saving the change");
		store_rollback(c->st);
	}
	pthread_mutex_unlock(&writer);
	return rc;
}

int
core_int_end_flags(struct core *c, int rc, struct check_flag_list *flags)
{
	if ((rc = core_end(c, rc)) != CORE_OK)
		check_flag_list_free(flags);
	return rc;
}

int
core_int_constitution_version(struct core *c, const char *date,
    struct rec_constitution_version *out, int *found)
{
	int rc, any = 0;

	rc = store_const_at(c->st, c->arr, date, out, &any);
	if (found != NULL)
		*found = any;
	if (rc != STORE_OK) {
		rec_constitution_version_clear(out);
		return core_store_fail(c, rc, "reading the constitution");
	}
	if (!any && found == NULL)
		return core_fail(c, CORE_ENOTFOUND, "date", "no constitution "
		    "of %s was in force on %s", c->arr_slug, date);
	return CORE_OK;
}

/* Loads the constitution in force on date into *out. */
int
core_int_constitution_at(struct core *c, const char *date,
    struct constitution *out)
{
	struct rec_constitution_version	 v;
	struct cs_error			 cerr;
	int				 rc;

	memset(out, 0, sizeof(*out));
	memset(&v, 0, sizeof(v));
	if ((rc = core_int_constitution_version(c, date, &v, NULL)) !=
	    CORE_OK)
		return rc;
	rc = constitution_parse(v.body, out, &cerr);
	rec_constitution_version_clear(&v);
	if (rc != 0)
		return core_fail(c, CORE_EFAULT, NULL, "the stored "
		    "constitution does not parse (line %d, %s: %s)",
		    cerr.line, cerr.setting, cerr.msg);
	return CORE_OK;
}

/*
 * The constitution in force today into c->cons, parsed only when its
 * version differs from the one parsed last (it is re-read as the data
 * changes, and the text is the same nearly always).
 */
static int
use_constitution(struct core *c)
{
	int64_t	id;
	int	rc;

	/* Its id only: the text (tens of KB) is read when it is new. */
	rc = store_const_id_at(c->st, c->arr, c->today, &id);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the constitution");
	if (id != 0 && id == c->cons_id && c->cons.v != NULL &&
	    (const void *)c->cons.v == c->cons_v)
		return CORE_OK;
	constitution_free(&c->cons);
	c->cons_id = 0;
	c->cons_v = NULL;
	if ((rc = core_int_constitution_at(c, c->today, &c->cons)) != CORE_OK)
		return rc;
	/* The version parsed: read again, as the parse read its text. */
	if (store_const_id_at(c->st, c->arr, c->today, &id) == STORE_OK &&
	    id != 0) {
		c->cons_id = id;
		c->cons_v = c->cons.v;
	}
	return CORE_OK;
}

int
core_use(struct core *c, const char *slug)
{
	struct rec_arrangement_list	 rows = { NULL, 0 };
	struct rec_arrangement		 one = { 0 };
	const struct rec_arrangement	*row = NULL;
	char				 names[256] = "";
	uint64_t			 v = 0, stamp;
	int64_t				 arr;
	size_t				 i;
	int				 rc, found = 0, known = 0;

	/* The same data, day and arrangement as last time: the same
	 * arrangement, constitution and settled memberships.  Outside a
	 * transaction the data's stamp tells, with no read of the file;
	 * the stamp and the version are both taken before anything is
	 * read, so what is read is at least as new as what is kept (a
	 * commit by another meanwhile only means one more read).  A
	 * constitution put in place of the one read (an action's, rolled
	 * back) is read again. */
	stamp = core_stamp(c);
	if (c->arr != 0 && strcmp(c->use_today, c->today) == 0 &&
	    strcmp(c->use_slug, slug != NULL ? slug : "") == 0 &&
	    (const void *)c->cons.v == c->cons_v &&
	    ((stamp != 0 && stamp == c->use_stamp) ||
	    (c->use_version != 0 && (known = store_use_version(c->st, &v) ==
	    STORE_OK) && v == c->use_version)))
		return CORE_OK;
	if (!known && (c->depth != 0 || store_use_version(c->st, &v) !=
	    STORE_OK))
		v = 0;
	c->use_version = 0;
	c->use_stamp = 0;
	if (slug != NULL) {
		rc = store_arr_by_slug(c->st, slug, &one, &found);
		row = found ? &one : NULL;
	} else {
		rc = store_arr_list(c->st, &rows);
		if (rc == STORE_OK && rows.n == 1)
			row = &rows.v[0];
	}
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading arrangements");
	if (row == NULL) {
		for (i = 0; slug == NULL && i < rows.n; i++)
			snprintf(names + strlen(names), sizeof(names) -
			    strlen(names), "%s%s", i ? ", " : "",
			    rows.v[i].slug != NULL ? rows.v[i].slug : "");
		rc = slug != NULL ?
		    core_fail(c, CORE_ENOTFOUND, "arrangement", "no "
		    "arrangement '%s' in this database", slug) :
		    rows.n == 0 ?
		    core_fail(c, CORE_ENOTFOUND, "arrangement", "this "
		    "database holds no arrangement yet; create one with "
		    "'alliance init --template NAME'") :
		    core_fail(c, CORE_EINVAL, "arrangement", "this database "
		    "holds several arrangements (%s); choose one with "
		    "--arrangement SLUG", names);
		rec_arrangement_list_free(&rows);
		return rc;
	}
	arr = c->arr;
	c->arr = row->id;
	snprintf(c->arr_slug, sizeof(c->arr_slug), "%s", row->slug != NULL ?
	    row->slug : "");
	snprintf(c->arr_name, sizeof(c->arr_name), "%s", row->name != NULL ?
	    row->name : "");
	rec_arrangement_list_free(&rows);
	rec_arrangement_clear(&one);
	if (c->arr != arr)
		c->cons_id = 0;
	if ((rc = use_constitution(c)) != CORE_OK ||
	    (rc = core_int_settle(c)) != CORE_OK)
		return rc;
	/* Kept only outside a transaction: one rolled back would undo
	 * what this read. */
	if (c->depth == 0 && v != 0) {
		c->use_version = v;
		c->use_stamp = stamp;
		snprintf(c->use_today, sizeof(c->use_today), "%s", c->today);
		snprintf(c->use_slug, sizeof(c->use_slug), "%s",
		    slug != NULL ? slug : "");
	} else
		c->use_version = 0;
	return CORE_OK;
}

uint64_t
core_stamp(struct core *c)
{
	/* Outside any transaction only: within one, what this connection
	 * sees is its snapshot or its own change, not the file's last
	 * commit. */
	if (c->depth != 0 || c->reading)
		return 0;
	if (!c->watch_tried) {
		c->watch_tried = 1;
		c->watch = store_watch(c->st);
	}
	return store_stamp(c->watch);
}

const void *
core_watch(struct core *c)
{
	(void)core_stamp(c);
	return c->watch;
}

uint64_t
core_watch_stamp(const void *watch)
{
	return store_stamp(watch);
}

int
core_int_year(struct core *c, int year, char *from, char *to)
{
	if (year < 2000 || year > 2100)
		return core_fail(c, CORE_EINVAL, "year", "year %d is not "
		    "accepted; expected a year such as 2026", year);
	if (from != NULL)
		snprintf(from, 16, "%04d-01-01", year);
	if (to != NULL)
		snprintf(to, 16, "%04d-12-31", year);
	return CORE_OK;
}
