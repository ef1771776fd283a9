/* experiment.c - see experiment.h. */
#include "coach/experiment.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/questionnaire.h"

const char *const experiment_kind_names[EXP_KINDS] = {"intensity", "frequency", "length"};

enum { META_VERSION = 1 };

bool experiment_load(struct store *st, struct experiment *x)
{
	memset(x, 0, sizeof(*x));
	x->stopped = -1;
	char buf[256], kind[16], scale[8], arms[2 * TRIAL_MAX_PAIRS + 2];
	if (!st || !store_meta_get(st, "experiment", buf, sizeof(buf)))
		return false;
	int version, start, days, pairs, stopped;
	if (sscanf(buf, "%d %15s %7s %d %d %d %25s %d", &version, kind, scale, &start, &days,
		   &pairs, arms, &stopped) != 8 ||
	    version != META_VERSION || pairs < 1 || pairs > TRIAL_MAX_PAIRS ||
	    strlen(arms) != 2 * (size_t)pairs || days < 1 || days > 60 ||
	    (strcmp(scale, "phq9") != 0 && strcmp(scale, "gad7") != 0))
		return false;
	int k = 0;
	while (k < EXP_KINDS && strcmp(experiment_kind_names[k], kind) != 0)
		k++;
	if (k == EXP_KINDS)
		return false;
	for (int i = 0; arms[i]; i++)
		if (arms[i] != 'A' && arms[i] != 'B')
			return false;
	x->exists = true;
	x->kind = (enum experiment_kind)k;
	snprintf(x->scale, sizeof(x->scale), "%s", scale);
	x->start = start;
	x->block_days = days;
	x->pairs = pairs;
	memcpy(x->arms, arms, (size_t)(2 * pairs) + 1); /* its length was checked above */
	x->stopped = stopped;
	return true;
}

bool experiment_save(struct store *st, const struct experiment *x)
{
	char buf[256];
	snprintf(buf, sizeof(buf), "%d %s %s %d %d %d %s %d", META_VERSION,
		 experiment_kind_names[x->kind], x->scale, x->start, x->block_days, x->pairs,
		 x->arms, x->stopped);
	return store_meta_set(st, "experiment", buf);
}

void experiment_new(struct experiment *x, enum experiment_kind kind, const char *scale, int start,
		    int pairs, int block_days, uint64_t seed)
{
	memset(x, 0, sizeof(*x));
	x->exists = true;
	x->kind = kind;
	snprintf(x->scale, sizeof(x->scale), "%s", scale);
	x->start = start;
	x->block_days = block_days;
	x->pairs = pairs < 1 ? 1 : pairs > TRIAL_MAX_PAIRS ? TRIAL_MAX_PAIRS : pairs;
	x->stopped = -1;
	trial_randomise(seed, x->pairs, x->arms);
}

int experiment_block(const struct experiment *x, int date)
{
	if (date < x->start)
		return -1;
	int k = (date - x->start) / x->block_days;
	return k > 2 * x->pairs ? 2 * x->pairs : k;
}

int experiment_block_start(const struct experiment *x, int block)
{
	return x->start + block * x->block_days;
}

int experiment_block_end(const struct experiment *x, int block)
{
	return experiment_block_start(x, block) + x->block_days - 1;
}

void experiment_arm_words(const struct experiment *x, char arm, const struct policy *pol, char *buf,
			  size_t size)
{
	switch (x->kind) {
	case EXP_INTENSITY:
		if (arm == 'A')
			snprintf(buf, size,
				 _("harder sessions (stop each set with %d-%d reps in reserve)"),
				 (int)pol->experiment_hard_rir_min,
				 (int)pol->experiment_hard_rir_max);
		else
			snprintf(buf, size,
				 _("easier sessions (stop each set with %d-%d reps in reserve)"),
				 (int)pol->experiment_easy_rir_min,
				 (int)pol->experiment_easy_rir_max);
		break;
	case EXP_FREQUENCY:
		if (arm == 'A')
			snprintf(buf, size, "%s", _("your program's sessions a week"));
		else
			snprintf(buf, size,
				 P_("%d session a week", "%d sessions a week",
				    pol->experiment_two_a_week),
				 (int)pol->experiment_two_a_week);
		break;
	default:
		if (arm == 'A')
			snprintf(buf, size, "%s", _("full sessions"));
		else
			snprintf(buf, size, _("short sessions (about %d%% of the sets)"),
				 (int)lround(pol->experiment_short_sets_factor * 100));
		break;
	}
}

