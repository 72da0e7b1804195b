"""What the `kg` command prints through rich: text in square brackets is data, never markup,
and an error is one line however long."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rdflib import Literal

ROOT = Path(__file__).resolve().parents[1]


def test_missing_dask_is_reported_with_its_brackets(tmp_path):
    # dask made unimportable in the kg process: the executor's message names the extra to install
    code = ("import sys; sys.modules['distributed'] = None\n"
            "from kg.cli import main\n"
            f"sys.argv = ['kg', 'build', {str(ROOT / 'seeds')!r}, '--out', {str(tmp_path / 'out')!r},"
            " '--executor', 'dask']\n"
            "main()\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                       env={"COLUMNS": "60", "PATH": "/usr/bin:/bin"})
    assert p.returncode == 1, p.stderr
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, lines                     # one line, though wider than the terminal
    assert "dask[distributed]" in lines[0] and "pip install 'aikg[cluster]'" in lines[0]


def test_error_lines_keep_brackets(monkeypatch, capsys):
    import pytest

    from kg import cli
    from kg.errors import ConfigError

    def fail():
        raise ConfigError("c.yaml: section 'merge' must be a list, e.g. [[A, B]] or [bold]x[/bold]")
    monkeypatch.setattr(cli, "app", fail)
    with pytest.raises(SystemExit) as exc:
        cli.main()
    assert exc.value.code == 1
    assert capsys.readouterr().err.strip() == (
        "error: c.yaml: section 'merge' must be a list, e.g. [[A, B]] or [bold]x[/bold]")


def test_query_table_cells_keep_brackets():
    from kg.query import render
    from kg.store import QueryResult
    res = QueryResult(kind="select", vars=["x"], rows=[{"x": Literal("pip install 'aikg[cluster]' [b]")}])
    assert "pip install 'aikg[cluster]' [b]" in render(res, "table")
