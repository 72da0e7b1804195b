"""Where the graph lives and how it is queried: one interface, three backends.

* :class:`RdflibBackend` — an in-memory ``rdflib.Dataset`` parsed from ``OUT/graph.trig``;
* :class:`OxigraphBackend` — the embedded pyoxigraph store ``OUT/store`` (written by
  :func:`write_store` at build time, opened read-only for queries);
* :class:`RemoteBackend` — any SPARQL 1.1 Protocol endpoint over HTTP.

All three answer with the same semantics: queries run over the UNION of the
named graphs (the default graph is the union), ``GRAPH ?g`` still sees each
named graph, and rows hold rdflib terms whichever backend answered.

Parameters (``bindings``) are bound as RDF terms, never pasted as text: a query
may declare a parameter with a placeholder ``VALUES ?name { UNDEF }`` (valid
SPARQL on its own: "unbound"), which is replaced by ``VALUES ?name { <term.n3()> }``;
other bindings become a ``VALUES`` clause put at the start of the query's outermost
WHERE group (the same meaning on every backend, including remote endpoints).
"""
from __future__ import annotations

import gc
import os
import re
import shutil
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal as TLiteral
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit, urlunsplit

import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .errors import EndpointError, GraphNotFound, QueryError

STORE_DIR = "store"      # OUT/store: persistent pyoxigraph store
TRIG_FILE = "graph.trig"
DEFAULT_OUT = "out"

Row = dict[str, Node | None]


# --------------------------------------------------------------------------- results

@dataclass
class QueryResult:
    """The answer to any query: ``kind`` is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE)."""

    kind: TLiteral["select", "ask", "graph"]
    vars: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        if self.kind == "graph":
            return len(self.graph) if self.graph is not None else 0
        return 1


@runtime_checkable
class Backend(Protocol):
    name: str

    def select(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[Row]: ...

    def ask(self, sparql: str, bindings: dict[str, Node] | None = None) -> bool: ...

    def construct(self, sparql: str, bindings: dict[str, Node] | None = None) -> Graph: ...

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult: ...


# --------------------------------------------------------------------------- query text helpers

_COMMENT = re.compile(r"#[^\n]*")
_IRI = re.compile(r"<[^<>\s]*>")
_STRING = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"", re.S)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", re.I)
_FORM = re.compile(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_UPDATE = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def _strip_comments(sparql: str) -> str:
    """Drop comments (not inside strings or IRIs), for looking at the query's form."""
    out, pos = [], 0
    token = re.compile(_STRING.pattern + "|" + _IRI.pattern + "|" + _COMMENT.pattern, re.S)
    for m in token.finditer(sparql):
        out.append(sparql[pos:m.start()])
        out.append("" if m.group().startswith("#") else m.group())
        pos = m.end()
    out.append(sparql[pos:])
    return "".join(out)


def query_form(sparql: str) -> str:
    """"select" | "ask" | "construct" | "describe" | "update" (QueryError if none)."""
    text = _strip_comments(sparql)
    rest = text[_PROLOGUE.match(text).end():]
    if m := _FORM.match(rest):
        return m.group(1).lower()
    if _UPDATE.match(rest):
        return "update"
    raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE"
                     " (after any PREFIX/BASE declarations)")


def refuse_update(sparql: str) -> str:
    form = query_form(sparql)
    if form == "update":
        raise QueryError("SPARQL Update is refused here: the graph is opened read-only for "
                         "queries (rebuild with `kg build`, or load a remote store with `kg push`)")
    return form


def _placeholder(var: str) -> re.Pattern:
    return re.compile(r"VALUES\s+\?" + re.escape(var) + r"\s*\{\s*UNDEF\s*\}", re.I)


