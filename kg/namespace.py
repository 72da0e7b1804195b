"""The project's vocabulary as checked code: ``AIKG.devlops`` fails at once."""
from __future__ import annotations

import functools

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/aikg/ontology#"
RESOURCE = Namespace("https://w3id.org/aikg/resource/")
GRAPH = Namespace("https://w3id.org/aikg/graph/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")


class AIKG(DefinedNamespace):
    """Classes and properties of https://w3id.org/aikg/ontology# (see ontology/aikg.ttl)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI)

    # classes
    Organization: URIRef
    Team: URIRef
    Person: URIRef
    AIModel: URIRef
    Product: URIRef
    Event: URIRef
    Place: URIRef
    Article: URIRef
    Assertion: URIRef

    # relations between entities
    subOrganizationOf: URIRef
    develops: URIRef
    worksOn: URIRef
    worksFor: URIRef
    leads: URIRef
    founded: URIRef
    leftOrganization: URIRef
    investsIn: URIRef
    acquired: URIRef
    partnerOf: URIRef
    competitorOf: URIRef
    integratedInto: URIRef
    successorOf: URIRef
    organizes: URIRef
    participatedIn: URIRef
    headquarteredIn: URIRef

    # provenance of a statement node
    evidence: URIRef
    startChar: URIRef
    endChar: URIRef
    extractor: URIRef
    confidence: URIRef
    modality: URIRef
    date: URIRef          # the date of the article that states the fact
    sourceId: URIRef      # file path or record id of an article
    role: URIRef          # the role named by the text, on a worksFor/leads statement


@functools.lru_cache(maxsize=1 << 16)      # an entity's IRI is made once per fact that names it
def entity_iri(entity_id: str) -> URIRef:
    """``"Organization/meta"`` -> https://w3id.org/aikg/resource/organization/meta"""
    typ, slug = entity_id.split("/", 1)
    return RESOURCE[f"{typ.lower()}/{slug}"]


@functools.lru_cache(maxsize=1 << 12)
def article_iri(article_id: str) -> URIRef:
    return RESOURCE[f"article/{article_id}"]


def article_graph(article_id: str) -> URIRef:
    return GRAPH[f"article/{article_id}"]


ENTITIES_GRAPH = GRAPH["entities"]
