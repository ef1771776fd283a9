/* restore.c - the coach's own export read back and merged into the log.
 *
 * Rows go into temporary tables shaped like the log's (CREATE TEMP TABLE ..
 * AS SELECT * .. WHERE 0, so each column keeps its type), one row at a
 * time: the YAML export is read as libyaml events, the CSV files one record
 * at a time, so memory does not grow with the file.  Then one pass of SQL
 * merges them (see restore.h).
 */
#include "coach/restore.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "coach/clock.h"
#include "coach/util.h"
#include "store_private.h"
#include "coach/i18n.h"

const char *const restore_table_names[] = {"session", "set_log",    "aerobic", "checkin", "screen",
					   "move",    "slot_state", "meta",    NULL};

enum { MAX_COLS = 64, MAX_TEXT = 1 << 20 };

struct table {
	int n;
	char *name[MAX_COLS];
	char kind[MAX_COLS]; /* 'i' integer, 'r' real, 't' text, 'd' a date (day number) */
	sqlite3_stmt *ins;   /* the cached insert and the columns it names */
	char sig[MAX_COLS * 3];
};

struct restore {
	struct store *st;
	sqlite3 *db;
	const char *path; /* of the file being read, for messages */
	struct diags *d;
	size_t errors;
	struct table t[RT_COUNT];
	struct restore_stats *out;
	sqlite3_stmt *has_session;
	bool sql_failed;
};

static void problem(struct restore *r, int line, int col, const char *fmt, ...) COACH_PRINTF(4, 5);
static void problem(struct restore *r, int line, int col, const char *fmt, ...)
{
	if (r->errors++ >= 20)
		return;
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(r->d, r->path, line, col, fmt, ap);
	va_end(ap);
	if (r->errors == 20)
		diags_add(r->d, r->path, line, col,
			  _("too many problems; the rest are not listed"));
}

/* The first error of the log's own, kept for the message. */
static void failed(struct restore *r)
{
	r->sql_failed = true;
	if (!r->out->error)
		r->out->error = xstrdup(sqlite3_errmsg(r->db));
}

static bool exec(struct restore *r, const char *sql)
{
	if (sqlite3_exec(r->db, sql, NULL, NULL, NULL) == SQLITE_OK)
		return true;
	failed(r);
	return false;
}

static bool is_date_column(const char *name)
{
	return strcmp(name, "date") == 0 || strcmp(name, "from_date") == 0 ||
	       strcmp(name, "to_date") == 0 || strcmp(name, "last_date") == 0;
}

/* The log's columns of each table, and a temporary table of each to fill. */
static bool setup(struct restore *r)
{
	for (int k = 0; k < RT_COUNT; k++) {
		struct table *t = &r->t[k];
		char *sql = xasprintf("PRAGMA main.table_info(%s)", restore_table_names[k]);
		sqlite3_stmt *q;
		bool ok = sqlite3_prepare_v2(r->db, sql, -1, &q, NULL) == SQLITE_OK;
		free(sql);
		if (!ok)
			return false;
		while (sqlite3_step(q) == SQLITE_ROW && t->n < MAX_COLS) {
			const char *name = (const char *)sqlite3_column_text(q, 1);
			const char *type = (const char *)sqlite3_column_text(q, 2);
			t->name[t->n] = xstrdup(name);
			t->kind[t->n] = (char)(is_date_column(name)		  ? 'd'
					       : strcasecmp(type, "INTEGER") == 0 ? 'i'
					       : strcasecmp(type, "REAL") == 0	  ? 'r'
										  : 't');
			t->n++;
		}
		sqlite3_finalize(q);
		sql = xasprintf("DROP TABLE IF EXISTS temp.imp_%s;"
				"CREATE TEMP TABLE imp_%s AS SELECT * FROM main.%s WHERE 0;",
				restore_table_names[k], restore_table_names[k],
				restore_table_names[k]);
		ok = exec(r, sql);
		free(sql);
		if (!ok)
			return false;
	}
	/* each session's sets and minutes found by its id, not by a scan: the
	 * fingerprints of the merge stay linear in the export's size */
	if (!exec(r, "CREATE INDEX temp.imp_session_id ON imp_session(id);"
		     "CREATE INDEX temp.imp_set_session ON imp_set_log(session_id);"
		     "CREATE INDEX temp.imp_aerobic_session ON imp_aerobic(session_id);"))
		return false;
	return sqlite3_prepare_v2(r->db, "SELECT 1 FROM imp_session WHERE id = ?", -1,
				  &r->has_session, NULL) == SQLITE_OK;
}

