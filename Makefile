# The book-and-kernel: every entry point.
#
#   make              tangle, build the kernel and the book
#   make run          boot the kernel in QEMU, console on this terminal
#                     (MEM=256M, APPEND='loglevel=8 test=nx', ...)
#   make gdb          boot halted under gdb, stopped at start_kernel
#   make test         every test layer; ends with "N passed, M failed"
#   make mutants      seeded bugs (tests/mutants/) the tests and graders must catch
#   make book         build/book.pdf (boots the kernel for its measured figures)
#   make html         build/html/index.html, the book as hyperlinked pages, one per chapter
#   make book-stats   pages, chapters, chunks, prose-to-code ratio, figures
#   make tangle       regenerate tangled/ (committed) and build/lined/
#   make check-tangle prove tangled/ is exactly what src.nw/ produces
#   make deps         install the Debian packages (as root)
#   make clean        remove build/
#   make exercise-start EX=NN / make grade EX=NN / make check-exercises
#                     the exercises of exercises/ (see exercises/README.md)
#
# src.nw/*.nw is the only hand-written kernel source; see README.md.

SHELL := /bin/bash
.SUFFIXES:
.DELETE_ON_ERROR:
.DEFAULT_GOAL := all

NW      := $(sort $(wildcard src.nw/*.nw))
B       := build
LINED   := $(B)/lined
KERNEL  := $(B)/kernel.elf

MEM     ?= 256M
APPEND  ?=
GDBPORT ?= 1234

# Debian packages, and the tools each target needs (tools/need maps a tool
# to its package and tells the reader how to install it).
DEB_PACKAGES := make gcc gcc-multilib binutils noweb graphviz qemu-system-x86 \
	texlive-latex-base texlive-latex-recommended poppler-utils gdb perl chromium python3 valgrind
TANGLE_TOOLS := notangle noroots
KERNEL_TOOLS := $(TANGLE_TOOLS) gcc gcc-m32 ld
BOOK_TOOLS   := $(TANGLE_TOOLS) noweave dot pdflatex makeindex python3 gcc-m32
RUN_TOOLS    := $(KERNEL_TOOLS) qemu-system-i386
TEST_TOOLS   := $(RUN_TOOLS) $(BOOK_TOOLS) pdftotext timeout gdb addr2line chromium perl-open
GRADE_TOOLS  := $(RUN_TOOLS) python3 timeout

.PHONY: exercise-start grade check-exercises all run gdb test mutants book html need-html book-stats book-check tangle check-tangle deps clean kernel host-tests bench \
	need-kernel need-book need-run need-test need-grade check-vars

all: kernel book

need-kernel: ; @tools/need $(KERNEL_TOOLS)
need-book:   ; @tools/need $(BOOK_TOOLS)
need-run:    ; @tools/need --install $(RUN_TOOLS)
need-test:   ; @tools/need --install $(TEST_TOOLS)
need-grade:  ; @tools/need --install $(GRADE_TOOLS)

deps:
	@if [ "$$(id -u)" != 0 ]; then \
		echo "make deps installs Debian packages and must run as root:" >&2; \
		echo "  sudo make deps   (or: apt-get install --no-install-recommends $(DEB_PACKAGES))" >&2; \
		exit 1; fi
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(DEB_PACKAGES)

# ---------------------------------------------------------------- tangling
# tools/tangle writes each root <<[[path]]>> to tangled/path (no #line) and
# build/lined/path (with #line), replacing only files whose text changed.
$(B)/.tangled: $(NW) tools/tangle tools/tangle-comments
	@tools/need $(TANGLE_TOOLS)
	@mkdir -p $(B)
	tools/tangle tangled $(LINED) $(NW)
	@touch $@

tangle: $(B)/.tangled

check-tangle:
	@tools/need $(TANGLE_TOOLS)
	@rm -rf $(B)/check-tangle && mkdir -p $(B)/check-tangle
	@tools/tangle $(B)/check-tangle/plain $(B)/check-tangle/lined $(NW)
	@if ! diff -r -u tangled $(B)/check-tangle/plain >$(B)/check-tangle/diff; then \
		echo "check-tangle: tangled/ differs from what src.nw/ produces:" >&2; \
		head -40 $(B)/check-tangle/diff >&2; \
		echo "run 'make tangle' and commit tangled/ (never edit tangled/ by hand)" >&2; \
		exit 1; fi
	@echo "check-tangle: tangled/ matches src.nw/"
	@$(MAKE) --no-print-directory -f tools/kernel.mk B=$(B) check-plain
	@tools/check-layout tangled

# ---------------------------------------------------------------- kernel
# The kernel's file list is known only after tangling, so the link runs in
# a second make that reads build/lined/.
kernel: need-kernel $(B)/.tangled
	@$(MAKE) --no-print-directory -f tools/kernel.mk B=$(B)

$(KERNEL): kernel

# ---------------------------------------------------------------- host tests
host-tests: need-kernel $(B)/.tangled
	@$(MAKE) --no-print-directory -f tools/host.mk B=$(B)

# ---------------------------------------------------------------- book
FIGS     := $(patsubst figures/%.dot,$(B)/figures/%.pdf,$(wildcard figures/*.dot))

$(B)/figures/%.pdf: figures/%.dot
	@mkdir -p $(@D)
	dot -Tpdf -o $@ $<

$(B)/book/chapters.tex: $(NW)
	@mkdir -p $(@D)
	noweave -n -index $(NW) >$@.tmp
	@if grep -n 'nw@notdef' $@.tmp >&2; then \
		echo "book: the lines above use a chunk that is never defined" >&2; \
		rm -f $@.tmp; exit 1; fi
	@mv $@.tmp $@

book: need-book $(B)/book.pdf

# Call graphs: tools/callgraph.mk compiles build/lined/ again, into
# build/cg/ (never linked), without GCC's own inlining, for its .ci files;
# tools/callgraph draws each \callgraph{ROOT}{SPEC} of the chapters as
# build/figures/cg-ROOT.pdf and writes the code-commentary appendix.
$(B)/cg/.stamp: $(B)/.tangled tools/callgraph.mk tools/kernel.mk
	@$(MAKE) --no-print-directory -f tools/callgraph.mk B=$(B)

$(B)/figures/.callgraphs: $(B)/cg/.stamp $(NW) tools/callgraph
	@mkdir -p $(@D)
	tools/callgraph figures $(B)/cg $(B)/figures $(NW)
	@touch $@

$(B)/book/commentary.tex: $(B)/figures/.callgraphs $(B)/book/chapters.tex
	tools/callgraph commentary $(B)/figures $(B)/book/chapters.tex $@ $(NW)

# A figure from a real run: the book boots the kernel (so `make book`
# builds build/kernel.elf first and needs QEMU) at BUDDYINFO_MEM, types
# `buddyinfo` and `halt` at the monitor, and plots the free blocks of
# each order per zone (tools/buddyinfo-figure writes Graphviz).
BUDDYINFO_MEM := 1G
FIGS += $(B)/figures/buddyinfo.pdf

$(B)/figures/buddyinfo.dot: $(KERNEL) tools/buddyinfo-figure tools/qemu-lib.sh
	@tools/need qemu-system-i386
	@mkdir -p $(@D)
	tools/buddyinfo-figure $(KERNEL) $(BUDDYINFO_MEM) $@

$(B)/figures/buddyinfo.pdf: $(B)/figures/buddyinfo.dot
	dot -Tpdf -o $@ $<

# The numbers of the machines a reader boots (watermarks, mem_map, objects
# per slab), from boots of the kernel at MACHINE_MEMS made while the book
# is built (tools/machine-numbers), for the front matter.
MACHINE_MEMS := 256M 1G 16G

$(B)/book/machine-numbers.tex: $(KERNEL) tools/machine-numbers
	@tools/need qemu-system-i386
	@mkdir -p $(@D)
	tools/machine-numbers $(KERNEL) $@ $(MACHINE_MEMS)

# The appendix of seeded bugs: what each breaks and what must catch it.
$(B)/book/kill-matrix.tex: $(wildcard tests/mutants/*.patch) $(NW) tools/kill-matrix
	@mkdir -p $(@D)
	tools/kill-matrix $(wildcard tests/mutants/*.patch) >$@.tmp
	@mv $@.tmp $@

# The graded exercises' statements, written once in exercises/*/README.md;
# the chapters place each with \gradedexercise{NN-name}.
EXERCISE_TEX := $(patsubst exercises/%/README.md,$(B)/book/exercise-%.tex,$(wildcard exercises/[0-9][0-9]-*/README.md))

$(B)/book/exercise-%.tex: exercises/%/README.md exercises/%/grade.conf tools/exercise-statement
	@mkdir -p $(@D)
	tools/exercise-statement latex $< >$@.tmp
	@mv $@.tmp $@

# The introduction's table of them: one row each, referring to its label.
$(B)/book/exercise-list.tex: $(wildcard exercises/[0-9][0-9]-*/README.md) tools/exercise-statement
	@mkdir -p $(@D)
	tools/exercise-statement list $(wildcard exercises/[0-9][0-9]-*/README.md) >$@.tmp
	@mv $@.tmp $@

# The introduction's list of parts and chapters, from the chapters' own
# \part, \chapter and \chaptersummary lines.
$(B)/book/outline.tex: $(NW) tools/book-outline
	@mkdir -p $(@D)
	tools/book-outline $(NW) >$@.tmp
	@mv $@.tmp $@

$(B)/book.pdf: book/book.tex book/book.bib book/frontmatter.tex $(B)/book/outline.tex $(B)/book/machine-numbers.tex $(B)/book/kill-matrix.tex $(B)/book/chapters.tex $(B)/book/commentary.tex $(EXERCISE_TEX) $(B)/book/exercise-list.tex $(FIGS) tools/latex
	tools/latex $(B)/book book/book.tex $@

# ---------------------------------------------------------------- html
# The HTML edition: one noweave -html -index call over every chapter
# (tools/html), cut into a page per chapter (tools/html-split), figures as SVG from the same .dot files as the PDF's
# (figures/, the measured ones and the call graphs in build/figures/).
HTML_FIGS := $(patsubst figures/%.dot,$(B)/html/figures/%.svg,$(wildcard figures/*.dot)) \
	$(B)/html/figures/buddyinfo.svg

html: need-book $(B)/html/index.html
	@true

$(B)/html/index.html: | need-html
need-html: ; @tools/need perl-open

$(B)/html/figures/%.svg: figures/%.dot
	@mkdir -p $(@D)
	dot -Tsvg -o $@ $<

$(B)/html/figures/buddyinfo.svg: $(B)/figures/buddyinfo.dot
	@mkdir -p $(@D)
	dot -Tsvg -o $@ $<

# The call graphs: an SVG for each build/figures/cg-*.dot tools/callgraph drew.
$(B)/html/.callgraphs: $(B)/figures/.callgraphs
	@mkdir -p $(@D)/figures
	@for f in $(B)/figures/cg-*.dot; do [ -f "$$f" ] || continue; \
		dot -Tsvg -o $(@D)/figures/$$(basename "$$f" .dot).svg "$$f" || exit 1; done
	@touch $@

$(B)/html/index.html: $(NW) book/book.bib tools/html tools/html-fixup tools/html-split tools/exercise-statement $(wildcard exercises/*/README.md) $(HTML_FIGS) $(B)/html/.callgraphs
	@mkdir -p $(@D)
	tools/html $@ $(NW)

# ---------------------------------------------------------------- book checks
# book-check: the chapters' own rules (tools/book-check): every code chunk
# follows prose that says why.  book-stats: the book's numbers.
book-check:
	@tools/book-check $(NW)

book-stats: $(B)/book.pdf
	@tools/book-stats $(B)/book.pdf $(NW)

# ---------------------------------------------------------------- running
# Check the variables before anything slow happens.
check-vars:
	@source tools/qemu-lib.sh && check_mem '$(MEM)'

run: check-vars need-run kernel
	@tools/run-qemu --mem '$(MEM)' --append '$(APPEND)' $(KERNEL)

gdb: check-vars need-run kernel
	@tools/need gdb
	@tools/gdb-qemu --mem '$(MEM)' --append '$(APPEND)' --port '$(GDBPORT)' $(KERNEL)

# ---------------------------------------------------------------- tests
test: need-test
	@tools/run-tests

# Seeded bugs (tests/mutants/*.patch) that the tests and the graders must
# catch (make test runs them too); each is applied to a copy of the tree
# under build/mutants/ (tools/mutants).
mutants: need-grade
	@tools/mutants

# ---------------------------------------------------------------- exercises
# exercises/NN-name/: exercise-start makes the branch exercise/NN with the
# starting point; grade scores it out of 100; check-exercises proves every
# grader fails the starting point and passes the reference, in copies
# under build/exercise-check/ (this checkout is not touched).
EX ?=
exercise-start: ; @tools/exercise-start '$(EX)'
grade: need-grade ; @tools/grade '$(EX)'
check-exercises: need-grade ; @tools/check-exercises

clean:
	rm -rf $(B)

# ---------------------------------------------------------------- benchmarks
# Benchmarks print numbers; they never pass or fail on them.
bench: need-run kernel
	@tools/need valgrind
	@tests/bench/boot-time.sh $(KERNEL)
	@tests/bench/page-alloc.sh
	@tests/bench/vmalloc.sh $(KERNEL)
	@tests/bench/mempool.sh
	@tests/bench/slab.sh
