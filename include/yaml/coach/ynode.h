/* ynode.h - a YAML document as a small tree with source positions.
 *
 * Files are read with libyaml's event API into a tree of nodes allocated in
 * an arena.  The reader is defensive: it refuses aliases and anchors, caps the
 * file size and nesting depth, refuses invalid UTF-8 and control characters,
 * refuses duplicate mapping keys, and reports every problem with its line and
 * column.  Schema checks live in yread.h.
 */
#ifndef COACH_YNODE_H
#define COACH_YNODE_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "coach/arena.h"
#include "coach/diag.h"

enum {
	YNODE_MAX_FILE = 1024 * 1024, /* bytes */
	YNODE_MAX_DEPTH = 32,
	YNODE_MAX_SCALAR = 64 * 1024,
	YNODE_MAX_DOCS = 10000,
};

enum ynode_kind { YNODE_SCALAR, YNODE_SEQ, YNODE_MAP };

struct ynode {
	enum ynode_kind kind;
	int line, col;	     /* 1-based position of the node's first character */
	bool plain;	     /* scalar written without quotes (so 'null', '12' are typed) */
	const char *str;     /* scalar text, NUL-terminated */
	size_t len;	     /* scalar length in bytes */
	size_t n;	     /* sequence: items; mapping: pairs */
	struct ynode **kids; /* sequence: n items; mapping: 2n, key then value */
};

/* Every document of one file.  Nodes live in the arena. */
struct ystream {
	struct arena arena;
	const char *path; /* arena copy of the path used in messages */
	struct ynode **docs;
	size_t n_docs;
	size_t max_bytes; /* the size limit (0: YNODE_MAX_FILE); set before reading */
};

/* Parse buf (len bytes) as YAML.  Problems go to d, positioned in path.
 * Returns true when the tree is usable: then problems that do not stop the
 * reading (a duplicate key: its first value is used) may still be in d, so
 * callers judge a file by what d gained.  On false, s holds nothing usable
 * but must still be freed.  Always call ystream_free. */
bool ystream_parse(struct ystream *s, const char *path, const char *buf, size_t len,
		   struct diags *d);
/* Read the file at path (at most s->max_bytes, else YNODE_MAX_FILE) and parse it. */
bool ystream_load(struct ystream *s, const char *path, struct diags *d);
void ystream_free(struct ystream *s);

/* A file of many documents read one at a time (coach log): what is held is
 * one document's tree and a window of the text, whatever the file's size.
 * Every check of ystream_parse applies; in addition one document may be at
 * most YNODE_MAX_FILE long. */
struct ydocs_src;
struct ydocs {
	struct ystream doc; /* the current document: doc.docs[0], in doc.arena */
	char *path;	    /* the path used in messages ("<stdin>" for -) */
	bool done;	    /* the end of the stream was reached */
	bool failed;	    /* reading stopped on a problem (it is in d) */
	struct ydocs_src *src;
};
/* Open path (or "-": standard input) of at most max_bytes.  False with a
 * diagnostic in d when it cannot be read; ydocs_close in any case. */
bool ydocs_open(struct ydocs *r, const char *path, size_t max_bytes, struct diags *d);
/* The next document into r->doc (freeing the one before).  False at the end
 * of the file, or when the reading stopped (r->failed; the problem is in the
 * diags given to ydocs_open).  Problems that do not stop the reading (a
 * duplicate key) are added to those diags as ystream_parse does. */
bool ydocs_next(struct ydocs *r);
void ydocs_close(struct ydocs *r);

/* Mapping helpers.  ynode_key(m, i) and ynode_val(m, i) for i < m->n. */
static inline const struct ynode *ynode_key(const struct ynode *m, size_t i)
{
	return m->kids[2 * i];
}
static inline const struct ynode *ynode_val(const struct ynode *m, size_t i)
{
	return m->kids[2 * i + 1];
}
/* The value for key in mapping m, or NULL (also when m is not a mapping). */
const struct ynode *ynode_get_len(const struct ynode *m, const char *key, size_t len);
static inline const struct ynode *ynode_get(const struct ynode *m, const char *key)
{
	return ynode_get_len(m, key, strlen(key)); /* a literal key's length is known */
}
/* True for a plain scalar that YAML reads as null: '', '~', 'null'. */
bool ynode_is_null(const struct ynode *n);
const char *ynode_kind_name(enum ynode_kind k);

/* Check that buf is valid UTF-8 without control characters other than tab,
 * CR and LF.  On failure sets *line and *col (1-based, in characters) and
 * returns a static description. */
const char *utf8_check(const char *buf, size_t len, int *line, int *col);

#endif
