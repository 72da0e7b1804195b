"""Small text helpers shared by every stage (no spaCy, no rdflib)."""
from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Case, accents, punctuation and spacing folded: the scorer's notion of 'same name'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def slugify(text: str) -> str:
    """A readable, stable IRI segment: ``"Forum économique mondial"`` -> ``forum-economique-mondial``."""
    s = fold(text).replace(" ", "-")
    return s or "x"
