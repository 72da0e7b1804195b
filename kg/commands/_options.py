"""Checks shared by the commands that read a graph (``--graph DIR`` or ``--endpoint URL``)."""
from __future__ import annotations

from pathlib import Path

import typer


def check_source(graph: Path | None, endpoint: str | None) -> None:
    """Refuse contradictory or malformed graph sources with ``typer.BadParameter`` (exit 2)."""
    if graph is not None and endpoint:
        raise typer.BadParameter("use either --graph or --endpoint", param_hint="--endpoint")
    if graph is not None and not graph.exists():
        raise typer.BadParameter(f"no such folder or file: {graph} (run `kg build --out {graph}` first?)",
                                 param_hint="--graph")
    if endpoint and not endpoint.lower().startswith(("http://", "https://")):
        raise typer.BadParameter("expected an http(s):// URL", param_hint="--endpoint")
