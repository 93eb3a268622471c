# swiotlb64: a second, 64-bit swiotlb pool for Linux 6.12, and the harness
# that builds, boots and tests it.  See README.md.
#
#   make run      build the patched kernel, boot it, show the 64-bit pool at work
#   make check    every test; ends with "N passed, N failed"

SWIOTLB ?= 65536,,1048576,force
MEM     ?= 8G
MIB     ?= 64
export MEM

TREE    := build/linux
STOCK   := build/stock
OUT     := build/out
INITRD  := $(OUT)/initramfs.cpio.gz
BASE    := configs/x86_64.config
KERNEL_swiotlb64     := $(OUT)/swiotlb64/arch/x86/boot/bzImage
KERNEL_swiotlb64-dyn := $(OUT)/swiotlb64-dyn/arch/x86/boot/bzImage
KERNEL_stock         := $(OUT)/stock/arch/x86/boot/bzImage

.PHONY: run check check-stock deps tree stock-tree export kernels initramfs bench clean
.PHONY: $(OUT)/swiotlb64 $(OUT)/swiotlb64-dyn $(OUT)/stock

run: deps kernels-run $(INITRD)
	scripts/run.sh $(KERNEL_swiotlb64) "swiotlb=$(SWIOTLB)" $(MIB)

check: deps
	scripts/check.sh

check-stock: deps
	scripts/check.sh stock

deps:
	@scripts/deps.sh

tree: deps
	@[ -d $(TREE)/.git ] || scripts/tree.sh $(TREE)

export:
	scripts/export.sh $(TREE)

kernels-run: $(OUT)/swiotlb64
kernels: $(OUT)/swiotlb64 $(OUT)/swiotlb64-dyn $(OUT)/stock

$(OUT)/swiotlb64: tree
	scripts/build.sh $(TREE) $(notdir $@) $(BASE) configs/swiotlb64.config

$(OUT)/swiotlb64-dyn: tree
	scripts/build.sh $(TREE) $(notdir $@) $(BASE) configs/swiotlb64.config configs/dynamic.config

stock-tree: deps
	@[ -d $(STOCK)/.git ] || scripts/tree.sh $(STOCK) --stock

$(OUT)/stock: stock-tree
	scripts/build.sh $(STOCK) stock $(BASE)

initramfs $(INITRD): tree guest/*
	scripts/initramfs.sh $(TREE) $(INITRD)

bench: deps kernels $(INITRD)
	bench/run.sh

clean:
	rm -rf build
