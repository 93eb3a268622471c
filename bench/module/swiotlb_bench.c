// SPDX-License-Identifier: GPL-2.0-only
/*
 * swiotlb_bench: the measurements of make bench that need the kernel
 * (bench/README.md).  Built out of tree against each benchmarked kernel
 * (configs/bench.config), loaded once per measurement; the work is done at
 * load time and reported on the console as "swiotlb_bench: <mode> key=value...".
 *
 *   mode=capacity  map one buffer of @pages pages again and again on QEMU's
 *                  pci-testdev, with a DMA mask of @bits bits, and keep every
 *                  mapping until a mapping fails, @max_mib MiB are mapped or
 *                  @max_s seconds have passed (stopped=failure, size or time);
 *                  report how much was mapped (and how much of it above
 *                  4 GiB), then unmap it all.
 *   mode=memcpy    copy @pages pages between two buffers for @ms ms: the
 *                  bandwidth of the copy every bounce is made of.
 *   mode=memset    clear @max_mib MiB of pages, the work of zeroing a pool of
 *                  that size at boot.
 *   mode=frag      the worst case of a search: fill every pool with 2 KiB
 *                  mappings (first with a 32-bit mask, which fills the
 *                  default pool, then with a 64-bit one, which fills the
 *                  64-bit pool if there is one), unmap every other mapping
 *                  of the last pool filled, and time @reps mappings of one
 *                  page, which find free slots in every area but never two
 *                  in a row: each scans every area of that pool, one area at
 *                  a time with its lock held and interrupts off.
 */
#include <linux/delay.h>
#include <linux/dma-mapping.h>
#include <linux/gfp.h>
#include <linux/ktime.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/pci.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/swiotlb.h>
#include <linux/string.h>

static char *mode = "capacity";
module_param(mode, charp, 0444);
static unsigned int bits = 64;
module_param(bits, uint, 0444);
static unsigned int pages = 1;
module_param(pages, uint, 0444);
static unsigned long max_mib = 8192;
module_param(max_mib, ulong, 0444);
static unsigned int ms = 1000;
module_param(ms, uint, 0444);
static unsigned int max_s = 60;
module_param(max_s, uint, 0444);
static unsigned int reps = 20;
module_param(reps, uint, 0444);

/* QEMU's pci-testdev (PCI_VENDOR_ID_REDHAT, 0x0005), as dma_map_benchmark uses */
#define TESTDEV_VENDOR	0x1b36
#define TESTDEV_DEVICE	0x0005

static int bench_capacity(void)
{
	size_t size = (size_t)pages << PAGE_SHIFT;
	unsigned long max = (max_mib << 20) / size, n, i, high = 0;
	struct pci_dev *pdev;
	dma_addr_t *handles;
	dma_addr_t lo = DMA_MAPPING_ERROR, hi = 0;
	const char *stopped = "size";
	ktime_t start, end;
	void *buf;
	int ret = -ENOMEM;

	pdev = pci_get_device(TESTDEV_VENDOR, TESTDEV_DEVICE, NULL);
	if (!pdev) {
		pr_err("swiotlb_bench: no pci-testdev\n");
		return -ENODEV;
	}
	ret = dma_set_mask(&pdev->dev, DMA_BIT_MASK(bits));
	if (ret) {
		pr_err("swiotlb_bench: dma_set_mask(%u bits): %d\n", bits, ret);
		goto out_put;
	}
	ret = -ENOMEM;
	buf = alloc_pages_exact(size, GFP_KERNEL);
	handles = kvmalloc_array(max, sizeof(*handles), GFP_KERNEL);
	if (!buf || !handles)
		goto out_free;
	memset(buf, 0x5a, size);
	start = ktime_get();
	end = ktime_add_ms(start, (s64)max_s * MSEC_PER_SEC);
	for (n = 0; n < max; n++) {
		if (ktime_after(ktime_get(), end)) {
			stopped = "time";
			break;
		}
		handles[n] = dma_map_single_attrs(&pdev->dev, buf, size, DMA_TO_DEVICE,
						  DMA_ATTR_NO_WARN);
		if (dma_mapping_error(&pdev->dev, handles[n])) {
			stopped = "failure";
			break;
		}
		if (handles[n] >= SZ_4G)
			high++;
		lo = min(lo, handles[n]);
		hi = max(hi, handles[n] + size - 1);
		cond_resched();
	}
	pr_info("swiotlb_bench: capacity bits=%u pages=%u mapped=%lu mib=%lu above_4g_mib=%lu stopped=%s lowest=%pad highest=%pad fill_ms=%lld\n",
		bits, pages, n, (n * size) >> 20, (high * size) >> 20,
		stopped, &lo, &hi,
		ktime_ms_delta(ktime_get(), start));
	for (i = 0; i < n; i++) {
		dma_unmap_single_attrs(&pdev->dev, handles[i], size, DMA_TO_DEVICE, 0);
		if (!(i & 1023))
			cond_resched();
	}
	ret = 0;
out_free:
	kvfree(handles);
	if (buf)
		free_pages_exact(buf, size);
out_put:
	pci_dev_put(pdev);
	return ret;
}

