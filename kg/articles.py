"""Every input format -> :class:`~kg.records.Article` records; bad input -> :class:`~kg.records.Problem`.

Formats: ``.txt`` / ``.md`` (with an optional header), ``.html`` / ``.htm`` (main text
extracted with trafilatura), ``.jsonl`` (one record a line), ``.json`` (one record or a
list of records) and ``-`` (standard input: one text article, or JSONL).

Nothing here raises on bad input: each bad file, line or record becomes one
``Problem(source, reason)`` and the run goes on (the CLI decides whether ``--strict``
makes problems fatal). The parsers (``parse_text``, ``parse_html``, ``parse_record``)
are pure; only ``iter_sources`` and ``read_articles`` touch the file system, and
``read_articles`` streams: one article at a time, JSONL line by line.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator, Sequence, TextIO

from kg.records import Article, Problem

SUPPORTED = (".txt", ".md", ".html", ".htm", ".jsonl", ".json")

#: Below this many words a text is too short for language identification to be trusted.
MIN_WORDS_FOR_LANGID = 20

# Header keys recognised in ``key: value`` headers and YAML front matter, and what they map to.
_HEADER_KEYS = {
    "title": "title", "titre": "title",
    "date": "date", "published": "date", "publié": "date", "publie": "date",
    "url": "url", "link": "url", "lien": "url",
    "source": "source",
    "id": "id",
    "lang": "lang", "langue": "lang", "language": "lang",
    "auteur": "author", "author": "author",
}

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    # abbreviations and English names, seen in scraped metadata
    "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12, "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}


# --------------------------------------------------------------------------- helpers

def safe_id(text: str) -> str:
    """An id safe inside an IRI: ASCII letters, digits and ``-_.`` only (others slugified)."""
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", s)
    s = re.sub(r"-{2,}", "-", s).strip("-.")
    return s or "article"


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.lower()


def normalize_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` for a date we can read, else ``None`` (an unknown date is not a failure).

    Accepts ``date``/``datetime`` objects (YAML gives those), ISO dates and datetimes
    (``2026-01-22``, ``2026-01-22T10:30:00Z``), ``22/01/2026`` (also ``-`` or ``.``), and
    French written dates (``22 janvier 2026``, ``1er février 2026``, ``mercredi 22 janvier 2026``).
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])", s)
    if m:
        return _mkdate(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"^(\d{4})/(\d{1,2})/(\d{1,2})$", s)
    if m:
        return _mkdate(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|\s)", s)
    if m:  # French order: day/month/year
        return _mkdate(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r"\b(\d{1,2})(?:er)?\s+([A-Za-zÀ-ÿ]+)\.?,?\s+(\d{4})\b", s)
    if m:
        month = _MONTHS.get(_fold(m[2]))
        if month:
            return _mkdate(int(m[3]), month, int(m[1]))
    m = re.search(r"\b([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b", s)  # "January 22, 2026"
    if m:
        month = _MONTHS.get(_fold(m[1]))
        if month:
            return _mkdate(int(m[3]), month, int(m[2]))
    return None


def _mkdate(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_LANGID = None


def detect_lang(text: str) -> str:
    """The language py3langid finds in ``text`` (ISO 639-1 code)."""
    global _LANGID
    if _LANGID is None:
        import py3langid
        _LANGID = py3langid
    return _LANGID.classify(text[:3000])[0]   # the opening paragraphs tell the language


def is_french(text: str) -> bool:
    """True when ``text`` is French; texts under ~20 words get the benefit of the doubt."""
    if len(text.split()) < MIN_WORDS_FOR_LANGID:
        return True
    return detect_lang(text) == "fr"


def _lang_problem(text: str, declared: Any, source: str, detect: bool = True) -> Problem | None:
    """A Problem when the article is declared or (``detect``) detected as not French, else None."""
    if isinstance(declared, str) and declared.strip():
        d = declared.strip().lower().replace("_", "-")
        if not (d == "fr" or d.startswith("fr-") or d in ("fra", "fre", "french", "français", "francais")):
            return Problem(source, f"not French (declared: {declared.strip()})")
    return _detected_problem(text, source) if detect else None


def _detected_problem(text: str, source: str) -> Problem | None:
    if len(text.split()) >= MIN_WORDS_FOR_LANGID:
        lang = detect_lang(text)
        if lang != "fr":
            return Problem(source, f"not French (detected: {lang})")
    return None


def language_problem(article: Article) -> Problem | None:
    """A Problem when ``article``'s text is detected as not French, else None: the check that
    ``read_articles(..., detect_language=False)`` leaves to its caller (``kg build`` runs it only
    on articles it has not extracted before: about 1 ms an article)."""
    return _detected_problem(article.text, article.source)


def _str_or_none(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, (str, int, float)) and not isinstance(v, bool):
        s = str(v).strip()
        return s or None
    return None


def _looks_like_url(s: str | None) -> bool:
    return bool(s) and re.match(r"^[a-z][a-z0-9+.-]*://\S+$", s, re.I) is not None


# --------------------------------------------------------------------------- text / markdown

_YAML_FM = re.compile(r"\A[ \t\r\n]*---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$", re.S | re.M)
_KEY_LINE = re.compile(r"^[ \t]*([A-Za-zéÉ_]+)[ \t]*:[ \t]*(.*?)[ \t]*$")
_INLINE_DATE = re.compile(
    r"\A\s*date\s*[:=]?\s*("
    r"\d{4}-\d{1,2}-\d{1,2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}/\d{1,2}/\d{4}"
    r")(?=\s|$)", re.I)
_MD_TITLE = re.compile(r"\A[ \t]*#[ \t]+(.+?)[ \t#]*(?:\r?\n|\Z)")
# Markdown's inline markup, dropped from a .md body so that the text reads as prose (« **Nom**,
# ex-OpenAI » is « Nom, ex-OpenAI »): links and images keep their text, emphasis and code their
# content. Block markup (headings, list bullets) stays: it ends sentences.
_MD_INLINE = [
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),                  # [text](url), ![alt](src)
    (re.compile(r"`([^`\n]+)`"), r"\1"),                                   # `code`
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),                  # **bold**, __bold__
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),   # *italics*
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"), r"\1"),      # _italics_
]


def markdown_inline_to_text(body: str) -> str:
    """``body`` without Markdown's inline markup (see ``_MD_INLINE``)."""
    for rx, repl in _MD_INLINE:
        body = rx.sub(repl, body)
    return body


