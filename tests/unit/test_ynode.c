#include <stdlib.h>
#include <string.h>

#include "coach/ynode.h"
#include "suites.h"

/* Parse text; return the first diagnostic (or NULL) and keep the stream in s. */
static const struct diag *parse(struct ystream *s, struct diags *d, const char *text, bool *ok)
{
	*ok = ystream_parse(s, "t.yaml", text, strlen(text), d);
	return d->len ? &d->v[0] : NULL;
}

#define EXPECT_ERROR(text_, line_, col_, substr_)                                                  \
	do {                                                                                       \
		struct ystream s_ = {0};                                                           \
		struct diags d_ = {0};                                                             \
		bool ok_;                                                                          \
		const struct diag *g_ = parse(&s_, &d_, text_, &ok_);                              \
		ck_assert(!ok_);                                                                   \
		ck_assert_ptr_nonnull(g_);                                                         \
		ck_assert_msg(strstr(g_->msg, substr_), "message '%s' lacks '%s'", g_->msg,        \
			      substr_);                                                            \
		ck_assert_int_eq(g_->line, line_);                                                 \
		ck_assert_int_eq(g_->col, col_);                                                   \
		ck_assert_uint_eq(s_.n_docs, 0); /* nothing half-loaded */                         \
		diags_free(&d_);                                                                   \
		ystream_free(&s_);                                                                 \
	} while (0)

START_TEST(tree_has_positions_and_kinds)
{
	struct ystream s = {0};
	struct diags d = {0};
	bool ok;
	parse(&s, &d, "a: 1\nb:\n  - x\n  - 'y'\nc: {k: v}\n", &ok);
	ck_assert(ok);
	ck_assert_uint_eq(s.n_docs, 1);
	const struct ynode *r = s.docs[0];
	ck_assert_int_eq(r->kind, YNODE_MAP);
	ck_assert_uint_eq(r->n, 3);
	const struct ynode *b = ynode_get(r, "b");
	ck_assert_int_eq(b->kind, YNODE_SEQ);
	ck_assert_uint_eq(b->n, 2);
	ck_assert_int_eq(b->kids[1]->line, 4);
	ck_assert_int_eq(b->kids[1]->col, 5);
	ck_assert(b->kids[0]->plain);
	ck_assert(!b->kids[1]->plain);
	ck_assert_str_eq(ynode_get(ynode_get(r, "c"), "k")->str, "v");
	ck_assert_ptr_null(ynode_get(r, "missing"));
	ystream_free(&s);
	diags_free(&d);
}
END_TEST

START_TEST(several_documents)
{
	struct ystream s = {0};
	struct diags d = {0};
	bool ok;
	parse(&s, &d, "a: 1\n---\na: 2\n---\na: 3\n", &ok);
	ck_assert(ok);
	ck_assert_uint_eq(s.n_docs, 3);
	ck_assert_str_eq(ynode_get(s.docs[2], "a")->str, "3");
	ck_assert_int_eq(s.docs[2]->line, 5);
	ystream_free(&s);
	diags_free(&d);
}
END_TEST

START_TEST(syntax_errors_carry_libyaml_position)
{
	/* an unclosed [ is reported where it opens, not where the parser gave up */
	EXPECT_ERROR("a: [1, 2\nb: 3\n", 1, 4, "did not find expected ',' or ']'");
	EXPECT_ERROR("a: 1\n b: 2\n", 2, 3, "mapping values are not allowed");
	EXPECT_ERROR("a:\n\t- 1\n", 2, 1, "tab");
}
END_TEST

START_TEST(aliases_anchors_and_tags_are_refused)
{
	EXPECT_ERROR("a: &x 1\nb: 2\n", 1, 4, "anchors");
	EXPECT_ERROR("a: [1]\nb: *x\n", 2, 4, "aliases");
	EXPECT_ERROR("a: !!binary aGk=\n", 1, 4, "tags");
	/* billion laughs: refused at the first anchor, nothing expanded */
	EXPECT_ERROR("a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n", 1, 4, "anchors");
}
END_TEST

START_TEST(depth_is_capped)
{
	char text[200];
	memset(text, '[', 40);
	memset(text + 40, ']', 40);
	text[80] = '\n';
	text[81] = '\0';
	EXPECT_ERROR(text, 1, YNODE_MAX_DEPTH + 1, "nested too deeply");
	/* 32 levels are fine */
	struct ystream s = {0};
	struct diags d = {0};
	bool ok;
	memset(text, '[', 32);
	memset(text + 32, ']', 32);
	text[64] = '\0';
	parse(&s, &d, text, &ok);
	ck_assert(ok);
	ystream_free(&s);
	diags_free(&d);
}
END_TEST

