"""The lexicon: well-known names of the AI industry, their types and aliases, kept as data.

``ontology/lexicon.jsonl`` holds one entry per line::

    {"id": "meta", "name": "Meta", "type": "Organization", "aliases": ["Meta Platforms"]}

Optional keys: ``"types"`` (other types the name may take, e.g. a lab that is
both a Team and an Organization), ``"ambiguous": true`` (the name is also a
common word or first name, e.g. « Mistral », « Claude »: matched only with
context), ``"lower": true`` (also matched in lower case).

Names, types and aliases only: the lexicon never states a relation.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError
from .records import TYPES
from .resources import read_text
from .text import fold

_NUMBERS = re.compile(r"\d+")


def _other_version(a: str, b: str) -> bool:
    """Whether two names number different versions (« Mistral Medium 4 » is no typo of « Mistral
    Medium 3 »; « Trainium2 » may be a spelling of « Trainium »)."""
    na, nb = _NUMBERS.findall(a), _NUMBERS.findall(b)
    return bool(na) and bool(nb) and na != nb


@dataclass(frozen=True)
class LexEntry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    ambiguous: bool = False
    lower: bool = False

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Lexicon:
    entries: list[LexEntry]
    by_id: dict[str, LexEntry] = field(default_factory=dict)
    by_form: dict[str, LexEntry] = field(default_factory=dict)   # folded form -> entry
    _fuzzy: dict[tuple[str, int], LexEntry | None] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for e in self.entries:
            self.by_id[e.id] = e
            for form in e.forms:
                self.by_form.setdefault(fold(form), e)

    def lookup(self, name: str) -> LexEntry | None:
        return self.by_form.get(fold(name))

    def fuzzy(self, name: str, cutoff: int = 88) -> LexEntry | None:
        """A close spelling of a known name (« Instagra » -> Instagram): same first letter,
        length within two characters, no other version number, rapidfuzz ratio at least ``cutoff``;
        six letters at least on both sides (« Hailo », a chip maker, is no typo of « Hailuo »,
        nor the airline « Azuréa » one of « Azure »)."""
        from rapidfuzz import fuzz, process

        f = fold(name)
        if len(f) < 6:
            return None
        if (f, cutoff) in self._fuzzy:          # names recur (within an article and across them)
            return self._fuzzy[f, cutoff]
        hit = process.extractOne(f, list(self.by_form), scorer=fuzz.ratio, score_cutoff=cutoff)
        found = None if not hit or hit[0][:1] != f[:1] or abs(len(hit[0]) - len(f)) > 2 or len(hit[0]) < 6 \
            or _other_version(hit[0], f) else self.by_form[hit[0]]
        self._fuzzy[f, cutoff] = found
        return found

    def __len__(self) -> int:
        return len(self.entries)


def parse_lexicon(text: str, source: str = "lexicon") -> Lexicon:
    entries, seen = [], set()
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//") or line.startswith("#"):
            continue
        try:
            d = json.loads(line)
            entry = LexEntry(id=d["id"], name=d["name"], type=d["type"],
                             aliases=tuple(d.get("aliases", ())), types=tuple(d.get("types", ())),
                             ambiguous=bool(d.get("ambiguous", False)), lower=bool(d.get("lower", False)))
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{source}:{n}: bad lexicon entry ({exc})") from None
        if entry.type not in TYPES or any(t not in TYPES for t in entry.types):
            raise ConfigError(f"{source}:{n}: unknown type in {line}")
        if entry.id in seen:
            raise ConfigError(f"{source}:{n}: duplicate id {entry.id!r}")
        seen.add(entry.id)
        entries.append(entry)
    return Lexicon(entries)


@lru_cache(maxsize=8)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The shipped lexicon, or the one at ``path``."""
    if path is None:
        return parse_lexicon(read_text("lexicon.jsonl"), "ontology/lexicon.jsonl")
    p = Path(path)
    try:
        return parse_lexicon(p.read_text(encoding="utf-8"), str(p))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read lexicon ({exc.strerror})") from None
