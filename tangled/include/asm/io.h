/* Generated from src.nw/90-startup.nw, "Starting the processor"; edit that file, not this one. */
/* x86 port I/O. */
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <linux/types.h>

/* byte port I/O */
static inline void outb(u8 value, u16 port)
{
	__asm__ __volatile__("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline u8 inb(u16 port)
{
	u8 v;
	__asm__ __volatile__("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

/* 32-bit port I/O */
static inline void outl(u32 value, u16 port)
{
	__asm__ __volatile__("outl %0, %1" : : "a"(value), "Nd"(port));
}

static inline u32 inl(u16 port)
{
	u32 v;
	__asm__ __volatile__("inl %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

#endif /* _ASM_IO_H */
