# tests/bench/callgrind.sh: sourced by the host benchmarks.
#
# build_bench NAME SRC...: compile a host benchmark at -O2 from SRC (its
# own file and the kernel files it measures, from build/lined/) into
# build/bench/NAME, with the host tests' headers.
build_bench() {
	local name=$1
	shift
	mkdir -p build/bench
	gcc -std=gnu11 -O2 -g -D__HOST_TEST__ -Wall -Wextra -Werror \
		-Ibuild/lined/include -Itests/host -o "build/bench/$name" "$@"
}

# have_valgrind WHAT: true if valgrind is installed; otherwise says that
# WHAT gets no instruction counts, and how to get them.
have_valgrind() {
	command -v valgrind >/dev/null && return 0
	echo "# $1: valgrind not installed; no instruction counts (apt-get install valgrind)"
	return 1
}

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

# show_pairs "bench_NAME|label"...: print per_pair's lines (stdin) as a
# table, one row per argument, in the order given.
show_pairs() {
	awk -v rows="$(printf '%s\n' "$@")" '{ ir[$1] = $2 }
	END {
		n = split(rows, r, "\n")
		for (i = 1; i <= n; i++) { split(r[i], f, "|"); if (length(f[2]) > w) w = length(f[2]) }
		for (i = 1; i <= n; i++) { split(r[i], f, "|"); printf "  %-" w "s %8.1f\n", f[2], ir[f[1]] }
	}'
}
