/* policy.h - the coaching policy: every number of coaching-rules.md.
 *
 * The numbers live in a shipped YAML file (programs/policy/coaching.yaml) so
 * that a clinician or a user can tune them; none of them is written in C.
 * POLICY_FIELDS is the single list of sections and keys: it declares the
 * struct, drives the reader and checks that every key is present.
 */
#ifndef COACH_POLICY_H
#define COACH_POLICY_H

#include <stdbool.h>

#include "coach/model.h"
#include "coach/yread.h"

/* X(section, key, min, max) */
/* clang-format off */
#define POLICY_FIELDS(X) \
	X(low, mood_max, 1, 5) X(low, energy_max, 1, 5) X(low, sleep_below_h, 0, 16) \
	X(low, sets_delta, -5, 0) X(low, rir_delta, 0, 5) X(low, hard_at, 1, 20) \
	X(anxious, anxiety_min, 1, 5) X(anxious, breathing_min, 0, 20) \
	X(anxious, inhale_s, 1, 15) X(anxious, exhale_s, 1, 15) X(anxious, rest_extra_s, 0, 300) \
	X(anxious, rir_min, 0, 6) X(anxious, max_pct_e1rm, 10, 100) \
	X(short_sleep, from_h, 0, 16) X(short_sleep, to_h, 0, 16) \
	X(short_sleep, lower_body_load_pct, -50, 0) \
	X(good, mood_min, 1, 5) X(good, energy_min, 1, 5) X(good, anxiety_max, 1, 5) \
	X(good, sleep_min_h, 0, 16) \
	X(hypertension, rir_min, 0, 6) X(hypertension, max_pct_e1rm, 10, 100) \
	X(hypertension, min_reps, 1, 20) \
	X(parq, rir_min, 0, 6) X(parq, max_pct_e1rm, 10, 100) X(parq, min_reps, 1, 20) \
	X(older, age_from, 40, 120) X(older, rir_min, 0, 6) X(older, max_pct_e1rm, 10, 100) \
	X(older, min_reps, 1, 20) X(older, start_weeks, 0, 26) \
	X(older, start_max_pct_e1rm, 10, 100) X(older, start_min_reps, 1, 20) \
	X(beginner, familiarisation_weeks, 0, 12) X(beginner, sets_delta, -5, 0) \
	X(beginner, rir_min, 0, 6) \
	X(linear, fail_limit, 1, 10) X(linear, deload, 0, 0.5) \
	X(progression, careful_days, 1, 10) X(progression, careful_extra_reps, 0, 6) \
	X(progression, double_under_limit, 1, 10) \
	X(progression, swap_sessions_kept, 1, 20) X(progression, increment_pct, 0, 50) \
	X(progression, max_jump_pct, 0, 200) X(progression, extend_reps, 0, 10) \
	X(rir_model, max_reps_rts, 1, 12) X(rir_model, epley_cap_reps, 1, 20) \
	X(rir_model, firm_rir_max, 0, 10) X(rir_model, far_rir_error, 0, 5) \
	X(time_off, gap_days, 1, 365) X(time_off, load_factor, 0.3, 1) \
	X(time_off, sets_delta, -5, 0) \
	X(short_break, gap_days, 1, 365) X(short_break, sets_delta, -5, 0) \
	X(short_break, hold_weeks_after_days, 1, 365) \
	X(long_time_off, gap_days, 1, 730) X(long_time_off, load_factor, 0.3, 1) \
	X(long_time_off, ladder_steps_down, 0, 5) \
	X(rounding, max_below_pct, 0, 50) X(rounding, rir_instead, 0, 3) \
	X(deload, sets_factor, 0.1, 1) X(deload, load_factor, 0.3, 1) X(deload, rir_delta, 0, 5) \
	X(time_budget, warmup_min, 0, 30) X(time_budget, keep_first_exercises, 0, 10) \
	X(time_budget, short_sets, 1, 10) X(time_budget, short_warmup_min, 0, 30) \
	X(breathing, paced_inhale_s, 1, 15) X(breathing, paced_exhale_s, 1, 15) \
	X(breathing, box_s, 1, 15) X(breathing, sigh_inhale_s, 1, 15) \
	X(breathing, sigh_top_up_s, 0, 5) X(breathing, sigh_exhale_s, 1, 20) \
	X(breathing, cooldown_min, 1, 30) \
	X(screens, short_every_days, 1, 365) X(screens, full_every_days, 1, 365) \
	X(screens, short_positive, 1, 6) X(screens, refer_at, 1, 27) \
	X(week, strength_days_target, 1, 7) X(week, aerobic_min_target, 0, 1000) \
	X(warmup, ramp1_pct, 10, 95) X(warmup, ramp1_reps, 1, 20) X(warmup, ramp2_pct, 10, 95) \
	X(warmup, ramp2_reps, 1, 20) X(warmup, rest_s, 0, 300) \
	X(aerobic, suggest_min, 5, 120) X(aerobic, low_day_walk_min, 5, 60) \
	X(soreness, min, 2, 5) X(soreness, sets_delta, -5, 0) X(soreness, rir_delta, 0, 5) \
	X(insights, min_sessions, 4, 365) X(insights, min_group, 2, 100) \
	X(insights, confidence, 50, 99.9) X(insights, hard_rir_max, 0, 5) \
	X(evidence, min_sessions, 2, 100) X(evidence, last_sessions, 2, 100) \
	X(priors, weekday_mean, -2, 2) X(priors, weekday_sd, 0.01, 4) \
	X(priors, length_mean, -2, 2) X(priors, length_sd, 0.01, 4) \
	X(priors, intensity_mean, -2, 2) X(priors, intensity_sd, 0.01, 4) \
	X(priors, sets_mean, -2, 2) X(priors, sets_sd, 0.01, 4) \
	X(priors, readiness_mean, -2, 2) X(priors, readiness_sd, 0.01, 4) \
	X(reliable_change, phq9, 1, 27) X(reliable_change, gad7, 1, 21) \
	X(experiment, block_days, 7, 28) X(experiment, min_pairs, 3, 12) \
	X(experiment, max_pairs, 3, 12) X(experiment, hard_rir_min, 0, 5) \
	X(experiment, hard_rir_max, 0, 5) X(experiment, easy_rir_min, 1, 6) \
	X(experiment, easy_rir_max, 1, 6) X(experiment, short_sets_factor, 0.2, 1) \
	X(experiment, score_window_days, 0, 7) X(experiment, two_a_week, 1, 7) \
	X(risk, mood_at_most, 1, 5) X(risk, mood_run, 2, 14) X(risk, screen_rise, 1, 27) \
	X(risk, phq9_at_least, 1, 27) X(risk, screen_days, 1, 90) \
	X(adherence, consistency_weeks, 1, 52) X(adherence, consistency_days, 1, 7) \
	X(adherence, walk_min, 1, 120) X(adherence, breathing_min, 1, 60) \
	X(adherence, short_after_missed, 0, 1)
/* clang-format on */

/* clang-format off */
#define POLICY_SECTIONS(X) X(low) X(anxious) X(short_sleep) X(good) X(hypertension) X(parq) X(older) X(warmup) X(aerobic) X(soreness) \
	X(beginner) X(linear) X(progression) X(rir_model) X(time_off) X(short_break) X(long_time_off) X(rounding) X(deload) \
	X(time_budget) X(breathing) X(screens) X(week) X(insights) X(evidence) X(priors) X(reliable_change) \
	X(experiment) X(risk) X(adherence)
/* clang-format on */

#define POLICY_MEMBER(sec, key, lo, hi) double sec##_##key;
struct policy {
	POLICY_FIELDS(POLICY_MEMBER)
	struct srcpos pos;
};
#undef POLICY_MEMBER

/* Read a `coach_policy: 1` document; every key must be present. */
bool policy_read(struct yctx *c, const struct ynode *root, struct policy *out);

#endif