/* Map 2 KiB mappings of @buf on @dev until a mapping fails; return how many. */
static unsigned long frag_fill(struct device *dev, void *buf, dma_addr_t *handles,
			       unsigned long max)
{
	unsigned long n;

	for (n = 0; n < max; n++) {
		handles[n] = dma_map_single_attrs(dev, buf, SZ_2K, DMA_TO_DEVICE,
						  DMA_ATTR_NO_WARN);
		if (dma_mapping_error(dev, handles[n]))
			break;
		if (!(n & 1023))
			cond_resched();
	}
	return n;
}

static int cmp_s64(const void *a, const void *b)
{
	return *(const s64 *)a < *(const s64 *)b ? -1 : *(const s64 *)a > *(const s64 *)b;
}

static int bench_frag(void)
{
	unsigned long max = (8UL << 30) / SZ_2K, n32 = 0, n64 = 0, i, nslabs;
	unsigned long first, count;
	dma_addr_t *handles, h;
	struct pci_dev *pdev;
	unsigned int nareas;
	s64 *ns = NULL;
	void *buf;
	ktime_t t;
	int ret = -ENOMEM;

	pdev = pci_get_device(TESTDEV_VENDOR, TESTDEV_DEVICE, NULL);
	if (!pdev) {
		pr_err("swiotlb_bench: no pci-testdev\n");
		return -ENODEV;
	}
	buf = alloc_pages_exact(PAGE_SIZE, GFP_KERNEL);
	handles = kvmalloc_array(max, sizeof(*handles), GFP_KERNEL);
	ns = kcalloc(reps, sizeof(*ns), GFP_KERNEL);
	if (!buf || !handles || !ns || !reps)
		goto out;
	memset(buf, 0x5a, PAGE_SIZE);
	ret = dma_set_mask(&pdev->dev, DMA_BIT_MASK(32));
	n32 = ret ? 0 : frag_fill(&pdev->dev, buf, handles, max);
	ret = ret ?: dma_set_mask(&pdev->dev, DMA_BIT_MASK(64));
	if (ret)
		goto out_unmap;
	n64 = frag_fill(&pdev->dev, buf, handles + n32, max - n32);
	/* the pool to fragment: the one the device now maps from */
	nslabs = pdev->dev.dma_io_tlb_mem->defpool.nslabs;
	nareas = pdev->dev.dma_io_tlb_mem->defpool.nareas;
	first = n64 ? n32 : 0;
	count = n64 ?: n32;
	for (i = first + 1; i < first + count; i += 2)
		dma_unmap_single_attrs(&pdev->dev, handles[i], SZ_2K, DMA_TO_DEVICE, 0);
	for (i = 0; i < reps; i++) {
		t = ktime_get();
		h = dma_map_single_attrs(&pdev->dev, buf, PAGE_SIZE, DMA_TO_DEVICE,
					 DMA_ATTR_NO_WARN);
		ns[i] = ktime_to_ns(ktime_sub(ktime_get(), t));
		if (!dma_mapping_error(&pdev->dev, h)) {
			pr_err("swiotlb_bench: frag: a page mapped in a fragmented pool\n");
			dma_unmap_single_attrs(&pdev->dev, h, PAGE_SIZE, DMA_TO_DEVICE, 0);
			ret = -EIO;
		}
		cond_resched();
	}
	sort(ns, reps, sizeof(*ns), cmp_s64, NULL);
	pr_info("swiotlb_bench: frag nslabs=%lu nareas=%u mapped32=%lu mapped64=%lu reps=%u min_us=%lld median_us=%lld max_us=%lld area_us=%lld\n",
		nslabs, nareas, n32, n64, reps, ns[0] / 1000, ns[reps / 2] / 1000,
		ns[reps - 1] / 1000, ns[reps / 2] / 1000 / max(nareas, 1U));
	for (i = first + 1; i < first + count; i += 2)
		handles[i] = DMA_MAPPING_ERROR;
out_unmap:
	for (i = 0; i < n32 + n64; i++) {
		if (handles[i] != DMA_MAPPING_ERROR)
			dma_unmap_single_attrs(&pdev->dev, handles[i], SZ_2K,
					       DMA_TO_DEVICE, 0);
		if (!(i & 1023))
			cond_resched();
	}
out:
	kfree(ns);
	kvfree(handles);
	if (buf)
		free_pages_exact(buf, PAGE_SIZE);
	pci_dev_put(pdev);
	return ret;
}

