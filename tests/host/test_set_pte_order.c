/*
 * test_set_pte_order.c - the order in which set_pte and pte_clear
 * (asm/pgtable.h) store the two halves of a PAE entry.
 *
 * A PAE entry is two 32-bit words, and the processor (or another
 * processor's page walk) may read the entry between the two stores.
 * set_pte must store the high word first, so that the present bit in
 * the low word never goes live with a stale frame above 4 GiB;
 * pte_clear must store the low word first, so that the entry stops
 * being present before its frame disappears.  A single-threaded test
 * cannot see the window, but it can see the order: the entry lives
 * alone in a read-only page, the first store faults, and the SIGSEGV
 * handler records which word it hit before making the page writable
 * again so that the store, restarted, completes.
 */
/* KERNEL_SOURCES: */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <asm/pgtable.h>
#include "harness.h"

#define TEST_FRAME      0x123456ULL     /* a frame above 4 GiB: bits 32-35 set */
#define NO_FAULT        (-1L)

static char *page;                      /* the page that holds the entry */
static long page_bytes;
static volatile long first_store;       /* offset of the first store, or NO_FAULT */

/* The first store into the read-only page: note where, and let it through. */
static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	first_store = (char *)si->si_addr - page;
	mprotect(page, page_bytes, PROT_READ | PROT_WRITE);
}

/* Make the page read-only so that the next store into it faults. */
static void arm(void)
{
	first_store = NO_FAULT;
	if (mprotect(page, page_bytes, PROT_READ) != 0) {
		perror("mprotect");
		_exit(1);
	}
}

int main(void)
{
	struct sigaction sa;
	pte_t *ptep, pte = __pte((TEST_FRAME << PAGE_SHIFT) | _PAGE_PRESENT | _PAGE_RW);

	plan(6);
	page_bytes = sysconf(_SC_PAGESIZE);
	page = mmap(NULL, page_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	ptep = (pte_t *)page;

	arm();
	set_pte(ptep, pte);
	ok(first_store != NO_FAULT, "set_pte stores into the entry");
	ok(first_store == (long)offsetof(pte_t, pte_high),
	   "set_pte stores the high word first (first store at offset %ld)", first_store);
	ok(pte_val(*ptep) == pte_val(pte), "set_pte leaves the whole entry: %llx",
	   (unsigned long long)pte_val(*ptep));

	arm();
	pte_clear(ptep);
	ok(first_store != NO_FAULT, "pte_clear stores into the entry");
	ok(first_store == (long)offsetof(pte_t, pte_low),
	   "pte_clear stores the low word (present bit) first (first store at offset %ld)",
	   first_store);
	ok(pte_none(*ptep), "pte_clear leaves an empty entry");
	return done_testing();
}
