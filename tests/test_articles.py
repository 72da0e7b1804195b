"""kg.articles: every input format -> Article, every bad input -> one Problem (no spaCy)."""
from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from kg.articles import (
    SUPPORTED, is_french, iter_sources, normalize_date, parse_html, parse_record, parse_text,
    read_articles, safe_id,
)
from kg.records import Article, Problem

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# Real French sentences about AI (written for these tests), long enough for language id.
FR1 = ("La start-up parisienne Mistral AI a présenté mardi un nouveau modèle de langage, "
       "plus rapide et moins coûteux que le précédent, destiné aux entreprises européennes. "
       "Selon ses fondateurs, ce modèle sera intégré dès le mois prochain dans plusieurs "
       "services de la banque et de l'assurance.")
FR2 = ("Google DeepMind a annoncé la création d'une nouvelle équipe de recherche à Londres, "
       "chargée d'étudier la sécurité des systèmes d'intelligence artificielle. "
       "Cette équipe sera dirigée par une chercheuse venue de l'université d'Oxford, "
       "d'après un communiqué publié jeudi.")
FR3 = ("Le fabricant de puces Nvidia investit plusieurs milliards de dollars dans OpenAI, "
       "qui doit construire de nouveaux centres de données aux États-Unis pour entraîner "
       "ses prochains modèles. Les analystes estiment que cet accord renforce encore la "
       "position dominante du groupe sur le marché.")
EN = ("OpenAI announced on Tuesday a new family of language models that it says are faster "
      "and cheaper than the previous generation, and will be available to developers through "
      "its platform starting next month, according to a company blog post.")

HTML_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Mistral AI lève des fonds | TechFr</title>
  <meta property="og:title" content="Mistral AI lève des fonds">
  <meta property="og:url" content="https://exemple.fr/ia/mistral-levee">
  <meta property="article:published_time" content="2025-09-09T08:00:00+02:00">
</head>
<body>
  <header><nav><ul>
    <li><a href="/">Accueil</a></li><li><a href="/ia">Rubrique Innovation</a></li>
    <li><a href="/abonnement">Abonnez-vous</a></li>
  </ul></nav></header>
  <main><article>
    <h1>Mistral AI lève des fonds</h1>
    <p>La start-up française Mistral AI a annoncé mardi une levée de fonds de plusieurs
    milliards d'euros, menée par le néerlandais ASML, qui devient son premier actionnaire.</p>
    <p>Fondée en 2023 par Arthur Mensch, Guillaume Lample et Timothée Lacroix, l'entreprise
    parisienne développe des modèles de langage ouverts qui rivalisent avec ceux d'OpenAI.</p>
    <p>Selon plusieurs analystes, cette opération doit permettre à Mistral AI de financer de
    nouveaux centres de calcul en Europe et de recruter des chercheurs.</p>
  </article></main>
  <aside><h3>Les plus lus</h3><ul><li><a href="/x">Horoscope de la semaine</a></li></ul></aside>
  <footer><p>© 2025 TechFr. Tous droits réservés. Mentions légales. Politique de cookies.</p></footer>
