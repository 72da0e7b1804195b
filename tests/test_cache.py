"""Incremental builds: the per-article cache of the map step (kg.cache, kg.pipeline).

These tests replace the spaCy Extractor by a small deterministic fake (so they are
fast and count what was extracted); resolution, RDF writing and the outputs are the
project's own.
"""
from __future__ import annotations

import json
import re
import sys
import types

import pytest
from rdflib import Dataset, URIRef

from kg.cache import ResultCache, article_key
from kg.records import Article, ArticleResult, Mention, Relation
from kg.settings import Settings

SETTINGS = Settings(validate=False, html=False)


class FakeExtractor:
    """Capitalised words become Organization mentions; the first two are partners."""

    extracted: list[str] = []
    loads = 0

    def __init__(self, settings):
        FakeExtractor.loads += 1

    def extract_many(self, articles):
        for a in articles:
            FakeExtractor.extracted.append(a.id)
            ms = [Mention(text=m.group(), start=m.start(), end=m.end(), type="Organization",
                          label=m.group(), source="ner")
                  for m in re.finditer(r"\b[A-Z][a-z]{3,}\b", a.text)]
            rels = []
            if len(ms) >= 2:
                rels.append(Relation(subject=0, predicate="partnerOf", object=1, start=0,
                                     end=len(a.text), extractor="fake"))
            yield ArticleResult(a, ms, rels)


class ExplodingExtractor:
    def __init__(self, settings):
        raise AssertionError("the model was loaded although every article was cached")


@pytest.fixture
def fake_extract(monkeypatch):
    """Install FakeExtractor as kg.extract.Extractor (and a fake module while kg.extract is missing)."""
    import kg.executors
    try:
        import kg.extract as mod
    except ModuleNotFoundError:
        import hashlib
        mod = types.ModuleType("kg.extract")
        mod.pipeline_version = lambda s: hashlib.sha256(repr((s.model, s.lexicon, s.curation)).encode()).hexdigest()[:16]
        monkeypatch.setitem(sys.modules, "kg.extract", mod)
    monkeypatch.setattr(mod, "Extractor", FakeExtractor, raising=False)
    try:
        import kg.resolve  # noqa: F401
    except ModuleNotFoundError:   # while kg.resolve is being written: a minimal stand-in
        res = types.ModuleType("kg.resolve")
        res.resolve = _mini_resolve
        monkeypatch.setitem(sys.modules, "kg.resolve", res)
    FakeExtractor.extracted = []
    FakeExtractor.loads = 0
    kg.executors.clear_extractors()
    yield mod
    kg.executors.clear_extractors()


def _mini_resolve(results, settings):
    from kg.records import Entity, Fact, Resolved
    from kg.text import slugify
    ents, facts, arts, mentions = {}, [], [], {}
    for r in results:
        arts.append(r.article)
        ids = []
        for m in r.mentions:
            eid = f"{m.type}/{slugify(m.label)}"
            ents.setdefault(eid, Entity(m.type, m.label, slugify(m.label)))
            mentions.setdefault(eid, set()).add(r.article.id)
            ids.append(eid)
        for rel in r.relations:
            facts.append(Fact(ids[rel.subject], rel.predicate, ids[rel.object], r.article.id,
                              r.article.text[rel.start:rel.end], rel.start, rel.end, rel.extractor,
                              rel.confidence))
    return Resolved(ents, facts, arts, mentions)


def _write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    _write(corpus, "a.txt", "Titre: Alpha\n\nLa société Alphacorp a signé un accord avec Betatech pour développer des modèles.")
    _write(corpus, "b.txt", "Titre: Gamma\n\nLa start-up Gammalab travaille avec Deltasoft depuis plusieurs années en France.")
    _write(corpus, "c.txt", "Titre: Epsilon\n\nLe groupe Epsilonia a conclu un partenariat avec Zetanet pour ses clients.")
    return corpus


def _subjects(out):
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    return {str(s) for s in ds.subjects()}


