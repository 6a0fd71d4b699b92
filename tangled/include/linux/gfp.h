/* Generated from src.nw/12-page-alloc.nw, "Page allocation"; edit that file, not this one. */
/* The page allocator's interface: GFP flags, allocation and freeing. */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/kernel.h>
#include <linux/mmzone.h>

struct page;

/* zone modifiers */
#define __GFP_DMA       0x01u   /* only ZONE_DMA will do */
#define __GFP_HIGHMEM   0x02u   /* ZONE_HIGHMEM is acceptable, and preferred */
#define GFP_ZONEMASK    (__GFP_DMA | __GFP_HIGHMEM)

/* action modifiers */
#define __GFP_WAIT      0x10u   /* may sleep: reclaim is allowed */
#define __GFP_HIGH      0x20u   /* may use the emergency reserve */
#define __GFP_IO        0x40u   /* reclaim may start disk I/O */
#define __GFP_FS        0x80u   /* reclaim may call into file systems */
#define __GFP_COLD      0x100u  /* a cache-cold page will do */
#define __GFP_NOWARN    0x200u  /* no message if the allocation fails */
#define __GFP_REPEAT    0x400u  /* retry while retrying helps */
#define __GFP_NOFAIL    0x800u  /* must not fail */
#define __GFP_NORETRY   0x1000u /* do not retry */

/* the usual combinations */
#define GFP_ATOMIC      (__GFP_HIGH)
#define GFP_NOIO        (__GFP_WAIT)
#define GFP_NOFS        (__GFP_WAIT | __GFP_IO)
#define GFP_KERNEL      (__GFP_WAIT | __GFP_IO | __GFP_FS)
#define GFP_USER        (__GFP_WAIT | __GFP_IO | __GFP_FS)
#define GFP_HIGHUSER    (GFP_USER | __GFP_HIGHMEM)
#define GFP_DMA         __GFP_DMA

/* choosing a zonelist */
/* The index of the zonelist for gfp_mask: 0 normal, 1 DMA, 2 highmem. */
static inline unsigned int gfp_zone(unsigned int gfp_mask)
{
	unsigned int zone = gfp_mask & GFP_ZONEMASK;

	if (unlikely(zone >= GFP_ZONETYPES)) {
		printk(KERN_EMERG "page allocator: mode %#x asks for both "
		       "__GFP_DMA and __GFP_HIGHMEM\n", gfp_mask);
		BUG();
	}
	return zone;
}

/* allocating pages */
struct page *__alloc_pages(unsigned int gfp_mask, unsigned int order,
			   struct zonelist *zonelist);

static inline struct page *alloc_pages(unsigned int gfp_mask, unsigned int order)
{
	return __alloc_pages(gfp_mask, order,
			     contig_page_data.node_zonelists + gfp_zone(gfp_mask));
}

#define alloc_page(gfp_mask)            alloc_pages(gfp_mask, 0)

unsigned long __get_free_pages(unsigned int gfp_mask, unsigned int order);
unsigned long get_zeroed_page(unsigned int gfp_mask);
#define __get_free_page(gfp_mask)       __get_free_pages(gfp_mask, 0)

/* freeing pages */
void __free_pages(struct page *page, unsigned int order);
void free_pages(unsigned long addr, unsigned int order);
#define __free_page(page)               __free_pages(page, 0)
#define free_page(addr)                 free_pages(addr, 0)

void free_hot_page(struct page *page);
void free_cold_page(struct page *page);

/* setting up and inspecting the allocator */
void build_all_zonelists(void);
void setup_pageset(struct per_cpu_pageset *p, int batch);
unsigned long drain_local_pages(void);
void wakeup_kswapd(struct zone *zone);
unsigned long nr_free_pages(void);
unsigned long nr_free_highpages(void);
void buddyinfo_show(void);
void meminfo_show(void);

#endif /* _LINUX_GFP_H */
