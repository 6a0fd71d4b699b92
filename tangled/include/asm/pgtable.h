/* Generated from src.nw/02-pgtable.nw, "Page tables"; edit that file, not this one. */
/* PAE page tables: entry types, protections, walking, the kernel layout. */
#ifndef _ASM_PGTABLE_H
#define _ASM_PGTABLE_H

/* includes */
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/mm.h>
#include <asm/page.h>
#include <asm/pgtable-3level-defs.h>
#include <asm/pgtable-bits.h>

/* the geometry of the three levels */
/* the size and mask of a PMD and a PGD entry */
#define PMD_SIZE        (_AC(1, UL) << PMD_SHIFT)       /* 2 MiB */
#define PMD_MASK        (~(PMD_SIZE - 1))
#define PGDIR_SIZE      (_AC(1, UL) << PGDIR_SHIFT)     /* 1 GiB */
#define PGDIR_MASK      (~(PGDIR_SIZE - 1))

/* the index of an address at each level */
/*
 *  31 30 29          21 20          12 11                    0
 * +-----+--------------+--------------+-----------------------+
 * | PGD |     PMD      |     PTE      |   byte in the page    |
 * +-----+--------------+--------------+-----------------------+
 *  2 bits    9 bits         9 bits            12 bits
 *  pgd_index pmd_index      pte_index         addr & ~PAGE_MASK
 *
 * 0xC0100000 (_text)       -> PGD 3, PMD   0, PTE 256, byte 0
 * 0xFFC00000 (PKMAP_BASE)  -> PGD 3, PMD 510, PTE   0, byte 0
 * 0xFFFFF000 (FIXADDR_TOP) -> PGD 3, PMD 511, PTE 511, byte 0
 */
#define pgd_index(addr) (((addr) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define pmd_index(addr) (((addr) >> PMD_SHIFT) & (PTRS_PER_PMD - 1))
#define pte_index(addr) (((addr) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))

/* the user and kernel parts of a PGD */
#define USER_PTRS_PER_PGD       (__PAGE_OFFSET / PGDIR_SIZE)    /* 3 */
#define KERNEL_PGD_PTRS         (PTRS_PER_PGD - USER_PTRS_PER_PGD)

/* the entry types and where the frame number lives */
/* the four entry types */
typedef struct { u32 pte_low, pte_high; } pte_t;
typedef struct { u64 pmd; } pmd_t;
typedef struct { u64 pgd; } pgd_t;
typedef struct { u64 pgprot; } pgprot_t;

/* opening and closing an entry's wrapper */
#define pte_val(x)      ((x).pte_low | ((u64)(x).pte_high << 32))
#define pmd_val(x)      ((x).pmd)
#define pgd_val(x)      ((x).pgd)
#define pgprot_val(x)   ((x).pgprot)

static inline pte_t __pte(u64 val)
{
	return (pte_t){ .pte_low = (u32)val, .pte_high = (u32)(val >> 32) };
}

#define __pmd(x)        ((pmd_t){ (x) })
#define __pgd(x)        ((pgd_t){ (x) })
#define __pgprot(x)     ((pgprot_t){ (x) })

/* the physical address bits of an entry */
/*
 *  63  62         36 35                          12 11         0
 * +---+-------------+------------------------------+------------+
 * |NX |  zero       |  frame number (24 bits)      |   flags    |
 * +---+-------------+------------------------------+------------+
 *  pte_high: bits 63-32              pte_low: bits 31-0
 */
#define __PHYSICAL_MASK_SHIFT   36      /* 64 GiB */
#define PHYSICAL_MASK   ((_AC(1, ULL) << __PHYSICAL_MASK_SHIFT) - 1)
#define PTE_PFN_MASK    (PHYSICAL_MASK & ~(u64)(PAGE_SIZE - 1))
#define PTE_FLAGS_MASK  (~PTE_PFN_MASK)

/* the protections */
/* the kernel's protections */
#define __PAGE_KERNEL   (_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | \
			 _PAGE_DIRTY | _PAGE_GLOBAL | _PAGE_NX)
#define __PAGE_KERNEL_RO        (__PAGE_KERNEL & ~(u64)_PAGE_RW)
#define __PAGE_KERNEL_EXEC      (__PAGE_KERNEL & ~_PAGE_NX)
#define __PAGE_KERNEL_RX        (__PAGE_KERNEL_EXEC & ~(u64)_PAGE_RW)

