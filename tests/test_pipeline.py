"""`kg build` end to end on a few hand-written French articles (not the seeds' sentences)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from kg.namespace import AIKG
from kg.settings import Settings

KG = [str(Path(sys.executable).with_name("kg"))]

ARTICLES = {
    "mistral.txt": (
        "Titre: Mistral AI recrute\nDate: 2026-02-03\n\n"
        "Arthur Mensch, PDG de Mistral AI, a annoncé mardi l'ouverture d'un nouveau bureau à Londres. "
        "La start-up parisienne a lancé le modèle Mistral Medium 3 le mois dernier. "
        "Selon Les Échos, Nvidia a investi dans Mistral AI lors de sa dernière levée de fonds. "
        "L'entreprise compte recruter une centaine d'ingénieurs d'ici la fin de l'année."
    ),
    "google.md": (
        "---\ntitle: Google présente Gemini\ndate: 2026-03-12\n---\n\n"
        "Google a lancé le modèle Gemini 3 lors d'une conférence organisée à Mountain View. "
        "Demis Hassabis, directeur de Google DeepMind, a présenté les performances du nouveau modèle. "
        "Le groupe entend ainsi rivaliser avec OpenAI sur le marché des assistants conversationnels."
    ),
}


def _corpus(folder: Path, bad: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    if bad:
        (folder / "vide.txt").write_text("", encoding="utf-8")
        (folder / "casse.json").write_text('{"id": "x", "text": ', encoding="utf-8")
    return folder


def _env():
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    env["COLUMNS"] = "200"
    return env


# --------------------------------------------------------------------------- library (slow: real model)

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from kg.pipeline import build
    root = tmp_path_factory.mktemp("pipeline")
    corpus = _corpus(root / "corpus")
    problems, steps = [], []
    report = build([corpus], root / "out", Settings(), on_problem=problems.append,
                   progress=lambda stage, done, total: steps.append((stage, done, total)))
    return report, problems, root / "out", steps


@pytest.mark.slow
def test_outputs_exist_and_parse(built):
    report, _problems, out, _steps = built
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    assert len(ds) > 0
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    assert len(g) > 0
    arts = set(ds.subjects(RDF.type, AIKG.Article))
    assert {str(a).rsplit("/", 1)[1] for a in arts} == {"mistral", "google"}
    import pyoxigraph as ox
    store = ox.Store.read_only(str(out / "store"))
    assert len(store) == sum(len(g) for g in ds.graphs())   # same quads as graph.trig
    if "graph.html" in report.outputs:
        assert (out / "graph.html").stat().st_size > 0


@pytest.mark.slow
def test_summary_counts_and_bad_inputs_skipped(built):
    report, problems, out, _steps = built
    assert report.articles == 2
    assert sorted(Path(p.source).name for p in report.skipped) == ["casse.json", "vide.txt"]
    assert problems == report.skipped
    assert report.entities > 0 and report.entities_by_type.get("Organization", 0) >= 2
    assert report.recomputed == 2 and report.reused == 0
    assert report.words > 80 and report.seconds > 0
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    subjects = {str(s) for s in ds.all_nodes()}
    # facts of the good articles are kept despite the bad ones
    assert any(s.endswith("organization/mistral-ai") for s in subjects)
    assert any(s.endswith("organization/google") for s in subjects)
    assert report.relations == sum(1 for _ in _direct(ds))
    if report.validation is not None:
        assert report.validation.conforms, report.validation.summary()


@pytest.mark.slow
def test_progress_follows_every_stage(built):
    """The progress callback advances through every stage, the reduce step included, in order,
    and each counted stage reaches its total."""
    from kg.pipeline import STAGES
    report, _problems, _out, steps = built
    seen = list(dict.fromkeys(stage for stage, _done, _total in steps))
    assert seen == [s for s in STAGES if s != "validate" or report.validation is not None]
    extract = [done for stage, done, _ in steps if stage == "extract"]
    assert extract == list(range(1, len(extract) + 1)) and extract[-1] >= report.articles
    for stage in ("resolve", "write", "outputs"):
        last = [(done, total) for s, done, total in steps if s == stage][-1]
        assert last[0] == last[1] and last[1] >= 1, (stage, last)
    assert [t for s, _d, t in steps if s == "write"][-1] == report.articles + 1   # entities graph + articles


@pytest.mark.slow
def test_unchanged_rebuild_keeps_the_shacl_report(built, tmp_path):
    """Building the same corpus again is 'up to date' and reports the same SHACL results."""
    from kg.pipeline import build
    report, _problems, out, _steps = built
    corpus = out.parent / "corpus"
    again = build([corpus], out, Settings())
    assert any("up to date" in n for n in again.notes)
    assert again.validation is not None and report.validation is not None
    assert again.validation.conforms == report.validation.conforms
    assert [str(v) for v in again.validation.violations] == [str(v) for v in report.validation.violations]
    assert again.relations == report.relations and again.entities == report.entities


def _direct(ds):
    from kg.rdf import iter_relations
    return iter_relations(ds)


# --------------------------------------------------------------------------- CLI

@pytest.mark.slow
def test_cli_build_prints_skips_and_summary(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    p = subprocess.run([*KG, "build", str(corpus), "--out", str(out), "--no-html", "--no-validate"],
                       capture_output=True, text=True, env=_env(), timeout=300)
    assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stderr
    skipped = [l for l in p.stderr.splitlines() if l.startswith("skipped ")]
    assert len(skipped) == 2 and any("vide.txt: " in l for l in skipped)
    for word in ("articles", "2 read, 2 skipped", "entities", "relations", "words/s", "graph.trig"):
        assert word in p.stdout
    assert (out / "graph.trig").exists() and (out / "graph.ttl").exists()
    assert not (out / "graph.html").exists()


def test_cli_strict_fails_cleanly(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    p = subprocess.run([*KG, "build", str(corpus), "--out", str(out), "--strict"],
                       capture_output=True, text=True, env=_env(), timeout=120)
    assert p.returncode != 0
    assert "Traceback" not in p.stderr + p.stdout
    assert "error:" in p.stderr and "vide.txt" in p.stderr and "casse.json" in p.stderr
    assert not (out / "graph.trig").exists()


def test_cli_no_article_at_all(tmp_path):
    corpus = tmp_path / "empty"
    corpus.mkdir()
    (corpus / "vide.txt").write_text("", encoding="utf-8")
    p = subprocess.run([*KG, "build", str(corpus), "--out", str(tmp_path / "out")],
                       capture_output=True, text=True, env=_env(), timeout=120)
    assert p.returncode != 0
    assert "Traceback" not in p.stderr
    assert "no article could be read" in p.stderr


@pytest.mark.parametrize("args", [["--model", "en_core_web_sm"], ["--jobs", "0"], ["--executor", "ray"],
                                  ["--lexicon", "/nonexistent.jsonl"], ["--scheduler", "tcp://x:1"]])
def test_cli_bad_options_exit_2(tmp_path, args):
    from typer.testing import CliRunner
    from kg.cli import app
    r = CliRunner().invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out"), *args])
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "Traceback" not in r.output
    assert not (tmp_path / "out").exists()


def test_library_strict_raises_input_error(tmp_path):
    from kg.errors import InputError
    from kg.pipeline import build
    corpus = _corpus(tmp_path / "corpus")
    seen = []
    with pytest.raises(InputError, match="2 input"):
        build([corpus], tmp_path / "out", Settings(strict=True), on_problem=seen.append)
    assert len(seen) == 2


# --------------------------------------------------------------------------- streaming writer

def test_streaming_writer_gives_to_datasets_quads(small_resolved, tmp_path):
    """The build writes quads article by article (kg.rdf.iter_graphs) instead of
    building kg.rdf.to_dataset's whole Dataset: both must give the same quads."""
    from kg.pipeline import _nquad_lines
    from kg.rdf import iter_graphs
    from kg.rdf import to_dataset
    expected = {(s, p, o, g.identifier if hasattr(g, "identifier") else g)
                for s, p, o, g in to_dataset(small_resolved).quads((None, None, None, None))}
    data = b"".join(_nquad_lines(name, g.n_triples()) for name, g in iter_graphs(small_resolved))
    got = Dataset()
    got.parse(data=data.decode("utf-8"), format="nquads")
    got_quads = {(s, p, o, g.identifier if hasattr(g, "identifier") else g)
                 for s, p, o, g in got.quads((None, None, None, None))}
    assert got_quads == expected


