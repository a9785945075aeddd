"""luocdo: Vietnamese legal and administrative documents as a knowledge graph of instruments."""

__version__ = "0.1.0"
