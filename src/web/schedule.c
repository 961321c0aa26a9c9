/*
 * schedule: the thread of `alliance serve` that does the work of the
 * clock (schedule.h).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>

#include "net/smtp.h"
#include "core/records.h"
#include "schedule.h"

/*
 * The schedule: every cf->every seconds the reminders the constitution
 * calls for are queued (each once), and, when a mail server is
 * configured, the outbox is delivered.  Its own connection; it stops
 * with the server.
 */
static struct {
	pthread_mutex_t	 lock;
	pthread_cond_t	 cv;
	int		 stop;
	pthread_t	 th;
} sched = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0 };

static void *
scheduler(void *arg)
{
	const struct web_config	*cf = arg;
	struct smtp_config	 sc;
	struct core		 c;
	struct timespec		 ts;
	struct remind_list	 reminders;
	struct mail_digest	 digest;
	struct mail_sent	 sent;
	struct retention	 kept;
	int			 smtp = smtp_config_env(&sc) == 0;

	if (core_open(&c, cf->db, 0) != CORE_OK) {
		fprintf(stderr, "alliance: reminders stopped: %s\n", c.err);
		core_close(&c);
		return NULL;
	}
	pthread_mutex_lock(&sched.lock);
	while (!sched.stop) {
		pthread_mutex_unlock(&sched.lock);
		c.actor = "alliance serve (schedule)";
		if (core_clock(&c) == CORE_OK &&
		    core_use(&c, cf->arrangement) == CORE_OK &&
		    core_remind(&c, 0, &reminders) == CORE_OK) {
			if (reminders.n > 0)
				fprintf(stderr, "alliance: %zu reminder(s) "
				    "queued\n", reminders.n);
			remind_list_free(&reminders);
		} else
			fprintf(stderr, "alliance: reminders: %s\n", c.err);
		if (core_mail_digest(&c, &digest) != CORE_OK)
			fprintf(stderr, "alliance: digest: %s\n", c.err);
		/* Personal data kept past the constitution's retention. */
		if (c.arr != 0 && core_retention_apply(&c, &kept) != CORE_OK)
			fprintf(stderr, "alliance: retention: %s\n", c.err);
		if (smtp && core_mail_send(&c, &sc, 8, &sent) != CORE_OK)
			fprintf(stderr, "alliance: mail: %s\n", c.err);
		pthread_mutex_lock(&sched.lock);
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += cf->every;
		while (!sched.stop && pthread_cond_timedwait(&sched.cv,
		    &sched.lock, &ts) != ETIMEDOUT)
			;
	}
	pthread_mutex_unlock(&sched.lock);
	core_close(&c);
	return NULL;
}

int
schedule_start(const struct web_config *cf)
{
	sched.stop = 0;
	return pthread_create(&sched.th, NULL, scheduler, (void *)cf) == 0 ?
	    0 : -1;
}

void
schedule_stop(void)
{
	pthread_mutex_lock(&sched.lock);
	sched.stop = 1;
	pthread_cond_signal(&sched.cv);
	pthread_mutex_unlock(&sched.lock);
	pthread_join(sched.th, NULL);
}
