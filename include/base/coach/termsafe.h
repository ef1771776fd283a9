/* termsafe.h - the one way out for text that came from outside.
 *
 * Names in a CSV file, file names, values in a YAML file: any of them can
 * hold bytes a terminal obeys (ESC sequences that set the title, clear the
 * screen or write the clipboard; C1 controls; bidirectional overrides that
 * make text read backwards) or bytes that are not UTF-8.  Everything the
 * command line writes to standard output and standard error passes through
 * termsafe_install's filter, and diagnostics through termsafe_line, so none
 * of it reaches the terminal raw: each such character is shown as text,
 * \x1b for a byte, <U+202E> for a character.
 */
#ifndef COACH_TERMSAFE_H
#define COACH_TERMSAFE_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/util.h"

/* What a filter holds between calls: the start of a character cut in two. */
struct termsafe {
	unsigned char pending[4];
	size_t n;
	bool one_line; /* newline and tab made visible too */
};

/* Append len bytes of s to out, made safe; a character split across calls
 * is completed by the next one. */
void termsafe_feed(struct termsafe *t, const char *s, size_t len, struct sbuf *out);
/* The end of the text: whatever is still pending is shown as bytes. */
void termsafe_end(struct termsafe *t, struct sbuf *out);
/* A whole string made safe, on one line (newlines and tabs shown as \n, \t);
 * the caller frees it. */
char *termsafe_line(const char *s);
/* Put the filter in front of standard output and/or standard error
 * (newlines and tabs kept).  The command line filters both; the interface,
 * which draws through curses on standard output, filters standard error. */
bool termsafe_install(bool out, bool err);

#endif
