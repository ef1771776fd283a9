#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/arena.h"
#include "coach/termsafe.h"
#include "coach/util.h"
#include "suites.h"

START_TEST(edit_distance_counts_edits)
{
	ck_assert_uint_eq(edit_distance("reps", "reps", 3), 0);
	ck_assert_uint_eq(edit_distance("rpes", "reps", 3), 2); /* a swap is two edits */
	ck_assert_uint_eq(edit_distance("rep", "reps", 3), 1);
	ck_assert_uint_eq(edit_distance("kitten", "sitting", 5), 3);
	/* capped: never more than limit + 1 */
	ck_assert_uint_eq(edit_distance("abcdefgh", "zzzzzzzz", 2), 3);
}
END_TEST

START_TEST(did_you_mean_suggests_near_misses_only)
{
	const char *const keys[] = {"sets", "reps", "rir", "rest_s", "tempo", NULL};
	ck_assert_str_eq(did_you_mean("rpes", keys), "reps");
	ck_assert_str_eq(did_you_mean("tmepo", keys), "tempo");
	ck_assert_str_eq(did_you_mean("rest_sec", keys), "rest_s");
	ck_assert_str_eq(did_you_mean("rest", keys), "reps"); /* one edit beats two */
	ck_assert_ptr_null(did_you_mean("colour", keys));
	ck_assert_ptr_null(did_you_mean("x", keys));
}
END_TEST

START_TEST(strmap_stores_and_finds)
{
	struct strmap m = {0};
	char keys[300][16];
	for (int i = 0; i < 300; i++) {
		snprintf(keys[i], sizeof(keys[i]), "key-%d", i);
		ck_assert_ptr_null(strmap_put(&m, keys[i], keys[i]));
	}
	ck_assert_uint_eq(m.len, 300);
	for (int i = 0; i < 300; i++)
		ck_assert_ptr_eq(strmap_get(&m, keys[i]), keys[i]);
	ck_assert_ptr_null(strmap_get(&m, "key-300"));
	/* a second put of a key keeps the first value and returns it */
	ck_assert_ptr_eq(strmap_put(&m, "key-7", keys[0]), keys[7]);
	ck_assert_ptr_eq(strmap_get(&m, "key-7"), keys[7]);
	strmap_free(&m);
}
END_TEST

START_TEST(sbuf_grows)
{
	struct sbuf b = {0};
	ck_assert_str_eq(sbuf_str(&b), "");
	for (int i = 0; i < 1000; i++)
		sbuf_printf(&b, "%d,", i % 10);
	ck_assert_uint_eq(b.len, 2000);
	ck_assert_int_eq(strncmp(b.s, "0,1,2,", 6), 0);
	sbuf_free(&b);
}
END_TEST

START_TEST(arena_gives_zeroed_aligned_memory)
{
	struct arena a = {0};
	for (int i = 0; i < 5000; i++) {
		char *p = arena_alloc(&a, (size_t)(i % 37) + 1);
		ck_assert_int_eq(p[0], 0);
		ck_assert_uint_eq((uintptr_t)p % _Alignof(max_align_t), 0);
	}
	char *big = arena_alloc(&a, 100000);
	big[99999] = 'x';
	ck_assert_str_eq(arena_strdup(&a, "ladder"), "ladder");
	arena_free(&a);
	arena_free(&a); /* twice is harmless */
}
END_TEST

static char table[3][12];
static size_t n_lines;
static void add(const char *fmt, ...) COACH_PRINTF(1, 2);
static void add(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	LINES_VADDF(table, &n_lines, fmt, ap);
	va_end(ap);
}

START_TEST(a_line_table_fills_then_drops)
{
	add("mood %d/5", 2);
	add("a line longer than its width");
	add("third");
	add("fourth goes nowhere");
	ck_assert_uint_eq(n_lines, 3);
	ck_assert_str_eq(table[0], "mood 2/5");
	ck_assert_str_eq(table[1], "a line long"); /* cut at 11 bytes and a NUL */
	ck_assert_str_eq(table[2], "third");
}
END_TEST

