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
 * week is about 2.5 MB; a restore of a long log by hand, more): it is read
 * one session at a time, so its size does not change the memory taken. */
enum { LOG_MAX_FILE = 256 * 1024 * 1024 };

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
		       N_("the file's sessions replace those of their dates in the log")},
	[O_ADD] = {"--add", NULL, N_("keep the log's sessions of those dates beside the file's")},
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

/* Read one session document into e: false (with problems in y) when it has any. */
static bool read_entry(struct cli *c, const struct profile *prof, struct yctx *y,
		       const struct ynode *doc, struct arena *a, int today, struct entry *e)
{
	size_t errors = y->d->len;
	enum doc_kind k;
	if (!doc_detect(y, doc, &k))
		return false;
	if (k != DOC_SESSION) {
		yerr(y, doc, "coach log takes coach_session documents, not a %s",
		     _(doc_kind_names[k]));
		return false;
	}
	if (!session_read(y, doc, today, &e->s) || !session_check(y, &e->s, &c->ctx.cat))
		return false;
	const char *pid = e->s.program ? e->s.program : prof->program;
	e->program = pid ? catalog_program(&c->ctx.cat, pid) : NULL;
	if (!e->program)
		return y->d->len == errors; /* logged, with no progression to follow */
	e->s.program = e->program->id;
	/* what the log needs to know besides the meta: the day and slots */
	if (!e->s.day) {
		int moved;
		const struct day *pd =
			schedule_day_moved(NULL, prof, e->program, e->s.date, &moved);
		e->s.day = pd ? pd->name : NULL;
	}
	for (size_t j = 0; j < e->s.n_exercises; j++) {
		struct exercise_done *x = &e->s.exercises[j];
		const struct slot *sl =
			program_find_slot(e->program, &c->ctx.cat, e->s.day, x->slot, x->id);
		if (x->slot && !sl) {
			yerr(y, ynode_get(x->node, "slot"), "program '%s' has no slot '%s'",
			     e->program->id, x->slot);
			continue;
		}
		if (sl) {
			char key[80];
			x->slot = arena_strdup(a, slot_key(sl, key, sizeof(key)));
		}
	}
	return y->d->len == errors;
}

/* Writing the sessions of one file, one transaction for all of them. */
struct writer {
	struct cli *c;
	const struct profile *prof;
	struct store *st; /* opened at the first session to write */
	int64_t before;	  /* the log's last session id when the file began */
	struct rx *rx;
	struct rx_history h;
	bool replace, add;
	bool refused; /* a date already logged was refused (the problem is in d) */
};

/* Store one read session and move its progression on: false when it could
 * not be (w->refused, or a store error). */