def test_outputs_without_model(small_resolved, tmp_path):
    """write_outputs on a hand-made Resolved: trig, ttl (merged graph), store, relation counts."""
    from kg.pipeline import write_outputs
    from kg.rdf import iter_relations, merged_graph, to_dataset
    from collections import Counter
    notes, timings = [], {}
    rels, validation = write_outputs(small_resolved, tmp_path, Settings(html=False), notes, None, timings)
    ds = to_dataset(small_resolved)
    assert rels == dict(sorted(Counter(p for _s, p, _o in iter_relations(ds)).items()))
    trig = Dataset()
    trig.parse(tmp_path / "graph.trig", format="trig")     # written as the graphs stream by

    def quads(d):
        return {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in d.quads()}
    assert quads(trig) == quads(ds)
    import pyoxigraph as ox                                   # the store holds the same quads
    from kg.store import STORE_DIR
    store = ox.Store.read_only(str(tmp_path / STORE_DIR))
    assert len(store) == len(quads(ds))
    ttl = Graph()
    ttl.parse(tmp_path / "graph.ttl", format="turtle")
    from rdflib.compare import isomorphic
    assert isomorphic(ttl, merged_graph(ds))
    assert not (tmp_path / "graph.nq").exists()
    if validation is not None:
        assert validation.conforms, validation.summary()


