/* context.h - what both front ends open first: where things are, the
 * catalogue, the profile and the training log.
 *
 * The command line and the interface each make one struct ctx at start-up
 * (ctx_init), load the catalogue once through it, and read the profile and
 * open the log through it, so both see the same files the same way. */
#ifndef COACH_CONTEXT_H
#define COACH_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/catalog.h"
#include "coach/diag.h"
#include "coach/paths.h"

struct profile;
struct program;
struct store;

/* How the coach exits: 0, a problem with the input or the data, a usage
 * error, or an internal error (out of memory, see xmalloc). */
enum { EXIT_INVALID = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 70 };

struct ctx {
	struct paths paths;
	const char *const *program_dirs; /* --programs, borrowed */
	size_t n_program_dirs;
	struct catalog cat;
	bool cat_loaded, cat_ok;
	size_t own_problems; /* problems in the user's own programs (those files left out) */
	long started_ms;     /* clock_mono_ms() when the process started */
};

/* Where the files are (paths_init: COACH_HOME, XDG, home and profile
 * overrides).  On false *cause says why (caller frees). */
bool ctx_init(struct ctx *x, const char *home, const char *profile, char **cause);
/* Frees the catalogue and the paths; ctx_free on a zeroed ctx is a no-op. */
void ctx_free(struct ctx *x);

/* Load the bundled catalogue, every --programs directory and the user's own
 * programs directory, once; every problem goes into d.  False when the
 * bundled catalogue or a --programs directory has a problem; one in the
 * user's own directory only leaves that file out (counted in own_problems). */
bool ctx_catalog(struct ctx *x, struct diags *d);

/* Is there a profile file (valid or not)? */
bool ctx_has_profile(const struct ctx *x);
/* Read the profile into out; problems into d.  On false out holds nothing
 * to free.  Free with profile_free. */
bool ctx_profile(const struct ctx *x, struct profile *out, struct diags *d);
/* The profile's active program in the catalogue, or NULL (none chosen, or
 * not in the catalogue). */
const struct program *ctx_program(const struct ctx *x, const struct profile *prof);
/* Make program `id` the profile's, its week 1 the week of `start`, and save
 * the profile.  False with *cause (caller frees) when it cannot be saved. */
bool ctx_switch_program(const struct ctx *x, struct profile *prof, const char *id, int start,
			char **cause);
/* Open the training log, creating it.  On false *cause says why (caller
 * frees).  Close with store_close. */
bool ctx_store(const struct ctx *x, struct store **out, char **cause);

#endif
