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
pairs=$(per_pair tests/bench/slab.c "$out/slab" instructions)
show_pairs "bench_slab_array|kmem_cache_alloc+free, per-CPU array on" \
	"bench_slab_noarray|kmem_cache_alloc+free, array off" \
	"bench_kmalloc|kmalloc(64)+kfree" "bench_glibc|glibc malloc(64)+free" <<<"$pairs"
awk '{ ir[$1] = $2 } END { if (ir["bench_glibc"] > 0)
	printf "  ratio slab (array on) / glibc %.2f\n", ir["bench_slab_array"] / ir["bench_glibc"] }' <<<"$pairs"
