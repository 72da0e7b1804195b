"""The map step on other executors gives the same graph as the in-process one.

A real dask cluster is started as separate processes on 127.0.0.1 (``dask scheduler``
and ``dask worker`` from the venv), the seeds are built with ``--executor dask
--scheduler tcp://127.0.0.1:PORT``, and the dataset must be isomorphic to the local
build's. The local process pool (``--jobs 2``) is checked the same way.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import distributed  # noqa: E402,F401  (a test dependency: the cluster executor)

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
KG = str(BIN / "kg")
MODEL = "fr_core_news_sm"
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _quads_graph(out: Path) -> Graph:
    """All quads of OUT/graph.trig as one graph of (s, p, o) plus a graph-membership triple,
    so that isomorphism also compares which named graph holds what."""
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    g = Graph()
    from rdflib import URIRef
    for s, p, o, c in ds.quads((None, None, None, None)):
        g.add((s, p, o))
        if c is not None:
            ctx = c.identifier if hasattr(c, "identifier") else c
            g.add((s, URIRef("urn:test:inGraph"), ctx))
    return g


def _assert_same(a: Graph, b: Graph) -> None:
    if isomorphic(a, b):
        return
    _both, first, second = graph_diff(to_isomorphic(a), to_isomorphic(b))
    lines = sorted(first.serialize(format="nt").splitlines())[:20]
    lines2 = sorted(second.serialize(format="nt").splitlines())[:20]
    pytest.fail("graphs differ\nonly in the first:\n  " + "\n  ".join(lines)
                + "\nonly in the second:\n  " + "\n  ".join(lines2))


def _build(out: Path, *args: str, corpus: Path | None = None, validate: bool = False) -> subprocess.CompletedProcess:
    p = subprocess.run([KG, "build", str(corpus or ROOT / "seeds"), "--out", str(out), "--model", MODEL,
                        "--no-html", "--no-cache", *([] if validate else ["--no-validate"]), *args],
                       capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stderr
    return p


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds plus a few synthetic articles: several chunks, so that order matters."""
    sys.path.insert(0, str(ROOT / "bench"))
    from make_corpus import write_corpus
    d = tmp_path_factory.mktemp("corpus")
    for f in (ROOT / "seeds").iterdir():
        shutil.copy(f, d / f.name)
    write_corpus(40, d)
    return d


def _version(out: Path) -> str:
    import json
    return json.loads((out / "build.json").read_text(encoding="utf-8"))["pipeline_version"]


class Reference:
    """The in-process build, rebuilt if the extraction code changed in between (pipeline version)."""

    def __init__(self, root: Path, corpus: Path):
        self.root, self.corpus, self.n = root, corpus, 0
        self.version, self.graph = None, None
        self.refresh()

    def refresh(self) -> None:
        self.n += 1
        out = self.root / f"local{self.n}"
        _build(out, corpus=self.corpus)
        self.version, self.graph = _version(out), _quads_graph(out)

    def check(self, out: Path) -> None:
        if _version(out) != self.version:
            self.refresh()
        assert _version(out) == self.version, "the extraction code changed during the test"
        _assert_same(self.graph, _quads_graph(out))


@pytest.fixture(scope="module")
def local_graph(tmp_path_factory, corpus) -> Reference:
    return Reference(tmp_path_factory.mktemp("local"), corpus)


@pytest.fixture(scope="module")
def cluster():
    """A real scheduler and two workers, separate processes on 127.0.0.1."""
    from kg.executors import dask_processes
    with dask_processes(2) as addr:
        yield addr


def test_dask_cluster_build_is_isomorphic_to_local(tmp_path, corpus, local_graph, cluster):
    out = tmp_path / "out"
    _build(out, "--executor", "dask", "--scheduler", cluster, "--batch-size", "4", corpus=corpus)
    local_graph.check(out)


def test_process_pool_build_is_isomorphic_to_local(tmp_path, corpus, local_graph):
    out = tmp_path / "out"
    _build(out, "--jobs", "2", "--batch-size", "4", corpus=corpus, validate=True)
    local_graph.check(out)
    report = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert report["validation"]["conforms"] is True           # SHACL batches ran on the pool too
    assert "validate (after the files)" in report["timings"]


def test_unreachable_scheduler_is_a_clean_error(tmp_path):
    p = subprocess.run([KG, "build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--model", MODEL,
                        "--executor", "dask", "--scheduler", f"tcp://127.0.0.1:{_free_port()}", "--no-cache"],
                       capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s"))
    assert p.returncode != 0
    assert "Traceback" not in p.stderr
    assert "scheduler" in p.stderr
