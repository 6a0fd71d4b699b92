/* Generated from src.nw/90-startup.nw, "Starting the processor"; edit that file, not this one. */
/* Boot-time code and command-line options. */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>

/* and __initdata */
#ifdef __HOST_TEST__
#define __init
#define __initdata
#else
#define __init          __section(".init.text")  /* freed after boot */
#define __initdata      __section(".init.data")  /* freed after boot */
#endif

/* __setup, registering a command-line option */
struct obs_kernel_param {
	const char *str;                /* "name=", or "name" for a flag */
	int (*setup_func)(char *val);   /* 0: accepted, -1: reported */
};

#define __setup(str, fn)                                                \
	static const struct obs_kernel_param __setup_##fn               \
	__used __section(".setup.init") __aligned(4) = { str, fn }

extern const struct obs_kernel_param __setup_start[], __setup_end[];

#endif /* _LINUX_INIT_H */
