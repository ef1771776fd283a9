/* recommend.h - ranking the catalogue for a person choosing a first program.
 *
 * Equipment is a hard filter.  Level, days a week, minutes and goals rank
 * (mood and anxiety weigh in, since that is what most people come for).  A
 * PAR-Q+ answer not cleared puts the gentle programs first; high blood
 * pressure puts programs of low-rep sets last; from 65, programs written for
 * older adults come first.  Each result says why.
 */
#ifndef COACH_RECOMMEND_H
#define COACH_RECOMMEND_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/catalog.h"

struct rec_query {
	enum level level;
	int days; /* days a week available */
	int minutes;
	unsigned equipment;   /* bits of enum equipment (bodyweight is always added) */
	const char *goals[8]; /* wanted goals; mood and anxiety by default */
	size_t n_goals;
	bool parq_cleared;
	bool hypertension; /* low-rep programs rank down (ACSM: 8-12 reps) */
	int age; /* 0: not given; from the policy's older.age_from, older-adult programs first */
};

struct rec_item {
	const struct program *p;
	int score;
	char reasons[8][160];
	size_t n_reasons;
	bool excluded;
	char excluded_why[160];
};

/* Rank every program of cat; out has cat->n_programs items, best first,
 * excluded ones last.  Caller frees *out. */
void recommend(const struct catalog *cat, const struct rec_query *q, struct rec_item **out,
	       size_t *n);

#endif
