#!/usr/bin/env bash
# tests/bench/mempool.sh: the memory pools' benchmark (make bench).
#
# Builds tests/bench/mempool.c with the kernel's page_alloc.c, slab.c and
# mempool.c for the host at -O2, and counts with callgrind the
# instructions of one alloc+free pair on a slab cache three ways in the
# same run: the cache alone, a mempool in front of it, and the mempool
# serving from its reserve.  Prints numbers; never fails on them.
set -euo pipefail
cd "$(dirname "$0")/../.."
B=build
out=$B/bench
mkdir -p "$out"
gcc -std=gnu11 -O2 -g -D__HOST_TEST__ -Wall -Wextra -Werror -I$B/lined/include -Itests/host \
	-o "$out/mempool" tests/bench/mempool.c \
	$B/lined/mm/page_alloc.c $B/lined/mm/slab.c $B/lined/mm/mempool.c
if ! command -v valgrind >/dev/null; then
	echo "# mempool: valgrind not installed; no instruction counts (apt-get install valgrind)"
	exit 0
fi
pairs=$(sed -n 's/^#define PAIRS *\([0-9]*\).*/\1/p' tests/bench/mempool.c)
valgrind --tool=callgrind --callgrind-out-file="$out/mempool.callgrind" \
	"$out/mempool" >/dev/null 2>"$out/mempool.valgrind"
echo "# mempool: instructions per alloc+free pair, 96-byte slab cache (x86-64, -O2, callgrind)"
callgrind_annotate --inclusive=yes "$out/mempool.callgrind" 2>/dev/null |
	awk -v pairs="$pairs" '
	/bench_(cache|pool|pool_reserve)[ ]/ || /bench_(cache|pool|pool_reserve)$/ {
		n = $1; gsub(",", "", n)
		match($0, /bench_[a-z_]+/); f = substr($0, RSTART, RLENGTH)
		ir[f] = n / pairs
	}
	END {
		printf "  %-44s %8.1f\n", "kmem_cache_alloc+kmem_cache_free", ir["bench_cache"]
		printf "  %-44s %8.1f\n", "mempool_alloc+mempool_free over the cache", ir["bench_pool"]
		printf "  %-44s %8.1f\n", "mempool_alloc+mempool_free from the reserve", ir["bench_pool_reserve"]
	}'
