"""Plain records passed between the stages of the pipeline.

Nothing here imports spaCy or rdflib: these dataclasses are what the map step
(extraction, per article) hands to the reduce step (resolution, RDF writing),
so they must stay small, picklable and JSON-friendly (see ``to_dict``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: The seven entity types of the contract (../shared/ONTOLOGY.md).
TYPES = ("Organization", "Team", "Person", "AIModel", "Product", "Event", "Place")

#: Relation predicates of the contract.
PREDICATES = (
    "subOrganizationOf", "develops", "worksOn", "worksFor", "leads", "founded",
    "leftOrganization", "investsIn", "acquired", "partnerOf", "competitorOf",
    "integratedInto", "successorOf", "organizes", "participatedIn", "headquarteredIn",
)
SYMMETRIC = frozenset({"partnerOf", "competitorOf"})
MODALITIES = ("asserted", "reported", "hedged")


def _fields(record) -> dict:
    """A flat record's fields as a dict: ``dataclasses.asdict`` without its deep copy, which
    costs 10x more (every field here is a str, int, float or None)."""
    return dict(record.__dict__)


@dataclass(frozen=True)
class Article:
    """One input article, whatever its format."""

    id: str                      # stable id: record id, or file name stem
    text: str                    # body text; all offsets point into it
    source: str                  # where it came from (path, "path#3" for a record, "<stdin>")
    title: str | None = None
    date: str | None = None      # ISO 8601 date (YYYY-MM-DD) when known
    url: str | None = None
    lang: str = "fr"
    # (start, end) of the spans the source itself set off as names (a Markdown roundup's
    # « **Lustrine** a publié »): hints for extraction, which still types them from context
    names: tuple[tuple[int, int], ...] = ()
    # (start, end) of the capitalised words a bold headline sentence opens on (« **Rayonia s'allie
    # à Giphar.** »): a name hint only where they are no French word
    leads: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        return _fields(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Article":
        d = dict(d)
        d["names"] = tuple(tuple(n) for n in d.get("names") or ())   # (JSON gives lists)
        d["leads"] = tuple(tuple(n) for n in d.get("leads") or ())
        return cls(**d)


@dataclass(frozen=True)
class Problem:
    """An input that was skipped, and why (one clear line for the user)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Mention:
    """A span of the article that names (or refers to) an entity."""

    text: str                    # the surface form, verbatim
    start: int                   # character offsets in Article.text
    end: int
    type: str                    # one of TYPES
    label: str                   # best canonical name known at extraction time
    key: str | None = None       # lexicon id when the lexicon knows it
    sent: int = 0                # index of the sentence in the article
    source: str = "ner"          # lexicon | pattern | ner | coref
    refers_to: int | None = None # for coreference (« la firme »): index of the antecedent mention


@dataclass(frozen=True)
class Relation:
    """A relation candidate between two mentions of the same article."""

    subject: int                 # index into ArticleResult.mentions
    predicate: str               # one of PREDICATES
    object: int
    start: int                   # evidence: the sentence's character offsets in Article.text
    end: int
    extractor: str               # name of the rule that found it
    confidence: float = 0.8
    modality: str = "asserted"   # asserted | reported | hedged
    attributed_to: int | None = None  # mention index of the reported source (« Axios »)
    role: str | None = None      # for worksFor/leads: the role the text names


@dataclass
class ArticleResult:
    """Everything extraction found in one article: the map step's output."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"article": self.article.to_dict(),
                "mentions": [_fields(m) for m in self.mentions],
                "relations": [_fields(r) for r in self.relations]}

    @classmethod
    def from_dict(cls, d: dict) -> "ArticleResult":
        return cls(Article.from_dict(d["article"]),
                   [Mention(**m) for m in d["mentions"]],
                   [Relation(**r) for r in d["relations"]])


@dataclass
class Entity:
    """A resolved entity: one node of the graph."""

    type: str
    label: str
    slug: str
    aliases: set[str] = field(default_factory=set)
    key: str | None = None


@dataclass(frozen=True)
class Fact:
    """One extraction of a relation, resolved to entities (one statement node)."""

    subject: str                 # Entity.slug-qualified id: f"{type}/{slug}"
    predicate: str
    object: str
    article_id: str
    evidence: str                # the sentence, verbatim
    start: int
    end: int
    extractor: str
    confidence: float
    modality: str = "asserted"
    attributed_to: str | None = None   # entity id ("Type/slug") of the reported source
    role: str | None = None


@dataclass
class Resolved:
    """The reduce step's output: entities, facts and the articles they come from."""

    entities: dict[str, Entity]  # id ("Type/slug") -> Entity
    facts: list[Fact]
    articles: list[Article]
    mentions: dict[str, set[str]] = field(default_factory=dict)  # entity id -> article ids mentioning it


#: The contract's domains and ranges: predicate -> (subject types, object types).
SIGNATURES: dict[str, tuple[frozenset, frozenset]] = {
    "subOrganizationOf": (frozenset({"Team", "Organization"}), frozenset({"Organization"})),
    "develops": (frozenset({"Organization", "Team", "Person"}), frozenset({"AIModel", "Product"})),
    "worksOn": (frozenset({"Team", "Person"}), frozenset({"AIModel", "Product"})),
    "worksFor": (frozenset({"Person"}), frozenset({"Organization", "Team"})),
    "leads": (frozenset({"Person"}), frozenset({"Organization", "Team"})),
    "founded": (frozenset({"Person"}), frozenset({"Organization"})),
    "leftOrganization": (frozenset({"Person"}), frozenset({"Organization"})),
    "investsIn": (frozenset({"Organization", "Person"}), frozenset({"Organization"})),
    "acquired": (frozenset({"Organization"}), frozenset({"Organization"})),
    "partnerOf": (frozenset({"Organization", "Team"}), frozenset({"Organization", "Team"})),
    "competitorOf": (frozenset({"Organization"}), frozenset({"Organization"})),
    "integratedInto": (frozenset({"AIModel", "Product"}), frozenset({"Product"})),
    "successorOf": (frozenset({"AIModel"}), frozenset({"AIModel"})),
    "organizes": (frozenset({"Organization"}), frozenset({"Event"})),
    "participatedIn": (frozenset({"Person", "Organization"}), frozenset({"Event"})),
    "headquarteredIn": (frozenset({"Organization"}), frozenset({"Place"})),
}


def fits(predicate: str, subject_type: str, object_type: str) -> bool:
    """Whether a relation respects the contract's domain and range."""
    dom, rng = SIGNATURES[predicate]
    return subject_type in dom and object_type in rng
