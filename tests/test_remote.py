"""Remote stores: a real Oxigraph server (and Virtuoso when installed): `kg push`, then
`kg query --endpoint`; credentials are sent from the environment and never shown."""
from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EndpointError
from kg.store import RemoteBackend, push_dataset, redact, remote_graphs

WAIT_S = 30.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, timeout: float = WAIT_S, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            text = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {proc.returncode}: {text}")
        try:
            requests.get(url, timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError(f"server did not answer at {url} within {timeout:g} s")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def oxigraph_binary() -> str | None:
    return shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


@pytest.fixture
def oxigraph_server(tmp_path):
    """URL of the SPARQL query endpoint of a fresh `oxigraph serve` on 127.0.0.1."""
    exe = oxigraph_binary()
    if not exe:
        pytest.skip("the oxigraph server (PyPI package `oxigraph`, test extras) is not installed")
    port = free_port()
    log = tmp_path / "oxigraph.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "oxdb"),
                                 "--bind", f"127.0.0.1:{port}"], stdout=fh, stderr=subprocess.STDOUT)
    try:
        _wait_http(f"http://127.0.0.1:{port}/", proc, log=log)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        _stop(proc)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql}
DisableUnixSocket = 1
DisableTcpSocket = 0
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
DefaultGraph =
"""


@pytest.fixture
def virtuoso_server(tmp_path):
    """URL of the authenticated SPARQL endpoint (/sparql-auth, digest, dba) of a fresh virtuoso-t."""
    exe = shutil.which("virtuoso-t")
    if not exe:
        pytest.skip("virtuoso-t not installed: apt-get install -y virtuoso-opensource")
    d = tmp_path / "virtuoso"
    d.mkdir()
    hport, iport = free_port(), free_port()
    ini = d / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=d, http=hport, isql=iport))
    log = d / "stdout.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen([exe, "+foreground", "+configfile", str(ini)], cwd=d,
                                stdout=fh, stderr=subprocess.STDOUT)
    try:
        _wait_http(f"http://127.0.0.1:{hport}/sparql", proc, timeout=90, log=d / "virtuoso.log")
        yield f"http://127.0.0.1:{hport}/sparql-auth"
    finally:
        _stop(proc)


def _push_and_query(small_dataset, endpoint: str, tmp_path, monkeypatch, extra=()) -> None:
    out = tmp_path / "out"
    out.mkdir()
    small_dataset.serialize(out / "graph.trig", format="trig")
    runner = CliRunner()
    res = runner.invoke(app, ["push", "--endpoint", endpoint, "--graph", str(out), "--yes", *extra])
    assert res.exit_code == 0, res.output
    assert "3 named graphs" in res.output
    graphs = remote_graphs(endpoint)
    assert {str(g) for g in graphs} >= {"https://w3id.org/aikg/graph/entities",
                                        "https://w3id.org/aikg/graph/article/a1",
                                        "https://w3id.org/aikg/graph/article/a2"}
    res = runner.invoke(app, ["query", "departures", "--endpoint", endpoint, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert "Julie Martin" in res.output and "2026-05-10" in res.output
    res = runner.invoke(app, ["query", "team-structure", "-p", "org=mistral", "--endpoint", endpoint,
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert [b["unitLabel"]["value"] for b in doc["results"]["bindings"]] == ["Équipe Science"]
    # pushing again replaces (no duplicates): still one departure
    res = runner.invoke(app, ["push", "--endpoint", endpoint, "--graph", str(out), "--yes", *extra])
    assert res.exit_code == 0, res.output
    rows = RemoteBackend(endpoint).select(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/aikg/graph/article/a2> { ?s ?p ?o } }")
    assert int(rows[0]["n"]) == len(small_dataset.graph(
        __import__("rdflib").URIRef("https://w3id.org/aikg/graph/article/a2")))


@pytest.mark.slow
def test_push_and_query_oxigraph_gsp(small_dataset, oxigraph_server, tmp_path, monkeypatch):
    _push_and_query(small_dataset, oxigraph_server, tmp_path, monkeypatch)


@pytest.mark.slow
def test_push_and_query_oxigraph_update(small_dataset, oxigraph_server, tmp_path, monkeypatch):
    _push_and_query(small_dataset, oxigraph_server, tmp_path, monkeypatch,
                    extra=("--method", "update", "--chunk", "50"))


@pytest.mark.slow
def test_push_refuses_without_yes_when_not_interactive(small_dataset, oxigraph_server, tmp_path):
    push_dataset(small_dataset, oxigraph_server)
    out = tmp_path / "out"
    out.mkdir()
    small_dataset.serialize(out / "graph.trig", format="trig")
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    proc = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "push",
                           "--endpoint", oxigraph_server, "--graph", str(out)],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1
    assert "3 named graphs" in proc.stderr and "--yes" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_push_and_query_virtuoso(small_dataset, virtuoso_server, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "dba")
    monkeypatch.setenv("KG_ENDPOINT_AUTH", "digest")
    _push_and_query(small_dataset, virtuoso_server, tmp_path, monkeypatch, extra=("--method", "update"))


# --------------------------------------------------------------------------- credentials

class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list[dict] = []
    status = 200

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        type(self).seen.append({"headers": dict(self.headers), "path": self.path, "body": body})
        if type(self).status != 200:
            payload = b"denied: bad credentials"
            self.send_response(type(self).status)
            self.send_header("Content-Type", "text/plain")
        else:
            payload = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
                {"x": {"type": "literal", "value": "ok"}}]}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def recorder():
    handler = type("Rec", (_Recorder,), {"seen": [], "status": 200})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield handler, f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_token_is_sent_and_never_shown(recorder, monkeypatch, capsys):
    handler, url = recorder
    token = "s3cr3t-token-value"
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", token)
    res = CliRunner().invoke(app, ["query", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", url, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == ["x", "ok"]
    assert handler.seen[-1]["headers"].get("Authorization") == f"Bearer {token}"
    assert token not in res.output
    # an error from the server: clean message, status shown, token not
    handler.status = 401
    monkeypatch.setattr(sys, "argv", ["kg", "query", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", url])
    from kg.cli import main
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 1
    captured = capsys.readouterr()
    assert "401" in captured.err and "denied" in captured.err
    assert token not in captured.err + captured.out
    assert "Traceback" not in captured.err


def test_basic_auth_from_env(recorder, monkeypatch):
    handler, url = recorder
    monkeypatch.delenv("KG_ENDPOINT_TOKEN", raising=False)
    monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "pw-in-env")
    RemoteBackend(url).select("SELECT ?x WHERE { ?x ?p ?o }")
    import base64
    assert handler.seen[-1]["headers"]["Authorization"] == "Basic " + base64.b64encode(b"alice:pw-in-env").decode()


def test_userinfo_is_redacted_in_errors(monkeypatch):
    monkeypatch.delenv("KG_ENDPOINT_TOKEN", raising=False)
    port = free_port()  # nothing listens there
    url = f"http://bob:hunter2@127.0.0.1:{port}/sparql"
    with pytest.raises(EndpointError) as exc:
        RemoteBackend(url, timeout=5).select("SELECT * WHERE { ?s ?p ?o }")
    msg = str(exc.value)
    assert "hunter2" not in msg and "bob" not in msg
    assert f"127.0.0.1:{port}/sparql" in msg
    assert redact("see http://u:p@h/x and https://tok@h2") == "see http://***@h/x and https://***@h2"


def test_connection_refused_is_an_endpoint_error():
    port = free_port()
    with pytest.raises(EndpointError, match="cannot reach"):
        RemoteBackend(f"http://127.0.0.1:{port}/query", timeout=5).ask("ASK { ?s ?p ?o }")
