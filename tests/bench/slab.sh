#!/usr/bin/env bash
# tests/bench/slab.sh: the slab allocator's benchmarks (make bench).
#
# Builds tests/bench/slab.c with the kernel's mm/slab.c and mm/page_alloc.c
# for the host at -O2, prints per-CPU array hit rates on steady workloads
# and kmalloc's waste against rounding each request to whole pages, and
# counts with callgrind the instructions of one alloc+free pair of a
# 64-byte object four ways in one run: kmem_cache_alloc/free with the
# per-CPU array on and off, kmalloc/kfree, and glibc's malloc/free.
# Prints numbers; never fails on them.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/bench/callgrind.sh
out=build/bench
build_bench slab tests/bench/slab.c build/lined/mm/slab.c build/lined/mm/page_alloc.c
"$out/slab" hitrate
"$out/slab" waste
have_valgrind slab || exit 0
echo "# slab: instructions per alloc+free pair of 64 bytes (x86-64, -O2, callgrind)"
per_pair tests/bench/slab.c "$out/slab" instructions |
	awk '{ ir[$1] = $2 }
	END {
		printf "  %-40s %8.1f\n", "kmem_cache_alloc+free, per-CPU array on", ir["bench_slab_array"]
		printf "  %-40s %8.1f\n", "kmem_cache_alloc+free, array off", ir["bench_slab_noarray"]
		printf "  %-40s %8.1f\n", "kmalloc(64)+kfree", ir["bench_kmalloc"]
		printf "  %-40s %8.1f\n", "glibc malloc(64)+free", ir["bench_glibc"]
		if (ir["bench_glibc"] > 0)
			printf "  %-40s %8.2f\n", "ratio slab (array on) / glibc", ir["bench_slab_array"] / ir["bench_glibc"]
	}'
