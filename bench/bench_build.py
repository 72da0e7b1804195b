#!/usr/bin/env python
"""Throughput, memory and cache benchmarks of `kg build` (prints figures; not a test).

    python bench/bench_build.py --sizes 100 1000 [--model fr_core_news_md] [--jobs 1 2] [--dask]
                                [--workdir /tmp/kg-bench]

For each corpus size (synthetic, from bench/make_corpus.py):

* raw ``nlp.pipe`` words/s of the model on the same texts (one process, and
  ``n_process=2`` when 2 is among ``--jobs``): the ceiling of the map step;
* a cold ``kg build`` (no cache) per ``--jobs`` value, and per dask cluster when ``--dask``:
  words/s, articles/s, peak RSS (of the build process and its children), ratio to raw nlp.pipe;
* a warm rebuild (everything cached): time and ratio to the cold build;
* one changed article: time and how many articles were extracted again.

Each build runs as a separate ``kg build`` process, so peak RSS is measured per build
(``resource.getrusage(RUSAGE_CHILDREN)`` read through a tiny wrapper).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "bench"))

WRAPPER = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
dt = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": p.returncode, "seconds": dt, "maxrss_mb": ru.ru_maxrss / 1024, "stderr": p.stderr[-2000:]}))
"""


def run_build(corpus: Path, out: Path, *args: str) -> dict:
    cmd = [sys.executable, "-c", WRAPPER, str(BIN / "kg"), "build", str(corpus), "--out", str(out),
           "--no-html", *args]
    p = subprocess.run(cmd, capture_output=True, text=True, check=True)
    res = json.loads(p.stdout.strip().splitlines()[-1])
    if res["rc"] != 0:
        raise SystemExit(f"kg build failed: {res['stderr']}")
    res["report"] = json.loads((out / "build.json").read_text(encoding="utf-8"))
    return res


def raw_pipe(texts: list[str], model: str, n_process: int, batch_size: int = 32) -> float:
    """Seconds of a bare nlp.pipe over texts (model load excluded), in a fresh process."""
    code = (
        "import json,sys,time,spacy\n"
        "texts=json.load(sys.stdin)\n"
        f"nlp=spacy.load({model!r})\n"
        "list(nlp.pipe(texts[:8]))\n"
        "t=time.perf_counter()\n"
        f"for _ in nlp.pipe(texts, batch_size={batch_size}, n_process={n_process}): pass\n"
        "print(time.perf_counter()-t)\n")
    p = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True,
                       text=True, check=True)
    return float(p.stdout.strip().splitlines()[-1])


def reduce_scale(n: int, source_out: Path, workdir: Path, common: list[str]) -> None:
    """Peak RSS and time of the reduce step at ``n`` articles, without running the NLP.

    The cache of a finished build (``source_out``, m articles) is replicated: article ``i`` of a
    fresh n-article synthetic corpus gets the extraction result of article ``i % m`` (its
    mentions and relations; offsets then point into another text, which does not matter for
    time and memory). A warm ``kg build`` then runs resolution and every output on n articles.
    """
    from kg.articles import read_articles
    from kg.cache import ResultCache, article_key
    from kg.records import ArticleResult
    from make_corpus import write_corpus

    version = json.loads((source_out / "build.json").read_text())["pipeline_version"].split("-", 1)[1]
    src = ResultCache(source_out / ".cache", version)
    pool = [ArticleResult.from_dict(json.loads(p.read_text())) for p in sorted(src.dir.rglob("*.json"))]
    corpus = workdir / f"corpus-{n}"
    if not corpus.exists() or len(list(corpus.glob("*.txt"))) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        write_corpus(n, corpus)
    out = workdir / f"out-{n}-reduce"
    shutil.rmtree(out, ignore_errors=True)
    dst = ResultCache(out / ".cache", version)
    words = 0
    for i, a in enumerate(x for x in read_articles([corpus]) if not hasattr(x, "reason")):
        r = pool[i % len(pool)]
        dst.put(article_key(a), ArticleResult(a, r.mentions, r.relations))
        words += len(a.text.split())
    res = run_build(corpus, out, *common)
    rep = res["report"]
    print(f"reduce only, {n} articles ({len(pool)} results replicated): {res['seconds']:.1f} s, "
          f"peak RSS {res['maxrss_mb']:.0f} MB, reused {rep['reused']}, "
          f"{sum(rep['entities_by_type'].values())} entities, "
          f"{sum(rep['relations_by_predicate'].values())} relations  [timings {rep['timings']}]")


