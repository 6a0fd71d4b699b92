/* Self-tests of the boot code: NX, WP, the memory map, and crashes. */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/setup.h>
#include <asm/desc.h>
#include <asm/page.h>
#include <asm/pgtable-3level-defs.h>
#include <asm/pgtable-bits.h>
#include <asm/processor.h>
#include <asm/traps.h>

#define MEM_MIN_USABLE  (2ULL << 20)   /* the kernel alone needs about 1 MiB */
#define ALIAS_PMD_INDEX (PTRS_PER_PMD - 1)
#define ALIAS_BASE      0xFFE00000UL    /* what ALIAS_PMD_INDEX maps */
#define PMD_SIZE_2M     (1UL << PMD_SHIFT)

extern u64 boot_pmd[PTRS_PER_PMD];
/* Install (or, with 0, remove) the alias entry, in a safe order. */
static void set_alias_pmd(u64 val)
{
	volatile u32 *half = (volatile u32 *)&boot_pmd[ALIAS_PMD_INDEX];

	half[0] = 0;                    /* not present while we change it */
	half[1] = (u32)(val >> 32);
	half[0] = (u32)val;
	write_cr3(read_cr3());          /* flush the whole TLB */
}
/*
 * Map the 2 MiB page holding kernel object obj at ALIAS_BASE with the
 * given extra flags, and return obj's address inside the alias.
 */
static unsigned long map_alias(const void *obj, u64 flags)
{
	unsigned long phys = __pa(obj);

	set_alias_pmd((phys & ~(PMD_SIZE_2M - 1)) | _PAGE_PRESENT | _PAGE_PSE |
		      flags);
	return ALIAS_BASE + (phys & (PMD_SIZE_2M - 1));
}
static void arm_trap(u32 trapnr)
{
	expected_trap = (struct expected_trap){ .armed = true, .trapnr = trapnr };
}

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
#define PF_MASK (PF_PROT | PF_WRITE | PF_USER | PF_RSVD | PF_INSTR)

static void nx(void)
{
	u32 a, b, c, d;
	unsigned long alias;

	cpuid(0x80000001, &a, &b, &c, &d);
	if (!(d & CPUID_80000001_EDX_NX)) {
		ktest_skip("executing from a no-execute page faults",
			   "this processor has no NX bit");
		return;
	}
	KTEST_TRUE(rdmsr(MSR_EFER) & EFER_NX, "EFER.NXE is on");
	KTEST_TRUE(nx_enabled, "startup_32 recorded nx_enabled");
	alias = map_alias(ret_insn, 0);
	KTEST_TRUE(!try_exec(alias), "a ret on an executable page runs");
	alias = map_alias(ret_insn, _PAGE_NX);
	if (KTEST_TRUE(try_exec(alias), "a ret on an NX page faults")) {
		KTEST_EQ(expected_trap.cr2, alias, "CR2 is the NX address");
		KTEST_EQ(expected_trap.eip, alias, "EIP is the NX address");
		KTEST_EQ(expected_trap.error_code & PF_MASK, PF_PROT | PF_INSTR,
			 "error code: protection, instruction fetch, kernel");
	}
	set_alias_pmd(0);
}
KTEST(nx, "executing from a no-execute page faults with the fetch bit");
#define WP_FIRST        0x600DF00DU     /* written through the RW alias */
#define WP_SECOND       0xBAD0BAD0U     /* must never arrive */

static u32 wp_target;

static void wp(void)
{
	unsigned long alias;

	KTEST_TRUE(read_cr0() & X86_CR0_WP, "CR0.WP is on");
	alias = map_alias(&wp_target, _PAGE_RW);
	KTEST_TRUE(!try_write(alias, WP_FIRST), "a write to an RW page runs");
	KTEST_EQ(wp_target, WP_FIRST, "the write reached the variable");
	alias = map_alias(&wp_target, 0);
	KTEST_EQ(*(volatile u32 *)alias, WP_FIRST, "a read-only page reads");
	if (KTEST_TRUE(try_write(alias, WP_SECOND), "a write to it faults")) {
		KTEST_EQ(expected_trap.cr2, alias, "CR2 is the written address");
		KTEST_EQ(expected_trap.error_code & PF_MASK, PF_PROT | PF_WRITE,
			 "error code: protection, write, kernel");
	}
	KTEST_EQ(wp_target, WP_FIRST, "the faulting write changed nothing");
	set_alias_pmd(0);
}
KTEST(wp, "a kernel write to a read-only page faults (CR0.WP)");
extern char _text[], _end[];

/* Whether two e820 regions share a byte. */
static bool regions_overlap(const struct e820entry *a, const struct e820entry *b)
{
	return a->size && b->size && a->addr < b->addr + b->size &&
	       b->addr < a->addr + a->size;
}

/* Whether [start, end) lies inside one usable region. */
static bool in_usable_region(u64 start, u64 end)
{
	int i;

	for (i = 0; i < e820.nr_map; i++)
		if (e820.map[i].type == E820_RAM && e820.map[i].addr <= start &&
		    end <= e820.map[i].addr + e820.map[i].size)
			return true;
	return false;
}
static void memmap(void)
{
	int i, j, overlaps = 0;

	print_memory_map("e820");
	KTEST_TRUE(e820.nr_map > 0, "the loader reported a memory map");
	KTEST_TRUE(e820_ram_total() >= MEM_MIN_USABLE, "at least 2 MiB usable");
	for (i = 0; i < e820.nr_map; i++)
		for (j = i + 1; j < e820.nr_map; j++)
			overlaps += regions_overlap(&e820.map[i], &e820.map[j]);
	KTEST_EQ(overlaps, 0, "no two regions overlap");
	KTEST_TRUE(in_usable_region(__pa(_text), __pa(_end)),
		   "the kernel image lies in usable RAM");
	KTEST_TRUE(e820_ram_limit() == ~0ULL ||
		   !in_usable_region(e820_ram_limit(), e820_ram_limit() + 1),
		   "no usable RAM at or above mem=");
}
KTEST(memmap, "the Multiboot memory map is consistent");
static void crash_divide(void)
{
	volatile int one = 1, zero = 0;

	printk(KERN_ALERT "1 / 0 = %d\n", one / zero);
}
KTEST_CRASH(crash_divide, "divides by zero: an oops and a panic");

static void crash_null(void)
{
	printk(KERN_ALERT "*NULL = %u\n", *(volatile u32 *)0);
}
KTEST_CRASH(crash_null, "reads address 0: a page fault and a panic");

static void crash_triple(void)
{
	struct desc_ptr empty = { .size = 0, .address = 0 };

	__asm__ __volatile__("lidt %0\n\tint3" : : "m"(empty));
}
KTEST_CRASH(crash_triple, "faults with no IDT: a triple fault");

static void crash_hang(void)
{
	for (;;)
		__asm__ __volatile__("cli; hlt");
}
KTEST_CRASH(crash_hang, "halts forever: the runner's timeout");
