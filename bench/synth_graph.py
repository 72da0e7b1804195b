"""A deterministic synthetic dataset in the contract's shape, written straight as N-Quads.

``graph:entities`` holds the entities (type, rdfs:label, skos:altLabel) and the articles;
each article is a named graph with its direct triples, one statement node per fact (with
evidence, offsets, extractor, confidence, modality, date, source), org:Membership nodes for
roles and schema:mentions links. About 100 triples per article.

The choice of entities is skewed, as in real news: a fact's subject and object are, one time in
four, one of the first ``POPULAR`` entities of their type ("Org 0" .. "Org 19", "Person 0" ..),
else any entity of the type. So a query about a popular entity returns hundreds of rows, and
one about an unknown name none (both are timed by bench/bench_query.py).

    python bench/synth_graph.py --triples 1000000 --out /tmp/synth.nq
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

AIKG = "https://w3id.org/aikg/ontology#"
RES = "https://w3id.org/aikg/resource/"
GRAPH = "https://w3id.org/aikg/graph/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

TRIPLES_PER_ARTICLE = 100
POPULAR = 20          # the first POPULAR entities of each type ...
POPULAR_SHARE = 0.25  # ... are picked this often (shared among them), the rest uniformly
# (predicate, subject type, object type, weight)
RELATIONS = [
    ("worksFor", "person", "organization", 6), ("leads", "person", "organization", 2),
    ("leftOrganization", "person", "organization", 2), ("subOrganizationOf", "team", "organization", 2),
    ("develops", "organization", "aimodel", 3), ("develops", "team", "aimodel", 2),
    ("worksOn", "team", "product", 1), ("investsIn", "organization", "organization", 2),
    ("competitorOf", "organization", "organization", 2), ("partnerOf", "organization", "organization", 1),
    ("acquired", "organization", "organization", 1), ("headquarteredIn", "organization", "place", 1),
    ("participatedIn", "person", "event", 1), ("organizes", "organization", "event", 1),
    ("integratedInto", "aimodel", "product", 1), ("successorOf", "aimodel", "aimodel", 1),
    ("founded", "person", "organization", 1),
]
TYPES = {"organization": "Organization", "team": "Team", "person": "Person", "aimodel": "AIModel",
         "product": "Product", "event": "Event", "place": "Place"}


def _lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def entity_counts(articles: int) -> dict[str, int]:
    scale = max(articles / 1000, 0.05)
    return {"organization": int(300 * scale) + 5, "team": int(150 * scale) + 3, "person": int(1200 * scale) + 5,
            "aimodel": int(300 * scale) + 3, "product": int(150 * scale) + 3, "event": int(30 * scale) + 2,
            "place": 50}


def label(typ: str, i: int) -> str:
    return {"organization": f"Org {i}", "team": f"Team {i}", "person": f"Person {i}", "aimodel": f"Model {i}",
            "product": f"Product {i}", "event": f"Event {i}", "place": f"Place {i}"}[typ]


def pick(rng: random.Random, n: int) -> int:
    """An entity index in ``range(n)``, skewed towards the first ``POPULAR``."""
    if n > POPULAR and rng.random() < POPULAR_SHARE:
        return rng.randrange(POPULAR)
    return rng.randrange(n)


def generate(triples: int, seed: int = 42):
    """Yield N-Quads lines (about ``triples`` of them)."""
    rng = random.Random(seed)
    articles = max(triples // TRIPLES_PER_ARTICLE, 10)
    counts = entity_counts(articles)
    eg = f"<{GRAPH}entities>"
    for typ, n in counts.items():
        for i in range(n):
            e = f"<{RES}{typ}/{typ}-{i}>"
            yield f"{e} <{RDF}type> <{AIKG}{TYPES[typ]}> {eg} .\n"
            yield f"{e} <{RDFS}label> {_lit(label(typ, i))} {eg} .\n"
            yield f"{e} <{SKOS}altLabel> {_lit(label(typ, i).replace(' ', '') + ' alias')} {eg} .\n"
    weights = [w for *_, w in RELATIONS]
    for a in range(articles):
        art = f"<{RES}article/art{a}>"
        g = f"<{GRAPH}article/art{a}>"
        date = f"20{24 + a % 3}-{1 + a % 12:02d}-{1 + a % 28:02d}"
        yield f"{art} <{RDF}type> <{AIKG}Article> {eg} .\n"
        yield f"{art} <{SCHEMA}identifier> {_lit(f'art{a}')} {eg} .\n"
        yield f"{art} <{SCHEMA}headline> {_lit(f'Titre de l’article {a}')} {eg} .\n"
        yield f"{art} <{SCHEMA}datePublished> \"{date}\"^^<{XSD}date> {eg} .\n"
        mentioned = set()
        for k in range(5):
            pred, st, ot, _ = rng.choices(RELATIONS, weights)[0]
            si, oi = pick(rng, counts[st]), pick(rng, counts[ot])
            s, o = f"<{RES}{st}/{st}-{si}>", f"<{RES}{ot}/{ot}-{oi}>"
            mentioned.update((s, o))
            r = rng.random()
            modality = "asserted" if r < 0.8 else ("reported" if r < 0.93 else "hedged")
            if modality != "hedged":
                yield f"{s} <{AIKG}{pred}> {o} {g} .\n"
            n = f"<{RES}assertion/a{a}-{k}>"
            ev = f"{label(st, si)} {pred} {label(ot, oi)} (phrase {k} de l’article {a})."
            for p, v in ((f"{RDF}type", f"<{AIKG}Assertion>"), (f"{RDF}type", f"<{RDF}Statement>"),
                         (f"{RDF}subject", s), (f"{RDF}predicate", f"<{AIKG}{pred}>"), (f"{RDF}object", o),
                         (f"{PROV}wasDerivedFrom", art), (f"{AIKG}evidence", _lit(ev)),
                         (f"{AIKG}startChar", f"\"{k * 100}\"^^<{XSD}integer>"),
                         (f"{AIKG}endChar", f"\"{k * 100 + len(ev)}\"^^<{XSD}integer>"),
                         (f"{AIKG}extractor", _lit("synth")),
                         (f"{AIKG}confidence", f"\"0.{rng.randrange(50, 99)}\"^^<{XSD}decimal>"),
                         (f"{AIKG}modality", _lit(modality)), (f"{AIKG}date", f"\"{date}\"^^<{XSD}date>")):
                yield f"{n} <{p}> {v} {g} .\n"
            if modality == "reported":
                yield f"{n} <{PROV}wasAttributedTo> <{RES}organization/organization-{rng.randrange(5)}> {g} .\n"
            if pred in ("worksFor", "leads") and modality != "hedged":
                role = rng.choice(["PDG", "directeur technique", "chercheuse", "responsable produit"])
                rnode = f"<{RES}role/{role.replace(' ', '-')}>"
                m = f"<{RES}membership/m{a}-{k}>"
                yield f"{n} <{AIKG}role> {_lit(role)}@fr {g} .\n"
                for p, v in ((f"{RDF}type", f"<{ORG}Membership>"), (f"{ORG}member", s), (f"{ORG}organization", o),
                             (f"{ORG}role", rnode), (f"{PROV}wasDerivedFrom", art), (f"{AIKG}date", f"\"{date}\"^^<{XSD}date>")):
                    yield f"{m} <{p}> {v} {g} .\n"
                yield f"{rnode} <{RDF}type> <{ORG}Role> {g} .\n"
                yield f"{rnode} <{RDFS}label> {_lit(role)}@fr {g} .\n"
        for e in sorted(mentioned):
            yield f"{art} <{SCHEMA}mentions> {e} {g} .\n"


def write(path: Path | str, triples: int, seed: int = 42) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        buf = []
        for line in generate(triples, seed):
            buf.append(line)
            if len(buf) >= 50000:
                fh.writelines(buf)
                n += len(buf)
                buf = []
        fh.writelines(buf)
        n += len(buf)
    return n


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000, help="about how many quads to write")
    ap.add_argument("--seed", type=int, default=42, help="random seed (same seed, same file)")
    ap.add_argument("--out", type=Path, default=Path("synth.nq"), help="N-Quads file to write")
    args = ap.parse_args()
    print(f"wrote {write(args.out, args.triples, args.seed)} quads to {args.out}")
