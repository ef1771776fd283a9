/* coach plan [--week DATE]: the week: done, planned, missed, rest and moved days */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include <errno.h>
#include <time.h>
#include <unistd.h>

#include "coach/calendar.h"
#include "coach/clock.h"
#include "coach/history.h"
#include "coach/profile.h"
#include "coach/schedule.h"
#include "coach/store.h"
#include "coach/text.h"
#include "out.h"

/* s, then spaces to width columns (a German month or status has umlauts) */
static void put_padded(struct sbuf *line, const char *s, int width)
{
	sbuf_puts(line, s);
	for (int w = (int)utf8_width(s); w < width; w++)
		sbuf_putc(line, ' ');
}

/* One more thing on a day's line: ", mood ..." after something, or
 * " mood ..." (no comma) right after the day's columns. */
static void put_after(struct sbuf *line, size_t mark, const char *s)
{
	if (line->len == mark && s[0] == ',')
		s++;
	sbuf_puts(line, s);
}

static void print_plan(const struct plan_week *w, const struct program *p,
		       const struct profile *prof, int week, const struct policy *pol, int today,
		       const struct consistency *k)
{
	char a[32], b[32];
	char head[256];
	int hn = snprintf(head, sizeof(head), _("Week of %s · %s"),
			  date_text(w->monday, false, a, sizeof(a)), p->name);
	if (week > 0 && p->weeks && week > p->weeks)
		snprintf(head + hn, sizeof(head) - (size_t)hn,
			 _(" · week %d (the %d weeks are done)"), week, p->weeks);
	else if (week > 0)
		snprintf(head + hn, sizeof(head) - (size_t)hn, _(" · week %d"), week);
	print_hanging(head, 0, 2, 78);
	for (int i = 0; i < 7; i++) {
		const struct plan_day *d = &w->days[i];
		struct sbuf line = {0};
		sbuf_puts(&line, "  ");
		put_padded(&line, date_text(d->date, false, a, sizeof(a)), 10);
		sbuf_puts(&line, "  ");
		put_padded(&line,
			   d->date == today && d->status == DAY_PLANNED
				   ? _("today")
				   : _(day_status_names[d->status]),
			   8);
		if (d->day)
			sbuf_printf(&line, _(" day %-6s"), d->day);
		size_t mark = line.len; /* what comes after the day's columns */
		if (d->status == DAY_MOVED && d->moved_to >= 0)
			sbuf_printf(&line, _(" moved to %s"),
				    date_text(d->moved_to, false, b, sizeof(b)));
		if (d->moved_from >= 0)
			sbuf_printf(&line, _(" from %s"),
				    date_text(d->moved_from, false, b, sizeof(b)));
		if (d->status == DAY_SHOWED_UP && d->sessions)
			sbuf_printf(&line, " %s", _("the short session, and it counts"));
		if (d->status == DAY_DONE && d->volume > 0) {
			char n[32];
			sbuf_printf(&line, _(" %s lifted"),
				    volume_text(d->volume, units_names[prof->units], n, sizeof(n)));
		}
		char more[96] = "";
		if (d->mood_before && d->mood_after)
			snprintf(more, sizeof(more), _(", mood %d -> %d"), d->mood_before,
				 d->mood_after);
		else if (d->mood_before) /* the check-in's, with no mood after */
			snprintf(more, sizeof(more), _(", mood %d before"), d->mood_before);
		put_after(&line, mark, more);
		more[0] = '\0';
		if (d->aerobic_min)
			snprintf(more, sizeof(more), _(", +%d min aerobic"), d->aerobic_min);
		put_after(&line, mark, more);
		if (d->extra)
			sbuf_puts(&line, _(" (extra)"));
		/* no trailing spaces */
		while (line.len && line.s[line.len - 1] == ' ')
			line.s[--line.len] = '\0';
		puts(sbuf_str(&line));
		sbuf_free(&line);
	}
	printf(_("Strength days: %d done of %d planned (WHO: %d or more a week)\n"),
	       w->strength_done, w->strength_planned, (int)pol->week_strength_days_target);
	printf(_("Aerobic: %d of %d min\n"), w->aerobic_min, (int)pol->week_aerobic_min_target);
	if (w->showed_up)
		printf(P_("You showed up on %d day with a minimum dose, and that counts.\n",
			  "You showed up on %d days with a minimum dose, and that counts.\n",
			  w->showed_up),
		       w->showed_up);
	/* one week so far: said as one, as Home says it */
	if (k->of == 1)
		fputs(k->weeks ? _("Consistency: one week so far, with your strength days in it.\n")
			       : _("Consistency: one week so far; its strength days did not all "
				   "happen, which is part of training.\n"),
		      stdout);
	else if (k->of > 0)
		printf(P_("Consistency: %d of the last %d week with your strength days.\n",
			  "Consistency: %d of the last %d weeks with your strength days.\n", k->of),
		       k->weeks, k->of);
	for (int i = 0; i < 7; i++)
		if (w->days[i].status == DAY_MISSED) {
			printf(_("A missed day can move to a later free day this week: coach move "
				 "%s "
				 "DATE\n"),
			       (date_format(w->days[i].date, a), a));
			break;
		}
}

