"""Named queries, parameters, output formats and the `kg query` command, on the small dataset."""
from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import GraphNotFound, QueryError
from kg.query import (list_queries, load_query, parse_named_query, prepare_named, query_names, render, resolve,
                      run_named, run_query, sort_rows, split_order_by, to_csv, to_json, to_tsv)
from kg.store import OxigraphBackend, RdflibBackend, open_backend, write_store

RES = "https://w3id.org/aikg/resource/"


@pytest.fixture(params=["rdflib", "oxigraph"])
def backend(request, small_dataset, tmp_path):
    if request.param == "rdflib":
        yield RdflibBackend(small_dataset)
    else:
        b = OxigraphBackend(path=write_store(small_dataset, tmp_path))
        yield b
        b.close()


@pytest.fixture
def out_dir(small_dataset, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    small_dataset.serialize(out / "graph.trig", format="trig")
    write_store(small_dataset, out)
    return out


def labels(res, var):
    return sorted(str(r[var]) for r in res.rows if r[var] is not None)


def test_every_named_query_is_documented_and_runs(backend):
    names = query_names()
    for required in ("who-works-where", "team-structure", "models-by-org", "departures", "investments",
                     "competitors", "entity-profile", "facts-about", "articles-mentioning", "timeline"):
        assert required in names
    for nq in list_queries():
        assert nq.description, nq.name
        params = {p.name: "Mistral AI" for p in nq.params if not p.optional}
        res = run_named(backend, nq.name, params)
        assert res.kind == "select" and res.rows, nq.name


def test_who_works_where(backend):
    res = run_named(backend, "who-works-where", {"org": "mistral ai"})
    rows = {str(r["personLabel"]): r for r in res.rows}
    assert set(rows) == {"Arthur Mensch", "Julie Martin"}
    assert str(rows["Arthur Mensch"]["role"]) == "PDG"
    assert rows["Arthur Mensch"]["relation"] == URIRef("https://w3id.org/aikg/ontology#leads")
    assert str(rows["Julie Martin"]["leftOn"]) == "2026-05-10"
    assert run_named(backend, "who-works-where", {"org": "Nvidia"}).rows == []


def test_team_structure_by_alias(backend):
    res = run_named(backend, "team-structure", {"orgName": "mistral"})  # an alias, other case
    assert labels(res, "unitLabel") == ["Équipe Science"]
    assert labels(res, "parentLabel") == ["Mistral AI"]


def test_models_by_org(backend):
    res = run_named(backend, "models-by-org", {"org": "Mistral AI"})
    pairs = sorted((str(r["teamLabel"] or ""), str(r["itemLabel"])) for r in res.rows)
    assert pairs == [("", "Le Chat"), ("", "Mistral Large"), ("Équipe Science", "Mistral Large")]


def test_departures(backend):
    res = run_named(backend, "departures")
    assert len(res.rows) == 1
    r = res.rows[0]
    assert (str(r["personLabel"]), str(r["orgLabel"]), str(r["date"])) == ("Julie Martin", "Mistral AI", "2026-05-10")
    assert "quitté" in str(r["evidence"])
    assert r["article"] == URIRef(RES + "article/a2")


def test_investments_leave_hedged_out(backend):
    res = run_named(backend, "investments")
    assert [(str(r["investorLabel"]), str(r["targetLabel"])) for r in res.rows] == [("Nvidia", "Mistral AI")]
    r = res.rows[0]
    assert str(r["modality"]) == "reported" and str(r["source"]) == "Les Échos"


def test_competitors_symmetric(backend):
    assert labels(run_named(backend, "competitors", {"org": "Microsoft"}), "competitorLabel") == ["Mistral AI"]
    assert labels(run_named(backend, "competitors", {"org": "Mistral"}), "competitorLabel") == ["Microsoft"]


def test_entity_profile(backend):
    res = run_named(backend, "entity-profile", {"entity": "Julie Martin"})
    props = {(str(r["direction"]), str(r["property"]).rsplit("#", 1)[-1], str(r["valueLabel"] or r["value"]))
             for r in res.rows}
    assert ("out", "label", "Julie Martin") in props
    assert ("out", "altLabel", "Martin") in props
    assert ("out", "worksFor", "Mistral AI") in props
    assert ("out", "leftOrganization", "Mistral AI") in props
    assert any(p[1] == "type" for p in props)


def test_facts_about_has_evidence_and_modality(backend):
    res = run_named(backend, "facts-about", {"entity": "nvidia"})
    assert len(res.rows) == 1
    r = res.rows[0]
    assert str(r["modality"]) == "reported" and str(r["date"]) == "2026-03-02"
    assert str(r["evidence"]).startswith("Selon Les Échos")
    hedged = run_named(backend, "facts-about", {"entity": "Microsoft"})
    assert "hedged" in {str(r["modality"]) for r in hedged.rows}


def test_articles_mentioning(backend):
    res = run_named(backend, "articles-mentioning", {"entity": "Les Échos"})
    assert [str(r["id"]) for r in res.rows] == ["a1"]
    res = run_named(backend, "articles-mentioning", {"entity": "Mistral AI"})
    assert [str(r["id"]) for r in res.rows] == ["a2", "a1"]  # newest first


def test_timeline(backend):
    res = run_named(backend, "timeline")
    dates = [str(r["date"]) for r in res.rows]
    assert dates == sorted(dates) and len(dates) == 14
    later = run_named(backend, "timeline", {"since": "2026-04-01"})
    assert {str(r["date"]) for r in later.rows} == {"2026-05-10"}
    earlier = run_named(backend, "timeline", {"until": "2026-04-01", "entity": "Julie Martin"})
    assert [str(r["predicate"]).rsplit("#")[-1] for r in earlier.rows] == ["worksFor"]


def test_graph_stats_counts_statements_subjects_articles(backend, small_dataset):
    """graph-stats agrees with the same counts taken in Python over the statement nodes."""
    from collections import defaultdict

    from rdflib.namespace import PROV, RDF
    stmts, subjects, articles = defaultdict(set), defaultdict(set), defaultdict(set)
    for st, _, p in small_dataset.triples((None, RDF.predicate, None)):
        for s in small_dataset.objects(st, RDF.subject):
            for a in small_dataset.objects(st, PROV.wasDerivedFrom):
                stmts[p].add(st)
                subjects[p].add(s)
                articles[p].add(a)
    expected = {str(p): (len(stmts[p]), len(subjects[p]), len(articles[p])) for p in stmts}
    res = run_named(backend, "graph-stats")
    got = {str(r["predicate"]): (int(r["statements"]), int(r["subjects"]), int(r["articles"])) for r in res.rows}
    assert got == expected and len(got) >= 5
    counts = [int(r["statements"]) for r in res.rows]
    assert counts == sorted(counts, reverse=True)


def test_injection_is_just_a_string(backend, small_dataset):
    before = len(small_dataset)
    evil = 'Meta" } ; DROP ALL ; #'
    for name in ("who-works-where", "team-structure", "facts-about"):
        key = "entity" if name == "facts-about" else "org"
        assert run_named(backend, name, {key: evil}).rows == []
    res = run_query(backend, "SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }",
                    {"name": evil})
    assert res.rows == []
    assert len(small_dataset) == before
    assert run_named(backend, "departures").rows  # graph unchanged


def test_inline_params_bind_terms(backend):
    q = "SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
    res = run_query(backend, q, {"name": "Mistral AI"})
    assert [r["e"] for r in res.rows] == [URIRef(RES + "organization/mistral-ai")]
    res = run_query(backend, "SELECT ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
                    {"e": f"<{RES}person/julie-martin>"})
    assert [str(r["l"]) for r in res.rows] == ["Julie Martin"]


def test_ask_and_construct(backend):
    assert backend.ask("ASK { ?s <https://w3id.org/aikg/ontology#leads> ?o }") is True
    assert backend.ask("ASK { ?s <https://w3id.org/aikg/ontology#acquired> ?o }") is False
    g = backend.construct("CONSTRUCT { ?s <https://w3id.org/aikg/ontology#investsIn> ?o } "
                          "WHERE { ?s <https://w3id.org/aikg/ontology#investsIn> ?o }")
    assert len(g) == 1
    res = resolve(backend, "DESCRIBE <https://w3id.org/aikg/resource/place/paris>")
    assert res.kind == "graph"
    assert "Paris" in render(res)


def test_graph_keyword_sees_named_graphs(backend):
    rows = backend.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [str(r["g"]).rsplit("/", 1)[-1] for r in rows] == ["a1", "a2", "entities"]


def test_malformed_query_has_line_and_column(backend):
    with pytest.raises(QueryError) as exc:
        backend.query("SELECT ?s\nWHERE {\n  ?s ?p \n}")
    msg = str(exc.value)
    assert "line " in msg and "column " in msg
    import re
    line = int(re.search(r"line (\d+)", msg).group(1))
    assert line in (3, 4)


def test_update_is_refused(backend):
    with pytest.raises(QueryError, match="read-only"):
        backend.query("DROP ALL")
    with pytest.raises(QueryError, match="read-only"):
        backend.query("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }")


def test_unknown_named_query_lists_known():
    with pytest.raises(QueryError) as exc:
        load_query("no-such-query")
    assert "departures" in str(exc.value) and "timeline" in str(exc.value)


def test_missing_and_unknown_params(backend):
    with pytest.raises(QueryError, match="entityName"):
        run_named(backend, "facts-about")
    with pytest.raises(QueryError, match="no parameter"):
        run_named(backend, "departures", {"colour": "blue"})


def test_output_formats(backend):
    res = run_named(backend, "departures")
    rows = list(csv.reader(io.StringIO(to_csv(res))))
    assert rows[0] == res.vars and rows[1][1] == "Julie Martin"
    doc = json.loads(to_json(res))
    assert doc["head"]["vars"] == res.vars
    b = doc["results"]["bindings"][0]
    assert b["person"] == {"type": "uri", "value": RES + "person/julie-martin"}
    assert b["date"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    tsv = to_tsv(res).splitlines()
    assert tsv[0].split("\t")[0] == "?person"
    assert tsv[1].split("\t")[0] == f"<{RES}person/julie-martin>"
    ask = backend.query("ASK { ?s ?p ?o }")
    assert json.loads(to_json(ask)) == {"head": {}, "boolean": True}
    assert "res:person/julie-martin" in render(res, "table")


def test_open_backend_choice(out_dir, tmp_path, small_dataset):
    b = open_backend(out_dir)
    assert b.name == "oxigraph"
    b.close()
    only_trig = tmp_path / "trig"
    only_trig.mkdir()
    small_dataset.serialize(only_trig / "graph.trig", format="trig")
    assert open_backend(only_trig).name == "rdflib"
    with pytest.raises(GraphNotFound, match="kg build"):
        open_backend(tmp_path / "empty")


def test_open_backend_in_memory(out_dir, tmp_path):
    """memory=True holds the build folder's graph in an in-memory store: same answers as the
    on-disk store, no RocksDB directory opened; a missing or broken file is a named error."""
    disk = open_backend(out_dir)
    mem = open_backend(out_dir, memory=True)
    assert mem.name == "oxigraph" and mem.path is None and len(mem.store) == len(disk.store) > 0
    q = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert sorted(tuple(map(str, r.values())) for r in mem.query(q).rows) == \
        sorted(tuple(map(str, r.values())) for r in disk.query(q).rows)
    disk.close()
    with pytest.raises(GraphNotFound, match="kg build"):
        open_backend(tmp_path / "nothing", memory=True)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "graph.trig").write_text("<a> <b> .\n")
    with pytest.raises(GraphNotFound, match=r"cannot read .*graph\.trig"):
        open_backend(bad, memory=True)


# --------------------------------------------------------------------------- CLI

def test_cli_named_query_csv(out_dir):
    res = CliRunner().invoke(app, ["query", "team-structure", "--param", "org=mistral", "--graph", str(out_dir),
                                   "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[0].startswith("org,orgLabel,unit")
    assert "Équipe Science" in res.output


def test_cli_inline_and_file(out_dir, tmp_path):
    r = CliRunner().invoke(app, ["query", "ASK { ?s ?p ?o }", "-g", str(out_dir), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.output) == {"head": {}, "boolean": True}
    f = tmp_path / "q.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/aikg/ontology#Person> }")
    r = CliRunner().invoke(app, ["query", "-f", str(f), "-g", str(out_dir), "--format", "tsv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0] == "?n" and "2" in r.output.splitlines()[1]
    r = CliRunner().invoke(app, ["query", "CONSTRUCT WHERE { ?s <https://w3id.org/aikg/ontology#leads> ?o }",
                                 "-g", str(out_dir)])
    assert r.exit_code == 0 and "aikg:leads" in r.output


def test_cli_list_and_table(out_dir):
    r = CliRunner().invoke(app, ["query", "--list", "--format", "json"])
    assert r.exit_code == 0
    assert {q["name"] for q in json.loads(r.output)} >= {"departures", "timeline"}
    r = CliRunner().invoke(app, ["query", "departures", "-g", str(out_dir)])
    assert r.exit_code == 0 and "1 row" in r.output and "departures" in r.output


@pytest.mark.parametrize("args", [["departures", "--format", "xml"], ["departures", "--param", "noequals"],
                                  ["departures", "--graph", "/no/such/dir"], ["--endpoint", "ftp://x", "departures"],
                                  []])
def test_cli_bad_options_exit_2(args, out_dir):
    extra = [] if "--graph" in args or "--endpoint" in args else ["--graph", str(out_dir)]
    r = CliRunner().invoke(app, ["query", *args, *extra])
    assert r.exit_code == 2, r.output


@pytest.mark.parametrize("query,expect", [
    ("SELECT ?s WHERE {\n ?s ?p \n}", "line 3, column"),
    ("no-such-query", "known: "),
    ("DROP ALL", "read-only"),
])
def test_main_prints_clean_errors(query, expect, out_dir, monkeypatch, capsys):
    from kg.cli import main
    monkeypatch.setattr(sys, "argv", ["kg", "query", query, "--graph", str(out_dir)])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert expect in err.replace("\n", " ") and "Traceback" not in err


def test_main_graph_not_found(tmp_path, monkeypatch, capsys):
    from kg.cli import main
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["kg", "query", "departures"])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 1
    assert "kg build" in capsys.readouterr().err


# --------------------------------------------------------------------------- client-side ORDER BY


@pytest.mark.parametrize("query, expect", [
    ("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s", [("s", False)]),
    ("SELECT * WHERE { ?s ?p ?o }\nORDER BY DESC(?p) ?s asc( ?o ) # the tail\n", [("p", True), ("s", False), ("o", False)]),
    ("SELECT * WHERE { ?s ?p ?o } ORDER BY $s", [("s", False)]),
    ("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5", None),               # sorted before the limit
    ("SELECT * WHERE { ?s ?p ?o } ORDER BY STR(?s)", None),                   # an expression
    ("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s } }", None),  # a subquery's only
    ("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s VALUES ?s { <urn:a> }", None),
    ("SELECT * WHERE { ?s ?p '# ORDER BY ?o' }", None),                        # inside a string
])
def test_split_order_by(query, expect):
    got = split_order_by(query)
    assert (got[1] if got else None) == expect
    if got:
        assert "ORDER" not in got[0].upper().split("}")[-1]


def _mixed_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    g = ds.graph(URIRef("urn:g"))
    values = [Literal(10), Literal(2), Literal("2.5", datatype=XSD.decimal), Literal("b"), Literal("B"),
              Literal("été"), Literal("a", lang="fr"), Literal("2026-03-01", datatype=XSD.date),
              Literal("2025-12-31", datatype=XSD.date), URIRef("urn:x:b"), URIRef("urn:x:a"), BNode("n1")]
    for i, v in enumerate(values):
        g.add((URIRef(f"urn:row:{i:02d}"), URIRef("urn:p"), v))
        g.add((URIRef(f"urn:row:{i:02d}"), URIRef("urn:k"), Literal(i % 3)))
    g.add((URIRef("urn:row:99"), URIRef("urn:k"), Literal(0)))   # ?v unbound
    return ds


@pytest.mark.parametrize("order", ["?v", "DESC(?v)", "?k DESC(?v)", "DESC(?k) ?v ?s"])
def test_client_sort_gives_the_engines_order(order):
    """sort_rows on unordered rows equals Oxigraph's own ORDER BY on numbers, strings, language
    strings, dates, IRIs, blank nodes and unbound values. (rdflib orders literals of different
    types otherwise; SPARQL leaves that open.)"""
    ds = _mixed_dataset()
    q = "SELECT ?s ?k ?v WHERE { ?s <urn:k> ?k OPTIONAL { ?s <urn:p> ?v } } ORDER BY " + order
    plain, keys = split_order_by(q)
    ox = OxigraphBackend.from_dataset(ds)
    key_vars = [v for v, _ in keys]
    # (a blank node's label differs from store to rdflib term: compared as "a blank node")
    proj = lambda rows: [tuple("_:" if isinstance(r[v], BNode) else r[v]  # noqa: E731
                               for v in key_vars) for r in rows]
    mine = sort_rows(ox.query(plain).rows, keys)
    assert proj(mine) == proj(ox.query(q).rows)
    if order == "?v":   # the spec's order: unbound, blank node, IRIs, then literals (numbers by value)
        vs = [r["v"] for r in mine]
        assert vs[0] is None and isinstance(vs[1], BNode) and vs[2:4] == [URIRef("urn:x:a"), URIRef("urn:x:b")]
        nums = [v.toPython() for v in vs if isinstance(v, Literal) and v.datatype in (XSD.integer, XSD.decimal)]
        assert [float(n) for n in nums] == [2.0, 2.5, 10.0]


def test_sort_directive_parsed_and_checked():
    assert parse_named_query("x", "# description: d\n# sort: client\nSELECT * WHERE {}").client_sort
    assert not parse_named_query("x", "# description: d\nSELECT * WHERE {}").client_sort
    with pytest.raises(QueryError, match="sort"):
        parse_named_query("x", "# description: d\n# sort: server\nSELECT * WHERE {}")
    assert load_query("entity-profile").client_sort


def test_client_sorted_named_query_equals_engine_order(backend):
    """entity-profile (``# sort: client``) gives the rows, in the order, that the engine's own
    ORDER BY gives."""
    client = run_named(backend, "entity-profile", {"entity": "Mistral AI"})
    text, bindings = prepare_named(backend, load_query("entity-profile"), {"entity": "Mistral AI"})
    engine = backend.query(text, bindings)
    assert len(client.rows) > 5
    assert client.rows == engine.rows


@pytest.mark.parametrize("params,message", [
    ({"since": "notadate"}, "since='notadate' is not a date in the form YYYY-MM-DD"),
    ({"until": "2026-13-45"}, "until='2026-13-45' is not a valid date"),
    ({"since": "20260101"}, "is not a date in the form YYYY-MM-DD"),
    ({"entity": ""}, "entity= is empty"),
    ({"since": " "}, "since= is empty"),
])
def test_bad_parameter_values_are_errors(backend, params, message):
    from kg.query import ParameterError
    with pytest.raises(ParameterError, match=message):
        run_named(backend, "timeline", params)
    with pytest.raises(ParameterError, match="org= is empty"):
        run_named(backend, "who-works-where", {"org": ""})


def test_date_parameters_are_the_declared_ones():
    kinds = {(nq.name, p.name): p.kind for nq in list_queries() for p in nq.params}
    assert kinds[("timeline", "since")] == kinds[("timeline", "until")] == "date"
    assert kinds[("timeline", "entityName")] == kinds[("departures", "orgName")] == "name"
    assert parse_named_query("x", "# param: day — a day, YYYY-MM-DD\nSELECT * {}").params[0].kind == "date"


@pytest.mark.parametrize("param", ["since=notadate", "since=2026-13-45", "until=", "entity="])
def test_cli_bad_parameter_values_exit_2(param, out_dir):
    r = CliRunner().invoke(app, ["query", "timeline", "-p", param, "--graph", str(out_dir)],
                           env={"COLUMNS": "200"})
    assert r.exit_code == 2, r.output
    key, value = param.split("=")
    assert f"Invalid value for --param: {key}=" in r.output and value in r.output


# --------------------------------------------------------------------------- names that are not labels

@pytest.fixture
def bare_backend(small_resolved):
    """The small graph without its aliases, plus Meta and two Duponts."""
    from kg.rdf import to_dataset
    from kg.records import Entity
    for e in small_resolved.entities.values():
        e.aliases = set()
    for eid, ent in (("Organization/meta", Entity("Organization", "Meta", "meta")),
                     ("Person/paul-dupont", Entity("Person", "Paul Dupont", "paul-dupont")),
                     ("Person/marie-dupont", Entity("Person", "Marie Dupont", "marie-dupont"))):
        small_resolved.entities[eid] = ent
        small_resolved.mentions[eid] = {"a1"}
    return RdflibBackend(to_dataset(small_resolved))


def test_lexicon_aliases_designate_the_graphs_entity(bare_backend):
    from kg.query import resolve_entities
    assert resolve_entities(bare_backend, "mistral", tolerant=False) == [URIRef(RES + "organization/mistral-ai")]
    assert resolve_entities(bare_backend, "Meta Platforms") == [URIRef(RES + "organization/meta")]
    assert resolve_entities(bare_backend, "Apple") == []                  # in the lexicon, not in the graph
    rows = run_named(bare_backend, "who-works-where", {"org": "mistral"}).rows
    assert {str(r["personLabel"]) for r in rows} == {"Arthur Mensch", "Julie Martin"}


def test_names_are_matched_as_kg_show_matches_them(bare_backend):
    from kg.query import resolve_entities
    arthur = [URIRef(RES + "person/arthur-mensch")]
    assert resolve_entities(bare_backend, "Mensch") == arthur             # a surname alone
    assert resolve_entities(bare_backend, "Arthur Mensh") == arthur       # a typo
    assert resolve_entities(bare_backend, "Mensch", tolerant=False) == []
    assert resolve_entities(bare_backend, "Dupont") == []                 # two match equally: neither
    assert {str(r["predicate"]).rsplit("#")[-1] for r in
            run_named(bare_backend, "facts-about", {"entity": "Mensch"}).rows} == {"leads", "participatedIn"}


def test_strict_names_that_designate_nothing_raise_with_suggestions(bare_backend):
    from kg.query import EntityNotFound
    assert run_named(bare_backend, "facts-about", {"entity": "Mata"}).rows == []      # lenient by default
    with pytest.raises(EntityNotFound, match=r"no entity named 'Mata'; did you mean 'Meta'\?") as exc:
        run_named(bare_backend, "facts-about", {"entity": "Mata"}, strict=True)
    assert exc.value.suggestions[0][1] == "Meta"
    with pytest.raises(EntityNotFound, match="matches 2 entities equally: Marie Dupont .*Paul Dupont"):
        run_named(bare_backend, "facts-about", {"entity": "Dupont"}, strict=True)
    with pytest.raises(EntityNotFound, match="no entity named 'Xyzzy' \\(try `kg stats`"):
        run_named(bare_backend, "who-works-where", {"org": "Xyzzy"}, strict=True)


def test_cli_says_when_a_name_designates_nothing(out_dir, monkeypatch, capsys):
    from kg.cli import main
    monkeypatch.setattr(sys, "argv", ["kg", "query", "investments", "-p", "org=Nvidya", "-g", str(out_dir),
                                      "--format", "csv"])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 0                                             # a typo: found
    assert "Nvidia,https://w3id.org/aikg/resource/organization/mistral-ai" in capsys.readouterr().out
    monkeypatch.setattr(sys, "argv", ["kg", "query", "who-works-where", "-p", "org=Nvi", "-g", str(out_dir)])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no entity named 'Nvi'") and "Traceback" not in err
