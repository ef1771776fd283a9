#include "coach/evidence.h"

#include <stdio.h>
#include <string.h>

#include "coach/i18n.h"

void evidence_of(const struct mood_record *r, int mood, const struct policy *p,
		 struct evidence *out)
{
	memset(out, 0, sizeof(*out));
	out->mood = mood;
	if (mood < 1 || mood > 5)
		return;
	int last = (int)p->evidence_last_sessions, sum = 0;
	for (int i = r->n[mood]; i-- > 0 && out->n < last;) {
		int after = r->after[mood][i];
		out->n++;
		sum += after;
		out->higher += after > mood;
	}
	if (out->n)
		out->mean_after = (double)sum / out->n;
	out->shown = out->n >= (int)p->evidence_min_sessions;
}

const char *evidence_text(const struct evidence *e, char *buf, size_t size)
{
	if (!size)
		return buf;
	buf[0] = '\0';
	if (!e->shown)
		return buf;
	char mean[16];
	snprintf(mean, sizeof(mean), "%.1f", e->mean_after);
	size_t len = strlen(mean); /* 4.0 is said 4 */
	if (len > 2 && strcmp(mean + len - 2, ".0") == 0)
		mean[len - 2] = '\0';
	/* TRANSLATORS: the person's own record on a low day, with no promise in
	 * it: how many sessions, the mood they started at, the mean mood they
	 * finished at, how many of them finished higher. */
	snprintf(buf, size,
		 P_("The last %d time you started a session at mood %d, you finished at %s; "
		    "higher than you started %d time. Your own record, not a promise: a low "
		    "mood often lifts a little with time either way.",
		    "The last %d times you started a session at mood %d, you finished at %s "
		    "on average; higher than you started in %d of them. Your own record, not "
		    "a promise: a low mood often lifts a little with time either way.",
		    e->n),
		 e->n, e->mood, mean, e->higher);
	return buf;
}