def test_article_key_changes_with_text_and_metadata():
    a = Article(id="x", text="Bonjour", source="x.txt")
    assert article_key(a) == article_key(Article(id="x", text="Bonjour", source="x.txt"))
    assert article_key(a) != article_key(Article(id="x", text="Bonjour !", source="x.txt"))
    assert article_key(a) != article_key(Article(id="x", text="Bonjour", source="x.txt", date="2026-01-01"))
    assert article_key(a) != article_key(Article(id="y", text="Bonjour", source="x.txt"))


def test_cache_roundtrip_atomic_and_prune(tmp_path):
    rc = ResultCache(tmp_path / "c", "v1")
    a = Article(id="x", text="Meta lance Llama.", source="x.txt")
    res = ArticleResult(a, [Mention("Meta", 0, 4, "Organization", "Meta")], [])
    k = article_key(a)
    assert rc.get(k) is None and not rc.has(k)
    rc.put(k, res)
    assert rc.get(k) == res and len(rc) == 1
    assert not list(rc.path(k).parent.glob("*.tmp"))
    rc.path(k).write_text("{broken", encoding="utf-8")   # a corrupt entry is a miss
    assert rc.get(k) is None
    rc.put(k, res)
    other = ResultCache(tmp_path / "c", "v0")
    other.put(k, res)
    rc.put("ab" * 32, res)
    rc.prune({k})
    assert rc.has(k) and not rc.has("ab" * 32) and not other.dir.exists()


def test_warm_rebuild_reuses_everything_and_loads_no_model(tmp_path, fake_extract, monkeypatch):
    from kg.pipeline import build
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    cold = build([corpus], out, SETTINGS)
    assert (cold.articles, cold.recomputed, cold.reused) == (3, 3, 0)
    assert FakeExtractor.loads == 1
    trig_before = (out / "graph.trig").read_bytes()

    import kg.executors
    kg.executors.clear_extractors()
    monkeypatch.setattr(fake_extract, "Extractor", ExplodingExtractor)
    warm = build([corpus], out, SETTINGS)
    assert (warm.articles, warm.recomputed, warm.reused, warm.removed) == (3, 0, 3, 0)
    assert (out / "graph.trig").read_bytes() == trig_before   # same graph, byte for byte
    assert warm.entities_by_type == cold.entities_by_type
    assert warm.relations_by_predicate == cold.relations_by_predicate


def test_unchanged_rebuild_is_up_to_date_and_rewrites_nothing(tmp_path, fake_extract):
    """Nothing changed: no reduce step, outputs untouched; a missing output, a curation file or
    an article change makes the next build a real one again."""
    import os
    import dataclasses
    from kg.pipeline import build
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    cold = build([corpus], out, SETTINGS)
    assert not any("up to date" in n for n in cold.notes)
    stamp = os.stat(out / "graph.trig").st_mtime_ns
    again = build([corpus], out, SETTINGS)
    assert any("up to date" in n for n in again.notes)
    assert os.stat(out / "graph.trig").st_mtime_ns == stamp
    assert (again.articles, again.reused, again.recomputed) == (3, 3, 0)
    assert again.entities_by_type == cold.entities_by_type
    assert again.relations_by_predicate == cold.relations_by_predicate
    assert set(again.outputs) == set(cold.outputs)
    assert (again.validation is None) == (cold.validation is None)
    if cold.validation is not None:
        assert again.validation.conforms == cold.validation.conforms
        assert [str(v) for v in again.validation.violations] == [str(v) for v in cold.validation.violations]

    (out / "graph.ttl").unlink()                            # an output gone: built again
    rebuilt = build([corpus], out, SETTINGS)
    assert not any("up to date" in n for n in rebuilt.notes) and (out / "graph.ttl").exists()

    cur = tmp_path / "cur.yaml"
    cur.write_text("drop: []\n", encoding="utf-8")
    with_cur = build([corpus], out, dataclasses.replace(SETTINGS, curation=(str(cur),)))
    assert not any("up to date" in n for n in with_cur.notes)

    _write(corpus, "c.txt", "Titre: Epsilon\n\nLe groupe Epsilonia travaille avec Omicron.")
    changed = build([corpus], out, SETTINGS)
    assert not any("up to date" in n for n in changed.notes) and changed.recomputed == 1


