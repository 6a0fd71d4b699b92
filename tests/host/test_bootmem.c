/*
 * test_bootmem.c - the boot memory allocator (mm/bootmem.c) on the host.
 *
 * "Physical memory" is one page-aligned block; host_page_offset points at
 * it, so __va(phys) is block + phys.  This file provides what bootmem.c
 * links against in the kernel: the node (contig_page_data, pgdat_list),
 * mem_map, a printk that records, a panic that longjmps back into the
 * test (so that an expected BUG is an outcome, not the end of the run),
 * and a __free_pages that records every page handed to the buddy
 * allocator.
 *
 * The first tests are the chapter's worked numbers and examples; the
 * last runs random operation sequences against a naive shadow model that
 * predicts every address, every BUG and the allocator's hints, checking
 * the bitmap after every operation and the contents of every live
 * allocation regularly.
 */
/* KERNEL_SOURCES: mm/bootmem.c */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/kernel.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include "fakes.h"
#include "harness.h"

#define RAM_PAGES       12288           /* 48 MiB: node 0 is 32, node 1 16 */
#define NODE0_PAGES     8192            /* 32 MiB: the 16 MiB goal is inside */
#define MB              (1UL << 20)
#define DEFAULT_SEED    20020801ULL
#define ROUNDS          8               /* random rounds, fresh allocator each */
#define OPS_PER_ROUND   15000
#define RANDOM_PAGES    1024            /* node size in the random test */
#define MAX_LIVE        512
#define VERIFY_EVERY    64              /* ops between full content checks */
#define GARBAGE         0xAA            /* RAM contents before allocation */

/* ---- what bootmem.c links against ---- */

unsigned long host_page_offset;
pg_data_t contig_page_data;
pg_data_t *pgdat_list;
struct page *mem_map;
unsigned long max_mapnr;
struct zone *zone_table[MAX_NR_ZONES * MAX_NR_NODES];

static unsigned char *ram;

static unsigned char freed[RAM_PAGES];  /* times each page was freed */
static unsigned long nr_freed, free_bad;

void __free_pages(struct page *page, unsigned int order)
{
	unsigned long pfn = (unsigned long)(page - mem_map);

	if (order != 0 || pfn >= RAM_PAGES || PageReserved(page) ||
	    page_count(page) != 1)
		free_bad++;
	else
		freed[pfn]++;
	nr_freed++;
	set_page_count(page, 0);
}

/* ---- helpers ---- */

static bootmem_data_t *bd(void)
{
	return contig_page_data.bdata;
}

static unsigned long phys(const void *p)
{
	return (unsigned long)((const unsigned char *)p - ram);
}

static int bit(const bootmem_data_t *b, unsigned long idx)
{
	const unsigned char *map = b->node_bootmem_map;

	return (map[idx / 8] >> (idx % 8)) & 1;
}

static int all_bytes(const void *p, int c, size_t n)
{
	const unsigned char *q = p;
	size_t i;

	for (i = 0; i < n; i++)
		if (q[i] != (unsigned char)c)
			return 0;
	return 1;
}

/* Forget every node; mark every struct page reserved; fill RAM with garbage. */
static void reset_world(void)
{
	unsigned long i;

	pgdat_list = NULL;
	memset(&contig_page_data, 0, sizeof(contig_page_data));
	contig_page_data.node_mem_map = mem_map;
	memset(mem_map, 0, RAM_PAGES * sizeof(struct page));
	for (i = 0; i < RAM_PAGES; i++)
		SetPageReserved(&mem_map[i]);
	memset(ram, GARBAGE, RAM_PAGES * PAGE_SIZE);
	memset(freed, 0, sizeof(freed));
	nr_freed = free_bad = 0;
}

/*
 * setup_memory in miniature: node 0 over pages [0, pages) with its bitmap
 * at page mappfn, all RAM freed, page 0 and the bitmap reserved.
 */
static unsigned long boot_fresh(unsigned long pages, unsigned long mappfn)
{
	unsigned long bytes;

	reset_world();
	bytes = init_bootmem(mappfn, pages);
	free_bootmem(0, pages * PAGE_SIZE);
	reserve_bootmem(0, PAGE_SIZE);
	reserve_bootmem(mappfn * PAGE_SIZE, bytes);
	return bytes;
}

