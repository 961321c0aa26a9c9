/*
 * SMTP by libcurl: a multipart/alternative of text, HTML and, for
 * meetings, a text/calendar part with its METHOD, so that mail programs
 * show the invitation's accept and decline buttons (RFC 6047).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>
#include <sodium.h>

#include "smtp.h"

/*
 * A header value, folded (RFC 5322 2.2.3): plain ASCII is folded at a
 * space before a line passes 76 characters; anything else is RFC 2047
 * encoded-words of at most 75 characters each, never splitting a
 * character, one to a folded line.  used: the characters already on
 * the first line ("Subject: ").
 */
static void
header_fold(const char *clean, size_t n, int ascii, size_t used, char *out,
    size_t outsz)
{
	char	 b64[80];
	size_t	 o = 0, i, k, line = used, word;

	out[0] = '\0';
	if (ascii) {
		for (i = 0; i < n && o + 4 < outsz; i++) {
			/* Fold before a word that would pass the width. */
			if (clean[i] == ' ' && i > 0) {
				word = strcspn(clean + i + 1, " ");
				if (line + 1 + word > 76 && line > used) {
					out[o++] = '\r';
					out[o++] = '\n';
					line = 0;
				}
			}
			out[o++] = clean[i];
			line++;
		}
		out[o] = '\0';
		return;
	}
	/* 45 bytes make 60 of base64: 72 with "=?UTF-8?B?" and "?=". */
	for (i = 0; i < n; i += k) {
		k = n - i < 45 ? n - i : 45;
		while (k > 1 && i + k < n &&
		    ((unsigned char)clean[i + k] & 0xc0) == 0x80)
			k--;
		sodium_bin2base64(b64, sizeof(b64), (const unsigned char *)
		    clean + i, k, sodium_base64_VARIANT_ORIGINAL);
		o += (size_t)snprintf(out + o, outsz > o ? outsz - o : 0,
		    "%s=?UTF-8?B?%s?=", i > 0 ? "\r\n " : "", b64);
		if (o >= outsz) {
			out[0] = '\0';
			return;
		}
	}
}

/* A header value: RFC 2047 encoded when not plain ASCII, folded. */
static void
header_value(const char *in, char *out, size_t outsz, size_t used)
{
	char		 clean[1024];
	size_t		 i, n = 0;
	int		 ascii = 1;

	for (i = 0; in != NULL && in[i] != '\0' && n + 1 < sizeof(clean);
	    i++) {
		if (in[i] == '\r' || in[i] == '\n')
			continue;
		if ((unsigned char)in[i] >= 0x80)
			ascii = 0;
		clean[n++] = in[i];
	}
	clean[n] = '\0';
	header_fold(clean, n, ascii, used, out, outsz);
}

/* s with every line ending CRLF (from malloc()), so that a
 * quoted-printable body breaks its lines rather than writing =0A. */
static char *
crlf(const char *s)
{
	size_t	 i, n = 0;
	char	*out;

	if (s == NULL)
		return NULL;
	for (i = 0; s[i] != '\0'; i++)
		n += s[i] == '\n' ? 2 : 1;
	if ((out = malloc(n + 1)) == NULL)
		return NULL;
	for (i = 0, n = 0; s[i] != '\0'; i++) {
		if (s[i] == '\r')
			continue;
		if (s[i] == '\n')
			out[n++] = '\r';
		out[n++] = s[i];
	}
	out[n] = '\0';
	return out;
}

/* An address with a display name, quoted; angle brackets kept out. */
static void
mailbox(const char *name, const char *addr, char *out, size_t outsz)
{
	char	enc[1600], plain[512];
	size_t	i, n = 0;

	if (name == NULL || *name == '\0') {
		snprintf(out, outsz, "<%s>", addr);
		return;
	}
	for (i = 0; name[i] != '\0' && n + 1 < sizeof(plain); i++)
		if (strchr("\"\\<>\r\n", name[i]) == NULL)
			plain[n++] = name[i];
	plain[n] = '\0';
	header_value(plain, enc, sizeof(enc), 4);
	if (strncmp(enc, "=?", 2) == 0)
		snprintf(out, outsz, "%s <%s>", enc, addr);
	else
		snprintf(out, outsz, "\"%s\" <%s>", enc, addr);
}

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

