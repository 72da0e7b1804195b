"""`kg show`, `kg stats`, `kg changes`, `kg path`: exploring a built graph.

Each command opens the graph (``--graph DIR`` or ``--endpoint URL``), turns it
into networkx once (:func:`kg.graphs.to_networkx`), calls one function of
:mod:`kg.analytics`, and prints the answer as Rich tables or, with
``--format json``, as JSON for scripts.
"""
from __future__ import annotations

import json
import re
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ._options import check_source
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import QueryError

HELP_PANEL = "Exploring the graph"


class Format(str, Enum):
    table = "table"
    json = "json"


GraphOpt = Annotated[Path, typer.Option("--graph", "-g", help="Directory of a built graph (`kg build --out`).",
                                        show_default=True)]
EndpointOpt = Annotated[Optional[str], typer.Option(
    "--endpoint", "-e", help="SPARQL endpoint URL to query instead of a local graph directory.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output: Rich tables, or JSON for scripts.",
                                           case_sensitive=False)]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: str | None) -> date | None:
    """A strict ``YYYY-MM-DD`` date (``typer.BadParameter`` otherwise)."""
    if value is None:
        return None
    if not _ISO_DATE.fullmatch(value.strip()):
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a valid date ({exc})") from None


# --------------------------------------------------------------------------- helpers

def _load(graph: Path, endpoint: str | None, *, include_hedged: bool = False):
    from ..graphs import to_networkx
    from ..store import open_backend
    check_source(None if endpoint else graph, endpoint)  # the default --graph never conflicts with --endpoint
    backend = open_backend(graph=graph, endpoint=endpoint)
    try:
        return to_networkx(backend, include_hedged=include_hedged)
    finally:
        close = getattr(backend, "close", None)
        if close:
            close()


def _console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _print_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def resolve(g, name: str) -> str:
    """The IRI that ``name`` designates; QueryError when nothing or several match equally."""
    from ..analytics import find_entity
    found = find_entity(g, name)
    if not found:
        raise QueryError(f"no entity matches {name!r} (try `kg stats` for what the graph holds)")
    best = [c for c in found if c[3] == found[0][3]]
    if len(best) > 1:
        listing = "; ".join(f"{label} ({typ}, {iri})" for iri, label, typ, _ in best)
        raise AmbiguousEntity(f"{name!r} matches {len(best)} entities equally: {listing}."
                              " Use the full name or the IRI.", candidates=best)
    return found[0][0]


class AmbiguousEntity(QueryError):
    """Several entities match a name equally well."""

    def __init__(self, message: str, candidates: list):
        super().__init__(message)
        self.candidates = candidates


def _evidence_lines(evidence: list[dict], limit: int | None = None) -> str:
    lines = []
    shown = evidence if limit is None else evidence[:limit]
    for e in shown:
        tag = f"[{e.get('article') or '?'}, {e.get('date') or 'undated'}"
        if e.get("role"):
            tag += f", as {e['role']}"
        if e.get("modality") and e["modality"] != "asserted":
            tag += f", {e['modality']}"
            if e.get("source"):
                tag += f" ({e['source']})"
        tag += "]"
        lines.append(f"« {e.get('sentence') or ''} » {tag}")
    if limit is not None and len(evidence) > limit:
        lines.append(f"… and {len(evidence) - limit} more")
    return escape("\n".join(lines))


def _show_candidates(exc: AmbiguousEntity) -> None:
    table = Table(title="Several entities match", title_justify="left")
    for col in ("label", "type", "score", "IRI"):
        table.add_column(col)
    for iri, label, typ, score in exc.candidates:
        table.add_row(escape(label), escape(typ or ""), f"{score:g}", escape(iri))
    Console(stderr=True, highlight=False).print(table)


def _show_or_ambiguous(g, name: str, fmt: Format) -> str:
    try:
        return resolve(g, name)
    except AmbiguousEntity as exc:
        if fmt is Format.json:
            _print_json({"error": str(exc), "candidates": [
                {"iri": i, "label": lab, "type": t, "score": s} for i, lab, t, s in exc.candidates]})
        else:
            _show_candidates(exc)
        raise


# --------------------------------------------------------------------------- commands

