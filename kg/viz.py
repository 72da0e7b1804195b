"""Interactive HTML views of the knowledge graph: a network view and a timeline.

Both views are single, self-contained HTML files: every script and style is
inline (the vis-network build shipped inside the ``pyvis`` package is copied
into the page), nothing is fetched from a CDN or any other URL, so the files
open offline. pyvis's own templates are not used, because in pyvis 0.3.2
``cdn_resources="in_line"`` still links Bootstrap from a CDN, ``local`` /
``remote`` load vis-network from a CDN and ``local`` writes ``lib/`` into the
working folder, and ``color=`` is dropped when ``group=`` is set. Here colours
and shapes are set per node explicitly (no vis groups).

Data from articles is untrusted: it is embedded as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&``
escaped (``\\u003c``...), and the page's JavaScript only ever inserts it with
``textContent`` (tooltips, legend, lists), never as HTML.

The source of a view is an rdflib ``Graph``/``Dataset``, a
:class:`kg.store.Backend`, or a ``networkx.MultiDiGraph`` made by
:func:`kg.graphs.to_networkx` (the one RDF -> networkx conversion).
"""
from __future__ import annotations

import datetime as _dt
import difflib
import html
import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from .records import PREDICATES, SYMMETRIC, TYPES
from .text import fold

#: Past this many nodes the layout is computed before drawing and physics stays off.
LARGE_GRAPH = 1000
#: Past this many nodes the physics starts from a precomputed layout (fewer iterations).
MEDIUM_GRAPH = 300

#: Colour and vis-network shape of each entity type (the legend shows both).
TYPE_STYLE: dict[str, tuple[str, str]] = {
    "Organization": ("#4E79A7", "dot"),
    "Team": ("#59A14F", "diamond"),
    "Person": ("#E15759", "triangle"),
    "AIModel": ("#B07AA1", "hexagon"),
    "Product": ("#F28E2B", "square"),
    "Event": ("#EDC948", "star"),
    "Place": ("#9C755F", "triangleDown"),
}
UNKNOWN_STYLE = ("#BAB0AC", "dot")

#: Edge colour per family of predicates.
PREDICATE_COLOR: dict[str, str] = {
    **dict.fromkeys(("worksFor", "leads", "founded"), "#E8A33D"),
    "leftOrganization": "#D62728",
    **dict.fromkeys(("subOrganizationOf", "acquired", "investsIn", "headquarteredIn"), "#4E79A7"),
    **dict.fromkeys(("develops", "worksOn", "integratedInto", "successorOf"), "#9467BD"),
    **dict.fromkeys(("partnerOf", "competitorOf"), "#2CA02C"),
    **dict.fromkeys(("organizes", "participatedIn"), "#B8860B"),
}
DEFAULT_EDGE_COLOR = "#888888"

#: Dated facts shown on the timeline, by lane.
TIMELINE_LANES: dict[str, tuple[str, ...]] = {
    "Departures": ("leftOrganization",),
    "Hires & roles": ("worksFor", "leads", "founded"),
    "Launches & products": ("develops", "worksOn", "integratedInto", "successorOf"),
    "Investments & acquisitions": ("investsIn", "acquired"),
    "Reorganisations": ("subOrganizationOf",),
    "Partnerships": ("partnerOf",),
}
LANE_COLOR = {
    "Departures": "#D62728", "Hires & roles": "#E8A33D", "Launches & products": "#9467BD",
    "Investments & acquisitions": "#4E79A7", "Reorganisations": "#17BECF", "Partnerships": "#2CA02C",
}
_LANE_OF = {p: lane for lane, preds in TIMELINE_LANES.items() for p in preds}

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FilterError(ValueError):
    """A bad filter value (unknown type, predicate or entity, malformed date).

    ``param`` names the option (``"types"``, ``"focus"``...); the message names
    the valid values, so that the CLI can show it as it stands.
    """

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param = param


# --------------------------------------------------------------------------- assets

@lru_cache(maxsize=None)
def _asset(package: str, *parts: str) -> str:
    return resources.files(package).joinpath(*parts).read_text(encoding="utf-8")


