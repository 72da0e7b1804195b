"""Entity resolution, the reduce step: mentions of all articles -> entities, candidates -> facts.

Rules, in order:

1. a mention the lexicon knows (``Mention.key``) is that lexicon entry;
2. an anaphora (« la firme ») is whatever its antecedent is;
3. curation (``ontology/curation.yaml`` and the user's ``--curation`` files):
   aliases, merges, splits, type fixes, names that are never entities;
4. a surname alone (« Bosworth », or misspelt « Botsworth ») is the person of
   that surname named in full in the same article, else anywhere, else in the lexicon; a
   full name with the same first names and a close surname (« Maëlle Kervadek » after
   « Maëlle Kervadec ») is the one the article named first;
5. a close spelling of a lexicon name (« Instagra ») is that entry (rapidfuzz);
6. otherwise mentions with the same folded name are one entity.

The type of an entity is the lexicon's, else the curation's, else the most
trusted of its mentions' types. Relations whose types break the contract's
domains and ranges after resolution are dropped.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from .errors import ConfigError
from .lexicon import Lexicon, load_lexicon
from .records import TYPES, ArticleResult, Entity, Fact, Mention, Resolved, fits
from .resources import read_text
from .settings import Settings
from .text import fold, slugify, without_edition

SOURCE_WEIGHT = {"lexicon": 5, "pattern": 3, "ner": 1, "coref": 0}
FUZZY_MIN = 88          # rapidfuzz ratio for a typo of a known name
SURNAME_MIN = 85        # rapidfuzz ratio for a misspelt surname


@dataclass
class Curation:
    """Fixes a user keeps as data; every build applies them."""

    aliases: dict[str, str] = field(default_factory=dict)     # folded surface -> canonical name
    types: dict[str, str] = field(default_factory=dict)       # folded name -> type
    drop: set[str] = field(default_factory=set)               # folded names that are never entities
    split: set[tuple[str, str]] = field(default_factory=set)  # (folded surface, folded name) never merged
    merges: list[list[str]] = field(default_factory=list)     # names of one entity, the canonical first

    def update(self, data: dict, source: str) -> None:
        """Add the fixes of one curation file (``source`` names it in errors). Each section's
        shape is checked first: a ConfigError names the file, the section and what was expected."""
        if not isinstance(data, dict):
            raise ConfigError(f"{source}: a curation file is a mapping (aliases, merge, split, types, drop)")
        unknown = set(map(str, data)) - {"aliases", "merge", "split", "types", "drop", "version"}
        if unknown:
            raise ConfigError(f"{source}: unknown curation section(s): {', '.join(sorted(unknown))}")
        aliases = _section(data, "aliases", dict, source, "a mapping of surface form -> entity name,"
                           " e.g. {Zuck: Mark Zuckerberg}")
        merges = _section(data, "merge", list, source, "a list of name lists, e.g. [[Facebook AI Research, FAIR]]")
        splits = _section(data, "split", list, source, "a list of {name: ..., not: ...},"
                          " e.g. [{name: Instagra, not: Instagram}]")
        types = _section(data, "types", dict, source, "a mapping of name -> type, e.g. {Nebula: Product}")
        drops = _section(data, "drop", list, source, "a list of names, e.g. [Superintelligence]")
        for surface, name in aliases.items():
            self.aliases[fold(_name(surface, source, "aliases"))] = _name(name, source, "aliases")
        for group in merges:
            if not isinstance(group, list) or len(group) < 2:
                raise ConfigError(f"{source}: section 'merge': each merge is a list of two or more names,"
                                  f" got {group!r}")
            names = [_name(n, source, "merge") for n in group]
            self.merges.append(names)
            for other in names[1:]:
                self.aliases[fold(other)] = names[0]
        for item in splits:
            if not isinstance(item, dict) or set(item) != {"name", "not"}:
                raise ConfigError(f"{source}: section 'split': each split is {{name: ..., not: ...}}, got {item!r}")
            name = _name(item["name"], source, "split")
            self.split.add((fold(name), fold(_name(item["not"], source, "split"))))
            self.aliases.pop(fold(name), None)
        for name, typ in types.items():
            if typ not in TYPES:
                raise ConfigError(f"{source}: section 'types': unknown type {typ!r} for {name!r}"
                                  f" (one of {', '.join(TYPES)})")
            self.types[fold(_name(name, source, "types"))] = typ
        for name in drops:
            self.drop.add(fold(_name(name, source, "drop")))


def _section(data: dict, name: str, kind: type, source: str, expected: str):
    """``data[name]`` (empty when missing or null), checked to be a ``kind``."""
    value = data.get(name)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise ConfigError(f"{source}: section {name!r} must be {expected}; got {value!r}")
    return value


def _name(value, source: str, section: str) -> str:
    """A name of a curation file: a non-empty scalar (YAML may read « 2001 » as a number)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not str(value).strip():
        raise ConfigError(f"{source}: section {section!r}: expected a name, got {value!r}")
    return str(value)