static bool write_entry(struct writer *w, struct yctx *y, const struct ynode *doc, struct entry *e)
{
	struct cli *c = w->c;
	if (!w->st) {
		if (!cli_store(c, &w->st))
			return false;
		if (!store_begin(w->st))
			return false;
		w->before = store_last_session_id(w->st);
	}
	/* a date the log has a session of: refused, replaced or kept */
	size_t errors = y->d->len;
	if (!make_room(c, w->prof, w->st, y, doc, &e->s, w->before, w->replace, w->add)) {
		w->refused = y->d->len > errors;
		return false;
	}
	/* the day's stored check-in, when the session does not carry one */
	if (!e->s.checkin.given)
		store_get_checkin(w->st, e->s.date, &e->s.checkin);
	/* the meta as the interface records it: the program week as the
	 * coach counts it (held through long breaks), deload, hold */
	if (e->program) {
		set_targets(c, w->prof, w->st, e, &w->h, w->rx);
		workout_meta(w->rx, &e->m);
	} else {
		struct readiness r;
		readiness_of(&e->s.checkin, &c->ctx.cat.policy, &r);
		workout_meta_of(&r, &e->m);
	}
	/* the short session is a low day's minimum: a hold, never a failure */
	if (e->s.short_session)
		e->m.hold = true;
	if (!store_add_session(w->st, &e->s, &e->m, NULL))
		return false;
	/* a session dated before the history's date is not in its sessions
	 * before: read it whole again next time */
	if (w->h.loaded && e->s.date < w->h.date)
		rx_history_free(&w->h);
	/* the next session of the file is prescribed from this one */
	return !e->program ||
	       progression_update(w->st, &c->ctx.cat, w->prof, e->program, e->s.date);
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
		return cli_usage_error("log", _("log needs one file of sessions, or - for standard "
						"input"));
	}
	const char *path = pos[0];
	free(pos);
	bool replace = ov[O_REPLACE] != NULL, add = ov[O_ADD] != NULL;
	if (replace && add)
		return cli_usage_error("log", _("give --replace or --add, not both"));
	struct profile prof;
	if (!cli_profile(c, &prof))
		return EXIT_INVALID;
	if (!cli_catalog(c)) {
		profile_free(&prof);
		return EXIT_INVALID;
	}
	/* One pass, one session at a time: each is read, checked and written
	 * into one transaction, so that memory does not grow with the file.  A
	 * problem anywhere stops the writing (the rest is still checked, to
	 * report every problem) and the transaction is rolled back: all or
	 * nothing, as when the whole file was read first. */
	struct diags d = {0};
	struct ydocs yd;
	bool ok = ydocs_open(&yd, path, LOG_MAX_FILE, &d);
	struct writer w = {.c = c, .prof = &prof, .replace = replace, .add = add};
	w.rx = xmalloc(sizeof(*w.rx));
	rx_history_empty(&w.h, -1);
	bool invalid = !ok, store_failed = false;
	size_t n_sessions = 0, sets = 0;
	int today = clock_today();
	while (ok && ydocs_next(&yd)) {
		struct yctx y;
		yctx_init(&y, yd.path, &d, &yd.doc.arena);
		y.start = 0; /* at most YREAD_MAX_ERRORS for the file, not for each session */
		if (yctx_errors(&y) > YREAD_MAX_ERRORS)
			break;
		const struct ynode *doc = yd.doc.docs[0];
		struct entry e = {0};
		size_t errors = d.len;
		n_sessions++;
		if (!read_entry(c, &prof, &y, doc, &yd.doc.arena, today, &e) || d.len > errors) {
			invalid = true;
			continue;
		}
		if (invalid || store_failed)
			continue; /* nothing more is written; the rest is checked */
		if (!write_entry(&w, &y, doc, &e)) {
			if (w.refused)
				invalid = true;
			else
				store_failed = true;
			continue;
		}
		for (size_t j = 0; j < e.s.n_exercises; j++)
			sets += e.s.exercises[j].n_sets;
	}
	if (yd.failed)
		invalid = true;
	if (ok && !invalid && !store_failed && n_sessions == 0) {
		struct yctx y;
		yctx_init(&y, yd.path, &d, &yd.doc.arena);
		yerr(&y, NULL, "no sessions in it");
		invalid = true;
	}
	free(w.rx);
	if (!invalid && !store_failed && w.st && !store_commit(w.st))
		store_failed = true;
	/* the replay checkpoint through the last session before today, so that
	 * the commands that only read start from it: the history the file moved
	 * on, moved on to today (read again whole, ten years would take more
	 * memory than the whole file did) */
	const struct program *active = ctx_program(&c->ctx, &prof);
	if (!invalid && !store_failed && w.st && active) {
		/* (a file that ends today left it there already) */
		if (!w.h.loaded || w.h.program != active || w.h.date != today)
			rx_history_advance(w.st, &c->ctx.cat, &prof, active, today, &w.h);
		rx_history_keep(w.st, &c->ctx.cat, &prof, &w.h);
	}
	rx_history_free(&w.h);
	if (invalid) {
		diags_sort(&d);
		diags_print(&d, stderr);
		rc = cli_fail(_("nothing was logged"));
	} else if (store_failed) {
		diags_sort(&d);
		diags_print(&d, stderr);
		rc = w.st ? cli_fail(_("cannot write the log: %s; nothing was logged"),
				     store_error(w.st))
			  : EXIT_INVALID;
	} else if (c->format == FMT_YAML) {
		printf("logged: {sessions: %zu, sets: %zu}\n", n_sessions, sets);
	} else {
		char *of = xasprintf(P_("%zu set", "%zu sets", sets), sets);
		printf(P_("Logged %zu session (%s).\n", "Logged %zu sessions (%s).\n", n_sessions),
		       n_sessions, of);
		free(of);
	}
	if (w.st) {
		if (invalid || store_failed)
			store_rollback(w.st);
		store_close(w.st);
	}
	diags_free(&d);
	ydocs_close(&yd);
	profile_free(&prof);
	return rc;
}

const struct command cmd_log_entry = {
	.name = "log",
	.run = cmd_log,
	.usage = "coach log FILE|- [--replace | --add]",
	.summary = N_("record completed sessions"),
	.help = N_("Reads one or more coach_session documents (see coach(1)) from FILE, or\n"
		   "from standard input with -, and records them all, or nothing when any has a\n"
		   "problem.  Each exercise's progression follows from what you logged.\n"
		   "A date that has a session in the log already is refused unless --replace\n"
		   "(the file's sessions take the place of that date's, so a mistake or a\n"
		   "missing mood after is corrected; progression is worked out again) or --add\n"
		   "(a second session that day).\n"
		   "Exit status 1 when a session is invalid; nothing is stored then."),
	.opts = opts,
};
