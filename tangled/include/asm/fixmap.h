/* Generated from src.nw/02-pgtable.nw, "Page tables"; edit that file, not this one. */
/* Fixed mappings: pages at compile-time addresses at the top of memory. */
#ifndef _ASM_FIXMAP_H
#define _ASM_FIXMAP_H

#include <linux/kernel.h>
#include <asm/kmap_types.h>
#include <asm/pgtable.h>

/* the layout of the kernel's gigabyte */
/*
 * 0xFFFFFFFF +--------------------------------+
 *            | FIX_HOLE: one page left unmapped |
 * 0xFFFFF000 +--------------------------------+ FIXADDR_TOP
 *            | fixed mappings, index 1, 2, ... |
 *            | growing down                   |
 *            +--------------------------------+ FIXADDR_START
 *            | (rest of the last 2 MiB)       |
 * 0xFFE00000 +--------------------------------+
 *            | persistent kmap window:        |
 *            | LAST_PKMAP = 512 pages, 2 MiB  |
 * 0xFFC00000 +--------------------------------+ PKMAP_BASE
 *            | 2 unmapped pages               |
 * 0xFFBFE000 +--------------------------------+ VMALLOC_END
 *            | vmalloc area (about 116 MiB)   |
 * 0xF8800000 +--------------------------------+ VMALLOC_START
 *            | VMALLOC_OFFSET gap (8 MiB)     |
 * 0xF8000000 +--------------------------------+ high_memory
 *            | direct map of low memory       |
 *            | (the kernel image at 0xC0100000)|
 * 0xC0000000 +--------------------------------+ PAGE_OFFSET
 */

/* enum fixed_addresses */
enum fixed_addresses {
	FIX_HOLE,               /* never mapped */
	FIX_SELFTEST,           /* the protection self-tests' alias */
	/* the fixed mappings of kmap_atomic */
	FIX_KMAP_BEGIN,         /* kmap_atomic: KM_TYPE_NR slots per CPU */
	FIX_KMAP_END = FIX_KMAP_BEGIN + KM_TYPE_NR * NR_CPUS - 1,
	__end_of_fixed_addresses
};

/* the addresses of the fixed mappings */
#define FIXADDR_TOP     _AC(0xFFFFF000, UL)
#define FIXADDR_SIZE    ((unsigned long)__end_of_fixed_addresses << PAGE_SHIFT)
#define FIXADDR_START   (FIXADDR_TOP - FIXADDR_SIZE)

#define __fix_to_virt(idx)      (FIXADDR_TOP - ((unsigned long)(idx) << PAGE_SHIFT))
#define __virt_to_fix(addr)     ((FIXADDR_TOP - ((addr) & PAGE_MASK)) >> PAGE_SHIFT)

/* checking a fixed index */
/*
 * The address of fixed mapping idx.  It is a checked runtime error to
 * name FIX_HOLE or an index past the last slot.  Takes constant time.
 */
static inline unsigned long fix_to_virt(unsigned int idx)
{
	BUG_ON(idx == FIX_HOLE || idx >= __end_of_fixed_addresses);
	return __fix_to_virt(idx);
}

/* mapping a fixed slot */
void __set_fixmap(enum fixed_addresses idx, phys_addr_t phys, pgprot_t prot);
#define set_fixmap(idx, phys)   __set_fixmap(idx, phys, PAGE_KERNEL)
#define clear_fixmap(idx)       __set_fixmap(idx, 0, __pgprot(0))

#endif /* _ASM_FIXMAP_H */
