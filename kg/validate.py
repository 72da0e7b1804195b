"""SHACL validation of a built graph against the contract (ontology/shapes.ttl).

The engine is pyshacl-turbo (SHACL in Rust, pySHACL-compatible reports; the test suite checks
that it and pySHACL find the same results on the shipped shapes). The shapes are compiled once
per process; the data goes in as N-Triples text, which the engine parses natively, so no rdflib
store is filled, and the validation itself runs without holding Python's GIL (``kg build``
validates batches in threads while it writes the files).

The built dataset spreads an entity's type (graph:entities) and the triples that use it
(graph:article/...) over several named graphs, so validation runs on their union.
Typed literals go in by their lexical form, as graph.trig holds them: rdflib keeps the Python
value a literal was made from (``Literal(0.9, datatype=XSD.decimal)`` holds a float), and the
N-Triples text carries the lexical form, so an in-memory dataset and its own graph.trig
validate alike.

    >>> report = validate(to_dataset(resolved))
    >>> report.conforms, report.summary()
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, SH

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


@functools.lru_cache(maxsize=1)
def _program():
    """The shipped shapes compiled by the engine (once per process; shareable across threads)."""
    import pyshacl_turbo
    return pyshacl_turbo.compile_shapes(load_shapes(), advanced=True)


def engine() -> str:
    """The SHACL engine and its version (part of the key of cached validation reports)."""
    import pyshacl_turbo
    return f"pyshacl-turbo {pyshacl_turbo.__version__}"


def ntriples(triples) -> str:
    """N-Triples text of ``triples`` (rdflib terms; duplicates allowed), typed literals by their
    lexical form."""
    from .rdf import nt_row
    return "".join(map(nt_row, triples))


def _triples_of(data: Graph | Dataset):
    """Every triple of ``data``, whatever graph it sits in."""
    if isinstance(data, (Dataset, ConjunctiveGraph)):
        contexts = data.graphs() if isinstance(data, Dataset) else data.contexts()
        for ctx in contexts:       # graph by graph: much faster than Dataset.quads() on rdflib's Memory store
            yield from ctx.triples((None, None, None))
    else:
        yield from data.triples((None, None, None))


def union_graph(data: Graph | Dataset) -> Graph:
    """A fresh plain Graph with every triple of ``data``, whatever graph it sits in."""
    g = Graph()
    g.addN((s, p, o, g) for s, p, o in _triples_of(data))
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


def _engine_input(text: str):
    from pyshacl_turbo import Input       # N-Triples text, parsed by the engine itself
    return Input(text, "nt", None, {}, {})


def _report(report_graph: Graph) -> ValidationReport:
    violations = parse_report(report_graph)
    ok = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=ok, violations=violations)


def validate_ntriples(text: str) -> ValidationReport:
    """Validate N-Triples ``text`` against the shipped shapes."""
    _conforms, report, _text = _program().validate(_engine_input(text), allow_warnings=True,
                                                   abort_on_first=False)
    return _report(report)


def validate(data: Graph | Dataset, shapes: Graph | None = None,
             ontology: Graph | None = None, inference: str = "none") -> ValidationReport:
    """Validate the union of all graphs of ``data`` against the shapes.

    ``data`` is a Graph or a Dataset (all its named graphs are merged: entity types
    and the relations that use them live in different graphs). ``shapes`` defaults to
    the shipped ``shapes.ttl``. ``ontology`` (e.g. ``load_ontology()``) is mixed into
    the data graph when given; the shipped shapes do not need it. ``inference`` is
    passed to the engine; keep "none" with the shipped shapes, which check *asserted*
    types (RDFS inference would add super-classes such as org:Organization as types
    and so break "exactly one of the seven types").
    """
    text = ntriples(_triples_of(data))
    if shapes is None and ontology is None and inference in (None, "none"):
        return validate_ntriples(text)
    import pyshacl_turbo
    _conforms, report, _text = pyshacl_turbo.validate(
        _engine_input(text), shacl_graph=shapes if shapes is not None else load_shapes(),
        ont_graph=ontology, inference=inference, advanced=True, allow_warnings=True,
        abort_on_first=False)
    return _report(report)


def validate_parts(parts) -> ValidationReport:
    """Validate the union of ``parts`` (iterables of ``(s, p, o)`` rdflib triples, or N-Triples
    text) against the shipped shapes. The unit of work of one SHACL batch of ``kg build``."""
    return validate_ntriples("".join(p if isinstance(p, str) else ntriples(p) for p in parts))


__all__ = ["Violation", "ValidationReport", "validate", "validate_parts", "validate_ntriples",
           "load_shapes", "load_ontology", "union_graph", "ntriples", "engine", "parse_report"]
