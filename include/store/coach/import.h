/* import.h - bringing in the history kept in another app.
 *
 * The CSV exports of Strong and Hevy, told apart by their header.  Exercise
 * names are matched to the library (names and aliases, then a few common
 * spellings); what cannot be matched is reported, never guessed.  Warm-up
 * sets are left out.  Loads are converted to the profile's unit.  Problems
 * are PATH:LINE:COL errors and mean nothing is imported.
 */
#ifndef COACH_IMPORT_H
#define COACH_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/catalog.h"
#include "coach/diag.h"
#include "coach/model.h"
#include "coach/session.h"

enum import_source { IMPORT_STRONG, IMPORT_HEVY };
extern const char *const import_source_names[];

struct import_unknown {
	char *name; /* the app's exercise name */
	int sets;
};

struct import_result {
	enum import_source source;
	struct session *sessions; /* oldest first; strings in the arena */
	size_t n_sessions;
	size_t sets, warmups_skipped;
	struct import_unknown *unknown; /* names with no match in the library */
	size_t n_unknown;
	struct arena arena;
};

/* Read an export (len bytes of buf, from path for messages).  Returns false
 * with problems in d; true with the sessions (and what was not matched). */
bool import_read(const char *path, const char *buf, size_t len, const struct catalog *cat,
		 enum units units, int today, struct import_result *out, struct diags *d);
void import_free(struct import_result *r);

#endif
