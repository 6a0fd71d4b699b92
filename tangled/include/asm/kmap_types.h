/* Generated from src.nw/13-highmem.nw, "High memory"; edit that file, not this one. */
/* The uses of kmap_atomic: one fixed slot each, per processor. */
#ifndef _ASM_KMAP_TYPES_H
#define _ASM_KMAP_TYPES_H

/* the uses of kmap_atomic, one slot each */
enum km_type {
	KM_BOUNCE_READ,         /* copying a bounce buffer back */
	KM_USER0,               /* process context: first page */
	KM_USER1,               /* process context: second page */
	KM_PTE0,                /* a page table in high memory */
	KM_PTE1,                /* a second one, for copying tables */
	KM_IRQ0,                /* interrupt handlers */
	KM_TYPE_NR
};

#endif /* _ASM_KMAP_TYPES_H */