</body>
</html>
"""


def run(paths, stdin=None):
    return list(read_articles([str(p) if not isinstance(p, str) else p for p in paths], stdin=stdin))


def arts(items):
    return [x for x in items if isinstance(x, Article)]


def probs(items):
    return [x for x in items if isinstance(x, Problem)]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- seeds


def test_seeds_folder_inline_date_prefix_does_not_leak():
    out = run([SEEDS])
    assert probs(out) == []
    a, b = arts(out)
    assert a.text.startswith("Meta") and b.text.startswith("Face")
    assert a.date == "2026-01-22"
    assert "date 2026" not in a.text
    assert a.id == "000_de97cb5d2a93d50c" and b.id == "001_f3df17a24e8c3930"
    assert a.source == str(SEEDS / "000_de97cb5d2a93d50c.txt")
    assert a.lang == b.lang == "fr"


# --------------------------------------------------------------------------- text formats


def test_txt_plain(tmp_path):
    p = write(tmp_path / "plain.txt", "\n\n" + FR1 + "\n\n" + FR2 + "\n  \n")
    [a] = run([p])
    assert a.text == FR1 + "\n\n" + FR2          # internal newlines kept, outer whitespace stripped
    assert a.id == "plain" and a.source == str(p)
    assert a.title is None and a.date is None and a.url is None


def test_txt_inline_date_prefix(tmp_path):
    p = write(tmp_path / "inline.txt", "  date 2026-01-22 " + FR1 + "\n" + FR2)
    [a] = run([p])
    assert a.date == "2026-01-22"
    assert a.text == FR1 + "\n" + FR2


def test_txt_inline_date_prefix_french_slash_date():
    a = parse_text("date 22/01/2026 " + FR1, "x.txt", "x")
    assert a.date == "2026-01-22" and a.text == FR1


def test_txt_key_value_header(tmp_path):
    p = write(tmp_path / "kv.txt",
              "Titre : Mistral AI présente un nouveau modèle\n"
              "date: 22 janvier 2026\n"
              "url: https://exemple.fr/mistral\n"
              "auteur: Jeanne Martin\n"
              "id: mistral-modele\n"
              "\n" + FR1 + "\n")
    [a] = run([p])
    assert a.title == "Mistral AI présente un nouveau modèle"
    assert a.date == "2026-01-22"
    assert a.url == "https://exemple.fr/mistral"
    assert a.id == "mistral-modele"
    assert a.text == FR1


def test_txt_first_sentence_with_colon_is_not_a_header():
    raw = "Annonce : " + FR1 + "\n\n" + FR2
    a = parse_text(raw, "x.txt", "x")
    assert a.text == raw and a.title is None
    # a known key followed by a non-key line (no blank line) is not a header either
    raw2 = "Source: un communiqué de l'entreprise.\n" + FR2
    assert parse_text(raw2, "y.txt", "y").text == raw2


def test_txt_yaml_front_matter(tmp_path):
    p = write(tmp_path / "fm.txt",
              "---\ntitle: \"DeepMind : une équipe pour la sécurité\"\ndate: 2026-02-03\n"
              "source: https://exemple.fr/deepmind\nlang: fr\ntags: [ia, sécurité]\n---\n\n"
              + FR2 + "\n")
    [a] = run([p])
    assert a.title == "DeepMind : une équipe pour la sécurité"
    assert a.date == "2026-02-03"                 # YAML gives a date object: normalised
    assert a.url == "https://exemple.fr/deepmind"
    assert a.text == FR2


def test_md_title_from_heading(tmp_path):
    body = FR3 + "\n\n## Un marché en tension\n\n" + FR2
    p = write(tmp_path / "note.md", "# Nvidia investit dans OpenAI\n\n" + body + "\n")
    [a] = run([p])
    assert a.title == "Nvidia investit dans OpenAI"
    assert a.text == body                        # rest of the markdown kept verbatim
    # a header title wins, and the heading then stays in the body
    raw = "---\ntitle: Titre donné\n---\n# Titre du document\n\n" + FR3
    b = parse_text(raw, "n.md", "n")
    assert b.title == "Titre donné" and b.text.startswith("# Titre du document")


def test_md_inline_markup_is_dropped(tmp_path):
    """« **Ludivine Carasso**, ex-OpenAI » reads as prose: bold, italics, links and code keep their
    text; snake_case and 2*3*4 stay as they are."""
    body = ("**Ludivine Carasso**, ex-OpenAI, rejoint *Microsoft AI* (voir [le communiqué](https://x.fr/a)). "
            "Le module `kg_build` de __Lyon__ calcule 2*3*4 en _une_ seconde, comme snake_case.")
    p = write(tmp_path / "brief.md", "---\ntitle: Brèves\n---\n" + body + "\n")
    [a] = run([p])
    assert a.text == ("Ludivine Carasso, ex-OpenAI, rejoint Microsoft AI (voir le communiqué). "
                      "Le module kg_build de Lyon calcule 2*3*4 en une seconde, comme snake_case.")
    q = write(tmp_path / "brief.txt", body + "\n")   # plain text keeps its asterisks
    [b] = run([q])
    assert b.text == body


def test_md_blockquote_markers_are_dropped(tmp_path):
    """A quoted line reads as what it quotes: « > — Nom, directeur général de X » loses its « > »
    (nested « > > » too), a « > » inside a line stays, and a .txt keeps its markers."""
    body = ("Sojourna lève 4 millions d'euros.\n\n> « Nous voulons aider les hôtels. »\n"
            "> — **Thibault Kerdraon**, directeur général de Sojourna\n\n"
            "> > Cité deux fois.\n\nLe score passe de 3 > 2.")
    p = write(tmp_path / "quote.md", body + "\n")
    [a] = run([p])
    assert a.text == ("Sojourna lève 4 millions d'euros.\n\n« Nous voulons aider les hôtels. »\n"
                      "— Thibault Kerdraon, directeur général de Sojourna\n\n"
                      "Cité deux fois.\n\nLe score passe de 3 > 2.")
    k = a.text.index("Thibault Kerdraon")
    assert (k, k + len("Thibault Kerdraon")) in a.names
    q = write(tmp_path / "quote.txt", body + "\n")
    [b] = run([q])
    assert b.text == body


def test_md_bold_names_are_kept_as_hints(tmp_path):
    """A Markdown roundup's bold names (« **Lustrine** a publié **Cisèle-2** ») are recorded as
    spans of the plain text; bold phrases that are no names (lower case, questions, sentences)
    are not; a .txt article has none; the hints survive the record's round trip (cache)."""
    body = ("## Modèles\n\n**Lustrine** a publié **Cisèle-2**, son modèle. **Pourquoi maintenant ?** "
            "Parce que **la demande** explose, dit **Aurélien Mascle**.")
    p = write(tmp_path / "hebdo.md", "---\ntitle: Hebdo\n---\n" + body + "\n")
    [a] = run([p])
    assert [a.text[s:e] for s, e in a.names] == ["Lustrine", "Cisèle-2", "Aurélien Mascle"]
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a
    [b] = run([write(tmp_path / "hebdo.txt", body + "\n")])
    assert b.names == ()


