"""Questions asked of the knowledge graph: pure functions over the networkx graph.

Every function here takes the ``MultiDiGraph`` made by :func:`kg.graphs.to_networkx`
(``find_entity`` also accepts an rdflib graph or a backend, and then reads the
entities alone) and returns plain, JSON-friendly data: the CLI and the notebooks
format it, nothing here prints.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import Any

import networkx as nx
from rapidfuzz import fuzz

from .errors import QueryError
from .graphs import as_backend, fetch_entities, to_undirected_simple
from .text import fold

#: Category of a fact for :func:`changes`, by predicate (anything else is "others"); a
#: worksFor/leads fact is a hire only when its article says the person joins (see :func:`is_hire`),
#: else a role named ("roles").
CHANGE_CATEGORIES = {
    "worksFor": "hires", "leads": "hires",
    "leftOrganization": "departures",
    "develops": "models_products",
    "investsIn": "investments",
    "acquired": "acquisitions",
    "subOrganizationOf": "teams",
}
#: Categories in display order, with a human title.
CATEGORY_TITLES = {
    "hires": "Hires and new roles", "roles": "Roles named (not new)", "departures": "Departures",
    "models_products": "New models and products", "investments": "Investments",
    "acquisitions": "Acquisitions", "teams": "New teams and units", "others": "Other facts",
}

#: Words of a name whose absence barely matters (« Mistral » for « Mistral AI »).
_WEAK_TOKENS = frozenset({"ai", "inc", "sa", "sas", "ltd", "llc", "labs", "lab", "group",
                          "corp", "co", "the", "le", "la", "les"})
DEFAULT_CUTOFF = 80.0
#: Above this many nodes, betweenness is estimated from this many sampled sources (seeded).
BETWEENNESS_EXACT_MAX = 1000
BETWEENNESS_SAMPLES = 256


# --------------------------------------------------------------------------- find_entity

def _token_ratio(q: str, t: str) -> float:
    if len(q) <= 3 or len(t) <= 3:
        return 100.0 if q == t else 0.0
    return fuzz.ratio(q, t)


def name_score(query: str, form: str) -> float:
    """How well ``query`` names the surface form ``form`` (both already folded), 0 to 100.

    Exact name 100; the whole name with a typo or missing spaces (ratio >= 90)
    scores its ratio; otherwise every word of the query must match a word of the
    name (typos tolerated, words of 3 letters or less exact), and each word of
    the name left unmatched costs 5 points (1 for weak words such as « AI »):
    a surname alone scores 95.
    """
    if not query or not form:
        return 0.0
    if query == form:
        return 100.0
    best = 0.0
    q_ns, f_ns = query.replace(" ", ""), form.replace(" ", "")
    if q_ns == f_ns:
        best = 99.0
    elif len(q_ns) > 3:
        r = fuzz.ratio(q_ns, f_ns)
        if r >= 90:
            best = r * 0.99
    qt, ft = query.split(), form.split()
    matched: set[int] = set()
    scores = []
    for t in qt:
        ratios = [(_token_ratio(t, f), -i) for i, f in enumerate(ft) if i not in matched]
        if not ratios:
            return best
        r, neg_i = max(ratios)
        if r < 75:
            return best
        matched.add(-neg_i)
        scores.append(r)
    if all(ft[i] in _WEAK_TOKENS for i in matched):
        return best  # « AI » or « Le » alone names nothing
    penalty = sum(1 if ft[i] in _WEAK_TOKENS else 5 for i in range(len(ft)) if i not in matched)
    return max(best, sum(scores) / len(scores) - penalty)


def _name_index(source: Any) -> list[tuple[str, str, str | None, list[str]]]:
    if isinstance(source, nx.Graph):
        return [(n, d.get("label") or n, d.get("type"), list(d.get("aliases") or ()))
                for n, d in source.nodes(data=True)]
    ents = fetch_entities(as_backend(source))
    return [(iri, e["label"], e["type"], e["aliases"]) for iri, e in ents.items()]


def find_entity(source: Any, name: str, *, cutoff: float = DEFAULT_CUTOFF,
                limit: int = 10) -> list[tuple[str, str, str | None, float]]:
    """Entities named ``name``: ``[(iri, label, type, score), ...]``, best first.

    Matches the label or any alias, ignoring case, accents and punctuation, with
    typos tolerated (rapidfuzz) and a surname alone matching the person. An IRI
    matches its entity with score 100. Several candidates may come back (ties
    included): callers decide. ``source`` is the networkx graph or, to avoid
    building it, an rdflib graph/dataset or a backend.
    """
    index = _name_index(source)
    name = name.strip()
    for iri, label, typ, _aliases in index:
        if name == iri:
            return [(iri, label, typ, 100.0)]
    q = fold(name)
    if not q:
        return []
    found = []
    for iri, label, typ, aliases in index:
        score = max(name_score(q, fold(form)) for form in [label, *aliases])
        if score >= cutoff:
            found.append((iri, label, typ, round(score, 1)))
    found.sort(key=lambda c: (-c[3], fold(c[1]), c[0]))
    return found[:limit]


# --------------------------------------------------------------------------- profile

def _date_key(d: str | None) -> tuple[bool, str]:
    return (d is None, d or "")


def _evidence_view(ev: list[dict]) -> list[dict]:
    keys = ("sentence", "article", "title", "date", "modality", "confidence", "source", "role")
    return [{k: e.get(k) for k in keys} for e in ev]


def _node_ref(g: nx.MultiDiGraph, iri: str) -> dict:
    d = g.nodes[iri]
    return {"iri": iri, "label": d.get("label"), "type": d.get("type")}


def _relation(g: nx.MultiDiGraph, s: str, o: str, data: dict, direction: str) -> dict:
    other = o if direction == "out" else s
    return {"predicate": data["predicate"], "direction": direction,
            "subject": _node_ref(g, s), "object": _node_ref(g, o), "other": _node_ref(g, other),
            "modality": data.get("modality"), "support": data.get("support", 0),
            "first_date": data.get("first_date"), "last_date": data.get("last_date"),
            "evidence": _evidence_view(data.get("evidence", []))}


def _rel_key(r: dict) -> tuple:
    return (_date_key(r["first_date"]), r["predicate"], fold(r["other"]["label"] or ""))


def _require(g: nx.MultiDiGraph, iri: str) -> None:
    if iri not in g:
        raise QueryError(f"no entity {iri!r} in the graph")


def profile(g: nx.MultiDiGraph, iri: str) -> dict:
    """Everything the graph says about one entity, relations in time order."""
    _require(g, iri)
    d = g.nodes[iri]
    out = [_relation(g, iri, o, data, "out") for _, o, data in g.out_edges(iri, data=True)]
    inc = [_relation(g, s, iri, data, "in") for s, _, data in g.in_edges(iri, data=True)]
    return {"iri": iri, "label": d.get("label"), "type": d.get("type"),
            "aliases": list(d.get("aliases") or ()), "articles": list(d.get("articles") or ()),
            "out": sorted(out, key=_rel_key), "in": sorted(inc, key=_rel_key)}


# --------------------------------------------------------------------------- stats

def _pagerank(g: nx.MultiDiGraph, alpha: float = 0.85, tol: float = 1.0e-10,
              max_iter: int = 200) -> dict[str, float]:
    """networkx's PageRank, or the same power iteration in pure Python without scipy."""
    try:
        return nx.pagerank(g, alpha=alpha, weight=None)
    except ImportError:
        pass
    n = g.number_of_nodes()
    if n == 0:
        return {}
    out_w: dict[str, Counter] = {u: Counter() for u in g}
    for u, v in g.edges():
        out_w[u][v] += 1
    x = {u: 1.0 / n for u in g}
    for _ in range(max_iter):
        dangling = alpha * sum(x[u] for u in g if not out_w[u])
        nxt = {u: (1.0 - alpha) / n + dangling / n for u in g}
        for u, targets in out_w.items():
            total = sum(targets.values())
            for v, w in targets.items():
                nxt[v] += alpha * x[u] * w / total
        err = sum(abs(nxt[u] - x[u]) for u in g)
        x = nxt
        if err < n * tol:
            break
    return x


