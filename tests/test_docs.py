"""Docs kept honest: every command has help and is in the README; the quick start is what
CI runs; the wheel ships the data files the code reads."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands():
    import typer.main
    group = typer.main.get_command(app)
    return sorted(group.commands)


def test_there_are_commands():
    assert {"build", "eval", "query", "push", "show", "stats", "changes", "path", "viz"} <= set(_commands())


@pytest.mark.parametrize("name", _commands())
def test_command_has_help_and_is_documented(name):
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    import typer.main
    cmd = typer.main.get_command(app).commands[name]
    assert (cmd.help or "").strip(), f"`kg {name}` has no help text"
    for p in cmd.params:
        if p.param_type_name == "option" and p.name != "help":
            assert (p.help or "").strip(), f"`kg {name}` option {p.opts} has no help"
    assert re.search(rf"`kg {name}\b", README), f"`kg {name}` is not in README.md"


def test_quick_start_is_what_ci_runs():
    assert "python3 dev.py build" in README and "python3 dev.py test" in README
    ci = (ROOT / ".ci" / "run").read_text()
    assert "dev.py test" in ci


def test_bad_option_exits_2():
    result = CliRunner().invoke(app, ["build", "--model", "en_core_web_sm", "--out", "/tmp/never"])
    assert result.exit_code == 2


@pytest.mark.parametrize("parts", [("lexicon.jsonl",), ("aikg.ttl",), ("shapes.ttl",), ("curation.yaml",),
                                   ("rules", "cues.yaml"), ("queries", "departures.rq")])
def test_data_files_are_package_data(parts):
    from kg.resources import data
    assert data(*parts).is_file()
    import tomllib
    pkg = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["kg.ontology"]
    name = "/".join(parts)
    from fnmatch import fnmatch
    assert any(fnmatch(name, pat) for pat in pkg), f"{name} is not declared as package data"
