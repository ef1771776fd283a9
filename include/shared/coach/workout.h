/* workout.h - a session trained live: what the log and the progression
 * see while someone works through today's prescription.
 *
 * The interface only shows and asks; this keeps the record and the place:
 * the set to do next, the exercises skipped, the day's swaps.  The session
 * row is made when the first set is entered (with its week, hold, deload
 * and readiness from the prescription), each set is saved the moment it is
 * entered, the last one can be taken back, and the end works out the
 * progression.  Until then the log carries a "progression owed" mark, so a
 * workout left mid-way or a crash is caught up at the next start
 * (workout_catch_up).  `coach log` records its sessions with the same
 * targets and meta (workout_target, workout_meta).
 */
#ifndef COACH_WORKOUT_H
#define COACH_WORKOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "coach/lapse_plan.h"
#include "coach/rx.h"
#include "coach/session.h"
#include "coach/store.h"

struct workout {
	bool active;
	int64_t session;    /* log row, 0 until the first set is entered */
	size_t ex, set;	    /* the exercise and set to do next (0-based); in a superset,
			       set is the round */
	bool round_goes_on; /* the set just logged was not its superset round's last:
			     * the next exercise follows without a rest */
	int sets_done;
	double volume, best_e1rm;
	const char *best_name;
	int mood_after;
	bool has_feeling; /* the Feeling Scale was answered */
	int feeling;	  /* FEELING_MIN..FEELING_MAX */
	bool skipped[RX_MAX_EX];
	struct { /* the last set entered, which workout_undo takes back */
		bool ok;
		size_t ex, set;
		int reps, rir;
		double volume, best_e1rm;
		const char *best_name;
	} undo;
};

/* Today's swaps: a slot of the day done with another exercise.  They are
 * the day's, not the workout's (the preview swaps before a workout starts),
 * and the prescription takes them (workout_swaps_input). */
struct workout_swaps {
	char slot[RX_MAX_EX][80]; /* slot keys */
	const struct exercise *to[RX_MAX_EX];
	size_t n;
};

/* Swap exercise x of today for `to`; a second swap of the same slot
 * replaces the first.  False when the list is full (nothing changes). */
bool workout_swap(struct workout_swaps *s, const struct rx_exercise *x, const struct exercise *to);
/* The swaps, handed to the prescription's input (borrowed: s outlives it). */
void workout_swaps_input(const struct workout_swaps *s, struct rx_input *in);

/* What the coach prescribed for x, kept in the log beside what was done. */
struct target workout_target(const struct rx_exercise *x);
/* The log's meta of a session prescribed as rx: its week, deload, hold and
 * readiness. */
void workout_meta(const struct rx *rx, struct session_meta *m);
/* The log's meta of a session outside any program (no prescription to
 * follow): its hold and readiness only. */
void workout_meta_of(const struct readiness *r, struct session_meta *m);

/* Start a new session (its row made at the first set), even when one is in
 * the log today already. */
void workout_new(struct workout *w);
/* Take today's workout up where the log says it stopped: the
 * sets of rx->session_today already logged count as done, finished
 * exercises are skipped, and w->ex, w->set point at the next set
 * (w->ex == rx->n_ex when every set is in). */
void workout_resume(struct workout *w, struct store *st, const struct rx *rx, int date);
/* Log the set w->set of exercise w->ex of rx: reps, and rir (-1 for a timed
 * exercise).  The first set makes the session row (for program on date,
 * with the check-in ck) and marks the progression owed.  Then w points at
 * the next set: the next of this exercise, else the first of the next one
 * not skipped (workout_finished says when none is left).  False on a write
 * error (store_error); then nothing of this set is kept and w stays. */
bool workout_log_set(struct workout *w, struct store *st, const struct policy *pol,
		     const struct rx *rx, const char *program, int date, const struct checkin *ck,
		     int reps, int rir);
/* Skip the rest of exercise w->ex: w points at the first set of the next
 * exercise not skipped.  False when none is left (the workout is finished). */
bool workout_skip(struct workout *w, const struct rx *rx);
/* Every exercise of rx done or skipped: what is left is the end. */
bool workout_finished(const struct workout *w, const struct rx *rx);
/* Take the last set entered out of the log; *reps and *rir get what was
 * entered, and w points at that set again.  False when there is none
 * (w->undo.ok false) or on a write error. */
