/* coach delete DATE [--yes]: take a day's sessions out of the log */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/profile.h"
#include "coach/workout.h"
#include "coach/store.h"
#include "out.h"

enum { O_YES };
static const struct optspec opts[] = {
	[O_YES] = {"--yes", NULL, N_("really remove; without it, only say what would go")},
	{0},
};

/* One line a session: what it was, so the person sees what would go. */
static void list_session(const struct cli *c, const struct logged_session *s)
{
	struct sbuf b = {0};
	sbuf_printf(&b, "%s%s%s: ", s->program ? s->program : _("a session"),
		    s->day ? _(" day ") : "", s->day ? s->day : "");
	sbuf_printf(&b, P_("%zu set", "%zu sets", s->n_sets), s->n_sets);
	/* the exercises in order, each with its count of sets */
	for (size_t i = 0, run; i < s->n_sets; i += run) {
		for (run = 1; i + run < s->n_sets &&
			      strcmp(s->sets[i + run].exercise, s->sets[i].exercise) == 0;
		     run++)
			;
		const struct exercise *e = catalog_exercise(&c->ctx.cat, s->sets[i].exercise);
		sbuf_printf(&b, "%s%s x%zu", i ? ", " : " (", e ? e->name : s->sets[i].exercise,
			    run);
		if (i + run == s->n_sets)
			sbuf_putc(&b, ')');
	}
	for (size_t i = 0; i < s->n_aerobic; i++)
		sbuf_printf(&b, "; %s %d min", s->aerobic[i].kind, s->aerobic[i].minutes);
	if (s->checkin.given)
		sbuf_printf(&b, _("; check-in mood %d"), s->checkin.mood);
	if (s->mood_after > 0)
		sbuf_printf(&b, _("; mood after %d"), s->mood_after);
	print_hanging(sbuf_str(&b), 2, 4, 78);
	sbuf_free(&b);
}

static int cmd_delete(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("delete", argc, argv, opts, v, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "delete"))) {
		free(pos);
		return rc;
	}
	if (n_pos != 1) {
		free(pos);
		return cli_usage_error("delete", _("delete needs one DATE (YYYY-MM-DD)"));
	}
	int date;
	rc = cli_date_arg("delete", "DATE", pos[0], &date);
	free(pos);
	if (rc)
		return rc;
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct store *st;
	if (!cli_store(c, &st))
		return EXIT_INVALID;
	struct logged_list l;
	char day[32];
	date_text(date, false, day, sizeof(day));
	if (!store_sessions(st, date, date, &l)) {
		rc = cli_fail(_("cannot read the log: %s"), store_error(st));
		store_close(st);
		return rc;
	}
	if (l.n == 0) {
		rc = cli_fail(_("no session on %s in the log; nothing was removed"), day);
		goto out;
	}
	bool yes = v[O_YES] != NULL;
	if (yes)
		printf(P_("Removing the %zu session of %s, with its sets, aerobic minutes and "
			  "check-in:\n",
			  "Removing the %zu sessions of %s, with their sets, aerobic minutes and "
			  "check-in:\n",
			  l.n),
		       l.n, day);
	else
		printf(P_("The log has %zu session of %s, with its sets, aerobic minutes and "
			  "check-in:\n",
			  "The log has %zu sessions of %s, with their sets, aerobic minutes and "
			  "check-in:\n",
			  l.n),
		       l.n, day);
	for (size_t i = 0; i < l.n; i++)
		list_session(c, &l.v[i]);
	if (!yes && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		fputs(l.n == 1 ? _("Remove it? [y/N] ") : _("Remove them? [y/N] "), stdout);
		fflush(stdout);
		char answer[16] = "";
		yes = fgets(answer, sizeof(answer), stdin) &&
		      (answer[0] == 'y' || answer[0] == 'Y');
	}
	if (!yes) {
		char iso[11];
		date_format(date, iso);
		fprintf(stderr,
			_("coach: nothing was removed; to remove it: coach delete %s --yes\n"),
			iso);
		rc = EXIT_USAGE;
		goto out;
	}
	struct profile prof;
	bool have_prof = access(c->ctx.paths.profile, F_OK) == 0 && cli_profile(c, &prof);
	/* the removal and the progression worked out again: one transaction */
	int removed = 0;
	bool ok = workout_delete_day(st, &c->ctx.cat, have_prof ? &prof : NULL, date, &removed);
	if (!ok) {
		rc = cli_fail(_("cannot write the log: %s; nothing was removed"), store_error(st));
	} else {
		printf(P_("Removed %d session; progression worked out again from what remains.\n",
			  "Removed %d sessions; progression worked out again from what remains.\n",
			  removed),
		       removed);
	}
	if (have_prof)
		profile_free(&prof);
out:
	logged_list_free(&l);
	store_close(st);
	return rc;
}

const struct command cmd_delete_entry = {
	.name = "delete",
	.run = cmd_delete,
	.usage = "coach delete DATE [--yes]",
	.summary = N_("take a day's sessions out of the log"),
	.help = N_("Removes the sessions of DATE (YYYY-MM-DD) with their sets, aerobic minutes,\n"
		   "check-in and mood after, and works out each program's progression again\n"
		   "from what remains, all in one transaction.  Without --yes it lists what it\n"
		   "would remove and asks on a terminal; elsewhere it removes nothing (exit\n"
		   "status 2).  To correct a session instead, log it again with\n"
		   "coach log --replace FILE."),
	.opts = opts,
};
