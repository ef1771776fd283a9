/* risk.h - signals beyond PHQ-9 item 9 that someone may be at risk.
 *
 * Most people who died by suicide had answered "not at all" to item 9 at
 * their last screen (Louzon et al. 2016), so item 9 is never the only
 * signal.  The others, with thresholds in the policy's `risk` section: a
 * run of check-ins at very low mood, a PHQ-9 or GAD-7 well above the one
 * before, and a PHQ-9 in the severe band.  A signal never diagnoses and
 * never blocks anything: it puts one calm advisory first, naming `coach
 * crisis` (h in the coach) and the safety plan.
 */
#ifndef COACH_RISK_H
#define COACH_RISK_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/policy.h"

struct store;

struct risk_mood {
	int date, mood;
};
struct risk_screen {
	int date, score;
	const char *scale; /* "phq9", "gad7"; other scales are ignored */
};

enum risk_kind { RISK_NONE, RISK_PHQ9_SEVERE, RISK_SCREEN_RISE, RISK_LOW_MOODS };

struct risk {
	enum risk_kind kind; /* RISK_NONE: no signal */
	int since;	     /* the date it began */
	char signal[160];    /* what was seen, in plain words */
};

/* Assess from check-in moods (one per date) and questionnaire scores, both
 * oldest first, up to and including today. */
void risk_assess(const struct risk_mood *moods, size_t n_moods, const struct risk_screen *screens,
		 size_t n_screens, int today, const struct policy *pol, struct risk *out);
struct checkin;
/* The same, read from the log; today's check-in, when given (and perhaps not
 * stored: `coach today --mood 1`), counts as today's.  No signal when the
 * log cannot be read. */
void risk_load(struct store *st, int today, const struct checkin *today_ck,
	       const struct policy *pol, struct risk *out);
/* The advisory that leads today's advice when a signal is active. */
void risk_advisory(const struct risk *r, char *buf, size_t size);

#endif