static void emit_plan(struct yemit *e, const struct plan_week *w, const struct policy *pol,
		      const struct consistency *k)
{
	char d[11];
	yemit_map(e);
	date_format(w->monday, d);
	yemit_key(e, "week_of");
	yemit_word(e, d);
	yemit_key(e, "days");
	yemit_seq(e);
	for (int i = 0; i < 7; i++) {
		const struct plan_day *x = &w->days[i];
		yemit_map_flow(e);
		date_format(x->date, d);
		yemit_key(e, "date");
		yemit_word(e, d);
		yemit_key(e, "weekday");
		yemit_word(e, weekday_names[i]);
		yemit_key(e, "day");
		if (x->day)
			yemit_str(e, x->day);
		else
			yemit_null(e);
		yemit_key(e, "status");
		yemit_word(e, day_status_names[x->status]);
		if (x->moved_to >= 0) {
			date_format(x->moved_to, d);
			yemit_key(e, "moved_to");
			yemit_word(e, d);
		}
		if (x->moved_from >= 0) {
			date_format(x->moved_from, d);
			yemit_key(e, "moved_from");
			yemit_word(e, d);
		}
		if (x->volume > 0) {
			yemit_key(e, "volume");
			yemit_num(e, x->volume);
		}
		if (x->aerobic_min) {
			yemit_key(e, "aerobic_min");
			yemit_int(e, x->aerobic_min);
		}
		if (x->breathing_min) {
			yemit_key(e, "breathing_min");
			yemit_int(e, x->breathing_min);
		}
		if (x->short_sessions) {
			yemit_key(e, "short");
			yemit_bool(e, true);
		}
		if (x->extra) {
			yemit_key(e, "extra");
			yemit_bool(e, true);
		}
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_key(e, "strength_days");
	yemit_map_flow(e);
	yemit_key(e, "done");
	yemit_int(e, w->strength_done);
	yemit_key(e, "planned");
	yemit_int(e, w->strength_planned);
	yemit_key(e, "target");
	yemit_int(e, (int)pol->week_strength_days_target);
	yemit_map_end(e);
	yemit_key(e, "aerobic_min");
	yemit_map_flow(e);
	yemit_key(e, "done");
	yemit_int(e, w->aerobic_min);
	yemit_key(e, "target");
	yemit_int(e, (int)pol->week_aerobic_min_target);
	yemit_map_end(e);
	yemit_key(e, "showed_up");
	yemit_int(e, w->showed_up);
	yemit_key(e, "consistency");
	yemit_map_flow(e);
	yemit_key(e, "weeks");
	yemit_int(e, k->weeks);
	yemit_key(e, "of");
	yemit_int(e, k->of);
	yemit_map_end(e);
	yemit_map_end(e);
}

enum { O_WEEK, O_WEEKS };
static const struct optspec opts[] = {
	[O_WEEK] = {"--week", "DATE", N_("any day of the week to show (default today)")},
	[O_WEEKS] = {"--weeks", "N",
		     N_("with --format ical: how many weeks from today (default 4, at most 52)")},
	{0},
};

/* coach plan --format ical [--weeks N]: the next weeks' sessions for a calendar */
static int plan_ical(struct cli *c, const char *weeks_arg)
{
	int weeks = CALENDAR_WEEKS;
	if (weeks_arg) {
		char *end;
		long n = strtol(weeks_arg, &end, 10);
		if (!*weeks_arg || *end || n < 1 || n > CALENDAR_WEEKS_MAX)
			return cli_usage_error(
				"plan", _("--weeks takes a whole number from 1 to %d, not '%s'"),
				CALENDAR_WEEKS_MAX, weeks_arg);
		weeks = (int)n;
	}
	struct profile prof;
	const struct program *p;
	struct store *st;
	if (!cli_training(c, &prof, &p, &st, false))
		return EXIT_INVALID;
	char *err = NULL;
	char *ics = calendar_ical(&c->ctx, &prof, p, st, clock_today(), weeks, time(NULL), &err);
	int rc = 0;
	if (ics) {
		/* as it is, CRLF and all: the names in it are made safe already
		 * (calendar.h), and the output filter would show each CR as text */
		fflush(stdout);
		size_t len = strlen(ics), at = 0;
		while (at < len) {
			ssize_t w = write(STDOUT_FILENO, ics + at, len - at);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0) {
				rc = cli_fail(_("cannot write output"));
				break;
			}
			at += (size_t)w;
		}
	} else {
		rc = cli_fail("%s", err);
	}
	free(ics);
	free(err);
	store_close(st);
	profile_free(&prof);
	return rc;
}

