/* coach recommend [--level L] [--days N] [--minutes N] [--age N] [--equipment a,b] [--goals a,b]:
 * which program to start with, and why */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/crisis.h"
#include "coach/doc.h"
#include "coach/profile.h"
#include "coach/recommend.h"
#include "coach/questionnaire.h"
#include "coach/store.h"
#include "out.h"

enum { O_LEVEL, O_DAYS, O_MINUTES, O_AGE, O_EQUIPMENT, O_GOALS };
static const struct optspec opts[] = {
	[O_LEVEL] = {"--level", "L", N_("beginner, intermediate or advanced")},
	[O_DAYS] = {"--days", "N", N_("days a week you can train, 1-7")},
	[O_MINUTES] = {"--minutes", "N", N_("minutes a session")},
	[O_AGE] = {"--age", "N", N_("your age: from 65, programs for older adults first")},
	[O_EQUIPMENT] = {"--equipment", "a,b",
			 N_("what you have: bodyweight dumbbell kettlebell band barbell bench "
			    "pullup-bar machine cable")},
	[O_GOALS] = {"--goals", "a,b",
		     N_("what you want it for, such as mood anxiety strength general older-adult "
			"balance muscle (default mood,anxiety)")},
	{0},
};

/* The options override the profile; each is checked as the profile would be.
 * False after saying what is wrong. */
static bool query_options(const char **opt, struct rec_query *q)
{
	const char *level = opt[O_LEVEL], *days = opt[O_DAYS], *minutes = opt[O_MINUTES],
		   *equipment = opt[O_EQUIPMENT];
	struct profile tmp;
	profile_defaults(&tmp);
	struct diags d = {0};
	bool bad = false;
	if (level && (bad |= !profile_set(&tmp, "level", level, "recommend --level", &d), !bad))
		q->level = tmp.level;
	if (minutes &&
	    (bad |= !profile_set(&tmp, "minutes", minutes, "recommend --minutes", &d), !bad))
		q->minutes = tmp.minutes;
	if (opt[O_AGE] &&
	    (bad |= !profile_set(&tmp, "age", opt[O_AGE], "recommend --age", &d), !bad))
		q->age = tmp.age;
	if (days) {
		char *end;
		long k = strtol(days, &end, 10);
		if (!*days || *end || k < 1 || k > 7) {
			diags_add(&d, "recommend --days", 0, 0, "--days is a number from 1 to 7");
			bad = true;
		} else {
			q->days = (int)k;
		}
	}
	if (equipment) {
		unsigned bits = 0;
		char *copy = xstrdup(equipment);
		for (char *t = strtok(copy, ","); t; t = strtok(NULL, ",")) {
			int k = -1;
			for (int i = 0; equipment_names[i]; i++)
				if (strcmp(equipment_names[i], t) == 0)
					k = i;
			if (k < 0) {
				const char *near = did_you_mean(t, equipment_names);
				diags_add(&d, "recommend --equipment", 0, 0,
					  "'%s' is not equipment the coach knows%s%s%s", t,
					  near ? " (did you mean '" : "", near ? near : "",
					  near ? "'?)" : "");
				bad = true;
			} else {
				bits |= 1u << k;
			}
		}
		free(copy);
		q->equipment = bits;
	}
	diags_print(&d, stderr);
	diags_free(&d);
	profile_free(&tmp);
	return !bad;
}

