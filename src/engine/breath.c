#include "coach/breath.h"

#include <string.h>

#include "coach/i18n.h"

#define BREATH_NAME(e, s) s,
const char *const breath_pattern_names[] = {BREATH_PATTERNS(BREATH_NAME) NULL};

static void add(struct breath_cycle *c, const char *word, int seconds)
{
	if (seconds <= 0 || c->n >= 4)
		return;
	c->phase[c->n].word = word;
	c->phase[c->n].seconds = seconds;
	c->n++;
	c->seconds += seconds;
}

void breath_cycle_of(enum breath_pattern p, const struct policy *pol, struct breath_cycle *c)
{
	memset(c, 0, sizeof(*c));
	switch (p) {
	case BREATH_BOX:
		add(c, N_("breathe in"), (int)pol->breathing_box_s);
		add(c, N_("hold"), (int)pol->breathing_box_s);
		add(c, N_("breathe out"), (int)pol->breathing_box_s);
		add(c, N_("hold"), (int)pol->breathing_box_s);
		break;
	case BREATH_SIGH:
		add(c, N_("breathe in"), (int)pol->breathing_sigh_inhale_s);
		add(c, N_("and in again"), (int)pol->breathing_sigh_top_up_s);
		add(c, N_("long breath out"), (int)pol->breathing_sigh_exhale_s);
		break;
	default:
		add(c, N_("breathe in"), (int)pol->breathing_paced_inhale_s);
		add(c, N_("breathe out"), (int)pol->breathing_paced_exhale_s);
		break;
	}
}

void breath_at(const struct breath_cycle *c, long ms, struct breath_now *out)
{
	memset(out, 0, sizeof(*out));
	if (c->seconds <= 0 || ms < 0)
		return;
	long cycle_ms = (long)c->seconds * 1000;
	out->cycles = (int)(ms / cycle_ms);
	long in = ms % cycle_ms;
	for (int i = 0; i < c->n; i++) {
		long len = (long)c->phase[i].seconds * 1000;
		if (in < len) {
			out->phase = i;
			out->fraction = (double)in / (double)len;
			out->seconds_left = (int)((len - in + 999) / 1000);
			return;
		}
		in -= len;
	}
}

void tempo_cycle(const int *tempo, int n, const char *effort, const char *ret,
		 struct breath_cycle *c)
{
	memset(c, 0, sizeof(*c));
	/* lowering (return) inhale, pause, lifting (effort) exhale, pause */
	add(c, ret, n > 0 ? tempo[0] : 2);
	add(c, N_("pause"), n > 1 ? tempo[1] : 0);
	add(c, effort, n > 2 ? tempo[2] : 2);
	add(c, N_("pause"), n > 3 ? tempo[3] : 0);
}