_FIRST_NAMES: frozenset[str] | None = None


def first_names() -> frozenset[str]:
    """The folded first names of ``ontology/rules/first_names.yaml`` (« Bastien » alone is a
    first name, not a misspelt « Bastide »)."""
    global _FIRST_NAMES
    if _FIRST_NAMES is None:
        data = yaml.safe_load(read_text("rules", "first_names.yaml")) or {}
        _FIRST_NAMES = frozenset(fold(n) for names in data.values() for n in names or ())
    return _FIRST_NAMES


def load_curation(paths: Iterable[str] = ()) -> Curation:
    """The shipped curation file, then the user's, later files winning."""
    cur = Curation()
    cur.update(yaml.safe_load(read_text("curation.yaml")) or {}, "ontology/curation.yaml")
    for p in paths:
        try:
            text = Path(p).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{p}: cannot read curation file ({exc.strerror})") from None
        try:
            cur.update(yaml.safe_load(text) or {}, str(p))
        except yaml.YAMLError as exc:
            raise ConfigError(f"{p}: not valid YAML ({exc})") from None
    return cur




class _Resolver:
    def __init__(self, lexicon: Lexicon, curation: Curation):
        self.lex, self.cur = lexicon, curation
        self.canon: dict[str, str] = {}      # name key -> canonical label given by curation
        self.lex_surnames: dict[str, list] = defaultdict(list)
        for e in lexicon.entries:
            if e.type == "Person":
                for f in e.forms:
                    parts = fold(f).split()
                    if len(parts) >= 2:
                        self.lex_surnames[parts[-1]].append(e)
        # merges join entities, not surface forms: each name designates its lexicon entry (all of
        # its forms) or its folded name, and every key of a group ends on the first name's
        self.merge_to: dict[str, str] = {}
        for group in curation.merges:
            keys = [self.name_key(n) for n in group]
            if keys[0].startswith("name:"):
                self.canon.setdefault(keys[0], group[0])
            root = self.merged(keys[0])
            for k in keys[1:]:
                k = self.merged(k)
                if k != root:
                    self.merge_to[k] = root

    def name_key(self, name: str) -> str:
        """The key a name designates: its lexicon entry, else its folded form."""
        e = self.lex.lookup(name)
        return f"lex:{e.id}" if e else f"name:{fold(name)}"

    def merged(self, key: str) -> str:
        """``key``, or the key of the entity curation merges it into."""
        seen = {key}
        while key in self.merge_to:
            key = self.merge_to[key]
            if key in seen:
                break
            seen.add(key)
        return key

    def split_off(self, surface: str, key: str) -> bool:
        """Whether curation says the form ``surface`` never designates the entity of ``key``
        (``split: [{name: surface, not: N}]``, N any name of that entity)."""
        if not self.cur.split:
            return False
        f = fold(surface)
        if key.startswith("lex:"):
            names = self.lex.by_id[key[4:]].forms
        else:
            names = (self.canon.get(key, key[5:]),)
        return any((f, fold(n)) in self.cur.split for n in names)

    def base_key(self, m: Mention) -> str | None:
        f = fold(m.text)
        if f in self.cur.drop or fold(m.label) in self.cur.drop:
            return None
        if f in self.cur.aliases:
            canon = self.cur.aliases[f]
            e = self.lex.lookup(canon)
            if e:
                return self.merged(f"lex:{e.id}")
            self.canon[f"name:{fold(canon)}"] = canon
            return self.merged(f"name:{fold(canon)}")
        key = f"lex:{m.key}" if m.key else f"name:{fold(m.label)}"
        if key != f"name:{f}" and self.split_off(m.text, key):
            # the surface form (« Instagra », labelled Instagram by the lexicon's fuzzy matcher)
            # stands for itself: keyed and labelled as written
            key = f"name:{f}"
            self.canon.setdefault(key, m.text)
        return self.merged(key)

    def fuzzy_lexicon(self, name: str):
        entry = self.lex.fuzzy(name, FUZZY_MIN)
        if entry is None or self.split_off(name, f"lex:{entry.id}"):
            return None
        return entry


