/* coach doctor: check that the catalogue, your profile and log are sound */
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
#include "coach/response.h"
#include "coach/store.h"
#include "out.h"

static int cmd_doctor(struct cli *c, int argc, char **argv)
{
	int rc = cli_options_only(c, "doctor", argc, argv, NULL, NULL, false,
				  _("doctor takes no arguments"));
	if (rc)
		return rc;
	int problems = 0;
	struct stat st;
	if (cli_catalog(c))
		printf(_("catalogue: ok (%s), %zu programs, %zu exercises%s\n"),
		       c->ctx.paths.catalogue, c->ctx.cat.n_programs, c->ctx.cat.n_exercises,
		       c->ctx.own_problems ? _("; some of your own programs have problems (above)")
					   : "");
	else
		problems++;
	if (lstat(c->ctx.paths.profile, &st) == 0) {
		struct profile prof;
		if (cli_profile(c, &prof)) {
			printf(_("profile: ok (%s)\n"), c->ctx.paths.profile);
			profile_free(&prof);
		} else {
			problems++;
		}
	} else {
		fputs(_("profile: none yet\n"), stdout);
	}
	if (lstat(c->ctx.paths.database, &st) != 0) {
		fputs(_("log: none yet\n"), stdout);
	} else {
		struct store *s;
		char *err = NULL;
		if (!store_open_read(&s, c->ctx.paths.database, &err)) {
			cli_fail("%s", err);
			free(err);
			problems++;
		} else {
			bool ok = store_integrity(s);
			int first, last;
			store_date_range(s, &first, &last);
			char a[11] = "", b[11] = "";
			if (first >= 0) {
				date_format(first, a);
				date_format(last, b);
			}
			printf(_("log: %s (%s)%s%s%s%s\n"),
			       ok ? _("ok") : _("DAMAGED: integrity check failed"),
			       c->ctx.paths.database, first >= 0 ? _(", sessions from ") : "", a,
			       first >= 0 ? _(" to ") : "", b);
			problems += !ok;
			store_close(s);
		}
	}
	return problems ? EXIT_INVALID : 0;
}

const struct command cmd_doctor_entry = {
	.name = "doctor",
	.run = cmd_doctor,
	.usage = "coach doctor",
	.summary = N_("check that the catalogue, your profile and log are sound"),
	.help = N_("Loads the catalogue (and says where it came from), reads the profile and runs\n"
		   "SQLite's integrity check on the training log.  Exit status 1 when any has\n"
		   "a problem."),
};