def apply_bindings(sparql: str, bindings: dict[str, Node] | None) -> tuple[str, dict[str, Node]]:
    """Fill the ``VALUES ?name { UNDEF }`` placeholders with properly escaped terms.

    Returns the new text and the bindings that had no placeholder (to bind natively).
    A value that is a list/tuple of terms gives a VALUES clause with several rows.
    """
    rest: dict[str, Node] = {}
    for name, value in (bindings or {}).items():
        if value is None:
            continue
        terms = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        pat = _placeholder(name)
        if pat.search(sparql):
            body = " ".join(_n3(t) for t in terms) or "UNDEF"
            sparql = pat.sub(lambda _m: f"VALUES ?{name} {{ {body} }}", sparql)
        else:
            if len(terms) != 1:
                raise QueryError(f"parameter {name}: several values need a `VALUES ?{name} {{ UNDEF }}`"
                                 " placeholder in the query")
            rest[name] = terms[0]
    return sparql, rest


def _n3(term: Node) -> str:
    if not isinstance(term, (URIRef, Literal, BNode)):
        term = Literal(str(term))
    if isinstance(term, BNode):
        raise QueryError("a blank node cannot be passed as a parameter")
    return term.n3()


def inject_values(sparql: str, bindings: dict[str, Node]) -> str:
    """Put ``VALUES (?a ?b) { (t1 t2) }`` at the start of the query's outermost WHERE group
    (the same meaning on every engine; terms written with ``term.n3()``)."""
    if not bindings:
        return sparql
    names = " ".join(f"?{k}" for k in bindings)
    row = " ".join(_n3(v) for v in bindings.values())
    clause = f" VALUES ({names}) {{ ({row}) }} "
    token = re.compile(_STRING.pattern + "|" + _IRI.pattern + "|" + _COMMENT.pattern
                       + r"|\bWHERE\b|\{", re.S | re.I)
    seen_where = False
    form = None
    for m in token.finditer(sparql):
        tok = m.group()
        if tok.upper() == "WHERE":
            seen_where = True
        elif tok == "{":
            if form is None:
                form = query_form(sparql)
            if seen_where or form != "construct":
                return sparql[:m.end()] + clause + sparql[m.end():]
    raise QueryError("cannot bind parameters: the query has no WHERE group")


_OX_POS = re.compile(r"(?:error )?at (\d+):(\d+)(?:\s*-\s*\d+:\d+)?:?\s*")


def _syntax_error(message: str, line: int | None, col: int | None) -> QueryError:
    where = f" at line {line}, column {col}" if line is not None else ""
    return QueryError(f"malformed SPARQL query{where}: {message.strip()}")


# --------------------------------------------------------------------------- term conversion

def ox_to_rdflib(term) -> Node | None:
    """A pyoxigraph term as the rdflib term every backend returns (None for unbound)."""
    if term is None:
        return None
    return _ox_to_rdflib(term)


@lru_cache(maxsize=1 << 16)
def _ox_to_rdflib(term) -> Node | None:
    # cached: result rows repeat the same IRIs, predicates and dates, and building an rdflib
    # Literal (which parses its value) is the dearest part of answering a wide query
    import pyoxigraph as ox
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.DefaultGraph):
        return None
    return Literal(str(term))  # RDF-star triple terms: shown as text


_XSD_STRING = str(XSD.string)


def rdflib_to_ox(term: Node):
    import pyoxigraph as ox
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.Literal(str(term))


# --------------------------------------------------------------------------- build side

def _trig_path(graph_dir: Path) -> Path:
    graph_dir = Path(graph_dir)
    if graph_dir.is_file():
        return graph_dir
    return graph_dir / TRIG_FILE


def _graph_file(graph_dir: Path | str) -> tuple[Path, bool]:
    """``OUT/graph.trig`` (or the .trig/.nq file given) and whether it is N-Quads; GraphNotFound
    when there is none."""
    path = _trig_path(Path(graph_dir))
    if not path.exists():
        raise GraphNotFound(f"no graph in {graph_dir}/: run `kg build` first"
                            f" (looked for {path})")
    return path, path.suffix == ".nq"