/* ---- the chapter's numbers ---- */

static void test_sizes(void)
{
	unsigned long b, i;

	ok(bootmem_bootmap_pages(229376) == 7, "896 MiB of frames: a 7-page bitmap");
	ok(bootmem_bootmap_pages(32768) == 1 && bootmem_bootmap_pages(32769) == 2,
	   "one bitmap page covers 32768 frames, not one more");
	ok(bootmem_bootmap_pages(1) == 1 && bootmem_bootmap_pages(0) == 0,
	   "a single frame needs a page of bitmap, none needs none");
	reset_world();
	b = init_bootmem(16, 229376);
	ok(b == 28672, "init_bootmem for 229376 frames returns 28672 bytes (got %lu)", b);
	ok(all_bytes(ram + 16 * PAGE_SIZE, 0xFF, b), "every bit of the new bitmap is set");
	ok(ram[16 * PAGE_SIZE + b] == GARBAGE, "nothing past the bitmap is written");
	ok(max_low_pfn == 229376 && min_low_pfn == 16, "init_bootmem records max_low_pfn and min_low_pfn");
	for (i = 1; i < 300; i += 7) {
		reset_world();
		b = init_bootmem(4, i);
		if (b != ALIGN((i + 7) / 8, sizeof(long)))
			break;
	}
	ok(i >= 300, "bitmap of n frames is (n + 7) / 8 bytes rounded to a long (n = 1..300)");
	ok(pgdat_list == &contig_page_data && !contig_page_data.pgdat_next,
	   "init_bootmem puts the node on pgdat_list once");
	init_bootmem(4, 64);
	ok(pgdat_list == &contig_page_data && !contig_page_data.pgdat_next,
	   "a second init_bootmem does not link the node twice");
	ok(PANICS(alloc_bootmem_low(10)) && printk_said("bootmem alloc of 10 bytes failed!") &&
	   strstr(panic_message, "Out of memory"),
	   "with every page reserved, an allocation panics naming its size");
}

/* ---- packing, alignment, goals ---- */

static void test_packing(void)
{
	unsigned char *a, *b, *c, *d, *e;

	boot_fresh(NODE0_PAGES, 1);
	a = alloc_bootmem_low(100);
	ok(phys(a) == 2 * PAGE_SIZE, "first fit: the first free page (page 2) at %#lx", phys(a));
	ok(all_bytes(a, 0, 100) && a[100] == GARBAGE, "the 100 bytes are zeroed, no more");
	ok(bd()->last_pos == 2 && bd()->last_offset == 100, "last_pos 2, last_offset 100");
	b = alloc_bootmem_low(100);
	ok(b == a + 128, "a second small request packs at ALIGN(100, 32) = 128 (got +%ld)",
	   (long)(b - a));
	ok(bd()->last_offset == 228 && bit(bd(), 3) == 0, "last_offset 228; page 3 still free");
	c = alloc_bootmem_low(4000);
	ok(c == a + 256, "4000 bytes start at 256 in the same page (got +%ld)", (long)(c - a));
	ok(bd()->last_pos == 3 && bd()->last_offset == 160 && bit(bd(), 3),
	   "and spill 160 bytes into page 3: last_pos 3, last_offset 160");
	ok(all_bytes(c, 0, 4000) && c[4000] == GARBAGE, "the spilled request is zeroed exactly");
	d = alloc_bootmem_low_pages(1);
	ok(phys(d) == 4 * PAGE_SIZE, "a page-aligned request starts a fresh page (page 4)");
	e = alloc_bootmem_low(50);
	ok(e == d + 32, "a small request after it packs behind it at 32");
	e = __alloc_bootmem(100, 4 * PAGE_SIZE, 0);
	ok(phys(e) == 8 * PAGE_SIZE, "align 16 KiB: the first 16 KiB boundary with room, page 8");
	ok(bd()->last_pos == 8 && bd()->last_offset == 100, "an aligned request resets the packing state");
}

