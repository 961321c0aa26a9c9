/*
 * qr: a QR code (libqrencode) as an SVG image, for the enrolment of an
 * officer's authenticator app.  The SVG holds only squares of the code
 * (no text of the input), so it needs no escaping; the page shows it as
 * a data: image, which the Content-Security-Policy allows.
 */
#ifndef RENDER_QR_H
#define RENDER_QR_H

/* text as a QR code (error correction M) in SVG, from malloc(); NULL
 * when it does not fit or memory is short. */
char *qr_svg(const char *text);
/* The same as a data:image/svg+xml;base64 address, from malloc(). */
char *qr_data_uri(const char *text);

#endif
