"""Benchmark of the named queries: embedded Oxigraph store (on disk and in memory) vs rdflib.

Generates a deterministic synthetic dataset in the contract's shape (bench/synth_graph.py),
loads it into a pyoxigraph store on disk (what `kg build` writes and `kg query` reads), into
an in-memory pyoxigraph store (`open_backend(OUT, memory=True)`, for long sessions) and into
an rdflib Dataset, then times each named query (median over --runs runs) on each and prints:
query, oxigraph disk ms, oxigraph memory ms, rdflib ms, ratios, rows, targets met.
rdflib is timed once only for a query whose first run exceeds --rdflib-cap seconds ("> S s").

    .venv/bin/python bench/bench_query.py                 # ~1M triples (a few minutes)
    .venv/bin/python bench/bench_query.py --triples 100000 --runs 3 --rdflib-cap 5
    .venv/bin/python bench/bench_query.py --no-rdflib --runs 9     # the two Oxigraph modes only
Targets: one-entity queries < 50 ms median, whole-graph aggregates < 1 s, >= 10x rdflib.
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth_graph  # noqa: E402

from kg.query import run_named  # noqa: E402
from kg.store import OxigraphBackend, RdflibBackend, load_nquads_store  # noqa: E402

# (label, named query, params, kind)
CASES = [
    ("who-works-where org=Org 7", "who-works-where", {"org": "Org 7"}, "one entity"),
    ("who-works-where org=org7 alias (case)", "who-works-where", {"org": "ORG7 ALIAS"}, "one entity"),
    ("team-structure org=Org 3", "team-structure", {"org": "Org 3"}, "one entity"),
    ("models-by-org org=Org 3", "models-by-org", {"org": "Org 3"}, "one entity"),
    ("departures org=Org 5", "departures", {"org": "Org 5"}, "one entity"),
    ("investments org=Org 2", "investments", {"org": "Org 2"}, "one entity"),
    ("competitors org=Org 1", "competitors", {"org": "Org 1"}, "one entity"),
    ("entity-profile Person 11", "entity-profile", {"entity": "Person 11"}, "one entity"),
    ("facts-about Org 4 (popular)", "facts-about", {"entity": "Org 4"}, "one entity"),
    ("facts-about Org 400 (typical)", "facts-about", {"entity": "Org 400"}, "one entity"),
    ("articles-mentioning Model 9", "articles-mentioning", {"entity": "Model 9"}, "one entity"),
    ("timeline Person 12 (popular)", "timeline", {"entity": "Person 12"}, "one entity"),
    ("timeline Person 200 (typical)", "timeline", {"entity": "Person 200"}, "one entity"),
    ("departures (all)", "departures", {}, "whole graph"),
    ("investments (all)", "investments", {}, "whole graph"),
    ("graph-stats (aggregate)", "graph-stats", {}, "whole graph"),
    ("timeline since 2026-12-01", "timeline", {"since": "2026-12-01"}, "whole graph"),
]


def timed(fn, runs: int, cap_s: float | None = None) -> tuple[float, int, bool]:
    """(median wall time in ms over ``runs`` runs, rows, capped). With ``cap_s``, timing stops
    after the first run that takes longer than ``cap_s`` seconds (``capped`` is then True and
    the time is that run's)."""
    times, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(fn().rows)
        times.append((time.perf_counter() - t0) * 1000)
        if cap_s is not None and times[-1] > cap_s * 1000:
            return times[-1], n, True
    return statistics.median(times), n, False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic dataset")
    ap.add_argument("--runs", type=int, default=5, help="runs per query (median reported)")
    ap.add_argument("--rdflib-cap", type=float, default=10.0,
                    help="stop timing rdflib for a query after one run longer than this many seconds"
                         " (reported as '> S s')")
    ap.add_argument("--no-rdflib", action="store_true", help="time oxigraph only")
    ap.add_argument("--no-memory", action="store_true", help="skip the in-memory oxigraph store")
    ap.add_argument("--rdflib-skip", action="append", default=[], metavar="TEXT",
                    help="do not time rdflib on the queries whose label contains TEXT (repeatable;"
                         " e.g. 'since': rdflib takes over 10 minutes on it at 1M triples)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        nq = Path(tmp) / "synth.nq"
        t0 = time.perf_counter()
        n = synth_graph.write(nq, args.triples)
        print(f"generated {n} quads in {time.perf_counter() - t0:.1f} s")

        t0 = time.perf_counter()
        store_path = load_nquads_store(nq, Path(tmp) / "store")
        ox = OxigraphBackend(path=store_path)
        ox_load = time.perf_counter() - t0
        print(f"oxigraph bulk load + open: {ox_load:.1f} s")
        mem = None
        if not args.no_memory:
            t0 = time.perf_counter()
            mem = OxigraphBackend.in_memory(nq)
            mem_load = time.perf_counter() - t0
            print(f"oxigraph in-memory load: {mem_load:.1f} s")
        rd = None
        if not args.no_rdflib:
            import rdflib
            t0 = time.perf_counter()
            ds = rdflib.Dataset(default_union=True)
            ds.parse(nq, format="nquads")
            rd = RdflibBackend(ds)
            print(f"rdflib parse: {time.perf_counter() - t0:.1f} s")
        gc.collect()

        def meets(ms, rd_ms, target):
            return ms < target and (rd_ms is None or rd_ms / max(ms, 1e-3) >= 10)

        rows = []
        for label, name, params, kind in CASES:
            run_named(ox, name, params)  # warm-up
            ox_ms, n_ox, _ = timed(lambda: run_named(ox, name, params), args.runs)
            mem_ms = None
            if mem is not None:
                run_named(mem, name, params)
                mem_ms, n_mem, _ = timed(lambda: run_named(mem, name, params), args.runs)
                if n_mem != n_ox:
                    print(f"  !! {label}: oxigraph on disk {n_ox} rows, in memory {n_mem} rows", file=sys.stderr)
            rd_ms, n_rd, capped = (None, None, False)
            if rd is not None and not any(t in label for t in args.rdflib_skip):
                rd_ms, n_rd, capped = timed(lambda: run_named(rd, name, params), args.runs, args.rdflib_cap)
            target = 50.0 if kind == "one entity" else 1000.0
            rows.append((label, kind, n_ox, ox_ms, mem_ms, rd_ms, capped,
                         meets(ox_ms, rd_ms, target), mem_ms is not None and meets(mem_ms, rd_ms, target)))
            if n_rd is not None and n_rd != n_ox:
                print(f"  !! {label}: oxigraph {n_ox} rows, rdflib {n_rd} rows", file=sys.stderr)
            mem_txt = "" if mem_ms is None else f" / in memory {mem_ms:.1f} ms"
            rd_txt = "" if rd_ms is None else (f" / rdflib > {args.rdflib_cap:g} s ({rd_ms / 1000:.1f} s, one run)"
                                               if capped else f" / rdflib {rd_ms:.0f} ms")
            print(f"  {label}: {ox_ms:.1f} ms{mem_txt}{rd_txt}", file=sys.stderr, flush=True)

        def ratio(ms, rd_ms, capped):
            if rd_ms is None or ms is None:
                return "-"
            return f"> {args.rdflib_cap * 1000 / max(ms, 1e-3):.0f}x" if capped else f"{rd_ms / max(ms, 1e-3):.1f}x"

        print(f"\n{n} quads; oxigraph load {ox_load:.1f} s on disk"
              + ("" if mem is None else f", {mem_load:.1f} s in memory")
              + f"; median of {args.runs} runs (rdflib: one run when it exceeds {args.rdflib_cap:g} s)")
        print(f"| {'query':40} | {'kind':11} | {'disk ms':>8} | {'memory ms':>9} | {'rdflib ms':>10} "
              f"| {'ratio disk':>10} | {'ratio memory':>12} | {'rows':>6} | ok disk | ok memory |")
        print(f"|{'-' * 42}|{'-' * 13}|{'-' * 9}:|{'-' * 10}:|{'-' * 11}:|{'-' * 11}:|{'-' * 13}:|{'-' * 7}:"
              f"|---------|-----------|")
        for label, kind, n_rows, ox_ms, mem_ms, rd_ms, capped, ok, ok_mem in rows:
            rd_s = "-" if rd_ms is None else (f"> {args.rdflib_cap * 1000:.0f}" if capped else f"{rd_ms:.0f}")
            mem_s = "-" if mem_ms is None else f"{mem_ms:.1f}"
            print(f"| {label:40} | {kind:11} | {ox_ms:>8.1f} | {mem_s:>9} | {rd_s:>10} | {ratio(ox_ms, rd_ms, capped):>10} "
                  f"| {ratio(mem_ms, rd_ms, capped):>12} | {n_rows:>6} | {'yes' if ok else 'NO':7} "
                  f"| {('-' if mem_ms is None else 'yes' if ok_mem else 'NO'):9} |")
        ox.close()


if __name__ == "__main__":
    main()
