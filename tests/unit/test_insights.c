/* insights.c: the distributions against published tables, the effects on
 * many simulated logs (no effect: false claims at or under the nominal
 * rate; a planted effect of realistic size: found), reliable change, and the
 * N-of-1 block randomisation and analysis. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/catalog.h"
#include "coach/clock.h"
#include "coach/experiment.h"
#include "coach/history.h"
#include "coach/insights.h"
#include "coach/rx.h"
#include "suites.h"

static struct catalog cat;

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

START_TEST(quantiles_match_the_tables)
{
	/* normal: 1.959964 (97.5%), 2.575829 (99.5%), 3.090232 (99.9%) */
	ck_assert_double_eq_tol(stat_norm_quantile(0.975), 1.959964, 1e-6);
	ck_assert_double_eq_tol(stat_norm_quantile(0.995), 2.575829, 1e-6);
	ck_assert_double_eq_tol(stat_norm_quantile(0.999), 3.090232, 1e-6);
	ck_assert_double_eq_tol(stat_norm_quantile(0.025), -1.959964, 1e-6);
	/* Student's t, two-sided 95%: df 1 12.706, 2 4.303, 5 2.571, 10 2.228, 30 2.042 */
	const struct {
		double df, q;
	} t[] = {{1, 12.7062}, {2, 4.3027}, {3, 3.1824}, {5, 2.5706}, {10, 2.2281}, {30, 2.0423}};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		ck_assert_msg(fabs(stat_t_quantile(0.975, t[i].df) - t[i].q) < 1e-3,
			      "t(0.975, %g) = %g, table %g", t[i].df,
			      stat_t_quantile(0.975, t[i].df), t[i].q);
	/* 99.5%, df 10: 3.169 */
	ck_assert_double_eq_tol(stat_t_quantile(0.995, 10), 3.1693, 1e-3);
	ck_assert_double_eq_tol(stat_t_cdf(0, 7), 0.5, 1e-12);
}
END_TEST

START_TEST(least_squares_recovers_a_line)
{
	/* y = 1 + 2x exactly, then with one point off: the slope and its SE by hand */
	double x[] = {1, 0, 1, 1, 1, 2, 1, 3, 1, 4};
	double y[] = {1, 3, 5, 7, 10};
	double coef[2], se, df;
	ck_assert(stat_ols(x, y, 5, 2, 1, coef, &se, &df));
	/* slope = Sxy/Sxx = 22/10 = 2.2; intercept 5.2 - 2.2*2 = 0.8 */
	ck_assert_double_eq_tol(coef[1], 2.2, 1e-12);
	ck_assert_double_eq_tol(coef[0], 0.8, 1e-12);
	/* residuals .2 0 -.2 -.4 .4: RSS .4, sigma^2 .4/3, se = sqrt(.4/3/10) */
	ck_assert_double_eq_tol(se, sqrt(0.4 / 3 / 10), 1e-12);
	ck_assert_double_eq(df, 3);
	/* a column that repeats another cannot be told apart */
	double xc[] = {1, 1, 1, 1, 1, 1, 1, 1};
	ck_assert(!stat_ols(xc, y, 4, 2, 1, coef, &se, &df));
}
END_TEST

/* --- simulated logs ---------------------------------------------------------- */

static int clamp5(double v)
{
	int r = (int)lround(v);
	return r < 1 ? 1 : r > 5 ? 5 : r;
}

/* A person's log as the coach would record it: a mood that drifts from day to
 * day (so days that start low tend to end higher: regression to the mean),
 * noisy ratings, readiness banded by the real rules, fewer sets and more
 * reps in reserve on low and anxious days, a short session on some low
 * days.  effect: how much more mood rises on harder sessions (RIR 2 or
 * less); 0 is the null, where nothing about a session changes its lift. */
