/* progression.h - progression: what each logged session of a slot means for
 * the next one, by the slot's model (double, linear, ladder, rir, none).
 *
 * A slot's state is derived by replaying its logged sessions in date order,
 * so a session logged late still lands in the right place.  Hold days (low
 * readiness) and deload weeks neither progress nor count as failures; a set
 * done lighter than prescribed (a short night, an anxious day) changes
 * nothing.  After a gap longer than the policy's, the working load starts
 * lower.  The results are kept in the log's slot_state table.
 */
#ifndef COACH_PROGRESSION_H
#define COACH_PROGRESSION_H

#include "coach/catalog.h"
#include "coach/profile.h"
#include "coach/store.h"

/* The outcome of the last session that counted, for the reasons shown. */
enum progress_outcome {
	OUT_NONE,
	OUT_SEEDED,
	OUT_UP,
	OUT_KEPT,
	OUT_FAILED,
	OUT_DELOADED,
	OUT_RUNG_UP,
	OUT_MORE_REPS,
	OUT_TOP
};

/* Replay the sessions of one slot (oldest first) into *out, from nothing. */
void progression_replay(const struct catalog *cat, const struct profile *prof,
		     const struct program *prog, const struct slot *s,
		     const struct logged_list *sessions, struct slot_state *out);
/* The same, going on from the state in *st (sessions after its last date). */
void progression_apply(const struct catalog *cat, const struct profile *prof,
		    const struct program *prog, const struct slot *s,
		    const struct logged_list *sessions, struct slot_state *st);

/* Bring the stored state of every slot of the program up to the log.  since
 * is the earliest date logged since the last update: a slot whose state ends
 * before it only takes the new sessions; otherwise (or with since < 0) it is
 * replayed from the start.  Call inside the transaction that logged them. */
bool progression_update(struct store *st, const struct catalog *cat, const struct profile *prof,
		     const struct program *prog, int since);

/* The ladder step to start on, by level (beginners on the first). */
int progression_start_rung(const struct profile *prof, const struct ladder *l);

#endif
