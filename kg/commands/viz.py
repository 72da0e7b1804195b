"""``kg viz``: write the interactive network view (or the timeline) of a built graph."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ._options import check_source

_HINTS = {"types": "--types", "predicates": "--predicates", "since": "--since", "until": "--until",
          "focus": "--focus", "entity": "--focus", "depth": "--depth", "article": "--article"}


def viz_command(
    graph: Optional[Path] = typer.Option(
        None, "--graph", "-g", help="Built graph folder (default out/): its store/, else graph.trig."),
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint", "-e", help="Read the graph from a remote SPARQL endpoint instead."),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", help="HTML file to write (default: GRAPH/graph.html, or"
        " GRAPH/timeline.html with --timeline; viz.html / timeline.html here with --endpoint)."),
    focus: Optional[str] = typer.Option(
        None, "--focus", help="Show this entity (label, alias, Type/slug or IRI) and its neighbourhood."),
    depth: int = typer.Option(1, "--depth", min=0, help="Hops around --focus."),
    types: Optional[str] = typer.Option(
        None, "--types", help="Entity types to show, comma-separated (e.g. Organization,Person)."),
    predicates: Optional[str] = typer.Option(
        None, "--predicates", help="Relations to show, comma-separated (e.g. develops,leads)."),
    since: Optional[str] = typer.Option(None, "--since", help="Only facts dated on or after (YYYY[-MM[-DD]])."),
    until: Optional[str] = typer.Option(None, "--until", help="Only facts dated on or before (YYYY[-MM[-DD]])."),
    article: Optional[str] = typer.Option(None, "--article", help="Only the facts one article states (its id)."),
    timeline: bool = typer.Option(False, "--timeline", help="Write the timeline of dated facts instead."),
    hedged: bool = typer.Option(False, "--hedged", help="Also show hedged statements (dotted lines)."),
    title: Optional[str] = typer.Option(None, "--title", help="Page title."),
) -> None:
    """Write a self-contained HTML view of the graph (opens offline in any browser)."""
    from rich.console import Console

    from .. import viz
    from ..graphs import to_networkx
    from ..store import DEFAULT_OUT, open_backend

    check_source(graph, endpoint)
    if timeline and (types or predicates or article or depth != 1):
        raise typer.BadParameter("--timeline takes --focus, --since and --until only",
                                 param_hint="--timeline")
    try:  # cheap checks first, before the graph is read
        viz.parse_types(types)
        viz.parse_predicates(predicates)
        viz.parse_date(since, "since")
        viz.parse_date(until, "until")
    except viz.FilterError as exc:
        raise typer.BadParameter(str(exc), param_hint=_HINTS.get(exc.param)) from None

    if out is None:
        name = "timeline.html" if timeline else "graph.html"
        if endpoint:
            out = Path("timeline.html" if timeline else "viz.html")
        else:
            base = graph if graph is not None else Path(DEFAULT_OUT)
            out = (base.parent if base.is_file() else base) / name

    g = to_networkx(open_backend(graph, endpoint), include_hedged=hedged)
    try:
        if timeline:
            path = viz.write_timeline_html(g, out, entity=focus, since=since, until=until,
                                           title=title or "aikg timeline")
        else:
            path = viz.write_graph_html(g, out, focus=focus, depth=depth, types=types,
                                        predicates=predicates, since=since, until=until,
                                        article=article, title=title or "aikg")
    except viz.FilterError as exc:
        raise typer.BadParameter(str(exc), param_hint=_HINTS.get(exc.param)) from None
    Console().print(f"wrote {path}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    app.command("viz")(viz_command)