#define PAGE_KERNEL             __pgprot(__PAGE_KERNEL)         /* data */
#define PAGE_KERNEL_RO          __pgprot(__PAGE_KERNEL_RO)      /* rodata */
#define PAGE_KERNEL_EXEC        __pgprot(__PAGE_KERNEL_EXEC)    /* init code */
#define PAGE_KERNEL_RX          __pgprot(__PAGE_KERNEL_RX)      /* text */
#define PAGE_KERNEL_LARGE       __pgprot(__PAGE_KERNEL | _PAGE_PSE)

/* the flags of an entry that points to a table */
#define _KERNPG_TABLE   (_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define _PAGE_TABLE     (_KERNPG_TABLE | _PAGE_USER)

/* the bits this processor accepts */
extern u64 __supported_pte_mask;        /* _PAGE_NX only if nx_enabled */

/* making entries and asking about them */
/* making a PTE from a frame and a protection */
static inline pte_t pfn_pte(unsigned long pfn, pgprot_t prot)
{
	return __pte((((u64)pfn << PAGE_SHIFT) & PTE_PFN_MASK) |
		     (pgprot_val(prot) & __supported_pte_mask & PTE_FLAGS_MASK));
}

#define mk_pte(page, prot)      pfn_pte(page_to_pfn(page), prot)
#define mk_pte_phys(phys, prot) pfn_pte((unsigned long)((phys) >> PAGE_SHIFT), prot)

/* taking a PTE apart */
static inline unsigned long pte_pfn(pte_t pte)
{
	return (unsigned long)((pte_val(pte) & PTE_PFN_MASK) >> PAGE_SHIFT);
}

static inline phys_addr_t pte_phys(pte_t pte)
{
	return pte_val(pte) & PTE_PFN_MASK;
}

#define pte_page(pte)   pfn_to_page(pte_pfn(pte))

/* making and taking apart a PMD entry */
static inline pmd_t pfn_pmd(unsigned long pfn, pgprot_t prot)
{
	return __pmd((((u64)pfn << PAGE_SHIFT) & PTE_PFN_MASK) |
		     (pgprot_val(prot) & __supported_pte_mask & PTE_FLAGS_MASK));
}

static inline unsigned long pmd_pfn(pmd_t pmd)
{
	return (unsigned long)((pmd_val(pmd) & PTE_PFN_MASK) >> PAGE_SHIFT);
}

#define pmd_large(pmd)  ((pmd_val(pmd) & (_PAGE_PSE | _PAGE_PRESENT)) == \
			 (_PAGE_PSE | _PAGE_PRESENT))

/* asking about a PTE */
static inline bool pte_none(pte_t pte)    { return !pte.pte_low && !pte.pte_high; }
static inline bool pte_present(pte_t pte) { return pte.pte_low & _PAGE_PRESENT; }
static inline bool pte_read(pte_t pte)    { return pte.pte_low & _PAGE_USER; }
static inline bool pte_write(pte_t pte)   { return pte.pte_low & _PAGE_RW; }
static inline bool pte_dirty(pte_t pte)   { return pte.pte_low & _PAGE_DIRTY; }
static inline bool pte_young(pte_t pte)   { return pte.pte_low & _PAGE_ACCESSED; }
static inline bool pte_exec(pte_t pte)
{
	return !(pte_val(pte) & _PAGE_NX);
}

/* changing one bit of a PTE */
#define PTE_SET(name, expr)                                             \
static inline pte_t name(pte_t pte) { return __pte(expr); }
PTE_SET(pte_mkread,     pte_val(pte) | _PAGE_USER)
PTE_SET(pte_rdprotect,  pte_val(pte) & ~(u64)_PAGE_USER)
PTE_SET(pte_mkwrite,    pte_val(pte) | _PAGE_RW)
PTE_SET(pte_wrprotect,  pte_val(pte) & ~(u64)_PAGE_RW)
PTE_SET(pte_mkexec,     pte_val(pte) & ~_PAGE_NX)
PTE_SET(pte_exprotect,  pte_val(pte) | (_PAGE_NX & __supported_pte_mask))
PTE_SET(pte_mkdirty,    pte_val(pte) | _PAGE_DIRTY)
PTE_SET(pte_mkclean,    pte_val(pte) & ~(u64)_PAGE_DIRTY)
PTE_SET(pte_mkyoung,    pte_val(pte) | _PAGE_ACCESSED)
PTE_SET(pte_mkold,      pte_val(pte) & ~(u64)_PAGE_ACCESSED)

/* giving a PTE a new protection */
#define _PAGE_CHG_MASK  (PTE_PFN_MASK | _PAGE_ACCESSED | _PAGE_DIRTY)

