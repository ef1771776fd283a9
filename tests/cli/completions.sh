#!/bin/sh
# The shell completions cannot drift from the program: every command that
# `coach --help` lists and every option that `coach help COMMAND` prints
# (from the option tables the parser reads) must be offered.
#   bash: the completion function is run as bash would run it, and what it
#         offers is compared;
#   zsh:  the command list (with its one-line summaries) and each command's
#         _arguments block are read from completions/_coach.
# Usage: completions.sh COACH SOURCE_ROOT
set -u
COACH=$1
SRC=$2
BASH_COMP=$SRC/completions/coach.bash
ZSH_COMP=$SRC/completions/_coach
pass=0
fail=0
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
ok() { pass=$((pass + 1)); }

commands=$("$COACH" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\)  .*/\1/p')
[ -n "$commands" ] || bad "coach --help lists no commands"

# options COMMAND: "--name" or "--name ARG", one a line, from coach help
options() {
	"$COACH" help "$1" | sed -n '/^Options:/,$s/^  \(--[a-z-]*\)\( [^ ]*\)\{0,1\}  .*/\1\2/p;
		/^Options:/,$s/^  \(--[a-z-]*\)\( [^ ]*\)\{0,1\}$/\1\2/p'
}

# complete WORD...: what the bash completion offers for the line "coach WORD...",
# the cursor on the last word
complete_bash() {
	bash -c '. "$1"; shift; COMP_WORDS=(coach "$@"); COMP_CWORD=$#; _coach;
		printf "%s\n" "${COMPREPLY[@]}"' sh "$BASH_COMP" "$@" 2>&1
}

# --- bash ---------------------------------------------------------------------
offered=$(complete_bash '')
for c in $commands; do
	if printf '%s\n' "$offered" | grep -qx -- "$c"; then ok; else bad "bash: command '$c' is not offered"; fi
done
arg_opts=$(bash -c '. "$1"; echo $_coach_arg_opts' sh "$BASH_COMP")
for c in $commands; do
	line=$c
	[ "$c" = profile ] && line="profile init --parq no,no,no,no,no,no,no"
	offered=$(complete_bash $line --)
	options "$c" | while read -r o arg; do
		if printf '%s\n' "$offered" | grep -qx -- "$o"; then :; else
			echo "FAIL: bash: 'coach $line $o' is not offered"
		fi
		# an option with a value: its next word is the value, not a command word
		if [ -n "$arg" ]; then
			case " $arg_opts " in
			*" $o "*) ;;
			*) echo "FAIL: bash: $o takes a value ($arg) but is not in _coach_arg_opts" ;;
			esac
		fi
	done >"${TMPDIR:-/tmp}/coach-comp.$$"
	if [ -s "${TMPDIR:-/tmp}/coach-comp.$$" ]; then
		cat "${TMPDIR:-/tmp}/coach-comp.$$"
		fail=$((fail + $(wc -l <"${TMPDIR:-/tmp}/coach-comp.$$")))
	else
		ok
	fi
	rm -f "${TMPDIR:-/tmp}/coach-comp.$$"
done

# --- zsh ----------------------------------------------------------------------
# each command with the summary coach --help gives it
"$COACH" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\)  *\(.*\)/\1:\2/p' |
	while IFS= read -r entry; do
		# zsh quotes ' as '\'' inside its single-quoted list
		quoted=$(printf '%s' "$entry" | sed "s/'/'\\\\''/g")
		if grep -qF -- "'$quoted'" "$ZSH_COMP"; then :; else
			echo "FAIL: zsh: _coach_commands lacks '$entry'"
		fi
	done >"${TMPDIR:-/tmp}/coach-zsh.$$"
# each command's options inside its case branch "(name)" or "(a|name)"
for c in $commands; do
	block=$(awk -v c="$c" '
		/^    \([a-z|]+\)$/ { name = $1; gsub(/[()]/, "", name); n = split(name, v, "|");
			inside = 0; for (i = 1; i <= n; i++) if (v[i] == c) inside = 1; next }
		/^      ;;$/ { inside = 0 }
		inside { print }' "$ZSH_COMP")
	[ "$c" = checkin ] || [ "$c" = today ] &&
		block="$block $(sed -n '/checkin_opts=(/,/^  )/p' "$ZSH_COMP")"
	if [ -z "$block" ]; then
		echo "FAIL: zsh: no case for '$c'"
		continue
	fi
	options "$c" | while read -r o arg; do
		want="'$o["
		[ -n "$arg" ] && want="'$o=["
		if printf '%s\n' "$block" | grep -qF -- "$want"; then :; else
			echo "FAIL: zsh: '$c' lacks $want"
		fi
	done
done >>"${TMPDIR:-/tmp}/coach-zsh.$$"
if [ -s "${TMPDIR:-/tmp}/coach-zsh.$$" ]; then
	cat "${TMPDIR:-/tmp}/coach-zsh.$$"
	fail=$((fail + $(wc -l <"${TMPDIR:-/tmp}/coach-zsh.$$")))
else
	ok
fi
rm -f "${TMPDIR:-/tmp}/coach-zsh.$$"

echo "completions: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
