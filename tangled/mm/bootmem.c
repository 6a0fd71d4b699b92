/* Generated from src.nw/11-bootmem.nw, "The boot memory allocator"; edit that file, not this one. */
/* The boot memory allocator: bitmap, first fit, sub-page packing. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/string.h>

/* the frame limits and the node's state */
unsigned long min_low_pfn;
unsigned long max_low_pfn;
unsigned long max_pfn;
static bootmem_data_t contig_bootmem_data;      /* contig_page_data's */

/* testing, setting and clearing a bit */
#define BITS_PER_BYTE   8

static inline bool bootmem_test(const bootmem_data_t *bdata, unsigned long idx)
{
	const u8 *map = bdata->node_bootmem_map;

	return (map[idx / BITS_PER_BYTE] >> (idx % BITS_PER_BYTE)) & 1;
}

static inline void bootmem_set(bootmem_data_t *bdata, unsigned long idx)
{
	u8 *map = bdata->node_bootmem_map;

	map[idx / BITS_PER_BYTE] |= 1 << (idx % BITS_PER_BYTE);
}

static inline void bootmem_clear(bootmem_data_t *bdata, unsigned long idx)
{
	u8 *map = bdata->node_bootmem_map;

	map[idx / BITS_PER_BYTE] &= ~(1 << (idx % BITS_PER_BYTE));
}

/* reporting a misuse */
/* Report a misuse of the allocator, then BUG. */
#define bootmem_bug(fmt, ...) do {                                     \
	printk(KERN_EMERG "bootmem: " fmt "\n", ##__VA_ARGS__);        \
	BUG();                                                          \
} while (0)

/* BUG if the allocator of bdata has retired or never started. */
static void __init bootmem_check_live(const bootmem_data_t *bdata,
				      const char *who)
{
	if (!bdata || !bdata->node_bootmem_map)
		bootmem_bug("%s called after free_all_bootmem (or before "
			    "init_bootmem)", who);
}

/* checking a range */
/* BUG unless [addr, addr + size) is non-empty and inside the node. */
static void __init bootmem_check_range(const bootmem_data_t *bdata,
		unsigned long addr, unsigned long size, const char *who)
{
	phys_addr_t end = PFN_PHYS(bdata->node_low_pfn);

	bootmem_check_live(bdata, who);
	if (size == 0 || addr < bdata->node_boot_start || addr >= end ||
	    size > end - addr)
		bootmem_bug("%s(%#lx, %#lx): not a range inside the node's "
			    "memory %#lx-%#llx", who, addr, size,
			    bdata->node_boot_start, (unsigned long long)end);
}

/* first fit */
/*
 * The lowest index i >= from, with i = offset + k * incr, such that the
 * areasize pages from i are all free; eidx if there is none.
 */
static unsigned long __init bootmem_scan(const bootmem_data_t *bdata,
		unsigned long from, unsigned long offset, unsigned long incr,
		unsigned long areasize, unsigned long eidx)
{
	unsigned long i = from, j;

	while (i + areasize <= eidx) {
		/* return i if its run is free, else stop j at the reserved page */
		for (j = i; j < i + areasize; j++)
			if (bootmem_test(bdata, j))
				break;
		if (j == i + areasize)
			return i;
		i = offset + ALIGN(j + 1 - offset, incr);       /* past page j */
	}
	return eidx;
}

/* packing into the last page */
/*
 * Place a request of size bytes whose first fit is the free run at
 * start: continue page last_pos if the three packing conditions hold.
 * Updates last_pos and last_offset; *areasize becomes the number of new
 * pages, from start, that the request uses.  Returns its address.
 */
static void *__init bootmem_place(bootmem_data_t *bdata, unsigned long start,
				  unsigned long size, unsigned long align,
				  unsigned long *areasize)
{
	unsigned long base = bdata->node_boot_start;

	if (align <= PAGE_SIZE && bdata->last_offset &&
	    bdata->last_pos + 1 == start) {
		/* continue page last_pos at the next aligned offset */
		unsigned long offset = ALIGN(bdata->last_offset, align);
		unsigned long left = PAGE_SIZE - offset;
		void *ret = __va(base + PFN_PHYS(bdata->last_pos) + offset);

		BUG_ON(offset > PAGE_SIZE);
		if (size < left) {
			*areasize = 0;
			bdata->last_offset = offset + size;
		} else {
			*areasize = PFN_UP(size - left);
			bdata->last_pos = start + *areasize - 1;
			bdata->last_offset = (size - left) & ~PAGE_MASK;
		}
		return ret;
	}
	/* begin the request in a fresh page at start */
	bdata->last_pos = start + *areasize - 1;
	bdata->last_offset = size & ~PAGE_MASK;
	return __va(base + PFN_PHYS(start));
}

