# fio throughput per job and configuration (median, min-max).  Run in a
# results directory (bench/run.sh): reads fio.dat, writes fio.png.
set terminal pngcairo size 1200,600 noenhanced
set output "fio.png"
set title "fio on virtio-blk, forced bouncing, write then verify (median, min-max)"
set ylabel "MiB/s"
set style data histogram
set style histogram errorbars gap 2 lw 1
set style fill solid 0.6 border -1
set xtics rotate by -30
set key outside right top
set yrange [0:*]
plot "fio.dat" using 2:3:4:xtic(1) title "write", \
     "" using 5:6:7 title "read (verify)"
