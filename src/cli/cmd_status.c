/* coach status [--short]: one line for a shell prompt or a tmux status bar.
 *
 * Run on every prompt, so it reads only what the line needs (the profile,
 * the catalogue, the log opened to read) and writes nothing; a problem is
 * still one line and exit 0, never a broken prompt. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/profile.h"
#include "coach/rx.h"
#include "coach/schedule.h"
#include "coach/store.h"
#include "coach/termsafe.h"
#include "coach/text.h"
#include "out.h"

/* --short fits a narrow status bar */
enum { STATUS_SHORT_COLS = 40 };

/* Mood before and after today's last session with both (0 when none). */
static void today_moods(struct store *st, int today, int *before, int *after)
{
	*before = *after = 0;
	struct logged_list l = {0};
	if (!store_sessions(st, today, today, &l))
		return;
	for (size_t i = 0; i < l.n; i++) {
		if (l.v[i].checkin.given)
			*before = l.v[i].checkin.mood;
		if (l.v[i].mood_after)
			*after = l.v[i].mood_after;
	}
	logged_list_free(&l);
}

/* Today a showed-up day, as coach plan says it: a minimum dose (the
 * breathing alone, a walk) and no strength session. */
static bool showed_up_today(struct cli *c, const struct profile *prof, const struct program *p,
			    struct store *st, int today)
{
	struct plan_week w;
	if (!schedule_plan(st, prof, p, today, today, &w))
		return false;
	schedule_minimum_doses(&w, &c->ctx.cat.policy, today);
	return w.days[today - w.monday].status == DAY_SHOWED_UP;
}

/* Consistency in weeks after the line, as coach plan counts it; with
 * --short only when the whole still fits; none while no week has counted.  Takes line, returns a
 * new one. */
static char *with_consistency(struct cli *c, const struct profile *prof, const struct program *p,
			      struct store *st, int today, char *line, bool brief)
{
	struct consistency k;
	if (!schedule_consistency(st, prof, p, &c->ctx.cat.policy, today, &k) || k.weeks < 1)
		return line; /* what was done, never a row of nothing */
	char *more =
		brief ? xasprintf(_("%s · %d/%d weeks"), line, k.weeks, k.of)
		: k.of == 1
			? xasprintf(_("%s · one week so far, with your strength days in it"), line)
			: xasprintf(P_("%s · your strength days in %d of the last %d week",
				       "%s · your strength days in %d of the last %d weeks", k.of),
				    line, k.weeks, k.of);
	if (brief && utf8_width(more) > STATUS_SHORT_COLS) {
		free(more);
		return line;
	}
	free(line);
	return more;
}

