/*
 * The outbox and the addresses mail goes to, as typed records.
 * Strings are from malloc(); NULL for SQL NULL.
 */
#ifndef REC_MAIL_H
#define REC_MAIL_H

#include <stddef.h>
#include <stdint.h>

/* One message of the outbox (table outbox); a list's fills only the
 * columns its statement reads, the rest NULL or 0. */
struct rec_mail {
	int64_t		 id;
	int64_t		 arrangement_id;	/* 0: none */
	char		*kind;		/* "agenda", "notes", "digest"... */
	char		*once_key;
	char		*recipient;
	char		*recipient_name;
	char		*subject;
	char		*body_text;
	char		*body_html;
	char		*ical;
	char		*ical_method;
	char		*status;	/* queued, sending, sent, failed,
					   uncertain */
	int64_t		 attempts;
	char		*next_attempt;
	char		*last_error;
	char		*created;
	char		*sent;
	int		 digest;	/* held for the daily digest */
};
struct rec_mail_list {
	struct rec_mail	*v;
	size_t		 n;
};
void rec_mail_clear(struct rec_mail *);
void rec_mail_list_free(struct rec_mail_list *);

/* Someone a message goes to. */
struct rec_recipient {
	char		*name;		/* NULL: no name */
	char		*email;
};
struct rec_recipient_list {
	struct rec_recipient	*v;
	size_t			 n;
};
void rec_recipient_list_free(struct rec_recipient_list *);

/* A poll or a ballot open now in a group, and whether an organisation
 * has voted in it (for the reminders). */
struct rec_open_vote {
	int64_t		 id;		/* the motion's or the election's */
	char		*what;		/* the motion's text, or the office */
	char		*closes;	/* UTC, YYYY-MM-DDTHH:MM */
	int		 voted;
};
struct rec_open_vote_list {
	struct rec_open_vote	*v;
	size_t			 n;
};
void rec_open_vote_list_free(struct rec_open_vote_list *);

#endif
