"""The one place where the RDF graph becomes a networkx graph.

:func:`to_networkx` reads the contract's shape (../shared/ONTOLOGY.md) with a
handful of whole-graph SPARQL SELECTs, so that it works the same on an rdflib
``Graph``/``Dataset`` and on any :class:`kg.store.Backend` (a remote endpoint
included), and never issues per-node queries.

The result is a ``networkx.MultiDiGraph``:

* nodes are keyed by the entity IRI (a ``str``) and carry ``label``, ``type``
  (``Organization``, ``Team``, ``Person``, ``AIModel``, ``Product``, ``Event``,
  ``Place``), ``aliases`` (sorted list) and ``articles`` (sorted list of the ids
  of the articles that mention it);
* edges are keyed by predicate (``key="develops"``) and carry ``predicate``,
  ``evidence`` (list of dicts ``sentence``, ``article``, ``title``, ``date``,
  ``modality``, ``confidence``, ``start``, ``end``, ``source``, ``role``, ``extractor``,
  sorted by date),
  ``first_date`` / ``last_date``, ``support`` (distinct articles) and
  ``modality`` (the strongest one among its evidence: asserted > reported >
  hedged);
* ``g.graph["articles"]`` maps each article id to ``{"iri", "title", "date"}``.

Direct triples are edges. Hedged statements have no direct triple: they become
edges (``modality="hedged"``) only with ``include_hedged=True``; otherwise
hedged statements are left out everywhere, evidence lists included.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Protocol

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from .namespace import ONTOLOGY_IRI
from .records import MODALITIES, PREDICATES, TYPES

PREFIXES = f"""\
PREFIX aikg: <{ONTOLOGY_IRI}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

_TYPE_VALUES = " ".join(f"aikg:{t}" for t in TYPES)
_PRED_VALUES = " ".join(f"aikg:{p}" for p in PREDICATES)

Q_ENTITIES = PREFIXES + f"""
SELECT ?e ?type ?label WHERE {{
  VALUES ?type {{ {_TYPE_VALUES} }}
  ?e a ?type .
  OPTIONAL {{ ?e rdfs:label ?label }}
}}"""

Q_ALIASES = PREFIXES + """
SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }"""

Q_ARTICLES = PREFIXES + """
SELECT ?a ?prop ?val WHERE {
  VALUES ?prop { schema:identifier schema:headline schema:datePublished }
  ?a a aikg:Article ; ?prop ?val .
}"""

Q_MENTIONS = PREFIXES + """
SELECT DISTINCT ?a ?e WHERE { ?a schema:mentions ?e }"""

Q_TRIPLES = PREFIXES + f"""
SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?p {{ {_PRED_VALUES} }}
  ?s ?p ?o .
}}"""

Q_STATEMENTS = PREFIXES + """
SELECT ?st ?s ?p ?o ?article ?sentence ?modality ?source ?role ?extractor
       (CONCAT(COALESCE(STR(?start), ""), "|", COALESCE(STR(?end), ""), "|",
               COALESCE(STR(?confidence), ""), "|", COALESCE(STR(?date), "")) AS ?nums) WHERE {
  ?st a aikg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?st prov:wasDerivedFrom ?article }
  OPTIONAL { ?st aikg:evidence ?sentence }
  OPTIONAL { ?st aikg:startChar ?start }
  OPTIONAL { ?st aikg:endChar ?end }
  OPTIONAL { ?st aikg:modality ?modality }
  OPTIONAL { ?st aikg:confidence ?confidence }
  OPTIONAL { ?st aikg:date ?date }
  OPTIONAL { ?st prov:wasAttributedTo ?source }
  OPTIONAL { ?st aikg:role ?role }
  OPTIONAL { ?st aikg:extractor ?extractor }
}"""
# (offsets, confidence and date travel as one plain string, ``?nums``: typed literals are
# the costly part of reading tens of thousands of rows from a store)

