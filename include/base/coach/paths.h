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
/* The bundled catalogue directory alone (for `coach crisis` when no home
 * directory can be found): $COACH_DATADIR, the source tree of an
 * uninstalled build, or the data directory beside the binary. */
char *paths_catalogue(void);

/* mkdir -p with mode 0700 for the directories it creates. */
bool mkdir_private(const char *dir, char **err);

/* Write len bytes to path atomically: a temporary file (0600) in the same
 * directory, fsync, rename over path, fsync the directory.  The directory is
 * created 0700 if needed.  On failure the old file is untouched and *err
 * says why. */
bool write_file_atomic(const char *path, const char *data, size_t len, char **err);

/* Overwrite a file with zeros, sync, truncate and remove it; a link is
 * removed, never followed.  *existed: there was something to remove.  False
 * with *err when it could not be overwritten (it is still removed) or
 * removed. */
bool file_shred(const char *path, bool *existed, char **err);

/* A file created new, 0600, never through a link: written to a temporary
 * file in the same folder and put in place by private_file_commit.
 * Without replace, a path that exists already is refused (when opened, and
 * again at commit, atomically); with it, the old file is replaced by the
 * new one (a new inode), never written into. */
struct private_file {
	int fd;
	char *path, *tmp;
	bool replace;
};
bool private_file_open(struct private_file *f, const char *path, bool replace, char **err);
bool private_file_commit(struct private_file *f, char **err);
/* Remove the temporary file (after an error, or instead of a commit). */
void private_file_abandon(struct private_file *f);

#endif