def fmt(x: float) -> str:
    return f"{x:,.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--dask", action="store_true", help="also build on a local 2-worker dask cluster")
    ap.add_argument("--validate", action="store_true", help="keep SHACL validation on (slow on big graphs)")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench"))
    ap.add_argument("--reduce-scale", type=int, nargs="*", default=[],
                    help="also time the reduce step alone at these sizes, from the largest build's cache")
    ap.add_argument("--skip-builds", action="store_true", help="only run --reduce-scale (from earlier builds)")
    args = ap.parse_args()

    from make_corpus import load_names, make_article, write_corpus
    common = ["--model", args.model] + ([] if args.validate else ["--no-validate"])
    rows = []
    for n in ([] if args.skip_builds else args.sizes):
        corpus = args.workdir / f"corpus-{n}"
        if not corpus.exists() or len(list(corpus.glob("*.txt"))) != n:
            shutil.rmtree(corpus, ignore_errors=True)
            write_corpus(n, corpus)
        names = load_names()
        texts = [make_article(i, names)["text"] for i in range(n)]
        words = sum(len(t.split()) for t in texts)
        print(f"\n== {n} synthetic articles, {fmt(words)} words, model {args.model}")

        raw = {}
        for j in sorted(set(args.jobs) & {1, 2}):
            sec = raw_pipe(texts, args.model, j)
            raw[j] = words / sec
            print(f"raw nlp.pipe n_process={j}: {sec:.1f} s, {fmt(raw[j])} words/s")

        for j in args.jobs:
            out = args.workdir / f"out-{n}-j{j}"
            shutil.rmtree(out, ignore_errors=True)
            cold = run_build(corpus, out, *common, "--jobs", str(j))
            r = cold["report"]
            map_s = r["timings"].get("map", 0.0)
            wps = words / cold["seconds"]
            ref = raw.get(j) or raw.get(1)
            print(f"cold build --jobs {j}: {cold['seconds']:.1f} s (map {map_s:.1f} s), {fmt(wps)} words/s, "
                  f"{n / cold['seconds']:.1f} articles/s, peak RSS {cold['maxrss_mb']:.0f} MB, "
                  f"end-to-end/raw = {wps / ref:.2f}, map-only/raw = {words / map_s / ref:.2f}"
                  f"  [timings {r['timings']}]")
            rows.append({"n": n, "jobs": j, "cold_s": cold["seconds"], "wps": wps, "rss": cold["maxrss_mb"],
                         "ratio": wps / ref})
            if j == args.jobs[0]:
                warm = run_build(corpus, out, *common, "--jobs", str(j))
                # (an up-to-date build leaves build.json as the last real build wrote it)
                print(f"warm rebuild (up to date): {warm['seconds']:.1f} s = {warm['seconds'] / cold['seconds']:.1%}"
                      f" of cold, peak RSS {warm['maxrss_mb']:.0f} MB")
                (out / "graph.ttl").unlink()         # an output missing: the whole reduce step runs
                forced = run_build(corpus, out, *common, "--jobs", str(j))
                print(f"warm rebuild, reduce step forced: {forced['seconds']:.1f} s = "
                      f"{forced['seconds'] / cold['seconds']:.1%} of cold, recomputed {forced['report']['recomputed']},"
                      f" peak RSS {forced['maxrss_mb']:.0f} MB  [timings {forced['report']['timings']}]")
                victim = sorted(corpus.glob("*.txt"))[0]
                original = victim.read_text(encoding="utf-8")
                victim.write_text(original + "\nMeta a lancé le modèle Llama 9.\n", encoding="utf-8")
                try:
                    one = run_build(corpus, out, *common, "--jobs", str(j))
                finally:
                    victim.write_text(original, encoding="utf-8")
                print(f"one changed article: {one['seconds']:.1f} s, recomputed {one['report']['recomputed']}, "
                      f"reused {one['report']['reused']}")

        if args.dask:
            from kg.executors import dask_processes
            with dask_processes(2) as addr:
                out = args.workdir / f"out-{n}-dask"
                shutil.rmtree(out, ignore_errors=True)
                d = run_build(corpus, out, *common, "--executor", "dask", "--scheduler", addr, "--no-cache")
                wps = words / d["seconds"]
                print(f"dask 2 workers: {d['seconds']:.1f} s, {fmt(wps)} words/s, {n / d['seconds']:.1f} articles/s, "
                      f"client RSS {d['maxrss_mb']:.0f} MB, ratio to raw 2-proc {wps / raw.get(2, raw.get(1)):.2f}")

    for n in args.reduce_scale:
        reduce_scale(n, args.workdir / f"out-{max(args.sizes)}-j{args.jobs[0]}", args.workdir, common)

    if len(args.sizes) > 1 and rows:
        by = {(r["n"], r["jobs"]): r for r in rows}
        small, big = min(args.sizes), max(args.sizes)
        for j in args.jobs:
            if (small, j) in by and (big, j) in by:
                print(f"peak RSS {big} vs {small} articles (--jobs {j}): "
                      f"{by[(big, j)]['rss'] / by[(small, j)]['rss']:.2f}x")


if __name__ == "__main__":
    main()
