/* suites.h - every check suite, and helpers the suites share. */
#ifndef COACH_TEST_SUITES_H
#define COACH_TEST_SUITES_H

#include <check.h>

/* UNIT_SUITES(X) comes from tests/meson.build, the one list of suites:
 * X(util) X(clock) ... ; suite NAME is tests/unit/test_NAME.c. */
#define UNIT_SUITE_DECL(name) Suite *suite_##name(void);
UNIT_SUITES(UNIT_SUITE_DECL)
#undef UNIT_SUITE_DECL

#endif
