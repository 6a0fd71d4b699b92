/* Generated from src.nw/92-printk.nw, "printk and vsnprintf"; edit that file, not this one. */
/* printk: message levels, the log buffer and the console list. */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include <linux/init.h>

/* the log levels */
int console_loglevel = DEFAULT_CONSOLE_LOGLEVEL;
int default_message_loglevel = DEFAULT_MESSAGE_LOGLEVEL;

/* the log buffer */
#define LOG_BUF_MASK    (LOG_BUF_LEN - 1)
#define LOG_BUF(idx)    (__log_buf[(idx) & LOG_BUF_MASK])

static char __log_buf[LOG_BUF_LEN];
static u32 log_end;             /* position of the next character */
static u32 logged_chars;        /* characters retained, <= LOG_BUF_LEN */

/* appending to the log */
/* Append the n characters at s to the log buffer, overwriting the oldest. */
static void log_text(const char *s, unsigned n)
{
	while (n--) {
		LOG_BUF(log_end) = *s++;
		log_end++;
		if (logged_chars < LOG_BUF_LEN)
			logged_chars++;
	}
}

/* reading the log back */
/*
 * Copy the newest min(len, retained) characters of the log, oldest first,
 * to dst.  Returns how many were copied; adds no NUL.
 * Takes time proportional to the number copied.
 */
unsigned log_buf_read(char *dst, unsigned len)
{
	u32 count = len < logged_chars ? len : logged_chars;
	u32 start = log_end - count;
	u32 i;

	for (i = 0; i < count; i++)
		dst[i] = LOG_BUF(start + i);
	return count;
}

/* the console list */
static struct console *console_drivers;        /* registered consoles */

/* registering a console */
/*
 * Add con to the consoles that printk writes to.  Registering a console
 * that is already registered does nothing.
 * => con->write must be set; con must stay valid for ever.
 */
void register_console(struct console *con)
{
	struct console *c;

	for (c = console_drivers; c; c = c->next)
		if (c == con)
			return;
	con->next = console_drivers;
	console_drivers = con;
}

/* writing to every console */
/* Write the n characters at s to every registered console. */
static void call_console_drivers(const char *s, unsigned n)
{
	struct console *con;

	for (con = console_drivers; con; con = con->next)
		con->write(con, s, n);
}

/* the state of the line in progress */
#define PRINTK_BUF_LEN  1024    /* the longest message, with its NUL */
#define LOG_PREFIX_LEN  3       /* "<N>" */
#define LOGLEVEL_DEBUG  7       /* the largest level a prefix can name */

static char printk_buf[PRINTK_BUF_LEN];
static bool printk_line_start = true;   /* next character begins a line */
static int printk_line_level;           /* level of the line in progress */

/* declarations of the line functions */
static const char *printk_line(const char *p, const char *end, int *logged);
static int parse_level(const char *p, const char *end, int *level);

/* gathering the arguments, printk */
/* Format and log a message, and print its lines that pass the threshold. */
int printk(const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vprintk(fmt, args);
	va_end(args);
	return n;
}

/* formatting a message and taking it line by line */
/*
 * Format a message; put each of its lines in the log buffer, and on the
 * consoles if the line's level is below console_loglevel.  Returns the
 * number of characters logged, prefixes not counted.
 * => one CPU, no interrupts: printk_buf and the log are not locked.
 */
int vprintk(const char *fmt, va_list args)
{
	const char *p, *end;
	int len, logged = 0;

	len = vsnprintf(printk_buf, sizeof(printk_buf), fmt, args);
	if (len > (int)sizeof(printk_buf) - 1)
		len = sizeof(printk_buf) - 1;
	end = printk_buf + len;
	for (p = printk_buf; p < end; )
		p = printk_line(p, end, &logged);
	return logged;
}

/* logging and printing one line */
/*
 * Log the text from p through the next newline (or to end) and print it
 * if its line's level allows.  Returns where the rest of the text starts;
 * adds the characters logged to *logged.
 */
static const char *printk_line(const char *p, const char *end, int *logged)
{
	const char *stop;

	if (printk_line_start) {
		p += parse_level(p, end, &printk_line_level);
		printk_line_start = false;
	}
	stop = memchr(p, '\n', end - p);
	stop = stop ? stop + 1 : end;
	log_text(p, stop - p);
	if (printk_line_level < console_loglevel)
		call_console_drivers(p, stop - p);
	if (stop > p && stop[-1] == '\n')
		printk_line_start = true;
	*logged += stop - p;
	return stop;
}

/* reading a level prefix */
/*
 * If the text at p (ending at end) starts with a "<N>" prefix, store N in
 * *level and return the prefix's length; else store the default level and
 * return 0.
 */
static int parse_level(const char *p, const char *end, int *level)
{
	if (end - p >= LOG_PREFIX_LEN && p[0] == '<' && p[1] >= '0' &&
	    p[1] <= '0' + LOGLEVEL_DEBUG && p[2] == '>') {
		*level = p[1] - '0';
		return LOG_PREFIX_LEN;
	}
	*level = default_message_loglevel;
	return 0;
}

/* the loglevel= option */
/*
 * "loglevel=N": set console_loglevel to N, a decimal number from
 * MINIMUM_CONSOLE_LOGLEVEL to MAXIMUM_CONSOLE_LOGLEVEL.
 * Returns 0, or prints why not and returns -1.
 */
int __init loglevel_setup(char *val)
{
	unsigned long long level;

	if (kstrtoull(val, 10, &level) != 0 ||
	    level < MINIMUM_CONSOLE_LOGLEVEL || level > MAXIMUM_CONSOLE_LOGLEVEL) {
		printk(KERN_ERR "loglevel=%s: expected a number from %d to %d\n",
		       val, MINIMUM_CONSOLE_LOGLEVEL, MAXIMUM_CONSOLE_LOGLEVEL);
		return -1;
	}
	console_loglevel = (int)level;
	return 0;
}
__setup("loglevel=", loglevel_setup);
