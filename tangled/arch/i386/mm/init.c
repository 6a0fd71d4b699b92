/* Generated from src.nw/11-bootmem.nw, "The boot memory allocator"; edit that file, not this one. */
/* mem_init: retire the boot allocator and free high and init memory. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/setup.h>
#include <linux/string.h>
#include <asm/page.h>
#include <asm/sections.h>

/* pages to KiB */
#define K(pages)        ((pages) << (PAGE_SHIFT - 10))  /* pages to KiB */

/* freeing one high page */
/* Give one high page to the buddy allocator. */
static void __init one_highpage_init(struct page *page)
{
	ClearPageReserved(page);
	set_page_count(page, 1);
	__free_page(page);
	totalhigh_pages++;
}

/* free_initmem */
#define POISON_FREE_INITMEM     0xCC    /* int3 */

/*
 * Give the pages of the __init sections to the buddy allocator.
 * => nothing marked __init or __initdata may be used afterwards; that
 * is a checked runtime error for code (int3) and unchecked for data.
 */
void free_initmem(void)
{
	unsigned long addr = (unsigned long)__init_begin;

	for (; addr < (unsigned long)__init_end; addr += PAGE_SIZE) {
		/* poison the page at addr and give it to the buddy allocator */
		struct page *page = virt_to_page(addr);

		ClearPageReserved(page);
		set_page_count(page, 1);
		memset((void *)addr, POISON_FREE_INITMEM, PAGE_SIZE);
		__free_page(page);
		totalram_pages++;
	}
	printk(KERN_INFO "Freeing unused kernel memory: %luk freed\n",
	       (unsigned long)(__init_end - __init_begin) >> 10);
}

/* mem_init */
/*
 * Retire the boot allocator: all free low memory, all high memory and
 * the __init sections go to the buddy allocator.  => after paging_init
 * and build_all_zonelists; the boot allocator is gone afterwards.  It
 * is a checked runtime error to call it before mem_map exists.
 */
void mem_init(void)
{
	unsigned long reserved, code, data, init;

	if (!mem_map)
		panic("mem_init: no mem_map; paging_init must run first");
	totalram_pages += free_all_bootmem();
	reserved = reserved_ram_pages(0, max_low_pfn);
	set_highmem_pages_init(one_highpage_init);
	totalram_pages += totalhigh_pages;
	/* print the Memory: line, sizes in KiB */
	code = _etext - _text;
	init = __init_end - __init_begin;
	data = _edata - _etext - init;
	printk(KERN_INFO "Memory: %luk/%luk available (%luk kernel code, "
	       "%luk reserved, %luk data, %luk init, %luk highmem)\n",
	       K(nr_free_pages()), K(max_mapnr), code >> 10, K(reserved),
	       data >> 10, init >> 10, K(totalhigh_pages));
	free_initmem();
}
