"""Extraction, the map step: one article -> mentions and relation candidates.

spaCy's French pipeline plus the project's own layer:

* sentence starts at line breaks (headings and bullets are sentences);
* an entity ruler fed by the lexicon (``ontology/lexicon.jsonl``), one ``id``
  per entry so that aliases land on one entity;
* context typing from cue words (``ontology/rules/cues.yaml``): codenames after
  « baptisé » / « connue sous le nom de », names after a type noun
  (« la start-up X », « son événement X », « le programme « X » »);
* anaphora: « la firme », « l'entreprise », « cette équipe »;
* relations from the text between two mentions (appositions, « X, PDG de Y »,
  passives) and from verb and noun cues with the dependency parse, with lists
  (« OpenAI, Google et Anthropic ») expanded;
* modality: reported (« selon X », the journalistic conditional) with its
  source, hedged (« pourrait investir », « envisage de »), else asserted.

Only plain records (``kg.records``) leave this module: no spaCy object does.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import metadata

import yaml

from . import components
from .components import (memoize_tokenizer, shared_charsets, split_ex_prefix, split_final_period,
                         use_fast_attribute_ruler)
from .gctune import few_collections
from .lexicon import Lexicon, load_lexicon
from .records import SIGNATURES, TYPES, Article, ArticleResult, Mention, Relation
from .resources import read_text
from .settings import Settings
from .text import EDITION_YEAR, fold, without_edition

EXTRACTOR_VERSION = "1"
NER_MAP = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "MISC": None}
_DURATION = {"an", "ans", "mois", "année", "années", "semaines", "décennie", "décennies", "pendant", "durant", "depuis"}
_RAISES_AUX = r"(?:a|avait|vient|venait)\s+(?:(?:par\s+ailleurs|aussi|également|déjà|récemment)\s+)?(?:de\s+)?"
_RAISED_AFTER = re.compile(r"\s+" + _RAISES_AUX)                # « X a déjà levé », « X vient de lever »
_RAISES_AFTER = re.compile(r"\s+(?:" + _RAISES_AUX + r")?")      # the same, or « X lève »
_AMONG_WORDS = r"parmi\s+lesquel(?:le)?s|dont|notamment"   # « ..., parmi lesquels A, B »
_AMONG_LIST = re.compile(r",\s*(?:" + _AMONG_WORDS + r")\s+(?:[A-ZÀ-Ý][\w\-’' ]{0,30}?\s*(?:,|\bet)\s*)*$")
_PLURAL_NOUN = re.compile(r"(?:\b(?:des|les|ces|ses|leurs|plusieurs|quelques|nombreuses|nombreux)|\d+)\s+"
                          r"([a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?)")   # « des dix start-up », « 120 clients »
# a verb's complement that is a common noun phrase up to a comma: in, on a thing (« investi dans l'IA
# générative, »), or a demonstrative's thing, said before (« qui succède à ce premier prototype, »)
_FILLED_COMPLEMENT = re.compile(r"\s+(?:(?:dans|en|sur)\s+(?:l['’]|la\s|le\s|les\s|des\s|du\s)|(?:ce|cet|cette|ces)\s+"
                                r"(?P<dem>[\w\-]+))[^,;.«»]*[,;]")   # (the demonstrative's noun: a time is none, see
                                                                    # _cue_relations)
_SEMICOLON_ITEM = re.compile(r";\s*(?:et\s+)?[*_]{0,2}$")
_SEAT_WHERE = re.compile(r"\s*,\s*où\s+(?:il|elle|la\s+société|l['’]entreprise|le\s+groupe|la\s+start-up)\s+"
                         r"(?:a|avait|a\s+installé|a\s+établi)\s+(?:son|sa)\s+siège")   # « à Bordeaux, où elle a son siège »
_INDENTED_AVEC = re.compile(r"\n[ \t]+Avec\s+")
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAYS = frozenset((*_DAYS, "week-end"))   # « ce lundi », « ce week-end »
_DAY_NUMBER = re.compile(r"(?:" + "|".join(_DAYS) + r")\s+\d{1,2}", re.I)   # « Vendredi 5 »
_CREATED_UNIT = re.compile(r"\s*,\s*(?:un|une)\s+(?:(?:nouveau|nouvelle|petit|petite)\s+)?(?:laboratoire|labo|équipe|"
                           r"division|unité|pôle|cellule|département|centre de recherche)\b(?!\s+(?:commune?|mixte|conjointe?)\b)")
_ROUND_OF = re.compile(r"(?:\s+de\s+table)?\s+(?:de|d['’])\s*(?:la\s+|l['’]|le\s+)?")   # « l'amorçage de X »
_FRONTED_TOPIC = re.compile(r"\s*(?:Côté|Du côté d['’]|Du côté de|Du côté du|Chez)\s*(?:la\s+|l['’]|le\s+)?")   # « Côté X, »
_VERSION = r"(?!(?:19|20)\d\d\b)\d{1,3}(?:\.\d+)?\b"   # a model's version number, no year (« 3 », « 2.5 »)
# « Ysora » ... « Ysora Voice 3 »: up to two capitalised words and a version number after a name (no
# year, no count: « Ysora 2026 », « Ysora 15 fois »)
_VERSION_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w\-]*){0,2}[ \t]+" + _VERSION +
                            r"(?![ \t]*(?:%|€|\$|fois|millions?|milliards?|ans|mois|jours|heures|personnes|salariés|"
                            r"employés|euros|dollars|clients|pays|[a-zà-ÿ]+s\b))")
_JUST_VERSION = re.compile(r"[ \t]+" + _VERSION)   # « Cumulo| 2 »
_CAPITAL_AFTER = re.compile(r" ([A-ZÀ-Ý][a-zà-ÿ]+)(?![\w\-’'])")   # « Pilote| Paie »
LIST_GAP = re.compile(r"^\s*(?:,|et|ou|&|,\s*et|,\s*ou|ou encore|,\s*ou encore|ainsi que|,\s*ainsi que|voire|,\s*voire|ou même"
                      r"|,?\s*puis(?:\s+(?:par|chez))?"   # « passée par Capgemini puis par Sodexo »
                      r"|(?:,\s*)?(?:et|ou)\s+(?:le|la|les|l['’])(?:\s*(?:[a-zà-ÿ][a-zà-ÿ\-]+|[A-Z]{2,4})(?:\s+[a-zà-ÿ][a-zà-ÿ\-]+)?)?"   # « par l'EPFL et l'ETH
                                                                            # Zurich », « ou l'américain Sierra »
                      r"|(?:,\s*)?(?:et|ou|ainsi que)\s+(?:de|du|des|d['’]|à|au|aux|avec|par|chez)"
                      r"(?:\s*(?:la\s+|l['’])?[a-zà-ÿ][a-zà-ÿ\-]+){0,2}"   # « et du fonds (alpin) X », « et de la banque X »
                      r"|,\s*(?:de|du|des|d['’]|auprès\s+(?:de|du|des|d['’]))"   # « auprès d'A, de B et d'C »,
                      r"(?:\s*(?:la\s+|l['’])?[a-zà-ÿ][a-zà-ÿ\-]+){0,2})\s*$")   # « ..., du fonds britannique X »
# « A, ophtalmologiste, qui la préside, et B »: a bare job between a name and its next aside
_JOB_ASIDE = r"(?:\s*,\s*[a-zà-ÿ][\w\-]*(?:\s+[a-zà-ÿ][\w\-]*)?(?=\s*,))?"
# « Datavana, une start-up grenobloise spécialisée dans ..., et Kaleva AI »: a list across an apposition
# (« ..., et l'allemand Aleph Alpha », « ..., son actuel PDG, et par sa sœur X », « auprès de A, qui menait le
# tour, et de B »; the preposition repeated without « et »: « auprès de A, un fonds lillois, de B et de C »;
# a bare job first: « A, ophtalmologiste, qui la préside, et B »)
_APPOSED_LIST = re.compile(r"^" + _JOB_ASIDE +
                           r"\s*,\s*(?:un|une|le|la|l['’]|son|sa|qui\s)\s*[^,;:.()«»]{0,110},\s*(?:(?:et|ou|ainsi qu['’]|ainsi que)\s*"
                           r"(?:de\s+|d['’]\s*|à\s+|par\s+)?|(?:de|du|des|auprès\s+de|auprès\s+du|auprès\s+des)\s+|d['’]\s*)"
                           r"(?:(?:le|la|l['’]|son|sa)\s*(?![A-Z])[^\W\d_]+\s+)?$")
_OPEN_APPOSITION = re.compile(r"\s*,\s*([a-zà-ÿ])[^,;:.()«»]*$")    # « A, fondateur de la fintech » (then a name)
_ROLE_APPOSED_LIST = re.compile(r"\s*,\s*[a-zà-ÿ][^,;:.()«»]{0,110},\s*(?:et|ou)\s+(?:(?:par|de|d['’]|à|avec|chez)\s*)?$")
                                        # « A, fondateur de C, et B », « par A, jusqu'ici directrice de C, et par B »
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:qui|dont)\s[^,;.:«»()]{3,120},(?=\s)")   # « X, qui ..., » (then X's verb)
_EVENT_TAIL = re.compile(r"\s+(?:de\s+l['’](?:IA|intelligence artificielle)|du numérique|de la tech)\b")   # an event name's end
_MAX_GAP = 140             # the longest gap any gap rule reads (a rule may allow more than the default 90 with max_gap)
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:et|ou|ainsi que)\b")   # « , et », « ou » after a name: the list goes on
_COUNT_WORDS = frozenset("deux trois quatre cinq six sept huit neuf dix plusieurs".split())
_CLITICS_AUX = frozenset("s' se l' la le les y en a ont avait avaient va vont vient viennent de d' aussi également "
                          "déjà désormais".split())
_PREVERBAL = frozenset("s' se y en l' lui leur".split())   # clitic pronouns between a subject and its verb
_RECIPROCAL = frozenset(["s'allier", "s'associer", "s'unir", "coopérer", "collaborer", "faire équipe"])   # « A et B s'allient »
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,7}")
_YEAR = re.compile(r"(?:19|20)\d\d")     # « cofonde en 2016 Orfèvre »: a year before a name is no part of it
_MONTHS = r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
_DATE_NAME = re.compile(r"(?:\d{1,2}(?:er)?\s+)?(?:" + _MONTHS + r")(?:\s+\d{4})?", re.I)   # « Février 2025 »: no name
_ORDINAL_FRONT = re.compile(r"\s*(?:La|Le|L['’])\s*(?:première|premier|seconde|second|deuxième|troisième|quatrième|"
                            r"dernière|dernier|autre|plus\s+\w+)\s*,\s*")
HEADING_MAX_TOKENS = 14


# --------------------------------------------------------------------------- resources


def demonym_forms(word: str) -> tuple[str, ...]:
    """The four forms of a city's adjective from its masculine singular: « toulousain »,
    « toulousaine », « toulousains », « toulousaines »; « parisien » → « parisienne »,
    « tourangeau » → « tourangelle », « berruyer » → « berruyère », « madrilène » unchanged."""
    if word.endswith("eau"):
        fem, plur = word[:-3] + "elle", word + "x"
    else:
        fem = (word + "ne" if word.endswith("en") else word[:-2] + "ère" if word.endswith("er")
               else word if word.endswith("e") else word + "e")
        plur = word if word.endswith(("s", "x")) else word + "s"
    return tuple(dict.fromkeys((word, fem, plur, fem + "s" if not fem.endswith("s") else fem)))

@dataclass
class Cues:
    """The cue lexicon (``ontology/rules/cues.yaml``), compiled."""

    raw: dict
    type_nouns: dict[str, str] = field(default_factory=dict)         # folded noun phrase -> type
    naming: list[str] = field(default_factory=list)                  # folded naming cues, longest first
    naming_last_words: frozenset = frozenset()   # their last words as written (« nommé », not « nomme »)
    naming_words: frozenset = frozenset()                             # the one-word ones
    type_noun_modifiers: set[str] = field(default_factory=set)       # folded: « phare », « grand public »
    field_type_nouns: set[str] = field(default_factory=set)          # folded: « ia », « intelligence artificielle »
    adjective_endings: tuple[str, ...] = ()                             # folded: « -el », « -ique » (« conversationnel »)
    masculine_org_nouns: set[str] = field(default_factory=set)       # folded: « spécialiste » (« une spécialiste »: a woman)
    owned_units: set[str] = field(default_factory=set)               # folded: « laboratoire » (« son laboratoire X »: a team)
    fact_box: dict[str, dict] = field(default_factory=dict)          # folded key (« siege ») -> its rule
    table_maker_keys: frozenset = frozenset()   # folded table headers naming a row's maker (« éditeur »)
    table_person_keys: frozenset = frozenset()  # folded first-column headers of a table of people (« qui »)
    table_role_keys: frozenset = frozenset()    # folded table headers of a person's post (« poste »)
    investor_unit_rx: re.Pattern | None = None   # « (la branche) de capital-risque »: a unit that invests
    type_nouns_before_de: dict[str, str] = field(default_factory=dict)  # folded: « édition » (d'X) -> Event
    not_entities: set[str] = field(default_factory=set)
    not_first_words: set[str] = field(default_factory=set)
    versioned_non_models: frozenset = frozenset()   # « Covid-19 », « Ariane-6 »: no model (folded)
    org_anaphora: list[str] = field(default_factory=list)
    team_anaphora: list[str] = field(default_factory=list)
    model_anaphora: list[str] = field(default_factory=list)
    product_anaphora: list[str] = field(default_factory=list)
    event_anaphora: list[str] = field(default_factory=list)
    person_anaphora: list[str] = field(default_factory=list)
    plural_starts: tuple[str, ...] = ()           # « ces modèles », « tous deux »: every such entity
    newest_markers: set[str] = field(default_factory=set)             # « la nouvelle structure »: the latest
    attendance_rx: re.Pattern | None = None
    takes_head_rx: re.Pattern | None = None   # « X en prend la tête »
    fronted_rivalry_rx: re.Pattern | None = None   # « Face à A et à B, X ... »
    holds_head_rx: re.Pattern | None = None        # « X, qui en est le PDG »
    attendance_among_rx: re.Pattern | None = None   # « Parmi les intervenants figuraient A, B ... »
    attendance_among_after_rx: re.Pattern | None = None   # « A et B figuraient parmi les exposants »
    attendance_members_rx: re.Pattern | None = None  # « 150 entreprises ont participé ..., parmi lesquelles A, B »
    prize_line_rx: re.Pattern | None = None         # « Grand prix : X, pour Y »: the winner
    prize_for_rx: re.Pattern | None = None          # ... and what it won for (after the winner)
    org_whose_rx: re.Pattern | None = None   # « X, dont les robots ... »: see _whose_type
    org_name_heads: set[str] = field(default_factory=set)   # folded: « banque » (« Banque Varenne » = « Varenne »)
    attendance_inline_rx: re.Pattern | None = None
    attendance_y_rx: re.Pattern | None = None      # « X y présentera »: see _y_attendance
    event_report_verbs: frozenset = frozenset()                       # see _event_report
    event_report_agents_rx: re.Pattern | None = None                  # « Animée par X », « jury présidé par X »
    event_report_stage_rx: re.Pattern | None = None                   # « sur scène », « sur le stand »
    event_report_list_rx: re.Pattern | None = None                    # « Avec : » opening a list of speakers
    role_words: dict[str, str] = field(default_factory=dict)         # folded role -> predicate
    bare_lead_words: set[str] = field(default_factory=set)           # lead words that need no qualifier
    deputy_qualifiers: set[str] = field(default_factory=set)         # folded: « délégué » (a deputy's role)
    roles_regex: str = ""
    whose_role_rx: re.Pattern | None = None   # « X, la start-up ..., dont elle deviendra directrice générale »
    verb_cues: dict[str, list[str]] = field(default_factory=dict)    # lemma or phrase -> predicates
    noun_cues: dict[str, list[str]] = field(default_factory=dict)
    etre_verbs: frozenset = frozenset()            # verbs whose compound past takes « être »
    appointing_verbs: frozenset = frozenset()      # « À sa tête, le gouvernement a nommé X »
    founding_verbs: frozenset = frozenset()        # « pour cofonder Quillon »: what follows is a company
    joining_verbs: frozenset = frozenset()         # « a rejoint Hyvolen »: the name joined is a company's
    city_institution_rx: re.Pattern = re.compile(r"(?!)")   # « La Rochelle | Université »: after a city, see _city_institutions
    org_demonyms: frozenset = frozenset()          # « le français H Company »: a company's name follows
    place_demonyms: dict = field(default_factory=dict)   # « toulousaine » -> Toulouse (every form)
    demonym_org_nouns: frozenset = frozenset()     # nouns such an adjective makes an organisation's
    institution_rx: re.Pattern | None = None       # « l'université de Strasbourg », « le CHU de Rennes »
    institution_heads: frozenset = frozenset()     # their folded one-word heads (« eurometropole »)
    body_heads: frozenset = frozenset()            # « Conseil national des barreaux »: a professional body's first word
    institution_multi_heads: tuple = ()            # and their folded heads of several words (« centre hospitalier »)
    name_head_anaphora: frozenset = frozenset()    # folded nouns of « le laboratoire » for « le Laboratoire X »
    opened_by_rx: re.Pattern | None = None         # « ... que la firme a ouvert » (opening_participles; see _owned)
    public_body_names: frozenset = frozenset()     # folded names of public bodies (« CNIL »)
    second_role_rx: re.Pattern | None = None       # « ... et membre d' » after a role's organisation
    cue_asides: tuple = ()                         # word tuples that may stand inside a cue (« quant à lui »)
    mistagged_verb_forms: frozenset = frozenset()   # « entre »: verbs the tagger may take for another word
    kin_link_rx: re.Pattern = re.compile(r"(?!)")  # « A et sa sœur B »: a list's link through a kin noun
    cue_asides_compact: tuple = ()                 # the same without spaces or apostrophes (« dicialautomne »), see _aside_at
    function_posts: dict[str, str] = field(default_factory=dict)   # « direction generale » -> leads
    post_given_rx: re.Pattern | None = None        # « La présidence est confiée à »
    post_taken_rx: re.Pattern | None = None        # « prend la direction scientifique. »
    post_elided_rx: re.Pattern | None = None       # « (A prend la présidence,) B la direction technique »
    cue_undone_by: dict[tuple[str, str], dict] = field(default_factory=dict)   # (predicate, lemma) -> checks
    cue_blockers: dict[str, frozenset] = field(default_factory=dict)   # cue phrase -> next words that undo it
    cue_blockers_before: dict[str, frozenset] = field(default_factory=dict)   # cue noun -> nouns « N de » it describes
    cue_blockers_previous: dict[str, frozenset] = field(default_factory=dict)   # cue -> words right before that undo it
    structure_after_rx: re.Pattern | None = None   # « organiser X autour de deux équipes »: a structure, no event
    time_nouns: frozenset = frozenset()            # « depuis l'automne 2023 »: no antecedent (folded)
    employer_agent_verbs: frozenset = frozenset()  # « recruté par X »: X hires (lemmas)
    fund_name_words: frozenset = frozenset()       # last words of a fund's name (« X Capital »), as written
    gender_words: dict[str, str] = field(default_factory=dict)   # folded word -> "f" | "m"
    event_name_starts: frozenset = frozenset()     # folded first words of events' names
    event_name_words: frozenset = frozenset()      # words of events' names after the first (« Summit »)
    round_participation_rx: re.Pattern | None = None
    round_participation_before_rx: re.Pattern | None = None   # « auquel | Bpifrance | a participé »
    round_participation_after_rx: re.Pattern | None = None
    role_of_it_rx: re.Pattern | None = None
    denied_rx: dict[str, re.Pattern] = field(default_factory=dict)  # predicate -> « sans le racheter »
    gap_rules: list[dict] = field(default_factory=list)
    _gap_index: dict = field(default_factory=dict, repr=False)       # (left types, right types) -> rules
    _one_word: dict = field(default_factory=dict, repr=False)        # predicate -> its one-word verbs
    anaphora_rx: dict[str, re.Pattern] = field(default_factory=dict)  # type -> its anaphora, one regex
    trade_anaphora_rx: re.Pattern | None = None   # « le torréfacteur marseillais »: a trade and a city's adjective
    house_nouns: frozenset = frozenset()         # « la maison bisontine »: read as a trade's noun
    venue_nouns: frozenset = frozenset()         # folded: « centre » (« au centre de congrès X »: a venue)
    rx: dict[str, re.Pattern] = field(default_factory=dict)           # "hedged.patterns" ... compiled
    by_first: dict[str, list[tuple]] = field(default_factory=dict)    # first word -> (words, prep, preds, kind, phrase)
    verb_stems: dict[str, list[tuple]] = field(default_factory=dict)  # stem of a one-word verb cue -> entries
    passive: dict[str, str] = field(default_factory=dict)            # participle stem -> predicate
    _passive_of: dict[str, str | None] = field(default_factory=dict, repr=False)   # word -> passive_predicate
    description_rx: re.Pattern | None = None   # « L'ancienne patronne de X, ... » at a sentence start
    bare_role_rx: re.Pattern | None = None     # « X, directrice technique, ... »: a role with no organisation
    founder_nouns: frozenset = frozenset()     # folded one-word founding nouns (« cofondatrice »)
    former_role_opener_rx: re.Pattern | None = None   # « Ex-directeur commercial de » opening a sentence
    role_opener_rx: re.Pattern | None = None   # « Directeur technique de Jumelia, » opening a sentence
    role_of_rx: re.Pattern | None = None       # « directrice du développement de » right before a name
    become_rx: re.Pattern | None = None        # « pour devenir directrice scientifique de » after a left one
    founded_after_rx: re.Pattern | None = None   # « a été fondée en 2023 » after a name: an organisation's
    owner_group_rx: re.Pattern = re.compile("(?!)")   # « du groupe (énergétique) » right before a name
    bare_role_before_rx: re.Pattern | None = None   # « Le troisième cofondateur, X, ... »
    role_person_rx: re.Pattern | None = None   # « X, associée chez Y »: X is a person
    org_role_words: set = field(default_factory=set)   # role words an organisation may bear too
    org_only_nouns: frozenset = frozenset()   # type nouns no person is apposed to (« une filiale, X, »)
    nonprofit_before_rx: re.Pattern | None = None   # « le collectif | X »: no company anaphora for X
    nonprofit_after_rx: re.Pattern | None = None    # « X, | une association »
    investor_heads: frozenset = frozenset()   # folded anaphora heads that may stand for a fund
    source_prepositions: frozenset = frozenset()   # « selon », « d'après » (a source's, not a subject's)
    led_by_rx: re.Pattern | None = None        # « X, dirigée par »: X is an organisation
    maker_relative_rx: re.Pattern | None = None   # « X, qui développe des »: X is a maker, a company
    no_object_preps: frozenset = frozenset()   # « organisait à Strasbourg »: no object after these
    degree_adverbs: frozenset = frozenset()    # « les mieux financées »: a participle as an adjective
    bare_post_rx: re.Pattern | None = None     # « X, qui occupe le poste de directeur technique. »
    role_title_rx: re.Pattern | None = None    # « responsable des | partenariats »: a job title goes on
    possessive_role_rx: re.Pattern | None = None        # « son directeur scientifique X »
    possessive_role_after_rx: re.Pattern | None = None  # « X, sa directrice générale, »
    description_heads: dict[str, str] = field(default_factory=dict)   # folded noun -> its group's first noun
    description_head_rx: tuple = ()                # (noun, its whole-word regex, head) of description_heads (_heads_in)
    big_heads: set[str] = field(default_factory=set)                  # folded group heads of « big » nouns
    established: set[str] = field(default_factory=set)                # folded: « banque », « mutuelle »
    maker_nouns: set[str] = field(default_factory=set)                # folded: « éditeur » (de X)
    young_head: str = ""
    lab_head: str = ""                             # « laboratoire »: the « lab » group's head (a lab may be a unit)
    not_young_heads: set[str] = field(default_factory=set)            # « le groupe », « le laboratoire »
    generic_heads: set[str] = field(default_factory=set)              # « le groupe », « la société »
    described_only_heads: set[str] = field(default_factory=set)       # « l'enseigne »: only an organisation so described
    public_heads: set[str] = field(default_factory=set)               # « l'institut », « l'agence »
    org_suffix_rx: re.Pattern | None = None       # « Atlântica AI » -> « Atlântica »
    org_shape_rx: re.Pattern | None = None        # a name that ends with a suffix is an organisation's
    org_legal_rx: re.Pattern = re.compile(r"(?!)")   # « Renault Group »: « Renault » whichever comes first
    co_investors_rx: re.Pattern | None = None
    possessive_nouns: dict[str, str] = field(default_factory=dict)    # folded noun -> predicate
    company_roles: set[str] = field(default_factory=set)              # « son PDG »: a company's, no unit's
    round_nouns: set[str] = field(default_factory=set)                # folded single words: « opération », « tour »
    round_generic_nouns: set[str] = field(default_factory=set)        # « opération »: any deal's too
    round_noun_phrases: dict[str, str] = field(default_factory=dict)  # folded head -> the words after it
    merged_entity_rx: tuple[str, str, str] | None = None   # (nouns, merger words, unit words): see _merged_entity
    round_verbs: set[str] = field(default_factory=set)                # lemmas: « réunir », « attirer »
    round_led_by: set[str] = field(default_factory=set)               # lemmas: « mener », « conduire »
    round_join_verbs: set[str] = field(default_factory=set)           # lemmas: « participer »
    round_join_object_verbs: set[str] = field(default_factory=set)    # lemmas: « compléter » (le tour)
    first_name_gender: dict[str, str] = field(default_factory=dict)   # folded first name -> "f" / "m" (first_names.yaml)
    sale_nouns: set[str] = field(default_factory=set)                 # folded: « cession » (the buyer after « à »)
    successor_nouns: set[str] = field(default_factory=set)            # folded: « successeur » (« Son successeur, X »)
    successor_verbs: set[str] = field(default_factory=set)            # lemmas: « succéder » (« doit lui succéder »)
    rename_old_first_rx: re.Pattern | None = None   # « Plumetis devient Ondalys »
    rename_new_first_rx: re.Pattern | None = None   # « Ondalys, anciennement Plumetis »

    @classmethod
    def from_yaml(cls, text: str, first_names: str = "") -> "Cues":
        """The cues of ``cues.yaml`` (``text``), with ``first_names.yaml`` (``first_names``) if given."""
        raw = yaml.safe_load(text)
        c = cls(raw)
        names = yaml.safe_load(first_names) if first_names else {}
        c.first_name_gender = FirstNames({fold(n): g for key, g in (("feminine", "f"), ("masculine", "m"))
                                          for n in (names or {}).get(key) or []})
        for typ, nouns in raw["type_nouns"].items():
            for n in nouns:
                c.type_nouns.setdefault(fold(n), typ)
        c.naming = sorted({fold(n) for n in raw["naming_cues"]}, key=len, reverse=True)
        c.naming_last_words = frozenset(n.split()[-1].lower() for n in raw["naming_cues"])
        c.naming_words = frozenset(n for n in c.naming if " " not in n)   # « Baptisée X, ... » opens no name
        c.type_noun_modifiers = {fold(n) for n in raw.get("type_noun_modifiers", [])}
        c.field_type_nouns = {fold(n) for n in raw.get("field_type_nouns", [])}
        c.adjective_endings = tuple(fold(e) for e in raw.get("adjective_endings", []))
        c.masculine_org_nouns = {fold(n) for n in raw.get("masculine_org_nouns", [])}
        c.owned_units = {fold(n) for n in raw.get("owned_units", [])}
        c.fact_box = {fold(k): rule for rule in raw.get("fact_box") or [] for k in rule["keys"]}
        c.table_maker_keys = frozenset(fold(k) for k in raw.get("table_maker_keys") or ())
        c.table_person_keys = frozenset(fold(k) for k in raw.get("table_person_keys") or ())
        c.table_role_keys = frozenset(fold(k) for k in raw.get("table_role_keys") or ())
        c.cue_asides = tuple(tuple(a.lower().split()) for a in raw.get("cue_asides") or ())
        c.mistagged_verb_forms = frozenset(raw.get("mistagged_verb_forms") or ())
        if raw.get("kin_nouns"):
            c.kin_link_rx = re.compile(r"^\s*(?:,\s*)?(?:et|ou)\s+(?:son|sa|leur)\s+(?:" + "|".join(
                map(re.escape, sorted(raw["kin_nouns"], key=len, reverse=True))) + r")\s*$")
        c.cue_asides_compact = tuple("".join(a).replace("’", "").replace("'", "") for a in c.cue_asides)
        if raw.get("investor_unit_complements"):
            c.investor_unit_rx = re.compile(r"\s*(?:" + "|".join(
                re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in raw["investor_unit_complements"])
                + r")\b", re.I)
        c.event_report_verbs = frozenset(v for v in raw.get("event_report_verbs") or [] if " " not in v)
        if raw.get("event_report_agents"):
            c.event_report_agents_rx = re.compile("|".join(f"(?:{p})" for p in raw["event_report_agents"]))
        if raw.get("event_report_stage"):
            c.event_report_stage_rx = re.compile(raw["event_report_stage"])
        if raw.get("event_report_list_openers"):
            c.event_report_list_rx = re.compile(raw["event_report_list_openers"], re.M)
        c.type_nouns_before_de = {fold(n): typ for typ, nouns in (raw.get("type_nouns_before_de") or {}).items()
                                  for n in nouns}
        c.not_entities = {fold(n) for n in raw["not_entities"]}
        c.not_first_words = {n.replace("’", "'") for n in raw["not_first_words"]}
        c.versioned_non_models = frozenset(fold(n) for n in raw.get("versioned_non_models") or [])
        org = {a.lower().replace("’", "'") for a in raw["org_anaphora"]}
        org |= {pre + a[3:] for a in org if a.startswith("le ") for pre in ("du ", "au ")}   # « du groupe »
        c.org_anaphora = sorted(org, key=len, reverse=True)
        raw["person_anaphora"] = [*raw.get("person_anaphora", []), *(f"{d} {n}" for d in raw.get("plural_person_dets", [])
                                                                      for n in raw.get("plural_person_nouns", []))]
        for name in ("team_anaphora", "model_anaphora", "product_anaphora", "event_anaphora", "person_anaphora"):
            setattr(c, name, sorted({a.lower().replace("’", "'") for a in raw.get(name, [])}, key=len, reverse=True))
        for typ, phrases in (("Organization", c.org_anaphora), ("Team", c.team_anaphora),
                             ("AIModel", c.model_anaphora), ("Product", c.product_anaphora),
                             ("Event", c.event_anaphora), ("Person", c.person_anaphora)):
            if phrases:
                c.anaphora_rx[typ] = re.compile(r"(?<!\w)(?:" + "|".join(   # (« cette ex- » runs into its name)
                    re.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "") for p in phrases) + r")")
        singular = sorted({f for w in raw.get("place_demonyms") or {} for f in demonym_forms(w)[:2]}, key=len, reverse=True)
        c.house_nouns = frozenset(raw.get("house_nouns") or [])
        c.venue_nouns = frozenset(fold(w) for w in raw.get("venue_nouns") or [])
        if singular and raw.get("trade_noun_endings"):   # « le torréfacteur marseillais », « l'ascensoriste villeurbannais »
            c.trade_anaphora_rx = re.compile(
                r"(?<!\w)(?:le |la |l')(?P<noun>[a-zà-ÿ\-]+(?:" + "|".join(raw["trade_noun_endings"]) + r")|"
                + "|".join(map(re.escape, sorted(c.house_nouns))) + r")"   # (« la maison bisontine »)
                r"(?: [a-zà-ÿ\-]+)? (?:" + "|".join(map(re.escape, singular)) + r")(?!\w)")
        c.plural_starts = tuple(raw.get("plural_anaphora_starts") or ("ces ", "les deux ", "ces deux "))
        c.newest_markers = set(raw.get("newest_markers") or [])
        if raw.get("attendance_fronted"):
            c.attendance_rx = re.compile("|".join(f"(?:{p})" for p in raw["attendance_fronted"]))
        c.org_name_heads = {fold(n) for n in raw.get("org_name_heads") or []}
        if raw.get("org_whose_nouns"):
            c.org_whose_rx = re.compile(r"\s*,\s*dont\s+(?:les|le|la|l['’]|ses|son|sa)\s*(?:" + "|".join(
                re.escape(n) for n in sorted(raw["org_whose_nouns"], key=len, reverse=True)) + r")\b", re.I)
        if raw.get("takes_head"):
            c.takes_head_rx = re.compile(raw["takes_head"], re.I)
        if raw.get("holds_head"):
            c.holds_head_rx = re.compile(raw["holds_head"], re.I)
        if raw.get("fronted_rivalry"):
            c.fronted_rivalry_rx = re.compile(raw["fronted_rivalry"], re.I)
        if raw.get("attendance_among"):
            c.attendance_among_rx = re.compile(raw["attendance_among"], re.I)
        if raw.get("attendance_among_after"):
            c.attendance_among_after_rx = re.compile(raw["attendance_among_after"], re.I)
        if raw.get("prize_line"):
            c.prize_line_rx = re.compile(raw["prize_line"], re.I)
            c.prize_for_rx = re.compile(raw["prize_for"], re.I)
        if raw.get("attendance_members"):
            c.attendance_members_rx = re.compile(raw["attendance_members"], re.I)
        if raw.get("attendance_inline"):
            c.attendance_inline_rx = re.compile("|".join(f"(?:{p})" for p in raw["attendance_inline"]), re.I)
        if raw.get("attendance_y"):
            c.attendance_y_rx = re.compile(raw["attendance_y"])
        for key, pattern in (raw.get("phrases") or {}).items():
            c.rx[key] = re.compile(pattern)
        for group in ("hedged", "reported"):
            for key in ("patterns", "markers", "before_source", "pronoun_source", "media_before_source"):
                if key in raw[group]:
                    c.rx[f"{group}.{key}"] = re.compile("|".join(f"(?:{p})" for p in raw[group][key]), re.I)
        for pred in ("worksFor", "founded", "leads"):   # later lists win for shared words
            for r in raw["roles"][pred]:
                c.role_words[fold(r)] = pred
        c.bare_lead_words = {fold(w) for w in raw["lead_role_needs_bare"]}
        c.deputy_qualifiers = {fold(w) for w in raw.get("deputy_qualifiers") or []}
        words = sorted({r for lst in raw["roles"].values() for r in lst}, key=len, reverse=True)
        c.roles_regex = "|".join(re.escape(w) for w in words)
        c.description_rx = re.compile(r"\s*(?:L[’']|Le |La )(?:(?P<former>ancien(?:ne)?\s+|ex-)?(?P<role>(?P<word>"
                                      + c.roles_regex + r")(?:(?:\s+|-)[\w\-’']+){0,3}?)|(?P<bare>ancien(?:ne)?))"
                                      r"\s+(?:de|d[’']|du|chez)\s*")   # (« L'ancienne d'OpenAI, ... »,
                                                                        # « La présidente-directrice générale de »)
        c.whose_role_rx = re.compile(   # « Signifia, la start-up parisienne, dont elle deviendra directrice générale »
            r",\s*dont\s+(?P<who>il|elle)\s+(?:est|était|sera|serait|deviendra|devient|est\s+devenue?|reste|restera|demeure)"
            r"\s+(?:(?:désormais|aujourd['’]hui|toujours)\s+)?(?:(?:le|la|l['’])\s*)?(?:(?:nouvel?|nouvelle|future?)\s+)?"
            r"(?P<role>(?P<word>" + c.roles_regex + r")(?:\s+(?!de\b|du\b|des\b|d['’])[\w\-’']+){0,2}?)(?=\s*[,.;]|\s+(?:depuis|en|à|dès)\b)", re.I)
        c.founder_nouns = frozenset(fold(n) for n in raw["relations"]["founded"].get("nouns", []) if " " not in n
                                    and n not in raw["relations"]["founded"].get("verbs", []) and not n.endswith("ion"))
        c.role_opener_rx = re.compile(   # « Directeur technique de Jumelia, il », « Devenue présidente de X, elle »
            r"\s*(?:(?:Devenue?|Nommée?|Promue?|Désormais|Aujourd['’]hui)\s+)?(?:(?:le|la|l['’])\s*)?(?P<role>(?P<word>"
            + c.roles_regex + r")(?:\s+[\w\-’']+){0,2}?)\s+(?:de|du|des|d['’]|chez|à|au)\s*(?:(?:la|le|l['’])\s*)?", re.I)
        c.former_role_opener_rx = re.compile(   # « Ex-directeur commercial de », « Ancienne directrice technique d' »
            r"\s*(?:Ex-|Ancien(?:ne)?s?\s+)(?:" + c.roles_regex + r")(?:\s+[\w\-’']+){0,2}?\s+(?:de|du|des|d['’]|chez)\s*"
            r"(?:(?:la|le|l['’])\s*)?", re.I)
        c.bare_role_rx = re.compile(
            r"\s*,\s*(?:(?:aujourd['’]hui|désormais|devenue?)\s+)?(?:(?:le|la|l['’]|sa|son|notre|leur)\s*)?"
            r"(?:(?:nouvel?|nouvelle|actuel|actuelle)\s+)?"
            r"(?P<role>(?P<word>" + c.roles_regex + r")(?:\s+[\w\-’']+){0,2}?"
            r"(?:\s+et\s+(?:" + c.roles_regex + r")(?:\s+[\w\-’']+){0,2}?)?"   # (« cofondatrice et directrice
            r"|(?P<dept>(?P<dword>" + c.roles_regex + r")\s+(?:de\s+la|de\s+l['’]|des|du)\s*[a-zà-ÿ][\w\-’']*))"   # technique »)
            r"\s*(?:,|(?=[.;](?:\s|$)))", re.I)   # (« », tempère X, le directeur technique. »)
        c.role_person_rx = re.compile(          # « Fenella Okoro, associée chez Ravenel Capital »
            r"\s*,\s*(?:(?:le|la|l['’]|un|une|son|sa|notre|leur|nouvel?|nouvelle|actuel|actuelle|ancien|ancienne)\s*)*"
            r"(?P<word>" + c.roles_regex + r")(?:\s+[\w\-’']+){0,4}?\s+(?P<prep>chez|de|du|d['’]|au|à)(?!\w)", re.I)
        c.become_rx = re.compile(               # « pour devenir, le 1er avril, directrice scientifique de »
            r"\s*(?:(?:en|dès|début|fin|mi-)\s*[\w\-]+(?:\s+\d{4})?\s*)?,?\s*"   # (« en mars »)
            r"pour\s+(?:devenir|prendre\s+le\s+poste\s+de)\s*(?:,[^,;.]{1,30},\s*)?(?:(?:le|la|l['’]|son|sa)\s*)?"
            r"(?:(?:nouvel?|nouvelle|premier|première)\s+)?"
            r"(?P<role>(?P<word>" + c.roles_regex + r")(?:\s+[\w\-’']+){0,3}?)"
            r"\s+(?:de|du|d['’]|chez)\s*(?:(?:la|le|l['’])\s*)?", re.I)
        c.role_of_rx = re.compile(              # « directrice du développement numérique de » (before a name)
            r"(?:^|[\s,(])(?:" + c.roles_regex + r")"
            r"(?:\s+(?:du|de\s+la|de\s+l['’]|des|d['’]|de|[a-zà-ÿ][\w\-’']*)){0,3}?"
            r"\s+(?:de|d['’]|chez)\s*$", re.I)
        c.org_role_words = {fold(w) for w in raw.get("org_role_words") or ()}
        c.org_only_nouns = frozenset(fold(w) for w in raw.get("org_only_nouns") or ())
        if raw.get("nonprofit_nouns"):
            nouns = "(?:" + "|".join(map(re.escape, raw["nonprofit_nouns"])) + ")"
            c.nonprofit_before_rx = re.compile(r"(?:^|\s)(?:le|la|l['’]|du|au|un|une)\s*" + nouns
                                               + r"(?:\s+[a-zà-ÿ\-]+){0,2}\s*$", re.I)
            c.nonprofit_after_rx = re.compile(r"\s*,\s*(?:un|une|le|la|l['’])\s*" + nouns + r"\b", re.I)
        c.investor_heads = frozenset(fold(w) for w in raw.get("investor_heads") or ())
        c.source_prepositions = frozenset(w.replace("’", "'") for w in raw["reported"].get("source_prepositions") or ())
        led = [p for pred in ("leads", "founded") for p in raw["passive"].get(pred, [])]   # the passives' participles
        c.led_by_rx = re.compile(r"\s*[,:]\s*(?:" + "|".join(re.escape(p) + "e?s?" for p in led)
                                 + r")\s+(?:(?:depuis|en)\s+\d{4}\s+)?par\b") if led else None
        founded = raw["passive"].get("founded") or ["(?!)"]   # « Zénon a été fondée en 2023 », « Zénon,
        c.founded_after_rx = re.compile(                        # cofondée par »: said of organisations only
            r"\s*(?:,\s*(?:qui\s+)?)?(?:(?:a|avait|aura)\s+été\s+|(?:est|fut)\s+)?(?:co-)?(?:"
            + "|".join(re.escape(p) for p in founded) + r")e?s?\s+(?:en|par|à|il\s+y\s+a|au|dès|fin|début)\b"
            r"|\s*,\s*créées?\s+(?:en\s+\d{4}\s+)?par\b")   # « Sylvane, créée par A et B, »: a company's
        if raw.get("maker_relative_verbs"):
            c.maker_relative_rx = re.compile(r"\s*,\s*qui\s+(?:" + "|".join(
                re.escape(v).replace(r"\ ", r"\s+") for v in raw["maker_relative_verbs"]) + r")\s+(?:des|de|d['’])\s")
        c.no_object_preps = frozenset(raw.get("no_object_prepositions") or ())
        c.degree_adverbs = frozenset(raw.get("degree_adverbs") or ())
        # « X, qui occupe le poste de directeur technique. », « X en est devenu le directeur technique. »,
        # « X, ex-Owkin, occupe le poste de ... », « Le cofondateur, B, occupe le poste de ... »
        c.bare_post_rx = re.compile(
            r"\s*(?:,\s*\d+\s*ans\s*,)?\s*(?:,\s*(?:lui|elle)\s*,)?"
            r"\s*(?:,\s*(?:ex-|ancienne?\s+(?:de|d['’]|du)\s*|passée?\s+par\s+)[^,;.]{1,40},)?"   # (a past employer)
            r"\s*(?:,\s*(?:qui\s+)?)?(?:en\s+)?"
            r"(?:occupe|occupera|occupait|prend|prendra|porte|portera|devient|deviendra|est\s+devenue?"
            r"|conserve|conservera|garde|gardera"                          # « X conserve son poste de ... »
            r"|reste|restera|demeure|demeurera|est|sera"                   # « X reste directeur technique. »
            r"|(?<=en )(?:est|était|sera|reste))\s+"                     # « X, qui en est le directeur technique, »
            r"(?:(?:désormais|aujourd['’]hui|quant\s+à\s+(?:lui|elle)|également|aussi)\s+)*"
            r"(?:(?:le|son|sa|ses|la|les)\s+(?:poste|fonction|fonctions|rôle|titre)\s+(?:de\s+|d['’]))?"
            r"(?:(?:le|la|l['’])\s*)?(?P<role>(?P<word>" + c.roles_regex + r")(?:\s+[\w\-’']+){0,2}?)\s*(?=[,.;]|$)", re.I)
        c.possessive_role_rx = re.compile(      # « son directeur scientifique Laurent Sifre »; « ses deux
            r"\s+(?:(?:nouvel?|nouvelle|actuel|actuelle|ancien|ancienne)\s+)?"   # cofondateurs, A et B, »
            r"(?:(?:deux|trois|quatre)\s+(?=\w+s\b))?(?P<role>(?P<word>"
            + c.roles_regex + r")(?P<plural>s(?=[\s,]))?(?:\s+[\w\-’']+){0,2}?)\s*,?\s*(?=[A-ZÀ-Ý])")
        c.possessive_role_after_rx = re.compile(   # « Maartje Visser, sa directrice générale, »
            r"\s+(?P<role>(?P<word>" + c.roles_regex
            + r")(?:\s+[\w\-’']+){0,2}?)\s*(?:,|[.;](?=\s|$)|$)")   # (or at the sentence's end)
        c.role_of_it_rx = re.compile(           # « A, qui en est la présidente, », « A, qui la dirige, »
            r"\s*,\s*qui\s+(?:en\s+(?:est|était|sera|devient|reste|a\s+été)\s+(?:le|la|l['’]|aujourd['’]hui\s+le|"
            r"aujourd['’]hui\s+la)?\s*(?P<role>(?P<word>" + c.roles_regex + r")(?:\s+[\w\-’']+){0,2}?)\s*[,.]"
            r"|(?:la|le|l['’])\s*(?:dirige|préside|pilote|dirigeait|présidait))", re.I)
        c.bare_role_before_rx = re.compile(     # « Le troisième cofondateur, Julien Saunier, ... »
            r"(?:(?:^|,|\bpar|\bavec)\s*(?:le|la|l['’]|son|sa)|\b(?:" + "|".join(raw.get("hiring_verb_stems") or ["(?!)"])
            + r")\w*\s+(?:d['’]\s*)?(?:un|une))"                   # « la jeune pousse accueille une nouvelle
            r"\s*(?:[\w\-]+\s+)?(?P<role>(?P<word>" + c.roles_regex   # directrice générale, Sabine Rouquette »
            + r")(?:\s+[\w\-’']+){0,3}?)\s*,\s*$", re.I)             # (« Son cofondateur et directeur général, »)
        c.function_posts = {fold(w): pred for pred, words in (raw.get("function_posts") or {}).items() for w in words}
        if c.function_posts:
            asides = "|".join(r"\s+".join(map(re.escape, a)) for a in c.cue_asides) or "(?!)"
            posts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
                (w for ws in raw["function_posts"].values() for w in ws), key=len, reverse=True))
            c.post_given_rx = re.compile(
                r"\s*(?P<det>La|Sa|Leur)\s+(?P<post>" + posts + r")\s+(?:revient|reviendra|échoit|échoira|est\s+confiée|"
                r"sera\s+confiée|a\s+été\s+confiée|est\s+assurée|sera\s+assurée)\s+(?:(?:désormais|" + asides + r")\s+)?"
                r"(?:à|par)\s+")
            c.post_taken_rx = re.compile(
                r"\s+(?:prend|prendra|a\s+pris|reprend|reprendra|assure|assurera|assumera)\s+(?:désormais\s+)?"
                r"la\s+(?P<post>" + posts + r")\s*(?=[,.;]|\set\s|$)")
            c.post_elided_rx = re.compile(r"\s+la\s+(?P<post>" + posts + r")\s*(?=[,.;]|\set\s|$)")
        c.second_role_rx = re.compile(
            r"\s+et\s+(?:(?:le|la|l['’]|un|une)\s*)?(?P<role>(?P<word>" + c.roles_regex + r")(?:\s+[\w\-’']+){0,2}?)"
            r"\s+(?:de|du|des|d['’]|chez|au sein de|à|au)\s*(?:(?:la|le|les|l['’])\s*)?", re.I)
        c.role_title_rx = re.compile(r"(?:^|\W)(?:" + c.roles_regex + r"|chargée?s?)(?:\s+[\w\-]+)?\s+"
                                     r"(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*$", re.I)
        owners: list[str] = []                  # the nouns of owner_group_rx (below)
        for group, nouns in (raw.get("org_description_nouns") or {}).items():
            first = fold(nouns[0])
            for n in nouns:
                c.description_heads[fold(n)] = first
            if group == "big":
                c.big_heads.add(first)          # « du groupe énergétique Électrane »: a big one named as one
                owners = list(nouns)
            elif group == "young":
                c.young_head = first
            elif group == "lab":
                c.lab_head = first
            if group in ("big", "other"):
                c.generic_heads.add(first)
            if group == "public":
                c.public_heads.add(first)
            if group in (raw.get("described_only_groups") or []):
                c.described_only_heads.add(first)
            if group in (raw.get("not_young_groups") or []):
                c.not_young_heads.add(first)
        c.description_head_rx = tuple((noun, re.compile(r"(?<!\w)" + re.escape(noun) + r"(?!\w)"), head)
                                      for noun, head in c.description_heads.items())
        c.established = {fold(n) for n in raw.get("established_nouns") or []}
        c.company_roles = {fold(n) for n in raw.get("company_roles") or []}
        # « du groupe énergétique Électrane », « de l'assureur parisien Castelrance »: a big or established
        # organisation's noun (and up to two adjectives) right before a name
        # (the same nouns are the gap rules' {OWNER}: « X, la filiale de l'assureur Y »)
        owners += raw.get("established_nouns") or []
        owner_nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in owners)
        c.owner_group_rx = re.compile(r"(?:\b(?:du|le|au|son|sa|la)\s+|\bl['’]\s*)(?:" + owner_nouns
                                      + r")(?:\s+[a-zà-ÿ\-]+){0,2}\s+$")
        c.maker_nouns = {fold(n) for n in raw.get("maker_description_nouns") or []}
        suffixes = raw.get("org_name_suffixes") or []
        c.org_suffix_rx = re.compile(r"\s+(?:" + "|".join(map(re.escape, suffixes)) + r")$") if suffixes else None
        c.org_shape_rx = re.compile(r"\b(?:" + "|".join(map(re.escape, suffixes)) + r")$") if suffixes else None
        legal = raw.get("org_legal_suffixes") or []
        c.org_legal_rx = re.compile(r"\s(?:" + "|".join(map(re.escape, legal)) + r")$") if legal else re.compile(r"(?!)")
        c.co_investors_rx = re.compile(raw["co_investors"], re.I) if raw.get("co_investors") else None
        c.possessive_nouns = {fold(w): pred for pred, words in (raw.get("possessive_nouns") or {}).items() for w in words}
        rounds = raw.get("funding_round") or {}
        merged = raw.get("merged_entity") or {}
        if merged.get("nouns") and merged.get("merger"):
            c.merged_entity_rx = (r"\b(?:" + "|".join(re.escape(fold(n)) for n in merged["nouns"]) + r")\b",
                                  r"\b(?:" + "|".join(re.escape(fold(n)) for n in merged["merger"]) + r")",
                                  (r"\b(?:" + "|".join(re.escape(fold(n)) for n in merged["units"]) + r")\b")
                                  if merged.get("units") else r"(?!)")
        c.round_nouns = {fold(n) for n in rounds.get("nouns", []) if " " not in n}   # (lemmas are single words)
        c.round_generic_nouns = {fold(n) for n in rounds.get("generic_nouns", [])}
        # « augmentation de capital »: a head noun that names a round only with the words after it
        c.round_noun_phrases = {fold(n.split()[0]): fold(n.split(None, 1)[1]) for n in rounds.get("nouns", [])
                                if " de " in n}
        c.round_verbs, c.round_led_by = set(rounds.get("verbs", [])), set(rounds.get("led_by", []))
        c.round_join_verbs = set(rounds.get("join_verbs", []))
        c.round_join_object_verbs = set(rounds.get("join_object_verbs", []))
        c.event_name_starts = frozenset(fold(w) for w in raw.get("event_name_starts") or [])
        c.event_name_words = frozenset(raw.get("event_name_words") or [])
        c.etre_verbs = frozenset(raw.get("etre_verbs") or [])
        c.appointing_verbs = frozenset(raw.get("appointing_verbs") or [])
        c.founding_verbs = frozenset(raw.get("founding_verbs") or [])
        c.joining_verbs = frozenset(raw.get("joining_verbs") or [])
        if raw.get("city_institution_words"):
            c.city_institution_rx = re.compile(r"[ \u00a0]+(?:" + "|".join(map(re.escape, raw["city_institution_words"])) + r")\b")
        c.place_demonyms = {form: city for word, city in (raw.get("place_demonyms") or {}).items()
                            for form in demonym_forms(word)}
        c.org_demonyms = frozenset(raw.get("org_demonyms") or []) | {     # (cities' singular forms too)
            form for word in raw.get("place_demonyms") or {} for form in demonym_forms(word)
            if form == word or not form.endswith(("s", "x"))}
        c.demonym_org_nouns = frozenset(raw.get("demonym_org_nouns") or [])
        c.cue_blockers = {k: frozenset(v) for k, v in (raw.get("cue_blockers") or {}).items()}
        c.cue_undone_by = {(pred, lemma): {k: frozenset(v) if k == "forms" else re.compile(v, re.I)
                                           for k, v in checks.items()}
                           for pred, lemmas in (raw.get("cue_undone_by") or {}).items()
                           for lemma, checks in lemmas.items()}
        c.cue_blockers_before = {k: frozenset(fold(w) for w in v) for k, v in (raw.get("cue_blockers_before") or {}).items()}
        c.cue_blockers_previous = {k: frozenset(v) for k, v in (raw.get("cue_blockers_previous") or {}).items()}
        c.time_nouns = frozenset(fold(w) for w in raw.get("time_nouns") or [])
        c.employer_agent_verbs = frozenset(raw.get("employer_agent_verbs") or [])
        c.fund_name_words = frozenset(raw.get("fund_name_words") or [])
        if raw.get("structure_after"):
            c.structure_after_rx = re.compile("|".join(f"(?:{p})" for p in raw["structure_after"]), re.I)
        c.public_body_names = frozenset(fold(n) for n in raw.get("public_body_names") or [])
        c.body_heads = frozenset(raw.get("body_heads") or [])
        heads = sorted(raw.get("institution_heads") or [], key=len, reverse=True)
        c.institution_heads = frozenset(fold(h) for h in heads if " " not in h and h[:1].islower())
        c.institution_multi_heads = tuple(fold(h) + " " for h in heads if " " in h and h[:1].islower())
        c.name_head_anaphora = frozenset(fold(n) for n in raw.get("name_head_anaphora") or [])
        if heads:
            name = r"[A-ZÀ-Ý][\w’'\-]*(?:[\s\-](?:[A-ZÀ-Ý][\w’'\-]*|(?:de|du|des)(?=\s+[A-ZÀ-Ý])|d['’]\s*[A-ZÀ-Ý][\w\-]*))*"
            #   (« de » before a capital only: « l'Institut Kernoa depuis 2021 », « ... de la ville »)
            conn = r"(?:de\s+la|de\s+l['’]|des|du|de|d['’])"
            c.institution_rx = re.compile(      # (the head in any case, the name with its capitals)
                r"(?<![\w\-])(?:(?i:" + "|".join(re.escape(h) for h in heads if not h[:1].isupper()) + r")"
                r"(?:\s+" + conn + r")?"
                r"\s*" + name + r"(?:\s+(?:nationale?|supérieure?|numérique))?"
                r"(?:,?\s+(?:et\s+)?(?:des|du|de\s+la|de\s+l['’])\s*[A-ZÀ-Ý][\w’'\-]*)*"   # « ..., des Télécommunications
                                                                                        # et du Numérique »
                r"|(?:" + "|".join(re.escape(h) for h in heads if h[:1].isupper()) + r")\s+" + conn
                + r"\s*[\w’'\-]+(?:\s+(?:et\s+)?(?:des|du|de\s+la|de\s+l['’])\s*[\w’'\-]+)*"   # « Autorité de la
                                                        # concurrence »: a capitalised head names it, its words need none
                + r"|(?:" + "|".join(re.escape(h) for h in heads if h.isupper()) + r")\s+(?!" + conn + r"\s)" + name + ")")
                                                        # « le CHU Grenoble Alpes »: an acronym head, its place's name
        for g, words in (raw.get("gender_words") or {}).items():
            for w in words:
                c.gender_words[fold(w)] = g[0]
        c.sale_nouns = {fold(n) for n in raw["relations"]["acquired"].get("sale_nouns", [])}
        c.successor_nouns = {fold(n) for n in raw["relations"]["successorOf"].get("nouns", []) if " " not in n}
        c.successor_verbs = {v.split()[0] for v in raw["relations"]["successorOf"].get("verbs", [])
                             if len(v.split()) == 2 and v.split()[1] == "à"}
        renames = raw.get("renames") or {}
        for side in ("old_first", "new_first"):
            if renames.get(side):
                setattr(c, f"rename_{side}_rx", re.compile("|".join(f"(?:{p})" for p in renames[side]), re.I))
        if rounds.get("participation"):
            c.round_participation_rx = re.compile(r"(?:" + "|".join(rounds["participation"]) + r")\s*", re.I)
        if rounds.get("participation_before"):
            c.round_participation_before_rx = re.compile(rounds["participation_before"], re.I)
            c.round_participation_after_rx = re.compile(rounds["participation_after"], re.I)
        for pred, spec in raw["relations"].items():
            # « s'offre les cerveaux de Vireo, sans la racheter », « sans rachat »: denied there
            verbs = [v.removeprefix("s'") for v in spec.get("verbs", []) if " " not in v.removeprefix("s'")]
            nouns = [n for n in spec.get("nouns", []) if " " not in n]
            denials = ([r"sans\s+(?:(?:le|la|les)\s+|l['’])(?:" + "|".join(map(re.escape, verbs)) + ")"]
                       if verbs else []) + \
                      ([r"sans\s+(?:(?:aucune?|une?)\s+)?(?:" + "|".join(map(re.escape, nouns)) + ")"] if nouns else [])
            if denials:
                c.denied_rx[pred] = re.compile(r"\b(?:" + "|".join(denials) + r")\b", re.I)
            for v in spec.get("verbs", []):
                c.verb_cues.setdefault(v.lower(), []).append(pred)
            for n in spec.get("nouns", []):
                c.noun_cues.setdefault(n.lower(), []).append(pred)
        preps = ("sur", "de", "à", "avec", "dans", "pour", "chez", "en", "au", "du", "d'")
        for kind, table in (("verb", c.verb_cues), ("noun", c.noun_cues)):
            for phrase, preds in table.items():
                words = [w.rstrip("'") for w in phrase.replace("’", "'").replace("'", "' ").split()]
                prep = words[-1] if len(words) > 1 and words[-1] in [p.rstrip("'") for p in preps] else None
                head = words[:-1] if prep else words
                entry = (head, prep, preds, kind, phrase)
                c.by_first.setdefault(head[0], []).append(entry)
                if kind == "verb" and head[0].endswith(("er", "ir", "re")) and len(head[0]) >= 6:
                    c.verb_stems.setdefault(fold(head[0])[:-2], []).append(entry)
        nouns = "|".join(re.escape(n) for n in sorted({n for ns in raw["type_nouns"].values() for n in ns}, key=len, reverse=True))
        demonyms = "|".join(re.escape(d) for d in sorted(c.org_demonyms, key=len, reverse=True))

        units = "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "['’]") for n in sorted(
            {*raw["type_nouns"]["Team"], *(raw.get("owned_units") or [])}, key=len, reverse=True))
        opened = "(?:" + "|".join(re.escape(w) + "(?:e|s|es)?" for w in raw.get("opening_participles") or ["ouvert"]) + ")"
        c.opened_by_rx = re.compile(       # « le laboratoire d'IA que la firme / que Y a ouvert »
            r"[^,;.()«»]{0,40}?\bqu(?:e\s+|['’]\s*)(?:(?:la|le|l['’])\s*[a-zà-ÿ\-]+)?(?:\s*[A-ZÀ-Ý][\w\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)*)?"
            r"\s+(?:a|avait|vient\s+d['’]e?)\s*(?:[a-zà-ÿ]+\s+)?" + opened + r"\b")

        role_adjectives = "|".join(map(re.escape, sorted(raw.get("role_adjectives") or [], key=len, reverse=True))) or "(?!)"
        person_asides = r"\s*,\s*(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(
            raw.get("person_asides") or [], key=len, reverse=True)) + r")\s*(?=,)" if raw.get("person_asides") else "(?!)"

        def filled(pattern: str) -> re.Pattern:     # a gap rule's placeholders, filled
            return re.compile(pattern.replace("{ROLE}", c.roles_regex).replace("{ROLEADJ}", role_adjectives)
                              .replace("{TYPENOUN}", nouns)
                              .replace("{DEMONYM}", demonyms).replace("{OWNER}", owner_nouns)
                              .replace("{OPENED}", opened).replace("{UNIT}", units).replace("{DESC}", raw.get("descriptor_tail") or "(?!)")
                              .replace("{ASIDE}", person_asides).replace("{WHEN}", raw.get("hire_when") or "")
                              .replace("{WORKVERB}", raw.get("work_on_verbs") or "(?!)"), re.I)
        for rule in raw["gap_rules"]:
            if not rule.get("left"):
                continue
            r = dict(rule)
            r["rx"] = filled(rule["pattern"])
            r["before_rx"] = filled(rule["before"]) if rule.get("before") else None
            r["not_before_rx"] = re.compile(rule["not_before"], re.I) if rule.get("not_before") else None
            r["after_rx"] = filled(rule["after"]) if rule.get("after") else None
            r["left_set"], r["right_set"] = frozenset(rule["left"]), frozenset(rule["right"])
            c.gap_rules.append(r)
        for pred, parts in raw["passive"].items():
            for p in parts:
                c.passive[fold(p)] = pred
        return c

    def passive_predicate(self, verb: str) -> str | None:
        """The predicate of a passive participle (« cofondée » -> founded), or None: the first stem of
        ``passive`` the folded word starts with, at most two letters longer. Memoized per word (it is
        asked of nearly every token)."""
        try:
            return self._passive_of[verb]
        except KeyError:
            v = fold(verb)
            pred = next((p for stem, p in self.passive.items()
                         if v.startswith(stem[:-1]) and len(v) - len(stem) <= 2), None)
            self._passive_of[verb] = pred
            return pred

    @cached_property
    def staff_post_rx(self) -> re.Pattern | None:
        """The posts that are a job at an organisation, not its head (``function_posts.worksFor``:
        « direction technique »), folded, as one pattern."""
        posts = sorted((p for p, pred in self.function_posts.items() if pred == "worksFor"), key=len, reverse=True)
        return re.compile("|".join(re.escape(p) for p in posts) + r"\b") if posts else None

    @cached_property
    def single_object_verbs(self) -> dict[str, tuple[str, bool]]:
        """Verb lemma -> (its object's one possible type, whether a preposition may come first), for
        the cues whose object has one type (« Databricks acquiert MosaicML », « a investi dans Xyz »)."""
        single: dict[str, tuple[str, bool]] = {}
        for pred in ("acquired", "investsIn", "successorOf", "organizes", "partnerOf", "competitorOf"):
            for v in self.relation_spec(pred).get("verbs", []):
                if pred == "partnerOf" and not v.startswith("s'"):
                    continue                    # (« s'allier à », « s'associer avec »; not « travailler avec »)
                words = (v.removeprefix("s'") if pred == "partnerOf" else v).split()
                if pred == "competitorOf" and words[0] in single:
                    continue                    # (« détrôner » a model stays a model's verb)
                if len(words) == 1 or (len(words) == 2 and words[1] in ("à", "de", "dans", "sur", "avec")):
                    prep = len(words) == 2 or pred == "partnerOf" or single.get(words[0], ("", False))[1]
                    single[words[0]] = (sorted(SIGNATURES[pred][1])[0], prep)   # « succéder à »: the verb, then
                                                                                  # skip the preposition
        return single

    @cached_property
    def no_place_slots(self) -> dict[str, tuple[str, frozenset[str]]]:
        """Folded cue word -> (the type of the name after it and its preposition, which prepositions),
        for a name spaCy calls a place in a slot no place fills (« l'acquisition de Cadmée »); a role
        word or « ancien(ne) » reads « de » only (« ancienne de Syngenta », not « chercheuse à Grenoble »)."""
        slots = {fold(w): ("Organization", frozenset(("de", "d'", "du"))) for w in self.role_words}
        slots.update((fold(w), ("Organization", frozenset(("de", "d'", "du")))) for w in ("ancien", "ancienne"))
        for pred, words in (self.raw.get("no_place_slots") or {}).items():
            typ = sorted(SIGNATURES[pred][1])[0]
            preps = ("à", "de", "d'", "du", "au", "dans") + (("avec",) if pred == "partnerOf" else ())
            slots.update((fold(w), (typ, frozenset(preps))) for w in words)   # (« un contrat avec Flaminet »)
        return slots

    @cached_property
    def based_rx(self) -> re.Pattern:
        """``phrases.fronted_place`` in any case, read after a name (« Lipsia, basée à Toulouse »)."""
        return re.compile(self.rx["fronted_place"].pattern, re.I)

    @cached_property
    def successor_words(self) -> frozenset[str]:
        """The folded last words of the successorOf cues before their object (« relève », « succéder »)."""
        spec = self.relation_spec("successorOf")
        return frozenset(fold(re.sub(r"\s+(?:de|à|du|des|d')$", "", c).split()[-1])
                         for c in spec.get("verbs", []) + spec.get("nouns", []) if "version" not in c)

    @cached_property
    def creation_words(self) -> frozenset[str]:
        """Lemmas of creating, before a new organisation's name (« la création de X »)."""
        return frozenset(self.raw.get("creation_words") or ())

    @cached_property
    def unit_words(self) -> frozenset[str]:
        """The folded type nouns of a team (« équipe », « entité »)."""
        return frozenset(k for k, v in self.type_nouns.items() if v == "Team")

    @cached_property
    def founding_stems(self) -> frozenset[str]:
        """The first four letters of the verbs of ``founded`` (« lanc », « cré »)."""
        return frozenset(fold(v)[:4] for v in self.relation_spec("founded")["verbs"])

    def founds(self, participle: str) -> bool:
        """Whether a participle of ``develops`` also founds (« lancée », « créée »): a company so
        made by a person was founded by her."""
        return fold(participle)[:4] in self.founding_stems

    @cached_property
    def at_event_rx(self) -> re.Pattern:
        """« à », « au », « aux », « lors du » and an event's type noun (« au salon »), right before a
        name (« aux Assises du journalisme »)."""
        nouns = "|".join(re.escape(n) for n in sorted(self.raw["type_nouns"]["Event"], key=len, reverse=True))
        return re.compile(r"\b(?:à|au|aux|lors du|lors de|lors des)\s+(?:(?:la|le|l['’])\s*)?(?:(?:" + nouns + r")\s+)?$", re.I)

    @cached_property
    def company_subject_verbs(self) -> frozenset[str]:
        """One-word verbs whose subject an unknown « place » cannot be: developing, investing, buying."""
        return frozenset().union(*(self.one_word_verbs(p) for p in ("develops", "investsIn", "acquired")))

    @cached_property
    def person_nouns(self) -> tuple[frozenset[str], frozenset[str]]:
        """The develops nouns (folded) that make a person's fact work on the thing (« l'entraînement
        de X »), and those that make it none of hers (« le lancement de X »)."""
        spec = self.relation_spec("develops")
        return (frozenset(fold(n) for n in spec.get("person_nouns", [])),
                frozenset(fold(n) for n in spec.get("not_person_nouns", [])))

    def one_word_verbs(self, pred: str) -> frozenset[str]:
        """The one-word verbs of a predicate's cues (« investir », « dévoiler »), kept per predicate."""
        verbs = self._one_word.get(pred)
        if verbs is None:
            verbs = self._one_word[pred] = frozenset(v for v in self.relation_spec(pred)["verbs"] if " " not in v)
        return verbs

    @cached_property
    def role_at_rx(self) -> re.Pattern:
        """A role or « un ancien » and « de / chez / au » right before a name: the name is an employer."""
        return re.compile(r"(?:^|\W)(?:" + self.roles_regex + r"|(?:un|une|des|deux|trois|l['’])\s*ancien(?:ne)?s?)"
                          r"(?:\s+[\w\-’']+){0,2}?\s+(?:de|d[’']|du|chez|au|à\s+la|à\s+l[’'])\s*$", re.I)

    @cached_property
    def hedged_lemmas(self) -> tuple[frozenset[str], frozenset[str]]:
        """The lemmas that hedge a fact (« envisager »), and those that hedge it in the conditional."""
        h = self.raw["hedged"]
        return frozenset(h["lemmas"]), frozenset(h["lemmas_cond"])

    def gap_rules_for(self, left: frozenset[str], right: frozenset[str]) -> list[dict]:
        """The gap rules two mentions of these types may fire, in file order: the rules whose
        types they have, and the ``left_of`` rules whose left type the left one lacks (read on the
        mention before it). Kept per type pair: there are few."""
        key = (left, right)
        rules = self._gap_index.get(key)
        if rules is None:
            rules = self._gap_index[key] = [
                r for r in self.gap_rules
                if (left & r["left_set"] and right & r["right_set"]) or (r.get("left_of") and not left & r["left_set"])]
        return rules

    def relation_spec(self, pred: str) -> dict:
        return self.raw["relations"][pred]


@lru_cache(maxsize=2)
def load_cues() -> Cues:
    return Cues.from_yaml(read_text("rules", "cues.yaml"), read_text("rules", "first_names.yaml"))


def _model_version(model: str) -> str:
    try:
        return metadata.version(model.replace("_", "-"))
    except metadata.PackageNotFoundError:
        try:
            return metadata.version(model)
        except metadata.PackageNotFoundError:
            return "unknown"


def pipeline_version(settings: Settings) -> str:
    """A hash of everything that shapes extraction: model, lexicon, cues, code. No model load."""
    h = hashlib.sha256()
    h.update(f"{settings.model}=={_model_version(settings.model)};spacy=={metadata.version('spacy')}".encode())
    if settings.lexicon:
        with open(settings.lexicon, "rb") as fh:
            h.update(fh.read())
    else:
        h.update(read_text("lexicon.jsonl").encode())
    h.update(read_text("rules", "cues.yaml").encode())
    h.update(read_text("rules", "first_names.yaml").encode())
    for module in (__file__, components.__file__):
        with open(module, "rb") as fh:
            h.update(fh.read())
    h.update(EXTRACTOR_VERSION.encode())
    return h.hexdigest()[:20]


# --------------------------------------------------------------------------- the spaCy pipeline

_SENT_END = {".", "!", "?", "…", "!?", "?!"}
_ABBREV = {"M.", "Mme.", "Dr.", "etc.", "cf.", "p.", "St.", "av.", "J.-C."}


NER_ORGS = "aikg_ner_orgs"


def _keep_ner_orgs(doc):
    """The statistical NER's ORG spans, kept in ``doc.spans`` before the lexicon rulers overwrite
    them (« Ubisoft Montpellier » becomes « Ubisoft » + « Montpellier »; see _DocExtraction._with_ner_extensions)."""
    doc.spans[NER_ORGS] = [e for e in doc.ents if e.label_ == "ORG" and len(e) > 1]
    return doc


def _rule_sentences(doc):
    """Sentences by rule, so that the parser cannot cut a list in two: a sentence starts
    after a line break and after final punctuation followed by a capital, a digit or a
    quote; nowhere else. (Decided on plain lists of strings and written in one
    ``Doc.from_array``: setting ``Token.is_sent_start`` token by token costs 8x more.)"""
    import numpy
    from spacy.attrs import SENT_START
    n = len(doc)
    if n < 2:
        return doc
    texts = [t.text for t in doc]
    spaces = [t.whitespace_ for t in doc]
    starts = numpy.full(n, -1, dtype="int64")       # spaCy's SENT_START: 1 starts, -1 does not
    starts[0] = 1
    for i in range(1, n):
        text = texts[i]
        if text.isspace():
            continue
        prev, prev_space, c = texts[i - 1], spaces[i - 1], text[:1]
        if "\n" in prev or "\n" in prev_space:
            starts[i] = 1
        elif prev in _SENT_END and prev not in _ABBREV and prev_space and (c.isupper() or c.isdigit() or c in _OPENERS):
            starts[i] = 1
        elif prev in _CLOSERS and i >= 2 and texts[i - 2] in _SENT_END and c.isupper():
            starts[i] = 1
    doc.from_array([SENT_START], starts.view("uint64").reshape(-1, 1))
    return doc


_OPENERS = frozenset("«\"“-–—")
_CLOSERS = frozenset(("»", "\"", "”", ")"))


def lexicon_patterns(lexicon: Lexicon) -> tuple[list[dict], list[dict]]:
    """Phrase patterns for the entity rulers, labelled by type, each with its entry's id so
    that aliases land on one entity: (case-sensitive patterns for every name and alias,
    lower-case patterns for multi-word names and entries marked ``lower``)."""
    exact, lower = [], []
    for e in lexicon.entries:
        for form in e.forms:
            exact.append({"label": e.type, "pattern": form, "id": e.id})
            if (len(form.split()) > 1 and not _ARTICLE_FIRST.match(form) or e.lower) and form.lower() != form:
                lower.append({"label": e.type, "pattern": form.lower(), "id": e.id})   # (not « tout le monde »,
                                                                                        # « le chat de la voisine »)
    return exact, lower


# A title before a person's name, no part of it (« Me Apolline Verdurier », « Mme Marcassin »)
_HONORIFIC = re.compile(r"(?:Me|Mme|Mmes|Mlle|M\.|MM\.|Dr|Dr\.|Pr|Pr\.|Maître)\s+(?=[A-ZÀ-Ý])")
_ARTICLE_FIRST = re.compile(r"(?:Le|La|Les|L['’]|Un|Une|Des)(?:\s|(?<=['’]))")


def build_nlp(settings: Settings, lexicon: Lexicon | None = None, base=None):
    """The French pipeline with the project's rules. ``base``: an nlp to extend (tests use spacy.blank)."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("aikg_sentences"):
        Language.component("aikg_sentences")(_rule_sentences)
    if not Language.has_factory("aikg_ner_orgs"):
        Language.component("aikg_ner_orgs")(_keep_ner_orgs)
    lexicon = lexicon or load_lexicon(settings.lexicon)
    if base is None:
        try:
            with shared_charsets():             # ~3 s less per load, same regexes (kg.components)
                nlp = spacy.load(settings.model)
        except OSError as exc:
            from .errors import ConfigError
            raise ConfigError(f"spaCy model {settings.model!r} is not installed ({exc}); "
                              f"install it with `pip install {settings.model.replace('_', '-')}`") from None
    else:
        nlp = base
    use_fast_attribute_ruler(nlp)    # same annotations, ~5% of the model's time saved (kg.components)
    split_final_period(nlp.tokenizer)  # « Qwen-72B. Puis »: the period ends the sentence (kg.components)
    split_ex_prefix(nlp.tokenizer)     # « un ex-Airbus »: the name is a token of its own (kg.components)
    memoize_tokenizer(nlp.tokenizer)  # same tokens, ~8% of the model's time saved (kg.components)
    first = "parser" if "parser" in nlp.pipe_names else ("senter" if "senter" in nlp.pipe_names else None)
    if first:
        nlp.add_pipe("aikg_sentences", before=first)
    else:
        nlp.add_pipe("aikg_sentences")
    # two phrase-matching rulers (token patterns are several times slower): exact case first,
    # then lower case for multi-word names (« forum économique de Davos »)
    # After the statistical NER, overwriting its spans: before it, the NER runs ~40% slower on docs
    # with preset entities, for the same held-out scores (measured at stop 21).
    exact, lower = lexicon_patterns(lexicon)
    where = {"after": "ner"} if "ner" in nlp.pipe_names else {}
    if where:
        nlp.add_pipe("aikg_ner_orgs", after="ner")
        where = {"after": "aikg_ner_orgs"}
    nlp.add_pipe("entity_ruler", name="aikg_lexicon", config={"overwrite_ents": True, "validate": False}, **where)
    nlp.add_pipe("entity_ruler", name="aikg_lexicon_lower", after="aikg_lexicon",
                 config={"overwrite_ents": False, "validate": False, "phrase_matcher_attr": "LOWER"})
    # The rulers match on ORTH and LOWER: their patterns need only the tokenizer. (EntityRuler runs
    # every pipe before it on each pattern otherwise: 1.4 s of tagging and parsing at start-up.)
    with nlp.select_pipes(enable=["aikg_lexicon", "aikg_lexicon_lower"]):
        nlp.get_pipe("aikg_lexicon").add_patterns(exact)
        nlp.get_pipe("aikg_lexicon_lower").add_patterns(lower)
    return nlp


# --------------------------------------------------------------------------- mentions

_QUOTE = re.compile(r"[«“\"]\s*([^«»“”\"]{2,60}?)\s*[»”\"]")
_NAMEY = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ0-9]|[a-z]{1,2}[A-Z])[\w\-\.’'&+]*$")   # « ePortugal », « xLAM-3 » too
_FRONTED_EVENT = re.compile(r"\s*(?:Au|À|A|Lors du|Lors de|Pendant|Durant|En marge du|En marge de|Sur la scène du|Sur la scène de)\s+"
                            r"(?:l[ae]\s+|l['’]\s*)?(?:(?:salon|sommet|forum|congrès|conférence|festival|événement|évènement)\s+)?")
_POSSESSIVES = frozenset(("son", "sa", "ses", "leur", "leurs"))
# a verb right after a closing quotation mark and a comma introduces its speaker (« « ... », a
# lancé X »; « », lance-t-elle »)
_QUOTE_INCISE = re.compile(r"[»”]\s*,\s*(?:(?:a|avait|aura)\s+)?$")
# « un laboratoire commun, baptisé X »: the noun phrase a naming participle gives its name
_NAMED_AFTER = re.compile(r"(?:^|[\s'’])(?:(?:une?|la|le)\s+|l['’]\s*)([\w\- ]{1,40}?)\s*,?\s*(?:baptisée?s?|nommée?s?|appelée?s?|"
                          r"dénommée?s?|surnommée?s?)\s*[«“\"]?\s*$")
_INDEFINITE_APPOSITION = re.compile(r"\s*,\s*(?:une?|l['’]une?\s+des)\s")   # « X, une PME basée à Nantes »
# between « son siège » and its place: « est (toujours) à », « se trouve à », « social reste à »
_SEAT_WORDS = frozenset("est sera reste demeure se trouve situé installé social toujours désormais aujourd'hui à au en".split())
_OUR = frozenset(("notre", "nos"))          # an interview's « notre », « nos » (see _add_we)
_BRETON_TAIL = re.compile(r"['’]h(?![\w'’])")   # « Guivarc'h », « Le Goarnec'h »: a Breton surname's end
# the singular definite and demonstrative determiners, by the gender they show (« la chercheuse », « ce
# quadragénaire »); with the elided « l' », which shows none, all of them
_DETS_BY_GENDER = {"f": ("la", "cette"), "m": ("le", "ce", "cet")}
_DEFINITE_DETS = frozenset(("l'", "l’", *_DETS_BY_GENDER["f"], *_DETS_BY_GENDER["m"]))
_ROLES_AND = re.compile(r"\s+et\s+[\w\-’'.]+(?:\s+[\w\-’'.]+){0,3}?\s*,")   # « Son fondateur et PDG, X »
_UNDER_LICENCE = re.compile(r"\bsous\s+licences?\s+$", re.I)
_HYPHEN_SUFFIX = re.compile(r"-[A-Za-z0-9][\w.]*(?:-[\w.]+)*(?![\w\-])")
_AUPRES_BEFORE = re.compile(r"\bauprès\s+(?:de|des|du|d['’])\s*(?:la\s+|l['’])?$")
# « rejoindra en mai l'équipe de X »: a time or an adverb between a verb and its object
_TIME_BEFORE_OBJECT = re.compile(r"\s*(?:(?:en|dès|début|fin|mi-|à\s+la\s+fin\s+d[e'’]|le)\s*[\w\-]+(?:\s+\d{4})?|"
                                 r"[\w\-]+ment|aussi|également|déjà|bientôt|désormais|ainsi)?\s*")
# « avait été présentée par X »: a passive's agent follows
_AGENT_BEFORE = re.compile(r"\b(?:été|étée?s?|sont|est|était|sera|seront)\s+(?:[\w\-]+\s+){0,3}?"
                           r"[\w\-]+(?:é|ée|és|ées|i|ie|is|ies|t|te|ts|tes)\s+(?:[^,;.]{0,25}\s+)?par\s+"
                           r"(?:(?:la|le|les|l['’]|un|une)\s*(?:[a-zàâçéèêëîïôûù\-]+\s+){0,3}?)?$")
# « VivaTech, à Paris, où », « le salon, où »: a relative clause of place after an event's name
_WHERE_AFTER = re.compile(r"\s*,\s*(?:(?:à|en)\s+[A-ZÀ-Ý][^,;.]{1,30},\s*)?où\s+(?:(?:la|le|l['’])\s*(?:[a-zà-ÿ\-]+\s+){0,2})?")
# « par deux anciens élèves de Centrale Lille, A et B »: the people come after the counted description
_COUNTED_AGENTS = re.compile(r"\s*(?:deux|trois|quatre|cinq|six)\s+(?!(?:millions?|milliards?|mois|ans|années)\b)"
                             r"[^,;.«»()]{1,60}?,\s*")
# A sentence opening on a participle of founding and its agent (« Fondée en 2021 par A et B, »)
_FRONTED_AGENT = r"\b[^.;]{0,80}?\bpar\b[^.;]{1,200},\s*"      # « ... par A et B, » up to the comma before the subject
_FRONTED_FOUNDING = re.compile(r"\s*(?:Co-?)?(?:[Ff]ondée?s?|[Cc]ofondée?s?|[Cc]réée?s?|[Ll]ancée?s?)" + _FRONTED_AGENT)
# Prepositions of place before a name (« à Paris », « depuis Lyon »); with « de » and its forms, what
# _place_ok accepts before a place
_PLACE_PREPS = frozenset(("à", "en", "au", "aux", "dans", "vers", "depuis"))
# ... and on a participle of being bought (« Rachetée par X en 2024, Bessonia »)
_FRONTED_TAKEN = re.compile(r"\s*(?:[Rr]achetée?s?|[Aa]cquise?s?|[Rr]eprise?s?|[Aa]bsorbée?s?)" + _FRONTED_AGENT)
_HYPHENED_HEAD = re.compile(r"[A-ZÀ-Ý][\w’']*-$")   # « Aix- » before « Marseille Université »


class FirstNames(dict):
    """Folded first names -> gender (« f » / « m »); a compound of two (« Paul-Arthur », folded
    « paul arthur ») is one too, of its first part's gender."""

    def _compound(self, key) -> str | None:
        parts = key.split(" ") if isinstance(key, str) else ()
        return dict.get(self, parts[0]) if len(parts) == 2 and all(dict.__contains__(self, p) for p in parts) else None

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, key) or self._compound(key) is not None

    def get(self, key, default=None):
        return dict.get(self, key) or self._compound(key) or default


# « la filiale d'Alphabet, et à Tesla »: a list's link whose preposition is not the one before its
# first item ends the list (see _list_from)
_PREPS = r"(de|du|des|d['’]|à|au|aux|avec|par|chez)"
_LINK_PREP = re.compile(r"(?:^|[\s,])(?:et|ou|ainsi que)\s+" + _PREPS + r"(?![\w])")   # « , et à » in a list's link
_PREP_BEFORE = re.compile(r"(?:^|\s)" + _PREPS + r"\s*(?:(?:la|le|les|l['’])\s*)?(?:[a-zà-ÿ\-]+\s+)?$")
_PREP_FAMILY = {"de": "de", "du": "de", "des": "de", "d": "de", "a": "à", "au": "à", "aux": "à",
                "avec": "avec", "par": "par", "chez": "chez"}
# words after which a description starts afresh (see _described_as)
_DESCRIPTION_STOPS = frozenset("la le les une un cette ce du au aux à avec par chez pour et ou dont que qui".split())
# a fronted « Face à A, la filiale de B, et à C, X ... » (see _fronted_rivalry)
_FRONTED_FIRST = re.compile(r"\s*(?:(?:la|le|les|l['’])\s*)?(?:[a-zà-ÿ\-]+\s+)?")   # « Face à l'américain X »
_FRONTED_NEXT = re.compile(r"\s*,?\s*(?:et|ou|ainsi que|comme|voire)?\s*(?:à|au|aux|avec|de|du|des|d['’])?\s*"
                           r"(?:(?:la|le|les|l['’])\s*)?(?:[a-zà-ÿ\-]+\s+)?")        # « , et à l'allemand Y »
_FRONTED_SUBJECT = re.compile(r"\s*,\s*(?:(?:le|la|les|l['’])\s*)?(?:[a-zà-ÿ\-]+\s+){0,3}")   # « , la start-up X »
_FRONTED_OPEN_ASIDE = re.compile(r"\s*,\s*(?:la|le|l['’]|un|une|son|sa|qui|dont)\b[^,;:.«»()]*")
_FRONTED_ASIDE = re.compile(r"^\s*,\s*(?:(?:la|le|l['’]|un|une|son|sa)\s*[^,;:.«»()]{1,80}|(?:qui|dont)\s[^,;:.«»()]{1,120}),"
                            r"(?=\s*(?:et|ou)\b)")                             # an apposition or relative, then « et »
# « par l'Eurométropole de S., l'Université de S. et le cluster X »: a comma and an article (and a
# type noun) between two names of a list, which « et » must end (see _list_from)
_ARTICLE_LINK = re.compile(r"\s*,\s*(?:le|la|les|l['’])\s*(?:[a-zà-ÿ][a-zà-ÿ\-]+\s+)?")
_BULLET = re.compile(r"[ \t]*(?:[-–—•*▪►]|\d{1,2}[.)]|\d{1,2}\s?h(?:\s?\d{2})?\s*[—–-])\s+")   # a list item's
                                        # start: « - », « • », « 1. », a live report's « 11 h 30 — »
_PLACE_OF = re.compile(r"\s+(?:du|de\s+la|de\s+l['’]|d['’]|de)\s*")   # « l'Union des experts-comptables du Rhône »
_PREP_FORMS = {"de": ("d", "du", "des"), "à": ("au", "aux")}   # « la tête d'Ostara », « du groupe »


_WORD_OR_HYPHEN = re.compile(r"[\w\-]")


_DATE_ASIDE_WORD = re.compile(r"(?:en|au|à|dès|début|fin|mi|le|l|" + _MONTHS + r"|\d{1,4}(?:er)?|dernier|dernière)")
_DATE_ASIDE_KEY = re.compile(_MONTHS + r"|\d{4}")


def _dated_aside_at(low: list[str], j: int) -> int:
    """How many tokens from ``low[j]`` a date set off by commas takes (« , en avril 2024, »,
    « , fin 2025, »: one to four date words, a month or a year among them), else 0."""
    if low[j] != ",":
        return 0
    close = next((k for k in range(j + 2, min(len(low), j + 6)) if low[k] == ","), None)
    if close is None:
        return 0
    words = low[j + 1:close]
    ok = all(_DATE_ASIDE_WORD.fullmatch(w) for w in words) and any(_DATE_ASIDE_KEY.fullmatch(w) for w in words)
    return close - j + 1 if ok else 0


def _aside_at(low: list[str], j: int, asides: tuple) -> int:
    """How many tokens from ``low[j]`` (lowercased words) an aside of ``asides`` (its words
    joined without spaces or apostrophes) takes (« quant à lui », « cette semaine », « d'ici à
    l'automne », however the tokenizer cut it), else 0."""
    first = low[j].replace("’", "").replace("'", "")
    for target in asides:
        if not target.startswith(first):
            continue
        got = first
        if got == target:
            return 1
        for m in range(1, len(target)):
            if j + m >= len(low):
                break
            got += low[j + m].replace("’", "").replace("'", "")
            if got == target:
                return m + 1
            if not target.startswith(got):
                break
    return 0


def _occurrences(text: str, names) -> list[tuple[int, int]]:
    """The (start, end) of each whole-word occurrence of one of ``names`` in ``text``, left to
    right without overlap, the longest name first where several start at one place: what
    ``re.finditer`` of their alternation does, without compiling a regex per article."""
    hits = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at and _WORD_OR_HYPHEN.match(text, at - 1)) and not _WORD_OR_HYPHEN.match(text, end):
                hits.append((at, end))
            at = text.find(name, at + 1)
    hits.sort(key=lambda h: (h[0], -h[1]))
    out, last = [], 0
    for s, e in hits:
        if s >= last:
            out.append((s, e))
            last = e
    return out


def _without_article(name: str) -> str:
    """« l'Agence ... » -> « Agence ... » (a name's leading elided article only)."""
    return re.sub(r"^[lL]['’]\s*", "", name.strip())


_SMALL_WORDS = frozenset("de du des d l la le les pour et en a au aux sur sous dans par".split())
_KNOWN_VERSION = re.compile(r"(?<![\w\-])([A-Z][\w]{2,})-(?=\d)[\w.]*\w(?![\w\-])")
_HYPHEN_VERSION = re.compile(r"(?<![\w\-.])[A-ZÀ-Ý][\w]+(?:-[A-Z0-9][\w]*)+[ \t]+" + _VERSION + r"(?![\w\-])")   # « Trame-IDS 2 »
_LOWER_MODEL = re.compile(r"(?<![\w\-.])(?=[a-z0-9.\-]*\d)[a-z][a-z0-9.]*(?:-[a-z0-9.]+)+(?![\w\-])")   # « gpt-oss-120b »


_ORDINAL = re.compile(r"\d+(?:er|re|ère|e|è|ème|eme|nd|nde)")   # « à compter du 1er mars »: no name


def _is_namey(tok) -> bool:
    return bool(_NAMEY.match(tok.text)) and not tok.is_punct and not _ORDINAL.fullmatch(tok.text)


@dataclass
class _Cand:
    start: int            # char offsets
    end: int
    type: str
    source: str           # lexicon | pattern | ner
    key: str | None = None
    label: str | None = None
    prio: int = 0
    lower_ok: bool = False      # a lower-case name the context vouches for (« racheté io, la start-up »)
    known_start: bool = False   # a lexicon name made longer (« Le Chat Enterprise »): its first word is fine


def _passive_expletive(tok) -> bool:
    """« Il est également intégré à Brumea Console »: the parser calls this « Il » an expletive
    (as in « Il est prévu que ... »); it is a subject when its head is a participle or adjective
    with a copula or passive auxiliary and no clause of its own (« prévu que / de »)."""
    head = tok.head
    if tok.dep_ != "expl:subj" or head.pos_ not in ("VERB", "ADJ"):
        return False
    deps = {c.dep_ for c in head.children}
    return bool(deps & {"cop", "aux:pass"}) and not deps & {"ccomp", "csubj", "xcomp", "csubj:pass"} \
        and not any(c.dep_ == "mark" for c in head.children)


_EVENT_WORD = re.compile(r"[A-ZÀ-Ý][\w’'\-]*[aeiéo]thon(?: " + EDITION_YEAR + r")?")   # « le Plaidathon (2026) »,
                                                                                    # « Fournithon » (not « Python »)
# The words before a former employer's name: « passée par », « a quitté », « ancien(ne) de », « en provenance de »
_FORMER_EMPLOYER_SLOT = (r"\b(?:[Pp]assée?s?[ \t]+(?:par|chez)|(?:a|avait|ont|avaient)[ \t]+quitté"
                         r"|[Aa]ncienne?s?[ \t]+(?:de|d['’]|du)|[Ee]n[ \t]+provenance[ \t]+(?:de|d['’]|du))")
_TITLE_EDITION = re.compile(      # « Fréquences IA 2026 : le programme ... », « # Code en Seine 2026 : »
    r"(?m)^(?:#+[ \t]*)?(?P<name>[A-ZÀ-Ý][\w’'\-&]*(?:[ \t]+(?:[A-ZÀ-Ý&][\w’'\-&]*|de|du|des|en|et|d['’][A-ZÀ-Ý][\w\-]*))*)"
    r"[ \t]+" + EDITION_YEAR + r"[ \t]*:")


def _same_event(a: str, b: str) -> bool:
    """Whether two event labels name one event: the same name but for an edition's year, a head
    word (« Hackathon Noctambule », « Noctambule ») or a city (« Capillaria Paris », « Capillaria »)."""
    a, b = without_edition(fold(a)), without_edition(fold(b))
    return a == b or a.endswith(" " + b) or b.endswith(" " + a) or a.startswith(b + " ") or b.startswith(a + " ")


_UNIT_NAME_END = re.compile(r"\s(?:Labs?|Research|Data)$")   # « Tavelot Labs », « Iridelle Data »
_CLAUSE_VERB_DEPS = frozenset({"ROOT", "conj", "aux", "aux:tense", "aux:pass", "cop", "parataxis"})


class Extractor:
    """Loads the model once; turns articles into ``ArticleResult`` records."""

    def __init__(self, settings: Settings | None = None, nlp=None, lexicon: Lexicon | None = None):
        self.settings = settings or Settings()
        self.lexicon = lexicon or load_lexicon(self.settings.lexicon)
        self.cues = load_cues()
        self.conditional_morphs: dict[int, bool] = {}   # morphology hash -> Mood=Cnd (_DocExtraction._conditional)
        if nlp is None:
            with few_collections():        # the model and rulers: long-lived objects (kg.gctune)
                nlp = build_nlp(self.settings, self.lexicon)
        self.nlp = nlp
        self.version = pipeline_version(self.settings)

    @cached_property
    def known_words(self) -> frozenset[str] | None:
        """The lemmas the French lemmatizer's tables know (common nouns, verbs, adjectives, adverbs),
        or None for a pipeline without them."""
        if "lemmatizer" not in self.nlp.pipe_names:
            return None
        lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            return None
        index = lookups.get_table("lemma_index")
        return frozenset(w for key in index.keys() for w in index[key])

    # -- public API

    def extract(self, article: Article) -> ArticleResult:
        return self.extract_doc(self.nlp(article.text), article)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        pairs = ((a.text, a) for a in articles)
        for doc, art in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            yield self.extract_doc(doc, art)

    def extract_doc(self, doc, article: Article) -> ArticleResult:
        return _DocExtraction(self, doc, article).run()


class _DocExtraction:
    """The work on one Doc (kept in one object so helpers share the sentence tables)."""

    def __init__(self, ex: Extractor, doc, article: Article):
        self.ex, self.cues, self.lex = ex, ex.cues, ex.lexicon
        self.doc, self.article, self.text = doc, article, article.text
        self.sents = list(doc.sents)
        self.sent_of_tok = [n for n, sent in enumerate(self.sents) for _ in range(len(sent))]
        # token attributes read in loops over every token, taken once (a Token object costs a
        # C call and an allocation at each doc[i])
        self.tok = list(doc)                     # the Token objects, made once (see _toks)
        self.texts, self.lemmas, self.pos, self.namey, self.idx = [], [], [], [], []
        for t in self.tok:
            self.texts.append(t.text)
            self.lemmas.append(t.lemma_.lower())
            self.idx.append(t.idx)
            self.pos.append(t.pos_)
            self.namey.append(_is_namey(t) and not (t.is_sent_start and (
                fold(t.text) in ex.cues.naming_words     # « Baptisée X, », « Concrètement, le modèle »: no name
                or t.pos_ == "ADV" and t.lower_.endswith("ment") and t.i + 1 < len(doc) and doc[t.i + 1].text == ",")))
        self._tn_cache: dict[tuple[int, int, bool], str | None] = {}
        self._cond: list[bool] | None = None      # see _conditional
        self._investing: dict[tuple[int, int], bool] = {}   # see _invests_as_subject
        self._by_sent: dict[int, list[int]] = {}     # filled once mentions are final (relations stage)
        self._sources: dict[int, tuple[int | None, int | None]] = {}   # sentence -> (source, media named)
        self._sent_toks: dict[int, list] = {}     # sentence start -> its tokens (see _toks)
        self._heads: list[tuple[int, bool]] | None = None   # heading starts, each with « body before »
        self._items: set[int] | None = None       # the sections that are a roundup's items
        self._denied: dict[tuple[str, int], bool] = {}   # (predicate, sentence) -> a « sans ... » denies it
        self._tables: dict[int, list] | None = None   # see _table_rows
        self._timeline_count: int | None = None   # see _timeline_subject
        self._reported: tuple | None = None       # see _report_event
        self._title_event: tuple[int, int] | None = None   # the event a title apart from the text names (_edition_titles)
        self._bold_items: dict[int, bool] = {}    # paragraph start -> opens on a bold organisation (_item_start)
        self._elsewhere: dict[tuple[int, int], set[str]] = {}   # see _other_demonym_orgs
        self.mentions: list[Mention] = []
        self.tok_mention: dict[int, int] = {}     # token index -> mention index
        self.relations: list[Relation] = []
        self.seen: set[tuple] = set()
        self.loose: list = []                     # NER places that failed the locative test
        self.untyped: list = []                   # NER spans (MISC) no rule could type
        self.described: dict[int, int] = {}       # token of « l'ancienne patronne » -> the person it describes
        self._gender: dict[str, str] | None = None   # see _genders (mentions are final by then)
        self._institution_labels: set[str] | None = None   # see _institutions
        self.renames: dict[str, str] = {}         # an organisation's old name -> its new one (« anciennement »)
        self.we: int | None = None                # an interview's organisation (see _add_we)
        q = re.search(r"\?\s*\n", self.text)
        self.question_at: int | None = q.start() if q else None   # where the first « ...? » paragraph ends

    # ---------------------------------------------------------------- entities

    def run(self) -> ArticleResult:
        cands = self._candidates()
        cands += self._city_institutions(cands)
        cands += self._headed_names()
        cands += self._edition_titles()
        cands += self._former_employer_names()
        cands += self._called_names()
        cands += self._versioned_names()
        cands += self._surname_candidates(cands)
        cands += self._unplaced_candidates(cands)
        cands += self._acronym_candidates(cands)
        cands += self._rename_candidates(cands)
        cands = self._table_cells(cands)
        self._add_mentions(cands)
        self._add_list_members()
        self._add_repeats()
        self._list_item_types()
        self._maker_named_products()
        self._coordinated_orgs()
        self._add_anaphora()
        self._add_latter()
        self._add_ordinals()
        self._add_pronouns()
        self._add_we()
        self._reindex()
        self._relations()
        return ArticleResult(self.article, self.mentions, self.relations)

    def _city_institutions(self, cands: list[_Cand]) -> list[_Cand]:
        """« La Rochelle Université », « Nantes Université »: a place the lexicon knows followed by
        « Université » is a university's name, not the city (longer than the place's span)."""
        out = []
        for c in cands:
            if c.type == "Place" and c.source == "lexicon" and (m := self.cues.city_institution_rx.match(self.text, c.end)):
                head = _HYPHENED_HEAD.search(self.text, max(0, c.start - 20), c.start)
                start = c.start - len(head.group()) if head else c.start   # (« Aix-Marseille Université »)
                out.append(_Cand(start, m.end(), "Organization", "pattern", prio=max(c.prio, 3), known_start=True))
        return out

    _HEADED_NAME = re.compile(r"(?<![\w’'])(?P<head>[A-ZÀ-Ý]\w+)\s+(?:de|du|des|d[’'])\s*(?:la\s+|l[’'])?"
                              r"[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:(?:de|du|des)\s+|d[’'])?[A-ZÀ-Ý][\w’'\-]+)*")   # (« Société du Canal de Provence »)

    def _edition_titles(self) -> list[_Cand]:
        """A headline or heading that opens on a name and an edition's year before a colon
        (« Fréquences IA 2026 : le programme complet du forum ») names an event; so does that
        name, with or without the year, elsewhere in the article. The name needs two capitalised
        words or one no French word (not « Budget 2026 : », « Palmarès 2026 : »)."""
        out = []
        for m in _TITLE_EDITION.finditer(self.text):
            end = self.text.find("\n", m.start())
            line = self.text[m.start():end if end >= 0 else len(self.text)].strip()
            if line[-1:] in ".!?…»" or len(line.split()) > 20:
                continue                        # (a headline's or heading's line, not a paragraph's)
            name = m.group("name")
            k = self._token_at(m.start("name"))
            if self._edition_name(name, k is not None and self._known_word(self.tok[k])):
                out += self._edition_mentions(name, m.start("name"), m.start() + len(m.group().rstrip(" \t:")))
        # a title kept apart from the text (a .txt's « title: », a front matter's) names the event too: its
        # first mention in the text is the one the report is about (:meth:`_report_event`)
        title = (self.article.title or "").strip()
        if title and not self.text.lstrip().startswith(title) and (m := _TITLE_EDITION.match(title)) is not None:
            name = m.group("name")
            known = self.ex.known_words
            if self._edition_name(name, known is None or fold(name) in known or name.lower() in known):
                cands = self._edition_mentions(name, -1, -1)
                out += cands
                if cands:
                    self._title_event = (cands[0].start, cands[0].end)
        return out

    def _edition_name(self, name: str, known: bool) -> bool:
        """Whether ``name``, before an edition's year in a headline, names an event: two capitalised
        words, or one word French does not know (``known`` says whether it does), and neither a
        function word nor a name the lexicon holds (« Salon du Bourget 2025 : »: the lexicon's event)."""
        words = name.split()
        if len([w for w in words if w[:1].isupper()]) < 2 and not (len(words) == 1 and not known):
            return False
        return not (fold(words[0]) in self.cues.not_entities or words[0] in self.cues.not_first_words
                    or self.lex.lookup(name) is not None)

    def _edition_mentions(self, name: str, start: int, end: int) -> list[_Cand]:
        """Event candidates for a headline's edition ``name`` (its span ``start``-``end`` in the text,
        -1 when the headline is not in it) and for that name elsewhere, with or without the year;
        labelled by the name alone when the article also says it without the year."""
        others = [o for o in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?:[ \t]+" + EDITION_YEAR
                                         + r")?(?![\w\-])", self.text) if o.start() != start]
        label = name if any(o.group() == name for o in others) else None
        out = [_Cand(start, end, "Event", "pattern", label=label, prio=5)] if start >= 0 else []
        return out + [_Cand(o.start(), o.end(), "Event", "pattern", label=label, prio=4) for o in others]

    _FORMER_SLOT = re.compile(
        _FORMER_EMPLOYER_SLOT + r"[ \t]*(?:(?:la|le|l['’])[ \t]*)?"
        # (not the start of a foreign name with a lower-case link: « le Max-Planck-Institut für Eisenforschung »)
        r"(?P<name>[A-ZÀ-Ý][\w\-&’']*(?:[ \t]+[A-ZÀ-Ý][\w\-&]*){0,2})(?![\w\-&’']|[ \t]+(?:für|of|for|di|del|der|von|van)[ \t])")

    # « Le cœur de la technologie de Ferlage s'appelle Drisse », « Son actif principal s'appelle Hydrane »: a
    # sentence that opens on a noun phrase and names what it is
    _CALLED = re.compile(
        r"(?:^|(?<=[.!?:»][ \t])|(?<=\n))(?P<np>(?:Le|La|L['’]|Les|Son|Sa|Ses|Leur|Leurs|Notre|Nos|Votre|Cette|Ce|Cet)"
        r"[ \t]*[^.;:!?\n«»]{1,80}?)[ \t]+s['’]appell?e(?:nt)?[ \t]+"
        r"(?P<name>[A-ZÀ-Ý][\w\-’'&]*(?:[ \t]+[A-ZÀ-Ý0-9][\w\-&]*)*)")
    _CALLED_HEAD_SKIP = frozenset(("principal", "principale", "nouveau", "nouvel", "nouvelle", "premier", "première",
                                   "dernier", "dernière", "grand", "grande", "vrai", "vraie"))

    def _called_type(self, np: str, name_end: int) -> str | None:
        """The type of what « NP s'appelle X » names: the noun phrase's head when a type noun (« Le
        produit phare » a product, « Cette entreprise » an organisation; a model when an apposition
        after the name says so), else a model (« Le cœur de la technologie », « Son actif principal »:
        what an article on AI calls a company's core); None for a person's noun."""
        words = [fold(w) for w in re.findall(r"[^\W\d_][\w\-]*", np)[1:]]
        head = next((w for w in words if w not in self._CALLED_HEAD_SKIP), "")
        if head in self.cues.role_words or head in ("projet", "projets", "nom", "recrue", "invité", "invitée"):
            return None                         # (« Son associé s'appelle Paul »; « Son nouveau projet s'appelle
                                                # Zéolite. Elle l'a fondée »: a company as well as a product)
        typ = self.cues.type_nouns.get(head)
        tail = self.text[name_end:name_end + 200]   # what the apposition or the next sentence calls it: « X :
        said = re.match(r"\s*[,:]\s*(?:[^,.;:]{0,60}?,\s*)?(?:un|une|le|la|l['’]|ce|cet|cette)\s*([^\W\d_]+)", tail) \
            or re.match(r"[^.!?]*[.!?]\s+(?:Ce|Cet|Cette|Le|La|L['’])\s*([^\W\d_]+)", tail)   # lancée en 2024,
        said = self.cues.type_nouns.get(fold(said.group(1))) if said else None   # cette application », « X. Ce
        if said in ("AIModel", "Product") and typ in (None, "AIModel", "Product"):   # modèle »
            return said
        return typ if typ and typ != "Place" else "AIModel"

    def _called_names(self) -> list[_Cand]:
        """Candidates for the names « NP s'appelle X » gives (see :meth:`_called_type`)."""
        out = []
        for m in self._CALLED.finditer(self.text):
            name = m.group("name")
            words = name.split()
            if self.lex.lookup(name) is not None or words[0] in self.cues.not_first_words \
                    or self._person_name_at(m.start("name"), words):
                continue                        # (« La principale recrue s'appelle Nadia Illouz »: a person)
            typ = self._called_type(m.group("np"), m.end("name"))
            if typ is not None:
                out.append(_Cand(m.start("name"), m.end("name"), typ, "pattern", prio=2))
        return out

    def _called_thing(self, sent, ms: list[int]) -> None:
        """« Le cœur de la technologie de Ferlage s'appelle Drisse », « Le produit phare de la start-up
        s'appelle Noctule », « Son actif principal s'appelle Hydrane »: the organisation the noun phrase
        names (else the one « son » stands for) develops the model or product so named."""
        hit = self._CALLED.match(self.text, sent.start_char, sent.end_char)
        if hit is None:
            return
        thing = next((i for i in ms if self.mentions[i].start == hit.start("name")
                      and self.mentions[i].type in ("AIModel", "Product")), None)
        if thing is None:
            return
        owner = next((i for i in ms if hit.start("np") <= self.mentions[i].start < hit.end("np")
                      and self.mentions[i].type in ("Organization", "Team")), None)
        if owner is None and fold(hit.group("np").split()[0]) in ("son", "sa", "ses", "leur", "leurs"):
            owner = self._prev_subject_org(sent)
            if owner is None:
                owner = self._antecedent(sent.start_char, "Organization")
        elif owner is None and fold(hit.group("np").split()[0]) in ("notre", "nos"):
            owner = self.we
        if owner is not None:
            self._add("develops", self.mentions[owner].refers_to if self.mentions[owner].refers_to is not None else owner,
                      thing, sent, "called-thing", 0.65)

    _VERSIONED = re.compile(r"(?<![\w\-])[A-ZÀ-Ý][a-zà-ÿ][\w]+-\d+(?:\.\d+)?[A-Za-z]{0,2}(?![\w\-])")

    def _versioned_names(self) -> list[_Cand]:
        """« Mélilot-3, attendu pour l'automne, », « Noctule-2, qui succédera à Noctule »: a capitalised
        word, a hyphen and a version number is a model's name even where spaCy finds no entity (the
        lexicon's names, words it calls no entity and ``versioned_non_models`` excepted: « Covid-19 »,
        « Ariane-6 »)."""
        return [_Cand(m.start(), m.end(), "AIModel", "pattern", prio=1) for m in self._VERSIONED.finditer(self.text)
                if self.lex.lookup(m.group()) is None and fold(m.group().split("-")[0]) not in self.cues.not_entities
                and fold(m.group().split("-")[0]) not in self.cues.versioned_non_models]

    def _person_name_at(self, start: int, words: list[str]) -> bool:
        """Whether the capitalised words at offset ``start`` are a person's full name: a first name
        and more, or several words spaCy calls a person."""
        return len(words) > 1 and (fold(words[0]) in self.cues.first_name_gender
                                   or any(e.label_ == "PER" and e.start_char == start for e in self.doc.ents))

    def _former_employer_names(self) -> list[_Cand]:
        """« elle est passée par Zalando », « a quitté Zymentis », « en provenance de ManoMano »: a
        capitalised name that no French word starts, right after a former employer's slot, is an
        organisation's (spaCy often finds none there); the lexicon's names keep their own type."""
        out = []
        for m in self._FORMER_SLOT.finditer(self.text):
            name = m.group("name")
            words = name.split()
            k = self._token_at(m.start("name"))
            if k is None or len(words) == 1 and self._known_word(self.tok[k]) or self.lex.lookup(name) is not None \
                    or fold(words[0]) in self.cues.not_entities or words[0] in self.cues.not_first_words \
                    or self._person_name_at(m.start("name"), words):
                continue                        # (« le temps passé par Basile Quémeneur chez »: a person)
            out.append(_Cand(m.start("name"), m.end("name"), "Organization", "pattern", prio=2))
        return out

    def _headed_names(self) -> list[_Cand]:
        """« les Verreries de Joncherolles », « la Compagnie des Alpes »: an organisation's head word
        (``org_name_heads``) and « de » before a capitalised name make one organisation's name, not
        the place it may contain; so does a capitalised plural of a common noun after « les » (« les
        Pêcheurs de Penfret »), unless it starts an event's name (« les Assises de ... »)."""
        known = self.ex.known_words
        return [_Cand(m.start(), m.end(), "Organization", "pattern", prio=3, known_start=True)
                for m in self._HEADED_NAME.finditer(self.text) if fold(m.group("head")) in self.cues.org_name_heads
                or known is not None and self.text[max(0, m.start() - 4):m.start()] == "les "
                and m.group("head")[-1] in "sx" and m.group("head")[:-1].lower() in known
                and fold(m.group("head")) not in self.cues.event_name_starts]

    def _sent(self, tok_i: int):
        """The sentence (Span) of token ``tok_i``: a table lookup (``Token.sent`` rescans the doc)."""
        return self.sents[self.sent_of_tok[tok_i]]

    def _adjectival(self, tok_i: int) -> bool:
        """An adjective by its tag, or a lower-case word with an adjective's ending that the parser
        took for a noun (« l'assistant conversationnel Jovia »; not the verb « explique »)."""
        word = self.texts[tok_i]
        return self.pos[tok_i] == "ADJ" or (self.pos[tok_i] == "NOUN" and word.islower() and len(word) > 4
                                             and fold(word).endswith(self.cues.adjective_endings))

    def _type_noun_before(self, tok_i: int, window: int = 4, owned: bool = True) -> str | None:
        """Type named by a noun right before token ``tok_i`` (« la start-up », « son événement »;
        ``owned``: « son laboratoire X » is a team)."""
        key = (tok_i, window, owned)
        if key not in self._tn_cache:
            typ = self._type_noun_before_uncached(tok_i, window, owned)
            if typ and tok_i > 1 and self.texts[tok_i - 1] == ",":
                typ = self._head_noun_type(tok_i - 1) or typ   # « l'équipe de recherche de la start-up, X »
            self._tn_cache[key] = typ
        return self._tn_cache[key]

    _FRONTED_ADVERBIAL = re.compile(r"\s*(?:Pour|Afin\s+d[e'’]|Avec|Sans|Malgré|Grâce\s+(?:à|aux?)|Après|Avant\s+d[e'’]|"
                                    r"Depuis|Pendant|Durant|Outre|Faute\s+d[e'’]|Comme|En)\b")

    def _fronted_adverbial_subject(self, tok_i: int) -> bool:
        """Whether token ``tok_i``, after a comma, is the subject of the sentence's main verb after a
        fronted adverbial phrase (« Pour entraîner ses modèles, Iridance s'appuie sur »)."""
        sent = self._sent(tok_i)
        tok = self.tok[tok_i]
        while tok.dep_ == "flat:name" and tok.head.i < tok.i:
            tok = tok.head
        return tok_i > sent.start and self.texts[tok_i - 1] == "," \
            and bool(self._FRONTED_ADVERBIAL.match(self.text, sent.start_char)) \
            and tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.i > tok_i and tok.head.dep_ == "ROOT" \
            and "," not in self.texts[tok_i:tok.head.i]

    def _type_noun_before_uncached(self, tok_i: int, window: int, owned: bool) -> str | None:
        sent_start = self._sent(tok_i).start
        lo = max(tok_i - window, sent_start)
        words = [t for t in self.tok[max(lo - 2, sent_start):tok_i] if not (t.is_punct and t.text not in "-")]
        if words and words[-1].lower_ in ("comme", "notamment", "dont") and tok_i - 2 >= sent_start \
                and self.texts[tok_i - 2] == "," and any(    # « des jeunes pousses locales, comme Aérolithe »
                    t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") for t in self.tok[max(sent_start, tok_i - 5):tok_i - 2]):
            words = [t for t in self.tok[max(lo - 4, sent_start):tok_i - 2] if not (t.is_punct and t.text not in "-")]
        variants = [words[-window:]]
        trimmed = list(words)
        mods = self.cues.type_noun_modifiers
        for _ in range(2):                      # « son assistant vocal Moshi »: skip adjectives
            if len(trimmed) >= 2 and trimmed[-1].i != trimmed[-2].i + 1:
                break                           # (none across punctuation: « coupent le système », raconte X »,
                                                # where spaCy tags « raconte » an adjective)
            if len(trimmed) >= 2 and fold(f"{trimmed[-2].text} {trimmed[-1].text}") in mods:
                trimmed = trimmed[:-2]          # « l'assistant grand public Yuanbao »
            elif trimmed and (self._adjectival(trimmed[-1].i) or fold(trimmed[-1].text) in mods
                              or trimmed[-1].is_lower and trimmed[-1].lower_ in self.cues.org_demonyms   # (spaCy's
                                                                          # PROPN: « la start-up bordelaise Kavéo »)
                              or "Part" in trimmed[-1].morph.get("VerbForm") and trimmed[-1].text.endswith(("é", "ée", "és", "ées"))):
                trimmed = trimmed[:-1]          # « son modèle phare Ferrum », « sa messagerie chiffrée Proton Mail »
            else:
                break
            variants.append(trimmed[-window:])
        if len(words) >= 2 and words[-1].lower_.replace("’", "'") in ("de", "d'", "du") \
                and fold(words[-2].text) in self.cues.type_nouns_before_de:
            return self.cues.type_nouns_before_de[fold(words[-2].text)]   # « l'édition d'AI Horizons »
        for ws in variants:
            if ws and "Plur" in ws[-1].morph.get("Number") and self.texts[tok_i - 1] == "," and ws[-1].i == tok_i - 2:
                continue                        # « Côté conférences, Maëlle Vézian »: a plural noun names no one
            glued = ws[-1].i if ws else 0       # where the last word's hyphenated compound starts
            while glued > 1 and self.texts[glued - 1] == "-" and not self.doc[glued - 2].whitespace_ \
                    and not self.doc[glued - 1].whitespace_:
                glued -= 2
            for n in range(min(5, len(ws)), 0, -1):
                if ws[-n].i > 0 and self.doc[ws[-n].i - 1].lower_ in ("s'", "s’", "se", "m'", "m’", "me"):
                    continue                    # « Oracle s'offre Pipelune »: a verb, not the noun « offre »
                if ws[-n].i > 0 and self.texts[ws[-n].i - 1].lower() in ("il", "elle", "ils", "elles", "on", "qui"):
                    continue                    # « Il équipe Axelle »: the verb « équiper », no team
                if ws[-n].i > glued:
                    continue                    # « vélos en libre-service Rouelle »: a compound's end, no head
                if any(t.text[:1].isupper() and not t.text.isupper() and t.i != sent_start for t in ws[-n:]):
                    continue                    # « Dassault Systèmes, Gwendal Morvézen »: a name's word
                if ws[-n].i > 0 and fold(self.texts[ws[-n].i - 1]) in self.cues.role_words:
                    continue                    # « la directrice produit Perrine Gaucheron »: a job
                if ws[-n].i > 1 and self.texts[ws[-n].i - 1].lower() in ("de", "des", "du") \
                        and fold(self.texts[ws[-n].i - 2]) in self.cues.venue_nouns:
                    continue                    # « au centre de congrès Vinci », « le palais des festivals X »: a venue
                phrase = fold(" ".join(t.text for t in ws[-n:]))
                if phrase in self.cues.type_nouns:
                    outer = self._outer_type_noun(ws[-n].i, owned, phrase in self.cues.field_type_nouns)
                    if outer:
                        return outer            # « la start-up d'IA Kymatos »: a company, not a model
                    if phrase in self.cues.field_type_nouns and self.texts[tok_i - 1] == ",":
                        continue                # « une équipe de recherche en intelligence artificielle, Ostralis »:
                                                # an apposition to the phrase (_apposed_to_type_noun), no « IA X »
                    if owned and phrase in self.cues.owned_units and ws[-n].i > 0 and self._owner_det(ws[-n].i - 1):
                        return "Team"           # « Airbus transfère son laboratoire Nadir »: a unit of its owner
                    if owned and phrase in self.cues.owned_units and ws[-n].i > 0 and tok_i < len(self.tok):
                        sent_end = self._sent(tok_i).end
                        after = self._past_name(tok_i, sent_end)
                        if self._owner_after(after, sent_end) or self._apposition_type(after, False) == "Team":
                            return "Team"       # « le laboratoire Hématite de la start-up », « le laboratoire
                                                # Mésosim, l'équipe de simulation des matériaux du CEA »
                    return self.cues.type_nouns[phrase]
                lemma = fold(" ".join(t.lemma_ for t in ws[-n:]))
                if lemma in self.cues.type_nouns:
                    if "Plur" in ws[-n].morph.get("Number") and ws[-n].i > 1 \
                            and self.texts[ws[-n].i - 1].lower().replace("’", "'") in ("de", "d'") \
                            and fold(self.texts[ws[-n].i - 2]) in self.cues.type_nouns:
                        continue                # « le fabricant de cellules Cellindre »: a bare plural
                                                # complement of a type noun names what is made, not the name's
                                                # kind (not « une trentaine de jeunes pousses, comme X »)
                    return self.cues.type_nouns[lemma]
        return self._type_noun_with_complement(tok_i, sent_start, owned) if window >= 3 else None

    def _company_noun_before(self, tok_i: int) -> bool:
        """Whether a noun that only a company bears (« start-up », « entreprise ») or an unowned
        « laboratoire » stands in the seven tokens before token ``tok_i`` (no comma between: « la
        start-up française d'intelligence artificielle X »)."""
        lo = max(self._sent(tok_i).start, tok_i - 7)
        lo = max([lo] + [k + 1 for k in range(lo, tok_i) if self.texts[k] in (",", ";", ":", "(")])
        words = {fold(self._span_text(k, k + n)) for k in range(lo, tok_i) for n in (1, 2, 3) if k + n <= tok_i}
        return bool(words & (self.cues.org_only_nouns | self.cues.owned_units))

    def _outer_type_noun(self, j: int, owned: bool, field: bool = False) -> str | None:
        """The type of a type noun whose « de » complement starts at token ``j`` (« la start-up
        d'intelligence artificielle », « son laboratoire d'IA »: the head noun names the kind; not
        « le modèle du consortium X »: an owner). A ``field`` (« de l'intelligence artificielle »)
        may take an article."""
        if field and j >= 3 and self.texts[j - 1].lower().replace("’", "'") in ("l'", "la") \
                and self.texts[j - 2].lower() == "de":
            j -= 1                              # (« des entreprises de l'IA »: read from « l' » on)
        if j < 2 or self.texts[j - 1].lower().replace("’", "'") not in ("de", "d'") \
                or not self.tok[j - 2].is_lower:
            return None
        for n in (3, 2, 1):                     # (« jeune pousse d'IA », « start - up » in three tokens)
            if j - 1 - n < self._sent(j).start:
                continue
            phrase = fold(self._span_text(j - 1 - n, j - 1))
            typ = self.cues.type_nouns.get(phrase)
            if typ is None and n == 1 and field:
                typ = self.cues.type_nouns.get(fold(self.lemmas[j - 2]))   # « des entreprises de l'IA »
            if typ and typ != "Place":
                k = j - 1 - n
                if owned and phrase in self.cues.owned_units and k > 0 and self._owner_det(k - 1):
                    return "Team"
                return typ
        return None

    def _owner_det(self, i: int) -> bool:
        """Whether token ``i`` is a possessive determiner (« son », « leurs », « notre »): a unit
        noun after it (« son laboratoire », « notre laboratoire de recherche ») is its owner's."""
        return self.lemmas[i] in _POSSESSIVES or self.texts[i].lower() in _POSSESSIVES | _OUR

    def _type_noun_with_complement(self, tok_i: int, sent_start: int, owned: bool = True) -> str | None:
        """« l'assistant de prise de notes Scribelle », « la start-up de cybersécurité Vade »: a type
        noun, a « de » complement of lower-case words, then the name (not « le laboratoire de
        recherche de Meta »: a complement ending on « de » names the owner)."""
        k = tok_i - 1
        if k <= sent_start or not (self.tok[k].is_lower and self.tok[k].is_alpha and self.pos[k] in ("NOUN", "ADJ")):
            return None
        for j in range(k - 1, max(sent_start, tok_i - 7) - 1, -1):
            t = self.tok[j]
            if t.lower_.replace("’", "'") in ("de", "d'", "du", "des") and j > sent_start and self.tok[j - 1].is_lower:
                typ = self.cues.type_nouns.get(fold(self.texts[j - 1]))   # (not « Fonds de solidarité FTQ »)
                if typ and owned and fold(self.texts[j - 1]) in self.cues.owned_units and j > sent_start + 1 \
                        and self._owner_det(j - 2):
                    return "Team"               # « son laboratoire de recherche X »: a unit of its owner
                if typ and typ != "Place":
                    return typ
            if not (t.is_lower and (t.is_alpha or t.text in ("d'", "d’", "l'", "l’"))):
                return None
        return None

    def _naming_cue_before(self, tok_i: int) -> str | None:
        """« baptisé X », « connue sous le nom de X »: the type of the thing being named."""
        return self._naming_cue(tok_i)[0]

    def _naming_cue(self, tok_i: int) -> tuple[str | None, bool]:
        """The type :meth:`_naming_cue_before` gives, and whether a type noun said it (else
        AIModel by default, which a name's shape may override: « baptisée Hunyuan Lab »)."""
        sent = self._sent(tok_i)
        if tok_i - 2 >= sent.start and self.lemmas[tok_i - 1] == "appeler" and self.texts[tok_i - 2] in ("s'", "s’"):
            # « L'outil s'appelle Rustine »: the subject's type noun (none for « Le cœur du système s'appelle X »)
            subj = next((c for c in self.tok[tok_i - 1].children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            typ = (self.cues.type_nouns.get(fold(subj.text)) or self.cues.type_nouns.get(fold(subj.lemma_))) \
                if subj is not None else None
            if not typ or typ == "Place":
                return None, False
            span = self._name_span_from(tok_i)
            if span and re.match(r"\s*[,:]\s*(?:une?|la|le|l['’])\s", self.text[self.tok[span[1] - 1].idx + len(self.texts[span[1] - 1]):]):
                return None, False              # « s'appelle Clepsydre-3, une famille de modèles »: the apposition
                                                # after the name says its kind
            return typ, True
        lo = max(sent.start, tok_i - 6)
        before = fold(self._span_text(lo, tok_i))
        for cue in self.cues.naming:
            if before.endswith(cue):
                if tok_i > 0 and fold(self.texts[tok_i - 1]) == cue.split()[-1] \
                        and self.texts[tok_i - 1].lower() not in self.cues.naming_last_words:
                    break                       # « Mercator Group nomme X à la tête de »: folded like « nommé »,
                                                # but the verb
                if re.search(r"(?:^|\s)(?:a|ont|avait|avaient|aura|a\s+été|ont\s+été|est|sont|sera|été)\s+" + re.escape(cue) + "$",
                             before):
                    break                       # « le conseil a nommé Karim Haddad »: an appointment
                # the named thing's kind: nearest type noun before the cue
                k = tok_i - 1
                for j in range(k, max(sent.start, tok_i - 18) - 1, -1):
                    t = self._type_noun_before(j + 1, window=4)
                    if t:
                        t = self._head_noun_type(j) or t   # « L'équipe IA de la start-up, baptisée X »: a team
                    if t == "Team" and self._merged_entity(sent, before):
                        return "Organization", True   # « leur fusion. La nouvelle entité, baptisée Aurelis »
                    if t and t not in ("Place",):
                        return t, True
                if before == cue:               # « Baptisée Garde-fou, la nouvelle équipe sera »: the
                    t = self._fronted_named_type(tok_i)   # subject after the name says its kind
                    if t:
                        return t, True
                    t = self._previous_object_type(sent)
                    if t:
                        return t, True
                t = self._elided_type_noun(sent, tok_i)
                return (t, True) if t else ("AIModel", False)
        return None, False

    def _head_noun_type(self, j: int) -> str | None:
        """When token ``j`` is a type noun in the « de » complement of another type noun (« l'équipe
        IA de la start-up »), the type of the outermost such head noun; else None."""
        stop = max(0, j - 4)
        while j > stop and self.pos[j] not in ("NOUN", "PROPN", "X"):
            j -= 1                              # (the noun before « , baptisée »)
        tok, head = self.tok[j], None
        while tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
            tok = tok.head
            if fold(tok.text) in self.cues.type_nouns or fold(tok.lemma_) in self.cues.type_nouns:
                head = tok
        if head is None:
            return None
        typ = self._type_noun_before(head.i + 1, window=3)
        return typ if typ and typ != "Place" else None

    def _previous_object_type(self, sent) -> str | None:
        """« X a inauguré son laboratoire d'intelligence artificielle. Baptisé Dioptre, il ... »: the
        type the object of the sentence before names (its head noun, « son laboratoire »: a team)."""
        n = self.sent_of_tok[sent.start]
        if n == 0:
            return None
        prev = self.sents[n - 1]
        typed = {}
        for t in self._toks(prev):
            if t.pos_ == "NOUN" and fold(t.text) in self.cues.type_nouns:
                typ = self._type_noun_before(t.i + 1, window=3)
                if typ and typ != "Place":
                    typed[t.i] = typ
        # head nouns only (not « d'intelligence artificielle », the complement of « laboratoire »; the
        # root is its own head)
        heads = [i for i in typed if self.tok[i].head.i not in typed or self.tok[i].head.i == i]
        # the main clause's object or predicate (« Le cœur de la plateforme est un modèle ... entraîné par
        # les équipes de X, directeur technique de la société. Baptisé Y »: a model), else the last
        main = [i for i in heads if self.tok[i].dep_ == "ROOT"
                or self.tok[i].dep_ == "obj" and self.tok[i].head.dep_ == "ROOT"]
        return typed[(main or heads)[-1]] if heads else None

    def _fronted_named_type(self, tok_i: int) -> str | None:
        """The type noun of the noun phrase after a fronted « Baptisée X, » (« la nouvelle équipe »)."""
        span = self._name_span_from(tok_i)
        if not span or span[1] >= len(self.tok) or self.texts[span[1]] != ",":
            return None
        end = self._sent(tok_i).end
        for k in range(span[1] + 1, min(span[1] + 5, end)):
            typ = self.cues.type_nouns.get(fold(self.texts[k]))
            if typ and typ != "Place":
                return typ
            if self.pos[k] not in ("DET", "ADJ"):
                return None
        return None

    def _merged_entity(self, sent, before: str) -> bool:
        """Whether a Team noun before a naming cue (« la nouvelle entité, baptisée ») names the
        company a merger makes: the noun is one of ``merged_entity.nouns``, a merger word
        (``merged_entity.merger``) is in this sentence or the one before, and no team word
        (``merged_entity.units``: « la fusion de ses équipes X et Y ») is."""
        rx = self.cues.merged_entity_rx
        if rx is None or not re.search(rx[0], before):
            return False
        if re.search(r"\bau sein d", before):
            return False                        # « fusionnés au sein d'une nouvelle entité »: a unit
        n = self.sent_of_tok[sent.start]
        lo = self.sents[n - 1].start_char if n > 0 else sent.start_char
        window = fold(self.text[lo:sent.end_char])
        return bool(re.search(rx[1], window)) and not re.search(rx[2], window)

    def _elided_type_noun(self, sent, tok_i: int) -> str | None:
        """« Tencent crée trois divisions. La plus stratégique, baptisée Hunyuan Lab, ... »: a
        sentence that names no noun before its naming cue speaks of the plural type noun of the
        sentence before."""
        if any(t.pos_ in ("NOUN", "PROPN") for t in self.tok[sent.start:tok_i]):
            return None
        n = self.sent_of_tok[sent.start]
        if n == 0:
            return None
        for back in range(1, min(n, 6) + 1):    # « trois divisions » a few sentences up: the set counted
            for t in reversed(self.tok[self.sents[n - back].start:self.sents[n - back].end]):
                if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and t.i > 0 and (
                        self.doc[t.i - 1].like_num or self.doc[t.i - 1].lower_ in _COUNT_WORDS):
                    typ = self.cues.type_nouns.get(fold(t.text)) or self.cues.type_nouns.get(fold(t.lemma_))
                    if typ and typ != "Place":
                        return typ
        prev = self.sents[n - 1]
        for t in reversed(self.tok[prev.start:prev.end]):
            if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number"):
                typ = self.cues.type_nouns.get(fold(t.text)) or self.cues.type_nouns.get(fold(t.lemma_))
                if typ and typ != "Place":
                    return typ
        return None

    def _inside_name(self, i: int) -> bool:
        """Whether token ``i`` continues a name (« Seed-Thinking »: « Thinking » does)."""
        namey = self.namey
        if namey[i - 1]:
            return True
        if self.texts[i - 1] not in ("-", ".", "/", ":") or i < 2 or not namey[i - 2]:
            return False
        doc = self.doc
        return not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_

    def _name_span_from(self, i: int, limit: int = 6) -> tuple[int, int] | None:
        """A proper-name chunk starting at token i (capitalised tokens, « for », digits)."""
        doc = self.doc
        if i >= len(doc) or not self.namey[i]:
            return None
        namey, texts = self.namey, self.texts
        if _YEAR.fullmatch(texts[i]) and i + 1 < len(doc) and namey[i + 1] and texts[i + 1][:1].isupper():
            i += 1                              # (see _YEAR)
        j, words = i + 1, 1
        sent_end = self._sent(i).end
        while j < sent_end and words < limit:
            if namey[j] and _YEAR.fullmatch(texts[j]):
                break                           # « Cap Algorithmes 2026 »: the edition's year is no part of the name
            if namey[j]:
                j += 1
                words += 1
            elif texts[j] in ("-", ".", "/", ":") and j + 1 < sent_end and namey[j + 1] \
                    and not doc[j].whitespace_ and not doc[j - 1].whitespace_:
                j += 1                          # (a joiner counts no word: « Sommet IA Bourgogne-Franche-Comté »)
            elif texts[j].lower() in ("for", "of", "the", "&") and j + 1 < sent_end and namey[j + 1]:
                j += 1                          # (« Hautclerc & Associés »)
            else:
                break
        return i, j

    def _lower_name_tail(self, s: int, e: int) -> bool:
        """Whether tokens ``s:e`` are the lower-case rest of a name that opens on one capital word
        (« parole » and « et parole » in « Audio et parole », « autonomes » in « Agents autonomes »):
        adjectives, nouns and « et », no verb, determiner or pronoun."""
        return all(self.texts[k].islower() and (self.pos[k] in ("ADJ", "NOUN") or self.texts[k] == "et")
                   for k in range(s, e)) and self.texts[e - 1] != "et"

    def _marked_end(self, s: int, e: int) -> int:
        """Where a name chunk ``s:e`` ends when the source set it off (bold in Markdown) with a
        lower-case tail (« l'équipe **Agents autonomes** »); else ``e``."""
        for a, b in self.article.names:
            if a == self.idx[s]:
                span = self.doc.char_span(a, b, alignment_mode="expand")
                if span is not None and e < span.end <= s + 6 and self._lower_name_tail(e, span.end):
                    return span.end
        return e

    def _adjectives_of_name(self, e: int, sent_end: int) -> int:
        """Where a team's name ends, with the lower-case adjectives (or participles) and « et » and
        a noun after its capital word (« Chimie générative », « Audio et parole »), when a comma, a
        semicolon, « et », a finite verb or the sentence's end closes them; else ``e``."""
        k = e
        while k < sent_end:
            if (self.pos[k] == "ADJ" or self.pos[k] == "VERB" and "Part" in self.tok[k].morph.get("VerbForm")) \
                    and self.texts[k].islower() and self.texts[k] not in self.cues.org_demonyms:
                k += 1
            elif self.texts[k] == "et" and k + 1 < sent_end and self.texts[k + 1].islower() \
                    and self.pos[k + 1] in ("NOUN", "ADJ") \
                    and (k + 2 >= sent_end or self.texts[k + 2] in (",", ";", ":", ")", ".")):
                k += 2                          # « Audio et parole, dirigée par »
            else:
                break
        if k > e and (k >= sent_end or self.texts[k] in (",", ";", ":", ")", ".", "et")
                      or self.pos[k] in ("VERB", "AUX") and "Fin" in self.tok[k].morph.get("VerbForm")):
            return k                            # (« le département Algorithmes fondamentaux rassemble »)
        return e

    def _name_hints(self, ents) -> list:
        """The spans the article's source set off as names (``Article.names``: bold in Markdown)
        that spaCy did not see, or took for a one-word person, as untyped (MISC) spans for the
        typing below."""
        from spacy.tokens import Span
        out = []
        leads = set(self.article.leads)
        for s, e in sorted({*self.article.names, *leads}):
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) > 6 or not span.text[:1].isupper():
                continue
            if (s, e) in leads and len(span) == 1 and (self._known_word(span[0]) or span[0].pos_ in (
                    "PRON", "DET", "ADP", "ADV", "CCONJ", "SCONJ", "NUM", "ADJ", "VERB", "AUX")):
                continue                        # « **Deux rachats cette semaine.** »: a bold headline's
                                                # first word, a French word, is no name
            over = [x for x in ents if x.start < span.end and span.start < x.end]
            if len(over) == 1 and over[0].start == span.start and over[0].end < span.end \
                    and self._lower_name_tail(over[0].end, span.end):
                over = []                       # « **Audio et parole** » (spaCy: « Audio »): the bold span's extent
            if over and not (len(over) == 1 and (over[0].start, over[0].end) == (span.start, span.end)
                             and (len(span) == 1 and (over[0].label_ == "PER"
                                                      or over[0].label_ == "LOC" and not self._place_ok(over[0]))
                                  or over[0].label_ == "MISC")):
                continue                        # (spaCy's one-word « person », or « place » after no « à »
            out.append(Span(self.doc, span.start, span.end, label="MISC"))   # (« - **Galiote** (Nantes) »), may be
                                                                             # a set-off company name: typed from
                                                                             # context instead)
        return out

    def _rubric(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` are a headline's rubric: one word opening a line before a
        colon and a lower-case phrase, that the article writes nowhere else (« Vigne : la start-up
        bordelaise Kavéo lève »; not « OpenLingua : l'Europe présente Agora-1 », a name the article
        returns to, nor a bold name opening a list item)."""
        if end - start != 1 and not (end - start == 3 and self.texts[start + 1] in ("&", "et")):
            return False                        # (« Edtech & IA : ce qu'il fallait retenir »: a theme)
        a = self.idx[start]
        b = self.idx[end - 1] + len(self.texts[end - 1])
        before = self.text[self.text.rfind("\n", 0, a) + 1:a]
        if before.strip(" \t#*>-") or not re.match(r"[ \t]*:[ \t]*[a-zà-ÿ«]", self.text[b:]):
            return False
        if re.fullmatch(r"[ \t]*[-*•][ \t]+", before) and any(s <= a and b <= e for s, e in self.article.names):
            return False                        # « - **Carbolithe** : installée à Nantes, la jeune pousse »: a
                                                # digest's item opens on its bold name
        said = re.findall(r"(?<!\w)" + re.escape(self.text[a:b]) + r"(?!\w)([ \t]*:)?", self.text)
        return len(said) == 1 or end - start == 3 and all(said)   # (a theme's rubric may head the page twice)

    def _known_word(self, tok) -> bool:
        """Whether the lemmatizer's tables know token ``tok`` (by its lemma or lower-case form): a
        French word, not an invented name; True for a pipeline without those tables."""
        known = self.ex.known_words
        return known is None or tok.lemma_.lower() in known or tok.lower_ in known

    def _label_word(self, ent) -> bool:
        """A set-off word that is a field's label or a title, no name: « **Fondateurs** : »,
        « **Création** : », « **Chief Data Officer** »."""
        c = self.cues
        if any(w in c.role_words or w in c.not_entities for w in (fold(t.text) for t in ent)) \
                or fold(ent.text) in c.fact_box or fold(ent.text) in c.type_nouns:
            return True
        return len(ent) == 1 and ent.root.pos_ == "NOUN" and re.match(r"[ \t]*:", self.text[ent.end_char:]) is not None \
            and self._known_word(ent.root)  # (a word the lemmatizer does not know is a name: « - **Carbolithe** : »)

    def _past_fronted_place(self, k: int, sent) -> int | None:
        """The token after the comma that closes a fronted place opening at token ``k`` (« Installée à
        Marseille, Monétis a dévoilé »: Monétis), if any; not after « Né(e) à », which opens on a person."""
        placed = self.cues.rx["fronted_place"].match(self.text, self.idx[k])
        if placed is None or self.texts[k].lower().startswith("né"):
            return None
        return next((j + 1 for j in range(k, sent.end - 2) if self.idx[j] >= placed.end() and self.texts[j] == ","),
                    None)

    def _company_subject(self, k: int, sent) -> bool:
        """Whether the unknown word at token ``k``, opening its sentence, acts as a company does: the
        subject of a verb of developing, investing, buying, partnering or competing (« Vorlane
        signe un partenariat avec X »), one the next sentence calls a company (« La jeune pousse »),
        or one whose clause speaks of its stand, subsidiary, clients or founders (« Korvane a profité
        de son stand »)."""
        t = self.tok[k]
        if not (t.dep_.startswith("nsubj") or self._finite_next(k)) or t.is_stop or t.pos_ in (
                "PRON", "DET", "ADP", "ADV", "CCONJ", "SCONJ", "NUM"):
            return False                        # (« Celle-ci », « Qui », « Créée en 2021 »: no name)
        low, known = t.lower_, self.ex.known_words or ()
        masc = low[:-2] if low.endswith("ées") else low[:-1] if low.endswith(("ée", "és")) else low
        if masc.endswith("é") and (masc in known or masc[:-1] + "er" in known):
            return False                        # (« Cofondée », « Créée »: a participle the tagger took for a name)
        head = t.head if t.dep_.startswith("nsubj") else self.tok[k + 1]
        verbs = self.cues.company_subject_verbs | self.cues.one_word_verbs("partnerOf") \
            | self.cues.one_word_verbs("competitorOf")
        if head.i > k and head.lemma_.lower() in verbs or self._org_anaphora_next(k):
            return True
        clause = self.text[t.idx:min(sent.end_char, t.idx + 100)].split(",", 1)[0]
        return self.cues.rx["own_company_noun"].search(clause) is not None

    def _opening_token(self, sent) -> int:
        """The first token of ``sent`` past a list item's bullet."""
        at = self._ITEM_LABEL.match(self.text, sent.start_char).end()
        return next((j for j in range(sent.start, sent.end) if self.idx[j] >= at), sent.start)

    def _finite_next(self, k: int) -> bool:
        """Whether token ``k + 1`` is a finite verb (« Monétis a dévoilé »)."""
        return k + 1 < len(self.tok) and "Fin" in self.tok[k + 1].morph.get("VerbForm")

    def _candidates(self) -> list[_Cand]:
        doc, cues = self.doc, self.cues
        cands: list[_Cand] = []
        ents = self._with_ner_extensions(doc.ents)   # (doc.ents builds a Span each at every access)
        hinted = self._name_hints(ents)
        if hinted:                 # (a hint replaces spaCy's span of the same extent)
            spans = {(h.start, h.end) for h in hinted}
            ents = sorted([*(e for e in ents if (e.start, e.end) not in spans), *hinted], key=lambda e: e.start)
        per_texts = {ent.text for ent in ents if ent.label_ == "PER" and len(ent) > 1}
        per_surnames = {t.split()[-1] for t in per_texts}   # (a one-word name among them is a person's surname)
        # 0. « - Mirelande boucle 5 millions d'euros. »: a sentence's first word, no French word, no first name
        # and no name spaCy saw, that raises money is an organisation's name; so is such a word opening the
        # clause after a fronted place (« Installée à Marseille, Monétis a dévoilé »), before its verb
        in_ents = {k for e in ents for k in range(e.start, e.end)}
        for sent in self.sents:
            k = self._opening_token(sent)
            placed = self._past_fronted_place(k, sent)
            k = placed or k
            t = self.tok[k]
            if k in in_ents or not self.namey[k] or not t.is_alpha or self._known_word(t) \
                    or len(doc.vocab.vectors) and doc.vocab.has_vector(t.lower_) \
                    or fold(t.text) in cues.first_name_gender or self.lex.lookup(t.text) is not None:
                continue
            if self._raises_money_after(t.idx + len(t.text)) or placed and self._finite_next(k):
                cands.append(_Cand(t.idx, t.idx + len(t.text), "Organization", "pattern", prio=2))
            elif t.text not in per_surnames and self._company_subject(k, sent):
                cands.append(_Cand(t.idx, t.idx + len(t.text), "Organization", "ner", prio=1))   # (weak: a typed
                                                                                               # mention outweighs it)
        # 1. the lexicon (entity ruler) and spaCy's NER
        for ent in ents:
            if ent.label_ in TYPES:
                entry = self.lex.by_id.get(ent.ent_id_)
                if entry and entry.ambiguous and not self._ambiguous_ok(ent, entry):
                    k = self._surname_end(ent)
                    if k > ent.end:             # « Lucie Fleuriot »: a person, not the model Lucie
                        cands.append(_Cand(ent.start_char, doc[k - 1].idx + len(self.texts[k - 1]), "Person", "ner", prio=1))
                    continue
                typ = ent.label_
                if entry and entry.types:       # « X, le réseau social »: the context picks among allowed types
                    ctx = self._context_type(ent.start, ent.end, owned=False)   # (the lexicon's type stands
                    typ = ctx if ctx in entry.types else typ                       # for its owned labs: FAIR)
                if typ == "Place" and ent.start >= 2 and self.texts[ent.start - 1].lower().replace("’", "'") in ("de", "d'") \
                        and self.texts[ent.start - 2][:1].isupper() and fold(self.texts[ent.start - 2]) in cues.event_name_starts \
                        and not (ent.start >= 3 and self.namey[ent.start - 3]) \
                        and not (ent.start >= 3 and self.texts[ent.start - 3].lower() in ("des", "du")):
                    # (not « Quartz AI Forum de Nantes », nor a venue: « la Cité des Congrès de Nantes »)
                    cands.append(_Cand(doc[ent.start - 2].idx, ent.end_char, "Event", "pattern", prio=5))
                    continue                    # « le Festival d'Annecy », « le Sommet de Paris »: an event's name
                cands.append(_Cand(ent.start_char, ent.end_char, typ, "lexicon", ent.ent_id_,
                                   entry.name if entry else ent.text, prio=3))
                hyphen = _HYPHEN_SUFFIX.match(self.text, ent.end_char)
                if ent.label_ == "Organization" and hyphen and re.search(r"\d", hyphen.group()):
                    # « MiniMax-M3 », « Zhipu-4 »: a maker's name with a version is a model
                    cands.append(_Cand(ent.start_char, hyphen.end(), "AIModel", "pattern", prio=5))
                elif ent.label_ == "Organization" and hyphen and hyphen.group()[1:2].isupper() \
                        and hyphen.group()[2:3].islower():
                    # « CEA-List », « CEA-Leti »: a part of the organisation with a name of its own
                    cands.append(_Cand(ent.start_char, hyphen.end(), "Organization", "pattern", prio=5, known_start=True))
                elif ent.label_ in ("AIModel", "Product") and hyphen and hyphen.group()[1:2].isupper():
                    # « Nemotron-Lyra », « Nemotron-Nano » when the lexicon knows only « Nemotron »
                    cands.append(_Cand(ent.start_char, hyphen.end(), ent.label_, "pattern", prio=5, known_start=True))
                version = self._version_after(ent.end)
                if ent.label_ in ("AIModel", "Product") and version > ent.end:
                    # « Moshi 2 », « iOS 19 » when the lexicon knows only « Moshi », « iOS »: a new version
                    cands.append(_Cand(ent.start_char, doc[version - 1].idx + len(doc[version - 1]), ent.label_,
                                       "pattern", prio=5, lower_ok=True, known_start=True))
                continue
            if self._rubric(ent.start, ent.end):
                continue                        # « Vigne : la start-up bordelaise Kavéo lève »
            if len(ent) >= 2 and _YEAR.fullmatch(ent[0].text) and ent[1].text[:1].isupper():
                ent = ent[1:]                   # (see _YEAR)
            sent = self._sent(ent.start)        # (the trims below keep the name in its sentence)
            if len(ent) >= 3 and ent.start == sent.start and ent[0].pos_ == "DET" \
                    and fold(ent[1].text) in cues.type_nouns and ent[2].text[:1].isupper():
                ent = ent[1:]                   # « L'Atelier Artimon, l'équipe de ... »: the article is the sentence's
            while ent.label_ == "PER" and len(ent) >= 3 and ent[0].is_lower and ent[1].text[:1].isupper():
                ent = doc.char_span(ent[1].idx, ent.end_char, label="PER")   # « le business angel Thibault Rémond »
            if ent.label_ == "PER" and (k := self._surname_end(ent)) > ent.end \
                    and not any(ent.end <= e.start < k for e in ents) \
                    and all(self.lex.lookup(self.texts[j]) is None for j in range(ent.end, k)):
                ent = doc.char_span(ent.start_char, doc[k - 1].idx + len(doc[k - 1]), label="PER")
                                                # « Bastien Coquelle, ingénieur d'Airbus »: spaCy kept the first
                                                # name only; the capitalised words after it are the surname
            if len(ent) >= 2 and ent[0].text[:1].isupper() and fold(ent[0].text) in self.cues.naming:
                ent = ent[1:]                   # « Baptisée Garde-fou, la nouvelle équipe »: the name only
            if len(ent) >= 2 and fold(ent[0].text) in cues.not_entities and ent[1].text[:1].isupper() \
                    and ent.start > 0 and doc[ent.start - 1].lower_.replace("’", "'") in ("d'", "de"):
                ent = ent[1:]                   # « la start-up d'IA Vireval »: the name only
            prep = next((k for k in range(1, len(ent) - 1) if ent[k].lower_.replace("’", "'") in ("de", "d'", "du")), None)
            if prep is not None and fold(ent[:prep].text) in cues.role_words and ent[prep + 1].text[:1].isupper():
                ent = ent[prep + 1:]            # « devient Chief AI Officer d'Arvernis »: the name after the role
            verb = next((k for k in range(1, len(ent)) if ent[k].is_lower and ent[k].pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                ent = ent[:verb]                # « Jusant-2 doit être déployé sur le serveur » (MISC): the name only
            while len(ent) >= 2 and ent[-1].is_lower and ent[-1].lower_ in self.cues.org_demonyms:
                ent = ent[:-1]                  # « la R&D nantaise »: no part of a name
            if ent.end < len(doc) and _YEAR.fullmatch(self.texts[ent.end]) and self._apposition_type(ent.end + 1) == "Event":
                ent = doc.char_span(ent.start_char, doc[ent.end].idx + 4, label=ent.label_)   # « Lumigrid 2026, la
                                                # conférence »: the edition's year is part of the event's name
            if len(ent) >= 3 and ent[1].lower_.replace("’", "'") in ("de", "d'", "du") and (
                    ent[0].lower_ in self.cues.noun_cues or fold(ent[0].text) in self.cues.role_words):
                ent = ent[2:]                   # « Successeur de Lingxi-2 »: a cue noun, then the name
                shape = self._shape_type(ent.text)
                if shape:
                    cands.append(_Cand(ent.start_char, ent.end_char, shape, "pattern", prio=2))
                continue
            entry = self.lex.fuzzy(ent.text) if ent.label_ != "PER" or len(ent) == 1 else None
            if entry is not None:       # a typo of a known name (« Instagra »)
                cands.append(_Cand(ent.start_char, ent.end_char, entry.type, "pattern", entry.id, entry.name, prio=2))
                continue
            typ = NER_MAP.get(ent.label_)
            ctx = self._context_type(ent.start, ent.end)
            if ctx == "Organization" and len(ent) > 1 and (ent.label_ == "PER" or ent.text in per_texts or len(ent) == 2
                                                            and fold(ent[0].text) in cues.first_name_gender) \
                    and not ((ap := _INDEFINITE_APPOSITION.match(self.text, ent.end_char))   # (« Jaubert Vision,
                             and fold((self.text[ap.end():ap.end() + 20].split(maxsplit=1) or [""])[0])   # une PME »;
                             not in cues.masculine_org_nouns) \
                    and not (ent.start > 0 and cues.type_nouns.get(fold(self.texts[ent.start - 1])) == "Organization"
                             and fold(ent[0].text) not in cues.first_name_gender):   # (but « l'ONG Sylva Mundi »)
                ctx = None                      # « Fondée par A et B, la jeune pousse ... »: no apposition (nor
                                                # for a name spaCy calls a person elsewhere in the article)
            if ctx != "Organization" and ent.root.dep_ == "nsubj" and ent.root.head.lemma_ == "lever" \
                    and self.cues.rx["raises_money"].match(self.text, ent.root.head.idx):
                ctx = "Organization"            # « dopée à l'IA, Gantelet a levé 260 millions d'euros »: a company
            lone_unknown = ent.label_ in ("PER", "LOC", "MISC") and len(ent) == 1 \
                and fold(ent.text) not in cues.first_name_gender and self.lex.lookup(ent.text) is None
            # (a one-word name the lexicon does not know, and no first name, whatever spaCy's label)
            if ctx != "Organization" and lone_unknown and self._raises_money_after(ent.end_char):
                ctx = "Organization"            # « À Toulouse, Jastral lève 11 millions d'euros », however parsed
            if ctx is None and lone_unknown and self._finite_next(ent.start) \
                    and self._past_fronted_place(sent.start, sent) == ent.start:
                ctx = "Organization"            # « Installée à Marseille, Monétis a dévoilé »: what is based there
            acts_as_company = ctx is None and lone_unknown and ent.text not in per_surnames \
                and not self._known_word(ent[0]) and ent.start == self._opening_token(sent) \
                and self._company_subject(ent.start, sent)
            # « Korvane a profité de son stand »: see _company_subject (weak, as weak_org below)
            if ctx is None and lone_unknown and ent.text not in per_surnames and (
                    cues.rx["staff_count"].match(self.text, ent.end_char)
                    and not (ent.start > 0 and self.pos[ent.start - 1] == "ADP")
                    or cues.rx["signs_deal"].match(self.text, ent.end_char) or cues.rx["exhibits"].match(self.text, ent.end_char)):
                ctx = "Organization"            # what has staff, signs a deal or exhibits: « Hydrovigie, qui compte aujourd'hui
                                                # 24 salariés » (not « X, basée à Schiltigheim, emploie 45 personnes »:
                                                # the place), « Nébulys a conclu un partenariat avec la Région Sud »
            if ctx is None:                     # « ouvrir une filiale, Marelle Maroc, installée à »
                ctx = self._apposed_to_type_noun(ent.start, ent.end, ents)
            if ctx is None and ent.label_ in ("LOC", "MISC") and len(ent) == 2 and fold(ent[0].text) in cues.first_name_gender \
                    and ent[1].text[:1].isupper() and ent[1].is_alpha and self.lex.lookup(ent.text) is None:
                ctx = "Person"                  # « Léa Aurignac a cofondé »: a first name and a surname
            if ctx is None and ent.label_ == "PER" and len(ent) == 1 and ent.root.dep_ == "nsubj" \
                    and ent.root.head.pos_ == "VERB" and ent.text not in per_surnames \
                    and ent.root.head.lemma_.lower() in self.cues.one_word_verbs("competitorOf"):
                ctx = "Organization"            # « Basoche affronte Doctrine »: a one-word name competes: a company
            if ctx is None and ent.label_ == "PER" and len(ent) == 1 and ent.root.dep_ in ("obl:agent", "obl:mod") \
                    and any(c.dep_ == "case" and c.lower_ == "par" for c in ent.root.children) \
                    and "Part" in ent.root.head.morph.get("VerbForm") \
                    and ent.root.head.pos_ == "VERB" and ent.text not in per_surnames \
                    and fold(ent.text) not in cues.first_name_gender \
                    and ent.root.head.lemma_.lower() in self.cues.employer_agent_verbs | self.cues.one_word_verbs("acquired"):
                ctx = "Organization"            # « recruté par Hallemine », « rachetée par Lomarel »: who hires or
                                                # buys (a person's surname alone is excluded above)
            if ctx is None and ent.label_ == "PER" and len(ent) == 1 and (ent.root.dep_ in ("obj", "obl:arg", "obl:mod")
                    or ent.root.dep_ == "xcomp" and ent.root.head.i == ent.start - 1) \
                    and not any(c.dep_ == "case" for c in ent.root.children) \
                    and ent.root.head.pos_ == "VERB" and ent.text not in per_surnames \
                    and self._verb_like(ent.root.head, self.cues.one_word_verbs("leads") | {"quitter", "rejoindre"}):
                ctx = "Organization"            # « Amina Touré, qui dirige Cindra », « X quitte Meridol », « Il
                                                # rejoindra Jumelia » (parsed xcomp): no person is led, left or joined
            if ctx is None and ent.label_ == "PER" and len(ent) == 1 and ent.root.dep_ in ("obj", "flat:name", "xcomp") \
                    and ent.root.head.pos_ == "VERB" and ent.start - 2 <= ent.root.head.i < ent.start and ent.text not in per_surnames \
                    and fold(ent.text) not in self.cues.first_name_gender and self._shape_type(ent.text) is None \
                    and ent.root.head.lemma_.lower() in self.cues.one_word_verbs("develops") - {"créer", "fonder"}:
                ctx = "Product"                 # « Matelot Games développe Pantomime »: no person is developed
            if ctx is None and ent.label_ == "PER" and lone_unknown and ent.text not in per_surnames \
                    and not self._known_word(ent[0]) and (
                        re.match(r"\s*,\s*(?:(?:installée?s?|basée?s?|implantée?s?|établie?s?)\s+(?:à|en|au|dans)\s"
                                 r"|(?:un|une|l['’]|le|la)?\s*(?:acteur|leader|pionnière?|championne?|fleuron|pépite"
                                 r"|spécialiste)\s)", self.text[ent.end_char:ent.end_char + 40])
                        or re.search(r"\b(?:fonder|cofonder|fondé|cofondé|créer|lancer)\s+(?:(?:ensemble|aussitôt|"
                                     r"ensuite|alors|en\s+\d{4})\s+)?$", self.text[max(0, ent.start_char - 40):ent.start_char])):
                ctx = "Organization"            # « Jaspr, installée à Tulle, », « face à Hellio, acteur parisien »,
                                                # « Wyzor, une spécialiste de la reconnaissance vocale », « pour fonder
                                                # ensemble Nielle »: a lone unknown word there is a company's name
            if ctx is None and ent.label_ == "PER" and len(ent) == 1 and ent.text not in per_surnames \
                    and fold(ent.text) not in self.cues.first_name_gender and self._shape_type(ent.text) is None \
                    and re.search(r"\b(?:mis|mise|mettre|met|mettent|mettra)\s+au\s+point\s+(?:(?:le|la|l['’])\s*)?$",
                                  self.text[max(0, ent.start_char - 40):ent.start_char]):
                ctx = self._made_thing_type(sent, ent.end_char)   # « Encrelys a mis au point Chromaplume »:
                                                                   # no person is made
            if ctx is None and ent.label_ == "PER" and len(ent) == 1 and ent.text not in per_surnames \
                    and fold(ent.text) not in self.cues.first_name_gender and self._shape_type(ent.text) is None \
                    and re.match(r"\s+(?:est|sera|a\s+été|sont|seront|était)\s+(?:(?:déjà|désormais|aussi|également|"
                                 r"directement|progressivement|ensuite)\s+)?(?:intégrée?s?|embarquée?s?|incorporée?s?"
                                 r"|disponibles?)\s+(?:(?:dès|depuis|d['’]ici|en)\s+[^,;.]{1,25}?\s+)?(?:à|au|aux|dans|sur)\s",
                                 self.text[ent.end_char:ent.end_char + 90]):
                ctx = "AIModel"                 # « Anthèse est intégré à Silopée »: no person is built in (a
                                                # model, as a rule: the host's nouns are its own)
            if ctx is None and ent.label_ == "PER" and re.fullmatch(r"\S+(?: \S+)? (?:II|III|IV|VI|VII|VIII)", ent.text) \
                    and fold(ent[0].text) not in self.cues.first_name_gender:
                ctx = "Product"                 # « Nocturama II »: a sequel, no person (not « Jean II »)
            if ctx is None and (ent.label_ == "PER" and len(ent) == 1 or lone_unknown) \
                    and (ent.root.dep_ == "nsubj" or self._finite_next(ent.start)) \
                    and (_FRONTED_FOUNDING.fullmatch(self.text, sent.start_char, ent.start_char)
                         or _FRONTED_TAKEN.fullmatch(self.text, sent.start_char, ent.start_char)):
                ctx = "Organization"            # « Fondée en 2021 par A et B, Eolide a mis au point »: what was founded
                                                # (or bought: « Rachetée par Quorvel en 2024, Bessonia garde son nom »)
            if ctx is None and ent.label_ == "LOC" and ent.root.dep_ == "nsubj" and ent.root.head.pos_ == "VERB" \
                    and (ent.start > sent.start and self.pos[ent.start - 1] != "DET"
                         or ent.start == sent.start and lone_unknown) \
                    and fold(ent[0].text) not in self.cues.first_name_gender \
                    and ent.root.head.lemma_.lower() in self.cues.company_subject_verbs:
                ctx = "Organization"            # « Glanum publie Genêt »: a place develops nothing (sentence-initial
                                                # too when unknown: « Tarodia dévoile Ferrix-2 »)
            weak_org = ctx is None and ent.label_ == "PER" and lone_unknown and ent.text not in per_surnames \
                and (ent.root.dep_ == "nsubj" and ent.root.head.dep_ == "ROOT"
                     or ent.start == sent.start and self._finite_next(ent.start)) \
                and self._org_anaphora_next(ent.start) \
                and not any(x is not ent and x.label_ not in ("LOC", "Place") and sent.start <= x.start < sent.end
                            for x in ents)
            weak_org = weak_org or ctx is None and ent.label_ == "LOC" and lone_unknown and not self._known_word(ent[0]) \
                and ent.start > sent.start and self.tok[ent.start - 1].lower_ not in _PLACE_PREPS \
                and not any(x is not ent and sent.start <= x.start < sent.end for x in ents) \
                and self._org_anaphora_next(ent.start)
            # (« Le stand le plus couru fut celui de Bruissance. La start-up bordelaise y a dévoilé »: a lone
            # unknown name spaCy calls a place, the only name of its sentence and after no preposition of
            # place, is what the next one calls a company)
            # « Oxyris change de braquet. La jeune pousse bordelaise, qui »: what the next sentence calls a
            # company (no first name, no surname, no other name the anaphora may stand for) is one, as if
            # spaCy had said so (a typed mention elsewhere, « Orpheo, un modèle de langage », outweighs it)
            if ctx is None and ent.label_ == "PER" and cues.led_by_rx and cues.led_by_rx.match(self.text, ent.end_char):
                ctx = "Organization"            # « Nocturne Bio, dirigée par Anaïs Wittmann, »: no person
            if ctx is None and ent.label_ == "PER" and cues.founded_after_rx.match(self.text, ent.end_char):
                ctx = "Organization"            # « Zénon a été fondée en 2023 »: no person is founded
            if ent.label_ == "PER" and len(ent) > 1 and ent.start > 0 and self.tok[ent.start - 1].text == "," \
                    and ent.end < len(doc) and self.tok[ent.end].text not in (",", ")") \
                    and not self._naming_cue_before(ent.start):
                ctx = None                      # « Pour piloter la nouvelle entité, Olivier Castaing a choisi »
                                                # (not « Son assistant, Tessel Pilot, repose sur »)
            if ctx is None and ent.label_ == "PER" and len(ent) == 1 and ent.start > 0 \
                    and ent.text not in per_surnames and (
                        self.tok[ent.start - 1].lower_ == "chez" or re.search(
                            r"\b(?:ancien|ancienne|anciens|anciennes|au sein)\s+(?:de|d['’]|du)\s*$",
                            self.text[max(0, ent.start_char - 25):ent.start_char], re.I)
                        or cues.role_of_rx.search(self.text, max(0, ent.start_char - 60), ent.start_char)
                        or self._no_place_slot(ent) == "Organization"):
                ctx = "Organization"            # « chez Doctrine », « Ancienne de Doctrine », « directrice du
                                                # développement de Quadrige », « partenaire de Kervolen »: no
                                                # surname there
            if ctx is None and ent.label_ in ("LOC", "MISC", "PER") and ent.root.dep_ == "obj" \
                    and ent.root.head.lemma_ in cues.joining_verbs and 0 < ent.start - ent.root.head.i <= 2 \
                    and self.lex.lookup(ent.text) is None and self._shape_type(ent.text) in (None, "Organization") \
                    and (ent.label_ != "PER" or len(ent) == 1 and ent.text not in per_surnames):
                ctx = "Organization"            # « Il a rejoint Hyvolen en 2024 »: whom one joins as staff is no
                                                # place (a known city is the lexicon's) nor a lone word's person
            if ctx is None and ent.label_ in ("LOC", "MISC") and ent.start > 0 and self.tok[ent.start - 1].lower_ == "chez" \
                    and self.lex.lookup(ent.text) is None:
                ctx = "Organization"            # « Chez Kymatos, c'est l'équipe Lagune »: a company, no place;
                                                # « Le ton monte chez Caracal »: nor a thing
            if ctx is None and ent.label_ in ("LOC", "MISC", "PER") and self.lex.lookup(ent.text) is None \
                    and (cues.rx["seat_of"].search(self.text, max(0, ent.start_char - 25), ent.start_char)
                         or cues.rx["stand_of"].search(self.text, max(0, ent.start_char - 90), ent.start_char)):
                ctx = "Organization"            # « Le siège de Vernal est à Lyon »: what has a seat (or a stand:
                                                # « Sur le stand de Sarmentis »)
            if ctx is None and ent.label_ in ("LOC", "MISC") and self.lex.lookup(ent.text) is None \
                    and cues.rx["prize_to"].search(self.text, max(0, ent.start_char - 150), ent.start_char):
                ctx = "Organization"            # « Le prix ... est revenu à Fluxéon »: a winner, no place
            if ctx is None and ent.label_ == "LOC" and ent.start > 1 and self.lex.lookup(ent.text) is None:
                ctx = self._no_place_slot(ent)  # « l'acquisition de Cadmée », « intégré à Fanal »: no place
            shape = self._shape_type(ent.text)
            if (weak_org or acts_as_company) and ctx is None:
                typ = "Organization"
            if ctx:
                typ = ctx
            elif typ is None or shape in ("Organization", "Event") or (shape == "AIModel" and (
                    ent.label_ != "PER" or re.fullmatch(r"[A-Z][\w]*-\d+(?:\.\d+)?", ent.text))):   # « Aster-1 »
                typ = shape or typ              # « Lex-7 », « Kàddu-2 » are no place, no company
            if typ is None and ent in hinted and ent.root.pos_ in ("PROPN", "NOUN", "X") and (
                    ent.root.dep_ in ("nsubj", "nsubj:pass") and ent.root.pos_ == "PROPN" or not self._label_word(ent)):
                # « **Lustrine** a publié mardi Cisèle-2 », « quitte la présidence d'**Altostratus** »: a set-off
                # name no rule typed, neither shaped as a model nor said to be one, is a company, or a person
                # when it opens on a first name (« **Léa Hennebelle** quitte »); a label is none (« **Effectif** : »)
                typ = "Person" if len(ent) > 1 and fold(ent[0].text) in self.cues.first_name_gender else "Organization"
            if typ is None:
                self.untyped.append(ent)
                continue
            if ent.label_ == "LOC" and typ == "Place" and not self._place_ok(ent):
                if len(ent) <= 2:
                    self.loose.append(ent)   # may be a misspelt surname: see _surname_candidates
                continue
            cands.append(_Cand(ent.start_char, ent.end_char, typ, "pattern" if ctx else "ner", prio=2 if ctx else 1))
        #    « exploité par le GENCI », « l'IDRIS »: an acronym after a definite article is an organisation's
        covered = [(ent.start, ent.end) for ent in ents if ent.label_ in TYPES or NER_MAP.get(ent.label_)]   # (MISC: none)
        for i in range(1, len(doc)):
            t = self.texts[i]
            if len(t) >= 3 and _ACRONYM.fullmatch(t) and self.tok[i - 1].lower_.replace("’", "'") in ("le", "la", "l'", "du") \
                    and not any(a <= i < b for a, b in covered) and fold(t) not in cues.not_entities \
                    and fold(t) not in cues.role_words and fold(t) not in cues.type_nouns:
                cands.append(_Cand(doc[i].idx, doc[i].idx + len(t), "Organization", "ner", prio=1))
        # 2. names after naming cues and type nouns, quoted names
        namey, lemmas, pos, texts = self.namey, self.lemmas, self.pos, self.texts
        people = {(ent.start, ent.end) for ent in ents if ent.label_ == "PER" and len(ent) > 1}
        for sent in self.sents:
            for i in range(sent.start, sent.end):
                if not namey[i]:
                    continue
                if i > sent.start and self._inside_name(i):
                    continue   # not the start of a chunk
                typ, said = self._naming_cue(i)
                if typ is None and _ORDINAL_FRONT.fullmatch(self.text[sent.start_char:doc[i].idx]):
                    typ = self._elided_type_noun(sent, i)   # « deux entités. La première, Nexalis Robotics, »
                    said = typ is not None
                if typ is None and texts[i - 1] != ",":     # « la start-up nantaise, Julien Marchand »: an
                    tn = self._type_noun_before(i, window=3)  # apposition (see _apposed_to_type_noun)
                    if tn and tn in ("AIModel", "Product", "Event", "Team", "Organization"):
                        # only a name right after the noun (allowing « « », adjectives)
                        typ = tn
                    elif self._demonym_before(i):
                        typ = "Organization"
                span = self._name_span_from(i)
                if not span or self._rubric(*span):
                    continue
                s, e = span
                e = self._marked_end(s, e)
                prio = 4
                if typ == "Team":               # « La première, Chimie générative, », « baptisée Biologie
                    e = self._adjectives_of_name(e, sent.end)   # computationnelle et pilotée par »
                if typ is not None and not said:
                    shape = self._shape_type(self._span_text(s, e))
                    if not (shape in ("Team", "AIModel") and typ == "Organization" and (
                            self._demonym_before(i) and shape == "Team" or self._company_noun_before(i))):
                        typ = shape or typ      # (« l'allemand Unterberg Research », « la start-up Kymatos
                                                # Research », « le consortium EuroLLM » stay companies; « le
                                                # groupe ADLR de Nvidia » is a unit)
                if typ is None:
                    typ, prio = (self._apposition_type(e) or (self._copula_type(e) if not self._core_complement(s) else None)
                                 or self._participle_type(e) or self._role_person_type(e)), 2   # below the lexicon
                                                                                              # and the NER
                if typ is None and (s, e) not in people and (s == 0 or pos[s - 1] != "ADP") \
                        and cues.maker_relative_rx and cues.maker_relative_rx.match(self.text, doc[e - 1].idx + len(doc[e - 1])):
                    typ, prio = "Organization", 2   # « - Nexora, qui développe des assistants pour » (not
                                                    # « installée à Blagnac, qui développe »)
                if typ is None and e - s >= 2 and s == sent.start and texts[s] in ("Le", "L'", "L’") \
                        and _EVENT_WORD.fullmatch(self._span_text(s + 1, e)):
                    s += 1                      # « Le Fournithon a réuni »: the sentence's article is no part
                if typ is None and _EVENT_WORD.fullmatch(self._span_text(s, e)):
                    typ, prio = "Event", 2      # « le Plaidathon s'est achevé dimanche »: a one-word -athon
                if typ is None and s > sent.start and (s, e) not in people and self.lex.lookup(self._span_text(s, e)) is None \
                        and fold(texts[s]) not in cues.first_name_gender \
                        and cues.role_of_rx.search(self.text, max(sent.start_char, doc[s].idx - 70), doc[s].idx):
                    typ, prio = "Organization", 1   # « responsable de l'intelligence artificielle de Nuptalys »: whose
                                                    # staff (the weakest guess: spaCy's own type wins)
                if typ is None and (apposed := self._apposed_to_type_noun(s, e, ents)):
                    typ, prio = apposed, 2
                if prio == 2 and typ in ("Organization", "Team") and ((s, e) in people or e - s == 2 and fold(texts[s]) in
                                                             cues.first_name_gender) and (re.match(
                        r"\s*,\s*(?:la|le|l['’]|une|un)\s*[\w\-]+(?:\s+[a-zà-ÿ\-]+)?\s+[A-ZÀ-Ý]",
                        self.text[doc[e - 1].idx + len(doc[e - 1]):])
                        or self._passive_predicate(sent[0].text) is not None
                        or e - s == 2 and fold(texts[s]) in cues.first_name_gender    # « Inès Hamdani, spécialiste
                        and not _INDEFINITE_APPOSITION.match(self.text, doc[e - 1].idx + len(doc[e - 1]))):   # des modèles »
                    continue                    # « Fondée par A et Thomas Aubry, la start-up Vireo », « Cofondée
                                                # par A et B, la société a levé »: the noun phrase is the
                                                # clause's subject or introduces the next name, no apposition
                if typ is None and s > sent.start and (lemmas[s - 1] in cues.founding_verbs or (
                        s - 3 >= sent.start and _YEAR.fullmatch(texts[s - 1]) and texts[s - 2] in ("en", "dès")
                        and lemmas[s - 3] in cues.founding_verbs and fold(texts[s]) not in cues.first_name_gender)):
                    typ, prio = "Organization", 2   # « pour cofonder Quillon avec Paul Ferrand », « pour cofonder
                                                    # en 2023 Molévia » (not « qu'ont fondée en 2019 Julie Armand »)
                if typ is None:
                    continue
                if typ == "Person" and prio == 2 and any(a <= s and e <= b and (a, b) != (s, e) for a, b in people):
                    continue                    # « Bertrand de Kerguézec, PDG de »: part of a person's whole name
                text = doc[s:e].text
                if fold(text) in cues.not_entities or (fold(text) in cues.type_nouns and (prio < 4 or s == sent.start)):
                    continue
                if prio == 2 and typ in ("AIModel", "Product", "Organization", "Team") and self._maker_and_more(s, e):
                    prio = 3                    # « le Wayve AI Driver, le logiciel », « Orange Business, la
                                                # filiale »: longer than the maker's name
                cands.append(_Cand(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), typ, "pattern", prio=prio))
        for sent in self.sents:                 # « le quotidien Le Vigilant », « la start-up La Fourche »: a name
            for i in range(sent.start + 1, sent.end - 1):   # that begins with an article, after a type noun
                if texts[i] not in ("Le", "La", "Les", "L'", "L’") or not namey[i + 1] or self._inside_name(i):
                    continue
                typ = self._type_noun_before(i, window=3)
                if typ not in ("Organization", "Product", "Event"):
                    continue
                span = self._name_span_from(i + 1)
                if span:
                    cands.append(_Cand(doc[i].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1]), typ, "pattern",
                                       prio=4, known_start=True))
        if cues.institution_rx is not None:     # « l'université de Strasbourg », « le CHU de Rennes »
            for m in cues.institution_rx.finditer(self.text):
                text = m.group().rstrip("-’'")
                words = text.split()
                if text[:1].islower() and len(words) == 2 and _ACRONYM.fullmatch(words[1]):
                    continue                    # « l'institut ANITI »: the acronym is the name (spaCy, the lexicon)
                owner = re.match(r"\S+\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*(.+)", text) if text[:1].islower() else None
                if owner and (entry := self.lex.lookup(owner.group(1))) is not None and entry.type == "Organization" \
                        and "Place" not in entry.types:
                    continue                    # « l'institut du CEA »: an organisation's institute, no name
                if text[:1].islower() or fold(words[0]) in cues.type_nouns or words[0].isupper() \
                        or fold(words[0]) in cues.institution_heads \
                        or fold(text).startswith(cues.institution_multi_heads):   # (« l'Eurométropole de Strasbourg »,
                                                                                 # « le Centre hospitalier des Cèdres »)
                    cands.append(_Cand(m.start(), m.start() + len(text), "Organization", "pattern", prio=4,
                                       lower_ok=True, known_start=True))
        for m in _KNOWN_VERSION.finditer(self.text):    # « Qwen-72B », « Mistral-7B »: a known model or
            entry = self.lex.lookup(m.group(1))           # maker's name with a version, one token for spaCy
            if entry is not None and entry.type in ("AIModel", "Organization"):
                cands.append(_Cand(m.start(), m.end(), "AIModel", "pattern", prio=3))
        for m in _HYPHEN_VERSION.finditer(self.text):   # « Il a succédé à Trame-IDS 2 »: a hyphenated name with
            if self.lex.lookup(m.group().rsplit(None, 1)[0]) is None:   # a version is a model's, however spaCy read it
                cands.append(_Cand(m.start(), m.end(), "AIModel", "pattern", prio=1))
        for m in _LOWER_MODEL.finditer(self.text):      # « gpt-oss-120b, le modèle ouvert d'OpenAI »
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                typ = self._apposition_type(span.end) or self._type_noun_before(span.start, window=3)
                if typ in ("AIModel", "Product"):
                    cands.append(_Cand(m.start(), m.end(), typ, "pattern", prio=2, lower_ok=True))
        for m in _QUOTE.finditer(self.text):
            inner = m.group(1)
            if not inner[:1].isupper() or len(inner.split()) > 6:
                continue
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is None:
                continue
            typ = self._type_noun_before(span.start - 1, window=4) if span.start > 0 else None
            if typ is None or typ == "Place":
                continue
            cands.append(_Cand(m.start(1), m.end(1), typ, "pattern", prio=5))
        # 3. an unknown name right after a cue whose object has one possible type
        #    (« Databricks acquiert MosaicML », « a investi dans Xyz »)
        single = cues.single_object_verbs
        for sent in self.sents:
            for i in range(sent.start, sent.end):
                typ, prep = single.get(lemmas[i], (None, False))
                if typ is None or pos[i] not in ("VERB", "AUX"):
                    continue
                if i + 1 < sent.end and texts[i + 1] == "par":
                    continue                    # « organisé par le MeitY »: the agent, not the object
                if any(c.dep_ == "aux:pass" for c in self.tok[i].children):
                    continue                    # « Comment est organisée l'IA chez X ? »: a passive has no object
                k = i + 1
                while k < sent.end and k - i <= 4 and (pos[k] in ("DET", "ADV", "NUM") or fold(texts[k]) in cues.type_nouns
                                                       or pos[k] == "ADP" and (prep or texts[k].lower() not in cues.no_object_preps
                                                                               or k + 1 < sent.end and pos[k + 1] == "NUM")):
                    k += 1                      # (« investi dans X »; « que X organisait à Strasbourg »: no object;
                                                # « racheté en 2024 X »)
                span = self._name_span_from(k) if k < sent.end else None
                lower = False
                if span is None and k < sent.end and doc[k].is_alpha and not doc[k].is_stop \
                        and lemmas[i] not in cues.one_word_verbs("competitorOf") \
                        and self._apposition_type(k + 1) == typ:
                    span, lower = (k, k + 1), True   # « OpenAI a racheté io, la start-up de Jony Ive »
                if span and cues.structure_after_rx is not None \
                        and cues.structure_after_rx.match(self.text, doc[span[1] - 1].idx + len(doc[span[1] - 1])):
                    continue                    # « Elle a organisé Dioptre autour de deux équipes »: no event
                if span and not any(e.label_ == "PER" and len(e) > 1 and e.start < span[1] and span[0] < e.end
                                    for e in ents):     # (a one-word « person » is bought or allied with: a company)
                    s_, e_ = span
                    cands.append(_Cand(doc[s_].idx, doc[e_ - 1].idx + len(doc[e_ - 1]), typ, "pattern", prio=2,
                                       lower_ok=lower))
        #    « OpenAI a dévoilé Moshi 2 »: a name with a version number after a launch verb is a model
        launch = cues.one_word_verbs("develops")   # (a name with a version after one is a model)
        for sent in self.sents:
            for i in range(sent.start, sent.end):
                if lemmas[i] not in launch or pos[i] not in ("VERB", "AUX"):
                    continue
                k = i + 1
                while k < sent.end and k - i <= 3 and pos[k] in ("DET", "ADV"):
                    k += 1
                span = self._name_span_from(k) if k < sent.end else None
                if span and any(t.like_num or re.search(r"\d", t.text) for t in doc[span[0] + 1:span[1]]):
                    cands.append(_Cand(doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1]), "AIModel",
                                       "pattern", prio=2))
        # « - Lipsia, basée à Toulouse et dirigée par X », « Zénon, cofondée en 2023 », « Lemovia vient de
        # lever 3 millions d'euros »: a name spaCy missed that words said only of organisations follow
        # (not a first name's)
        in_per = {i for e in ents if e.label_ == "PER" for i in range(e.start, e.end)}
        for sent in self.sents:
            for i in range(sent.start, sent.end):
                if not namey[i] or fold(self.texts[i]) in cues.first_name_gender or i in in_per:
                    continue
                if fold(self.texts[i]) in cues.not_entities:   # « La start-up d'IA Vireval a levé »: not « IA »
                    continue
                if self._inside_name(i) and not (i > 0 and fold(self.texts[i - 1]) in cues.not_entities):
                    continue
                span = self._name_span_from(i)
                if not span:
                    continue
                end = doc[span[1] - 1].idx + len(doc[span[1] - 1])
                comma = re.match(r"\s*,", self.text[end:])
                raises = _RAISED_AFTER.match(self.text[end:end + 40])
                if comma and (cues.based_rx.match(self.text, end + comma.end())
                              or cues.led_by_rx and cues.led_by_rx.match(self.text, end)) \
                        or cues.founded_after_rx.match(self.text, end) \
                        or raises and cues.rx["raises_money"].match(self.text, end + raises.end()) \
                        or cues.rx["bought_by"].search(self.text, max(sent.start_char, doc[span[0]].idx - 40),
                                                       doc[span[0]].idx):
                    cands.append(_Cand(doc[span[0]].idx, end, "Organization", "pattern", prio=2))
        role_rx = cues.role_at_rx               # « un ancien de Bolt », « journaliste au Courrier »
        for sent in self.sents:
            first = sent.start if fold(self.texts[sent.start]) in cues.event_name_starts else sent.start + 1
            for i in range(first, sent.end):    # (« Sommet Axiome 2026 : suivez ... »: an event's name opens it)
                if not namey[i] or self._inside_name(i):
                    continue
                span = self._name_span_from(i)
                if not span or self._rubric(*span):
                    continue
                idx = doc[i].idx
                before = self.text[max(sent.start_char, idx - 60):idx]
                typ = "Organization" if role_rx.search(before) and not (
                    span[1] - span[0] == 2 and fold(self.texts[span[0]]) in cues.first_name_gender) else None
                if typ:                         # (not « un ancien collègue de Clémence Ourliac »: a person's
                                                # name) « l'ancien chercheur de Google Matthias Grünwald »: the
                    cut = next((k for k in range(span[0] + 1, span[1] - 1)   # person's name is not the company's
                                if fold(self.texts[k]) in cues.first_name_gender and namey[k + 1]), None)
                    if cut is not None:
                        span = (span[0], cut)
                if span[1] - span[0] >= 2:
                    shape = self._shape_type(doc[span[0]:span[1]].text)
                    if shape == "AIModel" and doc[span[1] - 1].like_num \
                            and re.match(r"[ \t]*(?:%|pour\s*cent\b|€|\$)", self.text[doc[span[1] - 1].idx + len(doc[span[1] - 1]):]):
                        shape = None            # « ceux d'Iskio 42 % »: a share, no model
                    if shape:                   # a unit or a company: the context first (« Une nouvelle
                        ctx = self._context_type(span[0], span[1]) if shape in ("Team", "Organization", "AIModel") else None
                        if ctx not in ("Team", "Organization") and shape != "AIModel":   # équipe, Wayve Robotics, ... »,
                            ctx = self._apposed_to_type_noun(span[0], span[1], ents)   # « Apollo Research, une organisation »)
                        typ = ctx if ctx in ("Team", "Organization") and (shape != "AIModel" or ctx == "Team") \
                            or ctx == "Product" and shape == "AIModel" and self._apposition_type(span[1]) == ctx \
                            else shape          # (« le Hangar 21, l'équipe d'IA du groupe »: no model; « Grimoire 2,
                                                # sa plateforme »: a product's version)
                if typ:
                    cands.append(_Cand(doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1]), typ,
                                       "pattern", prio=4 if span[1] - span[0] >= 2 else 2))
        # 4. team names: « X Team », « X Lab(s) »
        def name_start(i: int, sent) -> int:    # the first of the name's words that end before token i
            s = i
            while s > sent.start and namey[s - 1] and texts[s - 1] not in (":",):
                s -= 1
            return s
        for sent in self.sents:
            for i in range(sent.start + 1, sent.end):
                if texts[i] in ("Team", "Teams", "Lab", "Labs", "Group") and namey[i - 1]:
                    tok = doc[i]
                    s = name_start(i, sent)
                    while s < tok.i and (doc[s].is_digit or doc[s].text.rstrip(".").isdigit() or fold(doc[s].text) in cues.not_entities and doc[s].text in ("Cette", "La", "Le", "L'", "Une", "Un")):
                        s += 1
                    typ = "Team" if tok.text.startswith("Team") else "Organization"
                    if tok.text.startswith("Lab"):
                        typ = "Team"
                    if s < tok.i:               # (not « Le Lab » alone: « Le Lab Sfumato », below)
                        cands.append(_Cand(doc[s].idx, tok.idx + len(tok), typ, "pattern", prio=4))
                if texts[i] in ("Lab", "Labs") and i + 1 < sent.end and namey[i + 1] \
                        and fold(texts[i + 1]) not in cues.not_entities \
                        and (not namey[i - 1] or fold(texts[i - 1]) in cues.not_entities):
                    e = i + 1                   # « le Lab Sfumato », « Le Lab Mobil'IA »: a unit named after « Lab »
                    while e + 1 < sent.end and namey[e + 1] and fold(texts[e + 1]) not in cues.not_entities:
                        e += 1
                    cands.append(_Cand(doc[i].idx, doc[e].idx + len(doc[e]), "Team", "pattern", prio=4))
                if texts[i] == "Research" and namey[i - 1] and i + 1 < sent.end and namey[i + 1] \
                        and (place := self.lex.lookup(texts[i + 1])) is not None and place.type == "Place":
                    # « Kisaragi AI Research Paris », « Microsoft Research Asia »: a lab named after where it
                    # sits, the place part of its name
                    s = name_start(i, sent)
                    if s < i and doc[s].text[:1].isupper() and fold(doc[s].text) not in cues.not_entities:
                        cands.append(_Cand(doc[s].idx, doc[i + 1].idx + len(doc[i + 1]), "Team", "pattern", prio=4))
        # « a cofondé à Milan Tramontana AI »: a known place after « à » starts no longer name
        places = {c.start: c.end for c in cands if c.source == "lexicon" and c.type == "Place"}
        for c in cands:
            end = places.get(c.start)
            if c.source == "pattern" and end is not None and c.end > end + 1 \
                    and re.search(r"(?:^|\s)(?:à|en|au)\s+$", self.text[max(0, c.start - 4):c.start]):
                c.start = end + 1
            if c.type == "Event" and c.key is None and (tail := _EVENT_TAIL.match(self.text, c.end)):
                c.end = tail.end()              # « les Rencontres Calanques de l'IA »: spaCy stops before « de »
        # « publié sous licence Apache 2.0 », « sous licence MIT »: a licence's name, no model nor company
        return [c for c in cands if not _UNDER_LICENCE.search(self.text, max(0, c.start - 16), c.start)]

    _VERSION = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[BMT]|Pro|Ultra|Turbo|Mini|mini|Flash|Max|Nano|Lite|Plus|Medium|Small|Large"
                          r"|Instruct|Reasoning|Vision|Omni|Thinking|Coder|Code|Sonnet|Opus|Haiku|Enterprise|Business|Edu)$")

    def _raises_money_after(self, end: int) -> bool:
        """Whether the words after char offset ``end`` say that a name raises or obtains money
        (« lève 11 millions d'euros », « a bouclé 5 M€ », « obtient 9 millions »)."""
        raises = _RAISES_AFTER.match(self.text, end)
        return bool(raises and (self.cues.rx["raises_money"].match(self.text, raises.end())
                                or self.cues.rx["obtains_money"].match(self.text, raises.end())))

    def _with_ner_extensions(self, ents) -> tuple:
        """``ents`` where the NER's organisation span that starts with a lexicon organisation and goes
        on, on the same line, with capitalised words only (no known name among them but places),
        replaces it and what it covers: « Ubisoft Montpellier », « SNCF Réseau », « Siemens Mobility »
        are named units of their own, typed like any NER name."""
        longer = {span.start: span for span in self.doc.spans.get(NER_ORGS, ())}
        from spacy.tokens import Span
        out, upto = [], -1
        for k, ent in enumerate(ents):
            if ent.start < upto:
                continue
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if ent.label_ in ("ORG", "Organization") and nxt is not None and nxt.label_ in ("LOC", "Place") \
                    and ent.end < nxt.start <= ent.end + 3 \
                    and any(t.is_lower and t.is_alpha and len(t) > 3 for t in ent[1:]) \
                    and _PLACE_OF.fullmatch(self.text, ent.end_char, nxt.start_char) \
                    and not any("\n" in t.whitespace_ for t in self.tok[ent.end - 1:nxt.start]):
                # « l'Union des experts-comptables du Rhône »: a descriptive name goes on with its place
                out.append(Span(self.doc, ent.start, nxt.end, label=ent.label_))
                upto = nxt.end
                continue
            span = longer.get(ent.start) if ent.label_ == "Organization" else None
            if span is not None and span.end > ent.end \
                    and all(t.is_alpha and t.text[:1].isupper() for t in self.tok[ent.end:span.end]) \
                    and not any("\n" in t.whitespace_ for t in self.tok[ent.end - 1:span.end - 1]) \
                    and all(e.label_ == "Place" for e in ents[k + 1:] if e.start < span.end):
                out.append(span)
                upto = span.end
            else:
                out.append(ent)
        return tuple(out)

    def _version_after(self, end: int) -> int:
        """Token index after version words following a name (« 2 », « 2.5 Pro »), or ``end``."""
        k = end
        while k < len(self.doc) and k - end < 3 and self._VERSION.match(self.doc[k].text) \
                and not self.doc[k - 1].whitespace_ == "" and self.sent_of_tok[k] == self.sent_of_tok[end - 1]:
            k += 1
        return k

    _ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&.\-]{1,9})\s*\)")

    def _acronym_candidates(self, cands: list[_Cand]) -> list[_Cand]:
        """« Deep Reasoning Research (DRR) »: an acronym in brackets right after a name, with its
        first letter, is a name of the same type (the mention pass makes it that name). Where no
        name ends there, the words before whose initials spell the acronym are its long form
        (« l'Agence belge pour l'intelligence artificielle (ABIA) »), a name when its first word
        is a type noun (agence, institut, ministère ...)."""
        out, ends = [], {}
        for c in cands:
            ends.setdefault(c.end, c)
        for hit in self._ACRONYM.finditer(self.text):
            c = ends.get(hit.start())
            if c is not None:
                if c.type != "Person" and fold(hit.group(1)[0]) == fold(_without_article(self.text[c.start:c.end])[:1]):
                    out.append(_Cand(hit.start(1), hit.end(1), c.type, "pattern", prio=2))
                    continue
                if c.type != "Place":           # (a place may end the long form: « l'Interprofession
                    continue                    # florale de France (IFF) »)
            long = self._long_form(hit.start(), hit.group(1))
            if long is not None:
                start, typ = long
                out.append(_Cand(start, hit.start(), typ, "pattern", prio=5, known_start=True, lower_ok=True))
                out.append(_Cand(hit.start(1), hit.end(1), typ, "pattern", prio=2))
        return out

    def _long_form(self, end: int, acronym: str) -> tuple[int, str] | None:
        """(start, type) of the words before ``end`` whose initials spell ``acronym`` in order,
        small words (« pour », « l' », « de ») skipped, the first word a type noun; else None."""
        letters = [ch for ch in fold(acronym) if ch.isalpha()]
        if len(letters) < 2:
            return None
        words = list(re.finditer(r"[^\W\d_][\w\-]*", self.text[max(0, end - 160):end]))
        base = max(0, end - 160)
        k = len(letters) - 1
        for w in reversed(words):
            word = fold(w.group())
            if word in _SMALL_WORDS:
                continue
            if k < 0 or word[0] != letters[k]:
                return None
            k -= 1
            if k < 0:
                typ = self.cues.type_nouns.get(word)
                if typ in ("Organization", "Team", "Event"):
                    return base + w.start(), typ
                if typ is None and len(letters) >= 3 and w.group()[0].isupper() \
                        and (i := self._token_at(base + w.start())) is not None and not self.tok[i].is_sent_start:
                    # « l'Union des déménageurs et garde-meubles de France (UDGF) », « l'Interprofession florale de
                    # France (IFF) »; « la Direction de l'ingénierie du parc (DIP) » of a company is one of its units
                    return base + w.start(), "Team" if word == "direction" else "Organization"
                return None
        return None

    _NAME_AFTER = re.compile(r"[A-ZÀ-Ý][\w\-’'&]*(?:\s+(?:[A-ZÀ-Ý0-9][\w\-’'&]*)){0,3}")

    def _rename_candidates(self, cands: list[_Cand]) -> list[_Cand]:
        """« Plumetis devient Ondalys », « Ondalys, anciennement Plumetis », « Y (ex-X) »: two names of
        one entity (``self.renames`` maps the old to the new; the mention pass relabels). Where
        only one is typed (spaCy takes both for places), the other gets its type."""
        old_rx, new_rx = self.cues.rename_old_first_rx, self.cues.rename_new_first_rx
        if old_rx is None and new_rx is None:
            return []
        spans = [(c.start, c.end, c.type) for c in cands]
        spans += [(e.start_char, e.end_char, None) for e in self.doc.ents]
        ends = {}
        for s, e, typ in spans:
            if ends.get(e, (0, 0, None))[2] is None:
                ends[e] = (s, e, typ)
        typed = {self.text[s:e]: typ for s, e, typ in spans if typ not in (None, "Person", "Place")}
        people = {self.text[s:e] for s, e, typ in spans if typ == "Person"}
        pairs = []
        for rx, old_first in ((old_rx, True), (new_rx, False)):
            if rx is None:
                continue
            for hit in rx.finditer(self.text):
                after = self._NAME_AFTER.match(self.text, hit.end())
                if after is None:
                    continue
                a_end = after.end()
                for s, e, _ in spans:           # a known name there: its own extent
                    if s == after.start() and self.text[e - 1:e] != ".":
                        a_end = e if self.text[s:e].count(" ") <= after.group().count(" ") else a_end
                before = ends.get(hit.start())
                if before is None and old_first and not hit.group().lstrip().startswith(","):
                    # « La start-up Plumetis, connue pour ..., s'appelle désormais Ondalys »: the subject
                    sent = self._sent(self._token_before(hit.start()) or 0)
                    prior = [sp for sp in spans if sent.start_char <= sp[0] and sp[1] <= hit.start()]
                    before = max(prior, key=lambda sp: sp[1]) if prior else None
                if before is None:
                    continue
                b = self.text[before[0]:before[1]]
                a = self.text[after.start():a_end].rstrip(".")
                if b == a or b in people or a in people or before[2] == "Person":
                    continue
                old, new = (b, a) if old_first else (a, b)
                pairs.append((old, new, (before[0], before[1]), (after.start(), after.start() + len(a))))
        out = []
        for old, new, span_b, span_a in pairs:
            typ = typed.get(new) or typed.get(old)
            if typ is None:
                continue
            self.renames[old] = new
            for (s, e) in (span_b, span_a):
                if self.text[s:e] not in typed:
                    out.append(_Cand(s, e, typ, "pattern", prio=2))
        return out

    def _surname_candidates(self, cands: list[_Cand]) -> list[_Cand]:
        """An untyped capitalised span close to the surname of a person of the article
        (« Botsworth » after « Andrew Bosworth ») is that person."""
        from rapidfuzz import fuzz
        surnames = {fold(self.text[c.start:c.end]).split()[-1] for c in cands
                    if c.type == "Person" and len(self.text[c.start:c.end].split()) >= 2}
        out = []
        for ent in self.loose:
            f = fold(ent.text)
            if len(f) >= 4 and any(fuzz.ratio(f, s) >= 85 and f[:1] == s[:1] for s in surnames):
                out.append(_Cand(ent.start_char, ent.end_char, "Person", "ner", prio=1))
        return out

    def _unplaced_candidates(self, cands: list[_Cand]) -> list[_Cand]:
        """« Jusqu'ici discrète, Quanthis change de dimension ... un partenariat avec Quanthis »: a
        name spaCy calls a place, said twice or more and never after « à », « en », « de » ... nor
        an article (« le Sénégal », « les Sénégalais »), is an organisation's (a real place is
        where something is, at least once). Names already taken (a misspelt surname) are not."""
        taken = {(c.start, c.end) for c in cands}
        places = {self.text[c.start:c.end] for c in cands if c.type == "Place"}
        unplaced: dict[str, list] = {}
        for ent in self.loose:
            if (ent.start_char, ent.end_char) not in taken:
                unplaced.setdefault(ent.text, []).append(ent)
        out = []
        for text, ents in unplaced.items():
            if len(ents) >= 2 and text not in places and text[:1].isupper() \
                    and text.lower() not in self.cues.org_demonyms and not any(
                    e.start > 0 and self.texts[e.start - 1].lower().replace("’", "'") in ("le", "la", "les", "l'", "des")
                    for e in ents):
                out += [_Cand(e.start_char, e.end_char, "Organization", "ner", prio=1) for e in ents]
        return out

    def _demonym_before(self, tok_i: int) -> bool:
        """« le français H Company », « l'américain Sierra »: a lower-case nationality noun after a
        determiner right before ``tok_i`` (an organisation's name follows)."""
        texts = self.texts
        return tok_i >= 2 and texts[tok_i - 1] in self.cues.org_demonyms \
            and texts[tok_i - 2].lower().replace("’", "'") in ("le", "la", "l'", "les", "un", "une", "deux", "trois")

    def _surname_end(self, ent) -> int:
        """Where the capitalised words after a one-word first name (« Lucie Fleuriot ») end, at
        most three; ``ent.end`` when ``ent`` is no first name or none follows."""
        k = ent.end
        while len(ent) == 1 and fold(ent.text) in self.cues.first_name_gender and k < len(self.doc) \
                and k - ent.end < 3 and self.texts[k][:1].isupper() and self.tok[k].is_alpha:
            k += 1
        return k

    def _ambiguous_ok(self, ent, entry) -> bool:
        """An ambiguous lexicon name (« Claude », « Mistral ») needs context: a type noun or a version.
        A capitalised name of several words inside a sentence (« dans Le Chat ») is enough; a first
        name before a capitalised word (« Lucie Fleuriot ») is a person's."""
        if self._surname_end(ent) > ent.end:
            return False
        if len(ent) > 1 and ent.start > self._sent(ent.start).start and ent.text[:1].isupper():
            return True
        nxt = self.doc[ent.end] if ent.end < len(self.doc) else None
        if nxt is not None and (nxt.like_num or nxt.text[:1].isdigit()):
            return True
        tn = self._type_noun_before(ent.start, window=3)
        if tn is not None or self._demonym_before(ent.start):
            return True
        allowed = {entry.type, *entry.types}
        if "Organization" in allowed and ent.start > 0 and self.doc[ent.start - 1].lower_ == "chez":
            return True                         # « vice-présidente chargée des données chez Decathlon »
        after = self.doc[ent.end:min(ent.end + 5, self._sent(ent.start).end)]
        if any(fold(t.text) in self.cues.type_nouns and self.cues.type_nouns[fold(t.text)] in allowed for t in after) \
                or self._apposition_type(ent.end) in allowed:
            return True
        if any(self.cues.type_nouns.get(fold(t.text)) in allowed or self.cues.type_nouns.get(fold(t.lemma_)) in allowed
               for t in self._sent(ent.start) if t.pos_ == "NOUN"):
            return True                         # « un modèle destiné à concurrencer Claude »
        k, end = ent.end, self._sent(ent.start).end     # « Orange s'allie à X », « Orange a racheté X »: the
        while k < end and k - ent.end < 3 and self.doc[k].lower_.replace("’", "'") in _CLITICS_AUX:   # subject
            k += 1                                                                   # of a relation verb
        if k < end and self.doc[k].pos_ in ("VERB", "AUX"):
            lemma = self.doc[k].lemma_.lower()
            preds = self.cues.verb_cues.get(lemma, []) + self.cues.verb_cues.get("s'" + lemma, [])
            if any(entry.type in self._allowed(p)[0] for p in preds):
                return True
        if ent.start > 0 and self.doc[ent.start - 1].pos_ in ("VERB", "AUX") \
                and self.doc[ent.start - 1].dep_ not in ("cop", "aux", "aux:tense", "aux:pass"):
            lemma = self.doc[ent.start - 1].lemma_.lower()   # « a quitté Carrefour », « rejoint Carrefour »:
            preds = self.cues.verb_cues.get(lemma, [])        # the object of a relation verb
            if any(entry.type in self._allowed(p)[1] for p in preds):
                return True
        if re.search(r"\b(?:ancien(?:ne)?s?\s+(?:de|d['’]|du)|passée?s?\s+par)\s*$",
                     self.text[max(0, ent.start_char - 20):ent.start_char], re.I) and "Organization" in allowed:
            return True                         # « un ancien de Carrefour », « passée par Carrefour »
        # another mention of the same entry elsewhere in the article with context counts too
        other = [f for f in entry.forms if f != ent.text]
        return any(o in self.text for o in other if len(o) > len(ent.text))

    def _context_type(self, tok_i: int, end_i: int | None = None, owned: bool = True) -> str | None:
        """The type the words around a name give it (``owned``: « son laboratoire X » a team)."""
        typ = self._naming_cue_before(tok_i)
        if typ:
            return typ
        if tok_i > 0 and (typ := self._type_noun_before(tok_i, 3, owned)) and not self._fronted_adverbial_subject(tok_i):
            return typ                          # (not « Pour entraîner ses modèles, Iridance s'appuie sur »)
        if end_i is None:
            return None
        return (self._apposition_type(end_i, owned)
                or (self._copula_type(end_i) if not self._core_complement(tok_i) else None)
                or self._participle_type(end_i) or self._whose_type(end_i))

    def _made_thing_type(self, sent, end: int) -> str:
        """What a name made (« a mis au point X ») is when nothing else types it: what its apposition
        calls it (« Fresnel, un compilateur qui ... » a product, « X, un modèle » a model), else a
        model when its sentence or the next speaks of one (« modèle »), else a product."""
        if (ap := re.match(r"\s*,\s*(?:un|une|le|la|l['’]|son|sa)\s*([^\W\d_]+)", self.text[end:end + 60])):
            return "AIModel" if self.cues.type_nouns.get(fold(ap.group(1))) == "AIModel" else "Product"
        n = self._sent_index(sent.start)
        text = " ".join(self._text_of(self.sents[k]) for k in (n, n + 1) if k < len(self.sents))
        return "AIModel" if re.search(r"\bmodèles?\b", text, re.I) else "Product"

    def _whose_type(self, end_i: int) -> str | None:
        """« Exotec, dont les robots équipent déjà des entrepôts »: a name whose robots, models,
        clients or staff (``org_whose_nouns``) are spoken of is an organisation's."""
        if end_i >= len(self.tok) or not self.cues.org_whose_rx:
            return None
        return "Organization" if self.cues.org_whose_rx.match(self.text, self.tok[end_i].idx) else None

    _MADE_BY = re.compile(r"\s*,\s*(?:(?:un|une)\s+[^,]{0,40}?)?(?:développée?s?|conçue?s?|entraînée?s?|publiée?s?|mise?s? au point)"
                          r"\s+(?:(?:en|dès)\s+\d{4}\s+)?par\b")

    def _participle_type(self, end_i: int) -> str | None:
        """« Salamandra, développé par le Barcelona Supercomputing Center »: what is developed,
        designed or trained by someone is a model (a product when a product noun said so first)."""
        if end_i >= len(self.tok):
            return None
        return "AIModel" if self._MADE_BY.match(self.text, self.tok[end_i].idx) else None

    def _role_person_type(self, end_i: int) -> str | None:
        """« Fenella Okoro, associée chez Ravenel Capital »: a name set off by a job at a place of
        work (a role word, then « chez », « de », « à ») is a person's, unless an organisation may
        bear that role too (« Nvidia, membre du consortium »; but « associée chez »)."""
        if end_i >= len(self.tok):
            return None
        m = self.cues.role_person_rx.match(self.text, self.tok[end_i].idx)
        if m is None or any(t.pos_ in ("VERB", "AUX") for t in self.doc.char_span(   # (the role word itself
                m.end("word"), m.end(), alignment_mode="expand") or ()):                 # may be a participle)
            return None                         # « Née à Debrecen, la chercheuse a soutenu sa thèse à »: a subject
        return "Person" if m.group("prep").lower() == "chez" or fold(m.group("word")) not in self.cues.org_role_words \
            else None                           # (nothing but a person works « chez » someone)

    def _copula_type(self, end_i: int) -> str | None:
        """« Quill-4 est un modèle compact », « Dust est une start-up »: the type noun after
        « est », « était », « sera » and an indefinite article."""
        tok = self.tok
        sent_end = self._sent(min(end_i, len(tok) - 1)).end if end_i < len(tok) else end_i
        k = end_i
        if k + 1 >= sent_end or tok[k].lower_ not in ("est", "était", "sera", "reste", "demeure") \
                or tok[k + 1].lower_ not in ("un", "une"):
            return None
        k += 2
        while k < sent_end and k - end_i <= 5:
            for n in (4, 3, 2, 1):              # « une jeune pousse »: a type noun may start with an adjective
                typ = self.cues.type_nouns.get(fold(self._span_text(k, min(k + n, sent_end))))
                if typ and typ != "Place":
                    return typ
            if tok[k].pos_ != "ADJ":
                return None
            k += 1
        return None

    def _apposed_to_type_noun(self, s: int, e: int, ents) -> str | None:
        """« Le modèle maison de Parlance, Lex-7, sera intégré »: a name set off by commas after a
        noun phrase whose head is a type noun takes that type (the head is the phrase's first noun:
        « le PDG de la start-up, X » gives nothing)."""
        tok = self.tok
        sent = self._sent(s)
        if s - 2 < sent.start or tok[s - 1].text != "," or (e < sent.end and tok[e].text not in (",", ")")
                                                                 and not (e == sent.end - 1 and tok[e].text == ".")):
            return None                         # (the name may end the sentence: « d'une équipe de recherche, X. »)
        person = any(ent.label_ == "PER" and ent.start < e and s < ent.end for ent in ents)
        k = s - 2
        while k > sent.start and k > s - 10 and tok[k - 1].pos_ not in ("VERB", "AUX", "SCONJ", "CCONJ", "PUNCT") \
                and not tok[k - 1].is_punct:
            k -= 1
        while k < s - 2 and tok[k].pos_ != "DET":
            k += 1                              # the phrase starts with its determiner
        if tok[k].pos_ != "DET":
            return None
        for j in range(k + 1, s - 1):
            if fold(tok[j].text) in self.cues.role_words:
                return None                     # « la fondatrice de l'entreprise, Nadia Orliac » (tagged ADJ)
            if tok[j].pos_ == "NOUN":
                typ = self.cues.type_nouns.get(fold(tok[j].text)) or self.cues.type_nouns.get(fold(tok[j].lemma_))
                if typ == "Organization" and fold(tok[j].text) in self.cues.owned_units and self._owner_det(k):
                    return "Team"               # « Son laboratoire de recherche, Verdane Research, »
                # a person's name, unless apposed to a thing (« son outil de reconnaissance de caractères,
                # Griffon Scan »; « son assistant » may be a person)
                if person and (typ not in ("AIModel", "Product") or fold(tok[j].lemma_) == "assistant") \
                        and fold(tok[j].text) not in self.cues.org_only_nouns:
                    return None                 # (but « ouvrir une filiale, Marelle Maroc, »)
                return typ if typ in ("AIModel", "Product", "Event", "Team", "Organization") else None
        return None

    def _maker_and_more(self, s: int, e: int) -> bool:
        """Whether tokens s..e are a known organisation's name followed by words that are no
        known name (« Wayve AI Driver », not « Google Gemini »)."""
        for k in range(s + 1, e):
            head = self.lex.lookup(self._span_text(s, k))
            if head is not None and head.type == "Organization":
                return self.lex.lookup(self._span_text(k, e)) is None
        return False

    def _in_modifier_clause(self, j: int) -> bool:
        """Whether the verb at token ``j`` is a noun's clause (« l'équipe que le groupe a montée »)
        or part of a fixed phrase (« il y a deux ans »), not a main clause's verb."""
        t = self.tok[j]
        clause = t.head if t.dep_.startswith(("aux", "cop")) else t
        return t.dep_ == "fixed" or clause.dep_.startswith("acl")

    def _finite_verb_after(self, k: int) -> bool:
        """Whether a finite verb follows token ``k`` (adjectives skipped): the noun phrase before
        it is then a clause's subject, not an apposition."""
        tok, end = self.tok, self._sent(min(k, len(self.tok) - 1)).end
        while k < end and tok[k].pos_ == "ADJ":
            k += 1
        while k < end and ((w := tok[k].lower_.replace("’", "'")) in ("ne", "n'")
                           or tok[k].pos_ == "PRON" and w in _PREVERBAL):
            k += 1                              # « l'équipe s'est distinguée », « la société n'a pas »
        return k < end and tok[k].pos_ in ("VERB", "AUX") and "Fin" in tok[k].morph.get("VerbForm")

    def _apposition_type(self, end_i: int, owned: bool = True) -> str | None:
        """« Runner H, un agent capable de ... », « Operator, l'agent d'OpenAI »: the type noun
        of an apposition right after a name."""
        tok = self.tok
        if end_i >= len(tok) or tok[end_i].text not in (",", ":"):   # « avec Stellantis : le constructeur »
            return None
        k = end_i + 1
        sent_end = self._sent(end_i).end
        if self.cues.rx["fronted_place"].fullmatch(self.text, self._sent(end_i).start_char, tok[end_i].idx):
            return None                         # « Basé à Nancy, le groupe, qui ... »: the subject, not Nancy
        if self._passive_predicate(tok[self._sent(end_i).start].text) is not None \
                and "," not in self.text[self._sent(end_i).start_char:tok[end_i].idx]:
            verb = next((j for j in range(end_i + 1, sent_end) if tok[j].text in (",", ";", ":")
                         or tok[j].pos_ in ("VERB", "AUX") and "Fin" in tok[j].morph.get("VerbForm")
                         and not self._in_modifier_clause(j)), None)
            if verb is not None and tok[verb].pos_ in ("VERB", "AUX"):
                return None                     # « Dirigée par la radiologue X, cette équipe de dix médecins a
                                                # annoté »: the clause's subject (not « Conçu par l'Ouvroir, le
                                                # laboratoire de la DINUM, l'outil aide »)
        feminine = k < sent_end and tok[k].lower_ in ("une", "la", "cette", "sa")
        if k < sent_end and tok[k].lower_.replace("’", "'") in ("un", "une", "le", "la", "l'", "son", "sa", "leur", "notre", "ce", "cette", "nouveau", "nouvelle"):
            k += 1
        plural = k + 1 < sent_end and tok[k].lower_ in ("ses", "leurs") and tok[k + 1].lower_ in _COUNT_WORDS
        if plural:
            k += 2                              # « Sage et Cegid, ses deux grands concurrents »
        for j in range(k, min(k + 2, sent_end - 1)):   # a type noun that starts with an adjective
            if tok[j].pos_ != "ADJ":                    # (« une jeune pousse berlinoise »)
                break
            for n in (4, 3, 2):
                phrase = fold(self._span_text(j, min(j + n, sent_end)))
                if phrase in self.cues.type_nouns and self.cues.type_nouns[phrase] != "Place":
                    if self._finite_verb_after(min(j + n, sent_end)):
                        return None             # « Fondée par A et B, la jeune pousse développe »: a subject
                    return self.cues.type_nouns[phrase]
        while k < sent_end and tok[k].pos_ == "ADJ":
            k += 1
        if k + 3 < sent_end and fold(self._span_text(k, k + 3)) == "nom de code" \
                and tok[k + 3].lower_.replace("’", "'") in ("de", "d'", "du", "des"):
            k += 4                              # « Haliotis, le nom de code du prochain modèle »
            while k < sent_end and tok[k].pos_ in ("DET", "ADJ"):
                k += 1
        if k + 1 < sent_end and fold(tok[k].text) in ("generation", "famille", "gamme", "version", "serie", "ligne",
                                                      "nouvelle version", "nouvelle generation") \
                and tok[k + 1].lower_.replace("’", "'") in ("de", "d'", "des"):
            k += 2                              # « la prochaine génération de puces »
        for j in range(k, min(k + 3, sent_end)):
            for n in (3, 2, 1):
                phrase = fold(self._span_text(j, min(j + n, sent_end)))
                if plural and phrase not in self.cues.type_nouns and phrase.endswith("s"):
                    phrase = phrase[:-1]
                if phrase in self.cues.type_nouns and self.cues.type_nouns[phrase] != "Place":
                    if tok[j].text[:1].isupper() and not tok[j].text.isupper():
                        return None             # « À Dijon, le Sommet IA BFC mise »: a name's first word
                    if self._finite_verb_after(self._past_name(min(j + n, sent_end), sent_end)):
                        return None             # « Pour financer ce virage, l'entreprise a bouclé », « Placée
                                                # sous la responsabilité d'A, l'équipe X travaillera »: a subject
                    if feminine and phrase in self.cues.masculine_org_nouns:
                        return None             # « Priya Raghunathan, une spécialiste reconnue de »: a woman
                    if owned and phrase in self.cues.owned_units and self._owned(end_i + 1, j + n, sent_end):
                        return "Team"           # « l'Ouvroir, le laboratoire d'IA de la DINUM »: a unit of it
                    if self.cues.type_nouns[phrase] == "Team" and self.cues.investor_unit_rx is not None \
                            and self.cues.investor_unit_rx.match(self.text, tok[j + n - 1].idx + len(tok[j + n - 1])):
                        return "Organization"   # « NVentures, la branche de capital-risque de Nvidia »: an investor
                    if self.cues.type_nouns[phrase] == "Product" and j + n < sent_end \
                            and tok[j + n].lower_ in self.cues.place_demonyms:
                        return "Organization"   # « Cohortis, la plateforme parisienne qui agrège »: a city's
                                                # adjective makes a company of a product noun
                    return self.cues.type_nouns[phrase]
            if tok[j].pos_ not in ("ADJ", "DET"):
                break
        return None

    def _owned_unit_after(self, end_i: int) -> bool:
        """« X, le laboratoire d'IA de l'Institut Y », « X, son labo », « X, la cellule d'IA que le groupe
        a montée »: an apposition right after a name that makes it an owner's unit (a unit noun, see
        :meth:`_unit_noun` and :meth:`_owned`)."""
        tok, sent_end = self.tok, self._sent(end_i).end if end_i < len(self.tok) else 0
        if end_i + 2 >= sent_end or tok[end_i].text != ",":
            return False
        k = end_i + 2
        while k < sent_end and tok[k].pos_ == "ADJ":
            k += 1
        return any(k + n <= sent_end and self._unit_noun(fold(self._span_text(k, k + n)))
                   and self._owned(end_i + 1, k + n, sent_end) for n in (3, 2, 1))

    def _unit_noun(self, folded: str) -> bool:
        """An ``owned_units`` noun or a Team type noun (« laboratoire », « cellule », « équipe »)."""
        return folded in self.cues.owned_units or self.cues.type_nouns.get(folded) == "Team"

    def _owned_unit_before(self, start_i: int) -> bool:
        """« Sa cellule d'intelligence artificielle, Castelvoix Labs, a présenté »: a possessive unit
        noun (``owned_units`` or a Team type noun) and its lower-case complements set off right
        before a name make it the owner's unit."""
        tok = self.tok
        if start_i < 3 or tok[start_i - 1].text != ",":
            return False
        sent_start = self._sent(start_i).start
        for p in range(start_i - 2, max(sent_start, start_i - 9) - 1, -1):
            if tok[p].text in (",", ";", ":", "«", "»") or tok[p].text[:1].isupper() and p > sent_start:
                return False
            if self._owner_det(p):
                return any(self._unit_noun(fold(self._span_text(p + 1, p + 1 + n))) for n in (3, 2, 1)
                           if p + 1 + n < start_i)
        return False

    def _past_name(self, k: int, end: int) -> int:
        """Token ``k``, or the token after the capitalised words (a name) starting there."""
        while k < end and self.tok[k].text[:1].isupper():
            k += 1
        return k

    def _owner_after(self, k: int, sent_end: int) -> bool:
        """Whether « de » at token ``k`` introduces an owner: an organisation's description (« de la
        start-up », « du groupe ») or a name that is no place (« du CEA », not « de Lyon »)."""
        if k >= sent_end:
            return False
        hit = re.match(r"(?:de|du|d['’])\s*(?:la\s+|le\s+|l['’]\s*)?(?P<w>[^\W\d_][\w\-]*(?:\s+[A-ZÀ-Ý][\w\-]*)*)",
                       self.text[self.tok[k].idx:self._sent(k).end_char])
        if hit is None:
            return False
        w = hit.group("w")
        if w[:1].islower():
            return fold(w.split()[0]) in self.cues.description_heads or fold(w.split()[0]) in self.cues.established
        entry = self.lex.lookup(w)
        return fold(w) not in self.cues.not_entities and (entry is None or entry.type != "Place")

    def _owned(self, det_i: int, k: int, sent_end: int) -> bool:
        """After an apposition's unit noun (« laboratoire »), is it some named owner's: a possessive
        determiner, or a definite one and « de » + a name past lower-case words and complements
        (« le laboratoire de recherche fondamentale de Meta »; not « un laboratoire de Lyon »,
        « le laboratoire d'IA parisien », « le laboratoire parisien à l'origine de Moshi »)?"""
        if self._owner_det(det_i):
            return True
        if k < sent_end and self.tok[k].lower_ in ("interne", "internes", "maison"):
            return True                         # « Amandier, un laboratoire interne de recherche appliquée »
        det = self.tok[det_i].lower_.replace("’", "'")
        if k < sent_end and re.match(r"[^,;.()«»]{0,60}?\bau\s+sein\s+(?:de|du|d['’])", self.text[self.tok[k].idx:self._sent(k).end_char]):
            return True                         # « un laboratoire de recherche fondamentale créé au sein de Kyvrel »
        if k < sent_end and self.cues.opened_by_rx.match(self.text, self.tok[k].idx, self._sent(k).end_char):
            return True                         # « le laboratoire d'IA que la firme a ouvert en 2024 »
        if det not in ("le", "l'"):
            return False
        for _ in range(8):
            if k >= sent_end:
                return False
            t = self.tok[k]
            if t.is_lower and (t.pos_ == "ADJ" or t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")):
                k += 1                          # (« de recherche appliquée »)
                continue
            if t.lower_ == "en" and k + 1 < sent_end and (self.tok[k + 1].is_lower or fold(self.texts[k + 1]) in self.cues.not_entities):
                k += 2                          # (« de recherche en IA de la mutuelle »)
                continue
            if t.lower_.replace("’", "'") not in ("de", "d'", "du"):
                return False
            k += 1
            if k < sent_end and self.tok[k].lower_.replace("’", "'") in ("la", "le", "l'"):
                k += 1
            if k >= sent_end:
                return False
            nxt = self.tok[k]
            if nxt.text[:1].isupper() and fold(nxt.text) not in self.cues.not_entities and nxt.pos_ != "ADJ":
                return True
            if nxt.is_lower and (fold(nxt.text) in self.cues.description_heads or fold(nxt.text) in self.cues.established):
                return True                     # « le laboratoire de recherche de l'entreprise », « ... de la mutuelle
                                                # strasbourgeoise »: the one spoken of
            if not (nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ") or fold(nxt.text) in self.cues.not_entities):
                return False            # (« le laboratoire d'IA de l'Institut X »: « IA » is no owner)
            k += 1
        return False

    def _shape_type(self, text: str) -> str | None:
        """Type from the name's shape when spaCy says MISC (an event's and an organisation's
        shape also when spaCy says otherwise)."""
        first = text.split()[0] if " " in text else ""
        if first and fold(first) in self.cues.event_name_starts \
                or " " in text and any(w in self.cues.event_name_words for w in text.split()[1:]):
            return "Event"                      # « les Rencontres OpenLingua », « AWS Summit Paris »
        if _EVENT_WORD.fullmatch(text):
            return "Event"                      # « Plaidathon », « Datathon »
        if re.fullmatch(r"[A-ZÀ-Ý][\w\-’']*(?: [A-ZÀ-Ý][\w\-’']*){0,3} " + EDITION_YEAR, text):
            return "Event"                      # « Hôtelia Connect 2026 », « VivaTech 2026 »: an edition, no model
        if self.cues.org_shape_rx is not None and self.cues.org_shape_rx.search(text) or \
                " " in text and re.search(r"\b(Center|Centre|Institute|University|Foundation|Agency|Council|Academy)$", text) \
                or re.fullmatch(r"(?:[A-ZÀ-Ý][\w\-]+\s+)+&\s+(?!(?:Moi|Toi|Vous|Nous)$)[A-ZÀ-Ý][\w\-]+", text) \
                or first and (fold(first) in self.cues.org_name_heads or first[:1].isupper() and fold(first) in self.cues.institution_heads):
            return "Organization"               # (« Aubert & Duval », « Assurances Moréac », « Université Rennes 2 »)
        if re.search(r"\b(?:Team|Research|Lab)$", text) and " " in text:
            return "Team"
        if re.search(r"\b(?:Models?|LLM|GPT)$", text) and " " in text or re.search(r"[a-z](?:LLM|GPT)$", text):
            return "AIModel"                    # « Falcon LLM », « EuroLLM »
        if _DAY_NUMBER.fullmatch(text):
            return None                         # « ## Vendredi 5 juin »: a date, no model
        if re.search(r"\b(?:Engine|SDK|API|App)(?: " + _VERSION + r")?$", text) and " " in text:
            return "Product"                    # « Unreal Engine 5 », « Mascotte SDK »: software, no model
        if re.search(r"^[A-Z][\w]*[- ]?\d+(\.\d+)?[a-z]?$", text) or re.search(r"-\d", text) and re.search(r"[^\W\d_]", text) \
                or re.fullmatch(r"[A-Z][\w]*(?: [A-Z][\w]*){1,2} " + _VERSION, text):
            return "AIModel"                    # « Lex-7 », « Ysora Voice 3 », not « 2024-2025 »
        return None

    def _no_place_slot(self, ent) -> str | None:
        """The type of a name after a cue word and its preposition in a slot that no place fills
        (see Cues.no_place_slots): the word before the preposition, or the name's syntactic head."""
        prep = self.texts[ent.start - 1].lower().replace("’", "'")
        head = ent.root.head
        for j in (ent.start - 2, head.i if head.i < ent.start - 1 else None):
            if j is None:
                continue
            for w in (fold(self.lemmas[j]), fold(self.texts[j])):
                slot = self.cues.no_place_slots.get(w)
                if slot and prep in slot[1]:
                    return slot[0]
        return None

    def _place_ok(self, ent) -> bool:
        """spaCy's LOC becomes a Place only after a locative preposition (« à Paris »), else dropped
        (« face à Siemens », « grâce à X » are no places)."""
        prev = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev == "à" and ent.start > 1 and self.doc[ent.start - 2].lower_ in ("face", "grâce", "quant", "pareil", "semblable"):
            return False
        if prev == ":":                         # « - Siège : Rennes » (a fact box's seat)
            rule, _ = self._fact_rule(self._sent(ent.start).start_char, ent.start_char)
            return rule is not None and rule["predicate"] == "headquarteredIn"
        return prev in _PLACE_PREPS or prev in ("de", "d'", "d’", "du", "des")

    def _add_mentions(self, cands: list[_Cand]) -> None:
        doc, cues = self.doc, self.cues
        # longest, highest-priority spans first; drop overlaps
        # lexicon and context patterns: the longest span wins (« Llama for Startups » over « Llama »,
        # « re:Invent » over « Invent »); then priority; spaCy's guesses come last
        cands.sort(key=lambda c: (-(c.prio >= 3 and c.end - c.start), -c.prio, -(c.end - c.start), c.start))
        taken: list[tuple[int, int]] = []
        for c in cands:
            text = self.text[c.start:c.end].strip(" \n\t\r«»\"“”'’:;,.")
            if not text:
                continue
            lead = len(self.text[c.start:c.end]) - len(self.text[c.start:c.end].lstrip(" \n\t\r«»\"“”'’:;,."))
            if c.source != "lexicon" and (hon := _HONORIFIC.match(text)):
                lead += hon.end()               # « Me Apolline Verdurier », « Mme Marcassin »: the name
                text = text[hon.end():]
            start = c.start + lead
            end = start + len(text)
            if c.type == "Person" and (tail := _BRETON_TAIL.match(self.text, end)):
                end = tail.end()                # « Hélène Guivarc'h »: the name goes on past its apostrophe
                text = self.text[start:end]
            if any(start < e and s < end for s, e in taken):
                continue
            if c.source != "lexicon":
                f = fold(text)
                if (f in cues.not_entities or (f in cues.type_nouns and c.prio < 4 and not (
                        text[:1].isupper() and self.text[max(0, start - 2):start].strip() not in ("", ".", "!", "?")
                        and re.match(r"\s*,\s*(?:un|une)\s", self.text[end:end + 8])))   # (a type noun is no name,
                        #                                   but « ainsi qu'Atelier, une plateforme » is one)
                        or not text[:1].isupper() and not text[:1].isdigit() and not c.lower_ok
                        and not _NAMEY.match(text.split()[0]) or len(f) < 2   # « xLAM-3 », « ePortugal »
                        or not re.search(r"[^\W\d_]", text)):    # « un chercheur de 41 ans », « investi
                    continue                                            # dans l'entreprise en 2024 »: a number
                if re.match(r"[A-H]\b", text) and re.search(r"\bs[ée]ries?\s*$", self.text[max(0, start - 8):start], re.I) \
                        or _DATE_NAME.fullmatch(text) and not text.isupper():
                    continue                    # « une série A de 38 millions d'euros »: a round's letter;
                                                # « Février 2025 » (a timeline's date): no name (but « MAI »)
                words = text.replace("’", "'").split()
                if words and not c.known_start and (words[0] in cues.not_first_words
                                                    or words[0].split("'")[0] + "'" in cues.not_first_words):
                    continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if c.source != "lexicon" and len(span) == 1 and (
                    span.start == self._sent(span.start).start and (span[0].pos_ in ("VERB", "AUX")
                                                                    or "Part" in span[0].morph.get("VerbForm"))
                    and self._known_word(span[0])
                    or fold(text) in cues.role_words):
                continue                        # « Recruter et s'étendre en Allemagne »: a heading's verb;
                                                # « Contactée, la société ... »; « Cofondatrice et PDG de X »
                                                # (not a name the tagger took for a verb: « Quaivia, la filiale »)
            label = c.label or text
            if c.source != "lexicon":
                entry = self.lex.lookup(text)
                if entry is not None and not (entry.ambiguous and c.type != entry.type and c.type not in entry.types):
                    c.key, label = entry.id, entry.name
                    c.type = entry.type if c.type not in entry.types else c.type
            elif c.key and self.lex.by_id[c.key].ambiguous:
                ctx = self._type_noun_before(span.start, 3) if span.start > 0 else None
                if ctx and ctx != c.type and ctx not in self.lex.by_id[c.key].types and ctx != "Place":
                    c.type, c.key, label = ctx, None, text   # « l'application Orange » is not the operator
            taken.append((start, end))
            self.mentions.append(Mention(text=text, start=start, end=end, type=c.type, label=label,
                                         key=c.key, sent=self._sent_index(span.start), source=c.source))
        # one sense per article: spaCy's bare guess gives way to the type the context gave the same
        # name elsewhere (« Parlance, une jeune pousse » is no place further on either)
        typed = {}
        heading = {n for n, sent in enumerate(self.sents) if self._is_heading(sent)}
        for m in sorted(self.mentions, key=lambda m: m.sent in heading):
            if m.source == "pattern" and not m.key:     # (a heading's, typed by the name's shape alone,
                typed.setdefault(m.text, m.type)        # last: « # Orée Research : 5 chiffres », a team's shape)
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.source == "ner":
                typed.setdefault(m.text, m.type)    # else spaCy's first guess (« Vocalia » is no person further on)
        for n, m in enumerate(self.mentions):
            if (m.source == "ner" or m.source == "pattern" and m.sent in heading and not m.key
                    or m.source == "pattern" and not m.key and m.type == "Organization" and typed.get(m.text) == "Team"
                    and _UNIT_NAME_END.search(m.text)) \
                    and typed.get(m.text, m.type) != m.type:
                self.mentions[n] = Mention(**{**m.__dict__, "type": typed[m.text]})
                # (« a créé Tavelot Labs, une unité » ... « développé par Tavelot Labs »: a unit's name
                # that the context typed a team stays one where only its ending says a company)
        # « diriger le laboratoire Canopus ... Canopus, le laboratoire d'IA de l'Institut X »: a name an
        # apposition says is some owner's unit is a unit wherever the article names it
        units = set()
        for m in self.mentions:
            if m.type == "Team" and not m.key and m.source in ("pattern", "ner") and m.text not in units \
                    and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None \
                    and (self._owned_unit_after(span.end) or self._owned_unit_before(span.start)):
                units.add(m.text)
            elif m.type in ("Organization", "Team") and not m.key and m.source in ("pattern", "ner") \
                    and _CREATED_UNIT.match(self.text, m.end) and self._created_at(m.start) \
                    and self._creator(m) is not None:
                units.add(m.text)               # « X a annoncé la création de Lirondelle, un laboratoire d'IA »
                                                # (not « A a démissionné pour cofonder Corniche, un laboratoire »)
        company = {u for u in units if self.cues.org_suffix_rx is not None   # (« Lanqiao AI, le laboratoire
                   and (suf := self.cues.org_suffix_rx.search(u)) and suf.group().strip() not in ("Lab", "Labs")}
        for n, m in enumerate(self.mentions):                                # d'IA du conglomérat X »: a company)
            if m.text in units - company and m.type == "Organization" and not m.key and m.source in ("pattern", "ner"):
                self.mentions[n] = Mention(**{**m.__dict__, "type": "Team"})
        # « Applied Deep Learning Research (ADLR) », « la Banque européenne d'investissement (BEI) »:
        # an acronym in brackets right after a name is that name (one entity, the acronym an alias)
        by_start, acronyms = sorted(range(len(self.mentions)), key=lambda n: self.mentions[n].start), {}
        for a, b in zip(by_start, by_start[1:]):
            ma, mb = self.mentions[a], self.mentions[b]
            if re.fullmatch(r"\s*\(\s*", self.text[ma.end:mb.start]) and self.text[mb.end:mb.end + 1] == ")" \
                    and re.fullmatch(r"[A-Z][A-Z0-9&.\-]{1,9}", mb.text) and fold(mb.text[0]) == fold(_without_article(ma.text)[:1]) \
                    and ma.type != "Person":
                if mb.key and not ma.key:       # « ... (CNRS) »: the lexicon's entity, the long form an alias
                    acronyms.setdefault(ma.text, mb)
                else:
                    acronyms.setdefault(mb.text, ma)
        for n, m in enumerate(self.mentions):
            if m.text in acronyms and m.label != acronyms[m.text].label:
                ma = acronyms[m.text]
                self.mentions[n] = Mention(**{**m.__dict__, "type": ma.type, "label": ma.label, "key": ma.key})
        if self.renames:                        # « Ondalys, anciennement Plumetis »: one entity, the new name
            first = {}
            for m in self.mentions:
                first.setdefault(m.text, m)
            for n, m in enumerate(self.mentions):
                new = first.get(self.renames.get(m.text, ""))
                if new is not None:
                    self.mentions[n] = Mention(**{**m.__dict__, "type": new.type, "label": new.label, "key": new.key})
        # « Atlântica AI » ... « Atlântica »: an organisation named without its generic suffix
        full = {}
        for m in self.mentions:
            if m.type == "Organization" and not m.key and self.cues.org_suffix_rx is not None:
                stem = self.cues.org_suffix_rx.sub("", m.label)
                if stem != m.label and len(stem) >= 3 and not re.search(
                        r"\bfiliales?\b[^.;]{0,25}$", self.text[max(0, m.start - 40):m.start], re.I):
                    full.setdefault(stem, m)    # (« sa filiale américaine, Cabestan Inc. »: another company)
        first_seen: dict[str, int] = {}
        for m in self.mentions:
            if m.source != "coref":
                first_seen[m.text] = min(first_seen.get(m.text, m.start), m.start)
        # « X Ventures, le bras d'investissement du distributeur X »: X is another company wherever named
        owned = {m.text for m in self.mentions if m.source != "coref"
                 and self.cues.owner_group_rx.search(self.text, max(0, m.start - 40), m.start)}
        for n, m in enumerate(self.mentions):
            if (m.type == "Organization" or m.source == "ner") and not m.key and m.label in full and m.label not in owned \
                    and (first_seen.get(m.label, 0) >= full[m.label].start
                         or self.cues.org_legal_rx.search(full[m.label].label)):
                # (a parent named first, « Nexalis » before its unit « Nexalis Robotics », stays itself)
                self.mentions[n] = Mention(**{**m.__dict__, "label": full[m.label].label, "type": "Organization"})
        # « le quotidien Le Vigilant » ... « du Vigilant »: a name that begins with an article, said without it
        bare = {m.label[len(m.label.split()[0]):].strip(): m for m in self.mentions
                if m.type in ("Organization", "Product") and m.source != "coref"
                and m.label.split()[0] in ("Le", "La", "Les") and " " in m.label}
        for n, m in enumerate(self.mentions):
            if m.text in bare and m.source in ("ner", "pattern") and not m.key:
                self.mentions[n] = Mention(**{**m.__dict__, "type": bare[m.text].type, "label": bare[m.text].label})
        # « l'Autorité de la concurrence » ... « l'Autorité », « Sillage AI » ... « Sillage » (which spaCy
        # may take for a person): a one-word name that starts an organisation's longer name said
        # before is that organisation, unless the lexicon knows the word (« Google » ... « Google Cloud »)
        orgs = sorted((m for m in self.mentions if m.type == "Organization" and m.source != "coref"
                       and " " in m.label), key=lambda m: m.start)
        for n, m in enumerate(self.mentions):
            if m.key or m.source not in ("ner", "pattern") or " " in m.text or len(m.text) < 3 \
                    or m.type not in ("Organization", "Person") or self.lex.lookup(m.text) is not None:
                continue
            longer = next((o for o in orgs if o.start < m.start
                           and (o.label.startswith(m.text + " ") or o.text.startswith(m.text + " "))), None)
            if longer is not None and longer.label == m.label:
                continue                        # (« Cabriole Games » ... « Cabriole Lab » ... « Cabriole »: the first)
            if longer is not None and m.text in owned:
                continue                        # « Électrane Ventures, le fonds du groupe énergétique Électrane »
                                                # (wherever the article names the group)
            if longer is not None and _JUST_VERSION.fullmatch(longer.label, len(m.text)):
                continue                        # « Cumulo 2 » ... « le premier Cumulo »: another version
            if longer is not None and first_seen.get(m.text, 0) >= longer.start:
                self.mentions[n] = Mention(**{**m.__dict__, "type": "Organization", "label": longer.label,
                                              "key": longer.key})
        # « Cumulo 2 ... succède au premier Cumulo »: a name that a model's name continues with a mere
        # version number is a model too (an earlier version), whatever spaCy guessed (not « Orée », said
        # above to be « Orée Research », whose model « Orée 1 » is named after it)
        versions = {m.label for m in self.mentions if m.type == "AIModel" and m.source != "coref"}
        for n, m in enumerate(self.mentions):
            if not m.key and m.source in ("ner", "pattern") and m.type in ("Organization", "Person", "Place") \
                    and m.label == m.text \
                    and any(v.startswith(m.text) and _JUST_VERSION.fullmatch(v, len(m.text)) for v in versions):
                self.mentions[n] = Mention(**{**m.__dict__, "type": "AIModel"})
        # « Banque Varenne » ... « le groupe Varenne »: a one-word name that ends an organisation's name
        # after a generic head (``org_name_heads``) is that organisation
        headed = {m.label.split(" ", 1)[1]: m for m in self.mentions if m.type == "Organization" and m.source != "coref"
                  and m.label.count(" ") == 1 and fold(m.label.split()[0]) in self.cues.org_name_heads}
        # « Hackathon Veilleuse » ... « Veilleuse réunira »: an event's name after its kind, said alone
        headed.update({m.label.split(" ", 1)[1]: m for m in self.mentions if m.type == "Event" and m.source != "coref"
                       and " " in m.label and self.cues.type_nouns.get(fold(m.label.split()[0])) == "Event"
                       and m.label.split(" ", 1)[1][:1].isupper()})
        for n, m in enumerate(self.mentions):
            h = headed.get(m.text)
            if h is not None and not m.key and m.source in ("ner", "pattern") and m.type in ("Organization", "Person", "Place") \
                    and self.lex.lookup(m.text) is None:   # (a place the lexicon does not know: « une proposition
                                                           # de Sérapiane » after « les Éditions Sérapiane »)
                self.mentions[n] = Mention(**{**m.__dict__, "type": h.type, "label": h.label, "key": h.key})

    def _add_list_members(self) -> None:
        """An untyped name joined to a typed one by « et », « ou » or a comma has its type."""
        named = {m.text: m for m in self.mentions if m.source != "coref"}
        for ent in self.untyped:
            if any(ent.start_char < m.end and m.start < ent.end_char for m in self.mentions):
                continue
            if ent.text in named:               # named elsewhere: one sense per article (_add_repeats)
                continue
            if ent[0].text in self.cues.not_first_words and len(ent) > 1 and ent[1].is_lower:
                continue                        # « Dans une salle plus intime, Timothée X »: a fronted phrase
            for m in self.mentions:
                gap = self.text[m.end:ent.start_char] if m.end <= ent.start_char else self.text[ent.end_char:m.start]
                if m.end <= ent.start_char and re.fullmatch(r"\s*,\s*", gap) and re.search(
                        r"\b(?:et|ou)\s+$", self.text[max(0, m.start - 5):m.start]):
                    continue                    # « par A et B, Paxel compte »: the list ended with « et »
                if len(gap) < 12 and self._list_link(gap) and m.source != "coref":
                    self.mentions.append(Mention(text=ent.text, start=ent.start_char, end=ent.end_char, type=m.type,
                                                 label=ent.text, sent=self._sent_index(ent.start), source="ner"))
                    break

    def _add_repeats(self) -> None:
        """One sense per article: where a name found once appears again without being found
        (spaCy misses « Rebellions » at a paragraph start), it is the same entity."""
        taken = sorted((m.start, m.end) for m in self.mentions)
        seen = {}
        for m in self.mentions:
            if (len(m.text) >= 3 or m.key) and m.text[:1].isupper() and m.source != "coref":
                seen.setdefault(m.text, m)
        stems = {}                              # « Ludion Robotics » ... « que Ludion commercialise »: said
        if self.cues.org_suffix_rx is not None:   # without its generic suffix, though spaCy never found it
            for m in sorted(self.mentions, key=lambda m: m.start):
                stem = self.cues.org_suffix_rx.sub("", m.label)
                if m.type == "Organization" and m.source != "coref" and not m.key and stem != m.label \
                        and len(stem) >= 3 and stem not in seen and self.lex.lookup(stem) is None \
                        and not re.search(r"\bfiliales?\b[^.;]{0,25}$", self.text[max(0, m.start - 40):m.start], re.I):
                    stems.setdefault(stem, m)
        seen.update(stems)
        if not seen:
            return
        drop: set[tuple[int, int]] = set()
        for s, e in _occurrences(self.text, seen):
            text, m = self.text[s:e], seen[self.text[s:e]]
            if text in stems and (s < m.start or _CAPITAL_AFTER.match(self.text, e)):
                continue                        # (a parent named first; « Ludion Mini », another name)
            inside = [(ts, te) for ts, te in taken if s < te and ts < e]
            if inside and not (" " in text and m.type != "Person" and all(s <= ts and te <= e and (ts, te) != (s, e)
                                                                             for ts, te in inside)):
                continue                        # (« Ardelot AI Research » said again, where spaCy saw only
            span = self.doc.char_span(s, e)     # « AI Research »: the whole name, as before)
            if span is None:
                continue
            if inside:
                drop.update(inside)
                taken = [t for t in taken if t not in drop]
            grown = None                        # a longer name of its own starting with this one:
            if m.type in ("AIModel", "Product"):   # « Pilote » ... « Pilote Paie », an edition of a product
                longer = _CAPITAL_AFTER.match(self.text, e)   # of the article, of the same type
                if longer and longer.group(1) not in self.cues.not_first_words \
                        and fold(longer.group(1)) not in self.cues.not_entities:
                    grown = (longer.end(), m.type)
            elif m.type == "Organization" and (versioned := _VERSION_AFTER.match(self.text, e)):
                grown = (versioned.end(), "AIModel")   # « Ysora » ... « Ysora Voice 3 »: a model named after its maker
            if grown and not any(e < ts < grown[0] for ts, _ in taken):
                e = grown[0]
                taken.append((s, e))
                self.mentions.append(Mention(text=self.text[s:e], start=s, end=e, type=grown[1], label=self.text[s:e],
                                             sent=self._sent_index(span.start), source="pattern"))
                continue
            taken.append((s, e))
            self.mentions.append(Mention(text=text, start=s, end=e, type=m.type, label=m.label, key=m.key,
                                         sent=self._sent_index(span.start), source=m.source))
        if drop:
            self.mentions = [m for m in self.mentions if (m.start, m.end) not in drop]

    # (a lookahead, so that every counted noun of the line is tried: « Les travaux ... autour de deux
    # équipes de recherche : », « Deux équipes lui sont rattachées : »)
    _LIST_INTRO = re.compile(r"(?=\b(?:" + "|".join(sorted(_COUNT_WORDS | {"les", "des", "ses", "leurs", "nos", "ces"}))
                             + r")\s+(?:(?:nouvelles?|nouveaux|premières?|premiers|grandes?|grands|petites?|petits)\s+)?"
                             r"([a-zà-ÿ\-]+[sx])\b[^:\n]{0,60}:\s*$)", re.I)

    def _list_item_types(self) -> None:
        """« ... autour de deux équipes de recherche : » then « - Balancier, consacrée à ... » and
        « - Calepin, qui ... »: the name opening each item of a list is of the kind its opening line
        counts (teams, models, products), wherever the article names it (not a lexicon name); a
        set-off name no rule typed there (« - **Alignement et évaluation**, conduite par ») is one."""
        retype: dict[str, str] = {}
        for m in self.mentions:
            if m.key or m.source not in ("ner", "pattern") or m.type == "Person" and " " in m.text:
                continue
            typ = self._list_kind_at(m.start)
            if typ is not None and m.type != typ:
                retype.setdefault(m.text, typ)
        if retype:
            self.mentions = [Mention(**{**m.__dict__, "type": retype[m.text]})
                             if m.text in retype and not m.key and m.source != "coref" else m for m in self.mentions]
        for ent in self.untyped:
            if any(ent.start_char < m.end and m.start < ent.end_char for m in self.mentions):
                continue
            typ = self._list_kind_at(ent.start_char)
            if typ is not None:
                self.mentions.append(Mention(text=ent.text, start=ent.start_char, end=ent.end_char, type=typ,
                                             label=ent.text, sent=self._sent_index(ent.start), source="ner"))

    def _coordinated_orgs(self) -> None:
        """« un accord-cadre avec deux éditeurs français, Noroît AI et Lexaroc »: a one-word name taken
        for a person (no first name, no surname of a person the article names, unknown to the lexicon)
        joined by « et » to an organisation is an organisation too, wherever the article names it."""
        named = sorted((m for m in self.mentions if m.source != "coref"), key=lambda m: m.start)
        surnames = {m.label.split()[-1] for m in named if m.type == "Person" and " " in m.label}
        retype = set()
        for a, b in zip(named, named[1:]):
            if not re.fullmatch(r"\s+et\s+", self.text[a.end:b.start]):
                continue
            for one, other in ((a, b), (b, a)):
                if one.type == "Person" and other.type == "Organization" and not one.key and " " not in one.label \
                        and one.source in ("ner", "pattern") and one.label not in surnames \
                        and fold(one.label) not in self.cues.first_name_gender and self.lex.lookup(one.label) is None:
                    retype.add(one.label)
        if retype:
            self.mentions = [Mention(**{**m.__dict__, "type": "Organization"})
                             if m.label in retype and m.type == "Person" and not m.key else m for m in self.mentions]

    def _maker_named_products(self) -> None:
        """« Hirelio » ... « Hirelio Sort », « Imbrika » ... « Imbrika Go »: a name of two words whose
        first is an organisation the article names, and whose second is no person's, no unit's and no
        company's word, is the organisation's product, not a person (a model may be named so too:
        « Kalysto Med »)."""
        orgs = {m.label for m in self.mentions if m.type == "Organization" and m.source != "coref" and " " not in m.label}
        if not orgs:
            return
        retype: dict[str, str] = {}
        vocab = self.doc.vocab
        for m in self.mentions:
            words = m.text.split()
            if m.key or m.source == "coref" or m.type != "Person" or len(words) != 2 \
                    or words[0] not in orgs or not words[1][:1].isupper() or any(c.isdigit() for c in m.text) \
                    or fold(words[0]) in self.cues.first_name_gender or self._shape_type(m.text) is not None \
                    or len(vocab.vectors) and not vocab.has_vector(words[1].lower()):
                continue                        # (with word vectors, the second a known word: « Sort », not a
            retype.setdefault(m.text, "Product")   # surname, « Várkonyi »)
        if retype:
            self.mentions = [Mention(**{**m.__dict__, "type": retype[m.text], "label": m.text})
                             if m.text in retype and not m.key and m.source != "coref" else m for m in self.mentions]

    def _list_kind_at(self, start: int) -> str | None:
        """The kind (Team, AIModel, Product) that the opening line of a list counts, when ``start``
        opens one of its items (after the bullet and any bold marks); else None."""
        line = self.text.rfind("\n", 0, start) + 1
        bullet = _BULLET.match(self.text, line)
        if bullet is None or not re.fullmatch(r"[\s*_]{0,4}", self.text[bullet.end():start]):
            return None
        for intro in self._LIST_INTRO.finditer(self._line_before_list(line)):
            typ = self.cues.type_nouns.get(fold(intro.group(1)))
            if typ is not None:
                return typ if typ in ("Team", "AIModel", "Product") else None
        return None

    def _org_anaphora_next(self, tok_i: int) -> bool:
        """Whether the sentence after token ``tok_i``'s opens on an organisation anaphora (« La jeune
        pousse bordelaise, qui ... », « L'entreprise a ... »)."""
        n = self.sent_of_tok[tok_i] + 1
        rx = self.cues.anaphora_rx.get("Organization")
        if rx is None or n >= len(self.sents):
            return False
        start = self.sents[n].start_char
        return rx.match(self.text[start:start + 60].lower().replace("’", "'")) is not None

    def _sent_index(self, tok_i: int) -> int:
        return self.sent_of_tok[min(tok_i, len(self.sent_of_tok) - 1)] if self.sent_of_tok else 0

    def _add_anaphora(self) -> None:
        """« la firme », « l'entreprise » -> the salient organisation; « cette équipe » -> the last team."""
        low = self.text.lower().replace("’", "'")
        occupied = [(m.start, m.end) for m in self.mentions]
        found: list[tuple[int, int, str]] = []
        for typ, rx in self.cues.anaphora_rx.items():
            for m in rx.finditer(low):
                s, e = m.start(), m.end()
                if m.group().startswith(("du ", "au ")):
                    s += 3                      # « du groupe »: « de » stays between the mentions
                if any(s < oe and os < e for os, oe in occupied):
                    continue
                occupied.append((s, e))
                found.append((s, e, typ))
        if self.cues.trade_anaphora_rx is not None:
            for m in self.cues.trade_anaphora_rx.finditer(low):
                s, e = m.start(), m.end()
                if fold(m.group("noun")) in self.cues.role_words or any(s < oe and os < e for os, oe in occupied):
                    continue                    # (« le chercheur lyonnais » is a person)
                if m.group("noun") in self.cues.house_nouns and (re.search(r"\b(?:de|d')\s*$", low[max(0, s - 4):s])
                                                                   or re.match(r"\s+[A-ZÀ-Ý]", self.text[e:e + 3])):
                    continue                    # (« le dernier modèle de la maison parisienne »: a maker unnamed;
                                                # « la maison milanaise Fiorsenti »: a type noun before its name)
                occupied.append((s, e))
                found.append((s, e, "Organization"))
        for s, e, typ in sorted(found):
            nxt = min((i for i, m in enumerate(self.mentions) if m.start >= e and m.source != "coref"),
                      key=lambda i: self.mentions[i].start, default=None)
            gap = self.text[e:self.mentions[nxt].start] if nxt is not None else ""
            if nxt is not None and not low[s:e].endswith("-") and (   # (« cette ex-Meta » stays a person)
                    re.fullmatch(r"[\s«“\"]*", gap) or self._only_modifiers(e, self.mentions[nxt].start)
                                    or re.fullmatch(r"\s+[a-zà-ÿ][a-zà-ÿ\-]*\s+", gap)    # « la start-up grenobloise X »
                                    and (w := self.doc.char_span(e, self.mentions[nxt].start, alignment_mode="contract"))
                                    is not None and len(w) == 1 and w[0].pos_ in ("ADJ", "PROPN", "NOUN")
                                    or re.fullmatch(r"\s+(?:de|d['’]|du|des)\s*(?:la\s+|l['’])?[a-zà-ÿ\-]+"
                                                    r"(?:\s+[a-zà-ÿ\-]+)?\s+", gap)
                                    or re.fullmatch(r"\s+(?:en|à)\s+[a-zà-ÿ\-]+\s+", gap)):
                continue                        # « la start-up (parisienne) Dust », « l'éditeur de logiciels
                                                # SAP », « la banque en ligne Armille »: a type noun, not an anaphora
            if typ in ("Product", "AIModel", "Team") and nxt is not None and self.mentions[nxt].type in ("Organization", "Team") \
                    and re.fullmatch(r"\s+(?:[a-zà-ÿ\-]+\s+){0,2}?(?:de|d['’]|du)\s*", gap) \
                    and not low[s:e].startswith(("ce ", "cet", "cette ")):
                continue                        # « la plateforme de Hugging Face », « l'équipe audio de Kyutai »:
                                                # its own, not the last one named (but « ce nouveau modèle de Nvidia »)
            same = min((i for i, m in enumerate(self.mentions) if m.start >= e and m.source != "coref"
                        and m.type == typ), key=lambda i: self.mentions[i].start, default=None)
            if same is not None and not re.search(r"\b(?:de|d['’]|du|des)\s*$", self.text[max(0, s - 4):s]) \
                    and not ((tok := self.doc.char_span(self.mentions[same].start, self.mentions[same].end,
                                                        alignment_mode="expand")) is not None
                             and self._fronted_adverbial_subject(tok.start)) \
                    and (re.fullmatch(r"(?:\s+(?:de|des|du|d['’])\s*[^,;.]{0,40})?\s*,\s*",
                                                  self.text[e:self.mentions[same].start]) or re.fullmatch(
                    r"\s*,?\s*(?:baptisée?|nommée?|appelée?|dénommée?|(?:conservera|gardera|prendra|portera|conserve|garde|prend|"
                    r"porte|adopte|adoptera)\s+le\s+nom\s+(?:de\s+|d['’]))\s*", self.text[e:self.mentions[same].start])
                    or re.fullmatch(r"(?:\s*,[^.;«»]{0,80},)?\s*(?:s['’]appel(?:le|ait)|se\s+nomm(?:e|ait))\s*",
                                    self.text[e:self.mentions[same].start])):
                ante = same                     # « le géant de Menlo Park, Meta », « la nouvelle entité, baptisée X »,
                                                # « Cette entreprise, qu'elle a fondée en 2025, s'appelle Brisade »
                                                # (not « Pour diriger la nouvelle entité, Vernal a recruté »)
            else:
                prev = max((m.end for m in self.mentions if m.end <= s and m.source != "coref" and (   # (a team
                    m.type == typ or typ == "Organization" and m.type == "Team")), default=None)   # too: « X Labs,
                                                                                       # le laboratoire de ... »)
                if prev is not None and re.fullmatch(r"\s*(?:\([^()]{1,12}\))?\s*\)?\s*[,(]\s*", self.text[prev:s]) and not (
                        (end_tok := self.doc.char_span(s, e, alignment_mode="expand")) is not None
                        and (self._finite_verb_after(end_tok.end) or self._after_fronted_participle(end_tok))):
                    continue                    # « DeepSeek-R1, le modèle de ... »: an apposition (but
                                                # « Fondée par A, une ancienne de X, la société a levé »)
                if prev is not None and re.fullmatch(r"\s*:\s*", self.text[prev:s]):
                    ante = max((i for i, m in enumerate(self.mentions) if m.end == prev and m.type == typ
                                and m.source != "coref"), key=lambda i: self.mentions[i].start,
                               default=None)    # « avec Stellantis : le constructeur »
                else:
                    ante = None
                if ante is None and typ == "Organization" and set(self.text[s:e].lower().split()) & self.cues.newest_markers:
                    first_at = {}
                    for m in self.mentions:
                        first_at[m.label] = min(first_at.get(m.label, m.start), m.start)
                    kinds = {typ} | ({"Team"} if {fold(w) for w in low[s:e].split()} & self.cues.unit_words else set())
                    firsts = [i for i, m in enumerate(self.mentions) if m.type in kinds and m.source != "coref"
                              and m.end <= s and not self._is_source_mention(m) and first_at[m.label] == m.start
                              and not self._former_employer(m)]   # (not someone's former employer; « la
                                                                  # nouvelle entité »: a unit too)
                    created = [i for i in firsts if self._created_at(self.mentions[i].start)]
                    ante = max(created or firsts, key=lambda i: self.mentions[i].start, default=None)
                    # the last one said to be created (« la création de Darnaud AI Discovery »), else
                    # the last one introduced
                if ante is None and typ == "Organization" and "fonds" in fold(self.text[s:e]).split():
                    if self._FUND_NAMED.match(self.text, e):
                        continue                # « du fonds de développement polonais », « le fonds souverain
                    ante = self._fund_antecedent(s)   # QIA »: not back; else a fund, or nothing
                    if ante is None:
                        continue
                if ante is None and typ == "Organization" and not self._heads_in(fold(self.text[s:e])) & self.cues.big_heads:
                    ante = self._item_label_org(s)   # « 4. **Oursin Security** — ... a cofondé cette start-up »
                if ante is None and typ == "Organization" and low[s:e].startswith(("ce ", "cette ", "cet ")):
                    ante = self._recent_org(s)  # « ce collectif »: a demonstrative points at the last one named
                if ante is None and typ == "Organization":
                    ante = self._named_with_head(s, e)   # « le Laboratoire Jalmar » ... « le laboratoire »
                if ante is None and typ == "Organization":
                    ante = self._described_as(s, e, typ, fallback=False)    # « la coentreprise »: so described
                    if ante is None or self._heads_in(fold(self.text[s:e])) & self.cues.generic_heads:
                        same = self._same_sentence_org(s, fold(self.text[s:e]))   # « le groupe », « la société »: the one
                        ante = same if same is not None else ante   # the sentence is about first
                    if ante is None:
                        ante = self._described_as(s, e, typ)
                if ante is None and typ == "Team" and not low[s:e].startswith(("ce ", "cet", "cette ")):
                    para = self.text.rfind("\n", 0, s) + 1   # « Deuxième entité, Kaléidoscope regroupe ...
                    ante = max((i for i, m in enumerate(self.mentions) if m.type == "Team" and m.source != "coref"
                                and para <= m.start and m.end <= s), key=lambda i: self.mentions[i].start,
                               default=None)    # L'équipe est confiée à »: the paragraph's latest team
                if ante is None and typ != "Organization":
                    ante = self._described_thing(s, e, typ)
                if ante is None:
                    exclude = self._clause_subject(s, e, typ)
                    if typ == "Organization":   # « a quitté le laboratoire pour rejoindre Microsoft »: a
                        exclude = exclude | self._named_later(s, e, typ)   # name later in the sentence is another
                        exclude = exclude | self._other_demonym_orgs(s, e)   # (or from elsewhere)
                        heads = self._heads_in(fold(self.text[s:e]))
                        if heads - self.cues.public_heads:
                            exclude = exclude | self._institutions()   # « le groupe américain » is no ministry
                        if heads and not heads & self.cues.investor_heads:
                            exclude = exclude | self._investors(s)   # « l'entreprise » is no fund named as one,
                            at = self.doc.char_span(s, e, alignment_mode="expand")   # nor a former employer
                            here = self._sent_index(at.start) if at is not None else None   # said in its sentence
                            exclude = exclude | {fold(m.label) for m in self.mentions
                                                 if m.sent == here and m.end <= s and self._former_employer(m)}
                    if typ == "Person":         # « la chercheuse » is no man of the article, and a woman
                        g = self._phrase_gender(self.text[s:e])
                        if g is not None:        # said so lately before anyone not said either way
                            exclude = exclude | {k for k, v in self._genders().items() if v != g}
                            if low[s:e].startswith(("ce ", "cet ", "cette ")):
                                ante = self._last_in_previous_sentence(   # « ... par Henrik Dahlqvist. Cet ancien »
                                    s, lambda m: m.type == "Person" and fold(m.label) not in exclude)
                            if ante is None:
                                ante = self._same_gender_person(s, g, exclude)
                    if ante is None:
                        ante = self._antecedent(s, typ, exclude=exclude)
            if typ == "Organization" and (only := self._heads_in(fold(self.text[s:e]))) \
                    and only <= self.cues.described_only_heads \
                    and (ante is None or self.text[self.mentions[ante].end:s].strip(" ,") != ""):
                ante = self._described_as(s, e, typ, fallback=False)    # « l'enseigne », « la coopérative »: one
            if ante is None and typ == "Team" and {"laboratoire", "labo"} & set(low[s:e].split()) \
                    and not any(m.type == "Team" and m.end <= s for m in self.mentions):
                ante = self._prev_opening_org(s)   # « Le laboratoire Orée Research a publié ... Fondé en 2023 par
            if ante is None:                    # A, ce laboratoire »: no team named, so the organisation the
                continue                        # sentence before is about (the article called so, or none, for
                                                # « l'enseigne » above)
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            am = self.mentions[ante]
            self.mentions.append(Mention(text=self.text[s:e], start=s, end=e, type=am.type, label=am.label,
                                         key=am.key, sent=self._sent_index(span.start), source="coref",
                                         refers_to=ante))

    def _created_at(self, pos: int) -> bool:
        """Whether the name at character ``pos`` follows a word of creating (« la création de X »,
        « a fondé X », « lance X »; ``creation_words`` in cues.yaml), articles and prepositions between."""
        k = self._token_at(pos)
        if k is None:
            return False
        j = k - 1
        while j >= 0 and k - j <= 3 and self.pos[j] in ("DET", "ADP"):
            j -= 1
        return j >= 0 and self.lemmas[j] in self.cues.creation_words

    _FUND_NAMED = re.compile(r"\s+(?:(?:de|d['’]|du|des)(?!\w)|(?:[a-zà-ÿ\-]+\s+){0,2}[A-ZÀ-Ý])")

    def _fund_antecedent(self, pos: int) -> int | None:
        """What « le fonds » or « ce fonds » before ``pos`` stands for: the salient organisation
        among those named as funds or investors (``_investors``) or named like a fund (« Joffre
        Capital »); None when there is none."""
        funds = self._investors(pos) | {fold(m.label) for m in self.mentions if m.type == "Organization"
                                        and m.end <= pos and m.label.split()[-1] in self.cues.fund_name_words}
        others = {fold(m.label) for m in self.mentions if m.type == "Organization" and m.end <= pos} - funds
        return self._antecedent(pos, "Organization", exclude=others) if funds else None

    def _recent_org(self, pos: int) -> int | None:
        """The last organisation named in the sentence before ``pos``'s (no source quoted, no
        institution), or None. (Its own sentence's are left out: « Réunissant A, B et C, ce
        collectif » is none of them.)"""
        return self._last_in_previous_sentence(pos, lambda m: m.type == "Organization" and m.end <= pos
                                               and not self._is_source_mention(m)
                                               and fold(m.label) not in self._institutions())

    def _last_in_previous_sentence(self, pos: int, ok, anaphora: bool = False) -> int | None:
        """The last mention (no anaphora, unless ``anaphora``) of the sentence before ``pos``'s for
        which ``ok(mention)`` holds, or None: what a demonstrative (« ce collectif », « Cet ancien de
        X ») points at."""
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if tok is None:
            return None
        here = self._sent_index(tok.start)
        found = [i for i, m in enumerate(self.mentions) if m.sent == here - 1 and (anaphora or m.source != "coref")
                 and ok(m)]
        return max(found, key=lambda i: self.mentions[i].start) if found else None

    _LATTER = re.compile(r"(?<![\w’'])(?:[Cc]e dernier|[Cc]ette dernière|[Cc]elui-ci|[Cc]elle-ci)(?![\w’'\-])")

    def _add_latter(self) -> None:
        """« ... avec Tiago Ferraz. Ce dernier a travaillé chez X »: « ce dernier » / « cette
        dernière » / « celui-ci » / « celle-ci » used as a pronoun stands for the last name before it, in its sentence or the
        one before: a place aside, a name inside a person's apposition aside, and a person of
        the other gender (when the article gives the person's) aside."""
        taken = [(m.start, m.end) for m in self.mentions]
        for hit in self._LATTER.finditer(self.text):
            s, e = hit.span()
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or any(s < te and ts < e for ts, te in taken):
                continue
            if span.end < len(self.doc) and self.doc[span.end].pos_ in ("NOUN", "ADJ", "PROPN"):
                continue                        # « ce dernier modèle »: a determiner, not a pronoun
            here = self._sent_index(span.start)
            things_elsewhere = hit.group().lower().startswith("cel") and span.start == self.sents[here].start
            gender = "f" if hit.group().lower() in ("cette dernière", "celle-ci") else "m"
            genders = self._genders()
            upto = s                            # « Dirigée par X, celle-ci »: X is the participle's agent
            if re.fullmatch(r"\s*\w+(?:ée?s?|ue?s?|ie?s?|te?s?)\s+(?:[^,;.]{0,40}\s+)?par\s+[^;.]{1,80},\s*",
                            self.text[self.sents[here].start_char:s]):
                upto = self.sents[here].start_char
            before = sorted((i for i, m in enumerate(self.mentions) if m.end <= upto and m.type != "Place"
                             and m.sent >= here - 1), key=lambda i: self.mentions[i].start)
            for i in reversed(before):
                m = self.mentions[i]
                if any(self.mentions[p].type == "Person" and re.fullmatch(
                        r"\s*,[^,;.:«»()]*", self.text[self.mentions[p].end:m.start]) for p in before):
                    continue                    # « Damien Roussel, passé par Cegedim, ... Ce dernier »: the person
                ante = m.refers_to if m.refers_to is not None else i
                if self.mentions[ante].type == "Person" and genders.get(fold(self.mentions[ante].label), gender) != gender:
                    continue                    # « cette dernière » is no man the article names
                am = self.mentions[ante]
                if things_elsewhere and am.type != "Person":
                    break                       # a sentence's first « Celle-ci » for a thing: _demonstrative's
                if self._definite_noun_between(m.end, s):
                    break                       # « ... limogé par le conseil d'administration. Celui-ci »: the board
                self.mentions.append(Mention(text=self.text[s:e], start=s, end=e, type=am.type, label=am.label,
                                             key=am.key, sent=here, source="coref", refers_to=ante))
                break

    # « Le premier, ... ; la seconde, ... »: an ordinal used as a pronoun, opening a clause
    _ORDINAL_PRONOUN = re.compile(r"(?:^|(?<=[.!?;:,]\s)|(?<=[.!?;:,]))(?P<w>[Ll]e premier|[Ll]a première|[Ll]e second|[Ll]a seconde|"
                          r"[Ll]e deuxième|[Ll]a deuxième)(?=\s*,|\s+(?:qui|a|est|était|avait|dirige|a\s+été)\b)", re.M)

    def _add_ordinals(self) -> None:
        """« ... fondé par Quentin Tchakarian et Léa Daubié. Le premier, qui dirige l'entreprise, ...
        ; la seconde, directrice scientifique, a quitté FAIR »: « le premier » / « la seconde » (« le
        deuxième ») opening a clause stands for the first / second person of the last pair « A et B »
        before it, in its sentence or the one before. A gender the article gives must agree."""
        taken = [(m.start, m.end) for m in self.mentions]
        for hit in self._ORDINAL_PRONOUN.finditer(self.text):
            s, e = hit.span("w")
            if any(s < te and ts < e for ts, te in taken):
                continue
            here = self._sent_index(self.doc.char_span(s, e, alignment_mode="expand").start)
            before = self.text[self.sents[here].start_char:s]
            if before.strip() and not re.search(r"[;:,]\s*$", before):
                continue                        # (a clause's opening only: the sentence's, or after « ; » or « , »)
            persons = sorted((i for i, m in enumerate(self.mentions) if m.type == "Person" and m.end <= s
                              and m.sent >= here - 1 and m.source != "coref"), key=lambda i: self.mentions[i].start)
            pair = next(((a, b) for a, b in reversed(list(zip(persons, persons[1:])))
                         if re.fullmatch(r"\s+et\s+", self.text[self.mentions[a].end:self.mentions[b].start])), None)
            if pair is None:
                continue
            word = hit.group("w").lower()
            ante = pair[0] if "premi" in word else pair[1]
            gender = "f" if word.startswith("la") else "m"
            if self._genders().get(fold(self.mentions[ante].label), gender) != gender:
                continue
            am = self.mentions[ante]
            self.mentions.append(Mention(text=self.text[s:e], start=s, end=e, type=am.type, label=am.label,
                                         key=am.key, sent=here, source="coref", refers_to=ante))

    def _definite_noun_between(self, start: int, end: int) -> bool:
        """Whether a singular common noun after « le », « la », « l' », « du » or « au », in no
        mention, stands between two character offsets (a nearer antecedent than a name)."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return False
        for t in span:
            if t.pos_ == "NOUN" and t.i > 0 and "Plur" not in t.morph.get("Number") \
                    and fold(t.text) not in self.cues.time_nouns \
                    and self.doc[t.i - 1].lower_.replace("’", "'") in ("le", "la", "l'", "du", "au") \
                    and not any(m.start <= t.idx < m.end for m in self.mentions):
                return True
        return False

    def _add_pronouns(self) -> None:
        """« La plus stratégique, baptisée Hunyuan Lab, ... Elle sera dirigée par Yao Shunyu »:
        a sentence-initial « Il » or « Elle » whose previous sentence is about a thing (its
        subject, else the name before its verb, is a model, product, team or organisation) refers
        to it. Persons are left to the verb rules (:meth:`_last_person`)."""
        self._clause_pronouns()
        for n in range(1, len(self.sents)):
            first = self.sents[n][0]
            if first.text in ("Ils", "Elles") and first.dep_.startswith("nsubj"):
                self._plural_pronoun(n, first)
                continue
            if first.text in ("Celle", "Celui") and first.dep_.startswith("nsubj") \
                    and self.text[first.idx:first.idx + len(first.text) + 3].endswith("-ci"):
                self._demonstrative(n, first)   # « Celle-ci » (three tokens)
                continue
            if first.text not in ("Il", "Elle"):
                first = self._pronoun_after_fronted(n)   # « Pour financer ce développement, elle a levé »
                if first is None:
                    continue
            elif not (first.dep_.startswith("nsubj") or _passive_expletive(first)):
                continue
            prev = self.sents[n - 1]
            ms = sorted((i for i, m in enumerate(self.mentions) if m.sent == n - 1),
                        key=lambda i: self.mentions[i].start)
            if not ms:
                continue
            if first.lower_ in ("il", "elle") and self.cues.rx["made_thing_after"].match(self.text, first.idx + len(first.text)):
                ante = min((i for i in ms if self.mentions[i].type in ("AIModel", "Product")),
                           key=lambda i: self.mentions[i].start, default=None)   # (the first: not « Tempora 2,
                if ante is not None:            # qui succède au premier Tempora »; « ... Thorvane CT, un modèle
                                                # ... Il a été conçu par Ombrelys »)
                    self._add_thing_pronoun(first, ante, n)
                    continue
            root = prev.root
            chain = next((c for c in root.children if c.dep_.startswith("nsubj") and c.lower_ in ("il", "elle")),
                         None)
            before = ("f" if chain.lower_ == "elle" else "m") if chain is not None else self._subject_gender(root)
            if before not in (None, "f" if first.lower_ == "elle" else "m"):
                # « Il crée sa propre équipe, baptisée Lettrine. Elle sera dirigée », « Le groupe Morvan crée
                # une équipe, baptisée X. Elle sera dirigée »: the gender changes, so the thing named
                ante = next((i for i in ms if self.mentions[i].type in ("Team", "AIModel", "Product")
                             and not self._is_subject(i)), None)   # (« Le modèle est l'œuvre de l'équipe X.
                if ante is not None:                               # Elle »: not what the subject stands for)
                    self._add_thing_pronoun(first, ante, n)
                    continue
                if chain is not None:
                    continue
            if chain is not None and not any(m.start == chain.idx for m in self.mentions):
                continue                        # « Passée par X, ..., elle y pilotait ... Elle a quitté »: a chain
            ante = next((i for i in ms if self._is_subject(i)), None)
            if ante is None and root.i == prev.start and root.pos_ in ("VERB", "PROPN", "ADJ") and (
                    "Part" in root.morph.get("VerbForm") or root.lower_.endswith(("é", "ée", "és", "ées"))):
                comma = self.text.find(",", prev.start_char, prev.end_char)   # « Installée à Grenoble, la
                ante = next((i for i in ms if comma >= 0 and self.mentions[i].start > comma   # start-up compte »:
                             and self.mentions[i].type not in ("Place", "Person")   # the fronted participle's
                             and not re.match(r"\s*[,)]", self.text[self.mentions[i].end:])   # noun (not « un
                             and not self._de_complement(i)), None)     # ancien de Google, et installée »)
                if ante is not None and any(t.lower_ in ("il", "elle") and t.dep_.startswith("nsubj")
                                            and comma < t.idx < self.mentions[ante].start for t in prev):
                    ante = None                 # (« Fondée par A, ..., elle s'attaque à un marché dominé par X »:
                                                # the subject is a pronoun, and X no antecedent)
            subj = next((c for c in root.children if c.dep_.startswith("nsubj")), None)
            if ante is None and (subj is None or subj.pos_ == "PRON") \
                    and not any(self.mentions[i].type == "Person" and self.mentions[i].start < root.idx for i in ms):
                # « Derrière ce succès, on trouve l'équipe Fario, ... . Elle est dirigée par »: the object a
                # pronoun subject (« on », « il y a ») presents, when its noun has the pronoun's gender
                obj = next((c for c in root.children if c.dep_ == "obj"), None)
                gender = "Fem" if first.lower_ == "elle" else "Masc"
                if obj is not None and obj.pos_ == "NOUN" and obj.morph.get("Gender") == [gender]:
                    ante = next((i for i in ms if self.mentions[i].type in ("Team", "Organization", "AIModel", "Product")
                                 and self.mentions[i].source != "coref" and any(
                                     t.head.i == obj.i for t in self.doc.char_span(
                                         self.mentions[i].start, self.mentions[i].end, alignment_mode="expand") or ())), None)
            if ante is None:
                topic = self._fronted_topic_org(prev.start_char)   # (« Côté X, le projet est piloté par
                before_verb = [i for i in ms if self.mentions[i].start < root.idx and i != topic   # A. Elle »; not
                               and self.mentions[i].type != "Place"    # « Diplômé de Supélec, le Corrézien ... Il »,
                               and not self._de_complement(i)]         # nor « sur la piste de l'Aéropostale, l'incubateur X »)
                if any(self.mentions[i].type == "Person" for i in before_verb):
                    continue                    # « Le cofondateur ..., Julien Marchand, a annoncé ... Il »
                ante = before_verb[0] if before_verb else None
            if ante is not None:
                self._add_thing_pronoun(first, ante, n)

    def _pronoun_after_fronted(self, n: int):
        """The « il » or « elle » subject of sentence ``n``'s main verb right after a fronted
        phrase that names nothing (« Pour financer ce développement, elle a levé »), else None."""
        sent = self.sents[n]
        # (or after a founding's or a seat's participle and its agents: « Fondée en 2024 par A et B, deux anciens
        # ingénieurs de l'image, elle s'attaque à »)
        founding = self._passive_predicate(sent[0].text) in ("founded", "acquired", "investsIn") \
            or re.fullmatch(r"(?:installée?s?|basée?s?|implantée?s?)", sent[0].lower_) is not None
        for k in range(sent.start + 2, min(sent.end, sent.start + (30 if founding else 12))):
            verb = self.tok[k].head             # (the parser may hang the main verb on the participle)
            if self.texts[k] in ("il", "elle") and self.texts[k - 1] == "," and self.tok[k].dep_.startswith("nsubj") \
                    and (verb.dep_ == "ROOT" or founding and verb.dep_ == "conj" and verb.head.i == sent.start) and (
                        self.pos[sent.start] in ("ADP", "ADV", "SCONJ", "ADJ")
                        and not any(sent.start_char <= m.start < self.idx[k] for m in self.mentions)
                        or founding and not any(sent.start_char <= m.start < self.idx[k] and m.type not in ("Person", "Place")
                                                for m in self.mentions)):
                return self.tok[k]
        return None

    def _add_thing_pronoun(self, tok, ante: int, n: int) -> None:
        """A coreference mention for the pronoun ``tok`` of sentence ``n`` standing for mention
        ``ante`` (its own antecedent when it has one), unless that is a person."""
        m = self.mentions[ante]
        if m.refers_to is not None:
            ante, m = m.refers_to, self.mentions[m.refers_to]
        if m.type != "Person":
            self.mentions.append(Mention(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), type=m.type,
                                         label=m.label, key=m.key, sent=n, source="coref", refers_to=ante))

    def _clause_pronouns(self) -> None:
        """« Sonaris reste l'une des start-up les mieux financées d'Europe : elle avait levé 450
        millions d'euros auprès de General Catalyst »: an « il » or « elle » subject right after a
        colon or semicolon is the main clause's subject named before it, when that is a thing (an
        organisation, team, model, product; persons are left to the verb rules)."""
        for n, sent in enumerate(self.sents):
            for k in range(sent.start + 2, sent.end):
                if self.texts[k].lower() not in ("il", "elle") or self.texts[k - 1] not in (":", ";") \
                        or not self.tok[k].dep_.startswith("nsubj") \
                        or any(m.start == self.idx[k] for m in self.mentions):
                    continue
                ante = next((i for i, m in enumerate(self.mentions) if m.sent == n and m.end <= self.idx[k]
                             and self._is_subject(i, main=True)), None)
                if ante is None:                # « Une nouvelle équipe, baptisée Ancrage, sera chargée de ... ;
                    ante = self._named_subject(n, self.idx[k])   # elle est confiée à »: the subject's name
                if ante is not None:
                    self._add_thing_pronoun(self.tok[k], ante, n)

    _INTERVIEW_TITLE = re.compile(r"\s*(?:#{1,3}\s*)?(?P<who>[A-ZÀ-Ý][\w\-’']+(?:\s+[A-ZÀ-Ý][\w\-’']+)+)\s*\(\s*([^()]{2,60}?)\s*\)\s*:")

    def _we_org(self) -> int | None:
        """The organisation an interview's « nous » speaks for: the one in brackets after the
        interviewee's name in the title (« Soraya Vautrin (Argentis) : « ... » »), when the article
        asks questions (a paragraph ending with « ? »)."""
        return self._interview_parties()[0]

    def _interview_parties(self) -> tuple[int | None, int | None]:
        """An interview's organisation (see :meth:`_we_org`) and interviewee (the person named
        before it in the title), as mention indices; (None, None) for no interview."""
        if self.question_at is None:
            return None, None
        head = self._INTERVIEW_TITLE.match(self.text)
        if head is not None:
            org = next((i for i, m in enumerate(self.mentions) if m.start == head.start(2) and m.end == head.end(2)
                        and m.type == "Organization"), None)
            if org is None:
                return None, None
            who = next((i for i, m in enumerate(self.mentions) if m.type == "Person" and m.start == head.start("who")
                        and m.end == head.end("who")), None)
            return org, who
        # the title in the article's metadata (« Léa Aurignac (Alidade) : « ... » ») when the text's own
        # headline names no organisation: the first mentions of those names in the text
        head = self._INTERVIEW_TITLE.match(self.article.title or "")
        if head is None:
            return None, None
        first = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
        org = next((i for i in first if self.mentions[i].type == "Organization" and self.mentions[i].source != "coref"
                    and self.mentions[i].text == head.group(2)), None)
        who = next((i for i in first if self.mentions[i].type == "Person" and self.mentions[i].source != "coref"
                    and self.mentions[i].text == head.group("who")), None)
        return (org, who) if org is not None else (None, None)

    def _answer_sentence(self, n: int) -> bool:
        """Whether sentence ``n`` of an interview is an answer: after the first question, and no
        question itself."""
        sent, q = self.sents[n], self.question_at
        return q is not None and sent.start_char > q and not self._text_of(sent).rstrip().endswith("?")

    def _add_we(self) -> None:
        """« Nous avons signé un partenariat avec l'ONERA », « Deux business angels nous
        accompagnent »: in an interview's answers, « nous » is the interviewee's organisation
        (:meth:`_we_org`); « notre » and « nos » are read by the possessive rules."""
        we, me = self._interview_parties()      # (« J'ai passé cinq ans chez FAIR »: the interviewee)
        if we is None:
            return
        for t in self.tok:
            low = t.lower_.replace("’", "'")
            if low == "nous":
                ante = we
            elif low in ("je", "j'") and me is not None:
                ante = me
            else:
                continue
            if self._answer_sentence(self.sent_of_tok[t.i]) and not any(x.start <= t.idx < x.end for x in self.mentions):
                a = self.mentions[ante]
                self.mentions.append(Mention(text=t.text, start=t.idx, end=t.idx + len(t.text), type=a.type,
                                             label=a.label, key=a.key, sent=self.sent_of_tok[t.i], source="coref",
                                             refers_to=ante))

    def _demonstrative(self, n: int, first) -> None:
        """« ... prend la tête de l'équipe Raisonnement, qui compte trente personnes. Celle-ci conçoit
        Sextant »: a sentence-initial « Celle-ci » or « Celui-ci » is the last thing (not a person)
        the previous sentence named."""
        ms = [i for i, m in enumerate(self.mentions) if m.sent == n - 1 and m.type != "Person"
              and m.type != "Place"]
        if not ms or any(m.start == first.idx for m in self.mentions):
            return                              # (a person's « Celui-ci »: _add_latter's)
        ms.sort(key=lambda i: self.mentions[i].start)
        ante = ms[-1]
        if len(ms) >= 2 and re.fullmatch(r"\s*,\s*(?:le|la|l['’])\s*[\w\-’' ]{1,40}?\s+(?:de|du|d['’])\s*",
                                         self.text[self.mentions[ms[-2]].end:self.mentions[ante].start]):
            ante = ms[-2]                       # « Gallium, la division de Nvidia chargée de ... Celle-ci »: Gallium
        m = self.mentions[ante]
        if m.refers_to is not None:
            ante, m = m.refers_to, self.mentions[m.refers_to]
        end = first.idx + len(first.text) + 3
        self.mentions.append(Mention(text=self.text[first.idx:end], start=first.idx, end=end, type=m.type,
                                     label=m.label, key=m.key, sent=n, source="coref", refers_to=ante))

    def _plural_pronoun(self, n: int, first) -> None:
        """« Nathalie Girardin ... et Karim Ouali ... Tous deux sont membres du LaBRI. Ils ont
        cofondé Tessel »: a sentence-initial « Ils » after a sentence naming two or more people
        (or saying « tous deux ») stands for them all (see ``plural_anaphora_starts``)."""
        people = sorted((i for i, m in enumerate(self.mentions) if m.sent == n - 1 and m.type == "Person"),
                        key=lambda i: self.mentions[i].start)
        named = [i for i in people if self.mentions[i].source != "coref"]
        plural = [i for i in people if self.mentions[i].source == "coref" and self.mentions[i].refers_to is not None
                  and self.mentions[i].text.lower().startswith(self.cues.plural_starts)]
        if len(named) >= 2:
            ante = named[-1]
        elif plural:
            ante = self.mentions[plural[-1]].refers_to
        else:
            return
        m = self.mentions[ante]
        self.mentions.append(Mention(text=first.text, start=first.idx, end=first.idx + len(first.text), type="Person",
                                     label=m.label, key=m.key, sent=n, source="coref", refers_to=ante))

    def _only_modifiers(self, start: int, end: int) -> bool:
        """Only adjectives and their complements between two offsets (« chinois du commerce en ligne »)."""
        if end - start > 60:
            return False
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None or not len(span):
            return False
        return all(t.pos_ in ("ADJ", "ADP", "DET", "NOUN") and not t.is_punct for t in span) and \
            any(t.pos_ == "ADJ" for t in span)

    def _named_with_head(self, s: int, e: int) -> int | None:
        """« le Laboratoire Jalmar », « l'alliance Kilojoule » ... « le laboratoire », « l'alliance »: an
        anaphora whose noun (``name_head_anaphora``) opens the name of an organisation or unit named
        before stands for the latest such one."""
        words = fold(self.text[s:e]).split()
        head = words[-1] if words else ""
        if head not in self.cues.name_head_anaphora:
            return None
        ante = max((i for i, m in enumerate(self.mentions) if m.type in ("Organization", "Team") and m.source != "coref"
                    and m.end <= s and " " in m.label and fold(m.label).split()[0] == head),
                   key=lambda i: self.mentions[i].start, default=None)
        if ante is not None:                    # « l'Institut ... (**SIRA**) »: the name the article goes on with
            end = self.mentions[ante].end
            short = next((m.label for m in self.mentions if m.source != "coref" and end < m.start <= end + 8
                          and re.fullmatch(r"\s*\(\s*[*_]*", self.text[end:m.start])), None)
            ante = next((i for i, m in enumerate(self.mentions) if short and m.label == short and m.source != "coref"
                         and m.type == self.mentions[ante].type), ante)
        return ante

    def _heads_in(self, text: str) -> set[str]:
        """The organisation description nouns (``org_description_nouns``) in a folded text, each
        as its group's first noun (« startup », « jeune pousse » -> « start up »)."""
        return {head for noun, rx, head in self.cues.description_head_rx
                if noun in text and rx.search(text)}

    def _clause_subject(self, s: int, e: int, typ: str) -> set[str]:
        """The folded label of the subject of the clause an anaphora is an object in: « X a pris
        une participation dans la jeune pousse »: the start-up is not X."""
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None or span.root.dep_.startswith("nsubj") or self._after_fronted_participle(span):
            return set()
        head, steps = span.root.head, 0
        while head.pos_ not in ("VERB", "AUX") and head.head is not head and steps < 4:
            head, steps = head.head, steps + 1
        for child in head.children:
            if child.dep_.startswith("nsubj"):
                for m in self.mentions:
                    if m.type == typ and m.start <= child.idx < m.end:
                        return {fold(m.label)}
        sent = self._sent(head.i)                  # « Microsoft, le numéro un du logiciel, a pris ... »: the
        for m in self.mentions:                     # parser may miss a subject set off by an apposition
            if m.type == typ and m.start == sent.start_char and m.source != "coref" and m.end < head.idx:
                return {fold(m.label)}
        return set()

    def _subject_at(self, pos: int) -> bool:
        """Whether the noun phrase starting at character ``pos`` is a clause's subject (by the
        parse, or right after a fronted participial phrase, where the parser often fails)."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None:
            return False
        sent_end = self._sent(span.start).end
        for n in (3, 2):                        # « une jeune pousse de douze salariés »: the parser takes
            end = min(span.start + n, sent_end)     # « pousse » for a verb and « jeune » for its subject
            if fold(self._span_text(span.start, end)) in self.cues.type_nouns:
                return self._finite_verb_after(end) or self._after_fronted_participle(self.doc[span.start:end])
        if any(t.dep_.startswith("nsubj") for t in self.doc[span.start:span.start + 3]):
            return True
        k = span.start
        while k < self._sent(span.start).end - 1 and self.pos[k + 1] in ("NOUN", "ADJ", "PROPN", "X") \
                or k + 1 < len(self.texts) and self.texts[k + 1] == "-":
            k += 1                              # the noun phrase's last word (« start - up »)
        return self._after_fronted_participle(self.doc[span.start:k + 1])

    def _fronted_topic_org(self, start: int) -> int | None:
        """The organisation a fronted « Côté X, », « Chez X, » names as the topic of the sentence or
        paragraph that opens at offset ``start``, or None."""
        fronted = _FRONTED_TOPIC.match(self.text, start)
        if not fronted:
            return None
        return next((i for i, m in enumerate(self.mentions) if m.start == fronted.end()
                     and m.type == "Organization" and m.source != "coref"
                     and re.match(r"\s*,", self.text[m.end:])), None)

    def _same_sentence_org(self, s: int, phrase: str = "") -> int | None:
        """An organisation anaphora whose sentence already named an organisation, in the
        description of a person who is the subject (« Marc Delorme, directeur de Thales, a
        confirmé qu'il quittait le groupe ») or beside the one the anaphora's phrase describes
        (« a quitté Meta après cinq ans au sein de FAIR, le laboratoire du groupe américain »):
        the latest such organisation, whatever the article's salience. A company anaphora
        (folded ``phrase``) passes over institutions, public bodies and unions."""
        span = self.doc.char_span(s, s + 1, alignment_mode="expand")
        if span is not None:                    # « Côté Mistral AI, l'accord a été piloté par X, responsable
            sent = self._sent(span.start)       # des partenariats de l'entreprise »: the sentence's topic
            topic = self._fronted_topic_org(sent.start_char)
            if topic is not None and self.mentions[topic].end <= s:
                return topic
        if span is None or any(t.dep_.startswith("nsubj") and t.head.dep_ == "ROOT"
                               for t in self.doc[span.start:span.start + 4]) or self._subject_at(s):
            return None                         # the main clause's subject: salience decides
        here = self._sent_index(span.start)
        sent = self.sents[here]
        before = sorted((i for i, m in enumerate(self.mentions) if m.sent == here and m.end <= s
                         and m.source != "coref" and not self._is_source_mention(m)),
                        key=lambda i: self.mentions[i].start)
        inst = self._institutions() if self._heads_in(phrase) - self.cues.public_heads else set()
        orgs = [i for i in before if self.mentions[i].type == "Organization" and fold(self.mentions[i].label) not in inst]
        if not orgs:
            return None
        last = self.mentions[orgs[-1]]          # « X, un ex-Thales qui a dirigé la stratégie du groupe »:
        if self._former_employer(last) \
                and re.fullmatch(r"\s*qui\s[^,;.«»()]*", self.text[last.end:s]) \
                and not re.search(r"\b(?:co-?)?fond|\bcré[ée]|\brejoin|\bintégr|\bdirige\b", self.text[last.end:s]):
            return orgs[-1]                     # (not « Cette ex-Meta, qui a cofondé l'entreprise »)
        described = [i for i in orgs if re.fullmatch(r"\s*,\s*(?:le|la|l['’]|un|une)\b[^,;()]*",
                                                      self.text[self.mentions[i].end:s])]
        if described:
            rest = [i for i in orgs if i not in described]
            return rest[-1] if rest else None
        if " et " in self.text[sent.start_char:s]:
            return None                         # a coordination may bring another subject: no guess
        people = [i for i in before if self.mentions[i].type == "Person"]
        for o in orgs:                          # « X, directeur de la recherche de Thales, »
            mo = self.mentions[o]
            if self._former_employer(mo):
                continue                        # (not « Arthur Mensch, ancien de Google DeepMind, qui dirige
                                                # l'entreprise »: a former employer)
            if any(re.fullmatch(r"\s*,[^,;()]*", self.text[self.mentions[p].end:mo.start])
                   for p in people) and re.match(r"\s*,", self.text[mo.end:]):
                return o
        people += [i for i, m in enumerate(self.mentions) if m.sent == here and m.end <= s and m.source == "coref"
                   and m.type == "Person"]      # « cet ingénieur ... a travaillé chez X avant de quitter le laboratoire »
        subject = next((i for i in people if self._is_subject(i)), None)
        if subject is not None and self.mentions[orgs[-1]].start > self.mentions[subject].start:
            return orgs[-1]                     # (not « Après le rachat de Velanto, X rejoindra le groupe »)
        return None

    def _described_thing(self, s: int, e: int, typ: str) -> int | None:
        """« l'assistant grand public Yuanbao ... les fonctions de WeChat ... le lancement de
        l'assistant »: a product, model or team anaphora whose noun the article put before or in
        apposition to a name is the latest name so described, not merely the latest of its type."""
        words = self.text[s:e].lower().replace("’", "'").split()
        if not words:
            return None
        noun = re.escape(re.sub(r"^\w+'", "", words[-1]))    # « l'assistant » -> « assistant »
        best = own = None
        for i, m in enumerate(self.mentions):
            if m.type != typ or m.source == "coref" or m.end > s:
                continue
            before = self.text[max(0, m.start - 40):m.start].lower().replace("’", "'")
            after = self.text[m.end:m.end + 40].lower().replace("’", "'")
            if re.search(r"(?<!\w)" + noun + r"(?:\s+[\w\-]+){0,2}\s*$", before) or \
                    re.match(r"\s*,\s*(?:le|la|l'|un|une|son|sa|leur)\s*(?:[\w\-]+\s+)?" + noun + r"(?!\w)", after):
                if best is None or m.start > self.mentions[best].start:
                    best = i
                if typ in ("AIModel", "Product") and not self._made_by_another(m):
                    own = i if own is None or m.start > self.mentions[own].start else own
        if best is not None and self._made_by_another(self.mentions[best]) and words[0] in ("le", "la", "l'"):
            if own is not None and own != best and self.mentions[own].sent >= self.mentions[best].sent - 1:
                return own                      # « Gaïus-2, le modèle que Legalune a entraîné ... partie de Mistral
                                                # Small 3, un modèle publié par Mistral AI ... Le modèle a été conçu »
            count: dict[str, int] = {}          # or the article's own model, named thrice before
            for m in self.mentions:
                if m.type == typ and m.end <= s and m.label != self.mentions[best].label:
                    count[m.label] = count.get(m.label, 0) + 1
            main = max(count, key=count.get, default=None)
            if main is not None and count[main] >= 3:
                return next(i for i, m in enumerate(self.mentions) if m.label == main and m.source != "coref")
        return best

    _MAKER_APPOSED = re.compile(r"\s*,\s*(?:le|la|l['’]|un|une)\s*[^,;.«»()]{0,50}?\b(?:de|d['’]|du|par)\s*(?:(?:la|le|l['’])\s*)?$")

    def _made_by_another(self, m: Mention) -> bool:
        """Whether the model or product ``m`` is said, in apposition, to be another organisation's
        than the article's first one (« Mistral Small 3, un modèle ouvert publié par Mistral AI »)."""
        org = next((o for o in self.mentions if o.type == "Organization" and o.source != "coref"
                    and m.end < o.start <= m.end + 80 and self._MAKER_APPOSED.fullmatch(self.text, m.end, o.start)), None)
        if org is None:
            return False
        first = min((o for o in self.mentions if o.type == "Organization" and o.source != "coref"),
                    key=lambda o: o.start, default=None)
        return first is not None and fold(first.label) != fold(org.label)

    def _verbless_topic(self, here: int | None, before: list[tuple[int, Mention]]) -> int | None:
        """The organisation a verbless sentence right before sentence ``here`` introduces, when it
        names one (« Autre lancement remarqué, celui de Chablis Analytics. La jeune entreprise
        d'Auxerre a présenté »: Chablis Analytics); ``before``: the (index, mention) candidates."""
        if here is None or here == 0:
            return None
        prev = self.sents[here - 1]
        named = [(i, m) for i, m in before if m.sent == here - 1 and m.type == "Organization"]
        if len({fold(m.label) for _, m in named}) != 1 or self._is_heading(prev) or len(prev) > 15 \
                or any(t.pos_ in ("VERB", "AUX") and not ("Part" in t.morph.get("VerbForm") and t.dep_ in ("acl", "amod"))
                       for t in prev):
            return None                         # (« remarqué »: a participle modifying a noun is no verb)
        return named[-1][0]

    def _other_demonym_orgs(self, s: int, e: int) -> set[str]:
        """The organisations (folded labels) said to be from elsewhere than an anaphora's demonym
        says (« la jeune pousse grenobloise » is no « X, une start-up bordelaise »)."""
        if (s, e) not in self._elsewhere:
            self._elsewhere[(s, e)] = self._other_demonym_orgs_uncached(s, e)
        return self._elsewhere[(s, e)]

    def _other_demonym_orgs_uncached(self, s: int, e: int) -> set[str]:
        nxt = re.match(r"\s+([\w\-]+)", self.text[e:e + 30])
        demonyms = (set(self.text[s:e].lower().split()) | ({nxt.group(1).lower()} if nxt else set())) \
            & self.cues.org_demonyms             # (the adjective after « la jeune pousse »)
        if not demonyms:
            return set()
        out = set()
        for m in self.mentions:
            if m.type == "Organization" and m.source != "coref" and m.end <= s:
                near = self.text[max(0, m.start - 30):m.start] + " " + self.text[m.end:m.end + 40]
                if set(re.findall(r"[\w\-]+", near.lower())) & self.cues.org_demonyms - demonyms:
                    out.add(fold(m.label))
        return out

    def _described_as(self, s: int, e: int, typ: str, fallback: bool = True, fronted: bool = True) -> int | None:
        """« Vireo AI, un laboratoire fondé en 2023 ... la jeune pousse ... le laboratoire »: an
        organisation anaphora whose noun the article used to describe one organisation (« la
        start-up X », « X, une jeune pousse ... », « X est un laboratoire ») is that organisation,
        the one of those so described named last, whatever the salience (organisations only)."""
        heads = self._heads_in(fold(self.text[s:e]))
        if not heads:
            return None
        para = self.text.rfind("\n", 0, s) + 1
        topic = self._fronted_topic_org(para)   # « Côté Baliste, l'arrivée de X ... La start-up dirigée par
        if topic is not None and self.mentions[topic].end <= s:   # Y »: the paragraph is about Baliste
            return topic
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is not None:                    # « Chez Belvane, des caméras filment ... Le logiciel a été
            n = self._sent_index(span.start)    # développé par la jeune entreprise »: so is the sentence and
            for k in (n, n - 1):                # the one after it
                if k >= 0 and self.sents[k].start_char > para \
                        and (topic := self._fronted_topic_org(self.sents[k].start_char)) is not None \
                        and self.mentions[topic].end <= s:
                    return topic
        young_said = raised = False             # « Fondée en 2023 par X, la société ... »: a young company
        if fronted and span is not None and self.cues.young_head and heads <= self.cues.generic_heads - self.cues.big_heads \
                and (_FRONTED_FOUNDING.fullmatch(self.text, self._sent(span.start).start_char, s)   # (the opener
                     or (opener := _FRONTED_FOUNDING.match(self.text, self._sent(span.start).start_char)) is not None
                     and opener.end() <= s and re.fullmatch(r"[^.;«»]{0,80}", self.text[opener.end():s])):
                # ends at any comma: « Fondée par A et B, la société a développé X, une plateforme »)
            heads, young_said = heads | {self.cues.young_head}, True
        elif fronted and self.cues.young_head and heads <= self.cues.generic_heads - self.cues.big_heads \
                and self.cues.rx["raised_after"].match(self.text, e):
            heads, raised = heads | {self.cues.young_head}, True   # « la société, qui a bouclé une levée »: the
                                                                    # one the article calls a start-up, if any
        intro = self._verbless_topic(self._sent_index(span.start) if span is not None else None,
                                     [(i, m) for i, m in enumerate(self.mentions)
                                      if m.end <= s and m.source != "coref" and m.type == "Organization"])
        if intro is not None and not heads <= self.cues.described_only_heads:
            return intro                        # (« l'enseigne »: only one so described)
        big, young, matched = set(), set(), set()
        since = self._item_start(s)
        elsewhere = self._other_demonym_orgs(s, e)
        # (a lab may be a unit: « X, le laboratoire d'IA de l'éditeur »)
        kinds = ("Organization", "Team") if self.cues.lab_head in heads else ("Organization",)
        for i, m in enumerate(self.mentions):
            if m.type not in kinds or m.source == "coref" or m.end > s or m.start < since \
                    or fold(m.label) in elsewhere:
                continue
            before = self.text[max(0, m.start - 30):m.start].lower()
            after = self.text[m.end:m.end + 40].lower()
            said = re.search(r"(?:^|\s)(?:la|le|l['’]|une|un|cette|ce|du|au)\s*([\w\- ]{0,25}?)\s*$", before)
            desc = set()
            described = []
            if said:                            # (the words after the last article or preposition: « de
                words = said.group(1).split()   # la start-up aux côtés de X » does not describe X)
                cut = max((k for k, w in enumerate(words) if w.lower() in _DESCRIPTION_STOPS), default=-1)
                described.append(fold(" ".join(words[cut + 1:])))
            elif named := _NAMED_AFTER.search(self.text, max(0, m.start - 60), m.start):
                described.append(fold(named.group(1)))   # « un laboratoire commun, baptisé Fenestral »
            if " " in m.label and fold(m.label.split()[0]) in self.cues.org_name_heads and not self._heads_in(
                    fold(m.label.split()[0])) & (self.cues.generic_heads | self.cues.big_heads | self.cues.public_heads):
                described.append(fold(m.label.split()[0]))   # « Studio Molène ... le studio » (not « Société
                                                              # Générale ... la société »: a word of many names)
            appo = re.match(r"\s*(?:,|\best)\s+(?:une|un|la|le|l['’])\s*([\w\- ]{0,30})", after)
            if appo and self._subject_at(m.end + appo.start(1)):
                appo = None                     # « ..., une ancienne d'Aleph Alpha, la société a levé »: a subject
            if appo and any(o.source != "coref" and m.end + appo.start(1) < o.start <= m.end + appo.end(1) + 1
                            and re.fullmatch(r"[a-zà-ÿ\-]+(?:\s+(?!(?:à|de|du|des|en|au|aux|par|sur)\s)[a-zà-ÿ\-]+)?\s+",
                                             self.text[m.end + appo.start(1):o.start])
                            for o in self.mentions):
                appo = None                     # « Issue d'Inria, la start-up Grainelle »: Grainelle's description
            among = _AMONG_LIST.search(self.text, max(0, m.start - 120), m.start)
            if among:                           # « dix start-up de la promotion, parmi lesquelles Quaïa, Sylvane »:
                described += [fold(p.group(1)) for p in _PLURAL_NOUN.finditer(   # each a start-up (not « 120
                    self.text, max(0, among.start() - 80), among.start())]       # clients, parmi lesquels »)
            made = ""                           # « l'éditeur de l'assistant Jovia »: what it makes, not its size
            if appo:
                words = fold(" ".join(appo.group(1).split()[:3]))
                lead = re.match(r"([\w\-]+)\s+(?:de|du|d['’])", appo.group(1))
                if lead and fold(lead.group(1)) in self.cues.maker_nouns:
                    made = words
                else:
                    described.append(words)
            for d in described:
                desc |= self._heads_in(d)
            if desc & self.cues.big_heads or any(w in self.cues.established for d in described for w in d.split()):
                big.add(fold(m.label))
            desc |= self._heads_in(made)        # (an anaphora « l'éditeur » may still stand for it)
            k = self._token_before(m.start)
            while k is not None and k > 0 and self.pos[k] in ("PROPN", "ADP", "NUM") and self.texts[k] not in (",", "."):
                k -= 1                          # « a cofondé à Milan Tramontana AI »
            if self.cues.young_head and k is not None and self.lemmas[k] in self.cues.founding_verbs:
                desc.add(self.cues.young_head)  # « pour cofonder Quillon »: a young company
            if desc & heads:
                matched.add(fold(m.label))
            if self.cues.young_head in desc:
                young.add(fold(m.label))
        # of those so described, the one named last (« X, la start-up ... rachète Y, une jeune pousse ...
        # Côté clients, X ... la jeune entreprise »: X again)
        best = max((i for i, m in enumerate(self.mentions) if m.type in kinds and m.source != "coref"
                    and m.end <= s and m.start >= since and fold(m.label) in matched),
                   key=lambda i: self.mentions[i].start, default=None)
        if young_said and (best is None or span is not None and self.mentions[best].sent < self._sent_index(span.start) - 1) \
                or raised and best is None:
            return self._described_as(s, e, typ, fallback, fronted=False)   # (only one named just before)
        if not fallback:
            return best
        inst = self._institutions() if heads - self.cues.public_heads else set()   # (« la start-up » is no CNIL)
        if best is None and heads & self.cues.not_young_heads and young:
            # « le groupe », « le laboratoire » are none of the organisations the article calls « la jeune pousse »
            return self._antecedent(s, typ, exclude=young | self._clause_subject(s, e, typ) | inst)
        if best is None and self.cues.young_head in heads:
            # « la jeune pousse » is none of the organisations the article calls « le géant »,
            # « le groupe », « l'éditeur américain »
            big |= {fold(m.label) for m in self.mentions
                    if m.source == "coref" and m.end <= s and self._heads_in(fold(m.text)) & self.cues.big_heads}
            if big or inst:
                return self._antecedent(s, typ, exclude=big | inst)
        return best

    def _antecedent(self, pos: int, typ: str, exclude: set[str] = frozenset()) -> int | None:
        """The salient entity of a type before ``pos``.

        Organisations: a salience score (each mention 1, each time it is a sentence's
        subject 2 more, the article's first organisation, its topic, 4 more, quoted sources none),
        the latest on ties. Teams, models and products: simply the latest."""
        before = sorted(((i, m) for i, m in enumerate(self.mentions)
                         if m.end <= pos and m.source != "coref" and m.type == typ and fold(m.label) not in exclude),
                        key=lambda im: im[1].start)
        if not before:
            return None
        if typ != "Organization":
            last_i, last = before[-1]
            if len(before) > 1 and before[-2][1].sent == last.sent and self._replaced(last):
                return before[-2][0]            # « Gemini 3 Pro a pris la relève de Gemini 2.5 Pro. Le modèle »:
            return last_i                       # the new one, not the one it replaces
        # the topic is the first organisation of the item (a news roundup's items are about
        # different organisations: see _item_start), else the article's first organisation, even
        # when it is excluded here
        named = [m for m in self.mentions if m.source != "coref" and m.type == typ and not self._is_source_mention(m)]
        item = self._item_start(pos)
        if item and any(m.start >= item for _, m in before):
            before = [(i, m) for i, m in before if m.start >= item]   # an item is read alone
        topic = min((m for m in named if item <= m.start < pos), key=lambda m: m.start, default=None) \
            or min(named, key=lambda m: m.start, default=None)
        para = self.text.rfind("\n", 0, pos) + 1
        para_topic = next((m for _, m in before if m.start >= para and not self._is_source_mention(m)), None)
        if para_topic is not None:
            span = self.doc.char_span(para_topic.start, para_topic.end, alignment_mode="expand")
            if (span is None or span.root.dep_ not in ("nsubj", "nsubj:pass")) and not (   # (« Côté Baliste, »)
                    (opener := self._fronted_topic_org(para)) is not None and self.mentions[opener] is para_topic):
                para_topic = None
        score: Counter = Counter()
        at = self.doc.char_span(pos, pos, alignment_mode="expand")
        here = self._sent_index(at.start) if at is not None else None
        intro = self._verbless_topic(here, before)   # « Autre lancement, celui de X. La jeune entreprise »
        if intro is not None:
            return intro
        recent: set[str] = set()
        quiet = here is not None and not any(m.sent == here - 1 and m.type == typ for _, m in before)
        for n, (i, m) in enumerate(before):
            f = fold(m.label)
            if self._is_source_mention(m):
                continue
            score[f] += 1
            if here is not None and (here - m.sent <= 1 or here - m.sent == 2 and quiet) and f not in recent:
                recent.add(f)
                score[f] += 4                   # named in this sentence or the previous one (once), or
                                                # the one before when the previous names no organisation
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubj:pass"):
                score[f] += 2
            if topic is not None and m.start == topic.start:
                score[f] += 4
            if m is para_topic:
                score[f] += 3                   # the paragraph's first organisation, a subject
        head = self.tok[at.start] if at is not None and at.start < len(self.tok) else None
        head = head.head if head is not None and head.dep_ == "det" else head
        if head is not None and here and head.dep_ in ("nsubj", "nsubj:pass") \
                and at.start <= self.sents[here].start + 1:
            # « Il faut dire que Galvane a de quoi attirer. La société a levé »: a subject that opens
            # its sentence goes on with the subject of the sentence before
            prev_subj = next((m for _, m in before if m.sent == here - 1 and (
                span := self.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                and span.root.dep_ in ("nsubj", "nsubj:pass")), None)
            if prev_subj is not None:
                score[fold(prev_subj.label)] += 4
        if here is not None:                    # « C'est avec cette société ... . La jeune pousse »: an
            for m in self.mentions:             # anaphora of the sentence before makes its entity recent
                if m.source == "coref" and m.type == typ and m.end <= pos and here - m.sent == 1 \
                        and m.refers_to is not None and (f := fold(m.label)) in score and f not in recent:
                    recent.add(f)
                    score[f] += 4
        if not score:
            return before[-1][0]
        first = {}
        for i, m in before:
            first.setdefault(fold(m.label), -m.start)
        # the best score; on a tie, the organisation the article named first (its topic)
        best = max(before, key=lambda im: (score[fold(im[1].label)], first[fold(im[1].label)], im[1].start))
        return best[0]

    def _relations_of(self, person: int, preds: tuple[str, ...]) -> list[Relation]:
        """The relations found so far whose subject is the person of mention ``person`` (any of
        their mentions), with one of ``preds``."""
        label = fold(self.mentions[person].label)
        return [r for r in self.relations if r.predicate in preds and fold(self.mentions[r.subject].label) == label]

    def _own_org(self, person: int, before: int) -> int | None:
        """The one organisation an earlier sentence says the person founded or leads (asserted),
        else None."""
        orgs = {fold(self.mentions[r.object].label): r.object for r in self._relations_of(person, ("founded", "leads"))
                if r.start < before and r.modality == "asserted" and self.mentions[r.object].type == "Organization"}
        return next(iter(orgs.values())) if len(orgs) == 1 else None

    def _is_topic(self, i: int) -> bool:
        """Whether mention ``i`` is (an anaphora of) the article's topic: its first organisation named,
        quoted sources aside."""
        first = min((m for m in self.mentions if m.source != "coref" and m.type == "Organization"
                     and not self._is_source_mention(m)), key=lambda m: m.start, default=None)
        return first is not None and fold(first.label) == fold(self.mentions[i].label)

    def _replaced(self, m: Mention) -> bool:
        """Whether mention ``m`` follows a word of succeeding (« la relève de », « succède à »,
        « remplace »; the successorOf cues of cues.yaml), an article or preposition between."""
        k = self._token_at(m.start)
        if k is None:
            return False
        j = k - 1
        while j >= 0 and k - j <= 3 and self.pos[j] in ("DET", "ADP"):
            j -= 1
        return j >= 0 and fold(self.lemmas[j]) in self.cues.successor_words

    def _headings(self) -> list[tuple[int, bool]]:
        """(start, whether body text came before it) of every heading sentence, computed once."""
        if self._heads is None:
            self._heads, body = [], False
            for sent in self.sents:
                if self._is_heading(sent):
                    self._heads.append((sent.start_char, body))
                else:
                    body = True
        return self._heads

    def _section_start(self, pos: int) -> int:
        """Where the section holding ``pos`` starts: the last heading before it that follows some
        body text (the headline and a subtitle right under it open no section)."""
        return next((s for s, body in reversed(self._headings()) if body and s <= pos), 0)

    def _item_start(self, pos: int) -> int:
        """Where the item holding ``pos`` starts when the article reads as a list of items: a
        bulleted paragraph's start, or one's that opens on a set-off (bold) organisation; in a
        news roundup, the section's start when its heading names an organisation or a team; else
        0 (a subheading such as « Un financement public » opens no new topic)."""
        para = self.text.rfind("\n", 0, pos) + 1
        if _BULLET.match(self.text, para):
            return para                         # « - Nexalis, qui développe ... la société a levé »
        if para not in self._bold_items:        # (names are final when items are asked for)
            self._bold_items[para] = any(para <= a <= para + 2 for a, _ in (*self.article.names, *self.article.leads)) and any(
                para <= m.start <= para + 2 and m.type == "Organization" and m.source != "coref" for m in self.mentions)
        if self._bold_items[para]:
            return para                         # « **Ondelys**, qui conçoit des puces, lève ... La jeune pousse »
        section = self._section_start(pos)
        if section and section in self._item_headings():
            return section
        return 0

    def _item_headings(self) -> set[int]:
        """The starts of the sections when two or more headings begin with an organisation's, a
        team's or a person's name, or are numbered (« Mistral AI s'allie à Novaterra », « Nvidia
        dévoile ... », « 2. Aurore Castagnède, la miniaturiste »): a news roundup or a list, whose
        sections are items (« Départ chez Aleph Alpha » one too)."""
        if self._items is None:
            first = self.sents[0].start_char if self.sents else 0
            named = [s for s, _ in self._headings() if s != first and (any(     # not the headline
                s <= m.start <= s + 6 and m.type in ("Organization", "Team", "Person") for m in self.mentions)
                or _BULLET.match(self.text, s))]    # « 2. Aurore Castagnède, la miniaturiste »: a list's items
            self._items = {s for s, body in self._headings() if body} if len(named) >= 2 else set()
        return self._items

    def _token_at(self, char: int) -> int | None:
        """Index of the token that starts at offset ``char`` (None if none does)."""
        k = bisect.bisect_left(self.idx, char)
        return k if k < len(self.idx) and self.idx[k] == char else None

    def _token_before(self, char: int) -> int | None:
        """Index of the token right before the one at offset ``char`` (None at the text's start)."""
        span = self.doc.char_span(char, char, alignment_mode="expand")
        return span.start - 1 if span is not None and span.start > 0 else None

    def _after_aupres(self, m: Mention) -> bool:
        """Whether the mention follows « auprès de » (« levé ... auprès d'Albane », « s'offre ... auprès d'AWS »)."""
        return bool(_AUPRES_BEFORE.search(self.text, max(0, m.start - 16), m.start))

    def _is_source_mention(self, m: Mention) -> bool:
        before = self.text[max(0, m.start - 40):m.start]
        return bool(self.cues.rx["reported.before_source"].search(before))

    def _reindex(self) -> None:
        """Sort mentions by offset, remapping anaphora links, and index tokens to mentions."""
        order = sorted(range(len(self.mentions)), key=lambda i: (self.mentions[i].start, self.mentions[i].end))
        new = {old: n for n, old in enumerate(order)}
        ms = []
        for old in order:
            m = self.mentions[old]
            if m.refers_to is not None:
                m = Mention(**{**m.__dict__, "refers_to": new[m.refers_to]})
            ms.append(m)
        self.mentions = ms
        self._by_sent = {}
        self.tok_mention = {}
        for i, m in enumerate(self.mentions):
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            for t in span:
                self.tok_mention[t.i] = i

    # ---------------------------------------------------------------- relations

    def _types(self, i: int) -> frozenset[str]:
        """The mention's type, plus the other types its lexicon entry allows (DeepMind: Team too)."""
        m = self.mentions[i]
        entry = self.lex.by_id.get(m.key) if m.key else None
        return frozenset((m.type, *(entry.types if entry else ())))

    @staticmethod
    def _allowed(pred: str) -> tuple[list[str], list[str]]:
        """The contract's subject and object types for a predicate (``kg.records.SIGNATURES``)."""
        subj, obj = SIGNATURES[pred]
        return sorted(subj), sorted(obj)

    def _add(self, pred: str, s: int, o: int, sent, extractor: str, conf: float, cue_tok=None,
             role: str | None = None) -> bool:
        if s == o or s is None or o is None:
            return False
        ms, mo = self.mentions[s], self.mentions[o]
        subj_types, obj_types = SIGNATURES[pred]
        if not (self._types(s) & subj_types) or not (self._types(o) & obj_types):
            return False
        if fold(ms.label) == fold(mo.label):
            return False
        if pred == "leads" and mo.source == "coref" and mo.type == "Organization" \
                and ms.type == "Person" and (own := self._own_org(s, sent.start_char)) is not None \
                and fold(self.mentions[own].label) != fold(mo.label):
            o, mo = own, self.mentions[own]     # « Fondée par A ..., la jeune pousse Rizome ... », then « sourit A,
                                                # qui dirige l'entreprise »: hers, whatever else is salient
        if pred == "leftOrganization" and mo.source == "coref" and ms.type == "Person":
            own = next((r.object for r in self.relations if r.subject == s and r.start == sent.start_char
                        and r.predicate in ("worksFor", "leads") and r.extractor.startswith("gap:role")
                        and self.mentions[r.object].type == "Organization"), None)
            if own is not None and fold(self.mentions[own].label) != fold(mo.label):
                o, mo = own, self.mentions[own]   # « X, directeur scientifique de Clairvigne, a quitté l'entreprise »:
                                                  # the one his role names, whatever else is salient
        if pred != "leftOrganization" and (self._ex_prefixed(ms) or self._ex_prefixed(mo)):
            return False                        # « Cette ex-Meta », « A, un ex-Google, et B »: a person's past
        if pred == "develops" and ms.type == "Organization" and ms.label.split()[-1] in self.cues.fund_name_words:
            return False                        # « Gabarre Capital », « Ancolie Ventures »: a fund makes no model
        if pred == "headquarteredIn" and re.search(r"(?:\bde|\bd['’])\s*$", self.text[max(0, mo.start - 4):mo.start]):
            # « transfère son siège de Stockholm à Amsterdam »: the seat is where it goes
            to = re.match(r"\s+(?:à|vers)\s+", self.text[mo.end:mo.end + 8])
            nxt = next((k for k, m in enumerate(self.mentions) if m.start == mo.end + to.end()
                        and m.type == "Place"), None) if to else None
            if nxt is not None:
                o, mo = nxt, self.mentions[nxt]
        if any(self._media_source(self.sents[self.mentions[x].sent]) == x for x in (s, o)):
            return False                        # « Selon Les Échos, X a bouclé un tour »: the source is no party
                                                # (nor is that mention later, as an antecedent)
        if pred == "acquired" and self._after_aupres(mo):
            return False                        # « s'offre sept ans de calcul auprès d'AWS »: the seller
        if (pred, sent.start) not in self._denied:   # « Microsoft s'offre ses cerveaux, sans la racheter »
            rx = self.cues.denied_rx.get(pred)
            self._denied[pred, sent.start] = rx is not None and rx.search(self._text_of(sent)) is not None
        if self._denied[pred, sent.start]:
            return False
        key = (pred, fold(ms.label), fold(mo.label), sent.start)
        if key in self.seen:
            return False
        self.seen.add(key)
        modality, source = self._modality(sent, cue_tok, (min(ms.start, mo.start), max(ms.end, mo.end)))
        if source is not None and source in (s, o):
            source = None
        members = {side: self._plural_members(side) for side in (s, o)}
        if all(self.mentions[side].refers_to is None or self.mentions[side].refers_to in members[side] or not members[side]
               for side in (s, o)):             # (not for an antecedent a numbered plural leaves out)
            self.relations.append(Relation(
                subject=s, predicate=pred, object=o, start=sent.start_char, end=sent.end_char,
                extractor=extractor, confidence=conf, modality=modality, attributed_to=source, role=role))
        for side in (s, o):                     # « ces modèles »: every such entity of that sentence
            for k in members[side]:
                if k != self.mentions[side].refers_to:
                    self._add(pred, k if side == s else s, o if side == s else k, sent, extractor + "+plural",
                              conf * 0.9, cue_tok, role)
        return True

    _COUNTS = {"deux": 2, "trois": 3, "quatre": 4}

    def _plural_members(self, i: int) -> list[int]:
        """What a plural anaphora (« ces modèles », « tous deux »; ``plural_anaphora_starts``)
        stands for: every entity of its antecedent's type named in the antecedent's sentence,
        save the agents of a participle (« cofondé par X »); with a count (« tous trois »), the
        last that many, the antecedent among them. Empty for any other mention."""
        m = self.mentions[i]
        if m.refers_to is None or not m.text.lower().startswith(self.cues.plural_starts):
            return []
        ante = self.mentions[m.refers_to]
        out = [k for k, other in enumerate(self.mentions)
               if other.sent == ante.sent and other.type == ante.type and other.source != "coref"
               and not re.search(r"(?<!commencer )\bpar\s+$", self.text[max(0, other.start - 15):other.start])]
        count = next((n for w, n in self._COUNTS.items() if w in m.text.lower().split()), None)
        if not count or len(out) <= count:
            return out
        keep = out[-count:]                     # the last named (the antecedent among them when it is one)
        if m.refers_to in out and m.refers_to not in keep:
            keep = [*out[-count + 1:], m.refers_to]
        return keep

    def _sent_mentions(self, sent) -> list[int]:
        """Indices of the mentions in a sentence (mentions are fixed once relations start)."""
        if sent.start not in self._by_sent:
            self._by_sent[sent.start] = [i for i, m in enumerate(self.mentions)
                                         if sent.start_char <= m.start < sent.end_char]
        return self._by_sent[sent.start]

    def _relations(self) -> None:
        self.topic: int | None = None
        self._fronted_rivals: dict[int, tuple[frozenset, int]] = {}   # sentence start -> (rivals, main subject)
        self.we = self._we_org()                # (mentions are final now: see _add_we)
        for sent in self.sents:
            ms = self._sent_mentions(sent)
            if self._is_heading(sent):
                self.topic = next((i for i in ms if self.mentions[i].type in ("Team", "Organization")
                                   and self.mentions[i].start - sent.start_char <= 6), None)
                continue
            self._person_description(sent, ms)
            self._fronted_event(sent, ms)
            self._y_attendance(sent, ms)
            self._gap_relations(sent, ms)
            self._unnamed_parent(sent, ms)
            self._fronted_passive(sent, ms)
            self._fronted_career(sent, ms)
            self._fronted_role_pronoun(sent, ms)
            self._fronted_rivalry(sent, ms)
            self._clitic_successor(sent, ms)
            self._core_of(sent, ms)
            self._called_thing(sent, ms)
            self._pronoun_gap_relations(sent, ms)
            self._clitic_head(sent, ms)
            self._whose_head(sent, ms)
            self._partner_with_whom(sent, ms)
            self._counted_founders(sent, ms)
            n = len(self.relations)
            self._cue_relations(sent, ms)
            self._co_founders(sent, ms, self.relations[n:])
            self._possessive_relations(sent, ms)
            self._bare_role(sent, ms)
            self._post_given(sent, ms)
            self._left_for(sent, ms)
            self._takes_head(sent, ms)
            self._in_house(sent, ms)
            self._funding_round(sent, ms)
            self._round_participants(sent, ms)
            self._possessive_round(sent, ms)
            self._co_investors(sent, ms)            # after the rounds: it joins their investments
            self._fact_box(sent, ms)
            self._table_row(sent, ms)
            self._created_unit(sent, ms)
            self._seat_where(sent, ms)
            self._event_at(sent, ms)
            self._event_report(sent, ms)
            self._numbered_version(sent, ms)    # (after the rules that name a predecessor)
        self._team_context()
        self._no_partner_of_own_unit()
        self._no_organiser_participant()
        self._demonym_seats()                   # last: it adds mentions (the cities) after the index

    def _drop_read_between(self, pred: str, stated: str, key) -> None:
        """Drop the ``pred`` facts read between the two ends of a ``stated`` fact of the article, both
        ends taken by ``key`` (subject, object) -> a hashable pair."""
        pairs = {key(r.subject, r.object) for r in self.relations if r.predicate == stated}
        if pairs:
            self.relations = [r for r in self.relations if r.predicate != pred or key(r.subject, r.object) not in pairs]

    def _no_partner_of_own_unit(self) -> None:
        """« Je dirige X Research, notre laboratoire ... Nous travaillons avec l'équipe produit »: a unit
        is not its own parent's partner (a partnership read between the two ends of a ``subOrganizationOf``)."""
        label = lambda i: fold(self.mentions[i].label)
        self._drop_read_between("partnerOf", "subOrganizationOf", lambda s, o: frozenset((label(s), label(o))))

    def _no_organiser_participant(self) -> None:
        """« Organisé par Rhodalys Événements, le salon ... Rhodalys Événements a dévoilé »: who
        organises an event is its organiser, no participant (an edition is its event)."""
        label = lambda i: without_edition(fold(self.mentions[i].label))
        self._drop_read_between("participatedIn", "organizes", lambda s, o: (label(s), label(o)))

    def _clitic_obj(self, verb):
        """The object clitic (« le », « la », « l' ») right before a verb, if any."""
        return next((c for c in verb.children if c.dep_ == "obj" and c.i < verb.i and verb.i - c.i <= 2
                     and c.lower_.replace("’", "'") in ("le", "la", "l'")), None)

    def _cue_undone(self, pred: str, lemma: str, tok, sent, subj: int, objs: list[int]) -> bool:
        """Whether the words around a verb cue undo it (``cue_undone_by`` in cues.yaml): a form of the
        verb that is another construction's (« détenu par »), words after its last object (« propose Y
        dans son catalogue »), before its subject (« les actionnaires de X détiendront ») or anywhere
        in the sentence (« détient 80 % du marché »)."""
        undo = self.cues.cue_undone_by.get((pred, lemma))
        if undo is None:
            return False
        if tok.lower_ in undo.get("forms", ()):
            return True
        if "after_object" in undo and objs and undo["after_object"].match(
                self.text, self.mentions[objs[-1]].end, sent.end_char):
            return True
        if "before_subject" in undo and undo["before_subject"].search(
                self.text[sent.start_char:self.mentions[subj].start]):
            return True
        return "in_sentence" in undo and undo["in_sentence"].search(self._text_of(sent)) is not None

    def _counted_founders(self, sent, ms: list[int]) -> None:
        """« Kinetia a été cofondée en 2024 par deux anciens de Nvidia, Matthias Klose et Felix Amberg »:
        the people after a counted description are the founders of the organisation before the
        participle (a sentence-initial participle's founders are _fronted_passive's)."""
        for t in self.tok[sent.start + 1:sent.end]:
            if self._passive_predicate(t.text) != "founded" or (par := self._agent_par(t, sent)) is None:
                continue
            counted = _COUNTED_AGENTS.match(self.text, par.idx + len(par.text), sent.end_char)
            first = next((i for i in ms if counted and self.mentions[i].start == counted.end()
                          and self.mentions[i].type == "Person"), None)
            org = self._nearest_left(t.idx, ["Organization"], sent) if first is not None else None
            if org is not None:
                for i in [first, *self._list_from(first, ms, +1, ["Person"])]:
                    self._add("founded", i, org, sent, "counted-founders", 0.7, cue_tok=t)

    _WITH_WHOM = re.compile(r"\bavec\s+(?:qui|laquelle|lequel|lesquels|lesquelles)\s+(?P<subj>nous|elle|il|(?:la|le|l['’])\s*"
                            r"[\w\-]+(?:\s+[\w\-]+)?)\s+(?:a|ont|avait|avaient|avons|avions|vient\s+de|venons\s+de)\s+"
                            r"(?:déjà\s+|aussi\s+|également\s+)?(?:signé|conclu|noué|scellé|passé)\s+(?:un|une|des|plusieurs)\s+"
                            r"(?:[\w\-]+\s+)?(?:partenariat|accord|alliance|contrat|collaboration)s?\b", re.I)

    def _partner_with_whom(self, sent, ms: list[int]) -> None:
        """« Orichalque Studio, avec qui nous avons signé un partenariat », « Escale Cloud, un hébergeur
        installé à Roubaix avec lequel la start-up a signé un partenariat », « Fichelle Data, ..., avec
        lequel elle avait signé un contrat »: the organisation before and the subject (« nous »: the
        article's; a pronoun: the sentence's first other organisation) are partners. (A named subject:
        the ``partner-with-whom`` gap rule.)"""
        for m in self._WITH_WHOM.finditer(self._text_of(sent)):
            at = sent.start_char + m.start()
            orgs = [i for i in ms if self.mentions[i].type == "Organization" and self.mentions[i].end <= at]
            if not orgs:
                continue
            partner = orgs[-1]
            subj_at, subj_end = sent.start_char + m.start("subj"), sent.start_char + m.end("subj")
            word = m.group("subj").lower()
            if word == "nous":
                other = self.we
            elif word in ("elle", "il"):
                other = next((i for i in orgs if fold(self.mentions[i].label) != fold(self.mentions[partner].label)), None)
            else:
                other = next((i for i in ms if subj_at <= self.mentions[i].start < subj_end
                              and self.mentions[i].type == "Organization"), None)
            if other is not None:
                self._add("partnerOf", other, partner, sent, "with-whom", 0.7)

    _CLITIC_HEAD = re.compile(_JOB_ASIDE + r"\s*,\s*qui\s+(?:[^,;.«»]{0,80}?\s+et\s+)?(?:toujours\s+|aussi\s+|désormais\s+)?"
                              r"(?P<clitic>le|la|l['’])\s*(?:dirige|dirigeait|dirigera|préside|présidait|présidera|"
                              r"pilote|pilotait|pilotera|chapeaute|chapeautait)\b", re.I)

    def _clitic_head(self, sent, ms: list[int]) -> None:
        """« fondé par Lucie Andrianarivo, qui le dirige toujours », « X, qui a fondé Orichalque avec Y et
        le préside depuis », « Paul Girardot, qui le dirige, »: the person leads the organisation or
        team named last before the clitic, in the sentence or, failing that, in the one before."""
        for i in ms:
            if self.mentions[i].type != "Person" or self.mentions[i].source == "coref":
                continue
            m = self._CLITIC_HEAD.match(self.text, self.mentions[i].end, sent.end_char)
            if m is None:
                continue
            at = m.start("clitic")
            target = self._unit_held(i, sent, ms, at, anaphora=True)
            if target is None and self.mentions[i].start - sent.start_char <= 2:   # « Paul Girardot, qui le
                target = self._last_in_previous_sentence(      # dirige, et moi »: the sentence before's (not
                    at, lambda o: o.type in ("Team", "Organization"))   # when the clause before names it unnamed)
            if target is not None:
                self._add("leads", i, target, sent, "clitic-head", 0.65)

    def _unit_held(self, person: int, sent, ms: list[int], upto: int, anaphora: bool = False) -> int | None:
        """The organisation or team a clause on ``person`` (« qui en est le PDG », « qui le dirige »)
        refers to: after a fronted « Créée par X, qui la préside, et Y, Nexalis », the subject that
        follows the phrase; else the last one named before ``upto`` (no « ex- » one; an anaphora only
        if ``anaphora``)."""
        units = [o for o in ms if self.mentions[o].type in ("Team", "Organization") and not self._ex_prefixed(self.mentions[o])]
        fronted = _FRONTED_FOUNDING.match(self.text, sent.start_char)
        if fronted is not None and fronted.end() > self.mentions[person].start:
            return next((o for o in units if self.mentions[o].start >= fronted.end()), None)   # (« ..., la société
                                                                                              # équipe »: an anaphora too)
        return max((o for o in units if self.mentions[o].end <= upto and (anaphora or self.mentions[o].source != "coref")),
                   key=lambda o: self.mentions[o].start, default=None)

    # « , le laboratoire technologique de la compagnie »: an apposition opened by an article, up to a name
    # (_apposed_head wants the name right after « de »: not « de la compagnie aérienne Altamer »)
    _APPOSED_TO = re.compile(r"\s*,\s*(?:le|la|l['’]|un|une)\s*[^,;.«»()]{1,80}$")

    def _finite_between(self, start: int, end: int) -> bool:
        """Whether a finite verb stands between two character offsets (« Nvidia, l'Italienne a cofondé
        X, dont elle »: no apposition)."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return span is not None and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                        and t.dep_ in _CLAUSE_VERB_DEPS for t in span)   # (not « la compagnie
                                                                                         # aérienne » tagged a verb)

    def _whose_head(self, sent, ms: list[int]) -> None:
        """« Le quadragénaire rejoint Pistavel, le laboratoire technologique de la compagnie Altamer,
        dont il a pris la direction »: whoever takes the head in a relative « dont » (a pronoun's person
        or a name) leads the organisation it follows: the name before an apposition, not one inside it."""
        hits = [*self.cues.rx["whose_head"].finditer(self.text, sent.start_char, sent.end_char),
                *(self.cues.whose_role_rx.finditer(self.text, sent.start_char, sent.end_char)
                  if self.cues.whose_role_rx is not None else ())]
        for m in hits:
            before = [i for i in ms if self.mentions[i].end <= m.start()
                      and self.mentions[i].type in ("Organization", "Team")]
            if not before:
                continue
            unit = max(before, key=lambda i: self.mentions[i].end)
            role = m.groupdict().get("role")
            if self.mentions[unit].end != m.start() and not (
                    role is not None and not any(self.mentions[unit].end < self.mentions[k].start < m.start() for k in ms)
                    and self._APPOSED_TO.fullmatch(self.text, self.mentions[unit].end, m.start())
                    and not self._finite_between(self.mentions[unit].end, m.start())):
                continue                        # (after a role, the name may stand before an unnamed apposition:
                                                # « Signifia, la start-up parisienne ..., dont elle deviendra directrice »)
            head = max((i for i in before if self.mentions[i].end < self.mentions[unit].start
                        and self._APPOSED_TO.fullmatch(self.text, self.mentions[i].end, self.mentions[unit].start)
                        and not self._finite_between(self.mentions[i].end, self.mentions[unit].start)),
                       key=lambda i: self.mentions[i].end, default=None)
            unit = head if head is not None else unit
            who = m.group("who")
            if who.lower() in ("il", "elle"):
                person = self._last_person(m.start("who"), who)
            else:
                person = next((i for i in ms if self.mentions[i].start == m.start("who")
                               and self.mentions[i].type == "Person"), None)
            if person is None:
                continue
            if role is None:
                self._add("leads", person, unit, sent, "whose-head", 0.65)
            else:
                self._add(self._role_word_predicate(m.group("word"), role), person, unit, sent, "whose-role", 0.65,
                          role=role)

    _PRONOUN_GAP_RULES = frozenset({"role-copula", "role-appointed", "role-post", "succeeded-at-head", "recruited-by"})

    def _pronoun_gap_relations(self, sent, ms: list[int]) -> None:
        """« En mars, elle deviendra la directrice scientifique d'Edrys », « Il est devenu directeur
        technique de X », « Il a été recruté par X »: the person gap rules (``_PRONOUN_GAP_RULES``)
        with a subject pronoun for the person, who is the one « il » or « elle » stands for."""
        for t in self.tok[sent.start:sent.end]:
            if t.lower_ not in ("il", "elle") or not t.dep_.startswith("nsubj") \
                    or any(self.mentions[i].start == t.idx for i in ms):   # (a thing's pronoun: a mention)
                continue
            end = t.idx + len(t.text)
            org = next((i for i in ms if self.mentions[i].start > end), None)
            if org is None or not self._types(org) & {"Organization", "Team"}:
                continue
            gap = self.text[end:self.mentions[org].start]
            if len(gap) > 90:
                continue
            for rule in self.cues.gap_rules:
                if rule["id"] not in self._PRONOUN_GAP_RULES or not self._types(org) & rule["right_set"]:
                    continue
                m = rule["rx"].search(gap)
                if not m:
                    continue
                person = self._last_person(t.idx, t.text)
                if person is None:
                    break
                pred, role = self._role_predicate(m, gap) if rule["predicate"] == "role" else (rule["predicate"], None)
                if pred is not None:
                    if role and pred != "leftOrganization":
                        for other in self._other_role_predicates(role, pred):
                            self._add(other, person, org, sent, f"gap:{rule['id']}+pronoun", 0.75, role=role)
                    self._add(pred, person, org, sent, f"gap:{rule['id']}+pronoun", 0.75, role=role)
                break

    _CORE_OF = re.compile(r"(?:(?:le|au)\s+cœur\s+(?:technologique\s+)?(?:de|du|d['’])\s*"
                          r"|(?P<its>son)\s+cœur\s+(?:technologique\s+)?)", re.I)
    _CORE_BEFORE = re.compile(r"\bcœur\s+(?:technologique\s+)?(?:de|du|d['’])\s*$", re.I)
    _CORE_IS = re.compile(r"\s*(?:,\s*)?(?:(?:est|sera|reste|demeure)\s+(?:(?:le|la|l['’]|un|une)\s*"
                          r"(?:[^,;.«»]{0,50}?(?:\s+|\s*,\s*))?)?|on\s+trouve\s+)", re.I)   # (« est un modèle de
                                                                                         # langage maison, Y »)

    def _core_complement(self, tok_i: int) -> bool:
        """Whether the name at token ``tok_i`` follows « le cœur (technologique) de »: the copula after
        it (« Le cœur de X est un modèle, Y ») types the core, Y, not X."""
        return bool(self._CORE_BEFORE.search(self.text, max(0, self.idx[tok_i] - 30), self.idx[tok_i]))

    def _core_of(self, sent, ms: list[int]) -> None:
        """« Le cœur de Pantomime est Palinure 2 », « Son cœur est Cryos 2 » (the product the
        article is about), « Au cœur de X, on trouve Y »: the core goes into the product."""
        text = self._text_of(sent)
        for m in self._CORE_OF.finditer(text):
            at = sent.start_char + m.end()
            if m.group("its"):
                host = self._antecedent(sent.start_char + m.start(), "Product")
                after = at
            else:
                host = next((i for i in ms if self.mentions[i].start == at), None)
                after = self.mentions[host].end if host is not None else None
            if host is None or self.mentions[host].type != "Product":
                continue
            core = next((i for i in ms if self.mentions[i].start >= after and self.mentions[i].type in ("AIModel", "Product")
                         and self._CORE_IS.fullmatch(self.text, after, self.mentions[i].start)), None)
            if core is not None:
                self._add("integratedInto", core, host, sent, "core-of", 0.7)

    _DEMONYM_DETS = frozenset("le la l' l’ un une son sa votre notre leur ce cet cette".split())
    _DEMONYM_NAME_DETS = _DEMONYM_DETS | {"du", "au"}   # (« les serveurs du roubaisien OVHcloud »)

    def _demonym_seats(self) -> None:
        """« la start-up toulousaine », « Matelot Games, un studio bordelais, », « le toulousain
        Naïo », « l'éditeur parisien Pelicorne »: an organisation a city's adjective qualifies
        (``place_demonyms``) is based in that city, which gets a Place mention on the adjective."""
        dem = self.cues.place_demonyms
        named = len(self.mentions)              # (the places named as such, before the adjectives' cities)
        for i, word in enumerate(self.texts):
            if word not in dem:              # (lower case only: « le Lyonnais Jean X » is a person)
                continue
            org, how = self._demonym_org(i)
            if org is None:
                continue
            tok = self.tok[i]
            city = dem[word]
            entry = self.lex.lookup(city)
            self.mentions.append(Mention(text=word, start=tok.idx, end=tok.idx + len(word), type="Place",
                                         label=city, key=entry.id if entry and "Place" in entry.types else None,
                                         sent=self._sent_index(i), source="pattern"))
            self._add("headquarteredIn", org, len(self.mentions) - 1, self._sent(i), f"demonym:{how}", 0.7)
        for p in range(named):                  # « Cairnac, une start-up de Rodez », « X, maison d'Épernay »
            m = self.mentions[p]
            if m.type != "Place" or m.source == "coref":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            i = span.start if span is not None else None
            if i is None or i < 2 or self.texts[i - 1].lower().replace("’", "'") not in ("de", "d'"):
                continue
            j = self._org_noun_start(i - 2)
            org = self._apposed_org(j, m.end) if j is not None else None
            if org is not None:
                self._add("headquarteredIn", org, p, self._sent(i), "apposition:seat", 0.7)

    def _org_noun_start(self, j: int) -> int | None:
        """Where an organisation noun ending at token ``j`` starts (« studio », « start-up »,
        « jeune pousse »), or None."""
        lo = self._sent(j).start
        for k in range(j, max(lo, j - 3) - 1, -1):
            phrase = self.text[self.tok[k].idx:self.tok[j].idx + len(self.texts[j])]
            if self.cues.type_nouns.get(fold(phrase)) == "Organization" or phrase in self.cues.demonym_org_nouns:
                return k
        return None

    def _demonym_org(self, i: int) -> tuple[int | None, str]:
        """The organisation mention the city adjective at token ``i`` qualifies, if any, and how
        (``name``, ``anaphora``, ``apposition``)."""
        sent = self._sent(i)
        org = lambda k: k is not None and self.mentions[k].type == "Organization"
        nxt = self.tok_mention.get(i + 1) if i + 1 < sent.end else None
        j = self._org_noun_start(i - 1) if i > sent.start else None   # the noun it follows,
        if j is None and i - 2 >= sent.start and self.pos[i - 1] == "ADJ":   # past one adjective
            j = self._org_noun_start(i - 2)
        if j is None and i - 3 >= sent.start and self.texts[i - 2].lower() in ("de", "d'", "d’"):
            j = self._org_noun_start(i - 3)     # « le cabinet d'affaires parisien X »
        if j is None and i - 5 >= sent.start and self.texts[i - 2] == "-" and self.texts[i - 4].lower() in ("de", "d'", "d’"):
            j = self._org_noun_start(i - 5)     # « une société de capital-risque nantaise »
        name_at = i + 1
        if not org(nxt) and i + 2 < sent.end and self.texts[i + 1].lower().replace("’", "'") in ("de", "d'"):
            k = i + 2                           # « l'opérateur bordelais de vélos en libre-service Rouelle »: past a
            while k < min(sent.end, i + 9) and (self.texts[k] == "-" or self.texts[k].islower() and (
                    self.pos[k] in ("NOUN", "ADJ") or self.texts[k].replace("’", "'") in ("de", "d'", "du", "des", "en", "et"))):
                k += 1                          # complement of nouns and adjectives (not « le groupe lyonnais de X »,
                                                # « quitte le réseau bordelais de cliniques pour rejoindre X »)
            after = self.tok_mention.get(k) if k < sent.end and k > i + 2 else None
            if org(after) and self.mentions[after].start == self.tok[k].idx:
                nxt, name_at = after, k
        if org(nxt) and self.mentions[nxt].start == self.tok[name_at].idx and (
                j is not None or i > sent.start and self.texts[i - 1].lower() in self._DEMONYM_NAME_DETS
                or self._trade_noun(i - 1)):
            return nxt, "name"                  # « le toulousain Naïo », « l'éditeur parisien Pelicorne », « les
                                                # serveurs du roubaisien OVHcloud »
        if i > sent.start and fold(self.texts[i - 1]) in ("siege", "quartier general") and i + 2 < sent.end \
                and self.texts[i + 1].lower().replace("’", "'") in ("de", "d'", "du"):
            k = i + 3 if self.texts[i + 2].lower().replace("’", "'") in ("la", "l'") else i + 2
            seat = self.tok_mention.get(k) if k < sent.end else None
            if org(seat) and self.mentions[seat].start == self.tok[k].idx:
                return seat, "seat"             # « Au siège parisien d'Auvrac », « au siège orléanais du BRGM »
        own = self.tok_mention.get(i)           # an anaphora the adjective belongs to
        if j is None and own is not None and org(own) and self.mentions[own].source == "coref":
            return own, "anaphora"              # « le torréfacteur marseillais » (see Cues.trade_anaphora_rx)
        if j is None:
            return None, ""
        here = self.tok_mention.get(j)
        if org(here) and self.mentions[here].source == "coref":
            return here, "anaphora"             # « la start-up toulousaine » (the anaphora's antecedent)
        return self._apposed_org(j, self.tok[i].idx + len(self.texts[i])), "apposition"   # « X, un studio bordelais »

    def _trade_noun(self, k: int) -> bool:
        """Whether token ``k`` is a common noun after a determiner that names no job (« l'ascensoriste
        villeurbannais Hélicorde », « le torréfacteur marseillais Sabaterre »): a trade, which a
        company's name may follow (not « le chercheur lyonnais X »)."""
        return k > self._sent(k).start and self.pos[k] == "NOUN" and self.texts[k][:1].islower() \
            and self.texts[k - 1].lower() in self._DEMONYM_DETS and fold(self.texts[k]) not in self.cues.role_words

    def _apposed_org(self, j: int, end: int) -> int | None:
        """The organisation named right before an apposition whose organisation noun starts at
        token ``j`` and whose description ends at offset ``end``: « Matelot Games, un (petit) studio
        ... », « Champagne Bessancourt, maison ... ». None when an organisation's name follows the
        description (« Anthropic, le géant de Menlo Park, Meta »: the description is Meta's)."""
        after = re.match(r"[^,;.]{0,40}?,\s*", self.text[end:end + 60])
        if after is not None and any(m.start == end + after.end() and m.type == "Organization" and m.source != "coref"
                                     for m in self.mentions):
            return None
        lo = self._sent(j).start
        k = j - 1
        while k > lo and self.pos[k] == "ADJ":
            k -= 1
        if k > lo and self.texts[k].lower() in self._DEMONYM_DETS:
            k -= 1
        if k > lo and self.texts[k] == ",":
            before = self.tok_mention.get(k - 1)
            if before is not None and self.mentions[before].type == "Organization" \
                    and self.mentions[before].source != "coref" and self.mentions[before].end == self.tok[k].idx:
                return before
        return None

    _FACT_KEY = re.compile(r"[ \t]*(?:[-–—•*▪►][ \t]*)?(?P<key>[^\W\d][\w’'\- ]{1,30}?)[ \t]*:[ \t]*")
    _ROLE_IN_BRACKETS = re.compile(r"\s*\(\s*(?P<role>[^()]{2,40}?)\s*\)")

    def _fact_rule(self, start: int, end: int) -> tuple[dict | None, int]:
        """The ``fact_box`` rule of the « Key : » line that starts at ``start``, when its key ends
        before ``end``, and where its values start."""
        m = self._FACT_KEY.match(self.text, start, end)
        return (self.cues.fact_box.get(fold(m.group("key").strip())), m.end()) if m else (None, start)

    def _fact_box(self, sent, ms: list[int]) -> None:
        """A fact box's « Key : values » line (« - Siège : Grenoble », « Fondateurs : A (PDG) et B »,
        « Investisseurs : X, Y »; keys in ``fact_box`` of cues.yaml): each value is in the key's
        relation with the box's organisation, the one a heading named (« Quadrille en bref »),
        else an interview's, else the salient one. A role in brackets after a person is a job
        there (« A (PDG) »)."""
        rule, start = self._fact_rule(sent.start_char, sent.end_char)
        if rule is None:
            self._fact_line(sent, ms)
            return
        owner = self.topic if self.topic is not None else self.we
        if owner is None:
            owner = self._antecedent(sent.start_char, "Organization")
        if owner is None:
            return
        self._fact_values(rule, owner, [v for v in ms if self.mentions[v].start >= start], sent,
                          sent.end_char, "factbox", 0.8)

    def _fact_values(self, rule: dict, owner: int, values: list[int], sent, end: int, how: str,
                     conf: float, post: str | None = None) -> None:
        """Each of ``values`` of the rule's types in the ``fact_box`` rule's relation with
        ``owner`` (an organisation, or what the rule's ``owner_types`` say); a person's role in
        brackets (« A (PDG) », before ``end``) a job there. A person's ``post`` (a table's « Poste »
        column) is the role of the job the rule gives (a head's post: leads)."""
        if self.mentions[owner].type not in rule.get("owner_types", ("Organization",)):
            return
        words = post.split() if post and rule["predicate"] == "worksFor" else []
        word = next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                     if fold(" ".join(words[:n])) in self.cues.role_words), None)   # « directeur général »
        for v in values:
            mv = self.mentions[v]
            if mv.type not in rule["types"] or fold(mv.label) == fold(self.mentions[owner].label):
                continue
            s, o = (v, owner) if rule["owner"] == "object" else (owner, v)
            if word is not None:
                self._add(self._role_word_predicate(word, post), s, o, sent, f"{how}:role", conf, role=post)
                continue
            self._add(rule["predicate"], s, o, sent, f"{how}:{rule['predicate']}", conf)
            paren = self._ROLE_IN_BRACKETS.match(self.text, mv.end, end) if mv.type == "Person" else None
            if paren and fold(paren.group("role").split()[0]) in self.cues.role_words:
                role = paren.group("role")
                pred = self._role_word_predicate(role.split()[0], role)
                if pred in ("leads", "worksFor"):
                    self._add(pred, v, owner, sent, f"{how}:role", conf, role=role)

    _OWNER_LINE = re.compile(r"[ \t]*(?:[-–—•*▪►][ \t]*)?(?P<owner>[^:;\n]{2,50}?)[ \t]*:[ \t]*")

    def _fact_line(self, sent, ms: list[int]) -> None:
        """« - Aleph Alpha : siège à Heidelberg ; fondateurs Jonas Andrulis, Samuel Weinbach ;
        soutiens Schwarz, Bosch, SAP »: a list item that names an organisation, then « ; »-separated
        facts, each opening on a ``fact_box`` key: the key's relation between the organisation and
        the names of its segment."""
        head = self._OWNER_LINE.match(self.text, sent.start_char, sent.end_char)
        if head is None or ";" not in self.text[head.end():sent.end_char]:
            return
        owner = next((i for i in ms if self.mentions[i].start == head.start("owner")
                      and self.mentions[i].end == head.end("owner") and self.mentions[i].type == "Organization"), None)
        if owner is None:
            return
        pos = head.end()
        for segment in self.text[head.end():sent.end_char].split(";"):
            lo, hi = pos, pos + len(segment)
            pos = hi + 1
            words = fold(segment).split()
            rule = next((self.cues.fact_box[k] for n in (3, 2, 1) if len(words) > n
                         and (k := " ".join(words[:n])) in self.cues.fact_box), None)
            if rule is not None:
                self._fact_values(rule, owner, [v for v in ms if lo <= self.mentions[v].start and self.mentions[v].end <= hi],
                                  sent, hi, "factline", 0.75)

    _TABLE_ROW = re.compile(r"[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.M)
    _TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$", re.M)

    def _table_rows(self) -> dict[int, list[tuple[int, int, dict | None]]]:
        """The body rows of the article's tables (Markdown pipes, as trafilatura also writes HTML
        tables): each row's start -> its cells as (start, end, rule), the rule being the
        ``fact_box`` rule of the column's header (None for a header that is no key), read from the
        header row above the ``|---|`` line; a first column headed by a type noun (« Entreprise »)
        gets ``{"types": [that type]}``."""
        if self._tables is None:
            self._tables = {}
            lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", self.text) if m.group()]
            header: list | None = None
            for n, (start, line) in enumerate(lines):
                row = self._TABLE_ROW.match(line)
                if row is None:
                    header = None
                elif self._TABLE_RULE.fullmatch(line):
                    prev = self._TABLE_ROW.match(lines[n - 1][1]) if n else None
                    names = [fold(c.strip().strip("*_ ")) for c in prev.group("cells").split("|")] if prev else []
                    header = [self.cues.fact_box.get(k) for k in names] or None
                    if header and header[0] is None and self.cues.type_nouns.get(names[0]):
                        header[0] = {"types": [self.cues.type_nouns[names[0]]]}   # « Entreprise »
                    elif header and (header[0] or {}).get("predicate") == "develops":
                        header = header[:1] + [{"types": ["Organization"], "maker": True}
                                               if k in self.cues.table_maker_keys else rule
                                               for k, rule in zip(names[1:], header[1:])]   # « | Modèle | Éditeur | »
                    elif header and header[0] is None and names[0] in self.cues.table_person_keys and any(
                            "Person" in (rule or {}).get("owner_types", ()) for rule in header[1:]):
                        # « | Qui | Quitte | Rejoint | Poste | »: a row per person, a column of posts
                        header = [{"types": ["Person"]}] + [{"types": [], "role": True}
                                                            if k in self.cues.table_role_keys else rule
                                                            for k, rule in zip(names[1:], header[1:])]
                elif header is not None:
                    cells, pos = [], start + row.start("cells")
                    for k, cell in enumerate(row.group("cells").split("|")):
                        cells.append((pos, pos + len(cell), header[k] if k < len(header) else None))
                        pos += len(cell) + 1
                    self._tables[start] = cells
        return self._tables

    _CELL_CHUNK = re.compile(r"[^,;/()]+?(?=\s*(?:,|;|/|\bet\b|\(|$))")

    def _table_cells(self, cands: list[_Cand]) -> list[_Cand]:
        """In a table's rows, no name runs over a cell's border (spaCy reads « Talwen | Brest »
        as one name), and each capitalised item of a cell (« Maëlle Trébaol, Erwan Yhuel ») is a
        name of the type its column's header gives (a ``fact_box`` key's types, or a type noun
        such as « Entreprise » for the first column), unless the lexicon knows it."""
        rows = self._table_rows()
        if not rows:
            return cands
        added: list[_Cand] = []
        for cells in rows.values():
            for lo, hi, rule in cells:
                types = rule["types"] if rule is not None else []
                for m in self._CELL_CHUNK.finditer(self.text, lo, hi) if types else ():
                    chunk = m.group().strip()
                    s = m.start() + len(m.group()) - len(m.group().lstrip())
                    e = s + len(chunk)
                    if not chunk[:1].isupper() or len(chunk.split()) > 5 or any(
                            c.source == "lexicon" and c.start <= s and e <= c.end for c in cands):
                        continue
                    typ = next((c.type for c in cands if c.start == s and c.end == e and c.type in types), types[0])
                    added.append(_Cand(s, e, typ, "pattern", prio=4))
        spans = [(m.start(), m.end()) for m in self._TABLE_ROW.finditer(self.text)]   # (header rows too)
        kept = [c for c in cands if not any(lo <= c.start < hi and "|" in self.text[c.start:c.end]
                                             for lo, hi in spans)]
        return kept + added

    def _table_row(self, sent, ms: list[int]) -> None:
        """A table's row (« | Talwen | Brest | Maëlle Trébaol, Erwan Yhuel | Bpifrance | » under
        « | Entreprise | Ville | Fondateurs | Investisseurs | »): the organisation named in its
        first cell is in each keyed column's relation (``fact_box`` keys in cues.yaml) with the
        names of that column's cell, as in a fact box; a role in brackets is a job there."""
        line = self.text.rfind("\n", 0, sent.start_char + 1) + 1
        cells = self._table_rows().get(line) if self.text.startswith("|", line) \
            or self.text[line:sent.start_char].strip() == "" else None
        if not cells:
            return
        names = [i for i, m in enumerate(self.mentions) if cells[0][0] <= m.start and m.end <= cells[-1][1]
                 and m.source != "coref"]
        if "predicate" in (cells[0][2] or {}):  # (the first column is what the row is about: a model)
            made = next((i for i in names if self.mentions[i].type in ("AIModel", "Product")
                         and self.mentions[i].end <= cells[0][1]), None)
            for lo, hi, rule in cells[1:] if made is not None else ():
                for i in names if (rule or {}).get("maker") else ():
                    if lo <= self.mentions[i].start and self.mentions[i].end <= hi:
                        self._add("develops", i, made, sent, "table", 0.8)
            return
        owner_type = ((cells[0][2] or {}).get("types") or ["Organization"])[0]   # (a table of people: Person)
        owner = next((i for i in names if self.mentions[i].type == owner_type
                      and self.mentions[i].end <= cells[0][1]), None)
        if owner is None:
            return
        post = next((self.text[lo:hi].strip(" *_") for lo, hi, rule in cells[1:] if (rule or {}).get("role")), None)
        for lo, hi, rule in cells[1:]:
            if rule is not None and not rule.get("role"):
                self._fact_values(rule, owner, [i for i in names if lo <= self.mentions[i].start
                                                and self.mentions[i].end <= hi], sent, hi, "table", 0.8,
                                  post=post or None)

    def _seat_where(self, sent, ms: list[int]) -> None:
        """« La société emploie 45 personnes à Bordeaux, où elle a son siège »: the place before
        « , où elle a son siège » is the seat of the sentence's subject organisation."""
        for i in ms:
            if self.mentions[i].type != "Place" or not _SEAT_WHERE.match(self.text, self.mentions[i].end, sent.end_char):
                continue
            subj = next((k for k in ms if self.mentions[k].type == "Organization" and self.mentions[k].end <= self.mentions[i].start
                         and self._is_subject(k, main=True)), None)
            if subj is not None:
                self._add("headquarteredIn", subj, i, sent, "seat-where", 0.7)

    def _creator(self, m: Mention) -> int | None:
        """The organisation that is the subject of the verb creating the name ``m`` (« Korvelin a
        annoncé la création de X »), not a founder (« A a démissionné pour cofonder X »). Read from
        the parse, not :meth:`_subject_syntax`: it also serves the typing of mentions, before the
        token -> mention table exists."""
        k = self._token_at(m.start)
        if k is None or k == 0 or self.lemmas[k - 1] in self.cues.founding_verbs:
            return None
        tok, steps = self.tok[k], 0
        while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and steps < 4:
            tok, steps = tok.head, steps + 1
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is None:
            return None
        return next((i for i, o in enumerate(self.mentions) if o.type == "Organization" and o.end <= m.start
                     and o.start <= subj.idx < o.end and o.source != "coref"), None)

    def _created_unit(self, sent, ms: list[int]) -> None:
        """« Korvelin a annoncé la création de Lirondelle, un laboratoire d'IA »: a team created by
        the organisation the sentence names before it is its unit."""
        for i in ms:
            m = self.mentions[i]
            if m.type != "Team" or m.source == "coref" or not _CREATED_UNIT.match(self.text, m.end) \
                    or not self._created_at(m.start):
                continue
            owner = self._creator(m)
            if owner is not None:
                self._add("subOrganizationOf", i, owner, sent, "created-unit", 0.7)

    def _text_of(self, sent) -> str:
        """``sent.text`` without building a Token per word (Span.text joins every token's text)."""
        return self.text[sent.start_char:sent.end_char]

    def _span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, sliced from the article's text, as :meth:`_text_of` (no Span made)."""
        if end <= start:
            return ""
        last = self.tok[end - 1]
        return self.text[self.tok[start].idx:last.idx + len(last)]

    def _toks(self, sent) -> list:
        """``list(sent)``, built once per sentence (each Span iteration makes new Token objects)."""
        toks = self._sent_toks.get(sent.start)
        if toks is None:
            toks = self._sent_toks[sent.start] = self.tok[sent.start:sent.end]
        return toks

    def _is_heading(self, sent) -> bool:
        text = self._text_of(sent).strip()
        if not text or text[-1] in '.!?;…»"|' or len(sent) > HEADING_MAX_TOKENS or _BULLET.match(text):
            return False                        # (a list's item is none: « - Siège : Grenoble »; nor a table's row)
        return (sent.end >= len(self.doc) or "\n" in self.doc[sent.end - 1].text_with_ws
                or self.doc[sent.end - 1].is_space or "\n" in self.text[sent.end_char:sent.end_char + 2])

    # -- modality

    def _modality(self, sent, cue_tok=None, span: tuple[int, int] | None = None) -> tuple[str, int | None]:
        """asserted, reported (with its source) or hedged. Hedge words count only between the two
        mentions or just before them (« Hassabis, le patron de DeepMind, a estimé que l'AGI pourrait
        arriver » does not hedge the apposition); reporting counts for the whole sentence."""
        raw = self.cues.raw
        text = self._text_of(sent)
        local = text if span is None else self.text[max(sent.start_char, span[0] - 40):span[1]]
        hedged = bool(self.cues.rx["hedged.patterns"].search(local))
        if cue_tok is not None:
            toks = [t.i for t in cue_tok.ancestors] + [cue_tok.i] + [t.i for t in cue_tok.children]
        elif span is not None:
            toks = [k for k in range(sent.start, sent.end) if span[0] <= self.idx[k] < span[1]]
        else:
            toks = range(sent.start, sent.end)
        lemmas, cond = self.lemmas, self._conditional()
        hedge_lemmas, hedge_cond = self.cues.hedged_lemmas
        if any(lemmas[k] in hedge_lemmas or cond[k] and lemmas[k] in hedge_cond for k in toks):
            hedged = True
        source = self._source(sent)
        if hedged:
            return "hedged", source
        reported = bool(self.cues.rx["reported.markers"].search(text)) or source is not None
        if not reported:
            reported = any(cond[k] for k in toks)
        return ("reported" if reported else "asserted"), source

    def _conditional(self) -> list[bool]:
        """Per token, whether it is in the conditional mood (``Mood=Cnd``), read once per article
        from the morphology's hashes (``Token.morph`` builds an object at every call)."""
        if self._cond is None:
            strings, known = self.doc.vocab.strings, self.ex.conditional_morphs
            out = []
            for h in self.doc.to_array("MORPH").tolist():
                flag = known.get(h)
                if flag is None:
                    flag = known[h] = "Mood=Cnd" in strings[h].split("|")
                out.append(flag)
            self._cond = out
        return self._cond

    def _source(self, sent) -> int | None:
        """The source a sentence reports (« selon Axios »), or the last person for « selon lui »."""
        if sent.start not in self._sources:
            self._sources[sent.start] = self._find_source(sent)
        return self._sources[sent.start][0]

    def _media_source(self, sent) -> int | None:
        """The mention of an organisation a sentence names as its source (« Selon Les Échos, »,
        « D'après le quotidien X »): no party to the sentence's facts (unlike a person, « Selon X,
        qui préside l'entreprise », or « explique X, PDG de Y »)."""
        if sent.start not in self._sources:
            self._sources[sent.start] = self._find_source(sent)
        return self._sources[sent.start][1]

    def _find_source(self, sent) -> tuple[int | None, int | None]:
        for i in self._sent_mentions(sent):
            m = self.mentions[i]
            if m.type not in ("Organization", "Person"):
                continue
            before = self.text[max(sent.start_char, m.start - 70):m.start]
            if self.cues.rx["reported.before_source"].search(before):
                media = i if m.type == "Organization" and self.cues.rx["reported.media_before_source"].search(before) else None
                return (m.refers_to if m.refers_to is not None else i), media
        if self.cues.rx["reported.pronoun_source"].search(self._text_of(sent)):
            people = [i for i, m in enumerate(self.mentions)
                      if m.type == "Person" and m.start < sent.start_char and m.source != "coref"]
            if people:
                return people[-1], None
        return None, None

    # -- mention-pair rules (the text between two mentions)

    def _list_link(self, gap: str) -> bool:
        """Whether the text ``gap`` between two names links them as a list: « , », « et », « puis par »
        (``LIST_GAP``), or « et sa sœur » (``Cues.kin_link_rx``)."""
        return bool(LIST_GAP.match(gap) or self.cues.kin_link_rx.match(gap))

    def _list_from(self, idx: int, ms: list[int], step: int, types: list[str]) -> list[int]:
        """Mentions joined to ``idx`` as a list (« OpenAI, Google et Anthropic »).
        An anaphora (« le géant ») heads no list."""
        out = []
        if self.mentions[idx].source == "coref" or idx not in ms:
            return out
        pos = ms.index(idx)
        cur = idx
        bare = []                               # whether each link is a bare comma
        role_aside = False                      # whether a role apposition was just stepped over
        while 0 <= pos + step < len(ms):
            nxt = ms[pos + step]
            if self._ex_prefixed(self.mentions[nxt]) and 0 <= pos + 2 * step < len(ms):
                pos += step                     # « A, un ex-Google, et B »: inside an apposition
                continue
            if step > 0 and 0 <= pos + 2 * step < len(ms) and (
                    opened := _OPEN_APPOSITION.match(self.text[self.mentions[cur].end:self.mentions[nxt].start])) \
                    and _ROLE_APPOSED_LIST.match(self.text[self.mentions[cur].end:self.mentions[ms[pos + 2 * step]].start]) \
                    and (k := self._token_at(self.mentions[cur].end + opened.start(1))) is not None \
                    and (self.pos[k] in ("NOUN", "ADJ") or self.pos[k] in ("ADV", "DET") and k + 1 < len(self.pos)
                         and self.pos[k + 1] in ("NOUN", "ADJ")):   # (« jusqu'ici directrice de C », « une
                pos += step                     # ancienne de C »): « A, fondateur de la fintech C, et B »: C is
                                                # in A's apposition
                role_aside = True
                continue
            a, b = (cur, nxt) if step > 0 else (nxt, cur)
            gap = self.text[self.mentions[a].end:self.mentions[b].start]
            article_link = step > 0 and _ARTICLE_LINK.fullmatch(gap) is not None and self.mentions[nxt].source != "coref" \
                and self.text[self.mentions[nxt].start:self.mentions[nxt].start + 1].isupper()
            if not (self._list_link(gap) or _APPOSED_LIST.match(gap) or role_aside or article_link) \
                    or not (self._types(nxt) & set(types)) or self._is_source_mention(self.mentions[nxt]):
                break
            if step > 0 and (p := _LINK_PREP.search(gap)) and (q := _PREP_BEFORE.search(
                    self.text, max(0, self.mentions[idx].start - 40), self.mentions[idx].start)) \
                    and _PREP_FAMILY[fold(p.group(1))] != _PREP_FAMILY[fold(q.group(1))]:
                break                           # « la filiale d'Alphabet, et à Tesla »: another phrase
            out.append(nxt)
            role_aside = False
            bare.append(bool(re.fullmatch(r"\s*,\s*", gap)) or article_link)
            cur, pos = nxt, pos + step
        if step > 0 and out and bare[-1]:
            # a list ends with « et », « ou »: « de DeepL, Parlance emploie » is no list, while
            # « Facebook, Instagram, WhatsApp, et la nouvelle application » is one
            after = self.text[self.mentions[out[-1]].end:self.mentions[out[-1]].end + 12]
            if not _LIST_GOES_ON.match(after):
                while out and bare[-1]:
                    out.pop()
                    bare.pop()
        if step < 0 and out and bare[0]:
            out = []                            # read leftwards, the same: « de Boston Dynamics, Parallax a levé »
        return out

    _ORG_NOUN_TAIL = re.compile(r"(?P<det>\b(?:la|le|les|l['’]))\s*(?P<noun>[\w\-]+)(?:\s+[a-zà-ÿ][\w\-]*)?\s+$")

    def _without_org_noun(self, gap: str) -> str | None:
        """A gap that ends on an article, an organisation's type noun and maybe an adjective before the
        right name (« président de la coopérative », « directeur de la start-up bordelaise »), with the
        noun phrase cut to its article; None when it does not end so."""
        hit = self._ORG_NOUN_TAIL.search(gap)
        if hit is None or self.cues.type_nouns.get(fold(hit.group("noun"))) != "Organization":
            return None
        return gap[:hit.end("det")] + " "

    def _gap_relations(self, sent, ms: list[int]) -> None:
        cues = self.cues
        pairs = [(a, b, False) for a, b in zip(ms, ms[1:])]
        # « Sarvam AI, la start-up de Bangalore cofondée par A »: rules marked across_places also
        # read over one place named in between
        pairs += [(a, c, True) for a, b, c in zip(ms, ms[1:], ms[2:])
                  if self.mentions[b].type == "Place" and (self.mentions[a].source != "coref" or re.fullmatch(
                      r"\s+(?:de|d['’])\s*", self.text[self.mentions[a].end:self.mentions[b].start]))]
        #   (« Le groupe de Cupertino, dirigé par Tim Cook »: an anaphora described by its place too)
        # « Nexalis, qui concurrence l'allemand Helsing sur ce marché, avait levé ... auprès d'Eurazeo »:
        # a relative clause set off by commas after the left mention is read over
        skip: dict[tuple[int, int], int] = {}
        for k, a in enumerate(ms):
            rel = _RELATIVE_ASIDE.match(self.text, self.mentions[a].end)
            if rel is None and self.mentions[a].type == "Person":   # « X, ex-OpenAI, a été nommé directeur
                rel = self.cues.rx["former_aside"].match(self.text, self.mentions[a].end)   # général de Dorémi »
            if rel is None or self.mentions[a].source == "coref":
                continue
            c = next((x for x in ms[k + 1:] if self.mentions[x].start >= rel.end()), None)
            if c is not None:
                pairs.append((a, c, False))
                skip[(a, c)] = rel.end()
        # « Applied Deep Learning Research (ADLR) de Nvidia »: the acronym in brackets is read over
        for a, b, c in zip(ms, ms[1:], ms[2:]):
            ma, mb = self.mentions[a], self.mentions[b]
            if mb.label == ma.label and re.fullmatch(r"\s*\(\s*", self.text[ma.end:mb.start]) \
                    and self.text[mb.end:mb.end + 1] == ")":
                pairs.append((a, c, False))
                skip[(a, c)] = mb.end + 1
        for a, b, across in pairs:
            ma, mb = self.mentions[a], self.mentions[b]
            ta, tb = self._types(a), self._types(b)     # (once per pair, not per rule)
            rules = cues.gap_rules_for(ta, tb)
            if not rules:
                continue
            gap = self.text[skip.get((a, b), ma.end):mb.start]
            if gap.startswith(".,") and ma.label.endswith(("Inc", "Corp", "Ltd", "Co")):
                gap = gap[1:]                   # « Cabestan Inc., sera basée à Boston »
            if len(gap) > _MAX_GAP:
                continue
            bare = self._without_org_noun(gap) if "Organization" in tb else None
            for rule in rules:
                if across and not rule.get("across_places"):
                    continue
                if len(gap) > rule.get("max_gap", 90):   # (a long apposition: « X, une jeune pousse ... , rachetée par »)
                    continue
                if rule.get("left_of") and not (ta & rule["left_set"]):
                    # « les modèles Qwen d'Alibaba seront intégrés à iOS »: the model, not its maker
                    k = ms.index(a)
                    if k > 0 and self._types(ms[k - 1]) & set(rule["left"]) and \
                            re.fullmatch(r"\s+(?:de|du|d['’])\s*", self.text[self.mentions[ms[k - 1]].end:ma.start]):
                        if rule["rx"].search(gap) and tb & rule["right_set"]:
                            self._add(rule["predicate"], ms[k - 1], b, sent, f"gap:{rule['id']}", 0.8)
                    continue
                if not (ta & rule["left_set"]) or not (tb & rule["right_set"]):
                    continue
                if rule.get("left_source") and ma.source != rule["left_source"]:
                    continue
                if rule.get("left_text") and not re.search(rule["left_text"], ma.text, re.I):
                    continue
                if rule.get("not_right_text") and re.search(rule["not_right_text"], mb.label):
                    continue
                if rule.get("not_followed_by"):
                    nxt = ms[ms.index(b) + 1] if ms.index(b) + 1 < len(ms) else None
                    if nxt is not None and self.mentions[nxt].type in rule["not_followed_by"] \
                            and re.fullmatch(r"\s*,\s*", self.text[mb.end:self.mentions[nxt].start]):
                        continue                # « A, le géant de P, B »: the descriptor is B's
                m, read = rule["rx"].search(gap), gap
                if not m and bare is not None and (m := rule["rx"].search(bare)):
                    read = bare                 # « a été élu président de la coopérative Hortimaures »: read as
                if not m:                       # « président de Hortimaures »
                    continue
                mbefore = None
                if rule["not_before_rx"] is not None and rule["not_before_rx"].search(self.text[sent.start_char:ma.start]):
                    continue
                if rule["before_rx"] is not None:
                    mbefore = rule["before_rx"].search(self.text[sent.start_char:ma.start])
                    if not mbefore:
                        continue
                    if "role" in mbefore.groupdict() and self._just_before(
                            sent.start_char + mbefore.start("role"), ["Person"]) is not None:
                        continue                # « avec A, responsable de l'IA chez Airbus, B, ... »: A's role
                mafter = None
                if rule["after_rx"] is not None:   # the words after the right mention (« est la présidente »)
                    mafter = rule["after_rx"].match(self.text, mb.end, sent.end_char)
                    if not mafter:
                        continue
                pred = rule["predicate"]
                if pred == "role" and re.search(r"\b(?:originaire|natif|native|née?|issue?)s?\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?$", read):
                    continue                    # « une ingénieure agronome originaire de Saint-Émilion »: a birthplace
                role = None
                subj, obj = (b, a) if rule.get("reverse") else (a, b)
                if rule["id"] == "passive-agent" and (unit := self._unit_of(a, ms)) is not None:
                    obj = unit                  # « l'équipe Racines d'Orbelle, dirigée par X »: the team
                if rule["id"] == "led-by-inverted":
                    obj = self._apposed_head(a, ms)   # « le Kaelis Data Lab, l'équipe de data science du groupe,
                                                      # que dirige X »: the name the phrase is apposed to
                if rule.get("left_person_of_sentence") and self.mentions[subj].type != "Person":
                    subj = self._nearest_left(mb.start, ["Person"], sent)   # « X a rejoint Y après six ans chez Z »
                    if subj is None:
                        continue
                if pred == "role":
                    if "role" in m.groupdict():
                        mm, phrase_src = m, read
                    elif mafter is not None:
                        mm, phrase_src = mafter, self.text[:mafter.end()]
                    else:
                        mm, phrase_src = mbefore, self.text[sent.start_char:ma.start]
                    pred, role = self._role_predicate(mm, phrase_src)
                elif pred == "passive":
                    pred = self._passive_predicate(m.group("verb"))
                    if pred is None:
                        continue
                    if pred == "develops" and self.mentions[subj].type == "Person" and self.mentions[obj].type == "Organization" \
                            and self.cues.founds(m.group("verb")):
                        pred = "founded"        # « Wolkenberg a été lancée en 2024 par Tobias Wendler »: a company
                                                # launched by a person is founded by her
                if pred is None:
                    continue
                s_types, o_types = self._allowed(pred)
                if role and pred != "leftOrganization":
                    for other in self._other_role_predicates(role, pred):   # « cofondateur et PDG d'Anthropic »
                        self._add(other, subj, obj, sent, f"gap:{rule['id']}", 0.8, role=role)
                if self._add(pred, subj, obj, sent, f"gap:{rule['id']}", 0.85, role=role):
                    # lists on the far side of the rule; a singular apposition (« A, B et C, le fonds
                    # de Y ») describes only the name before it
                    ext = f"gap:{rule['id']}+list"
                    singular = bool(re.match(r"\s*,\s*(?:le|la|l['’]|un|une|son|sa)\b", gap, re.I)
                                    or re.match(r"\s*,\s*[a-zà-ÿ][\w\-]*[^\W\dsx]\b", gap))   # (« B, docteure ... passée par »)
                    far = self._list_from(obj, ms, +1 if obj == b else -1, o_types)
                    if singular and obj == b and far \
                            and self.text[self.mentions[obj].end:self.mentions[far[0]].start].lstrip().startswith(","):
                        far = []                # « aux côtés de A, le fonds de Nvidia, et de B »: the apposition
                                                # closed at the comma, and the outer list goes on
                    for k in far:
                        if not (singular and obj == a):
                            self._add(pred, subj, k, sent, ext, 0.8, role=role)
                    for k in self._list_from(subj, ms, +1 if subj == b else -1, s_types):
                        if not (singular and subj == a):
                            self._add(pred, k, obj, sent, ext, 0.8, role=role)
                    if rule["id"] == "role-apposition":
                        self._second_role(subj, obj, ms, sent)
                    break

    def _second_role(self, person: int, org: int, ms: list[int], sent) -> None:
        """« Pierre Bouvreuil, ingénieur chez Hugging Face et membre d'Albatros »: a second role
        joined by « et » right after the first one's organisation is held at the next."""
        former = self.cues.rx["second_former"].match(self.text, self.mentions[org].end, sent.end_char)
        if former is not None:                  # « directrice technique de Kestria et ancienne de Google DeepMind »
            nxt = next((i for i in ms if self.mentions[i].start == former.end()), None)
            if nxt is not None and self.mentions[nxt].type in ("Organization", "Team"):
                self._add("leftOrganization", person, nxt, sent, "gap:role-apposition+former", 0.8)
            return
        m = self.cues.second_role_rx.match(self.text, self.mentions[org].end, sent.end_char)
        nxt = next((i for i in ms if self.mentions[i].start >= self.mentions[org].end), None) if m else None
        if nxt is None or self.mentions[nxt].start != m.end() or self.mentions[nxt].type not in ("Organization", "Team"):
            return
        pred, role = self._role_predicate(m, self.text[:m.end()])
        if pred is not None:
            self._add(pred, person, nxt, sent, "gap:role-apposition+second", 0.8, role=role)

    @staticmethod
    def _infinitive(verb) -> bool:
        """Whether ``verb`` is an infinitive (« d'entraîner », « d'avoir entraîné »): a clause whose
        subject is left unsaid."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if "Inf" in verb.morph.get("VerbForm"):
            return True
        return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children)

    def _unit_of(self, i: int, ms: list[int]) -> int | None:
        """The team mention right before organisation ``i`` whose « de » complement ``i`` is
        (« l'équipe Racines d'Orbelle », « cette division de Microsoft »), if any."""
        k = ms.index(i)
        if k == 0 or self.mentions[i].type != "Organization":
            return None
        prev = self.mentions[ms[k - 1]]
        if prev.type == "Team" and re.fullmatch(r"(?:\s*,\s*(?:la|le|l['’]|sa|son)\s*[^,;.()«»]{1,40}?)?\s+(?:de|d['’]|du)\s*",
                                                self.text[prev.end:self.mentions[i].start]):
            return ms[k - 1]                    # (« Hermine Lab, la cellule d'innovation du groupe, dirigée par »)
        return None

    def _role_predicate(self, m: re.Match, src: str) -> tuple[str | None, str]:
        roles = self.cues.raw
        word = m.group("role")
        # the role phrase: the role word and what qualifies it, up to the preposition
        tail = src[m.start("role"):]
        phrase = re.split(r"\s+(?:de|du|des|d[’']|chez|au sein de|pour|à|au|aux)\s*(?:(?:la|le|les|l[’'])\s*)?$", tail.strip(), maxsplit=1)[0]
        phrase = re.sub(r"\s+", " ", phrase).strip(" ,")
        pred = self._role_word_predicate(word, phrase)
        pre = src[:m.start("role")].lower()
        if any(re.search(r"(?:^|\W)" + re.escape(f) + r"\s*$", pre) for f in roles["former_markers"]) \
                and not re.search(r"\bjusqu(?:['’]ici|e-là)\s*$", pre):   # (« X, jusqu'ici PDG de Y, prend la tête
            return "leftOrganization", phrase                        # de Z »: the role held till now, stated)
        return pred, phrase

    def _other_role_predicates(self, role: str, pred: str) -> list[str]:
        """« cofondateur et PDG »: the predicates the role words after the first give (a whole part
        as a role word, else its first word), other than ``pred``."""
        out = []
        for part in role.split(" et ")[1:]:
            words = part.split()
            other = self.cues.role_words.get(fold(part)) or (self.cues.role_words.get(fold(words[0])) if words else None)
            if other and other != pred and other not in out:
                out.append(other)
        return out

    def _role_word_predicate(self, word: str, phrase: str) -> str:
        """« PDG » leads, « fondateur » founded, « directeur technologique » worksFor:
        a lead word qualified by more words (« directeur technologique ») is worksFor."""
        pred = self.cues.role_words.get(fold(word), "worksFor")
        if pred == "leads" and fold(word) in self.cues.bare_lead_words and fold(phrase) != fold(word):
            pred = "worksFor"
        folded, head = fold(phrase), fold(word)
        rest = folded[len(head):].split() if folded.startswith(head) else []
        if pred == "leads" and rest and rest[0] in self.cues.deputy_qualifiers:
            pred = "worksFor"                   # « directeur général délégué »: a deputy
        return pred

    def _passive_predicate(self, verb: str) -> str | None:
        return self.cues.passive_predicate(verb)

    # -- verb and noun cues with the dependency parse

    PREPS = ("sur", "de", "à", "avec", "dans", "pour", "chez", "en", "au", "du", "d'")

    @staticmethod
    def _head_span(toks, lem, low, k: int, head: list[str], asides: tuple = (), verb_forms=frozenset()) -> int | None:
        """The number of tokens the words of a cue ``head`` take from ``toks[k]``, or None where
        they are not there. Adverbs and asides may come after its verb (« prend en outre la tête
        de », « prend désormais les rênes de », « prendra quant à lui la tête de »: ``asides``)."""
        n = len(head)
        if n == 1:
            return 1
        p = k + 1
        if head[0] in ("s", "se"):              # « s'est associée à », « s'était déjà allié avec »: a reflexive's
            while p < len(toks) and p - k <= 3 and lem[p] != head[1] and low[p] != head[1] \
                    and (lem[p] == "être" or toks[p].pos_ == "ADV"):   # compound tense
                p += 1
        if toks[k].pos_ in ("VERB", "AUX") or low[k] in verb_forms:   # (« entre également au capital »: a
            while p < len(toks) and p - k <= 4 and lem[p] != head[1] and low[p] != head[1]:   # verb tagged otherwise)
                if aside := _aside_at(low, p, asides) or _dated_aside_at(low, p):
                    p += aside                  # « prend en outre », « prendra quant à lui la tête de », « avait
                                                # mené, en avril 2024, le tour de table »
                elif toks[p].pos_ == "ADV":
                    p += 1
                else:
                    break
        if p + n - 1 > len(toks) or not all(lem[p + j - 1] == head[j] or low[p + j - 1] == head[j] for j in range(1, n)):
            return None
        return p - k + n - 1

    def _find_cues(self, sent) -> list[tuple[int, int, list[str], str, str]]:
        """(token index, length in tokens, predicates, kind, cue phrase) for each cue of the sentence.

        Cues are looked up by their first word (``Cues.by_first``), on the token's lemma or
        form, or on the stem of a verb the lemmatizer missed. A multi-word cue ending in a
        preposition (« travailler sur ») lets up to five words come between its verb and its
        preposition: adverbs, adjectives, a duration, « comme » and a role (« travaille non
        seulement sur », « a passé quatre ans comme chercheur chez »)."""
        out = []
        toks = self._toks(sent)
        base = toks[0].i
        lem = [t.lemma_.lower().replace("’", "'").rstrip("'") for t in toks]
        low = [t.lower_.replace("’", "'").rstrip("'") for t in toks]
        by_first, by_stem = self.cues.by_first, self.cues.verb_stems
        for k, t in enumerate(toks):
            if base + k in self.tok_mention:
                continue
            entries = by_first.get(lem[k], []) + (by_first.get(low[k], []) if low[k] != lem[k] else [])
            if (t.pos_ in ("VERB", "AUX") or t.pos_ == "ADJ" and t.dep_ == "amod" and low[k].endswith(("é", "ée", "és", "ées"))) \
                    and (lem[k] == low[k] or lem[k] not in by_first):
                # « quitte »: a lemma the lemmatizer missed (« l'assistant intégré à WhatsApp »: a
                # participle tagged as an adjective), or got wrong (« elle fonde X »: « fondre »)
                form = fold(t.text)
                for cut in range(4, len(form) + 1):
                    entries = entries + [e for e in by_stem.get(form[:cut], []) if len(form) - cut <= 4]
            seen = set()
            for head, prep, preds, kind, phrase in entries:
                if (phrase, kind) in seen:
                    continue
                seen.add((phrase, kind))
                n = self._head_span(toks, lem, low, k, head, self.cues.cue_asides_compact, self.cues.mistagged_verb_forms)
                if n is None:
                    continue
                if kind == "verb" and n == 1 and t.pos_ in ("NOUN", "PROPN", "DET", "ADP") and not (
                        t.pos_ == "PROPN" and t.is_lower and lem[k] != low[k]   # « Nicolas Martin dirige Dikè Labs »:
                        and (any(c.dep_.startswith("nsubj") for c in t.children)   # a verb the tagger took for a name
                             or (m := self.tok_mention.get(base + k - 1)) is not None   # (« la start-up Ostrane
                             and self.mentions[m].type in ("Organization", "Team", "Person"))):   # édite Mirthal »)
                    continue
                if k + n < len(toks) and (low[k + n] in self.cues.cue_blockers.get(phrase, ()) or any(
                        " " in b and " ".join(low[k + n:k + n + b.count(" ") + 1]) == b
                        for b in self.cues.cue_blockers.get(phrase, ()))):
                    continue                    # « qui tenait stand au salon »: no organiser; « a soutenu sa thèse »
                if k >= 1 and low[k - 1] in self.cues.cue_blockers_previous.get(phrase, ()):
                    continue                    # « affinés à partir de DINOv2 »: nobody leaves
                if kind == "noun" and k >= 2 and low[k - 1] in ("d", "de") \
                        and fold(toks[k - 2].text) in self.cues.cue_blockers_before.get(phrase, ()):
                    continue                    # « le bras d'investissement de Nvidia »: a description
                if kind == "noun" and n == 1 and self._names_next(base + k):
                    continue                    # « la division Applications »: a type noun, not a relation
                length = n
                if prep:
                    skipped = 0                 # (tokens of asides: « arrive cette semaine dans »)
                    for g in range(0, 6):
                        j = k + n + g + skipped
                        while j < len(toks) and (m := _aside_at(low, j, self.cues.cue_asides_compact)):
                            skipped += m
                            j += m
                        if j >= len(toks):
                            break
                        if low[j] == prep or low[j] in _PREP_FORMS.get(prep, ()):
                            length = n + g + skipped + 1
                            break
                        if toks[j].pos_ not in ("ADV", "ADJ", "PART", "NUM") and low[j] not in _DURATION \
                                and not (low[j] in ("comme", "en") or fold(toks[j].text) in self.cues.role_words
                                         and j > 0 and low[j - 1] in ("comme", "en")) \
                                or base + j in self.tok_mention:
                            break               # (« a travaillé six ans chez X », « a passé quatre ans comme
                                                # chercheur chez X »)
                    if length == n:
                        continue
                out.append((t.i, length, preds, kind, phrase))
        # the longest cue at a position wins, then the one of the token's part of speech (« Kelvoix présente
        # X », lemma « présente »: the verb « présenter », not the adjective « présente », which takes « à »:
        # « Présente aux Rencontres X, »); overlapping cues keep the first
        out.sort(key=lambda c: (c[0], -c[1], c[3] == "noun" and self.pos[c[0]] in ("VERB", "AUX")
                                and self.texts[c[0] + 1].lower() not in ("à", "au", "aux")))
        dedup, last_end = [], -1
        for c in out:
            if c[0] < last_end:
                continue
            dedup.append(c)
            last_end = c[0] + c[1]
        return dedup

    def _names_next(self, tok_i: int) -> bool:
        """Whether a mention starts right after token ``tok_i`` (adjectives and quotes allowed between)."""
        k = tok_i + 1
        while k < len(self.doc) and k - tok_i <= 3 and (self.doc[k].pos_ == "ADJ" or self.doc[k].text in "«“\""):
            k += 1
        return k in self.tok_mention and self.doc[k].idx == self.mentions[self.tok_mention[k]].start

    def _coordinated(self, cue_end: int, sent, types: list[str]) -> list[int]:
        """« travaille sur X ..., mais aussi sur Y »: the cue's preposition repeated after a
        coordinator brings another object."""
        prep = self.doc[cue_end - 1].lower_
        if prep not in self.PREPS or prep in ("de", "d'", "du"):
            return []
        out = []
        for k in range(cue_end, sent.end):
            if self.doc[k].lower_ != prep:
                continue
            before = self.text[max(sent.start_char, self.doc[k].idx - 25):self.doc[k].idx].lower()
            if re.search(r"(?:mais aussi|mais également|ainsi que|et aussi|et également|comme|et)\s*$", before):
                m = self._first_mention_after(k + 1, sent, 20, types)
                if m is not None:
                    out.append(m)
        return out

    @staticmethod
    def _negated(tok) -> bool:
        """« n'a pas racheté », « ne quitte pas »: a negated cue states nothing."""
        heads = [tok, tok.head] if tok.dep_ in ("xcomp", "aux", "aux:tense") else [tok]
        if any(c.lower_ in ("pas", "jamais", "nullement", "guère", "aucunement") and c.dep_ == "advmod"
               for h in heads for c in h.children):
            return True
        if any(c.lower_ == "plus" and c.dep_ == "advmod" for h in heads for c in h.children) and \
                any(c.lower_ in ("ne", "n'", "n’") for h in heads for c in h.children):
            return True                         # « ne veut plus dépendre de » (not « plus de 300 »)
        if any(c.lower_ in ("ne", "n'", "n’") for h in heads for c in h.children) and any(
                t.lower_ in ("aucun", "aucune", "nul", "nulle") for t in tok.doc[tok.i + 1:tok.i + 5]):
            return True                         # « ne dépendre d'aucune plateforme »
        doc, k = tok.doc, tok.i - 1             # « sans racheter l'entreprise », « sans la racheter »
        if k >= 0 and doc[k].lower_ in ("le", "la", "les", "l'", "l’", "se", "s'", "s’", "en", "y"):
            k -= 1
        return k >= 0 and doc[k].lower_ == "sans"

    def _referent(self, i: int) -> int:
        """What mention ``i`` stands for: its antecedent when it is an anaphora, else itself."""
        ref = self.mentions[i].refers_to
        return ref if ref is not None else i

    def _mention_at(self, tok) -> int | None:
        i = self.tok_mention.get(tok.i)
        return None if i is not None and self._ex_prefixed(self.mentions[i]) else i

    _FORMER_BEFORE = re.compile(r"(?:\bex-|\bancienn?e?s?\s+(?:[\w\-]+\s+){0,2}?(?:de|du|d['’])\s*)$", re.I)

    def _last_founded(self, person: int | None) -> int | None:
        """The organisation the article last says ``person`` founded, if any."""
        if person is None:
            return None
        return next((r.object for r in reversed(self._relations_of(person, ("founded",)))), None)

    def _former_employer(self, m: Mention) -> bool:
        """Whether organisation mention ``m`` is named as someone's former employer (« un ex-Thales »,
        « ancien ingénieur de MBDA »)."""
        return m.type == "Organization" and m.source != "coref" and bool(
            self._FORMER_BEFORE.search(self.text, max(0, m.start - 40), m.start))

    def _ex_prefixed(self, m: Mention) -> bool:
        """Whether mention ``m`` follows « ex- » (« un ex-Airbus », « Cette ex-Meta »): a person's
        past employer, which takes part in no relation but a departure."""
        return m.type == "Organization" and m.source != "coref" and self.text[max(0, m.start - 3):m.start].lower() == "ex-"

    def _mention_in(self, tok) -> int | None:
        """The mention at a token or heading its subtree (« la start-up Scale AI » -> Scale AI)."""
        i = self._mention_at(tok)
        if i is not None:
            return i
        for t in tok.subtree:
            if t.i in self.tok_mention and abs(t.i - tok.i) <= 4 and not self._ex_prefixed(self.mentions[self.tok_mention[t.i]]):
                lo, hi = sorted((t.i, tok.i))
                if any(x.lower_ in ("de", "d'", "d’", "du", "des") for x in self.doc[lo:hi]):
                    first = self.doc.char_span(self.mentions[self.tok_mention[t.i]].start,
                                               self.mentions[self.tok_mention[t.i]].end, alignment_mode="expand")
                    if first is None or first.start == 0 or \
                            self.doc[first.start - 1].lower_ in ("de", "d'", "d’", "du", "des"):
                        return None             # « le cofondateur de DeepMind » is not DeepMind
                return self.tok_mention[t.i]    # (« l'éditeur de logiciels SAP » is SAP)
        return None

    def _subject_syntax(self, tok, types: list[str]) -> int | None:
        cur, steps = tok, 0
        while steps < 6:
            steps += 1
            # the subject nearest the verb first (a fronted phrase may hold a wrongly attached one)
            for child in sorted(cur.children, key=lambda c: abs(c.i - cur.i)):
                source = child.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and any(
                    c.dep_ == "case" and c.lower_.replace("’", "'") in self.cues.source_prepositions for c in child.children)
                if source:              # « Selon Les Échos, Xylème a bouclé »: parsed as the subject, with
                    child = next((c for c in child.children if c.dep_ == "appos"), None)   # Xylème in apposition
                    if child is None:
                        continue
                if source or child.dep_ in ("nsubj", "nsubj:pass", "expl:subj"):
                    if child.lower_ in ("qui", "lequel", "laquelle", "lesquels", "lesquelles") and cur.dep_.startswith("acl"):
                        i = self.tok_mention[cur.head.i] if cur.head.i in self.tok_mention else \
                            self._mention_in(cur.head) if cur.head.pos_ not in ("VERB", "AUX") else None
                        #   (a relative the parser hung on a verb: « est nommé directeur de Nuancia, la start-up
                        #   rennaise qui a lancé X »: not the verb's subject, the name before the apposition)
                        if i is not None and cur.head.i not in self.tok_mention and self._in_clause_of(i, cur.head):
                            i = self._just_before(child.idx, types)   # « un marché où X affronte Siemens, qui a
                                                                      # racheté »: not X, in a clause of its own
                        if i is not None and "Person" in types and self.mentions[i].type != "Person":
                            i = self._role_holder(i, child.idx)   # « X, doctorante au sein d'Hydrocapt, qui »
                        if i is None or self.mentions[i].type not in types:   # « Hélène Vasseur, jusqu'ici
                            # directrice des opérations, qui », « Thierry Vasselin, directeur de Renault Group, qui »
                            i = self._before_aside(child.idx, types)
                        if i is None:
                            i = self._nearest_left(child.idx, types, self._sent(child.i))
                    elif child.lower_ == "qui":         # a relative the parser attached elsewhere: the
                        i = self._just_before(child.idx, types)   # name right before « , qui »
                        if i is not None and "Person" in types and self.mentions[i].type != "Person":
                            i = self._role_holder(i, child.idx)
                    elif child.lower_ in ("il", "elle") and "Person" in types:
                        i = None
                        k = self.tok_mention.get(child.i)
                        if k is not None and self.mentions[k].source == "coref" and self.mentions[k].type != "Person":
                            i = k                   # « (Névé-2 ...) Il est intégré à X »: the thing, no person
                        elif len(types) > 1 and not any(          # « Amazon ... Anthropic, dans laquelle il a
                                m.type == "Person" and m.end <= child.idx   # investi »: no person in the sentence,
                                for m in (self.mentions[k] for k in self._sent_mentions(self._sent(child.i)))):
                            i = self._last_thing(child.idx, [t for t in types if t != "Person"], backs=(0,))
                        if i is None:
                            i = self._last_person(child.idx, child.text)   # « Il remplacera John Giannandrea »
                    elif child.lower_ in ("il", "elle"):
                        i = self._last_thing(child.idx, types)   # « Il sera intégré à Bhashini »
                    elif child.i in self.described and "Person" in types:
                        i = self.described[child.i]         # « L'ancienne patronne d'Instacart ... prendra »
                    else:
                        i = self._past_fronted_participle(child, self._mention_in(child), types)
                        if i is None and child.pos_ == "NOUN":
                            i = self._apposed_subject(child, types)
                    if i is not None and self.mentions[i].type in types:
                        return i
            if cur is tok and cur.dep_.startswith("acl") and cur.head.i < cur.i and re.search(
                    r"\b(?:que|qu['’])\s*(?:[^\W\d][\w\-]*\s+){0,4}$", self.text[cur.head.idx:cur.idx]):
                break                           # « la plateforme que la start-up commercialise »: no climbing
            if cur.dep_ == "ROOT" or cur.head is cur:
                for c in cur.children:           # « en plus d'avoir investi ..., Meta a licencié »
                    if c.dep_ == "conj":
                        for cc in c.children:
                            if cc.dep_ in ("nsubj",):
                                i = self._mention_in(cc)
                                if i is not None and self.mentions[i].type in types:
                                    return i
                if not any(c.dep_.startswith("nsubj") for c in cur.children) and cur.i > self._sent(cur.i).start:
                    i = self._past_fronted_participle(self._sent(cur.i)[0], None, types)   # (« Issue d'Inria, la
                    if i is not None:                                                    # start-up X, a bouclé »:
                        return i                                                         # no subject parsed)
                i = self._timeline_subject(self._sent(cur.i), tok)
                if i is not None and self.mentions[i].type in types:
                    return i
                break
            cur = cur.head
        return None

    # a timeline's entry: « - Mars 2023 : quitte Google DeepMind », « 2013-2016 : thèse à Inria »
    _TIMELINE_ITEM = re.compile(r"[ \t]*(?:[-–—•*▪►][ \t]*)?(?:(?:\d{1,2}(?:er)?\s+)?(?:" + _MONTHS
                                + r"|fin|début|mi-|été|automne|hiver|printemps)\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?"
                                r"[ \t]*[:–—][ \t]*", re.I)

    def _timeline_subject(self, sent, verb) -> int | None:
        """The person a portrait is about, for the verb of a timeline's entry that has no subject
        (« - Septembre 2020 : quitte FAIR pour Google DeepMind »): the person the headline names,
        when the article's list has two or more such dated entries."""
        m = self._TIMELINE_ITEM.match(self.text, sent.start_char)
        while verb.dep_ == "conj" and verb.head.i < verb.i:
            verb = verb.head                    # « quitte Google DeepMind et cofonde Glanum »
        if m is None or verb.idx < m.end() or verb.idx - m.end() > 2 \
                or verb.pos_ in ("NOUN", "PROPN") and not verb.lower_.endswith(("é", "ée", "és", "ées")) \
                or any(c.dep_.startswith("nsubj") and c.idx >= m.end() for c in verb.children):
            return None                         # (the entry opens on its verb, not on a noun: « lancement de X »;
                                                # the parser may take the date for a subject)
        if self._timeline_count is None:
            self._timeline_count = sum(1 for x in self.sents if self._TIMELINE_ITEM.match(self.text, x.start_char))
        if self._timeline_count < 2 or not self.sents:
            return None
        head = self.sents[0]
        return next((i for i, mm in enumerate(self.mentions) if mm.type == "Person" and mm.source != "coref"
                     and head.start_char <= mm.start < head.end_char), None)

    # a sentence opening on a participle phrase (« Issue d'Inria, », « Installée à Lyon depuis 2020, »)
    # that the parser may take for the subject
    _FRONTED_PARTICIPLE = re.compile(r"\s*[A-ZÀ-Ý][a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues|ie|ies)\s+(?:de|d['’]|du|des|à|au|aux|en|par|"
                                     r"dans|sur|avec|depuis)\b[^,;.«»()]{0,80},\s*")

    def _past_fronted_participle(self, child, i: int | None, types: list[str]) -> int | None:
        """Mention ``i`` (held by subject token ``child``), unless the subject is a fronted
        participle phrase (« Issue d'Inria, la start-up Grainelle a bouclé »): then the name the
        phrase is apposed to."""
        sent = self._sent(child.i)
        m = self._FRONTED_PARTICIPLE.match(self.text, sent.start_char)
        if m is None or not (child.i == sent.start or i is not None and self.mentions[i].end <= m.end()):
            return i
        after = next((k for k in self._sent_mentions(sent) if self.mentions[k].type in types
                      and 0 <= self.mentions[k].start - m.end() <= 25), None)
        return i if after is None else after

    def _apposed_subject(self, child, types: list[str]) -> int | None:
        """« Kerala Ventures, la filiale de Nvidia, a investi »: the parser takes the apposition's
        noun for the subject; the subject is the name the apposition, closed by commas, follows."""
        lo, hi = child.left_edge.i, child.right_edge.i
        if lo == 0 or self.texts[lo - 1] != "," or hi + 1 >= len(self.doc) or self.texts[hi + 1] != "," \
                or hi - lo > 8 or any(
                    k in self.tok_mention and self.mentions[self.tok_mention[k]].type in types
                    and self.lemmas[k - 1] not in ("de", "du") for k in range(lo + 1, hi + 1)):
            return None                         # (a longer phrase, or one naming its own, « la famille X, dont
                                                # la troisième version, Y, »: no plain apposition)
        return self._apposed_owner(child, types, self._sent(child.i))

    def _role_holder(self, org: int, qui: int) -> int:
        """The person whose post at organisation ``org`` a relative « qui » follows (« Inès
        Tarrazin, doctorante au sein d'Hydrocapt, qui travaille sur Goutelle » is about her), else
        ``org``: the person before an aside that ends on a role and « de », « chez » right before ``org``."""
        m = self.mentions[org]
        person = self._before_aside(qui, ["Person"]) if re.fullmatch(r"\s*,\s*", self.text[m.end:qui]) else None
        if person is None or self.mentions[person].end > m.start \
                or not self.cues.role_of_rx.search(self.text, self.mentions[person].end, m.start):
            return org
        return person

    def _before_aside(self, pos: int, types: list[str]) -> int | None:
        """The name of a type right before ``pos``, or before one apposition set off by commas
        (« Hélène Vasseur, jusqu'ici directrice des opérations, | qui prend la tête »)."""
        best = max((i for i, m in enumerate(self.mentions) if m.type in types and m.end <= pos),
                   key=lambda i: self.mentions[i].end, default=None)
        gap = self.text[self.mentions[best].end:pos] if best is not None else ""
        if best is None or not (re.fullmatch(r"\s*(?:,[^,;.«»()]{1,80})?,\s*", gap) or re.fullmatch(
                r"\s*,\s*(?:un|une|le|la|l['’])\s*[^\W\d][^,;.«»()]{0,60}?\s+", gap)):
            return None                         # (or « Thomas Verhaeghe, un ingénieur de recherche | qui »)
        return best

    def _apposed_passage(self, tok, length: int, sent) -> int | None:
        """« Aïcha Ndour, chercheuse en optimisation, passée par Nvidia », « A et B, tous deux passés
        par Meta »: the last person named before the participle cue at ``tok`` (``length`` tokens)
        when the cue is set in apposition to her (a comma after the name, then no verb nor relative
        word) and its organisation follows « par » right away (not « une conseillère passée par la
        chambre d'agriculture du Gers, et par X »: a name further on is another clause's); else None."""
        person = max((i for i in self._sent_mentions(sent) if self.mentions[i].type == "Person"
                      and self.mentions[i].end <= tok.idx), key=lambda i: self.mentions[i].end, default=None)
        if person is None:
            return None
        gap = self.text[self.mentions[person].end:tok.idx]
        span = self.doc.char_span(self.mentions[person].start, self.mentions[person].end, alignment_mode="expand")
        if span is None or not re.match(r"\s*,", gap) or re.search(r"\b(?:qui|que|qu['’]|dont|où|par|avec|pour)\b", gap, re.I) \
                or any(self.pos[k] in ("VERB", "AUX") for k in range(span.end, tok.i)):
            return None
        end = self.tok[tok.i + length - 1].idx + len(self.texts[tok.i + length - 1])
        org = min((m for m in self.mentions if m.start >= end and m.type in ("Organization", "Team")),
                  key=lambda m: m.start, default=None)
        adjacent = org is not None and re.fullmatch(r"\s*(?:(?:la|le|les|l['’])\s*)?", self.text[end:org.start])
        return person if adjacent else None

    def _apposed_owner(self, tok, types: list[str], sent) -> int | None:
        """« Northgate Ventures, un fonds de capital-risque installé à San Francisco »: the name
        that the noun phrase holding participle ``tok`` is set in apposition to."""
        comma = self.text.rfind(",", sent.start_char, tok.idx)
        if comma < 0:
            return None
        seg = self.text[comma + 1:tok.idx]
        if not re.match(r"\s*(?:un|une|le|la|l['’]|ce|cette|cet)\b", seg, re.I) \
                or re.search(r"\b(?:qui|que|qu['’]|par)\b", seg, re.I) or len(seg) > 60:
            return None
        i = self._just_before(comma, types)
        return i if i is not None and self.mentions[i].start >= sent.start_char else None

    def _in_clause_of(self, i: int, head) -> bool:
        """Whether mention ``i`` sits in a clause (a relative, a participle) under token ``head``,
        not in its own phrase."""
        span = self.doc.char_span(self.mentions[i].start, self.mentions[i].end, alignment_mode="expand")
        tok, steps = (span.root if span is not None else None), 0
        while tok is not None and tok.i != head.i and tok.head is not tok and steps < 8:
            if tok.dep_.startswith("acl"):
                return True
            tok, steps = tok.head, steps + 1
        return False

    def _just_before(self, pos: int, types: list[str]) -> int | None:
        """The mention of a type that ends right before ``pos`` (a comma between at most)."""
        for i, m in enumerate(self.mentions):
            if m.type in types and m.end <= pos and re.fullmatch(r"\s*,?\s*", self.text[m.end:pos]):
                return i
        return None

    def _genders(self) -> dict[str, str]:
        """Folded person label -> "f" or "m", where the article says it: a role or title right
        before a name (« la chercheuse X », « Mme X ») or opening its apposition (« X, directrice
        technique, »); no entry when two places disagree."""
        if self._gender is None:
            words, votes = self.cues.gender_words, {}
            for m in self.mentions:
                if m.type != "Person" or m.source == "coref":
                    continue                    # (an anaphora's gender is checked when it is resolved)
                before = self.text[max(0, m.start - 40):m.start]
                before = re.split(r"[.;:!?«»]|\b(?:et|ou)\b", before)[-1]
                found = [w for w in fold(before).replace(",", " ").split()[-4:] if w in words]
                after = re.match(r"\s*,\s*((?:[\w\-]+\s*){1,3})", self.text[m.end:m.end + 60])
                if after:
                    span = self.doc.char_span(m.end + after.start(1), m.end + after.end(1), alignment_mode="expand")
                    if span is None or not any(t.dep_.startswith("nsubj") for t in span):
                        # (« au sein du groupe de Mark Zuckerberg, la chercheuse a quitté »: a subject)
                        found += [w for w in fold(after.group(1)).split()[:2] if w in words]
                for w in found:
                    votes.setdefault(fold(m.label), set()).add(words[w])
            by_name = self.cues.first_name_gender     # « Maëlle Kervadec »: a first name votes too (a role
            for m in self.mentions:                   # word that disagrees leaves the gender unknown)
                if m.type == "Person" and m.source != "coref":
                    parts = fold(m.label).split()
                    if len(parts) >= 2 and parts[0] in by_name:
                        votes.setdefault(fold(m.label), set()).add(by_name[parts[0]])
            for m in self.mentions:                   # « Kervadec » alone: the gender of « Maëlle Kervadec »
                if m.type == "Person" and m.source != "coref" and " " not in fold(m.label) and fold(m.label) not in votes:
                    full = {g for k, v in votes.items() if k.endswith(" " + fold(m.label)) for g in v}
                    if full:
                        votes[fold(m.label)] = full
            self._gender = {k: next(iter(v)) for k, v in votes.items() if len(v) == 1}
        return self._gender

    def _institutions(self) -> set[str]:
        """Folded labels of the organisations named as institutions (« le ministère de ... », « l'université
        de ... »): no company anaphora (« le groupe », « la start-up ») stands for them."""
        if self._institution_labels is None:   # (names are final once anaphora are resolved)
            rx = self.cues.institution_rx
            self._institution_labels = {
                fold(m.label) for m in self.mentions if m.type == "Organization" and m.source != "coref"
                and (rx is not None and rx.match(m.label) or fold(m.label) in self.cues.public_body_names
                     or " " in m.label and (fold(m.label.split()[0]) in self.cues.institution_heads
                                            or m.label.split()[0] in self.cues.body_heads))}
            # (« l'Institut des technologies nucléaires avancées »: a head of a name in lower case too)
            # and those the article calls a collective, an association, a union (« le collectif
            # Pigment Commun », « Pigment Commun, une association »): no company either
            before, after = self.cues.nonprofit_before_rx, self.cues.nonprofit_after_rx
            for m in self.mentions:
                if before is not None and m.type == "Organization" and m.source != "coref" and (
                        before.search(self.text, max(0, m.start - 40), m.start) or after.match(self.text, m.end)):
                    self._institution_labels.add(fold(m.label))
        return self._institution_labels

    _INVESTOR_BEFORE = re.compile(r"(?:(?:\bfonds|\binvestisseurs?|\bbusiness angels?)(?:\s+(?!d[eu]s?\b)[a-zà-ÿ\-]+){0,2}"
                                  r"|\baux\s+côtés\s+(?:de|du|des|d['’])|\bmenée?s?\s+par)\s*(?:la\s+|le\s+|l['’])?$", re.I)
    _INVESTOR_AFTER = re.compile(r"\s*,\s*(?:(?:un|une|le|la|l['’]|son|sa|leur)\s*)?(?:déjà\s+|également\s+|aussi\s+)?"
                                 r"(?:(?:réseau|club|cercle|collectif|bras|branche|véhicule)\s+(?:de|d['’]|du|des)\s*)?"
                                 r"(?:présente?s?\s+au\s+capital|actionnaire|investisseur|fonds\b|business angel"
                                 r"|investissement\b|capital-risque\b)", re.I)

    def _joins_round(self, i: int) -> bool:
        """Whether mention ``i`` is (in) the subject of a verb of joining a round: the first verb
        after it, outside names, is one (« Bpifrance, le fonds X et Nvidia participent également
        à l'opération »; read on the surface, the parser often misses the list)."""
        m = self.mentions[i]
        k = bisect.bisect_left(self.idx, m.end)
        end = self.sents[m.sent].end
        while k < end:
            if self.pos[k] in ("VERB", "AUX") and k not in self.tok_mention:
                return self._verb_like(self.tok[k], self.cues.round_join_verbs)
            k += 1
        return False

    def _backers(self, pos: int) -> set[str]:
        """Folded labels of the organisations and people named as investors before ``pos``: as
        funds (:meth:`_investors`) or as the investors of a fact found so far. A round's company
        is none of them (« Elaia, qui remet au pot », « parmi lesquels X »: not Bpifrance's)."""
        return self._investors(pos) | {fold(self.mentions[r.subject].label) for r in self.relations
                                       if r.predicate == "investsIn"}

    def _investors(self, pos: int) -> set[str]:
        """Folded labels of the organisations named before ``pos`` as funds or investors (« le fonds
        parisien Brisance Capital », « Bpifrance, déjà présent au capital, »): no company anaphora
        (« l'entreprise », « la start-up ») stands for them."""
        return {fold(m.label) for m in self.mentions
                if m.type == "Organization" and m.source != "coref" and m.end <= pos and (
                    self._INVESTOR_BEFORE.search(self.text, max(0, m.start - 40, self.text.rfind("\n", 0, m.start) + 1),
                                                 m.start)   # (not a heading's « Levées de fonds » above it)
                    or self._INVESTOR_AFTER.match(self.text, m.end) or self._invests_as_subject(m))}

    def _invests_as_subject(self, m: Mention) -> bool:
        """Whether mention ``m`` is the subject of a one-word verb of investing (« Bpifrance a investi
        dans une dizaine de ses membres ») or leads a round (« Elaia mène l'opération »); kept per
        span (asked at every anaphora)."""
        key = (m.start, m.end)
        if key not in self._investing:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            head = span.root.head if span is not None else None
            self._investing[key] = span is not None and span.root.dep_ == "nsubj" and (
                head.lemma_ in self.cues.one_word_verbs("investsIn")
                or head.lemma_ == "mener" and any(c.dep_ == "obj" and fold(c.lemma_) in self.cues.round_nouns
                                                  for c in head.children)
                or head.lower_.startswith("particip") and head.pos_ in ("VERB", "AUX", "NOUN") and any(
                    c.lower_ == "y" or fold(c.lemma_) in self.cues.round_nouns for c in head.children))
                    # (« Bpifrance et X y participent », « participe au tour »: by the form, as the lemmatizer
                    # leaves « participe » as it is)
        return self._investing[key]

    def _named_later(self, s: int, e: int, typ: str) -> set[str]:
        """Folded labels of the entities of ``typ`` named after ``e`` under the verb whose object the
        phrase at ``s``..``e`` is (« a quitté le laboratoire pour rejoindre Microsoft »: not Microsoft;
        « directeur de la firme, a parlé des modèles made in Meta » excludes nothing)."""
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None or span.root.dep_ != "obj":
            return set()
        verb, end = span.root.head, self._sent(span.start).end_char
        out = set()
        for m in self.mentions:
            if m.type == typ and m.source != "coref" and e <= m.start < end:
                other = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if other is not None and any(t.i == verb.i for t in other.root.ancestors):
                    out.add(fold(m.label))
        return out

    def _phrase_gender(self, phrase: str) -> str | None:
        """« f » or « m »: the gender a phrase standing for a person gives (« la chercheuse »), by its
        words (``gender_words``), else by its determiner (« cette polytechnicienne », « ce
        quadragénaire »); None when it gives none, or two."""
        g = {self.cues.gender_words.get(w) for w in fold(phrase).split()} - {None}
        if not g:
            det = phrase.lower().split(" ", 1)[0]
            g = {k for k, dets in _DETS_BY_GENDER.items() if det in dets}
        return next(iter(g)) if len(g) == 1 else None

    def _same_gender_person(self, pos: int, gender: str, exclude: set[str] = frozenset(),
                            within: int | None = 4) -> int | None:
        """The last person named before ``pos``, within ``within`` sentences (None: anywhere before),
        whom the article says to be of ``gender`` (see :meth:`_genders`)."""
        genders = self._genders()
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        here = self._sent_index(tok.start) if tok is not None else None
        found = [i for i, m in enumerate(self.mentions)
                 if m.type == "Person" and m.source != "coref" and m.end <= pos and fold(m.label) not in exclude
                 and genders.get(fold(m.label)) == gender and (here is None or within is None or here - m.sent <= within)]
        return max(found, key=lambda i: self.mentions[i].start) if found else None

    _RELATIVE_OF = re.compile(r"\s*(?:,[^,.;:«»()]{1,60})?,\s*(?:où|dont|chez qui|avec qui|pour qui)\s+")

    def _last_person(self, pos: int, pronoun: str = "") -> int | None:
        """What « il » or « elle » at ``pos`` refers to: a person who is the subject of this
        sentence or of the previous one, else the person named last (none said to be of the
        other gender: « elle » is no « directeur »)."""
        other = {"il": "f", "elle": "m"}.get(pronoun.lower())
        genders = self._genders() if other else {}
        people = sorted((i for i, m in enumerate(self.mentions)
                         if m.type == "Person" and m.end <= pos and m.source != "coref"
                         and (other is None or genders.get(fold(m.label)) != other)),
                        key=lambda i: self.mentions[i].start)
        item = self._item_start(pos) if people else 0
        if item and item == self.text.rfind("\n", 0, pos) + 1 and any(
                item <= m.start <= item + 6 and m.type in ("Organization", "Team") and m.source != "coref"
                for m in self.mentions):
            # a list's item about an organisation is read alone (« - **Azerole** ... Elle en profite pour
            # lancer X »: no person of the item before; not a person's timeline « - **2016** : elle
            # cofonde », nor a portrait's section « ## Tessaro, puis Vaudaire »)
            people = [i for i in people if self.mentions[i].start >= item]
        if not people:
            return None
        near = people[-1]                       # « Ludivine Carasso, ex-OpenAI, où elle a travaillé »: the
        if self._RELATIVE_OF.fullmatch(self.text, self.mentions[near].end, pos):   # person the clause is
            return near                                                             # about
        here = self.mentions[people[-1]].sent
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if tok is not None:
            here = self._sent_index(tok.start)
        described = [i for i, m in enumerate(self.mentions)     # « la chercheuse avait travaillé ... Elle »
                     if m.type == "Person" and m.source == "coref" and m.refers_to is not None and m.end <= pos
                     and (other is None or genders.get(fold(m.label)) != other)]
        for back in (0, 1):
            subjects = [i for i in people + described if self.mentions[i].sent == here - back and self._is_subject(i)]
            if subjects:
                last = max(subjects, key=lambda i: self.mentions[i].start)
                return self._referent(last)
        if other is not None:                   # the last one said to be of the pronoun's gender
            same = self._same_gender_person(pos, {"f": "m", "m": "f"}[other], within=3)
            if same is not None and self.mentions[people[0]].start <= self.mentions[same].start:   # (in the
                return same                     # item read alone)
            if fold(self.mentions[people[-1]].label) not in genders:   # rather than one of unknown gender,
                same = self._same_gender_person(pos, {"f": "m", "m": "f"}[other], within=None)   # one said to be
                if same is not None and self.mentions[people[0]].start <= self.mentions[same].start:
                    return same                 # of it further back (« Maëlle Kervadec ... elle »)
        return people[-1]

    def _last_thing(self, pos: int, types: list[str], backs: tuple[int, ...] = (0, 1)) -> int | None:
        """What « il » or « elle » at ``pos`` refers to when it is no person: a model, product,
        team or organisation of the allowed types named before it in this sentence or the
        previous one, its subject first, else the first named (« Sarvam AI a présenté Sarvam-2,
        qui succède à Sarvam-M. Il sera intégré à ... »: Sarvam-2). Someone's former employer is
        none of them, and a sentence that names only such is not looked past."""
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if tok is None:
            return None
        here = self._sent_index(tok.start)
        for back in backs:
            cands = [i for i, m in enumerate(self.mentions)
                     if m.sent == here - back and m.end <= pos and m.type in types and m.type != "Person"]
            if cands:                           # (not someone's former employer: « L'ancienne de Criteo rejoindra
                cands = [i for i in cands if not self._former_employer(self.mentions[i])]   # Signifia. Son fondateur »;
                if not cands:                   # « Une ancienne de DeepMind à la tête de la science. Sa directrice
                    return None                 # scientifique »: the salient one, not one further back)
                subjects = [i for i in cands if self._is_subject(i, main=True)]
                return subjects[0] if subjects else min(cands, key=lambda i: self.mentions[i].start)
        return None

    def _last_unit(self, pos: int) -> int | None:
        """What « sa » (« À sa tête », « Sa direction ») at ``pos`` refers to: a team the sentence
        before named, before any organisation (« Derval a dévoilé les résultats de Dorure Lab,
        l'équipe d'IA ... À sa tête, X »), else :meth:`_last_thing`."""
        team = self._last_thing(pos, ["Team"])
        return team if team is not None else self._last_thing(pos, ["Team", "Organization"])

    def _named_subject(self, n: int, before: int) -> int | None:
        """The mention that names sentence ``n``'s main subject when that subject is a type noun
        with a naming cue (« Une nouvelle équipe, baptisée Ancrage, sera chargée »): the only
        mention of a thing before ``before`` whose ancestors, through the cue, reach the subject."""
        found = []
        for i, m in enumerate(self.mentions):
            if m.sent != n or m.end > before or m.source == "coref" or m.type in ("Person", "Place"):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root.head
            if head.dep_ == "acl" and fold(head.text) in self.cues.naming_words:
                head = head.head
            elif span.root.dep_ != "appos":
                continue
            if head.dep_ in ("nsubj", "nsubj:pass") and head.head.dep_ == "ROOT" and head.pos_ == "NOUN":
                found.append(i)
        return found[0] if len(found) == 1 else None

    def _is_subject(self, i: int, main: bool = False) -> bool:
        """Whether mention ``i`` is a subject (``main``: of its sentence's main verb, not of a
        relative clause)."""
        span = self.doc.char_span(self.mentions[i].start, self.mentions[i].end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubj:pass"):
            return False
        return not main or span.root.head.dep_ == "ROOT"

    def _nearest_left(self, pos: int, types: list[str], sent, exclude: set[int] = frozenset()) -> int | None:
        """The nearest mention of a type before ``pos``, skipping the agents of a participial
        phrase (« Moonshot AI, soutenue par Alibaba et Tencent, a présenté ») and the names inside
        an apposition to another (« Électrane Ventures, le fonds du groupe Électrane, investit »)."""
        best = None
        for i in self._sent_mentions(sent):
            m = self.mentions[i]
            if m.end <= pos and m.type in types and i not in exclude:
                comma = self.text.rfind(",", sent.start_char, m.start)
                seg = self.text[max(sent.start_char, comma):m.start]
                if re.search(r"\bpar\b", seg):
                    continue
                if best is not None and comma >= 0 and re.match(r",\s*(?:le|la|l['’]|les|un|une|son|sa|ses)\b", seg) \
                        and not self.text[self.mentions[best].end:comma].strip():
                    continue
                best = i
        return best

    def _owner_cue(self, mi: int, cues: list[tuple], sent) -> int | None:
        """Which cue of the sentence governs mention ``mi``: the nearest cue before it.
        (The parse decides subjects; for objects, surface order proved more robust to
        the parser's attachment errors.)"""
        start = self.mentions[mi].start
        before = [n for n, c in enumerate(cues) if self.doc[c[0]].idx < start and self._may_own(c)]
        return before[-1] if before else None

    def _may_own(self, cue: tuple) -> bool:
        """Whether a cue can take objects after it: not a participle or noun that a comma closes
        (« rivaliser avec des acteurs mieux installés, comme H Company »: « installés » has none)."""
        ti, length, _, kind, _ = cue
        end = ti + length
        if end < len(self.tok) and self.texts[end] in (",", ";", ".") and (
                kind == "noun" or "Part" in self.tok[ti].morph.get("VerbForm")):
            return False
        return True

    def _verb_after_relative(self, start: int, tok) -> bool:
        """Whether the last relative word after offset ``start`` belongs to a verb before ``tok``, an
        infinitive of purpose:
        « Deezer qu'elle a quitté en 2019 pour cofonder la plateforme »: the relative is « quitter »'s
        (but « Céladon, un modèle destiné aux chimistes, que Canopus développe » is « développer »'s)."""
        span = self.doc.char_span(start, tok.idx, alignment_mode="expand")
        if span is None:
            return False
        rel = max((t.i for t in span if t.lower_.replace("’", "'") in ("que", "qu'", "où", "laquelle", "lequel",
                                                                        "lesquels", "lesquelles", "auquel")), default=None)
        if rel is None:
            return False
        head = self.doc[rel].head               # the verb the relative word belongs to, when it is
        return head.pos_ == "VERB" and rel < head.i < tok.i and "Inf" in tok.morph.get("VerbForm") \
            and re.search(r"\b(?:pour|afin\s+d['’e]|avant\s+d['’e])\s*$", self.text[head.idx:tok.idx]) is not None

    def _kind_noun_of_object(self, k: int, cues: list[tuple]) -> bool:
        """Whether noun cue ``k`` only says what kind of thing a verb cue's object is: « qui dirige
        la cellule Ozalide chargée du projet », « a rejoint l'équipe Lisière », « a rejoint l'équipe
        de recherche de Google DeepMind »: the name right after the noun, or its « de » complement,
        is the verb's object, not the noun's owner."""
        ti, length, _, kind, _ = cues[k]
        if kind != "noun" or k == 0 or cues[k - 1][3] != "verb" or length != 1:
            return False
        if self.cues.type_nouns.get(fold(self.texts[ti])) not in ("Team", "Organization"):
            return False
        vt, vlen, vpreds = cues[k - 1][0], cues[k - 1][1], cues[k - 1][2]
        if ti - (vt + vlen) < 1 or self.lemmas[ti - 1] not in ("le", "un"):
            return False
        adjacent = ti - (vt + vlen) == 1        # (« rejoindra en mai l'équipe de X »: a time between)
        if not adjacent and not _TIME_BEFORE_OBJECT.fullmatch(
                self.text[self.tok[vt + vlen - 1].idx + len(self.texts[vt + vlen - 1]):self.tok[ti - 1].idx]):
            return False
        nxt = self.tok_mention.get(ti + 1) if adjacent else None
        if nxt is None and "worksFor" in vpreds and "leads" not in vpreds:   # « a rejoint l'équipe de recherche
            # audio de Google DeepMind » (who joins a team works for its organisation; who leads it, not)
            end = self.tok[ti].idx + len(self.texts[ti])
            tail = re.match(r"(?:\s+[a-zàâçéèêëîïôûù\-]+){0,3}\s+(?:de|du|d['’])\s*(?:la\s+|l['’]\s*)?",
                            self.text[end:end + 80 - len(self.texts[ti])])
            at = self.doc.char_span(end + tail.end(), end + tail.end() + 1, alignment_mode="expand") if tail else None
            nxt = self.tok_mention.get(at.start) if at is not None else None
            if nxt is not None and self.mentions[nxt].start != end + tail.end():
                nxt = None
        return nxt is not None and self.mentions[nxt].type in ("Team", "Organization") \
            and self.mentions[nxt].source != "coref"

    def _cue_relations(self, sent, ms: list[int]) -> None:
        if not ms:
            return
        cues = self._find_cues(sent)
        if not cues:
            return
        # « quitte la direction scientifique de Leyra »: the post a verb of leaving names is its object,
        # no cue of its own
        cues = [c for k, c in enumerate(cues) if not (
            k > 0 and c[3] == "noun" and "leads" in c[2] and "leftOrganization" in cues[k - 1][2]
            and cues[k - 1][3] == "verb" and c[0] - (cues[k - 1][0] + cues[k - 1][1]) <= 1
            and self.lemmas[c[0] - 1] in ("le", "la", "sa", "son"))
            and not self._kind_noun_of_object(k, cues)]
        owned: dict[int, list[int]] = {}
        for i in ms:
            n = self._owner_cue(i, cues, sent)
            if n is not None:
                owned.setdefault(n, []).append(i)
        for n, (ti, length, preds, kind, phrase) in enumerate(cues):
            tok = self.doc[ti]
            if self._negated(tok):
                continue
            if kind == "verb" and _QUOTE_INCISE.search(self.text, max(sent.start_char, tok.idx - 16), tok.idx):
                continue                        # « « ... », a lancé sur scène X »: a verb of saying
            participle = kind == "verb" and "Part" in tok.morph.get("VerbForm")
            compound = any(c.dep_.startswith("aux") for c in tok.children)
            passage = self._apposed_passage(tok, length, sent) if participle and phrase.endswith(" par") \
                and not compound else None
            if participle and not (phrase.endswith(" par") and (compound or passage is not None)) and \
                    (any(t.lower_ == "par" for t in self.doc[ti + 1:min(ti + 4, sent.end)])
                     or any(c.dep_ == "obl:agent" and any(g.lower_ == "par" for g in c.children) for c in tok.children)):
                continue                        # « soutenue (en mars 2014) par Alibaba »: the passive rule's
                                                # (not a cue's own « par » in a compound tense: « elle est
                                                # passée par Criteo », nor in an apposition: see _apposed_passage)
            if participle and ti > sent.start + 1 \
                    and self.texts[ti - 1] == "," and (ti - 2) in self.tok_mention \
                    and self.mentions[self.tok_mention[ti - 2]].type == "Organization" \
                    and self.mentions[self.tok_mention[ti - 2]].source != "coref" \
                    and "headquarteredIn" in preds:
                continue                        # « l'allemand X, installé à Munich »: X's seat (the gap rules')
            if participle and ti > sent.start \
                    and self.texts[ti - 1].lower() in self.cues.degree_adverbs \
                    and not compound \
                    and "AUX" not in self.pos[max(sent.start, ti - 4):ti - 1]:   # (« a lui aussi démissionné »)
                continue                        # « l'une des start-up les mieux financées d'Europe »: an adjective
            if kind == "verb" and tok.pos_ == "ADJ" and (tok.dep_ == "acl" or tok.dep_ == "amod" and "investsIn" in preds) \
                    and tok.head.pos_ == "NOUN" \
                    and tok.head.i < ti and re.search(r"(?:er|ir|re)$", phrase) \
                    and fold(tok.head.text) not in self.cues.type_nouns \
                    and not compound:
                continue                        # « des acteurs américains lourdement financés », « des concurrents
                                                # bien financés, à commencer par X »: a verb's participle
                                                # as an adjective (not a cue that is one: « disponible dans »; nor
                                                # after a type noun: « X, l'assistant intégré à WhatsApp »)
            # « est entrée chez FAIR », « est arrivé chez Meta »: the compound past of a verb taking
            # « être », which spaCy parses as a passive
            passive = kind == "verb" and any(c.dep_ == "aux:pass" for c in tok.children) \
                and tok.lemma_ not in self.cues.etre_verbs
            cue_end_char = self.doc[ti + length - 1].idx + len(self.doc[ti + length - 1])
            if kind == "verb" and not passive and "Part" in tok.morph.get("VerbForm") and tok.i > sent.start \
                    and not compound \
                    and re.match(r"[^,;.:()«»]{0,40}?\bpar\s", self.text[cue_end_char:sent.end_char]):
                passive = True                  # « X, rachetée trois ans plus tard par Y »: the participle's agent
                                                # is Y (the gap rule passive-agent), not its object
            objs_all = [i for i in owned.get(n, []) if self.mentions[i].start >= cue_end_char
                        and not re.match(r"\s*,\s*(?:et|ou)\s+(?:de\b|d['’]|du\b|des\b|à\b|aux?\b|par\b|auprès\b)",
                                         self.text[cue_end_char:self.mentions[i].start])]
            #   (« auprès de Daphni, qui mène le tour, et d'Ubérie Capital »: the outer list goes on)
            if kind == "verb":                  # « a annoncé qu'il utiliserait Lazulite-3 »: a name past a
                objs_all = [i for i in objs_all if not re.search(   # « que » is the clause's, not the cue's
                    r"(?<!ainsi )\bqu(?:e\b|['’])", self.text[cue_end_char:self.mentions[i].start])]
            filled = _FILLED_COMPLEMENT.match(self.text, cue_end_char, sent.end_char) \
                if kind == "verb" and "headquarteredIn" not in preds else None   # (« Installé sur le campus, à Lille »)
            if filled and filled["dem"] and (fold(filled["dem"]) in self.cues.time_nouns
                                             or filled["dem"].lower() in _WEEKDAYS):
                filled = None                   # « présente cette semaine une nouvelle version, X »: a time
            if filled and not any(cue_end_char <= m.start < filled.end() for m in self.mentions):
                # « Zendesk, qui a massivement investi dans l'IA générative, mais aussi avec Voxalia »: the
                objs_all = [i for i in objs_all if self.mentions[i].start < filled.end()]   # complement is no name
            if kind == "verb" and ti > sent.start and self.doc[ti - 1].lower_ in ("que", "qu'", "qu’") \
                    and any(c.dep_ == "obj" and c.i == ti - 1 for c in tok.children):
                objs_all = []                   # « X, que dirige Y, une ancienne de Z »: the object is X (gap rules)
            if participle and ti == sent.start:
                # « Rattachée à Lina Zarco, Vérane Compute exploite ... puces Nvidia »: a fronted participle's
                # objects end at its comma when one is named before it
                comma = self.text.find(",", cue_end_char, sent.end_char)
                if comma >= 0 and any(self.mentions[i].start < comma for i in objs_all):
                    objs_all = [i for i in objs_all if self.mentions[i].start < comma]
            cue_end_tok = ti + length
            for pred in preds:
                if passive and pred != "integratedInto":
                    continue                    # « ces modèles seraient proposés via Bedrock »: no agent named
                if pred == "investsIn" and kind == "noun" and re.search(
                        r"\b(?:avec\s+(?:la|sa|leur)|fonds\s+d['’]|sociétés?\s+d['’]|banque\s+d['’])\s*$",
                        self.text[max(sent.start_char, tok.idx - 12):tok.idx], re.I):
                    continue                    # « avec la participation de X »: a round's (_round_participants);
                                                # « le fonds d'investissement de Nvidia »: a description
                spec = self.cues.relation_spec(pred)
                s_types, o_types = self._allowed(pred)
                lemma = phrase
                pred_here = pred                # (a « où » clause makes a leading cue a job: see below)
                reverse = lemma in [v.lower() for v in spec.get("reverse_verbs", [])] and kind == "verb"
                if kind == "noun" and self._in_role(tok):
                    break                       # « responsable des partenariats médias »: a job title
                if kind == "noun":
                    if self._noun_cue(pred, tok, length, sent, ms, s_types, o_types):
                        break
                    continue
                if reverse:
                    s_types, o_types = o_types, s_types
                if pred in ("subOrganizationOf", "worksFor") and lemma in self.cues.relation_spec("integratedInto")["verbs"] \
                        and objs_all and self.mentions[objs_all[0]].type in ("AIModel", "Product"):
                    continue                    # « qui intègre Mistral Large, le modèle de Mistral AI »: a model goes in
                if pred in ("worksOn", "worksFor") and kind == "verb" and ti > sent.start \
                        and self.texts[ti - 1].lower() in ("s'", "s’", "se") \
                        and not {"s'" + lemma, "se " + lemma} & set(spec.get("verbs", [])):
                    continue                    # « un assistant qui s'intègre à Pennylane »: the thing goes in
                objs = [i for i in objs_all if self.mentions[i].type in o_types
                        and not (pred in ("investsIn", "partnerOf") and self._co_investor(i))
                        and not self._complement_of_other(i, objs_all, o_types)][:1]
                if pred == "develops" and objs and " " not in lemma and (re.match(
                        r"\s+(?:sur|avec|grâce (?:à|aux?)|à l['’]aide d|via|à partir (?:de|du|des|d['’]))\b", self.text[cue_end_char:])
                        or re.search(r"\b(?:sur|via)\s+(?:(?:la|le|les|l['’])\s*)?$",
                                     self.text[max(0, self.mentions[objs[0]].start - 8):self.mentions[objs[0]].start])):
                    objs = []                   # « un système entraîné sur les puces Trainium », « nous publions nos
                                                # données sur LeRobot »: an instrument, a place
                if pred == "leftOrganization" and objs and objs_all[0] != objs[0] \
                        and self._destination(objs_all[0], sent) == objs[0]:
                    objs = []                   # « quitte FAIR (a team) pour Google DeepMind »: where one goes
                if objs:
                    objs += self._list_from(objs[0], ms, +1, o_types)
                objs += [i for i in self._coordinated(cue_end_tok, sent, o_types) if i not in objs]
                if not objs:
                    before = max((i for i in self._sent_mentions(sent) if self.mentions[i].end <= tok.idx
                                  and self.mentions[i].type in o_types), key=lambda i: self.mentions[i].start,
                                 default=None)      # (an agent too: « traité par X, le modèle qu'OpenAI a publié »)
                    if before is not None and re.match(r"\s*,?\s*(?:(?:le|la|l['’]|les|un|une|son|sa|ses)\s*[^,;.«»]{0,50}?"
                                                       r"(?:[^;.«»]{0,60}?,)?\s*)?"   # (a longer apposition, then a comma)
                                                       r"(?:où|qu['’]|que|(?:dans|à|avec|sur)\s+(?:laquelle|lequel|lesquel(?:le)?s)"
                                                       r"|auquel|auxquel(?:le)?s)\b",   # « North, la plateforme que Cohere vend »,
                                                                                       # « Anthropic, dans laquelle il a investi »
                                                       self.text[self.mentions[before].end:tok.idx]) \
                            and not self._verb_after_relative(self.mentions[before].end, tok):
                        objs = [self._apposed_head(before, self._sent_mentions(sent))]
                        gap = self.text[self.mentions[before].end:tok.idx]
                        where = re.match(r"\s*,?\s*(?:(?:le|la|l['’]|les|un|une)\s*[^,;.«»]{0,50}?,\s*)?où\b", gap) \
                            and any(c.dep_ == "obj" and c.pos_ == "NOUN" for c in tok.children)   # (after an apposition:
                                                                # « Axis, le fabricant suédois, où il dirigeait »)
                        if where and pred != "leads":
                            objs = []           # « X, où elle a développé un outil »: « où » is where; the
                                                # verb has its own object
                        elif where and (tok.morph.get("Tense") == ["Imp"]
                                        or re.search(r"\boù\s+(?:il|elle)\s+a\s+longtemps\b", gap)
                                        or re.match(r"\s+pendant\s+(?:[\w\-]+\s+)?(?:ans|années|mois)\b",
                                                    self.text[tok.idx + len(tok.text):])):
                            pred_here = "leftOrganization"   # « passée par Accor, où elle pilotait les séminaires »,
                                                             # « l'AFP, où elle a longtemps piloté », « où il a
                                                             # supervisé pendant six ans »: a job left
                        elif where:             # « Anthropic, où il dirige une équipe »: a job there
                            pred_here = "worksFor"
                if pred == "headquarteredIn" and any(c.dep_ == "obj" for c in tok.children):
                    continue                    # « installer des centres de données en France » is no seat
                if lemma in spec.get("implicit_only", []):
                    objs = []                   # « Saule Capital, qui avait mené le tour ..., et Bpifrance »: no
                                                # object follows « mener le tour »; whose round, the article says
                implicit = not objs and (lemma in spec.get("implicit_object", []) or lemma in spec.get("implicit_only", []))
                if pred == "integratedInto" and not objs and not passive and not reverse:
                    model = next((i for i in objs_all if self.mentions[i].type == "AIModel"), None)
                    host = self._subject_syntax(tok, ["Product"]) if model is not None else None
                    if host is not None:        # « Kairn Flow, un assistant qui intègre Mistral Large »
                        self._add(pred, model, host, sent, f"cue:{pred}:{lemma}", 0.7, cue_tok=tok)
                    continue
                if not objs and pred == "partnerOf" and lemma in _RECIPROCAL and kind == "verb":
                    self._add_mutual(tok, sent, ms, s_types, lemma)   # « Mistral AI et Helsing s'associent »
                    continue
                if not objs and not implicit:
                    continue
                if ("Part" in tok.morph.get("VerbForm") or tok.pos_ == "ADJ") \
                        and not compound \
                        and (tok.dep_ in ("acl", "amod") or tok.i > sent.start and self.doc[tok.i - 1].text == ","):
                    subj = passage if passage is not None else self._apposed_owner(tok, s_types, sent)
                    # « X, un fonds installé à Y », « Elle s'est associée à X, un data scientist passé par Owkin »
                    modified = None             # what the participle qualifies: a name, else a type noun
                    if tok.dep_ in ("acl", "amod"):
                        at = self._mention_at(tok.head)
                        modified = self.mentions[at].type if at is not None else self.cues.type_nouns.get(fold(tok.head.text))
                    if subj is None and modified is not None and modified not in s_types:
                        continue                # « une unité baptisée Boussole, installée à Paris »: the unit's
                    if subj is None and pred == "founded" and modified is None and tok.dep_ in ("acl", "amod") \
                            and tok.head.pos_ == "NOUN" \
                            and tok.head.i < tok.i and tok.head.is_lower:
                        continue                # « le poste nouvellement créé de RSSI »: a thing's, no name's
                    if subj is None:                                     # « X, ... basé à Séoul »
                        subj = self._nearest_left(tok.idx, s_types, sent, exclude=set(objs))
                elif passage is not None:
                    subj = passage              # (see _apposed_passage, however parsed)
                else:
                    subj = self._subject_syntax(tok, s_types)
                    if subj is None and self._common_noun_subject(tok):
                        continue                # « le conflit dépasse le cas de Caracal »: no name acts
                if subj is None or subj in objs:
                    subj = self._nearest_left(tok.idx, s_types, sent, exclude=set(objs))
                if subj is None and tok.i - sent.start <= 2 and objs:
                    subj = self._fronted_subject(objs[0], ms, s_types, o_types)
                if subj is not None and kind == "verb":
                    subj = self._past_fronted_agents(subj, tok.idx, sent, ms, s_types)
                rivals = self._fronted_rivals.get(sent.start)
                if subj is not None and rivals is not None and subj in rivals[0] and self.mentions[rivals[1]].end <= tok.idx:
                    subj = rivals[1]            # « Face à Mistral AI, la start-up Dexalia a racheté X »: the main
                                                # clause's subject, not a rival of the fronted phrase
                if subj is None and self.topic is not None and self.mentions[self.topic].type in s_types:
                    subj = self.topic
                if implicit and subj is not None:
                    # « Nvidia et Bpifrance ont participé au tour de table »: whose round? another
                    # organisation of the sentence, else the article's organisation
                    group = {subj, *self._list_from(subj, ms, +1, s_types), *self._list_from(subj, ms, -1, s_types)}
                    backers = self._backers(tok.idx) if pred == "investsIn" else set()   # (no investor's round)
                    named = {fold(self.mentions[i].label) for i in group}   # (an anaphora of one is one)
                    o = next((i for i in ms if i not in group and fold(self.mentions[i].label) not in named
                              and self.mentions[i].type in o_types
                              and self.mentions[i].start < tok.idx and not self._is_source_mention(self.mentions[i])
                              and fold(self.mentions[i].label) not in backers
                              and not (pred == "investsIn" and self._joins_round(i))), None)
                    if o is None:               # (an event for « figurer parmi les exposants »)
                        o = self._antecedent(tok.idx, o_types[0] if "Organization" not in o_types else "Organization",
                                             exclude=backers | named)
                    if o is None or o in group or self.mentions[o].type not in o_types:
                        continue
                    objs = [o]
                if pred == "integratedInto" and objs and self.mentions[objs[0]].type == "Product" and any(
                        c.dep_ == "obj" and c.pos_ in ("PRON", "DET") and c.lower_.replace("’", "'") in ("l'", "le", "la", "les")
                        for c in tok.children):
                    # « SAP l'intègre à Joule »: what is integrated is the model spoken of last
                    model = self._recent_model(tok)
                    if model is not None:
                        self._add(pred, model, objs[0], sent, f"cue:{pred}:{tok.lemma_.lower()}", 0.65, cue_tok=tok)
                    continue
                if subj is None and pred == "integratedInto" and objs:
                    # « X intègre ChatGPT dans Siri »: the first object is integrated into what follows « dans »
                    into = self._after_prep(tok.i, sent, ("dans", "à", "au", "sur"), reach=26)   # past an apposition
                    thing = next((i for i in objs_all if self.mentions[i].type in s_types), None)   # (« a intégré
                    if into is not None and thing is not None and thing != into and self.mentions[into].type in o_types \
                            and self.mentions[thing].start < self.mentions[into].start:      # Faellis 2 à Eskel »: a
                        self._add(pred, thing, into, sent, f"cue:{pred}:{tok.lemma_.lower()}", 0.7, cue_tok=tok)
                    continue                    # model, which the cue's objects, products only, leave out)
                if subj is None:
                    continue
                if objs and "Inf" in tok.morph.get("VerbForm") and re.match(r"\s*(?:pour|afin\s+de)\s", self.text[
                        sent.start_char:tok.idx], re.I) and "," not in self.text[sent.start_char:tok.idx] \
                        and "," in self.text[tok.idx:self.mentions[objs[0]].start]:
                    continue                    # « Pour piloter ce chantier, la banque a nommé X »: its object
                                                # is before the comma, not the main clause's subject
                p = pred_here
                if pred == "develops" and self.mentions[subj].type == "Person" \
                        and lemma in spec.get("not_person_verbs", []):
                    continue                    # « X, directrice de recherche chez Y, y a présenté Z »: Y's
                if pred == "develops" and self.mentions[subj].type in ("Person", "Team") \
                        and (lemma in spec.get("person_or_team_verbs", [])
                             or self.mentions[subj].type == "Person" and lemma in spec.get("person_verbs", [])):
                    p = spec.get("person_or_team_predicate", pred)
                if self._cue_undone(pred, lemma, tok, sent, subj, objs):
                    continue                    # « Microsoft, qui propose Y dans sa place de marché », « X
                                                # détient 80 % du marché » (``cue_undone_by``)
                if pred == "leads" and kind == "verb" and lemma == "piloter" and objs and (noun := re.search(
                        r"\b(?:le|la|les|l['’]|une?|des|ses|sa|son)\s*([a-zà-ÿ][a-zà-ÿ\-]{2,})\b[^A-ZÀ-Ý]*$",
                        self.text[cue_end_char:self.mentions[objs[0]].start])) \
                        and self.cues.type_nouns.get(fold(noun.group(1))) not in ("Organization", "Team"):
                    p = "worksFor"              # « elle pilote donc la recherche de Lenvora », « pilotait la
                                                # stratégie du groupe »: a post there, not the head
                if kind == "verb" and tok.i == sent.start and "Part" in tok.morph.get("VerbForm") \
                        and self._passive_predicate(tok.text) is not None and self._agent_par(tok, sent) is not None:
                    continue                    # « Fondée en 2022 par deux anciens de X, A et B, Y ... »: the
                                                # fronted participle's agents and subject (_fronted_passive)
                if pred == "leads" and kind == "verb" and self._clitic_obj(tok) is not None:
                    continue                    # « X, qui le dirige »: what « le » stands for (_clitic_head)
                if pred == "leads" and kind == "verb" and objs and re.match(
                        r"\s+avec\b", self.text[cue_end_char:self.mentions[objs[0]].start]):
                    continue                    # « qui mène avec Inria un projet »: a companion, not what she leads
                if pred == "leads" and kind == "verb" and objs and re.fullmatch(
                        r"\s+chez\s*", self.text[cue_end_char:self.mentions[objs[0]].start]):
                    at = self.mentions[objs[0]]     # « dirige chez Meta l'équipe Kithara »: the team, Meta's
                    unit = next((i for i in ms if self.mentions[i].type == "Team" and self.mentions[i].start > at.end
                                 and re.fullmatch(r"\s+(?:la|le|l['’])\s*(?:[a-zà-ÿ\-]+\s+){1,2}",
                                                  self.text[at.end:self.mentions[i].start])), None)
                    if unit is not None:
                        self._add("subOrganizationOf", unit, objs[0], sent, "cue:leads:chez", 0.7, cue_tok=tok)
                        objs = [unit]
                if pred == "leads" and kind == "verb" and objs and re.fullmatch(
                        r"\s+(?:(?:auparavant|déjà|désormais|aujourd['’]hui|jusqu['’]ici|alors|notamment)\s+)?"
                        r"(?:la|le|l['’]|les)\s*[a-zà-ÿ][\w\-]*(?:\s+[a-zà-ÿ][\w\-]*){0,3}\s+(?:de|d['’]|du|des|chez)\s*"
                        r"(?:(?:la|le|l['’])\s*(?:[a-zà-ÿ][\w\-]*\s+)?)?", self.text[cue_end_char:self.mentions[objs[0]].start]):
                    p = "worksFor"              # « qui dirige la recherche de l'entreprise », « pilote les produits
                                                # de la start-up X », « la recherche chez X »: a part of it
                after_subj = bisect.bisect_left(self.idx, self.mentions[subj].end)
                apposed = "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children) \
                    and "," in self.text[self.mentions[subj].end:tok.idx] \
                    and "AUX" not in self.pos[after_subj:tok.i]   # « ..., et B, un ingénieur passé par
                subjects = [subj] + [k for k in self._list_from(subj, ms, +1, s_types)   # Owkin »: B's own apposition
                                     + (self._list_from(subj, ms, -1, s_types) if not apposed else [])
                                     if self.mentions[k].end <= tok.idx]
                added = False
                for sj in subjects:
                    for o in objs:
                        s_, o_ = (o, sj) if reverse else (sj, o)
                        if p == "headquarteredIn" and self._seat_given(o_, s_, sent):
                            continue            # « de Basalte, une start-up installée à Paris »: Basalte's seat
                        added |= self._add(p, s_, o_, sent, f"cue:{pred}:{lemma}", 0.75, cue_tok=tok)
                if p == "partnerOf" and lemma in _RECIPROCAL:   # « A, B et C s'allient au sein de X »: partners
                    added |= self._add_mutual(tok, sent, ms, s_types, lemma)             # of each other too
                if p == "founded" and added and not reverse:    # « qu'elle a fondée avec Tiago Ferraz »
                    for c in tok.children:
                        k = self._mention_at(c) if c.dep_.startswith("obl") and any(
                            g.lower_ == "avec" and g.dep_ == "case" for g in c.children) else None
                        if k is None or self.mentions[k].type != "Person" or k in subjects:
                            continue
                        for k2 in [k, *self._list_from(k, ms, +1, ["Person"])]:
                            for o in objs:
                                self._add(p, k2, o, sent, f"cue:{pred}:{lemma}+avec", 0.7, cue_tok=tok)
                if p == "successorOf" and objs:   # « qui remplace Mistral Medium 3 dans Le Chat »: the new
                    host = re.match(r"\s*(?:dans|au sein de|au sein d['’]|sur)\s*", self.text[self.mentions[objs[-1]].end:])
                    into = next((i for i in ms if host and self.mentions[i].start == self.mentions[objs[-1]].end + host.end()
                                 and self.mentions[i].type == "Product"), None)   # model goes into the product
                    if into is not None:
                        for sj in subjects:
                            self._add("integratedInto", sj, into, sent, f"cue:integratedInto:{lemma}", 0.7, cue_tok=tok)
                if added:
                    break

    def _add_mutual(self, verb, sent, ms: list[int], types: list[str], lemma: str) -> bool:
        """partnerOf between every two of a reciprocal verb's subjects (:meth:`_reciprocal_group`)."""
        group, added = self._reciprocal_group(verb, sent, ms, types), False
        for x, a in enumerate(group):
            for b in group[x + 1:]:
                added |= self._add("partnerOf", a, b, sent, f"cue:partnerOf:{lemma}+mutual", 0.7, cue_tok=verb)
        return added

    _LIST_LINK = re.compile(r"\s*(?:,|et|,\s*et)\s*(?:(?:le|la|les|l['’])\s*)?(?:[\w\-]+\s+){0,2}")

    def _reciprocal_group(self, verb, sent, ms: list[int], types: list[str]) -> list[int]:
        """« OVHcloud, Orange, l'italien Voltacielo et la PME bretonne Kerlys Data s'allient »: the
        names listed from the sentence's start up to a reciprocal verb (its subjects, which the
        parser often splits), else the verb's subject and its list."""
        before = [i for i in ms if self.mentions[i].end <= verb.idx and self.mentions[i].source != "coref"]
        if len(before) >= 2 and all(self.mentions[i].type in types for i in before) \
                and re.fullmatch(r"\s*", self.text[sent.start_char:self.mentions[before[0]].start]) \
                and re.fullmatch(r"\s*(?:s['’]|se|ne|n['’])?\s*", self.text[self.mentions[before[-1]].end:verb.idx]) \
                and all(self._LIST_LINK.fullmatch(self.text[self.mentions[a].end:self.mentions[b].start])
                        for a, b in zip(before, before[1:])):
            return before
        subj = self._subject_syntax(verb, types)
        if subj is None:
            return []
        return [subj] + [k for k in self._list_from(subj, ms, +1, types) + self._list_from(subj, ms, -1, types)
                         if self.mentions[k].end <= verb.idx]

    def _after_prep(self, start_tok: int, sent, preps: tuple[str, ...], within: int = 4, reach: int = 14) -> int | None:
        """The first mention after one of ``preps`` following token ``start_tok`` (within ``reach`` tokens)."""
        tok = self.tok
        for k in range(start_tok, min(sent.end, start_tok + reach)):
            if k > start_tok and tok[k].lower_ == "par" and "par" not in preps:
                break                           # « un laboratoire fondé par deux anciens de X »: X is the agent's
            if tok[k].lower_.replace("’", "'") in preps:
                if k + 1 < sent.end and (tok[k + 1].like_num or tok[k + 1].lower_ in ("quelque", "près", "plus", "moins")):
                    continue                    # « de 600 millions d'euros », « en 2023 »: an amount, a date
                for j in range(k + 1, min(sent.end, k + 1 + within)):
                    if j in self.tok_mention:
                        return self.tok_mention[j]
                    if tok[j].pos_ in ("VERB", "AUX", "ADP") or tok[j].is_punct:
                        break                   # « d'euros menée par X »: X is not « de » this noun
        return None

    def _noun_cue(self, pred, tok, length, sent, ms, s_types, o_types) -> bool:
        if pred == "competitorOf" and self.cues.fronted_rivalry_rx is not None and (
                opener := self.cues.fronted_rivalry_rx.match(self.text, sent.start_char, sent.end_char)) \
                and tok.idx < opener.end():
            return True                         # « Face à A, ..., X »: see _fronted_rivalry
        if pred == "leads" and tok.dep_ == "obj" and tok.head.lemma_ in self.cues.relation_spec("leftOrganization")["verbs"]:
            pred = "leftOrganization"           # « a quitté en février la direction de X »
        if pred == "leads" and re.search(r"\b(?:rattachée?s?|placée?s?|reliée?s?|directement)\s+(?:à|auprès\s+de)\s+la\s*$",
                                         self.text[max(0, tok.idx - 30):tok.idx]):
            return True                         # « une entité rattachée à la direction générale de X »: a body
        after = tok.i + length
        det = tok.i - 2 if tok.i > sent.start + 1 and self.texts[tok.i - 1] in _COUNT_WORDS else tok.i - 1
        if pred == "leads" and self._staff_post_at(tok.idx):
            return False                        # « l'intérim de la direction technique est confié à X »: a post
        if pred == "leads" and det >= sent.start and self.lemmas[det] in _POSSESSIVES:
            return False                        # « Sa direction est confiée à X, passé par Criteo »: whose, the
                                                # possessive says (_post_given), not a name further on
        if det >= sent.start and self.lemmas[det] in _POSSESSIVES and after < sent.end and (
                self.texts[after] == "," or _ROLES_AND.match(self.text, self.tok[after - 1].idx + len(self.texts[after - 1]),
                                                             sent.end_char)):
            return False                        # « Son fondateur, X, un ancien d'Airbus, », « Ses deux fondateurs,
                                                # A et B, viennent de Google »: whose, the possessive says
                                                # (_possessive_relations), not a « de » further on (nor
                                                # after « Son fondateur et PDG, X, un ancien d'Exotec »)
        de_m = self._after_prep(after - 1, sent, ("de", "des", "du", "d'", "à", "au", "aux"), within=4) \
            if self.doc[after - 1].lower_ not in ("de", "à", "au", "aux") else self._first_mention_after(after, sent, 4)
        if de_m is not None and pred == "investsIn" and self._co_investor(de_m):
            de_m = None                         # « le tour de table de 22 millions, aux côtés de Bpifrance »
        dans_m = self._after_prep(after, sent, ("dans", "en", "auprès"))
        aupres = next((i for i in ms if 0 <= self.mentions[i].start - self.doc[after - 1].idx <= 80
                       and self._after_aupres(self.mentions[i])), None)
        if aupres is not None and pred == "investsIn" and self.mentions[aupres].type in s_types:
            # « a bouclé un tour de table de 60 millions auprès d'Albane et de NVentures »: the
            # names after « auprès de » invest in the sentence's subject
            obj = self._subject_syntax(tok, o_types)
            if obj is None and tok.head.pos_ == "VERB" and tok.head.i < tok.i:
                k = tok.head.i                  # « Radiomnis a bouclé un tour ... »: the name right before the
                while k > sent.start and self.texts[k - 1].lower() in _CLITICS_AUX:   # verb (a parse that hung it
                    k -= 1                                                            # elsewhere)
                obj = self._just_before(self.tok[k].idx, o_types) if k > sent.start and self.texts[k - 1] != "," else None
            if obj is None or obj == aupres:
                obj = self._antecedent(tok.idx, "Organization")
            if obj is None or obj == aupres:
                return False
            ok = False
            for i in [aupres, *self._list_from(aupres, ms, +1, s_types)]:
                ok |= self._add(pred, i, obj, sent, f"noun:{pred}:{tok.lemma_.lower()}:aupres", 0.7, cue_tok=tok)
            return ok
        par_m = self._after_prep(after, sent, ("par",))
        if par_m is not None and any(self.doc[after - 1].idx < self.mentions[i].start < self.mentions[par_m].start
                                     and i != de_m for i in ms):
            par_m = None        # « une prise de participation dans X, un laboratoire fondé par ... »: X's agent
        chez_m = self._after_prep(after, sent, ("chez", "sein"))
        subj = obj = None
        if de_m is not None and self.mentions[de_m].type in s_types and self.mentions[de_m].type not in o_types:
            subj = de_m
            obj = next((x for x in (dans_m, chez_m) if x is not None and self.mentions[x].type in o_types), None)
            if obj is None:
                obj = next((i for i in ms if self.mentions[i].start > self.mentions[de_m].end
                            and self.mentions[i].type in o_types), None)
            if obj is None and pred == "leftOrganization":
                obj = self._antecedent(tok.idx, "Organization")
        elif pred in ("competitorOf", "partnerOf"):
            k = tok.i - 1
            while k > sent.start and self.pos[k] == "ADJ":
                k -= 1
            if fold(self.texts[tok.i]) in self.cues.possessive_nouns and self.texts[k].lower() in _POSSESSIVES | _OUR | {
                    "mes", "mon"}:
                return False                    # « ses concurrents, A et B »: the possessive rule's (« nos
                                                # concurrents sont A et B »: the speaker's; neither is the other's)
            if k > sent.start and self.texts[k].lower() == "les" and self.texts[k - 1].lower() == "parmi":
                return self._among_noun(pred, tok, de_m, sent, ms, s_types, o_types)
            avec_m = self._after_prep(after, sent, ("avec",)) if pred == "partnerOf" else None
            if avec_m is not None and de_m is not None and self.mentions[avec_m].start < self.mentions[de_m].start:
                de_m = None                     # « un accord avec Scaleway, la filiale cloud du groupe Iliad »
            obj = next((x for x in (par_m, de_m, avec_m) if x is not None and self.mentions[x].type in o_types), None)
            if obj is None:
                obj = self._first_mention_after(after, sent, 8, o_types)
            if obj is None:
                # « Anthropic et Google ont annoncé un partenariat »: the partners are the subjects
                group = [i for i in ms if self.mentions[i].end <= tok.idx and self.mentions[i].type in s_types]
                first = group[0] if group else None
                members = [first, *self._list_from(first, ms, +1, s_types)] if first is not None else []
                members = [i for i in members if self.mentions[i].end <= tok.idx]
                if len(members) >= 2:
                    ok = False
                    for other in members[1:]:
                        ok |= self._add(pred, members[0], other, sent, f"noun:{pred}:{tok.lemma_.lower()}:between", 0.7, cue_tok=tok)
                    return ok
            if obj is not None:
                subj = self._subject_syntax(tok, s_types)
                if subj is None or subj == obj:
                    subj = self._nearest_left(tok.idx, s_types, sent, exclude={obj})
                if subj is None:                # (not « le laboratoire Rhizome de l'université de Strasbourg »)
                    subj = next((i for i in ms if self.mentions[i].start > tok.idx and i != obj
                                 and self.mentions[i].type in s_types and not self._de_complement(i)
                                 and i not in self._list_from(obj, ms, +1, o_types)), None)
                if subj is None and tok.i > sent.start and self.doc[tok.i - 1].lower_ in (
                        "le", "la", "l'", "l’", "son", "sa", "ce", "cette", "un", "une"):
                    subj = self._antecedent(tok.idx, "Organization")   # « le partenariat avec OpenAI », « la
                                                                        # signature d'un partenariat avec X »
                    subj = None if subj == obj else subj
        elif pred == "acquired" and de_m is not None and fold(tok.text) in self.cues.sale_nouns \
                and self.mentions[de_m].type in o_types:
            # « la cession de Mnemo, l'une de ses participations, au groupe Capgemini »: the buyer follows « à »
            obj = de_m
            subj = next((i for i in ms if self.mentions[i].start > self.mentions[de_m].end and self.mentions[i].type
                         in s_types and re.search(r"(?:\bà|\bau|\baux)\s*(?:(?:la|le|l['’])\s*)?(?:[\w\-]+\s+)?$",
                                                  self.text[max(0, self.mentions[i].start - 20):self.mentions[i].start])), None)
        elif de_m is None and par_m is not None and self.mentions[par_m].type in s_types \
                and pred in ("investsIn", "acquired"):
            # « Mistral AI a bouclé une levée de fonds menée par ASML »
            subj = par_m
            obj = self._subject_syntax(tok, o_types)
            if (obj is None or obj == subj) and pred == "investsIn" and self._is_round_noun(tok):
                obj = self._round_raiser(sent)  # « La jeune société annonce une levée. Le tour de table est
                                                # mené par X »: who the sentence before says raised it
            if obj is None or obj == subj:
                obj = self._antecedent(tok.idx, "Organization")
        else:
            if de_m is not None and self.mentions[de_m].type in o_types:
                obj = de_m
                subj = next((x for x in (par_m,) if x is not None and self.mentions[x].type in s_types), None)
                if subj is None and pred == "founded" and fold(tok.text) in self.cues.founder_nouns \
                        and tok.i > sent.start and self.pos[tok.i - 1] == "DET":
                    subj = next((i for i in ms if self.mentions[i].type == "Person"   # « il succède à la fondatrice
                                 and re.fullmatch(r"\s*,\s*", self.text[self.mentions[de_m].end:self.mentions[i].start])),
                                None)           # de l'entreprise, Nadia Orliac, »: the person set in apposition
                if subj is None and dans_m is not None and self.mentions[dans_m].type in o_types \
                        and self.mentions[de_m].type in s_types and pred != "subOrganizationOf":
                    subj, obj = de_m, dans_m
                if subj is None and (k := max((i for i in ms if self.mentions[i].end <= tok.idx), default=None,
                                              key=lambda i: self.mentions[i].end)) is not None and k != obj \
                        and self.mentions[k].type in s_types \
                        and self._APPOSED_NOUN.fullmatch(self.text, self.mentions[k].end, tok.idx):
                    subj = k                    # « avec Santoline Ventures, déjà actionnaire de Posolia »: the
                                                # name the noun is set in apposition to, not the clause's subject
                if subj is None:
                    subj = self._subject_syntax(tok, s_types)
                if subj is None:
                    subj = self._nearest_left(tok.idx, s_types, sent, exclude={obj})
                if subj is None and tok.i - sent.start <= 2:
                    subj = self._fronted_subject(obj, ms, s_types, o_types)
                if subj is None and self.topic is not None and self.mentions[self.topic].type in s_types:
                    subj = self.topic
                if pred == "subOrganizationOf" and subj is not None and not self._names_unit(subj, tok, sent) \
                        and not (subj == self.topic and tok.dep_.startswith("nsubj")):
                    subj = None                 # « Amazon crée une équipe ... et débauche un chercheur de X »
                                                # (« La branche cloud de Google a annoncé »: the article's unit)
            elif pred == "investsIn" and dans_m is not None and self.mentions[dans_m].type in o_types:
                obj = dans_m                    # « Microsoft a annoncé une prise de participation dans X »
                subj = self._subject_syntax(tok, s_types)
                if subj is None or subj == obj:
                    subj = self._nearest_left(tok.idx, s_types, sent, exclude={obj})
            elif pred in ("acquired", "investsIn") and (colon := next(
                    (k for k in range(after, min(sent.end, after + 5)) if self.texts[k] == ":"), None)) is not None:
                obj = self._first_mention_after(colon + 1, sent, 2, o_types)   # « deux acquisitions : X et Y »
                subj = self._subject_syntax(tok, s_types)
                if subj is None or subj == obj:
                    subj = self._nearest_left(tok.idx, s_types, sent, exclude={obj} if obj is not None else set())
        if subj is not None and sent.start_char <= self.mentions[subj].start < tok.idx and self.text.rfind(
                "»", self.mentions[subj].end, tok.idx) > self.text.rfind("«", self.mentions[subj].end, tok.idx):
            subj = None                         # « Priya était notre premier choix », explique la cofondatrice de
                                                # X: a name inside the quotation is not the speaker
        if subj is None or obj is None:
            return False
        if pred == "develops" and self.mentions[subj].type == "Person":
            works_on, not_hers = self.cues.person_nouns   # « le lancement d'Argus » by a person: she speaks
            noun = fold(tok.lemma_)                        # for its maker; « l'entraînement de X »: she works on it
            if noun in not_hers:
                return False
            if noun in works_on:
                pred = self.cues.relation_spec(pred).get("person_or_team_predicate", pred)
        if pred == "leads" and tok.lower_ == "direction":
            if re.search(r"\bsous\s+(?:la|sa|leur)\s*$", self.text[max(sent.start_char, tok.idx - 12):tok.idx], re.I):
                return False                    # « sous la direction de X »: what was done under her, no head
            qualifier = re.match(r"\s+(?!générale\b|exécutive\b|opérationnelle\b)([\w\-]+)(?:\s+[\w\-]+){0,3}?\s+(?:de|du|d['’])\b",
                                 self.text[tok.idx + len(tok.text):sent.end_char])
            if qualifier and qualifier.group(1) not in ("de", "du", "d"):
                pred = "worksFor"               # « la direction Deeptech de Bpifrance », « la direction des données
                                                # de X »: a department of X, which she heads, not X
        if pred == "leftOrganization" and tok.idx < self.mentions[obj].start and re.search(
                r"\b(?:vers|pour|chez|à)\s*(?:(?:la|le|l['’])\s*)?$",
                self.text[max(tok.idx, self.mentions[subj].end):self.mentions[obj].start]):
            return False                        # « le départ de X vers Signifia »: where she goes, not what she leaves
        if pred == "worksFor" and fold(tok.text).startswith("arrive") and tok.idx < self.mentions[obj].start \
                and tok.i > sent.start and self.texts[tok.i - 1] == "," and re.fullmatch(
                    r"(?:(?!\b(?:chez|à|au|aux|poste|sein)\b)[^,;.])*\b(?:de|du|d['’])\s*(?:(?:la|le|l['’])\s*)?",
                    self.text[tok.idx + len(tok.text):self.mentions[obj].start]):
            return False                        # « X, arrivée l'été dernier de Doctolib »: where she comes from (the
                                                # gap rule arrives-from), not where she arrived
        extractor = f"noun:{pred}:{tok.lemma_.lower()}"
        ok = self._add(pred, subj, obj, sent, extractor, 0.7, cue_tok=tok)
        who, what = self.mentions[subj], self.mentions[obj]   # (the person set in apposition to the role)
        apposed = re.fullmatch(r"\s*,\s*(?:(?:le|la|l['’]|son|sa)\s*)?", self.text[who.end:tok.idx]) if who.end <= tok.idx \
            else re.fullmatch(r"\s*(?:[a-zà-ÿ\-]+\s*)?,\s*", self.text[what.end:who.start]) if what.end <= who.start else None
        second = self.cues.second_role_rx.match(self.text, tok.idx + len(tok.text)) \
            if ok and apposed and pred == "founded" and self.cues.second_role_rx is not None else None
        if second is not None:                  # « Le cofondateur et PDG de la licorne, X »: both
            role = second.group("role")
            other = self._role_word_predicate(second.group("word"), role)
            if other in ("leads", "worksFor"):
                self._add(other, subj, obj, sent, extractor + "+role", 0.65, cue_tok=tok, role=role)
        if ok:
            for k in self._list_from(obj, ms, +1, o_types):
                self._add(pred, subj, k, sent, extractor + "+list", 0.65, cue_tok=tok)
        return ok

    def _among_noun(self, pred: str, tok, de_m: int | None, sent, ms: list[int], s_types, o_types) -> bool:
        """« Parmi les partenaires de X figurent A, B et C », « A et B comptent parmi les concurrents
        de X »: the names listed after X (else the subject list before the noun) are X's partners or
        competitors, never each other's; nothing when « de » names no organisation (« du campus »)."""
        owner = de_m if de_m is not None and self.mentions[de_m].type in s_types and re.fullmatch(
            r"\s*(?:de|du|des|d['’])\s*(?:(?:la|le|l['’])\s*)?", self.text[tok.idx + len(tok.text):self.mentions[de_m].start]) \
            else None
        if owner is None:
            return False
        span = self.doc.char_span(self.mentions[owner].start, self.mentions[owner].end, alignment_mode="expand")
        first = self._first_mention_after(span.end, sent, 8, o_types) if span is not None else None
        names = [first, *self._list_from(first, ms, +1, o_types)] if first is not None else []
        if not names:
            first = next((i for i in ms if self.mentions[i].end <= tok.idx and self.mentions[i].type in o_types), None)
            names = [i for i in ([first, *self._list_from(first, ms, +1, o_types)] if first is not None else [])
                     if self.mentions[i].end <= tok.idx]
        if not names or owner in names:
            return False
        ok = False
        for i in names:
            ok |= self._add(pred, owner, i, sent, f"noun:{pred}:{tok.lemma_.lower()}:among", 0.65, cue_tok=tok)
        return ok

    def _staff_post_at(self, pos: int) -> bool:
        """Whether a post that is a job at an organisation, not its head (``Cues.staff_post_rx``:
        « direction technique », « direction de la recherche »), is named at ``pos``."""
        rx = self.cues.staff_post_rx
        return rx is not None and rx.match(fold(self.text[pos:pos + 40])) is not None

    def _in_role(self, tok) -> bool:
        """Whether noun ``tok`` completes a role (« responsable des partenariats », « directeur des
        acquisitions », « chargée des investissements »)."""
        return self.cues.role_title_rx.search(self.text[max(0, tok.idx - 50):tok.idx]) is not None

    def _names_unit(self, i: int, tok, sent) -> bool:
        """Whether mention ``i`` is the unit that the noun ``tok`` (« équipe », « filiale ») is
        said of: set in apposition to its noun phrase (« FAIR, le laboratoire de ») or its
        subject with a copula (« X est une filiale de »), or named right after the noun."""
        m = self.mentions[i]
        if m.end <= tok.idx:
            between = self.text[m.end:tok.idx]
            copula = r"(?:qui\s+)?(?:est|était|sera|devient|reste|devenue?)\s+"
            between = re.sub(r"^\s*\([^()]{1,30}\)", "", between)     # « Amazon Web Services (AWS), la filiale »
            return bool(re.fullmatch(r"\s*(?:[,(:]|\)\s*,)?\s*(?:" + copula + r")?(?:(?:le|la|l['’]|un|une|sa|son|leur)\s*)?"
                                     r"(?:[a-zà-ÿ\-]+\s+){0,2}", between)) \
                and bool(re.search(r"[,(:)]|\b" + copula, between))
        return self._first_mention_after(tok.i + 1, sent, 3) == i

    def _fronted_subject(self, obj: int, ms: list[int], s_types, o_types) -> int | None:
        """« Présent à VivaTech, Jensen Huang a ... »: a fronted phrase's subject follows it."""
        skip = {obj, *self._list_from(obj, ms, +1, o_types)}
        last = max(skip, key=lambda i: self.mentions[i].end)
        for i in ms:
            if i not in skip and self.mentions[i].start > self.mentions[last].end and self.mentions[i].type in s_types:
                gap = self.text[self.mentions[last].end:self.mentions[i].start]
                return i if "," in gap and len(gap) < 40 else None
        return None

    def _first_mention_after(self, tok_i: int, sent, within: int, types=None) -> int | None:
        for j in range(tok_i, min(sent.end, tok_i + within)):
            if j in self.tok_mention:
                i = self.tok_mention[j]
                if types is None or self.mentions[i].type in types:
                    return i
        return None

    def _clitic_successor(self, sent, ms: list[int]) -> None:
        """« Praxis-1 ne sera pas le dernier : Praxis-2 doit lui succéder »: « lui » is the model
        named before the subject."""
        for t in self._toks(sent):
            if t.lemma_ not in self.cues.successor_verbs or t.i == 0 or self.texts[t.i - 1].lower() != "lui":
                continue
            new = max((i for i in ms if self.mentions[i].end <= t.idx and self.mentions[i].type in ("AIModel", "Product")),
                      key=lambda i: self.mentions[i].start, default=None)    # the subject, named last before
            if new is None:
                continue
            old = max((i for i in ms if self.mentions[i].end <= self.mentions[new].start
                       and self.mentions[i].type == self.mentions[new].type), key=lambda i: self.mentions[i].start,
                      default=None)
            if old is None:
                old = self._last_thing(sent.start_char, [self.mentions[new].type], backs=(1,))
            if old is not None:
                self._add("successorOf", new, old, sent, "cue:successorOf:lui", 0.65, cue_tok=t)

    # « Pantograf 2 », « Gentiane-2 »: a family's name and a version number
    _NUMBERED = re.compile(r"(?P<stem>.*?[^\W\d])[\s\-]*(?P<n>\d{1,2})")

    def _numbered_version(self, sent, ms: list[int]) -> None:
        """« Pantograf 2, la nouvelle version de son modèle », « une seconde génération de son
        modèle, Tirefond 2 »: the highest-numbered model of a family in a sentence that calls it a
        new version succeeds the one numbered before it the article names (« Tirefond 1 », or
        « Tirefond » for a 2), unless a rule already gave it a predecessor."""
        if not self.cues.rx["new_version"].search(self.text, sent.start_char, sent.end_char):
            return
        newest: dict[str, tuple[int, int]] = {}     # family -> (number, mention)
        for i in ms:
            m = self.mentions[i]
            v = self._NUMBERED.fullmatch(m.label) if m.type == "AIModel" and m.source != "coref" else None
            if v is not None and int(v["n"]) >= 2 and int(v["n"]) > newest.get(fold(v["stem"]), (0, 0))[0]:
                newest[fold(v["stem"])] = (int(v["n"]), i)
        for stem, (n, i) in newest.items():
            if self._relations_of(i, ("successorOf",)):
                continue
            wanted = {f"{stem} {n - 1}"} | ({stem} if n == 2 else set())
            old = next((k for k, o in enumerate(self.mentions) if o.type == "AIModel" and fold(o.label) in wanted), None)
            if old is not None:
                self._add("successorOf", i, old, sent, "numbered-version", 0.65)

    def _fronted_career(self, sent, ms: list[int]) -> None:
        """« Passé par Google Brain puis par OpenAI, ..., Tarik Oumrane a rejoint Anthropic », « Ancienne
        de BNP Paribas, ..., cette polytechnicienne »: the organisations after a fronted « passé par » or
        « Ancien(ne) de » are ones the clause's subject left, as after « X, passé par Y »."""
        first = sent[0]
        k = 1
        while k < min(3, len(sent) - 1) and sent[k].pos_ == "ADV":
            k += 1                              # « Passée auparavant par Meta, »
        former = fold(first.text) in ("ancien", "ancienne", "anciens", "anciennes") and len(sent) > 3 \
            and sent[1].lower_.replace("’", "'") in ("de", "d'", "du", "des")   # « Ancien de Google DeepMind, ... »
        role = self.cues.former_role_opener_rx.match(self.text, sent.start_char, sent.end_char) if not former else None
        former = former or role is not None     # « Ex-directeur commercial de Lirac, ..., Karim Lounès »
        passed = ("passe", "passee", "passes", "passees")
        if not former and (fold(first.text) not in passed or len(sent) < k + 2 or sent[k].lower_ != "par"):
            # « Ingénieure de formation, passée par l'AFP, ..., elle », « Docteur en statistique, passé par
            # l'Inria, ..., il »: the participle after a descriptor of the subject, no finite verb before it
            first = next((t for t in sent[:12] if fold(t.text) in passed and t.i + 1 < sent.end
                          and self.texts[t.i + 1] == "par" and t.i > sent.start), None)
            if first is None or any("Fin" in self.tok[j].morph.get("VerbForm") or self.texts[j] in ("qui", "que", "dont")
                                    or (n := self.tok_mention.get(j)) is not None and self.mentions[n].type == "Person"
                                    for j in range(sent.start, first.i)):
                return                          # (not « X, passé par Y, »: the gap rules')
        link = r"(?:de|d['’]|du|des)" if former else r"par"
        cue_end = first.idx + len(first.text)
        places = [i for i in ms if self.mentions[i].type in ("Organization", "Team") and self.mentions[i].source != "coref"
                  and self.mentions[i].start > first.idx
                  and (re.fullmatch(r"\s*(?:\w+\s+)?(?:(?:,|et|puis|ou)\s*)*" + link + r"\s*(?:(?:la|le|les|l['’])\s*)?"
                                    r"(?:(?:groupe|laboratoire|labo|géant|cabinet|institut|studios?|société)\s+(?:[a-zà-ÿ\-]+\s+)?)?",
                                    self.text[max(cue_end, self._prev_end(i, sent)):self.mentions[i].start])   # (an adverb;
                       or role is not None and self.mentions[i].start == role.end())]   # « le groupe hôtelier Accor »)
        person = next((i for i in ms if self.mentions[i].type == "Person" and self._is_subject(i)), None)
        pron = next((t for t in sent if t.lower_ in ("il", "elle") and t.i > first.i + 2
                     and self.texts[t.i - 1] == ","), None)
        if person is None:
            person = self._first_mention_after(first.i, sent, 40, ["Person"])
            if person is not None and (not re.search(r",\s*$", self.text[sent.start_char:self.mentions[person].start])
                                       or pron is not None and pron.idx < self.mentions[person].start):
                person = None                   # (« ..., il rendra compte au PDG, X »: the pronoun's)
        at = self.mentions[person].start if person is not None else None
        if person is None:                      # « Passée par Google DeepMind, ..., elle pilotait »
            person = self._last_person(pron.idx, pron.text) if pron is not None else None
            at = pron.idx if pron is not None else None
        if person is None:                      # « Ancienne de HelloFresh, ..., la responsable de l'équipe
            noun = next((t for t in sent if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.i > first.i + 2   # connaît »:
                         and self.texts[t.i - 2] == "," and fold(t.text) in self.cues.role_words   # the person
                         and self.texts[t.i - 1].lower() in _DEFINITE_DETS), None)
            if noun is not None:                # the role noun stands for, by its gender
                g = self._phrase_gender(self.text[self.idx[noun.i - 1]:noun.idx + len(noun.text)])
                person = self._last_person(noun.idx, {"f": "elle", "m": "il"}.get(g, ""))
                at = noun.idx
        if person is not None and self.mentions[person].refers_to is not None:
            person = self.mentions[person].refers_to   # « ..., l'ingénieur remplace X »
        for o in places:
            if person is not None and self.mentions[o].start < at:
                self._add("leftOrganization", person, o, sent, "fronted-career", 0.65,
                          cue_tok=first)

    def _fronted_role_pronoun(self, sent, ms: list[int]) -> None:
        """« Directeur technique de Jumelia, il pilote ... », « Devenu directeur produit de Grinta
        Vision, il passe ... »: a post at an organisation opening the sentence is the post of the
        person the subject pronoun stands for (a named subject is the gap rules')."""
        rx = self.cues.role_opener_rx
        m = rx.match(self.text, sent.start_char, sent.end_char) if rx is not None else None
        if m is None or not self.text[sent.start_char:sent.start_char + 1].isupper():
            return
        org = next((i for i in ms if self.mentions[i].start == m.end() and self.mentions[i].source != "coref"
                    and self.mentions[i].type in ("Organization", "Team")), None)
        if org is None:
            return
        pron = re.match(r"[^,;.«»]{0,60}?,\s*(il|elle)\s", self.text[self.mentions[org].end:sent.end_char])
        if pron is None:
            return
        at = self.mentions[org].end + pron.start(1)
        person = self._last_person(at, pron.group(1))
        if person is None:
            return
        pred = self._role_word_predicate(m.group("word"), m.group("role"))
        self._add(pred, person, org, sent, "fronted-role", 0.65, role=re.sub(r"\s+", " ", m.group("role")))

    def _fronted_rivalry(self, sent, ms: list[int]) -> None:
        """« Face à Waymo, la filiale d'Alphabet, et à Tesla, Wayve mise sur », « Pour rivaliser avec
        OpenAI, la start-up a levé »: the organisations listed in a fronted phrase (asides skipped)
        compete with the subject of the main clause."""
        rx = self.cues.fronted_rivalry_rx
        opener = rx.match(self.text, sent.start_char, sent.end_char) if rx is not None else None
        if opener is None:
            return
        orgs = [i for i in ms if self.mentions[i].start >= opener.end() and self.mentions[i].type == "Organization"]
        listed, bare, end = [], [], opener.end()
        for i in orgs:
            m = self.mentions[i]
            gap = self.text[end:m.start]
            if listed:
                gap = _FRONTED_ASIDE.sub("", gap, count=1)   # « Waymo, la filiale d'Alphabet, et à Tesla »
            link = _FRONTED_FIRST if not listed else _FRONTED_NEXT
            if m.source == "coref" or not link.fullmatch(gap):
                if listed and _FRONTED_OPEN_ASIDE.fullmatch(gap):
                    continue                    # a name inside an aside (« la filiale d'Alphabet »)
                break
            listed.append(i)
            bare.append(bool(listed[1:]) and re.search(r"\b(?:et|ou|ainsi que|comme|voire)\b", gap) is None)
            end = m.end
        if bare and bare[-1] and not _LIST_GOES_ON.match(self.text, end):
            while bare and bare[-1]:            # « Face à A, B mise »: a list ends with « et », « ou » (as in _list_from)
                listed.pop()
                bare.pop()
        if not listed:
            return
        end = self.mentions[listed[-1]].end
        subj = None
        for i in orgs:
            m = self.mentions[i]
            if m.start < end:
                continue
            if re.search(r"[;:«»()]", self.text[end:m.start]):
                break
            # the main clause's subject opens a comma's segment (« , la start-up nantaise X », after
            # any aside: « , qui se partagent le marché, X », « , tous largement financés, X »)
            comma = self.text.rfind(",", end, m.start)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if comma >= 0 and _FRONTED_SUBJECT.fullmatch(self.text, comma, m.start) and span is not None and (
                    _FRONTED_SUBJECT.fullmatch(self.text, end, m.start)     # (« A et B, X mise »)
                    or self._is_subject(i) or self._finite_verb_after(span.end)
                    or re.match(r"\s+(?!(?:et|ou|de|du|des|qui|dont|que)\b)[a-zà-ÿ]", self.text[m.end:m.end + 12])):
                subj = m.refers_to if m.refers_to is not None else i
                break
        if subj is None:
            return
        self._fronted_rivals[sent.start] = (frozenset(listed), subj)
        for o in listed:
            if o != subj and fold(self.mentions[o].label) != fold(self.mentions[subj].label):
                self._add("competitorOf", subj, o, sent, "fronted-rivalry", 0.65, cue_tok=sent[0])

    def _prev_end(self, i: int, sent) -> int:
        """Where the text before mention ``i`` starts: the end of the mention before it in the
        sentence, else the end of the sentence's first word."""
        ends = [m.end for m in self.mentions if m.source != "coref" and m.end <= self.mentions[i].start
                and m.start >= sent.start_char]
        return max(ends) if ends else sent[0].idx + len(sent[0].text)

    def _fronted_passive(self, sent, ms: list[int]) -> None:
        """« Fondée en 2023 par A, B et C, l'entreprise parisienne ... »: the agents of a
        sentence-initial participle act on the subject that follows the phrase. After a list
        item's label (« - Lisenn Robotics : fondée en 2022 par A, la start-up conçoit »), they act
        on the label."""
        label = self._item_label(sent, ms)
        first = sent[0] if label is None else label[1]
        pred = self._passive_predicate(first.text)
        if pred is None or not ms:
            return
        par = self._agent_par(first, sent)
        s_types, o_types = self._allowed(pred)
        if par is None and fold(first.lemma_) in self.cues.founding_verbs:   # « Fondée en 2023 avec Karim
            par = next((t for t in self.doc[first.i + 1:min(first.i + 5, sent.end)] if t.lower_ == "avec"), None)
            s_types = ["Person"]                # Cornuau, aujourd'hui directeur technique, la société »: a cofounder
        if par is None:
            return
        agent = self._first_mention_after(par.i + 1, sent, 3, s_types)
        if agent is None:                       # « Organisée par le groupe de médias Médiavox, ... »
            agent = self._first_mention_after(par.i + 1, sent, 6, s_types)
            if agent is not None and not re.fullmatch(r"\s*(?:le|la|l['’]|les|son|sa|leur)\s*[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?"
                                                       r"(?:\s+(?:de|d['’]|du|des)\s*[a-zà-ÿ\-]+)?\s*,?\s*",   # (« l'association
                                                       self.text[par.idx + 3:self.mentions[agent].start]):   # lilloise X », « son
                                                                                                             # grand-père, X »)
                agent = None
        if agent is None and (counted := _COUNTED_AGENTS.match(self.text, par.idx + len(par.text), sent.end_char)):
            agent = next((i for i in ms if self.mentions[i].start == counted.end()   # « par deux anciens élèves
                          and self.mentions[i].type in s_types), None)               # de X, A et B, »: A and B
        if agent is None:
            return
        agents = [agent, *self._list_from(agent, ms, +1, s_types)]
        last = max(agents, key=lambda i: self.mentions[i].end)
        if pred == "develops" and self.mentions[agent].type == "Person" \
                and first.lemma_.lower() in self.cues.relation_spec("founded")["verbs"]:
            pred = "founded"                    # « Créée en 2021 par Claire Aubertin, ... Nexalis »: a verb
            s_types, o_types = self._allowed(pred)   # that also founds, said of a company
        pron = re.match(r"(?:[^,;.]*,){1,2}\s*(?:il|elle)\s", self.text[self.mentions[last].end:sent.end_char])
        if pron is not None:                    # « Développée par Ondalys, elle repose sur Orpiment »: « elle »
                                                # (also after an apposition: « Emmenée par A, collaborateur du
                                                # cabinet X, elle a conçu »: not X)
            at = self.mentions[last].end + pron.end() - 2
            target = self._last_thing(at, ["Team"], backs=(1,)) if pred == "leads" else None   # (« ... s'appuiera sur
            if target is None:                  # X, une équipe créée en son sein. Dirigée par A, elle »: the team)
                target = self._last_thing(at, o_types, backs=(1,))
            if target is not None:              # is the previous sentence's thing
                for a in agents:
                    self._add(pred, a, target, sent, f"fronted-passive:{pred}", 0.7, cue_tok=first)
            return
        if label is not None and self.mentions[label[0]].type in o_types:
            for a in agents:
                self._add(pred, a, label[0], sent, f"fronted-passive:{pred}", 0.75, cue_tok=first)
            return
        after = [i for i in ms if self.mentions[i].start > self.mentions[last].end and self.mentions[i].type in o_types
                 and not self._de_complement(i)      # « ..., deux anciens de Google DeepMind, Kairn ... »
                 and not self._ex_prefixed(self.mentions[i]) and not re.search(   # « B, docteure passée par l'Inria, »
                     r"\bpar\s*(?:(?:la|le|l['’]|les)\s*)?$", self.text[max(0, self.mentions[i].start - 12):self.mentions[i].start])]
        # the clause's subject (« ..., deux anciens de DeepL, Parlance emploie »), else the first after; of
        # those the founding phrase ends on when it does (not « ..., deux anciens du laboratoire Gipsa-lab, la
        # start-up »)
        opened = [i for i in after if _FRONTED_FOUNDING.fullmatch(self.text, sent.start_char, self.mentions[i].start)]
        after = opened or after
        target = next((i for i in after if self._is_subject(i)), None)
        if target is None:                      # or the name a finite verb follows
            target = next((i for i in after if self._finite_verb_after(
                self.doc.char_span(self.mentions[i].start, self.mentions[i].end, alignment_mode="expand").end)),
                after[0] if after else None)
        if target is None or "," not in self.text[self.mentions[last].end:self.mentions[target].start]:
            return
        # « Créée par A, qui la préside, et B, son directeur technique, Nexalis ... »: an agent after an aside
        agents += [i for i in ms if i not in agents and self.mentions[i].type in s_types
                   and self.mentions[agent].end < self.mentions[i].start < self.mentions[target].start
                   and re.search(r",\s*et\s+$", self.text[max(0, self.mentions[i].start - 8):self.mentions[i].start])]
        # « Organisé par le Cercle Galilée, ..., et coorganisé cette année avec Bpifrance, le Forum »:
        # the agent of a second participle of the same verb in the phrase (« par » or « avec »)
        for t in sent[2:]:
            if t.idx >= self.mentions[target].start:
                break
            if self._passive_predicate(t.text) == pred and self.texts[t.i - 1] == "et":
                prep = next((u for u in self.tok[t.i + 1:min(t.i + 5, sent.end)] if u.lower_ in ("par", "avec")), None)
                more = self._first_mention_after(prep.i + 1, sent, 3, s_types) if prep is not None else None
                if more is not None and more not in agents and self.mentions[more].start < self.mentions[target].start:
                    agents.append(more)
        for a in agents:
            self._add(pred, a, target, sent, f"fronted-passive:{pred}", 0.75, cue_tok=first)
            # « Fondée par A, qui en est la présidente, et B »: the agent's role at the target
            said = self.cues.role_of_it_rx.match(self.text, self.mentions[a].end)
            if said and self.mentions[a].type == "Person":
                role = said.group("role") or ""
                p = self._role_word_predicate(said.group("word"), role) if role else "leads"
                self._add(p, a, target, sent, "fronted-passive:role", 0.7, cue_tok=first, role=role or None)

    def _apposed_head(self, i: int, ms: list[int]) -> int:
        """Mention ``i``, unless it is the « de » complement in an apposition to the name before it
        and a relative clause follows (« le Kaelis Data Lab, l'équipe de data science du groupe, que
        dirige X »): then that name, which the clause qualifies."""
        k = ms.index(i) if i in ms else -1
        if k <= 0 or not re.match(r"\s*,\s*(?:que|qu['’]|qui|dont|où)\b", self.text[self.mentions[i].end:]) \
                or not self._de_complement(i):
            return i
        before = ms[k - 1]
        if self.mentions[before].type in ("Organization", "Team") and re.fullmatch(
                r"\s*,\s*(?:la|le|l['’]|une?)\s*[^,;.()«»]*", self.text[self.mentions[before].end:self.mentions[i].start]):
            return before
        return i

    @staticmethod
    def _subject_gender(root) -> str | None:
        """« f » or « m », the gender a sentence's subject shows by its article (« Le groupe Morvan »,
        « La banque »), or None (a bare name, a plural, no subject)."""
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is None:
            return None
        det = next((d.lower_ for d in subj.children if d.dep_ == "det"), None)
        return {"le": "m", "un": "m", "ce": "m", "cet": "m", "la": "f", "une": "f", "cette": "f"}.get(det)

    def _common_noun_subject(self, tok) -> bool:
        """Whether verb ``tok`` has for subject a definite common noun that names nothing and
        stands for nothing (« le conflit dépasse »), nor is a type noun (« la start-up », « le
        groupe ») or a noun of people (« les chercheurs »)."""
        for c in tok.children:
            if c.dep_ != "nsubj" or c.pos_ != "NOUN" or c.i in self.tok_mention or self._mention_in(c) is not None:
                continue
            word = fold(c.text)
            if word in self.cues.type_nouns or word.rstrip("s") in self.cues.type_nouns or c.i in self.described \
                    or word in self.cues.role_words or word.rstrip("s") in self.cues.role_words:
                continue
            if any(k in self.tok_mention for k in range(c.left_edge.i, tok.i)):
                continue                        # (« La dernière version, Harle-3, présentée en janvier, succède »)
            if any(d.dep_ == "det" and d.lower_ in ("le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces")
                   for d in c.children) and not any(d.dep_ in ("nmod", "appos") for d in c.children):
                return True
        return False

    def _agent_par(self, first, sent):
        """The « par » that brings the agents of participle ``first`` (within seven words), or None."""
        return next((t for t in self.doc[first.i + 1:min(first.i + 8, sent.end)] if t.lower_ == "par"), None)

    def _fronted_agents_end(self, sent, ms: list[int]) -> int | None:
        """Where the agents of a sentence-initial participle end (« Fondée en 2023 par A, B et C, »),
        or None when the sentence opens on no such phrase."""
        first = sent[0]
        if self._passive_predicate(first.text) is None or not ms:
            return None
        par = self._agent_par(first, sent)
        agent = self._first_mention_after(par.i + 1, sent, 3, ["Person", "Organization", "Team"]) if par is not None else None
        if agent is None:
            return None
        agents = [agent, *self._list_from(agent, ms, +1, [self.mentions[agent].type])]
        return max(self.mentions[i].end for i in agents)

    def _past_fronted_agents(self, subj: int, pos: int, sent, ms: list[int], types: list[str]) -> int | None:
        """The subject of a verb at ``pos``, unless the one found is an agent of a sentence-initial
        participle or a name in its asides (« Fondée par A et B, deux anciens de Google DeepMind,
        Vasquine s'est fait connaître avec Vétiver 1 »): then the clause's subject after the phrase,
        or none."""
        end = self._fronted_agents_end(sent, ms)
        if end is None or pos <= end or self.mentions[subj].start < sent.start_char \
                or re.match(r"\s*,?\s*qui\b", self.text[self.mentions[subj].end:pos]):
            return subj                         # (a pronoun's antecedent; « par A, qui a passé quatre ans chez X »)
        after = [i for i in ms if end < self.mentions[i].start and self.mentions[i].end <= pos
                 and not self._de_complement(i) and not self._ex_prefixed(self.mentions[i])
                 and "," in self.text[end:self.mentions[i].start]]
        target = next((i for i in after if self._is_subject(i)), after[0] if after else None)
        if target is None:
            return None if self.mentions[subj].start < end else subj
        if self.mentions[subj].start >= self.mentions[target].start:
            return subj                         # (« ..., X a été portée par Causette, qui fonctionne avec »)
        return target if self.mentions[target].type in types else None

    def _prev_opening_org(self, pos: int) -> int | None:
        """The first organisation (no anaphora) named before the main verb of the sentence before
        ``pos``'s (« Le laboratoire Orée Research a publié »), else None. (Reads the mention list,
        not :meth:`_sent_mentions`, which keeps its answer: anaphora are still being added.)"""
        at = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        n = self._sent_index(at.start) if at is not None else 0
        if n == 0:
            return None
        verb = self.sents[n - 1].root.idx
        return min((i for i, m in enumerate(self.mentions) if m.sent == n - 1 and m.type == "Organization"
                    and m.source != "coref" and m.start < verb), key=lambda i: self.mentions[i].start, default=None)

    _ITEM_LABEL_END = re.compile(r"[ \t]*(?:[—–:]|-[ \t])")

    def _item_label_org(self, pos: int) -> int | None:
        """The organisation a list's item opens on as its label, set off by a dash or a colon
        (« 4. **Oursin Security** — Ancienne de Thales, X a cofondé cette start-up »), when ``pos``
        is in that item (any of its sentences; :meth:`_item_label` reads one sentence's label);
        else None."""
        item = self._item_start(pos)
        if not item:
            return None
        head = next((i for i, m in enumerate(self.mentions) if item <= m.start <= item + 6 and m.end <= pos
                     and m.type == "Organization" and m.source != "coref"), None)
        return head if head is not None and self._ITEM_LABEL_END.match(self.text, self.mentions[head].end) else None

    _ITEM_LABEL = re.compile(r"\s*(?:[-*•–]\s*)?")     # a list item's bullet
    _LABEL_COLON = re.compile(r"\s*:\s*")

    def _item_label(self, sent, ms: list[int] | None = None):
        """(mention, token after the colon) when sentence ``sent`` opens with a name and a colon
        (« - Lisenn Robotics : fondée en 2022 par ... »), a list item's label; else None."""
        if ":" not in self.text[sent.start_char:min(sent.end_char, sent.start_char + 80)]:
            return None                         # (no label: asked at every anaphora, so cheaply first)
        opener = self._ITEM_LABEL.match(self.text, sent.start_char)
        # (not _sent_mentions, which keeps its answer: this may run before the mentions are final)
        i = next((i for i in (range(len(self.mentions)) if ms is None else ms)
                  if self.mentions[i].start == opener.end() and self.mentions[i].source != "coref"), None)
        if i is None:
            return None
        colon = self._LABEL_COLON.match(self.text, self.mentions[i].end)
        if colon is None:
            return None
        tok = self.doc.char_span(colon.end(), colon.end() + 1, alignment_mode="expand")
        return (i, tok[0]) if tok is not None and len(tok) and tok[0].i < sent.end else None

    def _after_fronted_participle(self, span) -> bool:
        """Whether ``span`` is the first noun phrase after a sentence-initial participial phrase
        (« Fondée en 2022 par A, un ancien de X, la start-up revendique »), so the clause's subject
        even where the parser lost the verb."""
        sent = self._sent(span.start)
        label = self._item_label(sent)          # (« - Lorca Legal : dirigée par A, la jeune pousse édite »)
        first = sent[0] if label is None else label[1]
        if self._passive_predicate(first.text) is None or span.end >= sent.end or self.texts[span.end] in (",", ")"):
            return False
        return "," in self.text[first.idx:span.start_char]

    def _complement_of_other(self, i: int, objs: list[int], types) -> bool:
        """Whether mention ``i`` is the « de » complement of the mention before it among a cue's
        objects, of a type the cue does not take (« fait partie du programme Inception de Nvidia »:
        not of Nvidia)."""
        k = objs.index(i)
        if k == 0:
            return False
        prev = self.mentions[objs[k - 1]]
        return prev.type not in types and re.fullmatch(r"\s+(?:de|du|d['’])\s*(?:(?:la|le|l['’])\s*)?",
                                                        self.text[prev.end:self.mentions[i].start]) is not None

    def _de_complement(self, i: int) -> bool:
        """Whether mention ``i`` is the « de » complement of a noun (« anciens de Google DeepMind »),
        except of a noun that names it (« l'édition d'AI Horizons »)."""
        m = re.search(r"(\w+)\s+(?:de|d['’]|du|des|chez)\s*(?:(?:la|le|l['’])\s*)?$",
                      self.text[max(0, self.mentions[i].start - 40):self.mentions[i].start])
        return bool(m) and fold(m.group(1)) not in self.cues.type_nouns_before_de

    def _person_description(self, sent, ms: list[int]) -> None:
        """« L'ancienne patronne d'Instacart, qui ..., prendra la tête de ... »: a sentence that
        opens on a role describes the person last spoken of; the role is theirs, and so are
        the sentence's verbs (``self.described``)."""
        m = self.cues.description_rx.match(self._text_of(sent))
        if not m:
            return
        if m.group("bare"):                     # « L'ancienne d'OpenAI »
            g = "f" if m.group("bare").endswith("ne") else "m"
        else:
            g = self.cues.gender_words.get(fold(m.group("word"))) \
                or self.cues.gender_words.get(fold(re.split(r"[\s\-]", m.group("word"))[0]))   # « L'ancienne
                                                # patronne », « La présidente-directrice générale »: a woman
        person = self._last_person(sent.start_char, {"f": "elle", "m": "il"}.get(g or "", ""))
        if person is None:
            return
        org = next((i for i in ms if self.mentions[i].start == sent.start_char + m.end()), None)
        if org is not None and any(self.mentions[i].type == "Person" and re.fullmatch(
                r"\s*,\s*", self.text[self.mentions[org].end:self.mentions[i].start]) for i in ms):
            return                              # « Le cofondateur et PDG de Kestrel AI, Daniel Mercer, »: named there
        word = "bare" if m.group("bare") else "word"
        head = self.doc.char_span(sent.start_char + m.start(word), sent.start_char + m.end(word), alignment_mode="expand")
        if head is not None:
            self.described[head.root.i] = person
        if org is None or self.mentions[org].type not in ("Organization", "Team"):
            return
        if m.group("former") or m.group("bare"):
            self._add("leftOrganization", person, org, sent, "description:role", 0.6)
            return
        role = re.sub(r"\s+", " ", m.group("role"))
        for part in re.split(r"\s+et\s+", role):    # « Le cofondateur et directeur général de X »
            word = re.match(r"(?:" + self.cues.roles_regex + r")", part, re.I)
            if word is not None:
                self._add(self._role_word_predicate(word.group(), part), person, org, sent, "description:role",
                          0.6, role=part)

    def _event_at(self, sent, ms: list[int]) -> None:
        """« Nous serons au salon Automatica », « nous avons présenté nos travaux au salon VivaTech »:
        the main clause's subject (a person or an organisation; else the one the sentence opens
        on) takes part in an event named after « à » or « au » later in the sentence (a fronted
        one is :meth:`_fronted_event`'s)."""
        for e in ms:
            me = self.mentions[e]
            where = _WHERE_AFTER.match(self.text, me.end, sent.end_char) if me.type == "Event" else None
            if where is not None:               # « à VivaTech, à Paris, où Galène présentait sa puce »
                who = next((i for i in ms if self.mentions[i].start == where.end()
                            and self.mentions[i].type in ("Person", "Organization")), None)
                if who is not None:
                    self._add("participatedIn", who, e, sent, "event-where", 0.6)
            if me.type != "Event" or me.source == "coref" or me.start - sent.start_char < 12:
                continue
            if not self.cues.at_event_rx.search(self.text, max(sent.start_char, me.start - 30), me.start):
                continue
            subj = next((i for i in ms if self.mentions[i].end <= me.start and self.mentions[i].type in ("Person", "Organization")
                         and (self._is_subject(i, main=True) or self.mentions[i].start == sent.start_char)), None)
            if subj is None:                    # « Hoplite 2 avait été présentée par Arkwend au salon Eurosatory »:
                subj = next((i for i in ms if self.mentions[i].end <= me.start   # the passive's agent
                             and self.mentions[i].type in ("Person", "Organization")
                             and _AGENT_BEFORE.search(self.text, max(sent.start_char, self.mentions[i].start - 40),
                                                      self.mentions[i].start)
                             and re.match(r"[^,;.]{0,40}$", self.text[self.mentions[i].end:me.start])), None)
            if subj is not None:
                self._add("participatedIn", subj, e, sent, "event-at", 0.6)

    def _report_event(self) -> int | None:
        """The event an article reports on: the first event its headline (first sentence) names,
        else the first mention of the article when it is an event; None otherwise."""
        if self._reported is None:
            head = self.sents[0] if self.sents else None
            named = sorted((i for i, m in enumerate(self.mentions) if m.source != "coref"),
                           key=lambda i: self.mentions[i].start)
            event = next((i for i in named if head is not None and self.mentions[i].type == "Event"
                          and self.mentions[i].start < head.end_char), None)
            if event is None and self._title_event is not None:   # (a title apart from the text)
                event = next((i for i in named if self.mentions[i].type == "Event"
                              and self.mentions[i].start == self._title_event[0]), None)
            if event is None and named and self.mentions[named[0]].type == "Event":
                event = named[0]
            if event is not None and sum(1 for m in self.mentions if m.type == "Event"
                                         and _same_event(m.label, self.mentions[event].label)) < 2:
                event = None                    # (a report comes back to its event: « le forum », its name,
                                                # « Hackathon Noctambule » ... « Noctambule »)
            self._reported = (event,)
        return self._reported[0]

    def _event_report(self, sent, ms: list[int]) -> None:
        """In an event report (:meth:`_report_event`), « Gaëlle Bessière, directrice de l'IA chez
        Airbus, a plaidé pour ... », « Thales était représenté par Laurent Arnoult »: who speaks
        on stage (``event_report_verbs``) took part in the event, when the sentence names no other
        event and no year."""
        event = self._report_event()
        if event is None or sent.start == self.sents[0].start or _YEAR.search(self._text_of(sent)) \
                or any(self.mentions[i].type == "Event" and not _same_event(self.mentions[i].label, self.mentions[event].label)
                       for i in ms):
            return
        stage = any(rx is not None and rx.search(self._text_of(sent))   # (on stage, on a stand)
                    for rx in (self.cues.attendance_inline_rx, self.cues.event_report_stage_rx))
        for verb in self._toks(sent):
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in self.cues.event_report_verbs and not stage \
                    or verb.i != sent.root.i and not (verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i == sent.root.i):
                continue                        # (the main clause's, not a relative's: « qui défend »)
            if lemma == "représenter":          # « Thales était représenté par Laurent Arnoult »
                for dep in ("nsubj:pass", "obl:agent"):
                    tok = next((c for c in verb.children if c.dep_ == dep), None)
                    i = self._mention_in(tok) if tok is not None else None
                    if i is not None and self.mentions[i].type in ("Person", "Organization"):
                        self._add("participatedIn", i, event, sent, "event-report:représenter", 0.6)
                continue
            agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
            i = self._mention_in(agent) if agent is not None and any(
                c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) else None
            if i is not None and self.mentions[i].type in ("Person", "Organization"):
                self._add("participatedIn", i, event, sent, f"event-report:{lemma}:par", 0.6)
                continue                        # « Le premier accord a été annoncé par X »: the agent's part
            subj = self._subject_syntax(verb, ["Person", "Organization"])
            if subj is None and verb.i == sent.root.i:   # (the parser lost the subject: the name the
                subj = next((i for i in ms if self.mentions[i].end <= verb.idx and not self._de_complement(i)),
                            None)                            # sentence opens on)
                if subj is not None and self.mentions[subj].type not in ("Person", "Organization"):
                    subj = None
            if subj is not None and sent.start_char <= self.mentions[subj].start < sent.end_char:
                opens = not any(self.mentions[i].start < self.mentions[subj].start for i in ms)
                for i in [subj, *(self._list_from(subj, ms, +1, [self.mentions[subj].type]) if opens else [])]:
                    if self.mentions[i].end <= verb.idx:   # « A, chercheur chez X, et B, ..., débattront »
                        self._add("participatedIn", i, event, sent, f"event-report:{lemma}", 0.6)
        text = self._text_of(sent)
        rx = self.cues.event_report_agents_rx
        starts = [sent.start_char + m.end() for m in rx.finditer(text)] if rx is not None else []
        inverted = self.cues.rx.get("event_report_inverted")
        whole = inverted.match(text) if inverted is not None else None
        if whole:                               # « Y participaient A, gériatre, B, présidente de X, et C »
            starts.append(sent.start_char + whole.end())
        line = self.text.rfind("\n", 0, sent.start_char) + 1
        starts += [m.end() for m in _INDENTED_AVEC.finditer(self.text, max(0, line - 1), sent.end_char)]
        # (a list item's indented line, opening this sentence or inside it: « - 10h15 – Table ronde\n  Avec A, ... ; B »)
        bullet = _BULLET.match(self.text, line)
        if self.cues.event_report_list_rx is not None and bullet and self.cues.event_report_list_rx.match(
                self._line_before_list(line)):
            starts.append(bullet.end())         # « Avec : » then « - Élise Chaumont, radiologue ... ; »
        for at in starts:                       # « Par A, présidente de X, et B », « Animée par A »
            first = next((i for i in ms if self.mentions[i].start >= at and self.mentions[i].type == "Person"), None)
            if first is None or not re.fullmatch(r"[\s*_]{0,4}", self.text[at:self.mentions[first].start]):
                continue
            listed = [first, *self._list_from(first, ms, +1, ["Person"])]
            if whole and at == sent.start_char + whole.end():
                listed += [i for i in ms if self.mentions[i].type == "Person" and self.mentions[i].source != "coref"
                           and self.mentions[i].start > self.mentions[first].end and i not in listed]
                                                # (an inverted subject lists everyone after it, each with a post)
            for i in sorted(ms, key=lambda i: self.mentions[i].start):   # « Avec A, PDG de X ; B, chercheuse
                gap = self.text[self.mentions[listed[-1]].end:self.mentions[i].start]
                if self.mentions[i].type == "Person" and self.mentions[i].start > self.mentions[listed[-1]].end \
                        and gap.count(";") == 1 and _SEMICOLON_ITEM.search(gap):
                    listed.append(i)            # chez Y ; et C, associé »: items set off by semicolons
            for i in listed:
                self._add("participatedIn", i, event, sent, "event-report:agent", 0.6)
        for i in ms:                            # « Sur le stand de Tarvenne Industries, ... »: an exhibitor
            m = self.mentions[i]
            if m.type == "Organization" and m.source != "coref" \
                    and self.cues.rx["stand_of"].search(self.text, max(sent.start_char, m.start - 90), m.start):
                self._add("participatedIn", i, event, sent, "event-report:stand", 0.6)
            elif m.type == "Organization" and self.cues.rx["exhibits"].match(self.text, m.end):
                self._add("participatedIn", i, event, sent, "event-report:exhibits", 0.6)   # « X, qui exposait »
            elif m.type in ("Organization", "Person") and self.cues.rx["prize_to"].search(self.text, sent.start_char, m.start):
                self._add("participatedIn", i, event, sent, "event-report:prize", 0.6)   # « Le prix du public a
                                                                                        # récompensé X »: a winner

    def _line_before_list(self, line: int) -> str:
        """The first line above the list holding the line that starts at ``line``, past its other
        items and blank lines (« Avec : » above « - A ; - B »)."""
        k = line
        while k > 0:
            k = self.text.rfind("\n", 0, k - 1) + 1
            end = self.text.find("\n", k)
            text = self.text[k:end if end >= 0 else len(self.text)]
            if text.strip() and not _BULLET.match(text):
                return text
        return ""

    def _fronted_event(self, sent, ms: list[int]) -> None:
        """« Au sommet VivaTech, Arthur Mensch a annoncé … »: who speaks at an event named at the
        start of the sentence took part in it (not « lors de son événement X »: that is organizing).
        « Présent sur place, X »: X attended the article's latest event."""
        here = self.cues.attendance_rx.match(self._text_of(sent)) if self.cues.attendance_rx else None
        if here:
            event = self._antecedent(sent.start_char, "Event")
            person = next((i for i in ms if self.mentions[i].start == sent.start_char + here.end()
                           and self.mentions[i].type in ("Person", "Organization")), None)
            if event is not None and person is not None:
                self._add("participatedIn", person, event, sent, "fronted:attendance", 0.6)
            return
        among = self.cues.attendance_among_rx.match(self._text_of(sent)) if self.cues.attendance_among_rx else None
        if among:                               # « Parmi les intervenants figuraient A, présidente de X, B ... »
            self._among_attendees(sent, ms, sent.start_char + among.end(), orgs=bool(among.group("orgs")))
            return
        members = self.cues.attendance_members_rx.search(self._text_of(sent)) if self.cues.attendance_members_rx else None
        if members:                             # « Plus de 150 entreprises ont participé à cette édition, parmi
            pos = sent.start_char + members.end()   # lesquelles A, B et C »: each of them took part
            event = next((i for i in ms if self.mentions[i].type == "Event" and self.mentions[i].end <= pos), None)
            event = event if event is not None else self._antecedent(sent.start_char, "Event")
            first = next((i for i in ms if self.mentions[i].start >= pos and self.mentions[i].type in ("Person", "Organization")
                          and re.fullmatch(r"\s*(?:(?:la|le|les|l['’])\s*)?(?:[a-zà-ÿ\-]+\s+){0,2}",
                                           self.text[pos:self.mentions[i].start])), None)
            if event is not None and first is not None:
                for i in [first, *self._list_from(first, ms, +1, ["Person", "Organization"])]:
                    self._add("participatedIn", i, event, sent, "members:attendance", 0.6)
        after = self.cues.attendance_among_after_rx.search(self._text_of(sent)) \
            if self.cues.attendance_among_after_rx else None
        if after:                               # « Eskalia et Dossiera figuraient parmi les exposants »
            pos = sent.start_char + after.start()
            last = next((i for i in reversed(ms) if self.mentions[i].end == pos
                         and self.mentions[i].type in ("Person", "Organization")), None)
            event = next((i for i in ms if self.mentions[i].type == "Event"), None)
            event = event if event is not None else self._antecedent(sent.start_char, "Event")
            if last is not None and event is not None:
                for i in [last, *self._list_from(last, ms, -1, ["Person", "Organization"])]:
                    self._add("participatedIn", i, event, sent, "among-after:attendance", 0.6)
        inline = self.cues.attendance_inline_rx.search(self._text_of(sent)) if self.cues.attendance_inline_rx else None
        if inline:                              # « Claire Ménard, la PDG de X, a annoncé sur scène ... »
            pos = sent.start_char + inline.start()
            people = [i for i in ms if self.mentions[i].type == "Person" and self.mentions[i].end <= pos]
            person = next((i for i in people if self._is_subject(i)), people[0] if people else None)
            event = self._antecedent(sent.start_char, "Event")
            if person is not None and event is not None:
                self._add("participatedIn", person, event, sent, "inline:attendance", 0.6)
        prize = self.cues.prize_line_rx.match(self._text_of(sent)) if self.cues.prize_line_rx else None
        if prize:                               # « Grand prix : Aygues Robotics, pour Céparo, son robot »
            pos = sent.start_char + prize.end()
            winner = next((i for i in ms if self.mentions[i].start == pos
                           and self.mentions[i].type in ("Person", "Organization", "Team")), None)
            event = self._antecedent(sent.start_char, "Event")
            if winner is not None and event is not None:
                self._add("participatedIn", winner, event, sent, "prize:winner", 0.6)
            if winner is not None:
                made = self.cues.prize_for_rx.match(self.text, self.mentions[winner].end, sent.end_char)
                thing = next((i for i in ms if made and self.mentions[i].start == made.end()
                              and self.mentions[i].type in ("AIModel", "Product")), None)
                if thing is not None:
                    self._add("develops", winner, thing, sent, "prize:for", 0.6)
            return
        m = _FRONTED_EVENT.match(self._text_of(sent))
        if not m:
            return
        event = next((i for i in ms if self.mentions[i].start == sent.start_char + m.end()
                      and self.mentions[i].type == "Event"), None)
        if event is None:
            return
        after = self.text[self.mentions[event].end:sent.end_char]
        comma = re.match(r"[^,]{0,40},", after)
        if not comma:
            return
        pos = self.mentions[event].end + comma.end()
        subj = next((i for i in ms if self.mentions[i].start >= pos and self.mentions[i].type in ("Person", "Organization")), None)
        if subj is not None and re.fullmatch(r"\s*", self.text[pos:self.mentions[subj].start]):
            subj = self._referent(subj)
            self._add("participatedIn", subj, event, sent, "fronted:event", 0.65)

    def _y_attendance(self, sent, ms: list[int]) -> None:
        """« Aubergine Labs y présentera Ginkgo-3 », « Google et Nvidia y tiendront chacun un stand »:
        who presents, holds a stand or speaks « y », right after an event was named (earlier in the
        sentence or in the one before), took part in it (``attendance_y``)."""
        if self.cues.attendance_y_rx is None:
            return
        n = self.sent_of_tok[sent.start]
        for m in self.cues.attendance_y_rx.finditer(self.text, sent.start_char, sent.end_char):
            subj = next((i for i in ms if self.mentions[i].end == m.start()
                         and self.mentions[i].type in ("Person", "Organization", "Team")), None)
            if subj is not None and self._de_complement(subj):   # « A, la directrice générale de X, y a
                subj = next((i for i in reversed(ms) if self.mentions[i].end <= self.mentions[subj].start   # prononcé »: A
                             and self.mentions[i].type in ("Person", "Organization", "Team")
                             and re.fullmatch(r"\s*,[^,]*", self.text[self.mentions[i].end:self.mentions[subj].start])), subj)
            if subj is None:
                continue
            events = [i for i, e in enumerate(self.mentions) if e.type == "Event" and e.end <= self.mentions[subj].start
                      and (e.sent == n - 1 or e.sent == n)]
            if not events:
                continue
            event = max(events, key=lambda i: self.mentions[i].start)
            if any(e.type in ("Place", "Organization") and e.source != "coref" and e.start > self.mentions[event].end
                   and e.end <= self.mentions[subj].start and e.sent == n - 1 for e in self.mentions):
                continue                        # « ... le salon X, à Lyon. Nvidia y tient »: maybe the place
            for i in [self._referent(subj), *self._list_from(subj, ms, -1, ["Person", "Organization", "Team"])]:
                self._add("participatedIn", i, event, sent, "y:attendance", 0.6)

    def _among_attendees(self, sent, ms: list[int], pos: int, orgs: bool = False) -> None:
        """The people named after « Parmi les intervenants figuraient » (``attendance_among``), and
        the organisations whose « représentants » are (« des représentants de Google et de
        Hugging Face ») or, with ``orgs``, that are listed (« Parmi les exposants figuraient A, B
        et C »), took part in the article's latest event; an organisation in a person's role (« A,
        présidente de X ») did not, as such."""
        event = self._antecedent(sent.start_char, "Event")
        if event is None:
            return
        last_org = None                         # the last organisation taken, for « ... et de Y »
        for i in sorted(ms, key=lambda k: self.mentions[k].start):
            m = self.mentions[i]
            if m.start < pos:
                continue
            if m.type == "Person":
                self._add("participatedIn", i, event, sent, "among:attendance", 0.6)
            elif m.type == "Organization" and m.source != "coref" and orgs \
                    and not self.cues.role_of_rx.search(self.text, max(pos, m.start - 60), m.start):
                self._add("participatedIn", i, event, sent, "among:attendance", 0.6)
            elif m.type == "Organization" and (
                    re.search(r"\breprésentants?\s+(?:de|du|d['’])\s*(?:(?:la|le|l['’])\s*)?$",
                              self.text[max(pos, m.start - 40):m.start])
                    or last_org is not None and re.fullmatch(r"\s*(?:,|et)\s*(?:de|du|d['’])?\s*",
                                                             self.text[self.mentions[last_org].end:m.start])):
                self._add("participatedIn", i, event, sent, "among:attendance", 0.6)
                last_org = i

    def _unnamed_parent(self, sent, ms: list[int]) -> None:
        """« Microsoft AI, la division dirigée par ... »: a unit described as a division without
        saying whose is part of the organisation its name starts with."""
        for i in ms:
            m = self.mentions[i]
            if m.type != "Team" and "Team" not in self._types(i):
                continue
            after = self.text[m.end:min(sent.end_char, m.end + 40)]
            if not re.match(r"\s*,\s*(?:la|le|l[’']|une|un|sa|son)\s*(?:nouvelle\s+|nouveau\s+)?(?:division|filiale|branche|unité|"
                            r"laboratoire|labo|équipe|entité|pôle)\b(?!\s+(?:de|d[’']|du)\b)", after):
                continue
            parent = next((j for j in range(len(self.mentions)) if self.mentions[j].type == "Organization"
                           and self.mentions[j].source != "coref" and fold(m.label).startswith(fold(self.mentions[j].label) + " ")),
                          None)
            if parent is not None:
                self._add("subOrganizationOf", i, parent, sent, "apposition:unnamed-parent", 0.6)

    # -- possessives: « son événement LlamaCon », « ses modèles Llama », « ses équipes »

    def _prev_subject_org(self, sent) -> int | None:
        """The organisation (not a quoted source, nor someone's former employer) that is the subject
        of the sentence before ``sent``, or the first noun phrase after its fronted participle where
        the parser lost the verb, followed to what it stands for; else None."""
        n = self.sent_of_tok[sent.start]
        if n == 0:
            return None
        prev = self.sents[n - 1]
        for i in self._sent_mentions(prev):
            m = self.mentions[i]
            if m.type != "Organization" or self._is_source_mention(m) or self._former_employer(m):
                continue                        # (« L'ancienne de Criteo rejoindra Signifia »: not Criteo)
            if self._is_subject(i) or (
                    (span := self.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                    and self._after_fronted_participle(span)):   # (« Créée en 2021 par A, ..., Pipelune revendique »)
                return m.refers_to if m.refers_to is not None else i
        return None

    def _possessive_relations(self, sent, ms: list[int]) -> None:
        doc, texts = self.doc, self.texts
        we = self.we is not None and self._answer_sentence(self.sent_of_tok[sent.start])
        for i in range(sent.start, sent.end):
            ours = we and texts[i].lower() in _OUR   # an interview's answer (see _add_we)
            if texts[i].lower() not in _POSSESSIVES and not ours:
                continue
            tok = doc[i]
            nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if nxt is None:
                continue
            if nxt.lower_ in _COUNT_WORDS and nxt.i + 2 < sent.end and texts[i].lower() in ("ses", "leurs", "nos") and (
                    fold(texts[nxt.i + 1]) in self.cues.possessive_nouns or self.pos[nxt.i + 1] == "ADJ"
                    and fold(texts[nxt.i + 2]) in self.cues.possessive_nouns):
                nxt = doc[nxt.i + 1]            # « ses deux (principaux) concurrents »
            if self.pos[nxt.i] == "ADJ" and nxt.i + 1 < sent.end and (
                    fold(doc[nxt.i + 1].text) in self.cues.possessive_nouns
                    or self.cues.type_nouns.get(fold(doc[nxt.i + 1].text)) in ("AIModel", "Product")):
                nxt = doc[nxt.i + 1]            # « son principal concurrent », « son deuxième accélérateur »
            typ = self.cues.type_nouns.get(fold(nxt.text)) or self.cues.type_nouns.get(fold(nxt.lemma_))
            owner = self.we if ours else self._fronted_pour(sent)   # « Pour Google Cloud, l'opération doit
                                                                      # rattraper ses concurrents »
            if owner is None and tok.i > sent.start and self.texts[tok.i - 1] == "et":
                owner = self._just_before(doc[tok.i - 1].idx, ["Organization", "Team"])   # « Runway et son modèle »
            elif owner is None and tok.i > sent.start + 1 and self.texts[tok.i - 2] == "et" \
                    and self.texts[tok.i - 1].lower() in ("à", "de", "avec", "contre", "pour", "sur"):
                owner = self._just_before(doc[tok.i - 2].idx, ["Organization", "Team"])   # « se heurte à Microsoft
                                                                                         # et à son assistant »
            elif owner is None and tok.i > sent.start + 1 and self.texts[tok.i - 1].lower() == "avec" \
                    and self.texts[tok.i - 2] == ",":
                owner = self._just_before(doc[tok.i - 2].idx, ["Organization", "Team"])   # « ... et Google, avec
                                                                                         # son service X »
            if owner is None:
                owner = self._subject_syntax(tok.head, ["Organization", "Team", "Person"])
            if owner is None and self._infinitive(tok.head.head):   # « reprochent à l'entreprise d'avoir
                owner = self._nearest_left(tok.idx, ["Organization", "Team"], sent)   # entraîné son modèle »
            if owner is None and tok.i > sent.start:   # « Sylvane, créée par A et B, cartographie les forêts grâce
                owner = next((k for k in ms if self.mentions[k].start == sent.start_char   # à son outil X »: the
                              and self.mentions[k].type == "Organization" and self.mentions[k].source != "coref"
                              and self.text.startswith(",", self.mentions[k].end)), None)   # sentence's opening name
            said = owner is not None            # by the syntax, not by salience
            if owner is None and tok.i == sent.start:
                owner = self._prev_subject_org(sent)   # « Pipelune revendique ... Son produit phare, X, »
            if owner is None:
                owner = self._antecedent(tok.idx, "Organization")
            if owner is None:
                continue
            if (typ == "Team" or fold(nxt.lemma_) in ("laboratoire", "labo")) and self._possessive_unit(tok, sent, owner):
                continue
            if typ in ("Event", "AIModel", "Product"):
                k = tok.i + 2                   # « son modèle phare, baptisé Ferrum »: modifiers and a naming cue
                while k < sent.end and k - tok.i <= 6 and k not in self.tok_mention and (self._adjectival(k) or texts[k] == ","
                                                           or fold(texts[k]) in self.cues.type_noun_modifiers
                                                           or fold(texts[k]) in self.cues.naming):
                    k += 1
                m = self._first_mention_after(k if k > tok.i + 2 else tok.i + 2, sent, 3,
                                              [typ] if typ == "Event" else ["AIModel", "Product"])
                if m is not None and any(self.pos[j] in ("VERB", "AUX") and fold(texts[j]) not in self.cues.naming
                                         and "," in texts[tok.i + 2:j]
                                         for j in range(k, self._token_at(self.mentions[m].start) or k)):
                    m = None                    # « Claude, son modèle phare, rivalise avec Gemini »: a verb
                                                # ends the apposition; what follows is not what « son » names
                if m is None and typ != "Event":   # « ... dans Joule, son assistant pour les entreprises »
                    m = self._apposed_before(tok, ["AIModel", "Product"])
                    at = self._token_at(self.mentions[m].start) if m is not None else None
                    opens = at is not None and at - sent.start <= 4 \
                        and not any(self.mentions[k].start < self.mentions[m].start for k in ms)
                    if m is not None and opens and (owner == m or not said):
                        owner = self._prev_subject_org(sent) or self._antecedent(tok.idx, "Organization")
                                                # « Fissura, son modèle de détection, est entraîné »: the thing
                                                # opens its sentence; « son » is the organisation spoken of
                    elif m is not None and (owner == m or not said or self.mentions[owner].type == "Person"):
                        owner = None
                if m is not None and owner is not None:
                    pred = "organizes" if typ == "Event" else "develops"
                    self._add(pred, owner, m, sent, f"possessive:{pred}", 0.7, cue_tok=nxt)
            elif fold(nxt.lemma_) in self.cues.successor_nouns or fold(nxt.text) in self.cues.successor_nouns:
                # « La start-up développe Scirocco 2. Son successeur, Scirocco 3, ... »
                new = self._first_mention_after(nxt.i + 1, sent, 3, ["AIModel", "Product"])
                old_ = self._last_thing(tok.idx, ["AIModel", "Product"])
                if new is not None and old_ is not None and self.mentions[new].type == self.mentions[old_].type:
                    self._add("successorOf", new, old_, sent, "possessive:successor", 0.65, cue_tok=nxt)
            elif fold(nxt.text) in self.cues.possessive_nouns:
                self._possessive_org_noun(tok, nxt, sent, ms)
            elif nxt.lower_ == "tête" and tok.i > sent.start and self.doc[tok.i - 1].lower_ == "à":
                # « À sa tête, Chloé Tremblay »: heads what the sentence before was about (also « À sa
                # tête, le gouvernement a nommé X »: after a verb of appointing)
                person = self._first_mention_after(nxt.i + 1, sent, 4, ["Person"])
                if person is None:
                    verb = next((t for t in self.doc[nxt.i + 1:min(sent.end, nxt.i + 9)]
                                 if t.lemma_ in self.cues.appointing_verbs), None)
                    person = self._first_mention_after(verb.i + 1, sent, 3, ["Person"]) if verb is not None else None
                owner = self._last_unit(tok.idx)
                if person is not None and owner is not None:
                    self._add("leads", person, owner, sent, "possessive:head", 0.65, cue_tok=nxt)
            elif self._possessive_role(tok, sent):
                continue
            elif fold(nxt.lemma_) in ("depart", "demission") or fold(nxt.text) in ("depart", "demission"):
                person = self._subject_syntax(tok.head, ["Person"])
                if person is not None:
                    org = self._after_prep(nxt.i + 1, sent, ("de", "d'", "du", "chez")) if nxt.i + 1 < sent.end else None
                    if org is None or self.mentions[org].type != "Organization":
                        org = self._antecedent(self.mentions[person].start, "Organization")
                    if org is not None:
                        self._add("leftOrganization", person, org, sent, "possessive:departure", 0.65, cue_tok=nxt)
            elif fold(nxt.text) in ("equipes", "employes", "salaries", "troupes", "ingenieurs", "chercheurs", "collaborateurs"):
                person = self._subject_syntax(tok.head, ["Person"])
                org = self._antecedent(tok.idx, "Organization")
                if person is not None and org is not None:
                    self._add("worksFor", person, org, sent, "possessive:staff", 0.6, cue_tok=tok.head)

    def _possessive_unit(self, tok, sent, owner: int) -> bool:
        """« son laboratoire de recherche, Kvanta Labs », « sa nouvelle division X »: the name after
        a possessive unit noun (and its modifiers) is a unit of the owner organisation."""
        texts, k = self.texts, tok.i + 2
        while k < sent.end and k - tok.i <= 6 and k not in self.tok_mention and (
                self.pos[k] == "ADJ" or texts[k] == "," or fold(texts[k]) in self.cues.naming
                or texts[k] in ("de", "d'", "d’") and k + 1 < sent.end and self.pos[k + 1] == "NOUN"
                or self.pos[k] == "NOUN" and texts[k - 1] in ("de", "d'", "d’")):
            k += 1
        m = self._first_mention_after(k, sent, 2, ["Team", "Organization"])
        if m is not None and m == owner and tok.i == sent.start:   # « Son laboratoire de recherche, X, a publié »:
            owner = self._prev_subject_org(sent) or self._antecedent(tok.idx, "Organization")   # X's subject role
                                                                    # is no owner's; the sentence before's subject is
        if m is None or owner is None or m == owner or self.mentions[owner].type != "Organization":
            return False
        return self._add("subOrganizationOf", m, owner, sent, "possessive:unit", 0.65, cue_tok=self.doc[tok.i + 1])

    def _co_founders(self, sent, ms: list[int], found: list[Relation]) -> None:
        """« Élise Marchand a cofondé Quillon avec Paul Ferrand » (« avec le chef Paul Ferrand »): the
        people named after « avec » right after a company the sentence's cue rules (``found``) say
        was founded founded it too."""
        for r in [r for r in found if r.predicate == "founded" and r.extractor.startswith("cue:")]:
            mo = self.mentions[r.object]
            hit = re.match(r"\s*,?\s*(?:en\s+\d{4}\s+)?avec\s+(?:(?:le|la|l['’]|son|sa)\s*(?:[a-zà-ÿ\-]+\s+){1,3})?",
                           self.text[mo.end:mo.end + 60])   # (« avec le chef Baptiste Oyharçabal »)
            if not hit:
                continue
            first = next((i for i in ms if self.mentions[i].start == mo.end + hit.end()), None)
            if first is None or self.mentions[first].type != "Person":
                continue
            for i in [first, *self._list_from(first, ms, +1, ["Person"])]:
                self._add("founded", i, r.object, sent, "co-founder", 0.7)

    def _possessive_round(self, sent, ms: list[int]) -> None:
        """« Électrane Ventures mène son tour de table de 6 millions d'euros, aux côtés de Partech »,
        « X participe à sa série A »: an investor backing « son », « sa » round backs the company
        the passage is about (:meth:`_round_company`), not a name after the round."""
        for t in self._toks(sent):
            if t.i == sent.start or self.texts[t.i - 1].lower() not in ("son", "sa", "leur") \
                    or not self._is_round_noun(t):
                continue
            subj = next((i for i in ms if self.mentions[i].type in ("Organization", "Person")
                         and self.cues.rx["backs_its_round"].fullmatch(self.text, self.mentions[i].end, t.idx)), None)
            if subj is None:
                continue
            target = self._round_company(sent, exclude={fold(self.mentions[subj].label)})
            if target is None or self.mentions[target].type != "Organization":
                continue
            here = [r for r in self.relations if r.predicate == "investsIn" and r.start == sent.start_char
                    and subj in (r.subject, r.object) and r.object != target]
            self.relations = [r for r in self.relations if r not in here]   # (the round noun's own cue took a
            self._add("investsIn", subj, target, sent, "round:possessive", 0.6, cue_tok=t)   # co-investor for what
            for r in here:                      # is invested in, or the investor for it: « participe à sa série A,
                if r.object == subj and r.subject != target:    # menée par Elaia »: Elaia backs the company too
                    self._add("investsIn", r.subject, target, sent, "round:possessive", 0.6, cue_tok=t)
            return

    def _co_investors(self, sent, ms: list[int]) -> None:
        """« X a pris une participation dans Y, aux côtés des investisseurs historiques A et B »:
        the names after « aux côtés de » invest in what the sentence's investment is in."""
        found = [r for r in self.relations if r.predicate == "investsIn" and sent.start_char <= r.start < sent.end_char]
        if not found or self.cues.co_investors_rx is None:
            return
        for hit in self.cues.co_investors_rx.finditer(self.text, sent.start_char, sent.end_char):
            first = next((i for i in ms if self.mentions[i].start >= hit.end()
                          and self._co_investor_gap(self.text[hit.end():self.mentions[i].start])), None)
            if first is None or self.mentions[first].type not in ("Organization", "Person"):
                continue
            target = found[0].object
            for i in [first, *self._list_from(first, ms, +1, ["Organization", "Person"])]:
                self._add("investsIn", i, target, sent, "alongside:investsIn", 0.65)

    def _co_investor(self, i: int) -> bool:
        """Whether mention ``i`` follows « aux côtés de », or is listed after a name that does (« aux
        côtés de Bpifrance et de Pennon Ventures »): a co-investor, not what is invested in."""
        rx, m = self.cues.co_investors_rx, self.mentions[i]
        if rx is None:
            return False
        for hit in rx.finditer(self.text, max(0, m.start - 90), m.start):
            if self._co_investor_gap(self.text[hit.end():m.start]):
                return True
            ms = self._sent_mentions(self.sents[m.sent])
            first = next((k for k in ms if self.mentions[k].start >= hit.end()), None)
            if first is not None and first != i and self._co_investor_gap(self.text[hit.end():self.mentions[first].start]) \
                    and i in self._list_from(first, ms, +1, ["Organization", "Person"]):
                return True
        return False

    _DESCRIBED_LIST = re.compile(r"(?:(?:" + "|".join(sorted(_COUNT_WORDS | {"quelques"})) + r")\s+[^,;:.()]{3,50}?\s*[,:]\s*)?"
                                 r"(?:(?:la|le|les|l['’])\s*(\w[\w\-]*)\s+)?")

    def _co_investor_gap(self, gap: str) -> bool:
        """The words between « aux côtés de » and the first co-investor: none, or a described
        list and a nationality (« deux sociétés de capital-risque, l'américaine »)."""
        if len(gap) <= 2:
            return True
        m = self._DESCRIBED_LIST.fullmatch(gap)
        return m is not None and (m.group(1) is None or m.group(1) in self.cues.org_demonyms)

    def _funding_round(self, sent, ms: list[int]) -> None:
        """« Menée par Index Ventures, l'opération a réuni Partech et Kima Ventures »: a round
        (``funding_round`` in the cues) as the subject of « réunir », « attirer » ... or led by
        someone; its investors invest in the article's salient organisation."""
        root = sent.root
        if self._verb_like(root, self.cues.round_join_verbs) or root.lemma_ in self.cues.round_join_object_verbs \
                or root.lemma_ == "prendre" and any(c.lower_ == "part" for c in root.children):   # « a pris part à
            self._joining_round(sent, root, ms)                                                    # l'opération »
            return
        if root.lemma_ in self.cues.round_led_by and any(c.dep_ == "aux:pass" for c in root.children):
            self._round_led_passive(sent, root, ms)     # « Le tour est mené par X »
            return
        if root.lemma_ not in self.cues.round_verbs:
            return
        subj = next((c for c in root.children if c.dep_.startswith("nsubj")), None)
        if subj is None or not self._is_round_noun(subj):
            return
        target = self._round_company(sent)
        if target is None:
            return
        investors = []
        first = self._first_mention_after(root.i + 1, sent, 4, ["Organization", "Person"])
        if first is not None:
            investors += [first, *self._list_from(first, ms, +1, ["Organization", "Person"])]
        lead = sent[0]
        if lead.lemma_ in self.cues.round_led_by and "Part" in lead.morph.get("VerbForm"):
            agent = self._after_prep(lead.i, sent, ("par",))
            if agent is not None and self.mentions[agent].start < subj.idx:
                investors += [agent, *self._list_from(agent, ms, +1, ["Organization", "Person"])]
        for i in investors:
            self._add("investsIn", i, target, sent, f"round:{root.lemma_}", 0.6, cue_tok=root)

    def _round_raiser(self, sent) -> int | None:
        """Who raised the round a sentence speaks of: the organisation that is the subject of the
        previous sentence when that one names a round (« Elle annonce un tour d'amorçage. »),
        else the article's salient organisation."""
        n = self.sent_of_tok[sent.start]
        rounds = [t for t in self._toks(self.sents[n - 1]) if self._is_round_noun(t)] if n > 0 else []
        for t in rounds:                        # « Jarvelle participe à l'amorçage de Kadrille. Ce tour est
            of = _ROUND_OF.match(self.text, t.idx + len(t.text))   # codirigé par X »: the round's owner
            owner = next((i for i, m in enumerate(self.mentions) if of and m.start == of.end()
                          and m.type == "Organization"), None)
            if owner is not None:
                return owner
        if rounds:
            subj = self._prev_subject_org(sent)
            if subj is None:                    # « la fondatrice a levé 22 millions, un tour d'amorçage. L'opération
                person = next((i for i in self._sent_mentions(self.sents[n - 1])   # a été menée par X »: the
                               if self.mentions[i].type == "Person" and self._is_subject(i)), None)   # company she
                if person is not None:                                                                  # founded
                    subj = self._last_founded(self.mentions[person].refers_to if self.mentions[person].refers_to
                                              is not None else person)
                elif any(c.dep_.startswith("nsubj") and fold(c.lemma_) in self.cues.founder_nouns
                         for c in self.sents[n - 1].root.children):    # (« la fondatrice », no mention)
                    subj = next((r.object for r in reversed(self.relations) if r.predicate == "founded"
                                 and r.start < sent.start_char), None)
            if subj is not None:
                return subj
        return self._round_company(sent)

    def _round_company(self, sent, exclude: set[str] = frozenset()) -> int | None:
        """The organisation a round of the sentence funds when the sentence does not say: an
        interview's own (« nous », :meth:`_we_org`), a list item's head (:meth:`_item_start`),
        else the article's salient one."""
        if self.we is not None and fold(self.mentions[self.we].label) not in exclude:
            return self.we
        item = self._item_start(sent.start_char)
        head = next((i for i, m in enumerate(self.mentions) if m.start >= item and m.source != "coref"), None) \
            if item else None
        if head is not None and self.mentions[head].start <= item + 6 and self.mentions[head].type == "Organization" \
                and fold(self.mentions[head].label) not in exclude:
            return head                         # « - **Gorvel** (Rennes) — 30 millions d'euros. Le tour est mené par »
        raiser = self._last_raiser(sent, item)
        if raiser is not None and fold(self.mentions[raiser].label) not in exclude:
            return raiser                       # « La jeune pousse annonce une levée ... Le tour est mené par X »
        return self._antecedent(sent.start_char, "Organization", exclude=exclude)

    def _last_raiser(self, sent, since: int) -> int | None:
        """The organisation the nearest sentence before ``sent`` (from ``since`` on) that speaks of
        raising money (a round's noun, or « lever » and a sum) funds: the one its investors invest
        in, else its subject, followed to what it stands for; None when it has neither."""
        n = self.sent_of_tok[sent.start]
        rx = self.cues.rx["raises_money"]
        for k in range(n - 1, -1, -1):
            prev = self.sents[k]
            if prev.start_char < since:
                return None
            if not any(self._is_round_noun(t) and fold(t.lemma_) not in self.cues.round_generic_nouns
                       for t in self._toks(prev)) \
                    and not rx.search(self.text, prev.start_char, prev.end_char):   # (« la finalisation de
                                                                                    # l'opération »: any deal)
                if any(self.mentions[i].type == "Organization" and self.mentions[i].source != "coref"
                       and self._is_subject(i) for i in self._sent_mentions(prev)):
                    return None                 # « X mène son tour. Y, installée à Montpellier, a conçu Z.
                continue                        # ... W participe à sa série A »: Y is the topic now
            funded = next((r.object for r in reversed(self.relations) if r.predicate == "investsIn"
                           and prev.start_char <= r.start < prev.end_char), None)
            if funded is not None:              # « Le tour est mené par X. Y participe aussi à l'opération »
                return funded
            for i in self._sent_mentions(prev):
                m = self.mentions[i]
                if m.type == "Organization" and not self._is_source_mention(m) and (
                        self._is_subject(i) or m.source == "coref" and m.start == prev.start_char):
                    return m.refers_to if m.refers_to is not None else i   # (« La jeune pousse annonce »: the
            return None                                                         # parser takes « pousse » for a verb)
        return None

    def _is_round_noun(self, tok) -> bool:
        """Whether ``tok`` names a funding round (``funding_round.nouns``: « tour », « série »,
        « augmentation » followed by « de capital »)."""
        lemma = fold(tok.lemma_)
        if lemma in self.cues.round_nouns:
            return True
        rest = self.cues.round_noun_phrases.get(lemma)
        return rest is not None and fold(self.text[tok.idx + len(tok.text):tok.idx + len(tok.text) + len(rest) + 2]
                                         ).strip().startswith(rest)

    def _round_led_passive(self, sent, verb, ms: list[int]) -> None:
        """« Le tour est mené par le fonds Qatar Investment Authority »: the agent of a round
        (``funding_round`` nouns, the subject) led (``led_by``) in the passive, and the names
        listed with it, invest in the article's salient organisation."""
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subj is None or not self._is_round_noun(subj):
            return
        target = self._round_raiser(sent)
        agent = self._after_prep(verb.i, sent, ("par",))
        types = ["Organization", "Person"]
        if target is None or agent is None or self.mentions[agent].type not in types:
            return
        investors = [agent, *self._list_from(agent, ms, +1, types)]
        for t in self._toks(sent):              # « menée par Serena, rejointe par Bpifrance »
            if t.i > verb.i and self._verb_like(t, self.cues.round_join_object_verbs) and "Part" in t.morph.get("VerbForm"):
                more = self._after_prep(t.i, sent, ("par",))
                if more is not None and self.mentions[more].type in types:
                    investors += [more, *self._list_from(more, ms, +1, types)]
        for i in investors:
            if i != target:
                self._add("investsIn", i, target, sent, f"round:{verb.lemma_}", 0.6, cue_tok=verb)

    def _round_participants(self, sent, ms: list[int]) -> None:
        """« Le tour de table est mené par Eurazeo, avec la participation d'Elaia, de Bpifrance et
        de plusieurs business angels, dont Marc Olivennes », « un tour de table mené par Index
        Ventures, auquel ont participé Bpifrance et Kima Ventures »: in a sentence about a round
        (``funding_round`` nouns), the names listed after the participation phrase
        (``funding_round.participation``) invest in the organisation that raised it (the
        sentence's subject, else the salient one)."""
        rx = self.cues.round_participation_rx
        if rx is None or not ms:
            return
        text = self._text_of(sent)
        hits = list(rx.finditer(text))
        types = ["Organization", "Person"]
        investors: list[int] = []
        phrase_ends = [hit.end() for hit in hits]
        if self.cues.round_participation_before_rx is not None:
            for hit in self.cues.round_participation_before_rx.finditer(text):   # « auquel A et B ont participé »
                at = sent.start_char + hit.end()
                first = next((i for i in ms if self.mentions[i].start == at and self.mentions[i].type in types), None)
                if first is None:
                    continue
                listed = [first, *self._list_from(first, ms, +1, types)]
                if self.cues.round_participation_after_rx.match(self.text, self.mentions[listed[-1]].end):
                    investors += listed
                    phrase_ends.append(hit.end())
        if not (hits or investors) or not any(self._is_round_noun(t) for t in self._toks(sent)):
            return
        for hit in hits:                        # (« un tour mené par A, auquel ont participé B et C »: each)
            at = sent.start_char + hit.end()
            first = next((i for i in ms if self.mentions[i].start >= at and self.mentions[i].type in types), None)
            if first is None or not re.fullmatch(r"[\s\w’']{0,30}", self.text[at:self.mentions[first].start]):
                continue
            investors += [first, *self._list_from(first, ms, +1, types)]
            last = self.mentions[investors[-1]]
            # « et de plusieurs business angels, dont Marc Olivennes »
            more = re.match(r"\s*,?\s*(?:et\s+)?(?:de|d['’]|des)\s*(?:plusieurs|quelques|nombreux|divers|deux|trois)?"
                            r"[\s\w\-]{0,30}?,\s*(?:dont|parmi lesquels|notamment)\s+", self.text[last.end:sent.end_char])
            if more is not None:
                nxt = next((i for i in ms if self.mentions[i].start == last.end + more.end()), None)
                if nxt is not None and self.mentions[nxt].type in types:
                    investors += [nxt, *self._list_from(nxt, ms, +1, types)]
        if not investors:
            return
        investors = list(dict.fromkeys(investors))
        at = sent.start_char + max(phrase_ends)   # (a leader named before the last participation phrase)
        for t in self._toks(sent):              # « Le tour est mené par Partech, avec la participation de »
            if t.lemma_ in self.cues.round_led_by and "Part" in t.morph.get("VerbForm") and t.idx < at:
                lead = self._after_prep(t.i, sent, ("par",))
                if lead is not None and self.mentions[lead].type in types and lead not in investors:
                    investors.append(lead)
        # the raiser: the sentence's subject, else its first organisation when it comes before the
        # round's noun (« La start-up Vireo avait levé ... lors d'un tour de table »), else the salient one
        rnd = next(t.idx for t in self._toks(sent) if self._is_round_noun(t))
        subj = next((self._mention_in(c) for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subj is None or self.mentions[subj].type != "Organization":
            subj = next((i for i in ms if self.mentions[i].start < rnd), None)
        if subj is not None and sent.root.lemma_ in self.cues.round_led_by and subj not in investors \
                and self.mentions[subj].type in types:
            investors.append(subj)              # « Partech mène le tour, avec la participation de »
        raiser = subj is not None and self.mentions[subj].type == "Organization" and subj not in investors
        target = subj if raiser else self._round_raiser(sent)
        for i in investors:
            if target is not None and i != target:
                self._add("investsIn", i, target, sent, "round:participation", 0.6)

    @staticmethod
    def _verb_like(tok, verbs: set[str]) -> bool:
        """``tok``'s lemma is one of ``verbs``, or the tagger took the verb for a noun (« Kima Ventures
        y participe »: lemma « participe ») and its word starts with one's stem."""
        if tok.lemma_ in verbs:
            return True
        return not tok.lemma_.endswith(("er", "ir", "re")) and any(
            len(v) >= 6 and v.endswith(("er", "ir")) and tok.lower_.startswith(v[:-2]) for v in verbs)

    _AMONG = re.compile(r"[^,;.]{0,40}?,\s*(?:" + _AMONG_WORDS + r"|parmi eux)\s+")

    def _joining_round(self, sent, verb, ms: list[int]) -> None:
        """« Bpifrance, le fonds Cassiopée Partners et Nvidia participent également à l'opération »:
        the subjects of a verb of joining whose « à » complement is a round invest in the
        article's salient organisation."""
        rnd = next((c for c in verb.children if c.dep_.startswith("obl") and self._is_round_noun(c)
                    and any(g.lower_ in ("à", "au") for g in c.children)), None)
        if rnd is None and verb.lemma_ in self.cues.round_join_object_verbs:   # « complètent le tour de table »
            rnd = next((c for c in verb.children if c.dep_ == "obj" and self._is_round_noun(c)), None)
        if rnd is None and self._verb_like(verb, self.cues.round_join_verbs) and any(c.lower_ == "y" for c in verb.children):
            n = self.sent_of_tok[sent.start]    # « Kima Ventures y participe »: « y », the round just named
            if n > 0 and any(self._is_round_noun(t) for t in self._toks(self.sents[n - 1])):
                rnd = verb
        if rnd is None:
            return
        target = self._round_raiser(sent) if rnd is verb else \
            self._round_company(sent, exclude=self._backers(sent.start_char))
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if target is None or subj is None:
            return
        lo = min(t.i for t in subj.subtree)
        if all(k in self.tok_mention or self.texts[k] in (",", "et") for k in range(sent.start, lo)):
            lo = sent.start                     # « Bpifrance, le fonds X et Y »: the parser left the first out
        before = [i for i in ms if self.mentions[i].type in ("Organization", "Person") and i != target
                  and self.doc[lo].idx <= self.mentions[i].start < verb.idx
                  and fold(self.mentions[i].label) != fold(self.mentions[target].label)]
        if len(before) > 1 and " et " not in self.text[self.mentions[before[0]].start:verb.idx]:
            return
        if not before and rnd is not verb:      # « Quelques business angels complètent l'opération, parmi
            among = self._AMONG.match(self.text, rnd.idx + len(rnd.text), sent.end_char)   # lesquels Bertrand
                                                # Ladoucette »: the names the clause lists
            first = next((i for i in ms if among is not None and self.mentions[i].start == among.end()
                          and self.mentions[i].type in ("Organization", "Person")), None)
            if first is not None:
                before = [first, *self._list_from(first, ms, +1, ["Organization", "Person"])]
        also = re.compile(r"[^,;.]{0,30}?,?\s*(?:de même que|ainsi que|tout comme)\s+").match(
            self.text, verb.idx + len(verb), sent.end_char)          # « y participe, de même que X »
        if also is not None:
            first = next((i for i in ms if also.end() <= self.mentions[i].start <= also.end() + 2
                          and self.mentions[i].type in ("Organization", "Person")), None)
            if first is not None:
                before += [first, *self._list_from(first, ms, +1, ["Organization", "Person"])]
        for i in before:
            if i != target:
                self._add("investsIn", i, target, sent, f"round:{verb.lemma_}", 0.6, cue_tok=verb)

    _IN_HOUSE = re.compile(r"\s*,\s*(?:le|la|les|l['’]|son|sa|ses|leur|un|une)\s*[^,;.«»()]{0,60}?"
                           r"(?:(?<!la )(?<!cette )(?<!notre )(?<!votre )\bmaison\b(?!\s+(?:de|d['’]|du|des)\b)"   # « modèle maison »
                           r"|\bde la maison(?=\s*[,.;:)»]|$))")     # « l'assistant de la maison », not « le modèle de la
                                                                    # maison parisienne » (another company)

    def _in_house(self, sent, ms: list[int]) -> None:
        """« Pluvier 3, le nouveau modèle de langage maison »: a model or product described as
        « maison » (in-house) is developed by the sentence's organisation, else the article's."""
        for i in ms:
            m = self.mentions[i]
            hit = self._IN_HOUSE.match(self.text, m.end) if m.type in ("AIModel", "Product") and m.source != "coref" else None
            if hit is None or hit.end() > sent.end_char:
                continue
            subj = next((self._mention_in(c) for c in sent.root.children if c.dep_.startswith("nsubj")), None)
            org = subj if subj is not None and self.mentions[subj].type in ("Organization", "Team") else \
                self._antecedent(m.start, "Organization")
            if org is not None:
                self._add("develops", org, i, sent, "in-house", 0.6)

    def _bare_role(self, sent, ms: list[int]) -> None:
        """« Amélie Robin, directrice technique, reste en poste »: a role set off by commas with
        no organisation named is held at the organisation the article is about (its salient one)."""
        rx = self.cues.bare_role_rx
        for i in ms:
            m = self.mentions[i]
            if m.type != "Person" or m.source == "coref":
                continue
            post = self.cues.bare_post_rx.match(self.text, m.end, sent.end_char)
            if post and re.search(r"\bdont\s*$", self.text[max(0, m.start - 8):m.start]):
                post = None                     # « Vireo, dont X occupe le poste de ... » (whose-role)
            hits = [h for h in (rx.match(self.text, m.end),       # « X, aujourd'hui directeur scientifique, »
                                post,
                                self.cues.bare_role_before_rx.search(self.text[sent.start_char:m.start]))  # « Le
                    if h and (h.groupdict().get("dept") and not self._org_dept(h.group("dept"))   # « responsable de
                              or fold(h.group("role")) in self.cues.role_words     # la recherche »: a department;
                              or not re.search(r"\b(?:de|du|des|d['’]|chez|au sein|à)\b", h.group("role"), re.I))]
            if not hits:                                               # troisième cofondateur, X, »
                continue
            if any(r.subject == i and r.predicate in ("worksFor", "leads") for r in self.relations):
                continue
            org = self._last_founded(i)         # a founder's role is at the company founded (« Fondée par X,
            if org is None:                     # son actuel PDG, », « avec B, qui en est le directeur technique »)
                org = self._left_for_another(i, sent)
            if org is None and any(fold(h.groupdict().get("role") or "-").split()[0] in self.cues.founder_nouns for h in hits):
                k = self._sent_index(sent.start)    # « quitte X pour cofonder Trièdre. ... aux côtés de B,
                since = self.sents[max(0, k - 1)].start_char   # cofondateur et directeur technique »: the company
                org = next((r.object for r in reversed(self.relations)   # founded just before
                            if r.predicate == "founded" and r.start >= since), None)
            if org is None:
                left = [r.object for r in self.relations if r.subject == i and r.predicate == "leftOrganization"]
                # « X, le directeur technique, a quitté Meta »: another's role, unless the article's topic is
                # the one left (« - Marc Tesson, directeur général, quitte Quartzline » in a piece about it)
                org = next((o for o in left if self._is_topic(o)), None)
                if org is None:
                    org = self._antecedent(m.start, "Organization",
                                           exclude={fold(self.mentions[o].label) for o in left})
            if org is None:
                continue
            for hit in hits:
                role = hit.groupdict().get("dept") or hit.group("role")
                word = hit.groupdict().get("dword") or hit.group("word")
                pred = self._role_word_predicate(word, role)
                for p in [pred, *self._other_role_predicates(role, pred)]:   # « Son cofondateur et directeur
                    self._add(p, i, org, sent, "bare-role", 0.6, role=role)   # général, X »: both

    def _post_given(self, sent, ms: list[int]) -> None:
        """« La présidence est confiée à Victoire Kerouanton », « La direction générale revient à
        Emmanuel Lhomond », « Amine Jabrane prend la direction scientifique. »: a post
        (``function_posts``) given with no organisation named is held at the article's."""
        c = self.cues
        if c.post_given_rx is None:
            return
        found = []
        given = c.post_given_rx.match(self.text, sent.start_char, sent.end_char)
        if given:
            person = next((i for i in ms if self.mentions[i].start == given.end()), None)
            found.append((person, given))
        for k, i in enumerate(ms):
            taken = c.post_taken_rx.match(self.text, self.mentions[i].end, sent.end_char)
            if taken and self.mentions[i].type == "Person":
                found.append((i, taken))
                for j in ms[k + 1:]:            # « A prend la présidence, B la direction technique et C la
                    more = c.post_elided_rx.match(self.text, self.mentions[j].end, sent.end_char)   # direction
                    if self.mentions[j].type != "Person" or more is None or not re.fullmatch(   # scientifique »
                            r"\s*(?:,|et)\s*", self.text[found[-1][1].end():self.mentions[j].start]):
                        break
                    found.append((j, more))
        at = self._fronted_topic_org(sent.start_char)   # « Chez Junco, A prend la présidence »
        for person, m in found:
            if person is None or self.mentions[person].type != "Person":
                continue
            if m.groupdict().get("det") in ("Sa", "Leur"):   # « Sa direction a été confiée à X »: the thing
                org = self._last_unit(sent.start_char)          # the sentence before was about
            elif at is not None:
                org = at
            else:
                org = self._antecedent(sent.start_char, "Organization")
            post = re.sub(r"\s+", " ", m.group("post"))
            if org is not None:
                self._add(c.function_posts[fold(post)], person, org, sent, "post-given", 0.6, role=post)

    def _org_dept(self, dept: str) -> bool:
        """Whether a role's « department » is an organisation another than the article's (« le
        président de la coopérative »): an organisation noun no organisation anaphora uses."""
        noun = fold(dept.split()[-1].split("’")[-1].split("'")[-1])
        only = self._heads_in(noun)             # (« la coopérative » stands only for one so described)
        return self.cues.type_nouns.get(noun) == "Organization" and (only and only <= self.cues.described_only_heads or not any(
            fold(a).split()[-1] == noun for a in self.cues.org_anaphora))

    _FOR_DESTINATION = re.compile(r"\s*pour\s+(?:(?:rejoindre|intégrer)\s+)?(?:(?:la|le|les|l['’])\s*)?"
                                  r"(?:(?:start-up|société|laboratoire|groupe|géant|américain|américaine|français|française)\s+)?")

    def _destination(self, left: int, sent) -> int | None:
        """The organisation or team named right after « pour » (« pour rejoindre ») after mention
        ``left`` in its sentence: where one goes when leaving ``left`` (« quitte Basalte pour
        Microsoft »); None when there is none."""
        m = self._FOR_DESTINATION.match(self.text, self.mentions[left].end, sent.end_char)
        if m is None:
            return None
        return next((i for i in self._sent_mentions(sent) if self.mentions[i].start == m.end()
                     and self.mentions[i].type in ("Organization", "Team")
                     and fold(self.mentions[i].label) != fold(self.mentions[left].label)), None)

    def _seat_given(self, place: int, org: int, sent) -> bool:
        """Whether a gap rule of this sentence already made ``place`` another organisation's seat
        (a description in apposition names whose seat it is more surely than a verb's subject)."""
        return any(r.predicate == "headquarteredIn" and r.object == place and r.subject != org
                   and r.start == sent.start_char and r.extractor.startswith("gap:") for r in self.relations)

    def _left_for(self, sent, ms: list[int]) -> None:
        """« quitte Basalte pour Microsoft », « quitte FAIR pour Google DeepMind »: who leaves an
        organisation for another works for that other one; « quitte X pour devenir, le 1er avril,
        directrice scientifique de Celesta »: holds that role there."""
        for r in [r for r in self.relations if r.predicate == "leftOrganization" and r.start == sent.start_char]:
            dest = self._destination(r.object, sent)
            if dest is not None:
                self._add("worksFor", r.subject, dest, sent, "left-for", 0.6)
                continue
            become = self.cues.become_rx.match(self.text, self.mentions[r.object].end, sent.end_char)
            dest = next((i for i in ms if become and self.mentions[i].start == become.end()
                         and self.mentions[i].type in ("Organization", "Team")), None)
            if dest is not None:
                role = become.group("role")
                self._add(self._role_word_predicate(become.group("word"), role), r.subject, dest, sent, "left-for", 0.6,
                          role=role)

    def _left_for_another(self, i: int, sent) -> int | None:
        """The organisation person ``i`` leaves in this sentence for another one (« X, le PDG, et Y,
        la directrice scientifique, quittent Basalte pour Microsoft »): their roles are held there."""
        return next((r.object for r in self.relations if r.subject == i and r.predicate == "leftOrganization"
                     and r.start == sent.start_char and self._destination(r.object, sent) is not None), None)

    # what « en » is not: an agent, a former employer, a parent (« une nouvelle entité, Pavois
    # Threat Lab, rattachée à Pavois Cyber »), in the words since the last comma
    _TAKES_HEAD_NOT = re.compile(r"\b(?:par|ancienn?e?s?|ex|rattachée?s?|au sein|filiale|chez)\b", re.I)

    def _takes_head(self, sent, ms: list[int]) -> None:
        """« Arkwend ouvre Vervelle Labs à Lyon. Odile Marcassin en prend la tête »: « en » is the
        last organisation or team of the sentence before (not an agent after « par », nor a
        person's former employer)."""
        rx, holds = self.cues.takes_head_rx, self.cues.holds_head_rx
        if rx is None:
            return

        def unit(o: Mention) -> bool:           # an organisation or team the sentence before names
            return o.type in ("Team", "Organization") and not self._ex_prefixed(o) and not self._TAKES_HEAD_NOT.search(
                self.text[max(0, self.text.rfind(",", 0, o.start), o.start - 60):o.start])

        for i in ms:
            m = self.mentions[i]
            if m.type != "Person":
                continue
            if holds is not None and holds.match(self.text, m.end, sent.end_char):
                # « Obier a été fondé par X, qui en est toujours le PDG »: the organisation before X;
                # after a fronted « Fondée en 2023 par X, qui en est la présidente, et Y, », the subject's
                target = self._unit_held(i, sent, ms, m.start)
                if target is not None:
                    self._add("leads", i, target, sent, "holds-head", 0.6)
                    continue
            hit = rx.match(self.text, m.end, sent.end_char)
            if hit is None and not (holds is not None and holds.match(self.text, m.end, sent.end_char)):
                continue
            pred = "leads"                      # (« en est devenu le directeur technique »: a post, not the head)
            if hit is not None and re.search(r"(?:directeur|directrice|responsable|chef|cheffe|direction)$", hit.group()) \
                    and re.match(r"\s+(?!générale?\b)[a-zà-ÿ]", self.text[hit.end():sent.end_char]):
                pred = "worksFor"
            target = None                       # « A pilotera la technique de Tiliaq, tandis que B en prend la
            clause = re.search(r"(?:,\s*|\s)(?:(?:tandis|alors)\s+qu(?:e\s+|['’]\s*)|et\s+)$",   # direction »: the
                               self.text[sent.start_char:m.start])   # clause before names it
            if clause is not None:
                cut = sent.start_char + clause.start()
                target = max((o for o in ms if self.mentions[o].end <= cut and unit(self.mentions[o])
                              and not self.cues.role_title_rx.search(   # (not « B, la cofondatrice de X, »)
                                  self.text[max(0, self.mentions[o].start - 50):self.mentions[o].start])),
                             key=lambda o: self.mentions[o].start, default=None)
            if target is None:
                target = self._last_in_previous_sentence(m.start, unit)
            if target is None:                  # « un changement à la tête de l'entreprise. X en prend la direction »
                target = self._last_in_previous_sentence(m.start, unit, anaphora=True)
            if target is not None:
                self._add(pred, i, target, sent, "takes-head", 0.6)

    def _possessive_org_noun(self, tok, noun, sent, ms: list[int]) -> None:
        """« son concurrent Concentrix », « ses concurrents directs, AI21 Labs et Reka »: the
        names after the noun (adjectives and a comma between) relate to the owner."""
        pred = self.cues.possessive_nouns[fold(noun.text)]
        if pred == "headquarteredIn" and tok.i != sent.start:
            return                              # (« qui aura son siège à X », « installera son siège à X »: the
                                                # verb's subject, read by the verb rules)
        k = noun.i + 1
        while k < sent.end and k - noun.i <= 6 and (self.pos[k] == "ADJ" or self.texts[k] in (",", ":")
                                                    or self.texts[k].lower() in ("ce", "sont", "restent", "demeurent")
                                                    or self.texts[k].lower() in ("le", "la", "l'", "l’") and k + 1 < sent.end
                                                    and self.texts[k + 1].lower() in self.cues.org_demonyms   # (« Son
                                                    # principal concurrent, le norvégien Cognite »)
                                                    or pred == "headquarteredIn" and self.texts[k].lower() in _SEAT_WORDS):
            k += 1                              # (« Nos vrais concurrents, ce sont OpenAI et Mistral AI », « Son siège
                                                # est toujours à Rennes »)
        s_types, o_types = self._allowed(pred)
        reverse = pred in self.cues.raw.get("possessive_owner_is_object", [])
        named_types = s_types if reverse else o_types
        first = self._first_mention_after(k, sent, 2, named_types)
        if first is not None:
            named = [first, *self._list_from(first, ms, +1, named_types)]
        else:                                   # « ... de Mistral AI, son principal concurrent »
            first = self._apposed_before(tok, named_types)
            if first is None:
                return
            named = [first, *self._list_from(first, ms, -1, named_types)]
        owner = None
        if tok.lower_ in _OUR and self.we is not None and self._answer_sentence(self.sent_of_tok[tok.i]):
            owner = self.we                     # an interview's « Nos vrais concurrents, ce sont A et B »
        if owner is None or owner in named:
            owner = self._fronted_pour(sent)
        if owner is None or owner in named:
            owner = self._subject_syntax(tok.head, ["Organization"])
        if owner is None or owner in named:
            owner = self._antecedent(tok.idx, "Organization", exclude={fold(self.mentions[i].label) for i in named})
        if owner is None:
            return
        for i in named:
            s_, o_ = (i, owner) if reverse else (owner, i)
            self._add(pred, s_, o_, sent, f"possessive:{pred}", 0.65, cue_tok=noun)

    def _recent_model(self, tok) -> int | None:
        """The model named or referred to last before ``tok``, in its sentence or the two before."""
        here = self._sent_index(tok.i)
        cands = [i for i, m in enumerate(self.mentions) if m.type == "AIModel" and m.end <= tok.idx
                 and here - m.sent <= 2]
        return max(cands, key=lambda i: self.mentions[i].start, default=None)

    # between a name and a noun set in apposition to it (« X, déjà actionnaire de », « X, l'autre
    # concurrent de »)
    _APPOSED_NOUN = re.compile(r"\s*,\s*(?:(?:déjà|aussi|également|désormais|lui-même|elle-même)\s+)?"
                               r"(?:(?:le|la|l['’]|un|une)\s*)?(?:(?:principale?|premier|première|grande?|autre)\s+)?")

    def _apposed_before(self, tok, types: list[str]) -> int | None:
        """The mention a possessive phrase starting at ``tok`` is set in apposition to
        (« Mistral AI, son principal concurrent »), if any."""
        i = self._just_before(tok.idx, types)
        if i is None or not re.fullmatch(r"\s*,\s*", self.text[self.mentions[i].end:tok.idx]):
            return None
        return i

    def _fronted_target(self, sent, tok) -> int | None:
        """In a sentence that opens on a participle (« Cofondé en 2023 par A, sa directrice
        générale, et B, Parallax Labs emploie »), the organisation the phrase is about: the
        first one after ``tok`` that starts the main clause."""
        if self._passive_predicate(sent[0].text) is None:
            return None
        return next((i for i in self._sent_mentions(sent) if self.mentions[i].type == "Organization"
                     and self.mentions[i].start > tok.idx and not self._de_complement(i)
                     and re.search(r",\s*$", self.text[max(0, self.mentions[i].start - 3):self.mentions[i].start])), None)

    def _fronted_pour(self, sent) -> int | None:
        """« Pour Google Cloud, l'opération doit ... »: the organisation a sentence is framed by."""
        if sent[0].lower_ != "pour" or len(sent) < 3:
            return None
        i = self.tok_mention.get(sent[1].i)
        if i is None or self.mentions[i].type not in ("Organization", "Team"):
            return None
        end = self.mentions[i].end
        return i if re.match(r"\s*,", self.text[end:end + 3]) else None

    def _possessive_role(self, tok, sent) -> bool:
        """« son directeur scientifique Laurent Sifre »: a role at the salient organisation."""
        rest = self.text[tok.idx + len(tok.text):min(sent.end_char, tok.idx + 70)]
        m = self.cues.possessive_role_rx.match(rest)
        person = None
        after = not m
        if after:                               # « Cofondé par Maartje Visser, sa directrice générale, et ... »
            m = self.cues.possessive_role_after_rx.match(rest)
            person = self._apposed_before(tok, ["Person"]) if m else None
            if person is None:
                return False
        else:
            end = tok.idx + len(tok.text) + m.end()
            person = next((i for i in self._sent_mentions(sent) if self.mentions[i].type == "Person"
                           and 0 <= self.mentions[i].start - end <= 2), None)
        org = self._last_founded(person)        # « cofondée par A et B, sa directrice scientifique »: the
        if org is None and tok.lower_ in _OUR and self.we is not None \
                and self._answer_sentence(self.sent_of_tok[sent.start]):
            org = self.we                       # « Notre directeur général, X, » in an interview's answer
        if org is None:                         # company B founded
            if after and not m.group(0).endswith(","):
                return False                    # « ..., se félicite X, son président. »: whose, unsaid
            org = self._fronted_target(sent, tok)
        # « Yuanbao Studio travaillera sur ... Sa directrice, X, », and the same with the name first (« X, sa
        # cofondatrice, reste ... »):
        opens = tok.i == sent.start or after and self.mentions[person].start == sent.start_char
        if org is None and opens:
            kinds = ["Organization"] if fold(m.group("word")) in self.cues.company_roles else ["Team", "Organization"]
            org = self._last_thing(tok.idx, kinds, backs=(1, 2))   # the last sentence's (a company's, for « Son PDG »)
                                                # subject (or the one before: « La start-up conçoit ... Son
                                                # modèle phare, X, est utilisé ... Son PDG, Y »)
            later = {fold(self.mentions[i].label) for i in self._sent_mentions(sent) if self.mentions[i].start > tok.idx
                     and self.cues.role_title_rx.search(self.text[max(0, self.mentions[i].start - 50):self.mentions[i].start])}
            if org is not None and fold(self.mentions[org].label) in later:
                # « Elle rachète Jargonaute. Sa fondatrice, X, devient responsable produit de Kelvia »: her
                # founder is of the other organisation the sentence before named (she takes a role at this one)
                here = self.sent_of_tok[sent.start]
                others = [i for i, m in enumerate(self.mentions) if m.sent == here - 1 and m.source != "coref"
                          and m.type in ("Organization", "Team") and fold(m.label) not in later]
                org = others[-1] if others else org
        if org is None:
            org = self._antecedent(tok.idx, "Organization")
        if person is None or org is None:
            return False
        role = re.sub(r"\s+", " ", m.group("role"))
        pred = self._role_word_predicate(m.group("word"), role)
        if pred == "founded":
            org = self._deal_target(org, sent)
        people = [person]
        if m.groupdict().get("plural"):         # « Ses cofondateurs, A et B, »: each of them
            role = m.group("word") + role[len(m.group("word")) + 1:]
            people += self._list_from(person, self._sent_mentions(sent), +1, ["Person"])
        for p in people:
            self._add(pred, p, org, sent, "possessive:role", 0.65, cue_tok=tok, role=role)
        return True

    def _deal_target(self, org: int, sent) -> int:
        """« Nvidia annonce une prise de participation dans Calorium. ... son cofondateur X »: whose
        founder a possessive names is not the investor's or buyer's that a sentence up to two before
        made the subject of an investment or purchase, but the company it bought or funded."""
        lo = self.sents[max(0, self.sent_of_tok[sent.start] - 2)].start_char
        label = fold(self.mentions[org].label)
        deals = [r for r in self.relations if r.predicate in ("investsIn", "acquired") and lo <= r.start <= sent.start_char
                 and fold(self.mentions[r.subject].label) == label and self.mentions[r.object].type == "Organization"]
        return max(deals, key=lambda r: (r.start, self.mentions[r.object].start)).object if deals else org

    # -- teams named without their parent: the article's organisation that is said to have teams

    def _team_context(self) -> None:
        has_parent = {self.relations[k].subject for k in range(len(self.relations))
                      if self.relations[k].predicate == "subOrganizationOf"}
        has_parent_labels = {fold(self.mentions[i].label) for i in has_parent}
        team_words = ("equipe", "equipes", "division", "divisions", "departement", "entites", "entite", "unite", "unites")
        done = set()
        for i, m in enumerate(self.mentions):
            if m.type != "Team" or m.key is not None or m.source == "coref" or fold(m.label) in has_parent_labels:
                continue
            if fold(m.label) in done:
                continue
            org = self._antecedent(m.start, "Organization")
            if org is None:
                continue
            org_label = fold(self.mentions[org].label)
            for sent in self.sents:
                words = {fold(t.text) for t in sent}
                if not words & set(team_words):
                    continue
                if any(fold(self.mentions[j].label) == org_label for j in self._sent_mentions(sent)):
                    if self._add("subOrganizationOf", i, org, sent, "context:team-of-article-org", 0.6):
                        done.add(fold(m.label))
                    break
