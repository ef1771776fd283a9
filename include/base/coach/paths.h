/* paths.h - where the coach keeps things, and writing files safely.
 *
 * With --home DIR (or COACH_HOME): DIR/config, DIR/data, DIR/state.
 * Otherwise the XDG base directories ($XDG_CONFIG_HOME/coach, ...; relative
 * values are ignored, as the spec says).  Directories are created 0700 when
 * something is written; files are written 0600, atomically.
 */
#ifndef COACH_PATHS_H
#define COACH_PATHS_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/diag.h"

struct paths {
	char *config_dir, *data_dir, *state_dir;
	char *profile;	 /* the profile file in use (--profile or config_dir/profile.yaml) */
	char *database;	 /* data_dir/coach.db */
	char *catalogue; /* the bundled catalogue directory */
};

/* Work out every path.  home and profile may be NULL.  Returns false with a
 * message in *err (owned by the caller) when no home directory can be found. */
bool paths_init(struct paths *p, const char *home, const char *profile, char **err);
void paths_free(struct paths *p);

/* The bundled catalogue: $COACH_DATADIR, else the source tree when this is
 * an uninstalled build, else BINDIR/../share/coach beside the binary (an
 * install moved into a DESTDIR still works), else the configured data
 * directory. */
char *paths_catalogue(void);

/* mkdir -p with mode 0700 for the directories it creates. */
bool mkdir_private(const char *dir, char **err);

/* Write len bytes to path atomically: a temporary file (0600) in the same
 * directory, fsync, rename over path, fsync the directory.  The directory is
 * created 0700 if needed.  On failure the old file is untouched and *err
 * says why. */
bool write_file_atomic(const char *path, const char *data, size_t len, char **err);

/* Refuse a path that is a symlink or belongs to another user. */
bool path_is_safe(const char *path, char **err);

#endif
