/*
 * The officer's authenticator app (totp.h): one record of the last
 * step given to the server, for every file of a test binary.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <liboath/oath.h>

#include "totp.h"

static int64_t totp_last;	/* the last step given to the server */

/* The code of step for the base32 secret b32; out 7 bytes. */
void
totp_code_at(const char *b32, int64_t step, char out[7])
{
	char	*key = NULL;
	size_t	 len = 0;

	out[0] = '\0';
	if (oath_init() != OATH_OK || oath_base32_decode(b32, strlen(b32),
	    &key, &len) != OATH_OK)
		return;
	if (oath_totp_generate(key, len, (time_t)(step * 30), 30, 0, 6, out) !=
	    OATH_OK)
		out[0] = '\0';
	free(key);
}

/*
 * A code the server has not seen, of the fixture's secret: of the step
 * after the last one given, within the window the server accepts (the
 * step before now only early in a step, so that the server's clock,
 * read a moment later, still takes it).
 */
void
totp_next(char out[7])
{
	int64_t t, now, lo;

	while ((now = (int64_t)time(NULL) / 30) + 1 <= totp_last)
		sleep(1);
	t = (int64_t)time(NULL);
	now = t / 30;
	lo = t % 30 < 25 ? now - 1 : now;
	totp_last = lo > totp_last ? lo : totp_last + 1;
	totp_code_at(TOTP_SECRET, totp_last, out);
}
