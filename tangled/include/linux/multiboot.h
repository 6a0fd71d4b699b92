/* The Multiboot (v0.6.96) header and the information a loader passes. */
#ifndef _LINUX_MULTIBOOT_H
#define _LINUX_MULTIBOOT_H

#define MULTIBOOT_HEADER_MAGIC          0x1BADB002
#define MULTIBOOT_BOOTLOADER_MAGIC      0x2BADB002  /* in eax at entry */
#define MULTIBOOT_PAGE_ALIGN            0x00000001  /* modules on 4 KiB boundaries */
#define MULTIBOOT_MEMORY_INFO           0x00000002  /* mem_* and mmap_* fields */
#define MULTIBOOT_HEADER_FLAGS  (MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO)

#define MULTIBOOT_INFO_MEMORY   0x00000001      /* mem_lower, mem_upper */
#define MULTIBOOT_INFO_CMDLINE  0x00000004      /* cmdline */
#define MULTIBOOT_INFO_MODS     0x00000008      /* mods_count, mods_addr */
#define MULTIBOOT_INFO_MEM_MAP  0x00000040      /* mmap_length, mmap_addr */

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <linux/compiler.h>

struct multiboot_info {
	u32 flags;              /* which of the fields below are valid */
	u32 mem_lower;          /* KiB of RAM below 1 MiB */
	u32 mem_upper;          /* KiB of RAM from 1 MiB to the first hole */
	u32 boot_device;
	u32 cmdline;            /* physical address of a C string */
	u32 mods_count;
	u32 mods_addr;          /* physical address of the module array */
	u32 syms[4];
	u32 mmap_length;        /* bytes in the memory map */
	u32 mmap_addr;          /* physical address of the first entry */
} __packed;

struct multiboot_mmap_entry {
	u32 size;               /* bytes in this entry, not counting size */
	u64 addr;               /* first physical byte of the region */
	u64 len;                /* bytes in the region */
	u32 type;               /* 1 = usable RAM, anything else reserved */
} __packed;

struct multiboot_module {
	u32 mod_start;          /* physical address of the first byte */
	u32 mod_end;            /* one past the last byte */
	u32 string;             /* physical address of its command line */
	u32 reserved;
} __packed;
#endif /* __ASSEMBLY__ */
#endif /* _LINUX_MULTIBOOT_H */
