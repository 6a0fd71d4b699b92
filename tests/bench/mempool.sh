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
. tests/bench/callgrind.sh
out=build/bench
build_bench mempool tests/bench/mempool.c \
	build/lined/mm/page_alloc.c build/lined/mm/slab.c build/lined/mm/mempool.c
have_valgrind mempool || exit 0
echo "# mempool: instructions per alloc+free pair, 96-byte slab cache (x86-64, -O2, callgrind)"
per_pair tests/bench/mempool.c "$out/mempool" |
	show_pairs "bench_cache|kmem_cache_alloc+kmem_cache_free" \
		"bench_pool|mempool_alloc+mempool_free over the cache" \
		"bench_pool_reserve|mempool_alloc+mempool_free from the reserve"
