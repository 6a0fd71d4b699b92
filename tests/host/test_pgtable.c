/*
 * test_pgtable.c - the PAE page-table macros of asm/pgtable.h and
 * follow_page (mm/memory.c) on the host.
 *
 * Fixed checks of the shift/size/mask triplets and the index split, then
 * seeded random checks of entry construction and of every modifier (each
 * changes its own bit and nothing else, frame numbers up to bit 35
 * survive, NX disappears when the processor lacks it), then a random
 * sequence of map, map-large and unmap operations on a three-level table
 * built in a block of fake physical memory, with follow_page compared
 * against a model after every operation.
 */
/* KERNEL_SOURCES: mm/memory.c */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <linux/mm.h>
#include <linux/mm_types.h>
#include <asm/pgtable.h>
#include "harness.h"

#define DEFAULT_SEED    20040601ULL
#define RAM_BYTES       (64UL << 20)            /* fake physical memory */
#define NR_FRAMES       0x140000UL              /* mem_map covers 5 GiB */
#define ENTRY_CASES     200000
#define WALK_OPS        200000
#define PROBES_PER_OP   8
#define VA_PAGES        (1UL << 20)             /* 4 GiB of 4 KiB pages */

/* ---- what the kernel would define ---- */
unsigned long host_page_offset;
struct page *mem_map;
unsigned long max_mapnr;
struct zone *zone_table[MAX_NR_ZONES * MAX_NR_NODES];
u64 __supported_pte_mask = ~0ULL;               /* NX accepted */
struct mm_struct init_mm;

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(stderr, fmt, ap);
	va_end(ap);
	return n;
}

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	abort();
}

/* ---- fake physical memory and a bump allocator of table pages ---- */
static unsigned char *ram;
static unsigned long next_table = PAGE_SIZE;    /* page 0 stays unused */

static void *alloc_table(void)
{
	void *p;

	if (next_table + PAGE_SIZE > RAM_BYTES) {
		fprintf(stderr, "fake RAM exhausted\n");
		abort();
	}
	p = ram + next_table;
	next_table += PAGE_SIZE;
	memset(p, 0, PAGE_SIZE);
	return p;
}

static u64 random_prot(void)
{
	static const u64 bits[] = {
		_PAGE_RW, _PAGE_USER, _PAGE_ACCESSED, _PAGE_DIRTY, _PAGE_GLOBAL, _PAGE_NX,
	};
	u64 prot = _PAGE_PRESENT;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bits); i++)
		if (prng_below(2))
			prot |= bits[i];
	return prot;
}

/* ---- fixed checks ---- */
static void test_constants(void)
{
	ok(PMD_SIZE == 2UL << 20 && PGDIR_SIZE == 1UL << 30, "PMD_SIZE is 2 MiB, PGDIR_SIZE 1 GiB");
	ok((PMD_MASK & 0xFFFFFFFFUL) == 0xFFE00000UL && (PGDIR_MASK & 0xFFFFFFFFUL) == 0xC0000000UL,
	   "PMD_MASK and PGDIR_MASK clear the bits below their level");
	ok(PAGE_SHIFT + 9 == PMD_SHIFT && PMD_SHIFT + 9 == PGDIR_SHIFT && PGDIR_SHIFT + 2 == 32,
	   "the shifts split an address 2-9-9-12");
	ok(PTRS_PER_PTE * sizeof(pte_t) == PAGE_SIZE && PTRS_PER_PMD * sizeof(pmd_t) == PAGE_SIZE,
	   "a page table and a PMD each fill one page of 8-byte entries");
	ok(USER_PTRS_PER_PGD == 3 && KERNEL_PGD_PTRS == 1, "PGD entries 0-2 are the user's, 3 the kernel's");
	ok(PTE_PFN_MASK == 0x0000000FFFFFF000ULL, "PTE_PFN_MASK covers bits 12-35");
}

