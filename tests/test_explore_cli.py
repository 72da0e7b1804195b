"""`kg show|stats|changes|path` through typer's CliRunner, on the small dataset written to disk."""
from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.namespace import RESOURCE

runner = CliRunner()
MISTRAL = str(RESOURCE["organization/mistral-ai"])


@pytest.fixture
def store_dir(tmp_path, small_dataset):
    from kg import store
    out = tmp_path / "stored"
    out.mkdir()
    store.write_store(small_dataset, out)  # OUT/store only: open_backend picks it
    return out


def run(*args):
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "250"})
    return result


def run_json(*args):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --------------------------------------------------------------------------- show

def test_show_table(graph_dir):
    r = run("show", "mistrl", "--graph", graph_dir)
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert "Mistral AI" in out and "Organization" in out
    assert "Julie Martin a quitté Mistral AI." in out
    assert "a2, 2026-05-10" in out  # evidence with article id and date
    assert "pourrait investir" not in out  # hedged left out by default


def test_show_json_and_hedged(graph_dir):
    p = run_json("show", "Mistral AI", "--graph", graph_dir, "--hedged")
    assert p["iri"] == MISTRAL and p["aliases"] == ["Mistral"]
    hedged = [r for r in p["in"] if r["modality"] == "hedged"]
    assert [(r["other"]["label"], r["predicate"]) for r in hedged] == [("Microsoft", "investsIn")]
    p = run_json("show", "Mensh", "--graph", graph_dir)
    assert p["label"] == "Arthur Mensch"
    assert [r["predicate"] for r in p["out"]] == ["leads", "participatedIn"]


def test_show_unknown_entity(graph_dir):
    r = run("show", "Google", "--graph", graph_dir)
    assert r.exit_code != 0
    assert "no entity matches 'Google'" in str(r.exception)


def test_show_ambiguous(tmp_path, small_resolved):
    from kg.rdf import to_dataset
    from kg.records import Entity
    small_resolved.entities["Person/paul-dupont"] = Entity("Person", "Paul Dupont", "paul-dupont")
    small_resolved.entities["Person/marie-dupont"] = Entity("Person", "Marie Dupont", "marie-dupont")
    to_dataset(small_resolved).serialize(tmp_path / "graph.trig", format="trig")
    r = run("show", "Dupont", "--graph", tmp_path)
    assert r.exit_code == 1
    assert "matches 2 entities equally" in str(r.exception)
    assert "Marie Dupont" in r.stderr and "Paul Dupont" in r.stderr  # candidates listed
    r = run("show", "Dupont", "--graph", tmp_path, "--format", "json")
    assert r.exit_code == 1
    assert [c["label"] for c in json.loads(r.stdout)["candidates"]] == ["Marie Dupont", "Paul Dupont"]


# --------------------------------------------------------------------------- stats

def test_stats(graph_dir):
    r = run("stats", "--graph", graph_dir, "--top", "3")
    assert r.exit_code == 0, r.output
    assert "12 entities, 13 relations, 2 articles" in r.stdout
    assert "Communities" in r.stdout
    s = run_json("stats", "--graph", graph_dir, "--top", "2")
    assert s["types"]["Organization"] == 4
    assert [x["label"] for x in s["degree"]] == ["Mistral AI", "Mistral Large"]
    assert s["components"] == {"count": 2, "sizes": [11, 1]}


# --------------------------------------------------------------------------- changes

def test_changes(graph_dir):
    r = run("changes", "--since", "2026-05-01", "--until", "2026-05-31", "--graph", graph_dir)
    assert r.exit_code == 0, r.output
    assert "Departures" in r.stdout and "Julie Martin a quitté Mistral AI." in r.stdout
    assert "a2, 2026-05-10" in r.stdout
    data = run_json("changes", "--since", "2026-03-02", "--until", "2026-03-02", "--graph", graph_dir)
    assert data["since"] == data["until"] == "2026-03-02"
    assert len(data["changes"]) == 9
    inv = next(c for c in data["changes"] if c["category"] == "investments")
    assert inv["subject"]["label"] == "Nvidia" and inv["evidence"][0]["source"] == "Les Échos"
    assert run_json("changes", "--since", "2027-01-01", "--graph", graph_dir)["changes"] == []
    r = run("changes", "--since", "2027-01-01", "--graph", graph_dir)
    assert r.exit_code == 0 and "no change" in r.stdout


