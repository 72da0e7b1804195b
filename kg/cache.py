"""The map step's cache: one file per article result, for incremental builds.

An :class:`~kg.records.ArticleResult` depends only on the article (id, text and
metadata) and on the extraction pipeline (model, lexicon, rules, code), so it is
stored under ``ROOT/<pipeline_version>/<k[:2]>/<k>.json`` where ``k`` is the
sha256 of the article record. Consequences:

* a rebuild of an unchanged corpus finds every result and runs no NLP at all;
* a changed article has a new key, so only it is re-extracted;
* a changed model, lexicon or rule set gives a new ``pipeline_version``: a new
  sub-directory, so nothing stale is ever read (old versions are pruned).

Each entry is written atomically (temporary file + ``os.replace``) as soon as
its article is done, so an interrupted build loses no finished work and never
leaves a half-written entry under its final name. An unreadable entry (disk
trouble, manual editing) is treated as a miss.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

from .records import Article, ArticleResult

#: Version of the on-disk layout (bump when the JSON shape of an entry changes).
FORMAT = 1


def article_key(article: Article) -> str:
    """sha256 of everything the article record holds (id, text, title, date, url, source, lang)."""
    blob = json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def write_atomic(dest: Path, data: bytes) -> Path:
    """Write ``data`` to ``dest`` through a temporary file in the same folder and ``os.replace``:
    a reader (or a build killed mid-write) sees the old state or the whole new file."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.stem[:8]}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, dest)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return dest


class ResultCache:
    """Per-article extraction results on disk, for one pipeline version."""

    def __init__(self, root: str | Path, version: str):
        self.root = Path(root)
        self.version = f"v{FORMAT}-{version}"
        self.dir = self.root / self.version

    # ------------------------------------------------------------------ paths
    def path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    # ------------------------------------------------------------------ read
    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str) -> ArticleResult | None:
        try:
            with open(self.path(key), encoding="utf-8") as fh:
                return ArticleResult.from_dict(json.load(fh))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    # ------------------------------------------------------------------ write
    def put(self, key: str, result: ArticleResult) -> Path:
        """Write one entry atomically (a reader sees the old state or the whole new file)."""
        data = json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return write_atomic(self.path(key), data)

    # ------------------------------------------------------------------ housekeeping
    def prune(self, keep: Iterable[str]) -> int:
        """Remove other pipeline versions, entries not in ``keep`` and stray temporary files.

        Called after a successful build only, so an interrupted build never loses entries.
        Returns the number of entries removed.
        """
        keep = set(keep)
        removed = 0
        if self.root.is_dir():
            for child in self.root.iterdir():
                if child.is_dir() and re.match(r"v\d+-", child.name) and child.name != self.version:
                    removed += sum(1 for _ in child.rglob("*.json"))
                    shutil.rmtree(child, ignore_errors=True)
        if self.dir.is_dir():
            for sub in self.dir.iterdir():
                if not sub.is_dir():
                    continue
                for f in sub.iterdir():
                    if f.suffix == ".tmp" or (f.suffix == ".json" and f.stem not in keep):
                        try:
                            f.unlink()
                            removed += f.suffix == ".json"
                        except OSError:
                            pass
                try:
                    sub.rmdir()  # only when empty
                except OSError:
                    pass
        return removed

    def __len__(self) -> int:
        return sum(1 for _ in self.dir.rglob("*.json")) if self.dir.is_dir() else 0
