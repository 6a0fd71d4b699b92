/* Generated from src.nw/95-monitor.nw, "The monitor and the self-tests"; edit that file, not this one. */
/* The kernel monitor: commands on the serial console. */

/* includes */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/monitor.h>
#include <linux/reboot.h>
#include <linux/serial.h>
#include <linux/setup.h>
#include <linux/string.h>

/* monitor_readline */
#define MONITOR_LINE    128

/* Read one line into buf; returns its length, or -1 if it was too long. */
static int monitor_readline(char *buf)
{
	static int last;                /* the character before this line */
	int len = 0, overflow = 0, c;

	/* read characters into buf until a line ends */
	for (;;) {
		c = serial_getc();
		/* skip the LF of a CR-LF pair */
		if (c == '\n' && last == '\r') {        /* second half of CR LF */
			last = 0;
			continue;
		}
		last = c;
		if (c == '\r' || c == '\n')
			break;
		/* edit buf with character c */
		if (c == '\b' || c == 0x7F) {
			/* rub out the last character of buf */
			if (len > 0) {
				len--;
				serial_puts("\b \b");
			}
		} else if (c >= ' ' && c < 0x7F) {
			/* append c to buf, or note that the line is too long */
			if (len < MONITOR_LINE - 1) {
				buf[len++] = c;
				serial_putc(c);
			} else {
				overflow = 1;
			}
		}
	}
	serial_putc('\n');
	buf[len] = '\0';
	return overflow ? -1 : len;
}

/* monitor_split */
#define MONITOR_ARGS    8

/* Split line into words in place; returns their number. */
static int monitor_split(char *line, char **argv)
{
	int argc = 0;

	while (*line && argc < MONITOR_ARGS) {
		while (*line == ' ')
			*line++ = '\0';
		if (!*line)
			break;
		argv[argc++] = line;
		while (*line && *line != ' ')
			line++;
	}
	return argc;
}

/* monitor_run */
/* Run the command argv[0], or say that there is none. */
static void monitor_run(int argc, char **argv)
{
	const struct monitor_cmd *cmd;

	for (cmd = __monitor_start; cmd < __monitor_end; cmd++)
		if (!strcmp(cmd->name, argv[0])) {
			cmd->run(argc, argv);
			return;
		}
	printk(KERN_ALERT "unknown command '%s'; 'help' lists the commands\n",
	       argv[0]);
}

/* monitor_main */
#define MONITOR_PROMPT  "monitor> "

/* The monitor: read commands from the console and run them. */
void monitor_main(void)
{
	char line[MONITOR_LINE], *argv[MONITOR_ARGS];
	int argc;

	printk(KERN_ALERT "monitor ready; 'help' lists the commands\n");
	for (;;) {
		serial_puts(MONITOR_PROMPT);
		/* read a line, or say that it was too long and prompt again */
		if (monitor_readline(line) < 0) {
			printk(KERN_ALERT "line too long (at most %d characters)\n",
			       MONITOR_LINE - 1);
			continue;
		}
		argc = monitor_split(line, argv);
		if (argc > 0)
			monitor_run(argc, argv);
	}
}

/* the help command */
static void cmd_help(int argc, char **argv)
{
	const struct monitor_cmd *cmd;

	(void)argc, (void)argv;
	for (cmd = __monitor_start; cmd < __monitor_end; cmd++)
		printk(KERN_ALERT "  %-12s %s\n", cmd->name, cmd->help);
}
MONITOR_CMD("help", "list the commands", cmd_help);

/* the memmap command */
static void cmd_memmap(int argc, char **argv)
{
	(void)argc, (void)argv;
	print_memory_map("e820");
	printk(KERN_ALERT "usable RAM: %llu KiB\n", e820_ram_total() >> 10);
}
MONITOR_CMD("memmap", "the physical memory map (e820 format)", cmd_memmap);

/* the dmesg command */
static void cmd_dmesg(int argc, char **argv)
{
	static char buf[LOG_BUF_LEN];
	unsigned int i, n = log_buf_read(buf, sizeof(buf));

	(void)argc, (void)argv;
	for (i = 0; i < n; i++)
		serial_putc(buf[i]);
}
MONITOR_CMD("dmesg", "the kernel log, all levels", cmd_dmesg);

/* the cmdline command */
static void cmd_cmdline(int argc, char **argv)
{
	(void)argc, (void)argv;
	printk(KERN_ALERT "%s\n", boot_command_line);
}
MONITOR_CMD("cmdline", "the kernel command line", cmd_cmdline);

/* the tests command */
static void cmd_tests(int argc, char **argv)
{
	(void)argc, (void)argv;
	ktest_list();
}
MONITOR_CMD("tests", "list the self-tests", cmd_tests);

/* the test command */
static void cmd_test(int argc, char **argv)
{
	const struct ktest *t;

	if (argc != 2) {
		printk(KERN_ALERT "usage: test NAME ('tests' lists them)\n");
		return;
	}
	for (t = __ktest_start; t < __ktest_end; t++)
		if (!strcmp(t->name, argv[1])) {
			ktest_run(t);
			return;
		}
	printk(KERN_ALERT "no test '%s'; 'tests' lists them\n", argv[1]);
}
MONITOR_CMD("test", "run one self-test: test NAME", cmd_test);

/* the halt command */
static void cmd_halt(int argc, char **argv)
{
	(void)argc, (void)argv;
	printk(KERN_ALERT "halting\n");
	machine_exit(EXIT_PASS);
}
MONITOR_CMD("halt", "stop the machine (QEMU exits)", cmd_halt);
