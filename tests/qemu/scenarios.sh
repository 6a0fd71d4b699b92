# tests/qemu/scenarios.sh: the boot scenarios of 'make test'.
# Sourced by tools/run-tests, which provides boot, expect, tap, step,
# pass, fail and selected.  Each scenario boots the kernel once and states
# what the run must show.

# ---------------------------------------------------------------- self-tests
# Every self-test that is not a crash test, one boot each, so that one
# test's crash cannot hide another's result.  The list comes from the
# kernel itself (test=list), so a new KTEST runs without editing this file.
boot list 64M "test=list"
ktests=$(tr -d '\r' <"$BOOT_LOG" | awk '/^  [a-z0-9_]+ / && !/crashes on purpose/ { print $1 }')
if [ "$BOOT_STATUS" != "$QEMU_PASS" ] || [ -z "$ktests" ]; then
	fail guest/list "test=list did not list the self-tests" "$BOOT_LOG"
fi
for t in $ktests; do
	selected "guest/$t" || continue
	boot "$t" 128M "test=$t"
	tap "guest/$t" "$BOOT_LOG" $((BOOT_STATUS == QEMU_PASS ? 0 : BOOT_STATUS))
done

# ---------------------------------------------------------------- memory map
# usable_regions LOG: "start end" in decimal for each boot-time usable
# BIOS-e820 line (bash arithmetic, since Debian's default awk, mawk,
# cannot read hexadecimal).
usable_regions() {
	local line
	tr -d '\r' <"$1" | grep -E '^ BIOS-e820: [0-9a-f]{16} - [0-9a-f]{16} \(usable\)$' |
		while read -r _ start _ end _; do echo "$((16#$start)) $((16#$end))"; done
}

# usable_total LOG: bytes of usable RAM in the boot-time map.
usable_total() {
	local s e t=0
	while read -r s e; do t=$((t + e - s)); done < <(usable_regions "$1")
	echo $t
}

# highest_usable_end LOG: the end of the highest usable region, in MiB.
highest_usable_end() {
	local s e m=0
	while read -r s e; do [ "$e" -gt "$m" ] && m=$e; done < <(usable_regions "$1")
	echo $((m / 1048576))
}

# check_map NAME MIB: the boot map must account for the RAM QEMU was
# given, less at most 1 MiB of firmware holes (the 384 KiB below 1 MiB and
# what SeaBIOS reserves), and show RAM above 4 GiB exactly when there is
# more RAM than fits below QEMU's PCI hole.
check_map() {
	local name=$1 mib=$2 total end above
	total=$(( $(usable_total "$BOOT_LOG") / 1048576 ))
	end=$(highest_usable_end "$BOOT_LOG")
	if [ "$total" -gt "$mib" ] || [ "$total" -lt $((mib - 1)) ]; then
		fail "$name" "usable RAM is $total MiB, expected $((mib - 1))-$mib MiB" "$BOOT_LOG"
	elif [ "$mib" -ge 4096 ] && [ "$end" -le 4096 ]; then
		fail "$name" "no usable region above 4 GiB with $mib MiB" "$BOOT_LOG"
	elif [ "$mib" -lt 3072 ] && [ "$end" -gt 4096 ]; then
		fail "$name" "a usable region above 4 GiB with only $mib MiB" "$BOOT_LOG"
	elif ! tr -d '\r' <"$BOOT_LOG" | grep -x "${total}MB RAM usable" >/dev/null; then
		fail "$name" "the kernel's 'MB RAM usable' line is not the map's $total MiB" "$BOOT_LOG"
	else
		pass "$name: $total MiB usable, highest usable byte below $end MiB"
	fi
}

for mem in 32 128 1024 4096 8192; do
	selected "boot/${mem}M" || continue
	boot "mem-${mem}M" "${mem}M" "test=memmap"
	if [ "$BOOT_STATUS" != "$QEMU_PASS" ]; then
		fail "boot/${mem}M" "$(exit_meaning "$BOOT_STATUS")" "$BOOT_LOG"
	else
		check_map "boot/${mem}M" "$mem"
	fi
done