static void teardown(struct restore *r)
{
	for (int k = 0; k < RT_COUNT; k++) {
		for (int i = 0; i < r->t[k].n; i++)
			free(r->t[k].name[i]);
		sqlite3_finalize(r->t[k].ins);
		char *sql = xasprintf("DROP TABLE IF EXISTS temp.imp_%s", restore_table_names[k]);
		sqlite3_exec(r->db, sql, NULL, NULL, NULL);
		free(sql);
	}
	sqlite3_finalize(r->has_session);
	sqlite3_exec(r->db,
		     "DROP TABLE IF EXISTS temp.imp_fp; DROP TABLE IF EXISTS temp.old_fp;"
		     "DROP TABLE IF EXISTS temp.imp_new; DROP TABLE IF EXISTS temp.imp_map;"
		     "DROP TABLE IF EXISTS temp.imp_add_aerobic; DROP TABLE IF EXISTS "
		     "temp.imp_add_checkin; DROP TABLE IF EXISTS temp.imp_add_screen",
		     NULL, NULL, NULL);
}

static int table_of(const char *name)
{
	for (int k = 0; k < RT_COUNT; k++)
		if (strcmp(restore_table_names[k], name) == 0)
			return k;
	return -1;
}

/* Where each field of a row is, for messages. */
struct at {
	int line[MAX_COLS], col[MAX_COLS];   /* of each value */
	int kline[MAX_COLS], kcol[MAX_COLS]; /* of each column's name */
};

/* One row of table k: checked column by column, then put in its temporary table. */
static void add_row(struct restore *r, int k, int n, const char *const *names,
		    const char *const *vals, const struct at *at)
{
	struct table *t = &r->t[k];
	int idx[MAX_COLS];
	char sig[sizeof(t->sig)] = "";
	size_t sl = 0;
	for (int i = 0; i < n; i++) {
		idx[i] = -1;
		for (int j = 0; j < t->n && idx[i] < 0; j++)
			if (strcmp(t->name[j], names[i]) == 0)
				idx[i] = j;
		if (idx[i] < 0) {
			problem(r, at->kline[i], at->kcol[i],
				_("'%s' is not a column of the table '%s' (this coach's export "
				  "has none of that name)"),
				names[i], restore_table_names[k]);
			return;
		}
		for (int m = 0; m < i; m++)
			if (idx[m] == idx[i]) {
				problem(r, at->kline[i], at->kcol[i],
					_("the column '%s' is there twice"), names[i]);
				return;
			}
		sl += (size_t)snprintf(sig + sl, sizeof(sig) - sl, "%d,", idx[i]);
	}
	if (!t->ins || strcmp(sig, t->sig) != 0) {
		sqlite3_finalize(t->ins);
		t->ins = NULL;
		struct sbuf b = {0};
		sbuf_printf(&b, "INSERT INTO imp_%s (", restore_table_names[k]);
		for (int i = 0; i < n; i++)
			sbuf_printf(&b, "%s%s", i ? ", " : "", t->name[idx[i]]);
		sbuf_puts(&b, ") VALUES (");
		for (int i = 0; i < n; i++)
			sbuf_puts(&b, i ? ", ?" : "?");
		sbuf_puts(&b, ")");
		int rc = sqlite3_prepare_v2(r->db, sbuf_str(&b), -1, &t->ins, NULL);
		sbuf_free(&b);
		if (rc != SQLITE_OK) {
			failed(r);
			return;
		}
		snprintf(t->sig, sizeof(t->sig), "%s", sig);
	}
	sqlite3_stmt *q = t->ins;
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	for (int i = 0; i < n; i++) {
		const char *v = vals[i];
		const char *col = t->name[idx[i]];
		if (!v) {
			sqlite3_bind_null(q, i + 1);
			continue;
		}
		char *end;
		errno = 0;
		switch (t->kind[idx[i]]) {
		case 'd': {
			int day;
			long long x = strtoll(v, &end, 10);
			if (date_parse(v, &day)) {
				sqlite3_bind_int(q, i + 1, day);
			} else if (*v && !*end && errno == 0 && x >= -1 && x < 1000000) {
				sqlite3_bind_int64(q, i + 1, x); /* a day number, or -1: none */
			} else {
				problem(r, at->line[i], at->col[i],
					_("'%s' in column '%s' is not a date (YYYY-MM-DD)"), v,
					col);
				return;
			}
			break;
		}
		case 'i': {
			long long x = strtoll(v, &end, 10);
			if (!*v || *end || errno) {
				problem(r, at->line[i], at->col[i],
					_("'%s' in column '%s' is not a whole number"), v, col);
				return;
			}
			sqlite3_bind_int64(q, i + 1, x);
			if ((k == RT_SET || k == RT_AEROBIC) && strcmp(col, "session_id") == 0) {
				sqlite3_reset(r->has_session);
				sqlite3_bind_int64(r->has_session, 1, x);
				bool found = sqlite3_step(r->has_session) == SQLITE_ROW;
				sqlite3_reset(r->has_session);
				if (!found) {
					problem(r, at->line[i], at->col[i],
						_("session_id %s is no session of the export "
						  "(a session's rows come before its sets)"),
						v);
					return;
				}
			}
			if (k == RT_SESSION && strcmp(col, "id") == 0) {
				sqlite3_reset(r->has_session);
				sqlite3_bind_int64(r->has_session, 1, x);
				bool found = sqlite3_step(r->has_session) == SQLITE_ROW;
				sqlite3_reset(r->has_session);
				if (found) {
					problem(r, at->line[i], at->col[i],
						_("the session id %s is there twice"), v);
					return;
				}
			}
			break;
		}
		case 'r': {
			double x = strtod(v, &end);
			if (!*v || *end || !isfinite(x)) {
				problem(r, at->line[i], at->col[i],
					_("'%s' in column '%s' is not a number"), v, col);
				return;
			}
			sqlite3_bind_double(q, i + 1, x);
			break;
		}
		default:
			sqlite3_bind_text(q, i + 1, v, -1, SQLITE_TRANSIENT);
		}
	}
	if (sqlite3_step(q) != SQLITE_DONE)
		failed(r);
	else
		r->out->read[k]++;
	sqlite3_reset(q);
}

