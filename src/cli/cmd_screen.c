/* coach screen phq2|gad2|phq9|gad7 [--answers a,b,...]: a short questionnaire on mood or anxiety */
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

/* The user's own contacts file, if any; problems are reported and it is skipped. */
static bool own_contacts(struct cli *c, struct ystream *s, struct crisis *out)
{
	char *path = xasprintf("%s/crisis-contacts.yaml", c->ctx.paths.config_dir);
	bool ok = false;
	if (access(path, F_OK) == 0) {
		struct diags d = {0};
		if (ystream_load(s, path, &d) && s->n_docs == 1) {
			struct yctx y;
			yctx_init(&y, s->path, &d, &s->arena);
			enum doc_kind k;
			ok = doc_detect(&y, s->docs[0], &k) && k == DOC_CRISIS &&
			     crisis_read(&y, s->docs[0], out) && d.len == 0;
		}
		diags_print(&d, stderr);
		diags_free(&d);
	}
	free(path);
	return ok;
}

static void print_contacts(const struct crisis_contact *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *line = xasprintf("%s: %s", v[i].service, v[i].how);
		print_hanging(line, 4, 6, 78);
		free(line);
	}
}

static void print_crisis(const struct crisis *cr, const struct crisis *own, const char *country)
{
	printf("Please read this first.\n");
	if (cr->message)
		print_wrapped(cr->message, 0, 78);
	const struct crisis_region *r = crisis_region(cr, country);
	for (size_t i = 0; i < cr->n_regions; i++) {
		if (r && &cr->regions[i] != r)
			continue;
		printf("  %s\n", cr->regions[i].name);
		print_contacts(cr->regions[i].contacts, cr->regions[i].n_contacts);
	}
	if (own && own->n_own) {
		printf("  Your own contacts\n");
		print_contacts(own->own, own->n_own);
	}
	if (cr->checked >= 0) {
		char d[11];
		date_format(cr->checked, d);
		printf("(These numbers were checked on %s.)\n", d);
		if (!r)
			printf("Set your country ('coach profile set country gb', for example) to "
			       "see "
			       "only yours.\n");
	}
	printf("\n");
}

static void emit_contacts(struct yemit *e, const char *region, const struct crisis_contact *v,
			  size_t n)
{
	for (size_t i = 0; i < n; i++) {
		yemit_map_flow(e);
		yemit_key(e, "region");
		yemit_str(e, region);
		yemit_key(e, "service");
		yemit_str(e, v[i].service);
		yemit_key(e, "how");
		yemit_str(e, v[i].how);
		yemit_map_end(e);
	}
}

