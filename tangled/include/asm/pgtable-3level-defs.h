/* Generated from src.nw/01-boot.nw, "Booting"; edit that file, not this one. */
/*
 * PAE: three levels of 8-byte entries.
 *
 *  31 30 29        21 20        12 11                   0
 * +-----+------------+------------+----------------------+
 * | PGD |    PMD     |    PTE     |   offset in page     |
 * +-----+------------+------------+----------------------+
 *    2        9            9                12      bits
 *
 * A PMD entry with _PAGE_PSE maps a 2 MiB page: bits 20-0 are the offset.
 */
#ifndef _ASM_PGTABLE_3LEVEL_DEFS_H
#define _ASM_PGTABLE_3LEVEL_DEFS_H

#define PGDIR_SHIFT     30
#define PTRS_PER_PGD    4
#define PMD_SHIFT       21
#define PTRS_PER_PMD    512
#define PTRS_PER_PTE    512

#endif /* _ASM_PGTABLE_3LEVEL_DEFS_H */
