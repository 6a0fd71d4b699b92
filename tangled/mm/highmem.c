/* Generated from src.nw/13-highmem.nw, "High memory"; edit that file, not this one. */
/* The persistent kmap pool, shared by every architecture. */

/* includes */
#include <linux/kernel.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

/* the pool */
int pkmap_count[LAST_PKMAP];            /* 0 free, 1 stale, n>1: n-1 users */
unsigned int last_pkmap_nr;             /* the slot handed out last */
unsigned long pkmap_flushes;            /* flush_all_zero_pkmaps runs */
spinlock_t kmap_lock = SPIN_LOCK_UNLOCKED;      /* all of the above */
pte_t *pkmap_page_table;                /* set by kmap_init */

/* flush_all_zero_pkmaps */
/*
 * Free every slot whose count is 1, then flush the TLB once.
 * => kmap_lock held.  Takes time proportional to LAST_PKMAP.
 */
static void flush_all_zero_pkmaps(void)
{
	unsigned int i;

	for (i = 0; i < LAST_PKMAP; i++) {
		struct page *page;

		if (pkmap_count[i] != 1)
			continue;
		pkmap_count[i] = 0;
		BUG_ON(pte_none(pkmap_page_table[i]));
		page = pte_page(pkmap_page_table[i]);
		pte_clear(&pkmap_page_table[i]);
		page->virtual = NULL;
	}
	flush_tlb_kernel_range(PKMAP_ADDR(0), PKMAP_ADDR(LAST_PKMAP));
	pkmap_flushes++;
}

/* map_new_virtual */
/* Map page at a free slot; returns its address.  => kmap_lock held. */
static unsigned long map_new_virtual(struct page *page)
{
	unsigned int count = LAST_PKMAP;
	unsigned long vaddr;

	/* move last_pkmap_nr to a free slot, flushing when it wraps */
	for (;;) {
		last_pkmap_nr = (last_pkmap_nr + 1) & LAST_PKMAP_MASK;
		if (!last_pkmap_nr) {
			flush_all_zero_pkmaps();
			count = LAST_PKMAP;
		}
		if (!pkmap_count[last_pkmap_nr])
			break;
		if (--count == 0)
			panic("kmap: all %d slots are in use; a kmap without"
			      " its kunmap?", LAST_PKMAP);
	}
	/* map page at slot last_pkmap_nr */
	vaddr = PKMAP_ADDR(last_pkmap_nr);
	set_pte(&pkmap_page_table[last_pkmap_nr], mk_pte(page, kmap_prot));
	pkmap_count[last_pkmap_nr] = 1;
	page->virtual = (void *)vaddr;
	return vaddr;
}

/* kmap_high */
/*
 * Map a high page in the persistent window; returns its address.
 * It is a checked runtime error to hold all LAST_PKMAP slots.
 * => kmap_lock not held.  Takes constant time for a page that has an
 * address; otherwise time proportional to the slots the search passes,
 * and to LAST_PKMAP more when it wraps.
 */
void *kmap_high(struct page *page)
{
	unsigned long vaddr;

	spin_lock(&kmap_lock);
	vaddr = (unsigned long)page_address(page);
	if (!vaddr)
		vaddr = map_new_virtual(page);
	pkmap_count[PKMAP_NR(vaddr)]++;
	BUG_ON(pkmap_count[PKMAP_NR(vaddr)] < 2);
	spin_unlock(&kmap_lock);
	return (void *)vaddr;
}

/* kunmap_high */
/*
 * Drop one user of a high page's persistent mapping.  It is a checked
 * runtime error to kunmap a page that is not kmapped.
 * => kmap_lock not held.  Takes constant time.
 */
void kunmap_high(struct page *page)
{
	unsigned long vaddr, nr;

	spin_lock(&kmap_lock);
	vaddr = (unsigned long)page_address(page);
	if (!vaddr || vaddr < PKMAP_BASE || vaddr >= PKMAP_ADDR(LAST_PKMAP))
		panic("kunmap: page %lu is not kmapped", page_to_pfn(page));
	nr = PKMAP_NR(vaddr);
	BUG_ON(pkmap_count[nr] < 2);
	pkmap_count[nr]--;
	spin_unlock(&kmap_lock);
}
