/* coach screen phq2|gad2|phq9|gad7 [--answers a,b,...]: a short questionnaire on mood or anxiety */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/crisis.h"
#include "coach/profile.h"
#include "coach/questionnaire.h"
#include "coach/store.h"
#include "out.h"

enum { O_ANSWERS };
static const struct optspec opts[] = {
	[O_ANSWERS] = {"--answers", "a,b,...", N_("one answer (0-3) to each question, in order")},
	{0},
};

/* The questionnaire a name gives, or -1 after saying which there are. */
static int scale_of(const char *name)
{
	for (int i = 0; scale_names[i]; i++)
		if (strcmp(scale_names[i], name) == 0)
			return i;
	cli_usage_error("screen", _("no questionnaire '%s'; there are phq2, gad2, phq9 and gad7"),
			name);
	return -1;
}

/* Without --answers: the questions, and how to answer them. */
static int print_questions(enum scale scale)
{
	printf("%s\n", scale_intro(scale));
	for (int i = 0; i < scale_items(scale); i++) {
		char *q = xasprintf("%d. %s", i + 1, scale_item(scale, i));
		print_hanging(q, 2, 5, 78);
		free(q);
	}
	char *how = xasprintf(_("Answer each with 0 (%s), 1 (%s), 2 (%s) or 3 (%s), in order: "
				"coach screen %s --answers 0,1,..."),
			      _(scale_answers[0]), _(scale_answers[1]), _(scale_answers[2]),
			      _(scale_answers[3]), scale_names[scale]);
	print_wrapped(how, 0, 78);
	free(how);
	return 0;
}

/* Keeps the answers in one transaction. The questions look back over two
 * weeks (one for the short ones): taken again sooner, the answers are still
 * scored and kept, marked early; the same day, the new answers replace the
 * old. *last is the date of the previous answers (-1 for none). */
static int store_answers(struct cli *c, struct store *st, enum scale scale, const char *answers,
			 const struct questionnaire_result *r, int *last, bool *early)
{
	int today = clock_today();
	*last = store_last_screen(st, scale_names[scale], NULL);
	*early =
		*last >= 0 && *last != today && !scale_due(scale, *last, today, &c->ctx.cat.policy);
	bool stored = store_begin(st) &&
		      (*last != today || store_remove_screens(st, scale_names[scale], today)) &&
		      store_add_screen(st, today, scale_names[scale], answers, r->score, r->band,
				       r->crisis, *early) &&
		      store_commit(st);
	if (stored)
		return 0;
	int rc = cli_fail(_("cannot store the answers: %s"), store_error(st));
	store_rollback(st);
	return rc;
}

static int screen_yaml(enum scale scale, const struct questionnaire_result *r, bool early,
		       const struct crisis_help *help)
{
	struct yemit *e = yemit_new();
	yemit_map(e);
	yemit_key(e, "scale");
	yemit_word(e, scale_names[scale]);
	yemit_key(e, "score");
	yemit_int(e, r->score);
	yemit_key(e, "band");
	yemit_str(e, r->band);
	yemit_key(e, "crisis");
	yemit_bool(e, r->crisis);
	yemit_key(e, "early");
	yemit_bool(e, early);
	if (help)
		crisis_emit_contacts(e, help);
	yemit_key(e, "advice");
	yemit_seq(e);
	for (size_t i = 0; i < r->n_advice; i++)
		yemit_str(e, r->advice[i]);
	yemit_seq_end(e);
	yemit_map_end(e);
	return yemit_to_stdout(e);
}

static void screen_text(const struct cli *c, enum scale scale, const struct questionnaire_result *r,
			int last, bool early, bool offer_plan)
{
	static const char *const names[] = {"PHQ-2", "GAD-2", "PHQ-9", "GAD-7"};
	int today = clock_today();
	bool short_form = scale == SCALE_PHQ2 || scale == SCALE_GAD2;
	printf("%s: %d (%s%s)\n", names[scale], r->score, _(r->band), short_form ? _(" of 3") : "");
	for (size_t i = 0; i < r->n_advice; i++)
		print_hanging(_(r->advice[i]), 2, 2, 78);
	if (last == today)
		printf(_("  (These answers replace the ones you gave earlier today.)\n"));
	if (early) {
		int every = short_form ? (int)c->ctx.cat.policy.screens_short_every_days
				       : (int)c->ctx.cat.policy.screens_full_every_days;
		char *note = xasprintf(
			P_("(Stored, marked early: you last answered it %d day ago, and it "
			   "is meant for every %d days, since its questions look back over "
			   "that time.)",
			   "(Stored, marked early: you last answered it %d days ago, and "
			   "it "
			   "is meant for every %d days, since its questions look back over "
			   "that time.)",
			   today - last),
			today - last, every);
		print_hanging(note, 2, 3, 78);
		free(note);
	}
	if (offer_plan)
		print_hanging(_("When you feel ready, writing a safety plan can help on a hard "
				"day: coach safety-plan edit (or h then p in the coach). It is "
				"never required."),
			      2, 2, 78);
}

