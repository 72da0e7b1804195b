"""Named SPARQL queries (``ontology/queries/NAME.rq``), running queries with parameters, and
writing results as a table, CSV, TSV or W3C SPARQL 1.1 Query Results JSON.

A named query starts with comment lines::

    # description: what it answers
    # param: orgName — organisation name or alias, case-insensitive (optional: ...)
    # sort: client

and declares each parameter with a placeholder ``VALUES ?orgName { UNDEF }`` (unbound when
not given). Values are bound as RDF terms (plain literals; ``<...>`` gives an IRI) through
``kg.store.apply_bindings``: never pasted into the query text. A parameter whose help text
says "optional" may be left out; ``org=...`` is accepted for ``orgName`` (``NAME`` for
``NAMEName``).

``# sort: client`` has the query's final ORDER BY done on the decoded rows (``run_named``,
``sort_rows``): Oxigraph's ORDER BY reads both terms back from the store at each comparison of
IRIs or long strings (a RocksDB lookup each on disk), dear when the keys are IRIs; the order
is the same.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from .errors import QueryError
from .store import _COMMENT, _IRI, _STRING, _XSD_STRING, Backend, QueryResult, Row, _strip_comments, query_form

QUERY_DIR = "queries"
FORMATS = ("table", "csv", "tsv", "json")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Param:
    name: str
    help: str
    optional: bool = False

    @property
    def kind(self) -> str:
        """What the ``# param:`` line declares: "date" when its help gives the form YYYY-MM-DD,
        "name" for ``...Name`` (an entity's name or alias, resolved to IRIs), else "text"."""
        if "YYYY-MM-DD" in self.help:
            return "date"
        return "name" if self.name.endswith("Name") else "text"


class ParameterError(QueryError):
    """A parameter value that cannot be right (an empty value, a date that is not one)."""


class EntityNotFound(QueryError):
    """A name parameter designates no entity of the graph (``suggestions``: near names, best first)."""

    def __init__(self, message: str, suggestions: list | None = None):
        super().__init__(message)
        self.suggestions = list(suggestions or [])


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    client_sort: bool = False   # "# sort: client": ORDER BY done on the rows (see the module doc)

    def param(self, key: str) -> Param | None:
        for p in self.params:
            if key in (p.name, p.name.removesuffix("Name")) or key.lower() == p.name.lower():
                return p
        return None


def parse_named_query(name: str, text: str) -> NamedQuery:
    description, params, client_sort = "", [], False
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            if line:
                break
            continue
        body = line.lstrip("#").strip()
        key, _, value = body.partition(":")
        key = key.strip().lower()
        if key == "description":
            description = value.strip()
        elif key == "param":
            parts = re.split(r"\s+[—–-]+\s+", value.strip(), maxsplit=1)
            pname = parts[0].strip()
            phelp = parts[1].strip() if len(parts) > 1 else ""
            params.append(Param(pname, phelp, "optional" in phelp.lower()))
        elif key == "sort":
            if value.strip().lower() != "client":
                raise QueryError(f"named query {name!r}: unknown '# sort: {value.strip()}' (only 'client')")
            client_sort = True
    return NamedQuery(name, description, text, tuple(params), client_sort)


def _query_files():
    from .resources import data
    folder = data(QUERY_DIR)
    return sorted((f for f in folder.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)


def list_queries() -> list[NamedQuery]:
    """Every shipped named query, sorted by name."""
    return [parse_named_query(f.name[:-3], f.read_text(encoding="utf-8")) for f in _query_files()]


def query_names() -> list[str]:
    return [f.name[:-3] for f in _query_files()]


def load_query(name: str) -> NamedQuery:
    """The named query ``name``; QueryError listing the known ones if there is none."""
    from .resources import data
    name = name.removesuffix(".rq")
    node = data(QUERY_DIR, f"{name}.rq")
    if not _NAME.match(name) or not node.is_file():
        raise QueryError(f"unknown named query {name!r}; known: {', '.join(query_names())}"
                         " (see `kg query --list`)")
    return parse_named_query(name, node.read_text(encoding="utf-8"))


def is_named(arg: str) -> bool:
    return bool(_NAME.match(arg.removesuffix(".rq"))) and arg.removesuffix(".rq") in query_names()


def to_term(value: str | Node) -> Node:
    """A parameter value as an RDF term: ``<iri>`` -> URIRef, anything else a plain literal."""
    if isinstance(value, (URIRef, Literal, BNode)):
        return value
    value = str(value)
    if len(value) > 2 and value.startswith("<") and value.endswith(">") and not re.search(r"[\s<>\"{}|^`\\]", value[1:-1]):
        return URIRef(value[1:-1])
    return Literal(value)


def parse_params(items: list[str] | None) -> dict[str, str]:
    """``["org=Meta", "since=2026-01-01"]`` -> dict; ValueError on an item without ``=``."""
    out: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"expected NAME=VALUE, got {item!r}")
        out[key] = value
    return out


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_value(p: Param, key: str, value: str | Node) -> None:
    """ParameterError when ``value`` cannot be meant for ``p``: empty, or for a date parameter
    not a real date written YYYY-MM-DD (« 2026-13-45 » is not one)."""
    if isinstance(value, Node) and not isinstance(value, Literal):
        return
    text = str(value)
    if not text.strip():
        raise ParameterError(f"{key}= is empty" + (": leave the parameter out instead" if p.optional
                                                   else f" (expected {p.help or 'a value'})"))
    if p.kind == "date":
        from datetime import date
        if not _ISO_DATE.fullmatch(text.strip()):
            raise ParameterError(f"{key}={text!r} is not a date in the form YYYY-MM-DD")
        try:
            date.fromisoformat(text.strip())
        except ValueError as exc:
            raise ParameterError(f"{key}={text!r} is not a valid date ({exc})") from None


def bind_named(nq: NamedQuery, params: dict[str, str | Node] | None) -> dict[str, Node]:
    """Check ``params`` against the query's declared ones (names, values: see :func:`check_value`);
    returns variable -> term."""
    bindings: dict[str, Node] = {}
    for key, value in (params or {}).items():
        p = nq.param(key)
        if p is None:
            known = ", ".join(p.name for p in nq.params) or "none"
            raise QueryError(f"named query {nq.name!r} has no parameter {key!r} (its parameters: {known})")
        check_value(p, key, value)
        if p.kind == "date" and not isinstance(value, Node):
            value = str(value).strip()
        bindings[p.name] = to_term(value)
    missing = [p.name for p in nq.params if not p.optional and p.name not in bindings]
    if missing:
        raise QueryError(f"named query {nq.name!r} needs --param {missing[0]}=VALUE"
                         f" ({nq.param(missing[0]).help})")
    return bindings


# A name parameter is resolved to entity IRIs in Python first (a cheap exact-label lookup), then
# the query runs with those IRIs written in as constants: index lookups everywhere instead of a
# scan of every label (engines do not push a VALUES binding into OPTIONALs). In a named query,
# the part that resolves the name in plain SPARQL (so that the file runs as is in any tool) is
# marked:
#
#     # >>> orgName -> ?org
#     { SELECT DISTINCT ?org WHERE { ... LCASE(STR(?label)) = LCASE(STR(?orgName)) ... } }
#     # ---
#     patterns kept only when the parameter is given (optional part)
#     # else
#     patterns used only when it is not given (optional part)
#     # <<<
#     the rest of the group
#
# When the parameter is given, ``prepare_named`` replaces the slot and the rest of its group with
# the kept patterns and the rest, ``?org`` written as ``<iri>``, then ``BIND(<iri> AS ?org)``
# (one UNION branch per entity when the name designates several). When it is not given, the
# slot is replaced by its ``# else`` part (or dropped) and the query reads every entity.
# Oxigraph plans best when a group is: one block of triple patterns (the most selective first,
# constants before variables), then OPTIONALs, then FILTERs.
_SLOT = re.compile(r"^[ \t]*#[ \t]*>>>[ \t]*(\w+)[ \t]*->[ \t]*[?$](\w+)[ \t]*\n(.*?)^[ \t]*#[ \t]*<<<[^\n]*(?:\n|$)",
                   re.M | re.S)
_SLOT_SPLIT = re.compile(r"^[ \t]*#[ \t]*---[^\n]*(?:\n|$)", re.M)
_SLOT_ELSE = re.compile(r"^[ \t]*#[ \t]*else\b[^\n]*(?:\n|$)", re.M)
_SAFE_IRI = re.compile(r"^[^<>\"{}|^`\\\x00-\x20]+$")
_TOKEN = re.compile(_STRING.pattern + "|" + _IRI.pattern + "|" + _COMMENT.pattern + r"|[{}]|[?$]\w+", re.S)
NO_MATCH = URIRef("urn:aikg:no-such-entity")  # written in when a name matches nothing: no rows

_EXACT = """SELECT DISTINCT ?e WHERE {
  VALUES ?label { UNDEF }
  { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }
  UNION { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?label }
}"""
_SCAN = """SELECT DISTINCT ?e WHERE {
  VALUES ?name { UNDEF }
  ?e <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> ?label .
  FILTER(LCASE(STR(?label)) = LCASE(STR(?name)))
}"""


def _case_variants(name: str) -> list[str]:
    """``name`` as given and its usual spellings (lower, upper, Title, Capitalised, each word
    capitalised): every one equal to ``name`` ignoring case."""
    words = " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
    out: list[str] = []
    for v in (name, name.lower(), name.upper(), name.title(), name.capitalize(), words):
        if v not in out and v.lower() == name.lower():
            out.append(v)
    return out


def _exact(backend: Backend, names: list[str]) -> set[Node]:
    """Entities with an ``rdfs:label`` or ``skos:altLabel`` equal to one of ``names`` (index lookups)."""
    if not names:
        return set()
    return {r["e"] for r in backend.query(_EXACT, {"label": [Literal(v) for v in names]}).rows}


def _iris(found) -> list[URIRef]:
    return sorted(e for e in found if isinstance(e, URIRef) and _SAFE_IRI.match(str(e)))


def resolve_entities(backend: Backend, value: str | Node, *, tolerant: bool = True) -> list[URIRef]:
    """The entities a name parameter designates (an ``<iri>`` value designates itself), first of:

    1. those with an ``rdfs:label`` or ``skos:altLabel`` equal to the name or one of its usual
       case variants (index lookups);
    2. the shipped lexicon's (``kg.lexicon.load_lexicon``): a name that is one of an entry's
       forms (any case, any accents) designates the graph's entities named by any of its forms;
    3. the case-insensitive scan of every label;
    4. with ``tolerant``, ``kg show``'s matcher (``kg.analytics.find_entity``: a surname alone,
       typos), when one entity matches best (a tie designates none: see :func:`unmatched_error`).

    Sorted; IRIs only; [] when nothing is designated."""
    term = to_term(value)
    if isinstance(term, URIRef):
        return [term] if _SAFE_IRI.match(str(term)) else []
    name = str(term)
    found = _exact(backend, _case_variants(name))
    if not found:
        from .lexicon import load_lexicon
        entry = load_lexicon().lookup(name)
        if entry is not None:
            found = _exact(backend, [f for f in entry.forms if f.lower() != name.lower()])
    if not found:
        found = {r["e"] for r in backend.query(_SCAN, {"name": Literal(name)}).rows}
    if not found and tolerant:
        best = _best_matches(backend, name)
        if len(best) == 1:
            found = {URIRef(best[0][0])}
    return _iris(found)


def _best_matches(backend: Backend, name: str, cutoff: float | None = None) -> list[tuple]:
    """``kg show``'s candidates for ``name`` that share the best score (``find_entity``)."""
    from .analytics import DEFAULT_CUTOFF, find_entity
    found = find_entity(backend, name, cutoff=DEFAULT_CUTOFF if cutoff is None else cutoff)
    return [c for c in found if c[3] == found[0][3]] if found else []


#: How close a name must be to be suggested when it designates nothing (kg.analytics.name_score).
SUGGEST_CUTOFF = 60.0


def unmatched_error(backend: Backend, key: str, value: str | Node) -> EntityNotFound:
    """The error for a name parameter that designates no entity: the entities it matches
    equally well when there are several, else the nearest names as suggestions."""
    from .analytics import find_entity
    name = str(value)
    best = _best_matches(backend, name)
    if len(best) > 1:
        listing = "; ".join(f"{label} ({typ})" for _, label, typ, _ in best)
        return EntityNotFound(f"{key}={name!r} matches {len(best)} entities equally: {listing}."
                              " Use the full name or the IRI", best)
    near = find_entity(backend, name, cutoff=SUGGEST_CUTOFF, limit=3)
    hint = ("; did you mean " + " or ".join(repr(label) for _, label, _, _ in near) + "?") if near else \
        " (try `kg stats` for what the graph holds)"
    return EntityNotFound(f"no entity named {name!r}{hint}", near)


def _group_end(text: str, pos: int) -> int:
    """Offset of the ``}`` closing the group that ``pos`` is in."""
    depth = 0
    for m in _TOKEN.finditer(text, pos):
        tok = m.group()
        if tok == "{":
            depth += 1
        elif tok == "}":
            if depth == 0:
                return m.start()
            depth -= 1
    raise QueryError("malformed named query: a parameter slot is not inside a group")


def _write_constant(text: str, var: str, iri: URIRef) -> str:
    """``text`` with every ``?var`` / ``$var`` written as ``<iri>`` (strings, IRIs, comments kept)."""
    return _TOKEN.sub(lambda m: f"<{iri}>" if m.group()[1:] == var and m.group()[0] in "?$" else m.group(),
                      text)


def prepare_named(backend: Backend, nq: NamedQuery, params: dict[str, str | Node] | None = None, *,
                  strict: bool = False) -> tuple[str, dict[str, Node]]:
    """The text to run for ``nq`` and the bindings left to bind: each name parameter that has a
    slot is resolved to IRIs (:func:`resolve_entities`) written in the query as constants
    (checked IRIs only, never the text the user gave). A name that designates nothing gives no
    rows, or with ``strict`` raises :class:`EntityNotFound` (with suggestions)."""
    bindings = bind_named(nq, params)
    text = nq.text
    while m := _SLOT.search(text):
        pname, var, body = m.group(1), m.group(2), m.group(3)
        body, *other = _SLOT_ELSE.split(body, maxsplit=1)
        otherwise = other[0] if other else ""
        if pname not in bindings:
            text = text[:m.start()] + otherwise + text[m.end():]
            continue
        parts = _SLOT_SPLIT.split(body, maxsplit=1)
        close = _group_end(text, m.end())
        rest = (parts[1] if len(parts) > 1 else "") + text[m.end():close]
        value = bindings.pop(pname)
        iris = resolve_entities(backend, value)
        if not iris and strict:
            raise unmatched_error(backend, pname.removesuffix("Name"), value)
        iris = iris or [NO_MATCH]
        branches = [f"{_write_constant(rest, var, i)}  BIND(<{i}> AS ?{var})\n" for i in iris]
        filled = branches[0] if len(branches) == 1 else "  UNION\n".join(f"  {{\n{b}  }}\n" for b in branches)
        text = text[:m.start()] + filled + text[close:]
    return text, bindings


# --------------------------------------------------------------------------- ORDER BY on the rows

# ORDER BY over plain variables, the query's last clause (no LIMIT, OFFSET or VALUES after it)
_ORDER_TAIL = re.compile(r"\bORDER\s+BY((?:\s*(?:(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)|[?$]\w+))+)\s*$", re.I)
_ORDER_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*[?$](\w+)", re.I)
_NUMERIC = frozenset(str(XSD[t]) for t in (
    "integer", "decimal", "float", "double", "nonPositiveInteger", "negativeInteger", "long", "int",
    "short", "byte", "nonNegativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte", "positiveInteger"))
_TEMPORAL = frozenset(str(XSD[t]) for t in ("date", "dateTime", "dateTimeStamp", "time", "gYear", "gYearMonth"))


def split_order_by(sparql: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """``(query without its ORDER BY, [(variable, descending), ...])`` when the query ends with
    an ORDER BY over plain variables (``?a DESC(?b) ASC(?c)``); None otherwise (expressions,
    LIMIT, OFFSET or a trailing VALUES keep the engine's ordering). Comments are dropped."""
    text = _strip_comments(sparql)
    m = _ORDER_TAIL.search(text)
    if not m:
        return None
    keys = [(k.group(2), (k.group(1) or "").upper() == "DESC") for k in _ORDER_KEY.finditer(m.group(1))]
    return text[:m.start()], keys


def order_key(term: Node | None) -> tuple:
    """A sort key giving SPARQL 1.1's ORDER BY order (section 15.1): unbound, blank nodes, IRIs,
    then literals: numbers by value, then dates and times (by datatype, then ISO text), then
    strings by code point (as Oxigraph compares them), then other literals by datatype and text.
    The spec leaves the order between literals of different kinds open; this is Oxigraph's."""
    if term is None:
        return (0,)
    if isinstance(term, BNode):
        return (1, str(term))
    if isinstance(term, URIRef):
        return (2, str(term))
    dt = str(term.datatype) if term.datatype is not None else None
    if dt in _NUMERIC and term.value is not None:
        return (3, 0, term.value, str(term))
    if dt in _TEMPORAL:
        return (3, 1, dt, str(term))
    if dt is None or dt == _XSD_STRING:
        return (3, 2, str(term), term.language or "")
    return (3, 3, dt, str(term))


def sort_rows(rows: list[Row], keys: list[tuple[str, bool]]) -> list[Row]:
    """``rows`` in the order of ``ORDER BY`` ``keys`` (stable: ties keep their order)."""
    cache: dict[int, tuple] = {}    # by id: a row's terms are alive while sorting, often shared

    def key_of(term):
        k = cache.get(id(term))
        if k is None:
            k = cache[id(term)] = order_key(term)
        return k

    for var, desc in reversed(keys):
        rows = sorted(rows, key=lambda r: key_of(r.get(var)), reverse=desc)
    return rows


def run_named(backend: Backend, name: str, params: dict[str, str | Node] | None = None, *,
              strict: bool = False) -> QueryResult:
    """Run a named query on any backend; parameters are names/aliases given as strings
    (resolved to the entities' IRIs first, see :func:`resolve_entities`). A name that designates
    no entity gives no rows, or with ``strict`` raises :class:`EntityNotFound`."""
    nq = load_query(name)
    text, bindings = prepare_named(backend, nq, params, strict=strict)
    if nq.client_sort and (split := split_order_by(text)):
        unordered, keys = split
        res = backend.query(unordered, bindings)
        if res.kind == "select" and all(var in res.vars for var, _ in keys):
            res.rows = sort_rows(res.rows, keys)
            return res
    return backend.query(text, bindings)


def run_query(backend: Backend, sparql: str, params: dict[str, str | Node] | None = None) -> QueryResult:
    """Run an inline query; ``params`` bind variables (placeholders or a VALUES clause)."""
    query_form(sparql)
    return backend.query(sparql, {k: to_term(v) for k, v in (params or {}).items()})


def resolve(backend: Backend, query_or_name: str, params: dict[str, str | Node] | None = None, *,
            strict: bool = False) -> QueryResult:
    """A named query if ``query_or_name`` is one (``strict``: see :func:`run_named`), else SPARQL text."""
    if is_named(query_or_name):
        return run_named(backend, query_or_name, params, strict=strict)
    try:
        query_form(query_or_name)
    except QueryError:
        if _NAME.match(query_or_name):
            load_query(query_or_name)  # raises: unknown named query, listing the known ones
        raise
    return run_query(backend, query_or_name, params)


# --------------------------------------------------------------------------- output

def _prefixes() -> dict[str, str]:
    from .rdf import PREFIXES
    out = {p: str(ns) for p, ns in PREFIXES.items()}
    out["rdf"] = str(RDF)
    out["prov"] = "http://www.w3.org/ns/prov#"
    out["graph"] = "https://w3id.org/aikg/graph/"
    return out


def shorten(term: Node | None, prefixes: dict[str, str] | None = None) -> str:
    """A term for a human: prefixed IRIs (``res:organization/meta``), literal values as text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        best = ""
        for p, ns in (prefixes or _prefixes()).items():
            if str(term).startswith(ns) and len(ns) > len(best):
                best, prefix = ns, p
        if best:
            return f"{prefix}:{str(term)[len(best):]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def term_json(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
    return out


def to_json(res: QueryResult) -> str:
    """W3C SPARQL 1.1 Query Results JSON (SELECT / ASK)."""
    if res.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(res.boolean)})
    if res.kind != "select":
        raise QueryError("JSON output is for SELECT and ASK; CONSTRUCT/DESCRIBE print Turtle")
    bindings = [{k: term_json(v) for k, v in row.items() if v is not None} for row in res.rows]
    return json.dumps({"head": {"vars": res.vars}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def to_csv(res: QueryResult) -> str:
    """W3C SPARQL 1.1 CSV results: header of variable names, plain values."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if res.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if res.boolean else "false"])
        return buf.getvalue()
    w.writerow(res.vars)
    for row in res.rows:
        w.writerow(["" if row.get(v) is None else (f"_:{row[v]}" if isinstance(row[v], BNode) else str(row[v]))
                    for v in res.vars])
    return buf.getvalue()


def to_tsv(res: QueryResult) -> str:
    """W3C SPARQL 1.1 TSV results: ``?var`` header, terms in Turtle/N-Triples syntax."""
    if res.kind == "ask":
        return "?boolean\n" + ("true" if res.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in res.vars)]
    for row in res.rows:
        cells = []
        for v in res.vars:
            t = row.get(v)
            cells.append("" if t is None else t.n3().replace("\t", "\\t").replace("\n", "\\n"))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def to_turtle(res: QueryResult) -> str:
    data = res.graph.serialize(format="turtle")
    return data.decode() if isinstance(data, bytes) else data


def to_table(res: QueryResult, title: str | None = None):
    """A rich renderable (Table for SELECT) with shortened IRIs."""
    from rich.table import Table
    from rich.text import Text
    if res.kind == "ask":
        return "true" if res.boolean else "false"
    prefixes = _prefixes()
    table = Table(title=Text(title) if title else None, show_lines=False, header_style="bold")
    for v in res.vars:
        table.add_column(Text(v), overflow="fold")
    for row in res.rows:       # Text: a value « [b] » is data, not rich markup
        table.add_row(*(Text(shorten(row.get(v), prefixes)) for v in res.vars))
    table.caption = f"{len(res.rows)} row{'s' if len(res.rows) != 1 else ''}"
    return table


def render(res: QueryResult, fmt: str = "table") -> str:
    """Text of the result in ``fmt`` (table rendered without colours)."""
    if res.kind == "graph":
        return to_turtle(res)
    if fmt == "json":
        return to_json(res)
    if fmt == "csv":
        return to_csv(res)
    if fmt == "tsv":
        return to_tsv(res)
    if fmt == "table":
        if res.kind == "ask":
            return ("true" if res.boolean else "false") + "\n"
        from rich.console import Console
        c = Console(file=io.StringIO(), width=200, color_system=None)
        c.print(to_table(res))
        return c.file.getvalue()
    raise QueryError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


__all__ = ["NamedQuery", "Param", "list_queries", "load_query", "query_names", "is_named", "run_named",
           "prepare_named", "resolve_entities", "unmatched_error", "EntityNotFound", "ParameterError", "split_order_by", "order_key", "sort_rows",
           "run_query", "resolve", "parse_params", "bind_named", "to_term", "render", "to_json", "to_csv",
           "to_tsv", "to_table", "to_turtle", "shorten", "FORMATS"]
