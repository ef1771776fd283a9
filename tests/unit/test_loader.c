/* The loader and validator against the bundled catalogue, the reference
 * numbers of coaching-rules.md, and every file under tests/data/{good,bad}. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/catalog.h"
#include "coach/clock.h"
#include "coach/validate.h"
#include "suites.h"

static char **bad_files, **good_files;
static size_t n_bad, n_good;

static void load_bundled(struct catalog *cat)
{
	struct diags d = {0};
	ck_assert(catalog_add_dir(cat, SOURCE_PROGRAMS, &d));
	ck_assert(catalog_check(cat, &d));
	ck_assert_uint_eq(d.len, 0);
	diags_free(&d);
}

START_TEST(bundled_catalogue_is_complete)
{
	struct catalog cat = {0};
	load_bundled(&cat);
	const char *ids[] = {
		"gordon-gym",	"gordon-home",		 "first-steps-bodyweight",  "band-basics",
		"gentle-start", "steady-strength-older", "strength-for-mood-older", "upper-lower-4",
		"barbell-5x5",	"gym-top-sets",		 "low-energy-circuit"};
	const size_t n_ids = sizeof(ids) / sizeof(ids[0]);
	ck_assert_uint_eq(cat.n_programs, n_ids);
	ck_assert_uint_ge(cat.n_exercises, 60);
	ck_assert(cat.has_policy);
	for (size_t i = 0; i < n_ids; i++) {
		const struct program *p = catalog_program(&cat, ids[i]);
		ck_assert_msg(p, "missing program %s", ids[i]);
		ck_assert_msg(p->evidence, "program %s names no evidence", ids[i]);
	}
	/* every pattern, for every kind of equipment the issue names */
	const enum pattern pats[] = {PAT_SQUAT,	 PAT_HINGE,  PAT_LUNGE, PAT_PUSH_H, PAT_PUSH_V,
				     PAT_PULL_H, PAT_PULL_V, PAT_CORE,	PAT_CARRY};
	for (size_t i = 0; i < sizeof(pats) / sizeof(pats[0]); i++) {
		bool any = false;
		for (size_t j = 0; j < cat.n_exercises; j++)
			any |= cat.exercises[j]->pattern == pats[i];
		ck_assert_msg(any, "no %s exercise", pattern_names[pats[i]]);
	}
	const enum equipment eqs[] = {EQ_BODYWEIGHT, EQ_BAND, EQ_DUMBBELL, EQ_KETTLEBELL,
				      EQ_BARBELL};
	for (size_t i = 0; i < sizeof(eqs) / sizeof(eqs[0]); i++) {
		size_t k = 0;
		for (size_t j = 0; j < cat.n_exercises; j++)
			k += (cat.exercises[j]->equipment & (1u << eqs[i])) != 0;
		ck_assert_msg(k >= 5, "only %zu %s exercises", k, equipment_names[eqs[i]]);
	}
	for (size_t j = 0; j < cat.n_exercises; j++) {
		ck_assert(cat.exercises[j]->effort && *cat.exercises[j]->effort);
		ck_assert(cat.exercises[j]->ret && *cat.exercises[j]->ret);
	}
	catalog_free(&cat);
}
END_TEST

START_TEST(gordon_protocol_matches_the_trial)
{
	/* science.md: 2x/wk, 8 weeks, 8 exercises, 2 x 8-12, 1 min between sets,
	 * 2 weeks' familiarisation */
	struct catalog cat = {0};
	load_bundled(&cat);
	const char *ids[] = {"gordon-gym", "gordon-home"};
	for (int i = 0; i < 2; i++) {
		const struct program *p = catalog_program(&cat, ids[i]);
		ck_assert_int_eq(p->days_per_week, 2);
		ck_assert_int_eq(p->weeks, 8);
		ck_assert_uint_eq(p->days[0].n_slots, 8);
		for (size_t j = 0; j < p->days[0].n_slots; j++) {
			const struct slot *s = &p->days[0].slots[j];
			struct slot_params w3 = program_slot_week(p, s, 3);
			struct slot_params w1 = program_slot_week(p, s, 1);
			ck_assert_int_eq(w3.sets, 2);
			ck_assert_int_eq(w3.reps_min, 8);
			ck_assert_int_eq(w3.reps_max, 12);
			ck_assert_int_eq(w3.rest_s, 60);
			ck_assert_int_lt(w1.sets, w3.sets); /* familiarisation is lighter */
		}
	}
	catalog_free(&cat);
}
END_TEST