if selected boot/mem=; then
	boot mem-limit 128M "mem=48M test=memmap"
	expect boot/mem=48M "$QEMU_PASS" "$BOOT_LOG" '^user-defined physical RAM map:' \
		'^ user: 0000000000100000 - 0000000003000000 \(usable\)$' '^ok [0-9]+ no usable RAM at or above mem='
fi

if selected boot/initrd; then
	boot modules 64M "test=memmap" -initrd "README.md,Makefile arg1"
	expect boot/modules "$QEMU_PASS" "$BOOT_LOG" '^ module 0: [0-9a-f]{16} - [0-9a-f]{16} .*README.md$' \
		'^ module 1: .*Makefile arg1$'
fi

# ---------------------------------------------------------------- command line
if selected cmdline; then
	boot cmdline-unknown 64M "frobnicate=1 quiet test=memmap"
	expect cmdline/unknown-reported "$QEMU_PASS" "$BOOT_LOG" "frobnicate=1" "'quiet'"
	boot cmdline-badmem 64M "mem=banana test=memmap"
	expect cmdline/bad-mem-value "$QEMU_PASS" "$BOOT_LOG" '^mem=banana: expected'
	boot cmdline-loglevel 64M "loglevel=99 test=memmap"
	expect cmdline/bad-loglevel "$QEMU_PASS" "$BOOT_LOG" 'loglevel=99'
	boot cmdline-quiet 64M "loglevel=2 test=memmap"
	expect cmdline/loglevel-filters "$QEMU_PASS" "$BOOT_LOG" '^ok [0-9]+'
	if tr -d '\r' <"$BOOT_LOG" | grep 'BIOS-e820' >/dev/null; then
		fail cmdline/loglevel-hides-info "loglevel=2 still printed KERN_INFO lines" "$BOOT_LOG"
	else
		pass cmdline/loglevel-hides-info
	fi
	boot cmdline-notest 64M "test=nosuch"
	expect cmdline/unknown-test "$QEMU_FAIL" "$BOOT_LOG" '^test=nosuch: no such test' '^  nx '
fi

# ---------------------------------------------------------------- failures
# The runner must tell each way a run can end badly from the others.
if selected crash; then
	boot crash-divide 64M "test=crash_divide"
	expect crash/divide-oops "$QEMU_PANIC" "$BOOT_LOG" '^divide error: 0000 \[#1\]' \
		'^EIP: +0010:\[<c01[0-9a-f]{5}>\]' '^cr0: 8001' '^Call Trace:' '^Kernel panic'
	tools/symbolize "$KERNEL" "$BOOT_LOG" >"$LOGS/crash-divide.sym" 2>&1
	BOOT_STATUS=0 expect crash/trace-points-at-nw 0 "$LOGS/crash-divide.sym" \
		'crash_divide at .*src.nw/95-monitor.nw:[0-9]+'
	boot crash-null 64M "test=crash_null"
	expect crash/null-pointer "$QEMU_PANIC" "$BOOT_LOG" \
		'^page fault at 00000000: page not present, read, kernel mode$'
	boot crash-triple 64M "test=crash_triple"
	expect crash/triple-fault 0 "$BOOT_LOG" 'crash_triple'
	BOOT_TIMEOUT=5 boot crash-hang 64M "test=crash_hang"
	expect crash/hang-times-out 124 "$BOOT_LOG" 'crash_hang'
	boot no-pae 64M "" -cpu pentium
	expect crash/no-pae-message "$QEMU_PANIC" "$BOOT_LOG" 'needs a processor with PAE'
	boot no-nx 64M "test=nx" -cpu pentium3
	expect boot/no-nx-cpu-skips "$QEMU_PASS" "$BOOT_LOG" '^ok 1 .* # SKIP'
fi

# ---------------------------------------------------------------- make run, gdb
if selected make-run; then
	printf 'memmap\nhalt\n' | timeout "$KTEST_TIMEOUT" make -s run >"$LOGS/make-run.log" 2>&1
	BOOT_STATUS=$?
	expect make-run/pipe-memmap-halt 0 "$LOGS/make-run.log" '^monitor> memmap$' \
		'^ e820: 0000000000000000 - ' '^usable RAM: [0-9]+ KiB$' '^halting$'
	printf 'frobnicate\r\nhelp\r\nhalt\r\n' | timeout "$KTEST_TIMEOUT" make -s run >"$LOGS/make-run-unknown.log" 2>&1
	BOOT_STATUS=$?
	expect make-run/unknown-command 0 "$LOGS/make-run-unknown.log" \
		"^unknown command 'frobnicate'; 'help' lists the commands$" '^  memmap +the physical'
	timeout "$KTEST_TIMEOUT" make -s run MEM=banana >"$LOGS/make-run-badmem.log" 2>&1 </dev/null
	BOOT_STATUS=$?
	expect make-run/bad-MEM 2 "$LOGS/make-run-badmem.log" '^MEM=banana is not a memory size'
