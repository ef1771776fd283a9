#include "coach/diag.h"

#include <stdlib.h>
#include <string.h>

#include "coach/termsafe.h"

void diags_vadd(struct diags *d, const char *path, int line, int col, const char *fmt, va_list ap)
{
	xgrow((void **)&d->v, &d->cap, d->len + 1, sizeof(*d->v));
	struct diag *g = &d->v[d->len++];
	g->path = xstrdup(path ? path : "");
	g->line = line;
	g->col = col;
	g->msg = xvasprintf(fmt, ap);
}

void diags_add(struct diags *d, const char *path, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(d, path, line, col, fmt, ap);
	va_end(ap);
}

void diags_print(const struct diags *d, FILE *fp)
{
	for (size_t i = 0; i < d->len; i++) {
		const struct diag *g = &d->v[i];
		/* one line each, whatever the path or a quoted value holds */
		char *path = termsafe_line(g->path), *msg = termsafe_line(g->msg);
		if (g->line > 0)
			fprintf(fp, "%s:%d:%d: error: %s\n", path, g->line, g->col, msg);
		else if (g->path[0])
			fprintf(fp, "%s: error: %s\n", path, msg);
		else
			fprintf(fp, "coach: error: %s\n", msg);
		free(path);
		free(msg);
	}
}

static int diag_cmp(const struct diag *a, const struct diag *b)
{
	int c = strcmp(a->path, b->path);
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return 0;
}

void diags_sort(struct diags *d)
{
	/* insertion sort: stable, and lists are short */
	for (size_t i = 1; i < d->len; i++) {
		struct diag t = d->v[i];
		size_t j = i;
		while (j > 0 && diag_cmp(&d->v[j - 1], &t) > 0) {
			d->v[j] = d->v[j - 1];
			j--;
		}
		d->v[j] = t;
	}
}

/* Drop entries from index n on (diags_free drops them all). */
static void diags_truncate(struct diags *d, size_t n)
{
	while (d->len > n) {
		struct diag *g = &d->v[--d->len];
		free(g->path);
		free(g->msg);
	}
}

void diags_free(struct diags *d)
{
	diags_truncate(d, 0);
	free(d->v);
	memset(d, 0, sizeof(*d));
}