#: The whole-graph queries, by name (see :func:`rows`).
QUERIES = {"entities": Q_ENTITIES, "aliases": Q_ALIASES, "articles": Q_ARTICLES,
           "mentions": Q_MENTIONS, "triples": Q_TRIPLES, "statements": Q_STATEMENTS}

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_PROV = "http://www.w3.org/ns/prov#"
_SCHEMA = "https://schema.org/"
_STATEMENT_PROPS = {
    _RDF + "subject": "s", _RDF + "predicate": "p", _RDF + "object": "o",
    _PROV + "wasDerivedFrom": "article", ONTOLOGY_IRI + "evidence": "sentence",
    ONTOLOGY_IRI + "startChar": "start", ONTOLOGY_IRI + "endChar": "end",
    ONTOLOGY_IRI + "modality": "modality", ONTOLOGY_IRI + "confidence": "confidence",
    ONTOLOGY_IRI + "date": "date", _PROV + "wasAttributedTo": "source",
    ONTOLOGY_IRI + "role": "role", ONTOLOGY_IRI + "extractor": "extractor",
}
_NUMS = ("start", "end", "confidence", "date")
_STATEMENT_VARS = ("st", *(v for v in _STATEMENT_PROPS.values() if v not in _NUMS))
_ARTICLE_PROPS = {_SCHEMA + "identifier": "id", _SCHEMA + "headline": "title",
                  _SCHEMA + "datePublished": "date"}
_STRENGTH = {m: i for i, m in enumerate(reversed(MODALITIES))}  # hedged 0 < reported 1 < asserted 2


class SelectBackend(Protocol):
    """What this module needs of a backend (``kg.store.Backend`` has it)."""

    def select(self, sparql: str, bindings: dict | None = None) -> list[dict[str, Node | None]]: ...


class _GraphBackend:
    """A SELECT adapter over an rdflib Graph or Dataset (union of all graphs).

    ``native_rows`` answers the module's own whole-graph queries by iterating
    triples directly: the same rows as the SPARQL text, an order of magnitude
    faster than rdflib's query engine on large graphs.
    """

    def __init__(self, g: Graph | Dataset):
        if isinstance(g, Dataset) and not g.default_union:
            g = Dataset(store=g.store, default_union=True)
        self.g = g

    def select(self, sparql: str, bindings: dict | None = None) -> list[dict[str, Node | None]]:
        result = self.g.query(sparql, initBindings=bindings or None)
        names = [str(v) for v in result.vars]
        return [dict(zip(names, row)) for row in result]

    def _triples(self, s=None, p=None, o=None):
        """Distinct triples matching the pattern, over the union of all graphs."""
        if isinstance(self.g, Dataset):  # the store directly: no per-call deprecation noise
            return {t for t, _ in self.g.store.triples((s, p, o), context=None)}
        return set(self.g.triples((s, p, o)))

    def native_rows(self, name: str) -> list[dict[str, Node | None]]:
        T = self._triples
        if name == "entities":
            labels: dict[Node, set] = defaultdict(set)
            for e, _, lab in T(None, RDFS.label, None):
                labels[e].add(lab)
            rows = []
            for typ in TYPES:
                t = URIRef(ONTOLOGY_IRI + typ)
                for e, _, _ in T(None, RDF.type, t):
                    rows.extend({"e": e, "type": t, "label": lab} for lab in labels.get(e) or {None})
            return rows
        if name == "aliases":
            return [{"e": e, "alias": a} for e, _, a in T(None, SKOS.altLabel, None)]
        if name == "articles":
            arts = {a for a, _, _ in T(None, RDF.type, URIRef(ONTOLOGY_IRI + "Article"))}
            rows = []
            for prop in _ARTICLE_PROPS:
                rows.extend({"a": a, "prop": URIRef(prop), "val": v}
                            for a, _, v in T(None, URIRef(prop), None) if a in arts)
            return rows
        if name == "mentions":
            return [{"a": a, "e": e} for a, _, e in T(None, URIRef(_SCHEMA + "mentions"), None)]
        if name == "triples":
            rows = []
            for pred in PREDICATES:
                p = URIRef(ONTOLOGY_IRI + pred)
                rows.extend({"s": s, "p": p, "o": o} for s, _, o in T(None, p, None))
            return rows
        if name == "statements":
            stmts = {st for st, _, _ in T(None, RDF.type, URIRef(ONTOLOGY_IRI + "Assertion"))}
            table: dict[Node, dict] = {st: dict.fromkeys(_STATEMENT_VARS + _NUMS) for st in stmts}
            for prop, var in _STATEMENT_PROPS.items():
                for st, _, val in T(None, URIRef(prop), None):
                    row = table.get(st)
                    if row is not None and (row[var] is None or str(val) < str(row[var])):
                        row[var] = val
            rows = []
            for st, row in table.items():
                if row["s"] is None or row["p"] is None or row["o"] is None:
                    continue
                row["st"] = st
                row["nums"] = Literal("|".join("" if row[k] is None else str(row[k]) for k in _NUMS))
                for k in _NUMS:
                    del row[k]
                rows.append(row)
            return rows
        raise KeyError(name)


