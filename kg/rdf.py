"""Resolved entities and facts -> an RDF dataset with provenance (the contract's shape).

Layout of the dataset:

* ``graph:entities`` holds every entity (type, ``rdfs:label``, ``skos:altLabel``)
  and every article (``aikg:Article`` with its metadata);
* ``graph:article/{id}`` holds, for one article, the direct triples it states
  (hedged ones excepted), one statement node per extraction, the qualified
  memberships (``org:Membership``) for named roles, and ``schema:mentions``
  links from the article to the entities it names.

The union of all graphs is the knowledge graph; ``merged_graph`` gives the
entities and direct relations alone (``graph.ttl``).
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.plugins.serializers.nt import _quoteLiteral   # rdflib's N-Triples literal writer

from .namespace import (AIKG, ENTITIES_GRAPH, ORG, RESOURCE, SCHEMA, article_graph,
                        article_iri, entity_iri)
from .records import Article, Fact, Resolved

PREFIXES = {"aikg": AIKG._NS, "org": ORG, "schema": SCHEMA, "prov": PROV, "skos": SKOS,
            "rdfs": RDFS, "owl": OWL, "xsd": XSD, "res": RESOURCE}


@functools.lru_cache(maxsize=1 << 14, typed=True)
def _literal(value, datatype=None, lang=None) -> Literal:
    """``Literal(value, ...)``, made once per value: most of a fact's literals repeat (offsets,
    modality, extractor, confidence, date) and rdflib's Literal constructor is slow."""
    return Literal(value, datatype=datatype, lang=lang)


# Terms looked up once: each ``RDF.type`` or ``AIKG.evidence`` goes through the namespace's
# __getattr__ and builds (and checks) a new URIRef, half a million times per 1,000 articles.
_TYPE, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object
_ASSERTION, _EVIDENCE, _START, _END = AIKG.Assertion, AIKG.evidence, AIKG.startChar, AIKG.endChar
_EXTRACTOR, _CONFIDENCE, _MODALITY, _DATE, _ROLE = (AIKG.extractor, AIKG.confidence, AIKG.modality,
                                                   AIKG.date, AIKG.role)
_DERIVED, _ATTRIBUTED = PROV.wasDerivedFrom, PROV.wasAttributedTo
_MEMBERSHIP, _MEMBER, _ORGANIZATION, _ORG_ROLE, _ROLE_CLASS = (ORG.Membership, ORG.member, ORG.organization,
                                                               ORG.role, ORG.Role)
_LABEL, _DECIMAL = RDFS.label, XSD.decimal
_MENTIONS, _ARTICLE = SCHEMA.mentions, AIKG.Article


@functools.lru_cache(maxsize=None)
def _predicate(name: str) -> URIRef:
    return AIKG[name]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def statement_iri(fact: Fact) -> URIRef:
    return RESOURCE[f"assertion/{_digest(fact.article_id, fact.subject, fact.predicate, fact.object, fact.start, fact.extractor)}"]


def role_iri(role: str) -> URIRef:
    from .text import slugify
    return RESOURCE[f"role/{slugify(role)}"]


def _date(value: str | None) -> Literal | None:
    """An ISO date, or a year-month or a year when that is all an article gives."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return _literal(value[:10], XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return _literal(value, XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return _literal(value, XSD.gYear)
    return None


def _bind(g: Graph | Dataset) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)


def add_article(g: Graph | set, art: Article) -> None:
    a = article_iri(art.id)
    g.add((a, RDF.type, AIKG.Article))
    g.add((a, AIKG.sourceId, Literal(art.source)))
    g.add((a, SCHEMA.identifier, Literal(art.id)))
    g.add((a, SCHEMA.inLanguage, Literal(art.lang)))
    if art.title:
        g.add((a, SCHEMA.headline, Literal(art.title)))
    if (d := _date(art.date)) is not None:
        g.add((a, SCHEMA.datePublished, d))
    if art.url:
        g.add((a, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))


def add_fact(g: Graph | set, fact: Fact, date: str | None) -> None:
    s, o = entity_iri(fact.subject), entity_iri(fact.object)
    p = _predicate(fact.predicate)
    if fact.modality != "hedged":
        g.add((s, p, o))
    st = statement_iri(fact)
    g.add((st, _TYPE, _ASSERTION))
    g.add((st, _TYPE, _STATEMENT))
    g.add((st, _SUBJECT, s))
    g.add((st, _PREDICATE, p))
    g.add((st, _OBJECT, o))
    g.add((st, _DERIVED, article_iri(fact.article_id)))
    g.add((st, _EVIDENCE, Literal(fact.evidence)))
    g.add((st, _START, _literal(fact.start)))
    g.add((st, _END, _literal(fact.end)))
    g.add((st, _EXTRACTOR, _literal(fact.extractor)))
    g.add((st, _CONFIDENCE, _literal(Decimal(str(round(fact.confidence, 3))), _DECIMAL)))
    g.add((st, _MODALITY, _literal(fact.modality)))
    d = _date(date)
    if d is not None:
        g.add((st, _DATE, d))
    if fact.attributed_to:
        g.add((st, _ATTRIBUTED, entity_iri(fact.attributed_to)))
    if fact.role:
        g.add((st, _ROLE, _literal(fact.role, lang="fr")))
        if fact.modality != "hedged":
            m = RESOURCE[f"membership/{_digest(fact.article_id, fact.subject, fact.object, fact.role)}"]
            r = role_iri(fact.role)
            g.add((m, _TYPE, _MEMBERSHIP))
            g.add((m, _MEMBER, s))
            g.add((m, _ORGANIZATION, o))
            g.add((m, _ORG_ROLE, r))
            g.add((r, _TYPE, _ROLE_CLASS))
            g.add((r, _LABEL, _literal(fact.role, lang="fr")))
            g.add((m, _DERIVED, article_iri(fact.article_id)))
            if d is not None:
                g.add((m, _DATE, d))


class Triples(set):
    """A graph as a plain set of ``(s, p, o)`` rdflib terms: what :func:`iter_graphs` yields.
    Filling an rdflib ``Graph`` (its Memory store keeps three indexes and fires events) cost
    most of a build's reduce step; a set has the same ``add`` and is iterated just as well.
    ``Graph().addN(...)`` or :func:`to_dataset` turn it into rdflib graphs where wanted."""

    def n_triples(self) -> list[str]:
        """Its N-Triples lines (``"<s> <p> <o> .\\n"``), in no particular order: what rdflib's own
        N-Triples row writer gives (a test compares them), with each IRI's form kept once made
        (the same entity, article and predicate IRIs come back in every graph; rdflib checks
        and formats each IRI again at every use)."""
        return [nt_row(t) for t in self]


def nt_row(triple) -> str:
    """One N-Triples line (``"<s> <p> <o> .\\n"``) of an rdflib triple, as rdflib's own row writer
    makes it, IRIs' forms memoised."""
    s, p, o = triple
    return f"{_n3(s)} {_n3(p)} {_n3(o)} .\n"


