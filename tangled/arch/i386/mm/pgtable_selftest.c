/* Generated from src.nw/02-pgtable.nw, "Page tables"; edit that file, not this one. */
/* Guest self-tests of the page tables. */

/* includes */
#include <linux/kernel.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/fixmap.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/tlbflush.h>

/* the first frame above 4 GiB */
#define PFN_4G          (1UL << (32 - PAGE_SHIFT))     /* frame at 4 GiB */

/* the pgtable_layout test */
static void pgtable_layout(void)
{
	unsigned long pfn, wrong = 0;

	/* check the sizes of the levels and the order of the regions */
	KTEST_EQ(PMD_SIZE, 2UL << 20, "a PMD entry maps 2 MiB");
	KTEST_EQ(PGDIR_SIZE, 1UL << 30, "a PGD entry maps 1 GiB");
	KTEST_TRUE(VMALLOC_START >= (unsigned long)high_memory + VMALLOC_OFFSET,
		   "the vmalloc area starts VMALLOC_OFFSET above the direct map");
	KTEST_TRUE(VMALLOC_START < VMALLOC_END && VMALLOC_END < PKMAP_BASE,
		   "the vmalloc area ends below the kmap window");
	KTEST_TRUE(PKMAP_BASE % PMD_SIZE == 0 &&
		   PKMAP_BASE + LAST_PKMAP * PAGE_SIZE <= (FIXADDR_START & PMD_MASK),
		   "the kmap window is one page table below the fixed mappings");
	KTEST_EQ(read_cr3(), __pa(swapper_pg_dir), "CR3 holds swapper_pg_dir");
	/* check that global pages are on if the processor has them */
	{
		u32 a, b, c, d;

		cpuid(1, &a, &b, &c, &d);
		KTEST_EQ(!!(read_cr4() & X86_CR4_PGE), !!(d & CPUID_1_EDX_PGE),
			 "CR4.PGE is on exactly if the processor has global pages");
	}
	/* check that follow_page finds every page of low memory at __va */
	for (pfn = 0; pfn < max_low_pfn; pfn++)
		if (follow_page(&init_mm, (unsigned long)__va(pfn << PAGE_SHIFT), 0) !=
		    pfn_to_page(pfn))
			wrong++;
	KTEST_EQ(wrong, 0, "follow_page finds every low-memory page at __va");
}
KTEST(pgtable_layout, "the kernel's layout and its direct map");

/* scratch_table_get */
/* Hang a fresh page table under an empty kernel PMD entry; returns the
 * first address it maps, or 0.  The entry is returned in *pmdp. */
static unsigned long scratch_table_get(pmd_t **pmdp, struct page **table)
{
	unsigned long addr;

	*table = alloc_page(GFP_KERNEL);
	if (!*table)
		return 0;
	memset(page_address(*table), 0, PAGE_SIZE);
	/* hang the table under the first empty PMD entry of the vmalloc area */
	for (addr = ALIGN(VMALLOC_START, PMD_SIZE); addr + PMD_SIZE <= VMALLOC_END;
	     addr += PMD_SIZE) {
		*pmdp = pmd_offset(pgd_offset_k(addr), addr);
		if (pmd_none(**pmdp)) {
			set_pmd(*pmdp, __pmd(page_to_phys(*table) | _KERNPG_TABLE));
			return addr;
		}
	}
	__free_page(*table);
	return 0;
}

/* scratch_table_put */
static void scratch_table_put(pmd_t *pmd, struct page *table)
{
	pmd_clear(pmd);
	__flush_tlb_all();
	__free_page(table);
}

/* a seeded generator of test numbers */
#define PTE_ROUNDS      2000            /* random entries written */
#define PTE_TEST_VALUE  0x5EED1234U     /* written through a new PTE */
#define TEST_RAND_SEED  2004U
#define TEST_RAND_MUL   1664525U        /* Numerical Recipes' LCG */
#define TEST_RAND_ADD   1013904223U

static u32 test_rand_state = TEST_RAND_SEED;

static u32 test_rand(void)
{
	test_rand_state = test_rand_state * TEST_RAND_MUL + TEST_RAND_ADD;
	return test_rand_state;
}