static void test_index_split(void)
{
	unsigned int n, bad = 0;

	for (n = 0; n < ENTRY_CASES; n++) {
		unsigned long a = (unsigned long)(prng_next() & 0xFFFFFFFFUL);
		unsigned long back = (pgd_index(a) << PGDIR_SHIFT) | (pmd_index(a) << PMD_SHIFT) |
				     (pte_index(a) << PAGE_SHIFT) | (a & (PAGE_SIZE - 1));

		bad += back != a;
	}
	ok(bad == 0, "pgd/pmd/pte_index and the offset reassemble %d random addresses", ENTRY_CASES);
}

/* ---- entries ---- */
static void test_entries(void)
{
	unsigned int n, bad_pfn = 0, bad_flags = 0, bad_mod = 0, bad_pred = 0;

	for (n = 0; n < ENTRY_CASES; n++) {
		unsigned long pfn = (unsigned long)prng_below(1UL << 24);
		u64 prot = random_prot();
		pte_t p = pfn_pte(pfn, __pgprot(prot));

		bad_pfn += pte_pfn(p) != pfn || pte_phys(p) != (u64)pfn << PAGE_SHIFT;
		bad_flags += (pte_val(p) & PTE_FLAGS_MASK) != prot;
		bad_mod += pte_val(pte_mkwrite(p)) != (pte_val(p) | _PAGE_RW);
		bad_mod += pte_val(pte_wrprotect(p)) != (pte_val(p) & ~(u64)_PAGE_RW);
		bad_mod += pte_val(pte_mkdirty(p)) != (pte_val(p) | _PAGE_DIRTY);
		bad_mod += pte_val(pte_mkclean(p)) != (pte_val(p) & ~(u64)_PAGE_DIRTY);
		bad_mod += pte_val(pte_mkyoung(p)) != (pte_val(p) | _PAGE_ACCESSED);
		bad_mod += pte_val(pte_mkold(p)) != (pte_val(p) & ~(u64)_PAGE_ACCESSED);
		bad_mod += pte_val(pte_mkread(p)) != (pte_val(p) | _PAGE_USER);
		bad_mod += pte_val(pte_rdprotect(p)) != (pte_val(p) & ~(u64)_PAGE_USER);
		bad_mod += pte_val(pte_mkexec(p)) != (pte_val(p) & ~_PAGE_NX);
		bad_mod += pte_val(pte_exprotect(p)) != (pte_val(p) | _PAGE_NX);
		bad_mod += pte_pfn(pte_exprotect(pte_mkclean(pte_wrprotect(p)))) != pfn;
		bad_pred += pte_write(p) != !!(prot & _PAGE_RW) || pte_dirty(p) != !!(prot & _PAGE_DIRTY);
		bad_pred += pte_young(p) != !!(prot & _PAGE_ACCESSED) || pte_read(p) != !!(prot & _PAGE_USER);
		bad_pred += pte_exec(p) != !(prot & _PAGE_NX) || !pte_present(p) || pte_none(p);
	}
	ok(bad_pfn == 0, "pfn_pte then pte_pfn gives the frame back, up to bit 35");
	ok(bad_flags == 0, "pfn_pte keeps exactly the protection's bits");
	ok(bad_mod == 0, "each pte_mk*/pte_*protect changes its own bit and nothing else");
	ok(bad_pred == 0, "the predicates read the bits they name");
}

