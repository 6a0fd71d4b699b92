#!/usr/bin/env bash
# tests/bench/vmalloc.sh KERNEL: the vmalloc chapter's measurements.
#
# Boots test=vmalloc_cost under -icount shift=0,sleep=off, where RDTSC
# counts guest instructions, so the numbers are exact and repeat from run
# to run: vmalloc+vfree against alloc_pages+__free_pages of the same size,
# and a one-page vmalloc+vfree with 0-256 areas ahead of it on the list.
# Prints numbers; never fails on them.
set -uo pipefail
here=$(dirname "$0")
. "$here/../../tools/qemu-lib.sh"
kernel=${1:-build/kernel.elf}
echo "# vmalloc: guest instructions (QEMU -icount shift=0, -m ${MEM:-128M})"
qemu-system-i386 "${QEMU_BASE_ARGS[@]}" -icount shift=0,sleep=off -m "${MEM:-128M}" \
	-kernel "$kernel" -append "test=vmalloc_cost" </dev/null 2>/dev/null |
	tr -d '\r' | sed -n 's/^# vmalloc \(cost\|search\): /  /p'
status=${PIPESTATUS[0]}
if [ "$status" != "$QEMU_PASS" ]; then
	echo "vmalloc bench: the measuring boot failed: $(exit_meaning "$status")" >&2
	exit 1
fi
exit 0
