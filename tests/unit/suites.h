/* suites.h - every check suite, and helpers the suites share. */
#ifndef COACH_TEST_SUITES_H
#define COACH_TEST_SUITES_H

#include <check.h>

Suite *suite_util(void);
Suite *suite_clock(void);
Suite *suite_ynode(void);
Suite *suite_loader(void);
Suite *suite_profile(void);
Suite *suite_engine(void);
Suite *suite_store(void);
Suite *suite_rx(void);
Suite *suite_insights(void);

#endif
