#!/usr/bin/env python3
"""Turns the benchmark results (docs/bench/*.tsv, committed) into docs/benchmarks.md and the gnuplot data of
docs/benchmarks.png. Goals live here, next to the figures they judge. Each results file starts with a
#run line (date, commit, load), so `./dev bench NAME` refreshes one section and keeps the others."""
import collections
import os
import sys

GROUPS = ["store", "search", "queries", "ui", "wasm", "web", "memory", "sync"]
TITLES = {
    "store": "Store: durable edit, cold open, size (vs rewriting a file, vs SQLite)",
    "search": "Search: query latency, build time, memory (vs SQLite FTS5)",
    "queries": "Queries: the rules behind the screens, computed from scratch",
    "ui": "UI: CPU per frame of each screen at large size (headless ImGui)",
    "wasm": "wasm: the core benchmarks under Node, as a ratio to native",
    "web": "Web: transfer size and time to first frame (headless Chromium, loopback)",
    "memory": "Memory and idle CPU of the desktop app (Xvfb)",
    "sync": "Sync: `rapport sync` against Apache on loopback, first and incremental",
}
Row = collections.namedtuple("Row", "group target subject size_label size metric p50 p10 p90 unit")


def load(results_dir):
    rows, notes, runs = [], collections.defaultdict(list), {}
    for name in sorted(os.listdir(results_dir)):
        if not name.endswith(".tsv"):
            continue
        group = name[:-4].split("-")[0]
        with open(os.path.join(results_dir, name), encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if cols[0] == "#run":
                    runs.setdefault(group, cols[1])
                elif len(cols) >= 4 and cols[2] == "#note":
                    # by file: wasm notes go to the wasm section, named after their benchmark
                    notes[group].append((cols[1], cols[3] if cols[0] == group else f"{cols[0]}: {cols[3]}"))
                elif len(cols) == 10:
                    rows.append(Row(cols[0], cols[1], cols[2], cols[3], int(cols[4]), cols[5],
                                    float(cols[6]), float(cols[7]), float(cols[8]), cols[9]))
    return rows, notes, runs


def fmt(v):
    if v == 0:
        return "0"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    if abs(v) >= 1:
        return f"{v:.2f}"
    return f"{v:.3g}"


def find(rows, **kw):
    for r in rows:
        if all(getattr(r, k) == v for k, v in kw.items()):
            return r
    return None


def verdict(ok):
    return "**pass**" if ok else "**FAIL**"


def goal_of(r, rows):
    """(goal text, pass/fail text) for a row, or ("", "")."""
    g, m, s = r.group, r.metric, r.subject
    if g == "store" and s == "rapport" and m == "edit":
        sq = find(rows, group="store", target=r.target, subject="sqlite", size=r.size, metric="edit")
        first = min((x for x in rows if x.group == "store" and x.subject == "rapport" and x.metric == "edit"),
                    key=lambda x: x.size)
        flat = r.p50 <= 1.5 * first.p50
        if sq:
            return (f"flat (≤1.5× the 1k p50) and ≤ SQLite ({fmt(sq.p50)} ms)",
                    verdict(flat and r.p50 <= sq.p50 * 1.1) + f" ({r.p50 / sq.p50:.2f}× SQLite)")
        return ("flat (≤1.5× the 1k p50)", verdict(flat))
    if g == "store" and s == "rapport" and m == "cold open" and r.size >= 100000:
        return ("< 300 ms at 100k", verdict(r.p50 < 300))
    if g == "search" and s == "rapport" and m.endswith("query") and r.size_label == "large":
        fts = find(rows, group="search", target=r.target, subject="sqlite fts5", size=r.size, metric=m)
        ok = r.p50 < 1 and (fts is None or r.p50 <= fts.p50)
        return ("< 1 ms and ≤ FTS5" + (f" ({fmt(fts.p50)} ms)" if fts else ""), verdict(ok))
    if g == "queries" and r.size_label == "large":
        return ("< 4 ms (one frame) if not cached", verdict(r.p50 < 4))
    if g == "ui" and m == "frame cpu":
        return ("< 4 ms", verdict(r.p50 < 4))
    if g == "wasm" and m == "ratio":
        # Judged at the larger size of each benchmark: the small one's microsecond timings are mostly
        # fixed costs (calls into the clock, allocation) and swing by 2-4x from run to run.
        largest = max(x.size for x in rows if x.subject.split(",")[0] == s.split(",")[0])
        if r.size < largest:
            return ("≤ 2× (judged at the larger size)", "info")
        return ("≤ 2×", verdict(r.p50 <= 2))
    if g == "web" and m == "gzip" and s == "total":
        return ("< 1.5 MB gzip", verdict(r.p50 < 1.5 * 1024))
    if g == "web" and m == "first frame" and "cold" in s:
        return ("< 1.5 s cold", verdict(r.p50 < 1500))
    if g == "memory" and m == "idle cpu":
        return ("~0 (< 1% of a core)", verdict(r.p50 < 1))
    return ("", "")


def baseline_ratio(r, rows):
    base = {"store": "rapport", "search": "rapport"}.get(r.group)
    if not base or r.subject == base or r.unit != "ms":
        return ""
    b = find(rows, group=r.group, target=r.target, subject=base, size=r.size, metric=r.metric)
    return f"{r.p50 / b.p50:.2f}×" if b and b.p50 > 0 else ""


def wasm_ratios(rows):
    """One 'ratio' row per wasm timing with a native twin run by the same command (same group, subject,
    size, metric; target wasm-native)."""
    out = []
    for w in rows:
        # Emscripten's fdatasync is a no-op (NODERAWFS): a wasm edit skips the flush, so no ratio for it.
        if w.target != "wasm" or w.unit != "ms" or (w.group == "store" and w.metric == "edit"):
            continue
        n = find(rows, group=w.group, target="wasm-native", subject=w.subject, size=w.size, metric=w.metric)
        if n and n.p50 > 0:
            out.append(Row("wasm", "wasm", f"{w.group}: {w.subject}, {w.metric}", w.size_label, w.size, "ratio",
                           w.p50 / n.p50, w.p10 / n.p50, w.p90 / n.p50, f"× ({fmt(w.p50)} vs {fmt(n.p50)} ms)"))
    return out


def section(group, rows, notes, runs):
    lines = [f"## {TITLES[group]}", ""]
    if group in runs:
        lines += [f"Run: {runs[group]}", ""]
    has_ratio = group in ("store", "search")
    head = "| subject | size | metric | p50 | p10 – p90 | unit |" + (" vs Rapport |" if has_ratio else "") + " goal | result |"
    lines += [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        goal, result = goal_of(r, rows)
        spread = "" if r.p10 == r.p90 else f"{fmt(r.p10)} – {fmt(r.p90)}"
        cells = [r.subject, r.size_label, r.metric, fmt(r.p50), spread, r.unit]
        if has_ratio:
            cells.append(baseline_ratio(r, rows))
        lines.append("| " + " | ".join(cells + [goal, result]) + " |")
    lines.append("")
    if group == "wasm":
        lines.append("- no ratio for the store's edits: Emscripten's fdatasync is a no-op, so a wasm edit skips the disk flush")
    for target, text in notes.get(group, []):
        if target != "wasm-native":
            lines.append(f"- {text}")
    return lines + [""]


def main(results_dir, out_md, plot_dir, machine):
    rows, notes, runs = load(results_dir)
    native = [r for r in rows if r.target == "native" and r.group != "wasm"]
    by_group = collections.defaultdict(list)
    for r in native:
        by_group[r.group].append(r)
    by_group["wasm"] = wasm_ratios(rows)
    md = ["# Benchmarks", "",
          "Written by `./dev bench` (tests/bench/); do not edit by hand. Medians (p50) with the 10th–90th",
          "percentile spread; baselines are measured in the same run. Chart: [benchmarks.png](benchmarks.png).", "",
          f"Machine: {machine}", "", "![cost vs data size](benchmarks.png)", ""]
    for g in GROUPS:
        if by_group.get(g):
            md += section(g, by_group[g], notes, runs)
    with open(out_md, "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    write_plot_data(native, plot_dir)


def write_plot_data(rows, plot_dir):
    """One file per curve: size p50 p10 p90 (read by chart.gp)."""
    curves = {
        "store_edit_rapport": ("store", "rapport", "edit"), "store_edit_rewrite": ("store", "rewrite file", "edit"),
        "store_edit_sqlite": ("store", "sqlite", "edit"), "store_open_rapport": ("store", "rapport", "cold open"),
        "store_open_rewrite": ("store", "rewrite file", "cold open"), "store_open_sqlite": ("store", "sqlite", "cold open"),
        "search_prefix_rapport": ("search", "rapport", "prefix query"),
        "search_prefix_fts5": ("search", "sqlite fts5", "prefix query"),
        "search_multi_rapport": ("search", "rapport", "multi-word query"),
        "search_multi_fts5": ("search", "sqlite fts5", "multi-word query"),
        "queries_week": ("queries", "week plan", "query"), "queries_prep": ("queries", "prep card", "query"),
        "queries_drift": ("queries", "drifting list", "query"),
    }
    os.makedirs(plot_dir, exist_ok=True)
    for name, (g, s, m) in curves.items():
        pts = sorted((r.size, r.p50, r.p10, r.p90) for r in rows if (r.group, r.subject, r.metric) == (g, s, m))
        with open(os.path.join(plot_dir, name + ".dat"), "w", encoding="utf-8") as f:
            f.write("".join(f"{p[0]} {p[1]} {p[2]} {p[3]}\n" for p in pts) or "1 NaN NaN NaN\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
