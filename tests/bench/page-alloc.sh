#!/usr/bin/env bash
# tests/bench/page-alloc.sh: the page allocator's benchmarks (make bench).
#
# Builds tests/bench/page_alloc.c with the kernel's mm/page_alloc.c for
# the host at -O2, prints zone-lock acquisitions per 1000 order-0
# operations with the per-CPU lists on and off, and counts with callgrind
# the instructions of one order-0 alloc+free pair three ways: a bare free
# list, the allocator with its lists, and the allocator without them.
# Prints numbers; never fails on them.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/bench/callgrind.sh
out=build/bench
build_bench page_alloc tests/bench/page_alloc.c build/lined/mm/page_alloc.c
echo "# page allocator: zone lock"
"$out/page_alloc" locks
have_valgrind "page allocator" || exit 0
echo "# page allocator: instructions per order-0 alloc+free pair (x86-64, -O2, callgrind)"
per_pair tests/bench/page_alloc.c "$out/page_alloc" instructions |
	show_pairs "bench_bare_list|bare free list (list_del+list_add)" \
		"bench_pcp_on|alloc_page+__free_page, lists on" \
		"bench_pcp_off|alloc_page+__free_page, lists off"