def test_batched_validation_matches_whole_graph(small_resolved, monkeypatch):
    from kg.validate import validate
    from kg import pipeline
    from kg.rdf import to_dataset
    whole = validate(to_dataset(small_resolved))
    monkeypatch.setattr(pipeline, "VALIDATE_BATCH_TRIPLES", 1)   # one article graph per batch
    notes = []
    batched = pipeline._validate_batches(small_resolved, None, notes)
    assert batched.conforms == whole.conforms
    assert {str(v) for v in batched.violations} == {str(v) for v in whole.violations}
    assert notes and "2 batches" in notes[0]


def _broken(resolved):
    """The small graph with a fact whose object has the wrong type (a Place employs someone)."""
    import dataclasses
    bad = dataclasses.replace(resolved.facts[-1], predicate="worksFor", object="Place/paris",
                              evidence="Arthur Mensch travaille pour Paris.", start=300)
    return dataclasses.replace(resolved, facts=[*resolved.facts, bad])


def test_batches_hold_only_the_entities_they_use(small_resolved, monkeypatch):
    """Each article batch carries the entity triples of the nodes it uses, not the whole entities
    graph, and a type error that needs the entities graph is still found batch by batch."""
    from kg import pipeline
    from kg.validate import validate
    from kg.rdf import to_dataset
    monkeypatch.setattr(pipeline, "VALIDATE_BATCH_TRIPLES", 1)
    broken = _broken(small_resolved)
    from rdflib import Graph
    graphs = []
    for _key, parts in pipeline._batches(broken):
        g = Graph()
        for part in parts:
            g.addN((*t, g) for t in part)
        graphs.append(g)
    assert len(graphs) == 3                       # entities, a1, a2
    entities, a2 = graphs[0], graphs[2]
    from rdflib import URIRef
    from rdflib.namespace import RDF
    typed = {str(s).rsplit("/", 1)[-1] for s in a2.subjects(RDF.type, None) if isinstance(s, URIRef)}
    assert "les-echos" in {str(s).rsplit("/", 1)[-1] for s in entities.subjects(RDF.type, None)}
    assert "les-echos" not in typed and "paris" in typed and "vivatech" in typed
    whole = validate(to_dataset(broken))
    batched = pipeline._validate_batches(broken, None, [])
    assert not whole.conforms and not batched.conforms
    assert {str(v) for v in batched.errors} == {str(v) for v in whole.errors}


def test_validation_reports_are_cached_per_batch(small_resolved, monkeypatch, tmp_path):
    """A second run validates nothing; changing one article validates that article's batch again."""
    import dataclasses
    from kg import pipeline
    from kg import validate as validate_mod
    monkeypatch.setattr(pipeline, "VALIDATE_BATCH_TRIPLES", 1)
    calls = []
    real = validate_mod.validate_ntriples
    monkeypatch.setattr(validate_mod, "validate_ntriples", lambda text: calls.append(len(text)) or real(text))
    first = pipeline._validate_batches(small_resolved, tmp_path, [], prune=True)
    assert len(calls) == 3 and first.conforms
    calls.clear()
    notes = []
    again = pipeline._validate_batches(small_resolved, tmp_path, notes, prune=True)
    assert calls == [] and "3 of 3 reports reused" in notes[0]
    assert {str(v) for v in again.violations} == {str(v) for v in first.violations}
    changed = _broken(small_resolved)            # one more fact in article a2
    third = pipeline._validate_batches(changed, tmp_path, [], prune=True)
    assert len(calls) == 1 and not third.conforms
    assert len(list((tmp_path / "validation").glob("*.pickle"))) == 3   # the stale a2 report pruned


