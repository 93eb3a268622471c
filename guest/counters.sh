# guest.test=counters: no workload; print the kernel's swiotlb messages and
# the debugfs counters (the KUnit suite, when built in, ran during boot).
swiotlb_dmesg
counters after
