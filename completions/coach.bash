# bash completion for coach(1), the strength-training coach.
#
# Source this file, or install it as
#   /usr/share/bash-completion/completions/coach
# It works with or without the bash-completion package.

_coach_commands='validate programs show exercises profile checkin today log delete plan
	move history insights experiment report export forget crisis safety-plan screen recommend
	import status doctor help'
_coach_global_opts='--home --programs --profile --date --format -h --help -V --version'
# Every option that takes a value, of any command: the next word is its value.
_coach_arg_opts='--age --home --programs --profile --date --format --mood --energy
	--anxiety --sleep --soreness --name --units --level --weekdays --minutes
	--dumbbells --kettlebells --bands --bar --plates --machine --cable --dislikes --country
	--program --start --week --weeks --from --to --output --answers --days --equipment
	--goals --blocks --scale --seed --parq --unit'
_coach_profile_keys='name units level weekdays minutes age equipment.dumbbells
	equipment.kettlebells equipment.bands equipment.barbell equipment.barbell.bar
	equipment.barbell.plates equipment.bench equipment.pullup-bar equipment.machine
	equipment.cable dislikes
	health.hypertension health.parq_cleared country program start interface.bell
	interface.quiet_hours interface.colors'
_coach_weekdays='mon tue wed thu fri sat sun'
_coach_bands='tan yellow red green blue black silver gold'
_coach_countries='us ca gb ie au de eu other'
_coach_levels='beginner intermediate advanced'
_coach_equipment='bodyweight dumbbell kettlebell band barbell bench pullup-bar machine
	cable'
_coach_goals='mood anxiety strength general older-adult balance muscle'
_coach_patterns='squat hinge lunge push-h push-v pull-h pull-v core carry balance isolation'
_coach_scales='phq2 gad2 phq9 gad7'

# _coach_run ARGS...: run the coach being completed, with the --home and
# --programs options already on the line, so that its catalogue is the
# one the command will see.
_coach_run()
{
	local exe=${COMP_WORDS[0]} i j w v
	exe=${exe/#\~/$HOME}
	[[ $exe == */* && -x $exe ]] || exe=coach
	local -a extra=()
	for ((i = 1; i < ${#COMP_WORDS[@]}; i++)); do
		((i == COMP_CWORD)) && continue
		w=${COMP_WORDS[i]}
		case $w in
		--home | --programs)
			j=$((i + 1))
			[[ ${COMP_WORDS[j]-} == = ]] && ((j++))
			v=${COMP_WORDS[j]-}
			if ((j != COMP_CWORD)) && [[ -n $v ]]; then
				extra+=("$w" "${v/#\~/$HOME}")
			fi
			i=$j
			;;
		--home=?* | --programs=?*)
			v=${w#*=}
			extra+=("${w%%=*}" "${v/#\~/$HOME}")
			;;
		esac
	done
	command "$exe" "${extra[@]}" "$@" 2>/dev/null
}

_coach_program_ids()
{
	_coach_run programs --format yaml | sed -n 's/^- id: //p'
}

_coach_exercise_ids()
{
	_coach_run exercises --format yaml | sed -n 's/^- {id: \([^,]*\),.*/\1/p'
}

# _coach_add WORDS CUR: add the words that start with CUR to COMPREPLY.
_coach_add()
{
	local IFS=$' \t\n'
	COMPREPLY+=($(compgen -W "$1" -- "$2"))
}

# _coach_list WORDS CUR: complete the last item of a comma-separated list,
# leaving out the items already in it.
_coach_list()
{
	local IFS=$' \t\n' cur=$2 head= item w words=
	if [[ $cur == *,* ]]; then
		head=${cur%,*},
		cur=${cur##*,}
	fi
	for w in $1; do
		[[ ,$head == *,$w,* ]] || words+=" $w"
	done
	for item in $(compgen -W "$words" -- "$cur"); do
		COMPREPLY+=("$head$item")
	done
	compopt -o nospace 2>/dev/null
}

_coach_files()
{
	local IFS=$'\n'
	compopt -o filenames 2>/dev/null
	COMPREPLY+=($(compgen -f -- "$1"))
}

_coach_dirs()
{
	local IFS=$'\n'
	compopt -o filenames 2>/dev/null
	COMPREPLY+=($(compgen -d -- "$1"))
}

# _coach_value OPTION CUR COMMAND KEY: complete the value of an option.
_coach_value()
{
	local opt=$1 cur=$2 cmd=$3
	case $opt in
	--home | --programs | --output) _coach_dirs "$cur" ;;
	--profile) _coach_files "$cur" ;;
	--format)
		case $cmd in
		export) _coach_add 'yaml csv' "$cur" ;;
		history | '') _coach_add 'text yaml csv' "$cur" ;;
		plan) _coach_add 'text yaml ical' "$cur" ;;
		*) _coach_add 'text yaml' "$cur" ;;
		esac
		;;
	--mood | --energy | --anxiety | --soreness) _coach_add '1 2 3 4 5' "$cur" ;;
	--days) _coach_add '1 2 3 4 5 6 7' "$cur" ;;
	--blocks) _coach_add '6 8 10 12 14 16' "$cur" ;;
	--scale) _coach_add 'phq9 gad7' "$cur" ;;
	--units) _coach_add 'kg lb' "$cur" ;;
	--level) _coach_add "$_coach_levels" "$cur" ;;
	--country) _coach_add "$_coach_countries" "$cur" ;;
	--program) _coach_add "$(_coach_program_ids)" "$cur" ;;
	--weekdays) _coach_list "$_coach_weekdays" "$cur" ;;
	--bands) _coach_list "$_coach_bands" "$cur" ;;
	--equipment) _coach_list "$_coach_equipment" "$cur" ;;
	--goals) _coach_list "$_coach_goals" "$cur" ;;
	--dislikes) _coach_list "$(_coach_exercise_ids)" "$cur" ;;
	*) ;; # a date, a number, a name or answers: nothing to offer
	esac
}

