# sessions.awk -v n=N -v end=EPOCH: a coach log file of N sessions of 20 sets
# (eight exercises of gordon-home, two or three sets each), one a day from
# Monday to Saturday, the last the day before end.  310 sessions are a year.
BEGIN {
	split("goblet-squat dumbbell-floor-press dumbbell-deadlift dumbbell-row " \
	      "dumbbell-reverse-lunge dumbbell-lateral-raise crunch dumbbell-biceps-curl", slot, " ")
	t = end - 86400
	k = 0
	while (k < n) { # the dates, newest first
		if (strftime("%u", t, 1) != 7)
			date[k++] = strftime("%Y-%m-%d", t, 1)
		t -= 86400
	}
	for (i = n - 1; i >= 0; i--) {
		if (i < n - 1)
			print "---"
		print "coach_session: 1"
		print "date: " date[i]
		print "program: gordon-home"
		print "day: A"
		print "exercises:"
		for (j = 1; j <= 8; j++) {
			m = j <= 4 ? 3 : 2
			load = slot[j] == "crunch" ? 0 : 6 + (i % 40) / 4
			s = ""
			for (q = 0; q < m; q++)
				s = s (q ? ", " : "") sprintf("{reps: %d, load: %g}", 8 + (i + q) % 5, int(load))
			print "  - {id: " slot[j] ", sets: [" s "]}"
		}
	}
}
