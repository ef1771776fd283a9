/* The training log: migrations, permissions, crashes and two writers. */
#include <signal.h>
#include <stdarg.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "coach/store.h"
#include "suites.h"

static char dir[64], db[96];

static void setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/coach-store-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(db, sizeof(db), "%s/data/coach.db", dir);
}

static void teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

/* One session of one exercise with two sets. */
static void add_one(struct store *st, int date, int reps)
{
	struct set_done sets[2] = {{reps, 10, -1, 2, NULL}, {reps, 10, -1, 1, NULL}};
	struct exercise_done ex = {
		.id = "goblet-squat", .slot = "goblet-squat", .sets = sets, .n_sets = 2};
	struct session s = {.date = date,
			    .program = "gordon-home",
			    .day = "A",
			    .exercises = &ex,
			    .n_exercises = 1};
	struct session_meta m = {.week = 1, .readiness = "normal"};
	ck_assert_msg(store_add_session(st, &s, &m, NULL), "%s", store_error(st));
}

static size_t count_sessions(struct store *st)
{
	struct logged_list l;
	ck_assert(store_sessions(st, 0, 100000, &l));
	size_t n = l.n;
	logged_list_free(&l);
	return n;
}

START_TEST(a_new_log_has_every_migration)
{
	struct store *st;
	char *err = NULL;
	ck_assert_msg(store_open(&st, db, &err), "%s", err ? err : "");
	ck_assert_int_eq(store_version(st), STORE_SCHEMA_VERSION);
	ck_assert(store_begin(st));
	add_one(st, 20000, 12);
	ck_assert(store_commit(st));
	struct logged_list l;
	ck_assert(store_sessions(st, 20000, 20000, &l));
	ck_assert_uint_eq(l.n, 1);
	ck_assert_uint_eq(l.v[0].n_sets, 2);
	ck_assert_int_eq(l.v[0].sets[1].reps, 12);
	ck_assert_int_eq(l.v[0].sets[1].rir, 1);
	ck_assert_double_eq(l.v[0].sets[0].load, 10);
	logged_list_free(&l);
	ck_assert(store_integrity(st));
	store_close(st);
}
END_TEST

START_TEST(notes_and_body_weight_are_kept)
{
	char path[128];
	snprintf(path, sizeof(path), "%s/notes.db", dir);
	struct store *st;
	char *err = NULL;
	ck_assert_msg(store_open(&st, path, &err), "%s", err ? err : "");
	struct set_done sets[2] = {{8, 10, -1, 2, "left knee twinged"}, {8, 10, -1, 1, NULL}};
	struct exercise_done ex = {.id = "goblet-squat", .sets = sets, .n_sets = 2};
	struct aerobic run = {.kind = "run", .minutes = 25, .distance_m = 5000};
	struct session s = {.date = 20500,
			    .exercises = &ex,
			    .n_exercises = 1,
			    .aerobic = &run,
			    .n_aerobic = 1,
			    .notes = "felt calm after",
			    .bodyweight = 71.5,
			    .has_feeling = true,
			    .feeling = -3,
			    .short_session = true};
	struct session_meta m = {.readiness = "normal"};
	ck_assert(store_begin(st));
	ck_assert(store_add_session(st, &s, &m, NULL));
	ck_assert(store_commit(st));
	struct logged_list l;
	ck_assert(store_sessions(st, 20500, 20500, &l));
	ck_assert_uint_eq(l.n, 1);
	ck_assert_str_eq(l.v[0].notes, "felt calm after");
	ck_assert_double_eq(l.v[0].bodyweight, 71.5);
	ck_assert_str_eq(l.v[0].sets[0].notes, "left knee twinged");
	ck_assert_ptr_null(l.v[0].sets[1].notes);
	ck_assert_uint_eq(l.v[0].n_aerobic, 1);
	ck_assert_double_eq(l.v[0].aerobic[0].distance_m, 5000);
	/* the Feeling Scale keeps its sign, and 0 (neutral) is an answer */
	ck_assert(l.v[0].has_feeling);
	ck_assert_int_eq(l.v[0].feeling, -3);
	ck_assert(l.v[0].short_session); /* the short session, kept as one */
	int64_t id = l.v[0].id;
	logged_list_free(&l);
	ck_assert(store_set_feeling(st, id, 0));
	ck_assert(store_sessions(st, 20500, 20500, &l));
	ck_assert(l.v[0].has_feeling);
	ck_assert_int_eq(l.v[0].feeling, 0);
	logged_list_free(&l);
	store_close(st);
}
END_TEST