static size_t simulate(uint64_t seed, size_t n, double effect, struct insight_obs *obs)
{
	uint64_t s = seed * 0x2545f4914f6cdd1dULL + 1;
	const int offsets[] = {0, 2, 4}; /* Mon, Wed, Fri */
	int monday = 20416;		 /* 2025-11-24, a Monday */
	double state = 0;
	for (size_t i = 0; i < n; i++) {
		state = 0.6 * state + 0.7 * stat_gaussian(&s);
		double mood = 3.1 + state;
		struct checkin ck = {.given = true};
		ck.mood = clamp5(mood + 0.6 * stat_gaussian(&s));
		ck.energy = clamp5(mood + 0.8 * stat_gaussian(&s));
		ck.anxiety = clamp5(5.8 - mood + 0.9 * stat_gaussian(&s));
		ck.sleep = 7 + 1.1 * stat_gaussian(&s) + 0.3 * state;
		struct readiness r;
		readiness_of(&ck, &cat.policy, &r);
		int exercises = 8, per = 2, rir = 2;
		if (r.low) {
			per = 1;
			rir += 1;
			if (stat_uniform(&s) < 0.4)
				exercises = 2;
		}
		if (r.anxious && rir < 3)
			rir = 3;
		if (stat_uniform(&s) < 0.15)
			exercises = 6; /* short of time */
		double done_rir = rir + (stat_uniform(&s) < 0.3	  ? -1
					 : stat_uniform(&s) < 0.3 ? 1
								  : 0);
		if (done_rir < 0)
			done_rir = 0;
		bool harder = done_rir <= 2;
		int after = clamp5(mood + 0.4 + (harder ? effect : 0) + 0.6 * stat_gaussian(&s));
		obs[i] = (struct insight_obs){
			.date = monday + (int)(i / 3) * 7 + offsets[i % 3],
			.before = ck.mood,
			.after = after,
			.energy = ck.energy,
			.anxiety = ck.anxiety,
			.exercises = exercises,
			.sets = exercises * per,
			.rir = done_rir,
			.band = (int)r.band,
		};
	}
	return n;
}

struct rates {
	int logs, any_clear, intensity_found, wrong_sign;
	int clear_by_factor[IF_N];
};

static void run_many(int seeds, size_t n, double effect, struct rates *out)
{
	memset(out, 0, sizeof(*out));
	struct insight_obs *obs = malloc(n * sizeof(*obs));
	ck_assert_ptr_nonnull(obs);
	for (int k = 0; k < seeds; k++) {
		simulate((uint64_t)k + 1, n, effect, obs);
		struct insights in;
		insights_compute(obs, n, NULL, &cat.policy, &in);
		ck_assert(in.enough_data);
		out->logs++;
		bool any = false;
		for (size_t i = 0; i < in.n_effects; i++) {
			const struct insight_effect *e = &in.effects[i];
			ck_assert(e->low <= e->estimate && e->estimate <= e->high);
			if (!e->clear)
				continue;
			any = true;
			out->clear_by_factor[e->factor]++;
			if (e->factor == IF_INTENSITY && e->estimate > 0)
				out->intensity_found++;
			if (e->factor == IF_INTENSITY && e->estimate < 0)
				out->wrong_sign++;
		}
		out->any_clear += any;
	}
	free(obs);
}

START_TEST(no_effect_is_almost_never_called_clear)
{
	/* the family-wise nominal rate is 5%: across many logs with no effect
	 * at all, the share with any "clear" line must be at or under it */
	const size_t sizes[] = {24, 60, 150, 300};
	for (size_t z = 0; z < sizeof(sizes) / sizeof(sizes[0]); z++) {
		struct rates r;
		run_many(1000, sizes[z], 0, &r);
		double rate = (double)r.any_clear / r.logs;
		fprintf(stderr,
			"null, %zu sessions, %d logs: %.1f%% with any clear effect "
			"(weekday %d, length %d, intensity %d, sets %d, readiness %d)\n",
			sizes[z], r.logs, 100 * rate, r.clear_by_factor[0], r.clear_by_factor[1],
			r.clear_by_factor[2], r.clear_by_factor[3], r.clear_by_factor[4]);
		ck_assert_msg(rate <= 0.05, "%zu sessions: %.3f of null logs had a clear effect",
			      sizes[z], rate);
	}
}
END_TEST

START_TEST(the_old_trap_regression_to_the_mean_is_not_a_finding)
{
	/* the case issue 17 began with: 24 sessions, no effect; days that start
	 * low rise most by chance.  Readiness "low" must not come out clear. */
	struct rates r;
	run_many(1000, 24, 0, &r);
	ck_assert_int_le(r.clear_by_factor[IF_READINESS], 50);
	/* and the raw comparison the coach used to make does show the trap */
	struct insight_obs obs[24];
	int rises_more = 0;
	for (int k = 0; k < 200; k++) {
		simulate((uint64_t)k + 1, 24, 0, obs);
		double lo = 0, other = 0;
		int nl = 0, no = 0;
		for (size_t i = 0; i < 24; i++) {
			if (obs[i].band == 1)
				lo += obs[i].after - obs[i].before, nl++;
			else
				other += obs[i].after - obs[i].before, no++;
		}
		if (nl && no && lo / nl > other / no)
			rises_more++;
	}
	ck_assert_int_ge(rises_more, 140); /* the naive "went best: days you felt low" */
}
END_TEST

