/* The training log: migrations, permissions, crashes and two writers. */
#include <signal.h>
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
	struct set_done sets[2] = {{reps, 10, -1, 2}, {reps, 10, -1, 1}};
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

START_TEST(wipe_leaves_nothing_behind)
{
	struct store *st;
	char *err = NULL;
	ck_assert(store_open(&st, db, &err));
	ck_assert(store_begin(st));
	add_one(st, 20000, 10);
	struct checkin ck = {.given = true, .mood = 2, .energy = 2, .anxiety = 4, .sleep = 5};
	ck_assert(store_add_checkin(st, 20000, &ck));
	ck_assert(store_add_screen(st, 20000, "phq9", "1,1,1,1,1,1,1,1,1", 9, "mild", true));
	ck_assert(store_commit(st));
	ck_assert(store_wipe(st));
	ck_assert_uint_eq(count_sessions(st), 0);
	struct checkin back;
	ck_assert(store_get_checkin(st, 20000, &back));
	ck_assert(!back.given);
	ck_assert_int_eq(store_last_screen(st, "phq9", NULL), -1);
	store_close(st);
	/* the mood answers are not left in the file's free pages */
	char *cmd = xasprintf("! cat '%s'* | grep -q '1,1,1,1,1,1,1,1,1'", db);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
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
	tcase_add_test(t, a_log_from_a_newer_coach_is_refused);
	tcase_add_test(t, files_are_private_whatever_the_umask);
	tcase_add_test(t, a_symlinked_log_is_refused);
	tcase_add_test(t, a_process_killed_mid_transaction_leaves_a_consistent_log);
	tcase_add_test(t, two_writers_at_once_lose_nothing);
	tcase_add_test(t, a_set_entered_by_mistake_can_be_taken_out);
	tcase_add_test(t, wipe_leaves_nothing_behind);
	suite_add_tcase(s, t);
	return s;
}
