"""Where the map step (per-article extraction) runs: in process, on local processes, on a dask cluster.

``map_extract(articles, settings)`` streams :class:`~kg.records.ArticleResult`
records back **in input order** whatever the executor:

* ``local``, ``jobs=1``: one :class:`kg.extract.Extractor` in this process
  (``nlp.pipe`` in batches);
* ``local``, ``jobs>1``: a pool of ``jobs`` worker processes, each loading the
  model once (pool initializer); articles go out in chunks, at most a few
  chunks in flight per worker, so memory stays bounded on any corpus size;
* ``dask``: a ``dask.distributed`` client on ``settings.scheduler`` (or, without
  one, a ``LocalCluster`` of ``jobs`` worker processes); each dask worker keeps
  one Extractor per pipeline version in a module global, so the model loads once
  per worker process; chunks are submitted with a bounded number in flight and
  gathered as they complete (re-ordered before being yielded). The workers need
  ``aikg`` installed and access to the lexicon/curation files named in the settings.

Nothing is started and no model is loaded until the first article arrives: a
fully cached rebuild costs no NLP at all.
"""
from __future__ import annotations

import contextlib
import itertools
import os
from collections import deque
from typing import Iterable, Iterator

from .errors import ConfigError
from .records import Article, ArticleResult, Problem
from .settings import Settings

EXECUTORS = ("local", "dask")