def test_md_bold_lead_in_gives_its_name(tmp_path):
    """A bold lead-in that opens on a name before a dash, a colon or a bracket (« **Crachin — 14 M€
    (série A).** ») gives that name as a hint; a speaker's label (« **N. P. :** ») and a bold
    sentence with no such separator give none."""
    body = ("- **Crachin — 14 M€ (série A, météo).** La nantaise lève.\n"
            "- **Orvalis Santé (Lyon) : 5 M€ pour l'imagerie.** Elle recrute.\n\n"
            "**N. P. :** Oui, bien sûr.\n\n**Centaurée rachète une start-up.** Le montant est secret.")
    [a] = run([write(tmp_path / "levees.md", "---\ntitle: Levées\n---\n" + body + "\n")])
    assert [a.text[s:e] for s, e in a.names] == ["Crachin", "Orvalis Santé"]


def test_md_bold_headline_sentence_gives_its_opening_words_apart(tmp_path):
    """A bold headline sentence (« **Centaurée rachète une start-up.** », « **Hermelle Logistique,
    un nouveau venu.** ») gives the capitalised words it opens on as a lead, apart from the names
    (extraction keeps it only where it is no French word); a bold question gives none; leads
    survive the record's round trip."""
    body = ("**Centaurée rachète une start-up.** Le montant est secret.\n\n"
            "**Hermelle Logistique, un nouveau venu.** Il recrute.\n\n**Qui finance Ramure ?** Personne.\n\n"
            "**Deux rachats cette semaine.** Voici.")
    [a] = run([write(tmp_path / "levees.md", "---\ntitle: Levées\n---\n" + body + "\n")])
    assert a.names == ()
    assert [a.text[s:e] for s, e in a.leads] == ["Centaurée", "Hermelle Logistique", "Deux"]
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_html_bold_names_are_kept_as_hints(tmp_path):
    """An HTML page's <strong> and <b> names are hints as Markdown bold is (not the bold outside
    the article, nor a bold phrase that is no name); a page without bold markup has none."""
    para = ("Deuxième paragraphe avec <strong>Léa Hennebelle</strong>, qui dirige l'équipe depuis "
            "deux ans et qui présente aujourd'hui les résultats obtenus par la start-up nantaise.")
    page = ("<html><head><title>Hebdo</title></head><body><nav><a href='/'>Accueil</a> <strong>Menu</strong></nav>"
            "<article><h1>Titre</h1><p>La start-up <strong>Lustrine</strong> a publié <b>Cisèle-2</b>, un modèle "
            "de <strong>la maison</strong>.</p><p>" + para + "</p></article>"
            "<aside><strong>Les plus lus</strong></aside></body></html>")
    [a] = run([write(tmp_path / "hebdo.html", page)])
    assert [a.text[s:e] for s, e in a.names] == ["Lustrine", "Cisèle-2", "Léa Hennebelle"]
    [b] = run([write(tmp_path / "plain.html", page.replace("<strong>", "").replace("</strong>", "")
                     .replace("<b>", "").replace("</b>", ""))])
    assert b.names == () and b.text == a.text


