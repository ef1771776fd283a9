#include "coach/store.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "coach/paths.h"
#include "coach/util.h"
#include "store_private.h"

struct store {
	sqlite3 *db;
	char *path;	/* as the user gave it, for messages */
	char *real;	/* its folder resolved: what SQLite opens */
	char *fault;	/* set once the file went away: every write fails with it */
	bool writable;	/* opened for writing (store_open) */
	bool read_only; /* opened by store_open_read: every write is refused */
	bool in_tx;	/* inside store_begin ... store_commit */
	dev_t dev;	/* the file opened, to notice it removed or replaced */
	ino_t ino;
};

/* Ordered migrations: migrations[i] takes the schema from version i to i + 1. */
static const char *const migrations[] = {
	/* 1: the log itself */
	"CREATE TABLE session ("
	"  id INTEGER PRIMARY KEY,"
	"  date INTEGER NOT NULL,"
	"  program TEXT, day TEXT, week INTEGER,"
	"  hold INTEGER NOT NULL DEFAULT 0,"
	"  deload INTEGER NOT NULL DEFAULT 0,"
	"  readiness TEXT,"
	"  mood_before INTEGER, energy INTEGER, anxiety INTEGER, sleep REAL, soreness INTEGER,"
	"  mood_after INTEGER,"
	"  logged_at INTEGER NOT NULL);"
	"CREATE INDEX session_date ON session(date);"
	"CREATE TABLE set_log ("
	"  id INTEGER PRIMARY KEY,"
	"  session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
	"  position INTEGER NOT NULL,"
	"  exercise TEXT NOT NULL,"
	"  slot TEXT,"
	"  set_no INTEGER NOT NULL,"
	"  reps INTEGER NOT NULL,"
	"  load REAL, band INTEGER, rir INTEGER);"
	"CREATE INDEX set_session ON set_log(session_id);"
	"CREATE TABLE checkin ("
	"  id INTEGER PRIMARY KEY,"
	"  date INTEGER NOT NULL,"
	"  mood INTEGER NOT NULL, energy INTEGER NOT NULL, anxiety INTEGER NOT NULL,"
	"  sleep REAL NOT NULL, soreness INTEGER,"
	"  logged_at INTEGER NOT NULL);"
	"CREATE INDEX checkin_date ON checkin(date);"
	"CREATE TABLE screen ("
	"  id INTEGER PRIMARY KEY,"
	"  date INTEGER NOT NULL,"
	"  scale TEXT NOT NULL, answers TEXT NOT NULL,"
	"  score INTEGER NOT NULL, band TEXT NOT NULL, crisis INTEGER NOT NULL);"
	"CREATE INDEX screen_scale_date ON screen(scale, date);",
	/* 2: aerobic minutes beside strength days, and moved days */
	"CREATE TABLE aerobic ("
	"  id INTEGER PRIMARY KEY,"
	"  session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,"
	"  date INTEGER NOT NULL,"
	"  kind TEXT NOT NULL, minutes INTEGER NOT NULL);"
	"CREATE INDEX aerobic_date ON aerobic(date);"
	"CREATE TABLE move ("
	"  from_date INTEGER PRIMARY KEY,"
	"  to_date INTEGER NOT NULL,"
	"  day TEXT);",
	/* 3: per-slot progression state, and sets found by slot */
	"CREATE TABLE slot_state ("
	"  program TEXT NOT NULL, slot TEXT NOT NULL,"
	"  exercise TEXT, load REAL, prev_load REAL, band INTEGER, prev_band INTEGER,"
	"  rung INTEGER, extra_reps INTEGER, failures INTEGER, e1rm REAL,"
	"  last_date INTEGER, sessions INTEGER, outcome INTEGER,"
	"  PRIMARY KEY (program, slot));"
	"CREATE INDEX set_slot ON set_log(slot, session_id);"
	"CREATE INDEX session_program ON session(program, date);",
	/* 4: what was prescribed, beside what was done */
	"ALTER TABLE set_log ADD COLUMN target_reps_min INTEGER;"
	"ALTER TABLE set_log ADD COLUMN target_reps_max INTEGER;"
	"ALTER TABLE set_log ADD COLUMN target_load REAL;"
	"ALTER TABLE set_log ADD COLUMN target_band INTEGER;"
	"ALTER TABLE set_log ADD COLUMN target_rir INTEGER;",
	/* 5: the coach's own bookkeeping (a workout whose progression is not yet worked out) */
	"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);",
	/* 6: how many sets were prescribed, so half a session is not a success */
	"ALTER TABLE set_log ADD COLUMN target_sets INTEGER;",
	/* 7: a questionnaire taken before its interval is kept, and marked */
	"ALTER TABLE screen ADD COLUMN early INTEGER NOT NULL DEFAULT 0;",
	/* 8: notes and body weight; where an imported workout came from, so it is
	 * known again whatever the units; a cardio row's distance */
	"ALTER TABLE session ADD COLUMN notes TEXT;"
	"ALTER TABLE session ADD COLUMN bodyweight REAL;"
	"ALTER TABLE session ADD COLUMN source TEXT;"
	"CREATE INDEX session_source ON session(source);"
	"ALTER TABLE set_log ADD COLUMN notes TEXT;"
	"ALTER TABLE aerobic ADD COLUMN distance_m REAL;",
	/* 9: the Feeling Scale after a session, beside mood after (NULL: not asked) */
	"ALTER TABLE session ADD COLUMN feeling INTEGER;",
	/* 10: the replay checkpoint: each slot's progression replayed from every
	 * session dated up to `through`, so a prescription reads only what came
	 * after; any session or set written on or before it deletes it */
	"CREATE TABLE replay_checkpoint ("
	"  program TEXT PRIMARY KEY, through INTEGER NOT NULL, last_id INTEGER NOT NULL,"
	"  fingerprint INTEGER NOT NULL, last_session INTEGER NOT NULL,"
	"  paused INTEGER NOT NULL, last_counted INTEGER NOT NULL);"
	"CREATE TABLE replay_slot ("
	"  program TEXT NOT NULL, slot TEXT NOT NULL, known INTEGER NOT NULL, exercise TEXT,"
	"  load REAL, prev_load REAL, band INTEGER, prev_band INTEGER, rung INTEGER,"
	"  extra_reps INTEGER, failures INTEGER, e1rm REAL, last_date INTEGER,"
	"  sessions INTEGER, outcome INTEGER, under INTEGER, steady INTEGER,"
	"  logged_sets INTEGER, target_sets INTEGER, low_rir INTEGER, rir_floor INTEGER,"
	"  swaps INTEGER, e1rm_firm REAL, short_ok INTEGER, jumped_top INTEGER,"
	"  PRIMARY KEY (program, slot));"
	"CREATE TABLE replay_load ("
	"  program TEXT NOT NULL, exercise TEXT NOT NULL, load REAL, band INTEGER,"
	"  PRIMARY KEY (program, exercise));"
	"CREATE TRIGGER replay_gone AFTER DELETE ON replay_checkpoint BEGIN"
	"  DELETE FROM replay_slot WHERE program = OLD.program;"
	"  DELETE FROM replay_load WHERE program = OLD.program; END;"
	"CREATE TRIGGER replay_session_in AFTER INSERT ON session BEGIN"
	"  DELETE FROM replay_checkpoint WHERE through >= NEW.date; END;"
	"CREATE TRIGGER replay_session_out AFTER DELETE ON session BEGIN"
	"  DELETE FROM replay_checkpoint WHERE through >= OLD.date; END;"
	"CREATE TRIGGER replay_session_edit AFTER UPDATE ON session BEGIN"
	"  DELETE FROM replay_checkpoint WHERE through >= MIN(OLD.date, NEW.date); END;"
	"CREATE TRIGGER replay_set_in AFTER INSERT ON set_log"
	"  WHEN EXISTS (SELECT 1 FROM replay_checkpoint) BEGIN"
	"  DELETE FROM replay_checkpoint"
	"  WHERE through >= (SELECT date FROM session WHERE id = NEW.session_id); END;"
	"CREATE TRIGGER replay_set_out AFTER DELETE ON set_log"
	"  WHEN EXISTS (SELECT 1 FROM replay_checkpoint) BEGIN"
	"  DELETE FROM replay_checkpoint"
	"  WHERE through >= (SELECT date FROM session WHERE id = OLD.session_id); END;"
	"CREATE TRIGGER replay_set_edit AFTER UPDATE ON set_log"
	"  WHEN EXISTS (SELECT 1 FROM replay_checkpoint) BEGIN"
	"  DELETE FROM replay_checkpoint WHERE through >= (SELECT MIN(date) FROM session"
	"  WHERE id IN (OLD.session_id, NEW.session_id)); END;",
	/* 11: minutes of the breathing in a session, a minimum dose that counts */
	"ALTER TABLE session ADD COLUMN breathing_min INTEGER;",
	/* 12: the short session marked, a minimum dose of its own (NULL: not one) */
	"ALTER TABLE session ADD COLUMN short INTEGER;",
};

