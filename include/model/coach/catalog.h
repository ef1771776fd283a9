/* catalog.h - the program catalogue: programs, exercise library and policy.
 *
 * A catalogue is read from directories (the bundled one, then each --programs
 * directory).  Every *.yaml file below a directory is read and dispatched on
 * its version key.  A file with any problem adds nothing; catalog_check()
 * then resolves references between files and drops programs that refer to
 * exercises or ladders that do not exist.  All diagnostics go to the caller's
 * struct diags.
 */
#ifndef COACH_CATALOG_H
#define COACH_CATALOG_H

#include <stdbool.h>

#include "coach/crisis.h"
#include "coach/diag.h"
#include "coach/exercise.h"
#include "coach/policy.h"
#include "coach/program.h"
#include "coach/ynode.h"

enum { CATALOG_MAX_FILES = 20000 };

struct catalog {
	struct arena models; /* every program, exercise, ladder and string read */
	struct program **programs;
	size_t n_programs, cap_programs;
	/* programs with problems of their own: not in the catalogue, but their
	 * references are still checked so one pass reports everything */
	struct program **rejected;
	size_t n_rejected, cap_rejected;
	struct exercise **exercises;
	size_t n_exercises, cap_exercises;
	struct ladder **ladders;
	size_t n_ladders, cap_ladders;
	struct strmap program_ids, exercise_ids, ladder_ids;
	struct strmap seen_files; /* realpath -> non-NULL, so a file is read once */
	char **seen_paths;
	size_t n_seen, cap_seen;
	struct policy policy;
	bool has_policy;
	struct crisis crisis;
	bool has_crisis;
	size_t files_read;
};

/* Read every catalogue file below dir (recursively, sorted by name).
 * Returns false if anything was wrong; what was good is kept. */
bool catalog_add_dir(struct catalog *cat, const char *dir, struct diags *d);
/* Read one file; a profile or session file is refused here. */
bool catalog_add_file(struct catalog *cat, const char *path, struct diags *d);
/* Has this file (by real path) already been read? */
bool catalog_has_file(const struct catalog *cat, const char *path);
/* Resolve slots to exercises or ladders and check every reference.
 * Programs with problems are dropped.  Call after the last add. */
bool catalog_check(struct catalog *cat, struct diags *d);

const struct program *catalog_program(const struct catalog *cat, const char *id);
const struct exercise *catalog_exercise(const struct catalog *cat, const char *id);
const struct ladder *catalog_ladder(const struct catalog *cat, const char *id);
/* The exercise (or program) id closest to a misspelt one, or NULL. */
const char *catalog_suggest_exercise(const struct catalog *cat, const char *id);
const char *catalog_suggest_program(const struct catalog *cat, const char *id);
/* Is a slot counted in seconds held (its exercise, or its ladder's first step)? */
bool catalog_slot_seconds(const struct catalog *cat, const struct slot *s);
/* The display name of a slot: the exercise's or ladder's name, or the pattern. */
const char *catalog_slot_name(const struct catalog *cat, const struct slot *s);

void catalog_free(struct catalog *cat);

/* List the *.yaml / *.yml files below dir, sorted; caller frees each and the array. */
bool yaml_files_below(const char *dir, char ***out, size_t *n, struct diags *d);

#endif