static void test_entry_details(void)
{
	pte_t p = pfn_pte(0x123456, __pgprot(__PAGE_KERNEL)), q, slot;
	u64 saved = __supported_pte_mask;

	ok(p.pte_high == 0x80000001U && p.pte_low == 0x23456000U + (u32)(__PAGE_KERNEL & 0xFFF),
	   "a frame above 4 GiB with NX: high word 0x80000001, low word frame bits and flags");
	__supported_pte_mask = ~_PAGE_NX;
	q = pfn_pte(0x123456, __pgprot(__PAGE_KERNEL));
	ok(!(pte_val(q) & _PAGE_NX) && pte_exec(q) && pte_pfn(q) == 0x123456,
	   "without NX support pfn_pte drops _PAGE_NX and keeps the frame");
	ok(!(pte_val(pte_exprotect(q)) & _PAGE_NX), "pte_exprotect cannot set an unsupported NX");
	__supported_pte_mask = saved;
	q = pte_modify(pte_mkdirty(pte_mkyoung(p)), PAGE_KERNEL_RX);
	ok(pte_pfn(q) == 0x123456 && pte_dirty(q) && pte_young(q) && !pte_write(q) && pte_exec(q),
	   "pte_modify keeps the frame and the accessed and dirty bits, takes the new protection");
	slot = __pte(0);
	set_pte(&slot, p);
	ok(pte_val(slot) == pte_val(p), "set_pte stores both halves");
	q = ptep_get_and_clear(&slot);
	ok(pte_val(q) == pte_val(p) && pte_none(slot), "ptep_get_and_clear returns the entry and empties it");
	ok(pte_val(mk_pte_phys(0x23FFFF123ULL, PAGE_KERNEL)) ==
	   (0x23FFFF000ULL | __PAGE_KERNEL), "mk_pte_phys keeps bits 32-35 of a physical address");
}

static void test_upper_levels(void)
{
	pmd_t large = pfn_pmd(0x100000, PAGE_KERNEL_LARGE);
	pmd_t table = __pmd(0x5000 | _KERNPG_TABLE), slot = __pmd(0);
	pgd_t pgd = __pgd(0x1000 | _PAGE_PRESENT);

	ok(pmd_large(large) && pmd_bad(large) && pmd_pfn(large) == 0x100000,
	   "a 2 MiB entry is large, bad for a table walker, and keeps its frame");
	ok(!pmd_large(table) && !pmd_bad(table) && !pmd_bad(__pmd(0x5000 | _PAGE_TABLE)),
	   "kernel and user table entries are not bad");
	ok(pmd_bad(__pmd(0x5000 | _KERNPG_TABLE | _PAGE_NX)), "a table entry with NX is bad");
	ok(!pgd_bad(pgd) && !pgd_bad(__pgd(0x1000 | _PAGE_PRESENT | _PAGE_ACCESSED)) &&
	   pgd_bad(__pgd(0x1000 | _PAGE_PRESENT | _PAGE_RW)),
	   "a PGD entry may hold present, PWT, PCD (and QEMU's accessed bit), nothing else");
	set_pmd(&slot, large);
	ok(pmd_val(slot) == pmd_val(large), "set_pmd stores both halves");
	pmd_clear(&slot);
	ok(pmd_none(slot), "pmd_clear empties the entry");
}

/* ---- follow_page against a model ---- */
static u64 *model;                              /* the PTE each page should have */
static pgd_t *pgd_page_base;
static struct mm_struct mm;

/* The PMD entry for va, creating the PMD page if needed. */
static pmd_t *walk_pmd(unsigned long va)
{
	pgd_t *pgd = pgd_offset(&mm, va);

	if (pgd_none(*pgd))
		set_pgd(pgd, __pgd((u64)__pa(alloc_table()) | _PAGE_PRESENT));
	return pmd_offset(pgd, va);
}

static void op_map_small(unsigned long va, unsigned long pfn, u64 prot)
{
	pmd_t *pmd = walk_pmd(va);
	pte_t *pte;

	if (pmd_large(*pmd))
		return;
	if (pmd_none(*pmd))
		set_pmd(pmd, __pmd((u64)__pa(alloc_table()) | _KERNPG_TABLE));
	pte = pte_offset(pmd, va);
	pte_clear(pte);
	set_pte(pte, pfn_pte(pfn, __pgprot(prot)));
	model[va >> PAGE_SHIFT] = pte_val(*pte);
}

static void op_map_large(unsigned long va, unsigned long pfn, u64 prot)
{
	pmd_t *pmd = walk_pmd(va);
	unsigned long i, first = (va & PMD_MASK) >> PAGE_SHIFT;

	if (!pmd_none(*pmd))
		return;                 /* keep existing tables: no freeing here */
	pfn &= ~(unsigned long)(PTRS_PER_PTE - 1);
	set_pmd(pmd, pfn_pmd(pfn, __pgprot(prot | _PAGE_PSE)));
	for (i = 0; i < PTRS_PER_PTE; i++)
		model[first + i] = pte_val(pfn_pte(pfn + i, __pgprot(prot)));
}

