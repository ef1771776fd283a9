/* exercise.h - the exercise library: exercises and ladders of them.
 *
 * Read from `coach_exercises: 1` files (programs/exercises/).  Strings and
 * arrays point into the arena of the file they came from, which the catalog
 * keeps alive.
 */
#ifndef COACH_EXERCISE_H
#define COACH_EXERCISE_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/model.h"
#include "coach/yread.h"

struct exercise {
	const char *id, *name;
	enum pattern pattern;
	const char **muscles;
	size_t n_muscles;
	unsigned equipment; /* bits of enum equipment; all are needed */
	enum load_kind load;
	bool lower_body;
	bool seconds;	    /* measured in seconds held, not reps */
	const char *effort; /* phase words for breathing cues */
	const char *ret;
	const char *cue;      /* optional form tip */
	const char **aliases; /* optional other names */
	size_t n_aliases;
	/* the joint action it trains (optional; the pattern's name when not
	 * given): a stand-in must share it, so a curl never stands in for a raise */
	const char *action;
	unsigned demands; /* bits of enum demand: what rules it out as a stand-in */
	struct srcpos pos;
};

struct ladder {
	const char *id, *name;
	enum pattern pattern;
	const char **steps;   /* exercise ids, easiest first */
	struct ypos *step_at; /* for messages */
	size_t n_steps;
	struct srcpos pos;
};

/* One library file's contents. */
struct exercise_file {
	struct exercise *exercises;
	size_t n_exercises;
	struct ladder *ladders;
	size_t n_ladders;
};

/* Read a `coach_exercises: 1` document.  Returns false (with diagnostics)
 * when anything in it is invalid; out is then unusable. */
bool exercise_file_read(struct yctx *c, const struct ynode *root, struct exercise_file *out);

#endif