def load_dataset(graph_dir: Path | str = DEFAULT_OUT) -> rdflib.Dataset:
    """Parse ``OUT/graph.trig`` (or a .trig/.nq file) into a ``Dataset(default_union=True)``."""
    path, nquads = _graph_file(graph_dir)
    ds = rdflib.Dataset(default_union=True)
    fmt = "nquads" if nquads else "trig"
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # noqa: BLE001 - a broken file is the user's problem, said once
        raise GraphNotFound(f"cannot read {path}: {exc}") from exc
    return ds


def _nquads(ds: rdflib.Dataset | Graph) -> bytes:
    data = ds.serialize(format="nquads" if isinstance(ds, rdflib.Dataset) else "nt", encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def write_store(ds: rdflib.Dataset, out_dir: Path | str) -> Path:
    """(Re)create ``OUT/store`` from the dataset, named graphs kept. Returns the store's path."""
    path = Path(out_dir) / STORE_DIR
    path.parent.mkdir(parents=True, exist_ok=True)
    return load_nquads_store(_nquads(ds), path)


def load_nquads_store(nquads: Path | bytes, path: Path | str) -> Path:
    """Bulk-load an N-Quads file (or bytes) into a fresh, compacted store at ``path`` (what
    ``kg build`` leaves in ``OUT/store``; tests and benchmarks)."""
    import pyoxigraph as ox
    path = Path(path)
    if path.exists():
        shutil.rmtree(path)
    store = ox.Store(str(path))
    try:
        if isinstance(nquads, (bytes, bytearray)):
            store.bulk_load(bytes(nquads), format=ox.RdfFormat.N_QUADS)
        else:
            store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        store.flush()
        store.optimize()     # compacted, as kg build leaves it: named queries 20-35% faster at 1M quads
    finally:
        del store
        gc.collect()
    return path


# --------------------------------------------------------------------------- backends

class _Base:
    name = "base"

    def select(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[Row]:
        res = self.query(sparql, bindings)
        if res.kind != "select":
            raise QueryError(f"expected a SELECT query, got {res.kind.upper()}")
        return res.rows

    def ask(self, sparql: str, bindings: dict[str, Node] | None = None) -> bool:
        res = self.query(sparql, bindings)
        if res.kind != "ask":
            raise QueryError(f"expected an ASK query, got {res.kind.upper()}")
        return bool(res.boolean)

    def construct(self, sparql: str, bindings: dict[str, Node] | None = None) -> Graph:
        res = self.query(sparql, bindings)
        if res.kind != "graph":
            raise QueryError(f"expected a CONSTRUCT or DESCRIBE query, got {res.kind.upper()}")
        return res.graph

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _new_graph() -> Graph:
    from .rdf import _bind
    g = Graph()
    _bind(g)
    return g


class RdflibBackend(_Base):
    """An in-memory rdflib Dataset (default graph = union of the named graphs)."""

    name = "rdflib"

    def __init__(self, dataset: rdflib.Dataset | Graph):
        if isinstance(dataset, rdflib.Dataset) and not dataset.default_union:
            dataset.default_union = True
        self.dataset = dataset

    @classmethod
    def from_dir(cls, graph_dir: Path | str) -> "RdflibBackend":
        return cls(load_dataset(Path(graph_dir)))

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        refuse_update(sparql)
        text, rest = apply_bindings(sparql, bindings)
        try:
            from pyparsing import ParseException
        except ImportError:  # pragma: no cover
            ParseException = ()  # type: ignore[assignment]
        try:
            res = self.dataset.query(inject_values(text, rest))
            if res.type == "SELECT":
                names = [str(v) for v in res.vars]
                rows = [{n: r[i] for i, n in enumerate(names)} for r in res]
                return QueryResult("select", vars=names, rows=rows)
            if res.type == "ASK":
                return QueryResult("ask", boolean=bool(res.askAnswer))
            g = _new_graph()
            for t in res:
                g.add(t)
            return QueryResult("graph", graph=g)
        except ParseException as exc:  # type: ignore[misc]
            raise _syntax_error(exc.msg, exc.lineno, exc.col) from None
        except QueryError:
            raise
        except Exception as exc:  # noqa: BLE001 - evaluation errors of rdflib's engine
            raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from None


class OxigraphBackend(_Base):
    """A pyoxigraph store (on disk, opened read-only; or given in memory)."""

    name = "oxigraph"

    def __init__(self, store=None, path: Path | str | None = None, prefixes: dict[str, str] | None = None):
        import pyoxigraph as ox
        if store is None:
            if path is None:
                raise ValueError("OxigraphBackend needs a store or a path")
            try:
                store = ox.Store.read_only(str(path))
            except OSError as exc:
                raise GraphNotFound(f"cannot open the store {path}: {exc}") from exc
        self.store = store
        self.path = Path(path) if path else None

    @classmethod
    def in_memory(cls, graph_dir: Path | str = DEFAULT_OUT) -> "OxigraphBackend":
        """The graph of a ``kg build`` folder (or a .trig/.nq file) loaded into an in-memory
        Oxigraph store, for long sessions (a notebook, a script running many queries).

        Loading costs about 3-5 s per million triples; a query then runs up to 4 times faster
        than on the on-disk store (2 to 3 times for most named queries, about the same for
        the smallest), where every index step is a RocksDB seek and every term read back one
        more lookup (see README, "Speed"). A one-off ``kg query`` is faster on disk."""
        import pyoxigraph as ox
        path, nquads = _graph_file(graph_dir)
        fmt = ox.RdfFormat.N_QUADS if nquads else ox.RdfFormat.TRIG
        store = ox.Store()
        try:
            store.load(path=str(path), format=fmt)
        except (OSError, SyntaxError, ValueError) as exc:
            raise GraphNotFound(f"cannot read {path}: {exc}") from None
        return cls(store)

    @classmethod
    def from_dataset(cls, ds: rdflib.Dataset) -> "OxigraphBackend":
        """An in-memory store holding the dataset (tests, notebooks)."""
        import pyoxigraph as ox
        store = ox.Store()
        store.load(_nquads(ds), format=ox.RdfFormat.N_QUADS)
        return cls(store)

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        import pyoxigraph as ox
        refuse_update(sparql)
        text, rest = apply_bindings(sparql, bindings)
        text = inject_values(text, rest)
        try:
            res = self.store.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            msg = str(exc.args[0] if exc.args else exc)
            m = _OX_POS.search(msg)
            if m:
                raise _syntax_error(msg[m.end():] or msg, int(m.group(1)), int(m.group(2))) from None
            raise _syntax_error(msg, None, None) from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from None
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            # a solution iterates its values in the variables' order (None when unbound):
            # cheaper than one sol[name] lookup per cell
            rows = [dict(zip(names, map(ox_to_rdflib, sol))) for sol in res]
            return QueryResult("select", vars=names, rows=rows)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        g = _new_graph()
        for t in res:
            g.add((ox_to_rdflib(t.subject), ox_to_rdflib(t.predicate), ox_to_rdflib(t.object)))
        return QueryResult("graph", graph=g)

    def close(self) -> None:
        self.store = None
        gc.collect()


# --------------------------------------------------------------------------- remote

def redact(url: str) -> str:
    """``http://user:pw@host/x`` -> ``http://***@host/x`` (also inside longer messages)."""
    return re.sub(r"([a-zA-Z][a-zA-Z0-9+.-]*://)[^/\s@]+@", r"\1***@", str(url))


def _strip_userinfo(url: str) -> tuple[str, tuple[str, str] | None]:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    userinfo, host = parts.netloc.rsplit("@", 1)
    user, _, pw = userinfo.partition(":")
    from urllib.parse import unquote
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment)), (unquote(user), unquote(pw))


