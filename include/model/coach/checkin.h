/* checkin.h - the daily check-in: each question, its range and its words.
 *
 * The one definition of the check-in.  The session reader (session.c), the
 * command line's --mood ... options (args.c, their help) and the check-in
 * screen (screen_checkin.c: rows, labels, clamping) all read this table;
 * none of them states a range or a word of its own.  Nothing here is a
 * diagnosis: these are the person's own answers.
 */
#ifndef COACH_CHECKIN_H
#define COACH_CHECKIN_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/i18n.h"

/* A scale runs from 1 to 5 with a word at each end; sleep is hours, in
 * halves.  Macros (not enums) so that they can be put into strings. */
#define CHECKIN_SCALE_MIN 1
#define CHECKIN_SCALE_MAX 5
#define CHECKIN_SLEEP_MIN 0
#define CHECKIN_SLEEP_MAX 16

/* The mood scale's words, also those of the mood after a session: the
 * table's below, for sentences put together at compile time. */
#define CHECKIN_MOOD_LOW "very low"
#define CHECKIN_MOOD_HIGH "very good"

/* X(id, key, label, kind, low word, high word, need)
 *   the label and words marked N_(): translated where shown, _(f->low)
 *   kind SCALE (CHECKIN_SCALE_MIN..MAX) or HOURS (CHECKIN_SLEEP_MIN..MAX)
 *   need REQUIRED or OPTIONAL (an optional scale is 0 when not given) */
/* clang-format off */
#define CHECKIN_FIELDS(X) \
	X(CK_MOOD, mood, N_("Mood"), SCALE, N_("very low"), N_("very good"), REQUIRED) \
	X(CK_ENERGY, energy, N_("Energy"), SCALE, N_("exhausted"), N_("full"), REQUIRED) \
	X(CK_ANXIETY, anxiety, N_("Anxiety"), SCALE, N_("calm"), N_("very anxious"), REQUIRED) \
	X(CK_SLEEP, sleep, N_("Sleep"), HOURS, NULL, NULL, REQUIRED) \
	X(CK_SORENESS, soreness, N_("Soreness"), SCALE, N_("none"), N_("very sore"), OPTIONAL)
/* clang-format on */
#define CHECKIN_ENUM(id, key, label, kind, low, high, need) id,
enum checkin_field { CHECKIN_FIELDS(CHECKIN_ENUM) CK_COUNT };
#undef CHECKIN_ENUM

struct checkin_field_info {
	const char *key;	/* "mood": the YAML key; the option is --mood */
	const char *label;	/* "Mood" */
	const char *low, *high; /* the words at the ends of a scale; NULL for hours */
	int min, max;
	bool hours;    /* a number of hours (halves allowed), not a scale */
	bool required; /* a check-in needs it */
};
extern const struct checkin_field_info checkin_fields[CK_COUNT];

struct checkin {
	bool given;
	int mood, energy, anxiety; /* 1-5 */
	double sleep;		   /* hours, 0-16 */
	int soreness;		   /* 1-5, 0 = not given */
};

/* The check-in the interface starts from before anything is answered. */
struct checkin checkin_default(void);
/* The value of one field, and setting it (a scale's value is rounded). */
double checkin_get(const struct checkin *ck, enum checkin_field f);
void checkin_set(struct checkin *ck, enum checkin_field f, double v);
/* Is v a value field f can take?  A scale takes whole numbers only; an
 * optional one also 0 (not given). */
bool checkin_valid(enum checkin_field f, double v);
/* v moved by steps (a scale by 1, hours by a half), kept in range. */
double checkin_step(enum checkin_field f, double v, int steps);

#endif
