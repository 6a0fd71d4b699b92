/* Generated from src.nw/11-bootmem.nw, "The boot memory allocator"; edit that file, not this one. */
/* Boundaries of the kernel image, defined by the linker script. */
#ifndef _ASM_SECTIONS_H
#define _ASM_SECTIONS_H

extern char _text[], _etext[];          /* code */
extern char __init_begin[], __init_end[];       /* freed after boot */
extern char _sinittext[], _einittext[];         /* __init code */
extern char _sdata[], _edata[];         /* data */
extern char __bss_start[], __bss_stop[], _end[];

#endif /* _ASM_SECTIONS_H */
