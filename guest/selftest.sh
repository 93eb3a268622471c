# guest.test=selftest: the series' selftest (tools/testing/selftests/dma/
# swiotlb64.sh, KTAP) on the virtio disk, with QEMU's pci-testdev bound to
# the dma_map_benchmark driver so that it runs -b 32 and -b 64 too.  The
# guest passes if the selftest ran; the host test judges its KTAP output.
swiotlb_dmesg
bind_testdev
if [ -x /selftests/dma/swiotlb64.sh ]; then
	/selftests/dma/swiotlb64.sh /dev/vda > /tmp/selftest.out 2>&1
	st=$?
	sed 's/^/guest: selftest /' /tmp/selftest.out
	echo "guest: selftest exit $st"
else
	echo "guest: no selftest in this initramfs"
	false
fi