def _chunks(it: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def chunk_size(settings: Settings) -> int:
    return int(settings.extra.get("chunk_size") or max(8, settings.batch_size * 2))


def map_extract(articles: Iterable[Article], settings: Settings) -> Iterator[ArticleResult | Problem]:
    """Extraction results of ``articles``, in the same order, on the executor the settings name.

    An article whose extraction raises comes back as a :class:`~kg.records.Problem`
    (``source``, ``"extraction failed (...)"``) instead of an ArticleResult.
    """
    it = iter(articles)
    first = next(it, None)
    if first is None:        # nothing to extract: start nothing, load nothing
        return
    it = itertools.chain([first], it)
    if settings.executor == "local":
        if settings.jobs <= 1:
            yield from _local_serial(it, settings)
        else:
            yield from _local_pool(it, settings)
    elif settings.executor == "dask":
        yield from _dask(it, settings)
    else:
        raise ConfigError(f"unknown executor {settings.executor!r} (expected one of: {', '.join(EXECUTORS)})")


# --------------------------------------------------------------------------- local, in process

def _local_serial(it: Iterator[Article], settings: Settings) -> Iterator[ArticleResult | Problem]:
    # the Extractor is kept for the process's life: repeated builds (tests, notebooks) load it once
    ext = _worker_extractor(settings)
    for chunk in _chunks(it, chunk_size(settings)):
        yield from safe_extract(ext, chunk)


def safe_extract(ext, chunk: list[Article]) -> Iterator[ArticleResult | Problem]:
    """``ext.extract_many(chunk)``, except that an article whose extraction fails becomes a
    :class:`Problem` (and the others of the chunk are still extracted, one by one)."""
    done = 0
    try:
        for res in ext.extract_many(chunk):
            done += 1
            yield res
    except Exception:  # noqa: BLE001 - one bad article must not sink the build
        for a in chunk[done:]:
            try:
                yield from ext.extract_many([a])
            except Exception as exc:  # noqa: BLE001
                yield Problem(a.source, f"extraction failed ({type(exc).__name__}: {exc})")


# --------------------------------------------------------------------------- worker side (pool and dask)

_WORKER: dict[tuple, object] = {}   # (pipeline version, class) -> Extractor, one per (worker) process


def clear_extractors() -> None:
    """Forget the Extractor kept by this process (frees the model)."""
    _WORKER.clear()


def _worker_extractor(settings: Settings):
    from .extract import Extractor, pipeline_version
    version = (pipeline_version(settings), id(Extractor))
    ext = _WORKER.get(version)
    if ext is None:
        _WORKER.clear()               # one model per process at a time
        ext = _WORKER[version] = Extractor(settings)
    return ext


def _pool_init(settings: Settings) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _worker_extractor(settings)


def extract_chunk(settings: Settings, chunk: list[Article]) -> list[ArticleResult | Problem]:
    """Run on a worker: results of one chunk, with the worker's cached Extractor."""
    return list(safe_extract(_worker_extractor(settings), chunk))


# --------------------------------------------------------------------------- local, process pool

def _local_pool(it: Iterator[Article], settings: Settings) -> Iterator[ArticleResult]:
    import functools
    work = functools.partial(extract_chunk, settings)
    for results in pool_map(work, _chunks(it, chunk_size(settings)), settings.jobs,
                            initializer=_pool_init, initargs=(settings,)):
        yield from results


def pool_map(fn, items: Iterable, jobs: int, initializer=None, initargs: tuple = (),
             threads: bool = False) -> Iterator:
    """``fn(item)`` for each item on a pool of ``jobs`` worker processes, in input order.

    At most ``2 * jobs`` items are in flight, so memory stays bounded whatever the input
    size; ``items`` is consumed lazily (a generator may do work as it goes). ``fn`` and the
    items must pickle; workers are spawned, not forked (the parent may run threads: the
    progress bar). An error, or the consumer stopping early, cancels what was not started.
    ``threads=True``: a pool of ``jobs`` threads instead, for work that runs outside Python's
    GIL (native code), with nothing to pickle."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    in_flight = max(2, 2 * jobs)
    if threads:
        executor = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="kg-pool",
                                      initializer=initializer, initargs=initargs)
    else:
        executor = ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("spawn"),
                                       initializer=initializer, initargs=initargs)
    with executor as pool:
        pending: deque = deque()
        try:
            for item in items:
                pending.append(pool.submit(fn, item))
                while len(pending) >= in_flight:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BaseException:
            for f in pending:
                f.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


# --------------------------------------------------------------------------- dask

def _dask(it: Iterator[Article], settings: Settings) -> Iterator[ArticleResult]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ConfigError("the dask executor needs dask[distributed]: pip install 'aikg[cluster]'") from exc

    cluster = None
    if settings.scheduler:
        try:
            client = Client(settings.scheduler, timeout=settings.extra.get("dask_timeout", 20))
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the dask scheduler at {settings.scheduler}: {exc}") from exc
    else:
        cluster = LocalCluster(n_workers=max(1, settings.jobs), threads_per_worker=1,
                               processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        nworkers = max(1, len(client.scheduler_info().get("workers", {})) or settings.jobs)
        in_flight = max(2, 2 * nworkers)
        chunks = enumerate(_chunks(it, chunk_size(settings)))
        [settings_future] = client.scatter([settings], broadcast=True)
        ac = as_completed()
        index = {}
        for _ in range(in_flight):
            nxt = next(chunks, None)
            if nxt is None:
                break
            fut = client.submit(extract_chunk, settings_future, nxt[1], pure=False)
            index[fut.key] = nxt[0]
            ac.add(fut)
        done: dict[int, list[ArticleResult]] = {}
        want = 0
        for fut in ac:
            done[index.pop(fut.key)] = fut.result()
            fut.release()
            nxt = next(chunks, None)
            if nxt is not None:
                new = client.submit(extract_chunk, settings_future, nxt[1], pure=False)
                index[new.key] = nxt[0]
                ac.add(new)
            while want in done:
                yield from done.pop(want)
                want += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@contextlib.contextmanager
def dask_processes(n_workers: int = 2, host: str = "127.0.0.1", timeout: float = 60.0) -> Iterator[str]:
    """A dask scheduler and ``n_workers`` workers as separate processes (the ``dask`` command
    beside this Python), for benchmarks and tests of ``--executor dask``; yields the scheduler
    address and stops every process on exit. Waits are bounded by ``timeout``."""
    import shutil
    import signal
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    dask_cmd = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    if dask_cmd is None:
        raise ConfigError("the `dask` command is not installed (pip install 'aikg[cluster]')")
    with socket.socket() as s:
        s.bind((host, 0))
        port = s.getsockname()[1]
    addr = f"tcp://{host}:{port}"
    env = dict(os.environ, OMP_NUM_THREADS="1", DASK_DISTRIBUTED__WORKER__DAEMON="False")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env, "start_new_session": True}
    procs = [subprocess.Popen([dask_cmd, "scheduler", "--host", host, "--port", str(port), "--no-dashboard"], **quiet)]
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                socket.create_connection((host, port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise ConfigError(f"dask scheduler did not start on {addr}") from None
                time.sleep(0.2)
        for i in range(n_workers):
            procs.append(subprocess.Popen(
                [dask_cmd, "worker", addr, "--nthreads", "1", "--nworkers", "1", "--no-dashboard",
                 "--host", host, "--name", f"w{i}", "--memory-limit", "0"], **quiet))
        from distributed import Client
        with Client(addr, timeout=30) as c:
            c.wait_for_workers(n_workers, timeout=timeout)
        yield addr
    finally:
        for p in reversed(procs):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
