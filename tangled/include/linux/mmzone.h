/* Generated from src.nw/10-physmem.nw, "Describing physical memory"; edit that file, not this one. */
/* Nodes and zones. */
#ifndef _LINUX_MMZONE_H
#define _LINUX_MMZONE_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <asm/page.h>

/* zone indices and limits */
#define ZONE_DMA                0
#define ZONE_NORMAL             1
#define ZONE_HIGHMEM            2
#define MAX_NR_ZONES            3
#define MAX_NR_NODES            1

#define MAX_DMA_ADDRESS_PFN     ((16UL << 20) >> PAGE_SHIFT)   /* 16 MiB */
#define MAXMEM_PFN              ((896UL << 20) >> PAGE_SHIFT)  /* 896 MiB */

/* the buddy allocator's free area */
#define MAX_ORDER       10

struct free_area {
	struct list_head free_list;     /* free blocks of this order */
	unsigned long nr_free;          /* how many */
};

/* the per-CPU page lists */
#define NR_CPUS         1

struct per_cpu_pages {
	int count;                      /* pages on the list */
	int low;                        /* refill when count falls below */
	int high;                       /* drain when count rises above */
	int batch;                      /* pages moved per refill or drain */
	struct list_head list;          /* the pages, most recent first */
};

struct per_cpu_pageset {
	struct per_cpu_pages pcp[2];    /* 0: hot, 1: cold */
};

/* struct zone */
struct zone {
	/* used by the page allocator, under lock */
	spinlock_t lock;
	unsigned long free_pages;       /* in the buddy lists */
	unsigned long pages_min, pages_low, pages_high;
	struct free_area free_area[MAX_ORDER];
	struct per_cpu_pageset pageset[NR_CPUS];

	/* used by reclaim */
	unsigned long kswapd_wakeups;   /* times the allocator woke kswapd */

	/* fixed at boot */
	struct pglist_data *zone_pgdat; /* the node it belongs to */
	struct page *zone_mem_map;      /* its first struct page */
	unsigned long zone_start_pfn;
	unsigned long spanned_pages;    /* pfns covered, holes included */
	unsigned long present_pages;    /* usable RAM pages */
	const char *name;               /* "DMA", "Normal", "HighMem" */
};

/* struct zonelist */
#define GFP_ZONETYPES   3               /* DMA, NORMAL, HIGHMEM requests */

struct zonelist {
	struct zone *zones[MAX_NR_ZONES + 1];   /* NULL-terminated */
};

/* pg_data_t */
/* Generated from src.nw/10-physmem.nw, "Describing physical memory"; edit that file, not this one. */
struct bootmem_data;

typedef struct pglist_data {
	struct zone node_zones[MAX_NR_ZONES];
	struct zonelist node_zonelists[GFP_ZONETYPES];
	int nr_zones;
	struct page *node_mem_map;      /* the node's first struct page */
	struct bootmem_data *bdata;     /* the boot allocator's state */
	unsigned long node_start_pfn;
	unsigned long node_spanned_pages;       /* holes included */
	unsigned long node_present_pages;       /* RAM only */
	int node_id;
	struct pglist_data *pgdat_next; /* the next node, or NULL */
} pg_data_t;

extern pg_data_t contig_page_data;
extern pg_data_t *pgdat_list;
extern struct zone *zone_table[MAX_NR_ZONES * MAX_NR_NODES];

#define for_each_pgdat(pgdat) \
	for (pgdat = pgdat_list; pgdat; pgdat = pgdat->pgdat_next)

/* zone helpers */
static inline bool is_highmem(const struct zone *zone)
{
	return zone == &zone->zone_pgdat->node_zones[ZONE_HIGHMEM];
}

static inline unsigned long zone_idx(const struct zone *zone)
{
	return zone - zone->zone_pgdat->node_zones;
}
void zone_sizes_init(void);
void free_area_init_node(int nid, pg_data_t *pgdat, unsigned long *zones_size,
			 unsigned long node_start_pfn, unsigned long *zholes_size);
void init_zone_watermarks(struct zone *zone);
void zone_pcp_init(struct zone *zone);          /* Chapter "Page allocation" */
bool e820_page_is_ram(unsigned long pfn);

#endif /* _LINUX_MMZONE_H */
