"""The ontology (ontology/aikg.ttl), the SHACL shapes (ontology/shapes.ttl) and
kg.validate: no drift from kg.namespace, the writer's output conforms, and real
mistakes are caught with a precise focus node and path. Fast: no spaCy."""
from __future__ import annotations

import dataclasses

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SH, SKOS

from kg import resources
from kg.namespace import AIKG, ORG, SCHEMA, ONTOLOGY_IRI, entity_iri
from kg.rdf import statement_iri, to_dataset
from kg.records import PREDICATES, SYMMETRIC, TYPES, Fact, Resolved
from kg.validate import (ValidationReport, Violation, load_ontology, load_shapes,
                         union_graph, validate)

SHAPES_NS = "https://w3id.org/aikg/shapes#"
DATATYPE_PROPS = ("evidence", "startChar", "endChar", "extractor", "confidence", "modality",
                  "date", "sourceId", "role")
CLASSES = (*TYPES, "Article", "Assertion")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(resources.data("aikg.ttl"), format="turtle")


def namespace_terms() -> set[str]:
    return {name for name in AIKG.__annotations__ if not name.startswith("_")}


def classes_of(g: Graph, node) -> set:
    """A class, or the members of an owl:unionOf class expression."""
    if isinstance(node, URIRef):
        return {node}
    union = g.value(node, OWL.unionOf)
    assert union is not None, f"unexpected class expression {node}"
    return set(Collection(g, union))


# --------------------------------------------------------------------------- ontology


def test_ontology_parses_with_header(onto):
    head = URIRef("https://w3id.org/aikg/ontology")
    assert (head, RDF.type, OWL.Ontology) in onto
    assert onto.value(head, OWL.versionInfo) is not None
    dct = "http://purl.org/dc/terms/"
    assert {lit.language for lit in onto.objects(head, URIRef(dct + "title"))} >= {"fr", "en"}
    assert onto.value(head, URIRef(dct + "description")) is not None
    assert str(onto.value(head, URIRef(dct + "creator"))) == "aikg"


def test_every_namespace_term_is_declared_with_fr_and_en_labels(onto):
    for name in namespace_terms():
        term = AIKG[name]
        types = set(onto.objects(term, RDF.type))
        assert types & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, name
        langs = {lit.language for lit in onto.objects(term, RDFS.label)}
        assert {"fr", "en"} <= langs, (name, langs)
        assert any(lit.language == "en" for lit in onto.objects(term, RDFS.comment)), name


def test_no_drift_between_ontology_and_namespace(onto):
    declared = {str(s)[len(ONTOLOGY_IRI):] for s in onto.subjects(RDF.type, None)
                if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_IRI)}
    mentioned = {str(t)[len(ONTOLOGY_IRI):] for t in onto.all_nodes()
                 if isinstance(t, URIRef) and str(t).startswith(ONTOLOGY_IRI)}
    assert declared == namespace_terms()
    assert mentioned <= namespace_terms()      # no typo in a domain, range or subClassOf


def test_kinds_of_terms(onto):
    for c in CLASSES:
        assert (AIKG[c], RDF.type, OWL.Class) in onto, c
    for p in PREDICATES:
        assert (AIKG[p], RDF.type, OWL.ObjectProperty) in onto, p
    for p in DATATYPE_PROPS:
        assert (AIKG[p], RDF.type, OWL.DatatypeProperty) in onto, p
    assert set(PREDICATES) | set(DATATYPE_PROPS) | set(CLASSES) == namespace_terms()


def test_relations_have_domain_and_range_of_entity_classes(onto):
    entity_classes = {AIKG[t] for t in TYPES}
    for p in PREDICATES:
        dom, rng = onto.value(AIKG[p], RDFS.domain), onto.value(AIKG[p], RDFS.range)
        assert dom is not None and rng is not None, p
        assert classes_of(onto, dom) <= entity_classes, p
        assert classes_of(onto, rng) <= entity_classes, p
    dev = AIKG.develops
    assert classes_of(onto, onto.value(dev, RDFS.domain)) == {AIKG.Organization, AIKG.Team, AIKG.Person}
    assert classes_of(onto, onto.value(dev, RDFS.range)) == {AIKG.AIModel, AIKG.Product}


