/*
 * core's use cases for mail (notify.c, remind.c): the outbox and its
 * sender, each person's choice of news and the daily digest, and the
 * reminders the constitution asks for; included by core.h.  Typed
 * records from store/rec_mail.h; their JSON is made in
 * render/json_mail.c.
 */
#ifndef CORE_MAIL_H
#define CORE_MAIL_H

#include "store/rec_mail.h"

struct smtp_config;
/* What one round of the sender did. */
struct mail_sent {
	int	 sent;
	int	 not_sent;	/* queued again, or failed */
};
/*
 * Delivers the messages due: each is claimed before it goes and marked
 * sent after; a failure is retried with back-off, and marked failed
 * after max_tries.
 */
int core_mail_send(struct core *, const struct smtp_config *,
    int max_tries, struct mail_sent *out) WUR;
/* The outbox, all or of one status (officers and the command line). */
int core_mail_list(struct core *, const char *status,
    struct rec_mail_list *out) WUR;
int core_mail_get(struct core *, int64_t id, struct rec_mail *out) WUR;
/* A person's choice of news (notes, results): CORE_NEWS_NOW each as it
 * comes, CORE_NEWS_DIGEST in one message a day, CORE_NEWS_NONE none
 * (what needs them still comes: agendas, ballots, letters). */
enum { CORE_NEWS_NOW, CORE_NEWS_DIGEST, CORE_NEWS_NONE };
int core_person_digest(struct core *, const char *person, int on) WUR;
/*
 * The token of the one-click link that stops a person's news (RFC
 * 8058): "ID-MAC", signed with the installation's key, so that it
 * needs no sign-in and no form token.  Into out; CORE_ENOTFOUND when
 * email is no one's.
 */
int core_news_token(struct core *, const char *email, char out[64]) WUR;
/* Stops the news of the person the token is for, as
 * core_person_digest(CORE_NEWS_NONE); CORE_ENOTFOUND for a token that
 * is not one this installation made.  *who: that person (clear it with
 * rec_person_clear). */
int core_news_stop(struct core *, const char *token,
    struct rec_person *who) WUR;
/* What the digest did: digests made from messages held. */
struct mail_digest {
	int	 digests;
	int	 messages;
};
/* Bundles the held messages of each person who chose the digest into
 * one message, once a day. */
int core_mail_digest(struct core *, struct mail_digest *out) WUR;
/* An officer sends a failed or uncertain message again. */
int core_mail_retry(struct core *, int64_t id) WUR;
/* A reminder queued (or, on a dry run, that would be): its kind
 * ("remind-agenda"), to whom (an address, a group or an organisation)
 * and what about (its subject). */
struct remind_note {
	char		*kind;
	char		*to;
	char		*about;
};
struct remind_list {
	struct remind_note	*v;
	size_t			 n;
};
void remind_list_free(struct remind_list *);
/*
 * Reminders due today by the constitution, each queued once; dry_run
 * lists them without queueing.  *out lists what is (or would be) sent.
 */
int core_remind(struct core *, int dry_run, struct remind_list *out) WUR;

#endif