/* sizing the bitmap */
/* Bytes of bitmap for pages page frames: one bit each, whole longs. */
static unsigned long __init bootmem_map_bytes(unsigned long pages)
{
	return ALIGN((pages + BITS_PER_BYTE - 1) / BITS_PER_BYTE, sizeof(long));
}

/*
 * Pages of bitmap for pages page frames.  Takes constant time; may be
 * called before the allocator starts.
 */
unsigned long __init bootmem_bootmap_pages(unsigned long pages)
{
	return PFN_UP(bootmem_map_bytes(pages));
}

/* joining pgdat_list */
/* Put pgdat on pgdat_list if it is not there yet. */
static void __init link_pgdat(pg_data_t *pgdat)
{
	pg_data_t *p;

	for_each_pgdat(p)
		if (p == pgdat)
			return;
	pgdat->pgdat_next = pgdat_list;
	pgdat_list = pgdat;
}

/* starting a node */
#define BOOTMEM_ALL_RESERVED    0xFF

/*
 * Start the allocator on pgdat for frames [start, end), with its bitmap
 * at frame mapstart.  Every page starts reserved.  Returns bitmap bytes.
 */
static unsigned long __init init_bootmem_core(pg_data_t *pgdat,
		unsigned long mapstart, unsigned long start, unsigned long end)
{
	bootmem_data_t *bdata = pgdat->bdata;
	unsigned long mapsize = bootmem_map_bytes(end - start);

	link_pgdat(pgdat);
	/* record the node's range and the bitmap's place in bdata */
	bdata->node_bootmem_map = __va(PFN_PHYS(mapstart));
	bdata->node_boot_start = PFN_PHYS(start);
	bdata->node_low_pfn = end;
	bdata->last_offset = bdata->last_pos = bdata->last_success = 0;
	memset(bdata->node_bootmem_map, BOOTMEM_ALL_RESERVED, mapsize);
	return mapsize;
}

/* init_bootmem and init_bootmem_node */
/*
 * Start the allocator on the one node: frames [0, pages), bitmap at
 * frame start, every page reserved.  Returns the bitmap's bytes, which
 * the caller must reserve.  Takes time proportional to pages.
 */
unsigned long __init init_bootmem(unsigned long start, unsigned long pages)
{
	max_low_pfn = pages;
	min_low_pfn = start;
	contig_page_data.bdata = &contig_bootmem_data;
	return init_bootmem_core(&contig_page_data, start, 0, pages);
}

/*
 * The same for frames [startpfn, endpfn) of pgdat.  It is a checked
 * runtime error if pgdat->bdata is not set.
 */
unsigned long __init init_bootmem_node(pg_data_t *pgdat, unsigned long freepfn,
				       unsigned long startpfn, unsigned long endpfn)
{
	BUG_ON(!pgdat->bdata);
	return init_bootmem_core(pgdat, freepfn, startpfn, endpfn);
}

/* freeing whole pages */
/* Free the whole pages inside [addr, addr + size). */
static void __init free_bootmem_core(bootmem_data_t *bdata, unsigned long addr,
				     unsigned long size)
{
	unsigned long sidx, eidx, i;

	bootmem_check_range(bdata, addr, size, "free_bootmem");
	sidx = PFN_UP(addr - bdata->node_boot_start);
	eidx = PFN_DOWN(addr - bdata->node_boot_start + size);
	/* refuse to free a page of sidx to eidx that is free */
	for (i = sidx; i < eidx; i++)
		if (!bootmem_test(bdata, i))
			bootmem_bug("double free of page %#lx (free_bootmem(%#lx, %#lx))",
				    PFN_DOWN(bdata->node_boot_start) + i, addr, size);
	for (i = sidx; i < eidx; i++)
		bootmem_clear(bdata, i);
	/* forget hints that point into the freed pages */
	if (sidx < eidx && PFN_PHYS(sidx) < bdata->last_success)
		bdata->last_success = PFN_PHYS(sidx);
	if (bdata->last_offset && bdata->last_pos >= sidx && bdata->last_pos < eidx)
		bdata->last_offset = 0;
}

