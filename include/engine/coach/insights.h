/* insights.h - what a person's own record can and cannot say, honestly.
 *
 * Pure statistics, no input or output: the callers hand in what the log
 * holds.  Three parts.
 *
 * 1. Effects.  For each factor a person might change (weekday, session
 *    length, intensity as reps in reserve, sets) or notice (readiness), the
 *    difference in mood change (after minus before) between two kinds of
 *    session, from one regression per comparison: the before scores (mood
 *    as a category, so regression to the mean cannot pass for an effect;
 *    energy and anxiety as lines) are covariates, never the grouping.  The
 *    estimate is shrunk toward the trial prior of the policy (a normal
 *    prior, Gordon 2018 and Noetel 2024 in its sources), so three sessions
 *    cannot shout; its interval is at the policy's confidence, Bonferroni
 *    corrected for the number of effects shown, with a t quantile for small
 *    samples.  `clear` only when that interval excludes 0.
 * 2. Questionnaire trends: first, latest and whether the change is reliable
 *    (Jacobson & Truax 1991; thresholds in the policy).
 * 3. N-of-1 trials: randomised pairs of blocks, and the difference between
 *    the arms from the block scores, adjusted for a linear time trend.
 */
#ifndef COACH_INSIGHTS_H
#define COACH_INSIGHTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "coach/policy.h"
#include "coach/store.h"
#include "coach/util.h"

enum insight_factor { IF_WEEKDAY, IF_LENGTH, IF_INTENSITY, IF_SETS, IF_READINESS, IF_N };
extern const char *const insight_factor_names[IF_N]; /* weekday length intensity sets readiness */

/* One session with mood before and after. */
struct insight_obs {
	int date;
	int before, after;   /* mood, 1-5 */
	int energy, anxiety; /* 1-5 */
	int exercises, sets; /* what was done */
	double rir;	     /* mean reps in reserve of its sets; < 0 unknown */
	int band;	     /* 0 normal, 1 low, 2 anxious, 3 good */
};

enum { INSIGHT_MAX_EFFECTS = 16, INSIGHT_TEXT = 96 };

struct insight_effect {
	enum insight_factor factor;
	char what[16];		    /* the factor's name */
	char compare[INSIGHT_TEXT]; /* "harder sessions (RIR 2 or less) vs easier (RIR 3 or more)"
				     */
	char first[48], second[48]; /* the two kinds, for sentences */
	double raw, raw_se, df;	    /* the regression's own estimate, standard error, residual df */
	double estimate, low, high; /* shrunk, with the corrected interval */
	int sessions, n_first, n_second;
	bool clear;
};

struct insight_screen {
	char scale[8];
	int first, latest, change, n;
	int first_date, latest_date;
	bool has_threshold;   /* a published reliable-change threshold exists */
	int threshold;	      /* points */
	bool reliable_change; /* |change| >= threshold */
	int direction;	      /* -1 better (lower), +1 worse, 0 no reliable change */
};

/* How sessions felt: the Feeling Scale after them (-5 to +5; Hardy and
 * Rejeski 1989).  How a session feels tends to predict whether people keep
 * going (Williams et al. 2008; Ekkekakis et al. 2011), so the person sees
 * their own record of it: the mean with a 95% t interval, and harder
 * against easier sessions (mean reps in reserve at most
 * insights.hard_rir_max) once there are insights.min_sessions of them and
 * insights.min_group on each side, with a Welch interval at
 * insights.confidence.  What went together, never a cause. */
struct insight_feel {
	int feeling;
	double rir; /* mean reps in reserve of its sets; < 0 unknown */
};
struct insight_feeling {
	int n;
	double mean, low, high; /* low = high = mean with one session */
	int n_harder, n_easier;
	bool compared;				     /* enough on each side */
	double diff, diff_low, diff_high;	     /* harder minus easier */
	bool clear;				     /* the interval excludes 0 */
	int hard_rir_max, need_sessions, need_group; /* the policy's, for the words */
};
void insights_feeling(const struct insight_feel *v, size_t n, const struct policy *pol,
		      struct insight_feeling *out);

struct insights {
	int sessions;	  /* with mood before and after */
	int min_sessions; /* needed before any effect is shown */
	bool enough_data;
	double mood_change, mood_low, mood_high; /* mean change and its 95% interval */
	struct insight_effect effects[INSIGHT_MAX_EFFECTS];
	size_t n_effects;
	bool not_yet[IF_N]; /* factors with too little on one side to compare */
	double level;	    /* per-interval confidence after correction, e.g. 0.99 */
	struct insight_screen screens[4];
	size_t n_screens;
	struct insight_feeling feeling; /* from every session with sets and a feeling */
	const char *caution;
};

/* Work out the insights of observations (any order) and screens (oldest
 * first; NULL for none). */
void insights_compute(const struct insight_obs *obs, size_t n, const struct screen_list *screens,
		      const struct policy *pol, struct insights *out);
/* Both at once, from the log (allocates and frees its own observations). */
void insights_of(const struct logged_list *l, const struct screen_list *screens,
		 const struct policy *pol, struct insights *out);
/* Plain sentences for people: "seems to", never a promise; each line is
 * indented by two spaces and ends in a newline. */
void insights_text(const struct insights *in, struct sbuf *out);

/* --- statistics the rest is made of (exposed for tests) --- */
double stat_norm_quantile(double p);
double stat_t_quantile(double p, double df);
double stat_t_cdf(double t, double df);
/* Ordinary least squares: n rows of p columns (row-major x), y.  Writes the
 * coefficients and the standard error of coefficient `which`; false when
 * the columns are collinear or n <= p. */
bool stat_ols(const double *x, const double *y, size_t n, size_t p, size_t which, double *coef,
	      double *se, double *df);

/* A small, seeded generator (splitmix64), the same on every machine. */
double stat_uniform(uint64_t *state);  /* [0, 1) */
double stat_gaussian(uint64_t *state); /* standard normal */

/* --- N-of-1 trials --- */
enum { TRIAL_MAX_PAIRS = 12 };
/* Arms for 2 * pairs blocks: each pair holds one 'A' and one 'B' in a random
 * order; from two pairs on, both orders occur (so a time trend can be told
 * from the difference between the arms), as evenly as the count allows. */
void trial_randomise(uint64_t seed, int pairs, char *arms /* 2 * pairs + 1 */);

struct trial_result {
	int pairs, pairs_scored;	   /* pairs with both blocks scored */
	double pair_diff[TRIAL_MAX_PAIRS]; /* A minus B in each scored pair (NAN otherwise) */
	bool enough;			   /* at least min_pairs pairs scored */
	double estimate, low, high;	   /* A minus B, adjusted for a linear trend */
	double trend;			   /* points per block */
	double df;
	bool clear; /* the interval excludes 0 */
};
/* Block scores in block order (NAN where a block has none); lower is better
 * on the PHQ-9 and GAD-7.  The model: score = a + d * [arm A] + g * block. */
void trial_analyse(const char *arms, const double *scores, int min_pairs, double confidence,
		   struct trial_result *out);

#endif
