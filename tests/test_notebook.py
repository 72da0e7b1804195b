"""The walkthrough notebook runs from top to bottom (nbclient, the .venv's ipykernel)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"


@pytest.mark.slow
def test_walkthrough_notebook_runs(tmp_path, monkeypatch):
    import ipykernel  # noqa: F401  (the kernel the notebook runs in: a test dependency)
    import nbclient
    import nbformat
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), \
        "commit the notebook without outputs"
    monkeypatch.setenv("KG_NOTEBOOK_OUT", str(tmp_path))
    client = nbclient.NotebookClient(nb, timeout=900, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT)}})
    client.execute()
    out = tmp_path / "out"
    for name in ("graph.trig", "notebook-graph.html", "notebook-focus.html", "notebook-timeline.html"):
        assert (out / name).exists(), name
    texts = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                    for o in c.get("outputs", []))
    assert "articles," in texts and "entities" in texts
    html_outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                    if "text/html" in o.get("data", {})]
    assert any("iframe srcdoc" in o["data"]["text/html"] for o in html_outputs)