START_TEST(a_planted_effect_of_realistic_size_is_found)
{
	/* harder sessions lift mood by 0.6 points more (on a 1-5 scale, about
	 * 0.6 of the session-to-session spread, like Gordon 2018's 0.66 SD):
	 * over 150 sessions (a year at three a week) it should be found */
	struct rates r;
	run_many(300, 150, 0.6, &r);
	double power = (double)r.intensity_found / r.logs;
	fprintf(stderr, "effect 0.6, 150 sessions: found in %.1f%% of %d logs, wrong sign %d\n",
		100 * power, r.logs, r.wrong_sign);
	ck_assert_msg(power >= 0.8, "found in only %.3f", power);
	ck_assert_int_eq(r.wrong_sign, 0);
	/* and it is the intensity that is found, not every factor */
	ck_assert_int_le(r.clear_by_factor[IF_WEEKDAY], 15);
	run_many(300, 300, 0.4, &r);
	fprintf(stderr, "effect 0.4, 300 sessions: found in %.1f%%\n",
		100.0 * r.intensity_found / r.logs);
	ck_assert_int_ge(r.intensity_found, 240);
}
END_TEST

START_TEST(few_sessions_say_not_enough_data)
{
	struct insight_obs obs[11];
	simulate(7, 11, 2.0, obs); /* even a huge effect: too few sessions */
	struct insights in;
	insights_compute(obs, 11, NULL, &cat.policy, &in);
	ck_assert(!in.enough_data);
	ck_assert_uint_eq(in.n_effects, 0);
	struct sbuf b = {0};
	insights_text(&in, &b);
	ck_assert_ptr_nonnull(strstr(sbuf_str(&b), "Not enough data yet"));
	ck_assert_ptr_null(strstr(sbuf_str(&b), "works"));
	sbuf_free(&b);
	insights_compute(NULL, 0, NULL, &cat.policy, &in);
	ck_assert_int_eq(in.sessions, 0);
	insights_text(&in, &b);
	ck_assert_ptr_nonnull(strstr(sbuf_str(&b), "Not enough data yet"));
	sbuf_free(&b);
}
END_TEST

START_TEST(shrinkage_pulls_a_few_sessions_toward_the_prior)
{
	/* 12 sessions, four on each side where the harder ones rose 2 points
	 * more: the raw estimate is large, the shown one is pulled toward 0 */
	struct insight_obs obs[12];
	for (int i = 0; i < 12; i++) {
		bool hard = i % 2 == 0;
		obs[i] = (struct insight_obs){.date = 20416 + i * 2,
					      .before = 3,
					      .after = hard ? 5 : 3 + (i % 4 == 1),
					      .energy = 3,
					      .anxiety = 2,
					      .exercises = 8,
					      .sets = 16,
					      .rir = hard ? 1 : 3,
					      .band = 0};
	}
	struct insights in;
	insights_compute(obs, 12, NULL, &cat.policy, &in);
	const struct insight_effect *e = NULL;
	for (size_t i = 0; i < in.n_effects; i++)
		if (in.effects[i].factor == IF_INTENSITY)
			e = &in.effects[i];
	ck_assert_ptr_nonnull(e);
	ck_assert_double_gt(e->raw, 1.4);
	ck_assert_double_lt(e->estimate, e->raw);
	ck_assert_double_gt(e->estimate, 0);
	/* the correction: the level is 1 - 0.05 / (effects shown) */
	ck_assert_double_eq_tol(in.level, 1 - 0.05 / (double)in.n_effects, 1e-12);
	ck_assert(e->clear == (e->low > 0 || e->high < 0));
}
END_TEST

static void add_screen(struct screen_list *l, struct screen_row *rows, const char *scale, int date,
		       int score)
{
	rows[l->n] = (struct screen_row){.date = date, .score = score, .scale = scale, .band = ""};
	l->n++;
}

