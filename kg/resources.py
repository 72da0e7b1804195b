"""Access to the data files shipped with the package (ontology/, as ``kg.ontology``)."""
from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable


def data(*parts: str) -> Traversable:
    """A file of the shipped ontology folder, e.g. ``data("queries", "departures.rq")``."""
    node = files("kg.ontology")
    for p in parts:
        node = node.joinpath(p)
    return node


def read_text(*parts: str) -> str:
    return data(*parts).read_text(encoding="utf-8")


__all__ = ["data", "read_text", "as_file"]
