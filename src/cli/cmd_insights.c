/* coach insights: what your own record can and cannot say */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/insights.h"
#include "coach/store.h"
#include "out.h"

/* The insights of the log between from and to. */
static bool cli_insights(struct cli *c, struct store *st, int from, int to, struct insights *out)
{
	struct logged_list l;
	struct screen_list sc;
	if (!store_sessions(st, from, to, &l))
		return false;
	if (!store_screens(st, from, to, &sc)) {
		logged_list_free(&l);
		return false;
	}
	insights_of(&l, &sc, &c->ctx.cat.policy, out);
	logged_list_free(&l);
	screen_list_free(&sc);
	return true;
}

void print_insights(const struct insights *in)
{
	struct sbuf b = {0};
	insights_text(in, &b);
	char *text = b.s ? b.s : "";
	for (char *line = text; *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		print_hanging(line[0] == ' ' && line[1] == ' ' ? line + 2 : line, 2, 4, 78);
		if (!nl)
			break;
		line = nl + 1;
	}
	sbuf_free(&b);
}

static void emit_round(struct yemit *e, const char *key, double v)
{
	yemit_key(e, key);
	if (isnan(v))
		yemit_null(e);
	else
		yemit_num(e, round(v * 100) / 100 + 0.0);
}

void emit_insights(struct yemit *e, const struct insights *in)
{
	yemit_key(e, "sessions");
	yemit_int(e, in->sessions);
	yemit_key(e, "enough_data");
	yemit_bool(e, in->enough_data);
	yemit_key(e, "min_sessions");
	yemit_int(e, in->min_sessions);
	yemit_key(e, "mood_change");
	if (in->sessions) {
		yemit_map_flow(e);
		emit_round(e, "estimate", in->mood_change);
		emit_round(e, "low", in->mood_low);
		emit_round(e, "high", in->mood_high);
		yemit_map_end(e);
	} else {
		yemit_null(e);
	}
	yemit_key(e, "level");
	if (in->n_effects)
		yemit_num(e, round(in->level * 10000) / 10000);
	else
		yemit_null(e);
	yemit_key(e, "effects");
	yemit_seq(e);
	for (size_t i = 0; i < in->n_effects; i++) {
		const struct insight_effect *x = &in->effects[i];
		yemit_map_flow(e);
		yemit_key(e, "what");
		yemit_word(e, x->what);
		yemit_key(e, "compare");
		yemit_str(e, x->compare);
		emit_round(e, "estimate", x->estimate);
		emit_round(e, "low", x->low);
		emit_round(e, "high", x->high);
		yemit_key(e, "sessions");
		yemit_int(e, x->sessions);
		yemit_key(e, "clear");
		yemit_bool(e, x->clear);
		yemit_key(e, "split");
		yemit_seq_flow(e);
		yemit_int(e, x->n_first);
		yemit_int(e, x->n_second);
		yemit_seq_end(e);
		emit_round(e, "unshrunk", x->raw);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_key(e, "not_yet");
	yemit_seq_flow(e);
	for (int f = 0; in->enough_data && f < IF_N; f++)
		if (in->not_yet[f])
			yemit_word(e, insight_factor_names[f]);
	yemit_seq_end(e);
	const struct insight_feeling *f = &in->feeling;
	yemit_key(e, "feeling");
	if (f->n) {
		yemit_map_flow(e);
		yemit_key(e, "sessions");
		yemit_int(e, f->n);
		emit_round(e, "mean", f->mean);
		emit_round(e, "low", f->low);
		emit_round(e, "high", f->high);
		yemit_key(e, "harder_vs_easier");
		if (f->compared) {
			yemit_map_flow(e);
			emit_round(e, "estimate", f->diff);
			emit_round(e, "low", f->diff_low);
			emit_round(e, "high", f->diff_high);
			yemit_key(e, "split");
			yemit_seq_flow(e);
			yemit_int(e, f->n_harder);
			yemit_int(e, f->n_easier);
			yemit_seq_end(e);
			yemit_key(e, "clear");
			yemit_bool(e, f->clear);
			yemit_map_end(e);
		} else {
			yemit_null(e);
		}
		yemit_map_end(e);
	} else {
		yemit_null(e);
	}
	yemit_key(e, "screens");
	yemit_seq(e);
	for (size_t i = 0; i < in->n_screens; i++) {
		const struct insight_screen *s = &in->screens[i];
		char d[11];
		yemit_map_flow(e);
		yemit_key(e, "scale");
		yemit_word(e, s->scale);
		yemit_key(e, "first");
		yemit_int(e, s->first);
		yemit_key(e, "latest");
		yemit_int(e, s->latest);
		yemit_key(e, "change");
		yemit_int(e, s->change);
		yemit_key(e, "reliable_change");
		if (s->has_threshold)
			yemit_bool(e, s->reliable_change);
		else
			yemit_null(e);
		yemit_key(e, "threshold");
		if (s->has_threshold)
			yemit_int(e, s->threshold);
		else
			yemit_null(e);
		yemit_key(e, "direction");
		yemit_word(e, !s->has_threshold	 ? "unknown"
			      : s->direction < 0 ? "better"
			      : s->direction > 0 ? "worse"
						 : "none");
		yemit_key(e, "scores");
		yemit_int(e, s->n);
		yemit_key(e, "from");
		date_format(s->first_date, d);
		yemit_word(e, d);
		yemit_key(e, "to");
		date_format(s->latest_date, d);
		yemit_word(e, d);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_key(e, "caution");
	yemit_str(e, in->caution);
}

static int cmd_insights(struct cli *c, int argc, char **argv)
{
	int rc = cli_options_only(c, "insights", argc, argv, NULL, NULL, false,
				  _("insights takes --format only"));
	if (rc)
		return rc;
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct store *st;
	if (!cli_store_read(c, &st))
		return EXIT_INVALID;
	struct insights in;
	if (!cli_insights(c, st, DATE_MIN, clock_today(), &in)) {
		rc = cli_fail(_("cannot read the log: %s"), store_error(st));
		store_close(st);
		return rc;
	}
	store_close(st);
	if (c->format == FMT_YAML) {
		struct yemit *e = yemit_new();
		yemit_map(e);
		emit_insights(e, &in);
		yemit_map_end(e);
		return yemit_to_stdout(e);
	}
	printf(P_("What your record can say (%d session with your mood before and after)\n",
		  "What your record can say (%d sessions with your mood before and after)\n",
		  in.sessions),
	       in.sessions);
	print_insights(&in);
	return 0;
}

const struct command cmd_insights_entry = {
	.name = "insights",
	.run = cmd_insights,
	.usage = "coach insights",
	.summary = N_("what seems to help you, and what your record cannot say yet"),
	.help = N_("Compares kinds of session by how your mood changed over them (after minus\n"
		   "before): weekday, session length, intensity (reps in reserve), sets and how\n"
		   "you felt (readiness).  Your mood, energy and anxiety before a session are\n"
		   "taken into account, so a day that starts low and ends higher by chance is\n"
		   "not taken for an effect.  Each difference has an interval corrected for how\n"
		   "many are shown and is pulled toward what trials found (the priors in the\n"
		   "policy file, with their sources); 'clear' only when the interval leaves out\n"
		   "zero.  Until 12 sessions have a mood before and after, it says there is not\n"
		   "enough data yet.  PHQ-9 and GAD-7 trends say whether a change is reliable\n"
		   "(Jacobson & Truax: 6 points on the PHQ-9, 4 on the GAD-7).\n"
		   "--format yaml: sessions, enough_data, effects [{what, compare, estimate, low,\n"
		   "high, sessions, clear}], screens [{scale, first, latest, change,\n"
		   "reliable_change}] and more."),
};
