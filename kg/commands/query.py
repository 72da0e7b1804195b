"""``kg query`` (SPARQL, a file, or a named query) and ``kg push`` (load a remote store)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from ._options import check_source

FORMAT_HELP = "Output: table | csv | tsv | json (W3C SPARQL results JSON). CONSTRUCT/DESCRIBE print Turtle."


def query_command(
    query: Optional[str] = typer.Argument(
        None, help="A named query (see --list) or SPARQL text; '-' reads SPARQL from stdin."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the SPARQL query from this file."),
    param: Optional[List[str]] = typer.Option(
        None, "--param", "-p", help="A parameter NAME=VALUE (repeatable), e.g. --param org=Mistral."
        " Values are bound as literals (<...> for an IRI), never pasted into the query."),
    list_: bool = typer.Option(False, "--list", "-l", help="List the named queries and their parameters."),
    graph: Optional[Path] = typer.Option(
        None, "--graph", "-g", help="Built graph folder (default out/): its store/, else graph.trig."),
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint", "-e", help="Query a remote SPARQL endpoint instead (credentials from"
        " KG_ENDPOINT_TOKEN or KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD, or ~/.netrc)."),
    fmt: str = typer.Option("table", "--format", "-F", help=FORMAT_HELP),
) -> None:
    """Query the knowledge graph with SPARQL or a named query (over the union of all graphs)."""
    from rich.console import Console

    from .. import query as q
    from ..store import open_backend

    out = Console()
    if fmt not in q.FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of: {', '.join(q.FORMATS)}", param_hint="--format")
    check_source(graph, endpoint)
    try:
        params = q.parse_params(param)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--param") from None

    if list_:
        _print_list(out, q.list_queries(), fmt)
        return
    if file is not None and query is not None:
        raise typer.BadParameter("give either a query argument or --file", param_hint="--file")
    if file is not None:
        if not file.is_file():
            raise typer.BadParameter(f"no such file: {file}", param_hint="--file")
        text = file.read_text(encoding="utf-8")
    elif query == "-":
        text = sys.stdin.read()
    elif query is None:
        raise typer.BadParameter("give a named query, SPARQL text, or --file (see --list)",
                                 param_hint="QUERY")
    else:
        text = query

    if q.is_named(text):       # bad parameters are bad options, found before the graph is opened
        try:
            q.bind_named(q.load_query(text), params)
        except q.ParameterError as exc:
            raise typer.BadParameter(str(exc), param_hint="--param") from None
    backend = open_backend(graph, endpoint)
    try:
        title = text if q.is_named(text) else None
        res = q.resolve(backend, text, params, strict=True)   # a name that designates nothing: an error
    finally:
        backend.close()
    if res.kind == "graph":
        sys.stdout.write(q.to_turtle(res))
    elif fmt == "table":
        if res.kind == "ask":
            out.print("true" if res.boolean else "false", highlight=False)
        else:
            out.print(q.to_table(res, title=title))
    else:
        sys.stdout.write(q.render(res, fmt))
        if fmt == "json":
            sys.stdout.write("\n")


def _print_list(out, queries, fmt: str) -> None:
    if fmt == "json":
        import json
        sys.stdout.write(json.dumps([{"name": nq.name, "description": nq.description,
                                      "params": [{"name": p.name, "help": p.help, "optional": p.optional}
                                                 for p in nq.params]} for nq in queries],
                                    ensure_ascii=False, indent=1) + "\n")
        return
    if fmt in ("csv", "tsv"):
        sep = "," if fmt == "csv" else "\t"
        import csv
        w = csv.writer(sys.stdout, delimiter=sep, lineterminator="\n")
        w.writerow(["name", "params", "description"])
        for nq in queries:
            w.writerow([nq.name, " ".join(p.name for p in nq.params), nq.description])
        return
    from rich.markup import escape
    from rich.table import Table
    t = Table(title="Named queries (kg query NAME --param k=v)", show_lines=True)
    t.add_column("name", style="bold")
    t.add_column("parameters")
    t.add_column("description")
    for nq in queries:
        ps = "\n".join(f"{p.name}{'' if not p.optional else ' (optional)'}: {p.help}" for p in nq.params)
        t.add_row(escape(nq.name), escape(ps or "-"), escape(nq.description))
    out.print(t)


def push_command(
    endpoint: str = typer.Option(..., "--endpoint", "-e", help="The remote SPARQL query endpoint URL."
                                 " Credentials come from KG_ENDPOINT_TOKEN or KG_ENDPOINT_USER/"
                                 "KG_ENDPOINT_PASSWORD, or ~/.netrc; never from the command line."),
    graph: Path = typer.Option(Path("out"), "--graph", "-g", help="Built graph folder (its graph.trig is pushed)."),
    store: Optional[str] = typer.Option(None, "--store", help="Graph Store Protocol address (default:"
                                        " guessed from the endpoint, e.g. /query -> /store)."),
    method: str = typer.Option("auto", "--method", help="gsp | update | auto (GSP, else SPARQL Update)."),
    replace: bool = typer.Option(True, "--replace/--no-replace", help="Replace each named graph"
                                 " (default) or add to it."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Replace without asking for confirmation."),
    chunk: int = typer.Option(5000, "--chunk", help="Triples per SPARQL Update request."),
) -> None:
    """Load the built graph into a remote triple store, one named graph per article kept."""
    from rich.console import Console

    from ..errors import EndpointError
    from ..store import dataset_graphs, load_dataset, push_dataset, redact, remote_graphs

    out = Console()
    err = Console(stderr=True)
    if method not in ("auto", "gsp", "update"):
        raise typer.BadParameter(f"{method!r} is not one of: gsp, update, auto", param_hint="--method")
    if chunk < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--chunk")
    for value, hint in ((endpoint, "--endpoint"), (store, "--store")):
        if value and not value.lower().startswith(("http://", "https://")):
            raise typer.BadParameter("expected an http(s):// URL", param_hint=hint)
    shown = redact(endpoint)
    ds = load_dataset(graph)
    graphs = dataset_graphs(ds)
    if replace:
        existing = remote_graphs(endpoint)
        overlap = [g for g in graphs if g in existing]
        if overlap:
            err.print(f"{len(overlap)} named graph{'s' if len(overlap) != 1 else ''} at {shown} will be"
                      f" replaced ({len(graphs) - len(overlap)} new).", highlight=False, markup=False)
            if not yes:
                if not sys.stdin.isatty():
                    raise EndpointError(f"refusing to replace {len(overlap)} named graph(s) at {shown}"
                                        " without confirmation: pass --yes (or --no-replace to add)")
                if not typer.confirm("Replace them?", default=False):
                    raise typer.Exit(1)
    report = push_dataset(ds, endpoint, store=store, method=method, replace=replace, chunk=chunk)
    out.print(f"pushed {report.triples} triples in {report.graphs} named graphs to {report.target}"
              f" ({report.method}{', replaced' if replace else ', added'})", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    app.command("query")(query_command)
    app.command("push")(push_command)