START_TEST(questionnaire_trends_use_reliable_change)
{
	struct screen_row rows[8];
	struct screen_list l = {.v = rows};
	add_screen(&l, rows, "phq9", 100, 14);
	add_screen(&l, rows, "gad7", 100, 12);
	add_screen(&l, rows, "phq2", 100, 4);
	add_screen(&l, rows, "phq9", 128, 11);
	add_screen(&l, rows, "gad7", 128, 8);
	add_screen(&l, rows, "phq9", 156, 8);
	add_screen(&l, rows, "phq2", 156, 1);
	struct insights in;
	insights_compute(NULL, 0, &l, &cat.policy, &in);
	ck_assert_uint_eq(in.n_screens, 3);
	/* PHQ-9 14 -> 8: a change of 6, reliable (the policy's 6) */
	ck_assert_str_eq(in.screens[0].scale, "phq9");
	ck_assert_int_eq(in.screens[0].change, -6);
	ck_assert(in.screens[0].reliable_change);
	ck_assert_int_eq(in.screens[0].direction, -1);
	ck_assert_int_eq(in.screens[0].n, 3);
	/* GAD-7 12 -> 8: 4, reliable (the policy's 4) */
	ck_assert(in.screens[1].reliable_change);
	/* PHQ-2: no published threshold, never called reliable */
	ck_assert_str_eq(in.screens[2].scale, "phq2");
	ck_assert(!in.screens[2].has_threshold);
	ck_assert(!in.screens[2].reliable_change);
	/* 14 -> 9 is not enough */
	rows[5].score = 9;
	insights_compute(NULL, 0, &l, &cat.policy, &in);
	ck_assert(!in.screens[0].reliable_change);
	ck_assert_int_eq(in.screens[0].direction, 0);
	/* a rise of 6 is a reliable worsening */
	rows[5].score = 20;
	insights_compute(NULL, 0, &l, &cat.policy, &in);
	ck_assert_int_eq(in.screens[0].direction, 1);
	struct sbuf b = {0};
	insights_text(&in, &b);
	ck_assert_ptr_nonnull(strstr(sbuf_str(&b), "reliable worsening"));
	sbuf_free(&b);
}
END_TEST

/* --- N-of-1 ---------------------------------------------------------------------- */

START_TEST(blocks_are_randomised_in_balanced_pairs)
{
	char arms[2 * TRIAL_MAX_PAIRS + 1], again[2 * TRIAL_MAX_PAIRS + 1];
	int first_a[4] = {0}, seen[64] = {0};
	const int seeds = 4000;
	for (int k = 0; k < seeds; k++) {
		trial_randomise((uint64_t)k * 7919 + 3, 4, arms);
		ck_assert_uint_eq(strlen(arms), 8);
		trial_randomise((uint64_t)k * 7919 + 3, 4, again);
		ck_assert_str_eq(arms, again); /* the same seed, the same design */
		int ab = 0, code = 0;
		for (int j = 0; j < 4; j++) {
			/* every pair holds one of each */
			ck_assert(arms[2 * j] != arms[2 * j + 1]);
			ck_assert(arms[2 * j] == 'A' || arms[2 * j] == 'B');
			first_a[j] += arms[2 * j] == 'A';
			ab += arms[2 * j] == 'A';
			code = code * 2 + (arms[2 * j] == 'A');
		}
		ck_assert_int_eq(ab, 2); /* four pairs: two of each order */
		seen[code]++;
	}
	/* each pair's order is a fair coin, and all six balanced designs occur */
	for (int j = 0; j < 4; j++)
		ck_assert_msg(abs(first_a[j] - seeds / 2) < 150, "pair %d: A first %d of %d", j,
			      first_a[j], seeds);
	int designs = 0;
	for (int c = 0; c < 16; c++)
		if (seen[c]) {
			designs++;
			ck_assert_int_gt(seen[c], seeds / 6 - 150);
		}
	ck_assert_int_eq(designs, 6);
	/* three pairs: one order twice, the other once, never all alike */
	int counts[2] = {0};
	for (int k = 0; k < seeds; k++) {
		trial_randomise((uint64_t)k + 11, 3, arms);
		int ab = (arms[0] == 'A') + (arms[2] == 'A') + (arms[4] == 'A');
		ck_assert(ab == 1 || ab == 2);
		counts[ab - 1]++;
	}
	ck_assert_int_gt(counts[0], seeds / 2 - 150);
	ck_assert_int_gt(counts[1], seeds / 2 - 150);
}
END_TEST