_MD_BOLD = _MD_INLINE[2][0]
# a blockquote's markers (« > », « > > ») at the start of a line: dropped like inline markup, so
# that a quoted line reads as the prose it quotes (« > — Nom, directrice de X »)
_MD_QUOTE = re.compile(r"^(?:[ \t]{0,3}>[ \t]?)+", re.M)
_NAME_LIKE = re.compile(r"[A-ZÀ-Ý0-9][^\n]{0,60}")
# a bold lead-in whose name comes first, before a dash, a colon or a bracket: its name
# (« **Crachin — 14 M€ (série A, prévision météo).** », « **Orvalis (Lyon) : 5 M€** »)
_BOLD_LEAD = re.compile(r"([A-ZÀ-Ý0-9][\w'’&.+-]*(?:[ \t]+(?:[A-ZÀ-Ý0-9][\w'’&.+-]*|de|du|des|d['’]\w+)){0,3})"
                        r"[ \t]*(?:[—–:(]|-[ \t])[ \t]*\S")     # (not a label « **N. P. :** »)
# a bold headline that is a sentence opening on its subject's name (« **Rayonia s'allie à Giphar.** »,
# « **Kalvéo, 6 millions pour ses automates.** »): the capitalised words before a comma or a
# lower-case word. Extraction drops the hint when that is a plain French word (« **Deux rachats** »).
_BOLD_SUBJECT = re.compile(r"([A-ZÀ-Ý][\w'’&.+-]*(?:[ \t]+[A-ZÀ-Ý0-9][\w'’&.+-]*){0,3})(?=,[ \t]|[ \t]+[a-zà-ÿ])")


