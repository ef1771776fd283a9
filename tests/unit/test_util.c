#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/arena.h"
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

START_TEST(utf8_width_counts_columns)
{
	ck_assert_uint_eq(utf8_width("Goblet squat"), 12);
	ck_assert_uint_eq(utf8_width("Kraft für Anfänger"), 18);
	ck_assert_uint_eq(utf8_width("休息"), 4); /* wide characters take two columns */
	ck_assert_uint_eq(utf8_width("a·b"), 3);
}
END_TEST

START_TEST(utf8_fit_never_splits_a_character)
{
	ck_assert_uint_eq(utf8_fit("Goblet squat", 6), 6);
	ck_assert_uint_eq(utf8_fit("Goblet", 60), 6);
	/* "für": f(1) ü(2 bytes) r(1) -> 2 columns = 3 bytes */
	ck_assert_uint_eq(utf8_fit("für", 2), 3);
	/* a wide character that does not fit is left out whole */
	ck_assert_uint_eq(utf8_fit("a休", 2), 1);
	ck_assert_uint_eq(utf8_fit("a休", 3), 4);
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

Suite *suite_util(void)
{
	Suite *s = suite_create("util");
	TCase *t = tcase_create("util");
	tcase_add_test(t, edit_distance_counts_edits);
	tcase_add_test(t, did_you_mean_suggests_near_misses_only);
	tcase_add_test(t, strmap_stores_and_finds);
	tcase_add_test(t, utf8_width_counts_columns);
	tcase_add_test(t, utf8_fit_never_splits_a_character);
	tcase_add_test(t, sbuf_grows);
	tcase_add_test(t, arena_gives_zeroed_aligned_memory);
	tcase_add_test(t, a_line_table_fills_then_drops);
	suite_add_tcase(s, t);
	return s;
}
