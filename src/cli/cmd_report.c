/* coach report --output FILE.pdf [--from D] [--to D]: two pages to take to a
 * clinician.  Drawn with cairo when the build found it (meson option
 * 'report'); the text is real text, so pdftotext and screen readers read it.
 * Nothing leaves the machine: the file is written 0600 where the person says,
 * and handing it over is theirs to do. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/insights.h"
#include "coach/paths.h"
#include "coach/profile.h"
#include "coach/schedule.h"
#include "coach/store.h"
#include "config.h"
#include "out.h"

#if COACH_HAVE_CAIRO
#include <cairo-pdf.h>
#include <cairo.h>
#endif

enum { O_OUTPUT, O_FROM, O_TO, O_NOTES, O_FORCE };
static const struct optspec opts[] = {
	[O_OUTPUT] = {"--output", "FILE.pdf", N_("where to write the PDF (written 0600)")},
	[O_FROM] = {"--from", "DATE",
		    N_("the first day it covers (default: 12 weeks before --to)")},
	[O_TO] = {"--to", "DATE", N_("the last day it covers (default today)")},
	[O_NOTES] = {"--notes", NULL,
		     N_("put your own session notes in it too (left out unless you ask: they are "
			"yours)")},
	[O_FORCE] = {"--force", NULL, N_("replace FILE.pdf if it exists already")},
	{0},
};

#if COACH_HAVE_CAIRO

/* A4 in points, and the page's margins */
#define PAGE_W 595.28
#define PAGE_H 841.89
#define MARGIN 50.0
#define TEXT_W (PAGE_W - 2 * MARGIN)

struct page {
	cairo_t *cr;
	double y;
	int number, pages;
};

static void font(cairo_t *cr, double size, bool bold)
{
	cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
			       bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
}

static void ink(cairo_t *cr, double r, double g, double b)
{
	cairo_set_source_rgb(cr, r, g, b);
}

static double text_width(cairo_t *cr, const char *s)
{
	cairo_text_extents_t e;
	cairo_text_extents(cr, s, &e);
	return e.x_advance;
}

static void text_at(cairo_t *cr, double x, double y, const char *s)
{
	cairo_move_to(cr, x, y);
	cairo_show_text(cr, s);
}

/* Words wrapped to width from x, starting at pg->y; pg->y moves on. */
static void para(struct page *pg, double x, double width, double size, bool bold, const char *s)
{
	cairo_t *cr = pg->cr;
	font(cr, size, bold);
	double lh = size * 1.35;
	struct sbuf line = {0};
	const char *p = s;
	while (*p) {
		const char *w = p;
		while (*p && *p != ' ' && *p != '\n')
			p++;
		size_t n = (size_t)(p - w);
		struct sbuf trial = {0};
		sbuf_printf(&trial, "%s%s%.*s", sbuf_str(&line), line.len ? " " : "", (int)n, w);
		if (line.len && text_width(cr, sbuf_str(&trial)) > width) {
			pg->y += lh;
			text_at(cr, x, pg->y, sbuf_str(&line));
			line.len = 0;
			sbuf_printf(&line, "%.*s", (int)n, w);
		} else {
			line.len = 0;
			sbuf_puts(&line, sbuf_str(&trial));
		}
		sbuf_free(&trial);
		if (*p == '\n' && line.len) {
			pg->y += lh;
			text_at(cr, x, pg->y, sbuf_str(&line));
			line.len = 0;
		}
		while (*p == ' ' || *p == '\n')
			p++;
	}
	if (line.len) {
		pg->y += lh;
		text_at(cr, x, pg->y, sbuf_str(&line));
	}
	sbuf_free(&line);
	pg->y += size * 0.4;
}

static void heading(struct page *pg, const char *s)
{
	pg->y += 12;
	ink(pg->cr, 0.10, 0.30, 0.35);
	para(pg, MARGIN, TEXT_W, 12.5, true, s);
	ink(pg->cr, 0.1, 0.1, 0.1);
}

static void footer(struct page *pg)
{
	cairo_t *cr = pg->cr;
	char t[64];
	ink(cr, 0.45, 0.45, 0.45);
	font(cr, 8, false);
	text_at(cr, MARGIN, PAGE_H - 28,
		_("From coach, a strength-training coach: the person's own record, not a "
		  "diagnosis."));
	snprintf(t, sizeof(t), _("Page %d of %d"), pg->number, pg->pages);
	text_at(cr, PAGE_W - MARGIN - text_width(cr, t), PAGE_H - 28, t);
	ink(cr, 0.1, 0.1, 0.1);
}