def test_batches_validated_by_a_thread_pool_agree_with_one_thread(small_resolved, monkeypatch, tmp_path):
    """With jobs > 1 the SHACL batches go to a pool of threads: same findings, same per-batch cache."""
    from kg import pipeline
    monkeypatch.setattr(pipeline, "VALIDATE_BATCH_TRIPLES", 1)
    broken = _broken(small_resolved)
    serial = pipeline._validate_batches(broken, None, [], jobs=1)
    seen = []
    pooled = pipeline._validate_batches(broken, tmp_path, [], lambda *a: seen.append(a), jobs=2)
    assert not pooled.conforms and pooled.errors
    assert [str(v) for v in pooled.violations] == [str(v) for v in serial.violations]
    assert len(list((tmp_path / "validation").glob("*.pickle"))) == 3      # entities, a1, a2
    assert seen[-1] == ("validate", 3, None)
    notes = []
    pipeline._validate_batches(broken, tmp_path, notes, jobs=2)
    assert "3 of 3 reports reused" in notes[0]


def test_an_output_error_stops_the_shacl_thread_and_is_the_error_reported(small_resolved, monkeypatch, tmp_path):
    """With jobs > 1 SHACL runs in a thread (and a pool) while the files are written: when writing
    fails, that error goes on, and the thread has stopped (no new batch after the error)."""
    import threading
    from kg import pipeline
    monkeypatch.setattr(pipeline, "VALIDATE_BATCH_TRIPLES", 1)

    def boom(_store):
        raise RuntimeError("disk full")
    monkeypatch.setattr(pipeline, "_relation_counts", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        pipeline.write_outputs(small_resolved, tmp_path, Settings(html=False, jobs=2), [], None, {})
    assert not [t for t in threading.enumerate() if t.name == "kg-validate"]


def test_cancelled_validation_stops_before_the_next_batch(small_resolved):
    import threading
    from kg import pipeline
    from kg.errors import KGError
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(KGError, match="cancelled"):
        pipeline._validate_batches(small_resolved, None, [], jobs=2, cancel=cancel)


def test_progress_bar_shows_each_stage_with_its_own_total():
    """kg build's bar: a stage without a known total (SHACL batches) does not keep the total
    of the stage before it ("3/2")."""
    import io
    from rich.console import Console
    from kg.commands.build import STAGE_TEXT, _StageBar
    bar = _StageBar(Console(file=io.StringIO(), force_terminal=True))
    with bar:
        bar.update("extract", 5, None)
        bar.update("outputs", 2, 2)
        bar.update("validate", 3, None)
        (task,) = bar.progress.tasks
        assert (task.description, task.completed, task.total) == (STAGE_TEXT["validate"], 3, None)
        bar.update("validate", 4, None)
        (task,) = bar.progress.tasks
        assert task.completed == 4


def test_validation_runs_outside_the_gil(small_resolved):
    """The engine releases Python's GIL while it validates (the reason kg build validates in
    threads while it writes the files): while a thread validates a batch, this thread keeps
    running Python. Were the GIL held during the native work, this thread would stall for
    about as long as the validation, on every try.

    On a busy machine (CI runs two test workers on two cores) the scheduler may also pause
    this thread now and then, so one try in five has to show the short gaps; an engine
    that holds the GIL fails all five (checked with ``sorted()`` on 3M floats in the worker:
    the gap is the whole call each time)."""
    import threading
    import time
    from kg import pipeline
    from kg.validate import ntriples, validate_ntriples
    triples = [t for _key, parts in pipeline._batches(small_resolved) for part in parts for t in part]
    text = ntriples(triples)
    big = "".join(text.replace("/a1", f"/a1x{i}").replace("/a2", f"/a2x{i}") for i in range(200))
    validate_ntriples(big)                                       # compile, warm up

    def one_try():
        span = []

        def work():
            span.append(time.perf_counter())
            validate_ntriples(big)
            span.append(time.perf_counter())

        worker = threading.Thread(target=work)
        gaps, last = [], time.perf_counter()
        worker.start()
        while worker.is_alive():
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
        worker.join()
        took = span[1] - span[0]
        assert took > 0.05 and len(gaps) > 100, (took, len(gaps))
        return max(gaps), took

    tries = []
    for _ in range(5):
        tries.append(one_try())
        if tries[-1][0] < 0.4 * tries[-1][1]:
            break
    longest, took = tries[-1]
    assert longest < 0.4 * took, tries


@pytest.mark.parametrize("broken", [False, True])
def test_engine_agrees_with_pyshacl_on_the_shipped_shapes(small_resolved, broken):
    """pyshacl-turbo, the engine, finds the same results as pySHACL (the reference, a test
    dependency) on a built graph, valid or with a type error."""
    pyshacl = pytest.importorskip("pyshacl")
    from rdflib import Graph
    from kg import pipeline
    from kg.validate import load_shapes, parse_report, validate_parts
    resolved = _broken(small_resolved) if broken else small_resolved
    parts = [part for _key, ps in pipeline._batches(resolved) for part in ps]
    ours = validate_parts(parts)
    g = Graph().parse(data="".join(t for part in parts for t in _nt_lines(part)), format="nt")
    _c, report, _t = pyshacl.validate(g, shacl_graph=load_shapes(), advanced=True, allow_warnings=True)
    reference = parse_report(report)
    assert ours.conforms is (not broken)
    assert sorted(map(str, ours.violations)) == sorted(map(str, reference))
    assert ours.violations or not broken


def _nt_lines(triples):
    from kg.validate import ntriples
    return [ntriples([t]) for t in triples]


def test_build_summary_counts_shacl_warnings_and_says_where_they_are(tmp_path):
    """A graph that conforms with warnings says how many and where they are listed."""
    import io
    from rich.console import Console
    from kg.commands.build import print_summary
    from kg.pipeline import BuildReport
    from kg.validate import ValidationReport, Violation
    warn = Violation("https://w3id.org/aikg/resource/assertion/x", None, "should name its source", "Warning")
    report = BuildReport(out_dir=tmp_path, articles=1, skipped=[], entities_by_type={}, relations_by_predicate={},
                         reused=0, recomputed=1, removed=0, words=10, seconds=1.0,
                         validation=ValidationReport(conforms=True, violations=[warn, warn]))
    out = io.StringIO()
    print_summary(report, Console(file=out, width=300))
    line = next(x for x in out.getvalue().splitlines() if x.startswith("SHACL"))
    assert "conforms (2 warnings, listed in" in line and "validation.json" in line
    report.validation = ValidationReport(conforms=True, violations=[])
    out = io.StringIO()
    print_summary(report, Console(file=out, width=300))
    assert "warning" not in next(x for x in out.getvalue().splitlines() if x.startswith("SHACL"))


def _small_feed(monkeypatch):
    """A _GraphFeed that holds one graph: the writer can be at most a graph or two ahead."""
    from kg import pipeline
    init = pipeline._GraphFeed.__init__
    monkeypatch.setattr(pipeline._GraphFeed, "__init__", lambda self, maxsize=1: init(self, 1))


def test_validation_starts_while_the_store_pass_runs(small_resolved, monkeypatch, tmp_path):
    """Each graph goes to the SHACL thread as the store pass makes it: with a feed of one graph,
    the first batch is validated before the pass has written its last graph (the writer cannot
    get further ahead), and the findings equal those of the batches of the whole graph."""
    from kg import pipeline
    from kg import validate as validate_mod
    monkeypatch.setattr(pipeline, "VALIDATE_BATCH_TRIPLES", 1)
    _small_feed(monkeypatch)
    events = []
    real = validate_mod.validate_parts
    monkeypatch.setattr(validate_mod, "validate_parts", lambda parts: events.append("engine") or real(parts))
    broken = _broken(small_resolved)
    _rel, report = pipeline.write_outputs(broken, tmp_path, Settings(html=False), [], None, {},
                                          progress=lambda stage, done, total: events.append(stage))
    assert events.index("engine") < events.index("outputs")
    assert events.count("engine") == 3                      # entities, a1, a2
    whole = pipeline._validate_batches(broken, None, [])
    assert not report.conforms and [str(v) for v in report.violations] == [str(v) for v in whole.violations]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_validation_does_not_block_the_writer(small_resolved, monkeypatch, tmp_path, jobs):
    """When the SHACL thread fails, the store pass (waiting on a full feed) goes on, and the
    validation's error is the one raised, with no kg-validate thread left behind."""
    import threading
    from kg import pipeline
    from kg import validate as validate_mod
    monkeypatch.setattr(pipeline, "VALIDATE_BATCH_TRIPLES", 1)
    _small_feed(monkeypatch)

    def fail(parts):
        raise RuntimeError("engine crashed")
    monkeypatch.setattr(validate_mod, "validate_parts", fail)
    out: list = []

    def run():
        try:
            pipeline.write_outputs(small_resolved, tmp_path, Settings(html=False, jobs=jobs), [], None, {})
        except BaseException as exc:  # noqa: BLE001
            out.append(exc)
    writer = threading.Thread(target=run)
    writer.start()
    writer.join(60)
    assert not writer.is_alive(), "the writer is blocked"
    assert len(out) == 1 and "engine crashed" in str(out[0])
    assert not [t for t in threading.enumerate() if t.name == "kg-validate"]


def test_store_loader_loads_every_slice_in_a_thread_and_reports_errors(tmp_path):
    """kg.pipeline._StoreLoader: slices load in order while the caller goes on; after finish()
    every quad is in the store and the loader holds no reference to it (the caller closes and
    reopens OUT/store). A bad slice's error is raised by the next call, not lost."""
    import threading
    import pyoxigraph as ox
    from kg import pipeline

    def nq(i: int) -> bytes:
        return (f"<https://example.org/s{i}> <https://example.org/p> \"{i}\" "
                f"<https://example.org/g{i % 3}> .\n").encode()
    store = ox.Store(str(tmp_path / "store"))
    loader = pipeline._StoreLoader(store)
    for k in range(5):
        loader.load(b"".join(nq(i) for i in range(k * 100, (k + 1) * 100)))
    loader.finish()
    assert len(store) == 500 and loader.store is None
    assert not [t for t in threading.enumerate() if t.name.startswith("kg-store")]

    loader = pipeline._StoreLoader(ox.Store())
    loader.load(b"<https://example.org/s> <https://example.org/p> not-a-term .\n")
    with pytest.raises(SyntaxError):
        loader.load(nq(1))
    loader.finish(wait_only=True)
    assert not [t for t in threading.enumerate() if t.name.startswith("kg-store")]


@pytest.mark.parametrize("option", ["--out", "--cache-dir"])
@pytest.mark.parametrize("where", ["under-a-file", "proc"])
def test_cli_unwritable_folders_are_refused_before_any_work(tmp_path, option, where):
    if where == "proc" and not Path("/proc/self").exists():
        pytest.skip("no /proc here")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    bad = tmp_path / "a-file" / "sub" if where == "under-a-file" else Path("/proc/kg-nope")
    args = ["--out", str(bad)] if option == "--out" else ["--out", str(tmp_path / "out"), "--cache-dir", str(bad)]
    corpus = _corpus(tmp_path / "corpus", bad=False)
    p = subprocess.run([*KG, "build", str(corpus), *args], capture_output=True, text=True, env=_env(), timeout=120)
    assert p.returncode == 2, p.stderr
    assert "Traceback" not in p.stderr
    assert option in p.stderr and ("is not a folder" in p.stderr or "cannot create anything in /proc" in p.stderr)
    assert not (tmp_path / "out").exists()


def test_library_unwritable_cache_folder_is_a_config_error_before_extraction(tmp_path, monkeypatch):
    from kg import executors
    from kg.errors import ConfigError
    from kg.pipeline import build, folder_problem

    def no_extraction(*a, **k):
        raise AssertionError("extraction started")
    monkeypatch.setattr(executors, "map_extract", no_extraction)
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    corpus = _corpus(tmp_path / "corpus", bad=False)
    with pytest.raises(ConfigError, match="cache folder .*a-file/c: .*a-file is not a folder"):
        build([corpus], tmp_path / "out", Settings(cache_dir=str(tmp_path / "a-file" / "c")))
    assert folder_problem(tmp_path / "new" / "deeper") is None and not (tmp_path / "new").exists()
    assert folder_problem(tmp_path) is None and not list(tmp_path.glob(".kg-probe-*"))


# --------------------------------------------------------------------------- curation, through extraction

@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    """A cache folder shared by the curation tests: articles are extracted once, each build
    with its own curation runs the reduce step only."""
    return tmp_path_factory.mktemp("curation-cache")


def _entities(out: Path) -> dict[str, dict]:
    from kg.graphs import fetch_entities
    from kg.store import open_backend
    backend = open_backend(out)
    try:
        return {str(iri): e for iri, e in fetch_entities(backend).items()}
    finally:
        backend.close()


def _curated_build(tmp_path, shared_cache, corpus, curation: str | None):
    from kg.pipeline import build
    files = []
    if curation is not None:
        (tmp_path / "c.yaml").write_text(curation, encoding="utf-8")
        files = [str(tmp_path / "c.yaml")]
    out = tmp_path / ("out-curated" if files else "out-plain")
    build([corpus], out, Settings(curation=tuple(files), cache_dir=str(shared_cache), html=False, validate=False))
    return _entities(out)


@pytest.mark.slow
def test_split_separates_a_misspelling_the_lexicon_labelled(tmp_path, shared_cache):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "apps.txt").write_text(
        "date: 2026-02-10\n\nMeta va intégrer son assistant dans ses applications : Facebook, Instagra et "
        "WhatsApp. Instagram compte deux milliards d'utilisateurs.\n", encoding="utf-8")
    plain = _curated_build(tmp_path, shared_cache, corpus, None)
    insta = [e for e in plain.values() if e["label"] == "Instagram"]
    assert len(insta) == 1 and "Instagra" in insta[0]["aliases"]       # the typo is resolved to Instagram
    curated = _curated_build(tmp_path, shared_cache, corpus, "split: [{name: Instagra, not: Instagram}]\n")
    by_label = {e["label"]: e for e in curated.values()}
    assert "Instagra" in by_label and "Instagra" not in by_label["Instagram"]["aliases"]


