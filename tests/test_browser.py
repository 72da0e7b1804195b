"""The HTML views in a real browser: Debian's chromium, driven headless by Playwright.

No browser is downloaded: the tests use the system's chromium (``apt-get install
chromium``) and skip, saying why, when it or the playwright package is missing.
"""
from __future__ import annotations

import os
import shutil
import time

import pytest

from kg.viz import extract_data, write_graph_html, write_timeline_html

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
XSS = "<script>alert(1)</script>"


def chromium_path() -> str | None:
    return os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright not installed: pip install playwright (the system chromium is used,"
                    " no browser download)")
    exe = chromium_path()
    if not exe:
        pytest.skip("chromium not installed: apt-get install chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page opened from a file, recording every request, error and dialog."""

    def __init__(self, browser, path, timeout_ms=60_000):
        self.page = browser.new_page(viewport={"width": 1300, "height": 800})
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        t = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        # (the page's CSP forbids eval, so wait on an attribute rather than a JS predicate)
        self.page.wait_for_selector("body[data-ready='1']", state="attached", timeout=timeout_ms)
        self.ready_ms = (time.perf_counter() - t) * 1000

    def _dialog(self, d):
        self.dialogs.append(d.message)
        d.dismiss()

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)

    def external_requests(self):
        return [u for u in self.requests if not u.startswith(("file:", "data:"))]

    def close(self):
        self.page.close()


CANVAS_STATS = """() => {
  const c = document.querySelector('#graph canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const colours = new Set(); let painted = 0;
  for (let i = 0; i < d.length; i += 4 * 3) {
    if (d[i + 3] > 0) { painted++; colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); }
  }
  return {painted: painted, colours: colours.size, samples: d.length / 12};
}"""


def node_point(p: Page, node_id: int) -> dict:
    """Page coordinates of a node's centre."""
    return p.js("""(id) => {
      const pos = network.canvasToDOM(network.getPosition(id));
      const r = document.querySelector('#graph canvas').getBoundingClientRect();
      return {x: r.left + pos.x, y: r.top + pos.y};
    }""", node_id)


def edge_point(p: Page, edge_id: int) -> dict:
    return p.js("""(id) => {
      const e = network.body.edges[id];
      const pt = e.edgeType.getPoint(0.5);
      const pos = network.canvasToDOM(pt);
      const r = document.querySelector('#graph canvas').getBoundingClientRect();
      return {x: r.left + pos.x, y: r.top + pos.y};
    }""", edge_id)


def assert_not_blank_png(png: bytes) -> None:
    try:
        from PIL import Image
    except ImportError:
        return  # the canvas pixel read already checked it
    import io
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert len(set(img.getdata())) > 20


# --------------------------------------------------------------------------- tests

def test_small_graph_draws_offline(browser, tmp_path, small_dataset):
    path = write_graph_html(small_dataset, tmp_path / "graph.html", title="Graphe — test")
    data = extract_data(path.read_text(encoding="utf-8"))
    p = Page(browser, path)
    try:
        assert p.js("[nodes.length, edges.length]") == [len(data["nodes"]), len(data["edges"])] == [12, 13]
        assert p.js("network.body.data.nodes.length") == 12
        stats = p.js(CANVAS_STATS)
        assert stats["painted"] > 2000 and stats["colours"] >= 7, stats
        png = p.page.screenshot(path=str(tmp_path / "small.png"))
        assert_not_blank_png(png)
        assert p.external_requests() == []
        assert p.errors == [] and p.dialogs == []
        assert p.js("document.getElementById('title').textContent") == "Graphe — test"
        legend = p.js("Array.from(document.querySelectorAll('#legend-types .legend-item')).map(b => b.dataset.type)")
        assert legend == ["Organization", "Team", "Person", "AIModel", "Product", "Event", "Place"]
    finally:
        p.close()


def test_hover_shows_node_and_edge_details(browser, tmp_path, small_dataset):
    path = write_graph_html(small_dataset, tmp_path / "graph.html")
    data = extract_data(path.read_text(encoding="utf-8"))
    p = Page(browser, path)
    try:
        mistral = next(n["id"] for n in data["nodes"] if n["label"] == "Mistral AI")
        pt = node_point(p, mistral)
        p.page.mouse.move(pt["x"], pt["y"])
        p.page.wait_for_selector("#tip", state="visible", timeout=5000)
        tip = p.page.inner_text("#tip")
        assert "Mistral AI" in tip and "Organization" in tip and "Mistral" in tip
        assert "Mistral AI lève des fonds" in tip and "Départ chez Mistral" in tip
        p.page.mouse.move(5, 5)
        p.page.wait_for_selector("#tip", state="hidden", timeout=5000)
        inv = next(e["id"] for e in data["edges"] if e["predicate"] == "investsIn")
        pt = edge_point(p, inv)
        p.page.mouse.move(pt["x"], pt["y"])
        p.page.wait_for_selector("#tip", state="visible", timeout=5000)
        tip = p.page.inner_text("#tip")
        assert "Selon Les Échos, Nvidia a investi dans Mistral AI." in tip
        assert "2026-03-02" in tip and "reported" in tip and "a1" in tip
        # search focuses an entity and shows its details
        p.page.fill("#search", "julie martin")
        p.page.press("#search", "Enter")
        assert "Julie Martin" in p.page.inner_text("#details")
        assert p.external_requests() == [] and p.errors == []
    finally:
        p.close()


