/* Generated from src.nw/94-traps.nw, "Traps"; edit that file, not this one. */
/* The IDT, the C trap handler and the register dump. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/desc.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/ptrace.h>
#include <asm/segment.h>
#include <asm/traps.h>
#include <linux/vmalloc.h>

/* the names of the exceptions */
static const char *const exception_name[NR_EXCEPTIONS] = {
	"divide error", "debug", "nmi", "int3", "overflow", "bounds",
	"invalid opcode", "device not available", "double fault",
	"coprocessor segment overrun", "invalid TSS", "segment not present",
	"stack segment", "general protection", "page fault", "reserved 15",
	"coprocessor error", "alignment check", "machine check",
	"simd coprocessor error", "virtualization exception",
	"control protection", "reserved 22", "reserved 23", "reserved 24",
	"reserved 25", "reserved 26", "reserved 27", "hypervisor injection",
	"VMM communication", "security exception", "reserved 31",
};

/* the IDT and _set_gate */
static struct desc_struct idt_table[IDT_ENTRIES] __aligned(8);

/* Point IDT entry n at handler addr, with the given gate type and DPL. */
static void _set_gate(unsigned int n, unsigned int type, unsigned int dpl,
		      u32 addr)
{
	idt_table[n].a = (__KERNEL_CS << 16) | (addr & 0xFFFF);
	idt_table[n].b = (addr & 0xFFFF0000) |
			 ((GATE_PRESENT | (dpl << 5) | type) << 8);
}

/* the interrupt and trap gates */
static void set_intr_gate(unsigned int n, u32 addr)
{
	_set_gate(n, GATE_INTERRUPT, 0, addr);
}

static void set_trap_gate(unsigned int n, u32 addr)
{
	_set_gate(n, GATE_TRAP, 0, addr);
}

/* the system gate */
static void set_system_gate(unsigned int n, u32 addr)
{
	_set_gate(n, GATE_TRAP, 3, addr);
}

/* trap_init */
extern const u32 trap_stubs[NR_EXCEPTIONS];

/* Install a gate for each of the 32 exceptions and load the IDT. */
void __init trap_init(void)
{
	struct desc_ptr idt_descr = {
		.size = sizeof(idt_table) - 1,
		.address = (u32)(unsigned long)idt_table,
	};
	unsigned int n;

	/* point each exception vector at its stub, through the gate Linux uses */
	for (n = 0; n < NR_EXCEPTIONS; n++)
		set_trap_gate(n, trap_stubs[n]);
	set_intr_gate(X86_TRAP_NMI, trap_stubs[X86_TRAP_NMI]);
	set_intr_gate(X86_TRAP_PF, trap_stubs[X86_TRAP_PF]);
	set_system_gate(X86_TRAP_BP, trap_stubs[X86_TRAP_BP]);
	set_system_gate(X86_TRAP_OF, trap_stubs[X86_TRAP_OF]);
	__asm__ __volatile__("lidt %0" : : "m"(idt_descr));
}

/* decode_page_fault */
/* Explain a page-fault error code, and the address in CR2. */
static void decode_page_fault(u32 code)
{
	printk(KERN_EMERG "page fault at %08x: %s, %s, %s mode%s%s\n",
	       read_cr2(),
	       code & PF_PROT ? "protection violation" : "page not present",
	       code & PF_INSTR ? "instruction fetch" :
	       code & PF_WRITE ? "write" : "read",
	       code & PF_USER ? "user" : "kernel",
	       code & PF_RSVD ? ", reserved bit set in a page-table entry" : "",
	       code & PF_PROT && code & PF_INSTR ? " (no-execute page)" : "");
	vmalloc_report_fault(read_cr2());
}

/* the bits of a selector error code */
#define SEL_EXT         0x1     /* an external event caused it */
#define SEL_IDT         0x2     /* the index is an IDT vector */
#define SEL_LDT         0x4     /* the index is in the LDT, else the GDT */

/* decode_selector_error */
/* Explain the error code of #TS, #NP, #SS and #GP. */
static void decode_selector_error(u32 code)
{
	if (code == 0) {
		printk(KERN_EMERG "no segment involved\n");
		return;
	}
	/* name the IDT vector or the GDT or LDT selector in code */
	if (code & SEL_IDT)
		printk(KERN_EMERG "IDT vector %u%s (not installed?)\n", code >> 3,
		       code & SEL_EXT ? ", external event" : "");
	else
		printk(KERN_EMERG "%s selector %#x%s\n",
		       code & SEL_LDT ? "LDT" : "GDT", code & ~7u,
		       code & SEL_EXT ? ", external event" : "");
}

