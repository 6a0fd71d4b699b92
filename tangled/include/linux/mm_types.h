/* Generated from src.nw/02-pgtable.nw, "Page tables"; edit that file, not this one. */
/* The address space: its page directory (later chapters add the rest). */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <asm/pgtable.h>

struct mm_struct {
	pgd_t *pgd;             /* the PGD; its kernel entry is shared */
};

extern struct mm_struct init_mm;        /* the kernel's address space */

#endif /* _LINUX_MM_TYPES_H */
