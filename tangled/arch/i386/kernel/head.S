/* Generated from src.nw/90-startup.nw, "Starting the processor"; edit that file, not this one. */
/* The kernel's entry point: from the Multiboot loader to start_kernel. */
#include <asm/boot.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <linux/multiboot.h>
#include <linux/reboot.h>

/* PHYS, the load address of a linked symbol */
#define PHYS(sym)       ((sym) - __PAGE_OFFSET)

/* emit the Multiboot header */
	.section .multiboot, "a"
	.balign 4
multiboot_header:
	.long   MULTIBOOT_HEADER_MAGIC
	.long   MULTIBOOT_HEADER_FLAGS
	.long   -(MULTIBOOT_HEADER_MAGIC + MULTIBOOT_HEADER_FLAGS)

/* startup_32, from the loader's jump to start_kernel */
	.section .text.head, "ax"
	.globl startup_32
startup_32:
	cld
	/* save the loader's eax and ebx */
		movl    %eax, PHYS(boot_magic)
		movl    %ebx, PHYS(boot_mbi)
	/* clear the BSS */
		movl    $PHYS(__bss_start), %edi
		movl    $PHYS(__bss_stop), %ecx
		subl    %edi, %ecx
		xorl    %eax, %eax
		rep stosb
	/* stop with a message unless the processor has PAE */
		movl    $1, %eax
		cpuid
		testl   $CPUID_1_EDX_PAE, %edx
		jnz     1f
		movl    $PHYS(no_pae_msg), %esi
		jmp     early_fail
	1:
	/* turn on EFER.NXE if the processor has NX */
		movl    $0x80000000, %eax       /* highest extended leaf */
		cpuid
		cmpl    $0x80000001, %eax
		jb      2f
		movl    $0x80000001, %eax
		cpuid
		testl   $CPUID_80000001_EDX_NX, %edx
		jz      2f
		movl    $MSR_EFER, %ecx
		rdmsr
		orl     $EFER_NX, %eax
		wrmsr
		movl    $1, PHYS(nx_enabled)
	2:
	/* switch on PAE paging and write protection */
		movl    $PHYS(swapper_pg_dir), %eax
		movl    %eax, %cr3
		movl    %cr4, %eax
		orl     $X86_CR4_PAE, %eax
		movl    %eax, %cr4
		movl    %cr0, %eax
		orl     $(X86_CR0_PG | X86_CR0_WP), %eax
		movl    %eax, %cr0
	/* jump to the kernel's linked address */
		movl    $3f, %eax
		jmp     *%eax
	3:
	/* load our GDT and reload every segment register */
		lgdt    gdt_descr
		ljmp    $__KERNEL_CS, $4f
	4:      movl    $__KERNEL_DS, %eax
		movl    %eax, %ds
		movl    %eax, %es
		movl    %eax, %fs
		movl    %eax, %gs
		movl    %eax, %ss
	/* set up the boot stack */
		movl    $boot_stack_top, %esp
		xorl    %ebp, %ebp              /* terminate frame-pointer chains */
	/* remove the identity map */
		movl    $0, swapper_pg_dir
		movl    %cr3, %eax
		movl    %eax, %cr3
	/* call start_kernel and halt if it returns */
		pushl   boot_mbi
		pushl   boot_magic
		call    start_kernel
	5:      cli
		hlt
		jmp     5b

/* early_fail: print a message and exit before C runs */
#define EARLY_UART      0x3F8           /* COM1 data register */
#define EARLY_UART_LSR  (EARLY_UART + 5)
#define EARLY_LSR_THRE  0x20            /* transmitter ready */
early_fail:
	movw    $EARLY_UART_LSR, %dx
6:      inb     %dx, %al
	testb   $EARLY_LSR_THRE, %al
	jz      6b
	lodsb
	testb   %al, %al
	jz      7f
	movw    $EARLY_UART, %dx
	outb    %al, %dx
	jmp     early_fail
7:      movw    $QEMU_EXIT_PORT, %dx
	movl    $EXIT_PANIC, %eax
	outl    %eax, %dx
8:      cli
	hlt
	jmp     8b

/* the early failure messages */
	.section .rodata, "a"
no_pae_msg:
	.asciz  "This kernel needs a processor with PAE; boot it with -cpu max.\r\n"

/* define gdt_table and its descriptor */
	.section .data, "aw"
	.balign 8
	.globl gdt_table
gdt_table:
	.quad   0                               /* 0x00: null */
	.quad   0                               /* 0x08: unused */
	.quad   GDT_FLAT(GDT_ACCESS_KERNEL_CODE)        /* 0x10 */
	.quad   GDT_FLAT(GDT_ACCESS_KERNEL_DATA)        /* 0x18 */
	.quad   GDT_FLAT(GDT_ACCESS_USER_CODE)          /* 0x23 */
	.quad   GDT_FLAT(GDT_ACCESS_USER_DATA)          /* 0x2B */
	.fill   GDT_ENTRIES - 6, 8, 0
gdt_table_end:

	.balign 4
	.word   0                               /* align the base */
gdt_descr:
	.word   gdt_table_end - gdt_table - 1   /* limit */
	.long   gdt_table                       /* virtual base */

/* define swapper_pg_dir, the boot PGD */
	.section .data.page_aligned, "aw"
	.balign PAGE_SIZE
	.globl swapper_pg_dir
swapper_pg_dir:                                 /* the PGD: 4 entries */
	.long   PHYS(boot_pmd) + BOOT_PGD_FLAGS, 0      /* 0-1 GiB: identity */
	.long   0, 0
	.long   0, 0
	.long   PHYS(boot_pmd) + BOOT_PGD_FLAGS, 0      /* 3-4 GiB: kernel */
	.balign PAGE_SIZE

/* define boot_pmd, 448 2 MiB pages */
	.globl boot_pmd
boot_pmd:                                       /* 448 2 MiB pages */
	.set    boot_pfn2m, 0
	.rept   BOOT_PMD_ENTRIES
	.long   (boot_pfn2m << PMD_SHIFT) + BOOT_PDE_FLAGS, 0
	.set    boot_pfn2m, boot_pfn2m + 1
	.endr
	.fill   PTRS_PER_PMD - BOOT_PMD_ENTRIES, 8, 0

/* define the boot stack and the saved loader registers */
	.section .data, "aw"
	.balign 4
	.globl boot_magic, boot_mbi, nx_enabled
boot_magic:     .long 0
boot_mbi:       .long 0

	.section .bss, "aw", @nobits
	.balign 4
nx_enabled:     .long 0
	.balign THREAD_SIZE
boot_stack:
	.fill   THREAD_SIZE, 1, 0
boot_stack_top:
