/*
 * test_vmalloc.c - vmalloc, vfree and the vm_struct list (mm/vmalloc.c)
 * on the host, over the real page allocator and a fake machine.
 *
 * The kernel PMD is a page of the fake machine's memory, hung under entry
 * 3 of a fake swapper_pg_dir; high_memory is where it is with 896 MiB, so
 * the vmalloc range is the real 0xF8800000-0xFFBFE000.  Its addresses are
 * never dereferenced here; the page tables under it are real.  kmalloc is
 * malloc with a counter and a failure switch; TLB flushes are counted.
 *
 * Fixed cases check each statement of the chapter; then seeded random
 * vmalloc/vmalloc_32/vfree sequences check after every operation that the
 * list is sorted, in range and non-overlapping, that every area has an
 * unmapped guard page and every other page mapped to a page of its own,
 * that a freed range is unmapped, and that free pages + area pages + page
 * tables add up to the machine; every AUDIT_EVERY operations every PTE of
 * the range is checked against the list.
 */
/* KERNEL_SOURCES: mm/vmalloc.c mm/page_alloc.c */
#include "fake_machine.h"
#include "harness.h"

#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/tlbflush.h>

#define DEFAULT_SEED    20021129ULL     /* 2.4.20's release date */
#define DMA_END         1024UL          /* pfns: 4 MiB of DMA */
#define NORMAL_END      4096UL          /* 16 MiB of low memory */
#define HIGH_END        8192UL          /* 16 MiB of high memory */
#define RANDOM_OPS      20000
#define AUDIT_EVERY     250
#define MAX_LIVE        200
#define BIG_PAGES       700             /* random sizes sometimes exceed free memory */
#define FAKE_HIGH_MEMORY 0xF8000000UL   /* high_memory with 896 MiB of RAM */

/* ---- what the rest of the kernel would define ---- */
u64 __supported_pte_mask = ~0ULL;
pgd_t swapper_pg_dir[PTRS_PER_PGD];
struct mm_struct init_mm = { .pgd = swapper_pg_dir };
void *high_memory;
static struct page *kernel_pmd;

static unsigned long flushes, kmalloc_live, kmalloc_fail_next;

void __flush_tlb_all(void)
{
	flushes++;
}

void __flush_tlb_one(unsigned long addr)
{
	(void)addr;
}

void *kmalloc(size_t size, unsigned int flags)
{
	void *p;

	(void)flags;
	if (kmalloc_fail_next) {
		kmalloc_fail_next = 0;
		return NULL;
	}
	p = malloc(size);
	if (p)
		kmalloc_live++;
	return p;
}

void kfree(const void *p)
{
	if (p)
		kmalloc_live--;
	free((void *)p);
}

/* ---- walking the fake tables ---- */

/* The PTE of a vmalloc address, or NULL if it has no page table. */
static pte_t *pte_of(unsigned long addr)
{
	pmd_t *pmd = pmd_offset(pgd_offset_k(addr), addr);

	if (pmd_none(*pmd))
		return NULL;
	return pte_offset_kernel(pmd, addr);
}

static int mapped(unsigned long addr)
{
	pte_t *pte = pte_of(addr);

	return pte && !pte_none(*pte);
}

static void setup(void)
{
	fake_machine(DMA_END, NORMAL_END, HIGH_END, NULL, 0);
	high_memory = (void *)FAKE_HIGH_MEMORY;
	kernel_pmd = alloc_page(GFP_KERNEL);
	memset(page_address(kernel_pmd), 0, PAGE_SIZE);
	memset(swapper_pg_dir, 0, sizeof(swapper_pg_dir));
	swapper_pg_dir[pgd_index(VMALLOC_START)] = __pgd(page_to_phys(kernel_pmd) | _PAGE_PRESENT);
	vmlist = NULL;
	vmalloc_pgtable_pages = 0;
}

/* ---- invariants ---- */
static char why[512];
#define BROKEN(...) (snprintf(why, sizeof(why), ": " __VA_ARGS__), 0)

