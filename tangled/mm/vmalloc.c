/* Generated from src.nw/15-vmalloc.nw, "Non-contiguous memory"; edit that file, not this one. */
/* vmalloc: virtually contiguous memory from scattered pages. */

/* includes */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#ifndef __HOST_TEST__
#include <linux/monitor.h>
#endif

/* rounding up to a page */
#ifndef PAGE_ALIGN
#define PAGE_ALIGN(addr)        ALIGN(addr, PAGE_SIZE)
#endif

/* the end of the part of a range under one entry */
#ifndef pgd_addr_end
#define pgd_addr_end(addr, end)                                         \
({	unsigned long __boundary = ((addr) + PGDIR_SIZE) & PGDIR_MASK;  \
	(__boundary - 1 < (end) - 1) ? __boundary : (end);              \
})
#endif
#ifndef pmd_addr_end
#define pmd_addr_end(addr, end)                                         \
({	unsigned long __boundary = ((addr) + PMD_SIZE) & PMD_MASK;      \
	(__boundary - 1 < (end) - 1) ? __boundary : (end);              \
})
#endif

/* the list of areas and its lock */
struct vm_struct *vmlist;
spinlock_t vmlist_lock = SPIN_LOCK_UNLOCKED;

/* reserving a range and its guard page */
/*
 * Reserve size bytes (a multiple of PAGE_SIZE) plus a guard page in the
 * vmalloc range; returns the new area, or NULL.
 * => may sleep (kmalloc); takes and releases vmlist_lock.
 */
static struct vm_struct *__get_vm_area(unsigned long size, unsigned long flags,
				       unsigned long caller)
{
	struct vm_struct **p, *tmp, *area;
	unsigned long addr;

	/* refuse a size of zero or one larger than the whole range */
	if (!size || size > VMALLOC_END - VMALLOC_START - PAGE_SIZE)
		return NULL;
	area = kmalloc(sizeof(*area), GFP_KERNEL);
	if (!area)
		return NULL;
	size += PAGE_SIZE;                      /* the guard page */
	spin_lock(&vmlist_lock);
	/* find the first gap of size bytes, leaving p at its link */
	addr = VMALLOC_START;
	for (p = &vmlist; (tmp = *p) != NULL; p = &tmp->next) {
		if ((unsigned long)tmp->addr - addr >= size)
			break;                          /* fits before tmp */
		addr = (unsigned long)tmp->addr + tmp->size;
	}
	if (!tmp && VMALLOC_END - addr < size) {
		spin_unlock(&vmlist_lock);
		kfree(area);
		return NULL;
	}
	/* link area in at p and describe it */
	area->flags = flags;
	area->addr = (void *)addr;
	area->size = size;
	area->nr_pages = 0;
	area->caller = caller;
	area->next = *p;
	*p = area;
	spin_unlock(&vmlist_lock);
	return area;
}

/* get_vm_area, naming its caller */
/*
 * Reserve a range for a caller that maps its own pages (ioremap).
 * => may sleep; takes and releases vmlist_lock.
 * Takes time proportional to the number of areas below the gap.
 */
__noinline struct vm_struct *get_vm_area(unsigned long size, unsigned long flags)
{
	return __get_vm_area(size, flags, (unsigned long)__builtin_return_address(0));
}

/* finding or making a page table */
unsigned long vmalloc_pgtable_pages;    /* page tables made for the range */

/* The PTE of address under *pmd, with a new page table if it had none. */
static pte_t *pte_alloc_kernel(pmd_t *pmd, unsigned long address)
{
	if (pmd_none(*pmd)) {
		/* hang a fresh, empty page table under pmd, or return NULL */
		struct page *table = alloc_page(GFP_KERNEL);

		if (!table)
			return NULL;
		memset(page_address(table), 0, PAGE_SIZE);
		set_pmd(pmd, __pmd(page_to_phys(table) | _KERNPG_TABLE));
		vmalloc_pgtable_pages++;
	}
	BUG_ON(pmd_bad(*pmd));
	return pte_offset_kernel(pmd, address);
}