START_TEST(slots_resolve_to_ladders_and_exercises)
{
	struct catalog cat = {0};
	load_bundled(&cat);
	const struct program *p = catalog_program(&cat, "first-steps-bodyweight");
	size_t ladders = 0;
	for (size_t i = 0; i < p->n_days; i++)
		for (size_t j = 0; j < p->days[i].n_slots; j++) {
			const struct slot *s = &p->days[i].slots[j];
			if (s->p.prog.model == PM_LADDER) {
				ck_assert_int_eq(s->kind, SLOT_LADDER);
				ck_assert_ptr_nonnull(catalog_ladder(&cat, s->ref));
				ladders++;
			}
		}
	ck_assert_uint_ge(ladders, 3);
	/* the push-up ladder shares its id with the push-up exercise */
	ck_assert_ptr_nonnull(catalog_ladder(&cat, "push-up"));
	ck_assert_ptr_nonnull(catalog_exercise(&cat, "push-up"));
	catalog_free(&cat);
}
END_TEST

START_TEST(policy_holds_the_coaching_rules)
{
	/* the numbers of coaching-rules.md, read from the shipped policy file */
	struct catalog cat = {0};
	load_bundled(&cat);
	const struct policy *p = &cat.policy;
	ck_assert_double_eq(p->low_mood_max, 2);
	ck_assert_double_eq(p->low_energy_max, 2);
	ck_assert_double_eq(p->low_sleep_below_h, 5);
	ck_assert_double_eq(p->low_sets_delta, -1);
	ck_assert_double_eq(p->low_rir_delta, 1);
	ck_assert_double_eq(p->anxious_anxiety_min, 4);
	ck_assert_double_eq(p->anxious_breathing_min, 2);
	ck_assert_double_eq(p->anxious_inhale_s, 4);
	ck_assert_double_eq(p->anxious_exhale_s, 6);
	ck_assert_double_eq(p->anxious_rest_extra_s, 30);
	ck_assert_double_eq(p->anxious_rir_min, 3);
	ck_assert_double_eq(p->anxious_max_pct_e1rm, 70);
	ck_assert_double_eq(p->short_sleep_from_h, 5);
	ck_assert_double_eq(p->short_sleep_to_h, 6);
	ck_assert_double_eq(p->short_sleep_lower_body_load_pct, -5);
	ck_assert_double_eq(p->good_mood_min, 4);
	ck_assert_double_eq(p->good_energy_min, 4);
	ck_assert_double_eq(p->good_anxiety_max, 2);
	ck_assert_double_eq(p->good_sleep_min_h, 7);
	ck_assert_double_eq(p->hypertension_rir_min, 2);
	ck_assert_double_eq(p->parq_rir_min, 4);
	ck_assert_double_eq(p->beginner_familiarisation_weeks, 2);
	ck_assert_double_eq(p->beginner_rir_min, 3);
	ck_assert_double_eq(p->linear_fail_limit, 3);
	ck_assert_double_eq_tol(p->linear_deload, 0.10, 1e-9);
	ck_assert_double_eq(p->time_off_gap_days, 28);
	ck_assert_double_eq_tol(p->time_off_load_factor, 0.9, 1e-9);
	ck_assert_double_eq(p->long_time_off_gap_days, 56);
	ck_assert_double_eq_tol(p->long_time_off_load_factor, 0.8, 1e-9);
	ck_assert_double_eq_tol(p->deload_sets_factor, 0.6, 1e-9);
	ck_assert_double_eq_tol(p->deload_load_factor, 0.9, 1e-9);
	ck_assert_double_eq(p->deload_rir_delta, 1);
	ck_assert_double_eq(p->screens_short_every_days, 7);
	ck_assert_double_eq(p->screens_full_every_days, 14);
	ck_assert_double_eq(p->screens_short_positive, 3);
	ck_assert_double_eq(p->screens_refer_at, 15);
	ck_assert_double_eq(p->week_strength_days_target, 2);
	ck_assert_double_eq(p->week_aerobic_min_target, 150);
	catalog_free(&cat);
}
END_TEST

/* The expectation of a bad file: "# expect: LINE:COL: TEXT" on its first
 * line, or the same line in NAME.expect beside it. */