static void test_goals(void)
{
	unsigned char *g, *h;

	boot_fresh(NODE0_PAGES, 1);
	alloc_bootmem_low(10);
	g = alloc_bootmem(10);
	ok(phys(g) == 16 * MB, "alloc_bootmem starts at the 16 MiB goal (got %#lx)", phys(g));
	ok(bd()->last_success == 16 * MB, "last_success records where the scan succeeded");
	h = alloc_bootmem_pages(PAGE_SIZE);
	ok(phys(h) == 16 * MB + PAGE_SIZE, "alloc_bootmem_pages: the next page above the goal");
	reserve_bootmem(16 * MB + 2 * PAGE_SIZE, (NODE0_PAGES - 4098) * PAGE_SIZE);
	g = alloc_bootmem(10);
	ok(phys(g) == 3 * PAGE_SIZE, "nothing free above the goal: fall back to the bottom (page 3)");
	g = alloc_bootmem_low_pages(PAGE_SIZE);
	ok(phys(g) == 4 * PAGE_SIZE, "alloc_bootmem_low_pages: the lowest free page");

	/* last_success skips a hole too small for an earlier request */
	boot_fresh(NODE0_PAGES, 1);
	reserve_bootmem(4096 * PAGE_SIZE, PAGE_SIZE);
	reserve_bootmem(4098 * PAGE_SIZE, PAGE_SIZE);
	g = alloc_bootmem_pages(2 * PAGE_SIZE);
	ok(phys(g) == 4099 * PAGE_SIZE, "two pages: the first fit above the goal is page 4099");
	g = alloc_bootmem_pages(PAGE_SIZE);
	ok(phys(g) == 4101 * PAGE_SIZE, "the hint skips the one-page hole at 4097 (Linux 2.6)");
	free_bootmem(4096 * PAGE_SIZE, PAGE_SIZE);
	ok(bd()->last_success == 4096 * PAGE_SIZE, "freeing below the hint moves it down");
	g = alloc_bootmem_pages(PAGE_SIZE);
	ok(phys(g) == 4096 * PAGE_SIZE, "so the freed page is found again");
}

static void test_partial(void)
{
	unsigned char *a;

	boot_fresh(NODE0_PAGES, 1);
	a = alloc_bootmem_low_pages(2 * PAGE_SIZE);
	free_bootmem(phys(a) + 100, PAGE_SIZE);
	ok(bit(bd(), 2) && bit(bd(), 3), "a free covering no whole page frees nothing");
	free_bootmem(phys(a) + 100, 2 * PAGE_SIZE - 100);
	ok(bit(bd(), 2) && !bit(bd(), 3), "a free frees only the pages entirely inside it");
	reserve_bootmem(10 * PAGE_SIZE + 4000, 200);
	ok(bit(bd(), 10) && bit(bd(), 11) && !bit(bd(), 12),
	   "a reservation takes every page it touches");
	alloc_bootmem_low(100);         /* packs into page 3: last_pos 3 */
	ok(bd()->last_pos == 3 && bd()->last_offset == 100, "a small request takes page 3");
	free_bootmem(3 * PAGE_SIZE, PAGE_SIZE);
	ok(bd()->last_offset == 0, "freeing page last_pos forgets the partly used page");
}

/* ---- checked errors ---- */

/* Whether stmt BUGs with a message containing text and leaves the map as it was. */
static int bugs_cleanly(int panicked, const unsigned char *before, const char *text)
{
	const bootmem_data_t *b = bd();

	return panicked && printk_said("kernel BUG at") && printk_said(text) &&
	       !memcmp(before, b->node_bootmem_map, NODE0_PAGES / 8);
}