@pytest.mark.slow
@pytest.mark.parametrize("group", [["Google", "Google DeepMind"], ["Google DeepMind", "Google"]])
def test_merge_joins_every_form_of_the_named_entities_whatever_the_order(tmp_path, shared_cache, group):
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    plain = _curated_build(tmp_path, shared_cache, seeds, None)
    named = {e["label"] for e in plain.values()}
    assert set(group) <= named                                          # two entities before
    curated = _curated_build(tmp_path, shared_cache, seeds, f"merge: [[{group[0]}, {group[1]}]]\n")
    labels = [e["label"] for e in curated.values()]
    assert group[0] in labels and group[1] not in labels                # one entity, the first name's
    (merged,) = [e for e in curated.values() if e["label"] == group[0]]
    assert group[1] in merged["aliases"]
    assert len(curated) == len(plain) - 1


@pytest.mark.slow
def test_changes_lists_no_false_hires(tmp_path, shared_cache):
    from kg.analytics import changes
    from kg.graphs import to_networkx
    from kg.pipeline import build
    from kg.store import open_backend
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    for f in seeds.iterdir():
        (corpus / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "dupont.txt").write_text(
        "date: 2026-03-10\n\nJean Dupont, ancien chercheur de Google DeepMind, rejoint Mistral AI.\n", encoding="utf-8")
    build([corpus], tmp_path / "out", Settings(cache_dir=str(shared_cache), html=False, validate=False))
    backend = open_backend(tmp_path / "out")
    try:
        items = changes(to_networkx(backend), "2020-01-01")
    finally:
        backend.close()
    hires = {(i["subject"]["label"], i["object"]["label"]) for i in items if i["category"] == "hires"}
    departures = {(i["subject"]["label"], i["object"]["label"]) for i in items if i["category"] == "departures"}
    assert ("Yann LeCun", "Meta") in departures and ("Yann LeCun", "Meta") not in hires
    assert ("Jean Dupont", "Google DeepMind") not in hires
    assert ("Jean Dupont", "Mistral AI") in hires


@pytest.mark.slow
def test_readme_opening_example_is_the_real_output(tmp_path, shared_cache):
    import re

    from kg.pipeline import build
    from kg.query import render, run_named
    from kg.store import open_backend
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n\$ kg query departures --format csv\n(.*?)```", readme, re.S).group(1)
    build([Path(__file__).resolve().parents[1] / "seeds"], tmp_path / "out",
          Settings(cache_dir=str(shared_cache), html=False, validate=False))
    backend = open_backend(tmp_path / "out")
    try:
        csv_text = render(run_named(backend, "departures"), "csv")
    finally:
        backend.close()
    assert csv_text.replace("\r\n", "\n") == block