/* --- the YAML export, as events -------------------------------------------------- */

struct yreader {
	yaml_parser_t p;
	yaml_event_t ev;
	bool have;
};

static bool next(struct restore *r, struct yreader *y)
{
	if (y->have)
		yaml_event_delete(&y->ev);
	y->have = false;
	if (!yaml_parser_parse(&y->p, &y->ev)) {
		problem(r, (int)y->p.problem_mark.line + 1, (int)y->p.problem_mark.column + 1,
			_("not valid YAML: %s"), y->p.problem ? y->p.problem : "?");
		return false;
	}
	y->have = true;
	return true;
}

static int ev_line(const struct yreader *y)
{
	return (int)y->ev.start_mark.line + 1;
}
static int ev_col(const struct yreader *y)
{
	return (int)y->ev.start_mark.column + 1;
}

static const char *scalar(const struct yreader *y)
{
	return (const char *)y->ev.data.scalar.value;
}

static bool is_null(const struct yreader *y)
{
	if (y->ev.data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return false;
	const char *s = scalar(y);
	return !*s || strcmp(s, "null") == 0 || strcmp(s, "~") == 0 || strcmp(s, "Null") == 0 ||
	       strcmp(s, "NULL") == 0;
}

/* Skip the node whose start event was just read (a wrong one, reported). */
static bool skip(struct restore *r, struct yreader *y)
{
	int depth = 0;
	do {
		yaml_event_type_t t = y->ev.type;
		if (t == YAML_MAPPING_START_EVENT || t == YAML_SEQUENCE_START_EVENT)
			depth++;
		else if (t == YAML_MAPPING_END_EVENT || t == YAML_SEQUENCE_END_EVENT)
			depth--;
		if (depth == 0)
			return true;
	} while (next(r, y));
	return false;
}

/* A table: a sequence of flat mappings, one a row. */
static bool yaml_table(struct restore *r, struct yreader *y, int k)
{
	if (!next(r, y))
		return false;
	if (y->ev.type != YAML_SEQUENCE_START_EVENT) {
		problem(r, ev_line(y), ev_col(y), _("the table '%s' should be a list of rows"),
			restore_table_names[k]);
		return skip(r, y);
	}
	char *names[MAX_COLS], *vals[MAX_COLS];
	struct at at;
	for (;;) {
		if (!next(r, y))
			return false;
		if (y->ev.type == YAML_SEQUENCE_END_EVENT)
			return true;
		if (y->ev.type != YAML_MAPPING_START_EVENT) {
			problem(r, ev_line(y), ev_col(y), _("a row of '%s' should be a mapping"),
				restore_table_names[k]);
			if (!skip(r, y))
				return false;
			continue;
		}
		int n = 0;
		bool bad = false;
		for (;;) {
			if (!next(r, y))
				goto fail;
			if (y->ev.type == YAML_MAPPING_END_EVENT)
				break;
			if (y->ev.type != YAML_SCALAR_EVENT) {
				problem(r, ev_line(y), ev_col(y),
					_("a column name should be a word"));
				bad = true;
				if (!skip(r, y) || !next(r, y) || !skip(r, y))
					goto fail;
				continue;
			}
			int line = ev_line(y), col = ev_col(y);
			char *name = xstrdup(scalar(y));
			if (!next(r, y)) {
				free(name);
				goto fail;
			}
			if (y->ev.type != YAML_SCALAR_EVENT) {
				problem(r, ev_line(y), ev_col(y),
					_("the value of '%s' should be a single value"), name);
				free(name);
				bad = true;
				if (!skip(r, y))
					goto fail;
				continue;
			}
			if (n == MAX_COLS) {
				problem(r, line, col, _("more than %d columns in a row"), MAX_COLS);
				free(name);
				bad = true;
				continue;
			}
			names[n] = name;
			vals[n] = is_null(y) ? NULL : xstrdup(scalar(y));
			at.line[n] = ev_line(y);
			at.col[n] = ev_col(y);
			at.kline[n] = line;
			at.kcol[n] = col;
			n++;
		}
		if (!bad)
			add_row(r, k, n, (const char *const *)names, (const char *const *)vals,
				&at);
		for (int i = 0; i < n; i++) {
			free(names[i]);
			free(vals[i]);
		}
		continue;
	fail:
		for (int i = 0; i < n; i++) {
			free(names[i]);
			free(vals[i]);
		}
		return false;
	}
}

static bool read_yaml(struct restore *r, FILE *fp)
{
	struct yreader y = {0};
	if (!yaml_parser_initialize(&y.p))
		die("out of memory");
	yaml_parser_set_input_file(&y.p, fp);
	bool ok = false, seen_marker = false;
	/* stream, document, the top mapping */
	while (next(r, &y) && y.ev.type != YAML_MAPPING_START_EVENT) {
		if (y.ev.type != YAML_STREAM_START_EVENT &&
		    y.ev.type != YAML_DOCUMENT_START_EVENT) {
			problem(r, ev_line(&y), ev_col(&y),
				_("not a coach export: it should be a mapping that starts with "
				  "coach_export: 1"));
			goto out;
		}
	}
	if (!y.have || y.ev.type != YAML_MAPPING_START_EVENT)
		goto out;
	for (;;) {
		if (!next(r, &y))
			goto out;
		if (y.ev.type == YAML_MAPPING_END_EVENT)
			break;
		if (y.ev.type != YAML_SCALAR_EVENT) {
			problem(r, ev_line(&y), ev_col(&y),
				_("a key of the export should be a word"));
			goto out;
		}
		char key[64];
		snprintf(key, sizeof(key), "%s", scalar(&y));
		int line = ev_line(&y), col = ev_col(&y);
		int k = table_of(key);
		if (k >= 0) {
			if (!yaml_table(r, &y, k))
				goto out;
			continue;
		}
		if (!next(r, &y))
			goto out;
		bool text = y.ev.type == YAML_SCALAR_EVENT;
		if (strcmp(key, "coach_export") == 0) {
			seen_marker = true;
			if (!text || strcmp(scalar(&y), "1") != 0) {
				problem(r, ev_line(&y), ev_col(&y),
					_("coach_export '%s': this coach reads version 1"),
					text ? scalar(&y) : "?");
				goto out;
			}
		} else if ((strcmp(key, "profile") == 0 || strcmp(key, "safety_plan") == 0 ||
			    strcmp(key, "lapse_plan") == 0) &&
			   text) {
			char **slot = key[0] == 'p'   ? &r->out->profile
				      : key[0] == 's' ? &r->out->safety_plan
						      : &r->out->lapse_plan;
			if (key[0] == 'p')
				r->out->profile_line = ev_line(&y) + 1;
			free(*slot);
			*slot = is_null(&y) ? NULL : xstrdup(scalar(&y));
		} else {
			problem(r, line, col,
				_("'%s' is not part of a coach export (it has coach_export, "
				  "profile, "
				  "safety_plan, lapse_plan and the log's tables)"),
				key);
			if (!skip(r, &y))
				goto out;
		}
		if (!seen_marker) {
			problem(r, line, col,
				_("not a coach export: the first key should be "
				  "coach_export: 1"));
			goto out;
		}
	}
	ok = true;
out:
	if (y.have)
		yaml_event_delete(&y.ev);
	yaml_parser_delete(&y.p);
	return ok;
}

/* --- the CSV folder ---------------------------------------------------------------- */

static char *read_small(const char *path, bool *too_big)
{
	FILE *fp = fopen(path, "rb");
	*too_big = false;
	if (!fp)
		return NULL;
	struct sbuf b = {0};
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0 && !*too_big) {
		sbuf_add(&b, buf, n);
		*too_big = b.len > MAX_TEXT;
	}
	fclose(fp);
	return b.s ? b.s : xstrdup("");
}

