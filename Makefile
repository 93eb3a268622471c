# swiotlb64: a second, 64-bit swiotlb pool for Linux, and the harness that
# builds, boots and tests it.  See README.md; docs/ for the rest.
#
#   make run      build the patched kernel, boot it, show the 64-bit pool at work
#   make check    every test (tests/list); ends with "N passed, N failed"
#   make check T=<test>   one test, after making what it needs
#   BASE=<base>   the base kernel, a file of bases/ (default: bases/default)

BASE    ?= $(shell sed -n '/^[^\#]/{p;q}' bases/default)
SWIOTLB ?= 65536,,1048576,force
MEM     ?= 8G
MIB     ?= 64
export BASE

B       := build/$(BASE)
TREE    := $(B)/linux
STOCK   := $(B)/stock
OUT     := $(B)/out
XEN     := build/xen/xen-4.17.elf
# The kernel variants (configs/variants): "make <variant>" builds one.
VARIANTS := $(shell awk '!/^[#]/ && NF { print $$1 }' configs/variants)
# A test list run by scripts/check.sh; on failure make adds its own "Error"
# line: print the summary once more after it, so that it stays the last line.
CHECK = scripts/check.sh $(1) || { rc=$$?; (sleep 1; cat build/logs/check.summary 2>/dev/null) & exit $$rc; }

.PHONY: run check check-stock check-stress check-matrix check-arches recheck deps tree stock-tree
.PHONY: export initramfs initramfs-stock xen bench cc-table fastpath-cost kunit-plain fresh-machine
.PHONY: series-stats clean $(VARIANTS)
# Kernel builds use both cores already; two tree.sh on one tree must not race.
.NOTPARALLEL:

run: deps swiotlb64 initramfs
	scripts/run.sh $(OUT)/swiotlb64/arch/x86/boot/bzImage "swiotlb=$(SWIOTLB)" $(MIB) $(MEM)

check: deps
	@$(call CHECK,$(T))

# The tests that stock kernels pass too (no series needed; any base).
check-stock: deps
	@$(call CHECK,stock)

# The long suites (docs/suites.md): debug and KCSAN kernels; W=1 and sparse
# in a configuration matrix; cross-built architectures.
check-stress: deps
	@TESTS_LIST=tests/list-stress $(call CHECK,$(T))
check-matrix: deps
	@TESTS_LIST=tests/list-matrix $(call CHECK,$(T))
check-arches: deps
	@TESTS_LIST=tests/list-arches $(call CHECK,$(T))

# Judge the consoles of a run again without booting (default: the latest).
recheck:
	@scripts/recheck.sh $(RUN)

deps:
	@scripts/deps.sh

tree: deps
	@scripts/tree.sh $(TREE)

stock-tree: deps
	@scripts/tree.sh $(STOCK) --stock

export:
	scripts/export.sh $(TREE)

$(VARIANTS): deps
	@scripts/kernel.sh $@

# The guest's initramfs, from the tree whose dma_map_benchmark and selftest
# it carries: the series' tree, or the stock tree (make check-stock).
initramfs: tree
	@scripts/initramfs.sh $(TREE) $(OUT)/initramfs.cpio.gz
initramfs-stock: stock-tree
	@scripts/initramfs.sh $(STOCK) $(OUT)/initramfs-stock.cpio.gz
# The initramfs of the other architectures (arches/<arch>: initramfs=min).
MIN_ARCHES := $(shell grep -l '^initramfs=min' arches/* | xargs -n1 basename)
.PHONY: $(addprefix initramfs-,$(MIN_ARCHES))
$(addprefix initramfs-,$(MIN_ARCHES)):
	@scripts/initramfs-min.sh $(@:initramfs-%=%) $(OUT)/$@.cpio.gz

# Debian's Xen hypervisor for the PV dom0 tests, downloaded, not installed.
xen: $(XEN)
$(XEN):
	scripts/xen.sh $@

# What a confidential guest of each size gets, stock against the series
# (tests/cc-table.sh; boots of 1 to 256 GiB, about 2 min).
cc-table: deps swiotlb64-cc stock-cc initramfs
	tests/cc-table.sh

# The benchmark (bench/README.md): stock and the series from one config with
# modules, with and without CONFIG_SWIOTLB_DYNAMIC.
bench: deps bench-stock bench-stock-dyn bench-swiotlb64 bench-swiotlb64-dyn initramfs
	@scripts/deps.sh "for make bench: plots and fio" gnuplot-nox fio
	bench/run.sh

# Instructions of the DMA fast paths, stock against the series, with static
# keys patched as in distribution kernels.
fastpath-cost: stock-jl swiotlb64-jl
	scripts/fastpath-cost.sh stock-jl swiotlb64-jl

# The KUnit suite run the way its Kconfig help says: kunit.py with
# --kunitconfig=kernel/dma and nothing else (in $(B)/kunit-plain).
kunit-plain: tree
	scripts/kunit-plain.sh $(TREE) $(B)/kunit-plain

# The README's two commands on a brand-new Debian 12 root (debootstrap, as
# root): see scripts/fresh-machine.sh.
fresh-machine:
	scripts/fresh-machine.sh

# Lines of the series in kernel/dma/swiotlb.c, per patch and in all.
series-stats: tree
	@scripts/series-stats.sh $(TREE)

# Refuses while a work tree holds commits or changes that are not exported
# (build/linux: the layout before bases), or make fresh-machine's root has
# the host's /dev or /sys mounted (a killed run).
clean:
	@for b in $$(ls bases | grep -vx default); do t=build/$$b/linux; [ -d "$$t" ] || continue; \
		BASE=$$b scripts/tree.sh $$t --unexported || { \
		echo "clean: export them first (make export BASE=$$b), or: make clean FORCE=1"; \
		[ "$(FORCE)" = 1 ] || exit 1; }; done
	@[ ! -d build/linux/.git ] || [ "$(FORCE)" = 1 ] || { \
		echo "clean: build/linux is a work tree of the old layout: move your work, or: make clean FORCE=1"; exit 1; }
	@! grep -qs " $(CURDIR)/build/fresh-machine/root/" /proc/mounts || { \
		echo "clean: build/fresh-machine/root has mounts left (umount -R them first)"; exit 1; }
	rm -rf --one-file-system build
