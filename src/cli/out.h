/* out.h - small shared pieces of text output for the subcommands. */
#ifndef COACH_CLI_OUT_H
#define COACH_CLI_OUT_H

#include <stdbool.h>
#include <stdio.h>

#include "coach/util.h"
#include "coach/yemit.h"

/* "a, b, c" for the names whose bit is set. */
void names_of_bits(struct sbuf *b, unsigned bits, const char *const *names);
/* s in width terminal columns (its umlauts one column each), padded with
 * spaces after it, or before it when right; returns the columns taken. */
int print_padded(const char *s, int width, bool right);
/* A table's column: width, or the heading's width when that is wider (a
 * German heading). */
int column_width(const char *heading, int width);
/* "a, b, c" for an array of strings. */
void join_strs(struct sbuf *b, const char *const *v, size_t n);
/* Emit a flow list of the names whose bit is set. */
void yemit_bits(struct yemit *e, unsigned bits, const char *const *names);
/* Print text to stdout wrapped at width columns, each line starting with indent. */
void print_wrapped(const char *text, int indent, int width);
/* The same with a hanging indent: the first line at `first`, the rest at `rest`. */
void print_hanging(const char *text, int first, int rest, int width);
/* The same on a line already col columns long: the first word follows after
 * a space. */
void print_hanging_from(int col, const char *text, int first, int rest, int width);
/* The same for text about what the person types (an option's help): its
 * numbers keep the point ("--sleep 6.5"), whatever the locale. */
void print_typed_from(int col, const char *text, int first, int rest, int width);
/* Append part to b to be kept on one line by the print_* functions below
 * (its spaces after the leading ones held as no-break spaces); and print a
 * wrapped line with those as spaces again. */
void sbuf_glued(struct sbuf *b, const char *part);
void print_unglued(const char *line);
/* Finish a YAML document to stdout; returns 0 or an exit status. */
int yemit_to_stdout(struct yemit *e);
/* A CSV field, quoted when it needs to be (RFC 4180). */
void csv_field(FILE *fp, const char *s);
struct program;
/* The keys `coach programs` and `coach show` give every program: id, name,
 * summary, level, days_per_week, minutes, weeks, equipment, goals. */
void emit_program_head(struct yemit *e, const struct program *p);

#endif