START_TEST(the_trial_analysis_removes_a_time_trend)
{
	/* no noise: score = 12 - 1.5 per block, and arm A 3 lower */
	const char *arms = "ABBAAB";
	double s[6];
	for (int k = 0; k < 6; k++)
		s[k] = 12 - 1.5 * k + (arms[k] == 'A' ? -3 : 0) + (k % 2 ? 0.01 : -0.01);
	struct trial_result r;
	trial_analyse(arms, s, 3, 0.95, &r);
	ck_assert(r.enough);
	ck_assert_int_eq(r.pairs_scored, 3);
	ck_assert_double_eq_tol(r.estimate, -3, 0.05);
	ck_assert_double_eq_tol(r.trend, -1.5, 0.01);
	ck_assert(r.clear);
	ck_assert_double_eq(r.df, 3);
	/* the raw within-pair differences carry the trend: with scores falling,
	 * A looks worse when it came first (AB) than when it came second (BA) */
	ck_assert_double_gt(r.pair_diff[0], r.pair_diff[1]);
	ck_assert_double_eq_tol(r.pair_diff[0], -1.5 - 0.02, 1e-9);
	/* a block without a score: that pair is left out, and two pairs are too few */
	s[3] = NAN;
	trial_analyse(arms, s, 3, 0.95, &r);
	ck_assert(!r.enough);
	ck_assert_int_eq(r.pairs_scored, 2);
	ck_assert(isnan(r.pair_diff[1]));
}
END_TEST

START_TEST(trials_without_an_effect_are_rarely_clear_and_real_ones_are_found)
{
	const int seeds = 4000;
	char arms[2 * TRIAL_MAX_PAIRS + 1];
	for (int pairs = 3; pairs <= 6; pairs += 3) {
		int clear_null = 0, found = 0;
		for (int k = 0; k < seeds; k++) {
			uint64_t s = (uint64_t)k * 104729 + (uint64_t)pairs;
			trial_randomise(s, pairs, arms);
			double null_scores[2 * TRIAL_MAX_PAIRS], eff_scores[2 * TRIAL_MAX_PAIRS];
			double drift = 0;
			for (int b = 0; b < 2 * pairs; b++) {
				/* a PHQ-9 falling about half a point a fortnight, with noise */
				drift += 0.5 * stat_gaussian(&s);
				double base = 12 - 0.5 * b + drift + 2.0 * stat_gaussian(&s);
				null_scores[b] = round(base);
				eff_scores[b] = round(base + (arms[b] == 'A' ? -4 : 0));
			}
			struct trial_result r;
			trial_analyse(arms, null_scores, 3, 0.95, &r);
			clear_null += r.clear;
			trial_analyse(arms, eff_scores, 3, 0.95, &r);
			found += r.clear && r.estimate < 0;
		}
		double rate = (double)clear_null / seeds;
		double se = sqrt(0.05 * 0.95 / seeds);
		fprintf(stderr,
			"trial, %d pairs: null clear %.2f%% (nominal 5%%); 4-point effect found "
			"%.1f%%\n",
			pairs, 100 * rate, 100.0 * found / seeds);
		/* the t interval is exact for normal noise: at nominal, within
		 * three Monte Carlo standard errors */
		ck_assert_msg(rate <= 0.05 + 3 * se, "%d pairs: %.4f", pairs, rate);
		ck_assert_int_ge(found, pairs == 3 ? seeds / 4 : seeds * 3 / 4);
	}
}
END_TEST

/* --- the experiment's hook on a built prescription ------------------------- */

struct built {
	struct profile p;
	struct rx_history h;
	struct rx_input in;
	struct rx before, after;
};

/* first-steps-bodyweight (RIR 2 as written), week 3 of an intermediate,
 * on date, built and then the experiment applied to a copy */
