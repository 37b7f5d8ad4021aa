# Cost vs data size for docs/benchmarks.png (run by ./dev bench; DATA = the folder report.py wrote).
set terminal pngcairo size 1400,1000 font "Noto Sans,11"
set output OUT
set logscale xy
set grid
set key top left
set ylabel "ms (median, bars p10-p90)"
set multiplot layout 2,2 title "Rapport benchmarks: cost vs data size (log-log)"
set title "Durable edit (rename a peer)"
set xlabel "change records in the store"
plot DATA."/store_edit_rapport.dat" u 1:2:3:4 w yerrorlines t "Rapport store", \
     DATA."/store_edit_sqlite.dat" u 1:2:3:4 w yerrorlines t "SQLite WAL, synchronous=FULL", \
     DATA."/store_edit_rewrite.dat" u 1:2:3:4 w yerrorlines t "rewrite whole file"
set title "Cold open (disk to notebook in memory)"
plot DATA."/store_open_rapport.dat" u 1:2:3:4 w yerrorlines t "Rapport store, compacted", \
     DATA."/store_open_rapport_used.dat" u 1:2:3:4 w yerrorlines t "Rapport store, as left by normal use", \
     DATA."/store_open_sqlite.dat" u 1:2:3:4 w yerrorlines t "SQLite", \
     DATA."/store_open_rewrite.dat" u 1:2:3:4 w yerrorlines t "whole file", \
     300 w l dt 2 lc rgb "red" t "goal at 100k: 300 ms"
set title "Search query (20 best hits)"
set xlabel "entities in the notebook"
plot DATA."/search_prefix_rapport.dat" u 1:2:3:4 w yerrorlines t "core/search, prefix", \
     DATA."/search_multi_rapport.dat" u 1:2:3:4 w yerrorlines t "core/search, multi-word", \
     DATA."/search_prefix_fts5.dat" u 1:2:3:4 w yerrorlines t "FTS5, prefix", \
     DATA."/search_multi_fts5.dat" u 1:2:3:4 w yerrorlines t "FTS5, multi-word", \
     1 w l dt 2 lc rgb "red" t "goal: 1 ms"
set title "Rules from scratch"
plot DATA."/queries_week.dat" u 1:2:3:4 w yerrorlines t "week plan", \
     DATA."/queries_prep.dat" u 1:2:3:4 w yerrorlines t "prep card", \
     DATA."/queries_drift.dat" u 1:2:3:4 w yerrorlines t "drifting list", \
     4 w l dt 2 lc rgb "red" t "one frame: 4 ms"
unset multiplot
