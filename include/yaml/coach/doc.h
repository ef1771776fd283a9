/* doc.h - which coach format a YAML document is, from its version key. */
#ifndef COACH_DOC_H
#define COACH_DOC_H

#include "coach/i18n.h"
#include "coach/yread.h"

/* clang-format off */
#define DOC_KINDS(X) X(DOC_PROGRAM, "coach_program", N_("program")) \
	X(DOC_EXERCISES, "coach_exercises", N_("exercise library")) \
	X(DOC_POLICY, "coach_policy", N_("coaching policy")) \
	X(DOC_CRISIS, "coach_crisis", N_("crisis contacts")) \
	X(DOC_PROFILE, "coach_profile", N_("profile")) \
	X(DOC_SESSION, "coach_session", "session" /* translated by the plural entry of cmd_import.c */) \
	X(DOC_SAFETY_PLAN, "coach_safety_plan", N_("safety plan")) \
	X(DOC_LAPSE_PLAN, "coach_lapse_plan", N_("lapse plan"))
/* clang-format on */

#define DOC_ENUM(e, key, what) e,
enum doc_kind { DOC_KINDS(DOC_ENUM) DOC_COUNT };
#undef DOC_ENUM

extern const char *const doc_kind_names[]; /* N_(): shown as _(doc_kind_names[k]) */

/* Find root's version key ("coach_program: 1" ...) and check it is 1.
 * Returns false with a diagnostic when there is none or it is another version. */
bool doc_detect(struct yctx *c, const struct ynode *root, enum doc_kind *out);

/* Read the file at path, which must be one document of kind `want`, with
 * read(y, root, out); every problem into d at its line.  False when the file
 * cannot be read, is not that one document, or read says so. */
typedef bool doc_read_fn(struct yctx *y, const struct ynode *root, void *out);
bool doc_load_one(const char *path, enum doc_kind want, doc_read_fn *read, void *out,
		  struct diags *d);

#endif
