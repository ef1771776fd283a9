#!/bin/sh
# Command-line tests, doctor: what the coach reads, and whether it is whole: the built coach on good and bad input,
# checking exit status, stdout and stderr.  Usage: doctor.sh COACH TESTS_DIR
. "$(dirname "$0")/lib.sh"

run doctor-fresh 0 "$COACH" --home "$T/doc" doctor
out_has 'catalogue: ok (.*programs), 11 programs, 130 exercises'
out_has 'profile: none yet'
out_has 'log: none yet'
I="$T/imphome"
"$COACH" --home "$I" profile init --parq no,no,no,no,no,no,no --units lb >/dev/null
"$COACH" --home "$I" import "$TESTS/data/import/strong.csv" >/dev/null
run doctor-imported 0 "$COACH" --home "$I" doctor
out_has 'log: ok (.*coach.db), sessions from 2026-'
mkdir -p "$T/doc/data" && chmod 700 "$T/doc/data"
head -c 8192 /dev/urandom >"$T/doc/data/coach.db" && chmod 600 "$T/doc/data/coach.db"
run doctor-damaged-log 1 "$COACH" --home "$T/doc" doctor
err_has 'coach.db'

finish doctor
