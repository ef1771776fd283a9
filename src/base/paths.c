#include "coach/paths.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"

static char *xdg(const char *var, const char *home, const char *fallback)
{
	const char *v = getenv(var);
	if (v && v[0] == '/')
		return xasprintf("%s/coach", v);
	return xasprintf("%s/%s/coach", home, fallback);
}

bool paths_init(struct paths *p, const char *home, const char *profile, char **err)
{
	memset(p, 0, sizeof(*p));
	if (!home || !*home)
		home = getenv("COACH_HOME");
	if (home && *home) {
		p->config_dir = xasprintf("%s/config", home);
		p->data_dir = xasprintf("%s/data", home);
		p->state_dir = xasprintf("%s/state", home);
	} else {
		const char *h = getenv("HOME");
		if (!h || h[0] != '/') {
			*err = xstrdup("HOME is not set; use --home DIR");
			return false;
		}
		p->config_dir = xdg("XDG_CONFIG_HOME", h, ".config");
		p->data_dir = xdg("XDG_DATA_HOME", h, ".local/share");
		p->state_dir = xdg("XDG_STATE_HOME", h, ".local/state");
	}
	p->profile = profile && *profile ? xstrdup(profile)
					 : xasprintf("%s/profile.yaml", p->config_dir);
	p->database = xasprintf("%s/coach.db", p->data_dir);
	p->catalogue = paths_catalogue();
	return true;
}

void paths_free(struct paths *p)
{
	if (!p)
		return;
	free(p->config_dir);
	free(p->data_dir);
	free(p->state_dir);
	free(p->profile);
	free(p->database);
	free(p->catalogue);
	memset(p, 0, sizeof(*p));
}

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The bundled catalogue: $COACH_DATADIR, else the source tree when this is
 * an uninstalled build, else BINDIR/../share/coach beside the binary (an
 * install moved into a DESTDIR still works), else the configured data
 * directory. */
char *paths_catalogue(void)
{
	const char *env = getenv("COACH_DATADIR");
	if (env && *env)
		return xasprintf("%s/programs", env);
	/* An uninstalled build reads the source tree's catalogue. */
	char exe[PATH_MAX], build[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0)
		exe[n] = '\0';
	if (n > 0 && realpath(COACH_BUILD_ROOT, build)) {
		size_t bl = strlen(build);
		if (strncmp(exe, build, bl) == 0 && exe[bl] == '/') {
			char *src = xasprintf("%s/programs", COACH_SOURCE_ROOT);
			if (is_dir(src))
				return src;
			free(src);
		}
	}
	/* an install: next to the binary first (it may have moved), then where it was put */
	if (n > 0) {
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			char *rel = xasprintf("%s/%s/programs", exe, COACH_BIN_TO_DATA);
			char real[PATH_MAX];
			if (is_dir(rel) && realpath(rel, real)) {
				free(rel);
				return xstrdup(real);
			}
			free(rel);
		}
	}
	return xasprintf("%s/programs", COACH_PKGDATADIR);
}

bool mkdir_private(const char *dir, char **err)
{
	char *buf = xstrdup(dir);
	size_t len = strlen(buf);
	for (size_t i = 1; i <= len; i++) {
		if (buf[i] != '/' && buf[i] != '\0')
			continue;
		char c = buf[i];
		buf[i] = '\0';
		if (mkdir(buf, 0700) != 0 && errno != EEXIST) {
			*err = xasprintf("cannot create %s: %s", buf, strerror(errno));
			free(buf);
			return false;
		}
		buf[i] = c;
	}
	free(buf);
	if (!is_dir(dir)) {
		*err = xasprintf("%s is not a directory", dir);
		return false;
	}
	return true;
}

/* Refuse a path that is a symlink or belongs to another user. */
static bool path_is_safe(const char *path, char **err)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return true; /* does not exist yet */
	if (S_ISLNK(st.st_mode)) {
		*err = xasprintf("%s is a symbolic link; refusing to use it for private data",
				 path);
		return false;
	}
	if (st.st_uid != geteuid()) {
		*err = xasprintf("%s belongs to another user; refusing to use it", path);
		return false;
	}
	return true;
}

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	char *d = xstrdup(path);
	d[slash - path] = '\0';
	return d;
}

