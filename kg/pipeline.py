"""``build``: articles -> extraction (map, cached) -> resolution (reduce) -> RDF outputs.

The stages::

    read_articles (streamed)          kg.articles
      -> per article: cache hit?      kg.cache  (key: article record + pipeline version)
      -> misses: map_extract          kg.executors (in process, process pool or dask)
           each result written to the cache as soon as it is done
      -> resolve(all results, read back from the cache in input order)   kg.resolve
      -> to_dataset -> validate -> graph.trig, graph.ttl, store/, graph.html
           written into a temporary directory beside OUT, then swapped in

Memory: articles are streamed through the map step and nothing is kept but
``(id, key)`` pairs; the reduce step reads results back from disk one at a time.

Crash safety: outputs are complete in ``.OUT.building-PID`` before any of them
replaces the previous one (``os.replace`` per file, rename for the store
directory, the old one kept until the new one is in place). A build killed at
any point leaves the previous outputs readable, and the next build reuses every
cache entry already written.
"""
from __future__ import annotations

import io
import itertools
import json
import os
import queue
import shutil
import sys
import threading
import time
import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from .cache import ResultCache, article_key, write_atomic
from .errors import ConfigError, InputError, KGError
from .gctune import few_collections
from .rdf import Triples, iter_graphs, merged_part
from .records import Article, ArticleResult, Problem
from .settings import Settings

#: ``progress(stage, done, total)``: called as work advances. Stages, in order: "extract" (articles
#: read, from the cache or extracted; total unknown while the input streams), "resolve" (cached
#: results read back), "write" (graphs written to the store), "outputs" (trig, ttl, html: done
#: counts the files), "validate" (SHACL batches).
ProgressFn = Callable[[str, int, "int | None"], None]

STAGES = ("extract", "resolve", "write", "outputs", "validate")


def _no_progress(stage: str, done: int, total: int | None) -> None:
    """The ``progress`` of a build nobody watches."""

#: Every SHACL finding (focus node, path, message, severity, value, shape), when validation ran;
#: ``build.json`` keeps only their counts (at 10,000 articles: 7,000 warnings, 2.7 MB).
VALIDATION_FILE = "validation.json"
#: Files and directories of OUT that a build replaces (anything else in OUT is left alone).
OUTPUT_NAMES = ("graph.trig", "graph.ttl", "graph.html", "store", VALIDATION_FILE, "build.json")


@dataclass
class BuildReport:
    out_dir: Path
    articles: int
    skipped: list[Problem]
    entities_by_type: dict[str, int]
    relations_by_predicate: dict[str, int]
    reused: int
    recomputed: int
    removed: int
    words: int
    seconds: float
    validation: object | None = None          # kg.validate.ValidationReport
    outputs: dict[str, Path] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # e.g. an output skipped because a module is missing
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    @property
    def entities(self) -> int:
        return sum(self.entities_by_type.values())

    @property
    def relations(self) -> int:
        return sum(self.relations_by_predicate.values())

    def to_dict(self) -> dict:
        v = self.validation
        return {
            "out_dir": str(self.out_dir), "articles": self.articles,
            "skipped": [{"source": p.source, "reason": p.reason} for p in self.skipped],
            "entities_by_type": self.entities_by_type, "relations_by_predicate": self.relations_by_predicate,
            "reused": self.reused, "recomputed": self.recomputed, "removed": self.removed,
            "words": self.words, "seconds": round(self.seconds, 3),
            "validation": None if v is None else {
                "conforms": bool(getattr(v, "conforms", False)),
                "violations": len(getattr(v, "violations", []) or []),
                "by_severity": dict(sorted(Counter(x.severity for x in getattr(v, "violations", []) or []).items())),
                "detail": VALIDATION_FILE},
            "outputs": {k: str(p) for k, p in self.outputs.items()},
            "timings": {k: round(t, 3) for k, t in self.timings.items()},
        }


# --------------------------------------------------------------------------- helpers

def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _staging_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.building-{os.getpid()}"


