/* One test main for every suite: `unit-tests [SUITE]`. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"

static const struct {
	const char *name;
	Suite *(*make)(void);
} suites[] = {
#define UNIT_SUITE_ROW(name) {#name, suite_##name},
	UNIT_SUITES(UNIT_SUITE_ROW)
#undef UNIT_SUITE_ROW
};

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C.UTF-8");
	SRunner *sr = NULL;
	for (size_t i = 0; i < sizeof(suites) / sizeof(suites[0]); i++) {
		if (argc > 1 && strcmp(argv[1], suites[i].name) != 0)
			continue;
		if (!sr)
			sr = srunner_create(suites[i].make());
		else
			srunner_add_suite(sr, suites[i].make());
	}
	if (!sr) {
		fprintf(stderr, "unit-tests: no suite '%s'\n", argc > 1 ? argv[1] : "");
		return 99;
	}
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
