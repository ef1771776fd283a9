/* lapse_plan.h - the person's own if-then plan for a missed day (an
 * implementation intention, Gollwitzer & Sheeran 2006: "if I miss a day,
 * then I do the 10-minute version the next morning").  Written by the
 * person, in their words; never required.
 *
 * File: CONFIG/lapse-plan.yaml beside safety-plan.yaml, 0600:
 *
 *   coach_lapse_plan: 1
 *   updated: 2026-12-02
 *   plan: "If I miss a day, then I do the 10-minute version the next morning"
 */
#ifndef COACH_LAPSE_PLAN_H
#define COACH_LAPSE_PLAN_H

#include <stdbool.h>

#include "coach/yread.h"

enum { LP_MAX_TEXT = 300 };

struct lapse_plan {
	int updated;			/* date last changed, -1 when never */
	char text[LP_MAX_TEXT * 4 + 1]; /* the plan (UTF-8), "" when none */
};

void lapse_plan_init(struct lapse_plan *p);
/* Read a `coach_lapse_plan: 1` document (checked by doc_detect). */
bool lapse_plan_read(struct yctx *c, const struct ynode *root, struct lapse_plan *out);
/* Load a file; false with diagnostics in d when it is malformed. */
bool lapse_plan_load(struct lapse_plan *p, const char *path, struct diags *d);
/* The plan as YAML (owned by the caller), and saved 0600 atomically. */
char *lapse_plan_to_yaml(const struct lapse_plan *p);
bool lapse_plan_save(const struct lapse_plan *p, const char *path, char **err);
/* Set the text: one line, printable, 1 to LP_MAX_TEXT characters.  False
 * with *why (static, untranslated) when it cannot be. */
bool lapse_plan_set(struct lapse_plan *p, const char *text, const char **why);

/* Good if-then plans to start from, marked N_() (translate where shown);
 * NULL-terminated. */
extern const char *const lapse_plan_examples[];
/* CONFIG/lapse-plan.yaml (caller frees). */
char *lapse_plan_path(const char *config_dir);

#endif