/* mapping fresh pages: the PTE level */
/* Map a fresh page at each page of [address, end), starting at pte. */
static bool alloc_area_pte(pte_t *pte, unsigned long address, unsigned long end,
			   unsigned int gfp_mask, pgprot_t prot)
{
	do {
		struct page *page = alloc_page(gfp_mask);

		if (!page)
			return false;
		BUG_ON(!pte_none(*pte));        /* areas overlap */
		set_pte(pte, mk_pte(page, prot));
	} while (pte++, address += PAGE_SIZE, address != end);
	return true;
}

/* mapping fresh pages: the PMD level */
/* Fill [address, end), which lies under one PGD entry, starting at pmd. */
static bool alloc_area_pmd(pmd_t *pmd, unsigned long address, unsigned long end,
			   unsigned int gfp_mask, pgprot_t prot)
{
	unsigned long next;

	do {
		pte_t *pte = pte_alloc_kernel(pmd, address);

		next = pmd_addr_end(address, end);
		if (!pte || !alloc_area_pte(pte, address, next, gfp_mask, prot))
			return false;
	} while (pmd++, address = next, address != end);
	return true;
}

/* mapping fresh pages: the PGD level */
/*
 * Map fresh pages from gfp_mask at [address, address + size), which must
 * be page-aligned and unmapped.  Returns false if memory ran out; what
 * was mapped stays mapped, for vmfree_area_pages to undo.  It is a
 * checked runtime error for a PTE of the range to be in use.
 * => may sleep (alloc_page).  Takes time proportional to the pages.
 */
bool vmalloc_area_pages(unsigned long address, unsigned long size,
			unsigned int gfp_mask, pgprot_t prot)
{
	unsigned long end = address + size, next;
	pgd_t *pgd = pgd_offset_k(address);

	do {
		next = pgd_addr_end(address, end);
		BUG_ON(pgd_none(*pgd) || pgd_bad(*pgd));
		if (!alloc_area_pmd(pmd_offset(pgd, address), address, next,
				    gfp_mask, prot))
			return false;
	} while (pgd++, address = next, address != end);
	return true;
}

/* unmapping and freeing: the PTE level */
/* Clear the PTEs of [address, end) from pte on and free their pages. */
static void free_area_pte(pte_t *pte, unsigned long address, unsigned long end)
{
	do {
		pte_t old = ptep_get_and_clear(pte);

		if (pte_none(old))
			continue;
		if (pte_present(old)) {
			/* free the page old mapped, unless it is not ordinary RAM */
			unsigned long pfn = pte_pfn(old);

			if (pfn_valid(pfn) && !PageReserved(pfn_to_page(pfn)))
				__free_page(pfn_to_page(pfn));
			continue;
		}
		printk(KERN_CRIT "vfree: swapped-out page in a kernel page table at %08lx\n",
		       address);
	} while (pte++, address += PAGE_SIZE, address != end);
}

/* unmapping and freeing: the PMD level */
/* Unmap [address, end), which lies under one PGD entry, from pmd on. */
static void free_area_pmd(pmd_t *pmd, unsigned long address, unsigned long end)
{
	unsigned long next;

	do {
		next = pmd_addr_end(address, end);
		if (pmd_none(*pmd))
			continue;
		/* report and clear a corrupt pmd, and skip it */
		if (pmd_bad(*pmd)) {
			printk(KERN_ERR "vfree: bad pmd %016llx at %08lx\n",
			       pmd_val(*pmd), address);
			pmd_clear(pmd);
			continue;
		}
		free_area_pte(pte_offset_kernel(pmd, address), address, next);
	} while (pmd++, address = next, address != end);
}

/* unmapping and freeing: the PGD level */
unsigned long vmalloc_tlb_flushes;

/*
 * Unmap [address, address + size) and free its pages; flushes the TLB.
 * => vmlist_lock may be held (vfree holds it); does not sleep.
 * Takes time proportional to the pages, plus one TLB flush.
 */
void vmfree_area_pages(unsigned long address, unsigned long size)
{
	unsigned long end = address + size, next;
	pgd_t *pgd = pgd_offset_k(address);

	do {
		next = pgd_addr_end(address, end);
		if (!pgd_none(*pgd) && !pgd_bad(*pgd))
			free_area_pmd(pmd_offset(pgd, address), address, next);
	} while (pgd++, address = next, address != end);
	flush_tlb_all();
	vmalloc_tlb_flushes++;
}

