"""`kg eval`: score a built graph against gold annotations."""
from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        gold: Path = typer.Argument(..., help="Gold annotations (JSON, the format of shared/eval/README.md)."),
        graph: Path = typer.Option(Path("out"), "--graph", "-g", help="A `kg build` output folder or an RDF file."),
        as_json: bool = typer.Option(False, "--json", help="Print the full report as JSON."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Print the score line only, not the misses."),
    ) -> None:
        """Precision, recall and F1 of entities and relations against gold annotations, with the misses."""
        from rich.console import Console
        from rich.markup import escape

        from ..evaluate import evaluate_files

        report = evaluate_files(gold, graph)
        if as_json:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
            return
        out = Console(highlight=False)
        if not quiet:
            for what in ("missed_entities", "wrong_entities", "duplicate_entities", "missed_relations", "wrong_relations"):
                items = getattr(report, what)
                if items:
                    out.print(f"[bold]{what.replace('_', ' ')}[/] ({len(items)}): " + escape("; ".join(items)),
                              soft_wrap=True)
        out.print(report.summary(), markup=False)