def test_symmetric_properties(onto):
    for p in PREDICATES:
        assert ((AIKG[p], RDF.type, OWL.SymmetricProperty) in onto) == (p in SYMMETRIC), p


@pytest.mark.parametrize("triple", [
    (AIKG.Organization, RDFS.subClassOf, ORG.Organization),
    (AIKG.Organization, RDFS.subClassOf, SCHEMA.Organization),
    (AIKG.Team, RDFS.subClassOf, ORG.OrganizationalUnit),
    (AIKG.Person, RDFS.subClassOf, FOAF.Person),
    (AIKG.Person, RDFS.subClassOf, SCHEMA.Person),
    (AIKG.AIModel, RDFS.subClassOf, SCHEMA.SoftwareApplication),
    (AIKG.Product, RDFS.subClassOf, SCHEMA.Product),
    (AIKG.Event, RDFS.subClassOf, SCHEMA.Event),
    (AIKG.Place, RDFS.subClassOf, SCHEMA.Place),
    (AIKG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
    (AIKG.Assertion, RDFS.subClassOf, RDF.Statement),
    (AIKG.subOrganizationOf, RDFS.subPropertyOf, ORG.subOrganizationOf),
    (AIKG.worksFor, RDFS.subPropertyOf, ORG.memberOf),
    (AIKG.leads, RDFS.subPropertyOf, AIKG.worksFor),
    (AIKG.leads, RDFS.subPropertyOf, ORG.headOf),
    (AIKG.founded, OWL.inverseOf, SCHEMA.founder),
])
def test_alignment(onto, triple):
    assert triple in onto


def test_disjointness_only_where_safe(onto):
    g = onto + Graph()
    pairs = set()
    for a, b in g.subject_objects(OWL.disjointWith):
        pairs |= {(a, b), (b, a)}
    for adc in g.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(g, g.value(adc, OWL.members)))
        pairs |= {(a, b) for a in members for b in members if a != b}
    for other in ("Organization", "AIModel", "Product", "Place"):
        assert (AIKG.Person, AIKG[other]) in pairs
    for a, b in [("Organization", "Team"), ("AIModel", "Product"), ("Organization", "Place")]:
        assert (AIKG[a], AIKG[b]) not in pairs, (a, b)


# ------------------------------------------------------------------ shapes vs ontology


def test_shapes_agree_with_ontology_domains_and_ranges(onto):
    shapes = load_shapes()

    def classes_in(shape, path) -> set:
        """The sh:in list of a property shape on ``path`` (a predicate or a sequence)."""
        sp = shapes.value(shape, SH.path)
        assert sp == path or (isinstance(sp, BNode) and list(Collection(shapes, sp)) == path), shape
        assert int(shapes.value(shape, SH.minCount)) == 1
        return set(Collection(shapes, shapes.value(shape, SH["in"])))

    for p in PREDICATES:
        name = f"{SHAPES_NS}{p[0].upper()}{p[1:]}-"
        dom = classes_of(onto, onto.value(AIKG[p], RDFS.domain))
        rng = classes_of(onto, onto.value(AIKG[p], RDFS.range))
        subj, obj, st_subj, st_obj = (URIRef(name + k) for k in
                                      ("subject", "object", "statementSubject", "statementObject"))
        assert (subj, SH.targetSubjectsOf, AIKG[p]) in shapes, p
        assert (obj, SH.targetObjectsOf, AIKG[p]) in shapes, p
        assert classes_in(subj, RDF.type) == dom, p
        assert classes_in(obj, RDF.type) == rng, p
        for st in (st_subj, st_obj):
            target = shapes.value(st, SH.target)
            assert f"rdf:predicate aikg:{p} }}" in str(shapes.value(target, SH.select)), p
        assert classes_in(st_subj, [RDF.subject, RDF.type]) == dom, p
        assert classes_in(st_obj, [RDF.object, RDF.type]) == rng, p