static unsigned char *owner;                    /* per pfn: mapped by an area */

/* The list: sorted, aligned, in range, no overlap; guard pages unmapped. */
static int list_ok(unsigned long *areas, unsigned long *pages)
{
	struct vm_struct *v;
	unsigned long prev_end = VMALLOC_START;

	*areas = *pages = 0;
	for (v = vmlist; v; v = v->next) {
		unsigned long a = (unsigned long)v->addr;

		if ((a | v->size) & ~PAGE_MASK)
			return BROKEN("area %lx size %lu not page-aligned", a, v->size);
		if (a < prev_end)
			return BROKEN("area %lx overlaps or precedes the one before (end %lx)", a, prev_end);
		if (v->size < 2 * PAGE_SIZE || a + v->size > VMALLOC_END)
			return BROKEN("area %lx size %lu outside the range or without a guard", a, v->size);
		if (mapped(a + v->size - PAGE_SIZE))
			return BROKEN("the guard page of area %lx is mapped", a);
		prev_end = a + v->size;
		(*areas)++;
		*pages += v->nr_pages;
	}
	return 1;
}

/* Every page of every VM_ALLOC area is mapped to a page no one else maps. */
static int areas_mapped_ok(void)
{
	struct vm_struct *v;
	unsigned long i;

	memset(owner, 0, HIGH_END);
	for (v = vmlist; v; v = v->next) {
		if (!(v->flags & VM_ALLOC))
			continue;
		if (v->nr_pages != v->size / PAGE_SIZE - 1)
			return BROKEN("area %p: nr_pages %u for size %lu", v->addr, v->nr_pages, v->size);
		for (i = 0; i < v->nr_pages; i++) {
			unsigned long a = (unsigned long)v->addr + i * PAGE_SIZE;
			pte_t *pte = pte_of(a);
			unsigned long pfn;

			if (!pte || !pte_present(*pte))
				return BROKEN("page %lx of area %p is not mapped", a, v->addr);
			pfn = pte_pfn(*pte);
			if (!pfn_valid(pfn) || page_count(pfn_to_page(pfn)) != 1 ||
			    PageReserved(pfn_to_page(pfn)))
				return BROKEN("page %lx maps pfn %lx, not an allocated page", a, pfn);
			if (owner[pfn]++)
				return BROKEN("pfn %lx is mapped twice", pfn);
		}
	}
	return 1;
}

/* Free pages, pages in areas and page tables add up to the machine. */
static int accounting_ok(unsigned long areas, unsigned long pages)
{
	unsigned long free;

	drain_local_pages();
	free = nr_free_pages();
	if (free + pages + vmalloc_pgtable_pages + 1 != totalram_pages)
		return BROKEN("free %lu + area pages %lu + tables %lu + pmd != %lu", free, pages,
			      vmalloc_pgtable_pages, totalram_pages);
	if (kmalloc_live != areas)
		return BROKEN("%lu descriptors allocated for %lu areas", kmalloc_live, areas);
	return 1;
}

static int all_ok(void)
{
	unsigned long areas, pages;

	return list_ok(&areas, &pages) && areas_mapped_ok() && accounting_ok(areas, pages);
}

/* Every present PTE of the whole range lies in the mapped part of an area. */
static int range_audit_ok(void)
{
	unsigned long a, n = 0, pages = 0;
	struct vm_struct *v = vmlist;

	for (a = VMALLOC_START; a < VMALLOC_END; a += PAGE_SIZE) {
		if (!mapped(a))
			continue;
		while (v && (unsigned long)v->addr + v->size <= a)
			v = v->next;
		if (!v || a < (unsigned long)v->addr || a >= (unsigned long)v->addr + v->size - PAGE_SIZE)
			return BROKEN("%lx is mapped but in no area's mapped part", a);
		n++;
	}
	for (v = vmlist; v; v = v->next)
		pages += v->nr_pages;
	if (n != pages)
		return BROKEN("%lu PTEs mapped, areas hold %lu pages", n, pages);
	return 1;
}

