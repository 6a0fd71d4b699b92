# tests/bench/callgrind.sh: sourced by the host benchmarks.
#
# per_pair SRC BIN [ARGS...]: run BIN under callgrind and print one line
# "bench_NAME instructions" for every bench_* function, divided by the
# PAIRS that SRC defines (inclusive counts: the function and its callees).
per_pair() {
	local src=$1 bin=$2 pairs
	shift 2
	pairs=$(sed -n 's/^#define PAIRS *\([0-9]*\).*/\1/p' "$src")
	valgrind --tool=callgrind --callgrind-out-file="$bin.callgrind" \
		"$bin" "$@" >/dev/null 2>"$bin.valgrind"
	callgrind_annotate --inclusive=yes "$bin.callgrind" 2>/dev/null |
		awk -v pairs="$pairs" 'match($0, /bench_[a-z_]+( |$)/) {
			n = $1; gsub(",", "", n)
			f = substr($0, RSTART, RLENGTH); sub(/ $/, "", f)
			printf "%s %.1f\n", f, n / pairs }'
}
