# tools/kernel.mk: compile and link build/lined/ into build/kernel.elf.
# Called by the top-level Makefile after tangling, so the file list below
# sees every root the chapters define.
SHELL := /bin/bash
.SUFFIXES:
.DELETE_ON_ERROR:

B      ?= build
LINED  := $(B)/lined
OBJ    := $(B)/obj
KDIRS  := arch drivers init kernel lib mm
LDS    := $(LINED)/arch/i386/kernel/vmlinux.lds

SRCS   := $(sort $(shell cd $(LINED) && find $(KDIRS) \( -name '*.c' -o -name '*.S' \) 2>/dev/null))
OBJS   := $(addprefix $(OBJ)/,$(addsuffix .o,$(basename $(SRCS))))

# DESIGN.md's kernel flags, plus: warnings are errors; no host headers
# (-nostdinc, but GCC's own freestanding headers); keep frame pointers for
# readable backtraces; -fcallgraph-info=su writes the .ci call graphs;
# -gdwarf-4 because Debian 12's addr2line (binutils 2.40) misreads GCC 12's
# DWARF 5 line tables, naming build/lined/ instead of the .nw file for a
# function at the start of its file (binutils PR 30783).
KCFLAGS := -m32 -march=i686 -ffreestanding -nostdinc \
	-isystem $(shell gcc -print-file-name=include) \
	-fno-pic -fno-pie -fno-stack-protector -mgeneral-regs-only \
	-fno-omit-frame-pointer -fno-strict-aliasing -fno-common \
	-fno-asynchronous-unwind-tables -fno-toplevel-reorder \
	-O2 -g -gdwarf-4 -std=gnu11 -Wall -Wextra -Werror -I$(LINED)/include \
	-fcallgraph-info=su -MMD -MP
KAFLAGS := -m32 -nostdinc -I$(LINED)/include -D__ASSEMBLY__ -g -Wall -Werror -MMD -MP

$(B)/kernel.elf: $(OBJS) $(LDS)
	ld -m elf_i386 -nostdlib -z noexecstack --fatal-warnings -T $(LDS) -Map $(B)/kernel.map -o $@ $(OBJS)
	@size $@ | tail -1 | awk '{ printf "kernel: %s (text %d, data %d, bss %d bytes)\n", "$@", $$1, $$2, $$3 }'

$(OBJ)/%.o: $(LINED)/%.c
	@mkdir -p $(@D)
	gcc $(KCFLAGS) -c -o $@ $<

$(OBJ)/%.o: $(LINED)/%.S
	@mkdir -p $(@D)
	gcc $(KAFLAGS) -c -o $@ $<

# Every object depends on the tangle as a whole: a .nw edit may change
# any file, and the kernel is small enough to rebuild in seconds.
$(OBJS): $(B)/.tangled

-include $(OBJS:.o=.d)

# check-plain: the committed tangled/ tree (chunk names as comments, no
# #line) must compile too, with the same flags, so that what a reader
# reads alone is a kernel and not a near copy of one.
PLAIN  ?= tangled
PLAIN_SRCS := $(sort $(shell cd $(PLAIN) && find $(KDIRS) \( -name '*.c' -o -name '*.S' \) 2>/dev/null))
PLAIN_CFLAGS := $(filter-out -I$(LINED)/include -fcallgraph-info=su -MMD -MP,$(KCFLAGS)) -I$(PLAIN)/include
PLAIN_AFLAGS := $(filter-out -I$(LINED)/include -MMD -MP,$(KAFLAGS)) -I$(PLAIN)/include

.PHONY: check-plain
check-plain:
	@for f in $(filter %.c,$(PLAIN_SRCS)); do gcc $(PLAIN_CFLAGS) -fsyntax-only $(PLAIN)/$$f || exit 1; done
	@for f in $(filter %.S,$(PLAIN_SRCS)); do gcc $(PLAIN_AFLAGS) -E -o /dev/null $(PLAIN)/$$f || exit 1; done
	@echo "check-plain: $(words $(PLAIN_SRCS)) files of $(PLAIN)/ compile"