static void next_page(struct page *pg)
{
	footer(pg);
	cairo_show_page(pg->cr);
	pg->number++;
	pg->y = MARGIN;
}

/* A chart's frame: the area, horizontal grid lines at each label of ys. */
struct frame {
	double x, y, w, h; /* the plotting area */
	double x0, x1;	   /* the data range along x (days) */
	double y0, y1;	   /* and along y */
};

static double fx(const struct frame *f, double v)
{
	return f->x + (f->x1 > f->x0 ? (v - f->x0) / (f->x1 - f->x0) : 0.5) * f->w;
}

static double fy(const struct frame *f, double v)
{
	return f->y + f->h - (v - f->y0) / (f->y1 - f->y0) * f->h;
}

static void frame_draw(cairo_t *cr, const struct frame *f, const double *ticks, size_t n,
		       const char *const *labels)
{
	cairo_set_line_width(cr, 0.5);
	font(cr, 7.5, false);
	for (size_t i = 0; i < n; i++) {
		double y = fy(f, ticks[i]);
		ink(cr, 0.85, 0.85, 0.85);
		cairo_move_to(cr, f->x, y);
		cairo_line_to(cr, f->x + f->w, y);
		cairo_stroke(cr);
		ink(cr, 0.35, 0.35, 0.35);
		const char *l = labels ? labels[i] : NULL;
		char b[16];
		if (!l) {
			snprintf(b, sizeof(b), "%g", ticks[i]);
			l = b;
		}
		text_at(cr, f->x - 4 - text_width(cr, l), y + 2.5, l);
	}
	ink(cr, 0.4, 0.4, 0.4);
	cairo_rectangle(cr, f->x, f->y, f->w, f->h);
	cairo_stroke(cr);
}

/* Dates along the bottom: the first, the last and a few between. */
static void date_axis(cairo_t *cr, const struct frame *f, int from, int to)
{
	font(cr, 7.5, false);
	ink(cr, 0.35, 0.35, 0.35);
	int span = to - from, step = span > 120 ? 28 : span > 50 ? 14 : 7;
	for (int d = from; d <= to; d += step) {
		char b[11];
		date_format(d, b);
		double x = fx(f, d) - text_width(cr, b) / 2;
		if (x < f->x - 10)
			x = f->x - 10;
		if (x + text_width(cr, b) > f->x + f->w + 10)
			continue;
		text_at(cr, x, f->y + f->h + 11, b);
	}
	ink(cr, 0.1, 0.1, 0.1);
}

static void legend(cairo_t *cr, double x, double y, double r, double g, double b, bool filled,
		   const char *what)
{
	ink(cr, r, g, b);
	cairo_new_path(cr);
	cairo_arc(cr, x + 3, y - 3, 3, 0, 2 * M_PI);
	if (filled)
		cairo_fill(cr);
	else {
		cairo_set_line_width(cr, 1);
		cairo_stroke(cr);
	}
	ink(cr, 0.2, 0.2, 0.2);
	font(cr, 8, false);
	text_at(cr, x + 10, y, what);
}

struct report {
	const struct profile *prof;
	const struct program *program;
	struct store *st;
	int from, to, today;
	struct logged_list l;
	struct screen_list sc;
	struct insights in;
	const struct policy *pol;
	bool notes; /* the person asked for their notes to be in it */
};