/* reserving touched pages */
/* Reserve every page that [addr, addr + size) touches. */
static void __init reserve_bootmem_core(bootmem_data_t *bdata, unsigned long addr,
					unsigned long size)
{
	unsigned long sidx, eidx, i;

	bootmem_check_range(bdata, addr, size, "reserve_bootmem");
	sidx = PFN_DOWN(addr - bdata->node_boot_start);
	eidx = PFN_UP(addr - bdata->node_boot_start + size);
	/* refuse to reserve a page of sidx to eidx that is reserved */
	for (i = sidx; i < eidx; i++)
		if (bootmem_test(bdata, i))
			bootmem_bug("page %#lx reserved twice (reserve_bootmem(%#lx, %#lx))",
				    PFN_DOWN(bdata->node_boot_start) + i, addr, size);
	for (i = sidx; i < eidx; i++)
		bootmem_set(bdata, i);
}

/* reserving on the machine or on a node */
/*
 * Reserve every page that [addr, addr + size) touches.  It is a checked
 * runtime error to reserve a reserved page, to pass size 0 or to name
 * bytes outside the node.  Takes time proportional to size.
 */
void __init reserve_bootmem(unsigned long addr, unsigned long size)
{
	reserve_bootmem_core(contig_page_data.bdata, addr, size);
}

/* The same on pgdat. */
void __init reserve_bootmem_node(pg_data_t *pgdat, unsigned long addr,
				 unsigned long size)
{
	reserve_bootmem_core(pgdat->bdata, addr, size);
}

/* freeing on the machine or on a node */
/*
 * Free every page that lies wholly inside [addr, addr + size).  It is a
 * checked runtime error to free a free page, to pass size 0 or to name
 * bytes outside the node.  Takes time proportional to size.
 */
void __init free_bootmem(unsigned long addr, unsigned long size)
{
	free_bootmem_core(contig_page_data.bdata, addr, size);
}

/* The same on pgdat. */
void __init free_bootmem_node(pg_data_t *pgdat, unsigned long addr,
			      unsigned long size)
{
	free_bootmem_core(pgdat->bdata, addr, size);
}

/* allocating from one node */
/*
 * Allocate size zeroed bytes aligned to align, preferably at or above
 * goal, from one node.  Returns NULL if the node has no room.
 */
static void *__init __alloc_bootmem_core(bootmem_data_t *bdata, unsigned long size,
					 unsigned long align, unsigned long goal)
{
	unsigned long eidx, offset, preferred, areasize, incr, start, i;
	void *ret;

	/* check the allocation request */
	bootmem_check_live(bdata, "__alloc_bootmem");
	if (size == 0 || align == 0 || (align & (align - 1)))
		bootmem_bug("__alloc_bootmem(%lu, %lu, %#lx): size must be non-zero"
			    " and align a power of two", size, align, goal);
	eidx = bdata->node_low_pfn - PFN_DOWN(bdata->node_boot_start);
	/* choose the index where the scan starts */
	/* compute offset, the lowest index aligned in physical terms */
	offset = 0;
	if (bdata->node_boot_start & (align - 1))
		offset = align - (bdata->node_boot_start & (align - 1));
	offset >>= PAGE_SHIFT;

	/* start at the goal, or higher at last_success */
	preferred = 0;
	if (goal && goal >= bdata->node_boot_start && PFN_DOWN(goal) < bdata->node_low_pfn) {
		preferred = goal - bdata->node_boot_start;
		if (bdata->last_success >= preferred)
			preferred = bdata->last_success;
	}
	preferred = (ALIGN(preferred, align) >> PAGE_SHIFT) + offset;
	areasize = PFN_UP(size);
	incr = align >> PAGE_SHIFT ? align >> PAGE_SHIFT : 1;
	/* find the first fit at or above preferred, else from the bottom */
	start = bootmem_scan(bdata, preferred, offset, incr, areasize, eidx);
	if (start == eidx && preferred > offset)        /* wrap to the bottom */
		start = bootmem_scan(bdata, offset, offset, incr, areasize, eidx);
	if (start == eidx)
		return NULL;
	bdata->last_success = PFN_PHYS(start);
	ret = bootmem_place(bdata, start, size, align, &areasize);
	/* reserve the areasize new pages from start and zero ret */
	for (i = start; i < start + areasize; i++) {
		BUG_ON(bootmem_test(bdata, i));         /* the scan said free */
		bootmem_set(bdata, i);
	}
	memset(ret, 0, size);
	return ret;
}

