/* coach plan [--week DATE]: the week: done, planned, missed, rest and moved days */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/history.h"
#include "coach/profile.h"
#include "coach/schedule.h"
#include "coach/store.h"
#include "out.h"

static void print_plan(const struct plan_week *w, const struct program *p,
		       const struct profile *prof, int week, const struct policy *pol, int today)
{
	char a[32], b[32];
	char head[256];
	int hn = snprintf(head, sizeof(head), "Week of %s · %s",
			  date_text(w->monday, false, a, sizeof(a)), p->name);
	if (week > 0 && p->weeks && week > p->weeks)
		snprintf(head + hn, sizeof(head) - (size_t)hn, " · week %d (the %d weeks are done)",
			 week, p->weeks);
	else if (week > 0)
		snprintf(head + hn, sizeof(head) - (size_t)hn, " · week %d", week);
	print_hanging(head, 0, 2, 78);
	for (int i = 0; i < 7; i++) {
		const struct plan_day *d = &w->days[i];
		struct sbuf line = {0};
		sbuf_printf(&line, "  %-10s  %-8s", date_text(d->date, false, a, sizeof(a)),
			    d->date == today && d->status == DAY_PLANNED
				    ? "today"
				    : day_status_names[d->status]);
		if (d->day)
			sbuf_printf(&line, " day %-6s", d->day);
		if (d->status == DAY_MOVED && d->moved_to >= 0)
			sbuf_printf(&line, " moved to %s",
				    date_text(d->moved_to, false, b, sizeof(b)));
		if (d->moved_from >= 0)
			sbuf_printf(&line, " from %s",
				    date_text(d->moved_from, false, b, sizeof(b)));
		if (d->status == DAY_DONE && d->volume > 0) {
			char n[32];
			sbuf_printf(&line, " %s lifted",
				    volume_text(d->volume, units_names[prof->units], n, sizeof(n)));
		}
		if (d->mood_before && d->mood_after)
			sbuf_printf(&line, ", mood %d -> %d", d->mood_before, d->mood_after);
		if (d->aerobic_min)
			sbuf_printf(&line, ", +%d min aerobic", d->aerobic_min);
		if (d->extra)
			sbuf_puts(&line, " (extra)");
		/* no trailing spaces */
		while (line.len && line.s[line.len - 1] == ' ')
			line.s[--line.len] = '\0';
		puts(sbuf_str(&line));
		sbuf_free(&line);
	}
	printf("Strength days: %d done of %d planned (WHO: %d or more a week)\n", w->strength_done,
	       w->strength_planned, (int)pol->week_strength_days_target);
	printf("Aerobic: %d of %d min\n", w->aerobic_min, (int)pol->week_aerobic_min_target);
	for (int i = 0; i < 7; i++)
		if (w->days[i].status == DAY_MISSED) {
			printf("A missed day can move to a later free day this week: coach move %s "
			       "DATE\n",
			       (date_format(w->days[i].date, a), a));
			break;
		}
}

static void emit_plan(struct yemit *e, const struct plan_week *w, const struct policy *pol)
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
	yemit_map_end(e);
}

enum { O_WEEK };
static const struct optspec opts[] = {
	[O_WEEK] = {"--week", "DATE", "any day of the week to show (default today)"},
	{0},
};

static int cmd_plan(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "plan", argc, argv, opts, v, false,
				  "plan takes --week DATE only");
	if (rc)
		return rc;
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
	if (!schedule_plan(st, &prof, p, date, today, &w)) {
		rc = cli_fail("cannot read the log: %s", store_error(st));
	} else if (c->format == FMT_YAML) {
		struct yemit *e = yemit_new();
		emit_plan(e, &w, &c->ctx.cat.policy);
		rc = yemit_to_stdout(e);
	} else {
		/* the program week as today counts it: held through long breaks */
		int on = today >= w.monday && today <= w.monday + 6 ? today : w.monday;
		int wk = rx_history_week(st, &prof, &c->ctx.cat.policy, on);
		print_plan(&w, p, &prof, wk, &c->ctx.cat.policy, today);
	}
	store_close(st);
	profile_free(&prof);
	return rc;
}

const struct command cmd_plan_entry = {
	.name = "plan",
	.run = cmd_plan,
	.usage = "coach plan [--week DATE]",
	.summary = N_("the week: done, planned, missed, rest and moved days"),
	.help = "Shows Monday to Sunday of the week holding DATE (default today): each day's\n"
		"status (done, planned, missed, rest or moved), what was lifted, mood before and\n"
		"after, aerobic minutes, and strength days against the WHO target of two.",
	.opts = opts,
};