static inline pte_t pte_modify(pte_t pte, pgprot_t prot)
{
	return __pte((pte_val(pte) & _PAGE_CHG_MASK) |
		     (pgprot_val(prot) & __supported_pte_mask & ~_PAGE_CHG_MASK));
}

/* asking about PMD and PGD entries */
#define pmd_none(pmd)   (!pmd_val(pmd))
#define pmd_present(pmd) (pmd_val(pmd) & _PAGE_PRESENT)
#define pmd_bad(pmd)    ((pmd_val(pmd) & PTE_FLAGS_MASK & ~(u64)_PAGE_USER) != \
			 _KERNPG_TABLE)
#define pgd_none(pgd)   (!pgd_val(pgd))
#define pgd_present(pgd) (pgd_val(pgd) & _PAGE_PRESENT)
#define pgd_bad(pgd)    ((pgd_val(pgd) & PTE_FLAGS_MASK & \
			  ~(u64)(_PAGE_PWT | _PAGE_PCD | _PAGE_ACCESSED)) != _PAGE_PRESENT)

/* writing entries in a safe order */
/* writing a PTE, high half first */
/*
 * Store pte in *ptep.  It is an unchecked runtime error for the old
 * entry to be present (clear it first): a walker then never sees half
 * of each.  Takes constant time; flushing the TLB is the caller's job.
 */
static inline void set_pte(pte_t *ptep, pte_t pte)
{
	ptep->pte_high = pte.pte_high;
	barrier();
	ptep->pte_low = pte.pte_low;
}

/* clearing a PTE, low half first */
static inline void pte_clear(pte_t *ptep)
{
	ptep->pte_low = 0;
	barrier();
	ptep->pte_high = 0;
}

/* reading and clearing a PTE in one step */
static inline pte_t ptep_get_and_clear(pte_t *ptep)
{
	pte_t old = *ptep;

	pte_clear(ptep);
	return old;
}

/* writing PMD and PGD entries */
static inline void set_64bit_split(u64 *p, u64 val)
{
	volatile u32 *half = (volatile u32 *)p;         /* little-endian */

	half[1] = (u32)(val >> 32);
	barrier();
	half[0] = (u32)val;
}

static inline void set_pmd(pmd_t *pmdp, pmd_t val) { set_64bit_split(&pmdp->pmd, val.pmd); }
static inline void pmd_clear(pmd_t *pmdp)           { set_64bit_split(&pmdp->pmd, 0); }
static inline void set_pgd(pgd_t *pgdp, pgd_t val) { set_64bit_split(&pgdp->pgd, val.pgd); }

/* finding the entry for an address at each level */
#define pgd_page(pgd)   ((unsigned long)__va((unsigned long)(pgd_val(pgd) & PTE_PFN_MASK)))
#define pmd_page_kernel(pmd) \
	((unsigned long)__va((unsigned long)(pmd_val(pmd) & PTE_PFN_MASK)))
#define pmd_page(pmd)   pfn_to_page(pmd_pfn(pmd))

#define pgd_offset(mm, addr)    ((mm)->pgd + pgd_index(addr))
#define pgd_offset_k(addr)      pgd_offset(&init_mm, addr)
#define pmd_offset(pgd, addr)   ((pmd_t *)pgd_page(*(pgd)) + pmd_index(addr))
#define pte_offset(pmd, addr)   ((pte_t *)pmd_page_kernel(*(pmd)) + pte_index(addr))
#define pte_offset_kernel(pmd, addr)    pte_offset(pmd, addr)

/* the vmalloc area */
#define VMALLOC_OFFSET  (8UL << 20)     /* guard gap after the direct map */
#define VMALLOC_START   ((((unsigned long)high_memory + 2 * VMALLOC_OFFSET - 1)) & \
			 ~(VMALLOC_OFFSET - 1))
#define VMALLOC_END     (PKMAP_BASE - 2 * PAGE_SIZE)

extern void *high_memory;       /* first address above the direct map */

/* the page directory and the functions of the C files */
extern pgd_t swapper_pg_dir[PTRS_PER_PGD];      /* head.S */
struct mm_struct;
struct page *follow_page(struct mm_struct *mm, unsigned long address, int write);
pte_t *lookup_address(unsigned long address);
void paging_init(void);

/* the headers that build on this one */
#include <linux/mm_types.h>
#include <asm/fixmap.h>
#include <asm/highmem.h>
#endif /* _ASM_PGTABLE_H */