def test_bom_is_accepted(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ("date 2026-01-22 " + FR1).encode())
    [a] = run([p])
    assert a.text == FR1 and a.date == "2026-01-22"


@pytest.mark.parametrize("value,expected", [
    ("2026-01-22", "2026-01-22"),
    ("22/01/2026", "2026-01-22"),
    ("22 janvier 2026", "2026-01-22"),
    ("1er février 2026", "2026-02-01"),
    ("mercredi 22 janvier 2026", "2026-01-22"),
    ("2026-01-22T10:30:00Z", "2026-01-22"),
    ("2026-01-22 10:30", "2026-01-22"),
    ("bientôt", None),
    ("31/02/2026", None),
    ("", None),
    (None, None),
])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_unknown_date_is_not_a_failure():
    a = parse_text("date: un jour\n\n" + FR1, "x.txt", "x")
    assert isinstance(a, Article) and a.date is None and a.text == FR1


# --------------------------------------------------------------------------- html


def test_html_main_text_without_boilerplate(tmp_path):
    p = write(tmp_path / "page.html", HTML_PAGE)
    [a] = run([p])
    assert "ASML" in a.text and "Timothée Lacroix" in a.text and "recruter des chercheurs" in a.text
    for junk in ("Accueil", "Abonnez-vous", "Tous droits réservés", "Horoscope", "cookies"):
        assert junk not in a.text
    assert a.title == "Mistral AI lève des fonds"
    assert a.date == "2025-09-09"
    assert a.url == "https://exemple.fr/ia/mistral-levee"
    assert a.id == "page" and a.source == str(p)


def test_html_quotation_footer_is_text_page_footer_is_not(tmp_path):
    quote = ("<blockquote><p>« Pour nos clients, l'endroit où dorment les données est une condition. »</p>"
             "<footer>— Élodie Capdeville, directrice générale de Clarivo</footer></blockquote>")
    p = write(tmp_path / "page.html", HTML_PAGE.replace("</article>", quote + "</article>"))
    [a] = run([p])
    assert "— Élodie Capdeville, directrice générale de Clarivo" in a.text.splitlines()
    assert "Tous droits réservés" not in a.text and "Timothée Lacroix" in a.text


def test_html_prose_box_is_text_link_box_is_not(tmp_path):
    about = ("<aside class='about'><h3>À propos d'Incunable</h3><p>Fondée en 2019 par Bérénice Ildefonse et "
             "Mathieu Huppe, Incunable conçoit des solutions d'intelligence artificielle pour les documents. "
             "L'entreprise, dont le siège est situé à Nantes, compte 140 collaborateurs.</p></aside>")
    links = ("<aside><h3>À lire aussi</h3><ul>" + "".join(
        f"<li><a href='/a{i}'>Un autre article sur les levées de fonds de la semaine numéro {i}</a></li>"
        for i in range(4)) + "</ul></aside>")
    p = write(tmp_path / "page.html", HTML_PAGE.replace("</article>", "</article>" + about + links))
    [a] = run([p])
    lines = a.text.splitlines()
    assert "À propos d'Incunable" in lines and any(line.startswith("Fondée en 2019 par Bérénice") for line in lines)
    assert "À lire aussi" not in a.text and "levées de fonds de la semaine" not in a.text
    assert a.text.index("Timothée Lacroix") < a.text.index("Fondée en 2019")   # after the main text


@pytest.mark.parametrize("kicker, dropped", [
    ("<p class='rubrique'>Salons</p>", True),
    ("<p class='kicker'>Économie · Innovation</p><p class='rubrique'>Start-up</p>", True),
    # a paragraph of prose above the title is no label: it stays
    ("<p>Le groupe Vellane a annoncé mardi la fermeture de son laboratoire de Montpellier.</p>", False),
])
def test_html_kicker_above_the_title_is_no_text(tmp_path, kicker, dropped):
    """« Salons » above the title names the page's rubric, not a company of the article."""
    p = write(tmp_path / "page.html", HTML_PAGE.replace("<article>\n    <h1>", "<article>" + kicker + "\n    <h1>"))
    [a] = run([p])
    assert a.text.startswith("Mistral AI lève des fonds\n") is dropped
    assert ("Salons" in a.text or "Innovation" in a.text or "Vellane" in a.text) is not dropped
    assert "Timothée Lacroix" in a.text


