"""Entity resolution pinned by a table of should-match / should-not-match cases
(plain records in, no spaCy), plus curation as data."""
from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.lexicon import parse_lexicon
from kg.records import Article, ArticleResult, Mention, Relation
from kg.resolve import Curation, load_curation, resolve

LEX = parse_lexicon("\n".join([
    '{"id": "org-meta", "name": "Meta", "type": "Organization", "aliases": ["Meta Platforms"]}',
    '{"id": "org-mistral", "name": "Mistral AI", "type": "Organization", "aliases": ["Mistral"]}',
    '{"id": "prod-instagram", "name": "Instagram", "type": "Product", "aliases": []}',
    '{"id": "per-altman", "name": "Sam Altman", "type": "Person", "aliases": []}',
    '{"id": "org-gdm", "name": "Google DeepMind", "type": "Organization", "aliases": ["DeepMind"], "types": ["Team"]}',
    '{"id": "model-medium-3", "name": "Mistral Medium 3", "type": "AIModel", "aliases": []}',
]))


def m(text, typ, label=None, key=None, source="ner", start=0, refers_to=None):
    return Mention(text=text, start=start, end=start + len(text), type=typ, label=label or text, key=key,
                   source=source, refers_to=refers_to)


def res(aid, *mentions, relations=(), text="x" * 500):
    return ArticleResult(Article(id=aid, text=text, source=aid), list(mentions), list(relations))


def one(resolved, label):
    return [e for e in resolved.entities.values() if e.label == label]


# (mentions of one article, label expected to hold them all[, the article's text]) — should match
SHOULD_MATCH = [
    ([m("Andrew Bosworth", "Person"), m("Bosworth", "Person")], "Andrew Bosworth"),
    ([m("Andrew Bosworth", "Person"), m("Botsworth", "Person")], "Andrew Bosworth"),       # misspelt surname
    ([m("Instagra", "Place")], "Instagram"),                                              # typo of a known name
    ([m("Meta Platforms", "Organization", "Meta", "org-meta", "lexicon"), m("Meta", "Organization", key="org-meta", source="lexicon")], "Meta"),
    ([m("Altman", "Person")], "Sam Altman"),                                              # surname of a lexicon person
    ([m("DeepMind", "Organization", "Google DeepMind", "org-gdm", "lexicon")], "Google DeepMind"),
    ([m("OpenAI", "Organization"), m("openai", "Organization")], "OpenAI"),               # case folded
    ([m("Maëlle Kervadec", "Person"), m("Maëlle Kervadek", "Person")], "Maëlle Kervadec"),  # misspelt full name
    ([m("Yasmine Hadjadj", "Person"), m("Yasmine Hadjaj", "Person")], "Yasmine Hadjadj"),
    ([m("Solène Marchadier", "Person"), m("Marchadier", "Organization")], "Solène Marchadier"),  # NER's company
    ([m("Bastien Quéméneur", "Person"), m("Bastien", "Person")], "Bastien Quéméneur"),   # « Bastien et moi »
    ([m("Hôtelia Connect", "Event"), m("Hôtelia Connect 2026", "Event")], "Hôtelia Connect"),   # this edition
    ([m("Savoirtech", "Event"), m("Salon Savoirtech", "Event")], "Savoirtech", "au salon Savoirtech"),   # its noun
    ([m("Festival Cinétik", "Event"), m("Cinétik 2026", "Event")], "Festival Cinétik"),   # an edition of the festival
]

# pairs of names that must stay two entities
SHOULD_NOT_MATCH = [
    (m("Mistral AI", "Organization", key="org-mistral", source="lexicon"), m("Mistral Large", "AIModel")),
    (m("Meta", "Organization", key="org-meta", source="lexicon"), m("Metaculus", "Organization")),
    (m("Andrew Bosworth", "Person"), m("Andrew Ng", "Person")),
    (m("Instagram", "Product", key="prod-instagram", source="lexicon"), m("Instacart", "Organization")),
    (m("Meta", "Organization", key="org-meta", source="lexicon"), m("Metal", "Organization")),   # too short for a typo
    (m("Sam Altman", "Person", key="per-altman", source="lexicon"), m("Sam Bankman", "Person")),
    (m("Maëlle Kervadec", "Person"), m("Gaëlle Kervadec", "Person")),     # another first name
    (m("Paul Martin", "Person"), m("Paul Marin", "Person")),               # a surname too short to be a typo
    (m("Solène Marchadier", "Person"), m("Marchadier", "Organization", source="lexicon")),   # a known company
    (m("Mistral Medium 3", "AIModel", key="model-medium-3", source="lexicon"), m("Mistral Medium 4", "AIModel")),
    (m("Mistral Medium 3", "AIModel", key="model-medium-3", source="lexicon"), m("Mistral Medium 31", "AIModel")),
    (m("Hôtelia Connect", "Organization"), m("Hôtelia Connect 2026", "Event")),   # an edition of no event named
    (m("Cinetik", "AIModel"), m("Cinetik 2026", "AIModel")),                     # a year ends no model's name
    (m("Savoirtech", "Organization"), m("Salon Savoirtech", "Event")),           # the event of a company
    (m("Festival Cinétik", "Event"), m("Prix Cinétik 2026", "Event")),          # another event's edition
    (m("Tech", "Event"), m("Savoir Tech", "Event")),           # no lower-case « savoir Tech » in the article
]                                       # (another version: numbers never count as a typo)


