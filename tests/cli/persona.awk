# persona.awk - a simulated person doing what `coach today --format yaml`
# prescribed, written out as a `coach log` session document.
#
# Variables (awk -v): date, effort, session (sessions trained so far), loads_have
# (the dumbbells, comma-separated, for working up on a calibration), checkin
# (a flow map or ""), swap ("SLOT=EXERCISE" or ""), curve (a file: one line
# "date slot exercise load sets rir reps_min reps_max" per loaded exercise prescribed
# is appended).
#
# The person has a true one-repetition maximum per exercise (strength[] below,
# in kg, growing 1% a session trained: novices gain about 23% in 8 weeks,
# Gordon 2020) and reps to failure at a load by Epley solved for reps
# (science.md: 1RM = w (1 + r/30)).  effort:
#   honest   stops with the prescribed reps in reserve, at most the top of the
#            range, and logs the reps in reserve that were really left
#   half     the same, but logs only half of the prescribed sets (rounded
#            down) where more than one is prescribed
#   failure  every prescribed set at the top of the range, logged at RIR 0
#   top      every prescribed set at the top of the range, logged at the prescribed
#            reps in reserve (a person who always has the reps in hand); a calibration
#            is done at the load given, not worked up
# A calibration (`calibration: true`) is worked up, as the coach asks: from the
# load given, a weight about half as heavy again for each next set until one
# leaves 6 or fewer reps in reserve (honest and half only).
BEGIN {
	strength["goblet-squat"] = 30
	strength["dumbbell-floor-press"] = 24
	strength["dumbbell-deadlift"] = 40
	strength["dumbbell-row"] = 26
	strength["dumbbell-reverse-lunge"] = 20
	strength["dumbbell-lateral-raise"] = 9
	strength["dumbbell-biceps-curl"] = 13
	strength["barbell-back-squat"] = 80
	strength["barbell-bench-press"] = 60
	strength["barbell-row"] = 55
	strength["barbell-overhead-press"] = 40
	strength["barbell-deadlift"] = 100
	n = 0
}
function flush() {
	if (id == "")
		return
	n++
	ids[n] = id; slots[n] = slot; nsets[n] = sets; lo[n] = rmin; hi[n] = rmax
	loads[n] = load; rirs[n] = rir; cals[n] = cal
	id = ""
}
/^- id: / { flush(); id = $3; slot = ""; sets = 0; rmin = 0; rmax = 0; load = "null"; rir = 2; cal = 0; next }
id != "" && /^  calibration: true/ { cal = 1 }
id != "" && /^  slot: / { slot = $2 }
id != "" && /^  sets: / { sets = $2 }
id != "" && /^  reps_min: / { rmin = $2 }
id != "" && /^  reps_max: / { rmax = $2 }
id != "" && /^  load: / { load = $2 }
id != "" && /^  rir: / { rir = $2 }
/^[a-z_]+:/ && !/^exercises:/ { flush() }
function reps_to_failure(e, l,   r) {
	if (l <= 0)
		return 30
	r = int(30 * (e / l - 1))
	return r < 0 ? 0 : r > 30 ? 30 : r
}
# the next load a person working up takes: about half as heavy again, from the
# dumbbells they have (loads, comma-separated) or a bar in 2.5 steps
function heavier(x, l,   want, i, k, have, best) {
	want = 1.5 * l
	if (x ~ /^barbell/) {
		best = 20
		while (best < want - 1e-9)
			best += 2.5
		return best
	}
	k = split(loads_have, have, ",")
	best = ""
	for (i = 1; i <= k; i++)
		if (have[i] + 0 >= want - 1e-9 && (best == "" || have[i] + 0 < best))
			best = have[i] + 0
	for (i = 1; best == "" && i <= k; i++)
		if (have[i] + 0 > l + 1e-9)
			best = have[i] + 0
	return best == "" ? l : best
}
# one set at load l: reps and reps in reserve really left (honest), printed
function one_set(l, hi, rir,   f, r, q) {
	f = reps_to_failure(e, l)
	r = f - rir
	if (r > hi) r = hi
	if (r < 1) r = 1
	q = f - r
	if (q > 10) q = 10
	if (q < 0) q = 0
	printf "      - {reps: %d, load: %s, rir: %d}\n", r, l, q
	return q
}
END {
	flush()
	print "coach_session: 1"
	print "date: " date
	if (checkin != "")
		print "checkin: " checkin
	print "exercises:"
	split(swap, sw, "=")
	for (i = 1; i <= n; i++) {
		x = ids[i]
		if (swap != "" && slots[i] == sw[1])
			x = sw[2]
		k = nsets[i]
		if (effort == "half" && nsets[i] > 1)
			k = int(nsets[i] / 2)
		print "  - id: " x
		print "    slot: " slots[i]
		print "    sets:"
		loaded = loads[i] != "null" && loads[i] ~ /^[0-9.]+$/
		e = (x in strength ? strength[x] : 20) * (1 + 0.01 * session)
		if (loaded && curve != "")
			printf("%s %s %s %s %s %s %s %s\n", date, slots[i], x, loads[i], nsets[i],
			       rirs[i], lo[i], hi[i]) >> curve
		if (loaded && cals[i] && effort != "failure" && effort != "top") {
			# calibration: work up until a set leaves 6 or fewer in reserve, then the
			# rest of the prescribed sets at that load
			l = loads[i]; s = 0
			while (1) {
				q = one_set(l, hi[i], rirs[i]); s++
				if (q <= 6 || s >= 8 || heavier(x, l) <= l) break
				l = heavier(x, l)
			}
			for (; s < k; s++)
				one_set(l, hi[i], rirs[i])
			continue
		}
		for (s = 1; s <= k; s++) {
			if (effort == "failure") {
				r = hi[i]; q = 0
			} else if (effort == "top") {
				r = hi[i]; q = rirs[i]
			} else if (loaded) {
				f = reps_to_failure(e, loads[i])
				r = f - rirs[i]
				if (r > hi[i]) r = hi[i]
				if (r < 1) r = 1
				q = f - r
				if (q > 10) q = 10
				if (q < 0) q = 0
			} else {
				r = hi[i]; q = rirs[i]
			}
			if (loaded)
				printf "      - {reps: %d, load: %s, rir: %d}\n", r, loads[i], q
			else
				printf "      - {reps: %d, rir: %d}\n", r, q
		}
	}
}
