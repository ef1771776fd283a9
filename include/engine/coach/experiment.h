/* experiment.h - N-of-1 experiments (coach experiment).
 *
 * A person asks one question (intensity: RIR 1-2 against 3-4; frequency:
 * three sessions a week against two; length: full sessions against short
 * ones).  The coach randomises pairs of two-week blocks (insights.h), and in
 * each block adjusts the prescription toward that block's arm, always
 * within every other rule: a low or anxious day, a health limit, a deload or
 * a first session back are never made harder.  At each block's end it asks
 * for the PHQ-9 or GAD-7, whose two-week recall matches the block; the
 * answer is the block's score.  While a risk signal is active, or a health
 * limit rules the question out, the experiment pauses and the session is
 * the program's.  It can always be stopped.
 *
 * The state is one row of the log's meta table ("experiment").  The engine's
 * only hook is experiment_apply(), called by rx_prescribe() after rx_build():
 * a pure function of the state, the risk flag, the input, the history and
 * the built prescription.
 */
#ifndef COACH_EXPERIMENT_H
#define COACH_EXPERIMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/history.h"
#include "coach/insights.h"
#include "coach/rx.h"
#include "coach/store.h"

enum experiment_kind { EXP_INTENSITY, EXP_FREQUENCY, EXP_LENGTH, EXP_KINDS };
extern const char *const experiment_kind_names[EXP_KINDS]; /* intensity frequency length */

struct experiment {
	bool exists;
	enum experiment_kind kind;
	char scale[8]; /* phq9 | gad7 */
	int start;     /* the first day of block 1 */
	int block_days;
	int pairs;
	char arms[2 * TRIAL_MAX_PAIRS + 1]; /* 'A' or 'B' for each block */
	int stopped;			    /* the day it was stopped; -1 while it runs */
};

/* Read and write the state (false from load: none, or unreadable). */
bool experiment_load(struct store *st, struct experiment *out);
bool experiment_save(struct store *st, const struct experiment *x);
/* A new experiment from day `start`, its blocks randomised from seed. */
void experiment_new(struct experiment *x, enum experiment_kind kind, const char *scale, int start,
		    int pairs, int block_days, uint64_t seed);

/* The block (0-based) that holds date: -1 before the start, 2 * pairs after
 * the last. */
int experiment_block(const struct experiment *x, int date);
int experiment_block_start(const struct experiment *x, int block);
int experiment_block_end(const struct experiment *x, int block);
/* The words for an arm: "harder sessions (stop with 1-2 reps in reserve)". */
void experiment_arm_words(const struct experiment *x, char arm, const struct policy *pol, char *buf,
			  size_t size);
/* The question: "harder (RIR 1-2) or easier (RIR 3-4) sessions". */
void experiment_question(enum experiment_kind kind, const struct policy *pol, char *buf,
			 size_t size);

/* Why this person's health or program rules the question out (NULL: it
 * does not). */
const char *experiment_refusal(enum experiment_kind kind, const struct profile *prof,
			       const struct program *p);
/* Is a risk signal active on date: three check-ins in a row at mood 1, a
 * PHQ-9 or GAD-7 5 or more above the one before, a PHQ-9 of 20 or more, or
 * PHQ-9 question 9 above 0 within the full-screen interval?  The reason goes
 * to why.  (Issue 10 gives the engine its own; this one keeps the
 * experiment safe until then and can become a call to it.) */
bool experiment_risk(struct store *st, const struct policy *pol, int date, char *why, size_t size);

/* The engine's hook: the arm of the date applied to a built prescription. */
void experiment_apply(const struct experiment *x, bool risk, const char *risk_why,
		      const struct rx_input *in, const struct rx_history *h, struct rx *rx);

/* Each block's score (NAN: none yet): the experiment's scale taken within
 * score_window_days of the block's end, the one nearest the end. */
void experiment_scores(const struct experiment *x, const struct screen_list *sc,
		       const struct policy *pol, double *scores);

#endif
