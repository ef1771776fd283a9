/* coach history [--from DATE] [--to DATE]: what you have logged, and what seems to help you */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/paths.h"
#include "coach/profile.h"
#include "coach/insights.h"
#include "coach/response.h"
#include "coach/rx.h"
#include "coach/store.h"
#include "coach/text.h"
#include "out.h"

static void emit_stat(struct yemit *e, const struct response_stat *s)
{
	yemit_map_flow(e);
	yemit_key(e, "what");
	yemit_str(e, s->label);
	yemit_key(e, "value");
	yemit_num(e, (double)(long)(s->value * 100 + (s->value >= 0 ? 0.5 : -0.5)) / 100);
	yemit_key(e, "sessions");
	yemit_int(e, s->n);
	yemit_map_end(e);
}

static void emit_response(struct yemit *e, const struct response *r)
{
	yemit_key(e, "response");
	yemit_map(e);
	yemit_key(e, "sessions");
	yemit_int(e, r->sessions);
	yemit_key(e, "weeks");
	yemit_int(e, r->weeks);
	yemit_key(e, "mood_change");
	emit_stat(e, &r->mood_change);
	yemit_key(e, "over_time");
	yemit_seq(e);
	const struct response_stat *pairs[] = {&r->early_mood, &r->late_mood, &r->early_anxiety,
					       &r->late_anxiety};
	for (size_t i = 0; i < 4; i++)
		if (pairs[i]->n)
			emit_stat(e, pairs[i]);
	for (int k = 0; k < 4; k++) {
		if (r->early_screen[k].n)
			emit_stat(e, &r->early_screen[k]);
		if (r->late_screen[k].n)
			emit_stat(e, &r->late_screen[k]);
	}
	yemit_seq_end(e);
	yemit_key(e, "caution");
	yemit_str(e, r->caution);
	yemit_map_end(e);
}

static void print_response(const struct response *r, const struct insights *in)
{
	char *over = xasprintf(P_("%d week", "%d weeks", r->weeks), r->weeks);
	printf(P_("\nWhat seems to help you (%d session over %s)\n",
		  "\nWhat seems to help you (%d sessions over %s)\n", r->sessions),
	       r->sessions, over);
	free(over);
	if (r->early_mood.n && r->late_mood.n) {
		char a[32], b[32];
		printf(_("  Mood at check-in: %s in your first 4 weeks, %s in your last 4 (%d and "
			 "%d "
			 "sessions)\n"),
		       tenths_text(r->early_mood.value, a, sizeof(a)),
		       tenths_text(r->late_mood.value, b, sizeof(b)), r->early_mood.n,
		       r->late_mood.n);
	}
	if (r->early_anxiety.n && r->late_anxiety.n) {
		char a[32], b[32];
		printf(_("  Anxiety at check-in: %s first, %s lately (%d and %d sessions)\n"),
		       tenths_text(r->early_anxiety.value, a, sizeof(a)),
		       tenths_text(r->late_anxiety.value, b, sizeof(b)), r->early_anxiety.n,
		       r->late_anxiety.n);
	}
	print_insights(in);
	fputs(_("  More in 'coach insights'.\n"), stdout);
}

enum { O_FROM, O_TO };
static const struct optspec opts[] = {
	[O_FROM] = {"--from", "DATE", N_("the first day to list (default: the first logged)")},
	[O_TO] = {"--to", "DATE", N_("the last day to list (default today)")},
	{0},
};

/* A note on one line, whatever newlines it holds. */
static void one_line(struct sbuf *b, const char *text)
{
	for (; *text; text++)
		sbuf_putc(b, (char)(*text == '\n' || *text == '\r' ? ' ' : *text));
}

static void print_note(const char *text, int indent)
{
	struct sbuf b = {0};
	sbuf_puts(&b, _("Note: "));
	one_line(&b, text);
	print_hanging(sbuf_str(&b), indent, indent + 2, 78);
	sbuf_free(&b);
}

/* What one history command shows: its sessions, questionnaires and what
 * seems to help, read once and handed to the format's writer. */
struct history {
	struct cli *c;
	const char *unit;
	bool dated; /* --from or --to given */
	struct logged_list l;
	struct screen_list sc;
	struct response r;
	struct insights in;
};

