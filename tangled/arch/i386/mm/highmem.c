/* Generated from src.nw/13-highmem.nw, "High memory"; edit that file, not this one. */
/* kmap, kunmap and the per-CPU kmap_atomic slots. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/monitor.h>
#include <asm/fixmap.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

/* kmap_init */
pte_t *kmap_pte;
pgprot_t kmap_prot;

/*
 * Find the PTEs of the kmap window and slots.  It is a checked runtime
 * error for either to have no page table.  => after pagetable_init.
 */
void __init kmap_init(void)
{
	pkmap_page_table = lookup_address(PKMAP_BASE);
	kmap_pte = lookup_address(__fix_to_virt(FIX_KMAP_BEGIN));
	kmap_prot = PAGE_KERNEL;
	BUG_ON(!pkmap_page_table || !kmap_pte);
}

/* kmap */
/*
 * A kernel address for page until kunmap.  It is a checked runtime
 * error to hold all LAST_PKMAP slots.  => may sleep in Linux, never here.
 */
void *kmap(struct page *page)
{
	if (!PageHighMem(page))
		return page_address(page);
	return kmap_high(page);
}

/* kunmap */
/* Undo one kmap of page.  It is a checked runtime error if there was none. */
void kunmap(struct page *page)
{
	if (PageHighMem(page))
		kunmap_high(page);
}

/* the slot of a type on this processor */
#define smp_processor_id()      0       /* one processor */

/* The slot index of type on this processor, from FIX_KMAP_BEGIN. */
static unsigned int kmap_atomic_idx(enum km_type type)
{
	BUG_ON((unsigned int)type >= KM_TYPE_NR);
	return type + KM_TYPE_NR * smp_processor_id();
}

/* kmap_atomic */
/*
 * Map page at the slot of type on this CPU; returns its address.  It is
 * a checked runtime error to map a type whose slot is in use.
 * => must not sleep until kunmap_atomic.  Takes constant time.
 */
void *kmap_atomic(struct page *page, enum km_type type)
{
	unsigned int idx;

	if (!PageHighMem(page))
		return page_address(page);
	idx = kmap_atomic_idx(type);
	if (!pte_none(*(kmap_pte - idx)))
		panic("kmap_atomic: slot %d is already in use", type);
	set_pte(kmap_pte - idx, mk_pte(page, kmap_prot));
	return (void *)__fix_to_virt(FIX_KMAP_BEGIN + idx);
}

/* kunmap_atomic */
/*
 * Remove the mapping kmap_atomic(page, type) made at kvaddr.  It is a
 * checked runtime error to give a slot's address with another type.
 * Takes constant time.
 */
void kunmap_atomic(void *kvaddr, enum km_type type)
{
	unsigned long vaddr = (unsigned long)kvaddr & PAGE_MASK;
	unsigned int idx = kmap_atomic_idx(type);

	if (vaddr < __fix_to_virt(FIX_KMAP_END) ||
	    vaddr > __fix_to_virt(FIX_KMAP_BEGIN))
		return;                 /* a low page: never mapped */
	if (vaddr != __fix_to_virt(FIX_KMAP_BEGIN + idx))
		panic("kunmap_atomic: %#lx is not the slot of type %d", vaddr, type);
	pte_clear(kmap_pte - idx);
	__flush_tlb_one(vaddr);
}

/* the kmapinfo view */
static void cmd_kmapinfo(int argc, char **argv)
{
	unsigned int i, free = 0, stale = 0, held = 0, users = 0;

	(void)argc, (void)argv;
	/* count the slots that are free, stale and held */
	for (i = 0; i < LAST_PKMAP; i++) {
		if (pkmap_count[i] == 0)
			free++;
		else if (pkmap_count[i] == 1)
			stale++;
		else
			held++, users += pkmap_count[i] - 1;
	}
	printk(KERN_ALERT "pkmap: %u free, %u stale, %u mapped (%u users);"
	       " %lu flushes\n", free, stale, held, users, pkmap_flushes);
}
MONITOR_CMD("kmapinfo", "the persistent kmap pool", cmd_kmapinfo);
