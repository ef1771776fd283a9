/* program.h - a training program as written in a `coach_program: 1` file.
 *
 * program_read() checks one file on its own (keys, types, ranges, required
 * keys, inheritance from defaults).  References to exercises and ladders are
 * checked by the catalog, which knows the library.  Strings and arrays live
 * in the arena of the file's ystream, owned by the catalog.
 */
#ifndef COACH_PROGRAM_H
#define COACH_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/model.h"
#include "coach/policy.h"
#include "coach/yread.h"

enum {
	SP_SETS = 1 << 0,
	SP_REPS = 1 << 1,
	SP_RIR = 1 << 2,
	SP_REST = 1 << 3,
	SP_TEMPO = 1 << 4,
	SP_PROG = 1 << 5,
	SP_REST_BETWEEN = 1 << 6,
};

struct progression {
	enum prog_model model;
	double increment; /* double, linear: in the user's units */
	int fail_limit;	  /* linear */
	double deload;	  /* linear: fraction taken off after fail_limit failures */
};

/* One group of a slot's sets written as a list: `{reps: [8, 10], rir: 2,
 * repeat: 3, load_factor: 0.85}` (three back-off sets at 85% of the first
 * group's load); `amrap` on the last group: as many reps as possible. */
struct set_group {
	int sets; /* repeat, 1 when not given */
	int reps_min, reps_max;
	int rir; /* when has_rir; else the slot's */
	bool has_rir, amrap;
	double load_factor; /* of the first group's load: 1 for the first */
	struct ypos at;
};

enum { MAX_SET_GROUPS = 10 };

/* Parameters of a slot; `given` has a bit per field that is set. */
struct slot_params {
	unsigned given;
	int sets, reps_min, reps_max, rir, rest_s;
	int rest_between_s; /* after the last set, before the next exercise (rest_s when not given)
			     */
	int tempo[4], tempo_n;
	struct progression prog;
	struct ypos reps_at; /* for messages about reps */
	/* `sets` as a list of groups (NULL: plain sets); then sets is their total
	 * and reps the first group's */
	const struct set_group *groups;
	size_t n_groups;
};

enum slot_kind { SLOT_EXERCISE, SLOT_LADDER, SLOT_PATTERN };

struct slot {
	enum slot_kind kind;  /* SLOT_EXERCISE until the catalog resolves a ladder id */
	const char *ref;      /* exercise or ladder id; NULL for a pattern slot */
	enum pattern pattern; /* for pattern slots */
	const char *note;
	bool ref_ok;		/* ref or pattern was read without problems */
	int superset;		/* the day's superset it is in (1, 2 ...), 0: none */
	struct slot_params p;	/* with defaults applied: every field is set */
	struct ypos at, ref_at; /* for messages about the slot and its reference */
};

/* A superset: slots first .. first + n - 1 of the day, done in rounds (a set
 * of each in turn, then rest_s); its slots carry rest_s and rest_between_s. */
struct superset {
	size_t first, n;
	int rest_s, rest_between_s;
	struct ypos at;
};

enum { MAX_SUPERSET = 10 };

struct day {
	const char *name, *focus;
	struct slot *slots; /* a superset's slots in line, in its order */
	size_t n_slots;
	struct superset *supersets;
	size_t n_supersets;
};

struct week_override {
	int *weeks;
	size_t n_weeks;
	struct slot_params p; /* only sets, reps, rir and rest_s */
};

struct program {
	const char *id, *name, *summary, *description, *evidence;
	enum level level;
	const char **goals;
	size_t n_goals;
	unsigned equipment; /* bits of enum equipment */
	int days_per_week, minutes;
	int weeks;	  /* 0 = open-ended */
	int deload_every; /* 0 = no deload weeks */
	bool no_failure;  /* no set goes to failure: no RIR check set, no AMRAP, no RIR 0 */
	struct slot_params defaults;
	struct day *days;
	size_t n_days;
	struct week_override *overrides;
	size_t n_overrides;
	struct srcpos pos;
};

/* Read a program document.  Returns false (with diagnostics) if invalid. */
bool program_read(struct yctx *c, const struct ynode *root, struct program *out);

/* The parameters of slot s in program week `week` (1-based), with
 * weeks_overrides applied.  Readiness, level and history are the engine's. */
struct slot_params program_slot_week(const struct program *p, const struct slot *s, int week);
/* How many weeks a week-by-week view shows: all of a fixed program; for an
 * open one, enough for every override and one deload cycle. */
int program_weeks_shown(const struct program *p);
/* Do weeks a and b prescribe the same (sets, reps, effort, rest, deload)? */
bool program_same_week(const struct program *p, int a, int b);
/* Is `week` one of the program's deload weeks? */
bool program_is_deload(const struct program *p, int week);
/* The same, and on a deload week the policy's fewer sets and easier effort
 * (loads are the engine's: they depend on the person). */
struct slot_params program_week_params(const struct program *p, const struct slot *s, int week,
				       const struct policy *pol);

/* The key a slot's progress is logged under: its exercise or ladder id, or
 * "pattern-NAME" for a pattern slot.  Slots with one key share a state. */
const char *slot_key(const struct slot *s, char *buf, size_t size);
/* The slot of program p that a logged exercise filled: by key when given,
 * else on day `day` (or any day) the slot of that exercise, of a ladder
 * holding it, or of its pattern.  NULL when none. */
struct catalog;
const struct slot *program_find_slot(const struct program *p, const struct catalog *cat,
				     const char *day, const char *key, const char *exercise);

#endif