static void training(struct page *pg, const struct report *r)
{
	cairo_t *cr = pg->cr;
	int first = date_monday(r->from), weeks = (date_monday(r->to) - first) / 7 + 1;
	if (weeks > 104)
		weeks = 104;
	int done[104] = {0}, planned[104] = {0}, total_done = 0, total_planned = 0, met = 0;
	int target = (int)r->pol->week_strength_days_target, top = target;
	for (int w = 0; w < weeks; w++) {
		struct plan_week pw;
		if (!schedule_plan(r->st, r->prof, r->program, first + 7 * w, r->today, &pw))
			continue;
		for (int d = 0; d < 7; d++) {
			const struct plan_day *x = &pw.days[d];
			if (x->date < r->from || x->date > r->to)
				continue;
			done[w] += x->sessions > 0;
			planned[w] += x->status == DAY_DONE || x->status == DAY_PLANNED ||
				      x->status == DAY_MISSED;
		}
		total_done += done[w];
		total_planned += planned[w];
		met += done[w] >= target;
		top = done[w] > top ? done[w] : planned[w] > top ? planned[w] : top;
	}
	heading(pg, _("Training against the plan"));
	struct sbuf b = {0};
	sbuf_printf(
		&b,
		_("Program: %s. %d of %d planned strength sessions done; %d of %d weeks with %d "
		  "or more strength days (the WHO 2020 guideline is 2 or more a week)."),
		r->program->name, total_done, total_planned, met, weeks, target);
	para(pg, MARGIN, TEXT_W, 9.5, false, sbuf_str(&b));
	sbuf_free(&b);
	struct frame f = {MARGIN + 22, pg->y + 8,	  TEXT_W - 22, 90,
			  first,       first + 7 * weeks, 0,	       top + 0.5};
	double ticks[8];
	size_t nt = 0;
	for (int t = 0; t <= top && nt < 8; t++)
		ticks[nt++] = t;
	frame_draw(cr, &f, ticks, nt, NULL);
	double bw = f.w / weeks;
	for (int w = 0; w < weeks; w++) {
		double x = f.x + w * bw + bw * 0.18, wd = bw * 0.64;
		if (planned[w]) {
			ink(cr, 0.55, 0.55, 0.55);
			cairo_set_line_width(cr, 0.8);
			cairo_rectangle(cr, x, fy(&f, planned[w]), wd,
					fy(&f, 0) - fy(&f, planned[w]));
			cairo_stroke(cr);
		}
		if (done[w]) {
			ink(cr, 0.13, 0.47, 0.50);
			cairo_rectangle(cr, x, fy(&f, done[w]), wd, fy(&f, 0) - fy(&f, done[w]));
			cairo_fill(cr);
		}
	}
	/* the guideline */
	ink(cr, 0.75, 0.35, 0.2);
	double dash[] = {3, 2};
	cairo_set_dash(cr, dash, 2, 0);
	cairo_set_line_width(cr, 0.8);
	cairo_move_to(cr, f.x, fy(&f, target));
	cairo_line_to(cr, f.x + f.w, fy(&f, target));
	cairo_stroke(cr);
	cairo_set_dash(cr, NULL, 0, 0);
	date_axis(cr, &f, first, first + 7 * (weeks - 1));
	pg->y = f.y + f.h + 26;
	legend(cr, MARGIN, pg->y, 0.13, 0.47, 0.50, true, _("strength days done each week"));
	legend(cr, MARGIN + 170, pg->y, 0.55, 0.55, 0.55, false, _("planned"));
	ink(cr, 0.75, 0.35, 0.2);
	font(cr, 8, false);
	text_at(cr, MARGIN + 250, pg->y, _("- - -  the guideline's 2 a week"));
	ink(cr, 0.1, 0.1, 0.1);
	pg->y += 6;
}

