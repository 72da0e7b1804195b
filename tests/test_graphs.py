"""kg.graphs: the RDF -> networkx conversion on the shared small dataset."""
from __future__ import annotations

import networkx as nx
import pytest

from kg.graphs import as_backend, to_networkx, to_undirected_simple
from kg.namespace import RESOURCE

MISTRAL = str(RESOURCE["organization/mistral-ai"])
NVIDIA = str(RESOURCE["organization/nvidia"])
MICROSOFT = str(RESOURCE["organization/microsoft"])
ECHOS = str(RESOURCE["organization/les-echos"])
MENSCH = str(RESOURCE["person/arthur-mensch"])
MARTIN = str(RESOURCE["person/julie-martin"])
SCIENCE = str(RESOURCE["team/equipe-science"])
LARGE = str(RESOURCE["aimodel/mistral-large"])


@pytest.fixture
def g(small_dataset):
    return to_networkx(small_dataset)


def test_nodes_are_the_entities_with_their_attributes(g):
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == 12
    assert g.nodes[MISTRAL] == {"label": "Mistral AI", "type": "Organization", "aliases": ["Mistral"],
                                "articles": ["a1", "a2"]}
    assert g.nodes[MENSCH]["type"] == "Person"
    assert g.nodes[MENSCH]["aliases"] == ["Mensch"]
    assert g.nodes[SCIENCE]["label"] == "Équipe Science"
    assert g.nodes[SCIENCE]["type"] == "Team"
    types = sorted(d["type"] for _, d in g.nodes(data=True))
    assert types.count("Organization") == 4
    # Les Échos: mentioned (a1) and a source of a reported fact, but in no relation
    assert g.nodes[ECHOS]["articles"] == ["a1"]
    assert g.degree(ECHOS) == 0


def test_edges_are_the_direct_triples_keyed_by_predicate(g):
    assert g.number_of_edges() == 13  # 14 facts, the hedged one has no direct triple
    assert set(g[MISTRAL][LARGE]) == {"develops"}
    assert g.has_edge(SCIENCE, MISTRAL, key="subOrganizationOf")
    assert sorted(g[MARTIN][MISTRAL]) == ["leftOrganization", "worksFor"]
    assert g[MISTRAL][LARGE]["develops"]["predicate"] == "develops"


def test_hedged_investment_only_on_request(small_dataset, g):
    assert not g.has_edge(MICROSOFT, MISTRAL)
    h = to_networkx(small_dataset, include_hedged=True)
    assert h.number_of_edges() == 14
    edge = h[MICROSOFT][MISTRAL]["investsIn"]
    assert edge["modality"] == "hedged"
    assert edge["evidence"][0]["sentence"] == "Microsoft pourrait investir dans Mistral AI."
    assert edge["evidence"][0]["modality"] == "hedged"
    assert edge["support"] == 1


def test_reported_investment_carries_its_source(g):
    edge = g[NVIDIA][MISTRAL]["investsIn"]
    assert edge["modality"] == "reported"
    [ev] = edge["evidence"]
    assert ev == {
        "sentence": "Selon Les Échos, Nvidia a investi dans Mistral AI.", "article": "a1",
        "title": "Mistral AI lève des fonds", "date": "2026-03-02", "modality": "reported",
        "confidence": 0.9, "start": 170, "end": 170 + len("Selon Les Échos, Nvidia a investi dans Mistral AI."),
        "source": "Les Échos", "role": None, "extractor": "test",
    }


def test_departure_is_dated_by_its_article(g):
    edge = g[MARTIN][MISTRAL]["leftOrganization"]
    assert edge["first_date"] == edge["last_date"] == "2026-05-10"
    assert edge["support"] == 1
    assert [e["article"] for e in edge["evidence"]] == ["a2"]
    hire = g[MARTIN][MISTRAL]["worksFor"]
    assert hire["first_date"] == "2026-03-02"
    assert hire["evidence"][0]["role"] == "chercheuse"
    assert hire["evidence"][0]["source"] is None


def test_articles_listed_on_the_graph(g):
    assert g.graph["articles"]["a1"]["title"] == "Mistral AI lève des fonds"
    assert g.graph["articles"]["a2"]["date"] == "2026-05-10"
    assert g.graph["include_hedged"] is False


def test_same_evidence_from_two_articles_counts_twice(small_resolved):
    from dataclasses import replace

    from kg.rdf import to_dataset
    from kg.records import Article
    fact = next(f for f in small_resolved.facts if f.predicate == "leftOrganization")
    small_resolved.articles.append(Article(id="a3", text="", source="a3.txt", date="2026-04-01"))
    small_resolved.facts.append(replace(fact, article_id="a3", evidence="Julie Martin quitte Mistral AI."))
    g = to_networkx(to_dataset(small_resolved))
    edge = g[MARTIN][MISTRAL]["leftOrganization"]
    assert edge["support"] == 2
    assert [e["date"] for e in edge["evidence"]] == ["2026-04-01", "2026-05-10"]  # sorted by date
    assert (edge["first_date"], edge["last_date"]) == ("2026-04-01", "2026-05-10")


def _dump(g):
    return (sorted(g.nodes(data=True)),
            sorted((u, v, k, repr(d)) for u, v, k, d in g.edges(keys=True, data=True)),
            g.graph)


@pytest.mark.parametrize("hedged", [False, True])
def test_same_graph_from_dataset_and_backends(small_dataset, hedged):
    from kg.store import OxigraphBackend, RdflibBackend
    ref = _dump(to_networkx(small_dataset, include_hedged=hedged))
    assert _dump(to_networkx(RdflibBackend(small_dataset), include_hedged=hedged)) == ref
    assert _dump(to_networkx(OxigraphBackend.from_dataset(small_dataset), include_hedged=hedged)) == ref


def test_sparql_path_gives_the_native_result(small_dataset):
    """A backend that only answers SELECT text (as a remote endpoint does)."""
    inner = as_backend(small_dataset)

    class SelectOnly:
        def select(self, sparql, bindings=None):
            return inner.select(sparql, bindings)

    assert _dump(to_networkx(SelectOnly(), include_hedged=True)) == \
        _dump(to_networkx(small_dataset, include_hedged=True))


def test_plain_graph_without_provenance(small_dataset):
    from kg.rdf import merged_graph
    g = to_networkx(merged_graph(small_dataset))
    assert g.number_of_nodes() == 12
    assert g.number_of_edges() == 13
    assert g[MISTRAL][LARGE]["develops"]["evidence"] == []
    assert g[MISTRAL][LARGE]["develops"]["support"] == 0


def test_undirected_simple(g):
    ug = to_undirected_simple(g)
    assert isinstance(ug, nx.Graph) and not ug.is_directed()
    assert ug.number_of_nodes() == 12
    assert ug[MARTIN][MISTRAL]["predicates"] == ["leftOrganization", "worksFor"]
    assert ug[MARTIN][MISTRAL]["weight"] == 2
    assert ug.number_of_edges() == 12  # Julie Martin's two relations merge into one pair


def test_not_a_graph():
    with pytest.raises(TypeError):
        to_networkx(object())
