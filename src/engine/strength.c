#include "coach/strength.h"

#include <math.h>

/* science.md: pct = seq[2(reps-1) + 2(10-RPE)] for reps 1-12, RPE 6-10. */
static const double rts_seq[] = {100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7,
				 82.4,	81.1, 79.9, 78.6, 77.4, 76.2, 75.1, 73.9, 72.3, 70.7, 69.4,
				 68.0,	66.7, 65.3, 64.0, 62.6, 61.3, 59.9, 58.6, 57.2};

double rts_pct(int reps, double rpe)
{
	if (reps < 1 || reps > 12 || rpe < 6 || rpe > 10)
		return -1;
	double half = (10 - rpe) * 2;
	if (fabs(half - round(half)) > 1e-9)
		return -1;
	int i = 2 * (reps - 1) + (int)round(half);
	if (i < 0 || i >= (int)(sizeof(rts_seq) / sizeof(rts_seq[0])))
		return -1;
	return rts_seq[i];
}

double e1rm_epley(double load, int reps)
{
	if (reps <= 0)
		return 0;
	if (reps == 1)
		return load;
	return load * (1 + reps / 30.0);
}

double e1rm_brzycki(double load, int reps)
{
	if (reps <= 0 || reps >= 37)
		return 0;
	return load * 36.0 / (37 - reps);
}

double e1rm_lombardi(double load, int reps)
{
	if (reps <= 0)
		return 0;
	return load * pow(reps, 0.10);
}

/* The chart's %1RM for n reps to failure (the reps done and those left in
 * reserve): the flattened rule depends on reps + RIR only, so its diagonal is
 * seq[2(n - 1)] for n = 1-16 (12 reps at RIR 4 is its last cell).  Past it,
 * Epley's fall per rep from that last cell: continuous there, and every rep
 * more still raises the estimate (policy rir_model). */
static double pct_to_failure(int n)
{
	enum { LAST = (int)(sizeof(rts_seq) / sizeof(rts_seq[0])) - 1, N_LAST = LAST / 2 + 1 };
	if (n < 1)
		n = 1;
	if (n <= N_LAST)
		return rts_seq[2L * (n - 1)];
	return rts_seq[LAST] * (1 + N_LAST / 30.0) / (1 + n / 30.0);
}

/* Reps in reserve as the estimate counts them: the chart's RIR 0-4; a set
 * stopped further off shows what 4 in reserve shows (RIR is judged less well
 * there, Hackett 2017), so a pre-filled far reserve cannot lift it. */
static int reserve_counted(int rir)
{
	int most = 10 - RTS_RPE_MIN;
	return rir < 0 ? 0 : rir > most ? most : rir;
}

double e1rm_of_set(double load, int reps, int rir, int max_rts, int epley_cap)
{
	if (reps <= 0 || load <= 0)
		return 0;
	if (rir < 0) /* no reserve logged: Epley, within its valid range */
		return e1rm_epley(load, reps < epley_cap ? reps : epley_cap);
	int r = reserve_counted(rir);
	if (reps <= max_rts) {
		double pct = rts_pct(reps, 10 - r);
		if (pct > 0)
			return load * 100.0 / pct;
	}
	/* above the chart's 12 reps: along its diagonal, then Epley's rate */
	return load * 100.0 / pct_to_failure(reps + r);
}

double load_for_reps(double e1rm, int reps, int rir)
{
	if (e1rm <= 0 || reps <= 0)
		return 0;
	/* the inverse of e1rm_of_set with a reserve: what is asked is what a set
	 * done as asked gives back, so the estimate neither creeps nor sinks */
	return e1rm * pct_to_failure(reps + reserve_counted(rir)) / 100.0;
}