def resolve(results: Iterable[ArticleResult], settings: Settings | None = None, *,
            lexicon: Lexicon | None = None, curation: Curation | None = None) -> Resolved:
    settings = settings or Settings()
    lexicon = lexicon or load_lexicon(settings.lexicon)
    curation = curation or load_curation(settings.curation)
    R = _Resolver(lexicon, curation)
    results = list(results)

    # 1. a key per mention (lexicon, curation, folded name); anaphora follow their antecedent
    keys: list[list[str | None]] = []
    for res in results:
        ks: list[str | None] = []
        for m in res.mentions:
            ks.append(None if m.refers_to is not None else R.base_key(m))
        for n, m in enumerate(res.mentions):
            if m.refers_to is not None:
                ks[n] = ks[m.refers_to]
        keys.append(ks)

    # 2. what each name key looks like: types seen, labels
    info: dict[str, Counter] = defaultdict(Counter)
    patterned: set[tuple[str, str]] = set()     # (key, type) a rule, not only spaCy, gave a mention
    for res, ks in zip(results, keys):
        for m, k in zip(res.mentions, ks):
            if k and m.source != "coref":
                info[k][m.type] += SOURCE_WEIGHT.get(m.source, 1)
                if m.source in ("pattern", "lexicon"):
                    patterned.add((k, m.type))

    def key_type(k: str) -> str:
        if k.startswith("lex:"):
            e = lexicon.by_id[k[4:]]
            if e.types:     # a name the lexicon allows several types for: the context's choice wins
                seen = Counter({t: n * (2 if t != e.type else 1) for t, n in info[k].items()
                                if t == e.type or t in e.types})
                if seen:
                    return seen.most_common(1)[0][0]
            return e.type
        name = k[5:]
        if name in curation.types:
            return curation.types[name]
        return info[k].most_common(1)[0][0] if info[k] else "Organization"

    # 3. surnames and typos -> a fuller or known name
    remap: dict[str, str | None] = {}
    full_persons_by_article: list[dict[str, str]] = []
    firsts_by_article: list[dict[str, set[str]]] = []   # first name -> the article's full names with it
    all_full: dict[str, str] = {}
    for res, ks in zip(results, keys):
        d, f = {}, defaultdict(set)
        for m, k in zip(res.mentions, ks):
            if k and key_type(k) == "Person" and m.source != "coref":
                parts = fold(m.label).split()
                if len(parts) >= 2 or k.startswith("lex:"):
                    for p in ([parts[-1]] if parts else []):
                        d.setdefault(p, k)
                        all_full.setdefault(p, k)
                if len(parts) >= 2:
                    f[parts[0]].add(k)
        full_persons_by_article.append(d)
        firsts_by_article.append(f)
    firsts = first_names()

    def surname_target(name: str, local: dict[str, str]) -> str | None:
        for table in (local, all_full):
            if name in table:
                return table[name]
            if len(name) >= 4 and table:
                hit = process.extractOne(name, list(table), scorer=fuzz.ratio, score_cutoff=SURNAME_MIN)
                if hit and hit[0][:1] == name[:1]:
                    return table[hit[0]]
        entries = R.lex_surnames.get(name)
        if entries and len(entries) == 1:
            return f"lex:{entries[0].id}"
        return None

    def misspelt_full_name(name: str, earlier: dict[str, str]) -> str | None:
        """« Maëlle Kervadek » after « Maëlle Kervadec »: the same first names, a close surname."""
        first, last = name.rsplit(" ", 1)
        for other, key in earlier.items():
            o_first, _, o_last = other.rpartition(" ")
            if o_first == first and o_last != last and o_last[:1] == last[:1] and min(len(last), len(o_last)) >= 6 \
                    and fuzz.ratio(last, o_last) >= SURNAME_MIN:
                return key
        return None

    events = {k for ks in keys for k in ks if k and k.startswith("name:") and key_type(k) == "Event"}

    def edition_event(name: str, here: set) -> str | None:
        """The event an edition (« Hôtelia Connect 2026 ») belongs to: the article's event whose name
        ends with the name without its year (« le salon Hôtelia Connect », « le Festival Cinétik »
        for « Cinétik 2026 »), else that name said as an event in another article (« Vigitalia 2026 »
        here, « le salon Vigitalia » there; the lexicon's yearly events have no name: key)."""
        base = without_edition(name)
        if base == name:
            return None
        same = next((o for o in sorted(x for x in here if x)
                     if (o == f"name:{base}" or o.endswith(" " + base)) and key_type(o) == "Event"), None)
        return same or (f"name:{base}" if f"name:{base}" in events else None)

    for ai, (res, ks) in enumerate(zip(results, keys)):
        earlier_full: dict[str, str] = {}       # this article's full person names, first said first
        here = set(ks)
        for n, (m, k) in enumerate(zip(res.mentions, ks)):
            if not k or not k.startswith("name:") or m.source == "coref":
                continue
            name = k[5:]
            typ = key_type(k)
            target = None
            if typ == "Person" and len(name.split()) >= 2:
                target = misspelt_full_name(name, earlier_full)
                if target is None:
                    earlier_full.setdefault(name, k)
            elif typ != "Person" and len(name.split()) == 1 and m.source == "ner" and m.type == typ \
                    and name in full_persons_by_article[ai] and (k, typ) not in patterned:
                target = full_persons_by_article[ai][name]   # « a martelé Marchadier », which spaCy calls a company
                # (not a name the rules also found as one: « la maison Dorvilliers » after « Madeleine Dorvilliers »)
            elif typ == "Person" and len(name.split()) == 1 and name in firsts \
                    and name not in full_persons_by_article[ai]:
                same = firsts_by_article[ai].get(name, ())   # « Bastien et moi » after « Bastien Quéméneur »:
                target = next(iter(same)) if len(same) == 1 else None   # that article's one Bastien
                if target is None and m.source == "ner":
                    ks[n] = None
                    continue
            elif typ == "Person" and len(name.split()) == 1:
                target = surname_target(name, full_persons_by_article[ai])
                if target is None and m.source == "ner":
                    ks[n] = None           # a lone unknown name spaCy calls a person: too weak
                    continue
            elif typ == "Event" and (edition := edition_event(name, here)) is not None:
                target = edition                # this edition is the event the article (or another) names
            elif typ == "Event" and len(words := m.text.split(" ", 1)) == 2 \
                    and f"name:{(short := fold(words[1]))}" in here and key_type(f"name:{short}") == "Event" \
                    and f"{words[0].lower()} {words[1]}" in res.article.text:
                target = f"name:{short}"        # « Salon Savoirtech » in a report on « le salon Savoirtech »,
                                                # whose noun the article writes lower-case: one event
            elif name not in curation.types:
                entry = R.fuzzy_lexicon(R.canon.get(k, m.label))
                if entry is not None:
                    target = f"lex:{entry.id}"
            if target and not R.split_off(m.text, target):
                ks[n] = R.merged(target)
        for n, m in enumerate(res.mentions):
            if m.refers_to is not None:
                ks[n] = ks[m.refers_to]

    # 4. entities
    entities: dict[str, Entity] = {}
    key_to_id: dict[str, str] = {}
    for res, ks in zip(results, keys):
        for m, k in zip(res.mentions, ks):
            if not k:
                continue
            if k not in key_to_id:
                typ = key_type(k)
                if k.startswith("lex:"):
                    e = lexicon.by_id[k[4:]]
                    label = e.name
                    if fold(label) in curation.types:
                        typ = curation.types[fold(label)]
                else:
                    label = R.canon.get(k, m.label)
                eid = f"{typ}/{slugify(label)}"
                key_to_id[k] = eid
                if eid not in entities:
                    entities[eid] = Entity(type=typ, label=label, slug=slugify(label),
                                           key=k[4:] if k.startswith("lex:") else None)
            ent = entities[key_to_id[k]]
            if m.source != "coref" and fold(m.text) != fold(ent.label):
                ent.aliases.add(m.text)

    # 5. facts
    facts: list[Fact] = []
    mentions: dict[str, set[str]] = defaultdict(set)
    for res, ks in zip(results, keys):
        art = res.article
        for m, k in zip(res.mentions, ks):
            if k:
                mentions[key_to_id[k]].add(art.id)
        for r in res.relations:
            ks_, ko = ks[r.subject], ks[r.object]
            if not ks_ or not ko:
                continue
            s, o = key_to_id[ks_], key_to_id[ko]
            if s == o or not fits(r.predicate, entities[s].type, entities[o].type):
                continue
            raw = art.text[r.start:r.end]
            lead = len(raw) - len(raw.lstrip())
            ev = raw.strip()
            start = r.start + lead
            src = None
            if r.attributed_to is not None and ks[r.attributed_to]:
                src = key_to_id[ks[r.attributed_to]]
            facts.append(Fact(subject=s, predicate=r.predicate, object=o, article_id=art.id, evidence=ev,
                              start=start, end=start + len(ev), extractor=r.extractor,
                              confidence=r.confidence, modality=r.modality, attributed_to=src, role=r.role))
    return Resolved(entities=entities, facts=facts, articles=[r.article for r in results],
                    mentions=dict(mentions))