static bool read_csv_table(struct restore *r, const char *dir, int k)
{
	char *path = xasprintf("%s/%s.csv", dir, restore_table_names[k]);
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		bool missing = errno == ENOENT;
		if (!missing)
			diags_add(r->d, path, 1, 1, _("cannot read it: %s"), strerror(errno));
		free(path);
		return missing;
	}
	r->path = path;
	struct csv c = {.fp = fp, .sep = ',', .line = 1};
	const char *why = NULL;
	int why_col = 1, n;
	char *names[MAX_COLS];
	int hcol[MAX_COLS];
	int nh = csv_record(&c, &why, &why_col);
	bool ok = nh >= 0;
	if (nh < 0)
		problem(r, 1, why_col, "%s", why);
	else if (nh > MAX_COLS)
		problem(r, 1, 1, _("more than %d columns"), MAX_COLS), ok = false;
	for (int i = 0; ok && i < nh; i++) {
		names[i] = xstrdup(c.b.s + c.off[i]);
		hcol[i] = c.col[i];
	}
	while (ok && r->errors < 20 && (n = csv_record(&c, &why, &why_col)) != 0) {
		if (n < 0) {
			problem(r, c.start_line, why_col, "%s", why);
			break;
		}
		if (n == 1 && !c.b.s[c.off[0]])
			continue; /* a blank line */
		if (n != nh) {
			problem(r, c.start_line, 1, _("%d fields where the header has %d"), n, nh);
			continue;
		}
		const char *vals[MAX_COLS];
		struct at at;
		for (int i = 0; i < n; i++) {
			const char *v = c.b.s + c.off[i];
			vals[i] = *v ? v : NULL; /* the export writes nothing for null */
			at.line[i] = c.start_line;
			at.col[i] = c.col[i];
			at.kline[i] = 1;
			at.kcol[i] = hcol[i];
		}
		add_row(r, k, n, (const char *const *)names, vals, &at);
	}
	for (int i = 0; ok && i < nh; i++)
		free(names[i]);
	if (ferror(fp))
		problem(r, c.line, 1, _("cannot read the file"));
	sbuf_free(&c.b);
	fclose(fp);
	r->path = NULL;
	free(path);
	return true;
}

