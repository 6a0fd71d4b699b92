/*
 * test_highmem.c - the persistent kmap pool (mm/highmem.c) and the
 * kmap_atomic slots (arch/i386/mm/highmem.c) on the host.
 *
 * The kernel's page tables for the kmap window and the fixed mappings are
 * two arrays here; lookup_address hands them to kmap_init.  The TLB
 * flushes are counted.  Fixed cases check pkmap_count's three states, the
 * lazy unmapping, the one flush per wrap, the checked errors (each must
 * panic with its message), and the per-type atomic slots; then random
 * kmap/kunmap sequences are checked against a model of who holds which
 * page, with every invariant of the pool verified after each operation.
 */
/* KERNEL_SOURCES: mm/highmem.c arch/i386/mm/highmem.c */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/highmem.h>
#include <linux/mm.h>
#include <asm/pgtable.h>
#include "fakes.h"
#include "harness.h"

#define DEFAULT_SEED    20030701ULL
#define NR_LOW          64              /* low pages: frames 0-63 */
#define NR_HIGH         1024            /* high pages: frames 0x100000 on */
#define HIGH_BASE_PFN   0x100000UL      /* 4 GiB: every high frame needs bit 32 */
#define RANDOM_OPS      50000
#define MAX_HELD        480             /* random test: stay below a full pool */

/* ---- what the kernel would define ---- */
unsigned long host_page_offset;
struct page *mem_map;
unsigned long max_mapnr;
struct zone *zone_table[MAX_NR_ZONES * MAX_NR_NODES];
u64 __supported_pte_mask = ~0ULL;
struct mm_struct init_mm;

/* ---- the TLB and the page tables ---- */
static unsigned long flush_all_count, flush_one_count;
static pte_t pkmap_ptes[PTRS_PER_PTE];         /* the window's page table */
static pte_t fixmap_ptes[PTRS_PER_PTE];        /* the last 2 MiB */

void __flush_tlb_all(void)
{
	flush_all_count++;
}

void __flush_tlb_one(unsigned long addr)
{
	(void)addr;
	flush_one_count++;
}

pte_t *lookup_address(unsigned long address)
{
	if (address >= PKMAP_BASE && address < PKMAP_BASE + PMD_SIZE)
		return &pkmap_ptes[pte_index(address)];
	if (address >= (FIXADDR_TOP & PMD_MASK))
		return &fixmap_ptes[pte_index(address)];
	return NULL;
}

/* ---- pages ---- */
static char low_ram[NR_LOW][PAGE_SIZE];
static int holders[NR_HIGH];                   /* model: kmaps not yet kunmapped */

static struct page *high_page(unsigned int i)
{
	return mem_map + HIGH_BASE_PFN + i;
}

static void setup_pages(void)
{
	unsigned long i;

	max_mapnr = HIGH_BASE_PFN + NR_HIGH;
	mem_map = calloc(max_mapnr, sizeof(struct page));
	if (!mem_map)
		abort();
	for (i = 0; i < NR_LOW; i++)
		mem_map[i].virtual = low_ram[i];
	for (i = 0; i < NR_HIGH; i++)
		SetPageHighMem(high_page(i));
}

/* Empty the pool: every slot free, every high page unmapped. */
static void reset_pool(void)
{
	unsigned int i;

	spin_lock_init(&kmap_lock);             /* a panic may have left it held */
	memset(pkmap_count, 0, sizeof(pkmap_count));
	memset(pkmap_ptes, 0, sizeof(pkmap_ptes));
	last_pkmap_nr = 0;
	for (i = 0; i < NR_HIGH; i++) {
		high_page(i)->virtual = NULL;
		holders[i] = 0;
	}
}

/* ---- the pool's invariants ---- */
static char why[256];
#define BROKEN(...) (snprintf(why, sizeof(why), __VA_ARGS__), 0)

