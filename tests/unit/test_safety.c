/* Safety: risk signals against the policy's thresholds (Louzon 2016; the
 * PHQ-9 severe band of Kroenke 2001), the safety plan's file and its edits,
 * crisis help that survives broken and missing files, and the PAR-Q+. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "coach/catalog.h"
#include "coach/crisis.h"
#include "coach/questionnaire.h"
#include "coach/risk.h"
#include "coach/safety_plan.h"
#include "suites.h"

static struct catalog cat;
static const struct policy *pol;

static void setup(void)
{
	struct diags d = {0};
	memset(&cat, 0, sizeof(cat));
	catalog_add_dir(&cat, SOURCE_PROGRAMS, &d);
	catalog_check(&cat, &d);
	ck_assert_msg(d.len == 0, "the shipped catalogue has problems");
	diags_free(&d);
	pol = &cat.policy;
}

static void teardown(void)
{
	catalog_free(&cat);
}

/* moods on consecutive days ending the day before `today` */
static void assess_moods(const int *moods, size_t n, int today, struct risk *r)
{
	struct risk_mood v[32];
	for (size_t i = 0; i < n; i++)
		v[i] = (struct risk_mood){today - (int)n + (int)i, moods[i]};
	risk_assess(v, n, NULL, 0, today, pol, r);
}

START_TEST(policy_carries_the_thresholds_of_the_issue)
{
	/* three check-ins at mood 1; a rise of 5; a PHQ-9 of 20 (issue 10, with sources) */
	ck_assert_int_eq((int)pol->risk_mood_at_most, 1);
	ck_assert_int_eq((int)pol->risk_mood_run, 3);
	ck_assert_int_eq((int)pol->risk_screen_rise, 5);
	ck_assert_int_eq((int)pol->risk_phq9_at_least, 20);
}
END_TEST

