/* crisis.h - crisis contacts: a shipped, dated, editable file, never C.
 *
 * `coach_crisis: 1` files: the bundled one has `regions` of checked
 * contacts; the user's own (CONFIG/crisis-contacts.yaml) may list their own
 * `contacts` (a friend, a clinician).  Shown first whenever PHQ-9 item 9 is
 * answered above zero.
 */
#ifndef COACH_CRISIS_H
#define COACH_CRISIS_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/yread.h"

struct crisis_contact {
	const char *service, *how, *source;
};

struct crisis_region {
	const char *id, *name;
	struct crisis_contact *contacts;
	size_t n_contacts;
};

struct crisis {
	int checked; /* date the numbers were checked; -1 for a user file */
	const char *message;
	struct crisis_region *regions;
	size_t n_regions;
	struct crisis_contact *own; /* the user's own contacts */
	size_t n_own;
};

bool crisis_read(struct yctx *c, const struct ynode *root, struct crisis *out);
/* The region for a country code, or NULL (then show every region). */
const struct crisis_region *crisis_region(const struct crisis *cr, const char *country);

#endif