def _top(g: nx.MultiDiGraph, values: dict[str, float], top: int) -> list[dict]:
    ranked = sorted(values.items(), key=lambda kv: (-kv[1], fold(g.nodes[kv[0]].get("label") or ""), kv[0]))
    return [{**_node_ref(g, iri), "value": round(float(v), 6)} for iri, v in ranked[:top]]


def communities(g: nx.MultiDiGraph, *, seed: int = 42) -> list[list[str]]:
    """Louvain communities of the undirected simple graph (fixed seed): lists of IRIs,
    largest first, each sorted by label; isolated entities are left out."""
    ug = to_undirected_simple(g)
    ug.remove_nodes_from([n for n in list(ug) if ug.degree(n) == 0])
    if ug.number_of_nodes() == 0:
        return []
    # louvain's result depends on node order: make it independent of insertion order
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(ug.nodes(data=True)))
    ordered.add_edges_from(sorted((min(u, v), max(u, v), d) for u, v, d in ug.edges(data=True)))
    comms = nx.community.louvain_communities(ordered, weight="weight", seed=seed)
    label = lambda n: (fold(g.nodes[n].get("label") or ""), n)  # noqa: E731
    result = [sorted(c, key=label) for c in comms]
    result.sort(key=lambda c: (-len(c), label(c[0])))
    return result