def rows(backend: SelectBackend, name: str) -> list[dict[str, Node | None]]:
    """The rows of the whole-graph query ``QUERIES[name]`` (natively for rdflib graphs)."""
    native = getattr(backend, "native_rows", None)
    if native is not None:
        return native(name)
    return backend.select(QUERIES[name])


def as_backend(source: Graph | Dataset | SelectBackend) -> SelectBackend:
    """``source`` itself when it is a backend, else a SELECT adapter over the rdflib graph."""
    if isinstance(source, Graph):  # Dataset is a Graph too
        return _GraphBackend(source)
    if isinstance(getattr(source, "dataset", None), Graph):  # kg.store.RdflibBackend
        return _GraphBackend(source.dataset)
    if hasattr(source, "select"):
        return source
    raise TypeError(f"not an rdflib Graph/Dataset nor a backend: {type(source).__name__}")


# --------------------------------------------------------------------------- helpers

def local_name(iri: str) -> str:
    """Last segment of an IRI (after ``#`` or ``/``)."""
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri


def article_id_of(iri: str) -> str:
    """Fallback article id: ``.../resource/article/a1`` -> ``a1``."""
    return iri.split("/article/", 1)[1] if "/article/" in iri else local_name(iri)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)[:10] or None


def _date_key(d: str | None) -> tuple[bool, str]:
    return (d is None, d or "")


# --------------------------------------------------------------------------- fetching

def fetch_entities(backend: SelectBackend) -> dict[str, dict]:
    """Every typed entity: IRI -> ``{"label", "type", "aliases"}`` (two whole-graph queries)."""
    ents: dict[str, dict] = {}
    for row in rows(backend, "entities"):
        iri = str(row["e"])
        ent = ents.setdefault(iri, {"label": None, "type": local_name(str(row["type"])),
                                    "aliases": set()})
        label = row.get("label")
        if label is not None and (ent["label"] is None or str(label) < ent["label"]):
            ent["label"] = str(label)
    for row in rows(backend, "aliases"):
        iri = str(row["e"])
        if iri in ents:
            ents[iri]["aliases"].add(str(row["alias"]))
    for iri, ent in ents.items():
        if ent["label"] is None:
            ent["label"] = local_name(iri)
        ent["aliases"] = sorted(ent["aliases"] - {ent["label"]})
    return ents


def fetch_articles(backend: SelectBackend) -> dict[str, dict]:
    """Article IRI -> ``{"id", "title", "date"}``."""
    arts: dict[str, dict] = defaultdict(dict)
    for row in rows(backend, "articles"):
        key = _ARTICLE_PROPS.get(str(row["prop"]))
        if key:
            arts[str(row["a"])][key] = str(row["val"])
    out = {}
    for iri, props in arts.items():
        out[iri] = {"id": props.get("id") or article_id_of(iri), "title": props.get("title"),
                    "date": _iso(props.get("date"))}
    return out


def fetch_statements(backend: SelectBackend) -> list[dict]:
    """Every statement node as one dict (one whole-graph query)."""
    stmts: dict[str, dict] = defaultdict(dict)
    for row in rows(backend, "statements"):
        st = stmts[str(row["st"])]  # several rows for one node only if a property repeats
        for var, val in row.items():
            if var != "st" and val is not None and (st.get(var) is None or str(val) < str(st[var])):
                st[var] = val
    out = []
    for iri, props in sorted(stmts.items()):
        if not {"s", "p", "o"} <= props.keys():
            continue
        props["iri"] = iri
        parts = (str(props.pop("nums", "") or "").split("|") + ["", "", "", ""])[:4]
        start, end, conf, day = parts
        props["start"] = _int(start)
        props["end"] = _int(end)
        props["confidence"] = _float(conf)
        props["date"] = day[:10] or None
        out.append(props)
    return out


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


# --------------------------------------------------------------------------- conversion