def auth_from_env(url: str | None = None):
    """Credentials from KG_ENDPOINT_TOKEN (bearer) or KG_ENDPOINT_USER/PASSWORD (basic).

    Returns ``(auth, headers)`` for requests; ``(None, {})`` lets requests use ~/.netrc.
    """
    import requests
    token = os.environ.get("KG_ENDPOINT_TOKEN")
    if token:
        return None, {"Authorization": f"Bearer {token}"}
    user = os.environ.get("KG_ENDPOINT_USER")
    if user:
        pw = os.environ.get("KG_ENDPOINT_PASSWORD", "")
        if os.environ.get("KG_ENDPOINT_AUTH", "basic").lower() == "digest":
            return requests.auth.HTTPDigestAuth(user, pw), {}
        return requests.auth.HTTPBasicAuth(user, pw), {}
    return None, {}


class RemoteSession:
    """A requests session with the project's credentials and clean, redacted errors."""

    def __init__(self, url: str, timeout: float = 60.0):
        import requests
        self.url, userinfo = _strip_userinfo(url)
        self.shown = redact(url)
        self.timeout = timeout
        self.session = requests.Session()
        auth, headers = auth_from_env(url)
        if auth is None and userinfo is not None and not headers:
            auth = requests.auth.HTTPBasicAuth(*userinfo)
        self.session.auth = auth
        self.session.headers.update(headers)
        self.session.headers.setdefault("User-Agent", "aikg (kg query)")
        self._secrets = [s for s in (os.environ.get("KG_ENDPOINT_TOKEN"),
                                     os.environ.get("KG_ENDPOINT_PASSWORD"),
                                     userinfo[1] if userinfo else None) if s]

    def clean(self, text: str) -> str:
        text = redact(text)
        for s in self._secrets:
            text = text.replace(s, "***")
        return text

    def request(self, method: str, url: str | None = None, **kw):
        import requests
        target = url or self.url
        kw.setdefault("timeout", self.timeout)
        try:
            resp = self.session.request(method, target, **kw)
        except requests.ConnectionError as exc:
            raise EndpointError(f"cannot reach {redact(target)}: connection refused or host down"
                                f" ({self.clean(type(exc).__name__)})") from None
        except requests.Timeout:
            raise EndpointError(f"{redact(target)} did not answer within {self.timeout:g} s") from None
        except requests.RequestException as exc:
            raise EndpointError(f"request to {redact(target)} failed: {self.clean(str(exc))}") from None
        return resp

    def fail(self, resp, what: str) -> EndpointError:
        body = (resp.text or "").strip().replace("\n", " ")
        if len(body) > 300:
            body = body[:300] + "..."
        msg = f"{what}: HTTP {resp.status_code} {resp.reason or ''}".rstrip()
        if body:
            msg += f" — {body}"
        return EndpointError(self.clean(msg))


