#!/usr/bin/env python
"""Deterministic SYNTHETIC French news articles for benchmarks and tests.

    python bench/make_corpus.py N OUTDIR [--format txt|jsonl] [--seed 7]

Every article is marked synthetic (title prefix « [Synthétique] », a first line
saying so, and ``synthetic: true`` in JSONL records): the facts are random
combinations of names from the shipped lexicon (``kg.lexicon.load_lexicon()``)
poured into realistic French sentence shapes (« X, PDG de Y, a annoncé… »,
« Y a lancé le modèle Z », « le départ de P », « Y a investi dans W »…), and
mean nothing. Article ``i`` depends only on ``(seed, i)``: the 1,000-article
corpus is the first 1,000 articles of the 10,000-article one.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

FIRST = ["Claire", "Julien", "Sophie", "Thomas", "Camille", "Nicolas", "Léa", "Antoine", "Inès",
         "Hugo", "Manon", "Karim", "Élodie", "Mathieu", "Sarah", "Yann", "Nadia", "Pierre", "Chloé", "Olivier"]
LAST = ["Dubois", "Lefèvre", "Moreau", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Mercier",
        "Benali", "Girard", "Lambert", "Bonnet", "Faure", "André", "Marchand", "Duval", "Perrin", "Colin"]
FALLBACK = {
    "Organization": ["Mistral AI", "OpenAI", "Anthropic", "Meta", "Google", "Microsoft", "Nvidia", "Hugging Face"],
    "AIModel": ["Llama", "Gemini", "Claude", "GPT-4.1", "Mistral Large", "Avocado"],
    "Product": ["WhatsApp", "Le Chat", "Copilot", "ChatGPT"],
    "Event": ["VivaTech", "Forum économique mondial"],
    "Place": ["Paris", "Londres", "Menlo Park", "San Francisco"],
    "Person": ["Arthur Mensch", "Yann LeCun", "Demis Hassabis"],
}
MEDIA = ["Les Échos", "Le Monde", "Axios", "Bloomberg", "Reuters", "Le Figaro", "The Information"]
ROLES = ["PDG", "directeur technologique", "directrice générale", "directeur scientifique",
         "responsable de la recherche", "cofondateur"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]

TEMPLATES = [
    "{P}, {role} de {O}, a annoncé {when} une nouvelle feuille de route pour l'intelligence artificielle.",
    "{O} a lancé le modèle {M}, qui doit prendre la relève de {M2}.",
    "Le départ de {P} de {O} a surpris les observateurs du secteur.",
    "{O} a investi {amount} dans {O2}, selon un communiqué publié {when}.",
    "Selon {media}, {O} serait en négociation pour racheter {O2}.",
    "{P}, {role} de {O}, était présent au {E} pour présenter {M}.",
    "{O} a signé un partenariat avec {O2} afin d'intégrer {M} dans {PR}.",
    "Basée à {PL}, {O} entend rivaliser avec {O2} sur le marché des assistants.",
    "{O} a finalisé l'acquisition de {O2} pour {amount}.",
    "{P} a cofondé {O} en {year} avant de lever des fonds auprès de {O2}.",
    "{P} quitte {O} pour rejoindre {O2}, d'après {media}.",
    "L'équipe de recherche de {O} travaille sur {M}, disponible dans {PR}.",
    "{O} pourrait investir dans {O2} d'ici la fin de l'année.",
    "Chez {O}, {P} dirige désormais la division consacrée aux modèles de langage.",
]
FILLERS = [
    "Le marché de l'intelligence artificielle générative continue de croître à un rythme soutenu.",
    "Les investisseurs restent attentifs aux coûts de calcul, qui pèsent sur les marges du secteur.",
    "La question de la régulation européenne revient régulièrement dans les discussions.",
    "Plusieurs analystes estiment que la concurrence va encore s'intensifier dans les prochains mois.",
    "Les performances des derniers modèles ont été jugées prometteuses par les premiers utilisateurs.",
    "La pénurie de processeurs graphiques freine toujours certains projets d'entraînement.",
    "Les entreprises clientes réclament davantage de garanties sur la confidentialité des données.",
    "Cette annonce intervient dans un contexte de forte compétition pour attirer les talents.",
    "Les syndicats s'inquiètent de l'impact de ces outils sur l'emploi dans les services.",
    "Le calendrier précis du déploiement n'a pas encore été communiqué.",
]


def load_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {t: [] for t in FALLBACK}
    try:
        from kg.lexicon import load_lexicon
        for e in load_lexicon().entries:
            if e.type in names and not e.ambiguous and len(e.name) > 2:
                names[e.type].append(e.name)
    except Exception as exc:  # noqa: BLE001 - the lexicon is optional for a benchmark corpus
        print(f"note: lexicon not used ({exc})", file=sys.stderr)
    for t, fallback in FALLBACK.items():
        names[t] = sorted(set(names[t])) or list(fallback)
        if len(names[t]) < 2:
            names[t] = sorted(set(names[t]) | set(fallback))
    names["Person"] = names["Person"] + [f"{f} {l}" for f in FIRST for l in LAST]
    return names


def make_article(i: int, names: dict[str, list[str]], seed: int = 7) -> dict:
    rnd = random.Random(f"{seed}:{i}")
    pick = lambda t: rnd.choice(names[t])  # noqa: E731
    orgs = rnd.sample(names["Organization"], 2)
    models = rnd.sample(names["AIModel"], 2)
    slots = lambda: {  # noqa: E731
        "P": pick("Person"), "O": orgs[0] if rnd.random() < 0.6 else pick("Organization"),
        "O2": orgs[1] if rnd.random() < 0.6 else pick("Organization"),
        "M": models[0], "M2": models[1], "PR": pick("Product"), "E": pick("Event"), "PL": pick("Place"),
        "role": rnd.choice(ROLES), "media": rnd.choice(MEDIA),
        "when": rnd.choice(["mardi", "lundi", "ce jeudi", "la semaine dernière", "hier"]),
        "amount": f"{rnd.randint(2, 900)} millions d'euros", "year": rnd.randint(2012, 2024),
    }
    sentences = []
    for _ in range(rnd.randint(14, 22)):
        if rnd.random() < 0.55:
            sentences.append(rnd.choice(TEMPLATES).format(**slots()))
        else:
            sentences.append(rnd.choice(FILLERS))
    paras = []
    while sentences:
        k = rnd.randint(2, 4)
        paras.append(" ".join(sentences[:k]))
        sentences = sentences[k:]
    month = rnd.randrange(len(MONTHS))
    date = f"2026-{month + 1:02d}-{rnd.randint(1, 28):02d}"
    title = f"[Synthétique] {orgs[0]} et {orgs[1]} : ce qu'il faut retenir ({i:05d})"
    paras = [re.sub(r"\b([dD]e|[lL]e|[qQ]ue) ([AEIOUÉÈÊaeiouéè])", r"\1'\2", p).replace("e'", "'")
             for p in paras]
    text = ("Article synthétique généré pour les tests de performance ; les faits sont fictifs.\n\n"
            + "\n\n".join(paras))
    return {"id": f"synth-{i:05d}", "title": title, "date": date, "text": text, "lang": "fr",
            "synthetic": True}


def write_corpus(n: int, outdir: Path, fmt: str = "txt", seed: int = 7) -> Path:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    names = load_names()
    if fmt == "jsonl":
        path = outdir / f"synthetic-{n}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps(make_article(i, names, seed), ensure_ascii=False) + "\n")
        return path
    for i in range(n):
        a = make_article(i, names, seed)
        (outdir / f"{a['id']}.txt").write_text(
            f"Titre: {a['title']}\nDate: {a['date']}\nId: {a['id']}\n\n{a['text']}\n", encoding="utf-8")
    return outdir


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    where = write_corpus(args.n, args.outdir, args.format, args.seed)
    print(f"{args.n} synthetic articles -> {where}")


if __name__ == "__main__":
    main()