def test_shapes_are_flat():
    """No nested shapes (sh:or, sh:node, sh:property...): pyshacl re-reads those for
    every focus node, which is what made validation slow (see shapes.ttl)."""
    shapes = load_shapes()
    for nested in ("or", "and", "xone", "not", "node", "property", "qualifiedValueShape"):
        assert not list(shapes.subject_objects(SH[nested])), nested


def test_shipped_files_are_packaged():
    for name in ("aikg.ttl", "shapes.ttl"):
        assert resources.data(name).is_file(), name
    assert len(load_shapes()) > 100 and len(load_ontology()) > 100
    assert load_shapes() is load_shapes()          # parsed once


# ------------------------------------------------------------------ valid graphs


def test_writer_output_conforms(small_dataset):
    report = validate(small_dataset)
    assert report.conforms, str(report)
    assert report.violations == []
    assert report.summary() == "SHACL: conforms"


def test_plain_graph_and_dataset_validate_alike(small_dataset):
    assert validate(union_graph(small_dataset)).conforms
    # the writer's graphs on their own: entity types and relations are in different
    # named graphs, so one article graph alone lacks the types
    from kg.namespace import article_graph
    alone = Graph()
    for t in small_dataset.graph(article_graph("a1")):
        alone.add(t)
    assert not validate(alone).conforms


def test_ontology_can_be_mixed_in(small_dataset):
    assert validate(small_dataset, ontology=load_ontology()).conforms


def _fact(s, p, o, art="a1", start=500, **kw) -> Fact:
    ev = kw.pop("evidence", "Une phrase de test.")
    return Fact(subject=s, predicate=p, object=o, article_id=art, evidence=ev, start=start,
                end=start + len(ev), extractor="test", confidence=kw.pop("confidence", 0.9), **kw)


def _with_facts(resolved: Resolved, *facts: Fact) -> Resolved:
    return dataclasses.replace(resolved, facts=[*resolved.facts, *facts])


def test_roles_hedged_and_reported_facts_conform(small_resolved):
    res = _with_facts(
        small_resolved,
        _fact("Person/julie-martin", "worksFor", "Team/equipe-science", role="directrice technologique"),
        _fact("Person/julie-martin", "founded", "Organization/nvidia", start=600, modality="hedged",
              confidence=0.4),
        _fact("Organization/microsoft", "acquired", "Organization/nvidia", start=700,
              modality="reported", attributed_to="Organization/les-echos", confidence=0.55),
    )
    ds = to_dataset(res)
    report = validate(ds)
    assert report.conforms, str(report)
    hedged = (entity_iri("Person/julie-martin"), AIKG.founded, entity_iri("Organization/nvidia"), None)
    assert not any(True for _ in ds.quads(hedged))
    assert any(True for _ in ds.quads((None, ORG.role, None, None)))


# ------------------------------------------------------------------ broken graphs


def _union(ds) -> Graph:
    return union_graph(ds)


def _find(report: ValidationReport, focus, path=None, severity="Violation") -> list[Violation]:
    return [v for v in report.violations
            if v.focus == str(focus) and v.path == (None if path is None else str(path))
            and v.severity == severity]


def _statement(resolved: Resolved, predicate: str) -> URIRef:
    return statement_iri(next(f for f in resolved.facts if f.predicate == predicate))


MISTRAL = entity_iri("Organization/mistral-ai")
MODEL = entity_iri("AIModel/mistral-large")
SUBJECT_TYPE = f"<{RDF.subject}>/<{RDF.type}>"   # how a sequence path is reported
OBJECT_TYPE = f"<{RDF.object}>/<{RDF.type}>"


