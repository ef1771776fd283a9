/* model.h - the vocabulary every file shares: levels, movement patterns,
 * equipment, load kinds, progression models, weekdays and band colours.
 *
 * Each list is one X-macro, so its enum and its names cannot drift apart.
 * The *_names arrays end with NULL and are what the files spell.
 */
#ifndef COACH_MODEL_H
#define COACH_MODEL_H

#include <stdbool.h>
#include <stddef.h>

/* clang-format off */
#define LEVELS(X) X(LEVEL_BEGINNER, "beginner") X(LEVEL_INTERMEDIATE, "intermediate") \
	X(LEVEL_ADVANCED, "advanced")
/* clang-format on */

/* clang-format off */
#define PATTERNS(X) X(PAT_SQUAT, "squat") X(PAT_HINGE, "hinge") X(PAT_LUNGE, "lunge") \
	X(PAT_PUSH_H, "push-h") X(PAT_PUSH_V, "push-v") X(PAT_PULL_H, "pull-h") \
	X(PAT_PULL_V, "pull-v") X(PAT_CORE, "core") X(PAT_CARRY, "carry") \
	X(PAT_BALANCE, "balance") X(PAT_ISOLATION, "isolation")
/* clang-format on */

/* Bit i of an equipment set is EQUIPMENT entry i. */
/* clang-format off */
#define EQUIPMENT(X) X(EQ_BODYWEIGHT, "bodyweight") X(EQ_DUMBBELL, "dumbbell") \
	X(EQ_KETTLEBELL, "kettlebell") X(EQ_BAND, "band") X(EQ_BARBELL, "barbell") \
	X(EQ_BENCH, "bench") X(EQ_PULLUP_BAR, "pullup-bar") X(EQ_MACHINE, "machine") \
	X(EQ_CABLE, "cable")
/* clang-format on */

/* What an exercise asks of the body beyond its load: jumping and landing, or a
 * heart rate near aerobic effort.  Never chosen for someone in place of
 * another exercise when they are a beginner, an older adult or hypertensive. */
/* clang-format off */
#define DEMANDS(X) X(DEMAND_PLYOMETRIC, "plyometric") X(DEMAND_HIGH_CARDIO, "high-cardio")
/* clang-format on */

/* clang-format off */
#define LOAD_KINDS(X) X(LOAD_EXTERNAL, "external") X(LOAD_BODYWEIGHT, "bodyweight") \
	X(LOAD_BAND, "band") X(LOAD_TIME, "time")
/* clang-format on */

/* clang-format off */
#define PROG_MODELS(X) X(PM_DOUBLE, "double") X(PM_LINEAR, "linear") X(PM_LADDER, "ladder") \
	X(PM_RIR, "rir") X(PM_NONE, "none")
/* clang-format on */

/* clang-format off */
#define UNITS(X) X(UNITS_KG, "kg") X(UNITS_LB, "lb")
/* clang-format on */

/* clang-format off */
#define WEEKDAYS(X) X(WD_MON, "mon") X(WD_TUE, "tue") X(WD_WED, "wed") X(WD_THU, "thu") \
	X(WD_FRI, "fri") X(WD_SAT, "sat") X(WD_SUN, "sun")
/* clang-format on */

/* Lightest to heaviest (TheraBand order, science.md section 8). */
/* clang-format off */
#define BANDS(X) X(BAND_TAN, "tan") X(BAND_YELLOW, "yellow") X(BAND_RED, "red") \
	X(BAND_GREEN, "green") X(BAND_BLUE, "blue") X(BAND_BLACK, "black") \
	X(BAND_SILVER, "silver") X(BAND_GOLD, "gold")
/* clang-format on */

#define MODEL_ENUM(e, s) e,
enum level { LEVELS(MODEL_ENUM) LEVEL_COUNT };
enum pattern { PATTERNS(MODEL_ENUM) PAT_COUNT };
enum equipment { EQUIPMENT(MODEL_ENUM) EQ_COUNT };
enum load_kind { LOAD_KINDS(MODEL_ENUM) LOAD_COUNT };
enum demand { DEMANDS(MODEL_ENUM) DEMAND_COUNT };
enum prog_model { PROG_MODELS(MODEL_ENUM) PM_COUNT };
enum units { UNITS(MODEL_ENUM) UNITS_COUNT };
enum weekday { WEEKDAYS(MODEL_ENUM) WD_COUNT };
enum band { BANDS(MODEL_ENUM) BAND_COUNT };
#undef MODEL_ENUM

extern const char *const level_names[];
extern const char *const pattern_names[];
extern const char *const equipment_names[];
extern const char *const load_kind_names[];
extern const char *const demand_names[];
extern const char *const prog_model_names[];
extern const char *const units_names[];
extern const char *const weekday_names[];
extern const char *const band_names[];
/* The words a person reads for a level, an equipment kind and a goal, in
 * their language (the files, YAML and what is typed keep the names above;
 * a goal the coach does not know is its id).  equipment_shown: the kinds in
 * bits, sep between them ("dumbbell, bench"). */
const char *level_word(int level);
const char *equipment_word(int eq);
const char *goal_word(const char *goal);
struct sbuf;
void equipment_shown(struct sbuf *b, unsigned bits, const char *sep);
/* A band as words: "red band", or "the red band" with the ("?" for a band
 * not known); returns buf.  Loads in kg or lb are text.h's load_text. */
const char *band_text(int band, bool the, char *buf, size_t size);

/* Source position of something read from a file, for cross-file messages. */
struct srcpos {
	const char *path;
	int line, col;
};

#endif
