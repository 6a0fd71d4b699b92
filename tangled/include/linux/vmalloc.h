/* Non-contiguous memory: vmalloc, vfree and the vm_struct list. */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/types.h>
#include <linux/spinlock.h>
#include <asm/pgtable.h>

#define VM_IOREMAP      0x00000001      /* maps device memory (ioremap) */
#define VM_ALLOC        0x00000002      /* maps pages of its own (vmalloc) */

struct vm_struct {
	/* the resource map: under vmlist_lock */
	struct vm_struct *next;         /* the next area, higher up */
	void *addr;                     /* first address, page-aligned */
	unsigned long size;             /* bytes, the guard page included */
	unsigned long flags;            /* VM_ALLOC or VM_IOREMAP */
	/* for the vmallocinfo view */
	unsigned int nr_pages;          /* pages mapped (VM_ALLOC) */
	unsigned long caller;           /* return address of the allocator's caller */
};

extern struct vm_struct *vmlist;        /* sorted by addr */
extern spinlock_t vmlist_lock;

void *vmalloc(unsigned long size);
void *vmalloc_32(unsigned long size);
void *vmalloc_dma(unsigned long size);
void *__vmalloc(unsigned long size, unsigned int gfp_mask, pgprot_t prot);
void vfree(void *addr);

struct vm_struct *get_vm_area(unsigned long size, unsigned long flags);
bool vmalloc_area_pages(unsigned long address, unsigned long size,
			unsigned int gfp_mask, pgprot_t prot);
void vmfree_area_pages(unsigned long address, unsigned long size);

void vmalloc_report_fault(unsigned long address);

extern unsigned long vmalloc_pgtable_pages;     /* page tables made */
extern unsigned long vmalloc_tlb_flushes;       /* full flushes by vfree */
void vmallocinfo_show(void);

#endif /* _LINUX_VMALLOC_H */
