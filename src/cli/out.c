#include "out.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

void names_of_bits(struct sbuf *b, unsigned bits, const char *const *names)
{
	int k = 0;
	for (int i = 0; names[i]; i++)
		if (bits & (1u << i))
			sbuf_printf(b, "%s%s", k++ ? ", " : "", names[i]);
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

void print_hanging_from(int col, const char *text, int first, int rest, int width)
{
	int indent = first;
	const char *p = text;
	while (*p) {
		if (*p == '\n') {
			/* keep paragraph breaks, fold single newlines into spaces */
			if (p[1] == '\n') {
				if (col)
					putchar('\n');
				putchar('\n');
				col = 0;
				while (*p == '\n')
					p++;
				continue;
			}
			p++;
			continue;
		}
		if (*p == ' ') {
			p++;
			continue;
		}
		size_t len = strcspn(p, " \n");
		int w = (int)utf8_width_n(p, len);
		/* a unit stays with its number: "2 s)" never breaks before "s)" */
		size_t glue = 0;
		if (p[len] == ' ') {
			const char *nx = p + len + 1;
			size_t nl = strcspn(nx, " \n");
			static const char *const units[] = {
				"s",   "s)",  "s.",  "s;",   "s,",   "kg", "kg.", "kg,", "lb",
				"lb.", "lb,", "min", "min.", "min,", "h",  "h)",  NULL};
			for (const char *const *u = units; *u; u++)
				if (strlen(*u) == nl && strncmp(nx, *u, nl) == 0)
					glue = nl + 1;
		}
		int gw = w + (int)glue;
		if (col && col + 1 + gw > width) {
			putchar('\n');
			col = 0;
			indent = rest;
		}
		if (col == 0) {
			printf("%*s", indent, "");
			col = indent;
		} else {
			putchar(' ');
			col++;
		}
		fwrite(p, 1, len + glue, stdout);
		col += gw;
		p += len + glue;
	}
	if (col)
		putchar('\n');
}

int yemit_to_stdout(struct yemit *e)
{
	if (!yemit_finish_to(e, stdout))
		return cli_fail("could not write YAML output");
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
