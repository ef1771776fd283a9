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

/* The estimate the coach uses for one set: load / RTS%(reps, 10 - rir)
 * when rir was logged (rir >= 0), 10 - rir is on the chart and reps <= max_rts;
 * otherwise Epley with reps capped at epley_cap.  0 for a set of 0 reps. */
double e1rm_of_set(double load, int reps, int rir, int max_rts, int epley_cap);

/* The load for `reps` reps leaving `rir` in reserve, from an estimated 1RM:
 * e1rm x RTS%(reps, 10 - rir); beyond the chart, Epley solved for the load
 * with reps + rir reps to failure. */
double load_for_reps(double e1rm, int reps, int rir);

#endif
