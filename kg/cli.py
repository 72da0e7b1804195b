"""The `kg` command: a thin layer over the library.

Each command parses its options, calls one library function (the same one the
tests call), and turns the project's named errors (``kg.errors``) into one
clean line and a non-zero exit code. Only this layer knows about the terminal.
"""
from __future__ import annotations

import importlib
import sys

import typer
from rich.console import Console
from rich.markup import escape

from .errors import KGError

app = typer.Typer(
    name="kg",
    help="aikg: a knowledge graph of the AI industry, built from French news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)

#: Modules of kg.commands that register further commands on ``app`` (``register(app)``).
COMMAND_MODULES = ("build", "evaluate", "query", "explore", "viz")


def _register() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"kg.commands.{name}").register(app)


_register()


def main() -> None:
    """Entry point of the console script: named errors become a message and an exit code."""
    try:
        app()
    except KGError as exc:
        # escaped: « pip install 'aikg[cluster]' » is text, not markup; one line, however long
        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
