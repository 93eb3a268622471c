# swiotlb64: a second, 64-bit swiotlb pool for Linux 6.12, and the harness
# that builds, boots and tests it.  See README.md.
#
#   make run      build the patched kernel, boot it, show the 64-bit pool at work
#   make check    every test (tests/list); ends with "N passed, N failed"
#   make check T=<test>   one test, after making what it needs

SWIOTLB ?= 65536,,1048576,force
MEM     ?= 8G
MIB     ?= 64

TREE    := build/linux
STOCK   := build/stock
OUT     := build/out
INITRD  := $(OUT)/initramfs.cpio.gz
# The tree whose dma_map_benchmark tool goes into the initramfs (make
# check-stock uses the stock tree, so that it needs no patched one).
INITRD_TREE ?= $(TREE)
BASE    := configs/x86_64.config
KERNEL_swiotlb64 := $(OUT)/swiotlb64/arch/x86/boot/bzImage
XEN     := build/xen/xen-4.17.elf

.PHONY: run check check-stock deps tree stock-tree export kernels initramfs bench clean fresh-machine
.PHONY: fastpath-cost kunit-plain check-arches $(OUT)/arm64 $(OUT)/ppc64le $(OUT)/ppce500
.PHONY: $(OUT)/swiotlb64 $(OUT)/swiotlb64-dyn $(OUT)/stock check-stress check-matrix
.PHONY: $(OUT)/swiotlb64-debug $(OUT)/swiotlb64-debug-dyn $(OUT)/swiotlb64-kcsan
.PHONY: $(OUT)/swiotlb64-cc $(OUT)/stock-cc cc-table

run: deps $(OUT)/swiotlb64 $(INITRD)
	scripts/run.sh $(KERNEL_swiotlb64) "swiotlb=$(SWIOTLB)" $(MIB) $(MEM)

# On failure make adds its own "Error" line after the summary; print the
# summary once more after it, so that the last line is always the summary.
check: deps
	@scripts/check.sh $(T) || { rc=$$?; (sleep 1; cat build/logs/check.summary 2>/dev/null) & exit $$rc; }

# The long suite (tests/list-stress): debug and KCSAN kernels, stress.
check-stress: deps
	@TESTS_LIST=tests/list-stress scripts/check.sh $(T) || { rc=$$?; (sleep 1; cat build/logs/check.summary 2>/dev/null) & exit $$rc; }

# The configuration matrix (tests/list-matrix): W=1 and sparse, against stock.
check-matrix: deps
	@TESTS_LIST=tests/list-matrix scripts/check.sh $(T) || { rc=$$?; (sleep 1; cat build/logs/check.summary 2>/dev/null) & exit $$rc; }

# arm64 and ppc64le (tests/list-arches): cross builds and QEMU boots.
check-arches: deps
	@scripts/deps.sh arches
	@TESTS_LIST=tests/list-arches scripts/check.sh $(T) || { rc=$$?; (sleep 1; cat build/logs/check.summary 2>/dev/null) & exit $$rc; }

check-stock: deps
	@scripts/check.sh stock || { rc=$$?; (sleep 1; cat build/logs/check.summary 2>/dev/null) & exit $$rc; }

deps:
	@scripts/deps.sh

tree: deps
	@scripts/tree.sh $(TREE)

export:
	scripts/export.sh $(TREE)

kernels: $(OUT)/swiotlb64 $(OUT)/swiotlb64-dyn $(OUT)/stock

$(OUT)/swiotlb64: tree
	scripts/build.sh $(TREE) $(notdir $@) $(BASE) configs/kunit.config

$(OUT)/swiotlb64-dyn: tree
	scripts/build.sh $(TREE) $(notdir $@) $(BASE) configs/kunit.config configs/dynamic.config

# The debug variants of make check-stress (configs/debug.config, kcsan.config).
$(OUT)/swiotlb64-debug: tree
	scripts/build.sh $(TREE) $(notdir $@) $(BASE) configs/kunit.config configs/debug.config

$(OUT)/swiotlb64-debug-dyn: tree
	scripts/build.sh $(TREE) $(notdir $@) $(BASE) configs/kunit.config configs/dynamic.config configs/debug.config

$(OUT)/swiotlb64-kcsan: tree
	scripts/build.sh $(TREE) $(notdir $@) $(BASE) configs/kunit.config configs/dynamic.config configs/kcsan.config

# Kernels that take the paths of an SEV/TDX guest on QEMU (scripts/cc-tree.sh,
# tests/cc-guest/): the series, and stock 6.12 for make cc-table.
$(OUT)/swiotlb64-cc: tree
	scripts/cc-tree.sh $(TREE) build/linux-cc
	scripts/build.sh build/linux-cc $(notdir $@) $(BASE) configs/cc-guest.config

$(OUT)/stock-cc: stock-tree
	scripts/cc-tree.sh $(STOCK) build/stock-cc
	scripts/build.sh build/stock-cc $(notdir $@) $(BASE) configs/cc-guest.config