enum { O_ANSWERS };
static const struct optspec opts[] = {
	[O_ANSWERS] = {"--answers", "a,b,...", "one answer (0-3) to each question, in order"},
	{0},
};

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
		return cli_usage_error("screen", "screen needs one of phq2, gad2, phq9 or gad7");
	}
	int scale = -1;
	for (int i = 0; scale_names[i]; i++)
		if (strcmp(scale_names[i], pos[0]) == 0)
			scale = i;
	if (scale < 0) {
		rc = cli_usage_error("screen",
				     "no questionnaire '%s'; there are phq2, gad2, phq9 and "
				     "gad7",
				     pos[0]);
		free(pos);
		return rc;
	}
	free(pos);
	const char *answers = v[O_ANSWERS];
	if (!answers) {
		printf("%s\n", scale_intro((enum scale)scale));
		for (int i = 0; i < scale_items((enum scale)scale); i++) {
			char *q = xasprintf("%d. %s", i + 1, scale_item((enum scale)scale, i));
			print_hanging(q, 2, 5, 78);
			free(q);
		}
		char *how =
			xasprintf("Answer each with 0 (%s), 1 (%s), 2 (%s) or 3 (%s), in order: "
				  "coach screen %s --answers 0,1,...",
				  scale_answers[0], scale_answers[1], scale_answers[2],
				  scale_answers[3], scale_names[scale]);
		print_wrapped(how, 0, 78);
		free(how);
		return 0;
	}
	int a[9];
	char err[160];
	if (!questionnaire_parse_answers((enum scale)scale, answers, a, err, sizeof(err)))
		return cli_fail("%s", err);
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct questionnaire_result r;
	questionnaire_score((enum scale)scale, a, &c->ctx.cat.policy, &r);
	struct store *st;
	if (!cli_store(c, &st))
		return EXIT_INVALID;
	int today = clock_today();
	int last = store_last_screen(st, scale_names[scale], NULL);
	/* the questions look back over two weeks (one for the short ones): taken again
	 * sooner, the scores overlap; the same day, the new answers replace the old */
	if (last >= 0 && last != today &&
	    !scale_due((enum scale)scale, last, today, &c->ctx.cat.policy)) {
		int every = scale == SCALE_PHQ2 || scale == SCALE_GAD2
				    ? (int)c->ctx.cat.policy.screens_short_every_days
				    : (int)c->ctx.cat.policy.screens_full_every_days;
		store_close(st);
		return cli_fail("you answered the %s %d day%s ago; it is meant for every %d days, "
				"since its questions look back over that time. Nothing was stored.",
				scale_names[scale], today - last, today - last == 1 ? "" : "s",
				every);
	}
	bool ok = store_begin(st) &&
		  (last != today || store_remove_screens(st, scale_names[scale], today)) &&
		  store_add_screen(st, today, scale_names[scale], answers, r.score, r.band,
				   r.crisis) &&
		  store_commit(st);
	if (!ok) {
		rc = cli_fail("cannot store the answers: %s", store_error(st));
		store_rollback(st);
	}
	store_close(st);
	if (rc)
		return rc;
	const char *country = NULL;
	struct profile prof;
	bool have_prof = access(c->ctx.paths.profile, F_OK) == 0 && cli_profile(c, &prof);
	if (have_prof)
		country = prof.country;
	struct ystream own_src = {0};
	struct crisis own;
	bool have_own = own_contacts(c, &own_src, &own);
	bool repeated = last == today;
	if (c->format == FMT_YAML) {
		struct yemit *e = yemit_new();
		yemit_map(e);
		yemit_key(e, "scale");
		yemit_word(e, scale_names[scale]);
		yemit_key(e, "score");
		yemit_int(e, r.score);
		yemit_key(e, "band");
		yemit_str(e, r.band);
		yemit_key(e, "crisis");
		yemit_bool(e, r.crisis);
		if (r.crisis && c->ctx.cat.has_crisis) {
			yemit_key(e, "contacts");
			yemit_seq(e);
			const struct crisis_region *reg =
				crisis_region(&c->ctx.cat.crisis, country);
			for (size_t i = 0; i < c->ctx.cat.crisis.n_regions; i++)
				if (!reg || reg == &c->ctx.cat.crisis.regions[i])
					emit_contacts(e, c->ctx.cat.crisis.regions[i].name,
						      c->ctx.cat.crisis.regions[i].contacts,
						      c->ctx.cat.crisis.regions[i].n_contacts);
			if (have_own)
				emit_contacts(e, "your own", own.own, own.n_own);
			yemit_seq_end(e);
		}
		yemit_key(e, "advice");
		yemit_seq(e);
		for (size_t i = 0; i < r.n_advice; i++)
			yemit_str(e, r.advice[i]);
		yemit_seq_end(e);
		yemit_map_end(e);
		rc = yemit_to_stdout(e);
	} else {
		if (r.crisis && c->ctx.cat.has_crisis)
			print_crisis(&c->ctx.cat.crisis, have_own ? &own : NULL, country);
		static const char *const names[] = {"PHQ-2", "GAD-2", "PHQ-9", "GAD-7"};
		printf("%s: %d (%s%s)\n", names[scale], r.score, r.band,
		       scale == SCALE_PHQ2 || scale == SCALE_GAD2 ? " of 3" : "");
		for (size_t i = 0; i < r.n_advice; i++)
			print_hanging(r.advice[i], 2, 2, 78);
		if (repeated)
			printf("  (These answers replace the ones you gave earlier today.)\n");
	}
	ystream_free(&own_src);
	if (have_prof)
		profile_free(&prof);
	return rc;
}

const struct command cmd_screen_entry = {
	.name = "screen",
	.run = cmd_screen,
	.usage = "coach screen phq2|gad2|phq9|gad7 [--answers a,b,...]",
	.summary = "a short questionnaire on mood or anxiety",
	.help = "Without --answers, shows the questions.  With them (each 0-3: not at all, "
		"several\n"
		"days, more than half the days, nearly every day), scores them on the published\n"
		"scale and stores the score.  PHQ-2 and GAD-2 are for at most once a week, PHQ-9\n"
		"and GAD-7 for at most every two weeks; all are optional.  The coach never\n"
		"diagnoses.  If PHQ-9 question 9 is answered above 0, crisis contacts come first.\n"
		"Exit status 1 for answers that do not fit the questionnaire.",
	.opts = opts,
};