def vis_network_assets() -> tuple[str, str]:
    """The vis-network JS and CSS shipped in the pyvis package (no download)."""
    js = _asset("pyvis", "templates", "lib", "vis-9.1.2", "vis-network.min.js")
    css = _asset("pyvis", "templates", "lib", "vis-9.1.2", "vis-network.css")
    return _inline_script(js), css.replace("</style", "<\\/style")


def _inline_script(js: str) -> str:
    """JS safe to paste between ``<script>`` tags."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _template(name: str) -> str:
    return _asset("kg", "templates", name)


def script_json(obj: Any) -> str:
    """JSON for a ``<script>`` element: ``<``, ``>``, ``&`` and line separators escaped."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _render(template: str, parts: dict[str, str]) -> str:
    """One pass of ``{{NAME}}`` substitution: inserted text is never rescanned."""
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], template)


# --------------------------------------------------------------------------- source

def as_networkx(source: Any, *, include_hedged: bool = False) -> nx.MultiDiGraph:
    """``source`` itself when it is a networkx graph, else :func:`kg.graphs.to_networkx`."""
    if isinstance(source, nx.Graph):
        return source if source.is_multigraph() and source.is_directed() else nx.MultiDiGraph(source)
    from .graphs import to_networkx
    return to_networkx(source, include_hedged=include_hedged)


def _type_of(data: dict) -> str | None:
    t = data.get("type")
    if not t:
        return None
    t = str(t)
    for sep in ("#", "/"):
        t = t.rsplit(sep, 1)[-1]
    return t


def _article_index(g: nx.MultiDiGraph) -> dict[str, dict]:
    """Article id -> {"title", "date"}: from ``g.graph["articles"]`` and the edges' evidence."""
    arts: dict[str, dict] = {}
    for aid, a in (g.graph.get("articles") or {}).items():
        arts[str(aid)] = {"title": a.get("title"), "date": a.get("date")}
    for _, _, d in g.edges(data=True):
        for ev in d.get("evidence") or ():
            aid = ev.get("article")
            if aid and aid not in arts:
                arts[str(aid)] = {"title": ev.get("title"), "date": ev.get("date")}
    return arts


# --------------------------------------------------------------------------- filters

def parse_types(types: Iterable[str] | str | None) -> list[str] | None:
    """Validated entity types (case-insensitive) or None; FilterError names the valid ones."""
    items = _split(types)
    if items is None:
        return None
    by_fold = {t.lower(): t for t in TYPES}
    bad = [t for t in items if t.lower() not in by_fold]
    if bad:
        raise FilterError("types", f"unknown type(s) {', '.join(map(repr, bad))}; "
                                   f"valid types: {', '.join(TYPES)}")
    return [by_fold[t.lower()] for t in items]


def parse_predicates(predicates: Iterable[str] | str | None) -> list[str] | None:
    """Validated predicates (case-insensitive, ``aikg:`` prefix allowed) or None."""
    items = _split(predicates)
    if items is None:
        return None
    by_fold = {p.lower(): p for p in PREDICATES}
    clean = [p.split(":", 1)[1] if p.lower().startswith("aikg:") else p for p in items]
    bad = [p for p in clean if p.lower() not in by_fold]
    if bad:
        raise FilterError("predicates", f"unknown predicate(s) {', '.join(map(repr, bad))}; "
                                        f"valid predicates: {', '.join(PREDICATES)}")
    return [by_fold[p.lower()] for p in clean]


