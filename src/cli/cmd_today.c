/* coach today [--mood N --energy N --anxiety N --sleep H] [--short]: today's session, adjusted to
 * you */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/profile.h"
#include "coach/rx.h"
#include "coach/store.h"
#include "coach/workout.h"
#include "out.h"

/* A suggestion beside the work, {minutes, what}, or null when minutes is 0. */
static void emit_beside(struct yemit *e, const char *key, int minutes, const char *what)
{
	yemit_key(e, key);
	if (!minutes) {
		yemit_null(e);
		return;
	}
	yemit_map_flow(e);
	yemit_key(e, "minutes");
	yemit_int(e, minutes);
	yemit_key(e, "what");
	yemit_str(e, what);
	yemit_map_end(e);
}

static void emit_rx(struct yemit *e, const struct rx *rx)
{
	char d[11];
	date_format(rx->date, d);
	yemit_map(e);
	yemit_key(e, "date");
	yemit_word(e, d);
	yemit_key(e, "program");
	yemit_word(e, rx->program->id);
	yemit_key(e, "week");
	yemit_int(e, rx->week);
	yemit_key(e, "day");
	if (rx->day)
		yemit_str(e, rx->day->name);
	else
		yemit_null(e);
	yemit_key(e, "program_complete");
	yemit_bool(e, rx->finished);
	yemit_key(e, "next_program");
	if (rx->finished && rx->next_program)
		yemit_word(e, rx->next_program->id);
	else
		yemit_null(e);
	yemit_key(e, "rest_day");
	yemit_bool(e, rx->rest_day);
	if (rx->rest_day && rx->next_date >= 0) {
		date_format(rx->next_date, d);
		yemit_key(e, "next");
		yemit_map_flow(e);
		yemit_key(e, "date");
		yemit_word(e, d);
		yemit_key(e, "day");
		yemit_str(e, rx->next_day->name);
		yemit_map_end(e);
	}
	yemit_key(e, "deload");
	yemit_bool(e, rx->deload);
	yemit_key(e, "hold");
	yemit_bool(e, rx->hold);
	yemit_key(e, "done_today");
	yemit_bool(e, rx->done_today);
	yemit_key(e, "readiness");
	yemit_map_flow(e);
	yemit_key(e, "band");
	yemit_word(e, readiness_names[rx->readiness.band]);
	yemit_key(e, "anxious");
	yemit_bool(e, rx->readiness.anxious);
	yemit_key(e, "short_sleep");
	yemit_bool(e, rx->readiness.short_sleep);
	yemit_key(e, "reasons");
	yemit_seq_flow(e);
	for (size_t i = 0; i < rx->readiness.n_reasons; i++)
		yemit_str(e, rx->readiness.reasons[i]);
	yemit_seq_end(e);
	yemit_map_end(e);
	yemit_key(e, "breathing_before");
	if (rx->breathing_before) {
		yemit_map_flow(e);
		yemit_key(e, "pattern");
		yemit_word(e, "paced");
		yemit_key(e, "minutes");
		yemit_int(e, rx->breathe_min);
		yemit_key(e, "inhale_s");
		yemit_int(e, rx->inhale_s);
		yemit_key(e, "exhale_s");
		yemit_int(e, rx->exhale_s);
		yemit_map_end(e);
	} else {
		yemit_null(e);
	}
	yemit_key(e, "short_session");
	yemit_map_flow(e);
	yemit_key(e, "offered");
	yemit_bool(e, rx->short_offered);
	yemit_key(e, "taken");
	yemit_bool(e, rx->short_taken);
	yemit_map_end(e);
	yemit_key(e, "minutes");
	yemit_int(e, rx->est_min);
	emit_beside(e, "warmup", rx->warmup_min, rx->warmup_what);
	emit_beside(e, "aerobic", rx->aerobic_min, rx->aerobic_what);
	yemit_key(e, "risk");
	if (rx->risk.kind != RISK_NONE) {
		char since[11];
		date_format(rx->risk.since, since);
		yemit_map_flow(e);
		yemit_key(e, "signal");
		yemit_str(e, rx->risk.signal);
		yemit_key(e, "since");
		yemit_word(e, since);
		yemit_map_end(e);
	} else {
		yemit_null(e);
	}
	yemit_key(e, "own_evidence");
	if (rx->own.shown) {
		yemit_map_flow(e);
		yemit_key(e, "mood");
		yemit_int(e, rx->own.mood);
		yemit_key(e, "sessions");
		yemit_int(e, rx->own.n);
		yemit_key(e, "finished_at");
		yemit_num(e, (int)(rx->own.mean_after * 10 + 0.5) / 10.0);
		yemit_key(e, "higher");
		yemit_int(e, rx->own.higher);
		yemit_map_end(e);
	} else {
		yemit_null(e);
	}
	yemit_key(e, "advisories");
	yemit_seq(e);
	for (size_t i = 0; i < rx->n_advisories; i++)
		yemit_str(e, rx->advisories[i]);
	yemit_seq_end(e);
	yemit_key(e, "adjustments");
	yemit_seq(e);
	for (size_t i = 0; i < rx->n_adjustments; i++) {
		yemit_map_flow(e);
		yemit_key(e, "what");
		yemit_str(e, rx->adjustments[i].what);
		yemit_key(e, "why");
		yemit_str(e, rx->adjustments[i].why);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_key(e, "exercises");
	yemit_seq(e);
	for (size_t i = 0; i < rx->n_ex; i++) {
		const struct rx_exercise *x = &rx->ex[i];
		char tempo[24];
		yemit_map(e);
		yemit_key(e, "id");
		yemit_word(e, x->ex->id);
		yemit_key(e, "slot");
		yemit_word(e, x->slot_id);
		yemit_key(e, "name");
		yemit_str(e, x->ex->name);
		yemit_key(e, "sets");
		yemit_int(e, x->sets);
		yemit_key(e, "reps_min");
		yemit_int(e, x->reps_min);
		yemit_key(e, "reps_max");
		yemit_int(e, x->reps_max);
		if (x->seconds) {
			yemit_key(e, "measure");
			yemit_word(e, "seconds");
		}
		yemit_key(e, "load");
		if (!x->has_load)
			yemit_null(e);
		else if (x->tool == TOOL_BAND)
			yemit_word(e, x->band >= 0 ? band_names[x->band] : "none");
		else
			yemit_num(e, x->load);
		yemit_key(e, "unit");
		yemit_word(e, x->tool == TOOL_BAND ? "band" : rx->unit);
		if (x->plates[0]) {
			yemit_key(e, "plates_each_side");
			yemit_str(e, x->plates);
		}
		yemit_key(e, "calibration");
		yemit_bool(e, x->calibration);
		if (x->note) {
			yemit_key(e, "note");
			yemit_str(e, x->note);
		}
		yemit_key(e, "rir");
		yemit_int(e, x->rir);
		yemit_key(e, "rest_s");
		yemit_int(e, x->rest_s);
		yemit_key(e, "rest_between_s");
		yemit_int(e, x->rest_between_s);
		yemit_key(e, "superset");
		if (x->superset)
			yemit_int(e, x->superset);
		else
			yemit_null(e);
		yemit_key(e, "rir_check");
		yemit_bool(e, x->rir_check);
		if (x->n_groups) {
			yemit_key(e, "groups");
			yemit_seq(e);
			for (size_t k = 0; k < x->n_groups; k++) {
				const struct rx_group *g = &x->groups[k];
				yemit_map_flow(e);
				yemit_key(e, "sets");
				yemit_int(e, g->sets);
				yemit_key(e, "reps_min");
				yemit_int(e, g->reps_min);
				yemit_key(e, "reps_max");
				yemit_int(e, g->reps_max);
				yemit_key(e, "rir");
				yemit_int(e, g->rir);
				yemit_key(e, "load");
				if (!x->has_load)
					yemit_null(e);
				else if (x->tool == TOOL_BAND)
					yemit_word(e, g->band >= 0 ? band_names[g->band] : "none");
				else
					yemit_num(e, g->load);
				yemit_key(e, "amrap");
				yemit_bool(e, g->amrap);
				yemit_map_end(e);
			}
			yemit_seq_end(e);
		}
		yemit_key(e, "warmup_sets");
		yemit_seq_flow(e);
		for (size_t k = 0; k < x->n_warmup; k++) {
			yemit_map_flow(e);
			yemit_key(e, "reps");
			yemit_int(e, x->warmup[k].reps);
			yemit_key(e, "load");
			yemit_num(e, x->warmup[k].load);
			yemit_map_end(e);
		}
		yemit_seq_end(e);
		yemit_key(e, "tempo");
		yemit_str(e, tempo_text(x->tempo, x->tempo_n, tempo, sizeof(tempo)));
		yemit_key(e, "breathing");
		yemit_str(e, x->breathing);
		yemit_key(e, "why");
		yemit_seq(e);
		for (size_t k = 0; k < x->n_why; k++)
			yemit_str(e, x->why[k]);
		yemit_seq_end(e);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_map_end(e);
}

/* "3 x 8-12 at 10 kg · 2 reps in reserve · rest 90 s" (no load: no "at"). */
static char *sets_line(int sets, const char *reps, const char *load, int rir, const char *rest)
{
	if (load[0])
		return xasprintf(P_("%d x %s at %s · %d rep in reserve · %s",
				    "%d x %s at %s · %d reps in reserve · %s", rir),
				 sets, reps, load, rir, rest);
	return xasprintf(
		P_("%d x %s · %d rep in reserve · %s", "%d x %s · %d reps in reserve · %s", rir),
		sets, reps, rir, rest);
}

/* What follows a set of exercise i, as the workout does it: "rest 60 s
 * between sets, 120 s before the next exercise", or in a superset the next
 * exercise of the round ("then Push-up") and after the round's last its
 * rests. */
static const char *after_set(const struct rx *rx, size_t i, char *buf, size_t size)
{
	size_t first, n = rx_superset_span(rx, i, &first);
	int between, after;
	rx_rests(rx, i, &between, &after);
	if (n > 1 && i + 1 < first + n)
		snprintf(buf, size, _("then %s"), rx->ex[i + 1].ex->name);
	else if (n > 1 && between >= 0 && after >= 0)
		snprintf(buf, size, _("then rest %d s, and %d s after the last round"), between,
			 after);
	else if (n > 1 && (between >= 0 || after >= 0))
		snprintf(buf, size, _("then rest %d s"), between >= 0 ? between : after);
	else if (between >= 0 && after >= 0)
		snprintf(buf, size, _("rest %d s between sets, %d s before the next exercise"),
			 between, after);
	else if (between >= 0)
		snprintf(buf, size, _("rest %d s between sets"), between);
	else if (after >= 0)
		snprintf(buf, size, _("rest %d s before the next exercise"), after);
	else
		snprintf(buf, size, "%s", _("the last exercise"));
	return buf;
}

/* The line before a superset's first exercise: its rounds and its order. */
static void print_superset_head(const struct rx *rx, size_t i)
{
	size_t first, n = rx_superset_span(rx, i, &first);
	if (n < 2 || first != i)
		return;
	int rounds = rx_rounds(rx, i);
	struct sbuf b = {0};
	sbuf_printf(&b, P_("Superset %d, %d round: %s", "Superset %d, %d rounds: %s", rounds),
		    rx->ex[i].superset, rounds, rx->ex[first].ex->name);
	for (size_t k = first + 1; k < first + n; k++)
		sbuf_printf(&b, _(", then %s"), rx->ex[k].ex->name);
	int between, after;
	rx_rests(rx, first + n - 1, &between, &after);
	if (between >= 0 || after >= 0)
		sbuf_printf(&b, _(", then rest %d s"), between >= 0 ? between : after);
	print_hanging(sbuf_str(&b), 0, 4, 78);
	sbuf_free(&b);
}

/* A slot's set groups, a line each: "1 x 5 at 100 kg · 1 rep in reserve". */
static void print_groups(const struct rx *rx, size_t i)
{
	const struct rx_exercise *x = &rx->ex[i];
	char rest[120];
	after_set(rx, i, rest, sizeof(rest));
	for (size_t k = 0; k < x->n_groups; k++) {
		const struct rx_group *g = &x->groups[k];
		struct rx_exercise one = *x;
		one.load = g->load;
		one.band = g->band;
		char reps[24], load[64], *line;
		reps_text(g->reps_min, g->reps_max, reps, sizeof(reps));
		rx_load_text(&one, rx->unit, load, sizeof(load));
		if (x->seconds)
			line = xasprintf(_("%d x %s s hold · %s"), g->sets, reps, rest);
		else if (g->capped && load[0])
			line = xasprintf(
				P_("%d x %s at %s · %d rep in reserve, not as many as you "
				   "can (a health rule in your profile) · %s",
				   "%d x %s at %s · %d reps in reserve, not as many as you "
				   "can (a health rule in your profile) · %s",
				   g->rir),
				g->sets, reps, load, g->rir, rest);
		else if (g->capped)
			line = xasprintf(
				P_("%d x %s · %d rep in reserve, not as many as you can (a "
				   "health rule in your profile) · %s",
				   "%d x %s · %d reps in reserve, not as many as you can (a "
				   "health rule in your profile) · %s",
				   g->rir),
				g->sets, reps, g->rir, rest);
		else if (g->amrap && g->rir > 0 && load[0])
			line = xasprintf(
				P_("%d x as many reps as you can (at least %d) at %s · stop "
				   "with %d rep in reserve · %s",
				   "%d x as many reps as you can (at least %d) at %s · stop "
				   "with %d reps in reserve · %s",
				   g->rir),
				g->sets, g->reps_min, load, g->rir, rest);
		else if (g->amrap && g->rir > 0)
			line = xasprintf(
				P_("%d x as many reps as you can (at least %d) · stop with "
				   "%d rep in reserve · %s",
				   "%d x as many reps as you can (at least %d) · stop with "
				   "%d reps in reserve · %s",
				   g->rir),
				g->sets, g->reps_min, g->rir, rest);
		else if (g->amrap && load[0])
			line = xasprintf(
				_("%d x as many reps as you can (at least %d) at %s · to the "
				  "last good rep · %s"),
				g->sets, g->reps_min, load, rest);
		else if (g->amrap)
			line = xasprintf(
				_("%d x as many reps as you can (at least %d) · to the last "
				  "good rep · %s"),
				g->sets, g->reps_min, rest);
		else
			line = sets_line(g->sets, reps, load, g->rir, rest);
		print_hanging(line, 4, 6, 78);
		free(line);
	}
}

static void print_rx(const struct rx *rx)
{
	char d[48];
	date_text(rx->date, true, d, sizeof(d));
	char week[160] = "";
	if (rx->week > 0 && rx->finished)
		snprintf(week, sizeof(week), _(" · week %d (the %d weeks are done)"), rx->week,
			 rx->program->weeks);
	else if (rx->week > 0 && rx->program->weeks)
		snprintf(week, sizeof(week), _(" · week %d of %d"), rx->week, rx->program->weeks);
	else if (rx->week > 0)
		snprintf(week, sizeof(week), _(" · week %d"), rx->week);
	/* "week 1 of 8" is kept on one line, never "week 1 of" / "8" */
	struct sbuf head = {0};
	sbuf_printf(&head, "%s · %s", d, rx->program->name);
	sbuf_glued(&head, week);
	print_hanging(sbuf_str(&head), 0, 2, 78);
	sbuf_free(&head);
	for (size_t i = 0; i < rx->n_advisories; i++)
		print_wrapped(rx->advisories[i], 0, 78);
	if (rx->before_start) {
		char s[48];
		date_text(rx->next_date, true, s, sizeof(s));
		fputs(_("The program starts later; nothing planned today.\n"), stdout);
	}
	if (rx->rest_day) {
		if (rx->moved_to >= 0) {
			date_text(rx->moved_to, true, d, sizeof(d));
			printf(_("Today's session was moved to %s.\n"), d);
		} else {
			fputs(_("A rest day: recovery is part of training.\n"), stdout);
		}
		if (rx->next_date >= 0) {
			date_text(rx->next_date, true, d, sizeof(d));
			printf(_("Next: day %s on %s.\n"), rx->next_day->name, d);
		}
		if (rx->aerobic_min) {
			char *line = xasprintf(_("Today, if you like: %s."), rx->aerobic_what);
			print_wrapped(line, 0, 78);
			free(line);
		}
		return;
	}
	if (rx->done_today) {
		fputs(_("Today's session is in the log: well done. "), stdout);
		if (rx->next_date >= 0) {
			date_text(rx->next_date, true, d, sizeof(d));
			printf(_("Next: day %s on %s."), rx->next_day->name, d);
		}
		fputs(_("\n('coach plan' shows the week.)\n"), stdout);
		return;
	}
	if (rx->deload)
		printf(_("Day %s, about %d min · a deload week\n"), rx->day->name, rx->est_min);
	else
		printf(_("Day %s, about %d min\n"), rx->day->name, rx->est_min);
	struct sbuf rb = {0};
	sbuf_printf(&rb, _("Readiness: %s"), _(readiness_names[rx->readiness.band]));
	for (size_t i = 0; i < rx->readiness.n_reasons; i++)
		sbuf_printf(&rb, "%s%s", i ? ", " : " (", rx->readiness.reasons[i]);
	sbuf_printf(&rb, "%s", rx->readiness.n_reasons ? ")" : "");
	print_hanging(sbuf_str(&rb), 0, 2, 78);
	sbuf_free(&rb);
	if (rx->breathing_before)
		printf(_("\nBefore you start: %d minutes of slow breathing, in %d s, out %d s.\n"),
		       rx->breathe_min, rx->inhale_s, rx->exhale_s);
	if (rx->warmup_min) {
		char *line = xasprintf(_("Warm up first: %s."), rx->warmup_what);
		printf("\n");
		print_wrapped(line, 0, 78);
		free(line);
	}
	if (rx->n_adjustments) {
		fputs(_("\nChanged for today:\n"), stdout);
		for (size_t i = 0; i < rx->n_adjustments; i++) {
			char *line = xasprintf("- %s (%s)", rx->adjustments[i].what,
					       rx->adjustments[i].why);
			print_hanging(line, 2, 4, 78);
			free(line);
		}
	}
	if (rx->short_offered && !rx->short_taken)
		print_wrapped(_("A short session (the first exercises only) is there if you want "
				"it: coach today --short"),
			      0, 78);
	else if (rx->short_taken)
		print_wrapped(_("The short session counts as showing up: when you log it, add "
				"'short: true' to the session, and the week keeps the day as "
				"showed up."),
			      0, 78);
	printf("\n");
	for (size_t i = 0; i < rx->n_ex; i++) {
		const struct rx_exercise *x = &rx->ex[i];
		char reps[24], load[64];
		reps_text(x->reps_min, x->reps_max, reps, sizeof(reps));
		rx_load_text(x, rx->unit, load, sizeof(load));
		char rest[120];
		after_set(rx, i, rest, sizeof(rest));
		print_superset_head(rx, i);
		printf("%2zu. %s\n", i + 1, x->ex->name);
		if (x->n_groups)
			print_groups(rx, i);
		else if (x->seconds)
			printf(_("    %d x %s s hold · %s\n"), x->sets, reps, rest);
		else {
			char *line = sets_line(x->sets, reps, load, x->rir, rest);
			print_hanging(line, 4, 6, 78);
			free(line);
		}
		if (x->plates[0]) {
			char *line = xasprintf(_("plates each side: %s"), x->plates);
			print_hanging(line, 4, 6, 78);
			free(line);
		}
		char wu[160];
		if (rx_warmup_text(rx, x, wu, sizeof(wu))[0])
			print_wrapped(wu, 4, 78);
		if (x->rir_check)
			print_wrapped(_("the last set checks your reps in reserve: go on past the "
					"target until you could not do one more, and log the extra "
					"ones as reserve"),
				      4, 78);
		print_wrapped(x->breathing, 4, 78);
		if (x->note)
			print_wrapped(x->note, 4, 78);
		for (size_t k = 0; k < x->n_why; k++)
			print_wrapped(x->why[k], 4, 78);
	}
}

enum { O_SHORT = OPT_CHECKIN_END };
/* The day after a missed planned day: the person's lapse plan first, with
 * the commands that do it today; without a plan, how to write one. */
static void lead_lapse_plan(struct cli *c, struct rx *rx)
{
	struct lapse_lead l;
	if (!workout_lapse_lead(c->ctx.paths.config_dir, &c->ctx.cat.policy, rx, &l))
		return;
	char text[2][sizeof(rx->advisories[0])];
	const char *lines[2] = {text[0], text[1]};
	int w = l.walk_min;
	if (!l.have_plan) {
		snprintf(text[0], sizeof(text[0]), "%s",
			 _("Yesterday's planned day did not happen, which is part of training. "
			   "If you like, write down what you will do next time, in one line: "
			   "coach lapse-plan set \"If I miss a day, then I ...\""));
		workout_lead_advisories(rx, lines, 1);
		return;
	}
	snprintf(text[0], sizeof(text[0]),
		 _("Yesterday's planned day was missed. Your plan for this: \"%s\""), l.plan);
	char y[11], t[11];
	switch (l.offer) {
	case LAPSE_OFFER_SHORT:
		snprintf(text[1], sizeof(text[1]),
			 P_("You can do just that today: the short session (coach today --short), "
			    "or a walk of %d minute.",
			    "You can do just that today: the short session (coach today --short), "
			    "or a walk of %d minutes.",
			    w),
			 w);
		break;
	case LAPSE_OFFER_SESSION:
		snprintf(text[1], sizeof(text[1]),
			 P_("You can do just that today: today's session, or a walk of %d minute "
			    "if that is what there is room for.",
			    "You can do just that today: today's session, or a walk of %d minutes "
			    "if that is what there is room for.",
			    w),
			 w);
		break;
	case LAPSE_OFFER_MOVE:
		date_format(l.move_from, y);
		date_format(l.move_to, t);
		snprintf(text[1], sizeof(text[1]),
			 P_("You can do just that today: move yesterday's session here (coach move "
			    "%s %s), or take a walk of %d minute.",
			    "You can do just that today: move yesterday's session here (coach move "
			    "%s %s), or take a walk of %d minutes.",
			    w),
			 y, t, w);
		break;
	case LAPSE_OFFER_WALK:
		snprintf(
			text[1], sizeof(text[1]),
			P_("You can do just that today with a walk of %d minute; the next session "
			   "is on your next training day.",
			   "You can do just that today with a walk of %d minutes; the next session "
			   "is on your next training day.",
			   w),
			w);
		break;
	}
	workout_lead_advisories(rx, lines, 2);
}

static const struct optspec opts[] = {
	CLI_CHECKIN_OPTS[O_SHORT] =
		{"--short", NULL, N_("the short session (a low day, the day after a missed one)")},
	{0},
};

static int cmd_today(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "today", argc, argv, opts, v, false,
				  _("today takes options only"));
	if (rc)
		return rc;
	struct rx_input in = {.date = clock_today(), .short_session = v[O_SHORT] != NULL};
	bool checkin_given = false;
	for (int i = 0; i < OPT_CHECKIN_END; i++)
		checkin_given |= v[i] != NULL;
	if (checkin_given && (rc = cli_checkin_values("today", v, &in.checkin)))
		return rc;
	struct profile prof;
	const struct program *p;
	struct store *st;
	if (!cli_training(c, &prof, &p, &st, false))
		return EXIT_INVALID;
	if (!in.checkin.given)
		store_get_checkin(st, in.date, &in.checkin);
	in.cat = &c->ctx.cat;
	in.prof = &prof;
	in.program = p;
	in.st = st;
	/* YAML is for programs: the engine's sentences in it stay English */
	i18n_english(c->format == FMT_YAML);
	risk_load(st, in.date, &in.checkin, &c->ctx.cat.policy, &in.risk);
	struct rx *rx = xmalloc(sizeof(*rx));
	rx_prescribe(&in, rx);
	lead_lapse_plan(c, rx);
	i18n_english(false);
	if (c->format == FMT_YAML) {
		struct yemit *e = yemit_new();
		emit_rx(e, rx);
		rc = yemit_to_stdout(e);
	} else {
		print_rx(rx);
	}
	free(rx);
	store_close(st);
	profile_free(&prof);
	return rc;
}

const struct command cmd_today_entry = {
	.name = "today",
	.run = cmd_today,
	.usage = "coach today [--mood N --energy N --anxiety N --sleep H] [--short]",
	.summary = N_("today's session, adjusted to you"),
	.help = N_(
		"Shows today's exercises with sets, reps, load, effort (reps in reserve), rest,\n"
		"tempo and a breathing cue, and every change from the program with its reason.\n"
		"The check-in options apply without being stored; otherwise today's check-in\n"
		"is used."),
	.opts = opts,
};