def test_entity_with_two_labels(small_dataset):
    g = _union(small_dataset)
    g.add((MISTRAL, RDFS.label, Literal("Mistral")))
    report = validate(g)
    assert not report.conforms
    assert _find(report, MISTRAL, RDFS.label)
    assert "1 violation:" in report.summary()


def test_entity_without_label_and_non_literal_altlabel(small_dataset):
    g = _union(small_dataset)
    g.remove((MODEL, RDFS.label, None))
    g.add((MISTRAL, SKOS.altLabel, URIRef("https://example.org/x")))
    report = validate(g)
    assert _find(report, MODEL, RDFS.label)
    assert _find(report, MISTRAL, SKOS.altLabel)


def test_entity_with_two_types(small_dataset):
    g = _union(small_dataset)
    g.add((MISTRAL, RDF.type, AIKG.Team))
    report = validate(g)
    assert not report.conforms
    hits = _find(report, MISTRAL, RDF.type)
    assert hits and "one of the seven entity types" in hits[0].message


def test_entity_with_a_foreign_type(small_dataset):
    g = _union(small_dataset)
    g.add((MISTRAL, RDF.type, AIKG.Article))
    g.remove((MISTRAL, RDF.type, AIKG.Organization))
    assert _find(validate(g), MISTRAL, RDF.type)


def test_works_for_from_an_ai_model(small_resolved):
    bad = _fact("AIModel/mistral-large", "worksFor", "Organization/mistral-ai")
    report = validate(to_dataset(_with_facts(small_resolved, bad)))
    assert not report.conforms
    # the direct triple: its subject is not a Person
    hits = _find(report, MODEL, RDF.type)
    assert hits and hits[0].message == "The subject of aikg:worksFor must be a Person"
    assert hits[0].value == str(AIKG.AIModel)
    assert hits[0].shape == SHAPES_NS + "WorksFor-subject"
    # and its statement node
    hits = _find(report, statement_iri(bad), SUBJECT_TYPE)
    assert hits and "must be a Person" in hits[0].message


def test_works_for_an_ai_model(small_dataset):
    g = _union(small_dataset)
    julie = entity_iri("Person/julie-martin")
    g.add((julie, AIKG.worksFor, MODEL))
    report = validate(g)
    hits = _find(report, MODEL, RDF.type)
    assert hits and hits[0].message == "The object of aikg:worksFor must be an Organization or Team"


def test_hedged_fact_with_wrong_types_is_caught_on_its_statement_node(small_resolved):
    bad = _fact("Place/paris", "investsIn", "AIModel/mistral-large", modality="hedged")
    ds = to_dataset(_with_facts(small_resolved, bad))
    report = validate(ds)
    st = statement_iri(bad)
    assert not report.conforms
    assert _find(report, st, SUBJECT_TYPE) and _find(report, st, OBJECT_TYPE)
    # no direct triple was written, so only the statement node can tell
    assert not _find(report, entity_iri("Place/paris"), RDF.type)


def test_fact_about_an_unknown_entity(small_resolved):
    bad = _fact("Person/nobody", "worksFor", "Organization/mistral-ai")
    report = validate(to_dataset(_with_facts(small_resolved, bad)))
    hits = _find(report, statement_iri(bad), SUBJECT_TYPE)
    assert hits and "must be a Person" in hits[0].message
    assert _find(report, entity_iri("Person/nobody"), RDF.type)     # untyped subject


def test_assertion_without_evidence(small_resolved, small_dataset):
    g = _union(small_dataset)
    st = _statement(small_resolved, "headquarteredIn")
    g.remove((st, AIKG.evidence, None))
    report = validate(g)
    assert not report.conforms
    assert _find(report, st, AIKG.evidence)