sqlite3 *store_sqlite(struct store *st)
{
	return st->db;
}

const char *store_error(struct store *st)
{
	if (st && st->fault)
		return st->fault;
	return st && st->db ? sqlite3_errmsg(st->db) : "no database";
}

static bool exec(struct store *st, const char *sql)
{
	return sqlite3_exec(st->db, sql, NULL, NULL, NULL) == SQLITE_OK;
}

int store_version(struct store *st)
{
	sqlite3_stmt *q;
	int v = -1;
	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &q, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(q) == SQLITE_ROW)
		v = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	return v;
}

/* Is the file this store opened still the one at its path?  `coach forget`
 * (or a restore) in another process removes or replaces it; a coach that
 * went on writing would write into a deleted file and say "saved".  Once
 * the file is gone, every write fails with a message that says so. */
static bool still_there(struct store *st)
{
	if (st->fault)
		return false;
	if (st->read_only) {
		st->fault = xasprintf("the log %s was opened to read only", st->path);
		return false;
	}
	if (!st->writable)
		return true;
	struct stat now;
	bool gone = stat(st->real, &now) != 0;
	if (!gone && now.st_dev == st->dev && now.st_ino == st->ino)
		return true;
	st->fault = xasprintf("the log was %s after the coach opened it; nothing more is "
			      "written to it",
			      gone ? "removed" : "replaced");
	return false;
}

bool store_still_there(struct store *st)
{
	return still_there(st);
}

bool store_begin(struct store *st)
{
	if (!still_there(st))
		return false;
	if (!exec(st, "BEGIN IMMEDIATE"))
		return false;
	st->in_tx = true;
	return true;
}

bool store_commit(struct store *st)
{
	if (!st->in_tx)
		return exec(st, "COMMIT");
	/* the last chance to see the file went away before the write is called done */
	if (!still_there(st)) {
		exec(st, "ROLLBACK");
		st->in_tx = false;
		return false;
	}
	bool ok = exec(st, "COMMIT");
	if (ok || sqlite3_get_autocommit(st->db))
		st->in_tx = false;
	return ok;
}

void store_rollback(struct store *st)
{
	exec(st, "ROLLBACK");
	st->in_tx = false;
}

static bool migrate(struct store *st, int target, char **err)
{
	if (!store_begin(st)) {
		*err = xasprintf("cannot lock the log %s: %s", st->path, store_error(st));
		return false;
	}
	int v = store_version(st);
	if (v < 0) { /* unreadable now, although it was read before the lock */
		*err = xasprintf("cannot read the log %s: %s", st->path, store_error(st));
		store_rollback(st);
		return false;
	}
	if (v > (int)ARRAY_LEN(migrations)) {
		store_rollback(st);
		*err = xasprintf("the log %s is from a newer coach (schema %d; this one knows %d)",
				 st->path, v, (int)ARRAY_LEN(migrations));
		return false;
	}
	if (v >= target) { /* another coach did it first */
		store_rollback(st);
		return true;
	}
	for (; v < target; v++) {
		if (!exec(st, migrations[v])) {
			*err = xasprintf("cannot upgrade the log %s to schema %d: %s", st->path,
					 v + 1, store_error(st));
			store_rollback(st);
			return false;
		}
	}
	char sql[64];
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", v);
	if (!exec(st, sql) || !exec(st, "PRAGMA application_id = 1668244328") ||
	    !store_commit(st)) {
		*err = xasprintf("cannot upgrade the log %s: %s", st->path, store_error(st));
		store_rollback(st);
		return false;
	}
	return true;
}

/* The log, its -wal and its -shm must each be a file of ours, not a link:
 * SQLite would follow a link to wherever it points.  Links in the folders
 * above are the system's business (/home -> var/home, automounts, --home
 * through a link) and are resolved first, so SQLITE_OPEN_NOFOLLOW, which
 * refuses a link in any component, sees none of them. */
static bool files_are_safe(const char *path, char **err)
{
	static const char *const suffix[] = {"", "-wal", "-shm"};
	for (size_t i = 0; i < ARRAY_LEN(suffix); i++) {
		char *f = xasprintf("%s%s", path, suffix[i]);
		struct stat st;
		bool ok = true;
		if (lstat(f, &st) == 0) {
			if (S_ISLNK(st.st_mode)) {
				*err = xasprintf(
					"%s is a symbolic link; the coach keeps your log only "
					"in a file of its own, so it refuses to follow it "
					"(remove the link, or point --home at the real folder)",
					f);
				ok = false;
			} else if (!S_ISREG(st.st_mode)) {
				*err = xasprintf("%s is not a regular file; refusing to use it", f);
				ok = false;
			} else if (st.st_uid != geteuid()) {
				*err = xasprintf("%s belongs to another user; refusing to use it",
						 f);
				ok = false;
			}
		}
		free(f);
		if (!ok)
			return false;
	}
	return true;
}

/* path with its folder resolved (every link in it followed): NULL with *err
 * when the folder does not exist (errno ENOENT) or cannot be resolved. */
static char *resolve(const char *path, char **err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	const char *base = path;
	if (slash) {
		base = path + (slash - dir) + 1;
		if (slash == dir)
			slash[1] = '\0';
		else
			*slash = '\0';
	} else {
		free(dir);
		dir = xstrdup(".");
	}
	char *real = realpath(dir, NULL);
	if (!real) {
		int e = errno;
		*err = xasprintf("cannot open the log %s: %s", path, strerror(e));
		free(dir);
		errno = e;
		return NULL;
	}
	char *out = xasprintf("%s/%s", strcmp(real, "/") == 0 ? "" : real, base);
	free(real);
	free(dir);
	return out;
}

static struct store *store_new(const char *path)
{
	struct store *st = xcalloc(1, sizeof(*st));
	st->path = xstrdup(path);
	return st;
}

/* Every migration on a database that has none: a new log, or an empty one in memory. */
static bool create_schema(struct store *st, char **err)
{
	return migrate(st, (int)ARRAY_LEN(migrations), err);
}

bool store_open_at(struct store **out, const char *path, int version, char **err)
{
	*out = NULL;
	if (!files_are_safe(path, err))
		return false;
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		if (!mkdir_private(dir, err)) {
			free(dir);
			return false;
		}
	}
	free(dir);
	struct store *st = store_new(path);
	st->real = resolve(path, err);
	if (!st->real) {
		store_close(st);
		return false;
	}
	/* create it 0600 first: SQLite gives -wal and -shm the database's mode */
	int fd = open(st->real, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0) {
		*err = xasprintf("cannot open the log %s: %s", path, strerror(errno));
		store_close(st);
		return false;
	}
	struct stat fs;
	if (fstat(fd, &fs) != 0 || !S_ISREG(fs.st_mode)) {
		*err = xasprintf("cannot open the log %s: not a regular file", path);
		close(fd);
		store_close(st);
		return false;
	}
	if ((fs.st_mode & 077) != 0)
		fchmod(fd, 0600);
	st->dev = fs.st_dev;
	st->ino = fs.st_ino;
	st->writable = true;
	close(fd);
	if (sqlite3_open_v2(st->real, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW,
			    NULL) != SQLITE_OK) {
		*err = xasprintf("cannot open the log %s: %s", path, store_error(st));
		store_close(st);
		return false;
	}
	sqlite3_busy_timeout(st->db, 5000);
	/* a log from a newer coach is refused before anything is written to it,
	 * the journal mode included */
	int v = store_version(st);
	if (v < 0) {
		*err = xasprintf("cannot read the log %s: %s", path, store_error(st));
		store_close(st);
		return false;
	}
	if (v > (int)ARRAY_LEN(migrations)) {
		*err = xasprintf("the log %s is from a newer coach (schema %d; this one knows %d); "
				 "it was left as it is",
				 path, v, (int)ARRAY_LEN(migrations));
		store_close(st);
		return false;
	}
	/* The -wal file is kept between runs and reused in place, so the pages it
	 * held are overwritten by the next writes and by coach forget, instead of
	 * being left in blocks the filesystem freed.  Deleted rows are zeroed. */
	int persist = 1;
	sqlite3_file_control(st->db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
	if (!exec(st, "PRAGMA journal_mode = WAL") || !exec(st, "PRAGMA synchronous = FULL") ||
	    !exec(st, "PRAGMA foreign_keys = ON") || !exec(st, "PRAGMA secure_delete = ON")) {
		*err = xasprintf("cannot open the log %s: %s", path, store_error(st));
		store_close(st);
		return false;
	}
	if (v < version && !migrate(st, version, err)) {
		store_close(st);
		return false;
	}
	*out = st;
	return true;
}

