/*
 * The facts the compliance check reads that no other domain's records
 * hold (store/check.c): a group's attendance in order, its chairs
 * over time, the aims its members cover, the meetings reported on, the
 * representatives' training, how seats were filled and who elects
 * each position.  Strings are malloc'd (NULL for SQL NULL); each list
 * is { v, n } with one free function.
 */
#ifndef STORE_REC_CHECK_H
#define STORE_REC_CHECK_H

#include <stddef.h>
#include <stdint.h>

struct store;
struct rec_lines;

/* One member's attendance at one meeting (STMT_ATT_GROUP). */
struct rec_att_row {
	int64_t	 meeting_id;
	char	*day;
	int64_t	 org_id;
	char	*kind;		/* present, apologies, absent, deputy */
	char	*people;
};
struct rec_att_row_list { struct rec_att_row *v; size_t n; };

/* A chair's or vice-chair's term, ended or not (STMT_OFFICE_HISTORY). */
struct rec_office_term {
	char	*office;
	int	 interim;
	char	*term_start, *term_end, *ended;
};
struct rec_office_term_list { struct rec_office_term *v; size_t n; };

/* A representative's invitation to training (STMT_TRAIN_RECORD). */
struct rec_training {
	int64_t	 person_id;
	char	*person;
	int	 attended;
};
struct rec_training_list { struct rec_training *v; size_t n; };

/* How a representative's seat was filled (STMT_APPT_HOW_FILLED). */
struct rec_filled {
	char	*person, *position;
	int	 elected, interim, by_election, reason;
};
struct rec_filled_list { struct rec_filled *v; size_t n; };

/* Whether a position is elected and by a named forum
 * (STMT_POS_HOW_ELECTED). */
struct rec_pos_elected {
	char	*name, *section;
	int	 elected, has_group;
};
struct rec_pos_elected_list { struct rec_pos_elected *v; size_t n; };

struct rec_id_list { int64_t *v; size_t n; };

/* A group's origin (STMT_ORIGIN_LIST, SA-5.4, SA-5.5). */
struct rec_origin {
	int64_t	 id;
	char	*slug;
	char	*name;
	int	 kind;		/* enum group_kind, or -1 */
	int	 has_parent;
	int64_t	 forums;	/* the forums that formed it */
	char	*formed_by;	/* their names, or NULL */
	int	 convened;	/* a joint agreement is recorded */
	char	*convened_on;	/* the latest, or NULL */
};
struct rec_origin_list { struct rec_origin *v; size_t n; };

/* An invitation to send a representative (STMT_INVITE_LIST, SA-D2.2). */
struct rec_invite {
	int64_t	 id;
	char	*from_body, *board, *received_on;
	char	*decision;	/* NULL until decided */
	char	*person, *reason;
	int	 tokenistic;
	char	*decided_on;
};
struct rec_invite_list { struct rec_invite *v; size_t n; };

/* A request to the co-ordination group (STMT_REQUEST_LIST, SA-5.7). */
struct rec_request {
	int64_t	 id;
	char	*from_body, *subject, *received_on;
	char	*passed_to, *kept_reason;
	char	*routed_on;	/* NULL until passed down or kept */
};
struct rec_request_list { struct rec_request *v; size_t n; };

void rec_att_row_list_free(struct rec_att_row_list *);
void rec_office_term_list_free(struct rec_office_term_list *);
void rec_training_list_free(struct rec_training_list *);
void rec_filled_list_free(struct rec_filled_list *);
void rec_pos_elected_list_free(struct rec_pos_elected_list *);
void rec_id_list_free(struct rec_id_list *);
void rec_origin_list_free(struct rec_origin_list *);
void rec_invite_list_free(struct rec_invite_list *);
void rec_request_list_free(struct rec_request_list *);

/* Each returns STORE_OK or the error; the list is empty on error. */
int store_att_group(struct store *, int64_t group, const char *day,
    struct rec_att_row_list *);
int store_office_history(struct store *, int64_t group,
    struct rec_office_term_list *);
/* The aims the group's active members cover, one line each. */
int store_cover_aims(struct store *, int64_t arr, int64_t group,
    struct rec_lines *);
/* The meetings with a report recorded against them. */
int store_mreport_meetings(struct store *, int64_t arr,
    struct rec_id_list *);
/* Invitations to sessions held by day, by person then day. */
int store_train_record(struct store *, int64_t arr, const char *day,
    struct rec_training_list *);
int store_appt_how_filled(struct store *, int64_t arr,
    struct rec_filled_list *);
int store_pos_how_elected(struct store *, int64_t arr,
    struct rec_pos_elected_list *);
int store_origin_list(struct store *, int64_t arr,
    struct rec_origin_list *);
int store_invite_list(struct store *, int64_t arr,
    struct rec_invite_list *);
int store_request_list(struct store *, int64_t arr,
    struct rec_request_list *);

#endif