def markdown_bold_names(body: str, text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Where in ``text`` (``body`` without its markup, see ``markdown_inline_to_text``) the bold
    spans of ``body`` that look like names are (« **Lustrine** a publié **Cisèle-2** »): each
    bold content starting with a capital or a digit, of at most 60 characters, found in
    ``text`` in order; and, apart, the capitalised words a bold headline sentence opens on
    (« **Rayonia s'allie à Giphar.** »), which may be a plain word (« **Deux rachats.** »)."""
    out, leads, pos = [], [], 0
    for m in _MD_BOLD.finditer(body):
        inner = markdown_inline_to_text(m.group(2))
        k = text.find(inner, pos)
        if k < 0:
            continue
        pos = k + len(inner)
        if _NAME_LIKE.fullmatch(inner) and not inner.rstrip().endswith(("?", ".", ":")):
            out.append((k, k + len(inner)))
        elif lead := _BOLD_LEAD.match(inner):
            out.append((k, k + len(lead.group(1))))
        elif not inner.rstrip().endswith("?") and (lead := _BOLD_SUBJECT.match(inner)):
            leads.append((k, k + len(lead.group(1))))   # (not a question's « **Qui finance X ?** »)
    return tuple(out), tuple(leads)


def _plain_key_lines(block: str) -> dict | None:
    """A front matter block read as ``key: value`` lines (split at the first colon), or None
    when a line is not of that form."""
    data = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        km = _KEY_LINE.match(line)
        if not km:
            return None
        data[km.group(1)] = km.group(2).strip().strip('"\'')
    return data


def _split_header(raw: str) -> tuple[dict, str] | Problem:
    """``(header fields, rest of the text)``; header fields use the canonical keys."""
    m = _YAML_FM.match(raw)
    if m:
        import yaml
        try:
            data = yaml.safe_load(m.group(1)) if m.group(1).strip() else {}
        except yaml.YAMLError as e:
            # « title: Vocalia : le cofondateur passe la main »: a colon in a value is not YAML,
            # but each line is still plainly « key: value »
            data = _plain_key_lines(m.group(1)) if "mapping values" in str(e) else None
            if data is None:
                mark = getattr(e, "problem_mark", None)
                where = f" at line {mark.line + 1}" if mark is not None else ""
                return Problem("", f"invalid YAML front matter{where}")
        if data is None:
            data = {}
        if not isinstance(data, dict):
            return Problem("", "invalid YAML front matter (not a mapping of keys to values)")
        fields = {}
        for k, v in data.items():
            key = _HEADER_KEYS.get(_fold(str(k)).strip()) or _HEADER_KEYS.get(str(k).strip().lower())
            if key:
                fields[key] = v
        return fields, raw[m.end():]

    # Leading "key: value" lines: only known keys, only at the very top, ended by a blank line.
    lines = raw.splitlines(keepends=True)
    fields: dict = {}
    i = 0
    while i < len(lines) and not lines[i].strip() and i < 1:
        i += 1  # tolerate one leading empty line
    start = i
    while i < len(lines) and lines[i].strip():
        km = _KEY_LINE.match(lines[i].rstrip("\r\n"))
        key = _HEADER_KEYS.get(km.group(1).lower()) if km else None
        if not key:
            break
        fields[key] = km.group(2)
        i += 1
    else:
        if i > start and (i == len(lines) or not lines[i].strip()):
            return fields, "".join(lines[i:])
    # Not a header block (a non-key line came before any blank line).

    m = _INLINE_DATE.match(raw)
    if m:
        return {"date": m.group(1)}, raw[m.end():]
    return {}, raw


def _unusable(raw: str, source: str, kind: str) -> Problem | None:
    """Why a decoded file cannot be an article at all (binary, empty), or None."""
    if "\x00" in raw:
        return Problem(source, f"binary content (NUL bytes), not {kind}")
    if not raw.strip():
        return Problem(source, "empty (no text)")
    return None


def parse_text(raw: str, source: str, default_id: str, *, markdown: bool | None = None,
               detect: bool = True) -> Article | Problem:
    """A ``.txt``/``.md`` article: optional header (YAML front matter, ``key: value`` lines,
    or the inline ``date 2026-01-22`` prefix), then the body, kept verbatim (only the
    header and the surrounding whitespace are removed, so offsets stay meaningful; Markdown's
    inline markup goes too, see ``markdown_inline_to_text``).

    ``markdown`` (default: guessed from ``source`` ending in ``.md``) lets a first
    ``# Title`` line become the title when the header gives none; that line then leaves the body.
    """
    raw = raw.removeprefix("\ufeff")
    if (bad := _unusable(raw, source, "a text article")) is not None:
        return bad
    split = _split_header(raw)
    if isinstance(split, Problem):
        return Problem(source, split.reason)
    fields, body = split
    if markdown is None:
        markdown = source.lower().endswith(".md")
    title = _str_or_none(fields.get("title"))
    if markdown and not title:
        stripped = body.lstrip()
        m = _MD_TITLE.match(stripped)
        if m:
            title = m.group(1).strip()
            body = stripped[m.end():]
    names: tuple[tuple[int, int], ...] = ()
    leads: tuple[tuple[int, int], ...] = ()
    if markdown:
        marked = _MD_QUOTE.sub("", body.strip())
        body = markdown_inline_to_text(marked).strip()
        names, leads = markdown_bold_names(marked, body)
    body = body.strip()
    if not body:
        return Problem(source, "empty (only a header, no text)")
    url = _str_or_none(fields.get("url"))
    src = _str_or_none(fields.get("source"))
    if not url and _looks_like_url(src):
        url = src
    prob = _lang_problem(body, fields.get("lang"), source, detect)
    if prob:
        return prob
    ident = _str_or_none(fields.get("id"))
    return Article(id=safe_id(ident or default_id), text=body, source=source, title=title,
                   date=normalize_date(fields.get("date")), url=url, lang="fr", names=names, leads=leads)


# --------------------------------------------------------------------------- html

# Page chrome dropped before extraction: without it trafilatura's fallbacks may return the
# navigation links of a page that has no article text at all.
_PRUNE = ["//nav", "//footer", "//aside", "//body/header", "//script", "//style", "//form"]


def parse_html(raw: str, source: str, default_id: str, *, detect: bool = True) -> Article | Problem:
    """An HTML page: its main text (navigation, footers and other boilerplate dropped by
    trafilatura), with title, date and URL from the page's metadata when present."""
    raw = raw.removeprefix("\ufeff")
    if (bad := _unusable(raw, source, "an HTML page")) is not None:
        return bad
    try:
        import trafilatura
    except ImportError as e:  # pragma: no cover - environment problem, not input problem
        return Problem(source, f"cannot read HTML: trafilatura unavailable ({e})")
    raw = _quote_footers_as_text(raw)
    doc = None
    for kwargs in ({}, {"favor_recall": True}):
        try:
            doc = trafilatura.bare_extraction(
                raw, with_metadata=True, include_comments=False, include_tables=True,
                include_images=False, include_links=False, prune_xpath=_PRUNE, **kwargs)
        except Exception:  # noqa: BLE001 - trafilatura/lxml can fail on odd markup
            doc = None
        if doc is not None and (_doc_get(doc, "text") or "").strip():
            break
    text = (_doc_get(doc, "text") or "").strip() if doc is not None else ""
    if not text:
        return Problem(source, "no extractable text in HTML page")
    text = _without_kicker(text, _str_or_none(_doc_get(doc, "title")))
    boxes = [b for b in _text_boxes(raw) if b not in text]
    if boxes:                                   # after the main text, so its offsets stay as they were
        text = "\n".join([text, *boxes])
    prob = _lang_problem(text, None, source, detect)
    if prob:
        return prob
    names, leads = _html_bold_names(raw, text, kwargs)
    return Article(id=safe_id(default_id), text=text, source=source,
                   title=_str_or_none(_doc_get(doc, "title")),
                   date=normalize_date(_doc_get(doc, "date")),
                   url=_str_or_none(_doc_get(doc, "url")), lang="fr", names=names, leads=leads)


def _without_kicker(text: str, title: str | None) -> str:
    """The page's text from its title line on: the short lines above it inside the article
    (a kicker or section label, « Salons », « Économie > Innovation », « Entretien ») name the
    page's rubric, not a company the article is about."""
    if not title:
        return text
    lines = text.split("\n", _KICKER_LINES + 1)
    for i, line in enumerate(lines[1:_KICKER_LINES + 1], start=1):
        if line.strip() == title.strip():
            if all(len(k.split()) <= _KICKER_WORDS for k in lines[:i]):
                return text.split("\n", i)[i]
            break
    return text


_KICKER_LINES = 2      # at most this many label lines above the title
_KICKER_WORDS = 6      # each of at most this many words

_HTML_BOLD = re.compile(r"<(?:strong|b)[\s>]", re.I)
_QUOTE_FOOTER = re.compile(r"(<blockquote\b(?:(?!</blockquote>).)*?)<footer\b([^>]*)>(.*?)</footer>", re.I | re.S)


def _quote_footers_as_text(raw: str) -> str:
    """A quotation's ``<footer>`` (« — Élodie Capdeville, directrice générale de Clarivo ») says who
    speaks: text of the article, not page chrome, so it becomes a paragraph before the footers
    are pruned."""
    return _QUOTE_FOOTER.sub(r"\1<p\2>\3</p>", raw) if "<blockquote" in raw.lower() else raw


_BOX_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd")


def _text_boxes(raw: str) -> list[str]:
    """The text of a page's boxes of prose (``<aside>`` outside the page's navigation, header and
    footer: « À propos d'Incunable — Fondée en 2019 par ... », « Repères »), which trafilatura
    drops with the sidebars: one line per heading, paragraph or item. A box made mostly of links
    (« À lire aussi ») or of a few words (« Newsletter ») is chrome and stays out."""
    if "<aside" not in raw.lower():
        return []
    import lxml.html
    try:
        root = lxml.html.fromstring(raw)
    except Exception:  # noqa: BLE001 - a box is extra text: a page without it is still read
        return []
    out = []
    for box in root.iter("aside"):
        if any(a.tag in ("nav", "footer", "header", "aside") for a in box.iterancestors()):
            continue
        words = len(box.text_content().split())
        linked = sum(len(a.text_content().split()) for a in box.iter("a"))
        if words < 20 or linked > 0.3 * words:
            continue
        lines = [" ".join(el.text_content().split()) for el in box.iter(*_BOX_BLOCKS)
                 if not any(c.tag in _BOX_BLOCKS for c in el.iterdescendants())]
        out.append("\n".join(line for line in lines if line))
    return [b for b in out if b]


def _html_bold_names(raw: str, text: str, kwargs: dict) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The spans of ``text`` (a page's extracted text) set in ``<strong>`` or ``<b>`` that look
    like names, and the bold headlines' opening words, as for Markdown bold
    (:func:`markdown_bold_names`): trafilatura's output with formatting kept marks them
    ``**...**``. Only pages with bold markup pay for that second pass."""
    if not _HTML_BOLD.search(raw):
        return (), ()
    import trafilatura
    try:
        doc = trafilatura.bare_extraction(
            raw, with_metadata=False, include_comments=False, include_tables=True, include_images=False,
            include_links=False, include_formatting=True, prune_xpath=_PRUNE, **kwargs)
    except Exception:  # noqa: BLE001 - the names are hints: a page without them is still read
        return (), ()
    formatted = (_doc_get(doc, "text") or "") if doc is not None else ""
    return markdown_bold_names(formatted, text) if "**" in formatted else ((), ())


def _doc_get(doc: Any, name: str) -> Any:
    if doc is None:
        return None
    if isinstance(doc, dict):
        return doc.get(name)
    return getattr(doc, name, None)


# --------------------------------------------------------------------------- json records

def parse_record(rec: dict, source: str, default_id: str, *, detect: bool = True) -> Article | Problem:
    """One JSON record: ``text`` (required), optional ``id``, ``title``, ``date``,
    ``url`` (or ``source`` when it is a URL), ``lang``."""
    if not isinstance(rec, dict):
        return Problem(source, f"record is not a JSON object (got {type(rec).__name__})")
    text = rec.get("text")
    if text is None:
        return Problem(source, "record has no 'text' field")
    if not isinstance(text, str):
        return Problem(source, f"record 'text' is not a string (got {type(text).__name__})")
    if "\x00" in text:
        return Problem(source, "record 'text' contains NUL bytes")
    text = text.strip()
    if not text:
        return Problem(source, "record has an empty 'text'")
    prob = _lang_problem(text, rec.get("lang"), source, detect)
    if prob:
        return prob
    url = _str_or_none(rec.get("url"))
    src = _str_or_none(rec.get("source"))
    if not url and _looks_like_url(src):
        url = src
    ident = _str_or_none(rec.get("id"))
    return Article(id=safe_id(ident or default_id), text=text, source=source,
                   title=_str_or_none(rec.get("title")), date=normalize_date(rec.get("date")),
                   url=url, lang="fr")


# --------------------------------------------------------------------------- sources

def _os_reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file or directory"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    return (e.strerror or str(e) or type(e).__name__).lower()


def _supported(p: Path) -> bool:
    return p.suffix.lower() in SUPPORTED


def iter_sources(paths: Sequence[str | Path]) -> Iterator[Path | str | Problem]:
    """The input files named by ``paths``, in a deterministic order.

    Folders are expanded recursively (entries sorted by name; hidden files and folders and
    files with unsupported suffixes skipped silently; symlinked folders not followed).
    ``"-"`` is yielded as is (standard input). A path that does not exist, a folder that
    cannot be listed, and an explicitly named file with an unsupported suffix are yielded
    as :class:`Problem` so the caller can report them. A file reached twice is given once.
    """
    seen: set[str] = set()

    def once(p: Path) -> bool:
        try:
            key = str(p.resolve())
        except (OSError, RuntimeError):
            key = os.path.abspath(p)
        if key in seen:
            return False
        seen.add(key)
        return True

    def walk(d: Path) -> Iterator[Path | Problem]:
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            yield Problem(str(d), f"cannot list folder: {_os_reason(e)}")
            return
        for e in entries:
            if e.name.startswith("."):
                continue
            p = d / e.name
            try:
                if e.is_dir(follow_symlinks=False):
                    yield from walk(p)
                elif e.is_file() and _supported(p) and once(p):
                    yield p
            except OSError as err:
                yield Problem(str(p), f"cannot read: {_os_reason(err)}")

    for given in paths:
        if str(given) == "-":
            yield "-"
            continue
        p = Path(given)
        try:
            if p.is_dir():
                yield from walk(p)
                continue
            if not p.exists():
                reason = "no such file or directory"
                if p.is_symlink():
                    reason = "broken symbolic link"
                yield Problem(str(given), reason)
                continue
        except OSError as e:
            yield Problem(str(given), f"cannot read: {_os_reason(e)}")
            continue
        if not _supported(p):
            suffix = p.suffix or "(none)"
            yield Problem(str(given), f"unsupported file type {suffix} (expected one of {', '.join(SUPPORTED)})")
            continue
        if once(p):
            yield p


# --------------------------------------------------------------------------- reading

def _decode(data: bytes, source: str, what: str = "file") -> str | Problem:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(source, f"not UTF-8 (looks like UTF-16); re-encode the {what} as UTF-8")
    if b"\x00" in data:
        return Problem(source, f"binary {what} (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = data[e.start:e.start + 1].hex()
        return Problem(source, f"not UTF-8 (invalid byte 0x{bad} at offset {e.start}); re-encode the {what} as UTF-8")


def _read_file(path: Path, source: str, detect: bool = True) -> Iterator[Article | Problem]:
    suffix = path.suffix.lower()
    stem = path.stem
    if suffix == ".jsonl":
        yield from _read_jsonl_file(path, source, stem, detect)
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Problem(source, f"cannot read: {_os_reason(e)}")
        return
    if not data.strip():
        yield Problem(source, "empty file")
        return
    raw = _decode(data, source)
    if isinstance(raw, Problem):
        yield raw
        return
    if suffix in (".txt", ".md"):
        yield parse_text(raw, source, stem, markdown=(suffix == ".md"), detect=detect)
    elif suffix in (".html", ".htm"):
        yield parse_html(raw, source, stem, detect=detect)
    elif suffix == ".json":
        yield from _parse_json_doc(raw, source, stem, detect)
    else:  # pragma: no cover - iter_sources filters suffixes
        yield Problem(source, f"unsupported file type {suffix}")


def _parse_json_doc(raw: str, source: str, stem: str, detect: bool = True) -> Iterator[Article | Problem]:
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as e:
        yield Problem(source, f"invalid JSON: {e.msg} (line {e.lineno}, column {e.colno})")
        return
    if isinstance(doc, dict):
        yield parse_record(doc, source, stem, detect=detect)
    elif isinstance(doc, list):
        if not doc:
            yield Problem(source, "empty JSON list (no records)")
        for n, rec in enumerate(doc, 1):
            yield parse_record(rec, f"{source}#{n}", f"{stem}-{n}", detect=detect)
    else:
        yield Problem(source, f"JSON is neither a record nor a list of records (got {type(doc).__name__})")


def _jsonl_line(line: str, n: int, source: str, stem: str, detect: bool = True) -> Article | Problem | None:
    if not line.strip():
        return None
    src = f"{source}#{n}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return Problem(src, f"invalid JSON on line {n}: {e.msg} (column {e.colno})")
    return parse_record(rec, src, f"{stem}-{n}", detect=detect)


def _read_jsonl_file(path: Path, source: str, stem: str, detect: bool = True) -> Iterator[Article | Problem]:
    try:
        f = path.open("rb")
    except OSError as e:
        yield Problem(source, f"cannot read: {_os_reason(e)}")
        return
    with f:
        any_line = False
        try:
            head = f.read(8192)
            f.seek(0)
        except OSError as e:
            yield Problem(source, f"cannot read: {_os_reason(e)}")
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
            yield _decode(head, source)  # a Problem: UTF-16 or binary
            return
        try:
            for n, bline in enumerate(f, 1):
                if n == 1 and bline.startswith(b"\xef\xbb\xbf"):
                    bline = bline[3:]
                if not bline.strip():
                    continue
                any_line = True
                line = _decode(bline, f"{source}#{n}", "line")
                if isinstance(line, Problem):
                    yield line
                    continue
                out = _jsonl_line(line, n, source, stem, detect)
                if out is not None:
                    yield out
        except OSError as e:
            yield Problem(source, f"cannot read: {_os_reason(e)}")
            return
        if not any_line:
            yield Problem(source, "empty file")


def _read_stdin(stdin: TextIO, detect: bool = True) -> Iterator[Article | Problem]:
    """Standard input: JSONL when the first non-empty line starts with ``{`` (then read line
    by line, streaming), else one text article with id ``stdin``."""
    source = "<stdin>"
    try:
        first_lines: list[str] = []
        for line in stdin:
            first_lines.append(line)
            if line.strip():
                break
    except (OSError, UnicodeDecodeError) as e:
        yield Problem(source, f"cannot read: {e}")
        return
    if not any(l.strip() for l in first_lines):
        yield Problem(source, "empty (no text)")
        return
    if first_lines[-1].lstrip().startswith("{"):
        n = len(first_lines)
        out = _jsonl_line(first_lines[-1].lstrip("\ufeff"), n, source, "stdin", detect)
        if out is not None:
            yield out
        try:
            for n, line in enumerate(stdin, n + 1):
                if "\x00" in line:
                    yield Problem(f"{source}#{n}", "binary content (NUL bytes)")
                    continue
                out = _jsonl_line(line, n, source, "stdin", detect)
                if out is not None:
                    yield out
        except (OSError, UnicodeDecodeError) as e:
            yield Problem(source, f"cannot read: {e}")
        return
    try:
        raw = "".join(first_lines) + stdin.read()
    except (OSError, UnicodeDecodeError) as e:
        yield Problem(source, f"cannot read: {e}")
        return
    yield parse_text(raw, source, "stdin", markdown=False, detect=detect)


def read_articles(paths: Sequence[str | Path], stdin: TextIO | None = None, *,
                  detect_language: bool = True) -> Iterator[Article | Problem]:
    """Every article (or problem) of ``paths``, streamed in order, with ids unique in the run.

    ``detect_language=False`` skips the detection of the text's language (a declared language
    is still checked): the caller runs :func:`language_problem` on the articles it needs.

    When two sources give the same id, the later ones get ``-2``, ``-3``... (deterministic
    for a given input order).
    """
    used: set[str] = set()
    for src in iter_sources(paths):
        if isinstance(src, Problem):
            yield src
            continue
        if src == "-":
            items = _read_stdin(stdin if stdin is not None else sys.stdin, detect_language)
        else:
            items = _read_file(src, str(src), detect_language)
        for item in items:
            if isinstance(item, Article):
                item = _unique(item, used)
            yield item


def _unique(a: Article, used: set[str]) -> Article:
    ident = a.id
    if ident in used:
        k = 2
        while f"{a.id}-{k}" in used:
            k += 1
        ident = f"{a.id}-{k}"
    used.add(ident)
    return a if ident == a.id else replace(a, id=ident)
