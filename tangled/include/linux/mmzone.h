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

/* struct free_area, the free blocks of one order */
#define MAX_ORDER       10

struct free_area {
	struct list_head free_list;     /* free blocks of this order */
	unsigned long nr_free;          /* how many */
};

/* struct per_cpu_pages, one list of free pages */
#define NR_CPUS         1

struct per_cpu_pages {
	int count;                      /* pages on the list */
	int low;                        /* refill when count falls below */
	int high;                       /* drain when count rises above */
	int batch;                      /* pages moved per refill or drain */
	struct list_head list;          /* the pages, most recent first */
};

/* struct per_cpu_pageset, a processor's lists for one zone */
struct per_cpu_pageset {
	struct per_cpu_pages pcp[2];    /* 0: hot, 1: cold */
};

/* struct zone */
struct zone {
	/* the page allocator's: lock guards free_pages and free_area */
	spinlock_t lock;                         /* irq-safe in Linux */
	unsigned long free_pages;                /* pages in the buddy lists */
	/* watermarks in pages, set at boot: see init_zone_watermarks */
	unsigned long pages_min, pages_low, pages_high;
	struct free_area free_area[MAX_ORDER];   /* free blocks, by order */
	struct per_cpu_pageset pageset[NR_CPUS]; /* each CPU's own, no lock */

	/* used by reclaim */
	unsigned long kswapd_wakeups;            /* times kswapd was woken */

	/* fixed at boot */
	struct pglist_data *zone_pgdat;          /* the node it belongs to */
	struct page *zone_mem_map;               /* its first struct page */
	unsigned long zone_start_pfn;            /* its first frame */
	unsigned long spanned_pages;             /* frames, holes included */
	unsigned long present_pages;             /* usable RAM pages */
	const char *name;                        /* DMA, Normal or HighMem */
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
	/* written once at boot (see below), then read without a lock */
	struct zone node_zones[MAX_NR_ZONES];          /* indexed by ZONE_* */
	struct zonelist node_zonelists[GFP_ZONETYPES]; /* by GFP zone bits */
	int nr_zones;                                  /* always 3 here */
	struct page *node_mem_map;                     /* first struct page */
	struct bootmem_data *bdata;                    /* bootmem's state */
	unsigned long node_start_pfn;                  /* its first frame: 0 */
	unsigned long node_spanned_pages;              /* holes included */
	unsigned long node_present_pages;              /* RAM only */
	int node_id;                                   /* its zone_table row */
	struct pglist_data *pgdat_next;                /* next node, or NULL */
} pg_data_t;

/* the node list and the zone table */
extern pg_data_t contig_page_data;
extern pg_data_t *pgdat_list;
extern struct zone *zone_table[MAX_NR_ZONES * MAX_NR_NODES];

#define for_each_pgdat(pgdat) \
	for (pgdat = pgdat_list; pgdat; pgdat = pgdat->pgdat_next)

/* a zone's index and kind from its place in its node */
static inline bool is_highmem(const struct zone *zone)
{
	return zone == &zone->zone_pgdat->node_zones[ZONE_HIGHMEM];
}

static inline unsigned long zone_idx(const struct zone *zone)
{
	return zone - zone->zone_pgdat->node_zones;
}

/* the zone set-up functions that other files call */
void zone_sizes_init(void);
void free_area_init_node(int nid, pg_data_t *pgdat, unsigned long *zones_size,
			 unsigned long node_start_pfn, unsigned long *zholes_size);
void init_zone_watermarks(struct zone *zone);
void zone_pcp_init(struct zone *zone);          /* Chapter "Page allocation" */

#endif /* _LINUX_MMZONE_H */