static void build(struct built *b, const char *date, const struct checkin *c,
		  const struct experiment *x, bool risk)
{
	memset(b, 0, sizeof(*b));
	profile_defaults(&b->p);
	b->p.level = LEVEL_INTERMEDIATE;
	b->p.minutes = 90;
	b->p.weekdays = 1u << WD_MON | 1u << WD_WED | 1u << WD_FRI;
	const struct program *prog = catalog_program(&cat, "first-steps-bodyweight");
	ck_assert_ptr_nonnull(prog);
	int d;
	ck_assert(date_parse(date, &d));
	b->p.start = d - 14;
	rx_history_empty(&b->h, d);
	b->h.week = 3;
	b->h.last_session = d - 2;
	b->h.day = &prog->days[0];
	b->in = (struct rx_input){.cat = &cat, .prof = &b->p, .program = prog, .date = d};
	if (c)
		b->in.checkin = *c;
	rx_build(&b->in, &b->h, &b->before);
	b->after = b->before;
	experiment_apply(x, risk, "a test", &b->in, &b->h, &b->after);
	rx_history_free(&b->h);
}

static void trial_of(struct experiment *x, enum experiment_kind kind, const char *start,
		     const char *arms)
{
	int d;
	ck_assert(date_parse(start, &d));
	experiment_new(x, kind, "phq9", d, 3, 14, 1);
	snprintf(x->arms, sizeof(x->arms), "%s", arms);
}

START_TEST(the_experiment_moves_a_day_only_within_its_rules)
{
	struct built *b = malloc(sizeof(*b));
	struct experiment x;
	const struct policy *pol = &cat.policy;
	trial_of(&x, EXP_INTENSITY, "2026-11-30", "BABABA");
	/* block 1 (easier): more in reserve, never less */
	build(b, "2026-12-02", NULL, &x, false);
	ck_assert_uint_gt(b->after.n_ex, 0);
	for (size_t i = 0; i < b->after.n_ex; i++) {
		ck_assert_int_ge(b->after.ex[i].rir, (int)pol->experiment_easy_rir_min);
		ck_assert_int_ge(b->after.ex[i].rir, b->before.ex[i].rir);
		ck_assert_int_eq(b->after.ex[i].sets, b->before.ex[i].sets);
	}
	/* block 2 (harder) on a normal day: within 1-2, never above what was written */
	build(b, "2026-12-16", NULL, &x, false);
	for (size_t i = 0; i < b->after.n_ex; i++) {
		ck_assert_int_le(b->after.ex[i].rir, (int)pol->experiment_hard_rir_max);
		ck_assert_int_ge(b->after.ex[i].rir, (int)pol->experiment_hard_rir_min);
	}
	/* block 2 on a low, anxious day: the day's rules stand, nothing harder */
	struct checkin low = {.given = true, .mood = 2, .energy = 2, .anxiety = 4, .sleep = 7};
	build(b, "2026-12-16", &low, &x, false);
	for (size_t i = 0; i < b->after.n_ex; i++) {
		ck_assert_int_eq(b->after.ex[i].rir, b->before.ex[i].rir);
		ck_assert_int_ge(b->after.ex[i].rir, (int)pol->anxious_rir_min);
	}
	/* a risk signal: paused, the session as built, and it says so */
	build(b, "2026-12-16", NULL, &x, true);
	ck_assert_uint_eq(b->after.n_ex, b->before.n_ex);
	for (size_t i = 0; i < b->after.n_ex; i++)
		ck_assert_int_eq(b->after.ex[i].rir, b->before.ex[i].rir);
	ck_assert_uint_eq(b->after.n_advisories, b->before.n_advisories + 1);
	ck_assert_ptr_nonnull(strstr(b->after.advisories[b->after.n_advisories - 1], "paused"));
	/* a health limit (high blood pressure) rules intensity out: paused too */
	b->p.hypertension = true;
	ck_assert_ptr_nonnull(experiment_refusal(EXP_INTENSITY, &b->p, NULL));
	ck_assert_ptr_null(experiment_refusal(EXP_LENGTH, &b->p, NULL));
	/* stopped: nothing at all */
	x.stopped = x.start + 10;
	build(b, "2026-12-16", NULL, &x, false);
	ck_assert_uint_eq(b->after.n_adjustments, b->before.n_adjustments);
	ck_assert_uint_eq(b->after.n_advisories, b->before.n_advisories);
	/* length, short block: half the sets, rounded up, never under one */
	trial_of(&x, EXP_LENGTH, "2026-11-30", "BABABA");
	build(b, "2026-12-02", NULL, &x, false);
	for (size_t i = 0; i < b->after.n_ex; i++) {
		int s = b->before.ex[i].sets;
		ck_assert_int_eq(b->after.ex[i].sets, (s + 1) / 2 < 1 ? 1 : (s + 1) / 2);
	}
	ck_assert_int_le(b->after.est_min, b->before.est_min);
	/* and the full block leaves it as written */
	build(b, "2026-12-16", NULL, &x, false);
	for (size_t i = 0; i < b->after.n_ex; i++)
		ck_assert_int_eq(b->after.ex[i].sets, b->before.ex[i].sets);
	free(b);
}
END_TEST