def test_start_after_end(small_resolved, small_dataset):
    g = _union(small_dataset)
    st = _statement(small_resolved, "successorOf")
    g.set((st, AIKG.startChar, Literal(900)))
    g.set((st, AIKG.endChar, Literal(10)))
    report = validate(g)
    assert not report.conforms
    assert _find(report, st, AIKG.startChar)


def test_negative_offset(small_resolved, small_dataset):
    g = _union(small_dataset)
    st = _statement(small_resolved, "successorOf")
    g.set((st, AIKG.startChar, Literal(-1)))
    assert _find(validate(g), st, AIKG.startChar)


def test_confidence_out_of_range(small_resolved):
    bad = _fact("Organization/mistral-ai", "partnerOf", "Organization/nvidia", confidence=1.5)
    report = validate(to_dataset(_with_facts(small_resolved, bad)))
    assert not report.conforms
    hits = _find(report, statement_iri(bad), AIKG.confidence)
    assert hits and hits[0].value == "1.5"


def test_confidence_not_a_decimal(small_resolved, small_dataset):
    g = _union(small_dataset)
    st = _statement(small_resolved, "develops")
    g.set((st, AIKG.confidence, Literal("0.9")))
    assert _find(validate(g), st, AIKG.confidence)


def test_unknown_modality(small_resolved):
    bad = _fact("Organization/mistral-ai", "partnerOf", "Organization/nvidia", modality="maybe")
    report = validate(to_dataset(_with_facts(small_resolved, bad)))
    assert not report.conforms
    assert _find(report, statement_iri(bad), AIKG.modality)


def test_assertion_not_derived_from_an_article(small_resolved, small_dataset):
    g = _union(small_dataset)
    st = _statement(small_resolved, "organizes")
    g.set((st, PROV.wasDerivedFrom, URIRef("https://w3id.org/aikg/resource/article/nowhere")))
    assert _find(validate(g), st, PROV.wasDerivedFrom)


def test_membership_without_role(small_dataset):
    g = _union(small_dataset)
    memberships = list(g.subjects(RDF.type, ORG.Membership))
    assert memberships
    m = memberships[0]
    g.remove((m, ORG.role, None))
    report = validate(g)
    assert not report.conforms
    assert _find(report, m, ORG.role)


def test_article_without_source_id(small_dataset):
    g = _union(small_dataset)
    art = URIRef("https://w3id.org/aikg/resource/article/a2")
    g.remove((art, AIKG.sourceId, None))
    assert _find(validate(g), art, AIKG.sourceId)


def test_reported_without_source_is_only_a_warning(small_resolved):
    fact = _fact("Organization/microsoft", "acquired", "Organization/nvidia", modality="reported")
    report = validate(to_dataset(_with_facts(small_resolved, fact)))
    assert report.conforms, str(report)
    assert _find(report, statement_iri(fact), PROV.wasAttributedTo, severity="Warning")
    assert report.summary() == "SHACL: conforms (1 warning)"


def test_untyped_partial_date_is_a_warning(small_resolved, small_dataset):
    g = _union(small_dataset)
    st = _statement(small_resolved, "competitorOf")
    g.set((st, AIKG.date, Literal("mai 2026")))
    report = validate(g)
    assert report.conforms
    assert _find(report, st, AIKG.date, severity="Warning")


def test_report_objects_are_plain_strings(small_dataset):
    g = _union(small_dataset)
    g.add((MISTRAL, RDFS.label, Literal("Mistral")))
    v = validate(g).violations[0]
    assert isinstance(v.focus, str) and isinstance(v.message, str) and v.severity == "Violation"
    assert str(MISTRAL) in str(v)
    assert not isinstance(v.focus, (URIRef, BNode, Literal))


def test_ontology_literals_are_well_typed(onto):
    for _, _, o in onto:
        if isinstance(o, Literal) and o.datatype is not None:
            assert not o.ill_typed, o