bool store_open(struct store **out, const char *path, char **err)
{
	return store_open_at(out, path, (int)ARRAY_LEN(migrations), err);
}

/* A file name as an SQLite URI path: %, ? and # escaped. */
static char *uri_of(const char *real, const char *query)
{
	struct sbuf b = {0};
	sbuf_puts(&b, "file:");
	for (const char *p = real; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			sbuf_printf(&b, "%%%02X", (unsigned char)*p);
		else
			sbuf_putc(&b, *p);
	}
	sbuf_printf(&b, "?%s", query);
	return b.s;
}

/* Copy a log of an older schema into memory and upgrade the copy there. */
static bool upgrade_in_memory(struct store *st, char **err)
{
	sqlite3 *mem = NULL;
	if (sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		sqlite3_close(mem);
		*err = xasprintf("cannot read the log %s: out of memory", st->path);
		return false;
	}
	sqlite3_backup *b = sqlite3_backup_init(mem, "main", st->db, "main");
	bool ok = b && sqlite3_backup_step(b, -1) == SQLITE_DONE;
	sqlite3_backup_finish(b);
	if (!ok) {
		*err = xasprintf("cannot read the log %s: %s", st->path, sqlite3_errmsg(st->db));
		sqlite3_close(mem);
		return false;
	}
	sqlite3_close(st->db);
	st->db = mem;
	return migrate(st, (int)ARRAY_LEN(migrations), err);
}

bool store_open_read(struct store **out, const char *path, char **err)
{
	*out = NULL;
	if (!files_are_safe(path, err))
		return false;
	struct store *st = store_new(path);
	st->real = resolve(path, err);
	struct stat fs;
	if (!st->real || lstat(st->real, &fs) != 0) {
		if (st->real || errno == ENOENT) {
			/* no log yet: an empty one, in memory, that nothing is written to */
			free(*err);
			*err = NULL;
			if (sqlite3_open_v2(":memory:", &st->db, SQLITE_OPEN_READWRITE, NULL) !=
				    SQLITE_OK ||
			    !create_schema(st, err)) {
				if (!*err)
					*err = xasprintf("cannot read the log %s: %s", path,
							 store_error(st));
				store_close(st);
				return false;
			}
			st->read_only = true;
			*out = st;
			return true;
		}
		store_close(st);
		return false;
	}
	int rc = sqlite3_open_v2(st->real, &st->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW,
				 NULL);
	int v = rc == SQLITE_OK ? store_version(st) : -1;
	if (v < 0 && access(st->real, R_OK) == 0) {
		/* a log on read-only media (a backup, a read-only mount) in WAL mode:
		 * with no -shm and no right to make one, SQLite reads it only as
		 * immutable, which it is to everyone who cannot write there */
		sqlite3_close(st->db);
		st->db = NULL;
		char *uri = uri_of(st->real, "immutable=1");
		rc = sqlite3_open_v2(uri, &st->db,
				     SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW,
				     NULL);
		free(uri);
		v = rc == SQLITE_OK ? store_version(st) : -1;
	}
	if (v < 0) {
		*err = xasprintf("cannot read the log %s: %s", path,
				 access(st->real, R_OK) != 0 ? strerror(errno) : store_error(st));
		store_close(st);
		return false;
	}
	sqlite3_busy_timeout(st->db, 5000);
	if (v > (int)ARRAY_LEN(migrations)) {
		*err = xasprintf("the log %s is from a newer coach (schema %d; this one knows %d); "
				 "it was left as it is",
				 path, v, (int)ARRAY_LEN(migrations));
		store_close(st);
		return false;
	}
	if (v < (int)ARRAY_LEN(migrations) && !upgrade_in_memory(st, err)) {
		store_close(st);
		return false;
	}
	st->read_only = true;
	*out = st;
	return true;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	sqlite3_close(st->db);
	free(st->path);
	free(st->real);
	free(st->fault);
	free(st);
}

static sqlite3_stmt *prep(struct store *st, const char *sql)
{
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
		return NULL;
	/* a write outside a transaction: is the log still the one opened? */
	if (!st->in_tx && (st->writable || st->read_only) && !sqlite3_stmt_readonly(q) &&
	    !still_there(st)) {
		sqlite3_finalize(q);
		return NULL;
	}
	return q;
}

static void bind_text(sqlite3_stmt *q, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(q, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(q, i);
}

static void bind_int_or_null(sqlite3_stmt *q, int i, int v, bool given)
{
	if (given)
		sqlite3_bind_int(q, i, v);
	else
		sqlite3_bind_null(q, i);
}

static bool step_done(sqlite3_stmt *q)
{
	int rc = sqlite3_step(q);
	sqlite3_finalize(q);
	return rc == SQLITE_DONE;
}

static bool insert_set(struct store *st, int64_t sid, int position, const struct exercise_done *e,
		       int set_no, const struct set_done *x)
{
	/* target_sets (schema 6) only when known, so a test's older log takes sets too */
	bool sets_known = e->target.given && e->target.sets > 0;
	sqlite3_stmt *q = prep(
		st, sets_known ? "INSERT INTO set_log (session_id, position, exercise, slot, "
				 "set_no, reps, load, band, rir, target_reps_min, "
				 "target_reps_max, target_load, target_band, target_rir, "
				 "target_sets, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
			       : "INSERT INTO set_log (session_id, position, exercise, slot, "
				 "set_no, reps, load, band, rir, target_reps_min, "
				 "target_reps_max, target_load, target_band, target_rir, notes) "
				 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	if (!q)
		return false;
	sqlite3_bind_int64(q, 1, sid);
	sqlite3_bind_int(q, 2, position);
	bind_text(q, 3, e->id);
	bind_text(q, 4, e->slot);
	sqlite3_bind_int(q, 5, set_no);
	sqlite3_bind_int(q, 6, x->reps);
	if (x->load > 0)
		sqlite3_bind_double(q, 7, x->load);
	else
		sqlite3_bind_null(q, 7);
	bind_int_or_null(q, 8, x->band, x->band >= 0);
	bind_int_or_null(q, 9, x->rir, x->rir >= 0);
	const struct target *tg = &e->target;
	bind_int_or_null(q, 10, tg->reps_min, tg->given);
	bind_int_or_null(q, 11, tg->reps_max, tg->given);
	if (tg->given && tg->load > 0)
		sqlite3_bind_double(q, 12, tg->load);
	else
		sqlite3_bind_null(q, 12);
	bind_int_or_null(q, 13, tg->band, tg->given && tg->band >= 0);
	bind_int_or_null(q, 14, tg->rir, tg->given);
	if (sets_known)
		sqlite3_bind_int(q, 15, tg->sets);
	bind_text(q, sets_known ? 16 : 15, x->notes);
	return step_done(q);
}

bool store_add_set(struct store *st, int64_t session, int position, const struct exercise_done *e,
		   int set_no, const struct set_done *x)
{
	if (!store_begin(st))
		return false;
	if (!insert_set(st, session, position, e, set_no, x)) {
		store_rollback(st);
		return false;
	}
	return store_commit(st);
}

bool store_remove_set(struct store *st, int64_t session, int position, int set_no)
{
	sqlite3_stmt *q = prep(st, "DELETE FROM set_log WHERE session_id = ? AND position = ? "
				   "AND set_no = ?");
	if (!q)
		return false;
	sqlite3_bind_int64(q, 1, session);
	sqlite3_bind_int(q, 2, position);
	sqlite3_bind_int(q, 3, set_no);
	return step_done(q) && sqlite3_changes(st->db) == 1;
}

bool store_update_set(struct store *st, int64_t session, int position, int set_no, int reps,
		      double load, int rir)
{
	sqlite3_stmt *q = prep(st, "UPDATE set_log SET reps = ?, load = ?, rir = ? WHERE "
				   "session_id = ? AND position = ? AND set_no = ?");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, reps);
	if (load > 0)
		sqlite3_bind_double(q, 2, load);
	else
		sqlite3_bind_null(q, 2);
	bind_int_or_null(q, 3, rir, rir >= 0);
	sqlite3_bind_int64(q, 4, session);
	sqlite3_bind_int(q, 5, position);
	sqlite3_bind_int(q, 6, set_no);
	return step_done(q) && sqlite3_changes(st->db) == 1;
}

bool store_set_notes(struct store *st, int64_t session, int position, int set_no, const char *notes)
{
	sqlite3_stmt *q =
		position < 0 ? prep(st, "UPDATE session SET notes = ? WHERE id = ?")
			     : prep(st, "UPDATE set_log SET notes = ? WHERE session_id = ? AND "
					"position = ? AND set_no = ?");
	if (!q)
		return false;
	bind_text(q, 1, notes);
	sqlite3_bind_int64(q, 2, session);
	if (position >= 0) {
		sqlite3_bind_int(q, 3, position);
		sqlite3_bind_int(q, 4, set_no);
	}
	return step_done(q) && sqlite3_changes(st->db) == 1;
}

bool store_set_mood_after(struct store *st, int64_t session, int mood)
{
	sqlite3_stmt *q = prep(st, "UPDATE session SET mood_after = ? WHERE id = ?");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, mood);
	sqlite3_bind_int64(q, 2, session);
	return step_done(q);
}

