/* questionnaire.h - the PHQ-2, GAD-2, PHQ-9 and GAD-7 questionnaires.
 *
 * Scored and banded as published (science.md section 7; Kroenke 2001, 2003;
 * Spitzer 2006).  The coach never diagnoses: the words say what a score
 * means on the published scale and no more.  PHQ-9 item 9 answered above
 * zero sets `crisis`, and the crisis contacts come first.
 */
#ifndef COACH_QUESTIONNAIRE_H
#define COACH_QUESTIONNAIRE_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/policy.h"

/* clang-format off */
#define SCALES(X) X(SCALE_PHQ2, "phq2", 2) X(SCALE_GAD2, "gad2", 2) \
	X(SCALE_PHQ9, "phq9", 9) X(SCALE_GAD7, "gad7", 7)
/* clang-format on */
#define SCALE_ENUM(e, name, items) e,
enum scale { SCALES(SCALE_ENUM) SCALE_COUNT };
#undef SCALE_ENUM

extern const char *const scale_names[];

/* Number of items of a scale. */
int scale_items(enum scale s);
/* The text of item i (0-based) and the shared answer words (0-3). */
const char *scale_item(enum scale s, int i);
const char *scale_intro(enum scale s);
extern const char *const scale_answers[4];
/* Is a questionnaire due (never taken, or taken at least the policy's
 * interval ago)?  last is the date last taken or -1. */
bool scale_due(enum scale s, int last, int today, const struct policy *pol);

/* The PAR-Q+ (Physical Activity Readiness Questionnaire for Everyone, 2023):
 * its seven general health questions in the form's order, each with the
 * form's own clarification where it has one (NULL otherwise).  Any YES means
 * light activity until the follow-up pages or a qualified professional
 * clear the person; silence is never a NO. */
enum { PARQ_ITEMS = 7 };
extern const char *const parq_questions[PARQ_ITEMS];
extern const char *const parq_notes[PARQ_ITEMS];
/* "no,no,yes,..." (or y/n): seven answers in order.  False with a message in
 * err when there are not seven yes/no answers. */
bool parq_parse_answers(const char *text, bool yes[PARQ_ITEMS], char *err, size_t size);
/* How a person records a professional's clearance, for every message that
 * needs to say it. */
extern const char *const parq_clear_how;

struct questionnaire_result {
	enum scale scale;
	int score;
	const char *band; /* minimal, mild, moderate, moderately severe, severe; or, for
			     the 2-item scales, below / at or above the cut-off */
	bool crisis;	  /* PHQ-9 item 9 above zero */
	const char *advice[4];
	size_t n_advice;
};

/* Parse "a,b,c" (each 0-3) for scale s.  Returns false with a message in
 * err (static text or written into errbuf) when the answers are not right. */
bool questionnaire_parse_answers(enum scale s, const char *text, int *answers, char *errbuf,
				 size_t size);
/* Score answers (each 0-3) and band the score. */
void questionnaire_score(enum scale s, const int *answers, const struct policy *pol,
			 struct questionnaire_result *out);

#endif
