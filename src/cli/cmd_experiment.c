/* coach experiment start KIND | status | stop: an N-of-1 trial on yourself */
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/experiment.h"
#include "coach/profile.h"
#include "coach/store.h"
#include "out.h"

enum { O_BLOCKS, O_SCALE, O_SEED };
static const struct optspec opts[] = {
	[O_BLOCKS] = {"--blocks", "N",
		      N_("blocks of two weeks, an even number: 6 (three pairs) or more")},
	[O_SCALE] = {"--scale", "phq9|gad7",
		     N_("the questionnaire that scores each block (default phq9)")},
	[O_SEED] = {"--seed", "N", N_("fix the random order (for tests; by default it is random)")},
	{0},
};

static uint64_t fresh_seed(void)
{
	uint64_t s = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		uint64_t r;
		if (read(fd, &r, sizeof(r)) == (ssize_t)sizeof(r))
			s ^= r;
		close(fd);
	}
	return s;
}

static const char *scale_title(const char *s)
{
	return strcmp(s, "phq9") == 0 ? "PHQ-9" : "GAD-7";
}

static void emit_num(struct yemit *e, const char *key, double v)
{
	yemit_key(e, key);
	if (isnan(v))
		yemit_null(e);
	else
		yemit_num(e, round(v * 100) / 100 + 0.0);
}

static const char *state_of(const struct experiment *x, int today, bool risk, const char *refusal)
{
	if (x->stopped >= 0)
		return "stopped";
	if (experiment_block(x, today) >= 2 * x->pairs)
		return "done";
	if (risk || refusal)
		return "paused";
	return "running";
}

/* What the scored blocks say: A minus B, adjusted for the trend. */
static void result_words(const struct experiment *x, const struct trial_result *r,
			 const struct policy *pol, struct sbuf *b)
{
	const char *t = scale_title(x->scale);
	char a[96], bw[96];
	experiment_arm_words(x, 'A', pol, a, sizeof(a));
	experiment_arm_words(x, 'B', pol, bw, sizeof(bw));
	if (!r->enough) {
		sbuf_printf(
			b,
			_("Not enough data yet: %d of the %d pairs of blocks have a %s at the end "
			  "of both; it takes %d before the coach compares them."),
			r->pairs_scored, r->pairs, t, (int)pol->experiment_min_pairs);
		return;
	}
	double d = r->estimate;
	sbuf_printf(b,
		    d < 0 ? _("After %s your %s was %.1f points lower than after %s (%+.1f to "
			      "%+.1f, a 95%% interval, with the trend over time taken out; %d "
			      "pairs). ")
			  : _("After %s your %s was %.1f points higher than after %s (%+.1f to "
			      "%+.1f, a 95%% interval, with the trend over time taken out; %d "
			      "pairs). "),
		    a, t, fabs(d), bw, r->low, r->high, r->pairs_scored);
	if (r->clear)
		sbuf_printf(b, _("%s seem to go with a lower %s for you. "), d < 0 ? a : bw, t);
	else
		sbuf_puts(b, _("That is no clear difference: either could suit you. "));
	sbuf_puts(b, _("One experiment on one person is a good reason to choose, not proof."));
}