static void
curl_start(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

int
smtp_send(const struct smtp_config *cf, const struct smtp_message *m,
    char *err, size_t errsz)
{
	CURL			*h = NULL;
	curl_mime		*mime = NULL, *alt = NULL;
	curl_mimepart		*part;
	struct curl_slist	*rcpt = NULL, *hdrs = NULL, *calh = NULL;
	char			*text = NULL, *html = NULL, *ical = NULL;
	char			 line[2200], val[1800], ctype[128];
	char			 cerr[CURL_ERROR_SIZE] = "";
	CURLcode		 rc;
	int			 ret = -1;

	if (strpbrk(m->to, "\r\n<> ,;") != NULL ||
	    strpbrk(cf->from, "\r\n<> ,;") != NULL) {
		snprintf(err, errsz, "refused an address with illegal "
		    "characters");
		return -1;
	}
	/* libcurl (and TLS under it) starts with the first message, not
	 * with the server: one that sends no mail does not carry it. */
	pthread_once(&curl_once, curl_start);
	if ((h = curl_easy_init()) == NULL) {
		snprintf(err, errsz, "libcurl failed to start");
		return -1;
	}
	curl_easy_setopt(h, CURLOPT_URL, cf->url);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, cerr);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, cf->timeout > 0 ? cf->timeout :
	    30L);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 10L);
	if (cf->starttls)
		curl_easy_setopt(h, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
	if (cf->user != NULL) {
		curl_easy_setopt(h, CURLOPT_USERNAME, cf->user);
		curl_easy_setopt(h, CURLOPT_PASSWORD, cf->password ?
		    cf->password : "");
	}
	snprintf(line, sizeof(line), "<%s>", cf->from);
	curl_easy_setopt(h, CURLOPT_MAIL_FROM, line);
	snprintf(line, sizeof(line), "<%s>", m->to);
	rcpt = curl_slist_append(rcpt, line);
	curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt);

	mailbox(cf->from_name, cf->from, val, sizeof(val));
	snprintf(line, sizeof(line), "From: %s", val);
	hdrs = curl_slist_append(hdrs, line);
	mailbox(m->to_name, m->to, val, sizeof(val));
	snprintf(line, sizeof(line), "To: %s", val);
	hdrs = curl_slist_append(hdrs, line);
	header_value(m->subject, val, sizeof(val), 9);
	snprintf(line, sizeof(line), "Subject: %s", val);
	hdrs = curl_slist_append(hdrs, line);
	snprintf(line, sizeof(line), "Message-ID: %s", m->message_id);
	hdrs = curl_slist_append(hdrs, line);
	snprintf(line, sizeof(line), "Date: %s", m->date);
	hdrs = curl_slist_append(hdrs, line);
	hdrs = curl_slist_append(hdrs, "MIME-Version: 1.0");
	/* RFC 3834: sent by a program; no out-of-office replies. */
	hdrs = curl_slist_append(hdrs, "Auto-Submitted: auto-generated");
	if (m->unsubscribe != NULL &&
	    strpbrk(m->unsubscribe, "\r\n<> ") == NULL) {
		snprintf(line, sizeof(line), "List-Unsubscribe: <%s>",
		    m->unsubscribe);
		hdrs = curl_slist_append(hdrs, line);
		/* RFC 8058: a POST to it stops the news, in one click. */
		hdrs = curl_slist_append(hdrs, "List-Unsubscribe-Post: "
		    "List-Unsubscribe=One-Click");
	}
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);

	/* multipart/alternative: text, HTML, then the calendar. */
	mime = curl_mime_init(h);
	alt = curl_mime_init(h);
	part = curl_mime_addpart(alt);
	text = crlf(m->text);
	html = crlf(m->html);
	ical = crlf(m->ical);
	if (text == NULL || html == NULL || (m->ical != NULL && ical == NULL)) {
		snprintf(err, errsz, "out of memory");
		goto out;
	}
	curl_mime_data(part, text, CURL_ZERO_TERMINATED);
	curl_mime_type(part, "text/plain; charset=UTF-8");
	curl_mime_encoder(part, "quoted-printable");
	part = curl_mime_addpart(alt);
	curl_mime_data(part, html, CURL_ZERO_TERMINATED);
	curl_mime_type(part, "text/html; charset=UTF-8");
	curl_mime_encoder(part, "quoted-printable");
	if (m->ical != NULL) {
		part = curl_mime_addpart(alt);
		curl_mime_data(part, ical, CURL_ZERO_TERMINATED);
		snprintf(ctype, sizeof(ctype), "text/calendar; charset=UTF-8; "
		    "method=%s", m->ical_method != NULL ? m->ical_method :
		    "REQUEST");
		curl_mime_type(part, ctype);
		curl_mime_encoder(part, "quoted-printable");
		calh = curl_slist_append(calh, "Content-Disposition: inline");
		curl_mime_headers(part, calh, 1);
	}
	part = curl_mime_addpart(mime);
	curl_mime_subparts(part, alt);
	curl_mime_type(part, "multipart/alternative");
	curl_easy_setopt(h, CURLOPT_MIMEPOST, mime);
	curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);

	if ((rc = curl_easy_perform(h)) != CURLE_OK)
		snprintf(err, errsz, "%s", cerr[0] ? cerr :
		    curl_easy_strerror(rc));
	else
		ret = 0;