START_TEST(block_scores_come_from_the_screen_nearest_each_end)
{
	struct experiment x;
	trial_of(&x, EXP_INTENSITY, "2026-11-30", "ABBAAB");
	int end1 = experiment_block_end(&x, 0);
	ck_assert_int_eq(end1 - x.start, 13);
	ck_assert_int_eq(experiment_block(&x, x.start + 14), 1);
	ck_assert_int_eq(experiment_block(&x, x.start - 1), -1);
	ck_assert_int_eq(experiment_block(&x, x.start + 200), 6);
	struct screen_row rows[6];
	struct screen_list l = {.v = rows};
	/* block 1: two in the window, the nearer counts; a GAD-7 does not */
	add_screen(&l, rows, "phq9", end1 - 3, 12);
	add_screen(&l, rows, "phq9", end1 + 1, 9);
	add_screen(&l, rows, "gad7", end1, 3);
	/* block 2: one outside the window (5 days early) */
	add_screen(&l, rows, "phq9", experiment_block_end(&x, 1) - 5, 7);
	double s[6];
	experiment_scores(&x, &l, &cat.policy, s);
	ck_assert_double_eq(s[0], 9);
	ck_assert(isnan(s[1]));
	ck_assert(isnan(s[5]));
}
END_TEST

/* The Feeling Scale's mean and harder-against-easier difference, with the
 * t quantiles of the published table: t(0.975, 13) = 2.1604, t(0.975, 12)
 * = 2.1788, t(0.975, 7) = 2.3646.  Seven harder sessions (RIR 1) felt -1 or
 * 0, seven easier (RIR 4) +3 or +2. */
START_TEST(feeling_intervals_match_the_t_table)
{
	struct insight_feel v[14];
	for (int i = 0; i < 7; i++) {
		v[i] = (struct insight_feel){i % 2 ? 0 : -1, 1};
		v[7 + i] = (struct insight_feel){i % 2 ? 2 : 3, 4};
	}
	struct insight_feeling f;
	insights_feeling(v, 14, &cat.policy, &f);
	ck_assert_int_eq(f.n, 14);
	/* mean 1, variance 38/13: half-width 2.1604 * sqrt(38 / 13 / 14) */
	ck_assert_double_eq_tol(f.mean, 1.0, 1e-9);
	ck_assert_double_eq_tol(f.high - f.mean, 2.1604 * sqrt(38.0 / 13 / 14), 1e-3);
	ck_assert_double_eq_tol(f.mean - f.low, f.high - f.mean, 1e-9);
	ck_assert(f.compared);
	ck_assert_int_eq(f.n_harder, 7);
	ck_assert_int_eq(f.n_easier, 7);
	/* -4/7 against 18/7; equal variances 2/7, so Welch's df is 12 */
	ck_assert_double_eq_tol(f.diff, -22.0 / 7, 1e-9);
	double half = 2.1788 * sqrt(2 * (2.0 / 7) / 7);
	ck_assert_double_eq_tol(f.diff_low, -22.0 / 7 - half, 1e-3);
	ck_assert_double_eq_tol(f.diff_high, -22.0 / 7 + half, 1e-3);
	ck_assert(f.clear);
	struct insights in;
	insights_compute(NULL, 0, NULL, &cat.policy, &in);
	in.feeling = f;
	struct sbuf b = {0};
	insights_text(&in, &b);
	ck_assert_ptr_nonnull(
		strstr(sbuf_str(&b), "the Feeling Scale, -5 to +5): +1.0 on average"));
	ck_assert_ptr_nonnull(strstr(sbuf_str(&b), "seem to feel worse than easier ones: -3.1"));
	sbuf_free(&b);
}
END_TEST

/* Unequal variances: with every harder session at 0, Welch's degrees of
 * freedom are the easier side's n - 1 = 7. */
