/* import.h - bringing in the history kept in another app.
 *
 * The CSV exports of Strong and Hevy, told apart by their header.  Exercise
 * names are matched to the library (names and aliases, then a few common
 * spellings); what cannot be matched is reported, never guessed.  Warm-up
 * sets are left out.  Loads are converted to the profile's unit.  Problems
 * are PATH:LINE:COL errors and mean nothing is imported.  The file is read
 * as a stream: memory does not grow with its size.
 */
#ifndef COACH_IMPORT_H
#define COACH_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "coach/catalog.h"
#include "coach/diag.h"
#include "coach/model.h"
#include "coach/session.h"
#include "coach/util.h"

enum import_source { IMPORT_STRONG, IMPORT_HEVY };
extern const char *const import_source_names[];

struct import_unknown {
	char *name; /* the app's exercise name */
	int sets;
};

/* What was read, beside the workouts handed on. */
struct import_stats {
	enum import_source source;
	size_t sessions, sets, warmups_skipped;
	struct import_unknown **unknown; /* names with no match in the library, first seen first */
	size_t n_unknown, cap_unknown;
	struct strmap names; /* name -> its entry in unknown */
	struct arena arena;
};

/* Called with each workout as soon as its last row is read (the session and
 * its arrays are valid only during the call); line is the workout's first
 * line.  Returning false stops the reading. */
typedef bool import_fn(void *ctx, const struct session *s, int line);

/* Read an export from fp (path for messages), one record at a time.  Every
 * workout is handed to fn; a workout of more exercises or sets than the log
 * takes is a problem.  Returns false with problems in d (at most 20, then
 * one that says so), or when fn stopped it: then the caller undoes what fn
 * did with the workouts (one transaction).  st is filled either way; free
 * it with import_stats_free. */
bool import_stream(const char *path, FILE *fp, const struct catalog *cat, enum units units,
		   int today, import_fn *fn, void *ctx, struct import_stats *st, struct diags *d);
void import_stats_free(struct import_stats *st);

#endif
