"""The one exception hierarchy of diplograph.

Every error the library raises is a :class:`DiplographError`; its message quotes the bad
value (a file name, a query, a term) so that the CLI can print it as it is.
"""
from __future__ import annotations

__all__ = [
    "DiplographError", "InputError", "KnowledgeBaseError", "PipelineError",
    "QueryError", "QueryRefusedError", "GraphError", "StoreError", "EndpointError",
    "RequestError", "ViewError", "OutputError",
    "BuildError",
]


class DiplographError(Exception):
    """Base class of every error diplograph raises on purpose."""


class InputError(DiplographError):
    """An input article cannot be read: empty, binary, wrongly encoded, too large."""

    def __init__(self, path, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path!r}: {problem}")

    def __reduce__(self):                  # pickled between reading processes
        return type(self), (self.path, self.problem)


class KnowledgeBaseError(DiplographError):
    """The knowledge base or the ontology files are malformed."""


class PipelineError(DiplographError):
    """A spaCy pipeline cannot be built or loaded (for example an unknown model name)."""


class QueryError(DiplographError):
    """A SPARQL query is malformed, unknown by name, or failed to run."""


class QueryRefusedError(QueryError):
    """A SPARQL query is refused before it runs: an update, a SERVICE call without
    federation allowed, a FROM graph the store lacks, or nesting too deep to parse safely."""


class GraphError(DiplographError):
    """A graph file cannot be read or written."""


class OutputError(GraphError):
    """A build's output folder cannot be used: a file, or a folder diplograph did not write."""

    def __init__(self, path, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path!r}: {problem}")

    def __reduce__(self):
        return type(self), (self.path, self.problem)


class BuildError(DiplographError):
    """A build cannot go on as asked (nothing to build, a prune without inputs); it then
    changes nothing it was given."""


class StoreError(GraphError):
    """The persistent store cannot be opened, read or written (or is locked by a build)."""


class EndpointError(DiplographError):
    """A SPARQL endpoint cannot be started, or a remote store refused or failed a request."""


class RequestError(EndpointError):
    """An HTTP request to diplograph's endpoint is malformed or not allowed (a bad
    Content-Length, a foreign Host or Origin); ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str):
        self.status = status
        super().__init__(message)

    def __reduce__(self):
        return type(self), (self.status, str(self))


class ViewError(DiplographError):
    """An HTML view cannot be written."""