static int status(struct cli *c, struct store *st, const struct profile *prof,
		  const struct program *p, const struct experiment *x)
{
	const struct policy *pol = &c->ctx.cat.policy;
	int today = clock_today();
	char why[200] = "";
	/* YAML is for programs: the engine's sentences in it stay English */
	bool yaml = c->format == FMT_YAML;
	i18n_english(yaml);
	bool risk = experiment_risk(st, pol, today, why, sizeof(why));
	const char *refusal = experiment_refusal(x->kind, prof, p);
	struct screen_list sc;
	if (!store_screens(st, DATE_MIN, today, &sc)) {
		i18n_english(false);
		return cli_fail(_("cannot read the log: %s"), store_error(st));
	}
	double scores[2 * TRIAL_MAX_PAIRS];
	experiment_scores(x, &sc, pol, scores);
	screen_list_free(&sc);
	struct trial_result r;
	trial_analyse(x->arms, scores, (int)pol->experiment_min_pairs, 0.95, &r);
	int blocks = 2 * x->pairs, k = experiment_block(x, today);
	int until = x->stopped >= 0 ? x->stopped : today;
	/* the arms are shown up to the current block, never ahead */
	int shown = experiment_block(x, until);
	shown = shown >= blocks ? blocks - 1 : shown;
	const char *state = state_of(x, today, risk, refusal);
	char q[128], d1[11], d2[11], words[96];
	experiment_question(x->kind, pol, q, sizeof(q));
	if (yaml) {
		struct yemit *e = yemit_new();
		yemit_map(e);
		yemit_key(e, "experiment");
		yemit_word(e, experiment_kind_names[x->kind]);
		yemit_key(e, "question");
		yemit_str(e, q);
		yemit_key(e, "scale");
		yemit_word(e, x->scale);
		yemit_key(e, "state");
		yemit_word(e, state);
		yemit_key(e, "paused_because");
		if (strcmp(state, "paused") == 0)
			yemit_str(e, risk ? why : refusal);
		else
			yemit_null(e);
		date_format(x->start, d1);
		date_format(experiment_block_end(x, blocks - 1), d2);
		yemit_key(e, "from");
		yemit_word(e, d1);
		yemit_key(e, "to");
		yemit_word(e, d2);
		yemit_key(e, "block");
		if (k >= 0 && k < blocks && x->stopped < 0)
			yemit_int(e, k + 1);
		else
			yemit_null(e);
		yemit_key(e, "blocks");
		yemit_seq(e);
		for (int b = 0; b < blocks; b++) {
			yemit_map_flow(e);
			yemit_key(e, "block");
			yemit_int(e, b + 1);
			date_format(experiment_block_start(x, b), d1);
			date_format(experiment_block_end(x, b), d2);
			yemit_key(e, "from");
			yemit_word(e, d1);
			yemit_key(e, "to");
			yemit_word(e, d2);
			yemit_key(e, "arm");
			if (b <= shown) {
				experiment_arm_words(x, x->arms[b], pol, words, sizeof(words));
				yemit_str(e, words);
			} else {
				yemit_null(e);
			}
			emit_num(e, "score", scores[b]);
			yemit_map_end(e);
		}
		yemit_seq_end(e);
		yemit_key(e, "result");
		yemit_map_flow(e);
		yemit_key(e, "pairs_scored");
		yemit_int(e, r.pairs_scored);
		yemit_key(e, "enough_data");
		yemit_bool(e, r.enough);
		emit_num(e, "estimate", r.enough ? r.estimate : NAN);
		emit_num(e, "low", r.enough ? r.low : NAN);
		emit_num(e, "high", r.enough ? r.high : NAN);
		emit_num(e, "trend", r.enough ? r.trend : NAN);
		yemit_key(e, "clear");
		yemit_bool(e, r.enough && r.clear);
		yemit_map_end(e);
		yemit_map_end(e);
		i18n_english(false);
		return yemit_to_stdout(e);
	}
	printf(_("Your experiment: %s? Scored by the %s at the end of each block.\n"), q,
	       scale_title(x->scale));
	if (strcmp(state, "stopped") == 0) {
		date_format(x->stopped, d1);
		printf(_("  Stopped on %s; your sessions are the program's again.\n"), d1);
	} else if (strcmp(state, "done") == 0) {
		printf(_("  All %d blocks are done; your sessions are the program's again.\n"),
		       blocks);
	} else if (k < 0) {
		date_format(x->start, d1);
		printf(_("  It starts on %s.\n"), d1);
	} else {
		experiment_arm_words(x, x->arms[k], pol, words, sizeof(words));
		date_format(experiment_block_end(x, k), d2);
		printf(_("  Block %d of %d, until %s: %s.\n"), k + 1, blocks, d2, words);
		if (strcmp(state, "paused") == 0) {
			struct sbuf b = {0};
			sbuf_printf(&b, _("Paused: %s. Today is the program as written."),
				    risk ? why : refusal);
			print_hanging(sbuf_str(&b), 2, 4, 78);
			sbuf_free(&b);
		}
	}
	for (int b = 0; b <= shown && b < blocks; b++) {
		experiment_arm_words(x, x->arms[b], pol, words, sizeof(words));
		date_format(experiment_block_start(x, b), d1);
		date_format(experiment_block_end(x, b), d2);
		if (isnan(scores[b]))
			printf(_("  %d. %s to %s  %s; no %s yet\n"), b + 1, d1, d2, words,
			       scale_title(x->scale));
		else
			printf(_("  %d. %s to %s  %s; %s %d\n"), b + 1, d1, d2, words,
			       scale_title(x->scale), (int)scores[b]);
	}
	struct sbuf b = {0};
	result_words(x, &r, pol, &b);
	print_hanging(sbuf_str(&b), 2, 4, 78);
	sbuf_free(&b);
	if (x->stopped < 0 && k < blocks)
		fputs(_("  Stop it any time: coach experiment stop\n"), stdout);
	return 0;
}