static bool read_csv_dir(struct restore *r, const char *dir)
{
	for (int k = 0; k < RT_COUNT; k++)
		if (!read_csv_table(r, dir, k))
			return false;
	static const char *const extra[] = {"profile.yaml", "safety-plan.yaml", "lapse-plan.yaml"};
	for (int i = 0; i < 3; i++) {
		char *path = xasprintf("%s/%s", dir, extra[i]);
		bool too_big;
		char *text = read_small(path, &too_big);
		if (too_big) {
			diags_add(r->d, path, 1, 1,
				  _("more than 1 MiB; not a file of the coach's"));
			free(text);
			text = NULL;
		}
		if (i == 0)
			r->out->profile = text, r->out->profile_line = 1;
		else if (i == 1)
			r->out->safety_plan = text;
		else
			r->out->lapse_plan = text;
		free(path);
	}
	return true;
}

/* --- the merge ----------------------------------------------------------------------- */

/* What a session is, whatever machine logged it: its date, moods, notes and
 * body weight, and its sets and aerobic minutes in order (not its id, when
 * it was logged, or what the coach worked out about it). */
static char *fingerprint_sql(const char *sess, const char *sets, const char *aer)
{
	return xasprintf(
		"quote(s.date)||'|'||quote(s.program)||'|'||quote(s.day)||'|'||"
		"quote(s.mood_before)||'|'||quote(s.energy)||'|'||quote(s.anxiety)||'|'||"
		"quote(s.sleep)||'|'||quote(s.soreness)||'|'||quote(s.mood_after)||'|'||"
		"quote(s.notes)||'|'||quote(s.bodyweight)||'|'||quote(s.feeling)||'|'||"
		"quote(s.breathing_min)||'|'||quote(s.short)||'|'||"
		"COALESCE((SELECT group_concat(x, ';') FROM (SELECT quote(t.position)||','||"
		"quote(t.exercise)||','||quote(t.set_no)||','||quote(t.reps)||','||"
		"quote(t.load)||','||quote(t.band)||','||quote(t.rir)||','||quote(t.notes) AS x "
		"FROM %s t WHERE t.session_id = s.id ORDER BY t.position, t.set_no)), '')||'|'||"
		"COALESCE((SELECT group_concat(x, ';') FROM (SELECT quote(a.kind)||','||"
		"quote(a.minutes)||','||quote(a.distance_m) AS x FROM %s a WHERE "
		"a.session_id = s.id ORDER BY a.id)), '') AS fp "
		"FROM %s s",
		sets, aer, sess);
}