/* decode_error_code */
/* Print the error code in words, for the vectors that have one. */
static void decode_error_code(struct pt_regs *regs)
{
	switch (regs->trapnr) {
	case X86_TRAP_PF:
		decode_page_fault(regs->error_code);
		break;
	case X86_TRAP_TS: case X86_TRAP_NP: case X86_TRAP_SS: case X86_TRAP_GP:
		decode_selector_error(regs->error_code);
		break;
	}
}

/* show_registers */
/* Print the saved registers and the control registers. */
static void show_registers(struct pt_regs *regs)
{
	u32 esp = (u32)(unsigned long)&regs->esp;
	u32 ss = __KERNEL_DS;

	if (user_mode(regs)) {
		esp = regs->esp;
		ss = regs->xss & 0xFFFF;
	}
	/* print the instruction pointer, the general and the segment registers */
	printk(KERN_EMERG "EIP:    %04x:[<%08x>]    EFLAGS: %08x\n",
	       regs->xcs & 0xFFFF, regs->eip, regs->eflags);
	printk(KERN_EMERG "eax: %08x   ebx: %08x   ecx: %08x   edx: %08x\n",
	       regs->eax, regs->ebx, regs->ecx, regs->edx);
	printk(KERN_EMERG "esi: %08x   edi: %08x   ebp: %08x   esp: %08x\n",
	       regs->esi, regs->edi, regs->ebp, esp);
	printk(KERN_EMERG "ds: %04x   es: %04x   fs: %04x   gs: %04x   ss: %04x\n",
	       regs->xds & 0xFFFF, regs->xes & 0xFFFF, regs->xfs & 0xFFFF,
	       regs->xgs & 0xFFFF, ss);
	/* print the control registers */
	printk(KERN_EMERG "cr0: %08x   cr2: %08x   cr3: %08x   cr4: %08x\n",
	       read_cr0(), read_cr2(), read_cr3(), read_cr4());
}

/* show_trace */
#define MAX_TRACE       16

/* Print the return addresses on the interrupted kernel stack. */
static void show_trace(struct pt_regs *regs)
{
	unsigned long base = (unsigned long)&regs->esp & ~(THREAD_SIZE - 1);
	unsigned long ebp = regs->ebp;
	int n;

	if (user_mode(regs))
		return;
	printk(KERN_EMERG "Call Trace: [<%08x>]", regs->eip);
	for (n = 0; n < MAX_TRACE; n++) {
		/* print the return address in the frame at ebp and step to the caller's */
		u32 *frame = (u32 *)ebp;

		if (ebp < base || ebp + 8 > base + THREAD_SIZE || (ebp & 3))
			break;
		printk(" [<%08x>]", frame[1]);
		ebp = frame[0];
	}
	printk("\n");
}

/* die */
/*
 * Report an unrecoverable exception and panic.
 * => str names the exception; regs is its frame.  Never returns.
 */
void die(const char *str, struct pt_regs *regs)
{
	printk(KERN_EMERG "%s: %04x [#1]\n", str, regs->error_code);
	show_registers(regs);
	decode_error_code(regs);
	show_trace(regs);
	panic("Fatal exception: %s", str);
}

/* catch_expected_trap */
struct expected_trap expected_trap;

/* If a test armed expected_trap for this vector, record the trap and
 * resume where the test said; returns whether it did. */
static bool catch_expected_trap(struct pt_regs *regs)
{
	struct expected_trap *t = &expected_trap;

	if (!t->armed || t->trapnr != regs->trapnr)
		return false;
	/* record the trap in expected_trap and resume where the test asked */
	t->armed = false;
	t->caught = true;
	t->error_code = regs->error_code;
	t->cr2 = read_cr2();
	t->eip = regs->eip;
	regs->eip = t->resume;
	return true;
}

/* do_trap */
/*
 * The C side of every exception; regs is the frame entry.S built.
 * => returns only if the trap was expected; otherwise dies.
 */
void do_trap(struct pt_regs *regs)
{
	if (catch_expected_trap(regs))
		return;
	die(exception_name[regs->trapnr & (NR_EXCEPTIONS - 1)], regs);
}
