/*
 * smtp: one message out through an SMTP server, by libcurl.
 */
#ifndef NET_SMTP_H
#define NET_SMTP_H

#include <stddef.h>

struct smtp_config {
	const char	*url;		/* smtp://host:port or smtps:// */
	const char	*user;		/* NULL: no login */
	const char	*password;
	const char	*from;		/* envelope and From: address */
	const char	*from_name;
	int		 starttls;	/* require STARTTLS */
	long		 timeout;	/* seconds */
};

struct smtp_message {
	const char	*to, *to_name;
	const char	*subject;
	const char	*text, *html;
	const char	*ical, *ical_method;	/* NULL: no calendar part */
	const char	*message_id;		/* stable: <outbox-N@...> */
	const char	*date;			/* RFC 5322 date */
	const char	*unsubscribe;		/* news: the address that
						   stops it in one click
						   (a POST, RFC 8058), or
						   NULL */
};

/*
 * Fills cf from the configuration in the environment (never the
 * database): ALLIANCE_SMTP_URL, ALLIANCE_SMTP_USER, ALLIANCE_SMTP_PASSWORD,
 * ALLIANCE_SMTP_STARTTLS (yes or no; by default required of a relay that
 * is not on this machine), ALLIANCE_MAIL_FROM, ALLIANCE_MAIL_FROM_NAME.
 * Returns -1 when no server is configured.
 */
int smtp_config_env(struct smtp_config *cf);

/* 1 when the relay at url is on this machine (loopback or localhost). */
int smtp_url_loopback(const char *url);

/*
 * Sends msg.  Returns 0 when the server accepted it, else -1 with a
 * one-line reason in err.  Headers are built from plain text: CR and LF
 * in subject or names are removed, non-ASCII is RFC 2047 encoded.
 */
int smtp_send(const struct smtp_config *, const struct smtp_message *,
    char *err, size_t errsz);

#endif
