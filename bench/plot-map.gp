# Map latency per combination (mask, threads, pages): medians with min-max
# bars (bench/map.sh's configurations).  Run in a results directory
# (bench/run.sh): reads map.dat, writes map-latency.png.
set terminal pngcairo size 1400,600 noenhanced
set output "map-latency.png"
set title "dma_map_benchmark map latency, forced bouncing, 512 MiB pools (median, min-max)"
set ylabel "µs"
set style data histogram
set style histogram errorbars gap 2 lw 1
set style fill solid 0.6 border -1
set xtics rotate by -30
set key outside right top
set yrange [0:*]
plot "map.dat" using 2:3:4:xtic(1) title "stock 6.12", \
     "" using 5:6:7 title "series, 64-bit pool at stock's offset", \
     "" using 8:9:10 title "stock 6.12, pool 2 MiB-aligned", \
     "" using 11:12:13 title "series, 64-bit pool at 4 GiB (aligned)", \
     "" using 14:15:16 title "series, no 64-bit pool"