def test_one_changed_article_is_the_only_one_extracted(tmp_path, fake_extract):
    from kg.pipeline import build
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    build([corpus], out, SETTINGS)
    FakeExtractor.extracted = []
    _write(corpus, "b.txt", "Titre: Gamma\n\nLa start-up Gammalab travaille désormais avec Omicron et Sigmacorp.")
    rep = build([corpus], out, SETTINGS)
    assert FakeExtractor.extracted == ["b"]
    assert (rep.recomputed, rep.reused) == (1, 2)
    subjects = _subjects(out)
    assert any(s.endswith("/omicron") for s in subjects)
    assert not any(s.endswith("/deltasoft") for s in subjects)   # the old version's facts are gone


def test_removed_article_leaves_the_graph(tmp_path, fake_extract):
    from kg.pipeline import build
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    build([corpus], out, SETTINGS)
    assert any(s.endswith("/epsilonia") for s in _subjects(out))
    (corpus / "c.txt").unlink()
    rep = build([corpus], out, SETTINGS)
    assert (rep.articles, rep.reused, rep.recomputed, rep.removed) == (2, 2, 0, 1)
    subjects = _subjects(out)
    assert not any(s.endswith("/epsilonia") or s.endswith("/zetanet") for s in subjects)
    assert not any(s.endswith("article/c") for s in subjects)
    # pruned: only the two current articles stay in the cache
    assert len(list((out / ".cache").rglob("*.json"))) == 2


def test_pipeline_version_change_invalidates(tmp_path, fake_extract, monkeypatch):
    from kg.pipeline import build
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    build([corpus], out, SETTINGS)
    monkeypatch.setattr(fake_extract, "pipeline_version", lambda s: "another-version")
    rep = build([corpus], out, SETTINGS)
    assert (rep.recomputed, rep.reused) == (3, 0)
    versions = [p.name for p in (out / ".cache").iterdir() if p.is_dir()]
    assert versions == ["v1-another-version"]        # the old version was pruned


def test_lexicon_changes_pipeline_version(tmp_path, fake_extract):
    from kg.resources import read_text
    lex = tmp_path / "lexicon.jsonl"
    lex.write_text(read_text("lexicon.jsonl") + json.dumps(
        {"id": "zetanet", "name": "Zetanet", "type": "Organization"}) + "\n", encoding="utf-8")
    assert fake_extract.pipeline_version(Settings()) != fake_extract.pipeline_version(Settings(lexicon=str(lex)))
    assert fake_extract.pipeline_version(Settings()) != fake_extract.pipeline_version(Settings(model="fr_core_news_sm"))


def test_cache_dir_option_and_no_cache(tmp_path, fake_extract):
    from kg.pipeline import build
    corpus = _corpus(tmp_path)
    cdir = tmp_path / "cache"
    build([corpus], tmp_path / "o1", Settings(validate=False, html=False, cache_dir=str(cdir)))
    assert len(list(cdir.rglob("*.json"))) == 3 and not (tmp_path / "o1" / ".cache").exists()
    rep = build([corpus], tmp_path / "o2", Settings(validate=False, html=False, cache_dir=str(cdir)))
    assert rep.reused == 3
    rep = build([corpus], tmp_path / "o3", SETTINGS, cache=False)
    assert rep.recomputed == 3 and not (tmp_path / "o3" / ".cache").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no temporary leftovers


def test_result_records_round_trip_as_dataclasses_asdict_would():
    """ArticleResult.to_dict copies the flat records' fields (no deep copy): same dicts as
    dataclasses.asdict, and from_dict gives the result back."""
    from dataclasses import asdict
    from kg.records import Article, ArticleResult, Mention, Relation
    art = Article("a1", "Yann LeCun quitte Meta.", "a1.txt", date="2025-11-12")
    res = ArticleResult(art, [Mention("Yann LeCun", 0, 10, "Person", "Yann LeCun", sent=0),
                              Mention("Meta", 18, 22, "Organization", "Meta", key="meta", source="lexicon")],
                        [Relation(0, "leftOrganization", 1, 0, 23, "cue:left", 0.9, role=None)])
    assert res.to_dict() == asdict(res)
    assert ArticleResult.from_dict(res.to_dict()) == res