START_TEST(three_very_low_check_ins_in_a_row_are_a_signal)
{
	struct risk r;
	int two[] = {3, 1, 1};
	assess_moods(two, 3, 20000, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
	int three[] = {3, 1, 1, 1};
	assess_moods(three, 4, 20000, &r);
	ck_assert_int_eq(r.kind, RISK_LOW_MOODS);
	ck_assert_int_eq(r.since, 20000 - 3);
	int broken[] = {1, 1, 2, 1, 1};
	assess_moods(broken, 5, 20000, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
	int ends[] = {1, 1, 1, 3};
	assess_moods(ends, 4, 20000, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
	/* three at mood 1 long ago is not today's signal */
	struct risk_mood old[] = {{19000, 1}, {19001, 1}, {19002, 1}};
	risk_assess(old, 3, NULL, 0, 20000, pol, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
	char text[400];
	assess_moods(three, 4, 20000, &r);
	risk_advisory(&r, text, sizeof(text));
	ck_assert_ptr_nonnull(strstr(text, "'coach crisis'"));
	ck_assert_ptr_nonnull(strstr(text, "safety plan"));
	ck_assert_ptr_nonnull(strstr(text, "emergency number"));
}
END_TEST

START_TEST(a_questionnaire_well_above_the_last_is_a_signal)
{
	struct risk r;
	struct risk_screen rise4[] = {{19990, 6, "phq9"}, {19995, 10, "phq9"}};
	risk_assess(NULL, 0, rise4, 2, 20000, pol, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
	struct risk_screen rise5[] = {{19990, 6, "phq9"}, {19995, 11, "phq9"}};
	risk_assess(NULL, 0, rise5, 2, 20000, pol, &r);
	ck_assert_int_eq(r.kind, RISK_SCREEN_RISE);
	ck_assert_int_eq(r.since, 19995);
	ck_assert_ptr_nonnull(strstr(r.signal, "from 6 to 11"));
	/* the GAD-7 too; other scales never compare with each other */
	struct risk_screen gad[] = {{19990, 3, "gad7"}, {19991, 9, "phq9"}, {19995, 8, "gad7"}};
	risk_assess(NULL, 0, gad, 3, 20000, pol, &r);
	ck_assert_int_eq(r.kind, RISK_SCREEN_RISE);
	ck_assert_ptr_nonnull(strstr(r.signal, "GAD-7"));
	struct risk_screen mixed[] = {{19990, 3, "gad7"}, {19995, 9, "phq9"}};
	risk_assess(NULL, 0, mixed, 2, 20000, pol, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
	/* past the recall window it fades */
	risk_assess(NULL, 0, rise5, 2, 19995 + (int)pol->risk_screen_days, pol, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
	/* a fall is no signal */
	struct risk_screen fall[] = {{19990, 16, "phq9"}, {19995, 8, "phq9"}};
	risk_assess(NULL, 0, fall, 2, 20000, pol, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
}
END_TEST

START_TEST(a_phq9_in_the_severe_band_is_a_signal)
{
	struct risk r;
	struct risk_screen s19[] = {{19999, 19, "phq9"}};
	risk_assess(NULL, 0, s19, 1, 20000, pol, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
	struct risk_screen s20[] = {{19999, 20, "phq9"}};
	risk_assess(NULL, 0, s20, 1, 20000, pol, &r);
	ck_assert_int_eq(r.kind, RISK_PHQ9_SEVERE);
	/* a GAD-7 of 21 is the top of its scale, not the PHQ-9's severe band */
	struct risk_screen g21[] = {{19999, 21, "gad7"}};
	risk_assess(NULL, 0, g21, 1, 20000, pol, &r);
	ck_assert_int_eq(r.kind, RISK_NONE);
}
END_TEST

static char *tmpdir(void)
{
	char *t = xstrdup("/tmp/coach-unit-safety-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(t));
	return t;
}

START_TEST(safety_plan_round_trips_and_refuses_bad_entries)
{
	struct safety_plan p;
	safety_plan_init(&p);
	const char *why;
	ck_assert(sp_add(&p, SP_PEOPLE, "Sam: 07700 900123", &why));
	ck_assert(sp_add(&p, SP_PEOPLE, "  Mum  ", &why));
	ck_assert(sp_add(&p, SP_REASONS, "My niece: she is two", &why));
	ck_assert(!sp_add(&p, SP_COPING, "walk\x1b]0;x\a", &why));
	ck_assert(!sp_add(&p, SP_COPING, "two\nlines", &why));
	ck_assert(!sp_add(&p, SP_COPING, "   ", &why));
	ck_assert(!sp_add(&p, SP_COPING, "\xe2\x80\xae reversed", &why)); /* U+202E */
	ck_assert(!sp_add(&p, SP_PEOPLE, ": 0800", &why));
	ck_assert_str_eq(p.items[SP_PEOPLE][0].text, "Sam");
	ck_assert_str_eq(p.items[SP_PEOPLE][0].number, "07700 900123");
	ck_assert_str_eq(p.items[SP_PEOPLE][1].text, "Mum");
	ck_assert_ptr_null(p.items[SP_PEOPLE][1].number);
	/* only people and professionals have numbers: a colon elsewhere is text */
	ck_assert_str_eq(p.items[SP_REASONS][0].text, "My niece: she is two");
	char *dir = tmpdir();
	char *path = xasprintf("%s/plan.yaml", dir);
	char *err = NULL;
	p.updated = 20000;
	ck_assert(safety_plan_save(&p, path, &err));
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	struct safety_plan q;
	struct diags d = {0};
	ck_assert(safety_plan_load(&q, path, &d));
	ck_assert_int_eq((int)q.n[SP_PEOPLE], 2);
	ck_assert_str_eq(q.items[SP_PEOPLE][0].number, "07700 900123");
	ck_assert_str_eq(q.items[SP_REASONS][0].text, "My niece: she is two");
	ck_assert_int_eq(q.updated, 20000);
	sp_remove(&q, SP_PEOPLE, 0);
	ck_assert_str_eq(q.items[SP_PEOPLE][0].text, "Mum");
	safety_plan_free(&q);
	/* a malformed file: PATH:LINE:COL, and nothing half-read */
	FILE *f = fopen(path, "w");
	fputs("coach_safety_plan: 1\npeople: [{nme: Sam}]\n", f);
	fclose(f);
	ck_assert(!safety_plan_load(&q, path, &d));
	ck_assert(d.len > 0);
	ck_assert_int_eq(d.v[0].line, 2);
	ck_assert(safety_plan_empty(&q));
	diags_free(&d);
	unlink(path);
	rmdir(dir);
	free(path);
	free(dir);
	safety_plan_free(&p);
}
END_TEST

START_TEST(crisis_help_survives_every_missing_or_broken_file)
{
	char *dir = tmpdir();
	struct crisis_help h;
	struct diags d = {0};
	/* no catalogue, no config: the built-in copy, every region */
	crisis_help_load(&h, NULL, NULL, NULL, &d);
	ck_assert(h.builtin);
	ck_assert_ptr_null(h.region);
	ck_assert(h.bundled.n_regions >= 7);
	crisis_help_free(&h);
	/* the bundled file is the same numbers as the built-in copy */
	crisis_help_load(&h, SOURCE_PROGRAMS, dir, "gb", &d);
	ck_assert(!h.builtin);
	ck_assert_int_eq((int)d.len, 0);
	ck_assert_ptr_nonnull(h.region);
	ck_assert_str_eq(h.region->contacts[0].number, "116 123");
	crisis_help_free(&h);
	/* a broken own-contacts file and a broken plan: reported, left out */
	char *own = xasprintf("%s/crisis-contacts.yaml", dir);
	char *plan = xasprintf("%s/safety-plan.yaml", dir);
	FILE *f = fopen(own, "w");
	fputs("coach_crisis: 1\ncontacts: [\n", f);
	fclose(f);
	f = fopen(plan, "w");
	fputs("coach_safety_plan: 1\nreasons: {a: 1}\n", f);
	fclose(f);
	crisis_help_load(&h, dir /* no contacts file here either */, dir, "au", &d);
	ck_assert(h.builtin);
	ck_assert(!h.have_plan);
	ck_assert_int_eq((int)h.n_own, 0);
	ck_assert_ptr_nonnull(h.region);
	ck_assert_str_eq(h.region->contacts[0].number, "13 11 14");
	ck_assert(d.len >= 2);
	crisis_help_free(&h);
	diags_free(&d);
	/* a good plan: its people come first, with their numbers */
	f = fopen(plan, "w");
	fputs("coach_safety_plan: 1\npeople: [\"Sam: 07700 900123\"]\n"
	      "professionals: [{name: Dr Lee, number: '020 7946 0000'}]\n",
	      f);
	fclose(f);
	unlink(own);
	crisis_help_load(&h, SOURCE_PROGRAMS, dir, "zz", &d);
	ck_assert_int_eq((int)d.len, 0);
	ck_assert_ptr_null(h.region); /* unknown country: every region */
	ck_assert_int_eq((int)h.n_own, 2);
	ck_assert_str_eq(h.own[0].service, "Sam");
	ck_assert_str_eq(h.own[1].number, "020 7946 0000");
	crisis_help_free(&h);
	unlink(plan);
	rmdir(dir);
	free(own);
	free(plan);
	free(dir);
}
END_TEST

START_TEST(parq_is_the_form_in_its_order_and_answers_are_seven)
{
	ck_assert_ptr_nonnull(strstr(parq_questions[0], "heart condition"));
	ck_assert_ptr_nonnull(strstr(parq_questions[2], "dizziness"));
	ck_assert_ptr_nonnull(strstr(parq_notes[2], "over-breathing"));
	ck_assert_ptr_nonnull(strstr(parq_questions[5], "bone, joint"));
	ck_assert_ptr_nonnull(strstr(parq_notes[5], "does not limit your current ability"));
	ck_assert_ptr_nonnull(strstr(parq_questions[6], "medically supervised"));
	bool yes[PARQ_ITEMS];
	char err[160];
	ck_assert(parq_parse_answers("no,no,yes,n,y,no,no", yes, err, sizeof(err)));
	ck_assert(!yes[0] && yes[2] && yes[4] && !yes[6]);
	ck_assert(!parq_parse_answers("no,no,no,no,no,no", yes, err, sizeof(err)));
	ck_assert(!parq_parse_answers("no,no,no,no,no,no,no,no", yes, err, sizeof(err)));
	ck_assert(!parq_parse_answers("", yes, err, sizeof(err)));
	ck_assert(!parq_parse_answers("no,,no,no,no,no,no", yes, err, sizeof(err)));
	ck_assert(!parq_parse_answers("no,no,maybe,no,no,no,no", yes, err, sizeof(err)));
}
END_TEST

Suite *suite_safety(void)
{
	Suite *s = suite_create("safety");
	TCase *t = tcase_create("safety");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, policy_carries_the_thresholds_of_the_issue);
	tcase_add_test(t, three_very_low_check_ins_in_a_row_are_a_signal);
	tcase_add_test(t, a_questionnaire_well_above_the_last_is_a_signal);
	tcase_add_test(t, a_phq9_in_the_severe_band_is_a_signal);
	tcase_add_test(t, safety_plan_round_trips_and_refuses_bad_entries);
	tcase_add_test(t, crisis_help_survives_every_missing_or_broken_file);
	tcase_add_test(t, parq_is_the_form_in_its_order_and_answers_are_seven);
	suite_add_tcase(s, t);
	return s;
}
