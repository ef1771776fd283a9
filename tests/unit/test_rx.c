/* The prescription pipeline's stages, each from a history written by hand,
 * against coaching-rules.md and science.md's tables (never against itself). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "coach/catalog.h"
#include "coach/clock.h"
#include "coach/history.h"
#include "coach/progression.h"
#include "coach/recommend.h"
#include "coach/rx.h"
#include "coach/strength.h"
#include "suites.h"

static struct catalog cat;
static double dumbbells[] = {2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24};
static double plates[] = {1.25, 2.5, 5, 10, 10, 20};

static void load_catalog(void)
{
	struct diags d = {0};
	memset(&cat, 0, sizeof(cat));
	catalog_add_dir(&cat, SOURCE_PROGRAMS, &d);
	catalog_check(&cat, &d);
	ck_assert_uint_eq(d.len, 0);
	diags_free(&d);
}

static void free_catalog(void)
{
	catalog_free(&cat);
}

static int day(const char *s)
{
	int d;
	ck_assert(date_parse(s, &d));
	return d;
}

/* A profile with dumbbells 2-24 and a barbell, on Mondays and Thursdays. */
static void person(struct profile *p, enum level level)
{
	profile_defaults(p);
	p->level = level;
	p->minutes = 90;
	p->dumbbells = dumbbells;
	p->n_dumbbells = sizeof(dumbbells) / sizeof(dumbbells[0]);
	p->has_barbell = true;
	p->bar = 20;
	p->plates = plates;
	p->n_plates = sizeof(plates) / sizeof(plates[0]);
	p->bench = true;
	p->weekdays = (1u << WD_MON) | (1u << WD_WED) | (1u << WD_FRI);
	p->start = day("2026-11-02");
}

/* A history on date with one slot state (key, exercise, load, e1RM). */
static struct slot_state *one_slot(struct rx_history *h, const char *key, const char *exercise,
				   double load)
{
	h->slots = calloc(1, sizeof(*h->slots));
	h->n_slots = 1;
	snprintf(h->slots[0].key, sizeof(h->slots[0].key), "%s", key);
	struct slot_state *s = &h->slots[0].state;
	*s = (struct slot_state){.known = true,
				 .load = load,
				 .prev_load = load,
				 .band = -1,
				 .prev_band = -1,
				 .last_date = h->date - 3,
				 .outcome = 3};
	snprintf(s->exercise, sizeof(s->exercise), "%s", exercise);
	return s;
}

static void history_on(struct rx_history *h, struct profile *p, const struct program *prog,
		       const char *date)
{
	rx_history_empty(h, day(date));
	h->week = (h->date - p->start) / 7 + 1;
	h->last_session = h->date - 3;
	h->day = &prog->days[0];
}

static const struct rx_exercise *find(const struct rx *rx, const char *id)
{
	for (size_t i = 0; i < rx->n_ex; i++)
		if (strcmp(rx->ex[i].ex->id, id) == 0)
			return &rx->ex[i];
	return NULL;
}

static bool adjusted(const struct rx *rx, const char *what);

static struct checkin ck(int mood, int energy, int anxiety, double sleep)
{
	return (struct checkin){.given = true, mood, energy, anxiety, sleep, 0};
}

START_TEST(first_time_is_a_calibration_set_at_the_lightest_load)
{
	struct profile p;
	person(&p, LEVEL_BEGINNER);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_history h;
	rx_history_empty(&h, day("2026-11-02"));
	h.week = 1;
	h.day = &prog->days[0];
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	const struct rx_exercise *x = find(rx, "goblet-squat");
	ck_assert_ptr_nonnull(x);
	ck_assert(x->calibration);
	ck_assert_double_eq(x->load, 2);
	/* coaching-rules.md: beginner weeks 1-2 are familiarisation, sets -1 (never below 1),
	 * RIR >= 3 */
	ck_assert_int_eq(x->sets, 1);
	ck_assert_int_ge(x->rir, 3);
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(the_effort_floor_is_the_highest_of_the_rules_that_apply)
{
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog};
	struct rx_day f = {.week = 3, .gap_factor = 1};
	struct readiness r;
	struct checkin c = ck(3, 3, 2, 7);
	readiness_of(&c, &cat.policy, &r);
	struct rx_exercise x = {.sets = 2, .rir = 2};
	rx_volume(&in, &f, &r, &x);
	ck_assert_int_eq(x.sets, 2);
	ck_assert_int_eq(x.rir, 2);
	/* hypertension: RIR >= 2; an uncleared PAR-Q+: RIR >= 4 */
	p.hypertension = true;
	x = (struct rx_exercise){.sets = 5, .rir = 0};
	rx_volume(&in, &f, &r, &x);
	ck_assert_int_eq(x.rir, 2);
	p.parq_cleared = false;
	x = (struct rx_exercise){.sets = 5, .rir = 0};
	rx_volume(&in, &f, &r, &x);
	ck_assert_int_eq(x.rir, 4);
	/* low: sets -1 never below one, RIR +1; anxious: RIR >= 3, rest +30 s */
	p.hypertension = false;
	p.parq_cleared = true;
	c = ck(2, 3, 4, 7);
	readiness_of(&c, &cat.policy, &r);
	ck_assert(r.low && r.anxious);
	x = (struct rx_exercise){.sets = 1, .rir = 1, .rest_s = 60};
	rx_volume(&in, &f, &r, &x);
	ck_assert_int_eq(x.sets, 1);
	ck_assert_int_eq(x.rir, 3);
	ck_assert_int_eq(x.rest_s, 90);
}
END_TEST

START_TEST(time_off_lightens_the_first_session_back)
{
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog};
	struct rx_history h;
	struct rx *rx = calloc(1, sizeof(*rx));
	struct rx_day f;
	/* coaching-rules.md: > 28 days: loads x 0.9, sets -1; > 56 days: x 0.8 and a rung down;
	 * under it (science.md rule 12, Mujika 2001: strength kept up to 4 weeks; policy
	 * short_break): after 14 days no cut, one set fewer, no step up, and a welcome back */
	const struct {
		int gap;
		double factor;
		int sets, steps;
		bool back;
	} t[] = {{7, 1, 0, 0, false},	 {14, 1, 0, 0, false},	{15, 1, -1, 0, true},
		 {18, 1, -1, 0, true},	 {28, 1, -1, 0, true},	{29, 0.9, -1, 0, true},
		 {56, 0.9, -1, 0, true}, {57, 0.8, -1, 1, true}};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		rx_history_empty(&h, day("2027-01-04"));
		h.last_session = h.date - t[i].gap;
		in.date = h.date;
		rx->week = 3;
		rx->n_advisories = 0;
		rx_day_of(&in, &h, rx, &f);
		ck_assert_double_eq_tol(f.gap_factor, t[i].factor, 1e-9);
		ck_assert_int_eq(f.gap_sets, t[i].sets);
		ck_assert_int_eq(f.gap_steps, t[i].steps);
		ck_assert_int_eq(f.back, t[i].back);
		bool welcome = false;
		for (size_t k = 0; k < rx->n_advisories; k++)
			welcome |= strstr(rx->advisories[k], "Welcome back") != NULL;
		ck_assert_msg(welcome == t[i].back, "%d days: welcome back %s", t[i].gap,
			      welcome ? "said" : "not said");
	}
	free(rx);
}
END_TEST

