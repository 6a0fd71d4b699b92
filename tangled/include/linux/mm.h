/* Generated from src.nw/10-physmem.nw, "Describing physical memory"; edit that file, not this one. */
/* struct page and the conversions between pages, frames and addresses. */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/mmzone.h>
#include <asm/page.h>

/* struct page */
struct page {
	unsigned long flags;            /* PG_* bits; zone index on top */
	int count;                      /* users; 0 = owned by the allocator */
	struct list_head list;          /* free lists; slab's pointers */
	struct list_head lru;           /* reclaim's LRU lists (Part IV) */
	unsigned long private;          /* a block's order; else its owner's */
	void *virtual;                  /* kernel address, or NULL */
};

/* and the page counters */
extern struct page *mem_map;
extern unsigned long max_mapnr;         /* pages in mem_map */
extern unsigned long totalram_pages;    /* pages given to the allocator */
extern unsigned long totalhigh_pages;   /* of which in ZONE_HIGHMEM */

#define page_address(page)      ((page)->virtual)

#include <linux/page-flags.h>

/* the zone index in the top bits of flags */
#define BITS_PER_LONG   (8 * (int)sizeof(unsigned long))
#define ZONE_SHIFT      (BITS_PER_LONG - 8)

static inline void set_page_zone(struct page *page, unsigned long zone_id)
{
	page->flags &= (1UL << ZONE_SHIFT) - 1;
	page->flags |= zone_id << ZONE_SHIFT;
}

static inline struct zone *page_zone(const struct page *page)
{
	return zone_table[page->flags >> ZONE_SHIFT];
}

/* converting between frames, pages and addresses */
#define pfn_to_page(pfn)        (mem_map + (pfn))
#define page_to_pfn(page)       ((unsigned long)((page) - mem_map))
#define pfn_valid(pfn)          ((pfn) < max_mapnr)
#define page_to_phys(page)      ((phys_addr_t)page_to_pfn(page) << PAGE_SHIFT)
#define virt_to_page(kaddr)     pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)

/* counting a page's users */
static inline int page_count(const struct page *page)
{
	return page->count;
}

static inline void set_page_count(struct page *page, int v)
{
	page->count = v;
}

static inline void get_page(struct page *page)
{
	page->count++;
}

/* Drop a reference; true if it was the last. */
static inline bool put_page_testzero(struct page *page)
{
	BUG_ON(page->count <= 0);
	return --page->count == 0;
}

#endif /* _LINUX_MM_H */
