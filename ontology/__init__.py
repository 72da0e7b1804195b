"""Data files of the aikg ontology, shipped inside the wheel as ``kg.ontology``."""