static void mood(struct page *pg, const struct report *r)
{
	cairo_t *cr = pg->cr;
	heading(pg, _("Mood before and after sessions (1 very low to 5 very good)"));
	char x1[16], lo[16], hi[16];
	struct sbuf b = {0};
	if (r->in.sessions) {
		snprintf(x1, sizeof(x1), "%+.1f", r->in.mood_change);
		snprintf(lo, sizeof(lo), "%+.1f", r->in.mood_low);
		snprintf(hi, sizeof(hi), "%+.1f", r->in.mood_high);
		sbuf_printf(
			&b,
			_("%d sessions with mood rated before and after. On average mood changed "
			  "by %s over a session (95%% interval %s to %s). A change over a session "
			  "is not proof that the session caused it."),
			r->in.sessions, x1, lo, hi);
	} else {
		sbuf_puts(&b, _("No session in these dates has mood rated both before and after."));
	}
	para(pg, MARGIN, TEXT_W, 9.5, false, sbuf_str(&b));
	sbuf_free(&b);
	struct frame f = {MARGIN + 22, pg->y + 8, TEXT_W - 22, 110,
			  r->from - 2, r->to + 2, 0.5,	       5.5};
	const double ticks[] = {1, 2, 3, 4, 5};
	frame_draw(cr, &f, ticks, 5, NULL);
	for (size_t i = 0; i < r->l.n; i++) {
		const struct logged_session *s = &r->l.v[i];
		if (!s->checkin.given || !s->mood_after || !s->n_sets)
			continue;
		double x = fx(&f, s->date), yb = fy(&f, s->checkin.mood),
		       ya = fy(&f, s->mood_after);
		ink(cr, 0.7, 0.7, 0.7);
		cairo_set_line_width(cr, 1);
		cairo_move_to(cr, x, yb);
		cairo_line_to(cr, x, ya);
		cairo_stroke(cr);
		ink(cr, 0.55, 0.4, 0.65);
		cairo_arc(cr, x, yb, 2.6, 0, 2 * M_PI);
		cairo_stroke(cr);
		ink(cr, 0.13, 0.47, 0.50);
		cairo_arc(cr, x, ya, 2.6, 0, 2 * M_PI);
		cairo_fill(cr);
	}
	date_axis(cr, &f, r->from, r->to);
	pg->y = f.y + f.h + 26;
	legend(cr, MARGIN, pg->y, 0.55, 0.4, 0.65, false, _("mood before the session"));
	legend(cr, MARGIN + 170, pg->y, 0.13, 0.47, 0.50, true, _("mood after it"));
	pg->y += 6;
}

static const char *scale_title(const char *s)
{
	return strcmp(s, "phq9") == 0	? "PHQ-9"
	       : strcmp(s, "gad7") == 0 ? "GAD-7"
	       : strcmp(s, "phq2") == 0 ? "PHQ-2"
					: "GAD-2";
}

