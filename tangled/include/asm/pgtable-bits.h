/* Generated from src.nw/01-boot.nw, "Booting"; edit that file, not this one. */
/* The flag bits of a PAE page-table entry. */
#ifndef _ASM_PGTABLE_BITS_H
#define _ASM_PGTABLE_BITS_H

#include <asm/page.h>

#define _PAGE_PRESENT   0x001   /* the entry is valid */
#define _PAGE_RW        0x002   /* writable (by the kernel too if CR0.WP) */
#define _PAGE_USER      0x004   /* reachable from ring 3 */
#define _PAGE_PWT       0x008   /* write-through caching */
#define _PAGE_PCD       0x010   /* caching disabled */
#define _PAGE_ACCESSED  0x020   /* set by the CPU on any access */
#define _PAGE_DIRTY     0x040   /* set by the CPU on a write */
#define _PAGE_PSE       0x080   /* in a PMD entry: a 2 MiB page */
#define _PAGE_GLOBAL    0x100   /* survives CR3 reloads if CR4.PGE */
#define _PAGE_NX        (_AC(1, ULL) << 63)     /* no instruction fetch */

#endif /* _ASM_PGTABLE_BITS_H */