def _clean_stale(out_dir: Path) -> None:
    """Remove what killed builds left behind; put back a store moved aside mid-swap."""
    parent = out_dir.parent
    if parent.is_dir():
        for p in [*parent.glob(f".{out_dir.name}.building-*"), *parent.glob(f".{out_dir.name}.nocache-*")]:
            try:
                pid = int(p.name.split(".building-" if ".building-" in p.name else ".nocache-", 1)[1].split("-")[0])
            except ValueError:
                continue
            if pid != os.getpid() and not _pid_alive(pid):
                shutil.rmtree(p, ignore_errors=True)
    if out_dir.is_dir():
        for p in out_dir.glob(".*.old-*"):
            name = p.name[1:].rsplit(".old-", 1)[0]
            target = out_dir / name
            if not target.exists():
                os.replace(p, target)       # killed between the two renames of a swap
            elif p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)


def _swap_in(staging: Path, out_dir: Path) -> dict[str, Path]:
    """Move every finished output of ``staging`` into ``out_dir``; files by ``os.replace``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    moved: dict[str, Path] = {}
    # directories first, files after, build.json last: its presence marks a finished swap
    entries = sorted(staging.iterdir(), key=lambda p: (not p.is_dir(), p.name == "build.json", p.name))
    for src in entries:
        dest = out_dir / src.name
        if src.is_dir():
            old = out_dir / f".{src.name}.old-{os.getpid()}"
            if dest.exists():
                os.replace(dest, old)
            os.replace(src, dest)
            if old.exists():
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(src, dest)
        moved[src.name] = dest
    return moved


def _manifest(out_dir: Path) -> dict | None:
    """The previous build's ``build.json`` (None if missing or unreadable)."""
    try:
        with open(out_dir / "build.json", encoding="utf-8") as fh:
            data = json.load(fh)
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def _build_key(version: str, order: list[tuple[str, str]], settings: Settings) -> str:
    """A digest of everything the reduce step reads: the articles' cached results (their keys, in
    order), the extraction version, the curation files, the shapes, the outputs asked for and
    the code of the kg package (resolution, RDF, views). Equal keys give equal outputs."""
    import hashlib
    from .resources import read_text
    h = hashlib.sha256()
    h.update(f"{version}|html={settings.html}|validate={settings.validate}\n".encode())
    for aid, key in order:
        h.update(f"{aid}\t{key}\n".encode())
    h.update(read_text("curation.yaml").encode())
    for c in settings.curation:
        h.update(Path(c).read_bytes())
    h.update(read_text("shapes.ttl").encode())
    package = Path(__file__).resolve().parent
    for f in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".html", ".js")):
        h.update(f.relative_to(package).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def _up_to_date(out_dir: Path, manifest: dict | None, build_key: str, settings: Settings) -> bool:
    """Whether OUT already holds this very build: same key, every output in place."""
    if manifest is None or manifest.get("build_key") != build_key:
        return False
    wanted = [n for n in OUTPUT_NAMES if n != "build.json" and (settings.html or n != "graph.html")
              and (settings.validate or n != VALIDATION_FILE)]
    return all((out_dir / name).exists() for name in wanted)


def _report_from_manifest(manifest: dict, out_dir: Path, skipped: list[Problem], reused: int,
                          words: int) -> "BuildReport | None":
    """The report of a build that found OUT up to date (counts and SHACL results as last written);
    None when the SHACL findings cannot be read back (the build then runs the reduce step)."""
    validation = None
    v = manifest.get("validation")
    if v is not None:
        from .validate import ValidationReport, Violation
        try:
            with open(out_dir / VALIDATION_FILE, encoding="utf-8") as fh:
                findings = [Violation(**d) for d in json.load(fh)["findings"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        validation = ValidationReport(conforms=bool(v.get("conforms")), violations=findings)
    outputs = {name: out_dir / name for name in OUTPUT_NAMES if name != "build.json" and (out_dir / name).exists()}
    return BuildReport(
        out_dir=out_dir, articles=manifest.get("articles", 0), skipped=skipped,
        entities_by_type=manifest.get("entities_by_type", {}),
        relations_by_predicate=manifest.get("relations_by_predicate", {}), reused=reused, recomputed=0,
        removed=0, words=words, seconds=0.0, validation=validation, outputs=outputs,
        notes=["up to date: no article, setting or code changed since the last build; outputs kept"])


def _optional(module: str, name: str):
    """``kg.<module>.<name>`` or None while that module is not there."""
    import importlib
    try:
        mod = importlib.import_module(f"kg.{module}")
    except ModuleNotFoundError as exc:
        if exc.name == f"kg.{module}":
            return None
        raise
    return getattr(mod, name, None)


def _release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the OS (glibc), between map and reduce."""
    import gc
    gc.collect()
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def folder_problem(folder: str | Path) -> str | None:
    """Why a build cannot write into ``folder`` (None when it can): the folder, or the nearest one
    above it that exists, must be a folder in which something can be created. Checked by making
    (and removing) an empty temporary folder there: nothing is left behind."""
    import tempfile
    folder = Path(folder)
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if not probe.is_dir():
        return f"{probe} is not a folder"
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".kg-probe-", dir=probe))
    except OSError as exc:
        where = "it" if probe == folder else probe
        return f"cannot create anything in {where} ({exc.strerror or exc})"
    return None


def _words(text: str) -> int:
    return len(text.split())



# --------------------------------------------------------------------------- output writers

#: Prefixes written at the top of graph.trig (the same as rdflib's, from kg.rdf).
def _prefixes() -> dict[str, str]:
    """kg.rdf's prefixes, plus one per kind of resource, so that IRIs read ``person:yann-lecun``."""
    from .namespace import GRAPH, RESOURCE
    from .rdf import PREFIXES
    from .records import TYPES
    out = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
    out.update({k: str(v) for k, v in PREFIXES.items() if k != "res"})
    for kind in [t.lower() for t in TYPES] + ["article", "assertion", "membership", "role"]:
        out[kind] = f"{RESOURCE}{kind}/"
    out["graph"] = str(GRAPH)
    out["agraph"] = f"{GRAPH}article/"
    return out




# --------------------------------------------------------------------------- streaming RDF writer

#: SHACL validation runs on the entities graph, then on batches of article graphs of about this
#: many triples (each batch's report is cached: a changed article validates its batch again).
VALIDATE_BATCH_TRIPLES = 60_000

#: N-Quads are bulk-loaded into the store in slices of about this size (oxigraph's bulk loader
#: holds several times its input in memory).
STORE_CHUNK_BYTES = 16 * 2**20




def _nquad_lines(name, lines: list[str]) -> bytes:
    """N-Quads of one graph named ``name``, from its N-Triples ``lines`` (``Triples.n_triples()``):
    each line with the graph name before its final dot."""
    suffix = " " + name.n3() + " .\n"
    # sorted: set iteration order changes from one process to the next (str hashing),
    # and the digest of a graph must not (it keys the cached SHACL reports)
    return "".join(sorted(line[:-3] + suffix for line in lines)).encode("utf-8")


def _graph_digest(name, lines: list[str]) -> tuple[bytes, str]:
    """A graph's N-Quads (see ``_nquad_lines``) and their SHA-256: the digest that keys the
    cached SHACL reports."""
    import hashlib
    data = _nquad_lines(name, lines)
    return data, hashlib.sha256(data).hexdigest()


def write_outputs(resolved, staging: Path, settings: Settings, notes: list[str],
                  cache_root: Path | None, timings: dict[str, float], progress: ProgressFn = _no_progress,
                  prune_cache: bool = False):
    """Every output of a build, written into ``staging`` without an rdflib Dataset of the whole graph.

    N-Quads are made article by article (and hashed), bulk-loaded into the store in slices
    and written to graph.trig as they come; graph.ttl's triples are gathered graph by graph
    on the way (``kg.rdf.merged_part``); graph.html is drawn from the store; SHACL validation
    runs on the entities graph plus batches of article graphs, in ``settings.jobs`` threads
    while this one writes the files: each graph goes to validation as soon as the store pass
    has made it (``_GraphFeed``), so the native SHACL work overlaps the store and the files.
    Returns ``(relations_by_predicate, validation)``.
    """
    import pyoxigraph as ox

    t = time.perf_counter()
    store_path = _store_path(staging, notes)
    store = ox.Store(str(store_path)) if store_path is not None else ox.Store()
    buf: list[bytes] = []
    size = 0
    n_graphs = len(resolved.articles) + 1
    progress("write", 0, n_graphs)
    digests: dict = {}                    # graph name -> digest of its N-Quads (keys SHACL batches)
    merged, article_nodes = Triples(), set()   # graph.ttl (kg.rdf.merged_graph), gathered on the way
    # SHACL batches are validated by settings.jobs threads (the engine runs outside the GIL),
    # fed with each graph as this thread makes it, while this thread writes the store and files
    feed = _GraphFeed() if settings.validate else None
    background = (_BackgroundValidation(feed, cache_root, notes, digests, prune_cache, settings.jobs)
                  if feed is not None else None)
    loader = _StoreLoader(store)

    def graph_quads():
        """For each graph, an iterator of its quads (for graph.trig); on the way, its N-Quads go
        to the store in slices. (The writer chains them: no Python frame per quad.)"""
        nonlocal buf, size
        for done, (name, g) in enumerate(iter_graphs(resolved), 1):
            progress("write", done, n_graphs)
            merged.update(merged_part(g, article_nodes))
            lines = g.n_triples()
            data, digests[name] = _graph_digest(name, lines)
            if feed is not None:              # with its N-Triples, which SHACL reads
                feed.put((name, g, "".join(lines)))
            buf.append(data)
            size += len(data)
            if size >= STORE_CHUNK_BYTES:     # bulk-load in slices: bounded memory on any graph size
                loader.load(b"".join(buf))
                buf, size = [], 0
            yield ox.parse(data, format=ox.RdfFormat.N_QUADS)
        if feed is not None:
            feed.close()

    n_files = 2 if settings.html else 1
    try:
        # graph.trig is written as the graphs come (a dump of the store afterwards reads it all again)
        with open(staging / "graph.trig", "wb") as fh:
            ox.serialize(itertools.chain.from_iterable(graph_quads()), fh, format=ox.RdfFormat.TRIG,
                         prefixes=_prefixes())
        if buf:
            loader.load(b"".join(buf))
        del buf
        loader.finish()
        store.flush()
        timings["rdf+store+trig"] = time.perf_counter() - t
        t = time.perf_counter()
        store.optimize()      # compacts the slices' files: graph.html's reads 2x faster at 1k articles,
        # named queries 20-35% at 1M quads
        timings["store optimize"] = time.perf_counter() - t
        if store_path is not None:            # reopen read-only, as readers of OUT/store will
            del store
            import gc
            gc.collect()
            store = ox.Store.read_only(str(store_path))
        progress("outputs", 0, n_files)
        t = time.perf_counter()
        lines = "".join(sorted(merged.n_triples())).encode("utf-8")   # sorted: grouped by subject
        del merged
        ox.serialize(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES), staging / "graph.ttl",
                     format=ox.RdfFormat.TURTLE, prefixes=_prefixes())
        del lines
        timings["ttl"] = time.perf_counter() - t
        progress("outputs", 1, n_files)
        relations = _relation_counts(store)
        if settings.html:
            write_html = _optional("viz", "write_graph_html")
            if write_html is not None:
                t = time.perf_counter()
                from .store import OxigraphBackend
                write_html(OxigraphBackend(store), staging / "graph.html")
                timings["html"] = time.perf_counter() - t
                progress("outputs", 2, n_files)
            else:
                notes.append("graph.html not written (kg.viz not available)")
    except BaseException:
        loader.finish(wait_only=True)
        if background is not None:
            background.stop()
        raise
    finally:
        store = None                          # closes OUT/store (readers open it next)

    validation = None
    if background is not None:
        t = time.perf_counter()
        validation = background.result(progress)
        timings["validate (after the files)"] = time.perf_counter() - t
    return relations, validation


class _StoreLoader:
    """Bulk-loads N-Quads slices into ``store`` in a thread of its own (oxigraph's bulk loader
    runs outside Python's GIL), while the caller makes the next slice. One slice loads at a
    time: ``load`` waits for the previous one first, so memory holds two slices at most."""

    def __init__(self, store):
        from concurrent.futures import ThreadPoolExecutor
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store")
        self._pending = None

    def load(self, data: bytes) -> None:
        import pyoxigraph as ox
        self._wait()
        self._pending = self._pool.submit(self.store.bulk_load, data, format=ox.RdfFormat.N_QUADS)

    def _wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()                  # a loading error is raised here

    def finish(self, wait_only: bool = False) -> None:
        """Waits for the last slice (its error raised, unless ``wait_only``) and stops the thread."""
        try:
            if wait_only:
                if self._pending is not None:
                    self._pending.exception()
            else:
                self._wait()
        finally:
            self._pool.shutdown(wait=True)
            self.store = None                 # the caller closes the store: no other reference


class _GraphFeed:
    """The graphs of the store pass, ``(name, Triples, N-Triples text)``, handed to the validation
    thread as they are made (each graph is built and written out once, for both). Bounded: the
    writer waits when validation is a batch or so behind. Iterating it (the validation thread)
    ends at ``close()``; once the reader has stopped (done, failed or cancelled), ``put`` drops
    what it is given."""

    END = object()

    def __init__(self, maxsize: int = 512):
        self._queue: queue.Queue = queue.Queue(maxsize)
        self.stopped = threading.Event()

    def put(self, item) -> None:
        while not self.stopped.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def close(self) -> None:
        self.put(self.END)

    def __iter__(self):
        try:
            while (item := self._queue.get()) is not self.END:
                yield item
        finally:
            self.stopped.set()


class _BackgroundValidation:
    """``_validate_batches`` of the graphs of ``feed`` on a pool of ``jobs`` threads, driven
    from a thread so that the caller writes the store and files meanwhile. ``result(progress)``
    waits for it (showing the batches done) and returns its report or raises its error;
    ``stop()`` makes it stop before the next batch and waits for the batches in flight (on an
    error or Ctrl-C of the caller)."""

    def __init__(self, feed: _GraphFeed, cache_root, notes, digests, prune: bool, jobs: int):
        self.validated = 0
        self.cancel = threading.Event()
        self._out: list = []

        def count(_stage, done, _total) -> None:
            self.validated = done

        def run() -> None:
            try:
                self._out.append((True, _validate_batches(feed, cache_root, notes, count, digests,
                                                          prune=prune, jobs=jobs, cancel=self.cancel)))
            except BaseException as exc:  # noqa: BLE001 - handed to result()
                self._out.append((False, exc))
            finally:
                feed.stopped.set()            # a writer waiting on a full feed goes on
        self._feed = feed
        self._thread = threading.Thread(target=run, name="kg-validate", daemon=True)
        self._thread.start()

    def result(self, progress: ProgressFn = _no_progress):
        try:
            while self._thread.is_alive():
                progress("validate", self.validated, None)
                self._thread.join(0.2)
        except BaseException:             # Ctrl-C while waiting
            self.stop()
            raise
        progress("validate", self.validated, None)
        ok, value = self._out[0]
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        self.cancel.set()
        self._feed.close()                    # wakes the thread if it waits for a graph
        self._thread.join()


def _store_path(staging: Path, notes: list[str]) -> Path | None:
    """Where OUT/store goes (kg.store's name for it), or None when kg.store is missing."""
    name = _optional("store", "STORE_DIR")
    if name is None:
        notes.append("store not written (kg.store not available)")
        return None
    return staging / name


def _relation_counts(store) -> dict[str, int]:
    from .records import PREDICATES
    values = " ".join(f"aikg:{p}" for p in PREDICATES)
    q = ("PREFIX aikg: <https://w3id.org/aikg/ontology#>\n"
         "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
         f"VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} }} GROUP BY ?p")
    out = {}
    for row in store.query(q):
        out[row["p"].value.rsplit("#", 1)[1]] = int(row["n"].value)
    return dict(sorted(out.items()))


def _batch_end(name, size: int) -> bool:
    """Whether a validation batch closes after the graph ``name`` (``size`` triples so far).
    Boundaries depend on the graphs' names, not on their position: adding or changing one
    article changes one batch, and the other batches keep their cached reports."""
    if size >= VALIDATE_BATCH_TRIPLES:
        return True
    return size >= VALIDATE_BATCH_TRIPLES // 4 and int(hashlib_sha256(str(name))[:8], 16) % 4 == 0


def _batches(source, digests: dict | None = None):
    """``(key, parts)`` per SHACL batch of ``source`` (``(name, Triples)`` pairs as from
    ``kg.rdf.iter_graphs``, or ``(name, Triples, N-Triples text)``, or a Resolved): first the
    entities graph alone, then article graphs
    about VALIDATE_BATCH_TRIPLES triples at a time, each with the entities graph's triples about
    the nodes it uses (types, labels, article nodes: what the shapes look at, a batch's entities
    and not the whole entities graph, so that the work grows with the corpus, not its square).

    ``key`` digests what the batch holds (``digests``: graph name -> digest of its N-Quads, from
    the store-writing pass; a graph without one is digested here). ``parts`` are the batch's
    triple sets (or their N-Triples text, when given), for ``kg.validate.validate_parts``."""
    from rdflib import URIRef

    digests = digests or {}

    def digest_of(name, g) -> str:
        if name in digests:
            return digests[name]
        return _graph_digest(name, g.n_triples())[1]

    by_subject: dict = {}
    names, graphs, parts, size = [], [], [], 0

    def close():
        used = {n for g in graphs for t in g for n in (t[0], t[2]) if isinstance(n, URIRef)}
        extra = [t for n in sorted(used) for t in by_subject.get(n, ())]
        key = hashlib_sha256("\n".join([*sorted(digest_of(nm, g) for nm, g in zip(names, graphs)),
                                        *sorted(" ".join(x.n3() for x in t) for t in extra)]))
        return key, [*parts, extra]

    if hasattr(source, "entities"):             # a Resolved
        source = iter_graphs(source)
    for name, g, *text in source:
        part = text[0] if text else g
        if not by_subject and not names:        # the entities graph comes first
            for t in g:
                by_subject.setdefault(t[0], []).append(t)
            yield hashlib_sha256("entities\n" + digest_of(name, g)), [part]
            continue
        names.append(name)
        graphs.append(g)
        parts.append(part)
        size += len(g)
        if _batch_end(name, size):
            yield close()
            names, graphs, parts, size = [], [], [], 0
    if graphs:
        yield close()


def _validate_batches(graphs, cache_root: Path | None, notes: list[str],
                      progress: ProgressFn = _no_progress, digests: dict | None = None,
                      prune: bool = False, jobs: int = 1, cancel=None):
    """SHACL on the entities graph, then on batches of article graphs (``graphs``: a Resolved,
    ``(name, Triples)`` pairs or ``(name, Triples, N-Triples text)``; see ``_batches``). Each
    batch's report is cached under ``cache_root/validation`` by the batch's digest and the shapes:
    a rebuild validates again only the batches that changed. ``prune`` removes the cached reports
    this build did not use.

    ``jobs == 1``: one batch in memory at a time, in this thread. ``jobs > 1``: the batches are
    validated by a pool of ``jobs`` threads (the engine runs outside Python's GIL), at most
    ``2 * jobs`` batches in flight.
    ``cancel`` (a ``threading.Event``), once set, stops it before the next batch (KGError)."""
    validate_parts = _optional("validate", "validate_parts")
    if validate_parts is None:
        notes.append("SHACL validation skipped (kg.validate not available)")
        return None
    import pickle
    from collections import deque

    from .resources import read_text
    from .validate import ValidationReport, engine
    shapes = hashlib_sha256(read_text("shapes.ttl") + engine())
    folder = cache_root / "validation" if cache_root is not None else None
    reports, used, cached = [], set(), 0
    progress("validate", 0, None)

    paths: deque = deque()               # where each batch sent to validation caches its report

    def to_validate():
        """The batches whose report is not cached (the cached ones are taken on the way)."""
        nonlocal cached
        for key, parts in _batches(graphs, digests):
            if cancel is not None and cancel.is_set():
                raise KGError("SHACL validation cancelled")
            key = hashlib_sha256(key + shapes)
            used.add(key)
            path = folder / f"{key}.pickle" if folder is not None else None
            report = None
            if path is not None and path.exists():
                try:
                    with open(path, "rb") as fh:
                        report = pickle.load(fh)
                    cached += 1
                except Exception:  # noqa: BLE001 - damaged or stale: validate again
                    report = None
            if report is not None:
                reports.append(report)
                progress("validate", len(reports), None)
                continue
            paths.append(path)
            yield parts

    if jobs > 1:
        from .executors import pool_map
        validated = pool_map(validate_parts, to_validate(), jobs, threads=True)
    else:
        validated = map(validate_parts, to_validate())
    for report in validated:
        path = paths.popleft()
        if path is not None:
            write_atomic(path, pickle.dumps(report))
        reports.append(report)
        progress("validate", len(reports), None)
    if prune and folder is not None and folder.is_dir():
        for old in folder.glob("*.pickle"):
            if old.stem not in used:
                old.unlink(missing_ok=True)
    if len(reports) > 2:
        notes.append(f"SHACL ran on the entities graph and {len(reports) - 1} batches of article graphs"
                     + (f" ({cached} of {len(reports)} reports reused from the cache)" if cached else ""))
    return ValidationReport.merged(reports)


def hashlib_sha256(text: str) -> str:
    import hashlib
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

# --------------------------------------------------------------------------- build

def build(paths: Sequence[str | Path], out_dir: str | Path, settings: Settings = Settings(), *,
          progress: ProgressFn | None = None, on_problem: Callable[[Problem], None] | None = None,
          stdin=None, cache: bool | None = None) -> BuildReport:
    """Build the knowledge graph of ``paths`` into ``out_dir``; see the module docstring.

    ``cache=False`` (or ``settings.extra["cache"] = False``) keeps no cache between builds
    (results still go through a temporary one, so memory stays bounded).
    Raises :class:`~kg.errors.InputError` when no article could be read, or when
    ``settings.strict`` and some input was skipped (after reporting every one).
    """
    t0 = time.perf_counter()
    progress = progress or _no_progress
    timings: dict[str, float] = {}
    out_dir = Path(out_dir)
    paths = [str(p) for p in paths]
    use_cache = settings.extra.get("cache", True) if cache is None else cache
    notes: list[str] = []

    from .resolve import load_curation
    curation = load_curation(settings.curation)   # a bad curation file fails now, not after the map step
    for what, folder in (("output", out_dir), ("cache", settings.cache_dir if use_cache else None)):
        if folder is not None and (why := folder_problem(folder)):
            raise ConfigError(f"{what} folder {folder}: {why}")

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale(out_dir)

    # stdin can be read only once: buffer it when it has to be read twice (strict pre-pass)
    if "-" in paths and settings.strict:
        stdin = io.StringIO((stdin if stdin is not None else sys.stdin).read())

    skipped: list[Problem] = []

    def problem(p: Problem) -> None:
        skipped.append(p)
        if on_problem is not None:
            on_problem(p)

    if settings.strict:  # report every bad input, then fail, before any NLP
        for item in read_articles_(paths, stdin):
            if isinstance(item, Problem):
                problem(item)
        if skipped:
            raise InputError(f"{len(skipped)} input(s) could not be read (--strict): "
                             + "; ".join(str(p) for p in skipped[:5])
                             + (" ..." if len(skipped) > 5 else ""))
        if isinstance(stdin, io.StringIO):
            stdin.seek(0)

    # ---------------------------------------------------------------- map (cached)
    from .extract import pipeline_version
    tmp_cache = None
    if use_cache:
        cache_root = Path(settings.cache_dir) if settings.cache_dir else out_dir / ".cache"
    else:
        import tempfile
        tmp_cache = tempfile.mkdtemp(prefix=f".{out_dir.name}.nocache-{os.getpid()}-", dir=out_dir.parent)
        cache_root = Path(tmp_cache)
    rc = ResultCache(cache_root, pipeline_version(settings))

    order: list[tuple[str, str]] = []          # (article id, cache key), input order
    pending: dict[str, str] = {}               # article id -> key, sent to extraction
    sources: dict[str, str] = {}               # article id -> source (to drop failed ones)
    counts = {"reused": 0, "recomputed": 0, "words": 0, "done": 0}

    def tick() -> None:
        counts["done"] += 1
        progress("extract", counts["done"], None)

    def misses() -> Iterator[Article]:
        from .articles import language_problem
        # an article whose result is cached passed the language check when it was extracted:
        # the check (py3langid, about 1 ms an article) runs on the others only
        for item in read_articles_(paths, stdin, detect_language=False):
            if isinstance(item, Problem):
                if not settings.strict:
                    problem(item)
                continue
            key = article_key(item)
            cached = rc.has(key)
            if not cached and (bad := language_problem(item)) is not None:
                if not settings.strict:
                    problem(bad)
                continue
            order.append((item.id, key))
            sources[item.id] = item.source
            counts["words"] += _words(item.text)
            if cached:
                counts["reused"] += 1
                tick()
                continue
            pending[item.id] = key
            yield item

    from .executors import map_extract
    try:
        t = time.perf_counter()
        failed: set[str] = set()
        for res in map_extract(misses(), settings):
            if isinstance(res, Problem):       # extraction crashed on this article: skip it
                problem(res)
                failed.add(res.source)
                tick()
                continue
            key = pending.pop(res.article.id, None) or article_key(res.article)
            rc.put(key, res)
            counts["recomputed"] += 1
            tick()
        timings["map"] = time.perf_counter() - t
        if settings.extra.get("release_model"):
            from .executors import clear_extractors
            clear_extractors()             # the reduce step does not need the model: free its memory
            _release_memory()
        if failed:
            bad_ids = {aid for aid, src in sources.items() if src in failed}
            order[:] = [(aid, key) for aid, key in order if aid not in bad_ids]
        if settings.strict and skipped:
            raise InputError(f"{len(skipped)} article(s) could not be processed (--strict): "
                             + "; ".join(str(p) for p in skipped[:5]))

        if not order:
            where = ", ".join(paths) if paths else "(no input)"
            raise InputError(f"no article could be read from {where}"
                             + (f" ({len(skipped)} input(s) skipped)" if skipped else ""))

        build_key = _build_key(rc.version, order, settings)
        last = _manifest(out_dir)
        report = None
        if counts["recomputed"] == 0 and not failed and _up_to_date(out_dir, last, build_key, settings):
            report = _report_from_manifest(last, out_dir, skipped, counts["reused"], counts["words"])
        if report is not None:
            report.timings = timings
            report.seconds = time.perf_counter() - t0
            return report

        # ------------------------------------------------------------ reduce
        from .resolve import resolve

        def results() -> Iterator[ArticleResult]:
            total = len(order)
            for n, (_aid, key) in enumerate(order, 1):
                if n == total or n % 50 == 1:
                    progress("resolve", n, total)
                res = rc.get(key)
                if res is None:          # removed or damaged behind our back (atomic writes prevent ours)
                    rc.path(key).unlink(missing_ok=True)
                    raise KGError(f"the cached result of article {_aid} ({rc.path(key)}) could not be "
                                  "read; it has been removed: run the build again")
                yield res

        t = time.perf_counter()
        with few_collections():
            resolved = resolve(results(), settings, curation=curation)
        timings["resolve"] = time.perf_counter() - t
    finally:
        if tmp_cache is not None:
            shutil.rmtree(tmp_cache, ignore_errors=True)

    entities_by_type = dict(sorted(Counter(e.type for e in resolved.entities.values()).items()))

    # ---------------------------------------------------------------- outputs (staged)
    staging = _staging_dir(out_dir)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    validation = None
    try:
        with few_collections():
            relations_by_predicate, validation = write_outputs(
                resolved, staging, settings, notes, cache_root if use_cache else None, timings, progress,
                prune_cache=use_cache and not settings.cache_dir)
        del resolved

        current_ids = {aid for aid, _ in order}
        removed = len(set(last.get("article_ids", [])) - current_ids) if last is not None else 0

        report = BuildReport(
            out_dir=out_dir, articles=len(order), skipped=skipped, entities_by_type=entities_by_type,
            relations_by_predicate=relations_by_predicate, reused=counts["reused"],
            recomputed=counts["recomputed"], removed=removed, words=counts["words"], seconds=0.0,
            validation=validation, notes=notes, timings=timings)
        report.seconds = time.perf_counter() - t0
        if validation is not None:
            (staging / VALIDATION_FILE).write_text(json.dumps(
                {"conforms": bool(validation.conforms),
                 "findings": [dataclasses.asdict(x) for x in validation.violations]},
                ensure_ascii=False, indent=0), encoding="utf-8")
        manifest = report.to_dict()
        manifest["pipeline_version"] = rc.version
        manifest["build_key"] = build_key
        manifest["article_ids"] = [aid for aid, _ in order]
        (staging / "build.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")

        t = time.perf_counter()
        if validation is None:       # no stale findings next to a build that did not validate
            (out_dir / VALIDATION_FILE).unlink(missing_ok=True)
        moved = _swap_in(staging, out_dir)
        timings["swap"] = time.perf_counter() - t
    finally:
        shutil.rmtree(staging, ignore_errors=True)

    if use_cache and not settings.cache_dir:
        # OUT/.cache belongs to this output: keep exactly the current articles' entries.
        # A --cache-dir may be shared by several builds: it is never pruned.
        rc.prune(key for _, key in order)

    report.outputs = {name: p for name, p in moved.items() if name != "build.json"}
    report.seconds = time.perf_counter() - t0
    return report


def read_articles_(paths, stdin, detect_language: bool = True):
    """``kg.articles.read_articles`` (looked up at call time so that tests can patch it)."""
    from .articles import read_articles
    return read_articles(paths, stdin=stdin, detect_language=detect_language)
