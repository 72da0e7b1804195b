"""kg.analytics on the shared small dataset (and a few extra names for find_entity)."""
from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from kg import analytics as A
from kg.errors import QueryError
from kg.graphs import to_networkx
from kg.namespace import RESOURCE

R = lambda path: str(RESOURCE[path])  # noqa: E731
MISTRAL = R("organization/mistral-ai")
NVIDIA = R("organization/nvidia")
MICROSOFT = R("organization/microsoft")
ECHOS = R("organization/les-echos")
MENSCH = R("person/arthur-mensch")
MARTIN = R("person/julie-martin")
SCIENCE = R("team/equipe-science")
LARGE = R("aimodel/mistral-large")
MEDIUM = R("aimodel/mistral-medium")
PARIS = R("place/paris")
VIVATECH = R("event/vivatech")
BOSWORTH = R("person/andrew-bosworth")


@pytest.fixture
def g(small_dataset):
    return to_networkx(small_dataset)


@pytest.fixture
def names(g):
    """The small graph plus a few names that make matching harder."""
    h = g.copy()
    h.add_node(BOSWORTH, label="Andrew Bosworth", type="Person", aliases=["Boz"], articles=[])
    h.add_node(R("organization/meta"), label="Meta", type="Organization", aliases=["Meta Platforms"], articles=[])
    h.add_node(R("person/yann-lecun"), label="Yann LeCun", type="Person", aliases=[], articles=[])
    h.add_node(R("organization/openai"), label="OpenAI", type="Organization", aliases=[], articles=[])
    return h


# --------------------------------------------------------------------------- find_entity

SHOULD_MATCH = [
    ("Mistral AI", MISTRAL),
    ("mistral ai", MISTRAL),
    ("MISTRAL-AI", MISTRAL),
    ("Mistral", MISTRAL),          # alias
    ("mistrl", MISTRAL),           # typo
    ("MistralAI", MISTRAL),        # missing space
    ("Botsworth", BOSWORTH),       # typo in the surname alone
    ("Bosworth", BOSWORTH),        # surname alone
    ("andrew bosworth", BOSWORTH),
    ("Boz", BOSWORTH),             # short alias, exact
    ("Mensch", MENSCH),
    ("Arthur Mensh", MENSCH),
    ("mensch arthur", MENSCH),     # word order
    ("Martin", MARTIN),
    ("equipe science", SCIENCE),   # accents
    ("ÉQUIPE SCIENCE", SCIENCE),
    ("Les Echos", ECHOS),
    ("Échos", ECHOS),
    ("Microsoft", MICROSOFT),
    ("microsfot", MICROSOFT),
    ("nvidea", NVIDIA),
    ("Yann Le Cun", R("person/yann-lecun")),
    ("lecun", R("person/yann-lecun")),
    ("Open AI", R("organization/openai")),
    ("meta platforms", R("organization/meta")),
    ("Mistral Larg", LARGE),
    (LARGE, LARGE),                # an IRI
]


@pytest.mark.parametrize("query,expected", SHOULD_MATCH)
def test_find_entity_should_match(names, query, expected):
    found = A.find_entity(names, query)
    assert found, query
    assert found[0][0] == expected, (query, found[:3])
    iri, label, typ, score = found[0]
    assert label == names.nodes[expected]["label"] and typ == names.nodes[expected]["type"]
    assert 0 < score <= 100
    if len(found) > 1:
        assert found[1][3] < score, (query, found[:3])  # unambiguous


SHOULD_NOT_MATCH = [
    ("Google", None),
    ("Mistral Small", None),       # another model, not Mistral Large
    ("AI", None),                  # a weak word alone names nothing
    ("Le", None),
    ("Meto", None),                # 4 letters, 1 typo: too far
    ("", None),
    ("Microsoft", MISTRAL),        # must not come first
    ("Meta", MARTIN),
    ("Paris", MISTRAL),
]


@pytest.mark.parametrize("query,not_first", SHOULD_NOT_MATCH)
def test_find_entity_should_not_match(names, query, not_first):
    found = A.find_entity(names, query)
    if not_first is None:
        assert found == [], (query, found)
    else:
        assert found and found[0][0] != not_first


