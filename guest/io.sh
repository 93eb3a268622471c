# guest.test=io: O_DIRECT write + read-back on the virtio disk, with the
# swiotlb counters before and after.  guest.mib=<MiB> (default 64); the data
# comes from guest.seed= (a new one every boot, see scripts/boot.sh).
mib=$(arg mib)
swiotlb_dmesg
counters before
dio /dev/vda "${mib:-64}" 1024 "$(arg seed)" && io=ok || io=bad
counters after
[ "$io" = ok ]
