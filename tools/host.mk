# tools/host.mk: build the host tests in tests/host/ under ASan and UBSan.
# Each test_*.c names the kernel files it links on a line
#   /* KERNEL_SOURCES: lib/vsprintf.c kernel/params.c */
# and those files are compiled from build/lined/, so a failure points at
# the .nw line.  The binaries land in build/host/.
SHELL := /bin/bash
.SUFFIXES:
.DELETE_ON_ERROR:

B      ?= build
LINED  := $(B)/lined
TESTS  := $(patsubst tests/host/%.c,$(B)/host/%,$(wildcard tests/host/test_*.c))

HOSTCFLAGS := -std=gnu11 -g -O1 -D__HOST_TEST__ -fsanitize=address,undefined \
	-fno-sanitize-recover=all -fno-omit-frame-pointer \
	-Wall -Wextra -Werror -I$(LINED)/include -Itests/host

all: $(TESTS)

# kernel_sources TEST.c: the build/lined/ files named on its KERNEL_SOURCES line.
kernel_sources = $(addprefix $(LINED)/,$(shell sed -n 's|.*KERNEL_SOURCES:\(.*\)\*/.*|\1|p' $(1)))

.SECONDEXPANSION:
$(B)/host/%: tests/host/%.c $(wildcard tests/host/*.h) $$(call kernel_sources,tests/host/%.c) $(B)/.tangled
	@mkdir -p $(@D)
	gcc $(HOSTCFLAGS) -o $@ $< $(call kernel_sources,$<)