static void test_errors(void)
{
	static unsigned char before[NODE0_PAGES / 8];
	unsigned long base = 20 * PAGE_SIZE;

	boot_fresh(NODE0_PAGES, 1);
	reserve_bootmem(base, PAGE_SIZE);
	memcpy(before, bd()->node_bootmem_map, sizeof(before));
	ok(bugs_cleanly(PANICS(free_bootmem(base + PAGE_SIZE, PAGE_SIZE)), before,
			"double free of page 0x15"), "double free: BUG naming page 0x15");
	ok(bugs_cleanly(PANICS(free_bootmem(base, 2 * PAGE_SIZE)), before,
			"double free of page 0x15"),
	   "a free that is half double: BUG, and the valid half is not freed");
	ok(bugs_cleanly(PANICS(reserve_bootmem(base - PAGE_SIZE, 2 * PAGE_SIZE)), before,
			"page 0x14 reserved twice"),
	   "a reservation overlapping a reserved page: BUG, nothing reserved");
	ok(bugs_cleanly(PANICS(__alloc_bootmem(0, 32, 0)), before, "size must be non-zero"),
	   "a zero-byte allocation is a BUG");
	ok(bugs_cleanly(PANICS(__alloc_bootmem(8, 48, 0)), before, "a power of two"),
	   "alignment 48 is a BUG");
	ok(bugs_cleanly(PANICS(__alloc_bootmem(8, 0, 0)), before, "a power of two"),
	   "alignment 0 is a BUG");
	ok(bugs_cleanly(PANICS(free_bootmem(base, 0)), before, "not a range inside"),
	   "freeing 0 bytes is a BUG");
	ok(bugs_cleanly(PANICS(reserve_bootmem((NODE0_PAGES - 1) * PAGE_SIZE, 2 * PAGE_SIZE)),
			before, "not a range inside"), "reserving past the node's end is a BUG");
	ok(bugs_cleanly(PANICS(free_bootmem(~0UL - 10, 100)), before, "not a range inside"),
	   "a range that wraps around the address space is a BUG");
	ok(PANICS(__alloc_bootmem(NODE0_PAGES * PAGE_SIZE, 32, 0)) &&
	   printk_said("bootmem alloc of 33554432 bytes failed!") && strstr(panic_message, "Out of memory"),
	   "more than the node holds: out-of-memory panic naming the size");
}

/* ---- two nodes ---- */

static void test_nodes(void)
{
	static bootmem_data_t node1_bdata;
	static pg_data_t node1;
	unsigned long bytes, start = NODE0_PAGES, end = RAM_PAGES;
	unsigned char *p;

	boot_fresh(NODE0_PAGES, 1);
	memset(&node1, 0, sizeof(node1));
	node1.bdata = &node1_bdata;
	node1.node_start_pfn = start;
	node1.node_mem_map = mem_map + start;
	bytes = init_bootmem_node(&node1, start, start, end);
	ok(bytes == ALIGN((end - start + 7) / 8, sizeof(long)), "node 1's bitmap is %lu bytes", bytes);
	ok(pgdat_list == &node1 && node1.pgdat_next == &contig_page_data,
	   "init_bootmem_node puts the node at the head of pgdat_list");
	free_bootmem_node(&node1, start * PAGE_SIZE, (end - start) * PAGE_SIZE);
	reserve_bootmem_node(&node1, start * PAGE_SIZE, bytes);
	p = alloc_bootmem_node(&node1, 10);
	ok(phys(p) == (start + 1) * PAGE_SIZE,
	   "alloc_bootmem_node: the first free page of node 1 (its goal is outside it)");
	p = alloc_bootmem_pages_node(&node1, 3 * PAGE_SIZE);
	ok(phys(p) == (start + 2) * PAGE_SIZE && bit(&node1_bdata, 4) && !bit(&node1_bdata, 5),
	   "alloc_bootmem_pages_node: pages 2-4 of node 1, in node 1's bitmap");
	ok(bit(bd(), 2) == 0, "node 0's bitmap is untouched");
	reserve_bootmem_node(&node1, (start + 5) * PAGE_SIZE, (end - start - 5) * PAGE_SIZE);
	p = alloc_bootmem(10);
	ok(phys(p) == 16 * MB, "node 1 full: __alloc_bootmem moves on to node 0");
	ok(PANICS(__alloc_bootmem_node(&node1, 10, 32, 0)) && printk_said("bootmem alloc of 10 bytes"),
	   "__alloc_bootmem_node does not fall back to another node");
	ok(free_all_bootmem_node(&node1) == 1 && freed[start] == 1 && !free_bad,
	   "free_all_bootmem_node frees node 1's bitmap page, nothing else free");
}

/* ---- retirement ---- */