def parse_date(value: str | _dt.date | None, param: str = "since") -> str | None:
    """An ISO date prefix (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) or None."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date):
        return value.isoformat()[:10]
    v = str(value).strip()
    ok = bool(_DATE_RE.match(v))
    if ok:
        try:
            _dt.date.fromisoformat((v + "-01-01")[:10] if len(v) < 10 else v)
        except ValueError:
            ok = False
    if not ok:
        raise FilterError(param, f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    return v


def _split(values: Iterable[str] | str | None) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = values.split(",")
    items = [v.strip() for v in values if v and v.strip()]
    return items or None


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if not date:
        return False
    if since is not None and date[:len(since)] < since:
        return False
    if until is not None and date[:len(until)] > until:
        return False
    return True


def _article_matches(ev_article: str | None, article: str) -> bool:
    if not ev_article:
        return False
    return ev_article == article or ev_article.endswith("/" + article) or \
        article.endswith("/article/" + ev_article)


def resolve_entity(g: nx.MultiDiGraph, name: str, param: str = "focus") -> str:
    """The node of ``g`` that ``name`` designates: its IRI, ``Type/slug``, slug, label or alias
    (case and accents ignored). FilterError with close matches when none does."""
    if name in g:
        return name
    key = fold(name)
    scored: list[tuple[int, int, str]] = []
    for n, d in g.nodes(data=True):
        label = str(d.get("label") or "")
        typ = _type_of(d) or ""
        slug = str(n).rstrip("/").rsplit("/", 1)[-1]
        rank = None
        if fold(label) == key:
            rank = 0
        elif fold(f"{typ}/{slug}") == key or fold(slug) == key:
            rank = 1
        elif any(fold(str(a)) == key for a in d.get("aliases") or ()):
            rank = 2
        if rank is not None:
            scored.append((rank, -g.degree(n), str(n)))
    if scored:
        return min(scored)[2]
    labels = sorted({str(d.get("label")) for _, d in g.nodes(data=True) if d.get("label")})
    close = difflib.get_close_matches(name, labels, n=5, cutoff=0.5)
    hint = f"; did you mean: {', '.join(close)}" if close else \
        f"; known entities include: {', '.join(labels[:8])}" if labels else "; the graph is empty"
    raise FilterError(param, f"unknown entity {name!r}{hint}")


def filter_graph(g: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1,
                 types: Iterable[str] | str | None = None,
                 predicates: Iterable[str] | str | None = None,
                 since: str | None = None, until: str | None = None,
                 article: str | None = None) -> nx.MultiDiGraph:
    """The part of ``g`` a view shows.

    ``types`` keeps nodes of those types; ``predicates`` keeps those relations;
    ``since``/``until`` keep the evidence dated in the range (bounds included,
    ``YYYY``/``YYYY-MM`` prefixes allowed) and ``article`` the evidence from one
    article: an edge left with no evidence goes, and so does a node left with no
    edge (unless the article mentions it). ``focus`` then keeps the entity and
    its neighbourhood up to ``depth`` hops (either direction).
    """
    types_ = parse_types(types)
    preds = parse_predicates(predicates)
    since_, until_ = parse_date(since, "since"), parse_date(until, "until")
    if since_ and until_ and since_[:min(len(since_), len(until_))] > until_[:min(len(since_), len(until_))]:
        raise FilterError("until", f"--until {until_} is before --since {since_}")
    if depth is None or int(depth) < 0:
        raise FilterError("depth", "depth must be 0 or more")
    focus_node = resolve_entity(g, focus) if focus else None
    if article:
        known = _article_index(g)
        if not any(_article_matches(a, article) for a in known):
            ids = sorted(known)
            raise FilterError("article", f"unknown article {article!r}; articles: "
                              + (", ".join(ids[:20]) + (" ..." if len(ids) > 20 else "") if ids else "none"))

    edge_filter = preds is not None or since_ is not None or until_ is not None or article is not None
    h = nx.MultiDiGraph()
    h.graph.update(g.graph)
    for n, d in g.nodes(data=True):
        if types_ is None or _type_of(d) in types_:
            h.add_node(n, **d)
    for u, v, k, d in g.edges(keys=True, data=True):
        if u not in h or v not in h:
            continue
        if preds is not None and d.get("predicate", k) not in preds:
            continue
        ev = list(d.get("evidence") or ())
        if since_ or until_ or article:
            ev = [e for e in ev if _in_range(e.get("date"), since_, until_)
                  and (article is None or _article_matches(e.get("article"), article))]
            if not ev:
                continue
            d = _with_evidence(d, ev)
        h.add_edge(u, v, key=k, **d)
    if edge_filter:
        keep = {n for n in h if h.degree(n) > 0}
        if article:
            keep |= {n for n, d in h.nodes(data=True)
                     if any(_article_matches(a, article) for a in d.get("articles") or ())}
        h.remove_nodes_from([n for n in list(h) if n not in keep])
    if focus_node is not None:
        if focus_node not in h:
            h.add_node(focus_node, **g.nodes[focus_node])
        near = nx.single_source_shortest_path_length(h.to_undirected(as_view=True), focus_node,
                                                     cutoff=int(depth))
        h = h.subgraph(near).copy()
        h.graph["focus"] = focus_node
    return h


def _with_evidence(d: dict, ev: list[dict]) -> dict:
    d = dict(d)
    d["evidence"] = ev
    dates = [e["date"] for e in ev if e.get("date")]
    d["first_date"] = min(dates) if dates else None
    d["last_date"] = max(dates) if dates else None
    d["support"] = len({e.get("article") for e in ev if e.get("article")})
    return d


# --------------------------------------------------------------------------- network view

def _layout(g: nx.MultiDiGraph, scale: float) -> dict[Any, tuple[float, float]]:
    """A quick force layout for large graphs, computed once before drawing.

    Without scipy, networkx's spring layout is dense (O(n^2) memory), so this is a
    small Barnes-Hut-free variant: components laid out separately with a few
    Fruchterman-Reingold iterations on a neighbour sample, then packed on a grid.
    """
    import random

    rnd = random.Random(7)
    ug = nx.Graph()
    ug.add_nodes_from(g.nodes)
    ug.add_edges_from((u, v) for u, v in g.edges() if u != v)
    comps = sorted(nx.connected_components(ug), key=len, reverse=True)
    pos: dict[Any, tuple[float, float]] = {}
    # big components: spring layout (numpy, dense) only when small enough; else radial BFS layout
    cursor_x, cursor_y, row_h = 0.0, 0.0, 0.0
    width = math.sqrt(len(ug)) * scale * 1.2
    for comp in comps:
        sub = ug.subgraph(comp)
        n = len(comp)
        radius = math.sqrt(n) * scale * 0.5 + scale * 0.3
        if n == 1:
            local = {next(iter(comp)): (0.0, 0.0)}
        elif n <= 400:
            p = nx.spring_layout(sub, iterations=40, seed=7)
            local = {k: (float(x) * radius, float(y) * radius) for k, (x, y) in p.items()}
        else:
            local = _radial_layout(sub, radius, rnd)
        if cursor_x + 2 * radius > width and cursor_x > 0:
            cursor_x, cursor_y, row_h = 0.0, cursor_y + row_h, 0.0
        for k, (x, y) in local.items():
            pos[k] = (cursor_x + radius + x, cursor_y + radius + y)
        cursor_x += 2 * radius + scale
        row_h = max(row_h, 2 * radius + scale)
    return pos


def _radial_layout(sub: nx.Graph, radius: float, rnd) -> dict[Any, tuple[float, float]]:
    """Hubs in the middle, their neighbourhoods around them: BFS rings from the top hub,
    each node placed near its parent's angle (cheap, O(n + m))."""
    root = max(sub.degree, key=lambda kv: kv[1])[0]
    levels = nx.single_source_shortest_path_length(sub, root)
    maxlvl = max(levels.values()) or 1
    parent: dict[Any, Any] = {}
    for u, v in nx.bfs_edges(sub, root):
        parent[v] = u
    angle: dict[Any, float] = {root: 0.0}
    by_level: dict[int, list] = {}
    for n, l in levels.items():
        by_level.setdefault(l, []).append(n)
    pos = {root: (0.0, 0.0)}
    for l in range(1, maxlvl + 1):
        nodes = by_level.get(l, [])
        nodes.sort(key=lambda n: (angle.get(parent.get(n), 0.0), str(n)))
        k = len(nodes)
        r = radius * math.sqrt(l / maxlvl)
        for i, n in enumerate(nodes):
            a = 2 * math.pi * (i + rnd.random() * 0.5) / k
            angle[n] = a
            jitter = 1 + (rnd.random() - 0.5) * 0.25
            pos[n] = (r * jitter * math.cos(a), r * jitter * math.sin(a))
    return pos