/* the out-of-memory panic */
/* Say which request failed, then panic. */
static void __init bootmem_out_of_memory(unsigned long size, unsigned long align,
					 unsigned long goal)
{
	printk(KERN_ALERT "bootmem alloc of %lu bytes failed!\n", size);
	panic("Out of memory: bootmem alloc of %lu bytes (align %lu, goal %#lx)",
	      size, align, goal);
}

/* __alloc_bootmem: the first node with room */
/*
 * size zeroed bytes aligned to align, at or above goal if possible,
 * from the first node with room.  Never returns NULL: panics instead.
 * It is a checked runtime error to pass size 0 or an align that is not
 * a power of two.  Takes time proportional to the pages scanned.
 */
void *__init __alloc_bootmem(unsigned long size, unsigned long align,
			     unsigned long goal)
{
	pg_data_t *pgdat;
	void *ptr;

	for_each_pgdat(pgdat)
		if (pgdat->bdata &&
		    (ptr = __alloc_bootmem_core(pgdat->bdata, size, align, goal)))
			return ptr;
	bootmem_out_of_memory(size, align, goal);
	return NULL;                    /* not reached */
}

/* __alloc_bootmem_node: the node named */
/* The same from pgdat alone; panics if pgdat has no room. */
void *__init __alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
				  unsigned long align, unsigned long goal)
{
	void *ptr = __alloc_bootmem_core(pgdat->bdata, size, align, goal);

	if (!ptr)
		bootmem_out_of_memory(size, align, goal);
	return ptr;
}

/* handing a page to the buddy allocator */
/* Give one page, known free, to the buddy allocator. */
static void __init bootmem_release(struct page *page)
{
	ClearPageReserved(page);
	set_page_count(page, 1);
	__free_page(page);
}

/* retiring a node */
/* Hand every free page of pgdat, then the bitmap, to the buddy allocator. */
static unsigned long __init free_all_bootmem_core(pg_data_t *pgdat)
{
	bootmem_data_t *bdata = pgdat->bdata;
	unsigned long first, idx, i, count = 0, map_pfn, map_pages;
	struct page *base;

	bootmem_check_live(bdata, "free_all_bootmem");
	first = PFN_DOWN(bdata->node_boot_start);
	idx = bdata->node_low_pfn - first;
	base = pgdat->node_mem_map + (first - pgdat->node_start_pfn);
	map_pfn = PFN_DOWN(__pa(bdata->node_bootmem_map));
	map_pages = bootmem_bootmap_pages(idx);
	/* check that the bitmap's own pages are reserved */
	for (i = map_pfn; i < map_pfn + map_pages; i++)
		if (i >= first && i < bdata->node_low_pfn && !bootmem_test(bdata, i - first))
			bootmem_bug("the bitmap's own page %#lx was never reserved", i);
	/* release every page whose bit is clear, counting them in count */
	for (i = 0; i < idx; i++)
		if (!bootmem_test(bdata, i)) {
			bootmem_release(base + i);
			count++;
		}
	/* release the bitmap's own pages and retire the allocator */
	for (i = 0; i < map_pages; i++)
		bootmem_release(virt_to_page((char *)bdata->node_bootmem_map +
					     i * PAGE_SIZE));
	bdata->node_bootmem_map = NULL;
	return count + map_pages;
}

/* retiring the machine or one node */
/*
 * Give every free page of pgdat and the bitmap's pages to the buddy
 * allocator and retire its boot allocator; returns the pages given.
 * It is a checked runtime error to use the allocator afterwards.
 * => mem_map and the zones exist.  Time proportional to the node's pages.
 */
unsigned long __init free_all_bootmem_node(pg_data_t *pgdat)
{
	return free_all_bootmem_core(pgdat);
}

/* The same for the one node. */
unsigned long __init free_all_bootmem(void)
{
	return free_all_bootmem_core(&contig_page_data);
}
