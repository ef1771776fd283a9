#include "out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/text.h"

void names_of_bits(struct sbuf *b, unsigned bits, const char *const *names)
{
	int k = 0;
	for (int i = 0; names[i]; i++)
		if (bits & (1u << i))
			sbuf_printf(b, "%s%s", k++ ? ", " : "", names[i]);
}

int print_padded(const char *s, int width, bool right)
{
	int w = (int)utf8_width(s);
	if (right)
		printf("%*s", width > w ? width - w : 0, "");
	fputs(s, stdout);
	if (!right)
		printf("%*s", width > w ? width - w : 0, "");
	return w > width ? w : width;
}

int column_width(const char *heading, int width)
{
	int w = (int)utf8_width(heading);
	return w > width ? w : width;
}

void join_strs(struct sbuf *b, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sbuf_printf(b, "%s%s", i ? ", " : "", v[i]);
}

void yemit_bits(struct yemit *e, unsigned bits, const char *const *names)
{
	yemit_seq_flow(e);
	for (int i = 0; names[i]; i++)
		if (bits & (1u << i))
			yemit_word(e, names[i]);
	yemit_seq_end(e);
}

static void yemit_strs(struct yemit *e, const char *const *v, size_t n)
{
	yemit_seq_flow(e);
	for (size_t i = 0; i < n; i++)
		yemit_str(e, v[i]);
	yemit_seq_end(e);
}

void print_wrapped(const char *text, int indent, int width)
{
	print_hanging(text, indent, indent, width);
}

void print_hanging(const char *text, int first, int rest, int width)
{
	print_hanging_from(0, text, first, rest, width);
}

/* Inside a part kept on one line, spaces are held as no-break spaces
 * while it is wrapped; they are printed as spaces. */
#define KEPT_SPACE "\xc2\xa0"

void sbuf_glued(struct sbuf *b, const char *part)
{
	const char *p = part;
	while (*p == ' ')
		sbuf_putc(b, *p++);
	for (; *p; p++)
		if (*p == ' ')
			sbuf_puts(b, KEPT_SPACE);
		else
			sbuf_putc(b, *p);
}

void print_unglued(const char *line)
{
	for (const char *p = line; *p; p++)
		if (strncmp(p, KEPT_SPACE, 2) == 0)
			putchar(' '), p++;
		else
			putchar(*p);
}

struct wrap_print {
	int first, rest;
	bool continues; /* the first line goes on after text already printed */
};

static void wrap_print_line(void *ctx, int index, const char *line)
{
	const struct wrap_print *w = ctx;
	if (!*line) {
		putchar('\n'); /* a paragraph break */
		return;
	}
	if (index == 0 && w->continues)
		putchar(' ');
	else
		printf("%*s", index == 0 ? w->first : w->rest, "");
	print_unglued(line);
	putchar('\n');
}

static void hanging_from(int col, const char *text, int first, int rest, int width, bool decimal)
{
	/* sentences for people: the locale's decimal sign (12,5 kg in de_DE) */
	char *shown = NULL;
	if (decimal)
		text = decimal_show(text, &shown);
	struct wrap_print w = {first, rest, col > 0};
	int first_width = width - first;
	if (col > 0) {
		/* after text on the line: the first word there if it fits, else below */
		const char *p = text + strspn(text, " \n");
		if (col + 1 + (int)utf8_width_n(p, strcspn(p, " \n")) > width) {
			putchar('\n');
			w.continues = false;
		} else {
			first_width = width - col - 1;
		}
	}
	if (text_wrap(text, first_width, width - rest, TEXT_FOLD, wrap_print_line, &w) == 0 &&
	    col > 0 && w.continues)
		putchar('\n');
	free(shown);
}

void print_hanging_from(int col, const char *text, int first, int rest, int width)
{
	hanging_from(col, text, first, rest, width, true);
}

void print_typed_from(int col, const char *text, int first, int rest, int width)
{
	hanging_from(col, text, first, rest, width, false);
}

int yemit_to_stdout(struct yemit *e)
{
	if (!yemit_finish_to(e, stdout))
		return cli_fail(_("could not write YAML output"));
	return 0;
}

/* A CSV field, quoted when it needs to be (RFC 4180). */
void csv_field(FILE *fp, const char *s)
{
	if (!s)
		return;
	if (!strpbrk(s, ",\"\r\n")) {
		fputs(s, fp);
		return;
	}
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

void emit_program_head(struct yemit *e, const struct program *p)
{
	yemit_key(e, "id");
	yemit_word(e, p->id);
	yemit_key(e, "name");
	yemit_str(e, p->name);
	yemit_key(e, "summary");
	yemit_str(e, p->summary);
	yemit_key(e, "level");
	yemit_word(e, level_names[p->level]);
	yemit_key(e, "days_per_week");
	yemit_int(e, p->days_per_week);
	yemit_key(e, "minutes");
	yemit_int(e, p->minutes);
	yemit_key(e, "weeks");
	if (p->weeks)
		yemit_int(e, p->weeks);
	else
		yemit_null(e);
	yemit_key(e, "equipment");
	yemit_bits(e, p->equipment, equipment_names);
	yemit_key(e, "goals");
	yemit_strs(e, p->goals, p->n_goals);
}