def test_find_entity_ambiguity_returns_all_candidates_sorted(names):
    h = names.copy()
    h.add_node(R("person/paul-dupont"), label="Paul Dupont", type="Person", aliases=[], articles=[])
    h.add_node(R("person/marie-dupont"), label="Marie Dupont", type="Person", aliases=[], articles=[])
    found = A.find_entity(h, "Dupont")
    assert [c[1] for c in found] == ["Marie Dupont", "Paul Dupont"]  # tie: sorted by name
    assert found[0][3] == found[1][3] == 95
    # Julie Martin's alias « Martin » makes her the better « Martin »
    h.add_node(R("person/paul-martin"), label="Paul Martin", type="Person", aliases=[], articles=[])
    found = A.find_entity(h, "Martin")
    assert [c[1] for c in found[:2]] == ["Julie Martin", "Paul Martin"]
    assert found[0][3] > found[1][3]
    found = A.find_entity(names, "Mistral Medium")
    assert found[0][0] == MEDIUM and found[0][3] == 100


def test_find_entity_on_a_dataset_without_networkx(small_dataset):
    assert A.find_entity(small_dataset, "mistrl")[0][0] == MISTRAL


def test_name_score_basics():
    assert A.name_score("mistral ai", "mistral ai") == 100
    assert A.name_score("bosworth", "andrew bosworth") == 95
    assert A.name_score("mistral", "mistral ai") > A.name_score("mistral", "mistral large")
    assert A.name_score("mistral small", "mistral large") == 0


# --------------------------------------------------------------------------- profile

def test_profile(g):
    p = A.profile(g, MARTIN)
    assert (p["label"], p["type"], p["aliases"], p["articles"]) == ("Julie Martin", "Person", ["Martin"], ["a1", "a2"])
    assert p["in"] == []
    assert [(r["predicate"], r["other"]["label"], r["first_date"]) for r in p["out"]] == [
        ("worksFor", "Mistral AI", "2026-03-02"), ("leftOrganization", "Mistral AI", "2026-05-10")]
    ev = p["out"][1]["evidence"][0]
    assert ev["sentence"] == "Julie Martin a quitté Mistral AI."
    assert (ev["article"], ev["date"], ev["modality"]) == ("a2", "2026-05-10", "asserted")
    assert p["out"][0]["evidence"][0]["role"] == "chercheuse"


def test_profile_in_and_out_in_time_order(g):
    p = A.profile(g, MISTRAL)
    assert len(p["out"]) == 5 and len(p["in"]) == 5
    dates = [r["first_date"] for r in p["in"]]
    assert dates == sorted(dates)
    nv = next(r for r in p["in"] if r["predicate"] == "investsIn")
    assert nv["other"]["label"] == "Nvidia" and nv["modality"] == "reported"
    assert nv["evidence"][0]["source"] == "Les Échos"


def test_profile_unknown(g):
    with pytest.raises(QueryError):
        A.profile(g, "https://example.org/nobody")


# --------------------------------------------------------------------------- stats

def test_stats_figures(g):
    s = A.stats(g, top=3)
    assert (s["entities"], s["relations"], s["articles"], s["statements"]) == (12, 13, 2, 13)
    assert s["types"] == {"Organization": 4, "AIModel": 2, "Person": 2, "Event": 1, "Place": 1,
                          "Product": 1, "Team": 1}
    assert s["predicates"]["develops"] == 3 and s["predicates"]["leads"] == 1
    assert "investsIn" in s["predicates"] and s["predicates"]["investsIn"] == 1  # hedged one not counted
    assert sum(s["predicates"].values()) == 13
    assert [r["label"] for r in s["degree"]] == ["Mistral AI", "Mistral Large", "Arthur Mensch"]
    assert s["degree"][0]["value"] == 9
    assert s["betweenness"][0]["label"] == "Mistral AI"
    assert s["pagerank"][0]["label"] == "Mistral AI"
    assert len(s["pagerank"]) == 3
    assert s["components"] == {"count": 2, "sizes": [11, 1]}  # Les Échos is isolated
    members = [m["iri"] for c in s["communities"] for m in c["members"]]
    assert sorted(members) == sorted(n for n in g if g.degree(n) > 0)
    assert s["betweenness_samples"] is None