START_TEST(feeling_uses_welch_for_unequal_variances)
{
	struct insight_feel v[13];
	for (int i = 0; i < 4; i++)
		v[i] = (struct insight_feel){0, 2};
	for (int i = 0; i < 8; i++)
		v[4 + i] = (struct insight_feel){1 + i % 4, 3.5};
	v[12] = (struct insight_feel){5, -1}; /* no RIR: in the mean, on neither side */
	struct insight_feeling f;
	insights_feeling(v, 13, &cat.policy, &f);
	ck_assert_int_eq(f.n, 13);
	ck_assert_int_eq(f.n_harder, 4);
	ck_assert_int_eq(f.n_easier, 8);
	ck_assert(f.compared);
	ck_assert_double_eq_tol(f.diff, -2.5, 1e-9);
	/* easier: variance 10/7 over 8 sessions */
	ck_assert_double_eq_tol(f.diff_high, -2.5 + 2.3646 * sqrt(10.0 / 7 / 8), 1e-3);
	ck_assert(f.clear);
}
END_TEST

START_TEST(feeling_compares_only_with_enough_on_each_side)
{
	struct insight_feel v[14];
	for (int i = 0; i < 14; i++)
		v[i] = (struct insight_feel){i < 3 ? -2 : 3, i < 3 ? 1 : 4};
	struct insight_feeling f;
	/* three harder sessions: under min_group */
	insights_feeling(v, 14, &cat.policy, &f);
	ck_assert(!f.compared);
	ck_assert_int_eq(f.n_harder, 3);
	/* eleven sessions in all: under min_sessions, whatever the split */
	for (int i = 0; i < 6; i++)
		v[i].rir = 1;
	insights_feeling(v, 11, &cat.policy, &f);
	ck_assert(!f.compared);
	struct insights in;
	insights_compute(NULL, 0, NULL, &cat.policy, &in);
	in.feeling = f;
	struct sbuf b = {0};
	insights_text(&in, &b);
	ck_assert_ptr_nonnull(strstr(sbuf_str(&b), "Not enough yet to compare how harder"));
	ck_assert_ptr_null(strstr(sbuf_str(&b), "seem to feel"));
	sbuf_free(&b);
	/* one session: its feeling, no interval; none: no line at all */
	insights_feeling(v, 1, &cat.policy, &in.feeling);
	insights_text(&in, &b);
	ck_assert_ptr_nonnull(strstr(sbuf_str(&b), "-2.0 after your one session so far"));
	sbuf_free(&b);
	insights_feeling(v, 0, &cat.policy, &in.feeling);
	insights_text(&in, &b);
	ck_assert_ptr_null(strstr(sbuf_str(&b), "Feeling Scale"));
	sbuf_free(&b);
}
END_TEST

Suite *suite_insights(void)
{
	Suite *s = suite_create("insights");
	TCase *t = tcase_create("statistics");
	tcase_set_timeout(t, 120);
	tcase_add_test(t, quantiles_match_the_tables);
	tcase_add_test(t, least_squares_recovers_a_line);
	tcase_add_test(t, blocks_are_randomised_in_balanced_pairs);
	tcase_add_test(t, the_trial_analysis_removes_a_time_trend);
	tcase_add_test(t, trials_without_an_effect_are_rarely_clear_and_real_ones_are_found);
	suite_add_tcase(s, t);
	TCase *c = tcase_create("simulated logs");
	tcase_set_timeout(c, 240);
	tcase_add_unchecked_fixture(c, load_catalog, free_catalog);
	tcase_add_test(c, no_effect_is_almost_never_called_clear);
	tcase_add_test(c, the_old_trap_regression_to_the_mean_is_not_a_finding);
	tcase_add_test(c, a_planted_effect_of_realistic_size_is_found);
	tcase_add_test(c, few_sessions_say_not_enough_data);
	tcase_add_test(c, shrinkage_pulls_a_few_sessions_toward_the_prior);
	tcase_add_test(c, questionnaire_trends_use_reliable_change);
	tcase_add_test(c, the_experiment_moves_a_day_only_within_its_rules);
	tcase_add_test(c, block_scores_come_from_the_screen_nearest_each_end);
	tcase_add_test(c, feeling_intervals_match_the_t_table);
	tcase_add_test(c, feeling_uses_welch_for_unequal_variances);
	tcase_add_test(c, feeling_compares_only_with_enough_on_each_side);
	suite_add_tcase(s, c);
	return s;
}
