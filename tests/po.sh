#!/bin/sh
# Every catalogue compiles and covers every message: each po/LANG.po in
# po/LINGUAS passes msgfmt -c (header, plural forms, c-format directives that
# match the English), and merged with a template extracted now from the
# sources in po/POTFILES it has no untranslated and no fuzzy entry.  And
# every source file that marks a message is listed in po/POTFILES, so none
# is left out of the template.  Usage: po.sh SOURCE_ROOT
set -u
SRC=$1
T=$(mktemp -d /tmp/coach-po-XXXXXX)
trap 'rm -rf "$T"' EXIT
fail=0
cd "$SRC" || exit 1
# the keywords are po/meson.build's
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=P_:1,2 --keyword=NP_:1,2 --keyword=ngettext:1,2 \
	--add-comments=TRANSLATORS --package-name=coach -f po/POTFILES -o "$T/coach.pot" || exit 1
n=$(grep -c '^msgid ' "$T/coach.pot")
[ "$n" -gt 50 ] || { echo "FAIL: only $n messages extracted"; fail=1; }
for f in $(cat po/POTFILES); do
	[ -f "$f" ] || { echo "FAIL: po/POTFILES names $f, which does not exist"; fail=1; }
done
for f in $(grep -rlE '(^|[^A-Za-z0-9_])(N_|P_|_)\(' src --include='*.c' | sort); do
	grep -qx "$f" po/POTFILES || { echo "FAIL: $f marks messages but is not in po/POTFILES"; fail=1; }
done
langs=$(grep -v '^#' po/LINGUAS)
[ -n "$langs" ] || { echo "FAIL: po/LINGUAS names no language"; fail=1; }
for l in $langs; do
	po=po/$l.po
	if ! msgfmt -c -o "$T/$l.mo" "$po" 2>"$T/err"; then
		echo "FAIL: $po does not compile:"; cat "$T/err"; fail=1; continue
	fi
	msgmerge -q --no-fuzzy-matching -o "$T/$l.po" "$po" "$T/coach.pot" || { fail=1; continue; }
	msgattrib --untranslated --no-obsolete "$T/$l.po" >"$T/untr"
	msgattrib --only-fuzzy --no-obsolete "$T/$l.po" >"$T/fuzzy"
	if grep -q '^msgid "[^"]' "$T/untr" || [ "$(grep -c '^msgid' "$T/untr")" -gt 1 ]; then
		echo "FAIL: $po lacks translations of (run 'meson compile -C build coach-update-po', then"
		echo "      translate these in $po; README, Translations):"
		grep -A3 '^msgid' "$T/untr" | grep -v '^msgstr' | head -40
		fail=1
	fi
	if [ -s "$T/fuzzy" ]; then
		echo "FAIL: $po has fuzzy entries (check them, then drop the fuzzy flag):"
		grep -A2 '^msgid' "$T/fuzzy" | head -20
		fail=1
	fi
	stats=$(msgfmt --statistics -o /dev/null "$T/$l.po" 2>&1)
	echo "po $l: $stats"
done
[ "$fail" -eq 0 ] && echo "po: every catalogue compiles and covers all $n messages"
exit "$fail"