static int range_unmapped(unsigned long a, unsigned long size)
{
	unsigned long i;

	for (i = 0; i < size; i += PAGE_SIZE)
		if (mapped(a + i))
			return 0;
	return 1;
}

static struct vm_struct *find_area(const void *addr)
{
	struct vm_struct *v;

	for (v = vmlist; v; v = v->next)
		if (v->addr == addr)
			return v;
	return NULL;
}

/* ---- fixed cases ---- */
static void test_first_area_and_rounding(void)
{
	void *a = vmalloc(1), *b;
	struct vm_struct *v = find_area(a);

	ok((unsigned long)a == VMALLOC_START, "the first area starts at VMALLOC_START (%p)", a);
	ok(v && v->size == 2 * PAGE_SIZE && v->nr_pages == 1 && v->flags == VM_ALLOC,
	   "vmalloc(1) is one page plus a guard page");
	b = vmalloc(PAGE_SIZE + 1);
	ok((unsigned long)b == VMALLOC_START + 2 * PAGE_SIZE && find_area(b)->nr_pages == 2,
	   "the next area starts after the guard page; sizes round up to pages");
	ok(mapped((unsigned long)a) && !mapped((unsigned long)a + PAGE_SIZE) &&
	   mapped((unsigned long)b + PAGE_SIZE) && !mapped((unsigned long)b + 2 * PAGE_SIZE),
	   "pages are mapped, guard pages are not");
	ok(all_ok(), "invariants hold%s", why);
	vfree(a);
	vfree(b);
	ok(!vmlist && range_unmapped(VMALLOC_START, 5 * PAGE_SIZE) && all_ok(),
	   "vfree unmaps and unlinks both%s", why);
}

static void test_refusals(void)
{
	unsigned long free, f0 = flushes;

	drain_local_pages();
	free = nr_free_pages();
	ok(vmalloc(0) == NULL, "vmalloc(0) is NULL");
	ok(vmalloc(VMALLOC_END - VMALLOC_START) == NULL, "a request as big as the range is NULL");
	ok(vmalloc((totalram_pages + 1) * PAGE_SIZE) == NULL, "a request bigger than RAM is NULL");
	ok(__vmalloc(~0UL, GFP_KERNEL, PAGE_KERNEL) == NULL, "a size that wraps when rounded is NULL");
	drain_local_pages();
	ok(!vmlist && nr_free_pages() == free && kmalloc_live == 0 && flushes == f0,
	   "refusals change nothing");
}

static void test_first_fit(void)
{
	void *a = vmalloc(2 * PAGE_SIZE), *b = vmalloc(2 * PAGE_SIZE), *c = vmalloc(2 * PAGE_SIZE);
	void *d, *e, *f;

	vfree(b);
	d = vmalloc(2 * PAGE_SIZE);
	ok(d == b, "a freed hole is reused by a request that fits exactly");
	vfree(d);
	e = vmalloc(3 * PAGE_SIZE);
	ok((unsigned long)e == (unsigned long)c + 3 * PAGE_SIZE, "a request too big for the hole goes after the last area");
	f = vmalloc(PAGE_SIZE);
	ok(f == b, "a smaller request takes the hole: first fit");
	ok(all_ok(), "invariants hold%s", why);
	vfree(a);
	vfree(c);
	vfree(e);
	vfree(f);
	ok(!vmlist && all_ok(), "all freed%s", why);
}

static void test_bad_vfree(void)
{
	void *a = vmalloc(PAGE_SIZE);
	unsigned long f0 = flushes;

	printk_clear();
	vfree(NULL);
	ok(printk_len == 0 && flushes == f0, "vfree(NULL) does nothing, silently");
	vfree((char *)a + 8);
	ok(strstr(printk_text, "Trying to vfree() bad address") != NULL, "a misaligned vfree is reported");
	printk_clear();
	vfree((char *)a + 2 * PAGE_SIZE);
	ok(strstr(printk_text, "Trying to vfree() nonexistent vm area") != NULL,
	   "a vfree of an unknown address is reported");
	ok(find_area(a) && mapped((unsigned long)a) && flushes == f0 && all_ok(),
	   "and neither changes anything%s", why);
	vfree(a);
	ok(flushes == f0 + 1, "a vfree flushes the TLB exactly once");
}

