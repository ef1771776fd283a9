/* loads.h - the loads a user can actually make with their equipment.
 *
 * A listed dumbbell or kettlebell; a bar plus pairs of listed plates (each
 * listed plate is one pair; list a plate twice for two pairs); a listed band,
 * lightest to heaviest; the pins of a machine's or a cable's weight stack.
 * Every load the coach prescribes goes through here.
 */
#ifndef COACH_LOADS_H
#define COACH_LOADS_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/exercise.h"
#include "coach/profile.h"

enum load_tool {
	TOOL_NONE,
	TOOL_DUMBBELL,
	TOOL_KETTLEBELL,
	TOOL_BARBELL,
	TOOL_BAND,
	TOOL_MACHINE,
	TOOL_CABLE
};

/* The loads one tool can make, ascending.  For bands, values are band
 * colours (enum band) in order of strength. */
struct loadset {
	enum load_tool tool;
	double *v;
	size_t n;
};

/* What loads an exercise with external or band load takes, from the profile.
 * An exercise that needs a barbell uses the barbell; a machine or a cable its
 * stack; dumbbells, then kettlebells, then bands.  Caller frees with loadset_free. */
void loadset_for(struct loadset *ls, const struct exercise *e, const struct profile *p);
void loadset_free(struct loadset *ls);

/* The largest makeable load <= x (the lightest when none is). */
double load_round_down(const struct loadset *ls, double x);
/* The smallest makeable load >= x (the heaviest when none is). */
double load_round_up(const struct loadset *ls, double x);
/* The next makeable load above x, or x itself when none is heavier. */
double load_next_up(const struct loadset *ls, double x);
double load_lightest(const struct loadset *ls);

/* Every total a bar of `bar` makes with pairs of `plates` (one pair per entry),
 * ascending and without repeats.  Caller frees *out. */
void barbell_totals(double bar, const double *plates, size_t n_plates, double **out, size_t *n);

/* The plates on each side for a barbell total (greedy, heaviest first);
 * writes e.g. "10 + 2.5" into buf, or "" for the empty bar. */
const char *barbell_plates_text(double total, double bar, const double *plates, size_t n_plates,
				char *buf, size_t size);

#endif
