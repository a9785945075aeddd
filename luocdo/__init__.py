"""luocdo: Vietnamese legal and administrative documents as a knowledge graph of instruments.

    >>> import luocdo
    >>> kg = luocdo.build(["examples"])          # load, extract, resolve, write LadybugDB
    >>> kg.query("MATCH (i:Instrument) RETURN count(i) AS n")
    >>> kg.instrument("Đề án 06")                # what a person types
    >>> kg.nx                                    # the networkx MultiDiGraph
"""

__version__ = "0.1.0"

__all__ = ["build", "KnowledgeGraph", "__version__"]


def __getattr__(name):
    # The graph stack (LadybugDB, pyarrow) loads only when asked for, so `luocdo extract` stays light.
    if name in ("build", "KnowledgeGraph"):
        from luocdo.graph import kg

        return getattr(kg, name)
    raise AttributeError(name)