def to_networkx(source: Graph | Dataset | SelectBackend, *, include_hedged: bool = False) -> nx.MultiDiGraph:
    """The knowledge graph as a ``MultiDiGraph`` (see the module's docstring for its shape)."""
    backend = as_backend(source)
    ents = fetch_entities(backend)
    arts = fetch_articles(backend)

    g = nx.MultiDiGraph(include_hedged=include_hedged)
    g.graph["articles"] = {a["id"]: {"iri": iri, "title": a["title"], "date": a["date"]}
                           for iri, a in sorted(arts.items(), key=lambda kv: kv[1]["id"])}

    mentions: dict[str, set[str]] = defaultdict(set)
    for row in rows(backend, "mentions"):
        a = str(row["a"])
        mentions[str(row["e"])].add(arts[a]["id"] if a in arts else article_id_of(a))

    def add_node(iri: str) -> None:
        if iri in g:
            return
        ent = ents.get(iri, {"label": local_name(iri), "type": None, "aliases": []})
        g.add_node(iri, label=ent["label"], type=ent["type"], aliases=list(ent["aliases"]),
                   articles=sorted(mentions.get(iri, ())))

    for iri in sorted(ents):
        add_node(iri)

    # evidence per (s, p, o)
    evidence: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    hedged_only: set[tuple[str, str, str]] = set()
    for st in fetch_statements(backend):
        modality = str(st.get("modality") or "asserted")
        if modality == "hedged" and not include_hedged:
            continue
        s, p, o = str(st["s"]), local_name(str(st["p"])), str(st["o"])
        if p not in PREDICATES:
            continue
        art_iri = str(st["article"]) if st.get("article") is not None else None
        art = arts.get(art_iri, {}) if art_iri else {}
        src = st.get("source")
        if src is not None and isinstance(src, URIRef):
            src = ents.get(str(src), {}).get("label") or local_name(str(src))
        elif src is not None:
            src = str(src)
        evidence[(s, p, o)].append({
            "sentence": str(st["sentence"]) if st.get("sentence") is not None else None,
            "article": art.get("id") or (article_id_of(art_iri) if art_iri else None),
            "title": art.get("title"),
            "date": st["date"] or art.get("date"),
            "modality": modality,
            "confidence": st["confidence"],
            "start": st["start"],
            "end": st["end"],
            "source": src,
            "role": str(st["role"]) if st.get("role") is not None else None,
            "extractor": str(st["extractor"]) if st.get("extractor") is not None else None,
        })
        if modality == "hedged":
            hedged_only.add((s, p, o))

    triples = {(str(r["s"]), local_name(str(r["p"])), str(r["o"]))
               for r in rows(backend, "triples")}
    edges = set(triples)
    if include_hedged:
        edges |= hedged_only
    for s, p, o in sorted(edges):
        ev = sorted(evidence.get((s, p, o), []),
                    key=lambda e: (_date_key(e["date"]), e["article"] or "", e["start"] or 0))
        dates = [e["date"] for e in ev if e["date"]]
        if ev:
            modality = max((e["modality"] for e in ev), key=lambda m: _STRENGTH.get(m, 2))
        else:
            modality = "asserted"
        if (s, p, o) in triples and modality == "hedged":
            modality = "asserted"  # a direct triple with only hedged evidence: asserted elsewhere
        add_node(s)
        add_node(o)
        g.add_edge(s, o, key=p, predicate=p, evidence=ev,
                   first_date=min(dates) if dates else None,
                   last_date=max(dates) if dates else None,
                   support=len({e["article"] for e in ev if e["article"]}),
                   modality=modality)
    return g


def to_undirected_simple(g: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per linked pair, for centrality and communities.

    Edge attributes: ``predicates`` (sorted list) and ``weight`` (the number of
    relations between the pair, each counted once per supporting article, at least 1).
    """
    ug = nx.Graph()
    ug.add_nodes_from(g.nodes(data=True))
    for u, v, data in g.edges(data=True):
        if u == v:
            continue
        w = max(int(data.get("support") or 0), 1)
        if ug.has_edge(u, v):
            ed = ug[u][v]
            ed["weight"] += w
            ed["predicates"] = sorted(set(ed["predicates"]) | {data["predicate"]})
        else:
            ug.add_edge(u, v, weight=w, predicates=[data["predicate"]])
    return ug