void experiment_question(enum experiment_kind kind, const struct policy *pol, char *buf,
			 size_t size)
{
	switch (kind) {
	case EXP_INTENSITY:
		snprintf(buf, size, _("harder (RIR %d-%d) or easier (RIR %d-%d) sessions"),
			 (int)pol->experiment_hard_rir_min, (int)pol->experiment_hard_rir_max,
			 (int)pol->experiment_easy_rir_min, (int)pol->experiment_easy_rir_max);
		break;
	case EXP_FREQUENCY:
		snprintf(buf, size, _("your program's sessions a week or %d"),
			 (int)pol->experiment_two_a_week);
		break;
	default:
		snprintf(buf, size, "%s", _("full or short sessions"));
		break;
	}
}

const char *experiment_refusal(enum experiment_kind kind, const struct profile *prof,
			       const struct program *p)
{
	if (!prof->parq_cleared)
		return _("a PAR-Q+ answer is not yet cleared, so every set stays light; once a "
			 "professional has cleared you, the coach can run an experiment");
	if (kind == EXP_INTENSITY && prof->hypertension)
		return _("with high blood pressure no set goes near failure, so the harder blocks "
			 "(RIR 1-2) are not for you; try frequency or length");
	if (kind == EXP_FREQUENCY && p && p->days_per_week < 3)
		return _("your program has fewer than three sessions a week, so there is nothing "
			 "to compare two against");
	return NULL;
}

bool experiment_risk(struct store *st, const struct policy *pol, int date, char *why, size_t size)
{
	if (!st)
		return false;
	/* three check-ins in a row at mood 1 (the last three within four weeks) */
	int lows = 0, seen = 0;
	for (int d = date; d > date - 28 && seen < 3; d--) {
		struct checkin ck;
		if (store_get_checkin(st, d, &ck) && ck.given) {
			seen++;
			lows += ck.mood == 1;
		}
	}
	if (seen == 3 && lows == 3) {
		snprintf(why, size, "%s", _("your last three check-ins were at mood 1"));
		return true;
	}
	if (store_recent_crisis(st, date - (int)pol->screens_full_every_days, date)) {
		snprintf(why, size, "%s",
			 _("you told the coach of thoughts of being better off dead or "
			   "of hurting yourself"));
		return true;
	}
	struct screen_list sc;
	if (!store_screens(st, DATE_MIN, date, &sc))
		return false;
	bool risk = false;
	for (int k = SCALE_PHQ9; k <= SCALE_GAD7 && !risk; k++) {
		int last = -1, prev = -1;
		for (size_t i = 0; i < sc.n; i++)
			if (strcmp(sc.v[i].scale, scale_names[k]) == 0) {
				prev = last;
				last = sc.v[i].score;
			}
		if (k == SCALE_PHQ9 && last >= 20) {
			snprintf(why, size, _("your last PHQ-9 was %d"), last);
			risk = true;
		} else if (last >= 0 && prev >= 0 && last - prev >= 5) {
			snprintf(why, size,
				 /* TRANSLATORS: %s is PHQ-9 or GAD-7 */
				 P_("your last %s was %d point above the one before",
				    "your last %s was %d points above the one before", last - prev),
				 k == SCALE_PHQ9 ? "PHQ-9" : "GAD-7", last - prev);
			risk = true;
		}
	}
	screen_list_free(&sc);
	return risk;
}

static void note(struct rx *rx, const char *why, const char *what)
{
	for (size_t i = 0; i < rx->n_adjustments; i++)
		if (strcmp(rx->adjustments[i].what, what) == 0)
			return;
	if (rx->n_adjustments >= RX_MAX_ADJ)
		return;
	struct rx_note *n = &rx->adjustments[rx->n_adjustments++];
	/* cut to fit, said so to gcc -O3 (format-truncation: a release build failed) */
	snprintf(n->what, sizeof(n->what), "%.*s", (int)sizeof(n->what) - 1, what);
	snprintf(n->why, sizeof(n->why), "%.*s", (int)sizeof(n->why) - 1, why);
}

static void advise(struct rx *rx, const char *text)
{
	if (rx->n_advisories >= RX_MAX_ADV)
		return;
	snprintf(rx->advisories[rx->n_advisories++], sizeof(rx->advisories[0]), "%s", text);
}

static const char *scale_title(const char *s)
{
	return strcmp(s, "phq9") == 0 ? "PHQ-9" : "GAD-7";
}