static void test_retire(void)
{
	unsigned long i, expect = 0, got, wrong = 0;

	boot_fresh(NODE0_PAGES, 5);
	alloc_bootmem_low(100);
	alloc_bootmem_pages(3 * PAGE_SIZE);
	reserve_bootmem(100 * PAGE_SIZE, 10 * PAGE_SIZE);
	for (i = 0; i < NODE0_PAGES; i++)
		expect += !bit(bd(), i);
	got = free_all_bootmem();
	ok(got == expect + 1, "free_all_bootmem returns the free pages plus the bitmap's page"
	   " (%lu, expected %lu)", got, expect + 1);
	ok(nr_freed == got && !free_bad,
	   "each went to __free_page once, not reserved, with a count of 1");
	for (i = 0; i < NODE0_PAGES; i++)
		wrong += (i == 0 || i == 1 || (i >= 100 && i < 110) ||
			  (i >= 4096 && i < 4099)) ? freed[i] != 0 || !PageReserved(&mem_map[i])
						   : freed[i] != 1;
	ok(wrong == 0, "reserved pages stay reserved; all others, the bitmap's too, are freed");
	ok(bd()->node_bootmem_map == NULL, "the allocator has retired");
	ok(PANICS(alloc_bootmem(10)) && printk_said("after free_all_bootmem"),
	   "allocating after retirement is a BUG");
	ok(PANICS(free_bootmem(0, PAGE_SIZE)) && printk_said("after free_all_bootmem"),
	   "freeing after retirement is a BUG");
	ok(PANICS(free_all_bootmem()) && printk_said("after free_all_bootmem"),
	   "retiring twice is a BUG");
	reset_world();
	init_bootmem(1, NODE0_PAGES);
	free_bootmem(0, NODE0_PAGES * PAGE_SIZE);
	ok(PANICS(free_all_bootmem()) && printk_said("bitmap's own page 0x1 was never reserved") &&
	   nr_freed == 0, "a bitmap that was never reserved is caught before anything is freed");
}

/* ---- random sequences against a shadow model ---- */

struct model {
	bool res[RANDOM_PAGES];
	unsigned long last_pos, last_offset, last_success;
};

struct live {
	unsigned long addr, size;       /* the bytes returned */
	unsigned long free_addr, free_size;     /* what freeing it passes */
	unsigned char pattern;          /* 0 for a reservation: not checked */
};

static struct model m;
static struct live live[MAX_LIVE];
static int nr_live;

#define NONE (~0UL)

static unsigned long round_up(unsigned long x, unsigned long a)
{
	return (x + a - 1) / a * a;
}

static unsigned long model_fit(unsigned long from, unsigned long incr, unsigned long area)
{
	unsigned long i, j;

	for (i = from; i + area <= RANDOM_PAGES; i += incr) {
		for (j = 0; j < area && !m.res[i + j]; j++)
			;
		if (j == area)
			return i;
	}
	return NONE;
}

/* The model's allocation: the address, or NONE for out of memory. */
static __noinline unsigned long model_alloc(unsigned long size, unsigned long align, unsigned long goal)
{
	unsigned long area = round_up(size, PAGE_SIZE) / PAGE_SIZE, pref = 0, start, addr, i;
	unsigned long incr = align >= PAGE_SIZE ? align / PAGE_SIZE : 1;

	if (goal && goal < RANDOM_PAGES * PAGE_SIZE)
		pref = m.last_success >= goal ? m.last_success : goal;
	pref = round_up(pref, align) / PAGE_SIZE;
	start = model_fit(pref, incr, area);
	if (start == NONE && pref)
		start = model_fit(0, incr, area);
	if (start == NONE)
		return NONE;
	m.last_success = start * PAGE_SIZE;
	if (align <= PAGE_SIZE && m.last_offset && m.last_pos + 1 == start) {
		unsigned long off = round_up(m.last_offset, align), left = PAGE_SIZE - off;

		addr = m.last_pos * PAGE_SIZE + off;
		if (size < left) {
			area = 0;
			m.last_offset = off + size;
		} else {
			area = round_up(size - left, PAGE_SIZE) / PAGE_SIZE;
			m.last_pos = start + area - 1;
			m.last_offset = (size - left) % PAGE_SIZE;
		}
	} else {
		addr = start * PAGE_SIZE;
		m.last_pos = start + area - 1;
		m.last_offset = size % PAGE_SIZE;
	}
	for (i = start; i < start + area; i++)
		m.res[i] = true;
	return addr;
}