bool store_set_feeling(struct store *st, int64_t session, int feeling)
{
	sqlite3_stmt *q = prep(st, "UPDATE session SET feeling = ? WHERE id = ?");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, feeling);
	sqlite3_bind_int64(q, 2, session);
	return step_done(q);
}

bool store_add_session(struct store *st, const struct session *s, const struct session_meta *m,
		       int64_t *id)
{
	sqlite3_stmt *q = prep(
		st, "INSERT INTO session (date, program, day, week, hold, deload, "
		    "readiness, mood_before, energy, anxiety, sleep, soreness, "
		    "mood_after, logged_at, notes, bodyweight, source, feeling, breathing_min, "
		    "short) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, s->date);
	bind_text(q, 2, s->program);
	bind_text(q, 3, s->day);
	bind_int_or_null(q, 4, m->week, m->week > 0);
	sqlite3_bind_int(q, 5, m->hold);
	sqlite3_bind_int(q, 6, m->deload);
	bind_text(q, 7, m->readiness);
	bool ck = s->checkin.given;
	bind_int_or_null(q, 8, s->checkin.mood, ck);
	bind_int_or_null(q, 9, s->checkin.energy, ck);
	bind_int_or_null(q, 10, s->checkin.anxiety, ck);
	if (ck)
		sqlite3_bind_double(q, 11, s->checkin.sleep);
	else
		sqlite3_bind_null(q, 11);
	bind_int_or_null(q, 12, s->checkin.soreness, ck && s->checkin.soreness > 0);
	bind_int_or_null(q, 13, s->mood_after, s->mood_after > 0);
	sqlite3_bind_int64(q, 14, (sqlite3_int64)time(NULL));
	bind_text(q, 15, s->notes);
	if (s->bodyweight > 0)
		sqlite3_bind_double(q, 16, s->bodyweight);
	else
		sqlite3_bind_null(q, 16);
	bind_text(q, 17, s->source);
	bind_int_or_null(q, 18, s->feeling, s->has_feeling);
	bind_int_or_null(q, 19, s->breathing_min, s->breathing_min > 0);
	bind_int_or_null(q, 20, 1, s->short_session);
	if (!step_done(q))
		return false;
	int64_t sid = sqlite3_last_insert_rowid(st->db);
	if (id)
		*id = sid;
	for (size_t i = 0; i < s->n_exercises; i++) {
		const struct exercise_done *e = &s->exercises[i];
		for (size_t j = 0; j < e->n_sets; j++)
			if (!insert_set(st, sid, (int)i, e, (int)j + 1, &e->sets[j]))
				return false;
	}
	for (size_t i = 0; i < s->n_aerobic; i++) {
		q = prep(st, "INSERT INTO aerobic (session_id, date, kind, minutes, distance_m) "
			     "VALUES (?,?,?,?,?)");
		if (!q)
			return false;
		sqlite3_bind_int64(q, 1, sid);
		sqlite3_bind_int(q, 2, s->date);
		bind_text(q, 3, s->aerobic[i].kind);
		sqlite3_bind_int(q, 4, s->aerobic[i].minutes);
		if (s->aerobic[i].distance_m > 0)
			sqlite3_bind_double(q, 5, s->aerobic[i].distance_m);
		else
			sqlite3_bind_null(q, 5);
		if (!step_done(q))
			return false;
	}
	if (ck && !store_add_checkin(st, s->date, &s->checkin))
		return false;
	return true;
}

static const char *col_str(sqlite3_stmt *q, int i, struct arena *a)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	return t ? arena_strdup(a, (const char *)t) : NULL;
}

static int col_int(sqlite3_stmt *q, int i, int null_value)
{
	return sqlite3_column_type(q, i) == SQLITE_NULL ? null_value : sqlite3_column_int(q, i);
}

/* Read sessions (one row each, in order) then their sets, from two queries. */
static bool read_sessions(struct store *st, sqlite3_stmt *sq, sqlite3_stmt *setq,
			  struct logged_list *out)
{
	memset(out, 0, sizeof(*out));
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(sq)) == SQLITE_ROW) {
		xgrow((void **)&out->v, &cap, out->n + 1, sizeof(*out->v));
		struct logged_session *s = &out->v[out->n++];
		memset(s, 0, sizeof(*s));
		s->id = sqlite3_column_int64(sq, 0);
		s->date = sqlite3_column_int(sq, 1);
		s->program = col_str(sq, 2, &out->arena);
		s->day = col_str(sq, 3, &out->arena);
		s->week = col_int(sq, 4, 0);
		s->hold = sqlite3_column_int(sq, 5);
		s->deload = sqlite3_column_int(sq, 6);
		s->readiness = col_str(sq, 7, &out->arena);
		s->checkin.given = sqlite3_column_type(sq, 8) != SQLITE_NULL;
		s->checkin.mood = col_int(sq, 8, 0);
		s->checkin.energy = col_int(sq, 9, 0);
		s->checkin.anxiety = col_int(sq, 10, 0);
		s->checkin.sleep = sqlite3_column_double(sq, 11);
		s->checkin.soreness = col_int(sq, 12, 0);
		s->mood_after = col_int(sq, 13, 0);
		s->notes = col_str(sq, 14, &out->arena);
		s->bodyweight = sqlite3_column_double(sq, 15);
		s->has_feeling = sqlite3_column_type(sq, 16) != SQLITE_NULL;
		s->feeling = col_int(sq, 16, 0);
		s->breathing_min = col_int(sq, 17, 0);
		s->short_session = col_int(sq, 18, 0) != 0;
	}
	sqlite3_finalize(sq);
	if (rc != SQLITE_DONE) {
		sqlite3_finalize(setq);
		return false;
	}
	/* sets arrive ordered by session date and id, the same order as sessions */
	size_t k = 0, cap_sets = 0;
	struct logged_set *sets = NULL;
	size_t n_sets = 0;
	int64_t *owner = NULL;
	size_t cap_owner = 0;
	while ((rc = sqlite3_step(setq)) == SQLITE_ROW) {
		xgrow((void **)&sets, &cap_sets, n_sets + 1, sizeof(*sets));
		xgrow((void **)&owner, &cap_owner, n_sets + 1, sizeof(*owner));
		struct logged_set *x = &sets[n_sets];
		owner[n_sets++] = sqlite3_column_int64(setq, 0);
		x->position = sqlite3_column_int(setq, 1);
		x->exercise = col_str(setq, 2, &out->arena);
		x->slot = col_str(setq, 3, &out->arena);
		x->set_no = sqlite3_column_int(setq, 4);
		x->reps = sqlite3_column_int(setq, 5);
		x->load = sqlite3_column_double(setq, 6);
		x->band = col_int(setq, 7, -1);
		x->rir = col_int(setq, 8, -1);
		x->target.given = sqlite3_column_type(setq, 9) != SQLITE_NULL;
		x->target.reps_min = col_int(setq, 9, 0);
		x->target.reps_max = col_int(setq, 10, 0);
		x->target.load = sqlite3_column_double(setq, 11);
		x->target.band = col_int(setq, 12, -1);
		x->target.rir = col_int(setq, 13, 0);
		x->target.sets = col_int(setq, 14, 0);
		x->notes = col_str(setq, 15, &out->arena);
	}
	sqlite3_finalize(setq);
	bool ok = rc == SQLITE_DONE;
	/* hand each session its run of sets */
	size_t i = 0;
	for (k = 0; k < out->n && ok; k++) {
		struct logged_session *s = &out->v[k];
		size_t start = i; /* both queries use the same order and filter */
		while (i < n_sets && owner[i] == s->id)
			i++;
		s->n_sets = i - start;
		s->sets = arena_array(&out->arena, s->n_sets, sizeof(*s->sets));
		if (s->n_sets)
			memcpy(s->sets, sets + start, s->n_sets * sizeof(*sets));
	}
	free(sets);
	free(owner);
	return ok;
}

