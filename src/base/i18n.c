/* i18n.c - the locale from the environment and the coach's catalogue. */
#include "coach/i18n.h"

#include <langinfo.h>
#include <limits.h>
#include <stdio.h>
#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"

static char decimal_sign[8] = ".";
static char country[3];

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Where the compiled catalogues are (DIR/de/LC_MESSAGES/coach.mo), into buf. */
static const char *locale_dir(char *buf, size_t size)
{
	const char *env = getenv("COACH_LOCALEDIR");
	if (env && *env)
		return env;
	char exe[PATH_MAX], build[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return COACH_LOCALEDIR;
	exe[n] = '\0';
	/* an uninstalled build: the catalogues meson compiled into its po/ */
	if (realpath(COACH_BUILD_ROOT, build)) {
		size_t bl = strlen(build);
		if (strncmp(exe, build, bl) == 0 && exe[bl] == '/') {
			int w = snprintf(buf, size, "%s/po", build);
			if (w > 0 && (size_t)w < size && is_dir(buf))
				return buf;
		}
	}
	/* an install, perhaps moved: beside the binary */
	char *slash = strrchr(exe, '/');
	if (slash) {
		*slash = '\0';
		int w = snprintf(buf, size, "%s/%s", exe, COACH_BIN_TO_LOCALE);
		if (w > 0 && (size_t)w < size && is_dir(buf))
			return buf;
	}
	return COACH_LOCALEDIR;
}

/* "de_DE.UTF-8@euro" -> "DE"; nothing for C, POSIX or a bare language. */
static void locale_country(const char *name)
{
	country[0] = '\0';
	if (!name)
		return;
	const char *us = strchr(name, '_');
	if (!us || !us[1] || !us[2])
		return;
	char a = us[1], b = us[2];
	if (a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' &&
	    (us[3] == '\0' || us[3] == '.' || us[3] == '@')) {
		country[0] = a;
		country[1] = b;
		country[2] = '\0';
	}
}

void i18n_init(void)
{
	/* a locale the system lacks leaves "C": the coach then speaks English */
	if (!setlocale(LC_ALL, "")) {
		setlocale(LC_ALL, "C");
		/* the messages may still name a language whose catalogue exists */
		setlocale(LC_CTYPE, "");
		setlocale(LC_MESSAGES, "");
	}
	/* the decimal sign the locale shows, read before numbers go back to "C" */
	locale_t num = newlocale(LC_NUMERIC_MASK, "", (locale_t)0);
	if (num) {
		const char *radix = nl_langinfo_l(RADIXCHAR, num);
		if (radix && *radix && strlen(radix) < sizeof(decimal_sign))
			snprintf(decimal_sign, sizeof(decimal_sign), "%s", radix);
		freelocale(num);
	}
	/* files, YAML, CSV and everything read back keep the decimal point */
	setlocale(LC_NUMERIC, "C");
	locale_country(setlocale(LC_MESSAGES, NULL));
	char buf[PATH_MAX];
	bindtextdomain(COACH_TEXTDOMAIN, locale_dir(buf, sizeof(buf)));
	bind_textdomain_codeset(COACH_TEXTDOMAIN, "UTF-8");
	textdomain(COACH_TEXTDOMAIN);
}

static bool english_now;

void i18n_english(bool english)
{
	english_now = english;
	/* a domain with no catalogue anywhere: gettext gives back the English */
	textdomain(english ? COACH_TEXTDOMAIN "-english" : COACH_TEXTDOMAIN);
}

bool i18n_is_english(void)
{
	return english_now;
}

const char *i18n_decimal(void)
{
	return decimal_sign;
}

const char *i18n_country(void)
{
	return country[0] ? country : NULL;
}
