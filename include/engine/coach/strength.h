/* strength.h - estimated one-repetition maximum and the RTS effort chart.
 *
 * The published tables of science.md section 3: the RTS/Tuchscherer %1RM
 * chart by reps and RPE, and the Epley, Brzycki and Lombardi formulas.
 * RPE = 10 - RIR (reps in reserve).
 */
#ifndef COACH_STRENGTH_H
#define COACH_STRENGTH_H

#include <stdbool.h>

enum { RTS_RPE_MIN = 6 }; /* the chart's lowest RPE: RIR 4 */

/* %1RM for reps (1-12) at RPE (6-10 in steps of 0.5); -1 outside the chart. */
double rts_pct(int reps, double rpe);

double e1rm_epley(double load, int reps);    /* w (1 + r/30); w itself for 1 rep */
double e1rm_brzycki(double load, int reps);  /* w x 36 / (37 - r) */
double e1rm_lombardi(double load, int reps); /* w x r^0.10 */

/* The estimate the coach uses for one set.  With a reserve logged (rir >= 0):
 * load / RTS%(reps, 10 - rir) on the chart (reps <= max_rts, RIR 0-4).  Off
 * it: a reserve over 4 counts as 4, and above the chart's reps the %1RM goes
 * on along its diagonal (it depends on reps + RIR only) to its last cell, 12
 * reps at RIR 4, then falls at Epley's rate; so at the same load and reserve
 * every rep more raises the estimate, and more reserve never lowers it.
 * Without a reserve: Epley with reps capped at epley_cap.  0 for 0 reps. */
double e1rm_of_set(double load, int reps, int rir, int max_rts, int epley_cap);

/* The load for `reps` reps leaving `rir` in reserve, from an estimated 1RM:
 * e1rm x RTS%(reps, 10 - rir) on the chart, and its exact inverse off it, so
 * a set done as asked gives the same estimate back. */
double load_for_reps(double e1rm, int reps, int rir);

#endif
