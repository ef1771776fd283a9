/* evidence.h - the person's own record, shown on a low check-in.
 *
 * Behavioural activation rests on the person seeing the link between
 * activity and mood, and on acting before the mood lifts.  On a low
 * check-in the coach says what happened the last times this person started
 * a session at the same mood: how many times, the mood they finished at on
 * average, and in how many of them it was higher.  Only with enough such
 * sessions (policy evidence.min_sessions), only the latest
 * (evidence.last_sessions), and with no causal claim: a low mood often lifts
 * a little with time whatever one does (regression to the mean), so the
 * words say it is a record, not a promise.  Pure: the caller hands in the
 * sessions before today.
 */
#ifndef COACH_EVIDENCE_H
#define COACH_EVIDENCE_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/policy.h"
#include "coach/store.h"

struct evidence {
	bool shown;	   /* enough sessions at this mood: the sentence is said */
	int mood;	   /* the mood started at (today's check-in) */
	int n;		   /* sessions counted (the latest, at most last_sessions) */
	int higher;	   /* of them, finished above the mood they started at */
	double mean_after; /* the mood they finished at, on average */
};

/* Of the sessions begun at `mood` in r (store_mood_record, oldest first):
 * the latest policy evidence.last_sessions of them. */
void evidence_of(const struct mood_record *r, int mood, const struct policy *p,
		 struct evidence *out);
/* The sentence ("The last 6 times you started a session at mood 2, ..."), in
 * the person's language; "" when !e->shown. */
const char *evidence_text(const struct evidence *e, char *buf, size_t size);

#endif