/* The model's free: false if it must BUG (a page inside is free already). */
static __noinline bool model_free(unsigned long addr, unsigned long size)
{
	unsigned long s = round_up(addr, PAGE_SIZE) / PAGE_SIZE, e = (addr + size) / PAGE_SIZE, i;

	for (i = s; i < e; i++)
		if (!m.res[i])
			return false;
	for (i = s; i < e; i++)
		m.res[i] = false;
	if (s < e && s * PAGE_SIZE < m.last_success)
		m.last_success = s * PAGE_SIZE;
	if (m.last_offset && m.last_pos >= s && m.last_pos < e)
		m.last_offset = 0;
	return true;
}

static __noinline bool model_reserve(unsigned long addr, unsigned long size)
{
	unsigned long s = addr / PAGE_SIZE, e = round_up(addr + size, PAGE_SIZE) / PAGE_SIZE, i;

	for (i = s; i < e; i++)
		if (m.res[i])
			return false;
	for (i = s; i < e; i++)
		m.res[i] = true;
	return true;
}

/* Whether the allocator's bitmap and hints equal the model's. */
static bool state_matches(void)
{
	unsigned long i;

	for (i = 0; i < RANDOM_PAGES; i++)
		if (bit(bd(), i) != m.res[i])
			return false;
	return bd()->last_pos == m.last_pos && bd()->last_offset == m.last_offset &&
	       bd()->last_success == m.last_success;
}

static bool contents_intact(void)
{
	int i;

	for (i = 0; i < nr_live; i++)
		if (live[i].pattern && !all_bytes(ram + live[i].addr, live[i].pattern, live[i].size))
			return false;
	return true;
}

static const unsigned long aligns[] = { 1, 2, 8, 16, 32, 32, 32, 64, 128, 4096, 4096, 8192, 16384 };

static unsigned long random_size(void)
{
	switch (prng_below(10)) {
	case 0: case 1: case 2: case 3:
		return 1 + prng_below(256);
	case 4: case 5: case 6:
		return 1 + prng_below(PAGE_SIZE);
	case 7: case 8:
		return 1 + prng_below(3 * PAGE_SIZE);
	default:
		return 1 + prng_below(32 * PAGE_SIZE);
	}
}

static unsigned long random_goal(void)
{
	switch (prng_below(3)) {
	case 0:
		return 0;
	case 1:
		return prng_below(RANDOM_PAGES * PAGE_SIZE);
	default:
		return 16 * MB;         /* outside the node: scan from the bottom */
	}
}

/* One random allocation; returns a failure description or NULL. */
static const char *op_alloc(unsigned char pattern)
{
	volatile unsigned long size = random_size();
	volatile unsigned long align = aligns[prng_below(ARRAY_SIZE(aligns))];
	volatile unsigned long goal = random_goal();
	volatile unsigned long want = model_alloc(size, align, goal);
	unsigned char *volatile got = NULL;
	int panicked = PANICS(got = __alloc_bootmem(size, align, goal));

	if (want == NONE)
		return panicked && printk_said("failed!") ? NULL : "out of memory not reported";
	if (panicked || !got || phys(got) != want)
		return "allocation at the wrong address";
	if (!all_bytes(got, 0, size))
		return "allocation not zeroed";
	if (nr_live < MAX_LIVE) {
		live[nr_live] = (struct live){ want, size, want, size, pattern };
		memset(got, pattern, size);
		nr_live++;
	}
	return NULL;
}

/* Free a random live allocation or reservation. */
static const char *op_free(void)
{
	int i = (int)prng_below(nr_live);
	struct live l = live[i];
	bool want = model_free(l.free_addr, l.free_size);

	live[i] = live[--nr_live];
	if (!want)
		return "the model says a live object held a free page";
	if (PANICS(free_bootmem(l.free_addr, l.free_size)))
		return "freeing a live object BUGged";
	return NULL;
}