static void test_zones(void)
{
	unsigned long i, high = 0, high32 = 0;
	char *a = vmalloc(64 * PAGE_SIZE), *b = vmalloc_32(64 * PAGE_SIZE);

	for (i = 0; i < 64; i++) {
		high += PageHighMem(pfn_to_page(pte_pfn(*pte_of((unsigned long)a + i * PAGE_SIZE))));
		high32 += PageHighMem(pfn_to_page(pte_pfn(*pte_of((unsigned long)b + i * PAGE_SIZE))));
	}
	ok(high == 64, "vmalloc takes high pages while there are any (%lu of 64)", high);
	ok(high32 == 0, "vmalloc_32 never does (%lu of 64)", high32);
	ok((pte_val(*pte_of((unsigned long)a)) & ~PTE_PFN_MASK) == (__PAGE_KERNEL & __supported_pte_mask),
	   "the pages are mapped PAGE_KERNEL");
	vfree(a);
	vfree(b);
	ok(!vmlist && all_ok(), "all freed%s", why);
}

static void test_failures(void)
{
	unsigned long free, tables = vmalloc_pgtable_pages, big;
	void *a;

	kmalloc_fail_next = 1;
	ok(vmalloc(PAGE_SIZE) == NULL && !vmlist, "a kmalloc failure makes vmalloc fail cleanly");
	drain_local_pages();
	free = nr_free_pages();
	big = free + 16;                        /* more than is free, less than RAM */
	a = vmalloc(big * PAGE_SIZE);
	drain_local_pages();
	ok(a == NULL, "vmalloc of more pages than are free fails");
	ok(!vmlist && kmalloc_live == 0 && nr_free_pages() + (vmalloc_pgtable_pages - tables) == free,
	   "after failing half way it has freed every page and the descriptor");
	ok(range_audit_ok(), "and nothing is left mapped%s", why);
}

static void test_fill_range(void)
{
	unsigned long range = VMALLOC_END - VMALLOC_START;
	struct vm_struct *v = get_vm_area(range - PAGE_SIZE, VM_IOREMAP);

	ok(v && (unsigned long)v->addr == VMALLOC_START && v->size == range,
	   "get_vm_area can take the whole range, guard page included");
	ok(get_vm_area(PAGE_SIZE, VM_IOREMAP) == NULL, "and then nothing more");
	if (v)
		vfree(v->addr);
	ok(get_vm_area(range, VM_IOREMAP) == NULL, "one page more than the range fails");
	v = get_vm_area(range / 2, VM_IOREMAP);
	ok(v && get_vm_area(range / 2 - PAGE_SIZE, VM_IOREMAP) == NULL &&
	   get_vm_area(range / 2 - 2 * PAGE_SIZE, VM_IOREMAP) != NULL,
	   "the rest holds exactly what is left less its guard page");
	while (vmlist)
		vfree(vmlist->addr);
	ok(all_ok(), "all freed%s", why);
}

static void test_report_fault(void)
{
	char *a = vmalloc(3 * PAGE_SIZE);
	char want[128];

	printk_clear();
	vmalloc_report_fault((unsigned long)a + 3 * PAGE_SIZE + 5);
	snprintf(want, sizeof(want), "is the guard page after vmalloc area 0x%08lx-0x%08lx (3 pages, caller [<",
		 (unsigned long)a, (unsigned long)a + 4 * PAGE_SIZE);
	ok(strstr(printk_text, want) != NULL, "a guard-page fault names the area: %s", printk_text);
	printk_clear();
	vmalloc_report_fault((unsigned long)a + PAGE_SIZE);
	ok(strstr(printk_text, "is inside vmalloc area") != NULL, "a fault inside an area says so");
	printk_clear();
	vmalloc_report_fault((unsigned long)a + 64 * PAGE_SIZE);
	ok(strstr(printk_text, "is in no vmalloc area") != NULL, "a fault in no area says so");
	printk_clear();
	vmalloc_report_fault(VMALLOC_START - 1);
	vmalloc_report_fault(VMALLOC_END);
	ok(printk_len == 0, "addresses outside the range print nothing");
	vfree(a);
}