START_TEST(every_older_schema_migrates_and_keeps_its_data)
{
	for (int v = 1; v < STORE_SCHEMA_VERSION; v++) {
		char path[128];
		snprintf(path, sizeof(path), "%s/v%d.db", dir, v);
		struct store *st;
		char *err = NULL;
		ck_assert_msg(store_open_at(&st, path, v, &err), "%s", err ? err : "");
		ck_assert_int_eq(store_version(st), v);
		store_close(st);
		/* data written as that version wrote it: only the columns it had */
		sqlite3 *raw;
		ck_assert_int_eq(sqlite3_open(path, &raw), SQLITE_OK);
		char sql[512];
		snprintf(sql, sizeof(sql),
			 "INSERT INTO session (date, program, day, hold, deload, logged_at) "
			 "VALUES (%d, 'gordon-home', 'A', 0, 0, 0);"
			 "INSERT INTO set_log (session_id, position, exercise, slot, set_no, reps, "
			 "load) VALUES (1, 0, 'goblet-squat', 'goblet-squat', 1, 8, 10);",
			 20000 + v);
		ck_assert_int_eq(sqlite3_exec(raw, sql, NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(raw);
		ck_assert(store_open(&st, path, &err));
		ck_assert_int_eq(store_version(st), STORE_SCHEMA_VERSION);
		struct logged_list l;
		ck_assert(store_sessions(st, 0, 100000, &l));
		ck_assert_uint_eq(l.n, 1);
		ck_assert_int_eq(l.v[0].date, 20000 + v);
		ck_assert_uint_eq(l.v[0].n_sets, 1);
		ck_assert_int_eq(l.v[0].sets[0].reps, 8);
		ck_assert(!l.v[0].sets[0].target.given); /* unknown for old rows */
		/* schema 8: no notes, no body weight on rows from before it */
		ck_assert_ptr_null(l.v[0].notes);
		ck_assert_ptr_null(l.v[0].sets[0].notes);
		ck_assert_double_eq(l.v[0].bodyweight, 0);
		/* schema 9: no Feeling Scale on rows from before it */
		ck_assert(!l.v[0].has_feeling);
		/* schema 11 and 12: no breathing, not the short session */
		ck_assert_int_eq(l.v[0].breathing_min, 0);
		ck_assert(!l.v[0].short_session);
		logged_list_free(&l);
		/* the newest tables work on the migrated log */
		struct slot_state s = {.exercise = "goblet-squat",
				       .load = 12,
				       .band = -1,
				       .prev_band = -1,
				       .last_date = 20001};
		ck_assert(store_begin(st));
		ck_assert(store_put_state(st, "gordon-home", "goblet-squat", &s));
		ck_assert(store_commit(st));
		struct slot_state back;
		ck_assert(store_get_state(st, "gordon-home", "goblet-squat", &back));
		ck_assert(back.known);
		ck_assert_double_eq(back.load, 12);
		ck_assert(store_integrity(st));
		store_close(st);
	}
}
END_TEST

START_TEST(a_log_from_a_newer_coach_is_refused)
{
	struct store *st;
	char *err = NULL;
	ck_assert(store_open(&st, db, &err));
	store_close(st);
	sqlite3 *raw;
	ck_assert_int_eq(sqlite3_open(db, &raw), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(raw, "PRAGMA user_version = 99", NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(raw);
	ck_assert(!store_open(&st, db, &err));
	ck_assert_ptr_nonnull(strstr(err, "newer coach"));
	free(err);
}
END_TEST

START_TEST(files_are_private_whatever_the_umask)
{
	mode_t old = umask(022);
	struct store *st;
	char *err = NULL;
	ck_assert(store_open(&st, db, &err));
	ck_assert(store_begin(st));
	add_one(st, 20000, 10);
	ck_assert(store_commit(st));
	const char *suffix[] = {"", "-wal", "-shm"};
	for (int i = 0; i < 3; i++) {
		char p[128];
		struct stat s;
		snprintf(p, sizeof(p), "%s%s", db, suffix[i]);
		ck_assert_msg(stat(p, &s) == 0, "%s missing", p);
		ck_assert_msg((s.st_mode & 0777) == 0600, "%s is %o", p, s.st_mode & 0777);
	}
	char d[96];
	snprintf(d, sizeof(d), "%s/data", dir);
	struct stat s;
	ck_assert_int_eq(stat(d, &s), 0);
	ck_assert_int_eq(s.st_mode & 0777, 0700);
	store_close(st);
	umask(old);
}
END_TEST

START_TEST(a_symlinked_log_is_refused)
{
	char target[128];
	snprintf(target, sizeof(target), "%s/elsewhere.db", dir);
	FILE *f = fopen(target, "w");
	fclose(f);
	snprintf(db, sizeof(db), "%s/link.db", dir);
	ck_assert_int_eq(symlink(target, db), 0);
	struct store *st;
	char *err = NULL;
	ck_assert(!store_open(&st, db, &err));
	ck_assert_ptr_nonnull(strstr(err, "symbolic link"));
	free(err);
}
END_TEST

START_TEST(a_process_killed_mid_transaction_leaves_a_consistent_log)
{
	struct store *st;
	char *err = NULL;
	ck_assert(store_open(&st, db, &err));
	ck_assert(store_begin(st));
	add_one(st, 20000, 10); /* committed before the crash */
	ck_assert(store_commit(st));
	store_close(st);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		struct store *c;
		char *e = NULL;
		if (!store_open(&c, db, &e))
			_exit(3);
		store_begin(c);
		for (int i = 0; i < 20; i++)
			add_one(c, 20100 + i, 10);
		raise(SIGKILL); /* before COMMIT */
		_exit(4);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	ck_assert(store_open(&st, db, &err));
	ck_assert(store_integrity(st));
	ck_assert_uint_eq(count_sessions(st), 1); /* all of the killed transaction, or none */
	store_close(st);
}
END_TEST

START_TEST(two_writers_at_once_lose_nothing)
{
	struct store *st;
	char *err = NULL;
	ck_assert(store_open(&st, db, &err));
	store_close(st);
	pid_t kids[2];
	for (int k = 0; k < 2; k++) {
		kids[k] = fork();
		ck_assert_int_ge(kids[k], 0);
		if (kids[k] == 0) {
			struct store *c;
			char *e = NULL;
			if (!store_open(&c, db, &e))
				_exit(3);
			for (int i = 0; i < 40; i++) {
				if (!store_begin(c))
					_exit(4);
				add_one(c, 20000 + k * 1000 + i, 10);
				if (!store_commit(c))
					_exit(5);
			}
			store_close(c);
			_exit(0);
		}
	}
	for (int k = 0; k < 2; k++) {
		int status;
		ck_assert_int_eq(waitpid(kids[k], &status, 0), kids[k]);
		ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			      "writer %d failed (%d)", k, WEXITSTATUS(status));
	}
	ck_assert(store_open(&st, db, &err));
	ck_assert_uint_eq(count_sessions(st), 80);
	ck_assert(store_integrity(st));
	store_close(st);
}
END_TEST

START_TEST(a_set_entered_by_mistake_can_be_taken_out)
{
	struct store *st;
	char *err = NULL;
	ck_assert(store_open(&st, db, &err));
	add_one(st, 20500, 8);
	struct logged_list l;
	ck_assert(store_sessions(st, 0, 100000, &l));
	ck_assert_uint_eq(l.n, 1);
	int64_t sid = l.v[0].id;
	logged_list_free(&l);
	/* the second set goes; the first stays; a set that is not there is refused */
	ck_assert(store_remove_set(st, sid, 0, 2));
	ck_assert(!store_remove_set(st, sid, 0, 2));
	ck_assert(!store_remove_set(st, sid + 1, 0, 1));
	ck_assert(store_sessions(st, 0, 100000, &l));
	ck_assert_uint_eq(l.v[0].n_sets, 1);
	ck_assert_int_eq(l.v[0].sets[0].set_no, 1);
	ck_assert_int_eq(l.v[0].sets[0].reps, 8);
	logged_list_free(&l);
	store_close(st);
}
END_TEST

/* Run a shell command made with printf's format: 0 when it succeeds. */
static int run_sh(const char *fmt, ...) COACH_PRINTF(1, 2);
static int run_sh(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *cmd = xvasprintf(fmt, ap);
	va_end(ap);
	int rc = system(cmd);
	free(cmd);
	return rc;
}

/* The whole content of a file, NUL bytes and all (NULL when it cannot be read). */
static char *slurp_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct sbuf b = {0};
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sbuf_add(&b, buf, n);
	fclose(f);
	*len = b.len;
	if (!b.s)
		b.s = xstrdup("");
	return b.s;
}

static bool holds(const char *path, const char *needle)
{
	size_t len;
	char *s = slurp_file(path, &len);
	bool found = false;
	for (size_t i = 0; s && i + strlen(needle) <= len && !found; i++)
		found = memcmp(s + i, needle, strlen(needle)) == 0;
	free(s);
	return found;
}

START_TEST(forget_overwrites_every_file_before_it_goes)
{
	struct store *st;
	char *err = NULL;
	ck_assert(store_open(&st, db, &err));
	ck_assert(store_begin(st));
	add_one(st, 20000, 10);
	struct checkin ck = {.given = true, .mood = 2, .energy = 2, .anxiety = 4, .sleep = 5};
	ck_assert(store_add_checkin(st, 20000, &ck));
	ck_assert(store_add_screen(st, 20000, "phq9", "3,2,3,1,3,2,3,1,2", 20, "severe", true,
				   false));
	ck_assert(store_commit(st));
	store_close(st);
	/* a second name for each file: after forget, its inode must hold nothing */
	const char *suffix[] = {"", "-wal", "-shm"};
	char keep[3][128], file[3][128];
	for (int i = 0; i < 3; i++) {
		snprintf(file[i], sizeof(file[i]), "%s%s", db, suffix[i]);
		snprintf(keep[i], sizeof(keep[i]), "%s/keep%d", dir, i);
		ck_assert_msg(link(file[i], keep[i]) == 0, "%s", file[i]);
	}
	ck_assert(holds(keep[0], "3,2,3,1,3,2,3,1,2") || holds(keep[1], "3,2,3,1,3,2,3,1,2"));
	char *problem = NULL;
	int removed = 0;
	ck_assert_msg(store_forget(db, &problem, &removed), "%s", problem ? problem : "");
	ck_assert_ptr_null(problem);
	ck_assert_int_eq(removed, 3);
	for (int i = 0; i < 3; i++) {
		struct stat fs;
		ck_assert_int_ne(lstat(file[i], &fs), 0);
		ck_assert_int_eq(stat(keep[i], &fs), 0);
		ck_assert_int_eq(fs.st_size, 0);
	}
}
END_TEST

START_TEST(forget_of_a_log_it_cannot_open_says_so_and_still_overwrites)
{
	ck_assert_int_eq(run_sh("mkdir -p '%s/data' && printf 'phq9 3,3,3 not a "
				"database' > '%s'",
				dir, db),
			 0);
	char keep[128];
	snprintf(keep, sizeof(keep), "%s/keep", dir);
	ck_assert_int_eq(link(db, keep), 0);
	char *problem = NULL;
	int removed = 0;
	ck_assert(store_forget(db, &problem, &removed));
	ck_assert_ptr_nonnull(problem);
	ck_assert_ptr_nonnull(strstr(problem, "could not open the log"));
	ck_assert_ptr_nonnull(strstr(problem, "overwritten with zeros instead"));
	free(problem);
	ck_assert_int_eq(removed, 1);
	ck_assert(!holds(keep, "phq9"));
}
END_TEST

START_TEST(a_log_removed_or_replaced_under_a_running_coach_is_not_written)
{
	struct store *st;
	char *err = NULL;
	ck_assert(store_open(&st, db, &err));
	ck_assert(store_begin(st));
	add_one(st, 20000, 10);
	ck_assert(store_commit(st));
	ck_assert(store_still_there(st));
	/* another coach forgets everything */
	char *problem = NULL;
	int removed = 0;
	ck_assert(store_forget(db, &problem, &removed));
	free(problem);
	ck_assert(!store_still_there(st));
	ck_assert(!store_begin(st));
	ck_assert_ptr_nonnull(strstr(store_error(st), "was removed after the coach opened it"));
	struct checkin ck = {.given = true, .mood = 3, .energy = 3, .anxiety = 3, .sleep = 7};
	ck_assert(!store_add_checkin(st, 20001, &ck)); /* outside a transaction too */
	store_close(st);
	struct stat fs;
	ck_assert_int_ne(stat(db, &fs), 0); /* nothing brought back */

	/* replaced: a restore puts another file in its place */
	ck_assert(store_open(&st, db, &err));
	char other[128];
	snprintf(other, sizeof(other), "%s/other.db", dir);
	struct store *o;
	ck_assert(store_open(&o, other, &err));
	store_close(o);
	ck_assert_int_eq(rename(other, db), 0);
	ck_assert(!store_begin(st));
	ck_assert_ptr_nonnull(strstr(store_error(st), "was replaced"));
	store_close(st);
}
END_TEST

static char *file_bytes(const char *path, size_t *len)
{
	char *s = slurp_file(path, len);
	ck_assert_ptr_nonnull(s);
	return s;
}

START_TEST(a_newer_log_is_refused_before_anything_is_written)
{
	struct store *st;
	char *err = NULL;
	ck_assert(store_open(&st, db, &err));
	store_close(st);
	sqlite3 *raw;
	ck_assert_int_eq(sqlite3_open(db, &raw), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(raw, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(raw);
	size_t n0, n1, n2;
	char *before = file_bytes(db, &n0);
	ck_assert(!store_open(&st, db, &err));
	ck_assert_ptr_nonnull(strstr(err, "newer coach"));
	free(err);
	err = NULL;
	char *after = file_bytes(db, &n1);
	ck_assert(n0 == n1 && memcmp(before, after, n0) == 0); /* still not WAL, byte for byte */
	ck_assert(!store_open_read(&st, db, &err));
	ck_assert_ptr_nonnull(strstr(err, "newer coach"));
	free(err);
	char *again = file_bytes(db, &n2);
	ck_assert(n0 == n2 && memcmp(before, again, n0) == 0);
	free(before);
	free(after);
	free(again);
}
END_TEST

START_TEST(reading_writes_nothing_and_needs_no_lock)
{
	struct store *st, *rd;
	char *err = NULL;
	/* no log yet: an empty one, and no file made */
	ck_assert_msg(store_open_read(&rd, db, &err), "%s", err ? err : "");
	ck_assert_uint_eq(count_sessions(rd), 0);
	store_close(rd);
	struct stat fs;
	ck_assert_int_ne(stat(db, &fs), 0);
	ck_assert(store_open(&st, db, &err));
	ck_assert(store_begin(st));
	add_one(st, 20000, 10);
	ck_assert(store_commit(st));
	/* a long write holds the lock: a reader still reads what was committed */
	ck_assert(store_begin(st));
	add_one(st, 20001, 10);
	ck_assert_msg(store_open_read(&rd, db, &err), "%s", err ? err : "");
	ck_assert_uint_eq(count_sessions(rd), 1);
	ck_assert(!store_begin(rd)); /* and cannot write */
	store_close(rd);
	ck_assert(store_commit(st));
	store_close(st);
}
END_TEST

START_TEST(an_older_log_is_read_without_being_upgraded)
{
	struct store *st;
	char *err = NULL;
	ck_assert(store_open_at(&st, db, 2, &err));
	store_close(st);
	/* a session as the coach of schema 2 wrote it; the WAL settled into the
	 * file, so the bytes can be compared */
	sqlite3 *raw;
	ck_assert_int_eq(sqlite3_open(db, &raw), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(raw,
				      "INSERT INTO session (date, program, logged_at) VALUES "
				      "(20000, 'gordon-home', 0); PRAGMA wal_checkpoint(TRUNCATE)",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(raw);
	size_t n0, n1;
	char *before = file_bytes(db, &n0);
	ck_assert_msg(store_open_read(&st, db, &err), "%s", err ? err : "");
	ck_assert_int_eq(store_version(st), STORE_SCHEMA_VERSION); /* the copy in memory */
	ck_assert_uint_eq(count_sessions(st), 1);
	store_close(st);
	char *after = file_bytes(db, &n1);
	ck_assert(n0 == n1 && memcmp(before, after, n0) == 0);
	free(before);
	free(after);
}
END_TEST

START_TEST(folders_through_links_work_but_links_as_the_log_are_refused)
{
	/* /home -> var/home, --home through a link, data/ as a link */
	char real[128], link_home[128], path[192];
	snprintf(real, sizeof(real), "%s/var/home", dir);
	ck_assert_int_eq(run_sh("mkdir -p '%s/data'", real), 0);
	snprintf(link_home, sizeof(link_home), "%s/home", dir);
	ck_assert_int_eq(symlink("var/home", link_home), 0);
	snprintf(path, sizeof(path), "%s/data/coach.db", link_home);
	struct store *st;
	char *err = NULL;
	ck_assert_msg(store_open(&st, path, &err), "%s", err ? err : "");
	ck_assert(store_begin(st));
	add_one(st, 20000, 10);
	ck_assert(store_commit(st));
	store_close(st);
	ck_assert_msg(store_open_read(&st, path, &err), "%s", err ? err : "");
	ck_assert_uint_eq(count_sessions(st), 1);
	store_close(st);
	/* the -wal as a link: refused, and the reason given */
	char wal[200], target[160];
	snprintf(wal, sizeof(wal), "%s-wal", path);
	snprintf(target, sizeof(target), "%s/elsewhere", dir);
	unlink(wal);
	ck_assert_int_eq(symlink(target, wal), 0);
	ck_assert(!store_open(&st, path, &err));
	ck_assert_ptr_nonnull(strstr(err, "-wal is a symbolic link"));
	free(err);
	err = NULL;
	ck_assert(!store_open_read(&st, path, &err));
	ck_assert_ptr_nonnull(strstr(err, "symbolic link"));
	free(err);
	struct stat fs;
	ck_assert_int_ne(stat(target, &fs), 0); /* nothing written where it pointed */
}
END_TEST

Suite *suite_store(void)
{
	Suite *s = suite_create("store");
	TCase *t = tcase_create("store");
	tcase_set_timeout(t, 30);
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, a_new_log_has_every_migration);
	tcase_add_test(t, every_older_schema_migrates_and_keeps_its_data);
	tcase_add_test(t, notes_and_body_weight_are_kept);
	tcase_add_test(t, a_log_from_a_newer_coach_is_refused);
	tcase_add_test(t, files_are_private_whatever_the_umask);
	tcase_add_test(t, a_symlinked_log_is_refused);
	tcase_add_test(t, a_process_killed_mid_transaction_leaves_a_consistent_log);
	tcase_add_test(t, two_writers_at_once_lose_nothing);
	tcase_add_test(t, a_set_entered_by_mistake_can_be_taken_out);
	tcase_add_test(t, forget_overwrites_every_file_before_it_goes);
	tcase_add_test(t, forget_of_a_log_it_cannot_open_says_so_and_still_overwrites);
	tcase_add_test(t, a_log_removed_or_replaced_under_a_running_coach_is_not_written);
	tcase_add_test(t, a_newer_log_is_refused_before_anything_is_written);
	tcase_add_test(t, reading_writes_nothing_and_needs_no_lock);
	tcase_add_test(t, an_older_log_is_read_without_being_upgraded);
	tcase_add_test(t, folders_through_links_work_but_links_as_the_log_are_refused);
	suite_add_tcase(s, t);
	return s;
}
