"""The library's own code: no module or class binds a name twice (a later definition silently
replaces the first, as a second ``_MADE_BY`` regex once replaced the first in kg.extract)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"


def _twice(body: list[ast.stmt]) -> list[str]:
    names: list[str] = []
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if not any(isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter", "register")
                       for d in node.decorator_list):
                names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return sorted(n for n, k in Counter(names).items() if k > 1)


@pytest.mark.parametrize("path", sorted(KG.glob("*.py")), ids=lambda p: p.name)
def test_no_module_or_class_defines_a_name_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {"(module)": _twice(tree.body)}
    found.update({node.name: _twice(node.body) for node in ast.walk(tree) if isinstance(node, ast.ClassDef)})
    assert not {k: v for k, v in found.items() if v}, f"{path.name} binds these names twice"


def test_the_check_sees_a_shadowed_class_attribute():
    tree = ast.parse("class A:\n    X = 1\n    def f(self): pass\n    X = 2\n")
    assert _twice(tree.body[0].body) == ["X"]