def stats(g: nx.MultiDiGraph, top: int = 10, *, seed: int = 42) -> dict:
    """Counts, centralities (top ``top``), communities and connected components.

    Degree is the number of distinct neighbours; betweenness is computed on the
    undirected simple graph (estimated from ``BETWEENNESS_SAMPLES`` seeded sources
    above ``BETWEENNESS_EXACT_MAX`` nodes: ``betweenness_samples`` says which);
    PageRank follows the relations' direction.
    """
    ug = to_undirected_simple(g)
    k = BETWEENNESS_SAMPLES if len(ug) > BETWEENNESS_EXACT_MAX else None
    betweenness = nx.betweenness_centrality(ug, k=k, seed=seed) if len(ug) else {}
    types = Counter(d.get("type") or "Unknown" for _, d in g.nodes(data=True))
    preds = Counter(k for _, _, k in g.edges(keys=True))
    articles = set(g.graph.get("articles", {}))
    if not articles:
        for _, d in g.nodes(data=True):
            articles.update(d.get("articles") or ())
    comps = sorted((len(c) for c in nx.connected_components(ug)), reverse=True)
    comms = communities(g, seed=seed)
    return {
        "entities": g.number_of_nodes(),
        "relations": g.number_of_edges(),
        "articles": len(articles),
        "statements": sum(len(d.get("evidence", [])) for _, _, d in g.edges(data=True)),
        "types": dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        "predicates": dict(sorted(preds.items(), key=lambda kv: (-kv[1], kv[0]))),
        "degree": _top(g, dict(ug.degree()), top),
        "betweenness": _top(g, betweenness, top),
        "betweenness_samples": k,
        "pagerank": _top(g, _pagerank(g), top),
        "communities": [{"size": len(c), "members": [_node_ref(g, n) for n in c]} for c in comms],
        "components": {"count": len(comps), "sizes": comps},
    }


# --------------------------------------------------------------------------- changes

#: Words that make the role written after them a new one (« son nouveau directeur scientifique »).
NEW_ROLE_MARKERS = frozenset({"nouveau", "nouvel", "nouvelle", "futur", "future"})


def _cue_rules() -> dict:
    """The cue rules as the extractor reads them (``kg.extract.load_cues``, cached; no spaCy)."""
    from .extract import load_cues
    return load_cues().raw


@lru_cache(maxsize=1)
def join_cues() -> frozenset[str]:
    """The cue rules' lemmas that say a person joins an organisation or takes a post (« rejoint »,
    « recrute », « nommé », « l'arrivée de », « prend la tête de »: ``joining_cues``), folded. A
    cue-found worksFor/leads fact records its lemma in its extractor (``cue:PRED:LEMMA``)."""
    return frozenset(fold(str(w)) for w in _cue_rules().get("joining_cues") or []) - {""}


@lru_cache(maxsize=1)
def former_markers() -> frozenset[str]:
    """The cue rules' words for a role no longer held (« ancien PDG », « ex-directrice »), folded."""
    words = _cue_rules().get("former_markers") or ["ancien", "ancienne", "ex"]
    folded = {fold(str(w)) for w in words} - {""}
    return frozenset(folded | {w + "s" for w in folded if len(w) > 2})


def _role_after(evidence: dict, markers: frozenset[str]) -> bool:
    """Whether the evidence sentence writes the fact's role right after one of ``markers``."""
    sentence, role = fold(evidence.get("sentence") or ""), fold(evidence.get("role") or "")
    if not sentence or not role:
        return False
    for m in re.finditer(r"(?:^| )" + re.escape(role) + r"(?= |$)", sentence):
        before = sentence[:m.start()].split()
        if before and before[-1] in markers:
            return True
    return False


def is_hire(evidence: dict) -> bool:
    """Whether one worksFor/leads statement says a hire: a joining cue (:func:`join_cues`) found
    it, or its role is written as new (« le nouveau directeur »)."""
    parts = (evidence.get("extractor") or "").split(":")
    if len(parts) >= 3 and parts[0] in ("cue", "noun") and fold(parts[2].split("+")[0]) in join_cues():
        return True
    return _role_after(evidence, NEW_ROLE_MARKERS)


def is_former_role(evidence: dict, left_in: set[str] | frozenset = frozenset()) -> bool:
    """Whether one worksFor/leads statement is about a post the person no longer holds: the
    role is written as a former one (« ancien chercheur de X »), or its article (one of
    ``left_in``) says the person left that organisation."""
    return evidence.get("article") in left_in or _role_after(evidence, former_markers())


def _parse(d: date | str | None) -> str | None:
    if d is None:
        return None
    if isinstance(d, str):
        d = date.fromisoformat(d)
    return d.isoformat()


