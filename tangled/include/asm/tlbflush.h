/* Generated from src.nw/02-pgtable.nw, "Page tables"; edit that file, not this one. */
/* Dropping stale translations from the TLB. */
#ifndef _ASM_TLBFLUSH_H
#define _ASM_TLBFLUSH_H

#include <linux/types.h>
#include <asm/page.h>

#ifdef __HOST_TEST__
void __flush_tlb_one(unsigned long addr);
void __flush_tlb_all(void);
#else
#include <asm/processor.h>

/* the whole-TLB flushes, by CR3 and by CR4 */
#define CPUID_1_EDX_PGE 0x00002000      /* CPUID(1).EDX bit 13: global pages */

static inline void write_cr4(u32 v)
{
	__asm__ __volatile__("movl %0, %%cr4" : : "r"(v) : "memory");
}

static inline void __flush_tlb(void)           /* all but global pages */
{
	write_cr3(read_cr3());
}

static inline void __flush_tlb_global(void)    /* everything */
{
	u32 cr4 = read_cr4();

	write_cr4(cr4 & ~X86_CR4_PGE);
	write_cr4(cr4);
}

/* choosing a whole-TLB flush, and switching page directories */
static inline void __flush_tlb_all(void)
{
	if (read_cr4() & X86_CR4_PGE)
		__flush_tlb_global();
	else
		__flush_tlb();
}

#define load_cr3(pgdir) write_cr3((u32)__pa(pgdir))
#endif

#define flush_tlb_all()                 __flush_tlb_all()
#define flush_tlb_kernel_range(s, e)    __flush_tlb_all()

#endif /* _ASM_TLBFLUSH_H */
