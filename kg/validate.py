"""SHACL validation of a built graph against the contract (ontology/shapes.ttl).

The built dataset spreads an entity's type (graph:entities) and the triples that use
it (graph:article/...) over several named graphs, so validation runs on their union:
``validate`` copies every triple of a Graph or Dataset into one plain Graph first.
Cost: about 0.7 s per 17k triples with pyshacl (a third of it filling rdflib's store),
so ``kg build`` can validate every time (in batches, see ``kg.pipeline._validate_batches``).

    >>> report = validate(to_dataset(resolved))
    >>> report.conforms, report.summary()
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, SH, XSD

from . import resources

SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@dataclass
class Violation:
    """One SHACL result, in plain strings (IRIs as N3-free strings)."""

    focus: str
    path: str | None
    message: str
    severity: str                # "Violation" | "Warning" | "Info"
    value: str | None = None     # the offending value, when the result names one
    shape: str | None = None     # the source shape (an IRI, or a blank node id)

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        val = f" = {self.value}" if self.value is not None else ""
        return f"[{self.severity}] <{self.focus}>{where}{val}: {self.message}"


def _report_order(v: Violation) -> tuple:
    """Violations first, then warnings and infos; then by message, focus node and path."""
    return ({"Violation": 0, "Warning": 1, "Info": 2}.get(v.severity, 3), v.message, v.focus, v.path or "")


@dataclass
class ValidationReport:
    conforms: bool                # no sh:Violation (warnings and infos allowed)
    violations: list[Violation] = field(default_factory=list)

    @classmethod
    def merged(cls, reports: "list[ValidationReport]") -> "ValidationReport":
        """One report for several validated parts of a graph: conforms if each does; each
        violation once (a node checked in two parts reports the same result twice)."""
        seen, violations = set(), []
        for r in reports:
            for v in r.violations:
                if str(v) not in seen:
                    seen.add(str(v))
                    violations.append(v)
        violations.sort(key=_report_order)
        return cls(conforms=all(r.conforms for r in reports), violations=violations)

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == "Warning"]

    def summary(self) -> str:
        """One line: ``SHACL: conforms (2 warnings)`` or ``SHACL: 3 violations: ...``."""
        n_warn = len(self.warnings)
        warn = f"{n_warn} warning{'s' if n_warn != 1 else ''}"
        if self.conforms:
            return "SHACL: conforms" + (f" ({warn})" if n_warn else "")
        errs = self.errors
        # group by message so that one systematic mistake reads as one line
        counts: dict[str, int] = {}
        for v in errs:
            counts[v.message] = counts.get(v.message, 0) + 1
        parts = [f"{msg} (x{n})" if n > 1 else msg for msg, n in
                 sorted(counts.items(), key=lambda kv: -kv[1])[:3]]
        more = "; ..." if len(counts) > 3 else ""
        tail = f" (+{warn})" if n_warn else ""
        return (f"SHACL: {len(errs)} violation{'s' if len(errs) != 1 else ''}: "
                + "; ".join(parts) + more + tail)

    def __str__(self) -> str:
        return "\n".join([self.summary(), *map(str, self.violations)])


@functools.lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(data=resources.read_text("shapes.ttl"), format="turtle")


@functools.lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(data=resources.read_text("aikg.ttl"), format="turtle")


def load_shapes() -> Graph:
    """The shipped SHACL shapes (parsed once; do not modify the returned graph)."""
    return _shapes()


def load_ontology() -> Graph:
    """The shipped OWL ontology (parsed once; do not modify the returned graph)."""
    return _ontology()


def _lexical(o, cache: dict) -> Literal:
    """A typed literal rebuilt from its lexical form, as a serialize/parse round trip
    would give it. rdflib keeps the Python value a literal was made from
    (``Literal(0.9, datatype=XSD.decimal)`` holds a float), and pyshacl checks that
    value: without this, an in-memory dataset and its own graph.trig would not
    validate alike."""
    lit = cache.get(o)
    if lit is None:
        lit = cache[o] = Literal(str(o), datatype=o.datatype)
    return lit


def normalized(triples, cache: dict | None = None):
    """``triples`` with typed literals rebuilt from their lexical form (see ``_lexical``)."""
    cache = {} if cache is None else cache
    string = XSD.string
    for s, p, o in triples:
        if type(o) is Literal and o.datatype is not None and o.datatype != string:
            o = _lexical(o, cache)
        yield s, p, o


class ValidationGraph(Graph):
    """The plain Graph that pyshacl validates, whose ``query`` parses each distinct SPARQL text
    once per process. pyshacl sends the text of every SPARQL target (one per shape: 34 with the
    shipped shapes) again at each validation, and rdflib's parser costs about 6 ms a query:
    0.2 s per SHACL batch, a fifth of a build's validation time, before this cache."""

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # noqa: N803
              initBindings=None, use_store_provided=True, **kwargs):                  # noqa: N803
        if isinstance(query_object, str) and processor == "sparql":
            ns = initNs if initNs is not None else dict(self.namespaces())
            query_object = _prepared(query_object, tuple(sorted((k, str(v)) for k, v in ns.items())))
        return super().query(query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs)