/* The columns of table k but its id, joined by commas, each prefixed. */
static char *columns(const struct table *t, const char *prefix, bool with_id, const char *skip)
{
	struct sbuf b = {0};
	for (int i = 0; i < t->n; i++) {
		if ((!with_id && strcmp(t->name[i], "id") == 0) ||
		    (skip && strcmp(t->name[i], skip) == 0))
			continue;
		sbuf_printf(&b, "%s%s%s", b.len ? ", " : "", prefix, t->name[i]);
	}
	return b.s ? b.s : xstrdup("");
}

/* Rows of a table with no links, added as many times as the export has
 * them beyond what the log has: keyed by every column but id and logged_at. */
static bool merge_multiset(struct restore *r, int k)
{
	const struct table *t = &r->t[k];
	struct sbuf part = {0}, match = {0};
	for (int i = 0; i < t->n; i++) {
		const char *c = t->name[i];
		if (strcmp(c, "id") == 0 || strcmp(c, "logged_at") == 0 ||
		    strcmp(c, "session_id") == 0)
			continue;
		sbuf_printf(&part, "%s%s", part.len ? ", " : "", c);
		sbuf_printf(&match, " AND m.%s IS i.%s", c, c);
	}
	const char *name = restore_table_names[k];
	char *cols = columns(t, "", false, NULL);
	char *icols = columns(t, "i.", false, NULL);
	char *sql = xasprintf(
		"CREATE TEMP TABLE imp_add_%s AS SELECT i.rowid AS r FROM (SELECT rowid, *, "
		"ROW_NUMBER() OVER (PARTITION BY %s ORDER BY rowid) AS rn FROM imp_%s %s) i "
		"WHERE rn > (SELECT COUNT(*) FROM main.%s m WHERE 1 %s %s);"
		"INSERT INTO main.%s (%s) SELECT %s FROM imp_%s i WHERE i.rowid IN "
		"(SELECT r FROM imp_add_%s) ORDER BY i.rowid;",
		name, part.s, name, k == RT_AEROBIC ? "WHERE session_id IS NULL" : "", name,
		match.s, k == RT_AEROBIC ? "AND m.session_id IS NULL" : "", name, cols, icols, name,
		name);
	bool ok = exec(r, sql);
	if (ok)
		r->out->added[k] += (size_t)sqlite3_changes(r->db);
	free(sql);
	free(cols);
	free(icols);
	sbuf_free(&part);
	sbuf_free(&match);
	return ok;
}

