/* Generated from src.nw/90-startup.nw, "Starting the processor"; edit that file, not this one. */
/* Control registers, MSRs and CPUID. */
#ifndef _ASM_PROCESSOR_H
#define _ASM_PROCESSOR_H

/* the control-register, MSR and CPUID bits */
#define X86_CR0_PE      0x00000001      /* protected mode */
#define X86_CR0_WP      0x00010000      /* ring 0 honours read-only pages */
#define X86_CR0_PG      0x80000000      /* paging */
#define X86_CR4_PAE     0x00000020      /* 64-bit entries, 36-bit addresses */
#define X86_CR4_PGE     0x00000080      /* global pages */

#define MSR_EFER        0xC0000080      /* extended feature enable register */
#define EFER_NX         0x00000800      /* bit 11: honour _PAGE_NX */

#define CPUID_1_EDX_PAE         0x00000040      /* CPUID(1).EDX bit 6 */
#define CPUID_80000001_EDX_NX   0x00100000      /* CPUID(0x80000001).EDX bit 20 */

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* reading CR0 and CR4 */
static inline u32 read_cr0(void)
{
	u32 v;
	__asm__ __volatile__("movl %%cr0, %0" : "=r"(v));
	return v;
}

static inline u32 read_cr4(void)
{
	u32 v;
	__asm__ __volatile__("movl %%cr4, %0" : "=r"(v));
	return v;
}

/* reading CR2 and CR3 */
static inline u32 read_cr2(void)
{
	u32 v;
	__asm__ __volatile__("movl %%cr2, %0" : "=r"(v));
	return v;
}

static inline u32 read_cr3(void)
{
	u32 v;
	__asm__ __volatile__("movl %%cr3, %0" : "=r"(v));
	return v;
}

/* loading CR3 */
/* Loading CR3 flushes every non-global TLB entry and, under PAE, reloads
 * the four PDPT entries into the processor. */
static inline void write_cr3(u32 v)
{
	__asm__ __volatile__("movl %0, %%cr3" : : "r"(v) : "memory");
}

/* reading the time-stamp counter and a model-specific register */
/* The time-stamp counter: cycles since reset (instructions under
 * QEMU's -icount shift=0, which the benchmarks use). */
static inline u64 rdtsc(void)
{
	u32 lo, hi;
	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

static inline u64 rdmsr(u32 msr)
{
	u32 lo, hi;
	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((u64)hi << 32) | lo;
}

/* asking the processor what it has */
static inline void cpuid(u32 op, u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	__asm__ __volatile__("cpuid"
			     : "=a"(*eax), "=b"(*ebx), "=c"(*ecx), "=d"(*edx)
			     : "a"(op), "c"(0));
}

/* dropping one TLB entry */
/* Drop the TLB entry for one virtual address. */
static inline void __flush_tlb_one(unsigned long addr)
{
	__asm__ __volatile__("invlpg (%0)" : : "r"(addr) : "memory");
}

extern u32 nx_enabled;          /* set by startup_32 if EFER.NXE is on */
#endif /* __ASSEMBLY__ */
#endif /* _ASM_PROCESSOR_H */
