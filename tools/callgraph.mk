# tools/callgraph.mk: compile build/lined/ a second time, into build/cg/,
# only for the call graphs the book prints (-fcallgraph-info writes one
# .ci file per object).  These objects are never linked.
#
# The flags are the kernel's (tools/kernel.mk) with GCC's own inlining
# decisions switched off: a function the source declares `inline` (the
# header helpers: list_add, spin_lock, page_address...) is still inlined,
# but a static function GCC would inline on its own because it is small
# or called once (expand, __rmqueue, prep_new_page...) stays a call, so
# the figures show the structure the prose describes.  Cloning passes
# that rename functions (.constprop, .isra, .part) are off too.  Warnings
# are not errors here: the kernel build (-Werror) already judged the code.
include tools/kernel.mk
.DEFAULT_GOAL := callgraphs

CG      := $(B)/cg
CGOBJS  := $(addprefix $(CG)/,$(addsuffix .o,$(basename $(filter %.c,$(SRCS)))))
CGFLAGS := $(filter-out -MMD -MP -Werror,$(KCFLAGS)) -fno-inline-small-functions \
	-fno-inline-functions -fno-inline-functions-called-once \
	-fno-partial-inlining -fno-ipa-cp-clone -fno-ipa-sra -fno-ipa-icf \
	-fno-optimize-sibling-calls

.PHONY: callgraphs
callgraphs: $(CG)/.stamp

$(CG)/.stamp: $(CGOBJS)
	@touch $@

$(CG)/%.o: $(LINED)/%.c $(B)/.tangled
	@mkdir -p $(@D)
	@gcc $(CGFLAGS) -c -o $@ $<