@pytest.mark.parametrize("args", [
    ["--since", "2026-3-1"], ["--since", "01/03/2026"], ["--since", "2026-02-30"],
    ["--since", "20260301"], ["--since", "2026-03-01", "--until", "soon"],
    ["--since", "2026-05-01", "--until", "2026-04-01"],
])
def test_changes_bad_dates(graph_dir, args):
    r = run("changes", *args, "--graph", graph_dir)
    assert r.exit_code == 2, r.output
    assert "Invalid value" in r.output


def test_changes_needs_since(graph_dir):
    assert run("changes", "--graph", graph_dir).exit_code == 2


# --------------------------------------------------------------------------- path

def test_path(graph_dir):
    r = run("path", "Martin", "Paris", "--graph", graph_dir)
    assert r.exit_code == 0, r.output
    assert "Mistral AI → headquarteredIn → Paris" in r.stdout
    assert "La start-up parisienne Mistral AI, basée à Paris." in r.stdout
    data = run_json("path", "Paris", "Julie Martin", "--graph", graph_dir)
    [[h1, h2]] = data["paths"]
    assert h1["direction"] == "backward" and h1["predicate"] == "headquarteredIn"
    assert h2["evidence"][0]["article"] in ("a1", "a2")


def test_no_path(graph_dir):
    r = run("path", "Les Echos", "Mistral AI", "--graph", graph_dir)
    assert r.exit_code == 0
    assert "no chain of relations links Les Échos and Mistral AI" in r.stdout
    assert run_json("path", "Les Echos", "Mistral AI", "--graph", graph_dir)["paths"] == []


def test_path_between_two_names_of_one_entity(graph_dir):
    r = run("path", "Mistral AI", "mistral", "--graph", graph_dir)
    assert r.exit_code == 0, r.output
    assert "no chain" not in r.stdout
    assert f"'Mistral AI' and 'mistral' are the same entity: Mistral AI ({MISTRAL})" in r.stdout
    data = run_json("path", "Mistral AI", "Mistral AI", "--graph", graph_dir)
    assert data["same_entity"] is True and data["paths"] == []
    assert run_json("path", "Les Echos", "Mistral AI", "--graph", graph_dir)["same_entity"] is False


# --------------------------------------------------------------------------- backends, errors

def test_store_backend(store_dir):
    assert not (store_dir / "graph.trig").exists()
    p = run_json("show", "Julie Martin", "--graph", store_dir)
    assert [r["predicate"] for r in p["out"]] == ["worksFor", "leftOrganization"]
    assert run_json("stats", "--graph", store_dir)["relations"] == 13


def test_missing_graph(tmp_path):
    r = run("stats", "--graph", tmp_path / "nothing")
    assert r.exit_code == 2 and "kg build" in r.output


def _main(monkeypatch, *args):
    from kg import cli
    monkeypatch.setattr(sys, "argv", ["kg", *map(str, args)])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    return exc.value.code


def test_main_unknown_entity_one_line(monkeypatch, capsys, graph_dir):
    code = _main(monkeypatch, "show", "Google", "--graph", graph_dir)
    assert code == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == ["error: no entity matches 'Google' (try `kg stats` for what the graph holds)"]


def test_main_bad_date_exit_2(monkeypatch, capsys, graph_dir):
    assert _main(monkeypatch, "changes", "--since", "yesterday", "--graph", graph_dir) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_help_everywhere():
    for cmd in ("show", "stats", "changes", "path"):
        r = run(cmd, "--help")
        assert r.exit_code == 0
        assert "--graph" in r.stdout and "--endpoint" in r.stdout and "--format" in r.stdout
