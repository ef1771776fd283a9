/* yaml_floor: the floor on its own.  Reads every *.yaml below DIR and walks
 * libyaml's events, keeping nothing; prints the best of REPEAT runs.
 *   yaml_floor DIR [REPEAT] */
#include <stdio.h>
#include <stdlib.h>

#include "coach/catalog.h"
#include "coach/diag.h"
#include "floor.h"

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: yaml_floor DIR [REPEAT]\n");
		return 2;
	}
	int repeat = argc > 2 ? atoi(argv[2]) : 5;
	char **files;
	size_t n, bytes = 0, events = 0;
	struct diags d = {0};
	yaml_files_below(argv[1], &files, &n, &d);
	double best = 1e18;
	for (int r = 0; r < (repeat > 0 ? repeat : 1); r++) {
		double t0 = now_ms();
		events = floor_walk(files, n, &bytes);
		double t = now_ms() - t0;
		if (t < best)
			best = t;
	}
	printf("yaml_floor: %zu files, %.1f MB, %zu events in %.1f ms (%.1f MB/s)\n", n,
	       bytes / 1e6, events, best, bytes / 1e3 / best);
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	diags_free(&d);
	return 0;
}
