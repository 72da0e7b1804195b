"""End to end on the seed articles: `kg build seeds` through the library, scored with the
gold annotations, the design's core facts, and provenance that points at the text."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from rdflib.namespace import PROV, RDF

from kg.evaluate import evaluate, load_gold, load_graph
from kg.namespace import AIKG, ORG, entity_iri

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory):
    from kg.pipeline import build
    from kg.settings import Settings
    out = tmp_path_factory.mktemp("seeds") / "out"
    report = build([str(ROOT / "seeds")], out, Settings())
    return out, report


@pytest.fixture(scope="module")
def graph(seeds_out):
    return load_graph(seeds_out[0])


def test_build_report(seeds_out):
    out, report = seeds_out
    assert report.articles == 2 and not report.skipped
    for name in ("graph.trig", "graph.ttl", "graph.html"):
        assert (out / name).stat().st_size > 0
    assert report.validation is None or report.validation.conforms


def test_score_against_gold(graph):
    report = evaluate(load_gold(ROOT / "tests" / "data" / "seeds_gold.json"), graph)
    assert report.entities.f1 >= 0.90, report.to_dict()
    assert report.relations.f1 >= 0.75, report.to_dict()


def test_no_wrong_fact_on_the_seeds(graph):
    """The seeds are the project's contract: every fact the default model extracts from them is in
    the gold (a rule that misreads « Anthropic, le géant de Menlo Park, Meta » shows here first)."""
    report = evaluate(load_gold(ROOT / "tests" / "data" / "seeds_gold.json"), graph)
    assert not report.wrong_relations and not report.wrong_entities, report.to_dict()


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared/eval/score.py not beside the project")
def test_independent_scorer_agrees(seeds_out):
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    import json
    gold = json.loads((SHARED_SCORER.parent / "gold" / "seeds.json").read_text())
    result = mod.score(gold, mod.load(seeds_out[0]))
    assert result["entities"]["f1"] >= 0.90 and result["relations"]["f1"] >= 0.75, result
    ours = evaluate(gold, load_graph(seeds_out[0]))
    assert round(ours.relations.f1, 3) == result["relations"]["f1"]
    assert round(ours.entities.f1, 3) == result["entities"]["f1"]


def E(eid):
    return entity_iri(eid)


@pytest.mark.parametrize("s,p,o", [
    ("Organization/meta", "develops", "AIModel/llama"),
    ("Team/agi-foundations-team", "subOrganizationOf", "Organization/meta"),
    ("Team/agi-foundations-team", "develops", "AIModel/llama"),
    ("Team/ai-products-team", "subOrganizationOf", "Organization/meta"),
    ("Person/andrew-bosworth", "worksFor", "Organization/meta"),
    ("Person/yann-lecun", "leftOrganization", "Organization/meta"),
    ("Organization/meta", "investsIn", "Organization/scale-ai"),
    ("AIModel/avocado", "successorOf", "AIModel/llama"),
])
def test_core_facts(graph, s, p, o):
    assert (E(s), AIKG[p], E(o)) in graph


def test_bosworth_role_and_aliases(graph):
    from rdflib.namespace import RDFS, SKOS
    bos = E("Person/andrew-bosworth")
    assert "Botsworth" in {str(x) for x in graph.objects(bos, SKOS.altLabel)}
    m = next(graph.subjects(ORG.member, bos))
    assert graph.value(m, ORG.organization) == E("Organization/meta")
    assert str(graph.value(graph.value(m, ORG.role), RDFS.label)) == "directeur technologique"


def test_every_relation_has_verbatim_evidence(graph):
    texts = {}
    for art in graph.subjects(RDF.type, AIKG.Article):
        src = Path(str(graph.value(art, AIKG.sourceId)))
        from kg.articles import read_articles
        (a,) = list(read_articles([src if src.is_absolute() else ROOT / src]))
        texts[art] = a.text
    from kg.rdf import iter_relations
    relations = list(iter_relations(graph))
    assert relations
    for s, p, o in relations:
        sts = [st for st in graph.subjects(RDF.subject, s)
               if graph.value(st, RDF.predicate) == AIKG[p] and graph.value(st, RDF.object) == o]
        assert sts, (s, p, o)
        for st in sts:
            text = texts[graph.value(st, PROV.wasDerivedFrom)]
            start, end = int(graph.value(st, AIKG.startChar)), int(graph.value(st, AIKG.endChar))
            assert text[start:end] == str(graph.value(st, AIKG.evidence))


def test_reported_speech_is_attributed_to_axios(graph):
    sts = [st for st in graph.subjects(RDF.subject, E("Team/ai-products-team"))
           if graph.value(st, RDF.predicate) == AIKG.subOrganizationOf]
    assert sts and all(str(graph.value(st, AIKG.modality)) == "reported" for st in sts)
    assert graph.value(sts[0], PROV.wasAttributedTo) == E("Organization/axios")


def test_facts_carry_the_article_date(graph):
    st = next(st for st in graph.subjects(RDF.predicate, AIKG.leftOrganization))
    assert str(graph.value(st, AIKG.date)) == "2026-01-22"


@pytest.fixture(scope="module")
def heldout_graph(tmp_path_factory):
    from kg.pipeline import build
    from kg.settings import Settings
    out = tmp_path_factory.mktemp("heldout") / "out"
    build([str(ROOT / "tests" / "data" / "heldout")], out, Settings())
    return load_graph(out)


def test_score_on_articles_written_for_evaluation(heldout_graph):
    """1,050 articles written and annotated (tests/data/heldout_gold.json) before the extractor
    first ran on them (first scores in the gold file's "about"). Rules were then generalised on
    most of them, so this is a regression guard, not a measure of unseen quality."""
    report = evaluate(load_gold(ROOT / "tests" / "data" / "heldout_gold.json"), heldout_graph)
    # a guard a little under today's 0.943 / 0.751 (each new batch lowers the figure it first
    # scores at, then the rules are generalised: the l, m, n, o, p, q, r, s, t, u, v, w, x, y, z,
    # aa, ab, ac, ad, ae, af, ag, ah, ai, aj, ak, al, am, an, ao, ap, aq, ar, as, at, au, av, aw,
    # ax, ay, az, ba, bb, bc, bd, be, bf, bg, bh, bi, bj, bk, bl, bm, bn, bo, bp, bq, br, bs, bt,
    # bu, bv, bw, bx, by, bz, ca, cb, cc, cd, ce, cf, cg, ch, ci, cj, ck, cl, cm, cn, co, cp, cq,
    # cr, cs, ct, cu, cv, cw, cx, cy, cz, da, db, dc, dd, de, df, dg, dh, di, dj, dk, dl, dm, dn, do, dp,
    # dq, dr, ds, dt, du, dv, dw, dx, dy, dz, ea, eb, ec, ed, ee, ef, eg, eh, ei, ej, ek, el, em, en, eo, ep,
    # eq, er, es, et, eu, ev, ew, ex, ey, ez, fa, fb, fc, fd, fe, ff, fg, fh, fi, fj, fk, fl, fm, fn, fo, fp, fq, fr
    # fs, ft, fu, fv, fw, fx, fy, fz, ga, gb, gc, gd, ge, gf, gg, gh, gi, gj, gk, gl, gm, gn, go, gp, gq, gr, gs, gt, gu, gv
    # gw, gx, gy, gz, ha, hb, hc, hd, he, hf, hg, hh and hi
    # batches first ran at
    # 0.52, 0.38, 0.49, 0.48, 0.61, 0.58, 0.56, 0.59, 0.47, 0.51, 0.50, 0.57, 0.49, 0.47, 0.57, 0.49,
    # 0.47, 0.62, 0.55, 0.65, 0.59, 0.70, 0.52, 0.64, 0.62, 0.53, 0.59, 0.56, 0.51, 0.58, 0.59, 0.45,
    # 0.66, 0.64, 0.58, 0.63, 0.62, 0.46, 0.57, 0.63, 0.66, 0.65, 0.59, 0.66, 0.64, 0.62, 0.50, 0.58,
    # 0.63, 0.61, 0.78, 0.69, 0.65, 0.73, 0.55, 0.69, 0.62, 0.58, 0.64, 0.67, 0.60, 0.72, 0.65, 0.65,
    # 0.61, 0.58, 0.69, 0.77, 0.52, 0.65, 0.71, 0.75, 0.70, 0.72, 0.63, 0.71, 0.57, 0.70, 0.62,
    # 0.68, 0.58, 0.69, 0.67, 0.56, 0.58, 0.77, 0.74, 0.80, 0.63, 0.61, 0.66, 0.72, 0.67, 0.74, 0.71,
    # 0.72, 0.59, 0.69, 0.61, 0.60, 0.49, 0.58, 0.64, 0.68, 0.70, 0.63, 0.74, 0.69, 0.60, 0.76, 0.61,
    # 0.66, 0.69, 0.63, 0.61, 0.68, 0.60, 0.74, 0.73, 0.47, 0.53, 0.66, 0.70, 0.59, 0.58, 0.57, 0.71,
    # 0.48, 0.65, 0.57, 0.58, 0.61, 0.60, 0.60, 0.65, 0.44, 0.68, 0.57, 0.69, 0.70, 0.71, 0.59, 0.67,
    # 0.69, 0.67, 0.74, 0.44, 0.66, 0.75, 0.64, 0.73, 0.62, 0.70, 0.69, 0.62, 0.75, 0.69, 0.66, 0.75, 0.66, 0.58, 0.78,
    # 0.51, 0.66, 0.75, 0.62, 0.65, 0.65, 0.50, 0.64, 0.63, 0.59, 0.73, 0.65, 0.69, 0.63, 0.61, 0.68, 0.58, 0.58, 0.66, 0.71, 0.64, 0.62, 0.64, 0.64, 0.71, 0.68, 0.60, 0.74, 0.62, 0.65, 0.68,
    # 0.67, 0.73, 0.64, 0.65, 0.71, 0.75, 0.59, 0.71, 0.79, 0.70, 0.69, 0.74 and 0.70; z, ab, ad, af, ag, ah, al, ao, ap, as, at, av, az, bc, bh, bi, bn, bo,
    # bq, bt, bx, ca, cc, cf, ci, cl, co, cr, cu, cx, db, de, dh, dk, dm, dp, du, dw, dy, eb, eg, eh, ek, eo,
    # eq, et, ew, fa, fd, ff, fi, fk, fo, fr, ft, fy, gd, ge, gg, gk, gm, go, gt, gu, gz, hb, hh and hi have not been generalised on;
    # with fr_core_news_sm all 1,050 score 0.924 / 0.715)
    assert report.entities.f1 >= 0.91, report.to_dict()
    assert report.relations.f1 >= 0.70, report.to_dict()
