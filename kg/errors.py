"""The project's few named errors. The CLI turns each into one clean line and an exit code."""
from __future__ import annotations


class KGError(Exception):
    """Base of every error meant for the user (no traceback is shown for these)."""

    exit_code = 1


class InputError(KGError):
    """Bad input articles (raised only under --strict; otherwise they are skipped)."""


class GraphNotFound(KGError):
    """No built graph where one was expected (run `kg build` first)."""


class QueryError(KGError):
    """A malformed or failing SPARQL query, or an unknown named query."""


class EndpointError(KGError):
    """A remote SPARQL endpoint could not be reached or refused the request."""


class ValidationFailed(KGError):
    """The graph does not conform to the SHACL shapes."""


class ConfigError(KGError):
    """A bad setting, curation file or lexicon entry."""