static bool read_expect(const char *path, int *line, int *col, char *text, size_t size)
{
	char buf[512] = "";
	char *side = NULL;
	FILE *f = fopen(path, "rb");
	if (f) {
		if (!fgets(buf, sizeof(buf), f))
			buf[0] = '\0';
		fclose(f);
	}
	if (strncmp(buf, "# expect: ", 10) != 0) {
		size_t n = strlen(path);
		side = malloc(n + 8);
		memcpy(side, path, n);
		strcpy(side + n, ".expect");
		f = fopen(side, "rb");
		free(side);
		buf[0] = '\0';
		if (f) {
			if (!fgets(buf, sizeof(buf), f))
				buf[0] = '\0';
			fclose(f);
		}
		if (strncmp(buf, "# expect: ", 10) != 0)
			return false;
	}
	buf[strcspn(buf, "\r\n")] = '\0';
	int used = 0;
	if (sscanf(buf + 10, "%d:%d: %n", line, col, &used) != 2 || used == 0)
		return false;
	snprintf(text, size, "%s", buf + 10 + used);
	return true;
}

START_TEST(bad_file_reports_its_error)
{
	const char *path = bad_files[_i];
	int line, col;
	char want[400];
	ck_assert_msg(read_expect(path, &line, &col, want, sizeof(want)),
		      "%s has no '# expect: LINE:COL: MESSAGE' line", path);

	struct catalog cat = {0};
	load_bundled(&cat);
	size_t programs = cat.n_programs, exercises = cat.n_exercises;
	struct diags d = {0};
	size_t files;
	ck_assert(!validate_paths(&cat, &path, 1, clock_today(), &d, &files));
	diags_sort(&d);
	const struct diag *first = NULL;
	for (size_t i = 0; i < d.len && !first; i++)
		if (strcmp(d.v[i].path, path) == 0)
			first = &d.v[i];
	ck_assert_msg(first, "%s: no error reported for this file", path);
	ck_assert_msg(strstr(first->msg, want), "%s: first error is '%d:%d: %s', expected '%s'",
		      path, first->line, first->col, first->msg, want);
	ck_assert_msg(first->line == line && first->col == col,
		      "%s: error '%s' at %d:%d, expected %d:%d", path, first->msg, first->line,
		      first->col, line, col);
	/* nothing from a bad file is half-loaded */
	ck_assert_uint_eq(cat.n_programs, programs);
	ck_assert_uint_eq(cat.n_exercises, exercises);
	diags_free(&d);
	catalog_free(&cat);
}
END_TEST

START_TEST(good_file_is_valid)
{
	const char *path = good_files[_i];
	struct catalog cat = {0};
	load_bundled(&cat);
	struct diags d = {0};
	size_t files;
	bool ok = validate_paths(&cat, &path, 1, clock_today(), &d, &files);
	ck_assert_msg(ok, "%s: %s at %d:%d", path, d.len ? d.v[0].msg : "?",
		      d.len ? d.v[0].line : 0, d.len ? d.v[0].col : 0);
	diags_free(&d);
	catalog_free(&cat);
}
END_TEST

START_TEST(a_directory_reports_every_bad_file_in_one_pass)
{
	struct catalog cat = {0};
	load_bundled(&cat);
	struct diags d = {0};
	size_t files;
	const char *dir = TEST_DATA "/bad";
	ck_assert(!validate_paths(&cat, &dir, 1, clock_today(), &d, &files));
	ck_assert_uint_ge(files, n_bad);
	/* every file has at least one problem */
	for (size_t i = 0; i < n_bad; i++) {
		bool found = false;
		for (size_t j = 0; j < d.len && !found; j++)
			found = strcmp(d.v[j].path, bad_files[i]) == 0;
		ck_assert_msg(found, "%s: no error when read with its directory", bad_files[i]);
	}
	diags_free(&d);
	catalog_free(&cat);
}
END_TEST

static void list(const char *dir, char ***out, size_t *n)
{
	struct diags d = {0};
	yaml_files_below(dir, out, n, &d);
	diags_free(&d);
}

Suite *suite_loader(void)
{
	clock_pin(date_from_civil(2026, 11, 26));
	list(TEST_DATA "/bad", &bad_files, &n_bad);
	list(TEST_DATA "/good", &good_files, &n_good);
	Suite *s = suite_create("loader");
	TCase *t = tcase_create("catalogue");
	tcase_set_timeout(t, 30);
	tcase_add_test(t, bundled_catalogue_is_complete);
	tcase_add_test(t, gordon_protocol_matches_the_trial);
	tcase_add_test(t, slots_resolve_to_ladders_and_exercises);
	tcase_add_test(t, policy_holds_the_coaching_rules);
	suite_add_tcase(s, t);
	TCase *f = tcase_create("files");
	tcase_set_timeout(f, 60);
	tcase_add_loop_test(f, bad_file_reports_its_error, 0, (int)n_bad);
	tcase_add_loop_test(f, good_file_is_valid, 0, (int)n_good);
	tcase_add_test(f, a_directory_reports_every_bad_file_in_one_pass);
	suite_add_tcase(s, f);
	return s;
}