/* Reserve a random range, legal or not. */
static const char *op_reserve(void)
{
	unsigned long p = 1 + prng_below(RANDOM_PAGES - 5), off = prng_below(PAGE_SIZE);
	unsigned long size = 1 + prng_below(3 * PAGE_SIZE), addr = p * PAGE_SIZE + off;
	volatile bool want = model_reserve(addr, size);
	int panicked = PANICS(reserve_bootmem(addr, size));

	if (!want)
		return panicked && printk_said("reserved twice") ? NULL : "double reservation not caught";
	if (panicked)
		return "a legal reservation BUGged";
	if (nr_live < MAX_LIVE) {
		unsigned long s = addr / PAGE_SIZE * PAGE_SIZE;

		live[nr_live++] = (struct live){ addr, size, s,
			round_up(addr + size, PAGE_SIZE) - s, 0 };
	}
	return NULL;
}

/* Free a range containing a page that is free: must BUG and change nothing. */
static const char *op_double_free(void)
{
	unsigned long p = prng_below(RANDOM_PAGES);
	volatile unsigned long lo, n;
	struct model saved = m;

	while (p < RANDOM_PAGES && m.res[p])
		p++;
	if (p == RANDOM_PAGES)
		return NULL;
	lo = p > 2 ? p - prng_below(3) : p;
	n = 1 + (p - lo) + prng_below(2);
	if (lo + n > RANDOM_PAGES)
		n = RANDOM_PAGES - lo;
	if (model_free(lo * PAGE_SIZE, n * PAGE_SIZE))
		return "the model missed a double free";
	m = saved;
	if (!PANICS(free_bootmem(lo * PAGE_SIZE, n * PAGE_SIZE)) || !printk_said("double free"))
		return "double free not caught";
	return NULL;
}

static const char *random_op(unsigned long n)
{
	unsigned int r = (unsigned int)prng_below(100);

	if (r < 50)
		return op_alloc((unsigned char)(1 + n % 255));
	if (r < 75)
		return nr_live ? op_free() : NULL;
	if (r < 88)
		return op_reserve();
	if (r < 96)
		return op_double_free();
	return PANICS(__alloc_bootmem(1 + prng_below(100), 3 + 2 * prng_below(20), 0)) &&
	       printk_said("power of two") ? NULL : "bad alignment not caught";
}

static void test_random(void)
{
	unsigned long round, n, i, ops = 0, expect;
	const char *why = NULL;

	for (round = 0; round < ROUNDS && !why; round++) {
		boot_fresh(RANDOM_PAGES, 1);
		memset(&m, 0, sizeof(m));
		m.res[0] = m.res[1] = true;
		nr_live = 0;
		for (n = 0; n < OPS_PER_ROUND && !why; n++, ops++) {
			why = random_op(n);
			if (!why && !state_matches())
				why = "bitmap or hints differ from the model";
			if (!why && n % VERIFY_EVERY == 0 && !contents_intact())
				why = "a live allocation was overwritten";
		}
		if (!why && !contents_intact())
			why = "a live allocation was overwritten";
		for (expect = 1, i = 0; i < RANDOM_PAGES; i++)
			expect += !m.res[i];
		if (!why && free_all_bootmem() != expect)
			why = "free_all_bootmem returned the wrong count";
		if (!why && free_bad)
			why = "free_all_bootmem freed a page wrongly";
	}
	if (why)
		diag("round %lu, operation %lu: %s", round - 1, n - 1, why);
	ok(!why, "%lu random operations in %lu rounds agree with the shadow model", ops, round);
}

int main(void)
{
	ram = aligned_alloc(PAGE_SIZE, RAM_PAGES * PAGE_SIZE);
	mem_map = calloc(RAM_PAGES, sizeof(struct page));
	if (!ram || !mem_map)
		return 2;
	host_page_offset = (unsigned long)ram;
	max_mapnr = RAM_PAGES;
	prng_init(DEFAULT_SEED);
	test_sizes();
	test_packing();
	test_goals();
	test_partial();
	test_errors();
	test_nodes();
	test_retire();
	test_random();
	plan(tap_run);
	free(mem_map);
	free(ram);
	return done_testing();
}