static void questionnaires(struct page *pg, const struct report *r)
{
	cairo_t *cr = pg->cr;
	heading(pg, _("Questionnaires: screening scores, not a diagnosis"));
	para(pg, MARGIN, TEXT_W, 9.5, false,
	     _("PHQ-9 (Kroenke et al. 2001; 0-27; 5, 10, 15 and 20 begin the mild, moderate, "
	       "moderately severe and severe bands, shaded below) and GAD-7 (Spitzer et al. 2006; "
	       "0-21; 5, 10 and 15 begin mild, moderate and severe). Each asks about the last two "
	       "weeks. Scores the person entered in coach."));
	struct frame f = {MARGIN + 22, pg->y + 8, TEXT_W - 22, 130, r->from - 2, r->to + 2, 0, 27};
	/* the PHQ-9's bands, shaded light to dark, named at the right */
	static const char *const bands[] = {N_("minimal"), N_("mild"), N_("moderate"),
					    N_("moderately severe"), N_("severe")};
	for (int k = 0; k < 5; k++) {
		double lo = 5.0 * k, hi = k == 4 ? 27 : 5.0 * (k + 1);
		double shade = 1 - 0.035 * k;
		ink(cr, shade, shade, 1 - 0.02 * k);
		cairo_rectangle(cr, f.x, fy(&f, hi), f.w, fy(&f, lo) - fy(&f, hi));
		cairo_fill(cr);
		ink(cr, 0.55, 0.55, 0.55);
		font(cr, 7, false);
		text_at(cr, f.x + f.w - 4 - text_width(cr, _(bands[k])), fy(&f, hi) + 8,
			_(bands[k]));
	}
	const double ticks[] = {0, 5, 10, 15, 20, 25};
	frame_draw(cr, &f, ticks, 6, NULL);
	static const char *const scales[] = {"phq9", "gad7"};
	const double col[2][3] = {{0.16, 0.33, 0.62}, {0.80, 0.45, 0.10}};
	for (int k = 0; k < 2; k++) {
		ink(cr, col[k][0], col[k][1], col[k][2]);
		cairo_set_line_width(cr, 1.3);
		bool started = false;
		for (size_t i = 0; i < r->sc.n; i++) {
			if (strcmp(r->sc.v[i].scale, scales[k]) != 0)
				continue;
			double x = fx(&f, r->sc.v[i].date), y = fy(&f, r->sc.v[i].score);
			if (started)
				cairo_line_to(cr, x, y);
			else
				cairo_move_to(cr, x, y);
			started = true;
		}
		cairo_stroke(cr);
		for (size_t i = 0; i < r->sc.n; i++)
			if (strcmp(r->sc.v[i].scale, scales[k]) == 0) {
				cairo_arc(cr, fx(&f, r->sc.v[i].date), fy(&f, r->sc.v[i].score),
					  2.8, 0, 2 * M_PI);
				cairo_fill(cr);
			}
	}
	date_axis(cr, &f, r->from, r->to);
	pg->y = f.y + f.h + 26;
	legend(cr, MARGIN, pg->y, col[0][0], col[0][1], col[0][2], true, _("PHQ-9 (mood)"));
	legend(cr, MARGIN + 170, pg->y, col[1][0], col[1][1], col[1][2], true,
	       _("GAD-7 (anxiety)"));
	pg->y += 8;
	if (!r->sc.n) {
		para(pg, MARGIN, TEXT_W, 9.5, false,
		     _("No questionnaire was taken in these dates."));
		return;
	}
	/* the scores, in columns */
	font(cr, 8.5, false);
	double col_x = MARGIN, top = pg->y, lh = 11.5;
	int rows = (int)((PAGE_H - MARGIN - 40 - top - 260) / lh);
	rows = rows < 6 ? 6 : rows;
	for (size_t i = 0; i < r->sc.n; i++) {
		const struct screen_row *s = &r->sc.v[i];
		char d[11], line[160];
		date_format(s->date, d);
		snprintf(line, sizeof(line), "%s  %s %d (%s)%s", d, scale_title(s->scale), s->score,
			 s->band && s->band[0] ? _(s->band) : "",
			 s->crisis ? _("; question 9 above 0") : "");
		int row = (int)i % rows;
		if (i && row == 0)
			col_x += TEXT_W / 2;
		if (col_x > MARGIN + TEXT_W / 2 + 1)
			break; /* two columns are enough for a page */
		ink(cr, s->crisis ? 0.7 : 0.1, 0.1, 0.1);
		text_at(cr, col_x, top + (row + 1) * lh, line);
		if (top + (row + 1) * lh > pg->y)
			pg->y = top + (row + 1) * lh;
	}
	ink(cr, 0.1, 0.1, 0.1);
	pg->y += 6;
	for (size_t i = 0; i < r->in.n_screens; i++) {
		const struct insight_screen *s = &r->in.screens[i];
		if (!s->has_threshold || s->n < 2)
			continue;
		char line[300];
		snprintf(
			line, sizeof(line),
			_("%s: %d at first, %d latest (%d scores): %s (Jacobson & Truax; %d points "
			  "or more)."),
			scale_title(s->scale), s->first, s->latest, s->n,
			s->direction < 0   ? _("a reliable improvement")
			: s->direction > 0 ? _("a reliable worsening")
					   : _("no reliable change"),
			s->threshold);
		para(pg, MARGIN, TEXT_W, 9.5, false, line);
	}
}

static void record_says(struct page *pg, const struct report *r)
{
	heading(pg, _("What the person's own record can and cannot say"));
	struct sbuf b = {0};
	if (!r->in.enough_data) {
		sbuf_printf(
			&b,
			_("Not enough data yet to compare kinds of session (%d of the %d sessions "
			  "with mood before and after it takes)."),
			r->in.sessions, r->in.min_sessions);
	} else {
		int clear = 0;
		for (size_t i = 0; i < r->in.n_effects; i++)
			clear += r->in.effects[i].clear;
		sbuf_printf(
			&b,
			_("%zu comparisons of kinds of session (weekday, length, intensity, sets, "
			  "readiness), with mood, energy and anxiety before the session as "
			  "covariates, intervals corrected for the number shown and shrunk toward "
			  "trial priors: "),
			r->in.n_effects);
		if (clear)
			sbuf_printf(&b, P_("%d is clear.", "%d are clear.", clear), clear);
		else
			sbuf_puts(&b, _("none is clear."));
		for (size_t i = 0; i < r->in.n_effects; i++) {
			const struct insight_effect *e = &r->in.effects[i];
			if (e->clear)
				sbuf_printf(
					&b,
					e->estimate > 0
						? _(" %c%s seem to go with a bigger lift in mood "
						    "than %s (%+.1f points, %+.1f to %+.1f).")
						: _(" %c%s seem to go with a smaller lift in mood "
						    "than %s (%+.1f points, %+.1f to %+.1f)."),
					e->first[0] >= 'a' && e->first[0] <= 'z'
						? e->first[0] - 'a' + 'A'
						: e->first[0],
					e->first + 1, e->second, e->estimate, e->low, e->high);
		}
	}
	para(pg, MARGIN, TEXT_W, 9.5, false, sbuf_str(&b));
	sbuf_free(&b);
}

