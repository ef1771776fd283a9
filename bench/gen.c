/* bench-gen: make the data the benchmarks read.
 *   bench-gen catalog DIR PROGRAMS EXERCISES   a synthetic catalogue
 *   bench-gen log HOME CATALOGUE YEARS          a profile and a training log of YEARS
 * The log has about six sessions a week of some 20 sets, a check-in for each,
 * mood after, aerobic minutes and a questionnaire every two weeks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "coach/catalog.h"
#include "coach/clock.h"
#include "coach/paths.h"
#include "coach/profile.h"
#include "coach/progression.h"
#include "coach/store.h"

static const char *const patterns[] = {"squat",	 "hinge",  "lunge", "push-h", "push-v",
				       "pull-h", "pull-v", "core",  "carry",  "isolation"};

static int gen_catalog(const char *dir, int programs, int exercises)
{
	char *path = xasprintf("%s/exercises", dir);
	char *err = NULL;
	if (!mkdir_private(path, &err)) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	for (int f = 0; f * 100 < exercises; f++) {
		char *p = xasprintf("%s/lib-%02d.yaml", path, f);
		FILE *fp = fopen(p, "w");
		fprintf(fp, "coach_exercises: 1\nexercises:\n");
		for (int i = f * 100; i < exercises && i < (f + 1) * 100; i++)
			fprintf(fp,
				"  - id: bx-%04d\n    name: \"Bench exercise %d\"\n    pattern: "
				"%s\n"
				"    muscles: [quads, glutes, core]\n    equipment: [%s]\n"
				"    load: %s\n    lower_body: %s\n"
				"    phases: {effort: \"push it up\", return: \"lower it down\"}\n"
				"    cue: \"Brace, breathe out on the way up, and move with "
				"control.\"\n"
				"    aliases: [\"Bench Exercise %d (Dumbbell)\"]\n",
				i, i, patterns[i % 10], i % 2 ? "dumbbell" : "bodyweight",
				i % 2 ? "external" : "bodyweight", i % 3 ? "false" : "true", i);
		if (f == 0)
			fprintf(fp, "ladders:\n  - id: bx-ladder\n    pattern: squat\n"
				    "    steps: [bx-0000, bx-0010, bx-0020]\n");
		fclose(fp);
		free(p);
	}
	free(path);
	for (int k = 0; k < programs; k++) {
		char *p = xasprintf("%s/bench-%04d.yaml", dir, k);
		FILE *fp = fopen(p, "w");
		int days = 3 + k % 2;
		fprintf(fp,
			"coach_program: 1\nid: bench-%04d\nname: \"Bench program %d\"\n"
			"summary: \"A synthetic program for the benchmarks.\"\n"
			"description: |\n  A program made by bench-gen. It has %d days of six "
			"exercises,\n"
			"  double progression and a deload every fourth week.\n"
			"level: beginner\ngoals: [mood, anxiety, strength]\n"
			"equipment: [dumbbell]\ndays_per_week: %d\nminutes: 45\nweeks: 12\n"
			"evidence: \"Synthetic.\"\ndeload: {every: 4}\n"
			"defaults:\n  sets: 3\n  reps: [8, 12]\n  rir: 2\n  rest_s: 90\n"
			"  tempo: \"2-0-2\"\n  progression: {model: double, increment: 2}\n"
			"days:\n",
			k, k, days, days);
		for (int d = 0; d < days; d++) {
			fprintf(fp, "  - name: D%d\n    exercises:\n", d + 1);
			for (int s = 0; s < 6; s++)
				fprintf(fp,
					"      - slot: bx-%04d\n        note: \"Slot %d of day "
					"%d.\"\n",
					((k * 7 + d * 6 + s) * 2 + 1) % exercises, s + 1, d + 1);
		}
		fprintf(fp, "weeks_overrides:\n  - weeks: [1, 2]\n    sets: 2\n");
		fclose(fp);
		free(p);
	}
	return 0;
}

static int gen_log(const char *home, const char *catdir, int years)
{
	struct catalog cat = {0};
	struct diags d = {0};
	catalog_add_dir(&cat, catdir, &d);
	catalog_check(&cat, &d);
	if (d.len) {
		diags_print(&d, stderr);
		return 1;
	}
	int today = clock_today();
	int start = date_monday(today - years * 365);
	struct profile prof;
	profile_defaults(&prof);
	prof.units = UNITS_KG;
	prof.weekdays = 0x3f; /* Monday to Saturday */
	prof.minutes = 60;
	static double db[] = {2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22.5, 25, 27.5, 30};
	prof.dumbbells = db;
	prof.n_dumbbells = sizeof(db) / sizeof(db[0]);
	prof.program = "gordon-home";
	prof.start = start;
	char *cfg = xasprintf("%s/config/profile.yaml", home);
	char *err = NULL;
	if (!profile_save(&prof, cfg, &err)) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	char *db_path = xasprintf("%s/data/coach.db", home);
	struct store *st;
	if (!store_open(&st, db_path, &err)) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	const struct program *p = catalog_program(&cat, "gordon-home");
	const struct day *day = &p->days[0];
	store_begin(st);
	int sessions = 0, sets = 0;
	for (int date = start; date < today; date++) {
		if (date_weekday(date) == 6)
			continue;
		struct exercise_done ex[8];
		struct set_done sd[8][3];
		size_t n = 0;
		for (size_t i = 0; i < day->n_slots && n < 8; i++, n++) {
			const struct slot *s = &day->slots[i];
			int k = 2 + (date + (int)i) % 2;
			for (int j = 0; j < k; j++)
				sd[n][j] =
					(struct set_done){.reps = 8 + (date + j) % 5,
							  .load = s->ref && strstr(s->ref, "crunch")
									  ? 0
									  : 6 + (date % 40) / 4,
							  .band = -1,
							  .rir = 2};
			ex[n] = (struct exercise_done){
				.id = s->ref, .slot = s->ref, .sets = sd[n], .n_sets = (size_t)k};
			sets += k;
		}
		struct aerobic walk = {.kind = "walk", .minutes = 30};
		struct session ss = {.date = date,
				     .program = p->id,
				     .day = day->name,
				     .checkin = {.given = true,
						 .mood = 2 + date % 3,
						 .energy = 3,
						 .anxiety = 1 + date % 4,
						 .sleep = 6.5},
				     .mood_after = 3 + date % 2,
				     .exercises = ex,
				     .n_exercises = n,
				     .aerobic = &walk,
				     .n_aerobic = date % 3 == 0};
		struct session_meta m = {.week = (date - start) / 7 + 1, .readiness = "normal"};
		if (!store_add_session(st, &ss, &m, NULL)) {
			fprintf(stderr, "%s\n", store_error(st));
			return 1;
		}
		if ((date - start) % 14 == 0)
			store_add_screen(st, date, "phq9", "1,1,1,1,1,1,0,0,0", 6, "mild", false,
					 false);
		sessions++;
	}
	progression_update(st, &cat, &prof, p, -1);
	store_commit(st);
	store_close(st);
	printf("log: %d sessions, %d sets over %d years in %s\n", sessions, sets, years, home);
	catalog_free(&cat);
	free(cfg);
	free(db_path);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 5 && strcmp(argv[1], "catalog") == 0)
		return gen_catalog(argv[2], atoi(argv[3]), atoi(argv[4]));
	if (argc == 5 && strcmp(argv[1], "log") == 0)
		return gen_log(argv[2], argv[3], atoi(argv[4]));
	fprintf(stderr,
		"usage: bench-gen catalog DIR PROGRAMS EXERCISES | log HOME CATALOGUE YEARS\n");
	return 2;
}
