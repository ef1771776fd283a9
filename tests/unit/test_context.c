/* The context both front ends open: the catalogue loaded once, a problem in
 * the user's own programs left out (and counted) while one in the bundled
 * catalogue or a --programs directory stops the coach, and the profile and
 * log found where the paths say. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "coach/context.h"
#include "coach/profile.h"
#include "coach/store.h"
#include "suites.h"

static char tmpdir[64];
static struct ctx x;

static void setup(void)
{
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/coach-test-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	setenv("COACH_DATADIR", SOURCE_PROGRAMS "/..", 1);
	memset(&x, 0, sizeof(x));
	char *err = NULL;
	ck_assert_msg(ctx_init(&x, tmpdir, NULL, &err), "%s", err ? err : "?");
}

static void teardown(void)
{
	ctx_free(&x);
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static void write_text(const char *path, const char *text)
{
	char *err = NULL;
	ck_assert_msg(write_file_atomic(path, text, strlen(text), &err), "%s", err ? err : "?");
}

/* A program file whose one problem is an unknown key. */
static const char broken_program[] = "coach_program: 1\nid: mine\nnmae: typo\n";

START_TEST(the_bundled_catalogue_loads_once)
{
	struct diags d = {0};
	ck_assert(ctx_catalog(&x, &d));
	ck_assert_uint_eq(d.len, 0);
	ck_assert_uint_gt(x.cat.n_programs, 0);
	ck_assert(x.cat.has_policy);
	size_t n = x.cat.n_programs;
	/* a second call reads nothing again and adds nothing */
	ck_assert(ctx_catalog(&x, &d));
	ck_assert_uint_eq(d.len, 0);
	ck_assert_uint_eq(x.cat.n_programs, n);
	diags_free(&d);
}
END_TEST

START_TEST(a_problem_in_your_own_programs_leaves_that_file_out)
{
	char *dir = xasprintf("%s/programs", x.paths.data_dir);
	char *err = NULL;
	ck_assert(mkdir_private(dir, &err));
	char *file = xasprintf("%s/mine.yaml", dir);
	write_text(file, broken_program);
	struct diags d = {0};
	ck_assert(ctx_catalog(&x, &d)); /* the coach still runs */
	ck_assert_uint_eq(x.own_problems, d.len);
	ck_assert_uint_ge(d.len, 1);
	ck_assert_str_eq(d.v[0].path, file);
	ck_assert_ptr_null(catalog_program(&x.cat, "mine"));
	diags_free(&d);
	free(file);
	free(dir);
}
END_TEST

START_TEST(a_problem_in_a_programs_directory_stops_the_coach)
{
	char *dir = xasprintf("%s/extra", tmpdir);
	char *file = xasprintf("%s/mine.yaml", dir);
	write_text(file, broken_program);
	const char *dirs[] = {dir};
	x.program_dirs = dirs;
	x.n_program_dirs = 1;
	struct diags d = {0};
	ck_assert(!ctx_catalog(&x, &d));
	ck_assert_uint_eq(x.own_problems, 0);
	ck_assert_uint_ge(d.len, 1);
	/* asked again, the answer stays */
	ck_assert(!ctx_catalog(&x, &d));
	x.program_dirs = NULL;
	diags_free(&d);
	free(file);
	free(dir);
}
END_TEST

START_TEST(the_profile_and_its_program_are_read_from_the_paths)
{
	struct diags d = {0};
	ck_assert(ctx_catalog(&x, &d));
	ck_assert(!ctx_has_profile(&x));
	struct profile p;
	profile_defaults(&p);
	ck_assert(profile_set(&p, "program", "gordon-home", "test", &d));
	char *err = NULL;
	ck_assert_msg(profile_save(&p, x.paths.profile, &err), "%s", err ? err : "?");
	profile_free(&p);
	ck_assert(ctx_has_profile(&x));
	struct profile q;
	ck_assert(ctx_profile(&x, &q, &d));
	const struct program *prog = ctx_program(&x, &q);
	ck_assert_ptr_nonnull(prog);
	ck_assert_str_eq(prog->id, "gordon-home");
	profile_free(&q);
	/* a profile with a problem is not read, and the problem is named */
	write_text(x.paths.profile, "coach_profile: 1\nminutes: lots\n");
	ck_assert(!ctx_profile(&x, &q, &d));
	ck_assert_uint_ge(d.len, 1);
	ck_assert_str_eq(d.v[0].path, x.paths.profile);
	diags_free(&d);
}
END_TEST

START_TEST(the_log_is_created_private_where_the_paths_say)
{
	struct store *st;
	char *err = NULL;
	ck_assert_msg(ctx_store(&x, &st, &err), "%s", err ? err : "?");
	store_close(st);
	struct stat sb;
	ck_assert_int_eq(stat(x.paths.database, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
}
END_TEST

Suite *suite_context(void)
{
	Suite *s = suite_create("context");
	TCase *t = tcase_create("context");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, the_bundled_catalogue_loads_once);
	tcase_add_test(t, a_problem_in_your_own_programs_leaves_that_file_out);
	tcase_add_test(t, a_problem_in_a_programs_directory_stops_the_coach);
	tcase_add_test(t, the_profile_and_its_program_are_read_from_the_paths);
	tcase_add_test(t, the_log_is_created_private_where_the_paths_say);
	suite_add_tcase(s, t);
	return s;
}