static bool log_is_empty(struct restore *r)
{
	for (int k = 0; k < RT_COUNT; k++) {
		char *sql = xasprintf("SELECT 1 FROM main.%s LIMIT 1", restore_table_names[k]);
		sqlite3_stmt *q;
		bool any = sqlite3_prepare_v2(r->db, sql, -1, &q, NULL) == SQLITE_OK &&
			   sqlite3_step(q) == SQLITE_ROW;
		sqlite3_finalize(q);
		free(sql);
		if (any)
			return false;
	}
	return true;
}

static bool merge(struct restore *r)
{
	struct restore_stats *o = r->out;
	if (log_is_empty(r)) {
		/* a restore: every table as it was, ids and progression state included */
		o->restored = true;
		for (int k = 0; k < RT_COUNT; k++) {
			char *cols = columns(&r->t[k], "", true, NULL);
			char *sql = xasprintf("INSERT INTO main.%s (%s) SELECT %s FROM imp_%s "
					      "ORDER BY rowid",
					      restore_table_names[k], cols, cols,
					      restore_table_names[k]);
			bool ok = exec(r, sql);
			free(sql);
			free(cols);
			if (!ok)
				return false;
			o->added[k] = (size_t)sqlite3_changes(r->db);
		}
		return true;
	}
	/* sessions: each of the export's beyond as many of the same as the log has */
	char *fi = fingerprint_sql("imp_session", "imp_set_log", "imp_aerobic");
	char *fo = fingerprint_sql("main.session", "main.set_log", "main.aerobic");
	char *sql = xasprintf("CREATE TEMP TABLE imp_fp AS SELECT s.id AS id, %s;"
			      "CREATE TEMP TABLE old_fp AS SELECT %s WHERE s.date IN "
			      "(SELECT date FROM imp_session);"
			      "CREATE INDEX temp.old_fp_fp ON old_fp(fp);",
			      fi, fo);
	bool ok = exec(r, sql);
	free(sql);
	free(fi);
	free(fo);
	ok = ok && exec(r, "CREATE TEMP TABLE imp_new AS SELECT id FROM (SELECT id, fp, "
			   "ROW_NUMBER() OVER (PARTITION BY fp ORDER BY id) AS rn FROM imp_fp) f "
			   "WHERE rn > (SELECT COUNT(*) FROM old_fp o WHERE o.fp = f.fp) "
			   "ORDER BY id;"
			   "CREATE TEMP TABLE imp_map (old INTEGER PRIMARY KEY, new INTEGER);");
	if (!ok)
		return false;
	char *cols = columns(&r->t[RT_SESSION], "", false, NULL);
	sql = xasprintf("INSERT INTO main.session (%s) SELECT %s FROM imp_session WHERE id = ?",
			cols, cols);
	free(cols);
	sqlite3_stmt *ins = NULL, *ids = NULL, *map = NULL;
	ok = sqlite3_prepare_v2(r->db, sql, -1, &ins, NULL) == SQLITE_OK &&
	     sqlite3_prepare_v2(r->db, "SELECT id FROM imp_new ORDER BY id", -1, &ids, NULL) ==
		     SQLITE_OK &&
	     sqlite3_prepare_v2(r->db, "INSERT INTO imp_map VALUES (?, ?)", -1, &map, NULL) ==
		     SQLITE_OK;
	free(sql);
	while (ok && sqlite3_step(ids) == SQLITE_ROW) {
		sqlite3_int64 old = sqlite3_column_int64(ids, 0);
		sqlite3_reset(ins);
		sqlite3_bind_int64(ins, 1, old);
		ok = sqlite3_step(ins) == SQLITE_DONE;
		sqlite3_reset(map);
		sqlite3_bind_int64(map, 1, old);
		sqlite3_bind_int64(map, 2, sqlite3_last_insert_rowid(r->db));
		ok = ok && sqlite3_step(map) == SQLITE_DONE;
		o->added[RT_SESSION]++;
	}
	sqlite3_finalize(ins);
	sqlite3_finalize(ids);
	sqlite3_finalize(map);
	if (!ok) {
		failed(r);
		return false;
	}
	/* their sets and aerobic minutes, under their new ids */
	for (int k = RT_SET; k <= RT_AEROBIC; k++) {
		char *c = columns(&r->t[k], "", false, "session_id");
		char *ic = columns(&r->t[k], "i.", false, "session_id");
		sql = xasprintf("INSERT INTO main.%s (session_id, %s) SELECT m.new, %s FROM "
				"imp_%s i JOIN imp_map m ON m.old = i.session_id ORDER BY i.rowid",
				restore_table_names[k], c, ic, restore_table_names[k]);
		ok = exec(r, sql);
		free(sql);
		free(c);
		free(ic);
		if (!ok)
			return false;
		o->added[k] += (size_t)sqlite3_changes(r->db);
	}
	/* the programs that got sessions, for their progression to be replayed */
	sqlite3_stmt *q;
	if (sqlite3_prepare_v2(r->db,
			       "SELECT DISTINCT program FROM imp_session WHERE program IS NOT NULL "
			       "AND id IN (SELECT old FROM imp_map) ORDER BY program",
			       -1, &q, NULL) != SQLITE_OK)
		return false;
	size_t cap = 0;
	while (sqlite3_step(q) == SQLITE_ROW) {
		xgrow((void **)&o->programs, &cap, o->n_programs + 1, sizeof(*o->programs));
		o->programs[o->n_programs++] = xstrdup((const char *)sqlite3_column_text(q, 0));
	}
	sqlite3_finalize(q);
	/* aerobic minutes on their own, check-ins, questionnaires: by their values */
	if (!merge_multiset(r, RT_AEROBIC) || !merge_multiset(r, RT_CHECKIN) ||
	    !merge_multiset(r, RT_SCREEN))
		return false;
	/* moved days and bookkeeping: what the log has wins */
	if (!exec(r, "INSERT OR IGNORE INTO main.move SELECT * FROM imp_move"))
		return false;
	o->added[RT_MOVE] = (size_t)sqlite3_changes(r->db);
	if (!exec(r, "INSERT OR IGNORE INTO main.meta SELECT * FROM imp_meta"))
		return false;
	o->added[RT_META] = (size_t)sqlite3_changes(r->db);
	return true;
}

