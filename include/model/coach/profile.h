/* profile.h - who is training: level, days, time, equipment, health.
 *
 * Read from and written to profile.yaml (`coach_profile: 1`).  Writing goes
 * through libyaml's emitter and write_file_atomic(), so a crash never leaves
 * a torn profile, and what is written reads back identical.
 */
#ifndef COACH_PROFILE_H
#define COACH_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/arena.h"
#include "coach/diag.h"
#include "coach/model.h"
#include "coach/ynode.h"

enum profile_colors { COLORS_AUTO, COLORS_DARK, COLORS_LIGHT, COLORS_NONE, COLORS_COUNT };
extern const char *const profile_colors_names[]; /* "auto", "dark", "light", "none" */

struct profile {
	struct ystream src; /* owns every string and array below */
	const char *name;   /* NULL when not given */
	int age;	    /* years; 0 when not given */
	enum units units;
	enum level level;
	unsigned weekdays; /* bit i = enum weekday i */
	int minutes;
	double *dumbbells, *kettlebells; /* sorted, ascending */
	double *machine, *cable; /* a weight stack's pins, ascending (gym machines, cables) */
	size_t n_machine, n_cable;
	double *plates; /* one pair per entry; [10, 10] is two pairs */
	size_t n_dumbbells, n_kettlebells, n_plates;
	unsigned bands; /* bit i = enum band i */
	bool has_barbell;
	double bar;
	bool bench, pullup_bar;
	const char **dislikes;
	size_t n_dislikes;
	bool hypertension, parq_cleared;
	const char *country; /* region code for crisis contacts, NULL = not set */
	int train_at;	     /* train_at: "18:00": minutes after midnight; -1 = no time */
	const char *program; /* active program id, NULL = none */
	int start;	     /* date (days) week 1 starts in; -1 = not set */
	/* interface: {bell: true, quiet_hours: "22:00-07:00", colors: auto} */
	bool rest_bell;		    /* a bell (and a flash) when a rest ends; default on */
	int quiet_from, quiet_to;   /* minutes after midnight, no sound from..to; -1 = none */
	enum profile_colors colors; /* the background the colours are chosen for */
};

/* Is minute-of-day m within the profile's quiet hours? */
bool profile_quiet_at(const struct profile *p, int minute);

/* A profile with the defaults `profile init` starts from. */
void profile_defaults(struct profile *p);
/* Read a profile document (the root of a `coach_profile: 1` file). */
bool profile_read(struct profile *p, const struct ynode *root, struct diags *d);
/* Read the file at path.  false with diagnostics when missing or invalid. */
bool profile_load(struct profile *p, const char *path, struct diags *d);
/* Write p to path atomically (0600).  false with *err on failure. */
bool profile_save(const struct profile *p, const char *path, char **err);
/* The YAML text of p (owned by the caller). */
char *profile_to_yaml(const struct profile *p);
/* Set one key ("minutes", "equipment.dumbbells", "health.hypertension" ...)
 * from text as typed on the command line ("mon,wed,fri" or "[mon, wed]").
 * The value is checked exactly as in the file; on error p is unchanged and
 * the message goes to d. */
bool profile_set(struct profile *p, const char *key, const char *value, const char *label,
		 struct diags *d);
/* Equipment the profile has (bits of enum equipment; bodyweight always). */
unsigned profile_equipment(const struct profile *p);
void profile_free(struct profile *p);

#endif
