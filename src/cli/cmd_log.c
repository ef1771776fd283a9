/* coach log FILE|-: record completed sessions */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coach/workout.h"
#include "coach/clock.h"
#include "coach/doc.h"
#include "coach/profile.h"
#include "coach/history.h"
#include "coach/progression.h"
#include "coach/rx.h"
#include "coach/schedule.h"
#include "coach/store.h"

/* A file of sessions may hold years of them (ten years of four sessions a
 * week is about 2.5 MB): more than the 1 MiB of every other YAML file. */
enum { LOG_MAX_FILE = 8 * 1024 * 1024 };

/* Read all of standard input (at most the size cap, and a byte more to tell). */
static char *read_stdin(size_t *len)
{
	size_t cap = 4096, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (n == cap) {
			if (cap > LOG_MAX_FILE)
				break;
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t r = read(STDIN_FILENO, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	*len = n;
	return buf;
}

/* Everything about one session document that the log needs. */
struct entry {
	struct session s;
	struct session_meta m;
	const struct program *program;
};

/* What the coach would have prescribed that day, kept beside what was done. */
static void set_targets(struct cli *c, const struct profile *prof, struct store *st,
			struct entry *e, struct rx_history *h, struct rx *rx)
{
	struct rx_input in = {.cat = &c->ctx.cat,
			      .prof = prof,
			      .program = e->program,
			      .st = st,
			      .date = e->s.date,
			      .checkin = e->s.checkin};
	/* the history read once for the file and moved on session by session:
	 * reading it whole for each one made the cost grow with the square */
	rx_history_advance(st, &c->ctx.cat, prof, e->program, e->s.date, h);
	rx_prescribe_from(&in, h, rx);
	for (size_t j = 0; j < e->s.n_exercises; j++) {
		struct exercise_done *x = &e->s.exercises[j];
		for (size_t k = 0; k < rx->n_ex; k++) {
			const struct rx_exercise *p = &rx->ex[k];
			if (strcmp(p->ex->id, x->id) != 0)
				continue;
			x->target = workout_target(p); /* as the interface keeps it */
			break;
		}
	}
}

enum { O_REPLACE, O_ADD };
static const struct optspec opts[] = {
	[O_REPLACE] = {"--replace", NULL,
		       "the file's sessions replace those of their dates in the log"},
	[O_ADD] = {"--add", NULL, "keep the log's sessions of those dates beside the file's"},
	{0},
};

/* A date that had sessions before this log began: refused, replaced or kept
 * (--add).  On --replace the date's sessions go (with its check-ins when the
 * file brings one), and so does every program's progression they touched,
 * to be replayed from what remains.  False with a problem in y. */
static bool make_room(struct cli *c, const struct profile *prof, struct store *st, struct yctx *y,
		      const struct ynode *doc, const struct session *s, int64_t before,
		      bool replace, bool add)
{
	int n = store_count_on(st, s->date, before);
	if (n <= 0 || add)
		return n >= 0;
	char day[11];
	date_format(s->date, day);
	if (!replace) {
		yerr(y, doc,
		     "%s has %s in the log already; give --replace to put this file's "
		     "sessions in %s place, or --add to keep both",
		     day, n == 1 ? "a session" : "sessions", n == 1 ? "its" : "their");
		return false;
	}
	struct logged_list l;
	if (!store_sessions(st, s->date, s->date, &l))
		return false;
	int removed;
	bool ok = store_delete_date(st, s->date, before, s->checkin.given, &removed);
	for (size_t i = 0; ok && i < l.n; i++)
		if (l.v[i].id <= before)
			ok = progression_rebuild(st, &c->ctx.cat, prof, l.v[i].program);
	logged_list_free(&l);
	return ok;
}

static int cmd_log(struct cli *c, int argc, char **argv)
{
	char **pos;
	int n_pos;
	const char *ov[ARRAY_LEN(opts)] = {0};
	int rc = cli_parse_opts("log", argc, argv, opts, ov, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "log"))) {
		free(pos);
		return rc;
	}
	if (n_pos != 1) {
		free(pos);
		return cli_usage_error("log", "log needs one file of sessions, or - for standard "
					      "input");
	}
	const char *path = pos[0];
	free(pos);
	bool replace = ov[O_REPLACE] != NULL, add = ov[O_ADD] != NULL;
	if (replace && add)
		return cli_usage_error("log", "give --replace or --add, not both");
	struct profile prof;
	if (!cli_profile(c, &prof))
		return EXIT_INVALID;
	if (!cli_catalog(c)) {
		profile_free(&prof);
		return EXIT_INVALID;
	}
	struct ystream ys = {.max_bytes = LOG_MAX_FILE};
	struct diags d = {0};
	bool ok;
	if (strcmp(path, "-") == 0) {
		size_t len;
		char *buf = read_stdin(&len);
		ok = ystream_parse(&ys, "<stdin>", buf, len, &d);
		free(buf);
	} else {
		ok = ystream_load(&ys, path, &d);
	}
	struct yctx y;
	yctx_init(&y, ys.path, &d, &ys.arena);
	if (ok && ys.n_docs == 0)
		yerr(&y, NULL, "no sessions in it");
	struct entry *v = xcalloc(ys.n_docs ? ys.n_docs : 1, sizeof(*v));
	int today = clock_today();
	for (size_t i = 0; i < ys.n_docs; i++) {
		enum doc_kind k;
		if (!doc_detect(&y, ys.docs[i], &k))
			continue;
		if (k != DOC_SESSION) {
			yerr(&y, ys.docs[i], "coach log takes coach_session documents, not a %s",
			     doc_kind_names[k]);
			continue;
		}
		struct entry *e = &v[i];
		if (!session_read(&y, ys.docs[i], today, &e->s) ||
		    !session_check(&y, &e->s, &c->ctx.cat))
			continue;
		const char *pid = e->s.program ? e->s.program : prof.program;
		e->program = pid ? catalog_program(&c->ctx.cat, pid) : NULL;
		if (!e->program)
			continue; /* logged, with no progression to follow */
		e->s.program = e->program->id;
		/* what the log needs to know besides the meta: the day and slots */
		if (!e->s.day) {
			int moved;
			const struct day *pd =
				schedule_day_moved(NULL, &prof, e->program, e->s.date, &moved);
			e->s.day = pd ? pd->name : NULL;
		}
		for (size_t j = 0; j < e->s.n_exercises; j++) {
			struct exercise_done *x = &e->s.exercises[j];
			const struct slot *sl = program_find_slot(e->program, &c->ctx.cat, e->s.day,
								  x->slot, x->id);
			if (x->slot && !sl) {
				yerr(&y, ynode_get(x->node, "slot"),
				     "program '%s' has no slot '%s'", e->program->id, x->slot);
				continue;
			}
			if (sl) {
				char key[80];
				x->slot = arena_strdup(&ys.arena, slot_key(sl, key, sizeof(key)));
			}
		}
	}
	if (d.len) {
		diags_sort(&d);
		diags_print(&d, stderr);
		fprintf(stderr, "coach: nothing was logged\n");
		rc = EXIT_INVALID;
		goto out;
	}
	struct store *st;
	if (!cli_store(c, &st)) {
		rc = EXIT_INVALID;
		goto out;
	}
	ok = store_begin(st);
	int64_t before = store_last_session_id(st);
	size_t sets = 0;
	struct rx *rx = xmalloc(sizeof(*rx));
	struct rx_history h;
	rx_history_empty(&h, -1);
	const char *dup = NULL;
	for (size_t i = 0; ok && i < ys.n_docs; i++) {
		struct entry *e = &v[i];
		/* a date the log has a session of: refused, replaced or kept */
		if (!make_room(c, &prof, st, &y, ys.docs[i], &e->s, before, replace, add)) {
			dup = d.len ? ys.path : NULL;
			ok = false;
			break;
		}
		/* the day's stored check-in, when the session does not carry one */
		if (!e->s.checkin.given)
			store_get_checkin(st, e->s.date, &e->s.checkin);
		/* the meta as the interface records it: the program week as the
		 * coach counts it (held through long breaks), deload, hold */
		if (e->program) {
			set_targets(c, &prof, st, e, &h, rx);
			workout_meta(rx, &e->m);
		} else {
			struct readiness r;
			readiness_of(&e->s.checkin, &c->ctx.cat.policy, &r);
			workout_meta_of(&r, &e->m);
		}
		ok = store_add_session(st, &v[i].s, &v[i].m, NULL);
		/* a session dated before the history's date is not in its sessions
		 * before: read it whole again next time */
		if (h.loaded && v[i].s.date < h.date)
			rx_history_free(&h);
		for (size_t j = 0; j < v[i].s.n_exercises; j++)
			sets += v[i].s.exercises[j].n_sets;
		/* the next session of the file is prescribed from this one */
		if (ok && v[i].program)
			ok = progression_update(st, &c->ctx.cat, &prof, v[i].program, v[i].s.date);
	}
	free(rx);
	rx_history_free(&h);
	if (ok)
		ok = store_commit(st);
	if (!ok && dup) {
		diags_print(&d, stderr);
		rc = cli_fail("nothing was logged");
		store_rollback(st);
	} else if (!ok) {
		rc = cli_fail("cannot write the log: %s; nothing was logged", store_error(st));
		store_rollback(st);
	} else if (c->format == FMT_YAML) {
		printf("logged: {sessions: %zu, sets: %zu}\n", ys.n_docs, sets);
	} else {
		printf("Logged %zu session%s (%zu set%s).\n", ys.n_docs, ys.n_docs == 1 ? "" : "s",
		       sets, sets == 1 ? "" : "s");
	}
	store_close(st);
out:
	free(v);
	diags_free(&d);
	ystream_free(&ys);
	profile_free(&prof);
	return rc;
}

const struct command cmd_log_entry = {
	.name = "log",
	.run = cmd_log,
	.usage = "coach log FILE|- [--replace | --add]",
	.summary = N_("record completed sessions"),
	.help = "Reads one or more coach_session documents (see coach-programs(5)) from FILE, or\n"
		"from standard input with -, and records them all, or nothing when any has a\n"
		"problem.  Each exercise's progression follows from what you logged.\n"
		"A date that has a session in the log already is refused unless --replace\n"
		"(the file's sessions take the place of that date's, so a mistake or a\n"
		"missing mood after is corrected; progression is worked out again) or --add\n"
		"(a second session that day).\n"
		"Exit status 1 when a session is invalid; nothing is stored then.",
	.opts = opts,
};
