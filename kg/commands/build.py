"""``kg build``: articles -> knowledge graph (graph.trig, graph.ttl, graph.html, store/)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..settings import DEFAULT_MODEL, MODELS, Settings


def _fmt_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"


def build_command(
    paths: Optional[List[Path]] = typer.Argument(None, help="Article files or folders (.txt .md .html .json .jsonl, - for stdin). Default: seeds/"),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", help=f"spaCy model: {' | '.join(MODELS)}."),
    lexicon: Optional[Path] = typer.Option(None, "--lexicon", help="A lexicon.jsonl to use instead of the shipped one."),
    curation: Optional[List[Path]] = typer.Option(None, "--curation", help="Extra curation file (repeatable)."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes for extraction."),
    executor: str = typer.Option("local", "--executor", help="local | dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask)."),
    strict: bool = typer.Option(False, "--strict", help="Fail if any input cannot be read."),
    no_html: bool = typer.Option(False, "--no-html", help="Do not write graph.html."),
    no_validate: bool = typer.Option(False, "--no-validate", help="Skip SHACL validation."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Where per-article results are cached (default OUT/.cache)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Keep no cache: extract every article again."),
    batch_size: int = typer.Option(32, "--batch-size", help="spaCy nlp.pipe batch size."),
) -> None:
    """Build the knowledge graph from French news articles."""
    from rich.console import Console

    from ..executors import EXECUTORS
    from ..pipeline import build

    out_c = Console()
    err_c = Console(stderr=True)

    if model not in MODELS:
        raise typer.BadParameter(f"{model!r} is not one of: {', '.join(MODELS)}", param_hint="--model")
    if jobs < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--jobs")
    if batch_size < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--batch-size")
    if executor not in EXECUTORS:
        raise typer.BadParameter(f"{executor!r} is not one of: {', '.join(EXECUTORS)}", param_hint="--executor")
    if scheduler and executor != "dask":
        raise typer.BadParameter("--scheduler needs --executor dask", param_hint="--scheduler")
    if lexicon is not None and not lexicon.is_file():
        raise typer.BadParameter(f"no such file: {lexicon}", param_hint="--lexicon")
    for c in curation or []:
        if not c.is_file():
            raise typer.BadParameter(f"no such file: {c}", param_hint="--curation")
    if out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} exists and is not a folder", param_hint="--out")
    if cache_dir is not None and cache_dir.exists() and not cache_dir.is_dir():
        raise typer.BadParameter(f"{cache_dir} exists and is not a folder", param_hint="--cache-dir")
    from ..pipeline import folder_problem
    for folder, hint in ((out, "--out"), (None if no_cache else cache_dir, "--cache-dir")):
        if folder is not None and (why := folder_problem(folder)):
            raise typer.BadParameter(why, param_hint=hint)

    if not paths:
        paths = [Path("seeds")]
    settings = Settings(
        model=model, lexicon=str(lexicon) if lexicon else None,
        curation=tuple(str(c) for c in curation or ()), batch_size=batch_size, jobs=jobs,
        executor=executor, scheduler=scheduler, cache_dir=str(cache_dir) if cache_dir else None,
        strict=strict, validate=not no_validate, html=not no_html,
        extra={"release_model": True},   # one build per process: free the model before the reduce step
    )

    def on_problem(p) -> None:
        err_c.print(f"skipped {p.source}: {p.reason}", highlight=False, markup=False)

    show_bar = sys.stderr.isatty()
    if show_bar:
        with _StageBar(err_c) as bar:
            report = build([str(p) for p in paths], out, settings, progress=bar.update, on_problem=on_problem,
                           cache=not no_cache)
    else:
        report = build([str(p) for p in paths], out, settings, on_problem=on_problem, cache=not no_cache)

    print_summary(report, out_c)


#: What the bar says during each stage of kg.pipeline.build.
STAGE_TEXT = {"extract": "extracting articles", "resolve": "resolving entities", "write": "writing graphs",
              "outputs": "writing files", "validate": "SHACL batches"}


class _StageBar:
    """A rich progress bar that follows the build's stages (kg.pipeline.STAGES): one line, whose
    text, count and rate change with the stage, so that the reduce step is seen to advance."""

    def __init__(self, console):
        import time

        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
        self._time = time.perf_counter
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=console,
                                 transient=True)
        self.task = self.progress.add_task(STAGE_TEXT["extract"], total=None, rate="")
        self.stage, self.t0 = "extract", self._time()

    def update(self, stage: str, done: int, total: int | None) -> None:
        now = self._time()
        if stage != self.stage:
            # a new task per stage: rich's update() cannot set a total back to "unknown" (None)
            self.progress.remove_task(self.task)
            self.task = self.progress.add_task(STAGE_TEXT.get(stage, stage), total=total, rate="")
            self.stage, self.t0 = stage, now
        dt = now - self.t0
        rate = f"{done / dt:.1f}/s" if stage in ("extract", "resolve", "write") and dt > 0 and done else ""
        self.progress.update(self.task, completed=done, total=total, rate=rate)

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)


def print_summary(report, console) -> None:
    from rich.markup import escape
    from rich.table import Table

    t = Table(show_header=False, box=None, pad_edge=False)
    t.add_column(style="bold")
    t.add_column()
    t.add_row("articles", f"{report.articles} read, {len(report.skipped)} skipped")
    t.add_row("entities", f"{report.entities} ({_fmt_counts(report.entities_by_type)})")
    t.add_row("relations", f"{report.relations} ({_fmt_counts(report.relations_by_predicate)})")
    t.add_row("extraction", f"{report.recomputed} extracted, {report.reused} reused from cache"
              + (f", {report.removed} removed since last build" if report.removed else ""))
    v = report.validation
    if v is None:
        shacl = "not run"
    elif getattr(v, "conforms", False):
        shacl = "[green]conforms[/]"
        n_warn = len(getattr(v, "warnings", []) or [])
        if n_warn:
            from ..pipeline import VALIDATION_FILE
            where = report.out_dir / VALIDATION_FILE
            shacl += escape(f" ({n_warn:,} warning{'s' if n_warn != 1 else ''}, listed in {where})")
    else:
        n = len(getattr(v, "violations", []) or [])
        shacl = f"[red]{n} violation(s)[/]"
        try:
            shacl += escape(f" - {v.summary()}")
        except Exception:  # noqa: BLE001 - the summary is a nicety
            pass
    t.add_row("SHACL", shacl)
    t.add_row("time", f"{report.seconds:.1f} s, {report.words} words, {report.words_per_second:,.0f} words/s")
    for name, p in sorted(report.outputs.items()):
        t.add_row(name, escape(str(p)))
    for note in report.notes:
        t.add_row("note", escape(note))
    console.print(t)


def register(app: typer.Typer) -> None:
    app.command("build")(build_command)