static int recommend_yaml(const struct rec_item *v, size_t n, const char *advisory)
{
	struct yemit *e = yemit_new();
	yemit_map(e);
	yemit_key(e, "advisories");
	yemit_seq(e);
	if (advisory)
		yemit_str(e, advisory);
	yemit_seq_end(e);
	yemit_key(e, "recommendations");
	yemit_seq(e);
	for (size_t i = 0; i < n; i++) {
		if (v[i].excluded)
			continue;
		yemit_map(e);
		yemit_key(e, "id");
		yemit_word(e, v[i].p->id);
		yemit_key(e, "name");
		yemit_str(e, v[i].p->name);
		yemit_key(e, "score");
		yemit_int(e, v[i].score);
		yemit_key(e, "reasons");
		yemit_seq(e);
		for (size_t k = 0; k < v[i].n_reasons; k++)
			yemit_str(e, v[i].reasons[k]);
		yemit_seq_end(e);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_key(e, "excluded");
	yemit_seq(e);
	for (size_t i = 0; i < n; i++) {
		if (!v[i].excluded)
			continue;
		yemit_map_flow(e);
		yemit_key(e, "id");
		yemit_word(e, v[i].p->id);
		yemit_key(e, "why");
		yemit_str(e, v[i].excluded_why);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_map_end(e);
	return yemit_to_stdout(e);
}

static void recommend_text(const struct rec_item *v, size_t n, const char *advisory, bool have_prof)
{
	if (advisory) {
		print_wrapped(advisory, 0, 78);
		printf("\n");
	}
	int rank = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[i].excluded)
			continue;
		printf("%d. %s  [%s]\n", ++rank, v[i].p->name, v[i].p->id);
		for (size_t k = 0; k < v[i].n_reasons; k++) {
			char *line = xasprintf("- %s", v[i].reasons[k]);
			print_hanging(line, 4, 6, 78);
			free(line);
		}
	}
	struct sbuf ex = {0};
	for (size_t i = 0; i < n; i++)
		if (v[i].excluded)
			sbuf_printf(&ex, "%s %s (%s)",
				    ex.len ? "," : "Not for your equipment:", v[i].p->id,
				    v[i].excluded_why);
	if (ex.len) {
		printf("\n");
		print_hanging(sbuf_str(&ex), 0, 2, 78);
	}
	sbuf_free(&ex);
	/* the pointer is a command that works now: without a profile, set is
	 * refused, so the first profile is written with the program in it */
	if (have_prof) {
		printf("\nChoose one with: coach profile set program ID\n");
	} else {
		printf("\n%s\n  coach profile init --program ID\n",
		       _("Start with one (your profile is written with it):"));
		print_wrapped(
			_("Add your answers to the seven health questions with --parq ('coach "
			  "help profile'), or open the coach, which asks them."),
			0, 78);
	}
}

static int cmd_recommend(struct cli *c, int argc, char **argv)
{
	const char *opt[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "recommend", argc, argv, opts, opt, false,
				  _("recommend takes options only"));
	if (rc)
		return rc;
	const char *goals = opt[O_GOALS];
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct rec_query q = {
		.level = LEVEL_BEGINNER, .days = 2, .minutes = 30, .parq_cleared = true};
	struct profile prof;
	bool have_prof = access(c->ctx.paths.profile, F_OK) == 0;
	if (have_prof) {
		if (!cli_profile(c, &prof))
			return EXIT_INVALID;
		q.level = prof.level;
		q.days = 0;
		for (int i = 0; i < WD_COUNT; i++)
			q.days += (int)((prof.weekdays >> i) & 1u);
		q.minutes = prof.minutes;
		q.equipment = profile_equipment(&prof);
		q.parq_cleared = prof.parq_cleared;
		q.hypertension = prof.hypertension;
		q.age = prof.age;
	}
	bool bad = !query_options(opt, &q);
	char *goal_copy = goals ? xstrdup(goals) : NULL;
	if (goal_copy) {
		for (char *t = strtok(goal_copy, ","); t && q.n_goals < 8; t = strtok(NULL, ","))
			q.goals[q.n_goals++] = t;
	} else {
		q.goals[q.n_goals++] = "mood";
		q.goals[q.n_goals++] = "anxiety";
	}
	if (bad) {
		free(goal_copy);
		if (have_prof)
			profile_free(&prof);
		return EXIT_INVALID;
	}
	struct rec_item *v;
	size_t n;
	/* YAML is for programs: the reasons in it stay English */
	i18n_english(c->format == FMT_YAML);
	recommend(&c->ctx.cat, &q, &v, &n);
	i18n_english(false);
	const char *advisory =
		q.parq_cleared ? NULL
			       : "A PAR-Q+ answer was YES and is not cleared: the gentle programs "
				 "come first, and every set stays light until a doctor or exercise "
				 "professional clears you.";
	if (c->format == FMT_YAML)
		rc = recommend_yaml(v, n, advisory);
	else
		recommend_text(v, n, advisory, have_prof);
	free(v);
	free(goal_copy);
	if (have_prof)
		profile_free(&prof);
	return rc;
}

const struct command cmd_recommend_entry = {
	.name = "recommend",
	.run = cmd_recommend,
	.usage = "coach recommend [--level L] [--days N] [--minutes N] [--age N] [--equipment a,b] "
		 "[--goals "
		 "a,b]",
	.summary = N_("which program to start with, and why"),
	.help = N_(
		"Ranks the catalogue for your profile (or for the options given): equipment you\n"
		"do not have rules a program out; level, days a week, minutes and goals (mood\n"
		"and anxiety unless --goals says otherwise) rank the rest.  Each comes with\n"
		"reasons.  The options stand in for the profile's values."),
	.opts = opts,
};
