/* The i386 side of high memory: the kmap window and the atomic slots. */
#ifndef _ASM_HIGHMEM_H
#define _ASM_HIGHMEM_H

#include <asm/pgtable.h>
#include <asm/fixmap.h>

#define LAST_PKMAP      512     /* slots: one PAE page table */
#define LAST_PKMAP_MASK (LAST_PKMAP - 1)
#define PKMAP_BASE      ((FIXADDR_START - PAGE_SIZE * (LAST_PKMAP + 1)) & PMD_MASK)
#define PKMAP_NR(virt)  (((virt) - PKMAP_BASE) >> PAGE_SHIFT)
#define PKMAP_ADDR(nr)  (PKMAP_BASE + ((unsigned long)(nr) << PAGE_SHIFT))

extern pte_t *pkmap_page_table;         /* the window's PTEs */

extern pte_t *kmap_pte;                 /* the PTE of FIX_KMAP_BEGIN */
extern pgprot_t kmap_prot;              /* PAGE_KERNEL */
void kmap_init(void);

#endif /* _ASM_HIGHMEM_H */
