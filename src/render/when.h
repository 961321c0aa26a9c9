/*
 * when: dates and times as people write them, in Europe/London:
 * "1 December 2026", "1 December 2026 at 5pm", "at 10:30am", "at
 * midday".  The zone is glibc's (TZ=Europe/London, the tz database),
 * never a hand-written rule for summer time.
 */
#ifndef RENDER_WHEN_H
#define RENDER_WHEN_H

#include <stddef.h>

#define WHEN_LEN	64

/*
 * Sets the process's zone to Europe/London.  Call once before threads
 * start (the server does); render_when calls it too, for the command
 * line.
 */
void render_when_init(void);

/*
 * Writes iso as people read it into out (size sz).  iso is one of
 *   YYYY-MM-DD                 a day
 *   YYYY-MM-DDTHH:MM[:SS]      a time as typed, already London's
 *   YYYY-MM-DD HH:MM           the same
 *   YYYY-MM-DDTHH:MM[:SS]Z     a moment in UTC, shown in London's time
 *   HH:MM                      a time of day ("5pm")
 * Returns 0; or -1 when iso is none of these, and out is iso unchanged.
 */
int render_when(const char *iso, char *out, size_t sz);

/*
 * London's wall clock (YYYY-MM-DDTHH:MM, as a person types it) as the
 * moment in UTC (YYYY-MM-DDTHH:MM) into out, summer time counted.
 * Returns 0; -1 when it is not a time, or is one London's clocks skip
 * (1am to 2am on the last Sunday of March).  An hour the clocks go
 * through twice (October) is taken in summer time, the first.
 */
int render_when_utc(const char *london, char out[20]);

/*
 * A sentence with each day in it (YYYY-MM-DD, or YYYY-MM-DDTHH:MM as
 * typed) written in words, into out (size sz, cut short if it must).
 */
void render_when_text(const char *s, char *out, size_t sz);

#endif
