#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "coach/paths.h"
#include "coach/profile.h"
#include "suites.h"

static char tmpdir[64];

static void setup(void)
{
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/coach-test-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static const char full[] = "coach_profile: 1\n"
			   "name: 'Alex: \"the\" lifter'\n"
			   "units: lb\n"
			   "level: intermediate\n"
			   "weekdays: [mon, wed, fri]\n"
			   "minutes: 45\n"
			   "equipment:\n"
			   "  dumbbells: [10, 2.5, 5]\n"
			   "  kettlebells: [8, 12]\n"
			   "  bands: [red, yellow]\n"
			   "  barbell: {bar: 20, plates: [1.25, 2.5, 5, 10]}\n"
			   "  bench: true\n"
			   "  pullup-bar: false\n"
			   "dislikes: [burpee, push-up]\n"
			   "health:\n"
			   "  hypertension: true\n"
			   "  parq_cleared: false\n"
			   "country: gb\n"
			   "program: gordon-home\n"
			   "start: 2026-11-02\n";

static void read_profile_text(struct profile *p, const char *text)
{
	char *path = xasprintf("%s/in.yaml", tmpdir);
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	struct diags d = {0};
	bool ok = profile_load(p, path, &d);
	ck_assert_msg(ok, "%s", d.len ? d.v[0].msg : "?");
	diags_free(&d);
	free(path);
}

START_TEST(every_key_is_read)
{
	struct profile p;
	read_profile_text(&p, full);
	ck_assert_str_eq(p.name, "Alex: \"the\" lifter");
	ck_assert_int_eq(p.units, UNITS_LB);
	ck_assert_int_eq(p.level, LEVEL_INTERMEDIATE);
	ck_assert_uint_eq(p.weekdays, (1u << WD_MON) | (1u << WD_WED) | (1u << WD_FRI));
	ck_assert_int_eq(p.minutes, 45);
	ck_assert_uint_eq(p.n_dumbbells, 3);
	ck_assert_double_eq(p.dumbbells[0], 2.5); /* sorted */
	ck_assert_double_eq(p.dumbbells[2], 10);
	ck_assert_uint_eq(p.bands, (1u << BAND_RED) | (1u << BAND_YELLOW));
	ck_assert(p.has_barbell);
	ck_assert_double_eq(p.bar, 20);
	ck_assert_uint_eq(p.n_plates, 4);
	ck_assert(p.bench && !p.pullup_bar);
	ck_assert_uint_eq(p.n_dislikes, 2);
	ck_assert(p.hypertension && !p.parq_cleared);
	ck_assert_str_eq(p.country, "gb");
	ck_assert_str_eq(p.program, "gordon-home");
	unsigned eq = profile_equipment(&p);
	ck_assert(eq & (1u << EQ_BODYWEIGHT)); /* always there */
	ck_assert(eq & (1u << EQ_BARBELL));
	ck_assert(!(eq & (1u << EQ_PULLUP_BAR)));
	profile_free(&p);
}
END_TEST

START_TEST(save_reads_back_identical)
{
	struct profile p, q;
	read_profile_text(&p, full);
	char *path = xasprintf("%s/cfg/sub/profile.yaml", tmpdir);
	char *err = NULL;
	ck_assert_msg(profile_save(&p, path, &err), "%s", err ? err : "");
	struct diags d = {0};
	ck_assert(profile_load(&q, path, &d));
	char *a = profile_to_yaml(&p), *b = profile_to_yaml(&q);
	ck_assert_str_eq(a, b);
	/* the same facts, not only the same text */
	ck_assert_str_eq(q.name, p.name);
	ck_assert_int_eq(q.start, p.start);
	ck_assert_uint_eq(q.n_plates, p.n_plates);
	ck_assert_double_eq(q.plates[0], 1.25);
	ck_assert(q.hypertension && !q.parq_cleared);
	/* saving again writes the same bytes */
	ck_assert(profile_save(&q, path, &err));
	FILE *f = fopen(path, "r");
	char buf[4096];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	ck_assert_str_eq(buf, b);
	free(a);
	free(b);
	free(path);
	diags_free(&d);
	profile_free(&p);
	profile_free(&q);
}
END_TEST

START_TEST(files_are_private_whatever_the_umask)
{
	mode_t old = umask(022);
	struct profile p;
	profile_defaults(&p);
	char *dir = xasprintf("%s/new/config", tmpdir);
	char *path = xasprintf("%s/profile.yaml", dir);
	char *err = NULL;
	ck_assert(profile_save(&p, path, &err));
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	ck_assert_int_eq(stat(dir, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0700);
	/* no temporary file is left behind */
	char *cmd = xasprintf("test $(ls -A '%s' | wc -l) -eq 1", dir);
	ck_assert_int_eq(system(cmd), 0);
	umask(old);
	free(cmd);
	free(dir);
	free(path);
	profile_free(&p);
}
END_TEST

START_TEST(a_symlinked_profile_is_refused)
{
	struct profile p;
	profile_defaults(&p);
	char *target = xasprintf("%s/elsewhere", tmpdir);
	char *path = xasprintf("%s/profile.yaml", tmpdir);
	FILE *f = fopen(target, "w");
	fputs("keep me\n", f);
	fclose(f);
	ck_assert_int_eq(symlink(target, path), 0);
	char *err = NULL;
	ck_assert(!profile_save(&p, path, &err));
	ck_assert_ptr_nonnull(strstr(err, "symbolic link"));
	f = fopen(target, "r");
	char buf[32] = "";
	ck_assert_ptr_nonnull(fgets(buf, sizeof(buf), f));
	fclose(f);
	ck_assert_str_eq(buf, "keep me\n");
	free(err);
	free(target);
	free(path);
}
END_TEST

START_TEST(set_checks_values_like_the_file)
{
	struct profile p;
	read_profile_text(&p, full);
	struct diags d = {0};
	ck_assert(profile_set(&p, "minutes", "60", NULL, &d));
	ck_assert_int_eq(p.minutes, 60);
	ck_assert(profile_set(&p, "weekdays", "tue,thu", NULL, &d));
	ck_assert_uint_eq(p.weekdays, (1u << WD_TUE) | (1u << WD_THU));
	ck_assert(profile_set(&p, "weekdays", "[sat, sun]", NULL, &d));
	ck_assert_uint_eq(p.weekdays, (1u << WD_SAT) | (1u << WD_SUN));
	ck_assert(profile_set(&p, "equipment.dumbbells", "4,6,8", NULL, &d));
	ck_assert_uint_eq(p.n_dumbbells, 3);
	ck_assert(profile_set(&p, "equipment.dumbbells", "12", NULL, &d)); /* a one-item list */
	ck_assert_uint_eq(p.n_dumbbells, 1);
	ck_assert(profile_set(&p, "health.hypertension", "false", NULL, &d));
	ck_assert(!p.hypertension);
	ck_assert(profile_set(&p, "equipment.barbell", "none", NULL, &d));
	ck_assert(!p.has_barbell);
	ck_assert(profile_set(&p, "program", "", NULL, &d)); /* empty clears an optional key */
	ck_assert_ptr_null(p.program);
	ck_assert(profile_set(&p, "name", "Sam", NULL, &d));
	ck_assert_str_eq(p.name, "Sam");
	ck_assert_uint_eq(d.len, 0);

	/* bad values: a message, and the profile unchanged */
	ck_assert(!profile_set(&p, "minutes", "500", NULL, &d));
	ck_assert_int_eq(p.minutes, 60);
	ck_assert_ptr_nonnull(strstr(d.v[0].msg, "from 10 to 180"));
	ck_assert(!profile_set(&p, "weekdays", "mon,funday", NULL, &d));
	ck_assert_uint_eq(p.weekdays, (1u << WD_SAT) | (1u << WD_SUN));
	ck_assert(!profile_set(&p, "equipment.bands", "purple", NULL, &d));
	ck_assert(!profile_set(&p, "start", "2026-02-30", NULL, &d));
	ck_assert(!profile_set(&p, "minuts", "30", NULL, &d));
	ck_assert_ptr_nonnull(strstr(d.v[d.len - 1].msg, "did you mean 'minutes'"));
	ck_assert(!profile_set(&p, "units", "stone", NULL, &d));
	ck_assert_int_eq(p.units, UNITS_LB);
	diags_free(&d);
	profile_free(&p);
}
END_TEST

START_TEST(missing_required_keys_are_named)
{
	char *path = xasprintf("%s/p.yaml", tmpdir);
	FILE *f = fopen(path, "w");
	fputs("coach_profile: 1\nunits: kg\nlevel: beginner\n", f);
	fclose(f);
	struct profile p;
	struct diags d = {0};
	ck_assert(!profile_load(&p, path, &d));
	ck_assert_uint_eq(d.len, 2);
	ck_assert_ptr_nonnull(strstr(d.v[0].msg, "missing required key 'weekdays'"));
	ck_assert_ptr_nonnull(strstr(d.v[1].msg, "missing required key 'minutes'"));
	ck_assert_int_eq(d.v[0].line, 1);
	diags_free(&d);
	profile_free(&p);
	free(path);
}
END_TEST

Suite *suite_profile(void)
{
	Suite *s = suite_create("profile");
	TCase *t = tcase_create("profile");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, every_key_is_read);
	tcase_add_test(t, save_reads_back_identical);
	tcase_add_test(t, files_are_private_whatever_the_umask);
	tcase_add_test(t, a_symlinked_profile_is_refused);
	tcase_add_test(t, set_checks_values_like_the_file);
	tcase_add_test(t, missing_required_keys_are_named);
	suite_add_tcase(s, t);
	return s;
}
