"""`kg eval`: precision, recall and F1 of a built graph against gold annotations.

The gold format is the one of ``../shared/eval`` (entities with name, type(s) and
aliases; relations as subject/predicate/object; optional facts and entities that
are neither rewarded nor punished). Matching folds case, accents, punctuation and
spacing; symmetric predicates match in either order; ``leads`` implies ``worksFor``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import RDF, RDFS, SKOS

from .errors import ConfigError, GraphNotFound
from .namespace import AIKG
from .records import PREDICATES, SYMMETRIC, TYPES
from .text import fold

IMPLIES = {"leads": "worksFor"}
RDF_SUFFIXES = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}


@dataclass
class PRF:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


@dataclass
class EvalReport:
    entities: PRF
    relations: PRF
    missed_entities: list[str] = field(default_factory=list)
    wrong_entities: list[str] = field(default_factory=list)
    duplicate_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    wrong_relations: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"entities": self.entities.to_dict(), "relations": self.relations.to_dict(),
                **{k: getattr(self, k) for k in ("missed_entities", "wrong_entities", "duplicate_entities",
                                                  "missed_relations", "wrong_relations")}}

    def summary(self) -> str:
        e, r = self.entities, self.relations
        return (f"entities P={e.precision:.3f} R={e.recall:.3f} F1={e.f1:.3f} | "
                f"relations P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f}")


def load_gold(path: str | Path) -> dict:
    p = Path(path)
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read gold file ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{p}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(gold, dict) or "entities" not in gold or "relations" not in gold:
        raise ConfigError(f"{p}: a gold file has 'entities' and 'relations' lists")
    for g in gold["entities"]:
        types = g["type"] if isinstance(g["type"], list) else [g["type"]]
        bad = [t for t in types if t not in TYPES]
        if bad:
            raise ConfigError(f"{p}: unknown type {bad[0]!r} for gold entity {g.get('name')!r}")
    for r in gold["relations"] + gold.get("optional", []):
        if r["predicate"] not in PREDICATES:
            raise ConfigError(f"{p}: unknown predicate {r['predicate']!r}")
    return gold


def load_graph(path: str | Path) -> Dataset:
    """A graph file, or a `kg build` output folder (its graph.trig, else every RDF file)."""
    p = Path(path)
    ds = Dataset(default_union=True)
    if p.is_dir():
        files = [p / "graph.trig"] if (p / "graph.trig").exists() else sorted(
            f for f in p.glob("*") if f.suffix in RDF_SUFFIXES)
    elif p.exists():
        files = [p]
    else:
        files = []
    if not files:
        raise GraphNotFound(f"no graph at {p}: run `kg build --out {p}` first")
    for f in files:
        ds.parse(f, format=RDF_SUFFIXES.get(f.suffix, "turtle"))
    return ds


def _graph_entities(g: Graph | Dataset) -> dict:
    found = {}
    for t in TYPES:
        for e in g.subjects(RDF.type, AIKG[t]):
            labels = {fold(str(o)) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in g.objects(e, p)}
            found[e] = (t, labels - {""})
    return found


def evaluate(gold: dict, g: Graph | Dataset) -> EvalReport:
    names, types = {}, {}
    for ge in gold["entities"]:
        types[ge["name"]] = set(ge["type"] if isinstance(ge["type"], list) else [ge["type"]])
        for n in [ge["name"], *ge.get("aliases", [])]:
            names[fold(n)] = ge["name"]
    spare = {fold(n) for ge in gold.get("optional_entities", []) for n in [ge["name"], *ge.get("aliases", [])]}
    found = _graph_entities(g)
    to_gold, taken, wrong, dupes = {}, set(), [], []
    for iri, (t, labels) in sorted(found.items(), key=lambda kv: (-len(kv[1][1]), str(kv[0]))):
        hits = {names[x] for x in labels if x in names}
        hit = next((h for h in sorted(hits) if t in types[h]), None)
        if hit is None and labels & spare:
            continue
        if hit is None:
            wrong.append(f"{t}:{sorted(labels)[:3]}" + (" (type)" if hits else ""))
        elif hit in taken:
            dupes.append(hit)
            to_gold[iri] = hit
        else:
            taken.add(hit)
            to_gold[iri] = hit
    ents = PRF(len(taken), len(taken) + len(wrong) + len(dupes), len(gold["entities"]))

    def key(s, p, o):
        return (p, *sorted((s, o))) if p in SYMMETRIC else (s, p, o)

    def closed(triples):
        out = set()
        for s, p, o in triples:
            out.add(key(s, p, o))
            if p in IMPLIES:
                out.add(key(s, IMPLIES[p], o))
        return out

    want = closed((r["subject"], r["predicate"], r["object"]) for r in gold["relations"])
    optional = closed((r["subject"], r["predicate"], r["object"]) for r in gold.get("optional", []))
    got, unmatched = set(), []
    for p in PREDICATES:
        for s, o in g.subject_objects(AIKG[p]):
            if s not in found or o not in found:
                continue
            gs, go = to_gold.get(s), to_gold.get(o)
            if gs is None or go is None:
                unmatched.append(f"{p}({sorted(found[s][1])[:1]}, {sorted(found[o][1])[:1]})")
                continue
            got |= closed([(gs, p, go)])
    counted = got - (optional - want)

    def show(k):
        return f"{k[0]}({k[1]}, {k[2]})" if k[0] in SYMMETRIC else f"{k[1]}({k[0]}, {k[2]})"

    rels = PRF(len(counted & want), len(counted) + len(unmatched), len(want))
    return EvalReport(ents, rels, sorted(set(types) - taken), sorted(wrong), sorted(dupes),
                      sorted(show(k) for k in want - got),
                      sorted(unmatched + [show(k) for k in counted - want]))


def evaluate_files(gold_path: str | Path, graph_path: str | Path) -> EvalReport:
    return evaluate(load_gold(gold_path), load_graph(graph_path))