out:
	free(text);
	free(html);
	free(ical);
	curl_slist_free_all(rcpt);
	curl_slist_free_all(hdrs);
	curl_mime_free(mime);
	curl_easy_cleanup(h);
	return ret;
}

static const char *
env(const char *name)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0' ? v : NULL;
}

/*
 * Whether the relay at url is on this machine: 127.0.0.0/8, ::1 or
 * localhost.  The host is read by libcurl's own URL parser.
 */
int
smtp_url_loopback(const char *url)
{
	CURLU	*u;
	char	*host = NULL;
	int	 local = 0;

	if ((u = curl_url()) == NULL)
		return 0;
	if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK)
		local = strncmp(host, "127.", 4) == 0 ||
		    strcmp(host, "[::1]") == 0 || strcmp(host, "::1") == 0 ||
		    strcasecmp(host, "localhost") == 0;
	curl_free(host);
	curl_url_cleanup(u);
	return local;
}

int
smtp_config_env(struct smtp_config *cf)
{
	const char *tls;

	memset(cf, 0, sizeof(*cf));
	if ((cf->url = env("ALLIANCE_SMTP_URL")) == NULL)
		return -1;
	cf->user = env("ALLIANCE_SMTP_USER");
	cf->password = env("ALLIANCE_SMTP_PASSWORD");
	/* A relay off this machine gets the mail and the password only
	 * over TLS, unless the officer says otherwise (STARTTLS=no);
	 * smtps:// is TLS from the start. */
	tls = env("ALLIANCE_SMTP_STARTTLS");
	if (tls != NULL)
		cf->starttls = strcmp(tls, "no") != 0;
	else
		cf->starttls = strncmp(cf->url, "smtps://", 8) != 0 &&
		    !smtp_url_loopback(cf->url);
	cf->from = env("ALLIANCE_MAIL_FROM") != NULL ?
	    env("ALLIANCE_MAIL_FROM") : "alliance@localhost";
	cf->from_name = env("ALLIANCE_MAIL_FROM_NAME") != NULL ?
	    env("ALLIANCE_MAIL_FROM_NAME") : "Alliance";
	cf->timeout = 30;
	return 0;
}