def test_html_without_text_is_a_problem(tmp_path):
    p = write(tmp_path / "vide.htm", "<html><head><title>Rien</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>")
    [pr] = run([p])
    assert isinstance(pr, Problem) and pr.source == str(p)
    assert "no extractable text" in pr.reason


# --------------------------------------------------------------------------- json


def test_jsonl_records(tmp_path):
    p = write(tmp_path / "lot.jsonl", "\n".join([
        json.dumps({"id": "a1", "text": FR1, "title": "Mistral", "date": "22/01/2026",
                    "url": "https://exemple.fr/a1"}, ensure_ascii=False),
        "",
        json.dumps({"text": FR2, "source": "https://exemple.fr/b", "lang": "fr"}, ensure_ascii=False),
    ]) + "\n")
    a, b = run([p])
    assert (a.id, a.title, a.date, a.url, a.text) == ("a1", "Mistral", "2026-01-22", "https://exemple.fr/a1", FR1)
    assert a.source == f"{p}#1"
    assert b.id == "lot-3" and b.source == f"{p}#3" and b.url == "https://exemple.fr/b"


def test_json_list_and_single_record(tmp_path):
    lst = write(tmp_path / "liste.json", json.dumps(
        [{"text": FR1}, {"id": "deux", "text": FR2}], ensure_ascii=False))
    one = write(tmp_path / "un.json", json.dumps({"text": FR3, "title": "Nvidia"}, ensure_ascii=False))
    out = run([lst, one])
    assert [(a.id, a.source) for a in out] == [
        ("liste-1", f"{lst}#1"), ("deux", f"{lst}#2"), ("un", str(one))]
    assert out[2].title == "Nvidia"


def test_jsonl_bad_lines_are_problems_and_others_come_through(tmp_path):
    p = write(tmp_path / "mix.jsonl", "\n".join([
        json.dumps({"text": FR1}, ensure_ascii=False),
        '{"text": "oops',                                  # malformed
        json.dumps({"id": "sans-texte", "title": "Rien"}),  # no text
        json.dumps({"text": EN}),                           # English
        json.dumps({"text": FR2}, ensure_ascii=False),
        "[1, 2]",                                           # not an object
    ]))
    out = run([p])
    assert [a.id for a in arts(out)] == ["mix-1", "mix-5"]
    ps = {pr.source: pr.reason for pr in probs(out)}
    assert "invalid JSON" in ps[f"{p}#2"]
    assert "no 'text'" in ps[f"{p}#3"]
    assert ps[f"{p}#4"] == "not French (detected: en)"
    assert "not a JSON object" in ps[f"{p}#6"]


def test_json_list_record_without_text(tmp_path):
    p = write(tmp_path / "l.json", json.dumps([{"title": "x"}, {"text": FR1}], ensure_ascii=False))
    pr, a = run([p])
    assert pr == Problem(f"{p}#1", "record has no 'text' field")
    assert a.id == "l-2"


def test_parse_record_pure():
    a = parse_record({"id": "Spécial / IA 2026", "text": "  " + FR1 + "  "}, "s#1", "s-1")
    assert a.id == "Special-IA-2026" and a.text == FR1
    assert isinstance(parse_record({"text": ""}, "s#2", "s-2"), Problem)
    assert parse_record({"text": FR1, "lang": "en"}, "s#3", "s-3").reason == "not French (declared: en)"


# --------------------------------------------------------------------------- stdin


def test_stdin_text():
    out = run(["-"], stdin=io.StringIO("date 2026-03-01 " + FR1 + "\n"))
    [a] = out
    assert a.id == "stdin" and a.source == "<stdin>" and a.date == "2026-03-01" and a.text == FR1


def test_stdin_jsonl():
    data = json.dumps({"text": FR1}, ensure_ascii=False) + "\n\n" + json.dumps({"id": "z", "text": FR2}, ensure_ascii=False) + "\n"
    a, b = run(["-"], stdin=io.StringIO(data))
    assert (a.id, a.source) == ("stdin-1", "<stdin>#1")
    assert (b.id, b.source) == ("z", "<stdin>#3")


def test_stdin_empty():
    [pr] = run(["-"], stdin=io.StringIO("  \n"))
    assert pr.source == "<stdin>" and "empty" in pr.reason


# --------------------------------------------------------------------------- folders, ids