static int cmd_screen(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("screen", argc, argv, opts, v, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "screen"))) {
		free(pos);
		return rc;
	}
	if (n_pos != 1) {
		free(pos);
		return cli_usage_error("screen", _("screen needs one of phq2, gad2, phq9 or gad7"));
	}
	int scale = scale_of(pos[0]);
	free(pos);
	if (scale < 0)
		return EXIT_USAGE;
	const char *answers = v[O_ANSWERS];
	if (!answers)
		return print_questions((enum scale)scale);
	int a[9];
	char err[160];
	if (!questionnaire_parse_answers((enum scale)scale, answers, a, err, sizeof(err)))
		return cli_fail("%s", err);
	/* Question 9 above zero: who to call comes first, before anything that
	 * could fail (the catalogue, the log, the profile), and whatever the
	 * interval since the last time. */
	bool crisis = scale == SCALE_PHQ9 && a[8] > 0;
	struct diags d = {0};
	struct profile prof;
	bool have_prof = false;
	struct crisis_help help;
	bool have_help = false;
	if (crisis) {
		const char *country = cli_country(c, NULL, &prof, &have_prof, &d);
		cli_crisis_help(c, country, &help, &d);
		have_help = true;
		if (c->format == FMT_TEXT) {
			crisis_print(&help);
			printf("\n");
			fflush(stdout);
		}
	}
	diags_print(&d, stderr);
	diags_free(&d);
	struct questionnaire_result r;
	int last = -1;
	bool early = false;
	if (!cli_catalog(c)) {
		rc = EXIT_INVALID;
		goto done;
	}
	questionnaire_score((enum scale)scale, a, &c->ctx.cat.policy, &r);
	struct store *st;
	if (!cli_store(c, &st)) {
		rc = EXIT_INVALID;
		goto done;
	}
	rc = store_answers(c, st, (enum scale)scale, answers, &r, &last, &early);
	store_close(st);
	if (rc)
		goto done;
	if (c->format == FMT_YAML)
		rc = screen_yaml((enum scale)scale, &r, early, have_help ? &help : NULL);
	else
		screen_text(c, (enum scale)scale, &r, last, early,
			    crisis && !(help.have_plan && !safety_plan_empty(&help.plan)));
done:
	if (crisis && c->format == FMT_YAML && rc && have_help) {
		/* the document could not be finished: the numbers still go out */
		struct yemit *e = yemit_new();
		yemit_map(e);
		yemit_key(e, "crisis");
		yemit_bool(e, true);
		yemit_key(e, "stored");
		yemit_bool(e, false);
		crisis_emit_contacts(e, &help);
		yemit_map_end(e);
		yemit_to_stdout(e);
	}
	if (have_help)
		crisis_help_free(&help);
	if (have_prof)
		profile_free(&prof);
	return rc;
}

const struct command cmd_screen_entry = {
	.name = "screen",
	.run = cmd_screen,
	.usage = "coach screen phq2|gad2|phq9|gad7 [--answers a,b,...]",
	.summary = N_("a short questionnaire on mood or anxiety"),
	.help = N_("Without --answers, shows the questions.  With them (each 0-3: not at all,\n"
		   "several days, more than half the days, nearly every day), scores them on the\n"
		   "published scale and stores the score.  PHQ-2 and GAD-2 are meant for once a\n"
		   "week, PHQ-9 and GAD-7 for every two weeks, since their questions look back\n"
		   "over that time; taken sooner, the answers are still scored and stored, marked\n"
		   "early.  All are optional, and the coach never diagnoses.  If PHQ-9 question 9\n"
		   "is answered above 0, who to call comes first (as 'coach crisis' shows it),\n"
		   "whatever else happens.  Exit status 1 for answers that do not fit the\n"
		   "questionnaire."),
	.opts = opts,
};