def show(
    entity: Annotated[str, typer.Argument(help="Name, alias or IRI of the entity (typos tolerated).")],
    graph: GraphOpt = Path("out"),
    endpoint: EndpointOpt = None,
    fmt: FormatOpt = Format.table,
    hedged: Annotated[bool, typer.Option("--hedged/--no-hedged",
                                         help="Also list hedged statements (« pourrait investir »).")] = False,
    evidence: Annotated[int, typer.Option("--evidence", min=0,
                                          help="Evidence sentences shown per relation (0: all).")] = 3,
) -> None:
    """Profile of one entity: type, aliases and every relation with its sources, in time order."""
    from ..analytics import profile
    g = _load(graph, endpoint, include_hedged=hedged)
    iri = _show_or_ambiguous(g, entity, fmt)
    prof = profile(g, iri)
    if fmt is Format.json:
        _print_json(prof)
        return
    con = _console()
    con.print(f"[bold]{escape(prof['label'])}[/]  " + escape(f"({prof['type']})  {prof['iri']}"))
    if prof["aliases"]:
        con.print(escape(f"also written: {', '.join(prof['aliases'])}"))
    con.print(escape(f"mentioned in {len(prof['articles'])} article(s): {', '.join(prof['articles'])}"))
    for direction, title in (("out", "Relations from it"), ("in", "Relations to it")):
        rels = prof[direction]
        if not rels:
            continue
        table = Table(title=title, title_justify="left", show_lines=True, expand=True)
        table.add_column("when", no_wrap=True)
        table.add_column("relation")
        table.add_column("evidence", ratio=3)
        for r in rels:
            pred = r["predicate"] if r["modality"] in ("asserted", None) else f"{r['predicate']} ({r['modality']})"
            if direction == "out":
                rel = f"→ {pred} → {r['other']['label']}"
            else:
                rel = f"{r['other']['label']} → {pred} →"
            table.add_row(r["first_date"] or "?", escape(rel), _evidence_lines(r["evidence"], evidence or None))
        con.print(table)


def stats(
    graph: GraphOpt = Path("out"),
    endpoint: EndpointOpt = None,
    fmt: FormatOpt = Format.table,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many entities per centrality ranking.")] = 10,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the Louvain community detection.")] = 42,
) -> None:
    """Counts per type and relation, central entities, communities and components."""
    from ..analytics import stats as compute
    g = _load(graph, endpoint)
    st = compute(g, top=top, seed=seed)
    if fmt is Format.json:
        _print_json(st)
        return
    con = _console()
    con.print(f"[bold]{st['entities']}[/] entities, [bold]{st['relations']}[/] relations, "
              f"[bold]{st['articles']}[/] articles, {st['statements']} statements")
    counts = Table(title="Counts", title_justify="left")
    counts.add_column("type")
    counts.add_column("n", justify="right")
    for k, v in st["types"].items():
        counts.add_row(k, str(v))
    preds = Table(title="Relations", title_justify="left")
    preds.add_column("predicate")
    preds.add_column("n", justify="right")
    for k, v in st["predicates"].items():
        preds.add_row(k, str(v))
    con.print(counts)
    con.print(preds)
    central = Table(title=f"Most central (top {top})", title_justify="left")
    central.add_column("#", justify="right")
    for name in ("degree", "betweenness", "pagerank"):
        central.add_column(name)
    for i in range(max(len(st[n]) for n in ("degree", "betweenness", "pagerank")) if st["entities"] else 0):
        cells = []
        for name in ("degree", "betweenness", "pagerank"):
            rows = st[name]
            cells.append(escape(f"{rows[i]['label']} ({rows[i]['value']:g})") if i < len(rows) else "")
        central.add_row(str(i + 1), *cells)
    con.print(central)
    comms = Table(title=f"Communities (Louvain, seed {seed})", title_justify="left")
    comms.add_column("#", justify="right")
    comms.add_column("size", justify="right")
    comms.add_column("members")
    for i, c in enumerate(st["communities"][:top], 1):
        comms.add_row(str(i), str(c["size"]), escape(", ".join(m["label"] for m in c["members"])))
    con.print(comms)
    comp = st["components"]
    con.print(f"{comp['count']} connected component(s); sizes: {', '.join(map(str, comp['sizes'][:20]))}"
              + (" …" if len(comp["sizes"]) > 20 else ""))


