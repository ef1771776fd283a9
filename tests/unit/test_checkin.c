/* The check-in as the interface reference states it: mood, energy and
 * anxiety 1-5 and required, soreness 1-5 and optional, sleep 0-16 hours in
 * halves; and the session reader holding a session file to the same. */
#include <string.h>

#include "coach/checkin.h"
#include "coach/doc.h"
#include "coach/session.h"
#include "suites.h"

START_TEST(each_scale_has_its_range_and_words)
{
	ck_assert_str_eq(checkin_fields[CK_MOOD].key, "mood");
	ck_assert_str_eq(checkin_fields[CK_MOOD].low, "very low");
	ck_assert_str_eq(checkin_fields[CK_MOOD].high, "very good");
	ck_assert_str_eq(checkin_fields[CK_ANXIETY].high, "very anxious");
	for (int f = 0; f < CK_COUNT; f++) {
		const struct checkin_field_info *i = &checkin_fields[f];
		ck_assert_int_eq(i->min, i->hours ? 0 : 1);
		ck_assert_int_eq(i->max, i->hours ? 16 : 5);
		ck_assert(i->required == (f != CK_SORENESS));
	}
	ck_assert(checkin_fields[CK_SLEEP].hours);
}
END_TEST

START_TEST(values_out_of_range_are_refused)
{
	ck_assert(!checkin_valid(CK_MOOD, 0));
	ck_assert(checkin_valid(CK_MOOD, 1));
	ck_assert(checkin_valid(CK_MOOD, 5));
	ck_assert(!checkin_valid(CK_MOOD, 6));
	ck_assert(!checkin_valid(CK_ENERGY, 2.5)); /* a scale is whole numbers */
	ck_assert(checkin_valid(CK_SORENESS, 0));  /* optional: 0 is not given */
	ck_assert(!checkin_valid(CK_ANXIETY, 0));  /* required: 0 is not an answer */
	ck_assert(checkin_valid(CK_SLEEP, 6.5));   /* hours take halves */
	ck_assert(checkin_valid(CK_SLEEP, 0));
	ck_assert(!checkin_valid(CK_SLEEP, 16.5));
	ck_assert(!checkin_valid(CK_SLEEP, -0.5));
}
END_TEST

START_TEST(steps_stay_in_range)
{
	ck_assert_double_eq(checkin_step(CK_MOOD, 5, 1), 5);
	ck_assert_double_eq(checkin_step(CK_MOOD, 1, -1), 1);
	ck_assert_double_eq(checkin_step(CK_SORENESS, 1, -1), 0);
	ck_assert_double_eq(checkin_step(CK_SLEEP, 7, 1), 7.5);
	ck_assert_double_eq(checkin_step(CK_SLEEP, 16, 1), 16);
	ck_assert_double_eq(checkin_step(CK_SLEEP, 0, -1), 0);
	struct checkin ck = checkin_default();
	ck_assert(!ck.given);
	for (int f = 0; f < CK_COUNT; f++)
		ck_assert(checkin_valid((enum checkin_field)f, checkin_get(&ck, f)));
	checkin_set(&ck, CK_ANXIETY, 4);
	checkin_set(&ck, CK_SLEEP, 6.5);
	ck_assert_int_eq(ck.anxiety, 4);
	ck_assert_double_eq(ck.sleep, 6.5);
}
END_TEST

/* Read one session document; returns the first problem, or "" when none. */
static const char *read_session(const char *text, struct session *s, char *msg, size_t size)
{
	struct ystream ys = {0};
	struct diags d = {0};
	memset(s, 0, sizeof(*s));
	msg[0] = '\0';
	if (ystream_parse(&ys, "s.yaml", text, strlen(text), &d) && ys.n_docs == 1) {
		struct yctx c;
		yctx_init(&c, ys.path, &d, &ys.arena);
		session_read(&c, ys.docs[0], 30000, s);
	}
	if (d.len)
		snprintf(msg, size, "%s", d.v[0].msg);
	diags_free(&d);
	ystream_free(&ys);
	return msg;
}

START_TEST(a_session_file_is_held_to_the_same_ranges)
{
	struct session s;
	char msg[256];
	ck_assert_str_eq(read_session("coach_session: 1\ndate: 2026-11-23\n"
				      "checkin: {mood: 2, energy: 3, anxiety: 4, sleep: 6.5}\n"
				      "exercises: [{id: goblet-squat, sets: [{reps: 10}]}]\n",
				      &s, msg, sizeof(msg)),
			 "");
	ck_assert(s.checkin.given);
	ck_assert_int_eq(s.checkin.mood, 2);
	ck_assert_int_eq(s.checkin.anxiety, 4);
	ck_assert_double_eq(s.checkin.sleep, 6.5);
	ck_assert_int_eq(s.checkin.soreness, 0);
	read_session("coach_session: 1\ndate: 2026-11-23\n"
		     "checkin: {mood: 6, energy: 3, anxiety: 4, sleep: 7}\nexercises: [{id: "
		     "goblet-squat, sets: [{reps: 10}]}]\n",
		     &s, msg, sizeof(msg));
	ck_assert_ptr_nonnull(strstr(msg, "'mood' is 6; it must be from 1 to 5"));
	read_session("coach_session: 1\ndate: 2026-11-23\n"
		     "checkin: {mood: 3, energy: 3, anxiety: 4, sleep: 17}\nexercises: [{id: "
		     "goblet-squat, sets: [{reps: 10}]}]\n",
		     &s, msg, sizeof(msg));
	ck_assert_ptr_nonnull(strstr(msg, "'sleep'"));
	read_session("coach_session: 1\ndate: 2026-11-23\n"
		     "checkin: {mood: 3, anxiety: 4, sleep: 7}\nexercises: [{id: goblet-squat, "
		     "sets: [{reps: 10}]}]\n",
		     &s, msg, sizeof(msg));
	ck_assert_ptr_nonnull(strstr(msg, "missing required key 'energy'"));
}
END_TEST

Suite *suite_checkin(void)
{
	Suite *s = suite_create("checkin");
	TCase *t = tcase_create("checkin");
	tcase_add_test(t, each_scale_has_its_range_and_words);
	tcase_add_test(t, values_out_of_range_are_refused);
	tcase_add_test(t, steps_stay_in_range);
	tcase_add_test(t, a_session_file_is_held_to_the_same_ranges);
	suite_add_tcase(s, t);
	return s;
}
