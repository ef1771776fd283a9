/* restore.h - the coach's own export read back into a log, merged.
 *
 * `coach export --format yaml` (one `coach_export: 1` document) and the
 * folder of `coach export --format csv` (one file a table, profile.yaml and
 * safety-plan.yaml beside them) are read a row at a time into temporary
 * tables, then merged into the log in the caller's transaction:
 *   - into a log with no rows at all, every table is copied as it was (ids
 *     and progression state included): a restore;
 *   - otherwise what the log has already is not added again, compared by
 *     content (a session by its date, moods, notes, body weight, and its
 *     sets and aerobic minutes; a check-in or questionnaire by its values),
 *     as many times as the log has it, so importing the same export twice,
 *     or two machines' exports in turn, gives the union.  Moved days and the
 *     coach's bookkeeping already there win; progression state is not
 *     copied (the caller rebuilds the programs named in the stats).
 * Every problem is PATH:LINE:COL with the value, and nothing is merged then.
 */
#ifndef COACH_RESTORE_H
#define COACH_RESTORE_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/diag.h"
#include "coach/store.h"

enum restore_table {
	RT_SESSION,
	RT_SET,
	RT_AEROBIC,
	RT_CHECKIN,
	RT_SCREEN,
	RT_MOVE,
	RT_SLOT_STATE,
	RT_META,
	RT_COUNT
};
/* The table names, as the export names them ("session", "set_log", ...). */
extern const char *const restore_table_names[];

struct restore_stats {
	size_t read[RT_COUNT], added[RT_COUNT];
	bool restored;	 /* the log was empty: copied whole */
	char **programs; /* programs that got sessions (merge only), to rebuild */
	size_t n_programs;
	char *profile;	   /* the export's profile.yaml text, or NULL */
	char *safety_plan; /* its safety plan text, or NULL */
	char *lapse_plan;  /* its lapse plan text, or NULL */
	int profile_line;  /* where the profile's text starts (YAML export) */
	char *error;	   /* the log's own error, when it failed (not the file) */
};
void restore_stats_free(struct restore_stats *s);

/* Is path the coach's own export: a folder with session.csv, or a file whose
 * first line is "coach_export: 1"? */
bool restore_is_export(const char *path, bool *is_dir);

/* Read the export at path into the log st (inside the caller's
 * transaction).  False with problems in d (nothing merged: roll back), or
 * with a store error (d empty). */
bool restore_read(struct store *st, const char *path, struct restore_stats *out, struct diags *d);

#endif
