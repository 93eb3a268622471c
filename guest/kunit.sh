# guest.test=kunit: the KUnit suites ran during boot; just report the counters.
swiotlb_dmesg
counters after