/* freeing an area: vfree */
/*
 * Free the area vmalloc returned at addr: its pages, its descriptor, its
 * TLB entries.  vfree(NULL) does nothing.  It is a checked runtime error
 * for addr to be misaligned or to start no area: it is reported and
 * ignored.  => takes and releases vmlist_lock; does not sleep.
 * Takes time proportional to the areas below addr plus its pages.
 */
void vfree(void *addr)
{
	struct vm_struct **p, *tmp;

	if (!addr)
		return;
	/* complain about and ignore a misaligned addr */
	if ((unsigned long)addr & (PAGE_SIZE - 1)) {
		printk(KERN_ERR "Trying to vfree() bad address (%p)\n", addr);
		return;
	}
	spin_lock(&vmlist_lock);
	for (p = &vmlist; (tmp = *p) != NULL; p = &tmp->next) {
		if (tmp->addr == addr) {
			/* unlink tmp, unmap its pages and free it */
			*p = tmp->next;
			vmfree_area_pages((unsigned long)tmp->addr, tmp->size - PAGE_SIZE);
			spin_unlock(&vmlist_lock);
			kfree(tmp);
			return;
		}
	}
	spin_unlock(&vmlist_lock);
	printk(KERN_ERR "Trying to vfree() nonexistent vm area (%p)\n", addr);
}

/* reserving and filling an area */
/* vmalloc with a GFP mask and a protection; caller is for the view. */
static void *__vmalloc_caller(unsigned long size, unsigned int gfp_mask,
			      pgprot_t prot, unsigned long caller)
{
	struct vm_struct *area;

	size = PAGE_ALIGN(size);
	if (!size || (size >> PAGE_SHIFT) > totalram_pages)
		return NULL;
	area = __get_vm_area(size, VM_ALLOC, caller);
	if (!area)
		return NULL;
	/* map size bytes of pages into area, or free it and return NULL */
	if (!vmalloc_area_pages((unsigned long)area->addr, size, gfp_mask, prot)) {
		vfree(area->addr);
		return NULL;
	}
	area->nr_pages = size >> PAGE_SHIFT;
	return area->addr;
}

/* __vmalloc, with the caller's mask */
#define RETURN_ADDRESS  ((unsigned long)__builtin_return_address(0))

/*
 * size bytes, rounded up to pages, of pages from gfp_mask mapped with
 * prot; NULL if the addresses or the pages run out.
 * => may sleep.  Takes time proportional to the areas below the gap
 * plus the pages.
 */
__noinline void *__vmalloc(unsigned long size, unsigned int gfp_mask, pgprot_t prot)
{
	return __vmalloc_caller(size, gfp_mask, prot, RETURN_ADDRESS);
}

/* vmalloc, from any zone */
/*
 * As __vmalloc, from any zone, high memory first, writable and not
 * executable.  => may sleep.  Same cost as __vmalloc.
 */
__noinline void *vmalloc(unsigned long size)
{
	return __vmalloc_caller(size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL,
				RETURN_ADDRESS);
}

/* vmalloc_32 and vmalloc_dma, from low zones */
/* As vmalloc, from ZONE_NORMAL or below.  => may sleep. */
__noinline void *vmalloc_32(unsigned long size)
{
	return __vmalloc_caller(size, GFP_KERNEL, PAGE_KERNEL, RETURN_ADDRESS);
}

/* As vmalloc, from ZONE_DMA only.  => may sleep. */
__noinline void *vmalloc_dma(unsigned long size)
{
	return __vmalloc_caller(size, GFP_KERNEL | GFP_DMA, PAGE_KERNEL,
				RETURN_ADDRESS);
}

/* naming the area of a faulting address */
#define VM_LINE "0x%08lx-0x%08lx"       /* an area's range, as in vmallocinfo */

/*
 * Name the vmalloc area that address is in, if it is in the range.
 * => any context, even with vmlist_lock held: takes no lock.
 * Takes time proportional to the number of areas.
 */