def _xss_dataset(r):
    from kg.rdf import to_dataset
    from kg.records import Article, Entity, Fact
    r.entities["Organization/evil"] = Entity(type="Organization", label=f"Evil {XSS}", slug="evil",
                                             aliases={"<img src=x onerror=alert(2)>"})
    r.articles.append(Article(id="x1", text="", source="x1.txt", title=f"Titre {XSS}", date="2026-06-01"))
    ev = f"Evil {XSS} & </script><script>alert(3)</script><img src=x onerror=alert(4)>."
    r.facts.append(Fact(subject="Organization/evil", predicate="partnerOf",
                        object="Organization/mistral-ai", article_id="x1", evidence=ev, start=0,
                        end=len(ev), extractor="test", confidence=0.9))
    r.mentions.setdefault("Organization/evil", set()).add("x1")
    return to_dataset(r)


def test_article_text_cannot_run_script(browser, tmp_path, small_resolved):
    ds = _xss_dataset(small_resolved)
    path = write_graph_html(ds, tmp_path / "graph.html", title=XSS)
    data = extract_data(path.read_text(encoding="utf-8"))
    p = Page(browser, path)
    try:
        evil = next(n["id"] for n in data["nodes"] if n["label"].startswith("Evil"))
        pt = node_point(p, evil)
        p.page.mouse.move(pt["x"], pt["y"])
        p.page.wait_for_selector("#tip", state="visible", timeout=5000)
        assert f"Evil {XSS}" in p.page.inner_text("#tip")     # shown as text
        edge = next(e["id"] for e in data["edges"] if e["predicate"] == "partnerOf")
        p.page.mouse.click(*edge_point(p, edge).values())
        assert "</script><script>alert(3)</script>" in p.page.inner_text("#details")
        p.page.wait_for_timeout(300)
        assert p.dialogs == []
        assert p.js("document.scripts.length") == 3
        assert p.js("document.querySelectorAll('img').length") == 0
        assert p.external_requests() == [] and p.errors == []
    finally:
        p.close()
    t = write_timeline_html(ds, tmp_path / "timeline.html")
    p = Page(browser, t)
    try:
        p.js("""() => document.querySelectorAll('circle[data-event]').forEach(c =>
                  c.dispatchEvent(new MouseEvent('mouseenter', {clientX: 300, clientY: 100})))""")
        assert f"Evil {XSS}" in p.page.inner_text("#tip")
        p.page.wait_for_timeout(200)
        assert p.dialogs == [] and p.js("document.querySelectorAll('img').length") == 0
        assert "alert(3)" in p.page.inner_text("#list")
    finally:
        p.close()


def test_timeline_draws_and_filters(browser, tmp_path, small_dataset):
    path = write_timeline_html(small_dataset, tmp_path / "timeline.html")
    n = len(extract_data(path.read_text(encoding="utf-8"))["events"])
    p = Page(browser, path)
    try:
        assert p.js("document.querySelectorAll('circle[data-event]').length") == n > 0
        assert p.js("document.querySelectorAll('#list .event').length") == n
        p.page.fill("#entity", "Julie")
        assert p.js("document.querySelectorAll('#list .event').length") == 2
        p.page.fill("#entity", "")
        p.page.click("button[data-lane='Departures']")
        assert p.js("document.querySelectorAll('#list .event').length") == n - 1
        p.page.screenshot(path=str(tmp_path / "timeline.png"))
        assert p.external_requests() == [] and p.errors == []
    finally:
        p.close()


@pytest.mark.parametrize("size", [2000, 5000])
def test_large_graph_opens_and_draws(browser, tmp_path, size):
    from test_viz import synthetic_graph
    g = synthetic_graph(size)
    path = write_graph_html(g, tmp_path / "big.html")
    p = Page(browser, path, timeout_ms=120_000)
    try:
        assert p.js("[nodes.length, edges.length]") == [g.number_of_nodes(), g.number_of_edges()]
        assert p.js("network.physics.physicsEnabled") is False
        stats = p.js(CANVAS_STATS)
        assert stats["painted"] > 5000 and stats["colours"] >= 7, stats
        assert p.external_requests() == [] and p.errors == []
    finally:
        p.close()