_SPARQL_JSON = "application/sparql-results+json"


def _json_term(b: dict) -> Node | None:
    t = b.get("type")
    v = b.get("value", "")
    if t == "uri":
        return URIRef(v)
    if t == "bnode":
        return BNode(v)
    if t in ("literal", "typed-literal"):
        lang = b.get("xml:lang")
        dt = b.get("datatype")
        if lang:
            return Literal(v, lang=lang)
        if dt and dt != str(XSD.string):
            return Literal(v, datatype=URIRef(dt))
        return Literal(v)
    return None


class RemoteBackend(_Base):
    """A SPARQL 1.1 Protocol endpoint (POST, form-encoded). Its default graph should be the
    union of the named graphs (Virtuoso's is; Oxigraph's is when asked: we send
    ``union-default-graph`` to endpoints that look like Oxigraph, see ``union_param``)."""

    name = "remote"

    def __init__(self, endpoint: str, timeout: float = 60.0, union_param: bool | None = None):
        self.http = RemoteSession(endpoint, timeout)
        self.endpoint = self.http.url
        if union_param is None:
            union_param = urlsplit(self.endpoint).path.rstrip("/").endswith("/query")
        self.union_param = union_param

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        form = refuse_update(sparql)
        text, rest = apply_bindings(sparql, bindings)
        text = inject_values(text, rest)
        accept = {"select": _SPARQL_JSON, "ask": _SPARQL_JSON}.get(
            form, "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5")
        data = {"query": text}
        params = {"union-default-graph": ""} if self.union_param else None
        resp = self.http.request("POST", data=data, params=params, headers={"Accept": accept})
        if resp.status_code == 400:
            body = self.http.clean((resp.text or "").strip())
            m = _OX_POS.search(body)
            if m:
                raise _syntax_error(body[m.end():][:500], int(m.group(1)), int(m.group(2)))
            m = re.search(r"line (\d+)\D{1,20}(\d+)", body)
            raise _syntax_error(body[:500], int(m.group(1)) if m else None,
                                int(m.group(2)) if m else None)
        if not resp.ok:
            raise self.http.fail(resp, f"query to {self.http.shown} failed")
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if form in ("select", "ask"):
            try:
                doc = resp.json()
            except ValueError:
                raise EndpointError(f"{self.http.shown} did not answer with SPARQL JSON results"
                                    f" (Content-Type {ctype or 'none'})") from None
            if "boolean" in doc:
                return QueryResult("ask", boolean=bool(doc["boolean"]))
            names = list(doc.get("head", {}).get("vars", []))
            rows = [{n: _json_term(b[n]) if n in b else None for n in names}
                    for b in doc.get("results", {}).get("bindings", [])]
            return QueryResult("select", vars=names, rows=rows)
        fmt = {"application/n-triples": "nt", "text/turtle": "turtle", "application/rdf+xml": "xml",
               "application/ld+json": "json-ld", "text/plain": "nt"}.get(ctype, "turtle")
        g = _new_graph()
        try:
            g.parse(data=resp.content, format=fmt)
        except Exception as exc:  # noqa: BLE001
            raise EndpointError(f"cannot parse the graph returned by {self.http.shown}: {exc}") from None
        return QueryResult("graph", graph=g)

    def close(self) -> None:
        self.http.session.close()


