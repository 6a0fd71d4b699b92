#!/usr/bin/env bash
# tests/bench/boot-time.sh KERNEL: boot-to-monitor wall time, median of 5,
# at several memory sizes.  The run is "boot, reach the monitor, read
# 'halt', exit", so it measures boot plus one command; the command costs
# well under a millisecond.  A benchmark, not a test: it never fails on
# time.
set -uo pipefail
here=$(dirname "$0")
. "$here/../../tools/qemu-lib.sh"
kernel=${1:-build/kernel.elf}
RUNS=${RUNS:-5}

# one_boot MEM: milliseconds for one boot-to-halt.
one_boot() {
	local t0 t1
	t0=$(date +%s%N)
	printf 'halt\n' | qemu-system-i386 "${QEMU_BASE_ARGS[@]}" -m "$1" -kernel "$kernel" >/dev/null 2>&1
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}

# icount MEM: under -icount shift=0 the TSC counts instructions, so the
# kernel's own "mem_map initialised" and "boot:" lines become exact
# instruction counts, identical from run to run.
icount() {
	printf 'halt\n' | qemu-system-i386 "${QEMU_BASE_ARGS[@]}" -icount shift=0,sleep=off \
		-m "$1" -kernel "$kernel" 2>/dev/null | tr -d '\r' | awk -v m="$1" '
		/^mem_map initialised:/ { pages = $3; mm = $6 }
		/^boot: / { boot = $2 }
		END { printf "  -m %-5s mem_map: %8d pages, %11d instructions (%.1f per page); boot: %11d instructions\n",
			m, pages, mm, mm / pages, boot }'
}

echo "instruction counts (QEMU -icount shift=0: deterministic)"
for mem in ${ICOUNT_MEMS:-32M 128M 1G 4G 8G}; do icount "$mem"; done

echo "wall time"
for mem in ${MEMS:-128M 8G}; do
	times=()
	for _ in $(seq "$RUNS"); do times+=("$(one_boot "$mem")"); done
	sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
	median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
	echo "boot-to-monitor -m $mem: median ${median} ms of $RUNS (runs: $sorted)"
done
size "$kernel" | awk 'NR == 2 { printf "kernel size: text %d, data %d, bss %d bytes (file %s)\n", $1, $2, $3, $6 }'
echo "kernel file: $(stat -c %s "$kernel") bytes"
