/*
 * fakes.h - printk and panic for the host tests.
 *
 * The kernel files a host test links call printk and panic.  Here printk
 * appends to printk_text, where a test looks for the words a message must
 * contain (printk_said), and panic records its message in panic_message.
 * A test that expects a panic runs the statement through PANICS(stmt):
 * panic then jumps back to it, so that a checked error is tested like any
 * other result.  Any other panic prints its message and the recorded log
 * as TAP comments and aborts the test.
 */
#ifndef FAKES_H
#define FAKES_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char printk_text[1 << 16];
static size_t printk_len;

static inline void printk_clear(void)
{
	printk_len = 0;
	printk_text[0] = '\0';
}

/* Whether the messages since the last printk_clear contain text. */
static inline int printk_said(const char *text)
{
	return strstr(printk_text, text) != NULL;
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(printk_text + printk_len, sizeof(printk_text) - printk_len, fmt, ap);
	va_end(ap);
	if (n > 0)
		printk_len += (size_t)n;
	if (printk_len >= sizeof(printk_text))
		printk_len = 0;         /* keep the newest text, roughly */
	return n;
}

static jmp_buf panic_jump;
static volatile int panic_armed;
static char panic_message[512];

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(panic_message, sizeof(panic_message), fmt, ap);
	va_end(ap);
	if (panic_armed) {
		panic_armed = 0;
		longjmp(panic_jump, 1);
	}
	printf("# unexpected panic: %s\n", panic_message);
	if (printk_len)
		printf("# log: %s\n", printk_text);
	fflush(stdout);
	abort();
}

/* Whether the panic message or the messages before it contain text. */
static inline int panic_said(const char *text)
{
	return strstr(panic_message, text) != NULL || printk_said(text);
}

/*
 * Run stmt with panic armed; true if it panicked (a BUG included).
 * printk_text then holds what was printed on the way, panic_message
 * the panic's own message.
 */
#define PANICS(stmt) ({                                                 \
	volatile int _panicked = 0;                                     \
	printk_clear();                                                 \
	panic_message[0] = '\0';                                        \
	panic_armed = 1;                                                \
	if (setjmp(panic_jump) == 0)                                    \
		stmt;                                                   \
	else                                                            \
		_panicked = 1;                                          \
	panic_armed = 0;                                                \
	_panicked;                                                      \
})

#endif /* FAKES_H */
