# tools/qemu-lib.sh: what every script that boots the kernel shares.
# Sourced, not run.  Defines QEMU_BASE_ARGS, check_mem and exit_meaning.

# DESIGN.md's machine: -cpu max for NX and RAM above 4 GiB, no default
# devices, the serial port on stdio, no reboot on a triple fault, and the
# isa-debug-exit device through which the kernel ends a run.
QEMU_BASE_ARGS=(-cpu max -nodefaults -display none -serial stdio -no-reboot
	-device isa-debug-exit,iobase=0xf4,iosize=4)

# The exit statuses the kernel's machine_exit produces (2 * code + 1).
QEMU_PASS=33 QEMU_FAIL=35 QEMU_PANIC=37

# check_mem VALUE: succeed if VALUE is a memory size QEMU and the kernel
# accept, else say what is wrong and how to fix it.
check_mem() {
	local v=$1 mib
	if [[ $v =~ ^([1-9][0-9]{0,5})([MG]?)$ ]]; then
		mib=${BASH_REMATCH[1]}
		[ "${BASH_REMATCH[2]}" = G ] && mib=$((mib * 1024))
		if [ "$mib" -ge 16 ] && [ "$mib" -le 65536 ]; then
			return 0
		fi
		echo "MEM=$v is out of range: use 16M to 64G (PAE addresses at most 64 GiB;" \
			"below 16M there is no room above ZONE_DMA)." >&2
		return 1
	fi
	echo "MEM=$v is not a memory size: use a number with an M or G suffix," \
		"e.g. MEM=128M or MEM=4G." >&2
	return 1
}

# exit_meaning STATUS: one line saying how a run that ended with STATUS
# ended (STATUS 124 is timeout(1)'s "it hung").
exit_meaning() {
	case $1 in
	33) echo "the kernel exited with EXIT_PASS" ;;
	35) echo "the kernel exited with EXIT_FAIL (a check or an argument failed)" ;;
	37) echo "the kernel panicked" ;;
	0) echo "the machine reset: a triple fault (QEMU exits 0 under -no-reboot)" ;;
	124) echo "no exit before the timeout: the kernel hung" ;;
	*) echo "QEMU itself failed with status $1" ;;
	esac
}