# --------------------------------------------------------------------------- choosing one

def open_backend(graph: str | Path | None = None, endpoint: str | None = None,
                 memory: bool = False) -> Backend:
    """endpoint -> RemoteBackend; else OUT/store -> OxigraphBackend (read-only);
    else OUT/graph.trig -> RdflibBackend; else GraphNotFound. ``graph`` defaults to ``out``.
    ``memory``: the graph loaded into an in-memory Oxigraph store instead
    (:meth:`OxigraphBackend.in_memory`: slower to open, faster to query)."""
    if endpoint:
        return RemoteBackend(endpoint)
    gdir = Path(graph) if graph is not None else Path(DEFAULT_OUT)
    if memory:
        return OxigraphBackend.in_memory(gdir)
    if gdir.is_file():
        return RdflibBackend(load_dataset(gdir))
    store = gdir / STORE_DIR
    if store.is_dir() and any(store.iterdir()):
        return OxigraphBackend(path=store)
    if (gdir / TRIG_FILE).exists():
        return RdflibBackend(load_dataset(gdir))
    raise GraphNotFound(f"no graph in {gdir}/: run `kg build` first (or pass --graph DIR / --endpoint URL)")


__all__ = ["STORE_DIR", "QueryResult", "Backend", "RdflibBackend", "OxigraphBackend", "RemoteBackend",
           "write_store", "load_dataset", "open_backend", "apply_bindings", "query_form", "redact",
           "ox_to_rdflib", "rdflib_to_ox", "RemoteSession", "auth_from_env", "load_nquads_store"]


# --------------------------------------------------------------------------- push to a remote store

@dataclass
class PushReport:
    method: str
    graphs: int
    triples: int
    replaced: int
    target: str


def gsp_address(endpoint: str) -> str | None:
    """Guess the Graph Store Protocol address from a query endpoint (None when unknown):
    Oxigraph ``/query`` -> ``/store``; Fuseki ``/ds/sparql`` -> ``/ds/data``;
    Virtuoso ``/sparql`` -> ``/sparql-graph-crud``."""
    parts = urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if path.endswith("/query"):
        new = path[: -len("/query")] + "/store"
    elif path == "/sparql":
        new = "/sparql-graph-crud"
    elif path.endswith("/sparql"):
        new = path[: -len("/sparql")] + "/data"
    else:
        return None
    return urlunsplit((parts.scheme, parts.netloc, new, "", ""))


