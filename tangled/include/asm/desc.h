/* Generated from src.nw/94-traps.nw, "Traps"; edit that file, not this one. */
/*
 * An IDT gate:
 *  63            48 47 46 45 44  40 39    32 31        16 15          0
 * +----------------+--+-----+------+--------+------------+-------------+
 * | offset 31..16  |P | DPL |0 type|   0    |  selector  | offset 15..0|
 * +----------------+--+-----+------+--------+------------+-------------+
 */
#ifndef _ASM_DESC_H
#define _ASM_DESC_H

#include <linux/types.h>

/* the gate types and struct desc_struct */
#define IDT_ENTRIES     256
#define GATE_INTERRUPT  0xE     /* 32-bit gate that clears IF */
#define GATE_TRAP       0xF     /* 32-bit gate that leaves IF alone */
#define GATE_PRESENT    0x80

struct desc_struct {
	u32 a, b;
};

/* struct desc_ptr, the operand of lidt */
/* The operand of lidt and lgdt: a 16-bit limit, then a 32-bit base. */
struct desc_ptr {
	u16 size;
	u32 address;
} __attribute__((packed));

#endif /* _ASM_DESC_H */