bool write_file_atomic(const char *path, const char *data, size_t len, char **err)
{
	char *dir = dir_of(path);
	char *tmp = NULL;
	int fd = -1;
	bool ok = false;
	if (!mkdir_private(dir, err))
		goto out;
	if (!path_is_safe(path, err))
		goto out;
	tmp = xasprintf("%s/.%s.XXXXXX", dir, strrchr(path, '/') ? strrchr(path, '/') + 1 : path);
	fd = mkstemp(tmp); /* created 0600 */
	if (fd < 0) {
		*err = xasprintf("cannot create a file in %s: %s", dir, strerror(errno));
		goto out;
	}
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			*err = xasprintf("cannot write %s: %s", path, strerror(errno));
			goto out;
		}
		off += (size_t)w;
	}
	if (fchmod(fd, 0600) != 0 || fsync(fd) != 0) {
		*err = xasprintf("cannot write %s: %s", path, strerror(errno));
		goto out;
	}
	int rc = close(fd);
	fd = -1;
	if (rc != 0) {
		*err = xasprintf("cannot write %s: %s", path, strerror(errno));
		goto out;
	}
	if (rename(tmp, path) != 0) {
		*err = xasprintf("cannot replace %s: %s", path, strerror(errno));
		goto out;
	}
	free(tmp);
	tmp = NULL;
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	ok = true;
out:
	if (fd >= 0)
		close(fd);
	if (tmp) {
		unlink(tmp);
		free(tmp);
	}
	free(dir);
	return ok;
}

bool file_shred(const char *path, bool *existed, char **err)
{
	*existed = false;
	struct stat st;
	if (lstat(path, &st) != 0) {
		if (errno == ENOENT)
			return true;
		*err = xasprintf("cannot look at %s: %s", path, strerror(errno));
		return false;
	}
	*existed = true;
	bool ok = true;
	if (S_ISREG(st.st_mode)) {
		int fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
		struct stat fs;
		if (fd < 0 || fstat(fd, &fs) != 0) {
			*err = xasprintf(
				"cannot overwrite %s (%s): it is removed, but what it held "
				"may stay on the disk",
				path, strerror(errno));
			ok = false;
		} else {
			static const char zeros[65536];
			off_t left = fs.st_size;
			while (left > 0 && ok) {
				size_t n =
					left < (off_t)sizeof(zeros) ? (size_t)left : sizeof(zeros);
				ssize_t w = write(fd, zeros, n);
				if (w < 0 && errno == EINTR)
					continue;
				if (w <= 0)
					ok = false;
				else
					left -= w;
			}
			if (!ok || fsync(fd) != 0 || ftruncate(fd, 0) != 0 || fsync(fd) != 0) {
				*err = xasprintf(
					"cannot overwrite %s (%s): it is removed, but what it "
					"held may stay on the disk",
					path, strerror(errno));
				ok = false;
			}
		}
		if (fd >= 0)
			close(fd);
	}
	if (unlink(path) != 0) {
		free(*err);
		*err = xasprintf("cannot remove %s: %s", path, strerror(errno));
		return false;
	}
	return ok;
}

bool private_file_open(struct private_file *f, const char *path, bool replace, char **err)
{
	memset(f, 0, sizeof(*f));
	f->fd = -1;
	struct stat st;
	if (lstat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			*err = xasprintf("%s is a folder; give a file name", path);
			return false;
		}
		if (!replace) {
			*err = xasprintf("%s exists already; the coach writes exports only to new "
					 "files (give --force to replace it)",
					 path);
			return false;
		}
	}
	char *dir = dir_of(path);
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	f->tmp = xasprintf("%s/.%s.XXXXXX", dir, base);
	free(dir);
	f->fd = mkstemp(f->tmp); /* O_EXCL, 0600 whatever the umask */
	if (f->fd < 0) {
		*err = xasprintf("cannot create %s: %s", path, strerror(errno));
		free(f->tmp);
		f->tmp = NULL;
		return false;
	}
	fchmod(f->fd, 0600);
	f->path = xstrdup(path);
	f->replace = replace;
	return true;
}

bool private_file_commit(struct private_file *f, char **err)
{
	bool ok = fsync(f->fd) == 0;
	ok = close(f->fd) == 0 && ok;
	f->fd = -1;
	if (!ok) {
		*err = xasprintf("cannot write %s: %s", f->path, strerror(errno));
		private_file_abandon(f);
		return false;
	}
	/* link() refuses anything at the path, a link included; rename() replaces
	 * whatever is there (never writing through it) */
	if (f->replace ? rename(f->tmp, f->path) != 0 : link(f->tmp, f->path) != 0) {
		*err = errno == EEXIST
			       ? xasprintf("%s exists already; the coach writes exports "
					   "only to new files (give --force to replace it)",
					   f->path)
			       : xasprintf("cannot create %s: %s", f->path, strerror(errno));
		private_file_abandon(f);
		return false;
	}
	if (!f->replace)
		unlink(f->tmp);
	char *dir = dir_of(f->path);
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dir);
	free(f->tmp);
	free(f->path);
	memset(f, 0, sizeof(*f));
	f->fd = -1;
	return true;
}

void private_file_abandon(struct private_file *f)
{
	if (f->fd >= 0)
		close(f->fd);
	if (f->tmp)
		unlink(f->tmp);
	free(f->tmp);
	free(f->path);
	memset(f, 0, sizeof(*f));
	f->fd = -1;
}