def update_address(endpoint: str) -> str:
    """The SPARQL Update address: Oxigraph ``/query`` -> ``/update``; else the endpoint itself."""
    parts = urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if path.endswith("/query"):
        return urlunsplit((parts.scheme, parts.netloc, path[: -len("/query")] + "/update", parts.query, ""))
    return endpoint


def dataset_graphs(ds: rdflib.Dataset) -> dict[URIRef, Graph]:
    """The named graphs of a dataset that hold triples (the default graph left out)."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    out = {}
    for g in ds.graphs():
        if g.identifier == DATASET_DEFAULT_GRAPH_ID or len(g) == 0:
            continue
        out[g.identifier] = g
    return dict(sorted(out.items()))


def remote_graphs(endpoint: str) -> set[URIRef]:
    """Names of the graphs the remote store holds (a SELECT over GRAPH ?g)."""
    backend = RemoteBackend(endpoint, union_param=False)
    rows = backend.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {r["g"] for r in rows if isinstance(r.get("g"), URIRef)}


def _nt(g: Graph) -> bytes:
    data = g.serialize(format="nt", encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode()


def push_dataset(ds: rdflib.Dataset, endpoint: str, *, store: str | None = None, method: str = "auto",
                 replace: bool = True, chunk: int = 5000, timeout: float = 300.0) -> PushReport:
    """Load every named graph of ``ds`` into the remote store behind ``endpoint``.

    ``method``: "gsp" (Graph Store Protocol: PUT to replace, POST to add, at ``store`` or the
    address guessed from the endpoint), "update" (SPARQL Update ``INSERT DATA`` in chunks of
    ``chunk`` triples, after ``DROP SILENT GRAPH`` when replacing) or "auto" (GSP, falling back
    to Update when the store has no usable GSP address)."""
    if method not in ("auto", "gsp", "update"):
        raise ValueError(f"method must be auto, gsp or update, not {method!r}")
    graphs = dataset_graphs(ds)
    triples = sum(len(g) for g in graphs.values())
    gsp = store or gsp_address(endpoint)
    if method == "gsp" and not gsp:
        raise EndpointError(f"cannot guess the Graph Store Protocol address of {redact(endpoint)}:"
                            " pass --store URL or --method update")
    if method in ("auto", "gsp") and gsp:
        http = RemoteSession(gsp, timeout)
        for i, (name, g) in enumerate(graphs.items()):
            resp = http.request("PUT" if replace else "POST", params={"graph": str(name)}, data=_nt(g),
                                headers={"Content-Type": "application/n-triples"})
            if not resp.ok:
                if method == "auto" and i == 0 and resp.status_code in (401, 403, 404, 405, 415, 501):
                    break  # no writable GSP here: try SPARQL Update
                raise http.fail(resp, f"loading graph <{name}> into {http.shown} failed")
        else:
            return PushReport("gsp", len(graphs), triples, len(graphs) if replace else 0, http.shown)
    target = update_address(endpoint)
    http = RemoteSession(target, timeout)
    for name, g in graphs.items():
        ops = [f"DROP SILENT GRAPH <{name}>"] if replace else []
        lines = _nt(g).decode("utf-8").splitlines()
        for start in range(0, max(len(lines), 1), chunk):
            body = "\n".join(lines[start:start + chunk])
            ops.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}")
            resp = http.request("POST", data={"update": " ;\n".join(ops)},
                                headers={"Accept": "*/*"})
            if not resp.ok:
                raise http.fail(resp, f"SPARQL Update of graph <{name}> at {http.shown} failed")
            ops = []
    return PushReport("update", len(graphs), triples, len(graphs) if replace else 0, http.shown)