/* At a block's end (or just after it, while no score is in): ask for the scale. */
static void ask_score(const struct experiment *x, const struct rx_history *h,
		      const struct policy *pol, int date, struct rx *rx)
{
	int window = (int)pol->experiment_score_window_days;
	int sidx = strcmp(x->scale, "phq9") == 0 ? SCALE_PHQ9 : SCALE_GAD7;
	int k = experiment_block(x, date);
	for (int b = k - 1; b <= k; b++) {
		if (b < 0 || b >= 2 * x->pairs)
			continue;
		int end = experiment_block_end(x, b);
		if (date < end - window || date > end + window)
			continue;
		if (h->screen_date[sidx] >= end - window)
			continue; /* scored */
		char d[32], text[RX_TEXT * 2];
		date_text(end, true, d, sizeof(d));
		const char *sc = scale_title(x->scale);
		if (date > end)
			snprintf(text, sizeof(text),
				 /* TRANSLATORS: block N of M, its date, PHQ-9 or GAD-7, phq9
				  * or gad7 (the command's word), the days */
				 P_("Block %d of %d of your experiment ended on %s: the %s then "
				    "scores it ('coach screen %s', or in the coach), up to %d day "
				    "either side.",
				    "Block %d of %d of your experiment ended on %s: the %s then "
				    "scores it ('coach screen %s', or in the coach), up to %d days "
				    "either side.",
				    window),
				 b + 1, 2 * x->pairs, d, sc, x->scale, window);
		else
			snprintf(text, sizeof(text),
				 /* TRANSLATORS: as "ended on" above */
				 P_("Block %d of %d of your experiment ends on %s: the %s then "
				    "scores it ('coach screen %s', or in the coach), up to %d day "
				    "either side.",
				    "Block %d of %d of your experiment ends on %s: the %s then "
				    "scores it ('coach screen %s', or in the coach), up to %d days "
				    "either side.",
				    window),
				 b + 1, 2 * x->pairs, d, sc, x->scale, window);
		advise(rx, text);
	}
}

/* The intensity block: arm B only ever adds reps in reserve; arm A asks
 * for fewer only where no rule of the day raised the effort floor. */
static void apply_intensity(char arm, const struct rx_input *in, int week, const char *why,
			    struct rx *rx)
{
	const struct policy *pol = &in->cat->policy;
	const struct readiness *r = &rx->readiness;
	bool easier_day = rx->hold || r->low || r->anxious || rx->deload;
	int lo = arm == 'A' ? (int)pol->experiment_hard_rir_min : (int)pol->experiment_easy_rir_min;
	int hi = arm == 'A' ? (int)pol->experiment_hard_rir_max : (int)pol->experiment_easy_rir_max;
	bool changed = false, held = false;
	for (size_t i = 0; i < rx->n_ex; i++) {
		struct rx_exercise *e = &rx->ex[i];
		if (arm == 'B') {
			/* easier is always safe: only ever more in reserve */
			if (e->rir < lo) {
				e->rir = lo;
				changed = true;
			}
			continue;
		}
		/* harder only where no rule of the day raised the effort floor */
		int written = program_week_params(in->program, e->slot, week, pol).rir;
		if (easier_day || e->calibration || e->rir != written) {
			held |= e->rir > hi;
			continue;
		}
		int v = e->rir > hi ? hi : e->rir < lo ? lo : e->rir;
		if (v != e->rir) {
			e->rir = v;
			changed = true;
		}
	}
	char text[RX_TEXT * 2];
	if (changed) {
		snprintf(text, sizeof(text), _("stop each set with %d-%d reps in reserve"), lo, hi);
		note(rx, why, text);
	}
	if (held)
		note(rx, why,
		     _("the harder block gives way today: a rule of your day keeps the effort "
		       "where it is"));
}

/* The length block's short arm: fewer sets on every exercise. */
static void apply_length(const struct policy *pol, const char *why, struct rx *rx)
{
	int cut = 0;
	for (size_t i = 0; i < rx->n_ex; i++) {
		int s = (int)ceil(rx->ex[i].sets * pol->experiment_short_sets_factor);
		s = s < 1 ? 1 : s;
		cut += rx->ex[i].sets - s;
		rx->ex[i].sets = s;
	}
	char text[RX_TEXT * 2];
	if (cut) {
		snprintf(text, sizeof(text),
			 P_("%d set fewer: a short session", "%d sets fewer: a short session", cut),
			 cut);
		note(rx, why, text);
	}
}

