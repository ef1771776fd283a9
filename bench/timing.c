/* bench-load: the catalogue against the floor, in one process.
 *   bench-load DIR [REPEAT]
 * The floor reads every *.yaml below DIR and only walks libyaml's events;
 * the coach reads, checks and cross-checks the same files.  Best of REPEAT. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/catalog.h"
#include "coach/ynode.h"
#include "floor.h"

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: bench-load DIR [REPEAT]\n");
		return 2;
	}
	int repeat = argc > 2 ? atoi(argv[2]) : 5;
	char **files;
	size_t n;
	struct diags d = {0};
	yaml_files_below(argv[1], &files, &n, &d);
	double best_floor = 1e18, best_coach = 1e18, best_tree = 1e18;
	size_t bytes = 0, events = 0, programs = 0, exercises = 0;
	for (int r = 0; r < repeat; r++) {
		double t0 = now_ms();
		events = floor_walk(files, n, &bytes);
		double t1 = now_ms();
		struct catalog cat = {0};
		struct diags dd = {0};
		catalog_add_dir(&cat, argv[1], &dd);
		catalog_check(&cat, &dd);
		double t2 = now_ms();
		for (size_t i = 0; i < n; i++) {
			struct ystream s = {0};
			struct diags dd2 = {0};
			ystream_load(&s, files[i], &dd2);
			ystream_free(&s);
			diags_free(&dd2);
		}
		double t3 = now_ms();
		if (t3 - t2 < best_tree)
			best_tree = t3 - t2;
		programs = cat.n_programs;
		exercises = cat.n_exercises;
		if (dd.len) {
			diags_print(&dd, stderr);
			return 1;
		}
		diags_free(&dd);
		catalog_free(&cat);
		if (t1 - t0 < best_floor)
			best_floor = t1 - t0;
		if (t2 - t1 < best_coach)
			best_coach = t2 - t1;
	}
	printf("catalogue: %zu files, %.1f MB, %zu events, %zu programs, %zu exercises\n", n,
	       bytes / 1e6, events, programs, exercises);
	printf("  yaml_floor (libyaml events only)  %8.1f ms  %6.1f MB/s\n", best_floor,
	       bytes / 1e3 / best_floor);
	printf("  coach reading alone (the tree)    %8.1f ms  %6.1f MB/s\n", best_tree,
	       bytes / 1e3 / best_tree);
	printf("  coach load and validate           %8.1f ms  %6.1f MB/s\n", best_coach,
	       bytes / 1e3 / best_coach);
	printf("  ratio coach / floor               %8.2f  (target 1.5 or less)\n",
	       best_coach / best_floor);
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	diags_free(&d);
	return 0;
}
