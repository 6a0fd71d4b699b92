/* Generated from src.nw/02-pgtable.nw, "Page tables"; edit that file, not this one. */
/* The kernel's final page tables: paging_init, fixed mappings, views. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/monitor.h>
#include <asm/fixmap.h>
#include <asm/highmem.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/sections.h>
#include <asm/tlbflush.h>

/* the accepted bits */
u64 __supported_pte_mask = ~_PAGE_NX;

/* alloc_pgtable_page */
static unsigned int pgtable_pages;      /* pages paging_init allocated */

/* A zeroed page for a page table, from low memory. */
static void *__init alloc_pgtable_page(void)
{
	pgtable_pages++;
	return alloc_bootmem_low_pages(PAGE_SIZE);
}

/* one_page_table_init */
/* The page table under *pmd, made empty if there was none. */
static pte_t *__init one_page_table_init(pmd_t *pmd)
{
	if (pmd_none(*pmd)) {
		pte_t *table = alloc_pgtable_page();

		set_pmd(pmd, __pmd(__pa(table) | _KERNPG_TABLE));
	}
	BUG_ON(pmd_bad(*pmd));
	return (pte_t *)pmd_page_kernel(*pmd);
}

/* kernel_page_prot */
/* The protection of the direct-map page at vaddr. */
static pgprot_t __init kernel_page_prot(unsigned long vaddr)
{
	unsigned long text = (unsigned long)_text;
	unsigned long rodata = ALIGN((unsigned long)_etext, PAGE_SIZE);

	if (vaddr >= (unsigned long)__init_begin && vaddr < (unsigned long)__init_end)
		return PAGE_KERNEL_EXEC;
	if (vaddr >= text && vaddr < rodata)
		return PAGE_KERNEL_RX;
	if (vaddr >= rodata && vaddr < (unsigned long)_sdata)
		return PAGE_KERNEL_RO;
	return PAGE_KERNEL;
}

/* large_page_fits */
/* Whether every page of the 2 MiB at vaddr has the same protection. */
static bool __init large_page_fits(unsigned long vaddr)
{
	const unsigned long bounds[] = {
		(unsigned long)_text, ALIGN((unsigned long)_etext, PAGE_SIZE),
		(unsigned long)_sdata, (unsigned long)__init_begin,
		(unsigned long)__init_end,
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bounds); i++)
		if (bounds[i] > vaddr && bounds[i] < vaddr + PMD_SIZE)
			return false;
	return true;
}

/* kernel_physical_mapping_init */
static unsigned int direct_large_pages, direct_small_pages;

/* Map low memory at PAGE_OFFSET in the kernel PMD pmd_base. */
static void __init kernel_physical_mapping_init(pmd_t *pmd_base)
{
	unsigned long pfn;
	pmd_t *pmd = pmd_base + pmd_index(PAGE_OFFSET);

	for (pfn = 0; pfn < max_low_pfn; pfn += PTRS_PER_PTE, pmd++) {
		unsigned long vaddr = (unsigned long)__va(pfn << PAGE_SHIFT);

		if (large_page_fits(vaddr)) {
			/* map the 2 MiB at pfn with one large page */
			pgprot_t prot = kernel_page_prot(vaddr);

			set_pmd(pmd, pfn_pmd(pfn, __pgprot(pgprot_val(prot) | _PAGE_PSE)));
			direct_large_pages++;
		} else {
			/* map the 2 MiB at pfn with a page table of 4 KiB pages */
			pte_t *pte = one_page_table_init(pmd);
			unsigned int i;

			for (i = 0; i < PTRS_PER_PTE; i++, pte++)
				set_pte(pte, pfn_pte(pfn + i, kernel_page_prot(vaddr + i * PAGE_SIZE)));
			direct_small_pages += PTRS_PER_PTE;
		}
	}
}

/* fixrange_init */
/* Give every 2 MiB step of [start, end) a page table under pmd_base. */
static void __init fixrange_init(unsigned long start, unsigned long end,
				 pmd_t *pmd_base)
{
	unsigned long vaddr;

	for (vaddr = start & PMD_MASK; vaddr < end && vaddr >= (start & PMD_MASK);
	     vaddr += PMD_SIZE)
		one_page_table_init(pmd_base + pmd_index(vaddr));
}

/* pagetable_init */
/* Build the final kernel tables and switch swapper_pg_dir to them. */
static void __init pagetable_init(void)
{
	pmd_t *pmd_base = alloc_pgtable_page();
	pgd_t *pgd = swapper_pg_dir + pgd_index(PAGE_OFFSET);

	kernel_physical_mapping_init(pmd_base);
	fixrange_init(FIXADDR_START, FIXADDR_TOP, pmd_base);
	fixrange_init(PKMAP_BASE, PKMAP_BASE + LAST_PKMAP * PAGE_SIZE, pmd_base);
	set_pgd(pgd, __pgd(__pa(pmd_base) | _PAGE_PRESENT));
	load_cr3(swapper_pg_dir);       /* the PGD changed: reload it */
}

