/* Generated from src.nw/11-bootmem.nw, "The boot memory allocator"; edit that file, not this one. */
/* The boot memory allocator: a first-fit bitmap allocator for early boot. */
#ifndef _LINUX_BOOTMEM_H
#define _LINUX_BOOTMEM_H

#include <linux/types.h>
#include <linux/mmzone.h>
#include <asm/cache.h>
#include <asm/page.h>

/* page frame number conversions */
#define PFN_UP(x)       (((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)     ((x) >> PAGE_SHIFT)
#define PFN_PHYS(x)     ((phys_addr_t)(x) << PAGE_SHIFT)

/* bootmem_data_t */
typedef struct bootmem_data {
	/* the node's memory, fixed by init_bootmem_node */
	unsigned long node_boot_start;  /* physical address of index 0 */
	unsigned long node_low_pfn;     /* one past the last frame covered */
	void *node_bootmem_map;         /* 1 bit a page, 1 = reserved;
					   NULL once the allocator retired */

	/* updated by every allocation */
	unsigned long last_offset;      /* bytes used in page last_pos;
					   0 = that page is full */
	unsigned long last_pos;         /* index of the page where the
					   last allocation ended */
	unsigned long last_success;     /* byte offset where the last
					   scan succeeded (Linux 2.6) */
} bootmem_data_t;

/* the frame limits */
extern unsigned long min_low_pfn;       /* first frame after the kernel */
extern unsigned long max_low_pfn;       /* one past the last low frame */
extern unsigned long max_pfn;           /* one past the last RAM frame */

/* starting the allocator */
unsigned long bootmem_bootmap_pages(unsigned long pages);
unsigned long init_bootmem(unsigned long start, unsigned long pages);
unsigned long init_bootmem_node(pg_data_t *pgdat, unsigned long freepfn,
				unsigned long startpfn, unsigned long endpfn);

/* freeing and reserving ranges */
void reserve_bootmem(unsigned long addr, unsigned long size);
void reserve_bootmem_node(pg_data_t *pgdat, unsigned long addr,
			  unsigned long size);
void free_bootmem(unsigned long addr, unsigned long size);
void free_bootmem_node(pg_data_t *pgdat, unsigned long addr,
		       unsigned long size);

/* allocating and retiring */
void *__alloc_bootmem(unsigned long size, unsigned long align,
		      unsigned long goal);
void *__alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
			   unsigned long align, unsigned long goal);
unsigned long free_all_bootmem(void);
unsigned long free_all_bootmem_node(pg_data_t *pgdat);

/* the allocation goals */
#define BOOTMEM_GOAL_DMA        0UL     /* "low": ZONE_DMA first */
#define BOOTMEM_GOAL_NORMAL     (MAX_DMA_ADDRESS_PFN << PAGE_SHIFT)

/* allocating on the one node */
#define alloc_bootmem(x) \
	__alloc_bootmem((x), SMP_CACHE_BYTES, BOOTMEM_GOAL_NORMAL)
#define alloc_bootmem_low(x) \
	__alloc_bootmem((x), SMP_CACHE_BYTES, BOOTMEM_GOAL_DMA)
#define alloc_bootmem_pages(x) \
	__alloc_bootmem((x), PAGE_SIZE, BOOTMEM_GOAL_NORMAL)
#define alloc_bootmem_low_pages(x) \
	__alloc_bootmem((x), PAGE_SIZE, BOOTMEM_GOAL_DMA)

/* allocating on a named node */
#define alloc_bootmem_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), SMP_CACHE_BYTES, BOOTMEM_GOAL_NORMAL)
#define alloc_bootmem_pages_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), PAGE_SIZE, BOOTMEM_GOAL_NORMAL)
#define alloc_bootmem_low_pages_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), PAGE_SIZE, BOOTMEM_GOAL_DMA)

/* the architecture's side */
struct multiboot_info;

extern unsigned long highstart_pfn;     /* first frame of ZONE_HIGHMEM */
extern unsigned long highend_pfn;       /* one past its last frame */

void setup_memory(struct multiboot_info *mbi);
void mem_init(void);
void free_initmem(void);

/* what mem_init borrows from setup_memory.c */
struct page;
void set_highmem_pages_init(void (*release)(struct page *));
unsigned long reserved_ram_pages(unsigned long lo, unsigned long hi);

#endif /* _LINUX_BOOTMEM_H */