enum { REPORT_NOTES = 10, REPORT_NOTE_CHARS = 180 };

/* The person's own notes, when they asked: the latest sessions that have
 * one, oldest first, each cut to a line or two; control characters become
 * spaces. */
static void own_notes(struct page *pg, const struct report *r)
{
	if (!r->notes)
		return;
	heading(pg, _("In their own words"));
	size_t first = r->l.n, shown = 0;
	while (first > 0 && shown < REPORT_NOTES)
		shown += r->l.v[--first].notes != NULL;
	if (!shown) {
		para(pg, MARGIN, TEXT_W, 9.5, false, _("No session in this period has a note."));
		return;
	}
	for (size_t i = first; i < r->l.n; i++) {
		const struct logged_session *s = &r->l.v[i];
		if (!s->notes)
			continue;
		char d[11], text[REPORT_NOTE_CHARS + 4];
		date_format(s->date, d);
		size_t n = 0;
		for (const char *c = s->notes; *c && n < REPORT_NOTE_CHARS; c++)
			text[n++] = (char)((unsigned char)*c < 32 || *c == 127 ? ' ' : *c);
		/* never cut inside a UTF-8 character */
		while (n > 0 && ((unsigned char)s->notes[n] & 0xC0) == 0x80)
			n--;
		text[n] = '\0';
		struct sbuf b = {0};
		sbuf_printf(&b, "%s: %s%s", d, text, s->notes[n] ? " ..." : "");
		para(pg, MARGIN, TEXT_W, 9.5, false, sbuf_str(&b));
		sbuf_free(&b);
	}
}

static void about(struct page *pg)
{
	heading(pg, _("What coach is and is not"));
	para(pg, MARGIN, TEXT_W, 9.5, false,
	     _("coach is a program for progressive strength training at home for people who want "
	       "it to help with low mood and anxiety as well as strength. It adapts each session "
	       "to "
	       "a daily check-in (mood, energy, anxiety, sleep), keeps the training log and offers "
	       "the questionnaires above. Trials support resistance training for depressive and "
	       "anxiety symptoms (Gordon et al., JAMA Psychiatry 2018; Sports Med 2017; Noetel et "
	       "al., BMJ 2024)."));
	para(pg, MARGIN, TEXT_W, 9.5, false,
	     _("It is not a medical device and never diagnoses. Scores here are screening scores "
	       "the person entered; the training is what they logged. This summary was made by the "
	       "person on their own computer and leaves it only when they hand it over."));
}

static cairo_status_t append(void *closure, const unsigned char *data, unsigned int len)
{
	sbuf_add(closure, (const char *)data, len);
	return CAIRO_STATUS_SUCCESS;
}

/* Created new (0600, never through a link), or refused when it exists
 * unless force, like coach export. */
static bool put_file(const char *path, const char *data, size_t len, bool force, char **err)
{
	struct private_file pf;
	if (!private_file_open(&pf, path, force, err))
		return false;
	while (len) {
		ssize_t n = write(pf.fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			*err = xasprintf(_("cannot write %s: %s"), path, strerror(errno));
			private_file_abandon(&pf);
			return false;
		}
		data += n;
		len -= (size_t)n;
	}
	return private_file_commit(&pf, err);
}

