/* yread.h - reading typed values out of a YAML tree, with messages.
 *
 * Each reader checks one node against what the format says (a mapping with
 * these keys, an integer in a range, one word of a list) and on a mismatch
 * adds a "PATH:LINE:COL: error:" diagnostic at that node and returns false.
 * Readers never stop at the first problem, so a file is checked in one pass.
 */
#ifndef COACH_YREAD_H
#define COACH_YREAD_H

#include <stdbool.h>

#include "coach/diag.h"
#include "coach/ynode.h"

struct yctx {
	const char *path;
	struct diags *d;
	size_t start;	     /* d->len when the file began: its error count is d->len - start */
	struct arena *arena; /* where readers copy strings and arrays */
	/* unknown keys that were near misses of a known key: yreq() does not
	 * also report that key as missing */
	struct {
		const struct ynode *map;
		const char *key;
	} near[16];
	size_t n_near;
};

enum { YREAD_MAX_ERRORS = 50 };

/* Where a node was, kept after the tree is gone (for messages found later). */
struct ypos {
	int line, col;
};
struct ypos ypos_of(const struct ynode *n);

void yctx_init(struct yctx *c, const char *path, struct diags *d, struct arena *a);
/* Add an error at a kept position. */
void yerr_at(struct yctx *c, struct ypos at, const char *fmt, ...) COACH_PRINTF(3, 4);
/* Add an error at node n (or at the start of the file when n is NULL). */
void yerr(struct yctx *c, const struct ynode *n, const char *fmt, ...) COACH_PRINTF(3, 4);
/* Errors reported for this file so far. */
size_t yctx_errors(const struct yctx *c);

/* n must be a mapping whose keys are all in allowed (NULL-terminated); an
 * unknown key gets "unknown key 'x' in WHAT (did you mean 'y'?)".
 * Returns false if n is not a mapping. */
bool ymap(struct yctx *c, const struct ynode *n, const char *what, const char *const *allowed);
/* The value for a required key; "missing required key 'k' in WHAT" if absent. */
const struct ynode *yreq(struct yctx *c, const struct ynode *map, const char *key,
			 const char *what);
/* n must be a sequence (of at least min items); "WHAT must be a list". */
bool yseq(struct yctx *c, const struct ynode *n, const char *what, size_t min);

/* Scalars.  'what' names the key in messages ("'sets'"). */
bool yint(struct yctx *c, const struct ynode *n, const char *what, long min, long max, long *out);
bool ynum(struct yctx *c, const struct ynode *n, const char *what, double min, double max,
	  double *out);
bool ybool(struct yctx *c, const struct ynode *n, const char *what, bool *out);
/* A non-empty one-line string of at most maxlen characters, copied into the
 * yctx arena (so the tree can be freed once a file is read). */
bool ystr(struct yctx *c, const struct ynode *n, const char *what, size_t maxlen, const char **out);
/* The same, but it may span lines (descriptions). */
bool ytext(struct yctx *c, const struct ynode *n, const char *what, size_t maxlen,
	   const char **out);
/* The key node of `key` in mapping m (for messages about a key), or m. */
const struct ynode *ykey_node(const struct ynode *m, const char *key);
/* An id: [a-z0-9-]+, 1-48 characters, starting with a letter or digit. */
bool yid(struct yctx *c, const struct ynode *n, const char *what, const char **out);
/* One of names (NULL-terminated); *out is its index. */
bool yenum(struct yctx *c, const struct ynode *n, const char *what, const char *const *names,
	   int *out);
/* A date YYYY-MM-DD between 2000-01-01 and 2199-12-31; *out in days since 1970-01-01. */
bool ydate(struct yctx *c, const struct ynode *n, const char *what, int *out);
/* A list of ids (or of names, when names is not NULL: then *bits gets 1<<index
 * for each, and duplicates are refused). */
bool yid_list(struct yctx *c, const struct ynode *n, const char *what, const char ***out,
	      size_t *n_out);
bool yenum_bits(struct yctx *c, const struct ynode *n, const char *what, const char *const *names,
		unsigned *bits);
/* A list of numbers in [min, max], sorted ascending; a number listed twice is
 * refused unless repeats is true (plates come in several pairs). */
bool ynum_list(struct yctx *c, const struct ynode *n, const char *what, double min, double max,
	       bool repeats, double **out, size_t *n_out);

#endif
