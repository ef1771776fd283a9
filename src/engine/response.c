#include "coach/response.h"

#include <stdio.h>
#include <string.h>

static const char *const scales[] = {"phq2", "gad2", "phq9", "gad7"};

static void add(struct response_stat *s, double v)
{
	s->value = (s->value * s->n + v) / (s->n + 1);
	s->n++;
}

void response_of(const struct logged_list *l, const struct screen_list *sc, struct response *r)
{
	memset(r, 0, sizeof(*r));
	r->caution = "One person's record is not proof: these are patterns worth noticing, and "
		     "they can change. The fewer sessions a line rests on, the less it says.";
	snprintf(r->mood_change.label, sizeof(r->mood_change.label), "mood after minus before");
	int first = -1, last = -1;
	for (size_t i = 0; i < l->n; i++) {
		const struct logged_session *s = &l->v[i];
		if (!s->n_sets)
			continue;
		r->sessions++;
		if (first < 0)
			first = s->date;
		last = s->date;
	}
	if (first < 0)
		return;
	r->weeks = (last - first) / 7 + 1;
	snprintf(r->early_mood.label, sizeof(r->early_mood.label), "mood, first 4 weeks");
	snprintf(r->late_mood.label, sizeof(r->late_mood.label), "mood, last 4 weeks");
	snprintf(r->early_anxiety.label, sizeof(r->early_anxiety.label), "anxiety, first 4 weeks");
	snprintf(r->late_anxiety.label, sizeof(r->late_anxiety.label), "anxiety, last 4 weeks");
	bool long_enough = last - first >= 8 * 7; /* early and late must not overlap */
	for (size_t i = 0; i < l->n; i++) {
		const struct logged_session *s = &l->v[i];
		if (!s->n_sets)
			continue;
		if (s->checkin.given) {
			if (s->date < first + 28) {
				add(&r->early_mood, s->checkin.mood);
				add(&r->early_anxiety, s->checkin.anxiety);
			}
			if (long_enough && s->date > last - 28) {
				add(&r->late_mood, s->checkin.mood);
				add(&r->late_anxiety, s->checkin.anxiety);
			}
		}
		if (!s->checkin.given || !s->mood_after)
			continue;
		double change = s->mood_after - s->checkin.mood;
		add(&r->mood_change, change);
	}
	for (int k = 0; k < 4; k++) {
		snprintf(r->early_screen[k].label, sizeof(r->early_screen[k].label), "%s, first",
			 scales[k]);
		snprintf(r->late_screen[k].label, sizeof(r->late_screen[k].label), "%s, latest",
			 scales[k]);
		for (size_t i = 0; sc && i < sc->n; i++) {
			if (strcmp(sc->v[i].scale, scales[k]) != 0)
				continue;
			if (!r->early_screen[k].n)
				add(&r->early_screen[k], sc->v[i].score);
			r->late_screen[k].value = sc->v[i].score;
			r->late_screen[k].n = 1;
		}
	}
}
