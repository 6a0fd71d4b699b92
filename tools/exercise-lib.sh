# tools/exercise-lib.sh: sourced by the exercise tools (grade,
# check-exercises, exercise-start, mutants); see exercises/README.md.

# exercise_dir TREE NN: exercise NN's directory in TREE, without the
# trailing slash; prints nothing if there is no such exercise.
exercise_dir() {
	local d
	d=$(ls -d "$1"/exercises/"$2"-*/ 2>/dev/null | head -1) || true
	[ -z "$d" ] || echo "${d%/}"
}

# exercise_list TREE: the exercises' names, one per line, for messages.
exercise_list() {
	ls -d "$1"/exercises/[0-9][0-9]-*/ 2>/dev/null | xargs -n1 basename || true
}

# grader_hosts DIR: the host tests (test_x) exercise DIR's checks name.
grader_hosts() {
	grep -oE 'host/test_[a-z0-9_]+' "$1/grade.conf" | sed 's|^host/||' | sort -u
}

# write_answer DIR [N]: write exercise DIR's ANSWERS as a reader would,
# with N, or with the grade.conf's REFERENCE_ANSWER.
write_answer() {
	(. "$1/grade.conf" && echo "$ANSWER_KEY: ${2:-$REFERENCE_ANSWER}" >"$1/ANSWERS")
}