static void op_unmap(unsigned long va)
{
	pgd_t *pgd = pgd_offset(&mm, va);
	pmd_t *pmd;
	unsigned long i, first = (va & PMD_MASK) >> PAGE_SHIFT;

	if (pgd_none(*pgd))
		return;
	pmd = pmd_offset(pgd, va);
	if (pmd_large(*pmd)) {
		pmd_clear(pmd);
		for (i = 0; i < PTRS_PER_PTE; i++)
			model[first + i] = 0;
	} else if (!pmd_none(*pmd)) {
		pte_clear(pte_offset(pmd, va));
		model[va >> PAGE_SHIFT] = 0;
	}
}

/* What follow_page should return for va according to the model. */
static struct page *expected(unsigned long va, int write)
{
	pte_t p = __pte(model[va >> PAGE_SHIFT]);

	if (!pte_present(p) || (write && !(pte_write(p) && pte_dirty(p))))
		return NULL;
	return pte_pfn(p) < max_mapnr ? mem_map + pte_pfn(p) : NULL;
}

static int probe(unsigned long va)
{
	unsigned long a = va | (unsigned long)prng_below(PAGE_SIZE);

	return follow_page(&mm, a, 0) == expected(a, 0) && follow_page(&mm, a, 1) == expected(a, 1);
}

/* A random address, often near the last one so that tables fill up. */
static unsigned long random_va(unsigned long last)
{
	if (prng_below(4))
		return (last & PMD_MASK) + ((unsigned long)prng_below(PTRS_PER_PTE) << PAGE_SHIFT);
	return (unsigned long)(prng_next() & 0xFFFFF000UL);
}

static void test_follow_page(void)
{
	unsigned long va = 0, n, k, bad = 0, mapped_high = 0;

	pgd_page_base = alloc_table();
	mm.pgd = pgd_page_base;
	ok(follow_page(&mm, 0xC0000000UL, 0) == NULL && follow_page(&mm, 0, 1) == NULL,
	   "an empty address space maps nothing");
	for (n = 0; n < WALK_OPS; n++) {
		unsigned long pfn = prng_below(8) ? (unsigned long)prng_below(NR_FRAMES)
						   : (unsigned long)prng_below(1UL << 24);
		unsigned int what = (unsigned int)prng_below(16);

		va = random_va(va);
		if (what < 10)
			op_map_small(va, pfn, random_prot());
		else if (what < 11)
			op_map_large(va, pfn, random_prot());
		else
			op_unmap(va);
		mapped_high += pfn >= (1UL << 20) && what < 11;
		bad += !probe(va);
		for (k = 0; k < PROBES_PER_OP; k++)
			bad += !probe(random_va(va));
		if (bad && bad < 4)
			diag("mismatch after op %lu at %#lx", n, va);
	}
	ok(bad == 0, "follow_page agrees with the model after %d random operations", WALK_OPS);
	ok(mapped_high > 0, "the operations mapped frames above 4 GiB (%lu)", mapped_high);
	for (n = 0, bad = 0; n < VA_PAGES; n++) {
		unsigned long a = n << PAGE_SHIFT;

		bad += follow_page(&mm, a, 0) != expected(a, 0);
	}
	ok(bad == 0, "a final sweep of all 4 GiB of addresses agrees with the model");
}

int main(void)
{
	prng_init(DEFAULT_SEED);
	plan(28);
	ram = mmap(NULL, RAM_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mem_map = calloc(NR_FRAMES, sizeof(struct page));
	model = calloc(VA_PAGES, sizeof(u64));
	if (ram == MAP_FAILED || !mem_map || !model) {
		fprintf(stderr, "out of memory\n");
		return 1;
	}
	host_page_offset = (unsigned long)ram;
	max_mapnr = NR_FRAMES;
	test_constants();
	test_index_split();
	test_entries();
	test_entry_details();
	test_upper_levels();
	test_follow_page();
	return done_testing();
}
