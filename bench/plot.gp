# Map latency per combination (mask, threads, pages): medians with min-max
# bars, stock 6.12, the series with an equal 64-bit pool, the series with none.
# Run in a results directory (bench/run.sh): reads map.dat, writes map-latency.png.
set terminal pngcairo size 1200,600 noenhanced
set output "map-latency.png"
set title "dma_map_benchmark map latency (median, min-max)"
set ylabel "µs"
set style data histogram
set style histogram errorbars gap 2 lw 1
set style fill solid 0.6 border -1
set xtics rotate by -30
set key outside right top
set yrange [0:*]
plot "map.dat" using 2:3:4:xtic(1) title "stock 6.12", \
     "" using 5:6:7 title "series, 64-bit pool", \
     "" using 8:9:10 title "series, no 64-bit pool"
