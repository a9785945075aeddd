"""Questions asked of the built graph: named Cypher queries, any Cypher, and target resolution.

    >>> from luocdo.queries import run_named
    >>> run_named("out/db", "requires-implementation", target="Đề án 06")   # doctest: +SKIP

The named queries are the `.cypher` files beside this module (see `library` for their header).
"""
from luocdo.queries.library import (
    NamedQuery, Param, QueryError, QueryUsageError, named_queries, named_query, run_cypher, run_named,
)
from luocdo.queries.targets import AmbiguousTarget, TargetError, UnknownTarget, resolve_target

__all__ = [
    "AmbiguousTarget", "NamedQuery", "Param", "QueryError", "QueryUsageError", "TargetError",
    "UnknownTarget", "named_queries", "named_query", "resolve_target", "run_cypher", "run_named",
]