fi
if selected gdb; then
	timeout "$KTEST_TIMEOUT" tools/gdb-qemu --port $((20000 + RANDOM % 20000)) --batch "info source" \
		"$KERNEL" >"$LOGS/gdb.log" 2>&1
	BOOT_STATUS=$?
	expect gdb/stops-at-nw-line 0 "$LOGS/gdb.log" 'start_kernel.*at src.nw/01-boot.nw:[0-9]+' \
		'Current source file is src.nw/01-boot.nw'
fi

# ---------------------------------------------------------------- the image
if selected image; then
	off=$(od -A d -t x4 -N 8192 -v "$KERNEL" | awk '{ for (i = 2; i <= NF; i++) if ($i == "1badb002") { print $1 + (i - 2) * 4; exit } }')
	if [ -n "$off" ] && [ $((off % 4)) = 0 ]; then
		pass "image/multiboot-header-at-$off"
	else
		fail image/multiboot-header "no aligned Multiboot magic in the first 8 KiB of $KERNEL"
	fi
fi

# ---------------------------------------------------------------- zones
# The zones self-test at every memory size of the boot tests.
for mem in 32 128 1024 4096 8192; do
	selected "zones/${mem}M" || continue
	boot "zones-${mem}M" "${mem}M" "test=zones"
	tap "zones/${mem}M" "$BOOT_LOG" $((BOOT_STATUS == QEMU_PASS ? 0 : BOOT_STATUS))
done

# ---------------------------------------------------------------- boot allocator
# The bootmem self-test at the other boot-test sizes (128M runs with the
# self-tests above), under mem=, and with modules behind the kernel image,
# where Linux's placement of the bitmap would overwrite them.
for mem in 32 1024 4096 8192; do
	selected "bootmem/${mem}M" || continue
	boot "bootmem-${mem}M" "${mem}M" "test=bootmem"
	tap "bootmem/${mem}M" "$BOOT_LOG" $((BOOT_STATUS == QEMU_PASS ? 0 : BOOT_STATUS))
done
if selected bootmem/mem=48M; then
	boot bootmem-mem48 128M "mem=48M test=bootmem"
	expect bootmem/mem=48M "$QEMU_PASS" "$BOOT_LOG" '^48MB LOWMEM available\.$' \
		'^bootmem: 12288 pages, bitmap of 1536 bytes at ' '^# bootmem: [0-9]+ passed, 0 failed$'
fi
if selected bootmem/modules; then
	boot bootmem-modules 128M "test=bootmem" -initrd "README.md,Makefile arg1"
	expect bootmem/modules "$QEMU_PASS" "$BOOT_LOG" '^ bootmem: keep [0-9a-f]{16} - [0-9a-f]{16} \(module\)$' \
		'^Memory: [0-9]+k/[0-9]+k available \([0-9]+k kernel code, [0-9]+k reserved, [0-9]+k data, [0-9]+k init, 0k highmem\)$' \
		'^# bootmem: [0-9]+ passed, 0 failed$'
fi

# ---------------------------------------------------------------- page allocator
# The allocator's self-tests where the zones differ from 128 MiB's: no
# normal zone (16 MiB), a small one (32 MiB), a little high memory
# (1 GiB, 1200 MiB), and high memory above 4 GiB (4 GiB, 8 GiB).
for mem in 16 32 1024 1200 4096 8192; do
	for t in page_alloc_all page_alloc_gfp; do
		selected "$t/${mem}M" || continue
		boot "$t-${mem}M" "${mem}M" "test=$t"
		tap "$t/${mem}M" "$BOOT_LOG" $((BOOT_STATUS == QEMU_PASS ? 0 : BOOT_STATUS))
	done