/* pte_round_trips */
/*
 * Map random frames at base and check follow_page; returns failures and
 * counts the frames above 4 GiB in *high.
 */
static unsigned int pte_round_trips(unsigned long base, pte_t *table,
				    unsigned int *high)
{
	unsigned int n, bad = 0;

	for (n = 0; n < PTE_ROUNDS; n++) {
		unsigned int i = test_rand() % PTRS_PER_PTE;
		unsigned long addr = base + i * PAGE_SIZE;
		struct page *page = pfn_to_page(test_rand() % max_mapnr);
		u32 bits = test_rand();

		/* map page at addr, writable if bit 0, dirty if bit 1 */
		pte_t pte = mk_pte(page, (bits & 1) ? PAGE_KERNEL : PAGE_KERNEL_RO);

		pte = (bits & 2) ? pte_mkdirty(pte) : pte_mkclean(pte);
		*high += page_to_pfn(page) >= PFN_4G;
		pte_clear(&table[i]);
		set_pte(&table[i], pte);
		__flush_tlb_one(addr);
		bad += follow_page(&init_mm, addr, 0) != page;
		bad += follow_page(&init_mm, addr, 1) !=
		       ((bits & 3) == 3 ? page : NULL);
	}
	return bad;
}

/* the pte_roundtrip test */
static void pte_roundtrip(void)
{
	struct page *table, *data;
	pmd_t *pmd;
	pte_t *ptes;
	unsigned int high = 0;
	unsigned long base = scratch_table_get(&pmd, &table);

	if (!KTEST_TRUE(base, "a scratch page table in the vmalloc area"))
		return;
	ptes = page_address(table);
	KTEST_EQ(pte_round_trips(base, ptes, &high), 0,
		 "follow_page returns the page set_pte(mk_pte()) mapped");
	if (max_pfn > PFN_4G)
		KTEST_TRUE(high > 0, "some of those frames lie above 4 GiB");
	/* map a real page through the scratch table and write through it */
	data = alloc_page(GFP_KERNEL);
	if (KTEST_TRUE(data, "a low-memory page to map")) {
		pte_clear(&ptes[0]);
		set_pte(&ptes[0], mk_pte(data, PAGE_KERNEL));
		__flush_tlb_one(base);
		*(volatile u32 *)base = PTE_TEST_VALUE;
		KTEST_EQ(*(volatile u32 *)page_address(data), PTE_TEST_VALUE,
			 "a write through the new PTE reaches the page");
		__free_page(data);
	}
	/* clear the scratch table and check that nothing is found */
	{
		unsigned int i, found = 0;

		for (i = 0; i < PTRS_PER_PTE; i++) {
			pte_clear(&ptes[i]);
			found += follow_page(&init_mm, base + i * PAGE_SIZE, 0) != NULL;
		}
		KTEST_EQ(found, 0, "after pte_clear follow_page finds nothing");
	}
	scratch_table_put(pmd, table);
}
KTEST(pte_roundtrip, "set_pte(mk_pte(page)) then follow_page gives page back");

/* the pte_high_phys test */
static void pte_high_phys(void)
{
	static const phys_addr_t phys[] = {
		0x100000000ULL, 0x123456000ULL, 0x23FFFF000ULL, PTE_PFN_MASK,
	};
	unsigned int i, bad = 0;

	for (i = 0; i < ARRAY_SIZE(phys); i++) {
		pte_t rw = mk_pte_phys(phys[i], PAGE_KERNEL_EXEC);
		pte_t nx = pte_exprotect(rw);

		bad += pte_phys(rw) != phys[i] || pte_phys(nx) != phys[i];
		bad += pte_pfn(nx) != phys[i] >> PAGE_SHIFT;
		bad += pte_exec(nx) == !!nx_enabled || !pte_exec(rw);
	}
	KTEST_EQ(bad, 0, "addresses above 4 GiB survive mk_pte_phys and NX");
	KTEST_TRUE(max_pfn <= (PHYSICAL_MASK >> PAGE_SHIFT) + 1,
		   "all RAM fits in 36 physical address bits");
}
KTEST(pte_high_phys, "physical addresses above 4 GiB round-trip through a PTE");