def test_communities_deterministic(small_dataset):
    a = A.communities(to_networkx(small_dataset))
    b = A.communities(to_networkx(small_dataset))
    assert a == b
    assert sum(len(c) for c in a) == 11
    assert [len(c) for c in a] == sorted((len(c) for c in a), reverse=True)
    # the same partition whatever the insertion order of the graph
    g = to_networkx(small_dataset)
    shuffled = nx.MultiDiGraph()
    shuffled.graph.update(g.graph)
    shuffled.add_nodes_from(reversed(list(g.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
    assert A.communities(shuffled) == a


def test_pagerank_sums_to_one(g):
    pr = A._pagerank(g)
    assert pytest.approx(sum(pr.values()), abs=1e-6) == 1.0


def test_stats_empty_graph():
    s = A.stats(nx.MultiDiGraph())
    assert s["entities"] == 0 and s["communities"] == [] and s["components"]["count"] == 0


# --------------------------------------------------------------------------- changes

def _facts(items):
    return {(i["subject"]["label"], i["predicate"], i["object"]["label"]) for i in items}


def test_changes_window_inclusive(g):
    may = A.changes(g, date(2026, 5, 10), date(2026, 5, 10))
    assert _facts(may) == {("Julie Martin", "leftOrganization", "Mistral AI"),
                           ("Mistral AI", "competitorOf", "Microsoft"),
                           ("Mistral AI", "organizes", "VivaTech"),
                           ("Arthur Mensch", "participatedIn", "VivaTech")}
    dep = next(i for i in may if i["predicate"] == "leftOrganization")
    assert dep["category"] == "departures" and dep["date"] == "2026-05-10"
    assert dep["sources"] == ["a2"] and dep["corroboration"] == {"total": 1, "window": 1}
    assert dep["evidence"][0]["sentence"] == "Julie Martin a quitté Mistral AI."
    assert A.changes(g, date(2026, 5, 11)) == []
    assert A.changes(g, date(2026, 3, 3), date(2026, 5, 9)) == []
    assert len(A.changes(g, "2026-03-02", "2026-03-02")) == 9
    assert len(A.changes(g, date(2026, 1, 1))) == 13


def test_changes_categories_and_hedged_excluded(small_dataset):
    items = A.changes(to_networkx(small_dataset, include_hedged=True), date(2026, 1, 1))
    cats = {(i["predicate"], i["category"]) for i in items}
    assert ("leads", "roles") in cats and ("worksFor", "roles") in cats     # roles named, no joining cue
    assert ("develops", "models_products") in cats
    assert ("investsIn", "investments") in cats
    assert ("subOrganizationOf", "teams") in cats
    assert ("successorOf", "others") in cats
    assert ("Microsoft", "investsIn", "Mistral AI") not in _facts(items)
    inv = next(i for i in items if i["predicate"] == "investsIn")
    assert inv["subject"]["label"] == "Nvidia" and inv["modality"] == "reported"
    assert inv["evidence"][0]["source"] == "Les Échos"
    dates = [i["date"] for i in items]
    assert dates == sorted(dates)


def test_changes_corroboration_overall_and_in_window(small_resolved):
    from dataclasses import replace

    from kg.rdf import to_dataset
    from kg.records import Article
    fact = next(f for f in small_resolved.facts if f.predicate == "leftOrganization")
    small_resolved.articles.append(Article(id="a3", text="", source="a3.txt", date="2026-06-01"))
    small_resolved.facts.append(replace(fact, article_id="a3", evidence="Julie Martin a bien quitté Mistral AI."))
    g = to_networkx(to_dataset(small_resolved))
    [dep] = [i for i in A.changes(g, "2026-06-01") if i["predicate"] == "leftOrganization"]
    assert dep["corroboration"] == {"total": 2, "window": 1}
    assert dep["date"] == "2026-06-01" and dep["sources"] == ["a3"]
    [dep] = [i for i in A.changes(g, "2026-05-01", "2026-06-30") if i["predicate"] == "leftOrganization"]
    assert dep["corroboration"] == {"total": 2, "window": 2} and dep["date"] == "2026-05-10"


def test_changes_lists_as_hires_only_joinings_and_new_roles(small_resolved):
    from kg.rdf import to_dataset
    from kg.records import Article, Entity, Fact

    def fact(s, p, o, ev, extractor, role=None, start=0):
        return Fact(subject=s, predicate=p, object=o, article_id="a9", evidence=ev, start=start,
                    end=start + len(ev), extractor=extractor, confidence=0.8, role=role)
    for eid, label in (("Person/jean-dupont", "Jean Dupont"), ("Organization/google-deepmind", "Google DeepMind"),
                       ("Person/yann-lecun", "Yann LeCun"), ("Organization/meta", "Meta"),
                       ("Person/laurent-sifre", "Laurent Sifre")):
        small_resolved.entities[eid] = Entity(eid.split("/")[0], label, eid.split("/")[1])
    small_resolved.articles.append(Article(id="a9", text="", source="a9.txt", date="2026-07-01"))
    joins = "Jean Dupont, ancien chercheur de Google DeepMind, rejoint Mistral AI."
    leaves = "Une décision qui a joué sur le départ de Yann LeCun, figure proéminente au sein de l'entreprise."
    new = "Mistral AI présente son nouveau directeur scientifique Laurent Sifre."
    small_resolved.facts += [
        fact("Person/jean-dupont", "worksFor", "Organization/google-deepmind", joins, "gap:role-apposition",
             role="chercheur"),
        fact("Person/jean-dupont", "worksFor", "Organization/mistral-ai", joins, "cue:worksFor:rejoindre"),
        fact("Person/yann-lecun", "worksFor", "Organization/meta", leaves, "gap:role-apposition",
             role="figure proéminente", start=100),
        fact("Person/yann-lecun", "leftOrganization", "Organization/meta", leaves, "noun:leftOrganization:départ",
             start=100),
        fact("Person/laurent-sifre", "worksFor", "Organization/mistral-ai", new, "possessive:role",
             role="directeur scientifique", start=300),
    ]
    items = A.changes(to_networkx(to_dataset(small_resolved)), "2026-07-01")
    by_cat = {}
    for i in items:
        by_cat.setdefault(i["category"], set()).add((i["subject"]["label"], i["predicate"], i["object"]["label"]))
    assert by_cat["hires"] == {("Jean Dupont", "worksFor", "Mistral AI"), ("Laurent Sifre", "worksFor", "Mistral AI")}
    assert by_cat["departures"] == {("Yann LeCun", "leftOrganization", "Meta")}
    assert "roles" not in by_cat              # the former role and the role of the one who leaves are left out
    # the same role, named without a joining cue in another article, is a role, not a hire
    assert {i["category"] for i in A.changes(to_networkx(to_dataset(small_resolved)), "2026-01-01")
            if i["predicate"] in ("worksFor", "leads")} == {"hires", "roles"}


# --------------------------------------------------------------------------- paths

def test_paths_with_direction_and_evidence(g):
    found = A.paths(g, MARTIN, PARIS)
    assert len(found) == 1
    [hop1, hop2] = found[0]
    assert (hop1["from"]["iri"], hop1["to"]["iri"]) == (MARTIN, MISTRAL)
    assert hop1["direction"] == "forward"
    assert {r["predicate"] for r in hop1["relations"]} == {"worksFor", "leftOrganization"}
    assert hop1["evidence"] and all(e["sentence"] and e["article"] for e in hop1["evidence"])
    assert (hop2["subject"]["label"], hop2["predicate"], hop2["object"]["label"]) == \
        ("Mistral AI", "headquarteredIn", "Paris")
    assert hop2["evidence"][0]["sentence"] == "La start-up parisienne Mistral AI, basée à Paris."


def test_paths_report_backward_hops(g):
    [path] = A.paths(g, PARIS, MARTIN)
    assert [h["direction"] for h in path] == ["backward", "backward"]
    assert path[0]["subject"]["iri"] == MISTRAL and path[0]["object"]["iri"] == PARIS


def test_paths_several_shortest(g):
    found = A.paths(g, MENSCH, VIVATECH)
    assert len(found) == 1 and len(found[0]) == 1  # direct participatedIn
    found = A.paths(g, SCIENCE, MISTRAL)
    assert [len(p) for p in found] == [1]
    found = A.paths(g, NVIDIA, MEDIUM, max_paths=5)
    assert [[h["to"]["label"] for h in p] for p in found] == [["Mistral AI", "Mistral Large", "Mistral Medium"]]
    h = g.copy()
    h.add_edge(NVIDIA, SCIENCE, key="partnerOf", predicate="partnerOf", evidence=[], support=0)
    found = A.paths(h, NVIDIA, LARGE, max_paths=5)
    assert [[x["to"]["label"] for x in p] for p in found] == [
        ["Mistral AI", "Mistral Large"], ["Équipe Science", "Mistral Large"]]  # best supported first
    assert A.paths(h, NVIDIA, LARGE, max_paths=1) == found[:1]


def test_no_path(g):
    assert A.paths(g, ECHOS, MISTRAL) == []
    assert A.paths(g, MISTRAL, MISTRAL) == []
    with pytest.raises(QueryError):
        A.paths(g, MISTRAL, "https://example.org/nobody")


def test_joining_cues_are_worksfor_or_leads_cues_of_the_rules():
    """kg changes calls a cue-found worksFor/leads fact a hire when its lemma is a joining cue;
    each joining cue must be the first word of one of those predicates' cues, or it never fires."""
    import yaml

    from kg.analytics import join_cues
    from kg.resources import read_text
    from kg.text import fold
    rel = yaml.safe_load(read_text("rules", "cues.yaml"))["relations"]
    firsts = {fold(c.replace("’", "'").split()[0]) for p in ("worksFor", "leads")
              for c in rel[p].get("verbs", []) + rel[p].get("nouns", [])}
    assert join_cues() and join_cues() <= firsts, join_cues() - firsts
