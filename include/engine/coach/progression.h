/* progression.h - progression: what each logged session of a slot means for
 * the next one, by the slot's model (double, linear, ladder, rir, none).
 *
 * A slot's state is derived by replaying its logged sessions in date order,
 * so a session logged late still lands in the right place.  A session counts
 * as a success only when every prescribed set was logged, each at its target
 * reps and at or above the reps-in-reserve floor that applied.  Double
 * progression comes down one load step after two sessions in a row under the
 * bottom of the range.  Anxious and low days never count against anyone; a
 * step up held back on them is taken once the load has been done in full,
 * without distress, on the policy's number of such days.  A hold day (low,
 * very sore, the short session) never moves a load on by itself: done in
 * full it is one of those days, and the step comes with the last of them.
 * With nothing heavier to go to, double progression lengthens the range
 * (extend_reps) at the load the person has.  Deload weeks
 * neither progress nor fail; a session done lighter by a rule (a short
 * night) changes nothing; another exercise standing in for one session
 * leaves the slot's own progression where it was.  After a gap longer than
 * the policy's, the working load starts lower.
 */
#ifndef COACH_PROGRESSION_H
#define COACH_PROGRESSION_H

#include "coach/catalog.h"
#include "coach/loads.h"
#include "coach/profile.h"
#include "coach/store.h"

/* The outcome of the last session that counted, for the reasons shown. */
enum progress_outcome {
	OUT_NONE,
	OUT_SEEDED,
	OUT_UP,
	OUT_KEPT,
	OUT_FAILED,
	OUT_DELOADED,
	OUT_RUNG_UP,
	OUT_MORE_REPS,
	OUT_TOP,
	OUT_SHORT,	/* fewer sets logged than prescribed: target not met */
	OUT_EFFORT,	/* a set below the reps-in-reserve floor: target not met */
	OUT_DOWN,	/* double: twice in a row under the range, one step down */
	OUT_CAREFUL,	/* an anxious or low day done in full at the load held */
	OUT_SWAPPED,	/* another exercise stood in: the slot's progression waits */
	OUT_LIGHTER,	/* done in full, but lighter than the load it is at (a rule's, or chosen) */
	OUT_RESTED,	/* a deload week: neither moves on nor fails */
	OUT_CALIBRATED, /* a first session worked up to a firm estimate: the load from it */
	OUT_EXTENDED,	/* double: the next load is too big a jump, the rep range is longer first */
	OUT_HELD,	/* a hold day done in full: one of the careful days a step takes */
	OUT_HELD_UP,	/* the careful days' step taken after a hold day done in full */
	OUT_NO_HEAVIER	/* double: nothing heavier to go to, so the rep range is longer */
};

/* How a session of a loaded exercise compares with what was prescribed. */
enum verdict { V_MET, V_SHORT, V_EFFORT, V_REPS };
/* The verdict on a session: fewer sets than prescribed first, then a set
 * under the reps-in-reserve floor (low_rir -1: none logged), then reps. */
enum verdict progression_verdict(int logged_sets, int min_reps, int low_rir, int want_sets,
				 int want_reps, int rir_floor);

/* Replay the sessions of one slot (oldest first) into *out, from nothing. */
void progression_replay(const struct catalog *cat, const struct profile *prof,
			const struct program *prog, const struct slot *s,
			const struct logged_list *sessions, struct slot_state *out);
/* The same, going on from the state in *st (sessions after its last date). */
void progression_apply(const struct catalog *cat, const struct profile *prof,
		       const struct program *prog, const struct slot *s,
		       const struct logged_list *sessions, struct slot_state *st);

/* Bring the stored state of every slot of the program up to the log.  since
 * is the earliest date logged since the last update: a slot whose state ends
 * before it only takes the new sessions; otherwise (or with since < 0) it is
 * replayed from the start.  Call inside the transaction that logged them. */
bool progression_update(struct store *st, const struct catalog *cat, const struct profile *prof,
			const struct program *prog, int since);

/* After a correction (a session deleted or replaced): forget the program's
 * slot states and replay each slot from what remains in the log.  A
 * program no longer in the catalogue only has its states forgotten.  Call
 * inside the transaction that made the correction. */
bool progression_rebuild(struct store *st, const struct catalog *cat, const struct profile *prof,
			 const char *program);

/* Double and linear: the load a step up from x goes to.  Double aims at about
 * the policy's increment_pct more (the Gordon protocol's +5%), at most the
 * program's increment; linear adds its increment; either rounded up to a load
 * the person has.  Bands: the next band. */
double progression_step_up(const struct loadset *ls, const struct slot_params *sp,
			   const struct policy *pol, double x);

/* The ladder step to start on, by level (beginners on the first). */
int progression_start_rung(const struct profile *prof, const struct ladder *l);

#endif