static void history_csv(const struct history *h)
{
	char d[11];
	puts("date,program,day,exercise,slot,set,reps,load,band,rir,hold,mood_before,"
	     "mood_after");
	for (size_t i = 0; i < h->l.n; i++) {
		const struct logged_session *s = &h->l.v[i];
		date_format(s->date, d);
		for (size_t j = 0; j < s->n_sets; j++) {
			const struct logged_set *x = &s->sets[j];
			char n[32];
			printf("%s,", d);
			csv_field(stdout, s->program);
			putchar(',');
			csv_field(stdout, s->day);
			putchar(',');
			csv_field(stdout, x->exercise);
			putchar(',');
			csv_field(stdout, x->slot);
			printf(",%d,%d,%s,%s,", x->set_no, x->reps,
			       x->load > 0 ? num_text(x->load, n, sizeof(n)) : "",
			       x->band >= 0 ? band_names[x->band] : "");
			if (x->rir >= 0)
				printf("%d", x->rir);
			printf(",%s,", s->hold ? "true" : "false");
			if (s->checkin.given)
				printf("%d", s->checkin.mood);
			putchar(',');
			if (s->mood_after)
				printf("%d", s->mood_after);
			putchar('\n');
		}
	}
}

static void emit_word_or_null(struct yemit *e, const char *key, const char *word, bool plain)
{
	yemit_key(e, key);
	if (!word)
		yemit_null(e);
	else if (plain)
		yemit_word(e, word);
	else
		yemit_str(e, word);
}

static void emit_target(struct yemit *e, const struct logged_set *x)
{
	char reps[24];
	yemit_key(e, "target");
	yemit_map_flow(e);
	yemit_key(e, "reps");
	yemit_str(e, reps_text(x->target.reps_min, x->target.reps_max, reps, sizeof(reps)));
	if (x->target.load > 0) {
		yemit_key(e, "load");
		yemit_num(e, x->target.load);
	}
	if (x->target.band >= 0) {
		yemit_key(e, "band");
		yemit_word(e, band_names[x->target.band]);
	}
	yemit_key(e, "rir");
	yemit_int(e, x->target.rir);
	yemit_map_end(e);
}

static void emit_set(struct yemit *e, const struct logged_set *x)
{
	yemit_map_flow(e);
	yemit_key(e, "exercise");
	yemit_word(e, x->exercise);
	yemit_key(e, "reps");
	yemit_int(e, x->reps);
	if (x->load > 0) {
		yemit_key(e, "load");
		yemit_num(e, x->load);
	}
	if (x->band >= 0) {
		yemit_key(e, "band");
		yemit_word(e, band_names[x->band]);
	}
	if (x->rir >= 0) {
		yemit_key(e, "rir");
		yemit_int(e, x->rir);
	}
	if (x->target.given)
		emit_target(e, x);
	if (x->notes) {
		yemit_key(e, "notes");
		yemit_str(e, x->notes);
	}
	yemit_map_end(e);
}

static void emit_aerobic(struct yemit *e, const struct logged_session *s)
{
	yemit_key(e, "aerobic");
	yemit_seq_flow(e);
	for (size_t j = 0; j < s->n_aerobic; j++) {
		yemit_map_flow(e);
		yemit_key(e, "kind");
		yemit_word(e, s->aerobic[j].kind);
		yemit_key(e, "minutes");
		yemit_int(e, s->aerobic[j].minutes);
		if (s->aerobic[j].distance_m > 0) {
			yemit_key(e, "distance_m");
			yemit_num(e, s->aerobic[j].distance_m);
		}
		yemit_map_end(e);
	}
	yemit_seq_end(e);
}

static void emit_session(struct yemit *e, const struct logged_session *s)
{
	char d[11];
	date_format(s->date, d);
	yemit_map(e);
	yemit_key(e, "date");
	yemit_word(e, d);
	emit_word_or_null(e, "program", s->program, true);
	emit_word_or_null(e, "day", s->day, false);
	yemit_key(e, "hold");
	yemit_bool(e, s->hold);
	yemit_key(e, "readiness");
	yemit_word(e, s->readiness ? s->readiness : "normal");
	if (s->checkin.given) {
		yemit_key(e, "checkin");
		yemit_map_flow(e);
		yemit_key(e, "mood");
		yemit_int(e, s->checkin.mood);
		yemit_key(e, "energy");
		yemit_int(e, s->checkin.energy);
		yemit_key(e, "anxiety");
		yemit_int(e, s->checkin.anxiety);
		yemit_key(e, "sleep");
		yemit_num(e, s->checkin.sleep);
		yemit_map_end(e);
	}
	if (s->mood_after) {
		yemit_key(e, "mood_after");
		yemit_int(e, s->mood_after);
	}
	if (s->has_feeling) {
		yemit_key(e, "feeling");
		yemit_int(e, s->feeling);
	}
	if (s->short_session) {
		yemit_key(e, "short");
		yemit_bool(e, true);
	}
	if (s->notes) {
		yemit_key(e, "notes");
		yemit_str(e, s->notes);
	}
	if (s->bodyweight > 0) {
		yemit_key(e, "bodyweight");
		yemit_num(e, s->bodyweight);
	}
	yemit_key(e, "sets");
	yemit_seq(e);
	for (size_t j = 0; j < s->n_sets; j++)
		emit_set(e, &s->sets[j]);
	yemit_seq_end(e);
	if (s->n_aerobic)
		emit_aerobic(e, s);
	yemit_map_end(e);
}

