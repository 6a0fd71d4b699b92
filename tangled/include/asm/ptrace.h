/* Generated from src.nw/94-traps.nw, "Traps"; edit that file, not this one. */
/* The registers saved on the stack by a trap. */
#ifndef _ASM_PTRACE_H
#define _ASM_PTRACE_H

#include <linux/types.h>

/* struct pt_regs */
struct pt_regs {
	/* pushed by exception_common, last first */
	u32 ebx, ecx, edx, esi, edi, ebp, eax;
	u32 xds, xes, xfs, xgs;
	/* pushed by the vector's stub */
	u32 trapnr;             /* vector number, 0-255 */
	u32 error_code;         /* the processor's, or 0 if it pushes none */
	/* pushed by the processor */
	u32 eip, xcs, eflags;
	/* pushed by the processor only on a change of privilege */
	u32 esp, xss;
};

#define user_mode(regs) (((regs)->xcs & 3) != 0)

#endif /* _ASM_PTRACE_H */
