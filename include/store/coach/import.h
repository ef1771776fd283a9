/* import.h - bringing in the history kept in another app.
 *
 * The CSV exports of Strong (every layout: comma or semicolon, Weight with a
 * unit column, Weight (kg), Weight (lbs), kg), Hevy (weight_kg or
 * weight_lbs; ISO, English, US and other-language dates), FitNotes and
 * StrongLifts, told apart by their header (one row of the layout table
 * each).  Exercise names are matched to the library (names and aliases,
 * then a few common spellings); what cannot be matched is reported, with the
 * library's nearest name when one is close, never guessed.  Warm-up and
 * rest-timer rows are not sets; timed sets keep their seconds; cardio rows
 * become aerobic minutes (with their distance); notes are kept.  Loads are
 * converted to the profile's unit.  A row that cannot be read is listed
 * (PATH:LINE:COL with its value) and left out, or, strict, refuses the file.
 * The file is read as a stream: memory does not grow with its size.
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

enum import_source { IMPORT_STRONG, IMPORT_HEVY, IMPORT_STRONGLIFTS, IMPORT_FITNOTES };
extern const char *const import_source_names[];

struct import_unknown {
	char *name;	  /* the app's exercise name */
	const char *near; /* the library's closest name, or NULL */
	int sets;
};

/* What was read, beside the workouts handed on. */
struct import_stats {
	enum import_source source;
	size_t sessions, sets, warmups_skipped, rests_skipped, aerobic, notes, left_out;
	bool unit_assumed; /* a weight column with no unit: read in options.file_unit */
	struct import_unknown **unknown; /* names with no match in the library, first seen first */
	size_t n_unknown, cap_unknown;
	struct strmap names; /* name -> its entry in unknown */
	struct arena arena;
};

/* Called with each workout as soon as its last row is read (the session and
 * its arrays are valid only during the call); line is the workout's first
 * line.  Returning false stops the reading. */
typedef bool import_fn(void *ctx, const struct session *s, int line);

struct import_options {
	enum units units; /* the profile's: every load is converted to it */
	int file_unit;	  /* the unit of a weight column that names none: a enum
			   * units, or -1 when nobody said (such a file is refused) */
	bool strict;	  /* a row that cannot be read refuses the file */
	int today;
	struct diags *left; /* rows left out, listed here (at most 100) */
};

/* Read an export from fp (path for messages), one record at a time.  Every
 * workout is handed to fn (its source names the app and a digest of its rows
 * in kilograms, so it is known again whatever the profile's unit); a
 * workout of more exercises or sets than the log takes is a problem.
 * Returns false with problems in d (at most 20, then one that says so), or
 * when fn stopped it: then the caller undoes what fn did with the workouts
 * (one transaction).  st is filled either way; free it with
 * import_stats_free. */
bool import_stream(const char *path, FILE *fp, const struct catalog *cat,
		   const struct import_options *o, import_fn *fn, void *ctx,
		   struct import_stats *st, struct diags *d);
void import_stats_free(struct import_stats *st);

#endif