def test_shacl_findings_go_to_validation_json_and_build_json_keeps_counts(tmp_path, fake_extract):
    """Every SHACL finding is in OUT/validation.json (build.json holds only counts); an
    up-to-date build reads them back; a damaged file means a real build, not a traceback; a
    build without validation leaves no stale findings."""
    import dataclasses
    from kg.pipeline import VALIDATION_FILE, build
    settings = dataclasses.replace(SETTINGS, validate=True)
    corpus, out = _corpus(tmp_path), tmp_path / "out"

    class Reporting(FakeExtractor):     # reported speech with no named source: one Warning per fact
        def extract_many(self, articles):
            for res in super().extract_many(articles):
                yield ArticleResult(res.article, res.mentions,
                                    [dataclasses.replace(r, modality="reported") for r in res.relations])
    fake_extract.Extractor = Reporting
    cold = build([corpus], out, settings)
    assert cold.validation.conforms and len(cold.validation.warnings) >= 2
    findings = json.loads((out / VALIDATION_FILE).read_text(encoding="utf-8"))
    manifest = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert findings["conforms"] == cold.validation.conforms
    assert findings["findings"] == [dataclasses.asdict(v) for v in cold.validation.violations]
    v = manifest["validation"]
    assert v["violations"] == len(cold.validation.violations) and v["detail"] == VALIDATION_FILE
    assert sum(v["by_severity"].values()) == v["violations"]
    assert "focus" not in (out / "build.json").read_text(encoding="utf-8")
    assert cold.outputs[VALIDATION_FILE] == out / VALIDATION_FILE

    again = build([corpus], out, settings)
    assert any("up to date" in n for n in again.notes)
    assert again.validation.violations == cold.validation.violations

    (out / VALIDATION_FILE).write_text("{not json", encoding="utf-8")
    mended = build([corpus], out, settings)
    assert not any("up to date" in n for n in mended.notes)
    assert json.loads((out / VALIDATION_FILE).read_text(encoding="utf-8"))["findings"] == findings["findings"]

    (out / VALIDATION_FILE).unlink()
    assert not any("up to date" in n for n in build([corpus], out, settings).notes)

    unchecked = build([corpus], out, SETTINGS)
    assert unchecked.validation is None and not (out / VALIDATION_FILE).exists()
    assert VALIDATION_FILE not in unchecked.outputs


def test_language_is_detected_only_for_articles_not_extracted_before(tmp_path, fake_extract, monkeypatch):
    """A cached result means its article passed the language check when it was extracted: a
    rebuild detects the language of new or changed articles only (py3langid costs about 1 ms an
    article, half of an up-to-date rebuild). A non-French article is still skipped every time."""
    import kg.articles as articles
    from kg.pipeline import build
    calls = []
    real = articles.detect_lang
    monkeypatch.setattr(articles, "detect_lang", lambda text: calls.append(text.split()[2]) or real(text))
    fr = ("La société {} a signé un accord avec Betatech pour développer des modèles de langue "
          "destinés aux entreprises européennes, selon un communiqué publié mardi à Paris.")
    en = ("The company Omegacorp signed a deal with Betatech to build language models for "
          "European businesses, according to a statement released on Tuesday in Paris.")
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    _write(corpus, "a.txt", fr.format("Alphacorp"))
    _write(corpus, "b.txt", fr.format("Gammalab"))
    _write(corpus, "e.txt", en)

    def run():
        calls.clear()
        problems = []
        rep = build([corpus], out, SETTINGS, on_problem=problems.append)
        assert [(p.source.rsplit("/", 1)[-1], p.reason) for p in problems] == [
            ("e.txt", "not French (detected: en)")]
        return rep

    rep = run()
    assert sorted(calls) == ["Alphacorp", "Gammalab", "Omegacorp"] and rep.articles == 2
    run()
    assert calls == ["Omegacorp"]                     # the two French articles are cached
    _write(corpus, "b.txt", fr.format("Sigmacorp"))
    rep = run()
    assert sorted(calls) == ["Omegacorp", "Sigmacorp"] and (rep.recomputed, rep.reused) == (1, 1)