# _coach_options COMMAND SUBCOMMAND: the options of a command.
_coach_options()
{
	case $1 in
	checkin) echo --mood --energy --anxiety --sleep --soreness ;;
	today) echo --mood --energy --anxiety --sleep --soreness --short ;;
	status) echo --short ;;
	profile)
		[[ $2 == init ]] && echo --name --units --level --weekdays --minutes --age \
			--dumbbells --kettlebells --bands --bar --plates --bench \
			--pullup-bar --machine --cable --dislikes --hypertension --parq-not-cleared \
			--parq --parq-cleared --country --program --start --force
		;;
	plan) echo --week --weeks ;;
	history) echo --from --to ;;
	export) echo --output --force ;;
	forget) echo --yes ;;
	delete) echo --yes ;;
	log) echo --replace --add ;;
	crisis) echo --country ;;
	safety-plan) echo --yes ;;
	screen) echo --answers ;;
	recommend) echo --level --days --minutes --age --equipment --goals ;;
	import) echo --dry-run --profile-too --strict --unit ;;
	experiment) [[ $2 == start ]] && echo --blocks --scale --seed ;;
	report) echo --output --from --to --notes --force ;;
	esac
}

_coach()
{
	local cur=${COMP_WORDS[COMP_CWORD]-}
	local prev=
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	COMPREPLY=()

	# An option's value: "--opt VALUE", "--opt=VALUE" split by bash at the
	# '=' into "--opt" "=" "VALUE", or "--opt=VALUE" kept whole.
	local opt= stop=$COMP_CWORD prefix=
	if [[ $cur == = && $prev == --* ]]; then
		opt=$prev cur= stop=$((COMP_CWORD - 1))
	elif [[ $prev == = ]] && ((COMP_CWORD >= 2)) &&
		[[ ${COMP_WORDS[COMP_CWORD - 2]} == --* ]]; then
		opt=${COMP_WORDS[COMP_CWORD - 2]} stop=$((COMP_CWORD - 2))
	elif [[ $cur == --*=* ]]; then
		opt=${cur%%=*} prefix=$opt= cur=${cur#*=}
	elif [[ " "$_coach_arg_opts" " == *[[:space:]]"$prev"[[:space:]]* && $prev == -* ]]; then
		opt=$prev stop=$((COMP_CWORD - 1))
	fi

	# The command and its positional arguments before the cursor.
	local -a args=()
	local i w skip=0
	for ((i = 1; i < stop; i++)); do
		w=${COMP_WORDS[i]}
		if ((skip)); then
			skip=0
			[[ $w == = ]] && skip=1 # "--opt" "=" "VALUE"
			continue
		fi
		case $w in
		--*=*) ;;
		-?*)
			[[ " "$_coach_arg_opts" " == *[[:space:]]"$w"[[:space:]]* ]] && skip=1
			;;
		*) args+=("$w") ;;
		esac
	done
	local cmd=${args[0]-} sub=${args[1]-}
	local npos=$((${#args[@]} - 1)) # positional arguments after the command

	if [[ -n $opt ]]; then
		_coach_value "$opt" "$cur" "$cmd"
		if [[ -n $prefix ]]; then
			COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
		fi
		return 0
	fi

	if [[ $cur == -* ]]; then
		_coach_add "$_coach_global_opts $(_coach_options "$cmd" "$sub")" "$cur"
		[[ $cmd == log ]] && _coach_add '-' "$cur"
		return 0
	fi

	if [[ -z $cmd ]]; then
		_coach_add "$_coach_commands" "$cur"
		return 0
	fi

	case $cmd in
	validate) _coach_files "$cur" ;;
	import) ((npos == 0)) && _coach_files "$cur" ;;
	show) ((npos == 0)) && _coach_add "$(_coach_program_ids)" "$cur" ;;
	exercises) ((npos == 0)) && _coach_add "$_coach_patterns" "$cur" ;;
	screen) ((npos == 0)) && _coach_add "$_coach_scales" "$cur" ;;
	experiment)
		if ((npos == 0)); then
			_coach_add 'start status stop' "$cur"
		elif [[ $sub == start ]] && ((npos == 1)); then
			_coach_add 'intensity frequency length' "$cur"
		fi
		;;
	help) ((npos == 0)) && _coach_add "$_coach_commands" "$cur" ;;
	log)
		if ((npos == 0)); then
			_coach_add '-' "$cur"
			_coach_files "$cur"
		fi
		;;
	profile)
		if ((npos == 0)); then
			_coach_add 'init show set' "$cur"
		elif [[ $sub == set ]]; then
			if ((npos == 1)); then
				_coach_add "$_coach_profile_keys" "$cur"
			elif ((npos == 2)); then
				case ${args[2]} in
				units) _coach_add 'kg lb' "$cur" ;;
				level) _coach_add "$_coach_levels" "$cur" ;;
				program) _coach_add "$(_coach_program_ids)" "$cur" ;;
				country) _coach_add "$_coach_countries" "$cur" ;;
				weekdays) _coach_list "$_coach_weekdays" "$cur" ;;
				equipment.bands) _coach_list "$_coach_bands" "$cur" ;;
				dislikes) _coach_list "$(_coach_exercise_ids)" "$cur" ;;
				equipment.barbell) _coach_add 'none' "$cur" ;;
				equipment.bench | equipment.pullup-bar | health.*)
					_coach_add 'true false' "$cur"
					;;
				esac
			fi
		fi
		;;
	esac
	return 0
}

complete -F _coach coach
