"""A build killed with SIGKILL part-way leaves the previous outputs intact, and the next
build reuses the articles already extracted (real `kg build` subprocesses)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

ROOT = Path(__file__).resolve().parents[1]
KG = str(Path(sys.executable).with_name("kg"))
sys.path.insert(0, str(ROOT / "bench"))

N_BIG = 240          # slow enough with the small model to be killed part-way (~10 s)
MODEL = "fr_core_news_sm"


def _run(args, **kw):
    return subprocess.run([KG, "build", *args], capture_output=True, text=True, timeout=600, **kw)


def _cache_entries(out: Path) -> int:
    return sum(1 for _ in (out / ".cache").rglob("*.json")) if (out / ".cache").exists() else 0


@pytest.mark.slow
def test_kill_9_keeps_previous_outputs_and_next_build_resumes(tmp_path):
    from make_corpus import write_corpus

    small = write_corpus(3, tmp_path / "small")
    big = write_corpus(N_BIG, tmp_path / "big")
    out = tmp_path / "out"
    common = ["--out", str(out), "--model", MODEL, "--no-html", "--no-validate"]

    first = _run([str(small), *common])
    assert first.returncode == 0, first.stderr
    before = {name: (out / name).read_bytes() for name in ("graph.trig", "graph.ttl", "build.json")}
    n_small = _cache_entries(out)
    assert n_small == 3

    # a second build on the big corpus, killed once a fair share of the articles is cached
    proc = subprocess.Popen([KG, "build", str(big), *common], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 300
    try:
        while _cache_entries(out) < n_small + 30:
            assert proc.poll() is None, f"build ended before it could be killed: {proc.stderr.read()}"
            assert time.monotonic() < deadline, "no progress"
            time.sleep(0.05)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done_when_killed = _cache_entries(out) - n_small
    assert 0 < done_when_killed < N_BIG

    # the previous outputs are there, unchanged, and parse
    for name, data in before.items():
        assert (out / name).read_bytes() == data, f"{name} changed"
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    Graph().parse(out / "graph.ttl", format="turtle")
    assert json.loads((out / "build.json").read_text())["articles"] == 3
    if (out / "store").exists():
        import pyoxigraph as ox
        assert len(ox.Store.read_only(str(out / "store"))) == sum(len(g) for g in ds.graphs())

    # the next build resumes: everything extracted before the kill is reused
    again = _run([str(big), *common])
    assert again.returncode == 0, again.stderr
    report = json.loads((out / "build.json").read_text())
    assert report["articles"] == N_BIG
    assert report["reused"] >= done_when_killed
    assert report["reused"] + report["recomputed"] == N_BIG
    assert report["removed"] == 0                       # same ids synth-00000..2 in both corpora
    assert _cache_entries(out) == N_BIG                 # the small corpus' entries were pruned
    assert not list(tmp_path.glob(".out.building-*"))   # the killed build's staging dir is gone
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    from kg.namespace import AIKG
    from rdflib.namespace import RDF
    assert len(set(ds.subjects(RDF.type, AIKG.Article))) == N_BIG


# --------------------------------------------------------------------------- failure while writing outputs

from test_cache import SETTINGS, _corpus, fake_extract  # noqa: E402,F401  (fixture reused)


def test_failure_while_writing_outputs_keeps_previous_ones(tmp_path, fake_extract, monkeypatch):
    """A full disk (or any error) in the output stage: previous outputs untouched, no leftovers."""
    from kg import pipeline
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    pipeline.build([corpus], out, SETTINGS)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (corpus / "c.txt").unlink()

    def disk_full(staging, notes):
        (staging / "graph.trig").write_text("@prefix broken", encoding="utf-8")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(pipeline, "_store_path", disk_full)
    with pytest.raises(OSError):
        pipeline.build([corpus], out, SETTINGS)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_interrupted_store_swap_is_repaired(tmp_path):
    """Killed between the two renames of the store swap: the next build puts the old store back."""
    from kg.pipeline import _clean_stale
    out = tmp_path / "out"
    (out / ".store.old-999999").mkdir(parents=True)
    (out / ".store.old-999999" / "x").write_text("old", encoding="utf-8")
    (tmp_path / ".out.building-999999").mkdir()
    _clean_stale(out)
    assert (out / "store" / "x").read_text() == "old"
    assert not (tmp_path / ".out.building-999999").exists()
