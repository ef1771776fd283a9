/* The live workout (workout.h) against a real training log in a temporary
 * folder: each set in the log the moment it is entered, the last one taken
 * back, an exercise skipped or swapped, the end working out the progression,
 * and a workout cut off by a crash taken up where it stopped. */
#include <stdlib.h>
#include <string.h>

#include "coach/catalog.h"
#include "coach/clock.h"
#include "coach/progression.h"
#include "coach/rx.h"
#include "coach/store.h"
#include "coach/workout.h"
#include "suites.h"

static struct catalog cat;
static double dumbbells[] = {2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24};
static char dir[64], *db;
static struct store *st;
static struct profile prof;
static const struct program *prog;
static struct rx *rx;
static int today;
static const struct checkin fine = {
	.given = true, .mood = 3, .energy = 3, .anxiety = 2, .sleep = 7};

static void open_log(void)
{
	char *err = NULL;
	ck_assert_msg(store_open(&st, db, &err), "%s", err ? err : "?");
}

/* Today's prescription from the log as it is, with the swaps s. */
static void prescribe(const struct workout_swaps *s, const struct checkin *ck)
{
	struct rx_input in = {.cat = &cat,
			      .prof = &prof,
			      .program = prog,
			      .st = st,
			      .date = today,
			      .checkin = *ck};
	if (s)
		workout_swaps_input(s, &in);
	rx_prescribe(&in, rx);
}