@functools.lru_cache(maxsize=256)
def _prepared(text: str, namespaces: tuple):
    from rdflib.plugins.sparql import prepareQuery
    return prepareQuery(text, initNs=dict(namespaces))


def graph_of(sources) -> ValidationGraph:
    """One fresh Graph with every triple of ``sources`` (iterables of ``(s, p, o)``), typed
    literals normalised to their lexical form (see ``_lexical``)."""
    g = ValidationGraph()
    cache: dict = {}
    for triples in sources:
        g.addN((s, p, o, g) for s, p, o in normalized(triples, cache))
    return g


def union_graph(data: Graph | Dataset) -> Graph:
    """A fresh plain Graph with every triple of ``data``, whatever graph it sits in
    (typed literals normalised to their lexical form, see ``_lexical``)."""
    if isinstance(data, (Dataset, ConjunctiveGraph)):
        # graph by graph: much faster than Dataset.quads() on rdflib's Memory store
        contexts = data.graphs() if isinstance(data, Dataset) else data.contexts()
        g = graph_of(ctx.triples((None, None, None)) for ctx in contexts)
    else:
        g = graph_of([data.triples((None, None, None))])
    for prefix, ns in data.namespaces():
        g.bind(prefix, ns, override=False)
    return g


def _str(node) -> str | None:
    return None if node is None else str(node)


def _path(report: Graph, node, depth: int = 0) -> str | None:
    """sh:resultPath as a string: the IRI of a predicate path, else a SPARQL-like
    form with <IRI>s (``<http://...#subject>/<http://...#type>``)."""
    if node is None:
        return None
    if isinstance(node, URIRef):
        return str(node) if depth == 0 else f"<{node}>"
    if depth > 8:
        return str(node)
    items = list(report.items(node))
    if items:
        seq = "/".join(_path(report, i, depth + 1) or "" for i in items)
        return seq if depth == 0 else f"({seq})"
    for pred, fmt in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"),
                      (SH.oneOrMorePath, "{}+"), (SH.zeroOrOnePath, "{}?")):
        inner = report.value(node, pred)
        if inner is not None:
            return fmt.format(_path(report, inner, depth + 1))
    alt = report.value(node, SH.alternativePath)
    if alt is not None:
        return "(" + "|".join(_path(report, i, depth + 1) or "" for i in report.items(alt)) + ")"
    return str(node)


def parse_report(report: Graph) -> list[Violation]:
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        sev = report.value(r, SH.resultSeverity)
        msgs = sorted(str(m) for m in report.objects(r, SH.resultMessage))
        out.append(Violation(
            focus=_str(report.value(r, SH.focusNode)) or "",
            path=_path(report, report.value(r, SH.resultPath)),
            message=" / ".join(msgs) or _str(report.value(r, SH.sourceConstraintComponent)) or "",
            severity=SEVERITIES.get(sev, _str(sev) or "Violation"),
            value=_str(report.value(r, SH.value)),
            shape=_str(report.value(r, SH.sourceShape)),
        ))
    out.sort(key=_report_order)
    return out


def validate(data: Graph | Dataset, shapes: Graph | None = None,
             ontology: Graph | None = None, inference: str = "none", copy: bool = True) -> ValidationReport:
    """Validate the union of all graphs of ``data`` against the shapes.

    ``data`` is a Graph or a Dataset (all its named graphs are merged: entity types
    and the relations that use them live in different graphs). ``shapes`` defaults to
    the shipped ``shapes.ttl``. ``ontology`` (e.g. ``load_ontology()``) is mixed into
    the data graph when given; the shipped shapes do not need it. ``inference`` is
    passed to pyshacl; keep "none" with the shipped shapes, which check *asserted*
    types (RDFS inference would add super-classes such as org:Organization as types
    and so break "exactly one of the seven types").
    ``copy=False`` validates a plain Graph as it is (the caller built it with ``normalized``
    triples and will not use it again).
    """
    import pyshacl

    g = data if not copy and type(data) in (Graph, ValidationGraph) else union_graph(data)
    conforms, report, _text = pyshacl.validate(
        g,
        shacl_graph=shapes if shapes is not None else load_shapes(),
        ont_graph=ontology,
        inference=inference,
        advanced=True,          # SPARQL targets (statement nodes per predicate)
        allow_warnings=True,
        abort_on_first=False,
        inplace=True,           # g is our own copy
    )
    violations = parse_report(report)
    ok = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=ok, violations=violations)


def validate_parts(parts) -> ValidationReport:
    """Validate the union of ``parts`` (iterables of ``(s, p, o)`` rdflib triples) against the
    shipped shapes, in one plain Graph with typed literals normalised (see ``_lexical``).
    The unit of work of one SHACL batch of ``kg build``: its arguments pickle, so it also
    runs in a worker process."""
    return validate(graph_of(parts), copy=False)


__all__ = ["Violation", "ValidationReport", "ValidationGraph", "validate", "validate_parts", "load_shapes",
           "load_ontology", "union_graph", "graph_of", "normalized", "parse_report"]
