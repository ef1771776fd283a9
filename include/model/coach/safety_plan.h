/* safety_plan.h - the person's own safety plan (Stanley & Brown's Safety
 * Planning Intervention, Cogn Behav Pract 2012): warning signs, their own
 * ways of coping, people and places that distract, people to ask for help,
 * professionals and agencies, making the surroundings safe, and reasons for
 * living.  Written by the person, in their words; never required.
 *
 * File: CONFIG/safety-plan.yaml, `coach_safety_plan: 1`, 0600:
 *
 *   coach_safety_plan: 1
 *   updated: 2026-12-02
 *   warning_signs: ["I stop answering messages"]
 *   people: [{name: Sam, number: "07700 900123"}]
 *   ...
 */
#ifndef COACH_SAFETY_PLAN_H
#define COACH_SAFETY_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/arena.h"
#include "coach/i18n.h"
#include "coach/yread.h"

/* X(enum, key, heading, prompt, has_number) in the order of the plan */
/* clang-format off */
#define SP_SECTIONS(X) \
	X(SP_WARNING_SIGNS, "warning_signs", N_("Warning signs"), \
	  N_("Thoughts, feelings or situations that tell me a crisis may be starting"), false) \
	X(SP_COPING, "coping", N_("Things I can do on my own"), \
	  N_("What helps me take my mind off things without contacting anyone"), false) \
	X(SP_DISTRACTIONS, "distractions", N_("People and places that distract me"), \
	  N_("Who I can be with, or where I can go, to think about something else"), false) \
	X(SP_PEOPLE, "people", N_("People I can ask for help"), \
	  N_("Someone I trust, with their number (\"Sam: 07700 900123\")"), true) \
	X(SP_PROFESSIONALS, "professionals", N_("Professionals and services"), \
	  N_("My GP, therapist or a service, with their number"), true) \
	X(SP_SAFE_ENVIRONMENT, "safe_environment", N_("Making my surroundings safe"), \
	  N_("What I can put away or ask someone to keep, to keep myself safe"), false) \
	X(SP_REASONS, "reasons", N_("Reasons for living"), \
	  N_("What matters most to me, and is worth living for"), false)
/* clang-format on */
#define SP_ENUM(e, key, heading, prompt, num) e,
enum sp_section { SP_SECTIONS(SP_ENUM) SP_COUNT };
#undef SP_ENUM

extern const char *const sp_keys[]; /* NULL-terminated, by enum sp_section */
/* marked N_(): shown as _(sp_headings[s]) */
extern const char *const sp_headings[]; /* "Warning signs" */
extern const char *const sp_prompts[];	/* one line on what to write */

enum { SP_MAX_ITEMS = 20, SP_MAX_TEXT = 300, SP_MAX_NUMBER = 40 };

struct sp_item {
	const char *text;   /* the entry, or a person's name */
	const char *number; /* people and professionals: their number, or NULL */
};

struct safety_plan {
	int updated; /* date last changed, -1 when never */
	struct sp_item *items[SP_COUNT];
	size_t n[SP_COUNT];
	struct arena arena; /* every string and array */
};

void safety_plan_init(struct safety_plan *p);
void safety_plan_free(struct safety_plan *p);
bool safety_plan_empty(const struct safety_plan *p);
/* The section named key, or -1. */
int sp_section_of(const char *key);

/* Read a `coach_safety_plan: 1` document (checked by doc_detect). */
bool safety_plan_read(struct yctx *c, const struct ynode *root, struct safety_plan *out);
/* Load a file; false with diagnostics in d when it is malformed. */
bool safety_plan_load(struct safety_plan *p, const char *path, struct diags *d);
struct yemit;
/* Each section as a key of the mapping e is writing (the file's body). */
void safety_plan_emit_sections(struct yemit *e, const struct safety_plan *p);
/* The plan as YAML (owned by the caller), and saved 0600 atomically. */
char *safety_plan_to_yaml(const struct safety_plan *p);
bool safety_plan_save(const struct safety_plan *p, const char *path, char **err);

/* Add an entry to a section: text is "NAME: NUMBER" for people and
 * professionals (the number is optional), the entry itself otherwise.
 * False with *why set when it cannot be added. */
bool sp_add(struct safety_plan *p, enum sp_section s, const char *text, const char **why);
/* Replace entry i of a section (same text rules), or remove it. */
bool sp_replace(struct safety_plan *p, enum sp_section s, size_t i, const char *text,
		const char **why);
void sp_remove(struct safety_plan *p, enum sp_section s, size_t i);
void sp_clear_section(struct safety_plan *p, enum sp_section s);
/* "Sam: 07700 900123" or "Sam" for people; the text for other sections.
 * Returns buf. */
const char *sp_item_text(const struct sp_item *it, char *buf, size_t size);

#endif