static bool write_pdf(const char *path, bool force, const struct report *r, char **err)
{
	struct sbuf out = {0};
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(append, &out, PAGE_W, PAGE_H);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE,
				       _("Training and mood: a summary from coach"));
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "coach " COACH_VERSION);
	cairo_t *cr = cairo_create(s);
	struct page pg = {cr, MARGIN, 1, 2};
	char a[11], b[11], t[11];
	date_format(r->from, a);
	date_format(r->to, b);
	date_format(r->today, t);
	ink(cr, 0.10, 0.30, 0.35);
	para(&pg, MARGIN, TEXT_W, 18, true, _("Training and mood: a summary from coach"));
	ink(cr, 0.3, 0.3, 0.3);
	struct sbuf l = {0};
	sbuf_printf(&l, _("%s%s%s to %s. Made on %s by the person, from their own record."),
		    r->prof->name ? r->prof->name : "", r->prof->name ? ". " : "", a, b, t);
	para(&pg, MARGIN, TEXT_W, 9.5, false, sbuf_str(&l));
	sbuf_free(&l);
	ink(cr, 0.1, 0.1, 0.1);
	training(&pg, r);
	mood(&pg, r);
	record_says(&pg, r);
	next_page(&pg);
	questionnaires(&pg, r);
	own_notes(&pg, r);
	about(&pg);
	footer(&pg);
	cairo_show_page(cr);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	cairo_status_t st = cairo_surface_status(s);
	cairo_surface_destroy(s);
	bool ok = false;
	if (st != CAIRO_STATUS_SUCCESS)
		*err = xasprintf(_("cannot draw the report: %s"), cairo_status_to_string(st));
	else
		ok = put_file(path, out.s, out.len, force, err);
	sbuf_free(&out);
	return ok;
}

#endif

static int cmd_report(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(
		c, "report", argc, argv, opts, v, false,
		_("report takes --output FILE.pdf, --from, --to, --notes and --force only"));
	if (rc)
		return rc;
	if (c->format != FMT_TEXT)
		return cli_usage_error("report", _("report writes a PDF: give --output FILE.pdf"));
	if (!v[O_OUTPUT])
		return cli_usage_error("report", _("report needs --output FILE.pdf"));
	int today = clock_today(), to = today, from;
	if (v[O_TO] && (rc = cli_date_arg("report", "--to", v[O_TO], &to)))
		return rc;
	from = date_monday(to) - 11 * 7; /* twelve whole weeks */
	if (v[O_FROM] && (rc = cli_date_arg("report", "--from", v[O_FROM], &from)))
		return rc;
	if (from > to)
		return cli_usage_error("report", _("--from is after --to"));
#if COACH_HAVE_CAIRO
	struct profile prof;
	const struct program *p;
	struct store *st;
	if (!cli_training(c, &prof, &p, &st, false))
		return EXIT_INVALID;
	struct report r = {.prof = &prof,
			   .program = p,
			   .st = st,
			   .from = from,
			   .to = to,
			   .today = today,
			   .pol = &c->ctx.cat.policy,
			   .notes = v[O_NOTES] != NULL};
	if (!store_sessions(st, from, to, &r.l)) {
		rc = cli_fail(_("cannot read the log: %s"), store_error(st));
	} else {
		if (!store_screens(st, from, to, &r.sc)) {
			rc = cli_fail(_("cannot read the log: %s"), store_error(st));
		} else {
			insights_of(&r.l, &r.sc, r.pol, &r.in);
			char *err = NULL;
			if (!write_pdf(v[O_OUTPUT], v[O_FORCE] != NULL, &r, &err)) {
				rc = cli_fail("%s", err);
				free(err);
			} else {
				char a[11], b[11];
				date_format(from, a);
				date_format(to, b);
				printf(_("Wrote %s: two pages, %s to %s, for you to take to a "
					 "clinician "
					 "if you choose. Nothing was sent anywhere.\n"),
				       v[O_OUTPUT], a, b);
			}
			screen_list_free(&r.sc);
		}
		logged_list_free(&r.l);
	}
	store_close(st);
	profile_free(&prof);
	return rc;
#else
	return cli_fail(_("this coach was built without cairo, so it cannot draw the report; "
			  "install libcairo2-dev and build again"));
#endif
}

const struct command cmd_report_entry = {
	.name = "report",
	.run = cmd_report,
	.usage = "coach report --output FILE.pdf [--from DATE] [--to DATE] [--notes] [--force]",
	.summary = N_("a two-page PDF to take to a clinician"),
	.help = N_("Draws a summary of the dates (default: the 12 weeks up to today): strength\n"
		   "sessions done against the plan, week by week; mood before and after each\n"
		   "session; PHQ-9 and GAD-7 scores over time with their bands and whether the\n"
		   "change is reliable; what the record can and cannot say; with --notes, your\n"
		   "own session notes (left out otherwise); and what coach is and is not.  The\n"
		   "file is created 0600 where you say (an existing one only with --force) and\n"
		   "goes nowhere else: handing it over is yours to do.  Its text is real text\n"
		   "(pdftotext reads it)."),
	.opts = opts,
};
