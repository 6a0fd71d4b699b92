/* Generated from src.nw/01-boot.nw, "Booting"; edit that file, not this one. */
/* Page size and the kernel's virtual-to-physical offset. */
#ifndef _ASM_PAGE_H
#define _ASM_PAGE_H

#include <linux/const.h>

/* the page size and its mask */
#define PAGE_SHIFT      12
#define PAGE_SIZE       (_AC(1, UL) << PAGE_SHIFT)
#define PAGE_MASK       (~(PAGE_SIZE - 1))

/* PAGE_OFFSET, the load address and the kernel stack size */
#define __PAGE_OFFSET   _AC(0xC0000000, UL)
#ifdef __HOST_TEST__
extern unsigned long host_page_offset;  /* where a host test's "RAM" is */
#define PAGE_OFFSET     host_page_offset
#else
#define PAGE_OFFSET     ((unsigned long)__PAGE_OFFSET)
#endif
#define LOAD_PHYS       _AC(0x00100000, UL)     /* where the loader puts us */

#define THREAD_SIZE     8192    /* one kernel stack, as in Linux 2.4/2.6 */

#ifndef __ASSEMBLY__

/* and __va, the direct map's two conversions */
#define __pa(x)         ((unsigned long)(x) - PAGE_OFFSET)
#define __va(x)         ((void *)((unsigned long)(x) + PAGE_OFFSET))
#endif

#endif /* _ASM_PAGE_H */