# What a confidential guest of each size gets, stock 6.12 against the series
# (tests/cc-table.sh; boots of 1 to 256 GiB, about 2 min).
cc-table: deps $(OUT)/swiotlb64-cc $(OUT)/stock-cc $(INITRD)
	tests/cc-table.sh

# Cross-built guests of make check-arches (scripts/deps.sh arches).
$(OUT)/arm64: tree
	ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- KBUILD_IMAGE=arch/arm64/boot/Image \
		KBUILD_TARGET=Image scripts/build.sh $(TREE) arm64 configs/arm64.config

$(OUT)/ppc64le: tree
	ARCH=powerpc CROSS_COMPILE=powerpc64le-linux-gnu- KBUILD_IMAGE=vmlinux \
		KBUILD_TARGET=vmlinux scripts/build.sh $(TREE) ppc64le configs/ppc64le.config

$(OUT)/ppce500: tree
	ARCH=powerpc CROSS_COMPILE=powerpc64-linux-gnu- KBUILD_IMAGE=vmlinux \
		KBUILD_TARGET=vmlinux scripts/build.sh $(TREE) ppce500 configs/ppce500.config

$(OUT)/initramfs-arm64.cpio.gz: guest/mini-init.c guest/dio.c scripts/initramfs-min.sh
	scripts/initramfs-min.sh aarch64-linux-gnu- $@

$(OUT)/initramfs-ppc64le.cpio.gz: guest/mini-init.c guest/dio.c scripts/initramfs-min.sh
	scripts/initramfs-min.sh powerpc64le-linux-gnu- $@

$(OUT)/initramfs-ppce500.cpio.gz: guest/mini-init.c guest/dio.c scripts/initramfs-min.sh
	scripts/initramfs-min.sh powerpc64-linux-gnu- $@

stock-tree: deps
	@scripts/tree.sh $(STOCK) --stock

$(OUT)/stock: stock-tree
	scripts/build.sh $(STOCK) stock $(BASE)

# Debian's Xen hypervisor, for the PV dom0 boots (tests/xen-dom0.sh).
$(XEN): | deps
	scripts/xen.sh $@

initramfs: $(INITRD)
$(INITRD): guest/* scripts/initramfs.sh $(wildcard $(INITRD_TREE)/tools/testing/selftests/dma/swiotlb64.sh) | $(if $(filter $(STOCK),$(INITRD_TREE)),stock-tree,tree)
	scripts/initramfs.sh $(INITRD_TREE) $(INITRD)

# The README's two commands on a brand-new Debian 12 root (debootstrap, as
# root; about an hour): see scripts/fresh-machine.sh.
fresh-machine:
	scripts/fresh-machine.sh

# The benchmark (bench/run.sh, bench/README.md): stock 6.12 and the series
# from one config with modules (configs/bench.config), with and without
# CONFIG_SWIOTLB_DYNAMIC.
BENCH_KERNELS := $(OUT)/bench-stock $(OUT)/bench-stock-dyn $(OUT)/bench-swiotlb64 $(OUT)/bench-swiotlb64-dyn
.PHONY: $(BENCH_KERNELS)
$(OUT)/bench-stock $(OUT)/bench-stock-dyn: stock-tree
	KBUILD_TARGET="bzImage modules" scripts/build.sh $(STOCK) $(notdir $@) $(BASE) configs/bench.config $(if $(findstring -dyn,$@),configs/dynamic.config)

$(OUT)/bench-swiotlb64 $(OUT)/bench-swiotlb64-dyn: tree
	KBUILD_TARGET="bzImage modules" scripts/build.sh $(TREE) $(notdir $@) $(BASE) configs/bench.config $(if $(findstring -dyn,$@),configs/dynamic.config)

bench: deps $(BENCH_KERNELS) $(INITRD)
	@scripts/deps.sh bench
	bench/run.sh

# Instructions of the DMA fast paths, stock 6.12 against the series, with
# static keys patched as in distribution kernels (two more kernels).
fastpath-cost: tree stock-tree
	scripts/build.sh $(STOCK) stock-jl $(BASE) configs/jump-label.config
	scripts/build.sh $(TREE) swiotlb64-jl $(BASE) configs/jump-label.config
	scripts/fastpath-cost.sh stock-jl swiotlb64-jl

# The KUnit suite run the way its Kconfig help says: kunit.py with
# --kunitconfig=kernel/dma and nothing else (in build/kunit-plain, ~3 min).
kunit-plain: tree
	scripts/kunit-plain.sh $(TREE) build/kunit-plain

# Refuses while build/linux holds commits or changes that are not in patches/.
clean:
	@scripts/tree.sh $(TREE) --unexported || { \
		echo "clean: export them first (make export), or: make clean FORCE=1"; \
		[ "$(FORCE)" = 1 ]; }
	rm -rf build
