/* crisis.h - crisis contacts: a shipped, dated, editable file, never C.
 *
 * `coach_crisis: 1` files: the bundled one has `regions` of checked
 * contacts; the user's own (CONFIG/crisis-contacts.yaml) may list their own
 * `contacts` (a friend, a clinician).
 *
 * crisis_help_load() gathers everything a person in crisis is shown: their
 * own people, the region's lines, the emergency numbers and their safety
 * plan.  Nothing can stop it: each file is read on its own, a problem in
 * one is reported and that file left out, and when the bundled file cannot
 * be read the copy built into the program is used.  It needs no profile, no
 * log and no catalogue.
 */
#ifndef COACH_CRISIS_H
#define COACH_CRISIS_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/safety_plan.h"
#include "coach/yread.h"

struct crisis_contact {
	const char *service; /* its name: "Samaritans", "Sam" */
	const char *how;     /* the sentence shown: "call 116 123, free ..." */
	const char *number, *text, *url, *hours, *source; /* NULL when not known */
	int checked;	/* date this contact was checked, -1: the file's date */
	bool emergency; /* the emergency services: shown after the helplines */
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

/* What the coach can and cannot do, and when to seek care: paragraphs
 * separated by newlines, the first one a heading (`coach help safety`, the
 * coach's About screen, coach(1)). */
extern const char *const crisis_about; /* marked N_(): show _(crisis_about) */

/* The bundled file's words in the person's language: the message, the
 * regions' names, the services' names and how to reach them, through
 * gettext (po/).  A translation is shown only when it has the very same
 * numbers, in the same order, as the English (crisis_same_numbers), so a
 * mistyped number in a catalogue shows the English instead; text the
 * catalogue does not know (an edited file, a person's own contacts) is
 * shown as it is.  NULL and "" come back as they are. */
const char *crisis_words(const char *s);
/* Do a and b hold the same runs of digits, in the same order?  ("0800 111 0
 * 111" and "0800 111 0 111 anrufen": yes; "112" and "110": no.) */
bool crisis_same_numbers(const char *a, const char *b);
/* The bundled file's words that the catalogues translate, NULL-terminated
 * (the unit tests check that each is still in the file). */
extern const char *const crisis_translated[];

/* The bundled contacts file as it was when the program was built. */
extern const char crisis_builtin_yaml[];

struct crisis_help {
	struct crisis bundled; /* the bundled contacts (or the built-in copy) */
	bool builtin;	       /* the bundled file could not be read: the copy is shown */
	const char *country;   /* as asked (arena copy), NULL: every region */
	const struct crisis_region *region; /* the country's region, NULL: show all */
	bool from_locale;		    /* region: none was named, so the locale's country's */
	struct crisis_contact *own;	    /* the person's people: safety plan, then own file */
	size_t n_own;
	struct safety_plan plan;
	bool have_plan;
	struct ystream src[2]; /* the trees the strings live in */
};

/* Gather the help shown in a crisis.  catalogue: the bundled catalogue
 * directory (may be NULL); config_dir: where the person's own files are
 * (may be NULL); country: a region code or NULL.  Problems go to d; the
 * result is always usable.  Free with crisis_help_free. */
void crisis_help_load(struct crisis_help *h, const char *catalogue, const char *config_dir,
		      const char *country, struct diags *d);
void crisis_help_free(struct crisis_help *h);

/* The regions to show: the chosen one, or every region when none (or an
 * unknown one) was chosen.  Iterate i from 0 while crisis_help_region(h, i). */
const struct crisis_region *crisis_help_region(const struct crisis_help *h, size_t i);

#endif
