/* The person's language: the crisis words the catalogues translate are
 * still the bundled file's (a stale one would never be shown), a translation
 * of a crisis text is shown only with its numbers unchanged, and the text
 * layer's decimal sign and dates stay the coach's own in the C locale. */
#include <stdlib.h>
#include <string.h>

#include "coach/crisis.h"
#include "coach/i18n.h"
#include "coach/text.h"
#include "suites.h"

static bool in_bundled(const struct crisis *c, const char *s)
{
	if (c->message && strcmp(c->message, s) == 0)
		return true;
	for (size_t i = 0; i < c->n_regions; i++) {
		const struct crisis_region *r = &c->regions[i];
		if (r->name && strcmp(r->name, s) == 0)
			return true;
		for (size_t k = 0; k < r->n_contacts; k++) {
			const struct crisis_contact *x = &r->contacts[k];
			if ((x->service && strcmp(x->service, s) == 0) ||
			    (x->how && strcmp(x->how, s) == 0))
				return true;
		}
	}
	return false;
}

START_TEST(every_translated_crisis_text_is_in_the_bundled_file)
{
	struct crisis_help h;
	struct diags d = {0};
	crisis_help_load(&h, SOURCE_PROGRAMS, NULL, NULL, &d);
	ck_assert_msg(!h.builtin && d.len == 0, "the bundled contacts file reads");
	size_t n = 0;
	for (const char *const *s = crisis_translated; *s; s++, n++)
		ck_assert_msg(in_bundled(&h.bundled, *s),
			      "'%s' is translated but no longer in crisis-contacts.yaml", *s);
	ck_assert_uint_ge(n, 10);
	/* and the German lines, the ones a de_DE locale chooses, are all of them */
	const struct crisis_region *de = NULL;
	for (size_t i = 0; i < h.bundled.n_regions; i++)
		if (strcmp(h.bundled.regions[i].id, "de") == 0)
			de = &h.bundled.regions[i];
	ck_assert_ptr_nonnull(de);
	for (size_t k = 0; k < de->n_contacts; k++) {
		bool found = false;
		for (const char *const *s = crisis_translated; *s; s++)
			found |= strcmp(*s, de->contacts[k].how) == 0;
		ck_assert_msg(found, "Germany's '%s' is not translated", de->contacts[k].how);
	}
	crisis_help_free(&h);
	diags_free(&d);
}
END_TEST

START_TEST(a_crisis_translation_keeps_every_number)
{
	ck_assert(crisis_same_numbers("call 0800 111 0 111 or 0800 111 0 222, 24/7",
				      "0800 111 0 111 oder 0800 111 0 222 anrufen, rund um die Uhr "
				      "(24/7)"));
	ck_assert(crisis_same_numbers("call 112 if you are in immediate danger",
				      "in akuter Gefahr: 112 anrufen"));
	ck_assert(crisis_same_numbers("no number here", "keine Nummer"));
	/* a digit changed, added, dropped, split or joined, or the order swapped */
	ck_assert(!crisis_same_numbers("call 0800 111 0 111", "0800 111 0 112 anrufen"));
	ck_assert(!crisis_same_numbers("call 112", "112 oder 110 anrufen"));
	ck_assert(!crisis_same_numbers("call 999 or 112", "999 anrufen"));
	ck_assert(!crisis_same_numbers("call 116 123", "116123 anrufen"));
	ck_assert(!crisis_same_numbers("call 116123", "116 123 anrufen"));
	ck_assert(!crisis_same_numbers("call 999 or 112", "112 oder 999 anrufen"));
	ck_assert(!crisis_same_numbers("Samaritans", "Samaritans 1"));
	/* without a catalogue (the C locale here): the English, and NULL stays NULL */
	const char *how = "call 112 if you are in immediate danger";
	ck_assert_ptr_eq(crisis_words(how), how);
	ck_assert_ptr_null(crisis_words(NULL));
	ck_assert_str_eq(crisis_words(""), "");
}
END_TEST

START_TEST(the_c_locale_keeps_the_point_and_the_coachs_dates)
{
	char *owned;
	const char *s = "12.5 kg, coach 0.1.0";
	ck_assert_ptr_eq(decimal_show(s, &owned), s);
	ck_assert_ptr_null(owned);
	ck_assert_str_eq(i18n_decimal(), ".");
	char d[32];
	/* 2026-11-26 is day 20783 since 1970-01-01 */
	ck_assert_str_eq(date_text(20783, false, d, sizeof(d)), "Thu 26 Nov");
}
END_TEST

Suite *suite_i18n(void)
{
	Suite *s = suite_create("i18n");
	TCase *t = tcase_create("i18n");
	tcase_add_test(t, every_translated_crisis_text_is_in_the_bundled_file);
	tcase_add_test(t, a_crisis_translation_keeps_every_number);
	tcase_add_test(t, the_c_locale_keeps_the_point_and_the_coachs_dates);
	suite_add_tcase(s, t);
	return s;
}
