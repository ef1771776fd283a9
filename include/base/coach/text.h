/* text.h - the one text layer: how numbers, loads, reps, tempo and dates read,
 * and how wide text is on a terminal (multibyte aware, in the locale's
 * encoding: mbrtowc and wcwidth).  Both front ends and the engine's reasons
 * write these through here, so "12.5 kg" or "Thu 26 Nov" reads the same on
 * every screen and in every command. */
#ifndef COACH_TEXT_H
#define COACH_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* The shortest fixed-point text for v that reads back as v (at most 6
 * decimals, never an exponent: the readers take none): "12", "12.5". */
const char *num_text(double v, char *buf, size_t size);
/* v to a tenth, rounded half away from zero (3.45 -> 3.5), and as text:
 * "3.5", "41.3", "40". */
double round_tenth(double v);
const char *tenths_text(double v, char *buf, size_t size);
/* A load with its unit: "12 kg", "12.5 lb". */
const char *load_text(double v, const char *unit, char *buf, size_t size);
/* A volume (reps x load) in whole units: "1234 kg". */
const char *volume_text(double v, const char *unit, char *buf, size_t size);
/* An estimate (a one-rep max) to a tenth: "41.3 kg". */
const char *estimate_text(double v, const char *unit, char *buf, size_t size);
/* A rep range: "8-12", or "10" when lo == hi. */
const char *reps_text(int lo, int hi, char *buf, size_t size);
/* A tempo of n phases (seconds): "3-1-1". */
const char *tempo_text(const int *tempo, int n, char *buf, size_t size);

/* Text to show with the locale's decimal sign: a number with one point and
 * digits on both sides ("12.5", not "0.1.0" or "v.2") gets the locale's
 * sign ("12,5" in de_DE).  For what a person sees only, never for a file,
 * YAML or CSV.  Returns s itself when nothing changes (the locale's sign is
 * a point), else a new string the caller frees, in *owned (else NULL). */
const char *decimal_show(const char *s, char **owned);

/* Weekday names, Monday first (date_weekday's order), NULL-terminated. */
extern const char *const weekday_words[]; /* "Monday" */
extern const char *const weekday_abbrs[]; /* "Mon" */
/* The weekday's short name to show (0 Monday): weekday_abbrs[wd] in the C
 * locale, else the locale's own (LC_TIME: "Mo" in de_DE), as date_text. */
const char *weekday_abbr(int wd);
/* "Mon 23 Nov", or "Monday 23 Nov" with long_weekday; returns buf.  In a
 * locale other than C or POSIX (LC_TIME), in its words and its order:
 * "Mo 23. Nov" (de_DE), "Mon Nov 23" (en_US). */
const char *date_text(int days, bool long_weekday, char *buf, size_t size);

/* Width in terminal columns of a UTF-8 string (wcwidth per code point; a
 * byte the locale cannot decode counts one column). */
size_t utf8_width(const char *s);
/* The same for the first len bytes. */
size_t utf8_width_n(const char *s, size_t len);
/* How many bytes of s fit in cols terminal columns (never splitting a character). */
size_t utf8_fit(const char *s, size_t cols);

/* Wrapping, with one rule for both front ends: a line breaks at a space, never
 * between a number and its unit ("2 s)", "12 kg"), and a word wider than a
 * whole line is cut only with TEXT_CUT_LONG (a screen must not overflow; a
 * command's output keeps a long path whole for copying).  With TEXT_FOLD one
 * newline is a space and a blank line ends a paragraph (help, YAML prose);
 * without it every newline ends a line and spaces are kept as written (screens
 * that align columns).  fn gets each line as a NUL-terminated string with its
 * index (a paragraph break comes as an empty line); lines after the first are
 * rest_width columns wide.  Returns the number of lines. */
enum { TEXT_FOLD = 1u, TEXT_CUT_LONG = 2u };
typedef void text_line_fn(void *ctx, int index, const char *line);
int text_wrap(const char *text, int first_width, int rest_width, unsigned flags, text_line_fn *fn,
	      void *ctx);

#endif
