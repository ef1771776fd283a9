/* util.h - allocation that aborts on out-of-memory, growable strings,
 * a string-keyed hash map, and small string helpers. */
#ifndef COACH_UTIL_H
#define COACH_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "coach/text.h" /* display width, for the many callers of util.h */

#if defined(__GNUC__)
#define COACH_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define COACH_NORETURN __attribute__((noreturn))
#else
#define COACH_PRINTF(f, a)
#define COACH_NORETURN
#endif

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Print "coach: MESSAGE" to stderr and exit 70 (internal error). */
void die(const char *fmt, ...) COACH_PRINTF(1, 2) COACH_NORETURN;

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
/* Grow *p (an array of *cap elements of size bytes) to hold at least need. */
void xgrow(void **p, size_t *cap, size_t need, size_t size);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) COACH_PRINTF(1, 2);
char *xvasprintf(const char *fmt, va_list ap) COACH_PRINTF(1, 0);
/* One more line in a fixed table of `cap` lines, `width` bytes each, counted by
 * *n: the reasons and advice the engine gives.  A full table drops the line. */
void lines_vaddf(char *table, size_t width, size_t cap, size_t *n, const char *fmt, va_list ap)
	COACH_PRINTF(5, 0);
#define LINES_VADDF(arr, n, fmt, ap)                                                               \
	lines_vaddf((arr)[0], sizeof((arr)[0]), sizeof(arr) / sizeof((arr)[0]), (n), (fmt), (ap))

/* A growable NUL-terminated string.  Zero-initialise; free with sbuf_free. */
struct sbuf {
	char *s;
	size_t len, cap;
};
void sbuf_add(struct sbuf *b, const char *s, size_t len);
void sbuf_puts(struct sbuf *b, const char *s);
void sbuf_putc(struct sbuf *b, char c);
void sbuf_printf(struct sbuf *b, const char *fmt, ...) COACH_PRINTF(2, 3);
/* Append text with single newlines folded into spaces; blank lines stay
 * paragraph breaks (for YAML block text shown re-wrapped). */
void sbuf_add_unfolded(struct sbuf *b, const char *text);
/* The string, never NULL ("" when empty); owned by the sbuf. */
const char *sbuf_str(const struct sbuf *b);
void sbuf_free(struct sbuf *b);

/* String -> pointer hash map.  Keys are borrowed, not copied: they must
 * outlive the map.  Zero-initialise; free with strmap_free. */
struct strmap {
	const char **keys;
	void **vals;
	size_t cap, len;
};
/* Insert key; returns the previous value for key (not replaced) or NULL. */
void *strmap_put(struct strmap *m, const char *key, void *val);
void *strmap_get(const struct strmap *m, const char *key);
void strmap_free(struct strmap *m);

/* Levenshtein distance, capped: returns at most limit + 1. */
size_t edit_distance(const char *a, const char *b, size_t limit);
/* The candidate closest to word, when close enough to be a likely typo;
 * NULL otherwise.  candidates ends with NULL. */
const char *did_you_mean(const char *word, const char *const *candidates);

bool str_has_suffix(const char *s, const char *suffix);

#endif