def changes(
    since: Annotated[str, typer.Option("--since", help="First day of the window, YYYY-MM-DD (included).")],
    until: Annotated[Optional[str], typer.Option("--until", help="Last day of the window, YYYY-MM-DD "
                                                 "(included; default: no end).")] = None,
    graph: GraphOpt = Path("out"),
    endpoint: EndpointOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """What changed in a period: hires, departures, new models, investments, acquisitions, teams."""
    from ..analytics import CATEGORY_TITLES, changes as compute
    lo = parse_date(since)
    try:
        hi = parse_date(until)
    except typer.BadParameter as exc:
        exc.param_hint = "'--until'"
        raise
    if hi is not None and hi < lo:
        raise typer.BadParameter(f"--until {hi} is before --since {lo}", param_hint="'--until'")
    g = _load(graph, endpoint)
    items = compute(g, lo, hi)
    if fmt is Format.json:
        _print_json({"since": lo.isoformat(), "until": hi.isoformat() if hi else None, "changes": items})
        return
    con = _console()
    window = f"{lo} → {hi}" if hi else f"since {lo}"
    if not items:
        con.print(f"no change found {window}")
        return
    con.print(f"[bold]{len(items)}[/] change(s) {window}")
    for cat, title in CATEGORY_TITLES.items():
        rows = [i for i in items if i["category"] == cat]
        if not rows:
            continue
        table = Table(title=title, title_justify="left", show_lines=True, expand=True)
        table.add_column("date", no_wrap=True)
        table.add_column("fact")
        table.add_column("articles", justify="right", no_wrap=True)
        table.add_column("evidence", ratio=3)
        for i in rows:
            fact = f"{i['subject']['label']} → {i['predicate']} → {i['object']['label']}"
            corr = f"{i['corroboration']['window']} / {i['corroboration']['total']}"
            table.add_row(i["date"], escape(fact), corr, _evidence_lines(i["evidence"], 3))
        con.print(table)
    con.print("articles: supporting articles in the window / overall")


def path(
    a: Annotated[str, typer.Argument(help="First entity (name, alias or IRI).")],
    b: Annotated[str, typer.Argument(help="Second entity (name, alias or IRI).")],
    graph: GraphOpt = Path("out"),
    endpoint: EndpointOpt = None,
    fmt: FormatOpt = Format.table,
    max_paths: Annotated[int, typer.Option("--max-paths", "-k", min=1,
                                           help="How many shortest chains to show at most.")] = 3,
) -> None:
    """Shortest chains of relations linking two entities, with the evidence of each hop."""
    from ..analytics import paths
    g = _load(graph, endpoint)
    ia = _show_or_ambiguous(g, a, fmt)
    ib = _show_or_ambiguous(g, b, fmt)
    found = paths(g, ia, ib, max_paths=max_paths)
    la, lb = g.nodes[ia]["label"], g.nodes[ib]["label"]
    if fmt is Format.json:
        _print_json({"from": ia, "to": ib, "same_entity": ia == ib, "paths": found})
        return
    con = _console()
    if ia == ib:
        con.print(escape(f"{a!r} and {b!r} are the same entity: {la} ({ia})"))
        return
    if not found:
        con.print(escape(f"no chain of relations links {la} and {lb}"))
        return
    for n, hops in enumerate(found, 1):
        table = Table(title=escape(f"Path {n}: {la} ↔ {lb} ({len(hops)} hop(s))"), title_justify="left",
                      show_lines=True, expand=True)
        table.add_column("#", justify="right")
        table.add_column("relation")
        table.add_column("evidence", ratio=3)
        for i, h in enumerate(hops, 1):
            rel = f"{h['subject']['label']} → {h['predicate']} → {h['object']['label']}"
            others = h["relations"][1:]
            if others:
                rel += "\n(also: " + ", ".join(
                    f"{r['subject']['label']} {r['predicate']} {r['object']['label']}" for r in others) + ")"
            table.add_row(str(i), escape(rel), _evidence_lines(h["evidence"], 2))
        con.print(table)


def register(app: typer.Typer) -> None:
    for fn, name in ((show, "show"), (stats, "stats"), (changes, "changes"), (path, "path")):
        app.command(name, rich_help_panel=HELP_PANEL)(fn)