static int bench_memcpy(void)
{
	size_t size = (size_t)pages << PAGE_SHIFT;
	void *src = alloc_pages_exact(size, GFP_KERNEL);
	void *dst = alloc_pages_exact(size, GFP_KERNEL);
	ktime_t start, end;
	unsigned long n = 0;

	if (!src || !dst) {
		if (src)
			free_pages_exact(src, size);
		if (dst)
			free_pages_exact(dst, size);
		return -ENOMEM;
	}
	memset(src, 0x5a, size);
	memset(dst, 0, size);
	start = ktime_get();
	end = ktime_add_ms(start, ms);
	do {
		memcpy(dst, src, size);
		n++;
		if (!(n & 63))
			cond_resched();
	} while (ktime_before(ktime_get(), end));
	end = ktime_get();
	pr_info("swiotlb_bench: memcpy pages=%u copies=%lu ns=%lld mb_per_s=%llu\n",
		pages, n, ktime_to_ns(ktime_sub(end, start)),
		div64_u64((u64)n * size * 1000, max_t(u64, ktime_to_ns(ktime_sub(end, start)), 1)));
	free_pages_exact(src, size);
	free_pages_exact(dst, size);
	return 0;
}

/* 4 MiB chunks from the page allocator, cleared one after the other */
#define CHUNK_ORDER	10

static int bench_memset(void)
{
	unsigned long chunks = max_mib >> (CHUNK_ORDER + PAGE_SHIFT - 20), i, got, mib;
	struct page **list = kvcalloc(chunks, sizeof(*list), GFP_KERNEL);
	ktime_t start;
	s64 ns[2];
	int pass;

	if (!list)
		return -ENOMEM;
	for (got = 0; got < chunks; got++) {
		list[got] = alloc_pages(GFP_KERNEL | __GFP_NOWARN, CHUNK_ORDER);
		if (!list[got])
			break;
	}
	/*
	 * Twice: the first pass may be the first touch of these pages since the
	 * VM started (a host that backs guest memory on demand pays for it then,
	 * as it does for a pool cleared at boot); the second pass is the copy
	 * speed alone.
	 */
	for (pass = 0; pass < 2; pass++) {
		start = ktime_get();
		for (i = 0; i < got; i++)
			memset(page_address(list[i]), pass, PAGE_SIZE << CHUNK_ORDER);
		ns[pass] = ktime_to_ns(ktime_sub(ktime_get(), start));
	}
	mib = got << (CHUNK_ORDER + PAGE_SHIFT - 20);
	pr_info("swiotlb_bench: memset mib=%lu ns=%lld ms_per_gib=%lld again_ms_per_gib=%lld\n",
		mib, ns[0], mib ? div64_s64(ns[0] * 1024, (s64)mib * 1000000) : 0,
		mib ? div64_s64(ns[1] * 1024, (s64)mib * 1000000) : 0);
	for (i = 0; i < got; i++)
		__free_pages(list[i], CHUNK_ORDER);
	kvfree(list);
	return got ? 0 : -ENOMEM;
}

static int __init swiotlb_bench_init(void)
{
	if (!pages || pages > 1024)
		return -EINVAL;
	if (!strcmp(mode, "capacity"))
		return bench_capacity();
	if (!strcmp(mode, "memcpy"))
		return bench_memcpy();
	if (!strcmp(mode, "memset"))
		return bench_memset();
	if (!strcmp(mode, "frag"))
		return bench_frag();
	pr_err("swiotlb_bench: unknown mode %s\n", mode);
	return -EINVAL;
}
module_init(swiotlb_bench_init);

static void __exit swiotlb_bench_exit(void)
{
}
module_exit(swiotlb_bench_exit);

MODULE_DESCRIPTION("swiotlb64 benchmark: capacity, fragmented search, memcpy and memset in the guest");
MODULE_LICENSE("GPL");