/* print_region */
#define LAYOUT_LINE     "    %-8s: 0x%08lx - 0x%08lx   (%5lu kB)\n"

static void print_region(const char *name, unsigned long start, unsigned long end)
{
	printk(KERN_INFO LAYOUT_LINE, name, start, end, (end - start) >> 10);
}

/* print_kernel_layout */
/* Print the kernel's virtual memory layout and the direct map's shape. */
static void print_kernel_layout(void)
{
	printk(KERN_INFO "virtual kernel memory layout:\n");
	print_region("fixmap", FIXADDR_START, FIXADDR_TOP);
	print_region("pkmap", PKMAP_BASE, PKMAP_BASE + LAST_PKMAP * PAGE_SIZE);
	print_region("vmalloc", VMALLOC_START, VMALLOC_END);
	print_region("lowmem", PAGE_OFFSET, (unsigned long)high_memory);
	print_region("  .text", (unsigned long)_text, (unsigned long)_etext);
	print_region("  .data", (unsigned long)_sdata, (unsigned long)_end);
	printk(KERN_INFO "direct map: %u 2 MiB pages, %u 4 KiB pages;"
	       " %u page-table pages\n", direct_large_pages,
	       direct_small_pages, pgtable_pages);
}

/* paging_init */
/*
 * Build the kernel's final page tables, then describe the zones.
 * => called once, from start_kernel, after the boot allocator is set up;
 * it is an unchecked runtime error to call it twice.  Takes time
 * proportional to the size of low memory.
 */
void __init paging_init(void)
{
	u32 a, b, c, d;

	if (nx_enabled)
		__supported_pte_mask |= _PAGE_NX;
	high_memory = __va(max_low_pfn << PAGE_SHIFT);
	pagetable_init();
	cpuid(1, &a, &b, &c, &d);
	if (d & CPUID_1_EDX_PGE)
		write_cr4(read_cr4() | X86_CR4_PGE);
	__flush_tlb_all();
	kmap_init();
	print_kernel_layout();
	zone_sizes_init();
}

/* lookup_address */
/*
 * The PTE of kernel address address, or NULL if it has none (no page
 * table, or a 2 MiB page).  Takes constant time.
 */
pte_t *lookup_address(unsigned long address)
{
	pgd_t *pgd = pgd_offset_k(address);
	pmd_t *pmd;

	if (pgd_none(*pgd) || pgd_bad(*pgd))
		return NULL;
	pmd = pmd_offset(pgd, address);
	if (pmd_none(*pmd) || pmd_bad(*pmd))
		return NULL;
	return pte_offset_kernel(pmd, address);
}

/* __set_fixmap */
/*
 * Map the page at phys at fixed slot idx with prot, or unmap the slot if
 * prot is empty.  It is a checked runtime error to name a slot that does
 * not exist.  => after paging_init.  Takes constant time.
 */
void __set_fixmap(enum fixed_addresses idx, phys_addr_t phys, pgprot_t prot)
{
	unsigned long vaddr = fix_to_virt(idx);
	pte_t *pte = lookup_address(vaddr);

	BUG_ON(!pte);
	pte_clear(pte);
	if (pgprot_val(prot))
		set_pte(pte, mk_pte_phys(phys, prot));
	__flush_tlb_one(vaddr);
}

/* the walk view */
static void cmd_walk(int argc, char **argv)
{
	unsigned long addr;
	pgd_t *pgd;
	pmd_t *pmd;

	if (argc != 2) {
		printk(KERN_ALERT "usage: walk ADDRESS (hexadecimal)\n");
		return;
	}
	addr = simple_strtoul(argv[1], NULL, 16);
	pgd = pgd_offset_k(addr);
	printk(KERN_ALERT "pgd[%lu] = %016llx\n", pgd_index(addr), pgd_val(*pgd));
	if (!pgd_present(*pgd))
		return;
	/* print the PMD entry of addr and, under a table, its PTE */
	pmd = pmd_offset(pgd, addr);
	printk(KERN_ALERT "pmd[%lu] = %016llx%s\n", pmd_index(addr), pmd_val(*pmd),
	       pmd_large(*pmd) ? " (2 MiB page)" : "");
	if (pmd_present(*pmd) && !pmd_large(*pmd))
		printk(KERN_ALERT "pte[%lu] = %016llx\n", pte_index(addr),
		       pte_val(*pte_offset(pmd, addr)));
}
MONITOR_CMD("walk", "the page-table entries of an address: walk ADDR", cmd_walk);

/* the layout view */
static void cmd_layout(int argc, char **argv)
{
	(void)argc, (void)argv;
	print_kernel_layout();
}
MONITOR_CMD("layout", "the kernel's virtual memory layout", cmd_layout);