void vmalloc_report_fault(unsigned long address)
{
	struct vm_struct *tmp;

	if (address < VMALLOC_START || address >= VMALLOC_END)
		return;
	/* report the area that holds address, if any, and return */
	for (tmp = vmlist; tmp; tmp = tmp->next) {
		unsigned long start = (unsigned long)tmp->addr, end = start + tmp->size;

		if (address < start || address >= end)
			continue;
		/* report that address is in area tmp */
		printk(KERN_EMERG "vmalloc: %08lx is %s vmalloc area " VM_LINE
		       " (%u pages, caller [<%08lx>])\n", address,
		       address >= end - PAGE_SIZE ? "the guard page after" : "inside",
		       start, end, tmp->nr_pages, tmp->caller);
		return;
	}
	printk(KERN_EMERG "vmalloc: %08lx is in no vmalloc area"
	       " (freed, or never allocated)\n", address);
}

/* printing one area as /proc/vmallocinfo does */
/* Print one line per area, as Linux 2.6's /proc/vmallocinfo does. */
static void show_area(const struct vm_struct *v)
{
	printk(KERN_ALERT VM_LINE " %7lu", (unsigned long)v->addr,
	       (unsigned long)v->addr + v->size, v->size);
	if (v->caller)
		printk(KERN_CONT " [<%08lx>]", v->caller);
	if (v->nr_pages)
		printk(KERN_CONT " pages=%u", v->nr_pages);
	if (v->flags & VM_IOREMAP)
		printk(KERN_CONT " ioremap");
	if (v->flags & VM_ALLOC)
		printk(KERN_CONT " vmalloc");
	printk(KERN_CONT "\n");
}

/* the vmallocinfo summary */
/*
 * Print every area and the range's totals.
 * => takes and releases vmlist_lock.  Takes time proportional to the
 * number of areas.
 */
void vmallocinfo_show(void)
{
	unsigned long used = 0, chunk = 0, addr = VMALLOC_START;
	struct vm_struct *v;

	spin_lock(&vmlist_lock);
	/* print each area, adding up used and the largest gap chunk */
	for (v = vmlist; v; v = v->next) {
		show_area(v);
		used += v->size;
		chunk = max(chunk, (unsigned long)v->addr - addr);
		addr = (unsigned long)v->addr + v->size;
	}
	chunk = max(chunk, VMALLOC_END - addr);
	spin_unlock(&vmlist_lock);
	printk(KERN_ALERT "VmallocTotal: %lu kB, VmallocUsed: %lu kB, VmallocChunk: %lu kB;"
	       " %lu page tables, %lu TLB flushes\n", (VMALLOC_END - VMALLOC_START) >> 10,
	       used >> 10, chunk >> 10, vmalloc_pgtable_pages, vmalloc_tlb_flushes);
}

/* the monitor commands, in the kernel build only */
#ifndef __HOST_TEST__

/* the vmallocinfo monitor command */
static void cmd_vmallocinfo(int argc, char **argv)
{
	(void)argc, (void)argv;
	vmallocinfo_show();
}
MONITOR_CMD("vmallocinfo", "the vmalloc areas, as /proc/vmallocinfo", cmd_vmallocinfo);

/* the vmalloc monitor command */
static void cmd_vmalloc(int argc, char **argv)
{
	unsigned long pages = argc == 2 ? simple_strtoul(argv[1], NULL, 0) : 0;
	void *addr = pages ? vmalloc(pages * PAGE_SIZE) : NULL;

	if (!pages)
		printk(KERN_ALERT "usage: vmalloc PAGES\n");
	else
		printk(KERN_ALERT "vmalloc(%lu pages) = %p\n", pages, addr);
}
MONITOR_CMD("vmalloc", "allocate non-contiguous memory: vmalloc PAGES", cmd_vmalloc);

/* the vfree monitor command */
static void cmd_vfree(int argc, char **argv)
{
	if (argc != 2) {
		printk(KERN_ALERT "usage: vfree ADDRESS (hexadecimal)\n");
		return;
	}
	vfree((void *)simple_strtoul(argv[1], NULL, 16));
}
MONITOR_CMD("vfree", "free a vmalloc area: vfree ADDRESS", cmd_vfree);
#endif
