/* Generated from src.nw/91-console.nw, "The console"; edit that file, not this one. */
/* A polled driver for the 16550 UART on COM1. */
#include <linux/serial.h>
#include <linux/kernel.h>
#include <asm/io.h>

/* the UART's registers */
#define UART_RX         0       /* in:  receive buffer (DLAB=0) */
#define UART_TX         0       /* out: transmit holding register (DLAB=0) */
#define UART_DLL        0       /* out: divisor latch, low byte (DLAB=1) */
#define UART_DLM        1       /* out: divisor latch, high byte (DLAB=1) */
#define UART_IER        1       /* out: interrupt enable (DLAB=0) */
#define UART_FCR        2       /* out: FIFO control */
#define UART_LCR        3       /* out: line control */
#define UART_MCR        4       /* out: modem control */
#define UART_LSR        5       /* in:  line status */

/* the register bits this driver uses */
#define UART_LCR_DLAB           0x80    /* divisor latch access bit */
#define UART_LCR_WLEN8          0x03    /* 8 data bits (no parity, 1 stop) */
#define UART_MCR_DTR            0x01    /* data terminal ready */
#define UART_MCR_RTS            0x02    /* request to send */
#define UART_LSR_DR             0x01    /* receiver data ready */
#define UART_LSR_THRE           0x20    /* transmit holding register empty */

/* the line settings */
#define SERIAL_PORT_COM1        0x3F8   /* first I/O port of COM1 */
#define UART_CLOCK              1843200 /* the crystal's frequency, Hz */
#define BASE_BAUD               (UART_CLOCK / 16)
#define SERIAL_BAUD             115200
#define SERIAL_DIVISOR          (BASE_BAUD / SERIAL_BAUD)

/* programming the UART */
/*
 * Program COM1 for 115200 baud, 8N1, no interrupts; FIFOs untouched.
 * => called once, before the first serial_putc or serial_getc.
 */
void serial_init(void)
{
	outb(0, SERIAL_PORT_COM1 + UART_IER);
	outb(UART_LCR_DLAB, SERIAL_PORT_COM1 + UART_LCR);
	outb(SERIAL_DIVISOR & 0xFF, SERIAL_PORT_COM1 + UART_DLL);
	outb(SERIAL_DIVISOR >> 8, SERIAL_PORT_COM1 + UART_DLM);
	outb(UART_LCR_WLEN8, SERIAL_PORT_COM1 + UART_LCR);
	outb(UART_MCR_DTR | UART_MCR_RTS, SERIAL_PORT_COM1 + UART_MCR);
}

/* sending a byte as it is */
/* Send c as it is, after waiting for the transmitter to take it. */
static void serial_put_raw(char c)
{
	while (!(inb(SERIAL_PORT_COM1 + UART_LSR) & UART_LSR_THRE))
		;
	outb((u8)c, SERIAL_PORT_COM1 + UART_TX);
}

/* sending a character, a newline as CR LF */
/* Send c, turning "\n" into "\r\n".  Waits for the transmitter. */
void serial_putc(char c)
{
	if (c == '\n')
		serial_put_raw('\r');
	serial_put_raw(c);
}

/* sending a string */
/* Send the string s through serial_putc. */
void serial_puts(const char *s)
{
	while (*s)
		serial_putc(*s++);
}

/* receiving a byte if one is waiting */
/* Return the next received byte (0-255), or -1 at once if none waits. */
int serial_trygetc(void)
{
	if (!(inb(SERIAL_PORT_COM1 + UART_LSR) & UART_LSR_DR))
		return -1;
	return inb(SERIAL_PORT_COM1 + UART_RX);
}

/* waiting for a byte */
/* Return the next received byte (0-255), waiting for one to arrive. */
int serial_getc(void)
{
	int c;

	while ((c = serial_trygetc()) < 0)
		;
	return c;
}

/* the console's write method */
/* The console's write method: send n characters of s. */
static void serial_console_write(struct console *con, const char *s,
				 unsigned n)
{
	(void)con;
	while (n--)
		serial_putc(*s++);
}

/* the serial console */
struct console serial_console = {
	.name  = "ttyS0",
	.write = serial_console_write,
	.next  = NULL,
};