static int cmd_plan(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "plan", argc, argv, opts, v, false,
				  _("plan takes --week DATE, or --weeks N with --format ical"));
	if (rc)
		return rc;
	if (c->format == FMT_ICAL)
		return v[O_WEEK] ? cli_usage_error("plan",
						   _("--format ical takes --weeks N, not --week"))
				 : plan_ical(c, v[O_WEEKS]);
	if (v[O_WEEKS])
		return cli_usage_error("plan", _("--weeks goes with --format ical"));
	const char *week = v[O_WEEK];
	int today = clock_today(), date = today;
	if (week && (rc = cli_date_arg("plan", "--week", week, &date)))
		return rc;
	struct profile prof;
	const struct program *p;
	struct store *st;
	if (!cli_training(c, &prof, &p, &st, false))
		return EXIT_INVALID;
	struct plan_week w;
	struct consistency k = {0};
	const struct policy *pol = &c->ctx.cat.policy;
	if (!schedule_plan(st, &prof, p, date, today, &w) ||
	    !schedule_consistency(st, &prof, p, pol, today, &k)) {
		rc = cli_fail(_("cannot read the log: %s"), store_error(st));
	} else if (c->format == FMT_YAML) {
		schedule_minimum_doses(&w, pol, today);
		struct yemit *e = yemit_new();
		emit_plan(e, &w, pol, &k);
		rc = yemit_to_stdout(e);
	} else {
		/* the program week as today counts it: held through long breaks */
		int on = today >= w.monday && today <= w.monday + 6 ? today : w.monday;
		int wk = rx_history_week(st, &c->ctx.cat, &prof, p, on);
		schedule_minimum_doses(&w, pol, today);
		print_plan(&w, p, &prof, wk, pol, today, &k);
	}
	store_close(st);
	profile_free(&prof);
	return rc;
}

const struct command cmd_plan_entry = {
	.name = "plan",
	.run = cmd_plan,
	.usage = "coach plan [--week DATE] | coach plan --format ical [--weeks N]",
	.summary = N_("the week: done, planned, missed, rest and moved days"),
	.help = N_(
		"Shows Monday to Sunday of the week holding DATE (default today): each day's\n"
		"status (done, planned, missed, rest or moved), what was lifted, mood before and\n"
		"after, aerobic minutes, and strength days against the WHO target of two.\n"
		"--format ical writes the sessions of the next N weeks (default 4) as an\n"
		"iCalendar file on standard output, for any calendar to show and remind from:\n"
		"coach plan --format ical > coach.ics, then import it; importing a newer one\n"
		"updates the events.  With the profile's train_at (coach profile set train_at\n"
		"18:00) each session has that time and a reminder 30 minutes before; without\n"
		"it, a day's event reminds at 9:00."),
	.opts = opts,
};
