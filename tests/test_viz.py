"""The HTML views (no browser): content, filters, safety, self-containment, the CLI."""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest

from kg import viz
from kg.viz import FilterError, extract_data, filter_graph, write_graph_html, write_timeline_html

XSS = "<script>alert(1)</script>"


@pytest.fixture
def small_nx(small_dataset):
    from kg.graphs import to_networkx
    return to_networkx(small_dataset)


def _labels(data):
    return {n["label"] for n in data["nodes"]}


def _triples(data):
    lab = {n["id"]: n["label"] for n in data["nodes"]}
    return {(lab[e["from"]], e["predicate"], lab[e["to"]]) for e in data["edges"]}


def _page(tmp_path, source, **kw):
    path = write_graph_html(source, tmp_path / "graph.html", **kw)
    text = path.read_text(encoding="utf-8")
    return text, extract_data(text)


# --------------------------------------------------------------------------- content

def test_graph_html_holds_nodes_and_edges(tmp_path, small_dataset):
    text, data = _page(tmp_path, small_dataset, title="Graphe de test")
    assert len(data["nodes"]) == 12
    assert len(data["edges"]) == 13          # the hedged statement is not an edge
    assert {"Mistral AI", "Les Échos", "Équipe Science", "Arthur Mensch"} <= _labels(data)
    assert ("Arthur Mensch", "leads", "Mistral AI") in _triples(data)
    assert ("Microsoft", "investsIn", "Mistral AI") not in _triples(data)
    assert '<meta charset="utf-8">' in text
    assert "<title>Graphe de test</title>" in text
    # hover content: type, aliases, articles; evidence with article and date
    mistral = next(n for n in data["nodes"] if n["label"] == "Mistral AI")
    assert mistral["type"] == "Organization" and mistral["aliases"] == ["Mistral"]
    assert {a["id"] for a in mistral["articles"]} == {"a1", "a2"}
    assert any(a["title"] == "Mistral AI lève des fonds" for a in mistral["articles"])
    inv = next(e for e in data["edges"] if e["predicate"] == "investsIn")
    assert inv["modality"] == "reported" and inv["evidence"][0]["source"] == "Les Échos"
    assert inv["evidence"][0]["article"] == "a1" and inv["evidence"][0]["date"] == "2026-03-02"
    assert inv["evidence"][0]["sentence"].startswith("Selon Les Échos")
    # directed edges with arrows, sizes by centrality
    assert mistral["size"] == max(n["size"] for n in data["nodes"])
    assert "arrows" in text


def test_sources_rdflib_backend_or_networkx_agree(tmp_path, small_dataset, small_nx):
    _, a = _page(tmp_path, small_dataset)
    _, b = _page(tmp_path, small_nx)
    assert _triples(a) == _triples(b)


def test_hedged_on_request(tmp_path, small_dataset):
    _, data = _page(tmp_path, small_dataset, include_hedged=True)
    hedged = [e for e in data["edges"] if e["modality"] == "hedged"]
    assert len(hedged) == 1 and hedged[0]["predicate"] == "investsIn"


def test_colours_and_shapes_per_type(tmp_path, small_dataset):
    _, data = _page(tmp_path, small_dataset)
    for n in data["nodes"]:
        assert (n["color"], n["shape"]) == viz.TYPE_STYLE[n["type"]]
    colours = {n["type"]: n["color"] for n in data["nodes"]}
    assert len(set(colours.values())) == len(colours) == 7
    assert {t["type"]: t["color"] for t in data["legend"]} == colours
    assert "group" not in {k for n in data["nodes"] for k in n}


# --------------------------------------------------------------------------- self-contained, safe

def test_self_contained(tmp_path, small_dataset):
    text, _ = _page(tmp_path, small_dataset)
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", text, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", text, re.I)
    for host in ("jsdelivr", "unpkg.com", "cdnjs", "googleapis", "bootstrapcdn"):
        assert host not in text
    assert "default-src 'none'" in text                   # and the page forbids any fetch
    assert "vis.Network" in text and "DataSet" in text      # vis-network itself is inline
    assert not (tmp_path / "lib").exists() and not Path("lib").exists()


def _xss_dataset(r):
    from kg.rdf import to_dataset
    from kg.records import Article, Entity, Fact
    r.entities["Organization/evil"] = Entity(type="Organization", label=f"Evil {XSS}", slug="evil",
                                             aliases={f"<img src=x onerror=alert(2)>"})
    r.articles.append(Article(id="x1", text="", source="x1.txt", title=f"Titre {XSS}",
                              date="2026-06-01"))
    ev = f"Evil {XSS} a quitté Mistral AI & </script><script>alert(3)</script>."
    r.facts.append(Fact(subject="Organization/evil", predicate="partnerOf",
                        object="Organization/mistral-ai", article_id="x1", evidence=ev, start=0,
                        end=len(ev), extractor="test", confidence=0.9))
    r.mentions.setdefault("Organization/evil", set()).add("x1")
    return to_dataset(r), ev


