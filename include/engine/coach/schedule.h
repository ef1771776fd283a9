/* schedule.h - the week: program weeks, which program day falls on a date,
 * moved days, and the status of each day of a week.
 *
 * Program weeks count from the Monday of the profile's start date.  Program
 * days go onto the profile's weekdays in order (A, B, A, ... continuing
 * across weeks), from the start date on.  A missed day can be moved to a
 * later free day of the same week.
 */
#ifndef COACH_SCHEDULE_H
#define COACH_SCHEDULE_H

#include <stdbool.h>

#include "coach/policy.h"
#include "coach/profile.h"
#include "coach/program.h"
#include "coach/store.h"

/* The program week of date (1-based); 0 before the start. */
int schedule_week(const struct profile *prof, int date);
/* The weekdays the program trains on: all of the profile's weekdays when the
 * program wants that many or more, else the program's days_per_week of them,
 * spread as evenly over the week as they allow (bit i = enum weekday i). */
unsigned schedule_training_days(const struct profile *prof, const struct program *p);
/* The program day planned for date by the rotation, ignoring moves; NULL on
 * a rest day or before the start. */
const struct day *schedule_day(const struct profile *prof, const struct program *p, int date);

/* DAY_SHOWED_UP: a day with only a minimum dose (schedule_minimum_doses). */
enum day_status { DAY_REST, DAY_PLANNED, DAY_DONE, DAY_MISSED, DAY_MOVED, DAY_SHOWED_UP };
extern const char *const day_status_names[];

struct plan_day {
	int date;
	enum day_status status;
	const char *day; /* program day name, NULL when none */
	int moved_to;	 /* for DAY_MOVED: the date it went to (-1 none) */
	int moved_from;	 /* a day moved here: where from (-1 none) */
	int sessions;	 /* strength sessions logged that date */
	double volume;	 /* sum of reps x load that date */
	int aerobic_min;
	int mood_before, mood_after; /* 0 when not logged */
	bool extra;		     /* done on a day that was not planned */
	int breathing_min;	     /* minutes of the breathing logged that date */
	int short_sessions;	     /* of `sessions`, those marked the short one */
};

struct plan_week {
	int monday;
	struct plan_day days[7];
	int strength_done, strength_planned;
	int aerobic_min;
	int showed_up; /* days of only a minimum dose (after schedule_minimum_doses) */
};

/* The week holding date, from the log (sessions, moves) and today. */
bool schedule_plan(struct store *st, const struct profile *prof, const struct program *p, int date,
		   int today, struct plan_week *out);
/* Minimum doses count (issue 18): a day up to today without a strength
 * session but with a walk (aerobic minutes) of adherence.walk_min or more, or
 * adherence.breathing_min of the breathing, becomes DAY_SHOWED_UP (a rest day
 * with one, and today's planned day too: a session after it makes it done),
 * counted in w->showed_up; so does a day whose only
 * strength sessions are the short one (`short: true`), which then leaves
 * w->strength_done.  A full session is a done day.  Pure. */
void schedule_minimum_doses(struct plan_week *w, const struct policy *pol, int today);

/* Consistency in weeks, never a streak: of the last `of` weeks, how many
 * had their strength days (done or showed up on at least
 * adherence.consistency_days of them, fewer when fewer were planned). */
struct consistency {
	int weeks, of;
};
/* Pure: weeks[0..n) oldest first, weeks[n-1] the current week (already
 * through schedule_minimum_doses).  The current week is counted once it
 * counts, never against the person while it is still going; then the last
 * `max_weeks` of those left. */
void schedule_consistency_of(const struct plan_week *weeks, int n, int max_weeks, int days_needed,
			     struct consistency *out);
/* The same read from the log: the weeks from the profile's start (or the
 * first session) up to the week of today, at most adherence.consistency_weeks
 * of them. */
bool schedule_consistency(struct store *st, const struct profile *prof, const struct program *p,
			  const struct policy *pol, int today, struct consistency *out);

/* The day planned for date after moves: the moved day on a date something was
 * moved to, NULL on a date moved away from. *moved_to is set (or -1). */
const struct day *schedule_day_moved(struct store *st, const struct profile *prof,
				     const struct program *p, int date, int *moved_to);
/* Move the session planned (or missed) on `from` to `to`: a later free day of
 * the same week, today or after.  A day that was itself moved there moves
 * from where it first was.  false with a reason in *why (static text). */
bool schedule_move(struct store *st, const struct profile *prof, const struct program *p, int from,
		   int to, int today, const char **why);
/* Was yesterday (today - 1) a planned strength day with no session, not
 * moved away (DAY_MISSED)?  The day after a missed day the coach leads with
 * the person's lapse plan.  False too when the log cannot be read. */
bool schedule_missed_yesterday(struct store *st, const struct profile *prof,
			       const struct program *p, int today);
/* The next date after `after` with a planned day (within 14 days), or -1. */
int schedule_next(struct store *st, const struct profile *prof, const struct program *p, int after,
		  const struct day **day);

#endif