static int history_yaml(const struct history *h)
{
	char d[11];
	struct yemit *e = yemit_new();
	yemit_map(e);
	yemit_key(e, "sessions");
	yemit_seq(e);
	for (size_t i = 0; i < h->l.n; i++)
		emit_session(e, &h->l.v[i]);
	yemit_seq_end(e);
	yemit_key(e, "screens");
	yemit_seq(e);
	for (size_t i = 0; i < h->sc.n; i++) {
		date_format(h->sc.v[i].date, d);
		yemit_map_flow(e);
		yemit_key(e, "date");
		yemit_word(e, d);
		yemit_key(e, "scale");
		yemit_word(e, h->sc.v[i].scale);
		yemit_key(e, "score");
		yemit_int(e, h->sc.v[i].score);
		yemit_key(e, "band");
		yemit_str(e, h->sc.v[i].band);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	emit_response(e, &h->r);
	yemit_key(e, "insights");
	yemit_map(e);
	emit_insights(e, &h->in);
	yemit_map_end(e);
	yemit_map_end(e);
	return yemit_to_stdout(e);
}

/* One set as the text shows it: " 12 at 8 kg (note)". */
static void set_text(const struct history *h, const struct logged_set *x, struct sbuf *line)
{
	char n[32];
	const struct exercise *xe = catalog_exercise(&h->c->ctx.cat, x->exercise);
	if (xe && xe->seconds)
		sbuf_printf(line, " %d s", x->reps);
	else if (x->band >= 0)
		sbuf_printf(line, _(" %d with %s"), x->reps,
			    band_text(x->band, true, n, sizeof(n)));
	else if (x->load > 0)
		sbuf_printf(line, _(" %d at %s"), x->reps,
			    load_text(x->load, h->unit, n, sizeof(n)));
	else
		sbuf_printf(line, " %d", x->reps);
	if (x->notes) {
		sbuf_puts(line, " (");
		one_line(line, x->notes);
		sbuf_putc(line, ')');
	}
}

/* What a session without a program was: minutes of aerobic or of the
 * breathing logged beside the program (the interface's a and b), or an
 * imported session. */
static const char *outside_words(const struct logged_session *s)
{
	if (s->n_sets || (!s->n_aerobic && !s->breathing_min))
		return _("(imported or outside a program)");
	if (s->n_aerobic && s->breathing_min)
		return _("aerobic minutes and the breathing, beside the program");
	return s->n_aerobic ? _("aerobic minutes, beside the program")
			    : _("the breathing, beside the program");
}

/* A session's line, wrapped under its program; its parts ("mood 3 -> 4")
 * kept whole (sbuf_glued). */
static void head_line(void *ctx, int index, const char *line)
{
	(void)ctx;
	printf("%*s", index ? 12 : 0, "");
	print_unglued(line);
	putchar('\n');
}

static void print_session(const struct history *h, const struct logged_session *s)
{
	char d[11];
	date_format(s->date, d);
	/* the session's line, wrapped at 80 columns under its first word */
	struct sbuf head = {0};
	sbuf_printf(&head, "%s  %s%s%s%s%s%s", d, s->program ? s->program : outside_words(s),
		    s->day ? _(" day ") : "", s->day ? s->day : "", s->hold ? " (" : "",
		    s->hold ? hold_day_words(true) : "", s->hold ? ")" : "");
	if (s->short_session)
		sbuf_printf(&head, "  %s", _("the short session, and it counts"));
	char part[128];
	if (s->checkin.given && s->mood_after) {
		snprintf(part, sizeof(part), _("  mood %d -> %d"), s->checkin.mood, s->mood_after);
		sbuf_glued(&head, part);
	} else if (s->checkin.given) { /* the check-in's, with no mood after */
		snprintf(part, sizeof(part), _("  mood %d before"), s->checkin.mood);
		sbuf_glued(&head, part);
	}
	if (s->has_feeling) {
		char f[8];
		snprintf(f, sizeof(f), "%+d", s->feeling);
		snprintf(part, sizeof(part), _("  feeling %s (-5 to +5)"), s->feeling ? f : "0");
		sbuf_glued(&head, part);
	}
	if (s->bodyweight > 0) {
		char n[32];
		snprintf(part, sizeof(part), _("  body weight %s %s"),
			 num_text(s->bodyweight, n, sizeof(n)), h->unit);
		sbuf_glued(&head, part);
	}
	/* the two spaces between its parts kept (no TEXT_FOLD); the numbers in it
	 * are the locale's already */
	text_wrap(sbuf_str(&head), 78, 78 - 12, 0, head_line, NULL);
	sbuf_free(&head);
	if (s->notes)
		print_note(s->notes, 4);
	/* one line per exercise: "Goblet squat: 12 at 8 kg, 10 at 8 kg" */
	struct sbuf line = {0};
	const char *prev = NULL;
	for (size_t j = 0; j < s->n_sets; j++) {
		const struct logged_set *x = &s->sets[j];
		if (!prev || strcmp(prev, x->exercise) != 0) {
			if (prev)
				print_hanging(sbuf_str(&line), 4, 6, 78);
			line.len = 0;
			const struct exercise *ex = catalog_exercise(&h->c->ctx.cat, x->exercise);
			sbuf_printf(&line, "%s:", ex ? ex->name : x->exercise);
			prev = x->exercise;
		} else {
			sbuf_putc(&line, ',');
		}
		set_text(h, x, &line);
	}
	if (prev)
		print_hanging(sbuf_str(&line), 4, 6, 78);
	sbuf_free(&line);
	for (size_t j = 0; j < s->n_aerobic; j++) {
		printf("    %s: %d min", s->aerobic[j].kind, s->aerobic[j].minutes);
		if (s->aerobic[j].distance_m > 0) {
			char n[32];
			/* metres to kilometres, to two decimals */
			double km = (double)(long)(s->aerobic[j].distance_m / 10 + 0.5) / 100;
			printf(", %s km", num_text(km, n, sizeof(n)));
		}
		printf("\n");
	}
	if (!s->n_sets && s->breathing_min)
		printf(_("    the breathing: %d min\n"), s->breathing_min);
}

static void history_text(const struct history *h)
{
	char d[11];
	if (!h->l.n)
		fputs(h->dated ? _("No sessions logged in those dates yet.\n")
			       : _("No sessions logged yet.\n"),
		      stdout);
	for (size_t i = 0; i < h->l.n; i++)
		print_session(h, &h->l.v[i]);
	if (h->sc.n) {
		fputs(_("\nQuestionnaires\n"), stdout);
		for (size_t i = 0; i < h->sc.n; i++) {
			date_format(h->sc.v[i].date, d);
			printf("  %s  %-5s %2d  %s\n", d, h->sc.v[i].scale, h->sc.v[i].score,
			       h->sc.v[i].band);
		}
	}
	if (h->l.n)
		print_response(&h->r, &h->in);
}

static int cmd_history(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "history", argc, argv, opts, v, true,
				  _("history takes --from and --to only"));
	if (rc)
		return rc;
	const char *from_s = v[O_FROM], *to_s = v[O_TO];
	int today = clock_today(), from = DATE_MIN, to = today;
	if ((from_s && (rc = cli_date_arg("history", "--from", from_s, &from))) ||
	    (to_s && (rc = cli_date_arg("history", "--to", to_s, &to))))
		return rc;
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct profile prof;
	bool have_prof = access(c->ctx.paths.profile, F_OK) == 0 && cli_profile(c, &prof);
	struct history h = {.c = c,
			    .unit = have_prof ? units_names[prof.units] : "kg",
			    .dated = from_s || to_s};
	struct store *st;
	if (!cli_store_read(c, &st)) {
		if (have_prof)
			profile_free(&prof);
		return EXIT_INVALID;
	}
	if (!store_sessions(st, from, to, &h.l) || !store_screens(st, from, to, &h.sc)) {
		rc = cli_fail(_("cannot read the log: %s"), store_error(st));
		store_close(st);
		if (have_prof)
			profile_free(&prof);
		return rc;
	}
	response_of(&h.l, &h.sc, &h.r);
	insights_of(&h.l, &h.sc, &c->ctx.cat.policy, &h.in);
	if (c->format == FMT_CSV)
		history_csv(&h);
	else if (c->format == FMT_YAML)
		rc = history_yaml(&h);
	else
		history_text(&h);
	logged_list_free(&h.l);
	screen_list_free(&h.sc);
	store_close(st);
	if (have_prof)
		profile_free(&prof);
	return rc;
}

const struct command cmd_history_entry = {
	.name = "history",
	.run = cmd_history,
	.usage = "coach history [--from DATE] [--to DATE]",
	.summary = N_("what you have logged, and what seems to help you"),
	.help = N_("Lists logged sessions and their sets, questionnaire scores, and what seems to\n"
		   "help you: how mood and anxiety at check-in move with weeks of training, and\n"
		   "the insights of 'coach insights' (honest comparisons of kinds of session).\n"
		   "--format yaml carries them under 'response:' and 'insights:'; --format csv\n"
		   "gives one row per set."),
	.opts = opts,
};