static int start(struct cli *c, struct store *st, const struct profile *prof,
		 const struct program *p, const char *kind_s, const char **v)
{
	const struct policy *pol = &c->ctx.cat.policy;
	int kind = 0;
	while (kind < EXP_KINDS && strcmp(experiment_kind_names[kind], kind_s) != 0)
		kind++;
	if (kind == EXP_KINDS)
		return cli_usage_error("experiment",
				       _("no experiment '%s': intensity, frequency or length"),
				       kind_s);
	int min_b = 2 * (int)pol->experiment_min_pairs, max_b = 2 * (int)pol->experiment_max_pairs;
	int blocks = min_b;
	if (v[O_BLOCKS]) {
		char *end;
		long n = strtol(v[O_BLOCKS], &end, 10);
		if (*end || end == v[O_BLOCKS] || n < min_b || n > max_b || n % 2)
			return cli_usage_error("experiment",
					       _("--blocks must be an even number from %d to %d"),
					       min_b, max_b);
		blocks = (int)n;
	}
	const char *scale = v[O_SCALE] ? v[O_SCALE] : "phq9";
	if (strcmp(scale, "phq9") != 0 && strcmp(scale, "gad7") != 0)
		return cli_usage_error("experiment", _("--scale is phq9 or gad7"));
	uint64_t seed;
	if (v[O_SEED]) {
		char *end;
		seed = strtoull(v[O_SEED], &end, 10);
		if (*end || end == v[O_SEED])
			return cli_usage_error("experiment", _("--seed is a whole number"));
	} else {
		seed = fresh_seed();
	}
	int today = clock_today();
	struct experiment old;
	if (experiment_load(st, &old) && old.stopped < 0 &&
	    experiment_block(&old, today) < 2 * old.pairs)
		return cli_fail(_("an experiment is already running ('coach experiment status'); "
				  "stop it first with 'coach experiment stop'"));
	const char *no = experiment_refusal((enum experiment_kind)kind, prof, p);
	if (no)
		return cli_fail(_("not now: %s"), no);
	char why[200];
	if (experiment_risk(st, pol, today, why, sizeof(why)))
		return cli_fail(_("not now: %s. An experiment can wait; please talk to someone you "
				  "trust or a professional, and see the contacts in 'coach screen "
				  "phq9' or h in the coach"),
				why);
	struct experiment x;
	experiment_new(&x, (enum experiment_kind)kind, scale, today, blocks / 2,
		       (int)pol->experiment_block_days, seed);
	if (!experiment_save(st, &x))
		return cli_fail(_("cannot write the log: %s"), store_error(st));
	char q[128], words[96], d1[11], d2[11];
	experiment_question(x.kind, pol, q, sizeof(q));
	experiment_arm_words(&x, x.arms[0], pol, words, sizeof(words));
	date_format(experiment_block_end(&x, blocks - 1), d1);
	date_format(experiment_block_end(&x, 0), d2);
	printf(_("Started: %s? %d blocks of %d days in a random order, until %s.\n"), q, blocks,
	       x.block_days, d1);
	printf(_("  Block 1, until %s: %s.\n"), d2, words);
	struct sbuf b = {0};
	sbuf_printf(&b,
		    _("Today's session follows the block, always within your other rules: a low "
		      "or anxious day, a health limit or a first session back is never made "
		      "harder. At the end of each block, take the %s ('coach screen %s'); it "
		      "scores the block. 'coach experiment status' shows where you are, 'coach "
		      "experiment stop' ends it any time."),
		    scale_title(scale), scale);
	print_hanging(sbuf_str(&b), 2, 2, 78);
	sbuf_free(&b);
	return 0;
}

