/* breath.h - breathing patterns as phases in time, for the pacers.
 *
 * Paced breathing (in 4 s, out 6 s: about 6 a minute; Goessl 2017), box
 * breathing (4-4-4-4) and the cyclic sigh (two inhales, a long exhale;
 * Balban 2023), with their seconds from the policy.  And the phases of a
 * repetition from its tempo, with the breath that goes with each.
 */
#ifndef COACH_BREATH_H
#define COACH_BREATH_H

#include "coach/policy.h"

/* clang-format off */
#define BREATH_PATTERNS(X) X(BREATH_PACED, N_("paced")) X(BREATH_BOX, N_("box")) \
	X(BREATH_SIGH, N_("cyclic sigh"))
/* clang-format on */
#define BREATH_ENUM(e, s) e,
enum breath_pattern { BREATH_PATTERNS(BREATH_ENUM) BREATH_COUNT };
#undef BREATH_ENUM
/* English, marked N_(): shown through _() */
extern const char *const breath_pattern_names[];

struct breath_phase {
	/* "breathe in", "hold", "breathe out", "and in again", "pause": English (the
	 * pacers read them), marked N_(), shown through _() */
	const char *word;
	int seconds;
};

struct breath_cycle {
	struct breath_phase phase[4];
	int n;
	int seconds; /* one whole cycle */
};

void breath_cycle_of(enum breath_pattern p, const struct policy *pol, struct breath_cycle *out);

/* Where in the cycle `ms` milliseconds after the start falls: the phase
 * index, how far through that phase (0..1) and whole seconds left in it. */
struct breath_now {
	int phase;
	double fraction;
	int seconds_left;
	int cycles; /* whole cycles done */
};
void breath_at(const struct breath_cycle *c, long ms, struct breath_now *out);

/* A repetition's phases from its tempo (lowering, pause, lifting[, pause]),
 * with the breath for each: inhale on the return, exhale on the effort. */
void tempo_cycle(const int *tempo, int n, const char *effort, const char *ret,
		 struct breath_cycle *out);

#endif
