/* coach move FROM TO: move a planned or missed day to a later free day */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/profile.h"
#include "coach/schedule.h"
#include "coach/store.h"
#include "out.h"

static int cmd_move(struct cli *c, int argc, char **argv)
{
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("move", argc, argv, NULL, NULL, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "move"))) {
		free(pos);
		return rc;
	}
	if (n_pos != 2) {
		free(pos);
		return cli_usage_error("move", _("move needs FROM and TO dates"));
	}
	int from, to;
	if ((rc = cli_date_arg("move", "FROM", pos[0], &from)) ||
	    (rc = cli_date_arg("move", "TO", pos[1], &to))) {
		free(pos);
		return rc;
	}
	free(pos);
	struct profile prof;
	const struct program *p;
	struct store *st;
	if (!cli_training(c, &prof, &p, &st, true))
		return EXIT_INVALID;
	int today = clock_today();
	char a[32], b[32];
	const char *why = NULL;
	struct plan_week w;
	if (!schedule_plan(st, &prof, p, from, today, &w)) {
		rc = cli_fail(_("cannot read the log: %s"), store_error(st));
		goto out;
	}
	const char *day =
		from >= w.monday && from <= w.monday + 6 ? w.days[from - w.monday].day : NULL;
	if (!schedule_move(st, &prof, p, from, to, today, &why)) {
		rc = cli_fail(_("cannot move %s to %s: %s"), date_text(from, false, a, sizeof(a)),
			      date_text(to, false, b, sizeof(b)), why);
		goto out;
	}
	printf(_("Day %s moved from %s to %s.\n"), day ? day : "?",
	       date_text(from, false, a, sizeof(a)), date_text(to, false, b, sizeof(b)));
out:
	store_close(st);
	profile_free(&prof);
	return rc;
}

const struct command cmd_move_entry = {
	.name = "move",
	.run = cmd_move,
	.usage = "coach move FROM TO",
	.summary = N_("move a planned or missed day to a later free day"),
	.help = N_("Moves the session planned for FROM to TO, a later free day of the same week\n"
		   "(today or after).  Never two strength sessions on one day."),
};