static int pool_ok(void)
{
	unsigned int i;

	for (i = 0; i < LAST_PKMAP; i++) {
		struct page *p;

		if ((pkmap_count[i] == 0) != pte_none(pkmap_ptes[i]))
			return BROKEN("slot %u: count %d but pte %#llx", i, pkmap_count[i],
				      (unsigned long long)pte_val(pkmap_ptes[i]));
		if (pkmap_count[i] == 0)
			continue;
		p = pte_page(pkmap_ptes[i]);
		if (p < high_page(0) || p >= high_page(NR_HIGH))
			return BROKEN("slot %u maps frame %lu, not a high page", i, pte_pfn(pkmap_ptes[i]));
		if ((unsigned long)p->virtual != PKMAP_ADDR(i))
			return BROKEN("slot %u: its page's virtual is %p", i, p->virtual);
		if (pkmap_count[i] != 1 + holders[p - high_page(0)])
			return BROKEN("slot %u: count %d, %d holders", i, pkmap_count[i],
				      holders[p - high_page(0)]);
	}
	for (i = 0; i < NR_HIGH; i++) {
		unsigned long v = (unsigned long)high_page(i)->virtual;

		if (!v && holders[i])
			return BROKEN("page %u is held but has no address", i);
		if (v && (v < PKMAP_BASE || v >= PKMAP_ADDR(LAST_PKMAP) ||
			  pte_page(pkmap_ptes[PKMAP_NR(v)]) != high_page(i)))
			return BROKEN("page %u: address %#lx is not its slot", i, v);
	}
	return 1;
}

/* ---- fixed cases ---- */
static void test_init_and_lowmem(void)
{
	struct page *low = mem_map + 3;

	kmap_init();
	ok(pkmap_page_table == pkmap_ptes && kmap_pte ==
	   &fixmap_ptes[pte_index(__fix_to_virt(FIX_KMAP_BEGIN))],
	   "kmap_init finds the window's and the slots' page tables");
	ok(PKMAP_BASE == 0xFFC00000UL && PKMAP_BASE % PMD_SIZE == 0,
	   "the window starts at 0xFFC00000, a PMD boundary");
	ok(kmap(low) == low_ram[3] && kmap_atomic(low, KM_USER0) == low_ram[3],
	   "a low page maps to its own address, both ways");
	kunmap(low);
	kunmap_atomic(low_ram[3], KM_USER0);
	ok(flush_one_count == 0 && flush_all_count == 0, "mapping low pages flushes nothing");
}

static void test_counts(void)
{
	struct page *p = high_page(7);
	void *v, *w;
	unsigned int nr;

	reset_pool();
	v = kmap(p);
	nr = PKMAP_NR((unsigned long)v);
	ok(v == (void *)PKMAP_ADDR(1) && pkmap_count[1] == 2 && page_address(p) == v,
	   "the first kmap takes slot 1 with count 2 and sets page_address");
	ok(pte_page(pkmap_ptes[nr]) == p && pte_pfn(pkmap_ptes[nr]) == HIGH_BASE_PFN + 7 &&
	   pte_write(pkmap_ptes[nr]) && !pte_exec(pkmap_ptes[nr]),
	   "its PTE maps the frame above 4 GiB, writable and no-execute");
	w = kmap(p);
	ok(w == v && pkmap_count[nr] == 3, "a second kmap gives the same address, count 3");
	kunmap(p);
	kunmap(p);
	ok(pkmap_count[nr] == 1 && page_address(p) == v && !pte_none(pkmap_ptes[nr]),
	   "after the last kunmap the slot is stale: count 1, still mapped");
	ok(kmap(p) == v && last_pkmap_nr == 1 && pkmap_count[nr] == 2,
	   "kmap of a stale page reuses its slot without moving the cursor");
	kunmap(p);
	ok(PANICS(kunmap(p)) && panic_said("kernel BUG"), "a kunmap too many is a BUG");
	reset_pool();
	ok(PANICS(kunmap(high_page(9))) && panic_said("is not kmapped"), "kunmap of an unmapped page panics");
	ok(flush_all_count == 0, "none of this flushed the TLB");
}

static void test_wrap(void)
{
	unsigned int i, stale = 0, bad = 0;
	int consistent;
	unsigned long before;

	reset_pool();
	before = flush_all_count;
	for (i = 0; i < LAST_PKMAP - 1; i++) {
		kmap(high_page(i));
		kunmap(high_page(i));
	}
	for (i = 1; i < LAST_PKMAP; i++)
		stale += pkmap_count[i] == 1;
	ok(flush_all_count == before && stale == LAST_PKMAP - 1,
	   "511 new kmaps fill slots 1-511, all stale, with no flush");
	kmap(high_page(600));
	ok(flush_all_count == before + 1 && pkmap_count[0] == 2 &&
	   page_address(high_page(600)) == (void *)PKMAP_ADDR(0),
	   "the 512th wraps: one flush, and the page gets slot 0");
	for (i = 0; i < LAST_PKMAP - 1; i++)
		bad += page_address(high_page(i)) != NULL || pkmap_count[i + 1] != 0 ||
		       !pte_none(pkmap_ptes[i + 1]);
	ok(bad == 0, "the flush freed every stale slot and forgot their pages");
	kunmap(high_page(600));
	for (i = 0; i < 3 * LAST_PKMAP; i++) {
		kmap(high_page(i % NR_HIGH));
		kunmap(high_page(i % NR_HIGH));
	}
	ok(flush_all_count == before + 4, "1536 more new kmaps flush exactly 3 more times");
	consistent = pool_ok();         /* before the arguments below read why */
	ok(consistent, "the pool is consistent afterwards%s%s", *why ? ": " : "", why);
}