bool workout_undo(struct workout *w, struct store *st, int *reps, int *rir);
/* Mood after the session, 1-5. */
bool workout_set_mood_after(struct workout *w, struct store *st, int mood);
/* The Feeling Scale after the session (FEELING_MIN..FEELING_MAX), saved at once. */
bool workout_set_feeling(struct workout *w, struct store *st, int feeling);
/* The end: the progression worked out from the log, the mark cleared. */
void workout_end(struct workout *w, struct store *st, const struct catalog *cat,
		 const struct profile *prof, const struct program *prog, int date);
/* At start-up: when a workout's progression is still owed, work it out. */
void workout_catch_up(struct store *st, const struct catalog *cat, const struct profile *prof,
		      const struct program *prog);

/* Correcting the record, in either front end: every session of date goes
 * (with its sets, aerobic minutes and check-ins), and each program they
 * followed has its progression replayed from what remains, in one
 * transaction.  *removed counts the sessions; false when the log refused. */
bool workout_delete_day(struct store *st, const struct catalog *cat, const struct profile *prof,
			int date, int *removed);
/* A set of a logged session corrected, in either front end: to its reps,
 * load (0: none) and rir (-1: not given; band and notes stay), or removed
 * when to is NULL; then the progression of the session's program (NULL:
 * none) is replayed from what the log holds, all in one transaction.  False
 * when refused: *why says why (a value out of range, the set gone), or is
 * NULL when the log refused (store_error). */
bool workout_change_set(struct store *st, const struct catalog *cat, const struct profile *prof,
			int64_t session, const char *program, int position, int set_no,
			const struct set_done *to, const char **why);
/* A short note on a set (position >= 0, with set_no) or on the session
 * (position < 0), as `coach log` keeps `notes:`; an empty text takes the
 * note away.  At most SESSION_MAX_NOTES characters; *why as above. */
bool workout_note(struct store *st, int64_t session, int position, int set_no, const char *text,
		  const char **why);
/* A mood after given later, on the date's last session; false when the date
 * has none or the log refused. */
bool workout_mood_after_later(struct store *st, int date, int mood);
/* Aerobic minutes of kind (walk, run, ride, swim, other) done on date, kept
 * as a session of their own, as `coach log` keeps a session with only
 * aerobic: minutes 1-600.  False on a write error (store_error). */
bool workout_log_aerobic(struct store *st, int date, const char *kind, int minutes);
/* Minutes of the breathing done on date with the interface's pacer, kept as
 * a session of its own with only breathing_min, as `coach log` keeps one: a
 * minimum dose (policy adherence.breathing_min) that makes a showed-up day.
 * minutes 1..SESSION_MAX_BREATHING_MIN; *day_total (may be NULL) gets the
 * date's breathing minutes, these with any logged before.  False on a write
 * error (store_error) or minutes out of range. */
bool workout_log_breathing(struct store *st, int date, int minutes, int *day_total);

/* The day after a missed planned day (rx->after_missed): the person's own
 * if-then plan (lapse_plan.h, in config_dir) and what the coach can do of it
 * today.  Each front end words it with its own way to do it (a command, a
 * key) and puts it first with workout_lead_advisories. */
enum lapse_offer {
	LAPSE_OFFER_SHORT = 1, /* a training day with the short session offered */
	LAPSE_OFFER_SESSION,   /* a training day (the policy offers no short one) */
	LAPSE_OFFER_MOVE,      /* a rest day of the same week: yesterday's session here */
	LAPSE_OFFER_WALK       /* a rest day of a new week: a walk; the next day as planned */
};
struct lapse_lead {
	bool have_plan;
	char plan[LP_MAX_TEXT * 4 + 1]; /* the plan's words, "" when none */
	enum lapse_offer offer;
	int move_from, move_to; /* for LAPSE_OFFER_MOVE: yesterday and today */
	int walk_min;		/* the walk that counts as showing up (policy) */
};
/* false (and nothing to lead with) unless today follows a missed planned
 * day and today's session is not yet done. */
bool workout_lapse_lead(const char *config_dir, const struct policy *pol, const struct rx *rx,
			struct lapse_lead *out);
/* Put k lines (each shorter than an advisory) first among rx's advisories,
 * after a risk signal, which always comes first. */
void workout_lead_advisories(struct rx *rx, const char *const *text, size_t k);

#endif
