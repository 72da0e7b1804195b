"""The RDF writer: the contract's shape, provenance, and a golden graph compared by meaning."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.namespace import AIKG, ORG, entity_iri
from kg.rdf import merged_graph, to_dataset

GOLDEN = Path(__file__).parent / "data" / "small_golden.trig"


def assert_isomorphic(expected, actual):
    """Graphs equal by meaning, with a readable diff when they are not."""
    a, b = to_isomorphic(expected), to_isomorphic(actual)
    if not isomorphic(a, b):
        _, only_exp, only_act = graph_diff(a, b)
        lines = ["graphs differ;", "only in expected:"]
        lines += sorted("  " + " ".join(t.n3() for t in tr) for tr in only_exp)[:40]
        lines += ["only in actual:"] + sorted("  " + " ".join(t.n3() for t in tr) for tr in only_act)[:40]
        raise AssertionError("\n".join(lines))


def _union(ds):
    from rdflib import Graph
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_golden_dataset(small_dataset):
    expected = Dataset(default_union=True)
    expected.parse(GOLDEN, format="trig")
    assert_isomorphic(_union(expected), _union(small_dataset))
    assert {str(g.identifier) for g in expected.graphs()} == {str(g.identifier) for g in small_dataset.graphs()}


def test_entities_have_one_type_and_label(small_dataset):
    mistral = entity_iri("Organization/mistral-ai")
    assert list(small_dataset.objects(mistral, RDF.type)) == [AIKG.Organization]
    assert list(small_dataset.objects(mistral, RDFS.label)) == [Literal("Mistral AI")]
    assert list(small_dataset.objects(mistral, SKOS.altLabel)) == [Literal("Mistral")]


def test_each_fact_has_a_statement_node_with_provenance(small_dataset, small_resolved):
    statements = list(small_dataset.subjects(RDF.type, AIKG.Assertion))
    assert len(statements) == len(small_resolved.facts)
    for st in statements:
        assert small_dataset.value(st, PROV.wasDerivedFrom) is not None
        ev = str(small_dataset.value(st, AIKG.evidence))
        start, end = int(small_dataset.value(st, AIKG.startChar)), int(small_dataset.value(st, AIKG.endChar))
        assert end - start == len(ev)
        assert small_dataset.value(st, AIKG.modality) is not None


def test_hedged_fact_has_no_direct_triple(small_dataset):
    ms, mi = entity_iri("Organization/microsoft"), entity_iri("Organization/mistral-ai")
    assert (ms, AIKG.investsIn, mi) not in small_dataset
    st = [s for s in small_dataset.subjects(RDF.subject, ms) if small_dataset.value(s, RDF.predicate) == AIKG.investsIn]
    assert [str(small_dataset.value(s, AIKG.modality)) for s in st] == ["hedged"]


def test_reported_fact_is_attributed(small_dataset):
    nv = entity_iri("Organization/nvidia")
    st = next(s for s in small_dataset.subjects(RDF.subject, nv))
    assert str(small_dataset.value(st, AIKG.modality)) == "reported"
    assert small_dataset.value(st, PROV.wasAttributedTo) == entity_iri("Organization/les-echos")


def test_roles_are_qualified_memberships_with_dates(small_dataset):
    m = next(small_dataset.subjects(ORG.member, entity_iri("Person/arthur-mensch")))
    assert small_dataset.value(m, ORG.organization) == entity_iri("Organization/mistral-ai")
    role = small_dataset.value(m, ORG.role)
    assert str(small_dataset.value(role, RDFS.label)) == "PDG"
    assert str(small_dataset.value(m, AIKG.date)) == "2026-03-02"


def test_merged_graph_has_relations_but_no_provenance(small_dataset):
    g = merged_graph(small_dataset)
    assert (entity_iri("Person/arthur-mensch"), AIKG.leads, entity_iri("Organization/mistral-ai")) in g
    assert not list(g.subjects(RDF.type, AIKG.Assertion))


def test_iris_are_stable_across_builds(small_resolved):
    from kg.rdf import statement_iri
    a = {statement_iri(f) for f in small_resolved.facts}
    b = {statement_iri(f) for f in small_resolved.facts}
    assert a == b and len(a) == len(small_resolved.facts)


def test_n_triples_are_rdflibs_own_rows(small_resolved):
    """kg.rdf.Triples.n_triples (IRIs' forms memoised) writes exactly what rdflib's N-Triples
    row writer writes, on the built graphs and on literals that need escaping."""
    from rdflib import BNode, URIRef
    from rdflib.namespace import XSD
    from rdflib.plugins.serializers.nt import _nt_row
    from kg.rdf import Triples, iter_graphs
    odd = Triples({
        (URIRef("https://example.org/a"), RDFS.label, Literal('guillemets " et \\ barre\nnouvelle ligne\r')),
        (URIRef("https://example.org/a"), RDFS.comment, Literal("été", lang="fr")),
        (URIRef("https://example.org/a"), RDFS.seeAlso, Literal(0.9, datatype=XSD.decimal)),
        (URIRef("https://example.org/a"), RDFS.seeAlso, BNode("b1")),
        (BNode("b1"), RDF.value, Literal(3)),
    })
    graphs = [g for _name, g in iter_graphs(small_resolved)] + [odd]
    for g in graphs:
        assert sorted(g.n_triples()) == sorted(_nt_row(t) for t in g)
        assert sorted(g.n_triples()) == sorted(g.n_triples())      # memoised forms: same again