/* --- entry points -------------------------------------------------------------------- */

bool restore_is_export(const char *path, bool *is_dir)
{
	struct stat fs;
	*is_dir = false;
	if (stat(path, &fs) != 0)
		return false;
	if (S_ISDIR(fs.st_mode)) {
		*is_dir = true;
		char *p = xasprintf("%s/session.csv", path);
		bool yes = stat(p, &fs) == 0;
		free(p);
		return yes;
	}
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return false;
	char line[64] = "";
	bool yes = fgets(line, sizeof(line), fp) && strncmp(line, "coach_export:", 13) == 0;
	fclose(fp);
	return yes;
}

bool restore_read(struct store *st, const char *path, struct restore_stats *out, struct diags *d)
{
	memset(out, 0, sizeof(*out));
	struct restore r = {.st = st, .db = store_sqlite(st), .d = d, .out = out};
	bool ok = setup(&r);
	if (!ok)
		failed(&r);
	bool is_dir = false;
	restore_is_export(path, &is_dir);
	if (ok && is_dir) {
		ok = read_csv_dir(&r, path);
	} else if (ok) {
		FILE *fp = fopen(path, "rb");
		if (!fp) {
			diags_add(d, path, 1, 1, _("cannot read it: %s"), strerror(errno));
			ok = false;
		} else {
			r.path = path;
			ok = read_yaml(&r, fp);
			fclose(fp);
		}
	}
	ok = ok && r.errors == 0 && d->len == 0 && !r.sql_failed && merge(&r);
	teardown(&r);
	return ok && !r.sql_failed;
}

void restore_stats_free(struct restore_stats *s)
{
	for (size_t i = 0; i < s->n_programs; i++)
		free(s->programs[i]);
	free(s->programs);
	free(s->profile);
	free(s->safety_plan);
	free(s->lapse_plan);
	free(s->error);
	memset(s, 0, sizeof(*s));
}