START_TEST(the_rir_model_loads_from_the_rts_chart)
{
	/* science.md: 5 reps at RPE 8 (RIR 2) = 81.1% of 1RM; e1RM 100 -> 81.1 -> 80 on the bar */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	const struct program *prog = catalog_program(&cat, "upper-lower-4");
	const struct slot *s = NULL;
	for (size_t d = 0; d < prog->n_days && !s; d++)
		for (size_t i = 0; i < prog->days[d].n_slots; i++)
			if (prog->days[d].slots[i].p.prog.model == PM_RIR) {
				s = &prog->days[d].slots[i];
				break;
			}
	ck_assert_ptr_nonnull(s); /* upper-lower-4's bench press and row use it */
	const struct exercise *e = catalog_exercise(&cat, s->ref);
	ck_assert_ptr_nonnull(e);
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-23");
	struct slot_state *st = one_slot(&h, s->ref, e->id, 60);
	st->e1rm = 100;
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = calloc(1, sizeof(*rx));
	rx->unit = "kg";
	struct rx_day f = {.week = 4, .gap_factor = 1};
	struct rx_exercise x = {
		.ex = e, .slot = s, .sets = 3, .reps_min = 5, .reps_max = 5, .rir = 2, .band = -1};
	rx_load(&in, &h, &f, rx, &x, st);
	struct loadset ls;
	loadset_for(&ls, e, &p);
	ck_assert_double_eq(x.load, load_round_down(&ls, 100 * rts_pct(5, 8) / 100));
	ck_assert_double_le(x.load, 81.1);
	loadset_free(&ls);
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(an_anxious_day_keeps_loads_under_the_cap_of_the_estimated_max)
{
	/* coaching-rules.md: anxious: load <= 70% of the e1RM where it is known
	 * (Strickland & Smith 2014) */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-23");
	struct slot_state *st = one_slot(&h, "goblet-squat", "goblet-squat", 18);
	st->e1rm = st->e1rm_firm = 20;
	struct rx_input in = {.cat = &cat,
			      .prof = &p,
			      .program = prog,
			      .date = h.date,
			      .checkin = ck(3, 3, 4, 7)};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	const struct rx_exercise *x = find(rx, "goblet-squat");
	ck_assert_ptr_nonnull(x);
	ck_assert_double_le(x->load, 0.70 * 20 + 1e-9);
	ck_assert_double_eq(x->load, 14);
	ck_assert_int_ge(x->rir, 3);
	ck_assert(rx->breathing_before);
	ck_assert(adjusted(rx, "loads kept under 70%"));
	/* review W7: an estimated max of 2.5 kg puts even the lightest dumbbell (2 kg, 80%)
	 * over the cap: the coach does not claim the load is under it */
	st->e1rm = st->e1rm_firm = 2.5;
	rx_build(&in, &h, rx);
	x = find(rx, "goblet-squat");
	ck_assert_double_eq(x->load, 2);
	ck_assert_int_eq(x->over_cap, 70);
	ck_assert(!adjusted(rx, "loads kept under 70%"));
	ck_assert(adjusted(rx, "loads as light as you can make them"));
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(the_time_budget_drops_sets_from_the_end_then_exercises)
{
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-23");
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	ck_assert_uint_eq(rx->n_ex, 8);
	int full = rx->est_min;
	/* coaching-rules.md: drop sets from the last exercises first, then whole last
	 * exercises, keeping at least one set of each of the first two */
	p.minutes = 15;
	rx_fit_time(rx, &p, &cat.policy);
	ck_assert_int_le(rx->est_min, 15);
	ck_assert_uint_ge(rx->n_ex, 2);
	ck_assert_int_ge(rx->ex[0].sets, 1);
	ck_assert_int_lt(rx->est_min, full);
	for (size_t i = 1; i < rx->n_ex; i++)
		ck_assert_int_le(rx->ex[i].sets, rx->ex[0].sets);
	free(rx);
	rx_history_free(&h);
}
END_TEST

/* A circuit (issue 19): the program's superset is one entry of four slots in
 * line, each with the superset's rest; done in rounds, it rests only after
 * each round, so it takes less time than the same sets done one exercise
 * after another (Weakley 2017), while each slot keeps its own prescription. */
START_TEST(a_superset_rests_after_each_round_only)
{
	const struct program *prog = catalog_program(&cat, "low-energy-circuit");
	ck_assert_ptr_nonnull(prog);
	const struct day *d = &prog->days[0];
	ck_assert_uint_eq(d->n_slots, 4);
	ck_assert_uint_eq(d->n_supersets, 1);
	ck_assert_uint_eq(d->supersets[0].first, 0);
	ck_assert_uint_eq(d->supersets[0].n, 4);
	ck_assert_int_eq(d->supersets[0].rest_s, 90);
	for (size_t i = 0; i < d->n_slots; i++) {
		ck_assert_int_eq(d->slots[i].superset, 1);
		ck_assert_int_eq(d->slots[i].p.rest_s, 90);
		ck_assert_int_eq(d->slots[i].p.rest_between_s, 90);
		ck_assert_int_eq(d->slots[i].p.sets, 3);
	}
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-23");
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	ck_assert_uint_eq(rx->n_ex, 4);
	size_t first;
	for (size_t i = 0; i < rx->n_ex; i++) {
		ck_assert_int_eq(rx->ex[i].superset, 1);
		ck_assert_uint_eq(rx_superset_span(rx, i, &first), 4);
		ck_assert_uint_eq(first, 0);
		ck_assert_int_eq(rx->ex[i].sets, 3);
		ck_assert_int_eq(rx->ex[i].reps_max, 12);
	}
	ck_assert_int_eq(rx_rounds(rx, 2), 3);
	/* by hand: 4 exercises x 3 sets x 12 reps x 4 s (2-0-2) = 576 s of work, a rest of
	 * 90 s after rounds 1 and 2 and 90 s after the last: 846 s, and the 5-minute
	 * warm-up: 1146 s, 20 min */
	ck_assert_int_eq(rx->est_min, 20);
	int round_s = 0;
	for (size_t i = 0; i < rx->n_ex; i++)
		round_s += rx->ex[i].est_s;
	ck_assert_int_eq(round_s, 846);
	/* the same sets one exercise after another: 4 x (144 + 2 x 90 + 90) = 1656 s, and the
	 * warm-up: 1956 s, 33 min */
	struct rx *plain = malloc(sizeof(*plain));
	*plain = *rx;
	for (size_t i = 0; i < plain->n_ex; i++)
		plain->ex[i].superset = 0;
	rx_fit_time(plain, &p, &cat.policy);
	ck_assert_int_eq(plain->est_min, 33);
	/* each slot's prescription is the one it has on its own */
	for (size_t i = 0; i < rx->n_ex; i++) {
		ck_assert_int_eq(plain->ex[i].sets, rx->ex[i].sets);
		ck_assert_double_eq(plain->ex[i].load, rx->ex[i].load);
	}
	/* a budget under the circuit's time takes sets off the last exercises, and a
	 * superset left with one exercise is a plain one */
	p.minutes = 12;
	rx_fit_time(rx, &p, &cat.policy);
	ck_assert_int_le(rx->est_min, 12);
	rx_supersets_number(rx);
	for (size_t i = 0; i < rx->n_ex; i++)
		ck_assert_int_eq(rx->ex[i].superset, rx->n_ex > 1 ? 1 : 0);
	free(plain);
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(long_breaks_pause_the_program_weeks)
{
	/* a gap of more than 28 days holds the week counter; shorter ones do not */
	int d0 = day("2026-11-02");
	int dates[] = {d0, d0 + 3, d0 + 7};
	ck_assert_int_eq(history_paused_weeks(dates, 3, d0 + 10, 28), 0);
	ck_assert_int_eq(history_paused_weeks(dates, 3, d0 + 7 + 21, 28), 0);
	/* 63 days later, the same weekday: 9 weeks on, 8 of them not trained */
	ck_assert_int_eq(history_paused_weeks(dates, 3, d0 + 7 + 63, 28), 8);
	int later[] = {d0, d0 + 63, d0 + 66};
	ck_assert_int_eq(history_paused_weeks(later, 3, d0 + 70, 28), 8);
	ck_assert_int_eq(history_paused_weeks(NULL, 0, d0, 28), 0);
}
END_TEST

/* A logged session of goblet squats: n sets of reps at load with rir, prescribed
 * `sets` x reps_min-reps_max at `target` with floor `floor`. */
struct fake {
	struct logged_session s;
	struct logged_set sets[6];
};
static void fake_session(struct fake *f, int date, int n, int reps, double load, int rir, int sets,
			 double target, int floor, const char *readiness, bool hold)
{
	memset(f, 0, sizeof(*f));
	f->s.date = date;
	f->s.week = 3;
	f->s.program = "gordon-home";
	f->s.readiness = readiness;
	f->s.hold = hold;
	for (int i = 0; i < n; i++)
		f->sets[i] = (struct logged_set){
			.exercise = "goblet-squat",
			.slot = "goblet-squat",
			.set_no = i + 1,
			.reps = reps,
			.band = -1,
			.rir = rir,
			.load = load,
			.target = {.given = true, 8, 12, floor, -1, target, sets},
		};
	f->s.sets = f->sets;
	f->s.n_sets = (size_t)n;
}

static void replay(struct fake *f, size_t n, const struct profile *p, struct slot_state *st)
{
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct logged_session v[16];
	for (size_t i = 0; i < n; i++)
		v[i] = f[i].s;
	struct logged_list l = {.v = v, .n = n};
	progression_replay(&cat, p, prog, &prog->days[0].slots[0], &l, st);
}

START_TEST(a_session_counts_only_as_prescribed)
{
	/* coaching-rules.md 1.1: every prescribed set logged, each at its target reps and at
	 * or above the RIR floor */
	ck_assert_int_eq(progression_verdict(2, 12, 2, 2, 12, 2), V_MET);
	ck_assert_int_eq(progression_verdict(1, 12, 2, 2, 12, 2), V_SHORT);
	ck_assert_int_eq(progression_verdict(2, 12, 0, 2, 12, 2), V_EFFORT);
	ck_assert_int_eq(progression_verdict(2, 12, -1, 2, 12, 2), V_MET); /* RIR not logged */
	ck_assert_int_eq(progression_verdict(2, 11, 3, 2, 12, 2), V_REPS);
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	int d = day("2026-11-16");
	struct fake f[4];
	struct slot_state st;
	/* 20 kg, 2 x 12 at RIR 2: +5% (policy increment_pct) is 21, the next dumbbell
	 * up is 22 (+10%, under max_jump_pct 15): up to 22 */
	fake_session(&f[0], d, 2, 12, 20, 2, 2, 20, 2, "normal", false);
	replay(f, 1, &p, &st);
	ck_assert_double_eq(st.load, 22);
	ck_assert_int_eq(st.outcome, OUT_UP);
	/* then 1 of 2 sets at 12: the same load, said as such */
	fake_session(&f[1], d + 3, 1, 12, 22, 2, 2, 22, 2, "normal", false);
	replay(f, 2, &p, &st);
	ck_assert_double_eq(st.load, 22);
	ck_assert_int_eq(st.outcome, OUT_SHORT);
	/* every set at 12 but at failure under a floor of 2: target not met */
	fake_session(&f[1], d + 3, 2, 12, 22, 0, 2, 22, 2, "normal", false);
	replay(f, 2, &p, &st);
	ck_assert_double_eq(st.load, 22);
	ck_assert_int_eq(st.outcome, OUT_EFFORT);
}
END_TEST

/* Does one of x's reasons say what? */
static bool says(const struct rx_exercise *x, const char *what)
{
	for (size_t i = 0; i < x->n_why; i++)
		if (strstr(x->why[i], what))
			return true;
	return false;
}

START_TEST(a_big_jump_to_the_next_dumbbell_grows_the_rep_range_first)
{
	/* coaching-rules.md, progression: about +5% (the Gordon protocol), and a next load
	 * more than max_jump_pct (15%) heavier waits for extend_reps (3) more reps.  8 kg,
	 * 2 x 12: +5% is 8.4, the next dumbbell is 10, +25%: 8 kg again for 8-15; 2 x 15
	 * then takes the jump to 10, back to 8-12.  10 kg, 2 x 12: 10.5 -> 12 is +20%, so
	 * 8-15 again. */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	ck_assert_double_eq(cat.policy.progression_increment_pct, 5);
	ck_assert_double_eq(cat.policy.progression_max_jump_pct, 15);
	ck_assert_double_eq(cat.policy.progression_extend_reps, 3);
	int d = day("2026-11-16");
	struct fake f[4];
	struct slot_state st;
	fake_session(&f[0], d, 2, 12, 8, 2, 2, 8, 2, "normal", false);
	replay(f, 1, &p, &st);
	ck_assert_double_eq(st.load, 8);
	ck_assert_int_eq(st.extra_reps, 3);
	ck_assert_int_eq(st.outcome, OUT_EXTENDED);
	/* 2 x 13 of the 15: the same, still 8-15 */
	fake_session(&f[1], d + 3, 2, 13, 8, 2, 2, 8, 2, "normal", false);
	f[1].sets[0].target.reps_max = f[1].sets[1].target.reps_max = 15;
	replay(f, 2, &p, &st);
	ck_assert_double_eq(st.load, 8);
	ck_assert_int_eq(st.extra_reps, 3);
	ck_assert_int_eq(st.outcome, OUT_KEPT);
	/* 2 x 15: the jump, and the program's range again */
	fake_session(&f[2], d + 7, 2, 15, 8, 2, 2, 8, 2, "normal", false);
	f[2].sets[0].target.reps_max = f[2].sets[1].target.reps_max = 15;
	replay(f, 3, &p, &st);
	ck_assert_double_eq(st.load, 10);
	ck_assert_int_eq(st.extra_reps, 0);
	ck_assert_int_eq(st.outcome, OUT_UP);
	fake_session(&f[3], d + 10, 2, 12, 10, 2, 2, 10, 2, "normal", false);
	replay(f, 4, &p, &st);
	ck_assert_double_eq(st.load, 10);
	ck_assert_int_eq(st.extra_reps, 3);
	/* what today says: 10 kg for 8-15, and why */
	replay(f, 1, &p, &st);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-23");
	struct slot_state *hs = one_slot(&h, "goblet-squat", "goblet-squat", 8);
	*hs = st;
	struct rx_input in = {.cat = &cat,
			      .prof = &p,
			      .program = prog,
			      .date = h.date,
			      .checkin = ck(3, 3, 2, 7)};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	const struct rx_exercise *x = find(rx, "goblet-squat");
	ck_assert_double_eq(x->load, 8);
	ck_assert_int_eq(x->reps_min, 8);
	ck_assert_int_eq(x->reps_max, 15);
	ck_assert_msg(says(x, "reps up to 15 before the next dumbbell: 8 -> 10 kg would be +25%"),
		      "%s", x->why[0]);
	/* the jump taken says what it took */
	replay(f, 3, &p, &st);
	*hs = st;
	rx_build(&in, &h, rx);
	x = find(rx, "goblet-squat");
	ck_assert_double_eq(x->load, 10);
	ck_assert_int_eq(x->reps_max, 12);
	ck_assert_msg(says(x, "up from 8 kg: every set reached 15"), "%s", x->why[0]);
	/* high blood pressure still caps the load: an estimate of 12 kg (firm) keeps 10 kg
	 * at 70% of it, 8.4, so 8 kg, whatever the range */
	p.hypertension = true;
	hs->e1rm_firm = 12;
	rx_build(&in, &h, rx);
	ck_assert_double_eq(find(rx, "goblet-squat")->load, 8);
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(double_progression_comes_down_after_two_sessions_under_the_range)
{
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	int d = day("2026-11-16");
	struct fake f[4];
	struct slot_state st;
	fake_session(&f[0], d, 2, 4, 8, 0, 2, 8, 2, "normal", false);
	fake_session(&f[1], d + 3, 2, 3, 8, 0, 2, 8, 2, "normal", false);
	replay(f, 1, &p, &st);
	ck_assert_double_eq(st.load, 8); /* once under: the same */
	replay(f, 2, &p, &st);
	ck_assert_double_eq(st.load, 6); /* twice: one step down (dumbbells 2, 4, ... 20) */
	ck_assert_int_eq(st.outcome, OUT_DOWN);
}
END_TEST

START_TEST(anxious_days_take_a_held_step_up_after_n_done_in_full)
{
	/* policy progression.careful_days (2): the load done in full on two anxious days */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	ck_assert_double_eq(cat.policy.progression_careful_days, 2);
	int d = day("2026-11-16");
	struct fake f[4];
	struct slot_state st;
	fake_session(&f[0], d, 2, 12, 20, 3, 2, 20, 3, "anxious", false);
	replay(f, 1, &p, &st);
	ck_assert_double_eq(st.load, 22); /* earned */
	ck_assert_double_eq(st.prev_load, 20);
	ck_assert_int_eq(st.steady, 1);
	/* the next anxious day holds 20 kg with reps before load (up to 14); 12 is in full */
	fake_session(&f[1], d + 3, 2, 12, 20, 3, 2, 20, 3, "anxious", false);
	f[1].sets[0].target.reps_max = f[1].sets[1].target.reps_max = 14;
	replay(f, 2, &p, &st);
	ck_assert_int_eq(st.steady, 2);
	ck_assert_double_eq(st.load, 22);
	/* so the third anxious day prescribes 22 (12 @ RIR 3 at 20 kg: the lower of the RTS
	 * chart's e1RM, 20 / 59.9% = 33.4, and Epley's on 15 reps, 30, so 30; with a firmer
	 * estimate of 33.4 since, 22 is 66% of it, under the anxious cap of 70%) */
	ck_assert_double_eq_tol(st.e1rm_firm, 30, 1e-9);
	st.e1rm_firm = 20 / 0.599;
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-23");
	struct slot_state *hs = one_slot(&h, "goblet-squat", "goblet-squat", 22);
	*hs = st;
	struct rx_input in = {.cat = &cat,
			      .prof = &p,
			      .program = prog,
			      .date = h.date,
			      .checkin = ck(3, 3, 4, 7)};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	ck_assert_double_eq(find(rx, "goblet-squat")->load, 22);
	ck_assert_int_eq(find(rx, "goblet-squat")->reps_max, 12);
	/* with only one done in full, it waits, and the reps may go up before the load
	 * (policy progression.careful_extra_reps) */
	hs->steady = 1;
	rx_build(&in, &h, rx);
	ck_assert_double_eq(find(rx, "goblet-squat")->load, 20);
	ck_assert_int_eq(find(rx, "goblet-squat")->reps_max,
			 12 + (int)cat.policy.progression_careful_extra_reps);
	ck_assert_int_eq(find(rx, "goblet-squat")->reps_min, 8);
	/* not on a low day: that is a hold, one set fewer, easier */
	in.checkin = ck(2, 3, 4, 7);
	rx_build(&in, &h, rx);
	ck_assert_int_eq(find(rx, "goblet-squat")->reps_max, 12);
	free(rx);
	rx_history_free(&h);
	/* a session that ends with a lower mood than it began with does not count */
	fake_session(&f[1], d + 3, 2, 12, 20, 3, 2, 20, 3, "anxious", false);
	f[1].s.checkin = ck(3, 3, 4, 7);
	f[1].s.mood_after = 2;
	replay(f, 2, &p, &st);
	ck_assert_int_eq(st.steady, 1);
}
END_TEST

START_TEST(a_hold_day_alone_never_moves_the_load_on)
{
	/* coaching-rules.md: a low day is a hold (no progression from it); 1.1: a step up is
	 * taken once the load was done in full on careful_days (2) such days.  8 kg, 2 x 12 on
	 * a low day (a hold, one set fewer: 1 set prescribed) is one of them, not a step up */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	int d = day("2026-11-16");
	struct fake f[5];
	struct slot_state st;
	fake_session(&f[0], d, 2, 12, 20, 2, 2, 20, 2, "normal", false);
	fake_session(&f[1], d + 3, 1, 12, 22, 3, 1, 22, 3, "low", true);
	replay(f, 2, &p, &st);
	ck_assert_double_eq(st.load, 22); /* the step from the ordinary day, no more */
	ck_assert_int_eq(st.outcome, OUT_HELD);
	ck_assert_int_eq(st.steady, 1);
	/* the second hold day done in full at the same load takes the step */
	fake_session(&f[2], d + 7, 1, 12, 22, 3, 1, 22, 3, "low", true);
	replay(f, 3, &p, &st);
	ck_assert_double_eq(st.load, 24);
	ck_assert_int_eq(st.outcome, OUT_HELD_UP);
	ck_assert_double_eq(st.prev_load, 22);
	/* one hold day at the new load is the first of two again */
	fake_session(&f[3], d + 10, 1, 12, 24, 3, 1, 24, 3, "low", true);
	replay(f, 4, &p, &st);
	ck_assert_double_eq(st.load, 24);
	ck_assert_int_eq(st.outcome, OUT_HELD);
	ck_assert_int_eq(st.steady, 1);
	/* a hold day under the range counts for nothing, against or for */
	fake_session(&f[3], d + 10, 1, 6, 24, 3, 1, 24, 3, "low", true);
	replay(f, 4, &p, &st);
	ck_assert_double_eq(st.load, 24);
	ck_assert_int_eq(st.under, 0);
	/* a hold day that ends with a lower mood does not count either */
	fake_session(&f[2], d + 7, 1, 12, 22, 3, 1, 22, 3, "low", true);
	f[2].s.checkin = ck(2, 3, 2, 7);
	f[2].s.mood_after = 1;
	replay(f, 3, &p, &st);
	ck_assert_double_eq(st.load, 22);
	ck_assert_int_eq(st.steady, 1);
	/* and the reason says what happened, on the next day's prescription */
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-30");
	struct slot_state *hs = one_slot(&h, "goblet-squat", "goblet-squat", 22);
	replay(f, 2, &p, hs);
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	ck_assert_double_eq(find(rx, "goblet-squat")->load, 22);
	ck_assert(says(find(rx, "goblet-squat"), "last time was a hold day"));
	replay(f, 3, &p, hs);
	hs->steady = 2;
	hs->outcome = OUT_HELD_UP;
	hs->load = 24;
	rx_build(&in, &h, rx);
	ck_assert_double_eq(find(rx, "goblet-squat")->load, 24);
	ck_assert(says(find(rx, "goblet-squat"), "on 2 hold days, so the step up is taken"));
	/* a low day after it takes the step the hold days earned */
	in.checkin = ck(2, 3, 2, 7);
	rx_build(&in, &h, rx);
	ck_assert_double_eq(find(rx, "goblet-squat")->load, 24);
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(with_nothing_heavier_the_range_grows_and_says_so)
{
	/* README: the range grows (8-12 to 8-15, progression.extend_reps) when the next load
	 * is a big jump; with no heavier dumbbell at all, the more so: the reps are the
	 * progress, and a heavier pair is the next step; never "add reps" at 8-12 */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	static double one[] = {6};
	p.dumbbells = one;
	p.n_dumbbells = 1;
	p.has_barbell = false;
	int d = day("2026-11-16");
	struct fake f[3];
	struct slot_state st;
	fake_session(&f[0], d, 2, 12, 6, 2, 2, 6, 2, "normal", false);
	replay(f, 1, &p, &st);
	ck_assert_double_eq(st.load, 6);
	ck_assert_int_eq(st.extra_reps, (int)cat.policy.progression_extend_reps);
	ck_assert_int_eq(st.outcome, OUT_NO_HEAVIER);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-30");
	struct slot_state *hs = one_slot(&h, "goblet-squat", "goblet-squat", 6);
	*hs = st;
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	const struct rx_exercise *x = find(rx, "goblet-squat");
	ck_assert_double_eq(x->load, 6);
	ck_assert_int_eq(x->reps_max, 15);
	ck_assert(says(x, "reps up to 15: 6 kg is the heaviest you have"));
	ck_assert(says(x, "a heavier pair of dumbbells is the next step"));
	ck_assert(!says(x, "add reps"));
	/* 2 x 15: the top of the longer range, with nothing heavier: it stays 8-15 */
	fake_session(&f[1], d + 3, 2, 15, 6, 2, 2, 6, 2, "normal", false);
	f[1].sets[0].target.reps_max = f[1].sets[1].target.reps_max = 15;
	replay(f, 2, &p, &st);
	ck_assert_double_eq(st.load, 6);
	ck_assert_int_eq(st.extra_reps, 3);
	ck_assert_int_eq(st.outcome, OUT_TOP);
	*hs = st;
	rx_build(&in, &h, rx);
	x = find(rx, "goblet-squat");
	ck_assert_int_eq(x->reps_max, 15);
	ck_assert(says(x, "every set reached 15 last time with the heaviest you have"));
	ck_assert(!says(x, "add reps"));
	/* a heavier pair bought: the jump from the longer range, back to 8-12 */
	static double two[] = {6, 8};
	p.dumbbells = two;
	p.n_dumbbells = 2;
	replay(f, 2, &p, &st);
	ck_assert_double_eq(st.load, 8);
	ck_assert_int_eq(st.extra_reps, 0);
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(a_trimmed_low_day_never_contradicts_itself)
{
	/* newcomer-month finding 14: "Crunch moved to the end" and then that exercise left
	 * out.  Over many time budgets: what moved to the end is the last exercise done,
	 * what is left out is not done, and one left out is named, never "the last 1" */
	struct profile p;
	person(&p, LEVEL_BEGINNER);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx *rx = malloc(sizeof(*rx));
	int moved = 0, left = 0;
	for (int minutes = 15; minutes <= 60; minutes++) {
		p.minutes = minutes;
		struct rx_history h;
		history_on(&h, &p, prog, "2026-11-05");
		struct rx_input in = {.cat = &cat,
				      .prof = &p,
				      .program = prog,
				      .date = h.date,
				      .checkin = ck(2, 3, 4, 7)};
		rx_build(&in, &h, rx);
		for (size_t i = 0; i < rx->n_adjustments; i++) {
			const char *w = rx->adjustments[i].what;
			ck_assert_msg(!strstr(w, "the last 1 "), "%d min: %s", minutes, w);
			for (size_t e = 0; e < cat.n_exercises; e++) {
				const char *name = cat.exercises[e]->name;
				size_t n = strlen(name);
				if (strncmp(w, name, n) != 0)
					continue;
				if (strcmp(w + n,
					   " moved to the end, so you finish on the easiest") ==
				    0) {
					moved++;
					ck_assert_str_eq(rx->ex[rx->n_ex - 1].ex->name, name);
				}
				if (strcmp(w + n, " left out today, from the end of the session") ==
				    0) {
					left++;
					ck_assert_ptr_null(find(rx, cat.exercises[e]->id));
				}
			}
		}
		rx_history_free(&h);
	}
	ck_assert_int_gt(moved, 0);
	ck_assert_int_gt(left, 0);
	free(rx);
}
END_TEST

START_TEST(health_limits_cap_the_load_and_raise_the_reps)
{
	/* ACSM FITT for hypertension (science.md): 60-70% 1RM, 8-12 reps; the policy caps
	 * at 70% and 8 reps.  PAR-Q+ not cleared: 50% and 10 reps. */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	p.hypertension = true;
	const struct program *prog = catalog_program(&cat, "barbell-5x5");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-23");
	struct slot_state *st = one_slot(&h, "barbell-back-squat", "barbell-back-squat", 90);
	st->e1rm = st->e1rm_firm = 100;
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	const struct rx_exercise *x = find(rx, "barbell-back-squat");
	ck_assert_ptr_nonnull(x);
	ck_assert_double_le(x->load, 70);
	ck_assert_double_ge(x->load, 65); /* the heaviest under the cap the plates make */
	ck_assert_int_ge(x->reps_min, 8);
	ck_assert_int_ge(x->rir, 2);
	p.parq_cleared = false;
	rx_build(&in, &h, rx);
	x = find(rx, "barbell-back-squat");
	ck_assert_double_le(x->load, 50);
	ck_assert_int_ge(x->reps_min, 10);
	ck_assert_int_ge(x->rir, 4);
	/* when even the empty bar is over the cap, it says so */
	st->e1rm_firm = 25;
	rx_build(&in, &h, rx);
	x = find(rx, "barbell-back-squat");
	ck_assert_double_eq(x->load, 20);
	ck_assert_int_eq(x->over_cap, 50);
	/* an estimate only from sets far from failure does not cap (it only bounds the max) */
	st->e1rm_firm = 0;
	st->e1rm = 25;
	p.parq_cleared = true;
	rx_build(&in, &h, rx);
	ck_assert_double_eq(find(rx, "barbell-back-squat")->load, 90);
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(recommend_ranks_low_rep_programs_down_for_high_blood_pressure)
{
	struct rec_query q = {.level = LEVEL_INTERMEDIATE,
			      .days = 3,
			      .minutes = 60,
			      .equipment =
				      (1u << EQ_BARBELL) | (1u << EQ_BENCH) | (1u << EQ_DUMBBELL),
			      .parq_cleared = true};
	struct rec_item *v;
	size_t n;
	int plain = -1, high = -1, gordon = -1;
	recommend(&cat, &q, &v, &n);
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].p->id, "barbell-5x5") == 0)
			plain = (int)i;
	free(v);
	q.hypertension = true;
	recommend(&cat, &q, &v, &n);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(v[i].p->id, "barbell-5x5") == 0)
			high = (int)i;
		if (strcmp(v[i].p->id, "gordon-home") == 0)
			gordon = (int)i;
	}
	free(v);
	ck_assert_int_ge(plain, 0);
	ck_assert_int_gt(high, plain);
	ck_assert_int_gt(high, gordon);
}
END_TEST

START_TEST(from_65_older_adult_doses_and_a_lighter_start)
{
	/* ACSM 2009 older adults: 60-80% 1RM, 8-12 reps; ACSM GETP: start older
	 * adults at 40-50% 1RM and 10-15 reps (science.md).  The policy: under 80%
	 * and 8 reps on, under 50% and 10 reps for the first 4 weeks, RIR >= 2. */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	p.age = 72;
	const struct program *prog = catalog_program(&cat, "barbell-5x5");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-09"); /* week 2: the lighter start */
	struct slot_state *st = one_slot(&h, "barbell-back-squat", "barbell-back-squat", 90);
	st->e1rm = st->e1rm_firm = 100;
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	const struct rx_exercise *x = find(rx, "barbell-back-squat");
	ck_assert_double_le(x->load, 50);
	ck_assert_int_ge(x->reps_min, 10);
	ck_assert_int_ge(x->rir, 2);
	rx_history_free(&h);
	history_on(&h, &p, prog, "2026-12-07"); /* week 6: older-adult doses */
	st = one_slot(&h, "barbell-back-squat", "barbell-back-squat", 90);
	st->e1rm = st->e1rm_firm = 100;
	in.date = h.date;
	rx_build(&in, &h, rx);
	x = find(rx, "barbell-back-squat");
	ck_assert_double_le(x->load, 80);
	ck_assert_double_ge(x->load, 75); /* the heaviest under the cap the plates make */
	ck_assert_int_ge(x->reps_min, 8);
	ck_assert_int_ge(x->rir, 2);
	/* at 64 none of it applies: the program's own 5 reps at 90 */
	p.age = 64;
	rx_build(&in, &h, rx);
	x = find(rx, "barbell-back-squat");
	ck_assert_double_eq(x->load, 90);
	ck_assert_int_eq(x->reps_min, 5);
	free(rx);
	rx_history_free(&h);
	/* recommend: from 65 a program written for older adults comes first */
	struct rec_query q = {.level = LEVEL_BEGINNER,
			      .days = 3,
			      .minutes = 45,
			      .equipment = 1u << EQ_DUMBBELL,
			      .parq_cleared = true,
			      .age = 72};
	q.goals[q.n_goals++] = "mood";
	struct rec_item *v;
	size_t n;
	recommend(&cat, &q, &v, &n);
	bool older_first = false;
	for (size_t i = 0; i < v[0].p->n_goals; i++)
		older_first |= strcmp(v[0].p->goals[i], "older-adult") == 0;
	ck_assert_msg(older_first, "first is %s", v[0].p->id);
	free(v);
}
END_TEST

START_TEST(ramp_sets_before_the_first_heavy_compound_lift)
{
	/* ACSM / StrongLifts: ramp sets at about 50% and 75% of the working load,
	 * rounded to what the plates make; never a step at or above the work */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	const struct program *prog = catalog_program(&cat, "barbell-5x5");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-23");
	one_slot(&h, "barbell-back-squat", "barbell-back-squat", 60);
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	const struct rx_exercise *x = find(rx, "barbell-back-squat");
	ck_assert_double_eq(x->load, 60);
	ck_assert_uint_eq(x->n_warmup, 2);
	ck_assert_double_eq(x->warmup[0].load, 30);
	ck_assert_double_eq(x->warmup[1].load, 45);
	ck_assert_int_eq(rx->warmup_min, (int)cat.policy.time_budget_warmup_min);
	int with = rx->est_min;
	/* at 25 kg, 50% rounds down to the empty bar and 75% to the bar again: one set */
	h.slots[0].state.load = h.slots[0].state.prev_load = 25;
	rx_build(&in, &h, rx);
	x = find(rx, "barbell-back-squat");
	ck_assert_double_eq(x->load, 25);
	ck_assert_uint_eq(x->n_warmup, 1);
	ck_assert_double_eq(x->warmup[0].load, 20);
	ck_assert_int_le(rx->est_min, with);
	/* only the first heavy compound lift of the day is ramped */
	size_t ramped = 0;
	for (size_t i = 0; i < rx->n_ex; i++)
		ramped += rx->ex[i].n_warmup > 0;
	ck_assert_uint_eq(ramped, 1);
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(rounding_keeps_a_rule_from_cutting_far_past_what_it_means)
{
	/* coaching-rules.md: short sleep, lower body -5% (Craven 2022: -3.4%); 1.1: where the
	 * next load down is more than ~10% under what a rule means, keep it and add RIR */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-23");
	one_slot(&h, "goblet-squat", "goblet-squat", 8);
	struct rx_input in = {.cat = &cat,
			      .prof = &p,
			      .program = prog,
			      .date = h.date,
			      .checkin = ck(3, 3, 2, 5.5)};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	const struct rx_exercise *x = find(rx, "goblet-squat");
	/* 8 x 0.95 = 7.6: 6 would be -25%, so 8 with one more rep in reserve */
	ck_assert_double_eq(x->load, 8);
	ck_assert_int_eq(x->rir, 3);
	ck_assert_int_eq(x->rir_instead, 1);
	/* upper body: no cut, no extra reserve */
	ck_assert_int_eq(find(rx, "dumbbell-floor-press")->rir, 2);
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(deload_and_time_off_do_not_stack)
{
	/* a deload week (x0.9) after 60 days off (x0.8): the larger cut, 0.8, not 0.72; and
	 * the deload's fewer sets without one more off for the break */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	const struct program *prog = catalog_program(&cat, "upper-lower-4");
	ck_assert_int_gt(prog->deload_every, 0);
	int week = prog->deload_every;
	struct rx_history h;
	rx_history_empty(&h, day("2026-11-02") + 7 * (week - 1));
	h.week = week;
	h.day = &prog->days[0];
	h.last_session = h.date - 60;
	struct slot_state *st =
		one_slot(&h, "dumbbell-shoulder-press", "dumbbell-shoulder-press", 20);
	st->last_date = h.last_session;
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	ck_assert(rx->deload);
	const struct rx_exercise *x = find(rx, "dumbbell-shoulder-press");
	ck_assert_double_eq(x->load, 16);
	struct slot_params sp =
		program_week_params(prog, &prog->days[0].slots[2], week, &cat.policy);
	ck_assert_int_lt(sp.sets, 3); /* the deload's fewer sets (3 x 0.6) */
	ck_assert_int_eq(x->sets, sp.sets);
	free(rx);
	rx_history_free(&h);
}
END_TEST

/* A person with no weights at all (bodyweight only), or with bands only. */
static void no_weights(struct profile *p, enum level level, unsigned bands)
{
	person(p, level);
	p->dumbbells = NULL;
	p->n_dumbbells = 0;
	p->has_barbell = false;
	p->bench = false;
	p->bands = bands;
}

static bool adjusted(const struct rx *rx, const char *what)
{
	for (size_t i = 0; i < rx->n_adjustments; i++)
		if (strstr(rx->adjustments[i].what, what))
			return true;
	return false;
}

START_TEST(stand_ins_train_the_same_pattern_and_joint_action)
{
	/* review U4: without dumbbells gordon-home put a burpee in for the goblet squat and a
	 * bench dip in for both the lateral raise and the curl.  coaching-rules.md 1.1: same
	 * pattern and joint action first; never a plyometric or high-cardio move for a
	 * beginner; never one exercise twice; leaving one out beats a bad match. */
	for (int lv = LEVEL_BEGINNER; lv <= LEVEL_INTERMEDIATE; lv++) {
		struct profile p;
		no_weights(&p, (enum level)lv, 0);
		const struct program *prog = catalog_program(&cat, "gordon-home");
		struct rx_history h;
		history_on(&h, &p, prog, "2026-11-23");
		struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
		struct rx *rx = malloc(sizeof(*rx));
		rx_build(&in, &h, rx);
		ck_assert_uint_eq(rx->n_ex, 6); /* the lateral raise and the curl left out */
		for (size_t i = 0; i < rx->n_ex; i++) {
			const struct exercise *e = rx->ex[i].ex;
			const struct exercise *o = catalog_exercise(&cat, rx->ex[i].slot->ref);
			ck_assert_int_eq(e->pattern, o->pattern);
			ck_assert_uint_eq(e->demands, 0);
			ck_assert(rx_can_do(&p, e));
			for (size_t j = 0; j < i; j++)
				ck_assert_ptr_ne(rx->ex[j].ex, e);
		}
		ck_assert_ptr_null(find(rx, "burpee"));
		ck_assert_ptr_null(find(rx, "bench-dip"));
		ck_assert_ptr_nonnull(find(rx, "reverse-lunge")); /* the same move, no weight */
		ck_assert(adjusted(rx, "Dumbbell lateral raise left out today"));
		ck_assert(adjusted(rx, "Dumbbell biceps curl left out today"));
		free(rx);
		rx_history_free(&h);
	}
}
END_TEST

START_TEST(a_jumping_stand_in_never_for_beginners_older_adults_or_high_blood_pressure)
{
	const struct exercise *goblet = catalog_exercise(&cat, "goblet-squat");
	const struct exercise *burpee = catalog_exercise(&cat, "burpee");
	ck_assert(burpee->demands & (1u << DEMAND_PLYOMETRIC));
	const struct program *prog = catalog_program(&cat, "gordon-home");
	const struct exercise *out[64];
	struct profile p;
	for (int who = 0; who < 4; who++) {
		no_weights(&p, who == 0 ? LEVEL_BEGINNER : LEVEL_INTERMEDIATE, 0);
		p.hypertension = who == 1;
		p.program = who == 2 ? "steady-strength-older" : "gordon-home";
		size_t n = rx_alternatives(&cat, &p, &prog->days[0].slots[0], goblet, out, 64);
		ck_assert_uint_gt(n, 0);
		bool has = false;
		for (size_t i = 0; i < n; i++) {
			ck_assert_int_eq(out[i]->pattern, PAT_SQUAT);
			has |= out[i] == burpee;
		}
		/* an intermediate without health limits may pick it, but never first */
		ck_assert(who == 3 ? has && out[0] != burpee : !has);
	}
}
END_TEST

START_TEST(one_exercise_never_stands_in_twice_in_a_session)
{
	/* a day with a biceps curl and a hammer curl and only bands: the band curl stands in
	 * for the first; nothing else bends the elbow, so the second is left out */
	struct profile p;
	no_weights(&p, LEVEL_BEGINNER, 1u << BAND_RED);
	const struct program *base = catalog_program(&cat, "gordon-home");
	struct program prog = *base;
	struct day d = base->days[0];
	struct slot slots[16];
	ck_assert_uint_le(d.n_slots, 16);
	memcpy(slots, d.slots, d.n_slots * sizeof(*slots));
	for (size_t i = 0; i < d.n_slots; i++)
		if (strcmp(slots[i].ref, "dumbbell-lateral-raise") == 0)
			slots[i].ref = "dumbbell-hammer-curl";
	d.slots = slots;
	prog.days = &d;
	prog.n_days = 1;
	struct rx_history h;
	history_on(&h, &p, &prog, "2026-11-23");
	struct rx_input in = {.cat = &cat, .prof = &p, .program = &prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	size_t curls = 0;
	for (size_t i = 0; i < rx->n_ex; i++)
		curls += strcmp(rx->ex[i].ex->id, "band-biceps-curl") == 0;
	ck_assert_uint_eq(curls, 1);
	ck_assert(adjusted(rx, "Dumbbell biceps curl left out today") ||
		  adjusted(rx, "Dumbbell hammer curl left out today"));
	ck_assert_ptr_null(find(rx, "band-lateral-raise")); /* no slot of it left */
	free(rx);
	rx_history_free(&h);
}
END_TEST

START_TEST(the_explanation_says_what_happened_last_time)
{
	/* issue 12: after a session done in full the reason said "it goes up once every set
	 * reaches 12" when every set had.  Each outcome of the progression has its own words. */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	int d = day("2026-11-16");
	struct fake f[2];
	struct slot_state st;
	/* 2 x 12 at 20 kg as prescribed: up to 22; then 2 x 12 at 20 kg when 20 was asked
	 * (a short night's cut of the 22): done in full, but lighter than the working load */
	fake_session(&f[0], d, 2, 12, 20, 2, 2, 20, 2, "normal", false);
	fake_session(&f[1], d + 3, 2, 12, 20, 2, 2, 20, 2, "normal", false);
	replay(f, 2, &p, &st);
	ck_assert_int_eq(st.outcome, OUT_LIGHTER);
	ck_assert_double_eq(st.load, 22);
	const struct program *prog = catalog_program(&cat, "gordon-home");
	const struct exercise *e = catalog_exercise(&cat, "goblet-squat");
	struct rx_exercise x = {
		.ex = e, .slot = &prog->days[0].slots[0], .reps_min = 8, .reps_max = 12};
	struct loadset ls;
	loadset_for(&ls, e, &p);
	char why[RX_TEXT];
	rx_explain_progression(&st, &x, &ls, &cat.policy, "kg", why, sizeof(why));
	ck_assert_ptr_nonnull(strstr(why, "every set reached 12 last time"));
	ck_assert_ptr_null(strstr(why, "once every set reaches"));
	struct {
		int outcome;
		const char *says;
	} table[] = {
		{OUT_UP, "up from 20 kg: every set reached 12"},
		{OUT_SHORT, "1 of the 2 sets were logged"},
		{OUT_EFFORT, "target not met"},
		{OUT_DOWN, "one step lighter: two sessions in a row under 8 reps"},
		{OUT_CAREFUL, "in full last time on a harder day"},
		{OUT_SWAPPED, "another exercise stood in"},
		{OUT_RESTED, "deload"},
		{OUT_TOP, "heaviest you have"},
	};
	st.prev_load = 20;
	st.logged_sets = 1;
	st.target_sets = 2;
	st.low_rir = 0;
	st.rir_floor = 2;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		st.outcome = table[i].outcome;
		rx_explain_progression(&st, &x, &ls, &cat.policy, "kg", why, sizeof(why));
		ck_assert_msg(strstr(why, table[i].says), "outcome %d: %s", table[i].outcome, why);
	}
	loadset_free(&ls);
}
END_TEST

START_TEST(a_calibration_worked_up_sets_the_first_working_load)
{
	/* coaching-rules.md 1.1: the first working load comes from the calibration's
	 * estimate at the target reps in reserve, not one dumbbell step at a time (review
	 * W4: weeks at the lightest dumbbell).  Worked up 4, 10, 16 kg for 12 reps; the last
	 * left 4 in reserve: the lower of the RTS chart's max (16 / 57.2% = 28.0) and
	 * Epley's on 16 reps (24.5), so 24.5; 12 reps with 3 in reserve is 59.9% of it (RTS),
	 * 14.7, so 14 kg, the next dumbbell down. */
	struct profile p;
	person(&p, LEVEL_BEGINNER);
	struct fake f[1];
	struct slot_state st;
	fake_session(&f[0], day("2026-11-02"), 3, 12, 4, 10, 1, 2, 3, "normal", false);
	f[0].sets[1].load = 10;
	f[0].sets[2].load = 16;
	f[0].sets[2].rir = 4;
	replay(f, 1, &p, &st);
	ck_assert_int_eq(st.outcome, OUT_CALIBRATED);
	ck_assert_double_eq_tol(st.e1rm_firm, e1rm_epley(16, 16), 1e-9);
	ck_assert_double_eq(st.load, 14);
	ck_assert_double_eq(st.prev_load, 14); /* where the person starts, not a step up */
	/* and it says so */
	const struct program *prog = catalog_program(&cat, "gordon-home");
	struct rx_history h;
	history_on(&h, &p, prog, "2026-11-05");
	struct slot_state *hs = one_slot(&h, "goblet-squat", "goblet-squat", 14);
	*hs = st;
	struct rx_input in = {.cat = &cat, .prof = &p, .program = prog, .date = h.date};
	struct rx *rx = malloc(sizeof(*rx));
	rx_build(&in, &h, rx);
	const struct rx_exercise *x = find(rx, "goblet-squat");
	ck_assert_double_eq(x->load, 14);
	ck_assert_ptr_nonnull(strstr(x->why[0], "from your first session's sets"));
	free(rx);
	rx_history_free(&h);
	/* one load all through (nothing worked up) seeds with that load, as before */
	fake_session(&f[0], day("2026-11-02"), 2, 12, 8, 2, 2, 8, 2, "normal", false);
	replay(f, 1, &p, &st);
	ck_assert_int_ne(st.outcome, OUT_CALIBRATED);
	ck_assert_double_eq(st.prev_load, 8);
}
END_TEST

START_TEST(sets_kept_far_from_failure_still_move_the_estimate_on)
{
	/* under a cap, sets at 70% for 8 reps leave 7 or more in reserve: never "firm"
	 * (policy rir_model.firm_rir_max 6), so the cap's estimate froze and so did the load.
	 * Such a set still shows a floor: Epley on the reps plus those left less Hackett's
	 * error (policy far_rir_error 2): 8 reps at 20 kg with 9 left is Epley(20, 15) = 30. */
	struct profile p;
	person(&p, LEVEL_INTERMEDIATE);
	int d = day("2026-11-16");
	struct fake f[2];
	struct slot_state st;
	fake_session(&f[0], d, 2, 12, 18, 3, 2, 18, 2, "normal", false);
	fake_session(&f[1], d + 3, 2, 8, 20, 9, 2, 20, 2, "normal", false);
	replay(f, 1, &p, &st);
	double before = st.e1rm_firm;
	ck_assert_double_lt(before, 30);
	replay(f, 2, &p, &st);
	ck_assert_double_eq_tol(st.e1rm_firm,
				e1rm_epley(20, 8 + 9 - (int)cat.policy.rir_model_far_rir_error),
				1e-9);
	/* a floor under the old estimate changes nothing */
	fake_session(&f[1], d + 3, 2, 8, 10, 10, 2, 10, 2, "normal", false);
	replay(f, 2, &p, &st);
	ck_assert_double_eq_tol(st.e1rm_firm, before, 1e-9);
}
END_TEST

/* Two histories of one date agree on everything a prescription reads. */
static void same_history(const struct rx_history *a, const struct rx_history *b)
{
	ck_assert_int_eq(a->week, b->week);
	ck_assert_int_eq(a->last_session, b->last_session);
	ck_assert_int_eq(a->paused_weeks, b->paused_weeks);
	ck_assert_ptr_eq(a->day, b->day);
	ck_assert_int_eq(a->next_date, b->next_date);
	ck_assert_uint_eq(a->n_slots, b->n_slots);
	for (size_t i = 0; i < a->n_slots; i++) {
		const struct slot_state *x = &a->slots[i].state, *y = &b->slots[i].state;
		ck_assert_str_eq(a->slots[i].key, b->slots[i].key);
		ck_assert_int_eq(x->known, y->known);
		ck_assert_str_eq(x->exercise, y->exercise);
		ck_assert(x->load == y->load && x->prev_load == y->prev_load);
		ck_assert_int_eq(x->band, y->band);
		ck_assert_int_eq(x->prev_band, y->prev_band);
		ck_assert_int_eq(x->rung, y->rung);
		ck_assert_int_eq(x->extra_reps, y->extra_reps);
		ck_assert_int_eq(x->failures, y->failures);
		ck_assert(x->e1rm == y->e1rm && x->e1rm_firm == y->e1rm_firm);
		ck_assert_int_eq(x->last_date, y->last_date);
		ck_assert_int_eq(x->sessions, y->sessions);
		ck_assert_int_eq(x->outcome, y->outcome);
		ck_assert_int_eq(x->under, y->under);
		ck_assert_int_eq(x->steady, y->steady);
		ck_assert_int_eq(x->logged_sets, y->logged_sets);
		ck_assert_int_eq(x->target_sets, y->target_sets);
		ck_assert_int_eq(x->low_rir, y->low_rir);
		ck_assert_int_eq(x->rir_floor, y->rir_floor);
		ck_assert_int_eq(x->swaps, y->swaps);
		ck_assert_int_eq(x->short_ok, y->short_ok);
		ck_assert_int_eq(x->jumped_top, y->jumped_top);
	}
	for (size_t i = 0; i < cat.n_exercises; i++) {
		double la = -1, lb = -1;
		int ba = -2, bb = -2;
		bool fa = rx_history_last_load(a, cat.exercises[i]->id, &la, &ba);
		bool fb = rx_history_last_load(b, cat.exercises[i]->id, &lb, &bb);
		ck_assert_int_eq(fa, fb);
		ck_assert(la == lb);
		ck_assert_int_eq(ba, bb);
	}
}

/* And the prescriptions made from them. */
static void same_rx(const struct rx *a, const struct rx *b)
{
	ck_assert_int_eq(a->rest_day, b->rest_day);
	ck_assert_uint_eq(a->n_ex, b->n_ex);
	for (size_t i = 0; i < a->n_ex; i++) {
		const struct rx_exercise *x = &a->ex[i], *y = &b->ex[i];
		ck_assert_ptr_eq(x->ex, y->ex);
		ck_assert(x->load == y->load);
		ck_assert_int_eq(x->sets, y->sets);
		ck_assert_int_eq(x->reps_min, y->reps_min);
		ck_assert_int_eq(x->reps_max, y->reps_max);
		ck_assert_int_eq(x->rir, y->rir);
		ck_assert_int_eq(x->band, y->band);
		ck_assert_uint_eq(x->n_why, y->n_why);
		for (size_t k = 0; k < x->n_why; k++)
			ck_assert_str_eq(x->why[k], y->why[k]);
	}
}

/* Log what rx prescribes, done the way day k goes: some sessions half done,
 * some under the range, some at failure, some anxious or short nights. */
static void do_rx(struct store *st, const struct rx *rx, const struct program *prog, int date,
		  int k, int week)
{
	struct exercise_done ex[RX_MAX_EX];
	struct set_done sets[RX_MAX_EX][8];
	size_t n = 0;
	for (size_t i = 0; i < rx->n_ex && n < RX_MAX_EX; i++) {
		const struct rx_exercise *x = &rx->ex[i];
		int want = x->sets < 8 ? x->sets : 8;
		int done = k % 5 == 0 && want > 1 ? want - 1 : want;
		int reps = k % 3 == 0 ? x->reps_min - 2 : k % 4 == 0 ? x->reps_min : x->reps_max;
		for (int j = 0; j < done; j++)
			sets[n][j] = (struct set_done){.reps = reps > 1 ? reps : 1,
						       .load = x->has_load ? x->load : 0,
						       .band = x->band,
						       .rir = k % 7 == 0 ? 0 : x->rir};
		ex[n] = (struct exercise_done){.id = x->ex->id,
					       .slot = x->slot_id,
					       .target = {.given = true,
							  x->reps_min,
							  x->reps_max,
							  x->rir,
							  x->band,
							  x->load,
							  x->sets},
					       .sets = sets[n],
					       .n_sets = (size_t)done};
		n++;
	}
	struct session s = {.date = date,
			    .program = prog->id,
			    .day = rx->day ? rx->day->name : NULL,
			    .checkin = {.given = true,
					.mood = 3,
					.energy = 3,
					.anxiety = k % 4 == 0 ? 4 : 2,
					.sleep = k % 6 == 0 ? 5 : 7.5},
			    .exercises = ex,
			    .n_exercises = n};
	struct session_meta m = {.week = week, .hold = k % 9 == 0, .readiness = "normal"};
	ck_assert(store_begin(st) && store_add_session(st, &s, &m, NULL) && store_commit(st));
}

/* Both ways of reading the log for date: every session replayed, and the
 * checkpoint (which it also writes) and the sessions after it. */
static int from_checkpoint; /* comparisons where the checkpoint was used */
static void compare_on(struct store *st, const struct profile *p, const struct program *prog,
		       int date, struct rx *full_rx)
{
	struct rx_history full, ck;
	ck_assert(rx_history_load_with(st, &cat, p, prog, date, false, &full));
	ck_assert(rx_history_load(st, &cat, p, prog, date, &ck));
	same_history(&full, &ck);
	from_checkpoint += ck.ckpt.through >= 0;
	struct rx_input in = {.cat = &cat, .prof = p, .program = prog, .st = st, .date = date};
	struct rx *ck_rx = malloc(sizeof(*ck_rx));
	rx_prescribe_from(&in, &full, full_rx);
	rx_prescribe_from(&in, &ck, ck_rx);
	same_rx(full_rx, ck_rx);
	free(ck_rx);
	rx_history_free(&full);
	rx_history_free(&ck);
}

/* coach log moves one history through a whole file (rx_history_advance) and
 * folds its older sessions into a checkpoint held in memory, so the memory
 * does not grow with the years: sixty weeks later every date still reads as
 * a full replay does, and only a few weeks of sessions are held. */
START_TEST(one_history_moved_through_sixty_weeks_reads_as_a_full_replay)
{
	const char *programs[] = {"gordon-home", "barbell-5x5"};
	for (size_t pi = 0; pi < sizeof(programs) / sizeof(programs[0]); pi++) {
		char dir[64], db[96];
		snprintf(dir, sizeof(dir), "/tmp/coach-adv-XXXXXX");
		ck_assert_ptr_nonnull(mkdtemp(dir));
		snprintf(db, sizeof(db), "%s/coach.db", dir);
		struct store *st;
		char *err = NULL;
		ck_assert_msg(store_open(&st, db, &err), "%s", err ? err : "");
		struct profile p;
		person(&p, LEVEL_BEGINNER);
		const struct program *prog = catalog_program(&cat, programs[pi]);
		ck_assert_ptr_nonnull(prog);
		p.program = prog->id;
		struct rx *rx = malloc(sizeof(*rx)), *adv_rx = malloc(sizeof(*adv_rx));
		struct rx_history adv;
		rx_history_empty(&adv, p.start - 1);
		int start = p.start, end = start + 60 * 7, logged = 0, folded = 0, compared = 0;
		size_t most = 0;
		for (int d = start; d < end; d++) {
			int k = d - start;
			ck_assert(rx_history_advance(st, &cat, &p, prog, d, &adv));
			struct rx_input in = {
				.cat = &cat, .prof = &p, .program = prog, .st = st, .date = d};
			rx_prescribe_from(&in, &adv, adv_rx);
			/* a full replay to compare with every third day (each costs
			 * the whole log) */
			if (k % 3 == 0) {
				struct rx_history full;
				ck_assert(
					rx_history_load_with(st, &cat, &p, prog, d, false, &full));
				same_history(&full, &adv);
				rx_prescribe_from(&in, &full, rx);
				same_rx(rx, adv_rx);
				rx_history_free(&full);
				compared++;
			}
			folded += adv.ckpt.through >= 0;
			most = adv.before.n > most ? adv.before.n : most;
			/* two months off in the middle: the weeks held */
			if (!(k >= 120 && k < 180) && !adv_rx->rest_day && adv_rx->n_ex) {
				do_rx(st, adv_rx, prog, d, k, adv.week);
				logged++;
			}
		}
		ck_assert_int_ge(compared, 130);
		ck_assert_int_ge(logged, 90);
		ck_assert_int_ge(folded, 100);
		ck_assert_uint_le(most, 64 + 7);
		rx_history_free(&adv);
		free(rx);
		free(adv_rx);
		store_close(st);
		snprintf(db, sizeof(db), "rm -rf %s", dir);
		ck_assert_int_eq(system(db), 0);
	}
}
END_TEST

START_TEST(a_replay_checkpoint_gives_what_a_full_replay_gives)
{
	const char *programs[] = {"gordon-home", "barbell-5x5", "first-steps-bodyweight",
				  "band-basics"};
	for (size_t pi = 0; pi < sizeof(programs) / sizeof(programs[0]); pi++) {
		char dir[64], db[96];
		snprintf(dir, sizeof(dir), "/tmp/coach-ckpt-XXXXXX");
		ck_assert_ptr_nonnull(mkdtemp(dir));
		snprintf(db, sizeof(db), "%s/coach.db", dir);
		struct store *st;
		char *err = NULL;
		ck_assert_msg(store_open(&st, db, &err), "%s", err ? err : "");
		struct profile p;
		person(&p, LEVEL_BEGINNER);
		p.bands = ~0u;
		const struct program *prog = catalog_program(&cat, programs[pi]);
		ck_assert_ptr_nonnull(prog);
		p.program = prog->id;
		struct rx *rx = malloc(sizeof(*rx));
		int start = p.start, end = start + 12 * 7, logged = 0;
		from_checkpoint = 0;
		for (int d = start; d < end; d++) {
			int k = d - start;
			compare_on(st, &p, prog, d, rx);
			/* three weeks off in the middle: the weeks held, loads lighter */
			if (k >= 30 && k < 51)
				continue;
			struct rx_history h;
			ck_assert(rx_history_load(st, &cat, &p, prog, d, &h));
			if (!rx->rest_day && rx->n_ex) {
				do_rx(st, rx, prog, d, k, h.week);
				logged++;
			}
			rx_history_free(&h);
		}
		ck_assert_int_ge(logged, 15);
		ck_assert_int_ge(from_checkpoint, 50);
		struct store_checkpoint c;
		ck_assert(store_checkpoint_get(st, prog->id, &c));
		ck_assert_int_lt(c.through, end);
		store_checkpoint_free(&c);
		/* a session dated back, on or before the checkpoint: it is gone */
		compare_on(st, &p, prog, end, rx);
		struct rx_history h;
		ck_assert(rx_history_load(st, &cat, &p, prog, start + 10, &h));
		rx_prescribe_from(&(struct rx_input){.cat = &cat,
						     .prof = &p,
						     .program = prog,
						     .st = st,
						     .date = start + 10},
				  &h, rx);
		rx_history_free(&h);
		compare_on(st, &p, prog, end, rx);
		if (rx->n_ex) {
			do_rx(st, rx, prog, start + 10, 3, 2);
			ck_assert(!store_checkpoint_get(st, prog->id, &c));
		}
		compare_on(st, &p, prog, end, rx);
		/* a date deleted */
		int removed = 0;
		ck_assert(store_begin(st) &&
			  store_delete_date(st, start + 21, store_last_session_id(st), false,
					    &removed) &&
			  store_commit(st));
		ck_assert(!store_checkpoint_get(st, prog->id, &c));
		compare_on(st, &p, prog, end, rx);
		compare_on(st, &p, prog, end + 3, rx);
		free(rx);
		store_close(st);
		char cmd[160];
		snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
		ck_assert_int_eq(system(cmd), 0);
	}
}
END_TEST

Suite *suite_rx(void)
{
	Suite *s = suite_create("rx");
	TCase *c = tcase_create("pipeline");
	tcase_add_unchecked_fixture(c, load_catalog, free_catalog);
	tcase_set_timeout(c, 60); /* the replays of a year's log, under the sanitizers too */
	tcase_add_test(c, first_time_is_a_calibration_set_at_the_lightest_load);
	tcase_add_test(c, the_effort_floor_is_the_highest_of_the_rules_that_apply);
	tcase_add_test(c, time_off_lightens_the_first_session_back);
	tcase_add_test(c, the_rir_model_loads_from_the_rts_chart);
	tcase_add_test(c, an_anxious_day_keeps_loads_under_the_cap_of_the_estimated_max);
	tcase_add_test(c, the_time_budget_drops_sets_from_the_end_then_exercises);
	tcase_add_test(c, long_breaks_pause_the_program_weeks);
	tcase_add_test(c, a_superset_rests_after_each_round_only);
	tcase_add_test(c, a_session_counts_only_as_prescribed);
	tcase_add_test(c, double_progression_comes_down_after_two_sessions_under_the_range);
	tcase_add_test(c, a_big_jump_to_the_next_dumbbell_grows_the_rep_range_first);
	tcase_add_test(c, anxious_days_take_a_held_step_up_after_n_done_in_full);
	tcase_add_test(c, a_hold_day_alone_never_moves_the_load_on);
	tcase_add_test(c, with_nothing_heavier_the_range_grows_and_says_so);
	tcase_add_test(c, a_trimmed_low_day_never_contradicts_itself);
	tcase_add_test(c, health_limits_cap_the_load_and_raise_the_reps);
	tcase_add_test(c, rounding_keeps_a_rule_from_cutting_far_past_what_it_means);
	tcase_add_test(c, deload_and_time_off_do_not_stack);
	tcase_add_test(c, recommend_ranks_low_rep_programs_down_for_high_blood_pressure);
	tcase_add_test(c, stand_ins_train_the_same_pattern_and_joint_action);
	tcase_add_test(c,
		       a_jumping_stand_in_never_for_beginners_older_adults_or_high_blood_pressure);
	tcase_add_test(c, one_exercise_never_stands_in_twice_in_a_session);
	tcase_add_test(c, the_explanation_says_what_happened_last_time);
	tcase_add_test(c, a_calibration_worked_up_sets_the_first_working_load);
	tcase_add_test(c, sets_kept_far_from_failure_still_move_the_estimate_on);
	tcase_add_test(c, from_65_older_adult_doses_and_a_lighter_start);
	tcase_add_test(c, ramp_sets_before_the_first_heavy_compound_lift);
	tcase_add_test(c, a_replay_checkpoint_gives_what_a_full_replay_gives);
	tcase_add_test(c, one_history_moved_through_sixty_weeks_reads_as_a_full_replay);
	suite_add_tcase(s, c);
	return s;
}
