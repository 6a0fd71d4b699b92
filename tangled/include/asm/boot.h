/* Generated from src.nw/01-boot.nw, "Booting"; edit that file, not this one. */
/* The page tables startup_32 builds. */
#ifndef _ASM_BOOT_H
#define _ASM_BOOT_H

#include <asm/pgtable-3level-defs.h>
#include <asm/pgtable-bits.h>

#define BOOT_MAP_SIZE   (896 << 20)                    /* bytes mapped at boot */
#define BOOT_PMD_ENTRIES (BOOT_MAP_SIZE >> PMD_SHIFT)   /* 448 2 MiB pages */
#define BOOT_PDE_FLAGS  (_PAGE_PRESENT | _PAGE_RW | _PAGE_PSE)
#define BOOT_PGD_FLAGS  _PAGE_PRESENT   /* PDPT entries take no RW/USER */

#endif /* _ASM_BOOT_H */
