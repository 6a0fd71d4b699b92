/* Generated from src.nw/02-pgtable.nw, "Page tables"; edit that file, not this one. */
/* The kernel's own address space. */
#include <linux/mm_types.h>

struct mm_struct init_mm = {
	.pgd = swapper_pg_dir,
};