def graph_view_data(g: nx.MultiDiGraph, *, title: str = "aikg", layout: str | None = None) -> dict:
    """The JSON the network page draws: nodes, edges, legend and options (no HTML)."""
    arts = _article_index(g)
    n_nodes = g.number_of_nodes()
    large = n_nodes > LARGE_GRAPH
    deg = dict(g.degree())
    maxdeg = max(deg.values(), default=0) or 1
    focus = g.graph.get("focus")
    static = layout == "static" or (layout is None and large)
    # medium graphs: start the physics from a precomputed layout, so it settles sooner
    seeded = not static and layout is None and n_nodes > MEDIUM_GRAPH
    positions = _layout(g, 120.0) if (static or seeded) else {}

    ids: dict[Any, int] = {}
    nodes = []
    type_counts: Counter = Counter()
    for i, (n, d) in enumerate(sorted(g.nodes(data=True), key=lambda kv: str(kv[0]))):
        ids[n] = i
        typ = _type_of(d)
        type_counts[typ or "Other"] += 1
        color, shape = TYPE_STYLE.get(typ or "", UNKNOWN_STYLE)
        label = str(d.get("label") or str(n).rsplit("/", 1)[-1])
        node = {
            "id": i, "iri": str(n), "label": label, "type": typ or "Other", "color": color,
            "shape": shape, "size": round(10 + 26 * math.sqrt(deg.get(n, 0) / maxdeg), 1),
            "degree": deg.get(n, 0),
            "aliases": [str(a) for a in d.get("aliases") or () if str(a) != label],
            "articles": [{"id": str(a), "title": (arts.get(str(a)) or {}).get("title"),
                          "date": (arts.get(str(a)) or {}).get("date")}
                         for a in d.get("articles") or ()],
        }
        if n == focus:
            node["focus"] = True
        if n in positions:
            node["x"], node["y"] = round(positions[n][0], 1), round(positions[n][1], 1)
        nodes.append(node)

    edges = []
    pred_counts: Counter = Counter()
    for j, (u, v, k, d) in enumerate(g.edges(keys=True, data=True)):
        pred = str(d.get("predicate") or k)
        pred_counts[pred] += 1
        ev = d.get("evidence") or []
        modality = d.get("modality") or _strongest(ev)
        edges.append({
            "id": j, "from": ids[u], "to": ids[v], "predicate": pred,
            "symmetric": pred in SYMMETRIC, "color": PREDICATE_COLOR.get(pred, DEFAULT_EDGE_COLOR),
            "modality": modality, "support": d.get("support") or len({e.get("article") for e in ev}),
            "first_date": d.get("first_date"), "last_date": d.get("last_date"),
            "evidence": [{"sentence": e.get("sentence"), "article": e.get("article"),
                          "title": e.get("title"), "date": e.get("date"),
                          "modality": e.get("modality"), "source": e.get("source"),
                          "confidence": e.get("confidence")} for e in ev],
        })

    legend = [{"type": t, "color": TYPE_STYLE[t][0], "shape": TYPE_STYLE[t][1],
               "count": type_counts.get(t, 0)} for t in TYPES if type_counts.get(t)]
    if type_counts.get("Other"):
        legend.append({"type": "Other", "color": UNKNOWN_STYLE[0], "shape": UNKNOWN_STYLE[1],
                       "count": type_counts["Other"]})
    return {
        "title": title, "nodes": nodes, "edges": edges, "legend": legend,
        "predicates": [{"predicate": p, "color": PREDICATE_COLOR.get(p, DEFAULT_EDGE_COLOR),
                        "count": pred_counts[p]} for p in PREDICATES if pred_counts.get(p)],
        "large": large, "physics": not static, "seeded": seeded, "focus": ids.get(focus),
    }


