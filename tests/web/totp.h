/*
 * The officer's authenticator app, for the HTTP tests: TOTP codes (RFC
 * 6238, liboath) from the secret tests/web/fixture.sh gives Olive
 * Officer.  The server accepts each time step once, so each code asked
 * for is of a step after the last one given; when the three steps the
 * server accepts now are spent, this waits for the clock.  One last
 * step for the whole test binary (totp.c), whichever file asks.
 */
#ifndef TESTS_WEB_TOTP_H
#define TESTS_WEB_TOTP_H

#include <stdint.h>

#define TOTP_SECRET	"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

/* The code of step for the base32 secret b32; out 7 bytes. */
void	totp_code_at(const char *b32, int64_t step, char out[7]);
/* A code of TOTP_SECRET the server has not seen; out 7 bytes. */
void	totp_next(char out[7]);

#endif