_IRI_N3: dict = {}


def _n3(term) -> str:
    """A term's N-Triples form, as rdflib's ``_nt_row`` writes it; IRIs' forms are memoised."""
    if type(term) is URIRef:
        n3 = _IRI_N3.get(term)
        if n3 is None:
            if len(_IRI_N3) > 1 << 18:       # bounded: a very long build does not keep them all
                _IRI_N3.clear()
            n3 = _IRI_N3[term] = term.n3()
        return n3
    if isinstance(term, Literal):
        return _quoteLiteral(term)
    return term.n3()


def iter_graphs(resolved: Resolved) -> Iterator[tuple[URIRef, Triples]]:
    """The dataset one small graph at a time: ``(graph name, Triples)``, first the entities
    graph, then one graph per article that states or mentions something (input order).
    ``kg build`` streams these to disk so that memory holds one article's graph at a time."""
    eg = Triples()
    for eid, ent in sorted(resolved.entities.items()):
        e = entity_iri(eid)
        eg.add((e, RDF.type, AIKG[ent.type]))
        eg.add((e, RDFS.label, Literal(ent.label)))
        for alias in sorted(ent.aliases - {ent.label}):
            eg.add((e, SKOS.altLabel, Literal(alias)))
    dates: dict[str, str | None] = {}
    for art in resolved.articles:
        add_article(eg, art)
        dates[art.id] = art.date
    yield ENTITIES_GRAPH, eg
    del eg

    mentions: dict[str, list[str]] = {}
    for eid, arts in sorted(resolved.mentions.items()):
        for aid in sorted(arts):
            mentions.setdefault(aid, []).append(eid)
    facts: dict[str, list[Fact]] = {}
    for fact in resolved.facts:
        facts.setdefault(fact.article_id, []).append(fact)
    for aid in dict.fromkeys([a.id for a in resolved.articles] + sorted(set(mentions) | set(facts))):
        if aid not in mentions and aid not in facts:
            continue
        g = Triples()
        a = article_iri(aid)
        for eid in mentions.pop(aid, ()):
            g.add((a, _MENTIONS, entity_iri(eid)))
        for fact in facts.pop(aid, ()):
            add_fact(g, fact, dates.get(aid))
        yield article_graph(aid), g


def to_dataset(resolved: Resolved) -> Dataset:
    """The whole dataset in memory (entities graph + one named graph per article)."""
    ds = Dataset(default_union=True)
    _bind(ds)
    for name, g in iter_graphs(resolved):
        target = ds.graph(name)
        target.addN((s, p, o, target) for s, p, o in g)
    return ds


def merged_graph(ds: Dataset) -> Graph:
    """Entities, labels and direct relations (plus memberships): ``graph.ttl``."""
    g = Graph()
    _bind(g)
    statements = set(ds.subjects(RDF.type, AIKG.Assertion))
    articles = set(ds.subjects(RDF.type, AIKG.Article))
    for s, p, o, _ in ds.quads((None, None, None, None)):
        if s in statements or s in articles:
            continue
        g.add((s, p, o))
    return g


def merged_part(g: Iterable[tuple], articles: set) -> Iterator[tuple]:
    """The triples of one graph of :func:`iter_graphs` that :func:`merged_graph` keeps: all but
    those about statement nodes and article nodes. ``articles`` carries the article nodes from
    one call to the next: they are typed in the entities graph, which comes first, and are the
    subjects of schema:mentions in the article graphs. A statement node is typed in its graph."""
    statements = set()
    for s, p, o in g:
        if p == _TYPE:
            if o == _ASSERTION:
                statements.add(s)
            elif o == _ARTICLE:
                articles.add(s)
    for t in g:
        if t[0] not in statements and t[0] not in articles:
            yield t


def iter_relations(ds: Dataset | Graph) -> Iterable[tuple[URIRef, str, URIRef]]:
    from .records import PREDICATES
    for pred in PREDICATES:
        for s, o in ds.subject_objects(AIKG[pred]):
            yield s, pred, o