static int cmd_experiment(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	char **pos = NULL;
	int n_pos = 0;
	int rc = cli_parse_opts("experiment", argc, argv, opts, v, &pos, &n_pos);
	if (rc) {
		free(pos);
		return rc;
	}
	const char *what = n_pos ? pos[0] : NULL;
	const char *kind = n_pos > 1 ? pos[1] : NULL;
	bool is_start = what && strcmp(what, "start") == 0;
	if (!what ||
	    (strcmp(what, "start") != 0 && strcmp(what, "status") != 0 &&
	     strcmp(what, "stop") != 0) ||
	    (is_start && n_pos != 2) || (!is_start && n_pos != 1) ||
	    (!is_start && (v[O_BLOCKS] || v[O_SCALE] || v[O_SEED]))) {
		free(pos);
		return cli_usage_error("experiment", _("experiment takes start intensity|frequency|"
						       "length [--blocks N], status or stop"));
	}
	if (c->format == FMT_CSV || (c->format == FMT_YAML && strcmp(what, "status") != 0)) {
		free(pos);
		return cli_usage_error("experiment",
				       _("only 'experiment status' has --format yaml"));
	}
	struct profile prof;
	const struct program *p;
	struct store *st;
	if (!cli_training(c, &prof, &p, &st, strcmp(what, "status") != 0)) {
		free(pos);
		return EXIT_INVALID;
	}
	struct experiment x;
	bool have = experiment_load(st, &x);
	if (is_start) {
		rc = start(c, st, &prof, p, kind, v);
	} else if (!have) {
		rc = cli_fail(_("no experiment yet: 'coach experiment start intensity|frequency|"
				"length' begins one"));
	} else if (strcmp(what, "status") == 0) {
		rc = status(c, st, &prof, p, &x);
	} else if (x.stopped >= 0) {
		rc = cli_fail(_("the experiment was stopped already; 'coach experiment status' "
				"shows what it found"));
	} else {
		x.stopped = clock_today();
		if (!experiment_save(st, &x)) {
			rc = cli_fail(_("cannot write the log: %s"), store_error(st));
		} else {
			fputs(_("Stopped. Your sessions are the program's again.\n"), stdout);
			rc = status(c, st, &prof, p, &x);
		}
	}
	free(pos);
	store_close(st);
	profile_free(&prof);
	return rc;
}

const struct command cmd_experiment_entry = {
	.name = "experiment",
	.run = cmd_experiment,
	.usage = "coach experiment start intensity|frequency|length [--blocks N] | status | stop",
	.summary = N_("an N-of-1 experiment: which suits you better"),
	.help = N_("start asks one question of your own training: intensity (stop each set with\n"
		   "1-2 reps in reserve, or 3-4), frequency (your program's sessions a week, or\n"
		   "two) or length (full sessions, or about half the sets).  The coach puts\n"
		   "blocks of two weeks in a random order, in pairs (one of each), at least three\n"
		   "pairs (--blocks 6, the default; up to 16), and adjusts each day's session to\n"
		   "the block, always within your other rules: a low or anxious day, a health\n"
		   "limit or a first session back is never made harder.  At each block's end it\n"
		   "asks for the PHQ-9 (or --scale gad7), whose two weeks match the block.\n"
		   "While a risk signal is active (three check-ins in a row at mood 1, a score\n"
		   "5 or more above the one before, a PHQ-9 of 20 or more, thoughts of harming\n"
		   "yourself) the experiment pauses.  status shows the blocks so far and, once\n"
		   "three pairs are scored, the difference between the two with its interval,\n"
		   "adjusted for the trend over time (--format yaml for scripts).  stop ends\n"
		   "it at once."),
	.opts = opts,
};
