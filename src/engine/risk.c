#include "coach/risk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/session.h"
#include "coach/store.h"
#include "coach/util.h"

static const struct risk_screen *latest(const struct risk_screen *v, size_t n, const char *scale,
					const struct risk_screen **before)
{
	const struct risk_screen *last = NULL;
	*before = NULL;
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].scale, scale) == 0) {
			*before = last;
			last = &v[i];
		}
	return last;
}

void risk_assess(const struct risk_mood *moods, size_t n_moods, const struct risk_screen *screens,
		 size_t n_screens, int today, const struct policy *pol, struct risk *out)
{
	memset(out, 0, sizeof(*out));
	out->since = -1;
	int window = (int)pol->risk_screen_days;
	/* a severe PHQ-9, then a sharp rise on either scale */
	const struct risk_screen *prev, *s = latest(screens, n_screens, "phq9", &prev);
	if (s && today - s->date < window && s->score >= pol->risk_phq9_at_least) {
		out->kind = RISK_PHQ9_SEVERE;
		out->since = s->date;
		snprintf(out->signal, sizeof(out->signal), _("Your last PHQ-9 score was %d of 27."),
			 s->score);
		return;
	}
	static const char *const scales[] = {"phq9", "gad7"};
	static const char *const names[] = {"PHQ-9", "GAD-7"};
	for (int k = 0; k < 2; k++) {
		s = latest(screens, n_screens, scales[k], &prev);
		if (s && prev && today - s->date < window &&
		    s->score - prev->score >= pol->risk_screen_rise) {
			out->kind = RISK_SCREEN_RISE;
			out->since = s->date;
			snprintf(out->signal, sizeof(out->signal),
				 _("Your %s score went up from %d to %d."), names[k], prev->score,
				 s->score);
			return;
		}
	}
	/* the last check-ins, all very low, the latest of them recent */
	size_t run = (size_t)pol->risk_mood_run;
	if (n_moods < run || today - moods[n_moods - 1].date >= window)
		return;
	for (size_t i = n_moods - run; i < n_moods; i++)
		if (moods[i].mood > pol->risk_mood_at_most)
			return;
	out->kind = RISK_LOW_MOODS;
	out->since = moods[n_moods - run].date;
	snprintf(out->signal, sizeof(out->signal),
		 pol->risk_mood_at_most > 1
			 ? P_("Your last %zu check-in was at mood %d of 5 or lower.",
			      "Your last %zu check-ins were at mood %d of 5 or lower.", run)
			 : P_("Your last %zu check-in was at mood %d of 5.",
			      "Your last %zu check-ins were at mood %d of 5.", run),
		 run, (int)pol->risk_mood_at_most);
}

void risk_load(struct store *st, int today, const struct checkin *today_ck,
	       const struct policy *pol, struct risk *out)
{
	memset(out, 0, sizeof(*out));
	out->since = -1;
	if (!st)
		return;
	int from = today - 366;
	struct mood_list m = {0};
	struct screen_list sl = {0};
	if (!store_moods(st, from, today, &m))
		memset(&m, 0, sizeof(m));
	if (!store_screens(st, from, today, &sl))
		memset(&sl, 0, sizeof(sl));
	struct risk_screen *v = xcalloc(sl.n ? sl.n : 1, sizeof(*v));
	for (size_t i = 0; i < sl.n; i++)
		v[i] = (struct risk_screen){sl.v[i].date, sl.v[i].score, sl.v[i].scale};
	struct risk_mood *mv = xcalloc(m.n + 1, sizeof(*mv));
	size_t n = 0;
	for (size_t i = 0; i < m.n; i++)
		if (!(today_ck && today_ck->given && m.v[i].date == today))
			mv[n++] = (struct risk_mood){m.v[i].date, m.v[i].mood};
	if (today_ck && today_ck->given)
		mv[n++] = (struct risk_mood){today, today_ck->mood};
	risk_assess(mv, n, v, sl.n, today, pol, out);
	free(mv);
	free(v);
	mood_list_free(&m);
	screen_list_free(&sl);
}

void risk_advisory(const struct risk *r, char *buf, size_t size)
{
	if (r->kind == RISK_NONE) {
		*buf = '\0';
		return;
	}
	snprintf(buf, size,
		 _("%s When things are this hard, talking to someone helps, and you do not have "
		   "to wait until it gets worse: who to call is one step away ('coach crisis', or "
		   "h in the coach), with your safety plan. If you might act on thoughts of "
		   "harming yourself, call your local emergency number now."),
		 r->signal);
}