START_TEST(bad_bytes_are_refused_with_position)
{
	EXPECT_ERROR("name: ok\nbad: caf\xc3\n", 2, 9, "invalid UTF-8");
	EXPECT_ERROR("a: 1\nname: \xff\n", 2, 7, "invalid UTF-8");
	EXPECT_ERROR("name: \"x\x1b[31mred\"\n", 1, 9, "escape character");
	/* an escape written as a YAML escape sequence is caught too */
	EXPECT_ERROR("name: \"x\\e[31mred\"\n", 1, 7, "escape character");
	/* overlong encoding of '/' */
	EXPECT_ERROR("a: \xc0\xaf\n", 1, 4, "invalid UTF-8");
	/* C1 control U+0085 */
	EXPECT_ERROR("a: x\xc2\x85y\n", 1, 5, "control character");
}
END_TEST

/* Every bad byte is found at its own column, wherever it falls in a long
 * run of ASCII (the scan reads eight bytes at a time). */
START_TEST(a_bad_byte_is_found_at_any_offset)
{
	const unsigned char bad[] = {0x1b, 0x01, 0x7f, 0x80, 0xff, 0xc0};
	for (size_t k = 0; k < sizeof(bad); k++)
		for (int at = 0; at < 40; at++) {
			char buf[64];
			memset(buf, 'a', sizeof(buf));
			memcpy(buf, "key: ~\n", 7);
			buf[7 + at] = (char)bad[k];
			int line = 0, col = 0;
			const char *why = utf8_check(buf, sizeof(buf), &line, &col);
			ck_assert_msg(why, "byte %#x at %d not found", bad[k], at);
			ck_assert_int_eq(line, 2);
			ck_assert_int_eq(col, at + 1);
		}
	/* the printable edges and a valid multi-byte character pass */
	char ok[80];
	memset(ok, ' ', sizeof(ok));
	ok[13] = '~';
	ok[40] = '\t';
	memcpy(ok + 50, "\xc3\xa9", 2);
	int line, col;
	ck_assert_ptr_null(utf8_check(ok, sizeof(ok), &line, &col));
}
END_TEST

START_TEST(duplicate_keys_are_refused)
{
	/* reported, but the rest of the file is still read (the first value counts) */
	struct ystream s = {0};
	struct diags d = {0};
	bool ok;
	const struct diag *g = parse(&s, &d, "sets: 2\nreps: 8\nsets: 3\n", &ok);
	ck_assert(ok);
	ck_assert_ptr_nonnull(g);
	ck_assert_str_eq(g->msg, "duplicate key 'sets' (first at line 1)");
	ck_assert_int_eq(g->line, 3);
	ck_assert_int_eq(g->col, 1);
	ck_assert_str_eq(ynode_get(s.docs[0], "sets")->str, "2");
	ystream_free(&s);
	diags_free(&d);
}
END_TEST

START_TEST(size_is_capped)
{
	size_t n = YNODE_MAX_FILE + 10;
	char *big = malloc(n + 1);
	memset(big, '#', n);
	big[n] = '\0';
	struct ystream s = {0};
	struct diags d = {0};
	ck_assert(!ystream_parse(&s, "big.yaml", big, n, &d));
	ck_assert_ptr_nonnull(strstr(d.v[0].msg, "larger than"));
	free(big);
	ystream_free(&s);
	diags_free(&d);
}
END_TEST

START_TEST(unicode_text_is_kept)
{
	struct ystream s = {0};
	struct diags d = {0};
	bool ok;
	parse(&s, &d, "name: Kraft für Anfänger — ruhig\n", &ok);
	ck_assert(ok);
	ck_assert_str_eq(ynode_get(s.docs[0], "name")->str, "Kraft für Anfänger — ruhig");
	ystream_free(&s);
	diags_free(&d);
}
END_TEST

Suite *suite_ynode(void)
{
	Suite *s = suite_create("ynode");
	TCase *t = tcase_create("ynode");
	tcase_add_test(t, tree_has_positions_and_kinds);
	tcase_add_test(t, several_documents);
	tcase_add_test(t, syntax_errors_carry_libyaml_position);
	tcase_add_test(t, aliases_anchors_and_tags_are_refused);
	tcase_add_test(t, depth_is_capped);
	tcase_add_test(t, bad_bytes_are_refused_with_position);
	tcase_add_test(t, a_bad_byte_is_found_at_any_offset);
	tcase_add_test(t, duplicate_keys_are_refused);
	tcase_add_test(t, size_is_capped);
	tcase_add_test(t, unicode_text_is_kept);
	suite_add_tcase(s, t);
	return s;
}
