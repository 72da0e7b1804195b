"""Small text helpers shared by every stage (no spaCy, no rdflib)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
EDITION_YEAR = r"20[0-4]\d"   # the year that ends an event edition's name (« Hôtelia Connect 2026 »)
_EDITION_END = re.compile(r" " + EDITION_YEAR + r"$")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case, accents, punctuation and spacing folded: the scorer's notion of 'same name'.
    (Cached: extraction folds the same few thousand words over and over.)"""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub(" ", text.lower()).strip()


def slugify(text: str) -> str:
    """A readable, stable IRI segment: ``"Forum économique mondial"`` -> ``forum-economique-mondial``."""
    s = fold(text).replace(" ", "-")
    return s or "x"


def without_edition(name: str) -> str:
    """A folded event name without its edition's year: ``"code en seine 2026"`` -> ``"code en seine"``."""
    return _EDITION_END.sub("", name)
