/* teach.c - effort taught: reps in reserve explained in the first weeks,
 * with one set that checks the guess.  A pure stage of rx_build (rx.h). */
#include <stdio.h>

#include "coach/i18n.h"
#include "coach/rx.h"

/* Whether today may have a set that goes on past the target: never with a
 * health limit on effort, from 65, on a low or anxious day, or in a program
 * that says no set goes to failure (no_failure, coach-programs(5)). */
static bool may_check(const struct rx_input *in, const struct rx_day *f, const struct rx *rx)
{
	const struct profile *prof = in->prof;
	const struct readiness *r = &rx->readiness;
	return f->familiar && !in->program->no_failure && !prof->hypertension &&
	       prof->parq_cleared && !f->older && !r->low && !r->anxious && !r->sore;
}

void rx_teach_rir(const struct rx_input *in, const struct rx_day *f, struct rx *rx)
{
	for (size_t i = 0; i < rx->n_ex; i++)
		rx->ex[i].rir_check = false;
	if (!may_check(in, f, rx))
		return;
	for (size_t i = 0; i < rx->n_ex; i++) {
		struct rx_exercise *x = &rx->ex[i];
		/* set groups: their last set has its own effort (a back-off or AMRAP set) */
		if (!x->ex || x->ex->load != LOAD_EXTERNAL || x->seconds || x->calibration ||
		    x->n_groups)
			continue;
		x->rir_check = true;
		char what[RX_TEXT * 2];
		snprintf(
			what, sizeof(what),
			_("Reps in reserve: the reps you could still do with good form when you "
			  "stop. Guesses are often a rep or two out (Hackett 2017), so the last "
			  "set "
			  "of %s checks yours today: stop where you think %d are left, go on until "
			  "you could not do one more, then log the reps to where you stopped and "
			  "the extra ones as reserve."),
			x->ex->name, x->rir);
		if (rx->n_advisories < RX_MAX_ADV)
			snprintf(rx->advisories[rx->n_advisories++], sizeof(rx->advisories[0]),
				 "%s", what);
		return;
	}
}
