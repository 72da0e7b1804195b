"""Time the network view on synthetic graphs of 500, 2,000 and 5,000 entities.

For each size: writing the page (Python: layout + JSON + template), then opening it in
headless chromium (Debian's, via Playwright; no browser download) until it has finished
laying out and drawing (``body[data-ready]``, set by the page after stabilisation or,
past kg.viz.LARGE_GRAPH nodes, after the first draw of the precomputed layout).

    .venv/bin/python bench/bench_viz.py [SIZES...] [--repeat N]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_browser import CHROMIUM_ARGS, chromium_path  # noqa: E402
from test_viz import synthetic_graph  # noqa: E402

from kg.viz import LARGE_GRAPH, write_graph_html  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[500, 2000, 5000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    exe = chromium_path()
    if not exe:
        sys.exit("chromium not installed: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="bench-viz-"))
    print(f"{'nodes':>6} {'edges':>6} {'layout':>8} {'write ms':>9} {'open+draw ms':>13} {'MB':>5}")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
            for n in args.sizes:
                g = synthetic_graph(n)
                t = time.perf_counter()
                path = write_graph_html(g, tmp / f"g{n}.html")
                write_ms = (time.perf_counter() - t) * 1000
                runs = []
                for _ in range(args.repeat):
                    page = browser.new_page(viewport={"width": 1300, "height": 800})
                    t = time.perf_counter()
                    page.goto(path.as_uri())
                    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=300_000)
                    runs.append((time.perf_counter() - t) * 1000)
                    page.close()
                layout = "static" if n > LARGE_GRAPH else "physics"
                print(f"{n:>6} {g.number_of_edges():>6} {layout:>8} {write_ms:>9.0f} "
                      f"{statistics.median(runs):>13.0f} {path.stat().st_size / 1e6:>5.1f}", flush=True)
            browser.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
