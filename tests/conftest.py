"""Shared fixtures: a small hand-made graph in the contract's shape, built through the
project's own writer (kg.rdf), so that query, store, analytics and view tests do not
need the statistical model."""
from __future__ import annotations

import pytest

from kg.records import Article, Entity, Fact, Resolved


def _e(typ: str, label: str, *aliases: str) -> tuple[str, Entity]:
    from kg.text import slugify
    slug = slugify(label)
    return f"{typ}/{slug}", Entity(type=typ, label=label, slug=slug, aliases=set(aliases))


def make_small_resolved() -> Resolved:
    ents = dict([
        _e("Organization", "Mistral AI", "Mistral"),
        _e("Organization", "Nvidia"),
        _e("Organization", "Microsoft"),
        _e("Organization", "Les Échos"),
        _e("Team", "Équipe Science"),
        _e("Person", "Arthur Mensch", "Mensch"),
        _e("Person", "Julie Martin", "Martin"),
        _e("AIModel", "Mistral Large"),
        _e("AIModel", "Mistral Medium"),
        _e("Product", "Le Chat"),
        _e("Event", "VivaTech"),
        _e("Place", "Paris"),
    ])
    a1 = Article(id="a1", text="", source="a1.txt", title="Mistral AI lève des fonds", date="2026-03-02")
    a2 = Article(id="a2", text="", source="a2.txt", title="Départ chez Mistral", date="2026-05-10")

    def f(s, p, o, art, ev, start=0, **kw):
        return Fact(subject=s, predicate=p, object=o, article_id=art, evidence=ev, start=start,
                    end=start + len(ev), extractor="test", confidence=0.9, **kw)

    facts = [
        f("Person/arthur-mensch", "leads", "Organization/mistral-ai", "a1",
          "Arthur Mensch, PDG de Mistral AI, a présenté le modèle.", role="PDG"),
        f("Team/equipe-science", "subOrganizationOf", "Organization/mistral-ai", "a1",
          "L'équipe Science de Mistral AI travaille sur Mistral Large.", start=60),
        f("Team/equipe-science", "develops", "AIModel/mistral-large", "a1",
          "L'équipe Science de Mistral AI travaille sur Mistral Large.", start=60),
        f("Organization/mistral-ai", "develops", "AIModel/mistral-large", "a1",
          "Mistral AI développe Mistral Large.", start=130),
        f("Organization/nvidia", "investsIn", "Organization/mistral-ai", "a1",
          "Selon Les Échos, Nvidia a investi dans Mistral AI.", start=170, modality="reported",
          attributed_to="Organization/les-echos"),
        f("Organization/mistral-ai", "headquarteredIn", "Place/paris", "a1",
          "La start-up parisienne Mistral AI, basée à Paris.", start=230),
        f("AIModel/mistral-large", "successorOf", "AIModel/mistral-medium", "a1",
          "Mistral Large succède à Mistral Medium.", start=290),
        f("Organization/mistral-ai", "develops", "Product/le-chat", "a1",
          "Mistral AI a lancé Le Chat.", start=340),
        f("Organization/mistral-ai", "organizes", "Event/vivatech", "a2",
          "Mistral AI organise un atelier lors de son événement VivaTech.", start=0),
        f("Person/julie-martin", "worksFor", "Organization/mistral-ai", "a1",
          "Julie Martin, chercheuse chez Mistral AI.", start=400, role="chercheuse"),
        f("Person/julie-martin", "leftOrganization", "Organization/mistral-ai", "a2",
          "Julie Martin a quitté Mistral AI.", start=70),
        f("Organization/mistral-ai", "competitorOf", "Organization/microsoft", "a2",
          "Mistral AI entend rivaliser avec Microsoft.", start=110),
        f("Organization/microsoft", "investsIn", "Organization/mistral-ai", "a2",
          "Microsoft pourrait investir dans Mistral AI.", start=160, modality="hedged"),
        f("Person/arthur-mensch", "participatedIn", "Event/vivatech", "a2",
          "Présent à VivaTech, Arthur Mensch a parlé.", start=210),
    ]
    mentions = {}
    for fact in facts:
        for eid in (fact.subject, fact.object):
            mentions.setdefault(eid, set()).add(fact.article_id)
    mentions.setdefault("Organization/les-echos", set()).add("a1")
    return Resolved(entities=ents, facts=facts, articles=[a1, a2], mentions=mentions)


@pytest.fixture
def small_resolved() -> Resolved:
    return make_small_resolved()


@pytest.fixture
def small_dataset(small_resolved):
    from kg.rdf import to_dataset
    return to_dataset(small_resolved)


@pytest.fixture
def graph_dir(tmp_path, small_dataset):
    """A build output folder holding only the small graph's graph.trig."""
    out = tmp_path / "out"
    out.mkdir()
    small_dataset.serialize(out / "graph.trig", format="trig")
    return out


@pytest.fixture(scope="session")
def extractor():
    """The default French pipeline with the project's rules, loaded once per test session."""
    from kg.extract import Extractor
    return Extractor()