#define SESSION_COLS                                                                               \
	"s.id, s.date, s.program, s.day, s.week, s.hold, s.deload, s.readiness, s.mood_before, "   \
	"s.energy, s.anxiety, s.sleep, s.soreness, s.mood_after, s.notes, s.bodyweight, "          \
	"s.feeling, "                                                                              \
	"s.breathing_min, s.short"
#define SET_COLS                                                                                   \
	"t.session_id, t.position, t.exercise, t.slot, t.set_no, t.reps, t.load, "                 \
	"t.band, t.rir, t.target_reps_min, t.target_reps_max, t.target_load, "                     \
	"t.target_band, t.target_rir, t.target_sets, t.notes"

static bool add_aerobic(struct store *st, struct logged_list *out, int from, int to)
{
	sqlite3_stmt *q = prep(st, "SELECT session_id, kind, minutes, distance_m FROM aerobic "
				   "WHERE date BETWEEN ? AND ? ORDER BY date, id");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, from);
	sqlite3_bind_int(q, 2, to);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int64_t sid = sqlite3_column_int64(q, 0);
		for (size_t i = 0; i < out->n; i++) {
			struct logged_session *s = &out->v[i];
			if (s->id != sid)
				continue;
			struct aerobic *a = arena_array(&out->arena, s->n_aerobic + 1, sizeof(*a));
			if (s->n_aerobic)
				memcpy(a, s->aerobic, s->n_aerobic * sizeof(*a));
			a[s->n_aerobic].kind = col_str(q, 1, &out->arena);
			a[s->n_aerobic].minutes = sqlite3_column_int(q, 2);
			a[s->n_aerobic].distance_m = sqlite3_column_double(q, 3);
			s->aerobic = a;
			s->n_aerobic++;
			break;
		}
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE;
}

static void record_push(struct mood_record *r, int mood, int after, int limit)
{
	if (mood < 1 || mood > 5 || after < 1 || after > 5 || limit < 1)
		return;
	if (limit > MOOD_RECORD_MAX)
		limit = MOOD_RECORD_MAX;
	if (r->n[mood] >= limit) {
		memmove(r->after[mood], r->after[mood] + 1, (size_t)limit - 1);
		r->n[mood] = limit - 1;
	}
	r->after[mood][r->n[mood]++] = (unsigned char)after;
}

void mood_record_add(struct mood_record *r, const struct logged_session *s, int limit)
{
	if (s->n_sets && s->checkin.given)
		record_push(r, s->checkin.mood, s->mood_after, limit);
}

bool store_mood_record(struct store *st, int date, int limit, struct mood_record *out)
{
	memset(out, 0, sizeof(*out));
	sqlite3_stmt *q = prep(
		st,
		"SELECT mood_before, mood_after FROM (SELECT s.mood_before, s.mood_after, "
		"ROW_NUMBER() OVER (PARTITION BY s.mood_before ORDER BY s.date DESC, s.id DESC) "
		"AS k FROM session s WHERE s.date < ? AND s.mood_before BETWEEN 1 AND 5 "
		"AND s.mood_after > 0 AND EXISTS (SELECT 1 FROM set_log t WHERE "
		"t.session_id = s.id)) WHERE k <= ? ORDER BY k DESC");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, date);
	sqlite3_bind_int(q, 2, limit);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		record_push(out, sqlite3_column_int(q, 0), sqlite3_column_int(q, 1), limit);
	sqlite3_finalize(q);
	return rc == SQLITE_DONE;
}

bool store_sessions(struct store *st, int from, int to, struct logged_list *out)
{
	sqlite3_stmt *sq = prep(st, "SELECT " SESSION_COLS " FROM session s "
				    "WHERE s.date BETWEEN ? AND ? ORDER BY s.date, s.id");
	sqlite3_stmt *tq = prep(st, "SELECT " SET_COLS " FROM set_log t JOIN session s ON "
				    "s.id = t.session_id WHERE s.date BETWEEN ? AND ? "
				    "ORDER BY s.date, s.id, t.position, t.set_no");
	if (!sq || !tq) {
		sqlite3_finalize(sq);
		sqlite3_finalize(tq);
		memset(out, 0, sizeof(*out));
		return false;
	}
	sqlite3_bind_int(sq, 1, from);
	sqlite3_bind_int(sq, 2, to);
	sqlite3_bind_int(tq, 1, from);
	sqlite3_bind_int(tq, 2, to);
	return read_sessions(st, sq, tq, out) && add_aerobic(st, out, from, to);
}

bool store_slot_sessions(struct store *st, const char *program, const char *slot, int since,
			 struct logged_list *out)
{
	sqlite3_stmt *sq = prep(st, "SELECT " SESSION_COLS " FROM session s WHERE s.program = ? "
				    "AND s.date > ? AND EXISTS (SELECT 1 FROM set_log t WHERE "
				    "t.session_id = s.id AND t.slot = ?) ORDER BY s.date, s.id");
	sqlite3_stmt *tq = prep(st, "SELECT " SET_COLS " FROM set_log t JOIN session s ON "
				    "s.id = t.session_id WHERE s.program = ? AND s.date > ? AND "
				    "t.slot = ? ORDER BY s.date, s.id, t.position, t.set_no");
	if (!sq || !tq) {
		sqlite3_finalize(sq);
		sqlite3_finalize(tq);
		memset(out, 0, sizeof(*out));
		return false;
	}
	bind_text(sq, 1, program);
	sqlite3_bind_int(sq, 2, since);
	bind_text(sq, 3, slot);
	bind_text(tq, 1, program);
	sqlite3_bind_int(tq, 2, since);
	bind_text(tq, 3, slot);
	return read_sessions(st, sq, tq, out);
}

int64_t store_last_session_id(struct store *st)
{
	sqlite3_stmt *q = prep(st, "SELECT COALESCE(MAX(id), 0) FROM session");
	int64_t id = 0;
	if (q && sqlite3_step(q) == SQLITE_ROW)
		id = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return id;
}

int store_count_on(struct store *st, int date, int64_t last_id)
{
	sqlite3_stmt *q = prep(st, "SELECT COUNT(*) FROM session WHERE date = ? AND id <= ?");
	if (!q)
		return -1;
	sqlite3_bind_int(q, 1, date);
	sqlite3_bind_int64(q, 2, last_id);
	int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
	sqlite3_finalize(q);
	return n;
}

bool store_delete_date(struct store *st, int date, int64_t last_id, bool checkins, int *removed)
{
	*removed = 0;
	/* sets and aerobic minutes go with their session (ON DELETE CASCADE) */
	sqlite3_stmt *q = prep(st, "DELETE FROM session WHERE date = ? AND id <= ?");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, date);
	sqlite3_bind_int64(q, 2, last_id);
	if (!step_done(q))
		return false;
	*removed = sqlite3_changes(st->db);
	if (!checkins)
		return true;
	q = prep(st, "DELETE FROM checkin WHERE date = ?");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, date);
	return step_done(q);
}