@pytest.mark.parametrize("mentions,label,text", [(*c, "x" * 500)[:3] for c in SHOULD_MATCH],
                         ids=[c[1] + ":" + c[0][-1].text for c in SHOULD_MATCH])
def test_should_match(mentions, label, text):
    r = resolve([res("a", *mentions, text=text)], lexicon=LEX, curation=Curation())
    assert len(r.entities) == 1, sorted(e.label for e in r.entities.values())
    assert next(iter(r.entities.values())).label == label


@pytest.mark.parametrize("a,b", SHOULD_NOT_MATCH, ids=[f"{a.text}|{b.text}" for a, b in SHOULD_NOT_MATCH])
def test_should_not_match(a, b):
    r = resolve([res("a", a, b)], lexicon=LEX, curation=Curation())
    assert len(r.entities) == 2, sorted(e.label for e in r.entities.values())


def test_surname_resolves_across_articles():
    r = resolve([res("a", m("Yann LeCun", "Person")), res("b", m("LeCun", "Person"))], lexicon=LEX, curation=Curation())
    (ent,) = r.entities.values()
    assert ent.label == "Yann LeCun" and r.mentions[f"Person/yann-lecun"] == {"a", "b"}


def test_an_edition_resolves_to_its_event_named_in_another_article():
    """« Vigitalia 2026 » in one article, « le salon Vigitalia » in another: one event; a company
    « Vigitalia » elsewhere is not it, nor is an edition another article names no event for."""
    r = resolve([res("a", m("Vigitalia 2026", "Event")), res("b", m("Vigitalia", "Event"))],
                lexicon=LEX, curation=Curation())
    (ent,) = r.entities.values()
    assert {ent.label, *ent.aliases} == {"Vigitalia", "Vigitalia 2026"}
    r = resolve([res("a", m("Vigitalia 2026", "Event")), res("b", m("Vigitalia", "Organization"))],
                lexicon=LEX, curation=Curation())
    assert sorted(e.label for e in r.entities.values()) == ["Vigitalia", "Vigitalia 2026"]


def test_a_lone_first_name_is_no_misspelt_surname():
    """« Bastien » (a first name) is not « Bastide » of another article, and with two Bastiens in
    its article it is neither."""
    r = resolve([res("a", m("Mélanie Bastide", "Person")), res("b", m("Bastien", "Person"))],
                lexicon=LEX, curation=Curation())
    assert one(r, "Mélanie Bastide")[0].aliases == set()
    r = resolve([res("a", m("Bastien Roux", "Person"), m("Bastien Morel", "Person", start=20),
                     m("Bastien", "Person", start=40))], lexicon=LEX, curation=Curation())
    assert sorted(e.label for e in r.entities.values()) == ["Bastien Morel", "Bastien Roux"]


def test_a_surname_the_rules_also_found_as_a_company_stays_the_company():
    """« la maison fondée par Madeleine Dorvilliers » ... « Fuselle deviendra une filiale de
    Dorvilliers »: spaCy's lone « Dorvilliers » is the company when a rule typed that name an
    organisation too (« la maison Dorvilliers »); with spaCy alone it is the person's surname."""
    def arts(source):
        return [res("a", m("Madeleine Dorvilliers", "Person"), m("Fuselle", "Organization", start=40),
                    m("Dorvilliers", "Organization", start=80),
                    relations=[Relation(1, "subOrganizationOf", 2, 0, 100, "test")]),
                res("b", m("Dorvilliers", "Organization", source=source))]
    r = resolve(arts("pattern"), lexicon=LEX, curation=Curation())
    assert [(f.subject, f.predicate, f.object) for f in r.facts] == [
        ("Organization/fuselle", "subOrganizationOf", "Organization/dorvilliers")]
    assert one(r, "Madeleine Dorvilliers")[0].aliases == set()
    r = resolve(arts("ner"), lexicon=LEX, curation=Curation())
    assert r.facts == [] and one(r, "Madeleine Dorvilliers")[0].aliases == {"Dorvilliers"}


