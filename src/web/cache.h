/*
 * cache: the pages that are the same for every reader of one version
 * of the data (public pages, and a person's own pages for their
 * session), kept as answers ready to send, so that such a page is made
 * once and then costs what sending bytes costs; and gzip (zlib) for the
 * pages a client accepts it for.
 */
#ifndef WEB_CACHE_H
#define WEB_CACHE_H

#include <stddef.h>
#include <stdint.h>

struct MHD_Response;
struct cache;

/*
 * Pages are kept by each thread that answers requests, from
 * cache_start() until cache_stop(); before, or without it (a daemon
 * run by a fuzz target), none are kept.
 */
int cache_start(void);
void cache_stop(void);
/* This thread's pages, made at its first use; NULL when none are kept. */
struct cache *cache_mine(void);

/*
 * The answer kept for key (a path, with ?page=N) and owner (a session's
 * cookie for a person's own page; "" for a public one), made when the
 * data had the stamp (core_stamp, never 0) and the clock read when (a
 * minute, or a second): gzipped when the client's Accept-Encoding ae
 * takes it.  *len: its body's bytes; *gz: 1 when compressed.  NULL when
 * none.  The answer stays valid until the next cache_put on this cache.
 */
struct MHD_Response *cache_find(struct cache *, const char *key,
    const char *owner, uint64_t stamp, const char *when, const char *ae,
    size_t *len, int *gz);
/*
 * Keeps plain (len bytes of body) and gz (its gzip, gzlen bytes, or
 * NULL), whose references are taken, as key's answer for owner at stamp
 * and when.  A page too large is not kept (the references are dropped).
 */
void cache_put(struct cache *, const char *key, const char *owner,
    uint64_t stamp, const char *when, struct MHD_Response *plain,
    size_t len, struct MHD_Response *gz, size_t gzlen);

/* 1 when a body of len bytes is worth compressing for a client whose
 * Accept-Encoding is ae (NULL: none). */
int cache_gzip_wanted(const char *ae, size_t len);
/* 1 when a page of len bytes may be kept (larger ones are not). */
int cache_keeps(size_t len);
/* 1 when a body of len bytes is worth compressing for some client. */
int cache_gzip_worth(size_t len);
/* *out (from malloc(), *outlen bytes): in compressed as gzip; 0, or -1
 * with *out NULL. */
int cache_gzip(const char *in, size_t len, char **out, size_t *outlen);

#endif