static void setup(void)
{
	struct diags d = {0};
	memset(&cat, 0, sizeof(cat));
	catalog_add_dir(&cat, SOURCE_PROGRAMS, &d);
	catalog_check(&cat, &d);
	ck_assert_uint_eq(d.len, 0);
	diags_free(&d);
	snprintf(dir, sizeof(dir), "/tmp/coach-workout-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	db = xasprintf("%s/log.sqlite", dir);
	open_log();
	/* dumbbells at home on Mondays and Thursdays, in week 4 of gordon-home */
	profile_defaults(&prof);
	prof.dumbbells = dumbbells;
	prof.n_dumbbells = sizeof(dumbbells) / sizeof(dumbbells[0]);
	prof.weekdays = (1u << WD_MON) | (1u << WD_THU);
	ck_assert(date_parse("2026-11-02", &prof.start));
	ck_assert(date_parse("2026-11-26", &today));
	prog = catalog_program(&cat, "gordon-home");
	ck_assert_ptr_nonnull(prog);
	rx = xmalloc(sizeof(*rx));
	prescribe(NULL, &fine);
	ck_assert_ptr_nonnull(rx->day);
	ck_assert_uint_ge(rx->n_ex, 3);
	ck_assert_int_ge(rx->ex[0].sets, 1);
}

static void teardown(void)
{
	free(rx);
	if (st)
		store_close(st);
	st = NULL;
	char *cmd = xasprintf("rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(db);
	catalog_free(&cat);
}

/* Every set of today's session in the log, oldest first. */
static size_t logged_today(struct logged_list *l)
{
	ck_assert(store_sessions(st, today, today, l));
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		n += l->v[i].n_sets;
	return n;
}

/* Log the set the workout points at, at the target. */
static void log_target(struct workout *w)
{
	const struct rx_exercise *x = &rx->ex[w->ex];
	ck_assert_msg(workout_log_set(w, st, &cat.policy, rx, prog->id, today, &fine, x->reps_max,
				      x->rir),
		      "%s", store_error(st));
}

static bool slot_known(size_t i)
{
	char key[80];
	struct slot_state s;
	ck_assert(store_get_state(st, prog->id, slot_key(rx->ex[i].slot, key, sizeof(key)), &s));
	return s.known;
}

START_TEST(the_first_set_makes_the_session_and_each_set_is_saved_at_once)
{
	struct workout w;
	workout_new(&w);
	ck_assert(w.active);
	ck_assert_int_eq(w.session, 0);
	struct logged_list l;
	ck_assert_uint_eq(logged_today(&l), 0);
	logged_list_free(&l);
	log_target(&w);
	ck_assert_int_ne(w.session, 0);
	ck_assert_int_eq(w.sets_done, 1);
	/* in the log already, with what was prescribed beside it */
	ck_assert_uint_eq(logged_today(&l), 1);
	ck_assert_uint_eq(l.n, 1);
	const struct logged_session *s = &l.v[0];
	ck_assert_int_eq(s->id, w.session);
	ck_assert_str_eq(s->program, prog->id);
	ck_assert_int_eq(s->week, rx->week);
	ck_assert(!s->hold);
	ck_assert_str_eq(s->sets[0].exercise, rx->ex[0].ex->id);
	ck_assert_int_eq(s->sets[0].position, 0);
	ck_assert_int_eq(s->sets[0].set_no, 1);
	ck_assert_int_eq(s->sets[0].reps, rx->ex[0].reps_max);
	ck_assert_int_eq(s->sets[0].target.reps_max, rx->ex[0].reps_max);
	ck_assert_double_eq(s->sets[0].load, rx->ex[0].load);
	logged_list_free(&l);
	/* the workout points at the next set */
	if (rx->ex[0].sets > 1) {
		ck_assert_uint_eq(w.ex, 0);
		ck_assert_uint_eq(w.set, 1);
	} else {
		ck_assert_uint_eq(w.ex, 1);
		ck_assert_uint_eq(w.set, 0);
	}
	/* every set of the first exercise: on to the first set of the second */
	for (int k = 1; k < rx->ex[0].sets; k++)
		log_target(&w);
	ck_assert_uint_eq(w.ex, 1);
	ck_assert_uint_eq(w.set, 0);
	ck_assert_int_eq(w.sets_done, rx->ex[0].sets);
	ck_assert_uint_eq(logged_today(&l), (size_t)rx->ex[0].sets);
	ck_assert_uint_eq(l.n, 1); /* one session, not one per set */
	logged_list_free(&l);
}
END_TEST

START_TEST(undo_takes_the_last_set_out_and_points_at_it_again)
{
	struct workout w;
	workout_new(&w);
	int reps, rir;
	ck_assert(!workout_undo(&w, st, &reps, &rir)); /* nothing entered yet */
	const struct rx_exercise *x = &rx->ex[0];
	ck_assert(workout_log_set(&w, st, &cat.policy, rx, prog->id, today, &fine, 7, 2));
	size_t ex = w.ex, set = w.set;
	ck_assert(workout_log_set(&w, st, &cat.policy, rx, prog->id, today, &fine, 5, 1));
	ck_assert(workout_undo(&w, st, &reps, &rir));
	/* what was entered comes back to be corrected, and the log forgets it */
	ck_assert_int_eq(reps, 5);
	ck_assert_int_eq(rir, 1);
	ck_assert_uint_eq(w.ex, ex);
	ck_assert_uint_eq(w.set, set);
	ck_assert_int_eq(w.sets_done, 1);
	ck_assert_double_eq_tol(w.volume, 7 * x->load, 1e-9);
	struct logged_list l;
	ck_assert_uint_eq(logged_today(&l), 1);
	ck_assert_int_eq(l.v[0].sets[0].reps, 7);
	logged_list_free(&l);
	/* only the set just entered can be taken back */
	ck_assert(!workout_undo(&w, st, &reps, &rir));
	ck_assert_uint_eq(logged_today(&l), 1);
	logged_list_free(&l);
}
END_TEST

START_TEST(skipping_goes_on_to_the_next_exercise_and_then_the_end)
{
	struct workout w;
	workout_new(&w);
	log_target(&w);
	size_t from = w.ex;
	ck_assert(workout_skip(&w, rx));
	ck_assert(w.skipped[from]);
	ck_assert_uint_eq(w.ex, from + 1);
	ck_assert_uint_eq(w.set, 0);
	ck_assert(!workout_finished(&w, rx));
	while (w.ex + 1 < rx->n_ex)
		ck_assert(workout_skip(&w, rx));
	ck_assert(!workout_skip(&w, rx)); /* the last one: nothing is left */
	ck_assert(workout_finished(&w, rx));
	/* skipping writes nothing: the set entered stays, no others appear */
	struct logged_list l;
	ck_assert_uint_eq(logged_today(&l), 1);
	logged_list_free(&l);
}
END_TEST

START_TEST(a_swap_puts_the_stand_in_in_the_slot_for_the_day)
{
	const struct exercise *alt[24];
	size_t n = rx_alternatives(&cat, &prof, rx->ex[0].slot, rx->ex[0].ex, alt, 24);
	ck_assert_uint_ge(n, 2);
	const struct exercise *was = rx->ex[0].ex;
	struct workout_swaps s = {0};
	ck_assert(workout_swap(&s, &rx->ex[0], alt[0]));
	ck_assert_uint_eq(s.n, 1);
	prescribe(&s, &fine);
	ck_assert_ptr_eq(rx->ex[0].ex, alt[0]);
	ck_assert_ptr_ne(rx->ex[0].ex, was);
	/* a second swap of the same slot replaces the first */
	ck_assert(workout_swap(&s, &rx->ex[0], alt[1]));
	ck_assert_uint_eq(s.n, 1);
	prescribe(&s, &fine);
	ck_assert_ptr_eq(rx->ex[0].ex, alt[1]);
	/* the other exercises stay as they were */
	struct rx *plain = xmalloc(sizeof(*plain));
	struct rx_input in = {.cat = &cat,
			      .prof = &prof,
			      .program = prog,
			      .st = st,
			      .date = today,
			      .checkin = fine};
	rx_prescribe(&in, plain);
	ck_assert_uint_eq(plain->n_ex, rx->n_ex);
	for (size_t i = 1; i < rx->n_ex; i++)
		ck_assert_str_eq(plain->ex[i].ex->id, rx->ex[i].ex->id);
	free(plain);
	/* a set entered after the swap is logged as the stand-in */
	struct workout w;
	workout_new(&w);
	log_target(&w);
	struct logged_list l;
	ck_assert_uint_eq(logged_today(&l), 1);
	ck_assert_str_eq(l.v[0].sets[0].exercise, alt[1]->id);
	logged_list_free(&l);
	/* a full list takes no more swaps */
	struct workout_swaps full = {.n = RX_MAX_EX};
	ck_assert(!workout_swap(&full, &rx->ex[0], alt[0]));
	ck_assert_uint_eq(full.n, RX_MAX_EX);
}
END_TEST

START_TEST(the_end_works_out_the_progression_and_the_mood_after)
{
	ck_assert(!slot_known(0));
	struct workout w;
	workout_new(&w);
	for (int k = 0; k < rx->ex[0].sets; k++)
		log_target(&w);
	ck_assert(workout_set_mood_after(&w, st, 4));
	workout_end(&w, st, &cat, &prof, prog, today);
	ck_assert(!w.active);
	ck_assert(slot_known(0));
	struct logged_list l;
	logged_today(&l);
	ck_assert_int_eq(l.v[0].mood_after, 4);
	logged_list_free(&l);
}
END_TEST

START_TEST(a_set_changed_or_removed_later_replays_the_progression_from_what_remains)
{
	struct workout w;
	workout_new(&w);
	for (int k = 0; k < rx->ex[0].sets; k++)
		log_target(&w);
	log_target(&w); /* the first set of the second exercise */
	workout_end(&w, st, &cat, &prof, prog, today);
	ck_assert(slot_known(0) && slot_known(1));
	struct logged_list l;
	ck_assert_uint_eq(logged_today(&l), (size_t)rx->ex[0].sets + 1);
	int64_t id = l.v[0].id;
	logged_list_free(&l);
	const char *why;
	/* out of range: refused, nothing changed */
	struct set_done bad = {.reps = 1001, .rir = 2, .band = -1};
	ck_assert(!workout_change_set(st, &cat, &prof, id, prog->id, 0, 1, &bad, &why));
	ck_assert_ptr_nonnull(why);
	bad = (struct set_done){.reps = 5, .rir = 11, .band = -1};
	ck_assert(!workout_change_set(st, &cat, &prof, id, prog->id, 0, 1, &bad, &why));
	/* a set that is not there: refused, rolled back */
	struct set_done to = {.reps = 3, .load = 8, .rir = 4, .band = -1};
	ck_assert(!workout_change_set(st, &cat, &prof, id, prog->id, 0, 99, &to, &why));
	ck_assert_ptr_nonnull(why);
	/* the first set corrected: reps, load and rir as given */
	ck_assert_msg(workout_change_set(st, &cat, &prof, id, prog->id, 0, 1, &to, &why), "%s",
		      why ? why : store_error(st));
	logged_today(&l);
	ck_assert_int_eq(l.v[0].sets[0].reps, 3);
	ck_assert(l.v[0].sets[0].load == 8);
	ck_assert_int_eq(l.v[0].sets[0].rir, 4);
	logged_list_free(&l);
	/* the second exercise's only set removed: its slot is as never trained,
	 * the first's is replayed from what remains */
	ck_assert(workout_change_set(st, &cat, &prof, id, prog->id, 1, 1, NULL, &why));
	ck_assert(!slot_known(1));
	ck_assert(slot_known(0));
	ck_assert_uint_eq(logged_today(&l), (size_t)rx->ex[0].sets);
	logged_list_free(&l);
	/* removed twice: the second is refused */
	ck_assert(!workout_change_set(st, &cat, &prof, id, prog->id, 1, 1, NULL, &why));
}
END_TEST

START_TEST(a_note_is_kept_on_a_set_or_the_session_and_an_empty_one_takes_it_away)
{
	struct workout w;
	workout_new(&w);
	log_target(&w);
	workout_end(&w, st, &cat, &prof, prog, today);
	struct logged_list l;
	logged_today(&l);
	int64_t id = l.v[0].id;
	logged_list_free(&l);
	const char *why;
	ck_assert(workout_note(st, id, 0, 1, "left knee fine  ", &why));
	ck_assert(workout_note(st, id, -1, 0, "tired but good", &why));
	logged_today(&l);
	ck_assert_str_eq(l.v[0].sets[0].notes, "left knee fine");
	ck_assert_str_eq(l.v[0].notes, "tired but good");
	logged_list_free(&l);
	ck_assert(workout_note(st, id, -1, 0, "   ", &why));
	ck_assert(!workout_note(st, id, 0, 7, "no such set", &why));
	char *big = xmalloc(SESSION_MAX_NOTES + 2);
	memset(big, 'a', SESSION_MAX_NOTES + 1);
	big[SESSION_MAX_NOTES + 1] = '\0';
	ck_assert(!workout_note(st, id, 0, 1, big, &why));
	free(big);
	logged_today(&l);
	ck_assert_ptr_null(l.v[0].notes);
	ck_assert_str_eq(l.v[0].sets[0].notes, "left knee fine");
	logged_list_free(&l);
}
END_TEST

START_TEST(a_workout_cut_off_is_taken_up_where_it_stopped)
{
	struct workout w;
	workout_new(&w);
	for (int k = 0; k < rx->ex[0].sets; k++)
		log_target(&w);
	log_target(&w); /* the first set of the second exercise, then the crash */
	ck_assert(!workout_finished(&w, rx));
	int64_t session = w.session;
	store_close(st); /* no workout_end: the process is gone */
	st = NULL;
	open_log();
	ck_assert(!slot_known(0)); /* the progression is owed */
	prescribe(NULL, &fine);
	ck_assert_int_eq(rx->session_today, session);
	struct workout again;
	workout_resume(&again, st, rx, today);
	ck_assert(again.active);
	ck_assert_int_eq(again.session, session);
	ck_assert_int_eq(again.sets_done, rx->ex[0].sets + 1);
	ck_assert(again.skipped[0]);	   /* done: not offered again */
	ck_assert_uint_eq(again.ex, w.ex); /* the set that was next is next */
	ck_assert_uint_eq(again.set, w.set);
	/* the next start catches the progression up */
	workout_catch_up(st, &cat, &prof, prog);
	ck_assert(slot_known(0));
	/* the rest of the workout goes on in the same session */
	log_target(&again);
	struct logged_list l;
	ck_assert_uint_eq(logged_today(&l), (size_t)rx->ex[0].sets + 2);
	ck_assert_uint_eq(l.n, 1);
	logged_list_free(&l);
}
END_TEST

/* A circuit (issue 19): a set of each exercise in turn, the rest only after
 * the round's last; a skip goes on to the next of the round; a workout cut
 * off is taken up in the round it stopped in. */
START_TEST(a_superset_is_walked_in_rounds)
{
	prog = catalog_program(&cat, "low-energy-circuit");
	ck_assert_ptr_nonnull(prog);
	prof.minutes = 60;
	prescribe(NULL, &fine);
	ck_assert_uint_eq(rx->n_ex, 4);
	ck_assert_int_eq(rx->ex[0].superset, 1);
	ck_assert_int_eq(rx->ex[0].sets, 3);
	struct workout w;
	workout_new(&w);
	/* round 1 and the first two of round 2 */
	static const size_t ex[] = {0, 1, 2, 3, 0, 1};
	static const size_t set[] = {0, 0, 0, 0, 1, 1};
	for (size_t i = 0; i < 6; i++) {
		ck_assert_uint_eq(w.ex, ex[i]);
		ck_assert_uint_eq(w.set, set[i]);
		log_target(&w);
		/* no rest inside a round; after its last exercise, the rest */
		ck_assert(w.round_goes_on == (ex[i] != 3));
	}
	ck_assert_uint_eq(w.ex, 2);
	ck_assert_uint_eq(w.set, 1);
	/* cut off here: taken up at the third exercise of round 2 */
	store_close(st);
	st = NULL;
	open_log();
	prescribe(NULL, &fine);
	struct workout again;
	workout_resume(&again, st, rx, today);
	ck_assert_uint_eq(again.ex, 2);
	ck_assert_uint_eq(again.set, 1);
	/* the third exercise skipped: the fourth of the round, then round 3 without it */
	ck_assert(workout_skip(&again, rx));
	ck_assert_uint_eq(again.ex, 3);
	ck_assert_uint_eq(again.set, 1);
	log_target(&again);
	ck_assert(!again.round_goes_on);
	static const size_t last[] = {0, 1, 3};
	for (size_t i = 0; i < 3; i++) {
		ck_assert_uint_eq(again.ex, last[i]);
		ck_assert_uint_eq(again.set, 2);
		log_target(&again);
	}
	ck_assert(workout_finished(&again, rx));
	/* every set in the log under its own slot: 3 + 3 + 1 + 3 */
	struct logged_list l;
	ck_assert_uint_eq(logged_today(&l), 10);
	logged_list_free(&l);
}
END_TEST

START_TEST(a_low_day_is_logged_as_a_hold_by_both_front_ends)
{
	struct checkin low = fine;
	low.mood = 1;
	prescribe(NULL, &low);
	struct session_meta m;
	workout_meta(rx, &m);
	ck_assert(m.hold);
	ck_assert_str_eq(m.readiness, "low");
	ck_assert_int_eq(m.week, rx->week);
	struct readiness r;
	readiness_of(&low, &cat.policy, &r);
	workout_meta_of(&r, &m); /* coach log, outside a program */
	ck_assert(m.hold);
	ck_assert_int_eq(m.week, 0);
	readiness_of(&fine, &cat.policy, &r);
	workout_meta_of(&r, &m);
	ck_assert(!m.hold);
	ck_assert_str_eq(m.readiness, "normal");
	/* and the interface's session row says so */
	struct workout w;
	workout_new(&w);
	ck_assert(workout_log_set(&w, st, &cat.policy, rx, prog->id, today, &low, 5, 3));
	struct logged_list l;
	logged_today(&l);
	ck_assert(l.v[0].hold);
	logged_list_free(&l);
}
END_TEST

Suite *suite_workout(void)
{
	Suite *s = suite_create("workout");
	TCase *c = tcase_create("workout");
	tcase_add_checked_fixture(c, setup, teardown);
	tcase_add_test(c, the_first_set_makes_the_session_and_each_set_is_saved_at_once);
	tcase_add_test(c, undo_takes_the_last_set_out_and_points_at_it_again);
	tcase_add_test(c, skipping_goes_on_to_the_next_exercise_and_then_the_end);
	tcase_add_test(c, a_swap_puts_the_stand_in_in_the_slot_for_the_day);
	tcase_add_test(c, the_end_works_out_the_progression_and_the_mood_after);
	tcase_add_test(c, a_workout_cut_off_is_taken_up_where_it_stopped);
	tcase_add_test(c, a_set_changed_or_removed_later_replays_the_progression_from_what_remains);
	tcase_add_test(c, a_note_is_kept_on_a_set_or_the_session_and_an_empty_one_takes_it_away);
	tcase_add_test(c, a_low_day_is_logged_as_a_hold_by_both_front_ends);
	tcase_add_test(c, a_superset_is_walked_in_rounds);
	suite_add_tcase(s, c);
	return s;
}
