/* Generated from src.nw/94-traps.nw, "Traps"; edit that file, not this one. */
/* Exception vectors, the IDT and the trap handlers. */
#ifndef _ASM_TRAPS_H
#define _ASM_TRAPS_H

/* the number of exceptions and the vectors without an error code */
#define NR_EXCEPTIONS           32
#define X86_TRAP_DE             0       /* divide error */
#define X86_TRAP_NMI            2
#define X86_TRAP_BP             3       /* int3 */
#define X86_TRAP_OF             4       /* into */
#define X86_TRAP_UD             6       /* invalid opcode */

/* the vectors whose exceptions push an error code */
#define X86_TRAP_DF             8       /* double fault */
#define X86_TRAP_TS             10      /* invalid TSS */
#define X86_TRAP_NP             11      /* segment not present */
#define X86_TRAP_SS             12      /* stack segment */
#define X86_TRAP_GP             13      /* general protection */
#define X86_TRAP_PF             14      /* page fault */
#define X86_TRAP_AC             17      /* alignment check */
#define X86_TRAP_CP             21      /* control protection */
#define X86_TRAP_VC             29      /* VMM communication */
#define X86_TRAP_SX             30      /* security exception */

/* the page-fault error code bits */
#define PF_PROT         0x01    /* 0: page not present; 1: protection */
#define PF_WRITE        0x02    /* 0: read; 1: write */
#define PF_USER         0x04    /* 0: kernel mode; 1: user mode */
#define PF_RSVD         0x08    /* a reserved bit was set in an entry */
#define PF_INSTR        0x10    /* the access was an instruction fetch */

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/ptrace.h>

/* struct expected_trap */
struct expected_trap {
	bool armed;             /* set by the test, cleared when caught */
	u32 trapnr;             /* the vector the test expects */
	u32 resume;             /* where execution continues */
	/* filled in when the trap is caught */
	bool caught;
	u32 error_code;
	u32 cr2;                /* the faulting address, for page faults */
	u32 eip;                /* the instruction that trapped */
};

extern struct expected_trap expected_trap;

void trap_init(void);
void do_trap(struct pt_regs *regs);
void die(const char *str, struct pt_regs *regs) __noreturn;
#endif /* __ASSEMBLY__ */
#endif /* _ASM_TRAPS_H */