bool store_clear_state(struct store *st, const char *program)
{
	sqlite3_stmt *q = prep(st, "DELETE FROM slot_state WHERE program = ?");
	if (!q)
		return false;
	bind_text(q, 1, program);
	return step_done(q);
}

bool store_has_source(struct store *st, const char *source, int64_t last_id)
{
	if (!source)
		return false;
	sqlite3_stmt *q = prep(st, "SELECT 1 FROM session WHERE source = ? AND id <= ? LIMIT 1");
	if (!q)
		return false;
	bind_text(q, 1, source);
	sqlite3_bind_int64(q, 2, last_id);
	bool found = sqlite3_step(q) == SQLITE_ROW;
	sqlite3_finalize(q);
	return found;
}

bool store_has_session(struct store *st, const struct session *s)
{
	return store_has_session_before(st, s, INT64_MAX);
}

bool store_has_session_before(struct store *st, const struct session *s, int64_t last_id)
{
	struct logged_list l;
	if (!store_sessions(st, s->date, s->date, &l))
		return false;
	bool found = false;
	for (size_t i = 0; i < l.n && !found; i++) {
		const struct logged_session *o = &l.v[i];
		if (o->id > last_id)
			continue;
		if ((o->program == NULL) != (s->program == NULL) ||
		    (o->program && strcmp(o->program, s->program) != 0))
			continue;
		size_t k = 0;
		bool same = true;
		for (size_t j = 0; j < s->n_exercises && same; j++)
			for (size_t m = 0; m < s->exercises[j].n_sets && same; m++, k++) {
				const struct set_done *x = &s->exercises[j].sets[m];
				same = k < o->n_sets &&
				       strcmp(o->sets[k].exercise, s->exercises[j].id) == 0 &&
				       o->sets[k].reps == x->reps &&
				       (o->sets[k].load > x->load
						? o->sets[k].load - x->load
						: x->load - o->sets[k].load) < 1e-6;
			}
		found = same && k == o->n_sets && (k > 0 || s->n_aerobic == o->n_aerobic);
	}
	logged_list_free(&l);
	return found;
}

void logged_list_free(struct logged_list *l)
{
	if (!l)
		return;
	free(l->v);
	arena_free(&l->arena);
	memset(l, 0, sizeof(*l));
}

bool store_date_range(struct store *st, int *first, int *last)
{
	sqlite3_stmt *q = prep(st, "SELECT MIN(date), MAX(date) FROM session");
	if (!q)
		return false;
	*first = *last = -1;
	if (sqlite3_step(q) == SQLITE_ROW) {
		*first = col_int(q, 0, -1);
		*last = col_int(q, 1, -1);
	}
	sqlite3_finalize(q);
	return true;
}

bool store_add_checkin(struct store *st, int date, const struct checkin *ck)
{
	sqlite3_stmt *q = prep(st, "INSERT INTO checkin (date, mood, energy, anxiety, sleep, "
				   "soreness, logged_at) VALUES (?,?,?,?,?,?,?)");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, date);
	sqlite3_bind_int(q, 2, ck->mood);
	sqlite3_bind_int(q, 3, ck->energy);
	sqlite3_bind_int(q, 4, ck->anxiety);
	sqlite3_bind_double(q, 5, ck->sleep);
	bind_int_or_null(q, 6, ck->soreness, ck->soreness > 0);
	sqlite3_bind_int64(q, 7, (sqlite3_int64)time(NULL));
	return step_done(q);
}

bool store_get_checkin(struct store *st, int date, struct checkin *out)
{
	memset(out, 0, sizeof(*out));
	sqlite3_stmt *q = prep(st, "SELECT mood, energy, anxiety, sleep, soreness FROM checkin "
				   "WHERE date = ? ORDER BY id DESC LIMIT 1");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, date);
	if (sqlite3_step(q) == SQLITE_ROW) {
		out->given = true;
		out->mood = sqlite3_column_int(q, 0);
		out->energy = sqlite3_column_int(q, 1);
		out->anxiety = sqlite3_column_int(q, 2);
		out->sleep = sqlite3_column_double(q, 3);
		out->soreness = col_int(q, 4, 0);
	}
	sqlite3_finalize(q);
	return true;
}

bool store_add_screen(struct store *st, int date, const char *scale, const char *answers, int score,
		      const char *band, bool crisis, bool early)
{
	sqlite3_stmt *q =
		prep(st, "INSERT INTO screen (date, scale, answers, score, band, crisis, early) "
			 "VALUES (?,?,?,?,?,?,?)");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, date);
	bind_text(q, 2, scale);
	bind_text(q, 3, answers);
	sqlite3_bind_int(q, 4, score);
	bind_text(q, 5, band);
	sqlite3_bind_int(q, 6, crisis);
	sqlite3_bind_int(q, 7, early);
	return step_done(q);
}

int store_last_screen(struct store *st, const char *scale, int *score)
{
	sqlite3_stmt *q = prep(st, "SELECT date, score FROM screen WHERE scale = ? "
				   "ORDER BY date DESC, id DESC LIMIT 1");
	if (!q)
		return -1;
	bind_text(q, 1, scale);
	int d = -1;
	if (sqlite3_step(q) == SQLITE_ROW) {
		d = sqlite3_column_int(q, 0);
		if (score)
			*score = sqlite3_column_int(q, 1);
	}
	sqlite3_finalize(q);
	return d;
}

bool store_screens(struct store *st, int from, int to, struct screen_list *out)
{
	memset(out, 0, sizeof(*out));
	sqlite3_stmt *q = prep(st, "SELECT date, scale, answers, score, band, crisis, early "
				   "FROM screen WHERE date BETWEEN ? AND ? ORDER BY date, id");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, from);
	sqlite3_bind_int(q, 2, to);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		xgrow((void **)&out->v, &cap, out->n + 1, sizeof(*out->v));
		struct screen_row *r = &out->v[out->n++];
		r->date = sqlite3_column_int(q, 0);
		r->scale = col_str(q, 1, &out->arena);
		r->answers = col_str(q, 2, &out->arena);
		r->score = sqlite3_column_int(q, 3);
		r->band = col_str(q, 4, &out->arena);
		r->crisis = sqlite3_column_int(q, 5);
		r->early = sqlite3_column_int(q, 6);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE;
}

bool store_moods(struct store *st, int from, int to, struct mood_list *out)
{
	memset(out, 0, sizeof(*out));
	/* one mood a date: the day's last check-in, else the mood before of a
	 * session logged with its check-in */
	sqlite3_stmt *q =
		prep(st, "SELECT date, mood FROM checkin c WHERE date BETWEEN ?1 AND ?2 "
			 "AND id = (SELECT max(id) FROM checkin WHERE date = c.date) "
			 "UNION ALL "
			 "SELECT date, max(mood_before) FROM session WHERE date BETWEEN ?1 "
			 "AND ?2 AND mood_before IS NOT NULL AND date NOT IN "
			 "(SELECT date FROM checkin WHERE date BETWEEN ?1 AND ?2) "
			 "GROUP BY date ORDER BY 1");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, from);
	sqlite3_bind_int(q, 2, to);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		xgrow((void **)&out->v, &cap, out->n + 1, sizeof(*out->v));
		out->v[out->n].date = sqlite3_column_int(q, 0);
		out->v[out->n++].mood = sqlite3_column_int(q, 1);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE;
}

void mood_list_free(struct mood_list *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}

bool store_recent_crisis(struct store *st, int from, int to)
{
	sqlite3_stmt *q = prep(st, "SELECT 1 FROM screen WHERE crisis = 1 AND date BETWEEN ? AND ? "
				   "LIMIT 1");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, from);
	sqlite3_bind_int(q, 2, to);
	bool yes = sqlite3_step(q) == SQLITE_ROW;
	sqlite3_finalize(q);
	return yes;
}

bool store_remove_screens(struct store *st, const char *scale, int date)
{
	sqlite3_stmt *q = prep(st, "DELETE FROM screen WHERE scale = ? AND date = ?");
	if (!q)
		return false;
	bind_text(q, 1, scale);
	sqlite3_bind_int(q, 2, date);
	return step_done(q);
}

void screen_list_free(struct screen_list *l)
{
	if (!l)
		return;
	free(l->v);
	arena_free(&l->arena);
	memset(l, 0, sizeof(*l));
}