static void test_vmallocinfo(void)
{
	char *a = vmalloc(2 * PAGE_SIZE), *b = vmalloc_32(PAGE_SIZE);
	char want[128];

	printk_clear();
	vmallocinfo_show();
	snprintf(want, sizeof(want), "0x%08lx-0x%08lx   12288 [<", (unsigned long)a,
		 (unsigned long)a + 3 * PAGE_SIZE);
	ok(strstr(printk_text, want) != NULL, "vmallocinfo prints Linux's range and size: %s", want);
	if (!ok(strstr(printk_text, "] pages=2 vmalloc\n") && strstr(printk_text, "] pages=1 vmalloc\n"),
		"then the caller, pages= and the kind"))
		diag("%s", printk_text);
	ok(strstr(printk_text, "VmallocUsed: 20 kB") != NULL, "and the summary adds the sizes");
	vfree(a);
	vfree(b);
}

/* ---- random sequences ---- */
static void random_ops(void)
{
	static void *live[MAX_LIVE];
	unsigned long nlive = 0, n, bad = 0, fails = 0, frees = 0, allocs = 0;
	unsigned long f0 = flushes;

	for (n = 0; n < RANDOM_OPS && !bad; n++) {
		unsigned long r = prng_below(100);

		if (r < 50 && nlive < MAX_LIVE) {
			unsigned long pages = prng_below(10) ? 1 + prng_below(32) : 1 + prng_below(BIG_PAGES);
			unsigned long bytes = pages * PAGE_SIZE - prng_below(PAGE_SIZE);
			int low = prng_below(4) == 0;
			void *p;

			if (prng_below(50) == 0)
				kmalloc_fail_next = 1;
			p = low ? vmalloc_32(bytes) : vmalloc(bytes);
			allocs++;
			kmalloc_fail_next = 0;
			if (!p) {
				fails++;
			} else {
				live[nlive++] = p;
				if (find_area(p)->nr_pages != pages) {
					bad = n + 1;
					(void)BROKEN("vmalloc(%lu) mapped %u pages", bytes, find_area(p)->nr_pages);
				}
			}
		} else if (nlive) {
			unsigned long i = prng_below(nlive);
			struct vm_struct *v = find_area(live[i]);
			unsigned long a = (unsigned long)live[i], size = v->size;

			vfree(live[i]);
			live[i] = live[--nlive];
			frees++;
			if (!range_unmapped(a, size)) {
				bad = n + 1;
				(void)BROKEN("range %lx+%lu still mapped after vfree", a, size);
			}
		}
		if (!bad && !all_ok())
			bad = n + 1;
		if (!bad && n % AUDIT_EVERY == 0 && !range_audit_ok())
			bad = n + 1;
	}
	ok(!bad, "%d random operations keep every invariant (first failure at op %lu%s)",
	   RANDOM_OPS, bad, why);
	diag("%lu vmallocs, %lu failed, %lu vfrees, %lu page tables", allocs, fails, frees,
	     vmalloc_pgtable_pages);
	ok(fails > 0 && allocs > fails, "some vmallocs failed for lack of memory, most succeeded");
	while (nlive)
		vfree(live[--nlive]);
	ok(flushes - f0 >= frees, "every vfree flushed the TLB");
	ok(!vmlist && all_ok() && range_audit_ok(), "everything freed at the end%s", why);
}

int main(void)
{
	prng_init(DEFAULT_SEED);
	plan(45);
	setup();
	owner = calloc(HIGH_END, 1);
	test_first_area_and_rounding();
	test_refusals();
	test_first_fit();
	test_bad_vfree();
	test_zones();
	test_failures();
	test_fill_range();
	test_report_fault();
	test_vmallocinfo();
	random_ops();
	free(owner);
	return done_testing();
}
