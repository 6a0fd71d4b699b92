/* Generated from src.nw/95-monitor.nw, "The monitor and the self-tests"; edit that file, not this one. */
/* Self-tests of the page protections: NX, WP and the kernel's own mappings. */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <asm/fixmap.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/traps.h>

/* map_alias */
/*
 * Map the page holding kernel object obj at the FIX_SELFTEST slot with
 * protection prot, and return obj's address inside the alias.
 */
static unsigned long map_alias(const void *obj, pgprot_t prot)
{
	__set_fixmap(FIX_SELFTEST, __pa(obj) & PAGE_MASK, prot);
	return fix_to_virt(FIX_SELFTEST) + ((unsigned long)obj & ~PAGE_MASK);
}

/* arm_trap */
static void arm_trap(u32 trapnr)
{
	expected_trap = (struct expected_trap){ .armed = true, .trapnr = trapnr };
}

/* try_write */
/* Store val at addr; returns whether the store page-faulted. */
static __noinline bool try_write(unsigned long addr, u32 val)
{
	arm_trap(X86_TRAP_PF);
	__asm__ __volatile__("movl $1f, %[resume]\n\t"
			     "movl %[val], (%[addr])\n"
			     "1:"
			     : [resume] "=m"(expected_trap.resume)
			     : [val] "r"(val), [addr] "r"(addr)
			     : "memory");
	expected_trap.armed = false;
	return expected_trap.caught;
}

/* try_exec */
static const u8 ret_insn[] = { 0xC3 };  /* ret */

/* Call the ret instruction at addr; returns whether the fetch faulted. */
static __noinline bool try_exec(unsigned long addr)
{
	arm_trap(X86_TRAP_PF);
	__asm__ __volatile__("movl $2f, %[resume]\n\t"
			     "call *%[target]\n\t"
			     "jmp 3f\n"
			     "2:\taddl $4, %%esp\n"
			     "3:"
			     : [resume] "=m"(expected_trap.resume)
			     : [target] "r"(addr)
			     : "memory", "cc");
	expected_trap.armed = false;
	return expected_trap.caught;
}

/* the error-code bits a test compares */
#define PF_MASK (PF_PROT | PF_WRITE | PF_USER | PF_RSVD | PF_INSTR)

/* the nx test */
static void nx(void)
{
	u32 a, b, c, d;
	unsigned long alias;

	/* skip the nx test on a processor without NX */
	cpuid(0x80000001, &a, &b, &c, &d);
	if (!(d & CPUID_80000001_EDX_NX)) {
		ktest_skip("executing from a no-execute page faults",
			   "this processor has no NX bit");
		return;
	}
	KTEST_TRUE(rdmsr(MSR_EFER) & EFER_NX, "EFER.NXE is on");
	KTEST_TRUE(nx_enabled, "startup_32 recorded nx_enabled");
	alias = map_alias(ret_insn, PAGE_KERNEL_RX);
	KTEST_TRUE(!try_exec(alias), "a ret on an executable page runs");
	alias = map_alias(ret_insn, PAGE_KERNEL_RO);
	if (KTEST_TRUE(try_exec(alias), "a ret on an NX page faults")) {
		/* check that the fault reports a fetch from alias */
		KTEST_EQ(expected_trap.cr2, alias, "CR2 is the NX address");
		KTEST_EQ(expected_trap.eip, alias, "EIP is the NX address");
		KTEST_EQ(expected_trap.error_code & PF_MASK, PF_PROT | PF_INSTR,
			 "error code: protection, instruction fetch, kernel");
	}
	clear_fixmap(FIX_SELFTEST);
}
KTEST(nx, "executing from a no-execute page faults with the fetch bit");

/* the variable the wp test writes */
#define WP_FIRST        0x600DF00DU     /* written through the RW alias */
#define WP_SECOND       0xBAD0BAD0U     /* must never arrive */

static u32 wp_target;

/* the wp test */
static void wp(void)
{
	unsigned long alias;

	KTEST_TRUE(read_cr0() & X86_CR0_WP, "CR0.WP is on");
	/* write WP_FIRST through a writable alias of wp_target */
	alias = map_alias(&wp_target, PAGE_KERNEL);
	KTEST_TRUE(!try_write(alias, WP_FIRST), "a write to an RW page runs");
	KTEST_EQ(wp_target, WP_FIRST, "the write reached the variable");
	/* try to write WP_SECOND through a read-only alias */
	alias = map_alias(&wp_target, PAGE_KERNEL_RO);
	KTEST_EQ(*(volatile u32 *)alias, WP_FIRST, "a read-only page reads");
	if (KTEST_TRUE(try_write(alias, WP_SECOND), "a write to it faults")) {
		KTEST_EQ(expected_trap.cr2, alias, "CR2 is the written address");
		KTEST_EQ(expected_trap.error_code & PF_MASK, PF_PROT | PF_WRITE,
			 "error code: protection, write, kernel");
	}
	KTEST_EQ(wp_target, WP_FIRST, "the faulting write changed nothing");
	clear_fixmap(FIX_SELFTEST);
}
KTEST(wp, "a kernel write to a read-only page faults (CR0.WP)");

/* the tests of the final kernel mappings */
/* the kernel_ro test */
static const u32 ro_word = 0x0DDBA11U;  /* a word in .rodata */

/* Write *addr's own value back to it; returns whether that faulted. */
static bool write_faults(const volatile u32 *addr)
{
	return try_write((unsigned long)addr, *addr);
}

static void kernel_ro(void)
{
	KTEST_TRUE(write_faults((const u32 *)kernel_ro),
		   "a write to kernel text faults");
	KTEST_TRUE(write_faults(&ro_word), "a write to read-only data faults");
	KTEST_TRUE(!write_faults(&wp_target), "a write to data runs");
}
KTEST(kernel_ro, "kernel text and read-only data are read-only");

/* the kernel_nx test */
static u8 ret_in_data[] = { 0xC3 };     /* ret, in .data */
static u8 ret_in_bss[1];                /* ret, in .bss once written */

static void kernel_nx(void)
{
	u8 ret_on_stack[] = { 0xC3 };

	if (!nx_enabled) {
		ktest_skip("data is not executable", "this processor has no NX bit");
		return;
	}
	ret_in_bss[0] = 0xC3;
	KTEST_TRUE(try_exec((unsigned long)ret_insn), "read-only data is NX");
	KTEST_TRUE(try_exec((unsigned long)ret_in_data), "data is NX");
	KTEST_TRUE(try_exec((unsigned long)ret_in_bss), "the BSS is NX");
	KTEST_TRUE(try_exec((unsigned long)ret_on_stack), "the stack is NX");
	KTEST_EQ(expected_trap.error_code & PF_MASK, PF_PROT | PF_INSTR,
		 "error code: protection, instruction fetch, kernel");
}
KTEST(kernel_nx, "only kernel text is executable");