/* s made safe, fed in pieces of `step` bytes (0: in one piece). */
static char *safe_in_steps(const char *s, size_t step, bool one_line)
{
	struct termsafe t = {.one_line = one_line};
	struct sbuf b = {0};
	size_t len = strlen(s);
	if (!step)
		step = len ? len : 1;
	for (size_t i = 0; i < len; i += step)
		termsafe_feed(&t, s + i, len - i < step ? len - i : step, &b);
	termsafe_end(&t, &b);
	return b.s ? b.s : xstrdup("");
}

START_TEST(outside_text_never_reaches_the_terminal_raw)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		/* what the report sent through import and file names */
		{"\033]0;PWNED\007\033[31mRED\033[0m", "\\x1b]0;PWNED\\x07\\x1b[31mRED\\x1b[0m"},
		{"\033[2J\033[31mboom", "\\x1b[2J\\x1b[31mboom"},
		{"\033]52;c;aGk=\007", "\\x1b]52;c;aGk=\\x07"}, /* OSC 52, the clipboard */
		{"a\rb\bc\x7f", "a\\x0db\\x08c\\x7f"},
		{"C1 \xc2\x9b"
		 "31m",
		 "C1 <U+009B>31m"},
		{"bidi \xe2\x80\xae"
		 "txt.exe",
		 "bidi <U+202E>txt.exe"},
		{"\xe2\x81\xa6x\xe2\x81\xa9 \xe2\x80\x8e\xe2\x80\x8f\xd8\x9c",
		 "<U+2066>x<U+2069> <U+200E><U+200F><U+061C>"},
		{"bad \xff\xfe", "bad \\xff\\xfe"},
		{"overlong \xc0\xaf \xe0\x80\xaf", "overlong \\xc0\\xaf \\xe0\\x80\\xaf"},
		{"surrogate \xed\xa0\x80", "surrogate \\xed\\xa0\\x80"},
		{"cut \xe2\x80", "cut \\xe2\\x80"},
		{"cut \xe2\x80x", "cut \\xe2\\x80x"},
		/* what must pass unchanged */
		{"Goblet squat \xc2\xb7 set 1 of 3 \xe2\x80\x94 caf\xc3\xa9 \xe2\x94\x80 "
		 "\xf0\x9f\x92\xaa",
		 "Goblet squat \xc2\xb7 set 1 of 3 \xe2\x80\x94 caf\xc3\xa9 \xe2\x94\x80 "
		 "\xf0\x9f\x92\xaa"},
		{"two\nlines\tand a tab", "two\nlines\tand a tab"},
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		/* whole, and cut at every byte (a character split between writes) */
		for (size_t step = 0; step <= 3; step++) {
			char *got = safe_in_steps(cases[i].in, step, false);
			ck_assert_msg(strcmp(got, cases[i].out) == 0, "case %zu step %zu: '%s'", i,
				      step, got);
			free(got);
		}
	}
	/* a diagnostic stays on one line whatever a value holds */
	char *line = termsafe_line("'ab cd\nef\n\ngh' is not\ta valid id");
	ck_assert_str_eq(line, "'ab cd\\nef\\n\\ngh' is not\\ta valid id");
	free(line);
}
END_TEST

Suite *suite_util(void)
{
	Suite *s = suite_create("util");
	TCase *t = tcase_create("util");
	tcase_add_test(t, edit_distance_counts_edits);
	tcase_add_test(t, did_you_mean_suggests_near_misses_only);
	tcase_add_test(t, strmap_stores_and_finds);
	tcase_add_test(t, sbuf_grows);
	tcase_add_test(t, arena_gives_zeroed_aligned_memory);
	tcase_add_test(t, a_line_table_fills_then_drops);
	tcase_add_test(t, outside_text_never_reaches_the_terminal_raw);
	suite_add_tcase(s, t);
	return s;
}