bool store_add_move(struct store *st, int from, int to, const char *day)
{
	sqlite3_stmt *q = prep(st, "INSERT OR REPLACE INTO move (from_date, to_date, day) "
				   "VALUES (?,?,?)");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, from);
	sqlite3_bind_int(q, 2, to);
	bind_text(q, 3, day);
	return step_done(q);
}

bool store_moves(struct store *st, int from, int to, int **from_dates, int **to_dates, size_t *n)
{
	*from_dates = *to_dates = NULL;
	*n = 0;
	sqlite3_stmt *q = prep(st, "SELECT from_date, to_date FROM move WHERE from_date BETWEEN ? "
				   "AND ? ORDER BY from_date");
	if (!q)
		return false;
	sqlite3_bind_int(q, 1, from);
	sqlite3_bind_int(q, 2, to);
	size_t cap1 = 0, cap2 = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		xgrow((void **)from_dates, &cap1, *n + 1, sizeof(int));
		xgrow((void **)to_dates, &cap2, *n + 1, sizeof(int));
		(*from_dates)[*n] = sqlite3_column_int(q, 0);
		(*to_dates)[*n] = sqlite3_column_int(q, 1);
		(*n)++;
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE;
}

bool store_get_state(struct store *st, const char *program, const char *slot,
		     struct slot_state *out)
{
	memset(out, 0, sizeof(*out));
	out->band = out->prev_band = -1;
	out->last_date = -1;
	sqlite3_stmt *q =
		prep(st, "SELECT exercise, load, prev_load, band, prev_band, rung, "
			 "extra_reps, failures, e1rm, last_date, sessions, outcome FROM slot_state "
			 "WHERE program = ? AND slot = ?");
	if (!q)
		return false;
	bind_text(q, 1, program);
	bind_text(q, 2, slot);
	if (sqlite3_step(q) == SQLITE_ROW) {
		out->known = true;
		const unsigned char *e = sqlite3_column_text(q, 0);
		snprintf(out->exercise, sizeof(out->exercise), "%s", e ? (const char *)e : "");
		out->load = sqlite3_column_double(q, 1);
		out->prev_load = sqlite3_column_double(q, 2);
		out->band = col_int(q, 3, -1);
		out->prev_band = col_int(q, 4, -1);
		out->rung = col_int(q, 5, 0);
		out->extra_reps = col_int(q, 6, 0);
		out->failures = col_int(q, 7, 0);
		out->e1rm = sqlite3_column_double(q, 8);
		out->last_date = col_int(q, 9, -1);
		out->sessions = col_int(q, 10, 0);
		out->outcome = col_int(q, 11, 0);
	}
	sqlite3_finalize(q);
	return true;
}

bool store_put_state(struct store *st, const char *program, const char *slot,
		     const struct slot_state *s)
{
	sqlite3_stmt *q = prep(st, "INSERT OR REPLACE INTO slot_state (program, slot, exercise, "
				   "load, prev_load, band, prev_band, rung, extra_reps, failures, "
				   "e1rm, last_date, sessions, outcome) "
				   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	if (!q)
		return false;
	bind_text(q, 1, program);
	bind_text(q, 2, slot);
	bind_text(q, 3, s->exercise);
	sqlite3_bind_double(q, 4, s->load);
	sqlite3_bind_double(q, 5, s->prev_load);
	bind_int_or_null(q, 6, s->band, s->band >= 0);
	bind_int_or_null(q, 7, s->prev_band, s->prev_band >= 0);
	sqlite3_bind_int(q, 8, s->rung);
	sqlite3_bind_int(q, 9, s->extra_reps);
	sqlite3_bind_int(q, 10, s->failures);
	sqlite3_bind_double(q, 11, s->e1rm);
	sqlite3_bind_int(q, 12, s->last_date);
	sqlite3_bind_int(q, 13, s->sessions);
	sqlite3_bind_int(q, 14, s->outcome);
	return step_done(q);
}

bool store_dump(struct store *st, store_row_fn *fn, void *ctx)
{
	/* the replay checkpoint is the coach's own, worked out again from these */
	static const char *const tables[] = {"session", "set_log", "aerobic",	 "checkin",
					     "screen",	"move",	   "slot_state", "meta"};
	for (size_t t = 0; t < ARRAY_LEN(tables); t++) {
		char sql[96];
		snprintf(sql, sizeof(sql), "SELECT * FROM %s ORDER BY rowid", tables[t]);
		sqlite3_stmt *q = prep(st, sql);
		if (!q)
			return false;
		int nc = sqlite3_column_count(q);
		const char **names = xcalloc((size_t)nc, sizeof(*names));
		const char **vals = xcalloc((size_t)nc, sizeof(*vals));
		for (int i = 0; i < nc; i++)
			names[i] = sqlite3_column_name(q, i);
		int rc;
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			for (int i = 0; i < nc; i++)
				vals[i] = (const char *)sqlite3_column_text(q, i);
			fn(ctx, tables[t], nc, names, vals);
		}
		free(names);
		free(vals);
		sqlite3_finalize(q);
		if (rc != SQLITE_DONE)
			return false;
	}
	return true;
}

bool store_forget(const char *path, char **problem, int *removed)
{
	*problem = NULL;
	struct sbuf why = {0};
	bool ok = true;
	struct stat fs;
	if (lstat(path, &fs) == 0 && S_ISREG(fs.st_mode)) {
		/* the rows first, with secure_delete, and the WAL checkpointed into the
		 * database, so no page of the log keeps them; then the files */
		struct store *st;
		char *err = NULL;
		if (!store_open(&st, path, &err)) {
			sbuf_printf(&why,
				    "could not open the log to delete its rows (%s); its files are "
				    "overwritten with zeros instead\n",
				    err);
			free(err);
		} else {
			if (!(store_begin(st) &&
			      exec(st, "DELETE FROM set_log; DELETE FROM aerobic; DELETE FROM "
				       "session; DELETE FROM checkin; DELETE FROM screen; DELETE "
				       "FROM move; DELETE FROM slot_state; DELETE FROM meta; "
				       "DELETE FROM "
				       "replay_checkpoint; DELETE FROM replay_slot; DELETE FROM "
				       "replay_load;") &&
			      store_commit(st))) {
				sbuf_printf(&why,
					    "could not delete the rows of the log (%s); its files "
					    "are overwritten with zeros instead\n",
					    store_error(st));
				store_rollback(st);
			} else if (!exec(st, "PRAGMA wal_checkpoint(FULL)")) {
				sbuf_printf(&why,
					    "could not checkpoint the log's -wal file (%s); it is "
					    "overwritten with zeros instead\n",
					    store_error(st));
			}
			store_close(st);
		}
	}
	static const char *const suffix[] = {"", "-wal", "-shm"};
	for (size_t i = 0; i < ARRAY_LEN(suffix); i++) {
		char *f = xasprintf("%s%s", path, suffix[i]);
		char *err = NULL;
		bool existed = false;
		if (!file_shred(f, &existed, &err)) {
			sbuf_printf(&why, "%s\n", err);
			free(err);
			ok = false;
		}
		if (existed)
			(*removed)++;
		free(f);
	}
	if (why.len)
		*problem = why.s;
	return ok;
}

bool store_meta_set(struct store *st, const char *key, const char *value)
{
	sqlite3_stmt *q = prep(st, value ? "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"
					 : "DELETE FROM meta WHERE key = ?");
	if (!q)
		return false;
	bind_text(q, 1, key);
	if (value)
		bind_text(q, 2, value);
	return step_done(q);
}

