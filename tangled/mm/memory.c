/* Generated from src.nw/02-pgtable.nw, "Page tables"; edit that file, not this one. */
/* Walking page tables; the page-fault handlers join it later. */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <asm/pgtable.h>

void *high_memory;              /* end of the direct map; set by paging_init */

/* large_page_pte */
/* The PTE that would map address if the 2 MiB page of pmd were split. */
static pte_t large_page_pte(pmd_t pmd, unsigned long address)
{
	u64 base = pmd_val(pmd) & PTE_PFN_MASK & ~(u64)(PMD_SIZE - 1);
	u64 piece = address & (PMD_SIZE - 1) & PAGE_MASK;

	return __pte(base + piece + (pmd_val(pmd) & PTE_FLAGS_MASK &
				     ~(u64)_PAGE_PSE));
}

/* follow_page */
/*
 * The page mapped at address in mm, or NULL if none is mapped there, or
 * if write is set and the mapping is not both writable and dirty.
 * => no locks needed on one CPU; takes time independent of the address.
 */
struct page *follow_page(struct mm_struct *mm, unsigned long address, int write)
{
	pgd_t *pgd = pgd_offset(mm, address);
	pmd_t *pmd;
	pte_t pte;

	if (pgd_none(*pgd) || pgd_bad(*pgd))
		return NULL;
	pmd = pmd_offset(pgd, address);
	/* read the PTE under pmd, or make one from a large page */
	if (pmd_none(*pmd))
		return NULL;
	if (pmd_large(*pmd))
		pte = large_page_pte(*pmd, address);
	else if (pmd_bad(*pmd))
		return NULL;
	else
		pte = *pte_offset(pmd, address);
	/* return the page pte maps, if the access is allowed */
	if (!pte_present(pte))
		return NULL;
	if (write && !(pte_write(pte) && pte_dirty(pte)))
		return NULL;
	if (!pfn_valid(pte_pfn(pte)))
		return NULL;
	return pte_page(pte);
}