/* The frequency block's two-a-week arm: a rest day once the week has its two. */
static void apply_frequency(const struct rx_input *in, const struct rx_history *h, struct rx *rx)
{
	const struct policy *pol = &in->cat->policy;
	int monday = date_monday(in->date), done = 0, last = -1;
	for (size_t i = 0; i < h->before.n; i++) {
		const struct logged_session *s = &h->before.v[i];
		if (s->date >= monday && s->n_sets && s->date != last) {
			done++;
			last = s->date;
		}
	}
	if (done < (int)pol->experiment_two_a_week)
		return;
	char text[RX_TEXT * 2];
	snprintf(text, sizeof(text),
		 /* TRANSLATORS: the sessions a block has a week, then those done this week */
		 P_("A rest day for your experiment: this block is %d sessions a week, and you "
		    "have done %d this week.",
		    "A rest day for your experiment: this block is %d sessions a week, and you "
		    "have done %d this week.",
		    pol->experiment_two_a_week),
		 (int)pol->experiment_two_a_week, done);
	advise(rx, text);
	rx->rest_day = true;
	rx->day = NULL;
	rx->n_ex = 0;
	rx->next_date = h->next_date;
	rx->next_day = h->next_day;
}

/* Whether today takes the experiment's block at all: false (with its
 * advisory) when the blocks are done, a risk signal pauses it, or a health
 * limit refuses it. */
static bool block_applies(const struct experiment *x, int k, bool risk, const char *risk_why,
			  const struct rx_input *in, const struct rx_history *h, struct rx *rx)
{
	const struct policy *pol = &in->cat->policy;
	char text[RX_TEXT * 2];
	if (k >= 2 * x->pairs) {
		ask_score(x, h, pol, in->date, rx);
		if (in->date <= experiment_block_end(x, 2 * x->pairs - 1) + 14)
			advise(rx, _("Your experiment's blocks are done: 'coach experiment status' "
				     "shows what it found."));
		return false;
	}
	if (risk) {
		snprintf(text, sizeof(text),
			 _("Your experiment is paused while things are hard (%s): today is the "
			   "program as written. Please talk to someone you trust or a "
			   "professional; 'coach experiment stop' ends it."),
			 risk_why && *risk_why ? risk_why : _("a risk signal"));
		advise(rx, text);
		return false;
	}
	const char *no = experiment_refusal(x->kind, in->prof, in->program);
	if (no) {
		snprintf(text, sizeof(text), _("Your experiment is paused: %s."), no);
		advise(rx, text);
		return false;
	}
	ask_score(x, h, pol, in->date, rx);
	return true;
}

void experiment_apply(const struct experiment *x, bool risk, const char *risk_why,
		      const struct rx_input *in, const struct rx_history *h, struct rx *rx)
{
	if (!x || !x->exists || x->stopped >= 0)
		return;
	const struct policy *pol = &in->cat->policy;
	int k = experiment_block(x, in->date);
	if (k < 0 || !block_applies(x, k, risk, risk_why, in, h, rx))
		return;
	char arm = x->arms[k], words[96], why[RX_TEXT];
	experiment_arm_words(x, arm, pol, words, sizeof(words));
	snprintf(why, sizeof(why), _("your experiment, block %d of %d: %s"), k + 1, 2 * x->pairs,
		 words);
	if (rx->rest_day || !rx->day || rx->done_today)
		return;
	int week = rx->week > 0 ? rx->week : 1;
	if (in->program->weeks && week > in->program->weeks)
		week = in->program->weeks;
	if (x->kind == EXP_INTENSITY)
		apply_intensity(arm, in, week, why, rx);
	else if (x->kind == EXP_LENGTH && arm == 'B')
		apply_length(pol, why, rx);
	else if (x->kind == EXP_FREQUENCY && arm == 'B')
		apply_frequency(in, h, rx);
	/* the block is always named, even when today already fits it */
	bool named = false;
	for (size_t i = 0; i < rx->n_adjustments; i++)
		named |= strcmp(rx->adjustments[i].why, why) == 0;
	if (!named && !rx->rest_day)
		note(rx, why, _("today's session already fits this block"));
	rx_fit_time(rx, in->prof, pol);
}

void experiment_scores(const struct experiment *x, const struct screen_list *sc,
		       const struct policy *pol, double *scores)
{
	int window = (int)pol->experiment_score_window_days;
	for (int b = 0; b < 2 * x->pairs; b++) {
		scores[b] = NAN;
		int end = experiment_block_end(x, b), best = 1 << 30;
		for (size_t i = 0; sc && i < sc->n; i++) {
			const struct screen_row *s = &sc->v[i];
			if (strcmp(s->scale, x->scale) != 0 || s->date < end - window ||
			    s->date > end + window)
				continue;
			/* the nearest to the end; on a tie the later (the newer answer) */
			int dist = abs(s->date - end);
			if (dist <= best) {
				best = dist;
				scores[b] = s->score;
			}
		}
	}
}