def test_lone_unknown_name_from_ner_is_dropped():
    r = resolve([res("a", m("Dupont", "Person"))], lexicon=LEX, curation=Curation())
    assert r.entities == {}


def test_anaphora_follows_its_antecedent_and_adds_no_alias():
    r = resolve([res("a", m("Meta", "Organization", key="org-meta", source="lexicon"),
                     m("la firme", "Organization", "Meta", "org-meta", "coref", 50, refers_to=0),
                     m("Sam Altman", "Person", key="per-altman", source="lexicon", start=80),
                     relations=[Relation(2, "worksFor", 1, 0, 100, "test")])],
                lexicon=LEX, curation=Curation())
    meta = one(r, "Meta")[0]
    assert "la firme" not in meta.aliases
    assert [(f.subject, f.predicate, f.object) for f in r.facts] == [("Person/sam-altman", "worksFor", "Organization/meta")]


def test_aliases_collect_surface_forms():
    r = resolve([res("a", m("Andrew Bosworth", "Person"), m("Botsworth", "Person", start=40))], lexicon=LEX, curation=Curation())
    assert one(r, "Andrew Bosworth")[0].aliases == {"Botsworth"}


def test_relations_breaking_the_contract_are_dropped():
    r = resolve([res("a", m("Sam Altman", "Person", key="per-altman", source="lexicon"),
                     m("Instagram", "Product", key="prod-instagram", source="lexicon", start=20),
                     relations=[Relation(0, "worksFor", 1, 0, 40, "test")])], lexicon=LEX, curation=Curation())
    assert r.facts == []


def test_curation_aliases_merges_types_drops_and_splits(tmp_path):
    f = tmp_path / "cur.yaml"
    f.write_text("aliases:\n  Zuck: Mark Zuckerberg\nmerge:\n  - [Facebook AI Research, FAIR]\n"
                 "types:\n  Nebula: Product\ndrop:\n  - Superintelligence\nsplit:\n  - {name: Instagra, not: Instagram}\n",
                 encoding="utf-8")
    cur = load_curation([str(f)])
    r = resolve([res("a", m("Mark Zuckerberg", "Person"), m("Zuck", "Person", start=20), m("FAIR", "Team", start=30),
                     m("Facebook AI Research", "Team", start=40), m("Nebula", "AIModel", start=70),
                     m("Superintelligence", "Organization", start=90), m("Instagra", "Product", start=120))],
                lexicon=LEX, curation=cur)
    labels = {e.label: e for e in r.entities.values()}
    assert "Zuck" in labels["Mark Zuckerberg"].aliases
    assert labels["Facebook AI Research"].aliases == {"FAIR"}
    assert labels["Nebula"].type == "Product"
    assert "Superintelligence" not in labels
    assert "Instagra" in labels and "Instagram" not in labels


@pytest.mark.parametrize("text,message", [
    ("types:\n  X: Robot\n", "unknown type"),
    ("merge:\n  - [OnlyOne]\n", "two or more"),
    ("colour: blue\n", "unknown curation section"),
    ("aliases: [\n", "not valid YAML"),
    ("merge: 5\n", "section 'merge' must be a list of name lists"),
    ("drop: 5\n", "section 'drop' must be a list of names"),
    ("aliases: [a, b]\n", "section 'aliases' must be a mapping"),
    ("types: [Nebula]\n", "section 'types' must be a mapping"),
    ("split: {name: Instagra, not: Instagram}\n", "section 'split' must be a list"),
    ("split:\n  - {name: Instagra}\n", "each split is"),
    ("drop:\n  - [a, b]\n", "section 'drop': expected a name"),
    ("merge:\n  - [Google, {x: 1}]\n", "section 'merge': expected a name"),
    ("aliases:\n  Zuck: [Mark]\n", "section 'aliases': expected a name"),
])
def test_bad_curation_files_name_the_file_and_say_why(tmp_path, text, message):
    f = tmp_path / "c.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as exc:
        load_curation([str(f)])
    assert str(exc.value).startswith(f"{f}: ")


def test_a_bad_curation_file_stops_kg_build_before_extraction(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    (tmp_path / "a.txt").write_text("Mistral AI a lancé le modèle Mistral Large à Paris.", encoding="utf-8")
    (tmp_path / "c.yaml").write_text("merge: 5\n", encoding="utf-8")
    kg = str(Path(sys.executable).with_name("kg"))
    p = subprocess.run([kg, "build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                        "--curation", str(tmp_path / "c.yaml")], capture_output=True, text=True, timeout=120)
    assert p.returncode == 1
    assert "Traceback" not in p.stderr
    assert p.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'c.yaml'}: section 'merge' must be a list of name lists, e.g. "
        "[[Facebook AI Research, FAIR]]; got 5"]
    assert not (tmp_path / "out").exists()     # nothing extracted, nothing cached
