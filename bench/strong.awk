# strong.awk -v rows=N: a Strong export of N rows (sets), 25 a workout of five
# barbell lifts, four workouts a day from 2002-01-01.
BEGIN {
	split("Squat (Barbell)|Bench Press (Barbell)|Deadlift (Barbell)|Overhead Press (Barbell)|Bent Over Row (Barbell)", ex, "|")
	print "Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps"
	t = 1009843200
	split("06 10 14 18", hour, " ")
	w = 0
	for (i = 0; i < rows; i++) {
		if (i % 25 == 0) {
			when = strftime("%Y-%m-%d", t + int(w / 4) * 86400, 1) " " hour[w % 4 + 1] ":00:00"
			w++
		}
		printf "%s,\"Workout %d\",\"%s\",%d,%d,kg,%d\n", when, w, ex[int((i % 25) / 5) + 1],
			i % 5 + 1, 40 + (i % 7) * 5, 5 + i % 4
	}
}