def changes(g: nx.MultiDiGraph, since: date | str, until: date | str | None = None) -> list[dict]:
    """Facts stated by articles dated within ``[since, until]`` (bounds included).

    One item per (subject, predicate, object) with in-window evidence, hedged
    statements excluded: ``category`` (see :data:`CHANGE_CATEGORIES`), the
    entities, ``date`` (first in the window), ``evidence`` and ``sources``
    (article ids) in the window, and ``corroboration`` = ``{"total", "window"}``
    distinct supporting articles overall and in the window. Sorted by date.

    A worksFor/leads fact is a hire ("hires") by the statements that say one (:func:`is_hire`),
    else a role named ("roles"); statements of a former role (:func:`is_former_role`: « ancien
    chercheur de X », or the person leaves X in the same article) are left out.
    """
    lo, hi = _parse(since), _parse(until)
    left_in: dict[tuple[str, str], set[str]] = {}
    for s, o, data in g.edges(data=True):
        if data["predicate"] == "leftOrganization":
            left_in[(s, o)] = {e["article"] for e in data.get("evidence", []) if e.get("article")}

    def within(e: dict) -> bool:
        return bool(e.get("date")) and e["date"] >= lo and (hi is None or e["date"] <= hi)

    items = []
    for s, o, data in g.edges(data=True):
        ev = [e for e in data.get("evidence", []) if e.get("modality") != "hedged"]
        pred = data["predicate"]
        category = CHANGE_CATEGORIES.get(pred, "others")
        if category == "hires":
            ev = [e for e in ev if not is_former_role(e, left_in.get((s, o), set()))]
            hired = [e for e in ev if is_hire(e)]
            if any(within(e) for e in hired):
                ev = hired
            else:
                category = "roles"
        in_window = [e for e in ev if within(e)]
        if not in_window:
            continue
        items.append({
            "category": category,
            "subject": _node_ref(g, s), "predicate": pred, "object": _node_ref(g, o),
            "date": min(e["date"] for e in in_window),
            "modality": max((e["modality"] for e in in_window), key=lambda m: m == "asserted"),
            "sources": sorted({e["article"] for e in in_window if e.get("article")}),
            "corroboration": {"total": len({e["article"] for e in ev if e.get("article")}),
                              "window": len({e["article"] for e in in_window if e.get("article")})},
            "evidence": _evidence_view(in_window),
        })
    order = list(CATEGORY_TITLES)
    items.sort(key=lambda i: (i["date"], order.index(i["category"]), i["predicate"],
                              fold(i["subject"]["label"] or ""), fold(i["object"]["label"] or "")))
    return items


# --------------------------------------------------------------------------- paths

def _hop(g: nx.MultiDiGraph, u: str, v: str) -> dict:
    rels = []
    for s, o in ((u, v), (v, u)):
        if not g.has_edge(s, o):
            continue
        for key, data in g[s][o].items():
            rels.append({"subject": _node_ref(g, s), "predicate": key, "object": _node_ref(g, o),
                         "direction": "forward" if s == u else "backward",
                         "support": data.get("support", 0), "modality": data.get("modality"),
                         "evidence": _evidence_view(data.get("evidence", []))})
    rels.sort(key=lambda r: (-r["support"], r["direction"] != "forward", r["predicate"]))
    main = rels[0]
    return {"from": _node_ref(g, u), "to": _node_ref(g, v), **{k: main[k] for k in
            ("subject", "predicate", "object", "direction", "support", "modality", "evidence")},
            "relations": rels}


def paths(g: nx.MultiDiGraph, a: str, b: str, max_paths: int = 3) -> list[list[dict]]:
    """Up to ``max_paths`` shortest chains of relations from ``a`` to ``b``.

    Direction is ignored to find them; each hop reports the relation's real
    direction (``forward`` when it reads from the hop's ``from`` to its ``to``),
    its predicate and its evidence (``relations`` lists every relation between
    the pair, the main one first). Chains with more supporting articles come
    first, then by the names along them. No path, or ``a == b``: ``[]``.
    """
    _require(g, a)
    _require(g, b)
    if a == b:
        return []
    ug = to_undirected_simple(g)
    try:
        found = list(islice(nx.all_shortest_paths(ug, a, b), 1000))
    except nx.NetworkXNoPath:
        return []
    label = lambda n: fold(g.nodes[n].get("label") or "")  # noqa: E731
    chains = [[_hop(g, u, v) for u, v in zip(p, p[1:])] for p in found]
    # best supported first (sum over hops of the main relation's articles), then by names
    order = sorted(range(len(found)), key=lambda i: (-sum(h["support"] for h in chains[i]),
                                                     [label(n) for n in found[i]], found[i]))
    return [chains[i] for i in order[:max_paths]]
