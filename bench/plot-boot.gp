# Boot cost per GiB of pool against memset of 1 GiB in the same guests, and
# memcpy bandwidth, the physical limit of bouncing.  Run in a results
# directory (bench/run.sh): reads boot.dat and memcpy.dat, writes boot.png.
set terminal pngcairo size 1400,550 noenhanced
set output "boot.png"
set style fill solid 0.6 border -1
set yrange [0:*]
set multiplot layout 1,2
set title "Pool setup at boot, ms per GiB of pool, against memset of 1 GiB"
set ylabel "ms per GiB"
set style data histogram
set style histogram clustered gap 2
set xtics rotate by -30
set key below
plot "boot.dat" using 2:xtic(1) title "pool setup (median)", \
     "" using 3 title "memset, first pass (median of all boots)", \
     "" using 4 title "memset, second pass"
set title "memcpy in the guest (median, min-max)"
set ylabel "MB/s"
set style histogram errorbars gap 2 lw 1
set key off
plot "memcpy.dat" using 2:3:4:xtic(1) title "memcpy"
unset multiplot
