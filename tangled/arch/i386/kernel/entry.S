/* Generated from src.nw/94-traps.nw, "Traps"; edit that file, not this one. */
/* Trap entry: one stub per exception vector, and the common path to C. */
#include <asm/segment.h>

/* the TRAP_STUB macro */
.macro TRAP_STUB nr
	.balign 16
trap_stub_\nr:
	.if (\nr == 8 || (\nr >= 10 && \nr <= 14) || \nr == 17 || \nr == 21 || \nr == 29 || \nr == 30)
	/* the processor pushed an error code */
	.else
	pushl	$0
	.endif
	pushl	$\nr
	jmp	exception_common
.endm

/* one stub for each of the 32 exceptions */
	.text
	.irp nr, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	TRAP_STUB \nr
	.endr

/* exception_common */
	.text
exception_common:
	/* save the interrupted code's segment and general registers */
	pushl	%gs
	pushl	%fs
	pushl	%es
	pushl	%ds
	pushl	%eax
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%edx
	pushl	%ecx
	pushl	%ebx
	/* give C a clear direction flag and the kernel's data segment */
	cld
	movl	$__KERNEL_DS, %eax
	movl	%eax, %ds
	movl	%eax, %es
	pushl	%esp                    /* struct pt_regs *regs */
	call	do_trap
	addl	$4, %esp
	/* restore the interrupted code's registers */
	popl	%ebx
	popl	%ecx
	popl	%edx
	popl	%esi
	popl	%edi
	popl	%ebp
	popl	%eax
	popl	%ds
	popl	%es
	popl	%fs
	popl	%gs
	addl	$8, %esp                /* trapnr and error_code */
	iret

/* the table of stub addresses */
	.section .rodata, "a"
	.balign 4
	.globl trap_stubs
trap_stubs:
	.irp nr, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.long	trap_stub_\nr
	.endr