bool store_meta_get(struct store *st, const char *key, char *buf, size_t size)
{
	sqlite3_stmt *q = prep(st, "SELECT value FROM meta WHERE key = ?");
	if (!q)
		return false;
	bind_text(q, 1, key);
	bool found = sqlite3_step(q) == SQLITE_ROW;
	if (found)
		snprintf(buf, size, "%s", (const char *)sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
	return found;
}

bool store_integrity(struct store *st)
{
	sqlite3_stmt *q = prep(st, "PRAGMA integrity_check");
	if (!q)
		return false;
	bool ok = sqlite3_step(q) == SQLITE_ROW &&
		  strcmp((const char *)sqlite3_column_text(q, 0), "ok") == 0;
	sqlite3_finalize(q);
	return ok;
}

bool store_can_write(const struct store *st)
{
	return st && st->writable && !st->read_only && !st->fault;
}

void store_checkpoint_free(struct store_checkpoint *c)
{
	free(c->slots);
	free(c->loads);
	memset(c, 0, sizeof(*c));
}

/* Every field of struct slot_state has its column in replay_slot, and
 * jumped_top is the last of them: a field added at the end stops the build
 * here until it is read and written below (and CHECKPOINT_VERSION in
 * history.c is bumped). */
_Static_assert(offsetof(struct slot_state, jumped_top) + sizeof(int) == sizeof(struct slot_state),
	       "a new field of struct slot_state needs its column in replay_slot");

static void read_ckpt_slot(sqlite3_stmt *q, struct store_ckpt_slot *c)
{
	const unsigned char *t = sqlite3_column_text(q, 0);
	snprintf(c->key, sizeof(c->key), "%s", t ? (const char *)t : "");
	struct slot_state *s = &c->state;
	s->known = sqlite3_column_int(q, 1) != 0;
	t = sqlite3_column_text(q, 2);
	snprintf(s->exercise, sizeof(s->exercise), "%s", t ? (const char *)t : "");
	s->load = sqlite3_column_double(q, 3);
	s->prev_load = sqlite3_column_double(q, 4);
	s->band = col_int(q, 5, -1);
	s->prev_band = col_int(q, 6, -1);
	s->rung = col_int(q, 7, 0);
	s->extra_reps = col_int(q, 8, 0);
	s->failures = col_int(q, 9, 0);
	s->e1rm = sqlite3_column_double(q, 10);
	s->last_date = col_int(q, 11, -1);
	s->sessions = col_int(q, 12, 0);
	s->outcome = col_int(q, 13, 0);
	s->under = col_int(q, 14, 0);
	s->steady = col_int(q, 15, 0);
	s->logged_sets = col_int(q, 16, 0);
	s->target_sets = col_int(q, 17, 0);
	s->low_rir = col_int(q, 18, 0);
	s->rir_floor = col_int(q, 19, 0);
	s->swaps = col_int(q, 20, 0);
	s->e1rm_firm = sqlite3_column_double(q, 21);
	s->short_ok = col_int(q, 22, 0);
	s->jumped_top = col_int(q, 23, 0);
}

bool store_checkpoint_get(struct store *st, const char *program, struct store_checkpoint *out)
{
	memset(out, 0, sizeof(*out));
	sqlite3_stmt *q = prep(st, "SELECT through, last_id, fingerprint, last_session, paused, "
				   "last_counted FROM replay_checkpoint WHERE program = ?");
	if (!q)
		return false;
	bind_text(q, 1, program);
	bool found = sqlite3_step(q) == SQLITE_ROW;
	if (found) {
		out->through = sqlite3_column_int(q, 0);
		out->last_id = sqlite3_column_int64(q, 1);
		out->fingerprint = (uint64_t)sqlite3_column_int64(q, 2);
		out->last_session = sqlite3_column_int(q, 3);
		out->paused = sqlite3_column_int(q, 4);
		out->last_counted = sqlite3_column_int(q, 5);
	}
	sqlite3_finalize(q);
	if (!found)
		return false;
	size_t cap = 0;
	q = prep(st, "SELECT slot, known, exercise, load, prev_load, band, prev_band, rung, "
		     "extra_reps, failures, e1rm, last_date, sessions, outcome, under, steady, "
		     "logged_sets, target_sets, low_rir, rir_floor, swaps, e1rm_firm, short_ok, "
		     "jumped_top "
		     "FROM replay_slot WHERE program = ? ORDER BY rowid");
	if (!q)
		return false;
	bind_text(q, 1, program);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		xgrow((void **)&out->slots, &cap, out->n_slots + 1, sizeof(*out->slots));
		read_ckpt_slot(q, &out->slots[out->n_slots++]);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE) {
		store_checkpoint_free(out);
		return false;
	}
	cap = 0;
	q = prep(st, "SELECT exercise, load, band FROM replay_load WHERE program = ?");
	if (!q) {
		store_checkpoint_free(out);
		return false;
	}
	bind_text(q, 1, program);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		xgrow((void **)&out->loads, &cap, out->n_loads + 1, sizeof(*out->loads));
		struct store_ckpt_load *l = &out->loads[out->n_loads++];
		const unsigned char *t = sqlite3_column_text(q, 0);
		snprintf(l->exercise, sizeof(l->exercise), "%s", t ? (const char *)t : "");
		l->load = sqlite3_column_double(q, 1);
		l->band = col_int(q, 2, -1);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE) {
		store_checkpoint_free(out);
		return false;
	}
	return true;
}

static bool put_ckpt_slot(struct store *st, const char *program, const struct store_ckpt_slot *c)
{
	sqlite3_stmt *q = prep(st, "INSERT INTO replay_slot VALUES "
				   "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	if (!q)
		return false;
	const struct slot_state *s = &c->state;
	bind_text(q, 1, program);
	bind_text(q, 2, c->key);
	sqlite3_bind_int(q, 3, s->known);
	bind_text(q, 4, s->exercise);
	sqlite3_bind_double(q, 5, s->load);
	sqlite3_bind_double(q, 6, s->prev_load);
	bind_int_or_null(q, 7, s->band, s->band >= 0);
	bind_int_or_null(q, 8, s->prev_band, s->prev_band >= 0);
	sqlite3_bind_int(q, 9, s->rung);
	sqlite3_bind_int(q, 10, s->extra_reps);
	sqlite3_bind_int(q, 11, s->failures);
	sqlite3_bind_double(q, 12, s->e1rm);
	sqlite3_bind_int(q, 13, s->last_date);
	sqlite3_bind_int(q, 14, s->sessions);
	sqlite3_bind_int(q, 15, s->outcome);
	sqlite3_bind_int(q, 16, s->under);
	sqlite3_bind_int(q, 17, s->steady);
	sqlite3_bind_int(q, 18, s->logged_sets);
	sqlite3_bind_int(q, 19, s->target_sets);
	sqlite3_bind_int(q, 20, s->low_rir);
	sqlite3_bind_int(q, 21, s->rir_floor);
	sqlite3_bind_int(q, 22, s->swaps);
	sqlite3_bind_double(q, 23, s->e1rm_firm);
	sqlite3_bind_int(q, 24, s->short_ok);
	sqlite3_bind_int(q, 25, s->jumped_top);
	return step_done(q);
}

static bool put_checkpoint(struct store *st, const char *program, const struct store_checkpoint *c)
{
	sqlite3_stmt *q = prep(st, "DELETE FROM replay_checkpoint WHERE program = ?");
	if (!q)
		return false;
	bind_text(q, 1, program);
	if (!step_done(q))
		return false;
	q = prep(st, "INSERT INTO replay_checkpoint VALUES (?,?,?,?,?,?,?)");
	if (!q)
		return false;
	bind_text(q, 1, program);
	sqlite3_bind_int(q, 2, c->through);
	sqlite3_bind_int64(q, 3, c->last_id);
	sqlite3_bind_int64(q, 4, (sqlite3_int64)c->fingerprint);
	sqlite3_bind_int(q, 5, c->last_session);
	sqlite3_bind_int(q, 6, c->paused);
	sqlite3_bind_int(q, 7, c->last_counted);
	if (!step_done(q))
		return false;
	for (size_t i = 0; i < c->n_slots; i++)
		if (!put_ckpt_slot(st, program, &c->slots[i]))
			return false;
	for (size_t i = 0; i < c->n_loads; i++) {
		q = prep(st, "INSERT INTO replay_load VALUES (?,?,?,?)");
		if (!q)
			return false;
		bind_text(q, 1, program);
		bind_text(q, 2, c->loads[i].exercise);
		sqlite3_bind_double(q, 3, c->loads[i].load);
		bind_int_or_null(q, 4, c->loads[i].band, c->loads[i].band >= 0);
		if (!step_done(q))
			return false;
	}
	return true;
}

bool store_checkpoint_put(struct store *st, const char *program, const struct store_checkpoint *c)
{
	/* all of it or nothing, inside a transaction or not */
	if (!store_can_write(st) || !exec(st, "SAVEPOINT replay"))
		return false;
	if (put_checkpoint(st, program, c))
		return exec(st, "RELEASE replay");
	exec(st, "ROLLBACK TO replay");
	exec(st, "RELEASE replay");
	return false;
}
