#!/bin/sh
# Sourced by the tests that run the coach in another language.
# use_locale NAME DIR: make the locale NAME (de_DE.UTF-8) usable: the
# system's when it has it, else compiled with localedef (package locales)
# into DIR and exported as LOCPATH, so that no test needs root or changes the
# machine.  Returns 1 when neither works.
use_locale() {
	want=$(echo "$1" | sed 's/UTF-8/utf8/')
	if locale -a 2>/dev/null | grep -qx -e "$1" -e "$want"; then
		return 0
	fi
	lang=${1%%.*}
	mkdir -p "$2" || return 1
	[ -d "$2/$1" ] || localedef -i "$lang" -f UTF-8 "$2/$1" >/dev/null 2>&1 ||
		[ -f "$2/$1/LC_CTYPE" ] || return 1
	LOCPATH=$2
	export LOCPATH
}