def test_folder_recursion_and_order(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", FR2)
    write(root / "a.md", FR1)
    write(root / "sous" / "c.txt", FR3)
    write(root / "sous" / "z.jsonl", json.dumps({"text": FR1}, ensure_ascii=False))
    write(root / "notes.pdf", "ignored")            # other suffix: silently skipped
    write(root / "README", "ignored")
    write(root / ".cache" / "x.txt", FR1)            # hidden folder
    write(root / ".cache.txt", FR1)                  # hidden file
    srcs = list(iter_sources([root]))
    assert srcs == [root / "a.md", root / "b.txt", root / "sous" / "c.txt", root / "sous" / "z.jsonl"]
    out = run([root])
    assert [a.id for a in out] == ["a", "b", "c", "z-1"]
    assert out == run([root])                        # deterministic


def test_same_file_twice_is_read_once(tmp_path):
    p = write(tmp_path / "a.txt", FR1)
    assert len(run([tmp_path, p])) == 1


def test_id_deduplication(tmp_path):
    write(tmp_path / "x" / "article.txt", FR1)
    write(tmp_path / "y" / "article.txt", FR2)
    write(tmp_path / "z" / "article.md", FR3)
    write(tmp_path / "z" / "rec.jsonl", json.dumps({"id": "article", "text": FR1}, ensure_ascii=False))
    out = run([tmp_path])
    assert [a.id for a in out] == ["article", "article-2", "article-3", "article-4"]
    assert [a.text for a in out] == [FR1, FR2, FR3, FR1]


def test_ids_are_iri_safe(tmp_path):
    p = write(tmp_path / "Été 2026 (IA)!.txt", FR1)
    [a] = run([p])
    assert a.id == "Ete-2026-IA"
    assert safe_id("l'IA générative") == "l-IA-generative" and safe_id("***") == "article"


# --------------------------------------------------------------------------- bad input


def test_empty_and_whitespace_and_header_only(tmp_path):
    e = tmp_path / "vide.txt"
    e.write_bytes(b"")
    w = write(tmp_path / "blanc.txt", "  \n\t\n")
    h = write(tmp_path / "entete.md", "---\ntitle: Seulement un titre\n---\n\n")
    k = write(tmp_path / "cles.txt", "title: Rien d'autre\ndate: 2026-01-01\n")
    j = write(tmp_path / "vide.jsonl", "\n\n")
    out = run([e, w, h, k, j])
    assert all(isinstance(x, Problem) for x in out) and len(out) == 5
    assert [x.source for x in out] == [str(e), str(w), str(h), str(k), str(j)]
    assert all("empty" in x.reason for x in out)
    assert "header" in out[2].reason and "header" in out[3].reason


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [pr] = run([p])
    assert pr.source == str(p) and "binary" in pr.reason


def test_not_utf8_is_reported_not_guessed(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes(FR1.encode("latin-1"))
    [pr] = run([p])
    assert pr.source == str(p) and pr.reason.startswith("not UTF-8")
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(FR1.encode("utf-16"))
    [pr16] = run([u16])
    assert pr16.reason.startswith("not UTF-8") and "UTF-16" in pr16.reason
    jl = tmp_path / "l.jsonl"
    jl.write_bytes(json.dumps({"text": FR1}, ensure_ascii=False).encode("latin-1") + b"\n"
                   + json.dumps({"text": FR2}, ensure_ascii=False).encode() + b"\n")
    pr_line, a = run([jl])
    assert pr_line.source == f"{jl}#1" and pr_line.reason.startswith("not UTF-8") and a.text == FR2


def test_not_french(tmp_path):
    p = write(tmp_path / "english.txt", EN)
    [pr] = run([p])
    assert pr == Problem(str(p), "not French (detected: en)")
    d = write(tmp_path / "declared.txt", "lang: en\n\n" + FR1)
    [prd] = run([d])
    assert prd.reason == "not French (declared: en)"


def test_is_french_short_texts_benefit_of_doubt():
    assert is_french("OpenAI lance GPT-5.")
    assert is_french("The quick brown fox.")       # too short to judge
    assert is_french(FR1) and not is_french(EN)


def test_missing_path_and_unsupported_suffix(tmp_path):
    missing = tmp_path / "absent.txt"
    pdf = write(tmp_path / "rapport.pdf", "x")
    out = run([missing, pdf])
    assert out == [Problem(str(missing), "no such file or directory"),
                   Problem(str(pdf), f"unsupported file type .pdf (expected one of {', '.join(SUPPORTED)})")]


def test_invalid_json_file(tmp_path):
    p = write(tmp_path / "casse.json", '{"text": ')
    [pr] = run([p])
    assert pr.source == str(p) and pr.reason.startswith("invalid JSON")


def test_front_matter_with_an_unquoted_colon_is_read_line_by_line(tmp_path):
    # « Vocalia : le cofondateur passe la main » is not YAML unquoted, but plainly a title
    p = write(tmp_path / "fm.txt", "---\ntitle: Vocalia : le cofondateur passe la main\ndate: 2026-12-02\n---\n" + FR1)
    [a] = run([p])
    assert a.title == "Vocalia : le cofondateur passe la main"
    assert a.date == "2026-12-02"
    assert a.text == FR1


def test_invalid_yaml_front_matter(tmp_path):
    p = write(tmp_path / "fm.md", "---\ntitle: [pas fermé\n---\n\n" + FR1)
    [pr] = run([p])
    assert pr.source == str(p) and "YAML" in pr.reason


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores permissions")
def test_permission_denied(tmp_path):
    f = write(tmp_path / "secret.txt", FR1)
    f.chmod(0)
    d = tmp_path / "ferme"
    write(d / "a.txt", FR2)
    d.chmod(0)
    try:
        out = run([f, d])
    finally:
        f.chmod(0o644)
        d.chmod(0o755)
    assert out == [Problem(str(f), "cannot read: permission denied"),
                   Problem(str(d), "cannot list folder: permission denied")]


def test_unreadable_path_via_directory_named_like_a_file(tmp_path):
    # a folder called x.txt is expanded as a folder, not read as a file
    write(tmp_path / "x.txt" / "dedans.txt", FR1)
    [a] = run([tmp_path / "x.txt"])
    assert a.id == "dedans"


def test_good_articles_after_bad_ones_still_come_through(tmp_path):
    bad = tmp_path / "a_bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00garbage")
    write(tmp_path / "b_en.txt", EN)
    write(tmp_path / "c_ok.txt", FR1)
    (tmp_path / "d_empty.txt").write_bytes(b"")
    write(tmp_path / "e_ok.jsonl", json.dumps({"text": FR2}, ensure_ascii=False))
    out = run([tmp_path, tmp_path / "nope.txt", SEEDS])
    assert [type(x).__name__ for x in out] == [
        "Problem", "Problem", "Article", "Problem", "Article", "Problem", "Article", "Article"]
    assert [a.id for a in arts(out)] == ["c_ok", "e_ok-1", "000_de97cb5d2a93d50c", "001_f3df17a24e8c3930"]


def test_read_articles_streams(tmp_path):
    write(tmp_path / "a.txt", FR1)
    write(tmp_path / "b.txt", FR2)
    it = read_articles([tmp_path])
    first = next(it)
    assert isinstance(first, Article) and first.id == "a"
    (tmp_path / "b.txt").unlink()                  # not read yet: it is a Problem now
    [pr] = list(it)
    assert pr.source == str(tmp_path / "b.txt") and "no such file" in pr.reason


def test_permission_denied_simulated(tmp_path, monkeypatch):
    # the same as above, for runs as root (where chmod 0 does not stop reading)
    f = write(tmp_path / "secret.txt", FR1)
    jl = write(tmp_path / "secret.jsonl", json.dumps({"text": FR1}, ensure_ascii=False))
    d = tmp_path / "ferme"
    write(d / "a.txt", FR2)
    real_scandir, real_read, real_open = os.scandir, Path.read_bytes, Path.open

    def scandir(path):
        if Path(path) == d:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def read_bytes(self):
        if self == f:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    def open_(self, *a, **k):
        if self == jl:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *a, **k)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "open", open_)
    out = run([f, jl, d])
    assert out == [Problem(str(f), "cannot read: permission denied"),
                   Problem(str(jl), "cannot read: permission denied"),
                   Problem(str(d), "cannot list folder: permission denied")]


def test_jsonl_streams_line_by_line(tmp_path):
    p = write(tmp_path / "flux.jsonl", "\n".join(
        json.dumps({"id": f"r{i}", "text": FR1}, ensure_ascii=False) for i in range(3)))
    it = read_articles([p])
    assert next(it).id == "r0"
    assert [a.id for a in it] == ["r1", "r2"]