def _strongest(ev: list[dict]) -> str:
    mods = {e.get("modality") for e in ev}
    for m in ("asserted", "reported", "hedged"):
        if m in mods:
            return m
    return "asserted"


def render_graph_html(data: dict) -> str:
    js, css = vis_network_assets()
    return _render(_template("graph.html"), {
        "DOM_JS": _template("dom.js"),
        "TITLE": html.escape(data.get("title") or "aikg"),
        "VIS_CSS": css, "VIS_JS": js, "DATA": script_json(data),
    })


def write_graph_html(source: Any, path: Path | str, *, focus: str | None = None, depth: int = 1,
                     types: Iterable[str] | str | None = None,
                     predicates: Iterable[str] | str | None = None,
                     since: str | None = None, until: str | None = None,
                     article: str | None = None, title: str = "aikg",
                     include_hedged: bool = False, layout: str | None = None) -> Path:
    """Write the interactive network view of ``source`` to ``path`` (one offline HTML file).

    ``source``: rdflib Graph/Dataset, a kg.store Backend, or a MultiDiGraph from
    :func:`kg.graphs.to_networkx`. Filters: see :func:`filter_graph` (they raise
    :class:`FilterError` on bad values). ``layout``: None (physics, or a
    precomputed layout past :data:`LARGE_GRAPH` nodes), ``"static"`` or ``"physics"``.
    """
    g = as_networkx(source, include_hedged=include_hedged)
    if any(x is not None for x in (focus, types, predicates, since, until, article)):
        g = filter_graph(g, focus=focus, depth=depth, types=types, predicates=predicates,
                         since=since, until=until, article=article)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_graph_html(graph_view_data(g, title=title, layout=layout)),
                    encoding="utf-8")
    return path


