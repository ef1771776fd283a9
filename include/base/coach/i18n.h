/* i18n.h - the person's language (GNU gettext, text domain "coach").
 *
 * Every sentence a person reads goes through _() (or ngettext() when it
 * counts something, so each language gets its plural forms); a string kept
 * in a table and translated where it is shown is marked N_().  YAML keys,
 * format names, file contents and exports are never translated.
 *
 * The locale comes from the environment (LC_ALL, LC_MESSAGES, LANG).  Its
 * numeric part stays "C" for the whole process: files, YAML, CSV and every
 * number read back keep the decimal point; what is shown gets the locale's
 * decimal sign through the text layer (num_show, text.h).  A missing or
 * broken catalogue only means English: gettext returns the English text. */
#ifndef COACH_I18N_H
#define COACH_I18N_H

#include <libintl.h>
#include <stdbool.h>

#define COACH_TEXTDOMAIN "coach"

/* gettext's own name for it, which xgettext and every translator's tool know */
#define _(s) gettext(s) /* NOLINT(bugprone-reserved-identifier) */
#define N_(s) (s)
/* both forms of a counted message kept in a table, for P_() where shown:
 * {NP_("set", "sets")} (xgettext's keyword NP_:1,2) */
#define NP_(one, many) (one), (many)
/* one or many: "1 session" / "3 sessions", the language's own plural rule */
#define P_(one, many, n) ngettext((one), (many), (unsigned long)(n))

/* setlocale from the environment (LC_NUMERIC kept "C"), then the catalogue:
 * $COACH_LOCALEDIR, else the build tree's po/ when this is an uninstalled
 * build, else BINDIR/../share/locale beside the binary, else the configured
 * locale directory.  Never fails: without a locale or a catalogue the coach
 * speaks English. */
void i18n_init(void);

/* The English of every message while english is true: what a command
 * writes as YAML from the engine's sentences (coach today --format yaml:
 * its reasons and advisories) stays English, whatever the locale, while the
 * same sentences on screen are the person's language.  false: back to the
 * catalogue.  Numbers are not touched (they keep the point anyway). */
void i18n_english(bool english);
/* Whether i18n_english(true) is in force (to put it back as it was). */
bool i18n_is_english(void);

/* The locale's decimal sign for what is shown ("," in de_DE, "." in C). */
const char *i18n_decimal(void);
/* The two-letter country of the locale the messages are shown in
 * (LC_MESSAGES: "de_DE.UTF-8" -> "DE"), or NULL (C, POSIX, none). */
const char *i18n_country(void);

#endif
