"""One test module for every backend (rdflib in memory, embedded Oxigraph, a remote Oxigraph
server): the same queries must give the same answers, whichever store holds the graph."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kg.query import list_queries, run_named
from kg.store import OxigraphBackend, RdflibBackend, RemoteBackend, open_backend, push_dataset, write_store

BACKENDS = ["rdflib", "oxigraph-memory", "oxigraph-store", "oxigraph-loaded",
            pytest.param("remote-oxigraph", marks=pytest.mark.slow)]


@pytest.fixture(scope="module")
def dataset():
    from conftest import make_small_resolved

    from kg.rdf import to_dataset
    return to_dataset(make_small_resolved())


@pytest.fixture(scope="module")
def remote_url(dataset, tmp_path_factory):
    gen = _server(tmp_path_factory.mktemp("oxserver"))
    url = next(gen)
    push_dataset(dataset, url)
    yield url
    gen.close()


def _server(tmp):
    import shutil
    import subprocess
    import test_remote
    exe = test_remote.oxigraph_binary()
    if not exe:
        pytest.skip("the oxigraph server (PyPI package `oxigraph`) is not installed")
    port = test_remote.free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        test_remote._wait_http(f"http://127.0.0.1:{port}/", proc)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        test_remote._stop(proc)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(params=BACKENDS)
def backend(request, dataset, tmp_path):
    kind = request.param
    if kind == "rdflib":
        return RdflibBackend(dataset)
    if kind == "oxigraph-memory":
        return OxigraphBackend.from_dataset(dataset)
    if kind == "oxigraph-store":
        return OxigraphBackend(path=write_store(dataset, tmp_path))
    if kind == "oxigraph-loaded":                 # a build folder's graph.trig, held in memory
        dataset.serialize(tmp_path / "graph.trig", format="trig")
        return open_backend(tmp_path, memory=True)
    return RemoteBackend(request.getfixturevalue("remote_url"))


def _canon(res):
    if res.kind == "ask":
        return res.boolean
    if res.kind == "graph":
        return sorted(tuple(map(str, t)) for t in res.graph)
    return res.vars, sorted(tuple((type(r[v]).__name__, str(r[v])) if r[v] is not None else ("", "")
                                  for v in res.vars) for r in res.rows)


@pytest.fixture(scope="module")
def reference(dataset):
    return RdflibBackend(dataset)


NAMED = [(nq.name, {p.name: "Mistral AI" for p in nq.params if not p.optional}) for nq in list_queries()]
NAMED += [("who-works-where", {"org": "MISTRAL"}), ("timeline", {"since": "2026-04-01"}),
          ("facts-about", {"entity": "Microsoft"}), ("entity-profile", {"entity": "mensch"})]


@pytest.mark.parametrize("name,params", NAMED, ids=[f"{n}-{'-'.join(p.values())}" for n, p in NAMED])
def test_named_queries_agree(backend, reference, name, params):
    assert _canon(run_named(backend, name, params)) == _canon(run_named(reference, name, params))


RAW = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "SELECT ?s ?c WHERE { ?s <https://w3id.org/aikg/ontology#confidence> ?c }",
    "SELECT ?r WHERE { ?s <https://w3id.org/aikg/ontology#role> ?r }",
    "SELECT ?d WHERE { ?a <https://schema.org/datePublished> ?d }",
    "ASK { GRAPH <https://w3id.org/aikg/graph/entities> { ?s a <https://w3id.org/aikg/ontology#Team> } }",
    "ASK { GRAPH <https://w3id.org/aikg/graph/entities> { ?s <https://w3id.org/aikg/ontology#leads> ?o } }",
    "CONSTRUCT { ?s <https://w3id.org/aikg/ontology#leads> ?o } WHERE { ?s <https://w3id.org/aikg/ontology#leads> ?o }",
]


@pytest.mark.parametrize("sparql", RAW)
def test_raw_queries_agree(backend, reference, sparql):
    assert _canon(backend.query(sparql)) == _canon(reference.query(sparql))


def test_terms_are_rdflib_terms(backend):
    rows = backend.select("SELECT ?s ?c ?r WHERE { ?s <https://w3id.org/aikg/ontology#confidence> ?c ; "
                          "<https://w3id.org/aikg/ontology#role> ?r }")
    assert rows
    for r in rows:
        assert isinstance(r["s"], URIRef)
        assert isinstance(r["c"], Literal) and r["c"].datatype == URIRef("http://www.w3.org/2001/XMLSchema#decimal")
        assert r["r"].language == "fr"


def test_bindings_agree(backend):
    rows = backend.select("SELECT ?e WHERE { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?n }",
                          {"n": Literal("Mistral")})
    assert [r["e"] for r in rows] == [URIRef("https://w3id.org/aikg/resource/organization/mistral-ai")]


def test_triples_repeated_across_graphs_give_no_duplicates(tmp_path):
    """Oxigraph's union default graph is a bag (a triple once per graph holding it): the named
    queries use DISTINCT so that every backend gives the same rows."""
    from conftest import make_small_resolved
    from rdflib import URIRef

    from kg.rdf import to_dataset
    ds = to_dataset(make_small_resolved())
    a1 = ds.graph(URIRef("https://w3id.org/aikg/graph/article/a1"))
    a2 = ds.graph(URIRef("https://w3id.org/aikg/graph/article/a2"))
    for t in list(a1):
        a2.add(t)  # every fact of a1 restated by a2
    ref = RdflibBackend(ds)
    for b in (OxigraphBackend.from_dataset(ds), OxigraphBackend(path=write_store(ds, tmp_path))):
        for name, params in NAMED:
            assert _canon(run_named(b, name, params)) == _canon(run_named(ref, name, params)), name