# --------------------------------------------------------------------------- timeline

def timeline_events(g: nx.MultiDiGraph, *, entity: str | None = None,
                    since: str | None = None, until: str | None = None) -> list[dict]:
    """Dated facts (one per relation and date), oldest first."""
    since_, until_ = parse_date(since, "since"), parse_date(until, "until")
    ent = resolve_entity(g, entity, "entity") if entity else None
    events = []
    for u, v, k, d in g.edges(keys=True, data=True):
        pred = str(d.get("predicate") or k)
        lane = _LANE_OF.get(pred)
        if lane is None or (ent is not None and ent not in (u, v)):
            continue
        by_date: dict[str, list[dict]] = {}
        for e in d.get("evidence") or ():
            if e.get("date") and _in_range(e["date"], since_, until_):
                by_date.setdefault(e["date"][:10], []).append(e)
        for date, ev in sorted(by_date.items()):
            events.append({
                "date": date, "predicate": pred, "lane": lane,
                "subject": _ent(g, u), "object": _ent(g, v), "modality": _strongest(ev),
                "evidence": [{"sentence": e.get("sentence"), "article": e.get("article"),
                              "title": e.get("title"), "modality": e.get("modality"),
                              "source": e.get("source"), "role": e.get("role")} for e in ev],
            })
    events.sort(key=lambda e: (e["date"], e["lane"], e["subject"]["label"], e["predicate"]))
    for i, e in enumerate(events):
        e["id"] = i
    return events


def _ent(g: nx.MultiDiGraph, n: Any) -> dict:
    d = g.nodes[n]
    return {"iri": str(n), "label": str(d.get("label") or str(n).rsplit("/", 1)[-1]),
            "type": _type_of(d) or "Other"}


def render_timeline_html(data: dict) -> str:
    return _render(_template("timeline.html"), {
        "DOM_JS": _template("dom.js"),
        "TITLE": html.escape(data.get("title") or "aikg timeline"), "DATA": script_json(data),
    })


def write_timeline_html(source: Any, path: Path | str, *, entity: str | None = None,
                        since: str | None = None, until: str | None = None,
                        title: str = "aikg timeline", include_hedged: bool = False) -> Path:
    """Write the timeline of dated facts (departures, hires, launches, investments,
    reorganisations, partnerships) to ``path``, one offline HTML file."""
    g = as_networkx(source, include_hedged=include_hedged)
    events = timeline_events(g, entity=entity, since=since, until=until)
    data = {"title": title, "events": events,
            "entity": _ent(g, resolve_entity(g, entity, "entity")) if entity else None,
            "lanes": [{"lane": lane, "color": LANE_COLOR[lane], "predicates": list(preds)}
                      for lane, preds in TIMELINE_LANES.items()]}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_timeline_html(data), encoding="utf-8")
    return path


def extract_data(page: str) -> dict:
    """The JSON embedded in a page written here (for tests and tools)."""
    m = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    if not m:
        raise ValueError("no kg-data element in this page")
    return json.loads(m.group(1))


__all__ = ["write_graph_html", "write_timeline_html", "filter_graph", "graph_view_data",
           "timeline_events", "resolve_entity", "FilterError", "extract_data", "TYPE_STYLE",
           "LARGE_GRAPH", "parse_types", "parse_predicates", "parse_date"]