/* The line for a person with a profile and a program; a new string. */
static char *status_line(struct cli *c, const struct profile *prof, const struct program *p,
			 struct store *st, bool brief)
{
	struct rx_input in = {
		.date = clock_today(), .cat = &c->ctx.cat, .prof = prof, .program = p, .st = st};
	store_get_checkin(st, in.date, &in.checkin);
	struct rx *rx = xmalloc(sizeof(*rx));
	rx_prescribe(&in, rx);
	char *day = rx->day ? termsafe_line(rx->day->name) : NULL;
	char *line;
	char d[32];
	if (rx->sets_logged_today > 0 && !rx->done_today) {
		line = brief ? xasprintf(P_("coach: %d set in, going on",
					    "coach: %d sets in, going on", rx->sets_logged_today),
					 rx->sets_logged_today)
			     : xasprintf(P_("coach: day %s under way, %d set in so far",
					    "coach: day %s under way, %d sets in so far",
					    rx->sets_logged_today),
					 day ? day : "-", rx->sets_logged_today);
	} else if (rx->done_today) {
		int before, after;
		today_moods(st, in.date, &before, &after);
		if (before && after)
			line = xasprintf(_("coach: done today, mood %d -> %d"), before, after);
		else
			line = xasprintf("%s", _("coach: done today"));
	} else if (!rx->before_start && !rx->finished && showed_up_today(c, prof, p, st, in.date)) {
		line = xasprintf("%s", brief ? _("coach: showed up today")
					     : _("coach: showed up today, and that counts"));
	} else if (rx->before_start) {
		line = xasprintf(_("coach: starts %s"),
				 date_text(prof->start, false, d, sizeof(d)));
	} else if (rx->finished) {
		line = xasprintf("%s", brief ? _("coach: program done")
					     : _("coach: program done; coach recommend"));
	} else if (rx->rest_day) {
		if (rx->aerobic_min > 0)
			line = xasprintf("%s", _("coach: rest day; a walk?"));
		else if (!brief && rx->next_date >= 0 && rx->next_day) {
			char *next = termsafe_line(rx->next_day->name);
			line = xasprintf(_("coach: rest day; next day %s on %s"), next,
					 date_text(rx->next_date, false, d, sizeof(d)));
			free(next);
		} else {
			line = xasprintf("%s", _("coach: rest day"));
		}
	} else if (rx->short_offered && !brief) {
		line = xasprintf(_("coach: day %s today, about %d min (a short one counts)"), day,
				 rx->est_min);
	} else {
		line = xasprintf(_("coach: day %s today, about %d min"), day, rx->est_min);
	}
	if (!rx->before_start && !rx->finished)
		line = with_consistency(c, prof, p, st, in.date, line, brief);
	free(day);
	free(rx);
	return line;
}

enum { O_SHORT };
static const struct optspec opts[] = {
	[O_SHORT] = {"--short", NULL, N_("a shorter line, at most 40 columns")},
	{0},
};

static int cmd_status(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "status", argc, argv, opts, v, false,
				  _("status takes --short only"));
	if (rc)
		return rc;
	bool brief = v[O_SHORT] != NULL;
	char *line = NULL;
	struct profile prof;
	if (!ctx_has_profile(&c->ctx)) {
		line = xasprintf("%s", brief ? _("coach: start with coach profile init")
					     : _("coach: no profile yet; start with 'coach profile "
						 "init' (coach help profile)"));
	} else {
		struct diags d = {0};
		bool ok = ctx_profile(&c->ctx, &prof, &d);
		diags_free(&d);
		const struct program *p = NULL;
		struct store *st = NULL;
		char *err = NULL;
		if (!ok)
			line = xasprintf("%s",
					 _("coach: the profile has a problem (coach doctor)"));
		else if (!prof.program)
			line = xasprintf("%s", _("coach: no program yet (coach recommend)"));
		else if (!cli_catalog(c) || !(p = ctx_program(&c->ctx, &prof)))
			line = xasprintf("%s",
					 _("coach: the program has a problem (coach doctor)"));
		else if (!store_open_read(&st, c->ctx.paths.database, &err))
			line = xasprintf("%s", _("coach: the log has a problem (coach doctor)"));
		else
			line = status_line(c, &prof, p, st, brief);
		free(err);
		if (st)
			store_close(st);
		if (ok)
			profile_free(&prof);
	}
	if (brief)
		line[utf8_fit(line, STATUS_SHORT_COLS)] = '\0';
	puts(line);
	free(line);
	return 0;
}

const struct command cmd_status_entry = {
	.name = "status",
	.run = cmd_status,
	.usage = "coach status [--short]",
	.summary = N_("one line for a shell prompt or a tmux status bar"),
	.help = N_(
		"Says in one line what today holds: the day and about how long, a rest day,\n"
		"a session under way, or done with mood before and after, then how many of the\n"
		"last 12 weeks had your strength days (with --short only when that fits).  It\n"
		"reads and never writes, so it can run on every prompt; with no profile it says\n"
		"how to start.\n"
		"tmux:  set -g status-right '#(coach status --short)'\n"
		"bash:  PS1='$(coach status --short) \\$ '"),
	.opts = opts,
};