done

# ---------------------------------------------------------------- page tables, high memory
# The page-table and kmap self-tests again where there is high memory
# (1 GiB) and where it reaches above 4 GiB (8 GiB): the frames above 4 GiB
# are the ones a lost bit in a PTE would send elsewhere.
for mem in 1024 8192; do
	for t in pgtable_layout pte_roundtrip highmem_kmap highmem_kmap_atomic; do
		selected "highmem/$t-${mem}M" || continue
		boot "$t-${mem}M" "${mem}M" "test=$t"
		tap "highmem/$t-${mem}M" "$BOOT_LOG" $((BOOT_STATUS == QEMU_PASS ? 0 : BOOT_STATUS))
	done
done

# ---------------------------------------------------------------- vmalloc
# The vmalloc self-tests with high memory (1 GiB, 1200 MiB) and above
# 4 GiB (8 GiB); the fragmentation test where it touches no more than a
# few hundred thousand struct pages.  Then a write into a guard page must
# oops with the area named and its caller symbolized into the book, and
# the monitor's vmallocinfo must print Linux's format.
for mem in 1024 8192; do
	selected "vmalloc/vmalloc_basic-${mem}M" || continue
	boot "vmalloc_basic-${mem}M" "${mem}M" "test=vmalloc_basic"
	tap "vmalloc/vmalloc_basic-${mem}M" "$BOOT_LOG" $((BOOT_STATUS == QEMU_PASS ? 0 : BOOT_STATUS))
done
if selected vmalloc/vmalloc_fragmented-1200M; then
	boot vmalloc_fragmented-1200M 1200M "test=vmalloc_fragmented"
	tap vmalloc/vmalloc_fragmented-1200M "$BOOT_LOG" $((BOOT_STATUS == QEMU_PASS ? 0 : BOOT_STATUS))
fi
if selected crash/vmalloc-guard; then
	boot crash-vmalloc-guard 64M "test=crash_vmalloc_guard"
	expect crash/vmalloc-guard-oops "$QEMU_PANIC" "$BOOT_LOG" \
		'^page fault at ([0-9a-f]{8}): page not present, write, kernel mode$' \
		'^vmalloc: [0-9a-f]{8} is the guard page after vmalloc area 0x[0-9a-f]{8}-0x[0-9a-f]{8} \(2 pages, caller \[<c01[0-9a-f]{5}>\]\)$' \
		'^Kernel panic'
	tools/symbolize "$KERNEL" "$BOOT_LOG" >"$LOGS/crash-vmalloc-guard.sym" 2>&1
	BOOT_STATUS=0 expect crash/vmalloc-guard-caller-in-nw 0 "$LOGS/crash-vmalloc-guard.sym" \
		'crash_vmalloc_guard at .*src.nw/15-vmalloc.nw:[0-9]+'
fi
if selected vmalloc/vmallocinfo; then
	BOOT_LOG=$LOGS/vmallocinfo.log
	printf 'vmalloc 3\nvmalloc 1\nvmallocinfo\nhalt\n' | timeout -k 5 "$KTEST_TIMEOUT" \
		qemu-system-i386 "${QEMU_BASE_ARGS[@]}" -m 64M -kernel "$KERNEL" >"$BOOT_LOG" 2>&1
	BOOT_STATUS=$?
	expect vmalloc/vmallocinfo-format "$QEMU_PASS" "$BOOT_LOG" \
		'^0x[0-9a-f]{8}-0x[0-9a-f]{8} +16384 \[<c01[0-9a-f]{5}>\] pages=3 vmalloc$' \
		'^0x[0-9a-f]{8}-0x[0-9a-f]{8} +8192 \[<c01[0-9a-f]{5}>\] pages=1 vmalloc$' \
		'^VmallocTotal: [0-9]+ kB, VmallocUsed: 24 kB, VmallocChunk: [0-9]+ kB;'
	tools/symbolize "$KERNEL" "$BOOT_LOG" >"$LOGS/vmallocinfo.sym" 2>&1
	BOOT_STATUS=0 expect vmalloc/vmallocinfo-caller-in-nw 0 "$LOGS/vmallocinfo.sym" \
		'cmd_vmalloc at .*src.nw/15-vmalloc.nw:[0-9]+'
fi
