/* yemit.h - writing YAML with libyaml's emitter.
 *
 * A thin layer that checks every libyaml return and quotes every string that
 * YAML could read as something else, so what is written reads back the same.
 * Output goes to a growable buffer, which the caller writes where it
 * belongs, or (yemit_new_stream) straight to a file as it is made, so a
 * long document costs no more memory than a short one.
 */
#ifndef COACH_YEMIT_H
#define COACH_YEMIT_H

#include <stdbool.h>
#include <stdio.h>

#include "coach/util.h"

struct yemit;

/* Start a stream with one document. */
struct yemit *yemit_new(void);
/* Start a stream written to fp while it is made; finish it with
 * yemit_finish_to(e, fp).  What was written stays written on an error. */
struct yemit *yemit_new_stream(FILE *fp);
/* Finish the document; *out receives the text (owned by the caller), or
 * "" for a stream.  Returns false if anything failed (then *out is NULL).
 * Frees e. */
bool yemit_finish(struct yemit *e, char **out);
/* Write the document to fp (for a stream: end it and flush fp); returns
 * false on an emitter or write error. */
bool yemit_finish_to(struct yemit *e, FILE *fp);

void yemit_map(struct yemit *e);      /* block mapping */
void yemit_map_flow(struct yemit *e); /* {a: 1} */
void yemit_map_end(struct yemit *e);
void yemit_seq(struct yemit *e);
void yemit_seq_flow(struct yemit *e); /* [a, b] */
void yemit_seq_end(struct yemit *e);
void yemit_key(struct yemit *e, const char *key);
/* A string, quoted whenever plain would read back as another type. */
void yemit_str(struct yemit *e, const char *s);
/* A word known to be safe plain (ids, enum names). */
void yemit_word(struct yemit *e, const char *s);
void yemit_int(struct yemit *e, long v);
void yemit_num(struct yemit *e, double v);
void yemit_bool(struct yemit *e, bool v);
void yemit_null(struct yemit *e);

#endif