static void test_full_pool(void)
{
	unsigned int i;

	reset_pool();
	for (i = 0; i < LAST_PKMAP; i++)
		kmap(high_page(i));
	ok(pkmap_count[0] == 2 && pkmap_count[LAST_PKMAP - 1] == 2, "512 pages can be held at once");
	ok(PANICS(kmap(high_page(LAST_PKMAP))) && panic_said("all 512 slots are in use"),
	   "the 513th kmap panics, naming the cause");
	reset_pool();
}

static void test_atomic(void)
{
	unsigned int t, bad = 0;
	unsigned long before = flush_one_count;
	struct page *p = high_page(5), *q = high_page(6);
	void *a, *b;

	for (t = 0; t < KM_TYPE_NR; t++) {
		unsigned long v = (unsigned long)kmap_atomic(p, t);
		pte_t *pte = &fixmap_ptes[pte_index(v)];

		bad += v != __fix_to_virt(FIX_KMAP_BEGIN + t) || pte_page(*pte) != p;
		bad += page_address(p) != NULL;
		kunmap_atomic((void *)v, t);
		bad += !pte_none(*pte);
	}
	ok(bad == 0, "each km_type has its own slot; unmapping empties it; no page_address");
	ok(flush_one_count == before + KM_TYPE_NR, "one invlpg per kunmap_atomic, none per map");
	a = kmap_atomic(p, KM_USER0);
	b = kmap_atomic(q, KM_USER1);
	ok(a != b && pte_page(*lookup_address((unsigned long)a)) == p &&
	   pte_page(*lookup_address((unsigned long)b)) == q, "KM_USER0 and KM_USER1 map two pages at once");
	ok(PANICS(kmap_atomic(q, KM_USER0)) && panic_said("already in use"), "a second use of a busy slot panics");
	ok(PANICS(kunmap_atomic(a, KM_USER1)) && panic_said("not the slot of type"), "unmapping with the wrong type panics");
	kunmap_atomic(a, KM_USER0);
	kunmap_atomic(b, KM_USER1);
	ok(pte_none(*lookup_address((unsigned long)a)) && pte_none(*lookup_address((unsigned long)b)),
	   "both slots are empty again");
}

/* ---- random operations against the model ---- */
static void test_random(void)
{
	unsigned long n, flush_bad = 0, ops_bad = 0, maps = 0;
	unsigned int held = 0;

	reset_pool();
	for (n = 0; n < RANDOM_OPS; n++) {
		unsigned int i = (unsigned int)prng_below(NR_HIGH);
		unsigned int old_cursor = last_pkmap_nr;
		unsigned long flushes = flush_all_count;

		if (prng_below(2) && held < MAX_HELD) {
			kmap(high_page(i));
			held += holders[i]++ == 0;
			maps++;
		} else {
			for (i = 0; i < NR_HIGH && !holders[(i + n) % NR_HIGH]; i++)
				;
			if (i == NR_HIGH)
				continue;
			i = (unsigned int)((i + n) % NR_HIGH);
			kunmap(high_page(i));
			held -= --holders[i] == 0;
		}
		flush_bad += flush_all_count - flushes != (last_pkmap_nr < old_cursor);
		if (!pool_ok() && ops_bad++ < 3)
			diag("after op %lu: %s", n, why);
	}
	ok(ops_bad == 0, "the pool matches the model after each of %d random operations", RANDOM_OPS);
	ok(flush_bad == 0, "a flush happens exactly when the cursor wraps (%lu flushes, %lu kmaps)",
	   flush_all_count, maps);
}

int main(void)
{
	prng_init(DEFAULT_SEED);
	plan(27);
	setup_pages();
	test_init_and_lowmem();
	test_counts();
	test_wrap();
	test_full_pool();
	test_atomic();
	test_random();
	return done_testing();
}