@pytest.fixture
def xss(small_resolved):
    return _xss_dataset(small_resolved)


def test_article_text_is_escaped(tmp_path, xss):
    ds, ev = xss
    text, data = _page(tmp_path, ds, title=f"t {XSS}")
    assert "<script>alert" not in text
    assert "</script><script>" not in text
    assert "<img src=x" not in text
    assert f"<title>t &lt;script&gt;" in text
    # the data survive intact once parsed back
    assert f"Evil {XSS}" in _labels(data)
    assert any(e["evidence"][0]["sentence"] == ev for e in data["edges"] if e["predicate"] == "partnerOf")
    t2 = write_timeline_html(ds, tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<script>alert" not in t2 and "</script><script>" not in t2
    assert any(e["evidence"][0]["sentence"] == ev for e in extract_data(t2)["events"])


def test_script_json_escapes():
    s = viz.script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s


# --------------------------------------------------------------------------- filters

def test_focus_depth(small_nx):
    g1 = filter_graph(small_nx, focus="Julie Martin", depth=1)
    assert {d["label"] for _, d in g1.nodes(data=True)} == {"Julie Martin", "Mistral AI"}
    g2 = filter_graph(small_nx, focus="martin", depth=2)        # an alias, case-insensitive
    assert "Paris" in {d["label"] for _, d in g2.nodes(data=True)}
    g0 = filter_graph(small_nx, focus="Person/julie-martin", depth=0)
    assert g0.number_of_nodes() == 1
    assert filter_graph(small_nx, focus="equipe science").number_of_nodes() == 3  # accents folded


def test_focus_in_page(tmp_path, small_dataset):
    _, data = _page(tmp_path, small_dataset, focus="Arthur Mensch", depth=1)
    assert _labels(data) == {"Arthur Mensch", "Mistral AI", "VivaTech"}
    assert [n["label"] for n in data["nodes"] if n.get("focus")] == ["Arthur Mensch"]


def test_types_filter(small_nx):
    g = filter_graph(small_nx, types="Person,organization")
    assert {d["type"] for _, d in g.nodes(data=True)} == {"Person", "Organization"}
    assert {k for _, _, k in g.edges(keys=True)} == {"leads", "worksFor", "leftOrganization",
                                                      "investsIn", "competitorOf"}


def test_predicates_filter(small_nx):
    g = filter_graph(small_nx, predicates=["develops", "aikg:successorOf"])
    assert {k for _, _, k in g.edges(keys=True)} == {"develops", "successorOf"}
    assert {d["label"] for _, d in g.nodes(data=True)} == {
        "Mistral AI", "Équipe Science", "Mistral Large", "Mistral Medium", "Le Chat"}


def test_date_filters(small_nx):
    late = filter_graph(small_nx, since="2026-04")
    assert {k for _, _, k in late.edges(keys=True)} == {"organizes", "leftOrganization",
                                                         "competitorOf", "participatedIn"}
    assert all(e["date"] >= "2026-04" for *_, d in late.edges(data=True) for e in d["evidence"])
    early = filter_graph(small_nx, until="2026-03-31")
    assert "leftOrganization" not in {k for _, _, k in early.edges(keys=True)}
    assert early.number_of_edges() == 9
    both = filter_graph(small_nx, since="2026", until="2026-05-10")
    assert both.number_of_edges() == small_nx.number_of_edges()
    assert filter_graph(small_nx, since="2027").number_of_nodes() == 0


def test_article_filter(small_nx):
    g = filter_graph(small_nx, article="a2")
    assert {k for _, _, k in g.edges(keys=True)} == {"organizes", "leftOrganization",
                                                      "competitorOf", "participatedIn"}
    assert all(e["article"] == "a2" for *_, d in g.edges(data=True) for e in d["evidence"])


@pytest.mark.parametrize("kw, param, needle", [
    ({"types": "Company"}, "types", "Organization, Team, Person"),
    ({"predicates": "employs"}, "predicates", "worksFor"),
    ({"since": "2026-13"}, "since", "YYYY-MM-DD"),
    ({"until": "yesterday"}, "until", "YYYY"),
    ({"focus": "Mistral A"}, "focus", "Mistral AI"),
    ({"article": "zz"}, "article", "a1, a2"),
    ({"since": "2026-05", "until": "2026-04"}, "until", "before"),
])
def test_bad_filters_name_valid_values(small_nx, kw, param, needle):
    with pytest.raises(FilterError) as exc:
        filter_graph(small_nx, **kw)
    assert exc.value.param == param and needle in str(exc.value)


def test_empty_view(tmp_path, small_dataset):
    _, data = _page(tmp_path, small_dataset, since="2030")
    assert data["nodes"] == [] and data["edges"] == []


# --------------------------------------------------------------------------- large graphs

def synthetic_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph in to_networkx's shape: n entities, about 1.5 n relations."""
    import random
    rnd = random.Random(seed)
    types = list(viz.TYPE_STYLE)
    base = nx.barabasi_albert_graph(n, 1, seed=seed)
    g = nx.MultiDiGraph()
    for i in base.nodes:
        g.add_node(f"https://w3id.org/aikg/resource/x/n{i}", label=f"Entité {i}",
                   type=rnd.choice(types), aliases=[], articles=[f"art{i % 50}"])
    extra = [(rnd.randrange(n), rnd.randrange(n)) for _ in range(n // 2)]
    for u, v in list(base.edges) + extra:
        if u == v:
            continue
        p = rnd.choice(["develops", "worksFor", "partnerOf", "investsIn"])
        ev = [{"sentence": f"Phrase {u}-{v}.", "article": f"art{u % 50}", "title": None,
               "date": f"2025-{1 + u % 12:02d}-01", "modality": "asserted", "confidence": 0.8,
               "start": 0, "end": 10, "source": None}]
        g.add_edge(f"https://w3id.org/aikg/resource/x/n{u}", f"https://w3id.org/aikg/resource/x/n{v}",
                   key=p, predicate=p, evidence=ev, first_date=ev[0]["date"],
                   last_date=ev[0]["date"], support=1, modality="asserted")
    return g


def test_large_graph_is_laid_out_beforehand(tmp_path):
    g = synthetic_graph(1500)
    _, data = _page(tmp_path, g)
    assert data["large"] and not data["physics"]
    assert all(isinstance(n.get("x"), float) and isinstance(n.get("y"), float) for n in data["nodes"])
    pts = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(pts) > 0.95 * len(data["nodes"])           # spread out, not piled up


def test_small_graph_uses_physics(tmp_path, small_dataset):
    _, data = _page(tmp_path, small_dataset)
    assert data["physics"] and "x" not in data["nodes"][0]


# --------------------------------------------------------------------------- timeline

def test_timeline(tmp_path, small_dataset):
    text = write_timeline_html(small_dataset, tmp_path / "t.html").read_text(encoding="utf-8")
    data = extract_data(text)
    ev = data["events"]
    assert [e["date"] for e in ev] == sorted(e["date"] for e in ev)
    kinds = {(e["subject"]["label"], e["predicate"], e["object"]["label"], e["date"]) for e in ev}
    assert ("Julie Martin", "leftOrganization", "Mistral AI", "2026-05-10") in kinds
    assert ("Nvidia", "investsIn", "Mistral AI", "2026-03-02") in kinds
    assert ("Équipe Science", "subOrganizationOf", "Mistral AI", "2026-03-02") in kinds
    assert not any(e["predicate"] in ("competitorOf", "headquarteredIn") for e in ev)
    assert not re.search(r"<(script|link)\b[^>]*\b(src|href)\s*=", text)
    assert '<meta charset="utf-8">' in text


def test_timeline_filters(tmp_path, small_nx):
    julie = viz.timeline_events(small_nx, entity="Julie Martin")
    assert {e["predicate"] for e in julie} == {"worksFor", "leftOrganization"}
    assert [e["predicate"] for e in viz.timeline_events(small_nx, since="2026-05")] == ["leftOrganization"]
    with pytest.raises(FilterError):
        viz.timeline_events(small_nx, entity="Personne Inconnue")


# --------------------------------------------------------------------------- CLI

def _run(*args):
    from typer.testing import CliRunner
    from kg.cli import app
    return CliRunner().invoke(app, list(args))


def test_cli_viz(graph_dir, tmp_path):
    r = _run("viz", "--graph", str(graph_dir))
    assert r.exit_code == 0, r.output
    data = extract_data((graph_dir / "graph.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 12
    out = tmp_path / "focus.html"
    r = _run("viz", "--graph", str(graph_dir), "--out", str(out), "--focus", "Mistral AI",
             "--depth", "1", "--types", "Person,Organization", "--since", "2026-03")
    assert r.exit_code == 0, r.output
    assert _labels(extract_data(out.read_text(encoding="utf-8"))) == {
        "Mistral AI", "Arthur Mensch", "Julie Martin", "Nvidia", "Microsoft"}
    r = _run("viz", "--graph", str(graph_dir), "--timeline", "--focus", "Julie Martin")
    assert r.exit_code == 0, r.output
    assert len(extract_data((graph_dir / "timeline.html").read_text(encoding="utf-8"))["events"]) == 2


@pytest.mark.parametrize("args, needle", [
    (["--types", "Company"], "Organization"),
    (["--predicates", "employs"], "worksFor"),
    (["--since", "03/2026"], "YYYY-MM-DD"),
    (["--focus", "Mistral A"], "Mistral AI"),
])
def test_cli_viz_bad_parameters(graph_dir, args, needle):
    r = _run("viz", "--graph", str(graph_dir), *args)
    assert r.exit_code == 2
    assert needle in " ".join(re.sub(r"[│╭╮╰╯─]", " ", r.output).split())
