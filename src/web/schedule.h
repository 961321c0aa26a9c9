/*
 * schedule: every cf->every seconds, the reminders due, the day's
 * digests and (with a mail server) the outbox (schedule.c).
 */
#ifndef SCHEDULE_H
#define SCHEDULE_H
#include "web.h"

/* Starts the thread; 0, or -1 when it cannot. */
int	schedule_start(const struct web_config *);
/* Stops it and waits for the run under way. */
void	schedule_stop(void);

#endif
