/* diag.h - problems found in input files, reported as PATH:LINE:COL.
 *
 * Loaders never print: they append to a caller-owned struct diags and go on,
 * so that one pass reports every problem in a file.  The caller prints them
 * with diags_print() and frees them with diags_free().
 */
#ifndef COACH_DIAG_H
#define COACH_DIAG_H

#include <stdio.h>

#include "coach/util.h"

struct diag {
	char *path;    /* owned copy; may be "" for problems with no file */
	int line, col; /* 1-based; 0 when unknown */
	char *msg;     /* owned */
};

struct diags {
	struct diag *v;
	size_t len, cap;
};

void diags_add(struct diags *d, const char *path, int line, int col, const char *fmt, ...)
	COACH_PRINTF(5, 6);
void diags_vadd(struct diags *d, const char *path, int line, int col, const char *fmt, va_list ap)
	COACH_PRINTF(5, 0);
/* One line each: "PATH:LINE:COL: error: MSG" (or "PATH: error: MSG" with no position). */
void diags_print(const struct diags *d, FILE *fp);
/* Sort by path, line and column, keeping the order of equal positions. */
void diags_sort(struct diags *d);
void diags_free(struct diags *d);

#endif
