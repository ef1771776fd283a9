/* response.h - what works for this person, from their own log.
 *
 * The average change in mood from before to after a session; how mood,
 * anxiety and questionnaire scores move with weeks of training.  Every figure carries
 * the number of sessions it rests on; one person's record is not proof.
 * Which kinds of session seem to help is insights.h: grouping by readiness
 * (chosen by mood before) and picking the best group was regression to the
 * mean, so it is gone from here.
 */
#ifndef COACH_RESPONSE_H
#define COACH_RESPONSE_H

#include <stddef.h>

#include "coach/store.h"

struct response_stat {
	char label[64];
	double value; /* average change in mood (after - before), or an average score */
	int n;	      /* sessions (or screens) it rests on */
};

struct response {
	struct response_stat mood_change;	    /* all sessions with mood before and after */
	struct response_stat early_mood, late_mood; /* first and last 4 weeks' check-ins */
	struct response_stat early_anxiety, late_anxiety;
	struct response_stat early_screen[4], late_screen[4]; /* by scale: phq2 gad2 phq9 gad7 */
	int sessions, weeks;
	const char *caution;
};

/* Work it out from sessions (oldest first) and screens. */
void response_of(const struct logged_list *sessions, const struct screen_list *screens,
		 struct response *out);

#endif
